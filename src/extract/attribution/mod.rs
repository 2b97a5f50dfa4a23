//! Attributions: who a sentence credits for what it says, and which of its
//! words that credit covers.
//!
//! Cue families read outside quotation marks, in any tense and in both word
//! orders (see `cues.rs` and `verbs.rs`): "according to X", "X said / says /
//! told Y / added / estimated / reported / warned / …", verbs such as
//! "welcomed" or "asked" before the words said, "said X" after a quote, a
//! comma or a dash, "X's data show", "data from X", "a 2018 report by X",
//! "figures released by X", "X quoted sources as saying", "X was quoted as
//! saying", "citing X", "per X", passives ("it was reported by X"),
//! participles ("…, adding that"), and headlines ("X: ISKP has up to 6,000
//! fighters"). The source is the whole name, without titles, roles or
//! appositives (see `names.rs` and `subject.rs`); the outlet of "told
//! Reuters" is kept as `via`.
//!
//! After every sentence is read, `resolve.rs` carries pronouns and
//! descriptions ("He said", "the US newspaper") back to the source they
//! stand for, credited or named ([`mentions`]), [`aliases`] learns the
//! other names the article gives a source, and [`scope`] settles which
//! clauses, sentences and quotes each attribution covers.

pub mod aliases;
mod cues;
pub mod mentions;
mod names;
mod repeats;
mod resolve;
pub mod scope;
mod subject;
mod verbs;
mod words;

pub use mentions::name_mentions;
pub use resolve::{resolve_speakers, Places};
pub(crate) use words::{cue_openers, NAME_CONNECTORS, ORGANISATION_WORDS, PLACE_WORDS, SENTENCE_OPENERS, TITLES};

use crate::segment::{Cursor, Token};
use crate::source::Span;
use names::Sentence;
use words::{
    is_cue_verb, is_document_noun, is_document_verb, is_female_title, is_issuing_participle, is_male_title,
    is_participle_cue,
};

/// What a name looks like it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// Two to four capitalised words, none an organisation word, or a name
    /// after a courtesy title: "Colin Clarke", "Mr Binks".
    Person,
    /// An acronym or a name with an organisation word: "UN", "Soufan Centre".
    Organisation,
    /// One ordinary capitalised word: a surname or a brand ("Clarke", "Politico").
    Unknown,
}

impl NameKind {
    /// Whether a pronoun can stand for a name of this kind: "he"/"she" for a
    /// person, "it" for an organisation; a one-word name takes either.
    fn fits(self, wants_person: bool) -> bool {
        match self {
            NameKind::Person => wants_person,
            NameKind::Organisation => !wants_person,
            NameKind::Unknown => true,
        }
    }
}

/// Who is credited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A named person or organisation.
    Named {
        /// The name as written, without titles or a leading "the".
        name: String,
        /// What the name looks like it names.
        kind: NameKind,
    },
    /// A pronoun subject ("he", "she", "it", "they"), to be resolved.
    Pronoun(String),
    /// A source without a name ("officials", "a security source").
    Unnamed(String),
}

impl Speaker {
    /// The name, for a named speaker.
    fn name(&self) -> Option<&str> {
        match self {
            Speaker::Named { name, .. } => Some(name),
            _ => None,
        }
    }

    /// What the speaker looks like it names (unknown unless named).
    fn kind(&self) -> NameKind {
        match self {
            Speaker::Named { kind, .. } => *kind,
            _ => NameKind::Unknown,
        }
    }
}

/// An attribution found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Bytes of the cue and the speaker.
    pub span: Span,
    /// The cue, e.g. "according to", "said", "told", "quoted … as saying".
    pub cue: String,
    /// Who is credited, as written.
    pub speaker: Speaker,
    /// The resolved source name: the named speaker, or the speaker a pronoun
    /// or a description stands for; `None` when unnamed or unresolved.
    pub source: Option<String>,
    /// What `source` looks like it names.
    pub kind: NameKind,
    /// Index of the attribution a pronoun or a description was resolved to.
    pub resolved_from: Option<usize>,
    /// The outlet the speaker told ("Reuters" in "told Reuters").
    pub via: Option<String>,
    /// The speaker's stated affiliation ("Soufan Centre").
    pub affiliation: Option<String>,
    /// Other names the article gives the source ("ACLED", "Colin Clarke").
    pub aliases: Vec<String>,
    /// Titles dropped before the name, lower-case ("foreign", "minister"):
    /// they tell "he" from "she" and let "the minister" stand for the name.
    pub titles: Vec<String>,
    /// The byte ranges of text the attribution covers: its clause, and the
    /// quotes and sentences that continue the same account.
    pub scope: Vec<Span>,
}

impl Attribution {
    /// Whether a courtesy title marks the speaker as a man (true) or a
    /// woman (false): "Mr", "Lord", "Sir"; "Ms", "Mrs", "Lady", "Dame".
    pub fn is_male(&self) -> Option<bool> {
        self.titles.iter().find_map(|t| title_gender(t))
    }
}

/// Whether the lower-case title `t` marks a man (true) or a woman (false).
pub fn title_gender(t: &str) -> Option<bool> {
    if is_male_title(t) {
        Some(true)
    } else {
        is_female_title(t).then_some(false)
    }
}

/// Reads the attributions of one sentence, each with the clause it covers.
/// `quoted[i]` tells whether token `i` lies inside quotation marks;
/// `is_heading` lets a headline's "X: …" credit X.
pub fn read_attributions(toks: &[Token], quoted: &[bool], text: &str, is_heading: bool) -> Vec<Attribution> {
    let s = Sentence { cur: Cursor::new(toks), quoted, text, is_heading };
    let mut out: Vec<Attribution> = Vec::new();
    if let Some(a) = cues::headline(&s) {
        out.push(a);
    }
    for (i, &is_quoted) in quoted.iter().enumerate() {
        let Some(w) = s.word(i).filter(|_| !is_quoted && toks[i].opens.cue()) else {
            continue;
        };
        let next = s.word(i + 1);
        let found = if w == "according" && next == Some("to") {
            cues::according_to(&s, i)
        } else if is_document_noun(w)
            && (matches!(next, Some("by" | "from"))
                || next.is_some_and(is_issuing_participle) && s.word(i + 2) == Some("by"))
        {
            cues::document_by(&s, i)
        } else if w == "citing" {
            cues::citing(&s, i)
        } else if w == "per" {
            cues::per(&s, i)
        } else if is_cue_verb(w) {
            verbs::verb_cue(&s, i)
        } else if is_participle_cue(w) || (is_document_verb(w) && w.ends_with("ing")) {
            verbs::participle(&s, i, &out)
        } else {
            None
        };
        if let Some(a) = found {
            if !out.iter().any(|o| o.span.start <= a.span.start && a.span.end <= o.span.end) {
                out.retain(|o| !(a.span.start <= o.span.start && o.span.end <= a.span.end));
                out.push(a);
            }
        }
    }
    out.sort_by_key(|a| a.span.start);
    scope::clause_scopes(&s, &mut out);
    out
}

/// A new attribution crediting `speaker`, covering nothing yet.
fn attribution(span: Span, cue: &str, speaker: Speaker) -> Attribution {
    let (source, kind) = (speaker.name().map(str::to_string), speaker.kind());
    Attribution {
        span,
        cue: cue.to_string(),
        speaker,
        source,
        kind,
        resolved_from: None,
        via: None,
        affiliation: None,
        aliases: Vec::new(),
        titles: Vec::new(),
        scope: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
