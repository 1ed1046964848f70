//! Tables: extraction rows to polars frames, and the writers that put
//! them on disk.
//!
//! A [`Batch`] collects the rows of a run of documents (and error rows)
//! into columns; [`Batch::finish`] turns them into one `DataFrame` per
//! table ([`Frames`]). Writers (one module per format) append frames to a
//! file under a temporary name and move it into place when the scan
//! finishes, so a crash never leaves a half-written table under its final
//! name.

pub(crate) mod csv;
mod jsonl;
mod parquet;

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use polars::prelude::*;

use crate::document::Document;
use crate::extract::Extraction;
use crate::ingest::ErrorRow;

/// The scan tables, in the order they are written.
pub const TABLES: [&str; 6] = [
    "articles", "claims", "dates", "entities", "quotes", "errors",
];

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputFormat {
    /// Apache Parquet (the default).
    Parquet,
    /// CSV with a header row.
    Csv,
    /// One JSON object a line.
    Jsonl,
}

impl OutputFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Parquet => "parquet",
            OutputFormat::Csv => "csv",
            OutputFormat::Jsonl => "jsonl",
        }
    }
}

/// Errors while writing tables.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// The file system refused.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// polars refused.
    #[error("cannot write {path}: {source}")]
    Polars {
        /// The file being written.
        path: PathBuf,
        /// The cause.
        source: PolarsError,
    },
}

/// One frame per table.
#[derive(Debug, Clone)]
pub struct Frames {
    /// One row per document.
    pub articles: DataFrame,
    /// Numeric claims.
    pub claims: DataFrame,
    /// Date and time expressions.
    pub dates: DataFrame,
    /// People, organisations and places.
    pub entities: DataFrame,
    /// Direct quotes.
    pub quotes: DataFrame,
    /// Documents that could not be read, and warnings.
    pub errors: DataFrame,
}

impl Frames {
    /// Appends the rows of `other` (same schemas) after these.
    ///
    /// # Errors
    /// When the schemas differ (a bug, not bad input).
    pub fn append(&mut self, other: Frames) -> PolarsResult<()> {
        self.articles.vstack_mut_owned(other.articles)?;
        self.claims.vstack_mut_owned(other.claims)?;
        self.dates.vstack_mut_owned(other.dates)?;
        self.entities.vstack_mut_owned(other.entities)?;
        self.quotes.vstack_mut_owned(other.quotes)?;
        self.errors.vstack_mut_owned(other.errors)?;
        Ok(())
    }

