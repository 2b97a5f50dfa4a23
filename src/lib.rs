//! claimcheck checks a claims file of structured statements (figures, dates,
//! sources, quotes) against the text of an article.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`claims`]: the claims file → validated [`claims::ClaimsFile`].
//! 2. [`article`]: the article file → checked UTF-8 text with markup blanked.
//! 3. [`segment`]: text → paragraphs, sentences and tokens with byte spans.
//! 4. [`mod@extract`]: sentences → figures, dates, attributions and quotes, read
//!    once per article into an [`extract::ArticleIndex`].
//! 5. [`matching`]: claim terms → the sentences that speak of each claim.
//! 6. [`verdict`]: claim + mentions → a [`verdict::Judgement`].
//! 7. [`report`]: judgements → a [`report::Report`] → text, JSON, Markdown,
//!    GitHub workflow commands, SARIF or JUnit.
//!
//! Stages never print, exit or read the environment; only the binary does.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod claims;
pub mod cli;
pub mod confine;
pub mod coverage;
pub mod draft;
pub mod error;
pub mod extract;
pub mod lint;
pub mod matching;
pub mod output;
pub mod parallel;
pub mod report;
pub mod segment;
pub mod source;
pub mod stream;
pub mod verdict;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use article::{resolve_relative, Article};
use confine::{Confinement, Trust};
use error::Error;
use extract::{index_article, read_facts, ArticleIndex};
use matching::WordIndex;
use parallel::Jobs;
use report::{build_file, FileReport, Report};
use verdict::{judge, Settings, Verdict};

/// What `check` needs to know.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    /// Claims files, in the order given.
    pub claims: Vec<PathBuf>,
    /// An article that replaces each file's own (`-`: the bytes in `stdin`).
    pub article: Option<PathBuf>,
    /// Standard input's bytes, read by the caller when `article` is `-`.
    pub stdin: Option<Vec<u8>>,
    /// A publication date that replaces each file's own.
    pub published: Option<Date>,
    /// Comparison settings.
    pub settings: Settings,
    /// The verdicts that fail the run.
    pub fail_on: Vec<Verdict>,
    /// An earlier JSON report: failures it already had do not fail the run.
    pub baseline: Option<PathBuf>,
    /// List the figures, dates and quotes no claim covers.
    pub coverage: bool,
    /// An uncovered figure, date or quote fails the run.
    pub fail_uncovered: bool,
    /// Where the claims files' own `article` paths may lead, and the most
    /// bytes any file read may hold.
    pub confinement: Confinement,
    /// Stop at the first claims file or article that cannot be read or
    /// parsed, instead of reporting it and checking the rest.
    pub fail_fast: bool,
    /// Threads that read, index and judge files at once.
    pub jobs: Jobs,
}

/// An article read and indexed once, shared by every claims file that uses it.
struct Indexed {
    article: Article,
    index: ArticleIndex,
    words: WordIndex,
}

/// The article a claims file is checked against, with the date it is read
/// with: files that share both share one index.
type ArticleKey = (PathBuf, Option<Date>);

/// A claims file read, and where its article is.
struct Loaded {
    file: claims::ClaimsFile,
    key: ArticleKey,
    trust: Trust,
}

