//! What of an article is text: a same-length copy of it with everything
//! else blanked. Markdown is read by pulldown-cmark, whose offset iterator
//! gives every piece of text with its bytes in the file: text, inline code
//! and HTML are kept; markup, link targets, autolinks, fenced code and YAML
//! or TOML front matter are blanked. In HTML, tags and comments are blanked
//! and so are the contents of `<script>` and `<style>`; a block tag (`<p>`,
//! `</div>`, `<br>`) becomes a paragraph break. Bare URLs are blanked, since
//! their digits would read as figures, and character references are decoded
//! (see [`super::entities`]). Line ends are always kept, and plain text
//! passes through unchanged but for bare URLs and references.

use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::entities::decode_references;

/// The text of `text` with all markup replaced by spaces (same byte length).
pub(super) fn mask_markup(text: &str) -> String {
    let mut bytes: Vec<u8> = text.bytes().map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' }).collect();
    let mut html = Vec::new();
    for range in text_ranges(text, &mut html) {
        bytes[range.clone()].copy_from_slice(&text.as_bytes()[range]);
    }
    for range in &html {
        mask_html(text, range.clone(), &mut bytes);
    }
    for m in BARE_URL.find_iter(text) {
        if bytes[m.start()] != b' ' {
            blank(&mut bytes, m.range());
        }
    }
    decode_references(text, 0..text.len(), &mut bytes);
    // Only ASCII bytes or whole characters were replaced.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

static BARE_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://[^\s)\]>]+").expect("URL pattern is valid"));

/// Spaces over `range`, line ends kept.
fn blank(bytes: &mut [u8], range: Range<usize>) {
    for b in &mut bytes[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// The byte ranges of `text` that are text, as pulldown-cmark reads it;
/// the ranges of HTML go to `html` as well, to have their tags blanked.
fn text_ranges(text: &str, html: &mut Vec<Range<usize>>) -> Vec<Range<usize>> {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut kept = Vec::new();
    let (mut hidden, mut autolinks) = (0usize, 0usize);
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            // An indented block in plain text is a paragraph, not code.
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_)) | Tag::MetadataBlock(_)) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_)) => hidden = hidden.saturating_sub(1),
            Event::Start(Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }) => autolinks += 1,
            Event::End(TagEnd::Link) => autolinks = autolinks.saturating_sub(1),
            // "2004. It was": an ordered list's number of more than three
            // digits is more likely a year that opens a paragraph, and "192."
            // alone a number that ends a sentence.
            Event::Start(Tag::Item) => {
                let item = &text[range.clone()];
                let digits = item.bytes().take_while(u8::is_ascii_digit).count();
                let empty = item.get(digits + 1..).is_some_and(|rest| rest.trim().is_empty());
                if digits > 0 && (digits > 3 || empty) {
                    kept.push(range.start..range.start + digits + 1);
                }
            }
            Event::Text(_) if hidden == 0 && autolinks == 0 => kept.push(range),
            Event::Code(_) if hidden == 0 => {
                let inner = text[range.clone()].trim_matches('`');
                let start = range.start + text[range.clone()].find(inner).unwrap_or(0);
                kept.push(start..start + inner.len());
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                kept.push(range.clone());
                html.push(range);
            }
            _ => {}
        }
    }
    kept
}

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?is)<(script|style)\b[^>]*>.*?</(?:script|style)\s*>", // code and style sheets, whole
        r"|<!--.*?-->",                                           // comments
        r"|</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>",                   // tags
    ))
    .expect("tag pattern is valid")
});

/// HTML elements that end a paragraph.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "p" | "div"
            | "br"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "title"
            | "body"
            | "head"
            | "html"
    )
}

/// Blanks the tags, comments, scripts and style sheets of the HTML at
/// `range`; a block tag becomes a paragraph break.
fn mask_html(text: &str, range: Range<usize>, bytes: &mut [u8]) {
    for c in TAG.captures_iter(&text[range.clone()]) {
        let Some(whole) = c.get(0) else { continue };
        let at = range.start + whole.start()..range.start + whole.end();
        blank(bytes, at.clone());
        if c.get(2).is_some_and(|name| is_block_tag(name.as_str())) && at.len() >= 3 {
            bytes[at.start] = b'\n';
            bytes[at.start + 1] = b'\n';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_blanked_with_offsets_kept() {
        let text = "# Title 2024\n\n**137** killed, see [UN data](https://x.org/2021/6000).\n- item 3\n";
        let masked = mask_markup(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked.lines().next(), Some("  Title 2024"));
        assert!(masked.contains("  137   killed, see  UN data"), "{masked:?}");
        assert!(!masked.contains("6000"));
        assert!(masked.contains("  item 3"));
    }

    #[test]
    fn underscores_inside_words_survive() {
        assert_eq!(mask_markup("snake_case and _emph_"), "snake_case and  emph ");
    }

    #[test]
    fn plain_text_passes_through() {
        let text =
            "Profits rose 5% to £2bn (M&S; AT&T) in 2004.\n\n    An indented line stays.\n\n2004. A year opens this.\n";
        assert_eq!(mask_markup(text), text);
    }

    #[test]
    fn front_matter_is_no_text() {
        let text = "---\ntitle: Results 2004\nviews: 1200\n---\n\nSales rose 5%.\n";
        let masked = mask_markup(text);
        assert!(!masked.contains("1200") && !masked.contains("2004"), "{masked:?}");
        assert!(masked.contains("Sales rose 5%."));
        let text = "+++\nviews = 1200\n+++\n\nSales rose 5%.\n";
        assert!(!mask_markup(text).contains("1200"));
    }

    #[test]
    fn html_keeps_its_text_and_drops_scripts_styles_and_tags() {
        let text = "<html><head><style>p { width: 400px }</style><script>var n = 77;</script></head>\n<body><p>It cost &pound;2,500 and &#163;1,000.</p><p>Then 40 more.</p></body></html>\n";
        let masked = mask_markup(text);
        assert_eq!(masked.len(), text.len());
        assert!(!masked.contains("400") && !masked.contains("77"), "{masked:?}");
        assert!(masked.contains("It cost      £2,500 and     £1,000."), "{masked:?}");
        assert!(masked.contains("\n\n Then 40 more."), "{masked:?}");
    }

    #[test]
    fn fenced_code_and_autolinks_are_no_text() {
        let text = "Before.\n\n```\nlet x = 42;\n```\n\nSee <https://example.org/2021/99> now.\n";
        let masked = mask_markup(text);
        assert!(!masked.contains("42") && !masked.contains("99"), "{masked:?}");
    }
}
