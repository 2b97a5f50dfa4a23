use super::*;
use crate::segment::segment;
use jiff::civil::{date, Date};

/// Every date of `text`, resolved against `published`, as "text = iso (rule)".
fn dates(text: &str, published: Option<Date>) -> Vec<String> {
    let seg = segment(text, text);
    let mut all = Vec::new();
    let mut placed = Vec::new();
    for (s, sentence) in seg.sentences.iter().enumerate() {
        for d in read_dates(seg.sentence_tokens(s)) {
            all.push(d);
            placed.push(Placement { sentence: s, paragraph: sentence.paragraph });
        }
    }
    resolve(&mut all, &placed, &|p| p.checked_sub(1), published);
    all.iter()
        .map(|d| format!("{} = {} ({:?})", &text[d.span.start..d.span.end], d.iso().unwrap_or_default(), d.year_rule))
        .collect()
}

#[test]
fn full_dates_in_every_order() {
    assert_eq!(
        dates("On 24 March 2024 and March 22, 2024, on Monday, August 30, 2021, and 2024-03-22 and 22/03/2024.", None),
        [
            "24 March 2024 = 2024-03-24 (Stated)",
            "March 22, 2024 = 2024-03-22 (Stated)",
            "Monday, August 30, 2021 = 2021-08-30 (Stated)",
            "2024-03-22 = 2024-03-22 (Stated)",
            "22/03/2024 = 2024-03-22 (Stated)"
        ]
    );
}

#[test]
fn months_years_decades_parts_and_quarters() {
    assert_eq!(
        dates("In August 2021, in 2019, the 1990s, late 2021, mid-2020, early March 2024 and Q3 2023 and the first quarter of 2023.", None),
        [
            "August 2021 = 2021-08 (Stated)",
            "2019 = 2019 (Stated)",
            "1990s = 1990/1999 (Stated)",
            "late 2021 = 2021-09/2021-12 (Stated)",
            "mid-2020 = 2020-05/2020-08 (Stated)",
            "early March 2024 = 2024-03-01/2024-03-10 (Stated)",
            "Q3 2023 = 2023-07/2023-09 (Stated)",
            "first quarter of 2023 = 2023-01/2023-03 (Stated)"
        ]
    );
}

#[test]
fn ranges_of_dates() {
    assert_eq!(
        dates("Between January 2017 and October 2018, then from 2015 to 2018, and 2004-05.", None),
        [
            "January 2017 and October 2018 = 2017-01/2018-10 (Stated)",
            "2015 to 2018 = 2015/2018 (Stated)",
            "2004-05 = 2004/2005 (Stated)"
        ]
    );
    assert_eq!(dates("From January to March 2017.", None), ["January to March 2017 = 2017-01/2017-03 (Stated)"]);
}

#[test]
fn lists_share_their_month_and_year() {
    assert_eq!(
        dates("Bombings on 8 and 15 October 2021.", None),
        ["8 = 2021-10-08 (Stated)", "15 October 2021 = 2021-10-15 (Stated)"]
    );
}

#[test]
fn year_less_dates_take_the_year_from_their_context() {
    let text = "The site of the August 26 bombing on August 27, 2021.\n\nIn October 2021 he spoke. Mosques were hit on 8 and 15 October.\n\nOn 22 March it began.";
    assert_eq!(
        dates(text, Some(date(2024, 3, 31))),
        [
            "August 26 = 2021-08-26 (Sentence)",
            "August 27, 2021 = 2021-08-27 (Stated)",
            "October 2021 = 2021-10 (Stated)",
            "8 = 2021-10-08 (Paragraph)",
            "15 October = 2021-10-15 (Paragraph)",
            "22 March = 2021-03-22 (PreviousParagraph)"
        ]
    );
}

#[test]
fn published_gives_the_latest_year_not_after_it() {
    assert_eq!(dates("It began on 22 March.", Some(date(2024, 3, 31))), ["22 March = 2024-03-22 (Published)"]);
    assert_eq!(dates("It began on 22 May.", Some(date(2024, 3, 31))), ["22 May = 2023-05-22 (Published)"]);
    assert_eq!(dates("It began on 22 May.", None), ["22 May = --05-22 (Unresolved)"]);
}

#[test]
fn the_article_year_is_the_last_resort() {
    let text = "In 2021 it grew.\n\nMore in 2021.\n\nAnd in 2019.\n\nIt fell.\n\nIt began on 22 May.";
    assert_eq!(dates(text, None).last().map(String::as_str), Some("22 May = 2021-05-22 (ArticleYear)"));
}

