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

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::extract::lexicon::{
    currency, is_function_word, is_numbered_name, is_prenominal, magnitude_word, month, scale_word, small_number,
    weekday,
};
use crate::extract::number::{adjacent, read_number, Number};
use crate::segment::{segment, stem, Token, TokenKind};
use crate::source::Span;

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

/// How a qualifier bends a figure into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// No qualifier: the point itself.
    Exact,
    /// "more than", "over", "above": strictly above.
    Above,
    /// "at least", "no fewer than": at or above.
    AtLeast,
    /// "up to", "as many as", "at most": at or below.
    UpTo,
    /// "fewer than", "less than", "under": strictly below.
    Below,
    /// "almost", "nearly", "close to": just below, within the tolerance.
    Almost,
    /// "just over", "slightly more than": just above, within the tolerance.
    JustOver,
    /// "about", "around", "some": within the tolerance either side.
    About,
    /// "between X and Y", "X-Y", "X to Y", "two or three".
    Range,
    /// "hundreds", "tens of thousands": an order of magnitude.
    Magnitude,
}

/// Which way a one-sided qualifier points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A lower bound ("more than", "at least").
    Lower,
    /// An upper bound ("up to", "fewer than").
    Upper,
}

impl Qualifier {
    /// The direction of a one-sided bound, if this is one.
    pub fn direction(self) -> Option<Direction> {
        match self {
            Qualifier::Above | Qualifier::AtLeast => Some(Direction::Lower),
            Qualifier::UpTo | Qualifier::Below => Some(Direction::Upper),
            _ => None,
        }
    }
}

/// An interval of values; `None` is an open (infinite) bound.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// Whether the lower bound belongs to the interval.
    pub min_inclusive: bool,
    /// Whether the upper bound belongs to the interval.
    pub max_inclusive: bool,
}

impl Interval {
    /// The single point `v`.
    pub fn point(v: f64) -> Interval {
        Interval { min: Some(v), max: Some(v), min_inclusive: true, max_inclusive: true }
    }

    /// Whether `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.min {
            None => true,
            Some(m) => v > m || (self.min_inclusive && v == m),
        };
        let below = match self.max {
            None => true,
            Some(m) => v < m || (self.max_inclusive && v == m),
        };
        above && below
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        // The larger lower bound must not lie above the smaller upper bound.
        let lower = match (self.min, other.min) {
            (None, None) => None,
            (Some(a), None) => Some((a, self.min_inclusive)),
            (None, Some(b)) => Some((b, other.min_inclusive)),
            (Some(a), Some(b)) if a > b => Some((a, self.min_inclusive)),
            (Some(a), Some(b)) if b > a => Some((b, other.min_inclusive)),
            (Some(a), Some(_)) => Some((a, self.min_inclusive && other.min_inclusive)),
        };
        let upper = match (self.max, other.max) {
            (None, None) => None,
            (Some(a), None) => Some((a, self.max_inclusive)),
            (None, Some(b)) => Some((b, other.max_inclusive)),
            (Some(a), Some(b)) if a < b => Some((a, self.max_inclusive)),
            (Some(a), Some(b)) if b < a => Some((b, other.max_inclusive)),
            (Some(a), Some(_)) => Some((a, self.max_inclusive && other.max_inclusive)),
        };
        match (lower, upper) {
            (Some((lo, lo_in)), Some((hi, hi_in))) => lo < hi || (lo == hi && lo_in && hi_in),
            _ => true,
        }
    }

    /// The interval widened by `tolerance` (relative) on each finite side.
    pub fn widen(&self, tolerance: f64) -> Interval {
        if tolerance <= 0.0 {
            return *self;
        }
        Interval {
            min: self.min.map(|v| v - v.abs() * tolerance),
            max: self.max.map(|v| v + v.abs() * tolerance),
            min_inclusive: true,
            max_inclusive: true,
        }
    }
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

