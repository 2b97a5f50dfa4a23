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

/// Verbs that credit their subject with what follows.
fn is_cue_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "tell"
            | "added"
            | "adds"
            | "estimated"
            | "estimates"
            | "estimate"
            | "reported"
            | "reports"
            | "documented"
            | "documents"
            | "warned"
            | "warns"
            | "claimed"
            | "claims"
            | "noted"
            | "notes"
            | "suggested"
            | "suggests"
            | "suggest"
            | "stated"
            | "explained"
            | "explains"
            | "described"
            | "describes"
            | "believes"
            | "believe"
            | "argued"
            | "argues"
            | "insisted"
            | "insists"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "revealed"
            | "reveals"
            | "wrote"
            | "writes"
            | "showed"
            | "shows"
            | "show"
            | "highlighted"
            | "highlights"
            | "detailed"
            | "indicated"
            | "indicates"
            | "indicate"
            | "agrees"
            | "agreed"
            | "felt"
            | "feels"
            | "predicted"
            | "predicts"
            | "quoted"
            | "acknowledged"
            | "admitted"
            | "stressed"
            | "observed"
            | "concluded"
            | "calculated"
            | "found"
            | "recorded"
            | "counted"
            | "put"
            | "puts"
    )
}

/// Cue verbs that are also common nouns or need an object ("reports",
/// "claims", "found"): these count only with a named or pronoun subject.
fn needs_named_subject(w: &str) -> bool {
    matches!(
        w,
        "reports"
            | "claims"
            | "notes"
            | "estimates"
            | "documents"
            | "shows"
            | "found"
            | "recorded"
            | "counted"
            | "put"
            | "puts"
            | "feels"
            | "felt"
            | "agreed"
    )
}

/// Words skipped between a subject and its verb ("He also suggested").
fn is_adverb(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "even"
            | "once"
            | "later"
            | "previously"
            | "then"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
            | "recently"
            | "reportedly"
            | "further"
            | "repeatedly"
            | "publicly"
            | "separately"
            | "earlier"
            | "subsequently"
            | "initially"
            | "originally"
            | "privately"
            | "last"
            | "yesterday"
            | "today"
            | "now"
            | "still"
            | "already"
            | "first"
            | "again"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
            | "however"
            | "too"
    )
}

/// Nouns that name a document a source issued ("a report by X").
fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "reports"
            | "study"
            | "survey"
            | "analysis"
            | "data"
            | "figures"
            | "estimates"
            | "statistics"
            | "poll"
            | "research"
            | "review"
            | "investigation"
            | "assessment"
            | "census"
            | "count"
            | "tally"
            | "estimate"
            | "statement"
            | "findings"
            | "numbers"
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}

/// Words that join the parts of a name ("Centre for Strategic and
/// International Studies", "Abu Bakr al-Baghdadi").
fn is_name_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "for"
            | "and"
            | "on"
            | "in"
            | "at"
            | "de"
            | "del"
            | "da"
            | "du"
            | "al"
            | "bin"
            | "van"
            | "von"
            | "le"
            | "la"
            | "&"
    )
}

/// Titles dropped from the front of a person's name.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "professor"
            | "sir"
            | "lord"
            | "lady"
            | "dame"
            | "president"
            | "minister"
            | "foreign"
            | "prime"
            | "deputy"
            | "chief"
            | "secretary"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "captain"
            | "capt"
            | "lieutenant"
            | "lt"
            | "major"
            | "sergeant"
            | "sgt"
            | "senator"
            | "sen"
            | "representative"
            | "rep"
            | "governor"
            | "gov"
            | "mayor"
            | "ambassador"
            | "commissioner"
            | "director"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "judge"
            | "justice"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "chancellor"
            | "sheikh"
            | "mullah"
            | "interior"
            | "defence"
            | "defense"
            | "home"
            | "health"
            | "finance"
            | "vice"
            | "former"
            | "acting"
            | "commander"
            | "admiral"
            | "inspector"
            | "detective"
            | "superintendent"
            | "constable"
            | "councillor"
            | "cllr"
            | "mp"
            | "mep"
            | "rev"
            | "reverend"
            | "father"
            | "bishop"
            | "archbishop"
    )
}

