//! Aliases: the other names an article gives a source, learned from the
//! text and combined with a claims file's `sources` table when a claim is
//! matched.
//!
//! Learned: a short form in brackets after a name ("the Armed Conflict
//! Location and Event Data Project (ACLED)", "US Central Command
//! (CentCom)"), or after ", or" / ", known as" ("Islamic State Khorasan
//! Province, or ISKP"), when its letters are built from the starts of the
//! name's words (an all-capitals form in brackets is taken as it is); and a
//! surname standing for the one person of that surname named in full
//! ("Colin Clarke … Clarke", "John Binks … Mr Binks").
//!
//! Names compare in [`name_words`] form: lower-case, without "the",
//! possessives, dots, brackets or a leading courtesy title ("Ms Patel" =
//! "Patel"), "&" read as "and", and British and American spellings of
//! organisation words made one ("Center" = "Centre").

use std::collections::{BTreeMap, BTreeSet};

use super::mentions::NameMention;
use super::names::{named, Sentence};
use super::words::is_courtesy_title;
use super::{Attribution, NameKind};
use crate::segment::{strip_possessive, Cursor, Token};

/// Groups of names that stand for the same source.
///
/// No two names of any groups share a comparison form, so `keys` maps each
/// form to its one group; a group merged into another is left empty in
/// its place, which keeps the order of the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    groups: Vec<Vec<String>>,
    keys: BTreeMap<Vec<String>, usize>,
}

/// A name in comparison form: its words, lower-case, without "the",
/// possessives, dots and brackets, or a courtesy title before other words
/// ("the U.N.'s" → ["un"], "Ms Patel" → ["patel"]).
pub fn name_words(name: &str) -> Vec<String> {
    let mut words = comparison_words(name);
    if words.len() > 1 && is_courtesy_title(&words[0]) {
        words.remove(0);
    }
    words
}

/// The words of `name` in comparison form (see [`name_words`]), titles kept.
fn comparison_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';'))
        .map(|w| {
            let mut lower = w.to_lowercase();
            if lower.contains(['’', '.']) {
                lower = lower.chars().filter(|&c| c != '.').map(|c| if c == '’' { '\'' } else { c }).collect();
            }
            let spelled = match strip_possessive(&lower) {
                "center" => "centre",
                "defense" => "defence",
                "organization" => "organisation",
                "program" => "programme",
                "&" => "and",
                other => other,
            };
            // Most words are their own comparison form: no copy.
            if spelled == lower {
                lower
            } else {
                spelled.to_string()
            }
        })
        .filter(|w| !w.is_empty() && w != "the")
        .collect()
}

impl Aliases {
    /// `names` with every name the article gives the same source.
    pub fn expand(&self, names: &[String]) -> Vec<String> {
        let mut out: Vec<String> = names.to_vec();
        for name in names {
            if let Some(&g) = self.keys.get(&name_words(name)) {
                out.extend(self.groups[g].iter().cloned());
            }
        }
        let mut seen = BTreeSet::new();
        out.retain(|n| seen.insert(name_words(n)));
        out
    }

    /// Puts `a` and `b` in one group.
    fn link(&mut self, a: &str, b: &str) {
        let (ka, kb) = (name_words(a), name_words(b));
        if ka.is_empty() || kb.is_empty() || ka == kb {
            return;
        }
        match (self.keys.get(&ka).copied(), self.keys.get(&kb).copied()) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                let (into, from) = (x.min(y), x.max(y));
                let moved = std::mem::take(&mut self.groups[from]);
                for name in &moved {
                    self.keys.insert(name_words(name), into);
                }
                self.groups[into].extend(moved);
            }
            (Some(x), None) => {
                self.groups[x].push(b.to_string());
                self.keys.insert(kb, x);
            }
            (None, Some(y)) => {
                self.groups[y].push(a.to_string());
                self.keys.insert(ka, y);
            }
            (None, None) => {
                let g = self.groups.len();
                self.groups.push(vec![a.to_string(), b.to_string()]);
                self.keys.insert(ka, g);
                self.keys.insert(kb, g);
            }
        }
    }

    /// The other names of `name`'s group, in the order they were learned.
    fn others(&self, name: &str) -> Vec<String> {
        let key = name_words(name);
        let Some(&g) = self.keys.get(&key) else {
            return Vec::new();
        };
        self.groups[g].iter().filter(|m| name_words(m) != key).cloned().collect()
    }
}