/// A figure's phrase table: qualifier words before the number.
const PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::Above),
    (&["over"], Qualifier::Above),
    (&["above"], Qualifier::Above),
    (&["upwards", "of"], Qualifier::Above),
    (&["upward", "of"], Qualifier::Above),
    (&["in", "excess", "of"], Qualifier::Above),
    (&["exceeding"], Qualifier::Above),
    (&["greater", "than"], Qualifier::Above),
    (&["higher", "than"], Qualifier::Above),
    (&["larger", "than"], Qualifier::Above),
    (&["well", "over"], Qualifier::Above),
    (&["well", "above"], Qualifier::Above),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["as", "high", "as"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["maximum", "of"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::Below),
    (&["less", "than"], Qualifier::Below),
    (&["under"], Qualifier::Below),
    (&["below"], Qualifier::Below),
    (&["lower", "than"], Qualifier::Below),
    (&["smaller", "than"], Qualifier::Below),
    (&["well", "under"], Qualifier::Below),
    (&["well", "below"], Qualifier::Below),
    (&["almost"], Qualifier::Almost),
    (&["nearly"], Qualifier::Almost),
    (&["just", "under"], Qualifier::Almost),
    (&["just", "below"], Qualifier::Almost),
    (&["close", "to"], Qualifier::Almost),
    (&["not", "quite"], Qualifier::Almost),
    (&["approaching"], Qualifier::Almost),
    (&["just", "shy", "of"], Qualifier::Almost),
    (&["just", "short", "of"], Qualifier::Almost),
    (&["slightly", "less", "than"], Qualifier::Almost),
    (&["slightly", "fewer", "than"], Qualifier::Almost),
    (&["a", "little", "under"], Qualifier::Almost),
    (&["a", "little", "less", "than"], Qualifier::Almost),
    (&["just", "over"], Qualifier::JustOver),
    (&["just", "above"], Qualifier::JustOver),
    (&["just", "more", "than"], Qualifier::JustOver),
    (&["slightly", "more", "than"], Qualifier::JustOver),
    (&["slightly", "over"], Qualifier::JustOver),
    (&["slightly", "above"], Qualifier::JustOver),
    (&["a", "little", "over"], Qualifier::JustOver),
    (&["a", "little", "more", "than"], Qualifier::JustOver),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["c"], Qualifier::About),
    (&["ca"], Qualifier::About),
    (&["in", "the", "region", "of"], Qualifier::About),
    (&["something", "like"], Qualifier::About),
    (&["between"], Qualifier::Range),
    (&["from"], Qualifier::Range),
];

/// Qualifier words after the number ("140 or more").
const SUFFIXES: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast),
    (&["or", "over"], Qualifier::AtLeast),
    (&["or", "above"], Qualifier::AtLeast),
    (&["and", "over"], Qualifier::AtLeast),
    (&["and", "above"], Qualifier::AtLeast),
    (&["or", "less"], Qualifier::UpTo),
    (&["or", "fewer"], Qualifier::UpTo),
    (&["or", "under"], Qualifier::UpTo),
    (&["and", "under"], Qualifier::UpTo),
    (&["and", "below"], Qualifier::UpTo),
    (&["or", "so"], Qualifier::About),
];

/// Comparison signs before a number ("> 50", "≤ 10").
fn sign_qualifier(toks: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Punct {
        return None;
    }
    let eq_next = toks.get(i + 1).is_some_and(|n| n.is_punct('=') && adjacent(t, n));
    Some(match (t.norm.as_str(), eq_next) {
        (">", true) => (Qualifier::AtLeast, i + 2),
        ("<", true) => (Qualifier::UpTo, i + 2),
        (">", false) => (Qualifier::Above, i + 1),
        ("<", false) => (Qualifier::Below, i + 1),
        ("≥", _) => (Qualifier::AtLeast, i + 1),
        ("≤", _) => (Qualifier::UpTo, i + 1),
        ("~", _) => (Qualifier::About, i + 1),
        _ => return None,
    })
}

