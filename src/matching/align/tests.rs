use super::*;
use crate::extract::figure::Role;
use crate::segment::segment;

/// The tokens and layout of one sentence.
fn read(text: &str) -> (Vec<Token>, Layout) {
    let seg = segment(text, text);
    let mut layout = Layout::default();
    layout.push_sentence(&seg.tokens, &[]);
    (seg.tokens, layout)
}

fn at(toks: &[Token], word: &str) -> usize {
    toks.iter().position(|t| t.norm == word).unwrap_or_else(|| panic!("no {word}"))
}

#[test]
fn closeness_halves_at_its_reach_and_drops_outside_the_clause() {
    assert_eq!(closeness(0, true, STATEMENT_REACH), 1.0);
    assert_eq!(closeness(3, true, STATEMENT_REACH), 0.5);
    assert_eq!(closeness(12, true, ABOUT_REACH), 0.5);
    assert!((closeness(0, false, STATEMENT_REACH) - OTHER_CLAUSE).abs() < 1e-9);
}

#[test]
fn a_term_in_every_sentence_weighs_little() {
    assert!(rarity(1, 30) > 3.0 * rarity(30, 30));
    assert!(rarity(0, 10) > rarity(1, 10) - 1e-9);
}

#[test]
fn units_fit_by_stem_synonym_or_people() {
    assert_eq!(unit_fit(Some("jobs"), Some("job")), Fit::Same);
    assert_eq!(unit_fit(Some("jobs"), Some("titles")), Fit::Different);
    assert_eq!(unit_fit(Some("people"), Some("concertgoers")), Fit::Same);
    assert_eq!(unit_fit(Some("people"), Some("journalists")), Fit::Same);
    assert_eq!(unit_fit(Some("people"), Some("pages")), Fit::Different);
    assert_eq!(unit_fit(Some("jobs"), None), Fit::Unknown);
    assert_eq!(unit_fit(None, Some("jobs")), Fit::Unknown);
    assert_eq!(unit_fit(None, None), Fit::Same);
}

#[test]
fn roles_fit_a_level_to_the_level_reached() {
    assert_eq!(role_fit(Some(Role::To), Some(Role::To)), Fit::Same);
    assert_eq!(role_fit(None, Some(Role::To)), Fit::Close);
    assert_eq!(role_fit(None, Some(Role::From)), Fit::Unknown);
    assert_eq!(role_fit(Some(Role::Change), Some(Role::From)), Fit::Different);
    assert_eq!(role_fit(None, None), Fit::Same);
}

#[test]
fn governing_words_fit_by_stem_and_synonym_group() {
    assert_eq!(verb_fit(Some("axe"), Some("axing")), Fit::Same);
    assert_eq!(verb_fit(Some("axe"), Some("shed")), Fit::Same);
    assert_eq!(verb_fit(Some("axe"), Some("employ")), Fit::Different);
    assert_eq!(verb_fit(Some("axe"), None), Fit::Unknown);
    assert_eq!(verb_fit(None, Some("employ")), Fit::Same);
    assert_eq!(verb_fit(None, None), Fit::Same);
}

#[test]
fn the_governor_is_the_nearest_content_word_before_the_figure() {
    let (toks, layout) = read("The two papers currently employ 521 reporters.");
    let g = governor(&toks, &layout, 0, at(&toks, "521"), &|_| false);
    assert_eq!(g.map(|k| toks[k].norm.as_str()), Some("employ"));
    // An aside in brackets and other figures are passed over.
    let (toks, layout) = read("Gunmen stormed the hall, killing (mostly by gunfire) over 140 fans.");
    let g = governor(&toks, &layout, 0, at(&toks, "over"), &|_| false);
    assert_eq!(g.map(|k| toks[k].norm.as_str()), Some("killing"));
    // Names and stop words govern nothing; nor does a word of another clause.
    let (toks, layout) = read("Acme has 40 stores.");
    assert_eq!(governor(&toks, &layout, 0, at(&toks, "40"), &|_| false), None);
    let (toks, layout) = read("Sales climbed; 4% came from Asia.");
    assert_eq!(governor(&toks, &layout, 0, at(&toks, "4"), &|_| false), None);
    let (toks, layout) = read("By its own count, 40 stores shut.");
    assert_eq!(governor(&toks, &layout, 0, at(&toks, "40"), &|_| false), None);
}

