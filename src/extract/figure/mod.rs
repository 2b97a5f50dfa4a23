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
mod change;
mod compound;
mod exclusion;
mod interval;
mod qualifier;
mod unit;

use serde::Serialize;

use crate::extract::lexicon::{is_people_stem, small_number};
use crate::extract::number::adjacent;
use crate::segment::{segment, stem, Token, TokenKind};
use crate::source::{slice, Span};
use amount::read_amount;
use change::{give_roles, Placed, Scopes};
use compound::{read_proportion, read_range_end, read_second_bound, read_suffix, words_of, Reading};
use exclusion::{is_not_a_figure, score_end};
pub use interval::Interval;
use qualifier::{match_phrase, read_magnitude, sign_qualifier, PREFIXES};
pub use qualifier::{Direction, Qualifier};
pub use unit::head_noun;
use unit::is_rate;

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
    /// The part it plays in a change construction ("rose 2% to $11.1bn
    /// from $10.9bn"), if it is in one.
    pub role: Option<Role>,
}

/// The part a figure plays in a change construction: "sales rose 2% (the
/// change) to $11.1bn (the level reached) from $10.9bn (the level left)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The size of the change: "rose 2%", "cut by 4%", "up 14 pence".
    Change,
    /// The level the change starts from: "from $10.9bn".
    From,
    /// The level the change reaches: "to $11.1bn".
    To,
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

    /// Whether the figure is of `kind` and may count `unit` when it is
    /// given: a noun of the same stem, or none ("drop by 4m"); for money, the
    /// same currency. A part of a rate compares only with a claim read as a
    /// rate (`rate`), which compares with plain figures too ("£400m a year"
    /// against "£400m being spent yearly").
    pub fn counts(&self, kind: FigureKind, currency: Option<&str>, unit_stem: Option<&str>, rate: bool) -> bool {
        if self.kind != kind || (self.is_rate && !rate) {
            return false;
        }
        if kind == FigureKind::Money && currency.is_some() && self.currency != currency {
            return false;
        }
        match (kind, unit_stem) {
            (FigureKind::Number, Some(unit)) => self.noun.as_deref().is_none_or(|n| same_noun(n, unit)),
            _ => true,
        }
    }
}

/// Whether noun `noun` (as written) and the stem `unit` name the same thing.
fn same_noun(noun: &str, unit: &str) -> bool {
    let s = stem(noun);
    s == unit || (is_people_stem(&s) && is_people_stem(unit))
}

/// Reads every figure in a sentence's tokens. Tokens inside `taken` (spans
/// already read as dates) are skipped. `text` is the article text (for the
/// case of words), `scan` the same text with markup blanked. Figures that a
/// change word governs are read one by one and given their [`Role`].
pub fn read_figures(toks: &[Token], text: &str, scan: &str, taken: &[Span]) -> Vec<Figure> {
    let scopes = Scopes::read(toks);
    let mut placed = Vec::new();
    let mut i = 0;
    let is_taken = |t: &Token| taken.iter().any(|s| s.contains(t.span));
    while i < toks.len() {
        if is_taken(&toks[i]) || scopes.is_particle(i) {
            i += 1;
            continue;
        }
        if let Some(end) = score_end(toks, i) {
            i = end;
            continue;
        }
        match read_figure_at(toks, i, text, scan, &is_taken, scopes.splits_levels(toks, i)) {
            Some((figure, next)) => {
                let start = toks.partition_point(|t| t.span.start < figure.span.start);
                placed.push(Placed { figure, start, end: next });
                i = next;
            }
            None => i = after_rejected(toks, i),
        }
    }
    give_roles(toks, &scopes, &mut placed);
    placed.into_iter().map(|p| p.figure).collect()
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

/// Reads one figure starting at token `i`: qualifier, amount, range and
/// suffix; returns it with the index of the first token after it. In a
/// change construction (`in_change`) a "to" after the number leads to the
/// next figure instead of closing a range.
fn read_figure_at(
    toks: &[Token],
    i: usize,
    text: &str,
    scan: &str,
    is_taken: &dyn Fn(&Token) -> bool,
    in_change: bool,
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
    let is_range = read_range_end(toks, scan, is_taken, range_word, in_change, &first, &mut r);
    if range_word.is_some() && !is_range {
        // "from 140 people" or "between 10 people": the preposition is not a qualifier.
        return read_figure_at(toks, i + 1, text, scan, is_taken, in_change);
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
    let rate = is_rate(toks, i.checked_sub(1), phrase.as_ref().map_or(r.end, |n| n.1), r.kind == FigureKind::Money);
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
        role: None,
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
        is_rate: is_rate(toks, j.checked_sub(1), noun.as_ref().map_or(end, |n| n.1), false),
        noun: noun.map(|n| n.0),
        role: None,
    };
    Some((figure, end))
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
    let rest = slice(source, Span::new(figure.span.end, source.len())).trim();
    let leading = slice(source, Span::new(0, figure.span.start)).trim();
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
