//! Numbers written in words: "twenty-one", "a hundred and forty", "three
//! dozen", "half a million", "one and a half", "two-thirds".

use super::{apply_scale, Number};
use crate::extract::lexicon::{fraction_word, scale_word, small_number};
use crate::segment::Token;

#[derive(Clone, Copy, PartialEq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
}

/// A hyphenated word split into parts ("twenty-one", "two-thirds"), each with
/// the index of the token it comes from.
fn word_parts(toks: &[Token], i: usize) -> Vec<(&str, usize)> {
    let mut parts = Vec::new();
    for (k, tok) in toks.iter().enumerate().skip(i).take(16) {
        if !tok.is_word() {
            break;
        }
        parts.extend(tok.norm.split(['-', '‐']).map(|p| (p, k)));
    }
    parts
}

/// Numbers in words. Parts of hyphenated tokens count, but a number must end
/// at a token boundary.
pub(super) fn read_words(toks: &[Token], i: usize) -> Option<Number> {
    let parts = word_parts(toks, i);
    let word = |k: usize| parts.get(k).map(|p| p.0);
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::None;
    let mut k = 0;
    let mut consumed = 0; // parts consumed by the last complete reading
    let mut fraction = false;

    // "half a million", "a third", "two-thirds", "a hundred".
    if word(0) == Some("half") && word(1).is_some_and(|w| w == "a" || w == "an") {
        if let Some(scale) = word(2).and_then(scale_word) {
            return finish(toks, &parts, 3, 0.5 * scale, false);
        }
    }
    if matches!(word(0), Some("a" | "an")) {
        match word(1) {
            Some("hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen") => {
                current = 1.0;
                k = 1;
            }
            Some(w) if fraction_word(w).is_some() && w != "quarters" && !w.ends_with('s') => {
                let den = fraction_word(w)?;
                return finish(toks, &parts, 2, 1.0 / den, true);
            }
            _ => return None,
        }
    }
    while let Some(w) = word(k) {
        if let Some(v) = small_number(w) {
            let kind = if v < 10.0 {
                Last::Unit
            } else if v < 20.0 {
                Last::Teen
            } else {
                Last::Tens
            };
            let fits = match last {
                Last::None | Last::Hundred | Last::Scale(_) => true,
                Last::Tens => kind == Last::Unit,
                Last::Unit | Last::Teen => false,
            };
            if !fits {
                break;
            }
            current += v;
            last = kind;
            k += 1;
            consumed = k;
            continue;
        }
        if w == "hundred" && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::None) && current < 100.0 {
            current = current.max(1.0) * 100.0;
            last = Last::Hundred;
            k += 1;
            consumed = k;
            continue;
        }
        if w == "dozen" && matches!(last, Last::Unit | Last::Teen | Last::None) {
            current = current.max(1.0) * 12.0;
            last = Last::Hundred;
            k += 1;
            consumed = k;
            continue;
        }
        if let Some(scale) = scale_word(w) {
            let smaller = match last {
                Last::Scale(s) => scale < s,
                Last::None => current > 0.0,
                _ => true,
            };
            if !smaller {
                break;
            }
            total += current.max(1.0) * scale;
            current = 0.0;
            last = Last::Scale(scale);
            k += 1;
            consumed = k;
            continue;
        }
        // "one and a half", "two and a half million"
        if w == "and" && word(k + 1) == Some("a") && word(k + 2) == Some("half") && last != Last::None {
            current += 0.5;
            k += 3;
            consumed = k;
            continue;
        }
        // "a hundred and forty", "two thousand and five"
        if w == "and" && matches!(last, Last::Hundred | Last::Scale(_)) && word(k + 1).and_then(small_number).is_some()
        {
            k += 1;
            continue;
        }
        // "two-thirds", "three quarters"
        if let Some(den) = fraction_word(w) {
            if matches!(last, Last::Unit) && current < den && w != "half" {
                current /= den;
                fraction = true;
                k += 1;
                consumed = k;
            }
        }
        break;
    }
    if consumed == 0 {
        return None;
    }
    finish(toks, &parts, consumed, total + current, fraction)
}

/// Ends a spelled number after `consumed` parts, if that is a token boundary.
fn finish(toks: &[Token], parts: &[(&str, usize)], consumed: usize, value: f64, is_fraction: bool) -> Option<Number> {
    let token = parts.get(consumed - 1)?.1;
    if parts.get(consumed).is_some_and(|p| p.1 == token) {
        return None;
    }
    let mut number = Number { value, end: token + 1, is_spelled: true, is_fraction, scale: 1.0 };
    if !is_fraction {
        apply_scale(toks, &mut number);
    }
    Some(number)
}
