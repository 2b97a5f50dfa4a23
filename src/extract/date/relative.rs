//! Relative dates ("yesterday", "last month", "on Monday", "next year"):
//! read as offsets, and turned into periods once the publication date is
//! known.

use jiff::civil::Date;
use jiff::ToSpan;

use super::reader::Reader;
use super::{DateMention, Granularity, Period, Relative, Written};
use crate::extract::lexicon::weekday;

/// "yesterday", "last month", "on Monday", "next year", "two days ago".
pub(super) fn read_relative(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let w = r.word(i)?;
    let simple = match w {
        "today" | "tonight" => Some(Relative::Days(0)),
        "yesterday" => Some(Relative::Days(-1)),
        "tomorrow" => Some(Relative::Days(1)),
        _ => None,
    };
    if let Some(rel) = simple {
        out.push(DateMention::pending(r.span(i, i + 1), Written::Relative(rel), Granularity::Day));
        return Some(i + 1);
    }
    let offset = match w {
        "last" | "previous" => Some(-1),
        "this" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    };
    if let Some(offset) = offset {
        let unit = match r.word(i + 1)? {
            "week" => Granularity::Week,
            "month" => Granularity::Month,
            "year" => Granularity::Year,
            other => {
                let day = weekday(other).filter(|_| r.toks[i + 1].capitalized && other.len() > 3)?;
                let rel = Relative::Weekday { day, offset: offset as i8 };
                out.push(DateMention::pending(r.span(i, i + 2), Written::Relative(rel), Granularity::Day));
                return Some(i + 2);
            }
        };
        let rel = Relative::Unit { unit, offset };
        out.push(DateMention::pending(r.span(i, i + 2), Written::Relative(rel), unit));
        return Some(i + 2);
    }
    // A weekday: "on Monday", "Monday's attack", "Monday night"; not the
    // habitual "Friday prayers".
    let t = &r.toks[i];
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    let framed = matches!(prev, Some("on" | "since" | "until" | "by" | "from" | "before" | "after" | "early" | "late"))
        || t.norm.ends_with("'s")
        || matches!(r.word(i + 1), Some("night" | "morning" | "afternoon" | "evening"))
        || r.is_punct(i + 1, ',');
    if t.capitalized && t.norm.len() > 3 && framed {
        if let Some(day) = weekday(t.norm.trim_end_matches("'s")) {
            let rel = Relative::Weekday { day, offset: 0 };
            out.push(DateMention::pending(r.span(i, i + 1), Written::Relative(rel), Granularity::Day));
            return Some(i + 1);
        }
    }
    None
}

pub(super) fn relative_period(rel: Relative, published: Date) -> Option<Period> {
    let day = |d: Date| Some(Period { start: d, end: d });
    match rel {
        Relative::Days(n) => day(published.checked_add(n.days()).ok()?),
        Relative::Weekday { day: wd, offset } => {
            let today = i64::from(published.weekday().to_monday_zero_offset());
            let back = (today - i64::from(wd)).rem_euclid(7);
            let d = match offset {
                -1 => published.checked_add((-(if back == 0 { 7 } else { back })).days()).ok()?,
                0 => published.checked_add((-back).days()).ok()?,
                _ => {
                    let ahead = (i64::from(wd) - today).rem_euclid(7);
                    published.checked_add((if ahead == 0 { 7 } else { ahead }).days()).ok()?
                }
            };
            day(d)
        }
        Relative::Unit { unit, offset } => match unit {
            Granularity::Week => {
                let monday = published
                    .checked_add((-i64::from(published.weekday().to_monday_zero_offset())).days())
                    .ok()?
                    .checked_add((offset * 7).days())
                    .ok()?;
                Some(Period { start: monday, end: monday.checked_add(6.days()).ok()? })
            }
            Granularity::Month => {
                let first = published.first_of_month().checked_add(offset.months()).ok()?;
                Some(Period { start: first, end: first.last_of_month() })
            }
            _ => Period::year(published.year().checked_add(i16::try_from(offset).ok()?)?),
        },
    }
}
