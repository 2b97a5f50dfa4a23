//! Extraction: article → [`ArticleIndex`], the figures, dates, attributions
//! and quotes of every sentence, read once per article.
//!
//! Dates are read before figures so that a year or a day of the month is
//! never also read as a count. Year-less dates and pronoun speakers are
//! settled in a second pass, since they depend on the sentences around them.

pub mod attribution;
pub mod date;
pub mod figure;
pub mod lexicon;
pub mod number;
pub mod quote;

use std::ops::Range;

use jiff::civil::Date;

use crate::article::Article;
use crate::segment::{segment, Segmentation};
use crate::source::Span;
use attribution::{read_attributions, resolve_pronouns, Attribution};
use date::{read_dates, resolve, DateMention, Placement};
use figure::{read_figures, Figure};
use quote::{read_quotes, Quote};

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

/// Everything read from one article.
#[derive(Debug, Clone)]
pub struct ArticleIndex {
    /// Paragraphs, sentences and tokens.
    pub segments: Segmentation,
    /// Per sentence, where its facts are.
    pub facts: Vec<SentenceFacts>,
    /// All figures, in text order.
    pub figures: Vec<Figure>,
    /// All dates, in text order.
    pub dates: Vec<DateMention>,
    /// All attributions, in text order.
    pub attributions: Vec<Attribution>,
    /// All quotes, in text order.
    pub quotes: Vec<Quote>,
}

impl ArticleIndex {
    /// The figures of sentence `s`.
    pub fn sentence_figures(&self, s: usize) -> &[Figure] {
        &self.figures[self.facts[s].figures.clone()]
    }

    /// The dates of sentence `s`.
    pub fn sentence_dates(&self, s: usize) -> &[DateMention] {
        &self.dates[self.facts[s].dates.clone()]
    }

    /// The attributions of sentence `s`.
    pub fn sentence_attributions(&self, s: usize) -> &[Attribution] {
        &self.attributions[self.facts[s].attributions.clone()]
    }

    /// The sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let sentences = &self.segments.sentences;
        let i = sentences.partition_point(|s| s.span.end <= offset);
        sentences.get(i).filter(|s| s.span.start <= offset).map(|_| i)
    }

    /// The paragraph before `p` that is not a heading.
    pub fn previous_paragraph(&self, p: usize) -> Option<usize> {
        (0..p).rev().find(|&q| !self.segments.paragraphs[q].is_heading)
    }
}

/// Reads an article once: segmentation, then per sentence its dates,
/// figures, quotes and attributions; then the year of year-less dates (with
/// `published` when given) and the speaker of pronouns.
pub fn index_article(article: &Article, published: Option<Date>) -> ArticleIndex {
    let segments = segment(&article.text, &article.scan);
    let quotes: Vec<Quote> = segments.paragraphs.iter().flat_map(|p| read_quotes(&article.text, p.span)).collect();
    let mut index = ArticleIndex {
        facts: Vec::with_capacity(segments.sentences.len()),
        segments,
        figures: Vec::new(),
        dates: Vec::new(),
        attributions: Vec::new(),
        quotes,
    };
    let mut date_places = Vec::new();
    let mut attribution_paragraphs = Vec::new();
    for (s, sentence) in index.segments.sentences.iter().enumerate() {
        let toks = index.segments.sentence_tokens(s);
        let dates = read_dates(toks);
        let taken: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let figures = read_figures(toks, &article.text, &article.scan, &taken);
        let quoted: Vec<bool> = toks.iter().map(|t| in_quote(&index.quotes, t.span)).collect();
        let attributions = read_attributions(toks, &quoted, &article.text);

        let facts = SentenceFacts {
            figures: index.figures.len()..index.figures.len() + figures.len(),
            dates: index.dates.len()..index.dates.len() + dates.len(),
            attributions: index.attributions.len()..index.attributions.len() + attributions.len(),
        };
        let place = Placement { sentence: s, paragraph: sentence.paragraph };
        date_places.extend(std::iter::repeat_n(place, dates.len()));
        attribution_paragraphs.extend(std::iter::repeat_n(sentence.paragraph, attributions.len()));
        index.figures.extend(figures);
        index.dates.extend(dates);
        index.attributions.extend(attributions);
        index.facts.push(facts);
    }
    let headings: Vec<bool> = index.segments.paragraphs.iter().map(|p| p.is_heading).collect();
    let previous = |p: usize| (0..p).rev().find(|&q| !headings[q]);
    resolve(&mut index.dates, &date_places, &previous, published);
    resolve_pronouns(&mut index.attributions, &attribution_paragraphs, &previous);
    index
}

/// Whether `span` lies inside one of the (sorted) quotes.
fn in_quote(quotes: &[Quote], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.span.end < span.end);
    quotes.get(i).is_some_and(|q| q.span.contains(span))
}
