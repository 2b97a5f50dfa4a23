//! The claims file's JSON Schema, generated with schemars from the types
//! below, for editors (`"$schema"`) and `claimcheck schema`.
//!
//! The claims file itself is read by hand from raw JSON (see the parent
//! module) so every error can carry a line and column; these types only
//! describe its shape. Tests keep the two in step: the field lists must
//! match the parser's, the shipped claims files must validate, and files the
//! parser rejects for their shape must fail the schema too.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

/// A claimcheck claims file: structured claims (figures, dates, sources,
/// quotes) to check against an article's text.
#[derive(JsonSchema)]
#[schemars(title = "claimcheck claims file")]
#[serde(deny_unknown_fields)]
pub struct ClaimsFileShape {
    /// This schema, for editors; ignored by claimcheck.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub schema: Option<String>,
    /// The article's path, relative to the claims file (`--article` replaces it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub article: Option<String>,
    /// The article's publication date (`YYYY-MM-DD`), for dates without a year and relative dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub published: Option<String>,
    /// Named sources with their aliases; a claim's `source` may name one by id, name or alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<SourceShape>")]
    pub sources: Option<Vec<SourceShape>>,
    /// The claims, at least one.
    #[schemars(length(min = 1))]
    pub claims: Vec<ClaimShape>,
}

/// One entry of `sources`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceShape {
    /// The key claims use ("un"): letters, digits, `.`, `_`, `-`, `/`.
    #[schemars(regex(pattern = r"^[A-Za-z0-9._/-]{1,128}$"))]
    pub id: String,
    /// The canonical name ("United Nations").
    #[schemars(length(min = 1))]
    pub name: String,
    /// Other names it goes by ("UN", "U.N.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Vec<String>")]
    pub aliases: Option<Vec<String>>,
}

/// One claim: an id, a statement, and at least one of `figure`, `date`, `source`, `quote`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [
    {"required": ["figure"]}, {"required": ["date"]}, {"required": ["source"]}, {"required": ["quote"]}
]))]
pub struct ClaimShape {
    /// A unique name ("crocus-death-toll"): letters, digits, `.`, `_`, `-`, `/`.
    #[schemars(regex(pattern = r"^[A-Za-z0-9._/-]{1,128}$"))]
    pub id: String,
    /// The claim in words.
    #[schemars(length(min = 1))]
    pub statement: String,
    /// Terms that locate the claim in the article: a word or phrase, or a
    /// list of terms, each a word, a phrase or a list of alternatives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "AboutShape")]
    pub about: Option<AboutShape>,
    /// The figure, as articles write it ("more than 140") or as an object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "FigureShape")]
    pub figure: Option<FigureShape>,
    /// What the figure counts ("fighters"), or its currency for money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub unit: Option<String>,
    /// Relative tolerance for the figure (0.05 = ±5%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64", range(min = 0.0), extend("exclusiveMaximum" = 1.0))]
    pub tolerance: Option<f64>,
    /// The date: ISO 8601 at any granularity ("2024-03") or as articles write it ("late 2021").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub date: Option<String>,
    /// Who is claimed to have said it: a source's id, name or alias, or free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub source: Option<String>,
    /// The words the source is claimed to have said (`…` skips words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub quote: Option<String>,
    /// A reviewed exception: the desk decided the flagged claim is fine. The
    /// claim is reported as accepted and does not fail the run while its
    /// verdict (and, with `says`, the article's words) stay the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "AcceptShape")]
    pub accept: Option<AcceptShape>,
}

/// `accept`: the verdict accepted, why, and optionally the article's words.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptShape {
    /// The verdict the desk accepts.
    pub verdict: AcceptedVerdictShape,
    /// The article's words accepted at the deciding mention (its figure,
    /// date, source or quote, as the report shows them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub says: Option<String>,
    /// Why the desk accepts the claim.
    #[schemars(length(min = 1))]
    pub reason: String,
}

/// A verdict an `accept` may name.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AcceptedVerdictShape {
    /// The article contradicts the claim.
    Conflicting,
    /// The article states it without crediting the source.
    Unattributed,
    /// The article does not mention it.
    NotFound,
}

/// `about`: one term, or a list of terms.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum AboutShape {
    /// A single word or phrase.
    Term(#[schemars(length(min = 1))] String),
    /// Every term must match.
    Terms(#[schemars(length(min = 1))] Vec<TermShape>),
}

/// One term of `about`.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum TermShape {
    /// A word or a phrase (its words contiguous).
    Phrase(#[schemars(length(min = 1))] String),
    /// Alternatives: any one suffices.
    Alternatives(#[schemars(length(min = 1))] Vec<String>),
}

/// `figure`: text, or an object with a value or bounds.
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum FigureShape {
    /// As articles write it: "137", "more than 140", "up to 6,000", "96%", "£3bn".
    Written(#[schemars(length(min = 1))] String),
    /// A bare number, read as its digits ("137").
    Number(f64),
    /// A number or an interval.
    Object(FigureObjectShape),
}

/// `figure` as an object: `value`, or `min` and/or `max`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureObjectShape {
    /// An exact figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64")]
    pub value: Option<f64>,
    /// The lower bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64")]
    pub min: Option<f64>,
    /// The upper bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64")]
    pub max: Option<f64>,
    /// Whether `min` is included (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub min_inclusive: Option<bool>,
    /// Whether `max` is included (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub max_inclusive: Option<bool>,
    /// What kind of figure it is (default number, or money with a currency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "KindShape")]
    pub kind: Option<KindShape>,
    /// The currency of money ("GBP", "USD").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", length(min = 1))]
    pub currency: Option<String>,
}

/// The kind of a figure.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum KindShape {
    /// A count.
    Number,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// Percentage points.
    Points,
}

/// The JSON Schema of the claims file (draft-07, which editors support
/// best), pretty-printed with a final newline.
pub fn claims_schema() -> String {
    let schema = SchemaSettings::draft07().into_generator().into_root_schema_for::<ClaimsFileShape>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