#[test]
fn relative_dates_need_the_publication_date() {
    let published = Some(date(2024, 3, 27)); // a Wednesday
    assert_eq!(
        dates("Yesterday and last month, on Monday, last year and last week.", published),
        [
            "Yesterday = 2024-03-26 (Relative)",
            "last month = 2024-02 (Relative)",
            "Monday = 2024-03-25 (Relative)",
            "last year = 2023 (Relative)",
            "last week = 2024-03-18/2024-03-24 (Relative)"
        ]
    );
    assert_eq!(dates("It happened yesterday.", None), ["yesterday =  (Unresolved)"]);
}

#[test]
fn counts_and_names_are_not_years() {
    assert!(dates("More than 2000 people and 1500 troops came; Windows 2000 failed.", None).is_empty());
    assert_eq!(dates("A 2018 report said so.", None), ["2018 = 2018 (Stated)"]);
    assert!(dates("They may march in May.", None) == ["May = --05 (Unresolved)"]);
    assert!(dates("It killed 137 people.", None).is_empty());
}

#[test]
fn periods_compare_by_overlap() {
    let aug = parse_date("August 2021", None).unwrap().period.unwrap();
    let day = parse_date("2021-08-26", None).unwrap().period.unwrap();
    let late = parse_date("late 2021", None).unwrap().period.unwrap();
    assert!(aug.overlaps(&day));
    assert!(late.overlaps(&parse_date("2021-11", None).unwrap().period.unwrap()));
    assert!(!late.overlaps(&parse_date("2021-03", None).unwrap().period.unwrap()));
}

#[test]
fn claims_file_dates() {
    assert_eq!(parse_date("2024", None).unwrap().granularity, Granularity::Year);
    assert_eq!(parse_date("2024-03", None).unwrap().iso().unwrap(), "2024-03");
    let d = parse_date("22 March", Some(date(2024, 3, 31))).unwrap();
    assert_eq!(d.iso().unwrap(), "2024-03-22");
    assert!(parse_date("22 March", None).unwrap_err().contains("no year"));
    assert!(parse_date("soon", None).is_err());
    assert!(parse_date("2024-13", None).is_err());
}

#[test]
fn numbers_with_separators() {
    assert_eq!(
        dates("It ran 05-Aug-2016, 2019/aug/01, Sep-23-2020, 23.04.2022 and 20161016; in Dec/2018 and 2015-3.", None),
        [
            "05-Aug-2016 = 2016-08-05 (Stated)",
            "2019/aug/01 = 2019-08-01 (Stated)",
            "Sep-23-2020 = 2020-09-23 (Stated)",
            "23.04.2022 = 2022-04-23 (Stated)",
            "20161016 = 2016-10-16 (Stated)",
            "Dec/2018 = 2018-12 (Stated)",
            "2015-3 = 2015-03 (Stated)"
        ]
    );
    assert_eq!(
        dates("The 2003-4 and 1998/9 budgets, the 2011-12 season.", None),
        ["2003-4 = 2003/2004 (Stated)", "1998/9 = 1998/1999 (Stated)", "2011-12 = 2011/2012 (Stated)"]
    );
}

#[test]
fn numbers_that_are_not_dates() {
    assert!(dates("The ssn is 123-12-1234; 2015-1-32 is wrong; 2015-32 too; call +86 2010-2015-86.", None).is_empty());
    assert!(dates("It rose 3/4 of a point, 24/7, on 3/4 of the land.", None).is_empty());
    assert!(dates("Is this a valid date? 32 - 2015", None).is_empty());
}

#[test]
fn a_day_and_month_alone_need_a_frame_and_read_day_first() {
    let published = Some(date(2018, 9, 7));
    assert_eq!(dates("We meet on 22/04.", published), ["22/04 = 2018-04-22 (Published)"]);
    assert_eq!(dates("Thursday 29/03 is good.", published), ["Thursday 29/03 = 2018-03-29 (Published)"]);
    assert_eq!(
        dates("I'll go back Oct/2 and on 5.12.", published),
        ["Oct/2 = 2018-10-02 (Published)", "5.12 = 2018-12-05 (Published)"]
    );
}

#[test]
fn lower_case_months_and_weekdays() {
    let published = Some(date(2019, 6, 17)); // a Monday
    assert_eq!(dates("The april 2017 bonus.", published), ["april 2017 = 2017-04 (Stated)"]);
    assert_eq!(
        dates("A meeting on 14 nov and one on tuesday.", published),
        ["14 nov = 2018-11-14 (Published)", "tuesday = 2019-06-11 (Relative)"]
    );
    assert_eq!(dates("It may be in may.", published), ["may = 2019-05 (Published)"]);
    assert!(dates("His belief in may impress them, troops march 5 miles.", published).is_empty());
}

