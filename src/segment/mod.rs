//! Segmentation: article text → paragraphs → sentences → tokens, all with
//! byte spans into the article.
//!
//! Sentences come from Unicode sentence boundaries (UAX #29) run over each
//! paragraph with its line breaks read as spaces, then re-joined where a
//! boundary followed an abbreviation ("Mr.", "Gen.", "U.S. Army", "Aug. 26").
//! A short line without final punctuation is a heading and stands alone, so a
//! title never runs into the paragraph below it.

mod boundary;
mod cursor;
mod scan;
mod segmenter;
mod token;
mod unicode_scan;

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use compact_str::CompactString;
use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

use crate::extract::lexicon::with_lower;
use crate::source::{ceil_boundary, floor_boundary, slice, Span};
pub use cursor::{strip_possessive, Cursor};
pub use segmenter::{Keep, Segmenter};
use token::lex;
pub use token::{Token, TokenKind};

/// A paragraph: a block of lines between blank lines, or a heading line.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Bytes of the paragraph.
    pub span: Span,
    /// A heading: a short line without final punctuation, or a Markdown heading.
    pub is_heading: bool,
    /// The paragraph's sentences, as indexes into [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence with its tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Bytes of the sentence, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Its tokens, as indexes into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
}

/// The article cut into paragraphs, sentences and tokens.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens of all sentences, in text order (none when cut with
    /// [`Keep::Paragraph`]).
    pub tokens: Vec<Token>,
    /// Per paragraph, the last paragraph before it that is no heading: built
    /// once, so [`Segmentation::previous_paragraph`] costs nothing however
    /// many headings run together.
    previous: Vec<Option<usize>>,
}

impl Segmentation {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// The sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentence_from(offset);
        self.sentences.get(i).filter(|s| s.span.start <= offset).map(|_| i)
    }

    /// The first sentence that ends after byte `offset`: the one holding it,
    /// or the next one when `offset` falls between sentences; the number of
    /// sentences when none is left. A binary search.
    pub fn sentence_from(&self, offset: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= offset)
    }

    /// The paragraph of sentence `s`.
    pub fn paragraph_of(&self, s: usize) -> usize {
        self.sentences[s].paragraph
    }

    /// The paragraph before paragraph `p`, headings skipped.
    pub fn previous_paragraph(&self, p: usize) -> Option<usize> {
        self.previous.get(p).copied().flatten()
    }
}

/// Splits `text` into paragraphs, sentences and tokens. `scan` is the same text
/// with markup blanked (see [`crate::article`]); tokens are read from it, while
/// block structure (headings, list items) is read from `text`.
pub fn segment(text: &str, scan: &str) -> Segmentation {
    Segmenter::new(text, scan, Keep::All).finish()
}

struct Block {
    span: Span,
    is_heading: bool,
}

/// Paragraph spans: runs of non-blank lines, with Markdown block starts and
/// heading-like lines split off on their own.
fn paragraph_spans(text: &str, scan: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Option<Span> = None;
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = scan
        .split_inclusive('\n')
        .map(|line| {
            let at = offset;
            offset += line.len();
            (at, line)
        })
        .collect();
    for (i, &(at, line)) in lines.iter().enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            if let Some(span) = open.take() {
                blocks.push(Block { span, is_heading: false });
            }
            continue;
        }
        let span = Span::new(at, at + body.len());
        let original = text.get(at..at + body.len()).unwrap_or(body).trim_start();
        let next = lines.get(i + 1).map(|&(_, l)| l.trim()).unwrap_or("");
        let is_markdown_heading = original.starts_with('#');
        let starts_block =
            is_markdown_heading || original.starts_with(['-', '*', '+', '>', '|']) || is_numbered_item(original);
        let heading = is_markdown_heading || (open.is_none() && looks_like_heading(body, next));
        if starts_block || heading {
            if let Some(span) = open.take() {
                blocks.push(Block { span, is_heading: false });
            }
        }
        if heading {
            blocks.push(Block { span, is_heading: true });
            continue;
        }
        open = Some(match open {
            Some(prev) => prev.cover(span),
            None => span,
        });
    }
    if let Some(span) = open {
        blocks.push(Block { span, is_heading: false });
    }
    blocks
}

/// Whether `line` starts as an item of a numbered list: one to three
/// digits, "." or ")", a space ("1. ", "12) ").
fn is_numbered_item(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits) && matches!(b.get(digits), Some(b'.' | b')')) && b.get(digits + 1) == Some(&b' ')
}

/// A heading is a short line that does not end like a sentence and is either
/// alone or followed by a line that starts a new sentence.
fn looks_like_heading(line: &str, next: &str) -> bool {
    let line = line.trim();
    let ends_sentence = line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’', '\'', ')', '…']);
    let short = || line.split_whitespace().nth(12).is_none();
    let next_starts_sentence = next.is_empty() || next.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric());
    !ends_sentence && short() && next_starts_sentence
}

