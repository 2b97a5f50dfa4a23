//! Rules that read a figure by the figures beside it in its sentence, each
//! named as the figure's `rule`: conversions in brackets take the
//! qualifier of the amount they convert ("up to $300m (£160m)"), points
//! after a rate are percentage points ("the jobless rate rose 0.4 points"),
//! and a number joined by "and" or "or" to one with a unit shares it ("five
//! and six-year-olds").

use super::change::Placed;
use super::{FigureKind, Qualifier};
use crate::extract::lexicon::word_list;
use crate::segment::Token;

word_list!(
    /// Nouns that name a rate, whose changes are in percentage points.
    is_rate_noun = "rate-nouns.txt"
);

type Rule = fn(&[Token], &mut [Placed], usize) -> bool;

/// The sentence rules, each tried on every figure in text order.
const RULES: &[(&str, Rule)] = &[
    ("conversion-qualifier", conversion_qualifier),
    ("points-after-rate", points_after_rate),
    ("shared-unit", shared_unit),
];

/// Applies the sentence rules to its figures; a rule that changes a figure
/// names it.
pub(super) fn apply_context(toks: &[Token], placed: &mut [Placed]) {
    for n in 0..placed.len() {
        for (name, rule) in RULES {
            if rule(toks, placed, n) {
                placed[n].figure.rule = name;
            }
        }
    }
}

/// "exceeding $86m (£46m)", "up to 410m euros ($530m; £285m)": an amount of
/// money in brackets right after a qualified amount converts it, and takes
/// its qualifier.
fn conversion_qualifier(toks: &[Token], placed: &mut [Placed], n: usize) -> bool {
    let Some(prev) = n.checked_sub(1).map(|m| &placed[m]) else { return false };
    let p = &placed[n];
    let money = p.figure.kind == FigureKind::Money && prev.figure.kind == FigureKind::Money;
    let one_sided = !matches!(
        prev.figure.qualifier,
        Qualifier::Exact | Qualifier::Range | Qualifier::Bounded { .. } | Qualifier::Magnitude
    );
    let gap = toks.get(prev.end..p.start).unwrap_or(&[]);
    let bracketed = !gap.is_empty()
        && gap.iter().all(|t| t.is_punct('(') || t.is_punct(';') || t.is_punct(','))
        && gap.iter().any(|t| t.is_punct('(') || t.is_punct(';'));
    if !(money && one_sided && bracketed && p.figure.qualifier == Qualifier::Exact) {
        return false;
    }
    let (qualifier, text) = (prev.figure.qualifier, prev.figure.qualifier_text.clone());
    let f = &mut placed[n].figure;
    f.qualifier = qualifier;
    f.qualifier_text = text;
    true
}

/// "the jobless rate rose 0.4 points", "inflation fell half a point": a
/// count of points in a sentence that names a rate before it is a change
/// in percentage points.
fn points_after_rate(toks: &[Token], placed: &mut [Placed], n: usize) -> bool {
    let p = &placed[n];
    let is_points = matches!(p.figure.noun.as_deref(), Some("point" | "points"));
    if p.figure.kind != FigureKind::Number || !is_points || !toks[..p.start].iter().any(|t| is_rate_noun(&t.norm)) {
        return false;
    }
    let f = &mut placed[n].figure;
    f.kind = FigureKind::Points;
    f.noun = None;
    true
}

/// "five and six-year-olds", "aged 14 or 15": of two counts joined by
/// "and" or "or", one without a unit shares the other's.
fn shared_unit(toks: &[Token], placed: &mut [Placed], n: usize) -> bool {
    let joined = |a: &Placed, b: &Placed| {
        b.start == a.end + 1
            && toks.get(a.end).is_some_and(|t| t.is("and") || t.is("or"))
            && a.figure.kind == FigureKind::Number
            && b.figure.kind == FigureKind::Number
    };
    let p = &placed[n];
    if p.figure.noun.is_some() {
        return false;
    }
    let after = placed.get(n + 1).filter(|next| joined(p, next)).and_then(|next| next.figure.noun.clone());
    let before =
        n.checked_sub(1).map(|m| &placed[m]).filter(|prev| joined(prev, p)).and_then(|prev| prev.figure.noun.clone());
    let Some(noun) = after.or(before) else { return false };
    placed[n].figure.noun = Some(noun);
    true
}
