//! A claim's frame: the terms that locate it, where each stands in the
//! statement, and what the statement says of the figure or date it checks
//! (its unit, its role in a change, the word that governs it).
//!
//! The statement is read like an article sentence, so "Sales rose 2% to
//! $11.1bn" gives the claim of $11.1bn the role `to`, the governing word
//! "rose", and terms that weigh more the closer they stand to the figure.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::claims::{Claim, ClaimFigure, Term};
use crate::extract::clause::Layout;
use crate::extract::date::{read_dates, DateMention};
use crate::extract::figure::{read_figures, Figure, Role};
use crate::extract::lexicon::is_stop_word;
use crate::segment::{segment, stem, strip_possessive, with_stem, Token, TokenKind};
use crate::source::Span;

use super::align::{closeness, governor, phrase_end, TermPlace, ABOUT_REACH, STATEMENT_REACH};

/// What a claim's statement says around the value it checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The terms that locate the claim.
    pub terms: Vec<Term>,
    /// How many of them a sentence must hold.
    pub needed: usize,
    /// One view per place where the statement gives the claim's figure or
    /// date (one, unless it gives the same figure twice: "from 2% to 2%");
    /// a candidate is aligned with the view it fits best.
    pub views: Vec<View>,
    /// The statement seen from each of its other values of the claim's kind
    /// ("from $10.9bn" beside the claimed "$11.1bn"; "a 2018 report" beside
    /// a claim dated 2015): a candidate that fits one of these better than
    /// every view of the claim's value is that value's mention.
    pub others: Vec<View>,
}

/// The statement seen from one place of the claim's figure or date.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Per term, where it stands in the statement.
    pub places: Vec<TermPlace>,
    /// The unit: the claim's `unit`, else the head noun of the phrase the
    /// figure or date opens in the statement (lower-case): "jobs" in "90
    /// jobs", "report" in "a 2018 report".
    pub unit: Option<String>,
    /// Whether the statement was read for its figure or date: the claim
    /// gives a unit, or the statement holds the figure or date. Otherwise
    /// it says nothing of unit, role or governing word.
    pub read: bool,
    /// The role the statement gives the figure.
    pub role: Option<Role>,
    /// The word that governs the figure or date in the statement.
    pub governor: Option<String>,
    /// Whether the statement reads the figure as part of a rate ("£4 a
    /// leg"): then it compares with rates as well as plain figures.
    pub rate: bool,
    /// The figure's currency, for money: "$16.2bn" and its "(£8.7bn)" are
    /// two views a dollar amount does not share.
    pub currency: Option<&'static str>,
}

/// Where the statement gives the claim's value: its first token, the end
/// of the noun phrase it opens, and that phrase's head noun (a figure's
/// unit, or "report" in "a 2018 report").
struct Spot {
    first: usize,
    end: usize,
    head: Option<String>,
    /// The figure's role in a change.
    role: Option<Role>,
    /// Whether the figure is part of a rate.
    rate: bool,
    /// The figure's currency, for money.
    currency: Option<&'static str>,
}

impl Spot {
    fn of(r: &Reading, span: Span, figure: Option<&Figure>) -> Option<Spot> {
        let (first, last) = r.tokens_of(span)?;
        let end = phrase_end(&r.toks, last, r.sentence_end[first], figure.and_then(|f| f.noun.as_deref()));
        let head = match figure {
            Some(f) => f.noun.clone(),
            None => (end > last).then(|| r.toks[end].norm.to_string()),
        };
        let role = figure.and_then(|f| f.role);
        let (rate, currency) = (figure.is_some_and(|f| f.is_rate), figure.and_then(|f| f.currency));
        Some(Spot { first, end, head, role, rate, currency })
    }
}

/// The statement read: tokens, layout, figures and dates.
struct Reading {
    toks: Vec<Token>,
    layout: Layout,
    figures: Vec<Figure>,
    dates: Vec<DateMention>,
    /// The first token of each sentence, for every token.
    sentence_start: Vec<usize>,
    /// The end (exclusive) of each sentence, for every token.
    sentence_end: Vec<usize>,
}

impl Reading {
    fn of(text: &str) -> Reading {
        let seg = segment(text, text);
        let mut layout = Layout::default();
        let mut figures = Vec::new();
        let mut dates = Vec::new();
        let mut sentence_start = Vec::with_capacity(seg.tokens.len());
        let mut sentence_end = Vec::with_capacity(seg.tokens.len());
        for (s, sentence) in seg.sentences.iter().enumerate() {
            let toks = seg.sentence_tokens(s);
            let found = read_dates(toks);
            let taken: Vec<Span> = found.iter().map(|d| d.span).collect();
            figures.extend(read_figures(toks, text, text, &taken).figures);
            dates.extend(found);
            layout.push_sentence(toks, &[]);
            sentence_start.extend(std::iter::repeat_n(sentence.tokens.start, toks.len()));
            sentence_end.extend(std::iter::repeat_n(sentence.tokens.end, toks.len()));
        }
        Reading { toks: seg.tokens, layout, figures, dates, sentence_start, sentence_end }
    }

