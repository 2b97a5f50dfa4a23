//! Matching: finds the sentences that speak of a claim, through an index of
//! the article's words built once per article.
//!
//! A term matches a word with the same Snowball stem, a word that starts with
//! it ("concert" finds "concertgoers", for terms of four letters or more), or
//! a word of the same news synonym group ("killed" finds "dead"). Each term
//! is looked up in the index, so the cost of a claim depends on how often its
//! terms occur, not on the length of the article.

pub mod quote;
pub mod source;
pub mod terms;

use std::collections::{BTreeMap, HashMap};

use crate::claims::Term;
use crate::extract::ArticleIndex;
use crate::segment::{stem, Token};
use crate::source::Span;

/// Where the words of an article are.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    by_stem: HashMap<String, Vec<usize>>,
    by_word: BTreeMap<String, Vec<usize>>,
    sentence_of: Vec<usize>,
}

/// A sentence that matches a claim's terms, with the spans of the words
/// that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the sentence.
    pub sentence: usize,
    /// Bytes of each matched word.
    pub hits: Vec<Span>,
}

/// The forms under which a word is indexed and looked up: its lower-case
/// form without a possessive, and the parts of a hyphenated word.
fn forms(norm: &str) -> Vec<&str> {
    let bare = norm.strip_suffix("'s").or_else(|| norm.strip_suffix('\'')).unwrap_or(norm);
    let mut out = vec![bare];
    if bare.contains('-') {
        out.extend(bare.split('-').filter(|p| !p.is_empty()));
    }
    out
}

impl WordIndex {
    /// Indexes every word token of the article.
    pub fn new(index: &ArticleIndex) -> WordIndex {
        let mut words = WordIndex { sentence_of: vec![0; index.segments.tokens.len()], ..WordIndex::default() };
        // Stemming is the costly part: once per distinct word.
        let mut stems: HashMap<String, String> = HashMap::new();
        for (s, sentence) in index.segments.sentences.iter().enumerate() {
            for t in sentence.tokens.clone() {
                words.sentence_of[t] = s;
                let token = &index.segments.tokens[t];
                if !token.is_word() {
                    continue;
                }
                for form in forms(&token.norm) {
                    match words.by_word.get_mut(form) {
                        Some(postings) => postings.push(t),
                        None => {
                            words.by_word.insert(form.to_string(), vec![t]);
                        }
                    }
                    if !stems.contains_key(form) {
                        stems.insert(form.to_string(), stem(form));
                    }
                    let stemmed = stems.get(form).map(String::as_str).unwrap_or(form);
                    match words.by_stem.get_mut(stemmed) {
                        Some(postings) => postings.push(t),
                        None => {
                            words.by_stem.insert(stemmed.to_string(), vec![t]);
                        }
                    }
                }
            }
        }
        words
    }

    /// Tokens that a single term word matches: same stem, same synonym
    /// group, or (for words of four letters or more) starting with it.
    fn lookup(&self, word: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for s in terms::stems_for(word) {
            if let Some(p) = self.by_stem.get(&s) {
                out.extend_from_slice(p);
            }
        }
        if word.chars().count() >= 4 {
            for (_, p) in self.by_word.range(word.to_string()..).take_while(|(w, _)| w.starts_with(word)) {
                out.extend_from_slice(p);
            }
        } else if let Some(p) = self.by_word.get(word) {
            out.extend_from_slice(p);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Tokens where the phrase `words` starts, its words contiguous.
    fn phrase(&self, words: &[String], tokens: &[Token]) -> Vec<(usize, usize)> {
        let Some((first, rest)) = words.split_first() else {
            return Vec::new();
        };
        let rest_stems: Vec<Vec<String>> = rest.iter().map(|w| terms::stems_for(w)).collect();
        let mut out = Vec::new();
        for start in self.lookup(first) {
            let mut end = start + 1;
            let mut ok = true;
            for (w, stems) in rest.iter().zip(&rest_stems) {
                // Skip punctuation inside a phrase ("city-hall", "U.N.-run").
                while tokens.get(end).is_some_and(|t| !t.is_word())
                    && self.sentence_of.get(end) == self.sentence_of.get(start)
                {
                    end += 1;
                }
                let same_sentence = self.sentence_of.get(end) == self.sentence_of.get(start);
                if !(same_sentence && tokens.get(end).is_some_and(|t| word_matches(w, stems, &t.norm))) {
                    ok = false;
                    break;
                }
                end += 1;
            }
            if ok {
                out.push((start, end));
            }
        }
        out
    }

    /// Sentences matching a term (any alternative), with the matched spans.
    fn term_hits(&self, term: &Term, tokens: &[Token]) -> BTreeMap<usize, Vec<Span>> {
        let mut hits: BTreeMap<usize, Vec<Span>> = BTreeMap::new();
        for alt in &term.alternatives {
            for (a, b) in self.phrase(alt, tokens) {
                let span = tokens[a].span.cover(tokens[b - 1].span);
                hits.entry(self.sentence_of[a]).or_default().push(span);
            }
        }
        hits
    }

    /// Sentences that hold at least `needed` of `terms`, in text order.
    pub fn candidates(&self, terms: &[Term], needed: usize, tokens: &[Token]) -> Vec<Candidate> {
        let mut count: BTreeMap<usize, (usize, Vec<Span>)> = BTreeMap::new();
        for term in terms {
            for (sentence, spans) in self.term_hits(term, tokens) {
                let entry = count.entry(sentence).or_default();
                entry.0 += 1;
                entry.1.extend(spans);
            }
        }
        count
            .into_iter()
            .filter(|(_, (n, _))| *n >= needed.max(1))
            .map(|(sentence, (_, mut hits))| {
                hits.sort();
                hits.dedup();
                Candidate { sentence, hits }
            })
            .collect()
    }

    /// Token indexes where the exact word sequence `words` occurs.
    pub fn sequence(&self, words: &[String], tokens: &[Token]) -> Vec<(usize, usize)> {
        let Some(first) = words.first() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &start in self.by_word.get(first.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
            let mut k = start;
            let mut ok = true;
            for w in words {
                while tokens.get(k).is_some_and(|t| !t.is_word() && t.kind != crate::segment::TokenKind::Number) {
                    k += 1;
                }
                if tokens.get(k).is_none_or(|t| quote::normalize_word(&t.norm) != *w) {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if ok {
                out.push((start, k));
            }
        }
        out
    }
}

/// Whether a term word (with its stems) matches an article word (lower-case).
fn word_matches(term: &str, stems: &[String], norm: &str) -> bool {
    forms(norm).iter().any(|form| {
        *form == term || (term.chars().count() >= 4 && form.starts_with(term)) || stems.contains(&stem(form))
    })
}

#[cfg(test)]
mod tests;
