//! The input formats and their readers: each turns a byte stream into
//! documents and error rows.

use std::fmt;
use std::io::{BufRead, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use jiff::civil::Date;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::{io_kind, ErrorRow, IngestOptions, Item};
use crate::document::{Document, PublishedFrom};

/// A supported input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one document, title = first non-empty line.
    Text,
    /// Markdown: as text, with `#` stripped from the title.
    Markdown,
    /// HTML: visible text, title and meta tags.
    Html,
    /// One JSON object a line.
    Jsonl,
    /// A JSON array of objects (or one object).
    Json,
    /// CSV with a header row.
    Csv,
    /// A WARC archive (`.warc`, `.warc.gz`, WET `.wet`): one document per
    /// HTML response or text conversion record.
    Warc,
}

impl Format {
    /// File extensions ingest recognises (each also with `.gz` / `.zst`).
    pub const EXTENSIONS: &'static [&'static str] = &[
        "txt", "text", "md", "markdown", "html", "htm", "jsonl", "ndjson", "json", "csv", "warc",
        "wet",
    ];

    /// The format named by a path's extension, looking through a `.gz`,
    /// `.gzip` or `.zst` suffix.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = ["gz", "gzip", "zst", "zstd"]
            .iter()
            .find_map(|c| name.strip_suffix(&format!(".{c}")))
            .unwrap_or(&name);
        let ext = Path::new(name).extension()?.to_str()?;
        Format::from_name(ext)
    }

    /// The format for a name such as `jsonl` or `html`.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "warc" | "wet" => Format::Warc,
            _ => return None,
        })
    }

    /// Guesses the format from the first bytes of the content.
    fn sniff(head: &[u8]) -> Format {
        if head.starts_with(b"WARC/") {
            return Format::Warc;
        }
        match head.iter().find(|c| !c.is_ascii_whitespace()) {
            Some(b'{') => Format::Jsonl,
            Some(b'[') => Format::Json,
            Some(b'<') => Format::Html,
            _ => Format::Text,
        }
    }
}

/// Reads one opened input in `format` (sniffed when None).
pub(super) fn read(
    mut reader: Box<dyn BufRead + '_>,
    name: &str,
    format: Option<Format>,
    opts: &IngestOptions,
    cut: &AtomicBool,
    sink: &mut dyn FnMut(Item),
) {
    let mut refuse = |kind: &'static str, message: String| {
        sink(Item::Error(ErrorRow::error(name, None, kind, message)));
    };
    let head = match reader.fill_buf() {
        Ok(h) => h,
        Err(e) => return refuse(io_kind(&e), format!("cannot read {name}: {e}")),
    };
    if head.iter().all(u8::is_ascii_whitespace) {
        return refuse("empty", format!("{name} is empty"));
    }
    if head[..head.len().min(8192)].contains(&0) {
        return refuse(
            "binary",
            format!("{name} looks binary (NUL bytes), not text"),
        );
    }
    let format = format.unwrap_or_else(|| Format::sniff(head));
    let mut cx = Reading {
        name,
        opts,
        sink,
        names: opts.fields.all(),
        cut,
    };
    match format {
        Format::Text | Format::Markdown | Format::Html => cx.single(reader, format),
        Format::Jsonl => cx.jsonl(reader),
        Format::Json => cx.json(reader),
        Format::Csv => cx.csv(reader),
        Format::Warc => super::warc::read_stream(&mut reader, &mut cx),
    }
}

/// Reads a `.warc.gz` file from its raw bytes (each record its own gzip
/// member, read one by one; see [`super::warc`]).
pub(super) fn read_warc_members(
    reader: &mut dyn BufRead,
    name: &str,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Item),
) {
    let mut cx = Reading {
        name,
        opts,
        sink,
        names: Vec::new(),
        cut: &AtomicBool::new(false),
    };
    super::warc::read_members(reader, &mut cx);
}

/// Shared state while reading one input.
pub(super) struct Reading<'a> {
    name: &'a str,
    opts: &'a IngestOptions,
    sink: &'a mut dyn FnMut(Item),
    /// Every wanted field name of JSON records (`FieldNames::all`).
    names: Vec<String>,
    /// Set when the compressed input turned out to be cut (see `open`).
    cut: &'a AtomicBool,
}

/// Decodes bytes as UTF-8, lossily when needed (the flag says so).
pub(super) fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, bool) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.into(), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    }
}

fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}').unwrap_or(s)
}

/// Parses a publication date from a metadata value: ISO dates, RFC 3339
/// timestamps (`2026-03-14T08:30:00Z`), `2026/03/14`, or any form the
/// text-date finder understands ("March 14, 2026").
pub fn parse_date_field(value: &str, opts: &IngestOptions) -> Option<Date> {
    let v = value.trim();
    if let Some(head) = v.get(..10) {
        let iso = head.replace('/', "-");
        if let Ok(d) = iso.parse::<Date>() {
            return Some(d);
        }
    }
    if let Ok(ts) = v.parse::<jiff::Timestamp>() {
        return Some(ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    }
    opts.date_in_text.and_then(|f| f(v))
}

/// Fills in a document's publication date, unless it has one: from the
/// metadata value `raw` when it can be read (`published_from = field`),
/// else from the date its text states (`text`). Returns the message of the
/// `bad_date` warning when `raw` is given but cannot be read.
///
/// Every reader of documents uses it (the scan's formats, and programs
/// that build documents themselves, such as the Python package), so a date
/// is read the same way wherever it comes from.
pub fn set_published(
    doc: &mut Document,
    raw: Option<&str>,
    opts: &IngestOptions,
) -> Option<String> {
    let mut bad = None;
    if doc.published.is_none() {
        if let Some(raw) = raw.filter(|d| !d.trim().is_empty()) {
            match parse_date_field(raw, opts) {
                Some(d) => {
                    doc.published = Some(d);
                    doc.published_from = PublishedFrom::Field;
                }
                None => {
                    bad = Some(format!(
                        "cannot read the date {raw:?}; looking in the text instead"
                    ))
                }
            }
        }
    }
    if doc.published.is_none() {
        if let Some(d) = opts.date_in_text.and_then(|f| f(&doc.text)) {
            doc.published = Some(d);
            doc.published_from = PublishedFrom::Text;
        }
    }
    bad
}

/// Fills a document's text, title, source and date (returned: the raw
/// meta value) from one page's content: HTML through the HTML reader;
/// text and Markdown whole, titled by their first non-empty line. Shared
/// by single files and WARC records.
pub(super) fn fill_page(doc: &mut Document, content: &str, format: Format) -> Option<String> {
    if format == Format::Html {
        let page = super::html::html_to_text(content);
        doc.title = page.title;
        doc.source = page.source;
        doc.text = page.text;
        return page.published;
    }
    doc.title = content
        .lines()
        .map(|l| {
            if format == Format::Markdown {
                l.trim().trim_start_matches('#').trim()
            } else {
                l.trim()
            }
        })
        .find(|l| !l.is_empty())
        .map(str::to_string);
    doc.text = content.to_string();
    None
}

impl Reading<'_> {
    /// Whether the compressed input was found cut (so far).
    fn is_cut(&self) -> bool {
        self.cut.load(Ordering::Relaxed)
    }

    /// The input's name.
    pub(super) fn name(&self) -> &str {
        self.name
    }

    /// How the input is read.
    pub(super) fn opts(&self) -> &IngestOptions {
        self.opts
    }

    /// A warning about the whole input (no document, no line).
    pub(super) fn warn_input(&mut self, kind: &'static str, message: String) {
        let mut row = ErrorRow::error(self.name, None, kind, message);
        row.severity = super::Severity::Warning;
        (self.sink)(Item::Error(row));
    }

    pub(super) fn error(&mut self, line: Option<u64>, kind: &'static str, message: String) {
        (self.sink)(Item::Error(ErrorRow::error(self.name, line, kind, message)));
    }

    pub(super) fn input_at(&self, line: Option<u64>) -> String {
        match line {
            Some(l) => format!("{}:{l}", self.name),
            None => self.name.to_string(),
        }
    }

    /// Fills in the date (field, else text) and sends the document, with a
    /// warning first when its text was decoded lossily.
    pub(super) fn emit(
        &mut self,
        mut doc: Document,
        line: Option<u64>,
        lossy: bool,
        date: Option<&str>,
    ) {
        if lossy {
            (self.sink)(Item::Error(ErrorRow::warning(
                self.name,
                line,
                &doc.doc_id,
                "invalid_utf8",
                "invalid UTF-8 replaced by U+FFFD".to_string(),
            )));
        }
        if let Some(message) = set_published(&mut doc, date, self.opts) {
            (self.sink)(Item::Error(ErrorRow::warning(
                self.name,
                line,
                &doc.doc_id,
                "bad_date",
                message,
            )));
        }
        (self.sink)(Item::Doc(Box::new(doc)));
    }

    /// A whole file is one document: text, Markdown or HTML.
    fn single(&mut self, mut reader: Box<dyn BufRead + '_>, format: Format) {
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            let kind = io_kind(&e);
            self.error(None, kind, format!("cannot read {}: {e}", self.name));
            return;
        }
        let (content, lossy) = decode(&bytes);
        let content = strip_bom(&content);
        let mut doc = Document {
            doc_id: self.name.to_string(),
            input: self.name.to_string(),
            ..Document::default()
        };
        let date = fill_page(&mut doc, content, format);
        if doc.text.trim().is_empty() {
            self.error(None, "empty", format!("{} has no text", self.name));
            return;
        }
        self.emit(doc, None, lossy, date.as_deref());
    }

    /// Builds a document from a record's fields; `get` looks a field up.
    fn record(
        &mut self,
        line: Option<u64>,
        lossy: bool,
        get: &mut dyn FnMut(&[String]) -> Option<String>,
    ) {
        let fields = &self.opts.fields;
        let id = get(&fields.id);
        let input = self.input_at(line);
        let Some(text) = get(&fields.text) else {
            let mut row = ErrorRow::error(
                self.name,
                line,
                "missing_text",
                format!(
                    "{input}: no text field (looked for {})",
                    fields.text.join(", ")
                ),
            );
            row.doc_id = id;
            (self.sink)(Item::Error(row));
            return;
        };
        if text.trim().is_empty() {
            let mut row = ErrorRow::error(
                self.name,
                line,
                "empty",
                format!("{input}: the text is empty"),
            );
            row.doc_id = id;
            (self.sink)(Item::Error(row));
            return;
        }
        let doc = Document {
            doc_id: id.unwrap_or_else(|| input.clone()),
            input,
            source: get(&fields.source).filter(|s| !s.trim().is_empty()),
            title: get(&fields.title).filter(|s| !s.trim().is_empty()),
            text,
            ..Document::default()
        };
        let date = get(&fields.date);
        self.emit(doc, line, lossy, date.as_deref());
    }

    fn object(&mut self, line: Option<u64>, lossy: bool, parsed: Picked) {
        match parsed {
            Picked::Object(mut values) => {
                let all = std::mem::take(&mut self.names);
                self.record(line, lossy, &mut |wanted| {
                    wanted.iter().find_map(|w| {
                        let i = all.iter().position(|n| n == w)?;
                        values.get_mut(i).and_then(Option::take)
                    })
                });
                self.names = all;
            }
            Picked::Other(kind) => {
                let input = self.input_at(line);
                self.error(
                    line,
                    "malformed_json",
                    format!("{input}: expected a JSON object, found {kind}"),
                );
            }
        }
    }

    /// One JSON object a line; blank lines are skipped.
    fn jsonl(&mut self, mut reader: Box<dyn BufRead + '_>) {
        let mut buf = Vec::new();
        let mut line = 0u64;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => line += 1,
                Err(e) => {
                    let kind = io_kind(&e);
                    self.error(
                        Some(line + 1),
                        kind,
                        format!("{}: reading stopped at line {}: {e}", self.name, line + 1),
                    );
                    return;
                }
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (s, lossy) = decode(&buf);
            let s = if line == 1 { strip_bom(&s) } else { &s };
            let mut de = serde_json::Deserializer::from_str(s);
            let picked = Pick(&self.names)
                .deserialize(&mut de)
                .and_then(|p| de.end().map(|()| p));
            match picked {
                Ok(p) => self.object(Some(line), lossy, p),
                Err(e) if e.is_eof() && !buf.ends_with(b"\n") && self.is_cut() => {
                    let input = self.input_at(Some(line));
                    self.error(
                        Some(line),
                        "truncated",
                        format!("{input}: the compressed input is cut inside this line: {e}"),
                    );
                }
                Err(e) => {
                    let input = self.input_at(Some(line));
                    self.error(
                        Some(line),
                        "malformed_json",
                        format!("{input}: not a JSON object: {e}"),
                    );
                }
            }
        }
    }

    /// A JSON array of objects (streamed element by element), or a single
    /// object.
    fn json(&mut self, reader: Box<dyn BufRead + '_>) {
        let mut de = serde_json::Deserializer::from_reader(reader);
        let result = (&mut de).deserialize_any(JsonDocs { cx: self, n: 0 });
        if let Err(e) = result {
            let kind = if e.is_io() || (e.is_eof() && self.is_cut()) {
                "truncated"
            } else {
                "malformed_json"
            };
            let line = u64::try_from(e.line()).ok();
            self.error(line, kind, format!("{}: {e}", self.name));
        }
    }

    /// CSV with a header row.
    fn csv(&mut self, reader: Box<dyn BufRead + '_>) {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        let headers: Vec<String> = match rdr.byte_headers() {
            Ok(h) => h
                .iter()
                .map(|f| strip_bom(&String::from_utf8_lossy(f)).trim().to_string())
                .collect(),
            Err(e) => {
                self.error(
                    Some(1),
                    "malformed_csv",
                    format!("{}: bad header: {e}", self.name),
                );
                return;
            }
        };
        let mut rec = csv::ByteRecord::new();
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {
                    let line = rec.position().map(|p| p.line());
                    let mut lossy = false;
                    let mut values: Vec<String> = rec
                        .iter()
                        .map(|f| {
                            let (s, l) = decode(f);
                            lossy |= l;
                            s.into_owned()
                        })
                        .collect();
                    let mut get = |names: &[String]| {
                        names.iter().find_map(|n| {
                            headers
                                .iter()
                                .position(|h| h == n)
                                .and_then(|i| values.get_mut(i))
                                .map(std::mem::take)
                        })
                    };
                    self.record(line, lossy, &mut get);
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line());
                    let kind = match e.kind() {
                        csv::ErrorKind::Io(io) => io_kind(io),
                        _ => "malformed_csv",
                    };
                    self.error(line, kind, format!("{}: {e}", self.name));
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        return;
                    }
                }
            }
        }
    }
}

