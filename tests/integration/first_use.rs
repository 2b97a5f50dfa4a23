//! Issue 12: the rough edges a first-time user hit, one test each. Errors
//! say the OS error once and name the user's path; JSON errors say what is
//! wrong in words; a figure may be a bare JSON number; `check --article -`
//! reads standard input; baselines match claims files however their paths
//! are written, and warn when they match nothing; `diff` ignores a moved
//! article; a run over several claims files has a line per file.

use std::fs;
use std::path::Path;

use crate::support::{code, root, run, run_in, run_with_input, stderr, stdout};

/// A fresh folder holding the example's claims and article.
fn desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["claims", "article"] {
        fs::create_dir(dir.path().join(sub)).expect("mkdir");
    }
    for file in ["claims/iskp-moscow.json", "claims/iskp-attribution.json", "article/iskp-moscow.txt"] {
        fs::copy(root().join(file), dir.path().join(file)).expect("copy");
    }
    dir
}

#[test]
fn issue_12_the_os_error_is_said_once() {
    let out = run(&["check", "claims/nope.json"]);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: claims/nope.json: cannot read the file: No such file or directory (os error 2)\n"
    );
}

#[test]
fn issue_12_output_into_a_missing_folder_names_that_folder() {
    let dir = desk();
    let out = run_in(dir.path(), &["check", "claims/iskp-moscow.json", "--output", "missing/report.txt"]);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: missing/report.txt: cannot write the report: the folder missing does not exist\n"
    );
}

fn claims_error(text: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("c.json"), text).expect("write");
    let out = run_in(dir.path(), &["check", "c.json"]);
    assert_eq!(code(&out), Some(2));
    stderr(&out)
}

