//! How a governed figure is introduced: by a role word before it ("to",
//! "from", "by"), past fillers ("a further", "a record high of"), or right
//! after a change verb.

use super::scope::Scope;
use super::words::{is_filler, is_level_noun, is_phrase_lead};
use crate::extract::figure::Role;
use crate::extract::lexicon::is_function_word;
use crate::extract::number::adjacent;
use crate::segment::{Token, TokenKind};

/// Role words before a governed figure, longest first where they share an
/// end: "to", "at", "beyond" and "reaching" lead to the level reached;
/// "from", "compared with", "as opposed to" and "against" to the level left; "by", and "of"
/// right after a change noun, to the size of the change.
const MARKERS: &[(&[&str], Role)] = &[
    (&["compared", "with"], Role::From),
    (&["compared", "to"], Role::From),
    (&["opposed", "to"], Role::From),
    (&["against"], Role::From),
    (&["versus"], Role::From),
    (&["beyond"], Role::To),
    (&["from"], Role::From),
    (&["to", "reach"], Role::To),
    (&["to", "hit"], Role::To),
    (&["reaching"], Role::To),
    (&["hitting"], Role::To),
    (&["to"], Role::To),
    (&["at"], Role::To),
    (&["by"], Role::Change),
    (&["of"], Role::Change),
];

/// How a governed figure is introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lead {
    /// By a role word of [`MARKERS`], the first word of its phrase given.
    Marked(Role, &'static str),
    /// Right after a change verb.
    Direct,
}

/// Whether a role word of [`MARKERS`] starts at token `k`.
pub(super) fn starts_role_word(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| MARKERS.iter().any(|(words, _)| t.is(words[0])))
}

/// How the figure at token `start` is introduced in `scope`, if it is.
pub(super) fn lead(toks: &[Token], scope: &Scope, start: usize) -> Option<Lead> {
    let lo = scope.word + 1;
    let k = skip_fillers(toks, lo, start);
    if k == lo {
        return (!scope.is_noun).then_some(Lead::Direct);
    }
    if let Some(marked) = marker_before(toks, lo, k) {
        return Some(marked);
    }
    // A short object between the verb and its first figure: "cut its forecast
    // 4%"; a participle there is another verb ("ended up cancelling 100").
    let object = &toks[lo..k];
    let is_object_word =
        |t: &Token| t.is_word() && (!is_function_word(&t.norm) || is_filler(&t.norm)) && !t.norm.ends_with("ing");
    let is_object = object.len() <= 3 && object.iter().all(is_object_word);
    (is_object && !scope.is_noun).then_some(Lead::Direct)
}

/// Steps back from `start` over fillers ("a further", "a record high of",
/// "a 12-year low of", "the third quarter's"), not before `lo`.
pub(super) fn skip_fillers(toks: &[Token], lo: usize, start: usize) -> usize {
    // The determiner that opens a noun phrase ending before `end`, at most
    // four tokens back: "a four month low of", "the third quarter's".
    let determiner = |end: usize| {
        (end.saturating_sub(4).max(lo)..end)
            .rev()
            .take_while(|&a| toks[a].kind != TokenKind::Punct || toks[a].is_punct('-'))
            .find(|&a| matches!(toks[a].norm.as_str(), "a" | "an" | "the" | "its" | "their"))
    };
    let mut k = start;
    while k > lo {
        let t = &toks[k - 1];
        if t.is("of") && k - 1 > lo && is_level_noun(&toks[k - 2].norm) {
            k = determiner(k - 2).unwrap_or(k - 1);
        } else if t.is_word() && t.norm.ends_with("'s") {
            k = determiner(k - 1).unwrap_or(k - 1);
        } else if t.is_word() && (is_filler(&t.norm) || is_level_noun(&t.norm)) {
            k -= 1;
        } else if k >= lo + 3 && is_compound_at(toks, k - 3) {
            k -= 3;
        } else {
            break;
        }
    }
    k
}

/// Whether tokens `at..at + 3` are a number glued by a hyphen to a word: a
/// compound modifier ("12-year", "300-job") that names no level.
pub(super) fn is_compound_at(toks: &[Token], at: usize) -> bool {
    let (Some(n), Some(h), Some(w)) = (toks.get(at), toks.get(at + 1), toks.get(at + 2)) else { return false };
    n.kind == TokenKind::Number && h.is_punct('-') && w.is_word() && adjacent(n, h) && adjacent(h, w)
}

/// The role word of [`MARKERS`] that ends just before token `k`, inside
/// `lo..k`. "to" and "from" in other phrases ("due to", "apart from") are
/// no role words, and "of" marks the change only right after the change
/// word or after "in" and a short noun phrase ("a rise in sales of 2%").
fn marker_before(toks: &[Token], lo: usize, k: usize) -> Option<Lead> {
    let (words, role) = MARKERS.iter().find(|(words, _)| {
        k >= lo + words.len() && toks[k - words.len()..k].iter().zip(words.iter()).all(|(t, w)| t.is(w))
    })?;
    let at = k - words.len();
    let in_phrase = at.checked_sub(1).is_some_and(|p| is_phrase_lead(&toks[p].norm));
    let of_fits = words[0] != "of" || at == lo || (toks[lo].is("in") && at - lo <= 4);
    (!in_phrase && of_fits).then_some(Lead::Marked(*role, words[0]))
}
