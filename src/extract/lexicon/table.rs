//! The table a word list is read into. Every token is asked of many lists,
//! so a lookup must cost a few instructions: a word of up to 16 bytes (all
//! but a handful of list words, and most words of a text) is packed into a
//! key of two numbers and its length, without copying or hashing its bytes
//! one by one, and found by comparing keys, not strings, in an open table
//! kept at most half full.

use rustc_hash::FxHashMap;

/// A word of up to 16 bytes as a key: its first and last eight bytes (or
/// four, or each byte, for shorter words; the two may overlap) and its
/// length, which together name the word's bytes exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    head: u64,
    tail: u64,
    len: u32,
    /// The word's place in the table's list of words and values.
    entry: u32,
}

/// The longest word a [`Key`] holds.
const KEY_BYTES: usize = 16;

impl Key {
    /// The key of `word`, if it fits in one: (head, tail, length). The empty
    /// word has none (length 0 marks an empty slot).
    fn of(word: &str) -> Option<(u64, u64, u32)> {
        let b = word.as_bytes();
        let n = b.len();
        let u64_at =
            |k: usize| u64::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3], b[k + 4], b[k + 5], b[k + 6], b[k + 7]]);
        let u32_at = |k: usize| u64::from(u32::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3]]));
        let (head, tail) = match n {
            1..4 => (u64::from(b[0]) | u64::from(b[n / 2]) << 8, u64::from(b[n - 1])),
            4..8 => (u32_at(0), u32_at(n - 4)),
            8..=KEY_BYTES => (u64_at(0), u64_at(n - 8)),
            _ => return None, // empty, or longer than a key holds
        };
        Some((head, tail, n as u32))
    }

    /// Where the search for the key starts in a table of `mask + 1` slots.
    fn slot(head: u64, tail: u64, len: u32, mask: usize) -> usize {
        let mixed = (head ^ tail.rotate_left(29) ^ u64::from(len).rotate_left(53)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as usize & mask
    }
}

/// The filter's size in 64-bit words: 16,384 bits, so a list of a thousand
/// words lets about one word in sixteen through to the table.
const FILTER_WORDS: usize = 256;

/// The filter's bit for `w`: cheap to compute, spread over the bitmap.
fn filter_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let at = |k: usize| b.get(k).copied().map_or(0, u32::from);
    let mix = (b.len() as u32).wrapping_mul(0x9E37_79B9)
        ^ at(0).wrapping_mul(0x85EB_CA6B)
        ^ at(1).wrapping_mul(0xC2B2_AE35)
        ^ at(b.len().wrapping_sub(1)).wrapping_mul(0x27D4_EB2F);
    (mix ^ (mix >> 15)) as usize % (FILTER_WORDS * 64)
}

/// A word list read into a table of words and their values, behind a
/// filter that turns most words of a text away before the table is read:
/// one bit per mix of a word's length and its first, second and last
/// bytes, in a bitmap small enough to stay in the processor's nearest cache.
pub(crate) struct Words<T> {
    filter: Box<[u64; FILTER_WORDS]>,
    /// Open addressing, linear probing; an empty slot has length 0.
    slots: Box<[Key]>,
    /// Words too long for a key (Fx: our own words, so no defence against
    /// chosen collisions is needed).
    long: FxHashMap<&'static str, u32>,
    /// Each word with its value, in the order first given.
    entries: Vec<(&'static str, T)>,
}

impl<T: Copy> Words<T> {
    /// The table of `pairs`; a word given twice keeps its last value.
    pub(crate) fn new(pairs: impl IntoIterator<Item = (&'static str, T)>) -> Words<T> {
        let pairs: Vec<(&'static str, T)> = pairs.into_iter().collect();
        let size = (2 * pairs.len()).next_power_of_two().max(16);
        let empty = Key { head: 0, tail: 0, len: 0, entry: 0 };
        let mut words = Words {
            filter: Box::new([0; FILTER_WORDS]),
            slots: vec![empty; size].into_boxed_slice(),
            long: FxHashMap::default(),
            entries: Vec::new(),
        };
        for (word, value) in pairs {
            match words.entry(word) {
                Some(entry) => words.entries[entry as usize].1 = value,
                None => {
                    let entry = words.entries.len() as u32;
                    words.entries.push((word, value));
                    words.insert(word, entry);
                }
            }
        }
        words
    }

    /// Files `word` (not yet in the table) under `entry`.
    fn insert(&mut self, word: &'static str, entry: u32) {
        let bit = filter_bit(word);
        self.filter[bit / 64] |= 1 << (bit % 64);
        let Some((head, tail, len)) = Key::of(word) else {
            self.long.insert(word, entry);
            return;
        };
        let mask = self.slots.len() - 1;
        let mut at = Key::slot(head, tail, len, mask);
        while self.slots[at].len != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = Key { head, tail, len, entry };
    }

    /// The place of `word` among the entries.
    fn entry(&self, word: &str) -> Option<u32> {
        let Some((head, tail, len)) = Key::of(word) else {
            return self.long.get(word).copied();
        };
        let mask = self.slots.len() - 1;
        let mut at = Key::slot(head, tail, len, mask);
        loop {
            let key = &self.slots[at];
            if key.len == 0 {
                return None;
            }
            if key.head == head && key.tail == tail && key.len == len {
                return Some(key.entry);
            }
            at = (at + 1) & mask;
        }
    }

    /// The value of `w`, if the list holds it.
    pub(crate) fn get(&self, w: &str) -> Option<T> {
        let bit = filter_bit(w);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.entry(w).map(|entry| self.entries[entry as usize].1)
    }

    /// The words of the table, in the order first given.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|&(word, _)| word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_of_every_length_and_nothing_else() {
        // Words of 1 to 40 bytes, differing only in a middle byte, in their
        // last byte, or in length; curly apostrophes and letters beyond ASCII.
        let mut words: Vec<&'static str> = Vec::new();
        for n in 1..=40 {
            for last in ['a', 'b'] {
                let word = format!("{}{}{last}", "x".repeat(n / 2), "y".repeat(n - n / 2));
                words.push(Box::leak(word.into_boxed_str()));
            }
        }
        words.extend(["don’t", "café", "naïve-ish", "o'clock", "année"]);
        let table = Words::new(words.iter().enumerate().map(|(k, &w)| (w, k)));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(k), "{w}");
        }
        for miss in ["", "x", "xyb", "xxyyc", "yxa", "dont", "cafe", "xxxxxxxxxyyyyyyyyyz", &"x".repeat(41)] {
            assert_eq!(table.get(miss), words.iter().position(|w| w == &miss), "{miss}");
        }
        // A middle byte outside the packed bytes of a short word.
        let three = Words::new([("abc", 1)]);
        assert_eq!(three.get("axc"), None);
        assert_eq!(three.get("abc"), Some(1));
    }

    #[test]
    fn a_word_given_twice_keeps_its_last_value_and_its_first_place() {
        let table = Words::new([("one", 1), ("two", 2), ("one", 3)]);
        assert_eq!(table.get("one"), Some(3));
        assert_eq!(table.words().collect::<Vec<_>>(), ["one", "two"]);
    }
}
