//! Fits a rendered diagnostic to the terminal's width. annotate-snippets
//! trims the article line around the mention, but not the label after the
//! underline nor a note: those are wrapped here at word boundaries, each
//! continuation indented under the text it continues, in the label's style.

use std::sync::LazyLock;

use regex::Regex;

/// An underline line: the gutter (`  5 |`), the markers, then the label.
static UNDERLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*\d*\s*\|\s*)([\^\-]+) (.+)$").expect("the underline pattern compiles"));

/// A note line (`  = note: …`) or a title (`error[conflicting]: …`): its
/// words continue under the text after the prefix.
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*= [a-z]+: |(?:error|warning|note)\[[a-z_]+\]: )(.+)$").expect("the note pattern compiles")
});

/// The fewest columns a label keeps beside its underline before it moves
/// below it.
const MIN_LABEL: usize = 24;

/// `rendered` with every line wider than `width` columns wrapped.
pub fn fit(rendered: &str, width: usize) -> String {
    let mut out = String::with_capacity(rendered.len());
    for (i, line) in rendered.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        fit_line(line, width, &mut out);
    }
    out
}

/// A rendered line as its visible characters, each with its byte offset;
/// terminal escape sequences (`ESC [ … letter`) take no column.
fn visible(line: &str) -> Vec<(usize, char)> {
    let mut out = Vec::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek().is_some_and(|&(_, n)| n == '[') {
                chars.next();
                while chars.next().is_some_and(|(_, n)| !n.is_ascii_alphabetic()) {}
            }
            continue;
        }
        out.push((at, c));
    }
    out
}

/// The escape sequences of `raw`, in order: the style they set.
fn escapes(raw: &str) -> String {
    let kept: Vec<(usize, char)> = visible(raw);
    let mut out = String::new();
    let mut from = 0;
    for &(at, c) in &kept {
        out.push_str(&raw[from..at]);
        from = at + c.len_utf8();
    }
    out.push_str(&raw[from..]);
    out
}

