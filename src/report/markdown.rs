//! The Markdown report, for a pull-request comment: a summary table of the
//! verdicts, then one collapsible `<details>` section per failing claim (and
//! per warning) with its quoted evidence and locations, then the supported
//! claims in one compact list.
//!
//! Untrusted text is escaped for where it lands: inside HTML tags only HTML
//! entities apply; in Markdown text, entities plus backslash escapes for the
//! characters that start emphasis, code, links or tables. Control characters
//! are made visible first and every piece of text stays on one line, so an
//! article can neither close a section nor start a block of its own. An `@`
//! is followed by a zero-width space so article text never mentions a user.

use std::io::{self, Write};

use super::text::{headline, mention_name, more_near, quote_diff, standing_notes};
use super::{clean, coverage, ClaimResult, Detail, FileReport, RenderOptions, Report, Standing};
use crate::coverage::Kind;

/// `text` escaped for the inside of an HTML element, and also for Markdown
/// running text when `markdown` is set.
fn escape(text: &str, markdown: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '@' => out.push_str("@&#8203;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '$' if markdown => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` for the inside of an HTML element.
fn html(text: &str) -> String {
    escape(text, false)
}

/// `text` for Markdown running text.
fn md(text: &str) -> String {
    escape(text, true)
}

/// Writes the Markdown report.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "### claimcheck: {}\n", md(&report.outcome_line()))?;
    for e in &report.errors {
        writeln!(out, "- **could not check** {}", md(&e.line()))?;
    }
    if !report.errors.is_empty() {
        writeln!(out)?;
    }
    let rows = report.summary_rows();
    let with_known = report.baseline.is_some();
    let (known_head, known_rule) = if with_known { (" known |", " ---: |") } else { ("", "") };
    writeln!(out, "| verdict | claims | failing |{known_head}")?;
    writeln!(out, "| --- | ---: | ---: |{known_rule}")?;
    for row in &rows {
        let known = if with_known { format!(" {} |", row.known) } else { String::new() };
        writeln!(out, "| {} | {} | {} |{known}", md(row.verdict.name()), row.claims, row.failing)?;
    }
    writeln!(out)?;
    coverage_table(report, out)?;
    let sections =
        [(Standing::Fails, "Failing claims"), (Standing::Warns, "Other claims the article does not support")];
    for (standing, heading) in sections {
        if standing == Standing::Warns && options.detail == Detail::Quiet {
            continue;
        }
        let claims: Vec<_> = report.results().filter(|(_, r)| report.standing(r) == standing).collect();
        if claims.is_empty() {
            continue;
        }
        writeln!(out, "#### {heading} ({})\n", claims.len())?;
        for (file, r) in claims {
            details(file, r, options.detail, out)?;
        }
    }
    uncovered(report, options, out)?;
    if options.detail != Detail::Quiet {
        let supported: Vec<String> = report
            .results()
            .filter(|(_, r)| report.standing(r) == Standing::Passes)
            .map(|(_, r)| format!("<code>{}</code>", md(&r.id)))
            .collect();
        if !supported.is_empty() {
            writeln!(out, "#### Supported claims ({})\n", supported.len())?;
            writeln!(out, "{}", supported.join(", "))?;
        }
    }
    Ok(())
}

/// With `--coverage`: how many figures, dates and quotes a claim covers.
fn coverage_table(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let Some(sections) = &report.coverage else {
        return Ok(());
    };
    writeln!(out, "| in the article | mentions | not covered by a claim |")?;
    writeln!(out, "| --- | ---: | ---: |")?;
    for kind in [Kind::Figure, Kind::Date, Kind::Quote] {
        let c = coverage::total(sections, kind);
        writeln!(out, "| {} | {} | {} |", kind.plural(), c.total, c.uncovered())?;
    }
    writeln!(out)
}

/// With `--coverage`: the figures, dates and quotes no claim covers, in one
/// collapsible list (left out by `--quiet` unless they fail the run).
fn uncovered(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    if options.detail == Detail::Quiet && !report.fail_uncovered {
        return Ok(());
    }
    let sections = report.coverage.as_deref().unwrap_or_default();
    let count: usize = sections.iter().map(|s| s.uncovered().count()).sum();
    if count == 0 {
        return Ok(());
    }
    let heading = if report.fail_uncovered { "Failing: not covered by any claim" } else { "Not covered by any claim" };
    writeln!(out, "#### {heading} ({count})\n")?;
    writeln!(out, "<details>\n<summary>{count} figures, dates and quotes</summary>\n")?;
    for section in sections {
        for m in section.uncovered() {
            let at = format!("{}:{}:{}", section.article, m.line, m.column);
            writeln!(out, "- {} <code>{}</code> at <code>{}</code>", m.kind.name(), html(&m.text), md(&at))?;
            writeln!(out, "  > {}", md(&m.sentence))?;
        }
    }
    writeln!(out, "\n</details>\n")
}

/// One claim's collapsible section.
fn details(file: &FileReport, r: &ClaimResult, detail: Detail, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<details>")?;
    let id = format!("<code>{}</code>", html(&r.id));
    writeln!(out, "<summary><b>{}</b>: {}</summary>\n", html(r.verdict.name()), headline(r, &id))?;
    writeln!(out, "> {}\n", md(&r.statement))?;
    writeln!(out, "Claim at <code>{}:{}:{}</code>. {}", md(&file.claims), r.line, r.column, md(&r.message))?;
    let shows_near = detail == Detail::Verbose && !r.near.is_empty();
    if !r.evidence.is_empty() || shows_near {
        writeln!(out)?;
    }
    for e in &r.evidence {
        writeln!(
            out,
            "- **{}** at <code>{}:{}:{}</code>: {}",
            mention_name(e.verdict),
            md(&file.article),
            e.line,
            e.column,
            md(&e.reason)
        )?;
        writeln!(out, "  > {}", md(&e.text))?;
    }
    if shows_near {
        for &n in &r.near {
            let n = file.excerpt(n);
            let start = n.start();
            writeln!(
                out,
                "- near, holds the claim's terms but no figure or date of its kind, at <code>{}:{}:{}</code>",
                md(&file.article),
                start.line,
                start.column
            )?;
            writeln!(out, "  > {}", md(&n.focused()))?;
        }
        if r.near_more > 0 {
            writeln!(out, "- {}", md(&more_near(r)))?;
        }
    }
    if let Some(diff) = quote_diff(r) {
        writeln!(out, "\nQuote diff: {}", md(&diff))?;
    }
    for note in standing_notes(r) {
        writeln!(out, "\n*{}*", md(&note))?;
    }
    writeln!(out, "\n</details>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_cannot_open_markup() {
        assert_eq!(html("</details><b>&"), "&lt;/details&gt;&lt;b&gt;&amp;");
        assert_eq!(md("*x* [a](b) `c` | @team\n# h"), "\\*x\\* \\[a\\](b) \\`c\\` \\| @&#8203;team\\\\u{a}\\# h");
    }
}
