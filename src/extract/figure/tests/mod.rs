use super::*;

/// What the figure reader reads in every sentence of `text`.
pub(in crate::extract::figure) fn reading(text: &str) -> FigureReading {
    let seg = segment(text, text);
    let mut all = FigureReading::default();
    for s in 0..seg.sentences.len() {
        let r = read_figures(seg.sentence_tokens(s), text, text, &[]);
        all.figures.extend(r.figures);
        all.rejected.extend(r.rejected);
    }
    all
}

/// Every figure of `text` as "text | kind | interval | unit", at 10% tolerance.
fn figs(text: &str) -> Vec<String> {
    reading(text).figures.iter().map(|f| describe(text, f)).collect()
}

fn bound(v: Option<f64>) -> String {
    v.map_or("inf".to_string(), |v| format!("{}", (v * 1000.0).round() / 1000.0))
}

fn describe(text: &str, f: &Figure) -> String {
    let i = f.interval(0.1);
    format!(
        "{} | {:?} | {}{}, {}{} | {}",
        &text[f.span.start..f.span.end],
        f.kind,
        if i.min_inclusive { "[" } else { "(" },
        bound(i.min),
        bound(i.max),
        if i.max_inclusive { "]" } else { ")" },
        f.unit().unwrap_or_default()
    )
}

#[test]
fn exact_figures_with_units() {
    assert_eq!(
        figs("The attack killed 137 people in Moscow, including 13 US soldiers and 28 Taliban fighters."),
        [
            "137 | Number | [137, 137] | people",
            "13 | Number | [13, 13] | soldiers",
            "28 | Number | [28, 28] | fighters"
        ]
    );
}

#[test]
fn qualifiers_become_intervals() {
    assert_eq!(
        figs("It killed more than 140 concertgoers. ISKP has up to 6,000 fighters. The payroll is almost 100,000."),
        [
            "more than 140 | Number | (140, inf) | concertgoers",
            "up to 6,000 | Number | (inf, 6000] | fighters",
            "almost 100,000 | Number | [90000, 100000) | "
        ]
    );
    assert_eq!(
        figs("At least 12 died, about 300 fled, fewer than 5 stayed and just over 70 were hurt."),
        [
            "At least 12 | Number | [12, inf) | ",
            "about 300 | Number | [270, 330] | ",
            "fewer than 5 | Number | (inf, 5) | ",
            "just over 70 | Number | (70, 77] | "
        ]
    );
    assert_eq!(figs("Some 40 or more men came."), ["Some 40 or more | Number | [40, inf) | men"]);
    assert_eq!(figs("It hired 140 or more staff."), ["140 or more | Number | [140, inf) | staff"]);
    assert_eq!(figs("No fewer than 40 attacks."), ["No fewer than 40 | Number | [40, inf) | attacks"]);
}

#[test]
fn ranges() {
    assert_eq!(
        figs("Between 10 and 20 people died; 30-40 were hurt and two or three fled from 5 to 9 towns."),
        [
            "Between 10 and 20 | Number | [10, 20] | people",
            "30-40 | Number | [30, 40] | ",
            "two or three | Number | [2, 3] | ",
            "from 5 to 9 | Number | [5, 9] | towns"
        ]
    );
    assert_eq!(figs("It cost $2-3bn."), ["$2-3bn | Money | [2000000000, 3000000000] | USD"]);
    assert_eq!(figs("Rates rose 10-20%."), ["10-20% | Percent | [10, 20] | %"]);
}

#[test]
fn a_preposition_without_a_range_is_not_a_qualifier() {
    assert_eq!(figs("He came from 140 villages."), ["140 | Number | [140, 140] | villages"]);
}

#[test]
fn percentages_money_and_points() {
    assert_eq!(
        figs("Most (96%) were hit; 96 per cent agreed, a 5 percentage points fall, £3bn and $2.4bn and 50p and 10 euros."),
        [
            "96% | Percent | [96, 96] | %",
            "96 per cent | Percent | [96, 96] | %",
            "5 percentage points | Points | [5, 5] | percentage points",
            "£3bn | Money | [3000000000, 3000000000] | GBP",
            "$2.4bn | Money | [2400000000, 2400000000] | USD",
            "50p | Money | [0.5, 0.5] | GBP",
            "10 euros | Money | [10, 10] | EUR"
        ]
    );
    assert_eq!(
        figs("It made a profit of £75m ($141m)."),
        ["£75m | Money | [75000000, 75000000] | GBP", "$141m | Money | [141000000, 141000000] | USD"]
    );
}

