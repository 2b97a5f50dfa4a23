//! Extraction: the figures, dates, attributions and quotes of an article.
pub mod attribution;
pub mod date;
pub mod figure;
pub mod lexicon;
pub mod number;
pub mod quote;
