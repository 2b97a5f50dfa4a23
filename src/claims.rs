//! The claims file: JSON text → validated [`ClaimsFile`].
//!
//! The file is read as raw JSON values so that every error can name the line
//! and column of the offending key or value, unknown keys can be answered
//! with the closest valid name, and every claim keeps the position of its
//! `"id"` for reports. Figures and dates are parsed by the same code that
//! reads articles, so a claim is written the way articles write.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::confine::{read_limited, Trust};
use crate::error::Error;
use crate::extract::date::{parse_date, DateMention};
use crate::extract::figure::{Figure, FigureKind};
use crate::extract::lexicon::currency;
use crate::source::{floor_boundary, utf8_text, LineIndex, Position};

pub mod schema;

/// A validated claims file.
#[derive(Debug, Clone)]
pub struct ClaimsFile {
    /// The file as the user named it.
    pub path: PathBuf,
    /// The `article` path as written, relative to the claims file.
    pub article: Option<PathBuf>,
    /// Where the `article` value is, for errors about the article.
    pub article_position: Position,
    /// The article's publication date.
    pub published: Option<Date>,
    /// Named sources and their aliases.
    pub sources: Vec<SourceEntry>,
    /// The claims, in file order.
    pub claims: Vec<Claim>,
    /// The file's text (without a byte-order mark), so reports can show a
    /// claim's line.
    pub text: String,
    /// The index of that text's lines.
    pub lines: LineIndex,
}

/// One entry of the `sources` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceEntry {
    /// Key that claims may use.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Other names ("UN", "U.N.").
    pub aliases: Vec<String>,
}

/// One term of `about`: alternatives, each a phrase of one or more words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Any one of these phrases suffices.
    pub alternatives: Vec<Vec<String>>,
}

/// A claim's figure: what was written and how it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimFigure {
    /// As written in the file (or rendered from the object form).
    pub text: String,
    /// The parsed figure.
    pub figure: Figure,
}

/// A claim's date: what was written and how it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimDate {
    /// As written in the file.
    pub text: String,
    /// The parsed date, its period settled.
    pub date: DateMention,
}

/// A claim's source: what was written and every name it goes by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimSource {
    /// As written in the file.
    pub text: String,
    /// The canonical name.
    pub name: String,
    /// The names to look for: canonical name and aliases.
    pub names: Vec<String>,
}

/// One claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Unique id.
    pub id: String,
    /// The statement in words.
    pub statement: String,
    /// Terms that locate the claim, as given in `about`.
    pub about: Option<Vec<Term>>,
    /// The claimed figure.
    pub figure: Option<ClaimFigure>,
    /// The unit the figure counts ("fighters"), or its currency.
    pub unit: Option<String>,
    /// Relative tolerance for the figure.
    pub tolerance: Option<f64>,
    /// The claimed date.
    pub date: Option<ClaimDate>,
    /// Who is claimed to have said it.
    pub source: Option<ClaimSource>,
    /// The words the source is claimed to have said.
    pub quote: Option<String>,
    /// A reviewed exception: the desk decided the flagged claim is fine.
    pub accept: Option<Acceptance>,
    /// Position of the claim's `"id"` key in the claims file.
    pub position: Position,
    /// Byte offset of that key in the claims file's text.
    pub offset: usize,
    /// Whether the statement is a paraphrase of its source (set by
    /// `compare`, never read from a claims file): then one of its words
    /// makes a sentence a candidate, and the source states it when any
    /// such mention gives the same value in the same role and unit.
    pub paraphrase: bool,
}

/// A claim's `accept`: a desk's decision that the article's wording is
/// deliberate, which holds while the claim keeps this verdict (and, with
/// `says`, while a deciding mention still says these words).
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptance {
    /// The verdict accepted.
    pub verdict: AcceptedVerdict,
    /// The article's words accepted (its figure, date, source or quote at
    /// a deciding mention), if the desk pinned them.
    pub says: Option<String>,
    /// Why the desk accepts it.
    pub reason: String,
}

/// The verdicts an `accept` may name: the failing ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptedVerdict {
    /// `conflicting`.
    Conflicting,
    /// `unattributed`.
    Unattributed,
    /// `not_found`.
    NotFound,
}

impl AcceptedVerdict {
    /// Its name, as verdicts are written in claims files and reports.
    pub fn name(self) -> &'static str {
        match self {
            AcceptedVerdict::Conflicting => "conflicting",
            AcceptedVerdict::Unattributed => "unattributed",
            AcceptedVerdict::NotFound => "not_found",
        }
    }
}

