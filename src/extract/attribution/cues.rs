//! Phrase cues: "according to X", "a report by X", "data from X",
//! "figures released by X", "citing X", "per X", and headlines ("X: …").
//! Verb cues are in `verbs.rs`.

use super::names::{named, Name, Sentence};
use super::subject::affiliation_in;
use super::words::{is_document_noun, is_name_connector};
use super::{attribution, Attribution, NameKind, Speaker};
use crate::extract::lexicon::{is_function_word, month, weekday};
use crate::segment::TokenKind;

/// An attribution crediting a name read from the text.
pub(super) fn from_name(s: &Sentence, from: usize, to: usize, cue: &str, name: Name) -> Attribution {
    let mut att = attribution(s.span(from, to), cue, name.speaker);
    att.affiliation = name.affiliation;
    att.titles = name.titles;
    if let Some((alias, _)) = s.alias_after(name.end) {
        att.aliases.push(alias);
    }
    att
}

/// The end of a phrase that starts at token `start` and runs to the next
/// comma, clause end or "that".
fn phrase_end(s: &Sentence, start: usize) -> usize {
    let mut end = start;
    while end < s.toks.len() {
        let t = &s.toks[end];
        // Quoted words may stand inside the phrase: "a California \"shield\" law".
        let inner_punct = t.is_punct('(') || t.is_punct(')') || t.is_punct('-') || s.is_quote_mark(end);
        if t.kind == TokenKind::Punct && !inner_punct && !(t.is_punct('.') && end + 1 < s.toks.len()) {
            break;
        }
        if t.is("that") {
            break;
        }
        end += 1;
    }
    end
}

/// The source in the phrase `start..end` after a cue ("according to",
/// "citing"): the name that opens it ("the Wall Street Journal", "UN
/// data"), or the name after its "by"/"from" ("a 2018 report by the …
/// Centre"); `None` when the phrase names nobody.
fn phrase_source(s: &Sentence, cue: usize, start: usize, end: usize) -> Option<(Name, bool)> {
    let by = (start..end).find(|&k| matches!(s.word(k), Some("by" | "from")) && k + 1 < end);
    let search_from = by.map_or(start, |k| k + 1);
    let (a, b) = (search_from..end)
        .find(|&k| s.is_name_word(k) && s.word(k) != Some("the"))
        .and_then(|k| s.name_after(if k > 0 && s.word(k - 1) == Some("the") { k - 1 } else { k }))
        .filter(|&(a, _)| by.is_some() || a <= start + 1 || a == start + 2 && s.word(start) == Some("the"))?;
    // "Afghan security forces", "a California \"shield\" law": a name that
    // qualifies something else is no source.
    let qualifies = a > 0 && matches!(s.word(a - 1), Some("a" | "an")) || s.is_quote_mark(b);
    if modifies_common_noun(s, b) || is_date_word(s, a) || qualifies {
        return None;
    }
    let mut name = named(s, a, b)?;
    if name.affiliation.is_none() {
        let leads = cue == 0 || !(s.is_punct(cue - 1, ',') || s.is_quote_mark(cue - 1));
        name.affiliation = appositive_after(s, name.end.max(b), leads);
    }
    Some((name, by.is_some()))
}

/// "according to X", where X runs to the next comma or clause end.
pub(super) fn according_to(s: &Sentence, i: usize) -> Option<Attribution> {
    let start = i + 2;
    let end = phrase_end(s, start);
    if end == start {
        return None;
    }
    Some(match phrase_source(s, i, start, end) {
        Some((name, by)) => {
            let by_word = (start..end).find_map(|k| s.word(k).filter(|w| matches!(*w, "by" | "from")));
            let cue = match (by, by_word) {
                (true, Some(w)) => format!("according to … {w}"),
                _ => "according to".to_string(),
            };
            from_name(s, i, end, &cue, name)
        }
        None => {
            // Without a comma the phrase may run into the statement: keep its head.
            let end = if s.is_punct(end, ',') { end } else { end.min(start + 8) };
            attribution(s.span(i, end), "according to", Speaker::Unnamed(s.slice(start, end)))
        }
    })
}

