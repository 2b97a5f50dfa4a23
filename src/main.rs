//! The claimcheck binary: arguments → library → report → exit code.
//!
//! Exit codes: 0 when no claim has a verdict listed in `--fail-on`, 1 when
//! one does, 2 when the tool could not run (bad arguments or input, or a
//! failed write). Only this file writes to the terminal.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

use claimcheck::article::relative_from;
use claimcheck::cli::{
    CheckArgs, Cli, Command, CompareArgs, DiffArgs, DraftArgs, ExtractArgs, ExtractFormat, FailOnArg, LintArgs,
};
use claimcheck::confine::{Confinement, DEFAULT_MAX_BYTES};
use claimcheck::output::{remove_on_signals, ReportFile};
use claimcheck::parallel::Jobs;
use claimcheck::report::{baseline, clean, diff, render, RenderOptions};
use claimcheck::verdict::Settings;
use claimcheck::{
    check, compare, draft, explain, extract, extract_each, find_claims, lint, CheckRequest, CompareRequest,
    ExtractRequest, LintRequest,
};

/// What a run came to.
enum Outcome {
    /// Every claim passed.
    Passed,
    /// At least one claim has a verdict listed in `--fail-on` (and, with a
    /// baseline, is a new failure).
    Failed,
    /// Some claims files or articles could not be read or parsed: the
    /// report lists them with the rest, and the run exits with 2.
    Broken,
}

/// mimalloc serves the many small, short-lived allocations of reading an
/// article faster than the system allocator, and its heaps grow without a
/// system call per step on every thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Where `check` looks for claims files when none are named.
const CLAIMS_DIR: &str = "claims";

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if !err.use_stderr() => {
            // --help and --version.
            let _ = err.print();
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("claimcheck: error: {}", clean(&one_line(&err.to_string())));
            return ExitCode::from(2);
        }
    };
    if let Err(err) = remove_on_signals() {
        eprintln!("claimcheck: error: cannot watch for signals: {}", clean(&err.to_string()));
        return ExitCode::from(2);
    }
    let result = match cli.command {
        Command::Check(args) => run_check(args, cli.color),
        Command::Extract(args) => run_extract(args),
        Command::Diff(args) => run_diff(args, cli.color),
        Command::Draft(args) => run_draft(args),
        Command::Lint(args) => run_lint(args, cli.color),
        Command::Compare(args) => run_compare(args, cli.color),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "claimcheck", &mut script);
            emit(&script, None, &[]).map(|()| Outcome::Passed)
        }
        Command::Man => man_page().and_then(|page| emit(&page, None, &[])).map(|()| Outcome::Passed),
        Command::Schema(args) => {
            let schema = if args.report {
                claimcheck::report::schema::report_schema()
            } else {
                claimcheck::claims::schema::claims_schema()
            };
            emit(schema.as_bytes(), None, &[]).map(|()| Outcome::Passed)
        }
    };
    match result {
        Ok(Outcome::Passed) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Ok(Outcome::Broken) => ExitCode::from(2),
        Err(err) => {
            // One line, inert: the message may quote the claims file.
            eprintln!("claimcheck: error: {}", clean(&chain(&err)));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line, each said once: a message that
/// already ends with its cause's words (`cannot read the file: {source}`)
/// does not repeat them.
fn chain(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain().map(ToString::to_string) {
        if !line.ends_with(&cause) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&cause);
        }
    }
    line
}

/// The manual page of `claimcheck`, with a section per subcommand, from
/// the same clap definitions as `--help`.
fn man_page() -> anyhow::Result<Vec<u8>> {
    let command = Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("claimcheck {}", sub.get_name());
        page.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        let man = clap_mangen::Man::new(sub.clone().bin_name(name));
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        man.render_options_section(&mut part)?;
        // Each part repeats the page's preamble; its sections are subsections here.
        for line in String::from_utf8_lossy(&part).lines().filter(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))
        {
            let line = line.strip_prefix(".SH ").map_or_else(|| line.to_string(), |rest| format!(".SS {rest}"));
            page.extend_from_slice(line.as_bytes());
            page.push(b'\n');
        }
    }
    Ok(page)
}

