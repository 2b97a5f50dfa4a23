//! Excerpts and clean text: what every renderer needs to show untrusted
//! text (article lines, claim statements, ids) safely.
//!
//! [`clean`] escapes each control character and each character that
//! reorders text (`\u{1b}`, `\u{202e}`), so no escape sequence from an
//! article ever reaches a terminal, an XML parser or a workflow-command
//! reader, no text spans lines, and none starts a workflow command.
//! An [`Excerpt`] is the whole line(s) around a span, kept raw in the report
//! and cleaned only when drawn.

use std::ops::Range;

use crate::source::{ceil_boundary, collapse_spaces, floor_boundary, slice, LineIndex, Position, Span};

/// Whether `c` must not reach a terminal, a log or a reader as it is:
/// control characters (C0, DEL, C1), characters that reorder text on screen
/// (bidirectional marks, embeddings, overrides and isolates), line and
/// paragraph separators, and the zero-width no-break space.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Appends the inert form of `c` to `out`: a tab as a space, any other
/// unsafe character (see [`is_unsafe`]) as its Rust escape (`\u{1b}`,
/// `\u{202e}`), anything else as it is.
pub(super) fn push_visible(out: &mut String, c: char) {
    match c {
        '\t' => out.push(' '),
        c if is_unsafe(c) => out.extend(c.escape_unicode()),
        c => out.push(c),
    }
}

/// `text` made inert for a terminal or a log line: every unsafe character
/// escaped (a tab as a space, the others as `\u{1b}`), so the text can
/// neither send an escape sequence, reorder what is shown, nor span lines;
/// and a leading `:` escaped, so no line of ours can start a workflow
/// command (`::`).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if i == 0 && c == ':' {
            out.push_str("\\u{3a}");
        } else {
            push_visible(&mut out, c);
        }
    }
    out
}

/// The most bytes of source an excerpt shows whole; longer lines are cut
/// to a window around the span, so no report grows with a line's length.
pub const MAX_EXCERPT: usize = 1000;
/// Bytes of context kept either side of the span in a cut excerpt.
const CONTEXT: usize = 200;
/// The most bytes of the span itself a cut excerpt shows.
const MAX_FOCUS: usize = 400;

/// Lines of source around a span: the article line(s) of a mention or the
/// claims-file line of a claim, kept as in the file (line ends removed), or
/// a window of at most about [`MAX_EXCERPT`] bytes around the span when the
/// lines are longer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// 1-based number of the first line.
    pub line: usize,
    /// 1-based column of the first character of `text` in its line (1
    /// unless the window starts inside the line).
    pub column: usize,
    /// The lines, joined by `\n`.
    pub text: String,
    /// Byte range of the span inside `text`.
    pub focus: Range<usize>,
    /// Whether source was left out before and after `text`.
    pub cut: (bool, bool),
}

impl Excerpt {
    /// The excerpt of `text` (indexed by `lines`) around `span`: the whole
    /// lines that hold it, or a window of them around it.
    pub fn of(text: &str, lines: &LineIndex, span: Span) -> Excerpt {
        let start = floor_boundary(text, span.start);
        let end = ceil_boundary(text, span.end).max(start);
        // The lines from the span's start to its end; a span that ends
        // with its line's end stays on that line.
        let first = lines.line_of(start);
        let last = lines.line_of(if end > start && text.as_bytes()[end - 1] == b'\n' { end - 1 } else { end });
        let line_start = lines.line_start(first + 1).unwrap_or(0);
        let mut line_end = lines.line_start(last + 2).map_or(text.len(), |next| next - 1);
        if slice(text, Span::new(0, line_end)).ends_with('\r') {
            line_end -= 1;
        }
        let line_end = line_end.max(end.min(line_end)).max(line_start);
        let (window, focus) = if line_end - line_start <= MAX_EXCERPT {
            (Span::new(line_start, line_end), Span::new(start, end.min(line_end).max(start)))
        } else {
            let focus_end = ceil_boundary(text, end.min(start + MAX_FOCUS)).min(line_end).max(start);
            let from = floor_boundary(text, start.saturating_sub(CONTEXT).max(line_start));
            let to = ceil_boundary(text, (focus_end + CONTEXT).min(line_end));
            (Span::new(from, to), Span::new(start, focus_end))
        };
        Excerpt {
            line: first + 1,
            column: lines.position(text, window.start).column,
            text: slice(text, window).to_string(),
            focus: focus.start - window.start..focus.end - window.start,
            cut: (window.start > line_start, window.end < line_end),
        }
    }

    /// The 1-based position of byte `offset` of the excerpt.
    fn position(&self, offset: usize) -> Position {
        let before = slice(&self.text, Span::new(0, offset));
        let line = self.line + before.matches('\n').count();
        match before.rfind('\n') {
            Some(i) => Position { line, column: before[i + 1..].chars().count() + 1 },
            None => Position { line, column: self.column + before.chars().count() },
        }
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
        let span = slice(&self.text, Span::new(self.focus.start, self.focus.end));
        collapse_spaces(span)
    }