#[test]
fn issue_12_json_errors_in_words() {
    let claim = r#"{"id": "a", "statement": "s", "figure": "1"}"#;
    assert_eq!(
        claims_error(&format!("{{\"claims\": [\n  {claim},\n]}}")),
        "claimcheck: error: c.json:3:1: malformed JSON: trailing comma before `]` (remove the comma)\n"
    );
    assert_eq!(
        claims_error(r#"{"claims": [{"id": "a",}]}"#),
        "claimcheck: error: c.json:1:24: malformed JSON: trailing comma before `}` (remove the comma)\n"
    );
    let empty = "claimcheck: error: c.json:1:1: the file is empty (expected a JSON object with a `claims` list)\n";
    assert_eq!(claims_error(""), empty);
    assert_eq!(claims_error(" \n\n"), empty);
    assert!(claims_error(r#"{"claims": [{"id": "a"#)
        .ends_with("the file ends inside a string (a closing `\"` is missing)\n"));
    assert!(claims_error(r#"{"claims": [{"id": "a""#)
        .ends_with("the file ends too early (a closing `}` or `]` is missing)\n"));
}

#[test]
fn issue_12_a_figure_may_be_a_json_number() {
    let dir = desk();
    let claims = |figure: &str| {
        format!(
            r#"{{"article": "../article/iskp-moscow.txt", "claims": [
  {{"id": "n", "statement": "The UN says ISKP fighters are in 13 provinces.", "about": ["provinces"], "figure": {figure}}}]}}"#
        )
    };
    let verdict = |figure: &str| {
        fs::write(dir.path().join("claims/n.json"), claims(figure)).expect("write");
        let out = run_in(dir.path(), &["check", "claims/n.json", "--format", "json"]);
        assert!(matches!(code(&out), Some(0 | 1)), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        json["files"][0]["results"][0]["verdict"].as_str().expect("verdict").to_string()
    };
    assert_eq!(verdict("13"), verdict("\"13\""));
    assert_eq!(verdict("13"), "supported");
    assert_eq!(verdict("14"), "conflicting");
}

#[test]
fn issue_12_check_reads_the_article_from_standard_input() {
    let article = fs::read_to_string(root().join("article/iskp-moscow.txt")).expect("article");
    let piped = run_with_input(&["check", "claims/iskp-moscow.json", "--article", "-", "--format", "json"], &article);
    assert_eq!(code(&piped), Some(1), "{}", stderr(&piped));
    let named = run(&["check", "claims/iskp-moscow.json", "--format", "json"]);
    let verdicts = |bytes: &[u8]| {
        let json: serde_json::Value = serde_json::from_slice(bytes).expect("JSON");
        json["files"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["verdict"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&piped.stdout), verdicts(&named.stdout));
    assert!(stdout(&piped).contains("\"article\": \"-\""));
}

#[test]
fn issue_12_a_baseline_matches_claims_files_however_their_paths_are_written() {
    let dir = desk();
    let saved = run_in(dir.path(), &["check", "claims/iskp-moscow.json", "--format", "json", "--output", "base.json"]);
    assert_eq!(code(&saved), Some(1));
    let absolute = dir.path().canonicalize().expect("canonical").join("claims/iskp-moscow.json");
    for path in ["claims/iskp-moscow.json", "./claims/iskp-moscow.json", "claims/../claims/iskp-moscow.json"]
        .into_iter()
        .map(String::from)
        .chain([absolute.to_string_lossy().into_owned()])
    {
        let out = run_in(dir.path(), &["check", &path, "--baseline", "base.json"]);
        assert_eq!(code(&out), Some(0), "{path}: every failure is known: {}", stdout(&out));
        assert!(stdout(&out).contains("10 known from the baseline base.json"), "{path}");
        assert_eq!(stderr(&out), "", "{path}: no warning");
    }
}

#[test]
fn issue_12_a_baseline_that_matches_no_claim_warns() {
    let dir = desk();
    run_in(dir.path(), &["check", "claims/iskp-moscow.json", "--format", "json", "--output", "base.json"]);
    let out = run_in(dir.path(), &["check", "claims/iskp-attribution.json", "--baseline", "base.json"]);
    assert_eq!(code(&out), Some(1));
    assert_eq!(
        stderr(&out),
        "claimcheck: warning: the baseline base.json matches no claim of this run (its claims files: \
         claims/iskp-moscow.json), so every failure counts as new\n"
    );
}

#[test]
fn issue_12_diff_ignores_a_moved_article() {
    let dir = desk();
    fs::copy(dir.path().join("article/iskp-moscow.txt"), dir.path().join("moved.txt")).expect("copy");
    run_in(dir.path(), &["check", "claims/iskp-moscow.json", "--format", "json", "--output", "old.json"]);
    let args =
        ["check", "claims/iskp-moscow.json", "--article", "moved.txt", "--format", "json", "--output", "new.json"];
    run_in(dir.path(), &args);
    let out = run_in(dir.path(), &["diff", "old.json", "new.json"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "claims/iskp-moscow.json: article article/iskp-moscow.txt -> moved.txt\n\n0 claims changed (0 newly failing), 26 unchanged\n"
    );
    assert!(Path::new(&dir.path().join("new.json")).is_file());
}

#[test]
fn issue_12_several_claims_files_get_a_summary_line_each() {
    let out = run(&["check", "claims/iskp-moscow.json", "claims/iskp-attribution.json"]);
    let text = stdout(&out);
    let tail: Vec<&str> = text.lines().rev().take(3).collect();
    assert_eq!(
        tail,
        [
            "23 of 69 claims fail (--fail-on conflicting, unattributed, not_found)",
            "claims/iskp-attribution.json: 13 of 43 claims fail; 30 supported, 8 conflicting, 5 unattributed",
            "claims/iskp-moscow.json: 10 of 26 claims fail; 16 supported, 6 conflicting, 2 unattributed, 2 not_found",
        ]
    );
    let one = stdout(&run(&["check", "claims/iskp-moscow.json"]));
    assert!(!one.contains("claims/iskp-moscow.json: 10 of 26"), "one file: the outcome line says it all");
}

#[test]
fn issue_12_completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(code(&out), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("claimcheck") && script.contains("format"), "{shell}: {script}");
        assert!(script.contains("lint") && script.contains("baseline"), "{shell}: subcommands and their flags");
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("[possible values: bash, elvish, fish, powershell, zsh]"), "{}", stderr(&out));
}

#[test]
fn issue_12_a_man_page_with_a_section_per_subcommand() {
    let out = run(&["man"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH claimcheck 1"), "{page}");
    for sub in ["check", "extract", "draft", "compare", "lint", "diff", "schema", "completions", "man"] {
        assert!(page.contains(&format!(".SH \"CLAIMCHECK {}\"", sub.to_uppercase())), "no section for {sub}");
    }
    assert!(page.contains("\\-\\-baseline"), "flags are listed");
    assert_eq!(page.matches(".ie \\n(.g").count(), 1, "one preamble");
    assert_eq!(page, stdout(&run(&["man"])), "the same bytes each run");
}

/// The example's death-toll claim (conflicting: the body says more than
/// 140) with `accept` set to `accept`, checked in a fresh desk.
fn accepted(accept: &str, format: &str) -> std::process::Output {
    let dir = desk();
    let claims = format!(
        r#"{{"article": "../article/iskp-moscow.txt", "claims": [
  {{"id": "crocus-death-toll", "statement": "The Crocus City Hall attack killed 137 people.",
   "about": ["killed", "concert"], "figure": "137", "accept": {accept}}}]}}"#
    );
    fs::write(dir.path().join("claims/a.json"), claims).expect("write");
    run_in(dir.path(), &["check", "claims/a.json", "--format", format])
}

