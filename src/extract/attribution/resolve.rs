//! Carry-over: pronouns and descriptions resolved to the source they stand
//! for, within the same or the previous paragraph (headings skipped).
//!
//! "He"/"she" stand for the last person credited by a cue there; failing
//! that, for the last person named as the subject of a clause (see
//! [`super::mentions`]); a name in an object position is never meant. A
//! courtesy title narrows the candidates ("Ms Hutt" is never "he"), and so
//! does a pronoun already resolved to the person. "It" stands for the last
//! organisation credited. A description with "the" stands for the source
//! it can mean: "the minister" for the last person with that title, "the
//! 45-year-old" for a person as "he"/"she" do, "the regulator" for the last
//! organisation credited (as the speaker or the speaker's affiliation; for
//! a news medium, the outlet told) or, failing that, named in full, and
//! "the former officials" for the unnamed "former … officials" credited
//! before. Nothing is guessed: the speaker stays unresolved when nothing
//! fits, when two different sources fit equally (credited or named in the
//! same sentence), or when a person brought in with a role after the
//! speaker could be meant instead.

use rustc_hash::{FxHashMap, FxHashSet};

use super::mentions::{NameMention, Place};
use super::words::{is_country_acronym, is_media_noun, is_organisation_noun, is_organisation_word, is_title};
use super::{Attribution, NameKind, Speaker};
use crate::extract::lexicon::with_lower;
use crate::segment::strip_possessive;

/// What a pronoun or a description can stand for.
enum Wanted {
    /// "he" (`Some(true)`), "she" (`Some(false)`) or "the 45-year-old".
    Person(Option<bool>),
    /// "it".
    Organisation,
    /// "the minister": a person with this title.
    Titled(String),
    /// "the newspaper": an organisation; for a news medium, the outlet
    /// told counts too.
    Described { media: bool },
    /// "the former officials": an unnamed source with these words.
    Unnamed(Vec<String>),
}

/// Where each attribution stands: `paragraph[i]` and `sentence[i]` are
/// those of attribution `i`; `previous(p)` is the paragraph before `p` that
/// is not a heading.
pub struct Places<'a> {
    /// The paragraph of each attribution.
    pub paragraph: &'a [usize],
    /// The sentence of each attribution.
    pub sentence: &'a [usize],
    /// The paragraph before a paragraph, headings skipped.
    pub previous: &'a dyn Fn(usize) -> Option<usize>,
}

/// What a speaker was resolved to.
enum Found<'m> {
    /// The source of attribution `k`, or its outlet (`true`) or its
    /// affiliation (`false`) when `Some`.
    Credited(usize, Option<bool>),
    /// A name mentioned without a cue.
    Named(&'m NameMention),
}

