//! Command-line arguments, parsed with clap. No logic beyond turning text
//! into typed values.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

use crate::claims::parse_iso_day;
use crate::confine::DEFAULT_MAX_BYTES;
use crate::report::{Detail, Format};
use crate::verdict::Verdict;

/// Check a claims file of figures, dates, sources and quotes against the
/// text of an article.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output (auto: only on a terminal, never with NO_COLOR).
    #[command(flatten)]
    pub color: colorchoice_clap::Color,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check claims files against their articles and report a verdict per claim.
    Check(CheckArgs),
    /// Show the figures, dates, attributions and quotes read in articles.
    Extract(ExtractArgs),
    /// Draft a claims file from a source text: one claim per figure, dated event and attributed quote.
    Draft(DraftArgs),
    /// Check a text against its source: every figure, date and attributed quote of TEXT, with
    /// its sentence as the statement.
    Compare(CompareArgs),
    /// Report where articles disagree with themselves: two figures or dates for one fact, one
    /// quotation in two wordings or credited to two speakers.
    Lint(LintArgs),
    /// Show what changed between two JSON reports.
    Diff(DiffArgs),
    /// Print the JSON Schema of the claims file, or with --report of the JSON reports.
    Schema(SchemaArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -` or a man folder.
    Man,
}

/// A verdict that `--fail-on` can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Claims the article supports.
    Supported,
    /// Claims the article contradicts.
    Conflicting,
    /// Claims the article makes without crediting the source.
    Unattributed,
    /// Claims the article does not mention.
    #[value(name = "not_found", alias = "not-found")]
    NotFound,
    /// A figure, date or quote of the article that no claim covers (`check`; implies `--coverage`).
    Uncovered,
    /// Never fail.
    None,
}

impl FailOn {
    /// The verdict this names, if any.
    pub fn verdict(self) -> Option<Verdict> {
        match self {
            FailOn::Supported => Some(Verdict::Supported),
            FailOn::Conflicting => Some(Verdict::Conflicting),
            FailOn::Unattributed => Some(Verdict::Unattributed),
            FailOn::NotFound => Some(Verdict::NotFound),
            FailOn::Uncovered | FailOn::None => None,
        }
    }
}

/// The `--fail-on` list, shared by `check` and `diff`.
#[derive(Debug, Args)]
pub struct FailOnArg {
    /// Verdicts that make the run fail with exit code 1 (comma-separated, or `none`).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "conflicting,unattributed,not_found")]
    pub fail_on: Vec<FailOn>,
}

impl FailOnArg {
    /// The verdicts named.
    pub fn verdicts(&self) -> Vec<Verdict> {
        self.fail_on.iter().filter_map(|f| f.verdict()).collect()
    }

    /// Whether `uncovered` is named.
    pub fn uncovered(&self) -> bool {
        self.fail_on.contains(&FailOn::Uncovered)
    }
}

/// Arguments of `claimcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Claims files (JSON) to check; without any, every claims/**/*.json, in sorted order.
    #[arg(value_name = "CLAIMS")]
    pub claims: Vec<PathBuf>,
    /// Read jobs from standard input, one JSON object a line
    /// (`{"claims": "path", "article": "path"}`, or a claims object with
    /// `"article_text"`), and write one JSON result a line, in input order.
    #[arg(long, conflicts_with_all = ["claims", "format", "output", "explain", "baseline", "coverage", "article"])]
    pub jsonl: bool,
    /// With --jsonl: the number of the first line read (default 1), for one
    /// part of a longer jobs file, so that results and places name the lines
    /// of the whole file.
    #[arg(long, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub first_line: Option<usize>,
    /// Check against this article instead of the one each claims file names.
    #[arg(long, value_name = "PATH")]
    pub article: Option<PathBuf>,
    /// Publication date (YYYY-MM-DD) for dates without a year and relative
    /// dates; replaces the claims file's `published`.
    #[arg(long, value_name = "DATE", value_parser = published)]
    pub published: Option<Date>,
    /// Relative width of "about N" and "almost N" (0.1 = ±10%).
    #[arg(long, value_name = "X", default_value_t = 0.1, value_parser = tolerance)]
    pub tolerance: f64,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (through a temporary file and a rename).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Which verdicts fail the run.
    #[command(flatten)]
    pub fail_on: FailOnArg,
    /// An earlier JSON report: only claims that got worse since, or are new and failing, fail the run.
    #[arg(long, value_name = "REPORT.json")]
    pub baseline: Option<PathBuf>,
    /// Also list every figure, date and quote of the article that no claim covers.
    #[arg(long)]
    pub coverage: bool,
    /// Show only the failing claims and the summary (text and Markdown).
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Show every claim with all its evidence, and the sentences that matched
    /// its terms without a figure or date of its kind (text and Markdown).
    #[arg(long, short)]
    pub verbose: bool,
    /// Explain the verdict of the claim with this id instead of reporting:
    /// its terms, and every candidate with its alignment and why it decided,
    /// was context, or fell under the floor.
    #[arg(long, value_name = "ID", conflicts_with_all = ["format", "baseline", "quiet", "verbose"])]
    pub explain: Option<String>,
    /// Also allow claims files' `article` paths to lead into DIR (repeatable);
    /// by default they must stay inside the claims file's repository.
    #[arg(long, value_name = "DIR")]
    pub allow_path: Vec<PathBuf>,
    /// The most bytes an article, claims file or baseline may hold (up
    /// to 4294967295).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = max_bytes)]
    pub max_article_bytes: u64,
    /// Stop at the first claims file or article that cannot be read or
    /// parsed (exit 2, no report) instead of reporting it and going on.
    #[arg(long)]
    pub fail_fast: bool,
    /// How many files are worked on at once.
    #[command(flatten)]
    pub threads: Threads,
}

