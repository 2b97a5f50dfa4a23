//! Which readers may start at a token, read once when the token is made:
//! every date, figure, attribution cue and change construction starts at a
//! token of a known kind (a number, or a word of a known list), and nearly
//! no token is one, so each reader skips the others at the cost of a bit
//! test instead of its own word-list lookups.
//!
//! The rules, by reader:
//! - each date reader starts where its `Start` says: at a number, a
//!   hyphened word, or one of its words or the words of its lists, possessive
//!   or not ("yesterday's");
//! - a figure starts at a number, at punctuation other than what only ever
//!   separates (a sign, a currency symbol, a fraction character may start
//!   one), or at a word of `figure_openers`, whole or before its first
//!   hyphen ("twenty-five"); at the first word of a qualifier
//!   (`qualifier_openers`: "more", "the", "in") only when its phrase
//!   follows;
//! - an attribution cue starts at a word of `cue_openers`;
//! - a change construction turns on a word of `change_words`;
//! - a clause opens at a conjunction of `clause_openers` (the layout of
//!   clauses looks its lists up only there).
//!
//! The same lookup reads which of the word lists the readers ask of nearly
//! every word hold the token (its [`Class`]es: function words, months,
//! titles, …), so that asking is a bit test too.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::extract::attribution::{
    cue_openers, NAME_CONNECTORS, ORGANISATION_WORDS, PLACE_WORDS, SENTENCE_OPENERS, TITLES,
};
use crate::extract::clause::clause_openers;
use crate::extract::date::{Start, READERS};
use crate::extract::figure::{change_words, figure_openers, qualifier_openers};
use crate::extract::lexicon::{self, Words};
use crate::segment::{strip_possessive, TokenKind};

/// The readers that may start at a token, as bits: one per date reader (in
/// the order they are tried), then figures, cues and change words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Opens(u32);

const FIGURE: u32 = 1 << 29;
/// The first word of a qualifier phrase before a figure ("more" of "more
/// than", "the" of "the equivalent of"): a figure starts there only through
/// its phrase.
const PHRASE: u32 = 1 << 27;
const CUE: u32 = 1 << 30;
const CHANGE: u32 = 1 << 31;
const CLAUSE: u32 = 1 << 28;
/// The bits of the date readers.
const DATES: u32 = (1 << READERS.len()) - 1;
/// The bit of the first [`Class`]; the date readers' bits are below it.
const FIRST_CLASS: u32 = 14;
const _: () = assert!(READERS.len() <= FIRST_CLASS as usize, "a bit for every date reader");
const _: () = assert!(FIRST_CLASS as usize + CLASSES.len() <= 27, "a bit for every class");

/// A word list the readers ask of nearly every word, whose membership a
/// token carries: the list's lookup, read once when the token is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// [`lexicon::is_function_word`].
    Function,
    /// [`lexicon::is_auxiliary`].
    Auxiliary,
    /// [`lexicon::month`].
    Month,
    /// [`lexicon::weekday`].
    Weekday,
    /// A month once its possessive is stripped ("March's").
    BareMonth,
    /// A weekday once its possessive is stripped ("Monday's").
    BareWeekday,
    /// Titles of office and rank.
    Title,
    /// Words that join the parts of a name.
    NameConnector,
    /// Capitalised words that open a sentence before its subject.
    SentenceOpener,
    /// Words of place names.
    Place,
    /// Words that mark an organisation's name, once a possessive is stripped.
    BareOrganisation,
    /// [`lexicon::is_past_verb`].
    PastVerb,
}

/// Every class, in the order of its bit.
const CLASSES: [Class; 12] = [
    Class::Function,
    Class::Auxiliary,
    Class::Month,
    Class::Weekday,
    Class::BareMonth,
    Class::BareWeekday,
    Class::Title,
    Class::NameConnector,
    Class::SentenceOpener,
    Class::Place,
    Class::BareOrganisation,
    Class::PastVerb,
];

impl Class {
    const fn bit(self) -> u32 {
        1 << (FIRST_CLASS + self as u32)
    }

