//! The reach of a change word: the tokens of its own clause after it.
//!
//! A change word governs the tokens after it up to ";" or ":" (outside
//! brackets), a comma or dash before a conjunction, a relative, a participle
//! or a new subject ("…, while", "…, which", "…, bringing", "…, the rate"),
//! a conjunction that opens a clause by itself ("while", "but", "whereas",
//! "after"), "and" or "or" before a new subject or an auxiliary ("… and the
//! firm", "… and is expected"), or the next change word. A change noun's
//! reach also ends at its verb ("growth was") and at a comma not followed by
//! a role word ("The rise, from 189,000").

use super::lead::{lead, starts_role_word};
use super::words::{
    is_change_noun, is_change_verb, is_clause_conjunction, is_clause_opener, is_idiom_head, is_noun_sign,
    is_particle_head, is_subject_start,
};
use crate::extract::lexicon::{is_auxiliary, is_function_word, small_number};
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

/// The tokens a change word governs.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scope {
    /// The change word.
    pub(super) word: usize,
    /// The first token past its reach.
    pub(super) end: usize,
    /// Used as a noun ("a rise of 2%"): its figures need a role word.
    pub(super) is_noun: bool,
    /// "up" before "to" after a verb of motion ("revised up to 245,000"):
    /// a direction, not the bound "up to".
    is_particle: bool,
}

/// The change words of a sentence with their reach, in text order.
#[derive(Debug, Default)]
pub(in crate::extract::figure) struct Scopes(Vec<Scope>);

impl Scopes {
    /// Finds the change words of a sentence and how far each reaches.
    pub(in crate::extract::figure) fn read(toks: &[Token]) -> Scopes {
        let mut scopes = Vec::new();
        for i in 0..toks.len() {
            let Some(is_particle) = opens_scope(toks, i) else { continue };
            let is_noun = is_noun_use(toks, i);
            let mut depth = 0_i32;
            let end = (i + 1..toks.len())
                .find(|&k| {
                    depth += i32::from(toks[k].is_punct('(')) - i32::from(toks[k].is_punct(')'));
                    let noun_ends = is_noun
                        && (is_auxiliary(&toks[k].norm) || (toks[k].is_punct(',') && !starts_role_word(toks, k + 1)));
                    ends_clause(toks, k, depth > 0) || noun_ends || opens_scope(toks, k).is_some()
                })
                .unwrap_or(toks.len());
            scopes.push(Scope { word: i, end, is_noun, is_particle });
        }
        Scopes(scopes)
    }

    /// The scope that governs token `i`.
    pub(super) fn at(&self, i: usize) -> Option<&Scope> {
        self.0.iter().find(|s| s.word < i && i < s.end)
    }

    /// Whether token `i` is a direction particle to step over, so that "up
    /// to 245,000" is read as "to 245,000".
    pub(in crate::extract::figure) fn is_particle(&self, i: usize) -> bool {
        self.0.iter().any(|s| s.word == i && s.is_particle)
    }

    /// Whether a figure starting at token `i` is a level or change of a
    /// change construction, so that a "to" after it leads to the next
    /// level instead of closing a range: "rose from 18 to 21", "rose 32,000
    /// to 1.41 million".
    pub(in crate::extract::figure) fn splits_levels(&self, toks: &[Token], i: usize) -> bool {
        // After "or" a figure restates the one before it ("up 6%, or 16.75 pence, to 293.5p").
        let restates = i > 0 && toks[i - 1].is("or");
        self.at(i).is_some_and(|s| toks[i].is("from") || restates || lead(toks, s, i).is_some())
    }
}

/// Whether a change word at `i` opens a scope (see [`change_word`]): a
/// change noun before another noun modifies it and governs nothing
/// ("growth figures", "its growth forecast from 1.8% to 0.8%").
fn opens_scope(toks: &[Token], i: usize) -> Option<bool> {
    let is_particle = change_word(toks, i)?;
    let next_is_noun = toks.get(i + 1).is_some_and(|t| t.is_word() && !is_function_word(&t.norm));
    let modifies = is_noun_use(toks, i) && next_is_noun && change_word(toks, i + 1).is_none();
    (!modifies).then_some(is_particle)
}

