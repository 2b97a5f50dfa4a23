//! Source comparison: whether an attribution credits a claim's source, as
//! speaker, as the outlet told, or as the speaker's stated affiliation.
//!
//! Names compare case-insensitively, without "the", possessives or the dots
//! of acronyms (U.N. = UN), British and American spellings alike ("Center"
//! = "Centre"); see [`name_words`]. A claim name agrees when its words occur as a
//! contiguous run inside the credited name ("UN" in "UN data", "the UN
//! Assistance Mission"), or when the credited name is the surname of the
//! claim's person ("Clarke" for "Colin Clarke").

pub use crate::extract::attribution::aliases::name_words;
use crate::extract::attribution::Attribution;

/// How an attribution credits a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Credit {
    /// As the speaker.
    Speaker,
    /// As the outlet the speaker told ("told Reuters").
    Outlet,
    /// As the speaker's affiliation ("Clarke, of the Soufan Centre").
    Affiliation,
}

/// Whether `claim_name` names the source called `credited` in the article.
pub fn same_source(claim_name: &str, credited: &str) -> bool {
    let a = name_words(claim_name);
    let b = name_words(credited);
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let contiguous = b.windows(a.len()).any(|w| w == a.as_slice());
    let surname = b.len() == 1 && a.len() >= 2 && a.last() == b.first();
    contiguous || surname
}

/// How `att` credits any of `names`, if it does.
pub fn credit(names: &[String], att: &Attribution) -> Option<Credit> {
    let any = |credited: &str| names.iter().any(|n| same_source(n, credited));
    let speaker = att.source.iter().chain(att.aliases.iter()).any(|s| any(s));
    if speaker {
        Some(Credit::Speaker)
    } else if att.via.as_deref().is_some_and(any) {
        Some(Credit::Outlet)
    } else if att.affiliation.as_deref().is_some_and(any) {
        Some(Credit::Affiliation)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_inside_longer_names_and_by_surname() {
        assert!(same_source("UN", "UN data"));
        assert!(same_source("U.N.", "the UN Assistance Mission in Afghanistan"));
        assert!(same_source("Colin Clarke", "Clarke"));
        assert!(same_source("the Wall Street Journal", "Wall Street Journal's"));
        assert!(!same_source("UN Assistance Mission", "UN"));
        assert!(!same_source("United Nations", "UN"));
        assert!(!same_source("Clarke", "Colin Powell"));
        assert!(!same_source("Pentagon", "Politico"));
        assert!(same_source(
            "Center for Strategic and International Studies",
            "Centre for Strategic and International Studies"
        ));
        assert!(same_source("the Foundation for Defense of Democracies", "Foundation for Defence of Democracies"));
        assert!(same_source("Reuters", "Reuters'"));
        assert!(same_source(
            "Armed Conflict Location & Event Data Project",
            "Armed Conflict Location and Event Data Project"
        ));
    }
}
