//! The token scanner of plain text: ASCII and the typographic characters
//! news copy uses (curly quotes, dashes, the ellipsis, currency signs, the
//! bullet, the degree sign, no-break and thin spaces). It gives exactly the
//! tokens of the token pattern ([`super::token`]), whose engine costs more
//! than every reader after it; any other text goes to the pattern. A
//! property test holds the two to the same tokens on random plain text.

use std::ops::Range;

/// The spaces that may group digits ("1 000"): white space elsewhere.
pub(super) const GROUP_SPACES: [char; 3] = ['\u{a0}', '\u{2009}', '\u{202f}'];

/// The characters beyond ASCII that plain text may hold: the group spaces,
/// and marks that are single tokens of their own (the curly apostrophe and
/// the hyphen also join the parts of a word: "don’t", "al‐Qaeda").
fn is_plain_mark(c: char) -> bool {
    GROUP_SPACES.contains(&c)
        || matches!(c, '‘' | '’' | '“' | '”' | '…' | '£' | '€' | '¥' | '°' | '•' | '–' | '—' | '‐')
}

/// Whether `text` is plain, for [`PlainTokens`].
pub(super) fn is_plain(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || is_plain_mark(c))
}

/// The tokens of plain text as byte ranges, exactly as the token pattern
/// finds them: at each place the first alternative that matches (an
/// acronym, a grouped number, a number, a word, else one character).
pub(super) struct PlainTokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> PlainTokens<'a> {
    pub(super) fn new(text: &'a str) -> PlainTokens<'a> {
        PlainTokens { text, at: 0 }
    }
}

impl Iterator for PlainTokens<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let b = text.as_bytes();
        let start = after_spaces(b, self.at)?;
        let lead = b[start];
        // A lower-case letter can only start a word.
        let end = if lead.is_ascii_lowercase() {
            word(b, start)
        } else {
            acronym(b, start)
                .or_else(|| grouped_number(text, start))
                .or_else(|| number(b, start))
                .or_else(|| word(b, start))
        };
        let end = end.unwrap_or(start + utf8_width(lead));
        self.at = end;
        Some(start..end)
    }
}

/// Where the white space of `\s` in plain text (vertical tab and the group
/// spaces included) that starts at `at` ends; `None` at the end of the
/// text. Read byte by byte: the group spaces are U+00A0 (C2 A0), U+2009
/// (E2 80 89) and U+202F (E2 80 AF).
fn after_spaces(b: &[u8], at: usize) -> Option<usize> {
    let mut k = at;
    loop {
        k += match *b.get(k)? {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => 1,
            0xc2 if b.get(k + 1) == Some(&0xa0) => 2,
            0xe2 if b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x89 | 0xaf)) => 3,
            _ => return Some(k),
        };
    }
}

/// The length of the UTF-8 character whose first byte is `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0x80..0xe0 => 2,
        0xe0..0xf0 => 3,
        _ => 4,
    }
}

/// Where the run of bytes from `at` that satisfy `f` ends.
fn run_end(b: &[u8], at: usize, f: impl Fn(&u8) -> bool) -> usize {
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

/// `\d{1,3}(?:(?:,\d{3})+|(?:[  ]\d{3})+)(?:\.\d+)?`: "2,200",
/// "1,234,567.5", "1 000" with a no-break or thin space; commas first.
fn grouped_number(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let lead = run_end(b, at, u8::is_ascii_digit);
    if !(1..=3).contains(&(lead - at)) {
        return None;
    }
    let three_digits = |k: usize| b.get(k..k + 3).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let comma = |k: usize| (b.get(k) == Some(&b',') && three_digits(k + 1)).then_some(k + 4);
    let space = |k: usize| {
        let c = text.get(k..)?.chars().next().filter(|c| GROUP_SPACES.contains(c))?;
        three_digits(k + c.len_utf8()).then_some(k + c.len_utf8() + 3)
    };
    for group in [&comma as &dyn Fn(usize) -> Option<usize>, &space] {
        let mut k = lead;
        while let Some(next) = group(k) {
            k = next;
        }
        if k > lead {
            return Some(decimals(b, k));
        }
    }
    None
}

/// `\d+(?:\.\d+)?|\.\d+`: "137", "1.5", ".08".
fn number(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at)? {
        c if c.is_ascii_digit() => Some(decimals(b, run_end(b, at, u8::is_ascii_digit))),
        b'.' if b.get(at + 1).is_some_and(u8::is_ascii_digit) => Some(run_end(b, at + 1, u8::is_ascii_digit)),
        _ => None,
    }
}

/// `\p{L}+(?:['’\-‐]\p{L}+)*` over ASCII letters: "al-Qaeda", "they're",
/// "don’t". The joiners are read by their bytes: ’ is E2 80 99, ‐ is E2 80 90.
fn word(b: &[u8], at: usize) -> Option<usize> {
    if !b.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    let mut k = run_end(b, at, u8::is_ascii_alphabetic);
    loop {
        let joiner = match b.get(k) {
            Some(b'\'' | b'-') => 1,
            Some(0xe2) if b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x99 | 0x90)) => 3,
            _ => break,
        };
        if !b.get(k + joiner).is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        k = run_end(b, k + joiner, u8::is_ascii_alphabetic);
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::token::pattern_tokens;
    use super::*;

    fn scanned_tokens(text: &str) -> Vec<Range<usize>> {
        assert!(is_plain(text), "{text:?} is plain");
        PlainTokens::new(text).collect()
    }

    #[test]
    fn the_scanner_reads_the_hard_cases_as_the_pattern_does() {
        for text in [
            "U.N. U.S.A U. S. A.B.C.D. it's rock-'n'-roll al-Qaeda well- -known 'quoted' x-",
            "1,234,567.89 1,2345 1234,567 12,34 .5 1.2.3 3. 0.08% 1,000.5.6 ,123 999,999,",
            "\u{b}a\u{c}b\tc\r\nd  $5 & #hashtag email@x.org a/b 5pm 10-20 - -- ... ?! \"a\"",
            "“Don’t,” she said – al‐Qaeda’s £5m… 1\u{a0}000 and 2\u{2009}500\u{202f}000.5, 3,000\u{a0}000 ‘x’ 5° •",
        ] {
            assert_eq!(scanned_tokens(text), pattern_tokens(text), "{text:?}");
        }
    }

    #[test]
    fn text_with_other_characters_is_not_plain() {
        assert!(!is_plain("Café"));
        assert!(!is_plain("٣ dates"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn the_scanner_reads_any_plain_text_as_the_pattern_does(
            text in "[A-Za-z0-9 .,'\\-\"$%()\t\u{b}\u{c}\r\n‘’“”…£€¥°•–—‐\u{a0}\u{2009}\u{202f}]{0,40}"
        ) {
            prop_assert_eq!(scanned_tokens(&text), pattern_tokens(&text));
        }
    }
}
