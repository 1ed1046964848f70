//! `claimscan sql`: polars SQL over the tables of a scan directory.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Context as _};
use polars::prelude::{CsvWriter, LazyFrame, PolarsError, SerWriter};
use polars::sql::SQLContext;

use crate::report::TABLES as REPORT_TABLES;
use crate::tables::{scan_table, TABLES};

/// Run SQL over a scan directory's tables.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  claimscan sql out \"SELECT category, count(*) AS n FROM claims GROUP BY category ORDER BY n DESC\"
  claimscan sql out \"SELECT a.source, c.surface, c.speaker FROM claims c JOIN articles a USING (doc_id) WHERE c.category = 'deaths'\"
  claimscan sql out --csv \"SELECT * FROM errors\" > errors.csv

Tables: articles, claims, dates, entities, quotes, errors (and the report's
tables when the directory holds them).")]
pub struct Args {
    /// A directory written by `claimscan scan` (or `report`).
    dir: PathBuf,
    /// The query.
    query: String,
    /// Print CSV instead of a table.
    #[arg(long)]
    csv: bool,
    /// Rows to show in table output.
    #[arg(long, default_value_t = 40)]
    rows: usize,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    if !args.dir.is_dir() {
        bail!("{} is not a directory", args.dir.display());
    }
    let mut cx = SQLContext::new();
    let mut found = 0;
    // The report's tables are registered too when present.
    for name in TABLES.iter().chain(REPORT_TABLES.iter()) {
        let lf = scan_table(&args.dir, name)
            .with_context(|| format!("cannot read table {name} in {}", args.dir.display()))?;
        if let Some(lf) = lf {
            cx.register(name, lf);
            found += 1;
        }
    }
    if found == 0 {
        bail!(
            "{} holds no table (expected files such as claims.parquet or claims.csv)",
            args.dir.display()
        );
    }
    let mut df = cx
        .execute(&args.query)
        .and_then(LazyFrame::collect)
        .context("query failed")?;
    let mut out = io::stdout().lock();
    if args.csv {
        CsvWriter::new(&mut out)
            .include_header(true)
            .finish(&mut df)
            .map_err(|e| match e {
                PolarsError::IO { error, .. } => {
                    anyhow::Error::new(io::Error::new(error.kind(), error.to_string()))
                }
                other => anyhow::Error::new(other),
            })?;
    } else {
        // SAFETY-free: polars reads these formatting variables at display time.
        std::env::set_var("POLARS_FMT_MAX_ROWS", args.rows.to_string());
        std::env::set_var("POLARS_FMT_STR_LEN", "60");
        writeln!(out, "{df}")?;
    }
    Ok(0)
}
