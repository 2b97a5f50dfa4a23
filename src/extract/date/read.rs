//! Reading the dates of a sentence: every form is tried at each token, and
//! two dates joined by "to", "-" or "between … and" become a range.

use super::day::{read_day_first, read_month_first, read_weekday_date};
use super::holiday::{read_holiday, FIRSTS};
use super::numeric::read_separated;
use super::reader::Reader;
use super::relative::read_relative;
use super::season::{read_season, NAMES as SEASONS};
use super::shift::{read_shift, read_weekday_shift};
use super::year::{read_bare_year, read_decade, read_part, read_quarter};
use super::{DateMention, Granularity, Period, Written};
use crate::extract::lexicon::{entries, MONTHS, ORDINALS, SMALL_NUMBERS, WEEKDAYS};
use crate::segment::{Cursor, Token};

/// The words a date may start at besides numbers and hyphened words
/// ("twenty-first", "mid-2020"): the readers' own opening words
/// (`date-openers.txt`), number words, ordinals, months, weekdays, seasons
/// and the first words of holidays. See [`crate::extract::opens`].
pub(crate) fn date_openers() -> impl Iterator<Item = &'static str> {
    let own = entries(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/lexicon/lists/date-openers.txt")));
    let names = [&MONTHS, &WEEKDAYS].into_iter().flat_map(|l| l.words());
    let numbers = [&SMALL_NUMBERS, &ORDINALS].into_iter().flat_map(|l| l.words());
    own.chain(names).chain(numbers).chain(SEASONS.iter().map(|(w, _)| *w)).chain(FIRSTS.words())
}

/// Reads the dates of one sentence's tokens. Year-less and relative dates are
/// returned unresolved; see [`super::resolve`].
pub fn read_dates(toks: &[Token]) -> Vec<DateMention> {
    let r = Reader(Cursor::new(toks));
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let before = out.len();
        let read = toks[i].opens.date().then(|| read_date_at(&r, i, &mut out));
        let next = read.flatten().unwrap_or(i + 1);
        let is_future = out.len() > before && r.is_future_at(i);
        for m in &mut out[before..] {
            m.is_future = is_future && m.period.is_none();
        }
        i = next;
    }
    out
}

/// Tries every date form at `i`; pushes what it reads and returns the index
/// after it.
pub(super) fn read_date_at(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let first = out.len();
    let end = read_single(r, i, out)?;
    // A range: "2015 to 2018", "January 2017 and October 2018" after
    // "between" ("8-15 October" is read with its month, as a span of days).
    let between = i > 0 && r.word(i - 1) == Some("between");
    let joiner = r.toks.get(end).map(|t| t.norm.as_str());
    let joins = match joiner {
        Some("-" | "–" | "—") => true,
        Some("to" | "until" | "till" | "through") => true,
        Some("and") => between,
        _ => false,
    };
    if out.len() == first + 1 && joins {
        let mut second = Vec::new();
        if let (Some(next_end), [to]) = (read_single(r, end + 1, &mut second), second.as_slice()) {
            if let Some(mut range) = join_range(&out[first], to) {
                range.rule = "range";
                out[first] = range;
                return Some(next_end);
            }
        }
    }
    Some(end)
}

/// Joins two dates into a range; a year-less first half takes the second's year.
pub(super) fn join_range(a: &DateMention, b: &DateMention) -> Option<DateMention> {
    let span = a.span.cover(b.span);
    match (a.written, b.written) {
        (Written::Dated(p), Written::Dated(q)) if q.end > p.start => {
            Some(DateMention::dated(span, Period { start: p.start, end: q.end }, Granularity::Range))
        }
        (Written::NoYear { month, day, .. }, Written::Dated(q)) => {
            let y = q.start.year();
            let start = match day {
                Some(d) => Period::day(y, month, d)?,
                None => Period::month(y, month)?,
            };
            (q.end > start.start)
                .then(|| DateMention::dated(span, Period { start: start.start, end: q.end }, Granularity::Range))
        }
        (
            Written::NoYear { month: m1, day: None, part: None, .. },
            Written::NoYear { month: m2, day: None, part: None, .. },
        ) if m2 > m1 => Some(DateMention::pending(
            span,
            Written::NoYear { month: m1, day: None, part: None, until_month: Some(m2), weekday: None },
            Granularity::Range,
        )),
        _ => None,
    }
}

/// A date reader: reads at a token, pushes what it reads and returns the
/// token after it.
type ReadFn = fn(&Reader, usize, &mut Vec<DateMention>) -> Option<usize>;

/// The date readers, tried in order at each token; the first that reads
/// names the mentions it gives.
pub(super) const READERS: &[(&str, ReadFn)] = &[
    ("holiday", read_holiday),
    ("numeric", read_separated),
    ("weekday-date", read_weekday_date),
    ("weekday-shift", read_weekday_shift),
    ("day-month", read_day_first),
    ("month-day", read_month_first),
    ("part", read_part),
    ("quarter", read_quarter),
    ("decade", read_decade),
    ("duration", read_shift),
    ("season", read_season),
    ("year", read_bare_year),
    ("relative", read_relative),
];

/// Reads one date (or a list of days sharing a month) at `i`.
pub(super) fn read_single(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let before = out.len();
    READERS.iter().find_map(|(name, read)| {
        let end = read(r, i, out)?;
        for m in &mut out[before..] {
            m.rule = name;
        }
        Some(end)
    })
}
