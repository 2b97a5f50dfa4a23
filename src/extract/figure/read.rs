//! Reading the figures of a sentence: at each token a qualifier, an amount,
//! and what continues it (a proportion, a range, a qualifier after it, a
//! second bound), unless an exclusion names the number as no figure; then
//! the sentence's own rules (see [`super::context`]) and the roles of a
//! change construction.

use serde::Serialize;

use super::amount::{read_amount, Amount};
use super::change::{give_roles, Placed, Scopes};
use super::compound::{
    is_age_lead, read_proportion, read_range_end, read_second_bound, read_suffix, words_of, Reading,
};
use super::context::apply_context;
use super::exclusion::{rejecting_rule, score_end};
use super::qualifier::{match_phrase, read_magnitude, sign_qualifier, PREFIXES};
use super::unit::{head_noun, is_rate};
use super::{Figure, FigureKind, Qualifier};
use crate::extract::lexicon::{
    entries, is_compound_unit, scale_word, small_number, CURRENCIES, MAGNITUDES, SMALL_NUMBERS,
};
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};
use crate::source::Span;

/// A number the reader turned away, with the rule that did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rejected {
    /// Bytes of the number.
    pub span: Span,
    /// The exclusion that rejected it ("title-number", "match-score").
    pub rule: &'static str,
}

/// The figures of a sentence and the numbers turned away.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FigureReading {
    /// The figures, in text order.
    pub figures: Vec<Figure>,
    /// The numbers that are no figures, in text order.
    pub rejected: Vec<Rejected>,
}

/// What reading at one token gave.
enum Read {
    /// A figure, and the token after it.
    Figure(Figure, usize),
    /// A number that an exclusion rejects, and its first token.
    Rejected(Rejected, usize),
    /// Nothing: no number starts here.
    Nothing,
}

/// Reads every figure in a sentence's tokens. Tokens inside `taken` (spans
/// already read as dates) are skipped. `text` is the article text (for the
/// case of words), `scan` the same text with markup blanked. Figures that a
/// change word governs are read one by one and given their [`super::Role`].
pub fn read_figures(toks: &[Token], text: &str, scan: &str, taken: &[Span]) -> FigureReading {
    let scopes = Scopes::read(toks);
    let mut placed = Vec::new();
    let mut rejected = Vec::new();
    let mut i = 0;
    let is_taken = |t: &Token| taken.iter().any(|s| s.contains(t.span));
    while i < toks.len() {
        if is_taken(&toks[i]) || scopes.is_particle(i) {
            i += 1;
            continue;
        }
        if let Some(end) = score_end(toks, i) {
            rejected
                .push(Rejected { span: Span::new(toks[i].span.start, toks[end - 1].span.end), rule: "match-score" });
            i = end;
            continue;
        }
        if !may_open(toks, i) {
            i += 1;
            continue;
        }
        match read_figure_at(toks, i, text, scan, &is_taken, scopes.splits_levels(toks, i)) {
            Read::Figure(figure, next) => {
                let start = toks.partition_point(|t| t.span.start < figure.span.start);
                placed.push(Placed { figure, start, end: next });
                i = next;
            }
            Read::Rejected(r, at) => {
                rejected.push(r);
                i = after_rejected(toks, at);
            }
            Read::Nothing => i = after_rejected(toks, i),
        }
    }
    apply_context(toks, &mut placed);
    give_roles(toks, &scopes, &mut placed);
    FigureReading { figures: placed.into_iter().map(|p| p.figure).collect(), rejected }
}

/// Whether a figure may start at token `i` (see [`crate::extract::opens`]).
/// Nearly every word that opens one opens it as the first word of a
/// qualifier ("the" of "the equivalent of"): no figure starts there unless
/// the qualifier follows.
fn may_open(toks: &[Token], i: usize) -> bool {
    let opens = toks[i].opens;
    opens.figure() && !(opens.figure_by_phrase_only() && match_phrase(toks, i, &PREFIXES).is_none())
}

/// The words a figure may start at besides numbers and punctuation and
/// the first words of qualifiers ([`qualifier_openers`]): number words,
/// words of magnitude, currencies, and the other words the amount and
/// magnitude readers start with (`figure-openers.txt`). See
/// [`crate::extract::opens`].
pub(crate) fn figure_openers() -> impl Iterator<Item = &'static str> {
    let own =
        entries(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/lexicon/lists/figure-openers.txt")));
    let lists = [&SMALL_NUMBERS, &MAGNITUDES].into_iter().flat_map(|l| l.words());
    own.chain(lists).chain(CURRENCIES.words())
}

/// The first words of the qualifiers before a number ("more" of "more
/// than"): a figure starts at one only when its phrase follows.
pub(crate) fn qualifier_openers() -> impl Iterator<Item = &'static str> {
    PREFIXES.first_words()
}

