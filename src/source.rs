//! Byte spans and their translation into 1-based line:column positions.
//!
//! Every stage works with byte ranges into a text; only rendering asks for a
//! line and column, through a [`LineIndex`] built once per text.

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

/// Line starts of a text, for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (a line ends at `\n`; a `\r` before it
    /// belongs to the line it ends).
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let column = text.get(start..offset).map_or(offset - start, |s| s.chars().count()) + 1;
        Position { line: line + 1, column }
    }

    /// Byte offset of the start of 1-based `line`, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        line.checked_sub(1).and_then(|i| self.starts.get(i).copied())
    }
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
    fn span_distance_and_cover() {
        let a = Span::new(0, 4);
        let b = Span::new(10, 12);
        assert_eq!(a.distance(b), 6);
        assert_eq!(b.distance(a), 6);
        assert_eq!(a.cover(b), Span::new(0, 12));
        assert!(a.cover(b).contains(b));
    }
}
