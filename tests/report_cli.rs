//! `claimscan report` end to end: on a scan directory, on raw inputs, and
//! on a directory that is neither.

mod util;

use util::{read_csv, root, run, stderr, Scratch};

#[test]
fn report_on_a_scan_directory_prints_the_summary() {
    let out = Scratch::new();
    let scan = root().join("tests/data/report/scan");
    let o = run([
        "report",
        scan.to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--window-days",
        "7",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("16 articles"), "{text}");
    assert!(text.contains("Top disagreements:"), "{text}");
    assert!(out.join("report.html").is_file());
    let rows = read_csv(&out.join("inconsistencies.csv"));
    assert!(rows.iter().any(|r| r["reason"] == "probable scale slip"));
}

#[test]
fn report_on_raw_inputs_scans_them_first() {
    let out = Scratch::new();
    let o = run([
        "report",
        root().join("sample-data").to_str().unwrap(),
        "-o",
        out.path().to_str().unwrap(),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("scan/claims.parquet").is_file());
    assert!(out.join("repeated_claims.parquet").is_file());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("22 articles"), "{text}");
}

#[test]
fn report_without_readable_input_fails_with_exit_1() {
    let out = Scratch::new();
    let o = run([
        "report",
        out.join("nothing-here").to_str().unwrap(),
        "-o",
        out.join("rep").to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}
