//! `claimscan extract` and `claimscan sql` end to end.
#![cfg(feature = "cli")]

mod util;

use util::{read_csv, root, run, run_with_stdin, stderr, Scratch};

#[test]
fn extract_prints_json_for_one_text() {
    let o = run([
        "extract",
        "--json",
        "--published",
        "2013-05-08",
        "Mr. Kerry met Putin. Talks lasted more than two hours.",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let sentences = v["sentences"].as_array().expect("sentences");
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[1]["start"], 21);
    for table in ["claims", "dates", "entities", "quotes"] {
        assert!(v[table].is_array(), "{table} listed");
    }
}

#[test]
fn extract_reads_stdin_and_prints_a_listing() {
    let o = run_with_stdin(&["extract", "-"], b"Prices rose. Mr. Smith left.");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("2 sentences\n"), "{text}");
    for table in ["claims (", "dates (", "entities (", "quotes ("] {
        assert!(text.contains(table), "{text}");
    }
}

#[test]
fn extract_rejects_a_bad_date() {
    let o = run(["extract", "--published", "2013-13-45", "text"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn sql_queries_the_scan_tables() {
    let s = Scratch::new();
    let out = s.join("out");
    let sample = root().join("sample-data");
    let o = run([
        "scan",
        "-q",
        "-o",
        out.to_str().unwrap(),
        sample.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let q = run([
        "sql",
        out.to_str().unwrap(),
        "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, source",
    ]);
    assert!(q.status.success(), "{}", stderr(&q));
    let table = String::from_utf8_lossy(&q.stdout);
    assert!(table.contains("│ Meridian Wire        ┆ 6   │"), "{table}");

    let csv_path = s.join("q.csv");
    let q = run([
        "sql",
        "--csv",
        out.to_str().unwrap(),
        "SELECT doc_id, published FROM articles WHERE source = 'Valley Post' ORDER BY doc_id",
    ]);
    assert!(q.status.success(), "{}", stderr(&q));
    std::fs::write(&csv_path, &q.stdout).expect("write");
    let rows = read_csv(&csv_path);
    let got: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["doc_id"].as_str(), r["published"].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("vp-001", "2026-03-09"),
            ("vp-002", "2026-03-12"),
            ("vp-003", "2026-03-17"),
            ("vp-004", "2026-03-15")
        ]
    );
}

#[test]
fn sql_errors_are_clear() {
    let s = Scratch::new();
    let o = run(["sql", s.join("none").to_str().unwrap(), "SELECT 1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a directory"), "{}", stderr(&o));
    let o = run(["sql", s.path().to_str().unwrap(), "SELECT 1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("holds no table"), "{}", stderr(&o));
    s.write("t/articles.csv", "doc_id\na\n");
    let o = run([
        "sql",
        s.join("t").to_str().unwrap(),
        "SELECT nope FROM articles",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("query failed"), "{}", stderr(&o));
}
