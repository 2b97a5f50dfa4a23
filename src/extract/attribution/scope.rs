//! Scope: which words an attribution covers.
//!
//! Inside a sentence, attributions split it into clauses. A cue that
//! follows what it credits ("…, according to ACLED.", "…," he said) covers
//! the clause before it; one that leads ("According to UN data, …", "Clarke
//! said …") covers what follows, up to a conjunction that opens another
//! speaker's clause ("…, but the UN said"). Words in no attributed clause
//! are credited to nobody ("The blast killed 170, and police said …": the
//! 170 is unattributed).
//!
//! Across sentences, an attribution covers only what continues the same
//! speaker's account: the rest of a quotation that runs over several
//! sentences, and a quotation that opens the next sentence or paragraph
//! with no attribution of its own, after a sentence that ends with the
//! speaker's quote or cue. A paragraph that is only a quotation is
//! stricter: it continues the speaker only when the paragraph before left
//! its quotation open (news style leaves a quote that runs into the next
//! paragraph unclosed); after a closed one it is credited to nobody. A
//! quotation that repeats words quoted earlier is a pull quote and
//! continues nothing; a caption that repeats a figure is never covered.

use super::names::Sentence;
use super::repeats::QuotedWords;
use super::words::is_clause_conjunction;
use super::Attribution;
use crate::extract::quote::Quote;
use crate::segment::Segmentation;
use crate::source::Span;

/// Gives each attribution of one sentence the clause it covers.
pub(super) fn clause_scopes(s: &Sentence, atts: &mut [Attribution]) {
    let (Some(first), Some(last)) = (s.toks.first(), s.toks.last()) else {
        return;
    };
    let sentence = Span::new(first.span.start, last.span.end);
    let first_token = |a: &Attribution| s.toks.partition_point(|t| t.span.start < a.span.start);
    let end_token = |a: &Attribution| s.toks.partition_point(|t| t.span.start < a.span.end);
    let mut cuts = Vec::new();
    for i in 0..atts.len() {
        if let Some(o) = clause_opener(s, first_token(&atts[i])) {
            cuts.push(s.toks[o].span.start);
        } else if i > 0 && is_trailing(s, first_token(&atts[i - 1]), end_token(&atts[i - 1])) {
            cuts.push(atts[i - 1].span.end);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for a in atts.iter_mut() {
        let from = cuts.iter().rev().find(|&&c| c <= a.span.start).copied().unwrap_or(sentence.start);
        let to = cuts.iter().find(|&&c| c > a.span.start).copied().unwrap_or(sentence.end);
        a.scope = vec![Span::new(from, to)];
    }
}

/// The conjunction or semicolon that opens the clause of an attribution
/// starting at token `f` (", and the UN said", "while police said"), if
/// it does not open the sentence.
fn clause_opener(s: &Sentence, f: usize) -> Option<usize> {
    let f = if f > 0 && matches!(s.word(f - 1), Some("the" | "a" | "an")) { f - 1 } else { f };
    let p = f.checked_sub(1).filter(|&p| p > 0)?;
    let opens = s.is_punct(p, ';')
        || s.word(p).is_some_and(is_clause_conjunction)
        || (matches!(s.word(p), Some("and" | "or")) && s.is_punct(p - 1, ','));
    opens.then_some(p)
}

/// Whether the attribution on tokens `f..e` follows what it credits: set
/// off before, and closing its clause after ("…, according to ACLED.").
fn is_trailing(s: &Sentence, f: usize, e: usize) -> bool {
    let set_off = f > 0
        && (s.is_punct(f - 1, ',')
            || s.is_quote_mark(f - 1)
            || s.is_punct(f - 1, '(')
            || s.is_punct(f - 1, '—')
            || s.is_punct(f - 1, '–')
            || s.is_punct(f - 1, '-'));
    set_off && s.closes_at(e)
}

/// What the article-wide pass of [`extend_scopes`] settles.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    /// Per sentence, the attributions that cover any of it.
    pub credits: Credits,
    /// Per quote, the quote whose account it continues (see
    /// [`Quote::continues`]).
    pub continues: Vec<Option<usize>>,
}

/// Per sentence, the attributions whose scope covers any of it, in text
/// order: one list for the article, cut by sentence (a list per sentence
/// would cost a long article more than the attributions themselves).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Credits {
    /// Where each sentence's attributions start in `attributions`, and
    /// where the last one's end.
    starts: Vec<usize>,
    attributions: Vec<usize>,
}

