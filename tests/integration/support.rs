//! Running the binary with a clean environment.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root, where `claims/` and `article/` are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared folder beside the repository (corpus, schemas), if present.
pub fn shared() -> Option<PathBuf> {
    let dir = root().join("../shared");
    dir.is_dir().then_some(dir)
}

/// The articles of the BBC corpus in ../shared, sorted, if it is present.
pub fn corpus_files() -> Option<Vec<PathBuf>> {
    let dir = shared()?.join("corpus/news/all/bbc");
    let mut files = Vec::new();
    for category in std::fs::read_dir(&dir).ok()?.filter_map(Result::ok) {
        for f in std::fs::read_dir(category.path()).ok()?.filter_map(Result::ok) {
            files.push(f.path());
        }
    }
    files.sort();
    Some(files)
}

/// The files of `dir` whose name ends in `.ext`, sorted.
pub fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

/// The binary with `args`, to run in `dir` with a cleared environment and
/// `NO_COLOR` set.
fn binary(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    command.args(args).current_dir(dir).env_clear().env("NO_COLOR", "1");
    command
}

/// The binary with piped standard streams, started.
fn spawn(dir: &Path, args: &[&str], stdin: std::process::Stdio) -> std::process::Child {
    binary(dir, args)
        .stdin(stdin)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the claimcheck binary starts")
}

/// Runs the binary in `dir` with `args`, with a cleared environment and
/// `NO_COLOR` set.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    binary(dir, args).output().expect("the claimcheck binary runs")
}

/// Runs the binary in the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Runs the binary in the repository root with `input` on standard input.
pub fn run_with_input(args: &[&str], input: &str) -> Output {
    run_with_input_in(&root(), args, input)
}

/// Runs the binary in `dir` with `input` on standard input.
pub fn run_with_input_in(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = spawn(dir, args, std::process::Stdio::piped());
    child.stdin.take().expect("stdin is piped").write_all(input.as_bytes()).expect("stdin takes the input");
    child.wait_with_output().expect("the claimcheck binary runs")
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The exit code (None when killed by a signal).
pub fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

/// Runs the binary in `dir` with `args` like [`run_in`], but kills it after
/// `limit`: a run that takes longer fails the test instead of hanging it.
pub fn run_within(dir: &Path, args: &[&str], limit: std::time::Duration) -> Output {
    let mut child = spawn(dir, args, std::process::Stdio::null());
    let started = std::time::Instant::now();
    // Drain the pipes on threads so a large report cannot block the child.
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut out_pipe, &mut buf).ok();
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut err_pipe, &mut buf).ok();
        buf
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            panic!("claimcheck {args:?} took more than {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let stdout = out_reader.join().expect("stdout reader");
    let stderr = err_reader.join().expect("stderr reader");
    Output { status, stdout, stderr }
}
