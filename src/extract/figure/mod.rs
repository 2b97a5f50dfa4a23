//! Figures: counts, percentages and amounts of money, each read as an
//! interval so that a qualifier changes what the figure claims.
//!
//! "137" is the point [137, 137]; "more than 140" is (140, ∞); "up to 6,000"
//! is (−∞, 6000]; "about 100" is 100 ± tolerance; "almost 100,000" lies just
//! below 100,000; "between 10 and 20" is [10, 20]; "hundreds" is [200, 1000).
//! The unit is the head noun after the figure ("13 US soldiers" → soldiers),
//! the currency for money and "%" for percentages.
//!
//! Not figures: numbers that name things ("G7", "Covid-19", "Channel 4"),
//! ordinals, times of day, match scores, phone numbers and "one" used as a
//! pronoun. Years and dates are read by [`crate::extract::date`] first and
//! never reach this reader.

mod amount;
mod exclusion;
mod interval;
mod qualifier;
mod unit;

use serde::Serialize;

use crate::extract::lexicon::{is_function_word, small_number};
use crate::extract::number::adjacent;
use crate::segment::{segment, stem, Token, TokenKind};
use crate::source::Span;
use amount::{read_amount, Amount};
use exclusion::{is_not_a_figure, score_end};
pub use interval::Interval;
use qualifier::{match_phrase, read_magnitude, sign_qualifier, PREFIXES, SUFFIXES};
pub use qualifier::{Direction, Qualifier};
use unit::{head_noun, is_rate};

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A count or quantity.
    Number,
    /// A percentage ("96%", "96 per cent").
    Percent,
    /// An amount of money in a currency ("£3bn").
    Money,
    /// A difference in percentage points ("five percentage points").
    Points,
}

/// A figure read from a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Bytes of the figure, qualifier included, unit excluded.
    pub span: Span,
    /// What it counts.
    pub kind: FigureKind,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// The qualifier's words as written, lower-case ("more than").
    pub qualifier_text: Option<String>,
    /// The number the figure is anchored on; `None` for ranges and
    /// orders of magnitude.
    pub value: Option<f64>,
    /// Lower end of a range or order of magnitude (else the value).
    pub low: f64,
    /// Upper end of a range or order of magnitude (else the value).
    pub high: f64,
    /// ISO 4217 code of money.
    pub currency: Option<&'static str>,
    /// The head noun after the figure, lower-case ("fighters").
    pub noun: Option<String>,
    /// Part of a rate ("two attacks every three days", "100 a day"): read,
    /// but never compared with a count.
    pub is_rate: bool,
}

impl Figure {
    /// The interval the figure stands for, with `tolerance` (relative) as the
    /// width of "about" and "almost" bands.
    pub fn interval(&self, tolerance: f64) -> Interval {
        let v = self.value.unwrap_or(self.low);
        let band = v.abs() * tolerance;
        let (min, max, min_inclusive, max_inclusive) = match self.qualifier {
            Qualifier::Exact => (Some(v), Some(v), true, true),
            Qualifier::Above => (Some(v), None, false, false),
            Qualifier::AtLeast => (Some(v), None, true, false),
            Qualifier::UpTo => (None, Some(v), false, true),
            Qualifier::Below => (None, Some(v), false, false),
            Qualifier::Almost => (Some(v - band), Some(v), true, false),
            Qualifier::JustOver => (Some(v), Some(v + band), false, true),
            Qualifier::About => (Some(v - band), Some(v + band), true, true),
            Qualifier::Range => (Some(self.low), Some(self.high), true, true),
            Qualifier::Bounded { min_inclusive, max_inclusive } => {
                (Some(self.low), Some(self.high), min_inclusive, max_inclusive)
            }
            Qualifier::Magnitude => (Some(self.low), Some(self.high), true, false),
        };
        Interval { min, max, min_inclusive, max_inclusive }
    }

