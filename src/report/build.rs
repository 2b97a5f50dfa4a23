//! Building the report of one claims file: each judgement's mentions turned
//! into evidence with text, places and excerpts.

use super::excerpt::{sentence_text, shown_words};
use super::wording::{message, reason, speaker_name, Said};
use std::sync::Arc;

use super::model::NEAR_SHOWN;
use super::{display_path, AcceptState, ArticleText, ClaimResult, Evidence, Excerpt, FileReport};
use crate::article::{Article, Location};
use crate::claims::{Claim, ClaimsFile};
use crate::extract::ArticleIndex;
use crate::matching::source::Credit;
use crate::source::{collapse_spaces, Span};
use crate::verdict::{is_bound, Agreement, Field, Judgement, Mention, QuoteCheck, SourceCheck, Verdict};

/// Builds the report of one claims file from its judgements.
pub fn build_file(
    file: &ClaimsFile,
    article: &Article,
    index: &ArticleIndex,
    judgements: &[(&Claim, Judgement)],
) -> FileReport {
    let results = judgements.iter().map(|(claim, j)| build_result(file, article, index, claim, j)).collect();
    file_report(file, article, index, results)
}

/// The report of one claims file from its claims' results, in order.
pub fn file_report(
    file: &ClaimsFile,
    article: &Article,
    index: &ArticleIndex,
    results: Vec<ClaimResult>,
) -> FileReport {
    FileReport {
        claims: display_path(&file.path),
        article: display_path(&article.path),
        results,
        text: article_text(article, index),
        source: article.shared(),
    }
}

/// The result of `claim` of `file` from its judgement: built as soon as
/// the claim is judged, so a batch holds results, not judgements.
pub fn build_result(
    file: &ClaimsFile,
    article: &Article,
    index: &ArticleIndex,
    claim: &Claim,
    j: &Judgement,
) -> ClaimResult {
    // A quote claim's mentions align no terms: it has none read.
    let terms = j.framing.as_ref().map(|f| f.frame.term_names()).unwrap_or_default();
    let evidence: Vec<Evidence> = j.mentions.iter().map(|m| evidence(claim, m, &terms, article, index)).collect();
    let accept = acceptance(claim, j.verdict, &evidence);
    ClaimResult {
        id: claim.id.clone(),
        statement: claim.statement.clone(),
        verdict: j.verdict,
        claimed: claimed(claim),
        problems: j.problems.clone(),
        message: message(claim, j, &evidence, &display_path(&article.path)),
        line: claim.position.line,
        column: claim.position.column,
        evidence,
        origin: origin(file, claim),
        near: (j.near.iter().take(NEAR_SHOWN)).map(|&s| index.segments.sentences[s].span).collect(),
        near_more: j.near.len().saturating_sub(NEAR_SHOWN),
        baseline: None,
        accept,
    }
}

/// The article's text and paragraphs, for the reports that show it whole.
pub(super) fn article_text(article: &Article, index: &ArticleIndex) -> ArticleText {
    let paragraphs = index.segments.paragraphs.iter().map(|p| (p.span.start..p.span.end, p.is_heading)).collect();
    ArticleText { text: Arc::clone(&article.scan), offset: article.locate(Span::new(0, 0)).start, paragraphs }
}

/// How `claim`'s `accept` stands against its verdict `verdict` and its
/// `evidence`: it lapses when the verdict is another, or when the words it
/// pins are no longer what a deciding mention says.
fn acceptance(claim: &Claim, verdict: Verdict, evidence: &[Evidence]) -> Option<AcceptState> {
    let accept = claim.accept.as_ref()?;
    let lapsed = if accept.verdict.name() != verdict.name() {
        Some(format!("the verdict is now {}", verdict.name()))
    } else if let Some(says) = &accept.says {
        let said: Vec<String> = evidence
            .iter()
            .filter(|e| e.decides(verdict))
            .flat_map(|e| [&e.figure, &e.date, &e.source, &e.quote])
            .flatten()
            .map(|w| collapse_spaces(w))
            .collect();
        (!said.contains(&collapse_spaces(says))).then(|| match said.first() {
            Some(now) => format!("the article now says {now:?}, not {says:?}"),
            None => format!("the article no longer says {says:?}"),
        })
    } else {
        None
    };
    Some(AcceptState {
        verdict: accept.verdict.name(),
        says: accept.says.clone(),
        reason: accept.reason.clone(),
        lapsed,
    })
}

