//! The command-line contract: exit codes, --fail-on, --output, --article,
//! colour, determinism, standard input, CRLF and Markdown articles.

use std::fs;

use crate::support::{code, root, run, run_in, run_with_input, stderr, stdout};

fn write_case(dir: &std::path::Path, claims: &str, article: &[u8]) {
    fs::write(dir.join("claims.json"), claims).expect("write claims");
    fs::write(dir.join("article.txt"), article).expect("write article");
}

const PASSING: &str = r#"{"article": "article.txt", "claims": [
  {"id": "toll", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137"}
]}"#;

#[test]
fn exit_code_0_when_every_claim_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_case(dir.path(), PASSING, b"The attack killed 137 people.\n");
    let out = run_in(dir.path(), &["check", "claims.json"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).ends_with("0 of 1 claims fail (--fail-on conflicting, unattributed, not_found)\n"));
}

#[test]
fn exit_code_1_follows_fail_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_case(dir.path(), PASSING, b"The attack killed more than 140 people.\n");
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json"])), Some(1));
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json", "--fail-on", "not_found"])), Some(0));
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json", "--fail-on", "none"])), Some(0));
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json", "--fail-on", "unattributed,conflicting"])), Some(1));
}

#[test]
fn tolerance_flag_widens_about_bands() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_case(dir.path(), PASSING, b"The attack killed about 150 people.\n");
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json"])), Some(0));
    assert_eq!(code(&run_in(dir.path(), &["check", "claims.json", "--tolerance", "0.05"])), Some(1));
}

#[test]
fn output_goes_to_a_file_through_a_rename_and_replaces_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_case(dir.path(), PASSING, b"The attack killed 137 people.\n");
    fs::write(dir.path().join("report.json"), "old").expect("write");
    let out = run_in(dir.path(), &["check", "claims.json", "--format", "json", "--output", "report.json"]);
    assert_eq!(code(&out), Some(0));
    assert!(stdout(&out).is_empty());
    let written = fs::read_to_string(dir.path().join("report.json")).expect("report");
    let direct = stdout(&run_in(dir.path(), &["check", "claims.json", "--format", "json"]));
    assert_eq!(written, direct);
    let leftovers: Vec<_> =
        fs::read_dir(dir.path()).expect("dir").filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 3, "no temporary file is left: {leftovers:?}");
}

