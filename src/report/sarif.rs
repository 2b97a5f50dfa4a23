//! SARIF 2.1.0 for code-scanning dashboards, written through the typed model
//! of serde-sarif (its structs are this format's wire structs).
//!
//! One rule per verdict and problem (`conflicting/figure`, …,
//! `unattributed/source`, `not_found`); one result per unsupported claim and
//! problem, located at the first article mention that shows it (or, for a
//! claim the article does not mention, at the claim's `"id"` in the claims
//! file), with the other mentions and the claim's line as related locations.
//! With `--coverage`, rules `uncovered/figure`, `uncovered/date` and
//! `uncovered/quote`, one result per mention no claim covers.
//! `partialFingerprints` come from the claims file, the claim id and the
//! rule, so a result keeps its identity while the article is edited. Columns
//! count Unicode code points. The tool version is passed in, never read here.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::json;
use serde_sarif::sarif::{
    ArtifactContent, ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run,
    Sarif, Tool, ToolComponent,
};

use super::baseline::Mark;
use super::json::write_json;
use super::{clean, coverage, ClaimResult, Excerpt, FileReport, RenderOptions, Report, Standing};
use crate::verdict::{Field, MentionVerdict, Verdict};

/// The rules: id, short description, what it means.
const RULES: &[(&str, &str, &str)] = &[
    (
        "conflicting/figure",
        "The article gives another figure",
        "A mention of the claim states a figure that does not agree with the claim's figure.",
    ),
    (
        "conflicting/date",
        "The article gives another date",
        "A mention of the claim dates it to a period that does not overlap the claim's date.",
    ),
    (
        "conflicting/source",
        "The article credits another source",
        "A mention gives the claim's figure, date or words but credits them to another named source.",
    ),
    (
        "conflicting/quote",
        "The article quotes other words",
        "The article's quotation is a near miss of the claim's quote, or the words are not quoted.",
    ),
    (
        "unattributed/source",
        "The article does not credit the source",
        "The article agrees with the claim but credits nobody, or nobody named, for it.",
    ),
    (
        "not_found",
        "The article does not mention the claim",
        "No sentence matches the claim's terms with a figure or date of its kind, or only other sources' accounts do.",
    ),
    (
        "uncovered/figure",
        "No claim covers this figure",
        "With --coverage: a figure of the article that no claim's mention states, so nobody has vetted it.",
    ),
    (
        "uncovered/date",
        "No claim covers this date",
        "With --coverage: a date of the article that no claim's mention states, so nobody has vetted it.",
    ),
    (
        "uncovered/quote",
        "No claim covers this quote",
        "With --coverage: a quotation in the article that no quote claim checks, so nobody has vetted it.",
    ),
];

/// Characters escaped in a path turned into a URI reference.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b':')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A path as given, as a URI reference: relative paths stay relative.
fn uri(path: &str) -> String {
    let encoded = utf8_percent_encode(path, PATH).to_string();
    match (Path::new(path).is_absolute(), path.starts_with('/')) {
        (true, true) => format!("file://{encoded}"),
        (true, false) => format!("file:///{encoded}"),
        (false, _) => encoded,
    }
}

fn message(text: &str) -> Message {
    Message::builder().text(text).build()
}

fn location(path: &str, at: &Excerpt, label: Option<&str>) -> Location {
    let (start, end) = (at.start(), at.end());
    let region = Region::builder()
        .start_line(start.line as i64)
        .start_column(start.column as i64)
        .end_line(end.line as i64)
        .end_column(end.column as i64)
        .snippet(ArtifactContent::builder().text(clean(&at.focused())).build())
        .build();
    let physical = PhysicalLocation::builder()
        .artifact_location(ArtifactLocation::builder().uri(uri(path)).build())
        .region(region)
        .build();
    match label {
        Some(l) => Location::builder().physical_location(physical).message(message(l)).build(),
        None => Location::builder().physical_location(physical).build(),
    }
}

/// The rule of each problem of an unsupported claim, with the mentions that
/// show it (none for `not_found`).
fn problems(r: &ClaimResult) -> Vec<(&'static str, Vec<&super::Evidence>)> {
    let showing = |f: Field| r.evidence.iter().filter(|e| e.problems.contains(&f)).collect::<Vec<_>>();
    match r.verdict {
        Verdict::Supported => Vec::new(),
        Verdict::NotFound => vec![("not_found", Vec::new())],
        Verdict::Unattributed => vec![(
            "unattributed/source",
            r.evidence.iter().filter(|e| e.verdict == MentionVerdict::Unattributed).collect(),
        )],
        Verdict::Conflicting => r
            .problems
            .iter()
            .map(|&f| {
                let rule = match f {
                    Field::Figure => "conflicting/figure",
                    Field::Date => "conflicting/date",
                    Field::Source => "conflicting/source",
                    Field::Quote => "conflicting/quote",
                };
                (rule, showing(f))
            })
            .collect(),
    }
}

