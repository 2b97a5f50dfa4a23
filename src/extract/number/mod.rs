//! Reading one number at a token position: digits ("2,200", "1 234 567",
//! "1.5", ".08"), scale words and suffixes ("1.5 million", "10m", "£3bn"),
//! fractions ("3/4", "a third", "two-thirds", "half a million") and numbers
//! in words up to the trillions ("a hundred and forty", "three dozen",
//! "one and a half").

mod words;

use crate::extract::lexicon::{scale_suffix, scale_word};
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
}

/// Reads the number that starts at token `i`, if one does. `scan` is the text
/// the tokens were read from (needed to see the gaps between them).
pub fn read_number(toks: &[Token], i: usize, scan: &str) -> Option<Number> {
    match toks.get(i)?.kind {
        TokenKind::Number => read_digits(toks, i, scan),
        TokenKind::Word => read_words(toks, i),
        TokenKind::Punct => None,
    }
}

/// Whether tokens `a` and `b` touch, with no gap.
pub fn adjacent(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

fn digits_value(norm: &str) -> Option<f64> {
    norm.replace(',', "").parse().ok()
}

fn read_digits(toks: &[Token], i: usize, scan: &str) -> Option<Number> {
    let first = &toks[i];
    let mut value = digits_value(&first.norm)?;
    let mut end = i + 1;
    // Thousands groups separated by a space: "1 234 567".
    let plain = |t: &Token| t.kind == TokenKind::Number && t.norm.bytes().all(|b| b.is_ascii_digit());
    if plain(first) && first.norm.len() <= 3 {
        while let Some(next) = toks.get(end) {
            let gap = scan.get(toks[end - 1].span.end..next.span.start).unwrap_or("");
            let is_group =
                plain(next) && next.norm.len() == 3 && matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
            if !is_group {
                break;
            }
            value = value * 1000.0 + digits_value(&next.norm)?;
            end += 1;
        }
    }
    let mut number = Number { value, end, is_spelled: false, is_fraction: false, scale: 1.0 };
    if end == i + 1 {
        if let Some(fraction) = digit_fraction(toks, i) {
            return Some(fraction);
        }
    }
    apply_scale(toks, &mut number);
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
    })
}

/// Applies a scale suffix ("10m") or scale words ("1.5 million") after a number.
pub(super) fn apply_scale(toks: &[Token], number: &mut Number) {
    let Some(next) = toks.get(number.end) else {
        return;
    };
    if next.is_word() && adjacent(&toks[number.end - 1], next) {
        if let Some(scale) = scale_suffix(&next.norm) {
            number.value *= scale;
            number.scale *= scale;
            number.end += 1;
        }
        return;
    }
    let mut last_scale = f64::INFINITY;
    while let Some(word) = toks.get(number.end) {
        let scale = match word.norm.as_str() {
            "hundred" => 100.0,
            "dozen" => 12.0,
            w => match scale_word(w) {
                Some(s) => s,
                None => break,
            },
        };
        if scale >= last_scale {
            break;
        }
        last_scale = scale;
        number.value *= scale;
        number.scale *= scale;
        number.end += 1;
    }
}

#[cfg(test)]
mod tests;
