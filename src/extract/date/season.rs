//! Seasons: "spring 2006", "the autumn of 2005", "last summer", "this
//! winter", "in the spring", and the sports season ("last season's
//! champions", "this season"). A season of the year is three months of the
//! northern hemisphere: spring March to May, summer June to August, autumn
//! September to November, winter December to the next February ("winter
//! 2005" starts in December 2005). A sports season runs from August to the
//! next May.

use jiff::civil::Date;

use super::reader::Reader;
use super::{DateMention, Granularity, Period, Relative, Written};
use crate::extract::lexicon::is_function_word;

/// A season of the year, or a sports season.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Autumn,
    /// December to the next February.
    Winter,
    /// A sports season: August to the next May.
    Sports,
}

/// The words that name a season.
pub(super) const NAMES: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
    ("season", Season::Sports),
];

impl Season {
    /// The season named by a lower-case word.
    fn named(w: &str) -> Option<Season> {
        NAMES.iter().find(|(name, _)| *name == w).map(|(_, s)| *s)
    }

    /// The season that starts in year `y`.
    pub fn period_in(self, y: i16) -> Option<Period> {
        let (first, months) = match self {
            Season::Spring => (3, 3),
            Season::Summer => (6, 3),
            Season::Autumn => (9, 3),
            Season::Winter => (12, 3),
            Season::Sports => (8, 10),
        };
        let start = Period::month(y, first)?.start;
        let last = start.checked_add(jiff::Span::new().months(months - 1)).ok()?;
        Some(Period { start, end: last.last_of_month() })
    }

    /// The season counted from `published`: the one that holds it, or
    /// else the one that starts in its year (`offset` 0); the last one
    /// that ended before it (-1); the first one that starts after it (1).
    pub fn relative_to(self, published: Date, offset: i8) -> Option<Period> {
        let y = published.year();
        let around: Vec<Period> = (y - 2..=y + 1).filter_map(|y| self.period_in(y)).collect();
        match offset {
            0 => around
                .iter()
                .find(|p| p.start <= published && published <= p.end)
                .or_else(|| around.iter().find(|p| p.start.year() == y))
                .copied(),
            o if o < 0 => around.iter().rev().find(|p| p.end < published).copied(),
            _ => around.iter().find(|p| p.start > published).copied(),
        }
    }
}

/// Reads a season at `i`: "spring 2006", "the autumn of 2005", "last
/// summer", "this winter", "next spring", "last season's", "this season",
/// and a bare season after a word that frames a time ("in the spring", "by
/// the autumn", "over the summer"). A capitalised season inside a name
/// ("My Summer of Love") needs its year.
pub(super) fn read_season(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let offset = match r.word(i)? {
        "last" | "previous" => Some(-1),
        "this" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    };
    let at = if offset.is_some() { i + 1 } else { i };
    let season = Season::named(r.bare_word(at)?)?;
    let end = at + 1;
    if let Some(offset) = offset {
        // "the previous season", "the next season": counted from the story.
        let story = i > 0 && r.word(i - 1) == Some("the");
        if story {
            return None;
        }
        let rel = Relative::Season { season, offset };
        out.push(DateMention::pending(r.span(i, end), Written::Relative(rel), Granularity::Season));
        return Some(end);
    }
    let year_at = if r.word(end) == Some("of") { end + 1 } else { end };
    if let Some((y, after)) = r.year(year_at) {
        let from = if i > 0 && r.word(i - 1) == Some("the") && year_at > end { i - 1 } else { i };
        out.push(DateMention::dated(r.span(from, after), season.period_in(y)?, Granularity::Season));
        return Some(after);
    }
    // "in the spring", "during the summer", "by the autumn".
    let framed = i >= 2
        && r.word(i - 1) == Some("the")
        && matches!(
            r.word(i - 2),
            Some("in" | "during" | "by" | "over" | "since" | "until" | "through" | "throughout")
        );
    // "the summer holidays": a season before a noun qualifies it.
    let modifies = r.toks.get(end).is_some_and(|t| t.is_word() && !is_function_word(&t.norm));
    if !framed || season == Season::Sports || r.toks[at].capitalized || modifies {
        return None;
    }
    out.push(DateMention::pending(r.span(i, end), Written::SeasonNoYear(season), Granularity::Season));
    Some(end)
}