    /// The figure's unit as shown to users: the currency for money, "%" for
    /// percentages, "percentage points" for points, else the head noun.
    pub fn unit(&self) -> Option<String> {
        match self.kind {
            FigureKind::Money => self.currency.map(str::to_string),
            FigureKind::Percent => Some("%".to_string()),
            FigureKind::Points => Some("percentage points".to_string()),
            FigureKind::Number => self.noun.clone(),
        }
    }

    /// Whether the figure is of `kind` and, when `unit` is given, counts that
    /// unit: the same stem for nouns, the same currency for money.
    pub fn counts(&self, kind: FigureKind, currency: Option<&str>, unit_stem: Option<&str>) -> bool {
        if self.kind != kind || self.is_rate {
            return false;
        }
        if kind == FigureKind::Money && currency.is_some() && self.currency != currency {
            return false;
        }
        match (kind, unit_stem) {
            (FigureKind::Number, Some(unit)) => self.noun.as_deref().is_some_and(|n| same_noun(n, unit)),
            _ => true,
        }
    }
}

/// Whether noun `noun` (as written) and the stem `unit` name the same thing.
fn same_noun(noun: &str, unit: &str) -> bool {
    let s = stem(noun);
    s == unit || (is_person_noun(&s) && is_person_noun(unit))
}

fn is_person_noun(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}

/// Reads every figure in a sentence's tokens. Tokens inside `taken` (spans
/// already read as dates) are skipped. `text` is the article text (for the
/// case of words), `scan` the same text with markup blanked.
pub fn read_figures(toks: &[Token], text: &str, scan: &str, taken: &[Span]) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut i = 0;
    let is_taken = |t: &Token| taken.iter().any(|s| s.contains(t.span));
    while i < toks.len() {
        if is_taken(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some(end) = score_end(toks, i) {
            i = end;
            continue;
        }
        match read_figure_at(toks, i, text, scan, &is_taken) {
            Some((figure, next)) => {
                figures.push(figure);
                i = next;
            }
            None => i = after_rejected(toks, i),
        }
    }
    figures
}

/// The token after a rejected number and whatever continues it, so that
/// "0800 123 456", "Covid-19" or "1-222-2222" yield no figures from their tails.
fn after_rejected(toks: &[Token], i: usize) -> usize {
    let mut k = i + 1;
    while let Some(t) = toks.get(k) {
        let prev = &toks[k - 1];
        let spaced_digits =
            t.kind == TokenKind::Number && prev.kind == TokenKind::Number && t.span.start <= prev.span.end + 1;
        let joined = matches!(t.norm.as_str(), "-" | "/" | ".")
            && prev.kind == TokenKind::Number
            && adjacent(prev, t)
            && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number && adjacent(t, n));
        if spaced_digits {
            k += 1;
        } else if joined {
            k += 2;
        } else {
            break;
        }
    }
    k
}

/// A figure as it is being read: its bounds, kind and qualifier.
struct Reading {
    low: f64,
    high: f64,
    kind: FigureKind,
    currency: Option<&'static str>,
    qualifier: Qualifier,
    qualifier_text: Option<String>,
    is_fraction: bool,
    end: usize,
}

/// The words of tokens `from..to`, lower-case, without the full stop of "c.".
fn words_of(toks: &[Token], from: usize, to: usize) -> String {
    toks[from..to].iter().filter(|t| !t.is_punct('.')).map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")
}

