//! Which readers may start at a token, read once when the token is made:
//! every date, figure, attribution cue and change construction starts at a
//! token of a known kind (a number, or a word of a known list), and nearly
//! no token is one, so each reader skips the others at the cost of a bit
//! test instead of its own word-list lookups.
//!
//! The rules, by reader:
//! - a date starts at a number, a hyphened word ("twenty-first", "mid-2020")
//!   or a word of [`date_openers`], possessive or not ("yesterday's");
//! - a figure starts at a number, at punctuation other than what only ever
//!   separates (a sign, a currency symbol, a fraction character may start
//!   one), or at a word of [`figure_openers`], whole or before its first
//!   hyphen ("twenty-five");
//! - an attribution cue starts at a word of [`cue_openers`];
//! - a change construction turns on a word of [`change_words`].

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::extract::attribution::cue_openers;
use crate::extract::date::date_openers;
use crate::extract::figure::{change_words, figure_openers};
use crate::extract::lexicon::Words;
use crate::segment::{strip_possessive, TokenKind};

/// The readers that may start at a token, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Opens(u8);

const DATE: u8 = 1;
const FIGURE: u8 = 1 << 1;
const CUE: u8 = 1 << 2;
const CHANGE: u8 = 1 << 3;

/// Every opening word with the readers it opens: one table, so a word costs
/// one lookup whatever the number of readers.
static OPENERS: LazyLock<Words<u8>> = LazyLock::new(|| {
    let mut bits: FxHashMap<&'static str, u8> = FxHashMap::default();
    let mut add = |bit: u8, words: &mut dyn Iterator<Item = &'static str>| {
        for w in words {
            *bits.entry(w).or_default() |= bit;
        }
    };
    add(DATE, &mut date_openers());
    add(FIGURE, &mut figure_openers());
    add(CUE, &mut cue_openers());
    add(CHANGE, &mut change_words());
    Words::new(bits)
});

/// Punctuation that only ever separates: no figure starts at it.
fn separates(mark: &str) -> bool {
    matches!(mark, "," | "." | "\"" | "'" | "(" | ")" | ":" | ";" | "?" | "!" | "“" | "”" | "‘" | "’")
}

impl Opens {
    /// The readers that may start at a token of `kind` whose comparison form
    /// is `norm`.
    pub fn of(kind: TokenKind, norm: &str) -> Opens {
        let bits = |w: &str| OPENERS.get(w).unwrap_or(0);
        Opens(match kind {
            TokenKind::Number => DATE | FIGURE,
            TokenKind::Punct if separates(norm) => 0,
            TokenKind::Punct => FIGURE,
            TokenKind::Word => {
                let bare = strip_possessive(norm);
                let head = norm.split(['-', '‐']).next().unwrap_or("");
                let hyphened = if norm.contains('-') { DATE } else { 0 };
                let bare = if bare.len() < norm.len() { bits(bare) & DATE } else { 0 };
                let head = if head.len() < norm.len() { bits(head) & FIGURE } else { 0 };
                bits(norm) | bare | head | hyphened
            }
        })
    }

    /// Whether a date may start here.
    pub fn date(self) -> bool {
        self.0 & DATE != 0
    }

    /// Whether a figure may start here.
    pub fn figure(self) -> bool {
        self.0 & FIGURE != 0
    }

    /// Whether an attribution cue may start here.
    pub fn cue(self) -> bool {
        self.0 & CUE != 0
    }

    /// Whether a change construction may turn on this word.
    pub fn change(self) -> bool {
        self.0 & CHANGE != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(kind: TokenKind, norm: &str) -> (bool, bool, bool, bool) {
        let o = Opens::of(kind, norm);
        (o.date(), o.figure(), o.cue(), o.change())
    }

    #[test]
    fn numbers_open_dates_and_figures_and_separators_nothing() {
        assert_eq!(opens(TokenKind::Number, "2024"), (true, true, false, false));
        assert_eq!(opens(TokenKind::Punct, ","), (false, false, false, false));
        assert_eq!(opens(TokenKind::Punct, "”"), (false, false, false, false));
        assert_eq!(opens(TokenKind::Punct, "£"), (false, true, false, false));
        assert_eq!(opens(TokenKind::Punct, "~"), (false, true, false, false));
    }

    #[test]
    fn words_open_the_readers_whose_lists_hold_them() {
        assert_eq!(opens(TokenKind::Word, "march"), (true, false, false, false));
        assert_eq!(opens(TokenKind::Word, "yesterday's"), (true, false, false, false));
        assert_eq!(opens(TokenKind::Word, "twenty-first"), (true, true, false, false));
        assert_eq!(opens(TokenKind::Word, "three"), (true, true, false, false));
        assert_eq!(opens(TokenKind::Word, "hundreds"), (false, true, false, false));
        assert_eq!(opens(TokenKind::Word, "according"), (false, false, true, false));
        assert_eq!(opens(TokenKind::Word, "said"), (false, false, true, false));
        assert_eq!(opens(TokenKind::Word, "rose"), (false, false, false, true));
        assert_eq!(opens(TokenKind::Word, "council"), (false, false, false, false));
        assert_eq!(opens(TokenKind::Word, "council's"), (false, false, false, false));
    }
}
