//! crosscheck: cross-check the figures that news articles report.
//!
//! Everything but `ui` is GUI-free and builds with `--no-default-features`.

pub mod analysis;
pub mod anchor;
pub mod cli;
pub mod extract;
pub mod model;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