/// Reads one figure starting at token `i`: qualifier, amount, range and
/// suffix; returns it with the index of the first token after it.
fn read_figure_at(
    toks: &[Token],
    i: usize,
    text: &str,
    scan: &str,
    is_taken: &dyn Fn(&Token) -> bool,
) -> Option<(Figure, usize)> {
    let (qualifier, j) =
        match_phrase(toks, i, PREFIXES).or_else(|| sign_qualifier(toks, i)).unwrap_or((Qualifier::Exact, i));
    let range_word = (qualifier == Qualifier::Range).then(|| toks[i].norm.as_str());
    if j > i && toks.get(j).is_some_and(is_taken) {
        return None;
    }
    let Some(first) = read_amount(toks, j, scan, j > i) else {
        return match qualifier {
            Qualifier::Exact | Qualifier::Range => magnitude_figure(toks, j, text),
            _ => None,
        };
    };
    if is_not_a_figure(toks, &first, scan) {
        return None;
    }
    let mut r = Reading {
        low: first.value,
        high: first.value,
        kind: first.kind,
        currency: first.currency,
        qualifier,
        qualifier_text: (j > i).then(|| words_of(toks, i, j)),
        is_fraction: first.number.is_fraction,
        end: first.end,
    };
    read_proportion(toks, scan, is_taken, &mut r);
    let is_range = read_range_end(toks, scan, is_taken, range_word, &first, &mut r);
    if range_word.is_some() && !is_range {
        // "from 140 people" or "between 10 people": the preposition is not a qualifier.
        return read_figure_at(toks, i + 1, text, scan, is_taken);
    }
    if matches!(r.qualifier, Qualifier::Exact | Qualifier::About) {
        read_suffix(toks, scan, &mut r);
    }
    read_second_bound(toks, scan, is_taken, &mut r);
    let span = Span::new(toks[i].span.start, toks[r.end - 1].span.end);
    // "a third of the voters": the unit follows "of".
    let mut noun_at = r.end;
    if r.is_fraction && toks.get(noun_at).is_some_and(|t| t.is("of")) {
        noun_at +=
            1 + usize::from(toks.get(noun_at + 1).is_some_and(|t| matches!(t.norm.as_str(), "the" | "its" | "their")));
    }
    let phrase = head_noun(toks, noun_at, text);
    let rate = is_rate(toks, i.checked_sub(1), phrase.as_ref().map_or(r.end, |n| n.1));
    let mut noun = phrase.filter(|_| r.kind == FigureKind::Number).map(|n| n.0);
    if noun.is_none() && r.kind == FigureKind::Number && i > 0 && toks[i - 1].is("aged") {
        noun = Some("years".to_string());
    }
    let two_sided = matches!(r.qualifier, Qualifier::Range | Qualifier::Bounded { .. });
    let figure = Figure {
        span,
        kind: r.kind,
        qualifier: r.qualifier,
        qualifier_text: r.qualifier_text,
        value: (!two_sided).then_some(r.low),
        low: r.low,
        high: r.high,
        currency: r.currency,
        noun,
        is_rate: rate,
    };
    Some((figure, r.end))
}

/// A bare order of magnitude at `j` ("hundreds of fighters", "tens of
/// thousands"), with the noun after "of" as its unit.
fn magnitude_figure(toks: &[Token], j: usize, text: &str) -> Option<(Figure, usize)> {
    let (low, high, end) = read_magnitude(toks, j)?;
    let noun_at = if toks.get(end).is_some_and(|t| t.is("of")) { end + 1 } else { end };
    let noun = head_noun(toks, noun_at, text);
    let figure = Figure {
        span: Span::new(toks[j].span.start, toks[end - 1].span.end),
        kind: FigureKind::Number,
        qualifier: Qualifier::Magnitude,
        qualifier_text: Some(words_of(toks, j, end)),
        value: None,
        low,
        high,
        currency: None,
        is_rate: is_rate(toks, j.checked_sub(1), noun.as_ref().map_or(end, |n| n.1)),
        noun: noun.map(|n| n.0),
    };
    Some((figure, end))
}

/// Time units that make "2 in 3 years" a count over time, not a proportion.
fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
    )
}

/// "one in five", "1 in 21", "two out of three", "one over three": a
/// proportion, read as the fraction it stands for. "Over" divides only when
/// no noun follows ("over 3 years" is a qualifier), and a count out of an
/// exact total stays a count ("13 out of 659 MPs").
fn read_proportion(toks: &[Token], scan: &str, is_taken: &dyn Fn(&Token) -> bool, r: &mut Reading) {
    let n = r.low;
    if r.kind != FigureKind::Number || r.qualifier != Qualifier::Exact || n == 0.0 || n.fract() != 0.0 {
        return;
    }
    let (at, is_over) = match (toks.get(r.end), toks.get(r.end + 1)) {
        (Some(a), _) if a.is("in") => (r.end + 1, false),
        (Some(a), _) if a.is("over") => (r.end + 1, true),
        (Some(a), Some(b)) if a.is("out") && b.is("of") => (r.end + 2, false),
        _ => return,
    };
    let Some(whole) = read_amount(toks, at, scan, false) else { return };
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
    }
}

