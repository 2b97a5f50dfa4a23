//! The report model: what a run found, per claims file, claim and piece of
//! evidence, with every span already turned into text and a place.

use std::ops::Range;
use std::sync::Arc;

use super::baseline::Mark;
use super::coverage::{summary_line, ArticleCoverage};
use super::{clean, Excerpt};
use crate::matching::quote::DiffOp;
use crate::source::{SharedText, Span};
use crate::verdict::{Context, Field, MentionVerdict, Verdict};

/// How many of the sentences that hold a claim's terms but no value of its
/// kind the report keeps: in a long article a claim of common words has
/// thousands, and a reader is shown where to look, not all of them.
pub const NEAR_SHOWN: usize = 5;

/// Where a claim stands against `--fail-on` (and the baseline, if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Its verdict is listed in `--fail-on` and it is not a known failure: it fails the run.
    Fails,
    /// Not supported, but it does not fail the run: a verdict outside
    /// `--fail-on`, or a failure the baseline already had.
    Warns,
    /// Supported.
    Passes,
}

/// The whole report of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// One entry per claims file, in the order given.
    pub files: Vec<FileReport>,
    /// Verdict counts over all files.
    pub summary: Summary,
    /// The verdicts that fail the run (`--fail-on`).
    pub fail_on: Vec<Verdict>,
    /// The earlier report this one was compared with (`--baseline`), as given.
    pub baseline: Option<String>,
    /// With `--coverage`: each article's figures, dates and quotes, and
    /// which a claim covers.
    pub coverage: Option<Vec<ArticleCoverage>>,
    /// An uncovered figure, date or quote fails the run (`--fail-on uncovered`).
    pub fail_uncovered: bool,
    /// Warnings about the run itself (not about claims), for standard error.
    pub warnings: Vec<String>,
    /// The claims files and articles that could not be read or parsed, in
    /// the order given; every other file was still checked.
    pub errors: Vec<InputError>,
}

/// A claims file or article a batch could not read or parse: reported with
/// its place, while the rest of the batch goes on; the run exits with 2.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct InputError {
    /// The file, as given (`/` separators).
    pub path: String,
    /// Line of the problem (1 when it concerns the whole file).
    pub line: usize,
    /// Column of the problem (1 when it concerns the whole file).
    pub column: usize,
    /// What was wrong and what was expected.
    pub message: String,
    /// The error as one line, as it stopped the run before batches went
    /// on (the place as the error gives it: no line for a whole file).
    #[serde(skip)]
    pub error: String,
}

impl InputError {
    /// The diagnostic of `err`.
    pub fn of(err: &crate::error::Error) -> InputError {
        let (path, line, column) =
            err.position().map_or((String::new(), 1, 1), |(p, l, c)| (super::display_path(p), l, c));
        InputError { path, line, column, message: err.detail(), error: clean(&err.to_string()) }
    }

    /// `path:line:column: message`, inert.
    pub fn line(&self) -> String {
        clean(&format!("{}:{}:{}: {}", self.path, self.line, self.column, self.message))
    }
}

