//! Match scores, votes and odds ("won 2-1", "6-4 6-4 7-6 (7-2)", "Hearts
//! 2-1 Livingston", "voted 8-1", "a 9-4 favourite"): two small numbers
//! joined by a dash that something frames as a score. They are skipped
//! before any figure is read.

use crate::extract::lexicon::{currency, scale_suffix, scale_word, word_list};
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

word_list!(
    /// Words that frame a match score ("won 2-1", "a 3-0 defeat").
    is_score_word = "score-words.txt"
);

/// The token after a match score "2-1", a run of set scores "6-4 6-4" with
/// tie-breaks in brackets ("7-6 (7-2)"), a vote "8-1" or odds "5-2" at
/// token `i`: both sides small, and framed by a score word, by another score
/// of the run, or by two names ("Hearts 2-1 Livingston").
pub(in crate::extract::figure) fn score_end(toks: &[Token], i: usize) -> Option<usize> {
    let is_score = |k: usize| {
        let (Some(a), Some(dash), Some(b)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2)) else {
            return false;
        };
        a.kind == TokenKind::Number
            && (dash.is_punct('-') || dash.is_punct('–'))
            && b.kind == TokenKind::Number
            && adjacent(a, dash)
            && adjacent(dash, b)
            && a.norm.len() <= 2
            && b.norm.len() <= 2
    };
    let bracketed = |k: usize| {
        toks.get(k).is_some_and(|t| t.is_punct('('))
            && is_score(k + 1)
            && toks.get(k + 4).is_some_and(|t| t.is_punct(')'))
    };
    if !is_score(i) {
        return None;
    }
    let mut end = i + 3;
    let mut scores = 1;
    // The sets of "won 6-4 6-4 7-6 (7-2)" follow the first score.
    loop {
        if is_score(end) {
            end += 3;
        } else if bracketed(end) {
            end += 5;
        } else {
            break;
        }
        scores += 1;
    }
    // "up 3-4%", "2-3 million", "10-12 years": a range, not a score.
    let measured = toks.get(end).is_some_and(|t| {
        t.is_punct('%')
            || scale_word(&t.norm).is_some()
            || scale_suffix(&t.norm).is_some()
            || currency(&t.norm).is_some()
            || matches!(t.norm.as_str(), "per" | "percent" | "pc" | "cent" | "year" | "years" | "month" | "months")
    });
    if measured {
        return None;
    }
    let word_before = toks[i.saturating_sub(3)..i].iter().any(|t| is_score_word(&t.norm));
    // After the score, a competition's name may come first ("a 2-1 Uefa
    // Cup win").
    let named = toks[end..].iter().take(4).take_while(|t| t.is_word() && t.capitalized).count();
    let word_after = toks[end + named..toks.len().min(end + named + 2)].iter().any(|t| is_score_word(&t.norm));
    let made_it = i >= 1 && toks[i - 1].is("it");
    let between_names =
        i >= 1 && toks[i - 1].capitalized && toks[i - 1].is_word() && toks.get(end).is_some_and(|t| t.capitalized);
    (word_before || word_after || made_it || between_names || scores > 1).then_some(end)
}