/// Judges every claims file of `request` against its article, reading and
/// indexing each article once, and gives `per_file`'s result for each
/// file, in the order given. Files, then articles, then each file's claims
/// are worked on by `request.jobs` threads; the results do not depend on
/// how many. A claims file or article that cannot be read or parsed is
/// returned among the errors (in the order given) and the other files are
/// judged, unless `request.fail_fast` (or `fail_fast` here) asks to return
/// the first one instead.
fn judge_files<C: Send, T: Send>(
    request: &CheckRequest,
    fail_fast: bool,
    per_claim: impl Fn(&claims::ClaimsFile, &Indexed, &claims::Claim, verdict::Judgement) -> C + Sync + Send,
    per_file: impl Fn(&claims::ClaimsFile, &Indexed, Vec<C>) -> T + Sync + Send,
) -> Result<(Vec<T>, Vec<Error>), Error> {
    let pool = parallel::Pool::new(request.jobs);
    let loaded = pool.map_in_order(&request.claims, |path| load_file(request, path));
    // Per file, in input order, its result or why there is none.
    let mut judged: Vec<Option<Result<T, Error>>> = (0..loaded.len()).map(|_| None).collect();
    // The files that share an article, in input order: each article is
    // read and indexed once, its files judged, and its index and the files
    // dropped, so memory holds the articles and claims in work, not the
    // batch's.
    let mut shared: BTreeMap<ArticleKey, Vec<(usize, Loaded)>> = BTreeMap::new();
    for (i, file) in loaded.into_iter().enumerate() {
        match file {
            Ok(file) => shared.entry(file.key.clone()).or_default().push((i, file)),
            Err(e) => judged[i] = Some(Err(e)),
        }
    }
    let groups: Vec<Vec<(usize, Loaded)>> = shared.into_values().collect();
    // Each claim's judgement is turned into what the caller keeps of it as
    // soon as it is made.
    let run = |file: &Loaded, indexed: &Indexed| {
        let judge = |c| judge(c, &indexed.index, &indexed.words, request.settings);
        let kept = file.file.claims.iter().map(|c| per_claim(&file.file, indexed, c, judge(c))).collect();
        per_file(&file.file, indexed, kept)
    };
    let by_group = pool.map_owned_in_order(groups, |members| {
        let indexed = load_article(request, &members[0].1);
        parallel::map_nested(&members, |(i, file)| {
            let result = match &indexed {
                Ok(indexed) => Ok(run(file, indexed)),
                // Read again for this file's own error (its claims file and
                // the place that names the article), as one file at a time did.
                Err(_) => load_article(request, file).map(|indexed| run(file, &indexed)),
            };
            (*i, result)
        })
    });
    for (i, result) in by_group.into_iter().flatten() {
        judged[i] = Some(result);
    }
    let mut results = Vec::with_capacity(judged.len());
    let mut errors = Vec::new();
    for judged in judged.into_iter().flatten() {
        match judged {
            Ok(result) => results.push(result),
            Err(e) if fail_fast || request.fail_fast => return Err(e),
            Err(e) => errors.push(e),
        }
    }
    Ok((results, errors))
}

/// Reads the claims file at `path` and finds its article (see [`judge_files`]).
fn load_file(request: &CheckRequest, path: &Path) -> Result<Loaded, Error> {
    let file = claims::load_claims(path, request.published, request.confinement.max_bytes)?;
    let (article_path, trust) = match (&request.article, &file.article) {
        (Some(a), _) => (a.clone(), Trust::Operator),
        (None, Some(a)) => {
            let article = resolve_relative(path, a);
            confine(&request.confinement, &file, &article)?;
            (article, Trust::Untrusted)
        }
        (None, None) => {
            return Err(Error::Claims {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message: "the claims file names no `article` (add \"article\": \"path\" or pass --article)".to_string(),
            })
        }
    };
    let key = (article_path, file.published);
    Ok(Loaded { file, key, trust })
}

/// Reads and indexes the article of `file`; an article that cannot be read
/// is an error at the place in the claims file that names it.
fn load_article(request: &CheckRequest, file: &Loaded) -> Result<Indexed, Error> {
    let (article_path, published) = &file.key;
    let from_stdin = request.article.is_some() && article_path == Path::new("-");
    let loaded = match &request.stdin {
        Some(bytes) if from_stdin => Article::from_bytes(article_path.clone(), bytes.clone()),
        _ => Article::load(article_path, request.confinement.max_bytes, file.trust),
    };
    let article = loaded.map_err(|e| match (e, &request.article) {
        (Error::Read { path: article, source }, None) => Error::Article {
            claims: file.file.path.clone(),
            line: file.file.article_position.line,
            column: file.file.article_position.column,
            article,
            source,
        },
        (e, _) => e,
    })?;
    let index = index_article(&article, *published);
    let words = WordIndex::new(&index);
    Ok(Indexed { article, index, words })
}

