//! Readable, unique claim ids: "killed-137", "founded-2015-01",
//! "clarke-quote-homogenous", with "-2", "-3" for repeats.

use std::collections::BTreeSet;

/// The lower-case letters and digits of `text` in ASCII, other runs made
/// one "-": "More than 140" → "more-than-140", "$11.1bn" → "11-1bn",
/// "Zürich" → "zurich". A letter or digit beyond ASCII is written as its
/// ASCII transliteration, since an id holds ASCII letters and digits only
/// (`check` refuses any other).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut push = |c: char| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    };
    for c in text.chars() {
        match deunicode::deunicode_char(c) {
            Some(ascii) if !c.is_ascii() && c.is_alphanumeric() => ascii.chars().for_each(&mut push),
            _ => push(c),
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
    fn slugs_are_ascii_whatever_the_letters_of_the_text() {
        assert_eq!(slug("Émile Zola in Zürich"), "emile-zola-in-zurich");
        assert_eq!(slug("Straße ٣"), "strasse-3");
        assert_eq!(slug("€5 – “£3bn”"), "5-3bn");
        for text in ["Σοφοκλής", "Дмитрий Медведев", "北京"] {
            let id = slug(text);
            assert!(
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{text}: {id}"
            );
        }
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
