//! `claimscan scan`: read inputs, extract, write the tables.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::ValueEnum;

use crate::extract::Registry;
use crate::ingest::{FieldNames, Format, IngestOptions};
use crate::scan::{scan, ScanOptions};
use crate::tables::OutputFormat;

/// Scan files, directories, globs or stdin into tables.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  claimscan scan sample-data -o out
  claimscan scan 'archive/*.jsonl.zst' -o out --format parquet --format csv
  zcat dump.jsonl.gz | claimscan scan - -o out --input-format jsonl
  claimscan scan export.csv -o out --text-field story --date-field pubdate

Writes articles, claims, dates, entities, quotes and errors into the output
directory. Every input document becomes one articles row or one errors row;
the counts are printed at the end. Exit code 0 even when some documents
could not be read (see the errors table); 1 when nothing could be read or
the output cannot be written.")]
pub struct Args {
    /// Files, directories (recursive), glob patterns, or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output directory.
    #[arg(short, long)]
    out: PathBuf,
    /// Output format; repeat for several.
    #[arg(long = "format", value_enum, default_value = "parquet")]
    formats: Vec<OutFormat>,
    /// Extraction threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Format of stdin and of files with an unknown extension (default:
    /// guessed from the content).
    #[arg(long, value_parser = ["txt", "md", "html", "jsonl", "json", "csv"])]
    input_format: Option<String>,
    /// Field holding the article text (default: text, content, body).
    #[arg(long)]
    text_field: Option<String>,
    /// Field holding the document id (default: id).
    #[arg(long)]
    id_field: Option<String>,
    /// Field holding the publication date (default: date, published).
    #[arg(long)]
    date_field: Option<String>,
    /// Field holding the outlet (default: source, outlet).
    #[arg(long)]
    source_field: Option<String>,
    /// Field holding the title (default: title, headline).
    #[arg(long)]
    title_field: Option<String>,
    /// Run only these extractors (comma-separated: dates, entities,
    /// quotes, claims); `none` for ingest and sentences only.
    #[arg(long, value_delimiter = ',')]
    extractors: Option<Vec<String>>,
    /// Stop at the first document that cannot be read.
    #[arg(long)]
    fail_fast: bool,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutFormat {
    Parquet,
    Csv,
    Jsonl,
}

impl From<OutFormat> for OutputFormat {
    fn from(f: OutFormat) -> OutputFormat {
        match f {
            OutFormat::Parquet => OutputFormat::Parquet,
            OutFormat::Csv => OutputFormat::Csv,
            OutFormat::Jsonl => OutputFormat::Jsonl,
        }
    }
}

/// Builds the registry named by `--extractors`.
pub(super) fn registry(names: Option<&[String]>) -> anyhow::Result<Registry> {
    match names {
        None => Ok(Registry::all()),
        Some([only]) if only == "none" => Ok(Registry::empty()),
        Some(list) => {
            let names: Vec<&str> = list.iter().map(String::as_str).collect();
            Registry::only(&names).map_err(|bad| {
                anyhow::anyhow!(
                    "unknown extractor {bad:?} (known: {})",
                    Registry::all().names().join(", ")
                )
            })
        }
    }
}

/// The ingest options these arguments ask for.
fn ingest_options(args: &Args) -> IngestOptions {
    IngestOptions {
        fields: FieldNames::default().with_overrides(
            args.text_field.as_deref(),
            args.id_field.as_deref(),
            args.date_field.as_deref(),
            args.source_field.as_deref(),
            args.title_field.as_deref(),
        ),
        format: args.input_format.as_deref().and_then(Format::from_name),
        ..IngestOptions::default()
    }
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let registry = match registry(args.extractors.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimscan: {e}");
            return Ok(2);
        }
    };
    let mut opts = ScanOptions::new(&args.out);
    opts.formats = args.formats.iter().map(|&f| f.into()).collect();
    opts.threads = args.threads;
    opts.ingest = ingest_options(&args);
    opts.progress = !args.quiet;
    opts.fail_fast = args.fail_fast;
    let summary = scan(&args.inputs, &registry, &opts)
        .with_context(|| format!("scan into {} failed", args.out.display()))?;
    eprintln!("claimscan: {summary}");
    if summary.errors > 0 || summary.warnings > 0 {
        eprintln!(
            "claimscan: {} errors and {} warnings are listed in {}",
            summary.errors,
            summary.warnings,
            args.out.join("errors.*").display()
        );
    }
    if summary.articles == 0 {
        eprintln!("claimscan: error: no readable input");
        return Ok(1);
    }
    Ok(0)
}
