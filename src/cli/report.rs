//! `claimscan report`: corpus analysis of a scan (or of raw inputs, scanned
//! first) into tables, `report.html` and a terminal summary.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::extract::Registry;
use crate::report::{run as report, ReportOptions};
use crate::scan::{scan, ScanOptions};
use crate::tables::{table_path, OutputFormat};

/// Find repeated claims and disagreeing figures across articles.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  claimscan scan archive/ -o scan && claimscan report scan -o report
  claimscan report sample-data -o report            (scans into report/scan first)
  claimscan report scan -o report --window-days 14

A scan directory is one that holds articles and claims tables (.parquet or
.csv). Anything else is scanned first, into OUT/scan. Writes
repeated_claims, inconsistencies, figure_timeline, entity_stats and
source_stats (CSV and Parquet) and report.html into OUT, and prints a
summary.")]
pub struct Args {
    /// A scan directory, or files, directories and globs to scan first.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output directory.
    #[arg(short, long)]
    out: PathBuf,
    /// Articles more than this many days apart are never the same story.
    #[arg(long, default_value_t = 7)]
    window_days: u32,
    /// Least similarity (0-1) of two articles to be the same story.
    #[arg(long, default_value_t = ReportOptions::default().story_threshold)]
    story_threshold: f64,
    /// Least Jaccard similarity (0-1) of two sentences to be the same claim.
    #[arg(long, default_value_t = ReportOptions::default().repeat_threshold)]
    repeat_threshold: f64,
    /// Compare every figure of an event category in an article, not only
    /// the lead one (more disagreements found, more of them spurious).
    #[arg(long)]
    all_figures: bool,
    /// Rows of each table shown in report.html.
    #[arg(long, default_value_t = ReportOptions::default().html_rows)]
    html_rows: usize,
    /// Title of report.html.
    #[arg(long)]
    title: Option<String>,
    /// Extraction threads when scanning first (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// No progress bar while scanning.
    #[arg(short, long)]
    quiet: bool,
}

/// Whether `path` is a directory written by `claimscan scan`.
fn is_scan_dir(path: &Path) -> bool {
    ["articles", "claims"]
        .iter()
        .all(|t| table_path(path, t).is_some())
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let scan_dir = match args.inputs.as_slice() {
        [one] if is_scan_dir(Path::new(one)) => PathBuf::from(one),
        inputs => {
            let dir = args.out.join("scan");
            let mut opts = ScanOptions::new(&dir);
            opts.formats = vec![OutputFormat::Parquet];
            opts.threads = args.threads;
            opts.progress = !args.quiet;
            let summary = scan(inputs, &Registry::all(), &opts)
                .with_context(|| format!("scan into {} failed", dir.display()))?;
            eprintln!("claimscan: {summary}");
            if summary.articles == 0 {
                eprintln!("claimscan: error: no readable input");
                return Ok(1);
            }
            dir
        }
    };
    let defaults = ReportOptions::default();
    let opts = ReportOptions {
        window_days: args.window_days,
        story_threshold: args.story_threshold,
        repeat_threshold: args.repeat_threshold,
        html_rows: args.html_rows,
        lead_figures: !args.all_figures,
        title: args.title.unwrap_or(defaults.title.clone()),
        ..defaults
    };
    let summary = report(&scan_dir, &args.out, &opts)
        .with_context(|| format!("report on {} failed", scan_dir.display()))?;
    println!("{summary}");
    Ok(0)
}
