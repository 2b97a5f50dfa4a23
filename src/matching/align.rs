//! Alignment: how strongly the words around one figure, date or sentence
//! of the article state a claim, as a score from 0 to 1.
//!
//! The score is the product of four parts:
//!
//! - **words**: each claim term weighs its rarity in the article (inverse
//!   sentence frequency) times its closeness to the claim's figure in the
//!   statement. In the article it counts by its closeness to the candidate
//!   (in full in the candidate's own clause, at [`OTHER_CLAUSE`] outside
//!   it), times how well its offset from the candidate agrees with its
//!   offset from the figure in the statement (see [`order`]; `about` terms
//!   have no offset), but never more than it weighs in the statement: the part
//!   is the share of the claim's weight found, 1 when the candidate has the
//!   statement's words at least as close as the statement has them.
//!   Closeness halves at [`STATEMENT_REACH`] words for the statement's own
//!   words and at [`ABOUT_REACH`] words for `about` terms, which name the
//!   topic and may stand anywhere in the clause.
//! - **unit**: the candidate's head noun against the claim's unit ("90 jobs"
//!   against "two titles").
//! - **role**: the candidate's role in a change construction against the
//!   statement's ("to $11.1bn" against "from $10.9bn").
//! - **verb**: the word that governs the candidate against the statement's
//!   ("axe 90" against "employ 521"), by stem and synonym group.
//! - **source**: for a claim that names a source, whether the candidate is
//!   credited to a named source or to nobody named.
//!
//! Distances are counted from the value and the noun phrase it opens ("the
//! August 26 double suicide bombing": "bombing" stands at distance 0 from
//! the date, as "jobs" does in "90 journalist jobs").
//!
//! A candidate whose own clause holds none of the claim's terms, or whose
//! score is under [`FLOOR`], is no mention.

use serde::Serialize;

use crate::extract::clause::Layout;
use crate::extract::figure::{head_noun, Role};
use crate::extract::lexicon::{is_people_stem, is_person_noun, is_stop_word};
use crate::segment::{stem, strip_possessive, Token, TokenKind};

use super::terms::stems_for;

/// Words of distance at which a statement word counts half.
pub const STATEMENT_REACH: f64 = 3.0;
/// Words of distance at which an `about` term counts half.
pub const ABOUT_REACH: f64 = 12.0;
/// What a term outside the candidate's clause counts, relative to inside.
pub const OTHER_CLAUSE: f64 = 0.3;
/// What a statement word counts at the worst agreement of its offset from
/// the figure with the statement's ("axe 90" against "90 … axed").
pub const ORDER_FLOOR: f64 = 0.5;
/// The same for an `about` term found in the statement: its place there
/// says less, since the writer chose it as a topic word.
pub const ABOUT_ORDER_FLOOR: f64 = 0.75;
/// Words of offset difference at which that agreement is half-way.
pub const ORDER_REACH: f64 = 1.0;
/// Candidates scoring under this are no mentions.
pub const FLOOR: f64 = 0.1;
/// How far (in words) the governing word may stand before its figure.
const GOVERNOR_REACH: u32 = 4;

/// How one part of the claim fits the candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// The same, or nothing to compare.
    Same,
    /// Close: a level against the level a change reaches.
    Close,
    /// One side says nothing of it.
    Unknown,
    /// Different.
    Different,
}

impl Fit {
    /// The factor this fit puts on the score of `part`.
    pub fn factor(self, part: Part) -> f64 {
        match (part, self) {
            (_, Fit::Same) => 1.0,
            (Part::Unit, Fit::Close | Fit::Unknown) => 0.8,
            (Part::Unit, Fit::Different) => 0.5,
            (Part::Role, Fit::Close) => 0.9,
            (Part::Role, Fit::Unknown) => 0.75,
            (Part::Role, Fit::Different) => 0.4,
            (Part::Verb, _) => 0.85,
            (Part::Source, _) => 0.8,
        }
    }
}

/// The parts of an alignment that fit or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The unit or head noun.
    Unit,
    /// The role in a change construction.
    Role,
    /// The governing word.
    Verb,
    /// The source credited.
    Source,
}

