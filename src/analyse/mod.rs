//! Corpus-level analysis of a scan: the work that needs every article at
//! once, where extraction looks at one.
//!
//! [`Corpus::load`] reads the scan tables of a directory (Parquet, falling
//! back to CSV) with polars lazy frames and keeps, as plain rows, the
//! columns the analyses need. Each analysis lives in its own file:
//!
//! - [`stories`]: which articles report the same story (shared entities,
//!   figures and title words within `window_days`) and which are reprints
//!   of one another (counted once as a source);
//! - [`repeated`]: near-identical claim sentences across articles
//!   (shingles, MinHash, LSH);
//! - [`figures`]: the `stories` table, and each story's figures per frame
//!   with their sources and the best-supported value;
//! - [`inconsistent`]: figures about the same quantity whose allowed
//!   intervals cannot both hold;
//! - [`timeline`]: how each compared figure moved over time;
//! - [`stats`]: per entity and per source statistics (polars lazy).
//!
//! The boundary: this module computes tables; [`crate::report`] writes
//! them and renders the HTML page and the terminal summary.

pub mod figures;
pub mod inconsistent;
pub mod repeated;
pub mod stats;
pub mod stories;
pub mod timeline;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use polars::prelude::*;
use rustc_hash::FxHashMap;

use crate::report::ReportError;
use crate::tables::is_parquet;
pub use crate::tables::{date_column, table_path};

/// Tuning of the analyses. [`Default`] gives the values the CLI uses.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Articles more than this many days apart are never taken for the same
    /// story (`--window-days`).
    pub window_days: u32,
    /// Articles further apart than `window_days` but within this many days
    /// are linked only when they share a person's full name that few
    /// articles give (the arrest, trial and sentencing of one incident).
    pub named_window_days: u32,
    /// Least weighted overlap of entities, figures and title words for two
    /// articles to be the same story (0..1).
    pub story_threshold: f64,
    /// Least Jaccard similarity of word 3-gram shingles for two claim
    /// sentences to be "the same sentence" (0..1).
    pub repeat_threshold: f64,
    /// Sentences with fewer words than this are not grouped (too short to
    /// tell a repeated claim from a common phrase).
    pub min_repeat_words: usize,
    /// Least similarity of the words around two figures of a general
    /// category (money, percent, people, ...) to take them for the same
    /// quantity (0..1). Event counts (deaths, injured, ...) need none.
    pub subject_threshold: f64,
    /// Compare only the lead figure of each event category (deaths,
    /// injured, ...) in each article: the first one in the text, and its
    /// repeats. Later figures of the same category are mostly parts of the
    /// toll, other incidents or history.
    pub lead_figures: bool,
    /// Event counts (deaths, injured, ...) of scans with frames are
    /// compared only when they stand in an article's first `lead_bytes`
    /// bytes: the top of a news story gives its toll; further down are
    /// background, other incidents and parts.
    pub lead_bytes: usize,
    /// Relative slack added to every interval before comparing, so that
    /// float noise never makes a disagreement.
    pub rel_tolerance: f64,
    /// At most this many rows of each table in `report.html`.
    pub html_rows: usize,
    /// Title of the HTML page.
    pub title: String,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            window_days: 7,
            named_window_days: 400,
            story_threshold: 0.3,
            repeat_threshold: 0.5,
            min_repeat_words: 6,
            subject_threshold: 0.2,
            lead_figures: true,
            lead_bytes: 1500,
            rel_tolerance: 1e-6,
            html_rows: 50,
            title: "claimscan report".to_string(),
        }
    }
}

/// One row of the `articles` table, as the analyses need it.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// `doc_id`.
    pub doc_id: String,
    /// Outlet, if known.
    pub source: Option<String>,
    /// Headline, if known.
    pub title: Option<String>,
    /// Publication day as days since 1970-01-01.
    pub published: Option<i32>,
    /// Whether the page's body is about something else than its headline
    /// (`articles.off_topic`): its headline is all it says of the article.
    pub off_topic: bool,
}

