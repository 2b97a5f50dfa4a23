//! `--jobs` (issue 11): files are worked on in parallel, and the output is
//! byte-identical whatever the number of threads, in every format, with
//! bad files among good ones and claims files that share an article.

use std::fs;
use std::path::Path;

use std::process::Output;

use crate::support::{corpus_files, run_in, stderr};

const FORMATS: [&str; 6] = ["text", "json", "markdown", "github", "sarif", "junit"];

/// Five articles of different lengths (synthetic text), a claims file per
/// article, two more sharing articles, and a claims file whose article is
/// missing and one that is malformed.
fn write_batch(dir: &Path) -> Vec<String> {
    let mut claims = Vec::new();
    for n in 0..5 {
        let mut text = String::new();
        for k in 0..=(n * 7) {
            text.push_str(&format!(
                "The council said {} homes were built in {} at a cost of £{}m, up {}% on the year before. \
                 \"We are pleased,\" said Jane Smith, the housing chief, on 3 March.\n\n",
                100 + k * 13,
                1990 + k,
                5 + n,
                k % 9 + 1
            ));
        }
        fs::write(dir.join(format!("a{n}.txt")), text).expect("write article");
        let json = format!(
            r#"{{"article": "a{n}.txt", "claims": [
  {{"id": "homes", "statement": "The council built 100 homes in 1990.", "about": ["homes"], "figure": "100"}},
  {{"id": "cost", "statement": "They cost £{}m.", "about": ["cost"], "figure": "£{}m"}},
  {{"id": "rise", "statement": "Up 4% on the year before.", "about": ["year"], "figure": "4%"}},
  {{"id": "quote", "statement": "Jane Smith said: \"We are delighted.\"", "source": "Jane Smith", "quote": "We are delighted"}}
]}}"#,
            5 + n,
            5 + n
        );
        fs::write(dir.join(format!("c{n}.json")), &json).expect("write claims");
        claims.push(format!("c{n}.json"));
        if n % 2 == 0 {
            fs::write(dir.join(format!("shared{n}.json")), &json).expect("write claims");
            claims.push(format!("shared{n}.json"));
        }
    }
    fs::write(
        dir.join("missing.json"),
        r#"{"article": "nowhere.txt", "claims": [{"id": "x", "statement": "1 home.", "figure": "1"}]}"#,
    )
    .expect("write");
    fs::write(dir.join("malformed.json"), "{\"article\": \"a0.txt\", \"claims\": [\n  {\"id\": }\n]}").expect("write");
    claims.insert(3, "missing.json".to_string());
    claims.insert(6, "malformed.json".to_string());
    claims
}

/// Runs `args` with `--jobs 1` and with `--jobs 2` in `dir`; the two must
/// agree byte for byte (standard output, standard error, exit code).
fn same_for_one_and_two_jobs(dir: &Path, args: &[&str]) -> Output {
    let with = |jobs: &str| {
        let mut all = args.to_vec();
        all.extend(["--jobs", jobs]);
        run_in(dir, &all)
    };
    let one = with("1");
    let two = with("2");
    assert_eq!(one.status.code(), two.status.code(), "{args:?}: exit codes differ");
    assert_eq!(String::from_utf8_lossy(&one.stderr), String::from_utf8_lossy(&two.stderr), "{args:?}: stderr");
    assert!(one.stdout == two.stdout, "{args:?}: standard output differs between --jobs 1 and --jobs 2");
    one
}

#[test]
fn check_output_is_identical_for_one_and_two_jobs_in_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = write_batch(dir.path());
    for format in FORMATS {
        let mut args = vec!["check", "--format", format];
        args.extend(claims.iter().map(String::as_str));
        let out = same_for_one_and_two_jobs(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{format}: the bad files make it exit 2: {}", stderr(&out));
        assert!(out.stdout.len() > 1000, "{format}: a full report");
    }
    let mut args = vec!["check", "--coverage", "--verbose"];
    args.extend(claims.iter().map(String::as_str));
    same_for_one_and_two_jobs(dir.path(), &args);
    let mut args = vec!["check", "--explain", "homes"];
    args.extend(claims.iter().filter(|c| !c.starts_with('m')).map(String::as_str));
    same_for_one_and_two_jobs(dir.path(), &args);
    // --fail-fast names the first bad file in the order given.
    let mut args = vec!["check", "--fail-fast"];
    args.extend(claims.iter().map(String::as_str));
    let out = same_for_one_and_two_jobs(dir.path(), &args);
    assert!(stderr(&out).contains("missing.json:"), "{}", stderr(&out));
}

