//! The text report: one block per claim (verdict, statement, why, and each
//! piece of evidence as `path:line:column`), then a summary line. Colour
//! only when [`RenderOptions::color`] says so; control characters from the
//! article are shown escaped, never sent to the terminal.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::{RenderOptions, Report, Summary};
use crate::verdict::MentionVerdict;

/// Text with control characters (ANSI escapes, stray carriage returns)
/// replaced by visible escapes.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn paint(options: RenderOptions, style: Style, text: &str) -> String {
    if options.color {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

fn verdict_style(name: &str) -> Style {
    let color = match name {
        "supported" => AnsiColor::Green,
        "conflicting" => AnsiColor::Red,
        "unattributed" => AnsiColor::Yellow,
        "not_found" => AnsiColor::Magenta,
        _ => AnsiColor::BrightBlack,
    };
    Style::new().fg_color(Some(color.into()))
}

fn mention_name(v: MentionVerdict) -> &'static str {
    match v {
        MentionVerdict::Supported => "supported",
        MentionVerdict::Conflicting => "conflicting",
        MentionVerdict::Unattributed => "unattributed",
        MentionVerdict::Context => "context",
    }
}

/// Writes the text report.
pub fn render(report: &Report, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    for file in &report.files {
        writeln!(out, "{} against {}", clean(&file.claims), clean(&file.article))?;
        for r in &file.results {
            let name = r.verdict.name();
            let problems = if r.problems.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = r.problems.iter().map(|p| format!("{p:?}").to_lowercase()).collect();
                format!(" ({})", names.join(", "))
            };
            writeln!(out)?;
            writeln!(
                out,
                "{} {}{}  {}:{}:{}",
                paint(options, verdict_style(name).bold(), name),
                clean(&r.id),
                problems,
                clean(&file.claims),
                r.line,
                r.column
            )?;
            writeln!(out, "  claim: {}", clean(&r.statement))?;
            writeln!(out, "  {}", clean(&r.message))?;
            let width = r
                .evidence
                .iter()
                .map(|e| format!("{}:{}:{}", file.article, e.line, e.column).chars().count())
                .max()
                .unwrap_or(0);
            for e in &r.evidence {
                let place = format!("{}:{}:{}", file.article, e.line, e.column);
                let name = mention_name(e.verdict);
                writeln!(
                    out,
                    "    {}{}  {place:<width$}  {}",
                    paint(options, verdict_style(name), name),
                    " ".repeat(12 - name.len()),
                    clean(&e.reason),
                    place = clean(&place),
                )?;
                if let Some(diff) = &e.diff {
                    let rendered: Vec<String> = diff
                        .iter()
                        .map(|op| match op.op {
                            "delete" => paint(
                                options,
                                Style::new().fg_color(Some(AnsiColor::Red.into())),
                                &format!("[-{}-]", clean(&op.text)),
                            ),
                            "insert" => paint(
                                options,
                                Style::new().fg_color(Some(AnsiColor::Green.into())),
                                &format!("{{+{}+}}", clean(&op.text)),
                            ),
                            _ => clean(&op.text),
                        })
                        .collect();
                    writeln!(out, "{}  quote diff: {}", " ".repeat(16), rendered.join(" "))?;
                }
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", summary_line(&report.summary))
}

/// "16 claims: 6 supported, 5 conflicting, 2 unattributed, 3 not found".
pub fn summary_line(s: &Summary) -> String {
    let noun = if s.claims == 1 { "claim" } else { "claims" };
    format!(
        "{} {noun}: {} supported, {} conflicting, {} unattributed, {} not found",
        s.claims, s.supported, s.conflicting, s.unattributed, s.not_found
    )
}
