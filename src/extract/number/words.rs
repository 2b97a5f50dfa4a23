//! Numbers written in words: "twenty-one", "a hundred and forty", "three
//! dozen", "half a million", "one and a half", "a million and a half",
//! "two point five million"; fractions ("a third", "two-thirds", "three
//! fifths", "one twenty-fifth", "three quarters of a million"); and digits
//! mixed with words ("1.5 million", "3 hundred and 21").

use super::Number;
use crate::extract::lexicon::{is_compound_unit, is_dozen, ordinal_word, scale_word, small_number};
use crate::segment::{Cursor, Token, TokenKind};

/// One piece of a spelled number: a word (a hyphenated token gives one piece
/// per part) or digits, with the index of the token it comes from.
#[derive(Debug, Clone, Copy)]
pub(super) struct Piece<'a> {
    /// The word, lower-case; empty for digits.
    word: &'a str,
    /// The value of digits.
    digits: Option<f64>,
    /// Index of its token.
    pub(super) token: usize,
    /// Joined to the piece before by a hyphen ("twenty-one", "fifty - two").
    is_joined: bool,
}

/// The pieces of up to 24 words and digits from token `i`, stopping at
/// punctuation other than a spaced hyphen between two words.
fn pieces(toks: &[Token], i: usize) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut hyphen = false;
    for (k, t) in toks.iter().enumerate().skip(i) {
        if out.len() >= 24 {
            break;
        }
        match t.kind {
            // Most words hold no hyphen (the byte E2 leads "‐").
            TokenKind::Word if !t.norm.bytes().any(|b| b == b'-' || b == 0xe2) => {
                out.push(Piece { word: &t.norm, digits: None, token: k, is_joined: hyphen });
            }
            TokenKind::Word => {
                for (n, part) in t.norm.split(['-', '‐']).enumerate() {
                    out.push(Piece { word: part, digits: None, token: k, is_joined: n > 0 || hyphen });
                }
            }
            TokenKind::Number => {
                let value = match t.norm.contains(',') {
                    true => t.norm.replace(',', "").parse::<f64>(),
                    false => t.norm.parse::<f64>(),
                };
                let Ok(v) = value else { break };
                if hyphen {
                    break;
                }
                out.push(Piece { word: "", digits: Some(v), token: k, is_joined: false });
            }
            TokenKind::Punct => {
                let dash = t.is_punct('-') || t.is_punct('–');
                let between_words = k > i && toks[k - 1].is_word() && toks.get(k + 1).is_some_and(Token::is_word);
                if !dash || !between_words || hyphen {
                    break;
                }
                hyphen = true;
                continue;
            }
        }
        hyphen = false;
    }
    out
}

/// What the last piece read was, which decides what may follow it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    /// Digits inside words: only "hundred", "dozen" or a scale may follow.
    Digits,
    Hundred,
    Scale(f64),
}

/// A number being read: the sum of completed scale groups and the group in hand.
#[derive(Debug, Clone, Copy)]
struct State {
    total: f64,
    current: f64,
    last: Last,
    /// The last scale applied, if nothing was added after it.
    scale: f64,
    /// The smallest scale applied so far: a later one must be smaller.
    smallest: f64,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.current
    }
}

pub(super) struct Parser<'a, 't> {
    pub(super) cur: Cursor<'t>,
    pub(super) pieces: &'a [Piece<'t>],
}

impl Parser<'_, '_> {
    pub(super) fn word(&self, k: usize) -> Option<&str> {
        self.pieces.get(k).filter(|p| p.digits.is_none()).map(|p| p.word)
    }

    pub(super) fn digits(&self, k: usize) -> Option<f64> {
        self.pieces.get(k).and_then(|p| p.digits)
    }

    pub(super) fn is_joined(&self, k: usize) -> bool {
        self.pieces.get(k).is_some_and(|p| p.is_joined)
    }

    /// The word of the token after piece `k`'s token, if that is a word.
    pub(super) fn token_after(&self, k: usize) -> Option<&Token> {
        self.pieces.get(k).and_then(|p| self.cur.toks.get(p.token + 1))
    }

    /// A multiplier at `k`: "hundred", a dozen word, a scale word, "lakh
    /// crore"; with the piece after it. Plurals ("five hundreds") count only
    /// after a number: alone they are orders of magnitude.
    pub(super) fn multiplier(&self, k: usize) -> Option<(f64, usize)> {
        let w = self.word(k)?;
        if w == "lakh" && self.word(k + 1) == Some("crore") {
            return Some((1e12, k + 2));
        }
        let after_number = k > 0 && (self.digits(k - 1).is_some() || self.word(k - 1).and_then(small_number).is_some());
        let plural_after_number = after_number && matches!(w, "hundreds" | "thousands" | "millions" | "billions");
        let m = match w {
            "hundred" => 100.0,
            _ if is_dozen(w) => 12.0,
            _ if plural_after_number => scale_word(w.strip_suffix('s').unwrap_or(w)).unwrap_or(100.0),
            _ => scale_word(w)?,
        };
        Some((m, k + 1))
    }

