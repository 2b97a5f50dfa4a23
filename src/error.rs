//! Typed errors at the library boundary: each names the file and, when known,
//! the line and column, so the binary can print one line and exit with code 2.

use std::path::PathBuf;

/// Everything that stops claimcheck from running. A failed claim is never an
/// error: it is a verdict in the report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read.
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        /// The file as the user named it.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The article a claims file names cannot be read.
    #[error("{}:{line}:{column}: cannot read the article {}: {source}", claims.display(), article.display())]
    Article {
        /// The claims file that names it.
        claims: PathBuf,
        /// Line of the `article` value.
        line: usize,
        /// Column of the `article` value.
        column: usize,
        /// The article path, resolved against the claims file.
        article: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The article a claims file names may not be read: it lies outside the
    /// root, or is no regular file.
    #[error("{}:{line}:{column}: refusing to read the article {}: {refusal}", claims.display(), article.display())]
    Confined {
        /// The claims file that names it.
        claims: PathBuf,
        /// Line of the `article` value.
        line: usize,
        /// Column of the `article` value.
        column: usize,
        /// The article path, resolved against the claims file.
        article: PathBuf,
        /// Why it is refused.
        refusal: crate::confine::Refusal,
    },
    /// A file is not a regular file where only one will do.
    #[error("{}: the file is {kind}, not a regular file", path.display())]
    NotRegular {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        kind: &'static str,
    },
    /// A file holds more bytes than the limit.
    #[error("{}: the file holds more than {limit} bytes, the limit (raise it with --max-article-bytes)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// An article, claims file or report is not UTF-8 text.
    #[error("{}:{line}:{column}: the file is not valid UTF-8 (expected UTF-8 text)", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        column: usize,
    },
    /// An article holds no text.
    #[error("{}: the article is empty (expected some text to check claims against)", path.display())]
    EmptyArticle {
        /// The article file.
        path: PathBuf,
    },
    /// A claims file is malformed or invalid.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Claims {
        /// The claims file.
        path: PathBuf,
        /// Line of the offending value.
        line: usize,
        /// Column of the offending value.
        column: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// An earlier JSON report (for `--baseline` or `diff`) cannot be used.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Report {
        /// The report file.
        path: PathBuf,
        /// Line of the problem (1 when it concerns the whole file).
        line: usize,
        /// Column of the problem.
        column: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// `check` without claims files found none to check.
    #[error("no claims files to check: {} holds no .json file (pass the claims files to check)", dir.display())]
    NoClaims {
        /// The folder searched.
        dir: PathBuf,
    },
    /// `check --explain` named a claim that no claims file holds.
    #[error("no claim with the id `{id}` in the claims files checked (expected the \"id\" of a claim)")]
    UnknownClaim {
        /// The id asked for.
        id: String,
    },
    /// `draft` found nothing to draft a claim from.
    #[error("{}: no figure, date or attributed quote to draft a claim from (expected a text that states some)", path.display())]
    NothingToDraft {
        /// The source.
        path: PathBuf,
    },
    /// `--output` names a path a report may not be written to.
    #[error("{}: refusing to write the report there: {reason}", path.display())]
    Output {
        /// The output path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A report could not be written.
    #[error("{}: cannot write the report: {source}", path.display())]
    Write {
        /// The output file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
}

impl Error {
    /// Where the error lies: the file, line and column (line 1, column 1
    /// when it concerns the whole file), or `None` when it names no file.
    pub fn position(&self) -> Option<(&std::path::Path, usize, usize)> {
        match self {
            Error::Article { claims, line, column, .. } | Error::Confined { claims, line, column, .. } => {
                Some((claims, *line, *column))
            }
            Error::NotUtf8 { path, line, column }
            | Error::Claims { path, line, column, .. }
            | Error::Report { path, line, column, .. } => Some((path, *line, *column)),
            Error::Read { path, .. }
            | Error::NotRegular { path, .. }
            | Error::TooLarge { path, .. }
            | Error::EmptyArticle { path }
            | Error::NothingToDraft { path }
            | Error::Output { path, .. }
            | Error::Write { path, .. } => Some((path, 1, 1)),
            Error::NoClaims { .. } | Error::UnknownClaim { .. } => None,
        }
    }

    /// The message without the place it starts with.
    pub fn detail(&self) -> String {
        let full = self.to_string();
        let Some((path, line, column)) = self.position() else {
            return full;
        };
        let path = path.display();
        let placed = [format!("{path}:{line}:{column}: "), format!("{path}: ")];
        placed.iter().find_map(|p| full.strip_prefix(p.as_str())).map_or(full.clone(), str::to_string)
    }
}