/// Matches one of `table`'s phrases at token `i`; returns the qualifier and
/// the index after the phrase (and after the "." of "c." or "approx.").
fn match_phrase(toks: &[Token], i: usize, table: &[(&[&str], Qualifier)]) -> Option<(Qualifier, usize)> {
    let first = toks.get(i).filter(|t| t.is_word())?;
    if !table.iter().any(|(words, _)| words[0] == first.norm) {
        return None;
    }
    table
        .iter()
        .filter(|(words, _)| {
            words.iter().enumerate().all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is_word() && t.norm == *w))
        })
        .max_by_key(|(words, _)| words.len())
        .map(|(words, q)| {
            let mut end = i + words.len();
            let abbreviated = matches!(words, ["c"] | ["ca"] | ["approx"]);
            if abbreviated && toks.get(end).is_some_and(|t| t.is_punct('.')) {
                end += 1;
            }
            (*q, end)
        })
}

/// A number with its kind and currency: "£3bn", "96%", "five percentage points".
#[derive(Debug, Clone, Copy)]
struct Amount {
    value: f64,
    kind: FigureKind,
    currency: Option<&'static str>,
    /// First token of the number itself (after any currency sign).
    number_start: usize,
    end: usize,
    number: Number,
}

fn read_amount(toks: &[Token], i: usize, scan: &str) -> Option<Amount> {
    let mut k = i;
    let mut prefix_currency = None;
    let mut negative = false;
    let t = toks.get(k)?;
    // "US$", "A$", "HK$"
    if t.is_word()
        && matches!(t.norm.as_str(), "us" | "a" | "c" | "hk" | "nz" | "s" | "au")
        && toks.get(k + 1).is_some_and(|n| n.is_punct('$') && adjacent(t, n))
    {
        prefix_currency = Some(match t.norm.as_str() {
            "a" | "au" => "AUD",
            "c" => "CAD",
            "hk" => "HKD",
            "nz" => "NZD",
            "s" => "SGD",
            _ => "USD",
        });
        k += 2;
    } else if t.kind == TokenKind::Punct || (t.is_word() && t.norm.len() == 3 && t.capitalized) {
        if let Some((code, 1.0)) = currency(&t.norm) {
            prefix_currency = Some(code);
            k += 1;
        }
    }
    if let Some(t) = toks.get(k) {
        let next_is_number = toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number && adjacent(t, n));
        if (t.is_punct('-') || t.is_punct('−')) && next_is_number {
            let glued_to_previous = k > 0 && adjacent(&toks[k - 1], t);
            if !glued_to_previous {
                negative = true;
                k += 1;
            }
        } else if t.is("minus") && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number) {
            negative = true;
            k += 1;
        }
    }
    if prefix_currency.is_none() {
        if let Some(t) = toks.get(k) {
            if t.kind == TokenKind::Punct {
                if let Some((code, 1.0)) = currency(&t.norm) {
                    prefix_currency = Some(code);
                    k += 1;
                }
            }
        }
    }
    let number = read_number(toks, k, scan)?;
    let mut value = if negative { -number.value } else { number.value };
    let mut end = number.end;
    let mut kind = if prefix_currency.is_some() { FigureKind::Money } else { FigureKind::Number };
    let mut cur = prefix_currency;
    let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    if cur.is_none() {
        if toks.get(end).is_some_and(|t| t.is_punct('%')) {
            kind = FigureKind::Percent;
            end += 1;
        } else if word(end) == Some("per") && word(end + 1) == Some("cent") {
            kind = FigureKind::Percent;
            end += 2;
        } else if matches!(word(end), Some("percent" | "pct" | "pc")) {
            kind = FigureKind::Percent;
            end += 1;
        } else if word(end) == Some("percentage") && matches!(word(end + 1), Some("point" | "points")) {
            kind = FigureKind::Points;
            end += 2;
        } else if let Some(w) = word(end) {
            let (w, skip) = if w == "us" && word(end + 1).is_some_and(|n| n.starts_with("dollar")) {
                (word(end + 1).unwrap_or(w), 2)
            } else {
                (w, 1)
            };
            // "p" for pence only when written against the digits ("50p"); a
            // currency code only in capitals ("5m USD").
            let glued = adjacent(&toks[end - 1], &toks[end]);
            let is_code = w.len() == 3 && w != "yen";
            let accepted = if w == "p" { glued } else { !is_code || toks[end].capitalized };
            if let Some((code, factor)) = currency(w).filter(|_| accepted) {
                cur = Some(code);
                kind = FigureKind::Money;
                value *= factor;
                end += skip;
            }
        }
    }
    Some(Amount { value, kind, currency: cur, number_start: k, end, number })
}