fn fit_line(line: &str, width: usize, out: &mut String) {
    let vis = visible(line);
    if vis.len() <= width {
        out.push_str(line);
        return;
    }
    let text: String = vis.iter().map(|&(_, c)| c).collect();
    // Byte offset in `line` of the visible character at char index `n`.
    let byte_of = |n: usize| vis.get(n).map_or(line.len(), |&(at, _)| at);
    let char_index = |byte_in_text: usize| text[..byte_in_text].chars().count();
    let (head_end, body_start, gutter_end) = if let Some(c) = UNDERLINE.captures(&text) {
        let gutter = c.get(1).map_or(0, |m| char_index(m.end()));
        let label = c.get(3).map_or(0, |m| char_index(m.start()));
        let markers = c.get(2).map_or(0, |m| char_index(m.start()));
        if label + MIN_LABEL <= width {
            (label, label, gutter)
        } else {
            // Too little room beside the underline: the label goes below it,
            // under the markers when they leave room, else after the gutter.
            let indent = if markers + MIN_LABEL <= width { markers } else { gutter };
            (label.saturating_sub(1), indent, gutter)
        }
    } else if let Some(c) = NOTE.captures(&text) {
        let body = c.get(2).map_or(0, |m| char_index(m.start()));
        (body, body, 0)
    } else {
        out.push_str(line);
        return;
    };
    // The continuation's gutter: the line's own, its line number blanked,
    // its styles kept.
    let mut gutter = String::new();
    let mut from = 0;
    for &(at, c) in vis.iter().take(gutter_end) {
        gutter.push_str(&line[from..at]);
        gutter.push(if c.is_ascii_digit() { ' ' } else { c });
        from = at + c.len_utf8();
    }
    gutter.push_str(&line[from..byte_of(gutter_end)]);
    let style = escapes(&line[byte_of(gutter_end)..byte_of(head_end)]);
    let reset = if style.is_empty() && escapes(line).is_empty() { "" } else { "\u{1b}[0m" };
    let body: String = vis[head_end.min(vis.len())..].iter().map(|&(_, c)| c).collect();
    let body = body.trim();
    let continuation = format!("{gutter}{}{style}", " ".repeat(body_start.saturating_sub(gutter_end)));
    let first_room = if body_start == head_end { width.saturating_sub(head_end) } else { 0 };
    let room = width.saturating_sub(body_start).max(MIN_LABEL);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in body.split(' ').filter(|w| !w.is_empty()) {
        let limit = if lines.is_empty() && body_start == head_end { first_room } else { room };
        let wanted = current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && wanted > limit {
            lines.push(std::mem::take(&mut current));
        } else if current.is_empty() && lines.is_empty() && body_start != head_end {
            // The label starts on a line of its own.
            lines.push(String::new());
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    lines.push(current);
    out.push_str(&line[..byte_of(head_end)]);
    for (k, piece) in lines.iter().enumerate() {
        if k == 0 {
            if !piece.is_empty() {
                out.push_str(piece);
            }
        } else {
            out.push_str(reset);
            out.push('\n');
            out.push_str(&continuation);
            out.push_str(piece);
        }
    }
    out.push_str(reset);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widest(text: &str) -> usize {
        text.lines().map(|l| visible(l).len()).max().unwrap_or(0)
    }

    #[test]
    fn a_short_line_is_left_alone() {
        let line = "  5 |   ^^^ conflicting: article says 12; claim says 21";
        assert_eq!(fit(line, 100), line);
    }

    #[test]
    fn a_long_label_wraps_under_itself() {
        let line = format!(
            "  5 | ...the ferry carried 412 people... \n    |                     ^^^ {}",
            "word ".repeat(30).trim()
        );
        let fitted = fit(&line, 60);
        assert!(widest(&fitted) <= 60, "{fitted}");
        let lines: Vec<&str> = fitted.lines().collect();
        assert_eq!(lines[0], "  5 | ...the ferry carried 412 people... ");
        assert!(lines[1].starts_with("    |                     ^^^ word"), "{fitted}");
        // Continuations start where the label starts, with the gutter bar.
        assert!(lines[2].starts_with("    |                         word"), "{fitted}");
        assert_eq!(fitted.matches("word").count(), 30, "no word is lost");
    }

    #[test]
    fn a_label_beside_a_wide_underline_moves_below_it() {
        let line = format!("12 | {} conflicting: the article quotes other words here", "^".repeat(50));
        let fitted = fit(&line, 60);
        assert!(widest(&fitted) <= 60, "{fitted}");
        let lines: Vec<&str> = fitted.lines().collect();
        assert_eq!(lines[0], format!("12 | {}", "^".repeat(50)));
        assert!(lines[1].starts_with("   | conflicting:"), "the line number is blanked: {fitted}");
    }

    #[test]
    fn a_note_wraps_after_its_prefix() {
        let line = format!("   = note: claim at c.json:3:6: {}", "a long statement ".repeat(8).trim());
        let fitted = fit(&line, 50);
        assert!(widest(&fitted) <= 50, "{fitted}");
        assert!(fitted.lines().skip(1).all(|l| l.starts_with("           ")), "{fitted}");
    }

    #[test]
    fn a_title_wraps_after_its_level() {
        let line = "error[conflicting]: `ferry-toll` conflicts with the article on figure and source";
        let fitted = fit(line, 50);
        assert!(widest(&fitted) <= 50, "{fitted}");
        assert!(fitted.lines().nth(1).is_some_and(|l| l.starts_with("                    ")), "{fitted}");
    }

    #[test]
    fn styles_take_no_column_and_carry_over() {
        let red = "\u{1b}[1m\u{1b}[91m";
        let line = format!("\u{1b}[94m  |\u{1b}[0m {red}^^ {}\u{1b}[0m", "red words ".repeat(12).trim());
        let fitted = fit(&line, 40);
        assert!(widest(&fitted) <= 40, "{fitted:?}");
        for continuation in fitted.lines().skip(1) {
            assert!(continuation.contains(red), "the label's style goes on: {continuation:?}");
            assert!(continuation.ends_with("\u{1b}[0m"), "{continuation:?}");
        }
    }
}
