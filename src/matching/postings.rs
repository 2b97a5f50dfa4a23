//! Postings: for each key (a word, a stem), the tokens that hold it, all
//! in one flat array.
//!
//! An article's tokens are numbered in 32 bits (an article holds fewer
//! than 2³² bytes, see [`crate::article::Article::from_bytes`]). Each key's
//! tokens are gathered as they come, in text order, and laid out once at
//! the end, so building costs no allocation per key, and a posting four
//! bytes.

use std::hash::BuildHasher;

use compact_str::CompactString;
use hashbrown::hash_map::RawEntryMut;
use rustc_hash::FxBuildHasher;

/// Keys to slots. hashbrown's, for its raw entries: a key is hashed and
/// compared as the borrowed word it is given, and copied only when new,
/// under that hash (hashing a copy just made waits for its bytes to be
/// written).
type Slots = hashbrown::HashMap<CompactString, u32, FxBuildHasher>;

/// Postings being gathered: each key given a slot once.
#[derive(Debug, Default)]
pub(super) struct Gather {
    /// Keys held inline (no allocation for a word of up to 24 bytes).
    slots: Slots,
    /// Per slot, how many tokens hold its key.
    counts: Vec<u32>,
    /// (slot, token) as they come.
    seen: Vec<(u32, u32)>,
}

impl Gather {
    /// A gathering sized for about `keys` keys and `postings` tokens.
    pub(super) fn with_capacity(keys: usize, postings: usize) -> Gather {
        Gather {
            slots: Slots::with_capacity_and_hasher(keys, FxBuildHasher),
            counts: Vec::with_capacity(keys),
            seen: Vec::with_capacity(postings),
        }
    }

    /// The slot of `key`, made on first sight (one search of the table
    /// either way: most keys are new when an article's words are read).
    pub(super) fn slot(&mut self, key: &str) -> u32 {
        let next = self.counts.len() as u32;
        let hash = self.slots.hasher().hash_one(key);
        let slot = match self.slots.raw_entry_mut().from_key_hashed_nocheck(hash, key) {
            RawEntryMut::Occupied(entry) => *entry.get(),
            RawEntryMut::Vacant(entry) => *entry.insert_hashed_nocheck(hash, CompactString::from(key), next).1,
        };
        if slot == next {
            self.counts.push(0);
        }
        slot
    }

    /// Token `token` holds the key of `slot`; tokens come in text order.
    pub(super) fn push(&mut self, slot: u32, token: u32) {
        self.counts[slot as usize] += 1;
        self.seen.push((slot, token));
    }

    /// The postings laid out, each key's tokens in text order.
    pub(super) fn finish(self) -> Postings {
        let mut starts = Vec::with_capacity(self.counts.len() + 1);
        let mut at = 0u32;
        starts.push(0);
        for count in &self.counts {
            at += count;
            starts.push(at);
        }
        // Each slot's next free place, filled in the order the tokens came.
        let mut next: Vec<u32> = starts[..self.counts.len()].to_vec();
        let mut tokens = vec![0u32; self.seen.len()];
        for (slot, token) in self.seen {
            let place = &mut next[slot as usize];
            tokens[*place as usize] = token;
            *place += 1;
        }
        Postings { slots: self.slots, starts, tokens }
    }
}

/// Every key's tokens, in text order.
#[derive(Debug, Clone, Default)]
pub(super) struct Postings {
    slots: Slots,
    /// The tokens of slot `s` are `tokens[starts[s]..starts[s + 1]]`.
    starts: Vec<u32>,
    tokens: Vec<u32>,
}

impl Postings {
    /// The tokens of `key`.
    pub(super) fn get(&self, key: &str) -> Option<&[u32]> {
        self.slots.get(key).map(|&slot| self.of(slot))
    }

    /// The tokens of `slot`.
    fn of(&self, slot: u32) -> &[u32] {
        let s = slot as usize;
        &self.tokens[self.starts[s] as usize..self.starts[s + 1] as usize]
    }

