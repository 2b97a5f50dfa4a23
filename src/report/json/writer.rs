//! The JSON writer of the reports: a serde serializer that writes exactly
//! what serde_json's pretty formatter (two spaces a level) or its compact
//! one writes, with every unsafe character ([`is_unsafe`]: C1 controls,
//! bidirectional controls, line separators) escaped as `\uXXXX` too, so no
//! reader of the file shows text reordered.
//!
//! serde_json sends each mark, key and piece of a string through its
//! formatter, one write at a time, and reads every byte of a string through
//! its escape table and then again for the unsafe characters. A report is
//! mostly short keys and values, so that cost per piece was about an eighth
//! of `extract`'s time. Here the line break, indentation and key are
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

/// What closes a compound value: its own mark, then, for an enum variant
/// that holds data, the object around it.
#[derive(Clone, Copy)]
enum Close {
    Array,
    Object,
    ArrayInVariant,
    ObjectInVariant,
}

/// An array or object being written.
struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    first: bool,
    close: Close,
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.w.before_member(self.first)?;
        self.first = false;
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.w.before_member(self.first)?;
        self.first = false;
        self.w.string(key);
        self.w.colon();
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        match self.close {
            Close::Array => self.w.close(b']'),
            Close::Object => self.w.close(b'}'),
            Close::ArrayInVariant | Close::ObjectInVariant => {
                let mark = if matches!(self.close, Close::ArrayInVariant) { b']' } else { b'}' };
                self.w.close(mark);
                self.w.has_value = true;
                self.w.close(b'}');
            }
        }
        Ok(())
    }
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.buf.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.integer(v);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v, v.is_finite());
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = ser::Serializer::serialize_seq(self, Some(v.len()))?;
        v.iter().try_for_each(|b| ser::SerializeSeq::serialize_element(&mut seq, b))?;
        ser::SerializeSeq::end(seq)
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.buf.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant)?;
        value.serialize(&mut *self)?;
        self.has_value = true;
        self.close(b'}');
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.open(b'[');
        Ok(Compound { w: self, first: true, close: Close::Array })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.open_variant(variant)?;
        self.open(b'[');
        Ok(Compound { w: self, first: true, close: Close::ArrayInVariant })
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.open(b'{');
        Ok(Compound { w: self, first: true, close: Close::Object })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'w, 'a>, Error> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.open_variant(variant)?;
        self.open(b'{');
        Ok(Compound { w: self, first: true, close: Close::ObjectInVariant })
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.w.before_member(self.first)?;
        self.first = false;
        // As serde_json writes a key: a string as it is, a number or a
        // boolean inside quotation marks, anything else refused.
        let at = self.w.buf.len();
        key.serialize(&mut *self.w)?;
        match self.w.buf.get(at) {
            Some(b'"') => {}
            Some(b'-' | b'0'..=b'9' | b't' | b'f') => {
                self.w.buf.insert(at, b'"');
                self.w.buf.push(b'"');
            }
            _ => return Err(ser::Error::custom("a key must be a string, a number or a boolean")),
        }
        self.w.colon();
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)?;
        self.w.has_value = true;
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests;
