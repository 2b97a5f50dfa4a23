//! Extraction: article → [`ArticleIndex`], the figures, dates, attributions
//! and quotes of every sentence, read once per article.
//!
//! Dates are read before figures so that a year or a day of the month is
//! never also read as a count. Year-less dates, pronoun speakers, aliases
//! and the scope of each attribution are settled in a second pass, since
//! they depend on the sentences around them.

pub mod attribution;
pub mod clause;
pub mod date;
pub mod figure;
pub mod lexicon;
pub mod number;
pub mod opens;
pub mod quote;

use std::ops::Range;
use std::sync::OnceLock;

use jiff::civil::Date;

use crate::article::Article;
use crate::segment::{Keep, Segmentation, Segmenter};
use crate::source::Span;
use attribution::aliases::{learn_aliases, read_aliases, Aliases};
use attribution::scope::{extend_scopes, Credits};
use attribution::{name_mentions, read_attributions, resolve_speakers, Attribution, Places};
use clause::Layout;
use date::{read_dates, resolve, DateMention, Placement};
use figure::{read_figures, Figure, FigureReading, Rejected};
use quote::{read_quotes, words, Quote};

/// What was read in one sentence, as ranges into the index's lists.
#[derive(Debug, Clone, Default)]
pub struct SentenceFacts {
    /// Its figures in [`ArticleIndex::figures`].
    pub figures: Range<usize>,
    /// Its dates in [`ArticleIndex::dates`].
    pub dates: Range<usize>,
    /// Its attributions in [`ArticleIndex::attributions`].
    pub attributions: Range<usize>,
}

/// What one attribution covers, as indexes into the index's lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Covered {
    /// Figures, in text order.
    pub figures: Vec<usize>,
    /// Dates, in text order.
    pub dates: Vec<usize>,
    /// Quotes, in text order.
    pub quotes: Vec<usize>,
}

/// Everything read from one article.
#[derive(Debug, Clone)]
pub struct ArticleIndex {
    /// Paragraphs, sentences and tokens.
    pub segments: Segmentation,
    /// Per sentence, where its figures, dates and attributions start in
    /// their lists (which are in sentence order), and after the last
    /// sentence where they end: 12 bytes a sentence (see
    /// [`ArticleIndex::facts`]).
    fact_starts: Vec<[u32; 3]>,
    /// All figures, in text order.
    pub figures: Vec<Figure>,
    /// The numbers read as no figure, with the rule that rejected each, in
    /// text order.
    pub rejected: Vec<Rejected>,
    /// All dates, in text order.
    pub dates: Vec<DateMention>,
    /// All attributions, in text order.
    pub attributions: Vec<Attribution>,
    /// All quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Per sentence, the attributions whose scope covers any of it.
    pub credits: Credits,
    /// The other names the article gives its sources.
    pub aliases: Aliases,
    /// The tokens (in the whole article) where the words an attribution
    /// covers start, in text order: each opens a clause.
    openers: Vec<usize>,
    /// The clause and word position of every token, laid out when first
    /// asked (`extract` reports no clauses and never asks).
    layout: OnceLock<Layout>,
}

impl ArticleIndex {
    /// Where the facts of sentence `s` are in the index's lists.
    pub fn facts(&self, s: usize) -> SentenceFacts {
        let ([f, d, a], [f_end, d_end, a_end]) = (self.fact_starts[s], self.fact_starts[s + 1]);
        let range = |from: u32, to: u32| from as usize..to as usize;
        SentenceFacts { figures: range(f, f_end), dates: range(d, d_end), attributions: range(a, a_end) }
    }

    /// The attributions of sentence `s`.
    pub fn sentence_attributions(&self, s: usize) -> &[Attribution] {
        &self.attributions[self.facts(s).attributions]
    }