#[test]
fn days_in_words() {
    assert_eq!(
        dates(
            "On the fourth of July 1995, on January first 2000 and on twenty five January nineteen eighty six.",
            None
        ),
        [
            "fourth of July 1995 = 1995-07-04 (Stated)",
            "January first 2000 = 2000-01-01 (Stated)",
            "twenty five January nineteen eighty six = 1986-01-25 (Stated)"
        ]
    );
    assert_eq!(dates("They left in nineteen ninety six.", None), ["nineteen ninety six = 1996 (Stated)"]);
    assert!(dates("In October two thousand people marched.", Some(date(2016, 11, 7)))
        .iter()
        .all(|d| !d.contains("2000")));
}

#[test]
fn weekdays_relative_to_the_week() {
    let published = Some(date(2019, 1, 31)); // a Thursday
    assert_eq!(
        dates(
            "Next Friday, last Wednesday, this past Wednesday, this Friday, Tuesday of next week, next week on Monday.",
            published
        ),
        [
            "Next Friday = 2019-02-08 (Relative)",
            "last Wednesday = 2019-01-23 (Relative)",
            "this past Wednesday = 2019-01-30 (Relative)",
            "this Friday = 2019-02-01 (Relative)",
            "Tuesday of next week = 2019-02-05 (Relative)",
            "next week on Monday = 2019-02-04 (Relative)"
        ]
    );
}

#[test]
fn weekdays_that_are_no_dates() {
    let published = Some(date(2019, 1, 31));
    assert!(dates("Friday prayers, Super Tuesday, the Sunday Times and Sheffield Wednesday.", published).is_empty());
    assert!(dates("It happens every Monday, on a Sunday and at the Friday matches.", published).is_empty());
}

#[test]
fn a_weekday_with_a_day_of_the_month() {
    let published = Some(date(2021, 3, 15)); // a Monday
    assert_eq!(dates("Meet on Friday the 26th at 4.", published), ["Friday the 26th = 2021-03-26 (Relative)"]);
    assert_eq!(dates("Meet on Monday 12-4.", published), ["Monday = 2021-03-15 (Relative)"]);
    assert_eq!(dates("Done on the 4th.", published), ["4th = 2021-03-04 (Relative)"]);
    // The weekday tells the year of "Tuesday 9 November" (a Tuesday in 2004).
    assert_eq!(
        dates("Stores open on Tuesday 9 November.", Some(date(2005, 6, 1))),
        ["Tuesday 9 November = 2004-11-09 (Published)"]
    );
}

#[test]
fn durations_from_now_and_from_a_date() {
    let published = Some(date(2018, 10, 17));
    assert_eq!(
        dates("It hit two months ago. It hit 11 days ago. It happened 2 weeks before May 13 1999.", published),
        [
            "two months ago = 2018-08 (Relative)",
            "11 days ago = 2018-10-06 (Relative)",
            "2 weeks before May 13 1999 = 1999-04-29 (Stated)"
        ]
    );
    assert_eq!(dates("He will be back in two weeks' time.", published), ["in two weeks' time = 2018-10-31 (Relative)"]);
    assert!(dates("The lowest level in two years.", published).is_empty());
    assert!(dates("In the five months from 3 August to 24 December sales rose.", published)
        .iter()
        .all(|d| !d.contains("five")));
}

#[test]
fn the_future_takes_the_next_date() {
    let published = Some(date(2024, 1, 10)); // a Wednesday
    assert_eq!(
        dates(
            "The summit will be held on 22 March. Talks will resume on Monday. He was arrested on Monday.",
            published
        ),
        ["22 March = 2024-03-22 (Published)", "Monday = 2024-01-15 (Relative)", "Monday = 2024-01-08 (Relative)"]
    );
}

#[test]
fn holidays() {
    let published = Some(date(2019, 6, 12));
    assert_eq!(
        dates("On Easter 2018 and Black Friday 2010.", published),
        ["Easter 2018 = 2018-04-01 (Stated)", "Black Friday 2010 = 2010-11-26 (Stated)"]
    );
    assert_eq!(
        dates("Last Easter, next Christmas and on Boxing Day.", published),
        [
            "Last Easter = 2019-04-21 (Relative)",
            "next Christmas = 2019-12-25 (Relative)",
            "Boxing Day = 2018-12-26 (Published)"
        ]
    );
    assert!(dates("Christmas sales rose; the Easter weekend; Happy New Year; Holocaust Memorial Day.", published)
        .is_empty());
}

