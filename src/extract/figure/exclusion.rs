//! Numbers that are not figures: names and identifiers ("G7", "Covid-19",
//! "Channel 4", "9/11"), ordinals, times of day, match scores, phone numbers
//! and "one" used as a pronoun. Each rule looks only at the tokens around the
//! number.

use std::sync::LazyLock;

use regex::Regex;

use super::amount::Amount;
use super::qualifier::PREFIXES;
use super::FigureKind;
use crate::extract::lexicon::{currency, is_function_word, is_numbered_name, month, scale_suffix, scale_word, weekday};
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

/// Words that frame a match score ("won 2-1", "a 3-0 defeat").
fn is_score_word(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "win"
            | "wins"
            | "lost"
            | "lose"
            | "loses"
            | "drew"
            | "draw"
            | "beat"
            | "beaten"
            | "defeated"
            | "victory"
            | "defeat"
            | "loss"
            | "lead"
            | "led"
            | "trail"
            | "trailed"
            | "scoreline"
            | "thrashing"
            | "aggregate"
            | "score"
            | "scored"
            | "winner"
            | "winners"
            | "winning"
            | "losing"
            | "drawing"
            | "beating"
            | "leading"
            | "trailing"
            | "ahead"
            | "behind"
            | "down"
            | "up"
            | "triumph"
            | "success"
            | "humiliation"
            | "thrashed"
            | "tie"
            | "tiebreak"
            | "tie-break"
            | "deficit"
            | "margin"
            | "result"
            | "decision"
            | "vote"
            | "voted"
            | "verdict"
            | "majority"
            | "odds"
            | "favourite"
            | "favorite"
            | "shot"
            | "outsider"
            | "against"
    )
}

/// Unit suffixes written against the digits ("10km", "5kg").
fn measure_suffix(w: &str) -> bool {
    matches!(
        w,
        "km" | "kg"
            | "mph"
            | "kph"
            | "cm"
            | "mm"
            | "ft"
            | "lb"
            | "lbs"
            | "oz"
            | "mw"
            | "gw"
            | "kw"
            | "kwh"
            | "ml"
            | "hz"
            | "ghz"
            | "mhz"
            | "gb"
            | "mb"
            | "tb"
            | "sq"
            | "km2"
            | "ha"
            | "st"
            | "nd"
            | "rd"
            | "th"
    )
}

static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s?(?:[ap]\.?m\b\.?|o'clock|GMT\b|BST\b|CET\b|EST\b|hrs\b|[ap]m\b)").expect("time pattern is valid")
});

