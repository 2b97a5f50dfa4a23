//! Quote mentions: the quoted spans that hold a claim's quote or a near
//! miss of it, and failing those, its words outside quotation marks. A
//! mention's alignment is its word similarity; the exact words, quoted
//! anywhere, outrank every near miss.

use compact_str::CompactString;
use std::collections::BTreeMap;

use crate::extract::ArticleIndex;
use crate::matching::quote::{match_quote, may_match, quote_parts, QuoteMatch};
use crate::matching::WordIndex;
use crate::source::Span;

use super::mention::{decide, quote_alignment, source_check, Checks, Context, Mention, QuoteCheck, SourceCheck};

/// A near miss's similarity, 0 to 100.
fn ratio_of(check: &QuoteCheck) -> u8 {
    match check {
        QuoteCheck::NearMiss { score, .. } => *score,
        _ => 100,
    }
}

/// Mentions of a quote claim: quoted spans that hold the quote or a near
/// miss of it; failing those, the words found outside quotation marks.
/// Quotes that continue one account ("…," he said, "…"; a quote running on
/// into the next paragraph) are also read joined, for a claim that spans
/// them. `names` are the claimed source's names, if any.
pub(super) fn quote_mentions(
    quote: &str,
    index: &ArticleIndex,
    words_index: &WordIndex,
    names: Option<&[String]>,
) -> Vec<Mention> {
    let parts = quote_parts(quote);
    let all: Vec<CompactString> = parts.iter().flatten().cloned().collect();
    let needed = all.len().div_ceil(3);
    let rank = |m: &QuoteMatch| match m {
        QuoteMatch::Agrees => 2.0,
        QuoteMatch::NearMiss { ratio, .. } => f64::from(*ratio),
    };
    // The claim's distinct words, sorted, and how often the claim says each:
    // a quote shares a word as often as the claim says it.
    let mut distinct: Vec<&str> = all.iter().map(CompactString::as_str).collect();
    distinct.sort_unstable();
    let counts: Vec<(&str, usize)> = distinct.chunk_by(|a, b| a == b).map(|run| (run[0], run.len())).collect();
    // How many of the claim's words `quoted` holds (see
    // `WordIndex::quotes_sharing`), for quotes read joined.
    let held = |quoted: &[CompactString]| {
        let mut present = vec![false; counts.len()];
        for w in quoted {
            if let Ok(k) = counts.binary_search_by(|(d, _)| (*d).cmp(w.as_str())) {
                present[k] = true;
            }
        }
        counts.iter().zip(&present).filter(|(_, p)| **p).map(|((_, n), _)| n).sum::<usize>()
    };
    let compare = |quoted: &[CompactString], shared: usize| {
        (shared >= needed && may_match(all.len(), shared)).then(|| match_quote(&parts, quoted)).flatten()
    };
    let quotes = &index.quotes;
    let sharing = words_index.quotes_sharing(&all, needed, quotes.len());
    let shared_by = |q: usize| sharing.binary_search_by_key(&q, |&(q, _)| q).ok().map(|i| sharing[i].1);
    // The matches found, as (first quote, last quote, match), in the runs
    // of quotes that continue one account and hold enough of the words.
    let mut found: Vec<(usize, usize, QuoteMatch)> = Vec::new();
    let mut next = 0;
    for &(q, _) in &sharing {
        if q < next {
            continue;
        }
        let mut first = q;
        while first > 0 && quotes[first].continues == Some(first - 1) {
            first -= 1;
        }
        let mut last = q;
        while last + 1 < quotes.len() && quotes[last + 1].continues == Some(last) {
            last += 1;
        }
        next = last + 1;
        // A member that shares too few of the words is not among `sharing`.
        let members: Vec<(usize, usize, QuoteMatch)> = (first..=last)
            .filter_map(|q| shared_by(q).and_then(|shared| compare(&quotes[q].words, shared)).map(|m| (q, q, m)))
            .collect();
        let best_member = members.iter().map(|(.., m)| rank(m)).fold(0.0, f64::max);
        // A run of one quote is its only member; a longer run is also read
        // joined, unless a member already holds the words as they are.
        let whole = (last > first && best_member < 2.0)
            .then(|| {
                let joined: Vec<CompactString> = (first..=last).flat_map(|q| quotes[q].words.iter().cloned()).collect();
                compare(&joined, held(&joined))
            })
            .flatten();
        match whole.filter(|m| rank(m) > best_member) {
            Some(m) => found.push((first, last, m)),
            None => found.extend(members),
        }
    }
    // One mention per sentence: its best match.
    let mut best: BTreeMap<usize, (usize, usize, QuoteMatch)> = BTreeMap::new();
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
        let alignment = quote_alignment(if agrees { 1.0 } else { f64::from(ratio_of(&check)) / 100.0 });
        let checks = Checks { sentence, figure: None, date: None, source, quote: Some(check), alignment };
        let mut mention = decide(index, checks, names.is_some());
        if matches!(source, Some(SourceCheck::Other { .. })) && !agrees {
            mention.demote(Context::OtherSource);
        }
        mentions.push(mention);
    }
    // Once the words are quoted as they are, a near miss elsewhere is
    // another quote that happens to look alike ("Sideways should win" and
    // "Foxx will and should win"): listed, not a misquote.
    let quoted_agrees = mentions.iter().any(|m| matches!(m.quote, Some(QuoteCheck::Agrees { .. })));
    if quoted_agrees {
        for m in mentions.iter_mut().filter(|m| matches!(m.quote, Some(QuoteCheck::NearMiss { .. }))) {
            m.demote(Context::Weaker);
        }
    }
    // Verbatim words outside quotation marks: an agreeing paraphrase is not a quote.
    if !quoted_agrees && parts.len() == 1 {
        let tokens = &index.segments.tokens;
        for (a, b) in words_index.sequence(&all, tokens) {
            let span = tokens[a].span.cover(tokens[b - 1].span);
            let inside_quote = in_quote(index, span);
            if let (false, Some(sentence)) = (inside_quote, index.sentence_at(span.start)) {
                let source = names.map(|n| source_check(n, index, &index.credited(sentence, span)));
                let quote = Some(QuoteCheck::Unquoted { words: span });
                let checks =
                    Checks { sentence, figure: None, date: None, source, quote, alignment: quote_alignment(1.0) };
                mentions.push(decide(index, checks, names.is_some()));
            }
        }
    }
    mentions
}

/// Whether `span` lies inside one of the article's quotes. Quotes are the
/// outermost quoted spans of their paragraphs, so they are disjoint and in
/// text order: only the last one starting before `span` can hold it.
fn in_quote(index: &ArticleIndex, span: Span) -> bool {
    let before = index.quotes.partition_point(|q| q.span.start <= span.start);
    before.checked_sub(1).is_some_and(|q| index.quotes[q].span.contains(span))
}
