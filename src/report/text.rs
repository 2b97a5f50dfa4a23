//! The text report: one diagnostic per claim in the style of rustc, drawn
//! with annotate-snippets (the article line with the figure, date, source or
//! quote underlined and the reason as its label, and a note with the claim),
//! then a summary table and the outcome.
//!
//! Claims that fail the run are errors, other unsupported claims warnings;
//! supported claims are listed by id (`--verbose` draws them too, with the
//! sentences that matched their terms but held no figure or date of their
//! kind; `--quiet` leaves out everything but failures). Each piece of
//! evidence gets a snippet of its own, so labels never overlap. Colour only
//! when [`RenderOptions::color`] says so; all text passes through [`clean`].

use std::io::{self, Write};

use annotate_snippets::{Level, Message, Renderer, Snippet};
use anstyle::{AnsiColor, Style};

use super::baseline::Mark;
use super::{clean, coverage, ClaimResult, Detail, Excerpt, FileReport, RenderOptions, Report, Standing};
use crate::source::{slice, Span};
use crate::verdict::{Field, MentionVerdict, Verdict};

/// Text painted with `style` when colour is on.
fn paint(options: &RenderOptions, style: Style, text: &str) -> String {
    if options.color {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

fn verdict_style(v: Verdict) -> Style {
    let color = match v {
        Verdict::Supported => AnsiColor::Green,
        Verdict::Conflicting => AnsiColor::Red,
        Verdict::Unattributed => AnsiColor::Yellow,
        Verdict::NotFound => AnsiColor::Magenta,
    };
    Style::new().fg_color(Some(color.into()))
}

/// The name of a mention's verdict, as in the JSON report.
pub fn mention_name(v: MentionVerdict) -> &'static str {
    match v {
        MentionVerdict::Supported => "supported",
        MentionVerdict::Conflicting => "conflicting",
        MentionVerdict::Unattributed => "unattributed",
        MentionVerdict::Context => "context",
    }
}

/// The names of `fields`, joined: "figure and source".
pub fn field_names(fields: &[Field]) -> String {
    let names: Vec<&str> = fields
        .iter()
        .map(|f| match f {
            Field::Figure => "figure",
            Field::Date => "date",
            Field::Source => "source",
            Field::Quote => "quote",
        })
        .collect();
    names.join(" and ")
}

/// The headline of a claim's diagnostic; `id` is the claim's id as the
/// caller shows it (escaped for its format).
pub fn headline(r: &ClaimResult, id: &str) -> String {
    match r.verdict {
        Verdict::Conflicting => format!("{id} conflicts with the article on {}", field_names(&r.problems)),
        Verdict::Unattributed => format!("{id} is not credited to its source in the article"),
        Verdict::NotFound => format!("{id} is not found in the article"),
        Verdict::Supported => format!("{id} is supported by the article"),
    }
}

/// The word diff of a near-miss quote, from the claim's words to the
/// article's, each run written by `word(op, text)` (`op` is "delete",
/// "insert" or "equal") and the runs joined by spaces.
pub fn word_diff(r: &ClaimResult, word: impl Fn(&str, &str) -> String) -> Option<String> {
    let diff = r.evidence.iter().find_map(|e| e.diff.as_ref())?;
    Some(diff.iter().map(|op| word(op.op, &op.text)).collect::<Vec<_>>().join(" "))
}

/// The word diff of a near-miss quote: `[-claim's-] {+article's+}`.
pub fn quote_diff(r: &ClaimResult) -> Option<String> {
    word_diff(r, |op, text| match op {
        "delete" => format!("[-{}-]", clean(text)),
        "insert" => format!("{{+{}+}}", clean(text)),
        _ => clean(text),
    })
}

/// The notes on a claim's standing: against the baseline, and its reviewed
/// exception (`accept`), holding or lapsed.
pub fn standing_notes(r: &ClaimResult) -> Vec<String> {
    let mut notes: Vec<String> = baseline_note(r.baseline).map(str::to_string).into_iter().collect();
    if let Some(a) = &r.accept {
        notes.push(match &a.lapsed {
            None => format!("accepted as {} by the desk: {}; it does not fail the run", a.verdict, a.reason),
            Some(why) => {
                format!("accepted as {} ({}), but {why}, so the acceptance no longer holds", a.verdict, a.reason)
            }
        });
    }
    notes
}

/// The note on the sentences near a claim that the report leaves out.
pub fn more_near(r: &ClaimResult) -> String {
    let (n, s) = (r.near_more, if r.near_more == 1 { "sentence holds" } else { "sentences hold" });
    format!("{n} more {s} the claim's terms, but no figure or date of its kind (`--explain {}` lists every one)", r.id)
}

/// The note on a claim's standing against the baseline.
pub fn baseline_note(mark: Option<Mark>) -> Option<&'static str> {
    match mark {
        Some(Mark::New) => Some("new failure: the baseline does not have it, or had it less bad"),
        Some(Mark::Known) => Some("known failure: the baseline has it already, so it does not fail the run"),
        None => None,
    }
}

