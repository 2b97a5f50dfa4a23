//! Settling the year of dates written without one, after the whole article is
//! read: from the same sentence, the same or previous paragraph, the
//! publication date, or the article's most common year, in that order. The
//! rule that gave the year is recorded.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::relative::relative_period;
use super::{part_of, quarter, DateMention, DayOrder, Period, Written, YearRule};

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
    follow_day_order(dates);
    let article_year = most_common_year(dates);
    for i in 0..dates.len() {
        if dates[i].period.is_some() {
            continue;
        }
        let here = placed[i];
        let (period, rule) = match dates[i].written {
            Written::Dated(p) => (Some(p), YearRule::Stated),
            Written::Relative(rel) => match published {
                Some(p) => (relative_period(rel, p, dates[i].is_future), YearRule::Relative),
                None => (None, YearRule::Unresolved),
            },
            written => {
                // "in December alone … than in December 2003": the same month
                // (or day) with a year is a comparison, not the year.
                let same_month = |k: usize| match (written, dates[k].written) {
                    (Written::NoYear { month, day, part: None, until_month: None, .. }, Written::Dated(p)) => {
                        let m = i8::try_from(month).unwrap_or(0);
                        let whole_month = p.start.day() == 1 && p.end == p.start.last_of_month();
                        let same_day = day.is_some_and(|d| p.start == p.end && i8::try_from(d) == Ok(p.start.day()));
                        p.start.month() == m && if day.is_some() { same_day } else { whole_month }
                    }
                    _ => false,
                };
                // The nearest date with a year among those placed alike, the
                // one before first at equal distance. Dates are in text order,
                // so those of one sentence or paragraph are neighbours of
                // this one: the walk stops where the placement changes.
                let nearest = |pred: &dyn Fn(Placement) -> bool| -> Option<i16> {
                    let year = |k: usize| dates[k].stated_year().filter(|_| !same_month(k));
                    let mut before = (0..i).rev().take_while(|&k| pred(placed[k]));
                    let mut after = (i + 1..dates.len()).take_while(|&k| pred(placed[k]));
                    loop {
                        let (b, a) = (before.next(), after.next());
                        if b.is_none() && a.is_none() {
                            return None;
                        }
                        if let Some(y) = b.and_then(year).or_else(|| a.and_then(year)) {
                            return Some(y);
                        }
                    }
                };
                let from_text = nearest(&|p| p.sentence == here.sentence)
                    .map(|y| (y, YearRule::Sentence))
                    .or_else(|| nearest(&|p| p.paragraph == here.paragraph).map(|y| (y, YearRule::Paragraph)))
                    .or_else(|| {
                        let prev = previous_paragraph(here.paragraph)?;
                        let last = (0..i)
                            .rev()
                            .take_while(|&k| placed[k].paragraph >= prev)
                            .find(|&k| placed[k].paragraph == prev && dates[k].stated_year().is_some())?;
                        dates[last].stated_year().map(|y| (y, YearRule::PreviousParagraph))
                    });
                let is_future = dates[i].is_future;
                let by_published = |p: Date| match weekday_year(written, p.year()) {
                    Some(y) => with_year(written, y),
                    None if is_future => earliest_not_before(written, p),
                    None => latest_not_after(written, p),
                };
                match from_text {
                    // A past event is not dated after the article that reports it:
                    // "In October, it increased…" beside "results to March 2005",
                    // published in February 2005, is October 2004.
                    Some((y, rule)) => {
                        let period = with_year(written, y);
                        match published {
                            Some(p) if !is_future && period.is_some_and(|per| per.start > p) => {
                                (by_published(p), YearRule::Published)
                            }
                            _ => (period, rule),
                        }
                    }
                    None => match (published, article_year) {
                        (Some(p), _) => (by_published(p), YearRule::Published),
                        (None, Some(y)) => {
                            (with_year(written, weekday_year(written, y).unwrap_or(y)), YearRule::ArticleYear)
                        }
                        (None, None) => (None, YearRule::Unresolved),
                    },
                }
            }
        };
        let period = match dates[i].shift {
            Some(shift) => period.and_then(|p| shift.apply(p)),
            None => period,
        };
        dates[i].period = period;
        dates[i].year_rule = if period.is_some() { rule } else { YearRule::Unresolved };
    }
}

/// Reads dates of numbers that could go either way month first when the
/// article writes the month first more often than the day ("March 22",
/// "3/22/2024" against "22 March", "22/3/2024").
fn follow_day_order(dates: &mut [DateMention]) {
    let count = |o: DayOrder| dates.iter().filter(|d| d.order == Some(o)).count();
    if count(DayOrder::MonthFirst) <= count(DayOrder::DayFirst) {
        return;
    }
    for d in dates.iter_mut() {
        if let Some(DayOrder::Either(month_first)) = d.order {
            d.written = month_first;
            d.period = match month_first {
                Written::Dated(p) => Some(p),
                _ => None,
            };
        }
    }
}

pub(super) fn most_common_year(dates: &[DateMention]) -> Option<i16> {
    let mut counts = BTreeMap::new();
    for y in dates.iter().filter_map(DateMention::stated_year) {
        *counts.entry(y).or_insert(0usize) += 1;
    }
    // Ties go to the later year.
    counts.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y)
}

/// The period a year-less date stands for in year `y`.
pub(super) fn with_year(written: Written, y: i16) -> Option<Period> {
    match written {
        Written::NoYear { month, day: Some(d), .. } => Period::day(y, month, d),
        Written::NoYear { month, part: Some(part), .. } => Some(part_of(Period::month(y, month)?, part, false)),
        Written::NoYear { month, until_month: Some(m2), .. } => {
            Some(Period { start: Period::month(y, month)?.start, end: Period::month(y, m2)?.end })
        }
        Written::NoYear { month, .. } => Period::month(y, month),
        Written::QuarterNoYear(q) => quarter(y, q),
        Written::Holiday(h) => h.period_in(y),
        Written::SeasonNoYear(season) => season.period_in(y),
        Written::Dated(p) => Some(p),
        Written::Relative(_) => None,
    }
}

/// The latest period of this shape that starts on or before `published`.
pub(super) fn latest_not_after(written: Written, published: Date) -> Option<Period> {
    let y = published.year();
    match with_year(written, y) {
        Some(p) if p.start <= published => Some(p),
        _ => with_year(written, y - 1),
    }
}

/// The earliest period of this shape that ends on or after `published`.
pub(super) fn earliest_not_before(written: Written, published: Date) -> Option<Period> {
    let y = published.year();
    match with_year(written, y) {
        Some(p) if p.end >= published => Some(p),
        _ => with_year(written, y + 1),
    }
}

/// For a day written with its weekday ("Tuesday 9 November"), the year
/// nearest `y` (within two) in which that day falls on that weekday.
fn weekday_year(written: Written, y: i16) -> Option<i16> {
    let Written::NoYear { day: Some(_), weekday: Some(wd), .. } = written else {
        return None;
    };
    [y, y - 1, y + 1, y - 2, y + 2].into_iter().find(|&c| {
        with_year(written, c).is_some_and(|p| i16::from(p.start.weekday().to_monday_zero_offset()) == i16::from(wd))
    })
}
