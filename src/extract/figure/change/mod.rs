//! Change constructions: a change word ("rose", "cut", "up", "a rise of")
//! and the figures it governs, each read on its own with the [`Role`] it
//! plays: "sales rose 2% (change) to $11.1bn (to) from $10.9bn (from)".
//!
//! A change word governs the figures after it in its own clause (see
//! [`scope`]). A governed figure takes its role from the role word before it,
//! past fillers such as "a further" or "a record high of" (see [`lead`]); the
//! first figure right after a change verb, past fillers and a short object
//! ("cut its forecast 4%"), is the change. A figure just before a noun of
//! change is its size ("a 2% rise"), and a figure that restates another
//! ("$11.1bn (£8bn)", ", or 13.2%") takes its role. Figures with no such
//! word keep no role, and governed figures joined by "to" are never one
//! range. Each rule below has a name and says why.

mod lead;
mod scope;
mod words;

use super::compound::is_time_unit;
use super::{Figure, FigureKind, Role};
use crate::extract::lexicon::is_function_word;
use crate::segment::Token;
use lead::{is_compound_at, lead, skip_fillers, Lead};
use scope::Scope;
pub(super) use scope::Scopes;
pub(crate) use words::change_words;
use words::{is_fundraising_verb, is_level_noun, is_sized_change};

/// A figure with the tokens it was read from: `start` is its first token,
/// `end` the token after its number (its unit noun is not included).
pub(super) struct Placed {
    pub(super) figure: Figure,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// What a rule makes of a figure.
enum Ruling {
    /// The figure plays this role.
    Is(Role),
    /// The figure plays no role.
    Neither,
    /// The rule does not apply; the next one decides.
    Pass,
}

/// The sentence a rule looks at: its tokens, change words and figures, and
/// the roles of the figures before the one being decided.
struct Context<'a> {
    toks: &'a [Token],
    scopes: &'a Scopes,
    placed: &'a [Placed],
    roles: &'a [Option<Role>],
}

type Rule = fn(&Context, usize) -> Ruling;

/// The role rules, tried in order; the first that rules decides.
const RULES: &[(&str, Rule)] = &[
    ("count-of-times", count_of_times),
    ("sized-change", sized_change),
    ("compound-modifier", compound_modifier),
    ("determiner-modifier", determiner_modifier),
    ("level-pair", level_pair),
    ("restatement", restatement),
    ("coordinated", coordinated),
    ("role-word", role_word),
    ("first-after-verb", first_after_verb),
    ("level-before-from", level_before_from),
];

/// Gives each figure of a sentence its role in a change construction.
pub(super) fn give_roles(toks: &[Token], scopes: &Scopes, placed: &mut [Placed]) {
    let mut roles = Vec::with_capacity(placed.len());
    for n in 0..placed.len() {
        let cx = Context { toks, scopes, placed, roles: &roles };
        let role = RULES
            .iter()
            .find_map(|(_, rule)| match rule(&cx, n) {
                Ruling::Is(role) => Some(Some(role)),
                Ruling::Neither => Some(None),
                Ruling::Pass => None,
            })
            .flatten();
        roles.push(role);
    }
    for (p, role) in placed.iter_mut().zip(roles) {
        p.figure.role = role;
    }
}

/// "a 2% rise", "a £3bn cut", "a 10-point drop", "3% higher": a figure just
/// before a singular noun of change, or a comparative, is the change's size.
/// A bare count needs "a" before it ("a 300 rise", "a quarter point rise";
/// "300 cuts" counts cuts) or its unit before a comparative ("16 points
/// lower"),
/// and "up" or "down" before a noun is no change ("a 10% down payment").
fn sized_change(cx: &Context, n: usize) -> Ruling {
    let (toks, p) = (cx.toks, &cx.placed[n]);
    let compound = is_compound_at(toks, p.end - 1);
    let after = if compound { p.end + 2 } else { p.end };
    let modifiers = toks[after..].iter().take(2).take_while(|t| t.is_word() && !is_function_word(&t.norm)).count();
    let Some(w) = (after..=after + modifiers).find(|&at| toks.get(at).is_some_and(|t| is_sized_change(&t.norm))) else {
        return Ruling::Pass;
    };
    let comparative = matches!(toks[w].norm.as_str(), "up" | "down" | "higher" | "lower");
    let noun_after = toks.get(w + 1).is_some_and(|t| t.is_word() && !is_function_word(&t.norm));
    // "16.29 points lower": a count's own unit may come between.
    let unit = usize::from(p.figure.noun.as_deref().is_some_and(|u| toks.get(after).is_some_and(|t| t.is(u))));
    let sized = p.figure.kind != FigureKind::Number || after_article(toks, p) || compound || (comparative && unit == 1);
    if sized && !(comparative && (w > after + unit || noun_after)) {
        Ruling::Is(Role::Change)
    } else {
        Ruling::Pass
    }
}

