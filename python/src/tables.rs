//! The scan tables as Arrow columns: one list of columns per table, the
//! only place that names them.
//!
//! Each table is a list of [`Col`]s: a name and a getter whose variant
//! fixes the Arrow type. Adding a column to a table is one line here (and
//! the Python test `test_schema.py` fails until it is added, because it
//! compares these tables with the Parquet files of a real scan).
//!
//! Types follow the scan's Parquet files: byte offsets and sizes `uint64`,
//! counts `uint32`, dates `date32`, figures `double`. Strings are
//! `large_string`: the type polars writes at its most compatible level,
//! readable by every pyarrow from 14 on, and large enough for a batch
//! whose claims repeat long sentences.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, LargeStringBuilder, UInt32Builder,
    UInt64Builder,
};
use arrow_array::ArrayRef;
use arrow_schema::{DataType, Field, Fields};
use claimscan::extract::{Claim, DateMention, Entity, Extraction, Quote};
use claimscan::ingest::ErrorRow;
use claimscan::Document;
use jiff::civil::Date;

/// A string-valued getter (the value borrows from the row's data).
type GetStr<R> = for<'r> fn(&'r R) -> Option<&'r str>;

/// How a column reads its value from a row; the variant is its Arrow type.
pub enum Get<R> {
    /// `large_string`.
    Str(GetStr<R>),
    /// `uint64`.
    U64(fn(&R) -> Option<u64>),
    /// `uint32`.
    U32(fn(&R) -> Option<u32>),
    /// `int64`.
    I64(fn(&R) -> Option<i64>),
    /// `double`.
    F64(fn(&R) -> Option<f64>),
    /// `bool`.
    Bool(fn(&R) -> Option<bool>),
    /// `date32` (days since 1970-01-01).
    Date(fn(&R) -> Option<Date>),
}

/// One column of a table.
pub struct Col<R> {
    pub name: &'static str,
    pub get: Get<R>,
}

const fn col<R>(name: &'static str, get: Get<R>) -> Col<R> {
    Col { name, get }
}

use Get::{Bool, Date as Day, Str, F64, I64, U32, U64};

/// One extracted row (a claim, a date, ...) with the document and the
/// extraction it belongs to.
pub struct Row<'a, T> {
    pub doc: &'a Document,
    pub ex: &'a Extraction,
    pub item: &'a T,
}

/// One article: the document, and its extraction unless it could not be
/// extracted (an `error` row of `extract_batch`).
pub struct Article<'a> {
    pub doc: &'a Document,
    pub ex: Option<&'a Extraction>,
}

fn at(n: usize) -> Option<u64> {
    u64::try_from(n).ok()
}

fn count(ex: Option<&Extraction>, n: fn(&Extraction) -> usize) -> Option<u32> {
    ex.map(|ex| u32::try_from(n(ex)).unwrap_or(u32::MAX))
}

impl<T> Row<'_, T> {
    /// The text and start of sentence `i` (the claim's sentence).
    fn sentence(&self, i: usize) -> Option<(&str, usize)> {
        let s = self.ex.sentences.get(i)?;
        Some((self.doc.text.get(s.start..s.end).unwrap_or(""), s.start))
    }
}

/// `articles`: one row per document.
pub fn articles<'a>() -> Vec<Col<Article<'a>>> {
    vec![
        col("doc_id", Str(|r| Some(&r.doc.doc_id))),
        col("input", Str(|r| Some(&r.doc.input))),
        col("source", Str(|r| r.doc.source.as_deref())),
        col("title", Str(|r| r.doc.title.as_deref())),
        col("published", Day(|r| r.doc.published)),
        col(
            "published_from",
            Str(|r| Some(r.doc.published_from.as_str())),
        ),
        col("bytes", U64(|r| r.ex.and_then(|_| at(r.doc.text.len())))),
        col("n_claims", U32(|r| count(r.ex, |e| e.claims.len()))),
        col("n_dates", U32(|r| count(r.ex, |e| e.dates.len()))),
        col("n_entities", U32(|r| count(r.ex, |e| e.entities.len()))),
        col("n_quotes", U32(|r| count(r.ex, |e| e.quotes.len()))),
        col("n_sentences", U32(|r| count(r.ex, |e| e.sentences.len()))),
        col("off_topic", Bool(|r| r.ex.map(|e| e.off_topic))),
    ]
}

