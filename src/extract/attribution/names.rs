//! Names in a sentence: the run of capitalised words before or after a
//! cue, cleaned of sentence openers, titles and a leading "the", split at a
//! possessive ("the Observer's Philip French" → Philip French of the
//! Observer), and classified as a person's or an organisation's.

use super::words::{is_courtesy_title, is_document_noun, is_organisation_noun, is_subject_boundary, is_title};
use super::{NameKind, Speaker};
use crate::extract::lexicon::is_function_word;
use crate::extract::opens::Class;
use crate::segment::{strip_possessive, Cursor, TokenKind};
use crate::source::collapse_spaces;

/// A sentence's tokens, seen through its [`Cursor`], with the quoted ones marked.
pub(super) struct Sentence<'a> {
    /// The tokens.
    pub(super) cur: Cursor<'a>,
    /// Whether each token lies inside quotation marks.
    pub(super) quoted: &'a [bool],
    /// The article text the spans point into.
    pub(super) text: &'a str,
    /// Whether the sentence is a heading (headline-style cues count there).
    pub(super) is_heading: bool,
}

impl<'a> std::ops::Deref for Sentence<'a> {
    type Target = Cursor<'a>;

    fn deref(&self) -> &Cursor<'a> {
        &self.cur
    }
}

impl Sentence<'_> {
    /// Whether token `i` exists and lies outside quotation marks.
    pub(super) fn is_open(&self, i: usize) -> bool {
        i < self.toks.len() && !self.quoted[i]
    }

    /// Whether token `i` sets off an appositive or a trailing cue: a comma,
    /// or a dash ("Anna Price – Green Party transport spokeswoman – said");
    /// news copy writes a dash as a spaced hyphen too.
    pub(super) fn is_set_off(&self, i: usize) -> bool {
        self.is_open(i)
            && (self.is_punct(i, ',') || self.is_punct(i, '–') || self.is_punct(i, '—') || self.is_punct(i, '-'))
    }

    /// Whether token `i` is a hyphen joined to the tokens on both sides, as
    /// in "45-year-old" (a number, then a word).
    pub(super) fn is_inner_hyphen(&self, i: usize) -> bool {
        let joined = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start;
        self.is_punct(i, '-') && i > 0 && i + 1 < self.toks.len() && joined(i - 1, i) && joined(i, i + 1)
    }

    /// Whether token `i` is a quotation mark.
    pub(super) fn is_quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "”" | "“" | "'" | "’" | "‘")
        })
    }

    /// Token `i` as written.
    pub(super) fn original(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.text.get(t.span.start..t.span.end)).unwrap_or("")
    }

    /// Whether token `i` is part of a name: a word with a capital letter
    /// anywhere ("Clarke", "UN", "al-Qaeda", "eBay").
    pub(super) fn is_name_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word() && t.has_capital)
    }

    /// Whether token `i` is an acronym: two or more letters, all capitals
    /// (a possessive aside: "UN's").
    pub(super) fn is_acronym(&self, i: usize) -> bool {
        // A word without a capital letter is none (nearly every word).
        if !self.toks.get(i).is_some_and(|t| t.has_capital) {
            return false;
        }
        let bare = strip_possessive(self.original(i));
        let letters = || bare.chars().filter(|c| c.is_alphabetic());
        letters().count() >= 2 && letters().all(char::is_uppercase)
    }

    /// The text of tokens `from..to`, with each run of white space (a line
    /// break, a non-breaking space) made one space.
    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        if from >= to {
            return String::new();
        }
        let text = self.text.get(self.toks[from].span.start..self.toks[to - 1].span.end).unwrap_or("");
        collapse_spaces(text)
    }

    /// Whether what follows token `end - 1` closes a clause: the end of the
    /// sentence, a comma or a full stop, perhaps after a short adverbial
    /// ("…, said the UN in a statement.").
    pub(super) fn closes_at(&self, end: usize) -> bool {
        let next_punct =
            (end..self.toks.len()).find(|&k| self.toks[k].kind == TokenKind::Punct).unwrap_or(self.toks.len());
        let ends = next_punct == self.toks.len() || !self.is_punct(next_punct, ':');
        ends && next_punct - end <= 5 && !(end..next_punct).any(|k| matches!(self.word(k), Some("that" | "to")))
    }

    /// Whether the word at `i` is a name connector ("of", "the") outside quotes.
    fn is_connector(&self, i: usize) -> bool {
        self.is_open(i) && self.word_is(i, Class::NameConnector)
    }

    /// Whether token `i` is an open name word.
    fn is_open_name(&self, i: usize) -> bool {
        self.is_open(i) && self.is_name_word(i)
    }

    /// The name that ends just before token `end`: capitalised words and up
    /// to two connectors between them ("Power at the Foundation"). Returns
    /// its token range.
    pub(super) fn name_before(&self, end: usize) -> Option<(usize, usize)> {
        let mut start = end;
        while start > 0 {
            let k = start - 1;
            if self.is_open_name(k) {
                start = k;
                continue;
            }
            let bridged = self.is_connector(k)
                && start < end
                && ((k > 0 && self.is_open_name(k - 1))
                    || (k > 1 && self.is_connector(k - 1) && self.is_open_name(k - 2)));
            if !bridged {
                break;
            }
            start = k;
        }
        // A connector cannot open a name.
        while start < end && self.word_is(start, Class::NameConnector) && !self.toks[start].capitalized {
            start += 1;
        }
        (start < end).then_some((start, end))
    }

    /// The name that starts at token `start` (after an optional "the").
    pub(super) fn name_after(&self, start: usize) -> Option<(usize, usize)> {
        let first = if self.word(start) == Some("the") { start + 1 } else { start };
        let mut k = first;
        while self.is_open(k) {
            if self.is_name_word(k) {
                k += 1;
                continue;
            }
            // "the Scottish Liberal Party on Friday": a date is no part of a name.
            let joins =
                |x: usize| self.is_open_name(x) && !(self.word_is(x, Class::Month) || self.word_is(x, Class::Weekday));
            let bridged =
                self.is_connector(k) && k > first && (joins(k + 1) || (self.is_connector(k + 1) && joins(k + 2)));
            if !bridged {
                break;
            }
            k += 1;
        }
        (k > first).then_some((first, k))
    }

    /// A name after a description of what it is, from token `start`: "the
    /// business daily Handelsblatt", "the agency's chief economist Maria
    /// Lopez", "Bank of England chief economist Huw Pill". The description
    /// is up to four lower-case words, perhaps after an owner's name; after
    /// an owner it must end in a role or a kind of organisation ("Labour
    /// supporters Tom …" is no description). Returns where the description
    /// starts (after any article), its last word and the name's tokens.
    pub(super) fn described_name(&self, start: usize) -> Option<(usize, usize, (usize, usize))> {
        let from = if matches!(self.word(start), Some("the" | "a" | "an")) { start + 1 } else { start };
        let owner = self.name_after(from).filter(|_| self.is_name_word(from));
        let role_from = owner.map_or(from, |(_, b)| b);
        // "the 28-year-old striker": an age is part of the description.
        let age = |k: usize| self.toks[k].kind == TokenKind::Number || self.is_inner_hyphen(k);
        let lower = |k: usize| {
            self.is_open(k) && !self.is_name_word(k) && (self.word(k).is_some_and(|w| !is_function_word(w)) || age(k))
        };
        let last = (role_from..role_from + 4).take_while(|&k| lower(k)).last()?;
        let kind = owner.is_none() || self.bare_word(last).is_some_and(|w| is_title(w) || is_organisation_noun(w));
        let name = self.name_after(last + 1).filter(|_| kind && self.is_name_word(last + 1))?;
        Some((from, last, name))
    }

    /// Whether a plural possessive mark follows token `i` ("Nations' envoy").
    fn ends_possessive_plural(&self, i: usize) -> bool {
        self.toks.get(i + 1).is_some_and(|t| t.is_punct('\'') || t.is_punct('’'))
    }

    /// A parenthesised acronym right after token `end`: "(ACLED)".
    pub(super) fn alias_after(&self, end: usize) -> Option<(String, usize)> {
        let bracketed = self.is_punct(end, '(') && self.is_punct(end + 2, ')') && self.word(end + 1).is_some();
        (bracketed && self.is_acronym(end + 1)).then(|| (self.original(end + 1).to_string(), end + 3))
    }

    /// Whether the word at `i` is a possessive ("UN's", "Reuters'").
    fn is_possessive(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| w.ends_with("'s")) || self.ends_possessive_plural(i)
    }

    /// The text of a name on tokens `from..to`, without a final possessive.
    fn name_text(&self, from: usize, to: usize) -> String {
        let mut text = self.slice(from, to);
        text.truncate(strip_possessive(&text).len());
        text
    }
}