/// The token after a rejected number and whatever continues it, so that
/// "0800 123 456", "Covid-19" or "1-222-2222" yield no figures from their tails.
fn after_rejected(toks: &[Token], i: usize) -> usize {
    let mut k = i + 1;
    while let Some(t) = toks.get(k) {
        let prev = &toks[k - 1];
        let spaced_digits =
            t.kind == TokenKind::Number && prev.kind == TokenKind::Number && t.span.start <= prev.span.end + 1;
        let joined = matches!(t.norm.as_str(), "-" | "/" | "." | ":")
            && prev.kind == TokenKind::Number
            && adjacent(prev, t)
            && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number && adjacent(t, n));
        if spaced_digits {
            k += 1;
        } else if joined {
            k += 2;
        } else {
            break;
        }
    }
    k
}

/// Reads one figure starting at token `i`: qualifier, amount, range and
/// suffix; returns it with the index of the first token after it. In a
/// change construction (`in_change`) a "to" after the number leads to the
/// next figure instead of closing a range.
fn read_figure_at(
    toks: &[Token],
    i: usize,
    text: &str,
    scan: &str,
    is_taken: &dyn Fn(&Token) -> bool,
    in_change: bool,
) -> Read {
    let (qualifier, j) =
        match_phrase(toks, i, &PREFIXES).or_else(|| sign_qualifier(toks, i)).unwrap_or((Qualifier::Exact, i));
    let range_word = (qualifier == Qualifier::Range).then(|| toks[i].norm.as_str());
    if j > i && toks.get(j).is_some_and(is_taken) {
        return Read::Nothing;
    }
    let Some(first) = read_amount(toks, j, scan, j > i) else {
        let magnitude = match qualifier {
            Qualifier::Exact | Qualifier::Range => magnitude_figure(toks, j, text),
            _ => None,
        };
        return magnitude.map_or(Read::Nothing, |(f, end)| Read::Figure(f, end));
    };
    if let Some(rule) = rejecting_rule(toks, &first, scan) {
        let span = Span::new(toks[first.number_start].span.start, toks[first.number.end - 1].span.end);
        return Read::Rejected(Rejected { span, rule }, first.number_start);
    }
    let mut r = Reading {
        low: first.value,
        high: first.value,
        kind: first.kind,
        currency: first.currency,
        qualifier,
        qualifier_text: (j > i).then(|| words_of(toks, i, j)),
        is_fraction: first.number.is_fraction,
        end: first.end,
    };
    let is_proportion = read_proportion(toks, scan, is_taken, &mut r);
    let is_range = read_range_end(toks, scan, is_taken, range_word, in_change, &first, &mut r);
    if range_word.is_some() && !is_range {
        // "from 140 people" or "between 10 people": the preposition is not a qualifier.
        return read_figure_at(toks, i + 1, text, scan, is_taken, in_change);
    }
    if r.qualifier == Qualifier::Exact && is_odd(toks, &first) {
        r.qualifier = Qualifier::Odd;
        r.qualifier_text = Some("odd".to_string());
        r.end += usize::from(!first.number.is_compound) * 2;
    }
    if matches!(r.qualifier, Qualifier::Exact | Qualifier::About) {
        read_suffix(toks, scan, &mut r);
    }
    read_second_bound(toks, scan, is_taken, &mut r);
    let span = Span::new(toks[i].span.start, toks[r.end - 1].span.end);
    // "a third of the voters": the unit follows "of".
    let mut noun_at = r.end;
    if r.is_fraction && toks.get(noun_at).is_some_and(|t| t.is("of")) {
        noun_at +=
            1 + usize::from(toks.get(noun_at + 1).is_some_and(|t| matches!(t.norm.as_str(), "the" | "its" | "their")));
    }
    let phrase = head_noun(toks, noun_at, text);
    let rate = is_rate(toks, i.checked_sub(1), phrase.as_ref().map_or(r.end, |n| n.1), r.kind == FigureKind::Money);
    let compound = compound_unit(toks, r.end, &first);
    let mut noun = compound.or_else(|| phrase.map(|n| n.0)).filter(|_| r.kind == FigureKind::Number);
    if noun.is_none() && r.kind == FigureKind::Number && is_age_lead(toks, i) {
        noun = Some("years".to_string());
    }
    let two_sided = matches!(r.qualifier, Qualifier::Range | Qualifier::Bounded { .. });
    let rule = match r.qualifier {
        Qualifier::Range => "range",
        Qualifier::Bounded { .. } => "two-bounds",
        _ if is_proportion => "proportion",
        _ => "amount",
    };
    let figure = Figure {
        span,
        kind: r.kind,
        qualifier: r.qualifier,
        qualifier_text: r.qualifier_text,
        value: (!two_sided).then_some(r.low),
        low: r.low,
        high: r.high,
        currency: r.currency,
        noun,
        is_rate: rate,
        role: None,
        rule,
    };
    Read::Figure(figure, r.end)
}

