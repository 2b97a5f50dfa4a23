//! Numbers that are codes, ordinals or times: phone numbers ("0800 123
//! 456", "+1-222-2222"), "21st", "3D", "5pm", "9/11", "24/7", "10:30",
//! "5 o'clock", "10 GMT".

use std::sync::LazyLock;

use regex::Regex;

use super::Candidate;
use crate::extract::figure::FigureKind;
use crate::extract::lexicon::word_list;
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

word_list!(
    /// Unit suffixes written against the digits ("10km", "5kg", "2Mbps").
    is_measure_suffix = "measure-suffixes.txt"
);

/// "+1-222-2222", "123-12-1234": one link of a chain of three or more
/// numbers joined by hyphens or slashes, or after a "+" that opens a phone
/// number.
pub(super) fn number_chain(c: &Candidate) -> bool {
    c.first().kind == TokenKind::Number && in_number_chain(c.cur.toks, c.a.number_start)
}

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

/// "0800", "020": digits with a leading zero are a code.
pub(super) fn leading_zero(c: &Candidate) -> bool {
    let n = &c.first().norm;
    c.first().kind == TokenKind::Number && n.len() >= 3 && n.starts_with('0') && !n.starts_with("0.")
}

/// "21st", "3D", "4G", "5pm": digits glued to letters after them that are
/// no scale and no unit of measure.
pub(super) fn glued_suffix(c: &Candidate) -> bool {
    let Some(next) = c.after_number().filter(|n| n.is_word() && adjacent(c.last(), n)) else { return false };
    let ordinal = matches!(next.norm.as_str(), "st" | "nd" | "rd" | "th");
    ordinal || (c.a.end == c.a.number.end && !is_measure_suffix(&next.norm))
}

/// "9/11", "24/7": numbers joined by a slash name a day or a rota.
pub(super) fn slash_pair(c: &Candidate) -> bool {
    let (toks, at) = (c.cur.toks, c.a.number.end);
    c.after_number().is_some_and(|n| n.is_punct('/') && adjacent(c.last(), n))
        && toks.get(at + 1).is_some_and(|t| t.kind == TokenKind::Number && adjacent(&toks[at], t))
}

/// "10:30", and the second half of "10:30" or "9/11".
pub(super) fn clock_time(c: &Candidate) -> bool {
    let toks = c.cur.toks;
    let colon_next = c.after_number().is_some_and(|n| n.is_punct(':') && adjacent(c.last(), n))
        && toks.get(c.a.number.end + 1).is_some_and(|t| t.kind == TokenKind::Number);
    let start = c.a.number_start;
    let joined_before = c.prev().is_some_and(|p| (p.is_punct(':') || p.is_punct('/')) && adjacent(p, c.first()))
        && start >= 2
        && toks[start - 2].kind == TokenKind::Number;
    colon_next || joined_before
}

static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s?(?:[ap]\.?m\b\.?|o'clock|o’clock|GMT\b|BST\b|CET\b|EST\b|hrs\b)")
        .expect("time pattern is valid")
});

/// "5 pm", "5 p.m.", "10 o'clock", "2300 GMT": a count followed by a
/// mark of the time of day.
pub(super) fn time_of_day(c: &Candidate) -> bool {
    c.a.kind == FigureKind::Number && TIME_AFTER.is_match(c.scan.get(c.last().span.end..).unwrap_or(""))
}
