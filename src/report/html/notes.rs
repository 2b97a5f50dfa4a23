//! One claims file's section of the HTML report: the article paragraph by
//! paragraph, each beside the notes of the claims placed in it; claims the
//! article does not mention in a list before it, and the mentions no claim
//! covers in a list after it.
//!
//! A note gives the claim's verdict (icon and word), id and statement; what
//! the article says against what the claim says, field by field; a quote's
//! word diff; and each piece of evidence with its verdict, reason and a link
//! to its place.

use std::io::{self, Write};

use super::marks::{write_paragraph, Mark, Marks};
use super::{badge, esc, mention_sign, verdict_sign, ACCEPTED_SIGN};
use crate::report::text::{field_names, standing_notes, word_diff};
use crate::report::{ClaimResult, Evidence, FileReport, Report, Standing};
use crate::source::collapse_spaces;
use crate::verdict::Field;

/// The id of claim `n`'s note in section `fi`.
pub(super) fn note_id(fi: usize, n: usize) -> String {
    format!("c{}-{}", fi + 1, n + 1)
}

/// Writes section `fi`, for `file`.
pub(super) fn section(
    report: &Report,
    fi: usize,
    file: &FileReport,
    marks: &Marks,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "<section class=\"file\" id=\"f{}\">", fi + 1)?;
    writeln!(out, "<h2><code>{}</code> against <code>{}</code></h2>", esc(&file.claims), esc(&file.article))?;
    writeln!(out, "<p class=\"file-summary\">{}</p>", esc(&report.file_line(file)))?;
    let unplaced: Vec<usize> = (0..file.results.len()).filter(|&n| marks.place_of(n).is_none()).collect();
    if !unplaced.is_empty() {
        writeln!(out, "<div class=\"unplaced\">\n<h3>Not in the article</h3>")?;
        for n in unplaced {
            note(report, fi, file, n, marks, out)?;
        }
        writeln!(out, "</div>")?;
    }
    let paragraphs = &file.text.paragraphs;
    // Each mark and each note goes to the paragraph its place starts in.
    let paragraph_of = |m: &Mark| {
        let at = m.file_span.start.saturating_sub(file.text.offset);
        paragraphs.iter().rposition(|(r, _)| r.start <= at).unwrap_or(0)
    };
    for (p, (range, heading)) in paragraphs.iter().enumerate() {
        let here: Vec<&Mark> = marks.marks.iter().filter(|m| paragraph_of(m) == p).collect();
        let claims: Vec<usize> =
            (0..file.results.len()).filter(|&n| marks.place_of(n).is_some_and(|m| paragraph_of(m) == p)).collect();
        writeln!(out, "<div class=\"para\">")?;
        write_paragraph(file, fi, range.clone(), *heading, &here, out)?;
        if !claims.is_empty() {
            writeln!(out, "<div class=\"notes\">")?;
            for n in claims {
                note(report, fi, file, n, marks, out)?;
            }
            writeln!(out, "</div>")?;
        }
        writeln!(out, "</div>")?;
    }
    uncovered_list(marks, file, out)?;
    writeln!(out, "</section>")
}

/// The margin note of claim `n`.
fn note(report: &Report, fi: usize, file: &FileReport, n: usize, marks: &Marks, out: &mut dyn Write) -> io::Result<()> {
    let r = &file.results[n];
    let (_, class) = verdict_sign(r.verdict);
    writeln!(out, "<aside class=\"note {class}\" id=\"{}\">", note_id(fi, n))?;
    let fails = match (report.standing(r), &r.accept) {
        (Standing::Fails, _) => " <span class=\"fails-tag\">fails the run</span>".to_string(),
        (_, Some(a)) if a.holds() => format!(" {}", badge(ACCEPTED_SIGN, "accepted")),
        _ => String::new(),
    };
    writeln!(
        out,
        "<p><b>{}.</b> {} <code>{}</code>{fails}</p>",
        n + 1,
        badge(verdict_sign(r.verdict), r.verdict.name()),
        esc(&r.id)
    )?;
    writeln!(out, "<p class=\"statement\">{}</p>", esc(&r.statement))?;
    says(r, out)?;
    let words = word_diff(r, |op, text| match op {
        "delete" => format!("<del>{}</del>", esc(text)),
        "insert" => format!("<ins>{}</ins>", esc(text)),
        _ => esc(text),
    });
    if let Some(words) = words {
        writeln!(out, "<p>Quote, claim to article: {words}</p>")?;
    }
    if !r.evidence.is_empty() {
        writeln!(out, "<ul>")?;
        for (e, ev) in r.evidence.iter().enumerate() {
            let m = marks.of_evidence(n, e);
            writeln!(
                out,
                "<li><a href=\"#{}\">{}:{}</a> {}: {}</li>",
                m.id,
                ev.line,
                ev.column,
                badge(mention_sign(ev.verdict), mention_sign(ev.verdict).1),
                esc(&ev.reason)
            )?;
        }
        writeln!(out, "</ul>")?;
    } else {
        writeln!(out, "<p>{}</p>", esc(&r.message))?;
    }
    for text in standing_notes(r) {
        writeln!(out, "<p><i>{}</i></p>", esc(&text))?;
    }
    writeln!(
        out,
        "<p class=\"where\">claim at <code>{}:{}:{}</code></p>\n</aside>",
        esc(&file.claims),
        r.line,
        r.column
    )
}

/// "Article says / claim says", field by field, at the claim's deciding
/// mention; nothing for a claim without one.
fn says(r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
    let Some(e) = r.evidence.iter().find(|e| e.decides(r.verdict)) else { return Ok(()) };
    if r.claimed.is_empty() {
        return Ok(());
    }
    writeln!(out, "<table>\n<tr><th></th><th>article says</th><th>claim says</th></tr>")?;
    for (field, claimed) in &r.claimed {
        let article = article_value(e, *field).unwrap_or("\u{2014}");
        let mark = if e.problems.contains(field) { " \u{2717}" } else { "" };
        writeln!(
            out,
            "<tr><th>{}{mark}</th><td>{}</td><td>{}</td></tr>",
            field_names(&[*field]),
            esc(article),
            esc(claimed)
        )?;
    }
    writeln!(out, "</table>")
}

/// What the article says at `e` for `field`.
fn article_value(e: &Evidence, field: Field) -> Option<&str> {
    match field {
        Field::Figure => e.figure.as_deref(),
        Field::Date => e.date.as_deref(),
        Field::Source => e.source.as_deref(),
        Field::Quote => e.quote.as_deref(),
    }
}

/// With `--coverage`: the article's figures, dates and quotes no claim
/// covers, each linked to its mark.
fn uncovered_list(marks: &Marks, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
    let uncovered: Vec<&Mark> = marks.marks.iter().filter(|m| m.uncovered.is_some()).collect();
    if uncovered.is_empty() {
        return Ok(());
    }
    writeln!(out, "<div class=\"uncovered-list\">\n<h3>Not covered by any claim ({})</h3>\n<ul>", uncovered.len())?;
    for m in uncovered {
        let kind = m.uncovered.map_or("", |k| k.name());
        let text = file.text.text.get(m.file_span.start - file.text.offset.min(m.file_span.start)..);
        let words = text.and_then(|t| t.get(..m.file_span.len())).unwrap_or("");
        let words = collapse_spaces(words);
        writeln!(out, "<li>{kind} <a href=\"#{}\">{}:{}</a>: {}</li>", m.id, m.line, m.column, esc(&words))?;
    }
    writeln!(out, "</ul>\n</div>")
}
