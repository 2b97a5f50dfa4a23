use super::*;
use crate::claims::parse_claims;
use crate::extract::index_article;
use crate::verdict::{judge, Settings, Verdict};
use std::path::Path;

const REPORT: &str = "Mill to shed 90 jobs\n\n\
    The Northern Mills group will shed 90 jobs at its two weaving sheds, its chairman said.\n\n\
    The sheds employ 640 people. Chairman Alan Reed told the Yorkshire Post: \"We had no choice at all.\"\n\n\
    The cuts follow a 12% fall in orders since March 2004.\n";

fn drafted(text: &str) -> (Draft, String) {
    let article = Article::from_bytes("report.txt".into(), text.as_bytes().to_vec()).expect("article");
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    let d = draft(&article, &index, &words, None, "report.txt", Style::Located);
    let json = to_json(&d);
    (d, json)
}

#[test]
fn one_claim_per_figure_date_and_attributed_quote_in_the_sources_order() {
    let (d, _) = drafted(REPORT);
    let fields: Vec<String> = d
        .claims
        .iter()
        .map(|c| {
            let value = c.figure.clone().or(c.date.clone()).or(c.quote.clone()).unwrap_or_default();
            format!("{} = {value}", c.id)
        })
        .collect();
    assert_eq!(
        fields,
        [
            "shed-90 = 90",
            "shed-90-2 = 90",
            "jobs-two = two",
            "employ-640 = 640",
            "reed-quote-choice = We had no choice at all",
            "follow-12 = 12%",
            "orders-2004-03 = 2004-03"
        ]
    );
}

#[test]
fn claims_carry_their_clause_terms_unit_and_source() {
    let (d, _) = drafted(REPORT);
    let quote = d.claims.iter().find(|c| c.quote.is_some()).expect("a quote claim");
    assert_eq!(quote.source.as_deref(), Some("alan-reed"));
    let staff = d.claims.iter().find(|c| c.id == "employ-640").expect("the staff claim");
    assert_eq!(staff.unit.as_deref(), Some("people"));
    assert_eq!(staff.statement, "The sheds employ 640 people");
    assert!(!staff.about.is_empty() && staff.about.len() <= about::MAX_TERMS);
    assert_eq!(d.sources.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["alan-reed"]);
}

#[test]
fn the_draft_parses_and_its_source_supports_it() {
    let (_, json) = drafted(REPORT);
    let file = parse_claims(Path::new("draft.json"), &json, None).expect("the draft is a valid claims file");
    let article = Article::from_bytes("report.txt".into(), REPORT.as_bytes().to_vec()).expect("article");
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    for claim in &file.claims {
        assert_eq!(judge(claim, &index, &words, Settings::default()).verdict, Verdict::Supported, "{}", claim.id);
    }
}

#[test]
fn the_json_has_one_claim_per_line_with_its_id_first() {
    let (_, json) = drafted(REPORT);
    let claim_lines: Vec<&str> = json.lines().filter(|l| l.trim_start().starts_with("{\"id\"")).collect();
    assert!(claim_lines.len() >= 6, "{json}");
    assert!(json.starts_with("{\n  \"article\": \"report.txt\",\n  \"sources\": [\n"), "{json}");
}

#[test]
fn a_person_named_in_full_then_by_surname_is_one_source() {
    let text = "Port strike ends\n\n\
        Union leader Maria Okafor said: \"The dockers have won a fair deal.\"\n\n\
        Okafor said: \"Nobody wanted a long dispute.\"\n";
    let (d, _) = drafted(text);
    let sources: Vec<(&str, &[String])> = d.sources.iter().map(|s| (s.id.as_str(), s.aliases.as_slice())).collect();
    assert_eq!(sources.len(), 1, "{sources:?}");
    assert_eq!(sources[0].0, "maria-okafor");
    assert!(d.claims.iter().filter(|c| c.quote.is_some()).all(|c| c.source.as_deref() == Some("maria-okafor")));
}

#[test]
fn a_source_credited_by_surname_is_named_by_the_full_name_the_text_gives() {
    let text = "Port strike ends\n\n\
        Okafor, who leads the union, said: \"The dockers have won a fair deal.\"\n\n\
        Maria Okafor has led the union since 2001.\n";
    let (d, _) = drafted(text);
    let names: Vec<(&str, &str)> = d.sources.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    assert_eq!(names, [("maria-okafor", "Maria Okafor")]);
    assert_eq!(d.sources[0].aliases, ["Okafor"]);
}

#[test]
fn a_relative_date_inside_a_quotation_is_no_claim() {
    let text = "Port strike ends\n\n\
        The strike ended on 3 May 2004, the union said.\n\n\
        Union leader Maria Okafor said: \"The port is busier today than it was last year.\"\n\n\
        Talks resume next week.\n";
    let article = Article::from_bytes("report.txt".into(), text.as_bytes().to_vec()).expect("article");
    let index = index_article(&article, crate::claims::parse_iso_day("2004-05-10"));
    let words = WordIndex::new(&index);
    let d = draft(&article, &index, &words, crate::claims::parse_iso_day("2004-05-10"), "report.txt", Style::Located);
    let dates: Vec<&str> = d.claims.iter().filter_map(|c| c.date.as_deref()).collect();
    // The stated date and the narrator's "next week" are claims; "today"
    // and "last year" in Okafor's words are not.
    assert!(dates.contains(&"2004-05-03"), "{dates:?}");
    assert!(!dates.contains(&"2004-05-10") && !dates.contains(&"2003"), "{dates:?}");
    assert_eq!(dates.len(), 2, "{dates:?}");
}
