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
mod context;
mod exclusion;
mod interval;
mod qualifier;
mod read;
mod unit;

use serde::Serialize;

use crate::article::decode_in_place;
use crate::extract::lexicon::{is_people_stem, small_number};
use crate::segment::{segment, stem};
use crate::source::{slice, Span};
pub(crate) use change::change_words;
pub use interval::Interval;
pub(crate) use qualifier::ends_qualifier;
pub use qualifier::{Direction, Qualifier};
pub(crate) use read::{figure_openers, qualifier_openers};
pub use read::{read_figures, FigureReading, Rejected};
pub use unit::head_noun;

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
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
    /// The rule that read it: its shape ("amount", "range", "proportion",
    /// "two-bounds", "magnitude"), or the rule of its sentence that changed
    /// it ("conversion-qualifier", "points-after-rate").
    pub rule: &'static str,
}

/// The part a figure plays in a change construction: "sales rose 2% (the
/// change) to $11.1bn (the level reached) from $10.9bn (the level left)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
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
            Qualifier::Odd => (Some(v), Some(v + band), true, true),
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

/// Parses a figure as a claims file writes it ("more than 140", "£3bn",
/// "two", "96%", "between 10 and 20", "137 people"): exactly one figure,
/// optionally followed by its unit.
pub fn parse_figure(source: &str) -> Result<Figure, String> {
    // A figure `extract` printed may hold a character reference ("&#163;8m").
    let scan = decode_in_place(source);
    let seg = segment(source, &scan);
    let figures = read_figures(&seg.tokens, source, &scan, &[]).figures;
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