    /// [`Reading::of`], remembered for the last statement a thread read:
    /// claims taken from one sentence often follow each other and share
    /// their statement.
    fn remembered(text: &str) -> Rc<Reading> {
        thread_local! {
            static LAST: RefCell<Option<(String, Rc<Reading>)>> = const { RefCell::new(None) };
        }
        LAST.with_borrow_mut(|last| match last {
            Some((read, reading)) if read == text => Rc::clone(reading),
            _ => {
                let reading = Rc::new(Reading::of(text));
                *last = Some((text.to_string(), Rc::clone(&reading)));
                reading
            }
        })
    }

    /// The tokens of `span`, as first and last index.
    fn tokens_of(&self, span: Span) -> Option<(usize, usize)> {
        let first = self.toks.iter().position(|t| t.span.start >= span.start)?;
        let last = self.toks.iter().rposition(|t| t.span.end <= span.end)?;
        (first <= last).then_some((first, last))
    }

    fn inside_value(&self, k: usize) -> bool {
        let span = self.toks[k].span;
        self.figures.iter().any(|f| f.span.contains(span)) || self.inside_date(k)
    }

    fn inside_date(&self, k: usize) -> bool {
        let span = self.toks[k].span;
        self.dates.iter().any(|d| d.span.contains(span))
    }
}

impl Frame {
    /// Each term as written (its first alternative).
    pub fn term_names(&self) -> Vec<String> {
        self.terms.iter().map(|t| t.alternatives.first().map(|a| a.join(" ")).unwrap_or_default()).collect()
    }

    /// Whether any view reads the figure as part of a rate.
    pub fn rate(&self) -> bool {
        self.views.iter().any(|v| v.rate)
    }

    /// Reads the frame of `claim`.
    pub fn of(claim: &Claim) -> Frame {
        let r = Reading::remembered(&claim.statement);
        let r = r.as_ref();
        // The places of the claim's figure, else of its date.
        let mut values: Vec<(Span, Option<&Figure>)> = match &claim.figure {
            Some(cf) => statement_figures(&r.figures, cf).into_iter().map(|f| (f.span, Some(f))).collect(),
            None => Vec::new(),
        };
        let mut other_values: Vec<(Span, Option<&Figure>)> = match &claim.figure {
            Some(cf) => r
                .figures
                .iter()
                .filter(|f| f.kind == cf.figure.kind && !values.iter().any(|(span, _)| *span == f.span))
                .map(|f| (f.span, Some(f)))
                .collect(),
            None => Vec::new(),
        };
        if values.is_empty() {
            // A date the statement gives without a year takes the claim's.
            let claimed = claim.date.as_ref().and_then(|cd| cd.date.period);
            let period = |d: &DateMention| match claimed {
                Some(c) => d.period_or_in(c.start.year()),
                None => d.period,
            };
            let dates = &r.dates;
            let date = claimed
                .and_then(|c| dates.iter().find(|d| period(d).is_some_and(|p| p.overlaps(&c))).or(dates.first()));
            values.extend(date.map(|d| (d.span, None)));
            let chosen = date.map(|d| d.span);
            other_values.extend(dates.iter().filter(|d| Some(d.span) != chosen).map(|d| (d.span, None)));
        }
        let spots: Vec<Spot> = values.iter().filter_map(|(span, figure)| Spot::of(r, *span, *figure)).collect();
        let anchors: Vec<(usize, usize)> = spots.iter().map(|s| (s.first, s.end)).collect();
        let (terms, needed, positions) = match &claim.about {
            Some(about) => {
                let positions = about.iter().map(|t| about_position(r, t)).collect();
                (about.clone(), about.len(), positions)
            }
            None => statement_terms(claim, r, &anchors),
        };
        let reach = if claim.about.is_some() { ABOUT_REACH } else { STATEMENT_REACH };
        let views = if spots.is_empty() {
            vec![view(r, claim, &positions, reach, None)]
        } else {
            spots.iter().map(|spot| view(r, claim, &positions, reach, Some(spot))).collect()
        };
        let others = other_values
            .iter()
            .filter_map(|(span, figure)| Spot::of(r, *span, *figure))
            .map(|spot| view(r, claim, &positions, reach, Some(&spot)))
            .collect();
        Frame { terms, needed, views, others }
    }
}

/// The view of the statement from `spot`, the place of the claim's value
/// (none when the statement does not hold it).
fn view(r: &Reading, claim: &Claim, positions: &[Option<usize>], reach: f64, spot: Option<&Spot>) -> View {
    let anchor = spot.map(|s| (s.first, s.end));
    let governor = spot.and_then(|s| {
        let skip = |k: usize| r.inside_value(k);
        governor(&r.toks, &r.layout, r.sentence_start[s.first], s.first, &skip).map(|k| r.toks[k].norm.to_string())
    });
    View {
        places: positions.iter().map(|&k| place(r, k, anchor, reach)).collect(),
        unit: claim.unit_noun().or_else(|| spot.and_then(|s| s.head.clone())),
        read: claim.unit.is_some() || spot.is_some(),
        role: spot.and_then(|s| s.role),
        governor,
        rate: spot.is_some_and(|s| s.rate),
        currency: spot.and_then(|s| s.currency),
    }
}

