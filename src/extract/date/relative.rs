//! Relative dates ("yesterday", "this morning", "last month", "on Monday",
//! "next week on Tuesday", "Friday 13th", "on the 18th"): read as offsets,
//! and turned into periods once the publication date is known.

use jiff::civil::Date;
use jiff::ToSpan;

use super::reader::Reader;
use super::{part_of, DateMention, Granularity, Period, Relative, WeekRef, Written};
use crate::extract::lexicon::{is_function_word, small_number, word_list};
use crate::segment::strip_possessive;

/// Parts of a day that may follow a day: "yesterday morning", "Monday night".
fn is_day_part(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

word_list!(
    /// Nouns a weekday modifies as a habit, not a date: "Friday prayers".
    is_habit = "habit.txt"
);

/// The week a relative word points to: "last" → -1, "this" → 0, "next" → 1.
fn week_offset(w: &str) -> Option<i8> {
    match w {
        "last" | "previous" => Some(-1),
        "this" => Some(0),
        "next" | "following" => Some(1),
        _ => None,
    }
}

fn push(r: &Reader, out: &mut Vec<DateMention>, from: usize, to: usize, rel: Relative, g: Granularity) -> usize {
    out.push(DateMention::pending(r.span(from, to), Written::Relative(rel), g));
    to
}

/// "yesterday", "this morning", "last month", "this past Friday", "next
/// week on Tuesday", "Tuesday of next week", "on Monday", "Friday 13th",
/// "on the 18th".
pub(super) fn read_relative(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let w = r.bare_word(i)?;
    // "ITV1's This Morning", "the Today programme": a capitalised relative
    // word inside a sentence names a programme.
    let capital = |k: usize| k > 0 && r.toks.get(k).is_some_and(|t| t.capitalized);
    if capital(i) && (matches!(w, "today" | "tonight") || (w == "this" && capital(i + 1))) {
        return None;
    }
    let days = match w {
        "today" | "tonight" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" | "tmrw" => Some(1),
        _ => None,
    };
    if let Some(n) = days {
        let end = if r.word(i + 1).is_some_and(is_day_part) { i + 2 } else { i + 1 };
        return Some(push(r, out, i, end, Relative::Days(n), Granularity::Day));
    }
    // "this morning", "late this evening".
    let at = if matches!(w, "early" | "late" | "later") { i + 1 } else { i };
    if r.word(at) == Some("this") && r.word(at + 1).is_some_and(is_day_part) {
        return Some(push(r, out, i, at + 2, Relative::Days(0), Granularity::Day));
    }
    if let Some(end) = read_prefixed(r, i, out) {
        return Some(end);
    }
    if let Some(end) = read_day_of_month(r, i, out) {
        return Some(end);
    }
    read_weekday(r, i, out)
}

/// "last month", "this calendar year", "this past Friday", "next Monday",
/// "next week on Tuesday", "this week Monday".
fn read_prefixed(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (week, at) = match (r.word(i)?, r.word(i + 1)) {
        ("this" | "the", Some("past")) => (WeekRef::Past, i + 2),
        ("past", _) => (WeekRef::Past, i + 1),
        ("this" | "the", Some("coming" | "upcoming")) => (WeekRef::Coming, i + 2),
        ("coming" | "upcoming", _) => (WeekRef::Coming, i + 1),
        (w, _) => (WeekRef::Week(week_offset(w)?), i + 1),
    };
    if let Some((day, end)) = r.weekday(at) {
        return Some(push(r, out, i, end, Relative::Weekday { day, week }, Granularity::Day));
    }
    // "this September", "last May".
    if let (WeekRef::Week(offset), Some(m)) = (week, r.month(at).filter(|m| m.is_sure && at == i + 1)) {
        let rel = Relative::Month { month: m.month, offset };
        return Some(push(r, out, i, m.end, rel, Granularity::Month));
    }
    // "the following year" and "the previous week" count from the story, not
    // from the publication date.
    let offset = match week {
        WeekRef::Week(n) if matches!(r.word(i), Some("last" | "this" | "next")) => i64::from(n),
        // "previous week" is last week; "the previous week" the story's.
        WeekRef::Week(n) if r.word(i) == Some("previous") && (i == 0 || r.word(i - 1) != Some("the")) => i64::from(n),
        WeekRef::Coming if r.word(i) == Some("coming") => 1,
        _ => return None,
    };
    // "the last week of December", "over the next year": counted from the
    // story, or a span.
    if i > 0 && r.word(i - 1) == Some("the") {
        return None;
    }
    if r.bare_word(at) == Some("weekend") {
        let rel = Relative::Weekend { offset: i8::try_from(offset).ok()? };
        return Some(push(r, out, i, at + 1, rel, Granularity::Range));
    }
    let (unit, end) = match (r.bare_word(at)?, r.word(at + 1)) {
        ("week", _) => (Granularity::Week, at + 1),
        ("month", _) => (Granularity::Month, at + 1),
        ("year", _) => (Granularity::Year, at + 1),
        ("calendar", Some("year")) => (Granularity::Year, at + 2),
        _ => return None,
    };
    // "next week on Tuesday", "this week Monday", "previous week - Monday".
    if unit == Granularity::Week {
        let day_at =
            if matches!(r.toks.get(end).map(|t| t.norm.as_str()), Some("on" | "-" | ",")) { end + 1 } else { end };
        if let Some((day, day_end)) = r.weekday(day_at) {
            let week = WeekRef::Week(i8::try_from(offset).ok()?);
            return Some(push(r, out, i, day_end, Relative::Weekday { day, week }, Granularity::Day));
        }
    }
    Some(push(r, out, i, end, Relative::Unit { unit, offset }, unit))
}

/// "on the 18th", "around the 21st this month", "the 15th day of next
/// month": a day of the month, in a frame that rules out "the 18th century".
fn read_day_of_month(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let framed =
        matches!(r.word(i)?, "on" | "by" | "until" | "till" | "since" | "from" | "around" | "before" | "after" | "for");
    if !framed || r.word(i + 1) != Some("the") {
        return None;
    }
    // Digits with their suffix only: "on the 18" is no date, nor "for the
    // first 10 years".
    let start = i + 2;
    let (day, mut end) = r.day(start).filter(|(_, e)| r.digits(start).is_some() && *e == start + 2)?;
    if r.word(end) == Some("day") && r.word(end + 1) == Some("of") {
        end += 2;
    } else if r.word(end) == Some("of") {
        end += 1;
    }
    let months = match (r.word(end), r.word(end + 1)) {
        (Some(w), Some("month")) => week_offset(w).map(i64::from),
        _ => None,
    };
    if let Some(m) = months {
        let rel = Relative::DayOfMonth { day, weekday: None, months: Some(m) };
        return Some(push(r, out, start, end + 2, rel, Granularity::Day));
    }
    if r.toks.get(end).is_some_and(|t| t.is_word() && !is_function_word(&t.norm)) || r.word(end - 1) == Some("of") {
        return None;
    }
    Some(push(r, out, start, end, Relative::DayOfMonth { day, weekday: None, months: None }, Granularity::Day))
}

/// A weekday: "on Monday", "Monday's attack", "Monday night", "said
/// Tuesday", "Tuesday of next week", "Friday 13th"; not the habit of "Friday
/// prayers", nor a name ("Super Tuesday", "the Sunday Times").
fn read_weekday(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (day, mut end) = r.weekday(i)?;
    let t = &r.toks[i];
    let prev = i.checked_sub(1).map(|p| &r.toks[p]);
    let named_before = prev.is_some_and(|p| p.is_word() && p.capitalized && i > 1 && !is_function_word(&p.norm));
    // "Sky News' Sunday programme": after a name's possessive apostrophe.
    let after_possessive = prev.is_some_and(|p| p.is_punct('\'') || p.is_punct('’'))
        && i >= 2
        && r.toks[i - 2].capitalized
        && r.glued(i - 1);
    // "business with Wednesday, who are fourth": a weekday that is someone.
    let who_at = if r.is_punct(end, ',') { end + 1 } else { end };
    if after_possessive || r.word(who_at) == Some("who") {
        return None;
    }
    if named_before || prev.is_some_and(|p| matches!(p.norm.as_str(), "every" | "each" | "a")) {
        return None;
    }
    if r.word(end).is_some_and(is_day_part) {
        end += 1;
    }
    // "Tuesday of next week", "Wednesday evening next week".
    let mut at = end;
    if r.word(at) == Some("of") {
        at += 1;
    }
    if r.word(at) == Some("the") {
        at += 1;
    }
    if let (Some(n), Some("week")) = (r.word(at).and_then(week_offset), r.word(at + 1)) {
        return Some(push(r, out, i, at + 2, Relative::Weekday { day, week: WeekRef::Week(n) }, Granularity::Day));
    }
    // "Friday 13th", "Sunday 31", "Monday the twenty seventh"; not the hours of "Monday 12-4".
    let day_at = if r.word(end) == Some("the") { end + 1 } else { end };
    if let Some((d, d_end)) = r.day(day_at) {
        // Not the hours of "Monday 12-4", "Thursday 1 pm", nor "Sunday 3 weeks after".
        let joins_number = |k: usize| r.glued(k) && r.digits(k + 1).is_some() && r.glued(k + 1);
        let is_hours = r.toks.get(d_end).is_some_and(|n| {
            (n.kind == crate::segment::TokenKind::Punct && joins_number(d_end))
                || matches!(n.norm.as_str(), "am" | "pm" | "a" | "p" | "oclock" | "o'clock")
                || (n.is_word() && !is_function_word(&n.norm) && small_number(&n.norm).is_none())
        });
        if !is_hours {
            let rel = Relative::DayOfMonth { day: d, weekday: Some(day), months: None };
            return Some(push(r, out, i, d_end, rel, Granularity::Day));
        }
    }
    // "the Friday matches", "Sunday papers": a weekday before a plural noun
    // qualifies it.
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3 && !is_function_word(w);
    let next = r.toks.get(end);
    let possessive = strip_possessive(&t.norm).len() < t.norm.len();
    let names_a_thing =
        !possessive && next.is_some_and(|n| n.is_word() && (n.capitalized || is_habit(&n.norm) || plural(&n.norm)));
    if names_a_thing {
        return None;
    }
    Some(push(r, out, i, end, Relative::Weekday { day, week: WeekRef::Latest }, Granularity::Day))
}

/// The period a relative date stands for, counted from `published`. In a
/// sentence about the future (`is_future`), "on Monday" and "on the 18th"
/// are the next ones, not the last.
pub(super) fn relative_period(rel: Relative, published: Date, is_future: bool) -> Option<Period> {
    let day = |d: Date| Some(Period { start: d, end: d });
    let today = i64::from(published.weekday().to_monday_zero_offset());
    let monday = published.checked_add((-today).days()).ok()?;
    match rel {
        Relative::Days(n) => day(published.checked_add(n.days()).ok()?),
        Relative::Weekday { day: wd, week } => {
            let back = (today - i64::from(wd)).rem_euclid(7);
            let ahead = (i64::from(wd) - today).rem_euclid(7);
            let shift = match week {
                WeekRef::Latest if is_future => ahead,
                WeekRef::Latest => -back,
                WeekRef::Past => -(if back == 0 { 7 } else { back }),
                WeekRef::Coming => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                WeekRef::Week(n) => return day(monday.checked_add((i64::from(n) * 7 + i64::from(wd)).days()).ok()?),
            };
            day(published.checked_add(shift.days()).ok()?)
        }
        Relative::Unit { unit, offset } => match unit {
            Granularity::Week => {
                let start = monday.checked_add((offset * 7).days()).ok()?;
                Some(Period { start, end: start.checked_add(6.days()).ok()? })
            }
            Granularity::Month => {
                let first = published.first_of_month().checked_add(offset.months()).ok()?;
                Some(Period { start: first, end: first.last_of_month() })
            }
            _ => Period::year(published.year().checked_add(i16::try_from(offset).ok()?)?),
        },
        Relative::DayOfMonth { day: d, weekday, months: Some(m) } => {
            let first = published.first_of_month().checked_add(m.months()).ok()?;
            let date = Date::new(first.year(), first.month(), i8::try_from(d).ok()?).ok()?;
            (weekday.is_none_or(|w| i64::from(w) == i64::from(date.weekday().to_monday_zero_offset())))
                .then_some(Period { start: date, end: date })
        }
        Relative::DayOfMonth { day: d, weekday, months: None } => {
            // With a weekday, the nearest such day either side of `published`
            // (the weekday pins it down); without, the latest not after it.
            let in_month = |n: i64| {
                let first = published.first_of_month().checked_add(n.months()).ok()?;
                Date::new(first.year(), first.month(), i8::try_from(d).ok()?).ok()
            };
            let on_weekday =
                |date: &Date| weekday.is_none_or(|w| i64::from(w) == i64::from(date.weekday().to_monday_zero_offset()));
            let before = (0..24i64).filter_map(|n| in_month(-n)).find(|date| *date <= published && on_weekday(date));
            let after = (0..24i64).filter_map(in_month).find(|date| *date >= published && on_weekday(date));
            let nearest = match (before, after) {
                (Some(b), Some(a)) if weekday.is_some() => {
                    let ahead = published.until(a).map_or(i32::MAX, |s| s.get_days());
                    let back = b.until(published).map_or(i32::MAX, |s| s.get_days());
                    Some(if ahead < back { a } else { b })
                }
                (_, Some(a)) if is_future => Some(a),
                (Some(b), _) => Some(b),
                (None, a) => a.filter(|_| weekday.is_some()),
            };
            nearest.and_then(day)
        }
        Relative::Holiday { holiday, offset } => holiday.relative_to(published, offset),
        Relative::Season { season, offset } => season.relative_to(published, offset),
        Relative::Weekend { offset } => {
            let saturday = monday.checked_add((i64::from(offset) * 7 + 5).days()).ok()?;
            Some(Period { start: saturday, end: saturday.tomorrow().ok()? })
        }
        Relative::YearPart { part, offset } => {
            let year = Period::year(published.year().checked_add(i16::from(offset))?)?;
            Some(part_of(year, part, true))
        }
        Relative::Month { month, offset } => {
            let current = i16::from(published.month());
            let m = i16::from(month);
            let y = published.year()
                + match offset {
                    o if o < 0 && m >= current => -1,
                    o if o > 0 && m <= current => 1,
                    _ => 0,
                };
            Period::month(y, month)
        }
    }
}
