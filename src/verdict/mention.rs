//! Mentions: one place in the article that speaks of a claim, compared
//! field by field, with the alignment that says how strongly it states it.

use crate::extract::ArticleIndex;
use crate::matching::align::{Alignment, Fit};
use crate::matching::quote::DiffOp;
use crate::matching::source::{credit, Credit};
use crate::source::Span;

use super::figures::Agreement;
use super::{Field, MentionVerdict};

/// How a mention's figure compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureCheck {
    /// Index into [`ArticleIndex::figures`].
    pub figure: usize,
    /// How it compares with the claim's.
    pub agreement: Agreement,
}

impl FigureCheck {
    /// Whether it states the claim's figure.
    pub fn agrees(&self) -> bool {
        self.agreement == Agreement::Same
    }
}

/// How a mention's date compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCheck {
    /// Index into [`ArticleIndex::dates`].
    pub date: usize,
    /// Whether it agrees with the claim.
    pub agrees: bool,
}

/// Who a mention's words are credited to, against the claim's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceCheck {
    /// The claimed source, in this role.
    Credited {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
        /// As speaker, outlet or affiliation.
        credit: Credit,
    },
    /// Another named source.
    Other {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
    },
    /// A source without a name ("officials said"), or a pronoun that could
    /// not be resolved.
    Unnamed {
        /// Index into [`ArticleIndex::attributions`].
        attribution: usize,
    },
    /// No attribution at all.
    Missing,
}

impl SourceCheck {
    /// How it fits a claim that names a source, for alignment: words
    /// credited to a named source (the claimed one, or another whose account
    /// is compared) state a sourced claim more strongly than words credited
    /// to nobody.
    pub fn fit(&self) -> Fit {
        match self {
            SourceCheck::Credited { .. } | SourceCheck::Other { .. } => Fit::Same,
            SourceCheck::Unnamed { .. } | SourceCheck::Missing => Fit::Unknown,
        }
    }

    /// The attribution compared, if any.
    pub fn attribution(&self) -> Option<usize> {
        match *self {
            SourceCheck::Credited { attribution, .. }
            | SourceCheck::Other { attribution }
            | SourceCheck::Unnamed { attribution } => Some(attribution),
            SourceCheck::Missing => None,
        }
    }
}

/// How a mention's quote compares.
#[derive(Debug, Clone, PartialEq)]
pub enum QuoteCheck {
    /// The quoted span holds the claim's words.
    Agrees {
        /// The quoted span.
        quote: Span,
    },
    /// The quoted span holds a close but different wording.
    NearMiss {
        /// The quoted span.
        quote: Span,
        /// Word similarity, 0 to 100.
        score: u8,
        /// The word diff from the claim to the article.
        diff: Vec<DiffOp>,
    },
    /// The words are in the article, but not inside quotation marks.
    Unquoted {
        /// Where the words are.
        words: Span,
    },
}

/// Why a mention does not decide the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// Another source's account of the matter.
    OtherSource,
    /// A weaker alignment than the strongest mention's.
    Weaker,
}

/// One place in the article that speaks of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the sentence.
    pub sentence: usize,
    /// Its verdict.
    pub verdict: MentionVerdict,
    /// The fields that conflict (none for context).
    pub problems: Vec<Field>,
    /// The figure compared, if any.
    pub figure: Option<FigureCheck>,
    /// The date compared, if any.
    pub date: Option<DateCheck>,
    /// The source compared, when the claim names one.
    pub source: Option<SourceCheck>,
    /// The quote compared, when the claim has one.
    pub quote: Option<QuoteCheck>,
    /// The bytes that decide the mention (a figure, a date, a quote, a cue).
    pub focus: Span,
    /// How strongly it states the claim.
    pub alignment: Alignment,
    /// Why it decides nothing, if it does not.
    pub context: Option<Context>,
}