/// Sentence spans inside the paragraph `block`, trimmed, into `out`
/// (cleared first); `natural` is room for the spans before long ones are
/// cut. Both are refilled paragraph after paragraph.
fn sentence_spans(scan: &str, block: Span, natural: &mut Vec<Span>, out: &mut Vec<Span>) {
    out.clear();
    natural_sentences(scan, block, natural);
    for &span in natural.iter() {
        cut_long(scan, span, out);
    }
}

/// The most bytes one sentence may hold. Text without full stops is cut
/// into pieces of at most this size, at the last space before it, so every
/// reader that works sentence by sentence has a bounded cost. Longer than
/// any sentence of the BBC corpus.
const MAX_SENTENCE_BYTES: usize = 3000;

/// Pushes `span` onto `out`, cut into pieces of at most [`MAX_SENTENCE_BYTES`].
fn cut_long(scan: &str, span: Span, out: &mut Vec<Span>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let limit = floor_boundary(scan, start + MAX_SENTENCE_BYTES);
        let cut =
            slice(scan, Span::new(start, limit)).rfind(char::is_whitespace).map_or(limit, |i| start + i).max(start + 1);
        let cut = ceil_boundary(scan, cut);
        out.push(Span::new(start, cut));
        let rest = slice(scan, Span::new(cut, span.end));
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if start < span.end {
        out.push(Span::new(start, span.end));
    }
}

/// The sentence spans of `block` as Unicode segmentation gives them, joined
/// after abbreviations and quoted questions, into `spans` (cleared first).
fn natural_sentences(scan: &str, block: Span, spans: &mut Vec<Span>) {
    // Line breaks read as spaces (a paragraph is most often one line).
    let text = slice(scan, block);
    let flat: Cow<str> = match memchr::memchr2(b'\n', b'\r', text.as_bytes()) {
        Some(_) => Cow::Owned(text.replace(['\n', '\r'], " ")),
        None => Cow::Borrowed(text),
    };
    spans.clear();
    let pieces = boundary::plain_sentences(&flat).unwrap_or_else(|| flat.split_sentence_bound_indices().collect());
    for (at, piece) in pieces {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span::new(block.start + at + lead, block.start + at + lead + trimmed.len());
        match spans.last_mut() {
            Some(prev)
                if continues_after_abbreviation(slice(scan, *prev), trimmed)
                    || continues_after_quoted_question(slice(scan, *prev), trimmed) =>
            {
                *prev = prev.cover(span);
            }
            _ => spans.push(span),
        }
    }
}

/// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cpl", "maj", "adm", "rep", "sen", "gov",
    "pres", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "vs", "v", "mt", "ft", "approx", "est",
    "fig", "cf", "al", "e.g", "i.e", "gen", "supt", "insp", "det", "cllr",
];
/// The length of the longest of [`ABBREVIATIONS`] and [`NUMBER_ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;
const _: () = {
    let mut k = 0;
    while k < ABBREVIATIONS.len() + NUMBER_ABBREVIATIONS.len() {
        let word = match k < ABBREVIATIONS.len() {
            true => ABBREVIATIONS[k],
            false => NUMBER_ABBREVIATIONS[k - ABBREVIATIONS.len()],
        };
        assert!(word.len() <= LONGEST_ABBREVIATION, "an abbreviation longer than LONGEST_ABBREVIATION");
        k += 1;
    }
};
/// Abbreviations that stop a sentence unless a number follows ("No. 10", "Aug. 26").
const NUMBER_ABBREVIATIONS: &[&str] =
    &["no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp"];

fn continues_after_abbreviation(prev: &str, next: &str) -> bool {
    let Some(stem) = prev.strip_suffix('.') else {
        return false;
    };
    let last = stem.rsplit(|c: char| !(c.is_alphanumeric() || c == '.')).next().unwrap_or("");
    // Most sentences end with a plain word longer than any abbreviation,
    // which no rule below takes (a dotted acronym holds a dot).
    if last.is_ascii() && last.len() > LONGEST_ABBREVIATION && !last.contains('.') {
        return false;
    }
    let next_is_number = next.starts_with(|c: char| c.is_ascii_digit());
    let is_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    let is_dotted_acronym =
        last.len() >= 3 && last.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    with_lower(last, |lower| {
        ABBREVIATIONS.contains(&lower)
            || is_initial
            || (is_dotted_acronym && next.starts_with(char::is_uppercase) && !starts_with_function_word(next))
            || (next_is_number && NUMBER_ABBREVIATIONS.contains(&lower))
    })
}

