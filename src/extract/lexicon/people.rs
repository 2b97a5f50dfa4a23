//! Nouns that count people, so that a count of "people" and a count of
//! "concertgoers" or "traders" are one unit.

/// Nouns that count people: a count of them is a count of "people". Words
/// of the list, and longer words ending in "-goers", "-ists", "-ians",
/// "-ers" or "-ors" ("concertgoers", "journalists", "civilians", "traders",
/// "investors"), but for the things so spelt.
pub fn is_person_noun(word: &str) -> bool {
    let w = word.strip_suffix('s').unwrap_or(word);
    matches!(
        word,
        "people"
            | "persons"
            | "individuals"
            | "men"
            | "women"
            | "children"
            | "adults"
            | "babies"
            | "victims"
            | "residents"
            | "citizens"
            | "patients"
            | "workers"
            | "staff"
            | "soldiers"
            | "troops"
            | "fighters"
            | "militants"
            | "rebels"
            | "police"
            | "officers"
            | "students"
            | "pupils"
            | "passengers"
            | "fans"
            | "voters"
            | "members"
            | "refugees"
            | "migrants"
            | "prisoners"
            | "hostages"
            | "survivors"
            | "customers"
            | "users"
            | "viewers"
            | "players"
            | "teachers"
            | "doctors"
            | "nurses"
            | "visitors"
            | "tourists"
            | "protesters"
            | "demonstrators"
            | "suspects"
            | "mps"
            | "employees"
    ) || (w.len() >= 6
        && (w.ends_with("goer") || w.ends_with("ist") || w.ends_with("ian") || w.ends_with("er") || w.ends_with("or"))
        && !is_thing_ending_like_a_person(word))
}

/// Plural nouns in "-ers", "-ors", "-ists" or "-ians" that count things,
/// not people.
fn is_thing_ending_like_a_person(word: &str) -> bool {
    matches!(
        word,
        "numbers"
            | "letters"
            | "computers"
            | "centers"
            | "matters"
            | "quarters"
            | "headquarters"
            | "chapters"
            | "transfers"
            | "containers"
            | "printers"
            | "trailers"
            | "flowers"
            | "posters"
            | "characters"
            | "registers"
            | "disasters"
            | "kilometers"
            | "sectors"
            | "factors"
            | "tractors"
            | "reactors"
            | "elevators"
            | "mirrors"
    )
}

/// Stems of the words that count people in general ("people", "persons",
/// "individuals"): such a unit fits any noun that counts people.
pub fn is_people_stem(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}
