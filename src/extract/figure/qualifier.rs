//! Qualifiers: the words and signs that turn a number into an interval
//! ("more than", "up to", "about", "between", "≥"), and orders of magnitude
//! ("hundreds", "tens of thousands") that stand for an interval on their own.

use std::sync::LazyLock;

use crate::extract::lexicon::{magnitude_word, scale_word, Words};
use crate::extract::number::adjacent;
use crate::segment::{Cursor, Token, TokenKind};

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
    /// "300-odd", "twenty-odd": at least the number, within the tolerance
    /// above it.
    Odd,
    /// "between X and Y", "X-Y", "X to Y", "two or three".
    Range,
    /// Two bounds joined: "more than 10 and less than 40".
    Bounded {
        /// Whether the lower bound belongs to the interval.
        min_inclusive: bool,
        /// Whether the upper bound belongs to the interval.
        max_inclusive: bool,
    },
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

/// A table of qualifier phrases, entered by their first word: a token
/// that starts no phrase costs one lookup, and one that does is compared
/// only with the phrases it starts.
pub(super) struct Phrases {
    table: &'static [(&'static [&'static str], Qualifier)],
    /// Per first word, its slot in `starting`.
    firsts: Words<usize>,
    /// Per slot, the phrases that start with its word, in table order.
    starting: Vec<Vec<usize>>,
}

impl Phrases {
    fn new(table: &'static [(&'static [&'static str], Qualifier)]) -> Phrases {
        let mut slots: Vec<&'static str> = Vec::new();
        let mut starting: Vec<Vec<usize>> = Vec::new();
        for (n, (words, _)) in table.iter().enumerate() {
            let Some(first) = words.first() else { continue };
            match slots.iter().position(|w| w == first) {
                Some(slot) => starting[slot].push(n),
                None => {
                    slots.push(first);
                    starting.push(vec![n]);
                }
            }
        }
        let firsts = Words::new(slots.into_iter().enumerate().map(|(slot, w)| (w, slot)));
        Phrases { table, firsts, starting }
    }

    /// The words the phrases start with.
    pub(super) fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.firsts.words()
    }
}

/// Qualifier words before the number, as a [`Phrases`] table.
pub(super) static PREFIXES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(PREFIX_PHRASES));

/// Qualifier words after the number, as a [`Phrases`] table.
pub(super) static SUFFIXES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(SUFFIX_PHRASES));