fn results(report: &Report, file: &FileReport, r: &ClaimResult) -> Vec<SarifResult> {
    let level = match report.standing(r) {
        Standing::Fails => ResultLevel::Error,
        Standing::Warns => ResultLevel::Warning,
        Standing::Passes => return Vec::new(),
    };
    let claim = format!("claim {}: {}", clean(&r.id), clean(&r.statement));
    let origin = location(&file.claims, &r.origin, Some(&claim));
    problems(r)
        .into_iter()
        .map(|(rule, mentions)| {
            let (primary, related): (Location, Vec<Location>) = match mentions.split_first() {
                Some((first, rest)) => {
                    let mut related: Vec<Location> = rest
                        .iter()
                        .map(|e| location(&file.article, &file.excerpt(e.focus), Some(&clean(&e.reason))))
                        .collect();
                    related.push(origin.clone());
                    (location(&file.article, &file.excerpt(first.focus), None), related)
                }
                None => (location(&file.claims, &r.origin, None), Vec::new()),
            };
            let text = match mentions.first() {
                Some(e) => format!("{}: {} ({claim})", clean(&r.verdict.name().replace('_', " ")), clean(&e.reason)),
                None => format!("not found: {} ({claim})", clean(&r.message)),
            };
            let fingerprint = ("claimcheck/claim/v1", format!("{}#{}#{rule}", file.claims, r.id));
            let mut result = result(rule, level, &text, primary, fingerprint);
            if !related.is_empty() {
                result.related_locations = Some(related);
            }
            result.baseline_state = r.baseline.map(|m| match m {
                Mark::New => json!("new"),
                Mark::Known => json!("unchanged"),
            });
            // A reviewed exception is SARIF's external suppression, accepted
            // while it holds; a lapsed one is left off, so the result shows.
            if let Some(a) = r.accept.as_ref().filter(|a| a.holds()) {
                let justification = format!("accepted as {}: {}", a.verdict, clean(&a.reason));
                let suppression = serde_sarif::sarif::Suppression::builder()
                    .kind(json!("external"))
                    .status(json!("accepted"))
                    .justification(justification)
                    .build();
                result.suppressions = Some(vec![suppression]);
            }
            result
        })
        .collect()
}

/// One result of `rule`, with its fingerprint (a name and a value).
fn result(rule: &str, level: ResultLevel, text: &str, at: Location, fingerprint: (&str, String)) -> SarifResult {
    let rule_index = RULES.iter().position(|(id, _, _)| *id == rule).unwrap_or(0);
    SarifResult::builder()
        .rule_id(rule)
        .rule_index(rule_index as i64)
        .level(level)
        .message(message(text))
        .locations(vec![at])
        .partial_fingerprints(BTreeMap::from([(fingerprint.0.to_string(), fingerprint.1)]))
        .build()
}

/// With `--coverage`: one result per figure, date and quote no claim covers,
/// an error with `--fail-on uncovered`, else a warning. The fingerprint is
/// the article, the kind, the words and their sentence, so it survives
/// edits elsewhere in the article.
fn uncovered(report: &Report) -> Vec<SarifResult> {
    let level = if report.fail_uncovered { ResultLevel::Error } else { ResultLevel::Warning };
    let sections = report.coverage.as_deref().unwrap_or_default();
    sections
        .iter()
        .flat_map(|s| s.uncovered().map(move |m| (s, m)))
        .map(|(s, m)| {
            let rule = format!("uncovered/{}", m.kind.name());
            let text = format!("{}: {}", coverage::headline(m, &clean(&m.text)), clean(&m.sentence));
            let fingerprint = format!("{}#{}#{}#{}", s.article, m.kind.name(), m.text, m.sentence);
            result(
                &rule,
                level,
                &text,
                location(&s.article, &m.excerpt, None),
                ("claimcheck/uncovered/v1", fingerprint),
            )
        })
        .collect()
}

/// The run's invocation when some files could not be checked: not
/// successful, with a tool notification per file.
fn invocation(report: &Report) -> Invocation {
    let notifications: Vec<Notification> = report
        .errors
        .iter()
        .map(|e| {
            let region = Region::builder().start_line(e.line as i64).start_column(e.column as i64).build();
            let physical = PhysicalLocation::builder()
                .artifact_location(ArtifactLocation::builder().uri(uri(&e.path)).build())
                .region(region)
                .build();
            Notification::builder()
                .level(json!("error"))
                .message(message(&clean(&e.message)))
                .locations(vec![Location::builder().physical_location(physical).build()])
                .build()
        })
        .collect();
    Invocation::builder().execution_successful(false).tool_execution_notifications(notifications).build()
}

/// Writes the SARIF log.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<ReportingDescriptor> = RULES
        .iter()
        .map(|(id, short, full)| {
            ReportingDescriptor::builder()
                .id(*id)
                .short_description(MultiformatMessageString::builder().text(*short).build())
                .full_description(MultiformatMessageString::builder().text(*full).build())
                .default_configuration(ReportingConfiguration::builder().level(json!("error")).build())
                .build()
        })
        .collect();
    let driver = ToolComponent::builder().name("claimcheck").version(options.tool_version.clone()).rules(rules).build();
    let mut results: Vec<SarifResult> = report.results().flat_map(|(file, r)| results(report, file, r)).collect();
    results.extend(uncovered(report));
    let run = Run::builder().tool(Tool::builder().driver(driver).build()).column_kind(json!("unicodeCodePoints"));
    let run = if report.errors.is_empty() {
        run.results(results).build()
    } else {
        run.results(results).invocations(vec![invocation(report)]).build()
    };
    let log = Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    write_json(&log, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("article/iskp moscow.txt"), "article/iskp%20moscow.txt");
        assert_eq!(uri("a:b/c#1.json"), "a%3Ab/c%231.json");
        assert_eq!(uri("/tmp/x.json"), "file:///tmp/x.json");
    }
}