/// What `claim` says, field by field, as written.
fn claimed(claim: &Claim) -> Vec<(Field, String)> {
    let fields = [
        (Field::Figure, claim.figure.as_ref().map(|f| f.text.clone())),
        (Field::Date, claim.date.as_ref().map(|d| d.text.clone())),
        (Field::Source, claim.source.as_ref().map(|s| s.text.clone())),
        (Field::Quote, claim.quote.clone()),
    ];
    fields.into_iter().filter_map(|(field, text)| Some((field, text?))).collect()
}

/// Points each result of `file` at the place in `text` where its claim's
/// value is (`spans`, in result order) instead of at a claims file: the
/// claims of `compare` come from the text under check.
pub fn relocate(file: &mut FileReport, text: &Article, spans: &[Span]) {
    file.claims = display_path(&text.path);
    for (r, &span) in file.results.iter_mut().zip(spans) {
        let at = text.locate(span);
        r.line = at.line;
        r.column = at.column;
        r.origin = excerpt(text, span);
    }
}

/// The article lines around `span`, with `span` as the focus.
pub(super) fn excerpt(article: &Article, span: Span) -> Excerpt {
    Excerpt::of(&article.text, article.lines(), span)
}

/// The claims-file line of `claim` (or a window of it), with its `"id"` key
/// as the focus.
fn origin(file: &ClaimsFile, claim: &Claim) -> Excerpt {
    Excerpt::of(&file.text, &file.lines, Span::new(claim.offset, claim.offset + "\"id\"".len()))
}

/// The words of `span` as the report shows them (see [`shown_words`]).
fn words_of(article: &Article, span: Span) -> String {
    shown_words(article.slice(span))
}

fn evidence(claim: &Claim, m: &Mention, terms: &[String], article: &Article, index: &ArticleIndex) -> Evidence {
    let Location { line, column, start, end } = article.locate(m.focus);
    let sentence = index.segments.sentences[m.sentence].span;
    let figure = m.figure.map(|f| words_of(article, index.figures[f.figure].span));
    let date_mention = m.date.map(|d| &index.dates[d.date]);
    let date = date_mention.map(|d| words_of(article, d.span));
    // Who the words are credited to: the attribution compared, or for
    // claims without a source, the first named one, for the reader's benefit.
    let att = match &m.source {
        Some(s) => s.attribution().map(|a| &index.attributions[a]),
        None => index.sentence_attributions(m.sentence).iter().find(|a| a.source.is_some()),
    };
    let credit = match m.source {
        Some(SourceCheck::Credited { credit, .. }) => Some(match credit {
            Credit::Speaker => "speaker",
            Credit::Outlet => "outlet",
            Credit::Affiliation => "affiliation",
        }),
        _ => None,
    };
    let (quote, diff) = match &m.quote {
        Some(QuoteCheck::Agrees { quote }) => (Some(words_of(article, *quote)), None),
        Some(QuoteCheck::NearMiss { quote, diff, .. }) => (Some(words_of(article, *quote)), Some(diff.clone())),
        Some(QuoteCheck::Unquoted { words }) => (Some(words_of(article, *words)), None),
        None => (None, None),
    };
    let only_a_bound =
        m.figure.is_some_and(|f| f.agreement == Agreement::Compatible && is_bound(&index.figures[f.figure]));
    let said = Said { figure: figure.as_deref(), date: date.as_deref(), quote: quote.as_deref(), att, only_a_bound };
    Evidence {
        focus: m.focus,
        verdict: m.verdict,
        problems: m.problems.clone(),
        line,
        column,
        start,
        end,
        text: sentence_text(&article.text, sentence, m.focus),
        reason: reason(claim, m, &said),
        date_iso: date_mention.and_then(|d| d.iso()),
        year_rule: date_mention.map(|d| d.year_rule),
        source: att.map(speaker_name),
        credit,
        figure,
        date,
        quote,
        diff,
        alignment: Some(m.alignment.score),
        aligned_terms: m.alignment.aligned.iter().filter_map(|&t| terms.get(t).cloned()).collect(),
        context: m.context,
    }
}
