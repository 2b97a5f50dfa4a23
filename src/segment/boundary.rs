//! Sentence boundaries of ASCII text without line breaks (a paragraph with
//! its line breaks read as spaces), exactly as `unicode-segmentation` gives
//! the Unicode ones (UAX #29): that crate looks every character up in a
//! table of all of Unicode, which cost more than reading the sentences'
//! figures. Every other text goes to the crate; a property test holds the
//! two to the same boundaries on random ASCII text.

/// The sentence-break class of an ASCII byte (UAX #29), for text with no
/// line breaks: no class here stands for a paragraph separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Space, tab, vertical tab, form feed.
    Sp,
    Lower,
    Upper,
    Numeric,
    /// The full stop, which may end an abbreviation.
    ATerm,
    /// "!" and "?".
    STerm,
    /// Quotation marks and brackets: `"`, `'`, `(`, `)`, `[`, `]`, `{`, `}`.
    Close,
    /// ",", "-", ":", ";": a sentence goes on after them.
    SContinue,
    Other,
}

fn class(b: u8) -> Class {
    match b {
        b'\t' | 0x0B | 0x0C | b' ' => Class::Sp,
        b'a'..=b'z' => Class::Lower,
        b'A'..=b'Z' => Class::Upper,
        b'0'..=b'9' => Class::Numeric,
        b'.' => Class::ATerm,
        b'!' | b'?' => Class::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Class::Close,
        b',' | b'-' | b':' | b';' => Class::SContinue,
        _ => Class::Other,
    }
}

/// What the rules remember of the text before a position: its last four
/// classes, a run of closing marks or of spaces kept as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Other,
    ATerm,
    STerm,
    Letter,
    Closes,
    Spaces,
}

/// The sentences of `text` (ASCII, no line breaks) with their offsets, as
/// `split_sentence_bound_indices` gives them: every byte in one piece.
pub(super) fn ascii_sentences(text: &str) -> Vec<(usize, &str)> {
    breaks(text.as_bytes()).windows(2).map(|w| (w[0], &text[w[0]..w[1]])).collect()
}

/// The offsets where sentences start, and the text's length.
fn breaks(b: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut parts = [Part::Start; 4];
    for (at, &byte) in b.iter().enumerate() {
        let before = parts;
        let c = class(byte);
        parts = shifted(parts, c);
        // Only a terminator among the parts the rules look at can break.
        let after_terminator = before[1..].iter().any(|p| matches!(p, Part::ATerm | Part::STerm));
        if before[3] == Part::Start || (after_terminator && breaks_before(&before, c, &b[at..])) {
            out.push(at);
        }
    }
    if !b.is_empty() {
        out.push(b.len());
    }
    out
}

/// The parts after a byte of class `c`: a closing mark after closing marks
/// or a space after spaces changes nothing.
fn shifted(parts: [Part; 4], c: Class) -> [Part; 4] {
    let part = match c {
        Class::ATerm => Part::ATerm,
        Class::STerm => Part::STerm,
        Class::Upper | Class::Lower => Part::Letter,
        Class::Close => Part::Closes,
        Class::Sp => Part::Spaces,
        Class::Numeric | Class::SContinue | Class::Other => Part::Other,
    };
    if (parts[3] == Part::Closes && part == Part::Closes) || (parts[3] == Part::Spaces && part == Part::Spaces) {
        return parts;
    }
    [parts[1], parts[2], parts[3], part]
}

/// Whether a sentence breaks before `ahead` (which starts with a byte of
/// class `c`), after text that left `parts`: the rules SB6 to SB11.
fn breaks_before(parts: &[Part; 4], c: Class, ahead: &[u8]) -> bool {
    // SB6: "3.5"; SB7: "U.S." before a capital.
    let no_break = (c == Class::Numeric && parts[3] == Part::ATerm)
        || (c == Class::Upper && parts[2] == Part::Letter && parts[3] == Part::ATerm)
        || lower_case_follows(parts, ahead)
        || (matches!(c, Class::SContinue | Class::STerm | Class::ATerm) && ends_in_terminator(parts, true))
        || (matches!(c, Class::Close | Class::Sp) && terminator_before_closes(parts))
        || (c == Class::Sp && ends_in_terminator(parts, true));
    !no_break && ends_in_terminator(parts, true)
}

/// The part before the trailing spaces (when `spaces`) and closing marks:
/// whether it is a terminator.
fn ends_in_terminator(parts: &[Part; 4], spaces: bool) -> bool {
    let mut i = 3;
    if spaces && parts[i] == Part::Spaces {
        i -= 1;
    }
    if parts[i] == Part::Closes {
        i -= 1;
    }
    matches!(parts[i], Part::ATerm | Part::STerm)
}

/// SB9: a terminator and closing marks, nothing else after it.
fn terminator_before_closes(parts: &[Part; 4]) -> bool {
    ends_in_terminator(parts, false)
}

/// SB8: a full stop (with closing marks and spaces) and, ahead, a
/// lower-case letter before any other letter or terminator ("etc. and").
fn lower_case_follows(parts: &[Part; 4], ahead: &[u8]) -> bool {
    let mut i = 3;
    if parts[i] == Part::Spaces {
        i -= 1;
    }
    if parts[i] == Part::Closes {
        i -= 1;
    }
    parts[i] == Part::ATerm
        && ahead
            .iter()
            .map(|&b| class(b))
            .find(|c| matches!(c, Class::Lower | Class::Upper | Class::STerm | Class::ATerm))
            == Some(Class::Lower)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    fn unicode(text: &str) -> Vec<(usize, &str)> {
        text.split_sentence_bound_indices().collect()
    }

    fn ascii(text: &str) -> Vec<(usize, &str)> {
        ascii_sentences(text)
    }

    #[test]
    fn abbreviations_numbers_quotes_and_brackets_break_as_in_unicode() {
        for text in [
            "He left. She stayed! Why? \"Go.\" (It ended.) Then [more].",
            "The U.S. Army met at 3.5 p.m. on Jan. 5. etc. and so on. e.g. this",
            "It rose 5%. 10 more came.  Two spaces.\tA tab. 'Quoted.' he said. A.B. Smith.",
            "What?! No... Yes.) ok. OK.\" x.' Y",
            "",
            ".",
            " . ; - , : ",
        ] {
            assert_eq!(ascii(text), unicode(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn ascii_text_breaks_where_unicode_segmentation_breaks_it(text in "[aBz9 .!?\"'()\\[\\]{},;:\\-#\t\u{b}\u{c}]{0,30}") {
            prop_assert_eq!(ascii(&text), unicode(&text));
        }
    }
}