#[test]
fn a_failed_write_is_exit_2_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_case(dir.path(), PASSING, b"The attack killed 137 people.\n");
    let out = run_in(dir.path(), &["check", "claims.json", "--output", "no/such/dir/report.txt"]);
    assert_eq!(code(&out), Some(2));
    assert!(
        stderr(&out).starts_with("claimcheck: error: no/such/dir/report.txt: cannot write the report"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_article_flag_replaces_the_files_article_which_is_never_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = PASSING.replace("article.txt", "does-not-exist.txt");
    write_case(dir.path(), &claims, b"The attack killed 137 people.\n");
    let out = run_in(dir.path(), &["check", "claims.json", "--article", "article.txt"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("supported in claims.json:\n  toll\n"), "{}", stdout(&out));
}

#[test]
fn several_claims_files_in_one_run() {
    let out = run(&["check", "claims/iskp-moscow.json", "claims/iskp-moscow.json", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["files"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        report["summary"]["claims"].as_u64(),
        Some(2 * report["files"][0]["results"].as_array().map_or(0, |r| r.len() as u64))
    );
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    for format in ["text", "json"] {
        let a = run(&["check", "claims/iskp-moscow.json", "--format", format]);
        let b = run(&["check", "claims/iskp-moscow.json", "--format", format]);
        assert_eq!(a.stdout, b.stdout, "{format} output differs between runs");
        assert!(!stdout(&a).contains(root().to_string_lossy().as_ref()), "no absolute paths");
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = run(&["check", "claims/iskp-moscow.json"]);
    assert!(!plain.stdout.contains(&0x1b), "NO_COLOR and a pipe: no escapes");
    let coloured = run(&["check", "claims/iskp-moscow.json", "--color", "always"]);
    assert!(coloured.stdout.contains(&0x1b));
}

#[test]
fn crlf_and_bom_articles_give_the_same_positions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Title\n\nThe attack killed more than 140 people.\n";
    write_case(dir.path(), PASSING, text.as_bytes());
    let lf = stdout(&run_in(dir.path(), &["check", "claims.json"]));
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    fs::write(dir.path().join("article.txt"), crlf).expect("write");
    let crlf_out = stdout(&run_in(dir.path(), &["check", "claims.json"]));
    assert_eq!(lf, crlf_out);
    assert!(lf.contains("article.txt:3:19"), "{lf}");
}

#[test]
fn markdown_markup_is_not_read_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let md = "# Attack on the hall\n\nThe attack **killed** [more than 140](https://example.org/2021/137) people.\n";
    write_case(dir.path(), PASSING, md.as_bytes());
    let out = run_in(dir.path(), &["check", "claims.json"]);
    assert_eq!(code(&out), Some(1));
    assert!(stdout(&out).contains("--> article.txt:3:24\n"), "{}", stdout(&out));
    assert!(stdout(&out).contains("conflicting: article says more than 140; claim says 137"), "{}", stdout(&out));
}

#[test]
fn extract_reads_standard_input() {
    let out = run_with_input(
        &["extract", "-", "--format", "json", "--published", "2024-03-31"],
        "On 22 March, officials said up to 6,000 fighters remain.",
    );
    assert_eq!(code(&out), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = &report["files"][0];
    assert_eq!(file["path"], "-");
    assert_eq!(file["figures"][0]["text"], "up to 6,000");
    assert_eq!(file["figures"][0]["max"], 6000.0);
    assert_eq!(file["figures"][0]["min"], serde_json::Value::Null);
    assert_eq!(file["figures"][0]["unit"], "fighters");
    assert_eq!(file["dates"][0]["date"], "2024-03-22");
    assert_eq!(file["dates"][0]["year_rule"], "published");
    assert_eq!(file["attributions"][0]["speaker"], "unnamed");
}

#[test]
fn extract_shows_the_role_of_each_figure_of_a_change() {
    let text = "Sales rose 2% to $11.1bn from $10.9bn, while the firm kept 40 stores.";
    let out = run_with_input(&["extract", "-", "--format", "json"], text);
    assert_eq!(code(&out), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let roles: Vec<&serde_json::Value> =
        report["files"][0]["figures"].as_array().into_iter().flatten().map(|f| &f["role"]).collect();
    assert_eq!(roles, [&serde_json::json!("change"), &"to".into(), &"from".into(), &serde_json::Value::Null]);
    let out = run_with_input(&["extract", "-"], text);
    insta::assert_snapshot!(stdout(&out), @r"
    -
      figures (4)
            1:12   2%                           percent  [2, 2]                     unit % role change
            1:18   $11.1bn                      money    [11100000000, 11100000000] unit USD role to
            1:31   $10.9bn                      money    [10900000000, 10900000000] unit USD role from
            1:60   40                           number   [40, 40]                   unit stores
      not figures (0)
      dates (0)
      attributions (0)
      quotes (0)
    ");
}

#[test]
fn extract_text_shows_intervals_units_and_year_rules() {
    let out = run(&["extract", "article/iskp-moscow.txt", "--published", "2024-03-31"]);
    assert_eq!(code(&out), Some(0));
    insta::assert_snapshot!("iskp_extract_text", stdout(&out));
}

#[test]
fn help_lists_the_commands() {
    let out = run(&["--help"]);
    assert_eq!(code(&out), Some(0));
    let help = stdout(&out);
    assert!(help.contains("check") && help.contains("extract"));
}

#[test]
fn explain_shows_terms_candidates_and_why_each_decided() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = b"The mill will shed 90 jobs, its owner said.\n\nThe two sheds employ 640 people.\n";
    let claims = r#"{"article": "article.txt", "claims": [
      {"id": "cuts", "statement": "The mill will shed 90 jobs.", "figure": "90"},
      {"id": "absent", "statement": "The mill will shed 90 jobs in Leeds and Bradford.", "about": ["Leeds", "mill"], "figure": "90"}
    ]}"#;
    write_case(dir.path(), claims, article);
    let out = run_in(dir.path(), &["check", "claims.json", "--explain", "cuts"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("claim `cuts` at claims.json:2:"), "{text}");
    assert!(text.contains("  verdict: supported\n"), "{text}");
    assert!(text.contains("terms from the statement, 2 of 3 needed in a sentence:"), "{text}");
    assert!(text.contains("the statement's figure: unit jobs, role change, governed by shed"), "{text}");
    assert!(text.contains("decides (supported)  article.txt:1:20 \"90\""), "{text}");
    assert!(text.contains("words 1.00 [mill, shed, jobs]; unit same, role same, verb same"), "{text}");
    // A claim not found says what the nearest sentence lacked.
    let out = run_in(dir.path(), &["check", "claims.json", "--explain", "absent"]);
    let text = stdout(&out);
    assert!(text.contains("verdict: not_found"), "{text}");
    assert!(text.contains("nearest: article.txt:1:1 holds 1 of the 2 terms needed, lacks leeds"), "{text}");
    // An id no claims file holds is an error.
    let out = run_in(dir.path(), &["check", "claims.json", "--explain", "nope"]);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out).trim_end(),
        "claimcheck: error: no claim with the id `nope` in the claims files checked (expected the \"id\" of a claim)"
    );
}

#[test]
fn extract_reads_html_and_front_matter_at_their_places_in_the_file() {
    let text = "---\nviews: 1200\n---\n<html><head><style>p { width: 400px }</style></head><body>\n<p>The fine was &pound;2,500, and &#163;1,000 more in 2004.</p>\n</body></html>\n";
    let out = run_with_input(&["extract", "-", "--format", "json"], text);
    assert_eq!(code(&out), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = &report["files"][0];
    let figures: Vec<(String, f64, u64, u64)> = file["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let text = f["text"].as_str().unwrap_or("").to_string();
            (
                text,
                f["value"].as_f64().unwrap_or(f64::NAN),
                f["line"].as_u64().unwrap_or(0),
                f["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(figures, [("&pound;2,500".to_string(), 2500.0, 5, 17), ("&#163;1,000".to_string(), 1000.0, 5, 35)]);
    assert_eq!(file["dates"][0]["text"], "2004");
    assert_eq!(file["dates"][0]["line"], 5);
}
