//! WARC archives (ISO 28500, versions 1.0 and 1.1), as web crawls store
//! news: Common Crawl's CC-NEWS, the Internet Archive, `wget --warc-file`.
//!
//! - `response` records whose HTTP payload is HTML go through the HTML
//!   reader (chunked transfer and gzip/deflate content encoding undone);
//!   `resource` records holding HTML are read the same way;
//! - WET `conversion` records are plain text;
//! - the id is `WARC-Target-URI`, the source the page's own name for
//!   itself, else the URI's host (without `www.`); the publication date is
//!   the page's, else `WARC-Date`;
//! - every other record (`warcinfo`, `request`, `metadata`, `revisit`,
//!   ...), a response that is not HTML, not a success (HTTP 2xx) or in an
//!   encoding that cannot be undone, is skipped and counted: one `skipped`
//!   warning row per file gives the counts;
//! - a corrupt record is an `errors` row naming the input and the record's
//!   number, and reading resumes at the next record. In a `.warc.gz`, each
//!   record is its own gzip member, and a corrupt member is skipped up to
//!   the next one.
//!
//! Written here rather than taken from a crate: `warc` 0.4 and `rust_warc`
//! both parse a well-formed stream, but give up (or yield one error after
//! another) at the first malformed record or damaged gzip member, and
//! neither undoes chunked or compressed HTTP payloads. Resuming after
//! damage is what keeps every other record of a multi-gigabyte crawl file.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read};

use flate2::bufread::GzDecoder;

use super::formats::{Format, Reading};
use crate::document::Document;

/// Largest record header block read (bytes); a longer one is corrupt.
const MAX_HEADER: usize = 64 * 1024;
/// Largest record content read into memory (bytes): a record over this is
/// skipped (news pages are a few hundred kilobytes).
const MAX_CONTENT: u64 = 64 * 1024 * 1024;

/// Reads a WARC stream that is already decompressed (plain `.warc`, or a
/// stream sniffed as WARC).
pub(super) fn read_stream(reader: &mut dyn BufRead, cx: &mut Reading<'_>) {
    let mut w = Warc::default();
    if let Err(e) = w.records(reader, cx) {
        let cut = e.kind() == io::ErrorKind::UnexpectedEof;
        w.damage(cx, e, cut);
    }
    w.finish(cx);
}

/// The first bytes of a gzip member (deflate method).
const MEMBER_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];

/// Reads a `.warc.gz` from its raw (compressed) bytes, one gzip member at a
/// time, so that a damaged member costs only its own record.
pub(super) fn read_members(raw: &mut dyn BufRead, cx: &mut Reading<'_>) {
    let mut w = Warc::default();
    // Set when a damaged stretch was skipped up to (and past) a member's
    // magic bytes, which the next member's decoder is given back.
    let mut resumed = false;
    loop {
        if !resumed {
            match raw.fill_buf() {
                Ok([]) => break,
                Ok(head) if head.starts_with(&MEMBER_MAGIC[..2]) => {}
                Ok(_) if w.members == 0 => {
                    // Not compressed at all: a plain WARC with a .gz name.
                    if let Err(e) = w.records(raw, cx) {
                        let cut = e.kind() == io::ErrorKind::UnexpectedEof;
                        w.damage(cx, e, cut);
                    }
                    break;
                }
                Ok(_) => {
                    w.error(
                        cx,
                        "read_error",
                        format!("bytes that are not a gzip member after record {}", w.n),
                    );
                    if !skip_to_member(raw) {
                        break;
                    }
                    resumed = true;
                    continue;
                }
                Err(e) => {
                    w.damage(cx, e, false);
                    break;
                }
            }
        }
        w.members += 1;
        let result = if resumed {
            let source = MEMBER_MAGIC.chain(&mut *raw);
            w.records(&mut BufReader::new(GzDecoder::new(source)), cx)
        } else {
            w.records(&mut BufReader::new(GzDecoder::new(&mut *raw)), cx)
        };
        resumed = false;
        if let Err(e) = result {
            let cut = e.kind() == io::ErrorKind::UnexpectedEof;
            w.damage(cx, e, cut);
            if cut || !skip_to_member(raw) {
                break;
            }
            resumed = true;
        }
    }
    w.finish(cx);
}