/// Refuses the claims file's own `article` path when the confinement does
/// not allow it (see [`confine`]).
fn confine(confinement: &Confinement, file: &claims::ClaimsFile, article: &Path) -> Result<(), Error> {
    let (line, column) = (file.article_position.line, file.article_position.column);
    match confinement.check(&file.path, article) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(refusal)) => {
            Err(Error::Confined { claims: file.path.clone(), line, column, article: article.to_path_buf(), refusal })
        }
        Err(source) => {
            Err(Error::Article { claims: file.path.clone(), line, column, article: article.to_path_buf(), source })
        }
    }
}

/// Checks every claims file against its article and builds the report.
pub fn check(request: &CheckRequest) -> Result<Report, Error> {
    // A judgement is kept past its result only for `--coverage`.
    let per_claim = |file: &_, indexed: &Indexed, claim: &_, j: verdict::Judgement| {
        (report::build_result(file, &indexed.article, &indexed.index, claim, &j), request.coverage.then_some(j))
    };
    let (built, errors) = judge_files(request, false, per_claim, |file, indexed, judged| {
        let section = request.coverage.then(|| {
            let mut covered = coverage::Covered::new(&indexed.index);
            for j in judged.iter().filter_map(|(_, j)| j.as_ref()) {
                covered.add(&indexed.index, j);
            }
            report::coverage::ArticleCoverage::build(&indexed.article, &indexed.index, &covered)
        });
        let results = judged.into_iter().map(|(result, _)| result).collect();
        (report::file_report(file, &indexed.article, &indexed.index, results), section)
    })?;
    let (files, sections): (Vec<FileReport>, Vec<_>) = built.into_iter().unzip();
    let sections: Vec<_> = sections.into_iter().flatten().collect();
    let mut report = Report::new(files, request.fail_on.clone());
    report.errors = errors.iter().map(report::InputError::of).collect();
    if request.coverage {
        report.coverage = Some(report::coverage::join(sections));
        report.fail_uncovered = request.fail_uncovered;
    }
    if let Some(path) = &request.baseline {
        let saved = report::baseline::load(path, request.confinement.max_bytes, &request.confinement.workdir)?;
        report::baseline::mark(&mut report, &saved, &report::display_path(path));
    }
    Ok(report)
}

/// Explains the verdict of every claim with id `id` in the claims files of
/// `request` (`check --explain`); also gives the articles read, so the
/// caller can refuse to write over one.
pub fn explain(request: &CheckRequest, id: &str) -> Result<(String, Vec<PathBuf>), Error> {
    let per_claim = |file: &_, indexed: &Indexed, claim: &claims::Claim, j| {
        (claim.id == id)
            .then(|| report::explain::explain(file, &indexed.article, &indexed.index, &indexed.words, claim, &j))
    };
    let (explained, _) = judge_files(request, true, per_claim, |_, indexed, texts| {
        (indexed.article.path.clone(), texts.into_iter().flatten().collect::<Vec<String>>())
    })?;
    let (articles, out): (Vec<PathBuf>, Vec<Vec<String>>) = explained.into_iter().unzip();
    let out: Vec<String> = out.into_iter().flatten().collect();
    if out.is_empty() {
        return Err(Error::UnknownClaim { id: id.to_string() });
    }
    Ok((out.join("\n"), articles))
}

/// Every `*.json` file under `dir`, at any depth, in sorted order: the claims
/// files `check` reads when none are named.
pub fn find_claims(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut found = Vec::new();
    if !dir.is_dir() {
        return Err(Error::NoClaims { dir: dir.to_path_buf() });
    }
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::Read { path, source: e.into_io_error().unwrap_or_else(|| std::io::Error::other("file system loop")) }
        })?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "json") {
            found.push(entry.into_path());
        }
    }
    if found.is_empty() {
        return Err(Error::NoClaims { dir: dir.to_path_buf() });
    }
    found.sort();
    Ok(found)
}

