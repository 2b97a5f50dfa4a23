//! `check --jsonl`: jobs on standard input, one JSON result a line, in
//! input order whatever `--jobs`; a bad job is its own error line.

use crate::support::{code, run_with_input, stdout};
use serde_json::{json, Value};

fn jobs() -> String {
    let ferry = |figure: &str| {
        json!({
            "article_text": "The ferry carried 412 people across the bay, the coastguard said.\n",
            "claims": [{"id": "ferry", "statement": format!("The ferry carried {figure} people."), "figure": figure}]
        })
    };
    [
        json!({"claims": "claims/iskp-moscow.json"}).to_string(),
        json!({"claims": "claims/missing.json"}).to_string(),
        ferry("412").to_string(),
        String::new(),
        "{not json".to_string(),
        ferry("421").to_string(),
        json!({"claims": "claims/iskp-moscow.json", "extra": 1}).to_string(),
    ]
    .join("\n")
}

fn lines(jobs_flag: &str) -> (Option<i32>, Vec<Value>) {
    let out = run_with_input(&["check", "--jsonl", "--jobs", jobs_flag], &jobs());
    let lines = stdout(&out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    (code(&out), lines)
}

#[test]
fn every_job_gets_one_line_in_input_order() {
    let (code, lines) = lines("1");
    assert_eq!(code, Some(2), "a bad job makes the run exit 2 at the end");
    let numbers: Vec<u64> = lines.iter().filter_map(|l| l["line"].as_u64()).collect();
    assert_eq!(numbers, [1, 2, 3, 5, 6, 7], "blank lines are no jobs");
    assert_eq!(lines[0]["report"]["claims"], "claims/iskp-moscow.json");
    assert_eq!(lines[0]["report"]["summary"]["claims"], 26);
    assert_eq!(lines[1]["error"]["path"], "claims/missing.json");
    assert_eq!(lines[2]["report"]["results"][0]["verdict"], "supported");
    assert!(lines[3]["error"]["message"].as_str().is_some_and(|m| m.starts_with("malformed JSON")));
    assert_eq!(lines[4]["report"]["results"][0]["verdict"], "conflicting");
    assert!(lines[5]["error"]["message"].as_str().is_some_and(|m| m.contains("unknown key `extra`")));
}

#[test]
fn the_output_does_not_depend_on_the_thread_count() {
    assert_eq!(lines("1"), lines("2"));
}

#[test]
fn a_failing_claim_exits_1_and_a_clean_stream_exits_0() {
    let good = json!({"article_text": "Rain fell for 3 days.\n", "claims": [{"id": "rain", "statement": "Rain fell for 3 days.", "figure": "3"}]});
    let bad = json!({"article_text": "Rain fell for 3 days.\n", "claims": [{"id": "rain", "statement": "Rain fell for 5 days.", "figure": "5"}]});
    let out = run_with_input(&["check", "--jsonl"], &good.to_string());
    assert_eq!(code(&out), Some(0), "{}", stdout(&out));
    let out = run_with_input(&["check", "--jsonl"], &format!("{good}\n{bad}\n"));
    assert_eq!(code(&out), Some(1), "{}", stdout(&out));
}

#[test]
fn first_line_numbers_a_part_as_lines_of_the_whole_file() {
    let jobs = jobs();
    let whole = stdout(&run_with_input(&["check", "--jsonl"], &jobs));
    let lines: Vec<&str> = jobs.lines().collect();
    let (head, tail) = lines.split_at(4);
    let first = stdout(&run_with_input(&["check", "--jsonl"], &(head.join("\n") + "\n")));
    let rest = stdout(&run_with_input(&["check", "--jsonl", "--first-line", "5"], &tail.join("\n")));
    assert_eq!(first + &rest, whole, "the parts' lines are the whole file's, inline places included");
    let out = run_with_input(&["check", "--first-line", "5", "claims/iskp-moscow.json"], "");
    assert_eq!(code(&out), Some(2));
    assert!(stdout(&out).is_empty());
}