/// The words of the text report, however its notes wrap at the width.
fn words(out: &std::process::Output) -> String {
    stdout(out).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn issue_12_an_accepted_claim_is_reported_and_does_not_fail_the_run() {
    let accept = r#"{"verdict": "conflicting", "says": "more than 140", "reason": "the body gives the later toll"}"#;
    let out = accepted(accept, "text");
    assert_eq!(code(&out), Some(0), "{}", stdout(&out));
    // Notes wrap at the width: read the words.
    let text = words(&out);
    assert!(text.contains("warning[conflicting]"), "still shown, as a warning: {text}");
    assert!(
        text.contains("accepted as conflicting by the desk: the body gives the later toll; it does not fail the run")
    );
    assert!(text.contains("0 of 1 claims fail (--fail-on conflicting, unattributed, not_found); 1 accepted"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(&accepted(accept, "json").stdout).expect("JSON");
    let a = &json["files"][0]["results"][0]["accept"];
    assert_eq!(a["holds"], true);
    assert_eq!(a["reason"], "the body gives the later toll");
    for format in ["markdown", "github", "sarif", "junit", "html"] {
        let out = accepted(accept, format);
        assert_eq!(code(&out), Some(0), "{format}");
        assert!(stdout(&out).contains("accepted"), "{format} shows the acceptance");
        if format == "html" {
            assert_eq!(stdout(&out).matches("<span class=\"badge accepted\">").count(), 2, "in the table and the note");
        }
        if format == "sarif" {
            assert!(stdout(&out).contains("\"suppressions\""), "an external, accepted suppression");
            crate::formats::validate_sarif(&stdout(&out));
        }
    }
}

#[test]
fn issue_12_an_acceptance_lapses_when_the_verdict_or_the_words_change() {
    let other_words = r#"{"verdict": "conflicting", "says": "more than 150", "reason": "r"}"#;
    let out = accepted(other_words, "text");
    assert_eq!(code(&out), Some(1));
    assert!(
        words(&out).contains(
            "accepted as conflicting (r), but the article now says \"more than 140\", not \"more than 150\", \
             so the acceptance no longer holds"
        ),
        "{}",
        stdout(&out)
    );
    let other_verdict = r#"{"verdict": "unattributed", "reason": "r"}"#;
    let out = accepted(other_verdict, "text");
    assert_eq!(code(&out), Some(1));
    assert!(words(&out).contains("but the verdict is now conflicting, so the acceptance no longer holds"));
    assert!(stdout(&out).contains("0 accepted, 1 no longer"), "{}", stdout(&out));
}

#[test]
fn issue_12_a_bad_acceptance_is_an_error() {
    for (accept, message) in [
        (r#"{"verdict": "supported", "reason": "r"}"#, "cannot accept the verdict \"supported\""),
        (r#"{"verdict": "conflicting"}"#, "has no `reason`"),
        (r#"{"reason": "r"}"#, "has no `verdict`"),
        (r#"{"verdict": "conflicting", "reason": "r", "why": "x"}"#, "unknown field `why`"),
    ] {
        let out = accepted(accept, "text");
        assert_eq!(code(&out), Some(2), "{accept}");
        assert!(stderr(&out).contains(message), "{accept}: {}", stderr(&out));
        assert!(stderr(&out).contains("claims/a.json:3:"), "{accept}: names the place: {}", stderr(&out));
    }
}
