//! The words that locate a drafted claim: the clause that states its value,
//! and `about` terms chosen the way alignment weighs them.
//!
//! Each content word of the clause scores its rarity in the source times
//! its closeness to the value; the best are taken one by one until the
//! sentences that hold them all are the value's own (at most
//! [`MAX_TERMS`]), so the claim finds its sentence and no other. The draft
//! then checks the claim against its source and, when another value of
//! that sentence aligns as well, tries more terms, then the statement's
//! own words.

use compact_str::CompactString;
use std::collections::BTreeSet;

use crate::article::Article;
use crate::claims::Term;
use crate::extract::lexicon::is_stop_word;
use crate::extract::ArticleIndex;
use crate::matching::align::{closeness, governor, rarity, STATEMENT_REACH};
use crate::matching::WordIndex;
use crate::segment::{stem, term_words, TokenKind};
use crate::source::{collapse_spaces, Span};

/// The most `about` terms a drafted claim gets.
pub const MAX_TERMS: usize = 4;

/// Words that open a clause and say nothing of its content.
const OPENERS: &[&str] = &["and", "but", "or", "while", "whereas", "although", "though", "so", "yet"];

/// What locates one value.
pub struct Chosen {
    /// The clause that states it.
    pub statement: String,
    /// The words that may locate it, best first (at most [`MAX_TERMS`]).
    pub ranked: Vec<String>,
    /// How many of them single out its sentence (all, when none do).
    pub singles_out: usize,
}

/// A word that names the value at `span` in sentence `s`, for its claim's
/// id: the word that governs it, else the nearest content word of its
/// sentence.
pub fn id_word(index: &ArticleIndex, s: usize, span: Span) -> String {
    let toks = &index.segments.tokens;
    let sentence = index.segments.sentences[s].tokens.clone();
    let first = sentence.clone().find(|&k| toks[k].span.end > span.start).unwrap_or(sentence.start);
    let inside = |k: usize| span.contains(toks[k].span);
    let content = |k: usize| toks[k].kind == TokenKind::Word && !is_stop_word(&toks[k].norm) && !inside(k);
    governor(toks, index.layout(), sentence.start, first, &inside)
        .or_else(|| sentence.clone().filter(|&k| content(k)).min_by_key(|&k| index.layout().distance(k, first, first)))
        .map_or_else(|| "claim".to_string(), |k| bare(&toks[k].norm).to_string())
}

/// A word without a possessive ("defendant's" → "defendant").
fn bare(word: &str) -> &str {
    word.strip_suffix("'s").unwrap_or(word)
}

/// A one-word term.
fn term(word: &str) -> Term {
    Term { alternatives: vec![vec![bare(word).to_string()]] }
}

/// Chooses the statement and terms of the value at `span` in sentence `s`;
/// the words of `source`, the name credited with it, and of the sentence's
/// attributions are never terms (the source is checked on its own).
pub fn choose(
    article: &Article,
    index: &ArticleIndex,
    words: &WordIndex,
    s: usize,
    span: Span,
    source: Option<&str>,
) -> Chosen {
    let toks = &index.segments.tokens;
    let sentence = index.segments.sentences[s].tokens.clone();
    let layout = index.layout();
    let first = sentence.clone().find(|&k| toks[k].span.end > span.start).unwrap_or(sentence.start);
    let last = sentence.clone().rev().find(|&k| toks[k].span.start < span.end).unwrap_or(first).max(first);
    let clause = layout.clause[first];
    let mut from = sentence.clone().find(|&k| layout.clause[k] == clause).unwrap_or(first);
    let mut to = sentence.clone().rev().find(|&k| layout.clause[k] == clause).unwrap_or(last);
    while from < first && (toks[from].kind == TokenKind::Punct || OPENERS.contains(&toks[from].norm.as_str())) {
        from += 1;
    }
    while to > last && toks[to].kind == TokenKind::Punct {
        to -= 1;
    }
    let statement_span = Span::new(toks[from].span.start, toks[to].span.end);
    let facts = index.facts(s);
    let inside_value = |k: usize| {
        let t = toks[k].span;
        facts.figures.clone().any(|f| index.figures[f].span.contains(t))
            || facts.dates.clone().any(|d| index.dates[d].span.contains(t))
    };
    let named: Vec<String> = source.map(|n| term_words(n).iter().map(|w| stem(w)).collect()).unwrap_or_default();
    // Who said it is no term: the words of an attribution (its cue and
    // speaker) are checked as the source, not used to find the fact.
    let attributed = |k: usize| index.sentence_attributions(s).iter().any(|a| a.span.contains(toks[k].span));
    let content = |k: usize| {
        let t = &toks[k];
        t.kind == TokenKind::Word
            && t.norm.chars().count() > 1
            && !is_stop_word(&t.norm)
            && !inside_value(k)
            && !attributed(k)
            && !named.contains(&stem(&t.norm))
    };
    // The clause's content words, else the sentence's.
    let mut pool: Vec<usize> = (from..=to).filter(|&k| content(k)).collect();
    if pool.is_empty() {
        pool = sentence.clone().filter(|&k| content(k)).collect();
    }
    let sentences = index.segments.sentences.len();
    let mut seen = BTreeSet::new();
    let mut ranked: Vec<(f64, usize)> = pool
        .into_iter()
        .filter(|&k| seen.insert(stem(&toks[k].norm)))
        .map(|k| {
            let held = words.matches(&[term(&toks[k].norm)], 1, toks).frequency.first().copied().unwrap_or(1);
            let near = closeness(layout.distance(k, first, last), layout.same_clause(k, first), STATEMENT_REACH);
            (rarity(held, sentences) * near, k)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let ranked: Vec<String> = ranked.iter().take(MAX_TERMS).map(|&(_, k)| bare(&toks[k].norm).to_string()).collect();
    let mut singles_out = ranked.len();
    for n in 1..=ranked.len() {
        let chosen: Vec<Term> = ranked[..n].iter().map(|w| term(w)).collect();
        if words.matches(&chosen, n, toks).candidates.iter().all(|c| c.sentence == s) {
            singles_out = n;
            break;
        }
    }
    Chosen { statement: collapse_spaces(article.slice(statement_span)), ranked, singles_out }
}

/// The rarest content word of a quote's words, for its claim's id.
pub fn rarest_word(index: &ArticleIndex, words: &WordIndex, quoted: &[CompactString]) -> String {
    let toks = &index.segments.tokens;
    quoted
        .iter()
        .filter(|w| w.chars().count() > 2 && w.chars().all(char::is_alphabetic) && !is_stop_word(w))
        .min_by_key(|w| words.matches(&[term(w)], 1, toks).frequency.first().copied().unwrap_or(0))
        .map(CompactString::to_string)
        .unwrap_or_else(|| "words".to_string())
}
