//! Attribution and quotes end to end: the seed article's attributions, what
//! each covers, and the report of the attribution claims file about the
//! seed article in `claims/`.

use serde_json::Value;

use crate::support::{code, run, stdout};

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
