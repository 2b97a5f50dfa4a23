//! Tokens: the words, numbers and punctuation marks of a sentence, each
//! with its bytes in the article and its comparison form.
//!
//! The token pattern is a regular expression; text that is all ASCII (most
//! sentences of most articles) is read by a hand-written scanner that gives
//! the same tokens, since the pattern engine costs more than every reader
//! after it.

use std::ops::Range;
use std::sync::LazyLock;

use compact_str::CompactString;
use regex::Regex;

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

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\p{Lu}\.){2,}",                                                     // acronym: U.N.
        r"|\d{1,3}(?:(?:,\d{3})+|(?:[\u{a0}\u{2009}\u{202f}]\d{3})+)(?:\.\d+)?", // grouped number
        r"|\d+(?:\.\d+)?|\.\d+",                                                 // number
        r"|\p{L}[\p{L}\p{M}]*(?:['’\-‐]\p{L}[\p{L}\p{M}]*)*",                    // word
        r"|\S",                                                                  // punctuation
    ))
    .expect("token pattern is valid")
});

/// Spaces that group digits ("1 000"), read as commas.
fn is_digit_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// A word's comparison form: lower-case, curly apostrophes made straight.
fn lower(raw: &str) -> CompactString {
    if raw.is_ascii() {
        let mut out = CompactString::from(raw);
        out.make_ascii_lowercase();
        return out;
    }
    let mut out = CompactString::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '’' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Appends the tokens of `span` (in `scan`) to `out`. A token that opens
/// with a decoded character reference starts where the reference does in
/// `text` ("&#163;" of "&#163;1.8m").
pub(super) fn lex(text: &str, scan: &str, span: Span, out: &mut Vec<Token>) {
    let part = slice(scan, span);
    let mut push = |from: usize, to: usize| {
        let raw = &part[from..to];
        let mut chars = raw.chars();
        let first = chars.next().unwrap_or(' ');
        let kind = if first.is_ascii_digit() || (first == '.' && chars.next().is_some()) {
            TokenKind::Number
        } else if first.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let start = span.start + from;
        let start = reference_start(text, scan, start).unwrap_or(start);
        // Digits grouped by a no-break or thin space ("1 000") read as
        // grouped by commas.
        let norm = match kind {
            TokenKind::Number => raw.chars().map(|c| if is_digit_group_space(c) { ',' } else { c }).collect(),
            _ => lower(raw),
        };
        out.push(Token {
            kind,
            span: Span::new(start, span.start + to),
            opens: Opens::of(kind, &norm),
            norm,
            capitalized: raw.starts_with(char::is_uppercase),
        });
    };
    if part.is_ascii() {
        AsciiTokens { text: part.as_bytes(), at: 0 }.for_each(|r| push(r.start, r.end));
    } else {
        TOKEN.find_iter(part).for_each(|m| push(m.start(), m.end()));
    }
}

/// The tokens of ASCII text as byte ranges, exactly as [`TOKEN`] finds
/// them: at each place the first alternative of the pattern that matches
/// (an acronym, a grouped number, a number, a word, else one character).
struct AsciiTokens<'a> {
    text: &'a [u8],
    at: usize,
}

impl Iterator for AsciiTokens<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let b = self.text;
        let start = self.at + b.get(self.at..)?.iter().position(|&c| !is_ascii_space(c))?;
        let end = acronym(b, start)
            .or_else(|| grouped_number(b, start))
            .or_else(|| number(b, start))
            .or_else(|| word(b, start))
            .unwrap_or(start + 1);
        self.at = end;
        Some(start..end)
    }
}

/// The white space of `\s` among ASCII bytes (vertical tab included).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Where the run of bytes from `at` that satisfy `f` ends.
fn run_end(b: &[u8], at: usize, f: fn(&u8) -> bool) -> usize {
    at + b.get(at..).map_or(0, |rest| rest.iter().position(|c| !f(c)).unwrap_or(rest.len()))
}

/// `(?:\p{Lu}\.){2,}`: "U.N.", "U.S.".
fn acronym(b: &[u8], at: usize) -> Option<usize> {
    let mut k = at;
    while b.get(k).is_some_and(u8::is_ascii_uppercase) && b.get(k + 1) == Some(&b'.') {
        k += 2;
    }
    (k >= at + 4).then_some(k)
}

/// `(?:\.\d+)?` at `at`: where a decimal part ends.
fn decimals(b: &[u8], at: usize) -> usize {
    if b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit) {
        run_end(b, at + 1, u8::is_ascii_digit)
    } else {
        at
    }
}

/// `\d{1,3}(?:,\d{3})+(?:\.\d+)?`: "2,200", "1,234,567.5".
fn grouped_number(b: &[u8], at: usize) -> Option<usize> {
    let lead = run_end(b, at, u8::is_ascii_digit);
    if !(1..=3).contains(&(lead - at)) {
        return None;
    }
    let group =
        |k: usize| b.get(k) == Some(&b',') && b.get(k + 1..k + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let mut k = lead;
    while group(k) {
        k += 4;
    }
    (k > lead).then(|| decimals(b, k))
}

/// `\d+(?:\.\d+)?|\.\d+`: "137", "1.5", ".08".
fn number(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at)? {
        c if c.is_ascii_digit() => Some(decimals(b, run_end(b, at, u8::is_ascii_digit))),
        b'.' if b.get(at + 1).is_some_and(u8::is_ascii_digit) => Some(run_end(b, at + 1, u8::is_ascii_digit)),
        _ => None,
    }
}

/// `\p{L}+(?:['-]\p{L}+)*` over ASCII letters: "al-Qaeda", "they're".
fn word(b: &[u8], at: usize) -> Option<usize> {
    if !b.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    let mut k = run_end(b, at, u8::is_ascii_alphabetic);
    while matches!(b.get(k), Some(b'\'' | b'-')) && b.get(k + 1).is_some_and(u8::is_ascii_alphabetic) {
        k = run_end(b, k + 1, u8::is_ascii_alphabetic);
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn pattern_tokens(text: &str) -> Vec<Range<usize>> {
        TOKEN.find_iter(text).map(|m| m.range()).collect()
    }

    fn scanned_tokens(text: &str) -> Vec<Range<usize>> {
        AsciiTokens { text: text.as_bytes(), at: 0 }.collect()
    }

    #[test]
    fn the_scanner_reads_the_hard_cases_as_the_pattern_does() {
        for text in [
            "U.N. U.S.A U. S. A.B.C.D. it's rock-'n'-roll al-Qaeda well- -known 'quoted' x-",
            "1,234,567.89 1,2345 1234,567 12,34 .5 1.2.3 3. 0.08% 1,000.5.6 ,123 999,999,",
            "\u{b}a\u{c}b\tc\r\nd  $5 & #hashtag email@x.org a/b 5pm 10-20 - -- ... ?! \"a\"",
        ] {
            assert_eq!(scanned_tokens(text), pattern_tokens(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn the_scanner_reads_any_ascii_text_as_the_pattern_does(text in "[A-Za-z0-9 .,'\\-\"$%()\t\u{b}\u{c}\r\n]{0,40}") {
            prop_assert_eq!(scanned_tokens(&text), pattern_tokens(&text));
        }
    }
}
