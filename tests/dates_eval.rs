//! Regression test: value F1 of the dates extractor on the shared
//! evaluation sets must not fall below the figures published in the
//! README. Skips (with a message) when `../shared/eval` is absent.

use claimscan::eval::{self, Item, Options};
use claimscan::extract::dates::{eval_items, Dates};

/// The score on one set, or None when the data is not there.
fn score_set(file: &str) -> Option<eval::Score> {
    let dir = eval::shared_dir()?;
    let records = eval::load(&dir.join(file)).ok()?;
    let dates = Dates::default();
    let preds: Vec<Vec<Item>> = records.iter().map(|r| eval_items(&dates, r)).collect();
    let s = eval::score(&records, &preds, &Options::default());
    println!("{file}: {}", s.summary());
    Some(s)
}

/// Value F1 on one set, or None when the data is not there.
fn value_f1(file: &str) -> Option<f64> {
    score_set(file).map(|s| s.value().2)
}

#[test]
fn timebank_value_f1_stays_above_80() {
    let Some(f1) = value_f1("timebank/tbaq_timebank.jsonl") else {
        eprintln!("shared eval data not found; skipped");
        return;
    };
    assert!(f1 >= 80.0, "TimeBank value F1 fell to {f1:.2}");
}

#[test]
fn aquaint_value_f1_stays_above_74() {
    let Some(f1) = value_f1("timebank/tbaq_aquaint.jsonl") else {
        eprintln!("shared eval data not found; skipped");
        return;
    };
    assert!(f1 >= 74.0, "AQUAINT value F1 fell to {f1:.2}");
}

#[test]
fn recognizers_span_detection_holds() {
    // Recognizers-Text writes ranges and unresolved values that claimscan
    // does not produce (see the README); its span F1 still tells whether
    // expressions are found.
    let Some(s) = score_set("recognizers_text/DateTime_DateTimeModel.jsonl") else {
        eprintln!("Recognizers-Text set not found; skipped");
        return;
    };
    assert!(
        s.span().2 >= 75.0,
        "Recognizers-Text span F1 fell to {:.2}",
        s.span().2
    );
}
