//! Quote comparison: a claim's quote against the words inside quotation
//! marks, after normalising case, quote marks, dashes and punctuation.
//!
//! The quote agrees when its words occur contiguously in the quoted words
//! (so a part of a longer quote agrees); an ellipsis in the claim ("…" or
//! "...") skips any stretch. Otherwise the best-matching stretch of the same
//! length, give or take two words, is compared word by word with `similar`:
//! a ratio of 0.6 or more is a near miss, reported with its word diff.
//!
//! Cost, for a claim of n words against a quote of m: the contiguous search
//! is Knuth–Morris–Pratt, O(n + m). The near-miss search counts, for every
//! stretch, how many words it has in common with the claim (one sliding pass
//! per length, O(m)) and diffs only the [`MAX_DIFFS`] stretches with the
//! most, in order, stopping when no stretch left can beat the best; each diff is
//! Myers', O((n + m') · d) for a stretch of m' words and d edits. A claim of
//! more than [`MAX_NEAR_WORDS`] words is checked for exact agreement only.

use compact_str::CompactString;
use std::collections::BTreeMap;

use serde::Serialize;
use similar::{Algorithm, ChangeTag, TextDiff};

pub use crate::extract::quote::{comparison_form, normalize_word, words};

/// The lowest word similarity at which a quoted span is a near miss.
pub const NEAR_MISS: f32 = 0.6;

/// The longest claim quote, in words, searched for near misses.
pub const MAX_NEAR_WORDS: usize = 200;

/// The most stretches of one quoted span diffed against a claim's quote.
pub const MAX_DIFFS: usize = 32;

/// One step of a word diff from the claim's quote to the article's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffOp {
    /// "equal", "delete" (only in the claim) or "insert" (only in the article).
    pub op: &'static str,
    /// The words of this step.
    pub text: String,
}

/// How a claim's quote matches a quoted span.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteMatch {
    /// The words occur as they are (or in order around an ellipsis).
    Agrees,
    /// A close but different wording; the diff turns claim into article.
    NearMiss {
        /// Word similarity, 0 to 1.
        ratio: f32,
        /// The word diff.
        diff: Vec<DiffOp>,
    },
}

/// The comparison words of a text, split into the parts an ellipsis
/// separates.
pub fn quote_parts(text: &str) -> Vec<Vec<CompactString>> {
    text.replace('…', " ... ").split("...").map(words).filter(|p| !p.is_empty()).collect()
}