/// How strongly a candidate states the claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The score, 0 to 1: `words × unit × role × verb × source` factors.
    pub score: f64,
    /// The share of the claim's term weight found near the candidate.
    pub words: f64,
    /// The unit's fit.
    pub unit: Fit,
    /// The role's fit.
    pub role: Fit,
    /// The governing word's fit.
    pub verb: Fit,
    /// The source's fit.
    pub source: Fit,
    /// The terms found in the candidate's own clause, as indexes.
    pub aligned: Vec<usize>,
}

impl Alignment {
    /// No alignment: for a candidate with no view to align with.
    pub fn none() -> Alignment {
        Alignment {
            score: 0.0,
            words: 0.0,
            unit: Fit::Unknown,
            role: Fit::Unknown,
            verb: Fit::Unknown,
            source: Fit::Unknown,
            aligned: Vec::new(),
        }
    }

    /// Whether the candidate is a mention at all.
    pub fn above_floor(&self) -> bool {
        !self.aligned.is_empty() && self.score >= FLOOR
    }
}

/// What a term counts at `distance` words from the figure, when it counts
/// half at `reach` words.
pub fn closeness(distance: u32, same_clause: bool, reach: f64) -> f64 {
    let near = 1.0 / (1.0 + f64::from(distance) / reach);
    if same_clause {
        near
    } else {
        near * OTHER_CLAUSE
    }
}

/// How well a term's offset from the candidate (`found`) agrees with its
/// offset from the figure in the statement (`claimed`), from
/// [`ORDER_FLOOR`] to 1.
pub fn order(claimed: i64, found: i64, floor: f64) -> f64 {
    let gap = (claimed - found).unsigned_abs() as f64;
    floor + (1.0 - floor) / (1.0 + gap / ORDER_REACH)
}

/// The rarity of a term held by `held` of `sentences` sentences.
pub fn rarity(held: usize, sentences: usize) -> f64 {
    (1.0 + sentences as f64 / held.max(1) as f64).ln()
}

/// One term's place in the statement: its weight there and its side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TermPlace {
    /// Its closeness to the statement's figure (1 when there is none).
    pub closeness: f64,
    /// Its offset from the figure in words (negative before it), when
    /// known.
    pub offset: Option<i64>,
    /// The distance at which it counts half in the article.
    pub reach: f64,
}

/// A term's occurrence in the candidate's sentence: term index and tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// Index of the term.
    pub term: usize,
    /// First token.
    pub first: usize,
    /// Last token.
    pub last: usize,
}

/// The candidate: its tokens and what it says of itself.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    /// First token of the figure or date (the whole sentence's first, with
    /// `last` its last, for a claim without one).
    pub first: usize,
    /// Last token of the value and the noun phrase it opens.
    pub last: usize,
    /// Its fits of unit, role and governing word.
    pub unit: Fit,
    /// The role's fit.
    pub role: Fit,
    /// The governing word's fit.
    pub verb: Fit,
    /// The source's fit.
    pub source: Fit,
}

/// Scores a candidate: `places` and `weights` per claim term, the term
/// occurrences of its sentence, and its anchor.
pub fn align(
    places: &[TermPlace],
    weights: &[f64],
    hits: &[Occurrence],
    layout: &Layout,
    anchor: &Anchor,
) -> Alignment {
    let mut found = vec![0.0f64; places.len()];
    let mut aligned = Vec::new();
    for h in hits {
        let same_clause = layout.same_clause(h.first, anchor.first) || layout.same_clause(h.last, anchor.last);
        let distance =
            layout.distance(h.first, anchor.first, anchor.last).min(layout.distance(h.last, anchor.first, anchor.last));
        let offset = if h.last < anchor.first { -i64::from(distance) } else { i64::from(distance) };
        let floor = if places[h.term].reach == ABOUT_REACH { ABOUT_ORDER_FLOOR } else { ORDER_FLOOR };
        let order = places[h.term].offset.map_or(1.0, |o| order(o, offset, floor));
        let counts = closeness(distance, same_clause, places[h.term].reach) * order;
        found[h.term] = found[h.term].max(counts);
        if same_clause {
            aligned.push(h.term);
        }
    }
    aligned.sort_unstable();
    aligned.dedup();
    let total: f64 = places.iter().zip(weights).map(|(p, w)| p.closeness * w).sum();
    let got: f64 = places.iter().zip(weights).zip(&found).map(|((p, w), f)| p.closeness.min(*f) * w).sum();
    let words = if total > 0.0 { got / total } else { 0.0 };
    let parts = [
        (Part::Unit, anchor.unit),
        (Part::Role, anchor.role),
        (Part::Verb, anchor.verb),
        (Part::Source, anchor.source),
    ];
    let score = words * parts.iter().map(|(part, fit)| fit.factor(*part)).product::<f64>();
    Alignment { score, words, unit: anchor.unit, role: anchor.role, verb: anchor.verb, source: anchor.source, aligned }
}

