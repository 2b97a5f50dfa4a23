//! Matching: finds the sentences that speak of a claim, through an index of
//! the article's words built once per article.
//!
//! A term matches a word with the same Snowball stem, a word that starts with
//! it ("concert" finds "concertgoers", for terms of four letters or more), or
//! a word of the same news synonym group ("killed" finds "dead"). Each term
//! is looked up in the index, so the cost of a claim depends on how often its
//! terms occur, not on the length of the article.

pub mod align;
pub mod frame;
pub mod quote;
pub mod source;
pub mod terms;

use std::ops::Range;

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use crate::claims::Term;
use crate::extract::ArticleIndex;
use crate::segment::{stem, strip_possessive, with_stem, Token, TokenKind};

/// How many of the sentences that hold too few of a claim's terms are kept,
/// for `--explain` to show as the nearest to a claim not found.
pub const NEAREST: usize = 5;

/// Where the words of an article are.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    by_stem: Postings,
    /// Each word with its tokens, in the words' order: found by binary
    /// search, and the words a term starts are neighbours.
    by_word: Vec<(CompactString, Vec<usize>)>,
    sentence_of: Vec<usize>,
    /// Every token but punctuation, in text order: the stream a quote's
    /// words are searched in (in their comparison form).
    stream: Vec<usize>,
    /// Per quote comparison word, the article's quotes that hold it, each
    /// once, in order: a claim's quote is compared only with quotes that
    /// share enough of its words.
    quotes_by_word: Postings,
}

/// Where one of a claim's terms was found: its index among the claim's
/// terms and its first and last token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    /// First token of the matched words.
    pub first: usize,
    /// Last token of the matched words.
    pub last: usize,
    /// Index of the term in the claim's terms.
    pub term: usize,
}

/// A sentence that matches a claim's terms, with the words that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the sentence.
    pub sentence: usize,
    /// Every matched word, in text order.
    pub hits: Vec<Hit>,
}

impl Candidate {
    /// How many different terms the sentence holds.
    pub fn terms_held(&self) -> usize {
        let mut terms: Vec<usize> = self.hits.iter().map(|h| h.term).collect();
        terms.sort_unstable();
        terms.dedup();
        terms.len()
    }
}

/// The sentences that hold a claim's terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermMatches {
    /// Sentences that hold enough of the terms, in text order.
    pub candidates: Vec<Candidate>,
    /// The [`NEAREST`] sentences that hold some of the terms, but too few:
    /// those that hold the most, the earliest first. Only they are kept, so
    /// a claim of common words costs no memory per sentence that holds one.
    pub partial: Vec<Candidate>,
    /// Per term, the number of sentences of the article that hold it.
    pub frequency: Vec<usize>,
}

/// The forms under which a word is indexed and looked up: its lower-case
/// form without a possessive, and the parts of a hyphenated word.
fn forms(norm: &str) -> impl Iterator<Item = &str> {
    let bare = strip_possessive(norm);
    let parts = bare.contains('-').then(|| bare.split('-').filter(|p| !p.is_empty()));
    std::iter::once(bare).chain(parts.into_iter().flatten())
}

/// Postings lists, each key given a slot once.
#[derive(Debug, Clone, Default)]
struct Postings {
    /// Keys held inline (no allocation for a word of up to 24 bytes).
    slots: FxHashMap<CompactString, usize>,
    postings: Vec<Vec<usize>>,
}

impl Postings {
    /// The slot of `key`, made on first sight.
    fn slot(&mut self, key: &str) -> usize {
        if let Some(&slot) = self.slots.get(key) {
            return slot;
        }
        self.postings.push(Vec::new());
        self.slots.insert(CompactString::from(key), self.postings.len() - 1);
        self.postings.len() - 1
    }

    /// The postings of `key`.
    fn get(&self, key: &str) -> Option<&[usize]> {
        self.slots.get(key).map(|&slot| self.postings[slot].as_slice())
    }

