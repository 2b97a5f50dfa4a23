//! Holidays that news dates events by ("Christmas Day", "Easter Monday",
//! "Thanksgiving", "St Patrick's Day", "Black Friday"), each a rule that
//! gives its day in any year: a fixed day, a day counted from Easter, or the
//! nth weekday of a month.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::reader::Reader;
use super::{DateMention, Granularity, Period, Relative, Written};
use crate::extract::lexicon::{first_words, is_function_word, Words};
use crate::segment::strip_possessive;

/// A holiday with a rule for its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// A fixed day: month and day.
    Fixed(u8, u8),
    /// Days from Easter Sunday: 0 for Easter, -2 for Good Friday.
    Easter(i8),
    /// The nth weekday of a month (month, Monday = 0, n; n = -1 for the last).
    Nth(u8, u8, i8),
    /// Black Friday: the day after the fourth Thursday of November.
    BlackFriday,
}

/// Names of holidays as lower-case words, "'s" and full stops dropped.
const NAMES: &[(&[&str], Holiday)] = &[
    (&["new", "year", "day"], Holiday::Fixed(1, 1)),
    (&["new", "year", "eve"], Holiday::Fixed(12, 31)),
    (&["new", "year"], Holiday::Fixed(1, 1)),
    (&["christmas", "eve"], Holiday::Fixed(12, 24)),
    (&["christmas", "day"], Holiday::Fixed(12, 25)),
    (&["christmas"], Holiday::Fixed(12, 25)),
    (&["xmas"], Holiday::Fixed(12, 25)),
    (&["boxing", "day"], Holiday::Fixed(12, 26)),
    (&["valentine", "day"], Holiday::Fixed(2, 14)),
    (&["st", "patrick", "day"], Holiday::Fixed(3, 17)),
    (&["saint", "patrick", "day"], Holiday::Fixed(3, 17)),
    (&["st", "patrick"], Holiday::Fixed(3, 17)),
    (&["saint", "patrick"], Holiday::Fixed(3, 17)),
    (&["halloween"], Holiday::Fixed(10, 31)),
    (&["bonfire", "night"], Holiday::Fixed(11, 5)),
    (&["guy", "fawkes", "night"], Holiday::Fixed(11, 5)),
    (&["remembrance", "day"], Holiday::Fixed(11, 11)),
    (&["armistice", "day"], Holiday::Fixed(11, 11)),
    (&["veterans", "day"], Holiday::Fixed(11, 11)),
    (&["independence", "day"], Holiday::Fixed(7, 4)),
    (&["bastille", "day"], Holiday::Fixed(7, 14)),
    (&["earth", "day"], Holiday::Fixed(4, 22)),
    (&["international", "women", "day"], Holiday::Fixed(3, 8)),
    (&["international", "workers", "day"], Holiday::Fixed(5, 1)),
    (&["may", "day"], Holiday::Fixed(5, 1)),
    (&["easter"], Holiday::Easter(0)),
    (&["easter", "sunday"], Holiday::Easter(0)),
    (&["easter", "day"], Holiday::Easter(0)),
    (&["easter", "monday"], Holiday::Easter(1)),
    (&["good", "friday"], Holiday::Easter(-2)),
    (&["palm", "sunday"], Holiday::Easter(-7)),
    (&["ash", "wednesday"], Holiday::Easter(-46)),
    (&["thanksgiving"], Holiday::Nth(11, 3, 4)),
    (&["thanksgiving", "day"], Holiday::Nth(11, 3, 4)),
    (&["black", "friday"], Holiday::BlackFriday),
    (&["memorial", "day"], Holiday::Nth(5, 0, -1)),
    (&["labor", "day"], Holiday::Nth(9, 0, 1)),
    (&["martin", "luther", "king", "day"], Holiday::Nth(1, 0, 3)),
];

impl Holiday {
    /// The holiday's day in year `y`.
    pub fn date_in(self, y: i16) -> Option<Date> {
        match self {
            Holiday::Fixed(m, d) => Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok(),
            Holiday::Easter(days) => easter(y)?.checked_add(i64::from(days).days()).ok(),
            Holiday::Nth(m, wd, n) => nth_weekday(y, m, wd, n),
            Holiday::BlackFriday => nth_weekday(y, 11, 3, 4)?.tomorrow().ok(),
        }
    }

    /// The holiday's day in year `y`, as a one-day period.
    pub fn period_in(self, y: i16) -> Option<Period> {
        let d = self.date_in(y)?;
        Some(Period { start: d, end: d })
    }

