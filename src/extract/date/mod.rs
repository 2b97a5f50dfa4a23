//! Dates: every date mention is a period (first and last day) with a
//! granularity, so "August 2021" contains "2021-08-26" and "late 2021"
//! overlaps "2021-11" but not "2021-03".
//!
//! Reading happens per sentence ([`read_dates`]); dates written without a
//! year ("22 March", "early March") and relative dates ("yesterday", "last
//! month", "on Monday") are completed afterwards by [`resolve`], which needs
//! the whole article and the publication date, and records which rule gave
//! the year.

mod claim;
mod day;
mod holiday;
mod numeric;
mod period;
mod read;
mod reader;
mod relative;
mod resolve;
mod season;
mod shift;
mod year;

use serde::Serialize;

use crate::source::Span;
pub use claim::parse_date;
pub use holiday::Holiday;
use period::{part_of, quarter};
pub use period::{Part, Period};
pub use read::read_dates;
pub(crate) use read::{Start, READERS};
pub use resolve::{resolve, Placement};
pub use season::Season;
pub use shift::Shift;

/// How finely a date is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
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
    /// A season: "spring 2006", "last summer", "this season".
    Season,
    /// One year.
    Year,
    /// Ten years: "the 1990s".
    Decade,
    /// From one date to another.
    Range,
}

/// Which rule gave a date its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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
    /// "last summer" (-1), "this winter" (0), "next season" (1).
    Season {
        /// Which season.
        season: Season,
        /// -1 the last that ended before the publication date, 0 the one
        /// that holds it or starts in its year, 1 the first after it.
        offset: i8,
    },
    /// "this weekend" (0), "last weekend" (-1): Saturday and Sunday of the
    /// week so many weeks from the publication date's.
    Weekend {
        /// Weeks from the publication date's.
        offset: i8,
    },
    /// "late last year", "the end of next year", "the first half of this
    /// year": a part of the year so many years from the publication date's.
    YearPart {
        /// The part.
        part: Part,
        /// Years from the publication date's.
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
    /// A season without a year: "in the spring".
    SeasonNoYear(Season),
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
    /// The reader that read it ("day-month", "relative", "season", …; "iso"
    /// for a claim's ISO 8601 date).
    pub rule: &'static str,
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
            rule: "iso",
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
            rule: "iso",
        }
    }

    /// Its period, or the one it has in the year `y` when it states none
    /// ("22 March" in 2024).
    pub fn period_or_in(&self, y: i16) -> Option<Period> {
        self.period.or_else(|| resolve::with_year(self.written, y))
    }

    /// The year the text states, if it states one year: not for a decade
    /// or a span of years ("the late 1980s" dates no "third quarter").
    pub fn stated_year(&self) -> Option<i16> {
        match self.written {
            Written::Dated(p) if p.start.year() == p.end.year() => Some(p.start.year()),
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

#[cfg(test)]
mod tests;