/// Whether a quotation that ends with "?" or "!" runs on into a lower-case
/// cue ("“Why now?” asked Mr Dobson.", "\"Stop!\" she shouted."): the
/// question is part of the sentence that credits it.
fn continues_after_quoted_question(prev: &str, next: &str) -> bool {
    let Some(stem) = prev.strip_suffix(['"', '”', '’', '\'']) else {
        return false;
    };
    stem.ends_with(['?', '!']) && next.starts_with(char::is_lowercase)
}

/// Whether `text` starts with a word that usually opens a sentence ("The", "It").
fn starts_with_function_word(text: &str) -> bool {
    let first = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(
        first,
        "The" | "A" | "An" | "It" | "He" | "She" | "They" | "We" | "I" | "This" | "That" | "But" | "And" | "In" | "On"
    )
}

/// The comparison form of a word: lower-case, without a possessive "'s",
/// reduced to its Snowball (Porter 2) stem, so "killed" and "killing" agree.
///
/// Stems are remembered per thread (up to `STEMS_KEPT` words, then
/// forgotten at once): a batch of articles shares most of its vocabulary,
/// and the stemmer is the costly part of indexing an article's words.
pub fn stem(word: &str) -> String {
    with_stem(word, str::to_string)
}

/// `f` of the [`stem`] of `word`, lent from the thread's memory of stems
/// rather than copied out of it.
pub fn with_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    static STEMMER: LazyLock<rust_stemmers::Stemmer> =
        LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    // Words and stems held inline (nearly all fit in 24 bytes): a lookup
    // compares the word in the table itself instead of following a pointer.
    thread_local! {
        static STEMS: RefCell<FxHashMap<CompactString, CompactString>> = RefCell::new(FxHashMap::default());
    }
    STEMS.with_borrow_mut(|stems| {
        if let Some(known) = stems.get(word) {
            return f(known);
        }
        let lower = word.to_lowercase().replace('’', "'");
        let stemmed = CompactString::from(STEMMER.stem(strip_possessive(&lower)));
        if stems.len() >= STEMS_KEPT {
            stems.clear();
        }
        let out = f(&stemmed);
        stems.insert(CompactString::from(word), stemmed);
        out
    })
}

/// How many words' stems a thread remembers (a few MB at most).
const STEMS_KEPT: usize = 1 << 16;

