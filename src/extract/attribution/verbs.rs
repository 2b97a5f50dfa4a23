//! Verb cues: a speech verb with its subject before it ("Clarke
//! estimated") or after it ("…," said Ex-Trac), passives ("was reported by
//! X", "X was quoted as saying"), participles ("…, adding that") and the
//! outlet of "told".

use super::cues::{appositive_after, from_name, modifies_common_noun};
use super::names::{named, Sentence};
use super::subject::{affiliation_in, is_source_head, subject_before, subject_head, Subject};
use super::words::{
    is_adverb, is_clause_conjunction, is_document_noun, is_document_verb, is_organisation_noun, is_participle_cue,
    is_preposition, is_subject_boundary, is_time_noun, is_wh_word, needs_named_subject, needs_statement,
};
use super::{attribution, Attribution, NameKind, Speaker};
use crate::extract::lexicon::weekday;
use crate::extract::opens::Class;
use crate::segment::TokenKind;

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
        _ if needs_statement(verb) && !states_after(s, v) && !follows_quote(s, v) => return None,
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
        Some(Subject::Pronoun(p)) => attribution(s.span(p, v + 1), &cue, Speaker::Pronoun(s.toks[p].norm.to_string())),
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

/// Whether the words said follow the verb at `v`: "that", or a colon or an
/// opening quotation mark before its clause's first other punctuation
/// ("welcomed the ruling: …", "asked reporters: \"…\"").
fn states_after(s: &Sentence, v: usize) -> bool {
    if s.word(v + 1) == Some("that") {
        return true;
    }
    let stop = (v + 1..s.toks.len().min(v + 10)).find(|&k| s.toks[k].kind == TokenKind::Punct || s.quoted[k]);
    stop.is_some_and(|k| s.is_punct(k, ':') || s.is_quote_mark(k) || s.quoted[k])
}

/// Whether the verb at `v` follows a quotation, straight after its closing
/// mark or after a comma ("\"…,\" said X", "\"…?\" asked X").
fn follows_quote(s: &Sentence, v: usize) -> bool {
    v > 0
        && (s.is_quote_mark(v - 1) || (s.is_punct(v - 1, ',') && v > 1 && (s.is_quote_mark(v - 2) || s.quoted[v - 2])))
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
    loop {
        if k > 0 && s.is_open(k - 1) && !s.toks[k - 1].capitalized && adverb(k - 1) {
            k -= 1;
        } else if k > 1 && is_time_phrase(s, k - 2) {
            k -= 2;
        } else {
            return k;
        }
    }
}

