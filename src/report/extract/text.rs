//! The readable text of `claimcheck extract`: one line per figure, date,
//! attribution and quote, with its position and how it was read.

use std::io::{self, Write};

use super::ExtractReport;
use crate::report::clean;

fn bound(v: Option<f64>, inclusive: bool, lower: bool) -> String {
    match (v, lower) {
        (None, true) => "(-∞".to_string(),
        (None, false) => "∞)".to_string(),
        (Some(v), true) => format!("{}{}", if inclusive { "[" } else { "(" }, number(v)),
        (Some(v), false) => format!("{}{}", number(v), if inclusive { "]" } else { ")" }),
    }
}

/// A number without a needless fraction: 137, 1500000, 0.5.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Writes the report as readable text: one line per figure, date,
/// attribution and quote, with its position and how it was read.
pub fn render_text(report: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    for (n, file) in report.files.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", clean(&file.path))?;
        writeln!(out, "  figures ({})", file.figures.len())?;
        for f in &file.figures {
            let interval = format!("{}, {}", bound(f.min, f.min_inclusive, true), bound(f.max, f.max_inclusive, false));
            let kind = format!("{:?}", f.kind).to_lowercase();
            let mut line =
                format!("    {:>5}:{:<4} {:<28} {:<8} {:<26}", f.line, f.column, clean(&f.text), kind, interval);
            if let Some(u) = &f.unit {
                line += &format!(" unit {}", clean(u));
            }
            if let Some(q) = &f.qualifier {
                line += &format!(" ({})", clean(q));
            }
            if let Some(role) = f.role {
                line += &format!(" role {}", format!("{role:?}").to_lowercase());
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        writeln!(out, "  not figures ({})", file.rejected.len())?;
        for r in &file.rejected {
            writeln!(out, "    {:>5}:{:<4} {:<28} {}", r.line, r.column, clean(&r.text), r.rule)?;
        }
        writeln!(out, "  dates ({})", file.dates.len())?;
        for d in &file.dates {
            let rule =
                serde_json::to_value(d.year_rule).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            let granularity = format!("{:?}", d.granularity).to_lowercase();
            writeln!(
                out,
                "    {:>5}:{:<4} {:<28} {:<24} {:<8} year: {}",
                d.line,
                d.column,
                clean(&d.text),
                d.date.as_deref().unwrap_or("?"),
                granularity,
                rule.replace('_', " ")
            )?;
        }
        writeln!(out, "  attributions ({})", file.attributions.len())?;
        for a in &file.attributions {
            let who = match (&a.source, &a.subject) {
                (Some(s), Some(p)) if a.speaker == "pronoun" => format!("{} (\"{p}\")", clean(s)),
                (Some(s), _) => clean(s),
                (None, Some(d)) => format!("({}: {})", a.speaker, clean(d)),
                (None, None) => "(unnamed)".to_string(),
            };
            let mut line = format!("    {:>5}:{:<4} {who} <- {}", a.line, a.column, clean(&a.cue));
            if let Some(v) = &a.via {
                line += &format!(", via {}", clean(v));
            }
            if let Some(f) = &a.affiliation {
                line += &format!(", of {}", clean(f));
            }
            if !a.aliases.is_empty() {
                line += &format!(", also {}", clean(&a.aliases.join(", ")));
            }
            writeln!(out, "{line}")?;
            let covered: Vec<String> =
                [("figure", &a.covers.figures), ("date", &a.covers.dates), ("quote", &a.covers.quotes)]
                    .iter()
                    .flat_map(|(what, places)| {
                        places.iter().map(move |p| format!("{what} \"{}\" {}:{}", clean(&p.text), p.line, p.column))
                    })
                    .collect();
            if !covered.is_empty() {
                writeln!(out, "                 covers {}", covered.join(", "))?;
            }
        }
        writeln!(out, "  quotes ({})", file.quotes.len())?;
        for q in &file.quotes {
            writeln!(out, "    {:>5}:{:<4} \"{}\"", q.line, q.column, clean(&q.text))?;
        }
    }
    for e in &report.errors {
        writeln!(out, "error: {}", e.line())?;
    }
    Ok(())
}