#[test]
fn this_and_last_month_names_and_day_parts() {
    let published = Some(date(2016, 11, 7));
    assert_eq!(
        dates("This September and last November, this morning and yesterday evening.", published),
        [
            "This September = 2016-09 (Relative)",
            "last November = 2015-11 (Relative)",
            "this morning = 2016-11-07 (Relative)",
            "yesterday evening = 2016-11-06 (Relative)"
        ]
    );
}

#[test]
fn an_article_that_writes_the_month_first_reads_numbers_month_first() {
    assert_eq!(dates("It opened on 03/04/2021.", None), ["03/04/2021 = 2021-04-03 (Stated)"]);
    assert_eq!(
        dates("It opened on March 22, 2021 and closed on 03/04/2021.", None),
        ["March 22, 2021 = 2021-03-22 (Stated)", "03/04/2021 = 2021-03-04 (Stated)"]
    );
    assert_eq!(
        dates("It opened on 22 March 2021 and closed on 03/04/2021.", None),
        ["22 March 2021 = 2021-03-22 (Stated)", "03/04/2021 = 2021-04-03 (Stated)"]
    );
}

#[test]
fn a_weekday_of_the_week_a_duration_lands_in() {
    let published = Some(date(2016, 11, 9)); // a Wednesday
    assert_eq!(
        dates("I'll go back Monday two weeks from now.", published),
        ["Monday two weeks from now = 2016-11-21 (Relative)"]
    );
    assert_eq!(dates("I'll go back in 3 days on Friday.", published), ["in 3 days on Friday = 2016-11-11 (Relative)"]);
    assert_eq!(dates("I'll be back 23/12 before 5pm.", published), ["23/12 = 2016-12-23 (Published)"]);
}

#[test]
fn lists_share_their_year() {
    assert_eq!(
        dates("Attacks rose in 2018, 2019 and 2020.", None),
        ["2018 = 2018 (Stated)", "2019 = 2019 (Stated)", "2020 = 2020 (Stated)"]
    );
}

#[test]
fn a_past_event_is_not_dated_after_publication() {
    let text = "In October, it increased the surcharge. Results to March 2005 are due.";
    assert_eq!(dates(text, Some(date(2005, 2, 7))), ["October = 2004-10 (Published)", "March 2005 = 2005-03 (Stated)"]);
    // Without a publication date the paragraph's year stands.
    assert_eq!(dates(text, None)[0], "October = 2005-10 (Paragraph)");
}

mod news_forms;

/// Every date form, plain and typographic: each token where a reader, asked
/// whatever the token, reads a date must be one it may start at.
#[test]
fn every_date_the_readers_find_starts_at_a_token_that_may_open_one() {
    let text = "Last Christmas, on New Year's Eve and Boxing Day, and after New Year’s Day. On 2024-03-22, \
        22/03/2024, 20240322 and 3.4.2021. Monday, 3 March, this Friday 13th and Tuesday, two weeks from \
        now. Fifteen August, the twenty-first of May, the 3rd and 4th of June, twenty first of July and \
        22nd March. March 22, 2024, Aug. 26 and Sept 3. Early 2021, mid-2020, the end of March, the \
        first half of 2023 and the beginning of May. Q3 2023, the third quarter of 2023, the final quarter \
        and the 1990s. Two weeks ago, in a fortnight's time, in a fortnight’s time, a couple of days ago, \
        three years after 2001 and in 10 days. Last summer, spring 2006, this season and next winter. In \
        2019, since nineteen ninety six and in two thousand and five. Yesterday's talks, yesterday’s \
        talks, today, tonight, tomorrow, this morning, later this evening, last month, the coming \
        weekend, next week on Tuesday, on the 18th, on Monday, this past Friday and previous week.";
    let seg = segment(text, text);
    let mut opened = 0;
    for s in 0..seg.sentences.len() {
        let toks = seg.sentence_tokens(s);
        let r = reader::Reader(crate::segment::Cursor::new(toks));
        for (i, t) in toks.iter().enumerate() {
            for (k, reader) in read::READERS.iter().enumerate() {
                if read::read_with(k, &r, i) {
                    opened += 1;
                    let name = reader.name;
                    assert!(t.opens.date_reader(k), "{name} reads at {:?} but may not start there", t.norm);
                }
            }
        }
    }
    assert!(opened > 60, "only {opened} tokens opened a date");
}

#[test]
fn ordinary_words_and_punctuation_open_no_date() {
    let text = "Our council's report, it said, was (largely) ignored!";
    let seg = segment(text, text);
    let open: Vec<&str> = seg.sentence_tokens(0).iter().filter(|t| t.opens.date()).map(|t| t.norm.as_str()).collect();
    assert_eq!(open, Vec::<&str>::new());
}
