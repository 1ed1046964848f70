//! Property test over every extractor together: on arbitrary text (news
//! fragments, quotes, names, dates, numbers, and arbitrary Unicode) the
//! registry never panics, every row's offsets are char boundaries of the
//! text with `text[start..end] == surface`, and the result does not depend
//! on anything but the document.

use claimscan::{extract, Document};
use proptest::prelude::*;

fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "President",
        " Vladimir Putin",
        " Mr.",
        " Kerry",
        "'s",
        " said",
        " told reporters",
        ",",
        ".",
        " \"",
        "\"",
        "“",
        "”",
        " according to",
        " the United Nations",
        " officials",
        " over",
        " 70,000",
        " lives",
        " on",
        " Tuesday",
        " May 7, 2012",
        " last June",
        " two years ago",
        " $3.2bn",
        " 20%",
        " one in five",
        " killed",
        " injured",
        "\n\n",
        "\n",
        " U.S.",
        " Dr.",
        " who",
        " (Reuters) -",
        " MOSCOW,",
        " a 54-year-old",
        " aged 12",
        " between 5 and 6",
        " million",
        " rose to",
        " 41",
        " fell",
        " percent",
        " Syria",
        " Syrian",
        " Ministry",
        " police said",
        " é",
        " 東京",
        " ",
        "—",
        "…",
        "'",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let doc = Document::from_text("p", text).with_published(jiff::civil::date(2013, 5, 8));
    let out = extract(&doc);
    let ok = |s: usize, e: usize| s <= e && text.is_char_boundary(s) && text.is_char_boundary(e);
    for s in &out.sentences {
        assert!(ok(s.start, s.end), "sentence {s:?} in {text:?}");
    }
    for c in &out.claims {
        assert!(ok(c.start, c.end), "{c:?}");
        assert_eq!(&text[c.start..c.end], c.surface);
    }
    for d in &out.dates {
        assert!(ok(d.start, d.end), "{d:?}");
        assert_eq!(&text[d.start..d.end], d.surface);
    }
    for e in &out.entities {
        assert!(ok(e.start, e.end), "{e:?}");
        assert_eq!(&text[e.start..e.end], e.surface);
    }
    for q in &out.quotes {
        assert!(ok(q.start, q.end), "{q:?}");
        assert_eq!(&text[q.start..q.end], q.text);
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            assert!(ok(s, e), "{q:?}");
        }
    }
    // Pure: the same document gives the same rows.
    assert_eq!(extract(&doc), out);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn news_fragments_never_break_extraction(text in newsish()) {
        check(&text);
    }

    #[test]
    fn arbitrary_unicode_never_breaks_extraction(text in "\\PC{0,300}") {
        check(&text);
    }
}
