//! `claimscan._claimscan`: the native half of the Python package.
//!
//! It runs claimscan's extraction core (no polars) on texts handed over
//! from Python and returns Arrow data through the C data interface, so
//! nothing is copied through Python objects. `claimscan/__init__.py`
//! wraps these functions with the documented Python API (argument
//! defaults, `datetime` dates, pyarrow Tables and pandas frames).
//!
//! Bad values never raise: a row whose text is null, empty or too large
//! comes back with an `error`, a date that cannot be read with a
//! `warning`, and every other row is extracted. Only a call that cannot
//! mean anything raises (a missing column, a column of the wrong type).

mod input;
mod read;
mod tables;

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use arrow_array::{ArrayRef, LargeStringArray, ListArray, RecordBatch, StructArray};
use arrow_buffer::{NullBuffer, OffsetBuffer, ScalarBuffer};
use arrow_pyarrow::{IntoPyArrow, PyArrowType, Table, ToPyArrow};
use arrow_schema::{DataType, Field, Fields, Schema};
use claimscan::extract::Extraction;
use claimscan::ingest::{set_published, ErrorRow, IngestOptions};
use claimscan::Document;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use input::{Column, Role, Value};
use tables::{Article, Col, Row};

/// Texts larger than this many bytes (4 MiB) are not extracted by
/// `extract_batch` unless the caller raises `max_bytes`. A news article is
/// a hundredth of that (Common Crawl cuts its records at 1 MiB); a larger
/// "text" is a page dump, and extraction time grows faster than the size
/// of one document (entities are resolved across the whole text), so one
/// such row could stall a worker for minutes.
const MAX_TEXT_BYTES: usize = 4 << 20;

/// The tables' names, in the scan's order.
const TABLES: [&str; 6] = [
    "articles", "claims", "dates", "entities", "quotes", "errors",
];

/// The item tables, which `extract_batch` returns as list columns.
const ITEMS: [&str; 4] = ["claims", "dates", "entities", "quotes"];

fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// A record batch of `cols` over `rows`.
fn batch<R>(cols: &[Col<R>], rows: &[R]) -> Result<RecordBatch, String> {
    let schema = Arc::new(Schema::new(tables::fields(cols, &[])));
    RecordBatch::try_new(schema, tables::arrays(cols, &[], rows)).map_err(|e| e.to_string())
}

/// The six tables of a run of documents, as record batches in [`TABLES`]
/// order. `docs` pairs each extracted document with its extraction.
fn table_batches(
    docs: &[(&Document, &Extraction)],
    errors: &[ErrorRow],
) -> Result<Vec<RecordBatch>, String> {
    let articles: Vec<Article> = docs
        .iter()
        .map(|(doc, ex)| Article { doc, ex: Some(ex) })
        .collect();
    let each = || docs.iter().copied();
    Ok(vec![
        batch(&tables::articles(), &articles)?,
        batch(&tables::claims(), &tables::rows(each(), |e| &e.claims))?,
        batch(&tables::dates(), &tables::rows(each(), |e| &e.dates))?,
        batch(&tables::entities(), &tables::rows(each(), |e| &e.entities))?,
        batch(&tables::quotes(), &tables::rows(each(), |e| &e.quotes))?,
        batch(&tables::errors(), errors)?,
    ])
}

/// The rows of each table for one text, as a dict of `pyarrow.Table`.
/// `published` is an ISO date or anything the scan reads in a date field.
#[pyfunction]
#[pyo3(signature = (text, published=None, doc_id=None))]
fn extract<'py>(
    py: Python<'py>,
    text: &str,
    published: Option<&str>,
    doc_id: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let id = doc_id.unwrap_or("text");
    let mut doc = Document {
        doc_id: id.to_string(),
        input: id.to_string(),
        text: text.to_string(),
        ..Document::default()
    };
    let batches = py
        .detach(|| {
            let mut errors = Vec::new();
            if doc.text.trim().is_empty() {
                let mut row = ErrorRow::error(id, None, "empty", "the text is empty".into());
                row.doc_id = Some(id.to_string());
                errors.push(row);
                return table_batches(&[], &errors);
            }
            if let Some(message) = set_published(&mut doc, published, &IngestOptions::default()) {
                errors.push(ErrorRow::warning(id, None, id, "bad_date", message));
            }
            let ex = claimscan::extract(&doc);
            table_batches(&[(&doc, &ex)], &errors)
        })
        .map_err(value_error)?;
    let out = PyDict::new(py);
    for (name, b) in TABLES.into_iter().zip(batches) {
        let table = Table::try_new(vec![b.clone()], b.schema()).map_err(value_error)?;
        out.set_item(name, table.into_pyarrow(py)?)?;
    }
    Ok(out)
}

