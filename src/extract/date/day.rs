//! Dates that name a day or a month in words: "22 March 2024", "March 22,
//! 2024", "Monday, August 30, 2021", "the fourth of July", "August 2021",
//! "June of 1992", lists of days sharing a month ("8 and 15 October"), and a
//! month alone after a preposition ("in March").

use super::numeric::read_separated;
use super::reader::{MonthName, Reader};
use super::{DateMention, DayOrder, Granularity, Period, Written};
use crate::extract::lexicon::{is_function_word, small_number, word_list};
use crate::source::Span;

/// "Monday, August 30, 2021", "Monday 30 August", "Friday 7/6", "this
/// Friday 7.6": a weekday before a date is part of it. A weekday alone is
/// relative.
pub(super) fn read_weekday_date(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let at = if matches!(r.word(i), Some("this" | "next" | "last")) { i + 1 } else { i };
    let (day, after) = r.weekday(at)?;
    let at = if r.is_punct(after, ',') { after + 1 } else { after };
    let before = out.len();
    let end =
        read_separated(r, at, out).or_else(|| read_day_first(r, at, out)).or_else(|| read_month_first(r, at, out))?;
    let first = out.get_mut(before)?;
    first.span = Span::new(r.toks[i].span.start, first.span.end);
    if let Written::NoYear { weekday, .. } = &mut first.written {
        *weekday = Some(day);
    }
    Some(end)
}

/// Whether a day may be read before or after a month that is not sure
/// ("14 nov", "may 22nd"): nothing but punctuation, a function word or a
/// year follows.
fn settles_weak_month(r: &Reader, at: usize) -> bool {
    r.toks.get(at).is_none_or(|t| !t.is_word() || is_function_word(&t.norm)) || r.trailing_year(at).is_some()
}

/// "22 March 2024", "22nd of March", "the fourth of July", "the twenty
/// third day of September", "8 and 15 October", "8-15 October".
pub(super) fn read_day_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    // "$12 December 27": a sum of money is not a day, nor "12:30 December 27th" an hour.
    if i > 0
        && (matches!(r.toks[i - 1].norm.as_str(), "$" | "£" | "€")
            || (r.is_punct(i - 1, ':') && r.glued(i) && i >= 2 && r.digits(i - 2).is_some()))
    {
        return None;
    }
    // "fifteen August": a day in cardinal words only right before a month name.
    let cardinal = || {
        let (d, end) = r.cardinal_day(i).or_else(|| {
            let v = r.word(i).and_then(small_number).filter(|v| (1.0..=31.0).contains(v))?;
            Some((v as u8, i + 1))
        })?;
        r.month(end).filter(|m| r.toks[end].capitalized && m.is_sure).map(|_| (d, end))
    };
    let first_day = (r.day(i).or_else(cardinal)?, i);
    // The days after the first ("12, 13 and 14 May"): a list only when
    // one is written, since most numbers read as a day have no month.
    let mut more = Vec::new();
    let mut k = first_day.0 .1;
    let mut is_span = false;
    loop {
        let joiner = r.toks.get(k).map(|t| t.norm.as_str());
        match joiner {
            Some("," | "and" | "or" | "&") => {}
            Some("-" | "–") if more.is_empty() => is_span = true,
            _ => break,
        }
        let Some((d, e)) = r.day(k + 1) else { break };
        more.push(((d, e), k + 1));
        k = e;
        if is_span {
            break;
        }
    }
    let mut at = k;
    if r.word(at) == Some("day") && r.word(at + 1) == Some("of") {
        at += 1;
    }
    if r.word(at) == Some("of") {
        at += 1;
    }
    let MonthName { month: m, mut end, is_sure } = r.month(at)?;
    if !is_sure && !settles_weak_month(r, end) {
        return None;
    }
    let year = r.trailing_year(end);
    if let Some((_, e)) = year {
        end = e;
    }
    let y = year.map(|(y, _)| y);
    if is_span {
        let ((d1, _), s1) = first_day;
        let ((d2, _), _) = more[0];
        let span = r.span(s1, end);
        match y {
            Some(y) => {
                let p = Period { start: Period::day(y, m, d1)?.start, end: Period::day(y, m, d2)?.end };
                out.push(DateMention::dated(span, p, Granularity::Range));
            }
            None => out.push(DateMention::pending(
                span,
                Written::NoYear { month: m, day: Some(d1), part: None, until_month: None, weekday: None },
                Granularity::Day,
            )),
        }
        return Some(end);
    }
    let last = more.len();
    let first = out.len();
    for (n, &((d, day_end), start)) in std::iter::once(&first_day).chain(&more).enumerate() {
        let span = if n == last { r.span(start, end) } else { r.span(start, day_end) };
        push_day(out, span, y, m, d)?;
    }
    out[first].order = Some(DayOrder::DayFirst);
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
                Written::NoYear { month: m, day: Some(d), part: None, until_month: None, weekday: None },
                Granularity::Day,
            ));
        }
    }
    Some(())
}

