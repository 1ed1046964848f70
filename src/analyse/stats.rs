//! Entity and source statistics, computed with polars lazy frames over the
//! scan tables.
//!
//! - `entity_stats`: one row per named figure (kind, canonical name): how
//!   often and in how many articles and outlets it is mentioned, when it
//!   was first and last seen, a role it is given, how many quotes and
//!   figures are credited to it.
//! - `source_stats`: one row per outlet: articles, dates covered, claims
//!   per article, how many claims are credited to someone, how many are
//!   hedged ("about", "more than", "between"), and how often the outlet is
//!   on a side of an inconsistency or in a repeated claim.

use std::collections::HashMap;

use polars::prelude::*;

use super::inconsistent::Inconsistency;
use super::repeated::RepeatedClaim;
use super::Corpus;
use crate::report::ReportError;

/// Name given to articles without a source in `source_stats`.
pub const UNKNOWN_SOURCE: &str = "(unknown)";

fn articles_lf(corpus: &Corpus) -> LazyFrame {
    corpus.frames.articles.clone().lazy().select([
        col("doc_id"),
        col("source").fill_null(lit(UNKNOWN_SOURCE)).alias("source"),
        col("published")
            .str()
            .to_date(StrptimeOptions {
                format: Some("%Y-%m-%d".into()),
                strict: false,
                ..Default::default()
            })
            .alias("published"),
    ])
}

/// How many rows of `df` credit each speaker, as column `count`.
fn per_speaker(df: &DataFrame, count: &str) -> LazyFrame {
    df.clone()
        .lazy()
        .filter(col("speaker").is_not_null())
        .group_by([col("speaker")])
        .agg([len().cast(DataType::UInt32).alias(count)])
}

/// The `entity_stats` table, most widely mentioned first.
pub fn entity_stats(corpus: &Corpus) -> Result<DataFrame, ReportError> {
    let f = &corpus.frames;
    let quotes = per_speaker(&f.quotes, "n_quotes");
    let credited = per_speaker(&f.claims, "n_claims_credited");
    let stats = f
        .entities
        .clone()
        .lazy()
        .filter(col("canonical").is_not_null())
        .join(
            articles_lf(corpus),
            [col("doc_id")],
            [col("doc_id")],
            JoinArgs::new(JoinType::Left),
        )
        .group_by([col("kind"), col("canonical")])
        .agg([
            len().cast(DataType::UInt32).alias("n_mentions"),
            col("doc_id")
                .n_unique()
                .cast(DataType::UInt32)
                .alias("n_docs"),
            col("source")
                .filter(col("source").neq(lit(UNKNOWN_SOURCE)))
                .n_unique()
                .cast(DataType::UInt32)
                .alias("n_sources"),
            col("published").min().alias("first_seen"),
            col("published").max().alias("last_seen"),
            col("role").drop_nulls().first().alias("role"),
        ])
        .join(
            quotes,
            [col("canonical")],
            [col("speaker")],
            JoinArgs::new(JoinType::Left),
        )
        .join(
            credited,
            [col("canonical")],
            [col("speaker")],
            JoinArgs::new(JoinType::Left),
        )
        .with_columns([
            col("n_quotes").fill_null(lit(0u32)),
            col("n_claims_credited").fill_null(lit(0u32)),
        ])
        .sort(
            ["n_docs", "n_mentions", "canonical", "kind"],
            SortMultipleOptions::default()
                .with_order_descending_multi([true, true, false, false])
                .with_maintain_order(true),
        )
        .collect()?;
    Ok(stats)
}

/// The `source_stats` table, outlets with most articles first.
pub fn source_stats(
    corpus: &Corpus,
    inconsistencies: &[Inconsistency],
    repeated: &[RepeatedClaim],
) -> Result<DataFrame, ReportError> {
    let f = &corpus.frames;
    let arts = articles_lf(corpus).group_by([col("source")]).agg([
        col("doc_id")
            .n_unique()
            .cast(DataType::UInt32)
            .alias("n_articles"),
        col("published").min().alias("first_published"),
        col("published").max().alias("last_published"),
    ]);
    let hedged = col("qualifier")
        .eq(lit("approx"))
        .or(col("qualifier").eq(lit("lower")))
        .or(col("qualifier").eq(lit("upper")))
        .or(col("qualifier").eq(lit("range")));
    let claims = f
        .claims
        .clone()
        .lazy()
        .select([col("doc_id"), col("qualifier"), col("speaker")])
        .join(
            articles_lf(corpus),
            [col("doc_id")],
            [col("doc_id")],
            JoinArgs::new(JoinType::Left),
        )
        .with_column(col("source").fill_null(lit(UNKNOWN_SOURCE)))
        .group_by([col("source")])
        .agg([
            len().cast(DataType::UInt32).alias("n_claims"),
            col("speaker")
                .is_not_null()
                .cast(DataType::UInt32)
                .sum()
                .alias("n_claims_credited"),
            hedged.cast(DataType::UInt32).sum().alias("n_claims_hedged"),
        ]);

    // Counts that come from the analyses (plain Rust), joined in.
    let mut disputes: HashMap<String, (u32, u32)> = HashMap::new();
    let name = |d: u32| {
        corpus.articles[d as usize]
            .source
            .clone()
            .unwrap_or_else(|| UNKNOWN_SOURCE.to_string())
    };
    for r in inconsistencies {
        disputes.entry(name(r.a.doc)).or_default().0 += 1;
        disputes.entry(name(r.b.doc)).or_default().0 += 1;
    }
    let known: std::collections::HashSet<&str> = corpus
        .articles
        .iter()
        .filter_map(|a| a.source.as_deref())
        .collect();
    for g in repeated {
        for s in &g.sources {
            // `sources` holds doc ids for articles of unknown origin.
            let key = if known.contains(s.as_str()) {
                s.clone()
            } else {
                UNKNOWN_SOURCE.to_string()
            };
            disputes.entry(key).or_default().1 += 1;
        }
    }
    let mut keys: Vec<&String> = disputes.keys().collect();
    keys.sort();
    let extra = DataFrame::new_infer_height(vec![
        Column::new(
            "source".into(),
            keys.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        ),
        Column::new(
            "n_inconsistencies".into(),
            keys.iter().map(|k| disputes[*k].0).collect::<Vec<_>>(),
        ),
        Column::new(
            "n_repeated_groups".into(),
            keys.iter().map(|k| disputes[*k].1).collect::<Vec<_>>(),
        ),
    ])?;

    let out = arts
        .join(
            claims,
            [col("source")],
            [col("source")],
            JoinArgs::new(JoinType::Left),
        )
        .join(
            extra.lazy(),
            [col("source")],
            [col("source")],
            JoinArgs::new(JoinType::Left),
        )
        .with_columns([
            col("n_claims").fill_null(lit(0u32)),
            col("n_claims_credited").fill_null(lit(0u32)),
            col("n_claims_hedged").fill_null(lit(0u32)),
            col("n_inconsistencies").fill_null(lit(0u32)),
            col("n_repeated_groups").fill_null(lit(0u32)),
        ])
        .with_column(
            (col("n_claims").cast(DataType::Float64) / col("n_articles").cast(DataType::Float64))
                .alias("claims_per_article"),
        )
        .sort(
            ["n_articles", "source"],
            SortMultipleOptions::default()
                .with_order_descending_multi([true, false])
                .with_maintain_order(true),
        )
        .collect()?;
    Ok(out)
}
