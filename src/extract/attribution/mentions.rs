//! Name mentions: the persons and organisations a sentence names outside
//! quotation marks, cue or no cue, with the place each name takes in its
//! clause.
//!
//! Carry-over reads them: "he"/"she" may stand for a person named as the
//! subject of a clause ("Sarah Jones, the party's leader, welcomed the move.
//! She said: …"), never for one in an object position ("angry about his
//! remarks on Tony Blair"); a description ("the regulator") may stand for
//! an organisation named in full; and a person brought in with a role ("…
//! the choice of Steven Gaydos, an editor at Variety") makes a later "he"
//! unclear.

use super::names::{named, Sentence};
use super::words::{
    is_adverb, is_clause_conjunction, is_country_acronym, is_generic_institution, is_organisation_word,
    is_sentence_opener,
};
use super::{title_gender, NameKind, Speaker};
use crate::extract::lexicon::with_lower;
use crate::extract::opens::Class;
use crate::segment::{Cursor, Token};

/// The place a name takes in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The subject: the name opens its clause and comes before its verb.
    Subject,
    /// Brought in with a role set off after it ("Steven Gaydos, an editor,").
    Introduced,
    /// Anywhere else: an object, a possessive, a qualifier.
    Other,
}

/// A person or organisation named in a sentence. Its places are held in
/// 32 bits (an article holds at most 4 GiB): a long article names tens of
/// thousands, all held until the speakers are settled.
#[derive(Debug, Clone)]
pub struct NameMention {
    /// The byte where the name starts.
    pub at: u32,
    /// The sentence it is in.
    pub sentence: u32,
    /// The paragraph it is in.
    pub paragraph: u32,
    /// The name, without titles.
    pub name: String,
    /// A person's or an organisation's.
    pub kind: NameKind,
    /// A man (true) or a woman (false), when a courtesy title says so.
    pub is_male: Option<bool>,
    /// Titles dropped before the name, lower-case ("energy", "minister").
    pub titles: Box<[String]>,
    /// Its place in the clause.
    pub place: Place,
}

/// The persons (named in full, or by a title and surname), the
/// organisations and the lone surnames (`NameKind::Unknown`) that sentence
/// `sentence` of paragraph `paragraph` names outside quotation marks. Names
/// of places ("Middle East"), countries' acronyms ("US") and generic
/// institutions ("the Government") are left out; "Mr Hale and Ms Okafor"
/// are two persons.
pub fn name_mentions(
    toks: &[Token],
    quoted: &[bool],
    text: &str,
    sentence: usize,
    paragraph: usize,
) -> Vec<NameMention> {
    let s = Sentence { cur: Cursor::new(toks), quoted, text, is_heading: false };
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let Some((a, b)) = (s.is_open(k) && s.is_name_word(k)).then(|| s.name_after(k)).flatten() else {
            k += 1;
            continue;
        };
        k = b.max(k + 1);
        // "the Society of Motor Manufacturers and Traders (SMMT)": the short
        // form names the same organisation again.
        if a > 0 && s.is_punct(a - 1, '(') {
            continue;
        }
        // Its place in the clause, read once a name is found on the run.
        let mut place = None;
        let parts = (a + 1..b)
            .find(|&x| matches!(s.word(x), Some("and" | "&")))
            .map(|x| [(a, x), (x + 1, b)])
            .filter(|parts| parts.iter().all(|&(x, y)| is_person(&s, x, y)));
        // A name, or its two persons.
        let names = match parts {
            Some([first, second]) => [Some(first), Some(second)],
            None => [Some((a, b)), None],
        };
        for (x, y) in names.into_iter().flatten() {
            if let Some(mut mention) = mention(&s, x, y) {
                mention.at = toks[x].span.start as u32;
                mention.place = *place.get_or_insert_with(|| place_of(&s, a, b));
                out.push(NameMention { sentence: sentence as u32, paragraph: paragraph as u32, ..mention });
            }
        }
    }
    out
}

/// Whether tokens `a..b` name a person in full or by a title and surname.
fn is_person(s: &Sentence, a: usize, b: usize) -> bool {
    named(s, a, b).is_some_and(|n| {
        n.speaker.kind() == NameKind::Person
            && (!n.titles.is_empty() || n.speaker.name().is_some_and(|t| t.contains(' ')))
    })
}

