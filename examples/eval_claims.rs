//! Scores the claims extractor and the number scanner on the shared
//! evaluation sets and prints precision, recall and F1 per set.
//!
//! ```text
//! cargo run --release --example eval_claims [-- --out DIR] [--verbose]
//! ```
//!
//! With `--out DIR`, predictions are written in the eval schema
//! (`DIR/<set>.pred.jsonl`), so that `python3 score.py GOLD PRED` checks
//! the figures independently. `--verbose` prints each record whose
//! predictions differ from its gold. Skips with a message when the shared
//! folder is absent.

use claimscan::eval;
use claimscan::extract::claims::eval::{score_set, Set};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let verbose = args.iter().any(|a| a == "--verbose");
    let only = args
        .iter()
        .position(|a| a == "--set")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let Some(dir) = eval::shared_dir() else {
        println!("skipped: shared eval folder not found (set CLAIMSCAN_SHARED)");
        return Ok(());
    };
    println!(
        "{:<48} {:>26} | {:>26}",
        "set", "value P / R / F1 (all)", "(skip flagged)"
    );
    for (set, file) in Set::ALL {
        if only.as_deref().is_some_and(|o| !file.contains(o)) {
            continue;
        }
        let claimscan::extract::claims::eval::SetScore {
            all,
            skip_flagged: skip,
            records,
            preds,
        } = score_set(set, &dir.join(file))?;
        let (p, r, f) = all.value();
        let (sp, sr, sf) = skip.value();
        println!("{file:<48} {p:>7.1} {r:>7.1} {f:>7.1}    | {sp:>7.1} {sr:>7.1} {sf:>7.1}   (gold {} / {})", all.gold, skip.gold);
        if let Some(out) = &out {
            std::fs::create_dir_all(out)?;
            let name = file
                .rsplit('/')
                .next()
                .unwrap_or(file)
                .replace(".jsonl", ".pred.jsonl");
            let w = std::io::BufWriter::new(std::fs::File::create(out.join(name))?);
            eval::write_predictions(w, &records, &preds)?;
        }
        if verbose {
            for (rec, pred) in records.iter().zip(&preds) {
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
