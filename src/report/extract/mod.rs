//! The report of `claimcheck extract`: what the tool read in each article
//! (figures with their intervals and units, dates with their periods and
//! year rules, attributions with the figures, dates and quotes they cover,
//! quotes), as JSON, as JSON Lines, or as readable text (`text.rs`).
//!
//! The types below are the JSON's wire types and, through schemars, its
//! part of `claimcheck schema --report`; their doc comments are its
//! descriptions.

mod text;

use std::io::{self, Write};

use schemars::JsonSchema;
use serde::Serialize;

use super::display_path;
use super::excerpt::shown_words;
use super::json::{write_json, write_json_line};

use crate::article::{Article, Location};
use crate::extract::attribution::Speaker;
use crate::extract::date::{Granularity, YearRule};
use crate::extract::figure::Qualifier;
use crate::extract::figure::{FigureKind, Role};
use crate::extract::ArticleIndex;
use crate::source::collapse_spaces;

pub use text::render_text;

/// What was read in a set of articles (`extract --format json`).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ExtractReport {
    /// One entry per article, in the order given.
    pub files: Vec<ExtractFile>,
    /// The articles that could not be read, in the order given; absent
    /// from the JSON when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<super::InputError>,
}

/// What was read in one article.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ExtractFile {
    /// The article, as given.
    pub path: String,
    /// Figures in text order.
    pub figures: Vec<FigureOut>,
    /// Numbers read as no figure, with the rule that rejected each.
    pub rejected: Vec<RejectedOut>,
    /// Dates in text order.
    pub dates: Vec<DateOut>,
    /// Attributions in text order.
    pub attributions: Vec<AttributionOut>,
    /// Quoted spans in text order.
    pub quotes: Vec<QuoteOut>,
}

/// A figure as reported.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "Figure")]
pub struct FigureOut {
    /// As written, qualifier included.
    pub text: String,
    /// number, percent, money or points.
    pub kind: FigureKind,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The anchor number; null for ranges and orders of magnitude.
    pub value: Option<f64>,
    /// Lower bound; null when open.
    pub min: Option<f64>,
    /// Upper bound; null when open.
    pub max: Option<f64>,
    /// Whether `min` is included.
    pub min_inclusive: bool,
    /// Whether `max` is included.
    pub max_inclusive: bool,
    /// Head noun, currency, "%" or "percentage points".
    pub unit: Option<String>,
    /// The qualifier's words ("more than"), or null.
    pub qualifier: Option<String>,
    /// The part it plays in a change construction: change, from or to; null
    /// outside one.
    pub role: Option<Role>,
    /// The rule that read it ("amount", "range", "conversion-qualifier", …).
    pub rule: &'static str,
}

/// A number read as no figure, with the exclusion that decided.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "RejectedNumber")]
pub struct RejectedOut {
    /// As written.
    pub text: String,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The exclusion ("title-number", "rank", "match-score", …).
    pub rule: &'static str,
}

/// A date as reported.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "Date")]
pub struct DateOut {
    /// As written.
    pub text: String,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// ISO 8601 at the mention's granularity; an interval for ranges and parts.
    pub date: Option<String>,
    /// day, week, month, quarter, part, year, decade or range.
    pub granularity: Granularity,
    /// Which rule gave the year.
    pub year_rule: YearRule,
    /// The reader that read it ("day-month", "relative", "season", …).
    pub rule: &'static str,
}

/// An attribution as reported.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "Attribution")]
pub struct AttributionOut {
    /// The credited source; null when unnamed or unresolved.
    pub source: Option<String>,
    /// The cue ("according to", "said", "told").
    pub cue: String,
    /// "named", "pronoun" or "unnamed".
    #[schemars(extend("enum" = ["named", "pronoun", "unnamed"]))]
    pub speaker: &'static str,
    /// The words of the subject as written, for pronouns and unnamed sources.
    pub subject: Option<String>,
    /// The outlet told ("Reuters").
    pub via: Option<String>,
    /// The speaker's stated affiliation.
    pub affiliation: Option<String>,
    /// Other names the article gives the source ("ACLED", "Colin Clarke").
    pub aliases: Vec<String>,
    /// The figures, dates and quotes the attribution covers.
    pub covers: Covers,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// What an attribution covers: the words of its clause, and of the
/// sentences and quotes that continue the same account.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Covers {
    /// Figures, in text order.
    pub figures: Vec<Place>,
    /// Dates, in text order.
    pub dates: Vec<Place>,
    /// Quoted spans, in text order.
    pub quotes: Vec<Place>,
}

/// Where some words are in the article.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Place {
    /// The words, whitespace collapsed.
    pub text: String,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// A quoted span as reported.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "Quote")]
