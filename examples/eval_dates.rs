//! Scores the dates extractor on the shared evaluation sets.
//!
//! ```text
//! cargo run --release --example eval_dates [-- --out DIR] [--errors] [--day-first]
//! ```
//!
//! For each set (TimeBank, AQUAINT, Recognizers-Text DateTime) it runs the
//! extractor with the record's `dct` as the publication date, prints span
//! and value precision / recall / F1 (TIMEX strings compared exactly, as
//! `score.py` does), and with `--out DIR` writes the predictions in the
//! eval schema (`DIR/dates_<set>.jsonl`) so that
//! `python3 ../shared/eval/score.py GOLD DIR/dates_<set>.jsonl` can check
//! the figures. `--errors` lists every missed, spurious and wrong value.

use std::path::PathBuf;

use claimscan::eval::{self, Item, Options, Record};
use claimscan::extract::dates::{eval_items, DateOptions, Dates};

const SETS: &[(&str, &str)] = &[
    ("timebank", "timebank/tbaq_timebank.jsonl"),
    ("aquaint", "timebank/tbaq_aquaint.jsonl"),
    (
        "recognizers",
        "recognizers_text/DateTime_DateTimeModel.jsonl",
    ),
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let errors = args.iter().any(|a| a == "--errors");
    let only = args
        .iter()
        .position(|a| a == "--set")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let opts = DateOptions {
        day_first: args.iter().any(|a| a == "--day-first"),
    };
    let Some(dir) = eval::shared_dir() else {
        eprintln!("eval_dates: shared eval folder not found (set CLAIMSCAN_SHARED); nothing to do");
        return Ok(());
    };
    let dates = Dates::new(opts);
    let mut news = eval::Score::default();
    for (name, file) in SETS {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let records = eval::load(&dir.join(file))?;
        let preds: Vec<Vec<Item>> = records.iter().map(|r| eval_items(&dates, r)).collect();
        let s = eval::score(&records, &preds, &Options::default());
        println!("{name:12} {}", s.summary());
        if *name != "recognizers" {
            news.gold += s.gold;
            news.pred += s.pred;
            news.matched += s.matched;
            news.value_correct += s.value_correct;
        }
        if let Some(out) = &out {
            std::fs::create_dir_all(out)?;
            let f = std::fs::File::create(out.join(format!("dates_{name}.jsonl")))?;
            eval::write_predictions(std::io::BufWriter::new(f), &records, &preds)?;
        }
        if errors {
            print_errors(&records, &preds);
        }
    }
    if news.gold > 0 && only.is_none() {
        println!("{:12} {}", "tb+aquaint", news.summary());
    }
    Ok(())
}

fn print_errors(records: &[Record], preds: &[Vec<Item>]) {
    for (rec, pred) in records.iter().zip(preds) {
        let g: Vec<&Item> = rec.gold.iter().collect();
        let p: Vec<&Item> = pred.iter().collect();
        let pairs = eval::match_record(&g, &p, &Options::default());
        let dct = rec.dct.as_deref().unwrap_or("");
        let ctx = |it: &Item| {
            let (s, e) = (it.start.unwrap_or(0), it.end.unwrap_or(0));
            let mut a = s.saturating_sub(40);
            while !rec.text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (e + 40).min(rec.text.len());
            while !rec.text.is_char_boundary(b) {
                b += 1;
            }
            format!(
                "{}[{}]{}",
                &rec.text[a..s],
                &rec.text[s..e],
                &rec.text[e..b]
            )
            .replace('\n', " ")
        };
        for &(gi, pi) in &pairs {
            if !eval::value_equal(&g[gi].value, &p[pi].value) {
                println!(
                    "WRONG\t{dct}\t{}\t{}\t{}\t{}",
                    g[gi].surface.as_deref().unwrap_or(""),
                    g[gi].value,
                    p[pi].value,
                    ctx(p[pi])
                );
            }
        }
        for (gi, gold) in g.iter().enumerate() {
            if !pairs.iter().any(|&(x, _)| x == gi) {
                println!(
                    "MISS\t{dct}\t{}\t{}\t\t{}",
                    gold.surface.as_deref().unwrap_or(""),
                    gold.value,
                    ctx(gold)
                );
            }
        }
        for (pi, pr) in p.iter().enumerate() {
            if !pairs.iter().any(|&(_, x)| x == pi) {
                println!(
                    "SPUR\t{dct}\t{}\t\t{}\t{}",
                    pr.surface.as_deref().unwrap_or(""),
                    pr.value,
                    ctx(pr)
                );
            }
        }
    }
}
