//! The marks of one section of the HTML report: every place of the article
//! that some claim's evidence cites, or that no claim covers, and the
//! article's paragraphs written with those places highlighted.
//!
//! Places may overlap (a quotation around a figure), so a paragraph is cut
//! at every mark's start and end, and each piece is highlighted in the
//! strongest verdict of the marks over it. Each mark gets an empty anchor
//! at its start (its link target, carrying its byte span) and, after its
//! end, a reference to each claim that cites it.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::Range;

use super::{esc, mention_sign, notes::note_id, UNCOVERED_SIGN};
use crate::coverage::Kind;
use crate::report::{FileReport, Report};
use crate::source::{ceil_boundary, floor_boundary};
use crate::verdict::MentionVerdict;

/// One highlighted place.
pub(super) struct Mark {
    /// Its id, the target of links to it.
    pub id: String,
    /// Its bytes in the article file.
    pub file_span: Range<usize>,
    /// Line of its start.
    pub line: usize,
    /// Column of its start.
    pub column: usize,
    /// The claims that cite it (their index in the file) and its verdict for each.
    pub refs: Vec<(usize, MentionVerdict)>,
    /// Set when it is a figure, date or quote no claim covers.
    pub uncovered: Option<Kind>,
}

impl Mark {
    /// Its class: the strongest verdict it carries.
    fn class(&self) -> &'static str {
        let rank = |v: MentionVerdict| match v {
            MentionVerdict::Conflicting => 0,
            MentionVerdict::Unattributed => 1,
            MentionVerdict::Supported => 2,
            MentionVerdict::Context => 3,
        };
        match self.refs.iter().map(|&(_, v)| v).min_by_key(|&v| rank(v)) {
            Some(v) => mention_sign(v).1,
            None => "uncovered",
        }
    }

    /// What a hover shows: each claim and its verdict here.
    fn title(&self, file: &FileReport) -> String {
        let mut parts: Vec<String> =
            self.refs.iter().map(|&(n, v)| format!("{}: {}", file.results[n].id, mention_sign(v).1)).collect();
        parts.extend(self.uncovered.map(|k| format!("{} not covered by any claim", k.name())));
        parts.join("; ")
    }
}

/// The marks of one claims file's section.
pub(super) struct Marks {
    /// Every mark, in article order.
    pub marks: Vec<Mark>,
    /// Per claim, the mark of each piece of its evidence.
    evidence: Vec<Vec<usize>>,
    /// Per claim, the mark of its place: its first deciding mention, else its first.
    places: Vec<Option<usize>>,
}

impl Marks {
    /// The marks of file `fi` of `report`: its claims' evidence and, with
    /// `--coverage`, its article's uncovered mentions.
    pub fn of(report: &Report, fi: usize, file: &FileReport) -> Marks {
        let mut by_span: BTreeMap<(usize, usize), Mark> = BTreeMap::new();
        for (n, r) in file.results.iter().enumerate() {
            for e in &r.evidence {
                let mark = by_span.entry((e.start, e.end)).or_insert_with(|| Mark {
                    id: String::new(),
                    file_span: e.start..e.end,
                    line: e.line,
                    column: e.column,
                    refs: Vec::new(),
                    uncovered: None,
                });
                mark.refs.push((n, e.verdict));
            }
        }
        let uncovered = report.coverage.iter().flatten().filter(|c| c.article == file.article);
        for m in uncovered.flat_map(|c| c.uncovered()) {
            by_span
                .entry((m.start, m.end))
                .or_insert_with(|| Mark {
                    id: String::new(),
                    file_span: m.start..m.end,
                    line: m.line,
                    column: m.column,
                    refs: Vec::new(),
                    uncovered: None,
                })
                .uncovered = Some(m.kind);
        }
        let mut marks: Vec<Mark> = by_span.into_values().collect();
        for (k, m) in marks.iter_mut().enumerate() {
            m.id = format!("m{}-{}", fi + 1, k + 1);
        }
        let find = |start: usize, end: usize| marks.iter().position(|m| m.file_span == (start..end)).unwrap_or(0);
        let evidence: Vec<Vec<usize>> =
            file.results.iter().map(|r| r.evidence.iter().map(|e| find(e.start, e.end)).collect()).collect();
        let places = file
            .results
            .iter()
            .zip(&evidence)
            .map(|(r, marks)| {
                let deciding = r.evidence.iter().position(|e| e.decides(r.verdict));
                deciding.or((!marks.is_empty()).then_some(0)).map(|i| marks[i])
            })
            .collect();
        Marks { marks, evidence, places }
    }