    /// The words of the class's list, bare forms for the bare classes.
    fn words(self) -> Vec<&'static str> {
        match self {
            Class::Function => lexicon::FUNCTION_WORDS.words().chain(lexicon::AUXILIARIES.words()).collect(),
            Class::Auxiliary => lexicon::AUXILIARIES.words().collect(),
            Class::Month | Class::BareMonth => lexicon::MONTHS.words().collect(),
            Class::Weekday | Class::BareWeekday => lexicon::WEEKDAYS.words().collect(),
            Class::Title => TITLES.words().collect(),
            Class::NameConnector => NAME_CONNECTORS.words().collect(),
            Class::SentenceOpener => SENTENCE_OPENERS.words().collect(),
            Class::Place => PLACE_WORDS.words().collect(),
            Class::BareOrganisation => ORGANISATION_WORDS.words().collect(),
            Class::PastVerb => lexicon::PAST_VERBS.words().collect(),
        }
    }
}

/// The bits of the classes read on a word without its possessive.
const BARE_CLASSES: u32 = Class::BareWeekday.bit() | Class::BareMonth.bit() | Class::BareOrganisation.bit();

/// Every opening word with the readers it opens, and the readers that open
/// at any number or hyphened word: one table, so a word costs one lookup
/// whatever the number of readers.
struct Table {
    words: Words<u32>,
    numbers: u32,
    hyphened: u32,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut bits: FxHashMap<&'static str, u32> = FxHashMap::default();
    let mut add = |bit: u32, words: &mut dyn Iterator<Item = &'static str>| {
        for w in words {
            *bits.entry(w).or_default() |= bit;
        }
    };
    let (mut numbers, mut hyphened) = (FIGURE, 0);
    for (k, reader) in READERS.iter().enumerate() {
        let Start { numbers: at_numbers, hyphened: at_hyphened, words, lists } = &reader.start;
        let bit = 1 << k;
        add(bit, &mut words.iter().copied());
        add(bit, &mut lists.iter().flat_map(|l| l.words()));
        numbers |= if *at_numbers { bit } else { 0 };
        hyphened |= if *at_hyphened { bit } else { 0 };
    }
    add(FIGURE, &mut figure_openers());
    add(PHRASE, &mut qualifier_openers());
    add(CUE, &mut cue_openers());
    add(CHANGE, &mut change_words());
    add(CLAUSE, &mut clause_openers());
    for class in CLASSES {
        add(class.bit(), &mut class.words().into_iter());
    }
    Table { words: Words::new(bits), numbers, hyphened }
});

/// Punctuation that only ever separates: no figure starts at it.
fn separates(mark: &str) -> bool {
    matches!(mark, "," | "." | "\"" | "'" | "(" | ")" | ":" | ";" | "?" | "!" | "“" | "”" | "‘" | "’")
}

impl Opens {
    /// The readers that may start at a token of `kind` whose comparison form
    /// is `norm`.
    pub fn of(kind: TokenKind, norm: &str) -> Opens {
        let table = &*TABLE;
        let bits = |w: &str| Opens::of_bare_word(w).0;
        Opens(match kind {
            TokenKind::Number => table.numbers,
            TokenKind::Punct if separates(norm) => 0,
            TokenKind::Punct => FIGURE,
            // Nearly every word has no apostrophe, hyphen or letter beyond
            // ASCII: it is its own bare form and head.
            TokenKind::Word if !norm.bytes().any(|b| b == b'\'' || b == b'-' || !b.is_ascii()) => bits(norm),
            TokenKind::Word => {
                let bare = strip_possessive(norm);
                let head = norm.split(['-', '‐']).next().unwrap_or("");
                let hyphened = if norm.contains('-') { table.hyphened } else { 0 };
                let bare = if bare.len() < norm.len() { bits(bare) & (DATES | BARE_CLASSES) } else { 0 };
                let head = if head.len() < norm.len() { bits(head) & (FIGURE | PHRASE) } else { 0 };
                bits(norm) | bare | head | hyphened
            }
        })
    }

