//! Every report format on the shipped example (insta snapshots), checked by
//! a parser of its own kind: SARIF against the official schema and through a
//! typed model, JUnit through two XML readers, GitHub workflow commands
//! against their escaping rules; and every format given hostile text.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::support::{code, run, run_in, shared, stdout};

fn report(format: &str) -> String {
    let out = run(&["check", "claims/iskp-moscow.json", "--format", format]);
    assert_eq!(code(&out), Some(1), "the example has failing claims");
    stdout(&out)
}

/// The tool version is the one varying part of SARIF output.
fn without_version(sarif: &str) -> String {
    sarif.replace(&format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")), "\"version\": \"[VERSION]\"")
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("iskp_markdown", report("markdown"));
}

#[test]
fn github_snapshot() {
    insta::assert_snapshot!("iskp_github", report("github"));
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!("iskp_sarif", without_version(&report("sarif")));
}

#[test]
fn junit_snapshot() {
    insta::assert_snapshot!("iskp_junit", report("junit"));
}

#[test]
fn every_format_gives_the_same_bytes_each_run() {
    for format in ["text", "json", "markdown", "github", "sarif", "junit"] {
        assert_eq!(report(format), report(format), "{format} output differs between runs");
    }
}

/// Validates SARIF text against the official SARIF 2.1.0 schema in the
/// shared folder; says so and returns false when that folder is absent.
pub fn validate_sarif(sarif: &str) -> bool {
    let Some(dir) = shared() else {
        eprintln!("skipped: ../shared is absent, so the SARIF schema cannot be read");
        return false;
    };
    let schema_path = dir.join("schemas/sarif-schema-2.1.0.json");
    let Ok(schema_text) = fs::read_to_string(&schema_path) else {
        eprintln!("skipped: {} is absent", schema_path.display());
        return false;
    };
    let schema: Value = serde_json::from_str(&schema_text).expect("the SARIF schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let log: Value = serde_json::from_str(sarif).expect("SARIF output is JSON");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF output breaks the schema: {errors:#?}");
    true
}

#[test]
fn sarif_passes_the_official_schema() {
    validate_sarif(&report("sarif"));
}

#[test]
fn sarif_round_trips_through_a_typed_model() {
    let text = report("sarif");
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&text).expect("SARIF parses into the typed model");
    let again: Value = serde_json::to_value(&log).expect("serialises");
    assert_eq!(again, serde_json::from_str::<Value>(&text).expect("JSON"), "nothing lost in the round trip");
    let run = &log.runs[0];
    let rules: Vec<&str> = run.tool.driver.rules.as_deref().unwrap_or_default().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        rules,
        [
            "conflicting/figure",
            "conflicting/date",
            "conflicting/source",
            "conflicting/quote",
            "unattributed/source",
            "not_found",
            "uncovered/figure",
            "uncovered/date",
            "uncovered/quote"
        ]
    );
    let results = run.results.as_deref().unwrap_or_default();
    let fingerprints: Vec<&str> = results
        .iter()
        .filter_map(|r| r.partial_fingerprints.as_ref()?.get("claimcheck/claim/v1").map(String::as_str))
        .collect();
    assert_eq!(fingerprints.len(), results.len(), "every result has a fingerprint");
    assert!(fingerprints.contains(&"claims/iskp-moscow.json#crocus-death-toll#conflicting/figure"));
    let not_found = results.iter().find(|r| r.rule_id.as_deref() == Some("not_found")).expect("a not_found result");
    let uri = |r: &serde_sarif::sarif::Result| {
        r.locations.as_ref()?[0].physical_location.as_ref()?.artifact_location.as_ref()?.uri.clone()
    };
    assert_eq!(uri(not_found).as_deref(), Some("claims/iskp-moscow.json"));
    let figure = results.iter().find(|r| r.rule_id.as_deref() == Some("conflicting/figure")).expect("figure");
    assert_eq!(uri(figure).as_deref(), Some("article/iskp-moscow.txt"));
}

/// Counts of `<testsuite>`, `<testcase>`, `<failure>` and `<skipped>`.
pub fn junit_counts(xml: &str) -> [usize; 4] {
    let doc = roxmltree::Document::parse(xml).expect("JUnit output is well-formed XML");
    let count = |name: &str| doc.descendants().filter(|n| n.has_tag_name(name)).count();
    [count("testsuite"), count("testcase"), count("failure"), count("skipped")]
}

