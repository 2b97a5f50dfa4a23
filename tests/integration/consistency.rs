//! Self-consistency over the BBC corpus in ../shared: for every figure that
//! `extract` reads, a claim whose statement is the figure's own sentence and
//! whose figure is the figure as written must be `supported`; the same claim
//! with every number of the figure moved (×1.37, rounded, in the figure and
//! in the statement) must never be. Reviewed exceptions are listed, one per
//! line with its reason, in `tests/consistency-exceptions.txt`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use claimcheck::article::Article;
use claimcheck::claims::parse_claims;
use claimcheck::confine::{Trust, DEFAULT_MAX_BYTES};
use claimcheck::extract::index_article;
use claimcheck::matching::WordIndex;
use claimcheck::verdict::{judge, Settings, Verdict};
use regex::Regex;

use crate::support::{corpus_files, root};

/// One figure's two claims and what came of them.
struct Case {
    /// "category/file.txt:offset".
    key: String,
    statement: String,
    figure: String,
    verdict: Verdict,
    /// The mentions, described.
    why: String,
    moved: Option<(String, Verdict)>,
}

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?").expect("valid pattern"));

/// `number` (as written) times 1.37, rounded to as many decimals, and moved
/// one step more when rounding would give it back.
fn move_number(number: &str) -> String {
    let plain = number.replace(',', "");
    let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    let value: f64 = plain.parse().unwrap_or(0.0);
    let step = 10f64.powi(-(decimals as i32));
    let mut moved = (value * 1.37 / step).round() * step;
    if (moved - value).abs() < step / 2.0 {
        moved += step;
    }
    let text = format!("{moved:.decimals$}");
    if !number.contains(',') {
        return text;
    }
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{grouped}.{f}"),
        None => grouped,
    }
}

/// The figure with every number moved, or `None` when it has no digits.
fn move_figure(figure: &str) -> Option<String> {
    NUMBER.is_match(figure).then(|| NUMBER.replace_all(figure, |c: &regex::Captures| move_number(&c[0])).into_owned())
}

/// The verdict of the claim, and its deciding mentions described.
fn verdict_of(
    statement: &str,
    figure: &str,
    article: &Article,
    index: &claimcheck::extract::ArticleIndex,
    words: &WordIndex,
) -> (Verdict, String) {
    let json = serde_json::json!({"claims": [{"id": "c", "statement": statement, "figure": figure}]}).to_string();
    let Ok(file) = parse_claims(Path::new("c.json"), &json, None) else {
        return (Verdict::NotFound, "the figure does not parse".to_string());
    };
    let j = judge(&file.claims[0], index, words, Settings::default());
    let mentions: Vec<String> = j
        .mentions
        .iter()
        .map(|m| format!("{:?}:{}:{:.2}", m.verdict, article.slice(m.focus), m.alignment.score))
        .collect();
    (j.verdict, mentions.join(" | "))
}

/// Every figure of the article at `path` as a pair of claims.
fn cases(path: &Path, name: &str) -> Vec<Case> {
    let Ok(article) = Article::load(path, DEFAULT_MAX_BYTES, Trust::Operator) else { return Vec::new() };
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    let mut out = Vec::new();
    for f in &index.figures {
        let Some(s) = index.sentence_at(f.span.start) else { continue };
        let sentence = index.segments.sentences[s].span;
        let statement = article.slice(sentence).to_string();
        let figure = article.slice(f.span).to_string();
        let (verdict, why) = verdict_of(&statement, &figure, &article, &index, &words);
        let moved = move_figure(&figure).map(|m| {
            let at = f.span.start - sentence.start;
            let moved_statement = format!("{}{m}{}", &statement[..at], &statement[at + figure.len()..]);
            let (v, _) = verdict_of(&moved_statement, &m, &article, &index, &words);
            (m, v)
        });
        out.push(Case { key: format!("{name}:{}", f.span.start), statement, figure, verdict, why, moved });
    }
    out
}

/// The corpus articles, as (path, "category/file.txt").
fn corpus() -> Option<Vec<(PathBuf, String)>> {
    let name = |p: &PathBuf| {
        let parts: Vec<String> = p.iter().rev().take(2).map(|c| c.to_string_lossy().into_owned()).collect();
        format!("{}/{}", parts[1], parts[0])
    };
    Some(
        corpus_files()?
            .into_iter()
            .map(|p| {
                let n = name(&p);
                (p, n)
            })
            .collect(),
    )
}

/// The reviewed exceptions: key → reason.
fn exceptions() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root().join("tests/consistency-exceptions.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(' ').map(|(k, r)| (k.to_string(), r.trim().to_string())))
        .collect()
}

#[test]
fn every_figure_checked_against_its_own_sentence() {
    let Some(files) = corpus() else {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so self-consistency is not measured");
        return;
    };
    let chunks: Vec<&[(PathBuf, String)]> = files.chunks(files.len().div_ceil(2).max(1)).collect();
    let all: Vec<Case> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| scope.spawn(move || chunk.iter().flat_map(|(p, n)| cases(p, n)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("no panic")).collect()
    });
    let accepted = exceptions();
    let unsupported: Vec<&Case> = all.iter().filter(|c| c.verdict != Verdict::Supported).collect();
    let moved: Vec<&Case> = all.iter().filter(|c| c.moved.is_some()).collect();
    let passing: Vec<&Case> =
        moved.iter().copied().filter(|c| c.moved.as_ref().is_some_and(|(_, v)| *v == Verdict::Supported)).collect();
    let rate = 1.0 - unsupported.len() as f64 / all.len().max(1) as f64;
    eprintln!(
        "self-consistency: {} of {} claims supported ({:.2}%); moved: {} of {} supported",
        all.len() - unsupported.len(),
        all.len(),
        rate * 100.0,
        passing.len(),
        moved.len()
    );
    let mut report = String::new();
    for c in &unsupported {
        let statement = c.statement.replace('\n', " ");
        report += &format!("unsupported {} {:?} [{}] {statement}\n    {}\n", c.key, c.verdict, c.figure, c.why);
    }
    for c in &passing {
        let m = c.moved.as_ref().map(|(m, _)| m.as_str()).unwrap_or("");
        report += &format!("moved-passes {} [{} -> {m}] {}\n", c.key, c.figure, c.statement.replace('\n', " "));
    }
    std::fs::write(root().join("target/consistency-failures.txt"), &report).ok();
    let unexplained: Vec<&&Case> = passing.iter().filter(|c| !accepted.contains_key(&c.key)).collect();
    let stale: Vec<&String> = accepted.keys().filter(|k| !passing.iter().any(|c| &c.key == *k)).collect();
    assert!(stale.is_empty(), "listed exceptions that no longer pass: {stale:?}");
    assert!(rate >= 0.99, "only {:.2}% supported; see target/consistency-failures.txt", rate * 100.0);
    assert!(
        unexplained.is_empty(),
        "{} moved figures still pass: {:?}; see target/consistency-failures.txt",
        unexplained.len(),
        unexplained.iter().map(|c| &c.key).collect::<Vec<_>>()
    );
}

#[test]
fn numbers_move_by_the_same_factor_in_every_style() {
    assert_eq!(move_figure("137").as_deref(), Some("188"));
    assert_eq!(move_figure("more than 2,200").as_deref(), Some("more than 3,014"));
    assert_eq!(move_figure("£1.5bn").as_deref(), Some("£2.1bn"));
    assert_eq!(move_figure("1").as_deref(), Some("2"));
    assert_eq!(move_figure("between 10 and 20").as_deref(), Some("between 14 and 27"));
    assert_eq!(move_figure("two"), None);
}
