//! A claim's `figure`: a string (or a bare JSON number, read as its digits)
//! read by the article's own figure reader, or
//! an object of bounds (`value`, `min`, `max`, inclusiveness, `kind`,
//! `currency`) turned into the same [`Figure`].

use std::fmt::Display;

use serde_json::value::RawValue;
use serde_json::Value;

use super::doc::{Doc, Inner};
use super::ClaimFigure;
use crate::error::Error;
use crate::extract::figure::{parse_figure, Figure, FigureKind, Qualifier};
use crate::extract::lexicon::currency;

/// The fields of a figure object.
pub(super) const FIGURE_FIELDS: &[&str] =
    &["value", "min", "max", "min_inclusive", "max_inclusive", "kind", "currency"];

/// Reads a claim's `figure` (`what` names it in errors).
pub(super) fn read_figure(doc: &Doc, raw: &RawValue, what: impl Display) -> Result<ClaimFigure, Error> {
    // A bare JSON number (`"figure": 137`) is read as the same words would be.
    let text = match doc.value(raw)? {
        Value::String(text) => Some(text),
        Value::Number(_) => Some(raw.get().trim().to_string()),
        _ => None,
    };
    if let Some(text) = text {
        let figure = parse_figure(&text).map_err(|m| doc.value_error(raw, format!("{what}: {m}")))?;
        return Ok(ClaimFigure { text, figure });
    }
    let fields = doc.object(raw, &what, FIGURE_FIELDS)?;
    let num = |k: &str| fields.get(k).map(|r| doc.number(r, Inner { field: k, of: &what })).transpose();
    let flag = |k: &str| fields.get(k).map(|r| doc.boolean(r, Inner { field: k, of: &what })).transpose();
    let (value, min, max) = (num("value")?, num("min")?, num("max")?);
    let (min_inclusive, max_inclusive) =
        (flag("min_inclusive")?.unwrap_or(true), flag("max_inclusive")?.unwrap_or(true));
    let kind = match fields.get("kind") {
        Some(r) => match doc.string(r, "`kind`")?.as_str() {
            "number" => FigureKind::Number,
            "percent" => FigureKind::Percent,
            "money" => FigureKind::Money,
            "points" => FigureKind::Points,
            other => {
                return Err(doc.value_error(
                    r,
                    format!("unknown figure kind {other:?} (expected number, percent, money or points)"),
                ))
            }
        },
        None if fields.contains_key("currency") => FigureKind::Money,
        None => FigureKind::Number,
    };
    let currency_code =
        match fields.get("currency") {
            Some(r) => {
                let c = doc.string(r, "`currency`")?;
                Some(currency(&c.to_lowercase()).map(|(code, _)| code).ok_or_else(|| {
                    doc.value_error(r, format!("unknown currency {c:?} (expected e.g. GBP, USD, EUR)"))
                })?)
            }
            None => None,
        };
    let fmt = |v: f64| format!("{v}");
    let (qualifier, anchor, low, high, text) = match (value, min, max) {
        (Some(v), None, None) => (Qualifier::Exact, Some(v), v, v, fmt(v)),
        (None, Some(lo), None) if min_inclusive => {
            (Qualifier::AtLeast, Some(lo), lo, lo, format!("at least {}", fmt(lo)))
        }
        (None, Some(lo), None) => (Qualifier::Above, Some(lo), lo, lo, format!("more than {}", fmt(lo))),
        (None, None, Some(hi)) if max_inclusive => (Qualifier::UpTo, Some(hi), hi, hi, format!("up to {}", fmt(hi))),
        (None, None, Some(hi)) => (Qualifier::Below, Some(hi), hi, hi, format!("fewer than {}", fmt(hi))),
        (None, Some(lo), Some(hi)) if lo <= hi => {
            (Qualifier::Range, None, lo, hi, format!("between {} and {}", fmt(lo), fmt(hi)))
        }
        _ => return Err(doc.value_error(raw, format!("{what}: give `value`, or `min` and/or `max` with min ≤ max"))),
    };
    let figure = Figure {
        span: crate::source::Span::default(),
        kind,
        qualifier,
        qualifier_text: None,
        value: anchor,
        low,
        high,
        currency: currency_code,
        noun: None,
        is_rate: false,
        role: None,
        rule: "object",
    };
    Ok(ClaimFigure { text, figure })
}
