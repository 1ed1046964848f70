//! Scores the entities extractor on CoNLL-2003 (eng.testa) read as whole
//! articles (`conll2003_testa_docs.jsonl`, 216 articles): typed span
//! P/R/F1 for PER, ORG and LOC with exact spans (the measure) and with
//! overlapping spans (as `score.py --typed`), for each half of the set.
//!
//! The halves: `claimscan::eval::half` of the article id
//! (`conll03-testa-d012`; FNV-1a 64, even → tuning, odd → check). Rules
//! are written against the tuning half; the check half is read at the end.
//! The last table is the former measure, kept for comparison: the sentence
//! records (`conll2003_testa.jsonl`) joined per article, overlapping
//! spans, both halves together.
//!
//! ```text
//! cargo run --no-default-features --release --example eval_entities \
//!     [-- --errors PER [--half check]] [--out DIR]
//! ```
//! `--errors TYPE` lists the missed (`-`) and spurious (`+`) items of one
//! type under exact spans, in the tuning half unless `--half check`, each
//! with the overlapping item of the other side and its line of the article.
//! `--out DIR` writes `DIR/conll2003_testa_docs.pred.jsonl` and the gold of
//! each half (`.tuning.jsonl`, `.check.jsonl`) for `score.py`:
//!
//! ```text
//! python3 ../shared/eval/score.py DIR/conll2003_testa_docs.check.jsonl \
//!     DIR/conll2003_testa_docs.pred.jsonl --typed --exact --types PER
//! ```

use std::io::{BufRead, Write};

use claimscan::eval::{self, Half, Item, Options, Record};
use claimscan::extract::entities::conll;

const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "PER+ORG+LOC"];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|k| args.get(k + 1))
            .map(String::as_str)
    };
    let Some(dir) = eval::shared_dir() else {
        println!("skipped: ../shared/eval not found (set CLAIMSCAN_SHARED)");
        return Ok(());
    };
    let docs_path = dir.join("conll2003/conll2003_testa_docs.jsonl");
    let docs = eval::load(&docs_path)?;
    let t = std::time::Instant::now();
    let preds = conll::predict_docs(&docs);
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = docs.iter().map(|r| r.text.len()).sum();
    let in_half = |h: Half| -> (Vec<Record>, Vec<Vec<Item>>) {
        docs.iter()
            .zip(&preds)
            .filter(|(r, _)| eval::half(conll::article(&r.id)) == h)
            .map(|(r, p)| (r.clone(), p.clone()))
            .unzip()
    };
    println!(
        "CoNLL-2003 testa, whole articles: {} articles, {:.2} MB in {:.2}s",
        docs.len(),
        bytes as f64 / 1e6,
        secs
    );
    for h in [Half::Tuning, Half::Check] {
        let (recs, ps) = in_half(h);
        println!("\n{} half: {} articles", h.as_str(), recs.len());
        table(&recs, &ps);
    }

    // The former measure: sentence records, overlapping spans, whole set.
    let sent = eval::load(&dir.join("conll2003/conll2003_testa.jsonl"))?;
    let sent_preds = conll::predict(&sent);
    println!("\nsentence records joined per article (former measure), both halves, overlap:");
    println!(
        "{:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "type", "gold", "pred", "match", "P", "R", "F1"
    );
    for ty in TYPES {
        let s = eval::score(&sent, &sent_preds, &opts(ty, false));
        let (p, r, f) = s.span();
        println!(
            "{ty:<12} {:>6} {:>6} {:>6} {p:>7.2} {r:>7.2} {f:>7.2}",
            s.gold, s.pred, s.matched
        );
    }

    if let Some(ty) = arg("--errors") {
        let h = match arg("--half") {
            Some("check") => Half::Check,
            _ => Half::Tuning,
        };
        let (recs, ps) = in_half(h);
        println!("\nerrors ({ty}, {} half, exact spans):", h.as_str());
        errors(&recs, &ps, ty);
    }
    if let Some(out) = arg("--out") {
        let out = std::path::Path::new(out);
        std::fs::create_dir_all(out)?;
        let stem = "conll2003_testa_docs";
        let w = std::io::BufWriter::new(std::fs::File::create(
            out.join(format!("{stem}.pred.jsonl")),
        )?);
        eval::write_predictions(w, &docs, &preds)?;
        // The gold of each half, line for line as the set has it.
        let mut halves = [Half::Tuning, Half::Check].map(|h| {
            std::fs::File::create(out.join(format!("{stem}.{}.jsonl", h.as_str())))
                .map(std::io::BufWriter::new)
        });
        let gold = std::io::BufReader::new(std::fs::File::open(&docs_path)?);
        for line in gold.lines() {
            let line = line?;
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let id = v["id"].as_str().unwrap_or_default();
            let k = usize::from(eval::half(conll::article(id)) == Half::Check);
            if let Ok(w) = &mut halves[k] {
                writeln!(w, "{line}")?;
            }
        }
        for w in halves.iter_mut().flatten() {
            w.flush()?;
        }
    }
    Ok(())
}