    /// [`Opens::of`] a word that is its own bare form and head: ASCII, with
    /// no apostrophe or hyphen, as nearly every word is.
    pub fn of_bare_word(norm: &str) -> Opens {
        Opens(TABLE.words.get(norm).unwrap_or(0))
    }

    /// Whether any date reader may start here.
    pub fn date(self) -> bool {
        self.0 & DATES != 0
    }

    /// Whether the `k`th date reader may start here.
    pub fn date_reader(self, k: usize) -> bool {
        self.0 & (1 << k) & DATES != 0
    }

    /// Whether a figure may start here.
    pub fn figure(self) -> bool {
        self.0 & (FIGURE | PHRASE) != 0
    }

    /// Whether a figure may start here only through a qualifier phrase
    /// that starts with this word.
    pub fn figure_by_phrase_only(self) -> bool {
        self.0 & (FIGURE | PHRASE) == PHRASE
    }

    /// Whether an attribution cue may start here.
    pub fn cue(self) -> bool {
        self.0 & CUE != 0
    }

    /// Whether a change construction may turn on this word.
    pub fn change(self) -> bool {
        self.0 & CHANGE != 0
    }

    /// Whether a clause may open at this word (a conjunction).
    pub fn clause(self) -> bool {
        self.0 & CLAUSE != 0
    }