/// How a candidate's head noun fits the claim's unit (both lower-case): a
/// noun on one side only says nothing sure ("five of the eight critics").
pub fn unit_fit(claimed: Option<&str>, found: Option<&str>) -> Fit {
    let (Some(c), Some(f)) = (claimed, found) else {
        return if claimed.is_none() && found.is_none() { Fit::Same } else { Fit::Unknown };
    };
    let generic = |w: &str| is_people_stem(&stem(w));
    if same_word(c, f) || (generic(c) && is_person_noun(f)) || (generic(f) && is_person_noun(c)) {
        Fit::Same
    } else {
        Fit::Different
    }
}

/// How a candidate's role fits the statement's: a plain level stands
/// closest to the level a change reaches.
pub fn role_fit(claimed: Option<Role>, found: Option<Role>) -> Fit {
    match (claimed, found) {
        (a, b) if a == b => Fit::Same,
        (None, Some(Role::To)) | (Some(Role::To), None) => Fit::Close,
        (None, _) | (_, None) => Fit::Unknown,
        _ => Fit::Different,
    }
}

/// How the word governing a candidate fits the statement's: the same
/// word fits; a statement without one says nothing.
pub fn verb_fit(claimed: Option<&str>, found: Option<&str>) -> Fit {
    match (claimed, found) {
        (None, _) => Fit::Same,
        (Some(c), Some(f)) if same_word(c, f) => Fit::Same,
        (Some(_), Some(_)) => Fit::Different,
        (Some(_), None) => Fit::Unknown,
    }
}

/// The last token of the value ending at token `last` and of the noun
/// phrase it opens: up to its head noun `noun` when the value has one (a
/// figure's unit), else the phrase [`head_noun`] finds; `end` bounds the
/// sentence.
pub fn phrase_end(toks: &[Token], last: usize, end: usize, noun: Option<&str>) -> usize {
    let after = last + 1..end.min(last + 7);
    let found = match noun {
        Some(noun) => toks[after.clone()].iter().position(|t| strip_possessive(&t.norm) == noun),
        None => head_noun(&toks[..end], last + 1, "").map(|(_, to)| to - last - 2),
    };
    found.map_or(last, |k| last + 1 + k)
}

/// Whether two words share a stem or a synonym group.
fn same_word(a: &str, b: &str) -> bool {
    let b = stem(b);
    stems_for(a).contains(&b)
}

/// The word that governs the figure starting at token `first`: the nearest
/// content word before it in its clause, within a few words and before any
/// comma or colon, skipping bracketed asides and the tokens `skip` marks
/// (other figures and dates).
/// Capitalised words (names, or a sentence's first word) and stop words
/// govern nothing.
pub fn governor(
    toks: &[Token],
    layout: &Layout,
    sentence_start: usize,
    first: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut depth = 0usize;
    for k in (sentence_start..first).rev() {
        let t = &toks[k];
        if !layout.same_clause(k, first) || layout.distance(k, first, first) > GOVERNOR_REACH {
            return None;
        }
        match t.norm.as_str() {
            ")" | "]" => depth += 1,
            "(" | "[" => depth = depth.saturating_sub(1),
            // A comma or colon ends the phrase the figure stands in.
            "," | ":" if depth == 0 => return None,
            _ => {}
        }
        let content =
            t.kind == TokenKind::Word && !is_stop_word(&t.norm) && !t.capitalized && t.norm.chars().count() > 1;
        if depth == 0 && content && !skip(k) {
            return Some(k);
        }
    }
    None
}

#[cfg(test)]
mod tests;
