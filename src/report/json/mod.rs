//! The JSON report: the [`Report`] turned into its [`wire`] types, with a
//! `schema_version`, pretty-printed, ending with a newline; and the lines of
//! `check --jsonl`.

pub mod wire;
mod writer;

use std::io::{self, Write};

use serde::Serialize;

use writer::Layout;

use super::baseline::Mark;
use super::coverage::{total, ArticleCoverage};
use super::{ClaimResult, Evidence, FileReport, Report, Summary};
use crate::coverage::Kind;
use wire::{
    Each, JobReport, Wire, WireAccept, WireCounts, WireCoverage, WireEvidence, WireFile, WireResult, WireSummary,
    WireUncovered,
};

/// Version of the JSON report's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest `schema_version` still read back as a baseline: version 2
/// added each mention's alignment and made weaker mentions `context`, but
/// kept every claim-level field.
pub const OLDEST_READ_VERSION: u32 = 1;

fn wire_evidence(e: &Evidence) -> WireEvidence<'_> {
    WireEvidence {
        verdict: e.verdict,
        problems: &e.problems,
        line: e.line,
        column: e.column,
        start: e.start,
        end: e.end,
        text: &e.text,
        figure: e.figure.as_deref(),
        date: e.date.as_deref(),
        date_iso: e.date_iso.as_deref(),
        year_rule: e.year_rule,
        source: e.source.as_deref(),
        credit: e.credit,
        quote: e.quote.as_deref(),
        diff: e.diff.as_deref(),
        reason: &e.reason,
        alignment: e.alignment.map(|a| (a * 100.0).round() / 100.0),
        aligned_terms: &e.aligned_terms,
        context: e.context,
    }
}

fn wire_result(r: &ClaimResult) -> WireResult<'_> {
    WireResult {
        id: &r.id,
        statement: &r.statement,
        verdict: r.verdict,
        problems: &r.problems,
        message: &r.message,
        line: r.line,
        column: r.column,
        evidence: Each::new(&r.evidence, wire_evidence),
        baseline: r.baseline,
        accept: r.accept.as_ref().map(|a| WireAccept {
            verdict: a.verdict,
            says: a.says.as_deref(),
            reason: &a.reason,
            holds: a.holds(),
            lapsed: a.lapsed.as_deref(),
        }),
    }
}

fn wire_coverage(sections: &[ArticleCoverage]) -> WireCoverage<'_> {
    let counts = |kind| {
        let c = total(sections, kind);
        WireCounts { total: c.total, covered: c.covered, uncovered: c.uncovered() }
    };
    let uncovered = sections
        .iter()
        .flat_map(|s| s.uncovered().map(move |m| (s, m)))
        .map(|(s, m)| WireUncovered {
            article: &s.article,
            kind: m.kind,
            text: &m.text,
            line: m.line,
            column: m.column,
            start: m.start,
            end: m.end,
            sentence: &m.sentence,
        })
        .collect();
    WireCoverage { figures: counts(Kind::Figure), dates: counts(Kind::Date), quotes: counts(Kind::Quote), uncovered }
}

/// Writes the JSON report.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let marks = |m: Mark| report.results().filter(|(_, r)| r.baseline == Some(m)).count();
    let wire = Wire {
        schema_version: SCHEMA_VERSION,
        files: Each::new(&report.files, wire_file),
        summary: WireSummary {
            new: report.baseline.as_ref().map(|_| marks(Mark::New)),
            known: report.baseline.as_ref().map(|_| marks(Mark::Known)),
            ..wire_summary(&report.summary)
        },
        coverage: report.coverage.as_deref().map(wire_coverage),
        errors: &report.errors,
    };
    write_json(&wire, out)
}

/// One claims file's report as a `check --jsonl` line carries it: `file`'s
/// entry of `files` with the `summary` of its run.
pub fn job_report<'a>(file: &'a FileReport, summary: &Summary) -> JobReport<'a> {
    JobReport { file: wire_file(file), summary: wire_summary(summary) }
}

fn wire_file(file: &FileReport) -> WireFile<'_> {
    WireFile { claims: &file.claims, article: &file.article, results: Each::new(&file.results, wire_result) }
}

fn wire_summary(s: &Summary) -> WireSummary {
    WireSummary {
        claims: s.claims,
        supported: s.supported,
        conflicting: s.conflicting,
        unattributed: s.unattributed,
        not_found: s.not_found,
        new: None,
        known: None,
    }
}

/// Writes `value` as pretty JSON with a final newline, every unsafe
/// character escaped (see `json/writer.rs`), as it is serialized.
pub fn write_json<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    writer::write_value(value, Layout::Pretty, out)
}

/// Writes `value` as JSON on one line with a final newline (JSON Lines),
/// escaped as [`write_json`] escapes.
pub fn write_json_line<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    writer::write_value(value, Layout::Compact, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_c1_controls_are_escaped_in_json() {
        let mut out = Vec::new();
        write_json(&serde_json::json!({"id": "a\u{202e}b\u{85}c\u{1b}"}), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r#""a\u202eb\u0085c\u001b""#), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["id"], "a\u{202e}b\u{85}c\u{1b}");
    }

    #[test]
    fn json_lines_are_escaped_alike_in_keys_and_values_and_keep_other_text() {
        let mut out = Vec::new();
        let value = serde_json::json!({"k\u{2028}": ["é\u{200f}", "“137” – £3bn"]});
        write_json_line(&value, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "{\"k\\u2028\":[\"é\\u200f\",\"“137” – £3bn\"]}\n");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), value);
    }

    #[test]
    fn the_delete_control_is_escaped_and_plain_ascii_written_whole() {
        let mut out = Vec::new();
        write_json_line(&serde_json::json!(["a\u{7f}b", "plain ~ text"]), &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "[\"a\\u007fb\",\"plain ~ text\"]\n");
    }
}
