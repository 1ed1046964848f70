//! `claimscan report` end to end: on a scan directory, on raw inputs, and
//! on a directory that is neither.
#![cfg(feature = "cli")]

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

/// A scan's tables as a distributed writer leaves them: `NAME/` directories
/// of part files in another row order, with `_SUCCESS` and checksum files.
/// The report over them is the report over the scan, file for file.
#[test]
fn report_over_part_file_directories_equals_the_report_over_the_scan() {
    let s = Scratch::new();
    let scan = s.join("scan");
    let o = run([
        "scan",
        "-q",
        "-o",
        scan.to_str().unwrap(),
        root().join("sample-data").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let parts = s.join("parts");
    for table in claimscan::tables::TABLES {
        let df = claimscan::tables::scan_table(&scan, table)
            .unwrap_or_else(|e| panic!("{table}: {e}"))
            .unwrap_or_else(|| panic!("{table} missing"))
            .collect()
            .unwrap_or_else(|e| panic!("{table}: {e}"));
        let dir = parts.join(table);
        std::fs::create_dir_all(&dir).expect("mkdir");
        let half = (df.height() / 2) as i64;
        // The second half first: the rows come back in another order.
        for (i, piece) in [df.slice(half, df.height()), df.slice(0, half as usize)]
            .iter()
            .enumerate()
        {
            let written = claimscan::tables::write_frame(
                &dir,
                "piece",
                claimscan::tables::OutputFormat::Parquet,
                piece,
            )
            .unwrap_or_else(|e| panic!("{table}: {e}"));
            std::fs::rename(&written, dir.join(format!("part-0000{i}-x.snappy.parquet")))
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(dir.join(format!(".part-0000{i}-x.snappy.parquet.crc")), "x")
                .unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(dir.join("_SUCCESS"), "").unwrap_or_else(|e| panic!("{e}"));
    }
    let report = |dir: &std::path::Path, out: &str| {
        let out = s.join(out);
        let o = run(["report", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        out
    };
    let local = report(&scan, "r-local");
    let spread = report(&parts, "r-parts");
    let mut compared = 0;
    for entry in std::fs::read_dir(&local).expect("report dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "csv") {
            let name = path.file_name().expect("name");
            let a = std::fs::read(&path).expect("read");
            let b = std::fs::read(spread.join(name)).expect("the same table from the parts");
            assert!(a == b, "{} differs", name.to_string_lossy());
            compared += 1;
        }
    }
    assert!(compared >= 5, "{compared} tables compared");
    assert!(!read_csv(&local.join("inconsistencies.csv")).is_empty());
}
