//! Whole-corpus benchmark of `report` against `scan`.
//!
//! ```text
//! cargo bench --bench report                 # scan ../shared/corpus, then report on it
//! cargo bench --bench report -- SCAN_DIR     # report on an existing scan
//! CLAIMSCAN_CORPUS=DIR cargo bench --bench report
//! ```
//!
//! Each phase runs in a child process of its own, so that each peak memory
//! (VmHWM from /proc/self/status) belongs to that phase alone. Prints
//! seconds, MB/s of article text and peak memory for the scan and for the
//! report, and the report's cost as a share of the scan's.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use claimscan::extract::Registry;
use claimscan::report::{run, ReportOptions};
use claimscan::scan::{scan, ScanOptions};

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn corpus_dir() -> PathBuf {
    if let Ok(d) = std::env::var("CLAIMSCAN_CORPUS") {
        return d.into();
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for c in [
        manifest.join("../shared/corpus"),
        manifest.join("../../shared/corpus"),
        PathBuf::from("/work/shared/corpus"),
    ] {
        if c.is_dir() {
            return c;
        }
    }
    manifest.join("../shared/corpus")
}

/// The corpus files with articles (the incidents file has none).
fn corpus_inputs(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    let n = p
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .to_string();
                    n.ends_with(".jsonl.zst") && !n.contains("incidents")
                })
                .map(|p| p.to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Child: one phase, prints `phase seconds peak_mb`.
fn phase(args: &[String]) {
    let (name, a, b) = (&args[0], &args[1], &args[2]);
    let t = Instant::now();
    match name.as_str() {
        "scan" => {
            let inputs: Vec<String> = a.split('\u{1f}').map(str::to_string).collect();
            let summary = scan(&inputs, &Registry::all(), &ScanOptions::new(b))
                .unwrap_or_else(|e| panic!("scan failed: {e}"));
            eprintln!("{summary}");
        }
        _ => {
            let s = run(Path::new(a), Path::new(b), &ReportOptions::default())
                .unwrap_or_else(|e| panic!("report failed: {e}"));
            eprintln!("{s}");
        }
    }
    println!("{name} {:.3} {:.1}", t.elapsed().as_secs_f64(), peak_mb());
}

fn child(args: &[&str]) -> (f64, f64) {
    let exe = std::env::current_exe().expect("current exe");
    let out = Command::new(exe)
        .arg("--phase")
        .args(args)
        .output()
        .expect("run phase");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        panic!("phase {args:?} failed:\n{stderr}");
    }
    eprint!("{stderr}");
    let line = stdout.lines().last().unwrap_or_default();
    let f: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    (f[0], f[1])
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--phase") {
        phase(&args[1..]);
        return;
    }
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let tmp = std::env::temp_dir().join(format!("claimscan-bench-{}", std::process::id()));
    let (scan_dir, scan_cost) = match positional.first() {
        Some(dir) => (PathBuf::from(dir.as_str()), None),
        None => {
            let inputs = corpus_inputs(&corpus_dir());
            if inputs.is_empty() {
                eprintln!(
                    "no corpus at {}; set CLAIMSCAN_CORPUS",
                    corpus_dir().display()
                );
                return;
            }
            let dir = tmp.join("scan");
            let joined = inputs.join("\u{1f}");
            let cost = child(&["scan", &joined, &dir.to_string_lossy()]);
            (dir, Some(cost))
        }
    };
    let out = tmp.join("report");
    let (secs, peak) = child(&[
        "report",
        &scan_dir.to_string_lossy(),
        &out.to_string_lossy(),
    ]);
    println!(
        "report: {secs:.2} s, peak {peak:.0} MB (scan dir {})",
        scan_dir.display()
    );
    if let Some((s_secs, s_peak)) = scan_cost {
        println!("scan:   {s_secs:.2} s, peak {s_peak:.0} MB");
        println!("report / scan time: {:.0}%", secs / s_secs * 100.0);
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