/// Why a number must not be read as a figure, judged around its tokens.
/// The tokens are one sentence's, so index 0 opens the sentence.
pub(super) fn is_not_a_figure(toks: &[Token], a: &Amount, scan: &str) -> bool {
    let first = &toks[a.number_start];
    let last = &toks[a.number.end - 1];
    let prev = a.number_start.checked_sub(1).map(|p| &toks[p]);
    if first.kind == TokenKind::Number {
        // "G7", "A380": digits glued to letters before them.
        if prev.is_some_and(|p| p.is_word() && adjacent(p, first)) {
            return true;
        }
        // "Covid-19", "F-16": a word, a hyphen and digits (but "5k-20k" is a range).
        if a.number_start >= 2 {
            let (w, h) = (&toks[a.number_start - 2], &toks[a.number_start - 1]);
            let suffix_of_number = a.number_start >= 3
                && toks[a.number_start - 3].kind == TokenKind::Number
                && adjacent(&toks[a.number_start - 3], w);
            let hyphen = h.is_punct('-') || h.is_punct('‐');
            if w.is_word() && hyphen && adjacent(w, h) && adjacent(h, first) && !suffix_of_number {
                return true;
            }
        }
        // Phone numbers and codes: "+1-222-2222", "123-12-1234".
        if in_number_chain(toks, a.number_start) {
            return true;
        }
        // Phone numbers and codes with a leading zero: "0800", "020".
        if first.norm.len() >= 3 && first.norm.starts_with('0') && !first.norm.starts_with("0.") {
            return true;
        }
        // "Channel 4", "Section 28", "Windows 2000".
        if let Some(p) = prev.filter(|p| p.is_word() && p.capitalized && a.kind == FigureKind::Number) {
            let plain = first.norm.bytes().all(|b| b.is_ascii_digit());
            let at_start = a.number_start == 1;
            if is_numbered_name(&p.norm) {
                return true;
            }
            let next = toks.get(a.end);
            let name_like_follow = next.is_none_or(|n| n.kind == TokenKind::Punct || n.capitalized);
            let ordinary = month(&p.norm).is_some()
                || weekday(&p.norm).is_some()
                || is_function_word(&p.norm)
                || PREFIXES.iter().any(|(w, _)| w.last() == Some(&p.norm.as_str()));
            if plain && !at_start && !ordinary && name_like_follow && first.norm.len() <= 4 && a.number.scale == 1.0 {
                return true;
            }
        }
    }
    // "21st", "3D", "4G", "5pm": digits glued to letters after them.
    if let Some(next) = toks.get(a.number.end) {
        if next.is_word() && adjacent(last, next) && a.end == a.number.end && !measure_suffix(&next.norm) {
            return true;
        }
        if let Some(n) = toks.get(a.number.end) {
            if matches!(n.norm.as_str(), "st" | "nd" | "rd" | "th") && adjacent(last, n) {
                return true;
            }
        }
        // "9/11", "24/7": numbers joined by a slash name a day or a rota.
        if next.is_punct('/')
            && adjacent(last, next)
            && toks.get(a.number.end + 1).is_some_and(|t| t.kind == TokenKind::Number && adjacent(next, t))
        {
            return true;
        }
        // "10:30"
        if next.is_punct(':')
            && adjacent(last, next)
            && toks.get(a.number.end + 1).is_some_and(|t| t.kind == TokenKind::Number)
        {
            return true;
        }
    }
    if prev.is_some_and(|p| (p.is_punct(':') || p.is_punct('/')) && adjacent(p, first))
        && a.number_start >= 2
        && toks[a.number_start - 2].kind == TokenKind::Number
    {
        return true;
    }
    if TIME_AFTER.is_match(scan.get(last.span.end..).unwrap_or("")) && a.kind == FigureKind::Number {
        return true;
    }
    // "Six Nations", "BBC Three": a capitalised number word inside a run of
    // capitalised words is part of a name (a sentence's first word is not).
    if a.number.is_spelled && first.capitalized && a.number_start > 0 {
        let capital = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.capitalized);
        if capital(toks.get(a.number.end)) || capital(prev) {
            return true;
        }
    }
    // "one of the most active parts", "no one", "the one", "a tough one."
    if a.number.is_spelled && a.value == 1.0 && first.is("one") && a.number.end == a.number_start + 1 {
        let next = toks.get(a.end);
        let before = prev.filter(|t| t.is_word()).map(|t| t.norm.as_str());
        let pronoun_next = next.is_some_and(|t| {
            matches!(t.norm.as_str(), "of" | "another" | "'s" | "by" | "who" | "that" | "which" | "day")
        });
        let pronoun_before = matches!(
            before,
            Some("no" | "the" | "this" | "that" | "any" | "every" | "each" | "which" | "someone" | "anyone")
        );
        // Standing alone after a word, "one" is a pronoun ("a tough one.",
        // "the only one"), unless the word asks for a number ("was one.").
        let stands_alone = next.is_none_or(|t| t.kind == TokenKind::Punct);
        let number_context = matches!(
            before,
            Some(
                "is" | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "to"
                    | "than"
                    | "at"
                    | "from"
                    | "just"
                    | "exactly"
                    | "number"
                    | "and"
                    | "or"
            )
        );
        // A qualifier asks for a number too ("about one", "at least one").
        let qualified = before.is_some_and(|b| PREFIXES.iter().any(|(w, _)| w.last() == Some(&b)));
        let number_context = number_context || qualified;
        let the_only = before == Some("only") && a.number_start >= 2 && toks[a.number_start - 2].is("the");
        if pronoun_next || pronoun_before || the_only || (stands_alone && before.is_some() && !number_context) {
            return true;
        }
    }
    false
}

/// Whether the digits at token `at` are one link of a chain of three or more
/// numbers joined by hyphens or slashes ("1-222-2222", "123-12-1234"), or
/// follow a "+" that opens a phone number ("+1-222").
fn in_number_chain(toks: &[Token], at: usize) -> bool {
    let link = |k: usize| {
        let (Some(a), Some(sep), Some(b)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2)) else {
            return false;
        };
        a.kind == TokenKind::Number
            && (sep.is_punct('-') || sep.is_punct('/'))
            && b.kind == TokenKind::Number
            && adjacent(a, sep)
            && adjacent(sep, b)
    };
    let mut first = at;
    while first >= 2 && link(first - 2) {
        first -= 2;
    }
    let mut last = at;
    while link(last) {
        last += 2;
    }
    let phone_plus = first > 0 && toks[first - 1].is_punct('+') && adjacent(&toks[first - 1], &toks[first]);
    last - first >= 4 || (phone_plus && last > first)
}

/// A match score "2-1", a run of set scores "6-4 6-4" with tie-breaks in
/// brackets ("7-6 (7-2)"), a vote "8-1" or odds "5-2": both sides small,
/// and framed by a score word, by another score of the run, or by two
/// names ("Hearts 2-1 Livingston").
pub(super) fn score_end(toks: &[Token], i: usize) -> Option<usize> {
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
