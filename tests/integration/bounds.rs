//! Bounded cost (issue 9): inputs that took minutes, or gigabytes, before
//! run well under a second now. Each test runs the binary under a time
//! limit far above that (a slow shared machine, a debug build) and far below
//! what the input cost before.

use std::fs;
use std::time::Duration;

use crate::support::{code, run_within, stderr};

/// Far above what these inputs cost now, far below what they cost before.
const LIMIT: Duration = Duration::from_secs(10);

/// 116 bytes that took over a minute: the acronym search tried every way
/// of building 33 capitals from the starts of 16 words.
#[test]
fn issue_9_the_acronym_article_is_read_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!("{}({}Z)\n", "Aaaa ".repeat(16), "A".repeat(32));
    fs::write(dir.path().join("a.txt"), &article).expect("write");
    let out = run_within(dir.path(), &["extract", "a.txt"], LIMIT);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
}

fn claim(id: &str, about: &str) -> serde_json::Value {
    serde_json::json!({"id": id, "statement": "The attack killed 137 people.", "about": [about], "figure": "137"})
}

/// Each claim copied its whole source line into the report: 10,000 claims
/// on one line of about 1 MB needed over 8 GB. Now each shows a window of it.
#[test]
fn issue_9_ten_thousand_claims_on_one_line_stay_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims: Vec<_> = (0..10_000).map(|i| claim(&format!("c{i}"), "wounded")).collect();
    let file = serde_json::json!({"article": "a.txt", "claims": claims}).to_string();
    assert!(file.len() > 900_000 && !file.contains('\n'));
    fs::write(dir.path().join("c.json"), file).expect("write");
    fs::write(dir.path().join("a.txt"), "The attack killed 137 people.\n").expect("write");
    let out = run_within(dir.path(), &["check", "c.json"], Duration::from_secs(60));
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    // Every claim is not found, so each shows its claims-file line.
    assert!(out.stdout.len() < 40_000_000, "the report holds {} bytes", out.stdout.len());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("at c.json:1:"), "a cut line says where it is");
}

/// A 500 kB line of 10,000 figures: each column counted from the line's
/// start, and each attribution's coverage searched through every sentence.
#[test]
fn issue_9_a_long_line_is_indexed_in_linear_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "The attack killed 137 people, officials said, ".repeat(10_000);
    fs::write(dir.path().join("a.txt"), format!("{line}\n")).expect("write");
    let out = run_within(dir.path(), &["extract", "a.txt", "--format", "json"], LIMIT);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let figures = report["files"][0]["figures"].as_array().expect("figures");
    assert_eq!(figures.len(), 10_000);
    let last = &figures[9_999];
    assert_eq!((last["line"].as_u64(), last["column"].as_u64()), (Some(1), Some(46 * 9_999 + 19)));
}

/// A quote of 32,000 words against a quotation of 40,000: every stretch
/// was diffed, for minutes. Now the contiguous search is linear and a claim
/// quote this long is compared for exact agreement only.
#[test]
fn issue_9_a_long_quote_is_compared_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let words: Vec<String> = (0..40_000).map(|i| format!("w{}", i % 997)).collect();
    let mut quote = words[..32_000].to_vec();
    quote[16_000] = "changed".to_string();
    let claims = serde_json::json!({"article": "a.txt", "claims": [
        {"id": "q", "statement": "She said it.", "quote": quote.join(" ")},
        {"id": "exact", "statement": "She said it.", "quote": words[100..31_000].join(" ")}
    ]});
    fs::write(dir.path().join("c.json"), claims.to_string()).expect("write");
    fs::write(dir.path().join("a.txt"), format!("She said \"{}\" then.\n", words.join(" "))).expect("write");
    let out = run_within(dir.path(), &["check", "c.json", "--format", "json"], LIMIT);
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["files"][0]["results"][1]["verdict"], "supported");
    assert!(out.stdout.len() < 200_000, "quotes are capped in the report: {} bytes", out.stdout.len());
}

/// A 1 MB article of one sentence: every piece of evidence held the whole
/// sentence, so ten claims gave a report ten times the article.
#[test]
fn issue_9_evidence_from_a_huge_sentence_is_a_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!("The attack killed 137 people{}.\n", " and more".repeat(110_000));
    fs::write(dir.path().join("a.txt"), article).expect("write");
    let claims: Vec<_> = (0..10).map(|i| claim(&format!("c{i}"), "killed")).collect();
    let file = serde_json::json!({"article": "a.txt", "claims": claims}).to_string();
    fs::write(dir.path().join("c.json"), file).expect("write");
    for format in ["json", "text", "markdown", "sarif", "junit", "github"] {
        let out =
            run_within(dir.path(), &["check", "c.json", "--format", format, "--verbose"], Duration::from_secs(60));
        assert_eq!(code(&out), Some(0), "{format}: {}", stderr(&out));
        assert!(out.stdout.len() < 100_000, "{format}: {} bytes", out.stdout.len());
    }
}