/// "citing X": the source after the participle, often behind a document
/// ("citing figures from the ONS"); an unnamed one otherwise ("citing
/// officials").
pub(super) fn citing(s: &Sentence, i: usize) -> Option<Attribution> {
    let start = i + 1;
    let end = phrase_end(s, start);
    if end == start || end - start > 8 {
        return None;
    }
    Some(match phrase_source(s, i, start, end) {
        Some((name, _)) => from_name(s, i, end, "citing", name),
        None => attribution(s.span(i, end), "citing", Speaker::Unnamed(s.slice(start, end))),
    })
}

/// "per X", set off by a comma or opening the sentence ("…, per the
/// CDC"); "per cent" and "per day" name nobody.
pub(super) fn per(s: &Sentence, i: usize) -> Option<Attribution> {
    let set_off = i == 0 || s.is_punct(i - 1, ',') || s.is_punct(i - 1, '(');
    if !set_off {
        return None;
    }
    let end = phrase_end(s, i + 1);
    let (name, _) = phrase_source(s, i, i + 1, end)?;
    Some(from_name(s, i, end, "per", name))
}

/// A headline's "X: statement", when the statement holds a quote or a
/// figure and asks no question ("UN: ISKP has up to 6,000 fighters").
pub(super) fn headline(s: &Sentence) -> Option<Attribution> {
    if !s.is_heading {
        return None;
    }
    let (a, b) = s.name_after(0)?;
    let rest = b + 1..s.toks.len();
    let has_claim = rest.clone().any(|k| s.quoted[k] || s.toks[k].kind == TokenKind::Number);
    let asks = s.toks.last().is_some_and(|t| t.is_punct('?'));
    if !s.is_punct(b, ':') || rest.is_empty() || !has_claim || asks {
        return None;
    }
    // A one-word name before a colon is often a label ("Result: …"): it
    // counts only before a quotation ("Goldsmith: 'I was not leant on'").
    let quoted = rest.clone().any(|k| s.quoted[k]);
    let name = named(s, a, b).filter(|n| n.speaker.kind() != NameKind::Unknown || quoted)?;
    Some(from_name(s, a, b + 1, ":", name))
}

/// Whether the word at `b` is a lower-case noun that the name before it
/// modifies ("Afghan security forces"); "UN data" names the UN.
pub(super) fn modifies_common_noun(s: &Sentence, b: usize) -> bool {
    s.word(b).is_some_and(|w| {
        !s.toks[b].capitalized
            && !is_name_connector(w)
            && !is_document_noun(w)
            && !is_function_word(w)
            && !super::words::is_cue_verb(w)
    })
}

/// Whether the name at `a` is a date ("a report from October 2021").
fn is_date_word(s: &Sentence, a: usize) -> bool {
    let first = &s.toks[a].norm;
    month(first).is_some() || weekday(first).is_some()
}

/// "a report by X", "data from X", "figures released by X".
pub(super) fn document_by(s: &Sentence, i: usize) -> Option<Attribution> {
    let by = if matches!(s.word(i + 1), Some("by" | "from")) { i + 1 } else { i + 2 };
    let (a, b) = s.name_after(by + 1).filter(|&(_, b)| !modifies_common_noun(s, b))?;
    if is_date_word(s, a) {
        return None;
    }
    let name = named(s, a, b)?;
    let cue = (i..=by).filter_map(|k| s.word(k)).collect::<Vec<_>>().join(" ");
    Some(from_name(s, i, b, &cue, name))
}

/// The affiliation in an appositive right after token `end` ("said
/// Ex-Trac, an organisation based at …", "according to John Binks,
/// director of GfK, …"). An appositive opens with a lower-case word; when
/// the cue leads its sentence, it must also close with a comma, since what
/// follows the cue's comma is then the statement itself.
pub(super) fn appositive_after(s: &Sentence, end: usize, leads: bool) -> Option<String> {
    let opens = s.word(end + 1).is_some_and(|w| !s.toks[end + 1].capitalized && !super::words::is_pronoun(w));
    if !s.is_punct(end, ',') || !opens {
        return None;
    }
    let close = (end + 1..s.toks.len()).find(|&k| s.is_punct(k, ',') || s.is_punct(k, '.'));
    let closed = close.is_some_and(|c| s.is_punct(c, ',') && c + 1 < s.toks.len());
    if leads && !closed {
        return None;
    }
    affiliation_in(s, end + 1, close.unwrap_or(s.toks.len()))
}