impl Claim {
    /// The head noun of the claim's `unit`, lower-case: its last word
    /// ("serious injuries" → "injuries", "US$" stays "us$").
    pub fn unit_noun(&self) -> Option<String> {
        let unit = self.unit.as_deref()?;
        let words = crate::segment::term_words(unit);
        Some(words.last().cloned().unwrap_or_else(|| unit.to_lowercase()))
    }
}

mod doc;
mod figure;

use doc::{check_id, kind_of, ClaimField, Doc, Inner};
use figure::read_figure;

const TOP_FIELDS: &[&str] = &["$schema", "article", "published", "sources", "claims"];
const SOURCE_FIELDS: &[&str] = &["id", "name", "aliases"];
const CLAIM_FIELDS: &[&str] =
    &["id", "statement", "about", "figure", "unit", "tolerance", "date", "source", "quote", "accept"];
const ACCEPT_FIELDS: &[&str] = &["verdict", "says", "reason"];

/// Reads and validates the claims file at `path`, of at most `max_bytes`.
/// `published` replaces the file's own publication date when given.
pub fn load_claims(path: &Path, published: Option<Date>, max_bytes: u64) -> Result<ClaimsFile, Error> {
    let text = utf8_text(path, read_limited(path, max_bytes, Trust::Operator)?)?;
    parse_claims(path, &text, published)
}

/// Validates the claims text `text`, read from `path`.
pub fn parse_claims(path: &Path, text: &str, published_override: Option<Date>) -> Result<ClaimsFile, Error> {
    let text_body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc = Doc { path, text: text_body, lines: LineIndex::new(text_body) };
    let top: &RawValue = serde_json::from_str(text_body).map_err(|e| Error::Claims {
        path: path.to_path_buf(),
        line: if text_body.trim().is_empty() { 1 } else { e.line().max(1) },
        column: if text_body.trim().is_empty() { 1 } else { e.column().max(1) },
        message: json_problem(text_body, &e),
    })?;
    let fields = doc.object(top, "the claims file", TOP_FIELDS)?;
    let article = fields.get("article").map(|raw| doc.string(raw, "`article`")).transpose()?;
    let article_position = fields
        .get("article")
        .map(|raw| doc.lines.position(doc.text, doc.offset(raw)))
        .unwrap_or(Position { line: 1, column: 1 });
    let published = match fields.get("published") {
        Some(raw) => {
            let s = doc.string(raw, "`published`")?;
            Some(parse_iso_day(&s).ok_or_else(|| {
                doc.value_error(
                    raw,
                    format!("cannot read `published` {s:?} (expected an ISO date such as \"2024-03-31\")"),
                )
            })?)
        }
        None => None,
    };
    let published = published_override.or(published);
    let sources = match fields.get("sources") {
        Some(raw) => read_sources(&doc, raw)?,
        None => Vec::new(),
    };
    let Some(claims_raw) = fields.get("claims") else {
        return Err(doc.error_at(0, "the claims file has no `claims` list (expected \"claims\": [ … ])"));
    };
    let items = doc.array(claims_raw, "`claims`")?;
    if items.is_empty() {
        return Err(doc.value_error(claims_raw, "the `claims` list is empty (expected at least one claim)"));
    }
    let mut claims: Vec<Claim> = Vec::with_capacity(items.len());
    let mut seen: BTreeMap<String, Position> = BTreeMap::new();
    for (n, raw) in items.iter().enumerate() {
        let claim = read_claim(&doc, raw, n + 1, published, &sources)?;
        if let Some(first) = seen.get(&claim.id) {
            return Err(Error::Claims {
                path: path.to_path_buf(),
                line: claim.position.line,
                column: claim.position.column,
                message: format!("duplicate claim id `{}` (first used at line {})", claim.id, first.line),
            });
        }
        seen.insert(claim.id.clone(), claim.position);
        claims.push(claim);
    }
    Ok(ClaimsFile {
        path: path.to_path_buf(),
        article: article.map(PathBuf::from),
        article_position,
        published,
        sources,
        claims,
        text: text_body.to_string(),
        lines: doc.lines.clone(),
    })
}