/// clap's message on one line: its lines joined, without the usage and the
/// pointer to `--help`.
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .collect();
    lines.join(" ").trim_start_matches("error: ").to_string()
}

fn run_check(args: CheckArgs, color: colorchoice_clap::Color) -> anyhow::Result<Outcome> {
    let detail = args.detail();
    let jsonl = args.jsonl;
    // Checked here: clap's `requires` counts an absent --jsonl as present (as false).
    if args.first_line.is_some() && !jsonl {
        anyhow::bail!("--first-line numbers the lines of `check --jsonl`: add --jsonl");
    }
    let claims = if args.claims.is_empty() && !jsonl { find_claims(Path::new(CLAIMS_DIR))? } else { args.claims };
    let mut inputs: Vec<PathBuf> = claims.clone();
    inputs.extend(args.article.iter().chain(&args.baseline).cloned());
    let output = args.output.as_deref().map(|p| ReportFile::create(p, &inputs)).transpose()?;
    let stdin = match &args.article {
        Some(a) if a == Path::new("-") => Some(read_stdin(args.max_article_bytes)?),
        _ => None,
    };
    let request = CheckRequest {
        claims,
        article: args.article,
        stdin,
        published: args.published,
        settings: Settings { tolerance: args.tolerance },
        fail_on: args.fail_on.verdicts(),
        baseline: args.baseline,
        coverage: args.coverage || args.fail_on.uncovered(),
        fail_uncovered: args.fail_on.uncovered(),
        confinement: Confinement {
            allow: args.allow_path,
            workdir: std::env::current_dir().context("cannot read the working folder")?,
            max_bytes: args.max_article_bytes,
        },
        fail_fast: args.fail_fast,
        jobs: Jobs(args.threads.jobs),
    };
    if jsonl {
        let streamed = claimcheck::stream::check_jsonl(
            &request,
            args.first_line.unwrap_or(1),
            &mut std::io::stdin().lock(),
            &mut std::io::stdout().lock(),
        )?;
        return Ok(match streamed {
            s if s.errors > 0 => Outcome::Broken,
            s if s.failed > 0 => Outcome::Failed,
            _ => Outcome::Passed,
        });
    }
    if let Some(id) = &args.explain {
        let (text, articles) = explain(&request, id)?;
        emit(text.as_bytes(), output, &articles)?;
        return Ok(Outcome::Passed);
    }
    let report = check(&request)?;
    let to_stdout = output.is_none();
    let outcome = write_report(&report, args.format, output, use_color(color, to_stdout), detail);
    // The process ends next: freeing a batch's report, allocation by
    // allocation, would only delay the exit.
    std::mem::forget(report);
    outcome
}

fn run_compare(args: CompareArgs, color: colorchoice_clap::Color) -> anyhow::Result<Outcome> {
    let detail = match (args.quiet, args.verbose) {
        (true, _) => claimcheck::report::Detail::Quiet,
        (_, true) => claimcheck::report::Detail::Verbose,
        _ => claimcheck::report::Detail::Normal,
    };
    only_in_check(&args.fail_on, "compare")?;
    let inputs = [args.text.clone(), args.source.clone()];
    let output = args.output.as_deref().map(|p| ReportFile::create(p, &inputs)).transpose()?;
    let request = CompareRequest {
        text: args.text,
        source: args.source,
        published: args.reading.published,
        settings: Settings { tolerance: args.reading.tolerance },
        fail_on: args.fail_on.verdicts(),
    };
    let report = compare(&request)?;
    let to_stdout = output.is_none();
    write_report(&report, args.format, output, use_color(color, to_stdout), detail)
}

fn run_lint(args: LintArgs, color: colorchoice_clap::Color) -> anyhow::Result<Outcome> {
    let detail = args.detail();
    let mut inputs = args.articles.clone();
    inputs.extend(args.baseline.iter().cloned());
    let output = args.output.as_deref().map(|p| ReportFile::create(p, &inputs)).transpose()?;
    let request = LintRequest {
        articles: args.articles,
        published: args.reading.published,
        settings: Settings { tolerance: args.reading.tolerance },
        baseline: args.baseline,
        workdir: std::env::current_dir().context("cannot read the working folder")?,
        jobs: Jobs(args.threads.jobs),
    };
    let report = lint(&request)?;
    let to_stdout = output.is_none();
    write_report(&report, args.format, output, use_color(color, to_stdout), detail)
}