/// One snippet of a diagnostic: an excerpt, cleaned, with its label. A
/// snippet whose drawn column would be wrong (cut from inside a long line,
/// or after an escaped character: annotate-snippets counts the column in
/// the text it draws) has no origin; a note gives its place instead.
struct Piece {
    origin: Option<String>,
    line: usize,
    text: String,
    focus: std::ops::Range<usize>,
    level: Level,
    label: String,
}

impl Piece {
    fn new(origin: &str, excerpt: &Excerpt, level: Level, label: String) -> Piece {
        let (text, focus) = excerpt.cleaned();
        let origin = is_placed(excerpt).then(|| clean(origin));
        Piece { origin, line: excerpt.line, text, focus, level, label }
    }

    /// The note that places a snippet without an origin.
    fn place(origin: &str, excerpt: &Excerpt) -> Option<String> {
        let start = excerpt.start();
        (!is_placed(excerpt)).then(|| format!("at {}:{}:{}", clean(origin), start.line, start.column))
    }
}

/// Whether annotate-snippets, counting in the cleaned excerpt, draws the
/// span's true column.
fn is_placed(excerpt: &Excerpt) -> bool {
    let (text, focus) = excerpt.cleaned();
    let drawn = slice(&text, Span::new(0, focus.start)).rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    drawn == excerpt.start().column
}

/// The owned, cleaned parts of one diagnostic; annotate-snippets borrows them.
struct Drawn {
    title: String,
    pieces: Vec<Piece>,
    notes: Vec<String>,
}

fn draw(file: &FileReport, r: &ClaimResult, detail: Detail) -> Drawn {
    // The mentions that carry the claim's verdict; the others are drawn as secondary.
    let deciding = match r.verdict {
        Verdict::Conflicting => Some(MentionVerdict::Conflicting),
        Verdict::Unattributed => Some(MentionVerdict::Unattributed),
        Verdict::Supported => Some(MentionVerdict::Supported),
        Verdict::NotFound => None,
    };
    let mut pieces = Vec::new();
    let mut places = Vec::new();
    for e in &r.evidence {
        let decides = Some(e.verdict) == deciding;
        let level = if decides { Level::Error } else { Level::Warning };
        let mut label = format!("{}: {}", mention_name(e.verdict), clean(&e.reason));
        if decides && !e.aligned_terms.is_empty() {
            label += &format!(" (aligned on {})", clean(&e.aligned_terms.join(", ")));
        }
        let excerpt = file.excerpt(e.focus);
        pieces.push(Piece::new(&file.article, &excerpt, level, label));
        places.extend(Piece::place(&file.article, &excerpt));
    }
    if detail == Detail::Verbose {
        for n in &r.near {
            let label = "near: holds the claim's terms, but no figure or date of its kind".to_string();
            let excerpt = file.excerpt(*n);
            pieces.push(Piece::new(&file.article, &excerpt, Level::Warning, label));
            places.extend(Piece::place(&file.article, &excerpt));
        }
    }
    // The deciding mentions first, so the `-->` line points at one of them.
    pieces.sort_by_key(|p| (p.level != Level::Error, p.line));
    if r.evidence.iter().all(|e| e.verdict == MentionVerdict::Context) {
        pieces.insert(0, Piece::new(&file.claims, &r.origin, Level::Error, clean(&r.message)));
        places.extend(Piece::place(&file.claims, &r.origin));
    }
    let mut notes = vec![format!("claim at {}:{}:{}: {}", clean(&file.claims), r.line, r.column, clean(&r.statement))];
    notes.extend(places);
    notes.extend((detail == Detail::Verbose && r.near_more > 0).then(|| clean(&more_near(r))));
    notes.extend(quote_diff(r).map(|d| format!("quote diff: {d}")));
    notes.extend(standing_notes(r).iter().map(|n| clean(n)));
    Drawn { title: headline(r, &format!("`{}`", clean(&r.id))), pieces, notes }
}

