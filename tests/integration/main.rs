//! End-to-end tests: they run the `claimcheck` binary, as users and CI do.

mod attribution;
mod bbc;
mod cli;
mod compare;
mod consistency;
mod corpus;
mod coverage;
mod draft;
mod errors;
mod example;
mod formats;
mod integrations;
mod lint;
mod news_dev;
mod ratchet;
mod readback;
mod support;
