//! Word lists shared by the extractors: number words, calendar words,
//! function words and the words that frame a figure. Every list is a plain
//! text file under `lists/` (words separated by white space, `#` starting a
//! comment line; a list of values writes `value: word word …` a line), read
//! once by `word_list!` or `word_values!`: one form for all of them, so
//! the figure, date and attribution readers agree on what a word is. A list
//! that is the union of others is a function that asks them.

mod people;
mod table;

use std::str::FromStr;

pub use people::{is_people_stem, is_person_noun};
pub(crate) use table::Words;

/// The words of a list file: white-space separated, lines starting with `#`
/// left out.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(str::split_whitespace)
}

/// The (word, value) pairs of a list of values: each line `value: word word
/// …`, the value read by `parse`.
pub(crate) fn pairs<T>(text: &'static str, parse: fn(&'static str) -> Option<T>) -> Vec<(&'static str, T)>
where
    T: Copy,
{
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let Some((value, words)) = line.split_once(':') else { continue };
        let value = parse(value.trim()).unwrap_or_else(|| panic!("list value {value:?} reads"));
        out.extend(words.split_whitespace().map(|w| (w, value)));
    }
    out
}

/// Reads a value written as text: a number of the list's type.
pub(crate) fn parse_value<T: FromStr>(text: &'static str) -> Option<T> {
    text.parse().ok()
}

/// Calls `f` with `w` in lower case. The words asked of word lists are
/// nearly always ASCII and short: those are lowered on the stack, without
/// an allocation.
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()).filter(|_| w.is_ascii()) {
        Some(bytes) => {
            bytes.copy_from_slice(w.as_bytes());
            bytes.make_ascii_lowercase();
            f(std::str::from_utf8(bytes).unwrap_or_default())
        }
        None => f(&w.to_lowercase()),
    }
}

