//! JSONL output: one JSON object per row, keys in column order.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use polars::prelude::*;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::{Staged, TableError, TableWriter};

/// Appends frames to a JSONL file.
pub(super) struct Writer {
    staged: Staged,
    out: BufWriter<File>,
}

impl Writer {
    pub(super) fn new(staged: Staged, out: BufWriter<File>) -> Writer {
        Writer { staged, out }
    }
}

/// A polars value as JSON (dates as `YYYY-MM-DD`).
fn json_value(v: AnyValue<'_>) -> Value {
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(b),
        AnyValue::String(s) => Value::String(s.to_string()),
        AnyValue::StringOwned(s) => Value::String(s.to_string()),
        AnyValue::UInt32(x) => x.into(),
        AnyValue::UInt64(x) => x.into(),
        AnyValue::Int32(x) => x.into(),
        AnyValue::Int64(x) => x.into(),
        AnyValue::Float64(x) => serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number),
        AnyValue::Date(days) => {
            let d = jiff::civil::Date::constant(1970, 1, 1)
                .checked_add(jiff::Span::new().days(i64::from(days)));
            d.map_or(Value::Null, |d| Value::String(d.to_string()))
        }
        other => Value::String(other.to_string()),
    }
}

/// Row `row` of a frame as a JSON object, keys in column order (written
/// straight from the columns: no map, no key copied per row).
struct JsonRow<'a> {
    columns: &'a [Column],
    row: usize,
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.columns.len()))?;
        for c in self.columns {
            let v = c.get(self.row).map_or(Value::Null, json_value);
            map.serialize_entry(c.name().as_str(), &v)?;
        }
        map.end()
    }
}

impl TableWriter for Writer {
    fn write(&mut self, df: &DataFrame) -> Result<(), TableError> {
        let columns = df.columns();
        for row in 0..df.height() {
            serde_json::to_writer(&mut self.out, &JsonRow { columns, row })
                .map_err(|e| self.staged.io(e.into()))?;
            self.out.write_all(b"\n").map_err(|e| self.staged.io(e))?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, TableError> {
        let mut this = *self;
        this.out.flush().map_err(|e| this.staged.io(e))?;
        drop(this.out);
        this.staged.commit()
    }
}
