//! The Spark example (issue 11): `examples/spark/extract_job.py` in Spark
//! local mode gives the same lines as `claimcheck extract --jsonl` on the
//! same articles, in the same order. Skips, saying so, without java or
//! pyspark (`.ci/run` installs both).

use std::fs;
use std::process::Command;

use crate::support::root;

/// Whether `program args` runs and succeeds.
fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}

#[test]
fn spark_local_mode_gives_the_lines_of_the_cli_in_order() {
    if !works("java", &["-version"]) || !works("python3", &["-c", "import pyspark"]) {
        eprintln!("skipped: java or pyspark is absent (.ci/run installs them)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = Vec::new();
    for n in 0..7 {
        let path = dir.path().join(format!("a{n}.txt"));
        let text =
            format!("The council said {} homes were built in {}, up {}% on the year.\n", 100 + n, 1990 + n, n + 1);
        if n != 4 {
            fs::write(&path, text.repeat(n + 1)).expect("write article");
        }
        paths.push(path.to_string_lossy().into_owned());
    }
    let listing = dir.path().join("articles");
    fs::write(&listing, paths.join("\n") + "\n").expect("write listing");
    let output = dir.path().join("spark.jsonl");
    let binary = env!("CARGO_BIN_EXE_claimcheck");
    let job = Command::new("python3")
        .arg(root().join("examples/spark/extract_job.py"))
        .args([binary, &listing.to_string_lossy(), &output.to_string_lossy(), "3"])
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .expect("python3 runs");
    assert!(job.status.success(), "the Spark job: {}", String::from_utf8_lossy(&job.stderr));
    let cli = Command::new(binary).args(["extract", "--jsonl"]).args(&paths).output().expect("claimcheck runs");
    assert_eq!(cli.status.code(), Some(2), "a4.txt is missing");
    let spark = fs::read_to_string(&output).expect("the job wrote its output");
    assert_eq!(spark, String::from_utf8_lossy(&cli.stdout), "Spark's lines are the CLI's");
    assert_eq!(spark.lines().count(), 7, "one line per article, the missing one included");
}