/// The first words of a table of phrases, so that a token which starts none
/// of them (nearly every token) costs one lookup before the table is read.
pub(crate) fn first_words<T>(phrases: &'static [(&'static [&'static str], T)]) -> Words<()> {
    Words::new(phrases.iter().filter_map(|(words, _)| words.first().map(|w| (*w, ()))))
}

/// Defines `fn $name(w: &str) -> bool`: whether the lower-case word `w` is
/// in the list file `lists/$file`, read once into a [`Words`] table. With
/// `[$TABLE]` the table is a static of that name, for what needs the list's
/// words themselves; with only `[$TABLE]`, the table alone.
macro_rules! word_list {
    ($(#[$doc:meta])* $vis:vis $name:ident = $file:literal) => {
        $(#[$doc])*
        $vis fn $name(w: &str) -> bool {
            $crate::extract::lexicon::word_list!(@table SET = $file);
            SET.get(w).is_some()
        }
    };
    ($(#[$doc:meta])* $vis:vis $name:ident [$table:ident] = $file:literal) => {
        $crate::extract::lexicon::word_list!(@table pub(crate) $table = $file);
        $(#[$doc])*
        $vis fn $name(w: &str) -> bool {
            $table.get(w).is_some()
        }
    };
    ($(#[$doc:meta])* [$table:ident] = $file:literal) => {
        $crate::extract::lexicon::word_list!(@table $(#[$doc])* pub(crate) $table = $file);
    };
    (@table $(#[$doc:meta])* $tvis:vis $table:ident = $file:literal) => {
        $(#[$doc])*
        $tvis static $table: ::std::sync::LazyLock<$crate::extract::lexicon::Words<()>> =
            ::std::sync::LazyLock::new(|| {
                $crate::extract::lexicon::Words::new(
                    $crate::extract::lexicon::entries(include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/src/extract/lexicon/lists/",
                        $file
                    )))
                    .map(|w| (w, ())),
                )
            });
    };
}
pub(crate) use word_list;

/// Defines `fn $name(w: &str) -> Option<$ty>`: the value the list file
/// `lists/$file` gives the lower-case word `w`, each value read by `$parse`.
/// With `[$TABLE]` the table is a static of that name, for readers that
/// need the list's words themselves.
macro_rules! word_values {
    ($(#[$doc:meta])* $vis:vis $name:ident -> $ty:ty = $file:literal, $parse:expr) => {
        $(#[$doc])*
        $vis fn $name(w: &str) -> Option<$ty> {
            word_values!(@table MAP: $ty = $file, $parse);
            MAP.get(w)
        }
    };
    ($(#[$doc:meta])* $vis:vis $name:ident [$table:ident] -> $ty:ty = $file:literal, $parse:expr) => {
        word_values!(@table pub(crate) $table: $ty = $file, $parse);
        $(#[$doc])*
        $vis fn $name(w: &str) -> Option<$ty> {
            $table.get(w)
        }
    };
    (@table $tvis:vis $table:ident: $ty:ty = $file:literal, $parse:expr) => {
        $tvis static $table: ::std::sync::LazyLock<$crate::extract::lexicon::Words<$ty>> =
            ::std::sync::LazyLock::new(|| {
                $crate::extract::lexicon::Words::new($crate::extract::lexicon::pairs(
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/lexicon/lists/", $file)),
                    $parse,
                ))
            });
    };
}

word_values!(
    /// Spelled-out numbers below a hundred.
    pub small_number [SMALL_NUMBERS] -> f64 = "small-numbers.txt", parse_value
);

word_values!(
    /// Scale words that multiply what precedes them ("1.5 million").
    pub scale_word -> f64 = "scale-words.txt", parse_value
);

word_values!(
    /// Scale suffixes written against the digits ("10m", "£3bn", "40k").
    pub scale_suffix -> f64 = "scale-suffixes.txt", parse_value
);

word_values!(
    /// Ordinal words and their numbers ("third" = 3, "hundredth" = 100): days
    /// of the month in words and the denominators of fractions.
    pub ordinal_word [ORDINALS] -> f64 = "ordinals.txt", parse_value
);

word_list!(
    /// Words for a dozen, with their plurals and abbreviations ("3 dozens", "5 doz").
    pub is_dozen = "dozens.txt"
);

/// A list value kept as written.
fn as_written(text: &'static str) -> Option<&'static str> {
    Some(text)
}

word_values!(
    /// The period a word says a figure is reported over ("annual" = year,
    /// "quarterly" = quarter).
    pub reporting_period -> &'static str = "reporting-periods.txt", as_written
);

word_values!(
    /// Month number of a month name or abbreviation (lower-case).
    pub month [MONTHS] -> u8 = "months.txt", parse_value
);

word_values!(
    /// Weekday index (Monday = 0) of a weekday name.
    pub weekday [WEEKDAYS] -> u8 = "weekdays.txt", parse_value
);

/// A currency value: "GBP 0.01", the ISO 4217 code and the factor to whole units.
fn parse_currency(text: &'static str) -> Option<(&'static str, f64)> {
    let (code, factor) = text.split_once(' ')?;
    Some((code, factor.parse().ok()?))
}

word_values!(
    /// Currency of a symbol or currency word, as an ISO 4217 code, with the
    /// factor that turns the amount into whole units ("pence" = 1/100 GBP).
    pub currency [CURRENCIES] -> (&'static str, f64) = "currencies.txt", parse_currency
);

/// Short words that never head a noun phrase: a figure's unit stops before
/// them. The auxiliaries and the list of other function words.
pub fn is_function_word(word: &str) -> bool {
    is_auxiliary(word) || is_other_function_word(word)
}

word_list!(
    /// Function words other than the auxiliaries.
    is_other_function_word [FUNCTION_WORDS] = "function-words.txt"
);

word_list!(
    /// Adverbs that may follow a figure in place of a unit ("300 annually",
    /// "4% overall"): they end its phrase.
    pub is_frequency_adverb = "frequency-adverbs.txt"
);

word_list!(
    /// Auxiliary verbs: after a fraction they show it is one ("a third were"),
    /// and their tense tells a date's ("was", "will").
    pub is_auxiliary [AUXILIARIES] = "auxiliaries.txt"
);

/// English stop words, left out when claim terms are taken from a statement:
/// the function words and a list of common words besides.
pub fn is_stop_word(word: &str) -> bool {
    is_function_word(word) || is_common_word(word)
}

word_list!(
    /// Common words that locate nothing in an article ("people", "new").
    is_common_word = "common-words.txt"
);

word_list!(
    /// Adjectives that may stand between a figure and its head noun.
    pub is_prenominal = "prenominals.txt"
);

word_values!(
    /// Words that turn a plural figure into an order of magnitude ("hundreds").
    pub magnitude_word [MAGNITUDES] -> f64 = "magnitudes.txt", parse_value
);

word_list!(
    /// Capitalised words that name things by number: "Channel 4", "Section 28".
    pub is_numbered_name = "numbered-names.txt"
);

word_list!(
    /// Conjunctions that contrast one clause with another ("while", "but",
    /// "although"): they open a clause wherever they stand.
    pub is_contrast_conjunction [CONTRAST_CONJUNCTIONS] = "contrast-conjunctions.txt"
);

word_list!(
    /// Nouns a number may be hyphened to as the unit of a compound
    /// ("six-year", "five-time", "24-hour"), and "odd" ("300-odd").
    pub is_compound_unit = "compound-units.txt"
);

/// Whether `w` is a plural noun, one a number could count ("24 stations",
/// "300 people"): a word in "-s" of four letters or more (not "-ss" nor a
/// possessive), or an irregular plural.
pub fn is_plural_noun(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && w.len() > 3) || is_irregular_plural(w)
}

word_list!(
    /// Plurals not in "-s" ("people", "children", "aircraft").
    is_irregular_plural = "irregular-plurals.txt"
);

word_list!(
    /// Irregular past tenses ("said", "won"): a sentence about the past.
    pub is_past_verb [PAST_VERBS] = "past-verbs.txt"
);

#[cfg(test)]
mod tests {
    use super::with_lower;

    #[test]
    fn a_word_is_lowered_alike_on_the_stack_and_beyond_it() {
        let long = "Organisation".repeat(3);
        for w in ["Reuters", "UN", "already lower", "", "ÉCOLE", "ΟΔΟΣ", "Ünited Nations", long.as_str()] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w:?}");
        }
    }
}
