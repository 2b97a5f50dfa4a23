//! The JSON report's wire types, and the lines of `check --jsonl`: the
//! contract with CI users (every field is documented in docs/reports.md)
//! and the source of `claimcheck schema --report`, whose descriptions are
//! the doc comments here.
//!
//! They borrow from the report, so renaming an internal field cannot change
//! this output. New fields are only ever added, and only when they carry
//! something (`baseline` appears with `--baseline`).

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

use crate::coverage::Kind as MentionKind;
use crate::extract::date::YearRule;
use crate::matching::quote::DiffOp;
use crate::report::baseline::Mark;
use crate::report::{ClaimResult, Evidence, FileReport, InputError};
use crate::verdict::{Context, Field, MentionVerdict, Verdict};

/// The JSON report of `claimcheck check --format json`. `$defs` also
/// describes the line of `check --jsonl` (`CheckJsonlLine`), the line of
/// `extract --jsonl` (`ExtractJsonlLine`) and the report of
/// `extract --format json` (`ExtractReport`).
#[derive(Serialize, JsonSchema)]
#[schemars(title = "claimcheck JSON report")]
pub struct Wire<'a> {
    /// The version of this shape (`2`); raised on any incompatible change.
    pub schema_version: u32,
    /// One entry per claims file checked, in the order given.
    #[schemars(with = "Vec<WireFile>")]
    pub files: Each<'a, FileReport, WireFile<'a>>,
    /// Verdict counts over every file.
    pub summary: WireSummary,
    /// With `--coverage`: the figures, dates and quotes of the articles, and
    /// which no claim covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "WireCoverage")]
    pub coverage: Option<WireCoverage<'a>>,
    /// The files that could not be checked; absent when there are none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub errors: &'a [InputError],
}

/// With `--coverage`: counts over every article, and each uncovered mention.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Coverage")]
pub struct WireCoverage<'a> {
    /// The article's figures.
    pub figures: WireCounts,
    /// The article's dates.
    pub dates: WireCounts,
    /// The article's quotations.
    pub quotes: WireCounts,
    /// Each figure, date and quote no claim covers, in article order by kind.
    pub uncovered: Vec<WireUncovered<'a>>,
}

/// How many mentions of a kind there are, and how many a claim covers.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Counts")]
pub struct WireCounts {
    /// Mentions.
    pub total: usize,
    /// Mentions a claim covers.
    pub covered: usize,
    /// Mentions no claim covers.
    pub uncovered: usize,
}

/// A figure, date or quote of an article that no claim covers.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Uncovered")]
pub struct WireUncovered<'a> {
    /// The article, as given.
    pub article: &'a str,
    /// What the mention is.
    pub kind: MentionKind,
    /// The words as written (a quotation longer than 80 characters cut at a word, with "…").
    pub text: &'a str,
    /// 1-based line of its start.
    pub line: usize,
    /// 1-based column (in characters) of its start.
    pub column: usize,
    /// Byte offset of its start in the article file.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Its sentence, whitespace collapsed.
    pub sentence: &'a str,
}

/// The results of one claims file.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "File")]
pub struct WireFile<'a> {
    /// The claims file, as given (`/` separators).
    pub claims: &'a str,
    /// The article it was checked against, as given.
    pub article: &'a str,
    /// One result per claim, in claims-file order.
    #[schemars(with = "Vec<WireResult>")]
    pub results: Each<'a, ClaimResult, WireResult<'a>>,
}

/// The result of one claim.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ClaimResult")]
pub struct WireResult<'a> {
    /// The claim's id, from the claims file.
    pub id: &'a str,
    /// The claim's statement, from the claims file.
    pub statement: &'a str,
    /// Its verdict.
    pub verdict: Verdict,
    /// The fields that conflict (`source` for `unattributed`).
    #[schemars(with = "Vec<Field>")]
    pub problems: &'a [Field],
    /// One line: the deciding reason and its `path:line:column`.
    pub message: &'a str,
    /// Line of the claim's `"id"` in the claims file.
    pub line: usize,
    /// Column of the claim's `"id"` in the claims file.
    pub column: usize,
    /// The places in the article that speak of the claim, in article order.
    #[schemars(with = "Vec<WireEvidence>")]
    pub evidence: Each<'a, Evidence, WireEvidence<'a>>,
    /// With `--baseline`, for a verdict in `--fail-on`: a new or a known failure.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Mark")]
    pub baseline: Option<Mark>,
    /// The claim's reviewed exception, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "WireAccept")]
    pub accept: Option<WireAccept<'a>>,
}

