//! The HTML report (`--format html`), for editors: one self-contained page
//! (inline CSS, no script, nothing fetched) that shows each article with
//! every mention highlighted by its verdict and a margin note per claim.
//!
//! The page opens with the outcome, the verdict counts and a table of every
//! claim, failing ones first, each linking to its note and its place. Then
//! one section per claims file: the article paragraph by paragraph
//! (`marks.rs`), with the notes of the claims whose place is in that
//! paragraph beside it (`notes.rs`); the figures, dates and quotes no claim
//! covers (`--coverage`) are marked too.
//!
//! Every string from an article or a claims file goes through `esc`:
//! markup characters become entities and control or bidirectional
//! characters are shown escaped, so no input becomes markup. Links are only
//! ever fragment links built from indexes, never from input, and a
//! Content-Security-Policy forbids scripts and fetches outright.

mod marks;
mod notes;
#[cfg(test)]
mod tests;

use std::io::{self, Write};

use super::excerpt::push_visible;
use super::text::mention_name;
use super::{coverage, Report, Standing};
use crate::coverage::Kind;
use crate::verdict::{MentionVerdict, Verdict};
use marks::Marks;

/// The style sheet, inlined into every report.
const STYLE: &str = include_str!("style.css");

/// `text` for HTML text or a quoted attribute value: `&`, `<`, `>`, quotes
/// as entities; control and bidirectional characters as visible escapes
/// (`\u{202e}`), except that line breaks stay whitespace.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push('\n'),
            '\r' => out.push(' '),
            // Not characters in XML, so a reader that parses the page as XML stops at them.
            '\u{fffe}' | '\u{ffff}' => out.extend(c.escape_unicode()),
            c => push_visible(&mut out, c),
        }
    }
    out
}

/// The icon and class of a verdict (of a claim or a mention), by name: a
/// sign that reads without colour.
fn sign(name: &'static str) -> (&'static str, &'static str) {
    let icon = match name {
        "conflicting" => "\u{2717}",
        "unattributed" => "?",
        "supported" => "\u{2713}",
        "not_found" => "\u{2205}",
        _ => "\u{b7}",
    };
    (icon, name)
}

/// The icon and class of a claim's verdict.
fn verdict_sign(v: Verdict) -> (&'static str, &'static str) {
    sign(v.name())
}

/// The icon and class of a mention's verdict.
fn mention_sign(v: MentionVerdict) -> (&'static str, &'static str) {
    sign(mention_name(v))
}

/// The icon and class of a claim the desk accepted (`accept`).
const ACCEPTED_SIGN: (&str, &str) = ("\u{2691}", "accepted");

/// The icon of a mention no claim covers.
const UNCOVERED_SIGN: &str = "\u{25cb}";

/// A badge: icon and word on the verdict's colour.
fn badge(sign: (&str, &str), word: &str) -> String {
    let (icon, class) = sign;
    format!("<span class=\"badge {class}\"><span aria-hidden=\"true\">{icon}</span> {}</span>", esc(word))
}

/// Writes the HTML report.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let outcome = report.outcome_line();
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>")?;
    writeln!(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>"
    )?;
    writeln!(out, "<title>claimcheck: {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>", esc(&outcome))?;
    let marks: Vec<Marks> = report.files.iter().enumerate().map(|(i, f)| Marks::of(report, i, f)).collect();
    summary(report, &marks, &outcome, out)?;
    writeln!(out, "<main>")?;
    for (i, file) in report.files.iter().enumerate() {
        notes::section(report, i, file, &marks[i], out)?;
    }
    writeln!(out, "</main>\n</body>\n</html>")
}

/// The head of the page: outcome, legend, counts, and every claim in a
/// table, failing ones first, each linked to its note and its place.
fn summary(report: &Report, marks: &[Marks], outcome: &str, out: &mut dyn Write) -> io::Result<()> {
    let class = if report.failed() { "fails" } else { "passes" };
    writeln!(out, "<header>\n<h1>claimcheck report</h1>\n<p class=\"outcome {class}\">{}</p>", esc(outcome))?;
    let legend: Vec<String> = [
        mention_sign(MentionVerdict::Conflicting),
        mention_sign(MentionVerdict::Unattributed),
        mention_sign(MentionVerdict::Supported),
        mention_sign(MentionVerdict::Context),
        (UNCOVERED_SIGN, "uncovered"),
    ]
    .into_iter()
    .map(|(icon, class)| format!("<mark class=\"{class}\">{icon} {class}</mark>"))
    .collect();
    writeln!(out, "<p class=\"legend\">Marks in the text: {}.</p>", legend.join(" "))?;
    writeln!(out, "<table class=\"counts\">\n<tr><th>verdict</th><th>claims</th><th>failing</th></tr>")?;
    let mut rows = report.summary_rows();
    rows.sort_by_key(|r| r.failing == 0);
    for row in rows {
        let sign = badge(verdict_sign(row.verdict), row.verdict.name());
        writeln!(
            out,
            "<tr><td>{sign}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            row.claims, row.failing
        )?;
    }
    writeln!(out, "</table>")?;
    if !report.errors.is_empty() {
        writeln!(out, "<h2>Could not check</h2>\n<ul class=\"errors\">")?;
        for e in &report.errors {
            writeln!(
                out,
                "<li>{} <code>{}</code></li>",
                badge(verdict_sign(Verdict::Conflicting), "error"),
                esc(&e.line())
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    if let Some(sections) = &report.coverage {
        writeln!(out, "<table class=\"coverage\">\n<tr><th>in the article</th><th>mentions</th><th>not covered by a claim</th></tr>")?;
        for kind in [Kind::Figure, Kind::Date, Kind::Quote] {
            let c = coverage::total(sections, kind);
            writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                kind.plural(),
                c.total,
                c.uncovered()
            )?;
        }
        writeln!(out, "</table>")?;
    }
    writeln!(out, "<h2>Claims</h2>\n<table class=\"claims\">")?;
    writeln!(out, "<tr><th>verdict</th><th>claim</th><th>statement</th><th>place</th></tr>")?;
    let mut claims: Vec<(Standing, usize, usize)> = Vec::new();
    for (fi, file) in report.files.iter().enumerate() {
        claims.extend(file.results.iter().enumerate().map(|(n, r)| (report.standing(r), fi, n)));
    }
    claims.sort_by_key(|&(standing, fi, n)| (standing, fi, n));
    for (standing, fi, n) in claims {
        let file = &report.files[fi];
        let r = &file.results[n];
        let fails = match (standing, &r.accept) {
            (Standing::Fails, _) => " <span class=\"fails-tag\">fails</span>".to_string(),
            (_, Some(a)) if a.holds() => format!(" {}", badge(ACCEPTED_SIGN, "accepted")),
            _ => String::new(),
        };
        let place = match marks[fi].place_of(n) {
            Some(m) => format!("<a href=\"#{}\">{}:{}:{}</a>", m.id, esc(&file.article), m.line, m.column),
            None => "not in the article".to_string(),
        };
        writeln!(
            out,
            "<tr><td>{}{fails}</td><td><a href=\"#{}\"><code>{}</code></a></td><td>{}</td><td>{place}</td></tr>",
            badge(verdict_sign(r.verdict), r.verdict.name()),
            notes::note_id(fi, n),
            esc(&r.id),
            esc(&r.statement)
        )?;
    }
    writeln!(out, "</table>\n</header>")
}
