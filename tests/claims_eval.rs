//! Regression test on the shared evaluation sets: value F1 of the claims
//! extractor and the number scanner, per half of each set
//! (`claimscan::eval::half` of the record id), must not fall below the
//! published figures (module doc of `claimscan::extract::claims::eval`).
//! Skips with a message when the shared folder is absent.

use claimscan::eval;
use claimscan::extract::claims::eval::{score_set, Set};

/// (set, minimum value F1 on the tuning half and on the check half, all
/// records; the same with flagged records skipped)
const FLOORS: &[(Set, [f64; 2], [f64; 2])] = &[
    (Set::Quantulum, [88.0, 91.0], [88.0, 91.0]),
    (Set::Number, [85.0, 85.5], [87.5, 93.0]),
    (Set::NumberRange, [85.5, 88.0], [0.0, 0.0]),
    (Set::Percent, [71.0, 79.5], [76.5, 92.0]),
    (Set::Currency, [92.0, 82.5], [97.0, 92.5]),
    (Set::Dimension, [92.5, 87.0], [96.5, 89.0]),
    (Set::Age, [99.0, 87.0], [99.0, 99.0]),
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
        for (half, (all, skip), floor_all, floor_skip) in [
            ("tuning", scored.tuning, floor_all[0], floor_skip[0]),
            ("check", scored.check, floor_all[1], floor_skip[1]),
        ] {
            let f_all = all.value().2;
            let f_skip = skip.value().2;
            eprintln!("{file} {half}: value F1 {f_all:.1} (skip flagged {f_skip:.1})");
            assert!(
                f_all >= floor_all,
                "{file} {half}: value F1 {f_all:.1} < {floor_all}"
            );
            assert!(
                f_skip >= floor_skip,
                "{file} {half}: value F1 (skip flagged) {f_skip:.1} < {floor_skip}"
            );
        }
    }
}