    /// The frames with their table names, in [`TABLES`] order.
    pub fn named(&self) -> [(&'static str, &DataFrame); 6] {
        [
            ("articles", &self.articles),
            ("claims", &self.claims),
            ("dates", &self.dates),
            ("entities", &self.entities),
            ("quotes", &self.quotes),
            ("errors", &self.errors),
        ]
    }
}

/// Days since 1970-01-01, polars' Date representation.
pub fn epoch_days(d: Date) -> i32 {
    // Days-from-civil (proleptic Gregorian), exact for every jiff date.
    let (y, m, day) = (
        i32::from(d.year()),
        i32::from(d.month()),
        i32::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Columns of every table for a run of documents.
#[derive(Default)]
pub struct Batch {
    a_doc: Strs,
    a_input: Strs,
    a_source: Strs,
    a_title: Strs,
    a_published: Vec<Option<i32>>,
    a_from: Vec<&'static str>,
    a_bytes: Vec<u64>,
    a_off_topic: Vec<bool>,
    a_counts: [Vec<u32>; 5],

    c_doc: Strs,
    c_start: Vec<u64>,
    c_end: Vec<u64>,
    c_surface: Strs,
    c_value: Vec<Option<f64>>,
    c_lo: Vec<Option<f64>>,
    c_hi: Vec<Option<f64>>,
    c_qualifier: Vec<&'static str>,
    c_rounding: Vec<Option<f64>>,
    c_unit: Strs,
    c_noun: Strs,
    c_category: Vec<Option<&'static str>>,
    c_change: Vec<Option<&'static str>>,
    c_change_role: Vec<Option<&'static str>>,
    c_period: Strs,
    c_speaker: Strs,
    c_ordinal: Vec<Option<i64>>,
    c_counted: Strs,
    c_event: Vec<Option<&'static str>>,
    c_scope: Vec<&'static str>,
    c_holder: Strs,
    c_measure: Vec<Option<&'static str>>,
    c_whole: Vec<Option<f64>>,
    c_perpetrator: Vec<Option<&'static str>>,
    c_comparable: Vec<bool>,
    c_boilerplate: Vec<bool>,
    c_sentence: Strs,
    c_sentence_start: Vec<u64>,

    d_doc: Strs,
    d_start: Vec<u64>,
    d_end: Vec<u64>,
    d_surface: Strs,
    d_kind: Vec<&'static str>,
    d_value: Strs,
    d_granularity: Vec<&'static str>,
    d_date: Vec<Option<i32>>,
    d_relative: Vec<bool>,
    d_anchor: Vec<Option<i32>>,
    d_modifier: Vec<Option<&'static str>>,

    e_doc: Strs,
    e_start: Vec<u64>,
    e_end: Vec<u64>,
    e_surface: Strs,
    e_kind: Vec<&'static str>,
    e_canonical: Strs,
    e_role: Strs,
    e_role_org: Strs,

    q_doc: Strs,
    q_start: Vec<u64>,
    q_end: Vec<u64>,
    q_text: Strs,
    q_speaker: Strs,
    q_speaker_start: Vec<Option<u64>>,
    q_speaker_end: Vec<Option<u64>>,

    x_input: Strs,
    x_line: Vec<Option<u64>>,
    x_doc: Strs,
    x_kind: Vec<&'static str>,
    x_severity: Vec<&'static str>,
    x_message: Strs,
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Batch {
        Batch::default()
    }

    /// An empty batch with room for the rows of `docs` documents of
    /// `text_bytes` of text, at a little over the rates news gives (Reuters
    /// has a claim every 127 bytes of text, a date every 242, an entity
    /// every 102 and a quote every 1,270; room is made for one every 100,
    /// 200, 80 and 800): its columns are then mostly allocated once rather
    /// than doubled from nothing about a dozen times.
    pub fn for_text(docs: usize, text_bytes: usize) -> Batch {
        let (claims, dates, entities, quotes) = (
            text_bytes / 100,
            text_bytes / 200,
            text_bytes / 80,
            text_bytes / 800,
        );
        let strs = Strs::with_capacity;
        Batch {
            a_doc: strs(docs),
            a_input: strs(docs),
            a_source: strs(docs),
            a_title: strs(docs),
            a_published: Vec::with_capacity(docs),
            a_from: Vec::with_capacity(docs),
            a_bytes: Vec::with_capacity(docs),
            a_off_topic: Vec::with_capacity(docs),
            a_counts: std::array::from_fn(|_| Vec::with_capacity(docs)),

            c_doc: strs(claims),
            c_start: Vec::with_capacity(claims),
            c_end: Vec::with_capacity(claims),
            c_surface: strs(claims),
            c_value: Vec::with_capacity(claims),
            c_lo: Vec::with_capacity(claims),
            c_hi: Vec::with_capacity(claims),
            c_qualifier: Vec::with_capacity(claims),
            c_rounding: Vec::with_capacity(claims),
            c_unit: strs(claims),
            c_noun: strs(claims),
            c_category: Vec::with_capacity(claims),
            c_change: Vec::with_capacity(claims),
            c_change_role: Vec::with_capacity(claims),
            c_period: strs(claims),
            c_speaker: strs(claims),
            c_ordinal: Vec::with_capacity(claims),
            c_counted: strs(claims),
            c_event: Vec::with_capacity(claims),
            c_scope: Vec::with_capacity(claims),
            c_holder: strs(claims),
            c_measure: Vec::with_capacity(claims),
            c_whole: Vec::with_capacity(claims),
            c_perpetrator: Vec::with_capacity(claims),
            c_comparable: Vec::with_capacity(claims),
            c_boilerplate: Vec::with_capacity(claims),
            c_sentence: strs(claims),
            c_sentence_start: Vec::with_capacity(claims),

            d_doc: strs(dates),
            d_start: Vec::with_capacity(dates),
            d_end: Vec::with_capacity(dates),
            d_surface: strs(dates),
            d_kind: Vec::with_capacity(dates),
            d_value: strs(dates),
            d_granularity: Vec::with_capacity(dates),
            d_date: Vec::with_capacity(dates),
            d_relative: Vec::with_capacity(dates),
            d_anchor: Vec::with_capacity(dates),
            d_modifier: Vec::with_capacity(dates),

            e_doc: strs(entities),
            e_start: Vec::with_capacity(entities),
            e_end: Vec::with_capacity(entities),
            e_surface: strs(entities),
            e_kind: Vec::with_capacity(entities),
            e_canonical: strs(entities),
            e_role: strs(entities),
            e_role_org: strs(entities),

            q_doc: strs(quotes),
            q_start: Vec::with_capacity(quotes),
            q_end: Vec::with_capacity(quotes),
            q_text: strs(quotes),
            q_speaker: strs(quotes),
            q_speaker_start: Vec::with_capacity(quotes),
            q_speaker_end: Vec::with_capacity(quotes),

            ..Batch::default()
        }
    }

    /// Number of articles in the batch.
    pub fn articles(&self) -> usize {
        self.a_bytes.len()
    }

    /// Adds a document and what was extracted from it.
    pub fn push_doc(&mut self, doc: &Document, ex: &Extraction) {
        let id = &doc.doc_id;
        let text = doc.text.as_str();
        self.a_doc.push(id);
        self.a_input.push(&doc.input);
        self.a_source.push_opt(doc.source.as_deref());
        self.a_title.push_opt(doc.title.as_deref());
        self.a_published.push(doc.published.map(epoch_days));
        self.a_from.push(doc.published_from.as_str());
        self.a_bytes.push(text.len() as u64);
        let counts = [
            ex.claims.len(),
            ex.dates.len(),
            ex.entities.len(),
            ex.quotes.len(),
            ex.sentences.len(),
        ];
        for (col, n) in self.a_counts.iter_mut().zip(counts) {
            col.push(u32::try_from(n).unwrap_or(u32::MAX));
        }
        self.a_off_topic.push(ex.off_topic);

        for c in &ex.claims {
            let (s_start, s_text) = match ex.sentences.get(c.sentence) {
                Some(s) => (s.start, text.get(s.start..s.end).unwrap_or("")),
                None => (c.start, ""),
            };
            self.c_doc.push(id);
            self.c_start.push(c.start as u64);
            self.c_end.push(c.end as u64);
            self.c_surface.push(&c.surface);
            self.c_value.push(c.value);
            self.c_lo.push(c.lo);
            self.c_hi.push(c.hi);
            self.c_qualifier.push(c.qualifier);
            self.c_rounding.push(c.rounding);
            self.c_unit.push_opt(c.unit.as_deref());
            self.c_noun.push_opt(c.noun.as_deref());
            self.c_category.push(c.category);
            self.c_change.push(c.change);
            self.c_change_role.push(c.change_role);
            self.c_period.push_opt(c.period.as_deref());
            self.c_speaker.push_opt(c.speaker.as_deref());
            self.c_ordinal.push(c.ordinal);
            self.c_counted.push_opt(c.counted.as_deref());
            self.c_event.push(c.event);
            self.c_scope.push(c.scope);
            self.c_holder.push_opt(c.holder.as_deref());
            self.c_measure.push(c.measure);
            self.c_whole.push(c.whole);
            self.c_perpetrator.push(c.perpetrator);
            self.c_comparable.push(c.comparable);
            self.c_boilerplate.push(c.boilerplate);
            self.c_sentence.push(s_text);
            self.c_sentence_start.push(s_start as u64);
        }
        for d in &ex.dates {
            self.d_doc.push(id);
            self.d_start.push(d.start as u64);
            self.d_end.push(d.end as u64);
            self.d_surface.push(&d.surface);
            self.d_kind.push(d.kind);
            self.d_value.push(&d.value);
            self.d_granularity.push(d.granularity);
            self.d_date.push(d.date.map(epoch_days));
            self.d_relative.push(d.relative);
            self.d_anchor.push(d.anchor.map(epoch_days));
            self.d_modifier.push(d.modifier);
        }
        for e in &ex.entities {
            self.e_doc.push(id);
            self.e_start.push(e.start as u64);
            self.e_end.push(e.end as u64);
            self.e_surface.push(&e.surface);
            self.e_kind.push(e.kind);
            self.e_canonical.push(&e.canonical);
            self.e_role.push_opt(e.role.as_deref());
            self.e_role_org.push_opt(e.role_org.as_deref());
        }
        for q in &ex.quotes {
            self.q_doc.push(id);
            self.q_start.push(q.start as u64);
            self.q_end.push(q.end as u64);
            self.q_text.push(&q.text);
            self.q_speaker.push_opt(q.speaker.as_deref());
            self.q_speaker_start.push(q.speaker_start.map(|x| x as u64));
            self.q_speaker_end.push(q.speaker_end.map(|x| x as u64));
        }
    }

    /// Adds an `errors` row.
    pub fn push_error(&mut self, e: &ErrorRow) {
        self.x_input.push(&e.input);
        self.x_line.push(e.line);
        self.x_doc.push_opt(e.doc_id.as_deref());
        self.x_kind.push(e.kind);
        self.x_severity.push(e.severity.as_str());
        self.x_message.push(&e.message);
    }

    /// Turns the batch into one frame per table.
    ///
    /// # Errors
    /// Only if polars rejects a column (a bug, not bad input).
    pub fn finish(self) -> PolarsResult<Frames> {
        let [n_claims, n_dates, n_entities, n_quotes, n_sentences] = self.a_counts;
        Ok(Frames {
            articles: frame(vec![
                self.a_doc.into_column("doc_id"),
                self.a_input.into_column("input"),
                self.a_source.into_column("source"),
                self.a_title.into_column("title"),
                date_column("published", self.a_published),
                col("published_from", self.a_from),
                col("bytes", self.a_bytes),
                col("n_claims", n_claims),
                col("n_dates", n_dates),
                col("n_entities", n_entities),
                col("n_quotes", n_quotes),
                col("n_sentences", n_sentences),
                col("off_topic", self.a_off_topic),
            ])?,
            claims: frame(vec![
                self.c_doc.into_column("doc_id"),
                col("start", self.c_start),
                col("end", self.c_end),
                self.c_surface.into_column("surface"),
                col("value", self.c_value),
                col("lo", self.c_lo),
                col("hi", self.c_hi),
                col("qualifier", self.c_qualifier),
                col("rounding", self.c_rounding),
                self.c_unit.into_column("unit"),
                self.c_noun.into_column("noun"),
                col("category", self.c_category),
                col("change", self.c_change),
                col("change_role", self.c_change_role),
                self.c_period.into_column("period"),
                self.c_speaker.into_column("speaker"),
                col("ordinal", self.c_ordinal),
                self.c_counted.into_column("counted"),
                col("event", self.c_event),
                col("scope", self.c_scope),
                self.c_holder.into_column("holder"),
                col("measure", self.c_measure),
                col("whole", self.c_whole),
                col("perpetrator", self.c_perpetrator),
                col("comparable", self.c_comparable),
                col("boilerplate", self.c_boilerplate),
                self.c_sentence.into_column("sentence"),
                col("sentence_start", self.c_sentence_start),
            ])?,
            dates: frame(vec![
                self.d_doc.into_column("doc_id"),
                col("start", self.d_start),
                col("end", self.d_end),
                self.d_surface.into_column("surface"),
                col("kind", self.d_kind),
                self.d_value.into_column("value"),
                col("granularity", self.d_granularity),
                date_column("date", self.d_date),
                col("relative", self.d_relative),
                date_column("anchor", self.d_anchor),
                col("modifier", self.d_modifier),
            ])?,
            entities: frame(vec![
                self.e_doc.into_column("doc_id"),
                col("start", self.e_start),
                col("end", self.e_end),
                self.e_surface.into_column("surface"),
                col("kind", self.e_kind),
                self.e_canonical.into_column("canonical"),
                self.e_role.into_column("role"),
                self.e_role_org.into_column("role_org"),
            ])?,
            quotes: frame(vec![
                self.q_doc.into_column("doc_id"),
                col("start", self.q_start),
                col("end", self.q_end),
                self.q_text.into_column("text"),
                self.q_speaker.into_column("speaker"),
                col("speaker_start", self.q_speaker_start),
                col("speaker_end", self.q_speaker_end),
            ])?,
            errors: frame(vec![
                self.x_input.into_column("input"),
                col("line", self.x_line),
                self.x_doc.into_column("doc_id"),
                col("kind", self.x_kind),
                col("severity", self.x_severity),
                self.x_message.into_column("message"),
            ])?,
        })
    }
}

/// A string column being built: each value is copied once, straight into
/// the Arrow buffer (no `String` per row).
struct Strs(StringChunkedBuilder);

impl Default for Strs {
    fn default() -> Strs {
        Strs(StringChunkedBuilder::new(PlSmallStr::EMPTY, 0))
    }
}

impl Strs {
    fn with_capacity(n: usize) -> Strs {
        Strs(StringChunkedBuilder::new(PlSmallStr::EMPTY, n))
    }

    #[inline]
    fn push(&mut self, v: &str) {
        self.0.append_value(v);
    }

    #[inline]
    fn push_opt(&mut self, v: Option<&str>) {
        self.0.append_option(v);
    }

    fn into_column(self, name: &str) -> Column {
        self.0.finish().with_name(name.into()).into_series().into()
    }
}

fn col<T, V>(name: &str, values: V) -> Column
where
    Series: NamedFrom<V, T>,
    T: ?Sized,
{
    Series::new(name.into(), values).into()
}

/// A `Date` column from day numbers (days since 1970-01-01, polars' Date
/// representation: no cast).
pub fn date_column(name: &str, days: impl IntoIterator<Item = Option<i32>>) -> Column {
    Int32Chunked::from_iter_options(name.into(), days.into_iter())
        .into_date()
        .into_column()
}

fn frame(columns: Vec<Column>) -> PolarsResult<DataFrame> {
    DataFrame::new_infer_height(columns)
}

/// Appends frames of one table to one file.
pub trait TableWriter: Send {
    /// Appends a frame (its schema must match earlier ones).
    ///
    /// # Errors
    /// When the file cannot be written.
    fn write(&mut self, df: &DataFrame) -> Result<(), TableError>;

    /// Completes the file and moves it to its final name.
    ///
    /// # Errors
    /// When the file cannot be completed or renamed.
    fn finish(self: Box<Self>) -> Result<PathBuf, TableError>;
}

/// A file being written under a temporary name, renamed on success.
struct Staged {
    tmp: PathBuf,
    dest: PathBuf,
    committed: bool,
}

impl Drop for Staged {
    /// A file that was not completed is removed, never left behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Write buffer of every table file.
const WRITE_BUFFER: usize = 1 << 20;

impl Staged {
    /// Creates the temporary file of table `name`, buffered for writing.
    fn create(
        dir: &Path,
        name: &str,
        ext: &str,
    ) -> Result<(Staged, BufWriter<fs::File>), TableError> {
        let dest = dir.join(format!("{name}.{ext}"));
        let tmp = dir.join(format!(".{name}.{ext}.partial"));
        let file = fs::File::create(&tmp).map_err(|source| TableError::Io {
            path: tmp.clone(),
            source,
        })?;
        Ok((
            Staged {
                tmp,
                dest,
                committed: false,
            },
            BufWriter::with_capacity(WRITE_BUFFER, file),
        ))
    }

    fn io(&self, source: std::io::Error) -> TableError {
        TableError::Io {
            path: self.tmp.clone(),
            source,
        }
    }

    fn polars(&self, source: PolarsError) -> TableError {
        TableError::Polars {
            path: self.dest.clone(),
            source,
        }
    }

    fn commit(mut self) -> Result<PathBuf, TableError> {
        fs::rename(&self.tmp, &self.dest).map_err(|source| TableError::Io {
            path: self.dest.clone(),
            source,
        })?;
        self.committed = true;
        Ok(self.dest.clone())
    }
}

/// Opens a writer for table `name` in `dir`.
///
/// # Errors
/// When the file cannot be created.
pub fn writer(
    dir: &Path,
    name: &str,
    format: OutputFormat,
) -> Result<Box<dyn TableWriter>, TableError> {
    let (staged, file) = Staged::create(dir, name, format.extension())?;
    Ok(match format {
        OutputFormat::Parquet => Box::new(parquet::Writer::new(staged, file)),
        OutputFormat::Csv => Box::new(csv::Writer::new(staged, file)),
        OutputFormat::Jsonl => Box::new(jsonl::Writer::new(staged, file)),
    })
}

/// Writes one frame to `dir/NAME.EXT` (atomically), for tables computed
/// in one piece such as the report's.
///
/// # Errors
/// When the file cannot be written.
pub fn write_frame(
    dir: &Path,
    name: &str,
    format: OutputFormat,
    df: &DataFrame,
) -> Result<PathBuf, TableError> {
    let mut w = writer(dir, name, format)?;
    w.write(df)?;
    w.finish()
}

/// Reads table `name` from a scan directory (see [`table_path`]) as a lazy
/// frame. None when the table is not there.
///
/// # Errors
/// When the table exists but polars cannot scan it.
pub fn scan_table(dir: &Path, name: &str) -> PolarsResult<Option<LazyFrame>> {
    let Some(path) = table_path(dir, name) else {
        return Ok(None);
    };
    if is_parquet(&path) {
        scan_parquet_table(&path).map(Some)
    } else {
        let p = PlRefPath::try_from_path(&path)?;
        let lf = LazyCsvReader::new(p)
            .with_has_header(true)
            .with_try_parse_dates(true)
            .finish()?;
        csv::unguard(lf).map(Some)
    }
}

/// Where table `name` of `dir` is: the `NAME.parquet` file if present, else
/// a `NAME/` directory of Parquet part files (as Spark and other
/// distributed writers leave it, hive-style `key=value/` partitions
/// included), else the `NAME.csv` file, else None.
pub fn table_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let file = |ext: &str| Some(dir.join(format!("{name}.{ext}"))).filter(|p| p.is_file());
    file("parquet")
        .or_else(|| Some(dir.join(name)).filter(|d| !part_files(d).is_empty()))
        .or_else(|| file("csv"))
}

/// Whether a path [`table_path`] found is a Parquet table (a file or a
/// directory of part files).
pub fn is_parquet(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "parquet") || path.is_dir()
}

/// The Parquet part files under a table directory, in path order; files
/// whose name starts with `.` or `_` (`_SUCCESS`, `.crc` checksums,
/// `_temporary/`) are not data.
pub fn part_files(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let hidden = |e: &walkdir::DirEntry| {
        e.depth() > 0
            && e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(['.', '_']))
    };
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !hidden(e))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
        .collect();
    files.sort();
    files
}

