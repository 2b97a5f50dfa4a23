//! The ratchet: an earlier JSON report read back, and each failing claim of
//! a new run marked as a `new` or a `known` failure against it.
//!
//! A saved report is read leniently: only the fields the ratchet and `diff`
//! compare are required, and unknown fields are ignored, so reports written
//! by later versions with the same `schema_version` still read. Claims are
//! matched by claims-file path and id; paths are compared relative to the
//! working folder, so `claims/a.json`, `./claims/a.json` and its absolute
//! path are one file.

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::json::{OLDEST_READ_VERSION, SCHEMA_VERSION};
use super::Report;
use crate::confine::{read_limited, Trust};
use crate::error::Error;
use crate::source::utf8_text;
use crate::verdict::{Field, MentionVerdict, Verdict};

/// How a failing claim compares with the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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
    /// The working folder its claims-file paths are relative to.
    #[serde(skip)]
    pub workdir: PathBuf,
}

/// One claims file of a saved report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SavedFile {
    /// The claims file, as given then.
    pub claims: String,
    /// The article it was checked against (empty in reports that lack it).
    #[serde(default)]
    pub article: String,
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
        self.find_with_file(claims, id).map(|(_, r)| r)
    }

    /// The result of claim `id` of claims file `claims`, with its file.
    pub fn find_with_file(&self, claims: &str, id: &str) -> Option<(&SavedFile, &SavedResult)> {
        self.files
            .iter()
            .filter(|f| self.same_path(&f.claims, claims))
            .find_map(|f| f.results.iter().find(|r| r.id == id).map(|r| (f, r)))
    }

    /// Whether two claims-file paths name the same file (see [`normal_path`]).
    pub fn same_path(&self, a: &str, b: &str) -> bool {
        normal_path(a, &self.workdir) == normal_path(b, &self.workdir)
    }
}

/// `path` as a key to match claims files by: `/` separators, `.` and `x/..`
/// segments resolved, and an absolute path inside `workdir` made relative to it.
pub fn normal_path(path: &str, workdir: &Path) -> String {
    let path = PathBuf::from(path.replace('\\', "/"));
    let path = match path.strip_prefix(workdir) {
        Ok(inside) if path.is_absolute() => inside.to_path_buf(),
        _ => path,
    };
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if parts.last().is_some_and(|p| p != ".." && !p.is_empty()) => {
                parts.pop();
            }
            Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    if parts.len() == 1 && parts[0].is_empty() {
        return "/".to_string();
    }
    parts.join("/")
}

/// Reads the JSON report at `path`, of at most `max_bytes`.
pub fn load(path: &Path, max_bytes: u64, workdir: &Path) -> Result<SavedReport, Error> {
    let bytes = read_limited(path, max_bytes, Trust::Operator)?;
    let mut report = parse(path, &utf8_text(path, bytes)?)?;
    report.workdir = workdir.to_path_buf();
    Ok(report)
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
/// or a `known` failure against `saved`, and records the baseline's path;
/// warns when `saved` holds claims but none of the report's (a baseline of
/// other claims files, or of the same ones under paths that differ); an
/// empty baseline is a deliberate start and is not warned about.
pub fn mark(report: &mut Report, saved: &SavedReport, path: &str) {
    let matched = report.results().any(|(f, r)| saved.find(&f.claims, &r.id).is_some());
    let saved_any = saved.files.iter().any(|f| !f.results.is_empty());
    if !matched && saved_any && report.summary.claims > 0 {
        let mut theirs: Vec<&str> = saved.files.iter().map(|f| f.claims.as_str()).collect();
        theirs.dedup();
        let theirs = theirs.join(", ");
        report.warnings.push(format!(
            "the baseline {path} matches no claim of this run (its claims files: {theirs}), so every failure counts as new"
        ));
    }
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
    fn paths_match_relative_to_the_working_folder() {
        let saved = SavedReport { schema_version: SCHEMA_VERSION, files: Vec::new(), workdir: "/w/desk".into() };
        assert!(saved.same_path("./claims/a.json", "claims/a.json"));
        assert!(saved.same_path("claims\\a.json", "claims/a.json"));
        assert!(saved.same_path("/w/desk/claims/a.json", "claims/a.json"));
        assert!(saved.same_path("claims/x/../a.json", "./claims/./a.json"));
        assert!(!saved.same_path("claims/a.json", "other/a.json"));
        assert!(!saved.same_path("/elsewhere/claims/a.json", "claims/a.json"));
        assert!(!saved.same_path("../a.json", "a.json"));
        assert_eq!(normal_path("/w/desk", Path::new("/w/desk")), "");
        assert_eq!(normal_path("/a/b", Path::new("/w")), "/a/b");
    }
}
