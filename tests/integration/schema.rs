//! `claimcheck schema`: the committed schemas are the generated ones, and
//! `schema --report` tells the truth about what the tool writes: real
//! reports and JSON lines validate against it, and mutated ones do not.

use std::fs;

use serde_json::{json, Value};

use crate::support::{code, corpus_files, root, run, run_in, run_with_input, stderr, stdout};

/// `claimcheck schema --report`, parsed.
fn report_schema() -> Value {
    let out = run(&["schema", "--report"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("the schema is JSON")
}

/// A validator for the whole report, or for one of its `$defs`.
fn validator(def: Option<&str>) -> jsonschema::Validator {
    let mut schema = report_schema();
    if let Some(name) = def {
        assert!(schema["$defs"][name].is_object(), "no $defs/{name}");
        schema = json!({"$schema": schema["$schema"], "$ref": format!("#/$defs/{name}"), "$defs": schema["$defs"]});
    }
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

/// The schema's complaints about `value`.
fn problems(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// Asserts that `text` is one JSON value the schema accepts, and returns it.
fn assert_valid(validator: &jsonschema::Validator, text: &str) -> Value {
    let value: Value = serde_json::from_str(text).expect("the output is JSON");
    let problems = problems(validator, &value);
    assert!(problems.is_empty(), "the output breaks the schema: {problems:#?}\n{text}");
    value
}

/// `check ARGS --format json`, validated; the report.
fn valid_report(args: &[&str]) -> Value {
    let out = run(&[&["check", "--format", "json"], args].concat());
    assert!(matches!(code(&out), Some(0..=2)), "{}", stderr(&out));
    assert_valid(&validator(None), &stdout(&out))
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let out = run(&["schema"]);
    assert_eq!(code(&out), Some(0));
    let committed = fs::read_to_string(root().join("schema/claims.schema.json")).expect("schema/claims.schema.json");
    assert_eq!(stdout(&out), committed, "regenerate with: cargo run -- schema > schema/claims.schema.json");
    let out = run(&["schema", "--report"]);
    assert_eq!(code(&out), Some(0));
    let committed = fs::read_to_string(root().join("schema/report.schema.json")).expect("schema/report.schema.json");
    assert_eq!(stdout(&out), committed, "regenerate with: cargo run -- schema --report > schema/report.schema.json");
}

#[test]
fn the_example_report_validates() {
    let report = valid_report(&["claims/iskp-moscow.json"]);
    let results = report["files"][0]["results"].as_array().expect("results");
    let evidence: Vec<&Value> =
        results.iter().flat_map(|r| r["evidence"].as_array().expect("evidence").iter()).collect();
    assert!(evidence.iter().any(|e| e["diff"].is_array()), "a near-miss quote's diff is validated");
    assert!(evidence.iter().any(|e| e["context"].is_string()), "a context mention is validated");
}

#[test]
fn a_batch_report_with_errors_validates() {
    let report = valid_report(&["claims/iskp-moscow.json", "claims/missing.json", "claims/iskp-attribution.json"]);
    assert_eq!(report["files"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["errors"][0]["path"], "claims/missing.json");
}

#[test]
fn a_coverage_report_validates() {
    let report = valid_report(&["claims/iskp-moscow.json", "--coverage"]);
    assert!(report["coverage"]["uncovered"].as_array().is_some_and(|u| !u.is_empty()));
}

#[test]
fn a_report_against_a_baseline_validates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let saved = dir.path().join("base.json");
    let out = run(&["check", "claims/iskp-moscow.json", "--format", "json", "--output", &saved.to_string_lossy()]);
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let report = valid_report(&["claims/iskp-moscow.json", "--baseline", &saved.to_string_lossy()]);
    assert!(report["summary"]["known"].is_number(), "the baseline's counts are validated");
}

#[test]
fn an_accepted_claim_validates() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("article.txt"), "The attack killed more than 140 people.\n").expect("write article");
    let claims = json!({"article": "article.txt", "claims": [
        {"id": "toll", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137",
         "accept": {"verdict": "conflicting", "says": "more than 150", "reason": "a later toll"}}]});
    fs::write(dir.path().join("claims.json"), claims.to_string()).expect("write claims");
    let out = run_in(dir.path(), &["check", "claims.json", "--format", "json"]);
    let report = assert_valid(&validator(None), &stdout(&out));
    assert!(report["files"][0]["results"][0]["accept"]["lapsed"].is_string(), "{report}");
}

#[test]
fn check_jsonl_lines_validate() {
    let inline = json!({"article_text": "The ferry carried 412 people.\n",
        "claims": [{"id": "ferry", "statement": "The ferry carried 421 people.", "figure": "421"}]});
    let jobs = [
        json!({"claims": "claims/iskp-moscow.json"}).to_string(),
        json!({"claims": "claims/missing.json"}).to_string(),
        inline.to_string(),
        "{not json".to_string(),
    ];
    let out = run_with_input(&["check", "--jsonl"], &jobs.join("\n"));
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    let validator = validator(Some("CheckJsonlLine"));
    let lines: Vec<Value> = stdout(&out).lines().map(|line| assert_valid(&validator, line)).collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0]["report"].is_object() && lines[2]["report"].is_object());
    assert!(lines[1]["error"].is_object() && lines[3]["error"].is_object());
}

