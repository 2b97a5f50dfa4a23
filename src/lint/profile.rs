//! What a figure or date says of itself, for pairing with another: its
//! unit, role, governing word, source, the dates of its clause, and the
//! rare words close to it.

use std::collections::HashMap;

use crate::extract::figure::{FigureKind, Role};
use crate::extract::lexicon::{is_people_stem, is_person_noun, is_stop_word, reporting_period};
use crate::extract::ArticleIndex;
use crate::matching::align::{governor, rarity};
use crate::matching::source::same_source;
use crate::matching::terms::stems_for;
use crate::segment::{stem, strip_possessive, TokenKind};
use crate::source::Span;

/// How far (in words) from a value its words are read.
const NEAR: u32 = 6;
/// How near a date its event's word must stand.
const EVENT_NEAR: u32 = 4;

/// A figure or date with what it says of itself.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Index into the article's figures or dates.
    pub value: usize,
    /// Its sentence.
    pub sentence: usize,
    /// Its bytes.
    pub span: Span,
    /// What it counts: "people" for any count of persons, else its head
    /// noun's stem; the kind and currency for percentages and money.
    group: String,
    /// Its role in a change.
    role: Option<Role>,
    /// The word that governs it: its stem, and as written.
    governor: Option<String>,
    verb: Option<String>,
    /// The attribution that credits it to a named source.
    pub source: Option<usize>,
    /// The periods of the other dates of its clause.
    dates: Vec<crate::extract::date::Period>,
    /// The words near it.
    words: Vec<Near>,
    /// The periods the words near it say it is reported over ("annual",
    /// "quarterly"), sorted.
    periods: Vec<&'static str>,
    /// The names (capitalised words, not the first of the sentence) of its
    /// clause before its governing word, lower-case: who or what the figure
    /// is of, or who gives it ("Harlow Foods saw its sales rise 4%").
    names: Vec<String>,
}

/// A word near a value.
#[derive(Debug, Clone)]
struct Near {
    stem: String,
    rarity: f64,
    distance: u32,
    /// The word, lower-case.
    word: String,
    /// Whether it stands before the value.
    before: bool,
    /// Whether it is written with a capital (a name, not an event).
    capital: bool,
    /// Whether "the" or a possessive stands in the three words before it:
    /// "the US withdrawal", "the latter's withdrawal" name one event.
    definite: bool,
}

/// The profiles of an article's figures and dates.
pub struct Profiles<'a> {
    index: &'a ArticleIndex,
    figures: Vec<Profile>,
    dates: Vec<Profile>,
    /// The rarity of a word held by one sentence in three.
    rare: f64,
}

