//! Lint: an article's disagreements with itself, no claims file needed.
//!
//! Two figures disagree when they state one fact (the same unit, the same
//! role and source, and the same governing word or the same rare words
//! close by, see `profile`) but are not the same figure by the figure
//! rule: "killed 137 people" and "killing … more than 140 concertgoers".
//! Two dates disagree when the same rare word names their event close by
//! and their periods do not overlap; two quotations when the same words are
//! credited to two speakers (each named where the words are credited, both
//! people or both organisations), or one speaker's words are given twice, a
//! word apart. Figures whose clauses name two different subjects before
//! their governing words ("Harlow Foods" and "Brennan Retail") are two facts. Mentions in one paragraph never pair: a paragraph that sets
//! figures side by side compares different facts.

mod profile;

use compact_str::CompactString;
use std::collections::BTreeMap;

use crate::article::Article;
use crate::claims::ClaimFigure;
use crate::extract::attribution::{NameKind, Speaker};
use crate::extract::ArticleIndex;
use crate::matching::quote::{match_quote, QuoteMatch};
use crate::matching::source::same_source;
use crate::source::{collapse_spaces, Span};
use crate::verdict::{compare_figures, Agreement, Field, Settings};
use profile::{Profile, Profiles};

/// Word similarity from which two quotations by one speaker are one
/// quotation given twice.
const SAME_QUOTATION: f32 = 0.75;

/// One place of a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Index of the sentence.
    pub sentence: usize,
    /// The figure, date or quote.
    pub focus: Span,
    /// It as written.
    pub text: String,
    /// Who it is credited to, if anyone named.
    pub source: Option<String>,
}

/// A disagreement of the article with itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What disagrees: `figure`, `date`, `quote`, or `source` (the same
    /// words credited to two speakers).
    pub field: Field,
    /// A stable id: "killed-137-vs-more-than-140".
    pub id: String,
    /// What the two places say, in words.
    pub statement: String,
    /// The two places, in text order.
    pub places: [Place; 2],
}

/// The disagreements of `article` with itself, in text order.
pub fn lint(article: &Article, index: &ArticleIndex, settings: Settings) -> Vec<Finding> {
    let profiles = Profiles::of(index);
    let mut found = Vec::new();
    found.extend(figure_findings(article, index, &profiles, settings));
    found.extend(date_findings(article, index, &profiles));
    found.extend(quote_findings(article, index));
    found.sort_by_key(|f| (f.places[0].focus.start, f.places[1].focus.start));
    // One finding per pair of wordings: a caption repeated word for word
    // disagrees once.
    let mut seen = std::collections::BTreeSet::new();
    found.retain(|f| seen.insert((f.field, f.places[0].text.clone(), f.places[1].text.clone())));
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for f in &mut found {
        let n = ids.entry(f.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            f.id = format!("{}-{n}", f.id);
        }
    }
    found
}

fn place(article: &Article, index: &ArticleIndex, p: &Profile) -> Place {
    Place {
        sentence: p.sentence,
        focus: p.span,
        text: collapse_spaces(article.slice(p.span)),
        source: p.source.and_then(|a| index.attributions[a].source.clone()),
    }
}

/// A finding from two profiles.
fn finding(article: &Article, index: &ArticleIndex, field: Field, a: &Profile, b: &Profile, topic: &str) -> Finding {
    let (pa, pb) = (place(article, index, a), place(article, index, b));
    let what = match field {
        Field::Date => "dates",
        _ => "figures",
    };
    let statement = format!("the article gives two {what} for {topic}: {} and {}", pa.text, pb.text);
    let id = crate::draft::slug(&format!("{topic} {} vs {}", pa.text, pb.text));
    Finding { field, id, statement, places: [pa, pb] }
}

fn figure_findings(article: &Article, index: &ArticleIndex, profiles: &Profiles, settings: Settings) -> Vec<Finding> {
    let mut out = Vec::new();
    for group in profiles.figure_groups() {
        for (x, a) in group.iter().enumerate() {
            for b in &group[x + 1..] {
                let Some(topic) = profiles.same_fact(a, b) else { continue };
                let (fa, fb) = (&index.figures[a.value], &index.figures[b.value]);
                let claimed = ClaimFigure { text: String::new(), figure: fa.clone() };
                if compare_figures(&claimed, None, fb, settings) != Agreement::Same {
                    out.push(finding(article, index, Field::Figure, a, b, &topic));
                }
            }
        }
    }
    out
}

