//! A date as a claims file writes it: ISO 8601 at any granularity, the
//! intervals `extract` prints, or the words an article would use.

use jiff::civil::Date;

use super::{read_dates, resolve, DateMention, Granularity, Period, Placement, Written};
use crate::segment::segment;
use crate::source::Span;

/// A date as a claims file writes it: ISO 8601 at any granularity ("2024",
/// "2024-03", "2024-03-22"), an interval as `extract` prints it
/// ("2021-09/2021-12", "2010/2011"), or as articles write it ("August
/// 2021", "22 March", "late 2021", "spring 2006"). Year-less and relative
/// dates need `published`.
pub fn parse_date(source: &str, published: Option<Date>) -> Result<DateMention, String> {
    let trimmed = source.trim();
    let seg = segment(trimmed, trimmed);
    let mut dates = match iso_date(trimmed) {
        Some(mention) => vec![mention],
        None => read_dates(&seg.tokens),
    };
    // Only framing words may stand around the date: "the 1990s", "in August 2021".
    let covers = |d: &DateMention| {
        let rest = format!("{} {}", &trimmed[..d.span.start], &trimmed[d.span.end..]);
        rest.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .all(|w| matches!(w.to_lowercase().as_str(), "" | "the" | "in" | "on" | "of" | "during" | "since" | "by"))
    };
    let mut date = match dates.as_mut_slice() {
        [d] if covers(d) => d.clone(),
        _ => {
            return Err(format!(
                "cannot read {source:?} as a date (expected ISO 8601 such as \"2024-03-22\", \"2024-03\", \"2024\", or \"22 March 2024\", \"August 2021\", \"late 2021\")"
            ))
        }
    };
    if date.period.is_none() {
        let Some(p) = published else {
            return Err(format!("{source:?} has no year: give the year, or `published` so it can be inferred"));
        };
        let mut one = [date];
        resolve(&mut one, &[Placement { sentence: 0, paragraph: 0 }], &|_| None, Some(p));
        [date] = one;
        if date.period.is_none() {
            return Err(format!("cannot resolve the date {source:?}"));
        }
    }
    Ok(date)
}

/// ISO 8601 dates and intervals as `extract` prints them: "2024",
/// "2024-03", "2024-03-22", "2021-09/2021-12", "2010/2011",
/// "2014-12-29/2015-01-04", and a day or month without its year ("--03-22",
/// "--03").
fn iso_date(s: &str) -> Option<DateMention> {
    if let Some((a, b)) = s.split_once('/') {
        let (a, b) = (iso_date(a)?.period?, iso_date(b)?.period?);
        let period = Period { start: a.start, end: b.end };
        return (a.start <= b.end).then(|| DateMention::dated(Span::new(0, s.len()), period, Granularity::Range));
    }
    if let Some(rest) = s.strip_prefix("--") {
        let (month, day) = match rest.split_once('-') {
            Some((m, d)) => (m.parse().ok()?, Some(d.parse().ok()?)),
            None => (rest.parse().ok()?, None),
        };
        Period::day(2000, month, day.unwrap_or(1))?;
        let written = Written::NoYear { month, day, part: None, until_month: None, weekday: None };
        let granularity = if day.is_some() { Granularity::Day } else { Granularity::Month };
        return Some(DateMention::pending(Span::new(0, s.len()), written, granularity));
    }
    let span = Span::new(0, s.len());
    let parts: Vec<&str> = s.split('-').collect();
    if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) || parts[0].len() != 4 {
        return None;
    }
    let y: i16 = parts[0].parse().ok()?;
    match parts.as_slice() {
        [_] => Some(DateMention::dated(span, Period::year(y)?, Granularity::Year)),
        [_, m] if m.len() == 2 => {
            Some(DateMention::dated(span, Period::month(y, m.parse().ok()?)?, Granularity::Month))
        }
        [_, m, d] if m.len() == 2 && d.len() == 2 => {
            Some(DateMention::dated(span, Period::day(y, m.parse().ok()?, d.parse().ok()?)?, Granularity::Day))
        }
        _ => None,
    }
}
