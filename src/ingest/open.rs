//! Opening a source: the file (or stdin), decompressed when it is gzip or
//! zstd. Compression is recognised by its magic bytes, so a `.gz` file
//! that is not compressed, or a compressed file without the extension,
//! both read correctly.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::Source;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];
const BUF: usize = 256 * 1024;

/// Opens `source` for reading, decompressing it when needed.
/// Raw (compressed) bytes read are added to `counter`, for progress.
pub(super) fn open(
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
    decompress(raw)
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

/// Wraps `raw` in a decoder chosen by its first bytes.
pub(super) fn decompress(raw: Box<dyn Read>) -> io::Result<Box<dyn BufRead>> {
    let mut r = BufReader::with_capacity(BUF, raw);
    let head = fill_at_least(&mut r, 4)?;
    if head.starts_with(GZIP_MAGIC) {
        let dec = flate2::bufread::MultiGzDecoder::new(r);
        Ok(Box::new(BufReader::with_capacity(BUF, dec)))
    } else if head.starts_with(ZSTD_MAGIC) {
        let dec = zstd::stream::read::Decoder::with_buffer(r)?;
        Ok(Box::new(BufReader::with_capacity(BUF, dec)))
    } else {
        Ok(Box::new(r))
    }
}

/// Peeks at the first `n` bytes (fewer at end of input) without consuming.
fn fill_at_least<R: Read>(r: &mut BufReader<R>, n: usize) -> io::Result<Vec<u8>> {
    // BufReader::fill_buf returns what one read gives; a pipe may deliver
    // fewer than `n` bytes at first, which only makes detection miss on
    // inputs shorter than a magic number.
    let buf = r.fill_buf()?;
    Ok(buf[..buf.len().min(n)].to_vec())
}