/// Words that mark a name as an organisation's.
fn is_organisation_word(w: &str) -> bool {
    matches!(
        w,
        "centre"
            | "center"
            | "council"
            | "mission"
            | "project"
            | "institute"
            | "institution"
            | "university"
            | "ministry"
            | "department"
            | "agency"
            | "organisation"
            | "organization"
            | "news"
            | "times"
            | "journal"
            | "post"
            | "group"
            | "bank"
            | "office"
            | "commission"
            | "committee"
            | "foundation"
            | "association"
            | "party"
            | "union"
            | "service"
            | "services"
            | "command"
            | "forces"
            | "nations"
            | "police"
            | "court"
            | "government"
            | "network"
            | "reuters"
            | "politico"
            | "magazine"
            | "press"
            | "tribune"
            | "guardian"
            | "telegraph"
            | "europe"
            | "radio"
            | "television"
            | "tv"
            | "company"
            | "corporation"
            | "inc"
            | "ltd"
            | "plc"
            | "fund"
            | "programme"
            | "program"
            | "watch"
            | "international"
            | "federation"
            | "authority"
            | "board"
            | "army"
            | "navy"
            | "military"
            | "congress"
            | "parliament"
            | "senate"
            | "assembly"
            | "coalition"
            | "alliance"
            | "front"
            | "movement"
            | "state"
            | "states"
            | "house"
            | "club"
            | "league"
            | "trust"
            | "society"
            | "policy"
            | "affairs"
            | "review"
            | "daily"
            | "herald"
            | "observer"
            | "mail"
            | "express"
            | "economist"
            | "monitor"
            | "agence"
            | "associated"
            | "bureau"
            | "directorate"
            | "taliban"
            | "relations"
            | "studies"
            | "data"
            | "airways"
            | "airlines"
            | "motors"
    )
}

/// A sentence's tokens with the quoted ones marked.
struct Sentence<'a> {
    toks: &'a [Token],
    quoted: &'a [bool],
    text: &'a str,
}

