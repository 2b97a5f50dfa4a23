//! Dates written with numbers and separators: "2024-03-22", "22/03/2024",
//! "23.04.2022", "05-Aug-2016", "2019/aug/01", "Sep-23-2020", "2015-12",
//! "Dec/2018", "Oct/2", "20161016"; a day and month alone ("22/04") only
//! where a date is expected ("on 22/04", "Friday 7/6").
//!
//! Numbers in either order are read day first, as outside the United States
//! ("03/04/2021" is 3 April), unless the first cannot be a day's month
//! ("3/22/2021") or the article shows it writes the month first. A run of numbers that is not a date ("123-12-1234",
//! "2015-1-32") is taken whole, so that no year is read out of it.

use super::reader::{full_year, Reader};
use super::{DateMention, DayOrder, Granularity, Period, Written};
use crate::extract::lexicon::{is_function_word, month};
use crate::segment::TokenKind;

/// One part of a separated date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Digits: value and number of digits.
    Num(u32, usize),
    /// A month name.
    Month(u8),
}

/// The glued run of numbers, month names and one kind of separator at `i`:
/// its parts and the token after it. `None` unless it has a separator.
fn run(r: &Reader, i: usize) -> Option<(Vec<Part>, usize)> {
    // Most tokens start no run: a run needs a separator, or a decimal point.
    let first = r.toks.get(i)?;
    let separated = r.toks.get(i + 1).is_some_and(|t| matches!(t.norm.as_str(), "-" | "/" | ".") && r.glued(i + 1));
    if !(separated || first.norm.contains('.')) {
        return None;
    }
    let mut text = String::new();
    let mut k = i;
    while let Some(t) = r.toks.get(k) {
        if k > i && !r.glued(k) {
            break;
        }
        let ok = match t.kind {
            TokenKind::Number => t.norm.bytes().all(|b| b.is_ascii_digit() || b == b'.'),
            TokenKind::Word => r.month(k).is_some() && k > i,
            TokenKind::Punct => matches!(t.norm.as_str(), "-" | "/" | "."),
        };
        let month_first = k == i && t.is_word() && r.month(k).is_some();
        if !(ok || month_first) {
            break;
        }
        text.push_str(&t.norm);
        k += 1;
    }
    // A full stop that ends the sentence is not a separator.
    while text.ends_with(['.', '-', '/']) {
        text.pop();
        k -= 1;
    }
    let sep = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    if text.contains(|c: char| matches!(c, '-' | '/' | '.') && c != sep) {
        return None;
    }
    let parts = text
        .split(sep)
        .map(|p| match p.parse::<u32>() {
            Ok(v) => Some(Part::Num(v, p.len())),
            Err(_) => month(p).map(Part::Month),
        })
        .collect::<Option<Vec<_>>>()?;
    Some((parts, k))
}

/// Whether a run is a year: four digits from 1000 to 2199.
fn as_year(p: Part) -> Option<i16> {
    match p {
        Part::Num(v, 4) if (1000..=2199).contains(&v) => i16::try_from(v).ok(),
        _ => None,
    }
}

fn as_small(p: Part) -> Option<u8> {
    match p {
        Part::Num(v, 1 | 2) => u8::try_from(v).ok(),
        _ => None,
    }
}

/// A date from two small numbers `a/b`, made by `make(month, day)`: day
/// first unless impossible ("3/22"). The mention records the order it shows,
/// or, when both orders make a date, the month-first reading, which the
/// article's other dates may call for (see [`super::resolve`]).
fn ordered(a: u8, b: u8, make: impl Fn(u8, u8) -> Option<DateMention>) -> Option<Reading> {
    let mut mention = if a <= 12 && b > 12 { make(a, b)? } else { make(b, a)? };
    mention.order = Some(match (a > 12, b > 12) {
        (true, _) => DayOrder::DayFirst,
        (_, true) => DayOrder::MonthFirst,
        _ if a == b => DayOrder::DayFirst,
        _ => DayOrder::Either(make(a, b)?.written),
    });
    Some(Reading::Date(mention))
}

/// Whether a day and month without a year ("22/04") are framed as a date:
/// after a weekday, before a time ("23/12 before 5pm"), or after "on",
/// "by", "until" … and before no word but a function word ("on 3/4 of the
/// land" is a fraction, "on 3.30pm" an hour).
fn frames_day(r: &Reader, i: usize, end: usize) -> bool {
    let after_weekday = i.checked_sub(1).is_some_and(|p| r.weekday(p).is_some())
        || (i >= 2 && r.is_punct(i - 1, ',') && r.weekday(i - 2).is_some());
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    let preposition =
        matches!(prev, Some("on" | "by" | "until" | "till" | "since" | "from" | "for" | "this" | "next" | "last"));
    let next_ok = r.toks.get(end).is_none_or(|t| {
        (t.kind == TokenKind::Punct && !t.is_punct('%')) || (is_function_word(&t.norm) && !t.is("of") && !r.glued(end))
    });
    // "23/12 before 5pm", "22/04 at 17:30".
    let before_time =
        matches!(r.word(end), Some("at" | "before" | "after" | "by" | "from" | "until")) && r.is_time(end + 1);
    after_weekday || before_time || (preposition && next_ok)
}