impl Mention {
    /// Whether its figure, date and quote agree with the claim's (whoever
    /// it credits).
    pub fn states_claim(&self) -> bool {
        self.figure.is_none_or(|f| f.agrees())
            && self.date.is_none_or(|d| d.agrees)
            && matches!(self.quote, None | Some(QuoteCheck::Agrees { .. }))
    }

    /// Makes it context: listed, never deciding.
    pub fn demote(&mut self, why: Context) {
        self.verdict = MentionVerdict::Context;
        self.problems.clear();
        self.context = Some(why);
    }
}

/// The alignment of a quote match: its word similarity.
pub fn quote_alignment(similarity: f64) -> Alignment {
    Alignment {
        score: similarity,
        words: similarity,
        unit: Fit::Same,
        role: Fit::Same,
        verb: Fit::Same,
        source: Fit::Same,
        aligned: Vec::new(),
    }
}

/// The checks of one mention, before its verdict is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Checks {
    /// Index of the sentence.
    pub sentence: usize,
    /// The figure compared.
    pub figure: Option<FigureCheck>,
    /// The date compared.
    pub date: Option<DateCheck>,
    /// The source compared.
    pub source: Option<SourceCheck>,
    /// The quote compared.
    pub quote: Option<QuoteCheck>,
    /// Its alignment.
    pub alignment: Alignment,
}

/// Draws a mention's verdict and focus from its checks; `names_source`
/// tells whether the claim names a source.
pub fn decide(index: &ArticleIndex, checks: Checks, names_source: bool) -> Mention {
    let Checks { sentence, figure, date, source, quote, alignment } = checks;
    let mut problems = Vec::new();
    if figure.is_some_and(|f| !f.agrees()) {
        problems.push(Field::Figure);
    }
    if date.is_some_and(|d| !d.agrees) {
        problems.push(Field::Date);
    }
    if matches!(source, Some(SourceCheck::Other { .. })) {
        problems.push(Field::Source);
    }
    if matches!(quote, Some(QuoteCheck::NearMiss { .. } | QuoteCheck::Unquoted { .. })) {
        problems.push(Field::Quote);
    }
    let credited = matches!(source, Some(SourceCheck::Credited { .. }));
    let verdict = if !problems.is_empty() {
        MentionVerdict::Conflicting
    } else if names_source && !credited {
        MentionVerdict::Unattributed
    } else {
        MentionVerdict::Supported
    };
    let attribution_span = source.and_then(|s| s.attribution()).map(|a| index.attributions[a].span);
    let quote_span = quote.as_ref().map(|q| match q {
        QuoteCheck::Agrees { quote } | QuoteCheck::NearMiss { quote, .. } => *quote,
        QuoteCheck::Unquoted { words } => *words,
    });
    let figure_span = figure.map(|f| index.figures[f.figure].span);
    let date_span = date.map(|d| index.dates[d.date].span);
    let focus = match problems.first() {
        Some(Field::Figure) => figure_span,
        Some(Field::Date) => date_span,
        Some(Field::Source) => attribution_span,
        Some(Field::Quote) => quote_span,
        None => figure_span.or(date_span).or(quote_span).or(attribution_span),
    }
    .unwrap_or(index.segments.sentences[sentence].span);
    Mention { sentence, verdict, problems, figure, date, source, quote, focus, alignment, context: None }
}

/// Who the attributions `covering` a mention credit, judged against the
/// claim's source names.
pub fn source_check(names: &[String], index: &ArticleIndex, covering: &[usize]) -> SourceCheck {
    let atts = || covering.iter().copied();
    if let Some((i, how)) = atts().find_map(|i| credit(names, &index.attributions[i]).map(|c| (i, c))) {
        return SourceCheck::Credited { attribution: i, credit: how };
    }
    if let Some(i) = atts().find(|&i| index.attributions[i].source.is_some()) {
        return SourceCheck::Other { attribution: i };
    }
    match atts().next() {
        Some(i) => SourceCheck::Unnamed { attribution: i },
        None => SourceCheck::Missing,
    }
}
