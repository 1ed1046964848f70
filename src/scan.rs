//! The scan: inputs → documents → extraction (rayon) → tables, streamed in
//! batches so memory stays bounded whatever the size of the archive.
//!
//! Three stages overlap: a reader thread runs ingest and cuts the stream
//! into batches (by document count and text bytes); the calling thread
//! extracts each batch on a rayon pool; a writer thread appends the
//! batch's frames to every table file. Channels between them hold at most
//! two batches, so at most four batches are alive at once. Batches are
//! formed and written in input order and `par_iter` keeps order, so the
//! output does not depend on the thread count.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::extract::Registry;
use crate::ingest::{self, ErrorRow, IngestOptions, Item, Severity};
use crate::tables::{self, Batch, Frames, OutputFormat, TableError, TableWriter, TABLES};

/// How to scan.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Output directory (created if needed).
    pub out_dir: PathBuf,
    /// Formats to write (each table once per format).
    pub formats: Vec<OutputFormat>,
    /// Extraction threads (None: one per core).
    pub threads: Option<usize>,
    /// How to read the inputs.
    pub ingest: IngestOptions,
    /// A batch closes at this many documents...
    pub batch_docs: usize,
    /// ...or this many bytes of text, whichever comes first.
    pub batch_bytes: usize,
    /// Show a progress bar on stderr (only when it is a terminal).
    pub progress: bool,
    /// Stop at the first document that cannot be read.
    pub fail_fast: bool,
}

impl ScanOptions {
    /// Defaults: Parquet into `out_dir`, one thread per core, batches of
    /// 1,000 documents or 8 MB of text.
    pub fn new(out_dir: impl Into<PathBuf>) -> ScanOptions {
        ScanOptions {
            out_dir: out_dir.into(),
            formats: vec![OutputFormat::Parquet],
            threads: None,
            ingest: IngestOptions::default(),
            batch_docs: 1000,
            batch_bytes: 8 << 20,
            progress: false,
            fail_fast: false,
        }
    }
}

/// What a scan did: the counts reconcile as
/// `documents == articles + errors`.
#[derive(Debug, Clone, Default)]
pub struct ScanSummary {
    /// Sources read (files, stdin).
    pub inputs: usize,
    /// Documents and unreadable inputs seen: `articles + errors`.
    pub documents: u64,
    /// Documents written to `articles`.
    pub articles: u64,
    /// Error rows: documents or inputs that could not be read.
    pub errors: u64,
    /// Warning rows: documents kept with a caveat.
    pub warnings: u64,
    /// Rows written to `claims`.
    pub claims: u64,
    /// Rows written to `dates`.
    pub dates: u64,
    /// Rows written to `entities`.
    pub entities: u64,
    /// Rows written to `quotes`.
    pub quotes: u64,
    /// Bytes of article text.
    pub text_bytes: u64,
    /// Raw input bytes read (compressed size for compressed files).
    pub input_bytes: u64,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Files written.
    pub files: Vec<PathBuf>,
}

impl ScanSummary {
    /// Adds the row counts of `other` (a chunk of the scan) to these.
    fn add_counts(&mut self, other: &ScanSummary) {
        self.articles += other.articles;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.claims += other.claims;
        self.dates += other.dates;
        self.entities += other.entities;
        self.quotes += other.quotes;
        self.text_bytes += other.text_bytes;
    }
}

impl std::fmt::Display for ScanSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let mb = self.text_bytes as f64 / 1e6;
        write!(
            f,
            "{} documents from {} inputs: {} articles + {} errors = {} ({} warnings); \
             {} claims, {} dates, {} entities, {} quotes; {:.1} MB of text in {:.2}s ({:.1} MB/s)",
            self.documents,
            self.inputs,
            self.articles,
            self.errors,
            self.articles + self.errors,
            self.warnings,
            self.claims,
            self.dates,
            self.entities,
            self.quotes,
            mb,
            secs,
            mb / secs
        )
    }
}

