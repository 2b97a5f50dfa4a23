//! Verdicts: a claim and the article's index → a [`Judgement`], as a pure
//! function of both.
//!
//! Each mention (a sentence that speaks of the claim, or a quoted span that
//! holds its quote) is compared field by field, then the claim's verdict is
//! drawn from its mentions:
//! `conflicting` if any mention conflicts; else `unattributed` if the claim
//! names a source and no agreeing mention credits it; else `supported`;
//! `not_found` when nothing but other sources' accounts speaks of it.

use serde::{Deserialize, Serialize};

use crate::claims::{Claim, ClaimFigure};
use crate::extract::figure::{Figure, FigureKind};
use crate::extract::lexicon::currency;
use crate::extract::ArticleIndex;
use crate::matching::quote::{match_quote, quote_parts, DiffOp, QuoteMatch};
use crate::matching::source::{credit, Credit};
use crate::matching::terms::claim_terms;
use crate::matching::{Candidate, WordIndex};
use crate::segment::stem;
use crate::source::Span;

/// A claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionVerdict {
    /// It agrees (and credits the claimed source, if any).
    Supported,
    /// It disagrees on a field.
    Conflicting,
    /// It agrees but credits nobody, or nobody named.
    Unattributed,
    /// Another source's account of the matter: listed, never decisive.
    Context,
}

/// How a mention's figure compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureCheck {
    /// Index into [`ArticleIndex::figures`].
    pub figure: usize,
    /// Whether it agrees with the claim.
    pub agrees: bool,
}

/// How a mention's date compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCheck {
    /// Index into [`ArticleIndex::dates`].
    pub date: usize,
    /// Whether it agrees with the claim.
    pub agrees: bool,
}

/// Who a mention's sentence credits, against the claim's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceCheck {
    /// The claimed source, in this role.
    Credited {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
        /// As speaker, outlet or affiliation.
        credit: Credit,
    },
    /// Another named source.
    Other {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
    },
    /// A source without a name ("officials said"), or a pronoun that could
    /// not be resolved.
    Unnamed {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
    },
    /// No attribution at all.
    Missing,
}

/// How a mention's quote compares.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteCheck {
    /// The quoted span holds the claim's words.
    Agrees {
        /// The quoted span.
        quote: Span,
    },
    /// The quoted span holds a close but different wording.
    NearMiss {
        /// The quoted span.
        quote: Span,
        /// Word similarity, 0 to 100.
        score: u8,
        /// The word diff from the claim to the article.
        diff: Vec<DiffOp>,
    },
    /// The words are in the article, but not inside quotation marks.
    Unquoted {
        /// Where the words are.
        words: Span,
    },
}

/// One place in the article that speaks of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the sentence.
    pub sentence: usize,
    /// Its verdict.
    pub verdict: MentionVerdict,
    /// The fields that conflict.
    pub problems: Vec<Field>,
    /// The figure compared, if any.
    pub figure: Option<FigureCheck>,
    /// The date compared, if any.
    pub date: Option<DateCheck>,
    /// The source compared, when the claim names one.
    pub source: Option<SourceCheck>,
    /// The quote compared, when the claim has one.
    pub quote: Option<QuoteCheck>,
    /// The bytes that decide the mention (a figure, a date, a quote, a cue).
    pub focus: Span,
}

/// A claim's verdict with the mentions that decide it.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// The fields that conflict (`source` for `unattributed`).
    pub problems: Vec<Field>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Sentences that hold the claim's terms but no figure or date of its
    /// kind, in text order: not evidence, but shown on request so a reader
    /// can see what was passed over.
    pub near: Vec<usize>,
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

