//! Pull quotes: whether a quotation repeats words quoted earlier in the
//! article (a pull quote set apart from the text repeats what a speaker
//! said), which [`super::scope`] asks before letting a quotation continue
//! an account.

use std::borrow::Cow;

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use crate::extract::quote::{word_hash, word_hashes, words, Quote};
use crate::source::slice;

/// The words of the quotes read so far, as hashes, each with where it
/// occurs, so that a pull quote is found from its rarest word's
/// occurrences rather than by sliding over every earlier quote; a match of
/// hashes is confirmed on the words themselves. Hashes, not copies, in
/// flat lists, not one per quote or word: a long article quotes hundreds
/// of thousands of words.
#[derive(Default)]
pub(super) struct QuotedWords {
    /// The hashes of the words of the quotes indexed (all before the last
    /// one asked), quote after quote.
    hashes: Vec<u64>,
    /// Where each indexed quote's words start in `hashes`.
    starts: Vec<u32>,
    /// For each word of `hashes`, the place of the same hash before it
    /// (`NONE` for its first).
    before: Vec<u32>,
    /// Each hash's number of occurrences and its last place in `hashes`.
    at: FxHashMap<u64, (u32, u32)>,
    /// The last quote asked and its hashes, indexed when a later one asks.
    last: Option<(usize, Vec<u64>)>,
}

/// No earlier occurrence, in [`QuotedWords::before`].
const NONE: u32 = u32::MAX;

impl QuotedWords {
    /// Whether the words of quote `q` occur contiguously in a quote before
    /// it: tried at the occurrences of their rarest word, so common words
    /// cost nothing. The quotes before `q` are indexed only now: most
    /// articles never ask, and a long one asks rarely.
    pub(super) fn repeats(&mut self, quotes: &[Quote], text: &str, q: usize) -> bool {
        while self.starts.len() < q {
            let quote = self.starts.len();
            let hashes = match self.last.take_if(|(asked, _)| *asked == quote) {
                Some((_, hashes)) => hashes,
                None => hashes_of(quotes, text, quote),
            };
            self.starts.push(self.hashes.len() as u32);
            for h in hashes {
                let place = self.hashes.len() as u32;
                let (count, last) = self.at.entry(h).or_insert((0, NONE));
                self.before.push(*last);
                (*count, *last) = (*count + 1, place);
                self.hashes.push(h);
            }
        }
        let hashed = hashes_of(quotes, text, q);
        let rarest = hashed
            .iter()
            .enumerate()
            .map(|(j, h)| (j, self.at.get(h).copied()))
            .min_by_key(|(_, at)| at.map_or(0, |(count, _)| count));
        let mut repeats = false;
        if let Some((j, Some((_, last)))) = rarest {
            let mut place = last;
            while place != NONE && !repeats {
                repeats = self.holds_at(place as usize, j, &hashed, quotes, text, q);
                place = self.before[place as usize];
            }
        }
        self.last = Some((q, hashed));
        repeats
    }

    /// The quote that the indexed word at `place` is in, and where its
    /// words are in `hashes`.
    fn quote_at(&self, place: usize) -> (usize, std::ops::Range<usize>) {
        let p = self.starts.partition_point(|&s| s as usize <= place) - 1;
        let end = self.starts.get(p + 1).map_or(self.hashes.len(), |&e| e as usize);
        (p, self.starts[p] as usize..end)
    }

    /// Whether quote `q`, whose words hash to `hashed`, lies whole in the
    /// indexed quote that holds `place`, its word `j` there: the hashes
    /// agree, then the words themselves.
    fn holds_at(&self, place: usize, j: usize, hashed: &[u64], quotes: &[Quote], text: &str, q: usize) -> bool {
        let (p, words) = self.quote_at(place);
        let Some(start) = place.checked_sub(j).filter(|&s| s >= words.start && s + hashed.len() <= words.end) else {
            return false;
        };
        if self.hashes[start..start + hashed.len()] != *hashed {
            return false;
        }
        let needle = words_of(quotes, text, q);
        words_of(quotes, text, p).get(start - words.start..start - words.start + needle.len()) == Some(&needle[..])
    }
}

/// The hashes of quote `q`'s comparison words: of the index's words (see
/// [`Quote::words`]), or for the facts `extract` reports, which keep none,
/// read from the text without building the words.
fn hashes_of(quotes: &[Quote], text: &str, q: usize) -> Vec<u64> {
    match quotes[q].words.is_empty() {
        true => word_hashes(slice(text, quotes[q].span)),
        false => quotes[q].words.iter().map(|w| word_hash(w)).collect(),
    }
}

/// The comparison words of quote `q`: the index's, or read from the text.
fn words_of<'q>(quotes: &'q [Quote], text: &str, q: usize) -> Cow<'q, [CompactString]> {
    match quotes[q].words.is_empty() {
        true => Cow::Owned(words(slice(text, quotes[q].span))),
        false => Cow::Borrowed(&quotes[q].words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    /// The quotes of `text` between straight double quotation marks, with
    /// their words when `indexed` (as check's index keeps them) or without
    /// (as extract's facts do).
    fn quoted(text: &str, indexed: bool) -> Vec<Quote> {
        let marks: Vec<usize> = text.match_indices('"').map(|(at, _)| at).collect();
        let spans = marks.chunks(2).map(|pair| Span::new(pair[0] + 1, pair[1]));
        let quote = |span: Span| Quote {
            span,
            words: if indexed { words(slice(text, span)) } else { Vec::new() },
            runs_on: false,
            continues: None,
        };
        spans.map(quote).collect()
    }

    #[test]
    fn a_quote_repeats_when_its_words_lie_in_order_inside_one_earlier_quote() {
        let text = concat!(
            r#""The river rose at dawn and the bridge held," she said. "#,
            r#""The Bridge HELD" "bridge held at dawn" "held; bridge" "and the" "dawn and the bridge""#,
        );
        for indexed in [true, false] {
            let quotes = quoted(text, indexed);
            let mut seen = QuotedWords::default();
            let repeats: Vec<bool> = (0..quotes.len()).map(|q| seen.repeats(&quotes, text, q)).collect();
            // Case and punctuation aside, quote 1 is inside quote 0; 2 is
            // out of order; 3 is the end of quote 1 and the start of quote
            // 2, in no one quote; the last two are inside quote 0 again.
            assert_eq!(repeats, [false, true, false, false, true, true], "indexed: {indexed}");
        }
    }
}
