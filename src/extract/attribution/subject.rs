//! The subject of a cue verb: a name, a pronoun, an unnamed source, or the
//! name before an appositive.

use super::names::*;
use super::words::*;
use super::*;

/// What stands before a cue verb.
pub(super) enum Subject {
    /// A name run (token range), with the appositive between commas if any.
    Name(usize, usize, Option<(usize, usize)>),
    /// A pronoun at this token.
    Pronoun(usize),
    /// A subject without a name: its token range.
    Unnamed(usize, usize),
    /// "which X claimed": an object relative clause, not a statement.
    Relative,
}

pub(super) fn subject_before(s: &Sentence, k: usize) -> Option<Subject> {
    if k == 0 || s.quoted[k - 1] {
        return None;
    }
    let prev = &s.toks[k - 1];
    if prev.is_word() && is_pronoun(&prev.norm) {
        return Some(Subject::Pronoun(k - 1));
    }
    if prev.is("who") {
        // "Colin Clarke, a counterterrorism expert, who said"
        return appositive_subject(s, k - 1).or(Some(Subject::Relative));
    }
    if prev.is_punct(',') {
        return appositive_subject(s, k);
    }
    if prev.kind == TokenKind::Punct {
        return None;
    }
    if let Some((a, b)) = s.name_before(k) {
        let before = a.checked_sub(1).and_then(|p| s.word(p));
        if matches!(before, Some("which" | "that" | "whom")) {
            return Some(Subject::Relative);
        }
        let single_common = b - a == 1 && a == 0 && is_common_subject(&s.toks[a].norm);
        // A sentence-initial determiner before a name: "The UN said".
        let lone_article = b - a == 1 && matches!(s.toks[a].norm.as_str(), "the" | "a" | "an");
        let is_name = !single_common && !lone_article;
        if is_name {
            return Some(Subject::Name(a, b, None));
        }
    }
    // A lower-case subject: "The former officials said", "officials said".
    let mut a = k;
    while a > 0 && !s.quoted[a - 1] && s.toks[a - 1].kind != TokenKind::Punct && k - a < 12 {
        a -= 1;
    }
    if a == k {
        return None;
    }
    if s.word(a).is_some_and(is_pronoun) {
        return Some(Subject::Pronoun(a));
    }
    if s.word(a).is_some_and(|w| matches!(w, "which" | "that" | "whom")) {
        return Some(Subject::Relative);
    }
    // "…, and suggests that": a second verb of an earlier subject.
    if (a..k).all(|x| s.word(x).is_some_and(crate::extract::lexicon::is_function_word)) {
        return None;
    }
    // A name inside a lower-case subject: "A CBS News report from October
    // 2021 quoted" credits CBS News.
    let inner = (a..k).find(|&x| {
        let w = s.toks[x].norm.as_str();
        let common_opener = x == 0 && (is_common_subject(w) || crate::extract::lexicon::is_stop_word(w));
        s.is_name_word(x) && !common_opener && crate::extract::lexicon::month(w).is_none()
    });
    if let Some(x) = inner {
        if let Some((na, nb)) = s.name_after(x) {
            let followed_by_document = s.word(nb).is_some_and(is_document_noun);
            if followed_by_document {
                return Some(Subject::Name(na, nb, None));
            }
        }
    }
    Some(Subject::Unnamed(a, k))
}

/// The subject before an appositive ending at token `comma_end` ("Clarke,
/// a senior fellow at the Soufan Centre, estimated").
pub(super) fn appositive_subject(s: &Sentence, comma_end: usize) -> Option<Subject> {
    let close = comma_end - 1;
    if close > 0 && is_quote_mark(&s.toks[close - 1]) {
        // '"…," said X': the comma closes a quotation, not an appositive.
        return None;
    }
    let open = (0..close).rev().find(|&x| s.toks[x].is_punct(',') && !s.quoted[x])?;
    match s.name_before(open) {
        Some((a, b)) if b == open => Some(Subject::Name(a, b, Some((open + 1, close)))),
        // "The report, based on some officials, indicates": a subject without a name.
        _ => subject_before(s, open).filter(|sub| matches!(sub, Subject::Unnamed(..))),
    }
}

pub(super) fn is_quote_mark(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "”" | "“" | "'" | "’")
}
