//! claimcheck
pub mod article;
pub mod error;
pub mod extract;
pub mod segment;
pub mod source;
pub mod claims;
pub mod matching;
pub mod verdict;
