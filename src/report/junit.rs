//! JUnit XML, for CI systems that show test reports (GitLab, Jenkins, …):
//! one test suite per claims file, one test case per claim. A claim that
//! fails the run is a `<failure>` with its message; an unsupported claim that
//! does not (a verdict outside `--fail-on`, or a failure the baseline already
//! had) is `<skipped>`. With `--coverage`, one more suite per article: a
//! test case per figure, date and quote, failing (with `--fail-on
//! uncovered`) or skipped when no claim covers it. Written with quick-junit,
//! which escapes the XML; control characters are made visible first, as
//! XML 1.0 cannot hold them.

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use super::coverage::{ArticleCoverage, CoverageMention};
use super::text::{mention_name, quote_diff, standing_notes};
use super::{clean, coverage, ClaimResult, FileReport, Report, Standing};

/// The claim and its evidence, one line each, for the body of a failure.
fn description(file: &FileReport, r: &ClaimResult) -> String {
    let mut lines =
        vec![format!("claim at {}:{}:{}: {}", file.claims, r.line, r.column, r.statement), r.message.clone()];
    for e in &r.evidence {
        lines.push(format!("{} at {}:{}:{}: {}", mention_name(e.verdict), file.article, e.line, e.column, e.reason));
    }
    lines.extend(quote_diff(r).map(|d| format!("quote diff: {d}")));
    lines.extend(standing_notes(r));
    lines.iter().map(|l| clean(l)).collect::<Vec<_>>().join("\n")
}

fn test_case(report: &Report, file: &FileReport, r: &ClaimResult) -> TestCase {
    let status = match report.standing(r) {
        Standing::Passes => TestCaseStatus::success(),
        Standing::Fails => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message(clean(&r.message)).set_type(r.verdict.name()).set_description(description(file, r));
            status
        }
        Standing::Warns => {
            let mut status = TestCaseStatus::skipped();
            let why = if r.baseline.is_some() { "known failure" } else { "not in --fail-on" };
            status
                .set_message(format!("{} ({why}): {}", r.verdict.name(), clean(&r.message)))
                .set_type(r.verdict.name())
                .set_description(description(file, r));
            status
        }
    };
    let mut case = TestCase::new(clean(&r.id), status);
    case.set_classname(clean(&file.claims));
    case
}

/// One figure, date or quote of the article: passing when a claim covers
/// it, else a failure with `--fail-on uncovered` and skipped without.
fn coverage_case(report: &Report, section: &ArticleCoverage, m: &CoverageMention) -> TestCase {
    let status = if m.covered {
        TestCaseStatus::success()
    } else {
        let mut status = if report.fail_uncovered {
            TestCaseStatus::non_success(NonSuccessKind::Failure)
        } else {
            TestCaseStatus::skipped()
        };
        let headline = coverage::headline(m, &m.text);
        status.set_message(clean(&headline)).set_type("uncovered").set_description(clean(&format!(
            "{headline} at {}:{}:{}: {}",
            section.article, m.line, m.column, m.sentence
        )));
        status
    };
    let mut case = TestCase::new(clean(&format!("{} {} at {}:{}", m.kind.name(), m.text, m.line, m.column)), status);
    case.set_classname(clean(&section.article));
    case
}

/// Writes the JUnit XML report.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut junit = JunitReport::new("claimcheck");
    for file in &report.files {
        let mut suite = TestSuite::new(clean(&file.claims));
        suite.add_test_cases(file.results.iter().map(|r| test_case(report, file, r)));
        junit.add_test_suite(suite);
    }
    // A file that could not be checked: one test case in error.
    for e in &report.errors {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_message(clean(&e.message)).set_type("input").set_description(e.line());
        let mut case = TestCase::new(clean(&e.path), status);
        case.set_classname("claimcheck");
        let mut suite = TestSuite::new(clean(&e.path));
        suite.add_test_case(case);
        junit.add_test_suite(suite);
    }
    for section in report.coverage.iter().flatten() {
        let mut suite = TestSuite::new(clean(&format!("coverage of {}", section.article)));
        suite.add_test_cases(section.mentions.iter().map(|m| coverage_case(report, section, m)));
        junit.add_test_suite(suite);
    }
    junit.serialize(&mut *out).map_err(io::Error::other)?;
    writeln!(out)
}