/// "a 12-year low", "a 300-job plant", "a four month high of": a number
/// glued to a word by a hyphen, or before a word and a level noun, names no
/// level.
fn compound_modifier(cx: &Context, n: usize) -> Ruling {
    let (toks, p) = (cx.toks, &cx.placed[n]);
    let before_level = toks.get(p.end).is_some_and(|t| t.is_word())
        && toks.get(p.end + 1).is_some_and(|t| is_level_noun(&t.norm))
        && toks.get(p.end + 2).is_some_and(|t| t.is("of"));
    if p.figure.kind == FigureKind::Number && (is_compound_at(toks, p.end - 1) || before_level) {
        Ruling::Neither
    } else {
        Ruling::Pass
    }
}

/// Whether the figure follows "a" or "an", or starts with it ("a quarter").
fn after_article(toks: &[Token], p: &Placed) -> bool {
    let article = |k: usize| toks[k].is("a") || toks[k].is("an");
    article(p.start) || p.start.checked_sub(1).is_some_and(article)
}

/// Whether the figure follows an article or a possessive ("a", "its",
/// "her"); not "the", which a participle may follow ("from the £130m seen").
fn after_determiner(toks: &[Token], p: &Placed) -> bool {
    after_article(toks, p)
        || p.start
            .checked_sub(1)
            .is_some_and(|k| matches!(toks[k].norm.as_str(), "its" | "their" | "his" | "her" | "our"))
}

/// "rose five times", "eight times higher": a count of occasions or a factor
/// is no size of a change.
fn count_of_times(cx: &Context, n: usize) -> Ruling {
    let p = &cx.placed[n];
    if matches!(p.figure.noun.as_deref(), Some("times" | "occasions")) {
        Ruling::Neither
    } else {
        Ruling::Pass
    }
}

/// "lost a $23bn contract", "cut a 5% stake", "lost her £7.5m case": a
/// figure between an article or a possessive and a noun describes that noun
/// (unless the noun is a change, "sized-change", or a level: "its current
/// 4.75% mark").
fn determiner_modifier(cx: &Context, n: usize) -> Ruling {
    let (toks, p) = (cx.toks, &cx.placed[n]);
    let noun_next =
        toks.get(p.end).is_some_and(|t| t.is_word() && !is_function_word(&t.norm) && !is_level_noun(&t.norm));
    if after_determiner(toks, p) && noun_next {
        Ruling::Neither
    } else {
        Ruling::Pass
    }
}

/// "will rise by 9.4% and 8.1% respectively": a figure of the same kind
/// right after "and" shares the role of the figure before it.
fn coordinated(cx: &Context, n: usize) -> Ruling {
    let Some(prev_role) = n.checked_sub(1).and_then(|m| cx.roles[m]) else { return Ruling::Pass };
    let (prev, p) = (&cx.placed[n - 1], &cx.placed[n]);
    let joined = p.start == prev.end + 1 && cx.toks[prev.end].is("and");
    if joined && p.figure.kind == prev.figure.kind && p.figure.currency == prev.figure.currency {
        Ruling::Is(prev_role)
    } else {
        Ruling::Pass
    }
}

/// "$11.1bn (£8bn)", "fell from 8,420 to 7,310, or 13.2%": a figure in
/// brackets, after "or" or (of another kind) between dashes restates the
/// figure before it. Of the same kind,
/// as money in brackets or as a share of a whole it takes that figure's
/// role; another percentage beside an amount, or any figure beside a
/// change, is the change.
fn restatement(cx: &Context, n: usize) -> Ruling {
    let Some(prev_role) = n.checked_sub(1).and_then(|m| cx.roles[m]) else { return Ruling::Pass };
    let (prev, p) = (&cx.placed[n - 1], &cx.placed[n]);
    // "86.7bn Swiss francs ($74.6bn)", "10,000 vehicles, or 1.2%": the unit
    // may stand between.
    let unit_words = cx.toks[prev.end..p.start].iter().take(3).take_while(|t| t.is_word() && !t.is("or")).count();
    let gap = &cx.toks[prev.end + unit_words..p.start];
    // A dash sets a restatement apart too when the kinds differ ("rose 15
    // cents - 1.1% - on the day").
    let kinds_differ = p.figure.kind != prev.figure.kind;
    let joins = |t: &Token| t.is_punct('(') || t.is("or") || (kinds_differ && is_dash(t));
    let only_joiners = gap.iter().all(|t| joins(t) || t.is_punct(',') || is_dash(t));
    // "77m euros (£53m; $100m)": conversions listed in brackets.
    let bracketed_list =
        gap.len() == 1 && gap[0].is_punct(';') && prev.start > 0 && cx.toks[prev.start - 1].is_punct('(');
    if !bracketed_list && (gap.is_empty() || !only_joiners || !gap.iter().any(joins)) {
        return Ruling::Pass;
    }
    // "to 4.46 million, or 10.8% of the workforce": a share restates the level;
    // "86.7bn Swiss francs ($74.6bn)": money in brackets converts an amount.
    let is_share = p.figure.kind == FigureKind::Percent && cx.toks.get(p.end).is_some_and(|t| t.is("of"));
    let converts = p.figure.kind == FigureKind::Money && gap.iter().any(|t| t.is_punct('(') || t.is_punct(';'));
    if p.figure.kind == prev.figure.kind || is_share || converts {
        Ruling::Is(prev_role)
    } else if p.figure.kind == FigureKind::Percent || prev_role == Role::Change {
        Ruling::Is(Role::Change)
    } else {
        Ruling::Neither
    }
}