    /// The mark of claim `n`'s place, if the article mentions it.
    pub fn place_of(&self, n: usize) -> Option<&Mark> {
        self.places[n].map(|k| &self.marks[k])
    }

    /// The mark of piece `e` of claim `n`'s evidence.
    pub fn of_evidence(&self, n: usize, e: usize) -> &Mark {
        &self.marks[self.evidence[n][e]]
    }
}

/// Writes paragraph `range` of `text` (bytes of the file less `offset`)
/// with `marks` (those placed in it) highlighted; a heading as `<h3>`.
pub(super) fn write_paragraph(
    file: &FileReport,
    fi: usize,
    range: Range<usize>,
    heading: bool,
    marks: &[&Mark],
    out: &mut dyn Write,
) -> io::Result<()> {
    let text = &*file.text.text;
    let offset = file.text.offset;
    // Each mark's bytes in `text`, kept inside the paragraph.
    let clamp = |at: usize| at.saturating_sub(offset).clamp(range.start, range.end);
    let spans: Vec<Range<usize>> = marks
        .iter()
        .map(|m| {
            let start = floor_boundary(text, clamp(m.file_span.start));
            start..ceil_boundary(text, clamp(m.file_span.end)).max(start)
        })
        .collect();
    let mut cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    cuts.extend([range.start, range.end]);
    cuts.sort_unstable();
    cuts.dedup();
    let tag = if heading { "h3" } else { "p" };
    write!(out, "<{tag} class=\"text\">")?;
    for (i, &at) in cuts.iter().enumerate() {
        for (m, s) in marks.iter().zip(&spans).filter(|(_, s)| s.start == at) {
            let (start, end) = (m.file_span.start, m.file_span.end);
            write!(out, "<span class=\"anchor\" id=\"{}\" data-span=\"{start}-{end}\"></span>", m.id)?;
            if s.is_empty() {
                refs(file, fi, m, out)?;
            }
        }
        let Some(&next) = cuts.get(i + 1) else { break };
        let piece = esc(text.get(at..next).unwrap_or(""));
        let over: Vec<usize> = (0..marks.len()).filter(|&k| spans[k].start <= at && spans[k].end >= next).collect();
        match over.iter().map(|&k| marks[k]).min_by_key(|m| strength(m.class())) {
            Some(strongest) => {
                let title = over.iter().map(|&k| marks[k].title(file)).collect::<Vec<_>>().join("; ");
                write!(out, "<mark class=\"{}\" title=\"{}\">{piece}</mark>", strongest.class(), esc(&title))?;
            }
            None => out.write_all(piece.as_bytes())?,
        }
        for (m, _) in marks.iter().zip(&spans).filter(|(_, s)| s.end == next && !s.is_empty()) {
            refs(file, fi, m, out)?;
        }
    }
    writeln!(out, "</{tag}>")
}

/// The order of mark classes, strongest first.
fn strength(class: &str) -> usize {
    ["conflicting", "unattributed", "uncovered", "supported", "context"].iter().position(|c| *c == class).unwrap_or(9)
}

/// The references after a mark: each claim citing it, by number, with its
/// verdict's icon, linked to the claim's note; an uncovered mention's icon.
fn refs(file: &FileReport, fi: usize, mark: &Mark, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "<sup class=\"ref\">")?;
    for &(n, v) in &mark.refs {
        let (icon, class) = mention_sign(v);
        let title = format!("{} {}", file.results[n].id, class);
        write!(out, "<a class=\"{class}\" href=\"#{}\" title=\"{}\">{icon}{}</a>", note_id(fi, n), esc(&title), n + 1)?;
    }
    if let Some(kind) = mark.uncovered {
        write!(
            out,
            "<span class=\"uncovered\" title=\"{} not covered by any claim\">{UNCOVERED_SIGN}</span>",
            kind.name()
        )?;
    }
    write!(out, "</sup>")
}
