//! Reading whole inputs held in memory, exactly as `claimscan scan` reads
//! a file of the same name: compression recognised by its magic bytes, the
//! format from the name's extension (JSONL, JSON, CSV, HTML, text,
//! Markdown, WARC), ids, `input` values, dates and error rows as the scan
//! gives them. The Spark job (`claimscan.spark`) reads its `binaryFile`
//! inputs through this, so that its tables equal a local scan's.
//!
//! The result is one Arrow batch of *items*, in input order: a document
//! (`text` set, `kind` null) or an `errors` row (`kind` set, `text` null).

use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{Field, Schema};
use claimscan::ingest::{ErrorRow, FieldNames, Format, IngestOptions, Item};
use claimscan::Document;

use crate::tables::{self, Col, Get};

/// One item of an input: a document, or an errors row.
pub enum ReadItem {
    Doc {
        doc: Box<Document>,
        line: Option<u64>,
    },
    Error(ErrorRow),
}

/// The columns of `read_documents`' batch: the document's metadata, its
/// text, then the errors row's kind, severity and message (`input`,
/// `line` and `doc_id` are shared).
fn columns() -> Vec<Col<ReadItem>> {
    use Get::{Date as Day, Str, U64};
    fn doc(r: &ReadItem) -> Option<&Document> {
        match r {
            ReadItem::Doc { doc, .. } => Some(doc),
            ReadItem::Error(_) => None,
        }
    }
    fn error(r: &ReadItem) -> Option<&ErrorRow> {
        match r {
            ReadItem::Error(e) => Some(e),
            ReadItem::Doc { .. } => None,
        }
    }
    vec![
        Col {
            name: "doc_id",
            get: Str(|r| match r {
                ReadItem::Doc { doc, .. } => Some(&doc.doc_id),
                ReadItem::Error(e) => e.doc_id.as_deref(),
            }),
        },
        Col {
            name: "input",
            get: Str(|r| match r {
                ReadItem::Doc { doc, .. } => Some(&doc.input),
                ReadItem::Error(e) => Some(&e.input),
            }),
        },
        Col {
            name: "line",
            get: U64(|r| match r {
                ReadItem::Doc { line, .. } => *line,
                ReadItem::Error(e) => e.line,
            }),
        },
        Col {
            name: "source",
            get: Str(|r| doc(r)?.source.as_deref()),
        },
        Col {
            name: "title",
            get: Str(|r| doc(r)?.title.as_deref()),
        },
        Col {
            name: "published",
            get: Day(|r| doc(r)?.published),
        },
        Col {
            name: "published_from",
            get: Str(|r| Some(doc(r)?.published_from.as_str())),
        },
        Col {
            name: "text",
            get: Str(|r| Some(&doc(r)?.text)),
        },
        Col {
            name: "kind",
            get: Str(|r| Some(error(r)?.kind)),
        },
        Col {
            name: "severity",
            get: Str(|r| Some(error(r)?.severity.as_str())),
        },
        Col {
            name: "message",
            get: Str(|r| Some(&error(r)?.message)),
        },
    ]
}

/// The fields of [`read`]'s batch.
pub fn fields() -> Vec<Field> {
    tables::fields(&columns(), &[])
        .iter()
        .map(|f| f.as_ref().clone())
        .collect()
}

/// The field names to look for (`None`: the scan's defaults) and the
/// format for a name without a known extension.
pub struct Options<'a> {
    pub text: Option<&'a str>,
    pub id: Option<&'a str>,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
    pub title: Option<&'a str>,
    pub format: Option<&'a str>,
}

/// Reads `data` as the scan reads a file named `name`: one row per
/// document or errors row.
///
/// # Errors
/// Only an unknown `format` name.
pub fn read(name: &str, data: &[u8], options: &Options) -> Result<RecordBatch, String> {
    let format = match options.format {
        None => None,
        Some(f) => Some(Format::from_name(f).ok_or_else(|| {
            format!(
                "unknown input format {f:?} (one of: {})",
                Format::EXTENSIONS.join(", ")
            )
        })?),
    };
    let opts = IngestOptions {
        fields: FieldNames::default().with_overrides(
            options.text,
            options.id,
            options.date,
            options.source,
            options.title,
        ),
        format,
        ..IngestOptions::default()
    };
    let mut items = Vec::new();
    claimscan::ingest::read_bytes(name, data, &opts, &mut |item| {
        items.push(match item {
            Item::Doc(doc) => {
                let line = line_of(name, &doc.input);
                ReadItem::Doc { doc, line }
            }
            Item::Error(e) => ReadItem::Error(e),
        })
    });
    let cols = columns();
    let arrays: Vec<ArrayRef> = tables::arrays(&cols, &[], &items);
    RecordBatch::try_new(Arc::new(Schema::new(fields())), arrays).map_err(|e| e.to_string())
}

/// The line of a document whose `input` is `NAME:LINE` (JSONL, CSV, JSON
/// arrays), as the scan's error rows give it; None for whole-file
/// documents.
fn line_of(name: &str, input: &str) -> Option<u64> {
    input.strip_prefix(name)?.strip_prefix(':')?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::line_of;

    #[test]
    fn lines_of_inputs() {
        assert_eq!(line_of("a.jsonl", "a.jsonl:12"), Some(12));
        assert_eq!(line_of("a:b.jsonl", "a:b.jsonl:3"), Some(3));
        assert_eq!(line_of("a.html", "a.html"), None);
        assert_eq!(line_of("a.warc", "a.warc:x"), None);
        assert_eq!(line_of("a.jsonl", "b.jsonl:1"), None);
    }
}
