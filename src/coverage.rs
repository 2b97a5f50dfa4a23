//! Coverage: which figures, dates and quotes of an article no claim speaks
//! of (`check --coverage`), so a desk sees what nobody has vetted.
//!
//! A claim covers what its mentions compared: the figure, date or quote of
//! each mention that decides it (whether it agrees or conflicts: either way
//! the claim has vetted that place), and of each weaker mention that states
//! the claim's values too (the article repeating a vetted fact). Another
//! source's account never covers: the claim is not about it.

use crate::extract::ArticleIndex;
use crate::verdict::{Context, Judgement, MentionVerdict, QuoteCheck};

/// What an article mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "MentionKind")]
pub enum Kind {
    /// A figure.
    Figure,
    /// A date.
    Date,
    /// A quotation.
    Quote,
}

impl Kind {
    /// Its name in reports: "figure", "date", "quote".
    pub fn name(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }

    /// The plural, for counts: "figures".
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Figure => "figures",
            Kind::Date => "dates",
            Kind::Quote => "quotes",
        }
    }
}

/// Which figures, dates and quotes of one article some claim covers, by
/// index into [`ArticleIndex::figures`], [`ArticleIndex::dates`] and
/// [`ArticleIndex::quotes`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Covered {
    figures: Vec<bool>,
    dates: Vec<bool>,
    quotes: Vec<bool>,
}

impl Covered {
    /// Nothing covered yet.
    pub fn new(index: &ArticleIndex) -> Covered {
        Covered {
            figures: vec![false; index.figures.len()],
            dates: vec![false; index.dates.len()],
            quotes: vec![false; index.quotes.len()],
        }
    }

    /// Marks what the mentions of `judgement` compared.
    pub fn add(&mut self, index: &ArticleIndex, judgement: &Judgement) {
        let covering = judgement.mentions.iter().filter(|m| match m.context {
            None => m.verdict != MentionVerdict::Context,
            Some(Context::Weaker) => m.states_claim(),
            Some(Context::OtherSource) => false,
        });
        for m in covering {
            if let Some(f) = m.figure {
                self.figures[f.figure] = true;
            }
            if let Some(d) = m.date {
                self.dates[d.date] = true;
            }
            let quoted = match &m.quote {
                Some(QuoteCheck::Agrees { quote } | QuoteCheck::NearMiss { quote, .. }) => Some(*quote),
                Some(QuoteCheck::Unquoted { .. }) | None => None,
            };
            if let Some(span) = quoted {
                let overlaps = |q: &crate::extract::quote::Quote| q.span.start < span.end && span.start < q.span.end;
                for (i, _) in index.quotes.iter().enumerate().filter(|(_, q)| overlaps(q)) {
                    self.quotes[i] = true;
                }
            }
        }
    }

    /// Every mention of the article, in kind order and then article order:
    /// its kind, index, and whether a claim covers it.
    pub fn mentions(&self) -> impl Iterator<Item = (Kind, usize, bool)> + '_ {
        of(Kind::Figure, &self.figures).chain(of(Kind::Date, &self.dates)).chain(of(Kind::Quote, &self.quotes))
    }
}

/// The marks of one kind, each with its kind and index.
fn of(kind: Kind, marks: &[bool]) -> impl Iterator<Item = (Kind, usize, bool)> + '_ {
    marks.iter().enumerate().map(move |(i, &c)| (kind, i, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::claims::parse_claims;
    use crate::extract::index_article;
    use crate::matching::WordIndex;
    use crate::verdict::{judge, Settings};

    const ARTICLE: &str = "The flood killed 41 people in March 2019, the ministry said. \
        Rescuers saved 300 residents. \"We will rebuild every bridge,\" the mayor, Ana Ruiz, said. \
        The flood killed 41 people, officials repeated.";

    fn covered(claims: &str) -> Vec<(Kind, bool)> {
        let article = Article::from_bytes("flood.txt".into(), ARTICLE.as_bytes().to_vec()).expect("article reads");
        let index = index_article(&article, None);
        let words = WordIndex::new(&index);
        let file = parse_claims(std::path::Path::new("c.json"), claims, None).expect("claims parse");
        let mut covered = Covered::new(&index);
        for claim in &file.claims {
            covered.add(&index, &judge(claim, &index, &words, Settings::default()));
        }
        covered.mentions().map(|(k, _, c)| (k, c)).collect()
    }

    #[test]
    fn a_claim_the_article_never_states_covers_nothing() {
        let all = covered(
            r#"{"claims": [{"id": "owls", "statement": "The zoo bought 7 owls.", "figure": "7", "about": ["owls"]}]}"#,
        );
        assert_eq!(all.iter().filter(|(k, _)| *k == Kind::Figure).count(), 3);
        assert_eq!(all.iter().filter(|(k, _)| *k == Kind::Date).count(), 1);
        assert_eq!(all.iter().filter(|(k, _)| *k == Kind::Quote).count(), 1);
        assert!(all.iter().all(|(_, c)| !c));
    }

    #[test]
    fn a_figure_claim_covers_every_place_that_states_it_and_its_date() {
        let all = covered(
            r#"{"claims": [{"id": "toll", "statement": "The flood killed 41 people in March 2019.",
                "figure": "41", "unit": "people", "date": "2019-03", "about": ["flood", "killed"]}]}"#,
        );
        // Both places that say 41 are covered, the 300 rescued is not.
        assert_eq!(
            all,
            vec![
                (Kind::Figure, true),
                (Kind::Figure, false),
                (Kind::Figure, true),
                (Kind::Date, true),
                (Kind::Quote, false)
            ]
        );
    }

    #[test]
    fn a_conflicting_claim_still_covers_the_place_it_vetted() {
        let all = covered(
            r#"{"claims": [{"id": "saved", "statement": "Rescuers saved 250 residents.",
                "figure": "250", "unit": "residents", "about": ["rescuers", "saved"]}]}"#,
        );
        assert_eq!(all[1], (Kind::Figure, true));
        assert_eq!(all.iter().filter(|(_, c)| *c).count(), 1);
    }

    #[test]
    fn a_quote_claim_covers_the_quotation() {
        let all = covered(
            r#"{"claims": [{"id": "bridge", "statement": "The mayor promised to rebuild.",
                "quote": "We will rebuild every bridge"}]}"#,
        );
        assert_eq!(all.last(), Some(&(Kind::Quote, true)));
        assert_eq!(all.iter().filter(|(_, c)| *c).count(), 1);
    }
}
