//! Periods: the span of days a date stands for, with the parts of a year or
//! month ("early 2021", "late March") and quarters.

use jiff::civil::Date;

use super::Granularity;

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

impl Period {
    /// Whether the two periods share a day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// The whole year `y`.
    pub fn year(y: i16) -> Option<Period> {
        Some(Period { start: Date::new(y, 1, 1).ok()?, end: Date::new(y, 12, 31).ok()? })
    }

    /// The whole month `m` of year `y`.
    pub fn month(y: i16, m: u8) -> Option<Period> {
        let start = Date::new(y, i8::try_from(m).ok()?, 1).ok()?;
        Some(Period { start, end: start.last_of_month() })
    }

    /// The single day `y-m-d`.
    pub fn day(y: i16, m: u8, d: u8) -> Option<Period> {
        let day = Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        Some(Period { start: day, end: day })
    }

    /// ISO 8601 text at granularity `g`: "2024-03-22", "2024-03", "2024", or
    /// an interval "2021-09/2021-12" for parts, quarters, decades and ranges.
    pub fn iso(&self, g: Granularity) -> String {
        let (s, e) = (self.start, self.end);
        match g {
            Granularity::Day if s == e => format!("{s}"),
            Granularity::Month if s.day() == 1 && e == s.last_of_month() => {
                format!("{:04}-{:02}", s.year(), s.month())
            }
            Granularity::Year if s == s.first_of_year() && e == s.last_of_year() => {
                format!("{:04}", s.year())
            }
            _ => {
                let whole_years = s == s.first_of_year() && e == e.last_of_year();
                let whole_months = s.day() == 1 && e == e.last_of_month();
                if whole_years {
                    format!("{:04}/{:04}", s.year(), e.year())
                } else if whole_months {
                    format!("{:04}-{:02}/{:04}-{:02}", s.year(), s.month(), e.year(), e.month())
                } else {
                    format!("{s}/{e}")
                }
            }
        }
    }
}

/// Early, middle or late part of a year or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "early": the first third.
    Early,
    /// "mid": the middle third.
    Mid,
    /// "late": the last third.
    Late,
    /// "the first half of": January to June, or days 1 to 15.
    FirstHalf,
    /// "the second half of": July to December, or day 16 to the end.
    SecondHalf,
}

/// The part of a period: thirds of a year (Jan-Apr, May-Aug, Sep-Dec) or of
/// a month (1-10, 11-20, 21-end), or halves (Jan-Jun and Jul-Dec; 1-15 and
/// 16-end).
pub(super) fn part_of(period: Period, part: Part, is_year: bool) -> Period {
    let s = period.start;
    if is_year {
        let (a, b) = match part {
            Part::Early => (1, 4),
            Part::Mid => (5, 8),
            Part::Late => (9, 12),
            Part::FirstHalf => (1, 6),
            Part::SecondHalf => (7, 12),
        };
        let start = Date::new(s.year(), a, 1).unwrap_or(s);
        let end = Date::new(s.year(), b, 1).map(|d| d.last_of_month()).unwrap_or(period.end);
        Period { start, end }
    } else {
        let (a, b) = match part {
            Part::Early => (1, 10),
            Part::Mid => (11, 20),
            Part::Late => (21, s.days_in_month()),
            Part::FirstHalf => (1, 15),
            Part::SecondHalf => (16, s.days_in_month()),
        };
        Period {
            start: Date::new(s.year(), s.month(), a).unwrap_or(s),
            end: Date::new(s.year(), s.month(), b).unwrap_or(period.end),
        }
    }
}

pub(super) fn quarter(y: i16, q: u8) -> Option<Period> {
    let first = (q.checked_sub(1)? * 3) + 1;
    Some(Period { start: Period::month(y, first)?.start, end: Period::month(y, first + 2)?.end })
}
