//! Quoted spans: the words between quotation marks, straight or curly,
//! double or single, with nested quotes kept inside the outer one.
//!
//! A double quotation left open at the end of a paragraph ends there: news
//! style leaves a quote that runs on into the next paragraph unclosed, and the
//! next paragraph opens it again. Single quotes are told apart from
//! apostrophes by what stands either side of them ("the ‘emir’" is a quote,
//! "Taliban's" and "Pashtuns' land" are not).

use std::borrow::Cow;

use compact_str::CompactString;

use crate::source::{slice, Span};

/// A quoted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The words inside the quotation marks.
    pub span: Span,
    /// Those words in comparison form (see [`words`]): read by the
    /// article's index, which compares claims' quotes with them; empty in
    /// the facts `extract` reports.
    pub words: Vec<CompactString>,
    /// Whether the quotation was left open at the end of its paragraph.
    pub runs_on: bool,
    /// The quote whose account this one continues: an earlier part of the
    /// same sentence ("…," he said, "…"), or the quote before it when this
    /// one opens the next sentence or paragraph with no speaker of its own.
    /// Set by [`crate::extract::attribution::scope::extend_scopes`].
    pub continues: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
}

/// The quotation marks and apostrophes of `body` with their offsets:
/// `"`, `'`, and the curly marks, found by their bytes (the curly marks
/// all start with the byte 0xE2), not character by character.
fn quotation_marks(body: &str) -> impl Iterator<Item = (usize, &str)> {
    memchr::memchr3_iter(b'"', b'\'', 0xE2, body.as_bytes()).filter_map(move |at| {
        let mark = match body.as_bytes()[at] {
            0xE2 => body.get(at..at + 3).filter(|m| matches!(*m, "“" | "”" | "‘" | "’"))?,
            _ => &body[at..at + 1],
        };
        Some((at, mark))
    })
}

/// Finds the quotes of the paragraph `para` in `text`.
pub fn read_quotes(text: &str, para: Span) -> Vec<Quote> {
    let body = slice(text, para);
    let mut out = Vec::new();
    // The outermost open quote: where its words start and which mark opened it.
    let mut open: Option<(usize, Mark)> = None;
    let mut nested_single = false;
    // Only quotation marks and apostrophes matter; the rest is skipped.
    for (at, mark) in quotation_marks(body) {
        let c = mark.chars().next().unwrap_or(' ');
        let before = body[..at].chars().next_back();
        let after = body[at + mark.len()..].chars().next();
        let starts_word = after
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '…' | '[' | '(' | '‘' | '\'' | '$' | '£' | '€'));
        let after_space =
            before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | '“' | '"'));
        let ends_word = after.is_none_or(|c| !c.is_alphanumeric());
        match c {
            '“' if open.is_none() => open = Some((at + c.len_utf8(), Mark::Double)),
            '”' => {
                if let Some((start, Mark::Double)) = open {
                    push(&mut out, para.start, start, at, false);
                    open = None;
                }
            }
            '"' => match open {
                Some((start, Mark::Double)) => {
                    push(&mut out, para.start, start, at, false);
                    open = None;
                }
                None => open = Some((at + 1, Mark::Double)),
                _ => {}
            },
            '‘' | '\'' if after_space && starts_word => {
                if open.is_none() {
                    open = Some((at + c.len_utf8(), Mark::Single));
                } else {
                    nested_single = true;
                }
            }
            '’' | '\'' if ends_word && before.is_some_and(|b| !b.is_whitespace()) => {
                if let Some((start, Mark::Single)) = open {
                    // "Pashtuns' land": a plural possessive, unless a quote was opened.
                    push(&mut out, para.start, start, at, false);
                    open = None;
                } else if nested_single {
                    nested_single = false;
                }
            }
            _ => {}
        }
    }
    if let Some((start, Mark::Double)) = open {
        push(&mut out, para.start, start, body.len(), true);
    }
    out
}

fn push(out: &mut Vec<Quote>, base: usize, start: usize, end: usize, runs_on: bool) {
    if end > start {
        out.push(Quote { span: Span::new(base + start, base + end), words: Vec::new(), runs_on, continues: None });
    }
}

