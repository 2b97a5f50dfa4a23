//! Dates at the scale of a year: a year on its own ("in 2019", "a 2018
//! report", but not "2000 people"), decades ("the 1990s"), parts ("early
//! 2021", "late March") and quarters ("Q3 2023").

use super::reader::{MonthName, Reader};
use super::{part_of, quarter, DateMention, Granularity, Part, Period, Relative, Written};
use crate::extract::figure::ends_qualifier;
use crate::extract::lexicon::{is_numbered_name, scale_word, word_list};
use crate::extract::number::adjacent;
use crate::segment::TokenKind;

word_list!(
    /// Nouns a year before them dates: "2004 results", "2001 levels", "the
    /// 1999 winner".
    is_dated_noun = "dated-nouns.txt"
);

word_list!(
    /// Words before a bare number that make it a year whatever follows:
    /// "in 2019", "since 2015".
    is_strong_year_context = "strong-year-context.txt"
);

word_list!(
    /// Words before a bare number that make it a year unless a counted noun
    /// follows: "a 2018 report" but "of 2000 people".
    is_weak_year_context = "weak-year-context.txt"
);

/// Words before a number that make it a count, not a year ("over 2000",
/// "killed 2000"): the last words of the figure qualifiers, and the verbs
/// and signs of `count-context.txt`.
fn is_count_context(w: &str) -> bool {
    ends_qualifier(w) || is_count_word(w)
}

word_list!(
    /// Verbs and signs after which a number counts ("killed", "has", "£").
    is_count_word = "count-context.txt"
);

/// "early 2024", "mid-2020", "late March", "the end of 2021", "the first
/// half of 2004", and parts of a year counted from the publication date:
/// "late last year", "the end of next year", "the first half of this year".
pub(super) fn read_part(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let (part, mut at) = match (r.word(i)?, r.word(i + 1)) {
        ("early", _) => (Part::Early, i + 1),
        ("mid", _) | ("middle", Some("of")) => (Part::Mid, if r.word(i + 1) == Some("of") { i + 2 } else { i + 1 }),
        ("late", _) => (Part::Late, i + 1),
        ("start" | "beginning", Some("of")) => (Part::Early, i + 2),
        ("end", Some("of")) => (Part::Late, i + 2),
        ("first", Some("half")) if r.word(i + 2) == Some("of") => (Part::FirstHalf, i + 3),
        ("second", Some("half")) if r.word(i + 2) == Some("of") => (Part::SecondHalf, i + 3),
        _ => return None,
    };
    if r.is_punct(at, '-') && r.glued(at) {
        at += 1;
    }
    // "the end of last year": "the" before the part belongs to it.
    let from = if i > 0 && r.word(i - 1) == Some("the") && at > i + 1 { i - 1 } else { i };
    let offset = match r.word(at) {
        Some("last") => Some(-1),
        Some("this") => Some(0),
        Some("next") => Some(1),
        _ => None,
    };
    if let Some(offset) = offset.filter(|_| r.bare_word(at + 1) == Some("year")) {
        let rel = Relative::YearPart { part, offset };
        out.push(DateMention::pending(r.span(from, at + 2), Written::Relative(rel), Granularity::Part));
        return Some(at + 2);
    }
    if let Some((y, end)) = r.year(at) {
        let p = part_of(Period::year(y)?, part, true);
        out.push(DateMention::dated(r.span(from, end), p, Granularity::Part));
        return Some(end);
    }
    let MonthName { month: m, end: after, is_sure } = r.month(at)?;
    if let Some((y, end)) = r.trailing_year(after) {
        let p = part_of(Period::month(y, m)?, part, false);
        out.push(DateMention::dated(r.span(i, end), p, Granularity::Part));
        return Some(end);
    }
    if !is_sure {
        return None;
    }
    out.push(DateMention::pending(
        r.span(i, after),
        Written::NoYear { month: m, day: None, part: Some(part), until_month: None, weekday: None },
        Granularity::Part,
    ));
    Some(after)
}

/// "Q3 2023", "the first quarter of 2023", "the third quarter".
pub(super) fn read_quarter(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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
pub(super) fn read_decade(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
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

/// A year on its own: "in 2019", "a 2018 report", "in nineteen ninety
/// six", but not "2000 people".
pub(super) fn read_bare_year(r: &Reader, i: usize, out: &mut Vec<DateMention>) -> Option<usize> {
    let prev_word = i.checked_sub(1).and_then(|p| r.word(p));
    if let Some((y, end)) = r.spelled_year(i).filter(|_| matches!(prev_word, Some("in" | "since" | "of" | "until"))) {
        out.push(DateMention::dated(r.span(i, end), Period::year(y)?, Granularity::Year));
        return Some(end);
    }
    let (y, end) = r.year(i)?;
    let prev = i.checked_sub(1).map(|p| &r.toks[p]);
    if prev.is_some_and(|p| adjacent(p, &r.toks[i]) && !p.is_punct('(')) {
        return None;
    }
    if prev.is_some_and(|p| p.is_word() && p.capitalized && is_numbered_name(&p.norm)) {
        return None;
    }
    // "32 - 2015", "2015 - 32": a number and a dash beside it make a sum or
    // a span of numbers, unless the other side is a year too.
    let dash = |k: usize| r.toks.get(k).is_some_and(|t| (t.is_punct('-') || t.is_punct('–')) && !r.glued(k));
    let other_number = |k: usize| r.digits(k).is_some() && r.year(k).is_none();
    if (i >= 2 && dash(i - 1) && other_number(i - 2)) || (dash(end) && other_number(end + 1)) {
        return None;
    }
    let prev_word = prev.map(|p| p.norm.as_str());
    // "will publish 2005 results", "against 2001 levels": a year before a
    // noun that a year dates.
    let dates_noun = r.bare_word(end).is_some_and(is_dated_noun);
    if !prev_word.is_some_and(is_strong_year_context) && !dates_noun {
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
                    && !is_dated_noun(&n.norm))
        });
        if counted || next.is_some_and(|n| n.is_word() && scale_word(&n.norm).is_some()) {
            return None;
        }
    }
    out.push(DateMention::dated(r.span(i, end), Period::year(y)?, Granularity::Year));
    Some(end)
}