    /// The keys in their bytes' order, for lookups by prefix.
    pub(super) fn sorted(self) -> Sorted {
        // Ordered by the key's first eight bytes first (as a number, padded
        // with zeros, which orders as the bytes do), the rest only on a tie:
        // most keys differ early, and a number compares faster than bytes.
        let prefix = |key: &str| {
            let mut head = [0u8; 8];
            let n = key.len().min(8);
            head[..n].copy_from_slice(&key.as_bytes()[..n]);
            u64::from_be_bytes(head)
        };
        let mut keys: Vec<(u64, CompactString, u32)> =
            self.slots.iter().map(|(key, &slot)| (prefix(key), key.clone(), slot)).collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let keys = keys.into_iter().map(|(_, key, slot)| (key, slot)).collect();
        Sorted { keys, postings: self }
    }
}

/// Postings whose keys are also listed in order: a key is found by binary
/// search, and the keys a prefix starts are neighbours.
#[derive(Debug, Clone, Default)]
pub(super) struct Sorted {
    keys: Vec<(CompactString, u32)>,
    postings: Postings,
}

impl Sorted {
    /// The tokens of exactly `key`.
    pub(super) fn get(&self, key: &str) -> Option<&[u32]> {
        self.postings.get(key)
    }

    /// The tokens of every key that starts with `prefix`, key by key.
    pub(super) fn starting<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a [u32]> {
        let from = self.keys.partition_point(|(k, _)| k.as_str() < prefix);
        (self.keys[from..].iter())
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|&(_, slot)| self.postings.of(slot))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gathered(pairs: &[(&str, u32)]) -> Postings {
        let mut gather = Gather::default();
        for &(key, token) in pairs {
            let slot = gather.slot(key);
            gather.push(slot, token);
        }
        gather.finish()
    }

    #[test]
    fn each_key_keeps_its_tokens_in_the_order_they_came() {
        let p = gathered(&[("fire", 0), ("crew", 1), ("fire", 4), ("fires", 5), ("crew", 9), ("fire", 12)]);
        assert_eq!(p.get("fire"), Some(&[0, 4, 12][..]));
        assert_eq!(p.get("crew"), Some(&[1, 9][..]));
        assert_eq!(p.get("fires"), Some(&[5][..]));
        assert_eq!(p.get("fir"), None);
    }

    #[test]
    fn keys_a_prefix_starts_come_in_byte_order_including_long_keys() {
        // Keys longer than eight bytes that share their first eight are
        // ordered by the rest.
        let p = gathered(&[
            ("internationally", 3),
            ("international", 1),
            ("inter", 0),
            ("internal", 2),
            ("interim", 7),
            ("into", 5),
        ])
        .sorted();
        let found: Vec<&[u32]> = p.starting("inter").collect();
        assert_eq!(found, [&[0][..], &[7], &[2], &[1], &[3]]);
        assert_eq!(p.starting("internation").count(), 2);
        assert_eq!(p.starting("zebra").count(), 0);
        assert_eq!(p.get("into"), Some(&[5][..]));
    }

    #[test]
    fn keys_come_out_in_the_order_of_their_bytes_however_long_their_shared_start() {
        let keys = ["abcdefghij", "abcdefgh", "b", "abcdefghi", "a", "ab", "abcdefgha", "zz", "abcdefgg", "é", "z"];
        let pairs: Vec<(&str, u32)> = keys.iter().zip(0..).map(|(&k, n)| (k, n)).collect();
        let sorted = gathered(&pairs).sorted();
        let order: Vec<&str> = sorted.starting("").map(|tokens| keys[tokens[0] as usize]).collect();
        let mut expected = keys.to_vec();
        expected.sort_unstable();
        assert_eq!(order, expected);
    }

    #[test]
    fn nothing_gathered_finds_nothing() {
        let p = Gather::default().finish().sorted();
        assert_eq!(p.get("any"), None);
        assert_eq!(p.starting("").count(), 0);
    }
}
