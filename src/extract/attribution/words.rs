//! The words that attribution reading relies on, as sorted lists looked up
//! by binary search (a test keeps them sorted).

/// Whether `w` is in the sorted `list`.
fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// Verbs that credit their subject with what follows.
const CUE_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "agreed",
    "agrees",
    "announced",
    "announces",
    "argued",
    "argues",
    "believe",
    "believes",
    "calculated",
    "claimed",
    "claims",
    "concluded",
    "confirmed",
    "confirms",
    "counted",
    "described",
    "describes",
    "detailed",
    "documented",
    "documents",
    "estimate",
    "estimated",
    "estimates",
    "explained",
    "explains",
    "feels",
    "felt",
    "found",
    "highlighted",
    "highlights",
    "indicate",
    "indicated",
    "indicates",
    "insisted",
    "insists",
    "noted",
    "notes",
    "observed",
    "predicted",
    "predicts",
    "put",
    "puts",
    "quoted",
    "recorded",
    "reported",
    "reports",
    "revealed",
    "reveals",
    "said",
    "say",
    "says",
    "show",
    "showed",
    "shows",
    "stated",
    "stressed",
    "suggest",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "told",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// Cue verbs that are also common nouns or need an object ("reports",
/// "claims", "found"): these count only with a named or pronoun subject.
const NEEDS_NAMED_SUBJECT: &[&str] = &[
    "agreed",
    "claims",
    "counted",
    "documents",
    "estimates",
    "feels",
    "felt",
    "found",
    "notes",
    "put",
    "puts",
    "recorded",
    "reports",
    "shows",
];

/// Words skipped between a subject and its verb ("He also suggested").
const ADVERBS: &[&str] = &[
    "again",
    "already",
    "also",
    "earlier",
    "even",
    "first",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "however",
    "initially",
    "itself",
    "last",
    "later",
    "now",
    "once",
    "originally",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "still",
    "subsequently",
    "themselves",
    "then",
    "today",
    "too",
    "will",
    "would",
    "yesterday",
];

/// Nouns that name a document a source issued ("a report by X").
const DOCUMENT_NOUNS: &[&str] = &[
    "analysis",
    "assessment",
    "census",
    "count",
    "data",
    "estimate",
    "estimates",
    "figures",
    "findings",
    "investigation",
    "numbers",
    "poll",
    "report",
    "reports",
    "research",
    "review",
    "statement",
    "statistics",
    "study",
    "survey",
    "tally",
];

/// Words that join the parts of a name ("Centre for Strategic and
/// International Studies", "Abu Bakr al-Baghdadi").
const NAME_CONNECTORS: &[&str] =
    &["&", "al", "and", "at", "bin", "da", "de", "del", "du", "for", "in", "la", "le", "of", "on", "the", "van", "von"];

/// Titles dropped from the front of a person's name.
const TITLES: &[&str] = &[
    "acting",
    "admiral",
    "ambassador",
    "archbishop",
    "bishop",
    "capt",
    "captain",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cllr",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "constable",
    "councillor",
    "dame",
    "defence",
    "defense",
    "deputy",
    "detective",
    "director",
    "dr",
    "father",
    "finance",
    "foreign",
    "former",
    "gen",
    "general",
    "gov",
    "governor",
    "health",
    "home",
    "inspector",
    "interior",
    "judge",
    "justice",
    "king",
    "lady",
    "lieutenant",
    "lord",
    "lt",
    "major",
    "mayor",
    "mep",
    "minister",
    "mp",
    "mr",
    "mrs",
    "ms",
    "mullah",
    "pope",
    "president",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sir",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "vice",
];

/// Words that mark a name as an organisation's.
const ORGANISATION_WORDS: &[&str] = &[
    "affairs",
    "agence",
    "agency",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "associated",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "club",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "daily",
    "data",
    "department",
    "directorate",
    "economist",
    "europe",
    "express",
    "federation",
    "forces",
    "foundation",
    "front",
    "fund",
    "government",
    "group",
    "guardian",
    "herald",
    "house",
    "inc",
    "institute",
    "institution",
    "international",
    "journal",
    "league",
    "ltd",
    "magazine",
    "mail",
    "military",
    "ministry",
    "mission",
    "monitor",
    "motors",
    "movement",
    "nations",
    "navy",
    "network",
    "news",
    "observer",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "plc",
    "police",
    "policy",
    "politico",
    "post",
    "press",
    "program",
    "programme",
    "project",
    "radio",
    "relations",
    "reuters",
    "review",
    "senate",
    "service",
    "services",
    "society",
    "state",
    "states",
    "studies",
    "taliban",
    "telegraph",
    "television",
    "times",
    "tribune",
    "trust",
    "tv",
    "union",
    "university",
    "watch",
];

/// Words that can only start a subject in lower case at the head of a
/// sentence: "Officials said", "Some felt".
const COMMON_SUBJECTS: &[&str] = &[
    "activists",
    "all",
    "analysts",
    "another",
    "authorities",
    "both",
    "campaigners",
    "critics",
    "diplomats",
    "doctors",
    "each",
    "economists",
    "either",
    "experts",
    "fans",
    "few",
    "investigators",
    "many",
    "ministers",
    "most",
    "mps",
    "neither",
    "none",
    "observers",
    "officials",
    "one",
    "others",
    "people",
    "police",
    "prosecutors",
    "reports",
    "researchers",
    "residents",
    "scientists",
    "several",
    "some",
    "sources",
    "staff",
    "such",
    "teachers",
    "that",
    "these",
    "this",
    "those",
    "unions",
    "various",
    "what",
    "witnesses",
    "workers",
];

/// Whether `w` is listed in [`CUE_VERBS`].
pub fn is_cue_verb(w: &str) -> bool {
    listed(CUE_VERBS, w)
}

/// Whether `w` is listed in [`NEEDS_NAMED_SUBJECT`].
pub fn needs_named_subject(w: &str) -> bool {
    listed(NEEDS_NAMED_SUBJECT, w)
}

/// Whether `w` is listed in [`ADVERBS`].
pub fn is_adverb(w: &str) -> bool {
    listed(ADVERBS, w)
}

/// Whether `w` is listed in [`DOCUMENT_NOUNS`].
pub fn is_document_noun(w: &str) -> bool {
    listed(DOCUMENT_NOUNS, w)
}

/// Whether `w` is listed in [`NAME_CONNECTORS`].
pub fn is_name_connector(w: &str) -> bool {
    listed(NAME_CONNECTORS, w)
}

/// Whether `w` is listed in [`TITLES`].
pub fn is_title(w: &str) -> bool {
    listed(TITLES, w)
}

/// Whether `w` is listed in [`ORGANISATION_WORDS`].
pub fn is_organisation_word(w: &str) -> bool {
    listed(ORGANISATION_WORDS, w)
}

/// Whether `w` is listed in [`COMMON_SUBJECTS`].
pub fn is_common_subject(w: &str) -> bool {
    listed(COMMON_SUBJECTS, w)
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            CUE_VERBS,
            NEEDS_NAMED_SUBJECT,
            ADVERBS,
            DOCUMENT_NOUNS,
            NAME_CONNECTORS,
            TITLES,
            ORGANISATION_WORDS,
            COMMON_SUBJECTS,
        ] {
            assert!(list.windows(2).all(|p| p[0] < p[1]), "{list:?}");
        }
    }
}