fn message<'a>(drawn: &'a Drawn, level: Level, id: &'a str) -> Message<'a> {
    let snippets = drawn.pieces.iter().map(|p| {
        let snippet =
            Snippet::source(&p.text).line_start(p.line).annotation(p.level.span(p.focus.clone()).label(&p.label));
        match &p.origin {
            Some(origin) => snippet.origin(origin),
            None => snippet,
        }
    });
    let notes = drawn.notes.iter().map(|n| Level::Note.title(n));
    level.title(&drawn.title).id(id).snippets(snippets).footers(notes)
}

/// Writes the text report.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let renderer =
        if options.color { Renderer::styled() } else { Renderer::plain() }.term_width(options.width.saturating_sub(1));
    for file in &report.files {
        let mut supported = Vec::new();
        for r in &file.results {
            let level = match (report.standing(r), options.detail) {
                (Standing::Fails, _) => Level::Error,
                (Standing::Warns, Detail::Normal | Detail::Verbose) => Level::Warning,
                (Standing::Passes, Detail::Verbose) => Level::Note,
                (Standing::Passes, Detail::Normal) => {
                    supported.push(clean(&r.id));
                    continue;
                }
                (_, Detail::Quiet) => continue,
            };
            let drawn = draw(file, r, options.detail);
            let rendered = renderer.render(message(&drawn, level, r.verdict.name())).to_string();
            writeln!(out, "{}\n", super::fit::fit(&rendered, options.width))?;
        }
        if !supported.is_empty() {
            let head = format!("supported in {}:", clean(&file.claims));
            writeln!(out, "{}", paint(options, verdict_style(Verdict::Supported).bold(), &head))?;
            for line in wrap(&supported, options.width.saturating_sub(2)) {
                writeln!(out, "  {line}")?;
            }
            writeln!(out)?;
        }
    }
    uncovered(report, options, &renderer, out)?;
    summary(report, options, out)
}

/// One diagnostic per figure, date and quote no claim covers (`--coverage`):
/// errors with `--fail-on uncovered`, else warnings, which `--quiet` leaves out.
fn uncovered(report: &Report, options: &RenderOptions, renderer: &Renderer, out: &mut dyn Write) -> io::Result<()> {
    let level = if report.fail_uncovered { Level::Error } else { Level::Warning };
    if level == Level::Warning && options.detail == Detail::Quiet {
        return Ok(());
    }
    for section in report.coverage.iter().flatten() {
        for m in section.uncovered() {
            let label = format!("no claim covers this {}", m.kind.name());
            let drawn = Drawn {
                title: coverage::headline(m, &format!("`{}`", clean(&m.text))),
                pieces: vec![Piece::new(&section.article, &m.excerpt, level, label)],
                notes: Vec::new(),
            };
            let rendered = renderer.render(message(&drawn, level, "uncovered")).to_string();
            writeln!(out, "{}\n", super::fit::fit(&rendered, options.width))?;
        }
    }
    Ok(())
}

/// `words` joined by ", " in lines of at most `width` characters.
fn wrap(words: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let piece = if i + 1 < words.len() { format!("{w},") } else { w.clone() };
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + piece.chars().count() <= width => {
                line.push(' ');
                line.push_str(&piece);
            }
            _ => lines.push(piece),
        }
    }
    lines
}

/// The summary table, one line per claims file when there are several,
/// and the outcome line.
fn summary(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let rows = report.summary_rows();
    let with_known = report.baseline.is_some();
    let known_head = if with_known { "    known" } else { "" };
    writeln!(out, "{:<14}{:>7}{:>9}{known_head}", "verdict", "claims", "failing")?;
    for row in &rows {
        let name = row.verdict.name();
        let known = if with_known { format!("{:>9}", row.known) } else { String::new() };
        writeln!(
            out,
            "{}{}{:>7}{:>9}{known}",
            paint(options, verdict_style(row.verdict), name),
            " ".repeat(14 - name.len()),
            row.claims,
            row.failing
        )?;
    }
    let total = |f: fn(&super::SummaryRow) -> usize| rows.iter().map(f).sum::<usize>();
    let known = if with_known { format!("{:>9}", total(|r| r.known)) } else { String::new() };
    writeln!(out, "{:<14}{:>7}{:>9}{known}", "total", total(|r| r.claims), total(|r| r.failing))?;
    if report.files.len() > 1 {
        for file in &report.files {
            writeln!(out, "{}", report.file_line(file))?;
        }
    }
    for e in &report.errors {
        writeln!(out, "error: {}", e.line())?;
    }
    writeln!(out, "{}", report.outcome_line())
}
