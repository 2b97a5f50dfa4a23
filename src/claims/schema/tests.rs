use std::path::Path;

use serde_json::Value;

use super::super::figure::FIGURE_FIELDS;
use super::super::{parse_claims, CLAIM_FIELDS, SOURCE_FIELDS, TOP_FIELDS};
use super::claims_schema;

fn schema() -> Value {
    serde_json::from_str(&claims_schema()).expect("the generated schema is JSON")
}

fn properties(object: &Value) -> Vec<String> {
    let mut names: Vec<String> =
        object["properties"].as_object().map(|p| p.keys().cloned().collect()).unwrap_or_default();
    names.sort();
    names
}

fn sorted(fields: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    names.sort();
    names
}

#[test]
fn schema_fields_match_the_parser() {
    let s = schema();
    let defs = &s["definitions"];
    assert_eq!(properties(&s), sorted(TOP_FIELDS));
    assert_eq!(properties(&defs["ClaimShape"]), sorted(CLAIM_FIELDS));
    assert_eq!(properties(&defs["SourceShape"]), sorted(SOURCE_FIELDS));
    assert_eq!(properties(&defs["FigureObjectShape"]), sorted(FIGURE_FIELDS));
    for object in [&s, &defs["ClaimShape"], &defs["SourceShape"], &defs["FigureObjectShape"]] {
        assert_eq!(object["additionalProperties"], Value::Bool(false), "unknown fields are errors for the parser too");
    }
}

#[test]
fn shipped_claims_files_validate() {
    let validator = jsonschema::validator_for(&schema()).expect("the schema compiles");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("claims/ is readable") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "json") {
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
            let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            checked += 1;
        }
    }
    assert!(checked > 0);
}

/// Files the parser accepts and rejects for their shape: the schema agrees.
#[test]
fn schema_and_parser_agree_on_shape() {
    let validator = jsonschema::validator_for(&schema()).expect("the schema compiles");
    let file = |claims: &str| format!(r#"{{"$schema": "s.json", "article": "a.txt", "claims": [{claims}]}}"#);
    let accepted = [
        file(r#"{"id": "a", "statement": "s", "figure": "137"}"#),
        file(r#"{"id": "a", "statement": "s", "figure": {"min": 140, "min_inclusive": false}, "unit": "people"}"#),
        file(r#"{"id": "a", "statement": "s", "figure": {"value": 3, "currency": "GBP"}, "tolerance": 0.05}"#),
        file(r#"{"id": "a", "statement": "s", "about": [["killed", "dead"], "city hall"], "date": "2021-08"}"#),
        file(r#"{"id": "a", "statement": "s", "about": "fighters", "source": "un", "quote": "the words"}"#),
    ];
    let rejected = [
        file(r#"{"id": "a", "statement": "s", "figuer": "137"}"#),
        file(r#"{"id": "a", "statement": "s"}"#),
        file(r#"{"id": "a", "figure": "1"}"#),
        file(r#"{"id": "a", "statement": "s", "figure": "1", "tolerance": 1.5}"#),
        file(r#"{"id": "a", "statement": "s", "figure": {"value": 1, "kind": "weird"}}"#),
        file(r#"{"id": "a", "statement": "s", "figure": {"value": 1, "unit": "x"}}"#),
        file(r#"{"id": "", "statement": "s", "figure": "1"}"#),
        file(r#"{"id": "a", "statement": "s", "about": [], "figure": "1"}"#),
        file(r#"{"id": "a", "statement": "s", "source": null}"#),
        r#"{"claims": []}"#.to_string(),
        r#"{"claims": [{"id": "a", "statement": "s", "date": "2021"}], "extra": 1}"#.to_string(),
        r#"{"claims": [{"id": "a", "statement": "s", "date": "2021"}], "published": "31/03/2024"}"#.to_string(),
    ];
    for text in &accepted {
        let value: Value = serde_json::from_str(text).expect("JSON");
        assert!(validator.is_valid(&value), "schema rejects {text}");
        assert!(parse_claims(Path::new("c.json"), text, None).is_ok(), "parser rejects {text}");
    }
    for text in &rejected {
        let value: Value = serde_json::from_str(text).expect("JSON");
        assert!(!validator.is_valid(&value), "schema accepts {text}");
        assert!(parse_claims(Path::new("c.json"), text, None).is_err(), "parser accepts {text}");
    }
}