/// The (full name, short form) pairs one sentence gives.
pub fn read_aliases(toks: &[Token], quoted: &[bool], text: &str) -> Vec<(String, String)> {
    let s = Sentence { cur: Cursor::new(toks), quoted, text, is_heading: false };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // "Name (SHORT)", "Name, or SHORT", "Name, known as SHORT".
        let (short_at, strict) = if s.is_punct(i, '(') && s.is_punct(i + 2, ')') {
            (i + 1, false)
        } else if s.is_punct(i, ',') && s.word(i + 1) == Some("or") {
            (i + 2, true)
        } else if s.is_punct(i, ',') && s.word(i + 1) == Some("known") && s.word(i + 2) == Some("as") {
            (i + 3, true)
        } else {
            continue;
        };
        let Some(short) = s.word(short_at).filter(|_| s.is_name_word(short_at) && s.is_open(short_at)) else {
            continue;
        };
        let single = !s.is_name_word(short_at + 1);
        let Some((a, b)) = s.name_before(i).filter(|_| single) else {
            continue;
        };
        let Some(full) = named(&s, a, b).and_then(|n| n.speaker.name().map(str::to_string)) else {
            continue;
        };
        let initials = built_from_starts(short, &name_words(&full));
        if initials || (!strict && s.is_acronym(short_at)) {
            out.push((full, s.original(short_at).to_string()));
        }
    }
    out
}

/// The longest short form read as built from a name's word starts; a
/// longer run of capitals is no acronym, and the cap bounds the search.
const MAX_SHORT: usize = 32;

/// Whether `short` is made of the starts of some of `words`, in order
/// ("centcom" from "us central command", "acled" from "armed conflict
/// location and event data project").
///
/// A dynamic programme over the words: after each word, `reach[i]` says
/// whether the first `i` letters of `short` can be built from the words so
/// far (each word gives a start of itself or nothing). Its cost is words ×
/// letters × the longest common start, at most 32 × 32 per word, where
/// trying every split took time exponential in the number of words.
fn built_from_starts(short: &str, words: &[String]) -> bool {
    let short: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let words: Vec<Vec<char>> = words.iter().flat_map(|w| w.split('-')).map(|w| w.chars().collect()).collect();
    if short.len() < 2 || short.len() > MAX_SHORT || words.len() < 2 {
        return false;
    }
    let mut reach = vec![false; short.len() + 1];
    reach[0] = true;
    for word in &words {
        let mut next = reach.clone();
        for i in (0..short.len()).filter(|&i| reach[i]) {
            for (l, (a, b)) in word.iter().zip(&short[i..]).enumerate() {
                if a != b {
                    break;
                }
                next[i + l + 1] = true;
            }
        }
        reach = next;
    }
    reach[short.len()]
}