fn is_dash(t: &Token) -> bool {
    t.is_punct('-') || t.is_punct('–') || t.is_punct('—')
}

/// "fell 8,420–7,310": two governed figures of one kind joined by a dash
/// that did not make a range are the level left and the level reached.
fn level_pair(cx: &Context, n: usize) -> Ruling {
    let joined = |a: &Placed, b: &Placed| {
        b.start == a.end + 1
            && is_dash(&cx.toks[a.end])
            && a.figure.kind == b.figure.kind
            && cx.scopes.at(a.start).is_some_and(|s| b.start < s.end)
    };
    let p = &cx.placed[n];
    if cx.placed.get(n + 1).is_some_and(|next| joined(p, next)) {
        Ruling::Is(Role::From)
    } else if n > 0 && joined(&cx.placed[n - 1], p) {
        Ruling::Is(Role::To)
    } else {
        Ruling::Pass
    }
}

/// A governed figure after a role word (see [`lead`]). "at" and "against"
/// mark a level only when no noun but "points" follows ("down 3% at 200p",
/// "up 0.7% at 11,740 points"; not "cut jobs at 3 plants", "action against
/// five banks"), and right after the verb it is a pace ("growing at 9% a
/// year"): the change.
fn role_word(cx: &Context, n: usize) -> Ruling {
    let p = &cx.placed[n];
    let Some(scope) = cx.scopes.at(p.start) else { return Ruling::Pass };
    match lead(cx.toks, scope, p.start) {
        Some(Lead::Marked(_, "at" | "against"))
            if p.figure.noun.as_deref().is_some_and(|u| u != "points") || cx.toks[p.start - 1].is("the") =>
        {
            Ruling::Neither
        }
        Some(Lead::Marked(_, "at")) if is_pace(cx.toks, scope, p) => Ruling::Is(Role::Change),
        Some(Lead::Marked(role, _)) => Ruling::Is(role),
        _ => Ruling::Pass,
    }
}

/// Whether the "at" before the percentage `p` follows a change verb
/// straight away ("growing at 9% a year"), rather than a comparative ("16%
/// down at A$4.67").
fn is_pace(toks: &[Token], scope: &Scope, p: &Placed) -> bool {
    let comparative = matches!(toks[scope.word].norm.as_str(), "up" | "down" | "higher" | "lower");
    let rate = matches!(p.figure.kind, FigureKind::Percent | FigureKind::Points);
    rate && !comparative && skip_fillers(toks, scope.word + 1, p.start) == scope.word + 2
}

/// "rose 2%", "cut 300 jobs", "rose a further 2%": the first figure right
/// after a change verb is the change; but a bound that names a line crossed
/// ("rose above 5%", "fell below 40") is the level reached, money right
/// after "raise" is money raised, and a count of time units is a span ("the
/// value 10 years earlier").
fn first_after_verb(cx: &Context, n: usize) -> Ruling {
    let p = &cx.placed[n];
    let Some(scope) = cx.scopes.at(p.start).filter(|s| lead(cx.toks, s, p.start) == Some(Lead::Direct)) else {
        return Ruling::Pass;
    };
    let crossed = matches!(p.figure.qualifier_text.as_deref(), Some("above" | "below" | "well above" | "well below"));
    let raised = p.figure.kind == FigureKind::Money && is_fundraising_verb(&cx.toks[scope.word].norm);
    let span = p.figure.noun.as_deref().is_some_and(is_time_unit);
    if crossed {
        Ruling::Is(Role::To)
    } else if raised || span {
        Ruling::Neither
    } else {
        Ruling::Is(Role::Change)
    }
}

/// "cut to 3.0% from 3.5% this year and 2.2% from 2.6%": a governed
/// figure with no role word, followed by "from" and a figure, is the level
/// reached.
fn level_before_from(cx: &Context, n: usize) -> Ruling {
    let p = &cx.placed[n];
    let from_next = cx.toks.get(p.end).is_some_and(|t| t.is("from"))
        && cx.placed.get(n + 1).is_some_and(|next| next.start == p.end + 1);
    if cx.scopes.at(p.start).is_some() && from_next {
        Ruling::Is(Role::To)
    } else {
        Ruling::Neither
    }
}

#[cfg(test)]
mod tests;
