//! Verdicts: a claim and the article's index → a [`Judgement`], as a pure
//! function of both.
//!
//! Each candidate (a figure or date of the claim's kind in a sentence that
//! holds the claim's terms, or a quoted span that holds its quote) is
//! aligned with the claim (see [`crate::matching::align`]) and compared
//! field by field. The strongest mentions decide: a mention whose alignment
//! is under the strongest one's by more than [`MARGIN`] is listed as
//! `context`. Of those that decide: `conflicting` if any conflicts; else
//! `unattributed` if the claim names a source and no mention that states
//! the claim credits it; else `supported`; `not_found` when nothing but
//! other sources' accounts speaks of it.

mod figures;
pub mod mention;
mod quote;
mod sentence;

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::claims::Claim;
use crate::extract::ArticleIndex;
use crate::matching::align::{rarity, Alignment, Fit};
use crate::matching::frame::Frame;
use crate::matching::{Candidate, WordIndex};
use crate::source::Span;
pub use figures::{compare as compare_figures, is_bound, Agreement};
pub use mention::{Context, DateCheck, FigureCheck, Mention, QuoteCheck, SourceCheck};
use sentence::{value_mentions, Judging};

/// How far under the strongest mention's alignment (as a share of it, the
/// bound itself excluded) a mention still decides: the article's two accounts of one fact ("killed
/// 137", "killing more than 140") both decide.
pub const MARGIN: f64 = 0.15;

/// A claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The article agrees.
    Supported,
    /// The article says otherwise somewhere.
    Conflicting,
    /// The article agrees but does not credit the claimed source.
    Unattributed,
    /// The article does not speak of the claim.
    NotFound,
}

impl Verdict {
    /// The name used in reports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Conflicting => "conflicting",
            Verdict::Unattributed => "unattributed",
            Verdict::NotFound => "not_found",
        }
    }
}

/// A field of a claim that can conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The figure.
    Figure,
    /// The date.
    Date,
    /// The source.
    Source,
    /// The quote.
    Quote,
}

/// The verdict of one mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MentionVerdict {
    /// It agrees (and credits the claimed source, if any).
    Supported,
    /// It disagrees on a field.
    Conflicting,
    /// It agrees but credits nobody, or nobody named.
    Unattributed,
    /// It decides nothing: another source's account of the matter, or a
    /// weaker mention (see `context`); listed, never decisive.
    Context,
}

/// Why a candidate is no mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Its alignment is under the floor, or its clause holds no term.
    BelowFloor,
    /// It fits another value of the statement better than the claim's.
    OtherValue,
}

/// A candidate that is no mention, shown by `--explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// Index of the sentence.
    pub sentence: usize,
    /// The figure, date or sentence.
    pub focus: Span,
    /// Its alignment with the claim.
    pub alignment: Alignment,
    /// Why it is no mention.
    pub why: Why,
}

/// A claim's verdict with the mentions that decide it.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// The fields that conflict (`source` for `unattributed`).
    pub problems: Vec<Field>,
    /// Every mention, deciding or context, in text order.
    pub mentions: Vec<Mention>,
    /// Sentences that hold the claim's terms but no figure or date of its
    /// kind, in text order: not evidence, but shown on request so a reader
    /// can see what was passed over.
    pub near: Vec<usize>,
    /// What a figure, date or source claim was aligned with; none for a
    /// quote claim, whose quote is compared word by word and needs no
    /// terms to be judged (see [`Judgement::framing`]).
    pub framing: Option<Framing>,
    /// Candidates under the floor.
    pub rejected: Vec<Rejected>,
}

/// What a claim is aligned with: its frame, and how its terms fall in the
/// article.
#[derive(Debug, Clone, PartialEq)]
pub struct Framing {
    /// Its terms, their places in the statement and its unit.
    pub frame: Frame,
    /// Per term, its rarity in the article.
    pub weights: Vec<f64>,
    /// The sentences nearest to holding enough of the terms (see
    /// [`crate::matching::TermMatches::partial`]).
    pub partial: Vec<Candidate>,
}

impl Framing {
    /// Reads `claim`'s frame and finds its terms in the article: the
    /// framing, and the sentences that hold enough of the terms.
    fn read(claim: &Claim, index: &ArticleIndex, words: &WordIndex) -> (Framing, Vec<Candidate>) {
        let frame = Frame::of(claim);
        let matches = words.matches(&frame.terms, frame.needed, &index.segments.tokens);
        let sentences = index.segments.sentences.len();
        let weights = matches.frequency.iter().map(|&held| rarity(held, sentences)).collect();
        (Framing { frame, weights, partial: matches.partial }, matches.candidates)
    }
}