    /// The attributions that cover the words at `span` in sentence `s`:
    /// those whose scope holds its first byte.
    pub fn credited(&self, s: usize, span: Span) -> Vec<usize> {
        let covers =
            |i: &usize| self.attributions[*i].scope.iter().any(|r| r.start <= span.start && span.start < r.end);
        self.credits.of(s).iter().copied().filter(covers).collect()
    }

    /// Per attribution, the figures, dates and quotes it covers, as indexes
    /// into [`ArticleIndex::figures`], [`ArticleIndex::dates`] and
    /// [`ArticleIndex::quotes`]: one pass over the sentences' credits, and a
    /// binary search of the quotes per scope range.
    pub fn coverage(&self) -> Vec<Covered> {
        let sentences = self.credits.transposed(self.attributions.len());
        let mut starts: Vec<(usize, usize)> = self.quotes.iter().enumerate().map(|(q, x)| (x.span.start, q)).collect();
        starts.sort_unstable();
        (self.attributions.iter().zip(sentences.iter()))
            .map(|(att, sentences)| {
                let inside = |span: Span| att.scope.iter().any(|r| r.start <= span.start && span.start < r.end);
                let facts = || sentences.iter().map(|&s| self.facts(s));
                let figures = facts().flat_map(|f| f.figures).filter(|&f| inside(self.figures[f].span));
                let dates = facts().flat_map(|f| f.dates).filter(|&d| inside(self.dates[d].span));
                let mut quotes: Vec<usize> = att
                    .scope
                    .iter()
                    .flat_map(|r| {
                        let from = starts.partition_point(|&(at, _)| at < r.start);
                        starts[from..].iter().take_while(|&&(at, _)| at < r.end).map(|&(_, q)| q)
                    })
                    .collect();
                quotes.sort_unstable();
                quotes.dedup();
                Covered { figures: figures.collect(), dates: dates.collect(), quotes }
            })
            .collect()
    }

    /// The clause and word position of every token.
    pub fn layout(&self) -> &Layout {
        self.layout.get_or_init(|| {
            let mut layout = Layout::default();
            let mut openers = Vec::new();
            for (s, sentence) in self.segments.sentences.iter().enumerate() {
                let range = &sentence.tokens;
                let from = self.openers.partition_point(|&k| k < range.start);
                let to = self.openers.partition_point(|&k| k < range.end);
                openers.clear();
                openers.extend(self.openers[from..to].iter().map(|&k| k - range.start));
                layout.push_sentence(self.segments.sentence_tokens(s), &openers);
            }
            layout
        })
    }

    /// The sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        self.segments.sentence_at(offset)
    }
}

/// Reads an article once: paragraph by paragraph its sentences and tokens,
/// its quotes, then per sentence its dates, figures and attributions; then
/// the year of year-less dates (with `published` when given), the speaker
/// of pronouns and descriptions, the article's aliases, and what each
/// attribution covers. The index keeps every token, for the word index and
/// for judging claims.
pub fn index_article(article: &Article, published: Option<Date>) -> ArticleIndex {
    read_article(article, published, Keep::All)
}

/// What [`index_article`] reads, without what only claims are compared
/// with: each paragraph's tokens are let go once it is read, and the words
/// of the quotes are not kept, so an article's facts (all `extract`
/// reports) take a fraction of the memory of its index. Its sentences hold
/// no tokens and its quotes no words.
pub fn read_facts(article: &Article, published: Option<Date>) -> ArticleIndex {
    read_article(article, published, Keep::Paragraph)
}