/// The second half of a range: "between X and Y", "from X to Y", "X-Y",
/// "X to Y", "X through Y", "20~100", "two or three". Returns whether one was read.
fn read_range_end(
    toks: &[Token],
    scan: &str,
    is_taken: &dyn Fn(&Token) -> bool,
    range_word: Option<&str>,
    first: &Amount,
    r: &mut Reading,
) -> bool {
    let joiner = toks.get(r.end).map(|t| t.norm.as_str());
    let joins = match (range_word, joiner) {
        (Some("between"), Some("and")) | (Some("from"), Some("to")) => true,
        (None, Some("-" | "–" | "—" | "to" | "through" | "~" | "or")) => {
            matches!(r.qualifier, Qualifier::Exact | Qualifier::About)
        }
        _ => false,
    };
    let Some(second) = read_amount(toks, r.end + 1, scan, false).filter(|_| joins) else {
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

/// Qualifier words after the number: "140 or more", "65 and over", "40+",
/// "40-plus".
fn read_suffix(toks: &[Token], scan: &str, r: &mut Reading) {
    let end = r.end;
    // "200 or greater than 190" compares with what follows.
    let compares_on =
        |k: usize| toks.get(k).is_some_and(|t| t.is("than")) && read_amount(toks, k + 1, scan, false).is_some();
    let suffix = match_phrase(toks, end, SUFFIXES).filter(|(_, after)| !compares_on(*after));
    if let Some((q, after)) = suffix {
        r.qualifier = q;
        r.qualifier_text = Some(words_of(toks, end, after));
        r.end = after;
    } else if let Some(plus) = toks.get(end).filter(|t| t.is_punct('+') && adjacent(&toks[end - 1], t)) {
        r.qualifier = Qualifier::AtLeast;
        r.qualifier_text = Some(plus.norm.clone());
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
fn read_second_bound(toks: &[Token], scan: &str, is_taken: &dyn Fn(&Token) -> bool, r: &mut Reading) {
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
    let Some((q2, j2)) = match_phrase(toks, at, PREFIXES).or_else(|| sign_qualifier(toks, at)) else { return };
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

/// Parses a figure as a claims file writes it ("more than 140", "£3bn",
/// "two", "96%", "between 10 and 20", "137 people"): exactly one figure,
/// optionally followed by its unit.
pub fn parse_figure(source: &str) -> Result<Figure, String> {
    let seg = segment(source, source);
    let figures = read_figures(&seg.tokens, source, source, &[]);
    let [figure] = figures.as_slice() else {
        return Err(if figures.is_empty() {
            format!("cannot read a figure in {source:?} (expected e.g. \"137\", \"more than 140\", \"up to 6,000\", \"96%\", \"£3bn\")")
        } else {
            format!("{source:?} holds {} figures (expected one)", figures.len())
        });
    };
    let rest = source[figure.span.end..].trim();
    let leading = source[..figure.span.start].trim();
    let rest_is_unit = figure.noun.as_deref().is_some_and(|n| rest.to_lowercase().starts_with(n))
        && rest.split_whitespace().count() <= 3;
    if !leading.is_empty() || !(rest.is_empty() || rest_is_unit || small_number(rest).is_some()) {
        return Err(format!(
            "cannot read {source:?} as one figure: unexpected {:?}",
            if leading.is_empty() { rest } else { leading }
        ));
    }
    Ok(figure.clone())
}

#[cfg(test)]
mod roundtrip;
#[cfg(test)]
mod tests;
