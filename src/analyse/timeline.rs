//! Figure timelines: for each quantity that several articles of one story
//! report (a death toll, a sum of money), every figure given for it, in
//! order of publication. A growing toll reads as a rising line; a
//! disagreement as two points on one day.

use std::collections::HashSet;

use polars::prelude::*;

use super::inconsistent::Comparison;
use super::stories::Stories;
use super::{date_column, Corpus};
use crate::report::ReportError;

/// One quantity of one story and its figures over time.
#[derive(Debug, Clone)]
pub struct Thread {
    /// 1-based, most reported first.
    pub thread_id: u32,
    /// Story number.
    pub story: u32,
    /// Readable subject.
    pub subject: String,
    /// Category.
    pub category: String,
    /// Unit, if any.
    pub unit: Option<String>,
    /// Claims, by publication day (unknown last).
    pub claims: Vec<u32>,
    /// Distinct articles.
    pub n_docs: usize,
}

/// The threads with figures from at least two articles.
pub fn threads(corpus: &Corpus, stories: &Stories, cmp: &Comparison) -> Vec<Thread> {
    let mut out = Vec::new();
    for ((story, cat, unit, noun), claims) in &cmp.threads {
        let docs: HashSet<u32> = claims
            .iter()
            .map(|&c| corpus.claims[c as usize].doc)
            .collect();
        if docs.len() < 2 {
            continue;
        }
        let mut claims = claims.clone();
        claims.sort_by_key(|&c| {
            let cl = &corpus.claims[c as usize];
            (
                corpus.articles[cl.doc as usize]
                    .published
                    .unwrap_or(i32::MAX),
                cl.doc,
                c,
            )
        });
        let what = match noun {
            Some(n) => format!("{cat} ({n})"),
            None => cat.clone(),
        };
        let label = &stories.labels[*story as usize];
        let subject = if label.is_empty() {
            what
        } else {
            format!("{what} · {label}")
        };
        out.push(Thread {
            thread_id: 0,
            story: *story,
            subject,
            category: cat.clone(),
            unit: unit.clone(),
            claims,
            n_docs: docs.len(),
        });
    }
    out.sort_by(|a, b| {
        b.n_docs
            .cmp(&a.n_docs)
            .then(a.story.cmp(&b.story))
            .then(a.subject.cmp(&b.subject))
            .then(a.unit.cmp(&b.unit))
    });
    for (i, t) in out.iter_mut().enumerate() {
        t.thread_id = i as u32 + 1;
    }
    out
}

/// The `figure_timeline` table: one row per figure of each thread;
/// `disputed` marks figures that appear in an inconsistency.
pub fn to_frame(
    corpus: &Corpus,
    threads: &[Thread],
    cmp: &Comparison,
) -> Result<DataFrame, ReportError> {
    let disputed: HashSet<u32> = cmp
        .rows
        .iter()
        .flat_map(|r| [r.a.claim, r.b.claim])
        .collect();
    let rows: Vec<(&Thread, u32)> = threads
        .iter()
        .flat_map(|t| t.claims.iter().map(move |&c| (t, c)))
        .collect();
    let claim = |c: u32| &corpus.claims[c as usize];
    let art = |c: u32| &corpus.articles[claim(c).doc as usize];
    let cols = vec![
        Column::new(
            "thread_id".into(),
            rows.iter().map(|(t, _)| t.thread_id).collect::<Vec<_>>(),
        ),
        Column::new(
            "story_id".into(),
            rows.iter().map(|(t, _)| t.story).collect::<Vec<_>>(),
        ),
        Column::new(
            "subject".into(),
            rows.iter()
                .map(|(t, _)| t.subject.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "category".into(),
            rows.iter()
                .map(|(t, _)| t.category.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "unit".into(),
            rows.iter().map(|(t, _)| t.unit.clone()).collect::<Vec<_>>(),
        ),
        date_column("published", rows.iter().map(|&(_, c)| art(c).published)),
        Column::new(
            "doc_id".into(),
            rows.iter()
                .map(|&(_, c)| art(c).doc_id.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "source".into(),
            rows.iter()
                .map(|&(_, c)| art(c).source.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "surface".into(),
            rows.iter()
                .map(|&(_, c)| claim(c).surface.clone())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "value".into(),
            rows.iter()
                .map(|&(_, c)| claim(c).value)
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "lo".into(),
            rows.iter().map(|&(_, c)| claim(c).lo).collect::<Vec<_>>(),
        ),
        Column::new(
            "hi".into(),
            rows.iter().map(|&(_, c)| claim(c).hi).collect::<Vec<_>>(),
        ),
        Column::new(
            "qualifier".into(),
            rows.iter()
                .map(|&(_, c)| claim(c).qualifier.to_string())
                .collect::<Vec<_>>(),
        ),
        Column::new(
            "disputed".into(),
            rows.iter()
                .map(|&(_, c)| disputed.contains(&c))
                .collect::<Vec<_>>(),
        ),
    ];
    Ok(DataFrame::new_infer_height(cols)?)
}
