//! CSV output: a header row, then every batch appended.
//!
//! Text cells that a spreadsheet would run as a formula (starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return, as text from web pages
//! can) are written with a leading `'`, which spreadsheets read as "this
//! cell is text" and do not show; so is a text that starts with `'`
//! itself, so that the guard is undone exactly by dropping one leading `'`
//! ([`unguard`], which `report` and `sql` apply when they read a CSV
//! scan). Numeric columns, and the texts claimscan writes itself (`input`,
//! `message`), are written as they are; Parquet and JSONL keep every text
//! exactly.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use polars::prelude::*;

use super::{Staged, TableError, TableWriter};

/// Appends frames to a CSV file.
pub(super) struct Writer {
    staged: Staged,
    file: Option<BufWriter<File>>,
    inner: Option<polars::io::csv::write::BatchedWriter<BufWriter<File>>>,
}

impl Writer {
    pub(super) fn new(staged: Staged, file: BufWriter<File>) -> Writer {
        Writer {
            staged,
            file: Some(file),
            inner: None,
        }
    }
}

impl TableWriter for Writer {
    fn write(&mut self, df: &DataFrame) -> Result<(), TableError> {
        if self.inner.is_none() {
            if let Some(file) = self.file.take() {
                let w = CsvWriter::new(file)
                    .include_header(true)
                    .batched(df.schema())
                    .map_err(|e| self.staged.polars(e))?;
                self.inner = Some(w);
            }
        }
        if let Some(w) = self.inner.as_mut() {
            let guarded = guard(df).map_err(|e| self.staged.polars(e))?;
            w.write_batch(&guarded).map_err(|e| self.staged.polars(e))?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, TableError> {
        let mut this = *self;
        if let Some(w) = this.inner.as_mut() {
            w.finish().map_err(|e| this.staged.polars(e))?;
        }
        drop(this.inner.take());
        drop(this.file.take());
        this.staged.commit()
    }
}

/// Whether a text cell needs the leading `'` (see the module docs).
pub fn needs_guard(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r', '\''])
}

/// Text columns that claimscan writes itself, never from an article: the
/// input's name (`-` is stdin) and error messages, left as they are.
const OWN_TEXT: &[&str] = &["input", "message"];

/// The frame with every text cell that [`needs_guard`] prefixed by `'`.
fn guard(df: &DataFrame) -> PolarsResult<DataFrame> {
    let mut out = df.clone();
    for column in df.columns() {
        if OWN_TEXT.contains(&column.name().as_str()) {
            continue;
        }
        let Ok(ca) = column.str() else { continue };
        if !ca.iter().any(|v| v.is_some_and(needs_guard)) {
            continue;
        }
        let guarded: StringChunked = ca
            .iter()
            .map(|v| {
                v.map(|s| {
                    if needs_guard(s) {
                        std::borrow::Cow::Owned(format!("'{s}"))
                    } else {
                        std::borrow::Cow::Borrowed(s)
                    }
                })
            })
            .collect();
        let name = column.name().clone();
        out.replace(&name, guarded.with_name(name.clone()).into_column())?;
    }
    Ok(out)
}

/// Undoes the guard on the text columns of a CSV table read back.
///
/// # Errors
/// When the table's schema cannot be read.
pub fn unguard(mut lf: LazyFrame) -> PolarsResult<LazyFrame> {
    let schema = lf.collect_schema()?;
    let fix: Vec<Expr> = schema
        .iter()
        .filter(|(name, dtype)| **dtype == DataType::String && !OWN_TEXT.contains(&name.as_str()))
        .map(|(name, _)| {
            col(name.clone())
                .str()
                .strip_prefix(lit("'"))
                .alias(name.clone())
        })
        .collect();
    Ok(if fix.is_empty() {
        lf
    } else {
        lf.with_columns(fix)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded_and_the_guard_comes_off() {
        let texts = [
            Some("=HYPERLINK(\"x\")"),
            Some("+1 555"),
            Some("-40 degrees"),
            Some("@user"),
            Some("\tindented"),
            Some("'Tis the season"),
            Some("Over 70,000 people"),
            None,
        ];
        let df = DataFrame::new(
            texts.len(),
            vec![
                Column::new("t".into(), texts),
                Column::new("n".into(), vec![-1i64; texts.len()]),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let guarded = guard(&df).unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<Option<&str>> = guarded
            .column("t")
            .and_then(|c| c.str())
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .collect();
        assert_eq!(
            got,
            [
                Some("'=HYPERLINK(\"x\")"),
                Some("'+1 555"),
                Some("'-40 degrees"),
                Some("'@user"),
                Some("'\tindented"),
                Some("''Tis the season"),
                Some("Over 70,000 people"),
                None,
            ]
        );
        assert_eq!(
            guarded.column("n").ok(),
            df.column("n").ok(),
            "numbers untouched"
        );
        let back = unguard(guarded.lazy())
            .and_then(LazyFrame::collect)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(back.equals_missing(&df), "{back}");
    }
}
