//! Figures of more than one number, and the words that end a figure: ranges
//! ("between 10 and 20", "2-3 million"), proportions ("one in five"), two
//! bounds joined ("more than 10 and less than 40") and qualifiers after the
//! number ("140 or more", "40+").

use super::amount::{read_amount, Amount};
use super::exclusion::is_not_a_figure;
use super::qualifier::{match_phrase, sign_qualifier, PREFIXES, SUFFIXES};
use super::{Direction, FigureKind, Qualifier};
use crate::extract::lexicon::{is_function_word, word_list};
use crate::extract::number::adjacent;
use crate::segment::Token;

/// A figure as it is being read: its bounds, kind and qualifier.
pub(super) struct Reading {
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) kind: FigureKind,
    pub(super) currency: Option<&'static str>,
    pub(super) qualifier: Qualifier,
    pub(super) qualifier_text: Option<String>,
    pub(super) is_fraction: bool,
    pub(super) end: usize,
}

/// The words of tokens `from..to`, lower-case, without the full stop of "c.".
pub(super) fn words_of(toks: &[Token], from: usize, to: usize) -> String {
    toks[from..to].iter().filter(|t| !t.is_punct('.')).map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")
}

word_list!(
    /// Time units that make "2 in 3 years" a count over time, not a proportion,
    /// and "10 years earlier" a span, not a change.
    pub(super) is_time_unit = "time-unit.txt"
);

/// "one in five", "1 in 21", "two out of three", "one over three": a
/// proportion, read as the fraction it stands for. "Over" divides only when
/// no noun follows ("over 3 years" is a qualifier), and a count out of an
/// exact total stays a count ("13 out of 659 MPs"). Returns whether one was
/// read.
pub(super) fn read_proportion(toks: &[Token], scan: &str, is_taken: &dyn Fn(&Token) -> bool, r: &mut Reading) -> bool {
    let n = r.low;
    let plain = matches!(r.qualifier, Qualifier::Exact | Qualifier::About);
    if r.kind != FigureKind::Number || !plain || n == 0.0 || n.fract() != 0.0 {
        return false;
    }
    let (at, is_over) = match (toks.get(r.end), toks.get(r.end + 1)) {
        (Some(a), _) if a.is("in") => (r.end + 1, false),
        (Some(a), _) if a.is("over") => (r.end + 1, true),
        (Some(a), Some(b)) if a.is("out") && b.is("of") => (r.end + 2, false),
        _ => return false,
    };
    let Some(whole) = read_amount(toks, at, scan, false) else { return false };
    let next = toks.get(whole.end);
    let fits = if is_over {
        whole.value != 0.0 && !next.is_some_and(|t| t.is_word() && !is_function_word(&t.norm))
    } else {
        let round = whole.value <= 100.0 || whole.value % 100.0 == 0.0;
        n > 0.0 && n < 100.0 && round && whole.value > n && !next.is_some_and(|t| is_time_unit(&t.norm))
    };
    let whole_number = whole.kind == FigureKind::Number && whole.value.fract() == 0.0;
    if fits && whole_number && !is_taken(&toks[whole.number_start]) && !is_not_a_figure(toks, &whole, scan) {
        r.low = n / whole.value;
        r.high = r.low;
        r.is_fraction = true;
        r.end = whole.end;
        return true;
    }
    false
}

/// The second half of a range: "between X and Y", "from X to Y", "X-Y",
/// "X to Y", "X through Y", "20~100", "two or three". Returns whether one was
/// read. In a change construction (`in_change`) "to" joins no range: "rose
/// from 18 to 21" and "rose 32,000 to 1.41 million" are two levels, or a
/// change and a level.
pub(super) fn read_range_end(
    toks: &[Token],
    scan: &str,
    is_taken: &dyn Fn(&Token) -> bool,
    range_word: Option<&str>,
    in_change: bool,
    first: &Amount,
    r: &mut Reading,
) -> bool {
    // "nine- to 12-year-olds": a hyphen left hanging before "to".
    let hanging = toks.get(r.end).is_some_and(|t| t.is_punct('-') && adjacent(&toks[r.end - 1], t))
        && toks.get(r.end + 1).is_some_and(|t| t.is("to"));
    let (joiner, at) =
        if hanging { (Some("to"), r.end + 2) } else { (toks.get(r.end).map(|t| t.norm.as_str()), r.end + 1) };
    // "from the age of 14 or 15": ages joined by "or" are two ages.
    let ages = joiner == Some("or") && is_age_lead(toks, first.number_start);
    let joins = !ages
        && match (range_word, joiner) {
            (_, Some("to")) if in_change => false,
            (Some("between"), Some("and")) | (Some("from"), Some("to")) => true,
            (None, Some("-" | "–" | "—" | "to" | "through" | "~" | "or")) => {
                matches!(r.qualifier, Qualifier::Exact | Qualifier::About)
            }
            _ => false,
        };
    let Some(second) = read_amount(toks, at, scan, false).filter(|_| joins) else {
        return false;
    };
    let mut lo = first.value;
    // "2-3 million": a small first number takes the second's scale. A large
    // one stays as it is, but then only "between" or "from" make a range of
    // them: "rose 32,000 to 1.41 million" is a change and a level.
    if first.number.scale == 1.0 && second.number.scale > 1.0 {
        if lo < 1000.0 {
            lo *= second.number.scale;
        } else if range_word.is_none() {
            return false;
        }
    }
    // "10-20%", "$2-3bn": a bare number takes the other side's kind.
    let compatible = first.kind == second.kind || first.kind == FigureKind::Number || second.kind == FigureKind::Number;
    let same_currency = first.currency.is_none() || second.currency.is_none() || first.currency == second.currency;
    // "two or three" is a range; "10 or 100" is a choice.
    let close = joiner != Some("or") || second.value <= 2.0 * lo;
    let valid = compatible && same_currency && close && second.value > lo;
    if !valid || is_taken(&toks[second.number_start]) || is_not_a_figure(toks, &second, scan) {
        return false;
    }
    r.low = lo;
    r.high = second.value;
    if second.kind != FigureKind::Number {
        r.kind = second.kind;
    }
    r.currency = r.currency.or(second.currency);
    r.end = second.end;
    r.qualifier = Qualifier::Range;
    r.is_fraction = false;
    true
}

