//! The subject of a cue verb: a name, a pronoun, an unnamed source, or the
//! name on either side of an appositive.
//!
//! Appositives: in "Clarke, a senior fellow at the Soufan Centre, estimated"
//! the subject is the name before the commas and the appositive gives the
//! affiliation; in "The UN's relief coordinator, Jan Egeland, said" the
//! subject is the name between them and the description gives it. An
//! appositive may hold commas of its own ("Dr Rhys, who worked as a nurse
//! in Tonypandy, in the Rhondda Valley, said"): the subject is the name
//! that opens a clause.

use super::names::{is_boundary, named, Name, Sentence};
use super::words::{
    is_affiliation_preposition, is_clause_conjunction, is_common_subject, is_document_noun, is_organisation_noun,
    is_organisation_word, is_preposition, is_pronoun, is_title,
};
use super::NameKind;
use crate::extract::lexicon::{is_function_word, month, word_list};
use crate::extract::opens::Class;
use crate::segment::TokenKind;

/// What stands before a cue verb.
pub(super) enum Subject {
    /// A name, read, and its first token.
    Name(Name, usize),
    /// A pronoun at this token.
    Pronoun(usize),
    /// A subject without a name: its token range, and an organisation
    /// named inside it ("the transport minister for Wales").
    Unnamed(usize, usize, Option<String>),
    /// "which X claimed": an object relative clause, not a statement.
    Relative,
}

/// The subject that ends just before token `k`.
pub(super) fn subject_before(s: &Sentence, k: usize) -> Option<Subject> {
    if k == 0 || !s.is_open(k - 1) {
        return None;
    }
    let prev = &s.toks[k - 1];
    if prev.is_word() && is_pronoun(&prev.norm) {
        let object = k > 1 && s.word(k - 2).is_some_and(is_preposition);
        return (!object).then_some(Subject::Pronoun(k - 1));
    }
    if prev.is("who") {
        // "Colin Clarke, a counterterrorism expert, who said"
        return appositive_subject(s, k - 2, true).or(Some(Subject::Relative));
    }
    if s.is_set_off(k - 1) {
        return appositive_subject(s, k - 1, false);
    }
    // "US Central Command (CentCom) said": the name before the short form.
    if prev.is_punct(')') && k >= 3 && s.is_punct(k - 3, '(') && s.is_name_word(k - 2) {
        return s.name_before(k - 3).and_then(|(a, b)| name_subject(s, a, b)).or_else(|| unnamed_subject(s, k - 3));
    }
    if prev.kind == TokenKind::Punct {
        return None;
    }
    unclosed_appositive(s, k)
        .or_else(|| s.name_before(k).and_then(|(a, b)| name_subject(s, a, b)))
        .or_else(|| unnamed_subject(s, k))
}

/// "Anna Price, Green Party transport spokeswoman said": a person's name,
/// a comma and a role that runs up to the verb at `k` without a closing
/// comma. The subject is the person; the role gives the affiliation. So
/// too for a relative clause ("Mr Hale, who on Monday won the seat said").
fn unclosed_appositive(s: &Sentence, k: usize) -> Option<Subject> {
    // The stretch back to the comma may hold signs ("£5,000"), not clause marks.
    let clause_mark = |x: usize| s.is_set_off(x) || !s.is_open(x) || s.toks[x].is_punct(';') || s.toks[x].is_punct(':');
    let a = (0..k).rev().find(|&x| clause_mark(x) || s.is_quote_mark(x) || s.is_punct(x, '.'))?;
    let role_head = subject_head(s, a + 1, k).and_then(|h| s.word(h)).is_some_and(is_title);
    let relative = s.word(a + 1) == Some("who") && k > a + 2;
    if !s.is_set_off(a) || k - a > 16 || !(role_head || relative) {
        return None;
    }
    match appositive_subject(s, k, false)? {
        Subject::Name(name, at) if name.speaker.kind() == NameKind::Person => Some(Subject::Name(name, at)),
        _ => None,
    }
}

