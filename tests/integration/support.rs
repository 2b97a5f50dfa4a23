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

/// Runs the binary in `dir` with `args`, with a cleared environment and
/// `NO_COLOR` set.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .output()
        .expect("the claimcheck binary runs")
}

/// Runs the binary in the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Runs the binary in the repository root with `input` on standard input.
pub fn run_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .env_clear()
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the claimcheck binary starts");
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