/// A Parquet table: one file, or a directory of part files (one scan, so
/// that polars' fast paths such as `count(*)` hold). Hive partitions
/// (`key=value/` directories) become columns, as polars reads them:
/// `%XX` escapes decoded, `__HIVE_DEFAULT_PARTITION__` null, values typed
/// by inference.
///
/// # Errors
/// When polars cannot scan a file, or the part files' schemas differ.
pub fn scan_parquet_table(path: &Path) -> PolarsResult<LazyFrame> {
    if !path.is_dir() {
        let p = PlRefPath::try_from_path(path)?;
        return LazyFrame::scan_parquet(p, ScanArgsParquet::default());
    }
    let files = part_files(path);
    if files.is_empty() {
        polars_bail!(ComputeError: "{} holds no Parquet part file", path.display());
    }
    let paths = files
        .iter()
        .map(|f| PlRefPath::try_from_path(f))
        .collect::<PolarsResult<Vec<_>>>()?;
    let args = ScanArgsParquet {
        hive_options: HiveOptions {
            enabled: Some(true),
            ..HiveOptions::default()
        },
        ..ScanArgsParquet::default()
    };
    LazyFrame::scan_parquet_files(paths.into_iter().collect(), args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> DataFrame {
        frame(vec![col("x", vec![1u64, 2, 3])]).unwrap_or_default()
    }

    #[test]
    fn part_directories_with_hive_partitions_read_as_one_table() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let t = dir.path().join("t");
        let parts = [
            ("source=Harbour%20Times", vec![1u64, 2]),
            ("source=__HIVE_DEFAULT_PARTITION__", vec![3]),
        ];
        for (i, (key, xs)) in parts.into_iter().enumerate() {
            let df = frame(vec![col("x", xs)]).unwrap_or_else(|e| panic!("{e}"));
            let sub = t.join(key);
            std::fs::create_dir_all(&sub).unwrap_or_else(|e| panic!("{e}"));
            let written = write_frame(&sub, "part", OutputFormat::Parquet, &df)
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::rename(&written, sub.join(format!("part-0000{i}.parquet")))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        // What Spark leaves beside the data is not data.
        std::fs::write(t.join("_SUCCESS"), "").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(t.join(".part-00000.parquet.crc"), "x").unwrap_or_else(|e| panic!("{e}"));
        assert!(table_path(dir.path(), "t").is_some_and(|p| is_parquet(&p)));
        let df = scan_table(dir.path(), "t")
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("table t not found"))
            .sort(["x"], SortMultipleOptions::default())
            .collect()
            .unwrap_or_else(|e| panic!("{e}"));
        let sources: Vec<Option<&str>> = df
            .column("source")
            .and_then(|c| c.str())
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .collect();
        assert_eq!(
            sources,
            [Some("Harbour Times"), Some("Harbour Times"), None]
        );
        assert!(table_path(dir.path(), "missing").is_none());
    }

    #[test]
    fn tables_appear_under_their_name_only_when_complete() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for format in [
            OutputFormat::Parquet,
            OutputFormat::Csv,
            OutputFormat::Jsonl,
        ] {
            let final_name = dir.path().join(format!("t.{}", format.extension()));
            let mut w = writer(dir.path(), "t", format).unwrap_or_else(|e| panic!("{e}"));
            w.write(&tiny()).unwrap_or_else(|e| panic!("{e}"));
            assert!(!final_name.exists(), "{final_name:?} exists before finish");
            let done = w.finish().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(done, final_name);
            assert!(final_name.is_file());
        }
        // A writer dropped without finishing (a failed run) leaves nothing.
        let mut w =
            writer(dir.path(), "u", OutputFormat::Parquet).unwrap_or_else(|e| panic!("{e}"));
        w.write(&tiny()).unwrap_or_else(|e| panic!("{e}"));
        drop(w);
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('u') || n.starts_with(".u"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn epoch_days_match_the_calendar() {
        let d = |y, m, day| epoch_days(Date::new(y, m, day).unwrap_or_default());
        assert_eq!(d(1970, 1, 1), 0);
        assert_eq!(d(1970, 1, 2), 1);
        assert_eq!(d(1969, 12, 31), -1);
        assert_eq!(d(2000, 3, 1), 11_017);
        assert_eq!(d(2013, 5, 8), 15_833);
    }
}