/// Why a scan failed as a whole.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// The output directory cannot be created.
    #[error("cannot create output directory {path}: {source}")]
    OutDir {
        /// The directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A table cannot be written.
    #[error(transparent)]
    Table(#[from] TableError),
    /// polars rejected a batch.
    #[error("cannot build tables: {0}")]
    Polars(#[from] polars::error::PolarsError),
    /// The thread pool could not start.
    #[error("cannot start {threads} threads: {message}")]
    Threads {
        /// Threads asked for.
        threads: usize,
        /// The cause.
        message: String,
    },
    /// `--fail-fast` and a document could not be read.
    #[error("stopped at the first error (--fail-fast): {}{}: {}", .0.input, .0.line.map(|l| format!(":{l}")).unwrap_or_default(), .0.message)]
    FailFast(ErrorRow),
}

/// Scans `inputs` with `registry`, writing every table into
/// `opts.out_dir`.
///
/// # Errors
/// Only for failures of the run as a whole (output cannot be written,
/// `--fail-fast`); unreadable documents become `errors` rows.
pub fn scan(
    inputs: &[String],
    registry: &Registry,
    opts: &ScanOptions,
) -> Result<ScanSummary, ScanError> {
    let started = Instant::now();
    fs::create_dir_all(&opts.out_dir).map_err(|source| ScanError::OutDir {
        path: opts.out_dir.clone(),
        source,
    })?;
    let (sources, expand_errors) = ingest::expand(inputs);
    let total_bytes: u64 = sources.iter().map(ingest::Source::len).sum();
    let counter = Arc::new(AtomicU64::new(0));
    let mut ingest_opts = opts.ingest.clone();
    ingest_opts.bytes_read = Some(Arc::clone(&counter));

    let threads = opts.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("claimscan-extract-{i}"))
        .build()
        .map_err(|e| ScanError::Threads {
            threads,
            message: e.to_string(),
        })?;
    let mut writers = open_writers(&opts.out_dir, &opts.formats)?;
    let progress = Progress::new(opts.progress, &sources, total_bytes);

    let mut summary = ScanSummary {
        inputs: sources.len(),
        ..ScanSummary::default()
    };
    let cancelled = AtomicBool::new(false);
    let (batch_docs, batch_bytes) = (opts.batch_docs.max(1), opts.batch_bytes.max(1));

    let outcome: Result<(), ScanError> = std::thread::scope(|s| {
        let (tx, rx) = sync_channel::<Vec<Item>>(2);
        let cancelled = &cancelled;
        let ingest_opts = &ingest_opts;
        let sources = &sources;
        s.spawn(move || {
            let mut batch: Vec<Item> = expand_errors.into_iter().map(Item::Error).collect();
            let mut bytes = 0usize;
            for source in sources {
                if cancelled.load(Ordering::Relaxed) {
                    return;
                }
                ingest::read_source(source, ingest_opts, &mut |item| {
                    if cancelled.load(Ordering::Relaxed) {
                        return;
                    }
                    if let Item::Doc(d) = &item {
                        bytes += d.text.len();
                    }
                    batch.push(item);
                    if batch.len() >= batch_docs || bytes >= batch_bytes {
                        bytes = 0;
                        if tx.send(std::mem::take(&mut batch)).is_err() {
                            cancelled.store(true, Ordering::Relaxed);
                        }
                    }
                });
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });

        let (wtx, wrx) = sync_channel::<Frames>(1);
        let writer = s.spawn(move || write_all(wrx, &mut writers, cancelled));

        let result = (|| {
            for items in rx {
                // Extraction and table building both run on the pool, in
                // chunks that keep input order; the frames are then
                // stacked in that order.
                let chunk = items.len().div_ceil(pool.current_num_threads() * 4).max(1);
                let parts: Vec<Part> = pool.install(|| {
                    items
                        .par_chunks(chunk)
                        .map(|c| build_part(c, registry, opts.fail_fast))
                        .collect()
                });
                let mut frames: Option<Frames> = None;
                for part in parts {
                    summary.add_counts(&part.counts);
                    if let Some(row) = part.fail {
                        return Err(ScanError::FailFast(row));
                    }
                    let f = part.frames?;
                    match frames.as_mut() {
                        Some(all) => all.append(f)?,
                        None => frames = Some(f),
                    }
                }
                progress.update(
                    summary.articles + summary.errors,
                    summary.text_bytes,
                    counter.load(Ordering::Relaxed),
                );
                if let Some(frames) = frames {
                    if wtx.send(frames).is_err() {
                        break;
                    }
                }
            }
            Ok(())
        })();
        if result.is_err() {
            cancelled.store(true, Ordering::Relaxed);
        }
        drop(wtx);
        let written = writer.join().unwrap_or_else(|_| {
            Err(ScanError::Polars(polars::error::PolarsError::ComputeError(
                "the table writer stopped unexpectedly".into(),
            )))
        });
        result.and(written.map(|files| summary.files = files))
    });
    progress.finish();
    outcome?;
    summary.documents = summary.articles + summary.errors;
    summary.input_bytes = counter.load(Ordering::Relaxed);
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Tunes glibc's allocator for a scan: each batch allocates and frees
/// tens of megabytes of rows and columns, and with the default dynamic
/// thresholds glibc hands those pages back to the kernel after every batch
/// and faults them in again for the next (about 5% of a scan's CPU). Keeping
/// allocations under 64 MB on the heap and trimming only above 256 MB of
/// free memory costs ~15 MB of peak RSS. Process-wide, so it is for
/// binaries (the CLI, the benches) to call once at start-up; elsewhere it
/// does nothing.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before
    // any scan thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 256 << 20);
    }
}

/// The tables and counts of one chunk of a batch.
struct Part {
    frames: polars::error::PolarsResult<Frames>,
    counts: ScanSummary,
    /// With `--fail-fast`: the first error row of the chunk.
    fail: Option<ErrorRow>,
}

/// Extracts a chunk of items and builds their table rows.
fn build_part(items: &[Item], registry: &Registry, fail_fast: bool) -> Part {
    let mut counts = ScanSummary::default();
    let text_bytes = items
        .iter()
        .map(|item| match item {
            Item::Doc(doc) => doc.text.len(),
            Item::Error(_) => 0,
        })
        .sum();
    let mut batch = Batch::for_text(items.len(), text_bytes);
    let mut fail = None;
    for item in items {
        match item {
            Item::Doc(doc) => {
                match catch_unwind(AssertUnwindSafe(|| registry.extract(doc))) {
                    Ok(ex) => {
                        counts.articles += 1;
                        counts.text_bytes += doc.text.len() as u64;
                        counts.claims += ex.claims.len() as u64;
                        counts.dates += ex.dates.len() as u64;
                        counts.entities += ex.entities.len() as u64;
                        counts.quotes += ex.quotes.len() as u64;
                        batch.push_doc(doc, &ex);
                    }
                    Err(panic) => {
                        // An extractor bug must not lose the document
                        // silently nor stop the scan.
                        let mut row = ErrorRow::error(
                            &doc.input,
                            None,
                            "internal",
                            format!(
                                "extraction failed on {}: {}",
                                doc.doc_id,
                                panic_message(panic)
                            ),
                        );
                        row.doc_id = Some(doc.doc_id.clone());
                        counts.errors += 1;
                        batch.push_error(&row);
                    }
                }
            }
            Item::Error(row) => {
                match row.severity {
                    Severity::Error => counts.errors += 1,
                    Severity::Warning => counts.warnings += 1,
                }
                if fail_fast && row.severity == Severity::Error {
                    fail = Some(row.clone());
                    break;
                }
                batch.push_error(row);
            }
        }
    }
    Part {
        frames: batch.finish(),
        counts,
        fail,
    }
}

type Writers = Vec<(&'static str, Box<dyn TableWriter>)>;

fn open_writers(dir: &Path, formats: &[OutputFormat]) -> Result<Writers, ScanError> {
    // Each format once, even when repeated apart (`--format parquet
    // --format csv --format parquet`): two writers of one file would clash.
    let mut unique: Vec<OutputFormat> = Vec::with_capacity(formats.len());
    for &f in formats {
        if !unique.contains(&f) {
            unique.push(f);
        }
    }
    if unique.is_empty() {
        unique.push(OutputFormat::Parquet);
    }
    let mut out = Vec::new();
    for name in TABLES {
        for &f in &unique {
            out.push((name, tables::writer(dir, name, f)?));
        }
    }
    Ok(out)
}

/// The writer thread: appends each batch to every table, then completes
/// the files. On error, or when the scan was cancelled, the partial files
/// are removed (when the writers are dropped) and none is completed.
fn write_all(
    rx: Receiver<Frames>,
    writers: &mut Writers,
    cancelled: &AtomicBool,
) -> Result<Vec<PathBuf>, ScanError> {
    for frames in rx {
        let named = frames.named();
        for (name, w) in writers.iter_mut() {
            if let Some((_, df)) = named.iter().find(|(n, _)| n == name) {
                w.write(df)?;
            }
        }
    }
    if cancelled.load(Ordering::Relaxed) {
        writers.clear();
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for (_, w) in std::mem::take(writers) {
        files.push(w.finish()?);
    }
    Ok(files)
}

fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// The progress bar: documents, MB, MB/s and ETA on stderr, shown only
/// when stderr is a terminal and the scan lasts more than a moment.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    shown: AtomicBool,
}

impl Progress {
    fn new(enabled: bool, sources: &[ingest::Source], total: u64) -> Progress {
        use std::io::IsTerminal;
        let stdin_only = sources.contains(&ingest::Source::Stdin);
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let bar = if stdin_only || total == 0 {
                indicatif::ProgressBar::hidden()
            } else {
                indicatif::ProgressBar::with_draw_target(
                    Some(total),
                    indicatif::ProgressDrawTarget::hidden(),
                )
            };
            let style = indicatif::ProgressStyle::with_template(
                "{spinner} {msg} {wide_bar} input {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// `bytes` are raw input bytes read (the bar), `text` bytes of text.
    fn update(&self, docs: u64, text: u64, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() > Duration::from_millis(500)
        {
            self.shown.store(true, Ordering::Relaxed);
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(200));
        }
        bar.set_position(bytes);
        bar.set_message(format!("{docs} docs, {:.1} MB text", text as f64 / 1e6));
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
