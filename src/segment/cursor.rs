//! The view every reader takes of a sentence's tokens: the word at a
//! position, its possessive stripped one way, punctuation, gaps and spans.

use super::{Token, TokenKind};
use crate::extract::opens::Class;
use crate::source::Span;

/// A word without its possessive ending: "year's" → "year", "News'" →
/// "News", "Britain’s" → "Britain". Every reader strips possessives this one
/// way.
pub fn strip_possessive(word: &str) -> &str {
    // Every possessive ends in "s", "'" or the last byte of "’": most
    // words are turned away by their last byte.
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return word;
    }
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// One sentence's tokens as the readers see them: the number, date and
/// attribution readers all look at words, punctuation and gaps through it.
#[derive(Debug, Clone, Copy)]
pub struct Cursor<'a> {
    /// The sentence's tokens.
    pub toks: &'a [Token],
}

impl<'a> Cursor<'a> {
    /// A cursor over `toks`.
    pub fn new(toks: &'a [Token]) -> Cursor<'a> {
        Cursor { toks }
    }

    /// The lower-case word at `i`, if token `i` is a word.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
    }

    /// Whether token `i` is a word of `class`: the lookup of the class's
    /// list, read when the token was made.
    pub fn word_is(&self, i: usize, class: Class) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word() && t.opens.is(class))
    }

    /// The word at `i` without a possessive ("year's" → "year").
    pub fn bare_word(&self, i: usize) -> Option<&'a str> {
        self.word(i).map(strip_possessive)
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Whether token `i` touches the one before it.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].span.end == self.toks[i].span.start
    }

    /// Plain digits at `i` (at most eight), with their value and number of digits.
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        if !t.norm.bytes().all(|b| b.is_ascii_digit()) || t.norm.len() > 8 {
            return None;
        }
        Some((t.norm.parse().ok()?, t.norm.len()))
    }

    /// The bytes of tokens `from..to` (which must not be empty).
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::strip_possessive;

    #[test]
    fn possessives_are_stripped_straight_or_curly_and_other_words_kept() {
        let cases = [
            ("year's", "year"),
            ("Britain’s", "Britain"),
            ("workers'", "workers"),
            ("James’", "James"),
            ("boss", "boss"),
            ("its", "its"),
            ("rock'n'roll", "rock'n'roll"),
            ("café", "café"),
            ("'s", ""),
            ("", ""),
        ];
        for (word, bare) in cases {
            assert_eq!(strip_possessive(word), bare, "{word:?}");
        }
    }
}
