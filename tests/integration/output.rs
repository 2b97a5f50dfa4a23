//! Exit codes you can gate on and a safe `--output` (issue 9): a closed
//! pipe keeps the verdict's exit code; `--output` never writes over an
//! input, a folder, a device or a symlink, keeps an existing report's mode,
//! and leaves no temporary file behind when the run is killed.

use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{code, root, run_in, stderr};

const CLAIMS: &str = r#"{"article": "article.txt", "claims": [
  {"id": "toll", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137"}
]}"#;

fn case(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), CLAIMS).expect("write claims");
    fs::write(dir.path().join("article.txt"), article).expect("write article");
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `check … | head -c 10` with pipefail: the reader leaves after ten bytes
/// of a report larger than a pipe's buffer, and the run must still say
/// that claims fail.
#[test]
fn issue_9_a_closed_pipe_keeps_the_failing_exit_code() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "claims/iskp-moscow.json", "claims/iskp-attribution.json", "--format", "json"])
        .current_dir(root())
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut head = [0u8; 10];
    child.stdout.take().expect("piped").read_exact(&mut head).expect("ten bytes");
    let out = child.wait_with_output().expect("ends");
    assert_eq!(&head, b"{\n  \"schem");
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "quiet: {}", stderr(&out));
}

#[test]
fn issue_9_output_onto_an_input_is_refused() {
    let dir = case("The attack killed 137 people.\n");
    for target in ["claims.json", "./claims.json", "article.txt", "sub/../article.txt"] {
        fs::create_dir_all(dir.path().join("sub")).expect("sub");
        let out = run_in(dir.path(), &["check", "claims.json", "--output", target]);
        assert_eq!(code(&out), Some(2), "{target}");
        let err = stderr(&out);
        assert!(err.contains("refusing to write the report there: it is an input of this run"), "{err}");
        assert_eq!(err.lines().count(), 1);
    }
    // A hard link to the claims file is the same file.
    fs::hard_link(dir.path().join("claims.json"), dir.path().join("link.json")).expect("link");
    let out = run_in(dir.path(), &["check", "claims.json", "-o", "link.json"]);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(dir.path().join("claims.json")).expect("read"), CLAIMS, "inputs untouched");
    assert_eq!(names(dir.path()), ["article.txt", "claims.json", "link.json", "sub"], "no temporary file left");
}

#[test]
fn issue_9_output_onto_a_folder_a_device_or_a_symlink_is_refused() {
    let dir = case("The attack killed 137 people.\n");
    fs::create_dir(dir.path().join("folder")).expect("folder");
    std::os::unix::fs::symlink(dir.path().join("elsewhere.txt"), dir.path().join("link.txt")).expect("symlink");
    for (target, why) in
        [("folder", "it is a folder"), ("/dev/null", "not a regular file"), ("link.txt", "it is a symlink")]
    {
        let out = run_in(dir.path(), &["check", "claims.json", "--output", target]);
        assert_eq!(code(&out), Some(2), "{target}");
        assert!(stderr(&out).contains(why), "{target}: {}", stderr(&out));
    }
    assert!(!dir.path().join("elsewhere.txt").exists(), "nothing written through the symlink");
    assert_eq!(names(dir.path()), ["article.txt", "claims.json", "folder", "link.txt"]);
}

#[test]
fn issue_9_an_existing_report_keeps_its_mode_and_a_new_one_gets_the_umasks() {
    let dir = case("The attack killed 137 people.\n");
    let report = dir.path().join("report.txt");
    fs::write(&report, "old").expect("write");
    fs::set_permissions(&report, fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = run_in(dir.path(), &["check", "claims.json", "--output", "report.txt"]);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&report), 0o640);
    assert_ne!(fs::read_to_string(&report).expect("read"), "old");
    // The umask of this run's shell decides a new file's mode.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask 022 && exec {} check claims.json --output new.txt", env!("CARGO_BIN_EXE_claimcheck")))
        .current_dir(dir.path())
        .output()
        .expect("sh runs");
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(mode(&dir.path().join("new.txt")), 0o644);
}

/// SIGTERM while the report is pending: the temporary file beside the
/// target goes, and the run ends by the signal.
#[test]
fn issue_9_sigterm_removes_the_temporary_file() {
    // A large one-sentence article keeps the run busy for a while.
    let dir = case(&format!("The attack killed 137 people{}.\n", " and more".repeat(200_000)));
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "claims.json", "--output", "report.txt"])
        .current_dir(dir.path())
        .env_clear()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let started = Instant::now();
    let pending = |d: &Path| names(d).into_iter().any(|n| n.starts_with(".tmp"));
    while !pending(dir.path()) {
        let ended = child.try_wait().expect("waits");
        assert!(ended.is_none(), "the run ended before its temporary file was seen");
        assert!(started.elapsed() < Duration::from_secs(30), "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(1));
    }
    // The shell's own `kill`: no procps needed.
    let killed = Command::new("sh").args(["-c", &format!("kill -TERM {}", child.id())]).status().expect("sh runs");
    assert!(killed.success());
    let status = child.wait().expect("ends");
    assert_eq!(status.code(), None, "ended by the signal");
    assert_eq!(names(dir.path()), ["article.txt", "claims.json"], "no temporary file and no report");
}
