//! Figure timelines: for each quantity that several articles of one story
//! report (a death toll, a sum of money), every figure given for it, in
//! order of publication. A growing toll reads as a rising line; a
//! disagreement as two points on one day.

use std::collections::HashSet;

use polars::prelude::*;

use super::inconsistent::Comparison;
use super::stories::Stories;
use super::{column, date_column, Corpus};
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
    let disputed = cmp.disputed();
    let rows: Vec<(&Thread, u32)> = threads
        .iter()
        .flat_map(|t| t.claims.iter().map(move |&c| (t, c)))
        .collect();
    let claim = |c: u32| &corpus.claims[c as usize];
    let art = |c: u32| &corpus.articles[claim(c).doc as usize];
    let cols = vec![
        column("thread_id", &rows, |(t, _)| t.thread_id),
        column("story_id", &rows, |(t, _)| t.story),
        column("subject", &rows, |(t, _)| t.subject.as_str()),
        column("category", &rows, |(t, _)| t.category.as_str()),
        column("unit", &rows, |(t, _)| t.unit.as_deref()),
        date_column("published", rows.iter().map(|&(_, c)| art(c).published)),
        column("doc_id", &rows, |&(_, c)| art(c).doc_id.as_str()),
        column("source", &rows, |&(_, c)| art(c).source.as_deref()),
        column("surface", &rows, |&(_, c)| claim(c).surface.as_str()),
        column("value", &rows, |&(_, c)| claim(c).value),
        column("lo", &rows, |&(_, c)| claim(c).lo),
        column("hi", &rows, |&(_, c)| claim(c).hi),
        column("qualifier", &rows, |&(_, c)| &*claim(c).qualifier),
        column("disputed", &rows, |&(_, c)| disputed.contains(&c)),
    ];
    Ok(DataFrame::new_infer_height(cols)?)
}