/// One row of the `claims` table. `doc` indexes [`Corpus::articles`].
#[derive(Debug, Clone, Default)]
pub struct ClaimRow {
    /// Index of the article in [`Corpus::articles`].
    pub doc: u32,
    /// Byte offset of the figure.
    pub start: i64,
    /// The figure as written.
    pub surface: String,
    /// Normalised value.
    pub value: Option<f64>,
    /// Lowest value the wording allows.
    pub lo: Option<f64>,
    /// Highest value the wording allows.
    pub hi: Option<f64>,
    /// `exact`, `approx`, `lower`, `upper`, `range`, `unresolved`.
    pub qualifier: Arc<str>,
    /// Rounding step of the figure as written.
    pub rounding: Option<f64>,
    /// Unit (`percent`, `USD`, ...) or None for a count.
    pub unit: Option<Arc<str>>,
    /// What is counted.
    pub noun: Option<Arc<str>>,
    /// Category of the taxonomy.
    pub category: Option<Arc<str>>,
    /// `rise` / `fall`.
    pub change: Option<Arc<str>>,
    /// `new`, `old`, `delta`.
    pub change_role: Option<Arc<str>>,
    /// Period the figure refers to.
    pub period: Option<Arc<str>>,
    /// Who is credited with it.
    pub speaker: Option<Arc<str>>,
    /// Set for ordinals (never compared).
    pub ordinal: Option<i64>,
    /// The claim's sentence (shared by the claims of one sentence).
    pub sentence: Arc<str>,
    /// Byte offset of the sentence.
    pub sentence_start: i64,
    /// Frame: head of what is counted.
    pub counted: Option<Arc<str>>,
    /// Frame: event (`killed`, `injured`, ...).
    pub event: Option<Arc<str>>,
    /// Frame: `total`, `part`, `other` (None in scans made before frames).
    pub scope: Option<Arc<str>>,
    /// Frame: the entity an amount belongs to.
    pub holder: Option<Arc<str>>,
    /// Frame: what an amount measures.
    pub measure: Option<Arc<str>>,
    /// Frame: the whole a part belongs to.
    pub whole: Option<f64>,
    /// Frame: `included` / `excluded` perpetrator.
    pub perpetrator: Option<Arc<str>>,
    /// Frame: whether the figure may be compared (true in older scans).
    pub comparable: bool,
    /// Whether the sentence is not article text.
    pub boilerplate: bool,
}

/// One row of the `entities` table.
#[derive(Debug, Clone, Default)]
pub struct EntityRow {
    /// Index of the article.
    pub doc: u32,
    /// `PERSON`, `ORG`, `PLACE`.
    pub kind: Arc<str>,
    /// Canonical name.
    pub canonical: String,
    /// The person's role or title at this mention ("Sgt.", "spokesman",
    /// "neighbor"), if the text gives one.
    pub role: Option<Arc<str>>,
}

/// Whether a claim stands in its article's headline (see
/// [`headline_rows`]).
pub fn in_title(c: &ClaimRow) -> bool {
    c.sentence_start < -1
}

/// Whether a claim is a count of one that no numeral writes ("a man was
/// killed"): it fills a story's frame but is never compared, nor links
/// articles.
pub fn implied(c: &ClaimRow) -> bool {
    &*c.qualifier == "implied"
}

