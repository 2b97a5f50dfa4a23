//! `check --coverage` and `--fail-on uncovered` end to end: the counts and
//! places of what no claim covers, in every format, and the exit codes a CI
//! gate relies on.

use std::fs;

use serde_json::Value;

use crate::formats::{junit_counts, validate_sarif};
use crate::support::{code, run, run_in, stderr, stdout};

fn coverage_json(args: &[&str]) -> Value {
    let mut all = vec!["check", "--coverage", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert!(matches!(code(&out), Some(0 | 1)), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
    report["coverage"].clone()
}

fn count(coverage: &Value, kind: &str, field: &str) -> u64 {
    coverage[kind][field].as_u64().unwrap_or_else(|| panic!("no {kind}.{field} in {coverage:#}"))
}

#[test]
fn every_uncovered_mention_names_its_place_and_words() {
    let coverage = coverage_json(&["claims/iskp-moscow.json"]);
    let uncovered = coverage["uncovered"].as_array().cloned().unwrap_or_default();
    let article = fs::read_to_string(crate::support::root().join("article/iskp-moscow.txt")).expect("article");
    let mut sum = 0;
    for kind in ["figures", "dates", "quotes"] {
        let (total, covered, left) =
            (count(&coverage, kind, "total"), count(&coverage, kind, "covered"), count(&coverage, kind, "uncovered"));
        assert_eq!(total, covered + left, "{kind}");
        assert!(covered > 0 && left > 0, "the example covers some {kind}, not all");
        sum += left;
    }
    assert_eq!(uncovered.len() as u64, sum, "one entry per uncovered mention");
    for m in &uncovered {
        let (start, end) = (m["start"].as_u64().unwrap_or(0) as usize, m["end"].as_u64().unwrap_or(0) as usize);
        let words = article.get(start..end).unwrap_or("");
        if m["kind"] != "quote" {
            assert_eq!(m["text"].as_str(), Some(words), "{m:#}");
        }
        assert!(m["sentence"].as_str().is_some_and(|s| s.contains(words.split_whitespace().next().unwrap_or(""))));
    }
    // The death toll is a claim of the example, so its "137" is covered;
    // the 28 Taliban fighters killed in the Kabul airport attack are not.
    let at = |line: u64| uncovered.iter().filter(move |m| m["line"] == line && m["kind"] == "figure");
    assert_eq!(at(5).count(), 0, "the claimed toll is covered");
    assert!(at(70).any(|m| m["text"] == "28"), "an unclaimed figure is listed");
}

#[test]
fn claims_files_of_one_article_cover_it_together() {
    let one = coverage_json(&["claims/iskp-moscow.json"]);
    let other = coverage_json(&["claims/iskp-attribution.json"]);
    let both = coverage_json(&["claims/iskp-moscow.json", "claims/iskp-attribution.json"]);
    for kind in ["figures", "dates", "quotes"] {
        assert_eq!(count(&both, kind, "total"), count(&one, kind, "total"), "one article, counted once");
        let covered = count(&both, kind, "covered");
        assert!(covered >= count(&one, kind, "covered").max(count(&other, kind, "covered")), "{kind}");
    }
}

#[test]
fn uncovered_mentions_fail_the_run_only_when_asked() {
    let base = ["check", "claims/iskp-moscow.json", "--coverage", "--fail-on", "none"];
    assert_eq!(code(&run(&base)), Some(0), "--coverage alone only reports");
    let out = run(&["check", "claims/iskp-moscow.json", "--fail-on", "uncovered"]);
    assert_eq!(code(&out), Some(1), "--fail-on uncovered implies --coverage and fails");
    assert!(stdout(&out).contains("error[uncovered]: figure `28` is not covered by any claim"));
    assert!(stdout(&out).contains("(--fail-on uncovered); not covered by any claim: "));
    for command in
        [&["compare", "article/iskp-moscow.txt", "--source", "article/iskp-moscow.txt"][..], &["diff", "a", "b"]]
    {
        let mut args = command.to_vec();
        args.extend(["--fail-on", "uncovered"]);
        let out = run(&args);
        assert_eq!(code(&out), Some(2), "{args:?}");
        assert!(stderr(&out).contains("--fail-on uncovered applies to `check` only"), "{}", stderr(&out));
    }
}

#[test]
fn an_article_whose_every_figure_date_and_quote_is_claimed_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = "The council approved 120 new homes on 4 May 2023. \
        \u{201c}We need them now,\u{201d} said the mayor, Ines Duarte.\n";
    fs::write(dir.path().join("homes.txt"), article).expect("article written");
    let homes = r#"{"id": "homes", "statement": "The council approved 120 new homes on 4 May 2023.",
         "about": ["homes", "approved"], "figure": "120", "unit": "homes", "date": "2023-05-04"}"#;
    let now = r#"{"id": "now", "statement": "The mayor said the homes are needed now.",
         "quote": "We need them now", "source": "Ines Duarte"}"#;
    let check = |claims: &[&str]| {
        let file = format!(r#"{{"article": "homes.txt", "claims": [{}]}}"#, claims.join(","));
        fs::write(dir.path().join("homes.json"), file).expect("claims written");
        run_in(dir.path(), &["check", "homes.json", "--fail-on", "conflicting,uncovered"])
    };
    let out = check(&[homes, now]);
    assert_eq!(code(&out), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("not covered by any claim: 0 of 1 figures, 0 of 1 dates, 0 of 1 quotes"));
    // Without the quote claim, the quotation is unvetted.
    let out = check(&[homes]);
    assert_eq!(code(&out), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("error[uncovered]: quote `We need them now,` is not covered"), "{}", stdout(&out));
}

#[test]
fn coverage_reaches_every_format() {
    let args = |format| ["check", "claims/iskp-moscow.json", "--fail-on", "uncovered", "--format", format];
    let sarif = stdout(&run(&args("sarif")));
    validate_sarif(&sarif);
    let log: Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
    let results = log["runs"][0]["results"].as_array().cloned().unwrap_or_default();
    let uncovered: Vec<&Value> =
        results.iter().filter(|r| r["ruleId"].as_str().is_some_and(|id| id.starts_with("uncovered/"))).collect();
    assert!(uncovered.len() > 10 && uncovered.iter().all(|r| r["level"] == "error"));
    assert!(uncovered.iter().all(|r| r["partialFingerprints"]["claimcheck/uncovered/v1"].is_string()));
    let [suites, cases, failures, _] = junit_counts(&stdout(&run(&args("junit"))));
    assert_eq!(suites, 2, "the claims file and the article's coverage");
    assert!(cases > 26 && failures > 10);
    let github = stdout(&run(&args("github")));
    assert!(github.lines().any(|l| l.starts_with("::error file=article/iskp-moscow.txt,line=70,col=115,")
        && l.contains("title=uncovered figure::")));
    let markdown = stdout(&run(&args("markdown")));
    assert!(markdown.contains("| in the article | mentions | not covered by a claim |"));
    assert!(markdown.contains("#### Failing: not covered by any claim ("));
}

#[test]
fn coverage_text_snapshot() {
    let out = run(&["check", "claims/iskp-moscow.json", "--fail-on", "uncovered", "--quiet"]);
    assert_eq!(code(&out), Some(1));
    insta::assert_snapshot!("iskp_coverage_text", stdout(&out));
}
