//! WARC input end to end: `claimscan scan` over `.warc` and `.warc.gz`
//! files that the tests write, with the record kinds a crawl holds and
//! damaged records in the middle.
#![cfg(feature = "cli")]

mod util;

use std::io::Write;

use util::{read_csv, run, stderr, Row, Scratch};

/// One WARC record: version line, named headers, the block, two CRLFs.
fn record(kind: &str, uri: Option<&str>, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!("WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: {date}\r\n");
    r.push_str("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n");
    if let Some(uri) = uri {
        r.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
    }
    r.push_str(&format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    ));
    let mut r = r.into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An HTTP response record holding `body` as `content_type`.
fn response(uri: &str, status: &str, content_type: &str, body: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n{body}");
    record(
        "response",
        Some(uri),
        "2026-05-04T10:00:00Z",
        "application/http; msgtype=response",
        http.as_bytes(),
    )
}

fn page(title: &str, site: Option<&str>, published: Option<&str>, body: &str) -> String {
    let mut head = format!("<title>{title}</title>");
    if let Some(site) = site {
        head.push_str(&format!(
            "<meta property=\"og:site_name\" content=\"{site}\">"
        ));
    }
    if let Some(p) = published {
        head.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{p}\">"
        ));
    }
    format!("<html><head>{head}</head><body><article><p>{body}</p></article></body></html>")
}

/// The records of a small crawl: a warcinfo, a request, two article pages
/// (one naming its site and date, one not), an image, a redirect and a WET
/// text conversion.
fn crawl() -> Vec<Vec<u8>> {
    vec![
        record(
            "warcinfo",
            None,
            "2026-05-04T09:00:00Z",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "request",
            Some("https://www.harbour-times.example/a1"),
            "2026-05-04T10:00:00Z",
            "application/http; msgtype=request",
            b"GET /a1 HTTP/1.1\r\nHost: www.harbour-times.example\r\n\r\n",
        ),
        response(
            "https://www.harbour-times.example/a1",
            "200 OK",
            "text/html; charset=utf-8",
            &page(
                "Ferry fares rise",
                Some("Harbour Times"),
                Some("2026-05-02T08:00:00Z"),
                "Ferry fares will rise by 12 percent from June, the operator said on Friday.",
            ),
        ),
        response(
            "https://news.valley.example/b2?x=1",
            "200 OK",
            "text/html",
            &page(
                "Bridge closed",
                None,
                None,
                "The bridge will close for 3 weeks while 40 workers repair it.",
            ),
        ),
        response(
            "https://www.harbour-times.example/logo.png",
            "200 OK",
            "image/png",
            "PNG",
        ),
        response(
            "https://www.harbour-times.example/old",
            "301 Moved Permanently",
            "text/html",
            "",
        ),
        record(
            "conversion",
            Some("https://radio.example/c3"),
            "2026-05-03T07:00:00Z",
            "text/plain",
            "Storm warning\n\nWinds of up to 90 km/h are expected tonight.".as_bytes(),
        ),
    ]
}

fn scan(s: &Scratch, input: &std::path::Path, out: &str) -> (Vec<Row>, Vec<Row>) {
    let out = s.join(out);
    let o = run([
        "scan",
        "-q",
        "--format",
        "csv",
        "-o",
        out.to_str().expect("utf-8 path"),
        input.to_str().expect("utf-8 path"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    (
        read_csv(&out.join("articles.csv")),
        read_csv(&out.join("errors.csv")),
    )
}

fn by_id<'a>(articles: &'a [Row], id: &str) -> &'a Row {
    articles
        .iter()
        .find(|a| a["doc_id"] == id)
        .unwrap_or_else(|| panic!("{id} missing from {articles:?}"))
}

/// The articles of [`crawl`], as every reading of it must give them.
fn assert_crawl_articles(articles: &[Row], input: &str) {
    assert_eq!(articles.len(), 3, "{articles:?}");
    let a1 = by_id(articles, "https://www.harbour-times.example/a1");
    assert_eq!(a1["source"], "Harbour Times", "the page's own name");
    assert_eq!(a1["published"], "2026-05-02", "the page's own date");
    assert_eq!(a1["published_from"], "field");
    assert_eq!(a1["title"], "Ferry fares rise");
    assert_eq!(a1["input"], format!("{input}:3"), "the record's number");
    let b2 = by_id(articles, "https://news.valley.example/b2?x=1");
    assert_eq!(b2["source"], "news.valley.example", "the host");
    assert_eq!(b2["published"], "2026-05-04", "the crawl date");
    let c3 = by_id(articles, "https://radio.example/c3");
    assert_eq!(c3["title"], "Storm warning", "WET text: the first line");
    assert_eq!(c3["published"], "2026-05-03");
}

fn skipped_row(errors: &[Row]) -> &Row {
    let skipped: Vec<&Row> = errors.iter().filter(|e| e["kind"] == "skipped").collect();
    assert_eq!(skipped.len(), 1, "{errors:?}");
    assert_eq!(skipped[0]["severity"], "warning");
    skipped[0]
}

#[test]
fn plain_warc_gives_one_article_per_html_response_and_counts_the_rest() {
    let s = Scratch::new();
    let path = s.write("crawl.warc", crawl().concat());
    let (articles, errors) = scan(&s, &path, "out");
    assert_crawl_articles(&articles, &path.display().to_string());
    assert_eq!(errors.len(), 1, "only the skipped count: {errors:?}");
    let message = &skipped_row(&errors)["message"];
    for part in [
        "4 of 7 records",
        "1 warcinfo",
        "1 request",
        "1 non-HTML responses",
        "1 HTTP 3xx responses",
    ] {
        assert!(message.contains(part), "{part:?} in {message}");
    }
    // The claims were extracted from the page text, not the HTTP headers.
    let claims = read_csv(&s.join("out").join("claims.csv"));
    let values: Vec<&str> = claims.iter().map(|c| c["value"].as_str()).collect();
    for v in ["12.0", "3.0", "40.0", "90.0"] {
        assert!(values.contains(&v), "{v} in {values:?}");
    }
}

/// Each record its own gzip member, as crawlers write `.warc.gz`.
fn members(records: &[Vec<u8>]) -> Vec<Vec<u8>> {
    records
        .iter()
        .map(|r| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(r).expect("gzip");
            gz.finish().expect("gzip")
        })
        .collect()
}

