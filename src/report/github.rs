//! GitHub Actions workflow commands: an `::error` for each claim that fails
//! the run and a `::warning` for each other unsupported claim, pointing at
//! the article line of each conflicting or unattributed mention, or at the
//! claims-file line of a claim the article does not mention; with
//! `--coverage`, one more for each figure, date and quote no claim covers
//! (an `::error` with `--fail-on uncovered`). The runner turns
//! them into annotations on the pull request. A plain outcome line ends it.
//!
//! Escaping follows the workflow-command rules: in the message `%`, CR and
//! LF become `%25`, `%0D` and `%0A`; property values also escape `:` and `,`
//! (`%3A`, `%2C`). Control characters are made visible first, so nothing in
//! an article can end a command early, start another, or colour the log.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{clean, coverage, ClaimResult, Detail, Excerpt, FileReport, RenderOptions, Report, Standing};
use crate::verdict::{MentionVerdict, Verdict};

/// Escapes command data (the message).
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value.
fn property(text: &str) -> String {
    data(&clean(text)).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation: where, and what to say.
struct Annotation<'a> {
    file: &'a str,
    at: Cow<'a, Excerpt>,
    message: Vec<String>,
}

/// Writes the workflow commands.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    for (file, r) in report.results() {
        let command = match report.standing(r) {
            Standing::Fails => "error",
            Standing::Warns if options.detail != Detail::Quiet => "warning",
            _ => continue,
        };
        let title = format!("{} claim {}", r.verdict.name(), r.id);
        for a in annotations(file, r) {
            write_command(command, &a, &title, out)?;
        }
    }
    // With --coverage: each figure, date and quote no claim covers.
    let command = if report.fail_uncovered { "error" } else { "warning" };
    if report.fail_uncovered || options.detail != Detail::Quiet {
        for section in report.coverage.iter().flatten() {
            for m in section.uncovered() {
                let message = vec![format!("{}: {}", coverage::headline(m, &m.text), m.sentence)];
                let a = Annotation { file: &section.article, at: Cow::Borrowed(&m.excerpt), message };
                write_command(command, &a, &format!("uncovered {}", m.kind.name()), out)?;
            }
        }
    }
    for e in &report.errors {
        let props = [format!("file={}", property(&e.path)), format!("line={}", e.line), format!("col={}", e.column)];
        writeln!(out, "::error {},title=cannot check::{}", props.join(","), data(&clean(&e.message)))?;
    }
    writeln!(out, "claimcheck: {}", clean(&report.outcome_line()))
}

/// Writes one workflow command for `a`.
fn write_command(command: &str, a: &Annotation, title: &str, out: &mut dyn Write) -> io::Result<()> {
    let start = a.at.start();
    let end = a.at.end();
    let mut props =
        vec![format!("file={}", property(a.file)), format!("line={}", start.line), format!("col={}", start.column)];
    if end.line == start.line {
        // endColumn is inclusive: the column of the last character.
        props.push(format!("endColumn={}", end.column.saturating_sub(1).max(start.column)));
    } else {
        props.push(format!("endLine={}", end.line));
    }
    props.push(format!("title={}", property(title)));
    let message: Vec<String> = a.message.iter().map(|m| clean(m)).collect();
    writeln!(out, "::{command} {}::{}", props.join(","), data(&message.join("\n")))
}

/// Where a claim is annotated: each mention that decides it in the article,
/// or, for a claim the article does not mention, its line in the claims file.
fn annotations<'a>(file: &'a FileReport, r: &'a ClaimResult) -> Vec<Annotation<'a>> {
    let claim = format!("claim {} at {}:{}:{}: {}", r.id, file.claims, r.line, r.column, r.statement);
    let deciding = match r.verdict {
        Verdict::Conflicting => Some(MentionVerdict::Conflicting),
        Verdict::Unattributed => Some(MentionVerdict::Unattributed),
        Verdict::NotFound | Verdict::Supported => None,
    };
    let mut found: Vec<Annotation> = r
        .evidence
        .iter()
        .filter(|e| Some(e.verdict) == deciding)
        .map(|e| Annotation {
            file: &file.article,
            at: Cow::Owned(file.excerpt(e.focus)),
            message: vec![e.reason.clone(), claim.clone()],
        })
        .collect();
    if found.is_empty() {
        found.push(Annotation {
            file: &file.claims,
            at: Cow::Borrowed(&r.origin),
            message: vec![r.message.clone(), claim],
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_properties_are_escaped() {
        assert_eq!(data("100% sure\r\n::error::x"), "100%25 sure%0D%0A::error::x");
        assert_eq!(property("a,b:c%d\ne"), "a%2Cb%3Ac%25d\\u{a}e");
    }
}
