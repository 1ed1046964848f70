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

pub mod analyse;
pub mod cli;
pub mod document;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod report;
pub mod scan;
pub mod tables;

pub use document::{Document, PublishedFrom};
pub use extract::{extract, Extraction, Registry};