    /// The last one before `published` (`offset` -1), the first after it
    /// (1), or the one in its year (0).
    pub fn relative_to(self, published: Date, offset: i8) -> Option<Period> {
        let y = published.year();
        let d = match offset {
            0 => self.date_in(y)?,
            o if o < 0 => [y, y - 1].into_iter().filter_map(|y| self.date_in(y)).find(|d| *d < published)?,
            _ => [y, y + 1].into_iter().filter_map(|y| self.date_in(y)).find(|d| *d > published)?,
        };
        Some(Period { start: d, end: d })
    }
}

/// Easter Sunday of year `y` (the anonymous Gregorian computus).
fn easter(y: i16) -> Option<Date> {
    let y32 = i32::from(y);
    let (a, b, c) = (y32 % 19, y32 / 100, y32 % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The `n`th weekday `wd` (Monday = 0) of month `m`; `n` = -1 is the last.
fn nth_weekday(y: i16, m: u8, wd: u8, n: i8) -> Option<Date> {
    let target = Weekday::from_monday_zero_offset(i8::try_from(wd).ok()?).ok()?;
    Date::new(y, i8::try_from(m).ok()?, 1).ok()?.nth_weekday_of_month(n, target).ok()
}

/// The first words of the holidays' names.
pub(super) static FIRSTS: LazyLock<Words<()>> = LazyLock::new(|| first_words(NAMES));

/// The holiday named at token `i`, with the index after its name: the
/// longest name that matches, ignoring case, "'s" and full stops.
fn name_at(r: &Reader, i: usize) -> Option<(Holiday, usize)> {
    FIRSTS.get(r.bare_word(i)?)?;
    // The first four words from `i` (no name is longer), and where each ends.
    let (mut words, mut ends, mut n) = ([""; 4], [0; 4], 0);
    let mut k = i;
    while let Some(t) = r.toks.get(k).filter(|_| n < words.len()) {
        k += 1;
        if t.is_punct('.') || t.is_punct('\'') || t.is_punct('’') {
            continue;
        }
        if !t.is_word() {
            break;
        }
        (words[n], ends[n]) = (strip_possessive(&t.norm), k);
        n += 1;
    }
    let words = &words[..n];
    NAMES
        .iter()
        .filter(|(name, _)| name.len() <= words.len() && name.iter().zip(words).all(|(a, b)| a == b))
        .max_by_key(|(name, _)| name.len())
        .map(|(name, h)| (*h, ends[name.len() - 1]))
}

/// "Christmas Day", "Easter 2018", "last Easter", "Independence Day of this
/// year". A one-word name before a noun is a modifier ("Christmas sales",
/// "the Easter weekend"), not a date.
pub(super) fn read_holiday(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let offset = match r.word(i)? {
        "last" | "previous" => Some(-1),
        "next" | "following" | "coming" => Some(1),
        _ => None,
    };
    let at = if offset.is_some() { i + 1 } else { i };
    let (holiday, end) = name_at(r, at)?;
    // "a New Year advertising blitz", "the Easter weekend", "the New Year
    // Honours", "Happy New Year": a modifier, a title or a greeting. Names
    // of one day ("Boxing Day sales") still date what they qualify.
    let names_day = matches!(r.word(end - 1), Some("day" | "eve" | "night"));
    let qualifies =
        r.toks.get(end).is_some_and(|t| t.is_word() && !is_function_word(&t.norm) && r.trailing_year(end).is_none());
    let greeting = at > 0 && matches!(r.word(at - 1), Some("happy" | "merry"));
    // "Holocaust Memorial Day" is another day than "Memorial Day".
    let before = &r.toks[at.saturating_sub(1)];
    let named = at > 1 && before.is_word() && before.capitalized && !before.norm.ends_with("'s") && offset.is_none();
    if (qualifies && !names_day) || greeting || named {
        return None;
    }
    if let Some(offset) = offset {
        let rel = Relative::Holiday { holiday, offset };
        out.push(DateMention::pending(r.span(i, end), Written::Relative(rel), Granularity::Day));
        return Some(end);
    }
    // "Easter 2018", "Christmas of 2010", "Independence Day of this year".
    let year_at = if r.word(end) == Some("of") { end + 1 } else { end };
    if let Some((y, after)) = r.trailing_year(year_at) {
        out.push(DateMention::dated(r.span(i, after), holiday.period_in(y)?, Granularity::Day));
        return Some(after);
    }
    if r.word(year_at) == Some("this") && r.word(year_at + 1) == Some("year") && year_at > end {
        let rel = Relative::Holiday { holiday, offset: 0 };
        out.push(DateMention::pending(r.span(i, year_at + 2), Written::Relative(rel), Granularity::Day));
        return Some(year_at + 2);
    }
    out.push(DateMention::pending(r.span(i, end), Written::Holiday(holiday), Granularity::Day));
    Some(end)
}
