//! Dates: every date mention is a period (first and last day) with a
//! granularity, so "August 2021" contains "2021-08-26" and "late 2021"
//! overlaps "2021-11" but not "2021-03".
//!
//! Reading happens per sentence ([`read_dates`]); dates written without a
//! year ("22 March", "early March") and relative dates ("yesterday", "last
//! month", "on Monday") are completed afterwards by [`resolve`], which needs
//! the whole article and the publication date, and records which rule gave
//! the year.

use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;

use crate::extract::lexicon::{is_numbered_name, month, weekday};
use crate::extract::number::adjacent;
use crate::segment::{segment, Token, TokenKind};
use crate::source::Span;

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

/// Early, middle or late part of a year or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "early": the first third.
    Early,
    /// "mid": the middle third.
    Mid,
    /// "late": the last third.
    Late,
}

/// A date counted from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// "today" (0), "yesterday" (-1), "tomorrow" (1).
    Days(i64),
    /// A weekday: `offset` -1 for "last Monday", 0 for "on Monday", 1 for "next Monday".
    Weekday {
        /// Monday = 0.
        day: u8,
        /// Which one.
        offset: i8,
    },
    /// "last week" (-1), "this month" (0), "next year" (1).
    Unit {
        /// The calendar unit.
        unit: Granularity,
        /// How many units from the publication date's.
        offset: i64,
    },
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
    },
    /// A quarter without a year: "the third quarter".
    QuarterNoYear(u8),
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
}

impl DateMention {
    fn dated(span: Span, period: Period, granularity: Granularity) -> DateMention {
        DateMention {
            span,
            written: Written::Dated(period),
            granularity,
            period: Some(period),
            year_rule: YearRule::Stated,
        }
    }

    fn pending(span: Span, written: Written, granularity: Granularity) -> DateMention {
        DateMention { span, written, granularity, period: None, year_rule: YearRule::Unresolved }
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

/// The part of a period: thirds of a year (Jan-Apr, May-Aug, Sep-Dec) or of
/// a month (1-10, 11-20, 21-end).
fn part_of(period: Period, part: Part, is_year: bool) -> Period {
    let s = period.start;
    if is_year {
        let (a, b) = match part {
            Part::Early => (1, 4),
            Part::Mid => (5, 8),
            Part::Late => (9, 12),
        };
        let start = Date::new(s.year(), a, 1).unwrap_or(s);
        let end = Date::new(s.year(), b, 1).map(|d| d.last_of_month()).unwrap_or(period.end);
        Period { start, end }
    } else {
        let (a, b) = match part {
            Part::Early => (1, 10),
            Part::Mid => (11, 20),
            Part::Late => (21, s.days_in_month()),
        };
        Period {
            start: Date::new(s.year(), s.month(), a).unwrap_or(s),
            end: Date::new(s.year(), s.month(), b).unwrap_or(period.end),
        }
    }
}

fn quarter(y: i16, q: u8) -> Option<Period> {
    let first = (q.checked_sub(1)? * 3) + 1;
    Some(Period { start: Period::month(y, first)?.start, end: Period::month(y, first + 2)?.end })
}

/// A token cursor over one sentence.
struct Reader<'a> {
    toks: &'a [Token],
}

impl Reader<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && adjacent(&self.toks[i - 1], &self.toks[i])
    }

    /// A month name at `i` ("March", "Aug.", "Sept"): capitalised, since
    /// "may" and "march" are also verbs.
    fn month(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_word() || !t.capitalized {
            return None;
        }
        let m = month(&t.norm)?;
        let abbreviated = t.norm.len() <= 4 && !matches!(t.norm.as_str(), "may" | "june" | "july");
        let end = if abbreviated && self.is_punct(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((m, end))
    }

    /// A day of the month at `i`: "22", "22nd".
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number || t.norm.len() > 2 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u8 = t.norm.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let suffix =
            self.word(i + 1).filter(|w| matches!(*w, "st" | "nd" | "rd" | "th")).is_some() && self.glued(i + 1);
        if self.word(i + 1).is_some() && self.glued(i + 1) && !suffix {
            return None;
        }
        Some((d, if suffix { i + 2 } else { i + 1 }))
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number || t.norm.len() != 4 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = t.norm.parse().ok()?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        if self.word(i + 1).is_some() && self.glued(i + 1) {
            return None;
        }
        Some((y, i + 1))
    }

    /// An optional comma then a year: ", 2021" or " 2021".
    fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        if self.is_punct(i, ',') {
            self.year(i + 1)
        } else {
            self.year(i)
        }
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }
}