#[test]
fn warc_gz_reads_member_by_member_like_the_plain_file() {
    let s = Scratch::new();
    let path = s.write("in/crawl.warc.gz", members(&crawl()).concat());
    let (articles, errors) = scan(&s, &path, "out");
    assert_crawl_articles(&articles, &path.display().to_string());
    assert_eq!(errors.len(), 1, "{errors:?}");
    skipped_row(&errors);
    // Directories pick up .warc.gz files.
    let (in_dir, _) = scan(&s, &s.join("in"), "out-dir");
    assert_eq!(in_dir.len(), 3);
}

#[test]
fn a_corrupt_record_is_an_error_row_and_the_rest_of_the_file_is_kept() {
    let s = Scratch::new();
    let mut records = crawl();
    // Record 3 (the first article) loses its version line; record 4's
    // Content-Length cannot be read.
    let bad_start = String::from_utf8_lossy(&records[2]).replacen("WARC/1.1", "WARX", 1);
    records[2] = bad_start.into_bytes();
    let bad_length =
        String::from_utf8_lossy(&records[3]).replacen("Content-Length: ", "Content-Length: x", 1);
    records[3] = bad_length.into_bytes();
    let path = s.write("damaged.warc", records.concat());
    let (articles, errors) = scan(&s, &path, "out");
    let ids: Vec<&str> = articles.iter().map(|a| a["doc_id"].as_str()).collect();
    assert_eq!(ids, ["https://radio.example/c3"], "{errors:?}");
    let malformed: Vec<&Row> = errors
        .iter()
        .filter(|e| e["kind"] == "malformed_warc")
        .collect();
    assert_eq!(malformed.len(), 2, "{errors:?}");
    assert!(malformed.iter().all(|e| e["severity"] == "error"));
    assert_eq!(malformed[0]["line"], "3", "the record's number");
    assert!(
        malformed[1]["message"].contains("Content-Length"),
        "{:?}",
        malformed[1]
    );
}

#[test]
fn a_damaged_gzip_member_costs_its_record_only() {
    let s = Scratch::new();
    let mut parts = members(&crawl());
    // Scramble the deflate data of the first article's member.
    let m = &mut parts[2];
    let mid = m.len() / 2;
    for b in &mut m[12..mid] {
        *b ^= 0x5a;
    }
    let path = s.write("damaged.warc.gz", parts.concat());
    let (articles, errors) = scan(&s, &path, "out");
    let mut ids: Vec<&str> = articles.iter().map(|a| a["doc_id"].as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "https://news.valley.example/b2?x=1",
            "https://radio.example/c3"
        ],
        "{errors:?}"
    );
    let lost: Vec<&Row> = errors.iter().filter(|e| e["severity"] == "error").collect();
    assert_eq!(lost.len(), 1, "{errors:?}");
    assert_eq!(lost[0]["kind"], "read_error");

    // A file cut inside its last record keeps every whole record.
    let whole = members(&crawl()).concat();
    let cut = s.write("cut.warc.gz", &whole[..whole.len() - 20]);
    let (articles, errors) = scan(&s, &cut, "out-cut");
    assert_eq!(articles.len(), 2, "the WET record was cut: {errors:?}");
    assert!(
        errors.iter().any(|e| e["kind"] == "truncated"),
        "{errors:?}"
    );
}