/// The schema of each table, as a dict of `pyarrow.Schema`.
#[pyfunction]
fn schemas(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let out = PyDict::new(py);
    for (name, fields) in TABLES.into_iter().zip(table_fields()) {
        out.set_item(name, Schema::new(fields).to_pyarrow(py)?)?;
    }
    Ok(out)
}

/// The fields of each table, in [`TABLES`] order.
fn table_fields() -> [Fields; 6] {
    [
        tables::fields(&tables::articles(), &[]),
        tables::fields(&tables::claims(), &[]),
        tables::fields(&tables::dates(), &[]),
        tables::fields(&tables::entities(), &[]),
        tables::fields(&tables::quotes(), &[]),
        tables::fields(&tables::errors(), &[]),
    ]
}

/// The schema of `extract_batch`'s result.
#[pyfunction]
fn batch_schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    Schema::new(batch_fields()).to_pyarrow(py)
}

/// `extract_batch`'s columns: the articles table's, then one list of
/// structs per item table (its columns less `doc_id`), then `error` and
/// `warning`.
fn batch_fields() -> Vec<Field> {
    let [articles, _, _, _, _, _] = table_fields();
    let mut out: Vec<Field> = articles.iter().map(|f| f.as_ref().clone()).collect();
    for (name, fields) in ITEMS.into_iter().zip(item_fields()) {
        out.push(Field::new(name, list_type(fields), true));
    }
    out.push(Field::new("error", DataType::LargeUtf8, true));
    out.push(Field::new("warning", DataType::LargeUtf8, true));
    out
}

fn item_fields() -> [Fields; 4] {
    let skip = ["doc_id"];
    [
        tables::fields(&tables::claims(), &skip),
        tables::fields(&tables::dates(), &skip),
        tables::fields(&tables::entities(), &skip),
        tables::fields(&tables::quotes(), &skip),
    ]
}

fn list_type(fields: Fields) -> DataType {
    DataType::List(Arc::new(Field::new_list_field(
        DataType::Struct(fields),
        true,
    )))
}

/// One input row: its document, and its extraction unless it has an error.
struct Outcome {
    doc: Document,
    ex: Option<Extraction>,
    error: Option<String>,
    warnings: Vec<String>,
}

/// Names of the input columns `extract_batch` reads.
struct Names<'a> {
    text: &'a str,
    id: Option<&'a str>,
    published: Option<&'a str>,
    source: Option<&'a str>,
    title: Option<&'a str>,
}

/// One row per article of `batch`, with the articles table's columns, the
/// claims, dates, entities and quotes as lists of structs, and `error` /
/// `warning` (null when there is none). `text` names the text column; the
/// other names may be None (no such column).
#[pyfunction]
#[pyo3(signature = (batch, text, id=None, published=None, source=None, title=None, max_bytes=MAX_TEXT_BYTES))]
#[allow(clippy::too_many_arguments)]
fn extract_batch(
    py: Python<'_>,
    batch: PyArrowType<RecordBatch>,
    text: &str,
    id: Option<&str>,
    published: Option<&str>,
    source: Option<&str>,
    title: Option<&str>,
    max_bytes: usize,
) -> PyResult<PyArrowType<RecordBatch>> {
    let names = Names {
        text,
        id,
        published,
        source,
        title,
    };
    let batch = batch.0;
    let out = py
        .detach(|| run_batch(&batch, &names, max_bytes))
        .map_err(value_error)?;
    Ok(PyArrowType(out))
}