/// Words that frame a match score ("won 2-1", "a 3-0 defeat").
fn is_score_word(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "win"
            | "wins"
            | "lost"
            | "lose"
            | "loses"
            | "drew"
            | "draw"
            | "beat"
            | "beaten"
            | "defeated"
            | "victory"
            | "defeat"
            | "loss"
            | "lead"
            | "led"
            | "trail"
            | "trailed"
            | "scoreline"
            | "thrashing"
            | "aggregate"
            | "score"
            | "scored"
    )
}

/// Unit suffixes written against the digits ("10km", "5kg").
fn measure_suffix(w: &str) -> bool {
    matches!(
        w,
        "km" | "kg"
            | "mph"
            | "kph"
            | "cm"
            | "mm"
            | "ft"
            | "lb"
            | "lbs"
            | "oz"
            | "mw"
            | "gw"
            | "kw"
            | "kwh"
            | "ml"
            | "hz"
            | "ghz"
            | "mhz"
            | "gb"
            | "mb"
            | "tb"
            | "sq"
            | "km2"
            | "ha"
            | "st"
            | "nd"
            | "rd"
            | "th"
    )
}

static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s?(?:[ap]\.?m\b\.?|o'clock|GMT\b|BST\b|CET\b|EST\b|hrs\b|[ap]m\b)").expect("time pattern is valid")
});