/// Words before a bare number that make it a year whatever follows:
/// "in 2019", "since 2015".
fn is_strong_year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "until"
            | "till"
            | "during"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "early"
            | "mid"
            | "late"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "year"
            | "season"
            | "christmas"
            | "circa"
            | "c"
    )
}

/// Words before a bare number that make it a year unless a counted noun
/// follows: "a 2018 report" but "of 2000 people".
fn is_weak_year_context(w: &str) -> bool {
    matches!(
        w,
        "by" | "from"
            | "of"
            | "between"
            | "to"
            | "and"
            | "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "that"
            | "for"
            | "fall"
            | "or"
            | "election"
            | "census"
    )
}

/// Words before a number that make it a count, not a year ("over 2000").
fn is_count_context(w: &str) -> bool {
    matches!(
        w,
        "than"
            | "over"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "least"
            | "most"
            | "to"
            | "approximately"
            | "roughly"
            | "estimated"
            | "killed"
            | "killing"
            | "kills"
            | "injured"
            | "injuring"
            | "employs"
            | "employed"
            | "has"
            | "had"
            | "have"
            | "with"
            | "were"
            | "was"
            | "are"
            | "is"
            | "by"
            | "£"
            | "$"
            | "€"
    )
}

/// Reads the dates of one sentence's tokens. Year-less and relative dates are
/// returned unresolved; see [`resolve`].
pub fn read_dates(toks: &[Token]) -> Vec<DateMention> {
    let r = Reader { toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read_date_at(&r, i, &mut out) {
            Some(next) => i = next,
            None => i += 1,
        }
    }
    out
}

/// Tries every date form at `i`; pushes what it reads and returns the index
/// after it.
fn read_date_at(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let first = out.len();
    let end = read_single(r, i, out)?;
    // A range: "2015 to 2018", "January 2017 and October 2018" after "between",
    // "8-15 October" is read as a list of days below.
    let between = i > 0 && matches!(r.word(i - 1), Some("between" | "from"));
    let joiner = r.toks.get(end).map(|t| t.norm.as_str());
    let joins = match joiner {
        Some("-" | "–" | "—") => true,
        Some("to" | "until" | "till" | "through") => true,
        Some("and") => between,
        _ => false,
    };
    if out.len() == first + 1 && joins {
        let mut second = Vec::new();
        // "2015-18": a two-digit year after a hyphen.
        let short = short_year_after(r, end, &out[first]);
        let next_end = match short {
            Some((m, e)) => {
                second.push(m);
                Some(e)
            }
            None => read_single(r, end + 1, &mut second),
        };
        if let (Some(next_end), [to]) = (next_end, second.as_slice()) {
            if let Some(range) = join_range(&out[first], to) {
                out[first] = range;
                return Some(next_end);
            }
        }
    }
    Some(end)
}

/// "2015-18": the hyphen and two digits after a year.
fn short_year_after(r: &Reader, at: usize, from: &DateMention) -> Option<(DateMention, usize)> {
    let Written::Dated(p) = from.written else {
        return None;
    };
    if from.granularity != Granularity::Year || !(r.is_punct(at, '-') || r.is_punct(at, '–')) || !r.glued(at) {
        return None;
    }
    let t = r.toks.get(at + 1)?;
    if t.kind != TokenKind::Number || t.norm.len() != 2 || !r.glued(at + 1) {
        return None;
    }
    let yy: i16 = t.norm.parse().ok()?;
    let y = p.start.year();
    let full = y - y % 100 + yy;
    if full <= y {
        return None;
    }
    Some((DateMention::dated(t.span, Period::year(full)?, Granularity::Year), at + 2))
}

/// Joins two dates into a range; a year-less first half takes the second's year.
fn join_range(a: &DateMention, b: &DateMention) -> Option<DateMention> {
    let span = a.span.cover(b.span);
    match (a.written, b.written) {
        (Written::Dated(p), Written::Dated(q)) if q.end > p.start => {
            Some(DateMention::dated(span, Period { start: p.start, end: q.end }, Granularity::Range))
        }
        (Written::NoYear { month, day, .. }, Written::Dated(q)) => {
            let y = q.start.year();
            let start = match day {
                Some(d) => Period::day(y, month, d)?,
                None => Period::month(y, month)?,
            };
            (q.end > start.start)
                .then(|| DateMention::dated(span, Period { start: start.start, end: q.end }, Granularity::Range))
        }
        (
            Written::NoYear { month: m1, day: None, part: None, .. },
            Written::NoYear { month: m2, day: None, part: None, .. },
        ) if m2 > m1 => Some(DateMention::pending(
            span,
            Written::NoYear { month: m1, day: None, part: None, until_month: Some(m2) },
            Granularity::Range,
        )),
        _ => None,
    }
}

