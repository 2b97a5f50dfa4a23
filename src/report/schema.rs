//! The JSON Schema of the machine-readable reports, for
//! `claimcheck schema --report`: the JSON report of `check --format json`
//! at the top level, and in `$defs`, beside the report's own parts, the
//! line of `check --jsonl` (`CheckJsonlLine`), the line of `extract --jsonl`
//! (`ExtractJsonlLine`) and the report of `extract --format json`
//! (`ExtractReport`). Those names are part of the contract (docs/reports.md).
//!
//! It is generated with schemars from the wire types that write those
//! outputs, for the serialize contract: a field is required unless it is
//! left out when empty, and a field written as `null` says so. Objects are
//! open, since later versions only ever add fields.

use schemars::generate::SchemaSettings;

use super::extract::{ExtractReport, JsonLine};
use super::json::wire::{CheckLine, Wire};

/// The JSON Schema (draft 2020-12) of the reports, pretty-printed with a
/// final newline.
pub fn report_schema() -> String {
    let mut generator = SchemaSettings::draft2020_12().for_serialize().into_generator();
    generator.subschema_for::<CheckLine>();
    generator.subschema_for::<JsonLine>();
    generator.subschema_for::<ExtractReport>();
    let schema = generator.into_root_schema_for::<Wire>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
