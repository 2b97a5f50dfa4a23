//! Scope: what each attribution covers.

use super::covers;

#[test]
fn a_trailing_cue_covers_the_clause_before_it() {
    assert_eq!(
        covers("Between 2017 and 2018, the US conducted more than 300 airstrikes, according to ACLED."),
        ["ACLED: more than 300, 2017 and 2018"]
    );
}

#[test]
fn a_conjunction_opens_another_speakers_clause() {
    assert_eq!(
        covers("The blast killed 170 people, and police said 20 of them were children."),
        ["(unnamed: police): 20"]
    );
    assert_eq!(
        covers("Clarke put the number at 2,200 fighters, while the UN says up to 6,000."),
        ["Clarke: 2,200", "UN: up to 6,000"]
    );
}

#[test]
fn a_quote_split_by_its_cue_is_covered_on_both_sides() {
    assert_eq!(covers("\"I don't think so,\" he said, \"not at all.\""), ["(he?): I don't think so,, not at all."]);
}

#[test]
fn a_quotation_over_several_sentences_keeps_its_speaker() {
    let text = "Amiri said: \"ISKP may mobilise 2,000 young men. It recruited women in Syria.\"";
    assert_eq!(covers(text), ["Amiri: 2,000, ISKP may mobilise 2,000 young men. It recruited women in Syria."]);
}

#[test]
fn a_quotation_running_into_the_next_paragraph_keeps_its_speaker() {
    let text = "Amiri said it \"may mobilise 2,000 young men.\n\n\"In Syria, IS recruited 500 women.\"";
    assert_eq!(covers(text), ["Amiri: 2,000, 500, may mobilise 2,000 young men., In Syria, IS recruited 500 women."]);
}

#[test]
fn a_quotation_paragraph_after_a_closed_quotation_is_credited_to_nobody() {
    let text = "\"We cannot trust them,\" he said.\n\n\"In Central Asia, 3 bases would do.\"\n\nIt has 40 bases.";
    assert_eq!(covers(text), ["(he?): We cannot trust them,"]);
    let text = "“Fares will rise by 5%,” Ms Price said.\n\n“Nobody wants that.”";
    assert_eq!(covers(text), ["Price: 5%, Fares will rise by 5%,"]);
}

#[test]
fn a_quotation_paragraph_after_one_left_open_continues_the_speaker() {
    // The newspaper convention: no closing mark before the next paragraph.
    let text = "Ms Price said: “Fares will rise by 5%.\n\n“Nobody wants that, but 300 buses need replacing.”\n\n\
                “Then we start again.”";
    assert_eq!(
        covers(text),
        ["Price: 5%, 300, Fares will rise by 5%., Nobody wants that, but 300 buses need replacing."]
    );
}

#[test]
fn a_pull_quote_repeating_earlier_words_is_no_continuation() {
    let text = "Bowman said they were \"the enemies of all humanity\".\n\n\"The enemies of all humanity\"";
    assert_eq!(covers(text), ["Bowman: the enemies of all humanity"]);
}

#[test]
fn a_quote_after_the_speakers_cue_continues_the_account() {
    let text = "But he said the NHS needed 3 new hospitals. \"We do need a consistent approach.\" It has 40.";
    assert_eq!(covers(text), ["(he?): 3, We do need a consistent approach."]);
}