/// A word in comparison form: lower-case, straight apostrophes, without
/// surrounding punctuation; held inline up to 24 bytes, as nearly every
/// word is (a long article quotes hundreds of thousands of words).
pub fn normalize_word(word: &str) -> CompactString {
    if word.is_ascii() && !word.contains('`') {
        // Lower-cased in place: "We" and "The" need no copy of their own.
        let mut out = CompactString::from(word.trim_matches(|c: char| !c.is_ascii_alphanumeric()));
        out.make_ascii_lowercase();
        return out;
    }
    CompactString::from(comparison_form(word))
}

/// [`normalize_word`], borrowed from `word` when it already is in that form
/// (lower-case ASCII, as an article's tokens are), so indexing the article's
/// words allocates nothing for them.
pub fn comparison_form(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        let lower = word.to_lowercase().replace(['’', '‘', '`'], "'");
        return Cow::Owned(lower.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
    }
    // In ASCII, lower-casing keeps what is alphanumeric: trim first.
    let trimmed = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    if trimmed.bytes().any(|b| b.is_ascii_uppercase() || b == b'`') {
        Cow::Owned(trimmed.to_ascii_lowercase().replace('`', "'"))
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// Whether `c` separates the words of a quote: white space, dashes, double
/// quotation marks, slashes and brackets.
fn is_apart(c: char) -> bool {
    c.is_whitespace() || matches!(c, '—' | '–' | '"' | '“' | '”' | '/' | '(' | ')' | '[' | ']')
}

/// Calls `each` with every piece of `text` between separators (see
/// [`is_apart`]), empty ones too. ASCII text (most quotes) is cut at its
/// separating bytes without decoding a character at a time.
fn pieces(text: &str, mut each: impl FnMut(&str)) {
    if text.is_ascii() {
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            if is_apart(char::from(b)) {
                each(&text[start..i]);
                start = i + 1;
            }
        }
        each(&text[start..]);
    } else {
        text.split(is_apart).for_each(each);
    }
}

/// The comparison words of a text.
pub fn words(text: &str) -> Vec<CompactString> {
    let mut out = Vec::new();
    pieces(text, |piece| {
        let word = normalize_word(piece);
        if !word.is_empty() {
            out.push(word);
        }
    });
    out
}

/// A hash of each of the comparison words of `text` (those of [`words`], in
/// order), computed without building the words: two words have the same
/// hash when their comparison forms are the same. For finding repeated
/// words cheaply; a match of hashes is a candidate, to confirm on the words.
pub fn word_hashes(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    if !text.is_ascii() {
        pieces(text, |piece| {
            let word = comparison_form(piece);
            if !word.is_empty() {
                out.push(hash_bytes(word.bytes()));
            }
        });
        return out;
    }
    // ASCII in one pass over the bytes: a word's comparison form runs from
    // its first alphanumeric byte to its last, lower-cased, backquotes
    // straightened; the hash is kept as it stood at the last alphanumeric.
    let (mut h, mut n) = (0, 0);
    let mut kept: Option<(u64, u64)> = None;
    for b in text.bytes() {
        if is_apart(char::from(b)) {
            out.extend(kept.take().map(|(h, n)| hash_end(h, n)));
            (h, n) = (0, 0);
            continue;
        }
        let alphanumeric = b.is_ascii_alphanumeric();
        if kept.is_none() && !alphanumeric {
            continue;
        }
        h = hash_byte(h, if b == b'`' { b'\'' } else { b.to_ascii_lowercase() });
        n += 1;
        if alphanumeric {
            kept = Some((h, n));
        }
    }
    out.extend(kept.map(|(h, n)| hash_end(h, n)));
    out
}

/// The hash [`word_hashes`] gives a word already in comparison form.
pub fn word_hash(word: &str) -> u64 {
    hash_bytes(word.bytes())
}

/// A hash of a word's bytes, mixed a byte at a time (the Fx way: rotate,
/// xor, multiply), then with its length so that no word is a prefix
/// collision of another.
fn hash_bytes(bytes: impl Iterator<Item = u8>) -> u64 {
    let (mut h, mut n) = (0, 0);
    for b in bytes {
        h = hash_byte(h, b);
        n += 1;
    }
    hash_end(h, n)
}

/// The multiplier of [`hash_bytes`].
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// [`hash_bytes`]'s hash `h` of some bytes, with byte `b` after them.
fn hash_byte(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K)
}

