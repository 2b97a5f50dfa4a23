//! Unit tests of the HTML report's pieces: escaping and the colour contrast
//! of its style sheet.

use super::{esc, STYLE};

#[test]
fn markup_characters_become_entities() {
    assert_eq!(
        esc("<script>alert('x')</script> & \"q\""),
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
    );
    assert_eq!(esc("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
}

#[test]
fn control_and_bidirectional_characters_are_shown_escaped() {
    assert_eq!(esc("a\u{1b}[2Jb\u{202e}c"), "a\\u{1b}[2Jb\\u{202e}c");
    assert_eq!(esc("line\nnext\r"), "line\nnext ");
}

/// The colour `--name` of the style sheet, as red, green and blue.
fn colour(name: &str) -> [f64; 3] {
    let key = format!("--{name}: #");
    let at = STYLE.find(&key).unwrap_or_else(|| panic!("the style sheet defines --{name}")) + key.len();
    let hex = &STYLE[at..at + 6];
    let byte = |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour"));
    [byte(0), byte(2), byte(4)]
}

/// WCAG 2 relative luminance.
fn luminance(rgb: [f64; 3]) -> f64 {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// WCAG 2 contrast ratio of two colours of the style sheet.
fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(colour(a)), luminance(colour(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_colour_pair_meets_wcag_aa() {
    let verdicts = ["conflicting", "unattributed", "supported", "context", "uncovered", "not_found", "accepted"];
    for v in verdicts {
        let (fg, bg) = (format!("{v}-fg"), format!("{v}-bg"));
        assert!(contrast(&fg, &bg) >= 4.5, "{v} badge: {:.2}", contrast(&fg, &bg));
        assert!(contrast(&bg, "paper") >= 4.5, "{v} icon on the page: {:.2}", contrast(&bg, "paper"));
        if STYLE.contains(&format!("--{v}-mark:")) {
            let mark = format!("{v}-mark");
            assert!(contrast("ink", &mark) >= 4.5, "{v} mark: {:.2}", contrast("ink", &mark));
            assert!(contrast("link", &mark) >= 4.5, "link on the {v} mark: {:.2}", contrast("link", &mark));
        }
    }
    for pair in [("ink", "paper"), ("muted", "paper"), ("link", "paper"), ("ink", "pale"), ("link", "pale")] {
        assert!(contrast(pair.0, pair.1) >= 4.5, "{pair:?}: {:.2}", contrast(pair.0, pair.1));
    }
}
