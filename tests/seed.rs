//! The article the project started from (`../shared/seeds/`): its figures
//! and their frames. Skips with a message when the shared data is absent.

mod util;

use claimscan::{extract, Document};
use util::seed_text;

#[test]
fn seed_article_durations_and_the_toll() {
    let Some(text) = seed_text() else {
        eprintln!("skipped: ../shared/seeds/000_ceea40003ea13d17.txt not found");
        return;
    };
    let out = extract(&Document::from_text("seed", text));
    let claim = |surface: &str| {
        out.claims
            .iter()
            .find(|c| c.surface == surface)
            .unwrap_or_else(|| panic!("no claim {surface:?}"))
    };
    // (surface, value, lo, hi, qualifier, unit, category)
    for (surface, value, lo, hi, qualifier, unit, category) in [
        (
            "more than two hours",
            2.0,
            Some(2.0),
            None,
            "lower",
            Some("hour"),
            "duration",
        ),
        (
            "almost an hour",
            1.0,
            None,
            Some(1.0),
            "upper",
            Some("hour"),
            "duration",
        ),
        (
            "over 70,000",
            70000.0,
            Some(70000.0),
            None,
            "lower",
            None,
            "deaths",
        ),
    ] {
        let c = claim(surface);
        assert_eq!(c.value, Some(value), "{surface}");
        assert_eq!(c.qualifier, qualifier, "{surface}");
        assert_eq!(c.unit.as_deref(), unit, "{surface}");
        assert_eq!(c.category, Some(category), "{surface}");
        assert_eq!(c.hi, hi, "{surface}");
        if lo.is_some() {
            assert_eq!(c.lo, lo, "{surface}");
        }
    }
    // The toll's frame: the dead of the war, a total, comparable.
    let toll = claim("over 70,000");
    assert_eq!(toll.event, Some("died"));
    assert_eq!(toll.scope, "total");
    assert_eq!(toll.counted.as_deref(), Some("lives"));
    assert!(toll.comparable && !toll.boilerplate);
}
