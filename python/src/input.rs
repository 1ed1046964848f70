//! Reading the columns of an input batch: texts, ids, dates, sources and
//! titles of whatever Arrow type a caller's table holds them in.
//!
//! A column of a type that cannot hold its field (a text column of
//! integers) is the caller's mistake and is refused as a whole; a value
//! that is bad (a null text, invalid UTF-8, a date that cannot be read) is
//! the row's problem and becomes that row's error or warning.

use std::borrow::Cow;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Date64Type, Int16Type, Int32Type, Int64Type, Int8Type, TimestampMicrosecondType,
    TimestampMillisecondType, TimestampNanosecondType, TimestampSecondType, UInt16Type, UInt32Type,
    UInt64Type, UInt8Type,
};
use arrow_array::{Array, ArrayRef};
use arrow_schema::{DataType, TimeUnit};
use jiff::civil::Date;

/// One value of a text-like column.
pub enum Value<'a> {
    /// Null.
    Null,
    /// A string (decoded lossily when the column is binary; `lossy` says so).
    Text { text: Cow<'a, str>, lossy: bool },
    /// A date (date and timestamp columns; timestamps give their UTC date,
    /// or their wall-clock date when they have no time zone).
    Day(Option<Date>),
}

/// A column of the input batch, read row by row.
pub struct Column<'a> {
    array: &'a dyn Array,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Utf8,
    LargeUtf8,
    Utf8View,
    Binary,
    LargeBinary,
    BinaryView,
    Int,
    Date32,
    Date64,
    Timestamp(TimeUnit),
    Null,
}

/// What a column is used for: which types it may have.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Text, source, title: strings (or bytes).
    Text,
    /// The id: strings or integers.
    Id,
    /// The publication date: strings, dates or timestamps.
    Date,
}

impl<'a> Column<'a> {
    /// Reads `array` as a column for `role`.
    ///
    /// # Errors
    /// A message naming the column and its type when the type cannot hold
    /// the field.
    pub fn new(name: &str, array: &'a ArrayRef, role: Role) -> Result<Column<'a>, String> {
        let kind = match array.data_type() {
            DataType::Utf8 => Kind::Utf8,
            DataType::LargeUtf8 => Kind::LargeUtf8,
            DataType::Utf8View => Kind::Utf8View,
            DataType::Binary => Kind::Binary,
            DataType::LargeBinary => Kind::LargeBinary,
            DataType::BinaryView => Kind::BinaryView,
            DataType::Null => Kind::Null,
            DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::UInt8
            | DataType::UInt16
            | DataType::UInt32
            | DataType::UInt64
                if role == Role::Id =>
            {
                Kind::Int
            }
            DataType::Date32 if role == Role::Date => Kind::Date32,
            DataType::Date64 if role == Role::Date => Kind::Date64,
            DataType::Timestamp(unit, _) if role == Role::Date => Kind::Timestamp(*unit),
            other => {
                let wanted = match role {
                    Role::Text => "a string column",
                    Role::Id => "a string or integer column",
                    Role::Date => "a string, date or timestamp column",
                };
                return Err(format!(
                    "column {name:?} is of type {other}; expected {wanted}"
                ));
            }
        };
        Ok(Column {
            array: array.as_ref(),
            kind,
        })
    }

    /// The value of row `i`.
    pub fn get(&self, i: usize) -> Value<'a> {
        if i >= self.array.len() || self.array.is_null(i) {
            return Value::Null;
        }
        let a = self.array;
        let text = |s: &'a str| Value::Text {
            text: Cow::Borrowed(s),
            lossy: false,
        };
        let bytes = |b: &'a [u8]| match String::from_utf8_lossy(b) {
            Cow::Borrowed(s) => text(s),
            owned => Value::Text {
                text: owned,
                lossy: true,
            },
        };
        match self.kind {
            Kind::Utf8 => text(a.as_string::<i32>().value(i)),
            Kind::LargeUtf8 => text(a.as_string::<i64>().value(i)),
            Kind::Utf8View => text(a.as_string_view().value(i)),
            Kind::Binary => bytes(a.as_binary::<i32>().value(i)),
            Kind::LargeBinary => bytes(a.as_binary::<i64>().value(i)),
            Kind::BinaryView => bytes(a.as_binary_view().value(i)),
            Kind::Int => Value::Text {
                text: Cow::Owned(integer(a, i)),
                lossy: false,
            },
            Kind::Date32 => Value::Day(from_days(i64::from(
                a.as_primitive::<Date32Type>().value(i),
            ))),
            Kind::Date64 => Value::Day(from_millis(a.as_primitive::<Date64Type>().value(i), 1)),
            Kind::Timestamp(unit) => {
                let (v, per_ms) = match unit {
                    TimeUnit::Second => (a.as_primitive::<TimestampSecondType>().value(i), 0),
                    TimeUnit::Millisecond => {
                        (a.as_primitive::<TimestampMillisecondType>().value(i), 1)
                    }
                    TimeUnit::Microsecond => {
                        (a.as_primitive::<TimestampMicrosecondType>().value(i), 1_000)
                    }
                    TimeUnit::Nanosecond => (
                        a.as_primitive::<TimestampNanosecondType>().value(i),
                        1_000_000,
                    ),
                };
                Value::Day(from_millis(v, per_ms))
            }
            Kind::Null => Value::Null,
        }
    }
}

/// The integer of row `i` as written in decimal.
fn integer(a: &dyn Array, i: usize) -> String {
    match a.data_type() {
        DataType::Int8 => a.as_primitive::<Int8Type>().value(i).to_string(),
        DataType::Int16 => a.as_primitive::<Int16Type>().value(i).to_string(),
        DataType::Int32 => a.as_primitive::<Int32Type>().value(i).to_string(),
        DataType::Int64 => a.as_primitive::<Int64Type>().value(i).to_string(),
        DataType::UInt8 => a.as_primitive::<UInt8Type>().value(i).to_string(),
        DataType::UInt16 => a.as_primitive::<UInt16Type>().value(i).to_string(),
        DataType::UInt32 => a.as_primitive::<UInt32Type>().value(i).to_string(),
        DataType::UInt64 => a.as_primitive::<UInt64Type>().value(i).to_string(),
        _ => String::new(),
    }
}

/// The date `days` after 1970-01-01 (None when out of jiff's range).
fn from_days(days: i64) -> Option<Date> {
    let secs = days.checked_mul(86_400)?;
    jiff::civil::date(1970, 1, 1)
        .checked_add(jiff::SignedDuration::from_secs(secs))
        .ok()
}

/// The date of a time `v` counted in units of which there are `per_ms` to a
/// millisecond (0: seconds).
fn from_millis(v: i64, per_ms: i64) -> Option<Date> {
    let secs = if per_ms == 0 {
        v
    } else {
        v.div_euclid(per_ms).div_euclid(1_000)
    };
    from_days(secs.div_euclid(86_400))
}
