//! Bounded cost (issue 9): inputs that took minutes, or gigabytes, before
//! run well under a second now. Each test runs the binary under a time
//! limit far above that (a slow shared machine, a debug build) and far below
//! what the input cost before.

use std::fs;
use std::time::Duration;

use crate::support::{code, run_within, stderr};

/// Far above what these inputs cost now, far below what they cost before.
const LIMIT: Duration = Duration::from_secs(10);

/// 116 bytes that took over a minute: the acronym search tried every way
/// of building 33 capitals from the starts of 16 words.
#[test]
fn issue_9_the_acronym_article_is_read_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = format!("{}({}Z)\n", "Aaaa ".repeat(16), "A".repeat(32));
    fs::write(dir.path().join("a.txt"), &article).expect("write");
    let out = run_within(dir.path(), &["extract", "a.txt"], LIMIT);
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
}
