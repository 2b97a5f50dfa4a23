//! What a figure counts: the head noun of the phrase after it ("13 US
//! soldiers" → soldiers), found by position past adjectives, and whether the
//! figure is part of a rate ("two attacks every three days").

use crate::extract::lexicon::{
    is_frequency_adverb, is_function_word, is_past_verb, is_plural_noun, is_prenominal, month, word_list,
};
use crate::segment::{strip_possessive, Cursor, Token};

/// The head noun of the phrase starting at token `k`: up to six words,
/// stopping at the first plural or before a function word or a verb.
pub fn head_noun(toks: &[Token], k: usize, text: &str) -> Option<(String, usize)> {
    let content = |t: &Token| {
        let original = text.get(t.span.start..t.span.end).unwrap_or(&t.norm);
        let all_caps =
            original.chars().count() > 1 && original.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let is_content = t.is_word()
            && (all_caps || !is_function_word(&t.norm))
            && !is_frequency_adverb(&t.norm)
            && !(t.capitalized && month(&t.norm).is_some());
        (is_content, all_caps)
    };
    let mut head: Option<(&Token, usize)> = None;
    for (n, t) in toks.iter().enumerate().skip(k).take(6) {
        let (is_content, all_caps) = content(t);
        if !is_content {
            break;
        }
        let next_is_content = toks.get(n + 1).is_some_and(|next| content(next).0);
        // A verb right after the figure ("12 died", "300 fled") ends the phrase
        // unless it is a participle before a noun ("5 injured people").
        let before_noun = next_is_content && !is_verb_like(&toks[n + 1].norm);
        if is_verb_like(&t.norm) && !before_noun {
            break;
        }
        head = Some((t, n + 1));
        let plural = !all_caps && is_plural_noun(&t.norm);
        if plural && !is_prenominal(&t.norm) {
            break;
        }
    }
    head.map(|(t, end)| (strip_possessive(&t.norm).to_string(), end))
}

/// Whether a figure whose phrase ends before token `after` is part of a
/// rate: followed by "every", "per", "each" or "a day", or preceded by
/// "every" or "per" (token `before`). For money, "a" and any noun make a price per item ("£4 a leg", "$60 a
/// barrel"); for counts only units of time or people do ("100 a day").
pub(super) fn is_rate(toks: &[Token], before: Option<usize>, after: usize, is_money: bool) -> bool {
    let cur = Cursor::new(toks);
    let word = |k: usize| cur.word(k);
    let time = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "day"
                    | "week"
                    | "month"
                    | "year"
                    | "hour"
                    | "minute"
                    | "second"
                    | "decade"
                    | "night"
                    | "head"
                    | "person"
                    | "capita"
            )
        )
    };
    let numerator = match word(after) {
        Some("every" | "per" | "each") => true,
        Some("a" | "an") => time(word(after + 1)) || (is_money && word(after + 1).is_some()),
        _ => false,
    };
    numerator || before.and_then(word).is_some_and(|w| matches!(w, "every" | "per"))
}

/// Past tenses, participles and common verbs that follow a count as its
/// verb: "-ed" and "-ing" words, the irregular past tenses and the verbs of
/// `count-verbs.txt`.
fn is_verb_like(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 3) || (w.ends_with("ing") && w.len() > 4) || is_past_verb(w) || is_count_verb(w)
}

word_list!(
    /// Verbs besides the past tenses that may follow a count ("remain", "die").
    is_count_verb = "count-verbs.txt"
);
