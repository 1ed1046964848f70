//! The report on a small invented scan (`tests/data/report/scan/`, CSV
//! tables as `claimscan scan --format csv` writes them). The stories and
//! what is planted in them:
//!
//! - Marlow Valley flood (d01–d05, d16): 12 vs 21 killed on the same day
//!   (disagreement); 25 two days later (a growing toll: an update); 19 two
//!   days after that (the count went down); "about 3,000" and "some 3,000"
//!   displaced (agree); a wire sentence reprinted by Valley Wire and
//!   Northern Post and rewritten by Coast Gazette (repeated: 3 articles, 2
//!   independent sources).
//! - Orrin Mining buys Tessel Copper (d06–d08): "$3.2 billion" and "$3.2bn"
//!   agree; "$3.2 million" is a probable scale slip.
//! - Harwick march (d09–d12): "over 70,000", "more than 70,000" and "at
//!   least 80,000" agree; "fewer than 20,000" cannot hold with them.
//! - Selby Bridge bus crash (d13–d14): 12 casualties vs 15 killed (more
//!   killed than casualties: a difference of scope); d13 carries a `<script>` in its title and text.
//! - A Marlow Valley house fire seven months later (d15): same place,
//!   outside the window, never compared with the flood.
#![cfg(feature = "cli")]

mod util;

use std::path::{Path, PathBuf};

use util::{inconsistencies, read_csv, Disagreement, Row};

use claimscan::report::{run, ReportOptions, ReportSummary};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/report/scan")
}

fn report(scan: &Path) -> (tempfile::TempDir, ReportSummary) {
    let out = tempfile::tempdir().unwrap();
    let summary = run(scan, out.path(), &ReportOptions::default()).unwrap();
    (out, summary)
}

fn involves(rows: &[Disagreement], x: &str, y: &str) -> Option<String> {
    rows.iter()
        .find(|r| (r.0 == x && r.2 == y) || (r.0 == y && r.2 == x))
        .map(|r| r.4.clone())
}

#[test]
fn planted_disagreements_are_found_with_their_reason() {
    let (out, _) = report(&fixture());
    let rows = inconsistencies(out.path());
    assert_eq!(
        involves(&rows, "d01", "d02").as_deref(),
        Some("different value"),
        "{rows:#?}"
    );
    assert_eq!(
        involves(&rows, "d06", "d08")
            .or(involves(&rows, "d07", "d08"))
            .as_deref(),
        Some("probable scale slip"),
        "{rows:#?}"
    );
    let harwick = ["d09", "d10", "d11"]
        .iter()
        .find_map(|d| involves(&rows, d, "d12"));
    assert_eq!(harwick.as_deref(), Some("different value"), "{rows:#?}");
    assert_eq!(
        involves(&rows, "d13", "d14").as_deref(),
        Some("different scope"),
        "{rows:#?}"
    );
    let shrink = involves(&rows, "d03", "d05")
        .or(involves(&rows, "d04", "d05"))
        .or(involves(&rows, "d16", "d05"));
    assert_eq!(shrink.as_deref(), Some("count went down"), "{rows:#?}");
}

#[test]
fn consistent_variants_are_not_flagged() {
    let (out, _) = report(&fixture());
    let rows = inconsistencies(out.path());
    // $3.2 billion vs $3.2bn; over 70,000 vs at least 80,000 vs more than
    // 70,000; about 3,000 vs some 3,000.
    assert_eq!(involves(&rows, "d06", "d07"), None, "{rows:#?}");
    for (x, y) in [("d09", "d10"), ("d09", "d11"), ("d10", "d11")] {
        assert_eq!(involves(&rows, x, y), None, "{x} {y}: {rows:#?}");
    }
    assert!(
        !rows
            .iter()
            .any(|r| r.1.contains("3,000") || r.3.contains("3,000")),
        "{rows:#?}"
    );
}

#[test]
fn growing_tolls_are_updates_not_disagreements() {
    let (out, _) = report(&fixture());
    let rows = inconsistencies(out.path());
    // 12 and 21 on Monday, 25 on Wednesday: the toll grew.
    for early in ["d01", "d02"] {
        for late in ["d03", "d04", "d16"] {
            assert_eq!(
                involves(&rows, early, late),
                None,
                "{early} {late}: {rows:#?}"
            );
        }
    }
    // 12 on Monday, 19 on Friday: grew too.
    assert_eq!(involves(&rows, "d01", "d05"), None, "{rows:#?}");
    // The timeline keeps every figure of the flood's death toll in order.
    let tl = read_csv(&out.path().join("figure_timeline.csv"));
    let flood: Vec<&Row> = tl
        .iter()
        .filter(|r| r["category"] == "deaths" && r["subject"].contains("Marlow Valley"))
        .collect();
    let days: Vec<&str> = flood.iter().map(|r| r["published"].as_str()).collect();
    let mut sorted = days.clone();
    sorted.sort();
    assert_eq!(days, sorted);
    assert!(flood
        .iter()
        .any(|r| r["surface"] == "25" && r["disputed"] == "true"));
    assert!(flood.iter().any(|r| r["doc_id"] == "d01"));
}

#[test]
fn stories_outside_the_window_are_not_compared() {
    let (out, _) = report(&fixture());
    let rows = inconsistencies(out.path());
    assert!(
        !rows.iter().any(|r| r.0 == "d15" || r.2 == "d15"),
        "{rows:#?}"
    );
    let opts = ReportOptions {
        window_days: 1,
        ..ReportOptions::default()
    };
    let out2 = tempfile::tempdir().unwrap();
    run(&fixture(), out2.path(), &opts).unwrap();
    let rows = inconsistencies(out2.path());
    // d03 (Wednesday) and d05 (Friday) are now too far apart.
    assert_eq!(involves(&rows, "d03", "d05"), None, "{rows:#?}");
}

