//! claimscan: numeric claims, dates and named figures from news archives,
//! at corpus speed.
//!
//! The crate follows the flow of a scan:
//! [`ingest`] (files to [`Document`]s) → [`extract`] (a pure function of
//! one document) → [`tables`] (polars frames written as Parquet, CSV or
//! JSONL) → [`analyse`] and [`report`] (the corpus-level work). The
//! `claimscan` binary is a thin layer over it ([`cli`]).
//!
//! Extraction as a library call:
//!
//! ```
//! use claimscan::{extract, Document};
//! let doc = Document::from_text("seed", "The war has claimed over 70,000 lives.");
//! let found = extract(&doc);
//! assert_eq!(found.sentences.len(), 1);
//! ```
//!
//! The extraction core ([`document`], [`extract`], [`ingest`], [`eval`])
//! has no polars in it: `cargo build --no-default-features` builds only
//! that, for programs that embed extraction (the Python package in
//! `python/` does). The default feature `cli` adds the scan pipeline, the
//! tables, the analysis, the report and the binary.

#[cfg(feature = "cli")]
pub mod analyse;
#[cfg(feature = "cli")]
pub mod cli;
pub mod document;
pub mod eval;
pub mod extract;
pub mod ingest;
#[cfg(feature = "cli")]
pub mod report;
#[cfg(feature = "cli")]
pub mod scan;
#[cfg(feature = "cli")]
pub mod tables;

pub use document::{Document, PublishedFrom};
pub use extract::{extract, Extraction, Registry};
