//! Whatever `extract` prints, a claims file accepts: over the BBC corpus in
//! ../shared (research-use text, never copied here), every figure's text
//! reads back through `parse_figure` as the same interval of the same kind,
//! and every date's value through `parse_date` as the same period. Figures
//! that a rule read by their neighbours (a conversion's qualifier, points
//! after a rate) are left out: their words alone say less. Skips, saying so,
//! when ../shared is absent.

use std::path::{Path, PathBuf};

use claimcheck::article::Article;
use claimcheck::confine::{Trust, DEFAULT_MAX_BYTES};
use claimcheck::extract::date::parse_date;
use claimcheck::extract::figure::parse_figure;
use claimcheck::extract::index_article;
use jiff::civil::date;

use crate::support::corpus_files;

/// Rules that read a figure by the figures beside it.
const CONTEXTUAL: &[&str] = &["conversion-qualifier", "points-after-rate"];

/// The figures and dates of one article that do not read back, described.
fn misreadings(path: &Path) -> Vec<String> {
    let Ok(article) = Article::load(path, DEFAULT_MAX_BYTES, Trust::Operator) else { return Vec::new() };
    let published = date(2005, 6, 30);
    let index = index_article(&article, Some(published));
    let mut out = Vec::new();
    let name = path.to_string_lossy();
    for f in index.figures.iter().filter(|f| !CONTEXTUAL.contains(&f.rule)) {
        let text = article.slice(f.span).split_whitespace().collect::<Vec<_>>().join(" ");
        match parse_figure(&text) {
            Ok(c) if c.kind == f.kind && c.currency == f.currency && c.interval(0.1) == f.interval(0.1) => {}
            Ok(c) => out.push(format!(
                "{name}:{} figure {text:?}: {:?} read back as {:?}",
                f.span.start,
                f.interval(0.1),
                c.interval(0.1)
            )),
            Err(e) => out.push(format!("{name}:{} figure {text:?}: {e}", f.span.start)),
        }
    }
    for d in &index.dates {
        let Some(iso) = d.iso() else { continue };
        match parse_date(&iso, Some(published)) {
            Ok(c) if c.period == d.period => {}
            Ok(c) => out.push(format!("{name}:{} date {iso}: read back as {:?}", d.span.start, c.period)),
            Err(e) => out.push(format!("{name}:{} date {iso}: {e}", d.span.start)),
        }
    }
    out
}

#[test]
fn every_figure_and_date_extract_prints_reads_back_as_a_claim() {
    let Some(files) = corpus_files() else {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so read-back is not checked");
        return;
    };
    let chunks: Vec<&[PathBuf]> = files.chunks(files.len().div_ceil(2).max(1)).collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || chunk.iter().flat_map(|p| misreadings(p)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("no panic")).collect()
    });
    assert!(
        failures.is_empty(),
        "{} do not read back:\n{}",
        failures.len(),
        failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}