#[test]
fn junit_parses_back() {
    let xml = report("junit");
    assert_eq!(junit_counts(&xml), [1, 26, 10, 0]);
    let parsed = quick_junit::Report::deserialize_from_str(&xml).expect("quick-junit reads it back");
    assert_eq!(parsed.test_suites[0].name.as_str(), "claims/iskp-moscow.json");
    let out = run(&["check", "claims/iskp-moscow.json", "--format", "junit", "--fail-on", "conflicting"]);
    assert_eq!(junit_counts(&stdout(&out)), [1, 26, 6, 4], "verdicts outside --fail-on are skipped");
}

/// One parsed workflow command: command, properties, message (unescaped).
fn parse_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("a command starts with ::");
    let (head, message) = rest.split_once("::").expect("properties end with ::");
    let (command, props) = head.split_once(' ').expect("a command has properties");
    let props = props
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            assert!(!v.contains([':', ',', '\r', '\n']), "unescaped property value {v:?}");
            (k.to_string(), v.to_string())
        })
        .collect();
    assert!(!message.contains(['\r', '\n']), "unescaped message");
    let unescaped = message.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    (command.to_string(), props, unescaped)
}

#[test]
fn github_commands_point_at_the_article_and_the_claims_file() {
    let text = report("github");
    let lines: Vec<&str> = text.lines().collect();
    let (commands, rest) = lines.split_at(lines.len() - 1);
    assert_eq!(rest, ["claimcheck: 10 of 26 claims fail (--fail-on conflicting, unattributed, not_found)"]);
    let parsed: Vec<_> = commands.iter().map(|l| parse_command(l)).collect();
    assert!(parsed.iter().all(|(c, _, _)| c == "error"));
    let files: Vec<&str> = parsed.iter().map(|(_, p, _)| p[0].1.as_str()).collect();
    assert!(files.contains(&"article/iskp-moscow.txt") && files.contains(&"claims/iskp-moscow.json"));
    let warned = run(&["check", "claims/iskp-moscow.json", "--format", "github", "--fail-on", "conflicting"]);
    let kinds: Vec<String> =
        stdout(&warned).lines().filter(|l| l.starts_with("::")).map(|l| parse_command(l).0).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "warning").count(), 4, "{kinds:?}");
}

#[test]
fn quiet_shows_only_failures_and_verbose_shows_everything() {
    let quiet = stdout(&run(&["check", "claims/iskp-moscow.json", "--fail-on", "conflicting", "--quiet"]));
    assert!(!quiet.contains("warning[") && !quiet.contains("supported in"), "{quiet}");
    assert_eq!(quiet.matches("error[conflicting]").count(), 6);
    assert!(quiet.contains("6 of 26 claims fail"));
    let verbose = stdout(&run(&["check", "claims/iskp-moscow.json", "--verbose"]));
    assert_eq!(verbose.matches("note[supported]").count(), 16);
    assert!(verbose.contains("near: holds the claim's terms, but no figure or date of its kind"), "{verbose}");
    let markdown = stdout(&run(&["check", "claims/iskp-moscow.json", "--format", "markdown", "--verbose"]));
    assert!(markdown.contains("- near, holds the claim's terms"));
    let out = run(&["check", "claims/iskp-moscow.json", "--quiet", "--verbose"]);
    assert_eq!(code(&out), Some(2), "--quiet and --verbose exclude each other");
}

#[test]
fn verbose_shows_the_first_near_sentences_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Eight sentences speak of the depot fire without its count; one gives
    // another count than the claim's, so every format details the claim.
    let mut article = String::from("The fire at the depot destroyed 40 buses.\n\n");
    for who in ["Ann", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal"] {
        article.push_str(&format!("The fire at the depot destroyed the buses, {who} told reporters.\n\n"));
    }
    std::fs::write(dir.path().join("a.txt"), article).expect("article");
    let claims = r#"{"article": "a.txt", "claims": [
      {"id": "fire", "statement": "The fire at the depot destroyed 45 buses.", "figure": "45"}]}"#;
    std::fs::write(dir.path().join("c.json"), claims).expect("claims");
    let verbose = stdout(&run_in(dir.path(), &["check", "c.json", "--verbose"]));
    assert_eq!(verbose.matches("near: holds the claim's terms").count(), 5, "{verbose}");
    // The note is wrapped to the terminal's width.
    let note: String =
        verbose.split("= note: 3 more").nth(1).unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        note.starts_with(
            "sentences hold the claim's terms, but no figure or date of its kind (`--explain fire` lists every one)"
        ),
        "{verbose}"
    );
    let markdown = stdout(&run_in(dir.path(), &["check", "c.json", "--format", "markdown", "--verbose"]));
    assert_eq!(markdown.matches("- near, holds the claim's terms").count(), 5, "{markdown}");
    assert!(markdown.contains("- 3 more sentences hold the claim's terms"), "{markdown}");
    let normal = stdout(&run_in(dir.path(), &["check", "c.json"]));
    assert!(!normal.contains("more sentences hold"), "{normal}");
    let explained = stdout(&run_in(dir.path(), &["check", "c.json", "--explain", "fire"]));
    assert_eq!(explained.matches("near: ").count(), 8, "{explained}");
}

