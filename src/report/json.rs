//! The JSON report: the [`Report`] with a `schema_version`, pretty-printed,
//! ending with a newline. Field names are part of the contract with CI users
//! and are documented in the README.

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Report, Summary};

/// Version of the JSON report's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Wire<'a> {
    schema_version: u32,
    files: &'a [FileReport],
    summary: &'a Summary,
}

/// Writes the JSON report.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let wire = Wire { schema_version: SCHEMA_VERSION, files: &report.files, summary: &report.summary };
    write_json(&wire, out)
}

/// Writes `value` as pretty JSON with a final newline.
pub fn write_json<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}
