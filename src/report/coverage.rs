//! The coverage section of a report (`check --coverage`): per article, each
//! figure, date and quote with its place and whether a claim covers it.
//! Several claims files checked against one article share one section: a
//! mention is covered when a claim of any of them covers it.

use std::collections::BTreeMap;

use super::build::excerpt;
use super::{display_path, Excerpt};
use crate::article::{Article, Location};
use crate::coverage::{Covered, Kind};
use crate::extract::ArticleIndex;
use crate::source::collapse_spaces;

/// The longest quotation shown whole; longer ones are cut with "…".
const QUOTE_SHOWN: usize = 80;

/// The coverage of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleCoverage {
    /// The article, as given.
    pub article: String,
    /// Every figure, date and quote, by kind and then article order.
    pub mentions: Vec<CoverageMention>,
}

/// One figure, date or quote of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageMention {
    /// What it is.
    pub kind: Kind,
    /// Whether a claim covers it.
    pub covered: bool,
    /// The words, as written (a long quotation cut short).
    pub text: String,
    /// Line of its start.
    pub line: usize,
    /// Column of its start.
    pub column: usize,
    /// Byte offset of its start in the article file.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// Its sentence, whitespace collapsed.
    pub sentence: String,
    /// The article line(s) around it.
    pub excerpt: Excerpt,
}

/// How many mentions of a kind there are, and how many are covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Mentions.
    pub total: usize,
    /// Mentions a claim covers.
    pub covered: usize,
}

impl Counts {
    /// Mentions no claim covers.
    pub fn uncovered(self) -> usize {
        self.total - self.covered
    }
}

impl ArticleCoverage {
    /// The coverage of `article` as `covered` marks it.
    pub fn build(article: &Article, index: &ArticleIndex, covered: &Covered) -> ArticleCoverage {
        let mentions = covered
            .mentions()
            .map(|(kind, i, covered)| {
                let span = match kind {
                    Kind::Figure => index.figures[i].span,
                    Kind::Date => index.dates[i].span,
                    Kind::Quote => index.quotes[i].span,
                };
                let Location { line, column, start, end } = article.locate(span);
                let sentence = index.sentence_at(span.start).map(|s| index.segments.sentences[s].span).unwrap_or(span);
                CoverageMention {
                    kind,
                    covered,
                    text: shorten(&collapse_spaces(article.slice(span))),
                    line,
                    column,
                    start,
                    end,
                    sentence: collapse_spaces(article.slice(sentence)),
                    excerpt: excerpt(article, span),
                }
            })
            .collect();
        ArticleCoverage { article: display_path(&article.path), mentions }
    }

    /// The counts of `kind`.
    pub fn counts(&self, kind: Kind) -> Counts {
        let of_kind = self.mentions.iter().filter(|m| m.kind == kind);
        Counts { total: of_kind.clone().count(), covered: of_kind.filter(|m| m.covered).count() }
    }

    /// The mentions no claim covers.
    pub fn uncovered(&self) -> impl Iterator<Item = &CoverageMention> {
        self.mentions.iter().filter(|m| !m.covered)
    }
}

/// One section per article, in the order first checked: the sections of
/// one article's claims files joined, a mention covered if any covers it.
pub fn join(sections: Vec<ArticleCoverage>) -> Vec<ArticleCoverage> {
    let mut joined: Vec<ArticleCoverage> = Vec::new();
    for section in sections {
        let Some(same) = joined.iter_mut().find(|j| j.article == section.article) else {
            joined.push(section);
            continue;
        };
        let mut by_place: BTreeMap<(Kind, usize, usize), CoverageMention> =
            same.mentions.drain(..).map(|m| ((m.kind, m.start, m.end), m)).collect();
        for m in section.mentions {
            by_place.entry((m.kind, m.start, m.end)).and_modify(|old| old.covered |= m.covered).or_insert(m);
        }
        same.mentions = by_place.into_values().collect();
    }
    joined
}

/// The counts of `kind` over every article.
pub fn total(sections: &[ArticleCoverage], kind: Kind) -> Counts {
    sections
        .iter()
        .map(|s| s.counts(kind))
        .fold(Counts::default(), |a, c| Counts { total: a.total + c.total, covered: a.covered + c.covered })
}

/// "not covered by any claim: 7 of 37 figures, 20 of 33 dates, 0 of 12 quotes".
pub fn summary_line(sections: &[ArticleCoverage]) -> String {
    let parts: Vec<String> = [Kind::Figure, Kind::Date, Kind::Quote]
        .into_iter()
        .map(|k| {
            let c = total(sections, k);
            format!("{} of {} {}", c.uncovered(), c.total, k.plural())
        })
        .collect();
    format!("not covered by any claim: {}", parts.join(", "))
}

/// The headline of an uncovered mention: "figure `more than 140` is not covered by any claim".
pub fn headline(m: &CoverageMention, text: &str) -> String {
    format!("{} {text} is not covered by any claim", m.kind.name())
}

/// `text` cut to [`QUOTE_SHOWN`] characters at a word boundary, with "…".
fn shorten(text: &str) -> String {
    if text.chars().count() <= QUOTE_SHOWN {
        return text.to_string();
    }
    let cut: String = text.chars().take(QUOTE_SHOWN).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(kind: Kind, start: usize, covered: bool) -> CoverageMention {
        CoverageMention {
            kind,
            covered,
            text: "41".into(),
            line: 1,
            column: start + 1,
            start,
            end: start + 2,
            sentence: "It was 41.".into(),
            excerpt: Excerpt { line: 1, column: 1, text: "It was 41.".into(), focus: 7..9, cut: (false, false) },
        }
    }

    #[test]
    fn sections_of_one_article_join_covered_by_either() {
        let a = ArticleCoverage {
            article: "a.txt".into(),
            mentions: vec![mention(Kind::Figure, 0, true), mention(Kind::Figure, 10, false)],
        };
        let b = ArticleCoverage {
            article: "a.txt".into(),
            mentions: vec![mention(Kind::Figure, 0, false), mention(Kind::Figure, 10, true)],
        };
        let c = ArticleCoverage { article: "c.txt".into(), mentions: vec![mention(Kind::Date, 3, false)] };
        let joined = join(vec![a, c, b]);
        assert_eq!(joined.len(), 2);
        assert_eq!(joined[0].counts(Kind::Figure), Counts { total: 2, covered: 2 });
        assert_eq!(joined[1].counts(Kind::Date), Counts { total: 1, covered: 0 });
        assert_eq!(summary_line(&joined), "not covered by any claim: 0 of 2 figures, 1 of 1 dates, 0 of 0 quotes");
    }

    #[test]
    fn long_quotations_are_cut_at_a_word() {
        let long = "word ".repeat(30);
        let short = shorten(long.trim());
        assert!(short.ends_with("word…"), "{short}");
        assert!(short.chars().count() <= QUOTE_SHOWN + 1);
        assert_eq!(shorten("a short one"), "a short one");
    }
}
