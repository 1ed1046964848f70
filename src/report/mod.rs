//! The report: runs every analysis over a scan directory and writes the
//! results for people and for programs.
//!
//! [`run`] reads the scan tables, computes `repeated_claims`,
//! `inconsistencies`, `figure_timeline`, `entity_stats` and
//! `source_stats`, writes each as CSV and Parquet into the output
//! directory (each file written under a temporary name, then renamed, so
//! a reader never sees half a table), writes a self-contained
//! `report.html` ([`html`]), and returns a [`ReportSummary`] whose
//! `Display` is the short terminal summary ([`summary`]).
//!
//! ```no_run
//! use std::path::Path;
//! use claimscan::report::{run, ReportOptions};
//! let summary = run(Path::new("scan"), Path::new("report"), &ReportOptions::default())?;
//! println!("{summary}");
//! # Ok::<(), claimscan::report::ReportError>(())
//! ```

pub mod html;
pub mod summary;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use polars::prelude::*;

pub use crate::analyse::ReportOptions;
use crate::analyse::{figures, inconsistent, repeated, stats, stories, timeline, Corpus};
pub use summary::{ReportSummary, TopDisagreement, TopRepeated};

/// What can go wrong in a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A needed scan table is not in the directory.
    #[error("{}: no `{table}` table (.parquet or .csv): is this a scan directory?", dir.display())]
    MissingTable {
        /// The directory searched.
        dir: PathBuf,
        /// The table (`articles`, `claims`).
        table: String,
    },
    /// A table file exists but cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What polars said.
        source: PolarsError,
    },
    /// A table was read but lacks a column or has one of a wrong type.
    #[error("table `{table}`: {source}")]
    Table {
        /// The table or column.
        table: String,
        /// What polars said.
        source: PolarsError,
    },
    /// An output file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A frame operation failed.
    #[error(transparent)]
    Polars(#[from] PolarsError),
}

impl ReportError {
    pub(crate) fn read(path: &Path, source: PolarsError) -> Self {
        ReportError::Read {
            path: path.to_path_buf(),
            source,
        }
    }
    pub(crate) fn table(table: &str, source: PolarsError) -> Self {
        ReportError::Table {
            table: table.to_string(),
            source,
        }
    }
}

/// The report's tables, in the order they are written.
pub const TABLES: [&str; 7] = [
    "stories",
    "story_figures",
    "repeated_claims",
    "inconsistencies",
    "figure_timeline",
    "entity_stats",
    "source_stats",
];

/// Every result of the analyses, as tables and as rows.
#[derive(Debug)]
pub struct Analysis {
    /// The loaded scan.
    pub corpus: Corpus,
    /// Stories and reprint clusters.
    pub stories: stories::Stories,
    /// Repeated claim groups, ranked.
    pub repeated: Vec<repeated::RepeatedClaim>,
    /// Disagreements, ranked, and compared threads.
    pub comparison: inconsistent::Comparison,
    /// Figure timelines, ranked.
    pub threads: Vec<timeline::Thread>,
    /// Each story's distinct totals per frame.
    pub figures: Vec<figures::StoryFigure>,
    /// `stories`.
    pub stories_table: DataFrame,
    /// `story_figures`.
    pub story_figures: DataFrame,
    /// `repeated_claims`.
    pub repeated_claims: DataFrame,
    /// `inconsistencies`.
    pub inconsistencies: DataFrame,
    /// `figure_timeline`.
    pub figure_timeline: DataFrame,
    /// `entity_stats`.
    pub entity_stats: DataFrame,
    /// `source_stats`.
    pub source_stats: DataFrame,
}