/// Whether token `i` is a change word, and if so whether it is a direction
/// particle. "up" and "down" count unless an idiom takes them ("set up",
/// "shot down"), "back" after a verb of change or motion ("scaled back to
/// 4%"), and "up to" is a bound unless a verb of motion precedes it;
/// "lower than" is a comparison, and a participle after a determiner is an
/// adjective ("from a revised 53.3").
fn change_word(toks: &[Token], i: usize) -> Option<bool> {
    let t = toks.get(i).filter(|t| t.opens.change())?;
    let prev = i.checked_sub(1).map(|p| toks[p].norm.as_str());
    let next = toks.get(i + 1);
    match t.norm.as_str() {
        "up" | "down" if prev.is_some_and(is_idiom_head) => None,
        "up" if next.is_some_and(|n| n.is("to")) => prev.is_some_and(is_particle_head).then_some(true),
        "up" | "down" => Some(false),
        "back" => prev.is_some_and(|p| is_particle_head(p) || is_change_verb(p)).then_some(false),
        w if w.ends_with("ed") && prev.is_some_and(|p| matches!(p, "a" | "an" | "the")) => None,
        w if is_change_verb(w) || is_change_noun(w) => (!next.is_some_and(|n| n.is("than"))).then_some(false),
        _ => None,
    }
}

/// Whether the change word at `i` is used as a noun: a noun of change only
/// ("growth"), or after a determiner or an adjective of size ("a rise",
/// "its biggest fall"). Nouns take their figures through a role word.
fn is_noun_use(toks: &[Token], i: usize) -> bool {
    is_change_noun(&toks[i].norm) || i.checked_sub(1).is_some_and(|p| toks[p].is_word() && is_noun_sign(&toks[p].norm))
}

/// Whether a clause ends at token `k` (see the module header); `in_brackets`
/// when `k` lies inside brackets opened in the clause ("(£53m; $100m)").
fn ends_clause(toks: &[Token], k: usize, in_brackets: bool) -> bool {
    let t = &toks[k];
    let next = toks.get(k + 1);
    if (t.is_punct(';') || t.is_punct(':')) && !in_brackets {
        return true;
    }
    if t.is_word() && is_clause_conjunction(&t.norm) {
        return true;
    }
    // "… and the firm hired", "… and is expected to remain at".
    let new_subject = |n: &Token| is_subject_start(&n.norm) || is_auxiliary(&n.norm);
    if (t.is("and") || t.is("or")) && next.is_some_and(new_subject) {
        return true;
    }
    let is_break = t.is_punct(',') || is_spaced_dash(toks, k);
    let Some(n) = next.filter(|n| is_break && n.is_word()) else { return false };
    // "fell from 8,420 to 7,310, or 13.2%": the change restated.
    if n.is("or") && starts_number(toks, k + 2) {
        return false;
    }
    is_clause_opener(&n.norm) || is_participle(&n.norm) || is_subject_start(&n.norm)
}

/// A dash that stands between words rather than joining two numbers.
fn is_spaced_dash(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let glued_before = k.checked_sub(1).is_some_and(|p| adjacent(&toks[p], t));
    let glued_after = toks.get(k + 1).is_some_and(|n| adjacent(t, n));
    t.is_punct('—') || ((t.is_punct('-') || t.is_punct('–')) && !(glued_before && glued_after))
}

/// A present participle that opens a clause of its own ("…, bringing").
fn is_participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && !is_change_verb(w)
}

/// Whether a number starts at token `k`: digits, a currency sign or a
/// number word.
fn starts_number(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.kind == TokenKind::Number
            || ["£", "$", "€", "¥"].contains(&t.norm.as_str())
            || small_number(&t.norm).is_some()
            || t.is("about")
    })
}