#[test]
fn repeated_sentences_are_grouped_and_reprints_counted_once() {
    let (out, summary) = report(&fixture());
    let rep = read_csv(&out.path().join("repeated_claims.csv"));
    let toll = rep
        .iter()
        .find(|r| r["sentence"].contains("death toll"))
        .unwrap_or_else(|| panic!("{rep:#?}"));
    let mut docs: Vec<&str> = toll["doc_ids"].split("; ").collect();
    docs.sort();
    assert_eq!(docs, ["d03", "d04", "d16"]);
    assert_eq!(toll["n_docs"], "3");
    assert_eq!(toll["n_sources"], "3");
    // Valley Wire and Northern Post print the same story: one source.
    assert_eq!(toll["n_independent"], "2");
    assert_eq!(toll["first_seen"], "2024-03-06");
    // Different sentences about one figure are not a sentence group...
    assert!(
        !rep.iter()
            .any(|r| r["kind"] == "sentence" && r["doc_ids"].contains("d01")),
        "{rep:#?}"
    );
    // ...but the same figure in the same frame from two outlets, in
    // other words ("About 3,000 residents were moved", "Some 3,000
    // residents were evacuated"), is a repeated claim at claim level.
    let moved = rep
        .iter()
        .find(|r| r["kind"] == "figure" && r["doc_ids"] == "d01; d02")
        .unwrap_or_else(|| panic!("{rep:#?}"));
    assert_eq!(moved["frame"], "displaced");
    assert_eq!(moved["n_independent"], "2");
    let text = summary.to_string();
    assert!(text.contains("3 articles, 2 independent sources"), "{text}");
}

#[test]
fn html_is_self_contained_and_escaped() {
    let (out, _) = report(&fixture());
    let html = std::fs::read_to_string(out.path().join("report.html")).unwrap();
    assert!(
        !html.to_lowercase().contains("<script"),
        "a script tag got through"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Harbour News &amp; Co"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(html.contains("<mark>$3.2 million</mark>"));
}

#[test]
fn every_table_is_written_as_csv_and_parquet() {
    let (out, summary) = report(&fixture());
    for t in [
        "stories",
        "story_figures",
        "repeated_claims",
        "inconsistencies",
        "figure_timeline",
        "entity_stats",
        "source_stats",
    ] {
        for ext in ["csv", "parquet"] {
            let p = out.path().join(format!("{t}.{ext}"));
            assert!(p.is_file(), "{}", p.display());
        }
    }
    assert!(out.path().join("report.html").is_file());
    assert_eq!(summary.files.len(), 15);
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    let sources = read_csv(&out.path().join("source_stats.csv"));
    let ledger = sources
        .iter()
        .find(|r| r["source"] == "Daily Ledger")
        .unwrap();
    assert_eq!(ledger["n_articles"], "3");
    assert_eq!(ledger["n_claims"], "4");
    let ents = read_csv(&out.path().join("entity_stats.csv"));
    let brandt = ents
        .iter()
        .find(|r| r["canonical"] == "Ana Brandt")
        .unwrap();
    assert_eq!(brandt["n_quotes"], "1");
    assert_eq!(brandt["role"], "chief executive");
    assert_eq!(ents[0]["canonical"], "Marlow Valley");
}

#[test]
fn summary_names_counts_and_top_disagreements() {
    let (_, summary) = report(&fixture());
    assert_eq!(summary.n_articles, 16);
    assert!(summary.n_inconsistencies >= 5);
    let text = summary.to_string();
    assert!(text.contains("16 articles"), "{text}");
    assert!(text.contains("Top disagreements:"), "{text}");
    assert!(text.contains("Top repeated claims:"), "{text}");
}

#[test]
fn a_directory_without_a_scan_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = run(empty.path(), out.path(), &ReportOptions::default()).unwrap_err();
    assert!(err.to_string().contains("no `articles` table"), "{err}");
}

/// The same scan as Parquet (as `claimscan scan` writes it by default, with
/// `published` a Date) gives the same report as the CSV tables.
#[test]
fn parquet_scan_gives_the_same_report_as_csv() {
    use polars::prelude::*;
    let pq = tempfile::tempdir().unwrap();
    for t in ["articles", "claims", "entities", "quotes"] {
        let path = fixture().join(format!("{t}.csv"));
        let mut df = LazyCsvReader::new(PlRefPath::try_from_path(&path).unwrap())
            .with_has_header(true)
            .finish()
            .unwrap()
            .collect()
            .unwrap();
        if t == "articles" {
            df = df
                .lazy()
                .with_column(col("published").str().to_date(StrptimeOptions::default()))
                .collect()
                .unwrap();
            assert_eq!(df.column("published").unwrap().dtype(), &DataType::Date);
        }
        let f = std::fs::File::create(pq.path().join(format!("{t}.parquet"))).unwrap();
        ParquetWriter::new(f).finish(&mut df).unwrap();
    }
    let (from_csv, _) = report(&fixture());
    let (from_pq, _) = report(pq.path());
    for t in [
        "inconsistencies",
        "repeated_claims",
        "figure_timeline",
        "source_stats",
    ] {
        let a = std::fs::read_to_string(from_csv.path().join(format!("{t}.csv"))).unwrap();
        let b = std::fs::read_to_string(from_pq.path().join(format!("{t}.csv"))).unwrap();
        assert_eq!(a, b, "{t}");
    }
}
