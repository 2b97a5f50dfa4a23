//! Source comparison: whether an attribution credits a claim's source, as
//! speaker, as the outlet told, or as the speaker's stated affiliation.
//!
//! Names compare case-insensitively, without "the", possessives, the dots
//! of acronyms (U.N. = UN) or a courtesy title ("Ms Patel" = "Patel"),
//! British and American spellings alike ("Center" = "Centre"); see
//! [`name_words`]. A claim name agrees when its words occur as a contiguous
//! run inside the credited name ("UN" in "UN data", "the UN Assistance
//! Mission"), or when the credited name is the surname of the claim's
//! person ("Clarke" for "Colin Clarke"). A surname the article gives to one
//! person it names in full ("Priti Patel … Ms Patel said") stands for that
//! person only: "Ms Patel said" credits a claim about Priti Patel, not one
//! about Raj Patel. A courtesy title in the claim ("Mr Patel") must agree
//! with the one the article gives the speaker.

pub use crate::extract::attribution::aliases::name_words;
use crate::extract::attribution::{title_gender, Attribution};

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
    // "Mr Patel" is no woman the article calls "Ms Patel".
    let claimed_male = names
        .iter()
        .find_map(|n| n.split_whitespace().next().and_then(|t| title_gender(t.to_lowercase().trim_end_matches('.'))));
    let sex_agrees = claimed_male.zip(att.is_male()).is_none_or(|(c, a)| c == a);
    let speaker = sex_agrees && att.source.iter().chain(att.aliases.iter()).any(|s| credits_speaker(names, s, att));
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

/// Whether `credited`, a name `att` gives its speaker, names one of the
/// claim's `names` (see the module header for surnames).
fn credits_speaker(names: &[String], credited: &str, att: &Attribution) -> bool {
    let words = name_words(credited);
    // "Ms Patel" where the article names Priti Patel: only she, or "Patel".
    let full_person = words.len() == 1
        && att.aliases.iter().any(|a| {
            let full = name_words(a);
            full.len() >= 2 && full.last() == words.last()
        });
    names.iter().any(|n| if full_person { name_words(n) == words } else { same_source(n, credited) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::extract::index_article;

    /// Whether any attribution of `text` credits the claimed `source` as
    /// its speaker, with the names the article gives that source.
    fn speaker_credited(text: &str, source: &str) -> bool {
        let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
        let index = index_article(&article, None);
        let names = index.aliases.expand(&[source.to_string()]);
        index.attributions.iter().any(|a| credit(&names, a) == Some(Credit::Speaker))
    }

    #[test]
    fn an_honorific_and_surname_credit_the_person_named_in_full() {
        let text = "Priti Patel, the home secretary, visited Dover on Monday.\n\nMs Patel said 20 boats had arrived.";
        assert!(speaker_credited(text, "Priti Patel"));
        assert!(speaker_credited(text, "Ms Patel"));
        assert!(speaker_credited(text, "Patel"));
        // Another Patel, or a man of that name, is not the one who spoke.
        assert!(!speaker_credited(text, "Raj Patel"));
        assert!(!speaker_credited(text, "Mr Patel"));
        // Typographic text: a curly apostrophe and a non-breaking space.
        let text =
            "Britain’s home secretary, Priti\u{a0}Patel, visited Dover.\n\n“We stopped 20 boats,” Ms Patel said.";
        assert!(speaker_credited(text, "Priti Patel"));
    }

    #[test]
    fn a_claim_with_an_honorific_matches_the_full_name_credited() {
        let text = "“We will not cut the budget by 5%,” said Frank Dobson.";
        assert!(speaker_credited(text, "Mr Dobson"));
        assert!(speaker_credited(text, "Dobson"));
        assert!(!speaker_credited(text, "Mr Blair"));
    }

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
