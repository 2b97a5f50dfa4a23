//! Word lists shared by the extractors: number words, calendar words,
//! function words and the words that frame a figure. Kept in one place so the
//! figure, date and attribution readers agree on what a word is. The file is
//! long because it is data: each list is one match or one set.

mod people;

pub use people::{is_people_stem, is_person_noun};

/// Defines `fn $name(w: &str) -> bool`: whether the lower-case word `w` is
/// one of `$words`, a string of words read once into a hash set. The
/// extractors keep their word lists in this one form.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident: $words:expr) => {
        $(#[$doc])*
        pub(super) fn $name(w: &str) -> bool {
            static SET: ::std::sync::LazyLock<::std::collections::HashSet<&'static str>> =
                ::std::sync::LazyLock::new(|| $words.split_whitespace().collect());
            SET.contains(w)
        }
    };
}
pub(crate) use word_list;

/// Spelled-out numbers below a hundred.
pub fn small_number(word: &str) -> Option<f64> {
    let v = match word {
        "zero" | "nil" | "nought" | "naught" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    Some(f64::from(v))
}

/// Scale words that multiply what precedes them ("1.5 million").
pub fn scale_word(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale suffixes written against the digits ("10m", "£3bn", "40k").
pub fn scale_suffix(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "thousand" => 1e3,
        "m" | "mn" | "mln" | "mil" | "million" => 1e6,
        "b" | "bn" | "bln" | "billion" => 1e9,
        "tn" | "trn" | "tln" | "trillion" => 1e12,
        _ => return None,
    })
}

/// Ordinal words and their numbers ("third" = 3, "hundredth" = 100): days
/// of the month in words and the denominators of fractions.
pub fn ordinal_word(word: &str) -> Option<f64> {
    let v = match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1_000,
        "millionth" => 1_000_000,
        "billionth" => 1_000_000_000,
        _ => return if word == "trillionth" { Some(1e12) } else { None },
    };
    Some(f64::from(v))
}

/// Words for a dozen, with their plurals and abbreviations ("3 dozens", "5 doz").
pub fn is_dozen(word: &str) -> bool {
    matches!(word, "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs")
}

/// Month number of a month name or abbreviation (lower-case).
pub fn month(word: &str) -> Option<u8> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Weekday index (Monday = 0) of a weekday name.
pub fn weekday(word: &str) -> Option<u8> {
    Some(match word {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    })
}

/// Currency of a symbol or currency word, as an ISO 4217 code, with the
/// factor that turns the amount into whole units ("pence" = 1/100 GBP).
pub fn currency(word: &str) -> Option<(&'static str, f64)> {
    Some(match word {
        "£" | "gbp" | "pounds" | "pound" | "sterling" => ("GBP", 1.0),
        "pence" | "p" => ("GBP", 0.01),
        "$" | "usd" | "dollars" | "dollar" | "us$" => ("USD", 1.0),
        "cents" | "cent" => ("USD", 0.01),
        "€" | "eur" | "euros" | "euro" => ("EUR", 1.0),
        "¥" | "yen" | "jpy" => ("JPY", 1.0),
        "yuan" | "renminbi" | "cny" => ("CNY", 1.0),
        "₹" | "rupees" | "rupee" | "inr" => ("INR", 1.0),
        "roubles" | "rubles" | "rouble" | "ruble" | "rub" => ("RUB", 1.0),
        "francs" | "franc" | "chf" => ("CHF", 1.0),
        _ => return None,
    })
}

/// Short words that never head a noun phrase: a figure's unit stops before them.
pub fn is_function_word(word: &str) -> bool {
    is_auxiliary(word)
        || matches!(
            word,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "but"
                | "nor"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "from"
                | "by"
                | "with"
                | "without"
                | "into"
                | "onto"
                | "across"
                | "against"
                | "among"
                | "between"
                | "during"
                | "since"
                | "until"
                | "before"
                | "after"
                | "over"
                | "under"
                | "above"
                | "below"
                | "about"
                | "around"
                | "than"
                | "as"
                | "per"
                | "each"
                | "every"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "this"
                | "these"
                | "those"
                | "it"
                | "its"
                | "they"
                | "their"
                | "them"
                | "he"
                | "his"
                | "him"
                | "she"
                | "her"
                | "we"
                | "our"
                | "us"
                | "you"
                | "your"
                | "i"
                | "my"
                | "me"
                | "being"
                | "not"
                | "no"
                | "so"
                | "if"
                | "then"
                | "there"
                | "here"
                | "when"
                | "where"
                | "while"
                | "also"
                | "only"
                | "just"
                | "more"
                | "less"
                | "most"
                | "least"
                | "some"
                | "any"
                | "all"
                | "both"
                | "either"
                | "neither"
                | "such"
                | "what"
                | "how"
                | "why"
                | "ago"
                | "including"
                | "respectively"
                | "apiece"
                | "through"
                | "via"
                | "toward"
                | "towards"
                | "despite"
                | "within"
                | "upon"
                | "off"
                | "out"
                | "up"
                | "down"
                | "now"
                | "still"
                | "yet"
                | "too"
                | "very"
                | "already"
                | "again"
                | "ever"
                | "never"
                | "even"
                | "old"
                | "last"
                | "next"
                | "earlier"
                | "later"
                | "say"
                | "says"
                | "said"
                | "told"
                | "according"
        )
}

