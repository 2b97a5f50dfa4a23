//! The HTML report (`--format html`): a snapshot of the example's page, the
//! page read back as XML (every mark, note and link where it should be,
//! nothing that runs or fetches), hostile text kept inert, several claims
//! files, `lint` and `--coverage`; and, when Chromium is installed, the page
//! opened in a real browser.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::{code, root, run, run_in, stderr, stdout};

fn html(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--format", "html"]);
    let out = run(&all);
    assert!(matches!(code(&out), Some(0 | 1)), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Checks what no page may hold: a script, an event handler, a link out of
/// the page, an element or attribute from the input; returns the parsed
/// page's marks (class, text) and the ids of its notes (claim ids).
pub fn inert(page: &str) -> (Vec<(String, String)>, Vec<String>) {
    let doc = roxmltree::Document::parse_with_options(
        page,
        roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() },
    )
    .expect("the HTML report is well-formed XML");
    let allowed = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "table", "tr", "th", "td",
        "span", "a", "code", "main", "section", "div", "aside", "b", "i", "ul", "li", "mark", "sup", "del", "ins",
    ];
    let ids: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("id")).collect();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(allowed.contains(&name), "unexpected element <{name}>");
        for attr in node.attributes() {
            assert!(!attr.name().starts_with("on"), "event handler {}", attr.name());
            assert!(
                [
                    "class",
                    "id",
                    "href",
                    "title",
                    "lang",
                    "charset",
                    "name",
                    "content",
                    "http-equiv",
                    "aria-hidden",
                    "data-span"
                ]
                .contains(&attr.name()),
                "unexpected attribute {}",
                attr.name()
            );
        }
        if let Some(href) = node.attribute("href") {
            let target = href.strip_prefix('#').unwrap_or_else(|| panic!("a link out of the page: {href}"));
            assert!(ids.contains(&target), "a link to nowhere: {href}");
        }
    }
    let marks = doc
        .descendants()
        .filter(|n| n.has_tag_name("mark") && n.ancestors().any(|a| a.attribute("class") == Some("text")))
        .map(|n| (n.attribute("class").unwrap_or("").to_string(), n.text().unwrap_or("").to_string()))
        .collect();
    let claims = doc
        .descendants()
        .filter(|n| n.has_tag_name("aside"))
        .filter_map(|n| n.descendants().find(|c| c.has_tag_name("code")).and_then(|c| c.text()).map(str::to_string))
        .collect();
    (marks, claims)
}

#[test]
fn example_snapshot() {
    insta::assert_snapshot!("iskp_html", html(&["check", "claims/iskp-moscow.json"]));
}

#[test]
fn the_page_is_the_same_bytes_each_run() {
    assert_eq!(html(&["check", "claims/iskp-moscow.json"]), html(&["check", "claims/iskp-moscow.json"]));
}

#[test]
fn every_claim_has_a_note_and_every_cited_place_a_mark() {
    let page = html(&["check", "claims/iskp-moscow.json"]);
    let (marks, notes) = inert(&page);
    let report: serde_json::Value =
        serde_json::from_slice(&run(&["check", "claims/iskp-moscow.json", "--format", "json"]).stdout).expect("JSON");
    let results = report["files"][0]["results"].as_array().expect("results");
    let ids: Vec<&str> = results.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(notes.len(), ids.len(), "one note per claim");
    for id in &ids {
        assert!(notes.iter().any(|n| n == id), "no note for {id}");
    }
    let marked: Vec<&str> = marks.iter().map(|(_, t)| t.as_str()).collect();
    assert!(marked.contains(&"more than 140"), "{marked:?}");
    assert!(marks.contains(&("conflicting".into(), "more than 140".into())));
    assert!(marks.iter().any(|(class, _)| class == "supported"));
    // Failing claims come first in the summary table.
    let table = &page[page.find("<table class=\"claims\">").expect("claims table")..];
    let first_supported = table.find("badge supported").expect("a supported row");
    assert_eq!(table[..first_supported].matches("fails-tag").count(), 10);
    // The quote's word diff and the figure's "article says / claim says".
    assert!(page.contains("<del>mankind</del>") && page.contains("<ins>humanity</ins>"), "word diff");
    assert!(page.contains("<tr><th>figure \u{2717}</th><td>more than 140</td><td>137</td></tr>"));
}

const HOSTILE_ARTICLE: &str = "Attack <script>alert('x')</script> <img src=x onerror=alert(1)>\n\n\
Officials said the attack killed 137 people, see <a href=\"javascript:alert(1)\">this</a>.\n\n\
Later \u{202e} reports said the attack killed more than 140 people \" onmouseover=\"alert(2).\n";

