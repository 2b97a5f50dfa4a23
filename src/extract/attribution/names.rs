//! Names in a sentence: the run of capitalised words before or after a
//! cue, cleaned of titles and a leading "the", and classified as a person's
//! or an organisation's.

use super::words::*;
use super::*;

/// A sentence's tokens with the quoted ones marked.
pub(super) struct Sentence<'a> {
    pub(super) toks: &'a [Token],
    pub(super) quoted: &'a [bool],
    pub(super) text: &'a str,
}

impl Sentence<'_> {
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
    }

    pub(super) fn original(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.text.get(t.span.start..t.span.end).unwrap_or("")
    }

    /// Whether token `i` is part of a name: capitalised, an acronym, or a
    /// hyphenated name ("Ex-Trac", "al-Qaeda").
    pub(super) fn is_name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word() && (t.capitalized || t.norm.contains('-') && self.original(i).chars().any(char::is_uppercase))
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        if from >= to {
            return String::new();
        }
        self.text.get(self.toks[from].span.start..self.toks[to - 1].span.end).unwrap_or("").to_string()
    }

    pub(super) fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }

    /// The name that ends just before token `end`: capitalised words and the
    /// connectors between them. Returns its token range.
    pub(super) fn name_before(&self, end: usize) -> Option<(usize, usize)> {
        let mut start = end;
        while start > 0 {
            let k = start - 1;
            if self.quoted[k] {
                break;
            }
            if self.is_name_word(k) {
                start = k;
                continue;
            }
            // Up to two connectors between name words: "Power at the Foundation".
            let connector = |x: usize| self.word(x).is_some_and(is_name_connector) && !self.quoted[x];
            let bridged = connector(k)
                && start < end
                && ((k > 0 && self.is_name_word(k - 1)) || (k > 1 && connector(k - 1) && self.is_name_word(k - 2)));
            if bridged {
                start = k;
                continue;
            }
            break;
        }
        // A connector cannot open a name.
        while start < end && self.word(start).is_some_and(|w| is_name_connector(w) && !self.toks[start].capitalized) {
            start += 1;
        }
        (start < end).then_some((start, end))
    }

    /// The name that starts at token `start` (after an optional "the").
    pub(super) fn name_after(&self, start: usize) -> Option<(usize, usize)> {
        let mut k = start;
        if self.word(k) == Some("the") {
            k += 1;
        }
        let first = k;
        while k < self.toks.len() && !self.quoted[k] {
            if self.is_name_word(k) {
                k += 1;
                continue;
            }
            let connector =
                |x: usize| x < self.toks.len() && self.word(x).is_some_and(is_name_connector) && !self.quoted[x];
            let next_name = |x: usize| x < self.toks.len() && !self.quoted[x] && self.is_name_word(x);
            let bridged = connector(k) && k > first && (next_name(k + 1) || (connector(k + 1) && next_name(k + 2)));
            if bridged {
                k += 1;
                continue;
            }
            break;
        }
        (k > first).then_some((first, k))
    }

    /// A parenthesised acronym right after token `end`: "(ACLED)".
    pub(super) fn alias_after(&self, end: usize) -> Option<(String, usize)> {
        let open = self.toks.get(end)?;
        let inner = self.toks.get(end + 1)?;
        let close = self.toks.get(end + 2)?;
        let word = self.original(end + 1);
        let is_acronym =
            inner.is_word() && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && word.len() >= 2;
        (open.is_punct('(') && close.is_punct(')') && is_acronym).then(|| (word.to_string(), end + 3))
    }
}

/// Cleans a name run: drops a leading "the", titles before a person's name,
/// and words like "-based"; classifies it; splits "Bradley Bowman of the
/// Centre on …" into a person and an affiliation.
pub(super) fn named(s: &Sentence, from: usize, to: usize) -> Option<(Speaker, Option<String>, usize)> {
    let mut a = from;
    while a < to && (s.word(a) == Some("the") || s.toks[a].norm.ends_with("-based")) {
        a += 1;
    }
    // Titles before a name of two or more words: "Foreign Minister Amir Khan Muttaqi".
    while a + 2 < to && s.word(a).is_some_and(is_title) {
        a += 1;
    }
    if a >= to {
        return None;
    }
    // A person's name followed by "of/at/from the …": the rest is an affiliation.
    let mut end = to;
    let mut affiliation = None;
    if let Some(split) =
        (a + 1..to).find(|&k| matches!(s.word(k), Some("of" | "at" | "from")) && !s.toks[k].capitalized)
    {
        let head_is_person = split - a <= 3 && (a..split).all(|k| looks_like_person_word(s, k));
        if head_is_person {
            affiliation = named(s, split + 1, to).and_then(|(sp, _, _)| match sp {
                Speaker::Named { name, .. } => Some(name),
                _ => None,
            });
            end = split;
        }
    }
    let name = s.slice(a, end);
    let words: Vec<&str> = (a..end).filter_map(|k| s.word(k)).collect();
    if words.is_empty() {
        return None;
    }
    let plain = (a..end).all(|k| looks_like_person_word(s, k));
    let kind = match end - a {
        1 if plain => NameKind::Unknown,
        2..=4 if plain => NameKind::Person,
        _ => NameKind::Organisation,
    };
    Some((Speaker::Named { name, kind }, affiliation, end))
}

/// A capitalised word that is neither an acronym nor an organisation word.
pub(super) fn looks_like_person_word(s: &Sentence, k: usize) -> bool {
    let original = s.original(k);
    let is_acronym = original.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && original.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    s.is_name_word(k) && !is_acronym && !s.word(k).is_some_and(is_organisation_word)
}