/// The claims of each article's headline, and the names the headline of
/// a page whose text is not the article gives. The scan reads the text; the
/// headline ("2 dead, 3 injured in Eastside shooting") often gives an
/// event's toll most plainly, and the report reads it as a sentence of
/// its own, before the text: its offsets are negative, the headline
/// starting at `-(len + 2)` (so that `start - sentence_start` is the
/// figure's place in it, and -1 stays "sentence unknown"). For the names,
/// see [`Corpus::headline_entities`].
fn headline_rows(articles: &[Article]) -> (Vec<ClaimRow>, Vec<EntityRow>) {
    use rayon::prelude::*;
    let per_article: Vec<(Vec<ClaimRow>, Vec<EntityRow>)> = articles
        .par_iter()
        .enumerate()
        .map(|(d, a)| {
            let Some(title) = a.title.as_deref().filter(|t| !t.trim().is_empty()) else {
                return Default::default();
            };
            let doc = crate::Document::from_text(a.doc_id.clone(), title);
            let ex = crate::extract::extract(&doc);
            let base = -(title.len() as i64) - 2;
            let sentence: Arc<str> = title.into();
            let arc = |v: Option<&str>| v.filter(|s| !s.is_empty()).map(Arc::<str>::from);
            // (Only a page whose text is not the article needs them; a
            // headline in capitals alone, a wire's slug, names nothing the
            // extractor can tell from its other words.)
            let entities = if a.off_topic && title.chars().any(char::is_lowercase) {
                ex.entities
                    .iter()
                    .map(|e| EntityRow {
                        doc: d as u32,
                        kind: e.kind.into(),
                        canonical: e.canonical.clone(),
                        role: arc(e.role.as_deref()),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let claims = ex
                .claims
                .iter()
                .filter(|c| !cut_short(title, c.end))
                .map(|c| ClaimRow {
                    doc: d as u32,
                    start: base + c.start as i64,
                    surface: c.surface.clone(),
                    value: c.value.filter(|x| x.is_finite()),
                    lo: c.lo.filter(|x| x.is_finite()),
                    hi: c.hi.filter(|x| x.is_finite()),
                    qualifier: c.qualifier.into(),
                    rounding: c.rounding.filter(|x| x.is_finite()),
                    unit: arc(c.unit.as_deref()),
                    noun: arc(c.noun.as_deref()),
                    category: arc(c.category),
                    change: arc(c.change),
                    change_role: arc(c.change_role),
                    period: arc(c.period.as_deref()),
                    speaker: arc(c.speaker.as_deref()),
                    ordinal: c.ordinal,
                    sentence: sentence.clone(),
                    sentence_start: base,
                    counted: arc(c.counted.as_deref()),
                    event: arc(c.event),
                    scope: Some(c.scope.into()),
                    holder: arc(c.holder.as_deref()),
                    measure: arc(c.measure),
                    whole: c.whole.filter(|x| x.is_finite()),
                    perpetrator: arc(c.perpetrator),
                    comparable: c.comparable,
                    boilerplate: c.boilerplate,
                })
                .collect();
            (claims, entities)
        })
        .collect();
    let mut claims = Vec::new();
    let mut entities = Vec::new();
    for (c, e) in per_article {
        claims.extend(c);
        entities.extend(e);
    }
    (claims, entities)
}

/// Whether the headline's figure ending at `end` stands in a word the
/// page cut short ("shooting that killed 6-y - WAFB 9 News"): a
/// "6-year-old", not a toll of six.
fn cut_short(title: &str, end: usize) -> bool {
    let Some(rest) = title.get(end..).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let tail = &rest[letters..];
    let after = tail.trim_start();
    // (The cut word ends the headline, or stands before the site's name
    // or an ellipsis: not "3-for-2 split".)
    (1..=3).contains(&letters)
        && (after.is_empty()
            || tail.starts_with("...")
            || tail.starts_with('\u{2026}')
            || (tail.len() > after.len() && after.starts_with(['-', '|', '\u{2013}', '\u{2014}'])))
}

/// The scan tables of one directory, loaded for analysis.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles, in table order.
    pub articles: Vec<Article>,
    /// Claims with their article index.
    pub claims: Vec<ClaimRow>,
    /// Entity mentions with their article index.
    pub entities: Vec<EntityRow>,
    /// The names the headline gives of each page whose text is not the
    /// article (`articles.off_topic`: a sign-up form, a video playlist),
    /// read by the report (the `entities` table holds the texts'): such a
    /// page names its town or its victim there alone. Story linking reads
    /// them.
    pub headline_entities: Vec<EntityRow>,
    /// The frames, kept for the polars statistics.
    pub frames: Frames,
    /// The days the articles' texts name, as (article, days since
    /// 1970-01-01): the `dates` table's points in time of a day or finer
    /// ("Sunday night" read against publication, "on June 13"). Story
    /// linking reads them.
    pub days: Vec<(u32, i32)>,
}

/// The scan tables as polars frames (empty frames for missing optional
/// tables).
#[derive(Debug, Default, Clone)]
pub struct Frames {
    /// `articles` with `published` as a string `YYYY-MM-DD`.
    pub articles: DataFrame,
    /// `claims`.
    pub claims: DataFrame,
    /// `entities` (may be empty).
    pub entities: DataFrame,
    /// `quotes` (may be empty).
    pub quotes: DataFrame,
    /// `dates`: `doc_id`, `date`, `granularity` (may be empty; read
    /// into [`Corpus::days`], then let go).
    pub dates: DataFrame,
}

/// A lazy frame over table `name` of `dir`. CSV is read with every column
/// as a string (callers cast), so that a column that is empty in a small
/// scan does not get a surprising inferred type.
pub fn scan_table(dir: &Path, name: &str) -> Result<Option<LazyFrame>, ReportError> {
    let Some(path) = table_path(dir, name) else {
        return Ok(None);
    };
    let lf = if is_parquet(&path) {
        crate::tables::scan_parquet_table(&path)
    } else {
        PlRefPath::try_from_path(&path).and_then(|p| {
            LazyCsvReader::new(p)
                .with_infer_schema_length(Some(0))
                .with_has_header(true)
                .finish()
                .and_then(crate::tables::csv::unguard)
        })
    };
    lf.map(Some).map_err(|e| ReportError::read(&path, e))
}

/// Sorts a table by `keys` (those it has; nulls last), so that the report
/// depends on the rows, not on the order a writer left them in: a local
/// scan keeps input order, a Spark job's part files do not.
fn canonical_order(
    mut lf: LazyFrame,
    keys: &[&str],
    table: &str,
) -> Result<LazyFrame, ReportError> {
    let schema = lf
        .collect_schema()
        .map_err(|e| ReportError::table(table, e))?;
    let by: Vec<Expr> = keys
        .iter()
        .filter(|k| schema.contains(k))
        .map(|k| match schema.get(k) {
            // CSV tables are read as text: offsets sort as numbers.
            Some(DataType::String) if *k != "doc_id" && *k != "published" => {
                col(*k).cast(DataType::Int64)
            }
            _ => col(*k),
        })
        .collect();
    if by.is_empty() {
        return Ok(lf);
    }
    let opts = SortMultipleOptions::default()
        .with_nulls_last(true)
        .with_maintain_order(true);
    Ok(lf.sort_by_exprs(by, opts))
}

/// Selects `wanted` columns cast to their types; a column the table lacks
/// becomes all nulls (older scans, optional columns).
fn select_typed(
    mut lf: LazyFrame,
    wanted: &[(&str, DataType)],
    table: &str,
) -> Result<LazyFrame, ReportError> {
    let schema = lf
        .collect_schema()
        .map_err(|e| ReportError::table(table, e))?;
    let exprs: Vec<Expr> = wanted
        .iter()
        .map(|(name, dtype)| {
            let e = if schema.contains(name) {
                match (schema.get(name), dtype) {
                    // A date (Parquet) or a string (CSV) both become text.
                    (Some(DataType::Date), DataType::String) => col(*name).cast(DataType::String),
                    _ => col(*name).cast(dtype.clone()),
                }
            } else {
                lit(NULL).cast(dtype.clone())
            };
            e.alias(*name)
        })
        .collect();
    Ok(lf.select(exprs))
}

fn collect(lf: LazyFrame, table: &str) -> Result<DataFrame, ReportError> {
    lf.collect().map_err(|e| ReportError::table(table, e))
}

fn strs(df: &DataFrame, name: &str) -> Result<Vec<Option<String>>, ReportError> {
    let c = df.column(name).map_err(|e| ReportError::table(name, e))?;
    let ca = c.str().map_err(|e| ReportError::table(name, e))?;
    Ok(ca
        .iter()
        .map(|v| v.filter(|s| !s.is_empty()).map(str::to_string))
        .collect())
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` string (a longer timestamp is
/// cut to its date).
pub fn parse_day(s: &str) -> Option<i32> {
    let d: jiff::civil::Date = s.get(..10)?.parse().ok()?;
    let epoch = jiff::civil::date(1970, 1, 1);
    Some((d - epoch).get_days())
}

/// `YYYY-MM-DD` of a day number.
pub fn format_day(day: i32) -> String {
    let epoch = jiff::civil::date(1970, 1, 1);
    epoch
        .checked_add(jiff::Span::new().days(day as i64))
        .map(|d| d.to_string())
        .unwrap_or_default()
}

impl Corpus {
    /// Loads the scan tables of `dir`. `articles` and `claims` are needed;
    /// `entities` and `quotes` are used when present.
    ///
    /// # Errors
    /// [`ReportError::MissingTable`] when `articles` or `claims` is absent,
    /// [`ReportError::Table`] when a table cannot be read.
    pub fn load(dir: &Path) -> Result<Corpus, ReportError> {
        let need = |name: &str| -> Result<LazyFrame, ReportError> {
            scan_table(dir, name)?.ok_or_else(|| ReportError::MissingTable {
                dir: dir.to_path_buf(),
                table: name.to_string(),
            })
        };
        use DataType::*;
        let articles = collect(
            select_typed(
                canonical_order(need("articles")?, &["published", "doc_id"], "articles")?,
                &[
                    ("doc_id", String),
                    ("source", String),
                    ("title", String),
                    ("published", String),
                    ("off_topic", String),
                ],
                "articles",
            )?,
            "articles",
        )?;
        let claims = collect(
            select_typed(
                canonical_order(need("claims")?, &["doc_id", "start", "end"], "claims")?,
                &[
                    ("doc_id", String),
                    ("start", Int64),
                    ("surface", String),
                    ("value", Float64),
                    ("lo", Float64),
                    ("hi", Float64),
                    ("qualifier", String),
                    ("rounding", Float64),
                    ("unit", String),
                    ("noun", String),
                    ("category", String),
                    ("change", String),
                    ("change_role", String),
                    ("period", String),
                    ("speaker", String),
                    ("ordinal", Int64),
                    ("sentence", String),
                    ("sentence_start", Int64),
                    ("counted", String),
                    ("event", String),
                    ("scope", String),
                    ("holder", String),
                    ("measure", String),
                    ("whole", Float64),
                    ("perpetrator", String),
                    ("comparable", String),
                    ("boilerplate", String),
                ],
                "claims",
            )?,
            "claims",
        )?;
        let entity_cols = [
            ("doc_id", String),
            ("kind", String),
            ("canonical", String),
            ("role", String),
        ];
        let entities = match scan_table(dir, "entities")? {
            Some(lf) => {
                let lf = canonical_order(lf, &["doc_id", "start", "end"], "entities")?;
                collect(select_typed(lf, &entity_cols, "entities")?, "entities")?
            }
            None => empty_frame(&entity_cols),
        };
        let quote_cols = [("doc_id", String), ("speaker", String)];
        let quotes = match scan_table(dir, "quotes")? {
            Some(lf) => {
                let lf = canonical_order(lf, &["doc_id", "start", "end"], "quotes")?;
                collect(select_typed(lf, &quote_cols, "quotes")?, "quotes")?
            }
            None => empty_frame(&quote_cols),
        };
        let date_cols = [
            ("doc_id", String),
            ("date", String),
            ("granularity", String),
        ];
        let dates = match scan_table(dir, "dates")? {
            // Read as sets of days per article: the order does not matter.
            // Only points in time of a day or finer are kept.
            Some(lf) => {
                let grain = || col("granularity");
                let lf = select_typed(lf, &date_cols, "dates")?
                    .filter(grain().eq(lit("day")).or(grain().eq(lit("time"))));
                collect(lf, "dates")?
            }
            None => empty_frame(&date_cols),
        };
        Corpus::from_frames(Frames {
            articles,
            claims,
            entities,
            quotes,
            dates,
        })
    }

    /// Builds the rows from frames already typed as [`Corpus::load`] types
    /// them.
    pub fn from_frames(frames: Frames) -> Result<Corpus, ReportError> {
        let a = &frames.articles;
        let ids = strs(a, "doc_id")?;
        let sources = strs(a, "source")?;
        let titles = strs(a, "title")?;
        let published = strs(a, "published")?;
        // (Scans from before the column was written have none.)
        let off_topic = strs(a, "off_topic").unwrap_or_else(|_| vec![None; ids.len()]);
        let mut articles = Vec::with_capacity(ids.len());
        let mut index: HashMap<String, u32> = HashMap::with_capacity(ids.len());
        for ((((id, source), title), published), off_topic) in ids
            .into_iter()
            .zip(sources)
            .zip(titles)
            .zip(published)
            .zip(off_topic)
        {
            let Some(id) = id else { continue };
            if index.contains_key(&id) {
                continue;
            }
            index.insert(id.clone(), articles.len() as u32);
            articles.push(Article {
                doc_id: id,
                source: source.map(|s| s.trim().to_string()),
                title,
                published: published.as_deref().and_then(parse_day),
                off_topic: off_topic.as_deref() == Some("true"),
            });
        }
        // A claim whose article is missing from `articles` still counts:
        // it gets an article row of its own with nothing known.
        let mut doc_of = |id: &str, articles: &mut Vec<Article>| -> u32 {
            if let Some(&i) = index.get(id) {
                return i;
            }
            let i = articles.len() as u32;
            index.insert(id.to_string(), i);
            articles.push(Article {
                doc_id: id.to_string(),
                ..Article::default()
            });
            i
        };

        // Columns with few distinct values share one allocation per value.
        let mut pool: FxHashMap<String, Arc<str>> = FxHashMap::default();
        let mut intern = |v: Option<&str>| -> Option<Arc<str>> {
            let v = v.filter(|s| !s.is_empty())?;
            if let Some(a) = pool.get(v) {
                return Some(a.clone());
            }
            let a: Arc<str> = v.into();
            pool.insert(v.to_string(), a.clone());
            Some(a)
        };
        let claims = {
            let c = &frames.claims;
            // Read the columns row by row (no intermediate copy of a column).
            let sc = |name: &str| -> Result<&StringChunked, ReportError> {
                c.column(name)
                    .and_then(|col| col.str())
                    .map_err(|e| ReportError::table(name, e))
            };
            let fc = |name: &str| -> Result<&Float64Chunked, ReportError> {
                c.column(name)
                    .and_then(|col| col.f64())
                    .map_err(|e| ReportError::table(name, e))
            };
            let ic = |name: &str| -> Result<&Int64Chunked, ReportError> {
                c.column(name)
                    .and_then(|col| col.i64())
                    .map_err(|e| ReportError::table(name, e))
            };
            let owned = |v: Option<&str>| v.filter(|s| !s.is_empty()).map(str::to_string);
            let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
            let (mut doc_id, mut start, mut surface) = (
                sc("doc_id")?.iter(),
                ic("start")?.iter(),
                sc("surface")?.iter(),
            );
            let (mut value, mut lo, mut hi) =
                (fc("value")?.iter(), fc("lo")?.iter(), fc("hi")?.iter());
            let (mut qualifier, mut rounding, mut unit) = (
                sc("qualifier")?.iter(),
                fc("rounding")?.iter(),
                sc("unit")?.iter(),
            );
            let (mut noun, mut category, mut change) = (
                sc("noun")?.iter(),
                sc("category")?.iter(),
                sc("change")?.iter(),
            );
            let (mut change_role, mut period, mut speaker) = (
                sc("change_role")?.iter(),
                sc("period")?.iter(),
                sc("speaker")?.iter(),
            );
            let (mut ordinal, mut sentence, mut sentence_start) = (
                ic("ordinal")?.iter(),
                sc("sentence")?.iter(),
                ic("sentence_start")?.iter(),
            );
            let (mut counted, mut event, mut scope) = (
                sc("counted")?.iter(),
                sc("event")?.iter(),
                sc("scope")?.iter(),
            );
            let (mut holder, mut measure, mut whole) = (
                sc("holder")?.iter(),
                sc("measure")?.iter(),
                fc("whole")?.iter(),
            );
            let (mut perpetrator, mut comparable, mut boilerplate) = (
                sc("perpetrator")?.iter(),
                sc("comparable")?.iter(),
                sc("boilerplate")?.iter(),
            );
            let truth = |v: Option<&str>| v.map(|s| matches!(s, "true" | "1" | "True"));
            let mut claims = Vec::with_capacity(c.height());
            // Claims of one sentence share its text.
            let mut last: Option<(u32, i64, Arc<str>)> = None;
            for _ in 0..c.height() {
                let id = doc_id.next().flatten();
                let row = (
                    start.next().flatten(),
                    surface.next().flatten(),
                    value.next().flatten(),
                    lo.next().flatten(),
                    hi.next().flatten(),
                    qualifier.next().flatten(),
                    rounding.next().flatten(),
                    unit.next().flatten(),
                    noun.next().flatten(),
                    category.next().flatten(),
                );
                let row2 = (
                    change.next().flatten(),
                    change_role.next().flatten(),
                    period.next().flatten(),
                    speaker.next().flatten(),
                    ordinal.next().flatten(),
                    sentence.next().flatten(),
                    sentence_start.next().flatten(),
                );
                let row3 = (
                    counted.next().flatten(),
                    event.next().flatten(),
                    scope.next().flatten(),
                    holder.next().flatten(),
                    measure.next().flatten(),
                    whole.next().flatten(),
                    perpetrator.next().flatten(),
                    comparable.next().flatten(),
                    boilerplate.next().flatten(),
                );
                let Some(id) = id.filter(|s| !s.is_empty()) else {
                    continue;
                };
                let doc = doc_of(id, &mut articles);
                let ss = row2.6.unwrap_or(-1);
                let text: Arc<str> = match &last {
                    Some((d, st, t)) if *d == doc && *st == ss && ss >= 0 => t.clone(),
                    _ => {
                        let t: Arc<str> = row2.5.unwrap_or_default().into();
                        last = Some((doc, ss, t.clone()));
                        t
                    }
                };
                claims.push(ClaimRow {
                    doc,
                    start: row.0.unwrap_or(0),
                    surface: owned(row.1).unwrap_or_default(),
                    value: finite(row.2),
                    lo: finite(row.3),
                    hi: finite(row.4),
                    qualifier: intern(row.5).unwrap_or_else(|| "exact".into()),
                    rounding: finite(row.6),
                    unit: intern(row.7),
                    noun: intern(row.8),
                    category: intern(row.9),
                    change: intern(row2.0),
                    change_role: intern(row2.1),
                    period: intern(row2.2),
                    speaker: intern(row2.3),
                    ordinal: row2.4,
                    sentence: text,
                    sentence_start: ss,
                    counted: intern(row3.0),
                    event: intern(row3.1),
                    scope: intern(row3.2),
                    holder: intern(row3.3),
                    measure: intern(row3.4),
                    whole: finite(row3.5),
                    perpetrator: intern(row3.6),
                    comparable: truth(row3.7).unwrap_or(true),
                    boilerplate: truth(row3.8).unwrap_or(false),
                });
            }

            claims
        };

        let e = &frames.entities;
        let (eids, kinds, canon) = (strs(e, "doc_id")?, strs(e, "kind")?, strs(e, "canonical")?);
        // Scans from before roles were written have no `role` column.
        let roles = strs(e, "role").unwrap_or_else(|_| vec![None; eids.len()]);
        let mut entities = Vec::with_capacity(eids.len());
        for (((id, kind), canonical), role) in eids.into_iter().zip(kinds).zip(canon).zip(roles) {
            let (Some(id), Some(canonical)) = (id, canonical) else {
                continue;
            };
            let doc = doc_of(&id, &mut articles);
            entities.push(EntityRow {
                doc,
                kind: intern(kind.as_deref()).unwrap_or_else(|| "".into()),
                canonical,
                role: intern(role.as_deref()),
            });
        }
        // Days named in the texts: points in time of a day or finer.
        let mut days = Vec::new();
        let d = &frames.dates;
        if d.height() > 0 {
            let sc = |name: &str| -> Result<&StringChunked, ReportError> {
                d.column(name)
                    .and_then(|col| col.str())
                    .map_err(|e| ReportError::table(name, e))
            };
            let (dids, dates, grains) = (sc("doc_id")?, sc("date")?, sc("granularity")?);
            let mut last: Option<(&str, Option<u32>)> = None;
            for ((id, date), grain) in dids.iter().zip(dates.iter()).zip(grains.iter()) {
                let (Some(id), Some(date)) = (id, date) else {
                    continue;
                };
                if !matches!(grain, Some("day" | "time")) {
                    continue;
                }
                let doc = match last {
                    Some((l, doc)) if l == id => doc,
                    _ => {
                        let doc = index.get(id).copied();
                        last = Some((id, doc));
                        doc
                    }
                };
                if let (Some(doc), Some(day)) = (doc, parse_day(date)) {
                    days.push((doc, day));
                }
            }
        }
        let mut claims = claims;
        let (headline_claims, headline_entities) = headline_rows(&articles);
        claims.extend(headline_claims);
        // Each article's claims together, its headline's first.
        claims.sort_by_key(|c| (c.doc, c.start));
        // The statistics need only these columns of `claims`: the rows
        // above hold the rest, so the frame's sentences are let go.
        let mut frames = frames;
        frames.dates = DataFrame::default();
        frames.claims = frames
            .claims
            .select(["doc_id", "qualifier", "speaker"])
            .map_err(|e| ReportError::table("claims", e))?;
        Ok(Corpus {
            articles,
            claims,
            entities,
            headline_entities,
            frames,
            days,
        })
    }

    /// The article's source, or its doc_id when the source is unknown (an
    /// article of unknown origin counts as a source of its own).
    pub fn source_key(&self, doc: u32) -> &str {
        let a = &self.articles[doc as usize];
        a.source.as_deref().unwrap_or(&a.doc_id)
    }
}

fn empty_frame(cols: &[(&str, DataType)]) -> DataFrame {
    let columns: Vec<Column> = cols
        .iter()
        .map(|(n, t)| Column::full_null((*n).into(), 0, t))
        .collect();
    DataFrame::new_infer_height(columns).unwrap_or_default()
}

/// A column with one value per row of `rows`: the tables of the analyses
/// are built with it.
pub fn column<'a, R, T>(
    name: impl Into<PlSmallStr>,
    rows: &'a [R],
    value: impl FnMut(&'a R) -> T,
) -> Column
where
    Series: NamedFrom<Vec<T>, [T]>,
{
    Column::new(name.into(), rows.iter().map(value).collect::<Vec<T>>())
}

/// Union-find over `0..n`, used by every grouping here.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }
    /// Representative of `x`'s set.
    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }
    /// Joins the sets of `a` and `b` (the smaller index becomes the root,
    /// so that group numbering is deterministic).
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
}

/// Words too common to tell stories or subjects apart.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "last", "least", "less", "more",
    "most", "mr", "mrs", "ms", "new", "no", "not", "of", "on", "one", "only", "or", "other", "our",
    "out", "over", "said", "says", "she", "since", "so", "some", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "told", "under",
    "until", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will",
    "with", "would", "year", "years", "you",
];

/// Whether `w` (lower case) is a stop word.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.binary_search(&w).is_ok()
}

/// Lower-cased alphanumeric words of `s`.
pub fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Content words of `s`: no stop words, no numbers, at least 3 letters.
pub fn content_words(s: &str) -> impl Iterator<Item = String> + '_ {
    words(s).filter(|w| {
        w.chars().count() >= 3 && !w.chars().any(|c| c.is_ascii_digit()) && !is_stopword(w)
    })
}

/// FNV-1a, 64 bits: a fixed, portable hash so that groupings do not
/// change between runs, platforms or Rust releases.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// SplitMix64 finaliser: spreads the bits of `x`.
pub fn mix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn days_round_trip() {
        assert_eq!(parse_day("1970-01-02"), Some(1));
        assert_eq!(parse_day("2013-05-07T10:00:00"), parse_day("2013-05-07"));
        assert_eq!(format_day(parse_day("2016-02-29").unwrap()), "2016-02-29");
        assert_eq!(parse_day("yesterday"), None);
    }

    #[test]
    fn a_headline_figure_in_a_word_cut_short_is_no_claim() {
        let surfaces = |title: &str| -> Vec<String> {
            let articles = [Article {
                doc_id: "d".into(),
                title: Some(title.into()),
                ..Article::default()
            }];
            headline_rows(&articles)
                .0
                .into_iter()
                .map(|c| c.surface)
                .collect()
        };
        assert!(
            surfaces("Officer claims self-defense in shooting that killed 6-y - WAFB 9 News")
                .is_empty()
        );
        assert!(surfaces("Man charged in death of 4-ye...").is_empty());
        assert_eq!(
            surfaces("2 dead, 3 injured in Eastside shooting - WAFB 9 News"),
            ["2", "3"]
        );
        // (The age, and the implied count of one it names.)
        assert_eq!(
            surfaces("Shooting kills 6-year-old"),
            ["6-year-old", "6-year-old"]
        );
    }

    #[test]
    fn content_words_drop_numbers_and_stopwords() {
        let w: Vec<String> = content_words("The 12 victims were taken to St. Mary's").collect();
        assert_eq!(w, ["victims", "taken", "mary"]);
    }
}
