//! The report on the real sample data (`sample-data/`, scanned with every
//! built-in extractor), against the planted facts its README lists.
//!
//! They need every built-in extractor, claims above all.
#![cfg(feature = "cli")]

mod util;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimscan::extract::Registry;
use util::{inconsistencies, read_csv, Disagreement, Row};

use claimscan::report::{run, ReportOptions};
use claimscan::scan::{scan, ScanOptions};

/// The report directory, made once for all tests.
fn report_dir() -> Option<&'static PathBuf> {
    static DIR: OnceLock<Option<(tempfile::TempDir, PathBuf)>> = OnceLock::new();
    DIR.get_or_init(|| {
        assert!(
            Registry::all().names().contains(&"claims"),
            "the claims extractor must be registered"
        );
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let tmp = tempfile::tempdir().unwrap();
        let scan_dir = tmp.path().join("scan");
        let inputs = vec![root.join("sample-data").to_string_lossy().to_string()];
        let summary = scan(&inputs, &Registry::all(), &ScanOptions::new(&scan_dir)).unwrap();
        assert_eq!(summary.articles, 22);
        let out = tmp.path().join("report");
        run(&scan_dir, &out, &ReportOptions::default()).unwrap();
        Some((tmp, out))
    })
    .as_ref()
    .map(|(_, out)| out)
}

/// The row whose sides contain the two figures (in either order).
fn find<'a>(rows: &'a [Disagreement], x: &str, y: &str) -> Option<&'a Disagreement> {
    rows.iter()
        .find(|r| (r.1.contains(x) && r.3.contains(y)) || (r.1.contains(y) && r.3.contains(x)))
}

#[test]
fn planted_disagreements_are_found() {
    let Some(out) = report_dir() else { return };
    let rows = inconsistencies(out);
    // D3: $3.2 billion / $3.2bn against $32 billion, a scale slip.
    let d3 = find(&rows, "3.2", "32 billion").unwrap_or_else(|| panic!("D3 missing: {rows:#?}"));
    assert_eq!(d3.4, "probable scale slip");
    assert!(d3.0 == "vp-002" || d3.2 == "vp-002");
    // D4: the February jobless rate, 4.1 against 4.7 percent.
    find(&rows, "4.1 percent", "4.7 percent").unwrap_or_else(|| panic!("D4 missing: {rows:#?}"));
    // D5: nearly 1,000 jobs against more than (or about) 1,200.
    let d5 =
        find(&rows, "nearly 1,000", "1,200").unwrap_or_else(|| panic!("D5 missing: {rows:#?}"));
    assert!(d5.0 == "vp-003" || d5.2 == "vp-003");
}

/// D1 (19 against 31 on the same day) and D2 (38 after 47): the toll is
/// the subject of "rose to 31" / "has risen to 47", several words back.
#[test]
fn planted_toll_disagreements_are_found() {
    let Some(out) = report_dir() else { return };
    let rows = inconsistencies(out);
    let d1 = find(&rows, "19", "31").unwrap_or_else(|| panic!("D1 missing: {rows:#?}"));
    assert_eq!(d1.4, "different value");
    let d2 = find(&rows, "38", "47").unwrap_or_else(|| panic!("D2 missing: {rows:#?}"));
    assert_eq!(d2.4, "count went down");
}

#[test]
fn consistent_variants_and_updates_are_not_flagged() {
    let Some(out) = report_dir() else { return };
    let rows = inconsistencies(out);
    // C1/C2: the same money in two spellings.
    for (x, y) in [
        ("$3.2 billion", "$3.2bn"),
        ("$1.1 billion", "$1.1bn"),
        ("$600 million", "$600m"),
    ] {
        assert!(find(&rows, x, y).is_none(), "{x} vs {y}: {rows:#?}");
    }
    // C4: January against February is not one quantity.
    assert!(
        find(&rows, "3.9 percent", "4.1 percent").is_none(),
        "{rows:#?}"
    );
    assert!(
        find(&rows, "3.9 percent", "4.7 percent").is_none(),
        "{rows:#?}"
    );
    // C5: about 1,200 overlaps more than 1,200.
    assert!(
        find(&rows, "about 1,200", "more than 1,200").is_none(),
        "{rows:#?}"
    );
    assert!(
        find(&rows, "about 1,200", "More than 1,200").is_none(),
        "{rows:#?}"
    );
    // C6: the size of the march.
    assert!(find(&rows, "5,000", "6,000").is_none(), "{rows:#?}");
    // C7/C8: a growing displaced count and an early lower-bound toll.
    assert!(find(&rows, "6,000", "9,500").is_none(), "{rows:#?}");
    assert!(find(&rows, "14,000", "9,500").is_none(), "{rows:#?}");
    assert!(
        !rows
            .iter()
            .any(|r| r.1.contains("at least 12") || r.3.contains("at least 12")),
        "{rows:#?}"
    );
    // X2: the Northfield district rate is another quantity.
    assert!(
        find(&rows, "5.3 percent", "4.1 percent").is_none(),
        "{rows:#?}"
    );
    // X5: the union's demand and the government's offer.
    assert!(
        find(&rows, "8 percent", "3.5 percent").is_none(),
        "{rows:#?}"
    );
}

#[test]
fn repeated_sentences_and_wire_reprints() {
    let Some(out) = report_dir() else { return };
    let rep = read_csv(&out.join("repeated_claims.csv"));
    let group = |needle: &str| {
        rep.iter()
            .find(|r| r["sentence"].contains(needle))
            .unwrap_or_else(|| panic!("no group for {needle:?}: {rep:#?}"))
    };
    let docs = |r: &Row| {
        let mut d: Vec<String> = r["doc_ids"].split("; ").map(str::to_string).collect();
        d.sort();
        d
    };
    // R1, R3, R5: wire copy and its reprint, one independent source.
    for (needle, want) in [
        ("swollen Calder River", vec!["mw-001", "vp-001"]),
        ("rose to 31", vec!["hl-001", "mw-002"]),
        ("rose to 4.1 percent", vec!["mw-005", "nc-002"]),
    ] {
        let g = group(needle);
        assert_eq!(docs(g), want, "{needle}");
        assert_eq!(g["n_independent"], "1", "{needle}");
    }
    // R2: near-verbatim ("Calder" dropped).
    assert_eq!(docs(group("seventy boats")), ["mw-001", "vp-001"]);
    // R4, R6: one statement quoted by three outlets: three sources.
    for needle in ["grants of up to $25,000", "about €140 million a year"] {
        let g = group(needle);
        assert_eq!(g["n_docs"], "3", "{needle}");
        assert_eq!(g["n_independent"], "3", "{needle}");
    }
    // R7: the union statement in three documents.
    assert_eq!(group("lost nearly 11 percent")["n_docs"], "3");
}

#[test]
fn sample_report_html_has_no_script() {
    let Some(out) = report_dir() else { return };
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(!html.to_lowercase().contains("<script"));
}
