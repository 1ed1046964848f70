//! Throughput of the entities and quotes extractors (single thread).
//!
//! ```text
//! cargo bench --bench entities [-- FILE.jsonl.zst]
//! ```
//! Reads `../shared/corpus/reuters21578.jsonl.zst` by default (skips with a
//! message when absent) and prints MB/s for: sentence splitting alone,
//! entities, quotes, and entities + quotes (sentence splitting included and
//! excluded), plus two labelled inputs: the seed article (many names and
//! quotes) and a no-match input (lower-case prose, no names, no quotes).

use std::io::BufRead;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use claimscan::extract::{entities, quotes, sentences};
use claimscan::Document;
use claimscan::Registry;

fn corpus_path() -> Option<PathBuf> {
    if let Some(p) = std::env::args()
        .skip(1)
        .find(|a| a.ends_with(".zst") || a.ends_with(".jsonl"))
    {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("CLAIMSCAN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = base.join("corpus/reuters21578.jsonl.zst");
    p.exists().then_some(p)
}

fn load(path: &PathBuf) -> Vec<String> {
    let file = std::fs::File::open(path).expect("corpus opens");
    let reader: Box<dyn BufRead> = if path.extension().is_some_and(|e| e == "zst") {
        Box::new(std::io::BufReader::new(
            zstd::Decoder::new(file).expect("zstd stream"),
        ))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    reader
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l).ok()?;
            v.get("text")?.as_str().map(str::to_string)
        })
        .collect()
}

/// Runs `f` over all texts at least twice and for at least `min`, returns MB/s.
fn rate(texts: &[String], min: Duration, mut f: impl FnMut(&str) -> usize) -> (f64, usize) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut sink = 0usize;
    let t = Instant::now();
    let mut rounds = 0;
    while rounds < 2 || t.elapsed() < min {
        for s in texts {
            sink = sink.wrapping_add(f(s));
        }
        rounds += 1;
    }
    let secs = t.elapsed().as_secs_f64();
    ((bytes * rounds) as f64 / secs / 1e6, sink)
}

fn report(label: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let min = Duration::from_secs(2);
    let split: Vec<Vec<sentences::Sentence>> = texts.iter().map(|t| sentences::split(t)).collect();
    println!(
        "{label}: {} documents, {:.2} MB",
        texts.len(),
        bytes as f64 / 1e6
    );
    let (r, _) = rate(texts, min, |t| sentences::split(t).len());
    println!("  sentences only                 {r:>8.1} MB/s");
    let mut k = 0;
    let (r, n) = rate(texts, min, |t| {
        let s = &split[k % split.len()];
        k += 1;
        entities::find(t, s).len()
    });
    println!("  entities (pre-split)           {r:>8.1} MB/s   ({n} rows)");
    let ents: Vec<_> = texts
        .iter()
        .zip(&split)
        .map(|(t, s)| entities::find(t, s))
        .collect();
    let mut k = 0;
    let (r, n) = rate(texts, min, |t| {
        let i = k % split.len();
        k += 1;
        let (q, c) = quotes::find(t, &split[i], &ents[i]);
        q.len() + c.len()
    });
    println!("  quotes + credits (pre-split)   {r:>8.1} MB/s   ({n} rows)");
    let mut k = 0;
    let (r, _) = rate(texts, min, |t| {
        let s = &split[k % split.len()];
        k += 1;
        let e = entities::find(t, s);
        let (q, c) = quotes::find(t, s, &e);
        e.len() + q.len() + c.len()
    });
    println!("  entities + quotes (pre-split)  {r:>8.1} MB/s");
    let reg = Registry::only(&["entities", "quotes"]).expect("extractors are registered");
    let docs: Vec<Document> = texts
        .iter()
        .map(|t| Document::from_text("b", t.as_str()))
        .collect();
    let mut k = 0;
    let (r, _) = rate(texts, min, |_| {
        let d = &docs[k % docs.len()];
        k += 1;
        let out = reg.extract(d);
        out.entities.len() + out.quotes.len()
    });
    println!("  entities + quotes + sentences  {r:>8.1} MB/s");
}

fn main() {
    // `--once MODE`: one pass over the corpus (for `perf stat`): `split`,
    // `entities`, `quotes` or `all` (sentences + entities + quotes).
    let args: Vec<String> = std::env::args().collect();
    if let Some(k) = args.iter().position(|a| a == "--once") {
        let mode = args.get(k + 1).map_or("all", String::as_str);
        let mut texts = corpus_path().map(|p| load(&p)).unwrap_or_default();
        if let Some(n) = std::env::var("BENCH_DOCS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            texts.truncate(n);
        }
        let t = Instant::now();
        let warm = entities::find(
            "Mr Smith went to Paris.",
            &sentences::split("Mr Smith went to Paris."),
        );
        println!(
            "lexicons loaded in {:.0} ms ({} rows)",
            t.elapsed().as_secs_f64() * 1e3,
            warm.len()
        );
        let t = Instant::now();
        let mut n = 0usize;
        for text in &texts {
            let s = sentences::split(text);
            n += match mode {
                "split" => s.len(),
                "entities" => entities::find(text, &s).len(),
                _ => {
                    let e = entities::find(text, &s);
                    let (q, c) = quotes::find(text, &s, &e);
                    e.len() + q.len() + c.len()
                }
            };
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        println!(
            "{mode}: {n} rows, {:.1} MB/s",
            bytes as f64 / t.elapsed().as_secs_f64() / 1e6
        );
        return;
    }
    // Labelled inputs: a names-and-quotes-heavy article and a no-match text.
    let seed =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_ceea40003ea13d17.txt");
    if let Ok(t) = std::fs::read_to_string(&seed) {
        report("seed article x200", &vec![t; 200]);
    }
    let plain = "the committee met again on a rainy afternoon and agreed that the figures would be \
                 checked twice before anything was published; nobody objected, and the meeting ended early.\n"
        .repeat(40);
    report("no-match prose x200", &vec![plain; 200]);
    match corpus_path() {
        Some(p) => {
            let texts = load(&p);
            report(&format!("{}", p.display()), &texts);
        }
        None => println!("skipped corpus: ../shared/corpus/reuters21578.jsonl.zst not found"),
    }
}