/// Consumes `raw` up to and including the next gzip member magic
/// (`1f 8b 08`); false when the input ends first.
fn skip_to_member(raw: &mut dyn BufRead) -> bool {
    let mut matched = 0;
    loop {
        let buf = match raw.fill_buf() {
            Ok([]) | Err(_) => return false,
            Ok(b) => b,
        };
        for (i, &b) in buf.iter().enumerate() {
            if b == MEMBER_MAGIC[matched] {
                matched += 1;
                if matched == MEMBER_MAGIC.len() {
                    raw.consume(i + 1);
                    return true;
                }
            } else {
                matched = usize::from(b == MEMBER_MAGIC[0]);
            }
        }
        let n = buf.len();
        raw.consume(n);
    }
}

/// Counts and position while reading one WARC input.
#[derive(Default)]
struct Warc {
    /// Records started (1-based number of the current record).
    n: u64,
    /// Gzip members started.
    members: u64,
    /// Skipped records by reason, for the `skipped` row.
    skipped: BTreeMap<String, u64>,
}

/// One record's named headers (names lowercased) and content.
struct Record {
    headers: Vec<(String, String)>,
    content: Vec<u8>,
}

impl Record {
    fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Warc {
    fn error(&self, cx: &mut Reading<'_>, kind: &'static str, message: String) {
        let line = (self.n > 0).then_some(self.n);
        cx.error(line, kind, format!("{}: {message}", cx.input_at(line)));
    }

    /// Reports a read error: at a record boundary a cut stream loses
    /// nothing (a warning); inside a record it loses that record.
    fn damage(&self, cx: &mut Reading<'_>, e: io::Error, cut: bool) {
        let kind = if cut { "truncated" } else { "read_error" };
        self.error(cx, kind, format!("the record cannot be read: {e}"));
    }

    fn skip(&mut self, why: String) {
        *self.skipped.entry(why).or_default() += 1;
    }

    /// The `skipped` warning row, when any record was skipped.
    fn finish(self, cx: &mut Reading<'_>) {
        if self.skipped.is_empty() {
            return;
        }
        let total: u64 = self.skipped.values().sum();
        let detail: Vec<String> = self
            .skipped
            .iter()
            .map(|(why, n)| format!("{n} {why}"))
            .collect();
        cx.warn_input(
            "skipped",
            format!(
                "{}: {total} of {} records are not articles: {}",
                cx.name(),
                self.n,
                detail.join(", ")
            ),
        );
    }

    /// Reads records until the end of `r`; an I/O error inside a record is
    /// returned (the caller decides whether the rest can be reached).
    fn records(&mut self, r: &mut dyn BufRead, cx: &mut Reading<'_>) -> io::Result<()> {
        let mut line = Vec::new();
        // Set when `line` already holds the version line of the next
        // record (found by skipping a damaged one).
        let mut found = false;
        loop {
            if !found {
                // Records are separated by blank lines.
                line.clear();
                if read_line(r, &mut line)? == 0 {
                    return Ok(());
                }
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
            }
            found = false;
            self.n += 1;
            let damage = if !line.starts_with(b"WARC/") {
                Some("not a WARC record (no version line)".to_string())
            } else {
                match read_headers(r)? {
                    Err(why) => Some(why),
                    Ok(headers) => {
                        let length = headers
                            .iter()
                            .find(|(n, _)| n == "content-length")
                            .and_then(|(_, v)| v.trim().parse::<u64>().ok());
                        match length {
                            None => Some("no readable Content-Length".to_string()),
                            Some(length) => {
                                self.content(r, headers, length, cx)?;
                                None
                            }
                        }
                    }
                }
            };
            if let Some(why) = damage {
                self.error(
                    cx,
                    "malformed_warc",
                    format!("{why}; skipped to the next record"),
                );
                if !resync(r, &mut line)? {
                    return Ok(());
                }
                found = true;
            }
        }
    }

    /// Reads a record's content and hands the record on.
    fn content(
        &mut self,
        r: &mut dyn BufRead,
        headers: Vec<(String, String)>,
        length: u64,
        cx: &mut Reading<'_>,
    ) -> io::Result<()> {
        if length > MAX_CONTENT {
            io::copy(&mut r.take(length), &mut io::sink())?;
            self.skip(format!("over {} MiB", MAX_CONTENT >> 20));
            return Ok(());
        }
        let mut content = Vec::with_capacity(length as usize);
        r.take(length).read_to_end(&mut content)?;
        if (content.len() as u64) < length {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("the content ends after {} of {length} bytes", content.len()),
            ));
        }
        self.record(Record { headers, content }, cx);
        Ok(())
    }

    /// Turns one record into a document, or counts it as skipped.
    fn record(&mut self, rec: Record, cx: &mut Reading<'_>) {
        let kind = rec.get("warc-type").unwrap_or("").to_ascii_lowercase();
        let uri = rec
            .get("warc-target-uri")
            .map(|u| u.trim().trim_matches(['<', '>']).to_string());
        let crawled = rec.get("warc-date").map(str::to_string);
        let (page, format) = match kind.as_str() {
            "response" => match http_payload(&rec.content) {
                Ok(body) => (body, Format::Html),
                Err(why) => return self.skip(why),
            },
            "resource" => {
                let ty = rec.get("content-type").unwrap_or("");
                if !is_html(ty) {
                    return self.skip("non-HTML resource".to_string());
                }
                (rec.content, Format::Html)
            }
            "conversion" => (rec.content, Format::Text),
            "" => return self.skip("without WARC-Type".to_string()),
            other => return self.skip(other.to_string()),
        };
        let (text, lossy) = super::formats::decode(&page);
        let input = cx.input_at(Some(self.n));
        let mut doc = Document {
            doc_id: uri.clone().unwrap_or_else(|| input.clone()),
            input,
            ..Document::default()
        };
        let mut date = super::formats::fill_page(&mut doc, &text, format);
        if doc.text.trim().is_empty() {
            return self.skip("without text".to_string());
        }
        if doc.source.is_none() {
            doc.source = uri.as_deref().and_then(host);
        }
        // The page's own date first; the crawl date when it has none.
        if date
            .as_deref()
            .and_then(|d| super::formats::parse_date_field(d, cx.opts()))
            .is_none()
        {
            date = crawled;
        }
        cx.emit(doc, Some(self.n), lossy, date.as_deref());
    }
}

