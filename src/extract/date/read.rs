//! Reading the dates of a sentence: every form is tried at each token, and
//! two dates joined by "to", "-" or "between … and" become a range.

use super::day::{read_day_first, read_iso, read_month_first, read_numeric, read_weekday_date};
use super::reader::Reader;
use super::relative::read_relative;
use super::year::{read_bare_year, read_decade, read_part, read_quarter};
use super::{DateMention, Granularity, Period, Written};
use crate::segment::{Token, TokenKind};

/// Reads the dates of one sentence's tokens. Year-less and relative dates are
/// returned unresolved; see [`super::resolve`].
pub fn read_dates(toks: &[Token]) -> Vec<DateMention> {
    let r = Reader { toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read_date_at(&r, i, &mut out) {
            Some(next) => i = next,
            None => i += 1,
        }
    }
    out
}

/// Tries every date form at `i`; pushes what it reads and returns the index
/// after it.
pub(super) fn read_date_at(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let first = out.len();
    let end = read_single(r, i, out)?;
    // A range: "2015 to 2018", "January 2017 and October 2018" after "between",
    // "8-15 October" is read as a list of days below.
    let between = i > 0 && matches!(r.word(i - 1), Some("between" | "from"));
    let joiner = r.toks.get(end).map(|t| t.norm.as_str());
    let joins = match joiner {
        Some("-" | "–" | "—") => true,
        Some("to" | "until" | "till" | "through") => true,
        Some("and") => between,
        _ => false,
    };
    if out.len() == first + 1 && joins {
        let mut second = Vec::new();
        // "2015-18": a two-digit year after a hyphen.
        let short = short_year_after(r, end, &out[first]);
        let next_end = match short {
            Some((m, e)) => {
                second.push(m);
                Some(e)
            }
            None => read_single(r, end + 1, &mut second),
        };
        if let (Some(next_end), [to]) = (next_end, second.as_slice()) {
            if let Some(range) = join_range(&out[first], to) {
                out[first] = range;
                return Some(next_end);
            }
        }
    }
    Some(end)
}

/// "2015-18": the hyphen and two digits after a year.
pub(super) fn short_year_after(r: &Reader, at: usize, from: &DateMention) -> Option<(DateMention, usize)> {
    let Written::Dated(p) = from.written else {
        return None;
    };
    if from.granularity != Granularity::Year || !(r.is_punct(at, '-') || r.is_punct(at, '–')) || !r.glued(at) {
        return None;
    }
    let t = r.toks.get(at + 1)?;
    if t.kind != TokenKind::Number || t.norm.len() != 2 || !r.glued(at + 1) {
        return None;
    }
    let yy: i16 = t.norm.parse().ok()?;
    let y = p.start.year();
    let full = y - y % 100 + yy;
    if full <= y {
        return None;
    }
    Some((DateMention::dated(t.span, Period::year(full)?, Granularity::Year), at + 2))
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
            Written::NoYear { month: m1, day: None, part: None, until_month: Some(m2) },
            Granularity::Range,
        )),
        _ => None,
    }
}

/// Reads one date (or a list of days sharing a month) at `i`.
pub(super) fn read_single(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    read_iso(r, i, out)
        .or_else(|| read_numeric(r, i, out))
        .or_else(|| read_weekday_date(r, i, out))
        .or_else(|| read_day_first(r, i, out))
        .or_else(|| read_month_first(r, i, out))
        .or_else(|| read_part(r, i, out))
        .or_else(|| read_quarter(r, i, out))
        .or_else(|| read_decade(r, i, out))
        .or_else(|| read_bare_year(r, i, out))
        .or_else(|| read_relative(r, i, out))
}
