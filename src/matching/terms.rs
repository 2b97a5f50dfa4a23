//! Claim terms: the built-in news synonym groups, and the terms taken from a
//! statement when a claim gives no `about`.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use crate::claims::{Claim, Term};
use crate::extract::date::read_dates;
use crate::extract::figure::read_figures;
use crate::extract::lexicon::is_stop_word;
use crate::segment::{segment, stem, TokenKind};
use crate::source::Span;

/// Words that news uses for the same fact. A term matches any word of its
/// group ("killed" finds "dead", "deaths", "died").
const SYNONYMS: &[&[&str]] = &[
    &["killed", "kill", "killing", "dead", "death", "deaths", "died", "die", "fatalities", "slain", "lives"],
    &["injured", "injuring", "injury", "injuries", "wounded", "wounding", "hurt"],
    &["arrested", "arrest", "arrests", "detained", "detain", "detention", "held"],
    &["bombing", "bomb", "bombed", "blast", "explosion"],
    &["fighters", "militants", "combatants"],
    &["airstrikes", "airstrike", "bombardments"],
    &["attack", "attacked", "assault"],
    &["soldiers", "troops", "servicemen"],
    &["profit", "profits", "earnings"],
    &["rise", "rose", "risen", "increase", "increased", "grew", "growth"],
    &["fall", "fell", "fallen", "decline", "declined", "drop", "dropped"],
    &["percent", "cent", "%"],
    &["children", "child", "kids"],
    &["jobs", "job", "employment"],
];

/// The stems a term word stands for: its own and its synonyms'.
pub fn stems_for(word: &str) -> Vec<String> {
    static GROUPS: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for group in SYNONYMS {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            for s in &stems {
                map.entry(s.clone()).or_default().extend(stems.iter().cloned());
            }
        }
        for stems in map.values_mut() {
            stems.sort();
            stems.dedup();
        }
        map
    });
    let own = stem(word);
    match GROUPS.get(&own) {
        Some(group) => group.clone(),
        None => vec![own],
    }
}

/// The terms that locate a claim, and how many a sentence must hold: all of
/// `about` when given; otherwise at least half of the statement's content
/// words (leaving out stop words, the figure and date, and the source's and
/// quote's words, which are checked on their own).
pub fn claim_terms(claim: &Claim) -> (Vec<Term>, usize) {
    if let Some(about) = &claim.about {
        return (about.clone(), about.len());
    }
    let text = &claim.statement;
    let seg = segment(text, text);
    let dates = read_dates(&seg.tokens);
    let taken: Vec<Span> = dates.iter().map(|d| d.span).collect();
    let figures = read_figures(&seg.tokens, text, text, &taken);
    let mut skip: BTreeSet<String> = BTreeSet::new();
    for words in claim.source.iter().flat_map(|s| s.names.iter()).chain(claim.quote.iter()) {
        skip.extend(words.split_whitespace().map(|w| stem(w.trim_matches(|c: char| !c.is_alphanumeric()))));
    }
    let mut seen = BTreeSet::new();
    let mut terms = Vec::new();
    for t in &seg.tokens {
        let inside = taken.iter().chain(figures.iter().map(|f| &f.span)).any(|s| s.contains(t.span));
        if inside || t.kind != TokenKind::Word || t.norm.chars().count() < 2 || is_stop_word(&t.norm) {
            continue;
        }
        let s = stem(&t.norm);
        if skip.contains(&s) || !seen.insert(s) {
            continue;
        }
        terms.push(Term { alternatives: vec![vec![t.norm.trim_end_matches("'s").to_string()]] });
    }
    let needed = terms.len().div_ceil(2);
    (terms, needed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse_claims;
    use std::path::Path;

    fn claim(json: &str) -> Claim {
        let text = format!("{{\"claims\": [{json}]}}");
        parse_claims(Path::new("c.json"), &text, None).unwrap().claims.remove(0)
    }

    #[test]
    fn synonyms_share_stems() {
        assert!(stems_for("killed").contains(&stem("deaths")));
        assert!(stems_for("wounded").contains(&stem("injured")));
        assert_eq!(stems_for("concert"), [stem("concert")]);
    }

    #[test]
    fn statement_terms_leave_out_figures_dates_sources_and_stop_words() {
        let c = claim(
            r#"{"id": "x", "statement": "The UN says ISKP had up to 6,000 fighters in 2021.", "figure": "up to 6,000", "source": "UN"}"#,
        );
        let (terms, needed) = claim_terms(&c);
        let words: Vec<&str> = terms.iter().map(|t| t.alternatives[0][0].as_str()).collect();
        assert_eq!(words, ["iskp", "fighters"]);
        assert_eq!(needed, 1);
    }

    #[test]
    fn explicit_about_needs_every_term() {
        let c = claim(r#"{"id": "x", "statement": "s", "about": ["killed", "concert"], "figure": "137"}"#);
        assert_eq!(claim_terms(&c).1, 2);
    }
}