/// Renders `report` to standard output or `output`; the outcome follows
/// its failing claims.
fn write_report(
    report: &claimcheck::report::Report,
    format: claimcheck::report::Format,
    output: Option<ReportFile>,
    color: bool,
    detail: claimcheck::report::Detail,
) -> anyhow::Result<Outcome> {
    // Nothing was checked: no report, as before batches went on.
    if report.files.is_empty() && !report.errors.is_empty() {
        return Ok(broken(&report.errors));
    }
    let options = RenderOptions {
        format,
        color,
        width: terminal_width(),
        detail,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    for warning in &report.warnings {
        eprintln!("claimcheck: warning: {}", clean(warning));
    }
    let articles: Vec<PathBuf> = report.files.iter().map(|f| PathBuf::from(&f.article)).collect();
    emit_with(|out| render(report, &options, out), output, &articles)?;
    Ok(if !report.errors.is_empty() {
        broken(&report.errors)
    } else if report.failed() {
        Outcome::Failed
    } else {
        Outcome::Passed
    })
}

/// Each file that could not be checked, on standard error too, where the
/// first error stopped the run before batches went on past it.
fn broken(errors: &[claimcheck::report::InputError]) -> Outcome {
    for e in errors {
        eprintln!("claimcheck: error: {}", e.error);
    }
    Outcome::Broken
}

fn run_diff(args: DiffArgs, color: colorchoice_clap::Color) -> anyhow::Result<Outcome> {
    only_in_check(&args.fail_on, "diff")?;
    let workdir = std::env::current_dir().context("cannot read the working folder")?;
    let old = baseline::load(&args.old, DEFAULT_MAX_BYTES, &workdir)?;
    let new = baseline::load(&args.new, DEFAULT_MAX_BYTES, &workdir)?;
    let changes = diff::compare(&old, &new, &args.fail_on.verdicts());
    let mut buf = Vec::new();
    diff::render(&changes, use_color(color, true), &mut buf)?;
    emit(&buf, None, &[])?;
    Ok(if changes.newly_failing() { Outcome::Failed } else { Outcome::Passed })
}

/// `--fail-on uncovered` asks about the claims' coverage of an article,
/// which only `check` measures.
fn only_in_check(fail_on: &FailOnArg, command: &str) -> anyhow::Result<()> {
    if fail_on.uncovered() {
        anyhow::bail!("--fail-on uncovered applies to `check` only, not to `{command}`");
    }
    Ok(())
}

fn run_draft(args: DraftArgs) -> anyhow::Result<Outcome> {
    // The claims file names its article relative to its own folder.
    let name = match &args.output {
        Some(out) => {
            let cwd = std::env::current_dir().context("cannot read the current folder")?;
            let folder = cwd.join(out.parent().unwrap_or(Path::new("")));
            relative_from(&folder, &cwd.join(&args.source))
        }
        None => args.source.clone(),
    };
    let output =
        args.output.as_deref().map(|p| ReportFile::create(p, std::slice::from_ref(&args.source))).transpose()?;
    let json = draft(&args.source, args.published, &claimcheck::report::display_path(&name))?;
    emit(json.as_bytes(), output, std::slice::from_ref(&args.source))?;
    Ok(Outcome::Passed)
}

/// Standard input's bytes, an article (`-`) of at most `limit` bytes.
fn read_stdin(limit: u64) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin().take(limit.saturating_add(1)).read_to_end(&mut bytes).context("cannot read standard input")?;
    if bytes.len() as u64 > limit {
        return Err(claimcheck::error::Error::TooLarge { path: "-".into(), limit }.into());
    }
    Ok(bytes)
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let stdin = if args.articles.iter().any(|p| p == Path::new("-")) {
        Some(read_stdin(args.max_article_bytes)?)
    } else {
        None
    };
    let output = args.output.as_deref().map(|p| ReportFile::create(p, &args.articles)).transpose()?;
    let request = ExtractRequest {
        articles: args.articles,
        published: args.reading.published,
        tolerance: args.reading.tolerance,
        max_bytes: args.max_article_bytes,
        fail_fast: args.fail_fast,
        jobs: Jobs(args.threads.jobs),
    };
    if args.jsonl {
        return extract_lines(&request, stdin, output);
    }
    let report = extract(&request, stdin)?;
    if report.files.is_empty() && !report.errors.is_empty() {
        return Ok(broken(&report.errors));
    }
    let render = |out: &mut dyn Write| match args.format {
        ExtractFormat::Text => claimcheck::report::extract::render_text(&report, out),
        ExtractFormat::Json => claimcheck::report::extract::render_json(&report, out),
    };
    emit_with(render, output, &[])?;
    Ok(if report.errors.is_empty() { Outcome::Passed } else { broken(&report.errors) })
}