/// Whether the article's figure agrees with the claim's: intervals that
/// overlap agree, except that two bounds in the same direction agree only
/// when their anchors do ("up to 6,000" vs "up to 8,000" conflict).
pub fn figures_agree(claim: &ClaimFigure, claim_tolerance: Option<f64>, article: &Figure, settings: Settings) -> bool {
    let tol = claim_tolerance.unwrap_or(0.0);
    let c = &claim.figure;
    if let (Some(d1), Some(d2)) = (c.qualifier.direction(), article.qualifier.direction()) {
        if d1 == d2 {
            return same_anchor(c, article, tol);
        }
    }
    c.interval(settings.tolerance).widen(tol).overlaps(&article.interval(settings.tolerance))
}

/// Whether two figures are anchored on the same number (within `tol`), not
/// merely overlapping: the test for another source giving the same figure.
pub fn same_anchor(a: &Figure, b: &Figure, tol: f64) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= tol * x.abs().max(y.abs()) + 1e-9 * x.abs().max(1.0);
    match (a.value, b.value) {
        (Some(x), Some(y)) => close(x, y),
        (None, None) => close(a.low, b.low) && close(a.high, b.high),
        _ => false,
    }
}

/// What the claim's figure counts: its kind, currency and unit stem.
struct Counted {
    kind: FigureKind,
    currency: Option<String>,
    unit: Option<String>,
}

impl Counted {
    fn of(claim: &Claim, figure: &ClaimFigure) -> Counted {
        let unit = claim.unit.clone().or_else(|| figure.figure.noun.clone());
        let unit_currency = unit.as_deref().and_then(|u| currency(&u.to_lowercase())).map(|(c, _)| c);
        Counted {
            kind: figure.figure.kind,
            currency: figure.figure.currency.or(unit_currency).map(str::to_string),
            unit: unit.filter(|_| figure.figure.kind == FigureKind::Number).map(|u| stem(&u)),
        }
    }

    fn counts(&self, f: &Figure) -> bool {
        f.counts(self.kind, self.currency.as_deref(), self.unit.as_deref())
    }
}

/// Judges one claim against an article.
pub fn judge(claim: &Claim, index: &ArticleIndex, words: &WordIndex, settings: Settings) -> Judgement {
    let mut near = Vec::new();
    // The claimed source's names, with those the article gives it.
    let names = claim.source.as_ref().map(|src| index.aliases.expand(&src.names));
    let names = names.as_deref();
    let mut mentions = match &claim.quote {
        Some(quote) => quote_mentions(quote, index, words, names),
        None => {
            let (terms, needed) = claim_terms(claim);
            let mut mentions = Vec::new();
            for c in words.candidates(&terms, needed, &index.segments.tokens) {
                match sentence_mention(claim, index, &c, settings, names) {
                    Some(m) => mentions.push(m),
                    None => near.push(c.sentence),
                }
            }
            mentions
        }
    };
    mentions.sort_by_key(|m| (m.focus.start, m.sentence));
    let deciding: Vec<&Mention> = mentions.iter().filter(|m| m.verdict != MentionVerdict::Context).collect();
    let (verdict, problems) = if deciding.is_empty() {
        (Verdict::NotFound, Vec::new())
    } else if deciding.iter().any(|m| m.verdict == MentionVerdict::Conflicting) {
        let mut problems: Vec<Field> = deciding.iter().flat_map(|m| m.problems.iter().copied()).collect();
        problems.sort();
        problems.dedup();
        (Verdict::Conflicting, problems)
    } else if claim.source.is_some() && !deciding.iter().any(|m| m.verdict == MentionVerdict::Supported) {
        (Verdict::Unattributed, vec![Field::Source])
    } else {
        (Verdict::Supported, Vec::new())
    };
    Judgement { verdict, problems, mentions, near }
}

/// The figure of `candidates` nearest to the matched terms.
fn nearest(candidates: &[(usize, Span)], hits: &[Span]) -> Option<usize> {
    candidates.iter().min_by_key(|(_, span)| hits.iter().map(|h| h.distance(*span)).min().unwrap_or(0)).map(|(i, _)| *i)
}

