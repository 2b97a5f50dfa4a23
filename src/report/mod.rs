//! Reports: judgements → [`Report`] → bytes in the chosen [`Format`].
//!
//! A report is built once, with every span turned into text, a line:column
//! and an [`Excerpt`] of the lines around it, and is the only input of the
//! renderers, one per file below. It holds no clock time and no absolute
//! path beyond what the user typed, so the same inputs give the same bytes.
//! Every renderer writes untrusted text through [`clean`] or its own format's
//! escaping.

pub mod baseline;
mod build;
pub mod coverage;
pub mod diff;
pub mod excerpt;
pub mod explain;
pub mod extract;
mod fit;
pub mod github;
pub mod html;
pub mod json;
pub mod junit;
pub mod lint;
pub mod markdown;
mod model;
pub mod sarif;
pub mod schema;
pub mod text;
mod wording;

use std::io::{self, Write};

pub use build::{build_file, build_result, file_report, relocate};
pub use excerpt::{clean, Excerpt};
pub use model::{
    AcceptState, ArticleText, ClaimResult, Evidence, FileReport, InputError, Report, Standing, Summary, SummaryRow,
};

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics in the style of rustc, then a summary table.
    Text,
    /// The JSON report (see docs/reports.md for every field).
    Json,
    /// A pull-request comment: summary table, one collapsible section per failing claim.
    Markdown,
    /// GitHub Actions workflow commands (`::error` and `::warning` annotations).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test suite per claims file, one test case per claim.
    Junit,
    /// One self-contained HTML page for editors: the article with every
    /// mention highlighted by its verdict, a note per claim, a summary table.
    Html,
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

/// A path as shown in reports: as given, with `/` separators.
pub fn display_path(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
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
        Format::Html => html::render(report, out),
    }
}