/// What `lint` needs to know.
#[derive(Debug, Clone)]
pub struct LintRequest {
    /// Articles, in the order given.
    pub articles: Vec<PathBuf>,
    /// Publication date for dates without a year and relative dates.
    pub published: Option<Date>,
    /// Comparison settings.
    pub settings: Settings,
    /// An earlier JSON report of `lint`: findings it has do not fail the run.
    pub baseline: Option<PathBuf>,
    /// The working folder, which the baseline's article paths are relative to.
    pub workdir: PathBuf,
    /// Threads that read and lint articles at once.
    pub jobs: Jobs,
}

/// Lints every article: where it disagrees with itself. Each finding is a
/// `conflicting` result of the article's section of the report.
pub fn lint(request: &LintRequest) -> Result<Report, Error> {
    let linted = parallel::Pool::new(request.jobs).map_in_order(&request.articles, |path| -> Result<_, Error> {
        let article = Article::load(path, confine::DEFAULT_MAX_BYTES, confine::Trust::Operator)?;
        let index = index_article(&article, request.published);
        let findings = lint::lint(&article, &index, request.settings);
        Ok(report::lint::build(&article, &index, &findings))
    });
    // The first article that cannot be read, in the order given.
    let files = linted.into_iter().collect::<Result<Vec<_>, Error>>()?;
    let mut report = Report::new(files, vec![Verdict::Conflicting]);
    if let Some(path) = &request.baseline {
        let saved = report::baseline::load(path, confine::DEFAULT_MAX_BYTES, &request.workdir)?;
        report::baseline::mark(&mut report, &saved, &report::display_path(path));
    }
    Ok(report)
}

/// What `compare` needs to know.
#[derive(Debug, Clone)]
pub struct CompareRequest {
    /// The text under check (a summary, a rewrite, coverage of a report).
    pub text: PathBuf,
    /// The source it must agree with.
    pub source: PathBuf,
    /// Publication date for dates without a year and relative dates.
    pub published: Option<Date>,
    /// Comparison settings.
    pub settings: Settings,
    /// The verdicts that fail the run.
    pub fail_on: Vec<Verdict>,
}

/// Checks a text against its source in one step: each figure, date and
/// attributed quote of the text, with its sentence as the statement,
/// checked against the source. Each result points at the text.
pub fn compare(request: &CompareRequest) -> Result<Report, Error> {
    let text = Article::load(&request.text, confine::DEFAULT_MAX_BYTES, confine::Trust::Operator)?;
    let text_index = index_article(&text, request.published);
    let text_words = WordIndex::new(&text_index);
    let source_name = report::display_path(&request.source);
    let style = draft::Style::Sentences;
    let drafted = draft::draft(&text, &text_index, &text_words, request.published, &source_name, style);
    if drafted.claims.is_empty() {
        return Err(Error::NothingToDraft { path: request.text.clone() });
    }
    let mut file = claims::parse_claims(&request.text, &draft::to_json(&drafted), request.published)?;
    // A sentence of the text is a paraphrase: one word in common with a
    // sentence of the source makes that sentence a candidate, and
    // alignment picks the one that states it.
    for claim in &mut file.claims {
        claim.paraphrase = true;
    }
    let source = Article::load(&request.source, confine::DEFAULT_MAX_BYTES, confine::Trust::Operator)?;
    let index = index_article(&source, request.published);
    let words = WordIndex::new(&index);
    let judgements: Vec<_> = file.claims.iter().map(|c| (c, judge(c, &index, &words, request.settings))).collect();
    let mut built = build_file(&file, &source, &index, &judgements);
    let spans: Vec<source::Span> = drafted.claims.iter().map(|c| c.span).collect();
    report::relocate(&mut built, &text, &spans);
    Ok(Report::new(vec![built], request.fail_on.clone()))
}