/// Resolves pronoun and description speakers (see the module header).
/// `mentions` are the persons and organisations the article names, in text
/// order (see [`super::mentions::name_mentions`]).
pub fn resolve_speakers(atts: &mut [Attribution], places: &Places, mentions: &[NameMention]) {
    mark_surnames(atts, mentions);
    // Names the article credits as organisations ("Swiss Re") are no persons.
    let organisations: Vec<&str> = atts
        .iter()
        .flat_map(|a| {
            let org = a.source.as_deref().filter(|_| a.kind == NameKind::Organisation);
            org.into_iter().chain(a.affiliation.as_deref()).chain(a.via.as_deref())
        })
        .collect();
    let (kept, renamed) = persons_by_surname(mentions, &organisations);
    let mentions: Vec<&NameMention> = (kept.iter())
        .map(|&k| match k {
            Kept::Same(i) => &mentions[i],
            Kept::Renamed(i) => &renamed[i],
        })
        .collect();
    let mut male: Vec<Option<bool>> = atts.iter().map(Attribution::is_male).collect();
    for i in 0..atts.len() {
        let Some(wanted) = wanted(&atts[i].speaker) else {
            continue;
        };
        let here = places.paragraph[i];
        let prev = (places.previous)(here);
        let in_window = |p: usize| p == here || Some(p) == prev;
        // Attributions and mentions are in text order: the window's start
        // is found by binary search, so the cost follows the window.
        let first = prev.unwrap_or(here);
        let credited_from = places.paragraph[..i].partition_point(|&p| p < first);
        let named_from = mentions.partition_point(|m| (m.paragraph as usize) < first);
        let named_to = mentions.partition_point(|m| m.paragraph as usize <= here);
        let named = mentions.get(named_from..named_to).unwrap_or_default();
        let scope = Scope {
            atts,
            male: &male,
            sentence: places.sentence,
            credited: (credited_from..i).rev().filter(|&k| in_window(places.paragraph[k])).collect(),
            named: named
                .iter()
                .rev()
                .copied()
                .filter(|m| (m.at as usize) < atts[i].span.start && in_window(m.paragraph as usize))
                .collect(),
            until: atts[i].span.start,
        };
        let Some(found) = scope.find(&wanted) else {
            continue;
        };
        let resolved = match found {
            Found::Credited(k, part) => {
                let origin = atts[k].resolved_from.unwrap_or(k);
                let from = atts[k].clone();
                let att = &mut atts[i];
                att.resolved_from = Some(origin);
                match part {
                    Some(outlet) => {
                        att.source = if outlet { from.via } else { from.affiliation };
                        att.kind = NameKind::Organisation;
                    }
                    None => {
                        att.source = from.source;
                        att.kind = from.kind;
                        if let Wanted::Unnamed(_) = wanted {
                            // An unnamed source is known only by whom it told.
                            att.via = att.via.take().or(from.via);
                        } else {
                            att.affiliation = from.affiliation;
                        }
                    }
                }
                origin
            }
            Found::Named(mention) => {
                atts[i].source = Some(mention.name.clone());
                atts[i].kind = mention.kind;
                male[i] = male[i].or(mention.is_male);
                i
            }
        };
        if let Wanted::Person(Some(is_male)) = wanted {
            male[resolved].get_or_insert(is_male);
        }
    }
}

/// What a speaker at byte `until` may stand for: the attributions before
/// it in the window (latest first) and the names mentioned there (latest
/// first).
struct Scope<'a, 'm> {
    atts: &'a [Attribution],
    male: &'a [Option<bool>],
    sentence: &'a [usize],
    credited: Vec<usize>,
    named: Vec<&'m NameMention>,
    until: usize,
}

