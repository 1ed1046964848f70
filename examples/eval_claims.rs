//! Scores the claims extractor and the number scanner on the shared
//! evaluation sets and prints value precision, recall and F1 per set and
//! per half (`claimscan::eval::half` of each record id: rules are written
//! against the tuning half, the check half is kept for checking).
//!
//! ```text
//! cargo run --release --example eval_claims [-- --out DIR] [--set NAME] [--verbose [tuning|check]]
//! ```
//!
//! With `--out DIR`, predictions are written in the eval schema
//! (`DIR/<set>.pred.jsonl`) beside each half of the gold
//! (`DIR/<set>.tuning.jsonl`, `DIR/<set>.check.jsonl`), so that
//! `python3 score.py DIR/<set>.check.jsonl DIR/<set>.pred.jsonl` checks the
//! figures independently. `--verbose` prints each record of the tuning half
//! whose predictions differ from its gold (`--verbose check` the check
//! half's). Skips with a message when the shared folder is absent.

use std::io::{BufRead, Write};

use claimscan::eval::{self, Half, Score};
use claimscan::extract::claims::eval::{score_set, Set};

fn f1(s: &Score) -> f64 {
    s.value().2
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = arg("--out").map(std::path::PathBuf::from);
    let verbose =
        args.iter()
            .any(|a| a == "--verbose")
            .then(|| match arg("--verbose").as_deref() {
                Some("check") => Half::Check,
                _ => Half::Tuning,
            });
    let only = arg("--set");
    let Some(dir) = eval::shared_dir() else {
        println!("skipped: shared eval folder not found (set CLAIMSCAN_SHARED)");
        return Ok(());
    };
    println!(
        "{:<48} {:>22} {:>16} {:>16}   {:>22}",
        "set", "value P / R / F1 (all)", "tuning", "check", "skip flagged: all / tuning / check"
    );
    for (set, file) in Set::ALL {
        if only.as_deref().is_some_and(|o| !file.contains(o)) {
            continue;
        }
        let scored = score_set(set, &dir.join(file))?;
        let (p, r, f) = scored.all.value();
        println!(
            "{file:<48} {p:>6.1} {r:>6.1} {f:>6.1} {:>9.1} ({:>3}) {:>9.1} ({:>3})   {:>6.1} {:>6.1} {:>6.1}",
            f1(&scored.tuning.0),
            scored.tuning.0.gold,
            f1(&scored.check.0),
            scored.check.0.gold,
            f1(&scored.skip_flagged),
            f1(&scored.tuning.1),
            f1(&scored.check.1),
        );
        if let Some(out) = &out {
            std::fs::create_dir_all(out)?;
            let stem = file
                .rsplit('/')
                .next()
                .unwrap_or(file)
                .trim_end_matches(".jsonl");
            let w = std::io::BufWriter::new(std::fs::File::create(
                out.join(format!("{stem}.pred.jsonl")),
            )?);
            eval::write_predictions(w, &scored.records, &scored.preds)?;
            // The gold of each half, line for line as the set has it.
            let mut halves = [Half::Tuning, Half::Check].map(|h| {
                std::fs::File::create(out.join(format!("{stem}.{}.jsonl", h.as_str())))
                    .map(std::io::BufWriter::new)
            });
            let gold = std::io::BufReader::new(std::fs::File::open(dir.join(file))?);
            for line in gold.lines() {
                let line = line?;
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                let id = v["id"].as_str().unwrap_or_default();
                let k = usize::from(eval::half(id) == Half::Check);
                if let Ok(w) = &mut halves[k] {
                    writeln!(w, "{line}")?;
                }
            }
        }
        if let Some(half) = verbose {
            for (rec, pred) in scored.records.iter().zip(&scored.preds) {
                if eval::half(&rec.id) != half {
                    continue;
                }
                let s = eval::score(
                    std::slice::from_ref(rec),
                    std::slice::from_ref(pred),
                    &eval::Options::default(),
                );
                if s.value_correct != s.gold || s.value_correct != s.pred {
                    println!(
                        "  {} {:?}{}",
                        rec.id,
                        rec.text,
                        if rec.flagged { " [flagged]" } else { "" }
                    );
                    for g in &rec.gold {
                        println!(
                            "    gold {:?} {}",
                            g.surface.as_deref().unwrap_or(""),
                            g.value
                        );
                    }
                    for p in pred {
                        println!(
                            "    pred {:?} {} {:?}",
                            p.surface.as_deref().unwrap_or(""),
                            p.value,
                            p.unit
                        );
                    }
                }
            }
        }
    }
    Ok(())
}