impl Report {
    /// The report of `files`, with its summary, failing on `fail_on`.
    pub fn new(files: Vec<FileReport>, fail_on: Vec<Verdict>) -> Report {
        let summary = Summary::of(&files);
        Report {
            files,
            summary,
            fail_on,
            baseline: None,
            coverage: None,
            fail_uncovered: false,
            warnings: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Whether the uncovered mentions fail the run, and there are some.
    pub fn uncovered_fail(&self) -> bool {
        self.fail_uncovered && self.coverage.iter().flatten().any(|c| c.uncovered().next().is_some())
    }

    /// Where `result` stands: failing, warning or passing.
    pub fn standing(&self, result: &ClaimResult) -> Standing {
        if result.accept.as_ref().is_some_and(AcceptState::holds) {
            return Standing::Warns;
        }
        if self.fail_on.contains(&result.verdict) && result.baseline != Some(Mark::Known) {
            Standing::Fails
        } else if result.verdict == Verdict::Supported {
            Standing::Passes
        } else {
            Standing::Warns
        }
    }

    /// Every claim with its file, in report order.
    pub fn results(&self) -> impl Iterator<Item = (&FileReport, &ClaimResult)> {
        self.files.iter().flat_map(|f| f.results.iter().map(move |r| (f, r)))
    }

    /// Whether any claim fails the run.
    pub fn failed(&self) -> bool {
        self.results().any(|(_, r)| self.standing(r) == Standing::Fails) || self.uncovered_fail()
    }

    /// One claims file's summary: "claims/a.json: 3 of 26 claims fail;
    /// 16 supported, 6 conflicting, 2 unattributed, 2 not_found" (the
    /// verdicts with no claim left out), for runs over several files.
    pub fn file_line(&self, file: &FileReport) -> String {
        let failing = file.results.iter().filter(|r| self.standing(r) == Standing::Fails).count();
        let counts: Vec<String> = [Verdict::Supported, Verdict::Conflicting, Verdict::Unattributed, Verdict::NotFound]
            .into_iter()
            .map(|v| (v, file.results.iter().filter(|r| r.verdict == v).count()))
            .filter(|&(_, n)| n > 0)
            .map(|(v, n)| format!("{n} {}", v.name()))
            .collect();
        let verb = if failing == 1 { "fails" } else { "fail" };
        format!("{}: {failing} of {} claims {verb}; {}", clean(&file.claims), file.results.len(), counts.join(", "))
    }

    /// One row per verdict for the summary tables of the human formats.
    pub fn summary_rows(&self) -> Vec<SummaryRow> {
        [Verdict::Supported, Verdict::Conflicting, Verdict::Unattributed, Verdict::NotFound]
            .into_iter()
            .map(|verdict| {
                let of_verdict: Vec<&ClaimResult> =
                    self.results().map(|(_, r)| r).filter(|r| r.verdict == verdict).collect();
                SummaryRow {
                    verdict,
                    claims: of_verdict.len(),
                    failing: of_verdict.iter().filter(|r| self.standing(r) == Standing::Fails).count(),
                    known: of_verdict.iter().filter(|r| r.baseline == Some(Mark::Known)).count(),
                }
            })
            .collect()
    }

    /// "10 of 26 claims fail (conflicting, unattributed, not_found)", with
    /// the known failures when there is a baseline.
    pub fn outcome_line(&self) -> String {
        let rows = self.summary_rows();
        let failing: usize = rows.iter().map(|r| r.failing).sum();
        let known: usize = rows.iter().map(|r| r.known).sum();
        let mut listed: Vec<&str> = self.fail_on.iter().map(|v| v.name()).collect();
        if self.fail_uncovered {
            listed.push("uncovered");
        }
        let listed = if listed.is_empty() { "none".to_string() } else { listed.join(", ") };
        let verb = if failing == 1 { "fails" } else { "fail" };
        let mut line = format!("{failing} of {} claims {verb} (--fail-on {listed})", self.summary.claims);
        if let Some(path) = &self.baseline {
            line += &format!("; {known} known from the baseline {}", clean(path));
        }
        let accepted = self.results().filter(|(_, r)| r.accept.as_ref().is_some_and(AcceptState::holds)).count();
        let lapsed = self.results().filter(|(_, r)| r.accept.as_ref().is_some_and(|a| !a.holds())).count();
        if accepted + lapsed > 0 {
            line += &format!("; {accepted} accepted");
        }
        if lapsed > 0 {
            line += &format!(", {lapsed} no longer");
        }
        if let Some(coverage) = &self.coverage {
            line += &format!("; {}", summary_line(coverage));
            if self.uncovered_fail() {
                line += ", which fail the run";
            }
        }
        if !self.errors.is_empty() {
            let n = self.errors.len();
            line += &format!("; {n} {} could not be checked", if n == 1 { "file" } else { "files" });
        }
        line
    }
}

/// One verdict's line of a summary table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryRow {
    /// The verdict.
    pub verdict: Verdict,
    /// Claims with it.
    pub claims: usize,
    /// Of those, claims that fail the run.
    pub failing: usize,
    /// Of those, failures the baseline already had.
    pub known: usize,
}

/// The results of one claims file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The claims file, as given.
    pub claims: String,
    /// The article it was checked against.
    pub article: String,
    /// One result per claim, in file order.
    pub results: Vec<ClaimResult>,
    /// The article's text, for the reports that show it whole (HTML).
    pub text: ArticleText,
    /// The article's text as read and its lines, shared: the excerpts of
    /// its evidence are drawn from it when a report shows them.
    pub source: SharedText,
}

impl FileReport {
    /// The article lines around `span` (bytes of the article's text), with
    /// `span` as the focus.
    pub fn excerpt(&self, span: Span) -> Excerpt {
        Excerpt::of(&self.source.text, &self.source.lines, span)
    }
}

/// An article's text as a report shows it whole: the scan copy (markup
/// blanked, character references decoded, same offsets) and its paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleText {
    /// The text, shared by every report of the same article.
    pub text: Arc<str>,
    /// Bytes of the file before `text` (a byte-order mark): subtracted from
    /// a file offset to index `text`.
    pub offset: usize,
    /// Each paragraph's bytes in `text`, and whether it is a heading.
    pub paragraphs: Vec<(Range<usize>, bool)>,
}