pub struct QuoteOut {
    /// The quoted words.
    pub text: String,
    /// Byte offset of the start in the file.
    pub start: usize,
    /// Byte offset of the end in the file.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// Builds the extraction report of one article from its facts (see
/// [`crate::extract::read_facts`]); `tolerance` sets the width of "about"
/// and "almost" intervals. Each list of facts is let go once reported, so a
/// long article's facts and its report are not held whole at once.
pub fn build(article: &Article, facts: ArticleIndex, tolerance: f64) -> ExtractFile {
    let text = |span| shown_words(article.slice(span));
    let place = |span| {
        let Location { line, column, start, end } = article.locate(span);
        Place { text: text(span), start, end, line, column }
    };
    let coverage = facts.coverage();
    // The segmentation, the credits and the rest are let go here.
    let ArticleIndex { figures, rejected, dates, attributions, quotes, .. } = facts;
    let attributions = (attributions.into_iter().zip(coverage))
        .map(|(a, covered)| {
            let Location { line, column, start, end } = article.locate(a.span);
            let (speaker, subject) = match a.speaker {
                Speaker::Named { .. } => ("named", None),
                Speaker::Pronoun(p) => ("pronoun", Some(p)),
                Speaker::Unnamed(d) => ("unnamed", Some(collapse_spaces(&d))),
            };
            AttributionOut {
                source: a.source,
                cue: a.cue,
                speaker,
                subject,
                via: a.via,
                affiliation: a.affiliation,
                aliases: a.aliases,
                covers: Covers {
                    figures: covered.figures.iter().map(|&f| place(figures[f].span)).collect(),
                    dates: covered.dates.iter().map(|&d| place(dates[d].span)).collect(),
                    quotes: covered.quotes.iter().map(|&q| place(quotes[q].span)).collect(),
                },
                start,
                end,
                line,
                column,
            }
        })
        .collect();
    let figures = figures
        .into_iter()
        .map(|f| {
            let Location { line, column, start, end } = article.locate(f.span);
            let i = f.interval(tolerance);
            FigureOut {
                text: text(f.span),
                kind: f.kind,
                start,
                end,
                line,
                column,
                value: f.value,
                min: i.min,
                max: i.max,
                min_inclusive: i.min_inclusive && i.min.is_some(),
                max_inclusive: i.max_inclusive && i.max.is_some(),
                unit: f.unit(),
                qualifier: match f.qualifier {
                    Qualifier::Exact => None,
                    Qualifier::Range if f.qualifier_text.is_none() => Some("range".to_string()),
                    _ => f.qualifier_text,
                },
                role: f.role,
                rule: f.rule,
            }
        })
        .collect();
    let rejected = rejected
        .into_iter()
        .map(|r| {
            let Location { line, column, start, end } = article.locate(r.span);
            RejectedOut { text: text(r.span), start, end, line, column, rule: r.rule }
        })
        .collect();
    let dates = dates
        .into_iter()
        .map(|d| {
            let Location { line, column, start, end } = article.locate(d.span);
            DateOut {
                text: text(d.span),
                start,
                end,
                line,
                column,
                date: d.iso(),
                granularity: d.granularity,
                year_rule: d.year_rule,
                rule: d.rule,
            }
        })
        .collect();
    let quotes = quotes
        .into_iter()
        .map(|q| {
            let Location { line, column, start, end } = article.locate(q.span);
            QuoteOut { text: text(q.span), start, end, line, column }
        })
        .collect();
    ExtractFile { path: display_path(&article.path), figures, rejected, dates, attributions, quotes }
}

/// Writes the report as JSON.
pub fn render_json(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    write_json(report, out)
}

/// One article's line of `extract --jsonl`: what was read, or why it could
/// not be.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "ExtractJsonlLine")]
pub enum JsonLine<'a> {
    /// What was read: the article's entry of `files` in the JSON report.
    Read(&'a ExtractFile),
    /// An article that could not be read.
    Unreadable {
        /// The article, as given.
        path: &'a str,
        /// Where and why.
        error: LineError<'a>,
    },
}

/// Where and why an article could not be read, in a `--jsonl` line.
#[derive(Serialize, JsonSchema)]
#[schemars(rename = "ExtractJsonlError")]
pub struct LineError<'a> {
    /// Line of the problem (1 when it concerns the whole file).
    pub line: usize,
    /// Column of the problem (1 when it concerns the whole file).
    pub column: usize,
    /// What was wrong and what was expected.
    pub message: &'a str,
}

/// Writes one JSON object per article on its own line (JSON Lines), in the
/// order given: the object of `files` in the JSON report, or
/// `{"path", "error": {"line", "column", "message"}}` for an article that
/// could not be read.
pub fn render_jsonl_line(result: &Result<ExtractFile, super::InputError>, out: &mut dyn Write) -> io::Result<()> {
    let line = match result {
        Ok(file) => JsonLine::Read(file),
        Err(e) => JsonLine::Unreadable {
            path: &e.path,
            error: LineError { line: e.line, column: e.column, message: &e.message },
        },
    };
    write_json_line(&line, out)
}