/// Why a number must not be read as a figure, judged around its tokens.
/// The tokens are one sentence's, so index 0 opens the sentence.
fn is_not_a_figure(toks: &[Token], a: &Amount, scan: &str) -> bool {
    let first = &toks[a.number_start];
    let last = &toks[a.number.end - 1];
    let prev = a.number_start.checked_sub(1).map(|p| &toks[p]);
    if first.kind == TokenKind::Number {
        // "G7", "A380": digits glued to letters before them.
        if prev.is_some_and(|p| p.is_word() && adjacent(p, first)) {
            return true;
        }
        // "Covid-19", "F-16": a word, a hyphen and digits.
        if a.number_start >= 2 {
            let (w, h) = (&toks[a.number_start - 2], &toks[a.number_start - 1]);
            if w.is_word() && (h.is_punct('-') || h.is_punct('‐')) && adjacent(w, h) && adjacent(h, first) {
                return true;
            }
        }
        // Phone numbers and codes with a leading zero: "0800", "020".
        if first.norm.len() >= 3 && first.norm.starts_with('0') && !first.norm.starts_with("0.") {
            return true;
        }
        // "Channel 4", "Section 28", "Windows 2000".
        if let Some(p) = prev.filter(|p| p.is_word() && p.capitalized && a.kind == FigureKind::Number) {
            let plain = first.norm.bytes().all(|b| b.is_ascii_digit());
            let at_start = a.number_start == 1;
            if is_numbered_name(&p.norm) {
                return true;
            }
            let next = toks.get(a.end);
            let name_like_follow = next.is_none_or(|n| n.kind == TokenKind::Punct || n.capitalized);
            let ordinary = month(&p.norm).is_some()
                || weekday(&p.norm).is_some()
                || is_function_word(&p.norm)
                || PREFIXES.iter().any(|(w, _)| w.last() == Some(&p.norm.as_str()));
            if plain && !at_start && !ordinary && name_like_follow && first.norm.len() <= 4 && a.number.scale == 1.0 {
                return true;
            }
        }
    }
    // "21st", "3D", "4G", "5pm": digits glued to letters after them.
    if let Some(next) = toks.get(a.number.end) {
        if next.is_word() && adjacent(last, next) && a.end == a.number.end && !measure_suffix(&next.norm) {
            return true;
        }
        if let Some(n) = toks.get(a.number.end) {
            if matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th") && adjacent(last, n) {
                return true;
            }
        }
        // "9/11", "24/7": numbers joined by a slash name a day or a rota.
        if next.is_punct('/')
            && adjacent(last, next)
            && toks.get(a.number.end + 1).is_some_and(|t| t.kind == TokenKind::Number && adjacent(next, t))
        {
            return true;
        }
        // "10:30"
        if next.is_punct(':')
            && adjacent(last, next)
            && toks.get(a.number.end + 1).is_some_and(|t| t.kind == TokenKind::Number)
        {
            return true;
        }
    }
    if prev.is_some_and(|p| (p.is_punct(':') || p.is_punct('/')) && adjacent(p, first))
        && a.number_start >= 2
        && toks[a.number_start - 2].kind == TokenKind::Number
    {
        return true;
    }
    if TIME_AFTER.is_match(scan.get(last.span.end..).unwrap_or("")) && a.kind == FigureKind::Number {
        return true;
    }
    // "one of the most active parts", "no one", "the one"
    if a.number.is_spelled && a.value == 1.0 && first.is("one") && a.number.end == a.number_start + 1 {
        let next = toks.get(a.end).map(|t| t.norm.as_str());
        let before = prev.map(|t| t.norm.as_str());
        let pronoun_next =
            matches!(next, None | Some("of" | "another" | "'s" | "by" | "who" | "that" | "which" | "," | "." | "day"));
        let pronoun_before = matches!(
            before,
            Some(
                "no" | "the"
                    | "this"
                    | "that"
                    | "any"
                    | "every"
                    | "each"
                    | "which"
                    | "only"
                    | "someone"
                    | "anyone"
                    | "every-"
            )
        );
        if pronoun_next || pronoun_before {
            return true;
        }
    }
    false
}

/// A match score "2-1": both sides small, framed by a score word.
fn score_end(toks: &[Token], i: usize) -> Option<usize> {
    let (a, dash, b) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    let is_score = a.kind == TokenKind::Number
        && (dash.is_punct('-') || dash.is_punct('–'))
        && b.kind == TokenKind::Number
        && adjacent(a, dash)
        && adjacent(dash, b)
        && a.norm.len() <= 2
        && b.norm.len() <= 2;
    if !is_score {
        return None;
    }
    let framed = toks[i.saturating_sub(3)..i].iter().any(|t| is_score_word(&t.norm))
        || toks.get(i + 3).is_some_and(|t| is_score_word(&t.norm))
        || toks.get(i + 4).is_some_and(|t| is_score_word(&t.norm));
    framed.then_some(i + 3)
}

/// An order of magnitude at `i`: "hundreds", "tens of thousands",
/// "several hundred", "a few thousand", "dozens".
fn read_magnitude(toks: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    let base_of = |w: &str| match w {
        "hundred" => Some(100.0),
        "dozen" => Some(12.0),
        other => scale_word(other),
    };
    // "tens of thousands", "hundreds of millions"
    if let (Some(outer @ ("tens" | "hundreds")), Some("of"), Some(inner)) = (word(i), word(i + 1), word(i + 2)) {
        if let Some(scale) = magnitude_word(inner).filter(|s| *s >= 1e3) {
            let factor = if outer == "tens" { 10.0 } else { 100.0 };
            return Some((2.0 * factor * scale, 10.0 * factor * scale, i + 3));
        }
    }
    // "several hundred", "a few thousand", "a couple of hundred"
    let (lead, at) = match (word(i), word(i + 1)) {
        (Some("several"), _) => (true, i + 1),
        (Some("a"), Some("few")) => (true, i + 2),
        (Some("a"), Some("couple")) if word(i + 2) == Some("of") => (true, i + 3),
        _ => (false, i),
    };
    if lead {
        let base = word(at).and_then(base_of)?;
        return Some((2.0 * base, 10.0 * base, at + 1));
    }
    let base = magnitude_word(word(i)?)?;
    let top = if base == 12.0 { 12.0 * 12.0 } else { 10.0 * base };
    Some((2.0 * base, top, i + 1))
}