impl Judgement {
    /// What the claim was aligned with: as judged, or read now for a quote
    /// claim (for `--explain`, which shows a quote claim's terms too).
    pub fn framing(&self, claim: &Claim, index: &ArticleIndex, words: &WordIndex) -> Cow<'_, Framing> {
        match &self.framing {
            Some(framing) => Cow::Borrowed(framing),
            None => Cow::Owned(Framing::read(claim, index, words).0),
        }
    }
}

/// Settings that change how figures compare.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Relative width of "about N" and "almost N" bands (default 0.1).
    pub tolerance: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { tolerance: 0.1 }
    }
}

/// Judges one claim against an article.
pub fn judge(claim: &Claim, index: &ArticleIndex, words: &WordIndex, settings: Settings) -> Judgement {
    // The claimed source's names, with those the article gives it.
    let names = claim.source.as_ref().map(|src| index.aliases.expand(&src.names));
    let names = names.as_deref();
    let (mut mentions, rejected, near, framing) = match &claim.quote {
        Some(quote) => (quote::quote_mentions(quote, index, words, names), Vec::new(), Vec::new(), None),
        None => {
            let (framing, candidates) = Framing::read(claim, index, words);
            let frame = &framing.frame;
            let cx = Judging { claim, frame, index, settings, names, weights: &framing.weights };
            let (mentions, rejected, near) = value_mentions(&cx, &candidates);
            (mentions, rejected, near, Some(framing))
        }
    };
    mentions.sort_by_key(|m| (m.focus.start, m.sentence));
    if claim.quote.is_none() {
        if claim.paraphrase {
            prefer_the_same_value(&mut mentions, claim, index);
        }
        demote_weaker(&mut mentions);
    }
    let (verdict, problems) = verdict_of(claim, &mentions);
    Judgement { verdict, problems, mentions, near, framing, rejected }
}

/// For a paraphrase: when any mention with one of its terms gives its
/// value (in the same role and unit, and as a value, not only a bound the
/// value lies near: "more than 170" states no 173), the source states it,
/// and mentions of other values are only context. A paraphrase names a
/// source the source may credit elsewhere: only credit to another source
/// counts against it, never the lack of one.
fn prefer_the_same_value(mentions: &mut [Mention], claim: &Claim, index: &ArticleIndex) {
    let claim_bound = claim.figure.as_ref().is_some_and(|c| is_bound(&c.figure));
    let states = |m: &Mention| {
        m.context.is_none()
            && m.states_claim()
            && m.figure.is_none_or(|f| claim_bound || !is_bound(&index.figures[f.figure]))
            && m.alignment.role != Fit::Different
            && m.alignment.unit != Fit::Different
    };
    if mentions.iter().any(states) {
        for m in mentions.iter_mut().filter(|m| m.context.is_none() && !states(m)) {
            m.demote(Context::Weaker);
        }
    }
}

/// Makes context of the deciding mentions whose alignment is under the
/// strongest one's by more than [`MARGIN`].
fn demote_weaker(mentions: &mut [Mention]) {
    let strongest = mentions.iter().filter(|m| m.context.is_none()).map(|m| m.alignment.score).fold(0.0, f64::max);
    for m in mentions.iter_mut().filter(|m| m.context.is_none()) {
        if m.alignment.score <= strongest * (1.0 - MARGIN) {
            m.demote(Context::Weaker);
        }
    }
}

/// The claim's verdict and problems, drawn from its mentions.
fn verdict_of(claim: &Claim, mentions: &[Mention]) -> (Verdict, Vec<Field>) {
    let deciding: Vec<&Mention> = mentions.iter().filter(|m| m.context.is_none()).collect();
    // A weaker mention that states the claim may still credit its source.
    let credits = |m: &&Mention| {
        m.context != Some(Context::OtherSource)
            && m.states_claim()
            && matches!(m.source, Some(SourceCheck::Credited { .. }))
    };
    if deciding.is_empty() {
        (Verdict::NotFound, Vec::new())
    } else if deciding.iter().any(|m| m.verdict == MentionVerdict::Conflicting) {
        let mut problems: Vec<Field> = deciding.iter().flat_map(|m| m.problems.iter().copied()).collect();
        problems.sort();
        problems.dedup();
        (Verdict::Conflicting, problems)
    } else if claim.source.is_some() && !claim.paraphrase && !mentions.iter().any(|m| credits(&m)) {
        (Verdict::Unattributed, vec![Field::Source])
    } else {
        (Verdict::Supported, Vec::new())
    }
}

#[cfg(test)]
mod tests;