/// Drafts a claims file from the source at `path`, naming it `name` as its
/// article (`claimcheck draft`).
pub fn draft(path: &Path, published: Option<Date>, name: &str) -> Result<String, Error> {
    let article = Article::load(path, confine::DEFAULT_MAX_BYTES, confine::Trust::Operator)?;
    let index = index_article(&article, published);
    let words = WordIndex::new(&index);
    let drafted = draft::draft(&article, &index, &words, published, name, draft::Style::Located);
    if drafted.claims.is_empty() {
        return Err(Error::NothingToDraft { path: path.to_path_buf() });
    }
    Ok(draft::to_json(&drafted))
}

/// What `extract` needs to know.
#[derive(Debug, Clone)]
pub struct ExtractRequest {
    /// Articles, in the order given (`-` is standard input).
    pub articles: Vec<PathBuf>,
    /// Publication date for dates without a year and relative dates.
    pub published: Option<Date>,
    /// Relative width of "about N".
    pub tolerance: f64,
    /// The most bytes an article may hold.
    pub max_bytes: u64,
    /// Stop at the first article that cannot be read, instead of reporting
    /// it and reading the rest.
    pub fail_fast: bool,
    /// Threads that read and index articles at once.
    pub jobs: Jobs,
}

/// Reads each article (`-` is `stdin`, whose bytes the caller passes) and
/// reports what was extracted. An article that cannot be read is among the
/// report's errors, unless `request.fail_fast`.
pub fn extract(request: &ExtractRequest, stdin: Option<Vec<u8>>) -> Result<report::extract::ExtractReport, Error> {
    let mut files = Vec::with_capacity(request.articles.len());
    let mut errors = Vec::new();
    extract_each(request, stdin, |result| {
        match result {
            Ok(file) => files.push(file),
            Err(e) => errors.push(e),
        }
        Ok(())
    })?;
    Ok(report::extract::ExtractReport { files, errors })
}

/// Articles read at once per thread by [`extract_each`]: enough to keep
/// every thread busy, few enough that memory does not grow with the batch.
const ARTICLES_PER_THREAD: usize = 16;

/// Hands `each` what was extracted from each article, or why it could not
/// be read, in the order given (`extract --jsonl`); see [`extract()`]. The
/// articles are read a bounded batch at a time, each batch on the
/// request's threads, and handed over before the next is read. An error of
/// `each` (a failed write) stops the reading.
pub fn extract_each(
    request: &ExtractRequest,
    stdin: Option<Vec<u8>>,
    mut each: impl FnMut(Result<report::extract::ExtractFile, report::InputError>) -> Result<(), Error>,
) -> Result<(), Error> {
    // Standard input is read once: a second `-` is empty, as before.
    let mut stdin = stdin;
    let batch = request.jobs.threads() * ARTICLES_PER_THREAD;
    let pool = parallel::Pool::new(request.jobs);
    for paths in request.articles.chunks(batch.max(1)) {
        let sources: Vec<(&PathBuf, Option<Vec<u8>>)> = paths
            .iter()
            .map(|path| (path, (path == Path::new("-")).then(|| stdin.take().unwrap_or_default())))
            .collect();
        let extracted = pool.map_in_order(&sources, |(path, bytes)| -> Result<_, Error> {
            let article = match bytes {
                Some(bytes) => Article::from_bytes(path.to_path_buf(), bytes.clone())?,
                None => Article::load(path, request.max_bytes, Trust::Operator)?,
            };
            Ok(report::extract::build(&article, read_facts(&article, request.published), request.tolerance))
        });
        for result in extracted {
            let result = match result {
                Ok(file) => Ok(file),
                Err(e) if request.fail_fast => return Err(e),
                Err(e) => Err(report::InputError::of(&e)),
            };
            each(result)?;
        }
    }
    Ok(())
}
