use super::*;
use crate::extract::figure::Qualifier;

fn parse(text: &str) -> Result<ClaimsFile, Error> {
    parse_claims(Path::new("c.json"), text, None)
}

fn message(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

const GOOD: &str = r#"{
  "article": "../article/a.txt",
  "published": "2024-03-31",
  "sources": [{"id": "un", "name": "United Nations", "aliases": ["UN", "U.N."]}],
  "claims": [
    {"id": "toll", "statement": "It killed 137.", "about": ["killed", ["concert", "venue"], "city hall"], "figure": "137"},
    {"id": "un-fighters", "statement": "The UN says up to 6,000.", "figure": {"max": 6000}, "unit": "fighters", "source": "un"},
    {"id": "date", "statement": "On 22 March.", "date": "22 March"}
  ]
}"#;

#[test]
fn a_valid_file_reads_in_full() {
    let file = parse(GOOD).unwrap();
    assert_eq!(file.article, Some(PathBuf::from("../article/a.txt")));
    assert_eq!(file.claims.len(), 3);
    let toll = &file.claims[0];
    assert_eq!(toll.position, Position { line: 6, column: 6 });
    let about = toll.about.as_ref().unwrap();
    assert_eq!(about[1].alternatives, [vec!["concert".to_string()], vec!["venue".to_string()]]);
    assert_eq!(about[2].alternatives, [vec!["city".to_string(), "hall".to_string()]]);
    let un = &file.claims[1];
    assert_eq!(un.figure.as_ref().unwrap().figure.qualifier, Qualifier::UpTo);
    assert_eq!(un.figure.as_ref().unwrap().text, "up to 6000");
    assert_eq!(un.source.as_ref().unwrap().names, ["United Nations", "UN", "U.N."]);
    assert_eq!(file.claims[2].date.as_ref().unwrap().date.iso().unwrap(), "2024-03-22");
}

#[test]
fn malformed_json_names_line_and_column() {
    assert_eq!(
        message("{\n  \"claims\": [\n    {\"id\": \"x\",,}\n  ]\n}"),
        "c.json:3:16: malformed JSON: key must be a string (in double quotes)"
    );
}

#[test]
fn unknown_fields_suggest_the_closest_name() {
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"figrue\": \"137\"}]}";
    assert_eq!(
        message(text),
        "c.json:1:43: unknown field `figrue` in claim 1, did you mean `figure`? (expected one of: id, statement, about, figure, unit, tolerance, date, source, quote, accept)"
    );
    assert!(message("{\"claim\": []}").contains("did you mean `claims`?"));
}

#[test]
fn duplicate_ids_point_at_the_second() {
    let text = "{\"claims\": [\n{\"id\": \"x\", \"statement\": \"s\", \"figure\": \"1\"},\n{\"id\": \"x\", \"statement\": \"s\", \"figure\": \"2\"}]}";
    assert_eq!(message(text), "c.json:3:2: duplicate claim id `x` (first used at line 2)");
}

#[test]
fn empty_or_missing_claims() {
    assert_eq!(message("{\"claims\": []}"), "c.json:1:12: the `claims` list is empty (expected at least one claim)");
    assert!(message("{}").contains("has no `claims` list"));
    assert!(message("[1]").contains("expected an object for the claims file"));
}

#[test]
fn a_claim_needs_something_to_check() {
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"about\": [\"a\"]}]}";
    assert!(message(text).starts_with("c.json:1:13: claim `x` has nothing to check"));
}

#[test]
fn unreadable_figures_and_dates_are_errors() {
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"figure\": \"lots\"}]}";
    assert!(
        message(text).starts_with("c.json:1:53: `figure` of claim `x`: cannot read a figure in \"lots\""),
        "{}",
        message(text)
    );
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"date\": \"22 March\"}]}";
    assert!(message(text).contains("has no year"), "{}", message(text));
    let text =
        "{\"published\": \"31/03/2024\", \"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"date\": \"2024\"}]}";
    assert!(message(text).contains("cannot read `published`"));
}

#[test]
fn wrong_types_say_what_was_expected() {
    let text = "{\"claims\": [{\"id\": 5, \"statement\": \"s\", \"figure\": \"1\"}]}";
    assert!(message(text).contains("expected a non-empty string for `id`"));
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"figure\": \"1\", \"tolerance\": 5}]}";
    assert!(message(text).contains("must be a fraction"));
}

#[test]
fn free_text_sources_are_their_own_name() {
    let text = "{\"claims\": [{\"id\": \"x\", \"statement\": \"s\", \"source\": \"Pentagon\"}]}";
    let file = parse(text).unwrap();
    assert_eq!(file.claims[0].source.as_ref().unwrap().names, ["Pentagon"]);
}
