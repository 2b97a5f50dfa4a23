//! End-to-end tests: they run the `claimcheck` binary, as users and CI do.

mod attribution;
mod bbc;
mod bounds;
mod cli;
mod confinement;
mod consistency;
mod corpus;
mod errors;
mod example;
mod formats;
mod fuzz;
mod inert;
mod integrations;
mod output;
mod ratchet;
mod support;
mod typography;
