//! Reading an article: bytes → checked UTF-8 text, plus a same-length "scan"
//! copy in which Markdown markup is blanked out.
//!
//! The scan copy keeps every byte offset of the original, so extraction can run
//! on it while spans, line numbers and quoted evidence refer to the real file.
//! A leading byte-order mark is removed; its length is added back whenever an
//! offset is reported, so offsets always count bytes of the file itself.
//! CRLF line ends are kept: `\r` is treated as whitespace everywhere.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::confine::{read_limited, Trust};
use crate::error::Error;
use crate::source::{slice, utf8_text, LineIndex, Position, Span};

/// An article's text, ready for segmentation.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as the user gave it (or `-` for standard input).
    pub path: PathBuf,
    /// The text, without a leading byte-order mark.
    pub text: String,
    /// The same text with markup replaced by spaces (same byte length).
    pub scan: String,
    /// Byte length of the removed byte-order mark (0 or 3).
    bom: usize,
    lines: LineIndex,
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
    pub fn from_bytes(path: PathBuf, bytes: Vec<u8>) -> Result<Article, Error> {
        let text = utf8_text(&path, bytes)?;
        let (text, bom) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest.to_string(), '\u{feff}'.len_utf8()),
            None => (text, 0),
        };
        if text.trim().is_empty() {
            return Err(Error::EmptyArticle { path });
        }
        let scan = mask_markup(&text);
        let lines = LineIndex::new(&text);
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

    /// Where `span` lies in the file.
    pub fn locate(&self, span: Span) -> Location {
        let Position { line, column } = self.lines.position(&self.text, span.start);
        Location { line, column, start: span.start + self.bom, end: span.end + self.bom }
    }
}

/// Replaces Markdown and HTML markup by spaces, keeping byte offsets: code
/// blocks, heading and list markers, emphasis, link targets, bare URLs, tags.
/// Plain text passes through unchanged but for bare URLs, whose digits would
/// otherwise read as figures.
fn mask_markup(text: &str) -> String {
    static BLOCK_MARKER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)")
            .expect("block marker pattern is valid")
    });
    static INLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\]\([^)\s]*(?:\s+[^)]*)?\)", // link or image target
            r"|!?\[",                      // link or image text opener
            r"|https?://[^\s)\]>]+",       // bare URL
            r"|</?[A-Za-z][^<>\n]*>",      // HTML tag
            r"|\*+|`+"                     // emphasis and code markers
        ))
        .expect("inline markup pattern is valid")
    });
    let mut bytes = text.as_bytes().to_vec();
    let blank = |start: usize, end: usize, bytes: &mut Vec<u8>| {
        for b in &mut bytes[start..end] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    };
    let mut in_fence = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let is_fence = line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~");
        if is_fence || in_fence {
            blank(offset, offset + line.len(), &mut bytes);
        }
        if is_fence {
            in_fence = !in_fence;
        }
        offset += line.len();
    }
    for m in BLOCK_MARKER.find_iter(text) {
        blank(m.start(), m.end(), &mut bytes);
    }
    for m in INLINE.find_iter(text) {
        blank(m.start(), m.end(), &mut bytes);
    }
    // Underscores mark emphasis only at a word's edge, not inside snake_case.
    for (i, _) in text.match_indices('_') {
        let before = slice(text, Span::new(0, i)).chars().next_back();
        let after = slice(text, Span::new(i + 1, text.len())).chars().next();
        let inner = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !(inner(before) && inner(after)) {
            bytes[i] = b' ';
        }
    }
    decode_entities(text, &mut bytes);
    // Only ASCII bytes or whole characters were replaced by spaces.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Writes each HTML character reference of `text` ("&#163;", "&pound;",
/// "&amp;") into `bytes` as the character it stands for, right-aligned in
/// the reference's bytes, so "&#163;1.8m" reads as "£1.8m" at the same
/// offsets and no reference's digits read as a figure.
fn decode_entities(text: &str, bytes: &mut [u8]) {
    static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));").expect("entity pattern is valid")
    });
    for c in ENTITY.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        let decimal = c.get(1).and_then(|d| d.as_str().parse::<u32>().ok());
        let hex = c.get(2).and_then(|h| u32::from_str_radix(h.as_str(), 16).ok());
        let named = c.get(3).and_then(|n| named_entity(n.as_str()));
        let decoded = decimal.or(hex).and_then(char::from_u32).or(named);
        let Some(ch) = decoded.filter(|ch| !ch.is_control()) else {
            if decimal.is_some() || hex.is_some() {
                bytes[whole.range()].fill(b' ');
            }
            continue;
        };
        let mut buf = [0u8; 4];
        let encoded = ch.encode_utf8(&mut buf).as_bytes();
        let range = whole.range();
        let pad = range.len().saturating_sub(encoded.len());
        bytes[range.start..range.start + pad].fill(b' ');
        bytes[range.start + pad..range.end].copy_from_slice(encoded);
    }
}

/// The character of a named HTML reference news text uses.
fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "pound" => '£',
        "euro" => '€',
        "yen" => '¥',
        "cent" => '¢',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        _ => return None,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn article(bytes: &[u8]) -> Result<Article, Error> {
        Article::from_bytes(PathBuf::from("a.txt"), bytes.to_vec())
    }

    #[test]
    fn bom_is_removed_but_offsets_count_it() {
        let a = article("\u{feff}Hello 137 people.".as_bytes()).unwrap();
        assert_eq!(a.text, "Hello 137 people.");
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
    fn markup_is_blanked_with_offsets_kept() {
        let text = "# Title 2024\n\n**137** killed, see [UN data](https://x.org/2021/6000).\n- item 3\n";
        let masked = mask_markup(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked.lines().next(), Some("  Title 2024"));
        assert!(masked.contains("  137   killed, see  UN data"));
        assert!(!masked.contains("6000"));
        assert!(masked.contains("  item 3"));
    }

    #[test]
    fn underscores_inside_words_survive() {
        assert_eq!(mask_markup("snake_case and _emph_"), "snake_case and  emph ");
    }

    #[test]
    fn character_references_read_as_their_characters_at_the_same_offsets() {
        assert_eq!(mask_markup("a &#163;1.8m fine"), "a     £1.8m fine");
        assert_eq!(mask_markup("F&#244;n said"), "F    ôn said");
        assert_eq!(mask_markup("M&amp;S &pound;5 &#x20AC;3"), "M    &S      £5      €3");
        assert_eq!(mask_markup("&#0; &bogus; x"), "     &bogus; x");
        let text = "cost &euro;40";
        assert_eq!(mask_markup(text).len(), text.len());
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
