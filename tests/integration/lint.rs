//! `claimcheck lint` end to end: the seed article's disagreements with
//! itself, in every format, with the ratchet.

use serde_json::Value;

use crate::support::{code, run, run_in, stdout};

fn lint_json() -> Value {
    let out = run(&["lint", "article/iskp-moscow.txt", "--published", "2024-03-31", "--format", "json"]);
    assert_eq!(code(&out), Some(1), "findings fail the run");
    serde_json::from_slice(&out.stdout).expect("the JSON report parses")
}

#[test]
fn the_seed_article_disagrees_with_itself_on_the_toll_and_the_withdrawal() {
    let report = lint_json();
    let results = report["files"][0]["results"].as_array().cloned().unwrap_or_default();
    let find = |id: &str| results.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("no {id}: {results:#?}"));
    let toll = find("killed-137-vs-more-than-140");
    assert_eq!(toll["problems"], serde_json::json!(["figure"]));
    let places: Vec<(u64, &str)> = toll["evidence"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["line"].as_u64().unwrap_or(0), e["figure"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(places, [(5, "137"), (16, "more than 140")]);
    let withdrawal = find("withdrawal-august-2022-vs-august-2021");
    assert_eq!(withdrawal["problems"], serde_json::json!(["date"]));
    let dates: Vec<&str> =
        withdrawal["evidence"].as_array().into_iter().flatten().filter_map(|e| e["date"].as_str()).collect();
    assert_eq!(dates, ["August 2022", "August 2021"]);
}

#[test]
fn lint_text_report_snapshot() {
    let out = run(&["lint", "article/iskp-moscow.txt", "--published", "2024-03-31"]);
    assert_eq!(code(&out), Some(1));
    insta::assert_snapshot!("iskp_lint_text", stdout(&out));
}

#[test]
fn lint_writes_every_format() {
    for format in ["markdown", "github", "sarif", "junit"] {
        let out = run(&["lint", "article/iskp-moscow.txt", "--published", "2024-03-31", "--format", format]);
        assert_eq!(code(&out), Some(1), "{format}");
        assert!(stdout(&out).contains("killed-137-vs-more-than-140"), "{format}: {}", stdout(&out));
    }
}

#[test]
fn a_baseline_of_lint_keeps_known_findings_from_failing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = crate::support::root().join("article/iskp-moscow.txt");
    let article = article.to_string_lossy().into_owned();
    let out =
        run_in(dir.path(), &["lint", &article, "--published", "2024-03-31", "--format", "json", "-o", "known.json"]);
    assert_eq!(code(&out), Some(1));
    let out = run_in(dir.path(), &["lint", &article, "--published", "2024-03-31", "--baseline", "known.json"]);
    assert_eq!(code(&out), Some(0), "{}", stdout(&out));
}

#[test]
fn an_article_that_agrees_with_itself_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "The fire killed 41 people.\n\nThe fire that killed 41 people began at dawn.\n",
    )
    .expect("write");
    let out = run_in(dir.path(), &["lint", "a.txt"]);
    assert_eq!(code(&out), Some(0));
}
