//! Extraction: a pure function from one [`Document`] to the rows it yields
//! for every table.
//!
//! Each extractor lives in its own file and implements [`Extractor`]. The
//! [`Registry`] runs them in order on a shared [`Context`] (the document and
//! its sentences), and each one appends its rows to one [`Extraction`].
//! Later extractors may read what earlier ones found: the claims extractor
//! reads `out.quotes`, `out.entities` and `out.dates` to attribute a figure
//! to a speaker and a period. Extractors never do I/O and keep no state
//! between documents, so the output is the same whatever the thread count.
//!
//! ```
//! use claimscan::{extract, Document};
//! let doc = Document::from_text("d1", "Prices rose. Mr. Smith left.");
//! let found = extract(&doc);
//! assert_eq!(found.sentences.len(), 2);
//! ```

pub mod boilerplate;
mod byte_class;
pub mod claims;
pub mod dates;
pub mod entities;
pub mod numbers;
pub mod quotes;
pub mod sentences;

use std::sync::LazyLock;

use jiff::civil::Date;
use serde::Serialize;

use crate::document::Document;
pub use sentences::Sentence;

/// What one extractor sees: the document and its sentences.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The document being extracted.
    pub doc: &'a Document,
    /// The document's text (same as `doc.text`).
    pub text: &'a str,
    /// Sentences of `text`, in order, from [`sentences::split`].
    pub sentences: &'a [Sentence],
}

impl Context<'_> {
    /// Index of the sentence containing byte offset `pos` (the last
    /// sentence starting at or before it).
    pub fn sentence_index(&self, pos: usize) -> Option<usize> {
        sentence_at(self.sentences, pos)
    }
}

/// Index of the sentence containing byte offset `pos`.
pub fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.start <= pos);
    i.checked_sub(1)
}

/// One extractor: finds one kind of thing in a document.
pub trait Extractor: Send + Sync {
    /// A short lower-case name (`claims`, `dates`, ...), used by
    /// `--extractors` and in error messages.
    fn name(&self) -> &'static str;
    /// Appends what it finds in `cx` to `out`. Must not panic on any input.
    fn extract(&self, cx: &Context<'_>, out: &mut Extraction);
}

/// A numeric claim: one row of the `claims` table (without `doc_id`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Claim {
    /// Byte offset where the figure's surface starts.
    pub start: usize,
    /// Byte offset where it ends (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub surface: String,
    /// The normalised value ("1.2 million" → 1200000, "20 percent" → 20).
    pub value: Option<f64>,
    /// Lowest value the wording allows (None: unbounded).
    pub lo: Option<f64>,
    /// Highest value the wording allows (None: unbounded).
    pub hi: Option<f64>,
    /// `exact`, `approx`, `lower`, `upper`, `range` or `unresolved`.
    pub qualifier: &'static str,
    /// The rounding step of the figure as written (70,000 → 1000; 70,412 → 1).
    pub rounding: Option<f64>,
    /// Unit: `percent`, `percentage_point`, ISO currency code, `km`, ... or
    /// None for a bare count.
    pub unit: Option<String>,
    /// What is counted ("lives", "people", "tonnes of rice").
    pub noun: Option<String>,
    /// Category from the claims taxonomy (`deaths`, `money`, ...).
    pub category: Option<&'static str>,
    /// `rise` or `fall` when the sentence reports a change.
    pub change: Option<&'static str>,
    /// Role of the figure in a change: `new`, `old` or `delta`.
    pub change_role: Option<&'static str>,
    /// The period the figure refers to, when the sentence says so.
    pub period: Option<String>,
    /// Who is quoted or credited with the figure.
    pub speaker: Option<String>,
    /// Ordinal value, for ordinals kept for reference (never a `value`).
    pub ordinal: Option<i64>,
    /// Index into [`Extraction::sentences`] of the claim's sentence.
    pub sentence: usize,
    /// Frame: the head of what is counted, lower case and plural
    /// (`people`, `victims`, `shots`), see [`claims::frame`].
    pub counted: Option<String>,
    /// Frame: the event the figure is tied to (`killed`, `injured`, ...).
    pub event: Option<&'static str>,
    /// Frame: `total`, `part` or `other`.
    pub scope: &'static str,
    /// Frame: the entity an amount, rate or price belongs to.
    pub holder: Option<String>,
    /// Frame: what an amount, rate or price measures (`revenue`, ...).
    pub measure: Option<&'static str>,
    /// Frame: the value of the whole a part belongs to, when stated.
    pub whole: Option<f64>,
    /// Frame: `included` or `excluded` when the text says whether a
    /// count takes in the perpetrator.
    pub perpetrator: Option<&'static str>,
    /// Frame: false for figures that are not counts of a story's quantity
    /// (ages, populations, family size, boilerplate, ordinals).
    pub comparable: bool,
    /// Whether the claim's sentence is not article text (link blocks,
    /// captions, teasers; see [`boilerplate`]).
    pub boilerplate: bool,
}

/// A date or time expression: one row of the `dates` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DateMention {
    /// Byte offset of the expression.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub surface: String,
    /// `date`, `time`, `duration` or `set`.
    pub kind: &'static str,
    /// TIMEX3-style value: `2013-05-07`, `2012-06`, `2013-W19`, `P3Y`,
    /// `XXXX-05-07` when it cannot be resolved.
    pub value: String,
    /// `day`, `week`, `month`, `quarter`, `season`, `year`, `decade`,
    /// `time`, `duration`, ...
    pub granularity: &'static str,
    /// First day of the expression when it is a point in time.
    pub date: Option<Date>,
    /// Whether it was resolved against an anchor ("yesterday", "in April").
    pub relative: bool,
    /// The date it was resolved against (the publication date).
    pub anchor: Option<Date>,
    /// TIMEX3 modifier (`MORE_THAN`, `APPROX`, `START`, ...), if any.
    pub modifier: Option<&'static str>,
}

