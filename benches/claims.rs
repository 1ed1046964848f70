//! Throughput of the claims extractor (with the number scanner under it)
//! on the Reuters-21578 corpus, one thread, printed in MB/s (best wall
//! time) and MB per CPU-second (robust on a shared machine); plus one
//! labelled input with figures and one with none.
//!
//! ```text
//! cargo bench --bench claims
//! ```
//!
//! Reads `../shared/corpus/reuters21578.jsonl.zst` (or
//! `$CLAIMSCAN_SHARED/corpus/...`) with `zstd` and `serde_json`, and skips
//! with a message when the file is absent.

use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;

use claimscan::extract::claims::figures;
use claimscan::extract::{Context, Extraction, Extractor, Registry};
use claimscan::Document;

fn corpus_path() -> PathBuf {
    std::env::var_os("CLAIMSCAN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
        .join("corpus/reuters21578.jsonl.zst")
}

fn load(path: &PathBuf) -> std::io::Result<Vec<String>> {
    let file = std::fs::File::open(path)?;
    let dec = zstd::stream::read::Decoder::new(file)?;
    let mut texts = Vec::new();
    for line in std::io::BufReader::new(dec).lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line).map_err(std::io::Error::other)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    Ok(texts)
}

/// CPU time of this thread in seconds (Linux; 0 elsewhere), so that the
/// figure holds on a busy machine where wall time includes waiting.
fn cpu_seconds() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after = s.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Runs `f` `reps` times; prints the best wall-clock MB/s and the MB per
/// CPU-second over all runs (1 thread).
fn time<F: FnMut() -> usize>(label: &str, bytes: usize, reps: usize, mut f: F) {
    let mut best = f64::INFINITY;
    let mut found = 0;
    let c0 = cpu_seconds();
    for _ in 0..reps {
        let t = Instant::now();
        found = f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let cpu = cpu_seconds() - c0;
    let per_cpu = if cpu > 0.0 {
        format!("{:>8.1} MB/CPU-s", (bytes * reps) as f64 / cpu / 1e6)
    } else {
        "       - MB/CPU-s".to_string()
    };
    println!(
        "{label:<40} {:>8.1} MB/s {per_cpu}  ({found} figures, {:.1} MB, best of {reps})",
        bytes as f64 / best / 1e6,
        bytes as f64 / 1e6
    );
}

fn main() {
    let labelled = "The war has claimed over 70,000 lives, officials said. Prices rose 5.2% to $1.2 billion \
                    in 2012, up from $980 million. About 3,000 people were displaced and 12 injured. "
        .repeat(2000);
    let no_match =
        "The visit coincides with the anniversary of the return to the Kremlin, which heralded \
                    a new chill in relations between Moscow and Washington. "
            .repeat(2000);
    time("labelled input (figures)", labelled.len(), 5, || {
        figures(&labelled).len()
    });
    time("no-match input", no_match.len(), 5, || {
        figures(&no_match).len()
    });

    let path = corpus_path();
    let texts = match load(&path) {
        Ok(t) => t,
        Err(e) => {
            println!("skipped: corpus not available at {} ({e})", path.display());
            return;
        }
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    time("reuters21578: figures()", bytes, 5, || {
        texts.iter().map(|t| figures(t).len()).sum()
    });
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::from_text(i.to_string(), t.clone()))
        .collect();
    // The extractor alone: sentences are split beforehand, as the
    // registry does for all extractors.
    let split: Vec<Vec<claimscan::extract::Sentence>> = docs
        .iter()
        .map(|d| claimscan::extract::sentences::split(&d.text))
        .collect();
    let claims = claimscan::extract::claims::Claims;
    println!("extractor: {}", claims.name());
    time("reuters21578: claims extractor", bytes, 5, || {
        let mut n = 0;
        for (d, s) in docs.iter().zip(&split) {
            let cx = Context {
                doc: d,
                text: &d.text,
                sentences: s,
            };
            let mut out = Extraction::default();
            claims.extract(&cx, &mut out);
            n += out.claims.len();
        }
        n
    });
    let only = Registry::only(&["claims"]).unwrap_or_else(|_| Registry::empty());
    time("reuters21578: registry (split + claims)", bytes, 3, || {
        docs.iter().map(|d| only.extract(d).claims.len()).sum()
    });
    time("reuters21578: number scanner only", bytes, 3, || {
        texts
            .iter()
            .map(|t| claimscan::extract::numbers::scan(t).len())
            .sum()
    });
}