fn read_article(article: &Article, published: Option<Date>, keep: Keep) -> ArticleIndex {
    let mut cut = Segmenter::new(&article.text, &article.scan, keep);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut fact_starts = Vec::new();
    // Where the facts of the next sentence (or the end) start.
    let next = |figures: &[Figure], dates: &[DateMention], attributions: &[Attribution]| {
        [figures.len(), dates.len(), attributions.len()].map(|n| n as u32)
    };
    let (mut figures, mut rejected, mut dates, mut attributions) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut openers = Vec::new();
    let mut date_places = Vec::new();
    let mut attribution_paragraphs = Vec::new();
    let mut attribution_sentences = Vec::new();
    let mut alias_pairs = Vec::new();
    let mut mentions = Vec::new();
    let mut inside = InQuote { next: 0 };
    // Per sentence, refilled: the spans its dates take, and whether each
    // of its tokens is quoted.
    let (mut taken, mut quoted) = (Vec::new(), Vec::new());
    while let Some(p) = cut.next_paragraph() {
        let paragraph = &cut.segments().paragraphs[p];
        let read = quotes.len();
        quotes.extend(read_quotes(&article.text, paragraph.span));
        if keep == Keep::All {
            for quote in &mut quotes[read..] {
                quote.words = words(article.slice(quote.span));
            }
        }
        // A headline: a heading, or the article's first line.
        let is_heading = paragraph.is_heading || p == 0;
        for s in paragraph.sentences.clone() {
            let toks = cut.sentence_tokens(s);
            let first = cut.segments().sentences[s].tokens.start;
            let new_dates = read_dates(toks);
            taken.clear();
            taken.extend(new_dates.iter().map(|d| d.span));
            let FigureReading { figures: new_figures, rejected: new_rejected } =
                read_figures(toks, &article.text, &article.scan, &taken);
            quoted.clear();
            quoted.extend(toks.iter().map(|t| inside.holds(&quotes, t.span)));
            let new_attributions = read_attributions(toks, &quoted, &article.text, is_heading);
            // An attribution opens a clause where the words it covers start
            // ("…, and police said 20 were children"), not at its cue: "In
            // 2021, Politico showed …" is one clause.
            let at = openers.len();
            openers.extend(
                (new_attributions.iter().filter_map(|a| a.scope.first()))
                    .map(|scope| first + toks.partition_point(|t| t.span.start < scope.start)),
            );
            openers[at..].sort_unstable();
            alias_pairs.extend(read_aliases(toks, &quoted, &article.text));
            mentions.extend(name_mentions(toks, &quoted, &article.text, s, p));

            fact_starts.push(next(&figures, &dates, &attributions));
            let place = Placement { sentence: s, paragraph: p };
            date_places.extend(std::iter::repeat_n(place, new_dates.len()));
            attribution_paragraphs.extend(std::iter::repeat_n(p, new_attributions.len()));
            attribution_sentences.extend(std::iter::repeat_n(s, new_attributions.len()));
            figures.extend(new_figures);
            rejected.extend(new_rejected);
            dates.extend(new_dates);
            attributions.extend(new_attributions);
        }
    }
    fact_starts.push(next(&figures, &dates, &attributions));
    let segments = cut.finish();
    let previous = |p: usize| segments.previous_paragraph(p);
    resolve(&mut dates, &date_places, &previous, published);
    let places = Places { paragraph: &attribution_paragraphs, sentence: &attribution_sentences, previous: &previous };
    resolve_speakers(&mut attributions, &places, &mentions);
    let aliases = learn_aliases(&alias_pairs, &mentions, &mut attributions);
    // The names are settled: their mentions are let go before the scopes
    // take their room (a long article's peak).
    drop((mentions, alias_pairs));
    let scopes = extend_scopes(&mut attributions, &attribution_sentences, &quotes, &segments, &article.text);
    for (quote, continues) in quotes.iter_mut().zip(scopes.continues) {
        quote.continues = continues;
    }
    ArticleIndex {
        segments,
        fact_starts,
        figures,
        rejected,
        dates,
        attributions,
        quotes,
        credits: scopes.credits,
        aliases,
        openers,
        layout: OnceLock::new(),
    }
}

/// Whether tokens lie inside one of the (sorted, disjoint) quotes, asked in
/// text order: the quote that may hold a token is the first that does not
/// end before it, so one pass over the quotes serves the whole article.
struct InQuote {
    /// The first quote that does not end before the last token asked.
    next: usize,
}

