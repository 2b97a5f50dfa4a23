//! `check --jsonl`: jobs read one per line from a stream, each checked and
//! written as one JSON line, in input order. Lines are read a bounded batch
//! at a time and each batch is worked on by the request's threads, so memory
//! stays the same however long the stream and the output does not depend on
//! the thread count.
//!
//! A job is `{"claims": "path", "article": "path"}` (the article optional: by
//! default the claims file's own, confined as in `check`), or a claims object
//! written inline with the article's text beside it:
//! `{"article_text": "…", "claims": [ … ], "published": "…"}`.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::article::Article;
use crate::claims::parse_claims;
use crate::error::Error;
use crate::extract::index_article;
use crate::matching::WordIndex;
use crate::report::json::wire::CheckLine;
use crate::report::{build_file, json, InputError, Report};
use crate::verdict::judge;
use crate::{check, CheckRequest};

/// Jobs read ahead per thread: enough to keep every thread busy, few enough
/// that memory does not grow with the stream.
const READ_AHEAD: usize = 16;

/// How a stream of jobs went.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Streamed {
    /// Jobs read.
    pub jobs: usize,
    /// Jobs whose claims fail the run.
    pub failed: usize,
    /// Jobs that could not be read or checked.
    pub errors: usize,
}

/// Checks every job of `input` with the settings of `request` (its claims
/// files and article are not used) and writes one JSON line per job to
/// `out`, in input order. Lines are numbered from `first_line`: a part of a
/// longer jobs file names the lines of the whole.
pub fn check_jsonl(
    request: &CheckRequest,
    first_line: usize,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<Streamed, Error> {
    let batch_size = READ_AHEAD * request.jobs.threads();
    let mut streamed = Streamed::default();
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(batch_size);
    let mut lines = input.lines();
    let mut number = first_line.saturating_sub(1);
    let pool = crate::parallel::Pool::new(request.jobs);
    loop {
        batch.clear();
        while batch.len() < batch_size {
            let Some(line) = lines.next() else { break };
            number += 1;
            let line = line.map_err(|source| Error::Read { path: PathBuf::from("<stdin>"), source })?;
            if !line.trim().is_empty() {
                batch.push((number, line));
            }
        }
        if batch.is_empty() {
            return Ok(streamed);
        }
        let results = pool.map_in_order(&batch, |(n, line)| run_job(request, *n, line));
        for ((n, _), result) in batch.iter().zip(results) {
            streamed.jobs += 1;
            let line = job_line(*n, &result);
            if matches!(line, CheckLine::Failed { .. }) {
                streamed.errors += 1;
            } else if result.as_ref().is_ok_and(Report::failed) {
                streamed.failed += 1;
            }
            let written = json::write_json_line(&line, out);
            match written.and_then(|()| out.flush()) {
                // A closed pipe (`| head`) stops the stream quietly.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(streamed),
                other => other.map_err(|source| Error::Write { path: PathBuf::from("<stdout>"), source })?,
            }
        }
    }
}

/// The output line of the job on input line `n`: its claims file's report,
/// or why there is none.
fn job_line(n: usize, result: &Result<Report, Error>) -> CheckLine<'_> {
    let report = match result {
        Ok(report) => report,
        Err(e) => return CheckLine::Failed { line: n, error: InputError::of(e) },
    };
    // A job names one claims file: `check` gives its report or its error.
    match (report.files.first(), report.errors.first()) {
        (Some(file), _) => CheckLine::Checked { line: n, report: json::job_report(file, &report.summary) },
        (None, Some(error)) => CheckLine::Failed { line: n, error: error.clone() },
        (None, None) => {
            let message = "the job checked no claims file".to_string();
            CheckLine::Failed {
                line: n,
                error: InputError::of(&Error::Claims { path: place(n), line: 1, column: 1, message }),
            }
        }
    }
}

