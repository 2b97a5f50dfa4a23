//! The Spark example (issue 11): `examples/spark/claimcheck_job.py` in
//! Spark local mode writes the very bytes of `claimcheck check --jsonl`
//! over the whole jobs file, and the lines of `claimcheck extract --jsonl`
//! on the same articles, in the same order. Skips, saying so, without java
//! or pyspark (`.ci/run` installs both).

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::json;

use crate::support::{code, root, run_in, run_with_input_in, stderr};

/// Whether `program args` runs and succeeds.
fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}

/// What the job `claimcheck_job.py COMMAND` wrote for `input` (a file in
/// `dir`) in `partitions` partitions; none when Spark cannot run here.
fn spark_job(dir: &Path, command: &str, input: &str, partitions: &str) -> Option<String> {
    if !works("java", &["-version"]) || !works("python3", &["-c", "import pyspark"]) {
        eprintln!("skipped: java or pyspark is absent (.ci/run installs them)");
        return None;
    }
    let job = Command::new("python3")
        .arg(root().join("examples/spark/claimcheck_job.py"))
        .args([command, env!("CARGO_BIN_EXE_claimcheck"), input, "spark.jsonl", partitions])
        .current_dir(dir)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .expect("python3 runs");
    assert!(job.status.success(), "the Spark job: {}", String::from_utf8_lossy(&job.stderr));
    Some(fs::read_to_string(dir.join("spark.jsonl")).expect("the job wrote its output"))
}

/// An article that states some figures and a date, `n` sentences long.
fn article(n: usize) -> String {
    format!("The council said {} homes were built in {}, up {}% on the year.\n", 100 + n, 1990 + n, n + 1).repeat(n + 1)
}

#[test]
fn spark_check_gives_the_bytes_of_the_cli() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut jobs = Vec::new();
    for n in 0..7 {
        fs::write(dir.path().join(format!("a{n}.txt")), article(n)).expect("write article");
        let claims = json!({"claims": [
            {"id": "homes", "statement": "The council built homes.", "about": "homes", "figure": format!("{}", 100 + n)},
            {"id": "rise", "statement": "Homes rose 5%.", "about": "homes", "figure": "5%"}]});
        fs::write(dir.path().join(format!("c{n}.json")), claims.to_string()).expect("write claims");
        jobs.push(json!({"claims": format!("c{n}.json"), "article": format!("a{n}.txt")}).to_string());
    }
    // Numbered but no jobs, jobs that are errors, and jobs written inline,
    // whose places are named after their line of the whole file.
    jobs.insert(2, String::new());
    jobs.insert(4, json!({"claims": "missing.json", "article": "a0.txt"}).to_string());
    jobs.insert(6, "{not json".to_string());
    let inline = json!({"article_text": "The fair drew 40 visitors.\n",
        "claims": [{"id": "fair", "statement": "The fair drew 45 visitors.", "figure": "45"}]});
    jobs.insert(8, inline.to_string());
    jobs.push(" ".to_string());
    let jobs = jobs.join("\n") + "\n";
    fs::write(dir.path().join("jobs.jsonl"), &jobs).expect("write jobs");
    let Some(spark) = spark_job(dir.path(), "check", "jobs.jsonl", "3") else { return };
    let cli = run_with_input_in(dir.path(), &["check", "--jsonl"], &jobs);
    assert_eq!(code(&cli), Some(2), "{}", stderr(&cli));
    assert_eq!(spark, String::from_utf8_lossy(&cli.stdout), "Spark's bytes are the CLI's");
    assert_eq!(spark.lines().count(), 10, "one line per job, blank lines none");
    assert!(spark.contains(r#""claims":"<stdin line 9>""#), "{spark}");
}

#[test]
fn spark_extract_gives_the_lines_of_the_cli_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = Vec::new();
    for n in 0..7 {
        let path = format!("a{n}.txt");
        if n != 4 {
            fs::write(dir.path().join(&path), article(n)).expect("write article");
        }
        paths.push(path);
    }
    fs::write(dir.path().join("articles"), paths.join("\n") + "\n").expect("write listing");
    let Some(spark) = spark_job(dir.path(), "extract", "articles", "3") else { return };
    let args: Vec<&str> = ["extract", "--jsonl"].into_iter().chain(paths.iter().map(String::as_str)).collect();
    let cli = run_in(dir.path(), &args);
    assert_eq!(code(&cli), Some(2), "a4.txt is missing");
    assert_eq!(spark, String::from_utf8_lossy(&cli.stdout), "Spark's lines are the CLI's");
    assert_eq!(spark.lines().count(), 7, "one line per article, the missing one included");
}
