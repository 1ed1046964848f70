//! Ingest: inputs (files, directories, globs, stdin) to [`Document`]s.
//!
//! Ingest expands the inputs into a list of [`Source`]s, opens each one
//! (decompressing gzip or zstd, by extension or magic bytes), picks a
//! format from the extension (or from the content for stdin and unknown
//! extensions) and streams its documents to a sink, one [`Item`] at a time:
//! either a document or an [`ErrorRow`]. Nothing is held beyond the
//! document being read, so an archive larger than memory streams through.
//!
//! Bad input never stops ingest: an unreadable file, a malformed JSONL line
//! or a missing text field becomes an `errors` row naming the input and the
//! line, and reading goes on.

mod fields;
mod formats;
mod html;
mod open;
mod warc;

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::document::Document;
pub use fields::FieldNames;
pub use formats::{parse_date_field, set_published, Format};
pub use html::html_to_text;

/// One row of the `errors` table: a document that could not be read (an
/// error) or was read with a caveat (a warning, e.g. invalid UTF-8 decoded
/// lossily).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorRow {
    /// The input (path, or `-` for stdin).
    pub input: String,
    /// 1-based line (JSONL, CSV record, JSON array element), if any.
    pub line: Option<u64>,
    /// The document's id, when it is known.
    pub doc_id: Option<String>,
    /// Short machine-readable kind: `read_error`, `truncated`, `empty`,
    /// `binary`, `malformed_json`, `malformed_csv`, `missing_text`,
    /// `invalid_utf8`, `bad_date`, `no_match`, `no_supported_files`.
    pub kind: &'static str,
    /// `error` (the document is lost: it has no `articles` row) or
    /// `warning` (the document was kept).
    pub severity: Severity,
    /// What went wrong, for a person.
    pub message: String,
}

/// Whether an [`ErrorRow`] lost a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document (or the rest of the input) could not be read.
    Error,
    /// The document was kept with a caveat.
    Warning,
}

impl Severity {
    /// The name written in the `errors.severity` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl ErrorRow {
    /// An error row (a lost document or input).
    pub fn error(input: &str, line: Option<u64>, kind: &'static str, message: String) -> ErrorRow {
        ErrorRow {
            input: input.to_string(),
            line,
            doc_id: None,
            kind,
            severity: Severity::Error,
            message,
        }
    }

    /// A warning row about a kept document.
    pub fn warning(
        input: &str,
        line: Option<u64>,
        doc_id: &str,
        kind: &'static str,
        message: String,
    ) -> ErrorRow {
        ErrorRow {
            input: input.to_string(),
            line,
            doc_id: Some(doc_id.to_string()),
            kind,
            severity: Severity::Warning,
            message,
        }
    }
}

/// What ingest yields: a document, or a row for the `errors` table.
#[derive(Debug)]
pub enum Item {
    /// A document read from the input.
    Doc(Box<Document>),
    /// A problem with the input.
    Error(ErrorRow),
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Which fields hold text, id, date, source and title.
    pub fields: FieldNames,
    /// Format for stdin and files with an unknown extension, instead of
    /// sniffing the content.
    pub format: Option<Format>,
    /// Finds the publication date stated in a text, for documents whose
    /// metadata has none (the dates extractor provides it).
    pub date_in_text: Option<fn(&str) -> Option<jiff::civil::Date>>,
    /// Raw input bytes read so far (for a progress bar), if wanted.
    pub bytes_read: Option<std::sync::Arc<std::sync::atomic::AtomicU64>>,
}

impl Default for IngestOptions {
    /// Default field names, format by extension or content, and the
    /// publication date taken from the text when metadata has none.
    fn default() -> IngestOptions {
        IngestOptions {
            fields: FieldNames::default(),
            format: None,
            date_in_text: Some(crate::extract::dates::publication_date_in_text),
            bytes_read: None,
        }
    }
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

impl Source {
    /// The name used in `input` columns and messages.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }

    /// Size in bytes on disk (0 for stdin or when unknown).
    pub fn len(&self) -> u64 {
        match self {
            Source::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        }
    }

