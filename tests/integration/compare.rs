//! `claimcheck compare` end to end: a text checked against its source,
//! each result pointing at the text.

use serde_json::Value;

use crate::support::{code, root, run_in, stdout};

#[test]
fn a_summary_is_checked_sentence_by_sentence_against_its_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = "Fighters: the UN puts ISKP at up to 6,000 fighters.\n\
                   ISKP has up to 2,200 fighters, the UN says.\n\
                   The US left Afghanistan in August 2021.\n";
    std::fs::write(dir.path().join("summary.txt"), summary).expect("write");
    let source = root().join("article/iskp-moscow.txt").to_string_lossy().into_owned();
    let args = ["compare", "summary.txt", "--source", &source, "--published", "2024-03-31", "--format", "json"];
    let out = run_in(dir.path(), &args);
    assert_eq!(code(&out), Some(1), "a wrong figure fails the run");
    let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
    let file = &report["files"][0];
    assert_eq!(file["claims"], "summary.txt");
    let results: Vec<(String, u64, String)> = file["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["verdict"].as_str().unwrap_or("").to_string(),
                r["line"].as_u64().unwrap_or(0),
                r["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // Each result points at its sentence of the summary.
    assert_eq!(results.iter().map(|(_, line, _)| *line).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(results[0].0, "supported");
    assert_eq!(results[1].0, "conflicting");
    // The source gives 2,200 fighters, but as Clarke's estimate: the
    // summary credits the right figure to the wrong source.
    let problems = &file["results"][1]["problems"];
    assert_eq!(problems, &serde_json::json!(["source"]), "{}", stdout(&out));
}

#[test]
fn compare_text_report_snapshot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let summary = "IS-K claimed the attack on a Moscow concert hall that killed 173 people.\n\
                   The group was founded in January 2015.\n\
                   Clarke says ISKP has up to 2,200 fighters.\n";
    std::fs::write(dir.path().join("summary.txt"), summary).expect("write");
    std::fs::copy(root().join("article/iskp-moscow.txt"), dir.path().join("source.txt")).expect("copy");
    let out = run_in(dir.path(), &["compare", "summary.txt", "--source", "source.txt", "--published", "2024-03-31"]);
    assert_eq!(code(&out), Some(1), "the changed toll fails the run");
    insta::assert_snapshot!("iskp_compare_text", stdout(&out));
}

#[test]
fn a_faithful_text_passes() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("s.txt"), "The UN says ISKP has up to 6,000 fighters across 13 provinces.\n")
        .expect("write");
    let source = root().join("article/iskp-moscow.txt").to_string_lossy().into_owned();
    let out = run_in(dir.path(), &["compare", "s.txt", "--source", &source]);
    assert_eq!(code(&out), Some(0), "{}", stdout(&out));
}

/// Summaries written for the measurement, each of a corpus article, eight
/// faithful and eight with one error planted on a known line: how many
/// errors `compare` flags, and how many flags fall on correct sentences.
#[test]
fn summaries_with_a_planted_error_are_flagged_on_its_sentence() {
    let Some(shared) = crate::support::shared() else {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so the compare summaries are not checked");
        return;
    };
    let dir = root().join("tests/compare");
    let manifests = crate::support::files_with_extension(&dir, "json");
    let (mut caught, mut planted, mut on_error, mut elsewhere) = (0, 0, 0, 0);
    for path in &manifests {
        let meta: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("manifest");
        let source = shared.join("corpus/news/all/bbc").join(meta["source"].as_str().unwrap_or_default());
        let text = path.with_extension("txt");
        let args = [
            "compare",
            &*text.to_string_lossy(),
            "--source",
            &*source.to_string_lossy(),
            "--published",
            meta["published"].as_str().unwrap_or_default(),
            "--format",
            "json",
        ]
        .map(String::from);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = crate::support::run(&refs);
        let report: Value = serde_json::from_slice(&out.stdout).expect("the JSON report parses");
        let error_line = meta["error"]["line"].as_u64();
        planted += usize::from(error_line.is_some());
        let flagged: Vec<u64> = report["files"][0]["results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["verdict"] != "supported")
            .filter_map(|r| r["line"].as_u64())
            .collect();
        caught += usize::from(error_line.is_some_and(|l| flagged.contains(&l)));
        on_error += flagged.iter().filter(|l| Some(**l) == error_line).count();
        elsewhere += flagged.iter().filter(|l| Some(**l) != error_line).count();
    }
    eprintln!("compare: {caught} of {planted} planted errors flagged; {on_error} flags on their sentences, {elsewhere} on correct sentences");
    assert_eq!(planted, 8);
    assert!(caught >= 7, "only {caught} of {planted} planted errors flagged");
    assert!(elsewhere <= 26, "{elsewhere} flags on correct sentences (26 when measured)");
}
