//! Carry-over: pronouns and descriptions resolved to the speaker they stand
//! for, within the same or the previous paragraph.
//!
//! "He"/"she" stand for the last named person credited there, "it" for the
//! last organisation; a one-word name takes either. A title tells "he" from
//! "she" ("Ms Hutt" is never "he"), and so does a pronoun already resolved
//! to the person. A description with "the" stands for the one source it
//! can mean: "the minister" for the person whose title it is, "the US
//! newspaper" for the only organisation credited (or, for a news medium,
//! the only outlet told), "the former officials" for the unnamed "former
//! … officials" credited before. When two sources fit, or none does, the
//! speaker stays unresolved: nothing is guessed.

use super::names::without_possessive;
use super::words::{
    is_country_acronym, is_female_title, is_male_title, is_media_noun, is_organisation_noun, is_organisation_word,
    is_title,
};
use super::{Attribution, NameKind, Speaker};

/// What a pronoun or a description can stand for.
enum Wanted {
    /// "he" (true) or "she" (false).
    Person(bool),
    /// "it".
    Organisation,
    /// "the minister": a person with this title.
    Titled(String),
    /// "the newspaper": the one organisation credited; for a news medium,
    /// the outlet told counts too.
    Described { media: bool },
    /// "the former officials": an unnamed source with these words.
    Unnamed(Vec<String>),
}

/// Resolves pronoun and description speakers (see the module header).
/// `paragraph_of[i]` is the paragraph of attribution `i`; `previous(p)` the
/// paragraph before `p` that is not a heading; `persons` the persons the
/// article names, by byte offset (see [`super::names::person_mentions`]).
pub fn resolve_speakers(
    atts: &mut [Attribution],
    paragraph_of: &[usize],
    previous: &dyn Fn(usize) -> Option<usize>,
    persons: &[(usize, String)],
) {
    mark_surnames(atts);
    // Names the article credits as organisations ("Swiss Re") are no persons.
    let organisations: Vec<&str> = atts
        .iter()
        .flat_map(|a| {
            let org = a.source.as_deref().filter(|_| a.kind == NameKind::Organisation);
            org.into_iter().chain(a.affiliation.as_deref()).chain(a.via.as_deref())
        })
        .collect();
    let persons: Vec<(usize, String)> =
        persons.iter().filter(|(_, n)| !organisations.contains(&n.as_str())).cloned().collect();
    let mut male: Vec<Option<bool>> = atts.iter().map(title_gender).collect();
    for i in 0..atts.len() {
        let Some(wanted) = wanted(&atts[i].speaker) else {
            continue;
        };
        let here = paragraph_of[i];
        let prev = previous(here);
        let in_scope: Vec<usize> =
            (0..i).rev().filter(|&k| paragraph_of[k] == here || Some(paragraph_of[k]) == prev).collect();
        let Some((k, outlet)) = find(atts, &male, &in_scope, &wanted) else {
            continue;
        };
        if let Wanted::Person(is_male) = wanted {
            // Persons of the other sex do not make "he" or "she" unclear.
            let other_sex: Vec<&str> = in_scope
                .iter()
                .filter(|&&x| male[atts[x].resolved_from.unwrap_or(x)] == Some(!is_male))
                .filter_map(|&x| atts[x].source.as_deref())
                .collect();
            if named_between(&persons, &atts[k], atts[i].span.start, &other_sex) {
                continue;
            }
        }
        let origin = atts[k].resolved_from.unwrap_or(k);
        let found = atts[k].clone();
        let att = &mut atts[i];
        att.resolved_from = Some(origin);
        if outlet {
            att.source = found.via;
            att.kind = NameKind::Organisation;
            continue;
        }
        att.source = found.source;
        att.kind = found.kind;
        if let Wanted::Unnamed(_) = wanted {
            // An unnamed source is known only by whom it told.
            att.via = att.via.take().or(found.via);
        } else {
            att.affiliation = found.affiliation;
        }
        if let Wanted::Person(is_male) = wanted {
            male[origin].get_or_insert(is_male);
        }
    }
}

/// Whether a person other than `speaker`'s source (and the persons of
/// `other_sex`) is named after it and before byte `until`: then "he" or
/// "she" could mean either.
fn named_between(persons: &[(usize, String)], speaker: &Attribution, until: usize, other_sex: &[&str]) -> bool {
    let surname = |n: &str| n.split_whitespace().last().map(str::to_string);
    let own = speaker.source.as_deref().and_then(surname);
    let from = persons.partition_point(|(at, _)| *at < speaker.span.end);
    persons[from..]
        .iter()
        .take_while(|(at, _)| *at < until)
        .any(|(_, name)| surname(name) != own && !other_sex.iter().any(|o| surname(o) == surname(name)))
}