    /// Whether the word is of `class`: the lookup of its list.
    pub fn is(self, class: Class) -> bool {
        self.0 & class.bit() != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Date, figure, cue, change: what each token opens.
    type Expected = (bool, bool, bool, bool);

    fn assert_opens(cases: &[(TokenKind, &str, Expected)]) {
        for &(kind, norm, expected) in cases {
            let o = Opens::of(kind, norm);
            assert_eq!((o.date(), o.figure(), o.cue(), o.change()), expected, "{norm:?}");
        }
    }

    #[test]
    fn a_qualifier_s_first_word_opens_a_figure_only_through_its_phrase() {
        for w in ["more", "about", "nearly", "up"] {
            let o = Opens::of(TokenKind::Word, w);
            assert!(o.figure() && o.figure_by_phrase_only(), "{w:?}");
        }
        // Words the amount readers start with, numbers and signs open one
        // by themselves.
        let cases = [(TokenKind::Word, "a"), (TokenKind::Word, "half"), (TokenKind::Word, "five")];
        let cases =
            cases.into_iter().chain([(TokenKind::Word, "hundred"), (TokenKind::Number, "5"), (TokenKind::Punct, "$")]);
        for (kind, norm) in cases {
            let o = Opens::of(kind, norm);
            assert!(o.figure() && !o.figure_by_phrase_only(), "{norm:?}");
        }
        assert!(!Opens::of(TokenKind::Word, "river").figure());
    }

    #[test]
    fn numbers_open_dates_and_figures_and_separators_nothing() {
        assert_opens(&[
            (TokenKind::Number, "2024", (true, true, false, false)),
            (TokenKind::Punct, ",", (false, false, false, false)),
            (TokenKind::Punct, "”", (false, false, false, false)),
            (TokenKind::Punct, "£", (false, true, false, false)),
            (TokenKind::Punct, "~", (false, true, false, false)),
        ]);
    }

    #[test]
    fn words_open_the_readers_whose_lists_hold_them() {
        assert_opens(&[
            (TokenKind::Word, "march", (true, false, false, false)),
            (TokenKind::Word, "yesterday's", (true, false, false, false)),
            (TokenKind::Word, "twenty-first", (true, true, false, false)),
            (TokenKind::Word, "three", (true, true, false, false)),
            (TokenKind::Word, "hundreds", (false, true, false, false)),
            (TokenKind::Word, "according", (false, false, true, false)),
            (TokenKind::Word, "said", (false, false, true, false)),
            (TokenKind::Word, "rose", (false, false, false, true)),
            (TokenKind::Word, "council", (false, false, false, false)),
            (TokenKind::Word, "council's", (false, false, false, false)),
        ]);
    }

    #[test]
    fn a_common_word_opens_only_the_date_readers_that_start_with_it() {
        let readers = |kind: TokenKind, norm: &str| -> Vec<&str> {
            let o = Opens::of(kind, norm);
            READERS.iter().enumerate().filter(|&(k, _)| o.date_reader(k)).map(|(_, r)| r.name).collect()
        };
        assert_eq!(readers(TokenKind::Word, "the"), ["relative"]);
        assert_eq!(readers(TokenKind::Word, "on"), ["relative"]);
        assert_eq!(readers(TokenKind::Word, "last"), ["holiday", "weekday-date", "quarter", "season", "relative"]);
        assert_eq!(readers(TokenKind::Word, "march"), ["numeric", "month-day"]);
        assert_eq!(readers(TokenKind::Number, "12"), ["numeric", "day-month", "decade", "duration", "year"]);
    }

    /// The lookup a class stands for, asked of the word itself.
    fn looked_up(class: Class, w: &str) -> bool {
        let bare = strip_possessive(w);
        match class {
            Class::Function => lexicon::is_function_word(w),
            Class::Auxiliary => lexicon::is_auxiliary(w),
            Class::Month => lexicon::month(w).is_some(),
            Class::Weekday => lexicon::weekday(w).is_some(),
            Class::BareWeekday => lexicon::weekday(bare).is_some(),
            Class::BareMonth => lexicon::month(bare).is_some(),
            Class::PastVerb => lexicon::is_past_verb(w),
            Class::Title => TITLES.get(w).is_some(),
            Class::NameConnector => NAME_CONNECTORS.get(w).is_some(),
            Class::SentenceOpener => SENTENCE_OPENERS.get(w).is_some(),
            Class::Place => PLACE_WORDS.get(w).is_some(),
            Class::BareOrganisation => ORGANISATION_WORDS.get(bare).is_some(),
        }
    }

    #[test]
    fn a_words_classes_are_the_lookups_of_their_lists() {
        // Every word of every class, possessive or hyphened, words of no
        // list, and words that open readers but are in no class.
        let mut words: Vec<String> = Vec::new();
        for class in CLASSES {
            for w in class.words() {
                words.extend([w.to_string(), format!("{w}'s"), format!("{w}-led"), format!("{w}s")]);
            }
        }
        words.extend(["river", "council's", "yesterday", "twenty-first", "said", "o'neill"].map(String::from));
        for w in &words {
            let opens = Opens::of(TokenKind::Word, w);
            for class in CLASSES {
                assert_eq!(opens.is(class), looked_up(class, w), "{w:?} {class:?}");
            }
        }
        // The bare classes read through a possessive; the others do not.
        let monday = Opens::of(TokenKind::Word, "monday's");
        assert!(monday.is(Class::BareWeekday) && !monday.is(Class::Weekday));
        assert!(Opens::of(TokenKind::Word, "ministry's").is(Class::BareOrganisation));
        assert!(Opens::of(TokenKind::Word, "march's").is(Class::BareMonth));
        // Numbers and punctuation are of no class ("&" joins names as a
        // word only).
        assert!(CLASSES.iter().all(|&c| !Opens::of(TokenKind::Punct, "&").is(c)));
        assert!(CLASSES.iter().all(|&c| !Opens::of(TokenKind::Number, "5").is(c)));
    }

    #[test]
    fn every_conjunction_that_opens_a_clause_has_its_bit_and_other_words_not() {
        for w in clause_openers() {
            assert!(Opens::of(TokenKind::Word, w).clause(), "{w:?}");
        }
        for w in ["while", "but", "although", "whereas"] {
            assert!(Opens::of(TokenKind::Word, w).clause(), "{w:?}");
        }
        for (kind, w) in
            [(TokenKind::Word, "whale"), (TokenKind::Word, "the"), (TokenKind::Punct, ","), (TokenKind::Number, "3")]
        {
            assert!(!Opens::of(kind, w).clause(), "{w:?}");
        }
    }
}