/// The result of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimResult {
    /// The claim's id.
    pub id: String,
    /// The claim's statement.
    pub statement: String,
    /// Its verdict.
    pub verdict: Verdict,
    /// What the claim says, field by field, as written in the claims file.
    pub claimed: Vec<(Field, String)>,
    /// The fields that conflict (`source` for `unattributed`).
    pub problems: Vec<Field>,
    /// One line that says why.
    pub message: String,
    /// Line of the claim's `"id"` in the claims file.
    pub line: usize,
    /// Column of the claim's `"id"` in the claims file.
    pub column: usize,
    /// The places in the article that decide it.
    pub evidence: Vec<Evidence>,
    /// The claims-file line of the claim, its `"id"` as the span.
    pub origin: Excerpt,
    /// The first five sentences, in text order, that hold the
    /// claim's terms but no figure or date of its kind (their bytes in the
    /// article's text; see [`FileReport::excerpt`]).
    pub near: Vec<Span>,
    /// How many more such sentences the article has (`--explain` lists
    /// them all).
    pub near_more: usize,
    /// With `--baseline`: whether a claim with a `--fail-on` verdict is a new or a known failure.
    pub baseline: Option<Mark>,
    /// The claim's reviewed exception (`accept`), if it has one.
    pub accept: Option<AcceptState>,
}

/// A claim's reviewed exception, as this run found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptState {
    /// The verdict accepted.
    pub verdict: &'static str,
    /// The article's words accepted, if the desk pinned them.
    pub says: Option<String>,
    /// Why the desk accepts the claim.
    pub reason: String,
    /// Why it no longer holds (its verdict or evidence changed); none while it holds.
    pub lapsed: Option<String>,
}

impl AcceptState {
    /// Whether the acceptance holds: then the claim does not fail the run.
    pub fn holds(&self) -> bool {
        self.lapsed.is_none()
    }
}

impl Evidence {
    /// Whether this mention carries its claim's verdict `claim` (a deciding mention).
    pub fn decides(&self, claim: Verdict) -> bool {
        matches!(
            (claim, self.verdict),
            (Verdict::Conflicting, MentionVerdict::Conflicting)
                | (Verdict::Unattributed, MentionVerdict::Unattributed)
                | (Verdict::Supported, MentionVerdict::Supported)
        )
    }
}

/// One place in the article that speaks of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The mention's verdict (`context` for another source's account).
    pub verdict: MentionVerdict,
    /// The fields that conflict here.
    pub problems: Vec<Field>,
    /// Line of the deciding words.
    pub line: usize,
    /// Column of the deciding words.
    pub column: usize,
    /// Byte offset of the deciding words in the article file.
    pub start: usize,
    /// Byte offset of their end.
    pub end: usize,
    /// The sentence, its whitespace collapsed.
    pub text: String,
    /// The article's figure compared, as written.
    pub figure: Option<String>,
    /// The article's date compared, as written.
    pub date: Option<String>,
    /// That date as ISO 8601.
    pub date_iso: Option<String>,
    /// Which rule gave that date its year (see `extract`).
    pub year_rule: Option<crate::extract::date::YearRule>,
    /// Who the sentence credits, when the claim names a source.
    pub source: Option<String>,
    /// How the claimed source is credited: "speaker", "outlet" or "affiliation".
    pub credit: Option<&'static str>,
    /// The quoted words compared, for quote claims.
    pub quote: Option<String>,
    /// The word diff from the claim's quote to the article's, for near misses.
    pub diff: Option<Vec<DiffOp>>,
    /// What the article says here, and what the claim says when they differ.
    pub reason: String,
    /// How strongly the mention states the claim, 0 to 1 (none for a
    /// finding of `lint`, which compares two places of the article).
    pub alignment: Option<f64>,
    /// The claim's terms found in the mention's own clause.
    pub aligned_terms: Vec<String>,
    /// Why a `context` mention decides nothing.
    pub context: Option<Context>,
    /// The deciding words: their bytes in the article's text, whose lines
    /// a report shows (see [`FileReport::excerpt`]).
    pub focus: Span,
}

/// Verdict counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Claims checked.
    pub claims: usize,
    /// Claims supported.
    pub supported: usize,
    /// Claims conflicting.
    pub conflicting: usize,
    /// Claims unattributed.
    pub unattributed: usize,
    /// Claims not found.
    pub not_found: usize,
}

impl Summary {
    /// Counts the verdicts of `files`.
    pub fn of(files: &[FileReport]) -> Summary {
        let mut s = Summary::default();
        for r in files.iter().flat_map(|f| &f.results) {
            s.claims += 1;
            match r.verdict {
                Verdict::Supported => s.supported += 1,
                Verdict::Conflicting => s.conflicting += 1,
                Verdict::Unattributed => s.unattributed += 1,
                Verdict::NotFound => s.not_found += 1,
            }
        }
        s
    }
}
