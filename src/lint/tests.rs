use super::*;
use crate::extract::index_article;

/// Sentences on other matters, so that the words of a fact are rare in
/// the article as in a real story.
const OTHER_NEWS: &str =
    "\n\nThe council met on Tuesday. Residents asked about parking. The mayor thanked volunteers. \
    Schools reopen next week. A new bus route starts soon. The library extends its hours. Rain is forecast.";

fn findings(text: &str) -> Vec<String> {
    let text = format!("{text}{OTHER_NEWS}");
    let text = text.as_str();
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).expect("article");
    let index = index_article(&article, crate::claims::parse_iso_day("2024-05-01"));
    lint(&article, &index, Settings::default())
        .iter()
        .map(|f| format!("{:?} {}: {} | {}", f.field, f.id, f.places[0].text, f.places[1].text))
        .collect()
}

#[test]
fn two_tolls_of_one_fire_disagree() {
    let text = "Photo: the market fire that killed 41 people in the old town.\n\n\
                Flames swept the market stalls within minutes, killing at least 45 traders before firemen arrived.\n\n\
                Forty stalls were lost.";
    assert_eq!(findings(text), ["Figure killed-41-vs-at-least-45: 41 | at least 45"]);
}

#[test]
fn the_same_figure_twice_and_different_facts_do_not() {
    // The caption repeats the figure; the stalls are another count.
    let text = "The fire killed 41 people in the market.\n\n\
                Caption: the fire that killed 41 people.\n\n\
                The fire destroyed 300 stalls, and 41 people died.";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    // Figures dated apart are two facts.
    let text = "Sales at the chain reached £5m in 2003.\n\nSales at the chain reached £7m in 2004.";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    // One sentence listing figures lists different facts.
    let text = "The chain sold 40 lamps in March and 55 lamps in April.";
    assert!(findings(text).is_empty());
}

#[test]
fn two_dates_of_one_event_disagree() {
    let text = "Troops left after the handover in August 2021 and the camp closed.\n\n\
                Few locals have seen change since the handover in August 2022.";
    assert_eq!(findings(text), ["Date handover-august-2021-vs-august-2022: August 2021 | August 2022"]);
}

#[test]
fn one_speakers_quotation_given_twice_in_other_words_disagrees() {
    let text = "Ann Lee said: \"We will rebuild every stall by spring.\"\n\n\
                Later Ann Lee told reporters: \"We will rebuild each stall by spring.\"";
    let found = findings(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Quote quote-we-will-rebuild-every"), "{found:?}");
}

#[test]
fn the_same_words_credited_to_two_speakers_disagree() {
    let text = "Ann Lee said: \"The stalls were a death trap.\"\n\n\
                But Tom Hart said: \"The stalls were a death trap.\"";
    let found = findings(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Source "), "{found:?}");
}

#[test]
fn figures_of_two_named_subjects_do_not_disagree() {
    let text = "The grocer Harlow Foods saw its sales rise 4% over the winter.\n\n\
                The grocer Brennan Retail saw its sales rise 9% over the winter.";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    // One subject named twice still disagrees with itself.
    let text = "The grocer Harlow Foods saw its sales rise 4% over the winter.\n\n\
                In all, Harlow Foods saw its sales rise 9% over the winter.";
    assert_eq!(findings(text).len(), 1, "{:?}", findings(text));
}

#[test]
fn words_credited_to_a_pronoun_or_to_a_speakers_organisation_do_not_disagree() {
    // "he" may stand for the first speaker whatever the resolver chose.
    let text = "Ann Lee said: \"The stalls were a death trap.\"\n\n\
                Tom Hart, the fire chief, visited the site on Monday.\n\n\
                \"The stalls were a death trap,\" he said.";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    // A union's words in its secretary's mouth are one account.
    let text = "The Market Traders Union said the stalls were \"a death trap for all of us\".\n\n\
                Union secretary Tom Hart said: \"They are a death trap for all of us.\"";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
}

#[test]
fn a_quarterly_figure_and_an_annual_one_do_not_disagree() {
    let text = "The brewer said quarterly profit fell to £40m.\n\n\
                The brewer said annual profit fell to £150m.";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
    // Over the same period they do.
    let text = "The brewer said annual profit fell to £140m.\n\n\
                In its report the brewer said annual profit fell to £150m.";
    assert_eq!(findings(text).len(), 1, "{:?}", findings(text));
}
