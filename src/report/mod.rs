//! Reports: judgements → [`Report`] → bytes in the chosen [`Format`].
//!
//! A report is built once, with every span turned into text, a line:column
//! and an [`Excerpt`] of the lines around it, and is the only input of the
//! renderers, one per file below. It holds no clock time and no absolute
//! path beyond what the user typed, so the same inputs give the same bytes.
//! Every renderer writes untrusted text through [`clean`] or its own format's
//! escaping.

pub mod baseline;
pub mod diff;
pub mod excerpt;
pub mod extract;
pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::io::{self, Write};

pub use excerpt::{clean, Excerpt};

use crate::article::{Article, Location};
use crate::claims::{Claim, ClaimsFile};
use crate::extract::ArticleIndex;
use crate::matching::quote::DiffOp;
use crate::matching::source::Credit;
use crate::source::Span;
use crate::verdict::{Field, Judgement, Mention, MentionVerdict, QuoteCheck, SourceCheck, Verdict};
use baseline::Mark;

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics in the style of rustc, then a summary table.
    Text,
    /// The JSON report (see the README for every field).
    Json,
    /// A pull-request comment: summary table, one collapsible section per failing claim.
    Markdown,
    /// GitHub Actions workflow commands (`::error` and `::warning` annotations).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test suite per claims file, one test case per claim.
    Junit,
}

/// How much of the report the human formats (text, Markdown) show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// Only the failing claims and the summary.
    Quiet,
    /// Every claim that is not supported, with its evidence; supported claims in one list.
    #[default]
    Normal,
    /// Every claim with all its evidence, and the sentences that matched its
    /// terms but held no figure or date of its kind.
    Verbose,
}

/// How to draw a report; decided once, in `main`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// The format.
    pub format: Format,
    /// Colour the text report with ANSI escapes.
    pub color: bool,
    /// Width of the terminal, for trimming long article lines in the text report.
    pub width: usize,
    /// How much the human formats show.
    pub detail: Detail,
    /// The tool's version, for formats that must name it (SARIF); tests filter it.
    pub tool_version: String,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            format: Format::Text,
            color: false,
            width: 100,
            detail: Detail::Normal,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

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
}