/// `claims`: numeric claims.
pub fn claims<'a>() -> Vec<Col<Row<'a, Claim>>> {
    vec![
        col("doc_id", Str(|r| Some(&r.doc.doc_id))),
        col("start", U64(|r| at(r.item.start))),
        col("end", U64(|r| at(r.item.end))),
        col("surface", Str(|r| Some(&r.item.surface))),
        col("value", F64(|r| r.item.value)),
        col("lo", F64(|r| r.item.lo)),
        col("hi", F64(|r| r.item.hi)),
        col("qualifier", Str(|r| Some(r.item.qualifier))),
        col("rounding", F64(|r| r.item.rounding)),
        col("unit", Str(|r| r.item.unit.as_deref())),
        col("noun", Str(|r| r.item.noun.as_deref())),
        col("category", Str(|r| r.item.category)),
        col("change", Str(|r| r.item.change)),
        col("change_role", Str(|r| r.item.change_role)),
        col("period", Str(|r| r.item.period.as_deref())),
        col("speaker", Str(|r| r.item.speaker.as_deref())),
        col("ordinal", I64(|r| r.item.ordinal)),
        col("counted", Str(|r| r.item.counted.as_deref())),
        col("event", Str(|r| r.item.event)),
        col("scope", Str(|r| Some(r.item.scope))),
        col("holder", Str(|r| r.item.holder.as_deref())),
        col("measure", Str(|r| r.item.measure)),
        col("whole", F64(|r| r.item.whole)),
        col("perpetrator", Str(|r| r.item.perpetrator)),
        col("comparable", Bool(|r| Some(r.item.comparable))),
        col("boilerplate", Bool(|r| Some(r.item.boilerplate))),
        col(
            "sentence",
            Str(|r| Some(r.sentence(r.item.sentence).map_or("", |s| s.0))),
        ),
        col(
            "sentence_start",
            U64(|r| at(r.sentence(r.item.sentence).map_or(r.item.start, |s| s.1))),
        ),
    ]
}

/// `dates`: date and time expressions.
pub fn dates<'a>() -> Vec<Col<Row<'a, DateMention>>> {
    vec![
        col("doc_id", Str(|r| Some(&r.doc.doc_id))),
        col("start", U64(|r| at(r.item.start))),
        col("end", U64(|r| at(r.item.end))),
        col("surface", Str(|r| Some(&r.item.surface))),
        col("kind", Str(|r| Some(r.item.kind))),
        col("value", Str(|r| Some(&r.item.value))),
        col("granularity", Str(|r| Some(r.item.granularity))),
        col("date", Day(|r| r.item.date)),
        col("relative", Bool(|r| Some(r.item.relative))),
        col("anchor", Day(|r| r.item.anchor)),
        col("modifier", Str(|r| r.item.modifier)),
    ]
}

/// `entities`: people, organisations and places.
pub fn entities<'a>() -> Vec<Col<Row<'a, Entity>>> {
    vec![
        col("doc_id", Str(|r| Some(&r.doc.doc_id))),
        col("start", U64(|r| at(r.item.start))),
        col("end", U64(|r| at(r.item.end))),
        col("surface", Str(|r| Some(&r.item.surface))),
        col("kind", Str(|r| Some(r.item.kind))),
        col("canonical", Str(|r| Some(&r.item.canonical))),
        col("role", Str(|r| r.item.role.as_deref())),
        col("role_org", Str(|r| r.item.role_org.as_deref())),
    ]
}

