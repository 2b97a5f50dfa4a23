//! Byte spans and their translation into 1-based line:column positions.
//!
//! Every stage works with byte ranges into a text; only rendering asks for a
//! line and column, through a [`LineIndex`] built once per text.

use std::sync::Arc;

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Byte distance between two spans (0 when they touch or overlap).
    pub fn distance(self, other: Span) -> usize {
        other.start.saturating_sub(self.end).max(self.start.saturating_sub(other.end))
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
}

/// A text with its line index, shared rather than copied: the reports of
/// an article's claims draw their excerpts from it when they show them.
#[derive(Debug, Clone)]
pub struct SharedText {
    /// The text.
    pub text: Arc<str>,
    /// Its lines.
    pub lines: Arc<LineIndex>,
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

/// Bytes between the character counts a [`LineIndex`] keeps: few enough that the
/// counting left for each position is short, at 8 bytes of index per 256 of text.
const STRIDE: usize = 256;

/// Line starts of a text, and its character count every 256 bytes,
/// for turning byte offsets into positions. Built once per text, it answers
/// each position in logarithmic time plus at most 256 bytes of
/// counting, however long the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters in the text's first `k * STRIDE` bytes, at `k`.
    chars: Vec<usize>,
}

/// Characters that start in `bytes` (bytes that are no UTF-8 continuation).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b as i8) >= -0x40)).sum()
}

impl LineIndex {
    /// Indexes the line starts of `text` (a line ends at `\n`; a `\r` before it
    /// belongs to the line it ends).
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut chars = vec![0];
        let mut total = 0;
        for chunk in text.as_bytes().chunks(STRIDE) {
            total += char_starts(chunk);
            chars.push(total);
        }
        LineIndex { starts, chars }
    }

    /// Characters that start before byte `offset` of `text`; in a stretch
    /// of as many characters as bytes (ASCII), without counting them.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = offset / STRIDE;
        let from = k * STRIDE;
        let base = self.chars.get(k).copied().unwrap_or(0);
        let stretch = STRIDE.min(text.len().saturating_sub(from));
        if self.chars.get(k + 1).is_some_and(|&next| next - base == stretch) {
            return base + offset.saturating_sub(from);
        }
        base + text.as_bytes().get(from..offset).map_or(0, char_starts)
    }

    /// The 0-based line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The position of byte `offset` in `text` (the text this index was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        Position { line: line + 1, column }
    }

    /// Byte offset of the start of 1-based `line`, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        line.checked_sub(1).and_then(|i| self.starts.get(i).copied())
    }
}

/// `text` with each run of white space made one space and none at either
/// end ("a\n  b " → "a b"). ASCII text already so is copied as it is,
/// without being read word by word.
pub fn collapse_spaces(text: &str) -> String {
    let b = text.as_bytes();
    let tidy = text.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.iter().any(|&c| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'))
        && memchr::memmem::find(b, b"  ").is_none();
    if tidy {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The largest character boundary of `text` at or before byte `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary of `text` at or after byte `i`.
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text of `span`, its ends moved out to character boundaries and
/// clamped to the text: the one way to slice text by byte offsets that
/// never panics.
pub fn slice(text: &str, span: Span) -> &str {
    let start = floor_boundary(text, span.start);
    let end = ceil_boundary(text, span.end).max(start);
    &text[start..end]
}

/// `bytes` as UTF-8 text, or an error naming the line and column of the
/// first byte that is not UTF-8.
pub fn utf8_text(path: &std::path::Path, bytes: Vec<u8>) -> Result<String, crate::error::Error> {
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.into_bytes();
        // The prefix up to the first bad byte is valid by definition.
        let prefix = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        let pos = LineIndex::new(&prefix).position(&prefix, valid);
        crate::error::Error::NotUtf8 { path: path.to_path_buf(), line: pos.line, column: pos.column }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "ab\n£3bn here\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        let bn = text.find("bn").unwrap();
        assert_eq!(index.position(text, bn), Position { line: 2, column: 3 });
        let last = text.find("last").unwrap();
        assert_eq!(index.position(text, last), Position { line: 3, column: 1 });
        assert_eq!(index.line_start(3), Some(last));
    }

    #[test]
    fn positions_on_a_long_line_count_every_character() {
        let text = format!("{}x\n{}y", "é".repeat(5000), "ab".repeat(3000));
        let index = LineIndex::new(&text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(&text, x), Position { line: 1, column: 5001 });
        let y = text.find('y').unwrap();
        assert_eq!(index.position(&text, y), Position { line: 2, column: 6001 });
        // Inside a character, the column is the next character's.
        assert_eq!(index.position(&text, 1), Position { line: 1, column: 2 });
    }

    #[test]
    fn positions_agree_with_counting_at_every_offset_of_mixed_stretches() {
        // ASCII stretches longer and shorter than the index's stride, lines
        // across them, characters of two, three and four bytes at and across
        // the stride's edges, and a text ending on an edge.
        let mut text = "a".repeat(STRIDE - 1) + "é" + &"b".repeat(STRIDE) + "\n€" + &"c\n".repeat(200) + "𝄞";
        text += &"d".repeat(2 * STRIDE - text.len() % STRIDE);
        let index = LineIndex::new(&text);
        for offset in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = Position {
                line: text[..offset].matches('\n').count() + 1,
                column: text[line_start..offset].chars().count() + 1,
            };
            assert_eq!(index.position(&text, offset), expected, "offset {offset}");
        }
    }

    #[test]
    fn spaces_collapse_as_splitting_on_white_space_and_joining_would() {
        for text in [
            "one two",
            " one",
            "one ",
            "one  two",
            "one\ttwo",
            "one\ntwo\r\n",
            "a\x0bb\x0cc",
            "",
            "   ",
            "no\u{a0}break and\u{2003}em",
            "café  crème",
            "curly “quotes” stay",
        ] {
            assert_eq!(collapse_spaces(text), text.split_whitespace().collect::<Vec<_>>().join(" "), "{text:?}");
        }
    }

    #[test]
    fn slices_never_split_a_character() {
        let text = "a’b";
        assert_eq!(slice(text, Span::new(2, 3)), "’");
        assert_eq!(slice(text, Span::new(0, 2)), "a’");
        assert_eq!(slice(text, Span::new(3, 99)), "’b");
        assert_eq!(slice(text, Span::new(9, 3)), "");
    }

    #[test]
    fn span_distance_and_cover() {
        let a = Span::new(0, 4);
        let b = Span::new(10, 12);
        assert_eq!(a.distance(b), 6);
        assert_eq!(b.distance(a), 6);
        assert_eq!(a.cover(b), Span::new(0, 12));
        assert!(a.cover(b).contains(b));
    }
}