    /// Every key with its postings, in the keys' order.
    fn into_sorted(mut self) -> Vec<(CompactString, Vec<usize>)> {
        // Ordered by the key's first eight bytes first (as a number, padded
        // with zeros, which orders as the bytes do), the rest only on a tie:
        // most keys differ early, and a number compares faster than bytes.
        let prefix = |key: &str| {
            let mut head = [0u8; 8];
            let n = key.len().min(8);
            head[..n].copy_from_slice(&key.as_bytes()[..n]);
            u64::from_be_bytes(head)
        };
        let mut sorted: Vec<(u64, CompactString, Vec<usize>)> = (self.slots.into_iter())
            .map(|(key, slot)| (prefix(&key), key, std::mem::take(&mut self.postings[slot])))
            .collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        sorted.into_iter().map(|(_, key, postings)| (key, postings)).collect()
    }
}

impl WordIndex {
    /// Indexes every word token of the article.
    pub fn new(index: &ArticleIndex) -> WordIndex {
        let mut words = WordIndex { sentence_of: vec![0; index.segments.tokens.len()], ..WordIndex::default() };
        words.stream = (index.segments.tokens.iter().enumerate())
            .filter(|(_, t)| t.kind != TokenKind::Punct)
            .map(|(i, _)| i)
            .collect();
        for (q, quote) in index.quotes.iter().enumerate() {
            for w in &quote.words {
                let slot = words.quotes_by_word.slot(w);
                let postings = &mut words.quotes_by_word.postings[slot];
                if postings.last() != Some(&q) {
                    postings.push(q);
                }
            }
        }
        let mut by_word = Postings::default();
        let mut by_stem = Postings::default();
        // Each distinct token is read once: the postings its forms and
        // their stems go to (stemming is the costly part).
        // Per distinct token, its range of `targets`: (word slot, stem slot).
        let mut slots: FxHashMap<&str, Range<usize>> = FxHashMap::default();
        let mut targets: Vec<(usize, Option<usize>)> = Vec::new();
        for (s, sentence) in index.segments.sentences.iter().enumerate() {
            for t in sentence.tokens.clone() {
                words.sentence_of[t] = s;
                let token = &index.segments.tokens[t];
                if token.kind == TokenKind::Punct {
                    continue;
                }
                let range = slots.entry(token.norm.as_str()).or_insert_with(|| {
                    let from = targets.len();
                    match token.kind {
                        TokenKind::Number => targets.push((by_word.slot(&token.norm), None)),
                        _ => targets.extend(
                            forms(&token.norm)
                                .map(|form| (by_word.slot(form), Some(with_stem(form, |s| by_stem.slot(s))))),
                        ),
                    }
                    from..targets.len()
                });
                for &(word, stemmed) in &targets[range.clone()] {
                    by_word.postings[word].push(t);
                    if let Some(stemmed) = stemmed {
                        by_stem.postings[stemmed].push(t);
                    }
                }
            }
        }
        words.by_word = by_word.into_sorted();
        words.by_stem = by_stem;
        words
    }

    /// The tokens of exactly the word `word`.
    fn word(&self, word: &str) -> Option<&[usize]> {
        let at = self.by_word.binary_search_by(|(w, _)| w.as_str().cmp(word)).ok()?;
        Some(&self.by_word[at].1)
    }

