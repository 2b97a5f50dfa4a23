//! Tokens: the words, numbers and punctuation marks of a sentence, each
//! with its bytes in the article and its comparison form.
//!
//! The tokens are those of a regular expression, the token pattern; two
//! hand-written scanners give exactly its tokens, since the pattern engine
//! costs more than every reader after it: one reads plain text (ASCII and
//! the typographic characters of news copy: most sentences of most
//! articles) by its bytes ([`super::scan`]), the other any other text by
//! its characters and the pattern's Unicode classes
//! ([`super::unicode_scan`]). The pattern itself is kept as the reference
//! both are tested against.

use compact_str::CompactString;

use super::scan::{is_plain, PlainTokens, GROUP_SPACES};
use super::unicode_scan::UnicodeTokens;
use crate::article::reference_start;
use crate::extract::opens::Opens;
use crate::source::{slice, Span};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner hyphens and apostrophes ("al-Qaeda", "they're"), or
    /// a dotted acronym ("U.N.").
    Word,
    /// Digits, with thousands commas and a decimal part ("2,200", "1.5", ".08").
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub struct Token {
    /// Kind of token.
    pub kind: TokenKind,
    /// Bytes of the token in the article.
    pub span: Span,
    /// Lower-cased text, with curly apostrophes made straight; held inline
    /// (no allocation) up to 24 bytes, which nearly every word fits in.
    pub norm: CompactString,
    /// Whether the token starts with an upper-case letter.
    pub capitalized: bool,
    /// Whether the token's text in the article holds an upper-case letter
    /// anywhere ("Clarke", "UN", "eBay"), read once here for the name readers.
    pub has_capital: bool,
    /// Which readers may start at the token, read once here for all of them.
    pub opens: Opens,
}

impl Token {
    /// Whether this is the word `w` (lower-case).
    pub fn is(&self, w: &str) -> bool {
        self.norm == w
    }

    /// Whether this is a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.norm.starts_with(c)
    }
}

/// The token pattern: the reference both scanners are held to.
#[cfg(test)]
static TOKEN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?:\p{Lu}\.){2,}",                                                     // acronym: U.N.
        r"|\d{1,3}(?:(?:,\d{3})+|(?:[\u{a0}\u{2009}\u{202f}]\d{3})+)(?:\.\d+)?", // grouped number
        r"|\d+(?:\.\d+)?|\.\d+",                                                 // number
        r"|\p{L}[\p{L}\p{M}]*(?:['’\-‐]\p{L}[\p{L}\p{M}]*)*",                    // word
        r"|\S",                                                                  // punctuation
    ))
    .expect("token pattern is valid")
});

/// The tokens of `text` as the token pattern finds them.
#[cfg(test)]
pub(super) fn pattern_tokens(text: &str) -> Vec<std::ops::Range<usize>> {
    TOKEN.find_iter(text).map(|m| m.range()).collect()
}

/// Whether `text` holds an upper-case letter.
fn has_capital(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        text.chars().any(char::is_uppercase)
    }
}

/// A token's comparison form beyond ASCII: lower-case, curly apostrophes
/// made straight (a lone ’ reads as ').
fn lower(raw: &str) -> CompactString {
    let mut out = CompactString::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '’' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A word's comparison form, whether its text holds a capital, and the
/// readers it opens. Nearly every word is ASCII: one pass over its bytes
/// tells all three, and a word that is its own bare form (no apostrophe or
/// hyphen) is looked up once.
fn word_form(raw: &str) -> (CompactString, bool, Opens) {
    let (mut ascii, mut upper, mut joined) = (true, false, false);
    for &b in raw.as_bytes() {
        ascii &= b.is_ascii();
        upper |= b.is_ascii_uppercase();
        joined |= b == b'\'' || b == b'-';
    }
    if !ascii {
        let norm = lower(raw);
        let opens = Opens::of(TokenKind::Word, &norm);
        return (norm, has_capital(raw), opens);
    }
    let mut norm = CompactString::from(raw);
    // Most words are written in lower case already: they are looked up as
    // they stand in the text, not in the copy just made (whose bytes the
    // processor may not yet have ready to read).
    let lower = match upper {
        true => {
            norm.make_ascii_lowercase();
            norm.as_str()
        }
        false => raw,
    };
    let opens = if joined { Opens::of(TokenKind::Word, lower) } else { Opens::of_bare_word(lower) };
    (norm, upper, opens)
}

/// Appends the tokens of `span` (in `scan`) to `out`. A token that opens
/// with a decoded character reference starts where the reference does in
/// `text` ("&#163;" of "&#163;1.8m").
pub(super) fn lex(text: &str, scan: &str, span: Span, out: &mut Vec<Token>) {
    let part = slice(scan, span);
    let mut push = |from: usize, to: usize| {
        let raw = &part[from..to];
        let first = raw.chars().next().unwrap_or(' ');
        let kind = if first.is_ascii_digit() || (first == '.' && raw.len() > 1) {
            TokenKind::Number
        } else if first.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let start = span.start + from;
        // A text that is its own scan has no references decoded.
        let own = std::ptr::eq(text, scan);
        let start = if own { start } else { reference_start(text, scan, start).unwrap_or(start) };
        let end = span.start + to;
        let (norm, capital, opens) = match kind {
            TokenKind::Word => word_form(raw),
            _ => {
                let norm = match raw.is_ascii() {
                    true => CompactString::from(raw),
                    // Digits grouped by a no-break or thin space ("1 000")
                    // read as grouped by commas.
                    false if kind == TokenKind::Number => {
                        raw.chars().map(|c| if GROUP_SPACES.contains(&c) { ',' } else { c }).collect()
                    }
                    false => lower(raw),
                };
                // Read from the text when the copy is the same (see `word_form`).
                let opens = Opens::of(kind, if raw.is_ascii() { raw } else { &norm });
                (norm, false, opens)
            }
        };
        // A token's text in the article differs from its scan only where a
        // character reference was decoded.
        let written =
            if own { capital } else { kind == TokenKind::Word && text.get(start..end).is_some_and(has_capital) };
        out.push(Token {
            kind,
            span: Span::new(start, end),
            opens,
            norm,
            capitalized: first.is_uppercase(),
            has_capital: written,
        });
    };
    if is_plain(part) {
        PlainTokens::new(part).for_each(|r| push(r.start, r.end));
    } else {
        UnicodeTokens::new(part).for_each(|r| push(r.start, r.end));
    }
}