/// Every start at which `needle` occurs contiguously in `hay`, in order
/// (Knuth–Morris–Pratt: linear in both lengths).
pub fn occurrences<T: PartialEq>(hay: &[T], needle: &[T]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    // fail[i]: the length of the longest proper border of needle[..=i].
    let mut fail = vec![0; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut out = Vec::new();
    let mut k = 0;
    for (i, item) in hay.iter().enumerate() {
        while k > 0 && *item != needle[k] {
            k = fail[k - 1];
        }
        if *item == needle[k] {
            k += 1;
        }
        if k == needle.len() {
            out.push(i + 1 - k);
            k = fail[k - 1];
        }
    }
    out
}

/// Where `needle` occurs contiguously in `hay` at or after `from`.
fn find(hay: &[CompactString], needle: &[CompactString], from: usize) -> Option<usize> {
    occurrences(hay.get(from..)?, needle).first().map(|i| i + from)
}

/// Compares a claim's quote (split at ellipses) with the words of a quoted span.
pub fn match_quote(parts: &[Vec<CompactString>], quoted: &[CompactString]) -> Option<QuoteMatch> {
    let mut at = 0;
    let mut in_order = true;
    for part in parts {
        match find(quoted, part, at) {
            Some(i) => at = i + part.len(),
            None => {
                in_order = false;
                break;
            }
        }
    }
    if in_order && !parts.is_empty() {
        return Some(QuoteMatch::Agrees);
    }
    let claim: Vec<&str> = parts.iter().flatten().map(CompactString::as_str).collect();
    let n = claim.len();
    if n == 0 || n > MAX_NEAR_WORDS || quoted.is_empty() {
        return None;
    }
    let stretches = stretches(&claim, quoted);
    // The stretch sharing most words with the claim wins; among those, the
    // one that starts and ends where the claim does, then the one closest to
    // the claim's length, then the earliest.
    type Key = (usize, usize, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>);
    let mut best: Option<(Key, f32, usize, usize)> = None;
    for &(bound, start, len) in stretches.iter().take(MAX_DIFFS) {
        if best.as_ref().is_some_and(|((shared, ..), ..)| bound < *shared) {
            break;
        }
        let window: Vec<&str> = quoted[start..start + len].iter().map(CompactString::as_str).collect();
        let diff = TextDiff::configure().algorithm(Algorithm::Myers).diff_slices(&claim, &window);
        let shared = diff.iter_all_changes().filter(|c| c.tag() == ChangeTag::Equal).count();
        let edges = usize::from(window.first() == claim.first()) + usize::from(window.last() == claim.last());
        let key = (shared, edges, std::cmp::Reverse(len.abs_diff(n)), std::cmp::Reverse(start));
        if best.as_ref().is_none_or(|(k, ..)| key > *k) {
            best = Some((key, diff.ratio(), start, len));
        }
    }
    let (_, ratio, start, len) = best?;
    if ratio < NEAR_MISS {
        return None;
    }
    let window: Vec<&str> = quoted[start..start + len].iter().map(CompactString::as_str).collect();
    Some(QuoteMatch::NearMiss { ratio, diff: word_diff(&claim, &window) })
}

/// Every stretch of `quoted` of the claim's length give or take two words
/// that shares a word with it, as (bound, start, length), most promising
/// first (none when no stretch can be a near miss): most words in common counted as multisets (an upper bound on the
/// words a diff can keep), then closest in length, then earliest. Each
/// length is one sliding pass over `quoted`.
fn stretches(claim: &[&str], quoted: &[CompactString]) -> Vec<(usize, usize, usize)> {
    let n = claim.len();
    let mut distinct: BTreeMap<&str, usize> = BTreeMap::new();
    let mut wanted: Vec<usize> = Vec::new();
    for w in claim {
        let id = *distinct.entry(w).or_insert_with(|| {
            wanted.push(0);
            wanted.len() - 1
        });
        wanted[id] += 1;
    }
    let ids: Vec<Option<usize>> = quoted.iter().map(|w| distinct.get(w.as_str()).copied()).collect();
    let mut out = Vec::new();
    for len in n.saturating_sub(2).max(1)..=(n + 2).min(quoted.len()) {
        let mut count = vec![0usize; wanted.len()];
        let mut bound = 0;
        for (i, id) in ids.iter().enumerate() {
            if let Some(id) = *id {
                count[id] += 1;
                bound += usize::from(count[id] <= wanted[id]);
            }
            if i >= len {
                if let Some(old) = ids[i - len] {
                    bound -= usize::from(count[old] <= wanted[old]);
                    count[old] -= 1;
                }
            }
            if i + 1 >= len && bound > 0 {
                out.push((bound, i + 1 - len, len));
            }
        }
    }
    // When no stretch can reach a near miss, none is worth diffing.
    if !out.iter().any(|&(bound, _, len)| reachable(bound, n, len)) {
        return Vec::new();
    }
    out.sort_by_key(|&(bound, start, len)| (std::cmp::Reverse(bound), len.abs_diff(n), start));
    out
}

/// Whether a stretch of `len` words holding at most `bound` of a claim's
/// `n` words can be a near miss: a diff keeps at most `bound` words, so the
/// similarity is at most 2 · bound / (n + len), as `similar` computes it.
fn reachable(bound: usize, n: usize, len: usize) -> bool {
    2.0 * bound as f32 / (n + len) as f32 >= NEAR_MISS
}

/// Whether a quoted span that holds at most `shared` of a claim's `n`
/// words (each counted as often as the claim says it) can agree with the
/// claim or be a near miss of it; [`match_quote`] finds nothing in any
/// other. Agreeing needs every word; a near miss needs a stretch of at
/// least n − 2 words within reach.
pub fn may_match(n: usize, shared: usize) -> bool {
    shared >= n || (n <= MAX_NEAR_WORDS && reachable(shared, n, n.saturating_sub(2).max(1)))
}

/// The word diff from `old` to `new`, consecutive words of one kind joined.
pub fn word_diff(old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    let diff = TextDiff::configure().algorithm(Algorithm::Myers).diff_slices(old, new);
    let mut ops: Vec<DiffOp> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match ops.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(change.value());
            }
            _ => ops.push(DiffOp { op, text: change.value().to_string() }),
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(claim: &str, quoted: &str) -> Option<QuoteMatch> {
        match_quote(&quote_parts(claim), &words(quoted))
    }

    #[test]
    fn verbatim_and_part_of_a_longer_quote_agree() {
        assert_eq!(check("the enemies of all humanity", "the enemies of all humanity"), Some(QuoteMatch::Agrees));
        assert_eq!(check("The Enemies of all humanity.", "“the enemies of all humanity”"), Some(QuoteMatch::Agrees));
        assert_eq!(check("remain and expand", "they will remain and expand everywhere"), Some(QuoteMatch::Agrees));
        assert_eq!(check("don’t think", "I don't think so"), Some(QuoteMatch::Agrees));
    }

    #[test]
    fn an_ellipsis_skips_words() {
        let quoted = "undermine and discredit the Taliban Emirate... The Emirate promised security";
        assert_eq!(check("undermine … the Emirate promised security", quoted), Some(QuoteMatch::Agrees));
        assert_eq!(check("undermine ... discredit", quoted), Some(QuoteMatch::Agrees));
        assert!(check("discredit ... undermine", quoted) != Some(QuoteMatch::Agrees));
    }

    #[test]
    fn a_changed_word_is_a_near_miss_with_a_diff() {
        let Some(QuoteMatch::NearMiss { ratio, diff }) =
            check("the enemies of all mankind", "horrible and the enemies of all humanity")
        else {
            panic!("expected a near miss");
        };
        assert!(ratio >= NEAR_MISS);
        assert_eq!(
            diff,
            [
                DiffOp { op: "equal", text: "the enemies of all".into() },
                DiffOp { op: "delete", text: "mankind".into() },
                DiffOp { op: "insert", text: "humanity".into() }
            ]
        );
    }

    #[test]
    fn added_or_dropped_words_are_near_misses() {
        assert!(matches!(
            check("the enemies of humanity", "the enemies of all humanity"),
            Some(QuoteMatch::NearMiss { .. })
        ));
        assert!(matches!(
            check("the true enemies of all humanity", "the enemies of all humanity"),
            Some(QuoteMatch::NearMiss { .. })
        ));
    }

    #[test]
    fn occurrences_are_found_in_linear_time_even_in_repetitive_text() {
        assert_eq!(occurrences(&[1, 2, 1, 2, 1], &[1, 2, 1]), [0, 2]);
        assert_eq!(occurrences(&[1, 1, 1], &[2]), Vec::<usize>::new());
        let hay = vec![0u8; 200_000];
        let mut needle = vec![0u8; 100_000];
        needle.push(1);
        let started = std::time::Instant::now();
        assert!(occurrences(&hay, &needle).is_empty());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn unrelated_words_do_not_match() {
        assert_eq!(check("collaborating with crusaders", "the enemies of all humanity"), None);
    }

    /// The words of `claim` that `quoted` holds, each counted as often as
    /// the claim says it (what the verdict counts before comparing).
    fn shared(claim: &[CompactString], quoted: &[CompactString]) -> usize {
        claim.iter().filter(|w| quoted.contains(w)).count()
    }

    #[test]
    fn a_span_may_match_only_with_enough_of_the_claims_words() {
        // Every word: it may agree, even a claim longer than a near miss allows.
        assert!(may_match(12, 12) && may_match(300, 300));
        // One word of ten changed: within reach of a near miss.
        assert!(may_match(10, 9));
        // A third of the words: a near miss needs at least 0.6 · (n + n − 2) / 2.
        assert!(!may_match(9, 3) && !may_match(10, 5) && may_match(10, 6));
        // Past MAX_NEAR_WORDS only agreement counts.
        assert!(!may_match(300, 299));
    }

    #[test]
    fn a_span_that_may_not_match_never_matches() {
        // Claims and quoted spans drawn from a few words, so that they share
        // many: whatever `may_match` rules out, `match_quote` finds nothing in.
        let vocabulary = ["we", "will", "rebuild", "the", "port", "now"];
        let mut seed = 7u64;
        let mut next = |k: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % k
        };
        let mut ruled_out = 0;
        for _ in 0..4000 {
            let claim: Vec<CompactString> = (0..1 + next(9)).map(|_| vocabulary[next(6)].into()).collect();
            let quoted: Vec<CompactString> = (0..1 + next(14)).map(|_| vocabulary[next(6)].into()).collect();
            if !may_match(claim.len(), shared(&claim, &quoted)) {
                ruled_out += 1;
                assert_eq!(match_quote(std::slice::from_ref(&claim), &quoted), None, "{claim:?} in {quoted:?}");
            }
        }
        assert!(ruled_out > 500, "the cases rule some out: {ruled_out}");
    }
}