word_list!(
    /// Words before "May" that no verb can follow ("in May", "last May"):
    /// "May" after them is the month.
    frames_may = "may-framing.txt"
);

/// Words before a bare month that make it a date ("in March", "every
/// March"): those that frame "May", and those of `month-framing.txt`.
fn frames_month(w: &str) -> bool {
    frames_may(w) || is_month_framing(w)
}

word_list!(
    /// Prepositions and relative words besides those of "May" that frame a
    /// bare month ("from March", "this March").
    is_month_framing = "month-framing.txt"
);

/// One day of a list after a month, with its tokens.
#[derive(Debug, Clone, Copy)]
struct ListedDay {
    day: u8,
    start: usize,
    end: usize,
}

/// The days after a month: "22", "22nd", "first", "twenty nine", "8 and
/// 15" (a listed day must not count something, "July 1st, 17th times", nor
/// be an hour, "Jan 15, 1:00"); with the token after them.
fn days_after_month(r: &Reader, at: usize) -> Option<(Vec<ListedDay>, usize)> {
    // "October, 1st": a comma before a day with its suffix.
    let at = if r.is_punct(at, ',') && r.day(at + 1).is_some_and(|(_, e)| e == at + 3) { at + 1 } else { at };
    // "May twenty nine", not "March twenty two people".
    let counted = |e: usize| {
        r.toks.get(e).is_some_and(|t| t.is_word() && !is_function_word(&t.norm)) && r.spelled_year(e).is_none()
    };
    let (d, mut k) = r.day(at).or_else(|| r.cardinal_day(at).filter(|(_, e)| !counted(*e)))?;
    let mut days = vec![ListedDay { day: d, start: at, end: k }];
    while matches!(r.toks.get(k).map(|t| t.norm.as_str()), Some("and" | "," | "or" | "&")) {
        let Some((d2, e)) = r.day(k + 1) else { break };
        let counts = r.toks.get(e).is_some_and(|t| (t.is_word() && !is_function_word(&t.norm)) || t.is_punct(':'));
        if counts {
            break;
        }
        days.push(ListedDay { day: d2, start: k + 1, end: e });
        k = e;
    }
    Some((days, k))
}

/// "August 30, 2021", "March 22", "October 8 and 15", "August 2021", "June
/// of 1992", and a bare month after a preposition ("in March").
pub(super) fn read_month_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let MonthName { month: m, end: after_month, is_sure } = r.month(i)?;
    if let Some((days, k)) = days_after_month(r, after_month) {
        let year = r.trailing_year(k);
        let end = year.map_or(k, |(_, e)| e);
        let ordinal = r.digits(after_month).is_none() || days[0].end > after_month + 1;
        if is_sure || ordinal || year.is_some() || settles_weak_month(r, k) {
            let y = year.map(|(y, _)| y);
            let first = out.len();
            for (n, &ListedDay { day: d, start, end: day_end }) in days.iter().enumerate() {
                let span = if n == 0 {
                    r.span(i, if days.len() == 1 { end } else { day_end })
                } else if n == days.len() - 1 {
                    r.span(start, end)
                } else {
                    r.span(start, day_end)
                };
                push_day(out, span, y, m, d)?;
            }
            out[first].order = Some(DayOrder::MonthFirst);
            return Some(end);
        }
    }
    if let Some((y, end)) = r.trailing_year(after_month) {
        out.push(DateMention::dated(r.span(i, end), Period::month(y, m)?, Granularity::Month));
        return Some(end);
    }
    // A bare month needs a preposition before it: "in March", not "March on".
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    // "in the April of 1987".
    let before_the = i.checked_sub(2).and_then(|p| r.word(p));
    let prev = match prev {
        Some("the") if matches!(before_the, Some("in" | "during" | "since" | "until" | "by")) => before_the,
        other => other,
    };
    // A lower-case "may" only where no verb can follow: "in may.", not "in
    // may impress".
    let ends = r.toks.get(after_month).is_none_or(|t| !t.is_word());
    let ok = match prev {
        Some(w) if !is_sure => w == "in" && ends,
        Some(w) if m == 5 => frames_may(w),
        Some(w) => frames_month(w),
        None => false,
    };
    if !ok {
        return None;
    }
    out.push(DateMention::pending(
        r.span(i, after_month),
        Written::NoYear { month: m, day: None, part: None, until_month: None, weekday: None },
        Granularity::Month,
    ));
    Some(after_month)
}