const HOSTILE_CLAIMS: &str = r#"{"article": "article.txt", "claims": [
  {"id": "toll.x/y_z-1", "statement": "Killed 137 <img src=x onerror=alert(1)> javascript:alert(1)",
   "about": ["killed"], "figure": "137", "source": "<b onmouseover='alert(1)'>Officials</b>"},
  {"id": "missing", "statement": "</aside></section><a href=\"javascript:alert(1)\">x</a>", "about": ["wounded"],
   "figure": "5", "quote": "\" onfocus=\"alert(1)"}
]}"#;

#[test]
fn hostile_text_never_becomes_markup() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("claims.json"), HOSTILE_CLAIMS).expect("write claims");
    for (name, article) in [("article.txt", HOSTILE_ARTICLE), ("article.html", HOSTILE_ARTICLE)] {
        fs::write(dir.path().join(name), article).expect("write article");
        let mut args = vec!["check", "claims.json", "--format", "html", "--coverage"];
        if name.ends_with(".html") {
            args.extend(["--article", name]);
        }
        let out = run_in(dir.path(), &args);
        assert_eq!(code(&out), Some(1), "{}", stderr(&out));
        let page = stdout(&out);
        let (_, mut notes) = inert(&page);
        notes.sort();
        assert!(!page.contains("<script") && !page.contains("<img") && !page.contains("<a href=\"javascript"));
        assert!(!page.contains("\u{202e}"), "no character reorders the page");
        assert_eq!(notes, ["missing", "toll.x/y_z-1"], "{name}");
        assert!(page.contains("Killed 137 &lt;img src=x onerror=alert(1)&gt; javascript:alert(1)"));
        if name == "article.txt" {
            assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the article's markup is shown as text");
        }
    }
}

#[test]
fn several_claims_files_get_a_section_each() {
    let page = html(&["check", "claims/iskp-moscow.json", "claims/iskp-attribution.json"]);
    let (_, notes) = inert(&page);
    assert_eq!(page.matches("<section class=\"file\"").count(), 2);
    assert!(page.contains("id=\"f1\"") && page.contains("id=\"f2\""));
    for file in ["claims/iskp-moscow.json", "claims/iskp-attribution.json"] {
        let text = fs::read_to_string(root().join(file)).expect("claims file");
        let claims: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        for c in claims["claims"].as_array().expect("claims") {
            let id = c["id"].as_str().expect("id");
            assert!(notes.iter().any(|n| n == id), "{file}: no note for {id}");
        }
        assert!(page.contains(&format!("<p class=\"file-summary\">{file}: ")), "{file}: no summary line");
    }
}

#[test]
fn lint_and_coverage_marks_show_too() {
    let (marks, _) = inert(&html(&["lint", "article/iskp-moscow.txt"]));
    assert!(marks.iter().any(|(class, _)| class == "conflicting"), "{marks:?}");
    let (marks, _) = inert(&html(&["check", "claims/iskp-moscow.json", "--coverage"]));
    assert!(marks.iter().any(|(class, _)| class == "uncovered"), "{marks:?}");
    let page = html(&["check", "claims/iskp-moscow.json", "--coverage"]);
    assert!(page.contains("<h3>Not covered by any claim ("), "the list of uncovered mentions");
}

/// The Chromium binary, if one is installed.
fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// Runs headless Chromium on `page` with `args`; its standard output.
fn browse(browser: &str, page: &Path, args: &[&str], home: &Path) -> String {
    let out = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"])
        .arg(format!("--user-data-dir={}", home.join("profile").display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .env("HOME", home)
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "chromium failed: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_example_report_opens_in_a_real_browser() {
    let Some(browser) = chromium() else {
        let required = std::env::var_os("CLAIMCHECK_REQUIRE_BROWSER").is_some();
        assert!(!required, "CLAIMCHECK_REQUIRE_BROWSER is set (as .ci/run sets it) but no Chromium is installed");
        eprintln!(
            "skipped: no Chromium installed (.ci/run installs it), so the HTML report is not opened in a browser"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("report.html");
    let source = html(&["check", "claims/iskp-moscow.json"]);
    fs::write(&page, &source).expect("write the page");
    let dom = browse(browser, &page, &["--dump-dom"], dir.path());
    let (marks, notes) = inert(&source);
    for id in &notes {
        let escaped = id.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        assert!(dom.contains(&format!("<code>{escaped}</code>")), "claim {id} is not in the browser's DOM");
    }
    for (class, text) in &marks {
        let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let needle = format!("<mark class=\"{class}\"");
        assert!(dom.contains(&needle), "no {class} mark in the DOM");
        assert!(dom.contains(&format!("\">{escaped}</mark>")), "the mark {text:?} is not in the browser's DOM");
    }
    assert!(!dom.contains("<script"), "the browser built no script");
    let shot = dir.path().join("report.png");
    browse(
        browser,
        &page,
        &["--hide-scrollbars", "--window-size=1400,1000", &format!("--screenshot={}", shot.display())],
        dir.path(),
    );
    let png = fs::read(&shot).expect("the browser wrote a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "a screenshot of the page");
}
