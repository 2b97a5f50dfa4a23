//! Batches survive bad inputs (issue 11): a non-UTF-8 article, a missing
//! article and a malformed claims file among good ones are each reported
//! with file:line:col in every format, the good files are still checked,
//! and the run exits with 2; `--fail-fast` stops at the first.

use std::fs;
use std::path::Path;

use crate::support::{code, run_in, stderr, stdout};

const CLAIMS: &str = r#"{"article": "ARTICLE", "claims": [
  {"id": "toll", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137"}
]}"#;

/// good.json (checked), bad.json (a non-UTF-8 article), missing.json (no
/// article) and malformed.json (broken JSON at line 2, column 10).
fn write_batch(dir: &Path) {
    fs::write(dir.join("good.txt"), "The attack killed 137 people.\n").expect("write");
    fs::write(dir.join("bad.txt"), b"The attack killed \xff 137 people.\n").expect("write");
    for (name, article) in [("good", "good.txt"), ("bad", "bad.txt"), ("missing", "missing.txt")] {
        fs::write(dir.join(format!("{name}.json")), CLAIMS.replace("ARTICLE", article)).expect("write");
    }
    fs::write(dir.join("malformed.json"), "{\"article\": \"good.txt\", \"claims\": [\n  {\"id\": }\n]}")
        .expect("write");
}

const BATCH: [&str; 5] = ["check", "good.json", "bad.json", "missing.json", "malformed.json"];

/// The three places, as every format must name them.
const PLACES: [(&str, usize, usize); 3] = [("bad.txt", 1, 19), ("missing.json", 1, 13), ("malformed.json", 2, 10)];

#[test]
fn a_batch_reports_every_bad_file_checks_the_rest_and_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let out = run_in(dir.path(), &BATCH);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("supported in good.json:\n  toll\n"), "{text}");
    for (path, line, column) in PLACES {
        let place = format!("error: {path}:{line}:{column}: ");
        assert!(text.contains(&place), "text names {place}: {text}");
        assert!(stderr(&out).contains(&format!("claimcheck: error: {path}:")), "{}", stderr(&out));
    }
    assert!(text.ends_with("; 3 files could not be checked\n"), "{text}");
}

#[test]
fn every_format_names_each_bad_file_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let run = |format: &str| {
        let mut args = BATCH.to_vec();
        args.extend(["--format", format]);
        let out = run_in(dir.path(), &args);
        assert_eq!(code(&out), Some(2), "{format}: {}", stderr(&out));
        stdout(&out)
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON");
    assert_eq!(json["files"].as_array().map(Vec::len), Some(1), "the good file is checked");
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).expect("SARIF");
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let junit = run("junit");
    roxmltree::Document::parse(&junit).expect("JUnit is XML");
    let github = run("github");
    let markdown = run("markdown");
    let html = run("html");
    assert!(html.contains("<h2>Could not check</h2>"), "{html}");
    for (k, (path, line, column)) in PLACES.into_iter().enumerate() {
        let e = &json["errors"][k];
        assert_eq!(
            (e["path"].as_str(), e["line"].as_u64(), e["column"].as_u64()),
            (Some(path), Some(line as u64), Some(column as u64))
        );
        let n = &invocation["toolExecutionNotifications"][k];
        let at = &n["locations"][0]["physicalLocation"];
        assert_eq!(n["level"], "error");
        assert_eq!(at["artifactLocation"]["uri"], path);
        assert_eq!(
            (at["region"]["startLine"].as_u64(), at["region"]["startColumn"].as_u64()),
            (Some(line as u64), Some(column as u64))
        );
        let place = format!("{path}:{line}:{column}: ");
        assert!(junit.contains(&format!(">{place}")), "{junit}");
        assert!(
            github.contains(&format!("::error file={path},line={line},col={column},title=cannot check::")),
            "{github}"
        );
        assert!(markdown.contains(&format!("- **could not check** {place}")), "{markdown}");
        assert!(html.contains(&format!("<code>{place}")), "{html}");
    }
}

#[test]
fn fail_fast_stops_at_the_first_bad_file_without_a_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let mut args = BATCH.to_vec();
    args.push("--fail-fast");
    let out = run_in(dir.path(), &args);
    assert_eq!(code(&out), Some(2));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(stderr(&out).starts_with("claimcheck: error: bad.txt:1:19: "), "{}", stderr(&out));
    assert!(!stderr(&out).contains("missing.json"), "{}", stderr(&out));
}

#[test]
fn extract_reports_unreadable_articles_and_reads_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_batch(dir.path());
    let out = run_in(dir.path(), &["extract", "good.txt", "bad.txt", "missing.txt", "--format", "json"]);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["files"][0]["path"], "good.txt");
    assert_eq!(json["files"][0]["figures"][0]["text"], "137");
    let places: Vec<_> = json["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| format!("{}:{}:{}", e["path"].as_str().unwrap_or(""), e["line"], e["column"]))
        .collect();
    assert_eq!(places, ["bad.txt:1:19", "missing.txt:1:1"]);
    let text = stdout(&run_in(dir.path(), &["extract", "good.txt", "bad.txt"]));
    assert!(text.ends_with("error: bad.txt:1:19: the file is not valid UTF-8 (expected UTF-8 text)\n"), "{text}");
    let out = run_in(dir.path(), &["extract", "good.txt", "bad.txt", "--fail-fast"]);
    assert_eq!(code(&out), Some(2));
    assert!(stdout(&out).is_empty());
}