#[test]
fn spelled_numbers_and_magnitudes() {
    assert_eq!(
        figs("The four men saw two attacks every three days and hundreds of fighters."),
        [
            "four | Number | [4, 4] | men",
            "two | Number | [2, 2] | attacks",
            "three | Number | [3, 3] | days",
            "hundreds | Number | [200, 1000) | fighters"
        ]
    );
    assert_eq!(figs("Tens of thousands marched."), ["Tens of thousands | Number | [20000, 100000) | "]);
    assert_eq!(figs("Several hundred people came."), ["Several hundred | Number | [200, 1000) | people"]);
}

#[test]
fn names_ordinals_times_scores_and_pronouns_are_not_figures() {
    assert!(
        figs("The G7 met over Covid-19 on Channel 4 and an F-16 flew on 9/11.").is_empty(),
        "{:?}",
        figs("The G7 met over Covid-19 on Channel 4 and an F-16 flew on 9/11.")
    );
    assert!(figs("It came second, the 21st time, at 5pm and 10:30 GMT.").is_empty());
    assert!(figs("Leeds won 2-1 at home.").is_empty());
    assert!(figs("Rovers 3-1 Albion").is_empty());
    assert!(figs("She took the final 6–3 4-6 7-6 (7-4) and bowed.").is_empty());
    assert!(figs("The board voted 7-2 against the bid; the mare is a 9-4 favourite.").is_empty());
    assert!(figs("After a 2-0 European Cup win at home, they relaxed.").is_empty());
    // A range with a measure after it is no score.
    assert_eq!(figs("Prices were up 3-4% on the year.").len(), 1);
    assert!(figs("Call 0800 123 456 now.").is_empty());
    assert!(figs("ISKP is one of the most active parts. No one came.").is_empty());
    assert!(figs("Section 28 of the act was repealed with Windows 2000 code.").is_empty());
}

#[test]
fn ages_are_figures() {
    assert_eq!(figs("He is 31 years old."), ["31 | Number | [31, 31] | years"]);
    assert_eq!(figs("A man aged 31 was held."), ["31 | Number | [31, 31] | years"]);
}

#[test]
fn negative_numbers() {
    assert_eq!(figs("It fell to -5 degrees."), ["-5 | Number | [-5, -5] | degrees"]);
}

#[test]
fn claims_file_figures_parse_alone_or_with_a_unit() {
    let f = parse_figure("more than 140").unwrap();
    assert_eq!((f.qualifier, f.value), (Qualifier::Above, Some(140.0)));
    let f = parse_figure("137 people").unwrap();
    assert_eq!(f.noun.as_deref(), Some("people"));
    let f = parse_figure("two").unwrap();
    assert_eq!(f.value, Some(2.0));
    let f = parse_figure("£3bn").unwrap();
    assert_eq!((f.kind, f.currency, f.value), (FigureKind::Money, Some("GBP"), Some(3e9)));
    assert_eq!(parse_figure("2015").unwrap().value, Some(2015.0));
    assert!(parse_figure("many").is_err());
    assert!(parse_figure("137 and 140").is_err());
    assert!(parse_figure("killed 137").is_err());
}

#[test]
fn interval_overlap_respects_open_and_closed_ends() {
    let more_than_140 = Interval { min: Some(140.0), max: None, min_inclusive: false, max_inclusive: false };
    assert!(!more_than_140.overlaps(&Interval::point(137.0)));
    assert!(!more_than_140.overlaps(&Interval::point(140.0)));
    assert!(more_than_140.overlaps(&Interval::point(141.0)));
    let up_to_6000 = Interval { min: None, max: Some(6000.0), min_inclusive: false, max_inclusive: true };
    assert!(up_to_6000.overlaps(&Interval::point(6000.0)));
    assert!(up_to_6000.overlaps(&more_than_140));
    assert!(Interval::point(137.0).widen(0.05).contains(140.0));
}

#[test]
fn rates_are_marked() {
    let rates = |text: &str| -> Vec<(String, bool)> {
        let seg = segment(text, text);
        read_figures(&seg.tokens, text, text, &[])
            .figures
            .iter()
            .map(|f| (text[f.span.start..f.span.end].to_string(), f.is_rate))
            .collect()
    };
    assert_eq!(
        rates("That is two attacks every three days, or 100 deaths a day, not 77 attacks."),
        [("two".into(), true), ("three".into(), true), ("100".into(), true), ("77".into(), false)]
    );
    // A price per item, but not a count of items. After "rose", "from" and
    // "to" lead to two levels, and only the second has "a leg" after it.
    assert_eq!(
        rates("It rose from £2.50 to £4 a leg, $60 a barrel; 5 a leg stayed; it made £160m a year."),
        [
            ("£2.50".into(), false),
            ("£4".into(), true),
            ("$60".into(), true),
            ("5".into(), false),
            ("£160m".into(), true)
        ]
    );
    assert_eq!(rates("It costs from £2.50 to £4 a leg."), [("from £2.50 to £4".into(), true)]);
}

