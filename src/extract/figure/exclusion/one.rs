//! "one" that counts nothing: a pronoun ("one of the", "no one", "a tough
//! one.", "the only one"), a determiner after a negation ("did not say one
//! word") and idioms ("at one point", "to one side").

use std::sync::LazyLock;

use super::Candidate;
use crate::extract::figure::qualifier::ends_qualifier;
use crate::extract::lexicon::{entries, word_list};
use crate::segment::TokenKind;

word_list!(
    /// Words after "one" that make it a pronoun ("one of", "one who").
    is_pronoun_after = "one-pronoun-after.txt"
);

word_list!(
    /// Words before "one" that make it a pronoun ("no one", "the one").
    is_pronoun_before = "one-pronoun-before.txt"
);

word_list!(
    /// Words before a lone "one" that ask for a number ("was one.", "to one").
    is_number_before = "one-number-before.txt"
);

word_list!(
    /// Negations: "one" after one is emphatic, not a count ("not one word").
    is_negation = "negations.txt"
);

/// Whether the candidate is the single word "one".
fn is_one(c: &Candidate) -> bool {
    c.a.number.is_spelled && c.a.value == 1.0 && c.first().is("one") && c.a.number.end == c.a.number_start + 1
}

/// "one of the most active parts", "no one", "the one", "a tough one.",
/// "the only one": "one" as a pronoun. Standing alone after a word it is a
/// pronoun unless the word asks for a number ("was one.") or is a qualifier
/// ("about one", "at least one").
pub(super) fn pronoun_one(c: &Candidate) -> bool {
    if !is_one(c) {
        return false;
    }
    let next = c.next();
    let before = c.prev().filter(|t| t.is_word()).map(|t| t.norm.as_str());
    let pronoun_next = next.is_some_and(|t| is_pronoun_after(&t.norm));
    let pronoun_before = before.is_some_and(is_pronoun_before);
    let stands_alone = next.is_none_or(|t| t.kind == TokenKind::Punct);
    let qualified = before.is_some_and(ends_qualifier);
    let number_context = before.is_some_and(is_number_before) || qualified;
    let start = c.a.number_start;
    let the_only = before == Some("only") && start >= 2 && c.cur.toks[start - 2].is("the");
    pronoun_next || pronoun_before || the_only || (stands_alone && before.is_some() && !number_context)
}

/// The phrases of `one-idioms.txt`, as words.
static IDIOMS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    include_str!("../../lexicon/lists/one-idioms.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| entries(l).collect())
        .collect()
});

/// "at one point", "to one side", "in one fell swoop" (an idiom), and "did
/// not say one word", "never one to" (after a negation in the three words
/// before): "one" as a determiner.
pub(super) fn idiom_one(c: &Candidate) -> bool {
    if !is_one(c) {
        return false;
    }
    let at = c.a.number_start;
    let toks = c.cur.toks;
    let idiom = IDIOMS.iter().any(|phrase| {
        let Some(k) = phrase.iter().position(|w| *w == "one") else { return false };
        at >= k && phrase.iter().enumerate().all(|(n, w)| toks.get(at - k + n).is_some_and(|t| t.is(w)))
    });
    let negated = toks[at.saturating_sub(3)..at].iter().any(|t| is_negation(&t.norm) || t.norm.ends_with("n't"));
    idiom || negated
}
