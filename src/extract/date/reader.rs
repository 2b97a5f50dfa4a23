//! A token cursor over one sentence with the pieces every date form is made
//! of: month and weekday names, days of the month (digits or ordinal words),
//! and years.

use crate::extract::lexicon::{is_function_word, month, ordinal_word, small_number, weekday};
use crate::extract::opens::Class;
use crate::segment::{strip_possessive, Cursor, TokenKind};

/// A month name as read at a token.
#[derive(Debug, Clone, Copy)]
pub(super) struct MonthName {
    /// 1 to 12.
    pub(super) month: u8,
    /// The token after the name (and after the "." of "Aug.").
    pub(super) end: usize,
    /// Capitalised, or a lower-case name that is nothing else ("april"). A
    /// lower-case abbreviation ("nov") or verb ("may", "march") is a month
    /// only next to a day or a year, or after "in".
    pub(super) is_sure: bool,
}

/// The sentence's [`Cursor`], with the pieces of dates read from it.
pub(super) struct Reader<'a>(pub(super) Cursor<'a>);

impl<'a> std::ops::Deref for Reader<'a> {
    type Target = Cursor<'a>;

    fn deref(&self) -> &Cursor<'a> {
        &self.0
    }
}

impl Reader<'_> {
    /// A month name at `i` ("March", "Aug.", "Sept", "april", "nov").
    pub(super) fn month(&self, i: usize) -> Option<MonthName> {
        let t = self.toks.get(i).filter(|t| t.is_word() && t.opens.is(Class::BareMonth))?;
        let m = month(strip_possessive(&t.norm))?;
        let full = t.norm.len() > 4 || matches!(t.norm.as_str(), "may" | "june" | "july");
        let is_sure = t.capitalized || (full && !matches!(t.norm.as_str(), "may" | "march" | "august"));
        let end = if !full && self.is_punct(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some(MonthName { month: m, end, is_sure })
    }

    /// A weekday name at `i`: a full name in any case ("Monday", "monday"),
    /// or a capitalised abbreviation ("Tue", "Thurs.") before a day of the
    /// month or after "on"; with the token after it.
    pub(super) fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i).filter(|t| t.is_word() && t.opens.is(Class::BareWeekday))?;
        let name = strip_possessive(&t.norm);
        let d = weekday(name)?;
        if name.len() > 5 {
            return Some((d, i + 1));
        }
        let end = if self.is_punct(i + 1, '.') && self.glued(i + 1) { i + 2 } else { i + 1 };
        let day_follows = self.day(end).is_some() || (self.word(end) == Some("the") && self.day(end + 1).is_some());
        let prev = i.checked_sub(1).and_then(|p| self.word(p));
        let listed = matches!(prev, Some("or" | "and")) && i >= 2 && self.weekday(i - 2).is_some();
        let framed = matches!(prev, Some("on" | "week")) || listed;
        (day_follows || (t.capitalized && framed)).then_some((d, end))
    }

    /// Whether the date at token `i` is spoken of in the future: the nearest
    /// tense marker before it or, with none before it, the first after it.
    /// Future markers: "will", "shall", "'ll", "would" (not "would have"),
    /// "must", and "going", "plans", "due", "set", "scheduled", "expected",
    /// "is" or "are" before "to" ("is due to publish", "are to be
    /// screened"). Past markers: "was", "were", "had", "did" and "-ed"
    /// words (not in a hyphened adjective, "tsunami-related") and the
    /// irregular past tenses of `past-verbs.txt`, but not a participle after
    /// "be", "been" or "being" ("will be played").
    pub(super) fn is_future_at(&self, i: usize) -> bool {
        let tense = |k: usize| -> Option<bool> {
            let w = self.word(k)?;
            let next = self.word(k + 1);
            let intends = matches!(
                w,
                "going"
                    | "want"
                    | "wants"
                    | "plan"
                    | "plans"
                    | "hope"
                    | "hopes"
                    | "aims"
                    | "due"
                    | "set"
                    | "scheduled"
                    | "expected"
                    | "is"
                    | "are"
            );
            let modal = matches!(w, "will" | "shall" | "must") || (w == "would" && next != Some("have"));
            if modal || w.ends_with("'ll") || (intends && next == Some("to")) {
                return Some(true);
            }
            let passive = k > 0 && matches!(self.word(k - 1), Some("be" | "been" | "being"));
            let regular = w.ends_with("ed") && w.len() > 4 && !w.contains('-');
            let past = matches!(w, "was" | "were" | "had" | "did")
                || ((regular || self.word_is(k, Class::PastVerb)) && !passive);
            past.then_some(false)
        };
        (0..i.min(self.toks.len()))
            .rev()
            .find_map(tense)
            .or_else(|| (i..self.toks.len()).find_map(tense))
            .unwrap_or(false)
    }

    /// A day of the month at `i`: "22", "22nd", "fourth", "twenty-first",
    /// "twenty first".
    pub(super) fn day(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((d, digits)) = self.digits(i) {
            if digits > 2 || !(1..=31).contains(&d) {
                return None;
            }
            let suffix = self.word(i + 1).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) && self.glued(i + 1);
            if self.word(i + 1).is_some() && self.glued(i + 1) && !suffix {
                return None;
            }
            return Some((u8::try_from(d).ok()?, if suffix { i + 2 } else { i + 1 }));
        }
        let w = self.word(i)?;
        let (tens, unit) = w.split_once('-').unwrap_or(("", w));
        let (value, end) = match (tens, self.word(i + 1)) {
            ("", Some(next)) if matches!(w, "twenty" | "thirty") => (small_number(w)? + ordinal_word(next)?, i + 2),
            ("", _) => (ordinal_word(unit)?, i + 1),
            _ => (small_number(tens)? + ordinal_word(unit)?, i + 1),
        };
        (1.0..=31.0).contains(&value).then_some((value as u8, end))
    }

    /// A day of the month in two cardinal words: "(May) twenty nine".
    pub(super) fn cardinal_day(&self, i: usize) -> Option<(u8, usize)> {
        let tens = self.word(i).and_then(small_number).filter(|v| matches!(*v as u8, 20 | 30))?;
        let unit = self.word(i + 1).and_then(small_number).filter(|v| (1.0..10.0).contains(v))?;
        let d = tens + unit;
        (d <= 31.0).then_some((d as u8, i + 2))
    }

    /// Whether a time of day starts at `i`: "5pm", "5 p.m.", "17:30", "9.30am".
    pub(super) fn is_time(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == TokenKind::Number && t.norm.len() <= 5) else {
            return false;
        };
        let clock = self.is_punct(i + 1, ':') && self.glued(i + 1) && self.digits(i + 2).is_some();
        let meridiem = matches!(self.word(i + 1), Some("am" | "pm" | "a" | "p"));
        (clock || meridiem) && t.norm.split('.').all(|p| p.len() <= 2)
    }

    /// A four-digit year at `i`.
    pub(super) fn year(&self, i: usize) -> Option<(i16, usize)> {
        let (y, digits) = self.digits(i)?;
        if digits != 4 || !(1000..=2199).contains(&y) {
            return None;
        }
        if self.word(i + 1).is_some() && self.glued(i + 1) {
            return None;
        }
        Some((i16::try_from(y).ok()?, i + 1))
    }

    /// A year in words: "nineteen ninety six", "nineteen hundred and
    /// ninety three", "two thousand and fifteen", "twenty twenty".
    pub(super) fn spelled_year(&self, i: usize) -> Option<(i16, usize)> {
        // A number below a hundred in words at `k`: "ninety six", "fifteen".
        let below_hundred = |k: usize| -> Option<(f64, usize)> {
            let v = self.word(k).and_then(small_number)?;
            match self.word(k + 1).and_then(small_number) {
                Some(u) if v >= 20.0 && u < 10.0 => Some((v + u, k + 2)),
                _ => Some((v, k + 1)),
            }
        };
        let skip_and = |k: usize| if self.word(k) == Some("and") { k + 1 } else { k };
        let (year, end) = if self.word(i) == Some("two") && self.word(i + 1) == Some("thousand") {
            match below_hundred(skip_and(i + 2)) {
                Some((v, e)) => (2000.0 + v, e),
                None => (2000.0, i + 2),
            }
        } else {
            let (century, at) = below_hundred(i).filter(|(v, _)| (10.0..=21.0).contains(v))?;
            if self.word(at) == Some("hundred") {
                let (v, e) = below_hundred(skip_and(at + 1)).unwrap_or((0.0, at + 1));
                (century * 100.0 + v, e)
            } else {
                let (v, e) = below_hundred(at).filter(|(v, _)| *v >= 10.0)?;
                (century * 100.0 + v, e)
            }
        };
        // "in October two thousand people marched" counts people.
        let counts = self.toks.get(end).is_some_and(|t| t.is_word() && !is_function_word(&t.norm));
        ((1000.0..2200.0).contains(&year) && !counts).then_some((year as i16, end))
    }

    /// The year after a date: ", 2021", " 2021", "of 2021", "in 2021",
    /// "of '87", "of 87", "nineteen eighty six".
    pub(super) fn trailing_year(&self, i: usize) -> Option<(i16, usize)> {
        if let Some(spelled) = self.spelled_year(i) {
            return Some(spelled);
        }
        match self.toks.get(i) {
            Some(t) if t.is_punct(',') => self.year(i + 1),
            Some(t) if t.is("of") || t.is("in") => {
                let at = if self.is_punct(i + 1, '\'') || self.is_punct(i + 1, '’') { i + 2 } else { i + 1 };
                self.year(at).or_else(|| self.short_year(at).filter(|_| t.is("of")))
            }
            Some(t) if t.is_punct('\'') || t.is_punct('’') => self.short_year(i + 1),
            _ => self.year(i),
        }
    }

    /// A two-digit year at `i` ("87" → 1987), not counting what follows
    /// ("of 87 people").
    pub(super) fn short_year(&self, i: usize) -> Option<(i16, usize)> {
        let (yy, digits) = self.digits(i)?;
        if digits != 2 || self.word(i + 1).is_some_and(|w| !is_function_word(w)) {
            return None;
        }
        Some((full_year(i16::try_from(yy).ok()?), i + 1))
    }
}

/// The year a two-digit year stands for: up to 30 in this century, else in
/// the last ("87" → 1987, "21" → 2021).
pub(super) fn full_year(yy: i16) -> i16 {
    if yy <= 30 {
        2000 + yy
    } else {
        1900 + yy
    }
}
