//! Reading an article: bytes → checked UTF-8 text, plus a same-length "scan"
//! copy in which markup is blanked out and character references are
//! decoded (see `markup.rs`).
//!
//! The scan copy keeps every byte offset of the original, so extraction can run
//! on it while spans, line numbers and quoted evidence refer to the real file.
//! A leading byte-order mark is removed; its length is added back whenever an
//! offset is reported, so offsets always count bytes of the file itself.
//! CRLF line ends are kept: `\r` is treated as whitespace everywhere.

mod entities;
mod markup;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::confine::{read_limited, Trust};
use crate::error::Error;
use crate::source::{utf8_text, LineIndex, Position, SharedText, Span};
pub use entities::{decode_in_place, reference_start};
use markup::mask_markup;

/// The most bytes an article may hold, whatever `--max-article-bytes`
/// says: its tokens are numbered in 32 bits.
pub const MAX_BYTES: u64 = u32::MAX as u64;

/// An article's text, ready for segmentation.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as the user gave it (or `-` for standard input).
    pub path: PathBuf,
    /// The text, without a leading byte-order mark; shared with the
    /// reports that show it (see [`Article::shared`]).
    pub text: Arc<str>,
    /// The same text with markup replaced by spaces (same byte length).
    pub scan: Arc<str>,
    /// Byte length of the removed byte-order mark (0 or 3).
    bom: usize,
    lines: Arc<LineIndex>,
}

/// A span located in the article file: byte offsets into the file and the
/// 1-based line and column of its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte offset of the start, in the file.
    pub start: usize,
    /// Byte offset of the end, in the file.
    pub end: usize,
}

impl Article {
    /// Reads and checks the article at `path`, refusing one of more than
    /// `max_bytes` (see [`read_limited`]).
    pub fn load(path: &Path, max_bytes: u64, trust: Trust) -> Result<Article, Error> {
        let bytes = read_limited(path, max_bytes, trust)?;
        Article::from_bytes(path.to_path_buf(), bytes)
    }

    /// Checks `bytes` as an article text read from `path`.
    /// Its tokens are numbered in 32 bits, so it may hold at most
    /// [`MAX_BYTES`].
    pub fn from_bytes(path: PathBuf, bytes: Vec<u8>) -> Result<Article, Error> {
        if bytes.len() as u64 > MAX_BYTES {
            return Err(Error::TooLarge { path, limit: MAX_BYTES });
        }
        let text = utf8_text(&path, bytes)?;
        let (text, bom) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest.to_string(), '\u{feff}'.len_utf8()),
            None => (text, 0),
        };
        if text.trim().is_empty() {
            return Err(Error::EmptyArticle { path });
        }
        let scan = mask_markup(&text);
        let lines = Arc::new(LineIndex::new(&text));
        let text: Arc<str> = Arc::from(text);
        // A text without markup is its own scan: one copy serves both.
        let scan = if *scan == *text { Arc::clone(&text) } else { Arc::from(scan) };
        Ok(Article { path, text, scan, bom, lines })
    }

    /// The text of `span`.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The index of the text's lines, for excerpts.
    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }

    /// The text and its lines, shared, for reports to draw excerpts from.
    pub fn shared(&self) -> SharedText {
        SharedText { text: Arc::clone(&self.text), lines: Arc::clone(&self.lines) }
    }

    /// Where `span` lies in the file.
    pub fn locate(&self, span: Span) -> Location {
        let Position { line, column } = self.lines.position(&self.text, span.start);
        Location { line, column, start: span.start + self.bom, end: span.end + self.bom }
    }
}

/// Lexically joins `relative` onto the directory of `base` and removes `.` and
/// `..` components, so a claims file's `../article/x.txt` is reported as the
/// short path a user would type.
pub fn resolve_relative(base: &Path, relative: &Path) -> PathBuf {
    if relative.is_absolute() {
        return relative.to_path_buf();
    }
    let joined = base.parent().unwrap_or(Path::new("")).join(relative);
    let mut out: Vec<std::path::Component> = Vec::new();
    for part in joined.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => match out.last() {
                Some(std::path::Component::Normal(_)) => {
                    out.pop();
                }
                _ => out.push(part),
            },
            other => out.push(other),
        }
    }
    out.iter().collect()
}

/// The path that leads from the folder `dir` to `target`, both absolute
/// (or both relative to one folder): "../article/x.txt" from "claims" to
/// "article/x.txt". A claims file written into `dir` names its article so.
pub fn relative_from(dir: &Path, target: &Path) -> PathBuf {
    let clean = |p: &Path| resolve_relative(&p.join("_"), Path::new("."));
    let (dir, target) = (clean(dir), clean(target));
    let (a, b): (Vec<_>, Vec<_>) = (dir.components().collect(), target.components().collect());
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..a.len() {
        out.push("..");
    }
    for part in &b[common..] {
        out.push(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_relative_from_a_folder() {
        assert_eq!(relative_from(Path::new("/w/claims"), Path::new("/w/article/x.txt")), Path::new("../article/x.txt"));
        assert_eq!(relative_from(Path::new("/w"), Path::new("/w/article/x.txt")), Path::new("article/x.txt"));
        assert_eq!(relative_from(Path::new("/w/a/./b/.."), Path::new("/w/a/x.txt")), Path::new("x.txt"));
        assert_eq!(relative_from(Path::new("/w/a/b"), Path::new("/v/x.txt")), Path::new("../../../v/x.txt"));
    }

    fn article(bytes: &[u8]) -> Result<Article, Error> {
        Article::from_bytes(PathBuf::from("a.txt"), bytes.to_vec())
    }

    #[test]
    fn bom_is_removed_but_offsets_count_it() {
        let a = article("\u{feff}Hello 137 people.".as_bytes()).unwrap();
        assert_eq!(&*a.text, "Hello 137 people.");
        let span = Span::new(6, 9);
        assert_eq!(a.slice(span), "137");
        let loc = a.locate(span);
        assert_eq!((loc.line, loc.column, loc.start, loc.end), (1, 7, 9, 12));
    }

    #[test]
    fn crlf_keeps_line_numbers() {
        let a = article(b"First line.\r\n\r\nSecond 140.\r\n").unwrap();
        let at = a.text.find("140").unwrap();
        let loc = a.locate(Span::new(at, at + 3));
        assert_eq!((loc.line, loc.column), (3, 8));
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = article(b"ok\nbad \xa3 here").unwrap_err();
        assert!(matches!(err, Error::NotUtf8 { line: 2, column: 5, .. }), "{err}");
    }

    #[test]
    fn empty_and_blank_articles_are_errors() {
        assert!(matches!(article(b""), Err(Error::EmptyArticle { .. })));
        assert!(matches!(article(b" \n\r\n "), Err(Error::EmptyArticle { .. })));
    }

    #[test]
    fn relative_paths_are_normalised() {
        let p = resolve_relative(Path::new("claims/x.json"), Path::new("../article/a.txt"));
        assert_eq!(p, PathBuf::from("article/a.txt"));
        let p = resolve_relative(Path::new("x.json"), Path::new("a.txt"));
        assert_eq!(p, PathBuf::from("a.txt"));
        let p = resolve_relative(Path::new("x.json"), Path::new("../a.txt"));
        assert_eq!(p, PathBuf::from("../a.txt"));
    }
}