/// serde_json appends " at line L column C"; the position is given separately.
/// What is wrong with JSON text `text` that serde_json refused with `e`,
/// in words: "the file is empty", "trailing comma before `]`"; otherwise
/// serde_json's message.
fn json_problem(text: &str, e: &serde_json::Error) -> String {
    if text.trim().is_empty() {
        return "the file is empty (expected a JSON object with a `claims` list)".to_string();
    }
    // serde_json counts columns in bytes, 1-based.
    let line_start = LineIndex::new(text).line_start(e.line().max(1)).unwrap_or(0);
    let at = floor_boundary(text, (line_start + e.column().max(1) - 1).min(text.len()));
    // serde_json points at the closing bracket after a trailing comma.
    let before = text.get(..at).unwrap_or(text).trim_end();
    if let Some(close @ (']' | '}')) = text.get(at..).and_then(|t| t.chars().next()) {
        if before.ends_with(',') {
            return format!("malformed JSON: trailing comma before `{close}` (remove the comma)");
        }
    }
    let message = strip_position(&e.to_string()).to_string();
    let words = match message.as_str() {
        m if m.starts_with("EOF while parsing a string") => "the file ends inside a string (a closing `\"` is missing)",
        m if m.starts_with("EOF while parsing") => "the file ends too early (a closing `}` or `]` is missing)",
        "key must be a string" => "key must be a string (in double quotes)",
        m if m.starts_with("control character") => {
            "a line break or control character inside a string (write it as `\\n`, or `\\u` and its code)"
        }
        _ => return format!("malformed JSON: {message}"),
    };
    format!("malformed JSON: {words}")
}

fn strip_position(message: &str) -> &str {
    message.rfind(" at line ").map_or(message, |i| &message[..i])
}

/// An ISO 8601 calendar day ("2024-03-31").
pub fn parse_iso_day(s: &str) -> Option<Date> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
        }
        _ => None,
    }
}

fn read_sources(doc: &Doc, raw: &RawValue) -> Result<Vec<SourceEntry>, Error> {
    let mut out: Vec<SourceEntry> = Vec::new();
    for (n, item) in doc.array(raw, "`sources`")?.into_iter().enumerate() {
        let fields = doc.object(item, "a source", SOURCE_FIELDS)?;
        let get = |key: &str| {
            fields.get(key).copied().ok_or_else(|| doc.value_error(item, format!("a source needs `{key}`")))
        };
        let id_raw = get("id")?;
        let id = doc.string(id_raw, "the source `id`")?;
        check_id(doc, id_raw, &id, format_args!("the `id` of source {}", n + 1))?;
        let name = doc.string(get("name")?, "the source `name`")?;
        let aliases = match fields.get("aliases") {
            Some(a) => {
                doc.array(a, "`aliases`")?.into_iter().map(|x| doc.string(x, "an alias")).collect::<Result<_, _>>()?
            }
            None => Vec::new(),
        };
        if out.iter().any(|s| s.id == id) {
            return Err(doc.value_error(id_raw, format!("duplicate source id `{id}`")));
        }
        out.push(SourceEntry { id, name, aliases });
    }
    Ok(out)
}

fn read_claim(
    doc: &Doc,
    raw: &RawValue,
    n: usize,
    published: Option<Date>,
    sources: &[SourceEntry],
) -> Result<Claim, Error> {
    let fields = doc.object(raw, format_args!("claim {n}"), CLAIM_FIELDS)?;
    let id_raw = fields.get("id").ok_or_else(|| {
        doc.value_error(raw, format!("claim {n} has no `id` (expected a unique name such as \"crocus-death-toll\")"))
    })?;
    let id = match doc.value(id_raw)? {
        Value::String(s) if !s.trim().is_empty() => s,
        _ => return Err(doc.value_error(id_raw, format!("claim {n}: expected a non-empty string for `id`"))),
    };
    check_id(doc, id_raw, &id, format_args!("the `id` of claim {n}"))?;
    let what = |field| ClaimField { field, id: &id };
    let statement = fields
        .get("statement")
        .ok_or_else(|| doc.value_error(raw, format!("claim `{id}` has no `statement` (expected the claim in words)")))
        .and_then(|r| doc.string(r, what("statement")))?;
    let about = fields.get("about").map(|r| read_about(doc, r, what("about"))).transpose()?;
    let unit = fields.get("unit").map(|r| doc.string(r, what("unit"))).transpose()?;
    let tolerance = match fields.get("tolerance") {
        Some(r) => {
            let t = doc.number(r, what("tolerance"))?;
            if !(0.0..1.0).contains(&t) {
                return Err(
                    doc.value_error(r, format!("{} must be a fraction from 0 to 1, e.g. 0.05", what("tolerance")))
                );
            }
            Some(t)
        }
        None => None,
    };
    let figure = fields.get("figure").map(|r| read_figure(doc, r, what("figure"))).transpose()?;
    if let (Some(f), Some(u)) = (&figure, &unit) {
        if f.figure.kind == FigureKind::Money && currency(&u.to_lowercase()).is_none() {
            return Err(doc.value_error(
                fields["unit"],
                format!("{} is money; its `unit` must be a currency such as \"GBP\" or \"dollars\"", what("figure")),
            ));
        }
    }
    let date = match fields.get("date") {
        Some(r) => {
            let text = doc.string(r, what("date"))?;
            let date =
                parse_date(&text, published).map_err(|m| doc.value_error(r, format!("{}: {m}", what("date"))))?;
            Some(ClaimDate { text, date })
        }
        None => None,
    };
    let source = match fields.get("source") {
        Some(r) => Some(claim_source(doc.string(r, what("source"))?, sources)),
        None => None,
    };
    let quote = fields.get("quote").map(|r| doc.string(r, what("quote"))).transpose()?;
    if figure.is_none() && date.is_none() && source.is_none() && quote.is_none() {
        return Err(doc.value_error(
            raw,
            format!("claim `{id}` has nothing to check (expected at least one of `figure`, `date`, `source`, `quote`)"),
        ));
    }
    let accept = fields.get("accept").map(|r| read_accept(doc, r, what("accept"))).transpose()?;
    let offset = doc.key_offset(id_raw);
    Ok(Claim {
        accept,
        position: doc.lines.position(doc.text, offset),
        offset,
        paraphrase: false,
        id,
        statement,
        about,
        figure,
        unit,
        tolerance,
        date,
        source,
        quote,
    })
}

