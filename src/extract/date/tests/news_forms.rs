//! The forms of news copy that a date is read by, one test per rule, in
//! sentences written for them.

use super::{dates, parse_date, read_dates, segment, Date};
use jiff::civil::date;

/// Published on a Wednesday.
const WEDNESDAY: fn() -> Option<Date> = || Some(date(2005, 2, 16));

/// The reader that read each date of `text`, as "words: rule".
fn rules(text: &str) -> Vec<String> {
    let seg = segment(text, text);
    read_dates(&seg.tokens).iter().map(|d| format!("{}: {}", &text[d.span.start..d.span.end], d.rule)).collect()
}

#[test]
fn possessive_periods() {
    assert_eq!(
        dates("Last year's ceremony cost more than this year's budget; next month's election looms.", WEDNESDAY()),
        ["Last year's = 2004 (Relative)", "this year's = 2005 (Relative)", "next month's = 2005-03 (Relative)"]
    );
    assert_eq!(
        dates("It topped today's agenda and December's sales.", WEDNESDAY())[0],
        "today's = 2005-02-16 (Relative)"
    );
    assert_eq!(dates("Sales in December's rush rose.", WEDNESDAY()), ["December's = 2004-12 (Published)"]);
    assert_eq!(dates("Last season's champions lost.", WEDNESDAY()), ["Last season's = 2003-08/2004-05 (Relative)"]);
}

#[test]
fn seasons() {
    assert_eq!(
        dates("It opens in spring 2006, after the autumn of 2005 and winter 2005.", None),
        [
            "spring 2006 = 2006-03/2006-05 (Stated)",
            "the autumn of 2005 = 2005-09/2005-11 (Stated)",
            "winter 2005 = 2005-12/2006-02 (Stated)"
        ]
    );
    assert_eq!(
        dates("Sales fell last summer and this winter, and rose in the spring.", WEDNESDAY()),
        [
            "last summer = 2004-06/2004-08 (Relative)",
            "this winter = 2004-12/2005-02 (Relative)",
            "spring = 2004-03/2004-05 (Published)"
        ]
    );
    assert_eq!(dates("The show will return next spring.", WEDNESDAY()), ["next spring = 2005-03/2005-05 (Relative)"]);
    // A season inside a title, or before a noun it qualifies, is no date.
    assert!(dates("She starred in My Summer of Love.", WEDNESDAY()).is_empty());
    assert!(dates("It sold well over the summer holidays.", WEDNESDAY()).is_empty());
    assert_eq!(rules("It opens in spring 2006."), ["spring 2006: season"]);
}

#[test]
fn a_claim_reads_a_season() {
    let d = parse_date("spring 2006", None).unwrap();
    assert_eq!(d.iso().as_deref(), Some("2006-03/2006-05"));
    assert!(parse_date("last summer", WEDNESDAY()).is_ok());
}

#[test]
fn parts_and_halves_of_relative_years() {
    assert_eq!(
        dates(
            "Late last year it fell; by the end of next year it will rise, in the first half of this year too.",
            WEDNESDAY()
        ),
        [
            "Late last year = 2004-09/2004-12 (Relative)",
            "the end of next year = 2006-09/2006-12 (Relative)",
            "the first half of this year = 2005-01/2005-06 (Relative)"
        ]
    );
    assert_eq!(
        dates("In the second half of 2004 sales rose.", None),
        ["the second half of 2004 = 2004-07/2004-12 (Stated)"]
    );
}

#[test]
fn this_weekend_and_a_couple_of_days_ago() {
    assert_eq!(
        dates("He pulled out of this weekend's race a couple of days ago.", WEDNESDAY()),
        ["this weekend's = 2005-02-19/2005-02-20 (Relative)", "a couple of days ago = 2005-02-14 (Relative)"]
    );
}

#[test]
fn future_markers_resolve_forward() {
    assert_eq!(
        dates("The figures are due to be published on Friday.", WEDNESDAY()),
        ["Friday = 2005-02-18 (Relative)"]
    );
    assert_eq!(dates("The film is to be shown on Tuesday.", WEDNESDAY()), ["Tuesday = 2005-02-22 (Relative)"]);
    assert_eq!(dates("It will be played on Friday.", WEDNESDAY()), ["Friday = 2005-02-18 (Relative)"]);
    assert_eq!(dates("He said he would resign on Monday.", WEDNESDAY()), ["Monday = 2005-02-21 (Relative)"]);
    assert_eq!(dates("She must decide by Tuesday.", WEDNESDAY()), ["Tuesday = 2005-02-22 (Relative)"]);
    assert_eq!(dates("The bill will be debated before Easter.", WEDNESDAY()), ["Easter = 2005-03-27 (Published)"]);
    assert_eq!(dates("The deal would be signed in March.", WEDNESDAY()), ["March = 2005-03 (Published)"]);
    // A hyphened adjective in "-ed" is no past tense.
    assert_eq!(
        dates("He would give tsunami-related figures on Monday.", WEDNESDAY()),
        ["Monday = 2005-02-21 (Relative)"]
    );
}

#[test]
fn years_before_nouns_they_date() {
    assert_eq!(
        dates("It will publish 2005 results, against 2001 levels and the 1999 winner.", None),
        ["2005 = 2005 (Stated)", "2001 = 2001 (Stated)", "1999 = 1999 (Stated)"]
    );
    // A count with a unit is no year.
    assert!(dates("The plant employs 2004 workers.", None).is_empty());
}

#[test]
fn programmes_and_people_named_by_a_day_are_no_dates() {
    assert!(dates("She spoke on ITV1's This Morning and on the Today programme.", WEDNESDAY()).is_empty());
    assert!(dates("He told Sky News' Sunday with Adam Boulton.", WEDNESDAY()).is_empty());
    assert!(dates("They beat Wednesday, who are fourth.", WEDNESDAY()).is_empty());
    assert!(dates("It will grow in the coming year.", WEDNESDAY()).is_empty());
    assert_eq!(dates("The last week of December 2004 was busy.", WEDNESDAY()), ["December 2004 = 2004-12 (Stated)"]);
}

#[test]
fn a_same_month_with_a_year_is_a_comparison_and_a_decade_dates_nothing() {
    let text = "In 2004 texts rose. In December alone 2bn were sent, more than in December 2003.";
    assert_eq!(dates(text, None)[1], "December = 2004-12 (Paragraph)");
    let text = "In the late 1980s figures were revised, as in the third quarter.";
    assert_eq!(dates(text, WEDNESDAY())[1], "third quarter = 2004-07/2004-09 (Published)");
}

#[test]
fn ranges_keep_both_ends() {
    assert_eq!(
        dates("It ran from 3 May 2004 to 10 June 2005 and from 1 July to 14 July 2004.", None),
        [
            "3 May 2004 to 10 June 2005 = 2004-05-03/2005-06-10 (Stated)",
            "1 July to 14 July 2004 = 2004-07-01/2004-07-14 (Stated)"
        ]
    );
}

#[test]
fn a_claim_reads_every_interval_extract_prints() {
    for (text, iso) in [
        ("2014-12-29/2015-01-04", "2014-12-29/2015-01-04"),
        ("2010/2011", "2010/2011"),
        ("2014-01-21/2014-01-31", "2014-01-21/2014-01-31"),
        ("2021-09/2021-12", "2021-09/2021-12"),
        ("--03-22", "2004-03-22"),
    ] {
        let d = parse_date(text, WEDNESDAY()).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(d.iso().as_deref(), Some(iso), "{text:?}");
    }
    assert!(parse_date("2015-01-04/2014-12-29", None).is_err());
}