/// The words of a claim's term as the article's tokens would read them:
/// lower-case, punctuation left out, letters and digits apart ("PS2" →
/// "ps", "2"), so a term matches the article token by token.
pub fn term_words(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    lex(text, text, Span::new(0, text.len()), &mut tokens);
    tokens.into_iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.norm.into()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_items_start_with_one_to_three_digits_a_mark_and_a_space() {
        for line in ["1. First", "12) Second", "999. Last", "3. "] {
            assert!(is_numbered_item(line), "{line:?}");
        }
        for line in ["1234. Too long", "1.5 million", "a. Letter", ". Bare", "12)x", "1.", "", "7 ) spaced", "2.) both"]
        {
            assert!(!is_numbered_item(line), "{line:?}");
        }
    }

    #[test]
    fn term_words_split_letters_from_digits_like_the_article() {
        assert_eq!(term_words("PS2"), ["ps", "2"]);
        assert_eq!(term_words("G8 summit"), ["g", "8", "summit"]);
        assert_eq!(term_words("iPod mini"), ["ipod", "mini"]);
        assert_eq!(term_words("Britain’s U.N. concert-hall"), ["britain's", "u.n.", "concert-hall"]);
    }

    fn sentences(text: &str) -> Vec<String> {
        let seg = segment(text, text);
        seg.sentences.iter().map(|s| text[s.span.start..s.span.end].to_string()).collect()
    }

    #[test]
    fn splits_sentences_and_keeps_quotes_with_their_verb() {
        let text = "\"I don't think so,\" he said. It killed 137 people. Then \"more\" came.";
        assert_eq!(sentences(text), ["\"I don't think so,\" he said.", "It killed 137 people.", "Then \"more\" came."]);
    }

    #[test]
    fn a_quoted_question_runs_on_into_its_cue() {
        let text = "“Who will pay?” asked Mr Dobson. \"Stop!\" she shouted. \"Why?\" He left.";
        assert_eq!(
            sentences(text),
            ["“Who will pay?” asked Mr Dobson.", "\"Stop!\" she shouted.", "\"Why?\"", "He left."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Gen. Smith met Mr. Jones at No. 10 on Aug. 26 in the U.S. Army base. Then he left.";
        assert_eq!(sentences(text).len(), 2, "{:?}", sentences(text));
        let text = "He served in the U.S. The war ended.";
        assert_eq!(sentences(text).len(), 2, "{:?}", sentences(text));
        // The longest abbreviation, one of a number's, and a longer dotted
        // acronym join; a word one letter longer ends its sentence.
        let text = "It cost approx. 40m in Sept. 2004 from the U.S.A.F. Reserve. It fell approxi. Then rose.";
        assert_eq!(sentences(text).len(), 3, "{:?}", sentences(text));
    }

    #[test]
    fn headings_stand_alone_and_lines_wrap() {
        let text =
            "History of ISKP\nISKP is one of the most active parts.\n\nThe four men\nwere arrested. They wait.\n";
        let seg = segment(text, text);
        assert_eq!(
            sentences(text),
            ["History of ISKP", "ISKP is one of the most active parts.", "The four men\nwere arrested.", "They wait."]
        );
        assert!(seg.paragraphs[0].is_heading);
        assert!(!seg.paragraphs[1].is_heading);
        assert_eq!(seg.paragraphs.len(), 3);
        assert_eq!(seg.sentences[3].paragraph, 2);
    }

    #[test]
    fn duplicate_lines_are_separate_sentences() {
        let text = "A caption that killed 137.\nA caption that killed 137.\n";
        let seg = segment(text, text);
        assert_eq!(seg.sentences.len(), 2);
        assert_ne!(seg.sentences[0].span, seg.sentences[1].span);
    }

    #[test]
    fn stems_agree_across_inflections() {
        assert_eq!(stem("killed"), stem("killing"));
        assert_eq!(stem("Fighters"), stem("fighter"));
        assert_eq!(stem("Taliban's"), stem("taliban"));
        assert_ne!(stem("dead"), stem("deaths"));
    }

    #[test]
    fn tokens_keep_numbers_words_and_acronyms_whole() {
        let text = "The U.N. said 2,200 al-Qaeda fighters, 1.5 million and £3bn (96%) in mid-2020.";
        let seg = segment(text, text);
        let toks: Vec<&str> = seg.tokens.iter().map(|t| &text[t.span.start..t.span.end]).collect();
        assert_eq!(
            toks,
            [
                "The", "U.N.", "said", "2,200", "al-Qaeda", "fighters", ",", "1.5", "million", "and", "£", "3", "bn",
                "(", "96", "%", ")", "in", "mid", "-", "2020", "."
            ]
        );
        assert_eq!(seg.tokens[1].norm, "u.n.");
        assert!(!seg.tokens[4].capitalized && seg.tokens[4].kind == TokenKind::Word);
    }

    #[test]
    fn a_word_has_a_capital_where_its_text_in_the_article_holds_one() {
        // Plain and typographic text is its own scan; in the last text the
        // scan differs (references decoded), and the article's text decides.
        for text in [
            "eBay and the UN met Mr al-Qaeda’s envoy in iPod land, 5 Km away.",
            "Émile saw the ÉCOLE and l’Œuvre; émile didn’t.",
            "The &Eacute;cole and &eacute;t&eacute; stayed &#x41;head of &AElig;thel.",
        ] {
            let article = crate::article::Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
            let seg = segment(&article.text, &article.scan);
            assert!(seg.tokens.len() > 8, "{text:?}");
            for t in &seg.tokens {
                let written = &text[t.span.start..t.span.end];
                let expected = t.kind == TokenKind::Word && written.chars().any(char::is_uppercase);
                assert_eq!(t.has_capital, expected, "{written:?} in {text:?}");
            }
        }
    }

    #[test]
    fn every_token_reads_in_lower_case_with_straight_apostrophes() {
        // Words, and marks standing alone: a closing ’ after a plural, a
        // stray one between words.
        let text = "The Ministers’ TALKS don’t end ’ ever, said ÉCOLE’S head.";
        let seg = segment(text, text);
        let norms: Vec<&str> = seg.tokens.iter().map(|t| t.norm.as_str()).collect();
        let expected =
            ["the", "ministers", "'", "talks", "don't", "end", "'", "ever", ",", "said", "école's", "head", "."];
        assert_eq!(norms, expected);
        assert_eq!(seg.tokens[2].kind, TokenKind::Punct);
        assert_eq!(seg.tokens[6].kind, TokenKind::Punct);
    }

    #[test]
    fn digits_grouped_by_thin_or_no_break_spaces_are_one_number() {
        for text in ["1\u{2009}000\u{2009}000 people", "1\u{a0}000\u{a0}000 people", "1\u{202f}000\u{202f}000 people"] {
            let seg = segment(text, text);
            assert_eq!(seg.tokens[0].norm, "1,000,000", "{text:?}");
            assert_eq!(seg.tokens[0].kind, TokenKind::Number);
        }
    }

    #[test]
    fn text_without_full_stops_is_cut_into_bounded_sentences() {
        let text = "word ".repeat(2000);
        let seg = segment(&text, &text);
        assert!(seg.sentences.len() >= 4);
        assert!(seg.sentences.iter().all(|s| s.span.end - s.span.start <= MAX_SENTENCE_BYTES));
        assert!(seg.sentences.iter().all(|s| !text[s.span.start..s.span.end].starts_with(' ')));
    }
}
