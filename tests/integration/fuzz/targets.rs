//! The fuzz targets and their oracles: reading and extracting an article;
//! parsing a claims file; reading a figure or a date field; checking claims
//! against an article through every format; reading a baseline and
//! diffing reports.

use std::path::Path;
use std::sync::LazyLock;

use claimcheck::article::Article;
use claimcheck::claims::parse_claims;
use claimcheck::extract::date::parse_date;
use claimcheck::extract::figure::parse_figure;
use claimcheck::extract::{index_article, read_facts};
use claimcheck::matching::WordIndex;
use claimcheck::report::excerpt::is_unsafe;
use claimcheck::report::{baseline, build_file, clean, diff, render, Format, RenderOptions, Report};
use claimcheck::source::utf8_text;
use claimcheck::verdict::{judge, Settings, Verdict};

use super::{fuzz, repo_file, Target};

/// The failing verdicts of the default `--fail-on`.
const FAIL_ON: [Verdict; 3] = [Verdict::Conflicting, Verdict::Unattributed, Verdict::NotFound];

/// Asserts that `text`, shown on a terminal or a log, is inert: no unsafe
/// character but line ends, and no line that starts a workflow command
/// unless `commands` allows ours. annotate-snippets' `::: path` (a further
/// snippet's origin) names no command.
fn assert_inert(what: &str, text: &str, commands: bool) {
    assert!(!text.chars().any(|c| is_unsafe(c) && c != '\n'), "{what}: an unsafe character in {text:?}");
    for line in text.lines() {
        let ours = commands && (line.starts_with("::error ") || line.starts_with("::warning "));
        let start = line.trim_start();
        let origin = start.starts_with("::: ");
        assert!(ours || origin || !start.starts_with("::"), "{what}: a line starts a command: {line:?}");
        if commands {
            assert!(ours || line.starts_with("claimcheck: "), "{what}: not one of our lines: {line:?}");
        }
    }
}

/// The HTML tags the Markdown report writes itself.
const OUR_TAGS: &[&str] = &["details>", "/details>", "summary>", "/summary>", "b>", "/b>", "code>", "/code>"];

fn assert_no_raw_html(markdown: &str) {
    for (i, _) in markdown.match_indices('<') {
        let rest = &markdown[i + 1..];
        assert!(OUR_TAGS.iter().any(|t| rest.starts_with(t)), "raw HTML from input: {:?}", &rest[..rest.len().min(40)]);
    }
}

/// A small article: the start of the example, cut at a line end.
fn small_article() -> Vec<u8> {
    let text = String::from_utf8(repo_file("article/iskp-moscow.txt")).expect("UTF-8");
    let end = text[..4000.min(text.len())].rfind('\n').unwrap_or(text.len());
    text.as_bytes()[..end].to_vec()
}

