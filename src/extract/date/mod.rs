//! Dates: every date mention is a period (first and last day) with a
//! granularity, so "August 2021" contains "2021-08-26" and "late 2021"
//! overlaps "2021-11" but not "2021-03".
//!
//! Reading happens per sentence ([`read_dates`]); dates written without a
//! year ("22 March", "early March") and relative dates ("yesterday", "last
//! month", "on Monday") are completed afterwards by [`resolve`], which needs
//! the whole article and the publication date, and records which rule gave
//! the year.

mod day;
mod holiday;
mod numeric;
mod period;
mod read;
mod reader;
mod relative;
mod resolve;
mod shift;
mod year;

use jiff::civil::Date;
use serde::Serialize;

use crate::segment::segment;
use crate::source::{slice, Span};
pub use holiday::Holiday;
use period::{part_of, quarter};
pub use period::{Part, Period};
pub use read::read_dates;
pub use resolve::{resolve, Placement};
pub use shift::Shift;

/// How finely a date is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// One day.
    Day,
    /// One week (a relative "last week").
    Week,
    /// One month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// Part of a year or month: "early 2021", "late March".
    Part,
    /// One year.
    Year,
    /// Ten years: "the 1990s".
    Decade,
    /// From one date to another.
    Range,
}

/// Which rule gave a date its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearRule {
    /// The text states the year.
    Stated,
    /// Taken from another date in the same sentence.
    Sentence,
    /// Taken from a date earlier (or later) in the same paragraph.
    Paragraph,
    /// Taken from the last date of the previous paragraph.
    PreviousParagraph,
    /// The latest such date not after the publication date.
    Published,
    /// The year the article mentions most often.
    ArticleYear,
    /// A relative date ("yesterday"), counted from the publication date.
    Relative,
    /// No year could be found (relative dates need a publication date).
    Unresolved,
}

/// Which of the weekdays with a given name a relative weekday means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekRef {
    /// "on Monday", "Monday": the latest one not after the publication date.
    Latest,
    /// "this past Monday": the latest one before the publication date.
    Past,
    /// "this coming Monday": the first one after the publication date.
    Coming,
    /// "this Monday" (0), "last Monday" (-1), "Tuesday of next week" (1):
    /// the one in the week so many weeks from the publication date's.
    Week(i8),
}

/// A date counted from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// "today" (0), "yesterday" (-1), "tomorrow" (1), "this morning" (0).
    Days(i64),
    /// A weekday: "on Monday", "last Monday", "next week on Tuesday".
    Weekday {
        /// Monday = 0.
        day: u8,
        /// Which one.
        week: WeekRef,
    },
    /// "last week" (-1), "this month" (0), "next year" (1).
    Unit {
        /// The calendar unit.
        unit: Granularity,
        /// How many units from the publication date's.
        offset: i64,
    },
    /// A day of the month without the month: "on the 18th", "Friday 13th",
    /// "the 15th day of next month".
    DayOfMonth {
        /// Day of the month.
        day: u8,
        /// The weekday it falls on, when given.
        weekday: Option<u8>,
        /// The month, counted from the publication date's; `None` for the
        /// latest such day not after the publication date.
        months: Option<i64>,
    },
    /// "this September" (0), "last May" (-1), "next March" (1): the month in
    /// the publication date's year, or the last or next one around it.
    Month {
        /// 1 to 12.
        month: u8,
        /// -1, 0 or 1.
        offset: i8,
    },
    /// "last Easter" (-1), "next Christmas" (1), "Independence Day of this
    /// year" (0).
    Holiday {
        /// Which holiday.
        holiday: Holiday,
        /// -1 the latest before the publication date, 1 the first after it, 0
        /// the one in its year.
        offset: i8,
    },
}

/// Which comes first in a date of numbers, as a mention shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// The day: "22 March", "22/03/2024".
    DayFirst,
    /// The month: "March 22", "3/22/2024".
    MonthFirst,
    /// Either order makes a date ("03/04/2021"): read day first, with the
    /// month-first reading kept for an article that writes the month first.
    Either(Written),
}