/// The statement's figures that the claim's figure is: those with the same
/// reading, else the closest value of the same kind.
fn statement_figures<'a>(figures: &'a [Figure], claimed: &ClaimFigure) -> Vec<&'a Figure> {
    let c = &claimed.figure;
    let same_kind = figures.iter().filter(|f| f.kind == c.kind);
    let exact: Vec<&Figure> =
        same_kind.clone().filter(|f| f.qualifier == c.qualifier && f.low == c.low && f.high == c.high).collect();
    if !exact.is_empty() {
        return exact;
    }
    let gap = |f: &Figure| (f.low - c.low).abs() + (f.high - c.high).abs();
    same_kind.min_by(|a, b| gap(a).total_cmp(&gap(b))).into_iter().collect()
}

/// A term's place in the statement, from its token `k` (when the statement
/// holds it) and the anchor of the view: statement words weigh by their
/// closeness to the figure, `about` terms alike (the writer chose each);
/// both keep their offset from it.
fn place(r: &Reading, k: Option<usize>, anchor: Option<(usize, usize)>, reach: f64) -> TermPlace {
    let (Some(k), Some((first, end))) = (k, anchor) else {
        return TermPlace { closeness: 1.0, offset: None, reach };
    };
    let same_sentence = r.sentence_start[k] == r.sentence_start[first];
    let same_clause = r.layout.same_clause(k, first) && same_sentence;
    let distance = r.layout.distance(k, first, end);
    let closeness = if reach == ABOUT_REACH { 1.0 } else { closeness(distance, same_clause, reach) };
    let offset = if k < first { -i64::from(distance) } else { i64::from(distance) };
    TermPlace { closeness, offset: same_sentence.then_some(offset), reach }
}

/// Where the statement holds a term of `about`, if it does.
fn about_position(r: &Reading, term: &Term) -> Option<usize> {
    let stems: Vec<String> = term.alternatives.iter().filter_map(|a| a.first()).map(|w| stem(w)).collect();
    (0..r.toks.len()).find(|&k| with_stem(&r.toks[k].norm, |s| stems.iter().any(|own| own == s)))
}

/// The content words of the statement as terms, and how many a sentence
/// must hold (half). Left out: stop words, the figure and date, and the
/// source's and quote's words, which are checked on their own. A word
/// joined to digits ("PS2", "G8") is one term, and so is each word or number
/// of a date the claim does not check ("in 2003", "in March").
fn statement_terms(claim: &Claim, r: &Reading, anchors: &[(usize, usize)]) -> (Vec<Term>, usize, Vec<Option<usize>>) {
    let mut skip: BTreeSet<String> = BTreeSet::new();
    for words in claim.source.iter().flat_map(|s| s.names.iter()).chain(claim.quote.iter()) {
        skip.extend(crate::segment::term_words(words).iter().map(|w| stem(w)));
    }
    let mut seen = BTreeSet::new();
    let mut terms = Vec::new();
    let mut positions = Vec::new();
    let mut k = 0;
    while k < r.toks.len() {
        let t = &r.toks[k];
        // A word and the digits written onto it ("PS2", "MP3").
        let joined = r.toks.get(k + 1).filter(|n| n.kind == TokenKind::Number && n.span.start == t.span.end);
        let lone = joined.is_none() || t.kind != TokenKind::Word;
        let next = if lone { k + 1 } else { k + 2 };
        let plain = t.kind != TokenKind::Word || t.norm.chars().count() < 2 || is_stop_word(&t.norm);
        // A date the claim does not check locates it: "In 2003 the figure
        // was 29%" against "Now the figure is 14%".
        let locating_date = claim.date.is_none()
            && r.inside_date(k)
            && anchors.iter().all(|&(first, end)| k < first || k > end)
            && matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && !is_stop_word(&t.norm);
        if !locating_date && ((lone && plain) || r.inside_value(k)) {
            k = next;
            continue;
        }
        let words = match joined {
            Some(n) if !lone => vec![t.norm.to_string(), n.norm.to_string()],
            _ => vec![strip_possessive(&t.norm).to_string()],
        };
        let s = match &words[..] {
            [word] => stem(word),
            _ => words.iter().map(|w| stem(w)).collect::<Vec<_>>().join(" "),
        };
        if skip.contains(&s) || !seen.insert(s) {
            k = next;
            continue;
        }
        terms.push(Term { alternatives: vec![words] });
        positions.push(Some(k));
        k = next;
    }
    let needed = if claim.paraphrase { 1 } else { terms.len().div_ceil(2) }.min(terms.len());
    (terms, needed, positions)
}

#[cfg(test)]
mod tests;