/// Whether tokens `k` and `k + 1` are a time phrase that may stand between
/// a subject and its verb ("who this week criticised", "Mr Hale on Monday
/// said").
fn is_time_phrase(s: &Sentence, k: usize) -> bool {
    let Some(noun) = s.word(k + 1) else {
        return false;
    };
    match s.word(k) {
        Some("this" | "last" | "next") => is_time_noun(noun) || weekday(noun).is_some(),
        Some("on") => weekday(noun).is_some(),
        _ => false,
    }
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
    // "told the business daily Handelsblatt": the description is dropped.
    let outlet_kind = |last: usize| s.bare_word(last).is_some_and(|w| w == "news" || is_organisation_noun(w));
    let described = s.described_name(v + 1).filter(|&(_, last, _)| outlet_kind(last)).map(|(_, _, run)| run);
    let Some((a, b)) = described.or_else(|| s.name_after(v + 1)) else {
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
                attribution(s.span(p, v + 1), "was quoted as saying", Speaker::Pronoun(s.toks[p].norm.to_string()))
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
    let after_quote = follows_quote(s, v);
    let after_comma = v > 0 && s.is_set_off(v - 1);
    let complement = s.word(v + 1).is_some_and(|w| matches!(w, "that" | "to" | "this") || super::words::is_pronoun(w));
    if !after_quote && (!after_comma || complement) {
        return None;
    }
    if let Some(p) = s.word(v + 1).filter(|w| super::words::is_pronoun(w) && after_quote) {
        return Some(attribution(s.span(v, v + 2), cue, Speaker::Pronoun(p.to_string())));
    }
    // A role before the name belongs to it: "said the agency's chief
    // economist Maria Lopez" credits her, of the agency's chief economist.
    let described = s.described_name(v + 1);
    if let Some((a, b)) = described.map(|(_, _, run)| run).or_else(|| s.name_after(v + 1)) {
        let mut name = named(s, a, b)?;
        if !after_quote && !s.closes_at(b) {
            return None;
        }
        if let Some((from, _, _)) = described {
            name.titles.extend((from..a).filter_map(|x| s.bare_word(x)).map(str::to_string));
            name.affiliation = name.affiliation.or_else(|| affiliation_in(s, v + 1, a));
        }
        if name.affiliation.is_none() {
            name.affiliation = appositive_after(s, b, false);
        }
        return Some(from_name(s, v, b, cue, name));
    }
    // "Asked about the plan, …", "asked if …": a question's subject matter, not its asker.
    if s.word(v + 1).is_some_and(|w| is_preposition(w) || is_wh_word(w)) {
        return None;
    }
    let mut b = v + 1;
    let part = |x: usize| s.toks[x].is_word() || s.toks[x].kind == TokenKind::Number || s.is_inner_hyphen(x);
    while b < s.toks.len() && part(b) && b - v <= 6 {
        b += 1;
    }
    // After a comma, a short subject that ends the clause: ", say industry
    // experts,". A verb that is often a noun also needs a source word there
    // ("the \"green\" agenda urges change at every level" is no cue).
    let ends_here = b - v <= 5 && (b == s.toks.len() || s.toks[b].kind == TokenKind::Punct);
    let source_like = subject_head(s, v + 1, b).and_then(|h| s.word(h)).is_some_and(is_source_head);
    let noun_like = needs_statement(&s.toks[v].norm) && !(ends_here && source_like);
    if b == v + 1 || (!after_quote && !ends_here) || noun_like {
        return None;
    }
    Some(attribution(s.span(v, b), cue, Speaker::Unnamed(s.slice(v + 1, b))))
}

/// A participle that carries on an account: after a comma it continues the
/// clause's speaker ("Ms Okafor defended her budget, saying …"); otherwise it
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
            Subject::Pronoun(p) => attribution(s.span(p, v + 1), word, Speaker::Pronoun(s.toks[p].norm.to_string())),
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
/// participle after a comma ("Later, Dr Rhys praised Ms Okafor, saying
/// …"): a person or an organisation, a pronoun, or a source without a
/// name ("The union welcomed the deal, saying …").
fn opening_subject(s: &Sentence, from: usize, v: usize, cue: &str) -> Option<Attribution> {
    let opener = s.word(from).is_some_and(super::words::is_sentence_opener) && s.is_punct(from + 1, ',');
    let start = if opener { from + 2 } else { from };
    if let Some(p) = s.word(start).filter(|w| super::words::is_pronoun(w)) {
        return Some(attribution(s.span(start, start + 1), cue, Speaker::Pronoun(p.to_string())));
    }
    let Some((a, b)) = s.name_after(start) else {
        return unnamed_opening_subject(s, start, v, cue);
    };
    let followed_by_word = s.word(b).is_some() && !s.toks[b].capitalized && !s.word_is(b, Class::Function);
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

/// A subject without a name that opens the clause at `start`: the words
/// before its first verb-like word (a cue verb, or a past form in "-ed"),
/// when their head is a source word ("The mayor of London", "The union").
fn unnamed_opening_subject(s: &Sentence, start: usize, v: usize, cue: &str) -> Option<Attribution> {
    let verb_like = |w: &str| w.ends_with("ed") || super::words::is_cue_verb(w);
    let verb = (start + 1..v).find(|&k| {
        s.word(k).is_some_and(|w| !s.toks[k].capitalized && verb_like(w))
            && matches!(subject_before(s, skip_adverbs(s, k)), Some(Subject::Unnamed(a, _, _)) if a == start)
            && subject_head(s, start, skip_adverbs(s, k)).and_then(|h| s.word(h)).is_some_and(is_source_head)
    })?;
    let Some(Subject::Unnamed(a, b, affiliation)) = subject_before(s, skip_adverbs(s, verb)) else {
        return None;
    };
    let mut att = attribution(s.span(v, v + 1), cue, Speaker::Unnamed(s.slice(a, b)));
    att.affiliation = affiliation;
    Some(att)
}