/// How errors name the job on input line `n`.
fn place(n: usize) -> PathBuf {
    PathBuf::from(format!("<stdin line {n}>"))
}

/// Checks the job on line `n`.
fn run_job(request: &CheckRequest, n: usize, line: &str) -> Result<Report, Error> {
    let place = place(n);
    let bad = |message: String| Error::Claims { path: place.clone(), line: 1, column: 1, message };
    let mut job: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(job)) => job,
        Ok(_) => return Err(bad("a job is a JSON object".to_string())),
        Err(e) => return Err(bad(format!("malformed JSON: {e}"))),
    };
    match (job.remove("article_text"), job.get("claims")) {
        (Some(Value::String(text)), Some(Value::Array(_))) => {
            let claims = serde_json::to_string(&job).map_err(|e| bad(e.to_string()))?;
            check_inline(request, &place, &claims, text)
        }
        (Some(_), _) => Err(bad("`article_text` is a string beside a `claims` list".to_string())),
        (None, Some(Value::String(claims))) => {
            let article = match job.get("article") {
                Some(Value::String(a)) => Some(PathBuf::from(a)),
                None => None,
                Some(_) => return Err(bad("`article` is a path".to_string())),
            };
            if let Some(key) = job.keys().find(|k| *k != "claims" && *k != "article") {
                return Err(bad(format!("unknown key `{key}`: a job has `claims` and `article`")));
            }
            // The stream's threads work across jobs: one job, one thread.
            let one = CheckRequest {
                claims: vec![PathBuf::from(claims)],
                article,
                stdin: None,
                jobs: crate::parallel::Jobs(1),
                ..request.clone()
            };
            check(&one)
        }
        (None, _) => {
            Err(bad("a job is {\"claims\": \"path\", \"article\": \"path\"} or a claims object with \"article_text\""
                .to_string()))
        }
    }
}

/// Checks a claims object written inline against `text`.
fn check_inline(request: &CheckRequest, place: &Path, claims: &str, text: String) -> Result<Report, Error> {
    let file = parse_claims(place, claims, request.published)?;
    let article = Article::from_bytes(place.to_path_buf(), text.into_bytes())?;
    let index = index_article(&article, file.published);
    let words = WordIndex::new(&index);
    let judgements: Vec<_> = file.claims.iter().map(|c| (c, judge(c, &index, &words, request.settings))).collect();
    let built = build_file(&file, &article, &index, &judgements);
    Ok(Report::new(vec![built], request.fail_on.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parallel::Jobs;

    #[test]
    fn a_stream_longer_than_one_batch_keeps_its_order() {
        let request = CheckRequest {
            claims: Vec::new(),
            article: None,
            stdin: None,
            published: None,
            settings: crate::verdict::Settings::default(),
            fail_on: vec![crate::verdict::Verdict::Conflicting],
            baseline: None,
            coverage: false,
            fail_uncovered: false,
            confinement: crate::confine::Confinement::default(),
            fail_fast: false,
            jobs: Jobs(2),
        };
        let jobs: String = (1..=100)
            .map(|n| {
                let claim = format!(r#"{{"id": "c{n}", "statement": "The fair drew {n} visitors.", "figure": "{n}"}}"#);
                format!("{{\"article_text\": \"The fair drew {n} visitors.\\n\", \"claims\": [{claim}]}}\n")
            })
            .collect();
        let mut out = Vec::new();
        let streamed = check_jsonl(&request, 1, &mut jobs.as_bytes(), &mut out).expect("the stream is read");
        assert_eq!(streamed, Streamed { jobs: 100, failed: 0, errors: 0 });
        let text = String::from_utf8(out).expect("UTF-8");
        let ids: Vec<String> = text
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["report"]["results"][0]["id"].to_string())
            .collect();
        let expected: Vec<String> = (1..=100).map(|n| format!("\"c{n}\"")).collect();
        assert_eq!(ids, expected);
    }
}
