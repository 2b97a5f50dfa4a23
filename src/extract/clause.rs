//! Clauses and word positions: the frame in which a claim's words are
//! aligned with a figure or a date.
//!
//! A sentence is cut into clauses where a new statement starts: after a
//! semicolon or a lone spaced dash (a pair encloses an aside), at a comma followed by a conjunction ("…, and
//! profits fell"), at a contrasting conjunction anywhere ("while", "but",
//! "although", "whereas"), and where the words an attribution covers start
//! ("…, police said 20 were children"), but never inside brackets: "6.8bn rand ($1.2bn;
//! £910m)" is one clause. A word's position counts the words before it in its
//! sentence, leaving out punctuation and bracketed asides, so "killing
//! (mainly by shooting) more than 140" puts "killing" next to its figure.

use crate::extract::lexicon::{is_contrast_conjunction, word_list, CONTRAST_CONJUNCTIONS};
use crate::segment::{Token, TokenKind};

word_list!(
    /// Conjunctions that open a clause after a comma. Not "or": ", or 6%"
    /// restates a figure rather than opening a clause.
    is_comma_conjunction [COMMA_CONJUNCTIONS] = "comma-conjunctions.txt"
);

/// The words that may open a clause: the conjunctions of both lists.
pub(crate) fn clause_openers() -> impl Iterator<Item = &'static str> {
    [&COMMA_CONJUNCTIONS, &CONTRAST_CONJUNCTIONS].into_iter().flat_map(|l| l.words())
}

/// Where each token of a run of sentences stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Per token, the number of its clause, counted across the whole text
    /// (two tokens share a clause only if they share a sentence).
    pub clause: Vec<u32>,
    /// Per token, the number of words before it in its sentence, leaving
    /// out punctuation and bracketed asides (an aside's tokens share the
    /// position of the word before it).
    pub position: Vec<u32>,
}

impl Layout {
    /// Appends the layout of one sentence's tokens; `openers` are the
    /// indexes (into `toks`) where an attribution starts.
    pub fn push_sentence(&mut self, toks: &[Token], openers: &[usize]) {
        let mut clause = self.clause.last().map_or(0, |c| c + 1);
        let dashes = (0..toks.len()).filter(|&d| is_spaced_dash(toks, d)).count();
        let mut position = 0u32;
        let mut depth = 0usize;
        self.clause.reserve(toks.len());
        self.position.reserve(toks.len());
        for (i, t) in toks.iter().enumerate() {
            if i > 0 && depth == 0 && opens_clause(toks, i, openers, dashes == 1) {
                clause += 1;
            }
            self.clause.push(clause);
            self.position.push(position);
            match t.kind {
                TokenKind::Punct => match t.norm.as_bytes() {
                    b"(" | b"[" => depth += 1,
                    b")" | b"]" => depth = depth.saturating_sub(1),
                    _ => {}
                },
                _ if depth == 0 => position += 1,
                _ => {}
            }
        }
    }

    /// Words between token `a` and the token span `from..=to` (0 when `a`
    /// lies inside it).
    pub fn distance(&self, a: usize, from: usize, to: usize) -> u32 {
        let p = self.position[a];
        if a < from {
            self.position[from].saturating_sub(p)
        } else if a > to {
            p.saturating_sub(self.position[to])
        } else {
            0
        }
    }

    /// Whether tokens `a` and `b` (of one sentence) share a clause.
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        self.clause[a] == self.clause[b]
    }
}

/// Whether token `i` opens a new clause; `lone_dash` tells whether the
/// sentence has one spaced dash (a pair of them encloses an aside).
fn opens_clause(toks: &[Token], i: usize, openers: &[usize], lone_dash: bool) -> bool {
    let prev = &toks[i - 1];
    let t = &toks[i];
    // Only a conjunction opens a clause by its word (its `opens` bit is set).
    let conjunction = t.kind == TokenKind::Word && t.opens.clause();
    let after_mark = prev.kind == TokenKind::Punct
        && (prev.is_punct(';')
            || (conjunction && prev.is_punct(',') && is_comma_conjunction(&t.norm))
            || (lone_dash && is_spaced_dash(toks, i - 1)));
    after_mark || (conjunction && is_contrast_conjunction(&t.norm)) || openers.contains(&i)
}