#[test]
fn two_bounds_make_one_interval() {
    assert_eq!(
        figs("It is more than 10 and less than 40, or at most 100 and at least 20."),
        ["more than 10 and less than 40 | Number | (10, 40) | ", "at most 100 and at least 20 | Number | [20, 100] | "]
    );
    assert_eq!(
        figs("More than 40 and less than 10 came."),
        ["More than 40 | Number | (40, inf) | ", "less than 10 | Number | (inf, 10) | "]
    );
}

#[test]
fn comparisons_in_words_and_signs() {
    assert_eq!(
        figs("Sales less than or equal to 40, deaths could exceed 3,000, < = 100 and <-30."),
        [
            "less than or equal to 40 | Number | (inf, 40] | ",
            "exceed 3,000 | Number | (3000, inf) | ",
            "< = 100 | Number | (inf, 100] | ",
            "<-30 | Number | (inf, -30) | "
        ]
    );
    assert_eq!(
        figs("Aged 65 or older, 200 or greater."),
        ["65 or older | Number | [65, inf) | years", "200 or greater | Number | [200, inf) | "]
    );
    assert_eq!(figs("Not a sign: =>30 and <>30."), ["30 | Number | [30, 30] | ", "30 | Number | [30, 30] | "]);
}

#[test]
fn fractions_and_proportions() {
    assert_eq!(
        figs("More than half said so; a third of voters, one in five adults and nine out of 10 members agreed."),
        [
            "More than half | Number | (0.5, inf) | ",
            "a third | Number | [0.333, 0.333] | voters",
            "one in five | Number | [0.2, 0.2] | adults",
            "nine out of 10 | Number | [0.9, 0.9] | members"
        ]
    );
    assert_eq!(figs("Only 13 out of 659 MPs."), ["13 | Number | [13, 13] | ", "659 | Number | [659, 659] | mps"]);
    assert_eq!(figs("It fell by a third."), ["a third | Number | [0.333, 0.333] | "]);
    assert!(figs("He won a third term and a fourth title.").is_empty());
    assert_eq!(figs("The ratio is one over three."), ["one over three | Number | [0.333, 0.333] | "]);
    assert_eq!(
        figs("He earned $2000 over 3 years."),
        ["$2000 | Money | [2000, 2000] | USD", "over 3 | Number | (3, inf) | years"]
    );
}

#[test]
fn a_change_then_a_level_is_not_a_range() {
    assert_eq!(
        figs("Jobless numbers rose 32,000 to 1.41 million; between 700,000 and one million boxes sold; 2-3 million fled."),
        [
            "32,000 | Number | [32000, 32000] | ",
            "1.41 million | Number | [1410000, 1410000] | ",
            "between 700,000 and one million | Number | [700000, 1000000] | boxes",
            "2-3 million | Number | [2000000, 3000000] | "
        ]
    );
}

#[test]
fn negative_numbers_in_words() {
    assert_eq!(figs("It fell to minus five degrees."), ["minus five | Number | [-5, -5] | degrees"]);
    assert_eq!(figs("Between negative ten and fifteen."), ["Between negative ten and fifteen | Number | [-10, 15] | "]);
}

#[test]
fn phone_numbers_and_score_lines_are_not_figures() {
    assert!(figs("Call +1-222-2222-2222 or 123-12-1234 now.").is_empty());
    assert!(figs("Henman beat Kiefer of Germany 6-4 6-4 on Monday.").is_empty());
    assert!(figs("Henman won 6-4 3-6 7-6 in Sydney.").is_empty());
}

#[test]
fn one_is_a_count_before_a_noun_and_a_pronoun_elsewhere() {
    let text = "Only one man was held. A tough one. The only one left. The total was one. One of them fled.";
    let found: Vec<String> = figs(text);
    assert_eq!(found, ["one | Number | [1, 1] | man", "one | Number | [1, 1] | "]);
    // After a qualifier, "one" is a number even at the end: a claims file
    // writes "about one" alone.
    assert_eq!(figs("It came to about one."), ["about one | Number | [0.9, 1.1] | "]);
    assert_eq!(parse_figure("at least one").map(|f| f.low), Ok(1.0));
}

#[test]
fn a_capitalised_number_word_in_a_name_is_no_figure() {
    assert!(figs("Wales won their opening two Six Nations games.").iter().all(|f| !f.starts_with("Six")));
    assert!(figs("The show moved to BBC Three last year.").is_empty());
    // A sentence's first word may be capitalised and still count.
    assert_eq!(figs("Five of the eight critics agreed.").len(), 2);
    assert_eq!(figs("\"Five people died,\" she said.").len(), 1);
}

#[test]
fn an_adverb_of_frequency_after_a_figure_is_no_unit() {
    assert_eq!(figs("The mill will cut 300 annually."), ["300 | Number | [300, 300] | "]);
    assert_eq!(figs("Sales rose 4% overall."), ["4% | Percent | [4, 4] | %"]);
}

mod news_forms;
