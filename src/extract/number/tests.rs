use super::*;
use crate::segment::segment;

/// Reads the number at the start of `text` and returns its value and the
/// text it spans.
fn read(text: &str) -> Option<(f64, String)> {
    let seg = segment(text, text);
    let n = read_number(&seg.tokens, 0, text)?;
    let end = seg.tokens[n.end - 1].span.end;
    Some((n.value, text[..end].to_string()))
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(read("2,200 fighters"), Some((2200.0, "2,200".into())));
    assert_eq!(read("1,234,567.5"), Some((1234567.5, "1,234,567.5".into())));
    assert_eq!(read("1 234 567 people"), Some((1234567.0, "1 234 567".into())));
    assert_eq!(read(".08"), Some((0.08, ".08".into())));
    assert_eq!(read("2019 100"), Some((2019.0, "2019".into())));
}

#[test]
fn scale_words_and_suffixes() {
    assert_eq!(read("1.5 million"), Some((1.5e6, "1.5 million".into())));
    assert_eq!(read("3bn"), Some((3e9, "3bn".into())));
    assert_eq!(read("10m"), Some((1e7, "10m".into())));
    assert_eq!(read("40k"), Some((4e4, "40k".into())));
    assert_eq!(read("3.5tn"), Some((3.5e12, "3.5tn".into())));
    assert_eq!(read("2 thousand people"), Some((2e3, "2 thousand".into())));
}

#[test]
fn spelled_numbers() {
    assert_eq!(read("two attacks").map(|r| r.0), Some(2.0));
    assert_eq!(read("twenty-one").map(|r| r.0), Some(21.0));
    assert_eq!(read("twenty one").map(|r| r.0), Some(21.0));
    assert_eq!(read("a hundred and forty").map(|r| r.0), Some(140.0));
    assert_eq!(read("three dozen").map(|r| r.0), Some(36.0));
    assert_eq!(read("half a million").map(|r| r.0), Some(5e5));
    assert_eq!(read("one and a half").map(|r| r.0), Some(1.5));
    assert_eq!(read("two and a half million").map(|r| r.0), Some(2.5e6));
    assert_eq!(read("two thousand and five").map(|r| r.0), Some(2005.0));
    assert_eq!(read("one million two hundred thousand").map(|r| r.0), Some(1.2e6));
    assert_eq!(read("nine hundred ninety nine").map(|r| r.0), Some(999.0));
    assert_eq!(read("a million").map(|r| r.0), Some(1e6));
}

#[test]
fn fractions() {
    assert_eq!(read("a third of").map(|r| r.0), Some(1.0 / 3.0));
    assert_eq!(read("two-thirds").map(|r| r.0), Some(2.0 / 3.0));
    assert_eq!(read("three quarters").map(|r| r.0), Some(0.75));
    assert_eq!(read("3/4").map(|r| r.0), Some(0.75));
    assert_eq!(read("9/11").map(|r| r.0), Some(9.0), "not a fraction: read as the number before the slash");
    assert_eq!(read("3/4/2021").map(|r| r.0), Some(3.0));
}

#[test]
fn words_that_are_not_numbers() {
    assert_eq!(read("a concert"), None);
    assert_eq!(read("an attack"), None);
    assert_eq!(read("second"), None);
    assert_eq!(read("two two").map(|r| r.1), Some("two".into()));
    assert_eq!(read("one-off").map(|r| r.0), None);
    // A hyphened unit or "odd" ends a number: the figure reads the rest.
    assert_eq!(read("twenty-odd").map(|r| r.0), Some(20.0));
}

fn value(text: &str) -> Option<f64> {
    read(text).map(|r| (r.0 * 1e9).round() / 1e9)
}

#[test]
fn fractions_in_words() {
    assert_eq!(value("a hundredth of a second"), Some(0.01));
    assert_eq!(value("one twenty-fifth"), Some(0.04));
    assert_eq!(value("three fifths"), Some(0.6));
    assert_eq!(value("twenty-three fifths"), Some(4.6));
    assert_eq!(value("three twenty-firsts"), Some(0.142857143));
    assert_eq!(value("two thirds of a million"), Some(666666.666666667));
    assert_eq!(value("three quarters of the vote"), Some(0.75));
    assert_eq!(value("a quarter million"), Some(250000.0));
    assert_eq!(value("half a dozen"), Some(6.0));
    assert_eq!(value("a half."), Some(0.5));
    assert_eq!(value("¾"), Some(0.75));
}

#[test]
fn mixed_numbers() {
    assert_eq!(value("five and a quarter"), Some(5.25));
    assert_eq!(value("three and two thirds"), Some(3.666666667));
    assert_eq!(value("two and fifty-four hundredths"), Some(2.54));
    assert_eq!(value("one hundred and three quarters"), Some(100.75));
    assert_eq!(value("a million and a half"), Some(1.5e6));
    assert_eq!(value("one billion and a half million"), Some(1.0005e9));
    assert_eq!(value("2 1/4 miles"), Some(2.25));
    assert_eq!(value("2½ years"), Some(2.5));
}

#[test]
fn ordinals_are_not_fractions() {
    assert_eq!(read("a third attack"), None);
    assert_eq!(read("twenty-first century"), None);
    assert_eq!(value("three quarters in a row"), Some(3.0));
    assert_eq!(value("one second"), Some(1.0));
}

#[test]
fn spoken_decimals_and_digits_among_words() {
    assert_eq!(value("two point five million"), Some(2.5e6));
    assert_eq!(value("nine point nought four"), Some(9.04));
    assert_eq!(value("two hundred point seventy-one"), Some(200.71));
    assert_eq!(value("4 thousand 3 hundred and 21"), Some(4321.0));
    assert_eq!(value("3 dozens"), Some(36.0));
    assert_eq!(value("fifty - two"), Some(52.0));
    assert_eq!(value("10 bln"), Some(1e10));
    assert_eq!(value("1\u{202f}234\u{202f}567.89"), Some(1234567.89));
}

#[test]
fn an_and_that_starts_another_number_is_left_alone() {
    assert_eq!(read("two hundred and three hundred").map(|r| r.1), Some("two hundred".into()));
    assert_eq!(read("one million and two million").map(|r| r.1), Some("one million".into()));
    assert_eq!(value("one million and two thousand"), Some(1_002_000.0));
}
