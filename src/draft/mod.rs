//! Drafts: a source text → a claims file with one claim per figure, per
//! dated event and per attributed quote, ready to prune and commit.
//!
//! Each claim's statement is the clause that states it; its `about` terms
//! are the rarest words of that clause closest to the value, added one by
//! one until they single out its sentence (see `about`). The source is the
//! attribution that covers the value, and the `sources` table lists each
//! source credited with the other names the text gives it. Every field is
//! written as the source writes it and kept only if it reads back as the
//! same value, so the draft checked against its own source is supported.

mod about;
mod ids;
mod write;

use jiff::civil::Date;

use std::path::Path;

use crate::article::Article;
use crate::claims::parse_claims;
use crate::extract::date::{parse_date, Written};
use crate::extract::figure::{parse_figure, FigureKind};
use crate::extract::ArticleIndex;
use crate::matching::WordIndex;
use crate::source::{collapse_spaces, Span};
use crate::verdict::{judge, Settings, Verdict};
pub use ids::slug;
use ids::Ids;
pub use write::to_json;

/// A drafted claims file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The source, as the claims file names its article.
    pub article: String,
    /// The publication date, when given.
    pub published: Option<String>,
    /// The sources credited by the claims.
    pub sources: Vec<DraftSource>,
    /// The claims, in the source's order.
    pub claims: Vec<DraftClaim>,
}

/// One entry of the drafted `sources` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSource {
    /// Its id.
    pub id: String,
    /// Its name as the source gives it.
    pub name: String,
    /// The other names the source gives it.
    pub aliases: Vec<String>,
}

/// One drafted claim: a figure, a date or a quote, with what locates it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftClaim {
    /// A readable id, unique in the draft.
    pub id: String,
    /// The clause that states it.
    pub statement: String,
    /// Terms that single out its sentence.
    pub about: Vec<String>,
    /// The figure as written.
    pub figure: Option<String>,
    /// The figure's unit (its head noun).
    pub unit: Option<String>,
    /// The date, as ISO 8601 or as written.
    pub date: Option<String>,
    /// The id of the source credited with it.
    pub source: Option<String>,
    /// The quoted words.
    pub quote: Option<String>,
    /// Where its value is in the source.
    pub span: Span,
}

/// How a draft states its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The clause that states each value, with `about` terms chosen to
    /// single out its sentence: claims to prune and commit.
    Located,
    /// The whole sentence as the statement and no `about` terms: each
    /// sentence checked as written (`claimcheck compare`).
    Sentences,
}