    /// Spoken decimals after "point": "point five", "point nought four",
    /// "point seventy-one".
    fn decimals(&self, k: usize) -> Option<(f64, usize)> {
        let mut digits = String::new();
        let mut at = k;
        while let Some(v) = self.word(at).and_then(small_number).filter(|v| *v < 10.0) {
            digits.push(char::from(b'0' + v as u8));
            at += 1;
        }
        if digits.is_empty() {
            let v = self.word(k).and_then(small_number).filter(|v| *v >= 10.0)?;
            let unit = self.word(k + 1).and_then(small_number).filter(|u| *u < 10.0 && v % 10.0 == 0.0);
            digits = format!("{}", v + unit.unwrap_or(0.0));
            at = k + 1 + usize::from(unit.is_some());
        }
        Some((format!("0.{digits}").parse().ok()?, at))
    }

    /// Reads the number; returns its value, whether it is a fraction, the
    /// scale it ends on and the pieces it takes.
    fn read(&self) -> Option<(f64, bool, f64, usize)> {
        if let Some((value, scale, end)) = self.fraction_of_multiplier() {
            return Some((value, true, scale, end));
        }
        let mut st = State { total: 0.0, current: 0.0, last: Last::None, scale: 1.0, smallest: f64::INFINITY };
        let mut k = 0;
        if matches!(self.word(0), Some("a" | "an")) {
            if self.multiplier(1).is_some() {
                st.current = 1.0;
                st.last = Last::Unit;
                k = 1;
            } else {
                // "a half" and "a quarter" are never ordinals; "a third" may be.
                let (den, plural, end) = self.denominator(1)?;
                let may_end = matches!(self.word(1), Some("half" | "quarter"))
                    || self.after_fraction_cue()
                    || self.fraction_may_end(end, false);
                return (!plural && may_end).then(|| self.times_multiplier(1.0 / den, end));
            }
        }
        // The state before an "and" whose continuation is not yet certain:
        // "two hundred and three hundred" is two numbers.
        let mut before_and: Option<(State, usize)> = None;
        let mut consumed = 0;
        while let Some(piece) = self.pieces.get(k) {
            if let Some(v) = piece.digits {
                let integer_below = |limit: f64| v.fract() == 0.0 && v < limit;
                let after_and = before_and.is_some() && k > 0 && self.word(k - 1) == Some("and");
                let multiplied = self.multiplier(k + 1).is_some();
                let accepted = match st.last {
                    Last::None => multiplied,
                    Last::Hundred => after_and && integer_below(100.0) && v >= 1.0,
                    Last::Scale(_) => (after_and || multiplied) && integer_below(1000.0) && v >= 1.0,
                    _ => false,
                };
                if !accepted {
                    break;
                }
                st.current += v;
                st.last = Last::Digits;
                k += 1;
                consumed = k;
                continue;
            }
            let w = piece.word;
            if let Some(v) = small_number(w) {
                let kind = match v {
                    v if v < 10.0 => Last::Unit,
                    v if v < 20.0 => Last::Teen,
                    _ => Last::Tens,
                };
                let fits = match st.last {
                    Last::None | Last::Hundred | Last::Scale(_) => true,
                    Last::Tens => kind == Last::Unit,
                    Last::Unit | Last::Teen | Last::Digits => false,
                };
                // "thirty-fifths" is one ordinal, not thirty and fifths.
                // So is "hundred thirty fifths" after a hundred without "and".
                let compound = self.is_joined(k + 1) || (st.last == Last::Hundred && before_and.is_none());
                let ordinal_follows = kind == Last::Tens && compound && self.denominator(k).is_some();
                if !fits || ordinal_follows {
                    break;
                }
                st.current += v;
                st.last = kind;
                st.scale = 1.0;
                k += 1;
                consumed = k;
                continue;
            }
            if let Some((m, after)) = self.multiplier(k) {
                // "hundred thousand" without "a".
                let bare_hundred =
                    m == 100.0 && st.last == Last::None && self.multiplier(after).is_some_and(|n| n.0 >= 1e3);
                let applies = match (m, st.last) {
                    // "3 hundred and 2 hundred" are two numbers.
                    (100.0, _) if before_and.is_some_and(|(saved, _)| saved.last == Last::Hundred) => false,
                    (100.0, Last::Digits) => true,
                    (100.0, Last::Unit | Last::Teen | Last::Tens) => st.current < 100.0,
                    (12.0, Last::Unit | Last::Teen | Last::Tens | Last::Digits) => true,
                    (12.0 | 100.0, _) => bare_hundred,
                    (_, Last::None | Last::Scale(_)) => false,
                    _ => m < st.smallest,
                };
                if !applies {
                    if let Some((saved, c)) = before_and.take() {
                        st = saved;
                        consumed = c;
                    }
                    break;
                }
                if m >= 1000.0 {
                    st.total += st.current * m;
                    st.current = 0.0;
                    st.last = Last::Scale(m);
                    st.scale = m;
                    st.smallest = m;
                } else {
                    // "three hundred and two dozen": the dozen counts what follows "and".
                    let base = before_and.map_or(0.0, |(saved, _)| saved.current);
                    st.current = base + (st.current - base).max(1.0) * m;
                    st.last = Last::Hundred;
                    st.scale = 1.0;
                }
                before_and = None;
                k = after;
                consumed = k;
                continue;
            }
            if w == "and" && st.last != Last::None {
                // "one and a half", "a million and a half", "two and fifty-four hundredths".
                if let Some((fraction, end)) = self.proper_fraction(k + 1) {
                    match (st.last, self.multiplier(end)) {
                        (Last::Scale(s), None) => st.total += fraction * s,
                        _ => st.current += fraction,
                    }
                    st.last = Last::Digits;
                    k = end;
                    consumed = k;
                    before_and = None;
                    if self.multiplier(k).is_some() {
                        continue;
                    }
                    break;
                }
                // "a hundred and forty", "two thousand and five".
                let continues = self.word(k + 1).and_then(small_number).is_some() || self.digits(k + 1).is_some();
                if matches!(st.last, Last::Hundred | Last::Scale(_)) && continues {
                    before_and = Some((st, consumed));
                    k += 1;
                    continue;
                }
                break;
            }
            if w == "point" && !matches!(st.last, Last::None | Last::Digits) {
                if let Some((fraction, end)) = self.decimals(k + 1) {
                    st.current += fraction;
                    st.last = Last::Digits;
                    k = end;
                    consumed = k;
                    continue;
                }
            }
            break;
        }
        if consumed == 0 {
            return None;
        }
        // "two thirds", "twenty-three fifths", "one twenty-fifth".
        let n = st.value();
        if consumed == k && n >= 1.0 && n.fract() == 0.0 {
            if let Some((den, plural, end)) = self.denominator(k) {
                let agrees = if n == 1.0 { !plural } else { plural };
                let needs_end = plural && matches!(den, 2.0 | 4.0);
                if agrees && (!needs_end || self.fraction_may_end(end, true)) {
                    return Some(self.times_multiplier(n / den, end));
                }
            }
        }
        Some((st.value(), false, st.scale, consumed))
    }
}

