//! The table plumbing with a test extractor: rows an extractor appends
//! reach every table with their document id, offsets and sentence, in
//! every output format.
#![cfg(feature = "cli")]

mod util;

use claimscan::extract::{Claim, Context, DateMention, Entity, Extraction, Extractor, Quote};
use claimscan::scan::{scan, ScanOptions};
use claimscan::tables::OutputFormat;
use claimscan::Registry;
use util::{read_csv, Scratch};

/// Emits one row per table for every occurrence of "seventy".
struct Seventy;

impl Extractor for Seventy {
    fn name(&self) -> &'static str {
        "seventy"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Extraction) {
        for (start, m) in cx.text.match_indices("seventy") {
            let end = start + m.len();
            let sentence = cx.sentence_index(start).unwrap_or(0);
            out.claims.push(Claim {
                start,
                end,
                surface: m.to_string(),
                value: Some(70.0),
                lo: Some(70.0),
                hi: Some(70.0),
                qualifier: "exact",
                category: Some("other"),
                sentence,
                ..Claim::default()
            });
            out.dates.push(DateMention {
                start,
                end,
                surface: m.to_string(),
                kind: "duration",
                value: "P70Y".into(),
                granularity: "year",
                ..DateMention::default()
            });
            out.entities.push(Entity {
                start,
                end,
                surface: m.to_string(),
                kind: "ORG",
                canonical: "Seventy".into(),
                ..Entity::default()
            });
            out.quotes.push(Quote {
                start,
                end,
                text: m.to_string(),
                speaker: Some("Nobody".into()),
                ..Quote::default()
            });
        }
    }
}

#[test]
fn a_test_extractor_fills_every_table() {
    let s = Scratch::new();
    let input = s.write(
        "docs.jsonl",
        concat!(
            r#"{"id": "a", "text": "Nothing here. It was seventy years ago. Then seventy more."}"#,
            "\n",
            r#"{"id": "b", "text": "None at all."}"#,
            "\n"
        ),
    );
    let mut registry = Registry::empty();
    registry.push(Box::new(Seventy));
    let mut opts = ScanOptions::new(s.join("out"));
    opts.formats = vec![OutputFormat::Csv, OutputFormat::Parquet];
    let summary = scan(&[input.display().to_string()], &registry, &opts).expect("scan");
    assert_eq!((summary.articles, summary.claims, summary.dates), (2, 2, 2));
    assert_eq!(
        (summary.entities, summary.quotes, summary.errors),
        (2, 2, 0)
    );

    let claims = read_csv(&s.join("out/claims.csv"));
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0]["doc_id"], "a");
    assert_eq!(
        (claims[0]["start"].as_str(), claims[0]["end"].as_str()),
        ("21", "28")
    );
    assert_eq!(claims[0]["sentence"], "It was seventy years ago.");
    assert_eq!(claims[0]["sentence_start"], "14");
    assert_eq!(claims[1]["sentence"], "Then seventy more.");
    assert_eq!(claims[0]["value"], "70.0");
    assert_eq!(claims[0]["qualifier"], "exact");
    let articles = read_csv(&s.join("out/articles.csv"));
    let counts: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|a| {
            (
                a["doc_id"].as_str(),
                a["n_claims"].as_str(),
                a["n_sentences"].as_str(),
            )
        })
        .collect();
    assert_eq!(counts, [("a", "2", "3"), ("b", "0", "1")]);
    assert_eq!(read_csv(&s.join("out/dates.csv"))[0]["value"], "P70Y");
    assert_eq!(
        read_csv(&s.join("out/entities.csv"))[1]["canonical"],
        "Seventy"
    );
    assert_eq!(read_csv(&s.join("out/quotes.csv"))[0]["speaker"], "Nobody");

    // The Parquet tables hold the same rows.
    let lf = claimscan::tables::scan_table(&s.join("out"), "claims")
        .expect("scan parquet")
        .expect("claims.parquet exists");
    let df = lf.collect().expect("collect");
    assert_eq!(df.height(), 2);
    assert!(s.join("out/claims.parquet").is_file());
}