fn run_batch(batch: &RecordBatch, names: &Names, max_bytes: usize) -> Result<RecordBatch, String> {
    let column = |name: Option<&str>, role| -> Result<Option<Column>, String> {
        let Some(name) = name else { return Ok(None) };
        let array = batch.column_by_name(name).ok_or_else(|| {
            let have: Vec<String> = batch
                .schema()
                .fields()
                .iter()
                .map(|f| f.name().clone())
                .collect();
            format!(
                "no column {name:?} in the batch (columns: {})",
                have.join(", ")
            )
        })?;
        Column::new(name, array, role).map(Some)
    };
    let text = column(Some(names.text), Role::Text)?;
    let id = column(names.id, Role::Id)?;
    let published = column(names.published, Role::Date)?;
    let source = column(names.source, Role::Text)?;
    let title = column(names.title, Role::Text)?;
    let opts = IngestOptions::default();
    let outcomes: Vec<Outcome> = (0..batch.num_rows())
        .map(|i| {
            one_row(
                i,
                [&text, &id, &published, &source, &title].map(|c| value(c, i)),
                max_bytes,
                &opts,
            )
        })
        .collect();
    batch_output(&outcomes)
}

/// Row `i` of a column, or null when there is no such column.
fn value<'a>(column: &Option<Column<'a>>, i: usize) -> Value<'a> {
    column.as_ref().map_or(Value::Null, |c| c.get(i))
}

/// Reads and extracts row `i` from its `[text, id, published, source,
/// title]` values.
fn one_row(i: usize, values: [Value; 5], max_bytes: usize, opts: &IngestOptions) -> Outcome {
    let [text, id, published, source, title] = values;
    let mut lossy = false;
    let mut string = |v: Value| match v {
        Value::Text { text, lossy: l } => {
            lossy |= l;
            Some(text.into_owned())
        }
        _ => None,
    };
    let input = format!("batch:{}", i + 1);
    let mut doc = Document {
        doc_id: string(id).unwrap_or_else(|| input.clone()),
        source: string(source).filter(|s| !s.trim().is_empty()),
        title: string(title).filter(|s| !s.trim().is_empty()),
        input,
        ..Document::default()
    };
    let mut error = None;
    match text {
        Value::Text { text, .. } if text.len() > max_bytes => {
            error = Some(format!(
                "too_large: the text is {} bytes, over the limit of {max_bytes} (max_bytes)",
                text.len()
            ));
        }
        Value::Text { text, .. } if text.trim().is_empty() => {
            error = Some("empty: the text is empty".to_string());
        }
        t @ Value::Text { .. } => doc.text = string(t).unwrap_or_default(),
        _ => error = Some("missing_text: the text is null".to_string()),
    }
    let mut warnings = Vec::new();
    if lossy {
        warnings.push("invalid_utf8: invalid UTF-8 replaced by U+FFFD".to_string());
    }
    let raw = match published {
        Value::Text { text, .. } => Some(text),
        Value::Day(Some(d)) => {
            doc.published = Some(d);
            doc.published_from = claimscan::PublishedFrom::Field;
            None
        }
        Value::Day(None) => {
            warnings.push("bad_date: the date is out of range; looking in the text instead".into());
            None
        }
        Value::Null => None,
    };
    if let Some(message) = set_published(&mut doc, raw.as_deref(), opts) {
        warnings.push(format!("bad_date: {message}"));
    }
    let mut ex = None;
    if error.is_none() {
        // Extraction must not panic on any input; should it all the same,
        // the row gets an error and the rest of the batch is kept.
        match std::panic::catch_unwind(AssertUnwindSafe(|| claimscan::extract(&doc))) {
            Ok(found) => ex = Some(found),
            Err(_) => {
                error = Some(
                    "internal: extraction failed on this text (a bug: please report it)".into(),
                )
            }
        }
    }
    Outcome {
        doc,
        ex,
        error,
        warnings,
    }
}

/// The output batch of [`extract_batch`].
fn batch_output(rows: &[Outcome]) -> Result<RecordBatch, String> {
    let articles: Vec<Article> = rows
        .iter()
        .map(|r| Article {
            doc: &r.doc,
            ex: r.ex.as_ref(),
        })
        .collect();
    let mut arrays = tables::arrays(&tables::articles(), &[], &articles);
    let done: Vec<(&Document, &Extraction)> = rows
        .iter()
        .filter_map(|r| Some((&r.doc, r.ex.as_ref()?)))
        .collect();
    let each = || done.iter().copied();
    arrays.push(list(
        rows,
        &tables::claims(),
        |e| e.claims.len(),
        &tables::rows(each(), |e| &e.claims),
    )?);
    arrays.push(list(
        rows,
        &tables::dates(),
        |e| e.dates.len(),
        &tables::rows(each(), |e| &e.dates),
    )?);
    arrays.push(list(
        rows,
        &tables::entities(),
        |e| e.entities.len(),
        &tables::rows(each(), |e| &e.entities),
    )?);
    arrays.push(list(
        rows,
        &tables::quotes(),
        |e| e.quotes.len(),
        &tables::rows(each(), |e| &e.quotes),
    )?);
    arrays.push(Arc::new(
        rows.iter()
            .map(|r| r.error.as_deref())
            .collect::<LargeStringArray>(),
    ));
    arrays.push(Arc::new(
        rows.iter()
            .map(|r| (!r.warnings.is_empty()).then(|| r.warnings.join("; ")))
            .collect::<LargeStringArray>(),
    ));
    let schema = Arc::new(Schema::new(batch_fields()));
    RecordBatch::try_new(schema, arrays).map_err(|e| e.to_string())
}

