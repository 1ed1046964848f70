//! Property tests: the number scanner and the claims extractor never panic,
//! and every span is on character boundaries with `text[start..end] ==
//! surface`.

use claimscan::extract::{claims, numbers, Registry};
use claimscan::Document;
use proptest::prelude::*;

/// Text that is mostly number-ish, to reach the parsers' corners.
fn numberish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "1", "70,000", "1.2", "million", "bn", "m", "$", "£", "€", "%", " ", "-", "–", "to", "and",
        "between", "over", "about", "one", "two", "hundred", "thousand", "half", "a", "third",
        "dozen", "of", "tens", "km", "per", "hour", "years", "old", "2012", "May", "7", "/", ":",
        ".", ",", "(", ")", "+", "^", "e", "x", "×", "½", "\u{202f}", "−", "°C", "rose", "fell",
        "from", "people", "killed", "No.", "\n", "\n\n", "é", "日本", "pm", "in", "or more", "up",
        "cents", "dlrs", "mln", "pct",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) {
    for n in numbers::scan(text) {
        assert!(n.start <= n.end && n.end <= text.len());
        assert!(
            text.is_char_boundary(n.start) && text.is_char_boundary(n.end),
            "{text:?} {n:?}"
        );
    }
    for f in claims::figures(text) {
        assert!(f.start < f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        if let Some((s, e)) = f.noun {
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s <= e);
        }
    }
    let reg = Registry::only(&["claims"]).expect("claims is registered");
    let out = reg.extract(&Document::from_text("p", text));
    for c in &out.claims {
        assert_eq!(&text[c.start..c.end], c.surface);
        assert!(c.sentence < out.sentences.len().max(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn numberish_text_keeps_offsets(text in numberish()) {
        check(&text);
    }
}

/// Inputs the properties once failed on, kept as plain cases.
#[test]
fn texts_that_once_failed() {
    // A part's whole read two tokens before the first ("of ... and"):
    // an index below zero.
    check("of½and½11");
}
