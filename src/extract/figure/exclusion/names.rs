//! Numbers inside names and titles: "G7", "Covid-19", "Channel 4", "Toy
//! Story 2", "Half-Life 2 keys", "6 Music", the album "19", "Six Nations";
//! ranks and chart positions ("number three", "No 3", "the top ten"); and
//! distances that name a race ("the 800m").

use super::Candidate;
use crate::extract::figure::qualifier::ends_qualifier;
use crate::extract::figure::FigureKind;
use crate::extract::lexicon::{self, is_function_word, is_numbered_name, month, weekday, word_list};
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

word_list!(
    /// Capitalised words that follow a station's number ("6 Music", "5 Live").
    is_station_word = "station-words.txt"
);

word_list!(
    /// Nouns a race distance may name ("the 400m final", "the 200m freestyle").
    is_race_noun = "race-nouns.txt"
);

/// Whether `t` is a plural noun, one a number could count ("24 stations").
fn is_plural_noun(t: &Token) -> bool {
    t.is_word() && !is_function_word(&t.norm) && lexicon::is_plural_noun(&t.norm)
}

/// Whether the candidate is plain digits counted by nothing larger: no
/// scale, at most four digits.
fn is_plain_number(c: &Candidate) -> bool {
    let first = c.first();
    first.kind == TokenKind::Number
        && first.norm.bytes().all(|b| b.is_ascii_digit())
        && first.norm.len() <= 4
        && c.a.number.scale == 1.0
        && c.a.kind == FigureKind::Number
}

/// "G7", "A380", "E4": digits glued to the letters before them.
pub(super) fn glued_name(c: &Candidate) -> bool {
    c.first().kind == TokenKind::Number && c.prev().is_some_and(|p| p.is_word() && adjacent(p, c.first()))
}

/// "Covid-19", "F-16": a word, a hyphen and digits (but "5k-20k" is a range).
pub(super) fn hyphen_name(c: &Candidate) -> bool {
    let (toks, at) = (c.cur.toks, c.a.number_start);
    if c.first().kind != TokenKind::Number || at < 2 {
        return false;
    }
    let (w, h) = (&toks[at - 2], &toks[at - 1]);
    let suffix_of_number = at >= 3 && toks[at - 3].kind == TokenKind::Number && adjacent(&toks[at - 3], w);
    let hyphen = h.is_punct('-') || h.is_punct('‐');
    w.is_word() && hyphen && adjacent(w, h) && adjacent(h, c.first()) && !suffix_of_number
}

/// "Channel 4", "Section 28", "Radio 4", "Apollo 13": digits after a
/// capitalised word that names things by number.
pub(super) fn numbered_name(c: &Candidate) -> bool {
    c.first().kind == TokenKind::Number
        && c.a.kind == FigureKind::Number
        && c.prev().is_some_and(|p| p.is_word() && p.capitalized && is_numbered_name(&p.norm))
}

/// "number three", "at number seven", "the world's number one carmaker",
/// "No 3", "No. 1": a number after "number" or "No" is a rank, not a count.
pub(super) fn rank(c: &Candidate) -> bool {
    let cur = c.cur;
    let at = c.a.number_start;
    let word_before = |k: usize| k.checked_sub(1).and_then(|p| cur.toks.get(p));
    let (mark, k) = match word_before(at) {
        Some(t) if t.is_punct('.') => (word_before(at - 1), at - 1),
        other => (other, at),
    };
    let Some(mark) = mark.filter(|t| t.is_word()) else { return false };
    let dotted = k < at;
    match mark.norm.as_str() {
        "number" => c.a.kind == FigureKind::Number,
        "no" | "nos" => (mark.capitalized || dotted) && c.first().kind == TokenKind::Number,
        _ => false,
    }
}

/// "the top ten", "in the top 20": a number after "top" that counts no
/// plural noun is a position in a chart ("the top 10 gadgets" counts).
pub(super) fn chart_position(c: &Candidate) -> bool {
    c.a.kind == FigureKind::Number && c.prev().is_some_and(|p| p.is("top")) && !c.next().is_some_and(is_plural_noun)
}