/// Whether a number in words can start at token `i`: a number word, "half",
/// "quarter", "hundred", digits, or "a" before one ("a dozen", "a third").
/// Most words are none of these, and are turned away before any work.
fn may_start_number(toks: &[Token], i: usize) -> bool {
    let starts = |t: &Token| {
        let w = t.norm.split(['-', '‐']).next().unwrap_or("");
        t.kind == TokenKind::Number || small_number(w).is_some() || matches!(w, "half" | "quarter" | "hundred")
    };
    match toks.get(i) {
        Some(t) if t.is("a") || t.is("an") => toks.get(i + 1).is_some_and(|n| {
            starts(n)
                || is_dozen(&n.norm)
                || scale_word(&n.norm).is_some()
                || ordinal_word(n.norm.split('-').next().unwrap_or("")).is_some()
        }),
        Some(t) => starts(t),
        None => false,
    }
}

/// Reads a number written in words (or digits with words) at token `i`. A
/// number ends at a token boundary, or inside a hyphened word whose rest is
/// a unit or "odd" ("six-year", "twenty-odd"; not "one-off").
pub(super) fn read_words(toks: &[Token], i: usize) -> Option<Number> {
    if !may_start_number(toks, i) {
        return None;
    }
    let pieces = pieces(toks, i);
    let parser = Parser { cur: Cursor::new(toks), pieces: &pieces };
    let (value, is_fraction, scale, consumed) = parser.read()?;
    let token = pieces.get(consumed.checked_sub(1)?)?.token;
    let rest = pieces.get(consumed).filter(|p| p.token == token);
    if rest.is_some_and(|p| !(p.word == "odd" || is_compound_unit(p.word))) {
        return None;
    }
    let is_spelled = pieces.first().is_some_and(|p| p.digits.is_none());
    let is_fraction = is_fraction && value < 1.0;
    Some(Number { value, end: token + 1, is_spelled, is_fraction, scale, is_compound: rest.is_some() })
}
