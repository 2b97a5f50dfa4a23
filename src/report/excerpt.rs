//! Excerpts and clean text: what every renderer needs to show untrusted
//! text (article lines, claim statements, ids) safely.
//!
//! [`clean`] replaces each control character with one visible character, so
//! no escape sequence from an article ever reaches a terminal, an XML parser
//! or a workflow-command reader, and columns counted in characters stay true.
//! An [`Excerpt`] is the whole line(s) around a span, kept raw in the report
//! and cleaned only when drawn.

use std::ops::Range;

use crate::source::Position;

/// The visible stand-in for `c`: control characters become their Unicode
/// control picture (ESC → ␛, LF → ␊), tabs become spaces, and characters
/// that reorder text on screen (bidirectional overrides) become �.
fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        c => c,
    }
}

/// `text` with every control character replaced by a visible one (a
/// control picture such as ␛, or �); one character out for each character in.
pub fn clean(text: &str) -> String {
    text.chars().map(visible).collect()
}

/// Lines of source around a span: the article line(s) of a mention or the
/// claims-file line of a claim, kept as in the file (line ends removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// 1-based number of the first line.
    pub line: usize,
    /// The lines, joined by `\n`.
    pub text: String,
    /// Byte range of the span inside `text`.
    pub focus: Range<usize>,
}

impl Excerpt {
    /// The 1-based position of byte `offset` of the excerpt.
    fn position(&self, offset: usize) -> Position {
        let before = self.text.get(..offset).unwrap_or(&self.text);
        let line = self.line + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position { line, column: before[line_start..].chars().count() + 1 }
    }

    /// Where the span starts.
    pub fn start(&self) -> Position {
        self.position(self.focus.start)
    }

    /// Where the span ends: the position just after its last character.
    pub fn end(&self) -> Position {
        self.position(self.focus.end)
    }

    /// The text of the span, its whitespace collapsed.
    pub fn focused(&self) -> String {
        let span = self.text.get(self.focus.clone()).unwrap_or("");
        span.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The excerpt [`clean`]ed for display, line breaks kept, with the span
    /// moved to its place in the cleaned text.
    pub fn cleaned(&self) -> (String, Range<usize>) {
        let mut out = String::with_capacity(self.text.len());
        let (mut start, mut end) = (None, None);
        for (i, c) in self.text.char_indices() {
            if i >= self.focus.start && start.is_none() {
                start = Some(out.len());
            }
            if i >= self.focus.end && end.is_none() {
                end = Some(out.len());
            }
            out.push(if c == '\n' { c } else { visible(c) });
        }
        let start = start.unwrap_or(out.len());
        let end = end.unwrap_or(out.len()).max(start);
        (out, start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_one_for_one() {
        let hostile = "a\u{1b}[2Jb\u{7}c\td\u{202e}e\r\n";
        let cleaned = clean(hostile);
        assert_eq!(cleaned, "a␛[2Jb␇c d\u{fffd}e␍␊");
        assert_eq!(cleaned.chars().count(), hostile.chars().count());
        assert!(!cleaned.chars().any(char::is_control));
    }

    #[test]
    fn excerpt_positions_and_cleaned_span() {
        let e = Excerpt { line: 7, text: "x\u{1b}y £3bn\nnext".to_string(), focus: 4..9 };
        assert_eq!(e.start(), Position { line: 7, column: 5 });
        assert_eq!(e.end(), Position { line: 7, column: 9 });
        let (text, focus) = e.cleaned();
        assert_eq!(text, "x␛y £3bn\nnext");
        assert_eq!(&text[focus], "£3bn");
        let across = Excerpt { focus: 8..12, ..e };
        assert_eq!(across.end(), Position { line: 8, column: 3 });
    }
}