/// [`hash_bytes`]'s hash of `n` bytes hashed `h` so far.
fn hash_end(h: u64, n: u64) -> u64 {
    (h.rotate_left(5) ^ n).wrapping_mul(K)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        read_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| format!("{}{}", &text[q.span.start..q.span.end], if q.runs_on { " >>" } else { "" }))
            .collect()
    }

    #[test]
    fn marks_are_found_by_their_bytes_as_by_their_characters() {
        let text = "“Don’t,” she said – ‘no’ — \"it's\" … €5 ‐ ‚low‛ „x‟ ′ end'";
        let by_chars: Vec<(usize, &str)> = text.match_indices(['“', '”', '"', '‘', '’', '\'']).collect();
        assert_eq!(quotation_marks(text).collect::<Vec<_>>(), by_chars);
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            quotes("He described ISKP as \"horrible\" and “the enemies of all humanity”."),
            ["horrible", "the enemies of all humanity"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(quotes("She said: \"They call it 'the caliphate' now.\""), ["They call it 'the caliphate' now."]);
    }

    #[test]
    fn single_quotes_but_not_apostrophes() {
        assert_eq!(quotes("The inaugural ‘emir’ of the Taliban's land."), ["emir"]);
        assert_eq!(quotes("Its purported global 'caliphate.' The Pashtuns' land."), ["caliphate."]);
        assert!(quotes("The Pashtuns' land and the Taliban’s rule.").is_empty());
    }

    #[test]
    fn a_quote_left_open_runs_to_the_end_of_the_paragraph() {
        assert_eq!(quotes("Amiri said it \"may be able to mobilise support."), ["may be able to mobilise support. >>"]);
    }

    #[test]
    fn quotes_split_by_the_speaker() {
        assert_eq!(quotes("\"I don't think so,\" he said, \"not at all.\""), ["I don't think so,", "not at all."]);
    }

    proptest::proptest! {
        /// ASCII text cut by its bytes reads the same words as any text
        /// cut by its characters, in the same comparison form.
        #[test]
        fn ascii_quotes_read_the_words_of_the_general_cut(text in "[A-Za-z0-9 .,'`\"()\\[\\]/\t\n\x0b-]{0,60}") {
            let general: Vec<CompactString> = text
                .split(is_apart)
                .map(|w| CompactString::from(comparison_form(w)))
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words(&text), general);
        }

        /// A text's word hashes are those of its words' bytes, one per
        /// word, whether the text is ASCII or not: equal words, however
        /// written (case, curly or back apostrophes), hash alike.
        #[test]
        fn word_hashes_are_the_hashes_of_the_words(text in "[A-Za-zÉé0-9 .,'’`\"“()/\t-]{0,60}") {
            let by_words: Vec<u64> = words(&text).iter().map(|w| word_hash(w)).collect();
            proptest::prop_assert_eq!(word_hashes(&text), by_words);
        }

        /// The same of ASCII text, which is read in one pass of its bytes.
        #[test]
        fn ascii_word_hashes_are_the_hashes_of_the_words(text in "[A-Za-z0-9 .,'`\"()/\t-]{0,60}") {
            let by_words: Vec<u64> = words(&text).iter().map(|w| word_hash(w)).collect();
            proptest::prop_assert_eq!(word_hashes(&text), by_words);
        }
    }

    #[test]
    fn words_written_differently_hash_alike_and_other_words_apart() {
        assert_eq!(word_hashes("“We DON’T” (know)"), word_hashes("we don't know"));
        assert_eq!(word_hashes("Don`t"), word_hashes("don't"));
        let [a, b, c] = word_hashes("ab ba abab")[..] else { panic!("three words") };
        assert!(a != b && a != c && b != c);
        assert!(word_hashes(" -- , ").is_empty());
    }
}
