//! Sentence boundaries of plain text without line breaks (a paragraph with
//! its line breaks read as spaces), exactly as `unicode-segmentation` gives
//! the Unicode ones (UAX #29): that crate looks every character up in a
//! table of all of Unicode, which cost more than reading the sentences'
//! figures. Plain text is what the token scanner reads ([`is_plain`]:
//! ASCII and the typographic characters of news copy), each character with
//! the class the crate's table gives it; any other text goes to the crate. A property test holds the two to the same
//! boundaries on random plain text.

use super::scan::is_plain;

/// The sentence-break class of a character (UAX #29).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Space, tab, vertical tab, form feed, no-break and thin spaces.
    Sp,
    Lower,
    Upper,
    Numeric,
    /// The full stop, which may end an abbreviation.
    ATerm,
    /// "!" and "?".
    STerm,
    /// Quotation marks and brackets: `"`, `'`, `(`, `)`, `[`, `]`, `{`,
    /// `}`, `‘`, `’`, `“`, `”`.
    Close,
    /// ",", "-", ":", ";", "–", "—": a sentence goes on after them.
    SContinue,
    Other,
}

/// The class of a character of plain text (see [`is_plain`]; line breaks
/// excepted, which separate paragraphs): the plain marks beyond ASCII not
/// named here are of no class of their own.
fn class(c: char) -> Class {
    match c {
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' => Class::Sp,
        'a'..='z' => Class::Lower,
        'A'..='Z' => Class::Upper,
        '0'..='9' => Class::Numeric,
        '.' => Class::ATerm,
        '!' | '?' => Class::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '‘' | '’' | '“' | '”' => Class::Close,
        ',' | '-' | ':' | ';' | '–' | '—' => Class::SContinue,
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

/// The sentences of `text` with their offsets, as
/// `split_sentence_bound_indices` gives them (every byte in one piece), if
/// the text is plain.
pub(super) fn plain_sentences(text: &str) -> Option<Vec<(usize, &str)>> {
    if !is_plain(text) || memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some() {
        return None;
    }
    let breaks = breaks(text);
    Some(breaks.windows(2).map(|w| (w[0], &text[w[0]..w[1]])).collect())
}

/// The offsets where sentences start, and the text's length. A break can
/// only follow a terminator among the parts the rules look at, so between
/// one terminator's reach and the next terminator the text is skipped, and
/// the parts it leaves are read backwards from that terminator.
fn breaks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut parts = [Part::Start; 4];
    let mut at = 0;
    while let Some(ch) = text[at..].chars().next() {
        let before = parts;
        let c = class(ch);
        parts = shifted(parts, c);
        // Only a terminator among the parts the rules look at can break.
        let after_terminator = before[1..].iter().any(|p| matches!(p, Part::ATerm | Part::STerm));
        if before[3] == Part::Start || (after_terminator && breaks_before(&before, c, &text[at..])) {
            out.push(at);
        }
        at += ch.len_utf8();
        if !parts[1..].iter().any(|p| matches!(p, Part::ATerm | Part::STerm)) {
            // No break before the next terminator: the parts there are
            // those of the text skipped.
            let next = memchr::memchr3(b'.', b'!', b'?', &text.as_bytes()[at..]).map_or(text.len(), |k| at + k);
            parts = parts_after(parts, &text[at..next]);
            at = next;
        }
    }
    if !text.is_empty() {
        out.push(text.len());
    }
    out
}

/// The parts after `skipped`, which follows text that left `parts`: its
/// last four parts read backwards, or (when it holds fewer) the parts
/// shifted through it.
fn parts_after(parts: [Part; 4], skipped: &str) -> [Part; 4] {
    let mut last = [Part::Start; 4];
    let mut held = 0;
    for ch in skipped.chars().rev() {
        let part = shifted([Part::Start; 4], class(ch))[3];
        let runs_on = held > 0 && last[4 - held] == part && matches!(part, Part::Closes | Part::Spaces);
        if !runs_on {
            held += 1;
            last[4 - held] = part;
            if held == 4 {
                return last;
            }
        }
    }
    skipped.chars().fold(parts, |parts, ch| shifted(parts, class(ch)))
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
fn breaks_before(parts: &[Part; 4], c: Class, ahead: &str) -> bool {
    let after_spaces = is_terminator(before_closes(parts, true));
    // SB6: "3.5"; SB7: "U.S." before a capital.
    let no_break = (c == Class::Numeric && parts[3] == Part::ATerm)
        || (c == Class::Upper && parts[2] == Part::Letter && parts[3] == Part::ATerm)
        || lower_case_follows(parts, ahead)
        || (matches!(c, Class::SContinue | Class::STerm | Class::ATerm) && after_spaces)
        // SB9: a terminator and closing marks, nothing else after it.
        || (matches!(c, Class::Close | Class::Sp) && is_terminator(before_closes(parts, false)))
        || (c == Class::Sp && after_spaces);
    !no_break && after_spaces
}

/// The part before the trailing spaces (when `spaces`) and closing marks.
fn before_closes(parts: &[Part; 4], spaces: bool) -> Part {
    let mut i = 3;
    if spaces && parts[i] == Part::Spaces {
        i -= 1;
    }
    if parts[i] == Part::Closes {
        i -= 1;
    }
    parts[i]
}

fn is_terminator(part: Part) -> bool {
    matches!(part, Part::ATerm | Part::STerm)
}

/// SB8: a full stop (with closing marks and spaces) and, ahead, a
/// lower-case letter before any other letter or terminator ("etc. and").
fn lower_case_follows(parts: &[Part; 4], ahead: &str) -> bool {
    before_closes(parts, true) == Part::ATerm
        && ahead.chars().map(class).find(|c| matches!(c, Class::Lower | Class::Upper | Class::STerm | Class::ATerm))
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

    fn plain(text: &str) -> Vec<(usize, &str)> {
        plain_sentences(text).expect("plain text")
    }

    #[test]
    fn text_with_other_characters_or_line_breaks_is_left_to_the_crate() {
        assert!(plain_sentences("Café. Next").is_none());
        assert!(plain_sentences("One.\nTwo.").is_none());
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
            "“It rose.” He left… £5 – then ‘no.’ More\u{a0}here. 3\u{202f}000 — done. ‘Why?’ she asked.",
            // Text skipped between terminators: runs of closing marks and
            // spaces longer and shorter than the parts the rules keep.
            "ab)) ”  ’’ . x. Y ab.)\"  ) ( A.  \u{a0} ”” b! ((((    ))))? Q.a  .B",
        ] {
            assert_eq!(plain(text), unicode(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn plain_text_breaks_where_unicode_segmentation_breaks_it(
            text in "[aBz9 .!?\"'()\\[\\]{},;:\\-#\t\u{b}\u{c}‘’“”…£€¥°•–—‐\u{a0}\u{2009}\u{202f}]{0,30}"
        ) {
            prop_assert_eq!(plain(&text), unicode(&text));
        }
    }
}