/// Adverbs that may follow a figure in place of a unit ("300 annually",
/// "4% overall"): they end its phrase.
pub fn is_frequency_adverb(word: &str) -> bool {
    matches!(
        word,
        "annually" | "yearly" | "monthly" | "weekly" | "daily" | "hourly" | "quarterly" | "overall" | "altogether"
    )
}

/// Auxiliary verbs: after a fraction they show it is one ("a third were"),
/// and their tense tells a date's ("was", "will").
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
    )
}

/// English stop words, left out when claim terms are taken from a statement.
pub fn is_stop_word(word: &str) -> bool {
    is_function_word(word)
        || matches!(
            word,
            "am" | "been"
                | "get"
                | "got"
                | "make"
                | "made"
                | "than"
                | "s"
                | "t"
                | "own"
                | "same"
                | "other"
                | "others"
                | "another"
                | "many"
                | "much"
                | "few"
                | "several"
                | "people"
                | "says"
                | "say"
                | "reported"
                | "reports"
                | "claim"
                | "claims"
                | "according"
                | "there"
                | "those"
                | "whom"
                | "one"
                | "ones"
                | "per"
                | "cent"
                | "percent"
                | "new"
        )
}

/// Adjectives that may stand between a figure and its head noun.
pub fn is_prenominal(word: &str) -> bool {
    matches!(
        word,
        "more"
            | "other"
            | "additional"
            | "new"
            | "top"
            | "senior"
            | "former"
            | "young"
            | "extra"
            | "further"
            | "separate"
            | "different"
            | "major"
            | "minor"
            | "small"
            | "large"
            | "big"
            | "local"
            | "foreign"
            | "suspected"
            | "alleged"
            | "confirmed"
            | "reported"
            | "estimated"
            | "unidentified"
            | "armed"
            | "civilian"
            | "innocent"
            | "active"
            | "full-time"
            | "part-time"
            | "registered"
            | "known"
            | "key"
            | "main"
            | "consecutive"
            | "straight"
            | "successive"
            | "extremist"
            | "militant"
            | "high-ranking"
            | "low-ranking"
            | "junior"
            | "elderly"
            | "unarmed"
            | "injured"
            | "dead"
    )
}

/// Words that turn a plural figure into an order of magnitude ("hundreds").
pub fn magnitude_word(word: &str) -> Option<f64> {
    Some(match word {
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// Capitalised words that name things by number: "Channel 4", "Section 28".
pub fn is_numbered_name(word: &str) -> bool {
    matches!(
        word,
        "channel"
            | "section"
            | "article"
            | "chapter"
            | "windows"
            | "apollo"
            | "boeing"
            | "airbus"
            | "route"
            | "flight"
            | "room"
            | "radio"
            | "formula"
            | "level"
            | "page"
            | "table"
            | "figure"
            | "clause"
            | "paragraph"
            | "rule"
            | "version"
            | "model"
            | "class"
            | "category"
            | "division"
            | "grade"
            | "phase"
            | "stage"
            | "act"
            | "series"
            | "game"
            | "episode"
            | "season"
            | "volume"
            | "vol"
            | "no"
            | "number"
            | "psalm"
            | "highway"
            | "interstate"
            | "junction"
            | "platform"
            | "gate"
            | "terminal"
            | "ward"
            | "district"
            | "block"
            | "unit"
            | "camp"
            | "playstation"
            | "xbox"
            | "iphone"
            | "galaxy"
            | "office"
            | "war"
            | "ps"
            | "cop"
            | "mi"
    )
}