/// Compares one candidate sentence with the claim; `names` are the claimed
/// source's names, if the claim has one.
fn sentence_mention(
    claim: &Claim,
    index: &ArticleIndex,
    c: &Candidate,
    settings: Settings,
    names: Option<&[String]>,
) -> Option<Mention> {
    let s = c.sentence;
    let facts = &index.facts[s];
    // Whether the words at `span` are credited to the claimed source.
    let credits_source = |span: Span| {
        names.is_some_and(|n| index.credited(s, span).iter().any(|&i| credit(n, &index.attributions[i]).is_some()))
    };
    let mut same_anchor_figure = None;
    let figure = claim.figure.as_ref().and_then(|cf| {
        let counted = Counted::of(claim, cf);
        let found: Vec<(usize, Span)> = facts
            .figures
            .clone()
            .filter(|&i| counted.counts(&index.figures[i]))
            .map(|i| (i, index.figures[i].span))
            .collect();
        same_anchor_figure = found
            .iter()
            .find(|(i, _)| same_anchor(&cf.figure, &index.figures[*i], claim.tolerance.unwrap_or(0.0)))
            .map(|(i, _)| *i);
        // Of several agreeing figures, one credited to the claimed source.
        let agreeing = found
            .iter()
            .filter(|(i, _)| figures_agree(cf, claim.tolerance, &index.figures[*i], settings))
            .max_by_key(|(_, span)| (credits_source(*span), std::cmp::Reverse(span.start)));
        match agreeing {
            Some(&(i, _)) => Some(FigureCheck { figure: i, agrees: true }),
            None => nearest(&found, &c.hits).map(|i| FigureCheck { figure: i, agrees: false }),
        }
    });
    let date = claim.date.as_ref().and_then(|cd| {
        let claimed = cd.date.period?;
        let found: Vec<(usize, Span)> = facts
            .dates
            .clone()
            .filter(|&i| index.dates[i].period.is_some())
            .map(|i| (i, index.dates[i].span))
            .collect();
        let agreeing = found.iter().find(|(i, _)| index.dates[*i].period.is_some_and(|p| p.overlaps(&claimed)));
        match agreeing {
            Some(&(i, _)) => Some(DateCheck { date: i, agrees: true }),
            None => nearest(&found, &c.hits).map(|i| DateCheck { date: i, agrees: false }),
        }
    });
    let checks_values = claim.figure.is_some() || claim.date.is_some();
    if checks_values && figure.is_none() && date.is_none() {
        return None;
    }
    // The attributions that cover the deciding figure or date, or else any
    // part of the sentence.
    let focus = figure.map(|f| index.figures[f.figure].span).or(date.map(|d| index.dates[d.date].span));
    let covering = match focus {
        Some(span) => index.credited(s, span),
        None => index.credits.get(s).cloned().unwrap_or_default(),
    };
    let source = names.map(|n| source_check(n, index, &covering));
    if let Some(SourceCheck::Other { .. }) = source {
        // Another source's account counts only when it gives the same figure
        // and date; then the article credits the claim to someone else.
        let figure_same = claim.figure.is_none() || same_anchor_figure.is_some();
        let date_same = date.is_none_or(|d| d.agrees);
        if !(figure_same && date_same) {
            let focus = figure.map(|f| index.figures[f.figure].span).unwrap_or(index.segments.sentences[s].span);
            return Some(Mention {
                sentence: s,
                verdict: MentionVerdict::Context,
                problems: Vec::new(),
                figure,
                date,
                source,
                quote: None,
                focus,
            });
        }
        let figure = same_anchor_figure.map(|i| FigureCheck { figure: i, agrees: true }).or(figure);
        return Some(decide(index, s, figure, date, source, None, names.is_some()));
    }
    Some(decide(index, s, figure, date, source, None, names.is_some()))
}