fn opts(ty: &str, exact: bool) -> Options {
    Options {
        types: Some(ty.split('+').map(String::from).collect()),
        typed: true,
        exact,
        ..Options::default()
    }
}

/// Prints P/R/F1 per type, exact spans and overlapping spans.
fn table(recs: &[Record], preds: &[Vec<Item>]) {
    println!(
        "{:<12} {:>6} {:>6} | {:>6} {:>7} {:>7} {:>7} | {:>6} {:>7} {:>7} {:>7}",
        "type", "gold", "pred", "exact", "P", "R", "F1", "overl", "P", "R", "F1"
    );
    for ty in TYPES {
        let x = eval::score(recs, preds, &opts(ty, true));
        let o = eval::score(recs, preds, &opts(ty, false));
        let (xp, xr, xf) = x.span();
        let (op, or, of) = o.span();
        println!(
            "{ty:<12} {:>6} {:>6} | {:>6} {xp:>7.2} {xr:>7.2} {xf:>7.2} | {:>6} {op:>7.2} {or:>7.2} {of:>7.2}",
            x.gold, x.pred, x.matched, o.matched
        );
    }
}

/// Prints missed (`-`) and spurious (`+`) items of one type under exact
/// spans, with their line of the article.
fn errors(records: &[Record], preds: &[Vec<Item>], ty: &str) {
    let opts = Options {
        typed: true,
        exact: true,
        ..Options::default()
    };
    for (rec, pred) in records.iter().zip(preds) {
        let g: Vec<&Item> = rec.gold.iter().collect();
        let p: Vec<&Item> = pred.iter().collect();
        let pairs = eval::match_record(&g, &p, &opts);
        let gold_matched = |i: usize| pairs.iter().any(|&(a, _)| a == i);
        let pred_matched = |i: usize| pairs.iter().any(|&(_, b)| b == i);
        unmatched('-', &g, gold_matched, &p, ty, rec);
        unmatched('+', &p, pred_matched, &g, ty, rec);
    }
}

/// Prints the `items` of type `ty` left unmatched, each with the first
/// item of `other` overlapping it and the line of the text it is on.
fn unmatched(
    sign: char,
    items: &[&Item],
    matched: impl Fn(usize) -> bool,
    other: &[&Item],
    ty: &str,
    rec: &Record,
) {
    let text = &rec.text;
    for (i, it) in items.iter().enumerate() {
        if it.kind.as_deref() != Some(ty) || matched(i) {
            continue;
        }
        let (Some(s), Some(e)) = (it.start, it.end) else {
            continue;
        };
        let o = other
            .iter()
            .find(|q| q.start.zip(q.end).is_some_and(|(qs, qe)| qs < e && s < qe));
        let ls = text
            .get(..s)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |k| k + 1);
        let le = text
            .get(e..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |k| e + k);
        println!(
            "{sign} {:<28} [{}] {}: {}",
            it.surface.as_deref().unwrap_or(""),
            o.map_or("none".to_string(), |o| format!(
                "{}:{}",
                o.kind.as_deref().unwrap_or(""),
                o.surface.as_deref().unwrap_or("")
            )),
            conll::article(&rec.id).trim_start_matches("conll03-testa-"),
            text.get(ls..le).unwrap_or("")
        );
    }
}
