//! A token cursor over one sentence with the pieces every date form is made
//! of: month names, days of the month, four-digit years.

use crate::extract::lexicon::month;
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};
use crate::source::Span;

/// A token cursor over one sentence.
pub(super) struct Reader<'a> {
    pub(super) toks: &'a [Token],
}

impl Reader<'_> {
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
    }

    pub(super) fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && adjacent(&self.toks[i - 1], &self.toks[i])
    }

    /// A month name at `i` ("March", "Aug.", "Sept"): capitalised, since
    /// "may" and "march" are also verbs.
    pub(super) fn month(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_word() || !t.capitalized {
            return None;
        }
        let m = month(&t.norm)?;
        let abbreviated = t.norm.len() <= 4 && !matches!(t.norm.as_str(), "may" | "june" | "july");
        let end = if abbreviated && self.is_punct(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((m, end))
    }

    /// A day of the month at `i`: "22", "22nd".
    pub(super) fn day(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number || t.norm.len() > 2 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let d: u8 = t.norm.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let suffix =
            self.word(i + 1).filter(|w| matches!(*w, "st" | "nd" | "rd" | "th")).is_some() && self.glued(i + 1);
        if self.word(i + 1).is_some() && self.glued(i + 1) && !suffix {
            return None;
        }
        Some((d, if suffix { i + 2 } else { i + 1 }))
    }

    /// A four-digit year at `i`.
    pub(super) fn year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number || t.norm.len() != 4 || !t.norm.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = t.norm.parse().ok()?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        if self.word(i + 1).is_some() && self.glued(i + 1) {
            return None;
        }
        Some((y, i + 1))
    }

    /// An optional comma then a year: ", 2021" or " 2021".
    pub(super) fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        if self.is_punct(i, ',') {
            self.year(i + 1)
        } else {
            self.year(i)
        }
    }

    pub(super) fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }
}
