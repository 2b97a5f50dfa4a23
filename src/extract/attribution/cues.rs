//! The cue families: "according to X", "a report by X", speech verbs with
//! their subject before or after them, passives and outlets.

use super::names::*;
use super::subject::*;
use super::words::*;
use super::*;

/// "according to X", where X runs to the next comma or clause end.
pub(super) fn according_to(s: &Sentence, i: usize) -> Option<Attribution> {
    let start = i + 2;
    let mut end = start;
    while end < s.toks.len() && !s.quoted[end] {
        let t = &s.toks[end];
        if t.kind == TokenKind::Punct && !t.is_punct('(') && !t.is_punct(')') && !t.is_punct('-') && !t.is_punct('.') {
            break;
        }
        if t.is_punct('.') && end + 1 >= s.toks.len() {
            break;
        }
        if t.is("that") {
            break;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // "a 2018 report by the … Centre": the name after "by"/"from".
    let by = (start..end).find(|&k| matches!(s.word(k), Some("by" | "from")) && k + 1 < end);
    let search_from = by.map_or(start, |k| k + 1);
    let run = (search_from..end)
        .find(|&k| s.is_name_word(k) && s.word(k) != Some("the"))
        .and_then(|k| s.name_after(if k > 0 && s.word(k - 1) == Some("the") { k - 1 } else { k }))
        .filter(|&(a, _)| by.is_some() || a <= start + 1 || a == start + 2 && s.word(start) == Some("the"));
    // "Afghan security forces": a name that modifies a common noun is no name.
    let run = run.filter(|&(_, b)| !modifies_common_noun(s, b));
    let mut att = match run.and_then(|(a, b)| named(s, a, b).map(|n| (n, b))) {
        Some(((speaker, affiliation, _), b)) => {
            let mut att = attribution(s.span(i, end), "according to", speaker);
            att.affiliation = affiliation;
            if let Some((alias, _)) = s.alias_after(b) {
                att.aliases.push(alias);
            }
            att
        }
        None => attribution(s.span(i, end), "according to", Speaker::Unnamed(s.slice(start, end))),
    };
    if by.is_some() && att.source.is_some() {
        att.cue = format!("according to … {}", s.word(by.unwrap_or(start)).unwrap_or("by"));
    }
    Some(att)
}

/// Whether the word at `b` is a lower-case noun that the name before it
/// modifies ("Afghan security forces"); "UN data" names the UN.
pub(super) fn modifies_common_noun(s: &Sentence, b: usize) -> bool {
    s.word(b).is_some_and(|w| {
        !s.toks[b].capitalized
            && !is_name_connector(w)
            && !is_document_noun(w)
            && !crate::extract::lexicon::is_function_word(w)
    })
}

/// "a report by X", "data from X".
pub(super) fn document_by(s: &Sentence, i: usize) -> Option<Attribution> {
    let (a, b) = s.name_after(i + 2).filter(|&(_, b)| !modifies_common_noun(s, b))?;
    let first = &s.toks[a].norm;
    if crate::extract::lexicon::month(first).is_some() || crate::extract::lexicon::weekday(first).is_some() {
        return None;
    }
    let (speaker, affiliation, _) = named(s, a, b)?;
    let cue = format!("{} {}", s.toks[i].norm, s.toks[i + 1].norm);
    let mut att = attribution(s.span(i, b), &cue, speaker);
    att.affiliation = affiliation;
    if let Some((alias, _)) = s.alias_after(b) {
        att.aliases.push(alias);
    }
    Some(att)
}

/// A cue verb: finds its subject before it (or after it, "said Ex-Trac"),
/// and the outlet of "told".
pub(super) fn verb_cue(s: &Sentence, v: usize) -> Option<Attribution> {
    let verb = s.toks[v].norm.as_str();
    let mut cue = verb.to_string();
    match verb {
        "described" | "describes" => {
            if !(v + 1..(v + 10).min(s.toks.len())).any(|k| s.word(k) == Some("as")) {
                return None;
            }
            cue = format!("{verb} … as");
        }
        "quoted" => {
            if !(v + 1..(v + 8).min(s.toks.len())).any(|k| s.word(k) == Some("as") && s.word(k + 1) == Some("saying")) {
                return None;
            }
            cue = "quoted … as saying".to_string();
        }
        "claimed" | "claims"
            if matches!(
                s.word(v + 1),
                Some("responsibility" | "credit" | "victory" | "the" | "a" | "an" | "his" | "her" | "its" | "their")
            ) =>
        {
            return None
        }
        "put" | "puts" if !(v + 1..(v + 8).min(s.toks.len())).any(|k| s.word(k) == Some("at")) => return None,
        "found" | "recorded" | "counted" | "agreed" if s.word(v + 1) != Some("that") => return None,
        _ => {}
    }
    // Skip adverbs and auxiliaries between the subject and the verb.
    let mut k = v;
    while k > 0 && !s.quoted[k - 1] && s.word(k - 1).is_some_and(is_adverb) {
        k -= 1;
    }
    // A passive ("was reported") credits only a "by X" after it.
    if k > 0 && matches!(s.word(k - 1), Some("was" | "were" | "been" | "being" | "is" | "are" | "be")) {
        if s.word(v + 1) == Some("by") {
            let (a, b) = s.name_after(v + 2)?;
            let (speaker, affiliation, _) = named(s, a, b)?;
            let mut att = attribution(s.span(v, b), &format!("{verb} by"), speaker);
            att.affiliation = affiliation;
            return Some(att);
        }
        return None;
    }
    let subject = subject_before(s, k);
    let mut att = match subject {
        Some(Subject::Name(a, b, appositive)) => {
            let (speaker, mut affiliation, end) = named(s, a, b)?;
            if affiliation.is_none() {
                affiliation = appositive.and_then(|(x, y)| affiliation_in(s, x, y));
            }
            if needs_named_subject(verb) && !matches!(speaker, Speaker::Named { .. }) {
                return None;
            }
            let mut att = attribution(s.span(a, v + 1), &cue, speaker);
            att.affiliation = affiliation;
            if let Some((alias, _)) = s.alias_after(end) {
                att.aliases.push(alias);
            }
            att
        }
        Some(Subject::Pronoun(p)) => attribution(s.span(p, v + 1), &cue, Speaker::Pronoun(s.toks[p].norm.clone())),
        Some(Subject::Unnamed(a, b)) => {
            if needs_named_subject(verb) {
                return None;
            }
            attribution(s.span(a, v + 1), &cue, Speaker::Unnamed(s.slice(a, b)))
        }
        Some(Subject::Relative) => return None,
        None => inverted(s, v, &cue)?,
    };
    if matches!(verb, "told" | "tells" | "tell") {
        if let Some((a, b)) = s.name_after(v + 1) {
            if let Some((Speaker::Named { name, .. }, _, _)) = named(s, a, b) {
                att.via = Some(name);
                att.span = att.span.cover(s.span(a, b));
            }
        }
    }
    Some(att)
}

/// The organisation named in an appositive: the last name after "at", "of",
/// "from" or "with".
pub(super) fn affiliation_in(s: &Sentence, from: usize, to: usize) -> Option<String> {
    let at = (from..to).rev().find(|&k| matches!(s.word(k), Some("at" | "of" | "from" | "with")))?;
    let (a, b) = s.name_after(at + 1)?;
    if b > to {
        return None;
    }
    match named(s, a, b)?.0 {
        Speaker::Named { name, .. } => Some(name),
        _ => None,
    }
}

/// "said Ex-Trac", "said the United Nations", "said officials": the
/// speaker after the verb, when the verb follows a quote or a comma.
pub(super) fn inverted(s: &Sentence, v: usize, cue: &str) -> Option<Attribution> {
    let after_quote = v > 0
        && (is_quote_mark(&s.toks[v - 1])
            || (s.toks[v - 1].is_punct(',') && v > 1 && (is_quote_mark(&s.toks[v - 2]) || s.quoted[v - 2])));
    if !after_quote {
        return None;
    }
    if let Some(p) = s.word(v + 1).filter(|w| is_pronoun(w)) {
        return Some(attribution(s.span(v, v + 2), cue, Speaker::Pronoun(p.to_string())));
    }
    if let Some((a, b)) = s.name_after(v + 1) {
        let (speaker, affiliation, end) = named(s, a, b)?;
        let mut att = attribution(s.span(v, end), cue, speaker);
        att.affiliation = affiliation;
        // "said Ex-Trac, an organisation that …"
        if s.toks.get(b).is_some_and(|t| t.is_punct(',')) {
            let close = (b + 1..s.toks.len())
                .find(|&k| s.toks[k].is_punct(',') || s.toks[k].is_punct('.'))
                .unwrap_or(s.toks.len());
            if att.affiliation.is_none() {
                att.affiliation = affiliation_in(s, b + 1, close);
            }
        }
        return Some(att);
    }
    let mut b = v + 1;
    while b < s.toks.len() && s.toks[b].is_word() && b - v <= 6 {
        b += 1;
    }
    (b > v + 1).then(|| attribution(s.span(v, b), cue, Speaker::Unnamed(s.slice(v + 1, b))))
}
