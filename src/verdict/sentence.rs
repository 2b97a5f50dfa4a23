//! Value mentions: each figure (or date) of the claim's kind in a sentence
//! that holds the claim's terms is a candidate, aligned with the claim and
//! compared with it. A claim with neither figure nor date (a source alone)
//! has whole sentences as candidates.

use crate::claims::{Claim, ClaimFigure};
use crate::extract::figure::{Figure, FigureKind};
use crate::extract::lexicon::currency;
use crate::extract::ArticleIndex;
use crate::matching::align::{
    align, governor, phrase_end, role_fit, unit_fit, verb_fit, Alignment, Anchor, Fit, Occurrence,
};
use crate::matching::frame::{Frame, View};
use crate::matching::Candidate;
use crate::segment::stem;
use crate::source::Span;

use super::figures::compare;
use super::mention::{decide, source_check, Checks, Context, DateCheck, FigureCheck, Mention, SourceCheck};
use super::{Rejected, Settings, Why};

/// What the claim's figure counts: its kind, currency and unit stem.
struct Counted {
    kind: FigureKind,
    currency: Option<String>,
    unit: Option<String>,
    rate: bool,
}

impl Counted {
    fn of(claim: &Claim, figure: &ClaimFigure, frame: &Frame) -> Counted {
        let unit_currency = claim.unit.as_deref().and_then(|u| currency(&u.to_lowercase())).map(|(c, _)| c);
        let unit = claim.unit_noun().or_else(|| figure.figure.noun.clone());
        Counted {
            kind: figure.figure.kind,
            currency: figure.figure.currency.or(unit_currency).map(str::to_string),
            unit: unit.filter(|_| figure.figure.kind == FigureKind::Number).map(|u| stem(&u)),
            rate: frame.rate(),
        }
    }

    fn counts(&self, f: &Figure) -> bool {
        f.counts(self.kind, self.currency.as_deref(), self.unit.as_deref(), self.rate)
    }
}

/// What one claim is checked against: the claim, its frame, the article.
pub(super) struct Judging<'a> {
    pub claim: &'a Claim,
    pub frame: &'a Frame,
    pub index: &'a ArticleIndex,
    pub settings: Settings,
    /// The claimed source's names, if the claim has a source.
    pub names: Option<&'a [String]>,
    /// Per term, its rarity in the article.
    pub weights: &'a [f64],
}

/// The mentions of a figure, date or source claim, the candidates under
/// the floor, and the sentences that hold the terms but no value of the kind.
pub(super) fn value_mentions(cx: &Judging, candidates: &[Candidate]) -> (Vec<Mention>, Vec<Rejected>, Vec<usize>) {
    let mut mentions = Vec::new();
    let mut rejected = Vec::new();
    let mut near = Vec::new();
    for c in candidates {
        let anchors = anchors(cx, c.sentence);
        if anchors.is_empty() {
            near.push(c.sentence);
        }
        for anchor in anchors {
            let source = source_of(cx, c.sentence, &anchor);
            let views: Vec<&View> = cx.frame.views.iter().collect();
            let alignment = align_candidate(cx, c, &anchor, source, &views);
            // A value that fits one of the statement's other values (of its
            // currency) clearly better is that value's mention ("from
            // $10.9bn" beside a claim of $11.1bn).
            let currency = anchor.figure.and_then(|f| index_currency(cx, f));
            let others: Vec<&View> = cx.frame.others.iter().filter(|v| v.currency == currency).collect();
            let other = (!others.is_empty() && !cx.claim.paraphrase)
                .then(|| align_candidate(cx, c, &anchor, source, &others))
                .filter(|o| o.score > alignment.score * OTHER_VALUE_LEAD);
            let focus = anchor.focus;
            match other {
                Some(_) => rejected.push(Rejected { sentence: c.sentence, focus, alignment, why: Why::OtherValue }),
                // A paraphrase may restate a sentence in few of its words:
                // a term in the candidate's clause is enough.
                None if alignment.above_floor() || (cx.claim.paraphrase && !alignment.aligned.is_empty()) => {
                    mentions.push(mention(cx, c.sentence, &anchor, alignment, source))
                }
                None => rejected.push(Rejected { sentence: c.sentence, focus, alignment, why: Why::BelowFloor }),
            }
        }
    }
    (mentions, rejected, near)
}

/// How much better a candidate must fit another value of the statement
/// than the claim's to be that value's mention: ties stay the claim's.
const OTHER_VALUE_LEAD: f64 = 1.01;

/// The currency of the article's figure `f`.
fn index_currency(cx: &Judging, f: usize) -> Option<&'static str> {
    cx.index.figures[f].currency
}

/// A candidate value: a figure, a date, or the whole sentence.
struct Value {
    figure: Option<usize>,
    date: Option<usize>,
    focus: Span,
}

/// The candidates of sentence `s`: figures of the claim's kind; else
/// dates, for a date claim; else the sentence, for a claim of a source.
fn anchors(cx: &Judging, s: usize) -> Vec<Value> {
    let index = cx.index;
    let facts = index.facts(s);
    if let Some(cf) = &cx.claim.figure {
        let counted = Counted::of(cx.claim, cf, cx.frame);
        return facts
            .figures
            .clone()
            .filter(|&i| counted.counts(&index.figures[i]))
            .map(|i| Value { figure: Some(i), date: None, focus: index.figures[i].span })
            .collect();
    }
    if cx.claim.date.is_some() {
        return facts
            .dates
            .clone()
            .filter(|&i| index.dates[i].period.is_some())
            .map(|i| Value { figure: None, date: Some(i), focus: index.dates[i].span })
            .collect();
    }
    vec![Value { figure: None, date: None, focus: index.segments.sentences[s].span }]
}