/// The name run `a..b` as a subject, unless it is an object ("which IS-KP
/// claimed"), a lone capitalised common word ("Officials said"), or part
/// of a description ("the transport minister for Wales says").
fn name_subject(s: &Sentence, a: usize, b: usize) -> Option<Subject> {
    let before = a.checked_sub(1).and_then(|p| s.word(p));
    let complement = a >= 2 && s.word(a - 2).is_some_and(super::words::is_cue_verb);
    if matches!(before, Some("which" | "whom")) || (before == Some("that") && !complement) {
        return Some(Subject::Relative);
    }
    // "Officials said", "Surveys show": a common noun, capitalised.
    let w = s.toks[a].norm.as_str();
    let single_common = b - a == 1 && (is_common_subject(w) || is_document_noun(w));
    let lone_article = b - a == 1 && matches!(s.toks[a].norm.as_str(), "the" | "a" | "an");
    let in_description = before.is_some_and(is_affiliation_preposition)
        && a >= 2
        && s.word(a - 2).is_some()
        && !s.toks[a - 2].capitalized
        && !s.word_is(a - 2, Class::Function);
    if single_common || lone_article || in_description {
        return None;
    }
    named(s, a, b).map(|name| Subject::Name(name, a))
}

/// A subject without a name, ending before token `k`: the words back to a
/// clause boundary ("The former officials say", "as figures showed").
fn unnamed_subject(s: &Sentence, k: usize) -> Option<Subject> {
    let mut a = k;
    let part = |x: usize| s.toks[x].kind != TokenKind::Punct || s.is_inner_hyphen(x);
    while a > 0 && s.is_open(a - 1) && part(a - 1) && k - a < 16 && !is_boundary(s, a - 1) {
        a -= 1;
    }
    // Leading prepositions are not part of it: "with investors saying".
    while a < k && s.word_is(a, Class::Function) && s.word(a).is_some_and(|w| !is_determiner(w) && !is_pronoun(w)) {
        a += 1;
    }
    if a == k {
        return None;
    }
    // "He and other experts believe"; "it sent out a notice telling" is a clause.
    if s.word(a).is_some_and(is_pronoun) {
        return (a + 1 == k || s.word(a + 1) == Some("and")).then_some(Subject::Pronoun(a));
    }
    // A name inside: "A CBS News report from October 2021 quoted" credits
    // CBS News; "UN data show" the UN.
    let inner = (a..k).find(|&x| {
        let w = s.toks[x].norm.as_str();
        let common_opener = x == 0 && (is_common_subject(w) || crate::extract::lexicon::is_stop_word(w));
        s.is_name_word(x) && !common_opener && month(w).is_none()
    });
    if let Some((na, nb)) = inner.and_then(|x| s.name_after(x)) {
        // "the Deutsche Welle radio station reported": the name with what it is.
        let described =
            nb < k && (nb..k).all(|x| s.word(x).is_some_and(|w| is_organisation_noun(w) || is_organisation_word(w)));
        // A one-word name there is a qualifier ("the US newspaper", "the
        // Afghan government"), unless it is an organisation's ("the Reuters
        // news agency").
        let proper = |_: &Name| nb - na >= 2 || s.word_is(na, Class::BareOrganisation);
        if let Some(name) =
            named(s, na, nb).filter(|n| s.word(nb).is_some_and(is_document_noun) || (described && proper(n)))
        {
            return Some(Subject::Name(name, a));
        }
    }
    if s.word(k - 1).is_none() || s.word_is(k - 1, Class::Function) {
        return None;
    }
    Some(Subject::Unnamed(a, k, head_affiliation(s, a, k)))
}

/// The organisation a subject without a name belongs to, read next to its
/// head noun: "UN officials", "a spokesman for the UN". The head is the last
/// word before any "and" ("officials and a member of …" → officials).
fn head_affiliation(s: &Sentence, a: usize, k: usize) -> Option<String> {
    let head = subject_head(s, a, k)?;
    let name_of = |(x, y): (usize, usize)| named(s, x, y).and_then(|n| n.speaker.name().map(str::to_string));
    // Only an organisation's name: "Afghan officials" names no source.
    let organisation = |(x, y): (usize, usize)| named(s, x, y).filter(|n| n.speaker.kind() == NameKind::Organisation);
    if let Some(name) = s.name_before(head).filter(|_| !s.toks[head].capitalized).and_then(organisation) {
        return name.speaker.name().map(str::to_string);
    }
    let after = s.word(head + 1).filter(|w| is_affiliation_preposition(w)).map(|_| head + 2)?;
    s.name_after(after).filter(|&(_, y)| y <= k).and_then(name_of)
}

