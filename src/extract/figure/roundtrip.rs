//! Property tests: any number written with digits, separators, scale words
//! or suffixes, or in words, reads back as the same figure.

use proptest::prelude::*;

use super::{parse_figure, FigureKind, Qualifier};

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// A number below a thousand in words, British style: "one hundred and
/// twenty-one".
fn below_thousand(n: u64) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let tail = match rest {
        0 => String::new(),
        r if r < 20 => UNITS[r as usize].to_string(),
        r if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
        r => format!("{}-{}", TENS[(r / 10) as usize], UNITS[(r % 10) as usize]),
    };
    match (hundreds, tail.is_empty()) {
        (0, _) => tail,
        (h, true) => format!("{} hundred", UNITS[h as usize]),
        (h, false) => format!("{} hundred and {tail}", UNITS[h as usize]),
    }
}

/// A whole number in words: "two million three hundred and four thousand".
fn in_words(n: u64) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    let groups = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"), (1, "")];
    let mut parts = Vec::new();
    let mut rest = n;
    for (size, name) in groups {
        let g = rest / size;
        rest %= size;
        if g > 0 {
            let words = below_thousand(g);
            parts.push(if name.is_empty() { words } else { format!("{words} {name}") });
        }
    }
    parts.join(" ")
}

/// Digits with a separator between thousands groups: "1,234,567".
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn value_of(text: &str) -> f64 {
    let figure = parse_figure(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(figure.kind, FigureKind::Number, "{text:?}");
    figure.value.unwrap_or_else(|| panic!("{text:?} has no value"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #[test]
    // From two: "one" alone is read as the pronoun ("a tough one.").
    fn whole_numbers_in_every_style(n in 2u64..1_000_000_000_000) {
        for text in [n.to_string(), grouped(n, ","), grouped(n, " "), grouped(n, "\u{202f}"), in_words(n)] {
            prop_assert!(close(value_of(&text), n as f64), "{text:?} read as {}", value_of(&text));
        }
    }

    #[test]
    fn decimals_with_separators(whole in 0u64..10_000_000, hundredths in 1u64..100) {
        let text = format!("{}.{hundredths:02}", grouped(whole, ","));
        let expected = whole as f64 + hundredths as f64 / 100.0;
        prop_assert!(close(value_of(&text), expected), "{text:?}");
    }

    #[test]
    fn scale_words_and_suffixes(tenths in 10u64..10_000, scale in 0usize..4) {
        let (word, suffix, factor) = [("thousand", "k", 1e3), ("million", "m", 1e6), ("billion", "bn", 1e9), ("trillion", "tn", 1e12)][scale];
        let mantissa = tenths as f64 / 10.0;
        let expected = mantissa * factor;
        for text in [format!("{mantissa} {word}"), format!("{mantissa}{suffix}"), format!("£{mantissa}{suffix}")] {
            let figure = parse_figure(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            prop_assert!(close(figure.value.unwrap_or(f64::NAN), expected), "{text:?}");
        }
    }

    #[test]
    fn negative_numbers(n in 2u64..1_000_000) {
        for text in [format!("-{n}"), format!("minus {}", in_words(n))] {
            prop_assert!(close(value_of(&text), -(n as f64)), "{text:?}");
        }
    }

    #[test]
    fn qualifiers_keep_the_number(n in 2u64..1_000_000, q in 0usize..6) {
        let (words, qualifier) = [
            ("more than", Qualifier::Above),
            ("at least", Qualifier::AtLeast),
            ("up to", Qualifier::UpTo),
            ("fewer than", Qualifier::Below),
            ("almost", Qualifier::Almost),
            ("about", Qualifier::About),
        ][q];
        for number in [grouped(n, ","), in_words(n)] {
            let text = format!("{words} {number}");
            let figure = parse_figure(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            prop_assert_eq!(figure.qualifier, qualifier, "{}", text);
            prop_assert!(close(figure.value.unwrap_or(f64::NAN), n as f64), "{text:?}");
        }
    }

    #[test]
    fn percentages_and_money(n in 1u64..100_000) {
        for (text, kind) in [(format!("{n}%"), FigureKind::Percent), (format!("{n} per cent"), FigureKind::Percent), (format!("${}", grouped(n, ",")), FigureKind::Money)] {
            let figure = parse_figure(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            prop_assert_eq!(figure.kind, kind);
            prop_assert!(close(figure.value.unwrap_or(f64::NAN), n as f64), "{text:?}");
        }
    }
}

#[test]
fn the_renderers_write_what_news_writes() {
    assert_eq!(in_words(2_304_121), "two million three hundred and four thousand one hundred and twenty-one");
    assert_eq!(grouped(1_234_567, ","), "1,234,567");
}
