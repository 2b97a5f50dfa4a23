//! Numbers that are not figures, each rule a named entry of [`EXCLUSIONS`]:
//! numbers inside names and titles ("G7", "Covid-19", "Channel 4", "Toy
//! Story 2", "6 Music"), ranks and chart positions ("number three", "the top
//! ten"), codes and times ("0800", "9/11", "10:30", "5pm"), ordinals,
//! distances named as events ("the 800m") and "one" used as a pronoun or a
//! determiner. Match scores are skipped before any number is read
//! ([`score`]). Each rule looks only at the tokens around the number; the
//! first rule that holds names the rejection, which `extract` reports.

mod codes;
mod names;
mod one;
mod score;

use super::amount::Amount;
use crate::segment::{Cursor, Token};
pub(super) use score::score_end;

/// A number read as an amount, with the tokens around it.
pub(super) struct Candidate<'a> {
    /// The sentence's tokens.
    pub(super) cur: Cursor<'a>,
    /// The amount read.
    pub(super) a: &'a Amount,
    /// The text the tokens were read from (for the gaps between them).
    pub(super) scan: &'a str,
}

impl<'a> Candidate<'a> {
    /// The number's first token.
    fn first(&self) -> &'a Token {
        &self.cur.toks[self.a.number_start]
    }

    /// The number's last token.
    fn last(&self) -> &'a Token {
        &self.cur.toks[self.a.number.end - 1]
    }

    /// The token before the number (after any currency sign).
    fn prev(&self) -> Option<&'a Token> {
        self.a.number_start.checked_sub(1).map(|p| &self.cur.toks[p])
    }

    /// The token right after the number itself (before any unit).
    fn after_number(&self) -> Option<&'a Token> {
        self.cur.toks.get(self.a.number.end)
    }

    /// The token after the amount and its unit sign.
    fn next(&self) -> Option<&'a Token> {
        self.cur.toks.get(self.a.end)
    }
}

type Rule = fn(&Candidate) -> bool;

/// The exclusions, tried in order; the first that holds rejects the number.
pub(super) const EXCLUSIONS: &[(&str, Rule)] = &[
    ("glued-name", names::glued_name),
    ("hyphen-name", names::hyphen_name),
    ("number-chain", codes::number_chain),
    ("leading-zero", codes::leading_zero),
    ("rank", names::rank),
    ("numbered-name", names::numbered_name),
    ("chart-position", names::chart_position),
    ("title-number", names::title_number),
    ("station", names::station),
    ("quoted-title", names::quoted_title),
    ("glued-suffix", codes::glued_suffix),
    ("slash-pair", codes::slash_pair),
    ("clock-time", codes::clock_time),
    ("time-of-day", codes::time_of_day),
    ("race-distance", names::race_distance),
    ("name-word", names::name_word),
    ("pronoun-one", one::pronoun_one),
    ("idiom-one", one::idiom_one),
];

/// The name of the rule that rejects the amount `a` as a figure, if one
/// does. The tokens are one sentence's, so index 0 opens the sentence.
pub(super) fn rejecting_rule(toks: &[Token], a: &Amount, scan: &str) -> Option<&'static str> {
    let candidate = Candidate { cur: Cursor::new(toks), a, scan };
    EXCLUSIONS.iter().find(|(_, rule)| rule(&candidate)).map(|(name, _)| *name)
}

/// Whether some rule rejects the amount `a` as a figure.
pub(super) fn is_not_a_figure(toks: &[Token], a: &Amount, scan: &str) -> bool {
    rejecting_rule(toks, a, scan).is_some()
}

#[cfg(test)]
mod tests;
