//! Dates counted from another by a duration: "two months ago", "in two
//! weeks' time", "3 days from today", "2 weeks before May 13 1999", "two
//! months after next Friday". "In two years" is a date only when the
//! sentence speaks of the future ("will leave in two years"), since news
//! more often means a span ("the lowest in two years").

use super::read::read_single;
use super::reader::Reader;
use super::{DateMention, Granularity, Period, Relative, Written};
use jiff::ToSpan;

use crate::extract::lexicon::small_number;
use crate::segment::strip_possessive;

/// A move from a date: "two months ago" is today moved by −2 months,
/// "3 days after January 12th" is January 12th moved by 3 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shift {
    /// Months to add (may be negative).
    pub months: i32,
    /// Days to add (may be negative).
    pub days: i32,
    /// Counted roughly from now ("two years ago", "in two months"): the date
    /// is then the whole month or year it lands in, not one day.
    pub is_rough: bool,
    /// A weekday of the week it lands in ("in 3 days on Friday", "Monday two
    /// weeks from now"), Monday = 0.
    pub weekday: Option<u8>,
}

impl Shift {
    /// The period `shift` moves the first day of `period` to: a day, or for a
    /// rough shift in months or years the month or year it lands in ("two
    /// years ago" is a year, not a day).
    pub(super) fn apply(self, period: Period) -> Option<Period> {
        let mut d = period.start.checked_add(jiff::Span::new().months(self.months).days(self.days)).ok()?;
        if let Some(wd) = self.weekday {
            let back = i64::from(d.weekday().to_monday_zero_offset()) - i64::from(wd);
            d = d.checked_sub(back.days()).ok()?;
        }
        match self.granularity() {
            Granularity::Year => Period::year(d.year()),
            Granularity::Month => Some(Period { start: d.first_of_month(), end: d.last_of_month() }),
            _ => Some(Period { start: d, end: d }),
        }
    }

    /// The granularity of a date moved by this shift.
    pub(super) fn granularity(self) -> Granularity {
        match (self.months, self.days) {
            _ if self.weekday.is_some() => Granularity::Day,
            (m, 0) if self.is_rough && m != 0 && m % 12 == 0 => Granularity::Year,
            (m, 0) if self.is_rough && m != 0 => Granularity::Month,
            _ => Granularity::Day,
        }
    }
}

/// A duration at `i` ("two months", "3 days", "a fortnight"): the shift
/// forward and the token after it.
fn duration(r: &Reader, i: usize) -> Option<(Shift, usize)> {
    let (n, at) = match r.word(i) {
        // "a couple of days ago".
        Some("a") if r.word(i + 1) == Some("couple") && r.word(i + 2) == Some("of") => (2, i + 3),
        Some("a" | "an") => (1, i + 1),
        Some(w) => {
            let v = small_number(w)?;
            match r.word(i + 1).and_then(small_number) {
                Some(u) if v >= 20.0 && u < 10.0 => ((v + u) as i32, i + 2),
                _ => (v as i32, i + 1),
            }
        }
        None => (i32::try_from(r.digits(i).filter(|(_, n)| *n <= 3)?.0).ok()?, i + 1),
    };
    let unit = r.word(at)?;
    let unit = strip_possessive(unit);
    let shift = match unit.strip_suffix('s').unwrap_or(unit) {
        "day" => Shift { days: n, ..Shift::default() },
        "week" => Shift { days: 7 * n, ..Shift::default() },
        "fortnight" => Shift { days: 14 * n, ..Shift::default() },
        "month" => Shift { months: n, ..Shift::default() },
        "year" => Shift { months: 12 * n, ..Shift::default() },
        _ => return None,
    };
    Some((shift, at + 1))
}

fn negated(s: Shift) -> Shift {
    Shift { months: -s.months, days: -s.days, ..s }
}

/// "today" moved roughly by `shift`, spanning tokens `from..to`.
fn from_today(r: &Reader, from: usize, to: usize, shift: Shift) -> DateMention {
    let shift = Shift { is_rough: true, ..shift };
    let mut m = DateMention::pending(r.span(from, to), Written::Relative(Relative::Days(0)), shift.granularity());
    m.shift = Some(shift);
    m
}

