//! The token scanner of text beyond plain text: the token pattern's
//! alternatives ([`super::token`]) read by hand over any script, with the
//! pattern's own Unicode classes (letters, upper-case letters, marks,
//! decimal digits) taken as ranges from regex-syntax, which the pattern
//! engine builds them from. The engine compiles those classes into
//! automata the first time a text needs it (about 30 million
//! instructions, more than reading a long article); the ranges are searched
//! by bisection instead. A property test holds the scanner to the pattern on
//! random text of many scripts.

use std::ops::Range;
use std::sync::LazyLock;

use regex_syntax::hir::{Class, HirKind};

use super::scan::GROUP_SPACES;

/// A Unicode class as sorted, disjoint ranges of characters.
struct Ranges(Vec<(char, char)>);

impl Ranges {
    /// The class of `pattern`, a single class such as `\p{L}`.
    fn of(pattern: &str) -> Ranges {
        let hir = regex_syntax::parse(pattern).expect("the pattern is a valid class");
        match hir.kind() {
            HirKind::Class(Class::Unicode(class)) => {
                Ranges(class.ranges().iter().map(|r| (r.start(), r.end())).collect())
            }
            _ => Ranges(Vec::new()),
        }
    }

    fn holds(&self, c: char) -> bool {
        let i = self.0.partition_point(|&(_, end)| end < c);
        self.0.get(i).is_some_and(|&(start, _)| start <= c)
    }
}

/// The classes the token pattern uses.
struct Classes {
    letter: Ranges,
    upper: Ranges,
    mark: Ranges,
    digit: Ranges,
}

static CLASSES: LazyLock<Classes> = LazyLock::new(|| Classes {
    letter: Ranges::of(r"\p{L}"),
    upper: Ranges::of(r"\p{Lu}"),
    mark: Ranges::of(r"\p{M}"),
    digit: Ranges::of(r"\d"),
});

/// The tokens of any text as byte ranges, exactly as the token pattern
/// finds them: at each place the first alternative that matches (an
/// acronym, a grouped number, a number, a word, else one character).
pub(super) struct UnicodeTokens<'a> {
    text: &'a str,
    at: usize,
    classes: &'static Classes,
}

impl<'a> UnicodeTokens<'a> {
    pub(super) fn new(text: &'a str) -> UnicodeTokens<'a> {
        UnicodeTokens { text, at: 0, classes: &CLASSES }
    }
}

impl Iterator for UnicodeTokens<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (offset, c) = self.text.get(self.at..)?.char_indices().find(|&(_, c)| !c.is_whitespace())?;
        let start = self.at + offset;
        let scan = Scan { text: self.text, classes: self.classes };
        let end = scan
            .acronym(start)
            .or_else(|| scan.grouped_number(start))
            .or_else(|| scan.number(start))
            .or_else(|| scan.word(start))
            .unwrap_or(start + c.len_utf8());
        self.at = end;
        Some(start..end)
    }
}

/// The alternatives of the token pattern, each returning where its match
/// from a byte offset ends.
#[derive(Clone, Copy)]
struct Scan<'a> {
    text: &'a str,
    classes: &'a Classes,
}

