//! Nouns that count people, so that a count of "people" and a count of
//! "concertgoers" or "traders" are one unit.

use super::word_list;

/// Nouns that count people: a count of them is a count of "people". Words
/// of the list, and longer words ending in "-goers", "-ists", "-ians",
/// "-ers" or "-ors" ("concertgoers", "journalists", "civilians", "traders",
/// "investors"), but for the things so spelt.
pub fn is_person_noun(word: &str) -> bool {
    let w = word.strip_suffix('s').unwrap_or(word);
    is_listed_person_noun(word)
        || (w.len() >= 6
            && (w.ends_with("goer")
                || w.ends_with("ist")
                || w.ends_with("ian")
                || w.ends_with("er")
                || w.ends_with("or"))
            && !is_thing_ending_like_a_person(word))
}

word_list!(
    /// Nouns that count people, listed.
    is_listed_person_noun = "person-nouns.txt"
);

word_list!(
    /// Plural nouns in "-ers", "-ors", "-ists" or "-ians" that count things,
    /// not people.
    is_thing_ending_like_a_person = "thing-ending-like-a-person.txt"
);

/// Stems of the words that count people in general ("people", "persons",
/// "individuals"): such a unit fits any noun that counts people.
pub fn is_people_stem(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}