/// Streams the elements of a top-level JSON array to the reader (or takes
/// a single top-level object as one document).
struct JsonDocs<'r, 'a> {
    cx: &'r mut Reading<'a>,
    n: u64,
}

impl<'de> Visitor<'de> for JsonDocs<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON array of articles or one article object")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        let names = self.cx.names.clone();
        while let Some(p) = seq.next_element_seed(Pick(&names))? {
            self.n += 1;
            self.cx.object(Some(self.n), false, p);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let names = self.cx.names.clone();
        let p = Pick(&names).visit_map(map)?;
        self.cx.object(None, false, p);
        Ok(())
    }
}

/// A JSON record reduced to the fields ingest wants.
enum Picked {
    /// An object: the value of each wanted field (by its index in the
    /// list of names), when present and a string, number or boolean.
    Object(Vec<Option<String>>),
    /// Not an object: what it was instead.
    Other(&'static str),
}

/// Reads one JSON value, keeping only the fields named in `.0` and
/// skipping the rest without building them (serde_json's `Value` would
/// allocate every key and value of every record).
struct Pick<'n>(&'n [String]);

impl<'de> DeserializeSeed<'de> for Pick<'_> {
    type Value = Picked;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Picked, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Pick<'_> {
    type Value = Picked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Picked, A::Error> {
        let mut values = vec![None; self.0.len()];
        while let Some(key) = map.next_key_seed(KeyIndex(self.0))? {
            match key {
                Some(i) if values[i].is_none() => values[i] = map.next_value::<Scalar>()?.0,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Picked::Object(values))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Picked, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Picked::Other("an array"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Picked, E> {
        Ok(Picked::Other("a string"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Picked, E> {
        Ok(Picked::Other("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Picked, E> {
        Ok(Picked::Other("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Picked, E> {
        Ok(Picked::Other("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Picked, E> {
        Ok(Picked::Other("a number"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Picked, E> {
        Ok(Picked::Other("null"))
    }
}

/// A key: its index among the wanted names, if it is one.
struct KeyIndex<'n>(&'n [String]);

impl<'de> DeserializeSeed<'de> for KeyIndex<'_> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyIndex<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|n| n == key))
    }
}

/// A field value as text: strings as they are, numbers and booleans
/// written out; anything else (null, arrays, objects) counts as absent.
struct Scalar(Option<String>);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar(Some(v.to_string())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar(Some(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar(Some(v.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar(Some(v.to_string())))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar(Some(v.to_string())))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar(Some(v.to_string())))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar(None))
    }

    fn visit_none<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar(None))
    }
}
