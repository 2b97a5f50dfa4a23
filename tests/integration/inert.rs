//! Inert output (issue 9): whatever a claims file or an article holds, what
//! claimcheck prints cannot act on a terminal or a CI log. Ids are
//! validated; every other string is escaped (`\u{1b}`, `\u{202e}`), stays
//! on its line and never starts a workflow command; JSON and SARIF escape
//! bidirectional controls; error messages are one line.

use std::fs;
use std::path::Path;

use crate::support::{code, run_in, stderr, stdout};

/// Characters that act on a terminal or reorder text.
const ACTIVE: &[char] = &['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{200f}', '\u{2028}'];

fn write(dir: &Path, claims: &str, article: &str) {
    fs::write(dir.join("claims.json"), claims).expect("write claims");
    fs::write(dir.join("article.txt"), article).expect("write article");
}

/// Asserts one inert line on stderr, exit 2, nothing on stdout.
fn assert_inert_error(dir: &Path) -> String {
    let out = run_in(dir, &["check", "claims.json"]);
    let err = stderr(&out);
    assert_eq!(code(&out), Some(2), "{err}");
    assert!(stdout(&out).is_empty());
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains(ACTIVE), "raw control characters: {err:?}");
    assert!(err.starts_with("claimcheck: error: "), "{err}");
    err
}

#[test]
fn issue_9_ids_with_markup_escapes_or_commands_are_refused_naming_the_character() {
    for (id, named) in [
        ("a\u{1b}]0;x\u{7}", "'\\u{1b}' (U+001B)"),
        ("x\n::error::pwned", "'\\n' (U+000A)"),
        ("::add-mask::secret", "':' (U+003A)"),
        ("evil\u{202e}txt", "(U+202E)"),
        ("a b", "' ' (U+0020)"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let claims = serde_json::json!({"article": "article.txt", "claims": [
            {"id": id, "statement": "s", "figure": "1"}
        ]});
        write(dir.path(), &claims.to_string(), "One.\n");
        let err = assert_inert_error(dir.path());
        assert!(err.contains("the `id` of claim 1 holds the character"), "{err}");
        assert!(err.contains(named), "{id:?}: {err}");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "a".repeat(129);
    let claims =
        serde_json::json!({"article": "article.txt", "claims": [{"id": long, "statement": "s", "figure": "1"}]});
    write(dir.path(), &claims.to_string(), "One.\n");
    assert!(assert_inert_error(dir.path()).contains("is longer than 128 characters"));
}

#[test]
fn issue_9_source_ids_are_validated_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = serde_json::json!({"article": "article.txt",
        "sources": [{"id": "un\u{1b}[2J", "name": "UN"}],
        "claims": [{"id": "a", "statement": "s", "source": "UN"}]});
    write(dir.path(), &claims.to_string(), "One.\n");
    assert!(assert_inert_error(dir.path()).contains("the `id` of source 1 holds the character '\\u{1b}'"));
}

#[test]
fn issue_9_unknown_keys_and_paths_reach_stderr_escaped_on_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = "figure\n::error file=x::pwned\u{1b}[2J\u{202e}";
    let claims = format!(
        r#"{{"article": "article.txt", "claims": [{{"id": "a", "statement": "s", {}: "1"}}]}}"#,
        serde_json::to_string(key).expect("a JSON string")
    );
    write(dir.path(), &claims, "One.\n");
    let err = assert_inert_error(dir.path());
    assert!(err.contains("unknown field `figure\\u{a}::error file=x::pwned\\u{1b}[2J\\u{202e}`"), "{err}");

    let dir = tempfile::tempdir().expect("temp dir");
    let claims = serde_json::json!({"article": "no\n::warning::such\u{1b}]8;;x\u{7}.txt", "claims": [
        {"id": "a", "statement": "s", "figure": "1"}
    ]});
    write(dir.path(), &claims.to_string(), "One.\n");
    let err = assert_inert_error(dir.path());
    assert!(err.contains("cannot read the article no\\u{a}::warning::such\\u{1b}]8;;x\\u{7}.txt"), "{err}");
}

const HOSTILE: &str = "Officials said the attack killed 137 people\u{202e}\u{2066} \u{1b}[2J.\n";

fn hostile_claims() -> String {
    serde_json::json!({"article": "article.txt", "claims": [
        {"id": "toll", "statement": "Killed 137\n::stop-commands::x \u{202e}txt.exe", "about": ["killed"], "figure": "137"},
        {"id": "gone", "statement": "::add-mask::\u{2067}\u{9b}31m", "about": ["wounded"], "figure": "5"}
    ]})
    .to_string()
}

#[test]
fn issue_9_no_report_line_starts_a_workflow_command_or_holds_an_active_character() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), &hostile_claims(), HOSTILE);
    for format in ["text", "markdown", "github", "junit"] {
        for detail in ["--verbose", "--quiet"] {
            let out = run_in(dir.path(), &["check", "claims.json", "--format", format, detail]);
            assert_eq!(code(&out), Some(1), "{format}: {}", stderr(&out));
            let text = stdout(&out);
            assert!(!text.contains(ACTIVE), "{format}: raw control characters");
            let commands: Vec<&str> = text.lines().filter(|l| l.trim_start().starts_with("::")).collect();
            let ours = |l: &&str| format == "github" && (l.starts_with("::error ") || l.starts_with("::warning "));
            assert!(commands.iter().all(ours), "{format}: {commands:?}");
        }
    }
}

#[test]
fn issue_9_json_and_sarif_escape_bidirectional_controls() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), &hostile_claims(), HOSTILE);
    for format in ["json", "sarif"] {
        let out = run_in(dir.path(), &["check", "claims.json", "--format", format]);
        assert_eq!(code(&out), Some(1), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.contains(ACTIVE), "{format}: raw bidi or control characters");
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
        if format == "json" {
            assert!(text.contains("\\u202e"), "the override is escaped");
            assert!(parsed.to_string().contains('\u{202e}'), "and reads back as itself");
        }
    }
}
