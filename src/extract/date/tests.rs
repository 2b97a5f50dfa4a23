use super::*;
use jiff::civil::date;

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