/// Reads one line (through `\n`) into `buf`; 0 at end of input.
fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    r.take(MAX_HEADER as u64).read_until(b'\n', buf)
}

/// Skips lines until one starts a record (`WARC/`), left in `line`; false
/// at end of input.
fn resync(r: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    loop {
        line.clear();
        if read_line(r, line)? == 0 {
            return Ok(false);
        }
        if line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.") {
            return Ok(true);
        }
    }
}

/// Reads the named headers up to the blank line. The outer error is an I/O
/// error; the inner one a malformed header block.
#[allow(clippy::type_complexity)]
fn read_headers(r: &mut dyn BufRead) -> io::Result<Result<Vec<(String, String)>, String>> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut line = Vec::new();
    let mut total = 0;
    loop {
        line.clear();
        let n = read_line(r, &mut line)?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the input ends inside a record's headers",
            ));
        }
        total += n;
        if total > MAX_HEADER {
            return Ok(Err(format!("headers longer than {MAX_HEADER} bytes")));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(Ok(headers));
        }
        if text.starts_with([' ', '\t']) {
            // A continuation of the previous header's value.
            match headers.last_mut() {
                Some((_, v)) => {
                    v.push(' ');
                    v.push_str(text.trim());
                }
                None => return Ok(Err("a continuation line before any header".to_string())),
            }
            continue;
        }
        match text.split_once(':') {
            Some((name, value)) => {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()))
            }
            None => return Ok(Err(format!("not a header line: {:?}", clip(text)))),
        }
    }
}