/// The head noun of the phrase starting at token `k`: up to six words,
/// stopping at the first plural or before a function word or a verb.
fn head_noun(toks: &[Token], k: usize, text: &str) -> Option<(String, usize)> {
    let content = |t: &Token| {
        let original = text.get(t.span.start..t.span.end).unwrap_or(&t.norm);
        let all_caps =
            original.chars().count() > 1 && original.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let is_content =
            t.is_word() && (all_caps || !is_function_word(&t.norm)) && !(t.capitalized && month(&t.norm).is_some());
        (is_content, all_caps)
    };
    let mut head: Option<(&Token, usize)> = None;
    for (n, t) in toks.iter().enumerate().skip(k).take(6) {
        let (is_content, all_caps) = content(t);
        if !is_content {
            break;
        }
        let next_is_content = toks.get(n + 1).is_some_and(|next| content(next).0);
        // A verb right after the figure ("12 died", "300 fled") ends the phrase
        // unless it is a participle before a noun ("5 injured people").
        let before_noun = next_is_content && !is_verb_like(&toks[n + 1].norm);
        if is_verb_like(&t.norm) && !before_noun {
            break;
        }
        head = Some((t, n + 1));
        let plural = !all_caps
            && ((t.norm.ends_with('s') && !t.norm.ends_with("ss") && !t.norm.ends_with("'s") && t.norm.len() > 3)
                || matches!(
                    t.norm.as_str(),
                    "people"
                        | "men"
                        | "women"
                        | "children"
                        | "police"
                        | "staff"
                        | "personnel"
                        | "cattle"
                        | "feet"
                        | "sheep"
                        | "fish"
                        | "data"
                        | "media"
                        | "aircraft"
                        | "livestock"
                ));
        if plural && !is_prenominal(&t.norm) {
            break;
        }
    }
    head.map(|(t, end)| (t.norm.trim_end_matches("'s").trim_end_matches('\'').to_string(), end))
}

/// Whether a figure whose phrase ends before token `after` is part of a
/// rate: followed by "every", "per", "each" or "a day", or preceded by
/// "every" or "per" (token `before`).
fn is_rate(toks: &[Token], before: Option<usize>, after: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    let time = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "day"
                    | "week"
                    | "month"
                    | "year"
                    | "hour"
                    | "minute"
                    | "second"
                    | "decade"
                    | "night"
                    | "head"
                    | "person"
                    | "capita"
            )
        )
    };
    let numerator = match word(after) {
        Some("every" | "per" | "each") => true,
        Some("a" | "an") => time(word(after + 1)),
        _ => false,
    };
    numerator || before.and_then(word).is_some_and(|w| matches!(w, "every" | "per"))
}

/// Past tenses, participles and common verbs that follow a count as its verb.
fn is_verb_like(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 3)
        || (w.ends_with("ing") && w.len() > 4)
        || matches!(
            w,
            "fled"
                | "ran"
                | "went"
                | "came"
                | "left"
                | "fell"
                | "rose"
                | "won"
                | "lost"
                | "got"
                | "took"
                | "made"
                | "saw"
                | "held"
                | "fought"
                | "began"
                | "became"
                | "remain"
                | "remained"
                | "died"
                | "die"
                | "live"
                | "lived"
                | "stood"
                | "sat"
                | "met"
                | "paid"
                | "spent"
                | "cost"
                | "costs"
                | "gave"
                | "knew"
                | "felt"
                | "heard"
                | "put"
                | "set"
                | "led"
                | "grew"
                | "drew"
                | "brought"
                | "bought"
                | "sold"
                | "sent"
                | "hit"
        )
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