impl Credits {
    /// The credits of `sentences` sentences from pairs (sentence,
    /// attribution), in any order and with repeats.
    fn from_pairs(sentences: usize, mut pairs: Vec<(u32, u32)>) -> Credits {
        pairs.sort_unstable();
        pairs.dedup();
        let mut starts = Vec::with_capacity(sentences + 1);
        let mut next = 0;
        for s in 0..sentences {
            starts.push(next);
            next += pairs[next..].iter().take_while(|&&(at, _)| at as usize == s).count();
        }
        starts.push(next);
        Credits { starts, attributions: pairs.into_iter().map(|(_, i)| i as usize).collect() }
    }

    /// The attributions that cover any of sentence `s` (none past the end).
    pub fn of(&self, s: usize) -> &[usize] {
        match (self.starts.get(s), self.starts.get(s + 1)) {
            (Some(&from), Some(&to)) => &self.attributions[from..to],
            _ => &[],
        }
    }

    /// Each sentence's attributions, in sentence order.
    pub fn iter(&self) -> impl Iterator<Item = &[usize]> {
        self.starts.windows(2).map(|w| &self.attributions[w[0]..w[1]])
    }

    /// The same credits read the other way: for each of the article's
    /// `attributions`, the sentences it covers, in sentence order (in the
    /// place of [`Credits::iter`]'s lists).
    pub fn transposed(&self, attributions: usize) -> Credits {
        let pairs = self.iter().enumerate().flat_map(|(s, atts)| atts.iter().map(move |&i| (i as u32, s as u32)));
        Credits::from_pairs(attributions, pairs.filter(|&(i, _)| (i as usize) < attributions).collect())
    }
}

/// Extends the scopes of the article's attributions across sentences (see
/// the module header) and links each quote to the one whose account it
/// continues. `sentence_of[i]` is the sentence of attribution `i`
/// (attributions come in text order).
///
/// Linear in the article: each quote looks only at the sentences it spans
/// and the quote before it, and whether it repeats earlier quoted words is
/// asked of an index of those words, only when the rest would let it
/// continue an account.
pub fn extend_scopes(
    atts: &mut [Attribution],
    sentence_of: &[usize],
    quotes: &[Quote],
    seg: &Segmentation,
    text: &str,
) -> Scopes {
    let sentences = &seg.sentences;
    if sentences.is_empty() {
        return Scopes { credits: Credits::default(), continues: vec![None; quotes.len()] };
    }
    // The attributions of sentence `s`: a run, as they come in text order.
    let own = |s: usize| sentence_of.partition_point(|&x| x < s)..sentence_of.partition_point(|&x| x <= s);
    let sentence_at = |offset: usize| seg.sentence_from(offset).min(sentences.len() - 1);
    let mut quoted = QuotedWords::default();
    let mut continues = vec![None; quotes.len()];
    let mut credits: Vec<Vec<usize>> = Vec::with_capacity(quotes.len());
    for q in 0..quotes.len() {
        let span = quotes[q].span;
        let (first, last) = (sentence_at(span.start), sentence_at(span.end.saturating_sub(1)));
        let mut covering: Vec<usize> = (own(first).start..own(last).end)
            .filter(|&i| atts[i].scope.iter().any(|r| r.start < span.end && span.start < r.end))
            .collect();
        let same_sentence = q > 0 && sentence_at(quotes[q - 1].span.start) == first;
        if same_sentence {
            continues[q] = Some(q - 1);
        }
        let unattributed = own(first).start == own(last).end;
        let opens = text.get(sentences[first].span.start..span.start).is_some_and(is_one_quote_mark);
        if covering.is_empty()
            && unattributed
            && opens
            && first > 0
            && !same_sentence
            && !quoted.repeats(quotes, text, q)
        {
            let prev_quote =
                q.checked_sub(1).filter(|&p| sentence_at(quotes[p].span.end.saturating_sub(1)) + 1 == first);
            let paragraph = sentences[first].paragraph;
            if seg.paragraphs[paragraph].sentences.start == first && is_only_quotation(seg, paragraph, quotes, text) {
                // A paragraph that is only a quotation continues the speaker
                // of a quotation the paragraph before left open.
                let open_before = prev_quote.filter(|&p| quotes[p].runs_on && !credits[p].is_empty());
                if let Some(p) = open_before {
                    covering = credits[p].clone();
                    continues[q] = Some(p);
                }
            } else if let Some(p) = prev_quote.filter(|&p| !credits[p].is_empty()) {
                // The sentence before ends the same account: its quote, or
                // the speaker's cue ("But he said … . \"We do need …\"").
                covering = credits[p].clone();
                continues[q] = Some(p);
            } else if let Some(cue) = own(first - 1).last().filter(|_| prev_quote.is_none()) {
                covering = vec![cue];
            }
        }
        for &i in &covering {
            atts[i].scope.push(span);
            for s in (first..=last).filter(|&s| own(s).is_empty()) {
                atts[i].scope.push(sentences[s].span);
            }
        }
        credits.push(covering);
    }
    let mut pairs = Vec::new();
    for (i, att) in atts.iter_mut().enumerate() {
        att.scope.sort_by_key(|r| (r.start, r.end));
        att.scope.dedup();
        for r in &att.scope {
            let covered =
                (seg.sentence_from(r.start)..sentences.len()).take_while(|&s| sentences[s].span.start < r.end);
            pairs.extend(covered.map(|s| (s as u32, i as u32)));
        }
    }
    Scopes { credits: Credits::from_pairs(sentences.len(), pairs), continues }
}