/// A one-word name that is the surname of a person named earlier is that
/// person ("Colin Clarke … Clarke").
fn mark_surnames(atts: &mut [Attribution]) {
    for i in 0..atts.len() {
        let Some(name) = atts[i].source.as_deref().filter(|_| atts[i].kind == NameKind::Unknown) else {
            continue;
        };
        let is_surname = atts[..i].iter().any(|a| {
            a.kind == NameKind::Person && a.source.as_deref().and_then(|n| n.split_whitespace().last()) == Some(name)
        });
        if is_surname {
            atts[i].kind = NameKind::Person;
        }
    }
}

/// Whether a title marks the speaker as a man (true) or a woman (false).
fn title_gender(att: &Attribution) -> Option<bool> {
    att.titles.iter().find_map(|t| match t.as_str() {
        t if is_male_title(t) => Some(true),
        t if is_female_title(t) => Some(false),
        _ => None,
    })
}

/// What a speaker that needs resolving can stand for.
fn wanted(speaker: &Speaker) -> Option<Wanted> {
    match speaker {
        Speaker::Pronoun(p) => match p.as_str() {
            "he" => Some(Wanted::Person(true)),
            "she" => Some(Wanted::Person(false)),
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
            } else if is_organisation_noun(head) {
                Wanted::Described { media: is_media_noun(head) }
            } else {
                Wanted::Unnamed(rest.to_vec())
            })
        }
        Speaker::Named { .. } => None,
    }
}

/// Whether a word of a description is a name of its own: an acronym that
/// is not a country's ("CBS", not "US"), or a capitalised organisation word.
fn is_proper_qualifier(word: &str) -> bool {
    let bare = without_possessive(word).trim_matches(|c: char| !c.is_alphanumeric());
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = letters >= 2 && bare.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let lower = bare.to_lowercase();
    (acronym && !is_country_acronym(&lower)) || (bare.starts_with(char::is_uppercase) && is_organisation_word(&lower))
}

/// The attribution (among `in_scope`, latest first) that `wanted` stands
/// for, and whether it is its outlet that is meant; `None` when none fits
/// or when two different sources do.
fn find(atts: &[Attribution], male: &[Option<bool>], in_scope: &[usize], wanted: &Wanted) -> Option<(usize, bool)> {
    let named = |k: &usize| atts[*k].source.is_some();
    match wanted {
        Wanted::Person(is_male) => in_scope
            .iter()
            .copied()
            .filter(named)
            .find(|&k| {
                let gender = male[atts[k].resolved_from.unwrap_or(k)];
                atts[k].kind.fits(true) && gender.is_none_or(|g| g == *is_male)
            })
            .map(|k| (k, false)),
        Wanted::Organisation => {
            in_scope.iter().copied().filter(named).find(|&k| atts[k].kind.fits(false)).map(|k| (k, false))
        }
        Wanted::Titled(title) => {
            let fits: Vec<usize> =
                in_scope.iter().copied().filter(named).filter(|&k| atts[k].titles.contains(title)).collect();
            only_one(atts, &fits, false)
        }
        Wanted::Described { media } => {
            let speakers: Vec<usize> =
                in_scope.iter().copied().filter(named).filter(|&k| atts[k].kind != NameKind::Person).collect();
            let outlets: Vec<usize> = in_scope.iter().copied().filter(|&k| *media && atts[k].via.is_some()).collect();
            match (only_one(atts, &speakers, false), only_one(atts, &outlets, true)) {
                (Some(found), None) if outlets.is_empty() => Some(found),
                (None, Some(found)) if speakers.is_empty() => Some(found),
                _ => None,
            }
        }
        Wanted::Unnamed(words) => in_scope
            .iter()
            .copied()
            .find(|&k| match &atts[k].speaker {
                Speaker::Unnamed(d) => {
                    let d = d.to_lowercase();
                    let has = |w: &String| d.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
                    words.iter().all(has)
                }
                _ => false,
            })
            .map(|k| (k, false)),
    }
}

/// The latest of `candidates` when they all name the same source (or the
/// same outlet, when `outlet`), else `None`.
fn only_one(atts: &[Attribution], candidates: &[usize], outlet: bool) -> Option<(usize, bool)> {
    let name = |k: usize| if outlet { atts[k].via.as_deref() } else { atts[k].source.as_deref() };
    let first = *candidates.first()?;
    candidates.iter().all(|&k| name(k) == name(first)).then_some((first, outlet))
}
