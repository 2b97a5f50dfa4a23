//! Claims about BBC News articles in ../shared (research-use text, never
//! copied here): `tests/bbc/` for measurement and `tests/bbc-dev/` for
//! development, each claims file with an `.expect` file written by reading
//! the article, before the tool was run on it. Each claim must get its
//! expected verdict, or be listed with the verdict it gets and why in the
//! folder's `disagreements.txt`. The claims files of `tests/bbc/` also have
//! reviewed snapshots of their reports. These tests skip, saying so, when
//! ../shared is absent.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::support::{code, root, run, shared};

/// The shared folder, which the claims files here name articles in: outside
/// the repository, so it must be allowed (`--allow-path`).
fn allowed() -> String {
    shared().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The claims files of `dir` (relative to the repository), sorted.
fn claims_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir} is readable: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// "verdict" or "conflicting figure,source": a claim's outcome as the
/// `.expect` files write it.
fn outcome(verdict: &str, problems: &[&str]) -> String {
    if verdict == "conflicting" {
        format!("{verdict} {}", problems.join(","))
    } else {
        verdict.to_string()
    }
}

/// Lines "key verdict [problems] # reason" of a file, as key → outcome
/// (problems kept for `conflicting` only, as [`outcome`] writes it).
fn outcomes(path: &std::path::Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let (key, verdict) = (words.next()?, words.next()?);
            let problems: Vec<&str> = words.collect();
            Some((key.to_string(), outcome(verdict, &problems)))
        })
        .collect()
}

/// Checks every annotated claim of `dir`; returns (agreeing, all).
fn check_annotations(dir: &str) -> (usize, usize) {
    let listed = outcomes(&root().join(dir).join("disagreements.txt"));
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut all = 0;
    for path in claims_files(dir) {
        let expect = path.with_extension("expect");
        if !expect.exists() {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let expected = outcomes(&expect);
        let relative = format!("{dir}/{stem}.json");
        let out = run(&["check", &relative, "--format", "json", "--allow-path", &allowed()]);
        assert!(matches!(code(&out), Some(0 | 1)), "{relative} could not be checked");
        let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
        for r in report["files"][0]["results"].as_array().into_iter().flatten() {
            let id = r["id"].as_str().unwrap_or_default();
            let problems: Vec<&str> =
                r["problems"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            let got = outcome(r["verdict"].as_str().unwrap_or_default(), &problems);
            let want = expected.get(id).unwrap_or_else(|| panic!("{relative}: no expected verdict for {id}"));
            all += 1;
            if &got != want {
                found.insert(format!("{stem}/{id}"), got);
            }
        }
    }
    let agreeing = all - found.len();
    eprintln!("{dir}: {agreeing} of {all} claims get the annotated verdict");
    assert_eq!(
        found, listed,
        "{dir}: the claims that disagree with their annotation are not those listed in disagreements.txt"
    );
    (agreeing, all)
}

#[test]
fn annotated_claims_get_their_verdicts_or_a_listed_disagreement() {
    if shared().is_none() {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so the annotated BBC claims are not checked");
        return;
    }
    let (_, measured) = check_annotations("tests/bbc");
    let (_, developed) = check_annotations("tests/bbc-dev");
    assert!(measured >= 50 && developed >= 50, "at least 50 annotated claims in each set");
}

/// A digest of a JSON report that holds no article text: per claim its
/// verdict and problems, per mention its verdict, place and reason, with the
/// article's quoted words left out of near-miss reasons. The BBC texts are
/// research-use only, so neither their sentences nor their quotes may be
/// copied into the snapshots.
fn digest_without_article_text(json: &[u8]) -> String {
    let quoted = regex::Regex::new(r#"article quotes "[^"]*""#).expect("the pattern is valid");
    let report: Value = serde_json::from_slice(json).expect("the JSON report parses");
    let mut out = String::new();
    for result in report["files"][0]["results"].as_array().into_iter().flatten() {
        out += &format!(
            "{} {} {}\n",
            result["verdict"].as_str().unwrap_or(""),
            result["id"].as_str().unwrap_or(""),
            result["problems"]
        );
        for e in result["evidence"].as_array().into_iter().flatten() {
            let reason = quoted.replace_all(e["reason"].as_str().unwrap_or(""), "article quotes \"[…]\"");
            out += &format!("    {} {}:{} {}\n", e["verdict"].as_str().unwrap_or(""), e["line"], e["column"], reason);
        }
    }
    out += &format!("{}\n", report["summary"]);
    out
}

#[test]
fn bbc_claims_reports() {
    if shared().is_none() {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so the BBC claims in tests/bbc are not checked");
        return;
    }
    let files = claims_files("tests/bbc");
    assert!(files.len() >= 3, "claims for at least three BBC articles");
    for path in files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let relative = format!("tests/bbc/{stem}.json");
        let out = run(&["check", &relative, "--format", "json", "--allow-path", &allowed()]);
        assert!(matches!(code(&out), Some(0 | 1)), "{relative} could not be checked");
        insta::assert_snapshot!(format!("bbc_{stem}"), digest_without_article_text(&out.stdout));
    }
}

/// Checks one claim (JSON, without its id) against a corpus article, and
/// returns its verdict and problems.
fn verdict_against(article: &str, claim: Value) -> (String, Value) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut claim = claim;
    claim["id"] = Value::from("c");
    let path = shared().map(|s| s.join("corpus/news/all/bbc").join(article)).unwrap_or_default();
    let claims = serde_json::json!({"article": path, "claims": [claim]});
    std::fs::write(dir.path().join("c.json"), claims.to_string()).expect("write");
    let out = crate::support::run_in(dir.path(), &["check", "c.json", "--format", "json", "--allow-path", &allowed()]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
    let r = &report["files"][0]["results"][0];
    (r["verdict"].as_str().unwrap_or_default().to_string(), r["problems"].clone())
}

#[test]
fn a_headline_taken_as_a_claim_is_decided_by_the_words_that_state_it() {
    if shared().is_none() {
        eprintln!("skipped: ../shared/corpus/news/all is absent");
        return;
    }
    let headline = serde_json::json!({"statement": "Telegraph newspapers axe 90 jobs", "figure": "90"});
    assert_eq!(verdict_against("business/014.txt", headline).0, "supported");
    let wrong = serde_json::json!({"statement": "Telegraph newspapers axe 120 jobs", "figure": "120"});
    assert_eq!(verdict_against("business/014.txt", wrong), ("conflicting".to_string(), serde_json::json!(["figure"])));
    // Each number of a change is its own figure, in its role.
    let to =
        serde_json::json!({"statement": "TimeWarner said fourth quarter sales rose to $11.1bn.", "figure": "$11.1bn"});
    assert_eq!(verdict_against("business/001.txt", to).0, "supported");
    let from = serde_json::json!({"statement": "Fourth quarter sales rose from $10.9bn.", "figure": "$10.9bn"});
    assert_eq!(verdict_against("business/001.txt", from).0, "supported");
    let swapped = serde_json::json!({"statement": "Fourth quarter sales rose to $10.9bn.", "figure": "$10.9bn"});
    assert_eq!(verdict_against("business/001.txt", swapped).0, "conflicting");
}