/// Reads one date (or a list of days sharing a month) at `i`.
fn read_single(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    read_iso(r, i, out)
        .or_else(|| read_numeric(r, i, out))
        .or_else(|| read_weekday_date(r, i, out))
        .or_else(|| read_day_first(r, i, out))
        .or_else(|| read_month_first(r, i, out))
        .or_else(|| read_part(r, i, out))
        .or_else(|| read_quarter(r, i, out))
        .or_else(|| read_decade(r, i, out))
        .or_else(|| read_bare_year(r, i, out))
        .or_else(|| read_relative(r, i, out))
}

/// "2024-03-22".
fn read_iso(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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
fn read_numeric(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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
fn read_weekday_date(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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
fn read_day_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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

fn push_day(out: &mut Vec<DateMention>, span: Span, y: Option<i16>, m: u8, d: u8) -> Option<()> {
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
fn read_month_first(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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

/// "early 2024", "mid-2020", "late March", "the end of 2021".
fn read_part(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (part, mut at) = match (r.word(i)?, r.word(i + 1)) {
        ("early", _) => (Part::Early, i + 1),
        ("mid", _) | ("middle", Some("of")) => (Part::Mid, if r.word(i + 1) == Some("of") { i + 2 } else { i + 1 }),
        ("late", _) => (Part::Late, i + 1),
        ("start" | "beginning", Some("of")) => (Part::Early, i + 2),
        ("end", Some("of")) => (Part::Late, i + 2),
        _ => return None,
    };
    if r.is_punct(at, '-') && r.glued(at) {
        at += 1;
    }
    if let Some((y, end)) = r.year(at) {
        let p = part_of(Period::year(y)?, part, true);
        out.push(DateMention::dated(r.span(i, end), p, Granularity::Part));
        return Some(end);
    }
    let (m, after) = r.month(at)?;
    if let Some((y, end)) = r.trailing_year(after) {
        let p = part_of(Period::month(y, m)?, part, false);
        out.push(DateMention::dated(r.span(i, end), p, Granularity::Part));
        return Some(end);
    }
    out.push(DateMention::pending(
        r.span(i, after),
        Written::NoYear { month: m, day: None, part: Some(part), until_month: None },
        Granularity::Part,
    ));
    Some(after)
}

/// "Q3 2023", "the first quarter of 2023", "the third quarter".
fn read_quarter(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (q, after) =
        if r.word(i) == Some("q") && r.toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number) && r.glued(i + 1) {
            (r.toks[i + 1].norm.parse::<u8>().ok()?, i + 2)
        } else {
            let q = match r.word(i)? {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                "fourth" | "4th" | "final" | "last" => 4,
                _ => return None,
            };
            if r.word(i + 1) != Some("quarter") {
                return None;
            }
            (q, i + 2)
        };
    if !(1..=4).contains(&q) {
        return None;
    }
    let year_at = if r.word(after) == Some("of") { after + 1 } else { after };
    if let Some((y, end)) = r.year(year_at) {
        out.push(DateMention::dated(r.span(i, end), quarter(y, q)?, Granularity::Quarter));
        return Some(end);
    }
    // "the last quarter" alone is too vague; numbered quarters are not.
    if r.word(i) == Some("last") {
        return None;
    }
    out.push(DateMention::pending(r.span(i, after), Written::QuarterNoYear(q), Granularity::Quarter));
    Some(after)
}

/// "the 1990s".
fn read_decade(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let t = r.toks.get(i)?;
    if t.kind != TokenKind::Number
        || t.norm.len() != 4
        || !t.norm.ends_with('0')
        || r.word(i + 1) != Some("s")
        || !r.glued(i + 1)
    {
        return None;
    }
    let y: i16 = t.norm.parse().ok()?;
    let p = Period { start: Period::year(y)?.start, end: Period::year(y + 9)?.end };
    out.push(DateMention::dated(r.span(i, i + 2), p, Granularity::Decade));
    Some(i + 2)
}

/// A year on its own: "in 2019", "a 2018 report", but not "2000 people".
fn read_bare_year(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (y, end) = r.year(i)?;
    let prev = i.checked_sub(1).map(|p| &r.toks[p]);
    if prev.is_some_and(|p| adjacent(p, &r.toks[i]) && !p.is_punct('(')) {
        return None;
    }
    if prev.is_some_and(|p| p.is_word() && p.capitalized && is_numbered_name(&p.norm)) {
        return None;
    }
    let prev_word = prev.map(|p| p.norm.as_str());
    if !prev_word.is_some_and(is_strong_year_context) {
        let weak = prev_word.is_some_and(is_weak_year_context);
        if !weak && (prev_word.is_some_and(is_count_context) || !(1800..=2100).contains(&y)) {
            return None;
        }
        let next = r.toks.get(end);
        let counted = next.is_some_and(|n| {
            n.is_punct('%')
                || (n.is_word()
                    && !n.capitalized
                    && n.norm.ends_with('s')
                    && !n.norm.ends_with("'s")
                    && n.norm.len() > 3
                    && !matches!(
                        n.norm.as_str(),
                        "elections" | "olympics" | "games" | "awards" | "accounts" | "results" | "figures"
                    ))
        });
        if counted || next.is_some_and(|n| n.is_word() && crate::extract::lexicon::scale_word(&n.norm).is_some()) {
            return None;
        }
    }
    out.push(DateMention::dated(r.span(i, end), Period::year(y)?, Granularity::Year));
    Some(end)
}

/// "yesterday", "last month", "on Monday", "next year", "two days ago".
fn read_relative(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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

/// Where each date sits, for [`resolve`].
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    /// Index of the sentence.
    pub sentence: usize,
    /// Index of the paragraph.
    pub paragraph: usize,
}

/// Completes year-less and relative dates. `placed[i]` gives the sentence and
/// paragraph of `dates[i]` (which are in text order); `previous_paragraph`
/// maps a paragraph to the previous one that is not a heading.
pub fn resolve(
    dates: &mut [DateMention],
    placed: &[Placement],
    previous_paragraph: &dyn Fn(usize) -> Option<usize>,
    published: Option<Date>,
) {
    let article_year = most_common_year(dates);
    for i in 0..dates.len() {
        if dates[i].period.is_some() {
            continue;
        }
        let here = placed[i];
        let (period, rule) = match dates[i].written {
            Written::Dated(p) => (Some(p), YearRule::Stated),
            Written::Relative(rel) => match published {
                Some(p) => (relative_period(rel, p), YearRule::Relative),
                None => (None, YearRule::Unresolved),
            },
            written => {
                let nearest = |pred: &dyn Fn(Placement) -> bool| -> Option<i16> {
                    (0..dates.len())
                        .filter(|&k| k != i && pred(placed[k]))
                        .filter_map(|k| dates[k].stated_year().map(|y| (k.abs_diff(i), k > i, y)))
                        .min_by_key(|&(distance, after, _)| (distance, after))
                        .map(|(_, _, y)| y)
                };
                let from_text = nearest(&|p| p.sentence == here.sentence)
                    .map(|y| (y, YearRule::Sentence))
                    .or_else(|| nearest(&|p| p.paragraph == here.paragraph).map(|y| (y, YearRule::Paragraph)))
                    .or_else(|| {
                        let prev = previous_paragraph(here.paragraph)?;
                        let last =
                            (0..i).rev().find(|&k| placed[k].paragraph == prev && dates[k].stated_year().is_some())?;
                        dates[last].stated_year().map(|y| (y, YearRule::PreviousParagraph))
                    });
                match from_text {
                    Some((y, rule)) => (with_year(written, y), rule),
                    None => match (published, article_year) {
                        (Some(p), _) => (latest_not_after(written, p), YearRule::Published),
                        (None, Some(y)) => (with_year(written, y), YearRule::ArticleYear),
                        (None, None) => (None, YearRule::Unresolved),
                    },
                }
            }
        };
        dates[i].period = period;
        dates[i].year_rule = if period.is_some() { rule } else { YearRule::Unresolved };
    }
}

fn most_common_year(dates: &[DateMention]) -> Option<i16> {
    let mut counts = std::collections::BTreeMap::new();
    for y in dates.iter().filter_map(DateMention::stated_year) {
        *counts.entry(y).or_insert(0usize) += 1;
    }
    // Ties go to the later year.
    counts.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y)
}

/// The period a year-less date stands for in year `y`.
fn with_year(written: Written, y: i16) -> Option<Period> {
    match written {
        Written::NoYear { month, day: Some(d), .. } => Period::day(y, month, d),
        Written::NoYear { month, part: Some(part), .. } => Some(part_of(Period::month(y, month)?, part, false)),
        Written::NoYear { month, until_month: Some(m2), .. } => {
            Some(Period { start: Period::month(y, month)?.start, end: Period::month(y, m2)?.end })
        }
        Written::NoYear { month, .. } => Period::month(y, month),
        Written::QuarterNoYear(q) => quarter(y, q),
        Written::Dated(p) => Some(p),
        Written::Relative(_) => None,
    }
}

/// The latest period of this shape that starts on or before `published`.
fn latest_not_after(written: Written, published: Date) -> Option<Period> {
    let y = published.year();
    match with_year(written, y) {
        Some(p) if p.start <= published => Some(p),
        _ => with_year(written, y - 1),
    }
}

fn relative_period(rel: Relative, published: Date) -> Option<Period> {
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
