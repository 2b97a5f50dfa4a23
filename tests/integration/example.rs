//! The shipped example: claims/iskp-moscow.json against the seed article.
//! Snapshots of the text and JSON reports, and the verdicts the example
//! must hold, asserted one by one.

use serde_json::Value;

use crate::support::{code, root, run, stdout};

fn json_report() -> Value {
    let out = run(&["check", "claims/iskp-moscow.json", "--format", "json"]);
    assert_eq!(code(&out), Some(1), "the example has failing claims");
    serde_json::from_slice(&out.stdout).expect("the JSON report parses")
}

fn result<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["files"][0]["results"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["id"] == id))
        .unwrap_or_else(|| panic!("no result for {id}"))
}

fn verdicts(r: &Value) -> Vec<String> {
    r["evidence"]
        .as_array()
        .map(|e| e.iter().map(|e| format!("{}@{}", e["verdict"].as_str().unwrap_or(""), e["line"])).collect())
        .unwrap_or_default()
}

#[test]
fn text_report_snapshot() {
    let out = run(&["check", "claims/iskp-moscow.json"]);
    assert_eq!(code(&out), Some(1));
    insta::assert_snapshot!("iskp_text", stdout(&out));
}

#[test]
fn json_report_snapshot() {
    let out = run(&["check", "claims/iskp-moscow.json", "--format", "json"]);
    insta::assert_snapshot!("iskp_json", stdout(&out));
}

#[test]
fn the_death_toll_conflicts_and_cites_both_places() {
    let report = json_report();
    let r = result(&report, "crocus-death-toll");
    assert_eq!(r["verdict"], "conflicting");
    assert_eq!(r["problems"], serde_json::json!(["figure"]));
    // Both tolls decide; the four men of the same sentence are a weaker mention.
    assert_eq!(verdicts(r), ["supported@5", "supported@6", "context@16", "conflicting@16"]);
    assert_eq!(r["evidence"][2]["figure"], "four");
    assert_eq!(r["evidence"][2]["context"], "weaker");
    assert_eq!(r["evidence"][3]["figure"], "more than 140");
    assert_eq!(r["evidence"][3]["aligned_terms"], serde_json::json!(["killed", "concert"]));
    assert_eq!(r["message"], "article says more than 140 at article/iskp-moscow.txt:16:162; claim says 137");
}

#[test]
fn the_other_death_toll_conflicts_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = root().join("article/iskp-moscow.txt");
    let claims = serde_json::json!({
        "article": article,
        "claims": [{"id": "toll-140", "statement": "The Crocus City Hall attack killed more than 140 people.",
                    "about": ["killed", "concert"], "figure": "more than 140"}]
    });
    std::fs::write(dir.path().join("c.json"), claims.to_string()).expect("write");
    let allowed = root().join("article").to_string_lossy().into_owned();
    let out = crate::support::run_in(dir.path(), &["check", "c.json", "--format", "json", "--allow-path", &allowed]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
    let r = &report["files"][0]["results"][0];
    assert_eq!(r["verdict"], "conflicting");
    assert_eq!(verdicts(r), ["conflicting@5", "conflicting@6", "context@16", "supported@16"]);
}

#[test]
fn fighters_claims_weigh_each_source() {
    let report = json_report();
    let clarke = result(&report, "clarke-fighters");
    assert_eq!(clarke["verdict"], "supported");
    assert!(verdicts(clarke).contains(&"context@232".to_string()), "{:?}", verdicts(clarke));
    let misattributed = result(&report, "un-fighters-misattributed");
    assert_eq!(misattributed["verdict"], "conflicting");
    assert_eq!(misattributed["problems"], serde_json::json!(["figure", "source"]));
    assert_eq!(result(&report, "un-fighters")["verdict"], "supported");
    assert_eq!(result(&report, "acled-airstrikes")["verdict"], "supported");
}

#[test]
fn the_remaining_examples_hold() {
    let report = json_report();
    let kabul = result(&report, "kabul-airport-toll");
    assert_eq!(
        (kabul["verdict"].as_str(), kabul["problems"].clone()),
        (Some("unattributed"), serde_json::json!(["source"]))
    );
    let withdrawal = result(&report, "us-withdrawal");
    assert_eq!(withdrawal["verdict"], "conflicting");
    assert_eq!(withdrawal["problems"], serde_json::json!(["date"]));
    assert_eq!(withdrawal["evidence"][0]["date"], "August 2022");
    assert_eq!(result(&report, "bowman-quote")["verdict"], "supported");
    let misquote = result(&report, "bowman-misquote");
    assert_eq!(misquote["verdict"], "conflicting");
    assert_eq!(misquote["problems"], serde_json::json!(["quote"]));
    assert_eq!(
        misquote["evidence"][0]["diff"],
        serde_json::json!([
            {"op": "equal", "text": "the enemies of all"},
            {"op": "delete", "text": "mankind"},
            {"op": "insert", "text": "humanity"}
        ])
    );
    let injured = result(&report, "crocus-injured");
    assert_eq!(injured["verdict"], "not_found");
    assert_eq!(injured["problems"], serde_json::json!([]));
}

#[test]
fn every_verdict_appears_in_the_example() {
    let report = json_report();
    let summary = &report["summary"];
    for key in ["supported", "conflicting", "unattributed", "not_found"] {
        assert!(summary[key].as_u64().unwrap_or(0) > 0, "no {key} claim in the example");
    }
    assert!(summary["claims"].as_u64().unwrap_or(0) >= 15);
}

#[test]
fn no_year_or_date_of_the_seed_article_is_read_as_a_figure() {
    let out = run(&["extract", "article/iskp-moscow.txt", "--format", "json", "--published", "2024-03-31"]);
    assert_eq!(code(&out), Some(0));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = &report["files"][0];
    let dates: Vec<(u64, u64)> = file["dates"]
        .as_array()
        .map(|d| d.iter().map(|d| (d["start"].as_u64().unwrap_or(0), d["end"].as_u64().unwrap_or(0))).collect())
        .unwrap_or_default();
    for f in file["figures"].as_array().into_iter().flatten() {
        let (start, end) = (f["start"].as_u64().unwrap_or(0), f["end"].as_u64().unwrap_or(0));
        assert!(!dates.iter().any(|&(a, b)| start < b && a < end), "figure {} overlaps a date", f["text"]);
        let value = f["value"].as_f64().unwrap_or(0.0);
        assert!(!(1900.0..=2100.0).contains(&value), "year read as a figure: {}", f["text"]);
    }
    assert_eq!(dates.len(), 33, "every date of the seed article is read");
}
