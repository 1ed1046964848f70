//! CSV output: a header row, then every batch appended.

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
            w.write_batch(df).map_err(|e| self.staged.polars(e))?;
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
