//! Scores the entities extractor on CoNLL-2003 (eng.testa): span P/R/F1 for
//! PER, ORG and LOC, typed, with overlapping spans (as `score.py --typed`).
//!
//! ```text
//! cargo run --release --example eval_entities [-- --errors PER] [--pred FILE]
//! ```
//! `--errors TYPE` lists the missed and spurious items of one type;
//! `--pred FILE` writes the predictions for `score.py`.

use claimscan::eval::{self, Item, Options, Record};
use claimscan::extract::entities::conll;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = eval::shared_dir() else {
        println!("skipped: ../shared/eval not found (set CLAIMSCAN_SHARED)");
        return Ok(());
    };
    let path = dir.join("conll2003/conll2003_testa.jsonl");
    let records = eval::load(&path)?;
    let t = std::time::Instant::now();
    let preds = conll::predict(&records);
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    println!(
        "CoNLL-2003 testa: {} sentences, {:.2} MB in {:.2}s",
        records.len(),
        bytes as f64 / 1e6,
        secs
    );
    println!(
        "{:<5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "type", "gold", "pred", "match", "P", "R", "F1"
    );
    for ty in ["PER", "ORG", "LOC", "PER+ORG+LOC"] {
        let types: Vec<String> = ty.split('+').map(String::from).collect();
        let opts = Options {
            types: Some(types),
            typed: true,
            ..Options::default()
        };
        let s = eval::score(&records, &preds, &opts);
        let (p, r, f) = s.span();
        println!(
            "{ty:<5} {:>6} {:>6} {:>6} {p:>7.2} {r:>7.2} {f:>7.2}",
            s.gold, s.pred, s.matched
        );
    }
    if let Some(k) = args.iter().position(|a| a == "--errors") {
        let ty = args.get(k + 1).map_or("PER", String::as_str);
        errors(&records, &preds, ty);
    }
    if let Some(k) = args.iter().position(|a| a == "--pred") {
        if let Some(p) = args.get(k + 1) {
            eval::write_predictions(std::fs::File::create(p)?, &records, &preds)?;
        }
    }
    Ok(())
}

/// Prints missed (`-`) and spurious (`+`) items of one type, with their sentence.
fn errors(records: &[Record], preds: &[Vec<Item>], ty: &str) {
    let opts = Options {
        typed: true,
        ..Options::default()
    };
    for (rec, pred) in records.iter().zip(preds) {
        let g: Vec<&Item> = rec.gold.iter().collect();
        let p: Vec<&Item> = pred.iter().collect();
        let pairs = eval::match_record(&g, &p, &opts);
        let gold_matched = |i: usize| pairs.iter().any(|&(a, _)| a == i);
        let pred_matched = |i: usize| pairs.iter().any(|&(_, b)| b == i);
        unmatched('-', &g, gold_matched, &p, ty, &rec.text);
        unmatched('+', &p, pred_matched, &g, ty, &rec.text);
    }
}

/// Prints the `items` of type `ty` left unmatched, each with the first
/// item of `other` overlapping it and the record's text.
fn unmatched(
    sign: char,
    items: &[&Item],
    matched: impl Fn(usize) -> bool,
    other: &[&Item],
    ty: &str,
    text: &str,
) {
    for (i, it) in items.iter().enumerate() {
        if it.kind.as_deref() == Some(ty) && !matched(i) {
            let o = other.iter().find(|q| q.start < it.end && it.start < q.end);
            println!(
                "{sign} {:<30} [{}] {}",
                it.surface.as_deref().unwrap_or(""),
                o.map_or("none".to_string(), |o| format!(
                    "{}:{}",
                    o.kind.as_deref().unwrap_or(""),
                    o.surface.as_deref().unwrap_or("")
                )),
                text
            );
        }
    }
}
