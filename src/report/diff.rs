//! `claimcheck diff OLD.json NEW.json`: what changed between two JSON
//! reports, claim by claim (matched by claims file and id): verdicts gained,
//! lost or changed, and each changed claim's verdict, message and evidence as
//! a line diff made with `similar`. A claim that newly fails (as `--baseline`
//! would judge it) makes the run fail.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use super::baseline::{worse, SavedFile, SavedReport, SavedResult};
use super::clean;
use super::text::{field_names, mention_name};
use crate::verdict::Verdict;

/// How two reports differ.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDiff {
    /// The claims that changed, in the new report's order, then the removed ones.
    pub changes: Vec<ClaimChange>,
    /// How many claims are the same in both.
    pub unchanged: usize,
    /// Claims files checked against another article path in the new report:
    /// (claims file, old article, new article). Their messages are compared
    /// with the path left out, so a moved article changes no claim.
    pub moved: Vec<(String, String, String)>,
}

/// One claim that changed.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimChange {
    /// Its claims file.
    pub claims: String,
    /// Its id.
    pub id: String,
    /// Its verdict in the old report, if it was there.
    pub old: Option<Verdict>,
    /// Its verdict in the new report, if it is there.
    pub new: Option<Verdict>,
    /// Whether it fails now and did not, or was less bad, before.
    pub newly_failing: bool,
    /// The line diff of its verdict, message and evidence.
    pub lines: Vec<(ChangeTag, String)>,
}

impl ReportDiff {
    /// Whether any claim newly fails.
    pub fn newly_failing(&self) -> bool {
        self.changes.iter().any(|c| c.newly_failing)
    }
}

/// A claim as lines to diff: verdict, message, then each piece of evidence.
/// With `moved`, the file's article path in a message reads "the article",
/// so that moving the article alone changes no claim.
fn lines(side: Option<(&SavedFile, &SavedResult)>, moved: bool) -> Vec<String> {
    let Some((file, r)) = side else { return Vec::new() };
    let message = if !moved || file.article.is_empty() {
        r.message.clone()
    } else {
        r.message.replace(&format!(" at {}:", file.article), " at the article:")
    };
    let problems = if r.problems.is_empty() { String::new() } else { format!(" ({})", field_names(&r.problems)) };
    let mut lines = vec![format!("verdict: {}{problems}", r.verdict.name()), format!("message: {message}")];
    for e in &r.evidence {
        lines.push(format!("evidence: {} at {}:{}: {}", mention_name(e.verdict), e.line, e.column, e.reason));
    }
    lines.iter().map(|l| clean(l)).collect()
}

fn change(
    claims: &str,
    old: Option<(&SavedFile, &SavedResult)>,
    new: Option<(&SavedFile, &SavedResult)>,
    fail_on: &[Verdict],
) -> Option<ClaimChange> {
    let moved = matches!((old, new), (Some((a, _)), Some((b, _))) if a.article != b.article);
    let (before, after) = (lines(old, moved), lines(new, moved));
    let (old, new) = (old.map(|o| o.1), new.map(|n| n.1));
    if before == after {
        return None;
    }
    let (a, b): (Vec<&str>, Vec<&str>) =
        (before.iter().map(String::as_str).collect(), after.iter().map(String::as_str).collect());
    let diff = TextDiff::from_slices(&a, &b);
    let lines = diff.iter_all_changes().map(|c| (c.tag(), c.value().to_string())).collect();
    let newly_failing =
        new.is_some_and(|n| fail_on.contains(&n.verdict) && old.is_none_or(|o| worse(o, n.verdict, &n.problems)));
    let id = new.or(old).map(|r| r.id.clone()).unwrap_or_default();
    Some(ClaimChange {
        claims: claims.to_string(),
        id,
        old: old.map(|r| r.verdict),
        new: new.map(|r| r.verdict),
        newly_failing,
        lines,
    })
}

/// Compares two reports; `fail_on` says which verdicts fail.
pub fn compare(old: &SavedReport, new: &SavedReport, fail_on: &[Verdict]) -> ReportDiff {
    let mut changes = Vec::new();
    let mut unchanged = 0;
    for file in &new.files {
        for r in &file.results {
            match change(&file.claims, old.find_with_file(&file.claims, &r.id), Some((file, r)), fail_on) {
                Some(c) => changes.push(c),
                None => unchanged += 1,
            }
        }
    }
    for file in &old.files {
        let kept = |id: &str| {
            new.files.iter().any(|f| old.same_path(&f.claims, &file.claims) && f.results.iter().any(|r| r.id == id))
        };
        for r in file.results.iter().filter(|r| !kept(&r.id)) {
            changes.extend(change(&file.claims, Some((file, r)), None, fail_on));
        }
    }
    let mut moved = Vec::new();
    for file in &new.files {
        let before = old.files.iter().find(|f| old.same_path(&f.claims, &file.claims));
        if let Some(before) = before.filter(|b| !b.article.is_empty() && !file.article.is_empty()) {
            if !old.same_path(&before.article, &file.article) {
                moved.push((file.claims.clone(), before.article.clone(), file.article.clone()));
            }
        }
    }
    ReportDiff { changes, unchanged, moved }
}

/// Writes the diff as text, coloured when `color` is set.
pub fn render(diff: &ReportDiff, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let paint = |style: Style, text: &str| {
        if color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    };
    let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
    let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
    for (claims, old, new) in &diff.moved {
        writeln!(out, "{}: article {} -> {}\n", clean(claims), clean(old), clean(new))?;
    }
    for c in &diff.changes {
        let verdict = |v: Option<Verdict>| v.map_or("(none)", Verdict::name);
        let what = match (c.old, c.new) {
            (None, _) => "added".to_string(),
            (_, None) => "removed".to_string(),
            (Some(a), Some(b)) if a == b => "evidence changed".to_string(),
            _ => format!("{} -> {}", verdict(c.old), verdict(c.new)),
        };
        let flag = if c.newly_failing { paint(red.bold(), " (newly failing)") } else { String::new() };
        writeln!(out, "{}: {}: {what}{flag}", clean(&c.claims), clean(&c.id))?;
        for (tag, line) in &c.lines {
            let shown = match tag {
                ChangeTag::Delete => paint(red, &format!("  - {line}")),
                ChangeTag::Insert => paint(green, &format!("  + {line}")),
                ChangeTag::Equal => format!("    {line}"),
            };
            writeln!(out, "{shown}")?;
        }
        writeln!(out)?;
    }
    let failing = diff.changes.iter().filter(|c| c.newly_failing).count();
    let noun = if diff.changes.len() == 1 { "claim" } else { "claims" };
    writeln!(out, "{} {noun} changed ({failing} newly failing), {} unchanged", diff.changes.len(), diff.unchanged)
}