/// A list-of-structs column: for each row, its items of one table (`n`
/// counts them in an extraction), null for a row that was not extracted.
/// `items` holds every extracted row's items, in row order.
fn list<'a, T>(
    rows: &[Outcome],
    cols: &[Col<Row<'a, T>>],
    n: fn(&Extraction) -> usize,
    items: &[Row<'a, T>],
) -> Result<ArrayRef, String> {
    let skip = ["doc_id"];
    let fields = tables::fields(cols, &skip);
    let values = StructArray::try_new(fields.clone(), tables::arrays(cols, &skip, items), None)
        .map_err(|e| e.to_string())?;
    let mut offsets = Vec::with_capacity(rows.len() + 1);
    let mut end = 0i32;
    offsets.push(end);
    for r in rows {
        let len = r.ex.as_ref().map_or(0, n);
        end = i32::try_from(len)
            .ok()
            .and_then(|l| end.checked_add(l))
            .ok_or("more than 2^31 items in one batch: pass a smaller batch")?;
        offsets.push(end);
    }
    let valid = NullBuffer::from_iter(rows.iter().map(|r| r.ex.is_some()));
    let field = Arc::new(Field::new_list_field(DataType::Struct(fields), true));
    let offsets = OffsetBuffer::new(ScalarBuffer::from(offsets));
    ListArray::try_new(field, offsets, Arc::new(values), Some(valid))
        .map(|a| Arc::new(a) as ArrayRef)
        .map_err(|e| e.to_string())
}

/// Reads one whole input held in memory as `claimscan scan` reads a file
/// named `name`: one row per document or errors row (see `read.rs`).
#[pyfunction]
#[pyo3(signature = (data, name, text_field=None, id_field=None, date_field=None, source_field=None, title_field=None, input_format=None))]
#[allow(clippy::too_many_arguments)]
fn read_documents(
    py: Python<'_>,
    data: &[u8],
    name: &str,
    text_field: Option<&str>,
    id_field: Option<&str>,
    date_field: Option<&str>,
    source_field: Option<&str>,
    title_field: Option<&str>,
    input_format: Option<&str>,
) -> PyResult<PyArrowType<RecordBatch>> {
    let options = read::Options {
        text: text_field,
        id: id_field,
        date: date_field,
        source: source_field,
        title: title_field,
        format: input_format,
    };
    let out = py
        .detach(|| read::read(name, data, &options))
        .map_err(value_error)?;
    Ok(PyArrowType(out))
}

/// The schema of `read_documents`' result.
#[pyfunction]
fn documents_schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    Schema::new(read::fields()).to_pyarrow(py)
}

#[pymodule]
fn _claimscan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(schemas, m)?)?;
    m.add_function(wrap_pyfunction!(batch_schema, m)?)?;
    m.add_function(wrap_pyfunction!(read_documents, m)?)?;
    m.add_function(wrap_pyfunction!(documents_schema, m)?)?;
    m.add("MAX_TEXT_BYTES", MAX_TEXT_BYTES)?;
    m.add("TABLES", TABLES.to_vec())?;
    // How this module was compiled (the benches print it).
    m.add(
        "BUILD",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
    )?;
    let fields = claimscan::ingest::FieldNames::default();
    let names = PyDict::new(m.py());
    names.set_item("text", fields.text)?;
    names.set_item("id", fields.id)?;
    names.set_item("date", fields.date)?;
    names.set_item("source", fields.source)?;
    names.set_item("title", fields.title)?;
    m.add("FIELD_NAMES", names)?;
    m.add("EXTENSIONS", claimscan::ingest::Format::EXTENSIONS.to_vec())?;
    Ok(())
}
