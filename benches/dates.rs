//! Throughput of the dates extractor.
//!
//! ```text
//! cargo bench --bench dates [-- --passes N] [--limit-mb M]
//! ```
//!
//! Runs on one core: a labelled input (a paragraph dense with dates), a
//! no-match input (prose without any date: the cost of the trigger scan
//! alone), and the whole Reuters-21578
//! corpus from `../shared/corpus/reuters21578.jsonl.zst` (read with the
//! `zstd` crate and `serde_json`; skipped with a message when absent),
//! first with the dates extractor alone, then with every built-in
//! extractor (`Registry::all()`), and prints MB/s for each.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::time::Instant;

use claimscan::extract::dates::Dates;
use claimscan::extract::{sentences, Registry};
use claimscan::Document;
use jiff::civil::Date;

const LABELLED: &str = "MOSCOW, May 7 - Kerry met Putin on Tuesday for more than two hours, \
a day after talks in Rome. The ministers hope to convene a conference by the end of May, \
building on the accord agreed last June. Third-quarter profit rose 12% from a year earlier; \
in fiscal 1988 the company earned $17.3 million. The offer expires at 5 p.m. EST on \
Nov. 6, 1989, and the board meets every month. Prices peaked in the early 1990s and again \
in the summer of 2008, three years ago.\n";

const NO_MATCH: &str = "The committee said the proposal would cut costs and improve service \
for customers across the region. Officials declined to comment on the talks, and analysts \
said the outcome remained uncertain. Shares of the company closed higher after the report.\n";

fn corpus_path() -> Option<PathBuf> {
    let base = std::env::var_os("CLAIMSCAN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = base.join("corpus/reuters21578.jsonl.zst");
    p.is_file().then_some(p)
}

fn load_corpus(limit: usize) -> Vec<(String, Option<Date>)> {
    let Some(path) = corpus_path() else {
        return Vec::new();
    };
    let file = std::fs::File::open(path).expect("open corpus");
    let reader = BufReader::new(zstd::Decoder::new(file).expect("zstd stream"));
    let mut docs = Vec::new();
    let mut bytes = 0;
    for line in reader.lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("").to_string();
        let date = v["date"]
            .as_str()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse().ok());
        bytes += text.len();
        docs.push((text, date));
        if bytes >= limit {
            break;
        }
    }
    docs
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

/// CPU time of this thread in seconds (Linux `schedstat`), or wall time
/// elsewhere. On a shared machine CPU time is what "per core" means:
/// wall time also counts the time other processes held the core.
struct Clock {
    wall: Instant,
    cpu: Option<u64>,
}

fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

impl Clock {
    fn start() -> Clock {
        Clock {
            wall: Instant::now(),
            cpu: thread_cpu_ns(),
        }
    }
    /// (cpu seconds, wall seconds)
    fn elapsed(&self) -> (f64, f64) {
        let wall = self.wall.elapsed().as_secs_f64();
        let cpu = match (self.cpu, thread_cpu_ns()) {
            (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
            _ => wall,
        };
        (cpu, wall)
    }
}

/// Runs `f` over `texts` `passes` times; returns (MB/s on CPU time, MB/s
/// on wall time, found per pass).
fn run(
    texts: &[(String, Option<Date>)],
    passes: usize,
    mut f: impl FnMut(&str, Option<Date>) -> usize,
) -> (f64, f64, usize) {
    let bytes: usize = texts.iter().map(|t| t.0.len()).sum();
    let mut found = 0;
    let clock = Clock::start();
    for _ in 0..passes {
        found = 0;
        for (t, d) in texts {
            found += f(t, *d);
        }
    }
    let (cpu, wall) = clock.elapsed();
    (mbps(bytes * passes, cpu), mbps(bytes * passes, wall), found)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let passes = arg("--passes").unwrap_or(3);
    let limit = arg("--limit-mb").unwrap_or(1000) * 1_000_000;
    let dates = Dates::default();
    let anchor = Some(jiff::civil::date(1989, 11, 2));

    // dates alone: the extractor sees the text and the sentence split, as
    // in a scan, but the split is not timed
    let bench_dates = |texts: &[(String, Option<Date>)], label: &str| {
        let prepared: Vec<_> = texts
            .iter()
            .map(|(t, d)| (t.clone(), *d, sentences::split(t)))
            .collect();
        let bytes: usize = texts.iter().map(|t| t.0.len()).sum();
        let mut found = 0;
        // small inputs are repeated until at least ~20 MB go through
        let reps = passes.max(20_000_000 / bytes.max(1));
        let clock = Clock::start();
        for _ in 0..reps {
            found = 0;
            for (t, d, s) in &prepared {
                found += dates.find(t, *d, s).len();
            }
        }
        let (cpu, wall) = clock.elapsed();
        println!(
            "dates/{label:10} {:>8.1} MB/s per core ({:.1} MB/s wall)  {} mentions, {:.1} MB",
            mbps(bytes * reps, cpu),
            mbps(bytes * reps, wall),
            found,
            bytes as f64 / 1e6
        );
    };
    let labelled: Vec<_> = (0..2000).map(|_| (LABELLED.to_string(), anchor)).collect();
    let no_match: Vec<_> = (0..2000).map(|_| (NO_MATCH.to_string(), anchor)).collect();
    bench_dates(&labelled, "labelled");
    bench_dates(&no_match, "no-match");

    let corpus = load_corpus(limit);
    if corpus.is_empty() {
        println!("dates/reuters: corpus not found (set CLAIMSCAN_SHARED); skipped");
        return;
    }
    bench_dates(&corpus, "reuters");

    // the whole scan: sentence split and every built-in extractor
    let reg = Registry::all();
    let docs: Vec<(String, Option<Date>)> = corpus;
    let (cpu, wall, found) = run(&docs, passes, |t, d| {
        let mut doc = Document::from_text("b", t);
        if let Some(d) = d {
            doc = doc.with_published(d);
        }
        let x = reg.extract(&doc);
        x.dates.len() + x.claims.len() + x.entities.len() + x.quotes.len()
    });
    println!(
        "all/reuters      {cpu:>8.1} MB/s per core ({wall:.1} MB/s wall)  {found} rows; extractors: {:?}",
        reg.names()
    );
}
