use crate::extract::date::read_dates;
use crate::extract::figure::{read_figures, Figure, Qualifier, Role};
use crate::segment::segment;
use crate::source::Span;

/// Every figure of `text`, as the article reader and the claims reader see
/// it (dates read first).
fn figures(text: &str) -> Vec<(String, Figure)> {
    let seg = segment(text, text);
    (0..seg.sentences.len())
        .flat_map(|s| {
            let toks = seg.sentence_tokens(s);
            let taken: Vec<Span> = read_dates(toks).iter().map(|d| d.span).collect();
            read_figures(toks, text, text, &taken).figures
        })
        .map(|f| (text[f.span.start..f.span.end].to_string(), f))
        .collect()
}

/// Every figure of `text` as "words role", with "-" for no role.
fn roles(text: &str) -> Vec<String> {
    let name = |r: Option<Role>| r.map_or("-".to_string(), |r| format!("{r:?}").to_lowercase());
    figures(text).into_iter().map(|(words, f)| format!("{words} {}", name(f.role))).collect()
}

#[test]
fn a_change_verb_splits_change_level_reached_and_level_left() {
    assert_eq!(roles("Sales rose 2% to $11.1bn from $10.9bn."), ["2% change", "$11.1bn to", "$10.9bn from"]);
    assert_eq!(roles("The index fell from 8,420 to 7,310, or 13.2%."), ["8,420 from", "7,310 to", "13.2% change"]);
    assert_eq!(roles("Shares in the bank fell 14 pence to 352p."), ["14 pence change", "352p to"]);
    assert_eq!(roles("The firm cut its forecast by 4% to 80bn kronor."), ["4% change", "80bn to"]);
}

#[test]
fn from_x_to_y_after_a_change_verb_is_two_points_not_a_range() {
    let found = figures("Membership increased from 18 to 21.");
    let points: Vec<_> = found.iter().map(|(w, f)| (w.as_str(), f.qualifier, f.value, f.role)).collect();
    assert_eq!(
        points,
        [("18", Qualifier::Exact, Some(18.0), Some(Role::From)), ("21", Qualifier::Exact, Some(21.0), Some(Role::To))]
    );
    assert_eq!(roles("There was an increase from 18 to 21."), ["18 from", "21 to"]);
}

#[test]
fn a_single_figure_takes_the_role_its_word_gives() {
    assert_eq!(roles("Prices rose by 5%."), ["5% change"]);
    assert_eq!(roles("Output grew 3.2%."), ["3.2% change"]);
    assert_eq!(roles("Inflation rose to 5%."), ["5% to"]);
    assert_eq!(roles("It fell to a low of 40."), ["40 to"]);
    assert_eq!(roles("Profits jumped 10% from a year earlier."), ["10% change"]);
    assert_eq!(roles("It rose by a further 2%."), ["2% change"]);
    assert_eq!(roles("Profits at the firm rose 2%."), ["2% change"]);
}

#[test]
fn without_a_change_word_ranges_stay_ranges() {
    let found =
        figures("Children aged from 5 to 11 came; between 10 and 20 left; it costs 10 to 20 dollars; 30-40 were hurt.");
    let ranges: Vec<_> = found.iter().map(|(w, f)| (w.as_str(), f.qualifier, f.role)).collect();
    assert_eq!(
        ranges,
        [
            ("from 5 to 11", Qualifier::Range, None),
            ("between 10 and 20", Qualifier::Range, None),
            ("10 to 20 dollars", Qualifier::Range, None),
            ("30-40", Qualifier::Range, None)
        ]
    );
    assert_eq!(roles("Prices rose between 2% and 3%."), ["between 2% and 3% change"]);
    assert_eq!(roles("Rates rose 10-20%."), ["10-20% change"]);
}

#[test]
fn up_and_down_are_change_words_but_up_to_is_a_bound() {
    assert_eq!(roles("Shares were up 14 pence to 352p."), ["14 pence change", "352p to"]);
    assert_eq!(roles("Shares closed down 3% at 200p."), ["3% change", "200p to"]);
    assert_eq!(roles("The estimate rose to 100, up from 90."), ["100 to", "90 from"]);
    let found = figures("Nissan plans to cut up to 700 contract workers.");
    assert_eq!((found[0].1.qualifier, found[0].1.role), (Qualifier::UpTo, Some(Role::Change)));
    // After a verb of motion, "up to" is a direction and a level.
    let found = figures("Payrolls were revised up to 245,000.");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.qualifier, found[0].1.role),
        ("245,000", Qualifier::Exact, Some(Role::To))
    );
    assert_eq!(roles("Payrolls were revised up from 212,000 to 245,000."), ["212,000 from", "245,000 to"]);
    assert_eq!(roles("Forecasts were scaled back to 4% from 5%."), ["4% to", "5% from"]);
}

#[test]
fn idioms_with_up_and_down_are_no_change() {
    assert_eq!(roles("The firm set up 3 companies and it made up 40% of sales."), ["3 -", "40% -"]);
    assert_eq!(roles("Troops shot down two drones."), ["two -"]);
}