const HOSTILE_ARTICLE: &[u8] = b"Attack & \"aftermath\" <script>alert('x')</script>\n\n\
Officials said the attack killed 137 people, 100% sure ::error::pwned %0A.\n\n\
Later \x1b]0;pwned\x07 and \x1b[2J reports said the attack killed more than 140 people <b>&amp;</b>.\n";

const HOSTILE_CLAIMS: &str = r#"{"article": "article.txt", "claims": [
  {"id": "toll.x/y_z-1", "statement": "Killed 137\n::error::injected <b>&amp;</b> %0A \u001b[2J",
   "about": ["killed"], "figure": "137"},
  {"id": "missing", "statement": "`*_[x](y)_*` | @team # h </details>", "about": ["wounded"], "figure": "5"}
]}"#;

#[test]
fn hostile_text_never_breaks_a_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), HOSTILE_CLAIMS).expect("write claims");
    fs::write(dir.path().join("article.txt"), HOSTILE_ARTICLE).expect("write article");
    let check = |args: &[&str]| {
        let mut all = vec!["check", "claims.json"];
        all.extend_from_slice(args);
        let out = run_in(dir.path(), &all);
        assert_eq!(code(&out), Some(1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let no_raw_escapes = |bytes: &[u8], what: &str| {
        assert!(!bytes.contains(&0x07), "{what}: a BEL reached the output");
        for seq in [&b"\x1b]0;"[..], b"\x1b[2J"] {
            assert!(!bytes.windows(seq.len()).any(|w| w == seq), "{what}: an article escape reached the output");
        }
    };
    for format in ["text", "json", "markdown", "github", "sarif", "junit"] {
        let bytes = check(&["--format", format, "--color", "never"]);
        no_raw_escapes(&bytes, format);
        assert!(!bytes.contains(&0x1b), "{format}: no escape byte at all without colour");
        insta::assert_snapshot!(format!("hostile_{format}"), without_version(&String::from_utf8_lossy(&bytes)));
    }
    no_raw_escapes(&check(&["--color", "always"]), "coloured text");

    let json: Value = serde_json::from_slice(&check(&["--format", "json"])).expect("JSON parses");
    assert_eq!(json["files"][0]["results"][0]["id"], "toll.x/y_z-1");
    assert!(json["files"][0]["results"][0]["evidence"][1]["text"].as_str().is_some_and(|t| t.contains('\u{1b}')));

    let markdown = String::from_utf8(check(&["--format", "markdown"])).expect("UTF-8");
    assert_eq!(markdown.matches("<details>").count(), 2);
    assert_eq!(markdown.matches("</details>").count(), 2, "article text cannot close a section");
    assert!(!markdown.contains("<script>") && !markdown.contains("<b>&amp;"));
    assert!(!markdown.contains("@team"), "no user is mentioned");
    assert!(!markdown.lines().any(|l| l.starts_with("::") || l.starts_with("# ")));

    let github = String::from_utf8(check(&["--format", "github"])).expect("UTF-8");
    let commands: Vec<_> = github.lines().filter(|l| !l.starts_with("claimcheck: ")).map(parse_command).collect();
    assert_eq!(commands.len(), 2, "one annotation per failing claim here: {github}");
    let (_, props, message) = &commands[0];
    assert_eq!(props.last().map(|p| p.1.as_str()), Some("conflicting claim toll.x/y_z-1"));
    assert!(message.contains("Killed 137\\u{a}::error::injected <b>&amp;</b> %0A \\u{1b}[2J"), "{message}");

    let sarif = String::from_utf8(check(&["--format", "sarif"])).expect("UTF-8");
    validate_sarif(&sarif);
    let xml = String::from_utf8(check(&["--format", "junit"])).expect("UTF-8");
    assert_eq!(junit_counts(&xml), [1, 2, 2, 0]);
}

#[test]
fn the_json_report_is_unchanged_by_the_human_detail_flags() {
    let plain = report("json");
    for flag in ["--quiet", "--verbose"] {
        let out = run(&["check", "claims/iskp-moscow.json", "--format", "json", flag]);
        assert_eq!(stdout(&out), plain, "{flag}");
    }
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/iskp-moscow.json").is_file());
}