/// Whether the amount ends in "-odd": "300-odd", "twenty-odd".
fn is_odd(toks: &[Token], a: &Amount) -> bool {
    if a.number.is_compound {
        return toks[a.number.end - 1].norm.ends_with("-odd");
    }
    let at = a.end;
    toks.get(at).is_some_and(|t| t.is_punct('-') && adjacent(&toks[at - 1], t))
        && toks.get(at + 1).is_some_and(|t| t.is("odd") && adjacent(&toks[at], t))
}

/// The unit of a compound the number opens: "a 10-year term" → year,
/// "300-job cut" → job, "a five-time champion" → time. `end` is the token
/// after the figure's reading.
fn compound_unit(toks: &[Token], end: usize, a: &Amount) -> Option<String> {
    let rest = if a.number.is_compound {
        let last = &toks[a.number.end - 1].norm;
        last.split(['-', '‐']).find(|part| small_number(part).is_none() && !is_compound_number_word(part))?
    } else {
        let glued = |k: usize| toks.get(k).is_some_and(|t| adjacent(&toks[k - 1], t));
        if !(toks.get(end).is_some_and(|t| t.is_punct('-')) && glued(end) && glued(end + 1)) {
            return None;
        }
        let word = toks.get(end + 1).filter(|t| t.is_word())?;
        word.norm.split(['-', '‐']).next()?
    };
    (rest != "odd" && is_compound_unit(rest)).then(|| rest.to_string())
}

/// Number words that may stand inside a hyphened number ("hundred").
fn is_compound_number_word(w: &str) -> bool {
    w == "hundred" || scale_word(w).is_some()
}

/// A bare order of magnitude at `j` ("hundreds of fighters", "tens of
/// thousands"), with the noun after "of" as its unit.
fn magnitude_figure(toks: &[Token], j: usize, text: &str) -> Option<(Figure, usize)> {
    let (low, high, end) = read_magnitude(toks, j)?;
    let noun_at = if toks.get(end).is_some_and(|t| t.is("of")) { end + 1 } else { end };
    let noun = head_noun(toks, noun_at, text);
    let figure = Figure {
        span: Span::new(toks[j].span.start, toks[end - 1].span.end),
        kind: FigureKind::Number,
        qualifier: Qualifier::Magnitude,
        qualifier_text: Some(words_of(toks, j, end)),
        value: None,
        low,
        high,
        currency: None,
        is_rate: is_rate(toks, j.checked_sub(1), noun.as_ref().map_or(end, |n| n.1), false),
        noun: noun.map(|n| n.0),
        role: None,
        rule: "magnitude",
    };
    Some((figure, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// Every figure form, plain and typographic: each token where the
    /// readers, asked without the gate, read something must pass the gate.
    #[test]
    fn every_figure_the_readers_find_starts_at_a_token_that_may_open_one() {
        let text = "More than 140 died, up to 9 fled and at least 12 hid. Almost 40% voted; c. 300 came and \
            approx. 5 left. It cost US$5bn, A$20, HK$1bn, £3.5m, €10 and USD 40. It fell to minus 5C, a \
            negative 2% return. Half of voters and a third of members agreed, a dozen eggs and an eighth \
            of the pie. Tens of thousands, several hundred, a few thousand, hundreds of people and scores \
            of homes. Twenty-five, three-quarters and 300-odd came for a 10-year term. Some ~30, >50, ≥ 10, \
            < 7 and ½ a mile. It was -3 degrees. Between 10 and 20 or from 5 to 7 came. Sales rose \
            from £2m to £3m, an increase of 50 per cent. “Nearly 1,000,” he said of the roughly \
            two million who’d left. Some 4.5 million, a hundred and twenty, and one in five. The 5 men \
            met at 10 in 2004, over the 3 days; as 7 left, about 9 stayed, up 4 on the 12 of last year.";
        let seg = segment(text, text);
        let mut opened = 0;
        for s in 0..seg.sentences.len() {
            let toks = seg.sentence_tokens(s);
            for (i, t) in toks.iter().enumerate() {
                if matches!(read_figure_at(toks, i, text, text, &|_| false, false), Read::Nothing) {
                    continue;
                }
                opened += 1;
                assert!(may_open(toks, i), "a figure starts at {:?} but the gate turns it away", t.norm);
            }
        }
        assert!(opened > 50, "only {opened} tokens opened a figure");
    }

    #[test]
    fn ordinary_words_and_separating_punctuation_open_no_figure() {
        let text = "Our council said, with a statement: \"We (all) agree; why?\"";
        let seg = segment(text, text);
        let toks = seg.sentence_tokens(0);
        let open: Vec<&str> = toks.iter().filter(|t| t.opens.figure()).map(|t| t.norm.as_str()).collect();
        assert_eq!(open, ["a"]);
    }
}
