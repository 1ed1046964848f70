//! Parquet output: one row group per batch, LZ4-compressed (LZ4_RAW:
//! compression costs a third of what zstd does on the claims table, whose
//! sentences repeat, for files about 1.5x larger; every Parquet reader
//! reads it).

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use polars::prelude::*;

use super::{Staged, TableError, TableWriter};

/// Appends frames to a Parquet file.
pub(super) struct Writer {
    staged: Staged,
    file: Option<BufWriter<File>>,
    inner: Option<polars::io::parquet::write::BatchedWriter<BufWriter<File>>>,
}

impl Writer {
    pub(super) fn new(staged: Staged, file: File) -> Writer {
        Writer {
            staged,
            file: Some(BufWriter::with_capacity(1 << 20, file)),
            inner: None,
        }
    }

    fn ensure(&mut self, schema: &Schema) -> Result<(), TableError> {
        if self.inner.is_none() {
            if let Some(file) = self.file.take() {
                let w = ParquetWriter::new(file)
                    .with_compression(ParquetCompression::Lz4Raw)
                    .batched(schema)
                    .map_err(|e| self.staged.polars(e))?;
                self.inner = Some(w);
            }
        }
        Ok(())
    }
}

impl TableWriter for Writer {
    fn write(&mut self, df: &DataFrame) -> Result<(), TableError> {
        self.ensure(df.schema())?;
        if df.height() == 0 {
            return Ok(());
        }
        if let Some(w) = self.inner.as_mut() {
            w.write_batch(df).map_err(|e| self.staged.polars(e))?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, TableError> {
        let this = *self;
        if let Some(w) = this.inner {
            w.finish().map_err(|e| this.staged.polars(e))?;
        }
        this.staged.commit()
    }
}