/// `quotes`: direct quotes and their speakers.
pub fn quotes<'a>() -> Vec<Col<Row<'a, Quote>>> {
    vec![
        col("doc_id", Str(|r| Some(&r.doc.doc_id))),
        col("start", U64(|r| at(r.item.start))),
        col("end", U64(|r| at(r.item.end))),
        col("text", Str(|r| Some(&r.item.text))),
        col("speaker", Str(|r| r.item.speaker.as_deref())),
        col("speaker_start", U64(|r| r.item.speaker_start.and_then(at))),
        col("speaker_end", U64(|r| r.item.speaker_end.and_then(at))),
    ]
}

/// `errors`: documents that could not be read, and warnings.
pub fn errors() -> Vec<Col<ErrorRow>> {
    vec![
        col("input", Str(|r| Some(&r.input))),
        col("line", U64(|r| r.line)),
        col("doc_id", Str(|r| r.doc_id.as_deref())),
        col("kind", Str(|r| Some(r.kind))),
        col("severity", Str(|r| Some(r.severity.as_str()))),
        col("message", Str(|r| Some(&r.message))),
    ]
}

impl<R> Get<R> {
    /// The Arrow type of the column.
    pub fn data_type(&self) -> DataType {
        match self {
            Str(_) => DataType::LargeUtf8,
            U64(_) => DataType::UInt64,
            U32(_) => DataType::UInt32,
            I64(_) => DataType::Int64,
            F64(_) => DataType::Float64,
            Bool(_) => DataType::Boolean,
            Day(_) => DataType::Date32,
        }
    }
}

/// The fields of `cols`, without those named in `skip`. Every field is
/// nullable, as in the scan's files.
pub fn fields<R>(cols: &[Col<R>], skip: &[&str]) -> Fields {
    cols.iter()
        .filter(|c| !skip.contains(&c.name))
        .map(|c| Field::new(c.name, c.get.data_type(), true))
        .collect()
}

/// Days since 1970-01-01 (Arrow's `date32`).
pub fn epoch_days(d: Date) -> Option<i32> {
    let secs = d.duration_since(jiff::civil::date(1970, 1, 1)).as_secs();
    i32::try_from(secs.div_euclid(86_400)).ok()
}

/// The arrays of `cols` (less those named in `skip`) over `rows`.
pub fn arrays<R>(cols: &[Col<R>], skip: &[&str], rows: &[R]) -> Vec<ArrayRef> {
    let n = rows.len();
    cols.iter()
        .filter(|c| !skip.contains(&c.name))
        .map(|c| -> ArrayRef {
            match &c.get {
                Str(f) => {
                    let bytes = rows.iter().map(|r| f(r).map_or(0, str::len)).sum();
                    let mut b = LargeStringBuilder::with_capacity(n, bytes);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                U64(f) => {
                    let mut b = UInt64Builder::with_capacity(n);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                U32(f) => {
                    let mut b = UInt32Builder::with_capacity(n);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                I64(f) => {
                    let mut b = Int64Builder::with_capacity(n);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                F64(f) => {
                    let mut b = Float64Builder::with_capacity(n);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                Bool(f) => {
                    let mut b = BooleanBuilder::with_capacity(n);
                    rows.iter().for_each(|r| b.append_option(f(r)));
                    Arc::new(b.finish())
                }
                Day(f) => {
                    let mut b = Date32Builder::with_capacity(n);
                    rows.iter()
                        .for_each(|r| b.append_option(f(r).and_then(epoch_days)));
                    Arc::new(b.finish())
                }
            }
        })
        .collect()
}

/// The rows of one kind of item (`claims`, `dates`, ...) of several
/// extractions, in order.
pub fn rows<'a, T>(
    docs: impl IntoIterator<Item = (&'a Document, &'a Extraction)>,
    items: fn(&'a Extraction) -> &'a [T],
) -> Vec<Row<'a, T>> {
    docs.into_iter()
        .flat_map(|(doc, ex)| items(ex).iter().map(move |item| Row { doc, ex, item }))
        .collect()
}
