//! The words of a report: what the article says at a mention against what
//! the claim says, and the one-line message of each claim.

use super::Evidence;
use crate::claims::Claim;
use crate::extract::attribution::{Attribution, Speaker};
use crate::matching::source::Credit;
use crate::source::collapse_spaces;
use crate::verdict::{Context, Field, Judgement, Mention, MentionVerdict, QuoteCheck, SourceCheck, Verdict};

/// What the article says at a mention, as written.
pub(super) struct Said<'a> {
    /// The figure compared.
    pub figure: Option<&'a str>,
    /// The date compared.
    pub date: Option<&'a str>,
    /// The quoted (or unquoted) words compared.
    pub quote: Option<&'a str>,
    /// The attribution compared.
    pub att: Option<&'a Attribution>,
    /// Whether the figure is only a one-sided bound that the claim's figure
    /// lies within ("article says only more than 170").
    pub only_a_bound: bool,
}

/// Who an attribution credits, as shown to users.
pub(super) fn speaker_name(a: &Attribution) -> String {
    match (&a.source, &a.speaker) {
        (Some(s), _) => s.clone(),
        (None, Speaker::Unnamed(d)) => collapse_spaces(d),
        (None, Speaker::Pronoun(p)) => p.clone(),
        (None, Speaker::Named { name, .. }) => name.clone(),
    }
}

/// What the article says at a mention, and what the claim says where they
/// differ; the conflicting fields first, so the message opens with them.
pub(super) fn reason(claim: &Claim, m: &Mention, said: &Said) -> String {
    let mut parts: Vec<(Field, String)> = Vec::new();
    let claimed_figure = claim.figure.as_ref().map(|f| f.text.as_str()).unwrap_or("");
    let claimed_date = claim.date.as_ref().map(|d| d.text.as_str()).unwrap_or("");
    let claimed_source = claim.source.as_ref().map(|s| s.name.as_str()).unwrap_or("");
    let conflicts = |f: Field| m.problems.contains(&f);
    if let Some(f) = said.figure {
        let only = if said.only_a_bound { "only " } else { "" };
        parts.push((
            Field::Figure,
            if conflicts(Field::Figure) {
                format!("article says {only}{f}; claim says {claimed_figure}")
            } else {
                format!("article says {f}")
            },
        ));
    }
    if let Some(d) = said.date {
        parts.push((
            Field::Date,
            if conflicts(Field::Date) {
                format!("article dates it {d}; claim says {claimed_date}")
            } else {
                format!("article dates it {d}")
            },
        ));
    }
    let quote_part = match &m.quote {
        Some(QuoteCheck::Agrees { .. }) => Some("the article quotes these words".to_string()),
        Some(QuoteCheck::NearMiss { score, .. }) => Some(format!(
            "article quotes \"{}\"; claim quotes \"{}\" ({score}% alike)",
            said.quote.unwrap_or(""),
            claim.quote.as_deref().unwrap_or("")
        )),
        Some(QuoteCheck::Unquoted { .. }) => Some("these words are not quoted in the article".to_string()),
        None => None,
    };
    parts.extend(quote_part.map(|q| (Field::Quote, q)));
    let who = said
        .att
        .map(|a| match (&a.source, &a.speaker) {
            (None, Speaker::Unnamed(d)) => format!("an unnamed source ({})", collapse_spaces(d)),
            (None, Speaker::Pronoun(p)) => format!("\"{p}\""),
            _ => speaker_name(a),
        })
        .unwrap_or_default();
    let source_part = match m.source {
        Some(SourceCheck::Credited { credit, .. }) => Some(match credit {
            Credit::Speaker => format!("credited to {who}"),
            Credit::Outlet => format!("told to {claimed_source} (the outlet) by {who}"),
            Credit::Affiliation => format!("credited to {who}, of {claimed_source}"),
        }),
        Some(SourceCheck::Other { .. }) if m.context == Some(Context::OtherSource) => {
            Some(format!("another source's account: credited to {who}"))
        }
        Some(SourceCheck::Other { .. }) => Some(format!("article credits this to {who}; claim says {claimed_source}")),
        Some(SourceCheck::Unnamed { .. }) => {
            let desc = said.att.map(|a| match &a.speaker {
                Speaker::Unnamed(d) => collapse_spaces(d),
                Speaker::Pronoun(p) => format!("\"{p}\""),
                Speaker::Named { name, .. } => name.clone(),
            });
            Some(format!("credited to an unnamed source ({}), not {claimed_source}", desc.unwrap_or_default()))
        }
        Some(SourceCheck::Missing) => Some(format!("no source is named; claim says {claimed_source}")),
        None => None,
    };
    parts.extend(source_part.map(|p| (Field::Source, p)));
    parts.sort_by_key(|(field, _)| !conflicts(*field));
    let text = if parts.is_empty() {
        "mentions the claim".to_string()
    } else {
        parts.into_iter().map(|(_, p)| p).collect::<Vec<_>>().join("; ")
    };
    match m.context {
        Some(Context::Weaker) => format!("a weaker mention: {text}"),
        _ => text,
    }
}

/// The one-line message of a claim: the deciding mention's reason, with
/// its place in the article.
pub(super) fn message(claim: &Claim, j: &Judgement, evidence: &[Evidence], path: &str) -> String {
    let at = |e: &Evidence| format!("{path}:{}:{}", e.line, e.column);
    let first = |v: MentionVerdict| evidence.iter().find(|e| e.verdict == v);
    let located = |e: &Evidence| match e.reason.split_once("; ") {
        Some((head, tail)) => format!("{head} at {}; {tail}", at(e)),
        None => format!("{} at {}", e.reason, at(e)),
    };
    match j.verdict {
        Verdict::Conflicting => first(MentionVerdict::Conflicting).map(located).unwrap_or_default(),
        Verdict::Unattributed => first(MentionVerdict::Unattributed).map(located).unwrap_or_default(),
        Verdict::Supported => {
            let n = evidence.iter().filter(|e| e.verdict == MentionVerdict::Supported).count();
            let e = first(MentionVerdict::Supported).map(located).unwrap_or_default();
            if n > 1 {
                format!("{e} (and {} more)", n - 1)
            } else {
                e
            }
        }
        Verdict::NotFound if evidence.is_empty() => {
            let what = match (&claim.quote, &claim.figure, &claim.date) {
                (Some(_), _, _) => "no quoted words match the claim's quote",
                (None, Some(_), _) => "no sentence matches the claim's terms with a figure of its kind",
                (None, None, Some(_)) => "no sentence matches the claim's terms with a date",
                _ => "no sentence matches the claim's terms",
            };
            what.to_string()
        }
        Verdict::NotFound => format!(
            "only other sources' accounts mention it, first at {}",
            evidence.first().map(at).unwrap_or_default()
        ),
    }
}