/// Draws a mention's verdict and focus from its checks.
fn decide(
    index: &ArticleIndex,
    sentence: usize,
    figure: Option<FigureCheck>,
    date: Option<DateCheck>,
    source: Option<SourceCheck>,
    quote: Option<QuoteCheck>,
    names_source: bool,
) -> Mention {
    let mut problems = Vec::new();
    if figure.is_some_and(|f| !f.agrees) {
        problems.push(Field::Figure);
    }
    if date.is_some_and(|d| !d.agrees) {
        problems.push(Field::Date);
    }
    if matches!(source, Some(SourceCheck::Other { .. })) {
        problems.push(Field::Source);
    }
    if matches!(quote, Some(QuoteCheck::NearMiss { .. } | QuoteCheck::Unquoted { .. })) {
        problems.push(Field::Quote);
    }
    let credited = matches!(source, Some(SourceCheck::Credited { .. }));
    let verdict = if !problems.is_empty() {
        MentionVerdict::Conflicting
    } else if names_source && !credited {
        MentionVerdict::Unattributed
    } else {
        MentionVerdict::Supported
    };
    let attribution_span = |s: Option<SourceCheck>| match s {
        Some(
            SourceCheck::Credited { attribution, .. }
            | SourceCheck::Other { attribution }
            | SourceCheck::Unnamed { attribution },
        ) => Some(index.attributions[attribution].span),
        _ => None,
    };
    let quote_span = quote.as_ref().map(|q| match q {
        QuoteCheck::Agrees { quote } | QuoteCheck::NearMiss { quote, .. } => *quote,
        QuoteCheck::Unquoted { words } => *words,
    });
    let figure_span = figure.map(|f| index.figures[f.figure].span);
    let date_span = date.map(|d| index.dates[d.date].span);
    let focus = match problems.first() {
        Some(Field::Figure) => figure_span,
        Some(Field::Date) => date_span,
        Some(Field::Source) => attribution_span(source),
        Some(Field::Quote) => quote_span,
        None => figure_span.or(date_span).or(quote_span).or(attribution_span(source)),
    }
    .unwrap_or(index.segments.sentences[sentence].span);
    Mention { sentence, verdict, problems, figure, date, source, quote, focus }
}

/// Who the attributions `covering` a mention credit, judged against the
/// claim's source names.
fn source_check(names: &[String], index: &ArticleIndex, covering: &[usize]) -> SourceCheck {
    let atts = || covering.iter().copied();
    if let Some((i, how)) = atts().find_map(|i| credit(names, &index.attributions[i]).map(|c| (i, c))) {
        return SourceCheck::Credited { attribution: i, credit: how };
    }
    if let Some(i) = atts().find(|&i| index.attributions[i].source.is_some()) {
        return SourceCheck::Other { attribution: i };
    }
    match atts().next() {
        Some(i) => SourceCheck::Unnamed { attribution: i },
        None => SourceCheck::Missing,
    }
}