/// Whether paragraph `p` holds nothing but quotations: outside them, only
/// quotation marks, punctuation and white space.
fn is_only_quotation(seg: &Segmentation, p: usize, quotes: &[Quote], text: &str) -> bool {
    let span = seg.paragraphs[p].span;
    // Quotes are in text order: those starting in the paragraph are a run.
    let from = quotes.partition_point(|q| q.span.start < span.start);
    let here: Vec<Span> = quotes[from..].iter().map(|q| q.span).take_while(|q| q.start < span.end).collect();
    let inside = |at: usize| here.iter().any(|q| q.start <= at && at < q.end);
    text.get(span.start..span.end)
        .is_some_and(|body| body.char_indices().all(|(i, c)| inside(span.start + i) || !c.is_alphanumeric()))
}

/// Whether `text` is a single opening quotation mark.
fn is_one_quote_mark(text: &str) -> bool {
    matches!(text, "\"" | "“" | "‘" | "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_list_each_sentences_attributions_once_in_order() {
        // Pairs (sentence, attribution) as scopes give them: out of order,
        // with repeats, sentence 1 and the last sentence credited to nobody.
        let credits = Credits::from_pairs(5, vec![(2, 3), (0, 1), (2, 0), (3, 3), (0, 1), (2, 3), (0, 0)]);
        let each: Vec<&[usize]> = credits.iter().collect();
        assert_eq!(each, [&[0, 1][..], &[], &[0, 3], &[3], &[]]);
        assert_eq!(credits.of(2), [0, 3]);
        assert!(credits.of(4).is_empty() && credits.of(9).is_empty());
        assert_eq!(Credits::from_pairs(0, Vec::new()).iter().count(), 0);
        // Read by attribution: 0 covers sentences 0 and 2, 1 only 0, 2
        // nothing, 3 sentences 2 and 3; an attribution past those asked
        // for is left out.
        let by_attribution = credits.transposed(4);
        assert_eq!(by_attribution.iter().collect::<Vec<_>>(), [&[0, 2][..], &[0], &[], &[2, 3]]);
        let fewer = credits.transposed(2);
        assert_eq!(fewer.iter().collect::<Vec<_>>(), [&[0, 2][..], &[0]]);
    }
}
