//! Reading one number at a token position: digits ("2,200", "1 234 567",
//! "1.5", ".08"), scale suffixes ("10m", "£3bn", "40k", "10 bln"), digit
//! fractions ("3/4", "2 1/4", "2½", "¾"), and numbers in words
//! up to the trillions with their fractions ("a hundred and forty", "three
//! dozen", "half a million", "two-thirds", "1.5 million").

mod fraction;
mod words;

use crate::extract::lexicon::{is_dozen, scale_suffix, scale_word};
use crate::segment::{Token, TokenKind};
use words::read_words;

/// A number read from a run of tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// Its value.
    pub value: f64,
    /// Index of the first token after it.
    pub end: usize,
    /// Written (at least partly) in words.
    pub is_spelled: bool,
    /// A fraction below one ("a third", "3/4").
    pub is_fraction: bool,
    /// The scale word or suffix that multiplied it (1 when none).
    pub scale: f64,
    /// Ends inside a hyphened word whose rest is a unit or "odd" ("six-year",
    /// "twenty-odd"): the rest is read by the figure.
    pub is_compound: bool,
}

/// Reads the number that starts at token `i`, if one does. `scan` is the text
/// the tokens were read from (needed to see the gaps between them).
pub fn read_number(toks: &[Token], i: usize, scan: &str) -> Option<Number> {
    let t = toks.get(i)?;
    match t.kind {
        TokenKind::Number => {
            // "1.5 million", "3 hundred and 21": digits that words multiply.
            let multiplied = toks.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && !adjacent(t, n)
                    && (n.is("hundred") || is_dozen(&n.norm) || scale_word(&n.norm).is_some())
            });
            multiplied.then(|| read_words(toks, i)).flatten().or_else(|| read_digits(toks, i, scan))
        }
        TokenKind::Word => read_words(toks, i),
        TokenKind::Punct => {
            let value = vulgar_fraction(&t.norm)?;
            Some(Number { value, end: i + 1, is_spelled: false, is_fraction: true, scale: 1.0, is_compound: false })
        }
    }
}

/// Whether tokens `a` and `b` touch, with no gap.
pub fn adjacent(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

fn digits_value(norm: &str) -> Option<f64> {
    norm.replace(',', "").parse().ok()
}

/// The value of a fraction character ("½", "¾").
fn vulgar_fraction(s: &str) -> Option<f64> {
    let (n, d) = match s {
        "½" => (1.0, 2.0),
        "⅓" => (1.0, 3.0),
        "⅔" => (2.0, 3.0),
        "¼" => (1.0, 4.0),
        "¾" => (3.0, 4.0),
        "⅕" => (1.0, 5.0),
        "⅖" => (2.0, 5.0),
        "⅗" => (3.0, 5.0),
        "⅘" => (4.0, 5.0),
        "⅙" => (1.0, 6.0),
        "⅚" => (5.0, 6.0),
        "⅛" => (1.0, 8.0),
        "⅜" => (3.0, 8.0),
        "⅝" => (5.0, 8.0),
        "⅞" => (7.0, 8.0),
        _ => return None,
    };
    Some(n / d)
}

fn read_digits(toks: &[Token], i: usize, scan: &str) -> Option<Number> {
    let first = &toks[i];
    let mut value = digits_value(&first.norm)?;
    let mut end = i + 1;
    let gap = |end: usize| scan.get(toks[end - 1].span.end..toks[end].span.start).unwrap_or("");
    // Thousands groups separated by a space: "1 234 567", "1 234 567.89".
    let plain = |t: &Token| t.kind == TokenKind::Number && t.norm.bytes().all(|b| b.is_ascii_digit());
    if plain(first) && first.norm.len() <= 3 {
        while let Some(next) = toks.get(end) {
            let whole = next.norm.split('.').next().unwrap_or("");
            let is_group = next.kind == TokenKind::Number
                && whole.len() == 3
                && whole.bytes().all(|b| b.is_ascii_digit())
                && matches!(gap(end), " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
            if !is_group {
                break;
            }
            value = value * 1000.0 + digits_value(&next.norm)?;
            end += 1;
            if next.norm.contains('.') {
                break;
            }
        }
    }
    if end == i + 1 {
        if let Some(fraction) = digit_fraction(toks, i) {
            return Some(fraction);
        }
        // "2 1/4", "2½": a whole number and a fraction.
        let next = toks.get(end);
        let part = match next {
            Some(n)
                if plain(first) && n.kind == TokenKind::Number && gap(end).len() <= 3 && gap(end).trim().is_empty() =>
            {
                digit_fraction(toks, end).map(|f| (f.value, f.end))
            }
            Some(n) if adjacent(first, n) => vulgar_fraction(&n.norm).map(|v| (v, end + 1)),
            _ => None,
        };
        if let Some((fraction, after)) = part {
            return Some(Number {
                value: value + fraction,
                end: after,
                is_spelled: false,
                is_fraction: false,
                scale: 1.0,
                is_compound: false,
            });
        }
    }
    let mut number = Number { value, end, is_spelled: false, is_fraction: false, scale: 1.0, is_compound: false };
    apply_suffix(toks, &mut number);
    Some(number)
}

/// "3/4": a fraction with a small denominator, not part of a date ("3/4/2021")
/// nor a name ("9/11").
fn digit_fraction(toks: &[Token], i: usize) -> Option<Number> {
    let (num, slash, den) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    if !(slash.is_punct('/') && adjacent(num, slash) && adjacent(slash, den) && den.kind == TokenKind::Number) {
        return None;
    }
    if toks.get(i + 3).is_some_and(|t| t.is_punct('/') && adjacent(den, t)) {
        return None;
    }
    let (n, d) = (digits_value(&num.norm)?, digits_value(&den.norm)?);
    let small = [2.0, 3.0, 4.0, 5.0, 8.0, 10.0].contains(&d);
    (small && n > 0.0 && n < d).then_some(Number {
        value: n / d,
        end: i + 3,
        is_spelled: false,
        is_fraction: true,
        scale: 1.0,
        is_compound: false,
    })
}

/// Applies a scale suffix: against the digits ("10m", "£3bn", "40k") or,
/// for abbreviations that cannot be a unit, after a space ("10 bn", "10 bln").
fn apply_suffix(toks: &[Token], number: &mut Number) {
    let Some(next) = toks.get(number.end).filter(|t| t.is_word()) else {
        return;
    };
    let glued = adjacent(&toks[number.end - 1], next);
    let spaced_ok = matches!(next.norm.as_str(), "bn" | "bln" | "mn" | "mln" | "tn" | "tln" | "trn");
    // "$1MM" in finance is a million; "10mm" is ten millimetres.
    let finance_mm = glued && next.norm == "mm" && next.capitalized;
    let scale = if finance_mm { Some(1e6) } else { scale_suffix(&next.norm).filter(|_| glued || spaced_ok) };
    if let Some(scale) = scale {
        number.value *= scale;
        number.scale *= scale;
        number.end += 1;
    }
}

#[cfg(test)]
mod tests;
