//! The closed vocabularies the JSON reports write (verdicts, fields, kinds,
//! year rules), as wire enums.
//!
//! Each mirrors an enum of the pipeline variant for variant, with a
//! conversion from it: a variant added there fails to compile until it is
//! named here, and renaming one there cannot change a report. Their doc
//! comments are the descriptions `claimcheck schema --report` gives.

use schemars::JsonSchema;
use serde::Serialize;

use crate::{coverage, extract, verdict};

/// Defines the wire enum `$name`, the same variants as `$from`, and the
/// conversion from `$from`.
macro_rules! mirror {
    (
        $(#[$meta:meta])*
        $name:ident from $from:path {
            $($(#[$variant_meta:meta])* $variant:ident,)+
        }
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
        $(#[$meta])*
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl From<$from> for $name {
            fn from(value: $from) -> $name {
                type Mirrored = $from;
                match value {
                    $(Mirrored::$variant => $name::$variant,)+
                }
            }
        }
    };
}

mirror! {
    /// A claim's verdict.
    #[serde(rename_all = "snake_case")]
    Verdict from verdict::Verdict {
        /// The article agrees.
        Supported,
        /// The article says otherwise somewhere.
        Conflicting,
        /// The article agrees but does not credit the claimed source.
        Unattributed,
        /// The article does not speak of the claim.
        NotFound,
    }
}

mirror! {
    /// A mention's verdict.
    #[serde(rename_all = "snake_case")]
    MentionVerdict from verdict::MentionVerdict {
        /// It agrees (and credits the claimed source, if any).
        Supported,
        /// It disagrees on a field.
        Conflicting,
        /// It agrees but credits nobody, or nobody named.
        Unattributed,
        /// It decides nothing (see `context`).
        Context,
    }
}

mirror! {
    /// A field of a claim that can conflict.
    #[serde(rename_all = "lowercase")]
    Field from verdict::Field {
        /// The figure.
        Figure,
        /// The date.
        Date,
        /// The source.
        Source,
        /// The quote.
        Quote,
    }
}

mirror! {
    /// Why a `context` mention decides nothing.
    #[serde(rename_all = "snake_case")]
    Context from verdict::Context {
        /// Another source's account of another figure.
        OtherSource,
        /// Its alignment is under the strongest mention's by more than the margin.
        Weaker,
    }
}

mirror! {
    /// Which rule gave a date its year.
    #[serde(rename_all = "snake_case")]
    YearRule from extract::date::YearRule {
        /// The text states the year.
        Stated,
        /// Taken from another date in the same sentence.
        Sentence,
        /// Taken from a date earlier (or later) in the same paragraph.
        Paragraph,
        /// Taken from the last date of the previous paragraph.
        PreviousParagraph,
        /// The latest such date not after the publication date.
        Published,
        /// The year the article mentions most often.
        ArticleYear,
        /// A relative date ("yesterday"), counted from the publication date.
        Relative,
        /// No year could be found (relative dates need a publication date).
        Unresolved,
    }
}

mirror! {
    /// What a figure counts.
    #[serde(rename_all = "lowercase")]
    FigureKind from extract::figure::FigureKind {
        /// A count or quantity.
        Number,
        /// A percentage ("96%", "96 per cent").
        Percent,
        /// An amount of money in a currency ("£3bn").
        Money,
        /// A difference in percentage points ("five percentage points").
        Points,
    }
}

mirror! {
    /// The part a figure plays in a change construction ("rose 2% to $11.1bn from $10.9bn").
    #[serde(rename_all = "lowercase")]
    Role from extract::figure::Role {
        /// The size of the change: "rose 2%".
        Change,
        /// The level the change starts from: "from $10.9bn".
        From,
        /// The level the change reaches: "to $11.1bn".
        To,
    }
}

mirror! {
    /// How finely a date is given.
    #[serde(rename_all = "lowercase")]
    Granularity from extract::date::Granularity {
        /// One day.
        Day,
        /// One week (a relative "last week").
        Week,
        /// One month.
        Month,
        /// A quarter of a year.
        Quarter,
        /// Part of a year or month: "early 2021", "late March".
        Part,
        /// A season: "spring 2006", "last summer".
        Season,
        /// One year.
        Year,
        /// Ten years: "the 1990s".
        Decade,
        /// From one date to another.
        Range,
    }
}

mirror! {
    /// What an uncovered mention of the article is.
    #[serde(rename_all = "snake_case")]
    MentionKind from coverage::Kind {
        /// A figure.
        Figure,
        /// A date.
        Date,
        /// A quotation.
        Quote,
    }
}
