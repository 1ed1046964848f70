//! Throughput in CPU time (robust on a busy machine): runs the claims
//! extractor over Reuters-21578 `N` times after loading it, and prints MB
//! per CPU-second of this thread (from /proc/thread-self/stat, Linux).
//!
//! ```text
//! cargo run --release --example claims_cpu -- 10
//! ```

use std::io::BufRead;

use claimscan::extract::{claims::Claims, sentences, Context, Extraction, Extractor};
use claimscan::Document;

fn cpu_seconds() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after = s.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() -> std::io::Result<()> {
    let reps: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let mode = std::env::args().nth(2).unwrap_or_default();
    let path = std::env::var_os("CLAIMSCAN_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("corpus/reuters21578.jsonl.zst");
    let Ok(file) = std::fs::File::open(&path) else {
        println!("skipped: {} not found", path.display());
        return Ok(());
    };
    let mut docs = Vec::new();
    for line in std::io::BufReader::new(zstd::stream::read::Decoder::new(file)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?).map_err(std::io::Error::other)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            docs.push(Document::from_text(docs.len().to_string(), t));
        }
    }
    let split: Vec<_> = docs.iter().map(|d| sentences::split(&d.text)).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t0 = cpu_seconds();
    let w0 = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        for (d, s) in docs.iter().zip(&split) {
            match mode.as_str() {
                "scan" => n += claimscan::extract::numbers::scan(&d.text).len(),
                "figures" => n += claimscan::extract::claims::figures(&d.text).len(),
                _ => {
                    let cx = Context {
                        doc: d,
                        text: &d.text,
                        sentences: s,
                    };
                    let mut out = Extraction::default();
                    Claims.extract(&cx, &mut out);
                    n += out.claims.len();
                }
            }
        }
    }
    let cpu = cpu_seconds() - t0;
    let wall = w0.elapsed().as_secs_f64();
    let mb = (bytes * reps) as f64 / 1e6;
    println!(
        "{}: {:.1} MB/s per CPU-second ({:.1} MB/s wall), {} claims per pass",
        if mode.is_empty() {
            "claims extractor"
        } else {
            mode.as_str()
        },
        mb / cpu,
        mb / wall,
        n / reps.max(1)
    );
    Ok(())
}