/// A figure's phrase table: qualifier words before the number.
const PREFIX_PHRASES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::Above),
    (&["over"], Qualifier::Above),
    (&["above"], Qualifier::Above),
    (&["upwards", "of"], Qualifier::Above),
    (&["upward", "of"], Qualifier::Above),
    (&["in", "excess", "of"], Qualifier::Above),
    (&["exceeding"], Qualifier::Above),
    (&["exceed"], Qualifier::Above),
    (&["exceeds"], Qualifier::Above),
    (&["exceeded"], Qualifier::Above),
    (&["surpass"], Qualifier::Above),
    (&["surpasses"], Qualifier::Above),
    (&["surpassed"], Qualifier::Above),
    (&["surpassing"], Qualifier::Above),
    (&["bigger", "than"], Qualifier::Above),
    (&["greater", "than"], Qualifier::Above),
    (&["higher", "than"], Qualifier::Above),
    (&["larger", "than"], Qualifier::Above),
    (&["well", "over"], Qualifier::Above),
    (&["well", "in", "excess", "of"], Qualifier::Above),
    (&["well", "above"], Qualifier::Above),
    (&["at", "least"], Qualifier::AtLeast),
    (&["at", "least", "or", "equal", "to"], Qualifier::AtLeast),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["greater", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "to"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["bigger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "than"], Qualifier::AtLeast),
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
    (&["less", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["less", "or", "equal", "to"], Qualifier::UpTo),
    (&["less", "or", "equal", "than"], Qualifier::UpTo),
    (&["lower", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["lower", "or", "equal", "than"], Qualifier::UpTo),
    (&["smaller", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["smaller", "or", "equal", "than"], Qualifier::UpTo),
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
    (&["the", "best", "part", "of"], Qualifier::Almost),
    (&["a", "shade", "under"], Qualifier::Almost),
    (&["just", "over"], Qualifier::JustOver),
    (&["just", "above"], Qualifier::JustOver),
    (&["just", "more", "than"], Qualifier::JustOver),
    (&["slightly", "more", "than"], Qualifier::JustOver),
    (&["slightly", "over"], Qualifier::JustOver),
    (&["slightly", "above"], Qualifier::JustOver),
    (&["a", "little", "over"], Qualifier::JustOver),
    (&["a", "little", "more", "than"], Qualifier::JustOver),
    (&["a", "shade", "over"], Qualifier::JustOver),
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
    (&["in", "the", "area", "of"], Qualifier::About),
    (&["in", "the", "order", "of"], Qualifier::About),
    (&["near"], Qualifier::About),
    (&["a", "near"], Qualifier::About),
    (&["something", "like"], Qualifier::About),
    (&["between"], Qualifier::Range),
    (&["from"], Qualifier::Range),
];

/// Whether `w` ends a qualifier of [`PREFIXES`] ("than", "least", "about"):
/// a number after it is a count.
pub(crate) fn ends_qualifier(w: &str) -> bool {
    PREFIX_PHRASES.iter().any(|(words, _)| words.last() == Some(&w))
}

/// Qualifier words after the number ("140 or more").
const SUFFIX_PHRASES: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast),
    (&["or", "over"], Qualifier::AtLeast),
    (&["or", "above"], Qualifier::AtLeast),
    (&["and", "over"], Qualifier::AtLeast),
    (&["and", "above"], Qualifier::AtLeast),
    (&["or", "greater"], Qualifier::AtLeast),
    (&["or", "higher"], Qualifier::AtLeast),
    (&["or", "older"], Qualifier::AtLeast),
    (&["and", "more"], Qualifier::AtLeast),
    (&["and", "older"], Qualifier::AtLeast),
    (&["and", "up"], Qualifier::AtLeast),
    (&["or", "less"], Qualifier::UpTo),
    (&["or", "fewer"], Qualifier::UpTo),
    (&["or", "under"], Qualifier::UpTo),
    (&["and", "under"], Qualifier::UpTo),
    (&["and", "below"], Qualifier::UpTo),
    (&["or", "below"], Qualifier::UpTo),
    (&["or", "lower"], Qualifier::UpTo),
    (&["or", "younger"], Qualifier::UpTo),
    (&["and", "younger"], Qualifier::UpTo),
    (&["or", "so"], Qualifier::About),
];

/// Comparison signs before a number ("> 50", "≤ 10", "< = 100"); not the
/// arrows and inequalities of "=>" or "<>".
pub(super) fn sign_qualifier(toks: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    let t = toks.get(i).filter(|t| t.kind == TokenKind::Punct)?;
    let glued_sign = |n: &Token| n.kind == TokenKind::Punct && matches!(n.norm.as_str(), "=" | "<" | ">");
    if i > 0 && adjacent(&toks[i - 1], t) && glued_sign(&toks[i - 1]) {
        return None;
    }
    let eq_next = toks.get(i + 1).is_some_and(|n| n.is_punct('='));
    if toks.get(i + 1).is_some_and(|n| adjacent(t, n) && glued_sign(n) && !n.is_punct('=')) {
        return None;
    }
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

/// Matches one of the phrases at token `i`; returns the qualifier and
/// the index after the phrase (and after the "." of "c." or "approx.").
pub(super) fn match_phrase(toks: &[Token], i: usize, phrases: &Phrases) -> Option<(Qualifier, usize)> {
    let first = toks.get(i).filter(|t| t.is_word())?;
    let slot = phrases.firsts.get(&first.norm)?;
    phrases.starting[slot]
        .iter()
        .map(|&n| &phrases.table[n])
        // The first word is the one the phrases were found by.
        .filter(|(words, _)| {
            words.iter().enumerate().skip(1).all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is_word() && t.norm == *w))
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

/// An order of magnitude at `i`: "hundreds", "tens of thousands",
/// "several hundred", "a few thousand", "dozens".
pub(super) fn read_magnitude(toks: &[Token], i: usize) -> Option<(f64, f64, usize)> {
    let cur = Cursor::new(toks);
    let word = |k: usize| cur.word(k);
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
    // "scores of people" and "Scores were hurt", not "he scores".
    let is_count = |w: &str| w != "scores" || word(i + 1) == Some("of") || i == 0;
    let base = magnitude_word(word(i)?).filter(|_| is_count(word(i).unwrap_or("")))?;
    let top = if base == 12.0 { 12.0 * 12.0 } else { 10.0 * base };
    Some((2.0 * base, top, i + 1))
}