/// The head noun of a subject without a name on tokens `a..k`: its last
/// lower-case word before any preposition or "and" ("the chairman of the
/// Police Federation" → chairman; "officials and a member" → officials).
pub(super) fn subject_head(s: &Sentence, a: usize, k: usize) -> Option<usize> {
    let stop = (a + 1..k)
        .find(|&x| s.word(x).is_some_and(|w| is_affiliation_preposition(w) || matches!(w, "and" | "or" | "in" | "on")));
    // A capital at the start of the sentence is no name's: "Reports suggest".
    let lower = |x: usize| x == 0 || !s.toks[x].capitalized;
    (a..stop.unwrap_or(k)).rev().find(|&x| s.word(x).is_some() && lower(x) && !s.word_is(x, Class::Function))
}

/// Whether a subject without a name can be a source: its head is a
/// document, a group of people, an office or an organisation ("figures",
/// "officials", "the chairman", "the firm").
pub(super) fn is_source_head(w: &str) -> bool {
    is_document_noun(w) || is_common_subject(w) || is_title(w) || is_organisation_noun(w)
}

word_list!(
    /// Determiners that open a description ("the former officials").
    is_determiner = "determiner.txt"
);

/// The subject before the token `close` that ends an appositive (its
/// closing comma, or the verb when it has none). Before a relative "who"
/// (`relative`), the name need not open a clause: "ABC News interviewed
/// Colin Clarke, an expert, who said".
pub(super) fn appositive_subject(s: &Sentence, close: usize, relative: bool) -> Option<Subject> {
    if close > 0 && s.is_quote_mark(close - 1) {
        // '"…," said X': the comma closes a quotation, not an appositive.
        return None;
    }
    let mut weak = None;
    let commas = (0..=close).rev().filter(|&c| s.is_set_off(c)).take(6);
    for c in commas {
        let Some((a, _)) = s.name_before(c) else {
            continue;
        };
        // The name must open a clause: at the start, after a conjunction or
        // a quote (strong), or after a comma (weak: an introductory phrase).
        let strong = match a.checked_sub(1) {
            None => true,
            Some(p) if s.is_set_off(p) => false,
            Some(p)
                if s.is_punct(p, ';')
                    || s.is_punct(p, ':')
                    || s.is_quote_mark(p)
                    || s.word(p).is_some_and(|w| is_clause_conjunction(w) || w == "and") =>
            {
                true
            }
            Some(_) if relative => false,
            Some(_) => continue,
        };
        let Some(subject) = appositive_reading(s, a, c, close) else {
            continue;
        };
        if strong {
            return Some(subject);
        }
        weak.get_or_insert(subject);
    }
    weak.or_else(|| {
        // "The report, based on some officials, indicates": a subject
        // without a name, when its head is a source word.
        let open = (0..close).rev().find(|&x| s.is_set_off(x))?;
        match subject_before(s, open)? {
            Subject::Unnamed(a, b, affiliation) => {
                let head = subject_head(s, a, b).and_then(|h| s.word(h)).filter(|w| is_source_head(w))?;
                (!head.is_empty()).then_some(Subject::Unnamed(a, b, affiliation))
            }
            _ => None,
        }
    })
}

