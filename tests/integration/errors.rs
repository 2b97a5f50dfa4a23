//! Bad input: every class gets a one-line message naming the file (and line
//! and column where known) and exit code 2, with nothing on stdout.

use std::fs;
use std::path::Path;

use crate::support::{code, run_in, stderr, stdout};

/// Writes `claims` (and `article` bytes, when given) to a fresh folder and
/// runs `check claims.json` there.
fn check_with(claims: &str, article: Option<&[u8]>) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), claims).expect("write claims");
    if let Some(bytes) = article {
        fs::write(dir.path().join("article.txt"), bytes).expect("write article");
    }
    let out = run_in(dir.path(), &["check", "claims.json"]);
    (code(&out), stdout(&out), stderr(&out))
}

fn claims(body: &str) -> String {
    format!("{{\"article\": \"article.txt\", \"claims\": [{body}]}}")
}

const ARTICLE: &[u8] = b"The attack killed 137 people.\n";

fn assert_error(result: (Option<i32>, String, String), expected: &str) {
    let (code, out, err) = result;
    assert_eq!(code, Some(2), "stderr: {err}");
    assert!(out.is_empty(), "no report on bad input, got {out}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_eq!(err.trim_end(), expected);
}

#[test]
fn malformed_json() {
    assert_error(
        check_with("{\"claims\": [\n  {\"id\": \"a\"\n]}", Some(ARTICLE)),
        "claimcheck: error: claims.json:3:1: malformed JSON: expected `,` or `}`",
    );
}

#[test]
fn unknown_field_names_the_closest() {
    let body = claims(r#"{"id": "a", "statement": "s", "figuer": "137"}"#);
    let (code, _, err) = check_with(&body, Some(ARTICLE));
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(
            "claimcheck: error: claims.json:1:69: unknown field `figuer` in claim 1, did you mean `figure`?"
        ),
        "{err}"
    );
}

#[test]
fn duplicate_ids() {
    let body = claims(r#"{"id": "a", "statement": "s", "figure": "1"}, {"id": "a", "statement": "t", "figure": "2"}"#);
    assert_error(
        check_with(&body, Some(ARTICLE)),
        "claimcheck: error: claims.json:1:86: duplicate claim id `a` (first used at line 1)",
    );
}

#[test]
fn empty_claims_list() {
    assert_error(
        check_with("{\"article\": \"article.txt\", \"claims\": []}", Some(ARTICLE)),
        "claimcheck: error: claims.json:1:38: the `claims` list is empty (expected at least one claim)",
    );
}

#[test]
fn a_claim_with_nothing_to_check() {
    assert_error(
        check_with(&claims(r#"{"id": "a", "statement": "s"}"#), Some(ARTICLE)),
        "claimcheck: error: claims.json:1:39: claim `a` has nothing to check (expected at least one of `figure`, `date`, `source`, `quote`)",
    );
}

#[test]
fn unreadable_figure() {
    let (code, _, err) = check_with(&claims(r#"{"id": "a", "statement": "s", "figure": "a lot"}"#), Some(ARTICLE));
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(
            "claimcheck: error: claims.json:1:79: `figure` of claim `a`: cannot read a figure in \"a lot\""
        ),
        "{err}"
    );
}

#[test]
fn unreadable_date() {
    let (code, _, err) = check_with(&claims(r#"{"id": "a", "statement": "s", "date": "someday"}"#), Some(ARTICLE));
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("claimcheck: error: claims.json:1:77: `date` of claim `a`: cannot read \"someday\" as a date"),
        "{err}"
    );
}

#[test]
fn missing_article() {
    let (code, _, err) = check_with(&claims(r#"{"id": "a", "statement": "s", "figure": "1"}"#), None);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("claimcheck: error: claims.json:1:13: cannot read the article article.txt: "), "{err}");
}

#[test]
fn article_that_is_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("article.txt")).expect("folder");
    fs::write(dir.path().join("claims.json"), claims(r#"{"id": "a", "statement": "s", "figure": "1"}"#))
        .expect("write");
    let out = run_in(dir.path(), &["check", "claims.json"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("refusing to read the article article.txt: it is a folder"), "{}", stderr(&out));
}

#[test]
fn article_not_utf8() {
    assert_error(
        check_with(&claims(r#"{"id": "a", "statement": "s", "figure": "1"}"#), Some(b"A \xa3 15.8m signing\n")),
        "claimcheck: error: article.txt:1:3: the file is not valid UTF-8 (expected UTF-8 text)",
    );
}

#[test]
fn empty_article() {
    assert_error(
        check_with(&claims(r#"{"id": "a", "statement": "s", "figure": "1"}"#), Some(b"\n  \n")),
        "claimcheck: error: article.txt: the article is empty (expected some text to check claims against)",
    );
}

#[test]
fn missing_claims_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run_in(dir.path(), &["check", "nope.json"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).starts_with("claimcheck: error: nope.json: cannot read the file: "), "{}", stderr(&out));
}

#[test]
fn bad_flags_exit_with_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in [
        &["check", "x.json", "--published", "31/03/2024"][..],
        &["check", "x.json", "--tolerance", "5"],
        &["check", "x.json", "--format", "yaml"],
        &["check", "x.json", "--fail-on", "wrong"],
        &["check"],
    ] {
        let out = run_in(dir.path(), args);
        assert_eq!(code(&out), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty());
        assert_eq!(stderr(&out).lines().count(), 1, "one line: {}", stderr(&out));
        assert!(stderr(&out).starts_with("claimcheck: error: "), "{}", stderr(&out));
    }
    assert!(!Path::new(&dir.path().join("x.json")).exists());
}

#[test]
fn issue_9_a_duplicate_key_names_both_places() {
    let body = "{\"article\": \"article.txt\", \"claims\": [\n  {\"id\": \"a\", \"statement\": \"s\", \"figure\": \"1\",\n   \"figure\": \"2\"}]}";
    assert_error(
        check_with(body, Some(ARTICLE)),
        "claimcheck: error: claims.json:3:4: duplicate key `figure` in claim 1 (first at line 2, column 33)",
    );
    let top = "{\"article\": \"article.txt\", \"article\": \"other.txt\", \"claims\": []}";
    assert_error(
        check_with(top, Some(ARTICLE)),
        "claimcheck: error: claims.json:1:28: duplicate key `article` in the claims file (first at line 1, column 2)",
    );
}

#[test]
fn issue_9_a_claims_file_that_is_not_utf8_names_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), b"{\"claims\": [\n  {\"id\": \"caf\xe9\"}]}").expect("write claims");
    let out = run_in(dir.path(), &["check", "claims.json"]);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: claims.json:2:14: the file is not valid UTF-8 (expected UTF-8 text)\n"
    );
}

#[test]
fn issue_9_a_duplicate_key_in_a_baseline_names_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), claims(r#"{"id": "a", "statement": "s", "figure": "137"}"#))
        .expect("write claims");
    fs::write(dir.path().join("article.txt"), ARTICLE).expect("write article");
    let baseline = "{\"schema_version\": 2, \"files\": [{\"claims\": \"claims.json\", \"results\": [\n  {\"id\": \"a\", \"verdict\": \"supported\", \"verdict\": \"conflicting\"}]}]}";
    fs::write(dir.path().join("base.json"), baseline).expect("write baseline");
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "base.json"]);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: base.json:2:47: not a claimcheck JSON report: duplicate field `verdict`\n"
    );
}