#[test]
fn extract_and_lint_output_is_identical_for_one_and_two_jobs() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let articles = ["a0.txt", "a3.txt", "nowhere.txt", "a1.txt", "a4.txt", "a2.txt"];
    for format in ["text", "json"] {
        let mut args = vec!["extract", "--format", format];
        args.extend(articles);
        let out = same_for_one_and_two_jobs(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "the missing article makes it exit 2");
    }
    let good: Vec<&str> = articles.iter().copied().filter(|a| *a != "nowhere.txt").collect();
    for format in FORMATS {
        let mut args = vec!["lint", "--format", format];
        args.extend(&good);
        same_for_one_and_two_jobs(dir.path(), &args);
    }
}

#[test]
fn extract_over_corpus_files_is_identical_for_one_and_two_jobs() {
    let Some(files) = corpus_files() else {
        eprintln!("skipped: ../shared is absent");
        return;
    };
    let files: Vec<String> = files.iter().step_by(20).map(|p| p.to_string_lossy().into_owned()).collect();
    let mut args = vec!["extract", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    same_for_one_and_two_jobs(Path::new(env!("CARGO_MANIFEST_DIR")), &args);
}

#[test]
fn extract_jsonl_writes_one_line_per_article_in_the_order_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let articles = ["a3.txt", "nowhere.txt", "a0.txt", "a4.txt"];
    let mut args = vec!["extract", "--jsonl"];
    args.extend(articles);
    let out = same_for_one_and_two_jobs(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2), "the missing article makes it exit 2");
    assert!(stderr(&out).contains("claimcheck: error: nowhere.txt:"), "{}", stderr(&out));
    let mut json_args = vec!["extract", "--format", "json"];
    json_args.extend(articles);
    let report: serde_json::Value =
        serde_json::from_slice(&run_in(dir.path(), &json_args).stdout).expect("the JSON report parses");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("each line is one JSON object")).collect();
    let paths: Vec<&str> = lines.iter().filter_map(|l| l["path"].as_str()).collect();
    assert_eq!(paths, articles, "one line per article, in the order given");
    assert_eq!(lines[1]["error"]["line"], 1);
    assert_eq!(lines[1]["error"]["column"], 1);
    assert!(lines[1]["error"]["message"].as_str().is_some_and(|m| m.contains("cannot read")), "{}", lines[1]);
    let read: Vec<&serde_json::Value> = lines.iter().filter(|l| l.get("error").is_none()).collect();
    assert_eq!(read, report["files"].as_array().expect("files").iter().collect::<Vec<_>>(), "same as --format json");
    let conflict = run_in(dir.path(), &["extract", "--jsonl", "--format", "json", "a0.txt"]);
    assert_eq!(conflict.status.code(), Some(2), "--jsonl and --format conflict");
}

#[test]
fn extract_jsonl_streams_batches_of_articles_in_order_past_bad_ones() {
    // More articles than one thread reads at once (16), a bad one among
    // them: every line comes, in the order given, as --format json says.
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let mut articles: Vec<String> = (0..40).map(|k| format!("a{}.txt", k % 5)).collect();
    articles[23] = "nowhere.txt".to_string();
    let mut args = vec!["extract", "--jsonl"];
    args.extend(articles.iter().map(String::as_str));
    let out = same_for_one_and_two_jobs(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2), "the missing article makes it exit 2");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let paths: Vec<&str> = lines.iter().filter_map(|l| l["path"].as_str()).collect();
    assert_eq!(paths, articles, "one line per article, in the order given");
    assert!(lines[23].get("error").is_some() && lines[24].get("error").is_none(), "{}", lines[23]);
}

#[test]
fn extract_jsonl_with_no_readable_article_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run_in(dir.path(), &["extract", "--jsonl", "nowhere.txt", "gone.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no lines when nothing could be read");
    assert!(stderr(&out).contains("nowhere.txt") && stderr(&out).contains("gone.txt"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["extract", "--jsonl", "nowhere.txt", "-o", "lines.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.path().join("lines.jsonl").exists(), "no output file either");
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 0, "no temporary file left behind");
    write_batch(dir.path());
    let out = run_in(dir.path(), &["extract", "--jsonl", "nowhere.txt", "a1.txt", "-o", "lines.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    let written = fs::read_to_string(dir.path().join("lines.jsonl")).expect("the file is written");
    assert_eq!(written.lines().count(), 2, "the unreadable article's line comes first, then a1's");
    assert!(written.starts_with(r#"{"path":"nowhere.txt","error""#), "{written}");
}