/// The mention of the name on tokens `a..b`, if it names a person, an
/// organisation or a lone surname (its place and position set by the caller).
fn mention(s: &Sentence, a: usize, b: usize) -> Option<NameMention> {
    let name = named(s, a, b)?;
    let Speaker::Named { name: text, kind } = name.speaker else {
        return None;
    };
    if (a..b).any(|x| s.word_is(x, Class::Place)) {
        return None;
    }
    let words = || text.split(' ');
    let kind = match kind {
        // "Mr Binks": a surname with a title is a person's.
        NameKind::Person if name.titles.is_empty() && words().nth(1).is_none() => NameKind::Unknown,
        // An acronym, a name with an organisation word ("Office of Fair
        // Trading"), or one such word that is no generic institution ("the
        // Economist", not "the Government").
        NameKind::Organisation => {
            let acronym = (a..name.end).any(|x| s.is_acronym(x));
            let count = words().count();
            let org_words = words().filter(|w| with_lower(w, is_organisation_word)).count();
            let lone = count == 1 && org_words == 1 && !with_lower(&text, is_generic_institution);
            if !(acronym || lone || (org_words > 0 && org_words < count)) || with_lower(&text, is_country_acronym) {
                return None;
            }
            NameKind::Organisation
        }
        kind => kind,
    };
    Some(NameMention {
        at: 0,
        sentence: 0,
        paragraph: 0,
        name: text,
        kind,
        is_male: name.titles.iter().find_map(|t| title_gender(t)),
        titles: name.titles.into_boxed_slice(),
        place: Place::Other,
    })
}

/// The place of the name on tokens `a..b` in its clause.
fn place_of(s: &Sentence, a: usize, b: usize) -> Place {
    let possessive = s.word(b - 1).is_some_and(|w| w.ends_with("'s")) || s.is_punct(b, '\'') || s.is_punct(b, '’');
    if possessive {
        return Place::Other;
    }
    let lower_after = |x: usize| s.word(x + 1).is_some_and(|w| !s.toks[x + 1].capitalized && w != "and");
    // "The party's leader, Sarah Jones, said": the name is the appositive.
    let between = a > 0 && s.is_set_off(a - 1) && s.is_set_off(b) && lower_after(b);
    let set_off = !between && s.is_set_off(b) && lower_after(b);
    // The verb after the name, past an appositive set off after it.
    let mut k = if between {
        b + 1
    } else if set_off {
        match (b + 1..s.toks.len().min(b + 18)).find(|&x| s.is_set_off(x)) {
            Some(close) => close + 1,
            None => return Place::Introduced,
        }
    } else {
        b
    };
    while s.word(k).is_some_and(is_adverb) && !s.word_is(k, Class::Auxiliary) {
        k += 1;
    }
    let verb = s.word(k).is_some()
        && !s.toks[k].capitalized
        && (s.word_is(k, Class::Auxiliary) || !s.word_is(k, Class::Function));
    match (opens_clause(s, a) && verb, set_off) {
        (true, _) => Place::Subject,
        (false, true) => Place::Introduced,
        (false, false) => Place::Other,
    }
}

/// Whether the name starting at token `a` opens its clause: it starts the
/// sentence, or follows a clause mark, a conjunction or a sentence opener.
fn opens_clause(s: &Sentence, a: usize) -> bool {
    // "Scrubs star Zach Braff won": a role before the name is part of it.
    let mut a = a;
    while a > 1 && s.word_is(a - 1, Class::Title) && !s.toks[a - 1].capitalized {
        a -= 1;
        while a > 0 && s.is_open(a - 1) && s.is_name_word(a - 1) {
            a -= 1;
        }
        if a > 0 && matches!(s.word(a - 1), Some("the" | "a" | "an")) {
            a -= 1;
        }
    }
    let Some(p) = a.checked_sub(1) else {
        return true;
    };
    s.is_set_off(p)
        || s.is_punct(p, ';')
        || s.is_punct(p, ':')
        || s.is_quote_mark(p)
        || s.word(p).is_some_and(|w| is_clause_conjunction(w) || is_sentence_opener(w) || matches!(w, "and" | "but"))
}
