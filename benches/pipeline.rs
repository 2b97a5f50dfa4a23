//! Benchmark of the pipeline: `cargo bench --bench pipeline`.
//!
//! Measures (1) reading and indexing the example article and judging every
//! claim of the example claims file, and (2) when ../shared is present, the
//! throughput of `extract` and `check` on the BBC corpus as files (one
//! thread and all cores) and as one article, each as a ratio to a bare scan
//! for digit runs over the same bytes, measured in the same run. Prints the
//! median of several runs; timings go to stdout only here, never into reports.

use std::path::Path;
use std::time::{Duration, Instant};

use claimcheck::article::Article;
use claimcheck::claims::{load_claims, ClaimsFile};
use claimcheck::confine::{Trust, DEFAULT_MAX_BYTES};
use claimcheck::extract::{index_article, read_facts};
use claimcheck::matching::WordIndex;
use claimcheck::parallel::{Jobs, Pool};
use claimcheck::verdict::{judge, Settings, Verdict};

/// The binary's allocator (see `src/main.rs`), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs of each corpus row: the machine varies by 5 to 10% from run to
/// run, and the median of five moves less than that of three.
const RUNS: usize = 5;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<F: FnMut()>(repeat: usize, mut f: F) -> Duration {
    median(
        (0..repeat)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let claims =
        load_claims(&root.join("claims/iskp-moscow.json"), None, DEFAULT_MAX_BYTES).expect("example claims load");
    let article = Article::load(&root.join("article/iskp-moscow.txt"), DEFAULT_MAX_BYTES, Trust::Operator)
        .expect("example article loads");
    let example = time(50, || {
        let index = index_article(&article, claims.published);
        let words = WordIndex::new(&index);
        for claim in &claims.claims {
            std::hint::black_box(judge(claim, &index, &words, Settings::default()));
        }
    });
    let index = index_article(&article, claims.published);
    let words = WordIndex::new(&index);
    let judging = time(50, || {
        for claim in &claims.claims {
            std::hint::black_box(judge(claim, &index, &words, Settings::default()));
        }
    });
    println!(
        "example: index + {} claims in {:.2} ms, of which judging {:.2} ms (median of 50)",
        claims.claims.len(),
        example.as_secs_f64() * 1e3,
        judging.as_secs_f64() * 1e3
    );

    let corpus = root.join("../shared/corpus/news/all/bbc");
    let Some(articles) = corpus_articles(&corpus) else {
        println!("corpus: skipped, {} is absent", corpus.display());
        return;
    };
    corpus_throughput(&articles);
}

/// The UTF-8 articles of the BBC corpus, in path order (`None` without it).
fn corpus_articles(corpus: &Path) -> Option<Vec<Article>> {
    let mut paths = Vec::new();
    for category in std::fs::read_dir(corpus).ok()?.filter_map(Result::ok) {
        paths.extend(std::fs::read_dir(category.path()).ok()?.filter_map(Result::ok).map(|f| f.path()));
    }
    paths.sort();
    Some(paths.iter().filter_map(|p| Article::load(p, DEFAULT_MAX_BYTES, Trust::Operator).ok()).collect())
}

/// The reference every figure is a ratio to, measured in the same run on
/// the same bytes: one pass finding each run of digits with the characters
/// that may continue a number (what `rg -o '[0-9][0-9,.]*'` finds), the
/// least any reader of figures must do.
fn digit_runs(text: &[u8]) -> usize {
    let mut runs = 0;
    let mut inside = false;
    for &b in text {
        let digit = b.is_ascii_digit();
        if digit && !inside {
            runs += 1;
        }
        inside = digit || (inside && (b == b',' || b == b'.'));
    }
    runs
}

/// `claimcheck extract --format json`'s work on `articles`, files read. The
/// JSON goes where the binary's goes, to a writer that takes it as it
/// comes (counted here), not into one growing buffer.
fn extract_all(articles: &[Article], jobs: Jobs) -> usize {
    let files =
        Pool::new(jobs).map_in_order(articles, |a| claimcheck::report::extract::build(a, read_facts(a, None), 0.1));
    let report = claimcheck::report::extract::ExtractReport { files, errors: Vec::new() };
    let mut out = Counted(0);
    claimcheck::report::extract::render_json(&report, &mut out).expect("writes to a counter");
    out.0
}

/// A writer that counts the bytes it takes.
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `claimcheck check`'s work on `articles`, each with its claims: index,
/// word index, every claim judged.
fn check_all(batch: &[(Article, ClaimsFile)], jobs: Jobs) -> usize {
    Pool::new(jobs)
        .map_in_order(batch, |(a, file)| {
            let index = index_article(a, file.published);
            let words = WordIndex::new(&index);
            file.claims
                .iter()
                .filter(|c| judge(c, &index, &words, Settings::default()).verdict == Verdict::Supported)
                .count()
        })
        .into_iter()
        .sum()
}

/// What `check` does before judging: each article's index alone, or with
/// its word index too (`words`), to split a check's time into its parts.
fn index_all(batch: &[(Article, ClaimsFile)], words: bool) -> usize {
    batch
        .iter()
        .map(|(a, file)| {
            let index = index_article(a, file.published);
            if words {
                std::hint::black_box(WordIndex::new(&index));
            }
            index.segments.tokens.len()
        })
        .sum()
}

/// Claims drafted from each article (`claimcheck draft`): one per figure,
/// date and attributed quote, which the article supports.
fn drafted(articles: &[Article]) -> Vec<(Article, ClaimsFile)> {
    Pool::new(Jobs(0))
        .map_in_order(articles, |a| {
            let index = index_article(a, None);
            let words = WordIndex::new(&index);
            let draft =
                claimcheck::draft::draft(a, &index, &words, None, "article.txt", claimcheck::draft::Style::Located);
            let json = claimcheck::draft::to_json(&draft);
            let file = claimcheck::claims::parse_claims(Path::new("claims.json"), &json, None).ok()?;
            Some((a.clone(), file))
        })
        .into_iter()
        .flatten()
        .collect()
}

/// One line of figures: the time, MB/s, and the ratio to the reference.
fn line(what: &str, bytes: usize, took: Duration, reference: Duration) {
    let rate = bytes as f64 / 1e6 / took.as_secs_f64();
    println!(
        "{what:<44} {:>8.3} s {:>8.1} MB/s  {:>6.1}x the digit scan's time",
        took.as_secs_f64(),
        rate,
        took.as_secs_f64() / reference.as_secs_f64()
    );
}

/// Extract and check throughput on the corpus as files and as one article,
/// each as a ratio to the digit scan of the same bytes, one thread and all.
fn corpus_throughput(articles: &[Article]) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let joined: String = articles.iter().map(|a| &*a.text).collect::<Vec<_>>().join("\n\n");
    let one = Article::from_bytes("all.txt".into(), joined.into_bytes()).expect("the corpus is UTF-8");
    let batch = drafted(articles);
    let claims: usize = batch.iter().map(|(_, f)| f.claims.len()).sum();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "corpus: {} articles, {:.2} MB, {claims} drafted claims; {cores} cores; median of {RUNS} runs",
        articles.len(),
        bytes as f64 / 1e6
    );
    let scan = time(RUNS, || {
        std::hint::black_box(articles.iter().map(|a| digit_runs(a.text.as_bytes())).sum::<usize>());
    });
    line("reference: digit-run scan, one thread", bytes, scan, scan);
    for jobs in [Jobs(1), Jobs(0)] {
        let threads = if jobs == Jobs(1) { "one thread".to_string() } else { format!("{cores} threads") };
        let took = time(RUNS, || {
            std::hint::black_box(extract_all(articles, jobs));
        });
        line(&format!("extract --format json, files, {threads}"), bytes, took, scan);
        let took = time(RUNS, || {
            std::hint::black_box(check_all(&batch, jobs));
        });
        line(&format!("check {claims} claims, files, {threads}"), bytes, took, scan);
        if jobs == Jobs(1) {
            // The parts of that check: reading the articles, then their
            // word indexes; judging the claims is the rest.
            let index = time(RUNS, || {
                std::hint::black_box(index_all(&batch, false));
            });
            let words = time(RUNS, || {
                std::hint::black_box(index_all(&batch, true));
            });
            println!(
                "  of which: reading {:.3} s, word index {:.3} s, judging {:.3} s",
                index.as_secs_f64(),
                words.saturating_sub(index).as_secs_f64(),
                took.saturating_sub(words).as_secs_f64()
            );
        }
    }
    let took = time(RUNS, || {
        std::hint::black_box(extract_all(std::slice::from_ref(&one), Jobs(1)));
    });
    line("extract --format json, one article", bytes, took, scan);
    // The claims of the first 1/16 of the articles against the one article
    // (the long-article check; a claim's cost follows how often its words
    // occur, which grows with the article), and against their own articles.
    let some: Vec<(Article, ClaimsFile)> = batch.iter().take(batch.len() / 16).cloned().collect();
    let some_claims: usize = some.iter().map(|(_, f)| f.claims.len()).sum();
    let own = time(1, || {
        std::hint::black_box(check_all(&some, Jobs(1)));
    });
    let merged = ClaimsFile { claims: some.into_iter().flat_map(|(_, f)| f.claims).collect(), ..first_file(articles) };
    let long = [(one, merged)];
    let took = time(1, || {
        std::hint::black_box(check_all(&long, Jobs(1)));
    });
    line(&format!("check {some_claims} claims, one article"), bytes, took, scan);
    println!(
        "{:<44} {:>8.3} s ({:.1}x faster against their own articles)",
        format!("check the same {some_claims} claims, own articles"),
        own.as_secs_f64(),
        took.as_secs_f64() / own.as_secs_f64()
    );
    // Linear scaling: the first 1/8, 1/4, 1/2 and all of the articles as
    // one, extracted, and checked against the same claims (those of the
    // first 1/16, so every part holds what they state); linear when the
    // time doubles with the text.
    let (_, merged) = &long[0];
    let mut eighth = None;
    for eighths in [1, 2, 4, 8] {
        let part = &articles[..articles.len() * eighths / 8];
        let text: String = part.iter().map(|a| &*a.text).collect::<Vec<_>>().join("\n\n");
        let part_bytes = text.len();
        let one = Article::from_bytes("part.txt".into(), text.into_bytes()).expect("the corpus is UTF-8");
        let extracting = time(RUNS, || {
            std::hint::black_box(extract_all(std::slice::from_ref(&one), Jobs(1)));
        });
        let pair = [(one, merged.clone())];
        let checking = time(1, || {
            std::hint::black_box(check_all(&pair, Jobs(1)));
        });
        let (base_extract, base_check) = *eighth.get_or_insert((extracting, checking));
        for (what, took, base) in
            [("extract", extracting, base_extract), (&format!("check {some_claims} claims"), checking, base_check)]
        {
            println!(
                "{:<44} {:>8.3} s {:>8.1} MB/s  {:>6.2}x the time of 1/8",
                format!("{what}, one article of {eighths}/8"),
                took.as_secs_f64(),
                part_bytes as f64 / 1e6 / took.as_secs_f64(),
                took.as_secs_f64() / base.as_secs_f64()
            );
        }
    }
}

/// A claims file to hold claims from many (its other fields from the first
/// article's draft).
fn first_file(articles: &[Article]) -> ClaimsFile {
    drafted(&articles[..1]).into_iter().map(|(_, f)| f).next().expect("the first article has claims")
}
