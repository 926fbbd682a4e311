//! Integration tests for the headless CLI: they run the built `crosscheck`
//! binary on fixtures in `tests/fixtures/import` and `tests/fixtures/projects`
//! and read its files back with the library.
//!
//! Every test that could write works on copies in a temporary folder, and the
//! failure tests compare the bytes and modification time of every file in
//! that folder before and after the command.
//!
//! One test crate, one module a subject; `claims` and `compare` were
//! `tests/cli_claims.rs` and `tests/cli_compare.rs`.

mod common;

mod bad_input;
mod claims;
mod compare;
mod desk;
mod exit_codes;
mod export;
mod import;
mod reports;
mod round_trip;
mod titles;
mod validate;
