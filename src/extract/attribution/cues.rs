//! The cue families: "according to X", "a report by X", "citing X", "per
//! X", headlines, speech verbs with their subject before or after them,
//! passives, participles and the outlet of "told".

use super::names::{named, Name, Sentence};
use super::subject::{affiliation_in, is_source_head, subject_before, subject_head, Subject};
use super::words::{
    is_adverb, is_clause_conjunction, is_document_noun, is_document_verb, is_name_connector, is_organisation_noun,
    is_participle_cue, is_subject_boundary, needs_named_subject,
};
use super::{attribution, Attribution, NameKind, Speaker};
use crate::extract::lexicon::{is_function_word, month, weekday};
use crate::segment::TokenKind;

/// An attribution crediting a name read from the text.
fn from_name(s: &Sentence, from: usize, to: usize, cue: &str, name: Name) -> Attribution {
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
fn appositive_after(s: &Sentence, end: usize, leads: bool) -> Option<String> {
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

/// A cue verb: finds its subject before it (or after it, "said Ex-Trac"),
/// and the outlet of "told".
pub(super) fn verb_cue(s: &Sentence, v: usize) -> Option<Attribution> {
    let verb = s.toks[v].norm.as_str();
    let window = |n: usize| v + 1..(v + n).min(s.toks.len());
    let mut cue = verb.to_string();
    match verb {
        "described" | "describes" => {
            if !window(10).any(|k| s.word(k) == Some("as")) {
                return None;
            }
            cue = format!("{verb} … as");
        }
        "quoted" => {
            if !window(8).any(|k| s.word(k) == Some("as") && s.word(k + 1) == Some("saying")) {
                return None;
            }
            cue = "quoted … as saying".to_string();
        }
        "claimed" | "claims" if claims_an_act(s, v) => return None,
        "put" | "puts" if !window(8).any(|k| s.word(k) == Some("at")) => return None,
        "found" | "recorded" | "counted" | "agreed" if s.word(v + 1) != Some("that") => return None,
        _ => {}
    }
    // "are widely reported to be cool", "announced himself": no statement.
    let next = s.word(v + 1);
    let not_a_statement = (next == Some("to") && matches!(s.word(v + 2), Some("be" | "have")))
        || next.is_some_and(|w| matches!(w, "himself" | "herself" | "itself" | "themselves"));
    if not_a_statement {
        return None;
    }
    // "the Wright Stuff show, with", "TV shows are": a noun, not a verb.
    let noun_like = needs_named_subject(verb) || is_document_verb(verb);
    let next_is_noun_context = s.toks.get(v + 1).is_none_or(|t| t.kind == TokenKind::Punct)
        || s.word(v + 1).is_some_and(|w| {
            (is_subject_boundary(w) && w != "that")
                || matches!(w, "with" | "of" | "on" | "in" | "and" | "or" | "for" | "from")
        });
    if noun_like && next_is_noun_context {
        return None;
    }
    let k = skip_adverbs(s, v);
    // A passive, or a participle before its agent ("Solutions suggested by
    // conservationists include …"): only the agent is credited.
    let passive_voice = k > 0 && matches!(s.word(k - 1), Some("was" | "were" | "been" | "being" | "is" | "are" | "be"));
    if passive_voice || (s.word(v + 1) == Some("by") && !matches!(verb, "told" | "tells" | "tell")) {
        return passive(s, if passive_voice { k - 1 } else { k }, v);
    }
    let mut att = match subject_before(s, k) {
        Some(Subject::Name(name, a)) => from_name(s, a, v + 1, &cue, name),
        Some(Subject::Pronoun(p)) => attribution(s.span(p, v + 1), &cue, Speaker::Pronoun(s.toks[p].norm.clone())),
        Some(Subject::Unnamed(a, b, affiliation)) => {
            let source_head = subject_head(s, a, b).and_then(|h| s.word(h)).is_some_and(is_source_head);
            if needs_named_subject(verb) || (is_document_verb(verb) && !source_head) {
                return None;
            }
            let mut att = attribution(s.span(a, v + 1), &cue, Speaker::Unnamed(s.slice(a, b)));
            att.affiliation = affiliation;
            att
        }
        Some(Subject::Relative) => return None,
        None => inverted(s, v, &cue)?,
    };
    if matches!(verb, "told" | "tells" | "tell") {
        told_outlet(s, v, &mut att);
    }
    Some(att)
}

/// The token where the subject of the cue at `v` ends: before the adverbs
/// and auxiliaries between them ("He also suggested", "widely reported").
fn skip_adverbs(s: &Sentence, v: usize) -> usize {
    let mut k = v;
    // A word in "-ly" is an adverb unless a determiner makes it a noun
    // ("the family said", "the daily reported").
    let determined = |x: usize| {
        x > 0
            && matches!(
                s.word(x - 1),
                Some("the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our")
            )
    };
    let adverb =
        |x: usize| s.word(x).is_some_and(|w| is_adverb(w) || (w.len() > 4 && w.ends_with("ly") && !determined(x)));
    while k > 0 && s.is_open(k - 1) && !s.toks[k - 1].capitalized && adverb(k - 1) {
        k -= 1;
    }
    k
}

/// "claimed responsibility", "claims the lives": an act, not a statement.
fn claims_an_act(s: &Sentence, v: usize) -> bool {
    matches!(
        s.word(v + 1),
        Some("responsibility" | "credit" | "victory" | "the" | "a" | "an" | "his" | "her" | "its" | "their")
    )
}

/// Sets the outlet of "told X" (an organisation, not a person told).
fn told_outlet(s: &Sentence, v: usize, att: &mut Attribution) {
    let Some((a, b)) = s.name_after(v + 1) else {
        return;
    };
    // "told the Reuters news agency" names Reuters; "told Labour supporters" no outlet.
    let outlet_noun = s.word(b).is_some_and(|w| w == "news" || is_organisation_noun(w));
    if modifies_common_noun(s, b) && !outlet_noun {
        return;
    }
    if let Some(name) = named(s, a, b).filter(|n| n.speaker.kind() != NameKind::Person) {
        att.via = name.speaker.name().map(str::to_string);
        att.span = att.span.cover(s.span(a, b));
    }
}

/// A passive whose subject ends before token `subject_end` (its auxiliary,
/// if any): "it was reported by X" credits X; "X was quoted (by Y) as
/// saying" credits X, with Y as the outlet.
fn passive(s: &Sentence, subject_end: usize, v: usize) -> Option<Attribution> {
    let verb = s.toks[v].norm.as_str();
    if verb == "quoted" {
        let mut att = match subject_before(s, skip_adverbs(s, subject_end))? {
            Subject::Name(name, a) => from_name(s, a, v + 1, "was quoted as saying", name),
            Subject::Pronoun(p) => {
                attribution(s.span(p, v + 1), "was quoted as saying", Speaker::Pronoun(s.toks[p].norm.clone()))
            }
            Subject::Unnamed(a, b, affiliation) => {
                let mut att = attribution(s.span(a, v + 1), "was quoted as saying", Speaker::Unnamed(s.slice(a, b)));
                att.affiliation = affiliation;
                att
            }
            Subject::Relative => return None,
        };
        if s.word(v + 1) == Some("by") {
            told_outlet(s, v + 1, &mut att);
        }
        return Some(att);
    }
    if s.word(v + 1) != Some("by") {
        return None;
    }
    let (a, b) = s.name_after(v + 2)?;
    let name = named(s, a, b)?;
    Some(from_name(s, v, b, &format!("{verb} by"), name))
}

/// "said Ex-Trac", "said managing director Rodrigo Rato", "says Total
/// Film's Jamie Graham", "said officials": the speaker after the verb, when
/// the verb follows a quote, or a comma and the speaker closes the clause.
fn inverted(s: &Sentence, v: usize, cue: &str) -> Option<Attribution> {
    let after_quote = v > 0
        && (s.is_quote_mark(v - 1) || (s.is_punct(v - 1, ',') && v > 1 && (s.is_quote_mark(v - 2) || s.quoted[v - 2])));
    let after_comma = v > 0 && s.is_punct(v - 1, ',');
    let complement = s.word(v + 1).is_some_and(|w| matches!(w, "that" | "to" | "this") || super::words::is_pronoun(w));
    if !after_quote && (!after_comma || complement) {
        return None;
    }
    if let Some(p) = s.word(v + 1).filter(|w| super::words::is_pronoun(w) && after_quote) {
        return Some(attribution(s.span(v, v + 2), cue, Speaker::Pronoun(p.to_string())));
    }
    // A description may stand before the name: "managing director".
    let mut k = v + 1;
    if matches!(s.word(k), Some("the" | "a" | "an")) {
        k += 1;
    }
    let described_from = k;
    while k < described_from + 4
        && s.is_open(k)
        && !s.is_name_word(k)
        && s.word(k).is_some_and(|w| !is_function_word(w))
    {
        k += 1;
    }
    let run = if s.is_name_word(k) && k > described_from { s.name_after(k) } else { s.name_after(v + 1) };
    if let Some((a, b)) = run {
        let mut name = named(s, a, b)?;
        if !after_quote && !s.closes_at(b) {
            return None;
        }
        if a > described_from {
            name.titles.extend((described_from..a).filter_map(|x| s.word(x)).map(str::to_string));
        }
        if name.affiliation.is_none() {
            name.affiliation = appositive_after(s, b, false);
        }
        return Some(from_name(s, v, b, cue, name));
    }
    let mut b = v + 1;
    while b < s.toks.len() && s.toks[b].is_word() && b - v <= 6 {
        b += 1;
    }
    // After a comma, a short subject that ends the clause: ", say industry experts,".
    let ends_here = b - v <= 5 && (b == s.toks.len() || s.toks[b].kind == TokenKind::Punct);
    if b == v + 1 || (!after_quote && !ends_here) {
        return None;
    }
    Some(attribution(s.span(v, b), cue, Speaker::Unnamed(s.slice(v + 1, b))))
}

/// A participle that carries on an account: after a comma it continues the
/// clause's speaker ("Ms Hutt defended her record, saying …"); otherwise it
/// takes its own subject ("with investors saying", "World Tourism
/// Organisation figures showing").
pub(super) fn participle(s: &Sentence, v: usize, earlier: &[Attribution]) -> Option<Attribution> {
    let word = s.toks[v].norm.as_str();
    if word == "claiming" && claims_an_act(s, v) {
        return None;
    }
    let k = skip_adverbs(s, v);
    let speech = is_participle_cue(word);
    let mut att = if speech && k > 0 && s.is_punct(k - 1, ',') {
        // The clause the participle hangs on starts after the last
        // conjunction ("Thailand said …, while India rejected aid, saying").
        let clause = (0..k)
            .rev()
            .find(|&x| s.is_open(x) && (s.is_punct(x, ';') || s.word(x).is_some_and(is_clause_conjunction)));
        let clause_start = clause.map_or(0, |x| x + 1);
        let prev_in_clause =
            earlier.last().filter(|p| p.span.start >= s.toks.get(clause_start).map_or(0, |t| t.span.start));
        match prev_in_clause {
            Some(prev) => {
                let mut att = prev.clone();
                att.span = s.span(v, v + 1);
                att.cue = word.to_string();
                att.scope.clear();
                att
            }
            None => opening_subject(s, clause_start, v, word)?,
        }
    } else {
        match subject_before(s, k)? {
            // "Security warning over …": a one-word name before a participle is a noun's modifier.
            Subject::Name(name, a) if name.speaker.kind() != NameKind::Unknown || !name.titles.is_empty() => {
                from_name(s, a, v + 1, word, name)
            }
            Subject::Pronoun(p) => attribution(s.span(p, v + 1), word, Speaker::Pronoun(s.toks[p].norm.clone())),
            Subject::Unnamed(a, b, _) => {
                let head = subject_head(s, a, b).and_then(|h| s.word(h));
                let fits = if speech {
                    word == "saying" && head.is_some_and(is_source_head)
                } else {
                    head.is_some_and(is_document_noun)
                };
                if !fits {
                    return None;
                }
                attribution(s.span(a, v + 1), word, Speaker::Unnamed(s.slice(a, b)))
            }
            _ => return None,
        }
    };
    if word == "telling" {
        att.via = None;
        told_outlet(s, v, &mut att);
    }
    Some(att)
}

/// The subject that opens the clause starting at token `from`, for a
/// participle after a comma ("Later, Dr Gibbons praised Ms Hutt, saying
/// …"): a person or an organisation, or a pronoun.
fn opening_subject(s: &Sentence, from: usize, v: usize, cue: &str) -> Option<Attribution> {
    let opener = s.word(from).is_some_and(super::words::is_sentence_opener) && s.is_punct(from + 1, ',');
    let start = if opener { from + 2 } else { from };
    if let Some(p) = s.word(start).filter(|w| super::words::is_pronoun(w)) {
        return Some(attribution(s.span(start, start + 1), cue, Speaker::Pronoun(p.to_string())));
    }
    let (a, b) = s.name_after(start)?;
    let followed_by_word = s.word(b).is_some_and(|w| !s.toks[b].capitalized && !is_function_word(w));
    let name = named(s, a, b).filter(|n| n.speaker.kind() != NameKind::Unknown || !n.titles.is_empty())?;
    if !followed_by_word || b >= v {
        return None;
    }
    // "A Labour Party spokesman criticised …, saying": the name only
    // qualifies the subject.
    if s.word(b).is_some_and(is_source_head) {
        let mut att = attribution(s.span(v, v + 1), cue, Speaker::Unnamed(s.slice(start, b + 1)));
        att.affiliation = name.speaker.name().map(str::to_string);
        return Some(att);
    }
    let mut att = from_name(s, a, b, cue, name);
    att.span = s.span(v, v + 1);
    Some(att)
}