impl CheckArgs {
    /// How much the human formats show.
    pub fn detail(&self) -> Detail {
        match (self.quiet, self.verbose) {
            (true, _) => Detail::Quiet,
            (_, true) => Detail::Verbose,
            _ => Detail::Normal,
        }
    }
}

/// Arguments of `claimcheck diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier JSON report.
    #[arg(value_name = "OLD.json")]
    pub old: PathBuf,
    /// The later JSON report.
    #[arg(value_name = "NEW.json")]
    pub new: PathBuf,
    /// Which verdicts fail: the run fails when a claim newly fails.
    #[command(flatten)]
    pub fail_on: FailOnArg,
}

/// Arguments of `claimcheck schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Print the JSON Schema (draft 2020-12) of the JSON report of `check --format json`
    /// instead; its `$defs` also describe a line of `check --jsonl` (CheckJsonlLine), a line of
    /// `extract --jsonl` (ExtractJsonlLine) and the report of `extract --format json`
    /// (ExtractReport).
    #[arg(long)]
    pub report: bool,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One readable line per figure, date, attribution and quote.
    Text,
    /// JSON (see docs/reports.md).
    Json,
}

/// How many threads work on a batch's files.
#[derive(Debug, Args)]
pub struct Threads {
    /// Files worked on at once (0: one per core). The output is the same
    /// for any number.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub jobs: usize,
}

/// How an article's dates and figures are read, for the commands that read
/// articles without a claims file.
#[derive(Debug, Args)]
pub struct Reading {
    /// Publication date (YYYY-MM-DD) for dates without a year and relative dates.
    #[arg(long, value_name = "DATE", value_parser = published)]
    pub published: Option<Date>,
    /// Relative width of "about N" and "almost N" (0.1 = ±10%).
    #[arg(long, value_name = "X", default_value_t = 0.1, value_parser = tolerance)]
    pub tolerance: f64,
}

/// Arguments of `claimcheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles to read (`-` for standard input).
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,
    /// How the article's dates and figures are read.
    #[command(flatten)]
    pub reading: Reading,
    /// Report format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
    /// One JSON object per article on its own line (JSON Lines), in the
    /// order given: its `files` entry, or its path and error.
    #[arg(long, conflicts_with = "format")]
    pub jsonl: bool,
    /// Write the report to FILE (through a temporary file and a rename).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The most bytes an article may hold (up to 4294967295).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = max_bytes)]
    pub max_article_bytes: u64,
    /// Stop at the first article that cannot be read (exit 2, no report)
    /// instead of reporting it and going on.
    #[arg(long)]
    pub fail_fast: bool,
    /// How many files are worked on at once.
    #[command(flatten)]
    pub threads: Threads,
}

/// Arguments of `claimcheck compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The text to check: a summary, a rewrite, coverage of a report.
    #[arg(value_name = "TEXT")]
    pub text: PathBuf,
    /// The source TEXT must agree with.
    #[arg(long, value_name = "SOURCE")]
    pub source: PathBuf,
    /// How the article's dates and figures are read.
    #[command(flatten)]
    pub reading: Reading,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (through a temporary file and a rename).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Which verdicts fail the run.
    #[command(flatten)]
    pub fail_on: FailOnArg,
    /// Show only the failing sentences and the summary (text and Markdown).
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Show every sentence with all its evidence (text and Markdown).
    #[arg(long, short)]
    pub verbose: bool,
}

/// Arguments of `claimcheck lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Articles to lint.
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,
    /// How the article's dates and figures are read.
    #[command(flatten)]
    pub reading: Reading,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE (through a temporary file and a rename).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// An earlier JSON report of `lint`: only findings it does not have fail the run.
    #[arg(long, value_name = "REPORT.json")]
    pub baseline: Option<PathBuf>,
    /// Show only the failing findings and the summary (text and Markdown).
    #[arg(long, short)]
    pub quiet: bool,
    /// How many files are worked on at once.
    #[command(flatten)]
    pub threads: Threads,
}

impl LintArgs {
    /// How much the human formats show.
    pub fn detail(&self) -> Detail {
        if self.quiet {
            Detail::Quiet
        } else {
            Detail::Normal
        }
    }
}

/// Arguments of `claimcheck draft`.
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The source text to draft claims from (a press release, a report, a vetted story).
    #[arg(value_name = "SOURCE")]
    pub source: PathBuf,
    /// Publication date (YYYY-MM-DD) for dates without a year and relative dates.
    #[arg(long, value_name = "DATE", value_parser = published)]
    pub published: Option<Date>,
    /// Write the claims file to FILE (through a temporary file and a rename); its `article`
    /// then names SOURCE relative to FILE's folder.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn published(s: &str) -> Result<Date, String> {
    parse_iso_day(s).ok_or_else(|| format!("expected a date such as 2024-03-31, found {s:?}"))
}

fn max_bytes(s: &str) -> Result<u64, String> {
    let most = crate::article::MAX_BYTES;
    match s.parse::<u64>() {
        Ok(n) if (1..=most).contains(&n) => Ok(n),
        _ => Err(format!("expected a number of bytes from 1 to {most}, found {s:?}")),
    }
}

fn tolerance(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if (0.0..1.0).contains(&t) => Ok(t),
        _ => Err(format!("expected a fraction from 0 to 1 such as 0.1, found {s:?}")),
    }
}