impl<'m> Scope<'_, 'm> {
    /// The source `wanted` stands for, if one fits (see the module header).
    fn find(&self, wanted: &Wanted) -> Option<Found<'m>> {
        match wanted {
            Wanted::Person(is_male) => self.person(*is_male, None),
            Wanted::Titled(title) => self.person(None, Some(title)),
            Wanted::Organisation => {
                let credited = self.credited_where(|_, a| a.kind.fits(false).then_some(None));
                self.latest_credited(&credited)
            }
            Wanted::Described { media } => {
                let credited = self.credited_where(|_, a| {
                    if *media && a.via.is_some() {
                        Some(Some(true))
                    } else if a.kind != NameKind::Person {
                        Some(None)
                    } else {
                        a.affiliation.as_ref().map(|_| Some(false))
                    }
                });
                if credited.is_empty() {
                    let named: Vec<usize> =
                        (0..self.named.len()).filter(|&m| self.named[m].kind == NameKind::Organisation).collect();
                    return self.latest_named(&named);
                }
                self.latest_credited(&credited)
            }
            Wanted::Unnamed(words) => self
                .credited
                .iter()
                .copied()
                .find(|&k| match &self.atts[k].speaker {
                    Speaker::Unnamed(d) => {
                        let d = d.to_lowercase();
                        let has = |w: &String| d.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
                        words.iter().all(has)
                    }
                    _ => false,
                })
                .map(|k| Found::Credited(k, None)),
        }
    }

    /// A person: the last credited by a cue that fits, else the last named
    /// as a subject; `title` keeps only those with that title.
    fn person(&self, is_male: Option<bool>, title: Option<&String>) -> Option<Found<'m>> {
        let fits_sex = |g: Option<bool>| g.is_none_or(|g| is_male.is_none_or(|m| m == g));
        let credited = self.credited_where(|k, a| {
            let gender = self.male[a.resolved_from.unwrap_or(k)];
            let titled = title.is_none_or(|t| a.titles.contains(t));
            (a.kind.fits(true) && fits_sex(gender) && titled).then_some(None)
        });
        if let Some(&(k, _)) = credited.first() {
            let found = self.latest_credited(&credited)?;
            let other = self.named_after(self.atts[k].span.end, self.atts[k].source.as_deref(), is_male);
            return (!other).then_some(found);
        }
        // Failing that, a person named as a subject; for "the minister", one
        // named with that title anywhere.
        let subjects: Vec<usize> = (0..self.named.len())
            .filter(|&m| {
                let n = self.named[m];
                let place = title.map_or(n.place == Place::Subject, |t| n.titles.contains(t));
                n.kind == NameKind::Person && place && fits_sex(n.is_male)
            })
            .collect();
        let first = self.named[*subjects.first()?];
        let found = self.latest_named(&subjects)?;
        (!self.named_after(first.at as usize + 1, Some(&first.name), is_male)).then_some(found)
    }

    /// The credited attributions `part` accepts, latest first, each with the
    /// part of it that is meant (see [`Found::Credited`]).
    fn credited_where(&self, part: impl Fn(usize, &Attribution) -> Option<Option<bool>>) -> Vec<(usize, Option<bool>)> {
        self.credited
            .iter()
            .filter_map(|&k| part(k, &self.atts[k]).map(|p| (k, p)))
            .filter(|&(k, p)| self.credited_name(k, p).is_some())
            .collect()
    }

    /// The name attribution `k` gives for `part`.
    fn credited_name(&self, k: usize, part: Option<bool>) -> Option<&str> {
        let a = &self.atts[k];
        match part {
            None => a.source.as_deref(),
            Some(true) => a.via.as_deref(),
            Some(false) => a.affiliation.as_deref(),
        }
    }

    /// The first of `candidates` (latest first), unless another in the
    /// same sentence names a different source.
    fn latest_credited(&self, candidates: &[(usize, Option<bool>)]) -> Option<Found<'m>> {
        let &(k, part) = candidates.first()?;
        let name = self.credited_name(k, part);
        let tie =
            candidates.iter().any(|&(x, p)| self.sentence[x] == self.sentence[k] && self.credited_name(x, p) != name);
        (!tie).then_some(Found::Credited(k, part))
    }

    /// The first of the mentions `candidates` (latest first), unless another
    /// in the same sentence names a different source.
    fn latest_named(&self, candidates: &[usize]) -> Option<Found<'m>> {
        let m = *candidates.first()?;
        let first = self.named[m];
        let tie =
            candidates.iter().any(|&x| self.named[x].sentence == first.sentence && self.named[x].name != first.name);
        (!tie).then_some(Found::Named(first))
    }

    /// Whether another person named as a subject or brought in with a role
    /// ("Steven Gaydos, an editor at Variety,") after byte `from`, where the
    /// speaker's candidate `name` stands, could be meant instead: not known
    /// to be of the other sex. A name in an object position does not count.
    fn named_after(&self, from: usize, name: Option<&str>, is_male: Option<bool>) -> bool {
        let surname = |n: &str| n.split(' ').next_back().map(str::to_string);
        self.named.iter().any(|m| {
            m.kind == NameKind::Person
                && m.place != Place::Other
                && (from..self.until).contains(&(m.at as usize))
                && surname(&m.name) != name.and_then(surname)
                && m.is_male.is_none_or(|g| is_male.is_none_or(|w| w == g))
        })
    }
}

/// A mention as [`persons_by_surname`] keeps it.
#[derive(Clone, Copy)]
enum Kept {
    /// The mention as read, by its index.
    Same(usize),
    /// A lone surname made the person named in full, by its index among
    /// the renamed mentions.
    Renamed(usize),
}

