//! Typography never changes a verdict (issue 9): BBC corpus articles
//! (../shared, never copied here) rewritten with typographic punctuation
//! (curly quotes and apostrophes, em and en dashes, the ellipsis
//! character, non-breaking and thin spaces, thin spaces grouping the digits
//! of numbers) give every claim the verdict it gets on the plain article,
//! without a panic; and so do the claims rewritten the same way. The claims
//! are made from the figures `extract` reads, one per figure: its own
//! sentence as the statement and its text as the figure. Every
//! [`SAMPLE`]th article is used, to keep a debug run short.

use std::path::Path;

use claimcheck::article::Article;
use claimcheck::claims::parse_claims;
use claimcheck::extract::index_article;
use claimcheck::matching::WordIndex;
use claimcheck::verdict::{judge, Settings, Verdict};

use crate::support::corpus_files;

/// One article in this many is rewritten (about 220 of the 2,224).
const SAMPLE: usize = 10;

/// `text` with typographic punctuation: “curly” double and ‘single’ quotes
/// and apostrophes, an em dash for a spaced hyphen, an en dash between
/// digits, … for three dots, a no-break space after a number, and a thin
/// space grouping digits ("1,000" → "1 000").
pub fn typographic(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before = i.checked_sub(1).map(|k| chars[k]);
        let after = chars.get(i + 1).copied();
        let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '“' | '‘'));
        match c {
            '"' if opens => out.push('“'),
            '"' => out.push('”'),
            '\'' if opens => out.push('‘'),
            '\'' => out.push('’'),
            '.' if after == Some('.') && chars.get(i + 2) == Some(&'.') => {
                out.push('…');
                i += 2;
            }
            '-' if before == Some(' ') && after == Some(' ') => out.push('—'),
            '-' if before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit()) => {
                out.push('–');
            }
            ',' if before.is_some_and(|b| b.is_ascii_digit())
                && chars.get(i + 1..i + 4).is_some_and(|d| d.iter().all(char::is_ascii_digit))
                && chars.get(i + 4).is_none_or(|d| !d.is_ascii_digit()) =>
            {
                out.push('\u{2009}');
            }
            ' ' if before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(char::is_alphabetic) => {
                out.push('\u{a0}');
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// The verdicts of `claims` (statement, figure) against `article`.
fn verdicts(article: &str, claims: &[(String, String)]) -> Vec<Verdict> {
    let Ok(article) = Article::from_bytes("a.txt".into(), article.as_bytes().to_vec()) else {
        return Vec::new();
    };
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    claims
        .iter()
        .map(|(statement, figure)| {
            let json =
                serde_json::json!({"claims": [{"id": "c", "statement": statement, "figure": figure}]}).to_string();
            match parse_claims(Path::new("c.json"), &json, None) {
                Ok(file) => judge(&file.claims[0], &index, &words, Settings::default()).verdict,
                Err(_) => Verdict::NotFound,
            }
        })
        .collect()
}

/// One claim per figure of `text`: its sentence and its words.
fn claims_of(text: &str) -> Vec<(String, String)> {
    let Ok(article) = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()) else {
        return Vec::new();
    };
    let index = index_article(&article, None);
    index
        .figures
        .iter()
        .filter_map(|f| {
            let s = index.sentence_at(f.span.start)?;
            let sentence = article.slice(index.segments.sentences[s].span).to_string();
            Some((sentence, article.slice(f.span).to_string()))
        })
        .collect()
}

#[test]
fn typography_rewrites_the_way_publishers_set_text() {
    assert_eq!(
        typographic("He said \"it's 1,000 - or 10-20 people...\" 'we' 5 dead"),
        "He said “it’s 1\u{2009}000 — or 10–20\u{a0}people…” ‘we’ 5\u{a0}dead"
    );
}

#[test]
fn issue_9_typographic_punctuation_never_changes_a_verdict() {
    let Some(files) = corpus_files() else {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so typography is not checked on the corpus");
        return;
    };
    let sample: Vec<_> = files.iter().step_by(SAMPLE).collect();
    let mut changed = Vec::new();
    let mut checked = 0;
    for path in &sample {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let claims = claims_of(&text);
        let plain = verdicts(&text, &claims);
        let curly_article = verdicts(&typographic(&text), &claims);
        let curly_claims: Vec<(String, String)> =
            claims.iter().map(|(s, f)| (typographic(s), typographic(f))).collect();
        let curly_both = verdicts(&text, &curly_claims);
        for (k, (statement, figure)) in claims.iter().enumerate() {
            checked += 1;
            let name = path.display();
            if curly_article.get(k) != plain.get(k) {
                changed.push(format!("{name}: article: [{figure}] {:?} -> {:?}", plain[k], curly_article.get(k)));
            }
            if curly_both.get(k) != plain.get(k) {
                changed.push(format!(
                    "{name}: claim: [{figure}] {statement:.60} {:?} -> {:?}",
                    plain[k],
                    curly_both.get(k)
                ));
            }
        }
    }
    eprintln!("typography: {checked} claims of {} articles checked three ways", sample.len());
    assert!(checked > 1000, "only {checked} claims were checked");
    assert!(changed.is_empty(), "{} verdicts changed:\n{}", changed.len(), changed.join("\n"));
}

/// A byte index inside the curly apostrophe of "Britain’s" panicked in the
/// attribution reader (issue 9); fixed before, kept here.
#[test]
fn issue_9_curly_apostrophes_in_names_never_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = "He said Britain’s economy grew 3% last year.\n\nManchester City’s manager said the club’s ‘best’ season—“by far”—ended.\n";
    std::fs::write(dir.path().join("a.txt"), article).expect("write");
    let claims = serde_json::json!({"article": "a.txt", "claims": [
        {"id": "growth", "statement": "Britain’s economy grew 3% last year.", "figure": "3%", "source": "Manchester City’s manager"}
    ]});
    std::fs::write(dir.path().join("c.json"), claims.to_string()).expect("write");
    let out = crate::support::run_in(dir.path(), &["extract", "a.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = crate::support::run_in(dir.path(), &["check", "c.json"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
}