/// A name read from a run of tokens.
#[derive(Debug)]
pub(super) struct Name {
    /// The speaker, always [`Speaker::Named`].
    pub(super) speaker: Speaker,
    /// An organisation given with the name ("Bradley Bowman of the Centre
    /// on …", "the Observer's Philip French").
    pub(super) affiliation: Option<String>,
    /// Titles dropped from the front, lower-case.
    pub(super) titles: Vec<String>,
    /// The token after the name proper (before any "of …" affiliation).
    pub(super) end: usize,
}

/// Whether token `k` opens a sentence rather than a name: a capitalised
/// function word, a month or weekday, a number, a "-based" prefix.
fn is_name_opener_noise(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.toks.get(k) else {
        return false;
    };
    if t.kind == TokenKind::Number {
        return true;
    }
    // A month or weekday opens a date only before a number or "the" ("In
    // November the BMA said"); "Jan Egeland" is a name.
    let date_follows = s.toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Number || n.is("the"));
    let is = |class: Class| t.opens.is(class);
    is(Class::SentenceOpener)
        || (is(Class::Function) && !s.is_acronym(k))
        || ((is(Class::Month) || is(Class::Weekday)) && date_follows)
        || t.norm.ends_with("-based")
}

/// Cleans a name run `from..to` and reads it: drops sentence openers and a
/// leading "the", splits at a possessive, drops titles, splits "Bradley
/// Bowman of the Centre on …" into a person and an affiliation, and
/// classifies what is left.
pub(super) fn named(s: &Sentence, from: usize, to: usize) -> Option<Name> {
    let mut a = from;
    while a + 1 < to && is_name_opener_noise(s, a) {
        a += 1;
    }
    if s.word(a) == Some("the") {
        a += 1;
    }
    if a + 1 >= to && is_name_opener_noise(s, a) {
        return None;
    }
    let mut affiliation = None;
    // "the Observer's Philip French": the owner is the affiliation.
    if let Some(p) = (a..to.saturating_sub(1)).rev().find(|&k| s.is_possessive(k)) {
        if s.is_name_word(p + 1) {
            affiliation = Some(s.name_text(a, p + 1));
            a = p + 1;
        }
    }
    let mut titles = Vec::new();
    if a + 1 < to && s.word(a).is_some_and(is_courtesy_title) && (a + 1..to).all(|k| looks_like_person_word(s, k)) {
        titles.push(s.toks[a].norm.to_string());
        a += 1;
    }
    // Titles before a name of two or more words: "Foreign Minister Amir Khan
    // Muttaqi", "Energy Minister Tom Reed": every word up to the last title
    // goes; an organisation before the titles is the affiliation ("Bank of
    // England Governor Mervyn King").
    let a0 = a;
    // No title is dropped from an organisation's name ("Economist
    // Intelligence Unit", "General Electric Company").
    let organisation_name = s.word_is(to - 1, Class::BareOrganisation)
        && !(a..to).any(|k| matches!(s.word(k), Some("of" | "at" | "from")) && !s.toks[k].capitalized);
    while a + 2 < to && !organisation_name && s.word_is(a, Class::Title) {
        titles.push(s.toks[a].norm.to_string());
        a += 1;
    }
    let last_title = (a..to.saturating_sub(2)).rev().find(|&t| s.word_is(t, Class::Title));
    let prefix = |t: usize| {
        (a..t).all(|x| s.is_name_word(x) || s.word_is(x, Class::NameConnector)) && (t == a || s.is_name_word(t - 1))
    };
    if let Some(t) = last_title.filter(|&t| prefix(t) && (t + 1..to).all(|x| looks_like_person_word(s, x))) {
        let first_title = (a0..=t).rev().take_while(|&x| s.word_is(x, Class::Title)).last().unwrap_or(t);
        let organisation = (a0..first_title).any(|x| s.word_is(x, Class::BareOrganisation) || s.is_acronym(x));
        if organisation && affiliation.is_none() {
            affiliation = Some(s.name_text(a0, first_title));
        }
        titles.extend((a..=t).filter_map(|x| s.word(x)).map(str::to_string));
        a = t + 1;
    }
    let mut to = to;
    // "Helen Ashby MP": a title after the name.
    while to > a + 1 && s.word(to - 1).is_some_and(|w| matches!(w, "mp" | "mep" | "msp" | "am" | "qc")) {
        to -= 1;
    }
    // "Chair of the Transport Select Committee Helen Ashby": the
    // office's organisation, then the person.
    if a > from && matches!(s.word(a), Some("of" | "for" | "at")) {
        let org_end = (a + 1..to).rev().find(|&k| s.word_is(k, Class::BareOrganisation) || s.is_acronym(k));
        if let Some(o) = org_end.filter(|&o| (2..=4).contains(&(to - o - 1))) {
            affiliation = named(s, a + 1, o + 1).and_then(|n| n.speaker.name().map(str::to_string));
            a = o + 1;
        }
    }
    // "On Thursday, …": a weekday or a month alone names nobody ("Mrs May" does).
    let lone_date = a + 1 == to && titles.is_empty() && (s.word_is(a, Class::Month) || s.word_is(a, Class::Weekday));
    if a >= to || lone_date {
        return None;
    }
    let mut end = to;
    let split = (a + 1..to).find(|&k| matches!(s.word(k), Some("of" | "at" | "from")) && !s.toks[k].capitalized);
    if let Some(split) = split {
        let head_is_person = split - a <= 3 && (a..split).all(|k| looks_like_person_word(s, k));
        if head_is_person {
            affiliation = named(s, split + 1, to).and_then(|n| n.speaker.name().map(str::to_string));
            end = split;
        }
    }
    let plain = (a..end).all(|k| looks_like_person_word(s, k));
    // "Aid Commissioner", "Foreign Minister": a role, not a person's name.
    let role = s.word_is(end - 1, Class::Title);
    let kind = match end - a {
        _ if role => NameKind::Organisation,
        _ if plain && !titles.is_empty() => NameKind::Person,
        1 if plain => NameKind::Unknown,
        2..=4 if plain => NameKind::Person,
        _ => NameKind::Organisation,
    };
    let name = s.name_text(a, end);
    Some(Name { speaker: Speaker::Named { name, kind }, affiliation, titles, end })
}

/// A capitalised word that is neither an acronym nor an organisation word.
pub(super) fn looks_like_person_word(s: &Sentence, k: usize) -> bool {
    s.is_name_word(k) && !s.is_acronym(k) && !s.word_is(k, Class::BareOrganisation)
}

/// Whether the word at `k` ends a subject that has no name (see
/// [`is_subject_boundary`]), or is a verb that takes a statement; a verb
/// that needs one may be a participle inside it ("those questioned said").
pub(super) fn is_boundary(s: &Sentence, k: usize) -> bool {
    s.word(k).is_some_and(|w| is_subject_boundary(w) || (super::words::takes_statement(w) && !is_document_noun(w)))
}
