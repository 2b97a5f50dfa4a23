//! The words that change constructions are read by: the change words, the
//! words that mark a figure's role, the fillers between them, and the words
//! that end a clause.

use crate::extract::lexicon::{is_contrast_conjunction, word_list};

/// The words a change construction may turn on: the direction particles
/// "up", "down" and "back", the change verbs and the change nouns.
pub(crate) fn change_words() -> impl Iterator<Item = &'static str> {
    ["up", "down", "back"].into_iter().chain([&CHANGE_VERBS, &CHANGE_NOUNS].into_iter().flat_map(|l| l.words()))
}

word_list!(
    /// Verbs (and nouns of the same form) that report a change of a level,
    /// in every inflection news copy uses, and the comparative "higher"
    /// ("closed 3% higher at 200p").
    pub(super) is_change_verb [CHANGE_VERBS] = "change-verb.txt"
);

word_list!(
    /// Nouns that name a change and are never verbs ("growth of 2%").
    pub(super) is_change_noun [CHANGE_NOUNS] = "change-noun.txt"
);

word_list!(
    /// Singular nouns and comparatives that take the size of a change just
    /// before them: "a 2% rise", "a £3bn cut", "3% higher".
    pub(super) is_sized_change = "sized-change.txt"
);

word_list!(
    /// Verbs whose "up" or "down" names the direction of a change even
    /// before "to" ("revised up to 245,000", "edged down to 4.9%"), where
    /// "up to" would otherwise be a bound.
    pub(super) is_particle_head = "particle-head.txt"
);

word_list!(
    /// Verbs whose "up" or "down" is no change ("set up 3 firms", "shot down
    /// two drones", "made up 40% of sales").
    pub(super) is_idiom_head = "idiom-head.txt"
);

word_list!(
    /// Verbs whose amount of money right after them is money raised, not a
    /// change: "raised £3m for charity" (a change takes "by" or "to").
    pub(super) is_fundraising_verb = "fundraising-verb.txt"
);

word_list!(
    /// Words that may stand between a role word and its figure, besides the
    /// level nouns: "by a further 2%", "from a revised 53.3", "rose a strong
    /// 0.7%".
    pub(super) is_filler = "filler.txt"
);

word_list!(
    /// Nouns that name a level: they take it after "of" ("a high of 40", "a
    /// previous estimate of 3.7%") or just before them ("the £1.5bn mark").
    pub(super) is_level_noun = "level-noun.txt"
);

word_list!(
    /// Words that show a change word is a noun when they stand just before
    /// it: "a rise of 2%", "the sharp fall", "its biggest drop".
    pub(super) is_noun_sign = "noun-sign.txt"
);

word_list!(
    /// Words before "to" or "from" that make it part of another phrase
    /// ("due to 300 job losses", "apart from 2%").
    pub(super) is_phrase_lead = "phrase-lead.txt"
);

word_list!(
    /// Words that open a new clause after a comma or a dash ("…, while
    /// profits fell"), ending the reach of a change word.
    pub(super) is_clause_opener = "clause-opener.txt"
);

/// Conjunctions that open a new clause with or without a comma: the
/// contrasting ones and those of [`is_turn_conjunction`].
pub(super) fn is_clause_conjunction(w: &str) -> bool {
    is_contrast_conjunction(w) || is_turn_conjunction(w)
}

word_list!(
    /// Conjunctions besides the contrasting ones that end a change's reach
    /// ("because", "after", "when").
    is_turn_conjunction = "turn-conjunctions.txt"
);

word_list!(
    /// Words that start a new subject after "and" or "or" ("… and the firm
    /// hired 300 staff").
    pub(super) is_subject_start = "subject-start.txt"
);
