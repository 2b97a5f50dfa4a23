//! A serde_json formatter that writes JSON inert: serde_json escapes C0
//! controls; every other unsafe character (see [`is_unsafe`]: C1 controls,
//! bidirectional controls, line separators) is written as a `\uXXXX` escape
//! too, so no reader of the file shows text reordered. Such characters occur
//! only inside strings, where the escape means them. Escaping while writing
//! keeps a report from being held whole, twice, in memory.

use std::io::{self, Write};

use serde_json::ser::Formatter;

use crate::report::excerpt::is_unsafe;

/// The formatter `F` (pretty or compact) with unsafe characters escaped.
pub(super) struct Inert<F>(pub(super) F);

/// Delegates each layout method to the wrapped formatter.
macro_rules! delegate {
    ($($name:ident),* ; $($with_first:ident),*) => {
        $(fn $name<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
            self.0.$name(writer)
        })*
        $(fn $with_first<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
            self.0.$with_first(writer, first)
        })*
    };
}

impl<F: Formatter> Formatter for Inert<F> {
    delegate!(begin_array, end_array, end_array_value, begin_object, end_object, begin_object_value, end_object_value;
        begin_array_value, begin_object_key);

    fn write_string_fragment<W: ?Sized + Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        // Nearly every fragment has no character from U+007F on: written whole.
        if fragment.bytes().all(|b| b < 0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| c >= '\u{7f}' && is_unsafe(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }
}
