use super::*;
use crate::article::Article;
use crate::claims::parse_claims;
use crate::extract::index_article;
use std::path::Path;

/// Judges the single claim `claim` (JSON) against `text`, and describes the
/// verdict and each mention as "verdict [problems] focus-text".
fn check(text: &str, claim: &str) -> Vec<String> {
    let json = format!("{{\"published\": \"2024-03-31\", \"sources\": [{{\"id\": \"un\", \"name\": \"United Nations\", \"aliases\": [\"UN\"]}}], \"claims\": [{claim}]}}");
    let file = parse_claims(Path::new("c.json"), &json, None).unwrap();
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    let index = index_article(&article, file.published);
    let words = WordIndex::new(&index);
    let j = judge(&file.claims[0], &index, &words, Settings::default());
    let mut out = vec![format!("{} {:?}", j.verdict.name(), j.problems)];
    for m in &j.mentions {
        out.push(format!("{:?} {:?} {}", m.verdict, m.problems, &text[m.focus.start..m.focus.end]));
    }
    out
}

const CONCERT: &str = "A caption: the attack on a concert hall killed 137 people.\n\n\
    The men stormed the hall, killing more than 140 concertgoers.\n\n\
    Four men were held.";

#[test]
fn an_exact_figure_outside_a_lower_bound_conflicts() {
    assert_eq!(
        check(CONCERT, r#"{"id": "t", "statement": "137 killed", "about": ["killed", "concert"], "figure": "137"}"#),
        ["conflicting [Figure]", "Supported [] 137", "Conflicting [Figure] more than 140"]
    );
}

#[test]
fn a_tolerance_widens_the_claim() {
    assert_eq!(
        check(
            CONCERT,
            r#"{"id": "t", "statement": "137 killed", "about": ["killed", "concert"], "figure": "137", "tolerance": 0.05}"#
        )[0],
        "supported []"
    );
}

#[test]
fn same_direction_bounds_agree_only_on_the_same_anchor() {
    let text = "ISKP has up to 6,000 fighters.";
    let claim = |f: &str| format!(r#"{{"id": "t", "statement": "s", "about": ["fighters"], "figure": "{f}"}}"#);
    assert_eq!(check(text, &claim("up to 8,000"))[0], "conflicting [Figure]");
    assert_eq!(check(text, &claim("up to 6,000"))[0], "supported []");
    assert_eq!(check(text, &claim("6,000"))[0], "supported []");
    assert_eq!(check(text, &claim("7,000"))[0], "conflicting [Figure]");
    let text = "The attack killed more than 140 people.";
    let claim = |f: &str| format!(r#"{{"id": "t", "statement": "s", "about": ["killed"], "figure": "{f}"}}"#);
    assert_eq!(check(text, &claim("at least 141"))[0], "conflicting [Figure]");
    assert_eq!(check(text, &claim("over 140"))[0], "supported []");
    assert_eq!(check(text, &claim("about 150"))[0], "supported []");
}

#[test]
fn the_unit_picks_the_figure_among_several_of_one_clause() {
    let text = "The bombing killed more than 170 people, including 28 Taliban fighters and 13 US soldiers.";
    let claim = |f: &str, unit: &str| {
        format!(r#"{{"id": "t", "statement": "s", "about": ["killed"], "figure": "{f}", "unit": "{unit}"}}"#)
    };
    assert_eq!(check(text, &claim("13", "soldiers"))[0], "supported []");
    assert_eq!(check(text, &claim("more than 170", "people"))[0], "supported []");
    assert_eq!(check(text, &claim("12", "soldiers")), ["conflicting [Figure]", "Conflicting [Figure] 13"]);
}

#[test]
fn the_strongest_mention_decides_and_weaker_ones_are_context() {
    let text = "Northern Mills to shed 90 jobs

                The Northern Mills group is to shed 90 jobs at its two weaving sheds.

                The two Northern Mills sheds employ 640 people between them.";
    let headline = r#"{"id": "t", "statement": "Northern Mills to shed 90 jobs", "figure": "90"}"#;
    assert_eq!(
        check(text, headline),
        ["supported []", "Supported [] 90", "Context [] 90", "Context [] two", "Context [] two", "Context [] 640"]
    );
    let wrong = r#"{"id": "t", "statement": "Northern Mills to shed 120 jobs", "figure": "120"}"#;
    assert_eq!(check(text, wrong)[0], "conflicting [Figure]");
}

#[test]
fn two_accounts_of_one_fact_both_decide() {
    let text = "Photo: the market fire that killed 41 people in the old town.

                Flames swept the market stalls within minutes, killing at least 45 traders before firemen arrived.";
    let claim = |f: &str| {
        format!(
            r#"{{"id": "t", "statement": "The market fire killed {f} people.", "about": ["killed", "market"], "figure": "{f}"}}"#
        )
    };
    assert_eq!(
        check(text, &claim("41")),
        ["conflicting [Figure]", "Supported [] 41", "Conflicting [Figure] at least 45"]
    );
    assert_eq!(
        check(text, &claim("at least 45")),
        ["conflicting [Figure]", "Conflicting [Figure] 41", "Supported [] at least 45"]
    );
}

#[test]
fn a_compatible_figure_that_is_not_the_same_conflicts() {
    let text = "Officials said the flood forced more than 170 families from their homes.";
    let claim = |f: &str| format!(r#"{{"id": "t", "statement": "s", "about": ["homes"], "figure": "{f}"}}"#);
    assert_eq!(check(text, &claim("about 237")), ["conflicting [Figure]", "Conflicting [Figure] more than 170"]);
    assert_eq!(check(text, &claim("about 170"))[0], "supported []");
    assert_eq!(check(text, &claim("175"))[0], "supported []");
}

#[test]
fn a_unit_restricts_the_figures_compared() {
    let text = "The bombing killed more than 170 people, including 28 Taliban fighters.";
    let claim = r#"{"id": "t", "statement": "s", "about": ["killed"], "figure": "30", "unit": "fighter"}"#;
    assert_eq!(check(text, claim), ["conflicting [Figure]", "Conflicting [Figure] 28"]);
    let claim = r#"{"id": "t", "statement": "s", "about": ["killed"], "figure": "30", "unit": "soldiers"}"#;
    assert_eq!(check(text, claim), ["not_found []"]);
    // A unit of several words counts its head noun.
    let claim = r#"{"id": "t", "statement": "s", "about": ["killed"], "figure": "28", "unit": "Taliban fighters"}"#;
    assert_eq!(check(text, claim)[0], "supported []");
}

#[test]
fn percentages_never_compare_with_counts() {
    let text = "Most of these (96%) were conducted in 2 provinces.";
    let claim = r#"{"id": "t", "statement": "s", "about": ["conducted"], "figure": "96"}"#;
    assert_eq!(check(text, claim), ["conflicting [Figure]", "Conflicting [Figure] 2"]);
    let claim = r#"{"id": "t", "statement": "s", "about": ["conducted"], "figure": "96 per cent"}"#;
    assert_eq!(check(text, claim)[0], "supported []");
}

#[test]
fn year_less_dates_take_the_publication_year() {
    let text = "The horrific scenes of 22 March were broadcast.";
    let claim = |d: &str| format!(r#"{{"id": "t", "statement": "s", "about": ["scenes"], "date": "{d}"}}"#);
    assert_eq!(check(text, &claim("2024-03-22"))[0], "supported []");
    assert_eq!(check(text, &claim("2023-03-22")), ["conflicting [Date]", "Conflicting [Date] 22 March"]);
    assert_eq!(check(text, &claim("2024-03"))[0], "supported []");
}

#[test]
fn sources_are_credited_by_carry_over_and_as_outlets() {
    let text = "Clarke, a fellow at the Soufan Centre, said ISKP grew.\n\nHe said it has up to 2,200 fighters.\n\n\
                Officials told Reuters that 50 fighters left.";
    let claim = |src: &str| {
        format!(r#"{{"id": "t", "statement": "s", "about": ["fighters"], "figure": "up to 2,200", "source": "{src}"}}"#)
    };
    // The unattributed 50 is a weaker mention than the credited 2,200.
    assert_eq!(check(text, &claim("Colin Clarke")), ["supported []", "Supported [] up to 2,200", "Context [] 50"]);
    assert_eq!(check(text, &claim("Soufan Centre"))[0], "supported []");
    // The article gives 2,200 to Clarke; the outlet Reuters is credited
    // with 50, which is not "up to 2,200" but another figure.
    assert_eq!(
        check(text, &claim("Reuters")),
        ["conflicting [Figure, Source]", "Conflicting [Source] He said", "Conflicting [Figure] 50"]
    );
}

#[test]
fn unnamed_sources_leave_a_claim_unattributed() {
    let text = "Officials said more than 170 people were killed.";
    let claim =
        r#"{"id": "t", "statement": "s", "about": ["killed"], "figure": "more than 170", "source": "Pentagon"}"#;
    assert_eq!(check(text, claim), ["unattributed [Source]", "Unattributed [] more than 170"]);
}

#[test]
fn another_sources_account_is_context_unless_it_gives_the_same_figure() {
    let text =
        "Clarke estimated that ISKP had up to 2,200 fighters.\n\nAccording to UN data, ISKP has up to 6,000 fighters.";
    let claim = |f: &str, src: &str| {
        format!(r#"{{"id": "t", "statement": "s", "about": ["fighters"], "figure": "{f}", "source": "{src}"}}"#)
    };
    assert_eq!(
        check(text, &claim("up to 6,000", "un")),
        ["supported []", "Context [] up to 2,200", "Supported [] up to 6,000"]
    );
    assert_eq!(
        check(text, &claim("up to 2,200", "United Nations")),
        ["conflicting [Figure, Source]", "Conflicting [Source] Clarke estimated", "Conflicting [Figure] up to 6,000"]
    );
    assert_eq!(
        check(text, &claim("up to 9,000", "Foreign Policy")),
        ["not_found []", "Context [] up to 2,200", "Context [] up to 6,000"]
    );
}

#[test]
fn quotes_agree_conflict_or_are_unquoted() {
    let text = "Bowman described ISKP as \"horrible\" and \"the enemies of all humanity\".\n\n\
                He added that the Taliban are the enemies of peace.";
    let claim = |q: &str| format!(r#"{{"id": "t", "statement": "s", "quote": "{q}", "source": "Bowman"}}"#);
    assert_eq!(
        check(text, &claim("the enemies of all humanity")),
        ["supported []", "Supported [] the enemies of all humanity"]
    );
    assert_eq!(
        check(text, &claim("the enemies of all mankind")),
        ["conflicting [Quote]", "Conflicting [Quote] the enemies of all humanity"]
    );
    assert_eq!(
        check(text, &claim("the enemies of peace")),
        [
            "conflicting [Quote]",
            "Conflicting [Quote] the enemies of all humanity",
            "Conflicting [Quote] the enemies of peace"
        ]
    );
    assert_eq!(check(text, &claim("nothing like this at all")), ["not_found []"]);
}

#[test]
fn a_quote_credited_to_someone_else_conflicts_on_source() {
    let text = "Bowman described ISKP as \"the enemies of all humanity\".";
    let claim = r#"{"id": "t", "statement": "s", "quote": "the enemies of all humanity", "source": "Clarke"}"#;
    assert_eq!(check(text, claim), ["conflicting [Source]", "Conflicting [Source] Bowman described"]);
}

#[test]
fn a_quote_split_by_its_cue_is_read_joined() {
    let text = "\"I don't think the US can trust Pakistan,\" he said, \"which has played a double game.\"";
    let claim = r#"{"id": "t", "statement": "s", "quote": "trust Pakistan, which has played a double game"}"#;
    assert_eq!(check(text, claim)[0], "supported []");
}

#[test]
fn a_quote_running_into_the_next_paragraph_keeps_its_speaker() {
    let text = "Amiri said ISKP \"may be able to mobilise greater support.\n\n\
                \"In Syria and Iraq, IS recruited sectarian groups.\"";
    let claim = |q: &str| format!(r#"{{"id": "t", "statement": "s", "quote": "{q}", "source": "Rina Amiri"}}"#);
    // The second paragraph has no cue of its own: the quote continues Amiri's account.
    assert_eq!(
        check(text, &claim("In Syria and Iraq, IS recruited sectarian groups")),
        ["supported []", "Supported [] In Syria and Iraq, IS recruited sectarian groups."]
    );
    assert_eq!(check(text, &claim("mobilise greater support. In Syria and Iraq"))[0], "supported []");
}

#[test]
fn quotes_compare_without_case_quote_marks_or_dashes() {
    let text = "He said the plan was “a bold – and risky – step” for ‘the caliphate’.";
    let claim = |q: &str| format!(r#"{{"id": "t", "statement": "s", "quote": "{q}"}}"#);
    assert_eq!(check(text, &claim("A bold - and risky - step"))[0], "supported []");
    assert_eq!(check(text, &claim("a bold—and risky—step"))[0], "supported []");
    // A nested quote stays inside the outer one.
    let text = "She said: \"They call it 'the caliphate' now.\"";
    assert_eq!(check(text, &claim("they call it the caliphate"))[0], "supported []");
}

#[test]
fn an_ellipsis_in_the_claim_skips_the_omitted_words() {
    let text = "Giustozzi told Reuters that ISKP aimed to \"undermine and discredit the Taliban Emirate.\"";
    let claim = r#"{"id": "t", "statement": "s", "quote": "undermine … the Taliban Emirate", "source": "Reuters"}"#;
    assert_eq!(check(text, claim)[0], "supported []");
}

#[test]
fn a_caption_repeating_a_figure_is_a_weaker_mention() {
    let text = "According to UN data, ISKP has up to 6,000 fighters.\n\nISKP has up to 6,000 fighters";
    let claim = r#"{"id": "t", "statement": "s", "about": ["fighters"], "figure": "up to 6,000", "source": "un"}"#;
    assert_eq!(check(text, claim), ["supported []", "Supported [] up to 6,000", "Context [] up to 6,000"]);
    // Alone, the uncredited caption leaves the claim unattributed.
    let text = "ISKP has up to 6,000 fighters";
    assert_eq!(check(text, claim), ["unattributed [Source]", "Unattributed [] up to 6,000"]);
}

#[test]
fn a_cue_credits_only_its_own_clause() {
    let text = "The blast killed 170 people, and the Interior Ministry said 20 of them were children.";
    let claim = |f: &str| {
        format!(
            r#"{{"id": "t", "statement": "s", "about": ["killed"], "figure": "{f}", "source": "Interior Ministry"}}"#
        )
    };
    assert_eq!(check(text, &claim("170")), ["unattributed [Source]", "Unattributed [] 170"]);
    let children =
        r#"{"id": "t", "statement": "s", "about": ["children"], "figure": "20", "source": "Interior Ministry"}"#;
    assert_eq!(check(text, children), ["supported []", "Supported [] 20"]);
}

#[test]
fn aliases_learned_from_the_text_credit_the_source() {
    let text = "US Central Command (CentCom) said it launched 300 airstrikes.\n\n\
                Colin Clarke spoke to ABC. Clarke estimated ISKP had 2,200 fighters.";
    let claim = |about: &str, f: &str, src: &str| {
        format!(r#"{{"id": "t", "statement": "s", "about": ["{about}"], "figure": "{f}", "source": "{src}"}}"#)
    };
    assert_eq!(check(text, &claim("airstrikes", "300", "CentCom"))[0], "supported []");
    assert_eq!(check(text, &claim("fighters", "2,200", "Colin Clarke"))[0], "supported []");
    assert_eq!(check(text, &claim("fighters", "2,200", "U.S. Central Command"))[0], "conflicting [Source]");
}

#[test]
fn an_outlet_told_is_credited_as_the_outlet() {
    let text = "Antonio Giustozzi, of RUSI, told Reuters that ISKP had 4,000 fighters.";
    let claim = |src: &str| {
        format!(r#"{{"id": "t", "statement": "s", "about": ["fighters"], "figure": "4,000", "source": "{src}"}}"#)
    };
    assert_eq!(check(text, &claim("Reuters"))[0], "supported []");
    assert_eq!(check(text, &claim("Antonio Giustozzi"))[0], "supported []");
    assert_eq!(check(text, &claim("RUSI"))[0], "supported []");
    assert_eq!(check(text, &claim("Clarke"))[0], "conflicting [Source]");
}

#[test]
fn a_near_miss_beside_a_verbatim_quote_is_only_context() {
    let text = "\"Sideways should win,\" said Jamie Graham.\n\n\"But Foxx will and should win,\" he said.";
    let claim = r#"{"id": "t", "statement": "s", "quote": "Sideways should win", "source": "Jamie Graham"}"#;
    assert_eq!(
        check(text, claim),
        ["supported []", "Supported [] Sideways should win,", "Context [] But Foxx will and should win,"]
    );
}

#[test]
fn a_value_the_statement_names_beside_the_claims_is_that_values_mention() {
    let text = "Turnover rose 3% to £8.2bn from £7.9bn, the retailer said.";
    let claim = |statement: &str, f: &str| format!(r#"{{"id": "t", "statement": "{statement}", "figure": "{f}"}}"#);
    // The £7.9bn is the statement's other figure in its own role: no candidate.
    assert_eq!(
        check(text, &claim("Turnover rose 3% to £8.2bn from £7.9bn.", "£8.2bn")),
        ["supported []", "Supported [] £8.2bn"]
    );
    // Swapped levels keep their roles apart, so the swap is caught.
    assert_eq!(check(text, &claim("Turnover rose to £7.9bn from £8.2bn.", "£7.9bn"))[0], "conflicting [Figure]");
    let text = "A 2018 study says the plant has leaked since 2015.";
    let claim = |d: &str| {
        format!(
            r#"{{"id": "t", "statement": "A 2018 study says it has leaked since {d}.", "about": ["leaked"], "date": "{d}"}}"#
        )
    };
    assert_eq!(check(text, &claim("2015")), ["supported []", "Supported [] 2015"]);
    assert_eq!(check(text, &claim("2016"))[0], "conflicting [Date]");
}

#[test]
fn a_date_at_either_end_of_a_stated_range_agrees() {
    let text = "The inquiry sat from 3 May 2004 to 10 June 2005 and heard 40 witnesses.";
    for day in ["2004-05-03", "2005-06-10"] {
        let claim = format!(r#"{{"id": "t", "statement": "The inquiry sat.", "about": ["inquiry"], "date": "{day}"}}"#);
        assert_eq!(check(text, &claim)[0], "supported []", "{day}");
    }
    let claim = r#"{"id": "t", "statement": "The inquiry sat.", "about": ["inquiry"], "date": "2005-07-01"}"#;
    assert_eq!(check(text, claim)[0], "conflicting [Date]");
}

#[test]
fn a_quote_claim_is_judged_without_its_terms_and_reads_them_on_request() {
    let text = "The minister toured the flooded valley.\n\n\
        \"We will rebuild every bridge,\" the minister said in the valley.";
    let json = r#"{"claims": [
        {"id": "q", "statement": "The minister said the valley would see its bridges rebuilt.", "quote": "We will rebuild every bridge"},
        {"id": "v", "statement": "The minister toured the flooded valley in 2021.", "date": "2021"}]}"#;
    let file = parse_claims(Path::new("c.json"), json, None).unwrap();
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    let (quote, value) = (&file.claims[0], &file.claims[1]);
    let judged = judge(quote, &index, &words, Settings::default());
    assert_eq!(judged.verdict, Verdict::Supported);
    assert!(judged.framing.is_none());
    // Read on request, the terms are those a value claim's judgement keeps.
    let framing = judged.framing(quote, &index, &words);
    assert_eq!(framing.frame, Frame::of(quote));
    let names = framing.frame.term_names();
    assert!(names.contains(&"minister".to_string()) && names.contains(&"valley".to_string()), "{names:?}");
    assert_eq!(framing.weights.len(), names.len());
    let kept = judge(value, &index, &words, Settings::default());
    let read = kept.framing(value, &index, &words);
    assert!(matches!(read, Cow::Borrowed(_)));
    assert_eq!(Some(&*read), kept.framing.as_ref());
}