impl<'a> Profiles<'a> {
    /// Profiles every figure and dated date of `index`.
    pub fn of(index: &'a ArticleIndex) -> Profiles<'a> {
        let toks = &index.segments.tokens;
        let sentences = index.segments.sentences.len();
        // Sentence frequency of each stem, counted once.
        let mut held: HashMap<String, usize> = HashMap::new();
        for s in &index.segments.sentences {
            let mut stems: Vec<String> =
                toks[s.tokens.clone()].iter().filter(|t| t.kind == TokenKind::Word).map(|t| stem(&t.norm)).collect();
            stems.sort();
            stems.dedup();
            for st in stems {
                *held.entry(st).or_insert(0) += 1;
            }
        }
        let profile = |value: usize, span: Span, group: String, role: Option<Role>| -> Option<Profile> {
            let s = index.sentence_at(span.start)?;
            let range = index.segments.sentences[s].tokens.clone();
            let first = range.clone().find(|&k| toks[k].span.end > span.start)?;
            let last = range.clone().rev().find(|&k| toks[k].span.start < span.end).unwrap_or(first).max(first);
            let facts = index.facts(s);
            let a_value = |k: usize| {
                let t = toks[k].span;
                facts.figures.clone().any(|f| index.figures[f].span.contains(t))
                    || facts.dates.clone().any(|d| index.dates[d].span.contains(t))
            };
            let inside =
                |k: usize| a_value(k) || index.sentence_attributions(s).iter().any(|a| a.span.contains(toks[k].span));
            let words = range
                .clone()
                .filter(|&k| index.layout().same_clause(k, first) && !inside(k))
                .filter(|&k| toks[k].kind == TokenKind::Word && toks[k].norm.len() > 2 && !is_stop_word(&toks[k].norm))
                .map(|k| {
                    let st = stem(&toks[k].norm);
                    Near {
                        rarity: rarity(held.get(&st).copied().unwrap_or(1), sentences),
                        stem: st,
                        distance: index.layout().distance(k, first, last),
                        word: toks[k].norm.to_string(),
                        before: k < first,
                        capital: toks[k].capitalized,
                        definite: toks[range.start.max(k.saturating_sub(3))..k]
                            .iter()
                            .any(|t| t.norm == "the" || t.norm.ends_with("'s")),
                    }
                })
                .filter(|w| w.distance <= NEAR)
                .collect();
            let mut periods: Vec<&'static str> = range
                .clone()
                .filter(|&k| (k < first || k > last) && index.layout().same_clause(k, first))
                .filter(|&k| index.layout().distance(k, first, last) <= NEAR)
                .filter_map(|k| reporting_period(&toks[k].norm))
                .collect();
            periods.sort_unstable();
            periods.dedup();
            let dates = facts
                .dates
                .clone()
                .filter(|&d| {
                    index.dates[d].span != span
                        && index.layout().same_clause(first, token_at(index, s, index.dates[d].span))
                })
                .filter_map(|d| index.dates[d].period)
                .collect();
            let governing = governor(toks, index.layout(), range.start, first, &inside);
            let head = governing.unwrap_or(first);
            let opening = range.clone().find(|&k| toks[k].kind == TokenKind::Word).unwrap_or(range.start);
            let names = (opening + 1..head)
                .filter(|&k| toks[k].capitalized && toks[k].kind == TokenKind::Word && !a_value(k))
                .filter(|&k| index.layout().same_clause(k, head))
                .map(|k| strip_possessive(&toks[k].norm).to_string())
                .collect();
            let verb = governing.map(|k| toks[k].norm.to_string());
            let governor = governing.map(|k| stem(&toks[k].norm));
            let source = index.credited(s, span).into_iter().find(|&a| index.attributions[a].source.is_some());
            Some(Profile {
                value,
                sentence: s,
                span,
                group,
                role,
                governor,
                verb,
                source,
                dates,
                periods,
                words,
                names,
            })
        };
        let figures = index
            .figures
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let group = match (f.kind, f.noun.as_deref()) {
                    (FigureKind::Number, Some(n)) if is_person_noun(n) || is_people_stem(&stem(n)) => {
                        "people".to_string()
                    }
                    (FigureKind::Number, Some(n)) => stem(n),
                    (FigureKind::Number, None) => return None,
                    (kind, _) => format!("{kind:?} {}", f.currency.unwrap_or("")),
                };
                let group = if f.is_rate { format!("{group} rate") } else { group };
                profile(i, f.span, group, f.role)
            })
            .collect();
        let dates = index
            .dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.period.is_some() && d.granularity < crate::extract::date::Granularity::Year)
            .filter_map(|(i, d)| profile(i, d.span, String::new(), None))
            .collect();
        Profiles { index, figures, dates, rare: rarity(sentences.div_ceil(3), sentences) }
    }

    /// The figures grouped by what they count, each group in text order.
    pub fn figure_groups(&self) -> Vec<Vec<&Profile>> {
        let mut groups: std::collections::BTreeMap<&str, Vec<&Profile>> = std::collections::BTreeMap::new();
        for p in &self.figures {
            groups.entry(p.group.as_str()).or_default().push(p);
        }
        groups.into_values().filter(|g| g.len() > 1).collect()
    }

    /// The dates finer than a year, in text order.
    pub fn dates(&self) -> &[Profile] {
        &self.dates
    }

    /// The rare words near both `a` and `b`, as they stand near `a` (a word
    /// of four letters or more matches the words it begins: "concert" and
    /// "concertgoers").
    fn shared<'p>(&self, a: &'p Profile, b: &Profile) -> Vec<&'p Near> {
        let matches =
            |x: &str, y: &str| x == y || (x.len() >= 4 && y.starts_with(x)) || (y.len() >= 4 && x.starts_with(y));
        a.words.iter().filter(|w| w.rarity >= self.rare && b.words.iter().any(|v| matches(&w.stem, &v.stem))).collect()
    }

    /// Whether two figures state one fact, and if so its governing word:
    /// they stand in different paragraphs, in the same role (but "from", the
    /// level of another time or group), credited to the same source or to
    /// none, dated alike, reported over the same period, of no two named
    /// subjects, governed by the same word (or a synonym), and a rare common
    /// word besides it and the unit stands within a few words of both.
    pub fn same_fact(&self, a: &Profile, b: &Profile) -> Option<String> {
        let paragraph = |p: &Profile| self.index.segments.sentences[p.sentence].paragraph;
        // A paragraph sets figures side by side to compare them, and a
        // "from" level or "compared with" figure is another time or group.
        let compared = paragraph(a) == paragraph(b) || a.role == Some(Role::From);
        if compared || a.role != b.role || !self.same_source(a, b) {
            return None;
        }
        if a.dates.iter().any(|p| b.dates.iter().all(|q| !p.overlaps(q))) && !b.dates.is_empty() {
            return None;
        }
        // A quarterly figure and an annual one are two facts.
        if self.other_subjects(a, b) || a.periods != b.periods {
            return None;
        }
        let verb = match (&a.governor, &b.governor) {
            (Some(x), Some(y)) => stems_for(x).contains(y),
            _ => false,
        };
        // A common word besides the governing word and the unit names the
        // event, near both ("concert hall" and "concertgoers").
        let unit = |w: &Near| a.group == w.stem || b.group == w.stem;
        let named = self.shared(a, b).into_iter().any(|w| {
            !w.capital && w.distance <= EVENT_NEAR && a.governor.as_deref() != Some(w.stem.as_str()) && !unit(w)
        });
        if verb && named {
            a.verb.clone()
        } else {
            None
        }
    }

    /// Whether two dates are of one event: a rare common word after "the"
    /// or a possessive names it within a few words of both, on the same side
    /// of each.
    pub fn same_event(&self, a: &Profile, b: &Profile) -> Option<String> {
        let paragraph = |p: &Profile| self.index.segments.sentences[p.sentence].paragraph;
        if paragraph(a) == paragraph(b) || !self.same_source(a, b) {
            return None;
        }
        // An event is named by a common word (not a name) with "the" or a
        // possessive, near both dates and on the same side of each ("the US
        // withdrawal in August").
        let near = |p: &Profile, w: &Near| {
            p.words
                .iter()
                .find(|v| v.stem.starts_with(&w.stem) && v.distance <= EVENT_NEAR && v.definite)
                .map(|v| v.before)
        };
        self.shared(a, b)
            .into_iter()
            .filter(|w| !w.capital && w.definite && w.distance <= EVENT_NEAR && near(b, w) == Some(w.before))
            .max_by(|x, y| x.rarity.total_cmp(&y.rarity))
            .map(|w| w.word.clone())
    }

    /// Whether the figures are of two named subjects: each has a name in
    /// its clause before its governing word, and neither's names stand in the other's
    /// sentence ("Harlow Foods saw its sales rise 4%" and "Brennan
    /// Retail saw its sales rise 9%").
    fn other_subjects(&self, a: &Profile, b: &Profile) -> bool {
        let toks = &self.index.segments.tokens;
        let in_sentence = |name: &str, p: &Profile| {
            toks[self.index.segments.sentences[p.sentence].tokens.clone()]
                .iter()
                .any(|t| strip_possessive(&t.norm) == name)
        };
        !a.names.is_empty()
            && !b.names.is_empty()
            && !a.names.iter().any(|n| in_sentence(n, b))
            && !b.names.iter().any(|n| in_sentence(n, a))
    }

    /// Both credited to one named source, or at least one to none.
    fn same_source(&self, a: &Profile, b: &Profile) -> bool {
        let name = |p: &Profile| p.source.and_then(|i| self.index.attributions[i].source.as_deref());
        match (name(a), name(b)) {
            (Some(x), Some(y)) => same_source(x, y) || same_source(y, x),
            _ => true,
        }
    }
}

/// The first token of `span` in sentence `s`.
fn token_at(index: &ArticleIndex, s: usize, span: Span) -> usize {
    let range = index.segments.sentences[s].tokens.clone();
    range.clone().find(|&k| index.segments.tokens[k].span.end > span.start).unwrap_or(range.start)
}