/// The mentions that name persons and organisations: a lone surname
/// stands for the person of that surname named in full before it
/// ("Colin Clarke … Clarke is"), and is dropped otherwise; a person's name
/// the article credits as an organisation's ("Swiss Re") is dropped. Only
/// the renamed mentions are copied (a long article names tens of
/// thousands): the rest are kept by their index.
fn persons_by_surname(mentions: &[NameMention], organisations: &[&str]) -> (Vec<Kept>, Vec<NameMention>) {
    let organisations: FxHashSet<&str> = organisations.iter().copied().collect();
    let (mut kept, mut renamed) = (Vec::with_capacity(mentions.len()), Vec::new());
    // The latest person named in full, by surname.
    let mut full_names: FxHashMap<&str, &str> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == NameKind::Person && organisations.contains(m.name.as_str()) {
            continue;
        }
        if m.kind != NameKind::Unknown {
            if m.kind == NameKind::Person && m.name.contains(' ') {
                if let Some(surname) = m.name.split(' ').next_back() {
                    full_names.insert(surname, &m.name);
                }
            }
            kept.push(Kept::Same(i));
            continue;
        }
        if let Some(full) = full_names.get(m.name.as_str()) {
            kept.push(Kept::Renamed(renamed.len()));
            renamed.push(NameMention { name: full.to_string(), kind: NameKind::Person, ..m.clone() });
        }
    }
    (kept, renamed)
}

/// A one-word name that is the surname of a person credited earlier or
/// named in full anywhere is that person ("Colin Clarke … Clarke").
fn mark_surnames(atts: &mut [Attribution], mentions: &[NameMention]) {
    fn surname(name: &str) -> Option<&str> {
        name.split_whitespace().last()
    }
    let named: FxHashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == NameKind::Person && m.name.contains(' '))
        .filter_map(|m| surname(&m.name))
        .collect();
    let mut credited: FxHashSet<String> = FxHashSet::default();
    for att in atts.iter_mut() {
        if let Some(name) = att.source.as_deref().filter(|_| att.kind == NameKind::Unknown) {
            if credited.contains(name) || named.contains(name) {
                att.kind = NameKind::Person;
            }
        }
        if let Some(name) = att.source.as_deref().filter(|_| att.kind == NameKind::Person).and_then(surname) {
            credited.insert(name.to_string());
        }
    }
}

/// What a speaker that needs resolving can stand for.
fn wanted(speaker: &Speaker) -> Option<Wanted> {
    match speaker {
        Speaker::Pronoun(p) => match p.as_str() {
            "he" => Some(Wanted::Person(Some(true))),
            "she" => Some(Wanted::Person(Some(false))),
            "it" => Some(Wanted::Organisation),
            _ => None,
        },
        // A description that holds a name names its own source ("the CBS
        // network"); a country or nationality only qualifies it ("the US
        // newspaper", "the German broadcaster").
        Speaker::Unnamed(description) if description.split_whitespace().skip(1).any(is_proper_qualifier) => None,
        Speaker::Unnamed(description) => {
            let words: Vec<String> = description
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .filter(|w| !w.is_empty())
                .collect();
            let (first, rest) = words.split_first()?;
            let head = rest.last()?;
            if first != "the" {
                return None;
            }
            Some(if is_title(head) {
                Wanted::Titled(head.clone())
            } else if is_age(head) {
                Wanted::Person(None)
            } else if is_organisation_noun(head) {
                Wanted::Described { media: is_media_noun(head) }
            } else {
                Wanted::Unnamed(rest.to_vec())
            })
        }
        Speaker::Named { .. } => None,
    }
}

/// Whether a description's head gives a person's age ("45-year-old").
fn is_age(head: &str) -> bool {
    head.strip_suffix("-year-old").is_some_and(|n| !n.is_empty())
}

/// Whether a word of a description is a name of its own: an acronym that
/// is not a country's ("CBS", not "US"), or a capitalised organisation word.
fn is_proper_qualifier(word: &str) -> bool {
    let bare = strip_possessive(word).trim_matches(|c: char| !c.is_alphanumeric());
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = letters >= 2 && bare.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    with_lower(bare, |lower| {
        (acronym && !is_country_acronym(lower)) || (bare.starts_with(char::is_uppercase) && is_organisation_word(lower))
    })
}
