//! End-to-end tests: they run the `claimcheck` binary, as users and CI do.

mod attribution;
mod batch;
mod bbc;
mod bounds;
mod cli;
mod compare;
mod confinement;
mod consistency;
mod corpus;
mod coverage;
mod draft;
mod errors;
mod example;
mod formats;
mod fuzz;
mod inert;
mod integrations;
mod jobs;
mod lint;
mod news_dev;
mod output;
mod ratchet;
mod readback;
mod spark;
mod support;
mod typography;
