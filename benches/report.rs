//! Whole-corpus benchmark of `report` against `scan`.
//!
//! ```text
//! cargo bench --bench report                 # scan ../shared/corpus, then report on it
//! cargo bench --bench report -- SCAN_DIR     # report on an existing scan
//! CLAIMSCAN_CORPUS=DIR cargo bench --bench report
//! cargo bench --bench report -- --gva        # accuracy on the GVA dev set
//! cargo bench --bench report -- --scale 1,10,100   # report on copies of the corpus
//! ```
//!
//! `--scale K,...` scans the corpus once, then reports on K synthetic copies
//! of its tables (new ids, each copy's dates moved 800 days on, so that the
//! copies are separate stories as a larger archive's would be; written as
//! part-file directories, as a Spark job leaves them), and prints the
//! report's time and peak memory for each K: how large an archive the
//! single-machine report handles.
//!
//! `--gva` scans `gva-dev.jsonl.zst`, reports on it, and compares with the
//! Gun Violence Archive's official counts: how often an article's killed
//! and injured figures equal the incident's official count, and how many
//! flagged inconsistencies pair two articles of one incident. It writes
//! every flagged pair, with both sentences and the official counts, to
//! `target/gva-inconsistencies.txt` for checking by hand.
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

/// The corpus files with articles, or None (said on stderr) when there
/// are none.
fn corpus_or_say() -> Option<Vec<String>> {
    let inputs = corpus_inputs(&corpus_dir());
    if inputs.is_empty() {
        eprintln!(
            "no corpus at {}; set CLAIMSCAN_CORPUS",
            corpus_dir().display()
        );
        return None;
    }
    Some(inputs)
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
    if args.iter().any(|a| a == "--gva") {
        gva();
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--scale") {
        let ks: Vec<usize> = args
            .get(i + 1)
            .map(|v| v.split(',').filter_map(|k| k.parse().ok()).collect())
            .unwrap_or_else(|| vec![1, 10, 100]);
        scale(&ks);
        return;
    }
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let tmp = std::env::temp_dir().join(format!("claimscan-bench-{}", std::process::id()));
    let (scan_dir, scan_cost) = match positional.first() {
        Some(dir) => (PathBuf::from(dir.as_str()), None),
        None => {
            let Some(inputs) = corpus_or_say() else {
                return;
            };
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

/// Three quarters of the machine's memory (`CLAIMSCAN_BENCH_MEM_GB` to
/// choose), the most a report child may map.
fn memory_cap_bytes() -> u64 {
    if let Some(gb) = std::env::var("CLAIMSCAN_BENCH_MEM_GB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        return gb << 30;
    }
    let total_kb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        })
        .unwrap_or(8 << 20);
    total_kb * 1024 / 4 * 3
}

/// Reports on `k` copies of the shared corpus's scan, for each `k`.
fn scale(ks: &[usize]) {
    use polars::prelude::*;
    let Some(inputs) = corpus_or_say() else {
        return;
    };
    let tmp = std::env::temp_dir().join(format!("claimscan-scale-{}", std::process::id()));
    let scan_dir = tmp.join("scan");
    child(&["scan", &inputs.join("\u{1f}"), &scan_dir.to_string_lossy()]);
    let mut claims = 0usize;
    let mut bytes = 0u64;
    for &k in ks {
        let dir = tmp.join(format!("x{k}"));
        for table in ["articles", "claims", "entities", "quotes"] {
            let lf = claimscan::tables::scan_table(&scan_dir, table)
                .unwrap_or_else(|e| panic!("{table}: {e}"))
                .unwrap_or_else(|| panic!("{table} missing"));
            let df = lf.collect().unwrap_or_else(|e| panic!("{table}: {e}"));
            if table == "claims" {
                claims = df.height();
            }
            if table == "articles" {
                bytes = df
                    .column("bytes")
                    .and_then(|c| c.cast(&DataType::UInt64))
                    .ok()
                    .and_then(|c| c.u64().ok().and_then(|v| v.sum()))
                    .unwrap_or(0);
            }
            let parts = dir.join(table);
            std::fs::create_dir_all(&parts).expect("mkdir");
            for copy in 0..k {
                let mut exprs = vec![(col("doc_id") + lit(format!("~{copy}"))).alias("doc_id")];
                if table == "articles" {
                    exprs.push(
                        (col("published").cast(DataType::Int32) + lit(800 * copy as i32))
                            .cast(DataType::Date)
                            .alias("published"),
                    );
                }
                let mut piece = df
                    .clone()
                    .lazy()
                    .with_columns(exprs)
                    .collect()
                    .unwrap_or_else(|e| panic!("{table}: {e}"));
                let path = parts.join(format!("part-{copy:05}.parquet"));
                let file = std::fs::File::create(&path).expect("create part");
                ParquetWriter::new(file)
                    .finish(&mut piece)
                    .unwrap_or_else(|e| panic!("{table}: {e}"));
            }
            drop(df);
        }
        let out = tmp.join(format!("report-x{k}"));
        let exe = std::env::current_exe().expect("current exe");
        let t = Instant::now();
        let mut cmd = Command::new(exe);
        cmd.args(["--phase", "report"]).arg(&dir).arg(&out);
        // The report holds its rows in memory: cap its address space so that
        // a copy too large for the machine fails alone (an allocation
        // failure) instead of calling the kernel's OOM killer on others.
        let cap = memory_cap_bytes();
        // SAFETY: setrlimit is async-signal-safe and touches only the child.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || {
                let lim = libc::rlimit {
                    rlim_cur: cap,
                    rlim_max: cap,
                };
                if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let run = cmd.output().expect("run phase");
        let secs = t.elapsed().as_secs_f64();
        let last = String::from_utf8_lossy(&run.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_string();
        let peak: f64 = last
            .split_whitespace()
            .nth(2)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN);
        if run.status.success() {
            println!(
                "report x{k}: {} claims of {:.0} MB of text: {secs:.1} s, peak {peak:.0} MB",
                claims * k,
                (bytes as f64 * k as f64) / 1e6
            );
        } else {
            println!(
                "report x{k}: {} claims: failed after {secs:.1} s ({}; out of memory?)",
                claims * k,
                run.status
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&out);
    }
    let _ = std::fs::remove_dir_all(&tmp);
}

/// One GVA article: its incident and the official counts.
struct Official {
    incident: String,
    killed: Option<f64>,
    injured: Option<f64>,
}

fn gva() {
    use std::collections::HashMap;
    use std::io::BufRead;

    let path = corpus_dir().join("gva-dev.jsonl.zst");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("no {}", path.display());
        return;
    };
    let reader = std::io::BufReader::new(zstd::stream::read::Decoder::new(file).expect("zstd"));
    let mut official: HashMap<String, Official> = HashMap::new();
    for line in reader.lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let id = v["id"].as_str().unwrap_or_default().to_string();
        official.insert(
            id,
            Official {
                incident: v["cluster"].as_str().unwrap_or_default().to_string(),
                killed: v["gva_num_killed"].as_f64(),
                injured: v["gva_num_injured"].as_f64(),
            },
        );
    }
    let tmp = std::env::temp_dir().join(format!("claimscan-gva-{}", std::process::id()));
    let scan_dir = tmp.join("scan");
    let inputs = vec![path.to_string_lossy().to_string()];
    scan(&inputs, &Registry::all(), &ScanOptions::new(&scan_dir)).expect("scan");
    let out = tmp.join("report");
    let summary = run(&scan_dir, &out, &ReportOptions::default()).expect("report");
    println!("{summary}\n");

    let corpus = claimscan::analyse::Corpus::load(&scan_dir).expect("load");
    for (cat, pick) in [("deaths", 0), ("injured", 1)] {
        let off = |o: &Official| if pick == 0 { o.killed } else { o.injured };
        // Figures of the category per article, in text order.
        let mut figs: HashMap<&str, Vec<&claimscan::analyse::ClaimRow>> = HashMap::new();
        for c in &corpus.claims {
            if c.category.as_deref() == Some(cat)
                && c.value.is_some()
                && !matches!(c.change_role.as_deref(), Some("old" | "delta"))
            {
                figs.entry(&corpus.articles[c.doc as usize].doc_id)
                    .or_default()
                    .push(c);
            }
        }
        let holds = |c: &claimscan::analyse::ClaimRow, n: f64| {
            let v = c.value.unwrap_or(f64::NAN);
            if &*c.qualifier == "exact" {
                return v == n;
            }
            c.lo.unwrap_or(v) <= n && n <= c.hi.unwrap_or(f64::INFINITY)
        };
        let (mut with_official, mut with_figure, mut any, mut first) = (0, 0, 0, 0);
        let mut by_incident: HashMap<&str, (Vec<f64>, f64)> = HashMap::new();
        for (id, o) in &official {
            let Some(n) = off(o) else { continue };
            with_official += 1;
            let Some(fs) = figs.get_mut(id.as_str()) else {
                continue;
            };
            fs.sort_by_key(|c| c.start);
            with_figure += 1;
            any += fs.iter().any(|c| holds(c, n)) as usize;
            first += holds(fs[0], n) as usize;
            let e = by_incident.entry(&o.incident).or_insert((Vec::new(), n));
            e.0.push(fs[0].value.unwrap_or(f64::NAN));
        }
        let majority_ok = by_incident
            .values()
            .filter(|(vals, n)| {
                let mut counts: Vec<(usize, f64)> = Vec::new();
                for v in vals {
                    match counts.iter_mut().find(|(_, x)| x == v) {
                        Some(c) => c.0 += 1,
                        None => counts.push((1, *v)),
                    }
                }
                counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.total_cmp(&b.1)));
                counts.first().is_some_and(|c| c.1 == *n)
            })
            .count();
        println!(
            "{cat}: {with_official} articles with an official count; {with_figure} with a {cat} figure; \
             first figure = official in {first} ({:.0}%), some figure = official in {any} ({:.0}%); \
             incidents: majority of first figures = official in {majority_ok} of {}",
            100.0 * first as f64 / with_figure.max(1) as f64,
            100.0 * any as f64 / with_figure.max(1) as f64,
            by_incident.len()
        );
    }

    let mut rd = csv::Reader::from_path(out.join("inconsistencies.csv")).expect("inconsistencies");
    let headers = rd.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (da, db, sa, sb) = (
        col("doc_id_a"),
        col("doc_id_b"),
        col("surface_a"),
        col("surface_b"),
    );
    let (ta, tb, reason, category) = (
        col("sentence_a"),
        col("sentence_b"),
        col("reason"),
        col("category"),
    );
    let mut listing = String::new();
    let (mut rows, mut same) = (0, 0);
    for rec in rd.records().map_while(Result::ok) {
        rows += 1;
        let (a, b) = (official.get(&rec[da]), official.get(&rec[db]));
        let one = a.zip(b).is_some_and(|(a, b)| a.incident == b.incident);
        same += one as usize;
        let counts = |o: Option<&Official>| {
            o.map(|o| format!("{:?}/{:?}", o.killed, o.injured))
                .unwrap_or_default()
        };
        listing.push_str(&format!(
            "#{rows} {} | {} | same incident: {one} | official killed/injured {}\n  A [{}] {}\n  B [{}] {}\n\n",
            &rec[reason], &rec[category], counts(a), &rec[sa], &rec[ta], &rec[sb], &rec[tb]
        ));
    }
    println!("inconsistencies: {rows}; both sides in one incident: {same}");
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gva-inconsistencies.txt");
    if std::fs::write(&list, listing).is_ok() {
        println!(
            "every flagged pair, for checking by hand: {}",
            list.display()
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
