//! Opening a source: the file (or stdin), decompressed when it is gzip or
//! zstd. Compression is recognised by its magic bytes, so a `.gz` file
//! that is not compressed, or a compressed file without the extension,
//! both read correctly.
//!
//! A compressed stream that ends early (a cut download, a missing trailer)
//! ends the input where its decoder stops, and says so through a flag:
//! what decoded is kept, and the reader reports the cut.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use super::Source;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];
const BUF: usize = 256 * 1024;

/// Opens `source` for reading, as stored (not decompressed). Raw bytes
/// read are added to `counter`, for progress.
pub(super) fn open_raw(
    source: &Source,
    counter: Option<&Arc<AtomicU64>>,
) -> io::Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = match source {
        Source::File(p) => {
            let f = File::open(p)?;
            if f.metadata()?.is_dir() {
                return Err(io::Error::other("is a directory"));
            }
            Box::new(f)
        }
        Source::Stdin => Box::new(io::stdin()),
    };
    let raw = match counter {
        Some(c) => Box::new(Counting {
            inner: raw,
            counter: Arc::clone(c),
        }),
        None => raw,
    };
    Ok(Box::new(BufReader::with_capacity(BUF, raw)))
}

/// Counts the bytes read through it.
struct Counting {
    inner: Box<dyn Read>,
    counter: Arc<AtomicU64>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Wraps `raw` in a decoder chosen by its first bytes. When the compressed
/// stream turns out to be cut, the decoded stream ends there and `cut` is
/// set.
pub(super) fn decompress<'a>(
    mut raw: Box<dyn BufRead + 'a>,
    cut: &'a AtomicBool,
) -> io::Result<Box<dyn BufRead + 'a>> {
    let head = raw.fill_buf()?;
    if head.starts_with(GZIP_MAGIC) {
        let dec = flate2::bufread::MultiGzDecoder::new(raw);
        Ok(Box::new(BufReader::with_capacity(
            BUF,
            Tail { inner: dec, cut },
        )))
    } else if head.starts_with(ZSTD_MAGIC) {
        let dec = zstd::stream::read::Decoder::with_buffer(raw)?;
        Ok(Box::new(BufReader::with_capacity(
            BUF,
            Tail { inner: dec, cut },
        )))
    } else {
        // A pipe may deliver fewer bytes than a magic number at first,
        // which only makes detection miss on inputs that short.
        Ok(raw)
    }
}

/// A decoder whose "unexpected end" (flate2's "unexpected end of file" or
/// "incomplete deflate stream", zstd's "incomplete frame") is the end of
/// the data, noted in `cut`.
struct Tail<'a, R> {
    inner: R,
    cut: &'a AtomicBool,
}

impl<R: Read> Read for Tail<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                self.cut.store(true, Ordering::Relaxed);
                Ok(0)
            }
            other => other,
        }
    }
}