impl InQuote {
    /// Whether `span` lies inside one of `quotes` (the article's so far);
    /// spans come in text order.
    fn holds(&mut self, quotes: &[Quote], span: Span) -> bool {
        while quotes.get(self.next).is_some_and(|q| q.span.end < span.end) {
            self.next += 1;
        }
        quotes.get(self.next).is_some_and(|q| q.span.contains(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attribution_opens_a_clause_where_its_words_start_in_any_sentence() {
        // "as" opens no clause by its word here (no comma before it): only
        // the attribution's start, in the second sentence, does.
        let text = "Prices rose 5% last year. Shares fell 3% on Monday as the regulator said 20 staff left.\n";
        let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).expect("UTF-8");
        let index = index_article(&article, None);
        let layout = index.layout();
        let clause = |word: &str| {
            let k = index.segments.tokens.iter().position(|t| t.is(word)).expect("the word is in the text");
            layout.clause[k]
        };
        assert_eq!(clause("prices"), clause("year"));
        assert_ne!(clause("year"), clause("shares"));
        assert_eq!(clause("shares"), clause("monday"));
        assert_ne!(clause("monday"), clause("as"));
        assert_eq!(clause("as"), clause("left"));
        assert_eq!(layout.position.len(), index.segments.tokens.len());
    }

    #[test]
    fn facts_read_without_tokens_are_those_of_the_index() {
        // The last paragraph's second quote repeats words quoted before: a
        // pull quote, which continues nobody's account.
        let text = "Strike hits ports\n\nDockers walked out on 3 May, the union said. \
                    \u{201c}We lost 1,200 jobs in two years,\u{201d} its leader, Ann Cole, told reporters.\n\n\
                    \"Another 300 could go,\" she said. \"We lost 1,200 jobs\" read the placards. \
                    The port employs about 4,000 people.\n";
        let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).expect("UTF-8");
        let published = jiff::civil::date(2024, 6, 1);
        let (index, facts) = (index_article(&article, Some(published)), read_facts(&article, Some(published)));
        assert!(facts.segments.tokens.is_empty() && facts.quotes.iter().all(|q| q.words.is_empty()));
        assert!(!index.attributions.is_empty() && index.quotes.len() == 3 && !index.dates.is_empty());
        assert_eq!(facts.quotes[2].continues, None);
        let seen = |x: &ArticleIndex| {
            let quotes: Vec<(Span, Option<usize>)> = x.quotes.iter().map(|q| (q.span, q.continues)).collect();
            let facts: Vec<String> = (0..x.segments.sentences.len()).map(|s| format!("{:?}", x.facts(s))).collect();
            format!("{:?} {:?} {:?} {:?} {quotes:?} {facts:?}", x.figures, x.rejected, x.dates, x.attributions)
        };
        assert_eq!(seen(&facts), seen(&index));
        assert_eq!(facts.credits, index.credits);
        assert_eq!(facts.coverage(), index.coverage());
        // Words quoted for the first time there continue her account.
        let fresh = text.replace("\"We lost 1,200 jobs\" read", "\"Not one more\" read");
        let article = Article::from_bytes("b.txt".into(), fresh.into_bytes()).expect("UTF-8");
        assert_eq!(read_facts(&article, Some(published)).quotes[2].continues, Some(1));
    }

    #[test]
    fn tokens_asked_in_text_order_are_inside_a_quote_only_when_it_holds_them_whole() {
        let quote =
            |start, end| Quote { span: Span::new(start, end), words: Vec::new(), runs_on: false, continues: None };
        let quotes = [quote(10, 20), quote(20, 26), quote(30, 40)];
        let mut inside = InQuote { next: 0 };
        let asked = [(0, 5, false), (10, 14, true), (15, 20, true), (18, 22, false), (22, 25, true), (26, 29, false)];
        let asked = asked.into_iter().chain([(30, 40, true), (39, 41, false), (50, 55, false)]);
        for (start, end, holds) in asked {
            assert_eq!(inside.holds(&quotes, Span::new(start, end)), holds, "{start}..{end}");
        }
    }
}
