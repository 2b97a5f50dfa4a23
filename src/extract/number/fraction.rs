//! Fractions in words: denominators ("a third", "three fifths", "one
//! twenty-fifth", "one hundred and fifth"), the words around a fraction that
//! tell it from an ordinal ("a third of" but "a third attack"), and
//! fractions of a multiplier ("half a million", "two thirds of a million").

use super::words::Parser;
use crate::extract::lexicon::{is_auxiliary, ordinal_word, scale_word, small_number};

impl Parser<'_, '_> {
    /// A denominator at `k`: "half", "quarters", "fifth", "hundredths",
    /// "twenty-first" ("twenty fifths" too), "one hundred and fifth"; with
    /// whether it is plural and the piece after it. "first" and "second"
    /// alone are never denominators.
    pub(super) fn denominator(&self, k: usize) -> Option<(f64, bool, usize)> {
        let hundreds = self.word(k).and_then(small_number).filter(|v| (1.0..10.0).contains(v));
        if let Some(h) = hundreds.filter(|_| self.word(k + 1) == Some("hundred")) {
            let at = if self.word(k + 2) == Some("and") { k + 3 } else { k + 2 };
            let (rest, plural, end) = self.ordinal(at).filter(|o| o.0 < 100.0)?;
            return Some((h * 100.0 + rest, plural, end));
        }
        let (den, plural, end) = self.ordinal(k)?;
        (den >= 2.0 && !matches!(self.word(k), Some("second" | "seconds"))).then_some((den, plural, end))
    }

    /// An ordinal at `k`, singular or plural: "third", "quarters",
    /// "twenty-first", "twenty fifths".
    fn ordinal(&self, k: usize) -> Option<(f64, bool, usize)> {
        let w = self.word(k)?;
        let single = |w: &str| -> Option<(f64, bool)> {
            match w {
                "half" => Some((2.0, false)),
                "halves" => Some((2.0, true)),
                "quarter" => Some((4.0, false)),
                "quarters" => Some((4.0, true)),
                _ => ordinal_word(w)
                    .map(|v| (v, false))
                    .or_else(|| w.strip_suffix('s').and_then(ordinal_word).map(|v| (v, true))),
            }
        };
        if let Some(tens) = small_number(w).filter(|v| *v >= 20.0 && v % 10.0 == 0.0) {
            let (unit, plural) = single(self.word(k + 1)?)?;
            return (unit < 10.0).then_some((tens + unit, plural, k + 2));
        }
        let (v, plural) = single(w)?;
        Some((v, plural, k + 1))
    }

    /// Whether the words after a fraction ending at piece `k - 1` let it be
    /// one: "a third of", "a third.", "a third have", "a third more", "a
    /// third by 2025", "three quarters of a million"; not the ordinal of "a
    /// third attack" or "added a third after the break". `is_strict` also
    /// turns away verbs and comparatives: "three quarters in a row".
    pub(super) fn fraction_may_end(&self, k: usize, is_strict: bool) -> bool {
        let Some(t) = self.token_after(k - 1) else {
            return true;
        };
        let w = t.norm.as_str();
        let lenient = !is_strict
            && (is_auxiliary(w) || matches!(w, "more" | "less" | "fewer" | "than" | "by" | "said" | "say" | "says"));
        !t.is_word() || t.is("of") || t.is("a") || scale_word(&t.norm).is_some() || lenient
    }

    /// Whether the word before the number announces a fraction: "fell by a
    /// third", "almost a fifth", "more than a third".
    pub(super) fn after_fraction_cue(&self) -> bool {
        let before = self.pieces.first().and_then(|p| p.token.checked_sub(1)).and_then(|t| self.cur.toks.get(t));
        before.is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "by" | "than"
                    | "almost"
                    | "nearly"
                    | "about"
                    | "around"
                    | "roughly"
                    | "only"
                    | "just"
                    | "over"
                    | "under"
            )
        })
    }

    /// A proper fraction at `k` ("a half", "one fourth", "two thirds",
    /// "fifty-four hundredths"): its value and the piece after it.
    pub(super) fn proper_fraction(&self, k: usize) -> Option<(f64, usize)> {
        let (numerator, at) = match self.word(k)? {
            "a" | "an" | "one" => (1.0, k + 1),
            w => {
                let n = small_number(w).filter(|v| *v > 1.0)?;
                match self.word(k + 1).and_then(small_number) {
                    Some(u) if n >= 20.0 && n % 10.0 == 0.0 && u < 10.0 && self.denominator(k + 1).is_none() => {
                        (n + u, k + 2)
                    }
                    _ => (n, k + 1),
                }
            }
        };
        let (den, plural, end) = self.denominator(at)?;
        let agrees = if numerator == 1.0 { !plural } else { plural };
        (agrees && numerator < den).then_some((numerator / den, end))
    }

    /// "half a million", "half million", "a quarter of a million", "half a
    /// dozen": a fraction of a multiplier.
    pub(super) fn fraction_of_multiplier(&self) -> Option<(f64, f64, usize)> {
        let (fraction, mut at) = match (self.word(0)?, self.word(1)) {
            ("half", _) => (0.5, 1),
            ("quarter", _) => (0.25, 1),
            ("a" | "an", Some("half")) => (0.5, 2),
            ("a" | "an", Some("quarter")) => (0.25, 2),
            _ => return None,
        };
        if self.word(at) == Some("of") {
            at += 1;
        }
        if matches!(self.word(at), Some("a" | "an")) {
            at += 1;
        }
        let (m, end) = self.multiplier(at).filter(|(m, _)| *m != 100.0)?;
        Some((fraction * m, m, end))
    }

    /// A fraction, then "of a million" or "million": the fraction of it.
    pub(super) fn times_multiplier(&self, fraction: f64, end: usize) -> (f64, bool, f64, usize) {
        let mut at = end;
        if self.word(at) == Some("of") {
            at += 1;
        }
        if matches!(self.word(at), Some("a" | "an")) {
            at += 1;
        }
        match self.word(at).and_then(scale_word) {
            Some(m) => (fraction * m, true, m, at + 1),
            None => (fraction, true, 1.0, end),
        }
    }
}