#[test]
fn extract_jsonl_lines_validate() {
    let out = run(&["extract", "--jsonl", "article/iskp-moscow.txt", "article/missing.txt"]);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    let validator = validator(Some("ExtractJsonlLine"));
    let lines: Vec<Value> = stdout(&out).lines().map(|line| assert_valid(&validator, line)).collect();
    assert!(lines[0]["figures"].is_array());
    assert_eq!(lines[1]["path"], "article/missing.txt");
}

#[test]
fn extract_json_validates() {
    let out = run(&["extract", "--format", "json", "article/iskp-moscow.txt", "article/missing.txt"]);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    let report = assert_valid(&validator(Some("ExtractReport")), &stdout(&out));
    assert_eq!(report["errors"][0]["path"], "article/missing.txt");
}

/// What the extractors read in a tenth of the BBC corpus is written as the
/// schema says (the figure kinds, roles, granularities and year rules of
/// real news included).
#[test]
fn extract_jsonl_over_the_bbc_corpus_validates() {
    let Some(files) = corpus_files() else {
        eprintln!("skipped: ../shared is absent, so the BBC corpus cannot be read");
        return;
    };
    let files: Vec<_> = files.into_iter().step_by(10).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let validator = validator(Some("ExtractJsonlLine"));
    let mut args = vec!["extract".to_string(), "--jsonl".to_string()];
    args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run_in(dir.path(), &args);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let mut lines = 0;
    for line in stdout(&out).lines() {
        assert_valid(&validator, line);
        lines += 1;
    }
    assert_eq!(lines, files.len());
}

/// The schema is not vacuous: each change below breaks it.
#[test]
fn mutated_outputs_fail_the_schema() {
    let out = run(&["check", "claims/iskp-moscow.json", "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let whole = validator(None);
    assert!(problems(&whole, &report).is_empty());
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 7] = [
        ("an unknown verdict", |r| r["files"][0]["results"][0]["verdict"] = json!("plausible")),
        ("no summary", |r| drop(r.as_object_mut().and_then(|o| o.remove("summary")))),
        ("a result without its message", |r| {
            drop(r["files"][0]["results"][0].as_object_mut().and_then(|o| o.remove("message")))
        }),
        ("an unknown problem field", |r| r["files"][0]["results"][0]["problems"] = json!(["figures"])),
        ("an unknown year rule", |r| r["files"][0]["results"][0]["evidence"][0]["year_rule"] = json!("guessed")),
        ("an alignment above 1", |r| r["files"][0]["results"][0]["evidence"][0]["alignment"] = json!(1.5)),
        ("a line number as text", |r| r["files"][0]["results"][0]["line"] = json!("13")),
    ];
    for (what, mutate) in mutations {
        let mut mutated = report.clone();
        mutate(&mut mutated);
        assert!(!problems(&whole, &mutated).is_empty(), "{what} passes the schema");
    }
    let check_line = validator(Some("CheckJsonlLine"));
    assert!(!problems(&check_line, &json!({"line": 1})).is_empty(), "a line with neither report nor error");
    assert!(!problems(&check_line, &json!({"line": 1, "error": {"path": "a.json"}})).is_empty(), "a bare error");
    let extract_line = validator(Some("ExtractJsonlLine"));
    let out = run(&["extract", "--jsonl", "article/iskp-moscow.txt"]);
    let mut line: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(problems(&extract_line, &line).is_empty());
    line["figures"][0]["kind"] = json!("amount");
    assert!(!problems(&extract_line, &line).is_empty(), "an unknown figure kind passes the schema");
}
