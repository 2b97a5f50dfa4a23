//! The ratchet: an earlier JSON report read back, and each failing claim of
//! a new run marked as a `new` or a `known` failure against it.
//!
//! A saved report is read leniently: only the fields the ratchet and `diff`
//! compare are required, and unknown fields are ignored, so reports written
//! by later versions with the same `schema_version` still read. Claims are
//! matched by claims-file path (as given, without a leading `./`) and id.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::json::{OLDEST_READ_VERSION, SCHEMA_VERSION};
use super::Report;
use crate::confine::{read_limited, Trust};
use crate::error::Error;
use crate::source::utf8_text;
use crate::verdict::{Field, MentionVerdict, Verdict};

/// How a failing claim compares with the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Not in the baseline, or worse than it was there: it fails the run.
    New,
    /// Failing in the baseline already, and no worse: reported, but the run passes.
    Known,
}

/// A JSON report read back.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedReport {
    /// The report's `schema_version`.
    pub schema_version: u32,
    /// Its claims files.
    pub files: Vec<SavedFile>,
}

/// One claims file of a saved report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedFile {
    /// The claims file, as given then.
    pub claims: String,
    /// Its results.
    pub results: Vec<SavedResult>,
}

/// One claim of a saved report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedResult {
    /// The claim's id.
    pub id: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// The fields that conflicted.
    #[serde(default)]
    pub problems: Vec<Field>,
    /// The one-line message.
    #[serde(default)]
    pub message: String,
    /// The evidence.
    #[serde(default)]
    pub evidence: Vec<SavedEvidence>,
}

/// One piece of evidence of a saved report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedEvidence {
    /// The mention's verdict.
    pub verdict: MentionVerdict,
    /// Its line in the article.
    pub line: usize,
    /// Its column.
    pub column: usize,
    /// What the article says there.
    #[serde(default)]
    pub reason: String,
}

impl SavedReport {
    /// The result of claim `id` of claims file `claims`, if the report has it.
    pub fn find(&self, claims: &str, id: &str) -> Option<&SavedResult> {
        self.files.iter().filter(|f| same_path(&f.claims, claims)).flat_map(|f| &f.results).find(|r| r.id == id)
    }
}

/// Whether two claims-file paths, as given, name the same file.
pub fn same_path(a: &str, b: &str) -> bool {
    let norm = |p: &str| p.replace('\\', "/").trim_start_matches("./").to_string();
    norm(a) == norm(b)
}

/// Reads the JSON report at `path`, of at most `max_bytes`.
pub fn load(path: &Path, max_bytes: u64) -> Result<SavedReport, Error> {
    let bytes = read_limited(path, max_bytes, Trust::Operator)?;
    parse(path, &utf8_text(path, bytes)?)
}

/// Reads `text` as a JSON report (read from `path`).
pub fn parse(path: &Path, text: &str) -> Result<SavedReport, Error> {
    let report: SavedReport = serde_json::from_str(text).map_err(|e| Error::Report {
        path: path.to_path_buf(),
        line: e.line().max(1),
        column: e.column().max(1),
        message: format!(
            "not a claimcheck JSON report: {}",
            e.to_string().rsplit_once(" at line ").map_or(e.to_string(), |(m, _)| m.to_string())
        ),
    })?;
    if !(OLDEST_READ_VERSION..=SCHEMA_VERSION).contains(&report.schema_version) {
        return Err(Error::Report {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: format!(
                "unsupported schema_version {} (expected {OLDEST_READ_VERSION} to {SCHEMA_VERSION})",
                report.schema_version
            ),
        });
    }
    Ok(report)
}

/// How bad a verdict is, for the ratchet: supported, then unattributed (the
/// words are there, the credit is not), not found, conflicting.
fn severity(v: Verdict) -> u8 {
    match v {
        Verdict::Supported => 0,
        Verdict::Unattributed => 1,
        Verdict::NotFound => 2,
        Verdict::Conflicting => 3,
    }
}

/// Whether a claim got worse since `old`: a more severe verdict, or the same
/// verdict conflicting on a field that did not conflict before.
pub fn worse(old: &SavedResult, verdict: Verdict, problems: &[Field]) -> bool {
    severity(verdict) > severity(old.verdict)
        || (verdict == old.verdict && problems.iter().any(|p| !old.problems.contains(p)))
}

/// Marks every claim of `report` whose verdict is in `--fail-on` as a `new`
/// or a `known` failure against `saved`, and records the baseline's path.
pub fn mark(report: &mut Report, saved: &SavedReport, path: &str) {
    let fail_on = report.fail_on.clone();
    for file in &mut report.files {
        for r in file.results.iter_mut().filter(|r| fail_on.contains(&r.verdict)) {
            let known = saved.find(&file.claims, &r.id).is_some_and(|old| !worse(old, r.verdict, &r.problems));
            r.baseline = Some(if known { Mark::Known } else { Mark::New });
        }
    }
    report.baseline = Some(path.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(verdict: Verdict, problems: Vec<Field>) -> SavedResult {
        SavedResult { id: "a".into(), verdict, problems, message: String::new(), evidence: Vec::new() }
    }

    #[test]
    fn worse_means_a_more_severe_verdict_or_a_new_conflicting_field() {
        let conflicting_figure = saved(Verdict::Conflicting, vec![Field::Figure]);
        assert!(!worse(&conflicting_figure, Verdict::Conflicting, &[Field::Figure]));
        assert!(worse(&conflicting_figure, Verdict::Conflicting, &[Field::Figure, Field::Date]));
        assert!(!worse(&conflicting_figure, Verdict::Unattributed, &[Field::Source]));
        let supported = saved(Verdict::Supported, vec![]);
        assert!(worse(&supported, Verdict::Unattributed, &[Field::Source]));
        assert!(worse(&saved(Verdict::Unattributed, vec![Field::Source]), Verdict::NotFound, &[]));
        assert!(!worse(&saved(Verdict::NotFound, vec![]), Verdict::Unattributed, &[Field::Source]));
    }

    #[test]
    fn paths_match_as_given_without_a_leading_dot() {
        assert!(same_path("./claims/a.json", "claims/a.json"));
        assert!(same_path("claims\\a.json", "claims/a.json"));
        assert!(!same_path("claims/a.json", "other/a.json"));
    }
}
