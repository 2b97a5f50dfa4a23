//! Reading a claims file's raw JSON with positions: each value borrows
//! from the text, so its address gives its line and column, and objects
//! are read entry by entry so a duplicate key is an error, not a silent
//! overwrite.

use std::collections::BTreeMap;
use std::fmt::{self, Display};
use std::path::Path;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::error::Error;
use crate::source::{slice, LineIndex, Span};

/// A claim's field as errors name it ("`unit` of claim `x`"), written out
/// only if there is an error: a claims file is read field by field.
pub(super) struct ClaimField<'a> {
    pub field: &'a str,
    pub id: &'a str,
}

impl Display for ClaimField<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` of claim `{}`", self.field, self.id)
    }
}

/// A field within another as errors name it ("`min` in `figure` of claim
/// `x`"), written out only if there is an error.
pub(super) struct Inner<'a, W> {
    pub field: &'a str,
    pub of: &'a W,
}

impl<W: Display> Display for Inner<'_, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` in {}", self.field, self.of)
    }
}

/// The longest claim or source id, in characters.
const MAX_ID: usize = 128;

/// Checks an id (of a claim or a source, `what`): letters, digits, `.`,
/// `_`, `-` and `/`, at most [`MAX_ID`] characters, so an id printed in a
/// report or a CI log can carry no markup, escape or command.
pub(super) fn check_id(doc: &Doc, raw: &RawValue, id: &str, what: impl Display) -> Result<(), Error> {
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))) {
        return Err(doc.value_error(
            raw,
            format!(
                "{what} holds the character '{}' (U+{:04X}); expected letters, digits, '.', '_', '-' and '/'",
                c.escape_debug(),
                u32::from(c)
            ),
        ));
    }
    if id.chars().count() > MAX_ID {
        return Err(doc.value_error(raw, format!("{what} is longer than {MAX_ID} characters")));
    }
    Ok(())
}

/// The claims text with its line index, for positions.
pub(super) struct Doc<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub lines: LineIndex,
}

/// An object's fields by name.
pub(super) type Fields<'a> = BTreeMap<String, &'a RawValue>;

/// An object's entries in file order, duplicates kept (serde_json's maps
/// keep the last of two equal keys silently).
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    out.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(Entries(out))
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

impl<'a> Doc<'a> {
    pub fn error_at(&self, offset: usize, message: impl Into<String>) -> Error {
        let pos = self.lines.position(self.text, offset);
        Error::Claims { path: self.path.to_path_buf(), line: pos.line, column: pos.column, message: message.into() }
    }

    /// Byte offset of a raw value inside the document (raw values borrow
    /// from the text, so their address tells where they are).
    pub fn offset(&self, raw: &RawValue) -> usize {
        let at = raw.get().as_ptr() as usize;
        let base = self.text.as_ptr() as usize;
        at.saturating_sub(base).min(self.text.len())
    }

    /// Byte offset of the key whose value is `raw`: the quoted string before
    /// the colon before the value.
    pub fn key_offset(&self, raw: &RawValue) -> usize {
        let value = self.offset(raw);
        let before = slice(self.text, Span::new(0, value));
        let colon = before.trim_end().strip_suffix(':').map(str::len);
        colon
            .and_then(|c| {
                let key_end = slice(self.text, Span::new(0, c)).trim_end().len().checked_sub(1)?;
                slice(self.text, Span::new(0, key_end)).rfind('"')
            })
            .unwrap_or(value)
    }

    pub fn value_error(&self, raw: &RawValue, message: impl Into<String>) -> Error {
        self.error_at(self.offset(raw), message)
    }

    pub fn object(&self, raw: &'a RawValue, what: impl Display, allowed: &[&str]) -> Result<Fields<'a>, Error> {
        let Entries(entries) = serde_json::from_str(raw.get())
            .map_err(|_| self.value_error(raw, format!("expected an object for {what}")))?;
        let mut fields = Fields::new();
        for (key, value) in entries {
            if let Some(first) = fields.get(&key) {
                let at = self.lines.position(self.text, self.key_offset(first));
                return Err(self.error_at(
                    self.key_offset(value),
                    format!("duplicate key `{key}` in {what} (first at line {}, column {})", at.line, at.column),
                ));
            }
            fields.insert(key, value);
        }
        for (key, value) in &fields {
            if !allowed.contains(&key.as_str()) {
                let hint = closest(key, allowed).map(|c| format!(", did you mean `{c}`?")).unwrap_or_default();
                return Err(self.error_at(
                    self.key_offset(value),
                    format!("unknown field `{key}` in {what}{hint} (expected one of: {})", allowed.join(", ")),
                ));
            }
        }
        Ok(fields)
    }

    pub fn value(&self, raw: &RawValue) -> Result<Value, Error> {
        serde_json::from_str(raw.get()).map_err(|e| self.value_error(raw, e.to_string()))
    }

    pub fn string(&self, raw: &RawValue, what: impl Display) -> Result<String, Error> {
        match self.value(raw)? {
            Value::String(s) if !s.trim().is_empty() => Ok(s),
            Value::String(_) => Err(self.value_error(raw, format!("{what} is empty (expected some text)"))),
            other => Err(self.value_error(raw, format!("expected a string for {what}, found {}", kind_of(&other)))),
        }
    }

    pub fn number(&self, raw: &RawValue, what: impl Display) -> Result<f64, Error> {
        match self.value(raw)? {
            Value::Number(n) => n.as_f64().ok_or_else(|| self.value_error(raw, format!("{what} is out of range"))),
            other => Err(self.value_error(raw, format!("expected a number for {what}, found {}", kind_of(&other)))),
        }
    }

    pub fn boolean(&self, raw: &RawValue, what: impl Display) -> Result<bool, Error> {
        match self.value(raw)? {
            Value::Bool(b) => Ok(b),
            other => {
                Err(self.value_error(raw, format!("expected true or false for {what}, found {}", kind_of(&other))))
            }
        }
    }

    pub fn array(&self, raw: &'a RawValue, what: impl Display) -> Result<Vec<&'a RawValue>, Error> {
        serde_json::from_str(raw.get()).map_err(|_| self.value_error(raw, format!("expected an array for {what}")))
    }
}

/// The kind of a JSON value, in words.
pub(super) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The allowed name closest to `key`, if it is close enough to be a typo.
fn closest<'b>(key: &str, allowed: &[&'b str]) -> Option<&'b str> {
    allowed
        .iter()
        .map(|a| (strsim::damerau_levenshtein(&key.to_lowercase(), a), *a))
        .filter(|&(d, a)| d <= 2.max(a.len() / 3))
        .min()
        .map(|(_, a)| a)
}
