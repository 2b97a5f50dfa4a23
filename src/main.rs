//! The claimcheck binary: arguments → library → report → exit code.
//!
//! Exit codes: 0 when no claim has a verdict listed in `--fail-on`, 1 when
//! one does, 2 when the tool could not run (bad arguments or input, or a
//! failed write). Only this file writes to the terminal.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use claimcheck::cli::{CheckArgs, Cli, ColorChoice, Command, ExtractArgs, ExtractFormat};
use claimcheck::report::{render, RenderOptions};
use claimcheck::verdict::Settings;
use claimcheck::{check, extract, CheckRequest};

/// What a run came to.
enum Outcome {
    /// Every claim passed.
    Passed,
    /// At least one claim has a verdict listed in `--fail-on`.
    Failed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Extract(args) => run_extract(args),
    };
    match result {
        Ok(Outcome::Passed) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claimcheck: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn run_check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let request = CheckRequest {
        claims: args.claims,
        article: args.article,
        published: args.published,
        settings: Settings { tolerance: args.tolerance },
    };
    let report = check(&request)?;
    let color = use_color(args.color, args.output.is_none());
    let bytes = {
        let mut buf = Vec::new();
        render(&report, args.format, RenderOptions { color }, &mut buf)?;
        buf
    };
    emit(&bytes, args.output.as_deref())?;
    let failing: Vec<_> = args.fail_on.iter().filter_map(|f| f.verdict()).collect();
    let failed = report.files.iter().flat_map(|f| &f.results).any(|r| failing.contains(&r.verdict));
    Ok(if failed { Outcome::Failed } else { Outcome::Passed })
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<Outcome> {
    let stdin = if args.articles.iter().any(|p| p == Path::new("-")) {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
        Some(bytes)
    } else {
        None
    };
    let report = extract(&args.articles, stdin, args.published, args.tolerance)?;
    let mut buf = Vec::new();
    match args.format {
        ExtractFormat::Text => claimcheck::report::extract::render_text(&report, &mut buf)?,
        ExtractFormat::Json => claimcheck::report::extract::render_json(&report, &mut buf)?,
    }
    emit(&buf, args.output.as_deref())?;
    Ok(Outcome::Passed)
}

/// Colour for the text report: decided once, here.
fn use_color(choice: ColorChoice, to_stdout: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            to_stdout && !no_color && std::io::stdout().is_terminal()
        }
    }
}

/// Writes the report to stdout, or to `output` through a temporary file in
/// the same folder and a rename, so a failed run never leaves half a file.
fn emit(bytes: &[u8], output: Option<&Path>) -> anyhow::Result<()> {
    let Some(path) = output else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes)?;
        stdout.flush()?;
        return Ok(());
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
        tmp.write_all(bytes)?;
        tmp.flush()?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    };
    write().map_err(|source| claimcheck::error::Error::Write { path: path.to_path_buf(), source })?;
    Ok(())
}
