//! Fuzzing as part of the test suite (issue 9), with the stable toolchain
//! only: a small mutation fuzzer over seed corpora (the repository's
//! examples, `tests/fuzz-seeds/<target>/`, and multi-byte punctuation),
//! driven by a deterministic generator. Each input runs on a worker thread
//! under a time limit, so a hang fails like a panic or a broken oracle; the
//! failing input is saved under `target/fuzz-failures/`.
//!
//! By default each target runs for [`DEFAULT_SECONDS`] (CI). To fuzz for
//! hours, in release mode, one target at a time or all:
//!
//! ```sh
//! CLAIMCHECK_FUZZ_SECONDS=3600 CLAIMCHECK_FUZZ_SEED=7 \
//!   cargo test --release --test integration fuzz:: -- --nocapture
//! ```
//!
//! A saved failure is replayed first on every later run once it is copied
//! into `tests/fuzz-seeds/<target>/`.

mod targets;

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support::root;

/// Seconds each target runs by default.
const DEFAULT_SECONDS: u64 = 8;
/// The longest one input may take before it counts as a hang.
const PER_INPUT: Duration = Duration::from_secs(10);
/// The largest input tried, in bytes.
const MAX_INPUT: usize = 48 * 1024;

/// A target: a name, its seeds, and a function that panics on a finding.
pub struct Target {
    /// Its name, the folder of its seeds and the prefix of saved failures.
    pub name: &'static str,
    /// Seeds beyond `tests/fuzz-seeds/<name>/`.
    pub seeds: Vec<Vec<u8>>,
    /// Runs one input; a panic is a finding.
    pub run: fn(&[u8]),
}

/// splitmix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Pieces that matter to the readers: punctuation in every typography,
/// escapes, JSON structure, figures, cues and workflow commands.
const DICTIONARY: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "—",
    "–",
    "-",
    "…",
    "...",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "\u{202e}",
    "\u{2066}",
    "\u{1b}[2J",
    "\u{1b}]0;x\u{7}",
    "\u{85}",
    "\u{2028}",
    "\r\n",
    "\n\n",
    "::error::",
    "%0A",
    "<b>",
    "</details>",
    "&amp;",
    "&#163;",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"id\": ",
    "\"quote\": ",
    "\"figure\": ",
    "\"date\": ",
    "\"article\": ",
    "1,000",
    "1 000",
    "137",
    "more than",
    "up to",
    "about",
    "between 10 and 20",
    "£3bn",
    "96%",
    "2024-03-22",
    "22 March",
    "late 2021",
    "the 1990s",
    "said",
    "according to",
    "told Reuters",
    "(ACLED)",
    "Britain’s",
    "Mr.",
    "U.S.",
    " and ",
    "(",
    ")",
    "Aaaa ",
    "AAAAAAAAAAAAAAAA",
    "é",
    "\u{fe0f}",
    "🙂",
];

/// One mutation of `input`.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    let len = input.len();
    match rng.below(7) {
        0 if len > 0 => {
            let at = rng.below(len);
            input[at] = rng.next() as u8;
        }
        1 | 2 => {
            let word = DICTIONARY[rng.below(DICTIONARY.len())].as_bytes();
            let at = rng.below(len + 1);
            input.splice(at..at, word.iter().copied());
        }
        3 if len > 0 => {
            let at = rng.below(len);
            let end = (at + 1 + rng.below(64)).min(len);
            input.drain(at..end);
        }
        4 if len > 0 => {
            // Repeat a stretch: long runs find costs that grow too fast.
            let at = rng.below(len);
            let end = (at + 1 + rng.below(32)).min(len);
            let piece = input[at..end].to_vec();
            for _ in 0..1 + rng.below(64) {
                input.splice(end..end, piece.iter().copied());
            }
        }
        5 if !seeds.is_empty() => {
            let other = &seeds[rng.below(seeds.len())];
            let from = rng.below(other.len() + 1);
            let to = (from + rng.below(256)).min(other.len());
            let at = rng.below(len + 1);
            input.splice(at..at, other[from..to].iter().copied());
        }
        _ => {
            let at = rng.below(len + 1);
            input.truncate(at.max(len / 2));
        }
    }
    input.truncate(MAX_INPUT);
}

/// The seed files of `tests/fuzz-seeds/<name>/`, sorted.
fn seed_files(name: &str) -> Vec<Vec<u8>> {
    let dir = root().join("tests/fuzz-seeds").join(name);
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// A repository file's bytes.
pub fn repo_file(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("{path} is readable: {e}"))
}

/// Runs `input` on a worker thread; `Err` with why when it panics or
/// outlives [`PER_INPUT`] (the worker is then abandoned: the test fails).
fn run_one(run: fn(&[u8]), input: &[u8]) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    let owned = input.to_vec();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(|| run(&owned));
        let _ = tx.send(outcome);
    });
    match rx.recv_timeout(PER_INPUT) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(panic)) => {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("panicked: {why}"))
        }
        Err(_) => Err(format!("took more than {PER_INPUT:?}")),
    }
}

/// Saves a failing input and returns where.
fn save(name: &str, n: u64, input: &[u8]) -> PathBuf {
    let dir = root().join("target/fuzz-failures");
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join(format!("{name}-{n}.bin"));
    std::fs::write(&path, input).ok();
    path
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Fuzzes `target` for the configured time: every seed first, then
/// mutants of seeds and of inputs tried. Panics on the first finding.
pub fn fuzz(target: Target) {
    let seconds = env_number("CLAIMCHECK_FUZZ_SECONDS", DEFAULT_SECONDS);
    let mut rng = Rng(env_number("CLAIMCHECK_FUZZ_SEED", 1) ^ target.name.len() as u64);
    let mut seeds = seed_files(target.name);
    seeds.extend(target.seeds);
    assert!(!seeds.is_empty(), "{}: no seeds", target.name);
    let started = Instant::now();
    let mut executions: u64 = 0;
    let fail = |input: &[u8], why: String, n: u64| -> ! {
        let saved = save(target.name, n, input);
        panic!("fuzz {}: input {n} {why}; saved as {}", target.name, saved.display());
    };
    for seed in &seeds {
        if let Err(why) = run_one(target.run, seed) {
            fail(seed, why, executions);
        }
        executions += 1;
    }
    let mut pool = seeds.clone();
    while started.elapsed() < Duration::from_secs(seconds) {
        let mut input = pool[rng.below(pool.len())].clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut input, &seeds);
        }
        if let Err(why) = run_one(target.run, &input) {
            fail(&input, why, executions);
        }
        executions += 1;
        // Keep some mutants to mutate further; the pool stays small.
        if rng.below(8) == 0 {
            if pool.len() < 256 {
                pool.push(input);
            } else {
                let at = rng.below(pool.len());
                pool[at] = input;
            }
        }
    }
    eprintln!("fuzz {}: {executions} executions in {:?}, nothing found", target.name, started.elapsed());
}