/// Mentions of a quote claim: quoted spans that hold the quote or a near
/// miss of it; failing those, the words found outside quotation marks.
/// Quotes that continue one account ("…," he said, "…"; a quote running on
/// into the next paragraph) are also read joined, for a claim that spans
/// them. `names` are the claimed source's names, if any.
fn quote_mentions(
    quote: &str,
    index: &ArticleIndex,
    words_index: &WordIndex,
    names: Option<&[String]>,
) -> Vec<Mention> {
    let parts = quote_parts(quote);
    let all: Vec<String> = parts.iter().flatten().cloned().collect();
    let needed = all.len().div_ceil(3);
    let rank = |m: &QuoteMatch| match m {
        QuoteMatch::Agrees => 2.0,
        QuoteMatch::NearMiss { ratio, .. } => f64::from(*ratio),
    };
    let compare = |quoted: &[String]| {
        let shared = all.iter().filter(|w| quoted.contains(w)).count();
        (shared >= needed).then(|| match_quote(&parts, quoted)).flatten()
    };
    let quotes = &index.quotes;
    // The matches found, as (first quote, last quote, match).
    let mut found: Vec<(usize, usize, QuoteMatch)> = Vec::new();
    let mut k = 0;
    while k < quotes.len() {
        let first = k;
        while k + 1 < quotes.len() && quotes[k + 1].continues == Some(k) {
            k += 1;
        }
        let last = k;
        k += 1;
        let members: Vec<(usize, usize, QuoteMatch)> =
            (first..=last).filter_map(|q| compare(&quotes[q].words).map(|m| (q, q, m))).collect();
        let best_member = members.iter().map(|(.., m)| rank(m)).fold(0.0, f64::max);
        let joined: Vec<String> = (first..=last).flat_map(|q| quotes[q].words.iter().cloned()).collect();
        match compare(&joined).filter(|m| last > first && rank(m) > best_member && best_member < 2.0) {
            Some(m) => found.push((first, last, m)),
            None => found.extend(members),
        }
    }
    // One mention per sentence: its best match.
    let mut best: std::collections::BTreeMap<usize, (usize, usize, QuoteMatch)> = std::collections::BTreeMap::new();
    for (first, last, m) in found {
        let Some(sentence) = index.sentence_at(quotes[first].span.start) else {
            continue;
        };
        if best.get(&sentence).is_none_or(|(.., old)| rank(&m) > rank(old)) {
            best.insert(sentence, (first, last, m));
        }
    }
    let mut mentions = Vec::new();
    for (sentence, (first, last, m)) in best {
        let span = quotes[first].span.cover(quotes[last].span);
        let mut covering: Vec<usize> = (first..=last)
            .flat_map(|q| index.sentence_at(quotes[q].span.start).map(|s| index.credited(s, quotes[q].span)))
            .flatten()
            .collect();
        covering.dedup();
        let source = names.map(|n| source_check(n, index, &covering));
        let (check, agrees) = match m {
            QuoteMatch::Agrees => (QuoteCheck::Agrees { quote: span }, true),
            QuoteMatch::NearMiss { ratio, diff } => (
                QuoteCheck::NearMiss { quote: span, score: (ratio * 100.0).round().clamp(0.0, 100.0) as u8, diff },
                false,
            ),
        };
        if matches!(source, Some(SourceCheck::Other { .. })) && !agrees {
            mentions.push(Mention {
                sentence,
                verdict: MentionVerdict::Context,
                problems: Vec::new(),
                figure: None,
                date: None,
                source,
                quote: Some(check),
                focus: span,
            });
            continue;
        }
        mentions.push(decide(index, sentence, None, None, source, Some(check), names.is_some()));
    }
    // Once the words are quoted as they are, a near miss elsewhere is
    // another quote that happens to look alike ("Sideways should win" and
    // "Foxx will and should win"): listed, not a misquote.
    let quoted_agrees = mentions.iter().any(|m| matches!(m.quote, Some(QuoteCheck::Agrees { .. })));
    if quoted_agrees {
        for m in mentions.iter_mut().filter(|m| matches!(m.quote, Some(QuoteCheck::NearMiss { .. }))) {
            m.verdict = MentionVerdict::Context;
            m.problems.clear();
        }
    }
    // Verbatim words outside quotation marks: an agreeing paraphrase is not a quote.
    if !quoted_agrees && parts.len() == 1 {
        for (a, b) in words_index.sequence(&all, &index.segments.tokens) {
            let tokens = &index.segments.tokens;
            let span = tokens[a].span.cover(tokens[b - 1].span);
            let inside_quote = index.quotes.iter().any(|q| q.span.contains(span));
            if let (false, Some(sentence)) = (inside_quote, index.sentence_at(span.start)) {
                let source = names.map(|n| source_check(n, index, &index.credited(sentence, span)));
                let check = QuoteCheck::Unquoted { words: span };
                mentions.push(decide(index, sentence, None, None, source, Some(check), names.is_some()));
            }
        }
    }
    mentions
}

#[cfg(test)]
mod tests;