    /// Tokens that a single term word matches: same stem, same synonym
    /// group, or (for words of four letters or more) starting with it.
    fn lookup(&self, word: &str) -> Vec<usize> {
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return self.word(word).map(<[usize]>::to_vec).unwrap_or_default();
        }
        let mut out = Vec::new();
        for s in terms::stems_for(word) {
            if let Some(p) = self.by_stem.get(&s) {
                out.extend_from_slice(p);
            }
        }
        if word.chars().count() >= 4 {
            let from = self.by_word.partition_point(|(w, _)| w.as_str() < word);
            for (_, p) in self.by_word[from..].iter().take_while(|(w, _)| w.starts_with(word)) {
                out.extend_from_slice(p);
            }
        } else if let Some(p) = self.word(word) {
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
                while tokens.get(end).is_some_and(|t| t.kind == TokenKind::Punct)
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

    /// The sentences that hold `terms`: those with at least `needed` of
    /// them are candidates, the others partial. Every hit is gathered with
    /// its sentence into one list, sorted once.
    pub fn matches(&self, terms: &[Term], needed: usize, tokens: &[Token]) -> TermMatches {
        let mut all: Vec<(usize, Hit)> = Vec::new();
        let mut frequency = Vec::with_capacity(terms.len());
        let mut sentences: Vec<usize> = Vec::new();
        for (term, t) in terms.iter().enumerate() {
            let from = all.len();
            for alt in &t.alternatives {
                for (first, end) in self.phrase(alt, tokens) {
                    all.push((self.sentence_of[first], Hit { first, last: end - 1, term }));
                }
            }
            sentences.clear();
            sentences.extend(all[from..].iter().map(|&(s, _)| s));
            sentences.sort_unstable();
            sentences.dedup();
            frequency.push(sentences.len());
        }
        all.sort_unstable();
        all.dedup();
        let mut out = TermMatches { frequency, ..TermMatches::default() };
        for run in all.chunk_by(|a, b| a.0 == b.0) {
            let candidate = Candidate { sentence: run[0].0, hits: run.iter().map(|&(_, hit)| hit).collect() };
            if candidate.terms_held() >= needed.max(1) {
                out.candidates.push(candidate);
            } else {
                out.partial.push(candidate);
            }
        }
        out.partial.sort_by_cached_key(|c| (std::cmp::Reverse(c.terms_held()), c.sentence));
        out.partial.truncate(NEAREST);
        out
    }

    /// The quotes of the article that hold at least `needed` of `words`,
    /// each word counted as often as `words` repeats it, in order: those
    /// a claim's quote of these words can match. Every quote when `needed`
    /// is 0.
    pub fn quotes_sharing(&self, words: &[String], needed: usize, quotes: usize) -> Vec<usize> {
        if needed == 0 {
            return (0..quotes).collect();
        }
        let mut held: Vec<(usize, usize)> = Vec::new();
        let mut distinct: Vec<&String> = words.iter().collect();
        distinct.sort_unstable();
        for run in distinct.chunk_by(|a, b| a == b) {
            if let Some(postings) = self.quotes_by_word.get(run[0].as_str()) {
                held.extend(postings.iter().map(|&q| (q, run.len())));
            }
        }
        held.sort_unstable();
        held.chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.iter().map(|&(_, n)| n).sum::<usize>() >= needed)
            .map(|run| run[0].0)
            .collect()
    }

    /// Token indexes where the exact word sequence `words` occurs,
    /// punctuation skipped: the first and one past the last token. Only the
    /// places of the first word are tried, each compared with the words
    /// that follow it in the article's word stream.
    pub fn sequence(&self, words: &[String], tokens: &[Token]) -> Vec<(usize, usize)> {
        let Some(first) = words.first() else {
            return Vec::new();
        };
        let mut starts = self.word(first).map(<[usize]>::to_vec).unwrap_or_default();
        starts.dedup();
        starts
            .into_iter()
            .filter_map(|start| {
                let at = self.stream.binary_search(&start).ok()?;
                let run = self.stream.get(at..at + words.len())?;
                run.iter()
                    .zip(words)
                    .all(|(&t, want)| quote::comparison_form(&tokens[t].norm) == want.as_str())
                    .then(|| (start, run[run.len() - 1] + 1))
            })
            .collect()
    }
}

/// Whether a term word (with its stems) matches an article word (lower-case).
fn word_matches(term: &str, stems: &[String], norm: &str) -> bool {
    forms(norm).any(|form| {
        form == term || (term.chars().count() >= 4 && form.starts_with(term)) || stems.contains(&stem(form))
    })
}

#[cfg(test)]
mod tests;