/// Seeds with multi-byte punctuation and hostile text.
fn punctuation_seeds() -> Vec<Vec<u8>> {
    [
        "He said Britain’s economy grew 3% last year.\n\nManchester City’s manager said “it’s 1 000 — or 10–20…”.\n",
        "Officials said the attack killed 137 people\u{202e} \u{1b}[2J ::error::x\n\n‘Quote’ — “more than 140”.\n",
        "The UN (U.N.) said up to 6\u{a0}000 fighters, according to the Armed Conflict Location and Event Data Project (ACLED).\n",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

/// Reads `input` as an article, and when it is no UTF-8, reads it again
/// with the bad bytes replaced, so every input reaches the extractors.
fn article_run(input: &[u8]) {
    let article = Article::from_bytes("a.txt".into(), input.to_vec())
        .or_else(|_| Article::from_bytes("a.txt".into(), String::from_utf8_lossy(input).into_owned().into_bytes()));
    let Ok(article) = article else { return };
    let report = claimcheck::report::extract::ExtractReport {
        files: vec![claimcheck::report::extract::build(&article, read_facts(&article, None), 0.1)],
        errors: Vec::new(),
    };
    let mut text = Vec::new();
    claimcheck::report::extract::render_text(&report, &mut text).expect("writes to memory");
    assert_inert("extract text", &String::from_utf8(text).expect("UTF-8"), false);
    let mut json = Vec::new();
    claimcheck::report::extract::render_json(&report, &mut json).expect("writes to memory");
    serde_json::from_slice::<serde_json::Value>(&json).expect("extract JSON parses");
}

#[test]
fn article_reading_and_extraction() {
    let mut seeds = vec![small_article()];
    seeds.extend(punctuation_seeds());
    fuzz(Target { name: "article", seeds, run: article_run });
}

fn claims_run(input: &[u8]) {
    let path = Path::new("c.json");
    let result = utf8_text(path, input.to_vec()).and_then(|text| parse_claims(path, &text, None));
    if let Err(e) = result {
        let message = clean(&e.to_string());
        assert!(!message.is_empty() && !message.contains('\n'), "one line: {message:?}");
    }
}

#[test]
fn claims_file_parsing() {
    let seeds = vec![repo_file("claims/iskp-moscow.json"), repo_file("claims/iskp-attribution.json")];
    fuzz(Target { name: "claims", seeds, run: claims_run });
}

fn fields_run(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let _ = parse_figure(&text);
    let _ = parse_date(&text, None);
    let _ = parse_date(&text, jiff::civil::Date::new(2024, 3, 31).ok());
}

#[test]
fn figure_and_date_fields() {
    let seeds = [
        "137",
        "more than 2,200",
        "£1.5bn",
        "1 000 people",
        "between 10 and 20",
        "about 96%",
        "late 2021",
        "22 March",
        "2024-03",
        "the 1990s",
        "Aug. 26",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    fuzz(Target { name: "fields", seeds, run: fields_run });
}

/// The claim checked when the input's claims do not parse.
const DEFAULT_CLAIMS: &str =
    r#"{"claims": [{"id": "c", "statement": "The attack killed 137 people.", "figure": "137"}]}"#;

/// Checks the claims before the first NUL of `input` (or, when they do not
/// parse, a default claim) against the article after it (read as UTF-8
/// with bad bytes replaced, so every input reaches the checker), and
/// renders the report in every format, each read back by its own kind of
/// parser.
fn check_run(input: &[u8]) {
    let (claims, article) = match input.iter().position(|&b| b == 0) {
        Some(i) => (String::from_utf8_lossy(&input[..i]).into_owned(), &input[i + 1..]),
        None => (DEFAULT_CLAIMS.to_string(), input),
    };
    let path = Path::new("c.json");
    let Ok(file) = parse_claims(path, &claims, None).or_else(|_| parse_claims(path, DEFAULT_CLAIMS, None)) else {
        panic!("the default claims parse");
    };
    let article = String::from_utf8_lossy(article).into_owned().into_bytes();
    let Ok(article) = Article::from_bytes("a.txt".into(), article) else { return };
    let index = index_article(&article, file.published);
    let words = WordIndex::new(&index);
    let judgements: Vec<_> = file.claims.iter().map(|c| (c, judge(c, &index, &words, Settings::default()))).collect();
    for (claim, j) in &judgements {
        assert_inert(
            "explain",
            &claimcheck::report::explain::explain(&file, &article, &index, &words, claim, j),
            false,
        );
    }
    let files = vec![build_file(&file, &article, &index, &judgements)];
    let report = Report::new(files, FAIL_ON.to_vec());
    for format in
        [Format::Text, Format::Json, Format::Markdown, Format::Github, Format::Sarif, Format::Junit, Format::Html]
    {
        let options = RenderOptions { format, ..RenderOptions::default() };
        let mut out = Vec::new();
        render(&report, &options, &mut out).expect("writes to memory");
        let text = String::from_utf8(out).expect("UTF-8");
        match format {
            Format::Text => assert_inert("text", &text, false),
            Format::Markdown => {
                assert_inert("markdown", &text, false);
                assert_no_raw_html(&text);
            }
            Format::Github => assert_inert("github", &text, true),
            Format::Json | Format::Sarif => {
                assert!(!text.chars().any(|c| c >= '\u{7f}' && is_unsafe(c)), "{format:?}: raw bidi or C1");
                serde_json::from_str::<serde_json::Value>(&text).expect("JSON and SARIF parse");
            }
            Format::Junit => {
                roxmltree::Document::parse(&text).expect("JUnit is XML");
            }
            Format::Html => {
                crate::html::inert(&text);
            }
        }
    }
}

#[test]
fn one_check_through_every_format() {
    let article = small_article();
    let example: serde_json::Value = serde_json::from_slice(&repo_file("claims/iskp-moscow.json")).expect("JSON");
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for claim in example["claims"].as_array().into_iter().flatten().take(8) {
        let mut seed = serde_json::json!({"published": "2024-03-31", "claims": [claim]}).to_string().into_bytes();
        seed.push(0);
        seed.extend(&article);
        seeds.push(seed);
    }
    for text in punctuation_seeds() {
        let claims = r#"{"claims": [{"id": "q", "statement": "He said it.", "quote": "it’s 1 000", "source": "UN", "figure": "137"}]}"#;
        let mut seed = claims.as_bytes().to_vec();
        seed.push(0);
        seed.extend(text);
        seeds.push(seed);
    }
    fuzz(Target { name: "check", seeds, run: check_run });
}

/// The example's JSON report, for `diff` against each input.
static EXAMPLE: LazyLock<baseline::SavedReport> = LazyLock::new(|| {
    let text = String::from_utf8(baseline_seed()).expect("UTF-8");
    baseline::parse(Path::new("old.json"), &text).expect("the example report reads back")
});

/// A JSON report of a check of some example claims.
fn baseline_seed() -> Vec<u8> {
    let mut input = br#"{"claims": [{"id": "a", "statement": "The attack killed 137 people.", "about": ["killed"], "figure": "137"},
      {"id": "b", "statement": "The UN says 6,000 fighters.", "about": ["fighters"], "figure": "6,000", "source": "UN"}]}"#
        .to_vec();
    input.push(0);
    input.extend(small_article());
    let (claims, article) = input.split_at(input.iter().position(|&b| b == 0).unwrap_or(0));
    let file = parse_claims(Path::new("c.json"), &String::from_utf8_lossy(claims), None).expect("claims parse");
    let article = Article::from_bytes("a.txt".into(), article[1..].to_vec()).expect("article reads");
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    let judgements: Vec<_> = file.claims.iter().map(|c| (c, judge(c, &index, &words, Settings::default()))).collect();
    let files = vec![build_file(&file, &article, &index, &judgements)];
    let report = Report::new(files, FAIL_ON.to_vec());
    let mut out = Vec::new();
    render(&report, &RenderOptions { format: Format::Json, ..RenderOptions::default() }, &mut out).expect("renders");
    out
}

fn baseline_run(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let Ok(new) = baseline::parse(Path::new("new.json"), &text) else { return };
    for (old, new) in [(&*EXAMPLE, &new), (&new, &*EXAMPLE)] {
        let changes = diff::compare(old, new, &FAIL_ON);
        let mut out = Vec::new();
        diff::render(&changes, false, &mut out).expect("writes to memory");
        assert_inert("diff", &String::from_utf8(out).expect("UTF-8"), false);
    }
}

#[test]
fn baseline_and_diff_parsing() {
    fuzz(Target { name: "baseline", seeds: vec![baseline_seed()], run: baseline_run });
}