/// Reads a claim's `accept` (`what` names it in errors).
fn read_accept(doc: &Doc, raw: &RawValue, what: impl Display) -> Result<Acceptance, Error> {
    let fields = doc.object(raw, &what, ACCEPT_FIELDS)?;
    let Some(verdict_raw) = fields.get("verdict") else {
        return Err(doc.value_error(
            raw,
            format!("{what} has no `verdict` (expected \"conflicting\", \"unattributed\" or \"not_found\")"),
        ));
    };
    let name = doc.string(verdict_raw, Inner { field: "verdict", of: &what })?;
    let verdict = match name.as_str() {
        "conflicting" => AcceptedVerdict::Conflicting,
        "unattributed" => AcceptedVerdict::Unattributed,
        "not_found" => AcceptedVerdict::NotFound,
        other => {
            return Err(doc.value_error(
                verdict_raw,
                format!("cannot accept the verdict {other:?} in {what} (expected \"conflicting\", \"unattributed\" or \"not_found\")"),
            ))
        }
    };
    let Some(reason_raw) = fields.get("reason") else {
        return Err(doc.value_error(raw, format!("{what} has no `reason` (expected why the desk accepts the claim)")));
    };
    let reason = doc.string(reason_raw, Inner { field: "reason", of: &what })?;
    let says = fields.get("says").map(|r| doc.string(r, Inner { field: "says", of: &what })).transpose()?;
    Ok(Acceptance { verdict, says, reason })
}

fn read_about(doc: &Doc, raw: &RawValue, what: impl Display) -> Result<Vec<Term>, Error> {
    let phrase = |s: &str| -> Vec<String> { crate::segment::term_words(s) };
    let terms = match doc.value(raw)? {
        Value::String(s) => vec![Term { alternatives: vec![phrase(&s)] }],
        Value::Array(items) => {
            let mut terms = Vec::new();
            for item in items {
                let alternatives = match item {
                    Value::String(s) => vec![phrase(&s)],
                    Value::Array(alts) => alts
                        .iter()
                        .map(|a| {
                            a.as_str()
                                .map(phrase)
                                .ok_or_else(|| doc.value_error(raw, format!("{what}: alternatives must be strings")))
                        })
                        .collect::<Result<_, _>>()?,
                    other => {
                        return Err(doc.value_error(
                            raw,
                            format!(
                                "{what}: expected a word, a phrase or a list of alternatives, found {}",
                                kind_of(&other)
                            ),
                        ))
                    }
                };
                terms.push(Term { alternatives });
            }
            terms
        }
        other => {
            return Err(doc.value_error(raw, format!("expected a list of terms for {what}, found {}", kind_of(&other))))
        }
    };
    if terms.is_empty() || terms.iter().any(|t| t.alternatives.is_empty() || t.alternatives.iter().any(Vec::is_empty)) {
        return Err(doc
            .value_error(raw, format!("{what} has an empty term (expected words such as [\"killed\", \"concert\"])")));
    }
    Ok(terms)
}

/// Resolves a claim's `source` through the sources table (by id, name or
/// alias, ignoring case); otherwise it is free text.
fn claim_source(text: String, sources: &[SourceEntry]) -> ClaimSource {
    let key = text.trim().to_lowercase();
    let entry = sources.iter().find(|s| {
        s.id.to_lowercase() == key || s.name.to_lowercase() == key || s.aliases.iter().any(|a| a.to_lowercase() == key)
    });
    match entry {
        Some(s) => {
            let mut names = vec![s.name.clone()];
            names.extend(s.aliases.iter().cloned());
            ClaimSource { text, name: s.name.clone(), names }
        }
        None => ClaimSource { name: text.clone(), names: vec![text.clone()], text },
    }
}

#[cfg(test)]
mod tests;
