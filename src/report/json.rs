//! The JSON report: the [`Report`] with a `schema_version`, pretty-printed,
//! ending with a newline.
//!
//! The wire structs below are the contract with CI users (every field is
//! documented in docs/reports.md); they borrow from the report, so renaming an
//! internal field cannot change this output. New fields are only ever added,
//! and only when they carry something (`baseline` appears with `--baseline`).

use std::io::{self, Write};

use serde::Serialize;

use super::baseline::Mark;
use super::coverage::{total, ArticleCoverage};
use super::excerpt::is_unsafe;
use super::{ClaimResult, Evidence, InputError, Report};
use crate::coverage::Kind;
use crate::extract::date::YearRule;
use crate::matching::quote::DiffOp;
use crate::verdict::{Context, Field, MentionVerdict, Verdict};

/// Version of the JSON report's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest `schema_version` still read back as a baseline: version 2
/// added each mention's alignment and made weaker mentions `context`, but
/// kept every claim-level field.
pub const OLDEST_READ_VERSION: u32 = 1;

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
}

#[derive(Serialize)]
struct Wire<'a> {
    schema_version: u32,
    files: Vec<WireFile<'a>>,
    summary: WireSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<WireCoverage<'a>>,
    /// The files that could not be checked; absent when there are none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [InputError],
}

/// With `--coverage`: counts over every article, and each uncovered mention.
#[derive(Serialize)]
struct WireCoverage<'a> {
    figures: WireCounts,
    dates: WireCounts,
    quotes: WireCounts,
    uncovered: Vec<WireUncovered<'a>>,
}

#[derive(Serialize)]
struct WireCounts {
    total: usize,
    covered: usize,
    uncovered: usize,
}

#[derive(Serialize)]
struct WireUncovered<'a> {
    article: &'a str,
    kind: Kind,
    text: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct WireFile<'a> {
    claims: &'a str,
    article: &'a str,
    results: Vec<WireResult<'a>>,
}

#[derive(Serialize)]
struct WireResult<'a> {
    id: &'a str,
    statement: &'a str,
    verdict: Verdict,
    problems: &'a [Field],
    message: &'a str,
    line: usize,
    column: usize,
    evidence: Vec<WireEvidence<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<Mark>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accept: Option<WireAccept<'a>>,
}

/// A claim's reviewed exception: what was accepted, and whether it holds.
#[derive(Serialize)]
struct WireAccept<'a> {
    verdict: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    says: Option<&'a str>,
    reason: &'a str,
    holds: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    lapsed: Option<&'a str>,
}

#[derive(Serialize)]
struct WireEvidence<'a> {
    verdict: MentionVerdict,
    problems: &'a [Field],
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: &'a str,
    figure: Option<&'a str>,
    date: Option<&'a str>,
    date_iso: Option<&'a str>,
    year_rule: Option<YearRule>,
    source: Option<&'a str>,
    credit: Option<&'a str>,
    quote: Option<&'a str>,
    diff: Option<&'a [DiffOp]>,
    reason: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    alignment: Option<f64>,
    aligned_terms: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Context>,
}

#[derive(Serialize)]
struct WireSummary {
    claims: usize,
    supported: usize,
    conflicting: usize,
    unattributed: usize,
    not_found: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    new: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    known: Option<usize>,
}

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
        evidence: r.evidence.iter().map(wire_evidence).collect(),
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
    let s = &report.summary;
    let marks = |m: Mark| report.results().filter(|(_, r)| r.baseline == Some(m)).count();
    let wire = Wire {
        schema_version: SCHEMA_VERSION,
        files: report
            .files
            .iter()
            .map(|f| WireFile {
                claims: &f.claims,
                article: &f.article,
                results: f.results.iter().map(wire_result).collect(),
            })
            .collect(),
        summary: WireSummary {
            claims: s.claims,
            supported: s.supported,
            conflicting: s.conflicting,
            unattributed: s.unattributed,
            not_found: s.not_found,
            new: report.baseline.as_ref().map(|_| marks(Mark::New)),
            known: report.baseline.as_ref().map(|_| marks(Mark::Known)),
        },
        coverage: report.coverage.as_deref().map(wire_coverage),
        errors: &report.errors,
    };
    write_json(&wire, out)
}

/// A one-file report as one value (`check --jsonl`): the file's entry of
/// `files` with the report's `summary`, and its `errors` when there are any.
pub fn file_value(report: &Report) -> serde_json::Value {
    let s = &report.summary;
    let file = report.files.first();
    let mut value = serde_json::json!({
        "claims": file.map(|f| f.claims.as_str()),
        "article": file.map(|f| f.article.as_str()),
        "results": file.map(|f| f.results.iter().map(wire_result).collect::<Vec<_>>()),
        "summary": WireSummary {
            claims: s.claims,
            supported: s.supported,
            conflicting: s.conflicting,
            unattributed: s.unattributed,
            not_found: s.not_found,
            new: None,
            known: None,
        },
    });
    if !report.errors.is_empty() {
        value["errors"] = serde_json::json!(report.errors);
    }
    value
}

/// Writes `value` as pretty JSON with a final newline. serde_json escapes
/// C0 controls; every other unsafe character (see [`is_unsafe`]: C1
/// controls, bidirectional controls, line separators) is written as a
/// `\uXXXX` escape too, so no reader of the file shows text reordered.
/// Such characters occur only inside strings, where the escape means them.
pub fn write_json<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    writeln!(out, "{}", inert(&text))
}

/// Writes `value` as JSON on one line with a final newline (JSON Lines),
/// escaped as [`write_json`] escapes.
pub fn write_json_line<T: Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    let text = serde_json::to_string(value).map_err(io::Error::other)?;
    writeln!(out, "{}", inert(&text))
}

/// `text` with every unsafe character past C0 as a `\uXXXX` escape.
fn inert(text: &str) -> String {
    let mut inert = String::with_capacity(text.len());
    for c in text.chars() {
        // C0 controls here are the layout's own newlines: serde_json has
        // escaped every one inside a string.
        if c >= '\u{7f}' && is_unsafe(c) {
            inert.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            inert.push(c);
        }
    }
    inert
}
