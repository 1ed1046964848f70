//! Parquet output: one row group per batch, LZ4-compressed (LZ4_RAW:
//! compression costs a third of what zstd does on the claims table, whose
//! sentences repeat, for files about 1.5x larger; every Parquet reader
//! reads it).
//!
//! The Arrow schema stored in the file (`ARROW:schema`, the hint Arrow
//! readers follow) is polars' oldest compatibility level: strings are
//! `large_string`, not the `string_view` polars declares by default, which
//! pyarrow before 15 refuses ("Unrecognized type: 24"). The Parquet
//! columns themselves are the same either way; Spark and DuckDB ignore the
//! hint.

use std::fs::File;
use std::io::BufWriter;
use std::path::PathBuf;

use polars::io::parquet::write::KeyValueMetadata;
use polars::prelude::*;

use super::{Staged, TableError, TableWriter};

/// Frames are gathered into row groups of about this many bytes: the
/// footer keeps metadata for every row group until the file is finished,
/// so fewer, larger row groups keep memory flat on long scans.
const ROW_GROUP_BYTES: usize = 8 << 20;

/// Appends frames to a Parquet file.
pub(super) struct Writer {
    staged: Staged,
    file: Option<BufWriter<File>>,
    inner: Option<polars::io::parquet::write::BatchedWriter<BufWriter<File>>>,
    pending: Option<DataFrame>,
}

impl Writer {
    pub(super) fn new(staged: Staged, file: BufWriter<File>) -> Writer {
        Writer {
            staged,
            file: Some(file),
            inner: None,
            pending: None,
        }
    }

    /// Writes the gathered frames as one row group.
    fn flush(&mut self) -> Result<(), TableError> {
        if let Some(mut df) = self.pending.take() {
            df.rechunk_mut();
            if let Some(w) = self.inner.as_mut() {
                w.write_batch(&df).map_err(|e| self.staged.polars(e))?;
            }
        }
        Ok(())
    }

    fn ensure(&mut self, schema: &Schema) -> Result<(), TableError> {
        if self.inner.is_none() {
            if let Some(file) = self.file.take() {
                let arrow = schema.to_arrow(CompatLevel::oldest());
                let declared = polars_parquet::write::schema_to_metadata_key(&arrow);
                let w = ParquetWriter::new(file)
                    .with_compression(ParquetCompression::Lz4Raw)
                    .with_key_value_metadata(Some(KeyValueMetadata::Static(vec![declared])))
                    // Per-row-group statistics stay in memory until the
                    // file is finished: without them memory does not grow
                    // with the number of batches.
                    .with_statistics(StatisticsOptions::empty())
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
        match self.pending.as_mut() {
            Some(p) => {
                p.vstack_mut(df).map_err(|e| self.staged.polars(e))?;
            }
            None => self.pending = Some(df.clone()),
        }
        if self
            .pending
            .as_ref()
            .is_some_and(|p| p.estimated_size() >= ROW_GROUP_BYTES)
        {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<PathBuf, TableError> {
        let mut this = *self;
        this.flush()?;
        if let Some(w) = this.inner {
            w.finish().map_err(|e| this.staged.polars(e))?;
        }
        this.staged.commit()
    }
}