/// What a run of numbers stands for.
enum Reading {
    /// A date.
    Date(DateMention),
    /// No date, and nothing else may be read out of it ("2015-1-32").
    Nothing,
    /// No date, but other readers may try: "3/4", "2-1", "2015-18".
    Leave,
}

/// Reads a separated date at `i`.
pub(super) fn read_separated(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    if let Some(end) = read_compact(r, i, out) {
        return Some(end);
    }
    let (parts, end) = run(r, i)?;
    let reading = read_parts(r, i, end, &parts);
    let reading = match reading {
        // A run with a year that is no date ("2015-1-32", "2010-2015-86"),
        // or too long for one, hides no year either.
        None if parts.iter().any(|p| as_year(*p).is_some()) || parts.len() > 3 => Reading::Nothing,
        None => Reading::Leave,
        Some(reading) => reading,
    };
    match reading {
        Reading::Date(m) => out.push(m),
        Reading::Nothing => {}
        Reading::Leave => return None,
    }
    Some(end)
}

/// The date of the parts of a run spanning tokens `i..end`.
fn read_parts(r: &Reader, i: usize, end: usize, parts: &[Part]) -> Option<Reading> {
    let span = r.span(i, end);
    let months: Vec<u8> = parts.iter().filter_map(|p| if let Part::Month(m) = p { Some(*m) } else { None }).collect();
    let day_mention = |y: i16, m: u8, d: u8| Some(DateMention::dated(span, Period::day(y, m, d)?, Granularity::Day));
    let day = |y: i16, m: u8, d: u8| day_mention(y, m, d).map(Reading::Date);
    let month = |y: i16, m: u8| Some(Reading::Date(DateMention::dated(span, Period::month(y, m)?, Granularity::Month)));
    let no_year = |m: u8, d: u8| {
        Period::day(2000, m, d)?;
        let written = Written::NoYear { month: m, day: Some(d), part: None, until_month: None, weekday: None };
        Some(DateMention::pending(span, written, Granularity::Day))
    };
    match (parts, months.as_slice()) {
        ([a, b, c], []) => match as_year(*a) {
            Some(y) => day(y, as_small(*b)?, as_small(*c)?),
            None => {
                let two_digits = matches!(c, Part::Num(_, 2));
                let y =
                    as_year(*c).or_else(|| as_small(*c).filter(|_| two_digits).map(|yy| full_year(i16::from(yy))))?;
                ordered(as_small(*a)?, as_small(*b)?, |m, d| day_mention(y, m, d))
            }
        },
        ([a, b], []) => match (as_year(*a), as_year(*b)) {
            (Some(_), Some(_)) => Some(Reading::Leave),
            // "2004-05", "2003-4", "1998/9": a span of years, as news writes
            // seasons and financial years; "2015-3", "2015-12" a month;
            // "2015-32" nothing at all.
            (Some(y), None) => {
                let (v, digits) = match b {
                    Part::Num(v, n) => (i16::try_from(*v).ok()?, *n),
                    Part::Month(_) => return None,
                };
                let base = if digits == 1 { y - y % 10 } else { y - y % 100 };
                let until = base + v;
                let slash = r.toks.get(i + 1).is_some_and(|t| t.is_punct('/'));
                match until - y {
                    1..=10 if digits <= 2 => {
                        let p = Period { start: Period::year(y)?.start, end: Period::year(until)?.end };
                        Some(Reading::Date(DateMention::dated(span, p, Granularity::Range)))
                    }
                    _ if digits == 2 && v > y % 100 || slash => Some(Reading::Nothing),
                    _ => month(y, u8::try_from(v).ok()?),
                }
            }
            (None, Some(y)) => month(y, as_small(*a)?),
            (None, None) => {
                // "12-4" after a weekday is hours; only "/" and "." write a day and month.
                let slash_or_dot = r.toks.get(i + 1).is_some_and(|t| t.is_punct('/')) || r.toks[i].norm.contains('.');
                if !slash_or_dot || !frames_day(r, i, end) {
                    return Some(Reading::Leave);
                }
                ordered(as_small(*a)?, as_small(*b)?, no_year)
            }
        },
        // With a month name, the year is the four-digit part and the day the other.
        (_, [m]) if parts.len() == 3 => {
            let nums: Vec<Part> = parts.iter().copied().filter(|p| matches!(p, Part::Num(..))).collect();
            match (as_year(nums[0]), as_year(nums[1])) {
                (Some(y), None) => day(y, *m, as_small(nums[1])?),
                (None, Some(y)) => day(y, *m, as_small(nums[0])?),
                _ => day(full_year(i16::from(as_small(nums[1])?)), *m, as_small(nums[0])?),
            }
        }
        ([x, y], [m]) => {
            let other = if matches!(x, Part::Month(_)) { *y } else { *x };
            match as_year(other) {
                Some(y) => month(y, *m),
                None => no_year(*m, as_small(other)?).map(Reading::Date),
            }
        }
        _ => None,
    }
}

/// "20161016": eight digits that make a valid date from 1900 to 2099.
fn read_compact(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (v, 8) = r.digits(i)? else { return None };
    let (y, m, d) = (v / 10_000, v / 100 % 100, v % 100);
    if !(1900..2100).contains(&y) {
        return None;
    }
    let p = Period::day(i16::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
    out.push(DateMention::dated(r.span(i, i + 1), p, Granularity::Day));
    Some(i + 1)
}