/// Builds the article's aliases from the pairs read in its sentences and
/// the surnames of the persons it names (see [`super::name_mentions`]) or
/// credits, and records each attribution's other names in its `aliases`.
pub fn learn_aliases(pairs: &[(String, String)], mentions: &[NameMention], atts: &mut [Attribution]) -> Aliases {
    let mut aliases = Aliases::default();
    for (full, short) in pairs {
        aliases.link(full, short);
    }
    for att in atts.iter() {
        for alias in &att.aliases {
            if let Some(source) = &att.source {
                aliases.link(source, alias);
            }
        }
    }
    // The persons named in full, by surname.
    let mut by_surname: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let persons = atts
        .iter()
        .filter(|a| a.kind == NameKind::Person)
        .filter_map(|a| a.source.as_deref())
        .chain(mentions.iter().filter(|m| m.kind == NameKind::Person).map(|m| m.name.as_str()));
    for person in persons {
        let mut words = person.split_whitespace();
        if let (Some(_), Some(surname)) = (words.next(), words.next_back()) {
            by_surname.entry(surname).or_default().insert(person);
        }
    }
    let mut links = Vec::new();
    for att in atts.iter() {
        let Some(name) = att.source.as_deref().filter(|n| !n.contains(' ')) else {
            continue;
        };
        if let Some(full) = by_surname.get(name).filter(|f| f.len() == 1).and_then(|f| f.first()) {
            links.push((full.to_string(), name.to_string()));
        }
    }
    for (full, short) in &links {
        aliases.link(full, short);
    }
    for att in atts.iter_mut() {
        if let Some(source) = &att.source {
            let mut others = aliases.others(source);
            others.retain(|o| !att.aliases.contains(o));
            att.aliases.extend(others);
        }
    }
    inherit_affiliations(atts);
    aliases
}

/// Gives an attribution without an affiliation the one its source has
/// elsewhere ("Charles Gant, film editor of Heat … said Mr Gant"), when the
/// article gives that source a single affiliation. One pass: the
/// affiliations known by name grow as attributions gain one.
fn inherit_affiliations(atts: &mut [Attribution]) {
    let names = |a: &Attribution| -> Vec<Vec<String>> {
        a.source.iter().chain(a.aliases.iter()).map(|n| name_words(n)).collect()
    };
    let mut known: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    let learn = |known: &mut BTreeMap<Vec<String>, BTreeSet<String>>, a: &Attribution| {
        if let Some(affiliation) = a.affiliation.as_deref().filter(|_| a.kind == NameKind::Person) {
            for name in names(a) {
                known.entry(name).or_default().insert(affiliation.to_string());
            }
        }
    };
    for a in atts.iter() {
        learn(&mut known, a);
    }
    for att in atts.iter_mut() {
        if att.affiliation.is_some() || att.kind != NameKind::Person {
            continue;
        }
        let found: BTreeSet<&String> = names(att).iter().filter_map(|n| known.get(n)).flatten().collect();
        if let Some(only) = found.first().filter(|_| found.len() == 1) {
            att.affiliation = Some(only.to_string());
            learn(&mut known, att);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        name_words(name)
    }

    #[test]
    fn comparison_words_are_lower_case_without_dots_possessives_or_american_spelling() {
        assert_eq!(
            comparison_words("The U.S. Defense Department’s (Program Center), Smith & Co."),
            ["us", "defence", "department", "programme", "centre", "smith", "and", "co"]
        );
        assert_eq!(comparison_words("Mr O’Neill's Centre"), ["mr", "o'neill", "centre"]);
        assert_eq!(name_words("Mr O’Neill"), ["o'neill"]);
    }

    #[test]
    fn short_forms_built_from_word_starts() {
        assert!(built_from_starts("CentCom", &words("US Central Command")));
        assert!(built_from_starts("ACLED", &words("Armed Conflict Location and Event Data Project")));
        assert!(built_from_starts("ISKP", &words("Islamic State Khorasan Province")));
        assert!(!built_from_starts("ISKP", &words("Province Khorasan State Islamic")));
        assert!(!built_from_starts("X", &words("Xavier Group")));
    }

    /// Issue 9: every split was tried, so 16 words against 33 letters that
    /// almost match took over a minute.
    #[test]
    fn issue_9_a_near_miss_over_many_words_is_quick() {
        let name = vec!["aaaa".to_string(); 40];
        let started = std::time::Instant::now();
        assert!(!built_from_starts(&format!("{}Z", "A".repeat(31)), &name));
        assert!(built_from_starts(&"A".repeat(32), &name));
        assert!(started.elapsed() < std::time::Duration::from_millis(200), "{:?}", started.elapsed());
    }
}
