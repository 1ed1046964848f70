//! Whole-scan throughput and memory over the shared news corpora.
//!
//! `cargo bench --bench scan` scans `reuters21578.jsonl.zst` and
//! `bbc.jsonl.zst` from `../shared/corpus` (or `$CLAIMSCAN_SHARED/corpus`)
//! into Parquet, on 1 and 2 threads, first with no extractor (ingest +
//! sentence splitting + writing) and then with every extractor, and prints
//! MB/s of article text (wall clock), MB per CPU-second (the per-core
//! figure), and peak RSS, best of three runs; without extractors the
//! corpus is scanned five times over so that a run lasts long enough to
//! time. Then it scans 1x, 10x and 20x the Reuters corpus to show that
//! peak memory does not grow with the corpus.
//!
//! Each configuration runs in a child process so that its peak RSS
//! (VmHWM) is its own. `CLAIMSCAN_BENCH_QUICK=1` skips the 10x run.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use claimscan::scan::{scan, ScanOptions};
use claimscan::Registry;

const CHILD: &str = "CLAIMSCAN_BENCH_CHILD";

fn corpus_dir() -> Option<PathBuf> {
    claimscan::eval::shared("corpus")
}

/// `(utime + stime)` of this process in seconds, from /proc.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may contain spaces).
    let rest = stat.rsplit_once(") ").map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 (1-based), 11 and 12 here.
    (ticks(11) + ticks(12)) / 100.0
}

/// Peak resident set size in MB, from /proc.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Child mode: one scan, printed as one tab-separated line.
fn child(spec: &str) {
    claimscan::scan::tune_allocator();
    let parts: Vec<&str> = spec.split('|').collect();
    let [file, extractors, threads, copies] = parts[..] else {
        eprintln!("bad child spec {spec}");
        std::process::exit(2);
    };
    let registry = if extractors == "all" {
        Registry::all()
    } else {
        Registry::empty()
    };
    let copies: usize = copies.parse().unwrap_or(1);
    let inputs: Vec<String> = std::iter::repeat_n(file.to_string(), copies).collect();
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let mut opts = ScanOptions::new(out.path());
    opts.threads = threads.parse().ok();
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let summary = scan(&inputs, &registry, &opts).unwrap_or_else(|e| panic!("scan: {e}"));
    let wall = t0.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    println!(
        "{}\t{}\t{}\t{}\t{}\t{:.3}\t{:.3}\t{:.1}",
        summary.articles,
        summary.text_bytes,
        summary.claims,
        summary.dates,
        summary.entities,
        wall,
        cpu,
        peak_rss_mb()
    );
}

fn run_child(file: &Path, extractors: &str, threads: usize, copies: usize) -> Option<Vec<String>> {
    let exe = std::env::current_exe().ok()?;
    let spec = format!("{}|{extractors}|{threads}|{copies}", file.display());
    let out = Command::new(exe).env(CHILD, spec).output().ok()?;
    if !out.status.success() {
        eprintln!("child failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Some(line.split('\t').map(str::to_string).collect())
}

fn main() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
        return;
    }
    let Some(dir) = corpus_dir() else {
        println!("skipped: ../shared/corpus not found (set CLAIMSCAN_SHARED)");
        return;
    };
    println!(
        "{:<16} {:<10} {:>7} {:>7} {:>8} {:>8} {:>8} {:>10} {:>9} {:>9}",
        "corpus",
        "extractors",
        "threads",
        "docs",
        "MB text",
        "wall s",
        "MB/s",
        "MB/CPU-s",
        "peak MB",
        "claims"
    );
    for name in ["reuters21578", "bbc"] {
        let file = dir.join(format!("{name}.jsonl.zst"));
        if !file.is_file() {
            println!("skipped {name}: {} not found", file.display());
            continue;
        }
        for extractors in ["none", "all"] {
            // Without extractors one pass takes a tenth of a second: scan
            // the corpus five times over so the timing means something.
            let copies = if extractors == "none" { 5 } else { 1 };
            for threads in [1, 2] {
                // Best of three runs (by wall clock).
                let best = (0..3)
                    .filter_map(|_| run_child(&file, extractors, threads, copies))
                    .min_by(|a, b| {
                        let w = |r: &Vec<String>| r.get(5).and_then(|v| v.parse::<f64>().ok());
                        w(a).partial_cmp(&w(b)).unwrap_or(std::cmp::Ordering::Equal)
                    });
                let Some(r) = best else {
                    continue;
                };
                let num = |i: usize| r.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
                let mb = num(1) / 1e6;
                println!(
                    "{:<16} {:<10} {:>7} {:>7} {:>8.1} {:>8.2} {:>8.1} {:>10.1} {:>9.1} {:>9}",
                    format!("{name} x{copies}"),
                    extractors,
                    threads,
                    num(0),
                    mb,
                    num(5),
                    mb / num(5).max(1e-9),
                    mb / num(6).max(1e-9),
                    num(7),
                    num(2)
                );
            }
        }
    }
    if std::env::var_os("CLAIMSCAN_BENCH_QUICK").is_some() {
        return;
    }
    let file = dir.join("reuters21578.jsonl.zst");
    if file.is_file() {
        println!("\nbounded memory: the same corpus 1x, 10x and 20x, every extractor, 2 threads");
        for copies in [1, 10, 20] {
            if let Some(r) = run_child(&file, "all", 2, copies) {
                let num = |i: usize| r.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
                println!(
                    "  {copies:>2}x: {:>7} docs, {:>7.1} MB text, {:>6.2} s, peak RSS {:>7.1} MB",
                    num(0),
                    num(1) / 1e6,
                    num(5),
                    num(7)
                );
            }
        }
    }
}
