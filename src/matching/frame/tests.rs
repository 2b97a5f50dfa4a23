use super::*;
use crate::claims::parse_claims;
use crate::extract::figure::Role;
use std::path::Path;

fn claim(json: &str) -> Claim {
    let text = format!("{{\"claims\": [{json}]}}");
    parse_claims(Path::new("c.json"), &text, None).unwrap().claims.remove(0)
}

fn words(frame: &Frame) -> Vec<String> {
    frame.terms.iter().map(|t| t.alternatives[0].join(" ")).collect()
}

#[test]
fn statement_terms_leave_out_figures_dates_sources_and_stop_words() {
    let c = claim(
        r#"{"id": "x", "statement": "The UN says ISKP had up to 6,000 fighters in 2021.", "figure": "up to 6,000", "source": "UN"}"#,
    );
    let frame = Frame::of(&c);
    assert_eq!(words(&frame), ["iskp", "fighters", "2021"]);
    assert_eq!(frame.needed, 2);
    assert_eq!(frame.views[0].unit.as_deref(), Some("fighters"));
}

#[test]
fn terms_near_the_figure_weigh_more_and_know_their_offset() {
    let c =
        claim(r#"{"id": "x", "statement": "Acme, the Ohio toolmaker, will shed 90 jobs at Dayton.", "figure": "90"}"#);
    let frame = Frame::of(&c);
    assert_eq!(words(&frame), ["acme", "ohio", "toolmaker", "shed", "jobs", "dayton"]);
    let weight = |w: &str| frame.views[0].places[words(&frame).iter().position(|t| t == w).unwrap()];
    assert!(weight("shed").closeness > weight("toolmaker").closeness);
    assert!(weight("toolmaker").closeness > weight("acme").closeness);
    // "jobs" is the figure's own noun phrase; offsets skip it.
    assert_eq!(weight("jobs").offset, Some(0));
    assert_eq!(weight("dayton").offset, Some(2));
    assert_eq!(weight("shed").offset, Some(-1));
    assert_eq!(weight("acme").offset, Some(-6));
    assert_eq!(frame.views[0].governor.as_deref(), Some("shed"));
    assert_eq!(frame.views[0].unit.as_deref(), Some("jobs"));
}

#[test]
fn terms_in_another_clause_weigh_less() {
    let c = claim(r#"{"id": "x", "statement": "Exports grew, while imports fell 3%.", "figure": "3%"}"#);
    let frame = Frame::of(&c);
    let place = |w: &str| frame.views[0].places[words(&frame).iter().position(|t| t == w).unwrap()].closeness;
    assert!(place("exports") < place("imports") * OTHER_CLAUSE_CHECK);
}

/// Terms outside the figure's clause count at most this share of one inside.
const OTHER_CLAUSE_CHECK: f64 = 0.5;

#[test]
fn about_terms_weigh_alike_and_keep_their_statement_offset() {
    let c = claim(
        r#"{"id": "x", "statement": "The strike closed 40 schools.", "about": ["strike", "schools"], "figure": "40"}"#,
    );
    let frame = Frame::of(&c);
    assert_eq!(frame.needed, 2);
    assert!(frame.views[0].places.iter().all(|p| p.closeness == 1.0 && p.reach == ABOUT_REACH));
    // Each has the offset it has in the statement: "strike" two words
    // before the figure, "schools" in its own noun phrase.
    assert_eq!(frame.views[0].places.iter().map(|p| p.offset).collect::<Vec<_>>(), [Some(-2), Some(0)]);
    assert_eq!(frame.views[0].governor.as_deref(), Some("closed"));
}

#[test]
fn the_claims_unit_wins_over_the_statements_noun() {
    let c = claim(r#"{"id": "x", "statement": "Acme shed 90 posts.", "figure": "90", "unit": "Jobs"}"#);
    assert_eq!(Frame::of(&c).views[0].unit.as_deref(), Some("jobs"));
    // A unit of several words counts its last, its head noun.
    let c = claim(r#"{"id": "x", "statement": "Acme shed 90 posts.", "figure": "90", "unit": "full-time posts"}"#);
    assert_eq!(Frame::of(&c).views[0].unit.as_deref(), Some("posts"));
}

#[test]
fn a_word_written_with_digits_is_one_term() {
    let c = claim(r#"{"id": "x", "statement": "Sony sold 3 million PS2 consoles in Japan.", "figure": "3 million"}"#);
    let frame = Frame::of(&c);
    assert!(words(&frame).contains(&"ps 2".to_string()), "{:?}", words(&frame));
}

#[test]
fn the_statement_figure_is_the_claimed_one_among_several() {
    let statement = "The chain has 900 staff and 120 stores.";
    let of = |figure: &str| {
        let json = format!(r#"{{"id": "x", "statement": "{statement}", "figure": "{figure}"}}"#);
        Frame::of(&claim(&json)).views[0].unit.clone()
    };
    assert_eq!(of("120").as_deref(), Some("stores"));
    assert_eq!(of("900").as_deref(), Some("staff"));
    // A figure the statement words differently: the closest of its kind.
    assert_eq!(of("125").as_deref(), Some("stores"));
}

#[test]
fn a_figure_the_statement_gives_twice_has_a_view_from_each_place() {
    let c = claim(
        r#"{"id": "x", "statement": "Fees fell from 4% to 3%, and charges dropped from 5% to 4%.", "figure": "4%"}"#,
    );
    let frame = Frame::of(&c);
    let roles: Vec<Option<Role>> = frame.views.iter().map(|v| v.role).collect();
    assert_eq!(roles, [Some(Role::From), Some(Role::To)]);
    let fees = words(&frame).iter().position(|w| w == "fees").unwrap();
    assert!(frame.views[0].places[fees].closeness > frame.views[1].places[fees].closeness);
}

#[test]
fn a_date_the_claim_does_not_check_locates_it() {
    let c = claim(r#"{"id": "x", "statement": "In March 2003 the jobless rate was 5.1%.", "figure": "5.1%"}"#);
    assert_eq!(words(&Frame::of(&c)), ["march", "2003", "jobless", "rate"]);
    let c = claim(
        r#"{"id": "x", "statement": "In March 2003 the jobless rate was 5.1%.", "figure": "5.1%", "date": "2003-03"}"#,
    );
    assert_eq!(words(&Frame::of(&c)), ["jobless", "rate"]);
}

#[test]
fn the_statements_other_values_have_views_of_their_own() {
    let c = claim(r#"{"id": "x", "statement": "Sales rose 2% to $11.1bn from $10.9bn.", "figure": "$11.1bn"}"#);
    let frame = Frame::of(&c);
    // Of the claim's kind (money) only: the 2% is another kind.
    let roles: Vec<Option<Role>> = frame.others.iter().map(|v| v.role).collect();
    assert_eq!(roles, [Some(Role::From)]);
    let c = claim(r#"{"id": "x", "statement": "A 2018 study says the plant has leaked since 2015.", "date": "2015"}"#);
    let frame = Frame::of(&c);
    assert_eq!(frame.others.len(), 1);
    assert_eq!(frame.others[0].unit.as_deref(), Some("study"));
}