/// Reads "NAME, APPOSITIVE," where the name is `a..c` and the appositive
/// `c + 1..close`.
fn appositive_reading(s: &Sentence, a: usize, c: usize, close: usize) -> Option<Subject> {
    let mut name = named(s, a, c)?;
    if c < close {
        // "The EU's Trade Commissioner, Anna Berg, was quoted": the
        // appositive is the person, the description gives the affiliation.
        let person = s
            .name_after(c + 1)
            .filter(|&(_, y)| y == close)
            .and_then(|(x, y)| named(s, x, y).map(|n| (n, x)))
            .filter(|(n, _)| n.speaker.kind() == NameKind::Person);
        if let Some((mut person, x)) = person {
            if name.speaker.kind() != NameKind::Person {
                person.affiliation =
                    person.affiliation.or(name.affiliation).or(name.speaker.name().map(str::to_string));
                return Some(Subject::Name(person, x));
            }
        }
        if name.affiliation.is_none() {
            name.affiliation = affiliation_in(s, c + 1, close);
        }
    } else if a > 0 && s.is_set_off(a - 1) && name.affiliation.is_none() {
        // "The UN's relief coordinator, Jan Egeland, said".
        let from = (0..a - 1).rev().find(|&x| s.is_set_off(x)).map_or(0, |x| x + 1);
        name.affiliation = affiliation_in(s, from, a - 1);
    }
    Some(Subject::Name(name, a))
}

/// The affiliation a description or an appositive gives: the organisation
/// it names (see [`organisation_in`]), or, when it names none but has an
/// owner, the role as written ("the agency's chief economist").
pub(super) fn affiliation_in(s: &Sentence, from: usize, to: usize) -> Option<String> {
    organisation_in(s, from, to).or_else(|| {
        let owned = (from..to).any(|k| s.is_open(k) && s.word(k).is_some_and(|w| w.ends_with("'s")));
        let role = s.word_is(to.saturating_sub(1), Class::Title);
        (owned && role && !matches!(s.word(from), Some("who" | "which"))).then(|| s.slice(from, to))
    })
}

/// The organisation named in a description or an appositive: the name
/// after its last "at", "of", "from", "with" or "for" ("a senior fellow at
/// the Soufan Centre"), or failing that a possessive name ("the United
/// Nations' relief coordinator") or a name that qualifies the role ("Green
/// Party transport spokeswoman").
fn organisation_in(s: &Sentence, from: usize, to: usize) -> Option<String> {
    if matches!(s.word(from), Some("who" | "which")) {
        return None;
    }
    let name_at = |x: usize| {
        s.name_after(x)
            .filter(|&(_, b)| b <= to)
            .and_then(|(a, b)| named(s, a, b))
            .and_then(|n| n.speaker.name().map(str::to_string))
    };
    // A preposition inside a name ("Bank of England") introduces nothing.
    let inside_name = |k: usize| {
        matches!(s.word(k), Some("of" | "for"))
            && k > from
            && s.is_name_word(k - 1)
            && s.is_name_word(k + 1)
            && !s.word_is(k - 1, Class::Title)
    };
    let prepositions =
        (from..to).rev().filter(|&k| s.word(k).is_some_and(is_affiliation_preposition) && !inside_name(k));
    for p in prepositions {
        // "of trade weekly Screen International": a few lower-case words may
        // stand before the name.
        let first = (p + 1..to.min(p + 5)).find(|&x| s.is_name_word(x) || s.word(x).is_none_or(is_boundary_word));
        if let Some(name) = first.filter(|&x| s.is_name_word(x)).and_then(name_at) {
            return Some(name);
        }
    }
    let opens = if matches!(s.word(from), Some("the" | "a" | "an")) { from + 1 } else { from };
    (from..to).filter(|&x| s.is_name_word(x)).find_map(|x| {
        let (a, b) = s.name_after(x).filter(|&(_, b)| b <= to)?;
        let possessive = s.word(b - 1).is_some_and(|w| w.ends_with("'s")) || s.is_punct(b, '\'') || s.is_punct(b, '’');
        let role_words = (b..to).all(|y| s.word(y).is_some() && !s.is_name_word(y) && !s.word_is(y, Class::Function));
        let qualifies = x == opens && b < to && role_words && s.word_is(to - 1, Class::Title);
        (possessive || qualifies).then(|| named(s, a, b)).flatten().and_then(|n| n.speaker.name().map(str::to_string))
    })
}

/// Words that stop the search for a name after a preposition.
fn is_boundary_word(w: &str) -> bool {
    is_function_word(w) && w != "the"
}
