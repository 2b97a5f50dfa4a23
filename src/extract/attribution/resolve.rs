//! Carry-over: pronoun speakers resolved to the speaker they stand for.

use super::*;

/// Resolves pronoun speakers: "he"/"she" to the last named person credited
/// in the same or the previous paragraph, "it" to the last named
/// organisation. A pronoun resolved from the previous paragraph names its
/// speaker again for the next. `paragraph_of[i]` is the paragraph of
/// attribution `i`; `previous(p)` the paragraph before `p` that is not a
/// heading.
pub fn resolve_pronouns(atts: &mut [Attribution], paragraph_of: &[usize], previous: &dyn Fn(usize) -> Option<usize>) {
    // A one-word name that is the surname of a person named earlier is that
    // person ("Colin Clarke … Clarke").
    for i in 0..atts.len() {
        if atts[i].kind != NameKind::Unknown {
            continue;
        }
        let Some(name) = atts[i].source.clone() else {
            continue;
        };
        let is_surname = atts[..i].iter().any(|a| {
            a.kind == NameKind::Person
                && a.source.as_deref().and_then(|n| n.split_whitespace().last()) == Some(name.as_str())
        });
        if is_surname {
            atts[i].kind = NameKind::Person;
        }
    }
    for i in 0..atts.len() {
        let Speaker::Pronoun(p) = &atts[i].speaker else {
            continue;
        };
        let wants_person = match p.as_str() {
            "he" | "she" => true,
            "it" => false,
            _ => continue,
        };
        let here = paragraph_of[i];
        let prev = previous(here);
        let found = (0..i).rev().find(|&k| {
            let in_scope = paragraph_of[k] == here || Some(paragraph_of[k]) == prev;
            in_scope && atts[k].source.is_some() && atts[k].kind.fits(wants_person)
        });
        if let Some(k) = found {
            let origin = atts[k].resolved_from.unwrap_or(k);
            atts[i].source = atts[k].source.clone();
            atts[i].kind = atts[k].kind;
            atts[i].resolved_from = Some(origin);
            if atts[i].affiliation.is_none() {
                atts[i].affiliation = atts[k].affiliation.clone();
            }
        }
    }
}
