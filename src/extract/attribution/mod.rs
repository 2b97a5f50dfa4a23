//! Attributions: who a sentence credits for what it says.
//!
//! Cues read, outside quotation marks: "according to X", "X said / says /
//! told Y / added / estimated / reported / documented / warned / described …
//! as", "said X", "X quoted sources as saying", "a 2018 report by X". The
//! speaker is the name right before the verb ("Foreign Minister Amir Khan
//! Muttaqi told" → Amir Khan Muttaqi), skipping an appositive between commas
//! ("Clarke, a senior fellow at the Soufan Centre, estimated" → Clarke, with
//! the Soufan Centre as affiliation). The outlet of "told Reuters" is kept as
//! `via`. A pronoun subject ("He said", "It said") is resolved afterwards by
//! [`resolve_pronouns`]; a subject without a name ("officials said") is
//! unnamed.

use crate::segment::{Token, TokenKind};
use crate::source::Span;
use cues::{according_to, document_by, verb_cue};
use names::Sentence;
use words::{is_cue_verb, is_document_noun};

/// What a name looks like it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// Two to four capitalised words, none an organisation word: "Colin Clarke".
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
    /// stands for; `None` when unnamed or unresolved.
    pub source: Option<String>,
    /// What `source` looks like it names.
    pub kind: NameKind,
    /// Index of the attribution a pronoun was resolved to.
    pub resolved_from: Option<usize>,
    /// The outlet the speaker told ("Reuters" in "told Reuters").
    pub via: Option<String>,
    /// The speaker's stated affiliation ("Soufan Centre").
    pub affiliation: Option<String>,
    /// Other names given for the source in the text ("ACLED").
    pub aliases: Vec<String>,
}

/// Reads the attributions of one sentence. `quoted[i]` tells whether token
/// `i` lies inside quotation marks.
pub fn read_attributions(toks: &[Token], quoted: &[bool], text: &str) -> Vec<Attribution> {
    let s = Sentence { toks, quoted, text };
    let mut out: Vec<Attribution> = Vec::new();
    for i in 0..toks.len() {
        if quoted[i] || !toks[i].is_word() {
            continue;
        }
        let found = if s.word(i) == Some("according") && s.word(i + 1) == Some("to") {
            according_to(&s, i)
        } else if is_document_noun(&toks[i].norm) && matches!(s.word(i + 1), Some("by" | "from")) {
            document_by(&s, i)
        } else if is_cue_verb(&toks[i].norm) {
            verb_cue(&s, i)
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
    out
}

fn attribution(span: Span, cue: &str, speaker: Speaker) -> Attribution {
    let (source, kind) = match &speaker {
        Speaker::Named { name, kind } => (Some(name.clone()), *kind),
        _ => (None, NameKind::Unknown),
    };
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
    }
}

mod cues;
mod names;
mod resolve;
mod subject;
mod words;

pub use resolve::resolve_pronouns;

#[cfg(test)]
mod tests;
