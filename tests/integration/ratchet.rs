//! The ratchet (`--baseline`), `claimcheck diff`, and checking every claims
//! file when none is named.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::support::{code, run, run_in, stderr, stdout};

const CLAIMS: &str = r#"{"article": "article.txt", "claims": [
  {"id": "toll", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137"},
  {"id": "injured", "statement": "551 were injured.", "about": ["injured"], "figure": "551"}
]}"#;

fn write(dir: &Path, article: &str) {
    fs::write(dir.join("claims.json"), CLAIMS).expect("write claims");
    fs::write(dir.join("article.txt"), article).expect("write article");
}

/// Runs `check` in `dir`, writing the JSON report to `name`.
fn save_report(dir: &Path, name: &str) {
    let out = run_in(dir, &["check", "claims.json", "--format", "json", "--output", name, "--fail-on", "none"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
}

#[test]
fn known_failures_pass_and_new_ones_fail() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "The attack killed 137 people.\n");
    save_report(dir.path(), "baseline.json");
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "baseline.json", "--format", "json"]);
    assert_eq!(code(&out), Some(0), "the not_found claim is a known failure: {}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["files"][0]["results"][1]["baseline"], "known");
    assert!(report["files"][0]["results"][0].get("baseline").is_none(), "only failures are marked");
    assert_eq!((report["summary"]["new"].as_u64(), report["summary"]["known"].as_u64()), (Some(0), Some(1)));

    write(dir.path(), "The attack killed more than 140 people.\n");
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "baseline.json"]);
    assert_eq!(code(&out), Some(1), "the death toll now conflicts: a new failure");
    let text = stdout(&out);
    assert!(text.contains("= note: new failure"), "{text}");
    assert!(text.contains("warning[not_found]"), "a known failure is a warning: {text}");
    assert!(text.ends_with("1 of 2 claims fails (--fail-on conflicting, unattributed, not_found); 1 known from the baseline baseline.json\n"), "{text}");
    let junit =
        stdout(&run_in(dir.path(), &["check", "claims.json", "--baseline", "baseline.json", "--format", "junit"]));
    assert!(junit.contains("<skipped message=\"not_found (known failure)"), "{junit}");
}

#[test]
fn a_bad_baseline_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "The attack killed 137 people.\n");
    fs::write(dir.path().join("bad.json"), "{\"schema_version\": 1, \"files\": [{\"claims\": 3}]}").expect("write");
    fs::write(dir.path().join("v3.json"), "{\"schema_version\": 3, \"files\": []}").expect("write");
    fs::write(dir.path().join("v1.json"), "{\"schema_version\": 1, \"files\": []}").expect("write");
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "bad.json"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).starts_with("claimcheck: error: bad.json:1:"), "{}", stderr(&out));
    assert!(stderr(&out).contains("not a claimcheck JSON report"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "v3.json"]);
    assert_eq!(
        stderr(&out).trim_end(),
        "claimcheck: error: v3.json:1:1: unsupported schema_version 3 (expected 1 to 2)"
    );
    // A report of the first schema still serves as a baseline.
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "v1.json"]);
    assert_eq!(stderr(&out), "");
    let out = run_in(dir.path(), &["check", "claims.json", "--baseline", "none.json"]);
    assert!(stderr(&out).starts_with("claimcheck: error: none.json: cannot read the file"), "{}", stderr(&out));
}

#[test]
fn diff_shows_verdict_and_evidence_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "The attack killed 137 people.\n");
    save_report(dir.path(), "old.json");
    let same = run_in(dir.path(), &["diff", "old.json", "old.json"]);
    assert_eq!(code(&same), Some(0));
    assert_eq!(stdout(&same), "0 claims changed (0 newly failing), 2 unchanged\n");
    write(dir.path(), "Police said the attack killed more than 140 people.\n");
    save_report(dir.path(), "new.json");
    let out = run_in(dir.path(), &["diff", "old.json", "new.json"]);
    assert_eq!(code(&out), Some(1), "a claim newly fails");
    insta::assert_snapshot!("diff_text", stdout(&out));
    let back = run_in(dir.path(), &["diff", "new.json", "old.json"]);
    assert_eq!(code(&back), Some(0), "getting better never fails");
}

#[test]
fn check_without_files_reads_every_claims_file_in_sorted_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = dir.path().join("claims");
    fs::create_dir_all(claims.join("b")).expect("dirs");
    fs::write(dir.path().join("article.txt"), "The attack killed 137 people.\n").expect("write");
    let one = CLAIMS.replace("article.txt", "../article.txt");
    fs::write(claims.join("z.json"), &one).expect("write");
    fs::write(claims.join("a.json"), &one).expect("write");
    fs::write(claims.join("b/c.json"), one.replace("../article.txt", "../../article.txt")).expect("write");
    fs::write(claims.join("notes.txt"), "not a claims file").expect("write");
    let out = run_in(dir.path(), &["check", "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let files: Vec<&str> =
        report["files"].as_array().expect("files").iter().filter_map(|f| f["claims"].as_str()).collect();
    assert_eq!(files, ["claims/a.json", "claims/b/c.json", "claims/z.json"]);
    let empty = tempfile::tempdir().expect("temp dir");
    let out = run_in(empty.path(), &["check"]);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out).trim_end(),
        "claimcheck: error: no claims files to check: claims holds no .json file (pass the claims files to check)"
    );
    assert_eq!(
        stdout(&run(&["check"])),
        stdout(&run(&["check", "claims/iskp-attribution.json", "claims/iskp-moscow.json"]))
    );
}
