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
mod postings;
pub mod quote;
pub mod source;
pub mod terms;

use compact_str::CompactString;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::claims::Term;
use crate::extract::ArticleIndex;
use crate::segment::{strip_possessive, with_stem, Token, TokenKind};
use postings::{Gather, Postings, Sorted};

/// How many of the sentences that hold too few of a claim's terms are kept,
/// for `--explain` to show as the nearest to a claim not found.
pub const NEAREST: usize = 5;

/// Where the words of an article are.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    by_stem: Postings,
    /// Each word with its tokens, the words in order: the words a term
    /// starts are neighbours.
    by_word: Sorted,
    /// The sentence of each token.
    sentence_of: Vec<u32>,
    /// Every token but punctuation, in text order: the stream a quote's
    /// words are searched in (in their comparison form).
    stream: Vec<u32>,
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
        distinct_terms(self.hits.iter().map(|h| h.term))
    }
}

/// How many different term indexes `terms` holds; no allocation for a
/// claim of up to 128 terms.
fn distinct_terms(terms: impl Iterator<Item = usize>) -> usize {
    let mut seen = 0u128;
    let mut more = Vec::new();
    for t in terms {
        if t < 128 {
            seen |= 1 << t;
        } else {
            more.push(t);
        }
    }
    more.sort_unstable();
    more.dedup();
    seen.count_ones() as usize + more.len()
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

impl WordIndex {
    /// Indexes every word token of the article.
    pub fn new(index: &ArticleIndex) -> WordIndex {
        let tokens = &index.segments.tokens;
        let mut sentence_of = vec![0; tokens.len()];
        let stream =
            (tokens.iter().enumerate()).filter(|(_, t)| t.kind != TokenKind::Punct).map(|(i, _)| i as u32).collect();
        let quoted: usize = index.quotes.iter().map(|q| q.words.len()).sum();
        let mut quotes_by_word = Gather::with_capacity(quoted, quoted);
        // Per word slot (slots are numbered as made), the last quote listed
        // under it: a quote is listed once under each of its words.
        let mut last: Vec<u32> = Vec::with_capacity(quoted);
        for (q, quote) in (0u32..).zip(&index.quotes) {
            for w in &quote.words {
                let slot = quotes_by_word.slot(w);
                let listed = match last.get_mut(slot as usize) {
                    Some(at) => std::mem::replace(at, q) == q,
                    None => {
                        last.push(q);
                        false
                    }
                };
                if !listed {
                    quotes_by_word.push(slot, q);
                }
            }
        }
        // The tables sized once: an article has at most a key per token,
        // and past 65,536 keys (a long article's vocabulary) they grow.
        let keys = tokens.len().min(1 << 16);
        let mut by_word = Gather::with_capacity(keys, tokens.len());
        let mut by_stem = Gather::with_capacity(keys, tokens.len());
        // Each distinct token is read once: the postings its forms and
        // their stems go to (stemming is the costly part).
        // Per distinct token, its range of `targets`: (word slot, stem slot).
        let mut slots: FxHashMap<&str, Range<usize>> = FxHashMap::with_capacity_and_hasher(keys, Default::default());
        let mut targets: Vec<(u32, Option<u32>)> = Vec::with_capacity(keys);
        for (s, sentence) in index.segments.sentences.iter().enumerate() {
            for t in sentence.tokens.clone() {
                sentence_of[t] = s as u32;
                let token = &tokens[t];
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
                    by_word.push(word, t as u32);
                    if let Some(stemmed) = stemmed {
                        by_stem.push(stemmed, t as u32);
                    }
                }
            }
        }
        WordIndex {
            by_stem: by_stem.finish(),
            by_word: by_word.finish().sorted(),
            sentence_of,
            stream,
            quotes_by_word: quotes_by_word.finish(),
        }
    }

    /// The tokens of exactly the word `word`.
    fn word(&self, word: &str) -> &[u32] {
        self.by_word.get(word).unwrap_or_default()
    }

    /// Tokens that a single term word matches: same stem, same synonym
    /// group, or (for words of four letters or more) starting with it.
    fn lookup(&self, word: &str) -> Vec<usize> {
        let mut out: Vec<u32> = Vec::new();
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            out.extend_from_slice(self.word(word));
        } else {
            for s in terms::stems_for(word) {
                out.extend_from_slice(self.by_stem.get(&s).unwrap_or_default());
            }
            if word.chars().count() >= 4 {
                self.by_word.starting(word).for_each(|p| out.extend_from_slice(p));
            } else {
                out.extend_from_slice(self.word(word));
            }
            out.sort_unstable();
            out.dedup();
        }
        out.into_iter().map(|t| t as usize).collect()
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
                    all.push((self.sentence_of[first] as usize, Hit { first, last: end - 1, term }));
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
        // The partial sentences kept so far, with the terms each holds: at
        // most NEAREST, however many sentences hold a common word.
        let mut nearest: Vec<(usize, Candidate)> = Vec::with_capacity(NEAREST);
        for run in all.chunk_by(|a, b| a.0 == b.0) {
            let held = distinct_terms(run.iter().map(|(_, hit)| hit.term));
            let candidate = || Candidate { sentence: run[0].0, hits: run.iter().map(|&(_, hit)| hit).collect() };
            if held >= needed.max(1) {
                out.candidates.push(candidate());
            } else if nearest.len() < NEAREST {
                nearest.push((held, candidate()));
            } else if let Some(worst) = nearest.iter_mut().min_by_key(|(h, c)| (*h, std::cmp::Reverse(c.sentence))) {
                // Sentences come in text order, so an equal count keeps the earlier.
                if held > worst.0 {
                    *worst = (held, candidate());
                }
            }
        }
        nearest.sort_by_key(|(held, c)| (std::cmp::Reverse(*held), c.sentence));
        out.partial = nearest.into_iter().map(|(_, c)| c).collect();
        out
    }

    /// The quotes of the article that hold at least `needed` of `words`,
    /// each word counted as often as `words` repeats it, in order, each with
    /// the number of `words` it holds so counted: those a claim's quote of
    /// these words can match. Every quote when `needed` is 0.
    pub fn quotes_sharing(&self, words: &[CompactString], needed: usize, quotes: usize) -> Vec<(usize, usize)> {
        let mut distinct: Vec<&CompactString> = words.iter().collect();
        distinct.sort_unstable();
        // Counted per quote in one table: a claim of common words reaches
        // most quotes of a long article, and this costs no sort.
        let mut held = vec![0usize; quotes];
        for run in distinct.chunk_by(|a, b| a == b) {
            for &q in self.quotes_by_word.get(run[0].as_str()).unwrap_or_default() {
                held[q as usize] += run.len();
            }
        }
        held.into_iter().enumerate().filter(|&(_, n)| n >= needed).collect()
    }

    /// Token indexes where the exact word sequence `words` occurs,
    /// punctuation skipped: the first and one past the last token. Only the
    /// places of the first word are tried, each compared with the words
    /// that follow it in the article's word stream.
    pub fn sequence(&self, words: &[CompactString], tokens: &[Token]) -> Vec<(usize, usize)> {
        let Some(first) = words.first() else {
            return Vec::new();
        };
        let mut starts = self.word(first).to_vec();
        starts.dedup();
        starts
            .into_iter()
            .filter_map(|start| {
                let at = self.stream.binary_search(&start).ok()?;
                let run = self.stream.get(at..at + words.len())?;
                run.iter()
                    .zip(words)
                    .all(|(&t, want)| quote::comparison_form(&tokens[t as usize].norm) == want.as_str())
                    .then(|| (start as usize, run[run.len() - 1] as usize + 1))
            })
            .collect()
    }
}

/// Whether a term word (with its stems) matches an article word (lower-case).
fn word_matches(term: &str, stems: &[String], norm: &str) -> bool {
    forms(norm).any(|form| {
        form == term
            || (term.chars().count() >= 4 && form.starts_with(term))
            || with_stem(form, |s| stems.iter().any(|t| t == s))
    })
}

#[cfg(test)]
mod tests;