#[test]
fn kinds_stay_apart_a_change_and_a_level_are_never_one_range() {
    assert_eq!(roles("Jobless numbers rose 32,000 to 1.41 million."), ["32,000 change", "1.41 million to"]);
    assert_eq!(roles("The jobless rate rose 0.1 to 5.2%."), ["0.1 change", "5.2% to"]);
    assert_eq!(roles("Revenue grew 2% to $3bn."), ["2% change", "$3bn to"]);
}

#[test]
fn the_reach_of_a_change_word_ends_at_a_clause_boundary() {
    let found = figures("Sales rose 2%, while 300 staff moved from 5 to 11 sites.");
    let read: Vec<_> = found.iter().map(|(w, f)| (w.as_str(), f.qualifier, f.role)).collect();
    assert_eq!(
        read,
        [
            ("2%", Qualifier::Exact, Some(Role::Change)),
            ("300", Qualifier::Exact, None),
            ("from 5 to 11", Qualifier::Range, None)
        ]
    );
    assert_eq!(roles("Sales rose 2%; the firm runs 40 stores."), ["2% change", "40 -"]);
    assert_eq!(roles("Exports fell 3% but the firm moved to 30 sites."), ["3% change", "30 -"]);
    assert_eq!(roles("Prices rose 2% and the firm moved to 40 stores."), ["2% change", "40 -"]);
    assert_eq!(roles("Inflation fell to 4% and is expected to stay at 3%."), ["4% to", "3% -"]);
    assert_eq!(roles("It rose to 4.7% in May, the rate remains below 12.1% in Spain."), ["4.7% to", "below 12.1% -"]);
    assert_eq!(roles("Sales fell 3% due to 300 closures."), ["3% change", "300 -"]);
    // ", or" before a figure restates the change rather than opening a clause.
    assert_eq!(roles("It fell 30 points, or 2%, to 1,470."), ["30 change", "2% change", "1,470 to"]);
}

#[test]
fn change_nouns_take_figures_through_role_words() {
    assert_eq!(roles("There was a rise of 2% to $11.1bn."), ["2% change", "$11.1bn to"]);
    assert_eq!(roles("It posted a rise in sales of 2%."), ["2% change"]);
    assert_eq!(roles("Figures showed growth of just 0.1%."), ["0.1% change"]);
    assert_eq!(roles("The rise, from 189,000 last year, was large."), ["189,000 from"]);
    // A noun's phrase ends at its verb and at a comma.
    assert_eq!(roles("Despite strong growth, rates stay at 4.75%."), ["4.75% -"]);
    assert_eq!(roles("Growth was at 4% in the quarter."), ["4% -"]);
}

#[test]
fn a_figure_before_a_noun_of_change_is_its_size() {
    assert_eq!(roles("It reported a 2% rise in sales to $11.1bn."), ["2% change", "$11.1bn to"]);
    assert_eq!(roles("They face a £3bn cut and a 10-point drop."), ["£3bn change", "10 change"]);
    assert_eq!(roles("Shares closed 3% higher at 200p."), ["3% change", "200p to"]);
    assert_eq!(roles("The index closed 16 points lower."), ["16 change"]);
    assert_eq!(roles("MPs voted for a quarter point rise."), ["a quarter change"]);
    // A count of changes, a payment, a factor and a count of occasions are no size.
    assert_eq!(roles("There were 300 cuts and a 10% down payment."), ["300 -", "10% -"]);
    assert_eq!(roles("It was eight times higher, and rates rose five times."), ["eight -", "five -"]);
}

#[test]
fn words_that_describe_a_noun_or_a_span_are_no_role() {
    assert_eq!(roles("Boeing lost a $23bn contract."), ["$23bn -"]);
    assert_eq!(roles("Shares fell to a 12-year low of 3%."), ["12 -", "3% to"]);
    assert_eq!(roles("Shares fell to a four month low of 40p."), ["four -", "40p to"]);
    assert_eq!(roles("The index tripled its value 10 years later."), ["10 -"]);
    assert_eq!(roles("The charity raised £3m; the firm raised prices by 5%."), ["£3m -", "5% change"]);
}

#[test]
fn role_words_past_fillers() {
    assert_eq!(roles("Sales rose to $3bn, compared with $2bn."), ["$3bn to", "$2bn from"]);
    assert_eq!(roles("Margins fell to 4% as opposed to 5%."), ["4% to", "5% from"]);
    assert_eq!(roles("The rate rose to 5% against 4% a year earlier."), ["5% to", "4% from"]);
    assert_eq!(roles("The index fell to 51.8 from a revised 53.3."), ["51.8 to", "53.3 from"]);
    assert_eq!(roles("Growth slowed to 3% from a previous estimate of 3.7%."), ["3% to", "3.7% from"]);
    assert_eq!(roles("Sales grew 4% in May, down from the third quarter's 5%."), ["4% change", "5% from"]);
    assert_eq!(roles("Foreign firms may raise their stake beyond 49%."), ["49% to"]);
    assert_eq!(roles("Profits rose 15% from a year ago to reach £546m."), ["15% change", "£546m to"]);
    // "at" names a level only without a noun, and a pace right after the verb.
    assert_eq!(roles("The firm cut jobs at 3 plants."), ["3 -"]);
    assert_eq!(roles("Investment is growing at 25% a year."), ["25% change"]);
    assert_eq!(roles("The index ended up 0.7% at 11,740 points."), ["0.7% change", "11,740 to"]);
    assert_eq!(roles("Legal action was dropped against five banks."), ["five -"]);
}

