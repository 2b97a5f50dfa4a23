//! The drafted claims file as JSON: one source and one claim per line, in
//! the claims format `check` reads, so a desk can prune it line by line.

use serde_json::json;

use super::{Draft, DraftClaim, DraftSource};

/// `"key": value` pairs written as one JSON object, in the given order.
fn object(fields: &[(&str, serde_json::Value)]) -> String {
    let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{}: {v}", json!(k))).collect();
    format!("{{{}}}", parts.join(", "))
}

fn claim_line(c: &DraftClaim) -> String {
    let mut fields = vec![("id", json!(c.id)), ("statement", json!(c.statement))];
    if !c.about.is_empty() {
        fields.push(("about", json!(c.about)));
    }
    let optional =
        [("figure", &c.figure), ("unit", &c.unit), ("date", &c.date), ("source", &c.source), ("quote", &c.quote)];
    fields.extend(optional.into_iter().filter_map(|(key, value)| value.as_ref().map(|v| (key, json!(v)))));
    object(&fields)
}

fn source_line(s: &DraftSource) -> String {
    let mut fields = vec![("id", json!(s.id)), ("name", json!(s.name))];
    if !s.aliases.is_empty() {
        fields.push(("aliases", json!(s.aliases)));
    }
    object(&fields)
}

/// A JSON list with one item per line, indented under its key.
fn list(items: Vec<String>) -> String {
    if items.is_empty() {
        return "[]".to_string();
    }
    let lines: Vec<String> = items.into_iter().map(|i| format!("    {i}")).collect();
    format!("[\n{}\n  ]", lines.join(",\n"))
}

/// The claims file of `draft`, ending with a newline.
pub fn to_json(draft: &Draft) -> String {
    let mut out = format!("{{\n  \"article\": {},\n", json!(draft.article));
    if let Some(p) = &draft.published {
        out += &format!("  \"published\": {},\n", json!(p));
    }
    out += &format!("  \"sources\": {},\n", list(draft.sources.iter().map(source_line).collect()));
    out += &format!("  \"claims\": {}\n}}\n", list(draft.claims.iter().map(claim_line).collect()));
    out
}