/// Whether the words before token `at` introduce an age: "aged", "the age
/// of", "ages of".
pub(super) fn is_age_lead(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| at.checked_sub(k).map(|p| toks[p].norm.as_str());
    word(1) == Some("aged") || (word(1) == Some("of") && matches!(word(2), Some("age" | "ages")))
}

/// Qualifier words after the number: "140 or more", "65 and over", "40+",
/// "40-plus".
pub(super) fn read_suffix(toks: &[Token], scan: &str, r: &mut Reading) {
    let end = r.end;
    // "200 or greater than 190" compares with what follows.
    let compares_on =
        |k: usize| toks.get(k).is_some_and(|t| t.is("than")) && read_amount(toks, k + 1, scan, false).is_some();
    let suffix = match_phrase(toks, end, &SUFFIXES).filter(|(_, after)| !compares_on(*after));
    if let Some((q, after)) = suffix {
        r.qualifier = q;
        r.qualifier_text = Some(words_of(toks, end, after));
        r.end = after;
    } else if let Some(plus) = toks.get(end).filter(|t| t.is_punct('+') && adjacent(&toks[end - 1], t)) {
        r.qualifier = Qualifier::AtLeast;
        r.qualifier_text = Some(plus.norm.to_string());
        r.end += 1;
    } else if toks.get(end).is_some_and(|t| t.is_punct('-') && adjacent(&toks[end - 1], t))
        && toks.get(end + 1).is_some_and(|t| t.is("plus"))
    {
        r.qualifier = Qualifier::AtLeast;
        r.qualifier_text = Some("plus".to_string());
        r.end += 2;
    }
}

/// A bound in the other direction joined to a one-sided figure: "more than
/// 10 and less than 40", "at most 100 and at least 20" become one interval.
pub(super) fn read_second_bound(toks: &[Token], scan: &str, is_taken: &dyn Fn(&Token) -> bool, r: &mut Reading) {
    let Some(d1) = r.qualifier.direction() else { return };
    let mut at = r.end;
    if toks.get(at).is_some_and(|t| t.is_punct(',')) {
        at += 1;
    }
    if toks.get(at).is_some_and(|t| t.is("and") || t.is("but")) {
        at += 1;
    } else if at == r.end {
        return;
    }
    let Some((q2, j2)) = match_phrase(toks, at, &PREFIXES).or_else(|| sign_qualifier(toks, at)) else { return };
    if q2.direction().is_none_or(|d| d == d1) {
        return;
    }
    let Some(second) = read_amount(toks, j2, scan, true) else { return };
    let same_kind = second.kind == r.kind && second.currency == r.currency;
    if !same_kind || is_taken(&toks[second.number_start]) || is_not_a_figure(toks, &second, scan) {
        return;
    }
    let inclusive = |q: Qualifier| matches!(q, Qualifier::AtLeast | Qualifier::UpTo);
    let (lower, upper) = if d1 == Direction::Lower {
        ((r.low, r.qualifier), (second.value, q2))
    } else {
        ((second.value, q2), (r.low, r.qualifier))
    };
    if lower.0 >= upper.0 {
        return;
    }
    let first_words = r.qualifier_text.take().unwrap_or_default();
    r.qualifier_text = Some(format!("{first_words} … {}", words_of(toks, at, j2)));
    r.qualifier = Qualifier::Bounded { min_inclusive: inclusive(lower.1), max_inclusive: inclusive(upper.1) };
    r.low = lower.0;
    r.high = upper.0;
    r.end = second.end;
}
