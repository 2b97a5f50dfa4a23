//! Reading the dates of a sentence: every form is tried at each token it
//! may start at, and two dates joined by "to", "-" or "between … and"
//! become a range.

use super::day::{read_day_first, read_month_first, read_weekday_date};
use super::holiday::{read_holiday, FIRSTS};
use super::numeric::read_separated;
use super::reader::Reader;
use super::relative::read_relative;
use super::season::{read_season, NAMES as SEASONS};
use super::shift::{read_shift, read_weekday_shift};
use super::year::{read_bare_year, read_decade, read_part, read_quarter};
use super::{DateMention, Granularity, Period, Written};
use crate::extract::lexicon::{MONTHS, ORDINALS, SMALL_NUMBERS, WEEKDAYS};
use crate::segment::{Cursor, Token};

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

/// A date reader with its rule's name and the tokens it may start at.
pub(crate) struct DateReader {
    /// The rule the mentions it reads are named after.
    pub(crate) name: &'static str,
    /// Where it may start.
    pub(crate) start: Start,
    read: ReadFn,
}

/// The tokens a reader may start at: what its first token can be, read off
/// its code. A reader is tried only at such a token (see
/// [`crate::extract::opens`]); a word missing here hides its dates, which
/// the tests of every form would show.
pub(crate) struct Start {
    /// A number.
    pub(crate) numbers: bool,
    /// A hyphened word not in a list ("twenty-first").
    pub(crate) hyphened: bool,
    /// These words, possessive or not.
    pub(crate) words: &'static [&'static str],
    /// The words of these lists, possessive or not.
    pub(crate) lists: &'static [List],
}

/// A word list a date may start with.
#[derive(Debug, Clone, Copy)]
pub(crate) enum List {
    Months,
    Weekdays,
    SmallNumbers,
    Ordinals,
    Seasons,
    Holidays,
}

impl List {
    /// The list's words.
    pub(crate) fn words(self) -> Vec<&'static str> {
        match self {
            List::Months => MONTHS.words().collect(),
            List::Weekdays => WEEKDAYS.words().collect(),
            List::SmallNumbers => SMALL_NUMBERS.words().collect(),
            List::Ordinals => ORDINALS.words().collect(),
            List::Seasons => SEASONS.iter().map(|(w, _)| *w).collect(),
            List::Holidays => FIRSTS.words().collect(),
        }
    }
}

/// Words that point to the last, this or the next one: "last Easter",
/// "next summer".
const POINTERS: &[&str] = &["last", "previous", "next", "following", "coming", "this"];

/// A reader that starts nowhere, for the table below to add to.
const NOWHERE: Start = Start { numbers: false, hyphened: false, words: &[], lists: &[] };

/// One entry of [`READERS`].
const fn reader(name: &'static str, read: ReadFn, start: Start) -> DateReader {
    DateReader { name, start, read }
}

/// The date readers, tried in order at each token they may start at; the
/// first that reads names the mentions it gives.
pub(crate) const READERS: &[DateReader] = &[
    reader("holiday", read_holiday, Start { words: POINTERS, lists: &[List::Holidays], ..NOWHERE }),
    reader("numeric", read_separated, Start { numbers: true, lists: &[List::Months], ..NOWHERE }),
    reader(
        "weekday-date",
        read_weekday_date,
        Start { words: &["this", "next", "last"], lists: &[List::Weekdays], ..NOWHERE },
    ),
    reader("weekday-shift", read_weekday_shift, Start { lists: &[List::Weekdays], ..NOWHERE }),
    reader(
        "day-month",
        read_day_first,
        Start { numbers: true, hyphened: true, lists: &[List::SmallNumbers, List::Ordinals], ..NOWHERE },
    ),
    reader("month-day", read_month_first, Start { lists: &[List::Months], ..NOWHERE }),
    reader(
        "part",
        read_part,
        Start { words: &["early", "mid", "middle", "late", "start", "beginning", "end", "first", "second"], ..NOWHERE },
    ),
    reader(
        "quarter",
        read_quarter,
        Start {
            words: &["q", "first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th", "final", "last"],
            ..NOWHERE
        },
    ),
    reader("decade", read_decade, Start { numbers: true, ..NOWHERE }),
    reader(
        "duration",
        read_shift,
        Start { numbers: true, words: &["in", "a", "an"], lists: &[List::SmallNumbers], ..NOWHERE },
    ),
    reader("season", read_season, Start { words: POINTERS, lists: &[List::Seasons], ..NOWHERE }),
    reader("year", read_bare_year, Start { numbers: true, lists: &[List::SmallNumbers], ..NOWHERE }),
    reader("relative", read_relative, Start { words: RELATIVE, lists: &[List::Weekdays], ..NOWHERE }),
];

/// The words a relative date starts with: "yesterday", "later this
/// evening", "the past week", "on the 18th".
const RELATIVE: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "tmrw",
    "early",
    "late",
    "later",
    "this",
    "the",
    "past",
    "coming",
    "upcoming",
    "last",
    "previous",
    "next",
    "following",
    "on",
    "by",
    "until",
    "till",
    "since",
    "from",
    "around",
    "before",
    "after",
    "for",
];

/// Reads one date (or a list of days sharing a month) at `i`.
pub(super) fn read_single(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let opens = r.toks.get(i)?.opens;
    let before = out.len();
    let readers = READERS.iter().enumerate().filter(|&(k, _)| opens.date_reader(k));
    readers.map(|(_, reader)| reader).find_map(|reader| {
        let end = (reader.read)(r, i, out)?;
        for m in &mut out[before..] {
            m.rule = reader.name;
        }
        Some(end)
    })
}

/// Runs reader `k` at token `i`, whatever the token: for the tests that
/// hold each reader to its [`Start`].
#[cfg(test)]
pub(super) fn read_with(k: usize, r: &Reader, i: usize) -> bool {
    (READERS[k].read)(r, i, &mut Vec::new()).is_some()
}