/// What the text states about a date, before its year is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A period with its year: "22 March 2024", "late 2021", "2015 to 2018".
    Dated(Period),
    /// Month (and day, or part of the month) without a year: "22 March".
    NoYear {
        /// Month, 1 to 12.
        month: u8,
        /// Day of the month, if given.
        day: Option<u8>,
        /// Part of the month, if given ("early March").
        part: Option<Part>,
        /// Last month of a range within one year ("January to March").
        until_month: Option<u8>,
        /// The weekday written with the day ("Tuesday 9 November"), which
        /// tells the year when the text does not.
        weekday: Option<u8>,
    },
    /// A quarter without a year: "the third quarter".
    QuarterNoYear(u8),
    /// A holiday without a year: "on Christmas Day", "Easter Monday".
    Holiday(Holiday),
    /// A date relative to the publication date.
    Relative(Relative),
}

/// A date as read in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Bytes of the mention.
    pub span: Span,
    /// What the text states.
    pub written: Written,
    /// How finely it is given.
    pub granularity: Granularity,
    /// The period, once the year is known.
    pub period: Option<Period>,
    /// Which rule gave the year.
    pub year_rule: YearRule,
    /// A move from the date as written ("two months ago"), applied once its
    /// period is known.
    pub shift: Option<Shift>,
    /// Spoken of in the future ("talks will resume on Monday"): a date
    /// without a year is then the next one, not the last.
    pub is_future: bool,
    /// The order of day and month it shows, if it names both.
    pub order: Option<DayOrder>,
}

impl DateMention {
    fn dated(span: Span, period: Period, granularity: Granularity) -> DateMention {
        DateMention {
            span,
            written: Written::Dated(period),
            granularity,
            period: Some(period),
            year_rule: YearRule::Stated,
            shift: None,
            is_future: false,
            order: None,
        }
    }

    fn pending(span: Span, written: Written, granularity: Granularity) -> DateMention {
        DateMention {
            span,
            written,
            granularity,
            period: None,
            year_rule: YearRule::Unresolved,
            shift: None,
            is_future: false,
            order: None,
        }
    }

    /// The year the text states, if any.
    pub fn stated_year(&self) -> Option<i16> {
        match self.written {
            Written::Dated(p) => Some(p.start.year()),
            _ => None,
        }
    }

    /// ISO 8601 text of the date; a month-day without a year is "--03-22".
    pub fn iso(&self) -> Option<String> {
        if let Some(p) = self.period {
            return Some(p.iso(self.granularity));
        }
        match self.written {
            Written::NoYear { month, day: Some(d), .. } => Some(format!("--{month:02}-{d:02}")),
            Written::NoYear { month, .. } => Some(format!("--{month:02}")),
            _ => None,
        }
    }
}

/// A date as a claims file writes it: ISO 8601 at any granularity ("2024",
/// "2024-03", "2024-03-22") or as articles write it ("August 2021",
/// "22 March", "late 2021"). Year-less and relative dates need `published`.
pub fn parse_date(source: &str, published: Option<Date>) -> Result<DateMention, String> {
    let trimmed = source.trim();
    let iso = iso_date(trimmed);
    if let Some(mention) = iso {
        return Ok(mention);
    }
    let seg = segment(trimmed, trimmed);
    let mut dates = read_dates(&seg.tokens);
    // Only framing words may stand around the date: "the 1990s", "in August 2021".
    let covers = |d: &DateMention| {
        let (before, after) = (Span::new(0, d.span.start), Span::new(d.span.end, trimmed.len()));
        let rest = format!("{} {}", slice(trimmed, before), slice(trimmed, after));
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

/// ISO 8601 dates: "2024", "2024-03", "2024-03-22".
fn iso_date(s: &str) -> Option<DateMention> {
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

#[cfg(test)]
mod tests;
