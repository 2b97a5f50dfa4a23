//! The forms of news copy that a figure is read by, one test per rule, in
//! sentences written for them.

use super::{figs, parse_figure, reading};

/// The rule that read each figure of `text`, as "words: rule".
fn rules(text: &str) -> Vec<String> {
    reading(text).figures.iter().map(|f| format!("{}: {}", &text[f.span.start..f.span.end], f.rule)).collect()
}

#[test]
fn conversion_qualifier() {
    assert_eq!(
        figs("The fund holds up to $300m (£160m)."),
        ["up to $300m | Money | (inf, 300000000] | USD", "£160m | Money | (inf, 160000000] | GBP"]
    );
    assert_eq!(
        figs("Fines of up to 410m euros ($530m; £285m) loom."),
        [
            "up to 410m euros | Money | (inf, 410000000] | EUR",
            "$530m | Money | (inf, 530000000] | USD",
            "£285m | Money | (inf, 285000000] | GBP"
        ]
    );
    assert_eq!(rules("It raised more than $75m (£40m)."), ["more than $75m: amount", "£40m: conversion-qualifier"]);
    // An exact amount passes nothing on.
    assert_eq!(
        figs("It cost $75m (£40m)."),
        ["$75m | Money | [75000000, 75000000] | USD", "£40m | Money | [40000000, 40000000] | GBP"]
    );
}

#[test]
fn points_after_rate() {
    assert_eq!(figs("The jobless rate rose 0.4 points."), ["0.4 | Points | [0.4, 0.4] | percentage points"]);
    assert_eq!(
        figs("Base rates rose 0.75 percentage points."),
        ["0.75 percentage points | Points | [0.75, 0.75] | percentage points"]
    );
    assert_eq!(
        figs("Inflation fell half a percentage point."),
        ["half a percentage point | Points | [0.5, 0.5] | percentage points"]
    );
    assert_eq!(
        figs("Yields fell a quarter of a percentage point."),
        ["a quarter of a percentage point | Points | [0.25, 0.25] | percentage points"]
    );
    // An index's points are a count.
    assert_eq!(figs("The index closed up 23 points."), ["23 | Number | [23, 23] | points"]);
}

#[test]
fn compound_units_and_ages() {
    assert_eq!(figs("He got a 10-year jail term."), ["10 | Number | [10, 10] | year"]);
    assert_eq!(figs("She signed a six-year contract."), ["six-year | Number | [6, 6] | year"]);
    assert_eq!(figs("A five-time winner spoke."), ["five-time | Number | [5, 5] | time"]);
    assert_eq!(figs("It is aimed at nine- to 12-year-olds."), ["nine- to 12 | Number | [9, 12] | year"]);
    assert_eq!(
        figs("Classes for five and six-year-olds opened."),
        ["five | Number | [5, 5] | year", "six-year-olds | Number | [6, 6] | year"]
    );
    assert_eq!(
        figs("Pupils learn it from the age of 14 or 15."),
        ["14 | Number | [14, 14] | years", "15 | Number | [15, 15] | years"]
    );
    assert_eq!(
        figs("He kept half of a six-year contract."),
        ["half | Number | [0.5, 0.5] | ", "six-year | Number | [6, 6] | year"]
    );
    // "one-off" is no count.
    assert!(figs("It was a one-off payment.").is_empty());
}

#[test]
fn vague_and_approximate_forms() {
    assert_eq!(figs("Turnout was a near 12 per cent."), ["a near 12 per cent | Percent | [10.8, 13.2] | %"]);
    assert_eq!(figs("It has 300-odd staff."), ["300-odd | Number | [300, 330] | staff"]);
    assert_eq!(figs("It has twenty-odd staff."), ["twenty-odd | Number | [20, 22] | staff"]);
    assert_eq!(figs("Some 40 million voted."), ["Some 40 million | Number | [36000000, 44000000] | "]);
    assert_eq!(figs("It took the best part of 10 years."), ["the best part of 10 | Number | [9, 10) | years"]);
    assert_eq!(figs("It cost in the area of £325m."), ["in the area of £325m | Money | [292500000, 357500000] | GBP"]);
    assert_eq!(
        figs("It sold well over 200 and a little under 50."),
        ["well over 200 | Number | (200, inf) | ", "a little under 50 | Number | [45, 50) | "]
    );
    assert_eq!(
        figs("It made upwards of £5m, in excess of £2m."),
        ["upwards of £5m | Money | (5000000, inf) | GBP", "in excess of £2m | Money | (2000000, inf) | GBP"]
    );
}

#[test]
fn a_currency_that_names_a_zone_is_no_currency() {
    assert_eq!(figs("The 12 euro zone countries grew."), ["12 | Number | [12, 12] | countries"]);
}

#[test]
fn claims_read_what_extract_prints() {
    for text in ["nearly one", "at least one", "as many as one", "scores", "300-odd", "half a percentage point"] {
        assert!(parse_figure(text).is_ok(), "{text:?}: {:?}", parse_figure(text));
    }
}
