//! Unit tests of attribution reading, by theme, on sentences written in
//! the style of news copy.

use super::*;
use crate::article::Article;
use crate::extract::{index_article, ArticleIndex};

mod carry;
mod cues;
mod names;
mod scope;

fn index(text: &str) -> ArticleIndex {
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    index_article(&article, None)
}

/// Who an attribution credits: its source, or "(unnamed: desc)" / "(he?)".
fn who(a: &Attribution) -> String {
    match (&a.source, &a.speaker) {
        (Some(s), _) => s.clone(),
        (None, Speaker::Unnamed(d)) => format!("(unnamed: {d})"),
        (None, Speaker::Pronoun(p)) => format!("({p}?)"),
        (None, Speaker::Named { name, .. }) => name.clone(),
    }
}

/// Every attribution of `text` as "source <- cue [via X] [of Y] [aka Z]".
fn atts(text: &str) -> Vec<String> {
    index(text)
        .attributions
        .iter()
        .map(|a| {
            let mut out = format!("{} <- {}", who(a), a.cue);
            if let Some(v) = &a.via {
                out += &format!(" via {v}");
            }
            if let Some(f) = &a.affiliation {
                out += &format!(" of {f}");
            }
            for alias in &a.aliases {
                out += &format!(" aka {alias}");
            }
            out
        })
        .collect()
}

/// What each attribution of `text` covers, as "source: words, words".
fn covers(text: &str) -> Vec<String> {
    let index = index(text);
    let coverage = index.coverage();
    (0..index.attributions.len())
        .map(|i| {
            let c = &coverage[i];
            let words = c
                .figures
                .iter()
                .map(|&f| index.figures[f].span)
                .chain(c.dates.iter().map(|&d| index.dates[d].span))
                .chain(c.quotes.iter().map(|&q| index.quotes[q].span))
                .map(|span| &text[span.start..span.end])
                .collect::<Vec<_>>();
            format!("{}: {}", who(&index.attributions[i]), words.join(", "))
        })
        .collect()
}
