//! The words that attribution reading relies on, each a `word_list!` of
//! [`crate::extract::lexicon`].

use crate::extract::lexicon::{is_contrast_conjunction, word_list};

/// The words an attribution cue starts at: "according (to)", "citing",
/// "per", a document noun ("a report by"), a cue verb, a participle cue or
/// a document verb. `read_attributions` tries its cues only there.
pub(crate) fn cue_openers() -> impl Iterator<Item = &'static str> {
    let lists = [&TAKES_STATEMENT, &NEEDS_STATEMENT, &PARTICIPLE_CUES, &DOCUMENT_VERBS, &DOCUMENT_NOUNS];
    ["according", "citing", "per"].into_iter().chain(lists.into_iter().flat_map(|l| l.words()))
}

/// Verbs that credit their subject with what they said: those that take a
/// statement freely and those that need one to follow.
pub(super) fn is_cue_verb(w: &str) -> bool {
    takes_statement(w) || needs_statement(w)
}

word_list!(
    /// Verbs that credit their subject with what follows, in every tense
    /// and person news copy uses.
    pub(super) takes_statement [TAKES_STATEMENT] = "takes-statement.txt"
);

word_list!(
    /// Verbs that report speech only when the words said follow them (a
    /// colon, a quotation or a "that" clause) or precede them ("…?" asked
    /// Mr Dobson): "welcomed the move" or "urged restraint" quotes nothing.
    /// Present forms that are mostly nouns ("Tory demands that …") are left out.
    pub(super) needs_statement [NEEDS_STATEMENT] = "needs-statement.txt"
);

word_list!(
    /// Participles that carry on a speaker's account ("…, adding that").
    pub(super) is_participle_cue [PARTICIPLE_CUES] = "participle-cue.txt"
);

word_list!(
    /// Cue verbs that are also common nouns or need an object ("reports",
    /// "claims", "found"): these count only with a named or pronoun subject.
    pub(super) needs_named_subject = "needs-named-subject.txt"
);

word_list!(
    /// Verbs whose subject is a document when it has no name ("figures
    /// show", "reports suggest"): another unnamed subject is no source.
    pub(super) is_document_verb [DOCUMENT_VERBS] = "document-verb.txt"
);

word_list!(
    /// Words skipped between a subject and its verb ("He also suggested",
    /// "she had only told").
    pub(super) is_adverb = "adverb.txt"
);

word_list!(
    /// Nouns that name a document a source issued ("a report by X").
    pub(super) is_document_noun [DOCUMENT_NOUNS] = "document-noun.txt"
);

word_list!(
    /// Participles between a document and its author ("figures released by").
    pub(super) is_issuing_participle = "issuing-participle.txt"
);

word_list!(
    /// Words that join the parts of a name ("Centre for Strategic and
    /// International Studies", "Abu Bakr al-Baghdadi").
    pub(super) is_name_connector [NAME_CONNECTORS] = "name-connector.txt"
);

word_list!(
    /// Titles of office and rank, dropped before a name of two words or more
    /// ("Foreign Minister Amir Khan Muttaqi").
    pub(super) is_title [TITLES] = "title.txt"
);

word_list!(
    /// Courtesy titles, dropped before any name and marking it as a person's
    /// ("Mr Binks", "Lord Goldsmith").
    pub(super) is_courtesy_title = "courtesy-title.txt"
);

word_list!(
    /// Words that mark a name as an organisation's.
    pub(super) is_organisation_word [ORGANISATION_WORDS] = "organisation-word.txt"
);

word_list!(
    /// Words that can only start a subject in lower case at the head of a
    /// sentence: "Officials said", "Some felt".
    pub(super) is_common_subject = "common-subject.txt"
);

word_list!(
    /// Capitalised words that open a sentence before its subject
    /// ("Meanwhile Ms Hutt said", "In November the BMA said").
    pub(super) is_sentence_opener [SENTENCE_OPENERS] = "sentence-opener.txt"
);

word_list!(
    /// Words that end a subject without a name: a clause boundary, an
    /// auxiliary or a relative ("… which can show", "as figures showed").
    pub(super) is_subject_boundary = "subject-boundary.txt"
);

/// Conjunctions that open a new clause, and with it a new account ("…, but
/// the UN said"): the contrasting ones and those of [`is_account_conjunction`].
pub(super) fn is_clause_conjunction(w: &str) -> bool {
    is_contrast_conjunction(w) || is_account_conjunction(w)
}

word_list!(
    /// Conjunctions besides the contrasting ones that open a new account
    /// ("as", "because", "yet").
    is_account_conjunction = "account-conjunctions.txt"
);

word_list!(
    /// Head nouns of a description that can stand for an organisation
    /// credited just before ("the US newspaper", "the aid agency").
    pub(super) is_organisation_noun = "organisation-noun.txt"
);

word_list!(
    /// Organisation words that name no one organisation when they stand
    /// alone ("the Government said", "Police said").
    pub(super) is_generic_institution = "generic-institution.txt"
);

word_list!(
    /// Organisation nouns for news media, which may stand for the outlet a
    /// speaker told ("told the Guardian … the newspaper said").
    pub(super) is_media_noun = "media-noun.txt"
);

word_list!(
    /// Titles that mark a man, for telling "he" from "she".
    pub(super) is_male_title = "male-title.txt"
);

word_list!(
    /// Titles that mark a woman.
    pub(super) is_female_title = "female-title.txt"
);

word_list!(
    /// Words of place names, which look like a person's name otherwise
    /// ("Middle East", "Sri Lanka", "Crocus City Hall").
    [PLACE_WORDS] = "place-word.txt"
);

word_list!(
    /// Acronyms of countries, which qualify a description without naming a
    /// source ("the US newspaper").
    pub(super) is_country_acronym = "country-acronym.txt"
);

word_list!(
    /// Nouns of a time phrase that may stand between a subject and its verb
    /// ("this week", "last year").
    pub(super) is_time_noun = "time-noun.txt"
);

word_list!(
    /// Words that open an indirect question ("asked why", "asked if").
    pub(super) is_wh_word = "wh-word.txt"
);

word_list!(
    /// Prepositions that are never conjunctions: a pronoun after one is its
    /// object ("membership of it demanded"), never a subject.
    pub(super) is_preposition = "preposition.txt"
);

word_list!(
    /// Subject pronouns a cue verb can take.
    pub(super) is_pronoun = "pronoun.txt"
);

/// Prepositions that introduce a speaker's affiliation ("Clarke, of the
/// Soufan Centre"; "Kirsty Williams, for the Lib Dems").
pub(super) fn is_affiliation_preposition(w: &str) -> bool {
    matches!(w, "at" | "of" | "from" | "with" | "for")
}
