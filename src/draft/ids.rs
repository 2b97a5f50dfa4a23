//! Readable, unique claim ids: "killed-137", "founded-2015-01",
//! "clarke-quote-homogenous", with "-2", "-3" for repeats.

use std::collections::BTreeSet;

/// The lower-case letters and digits of `text`, other runs made one "-":
/// "More than 140" → "more-than-140", "$11.1bn" → "11-1bn".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The ids given so far.
#[derive(Debug, Default)]
pub struct Ids {
    taken: BTreeSet<String>,
}

impl Ids {
    /// A new id from `parts`, made unique by a number when taken.
    pub fn claim(&mut self, parts: &[&str]) -> String {
        let base: Vec<String> = parts.iter().map(|p| slug(p)).filter(|p| !p.is_empty()).collect();
        let base = if base.is_empty() { "claim".to_string() } else { base.join("-") };
        let mut id = base.clone();
        let mut n = 1;
        while !self.taken.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("More than 140"), "more-than-140");
        assert_eq!(slug("$11.1bn"), "11-1bn");
        assert_eq!(slug("Armed Conflict Location & Event Data Project"), "armed-conflict-location-event-data-project");
        assert_eq!(slug("Ankara’s"), "ankara-s");
        assert_eq!(slug("£"), "");
    }

    #[test]
    fn repeated_ids_are_numbered() {
        let mut ids = Ids::default();
        assert_eq!(ids.claim(&["killed", "137"]), "killed-137");
        assert_eq!(ids.claim(&["killed", "137"]), "killed-137-2");
        assert_eq!(ids.claim(&["killed", "137"]), "killed-137-3");
        assert_eq!(ids.claim(&["", "£"]), "claim");
    }
}