    /// The excerpt [`clean`]ed for display, line breaks kept and an
    /// ellipsis where source was left out, with the span moved to its place
    /// in the cleaned text.
    pub fn cleaned(&self) -> (String, Range<usize>) {
        let mut out = String::with_capacity(self.text.len() + 8);
        if self.cut.0 {
            out.push('…');
        }
        let (mut start, mut end) = (None, None);
        for (i, c) in self.text.char_indices() {
            if i >= self.focus.start && start.is_none() {
                start = Some(out.len());
            }
            if i >= self.focus.end && end.is_none() {
                end = Some(out.len());
            }
            if c == '\n' {
                out.push(c);
            } else {
                push_visible(&mut out, c);
            }
        }
        let start = start.unwrap_or(out.len());
        let end = end.unwrap_or(out.len()).max(start);
        if self.cut.1 {
            out.push('…');
        }
        (out, start..end)
    }
}

/// The words of a span as a report shows them: capped at [`MAX_SENTENCE`]
/// bytes (see [`capped`]) and white space collapsed, copied once when the
/// span fits.
pub fn shown_words(text: &str) -> String {
    match text.len() <= MAX_SENTENCE {
        true => collapse_spaces(text),
        false => collapse_spaces(&capped(text, MAX_SENTENCE)),
    }
}

/// `text` cut to at most about `max` bytes: whole when it fits, else its
/// start and an ellipsis. For strings a report repeats (quotes, figures).
pub fn capped(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    format!("{}…", slice(text, Span::new(0, floor_boundary(text, max))))
}

/// The words of `span` of `text` in its sentence `sentence`, whitespace
/// collapsed: the whole sentence when it holds at most [`MAX_SENTENCE`]
/// bytes, else a window around the span with an ellipsis where words were
/// left out.
pub fn sentence_text(text: &str, sentence: Span, span: Span) -> String {
    if sentence.end.saturating_sub(sentence.start) <= MAX_SENTENCE {
        return collapse_spaces(slice(text, sentence));
    }
    let half = MAX_SENTENCE / 2;
    let from = span.start.saturating_sub(half / 2).max(sentence.start);
    let to = (from + MAX_SENTENCE).min(sentence.end);
    let from = to.saturating_sub(MAX_SENTENCE).max(sentence.start).min(from);
    let mut out = collapse_spaces(slice(text, Span::new(from, to)));
    if from > sentence.start {
        out.insert(0, '…');
    }
    if to < sentence.end {
        out.push('…');
    }
    out
}

/// The most bytes of a sentence a report shows whole.
pub const MAX_SENTENCE: usize = 400;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        let hostile = "a\u{1b}[2Jb\u{7}c\td\u{202e}e\u{2066}\r\n\u{85}";
        let cleaned = clean(hostile);
        assert_eq!(cleaned, "a\\u{1b}[2Jb\\u{7}c d\\u{202e}e\\u{2066}\\u{d}\\u{a}\\u{85}");
        assert!(!cleaned.chars().any(is_unsafe));
        assert_eq!(clean("::add-mask::x"), "\\u{3a}:add-mask::x");
        assert_eq!(clean("a::b"), "a::b");
    }

    #[test]
    fn excerpt_positions_and_cleaned_span() {
        let e =
            Excerpt { line: 7, column: 1, text: "x\u{1b}y £3bn\nnext".to_string(), focus: 4..9, cut: (false, false) };
        assert_eq!(e.start(), Position { line: 7, column: 5 });
        assert_eq!(e.end(), Position { line: 7, column: 9 });
        let (text, focus) = e.cleaned();
        assert_eq!(text, "x\\u{1b}y £3bn\nnext");
        assert_eq!(&text[focus], "£3bn");
        let across = Excerpt { focus: 8..12, ..e };
        assert_eq!(across.end(), Position { line: 8, column: 3 });
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    #[test]
    fn short_lines_are_whole_and_long_ones_cut_around_the_span() {
        let text = "first line\nsecond 137 here\r\nthird";
        let lines = LineIndex::new(text);
        let at = text.find("137").unwrap();
        let e = Excerpt::of(text, &lines, Span::new(at, at + 3));
        assert_eq!((e.line, e.column, e.text.as_str(), e.cut), (2, 1, "second 137 here", (false, false)));
        assert_eq!(e.start(), Position { line: 2, column: 8 });

        let long = format!("{}137{}", "é ".repeat(3000), " x".repeat(3000));
        let lines = LineIndex::new(&long);
        let at = long.find("137").unwrap();
        let e = Excerpt::of(&long, &lines, Span::new(at, at + 3));
        assert!(e.text.len() <= MAX_EXCERPT, "{}", e.text.len());
        assert_eq!(e.cut, (true, true));
        assert_eq!(e.start(), Position { line: 1, column: 6001 });
        assert_eq!(e.focused(), "137");
        let (shown, focus) = e.cleaned();
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(&shown[focus], "137");
    }

    #[test]
    fn long_sentences_are_cut_around_the_span() {
        let text = format!("{} 137 {}", "word ".repeat(500), "more ".repeat(500));
        let at = text.find("137").unwrap();
        let shown = sentence_text(&text, Span::new(0, text.len()), Span::new(at, at + 3));
        assert!(shown.len() <= MAX_SENTENCE + 8 && shown.contains("137"), "{shown}");
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(sentence_text("A short one.", Span::new(0, 12), Span::new(2, 7)), "A short one.");
        assert_eq!(capped("a’b", 2), "a…");
    }
}