    /// Whether the source is known to be empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Expands inputs into sources: files as given, directories recursively
/// (supported extensions only, in sorted order), glob patterns, and `-`.
/// Inputs that match nothing become error rows.
pub fn expand(inputs: &[String]) -> (Vec<Source>, Vec<ErrorRow>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = Path::new(input);
        if path.is_dir() {
            let before = sources.len();
            walk_dir(path, &mut sources, &mut errors);
            if sources.len() == before {
                errors.push(ErrorRow::error(
                    input,
                    None,
                    "no_supported_files",
                    format!(
                        "directory {input} holds no supported file ({})",
                        Format::EXTENSIONS.join(", ")
                    ),
                ));
            }
        } else if path.exists() || path.is_symlink() || !is_glob(input) {
            // A missing or unreadable file is reported when it is opened.
            sources.push(Source::File(path.to_path_buf()));
        } else {
            let before = sources.len();
            match glob::glob(input) {
                Ok(paths) => {
                    let mut found: Vec<PathBuf> = paths.filter_map(Result::ok).collect();
                    found.sort();
                    for p in found {
                        if p.is_dir() {
                            walk_dir(&p, &mut sources, &mut errors);
                        } else {
                            sources.push(Source::File(p));
                        }
                    }
                }
                Err(e) => errors.push(ErrorRow::error(
                    input,
                    None,
                    "no_match",
                    format!("bad glob pattern {input}: {e}"),
                )),
            }
            if sources.len() == before {
                errors.push(ErrorRow::error(
                    input,
                    None,
                    "no_match",
                    format!("pattern {input} matches no file"),
                ));
            }
        }
    }
    (sources, errors)
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

fn walk_dir(dir: &Path, sources: &mut Vec<Source>, errors: &mut Vec<ErrorRow>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                if Format::from_path(e.path()).is_some() {
                    sources.push(Source::File(e.into_path()));
                }
            }
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                // A dangling link with a supported name is a file that
                // cannot be read; other walk errors are reported as well.
                errors.push(ErrorRow::error(
                    &path.display().to_string(),
                    None,
                    "read_error",
                    format!("cannot read {}: {e}", path.display()),
                ));
            }
        }
    }
}

/// Reads one source, sending every document and error row to `sink`.
/// Never fails: problems become error rows.
pub fn read_source(source: &Source, opts: &IngestOptions, sink: &mut dyn FnMut(Item)) {
    let name = source.name();
    let raw = match open::open_raw(source, opts.bytes_read.as_ref()) {
        Ok(r) => r,
        Err(e) => {
            sink(Item::Error(ErrorRow::error(
                &name,
                None,
                "read_error",
                format!("cannot read {name}: {e}"),
            )));
            return;
        }
    };
    let format = match source {
        Source::File(p) => Format::from_path(p).or(opts.format),
        Source::Stdin => opts.format,
    };
    read_stored(raw, &name, format, opts, sink);
}

/// Reads one input held in memory exactly as [`read_source`] reads a file
/// named `name` with these bytes: compression recognised by its magic
/// bytes, the format from the name's extension (else `opts.format`, else
/// the content). For programs that get their inputs as bytes (the Python
/// package, a Spark job reading `binaryFile`s).
pub fn read_bytes(name: &str, data: &[u8], opts: &IngestOptions, sink: &mut dyn FnMut(Item)) {
    let format = Format::from_path(Path::new(name)).or(opts.format);
    read_stored(Box::new(data), name, format, opts, sink);
}

/// Reads an input as stored (maybe compressed).
fn read_stored<'a>(
    mut raw: Box<dyn BufRead + 'a>,
    name: &str,
    format: Option<Format>,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Item),
) {
    if format == Some(Format::Warc) {
        // Member by member, so that damage costs one record (see warc.rs).
        formats::read_warc_members(&mut raw, name, opts, sink);
        return;
    }
    let cut = std::sync::atomic::AtomicBool::new(false);
    let reader = match open::decompress(raw, &cut) {
        Ok(r) => r,
        Err(e) => {
            sink(Item::Error(ErrorRow::error(
                name,
                None,
                io_kind(&e),
                format!("cannot read {name}: {e}"),
            )));
            return;
        }
    };
    let mut lost = false;
    formats::read(reader, name, format, opts, &cut, &mut |item| {
        lost |= matches!(&item, Item::Error(e) if e.kind == "truncated");
        sink(item)
    });
    if cut.load(std::sync::atomic::Ordering::Relaxed) && !lost {
        let mut row = ErrorRow::error(
            name,
            None,
            "truncated",
            format!(
                "{name}: the compressed stream ends early (its trailer is missing or cut), \
                 so its checksum could not be checked; every document that decoded was kept"
            ),
        );
        row.severity = Severity::Warning;
        sink(Item::Error(row));
    }
}

/// Reads every source in order (convenience over [`read_source`]).
pub fn read_all(sources: &[Source], opts: &IngestOptions, sink: &mut dyn FnMut(Item)) {
    for s in sources {
        read_source(s, opts, sink);
    }
}

/// Classifies an I/O error from a decoder: a stream that ends early is
/// `truncated`, anything else `read_error`.
fn io_kind(e: &io::Error) -> &'static str {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        return "truncated";
    }
    let message = e.to_string();
    if ["incomplete", "corrupt", "unexpected end"]
        .iter()
        .any(|m| message.contains(m))
    {
        "truncated"
    } else {
        "read_error"
    }
}
