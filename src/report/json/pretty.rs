//! Pretty JSON as serde_json's pretty formatter lays it out (two spaces a
//! level), with each line break and its indentation written in one piece:
//! a report's keys are most of its lines, and writing the indentation a
//! level at a time cost more than the keys themselves.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// A comma, a line break and the indentation of [`MAX_LEVEL`] levels.
const BREAK: [u8; 2 + 2 * MAX_LEVEL] = {
    let mut line = [b' '; 2 + 2 * MAX_LEVEL];
    line[0] = b',';
    line[1] = b'\n';
    line
};
/// The deepest level written in one piece; deeper ones are written on.
const MAX_LEVEL: usize = 32;

/// serde_json's `PrettyFormatter` with two spaces a level.
#[derive(Debug, Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// Writes a line break (after a comma unless `first`) and the
    /// indentation of the current level.
    fn new_line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        writer.write_all(&BREAK[from..2 + 2 * self.level.min(MAX_LEVEL)])?;
        for _ in MAX_LEVEL..self.level {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(mark)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use serde_json::ser::PrettyFormatter;

    use super::*;

    fn written<F: Formatter>(value: &serde_json::Value, formatter: F) -> String {
        let mut out = Vec::new();
        serde::Serialize::serialize(value, &mut serde_json::Serializer::with_formatter(&mut out, formatter))
            .expect("writes to memory");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    #[test]
    fn lays_out_as_serde_json_does_empty_nested_and_deep_values() {
        let mut deep = json!("bottom");
        for k in 0..40 {
            deep = if k % 2 == 0 { json!([deep, {}, []]) } else { json!({ "k": deep, "n": null }) };
        }
        for value in [
            json!({}),
            json!([]),
            json!({ "a": [], "b": {}, "c": [1, [2, []], { "d": "e" }], "f": { "g": { "h": [true] } } }),
            json!([[[[]]], { "x": [{}, { "y": 1.5 }] }]),
            deep,
        ] {
            assert_eq!(written(&value, Pretty::default()), written(&value, PrettyFormatter::new()), "{value}");
        }
    }
}