#[test]
fn terms_near_the_figure_in_its_own_clause_align_it() {
    let (toks, layout) = read("The mill will shed 90 jobs, while its owner employs 521 people.");
    let places = [
        TermPlace { closeness: 1.0, offset: None, reach: STATEMENT_REACH },
        TermPlace { closeness: 1.0, offset: None, reach: STATEMENT_REACH },
    ];
    let weights = [1.0, 1.0];
    let hits = [
        Occurrence { term: 0, first: at(&toks, "shed"), last: at(&toks, "shed") },
        Occurrence { term: 1, first: at(&toks, "jobs"), last: at(&toks, "jobs") },
    ];
    let anchor =
        |k: usize| Anchor { first: k, last: k, unit: Fit::Same, role: Fit::Same, verb: Fit::Same, source: Fit::Same };
    let ninety = align(&places, &weights, &hits, &layout, &anchor(at(&toks, "90")));
    let other = align(&places, &weights, &hits, &layout, &anchor(at(&toks, "521")));
    assert_eq!(ninety.aligned, [0, 1]);
    assert!(ninety.above_floor());
    assert!(other.aligned.is_empty());
    assert!(!other.above_floor());
    assert!(ninety.score > 3.0 * other.score);
}

#[test]
fn unit_role_verb_and_source_scale_the_score() {
    let (toks, layout) = read("Output rose 5%.");
    let places = [TermPlace { closeness: 1.0, offset: None, reach: STATEMENT_REACH }];
    let hits = [Occurrence { term: 0, first: 0, last: 0 }];
    let anchor = Anchor {
        first: at(&toks, "5"),
        last: at(&toks, "5") + 1,
        unit: Fit::Different,
        role: Fit::Different,
        verb: Fit::Same,
        source: Fit::Unknown,
    };
    let a = align(&places, &[1.0], &hits, &layout, &anchor);
    let expected = a.words * 0.5 * 0.4 * 0.8;
    assert!((a.score - expected).abs() < 1e-9, "{} vs {expected}", a.score);
}

#[test]
fn a_term_counts_by_how_well_its_offset_agrees_with_the_statement() {
    assert_eq!(order(-2, -2, ORDER_FLOOR), 1.0);
    assert_eq!(order(-1, -2, ORDER_FLOOR), ORDER_FLOOR + (1.0 - ORDER_FLOOR) / (1.0 + 1.0 / ORDER_REACH));
    assert!(order(-2, 2, ORDER_FLOOR) < order(-2, -1, ORDER_FLOOR));
    assert!(order(-2, 40, ORDER_FLOOR) >= ORDER_FLOOR);
    assert!(order(-2, 40, ABOUT_ORDER_FLOOR) > order(-2, 40, ORDER_FLOOR));
    let (toks, layout) = read("Profits of 40m were made.");
    let hits = [Occurrence { term: 0, first: at(&toks, "profits"), last: at(&toks, "profits") }];
    let anchor = Anchor {
        first: at(&toks, "40"),
        last: at(&toks, "m"),
        unit: Fit::Same,
        role: Fit::Same,
        verb: Fit::Same,
        source: Fit::Same,
    };
    let place = |offset: i64| [TermPlace { closeness: 1.0, offset: Some(offset), reach: STATEMENT_REACH }];
    let same = align(&place(-2), &[1.0], &hits, &layout, &anchor);
    let flipped = align(&place(2), &[1.0], &hits, &layout, &anchor);
    assert!((flipped.words - same.words * order(2, -2, ORDER_FLOOR)).abs() < 1e-9);
}