#[test]
fn a_bound_crossed_is_the_level_reached() {
    assert_eq!(roles("Oil rose above $50 and shares fell below 40p."), ["above $50 to", "below 40p to"]);
    assert_eq!(roles("Oil rose more than 5%."), ["more than 5% change"]);
}

#[test]
fn restated_figures_take_the_role_of_the_figure_they_restate() {
    assert_eq!(roles("Profit rose to $3bn (£2bn)."), ["$3bn to", "£2bn to"]);
    assert_eq!(
        roles("Revenue dipped to 86.7bn Swiss francs ($74.6bn; £39.1bn)."),
        ["86.7bn to", "$74.6bn to", "£39.1bn to"]
    );
    assert_eq!(roles("Shares rose 4p (1%) to 548p."), ["4p change", "1% change", "548p to"]);
    // A share of a whole restates the level, not the change.
    assert_eq!(
        roles("Unemployment rose 7,000 to 4.46 million people, or 10.8% of the workforce."),
        ["7,000 change", "4.46 million to", "10.8% to"]
    );
    assert_eq!(roles("Spending will rise by 9.4% and 8.1% respectively."), ["9.4% change", "8.1% change"]);
    assert_eq!(
        roles("Forecasts were cut to 3.0% from 3.5% this year and 2.2% from 2.6% next year."),
        ["3.0% to", "3.5% from", "2.2% to", "2.6% from"]
    );
}

#[test]
fn typographic_variants_read_the_same() {
    // En and em dashes between two levels of a fall.
    assert_eq!(roles("The index fell 8,420–7,310."), ["8,420 from", "7,310 to"]);
    assert_eq!(roles("The index fell 8,420—7,310 on the day."), ["8,420 from", "7,310 to"]);
    assert_eq!(roles("The index fell from 8,420 to 7,310 – or 13.2%."), ["8,420 from", "7,310 to", "13.2% change"]);
    // Non-breaking spaces between number and unit, curly apostrophes and quotes.
    assert_eq!(roles("Sales rose 5\u{a0}per cent to £11.1bn."), ["5\u{a0}per cent change", "£11.1bn to"]);
    assert_eq!(roles("Shares fell 14\u{a0}pence to 352p."), ["14\u{a0}pence change", "352p to"]);
    assert_eq!(roles("The firm’s profits rose 2% to £3bn."), ["2% change", "£3bn to"]);
    assert_eq!(roles("“Sales rose 2% to £3bn,” he said."), ["2% change", "£3bn to"]);
}

#[test]
fn a_claim_statement_reads_roles_the_same_way() {
    // claims' statements go through the same reader, dates first.
    assert_eq!(roles("TimeWarner's sales rose to $11.1bn in 2004"), ["$11.1bn to"]);
    assert_eq!(roles("Sales rose 2% in the year to March 2005"), ["2% change"]);
}

#[test]
fn a_noun_of_change_before_another_noun_governs_nothing() {
    assert_eq!(roles("The growth figures came after a strike by 400 workers."), ["400 -"]);
    assert_eq!(roles("The IMF will cut its growth forecast from 1.8% to 0.8%."), ["1.8% from", "0.8% to"]);
    assert_eq!(roles("Sales growth at the 49 stores was 0.5%."), ["49 -", "0.5% -"]);
}

#[test]
fn an_object_holds_no_other_verb_and_a_possessive_figure_describes_its_noun() {
    assert_eq!(roles("Airlines ended up cancelling 100 flights."), ["100 -"]);
    assert_eq!(roles("She lost her £7.5m claim."), ["£7.5m -"]);
    assert_eq!(roles("Profit fell to £198m from the £130m seen a year earlier."), ["£198m to", "£130m from"]);
}

#[test]
fn a_figure_after_or_restates_and_splits_like_the_change() {
    assert_eq!(roles("Shares rose 6%, or 16 pence, to 290p."), ["6% change", "16 pence change", "290p to"]);
    assert_eq!(roles("Shares rose 6%, or 16 pence to 290p."), ["6% change", "16 pence change", "290p to"]);
}

#[test]
fn a_level_noun_after_a_figure_keeps_it_a_level_and_dashes_set_off_a_restatement() {
    assert_eq!(roles("Rates will fall from its current 4.75% mark to 3.5%."), ["4.75% from", "3.5% to"]);
    assert_eq!(roles("The stock fell to $92.9, from a $103.05 end."), ["$92.9 to", "$103.05 from"]);
    assert_eq!(roles("Shares rose 15 cents - 1.1% - on the day."), ["15 cents change", "1.1% change"]);
    assert_eq!(roles("GDP rose by a strong 0.7%."), ["0.7% change"]);
}
