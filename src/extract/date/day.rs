//! Dates that name a day or a month: "22 March 2024", "March 22, 2024",
//! "Monday, August 30, 2021", "2024-03-22", "22/03/2024", "August 2021",
//! lists of days sharing a month ("8 and 15 October"), and a month alone
//! after a preposition ("in March").

use super::reader::Reader;
use super::{DateMention, Granularity, Period, Written};
use crate::extract::lexicon::weekday;
use crate::segment::TokenKind;
use crate::source::Span;

/// "2024-03-22".
pub(super) fn read_iso(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (y, _) = r.year(i)?;
    let parts = [i + 1, i + 2, i + 3, i + 4];
    if !(r.is_punct(parts[0], '-') && r.is_punct(parts[2], '-') && parts.iter().all(|&k| r.glued(k))) {
        return None;
    }
    let (m, d) = (r.toks[parts[1]].norm.parse().ok()?, r.toks[parts[3]].norm.parse().ok()?);
    out.push(DateMention::dated(r.span(i, i + 5), Period::day(y, m, d)?, Granularity::Day));
    Some(i + 5)
}

/// "22/03/2024", "22.03.2024": day first, unless the first number cannot be
/// a month day pair that way round ("3/22/2024").
pub(super) fn read_numeric(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let t = r.toks.get(i)?;
    if t.kind != TokenKind::Number || t.norm.len() > 2 {
        return None;
    }
    let sep = r.toks.get(i + 1)?.norm.chars().next()?;
    if !matches!(sep, '/' | '.') || !(r.is_punct(i + 3, sep)) || !(1..=4).all(|k| r.glued(i + k)) {
        return None;
    }
    let (a, b): (u8, u8) = (t.norm.parse().ok()?, r.toks.get(i + 2)?.norm.parse().ok()?);
    let yt = r.toks.get(i + 4)?;
    let y: i16 = match yt.norm.len() {
        4 => yt.norm.parse().ok()?,
        2 => 2000 + yt.norm.parse::<i16>().ok()?,
        _ => return None,
    };
    let (d, m) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
    out.push(DateMention::dated(r.span(i, i + 5), Period::day(y, m, d)?, Granularity::Day));
    Some(i + 5)
}

/// "Monday, August 30, 2021", "Monday 30 August": the weekday is part of the
/// mention. A bare weekday is relative.
pub(super) fn read_weekday_date(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let t = r.toks.get(i)?;
    if !t.capitalized || weekday(&t.norm).is_none() || t.norm.len() <= 3 {
        return None;
    }
    let at = if r.is_punct(i + 1, ',') { i + 2 } else { i + 1 };
    let before = out.len();
    let end = read_day_first(r, at, out).or_else(|| read_month_first(r, at, out))?;
    if let Some(first) = out.get_mut(before) {
        first.span = Span::new(t.span.start, first.span.end);
    }
    Some(end)
}

/// "22 March 2024", "22nd of March", "8 and 15 October", "8-15 October".
pub(super) fn read_day_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let mut days = vec![(r.day(i)?, i)];
    let mut k = days[0].0 .1;
    let mut is_span = false;
    loop {
        let joiner = r.toks.get(k).map(|t| t.norm.as_str());
        match joiner {
            Some("," | "and" | "or" | "&") => {}
            Some("-" | "–") if days.len() == 1 => is_span = true,
            _ => break,
        }
        let Some((d, e)) = r.day(k + 1) else { break };
        days.push(((d, e), k + 1));
        k = e;
        if is_span {
            break;
        }
    }
    let mut at = k;
    if r.word(at) == Some("of") {
        at += 1;
    }
    let (m, mut end) = r.month(at)?;
    let year = r.trailing_year(end);
    if let Some((_, e)) = year {
        end = e;
    }
    let y = year.map(|(y, _)| y);
    if is_span {
        let ((d1, _), s1) = days[0];
        let ((d2, _), _) = days[1];
        let span = r.span(s1, end);
        match y {
            Some(y) => {
                let p = Period { start: Period::day(y, m, d1)?.start, end: Period::day(y, m, d2)?.end };
                out.push(DateMention::dated(span, p, Granularity::Range));
            }
            None => out.push(DateMention::pending(
                span,
                Written::NoYear { month: m, day: Some(d1), part: None, until_month: None },
                Granularity::Day,
            )),
        }
        return Some(end);
    }
    let last = days.len() - 1;
    for (n, &((d, day_end), start)) in days.iter().enumerate() {
        let span = if n == last { r.span(start, end) } else { r.span(start, day_end) };
        push_day(out, span, y, m, d)?;
    }
    Some(end)
}

pub(super) fn push_day(out: &mut Vec<DateMention>, span: Span, y: Option<i16>, m: u8, d: u8) -> Option<()> {
    match y {
        Some(y) => out.push(DateMention::dated(span, Period::day(y, m, d)?, Granularity::Day)),
        None => {
            // Validate against a leap year so "29 February" stays possible.
            Period::day(2000, m, d)?;
            out.push(DateMention::pending(
                span,
                Written::NoYear { month: m, day: Some(d), part: None, until_month: None },
                Granularity::Day,
            ));
        }
    }
    Some(())
}

/// "August 30, 2021", "March 22", "October 8 and 15", "August 2021", and a
/// bare month after a preposition ("in March").
pub(super) fn read_month_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (m, after_month) = r.month(i)?;
    if let Some((d, mut k)) = r.day(after_month) {
        // A day must not be the start of a count: "March 22" but not "in March 2 people".
        let mut days = vec![(d, after_month, k)];
        while matches!(r.toks.get(k).map(|t| t.norm.as_str()), Some("and" | "," | "or" | "&")) {
            let Some((d2, e)) = r.day(k + 1) else { break };
            days.push((d2, k + 1, e));
            k = e;
        }
        let year = r.trailing_year(k);
        let end = year.map_or(k, |(_, e)| e);
        let y = year.map(|(y, _)| y);
        for (n, &(d, start, day_end)) in days.iter().enumerate() {
            let span = if n == 0 {
                r.span(i, if days.len() == 1 { end } else { day_end })
            } else if n == days.len() - 1 {
                r.span(start, end)
            } else {
                r.span(start, day_end)
            };
            push_day(out, span, y, m, d)?;
        }
        return Some(end);
    }
    if let Some((y, end)) = r.trailing_year(after_month) {
        out.push(DateMention::dated(r.span(i, end), Period::month(y, m)?, Granularity::Month));
        return Some(end);
    }
    // A bare month needs a preposition before it: "in March", not "March on".
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    let bare_ok = prev.is_some_and(|w| {
        matches!(
            w,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "from"
                | "last"
                | "next"
                | "this"
                | "of"
                | "during"
                | "through"
                | "between"
                | "and"
                | "to"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
                | "on"
                | "each"
                | "every"
        )
    });
    if !bare_ok
        || (m == 5
            && !matches!(
                prev,
                Some("in" | "since" | "until" | "by" | "of" | "during" | "last" | "next" | "early" | "late" | "mid")
            ))
    {
        return None;
    }
    out.push(DateMention::pending(
        r.span(i, after_month),
        Written::NoYear { month: m, day: None, part: None, until_month: None },
        Granularity::Month,
    ));
    Some(after_month)
}