/// Drafts the claims of `article`, named `path` in the claims file.
pub fn draft(
    article: &Article,
    index: &ArticleIndex,
    words: &WordIndex,
    published: Option<Date>,
    path: &str,
    style: Style,
) -> Draft {
    let mut ids = Ids::default();
    let mut sources: Vec<DraftSource> = Vec::new();
    let mut claims = Vec::new();
    // The named source credited with the words at `span`, if any.
    let credited = |s: usize, span: Span| {
        index.credited(s, span).into_iter().map(|i| &index.attributions[i]).find(|a| a.source.is_some())
    };
    let source_of = |s: usize, span: Span, sources: &mut Vec<DraftSource>| -> Option<String> {
        let a = credited(s, span)?;
        let credited_as = a.source.as_deref()?;
        // A surname credited first is named by the full name the text gives
        // it elsewhere ("Clarke", alias "Colin Clarke").
        let name = a
            .aliases
            .iter()
            .filter(|n| n.strip_suffix(credited_as).is_some_and(|first| first.ends_with(' ')))
            .max_by_key(|n| n.len())
            .map_or(credited_as, String::as_str)
            .to_string();
        // One entry per person: "Amiri" after "Rina Amiri" is the same
        // source when either names the other as an alias.
        let id = ids::slug(&name);
        let same = |s: &DraftSource| s.id == id || s.aliases.contains(&name) || a.aliases.contains(&s.name);
        if let Some(known) = sources.iter_mut().find(|s| same(s)) {
            for alias in a.aliases.iter().chain([&name, &credited_as.to_string()]) {
                if *alias != known.name && !known.aliases.contains(alias) {
                    known.aliases.push(alias.clone());
                }
            }
            return Some(known.id.clone());
        }
        let mut aliases: Vec<String> = a.aliases.iter().filter(|n| **n != name).cloned().collect();
        if credited_as != name && !aliases.iter().any(|n| n == credited_as) {
            aliases.push(credited_as.to_string());
        }
        sources.push(DraftSource { id: id.clone(), name, aliases });
        Some(id)
    };
    let name_of = |s: usize, span: Span| credited(s, span).and_then(|a| a.source.as_deref());
    let sentence_text = |s: usize| collapse_spaces(article.slice(index.segments.sentences[s].span));
    // The claim of the value at `span` in sentence `s`, stated and located.
    let stated = |claim: DraftClaim, s: usize, span: Span, sources: &[DraftSource]| match style {
        Style::Sentences => DraftClaim { statement: sentence_text(s), ..claim },
        Style::Located => {
            let chosen = about::choose(article, index, words, s, span, name_of(s, span));
            let claim = DraftClaim { statement: chosen.statement.clone(), ..claim };
            located(claim, &chosen, sources, index, words, published)
        }
    };
    for (i, f) in index.figures.iter().enumerate() {
        let Some(s) = index.sentence_at(f.span.start) else { continue };
        // A figure that takes its qualifier from elsewhere ("almost 30m
        // euros ($39m)") is written with it, so the claim reads the same.
        let as_written = collapse_spaces(article.slice(f.span));
        let qualified = f.qualifier_text.as_ref().map(|q| format!("{q} {as_written}"));
        let reads_back = |text: &String| {
            parse_figure(text)
                .is_ok_and(|p| p.kind == f.kind && p.low == f.low && p.high == f.high && p.qualifier == f.qualifier)
        };
        let Some(written) = std::iter::once(as_written).chain(qualified).find(reads_back) else {
            continue;
        };
        let unit = f.noun.clone().filter(|_| f.kind == FigureKind::Number);
        let id = ids.claim(&[&about::id_word(index, s, f.span), &written]);
        let claim = DraftClaim {
            id,
            figure: Some(written),
            unit,
            source: source_of(s, f.span, &mut sources),
            span: index.figures[i].span,
            ..DraftClaim::default()
        };
        claims.push(stated(claim, s, f.span, &sources));
    }
    for d in &index.dates {
        let Some(s) = index.sentence_at(d.span.start) else { continue };
        let Some(period) = d.period else { continue };
        // "Today" or "last year" inside a quotation counts from the day the
        // words were spoken, which the text need not give: no claim.
        let relative = matches!(d.written, Written::Relative(_)) || d.shift.is_some();
        // Quotes are in text order: the one holding the date starts last
        // before it (or, for a quote within a quote, the one before that).
        let before = index.quotes.partition_point(|q| q.span.start <= d.span.start);
        if relative && index.quotes[..before].iter().rev().take(2).any(|q| q.span.contains(d.span)) {
            continue;
        }
        let written = collapse_spaces(article.slice(d.span));
        let reads_back = |text: &str| parse_date(text, published).is_ok_and(|p| p.period == Some(period));
        let Some(date) = d.iso().filter(|iso| reads_back(iso)).or_else(|| reads_back(&written).then_some(written))
        else {
            continue;
        };
        let id = ids.claim(&[&about::id_word(index, s, d.span), &date]);
        let claim = DraftClaim {
            id,
            date: Some(date),
            source: source_of(s, d.span, &mut sources),
            span: d.span,
            ..DraftClaim::default()
        };
        claims.push(stated(claim, s, d.span, &sources));
    }
    for q in &index.quotes {
        let Some(s) = index.sentence_at(q.span.start) else { continue };
        let text = collapse_spaces(article.slice(q.span));
        let quote = text.trim_end_matches([',', '.', ';', ':']).trim().to_string();
        if quote.split_whitespace().count() < 2 {
            continue;
        }
        let Some(source) = source_of(s, q.span, &mut sources) else { continue };
        let word = about::rarest_word(index, words, &q.words);
        let speaker = sources.iter().find(|x| x.id == source).map(|x| x.name.clone()).unwrap_or_default();
        let surname = speaker.split_whitespace().last().unwrap_or("").to_string();
        let id = ids.claim(&[&surname, "quote", &word]);
        claims.push(DraftClaim {
            id,
            statement: sentence_text(s),
            quote: Some(quote),
            source: Some(source),
            span: q.span,
            ..DraftClaim::default()
        });
    }
    claims.sort_by_key(|c| c.span.start);
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    Draft { article: path.to_string(), published: published.map(|d| d.to_string()), sources, claims }
}

/// `claim` with the `about` terms that let its source support it: the
/// fewest that single out its sentence, else more, else none (the
/// statement's own words); the first choice when none does.
fn located(
    claim: DraftClaim,
    chosen: &about::Chosen,
    sources: &[DraftSource],
    index: &ArticleIndex,
    words: &WordIndex,
    published: Option<Date>,
) -> DraftClaim {
    let with = |n: usize| DraftClaim { about: chosen.ranked[..n].to_vec(), ..claim.clone() };
    let mut tries: Vec<usize> = (chosen.singles_out..=chosen.ranked.len()).collect();
    tries.push(0);
    let supported = |c: &DraftClaim| {
        let file = Draft {
            article: "source".to_string(),
            published: published.map(|d| d.to_string()),
            sources: sources.to_vec(),
            claims: vec![c.clone()],
        };
        parse_claims(Path::new("draft"), &to_json(&file), published).is_ok_and(|parsed| {
            parsed
                .claims
                .first()
                .is_some_and(|p| judge(p, index, words, Settings::default()).verdict == Verdict::Supported)
        })
    };
    tries.into_iter().map(with).find(|c| supported(c)).unwrap_or_else(|| with(chosen.singles_out))
}

#[cfg(test)]
mod tests;
