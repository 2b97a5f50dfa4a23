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

/// The comparison words of a text. ASCII text (most quotes) is cut at its
/// separating bytes without decoding a character at a time.
pub fn words(text: &str) -> Vec<CompactString> {
    let mut out = Vec::new();
    let mut push = |piece: &str| {
        let word = normalize_word(piece);
        if !word.is_empty() {
            out.push(word);
        }
    };
    if text.is_ascii() {
        let mut start = 0;
        for (i, b) in text.bytes().enumerate() {
            if is_apart(char::from(b)) {
                push(&text[start..i]);
                start = i + 1;
            }
        }
        push(&text[start..]);
    } else {
        text.split(is_apart).for_each(push);
    }
    out
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
    }
}