impl Report {
    /// Where `result` stands: failing, warning or passing.
    pub fn standing(&self, result: &ClaimResult) -> Standing {
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
        self.results().any(|(_, r)| self.standing(r) == Standing::Fails)
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
        let listed: Vec<&str> = self.fail_on.iter().map(|v| v.name()).collect();
        let listed = if listed.is_empty() { "none".to_string() } else { listed.join(", ") };
        let verb = if failing == 1 { "fails" } else { "fail" };
        let mut line = format!("{failing} of {} claims {verb} (--fail-on {listed})", self.summary.claims);
        if let Some(path) = &self.baseline {
            line += &format!("; {known} known from the baseline {}", clean(path));
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
    /// Sentences that hold the claim's terms but no figure or date of its kind.
    pub near: Vec<Excerpt>,
    /// With `--baseline`: whether a claim with a `--fail-on` verdict is a new or a known failure.
    pub baseline: Option<Mark>,
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
    /// The article line(s) of the deciding words.
    pub excerpt: Excerpt,
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

/// A path as shown in reports: as given, with `/` separators.
pub fn display_path(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Text with runs of whitespace collapsed to one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds the report of one claims file from its judgements.
pub fn build_file(
    file: &ClaimsFile,
    article: &Article,
    index: &ArticleIndex,
    judgements: &[(&Claim, Judgement)],
) -> FileReport {
    let article_path = display_path(&article.path);
    let results = judgements
        .iter()
        .map(|(claim, j)| {
            let evidence: Vec<Evidence> = j.mentions.iter().map(|m| evidence(claim, m, article, index)).collect();
            ClaimResult {
                id: claim.id.clone(),
                statement: claim.statement.clone(),
                verdict: j.verdict,
                problems: j.problems.clone(),
                message: message(claim, j, &evidence, &article_path),
                line: claim.position.line,
                column: claim.position.column,
                evidence,
                origin: origin(file, claim),
                near: j.near.iter().map(|&s| excerpt(article, index.segments.sentences[s].span)).collect(),
                baseline: None,
            }
        })
        .collect();
    FileReport { claims: display_path(&file.path), article: article_path, results }
}

/// The article lines around `span`, with `span` as the focus.
fn excerpt(article: &Article, span: Span) -> Excerpt {
    let (line, lines) = article.lines_of(span);
    let focus = span.start.saturating_sub(lines.start)..span.end.min(lines.end).saturating_sub(lines.start);
    Excerpt { line, text: article.slice(lines).to_string(), focus }
}

/// The claims-file line of `claim`, with its `"id"` key as the focus.
fn origin(file: &ClaimsFile, claim: &Claim) -> Excerpt {
    let text = file.text.lines().nth(claim.position.line.saturating_sub(1)).unwrap_or("").to_string();
    let start = text.char_indices().nth(claim.position.column.saturating_sub(1)).map_or(text.len(), |(i, _)| i);
    let end = (start + "\"id\"".len()).min(text.len());
    Excerpt { line: claim.position.line, text, focus: start..end }
}

fn evidence(claim: &Claim, m: &Mention, article: &Article, index: &ArticleIndex) -> Evidence {
    let Location { line, column, start, end } = article.locate(m.focus);
    let sentence = index.segments.sentences[m.sentence].span;
    let figure = m.figure.map(|f| collapse(article.slice(index.figures[f.figure].span)));
    let date_mention = m.date.map(|d| &index.dates[d.date]);
    let date = date_mention.map(|d| collapse(article.slice(d.span)));
    let date_iso = date_mention.and_then(|d| d.iso());
    let year_rule = date_mention.map(|d| d.year_rule);
    let attribution = |s: &SourceCheck| match *s {
        SourceCheck::Credited { attribution, .. }
        | SourceCheck::Other { attribution }
        | SourceCheck::Unnamed { attribution } => Some(&index.attributions[attribution]),
        SourceCheck::Missing => None,
    };
    // Who the sentence credits: the attribution compared, or for claims
    // without a source, the first named one, for the reader's benefit.
    let att = match &m.source {
        Some(s) => attribution(s),
        None => index.sentence_attributions(m.sentence).iter().find(|a| a.source.is_some()),
    };
    let source = att.map(|a| match (&a.source, &a.speaker) {
        (Some(s), _) => s.clone(),
        (None, crate::extract::attribution::Speaker::Unnamed(d)) => collapse(d),
        (None, crate::extract::attribution::Speaker::Pronoun(p)) => p.clone(),
        (None, crate::extract::attribution::Speaker::Named { name, .. }) => name.clone(),
    });
    let credit = match m.source {
        Some(SourceCheck::Credited { credit, .. }) => Some(match credit {
            Credit::Speaker => "speaker",
            Credit::Outlet => "outlet",
            Credit::Affiliation => "affiliation",
        }),
        _ => None,
    };
    let (quote, diff) = match &m.quote {
        Some(QuoteCheck::Agrees { quote }) => (Some(collapse(article.slice(*quote))), None),
        Some(QuoteCheck::NearMiss { quote, diff, .. }) => (Some(collapse(article.slice(*quote))), Some(diff.clone())),
        Some(QuoteCheck::Unquoted { words }) => (Some(collapse(article.slice(*words))), None),
        None => (None, None),
    };
    let reason = reason(claim, m, &figure, &date, att, &quote);
    Evidence {
        excerpt: excerpt(article, m.focus),
        verdict: m.verdict,
        problems: m.problems.clone(),
        line,
        column,
        start,
        end,
        text: collapse(article.slice(sentence)),
        figure,
        date,
        date_iso,
        year_rule,
        source,
        credit,
        quote,
        diff,
        reason,
    }
}

/// What the article says at a mention, and what the claim says where they
/// differ; the conflicting fields first, so the message opens with them.
fn reason(
    claim: &Claim,
    m: &Mention,
    figure: &Option<String>,
    date: &Option<String>,
    att: Option<&crate::extract::attribution::Attribution>,
    quote: &Option<String>,
) -> String {
    let mut parts: Vec<(Field, String)> = Vec::new();
    let claimed_figure = claim.figure.as_ref().map(|f| f.text.as_str()).unwrap_or("");
    let claimed_date = claim.date.as_ref().map(|d| d.text.as_str()).unwrap_or("");
    let claimed_source = claim.source.as_ref().map(|s| s.name.as_str()).unwrap_or("");
    let conflicts = |f: Field| m.problems.contains(&f);
    if let Some(f) = figure {
        parts.push((
            Field::Figure,
            if conflicts(Field::Figure) {
                format!("article says {f}; claim says {claimed_figure}")
            } else {
                format!("article says {f}")
            },
        ));
    }
    if let Some(d) = date {
        parts.push((
            Field::Date,
            if conflicts(Field::Date) {
                format!("article dates it {d}; claim says {claimed_date}")
            } else {
                format!("article dates it {d}")
            },
        ));
    }
    let quote_part = match &m.quote {
        Some(QuoteCheck::Agrees { .. }) => Some("the article quotes these words".to_string()),
        Some(QuoteCheck::NearMiss { score, .. }) => Some(format!(
            "article quotes \"{}\"; claim quotes \"{}\" ({score}% alike)",
            quote.as_deref().unwrap_or(""),
            claim.quote.as_deref().unwrap_or("")
        )),
        Some(QuoteCheck::Unquoted { .. }) => Some("these words are not quoted in the article".to_string()),
        None => None,
    };
    parts.extend(quote_part.map(|q| (Field::Quote, q)));
    let who = att
        .map(|a| match (&a.source, &a.speaker) {
            (Some(s), _) => s.clone(),
            (None, crate::extract::attribution::Speaker::Unnamed(d)) => format!("an unnamed source ({})", collapse(d)),
            (None, crate::extract::attribution::Speaker::Pronoun(p)) => format!("\"{p}\""),
            (None, crate::extract::attribution::Speaker::Named { name, .. }) => name.clone(),
        })
        .unwrap_or_default();
    let source_part = match m.source {
        Some(SourceCheck::Credited { credit, .. }) => Some(match credit {
            Credit::Speaker => format!("credited to {who}"),
            Credit::Outlet => format!("told to {claimed_source} (the outlet) by {who}"),
            Credit::Affiliation => format!("credited to {who}, of {claimed_source}"),
        }),
        Some(SourceCheck::Other { .. }) if m.verdict == MentionVerdict::Context => {
            Some(format!("another source's account: credited to {who}"))
        }
        Some(SourceCheck::Other { .. }) => Some(format!("article credits this to {who}; claim says {claimed_source}")),
        Some(SourceCheck::Unnamed { .. }) => {
            let desc = att.map(|a| match &a.speaker {
                crate::extract::attribution::Speaker::Unnamed(d) => collapse(d),
                crate::extract::attribution::Speaker::Pronoun(p) => format!("\"{p}\""),
                crate::extract::attribution::Speaker::Named { name, .. } => name.clone(),
            });
            Some(format!("credited to an unnamed source ({}), not {claimed_source}", desc.unwrap_or_default()))
        }
        Some(SourceCheck::Missing) => Some(format!("no source is named; claim says {claimed_source}")),
        None => None,
    };
    parts.extend(source_part.map(|p| (Field::Source, p)));
    parts.sort_by_key(|(field, _)| !conflicts(*field));
    if parts.is_empty() {
        return "mentions the claim".to_string();
    }
    parts.into_iter().map(|(_, p)| p).collect::<Vec<_>>().join("; ")
}

/// The one-line message of a claim: the deciding mention's reason, with
/// its place in the article.
fn message(claim: &Claim, j: &Judgement, evidence: &[Evidence], path: &str) -> String {
    let at = |e: &Evidence| format!("{path}:{}:{}", e.line, e.column);
    let first = |v: MentionVerdict| evidence.iter().find(|e| e.verdict == v);
    let located = |e: &Evidence| match e.reason.split_once("; ") {
        Some((head, tail)) => format!("{head} at {}; {tail}", at(e)),
        None => format!("{} at {}", e.reason, at(e)),
    };
    match j.verdict {
        Verdict::Conflicting => first(MentionVerdict::Conflicting).map(located).unwrap_or_default(),
        Verdict::Unattributed => first(MentionVerdict::Unattributed).map(located).unwrap_or_default(),
        Verdict::Supported => {
            let n = evidence.iter().filter(|e| e.verdict == MentionVerdict::Supported).count();
            let e = first(MentionVerdict::Supported).map(located).unwrap_or_default();
            if n > 1 {
                format!("{e} (and {} more)", n - 1)
            } else {
                e
            }
        }
        Verdict::NotFound if evidence.is_empty() => {
            let what = match (&claim.quote, &claim.figure, &claim.date) {
                (Some(_), _, _) => "no quoted words match the claim's quote",
                (None, Some(_), _) => "no sentence matches the claim's terms with a figure of its kind",
                (None, None, Some(_)) => "no sentence matches the claim's terms with a date",
                _ => "no sentence matches the claim's terms",
            };
            what.to_string()
        }
        Verdict::NotFound => format!(
            "only other sources' accounts mention it, first at {}",
            evidence.first().map(at).unwrap_or_default()
        ),
    }
}

/// Writes `report` in the format `options` names: the one place that
/// chooses a renderer.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    match options.format {
        Format::Text => text::render(report, options, out),
        Format::Json => json::render(report, out),
        Format::Markdown => markdown::render(report, options, out),
        Format::Github => github::render(report, options, out),
        Format::Sarif => sarif::render(report, options, out),
        Format::Junit => junit::render(report, out),
    }
}
