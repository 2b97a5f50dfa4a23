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

use crate::extract::lexicon::small_number;
use crate::extract::number::adjacent;
use crate::segment::{segment, stem, Token, TokenKind};
use crate::source::Span;
use amount::read_amount;
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
            None => {
                // Skip the rest of a rejected number so "0800 123 456" or
                // "Covid-19" do not yield figures from their tails.
                i += 1;
                while i < toks.len()
                    && toks[i].kind == TokenKind::Number
                    && adjacent_or_spaced(&toks[i - 1], &toks[i])
                    && toks[i - 1].kind == TokenKind::Number
                {
                    i += 1;
                }
            }
        }
    }
    figures
}

fn adjacent_or_spaced(a: &Token, b: &Token) -> bool {
    b.span.start <= a.span.end + 1
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
    let (mut qualifier, j) =
        match_phrase(toks, i, PREFIXES).or_else(|| sign_qualifier(toks, i)).unwrap_or((Qualifier::Exact, i));
    let range_word = if qualifier == Qualifier::Range { Some(toks[i].norm.clone()) } else { None };
    if j > i && toks.get(j).is_some_and(is_taken) {
        return None;
    }
    let Some(first) = read_amount(toks, j, scan) else {
        if qualifier == Qualifier::Exact || qualifier == Qualifier::Range {
            // A bare order of magnitude, or an ordinary word.
            let (low, high, end) = read_magnitude(toks, j)?;
            let span = Span::new(toks[j].span.start, toks[end - 1].span.end);
            let words = toks[j..end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
            let noun_at = if toks.get(end).is_some_and(|t| t.is("of")) { end + 1 } else { end };
            let noun = head_noun(toks, noun_at, text);
            let figure = Figure {
                span,
                kind: FigureKind::Number,
                qualifier: Qualifier::Magnitude,
                qualifier_text: Some(words),
                value: None,
                low,
                high,
                currency: None,
                is_rate: is_rate(toks, j.checked_sub(1), noun.as_ref().map_or(end, |n| n.1)),
                noun: noun.map(|n| n.0),
            };
            return Some((figure, end));
        }
        return None;
    };
    if is_not_a_figure(toks, &first, scan) {
        return None;
    }
    let mut low = first.value;
    let mut high = first.value;
    let mut kind = first.kind;
    let mut currency = first.currency;
    let mut end = first.end;
    let mut is_range = false;
    // Second half of a range: "between X and Y", "from X to Y", "X-Y", "X to Y", "two or three".
    let joiner = toks.get(end).map(|t| t.norm.as_str());
    let joins = match (range_word.as_deref(), joiner) {
        (Some("between"), Some("and")) => true,
        (Some("from"), Some("to")) => true,
        (None, Some("-" | "–" | "—" | "to" | "or")) => qualifier == Qualifier::Exact,
        _ => false,
    };
    if joins {
        if let Some(second) = read_amount(toks, end + 1, scan).filter(|s| !is_taken(&toks[s.number_start])) {
            let mut lo = first.value;
            if first.number.scale == 1.0 && second.number.scale > 1.0 && !first.number.is_spelled {
                lo *= second.number.scale;
            }
            // "10-20%", "$2-3bn": a bare number takes the other side's kind.
            let compatible =
                first.kind == second.kind || first.kind == FigureKind::Number || second.kind == FigureKind::Number;
            let same_currency =
                first.currency.is_none() || second.currency.is_none() || first.currency == second.currency;
            if compatible && same_currency && second.value > lo && !is_not_a_figure(toks, &second, scan) {
                low = lo;
                high = second.value;
                if second.kind != FigureKind::Number {
                    kind = second.kind;
                }
                currency = currency.or(second.currency);
                end = second.end;
                is_range = true;
            }
        }
    }
    if range_word.is_some() && !is_range {
        // "from 140 people" or "between 10 people": the preposition is not a qualifier.
        return read_figure_at(toks, i + 1, text, scan, is_taken);
    }
    let mut qualifier_text = (j > i).then(|| {
        toks[i..j]
            .iter()
            .filter(|t| t.is_word() || !t.is_punct('.'))
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    if is_range {
        qualifier = Qualifier::Range;
    } else if qualifier == Qualifier::Exact {
        if let Some((q, after)) = match_phrase(toks, end, SUFFIXES) {
            qualifier = q;
            qualifier_text = Some(toks[end..after].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" "));
            end = after;
        } else if let Some(plus) = toks.get(end).filter(|t| t.is_punct('+') && adjacent(&toks[end - 1], t)) {
            qualifier = Qualifier::AtLeast;
            qualifier_text = Some(plus.norm.clone());
            end += 1;
        } else if toks.get(end).is_some_and(|t| t.is_punct('-') && adjacent(&toks[end - 1], t))
            && toks.get(end + 1).is_some_and(|t| t.is("plus"))
        {
            qualifier = Qualifier::AtLeast;
            qualifier_text = Some("plus".to_string());
            end += 2;
        }
    }
    let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
    let phrase = head_noun(toks, end, text);
    let rate = is_rate(toks, i.checked_sub(1), phrase.as_ref().map_or(end, |n| n.1));
    let mut noun = phrase.filter(|_| kind == FigureKind::Number).map(|n| n.0);
    if noun.is_none() && kind == FigureKind::Number && i > 0 && toks[i - 1].is("aged") {
        noun = Some("years".to_string());
    }
    let value = (!is_range).then_some(low);
    Some((Figure { span, kind, qualifier, qualifier_text, value, low, high, currency, noun, is_rate: rate }, end))
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
mod tests;