/// Runs every analysis on a loaded corpus (no I/O).
pub fn analyse(corpus: Corpus, opts: &ReportOptions) -> Result<Analysis, ReportError> {
    let t = std::time::Instant::now();
    let lap = |what: &str| {
        if std::env::var_os("CLAIMSCAN_TIMINGS").is_some() {
            eprintln!(
                "report: {what} done at {:.2} s, {}",
                t.elapsed().as_secs_f64(),
                memory()
            );
        }
    };
    let groups = repeated::group_sentences(&corpus, opts);
    lap("sentence groups");
    let stories = stories::find(&corpus, &groups, opts);
    lap("stories");
    let rep = repeated::repeated_claims(&corpus, &groups, &stories);
    lap("repeated claims");
    let comparison = inconsistent::compare(&corpus, &stories, opts);
    lap("inconsistencies");
    let figures = figures::story_figures(&corpus, &stories, opts.window_days);
    let mut rep = rep;
    let next_id = rep.len() as u32 + 1;
    rep.extend(figures::repeated_figures(&corpus, &figures, next_id));
    let stories_table = figures::stories_frame(&corpus, &stories)?;
    let story_figures = figures::figures_frame(&corpus, &figures)?;
    lap("story figures");
    let threads = timeline::threads(&corpus, &stories, &comparison);
    let repeated_claims = repeated::to_frame(&rep)?;
    let inconsistencies = inconsistent::to_frame(&corpus, &comparison.rows)?;
    let figure_timeline = timeline::to_frame(&corpus, &threads, &comparison)?;
    lap("timelines");
    let entity_stats = stats::entity_stats(&corpus)?;
    let source_stats = stats::source_stats(&corpus, &comparison.rows, &rep)?;
    lap("stats");
    Ok(Analysis {
        corpus,
        stories,
        repeated: rep,
        comparison,
        threads,
        figures,
        stories_table,
        story_figures,
        repeated_claims,
        inconsistencies,
        figure_timeline,
        entity_stats,
        source_stats,
    })
}

/// Reads the scan in `scan_dir`, writes the report tables and
/// `report.html` into `out_dir` (created if needed), and returns the
/// summary.
///
/// # Errors
/// A missing or unreadable scan table, or an output that cannot be
/// written. Nothing is left half-written: each file appears complete or
/// not at all.
pub fn run(
    scan_dir: &Path,
    out_dir: &Path,
    opts: &ReportOptions,
) -> Result<ReportSummary, ReportError> {
    let t = std::time::Instant::now();
    let corpus = Corpus::load(scan_dir)?;
    if std::env::var_os("CLAIMSCAN_TIMINGS").is_some() {
        eprintln!(
            "report: tables loaded in {:.2} s, {}",
            t.elapsed().as_secs_f64(),
            memory()
        );
    }
    let mut a = analyse(corpus, opts)?;
    fs::create_dir_all(out_dir).map_err(|source| ReportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    let frames = [
        &mut a.stories_table,
        &mut a.story_figures,
        &mut a.repeated_claims,
        &mut a.inconsistencies,
        &mut a.figure_timeline,
        &mut a.entity_stats,
        &mut a.source_stats,
    ];
    for (name, df) in TABLES.into_iter().zip(frames) {
        written.push(write_table(out_dir, name, "csv", df)?);
        written.push(write_table(out_dir, name, "parquet", df)?);
    }
    let summary = ReportSummary::from_analysis(&a, out_dir, opts);
    let page = html::render(&a, &summary, opts);
    written.push(write_atomic(&out_dir.join("report.html"), |w| {
        w.write_all(page.as_bytes()).map_err(PolarsError::from)
    })?);
    let mut summary = summary;
    summary.files = written;
    Ok(summary)
}

/// Resident and peak memory of this process, for `CLAIMSCAN_TIMINGS`.
fn memory() -> String {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or_else(|| "?".to_string(), |kb| format!("{} MB", kb / 1024))
    };
    format!("rss {}, peak {}", field("VmRSS:"), field("VmHWM:"))
}

/// Writes `df` as `out_dir/name.ext` (`csv` or `parquet`), atomically.
pub fn write_table(
    out_dir: &Path,
    name: &str,
    ext: &str,
    df: &mut DataFrame,
) -> Result<PathBuf, ReportError> {
    let path = out_dir.join(format!("{name}.{ext}"));
    write_atomic(&path, |w| {
        if ext == "csv" {
            CsvWriter::new(w).finish(df)
        } else {
            ParquetWriter::new(w).finish(df).map(|_| ())
        }
    })
}

/// Writes through `f` into a temporary file beside `path`, then renames it
/// to `path`.
fn write_atomic(
    path: &Path,
    f: impl FnOnce(&mut fs::File) -> PolarsResult<()>,
) -> Result<PathBuf, ReportError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let io = |source: std::io::Error| ReportError::Write {
        path: path.to_path_buf(),
        source,
    };
    let result = (|| {
        let mut file = fs::File::create(&tmp).map_err(io)?;
        f(&mut file).map_err(|e| io(std::io::Error::other(e.to_string())))?;
        file.sync_all().map_err(io)?;
        fs::rename(&tmp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map(|_| path.to_path_buf())
}
