//! Unseen text: the BBC News corpus in ../shared (research use only; never
//! copied into this repository). These tests skip, saying so, when the
//! folder is absent.

use std::path::PathBuf;

use crate::support::{code, shared, stderr};

/// The corpus articles, sorted; `None`, saying so, when ../shared is absent.
pub fn corpus_files() -> Option<Vec<PathBuf>> {
    let Some(dir) = shared().map(|s| s.join("corpus/news/all/bbc")) else {
        eprintln!("skipped: ../shared/corpus/news/all is absent");
        return None;
    };
    let mut files = Vec::new();
    for category in std::fs::read_dir(&dir).ok()?.filter_map(Result::ok) {
        for f in std::fs::read_dir(category.path()).ok()?.filter_map(Result::ok) {
            files.push(f.path());
        }
    }
    files.sort();
    Some(files)
}

#[test]
fn every_corpus_article_is_read_without_a_crash() {
    let Some(files) = corpus_files() else { return };
    assert!(files.len() > 2000);
    let bad = PathBuf::from("sport/199.txt");
    for chunk in files.chunks(300) {
        let valid: Vec<&PathBuf> = chunk.iter().filter(|p| !p.ends_with(&bad)).collect();
        let mut args = vec!["extract".to_string(), "--format".into(), "json".into()];
        args.extend(valid.iter().map(|p| p.to_string_lossy().into_owned()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = crate::support::run(&refs);
        assert_eq!(code(&out), Some(0), "{}", stderr(&out));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(report["files"].as_array().map(Vec::len), Some(valid.len()));
    }
}

#[test]
fn the_latin1_corpus_article_is_a_clear_input_error() {
    let Some(files) = corpus_files() else { return };
    let Some(bad) = files.iter().find(|p| p.ends_with("sport/199.txt")) else {
        return;
    };
    let out = crate::support::run(&["extract", &bad.to_string_lossy()]);
    assert_eq!(code(&out), Some(2));
    let err = stderr(&out);
    assert!(err.contains("sport/199.txt:") && err.contains("is not valid UTF-8"), "{err}");
}