/// "Monday two weeks from now", "Saturday, 3 days from now": a weekday of
/// the week a duration lands in.
pub(super) fn read_weekday_shift(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (wd, after) = r.weekday(i)?;
    let at = if r.is_punct(after, ',') { after + 1 } else { after };
    let mut one = Vec::new();
    let end = read_shift(r, at, &mut one)?;
    let [mut m]: [DateMention; 1] = one.try_into().ok()?;
    m.span = r.span(i, end);
    out.push(on_weekday(m, wd)?);
    Some(end)
}

/// Moves a shifted date to weekday `wd` of the week it lands in.
fn on_weekday(mut m: DateMention, wd: u8) -> Option<DateMention> {
    m.granularity = Granularity::Day;
    match (m.shift, m.period) {
        (Some(shift), _) => m.shift = Some(Shift { weekday: Some(wd), ..shift }),
        (None, Some(p)) => {
            let moved = Shift { weekday: Some(wd), ..Shift::default() }.apply(p)?;
            m.written = Written::Dated(moved);
            m.period = Some(moved);
        }
        (None, None) => return None,
    }
    Some(m)
}

/// Reads a date counted by a duration at `i`, and a weekday of the week it
/// lands in after it ("in 3 days on Friday").
pub(super) fn read_shift(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let mut one = Vec::new();
    let end = read_duration_date(r, i, &mut one)?;
    let [mut m]: [DateMention; 1] = one.try_into().ok()?;
    let mut end = end;
    if r.word(end) == Some("on") {
        if let Some((wd, after)) = r.weekday(end + 1) {
            m.span = r.span(i, after);
            m = on_weekday(m, wd)?;
            end = after;
        }
    }
    out.push(m);
    Some(end)
}

/// Reads a date counted by a duration at `i`.
fn read_duration_date(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    // "in two weeks", "in a fortnight's time", "in two days from today".
    let is_in = r.word(i) == Some("in");
    // "the five months from 3 August", "the past two years": a span, not a date.
    let spans = i > 0 && matches!(r.word(i - 1), Some("the" | "those" | "these" | "first" | "last" | "past" | "next"));
    let (shift, at) = duration(r, if is_in { i + 1 } else { i }).filter(|_| !spans || is_in)?;
    if is_in && !matches!(r.word(at), Some("from" | "after" | "before")) {
        // "the first fall in nine years", "the highest for the first time in
        // a decade": a span back from now.
        let record = (i.saturating_sub(6)..i).any(|k| {
            r.word(k).is_some_and(|w| {
                matches!(w, "first" | "time" | "most" | "least" | "highest" | "lowest" | "biggest" | "best" | "worst")
                    || (w.ends_with("est")
                        && w.len() > 5
                        && !matches!(w, "interest" | "request" | "protest" | "contest" | "forest" | "harvest"))
            })
        });
        if record {
            return None;
        }
        // "in two weeks' time": the apostrophe is a token of its own.
        let time_at = if r.is_punct(at, '\'') || r.is_punct(at, '’') { at + 1 } else { at };
        let in_time = r.word(time_at) == Some("time");
        if !(in_time || r.is_future_at(i)) {
            return None;
        }
        let end = if in_time { time_at + 1 } else { at };
        out.push(from_today(r, i, end, shift));
        return Some(end);
    }
    match r.word(at)? {
        "ago" => {
            out.push(from_today(r, i, at + 1, negated(shift)));
            Some(at + 1)
        }
        "from" if matches!(r.word(at + 1), Some("now")) => {
            out.push(from_today(r, i, at + 2, shift));
            Some(at + 2)
        }
        w @ ("from" | "after" | "before") => {
            let mut base = Vec::new();
            let end = read_single(r, at + 1, &mut base)?;
            if matches!(r.word(end), Some("to" | "until")) {
                return None;
            }
            let [mut m]: [DateMention; 1] = base.try_into().ok()?;
            let shift = if w == "before" { negated(shift) } else { shift };
            m.span = r.span(i, end);
            m.granularity = shift.granularity();
            match m.period {
                Some(p) => {
                    let moved = shift.apply(p)?;
                    m.written = Written::Dated(moved);
                    m.period = Some(moved);
                }
                None => m.shift = Some(shift),
            }
            out.push(m);
            Some(end)
        }
        _ => None,
    }
}
