//! The report of `claimcheck lint`: each finding of an article becomes a
//! result, its two places the evidence, so every report format (and the
//! ratchet) serves `lint` as it serves `check`.

use super::build::{article_text, excerpt};
use super::{display_path, ClaimResult, Evidence, FileReport};
use crate::article::{Article, Location};
use crate::extract::ArticleIndex;
use crate::lint::{Finding, Place};
use crate::source::collapse_spaces;
use crate::verdict::{Field, MentionVerdict, Verdict};

/// The report of one article's findings.
pub fn build(article: &Article, index: &ArticleIndex, findings: &[Finding]) -> FileReport {
    let path = display_path(&article.path);
    let results = findings
        .iter()
        .map(|f| {
            let [a, b] = &f.places;
            let evidence = vec![evidence(article, index, f.field, a, b), evidence(article, index, f.field, b, a)];
            let at = |e: &Evidence| format!("{path}:{}:{}", e.line, e.column);
            let message =
                format!("article says {} at {} and {} at {}", a.text, at(&evidence[0]), b.text, at(&evidence[1]));
            let origin = excerpt(article, evidence[0].focus);
            ClaimResult {
                id: f.id.clone(),
                statement: f.statement.clone(),
                verdict: Verdict::Conflicting,
                claimed: Vec::new(),
                accept: None,
                problems: vec![f.field],
                message,
                line: evidence[0].line,
                column: evidence[0].column,
                evidence,
                origin,
                near: Vec::new(),
                near_more: 0,
                baseline: None,
            }
        })
        .collect();
    FileReport {
        claims: path.clone(),
        article: path,
        results,
        text: article_text(article, index),
        source: article.shared(),
    }
}

/// One place of a finding, and what the other place says.
fn evidence(article: &Article, index: &ArticleIndex, field: Field, here: &Place, there: &Place) -> Evidence {
    let Location { line, column, start, end } = article.locate(here.focus);
    let other = article.locate(there.focus);
    let reason = match field {
        Field::Source => format!(
            "credited to {}; the same words are credited to {} at {}:{}",
            here.source.as_deref().unwrap_or("nobody named"),
            there.source.as_deref().unwrap_or("nobody named"),
            other.line,
            other.column
        ),
        _ => format!("article says {} here and {} at {}:{}", here.text, there.text, other.line, other.column),
    };
    let (figure, date, quote) = match field {
        Field::Figure => (Some(here.text.clone()), None, None),
        Field::Date => (None, Some(here.text.clone()), None),
        Field::Quote | Field::Source => (None, None, Some(here.text.clone())),
    };
    let date_mention = index.dates.iter().find(|d| d.span == here.focus).filter(|_| field == Field::Date);
    Evidence {
        verdict: MentionVerdict::Conflicting,
        problems: vec![field],
        line,
        column,
        start,
        end,
        text: collapse_spaces(article.slice(index.segments.sentences[here.sentence].span)),
        figure,
        date,
        date_iso: date_mention.and_then(|d| d.iso()),
        year_rule: date_mention.map(|d| d.year_rule),
        source: here.source.clone(),
        credit: None,
        quote,
        diff: None,
        reason,
        alignment: None,
        aligned_terms: Vec::new(),
        context: None,
        focus: here.focus,
    }
}
