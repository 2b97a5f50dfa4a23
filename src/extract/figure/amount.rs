//! Amounts: one number with what it measures, read from the signs and words
//! around it: a currency ("£3bn", "10 euros", "US$5"), a percentage ("96%",
//! "96 per cent") or percentage points, and a minus sign.

use super::FigureKind;
use crate::extract::lexicon::currency;
use crate::extract::lexicon::word_list;
use crate::extract::number::{adjacent, read_number, Number};
use crate::segment::{Cursor, Token, TokenKind};

word_list!(
    /// Nouns that make a currency word part of a name ("the euro zone").
    is_currency_compound = "currency-compounds.txt"
);

/// A number with its kind and currency: "£3bn", "96%", "five percentage points".
#[derive(Debug, Clone, Copy)]
pub(super) struct Amount {
    pub(super) value: f64,
    pub(super) kind: FigureKind,
    pub(super) currency: Option<&'static str>,
    /// First token of the number itself (after any currency sign).
    pub(super) number_start: usize,
    pub(super) end: usize,
    pub(super) number: Number,
}

/// Reads the amount at token `i`. A bare "half" is a figure after a
/// qualifier ("more than half"), before "of" ("half of the voters"),
/// before "a point" ("half a percentage point") and alone.
pub(super) fn read_amount(toks: &[Token], i: usize, scan: &str, is_qualified: bool) -> Option<Amount> {
    let mut k = i;
    let mut prefix_currency = None;
    let mut negative = false;
    let t = toks.get(k)?;
    // "US$", "A$", "HK$"
    if t.is_word()
        && matches!(t.norm.as_str(), "us" | "a" | "c" | "hk" | "nz" | "s" | "au")
        && toks.get(k + 1).is_some_and(|n| n.is_punct('$') && adjacent(t, n))
    {
        prefix_currency = Some(match t.norm.as_str() {
            "a" | "au" => "AUD",
            "c" => "CAD",
            "hk" => "HKD",
            "nz" => "NZD",
            "s" => "SGD",
            _ => "USD",
        });
        k += 2;
    } else if t.kind == TokenKind::Punct || (t.is_word() && t.norm.len() == 3 && t.capitalized) {
        if let Some((code, 1.0)) = currency(&t.norm) {
            prefix_currency = Some(code);
            k += 1;
        }
    }
    if let Some(t) = toks.get(k) {
        let next_is_number = toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number && adjacent(t, n));
        if (t.is_punct('-') || t.is_punct('−')) && next_is_number {
            // Not the hyphen of "Covid-19" or "2-1", but the minus of "<-30".
            let glued_to_previous = k > 0
                && adjacent(&toks[k - 1], t)
                && !matches!(toks[k - 1].norm.as_str(), "<" | ">" | "=" | "≤" | "≥" | "~" | "(");
            if !glued_to_previous {
                negative = true;
                k += 1;
            }
        } else if (t.is("minus") || t.is("negative")) && read_number(toks, k + 1, scan).is_some() {
            negative = true;
            k += 1;
        }
    }
    if prefix_currency.is_none() {
        if let Some(t) = toks.get(k) {
            if t.kind == TokenKind::Punct {
                if let Some((code, 1.0)) = currency(&t.norm) {
                    prefix_currency = Some(code);
                    k += 1;
                }
            }
        }
    }
    let cursor = Cursor::new(toks);
    let word = |j: usize| cursor.word(j);
    // "more than half", "half of the voters", "half a percentage point".
    let half = || {
        let points_after = |j: usize| matches!(word(j), Some("percentage" | "point" | "points"));
        let a_point = matches!(word(k + 1), Some("a" | "an")) && points_after(k + 2);
        // Alone, as a claims file writes what `extract` printed for "half of".
        let alone = toks.len() == 1;
        let fits = is_qualified || word(k + 1) == Some("of") || a_point || alone;
        let end = if a_point { k + 2 } else { k + 1 };
        (word(k) == Some("half") && fits).then_some(Number {
            value: 0.5,
            end,
            is_spelled: true,
            is_fraction: true,
            scale: 1.0,
            is_compound: false,
        })
    };
    let number = read_number(toks, k, scan).or_else(half)?;
    let mut value = if negative { -number.value } else { number.value };
    let mut end = number.end;
    let mut kind = if prefix_currency.is_some() { FigureKind::Money } else { FigureKind::Number };
    let mut cur = prefix_currency;
    // "a quarter of a percentage point".
    let of_a = word(end) == Some("of") && matches!(word(end + 1), Some("a" | "an"));
    if number.is_fraction
        && of_a
        && word(end + 2) == Some("percentage")
        && matches!(word(end + 3), Some("point" | "points"))
    {
        end += 2;
    }
    if cur.is_none() {
        if toks.get(end).is_some_and(|t| t.is_punct('%')) {
            kind = FigureKind::Percent;
            end += 1;
        } else if word(end) == Some("per") && word(end + 1) == Some("cent") {
            kind = FigureKind::Percent;
            end += 2;
        } else if matches!(word(end), Some("percent" | "percents" | "pct" | "pc")) {
            kind = FigureKind::Percent;
            end += 1;
        } else if word(end) == Some("percentage") && matches!(word(end + 1), Some("point" | "points")) {
            kind = FigureKind::Points;
            end += 2;
        } else if word(end) == Some("percentage") {
            kind = FigureKind::Percent;
            end += 1;
        } else if let Some(w) = word(end) {
            let (w, skip) = if w == "us" && word(end + 1).is_some_and(|n| n.starts_with("dollar")) {
                (word(end + 1).unwrap_or(w), 2)
            } else {
                (w, 1)
            };
            // "p" for pence only when written against the digits ("50p"); a
            // currency code only in capitals ("5m USD").
            let glued = adjacent(&toks[end - 1], &toks[end]);
            let is_code = w.len() == 3 && w != "yen";
            // "the 12 euro zone countries": the currency names a zone.
            let names_zone = word(end + skip).is_some_and(is_currency_compound);
            let accepted = !names_zone && if w == "p" { glued } else { !is_code || toks[end].capitalized };
            if let Some((code, factor)) = currency(w).filter(|_| accepted) {
                cur = Some(code);
                kind = FigureKind::Money;
                value *= factor;
                end += skip;
            }
        }
    }
    Some(Amount { value, kind, currency: cur, number_start: k, end, number })
}