fn date_findings(article: &Article, index: &ArticleIndex, profiles: &Profiles) -> Vec<Finding> {
    let mut out = Vec::new();
    let dates = profiles.dates();
    for (x, a) in dates.iter().enumerate() {
        for b in &dates[x + 1..] {
            let (Some(pa), Some(pb)) = (index.dates[a.value].period, index.dates[b.value].period) else { continue };
            if pa.overlaps(&pb) {
                continue;
            }
            if let Some(topic) = profiles.same_event(a, b) {
                out.push(finding(article, index, Field::Date, a, b, &topic));
            }
        }
    }
    out
}

/// Quotations: the same words credited to two named speakers, or one
/// speaker's words given twice with different words.
fn quote_findings(article: &Article, index: &ArticleIndex) -> Vec<Finding> {
    let credit = |q: usize| {
        let s = index.sentence_at(index.quotes[q].span.start)?;
        let credit = index.credited(s, index.quotes[q].span);
        credit.into_iter().map(|a| &index.attributions[a]).find(|a| a.source.is_some())
    };
    let speaker = |q: usize| credit(q).and_then(|a| a.source.clone());
    // Two speakers are told apart only when each is named where the words
    // are credited, both people or both organisations, and neither name is
    // the other's: "he" or "the spokeswoman" may stand for the first, and a
    // party's spokesman speaks its words.
    let two_speakers = |a: usize, b: usize| match (credit(a), credit(b)) {
        (Some(x), Some(y)) => {
            let named = |t: &crate::extract::attribution::Attribution| {
                matches!(t.speaker, Speaker::Named { .. }) && t.resolved_from.is_none()
            };
            let (nx, ny) = (x.source.as_deref().unwrap_or(""), y.source.as_deref().unwrap_or(""));
            named(x)
                && named(y)
                && !matches!(
                    (x.kind, y.kind),
                    (NameKind::Person, NameKind::Organisation) | (NameKind::Organisation, NameKind::Person)
                )
                && !same_source(nx, ny)
                && !same_source(ny, nx)
        }
        _ => false,
    };
    let long: Vec<usize> = (0..index.quotes.len()).filter(|&q| index.quotes[q].words.len() >= 4).collect();
    let mut out = Vec::new();
    for (x, &a) in long.iter().enumerate() {
        for &b in &long[x + 1..] {
            let (qa, qb) = (&index.quotes[a], &index.quotes[b]);
            let paragraph = |q: &crate::extract::quote::Quote| {
                index.sentence_at(q.span.start).map(|s| index.segments.sentences[s].paragraph)
            };
            if paragraph(qa) == paragraph(qb) {
                continue;
            }
            let (sa, sb) = (speaker(a), speaker(b));
            let field = match match_quote(std::slice::from_ref(&qa.words), &qb.words) {
                Some(QuoteMatch::Agrees) if two_speakers(a, b) => Field::Source,
                Some(QuoteMatch::NearMiss { ratio, .. }) if ratio >= SAME_QUOTATION && sa.is_some() && sa == sb => {
                    Field::Quote
                }
                _ => continue,
            };
            let at = |q: usize, source: Option<String>| Place {
                sentence: index.sentence_at(index.quotes[q].span.start).unwrap_or(0),
                focus: index.quotes[q].span,
                text: collapse_spaces(article.slice(index.quotes[q].span)),
                source,
            };
            let (pa, pb) = (at(a, sa), at(b, sb));
            let statement = match field {
                Field::Source => format!(
                    "the article credits the same words to {} and to {}",
                    pa.source.as_deref().unwrap_or(""),
                    pb.source.as_deref().unwrap_or("")
                ),
                _ => format!("the article quotes {} twice, in different words", pa.source.as_deref().unwrap_or("")),
            };
            let first_words: Vec<&str> = qa.words.iter().take(4).map(CompactString::as_str).collect();
            let id = crate::draft::slug(&format!("quote {}", first_words.join(" ")));
            out.push(Finding { field, id, statement, places: [pa, pb] });
        }
    }
    out
}

#[cfg(test)]
mod tests;
