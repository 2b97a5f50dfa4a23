//! The JSON writer of the reports: a serde serializer that writes exactly
//! what serde_json's pretty formatter (two spaces a level) or its compact
//! one writes, with every unsafe character ([`is_unsafe`]: C1 controls,
//! bidirectional controls, line separators) escaped as `\uXXXX` too, so no
//! reader of the file shows text reordered.
//!
//! serde_json sends each mark, key and piece of a string through its
//! formatter, one write at a time, and reads every byte of a string through
//! its escape table and then again for the unsafe characters. A report is
//! mostly short keys and values, so that cost per piece was 12% of
//! `extract`'s instructions. Here the line break, indentation and key are
//! appended to one buffer, a string's safe bytes are found with one table
//! lookup each and copied in runs, and the buffer goes to the output every
//! 64 KiB, so a report is never held twice in memory.

use std::fmt::{self, Display};
use std::io::{self, Write};

use serde::ser::{self, Serialize};

use crate::report::excerpt::is_unsafe;

/// The buffer is handed to the output once it holds this much.
const FLUSH_AT: usize = 1 << 16;

/// A comma, a line break and the indentation of [`MAX_LEVEL`] levels.
const BREAK: [u8; 2 + 2 * MAX_LEVEL] = {
    let mut line = [b' '; 2 + 2 * MAX_LEVEL];
    line[0] = b',';
    line[1] = b'\n';
    line
};
/// The deepest level indented in one piece; deeper ones are written on.
const MAX_LEVEL: usize = 32;

/// Per byte, whether a string's byte needs a look: a control character, a
/// quotation mark, a backslash, or a byte from 0x7F on (DEL, or part of a
/// character beyond ASCII, which may be unsafe).
const NEEDS_LOOK: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b < 0x20 || b == b'"' as usize || b == b'\\' as usize || b >= 0x7f;
        b += 1;
    }
    table
};

/// How a value is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// One member a line, two spaces a level, ": " after keys.
    Pretty,
    /// One line, no spaces.
    Compact,
}

/// Writes `value` to `out` in `layout`, ending with a line break.
pub(super) fn write_value<T: Serialize + ?Sized>(value: &T, layout: Layout, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = Writer { out, buf: Vec::with_capacity(FLUSH_AT + 1024), layout, level: 0, has_value: false };
    value.serialize(&mut writer).map_err(|e| e.0)?;
    writer.buf.push(b'\n');
    writer.out.write_all(&writer.buf)?;
    writer.out.flush()
}

/// An error of the output, or one a value reports while serializing.
#[derive(Debug)]
pub(super) struct Error(io::Error);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(io::Error::other(msg.to_string()))
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error(e)
    }
}

/// The serializer: a buffer before the output, and where the layout stands.
struct Writer<'a> {
    out: &'a mut dyn Write,
    buf: Vec<u8>,
    layout: Layout,
    /// Nesting depth.
    level: usize,
    /// Whether the array or object being closed had a member (serde_json's
    /// pretty formatter keeps one flag for all levels, and so does this).
    has_value: bool,
}

impl Writer<'_> {
    /// Hands the buffer to the output when it is full.
    fn spill(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn open(&mut self, mark: u8) {
        self.level += 1;
        self.has_value = false;
        self.buf.push(mark);
    }

    fn close(&mut self, mark: u8) {
        self.level -= 1;
        if self.layout == Layout::Pretty && self.has_value {
            self.new_line(true);
        }
        self.buf.push(mark);
    }

    /// Before a member: a comma unless `first`, and in pretty layout a line
    /// break and the indentation.
    fn before_member(&mut self, first: bool) -> io::Result<()> {
        self.spill()?;
        match self.layout {
            Layout::Pretty => self.new_line(first),
            Layout::Compact if !first => self.buf.push(b','),
            Layout::Compact => {}
        }
        Ok(())
    }

    fn new_line(&mut self, first: bool) {
        let from = usize::from(first);
        self.buf.extend_from_slice(&BREAK[from..2 + 2 * self.level.min(MAX_LEVEL)]);
        for _ in MAX_LEVEL..self.level {
            self.buf.extend_from_slice(b"  ");
        }
    }

    /// After a key, before its value.
    fn colon(&mut self) {
        match self.layout {
            Layout::Pretty => self.buf.extend_from_slice(b": "),
            Layout::Compact => self.buf.push(b':'),
        }
    }

    /// `s` as a JSON string: serde_json's escapes (`\"`, `\\`, the short
    /// forms of control characters, `\u00XX` for the others), and `\uXXXX`
    /// for DEL and every other unsafe character.
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.reserve(bytes.len() + 2);
        self.buf.push(b'"');
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
            let b = bytes[i];
            if !NEEDS_LOOK[usize::from(b)] {
                i += 1;
                continue;
            }
            let (escape, width): (&[u8], usize) = match b {
                b'"' => (b"\\\"", 1),
                b'\\' => (b"\\\\", 1),
                b'\n' => (b"\\n", 1),
                b'\r' => (b"\\r", 1),
                b'\t' => (b"\\t", 1),
                0x08 => (b"\\b", 1),
                0x0c => (b"\\f", 1),
                _ => {
                    let c = s[i..].chars().next().unwrap_or('\0');
                    if b >= 0x7f && !is_unsafe(c) {
                        i += c.len_utf8();
                        continue;
                    }
                    self.buf.extend_from_slice(&bytes[start..i]);
                    let _ = write!(self.buf, "\\u{:04x}", u32::from(c));
                    i += c.len_utf8();
                    start = i;
                    continue;
                }
            };
            self.buf.extend_from_slice(&bytes[start..i]);
            self.buf.extend_from_slice(escape);
            i += width;
            start = i;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    fn integer(&mut self, n: impl itoa::Integer) {
        self.buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// A float as serde_json writes one: the shortest form that reads back
    /// the same; null when it is not finite.
    fn float(&mut self, n: impl zmij::Float, finite: bool) {
        match finite {
            true => self.buf.extend_from_slice(zmij::Buffer::new().format_finite(n).as_bytes()),
            false => self.buf.extend_from_slice(b"null"),
        }
    }

    /// `{"variant": ` of an enum variant that holds data.
    fn open_variant(&mut self, variant: &str) -> io::Result<()> {
        self.open(b'{');
        self.before_member(true)?;
        self.string(variant);
        self.colon();
        Ok(())
    }
}

mod serialize;

#[cfg(test)]
mod tests;
