//! HTML character references ("&#163;", "&pound;", "&amp;"): each is written
//! into the scan copy as the character it stands for, right-aligned in the
//! reference's bytes, so "&#163;1.8m" reads as "£1.8m" at the same offsets
//! and no reference's digits read as a figure. The names and their
//! characters come from the WHATWG table in htmlize.

use std::sync::LazyLock;

use regex::Regex;

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
        .expect("reference pattern is valid")
});

/// Decodes every character reference of `text[range]` into `bytes` (the
/// scan copy of `text`, same length). A numeric reference to no character,
/// or a control character, is blanked; an unknown name is left as written.
pub(super) fn decode_references(text: &str, range: std::ops::Range<usize>, bytes: &mut [u8]) {
    let Some(part) = text.get(range.clone()) else { return };
    for m in REFERENCE.find_iter(part) {
        let whole = range.start + m.start()..range.start + m.end();
        let decoded = htmlize::unescape(m.as_str());
        let mut chars = decoded.chars();
        let ch = match (chars.next(), chars.next()) {
            (Some(c), None) if decoded != m.as_str() => c,
            _ => {
                if m.as_str().starts_with("&#") {
                    bytes[whole].fill(b' ');
                }
                continue;
            }
        };
        if ch.is_control() || ch == char::REPLACEMENT_CHARACTER {
            bytes[whole].fill(b' ');
            continue;
        }
        let mut buf = [0u8; 4];
        let encoded = ch.encode_utf8(&mut buf).as_bytes();
        let pad = whole.len().saturating_sub(encoded.len());
        bytes[whole.start..whole.start + pad].fill(b' ');
        bytes[whole.start + pad..whole.end].copy_from_slice(encoded);
    }
}

/// `text` with its character references decoded in place (same length):
/// the scan copy of a claim's figure, so "&#163;8m" reads as "£8m" there too.
pub fn decode_in_place(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    decode_references(text, 0..text.len(), &mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Where the character reference that ends with the first character of a
/// token starts, when the token at `at` begins with a decoded reference:
/// a token's span then covers the reference as written ("&#163;1.8m", not
/// "3;1.8m").
pub fn reference_start(text: &str, scan: &str, at: usize) -> Option<usize> {
    let first = scan.get(at..)?.chars().next()?;
    let end = at + first.len_utf8();
    if text.as_bytes().get(end - 1) != Some(&b';') || scan.get(at..end) == text.get(at..end) {
        return None;
    }
    let from = end.saturating_sub(40);
    let amp = from + text.get(from..end)?.rfind('&')?;
    let reference = REFERENCE.find(text.get(amp..end)?).filter(|m| m.start() == 0 && m.end() == end - amp)?;
    let padded = scan.get(amp..at)?.bytes().all(|b| b == b' ');
    (reference.start() == 0 && padded).then_some(amp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(text: &str) -> String {
        decode_in_place(text)
    }

    #[test]
    fn references_read_as_their_characters_at_the_same_offsets() {
        assert_eq!(decode("a &#163;1.8m fine"), "a     £1.8m fine");
        assert_eq!(decode("M&amp;S &pound;5 &#x20AC;3 &hellip;"), "M    &S      £5      €3      …");
        assert_eq!(decode("&#0; &bogus; x"), "     &bogus; x");
        assert_eq!(decode("a &eacute;t&eacute;"), "a       ét      é");
    }

    #[test]
    fn a_token_that_opens_with_a_reference_starts_where_the_reference_does() {
        let text = "It cost &#163;1,000 and &pound;2,500.";
        let scan = decode(text);
        let pound = scan.find('£').unwrap();
        assert_eq!(reference_start(text, &scan, pound), Some(text.find("&#163;").unwrap()));
        let second = scan.rfind('£').unwrap();
        assert_eq!(reference_start(text, &scan, second), Some(text.find("&pound;").unwrap()));
        assert_eq!(reference_start(text, &scan, text.find("It").unwrap()), None);
    }
}
