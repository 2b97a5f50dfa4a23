use super::*;
use crate::article::Article;
use crate::extract::{index_article, ArticleIndex};

/// The index and word index of `text`.
fn indexed(text: &str) -> (ArticleIndex, WordIndex) {
    let article = Article::from_bytes("a.txt".into(), text.as_bytes().to_vec()).unwrap();
    let index = index_article(&article, None);
    let words = WordIndex::new(&index);
    (index, words)
}

/// One-word terms.
fn word_terms(words: &[&str]) -> Vec<Term> {
    words.iter().map(|w| Term { alternatives: vec![vec![w.to_string()]] }).collect()
}

fn sentences_matching(text: &str, terms: &[&[&str]], needed: usize) -> Vec<String> {
    let (index, words) = indexed(text);
    let terms: Vec<Term> = terms
        .iter()
        .map(|alts| Term { alternatives: alts.iter().map(|a| a.split(' ').map(str::to_string).collect()).collect() })
        .collect();
    let tokens = &index.segments.tokens;
    words
        .matches(&terms, needed, tokens)
        .candidates
        .iter()
        .map(|c| {
            let s = index.segments.sentences[c.sentence].span;
            let hits: Vec<&str> =
                c.hits.iter().map(|h| &text[tokens[h.first].span.start..tokens[h.last].span.end]).collect();
            format!("{} [{}]", &text[s.start..s.end], hits.join(", "))
        })
        .collect()
}

#[test]
fn stems_prefixes_and_synonyms_match() {
    let text = "The attack killed 137 people. Gunmen stormed the hall, killing more than 140 concertgoers. \
                Many were dead at the concert. The hall was empty.";
    assert_eq!(
        sentences_matching(text, &[&["killed"], &["concert"]], 2),
        [
            "Gunmen stormed the hall, killing more than 140 concertgoers. [killing, concertgoers]",
            "Many were dead at the concert. [dead, concert]"
        ]
    );
}

#[test]
fn alternatives_and_phrases() {
    let text = "It struck Crocus City Hall. The city was calm. A venue in the hall.";
    assert_eq!(
        sentences_matching(text, &[&["city hall", "venue"]], 1),
        ["It struck Crocus City Hall. [City Hall]", "A venue in the hall. [venue]"]
    );
}

#[test]
fn short_terms_do_not_match_as_prefixes() {
    let text = "The UN said so. Under the rules, nothing.";
    assert_eq!(sentences_matching(text, &[&["un"]], 1), ["The UN said so. [UN]"]);
}

#[test]
fn half_of_the_statement_terms_suffice() {
    let text = "ISKP has fighters. ISKP has 6,000 fighters across provinces.";
    assert_eq!(
        sentences_matching(text, &[&["iskp"], &["fighters"], &["provinces"]], 2),
        [
            "ISKP has fighters. [ISKP, fighters]",
            "ISKP has 6,000 fighters across provinces. [ISKP, fighters, provinces]"
        ]
    );
}

#[test]
fn possessives_and_hyphenated_words_are_found() {
    let text = "The Taliban's rule. Remnants of al-Qaeda remained.";
    assert_eq!(sentences_matching(text, &[&["taliban"]], 1), ["The Taliban's rule. [Taliban's]"]);
    assert_eq!(sentences_matching(text, &[&["qaeda"]], 1), ["Remnants of al-Qaeda remained. [al-Qaeda]"]);
}

#[test]
fn words_written_with_digits_match_token_by_token() {
    let text = "Sony cut the price of the PS2 again. The G8 summit opened. Apple sold an iPod mini.";
    let term = |t: &str| crate::segment::term_words(t);
    let terms = |t: &str| vec![Term { alternatives: vec![term(t)] }];
    let (index, words) = indexed(text);
    let found = |t: &str| words.matches(&terms(t), 1, &index.segments.tokens).candidates.len();
    assert_eq!(found("PS2"), 1);
    assert_eq!(found("G8"), 1);
    assert_eq!(found("iPod mini"), 1);
    assert_eq!(found("PS3"), 0);
}