impl Sentence<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.is_word()).map(|t| t.norm.as_str())
    }

    fn original(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.text.get(t.span.start..t.span.end).unwrap_or("")
    }

    /// Whether token `i` is part of a name: capitalised, an acronym, or a
    /// hyphenated name ("Ex-Trac", "al-Qaeda").
    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word() && (t.capitalized || t.norm.contains('-') && self.original(i).chars().any(char::is_uppercase))
    }

    fn slice(&self, from: usize, to: usize) -> String {
        if from >= to {
            return String::new();
        }
        self.text.get(self.toks[from].span.start..self.toks[to - 1].span.end).unwrap_or("").to_string()
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }

    /// The name that ends just before token `end`: capitalised words and the
    /// connectors between them. Returns its token range.
    fn name_before(&self, end: usize) -> Option<(usize, usize)> {
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
    fn name_after(&self, start: usize) -> Option<(usize, usize)> {
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
    fn alias_after(&self, end: usize) -> Option<(String, usize)> {
        let open = self.toks.get(end)?;
        let inner = self.toks.get(end + 1)?;
        let close = self.toks.get(end + 2)?;
        let word = self.original(end + 1);
        let is_acronym =
            inner.is_word() && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && word.len() >= 2;
        (open.is_punct('(') && close.is_punct(')') && is_acronym).then(|| (word.to_string(), end + 3))
    }
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

/// Cleans a name run: drops a leading "the", titles before a person's name,
/// and words like "-based"; classifies it; splits "Bradley Bowman of the
/// Centre on …" into a person and an affiliation.
fn named(s: &Sentence, from: usize, to: usize) -> Option<(Speaker, Option<String>, usize)> {
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
fn looks_like_person_word(s: &Sentence, k: usize) -> bool {
    let original = s.original(k);
    let is_acronym = original.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && original.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    s.is_name_word(k) && !is_acronym && !s.word(k).is_some_and(is_organisation_word)
}

/// Words that can only start a subject in lower case at the head of a
/// sentence: "Officials said", "Some felt".
fn is_common_subject(w: &str) -> bool {
    matches!(
        w,
        "officials"
            | "police"
            | "experts"
            | "analysts"
            | "critics"
            | "sources"
            | "reports"
            | "witnesses"
            | "residents"
            | "authorities"
            | "observers"
            | "diplomats"
            | "researchers"
            | "scientists"
            | "doctors"
            | "investigators"
            | "prosecutors"
            | "some"
            | "many"
            | "others"
            | "most"
            | "few"
            | "several"
            | "both"
            | "all"
            | "one"
            | "this"
            | "that"
            | "these"
            | "those"
            | "another"
            | "each"
            | "either"
            | "neither"
            | "none"
            | "such"
            | "what"
            | "various"
            | "campaigners"
            | "activists"
            | "economists"
            | "ministers"
            | "mps"
            | "fans"
            | "people"
            | "staff"
            | "workers"
            | "unions"
            | "teachers"
    )
}

/// "according to X", where X runs to the next comma or clause end.
fn according_to(s: &Sentence, i: usize) -> Option<Attribution> {
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
fn modifies_common_noun(s: &Sentence, b: usize) -> bool {
    s.word(b).is_some_and(|w| {
        !s.toks[b].capitalized
            && !is_name_connector(w)
            && !is_document_noun(w)
            && !crate::extract::lexicon::is_function_word(w)
    })
}

/// "a report by X", "data from X".
fn document_by(s: &Sentence, i: usize) -> Option<Attribution> {
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
fn verb_cue(s: &Sentence, v: usize) -> Option<Attribution> {
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

/// What stands before a cue verb.
enum Subject {
    /// A name run (token range), with the appositive between commas if any.
    Name(usize, usize, Option<(usize, usize)>),
    /// A pronoun at this token.
    Pronoun(usize),
    /// A subject without a name: its token range.
    Unnamed(usize, usize),
    /// "which X claimed": an object relative clause, not a statement.
    Relative,
}

fn subject_before(s: &Sentence, k: usize) -> Option<Subject> {
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
fn appositive_subject(s: &Sentence, comma_end: usize) -> Option<Subject> {
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

fn is_quote_mark(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "”" | "“" | "'" | "’")
}

/// The organisation named in an appositive: the last name after "at", "of",
/// "from" or "with".
fn affiliation_in(s: &Sentence, from: usize, to: usize) -> Option<String> {
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
fn inverted(s: &Sentence, v: usize, cue: &str) -> Option<Attribution> {
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

/// Resolves pronoun speakers: "he"/"she" to the last named person credited
/// in the same or the previous paragraph, "it" to the last named
/// organisation. A pronoun resolved from the previous paragraph names its
/// speaker again for the next. `paragraph_of[i]` is the paragraph of
/// attribution `i`; `previous(p)` the paragraph before `p` that is not a
/// heading.
pub fn resolve_pronouns(atts: &mut [Attribution], paragraph_of: &[usize], previous: &dyn Fn(usize) -> Option<usize>) {
    // A one-word name that is the surname of a person named earlier is that
    // person ("Colin Clarke … Clarke").
    for i in 0..atts.len() {
        if atts[i].kind != NameKind::Unknown {
            continue;
        }
        let Some(name) = atts[i].source.clone() else {
            continue;
        };
        let is_surname = atts[..i].iter().any(|a| {
            a.kind == NameKind::Person
                && a.source.as_deref().and_then(|n| n.split_whitespace().last()) == Some(name.as_str())
        });
        if is_surname {
            atts[i].kind = NameKind::Person;
        }
    }
    for i in 0..atts.len() {
        let Speaker::Pronoun(p) = &atts[i].speaker else {
            continue;
        };
        let wants_person = match p.as_str() {
            "he" | "she" => true,
            "it" => false,
            _ => continue,
        };
        let here = paragraph_of[i];
        let prev = previous(here);
        let found = (0..i).rev().find(|&k| {
            let in_scope = paragraph_of[k] == here || Some(paragraph_of[k]) == prev;
            in_scope && atts[k].source.is_some() && atts[k].kind.fits(wants_person)
        });
        if let Some(k) = found {
            let origin = atts[k].resolved_from.unwrap_or(k);
            atts[i].source = atts[k].source.clone();
            atts[i].kind = atts[k].kind;
            atts[i].resolved_from = Some(origin);
            if atts[i].affiliation.is_none() {
                atts[i].affiliation = atts[k].affiliation.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests;