/// "Toy Story 2", "Half-Life 2 keys", "Onimusha 3 earlier", "the Hot 100
/// chart", "Top 40 Countdown", "Windows 2000": plain digits after a
/// capitalised word of a name are part of a title. A name is a capitalised
/// word that is not ordinary (a month, a weekday, a function word, a
/// qualifier, a possessive) and not the sentence's first word, or a
/// hyphenated name ("Half-Life") anywhere. The number stays a count before
/// a plural noun it counts ("Iraq 20 people"), unless a run of two
/// capitalised words or a hyphenated name stands before it.
pub(super) fn title_number(c: &Candidate) -> bool {
    if !is_plain_number(c) {
        return false;
    }
    let toks = c.cur.toks;
    let Some(p) = c.prev().filter(|p| p.is_word() && p.capitalized) else { return false };
    let ordinary = month(&p.norm).is_some()
        || weekday(&p.norm).is_some()
        || is_function_word(&p.norm)
        || p.norm.ends_with("'s")
        || ends_qualifier(&p.norm);
    let hyphenated = p.norm.contains('-') && p.norm.split('-').count() >= 2 && is_capitalised_compound(c, p);
    let at_start = c.a.number_start == 1;
    if ordinary || (at_start && !hyphenated) {
        return false;
    }
    let before = c.a.number_start.checked_sub(2).map(|k| &toks[k]);
    let run = hyphenated || before.is_some_and(|b| b.is_word() && b.capitalized && !is_function_word(&b.norm));
    let next = c.next();
    let ends_name = next.is_none_or(|n| n.kind == TokenKind::Punct || n.capitalized);
    let names_no_count = next.is_some_and(|n| {
        n.is_word()
            && (is_function_word(&n.norm) || !(is_plural_noun(n) || n.norm.ends_with("ed") || n.norm.ends_with("ing")))
    });
    run || ends_name || names_no_count
}

/// Whether every part of the hyphenated word `p` starts with a capital
/// letter in the text ("Half-Life", not "Anglo-style").
fn is_capitalised_compound(c: &Candidate, p: &Token) -> bool {
    let written = c.scan.get(p.span.start..p.span.end).unwrap_or("");
    written.split(['-', '‐']).all(|part| part.starts_with(char::is_uppercase))
}

/// "6 Music", "5 Live": digits before the name of a station.
pub(super) fn station(c: &Candidate) -> bool {
    c.first().kind == TokenKind::Number
        && c.a.kind == FigureKind::Number
        && c.next().is_some_and(|n| n.is_word() && n.capitalized && is_station_word(&n.norm))
}

/// The album "19", the film "9": a number alone in quotation marks is a
/// title.
pub(super) fn quoted_title(c: &Candidate) -> bool {
    let quote = |t: Option<&Token>| {
        t.is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "“" | "”" | "'" | "‘"))
    };
    let open = quote(c.prev()) && c.prev().is_some_and(|p| adjacent(p, c.first()));
    let closing = c.cur.toks.get(c.a.end);
    let close = quote(closing) && closing.is_some_and(|t| adjacent(&c.cur.toks[c.a.end - 1], t));
    open && close && c.a.kind == FigureKind::Number
}

/// "the 800m", "her 1500m", "the 400m final", "both the 800m and 1500m":
/// a whole number of fifty or more with a glued "m", after a determiner, a
/// possessive or a capitalised word (or another such distance and "and"),
/// and before no plural noun it could count, is a race, not millions.
pub(super) fn race_distance(c: &Candidate) -> bool {
    let toks = c.cur.toks;
    let end = c.a.number.end;
    let glued_m = end >= 2 && c.last().is("m") && adjacent(&toks[end - 2], c.last());
    let whole = c.a.number.value / c.a.number.scale;
    if !glued_m || c.a.kind != FigureKind::Number || whole < 50.0 || whole.fract() != 0.0 {
        return false;
    }
    let is_distance_at = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            && toks.get(k + 1).is_some_and(|t| t.is("m") && adjacent(&toks[k], t))
    };
    let start = c.a.number_start;
    let framed = c.prev().is_some_and(|p| {
        matches!(p.norm.as_str(), "the" | "her" | "his" | "their" | "its")
            || (p.is_word() && p.capitalized && start > 1)
            || (matches!(p.norm.as_str(), "and" | "or") && start >= 3 && is_distance_at(start - 3))
    });
    let next = c.next();
    framed && !next.is_some_and(|n| is_plural_noun(n) && !is_race_noun(&n.norm))
}

/// "Six Nations", "BBC Three", the single "Two Hearts": a capitalised number
/// word inside a run of capitalised words is part of a name (a sentence's
/// first word is not).
pub(super) fn name_word(c: &Candidate) -> bool {
    let capital = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.capitalized);
    c.a.number.is_spelled
        && c.first().capitalized
        && c.a.number_start > 0
        && (capital(c.after_number()) || capital(c.prev()))
}