#[test]
fn term_frequencies_count_sentences_and_partial_matches_are_kept() {
    let text = "Shell raised output. Shell cut 300 jobs in Aberdeen. Rivals cut costs.";
    let (index, words) = indexed(text);
    let terms = word_terms(&["shell", "cut", "aberdeen"]);
    let m = words.matches(&terms, 2, &index.segments.tokens);
    assert_eq!(m.frequency, [2, 2, 1]);
    assert_eq!(m.candidates.iter().map(|c| c.sentence).collect::<Vec<_>>(), [1]);
    assert_eq!(m.partial.iter().map(|c| c.sentence).collect::<Vec<_>>(), [0, 2]);
}

#[test]
fn only_the_nearest_partial_matches_are_kept_those_with_most_terms_first() {
    let mut text = String::new();
    for k in 0..12 {
        text.push_str(&format!("The harbour reopened on day {k}. "));
    }
    text.push_str("The harbour ferry waited. ");
    let (index, words) = indexed(&text);
    let terms = word_terms(&["harbour", "ferry", "strike"]);
    let m = words.matches(&terms, 3, &index.segments.tokens);
    assert_eq!(m.frequency, [13, 1, 0]);
    assert!(m.candidates.is_empty());
    // The sentence holding two terms leads; then the earliest holding one.
    assert_eq!(m.partial.iter().map(|c| c.sentence).collect::<Vec<_>>(), [12, 0, 1, 2, 3]);
    assert_eq!(m.partial.len(), NEAREST);
}

#[test]
fn the_nearest_partial_matches_are_chosen_as_they_come_ties_kept_in_text_order() {
    // Sentences 3, 9 and 10 hold two terms, every other one term.
    let mut text = String::new();
    for k in 0..12 {
        let ferry = if matches!(k, 3 | 9 | 10) { " ferry" } else { "" };
        text.push_str(&format!("The harbour{ferry} reopened on day {k}. "));
    }
    let (index, words) = indexed(&text);
    let terms = word_terms(&["harbour", "ferry", "strike"]);
    let m = words.matches(&terms, 3, &index.segments.tokens);
    assert_eq!(m.partial.iter().map(|c| c.sentence).collect::<Vec<_>>(), [3, 9, 10, 0, 1]);
}

#[test]
fn distinct_terms_are_counted_however_high_their_index() {
    assert_eq!(distinct_terms([0, 3, 3, 0, 127].into_iter()), 3);
    assert_eq!(distinct_terms([128, 500, 128, 2, 127].into_iter()), 4);
    assert_eq!(distinct_terms(std::iter::empty()), 0);
}

#[test]
fn quote_claims_are_compared_only_with_quotes_sharing_enough_words() {
    let text = "\"We will rebuild the port,\" she said. \"The port is closed,\" he said. \"Rain fell.\" \"We will, we will,\" they sang.";
    let (index, words) = indexed(text);
    assert_eq!(index.quotes.len(), 4);
    let claim = |q: &str| crate::matching::quote::words(q);
    // Two of "we will rebuild the harbour" are needed: the first quote holds
    // four, the second only "the", the last "we" and "will".
    let quotes = |found: Vec<(usize, usize)>| found.into_iter().map(|(q, _)| q).collect::<Vec<_>>();
    assert_eq!(words.quotes_sharing(&claim("we will rebuild the harbour"), 2, index.quotes.len()), [(0, 4), (3, 2)]);
    // A word the claim repeats counts as often as it repeats.
    assert_eq!(quotes(words.quotes_sharing(&claim("we we"), 2, index.quotes.len())), [0, 3]);
    assert_eq!(words.quotes_sharing(&claim("rain"), 1, index.quotes.len()), [(2, 1)]);
    assert!(words.quotes_sharing(&claim("snow"), 1, index.quotes.len()).is_empty());
    assert_eq!(quotes(words.quotes_sharing(&[], 0, index.quotes.len())), [0, 1, 2, 3], "nothing needed: every quote");
}

#[test]
fn a_word_sequence_is_found_from_its_first_words_places_only() {
    let text = "The new port opened. A new port, they said, and a new port again.";
    let (index, words) = indexed(text);
    let found = words.sequence(&crate::matching::quote::words("new port"), &index.segments.tokens);
    let starts: Vec<&str> = found.iter().map(|&(a, _)| &text[index.segments.tokens[a].span.start..]).collect();
    assert_eq!(found.len(), 3, "{starts:?}");
    assert!(found.iter().all(|&(a, b)| b == a + 2));
    assert!(words.sequence(&crate::matching::quote::words("port new"), &index.segments.tokens).is_empty());
}
