//! Benchmark of the pipeline: `cargo bench --bench pipeline`.
//!
//! Measures (1) reading and indexing the example article and judging every
//! claim of the example claims file, and (2) indexing every article of the
//! BBC scale corpus in ../shared when it is present. Prints the median of
//! several runs; timings go to stdout only here, never into reports.

use std::path::Path;
use std::time::{Duration, Instant};

use claimcheck::article::Article;
use claimcheck::claims::load_claims;
use claimcheck::confine::{Trust, DEFAULT_MAX_BYTES};
use claimcheck::extract::index_article;
use claimcheck::matching::WordIndex;
use claimcheck::verdict::{judge, Settings};

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
    let Ok(categories) = std::fs::read_dir(&corpus) else {
        println!("corpus: skipped, {} is absent", corpus.display());
        return;
    };
    let mut articles = Vec::new();
    for category in categories.filter_map(Result::ok) {
        for file in std::fs::read_dir(category.path()).into_iter().flatten().filter_map(Result::ok) {
            if let Ok(a) = Article::load(&file.path(), DEFAULT_MAX_BYTES, Trust::Operator) {
                articles.push(a);
            }
        }
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let scale = time(3, || {
        for a in &articles {
            let index = index_article(a, None);
            std::hint::black_box(WordIndex::new(&index));
        }
    });
    println!(
        "corpus: {} articles ({:.1} MB) indexed in {:.2} s, {:.1} MB/s (median of 3)",
        articles.len(),
        bytes as f64 / 1e6,
        scale.as_secs_f64(),
        bytes as f64 / 1e6 / scale.as_secs_f64()
    );
}