impl Scan<'_> {
    /// The character at byte `at`, if any.
    fn char_at(self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// The byte after the character at `at` if it satisfies `f`.
    fn one(self, at: usize, f: impl Fn(char) -> bool) -> Option<usize> {
        self.char_at(at).filter(|&c| f(c)).map(|c| at + c.len_utf8())
    }

    /// Where the run of characters from `at` that satisfy `f` ends.
    fn run(self, at: usize, f: impl Fn(char) -> bool) -> usize {
        let mut k = at;
        while let Some(next) = self.one(k, &f) {
            k = next;
        }
        k
    }

    fn digit(self, at: usize) -> Option<usize> {
        self.one(at, |c| self.classes.digit.holds(c))
    }

    /// `(?:\p{Lu}\.){2,}`: "U.N.", "É.U.".
    fn acronym(self, at: usize) -> Option<usize> {
        let (mut k, mut pairs) = (at, 0);
        while let Some(dot) = self.one(k, |c| self.classes.upper.holds(c)) {
            if self.text.as_bytes().get(dot) != Some(&b'.') {
                break;
            }
            k = dot + 1;
            pairs += 1;
        }
        (pairs >= 2).then_some(k)
    }

    /// `(?:\.\d+)?` at `at`: where a decimal part ends.
    fn decimals(self, at: usize) -> usize {
        match self.text.as_bytes().get(at) == Some(&b'.') {
            true => self.digit(at + 1).map_or(at, |k| self.run(k, |c| self.classes.digit.holds(c))),
            false => at,
        }
    }

    /// Three digits from `at`: where they end.
    fn three_digits(self, at: usize) -> Option<usize> {
        self.digit(at).and_then(|k| self.digit(k)).and_then(|k| self.digit(k))
    }

    /// `\d{1,3}(?:(?:,\d{3})+|(?:[  ]\d{3})+)(?:\.\d+)?`, commas first.
    fn grouped_number(self, at: usize) -> Option<usize> {
        let mut lead = at;
        for _ in 0..3 {
            match self.digit(lead) {
                Some(k) => lead = k,
                None => break,
            }
        }
        // One to three digits, and no fourth (it could start no group).
        if lead == at || self.digit(lead).is_some() {
            return None;
        }
        let comma = |k: usize| self.one(k, |c| c == ',').and_then(|k| self.three_digits(k));
        let space = |k: usize| self.one(k, |c| GROUP_SPACES.contains(&c)).and_then(|k| self.three_digits(k));
        for group in [&comma as &dyn Fn(usize) -> Option<usize>, &space] {
            let mut k = lead;
            while let Some(next) = group(k) {
                k = next;
            }
            if k > lead {
                return Some(self.decimals(k));
            }
        }
        None
    }

    /// `\d+(?:\.\d+)?|\.\d+`.
    fn number(self, at: usize) -> Option<usize> {
        if let Some(k) = self.digit(at) {
            return Some(self.decimals(self.run(k, |c| self.classes.digit.holds(c))));
        }
        let k = self.one(at, |c| c == '.').and_then(|k| self.digit(k))?;
        Some(self.run(k, |c| self.classes.digit.holds(c)))
    }

    /// `\p{L}[\p{L}\p{M}]*(?:['’\-‐]\p{L}[\p{L}\p{M}]*)*`.
    fn word(self, at: usize) -> Option<usize> {
        let letter = |c: char| self.classes.letter.holds(c);
        let inner = |c: char| letter(c) || self.classes.mark.holds(c);
        let mut k = self.run(self.one(at, letter)?, inner);
        while let Some(next) = self.one(k, |c| matches!(c, '\'' | '’' | '-' | '‐')).and_then(|j| self.one(j, letter))
        {
            k = self.run(next, inner);
        }
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::token::pattern_tokens;
    use super::*;

    fn scanned_tokens(text: &str) -> Vec<Range<usize>> {
        UnicodeTokens::new(text).collect()
    }

    #[test]
    fn the_scanner_reads_the_hard_cases_of_every_script_as_the_pattern_does() {
        for text in [
            "José Müller’s café, l’Œuvre and naïve-ish Ǆemal met É.U. and U.N. staff.",
            "Ελλάδα και Россия: ٣٤٥ and ١٬٢٣٤ and ५,०००.५ or 1,234,567.89 and 1 000 and 2 500 000.5",
            "e\u{301}te\u{301} a\u{308}b \u{301}x 中文字 한국어 ｱｲｳ Ⅻ ½ ² ‐word word‐ it's",
            "\u{2028}line\u{85}next\u{3000}wide space\u{a0}and\u{2009}thin ... ,123 12,34 .5 3.",
        ] {
            assert_eq!(scanned_tokens(text), pattern_tokens(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn the_scanner_reads_any_text_as_the_pattern_does(
            text in "[A-Za-zÉéÜüǅÆ0-9٣٤५६.,'’\\-‐ \u{a0}\u{2009}\u{202f}\u{3000}\u{85}\u{301}\u{308}ΑαЖж中한$%\"“”…!?]{0,40}"
        ) {
            prop_assert_eq!(scanned_tokens(&text), pattern_tokens(&text));
        }

        #[test]
        fn the_scanner_reads_text_of_any_characters_as_the_pattern_does(text in "\\PC{0,30}") {
            prop_assert_eq!(scanned_tokens(&text), pattern_tokens(&text));
        }
    }
}
