//! Reading one number at a token position: digits ("2,200", "1 234 567",
//! "1.5", ".08"), scale words and suffixes ("1.5 million", "10m", "£3bn"),
//! fractions ("3/4", "a third", "two-thirds", "half a million") and numbers
//! in words up to the trillions ("a hundred and forty", "three dozen",
//! "one and a half").

use crate::extract::lexicon::{fraction_word, scale_suffix, scale_word, small_number};
use crate::segment::{Token, TokenKind};

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
fn apply_scale(toks: &[Token], number: &mut Number) {
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
fn read_words(toks: &[Token], i: usize) -> Option<Number> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Reads the number at the start of `text` and returns its value and the
    /// text it spans.
    fn read(text: &str) -> Option<(f64, String)> {
        let seg = segment(text, text);
        let n = read_number(&seg.tokens, 0, text)?;
        let end = seg.tokens[n.end - 1].span.end;
        Some((n.value, text[..end].to_string()))
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(read("2,200 fighters"), Some((2200.0, "2,200".into())));
        assert_eq!(read("1,234,567.5"), Some((1234567.5, "1,234,567.5".into())));
        assert_eq!(read("1 234 567 people"), Some((1234567.0, "1 234 567".into())));
        assert_eq!(read(".08"), Some((0.08, ".08".into())));
        assert_eq!(read("2019 100"), Some((2019.0, "2019".into())));
    }

    #[test]
    fn scale_words_and_suffixes() {
        assert_eq!(read("1.5 million"), Some((1.5e6, "1.5 million".into())));
        assert_eq!(read("3bn"), Some((3e9, "3bn".into())));
        assert_eq!(read("10m"), Some((1e7, "10m".into())));
        assert_eq!(read("40k"), Some((4e4, "40k".into())));
        assert_eq!(read("3.5tn"), Some((3.5e12, "3.5tn".into())));
        assert_eq!(read("2 thousand people"), Some((2e3, "2 thousand".into())));
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(read("two attacks").map(|r| r.0), Some(2.0));
        assert_eq!(read("twenty-one").map(|r| r.0), Some(21.0));
        assert_eq!(read("twenty one").map(|r| r.0), Some(21.0));
        assert_eq!(read("a hundred and forty").map(|r| r.0), Some(140.0));
        assert_eq!(read("three dozen").map(|r| r.0), Some(36.0));
        assert_eq!(read("half a million").map(|r| r.0), Some(5e5));
        assert_eq!(read("one and a half").map(|r| r.0), Some(1.5));
        assert_eq!(read("two and a half million").map(|r| r.0), Some(2.5e6));
        assert_eq!(read("two thousand and five").map(|r| r.0), Some(2005.0));
        assert_eq!(read("one million two hundred thousand").map(|r| r.0), Some(1.2e6));
        assert_eq!(read("nine hundred ninety nine").map(|r| r.0), Some(999.0));
        assert_eq!(read("a million").map(|r| r.0), Some(1e6));
    }

    #[test]
    fn fractions() {
        assert_eq!(read("a third of").map(|r| r.0), Some(1.0 / 3.0));
        assert_eq!(read("two-thirds").map(|r| r.0), Some(2.0 / 3.0));
        assert_eq!(read("three quarters").map(|r| r.0), Some(0.75));
        assert_eq!(read("3/4").map(|r| r.0), Some(0.75));
        assert_eq!(read("9/11").map(|r| r.0), Some(9.0), "not a fraction: read as the number before the slash");
        assert_eq!(read("3/4/2021").map(|r| r.0), Some(3.0));
    }

    #[test]
    fn words_that_are_not_numbers() {
        assert_eq!(read("a concert"), None);
        assert_eq!(read("an attack"), None);
        assert_eq!(read("second"), None);
        assert_eq!(read("two two").map(|r| r.1), Some("two".into()));
        assert_eq!(read("twenty-odd").map(|r| r.0), None);
    }
}