/// A named figure: one row of the `entities` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entity {
    /// Byte offset of the mention.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub surface: String,
    /// `PERSON`, `ORG` or `PLACE`.
    pub kind: &'static str,
    /// Full name within the document ("Kerry" → "John Kerry"); for places
    /// the country a demonym points to.
    pub canonical: String,
    /// Title or apposition ("US Secretary of State").
    pub role: Option<String>,
    /// Organisation named in the role, if any.
    pub role_org: Option<String>,
}

/// A direct quote and its speaker: one row of the `quotes` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Quote {
    /// Byte offset of the quoted text (inside the quote marks).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
    /// Canonical name of the speaker (a person or a body), if found.
    pub speaker: Option<String>,
    /// Where the speaker is named in the text.
    pub speaker_start: Option<usize>,
    /// End of the speaker mention (exclusive).
    pub speaker_end: Option<usize>,
}

/// A sentence credited to a source without a direct quote ("according to
/// the United Nations", "officials said", "the ministry said"). Not a
/// table of its own: the claims extractor reads it to fill `speaker`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Credit {
    /// Index into [`Extraction::sentences`] of the credited sentence.
    pub sentence: usize,
    /// Canonical name of the person or body credited.
    pub speaker: String,
    /// Where the speaker is named.
    pub speaker_start: usize,
    /// End of the speaker mention (exclusive).
    pub speaker_end: usize,
    /// `person` or `body` ("officials", "the ministry", "police").
    pub speaker_kind: &'static str,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// Sentence boundaries (shared by all extractors).
    pub sentences: Vec<Sentence>,
    /// Numeric claims.
    pub claims: Vec<Claim>,
    /// Date and time expressions.
    pub dates: Vec<DateMention>,
    /// People, organisations and places.
    pub entities: Vec<Entity>,
    /// Direct quotes.
    pub quotes: Vec<Quote>,
    /// Sentences credited to a source (read by the claims extractor).
    pub credits: Vec<Credit>,
    /// Whether the body never speaks of the headline
    /// ([`boilerplate::off_topic`]): the page's chrome, not the article.
    pub off_topic: bool,
}

/// An ordered list of extractors, run one after the other on each document.
pub struct Registry {
    extractors: Vec<Box<dyn Extractor>>,
}

impl Registry {
    /// A registry with no extractor: only sentences are split.
    pub fn empty() -> Registry {
        Registry {
            extractors: Vec::new(),
        }
    }

    /// Every built-in extractor, in dependency order.
    pub fn all() -> Registry {
        Registry {
            extractors: builtin(),
        }
    }

    /// The built-in extractors whose names are listed (unknown names are
    /// returned as the error).
    pub fn only(names: &[&str]) -> Result<Registry, String> {
        let known = builtin();
        if let Some(bad) = names
            .iter()
            .find(|n| !known.iter().any(|e| e.name() == **n))
        {
            return Err(bad.to_string());
        }
        Ok(Registry {
            extractors: known
                .into_iter()
                .filter(|e| names.contains(&e.name()))
                .collect(),
        })
    }

    /// Appends an extractor (runs after those already registered).
    pub fn push(&mut self, extractor: Box<dyn Extractor>) {
        self.extractors.push(extractor);
    }

    /// Names of the registered extractors, in run order.
    pub fn names(&self) -> Vec<&'static str> {
        self.extractors.iter().map(|e| e.name()).collect()
    }

    /// Runs every extractor on `doc`. Pure: no I/O, no shared state.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut out = Extraction {
            sentences: sentences::split(&doc.text),
            off_topic: doc
                .title
                .as_deref()
                .is_some_and(|t| boilerplate::off_topic(t, &doc.text)),
            ..Extraction::default()
        };
        let sentences = std::mem::take(&mut out.sentences);
        let cx = Context {
            doc,
            text: &doc.text,
            sentences: &sentences,
        };
        for e in &self.extractors {
            e.extract(&cx, &mut out);
        }
        out.sentences = sentences;
        out
    }
}

/// The built-in extractors in the order they must run: dates and entities
/// first, quotes next, claims last (it reads the others' rows).
fn builtin() -> Vec<Box<dyn Extractor>> {
    vec![
        Box::new(dates::Dates::default()),
        Box::new(entities::Entities),
        Box::new(quotes::Quotes),
        // claims reads the rows of the others: keep it last.
        Box::new(claims::Claims),
    ]
}

static DEFAULT: LazyLock<Registry> = LazyLock::new(Registry::all);

/// Extracts every table's rows from one document with all built-in
/// extractors. This is the library's main entry point.
pub fn extract(doc: &Document) -> Extraction {
    DEFAULT.extract(doc)
}

/// Checks `(input, want)` cases against `show(input)` and fails once,
/// listing every case that differs.
#[cfg(test)]
pub(crate) fn check_cases(cases: &[(&str, &str)], show: impl Fn(&str) -> String) {
    let mut bad = Vec::new();
    for (input, want) in cases {
        let got = show(input);
        if got != *want {
            bad.push(format!("input: {input:?}\n  want: {want}\n   got: {got}"));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}
