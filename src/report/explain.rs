//! `check --explain ID`: why one claim got its verdict. The claim's derived
//! terms with their weights, what the statement says of its figure, every
//! candidate with its alignment and why it decided, was context, or fell
//! under the floor; for a claim not found, the sentences that came closest
//! and what they lacked.

use std::fmt::Write as _;

use super::excerpt::shown_words;
use super::{clean, display_path};
use crate::article::Article;
use crate::claims::{Claim, ClaimsFile};
use crate::extract::ArticleIndex;
use crate::matching::align::{Alignment, Fit, FLOOR};
use crate::matching::WordIndex;
use crate::source::Span;
use crate::verdict::{Context, Judgement, MentionVerdict, Verdict, Why, MARGIN};

/// One candidate's line, before sorting.
struct Row {
    score: f64,
    start: usize,
    text: String,
}

/// Writes the explanation of `claim`'s judgement.
pub fn explain(
    file: &ClaimsFile,
    article: &Article,
    index: &ArticleIndex,
    words: &WordIndex,
    claim: &Claim,
    j: &Judgement,
) -> String {
    let mut out = String::new();
    let at = |span: Span| {
        let l = article.locate(span);
        format!("{}:{}:{}", clean(&display_path(&article.path)), l.line, l.column)
    };
    let quoted = |span: Span| clean(&shown_words(article.slice(span)));
    let _ = writeln!(
        out,
        "claim `{}` at {}:{}:{}",
        clean(&claim.id),
        clean(&display_path(&file.path)),
        claim.position.line,
        claim.position.column
    );
    let _ = writeln!(out, "  statement: {}", clean(&claim.statement));
    let problems: Vec<String> = j.problems.iter().map(|p| format!("{p:?}").to_lowercase()).collect();
    let problems = if problems.is_empty() { String::new() } else { format!(" [{}]", problems.join(", ")) };
    let _ = writeln!(out, "  verdict: {}{problems}", j.verdict.name());
    let framing = j.framing(claim, index, words);
    let names = framing.frame.term_names();
    let origin = if claim.about.is_some() { "`about`" } else { "the statement" };
    let _ = writeln!(out, "  terms from {origin}, {} of {} needed in a sentence:", framing.frame.needed, names.len());
    let view = &framing.frame.views[0];
    for (i, name) in names.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {:<20} rarity {:.2}  closeness in the statement {:.2}",
            clean(name),
            framing.weights.get(i).copied().unwrap_or(0.0),
            view.places[i].closeness
        );
    }
    if claim.quote.is_none() {
        let show = |v: Option<String>| v.map_or_else(|| "none".to_string(), |v| clean(&v));
        for view in &framing.frame.views {
            let role = view.role.map(|r| format!("{r:?}").to_lowercase());
            let _ = writeln!(
                out,
                "  the statement's {}: unit {}, role {}, governed by {}{}",
                if view.read { "figure" } else { "claim (its figure is not in the statement)" },
                show(view.unit.clone()),
                show(role),
                show(view.governor.clone()),
                if view.rate { ", part of a rate" } else { "" }
            );
        }
    }
    let strongest = j.mentions.iter().filter(|m| m.context.is_none()).map(|m| m.alignment.score).fold(0.0, f64::max);
    let mut rows: Vec<Row> = Vec::new();
    for m in &j.mentions {
        let why = match m.context {
            None => format!("decides ({})", verdict_name(m.verdict)),
            Some(Context::Weaker) => format!(
                "context: under {:.2}, the strongest mention's {:.2} less {:.0}%",
                strongest * (1.0 - MARGIN),
                strongest,
                MARGIN * 100.0
            ),
            Some(Context::OtherSource) => "context: another source's account of a different figure".to_string(),
        };
        let text = format!("{why}  {} \"{}\"\n      {}", at(m.focus), quoted(m.focus), parts(&m.alignment, &names));
        rows.push(Row { score: m.alignment.score, start: m.focus.start, text });
    }
    for r in &j.rejected {
        let why = match r.why {
            Why::OtherValue => "no candidate: it fits another value the statement gives better".to_string(),
            Why::BelowFloor if r.alignment.aligned.is_empty() => {
                "below the floor: no claim term in its clause".to_string()
            }
            Why::BelowFloor => format!("below the floor of {FLOOR:.2}"),
        };
        let text = format!("{why}  {} \"{}\"\n      {}", at(r.focus), quoted(r.focus), parts(&r.alignment, &names));
        rows.push(Row { score: r.alignment.score, start: r.focus.start, text });
    }
    rows.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    let _ = writeln!(out, "  candidates, strongest first ({}):", rows.len());
    for row in &rows {
        let _ = writeln!(out, "    {:.2} {}", row.score, row.text);
    }
    for &s in &j.near {
        let span = index.segments.sentences[s].span;
        let _ = writeln!(out, "  near: {} holds the terms, but no figure or date of the claim's kind", at(span));
    }
    if j.verdict == Verdict::NotFound {
        for c in &framing.partial {
            let held: Vec<usize> = c.hits.iter().map(|h| h.term).collect();
            let lacking: Vec<&str> =
                (0..names.len()).filter(|t| !held.contains(t)).map(|t| names[t].as_str()).collect();
            let span = index.segments.sentences[c.sentence].span;
            let _ = writeln!(
                out,
                "  nearest: {} holds {} of the {} terms needed, lacks {}",
                at(span),
                c.terms_held(),
                framing.frame.needed,
                clean(&lacking.join(", "))
            );
        }
    }
    out
}

fn verdict_name(v: MentionVerdict) -> &'static str {
    super::text::mention_name(v)
}

/// An alignment's parts in words.
fn parts(a: &Alignment, names: &[String]) -> String {
    let fit = |f: Fit| match f {
        Fit::Same => "same",
        Fit::Close => "close",
        Fit::Unknown => "unknown",
        Fit::Different => "different",
    };
    let aligned: Vec<&str> = a.aligned.iter().filter_map(|&t| names.get(t)).map(String::as_str).collect();
    format!(
        "words {:.2} [{}]; unit {}, role {}, verb {}, source {}",
        a.words,
        clean(&aligned.join(", ")),
        fit(a.unit),
        fit(a.role),
        fit(a.verb),
        fit(a.source)
    )
}