/// A claim's reviewed exception: what was accepted, and whether it holds.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Accept")]
pub struct WireAccept<'a> {
    /// The verdict accepted.
    #[schemars(with = "Verdict")]
    pub verdict: &'a str,
    /// The article's words accepted at the deciding mention, when the desk pinned them.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub says: Option<&'a str>,
    /// Why the desk accepts the claim.
    pub reason: &'a str,
    /// Whether the acceptance holds (then the claim does not fail the run).
    pub holds: bool,
    /// Why it no longer holds; absent while it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub lapsed: Option<&'a str>,
}

/// One place in the article that speaks of a claim.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Evidence")]
pub struct WireEvidence<'a> {
    /// The mention's verdict.
    pub verdict: MentionVerdict,
    /// The fields that conflict at this mention.
    #[schemars(with = "Vec<Field>")]
    pub problems: &'a [Field],
    /// 1-based line of the deciding words (the figure, date, quote or attribution).
    pub line: usize,
    /// 1-based column (in characters) of the deciding words.
    pub column: usize,
    /// Byte offset of the deciding words in the article file.
    pub start: usize,
    /// Byte offset of their end.
    pub end: usize,
    /// The sentence, whitespace collapsed.
    pub text: &'a str,
    /// The article's figure compared, as written.
    pub figure: Option<&'a str>,
    /// The article's date compared, as written.
    pub date: Option<&'a str>,
    /// That date as ISO 8601.
    pub date_iso: Option<&'a str>,
    /// The rule that gave that date its year.
    pub year_rule: Option<YearRule>,
    /// Who the sentence credits.
    pub source: Option<&'a str>,
    /// How the claimed source is credited.
    #[schemars(extend("enum" = ["speaker", "outlet", "affiliation", null]))]
    pub credit: Option<&'a str>,
    /// The article words compared with the claim's quote.
    pub quote: Option<&'a str>,
    /// For a near-miss quote: the word diff turning the claim's words into the article's.
    #[schemars(with = "Option<Vec<DiffStep>>")]
    pub diff: Option<&'a [DiffOp]>,
    /// What the article says here and, where they differ, what the claim says.
    pub reason: &'a str,
    /// How strongly the mention's own words state the claim, 0 to 1, two decimals.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64", range(min = 0.0, max = 1.0))]
    pub alignment: Option<f64>,
    /// The claim's terms found in the mention's own clause.
    pub aligned_terms: &'a [String],
    /// For a `context` mention, why it decides nothing; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Context")]
    pub context: Option<Context>,
}

/// One step of a word diff from the claim's quote to the article's words.
/// Only its schema is used: the steps are written from the pipeline's `DiffOp`.
#[derive(JsonSchema)]
#[schemars(rename = "DiffOp")]
pub struct DiffStep {
    /// `equal`, `delete` (only in the claim) or `insert` (only in the article).
    #[schemars(extend("enum" = ["equal", "delete", "insert"]))]
    pub op: String,
    /// The words of this step.
    pub text: String,
}

/// Verdict counts.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "Summary")]
pub struct WireSummary {
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
    /// With `--baseline`: failures the baseline did not have.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "usize")]
    pub new: Option<usize>,
    /// With `--baseline`: failures the baseline had already.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "usize")]
    pub known: Option<usize>,
}

/// One line of `check --jsonl`: a job's report, or why it could not be checked.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "CheckJsonlLine")]
pub enum CheckLine<'a> {
    /// A job checked.
    Checked {
        /// The job's line in the input (1-based; blank lines count).
        line: usize,
        /// Its claims file's report.
        report: JobReport<'a>,
    },
    /// A job that could not be read or checked.
    Failed {
        /// The job's line in the input (1-based; blank lines count).
        line: usize,
        /// What was wrong, and where.
        error: InputError,
    },
}

/// One claims file's report in a `check --jsonl` line: its entry of
/// `files` in the JSON report, with its summary.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "CheckJsonlReport")]
pub struct JobReport<'a> {
    /// The claims file's results.
    #[serde(flatten)]
    pub file: WireFile<'a>,
    /// Its verdict counts.
    pub summary: WireSummary,
}

/// A list written item by item in its wire form, each made as it is
/// written: a long report is never held whole in its wire form too.
pub struct Each<'a, T, W> {
    items: &'a [T],
    wire: fn(&'a T) -> W,
}

impl<'a, T, W> Each<'a, T, W> {
    /// `items`, each written as `wire` turns it.
    pub fn new(items: &'a [T], wire: fn(&'a T) -> W) -> Self {
        Each { items, wire }
    }
}

impl<'a, T, W: Serialize> Serialize for Each<'a, T, W> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items.iter().map(self.wire))
    }
}
