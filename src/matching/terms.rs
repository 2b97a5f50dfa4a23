//! Claim terms: the built-in news synonym groups.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::segment::stem;

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
    &["cut", "cuts", "axe", "axed", "axing", "shed", "shedding", "slash", "slashed", "scrap", "scrapped"],
    &["employ", "employs", "employed", "employing", "staff", "workforce"],
    &["sold", "sell", "sales", "selling"],
    &["bought", "buy", "purchase", "purchased", "acquire", "acquired"],
    &["won", "win", "wins", "victory"],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_share_stems() {
        assert!(stems_for("killed").contains(&stem("deaths")));
        assert!(stems_for("wounded").contains(&stem("injured")));
        assert_eq!(stems_for("concert"), [stem("concert")]);
    }
}