fn clip(s: &str) -> &str {
    match s.char_indices().nth(60) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn is_html(content_type: &str) -> bool {
    let t = content_type.to_ascii_lowercase();
    t.contains("text/html") || t.contains("application/xhtml")
}

/// The body of an HTTP response held in a `response` record, when it is a
/// successful HTML page; else why it is skipped.
fn http_payload(content: &[u8]) -> Result<Vec<u8>, String> {
    let split = memchr::memmem::find(content, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(content, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err("responses without HTTP headers".to_string());
    };
    let head = String::from_utf8_lossy(&content[..head_end]);
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse::<u16>().ok());
    match status {
        Some(200..=299) => {}
        Some(code) => return Err(format!("HTTP {}xx responses", code / 100)),
        None => return Err("responses without an HTTP status".to_string()),
    }
    let mut content_type = "";
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        let Some((name, value)) = l.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    if !is_html(content_type) {
        return Err("non-HTML responses".to_string());
    }
    let mut body = content[body_start..].to_vec();
    if chunked {
        // Crawlers that keep the header usually store the body as sent;
        // when it does not parse as chunks it was already joined.
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    match encoding.as_str() {
        "" | "identity" => Ok(body),
        "gzip" | "x-gzip" | "deflate" => {
            let mut out = Vec::new();
            let read = if encoding == "deflate" {
                flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut out)
            } else {
                flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out)
            };
            match read {
                Ok(_) => Ok(out),
                // Already decoded by the crawler, which kept the header.
                Err(_) if body.trim_ascii_start().starts_with(b"<") => Ok(body),
                Err(_) => Err("responses with a damaged content encoding".to_string()),
            }
        }
        other => Err(format!("responses in content encoding {other}")),
    }
}

/// Joins an HTTP/1.1 chunked body; None when `body` is not chunked.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    loop {
        let eol = at + memchr::memmem::find(body.get(at..)?, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[at..eol]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        at = eol + 2;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(at..at.checked_add(size)?)?);
        at += size + 2;
    }
}

/// The host of a URI, without `www.`: the fallback source.
fn host(uri: &str) -> Option<String> {
    let rest = uri.split_once("://").map_or(uri, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        let cases = [
            ("https://www.example.com/news/1", Some("example.com")),
            ("http://news.example.org:8080/a?b", Some("news.example.org")),
            ("https://user@Example.NET", Some("example.net")),
            ("", None),
        ];
        for (uri, want) in cases {
            assert_eq!(host(uri).as_deref(), want, "{uri}");
        }
    }

    #[test]
    fn chunked_bodies_join_and_plain_bodies_are_not_chunked() {
        let chunked = b"5\r\n<p>ab\r\n4;ext=1\r\nc</p\r\n1\r\n>\r\n0\r\n\r\n";
        assert_eq!(dechunk(chunked).as_deref(), Some(&b"<p>abc</p>"[..]));
        assert_eq!(dechunk(b"<html><body>x</body></html>"), None);
    }

    #[test]
    fn payloads() {
        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>";
        assert_eq!(http_payload(ok).as_deref(), Ok(&b"<p>Hi</p>"[..]));
        let redirect = b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n";
        assert_eq!(
            http_payload(redirect),
            Err("HTTP 3xx responses".to_string())
        );
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert_eq!(http_payload(image), Err("non-HTML responses".to_string()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>zipped</p>").expect("gzip");
        let mut zipped =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        zipped.extend(gz.finish().expect("gzip"));
        assert_eq!(http_payload(&zipped).as_deref(), Ok(&b"<p>zipped</p>"[..]));
    }
}
