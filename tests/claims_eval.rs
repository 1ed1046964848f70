//! Regression test on the shared evaluation sets: value F1 of the claims
//! extractor and the number scanner must not fall below the published
//! figures (module doc of `claimscan::extract::claims::eval`). Skips with a message
//! when the shared folder is absent.

use claimscan::eval;
use claimscan::extract::claims::eval::{score_set, Set};

/// (set, minimum value F1 on all records, minimum with flagged records skipped)
const FLOORS: &[(Set, f64, f64)] = &[
    (Set::Quantulum, 90.0, 90.0),
    (Set::Number, 82.0, 90.0),
    (Set::NumberRange, 85.0, 0.0),
    (Set::Percent, 75.0, 84.0),
    (Set::Currency, 82.0, 90.0),
    (Set::Dimension, 79.0, 88.0),
    (Set::Age, 94.0, 99.0),
];

#[test]
fn value_f1_does_not_regress() {
    let Some(dir) = eval::shared_dir() else {
        eprintln!("skipped: shared eval folder not found");
        return;
    };
    for &(set, floor_all, floor_skip) in FLOORS {
        let file = Set::ALL
            .iter()
            .find(|(s, _)| *s == set)
            .map(|(_, f)| *f)
            .unwrap_or_default();
        let scored = score_set(set, &dir.join(file)).expect("set loads");
        let (all, skip) = (scored.all, scored.skip_flagged);
        let f_all = all.value().2;
        let f_skip = skip.value().2;
        eprintln!("{file}: value F1 {f_all:.1} (skip flagged {f_skip:.1})");
        assert!(
            f_all >= floor_all,
            "{file}: value F1 {f_all:.1} < {floor_all}"
        );
        assert!(
            f_skip >= floor_skip,
            "{file}: value F1 (skip flagged) {f_skip:.1} < {floor_skip}"
        );
    }
}
