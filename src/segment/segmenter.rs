//! Cutting an article paragraph by paragraph: a paragraph's sentences and
//! tokens are made when it is reached, so a reader takes them as they come
//! and, when it needs no tokens afterwards (`extract`), holds only one
//! paragraph's at a time instead of the whole article's.

use super::token::lex;
use super::{paragraph_spans, sentence_spans, Block, Paragraph, Segmentation, Sentence, Token};
use crate::source::Span;

/// Which tokens a segmentation keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Every token: the word index and judging look at any sentence's.
    All,
    /// Only the current paragraph's; the finished segmentation holds none.
    Paragraph,
}

/// Cuts an article into paragraphs, sentences and tokens, one paragraph
/// per call of [`Segmenter::next_paragraph`].
pub struct Segmenter<'t> {
    text: &'t str,
    scan: &'t str,
    blocks: std::vec::IntoIter<Block>,
    seg: Segmentation,
    keep: Keep,
    /// The last paragraph so far that is no heading.
    last_text: Option<usize>,
    /// Tokens made and let go before the first one held.
    dropped: usize,
    /// The current paragraph's sentence spans, and room to find them.
    spans: Vec<Span>,
    natural: Vec<Span>,
}

impl<'t> Segmenter<'t> {
    /// A segmenter of `text`, whose tokens are read from `scan` (the same
    /// text with markup blanked; see [`crate::article`]).
    pub fn new(text: &'t str, scan: &'t str, keep: Keep) -> Segmenter<'t> {
        let mut seg = Segmentation::default();
        if keep == Keep::All {
            // Room for the tokens at once (news prose runs at five to six
            // bytes a token; a denser text grows the vector as before).
            seg.tokens.reserve(scan.len() / 5);
        }
        let blocks = paragraph_spans(text, scan).into_iter();
        let (spans, natural) = (Vec::new(), Vec::new());
        Segmenter { text, scan, blocks, seg, keep, last_text: None, dropped: 0, spans, natural }
    }

    /// Cuts the next paragraph that holds any token into sentences and
    /// tokens and returns its index, or `None` at the end of the text.
    pub fn next_paragraph(&mut self) -> Option<usize> {
        if self.keep == Keep::Paragraph {
            self.dropped += self.seg.tokens.len();
            self.seg.tokens.clear();
        }
        loop {
            let block = self.blocks.next()?;
            let seg = &mut self.seg;
            let first = seg.sentences.len();
            let index = seg.paragraphs.len();
            sentence_spans(self.scan, block.span, &mut self.natural, &mut self.spans);
            for &span in &self.spans {
                let start = seg.tokens.len();
                lex(self.text, self.scan, span, &mut seg.tokens);
                // A first token that opens with a character reference
                // starts the sentence where the reference does.
                let span = match seg.tokens.get(start) {
                    Some(t) if t.span.start < span.start => Span::new(t.span.start, span.end),
                    _ => span,
                };
                if seg.tokens.len() > start {
                    let tokens = self.dropped + start..self.dropped + seg.tokens.len();
                    seg.sentences.push(Sentence { span, paragraph: index, tokens });
                }
            }
            if seg.sentences.len() > first {
                seg.previous.push(self.last_text);
                if !block.is_heading {
                    self.last_text = Some(index);
                }
                seg.paragraphs.push(Paragraph {
                    span: block.span,
                    is_heading: block.is_heading,
                    sentences: first..seg.sentences.len(),
                });
                return Some(index);
            }
        }
    }

    /// The paragraphs and sentences cut so far.
    pub fn segments(&self) -> &Segmentation {
        &self.seg
    }

    /// The tokens of sentence `s`: one of the last paragraph's, or any
    /// sentence's when all tokens are kept.
    pub fn sentence_tokens(&self, s: usize) -> &[Token] {
        let range = &self.seg.sentences[s].tokens;
        &self.seg.tokens[range.start - self.dropped..range.end - self.dropped]
    }

    /// The whole segmentation, once every paragraph is cut. Without its
    /// tokens kept, each sentence's tokens are an empty range.
    pub fn finish(mut self) -> Segmentation {
        while self.next_paragraph().is_some() {}
        match self.keep {
            // A long article's tokens outweigh everything else read from
            // it: keep no spare room from the vector's growth.
            Keep::All => self.seg.tokens.shrink_to_fit(),
            Keep::Paragraph => {
                self.seg.tokens = Vec::new();
                for sentence in &mut self.seg.sentences {
                    sentence.tokens = 0..0;
                }
            }
        }
        self.seg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_at_a_time_cuts_the_same_sentences_and_tokens_as_keeping_all() {
        // Headings, a list, a blank-only line, a reference and a curly quote.
        let text = "Rates rise again\n\nThe bank raised rates to 5.25% on Thursday. \
                    Shares fell 2&#37; after.\n   \n- One item: 40 jobs\n- Another: \u{201c}12 more\u{201d}\n\nLast line.";
        let scan = text.replace("&#37;", "%   ");
        let all = Segmenter::new(text, &scan, Keep::All).finish();
        let mut cut = Segmenter::new(text, &scan, Keep::Paragraph);
        let mut paragraphs = 0;
        while let Some(p) = cut.next_paragraph() {
            paragraphs += 1;
            for s in cut.segments().paragraphs[p].sentences.clone() {
                let kept: Vec<(Span, &str)> =
                    all.sentence_tokens(s).iter().map(|t| (t.span, t.norm.as_str())).collect();
                let held: Vec<(Span, &str)> =
                    cut.sentence_tokens(s).iter().map(|t| (t.span, t.norm.as_str())).collect();
                assert_eq!(held, kept, "sentence {s}");
            }
        }
        let facts = cut.finish();
        assert_eq!(paragraphs, all.paragraphs.len());
        assert!(facts.tokens.is_empty() && !all.tokens.is_empty());
        let sentences = |seg: &Segmentation| seg.sentences.iter().map(|s| (s.span, s.paragraph)).collect::<Vec<_>>();
        assert_eq!(sentences(&facts), sentences(&all));
        assert!((0..facts.sentences.len()).all(|s| facts.sentence_tokens(s).is_empty()));
        let headings = |seg: &Segmentation| seg.paragraphs.iter().map(|p| (p.span, p.is_heading)).collect::<Vec<_>>();
        assert_eq!(headings(&facts), headings(&all));
        assert!((0..all.paragraphs.len()).all(|p| facts.previous_paragraph(p) == all.previous_paragraph(p)));
    }
}
