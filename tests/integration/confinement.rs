//! The trust boundary (issue 9): a claims file's own `article` path may not
//! lead out of its repository, nor to a device, FIFO, socket or kernel
//! file, and no file is read past `--max-article-bytes`. Each refusal is
//! one line on stderr and exit code 2, with nothing on stdout.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::support::{code, run_within, stderr, stdout};

/// Limit for a run that reads one small file: far above its real cost, far
/// below a hang.
const QUICK: Duration = Duration::from_secs(20);

fn claims_naming(article: &str) -> String {
    serde_json::json!({"article": article, "claims": [
        {"id": "q", "statement": "Someone said hello.", "quote": "root"}
    ]})
    .to_string()
}

/// A repository (a folder with `.git`) holding `claims.json` that names
/// `article`, inside a scratch folder that also holds `outside.txt`.
fn repo_naming(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path().join("repo");
    fs::create_dir_all(repo.join(".git")).expect("repo");
    fs::write(repo.join("claims.json"), claims_naming(article)).expect("claims");
    fs::write(repo.join("inside.txt"), "She said \"root\" twice.\n").expect("article");
    fs::write(dir.path().join("outside.txt"), "SECRET=root token\n").expect("outside");
    dir
}

/// Asserts a refused run: exit 2, one line naming the claims file's
/// `article` value and containing `why`, nothing read onto stdout.
fn assert_refused(dir: &Path, args: &[&str], why: &str) {
    let out = run_within(dir, args, QUICK);
    let err = stderr(&out);
    assert_eq!(code(&out), Some(2), "{err}");
    assert!(stdout(&out).is_empty(), "nothing is reported: {}", stdout(&out));
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("claimcheck: error: claims.json:1:12: refusing to read the article "), "{err}");
    assert!(err.contains(why), "{err}");
    assert!(!err.contains("SECRET"));
}

#[test]
fn an_absolute_path_outside_the_repository_is_refused() {
    let dir = repo_naming("/etc/passwd");
    assert_refused(&dir.path().join("repo"), &["check", "claims.json"], "pass --allow-path DIR");
}

#[test]
fn a_relative_path_out_of_the_repository_is_refused_unless_allowed() {
    let dir = repo_naming("../outside.txt");
    let repo = dir.path().join("repo");
    assert_refused(&repo, &["check", "claims.json"], "outside");
    let allowed = dir.path().to_string_lossy().into_owned();
    let out = run_within(&repo, &["check", "claims.json", "--allow-path", &allowed], QUICK);
    assert!(matches!(code(&out), Some(0 | 1)), "an allowed folder is read: {}", stderr(&out));
}

#[test]
fn a_path_inside_the_repository_is_read() {
    let dir = repo_naming("inside.txt");
    let out = run_within(&dir.path().join("repo"), &["check", "claims.json"], QUICK);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
}

#[test]
fn without_a_repository_the_working_folder_is_the_root() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("work");
    fs::create_dir(&sub).expect("folder");
    fs::write(sub.join("claims.json"), claims_naming("../outside.txt")).expect("claims");
    fs::write(dir.path().join("outside.txt"), "SECRET=root token\n").expect("outside");
    assert_refused(&sub, &["check", "claims.json"], "outside");
}

#[test]
fn a_committed_symlink_that_leads_outside_is_refused() {
    let dir = repo_naming("link.txt");
    let repo = dir.path().join("repo");
    std::os::unix::fs::symlink(dir.path().join("outside.txt"), repo.join("link.txt")).expect("symlink");
    assert_refused(&repo, &["check", "claims.json"], "outside");
}

#[test]
fn proc_files_are_refused() {
    let dir = repo_naming("/proc/self/environ");
    assert_refused(&dir.path().join("repo"), &["check", "claims.json", "--allow-path", "/"], "not a regular file");
}

#[test]
fn devices_are_refused_even_when_allowed() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let dir = repo_naming(device);
        assert_refused(&dir.path().join("repo"), &["check", "claims.json", "--allow-path", "/"], "not a regular file");
    }
}

#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = repo_naming("pipe");
    let repo = dir.path().join("repo");
    let made = std::process::Command::new("mkfifo").arg(repo.join("pipe")).status().expect("mkfifo runs");
    assert!(made.success());
    assert_refused(&repo, &["check", "claims.json"], "a FIFO, not a regular file");
}

#[test]
fn a_folder_is_refused() {
    let dir = repo_naming("sub");
    fs::create_dir(dir.path().join("repo/sub")).expect("folder");
    assert_refused(&dir.path().join("repo"), &["check", "claims.json"], "a folder, not a regular file");
}

#[test]
fn an_article_past_the_size_limit_is_refused_with_the_limit_named() {
    let dir = repo_naming("inside.txt");
    let repo = dir.path().join("repo");
    fs::write(repo.join("inside.txt"), "She said \"root\" twice.\n".repeat(100)).expect("article");
    let out = run_within(&repo, &["check", "claims.json", "--max-article-bytes", "1000"], QUICK);
    assert_eq!(code(&out), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: inside.txt: the file holds more than 1000 bytes, the limit (raise it with --max-article-bytes)\n"
    );
}

#[test]
fn an_endless_article_given_on_the_command_line_stops_at_the_limit() {
    let dir = repo_naming("inside.txt");
    let repo = dir.path().join("repo");
    let out =
        run_within(&repo, &["check", "claims.json", "--article", "/dev/zero", "--max-article-bytes", "1000000"], QUICK);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("/dev/zero: the file holds more than 1000000 bytes"), "{}", stderr(&out));
    let out = run_within(&repo, &["extract", "/dev/zero", "--max-article-bytes", "1000"], QUICK);
    assert_eq!(code(&out), Some(2), "{}", stderr(&out));
}

#[test]
fn a_limit_past_what_an_article_can_hold_is_refused_before_any_reading() {
    let dir = repo_naming("inside.txt");
    let repo = dir.path().join("repo");
    for (args, limit) in [(&["check", "claims.json"][..], "4294967296"), (&["extract", "inside.txt"][..], "0")] {
        let out = run_within(&repo, &[args, &["--max-article-bytes", limit]].concat(), QUICK);
        assert_eq!(code(&out), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("expected a number of bytes from 1 to 4294967295"), "{}", stderr(&out));
    }
}