/// The first and last token of `span` in sentence `s`.
fn tokens_of(index: &ArticleIndex, s: usize, span: Span) -> (usize, usize) {
    let range = index.segments.sentences[s].tokens.clone();
    let toks = &index.segments.tokens[range.clone()];
    let first = range.start + toks.partition_point(|t| t.span.start < span.start);
    let last = range.start + toks.partition_point(|t| t.span.end <= span.end);
    (first.min(range.end.saturating_sub(1)), last.saturating_sub(1).max(first).min(range.end.saturating_sub(1)))
}

/// Who the words of `value` are credited to, against the claim's source.
fn source_of(cx: &Judging, s: usize, value: &Value) -> Option<SourceCheck> {
    let index = cx.index;
    let covering = if value.figure.is_some() || value.date.is_some() {
        index.credited(s, value.focus)
    } else {
        index.credits.of(s).to_vec()
    };
    cx.names.map(|n| source_check(n, index, &covering))
}

/// Aligns a candidate with the view of `views` it fits best.
fn align_candidate(
    cx: &Judging,
    c: &Candidate,
    value: &Value,
    source: Option<SourceCheck>,
    views: &[&View],
) -> Alignment {
    let index = cx.index;
    let (first, last) = tokens_of(index, c.sentence, value.focus);
    let figure = value.figure.map(|i| &index.figures[i]);
    let sentence = &index.segments.sentences[c.sentence];
    let facts = index.facts(c.sentence);
    let inside_value = |k: usize| {
        let span = index.segments.tokens[k].span;
        facts.figures.clone().any(|f| index.figures[f].span.contains(span))
            || facts.dates.clone().any(|d| index.dates[d].span.contains(span))
    };
    let found_governor = governor(&index.segments.tokens, index.layout(), sentence.tokens.start, first, &inside_value)
        .map(|k| index.segments.tokens[k].norm.as_str());
    let whole = value.figure.is_none() && value.date.is_none();
    let last = if whole {
        last
    } else {
        phrase_end(&index.segments.tokens, last, sentence.tokens.end, figure.and_then(|f| f.noun.as_deref()))
    };
    let hits: Vec<Occurrence> =
        c.hits.iter().map(|h| Occurrence { term: h.term, first: h.first, last: h.last }).collect();
    // The view of the statement that this candidate fits best.
    let aligned = views.iter().map(|view| {
        let anchor = Anchor {
            first,
            last,
            unit: match figure {
                Some(f) if f.kind == FigureKind::Number && view.read => {
                    unit_fit(view.unit.as_deref(), f.noun.as_deref())
                }
                _ => Fit::Same,
            },
            role: figure.map_or(Fit::Same, |f| role_fit(view.role, f.role)),
            // Dates are governed by words such as "on" and "happened": only a
            // figure's governing word tells one candidate from another.
            verb: if figure.is_some() { verb_fit(view.governor.as_deref(), found_governor) } else { Fit::Same },
            source: source.map_or(Fit::Same, |s| s.fit()),
        };
        align(&view.places, cx.weights, &hits, index.layout(), &anchor)
    });
    aligned.max_by(|a, b| a.score.total_cmp(&b.score)).unwrap_or_else(Alignment::none)
}

/// Compares one aligned candidate with the claim.
fn mention(cx: &Judging, s: usize, value: &Value, alignment: Alignment, source: Option<SourceCheck>) -> Mention {
    let index = cx.index;
    let claim = cx.claim;
    let figure = cx.claim.figure.as_ref().zip(value.figure).map(|(cf, i)| FigureCheck {
        figure: i,
        agreement: compare(cf, claim.tolerance, &index.figures[i], cx.settings),
    });
    let date = claim.date.as_ref().and_then(|cd| {
        let claimed = cd.date.period?;
        let agrees = |i: usize| index.dates[i].period.is_some_and(|p| p.overlaps(&claimed));
        if let Some(i) = value.date {
            return Some(DateCheck { date: i, agrees: agrees(i) });
        }
        // A figure's date: an agreeing one in its sentence, else the nearest.
        let dates: Vec<usize> = index.facts(s).dates.filter(|&i| index.dates[i].period.is_some()).collect();
        let nearest = dates.iter().copied().min_by_key(|&i| index.dates[i].span.distance(value.focus));
        dates.iter().copied().find(|&i| agrees(i)).or(nearest).map(|i| DateCheck { date: i, agrees: agrees(i) })
    });
    let checks = Checks { sentence: s, figure, date, source, quote: None, alignment };
    let mut m = decide(index, checks, cx.names.is_some());
    // Another source's account counts only when it gives the same figure
    // and date; then the article credits the claim to someone else.
    if matches!(source, Some(SourceCheck::Other { .. })) && !m.states_claim() {
        m.focus = value.focus;
        m.demote(Context::OtherSource);
    }
    m
}