/// `extract --jsonl`: each article's line written as soon as its batch is
/// read, so memory does not grow with the number of articles. The lines of
/// unreadable articles wait for the first readable one: when none can be
/// read, nothing is written (no file either) and the run only says why.
fn extract_lines(
    request: &ExtractRequest,
    stdin: Option<Vec<u8>>,
    output: Option<ReportFile>,
) -> anyhow::Result<Outcome> {
    let mut output = output;
    let mut errors = Vec::new();
    let mut held = Vec::new();
    let mut read_any = false;
    let written = {
        let mut sink: Box<dyn Write> = match output.as_mut() {
            Some(file) => Box::new(file.writer()),
            None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        };
        // Said of standard output here; of the file below.
        let write_error = |source| claimcheck::error::Error::Write { path: PathBuf::from("-"), source };
        extract_each(request, stdin, |result| {
            if let Err(e) = &result {
                errors.push(e.clone());
            }
            read_any |= result.is_ok();
            held.push(result);
            if read_any {
                for line in held.drain(..) {
                    claimcheck::report::extract::render_jsonl_line(&line, &mut sink).map_err(write_error)?;
                }
            }
            Ok(())
        })
        .and_then(|()| sink.flush().map_err(write_error))
    };
    match (written, &output) {
        // A closed standard output (`| head`) stops the writing quietly.
        (Err(claimcheck::error::Error::Write { source, .. }), None)
            if source.kind() == std::io::ErrorKind::BrokenPipe => {}
        (Err(claimcheck::error::Error::Write { source, .. }), Some(file)) => {
            return Err(file.write_error(source).into())
        }
        (result, _) => result?,
    }
    if !read_any {
        return Ok(broken(&errors));
    }
    if let Some(file) = output {
        file.persist()?;
    }
    Ok(if errors.is_empty() { Outcome::Passed } else { broken(&errors) })
}

/// Colour, decided once, here: `--color always` or `never` as said; `auto`
/// colours only standard output, and only where anstream finds a terminal
/// that wants colour (it reads `NO_COLOR`, `CLICOLOR_FORCE` and `TERM`).
fn use_color(color: colorchoice_clap::Color, to_stdout: bool) -> bool {
    match color.color {
        clap::ColorChoice::Always => true,
        clap::ColorChoice::Never => false,
        clap::ColorChoice::Auto => {
            to_stdout && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

/// Width the text report fits its lines to: `COLUMNS` when set, else the
/// terminal standard output writes to, else 100 (a pipe, a file).
fn terminal_width() -> usize {
    let terminal = || terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0));
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(terminal)
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

/// Writes the report to stdout, or to `output` (see [`ReportFile`]) unless
/// it is one of the articles the run read. A closed standard output (`| head`)
/// stops the writing quietly; the run still ends with its verdict's code.
fn emit(bytes: &[u8], output: Option<ReportFile>, articles: &[PathBuf]) -> anyhow::Result<()> {
    emit_with(|out| out.write_all(bytes), output, articles)
}

/// [`emit`] of what `write` renders, written as it is rendered (through a
/// buffer) rather than held whole in memory first.
fn emit_with(
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    output: Option<ReportFile>,
    articles: &[PathBuf],
) -> anyhow::Result<()> {
    let Some(file) = output else {
        let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        return match write(&mut stdout).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        };
    };
    file.refuse_inputs(articles)?;
    file.commit_with(write)?;
    Ok(())
}