/// A dash with space on both sides: an aside or a new thought, in news
/// style ("axing 90 jobs - 17% of its staff").
fn is_spaced_dash(toks: &[Token], d: usize) -> bool {
    let t = &toks[d];
    if t.kind != TokenKind::Punct || !matches!(t.norm.as_str(), "-" | "–" | "—") {
        return false;
    }
    let spaced_before = d == 0 || toks[d - 1].span.end < t.span.start;
    spaced_before && toks.get(d + 1).is_some_and(|n| t.span.end < n.span.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// The clauses of `text`, as their words joined.
    fn clauses(text: &str, openers: &[usize]) -> Vec<String> {
        let seg = segment(text, text);
        let mut layout = Layout::default();
        layout.push_sentence(&seg.tokens, openers);
        let mut out: Vec<String> = Vec::new();
        for (i, t) in seg.tokens.iter().enumerate() {
            if i == 0 || !layout.same_clause(i - 1, i) {
                out.push(String::new());
            }
            if t.kind != TokenKind::Punct {
                let last = out.last_mut().expect("a clause was opened");
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(&t.norm);
            }
        }
        out
    }

    #[test]
    fn conjunctions_semicolons_and_dashes_open_clauses() {
        assert_eq!(
            clauses("Turnover climbed 4% to £2bn, while margins slipped; staff numbers held at 900.", &[]),
            ["turnover climbed 4 to 2 bn", "while margins slipped", "staff numbers held at 900"]
        );
        assert_eq!(
            clauses("The mill will shed 40 posts – a fifth of its workforce.", &[]),
            ["the mill will shed 40 posts", "a fifth of its workforce"]
        );
        assert_eq!(
            clauses("The mill - its owner says - will shed 40 posts.", &[]),
            ["the mill its owner says will shed 40 posts"]
        );
        assert_eq!(
            clauses("Fares rose by 3%, and ticket sales fell even though the trains ran on time.", &[]),
            ["fares rose by 3", "and ticket sales fell even", "though the trains ran on time"]
        );
    }

    #[test]
    fn nothing_inside_brackets_opens_a_clause() {
        assert_eq!(
            clauses("The deal is worth 4bn euros ($5.2bn; £2.8bn), and shares rose.", &[]),
            ["the deal is worth 4 bn euros 5.2 bn 2.8 bn", "and shares rose"]
        );
    }

    #[test]
    fn a_comma_alone_or_a_hyphen_does_not_open_a_clause() {
        assert_eq!(
            clauses("The 12-member board, which met on Friday, approved 300 new posts.", &[]),
            ["the 12 member board which met on friday approved 300 new posts"]
        );
    }

    #[test]
    fn an_attribution_opens_a_clause() {
        // The attribution "the council said" starts at token 5.
        let text = "Floods closed 14 roads, the council said.";
        assert_eq!(clauses(text, &[5]), ["floods closed 14 roads", "the council said"]);
    }

    #[test]
    fn asides_in_brackets_do_not_count_as_distance() {
        let text = "The storm destroyed (by one estimate, at least) 200 homes.";
        let seg = segment(text, text);
        let mut layout = Layout::default();
        layout.push_sentence(&seg.tokens, &[]);
        let destroyed = seg.tokens.iter().position(|t| t.is("destroyed")).unwrap();
        let figure = seg.tokens.iter().position(|t| t.is("200")).unwrap();
        assert_eq!(layout.distance(destroyed, figure, figure), 1);
        let homes = figure + 1;
        assert_eq!(layout.distance(homes, figure, figure), 1);
        assert_eq!(layout.distance(figure, figure, figure), 0);
    }

    #[test]
    fn clause_numbers_run_on_across_sentences() {
        let seg = segment("Sales rose. Costs fell, but profit rose.", "Sales rose. Costs fell, but profit rose.");
        let mut layout = Layout::default();
        for s in 0..seg.sentences.len() {
            layout.push_sentence(seg.sentence_tokens(s), &[]);
        }
        let clauses: Vec<u32> = layout.clause.clone();
        assert_eq!(clauses.first(), Some(&0));
        assert_eq!(clauses.last(), Some(&2));
        assert_eq!(layout.position.last(), Some(&5));
    }
}
