//! Attribution and quotes end to end: the seed article's attributions, what
//! each covers, and the reports of the attribution claims files — about the
//! seed article in `claims/`, and about BBC News articles in `tests/bbc/`.
//! Those point at ../shared (research-use text, never copied here) and
//! skip, saying so, when it is absent.

use serde_json::Value;

use crate::support::{code, root, run, shared, stdout};

fn seed_attributions() -> Vec<Value> {
    let out = run(&["extract", "article/iskp-moscow.txt", "--format", "json", "--published", "2024-03-31"]);
    assert_eq!(code(&out), Some(0));
    let report: Value = serde_json::from_slice(&out.stdout).expect("the extract report parses");
    report["files"][0]["attributions"].as_array().cloned().unwrap_or_default()
}

/// "source via outlet" for a named attribution, "source (pronoun)" for a
/// carried-over one.
fn describe(a: &Value) -> String {
    let mut out = a["source"].as_str().unwrap_or("?").to_string();
    if let Some(via) = a["via"].as_str() {
        out += &format!(" via {via}");
    }
    if a["speaker"] == "pronoun" {
        out += &format!(" ({})", a["subject"].as_str().unwrap_or(""));
    }
    out
}

#[test]
fn every_attribution_of_the_seed_article_is_found() {
    let found: Vec<String> = seed_attributions().iter().map(describe).collect();
    for expected in [
        "UN",
        "Armed Conflict Location and Event Data Project",
        "Clarke",
        "Colin Clarke",
        "Foreign Policy",
        "UN Assistance Mission in Afghanistan",
        "CBS News",
        "Rahmatullah Nabil via Foreign Policy",
        "Wall Street Journal",
        "Politico",
        "Amir Khan Muttaqi via Reuters",
        "Antonio Giustozzi via Reuters",
        "Rina Amiri via Foreign Affairs",
        "Radio Free Europe",
        "Centre for Strategic and International Studies",
        "Ex-Trac",
        "Bradley Bowman",
        "United Nations",
        // Carried over: "He said" (Clarke), "He added" (Bowman), "It said" (Ex-Trac).
        "Clarke (he)",
        "Bradley Bowman (he)",
        "Ex-Trac (it)",
    ] {
        assert!(found.iter().any(|f| f == expected), "{expected} is not among {found:#?}");
    }
}

#[test]
fn seed_attributions_show_their_cue_aliases_and_what_they_cover() {
    let atts = seed_attributions();
    let at =
        |line: u64| atts.iter().find(|a| a["line"] == line).unwrap_or_else(|| panic!("no attribution on line {line}"));
    let acled = at(64);
    assert_eq!(acled["cue"], "according to");
    assert_eq!(acled["aliases"], serde_json::json!(["ACLED"]));
    assert_eq!(acled["covers"]["figures"][0]["text"], "more than 300");
    assert_eq!(acled["covers"]["dates"][0]["text"], "January 2017 and October 2018");
    let clarke = at(80);
    assert_eq!((clarke["cue"].as_str(), clarke["affiliation"].as_str()), (Some("estimated"), Some("Soufan Centre")));
    assert_eq!(clarke["covers"]["figures"][0]["text"], "up to 2,200");
    // "He said" covers its own quote. The paragraph after it is only a
    // quotation, and line 108 closes its quotation before the cue, so line
    // 110 is a new quotation credited to nobody (a quotation left open would
    // have run on into it).
    let he_said = at(108);
    let quotes: Vec<u64> =
        he_said["covers"]["quotes"].as_array().into_iter().flatten().filter_map(|q| q["line"].as_u64()).collect();
    assert_eq!(quotes, [108]);
    // The pull quote "It said … collaborating with crusaders" stays unattributed.
    let pull = at(84);
    assert_eq!((pull["speaker"].as_str(), pull["source"].as_str()), (Some("pronoun"), None));
}

#[test]
fn extract_text_shows_what_each_attribution_covers() {
    let out = stdout(&run(&["extract", "article/iskp-moscow.txt", "--published", "2024-03-31"]));
    assert!(out.contains("232:1    UN <- according to\n                 covers figure \"up to 6,000\" 232:36, figure \"13\" 232:64\n"), "{out}");
}

#[test]
fn attribution_claims_text_report() {
    let out = run(&["check", "claims/iskp-attribution.json"]);
    assert_eq!(code(&out), Some(1), "the attribution claims hold conflicting and unattributed ones");
    insta::assert_snapshot!("iskp_attribution_text", stdout(&out));
}

#[test]
fn attribution_claims_json_report() {
    let out = run(&["check", "claims/iskp-attribution.json", "--format", "json"]);
    insta::assert_snapshot!("iskp_attribution_json", stdout(&out));
}

/// A digest of a JSON report that holds no article text: per claim its
/// verdict and problems, per mention its verdict, place and reason, with the
/// article's quoted words left out of near-miss reasons. The BBC texts are
/// research-use only, so neither their sentences nor their quotes may be
/// copied into the snapshots.
fn digest_without_article_text(json: &[u8]) -> String {
    let quoted = regex::Regex::new(r#"article quotes "[^"]*""#).expect("the pattern is valid");
    let report: Value = serde_json::from_slice(json).expect("the JSON report parses");
    let mut out = String::new();
    for result in report["files"][0]["results"].as_array().into_iter().flatten() {
        out += &format!(
            "{} {} {}\n",
            result["verdict"].as_str().unwrap_or(""),
            result["id"].as_str().unwrap_or(""),
            result["problems"]
        );
        for e in result["evidence"].as_array().into_iter().flatten() {
            let reason = quoted.replace_all(e["reason"].as_str().unwrap_or(""), "article quotes \"[…]\"");
            out += &format!("    {} {}:{} {}\n", e["verdict"].as_str().unwrap_or(""), e["line"], e["column"], reason);
        }
    }
    out += &format!("{}\n", report["summary"]);
    out
}

#[test]
fn bbc_claims_reports() {
    if shared().is_none() {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so the BBC claims in tests/bbc are not checked");
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/bbc"))
        .expect("tests/bbc is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "claims for at least three BBC articles");
    for path in files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let relative = format!("tests/bbc/{stem}.json");
        let out = run(&["check", &relative, "--format", "json"]);
        assert!(matches!(code(&out), Some(0 | 1)), "{relative} could not be checked");
        insta::assert_snapshot!(format!("bbc_{stem}"), digest_without_article_text(&out.stdout));
    }
}
