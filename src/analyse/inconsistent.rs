//! Inconsistent figures: claims about the same quantity, in articles about
//! the same story, whose allowed intervals cannot both hold.
//!
//! **Same quantity.** Two claims are compared only when their articles are
//! linked ([`super::stories`]: same story within `window_days`), their
//! categories are equal (or one is `casualties` and the other `deaths` or
//! `injured`: a difference of scope), their units are equal, their counted
//! nouns agree (equal after folding plurals, or both generic such as
//! "people", "lives"), their periods do not differ, and neither is the
//! old value or the delta of a change. For general categories (money,
//! percent, people, jobs, votes) the words around the two figures must
//! also overlap (`subject_threshold`); event counts (deaths, injured,
//! displaced, ...) in one story need no more.
//!
//! **Intervals.** Each claim allows an interval: "over 70,000" is
//! [70000, ∞), "at least 80,000" is [80000, ∞) (these agree), "about 100"
//! is the extractor's tolerance, and a rounded exact figure allows half its
//! rounding step on each side ("$3.2 billion" and "$3.2bn" are the same
//! [3.15e9, 3.25e9]). Claims disagree only when their intervals do not
//! overlap.
//!
//! **Time.** Counts that accumulate (deaths, injured, casualties,
//! displaced, arrested, missing, affected) may grow: a lower figure
//! published on an earlier day than a higher one is an update, not a
//! disagreement. A figure that shrinks in a later report, or two figures of
//! the same day, disagree.
//!
//! **What is not compared.** Ordinals ("a fifth victim"), ages in
//! apposition ("Manuel Ortiz, 28,"), parts of a count ("four of the
//! officers", "the other two", "still in hospital"), tolls of a wider
//! scope ("since October", "nationwide", "this year") and figures whose
//! period ended well before the article. With `lead_figures` (the
//! default), only the first figure of each event category in an article
//! (and its repeats) stands for the article's toll.
//!
//! **One figure per quantity.** An article often holds several figures of
//! one category (today's toll and last year's). A claim that agrees with,
//! or is updated by, some claim of the other article is settled; only
//! unsettled claims are paired, each with the most similar unsettled claim
//! of the other side.
//!
//! Each disagreement gets a `reason` (`different value`, `probable scale
//! slip` when the values differ by a power of ten, `count went down`, or
//! `different scope` when the killed or the injured outnumber the
//! casualties they are part of) and a `score` in 0..1 that
//! ranks them: the size of the gap, how surely the two articles are one
//! story and the two sentences one subject, how precise the wording is,
//! and how many independent sources stand behind each side.

use std::collections::{BTreeMap, HashSet};

use polars::prelude::*;

use super::stories::Stories;
use super::{column, content_words, date_column, fnv1a, ClaimRow, Corpus, ReportOptions};
use crate::report::ReportError;
use rustc_hash::FxHashMap;

/// Categories compared at all.
fn comparable(cat: &str) -> bool {
    matches!(
        cat,
        "deaths"
            | "injured"
            | "casualties"
            | "displaced"
            | "arrested"
            | "missing"
            | "affected"
            | "people"
            | "jobs"
            | "money"
            | "percent"
            | "votes"
    )
}

/// Counts of an event that only grow as reports come in.
pub(super) fn cumulative(cat: &str) -> bool {
    matches!(
        cat.trim_end_matches("+perpetrator"),
        "deaths"
            | "injured"
            | "casualties"
            | "displaced"
            | "arrested"
            | "affected"
            | "shot"
            | "hospitalised"
            | "charged"
            | "evacuated"
            | "rescued"
            | "infected"
    )
}

/// Counts that move either way as reports come in (the missing are
/// found): any change between days is an update.
fn evolving(cat: &str) -> bool {
    cat == "missing"
}

/// Event counts: within one story, the category is the subject.
fn event_count(cat: &str) -> bool {
    cumulative(cat) || evolving(cat)
}

/// Whether two categories measure one quantity (`Some(false)`), or
/// overlapping scopes (`Some(true)`: killed vs casualties), or not at all.
fn scope(a: &str, b: &str) -> Option<bool> {
    if a == b {
        return Some(false);
    }
    match (a, b) {
        ("casualties", "deaths" | "injured") | ("deaths" | "injured", "casualties") => Some(true),
        _ => None,
    }
}

/// Nouns that name no narrower group than the category itself.
fn generic_noun(n: &str) -> bool {
    matches!(
        n,
        "people"
            | "person"
            | "persons"
            | "life"
            | "lives"
            | "individual"
            | "individuals"
            | "victim"
            | "victims"
            | "dead"
            | "death"
            | "deaths"
            | "fatality"
            | "fatalities"
            | "casualty"
            | "casualties"
            | "body"
            | "bodies"
            | "injured"
            | "injuries"
            | "wounded"
            | "killed"
            | "dollar"
            | "dollars"
            | "pound"
            | "pounds"
            | "euro"
            | "euros"
    )
}

/// The noun folded for comparison: the head word (before any "of"),
/// lower case, simple plural removed; None for a generic noun. "flood
/// recovery package" and "recovery package" are both `package`.
fn noun_key(n: Option<&str>) -> Option<String> {
    let n = n?.trim().to_lowercase();
    let head_phrase = n.split(" of ").next().unwrap_or(&n);
    let head = head_phrase.split_whitespace().last()?.to_string();
    if generic_noun(&head) || generic_noun(&n) {
        return None;
    }
    let folded = if let Some(s) = head.strip_suffix("ies") {
        format!("{s}y")
    } else if head.ends_with('s') && !head.ends_with("ss") {
        head[..head.len() - 1].to_string()
    } else {
        head
    };
    Some(folded)
}

/// The span of days a `period` value covers: `2026-03-08` one day,
/// `2026-02` a month, `2026` a year, `2026-W11` a week, `2026-Q1` a
/// quarter. The bool is true for a single day. None for anything else
/// (`PAST_REF`, `this year`, unresolved values).
pub fn period_span(p: &str) -> Option<(i32, i32, bool)> {
    use jiff::civil::date;
    let p = p.trim();
    let num = |s: &str| s.parse::<i16>().ok();
    let days = |d: jiff::civil::Date| super::parse_day(&d.to_string());
    // "2025-01/2025-09": from the first's start to the second's end
    if let Some((a, z)) = p.split_once('/') {
        let (start, _, _) = period_span(a)?;
        let (_, end, _) = period_span(z)?;
        return (start <= end).then_some((start, end, false));
    }
    let b = p.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let d = super::parse_day(p)?;
        return Some((d, d, true));
    }
    let year = num(p.get(..4)?).filter(|y| (1000..=2999).contains(y))?;
    if p.len() == 4 {
        let start = days(date(year, 1, 1))?;
        return Some((start, days(date(year, 12, 31))?, false));
    }
    let rest = p.get(5..)?;
    if p.as_bytes()[4] != b'-' {
        return None;
    }
    if let Some(w) = rest.strip_prefix('W') {
        let w = num(w).filter(|w| (1..=53).contains(w))?;
        let jan4 = days(date(year, 1, 4))?;
        let wd = date(year, 1, 4).weekday().to_monday_zero_offset() as i32;
        let start = jan4 - wd + (w as i32 - 1) * 7;
        return Some((start, start + 6, false));
    }
    // The n-th part of a year of `len` months: a quarter, a half.
    let part = |n: Option<i16>, parts: i16, len: i8| -> Option<(i32, i32, bool)> {
        let n = n.filter(|n| (1..=parts).contains(n))?;
        let first = date(year, (n as i8 - 1) * len + 1, 1);
        let end = first.checked_add(jiff::Span::new().months(len)).ok()?;
        Some((days(first)?, days(end)? - 1, false))
    };
    if let Some(q) = rest.strip_prefix('Q') {
        return part(num(q), 4, 3);
    }
    if let Some(h) = rest.strip_prefix('H') {
        return part(num(h), 2, 6);
    }
    let m = num(rest).filter(|m| (1..=12).contains(m))? as i8;
    let first = date(year, m, 1);
    let end = first.checked_add(jiff::Span::new().months(1)).ok()?;
    Some((days(first)?, days(end)? - 1, false))
}

/// Whether two periods can be the period of one quantity: two days
/// within the window (a statement's day, not the quantity's), or spans
/// that overlap when either is coarser ("in January" vs "in February"
/// are different quantities). Unknown periods are compatible with all.
fn periods_compatible(a: Option<&str>, b: Option<&str>, window: i32) -> bool {
    let (Some(a), Some(b)) = (a.and_then(period_span), b.and_then(period_span)) else {
        return true;
    };
    if a.2 && b.2 {
        (a.0 - b.0).abs() <= window
    } else {
        a.0 <= b.1 && b.0 <= a.1
    }
}

/// The interval a claim's wording allows, widened by `tol` (relative).
/// None when the claim has no usable value.
pub fn interval(c: &ClaimRow, tol: f64) -> Option<(f64, f64)> {
    let v = c.value?;
    let (lo, hi) = match &*c.qualifier {
        "unresolved" => return None,
        "lower" => (c.lo.unwrap_or(v), c.hi.unwrap_or(f64::INFINITY)),
        "upper" => (
            c.lo.unwrap_or(if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY }),
            c.hi.unwrap_or(v),
        ),
        "range" => (c.lo.unwrap_or(v), c.hi.unwrap_or(v)),
        "approx" => match (c.lo, c.hi) {
            (Some(l), Some(h)) if l <= h => (l, h),
            _ => (v - 0.1 * v.abs(), v + 0.1 * v.abs()),
        },
        _ => match (c.lo, c.hi) {
            // Exact, with the span the extractor gives for its rounding
            // ("4.1 percent" is [4.05, 4.15]): shrunk by a thousandth of
            // the span so that neighbours ("4.1" and "4.2") never touch.
            // Not widened by `tol` either: at four decimals the widening
            // would outreach the shrinking ("1.3666" and "1.3667").
            (Some(l), Some(h)) if l < h => {
                let e = (h - l) * 1e-3;
                return Some((l + e, h - e));
            }
            // Exact without a span: a rounded figure stands for anything
            // that rounds to it (just under half a step each side).
            _ => {
                let slack = c.rounding.filter(|r| *r > 1.0).map_or(0.0, |r| r * 0.4995);
                (v - slack, v + slack)
            }
        },
    };
    Some((lo - lo.abs() * tol, hi + hi.abs() * tol))
}

fn precision(q: &str) -> f64 {
    match q {
        "exact" => 1.0,
        "approx" | "range" => 0.85,
        _ => 0.75,
    }
}

/// Whether `ratio` is close to a power of ten (10, 100, 1000, ...).
fn scale_slip(ratio: f64) -> bool {
    if !ratio.is_finite() || ratio < 9.5 {
        return false;
    }
    let l = ratio.log10();
    (l - l.round()).abs() < 0.01
}

/// One side of a disagreement: an article and one of its claims.
#[derive(Debug, Clone, Copy)]
pub struct Side {
    /// Article index.
    pub doc: u32,
    /// Claim index.
    pub claim: u32,
    /// Independent sources in the story that give this figure.
    pub support: u32,
}

/// One row of `inconsistencies`.
#[derive(Debug, Clone)]
pub struct Inconsistency {
    /// What the figure is about, readable.
    pub subject: String,
    /// The category (`deaths vs casualties` for a scope difference).
    pub category: String,
    /// Story number.
    pub story: u32,
    /// Earlier side (or the smaller figure on the same day).
    pub a: Side,
    /// Later side.
    pub b: Side,
    /// Larger value over smaller value.
    pub ratio: Option<f64>,
    /// Ranking score, 0..1.
    pub score: f64,
    /// `different value`, `probable scale slip`, `count went down`,
    /// `different scope`.
    pub reason: &'static str,
    /// Every article of the story that gives side a's figure in its frame.
    pub docs_a: Vec<u32>,
    /// Every article of the story that gives side b's figure.
    pub docs_b: Vec<u32>,
}

/// A claim fit for comparison.
#[derive(Debug, Clone)]
struct Fit {
    claim: u32,
    cat: String,
    unit: Option<String>,
    noun: Option<String>,
    lo: f64,
    hi: f64,
    /// Hashes of the content words around the figure, sorted.
    words: Vec<u64>,
    /// Whose amount it is (lower case), when the sentence says.
    holder: Option<String>,
    /// `included` / `excluded` perpetrator, when the sentence says.
    perpetrator: Option<String>,
    /// The sum the text states ("one dead and three others injured": 4).
    whole: Option<f64>,
    /// One of several figures of its category, unit and period in one
    /// sentence ("3.9 pct on 24-month contracts, 7.9 pct on 36-month"):
    /// each is tied to words the frame does not hold, so it may settle a
    /// figure of the other article but disagrees only by a slip of scale.
    listed: bool,
    /// An amount restated in another currency (see [`conversion`]).
    conversion: bool,
    /// The place an amount or a count of jobs is told of (see
    /// [`place_after`]); never set for an event's toll.
    place: Option<String>,
    /// The span an amount is reported over (see [`reporting_span`]);
    /// never set for an event's toll.
    span: Option<&'static str>,
    /// The basis an amount or rate is told on (see [`basis`]).
    basis: Basis,
}

impl Fit {
    /// A figure known only by its category and exact value: a table cell.
    fn point(claim: u32, cat: &str, unit: Option<&str>, v: f64) -> Fit {
        Fit {
            claim,
            cat: cat.to_string(),
            unit: unit.map(str::to_string),
            noun: None,
            lo: v,
            hi: v,
            words: Vec::new(),
            holder: None,
            perpetrator: None,
            whole: None,
            listed: false,
            conversion: false,
            place: None,
            span: None,
            basis: Basis::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Relation {
    Agree,
    Update,
    Disagree(&'static str),
}

/// The result of comparing figures: disagreements, and every claim that was
/// compared with a claim of another article (the timeline's rows), keyed by
/// story and quantity.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Disagreements, best score first.
    pub rows: Vec<Inconsistency>,
    /// Claims compared within each quantity of each story.
    pub threads: FxHashMap<QuantityKey, Vec<u32>>,
}

impl Comparison {
    /// The claims on a side of some disagreement.
    pub fn disputed(&self) -> HashSet<u32> {
        self.rows
            .iter()
            .flat_map(|r| [r.a.claim, r.b.claim])
            .collect()
    }
}

/// One quantity of one story: `(story, category, unit, noun)`.
pub type QuantityKey = (u32, String, Option<String>, Option<String>);

/// Figures that a claims table may carry but that count nothing, left out
/// of comparisons as a safeguard: ordinals ("a fifth person", "the 3rd")
/// and ages in apposition ("Manuel Ortiz, 28, died"; "aged 19").
fn not_a_count(c: &ClaimRow) -> bool {
    const ORDINALS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
        "hundredth",
    ];
    let surface = c.surface.to_lowercase();
    let last = surface.split_whitespace().last().unwrap_or("");
    let digits_then = |suffix: &str| {
        last.strip_suffix(suffix)
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    };
    if ORDINALS.contains(&last) || ["st", "nd", "rd", "th"].into_iter().any(digits_then) {
        return true;
    }
    let s = &c.sentence;
    let Some((at, end)) = figure_in_sentence(c) else {
        return false;
    };
    let before = s[..at].trim_end();
    let after = s[end..].trim_start();
    let small = c.value.is_some_and(|v| (0.0..130.0).contains(&v));
    let lower_before = before.to_lowercase();
    if small
        && (lower_before.ends_with(" aged")
            || lower_before.ends_with(" age")
            || lower_before.ends_with(" ages"))
    {
        return true;
    }
    // "four of the officers", "one of those killed": a part of a count.
    if after.starts_with("of ") && !lower_before.ends_with("total") {
        return true;
    }
    // "Name, 43," or "a man, 26," : a name or a person, a comma, the
    // number, a comma.
    const PERSONS: &[&str] = &[
        "man", "woman", "boy", "girl", "teen", "teenager", "victim", "driver", "resident", "son",
        "daughter", "mother", "father", "brother", "sister", "suspect",
    ];
    if small && before.ends_with(',') && (after.starts_with(',') || after.starts_with(';')) {
        let word = before[..before.len() - 1]
            .split_whitespace()
            .last()
            .unwrap_or("");
        return word.chars().next().is_some_and(char::is_uppercase)
            || PERSONS.contains(&word.to_lowercase().as_str());
    }
    false
}

/// Words near an event count that widen it beyond the story: a city's,
/// a nation's or a year's toll ("eight people have died since October",
/// "19 officers slain nationwide", "at least 43 wounded in shootings in
/// Chicago this past weekend").
const WIDER_SCOPE: &[&str] = &[
    "nationwide",
    "statewide",
    "across the country",
    "this year",
    "so far",
    "since",
    "weekend",
    "in shootings",
    "annually",
    "every year",
    "a year",
    "last year",
    "decade",
    "in history",
    "all-time",
    "shootings",
    "separate",
    "series of",
    "spate of",
];

/// Words next to an event count that make it a part of the toll: the
/// victims "still in hospital", "in critical condition", "the other two".
const PART_OF: &[&str] = &[
    "still",
    "remain",
    "critical condition",
    "stable condition",
    "serious condition",
    "good condition",
    "life-threatening",
    "minor injuries",
    "the other",
    "additional",
    "including the",
    "himself",
    "herself",
];

/// Whether the words around an event count give it a wider scope than
/// one event, or make it a part of the event's toll.
fn wider_scope(c: &ClaimRow) -> bool {
    let s = c.sentence.to_lowercase();
    let at = ((c.start - c.sentence_start).max(0) as usize).min(s.len());
    let mut lo = at.saturating_sub(CONTEXT);
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + c.surface.len() + CONTEXT).min(s.len());
    while !s.is_char_boundary(hi) {
        hi += 1;
    }
    let near = if c.sentence_start == -1 {
        &s[..]
    } else {
        &s[lo..hi]
    };
    WIDER_SCOPE.iter().chain(PART_OF).any(|w| near.contains(w))
}

/// Whether a figure's period lies well before its article: "73 officers
/// were shot dead in 2011" in a 2016 article is history, not the story's
/// count. A period may end up to `window` days (and at least 45, for
/// "last month") before publication.
fn stale(period: Option<&str>, published: Option<i32>, window: i32) -> bool {
    ended_before(period, published, window.max(45))
}

/// Whether a stated period ended more than `days` days before the
/// article was published.
fn ended_before(period: Option<&str>, published: Option<i32>, days: i32) -> bool {
    match (period.and_then(period_span), published) {
        (Some((_, end, _)), Some(p)) => end + days < p,
        _ => false,
    }
}

/// How many days before its article a toll's stated period may end and
/// still be the article's incident (see [`countable_total`]), unless the
/// window is longer.
const TOLL_DAYS: i32 = 14;

/// Event counts of scans with frames: only those at the top of the
/// article (its first `lead_bytes`) stand for its account of the event;
/// further down are background, other incidents and parts. An article
/// whose top gives two totals of one frame that cannot both hold (a
/// round-up of several shootings, a count corrected within the article)
/// gives no single account of it, and none of them is compared.
fn drop_torn_counts(corpus: &Corpus, fs: &mut Vec<Fit>, lead_bytes: usize) {
    let claim = |f: &Fit| &corpus.claims[f.claim as usize];
    fs.retain(|f| {
        let c = claim(f);
        !(c.scope.is_some() && event_count(&f.cat) && c.start > lead_bytes as i64)
    });
    let mut torn: Vec<String> = Vec::new();
    for (i, x) in fs.iter().enumerate() {
        if claim(x).scope.is_none() || !event_count(&x.cat) {
            continue;
        }
        for y in &fs[i + 1..] {
            if y.cat == x.cat && y.noun == x.noun && (x.hi < y.lo || y.hi < x.lo) {
                torn.push(x.cat.clone());
            }
        }
    }
    fs.retain(|f| !torn.contains(&f.cat));
}

/// Keeps, for each event category of one article, only its lead figure
/// (the first in the text) and repeats of the same value. A toll is
/// given first; later figures of the same category are mostly parts of
/// it ("two of the wounded"), other incidents or history.
fn keep_lead_figures(corpus: &Corpus, fs: &mut Vec<Fit>) {
    let start = |f: &Fit| corpus.claims[f.claim as usize].start;
    let mut lead: FxHashMap<String, (i64, Option<f64>)> = FxHashMap::default();
    for f in fs.iter() {
        if !event_count(&f.cat) {
            continue;
        }
        let v = corpus.claims[f.claim as usize].value;
        let e = lead.entry(f.cat.clone()).or_insert((start(f), v));
        if start(f) < e.0 {
            *e = (start(f), v);
        }
    }
    fs.retain(|f| match lead.get(&f.cat) {
        Some(&(_, v)) => corpus.claims[f.claim as usize].value == v,
        None => true,
    });
}

/// Bytes of sentence on each side of a figure that describe it.
const CONTEXT: usize = 80;

/// Content words near the figure (the figure's own words left out): what
/// the figure is about. "The national jobless rate rose to 4.7 percent in
/// February" gives national, jobless, rate, rose, february.
fn context_words(c: &ClaimRow) -> Vec<u64> {
    let (before, after) = around(c);
    hashed(content_words(before).chain(content_words(after)))
}

/// Sorted, deduplicated hashes of words, a final `s` dropped.
fn hashed(words: impl Iterator<Item = String>) -> Vec<u64> {
    let mut v: Vec<u64> = words
        .map(|w| {
            let w = w.strip_suffix('s').filter(|x| x.len() >= 3).unwrap_or(&w);
            fnv1a(w.as_bytes())
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn subject_sim(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    super::repeated::jaccard(a, b)
}

/// The event family a frame's event is compared under: the killed and
/// the dead are one count; states that change by the hour (treated,
/// critical, discharged) and crowd and shot counts are not compared.
fn event_family(event: &str) -> Option<&'static str> {
    Some(match event {
        "killed" | "died" => "deaths",
        "injured" => "injured",
        "shot" => "shot",
        "hospitalised" => "hospitalised",
        "arrested" => "arrested",
        "charged" => "charged",
        "missing" => "missing",
        "displaced" => "displaced",
        "evacuated" => "evacuated",
        "rescued" => "rescued",
        "infected" => "infected",
        "affected" => "affected",
        "voted" => "votes",
        _ => return None,
    })
}

/// Whether a count of the hurt says `wounded` (the people hit: true) or
/// `injured` / `hurt` (false), read from the clause of its figure; None
/// when it says both or neither.
fn wounded(c: &ClaimRow) -> Option<bool> {
    let (mut wound, mut injured) = (false, false);
    for w in clause_of(c).split(|ch: char| !ch.is_ascii_alphabetic()) {
        let starts = |p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        wound |= starts("wound");
        injured |= starts("injur") || starts("hurt");
    }
    (wound != injured).then_some(wound)
}

/// The clause of a claim's sentence that holds its figure: "The dollar
/// was trading at $1.3652 on Friday morning | after hitting a record low
/// of $1.3667 on Thursday." Bounded by commas, semicolons and the words
/// that open another clause.
fn clause_of(c: &ClaimRow) -> &str {
    let s = &*c.sentence;
    let at = usize::try_from(c.start - c.sentence_start)
        .unwrap_or(0)
        .min(s.len());
    let end = (at + c.surface.len()).min(s.len());
    const BREAKS: &[&str] = &[
        ", ", "; ", " after ", " before ", " while ", " but ", " when ", " then ",
    ];
    let mut from = 0;
    let mut to = s.len();
    for b in BREAKS {
        if let Some(i) = s.get(..at).and_then(|h| h.rfind(b)) {
            from = from.max(i + b.len());
        }
        if let Some(i) = s.get(end..).and_then(|t| t.find(b)) {
            to = to.min(end + i);
        }
    }
    s.get(from..to).unwrap_or(s)
}

/// The trading session a text speaks of, if it names one.
fn session(sentence: &str) -> Option<&'static str> {
    let s = sentence.to_lowercase();
    [
        // A day's extreme, not where it closed: "rose as much as 6% to
        // $43.10 in early trading".
        ("as much as", "extreme"),
        ("as high as", "extreme"),
        ("as low as", "extreme"),
        ("intraday", "extreme"),
        ("early trading", "morning"),
        ("early trade", "morning"),
        ("late trading", "afternoon"),
        ("morning", "morning"),
        ("afternoon", "afternoon"),
        ("midsession", "midsession"),
        ("midday", "midday"),
        ("at the open", "opening"),
        ("at the close", "close"),
        ("closing", "close"),
        ("closed", "close"),
        ("ended at", "close"),
        ("finished at", "close"),
        ("evening", "evening"),
        // A rate at the market's opening or its official fixing: "the
        // dollar opened at 1.7610 marks", "was fixed at 1.7625 marks".
        ("opened", "opening"),
        ("opening", "opening"),
        ("fixed at", "fixing"),
        ("fixed lower", "fixing"),
        ("fixed higher", "fixing"),
        ("fixing", "fixing"),
    ]
    .into_iter()
    .find(|(w, _)| s.contains(w))
    .map(|(_, k)| k)
}

/// The span of time an amount is reported over, when its period or its
/// words say: a quarter, a half, nine months or a full year. From the
/// period ("2026-Q2"), else the nearest span word before the figure in
/// its sentence ("For the first half, net income was $170 million"),
/// else the nearest after it ("net income of $170 million, or $1.26 a
/// share, for the nine months"). "A year earlier" compares, it spans nothing.
fn reporting_span(c: &ClaimRow) -> Option<&'static str> {
    if let Some(p) = c.period.as_deref() {
        if p.len() == 7 && p.as_bytes()[4] == b'-' {
            match p.as_bytes()[5] {
                b'Q' => return Some("quarter"),
                b'H' => return Some("half"),
                _ => {}
            }
        }
        // "2025-01/2025-09", the first nine months
        if p.contains('/') {
            if let Some((start, end, _)) = period_span(p) {
                match (end - start + 1) / 30 {
                    3 => return Some("quarter"),
                    6 => return Some("half"),
                    9 => return Some("nine months"),
                    12 => return Some("year"),
                    _ => {}
                }
            }
        }
    }
    const SPANS: &[(&str, &str)] = &[
        ("quarter", "quarter"),
        ("qtr", "quarter"),
        ("three months", "quarter"),
        ("half", "half"),
        ("six months", "half"),
        ("interim", "half"),
        ("nine months", "nine months"),
        ("nine-month", "nine months"),
        ("full-year", "year"),
        ("full year", "year"),
        ("annual", "year"),
        ("fiscal year", "year"),
        ("twelve months", "year"),
        ("12 months", "year"),
        ("for the year", "year"),
    ];
    let s = c.sentence.to_ascii_lowercase();
    let at = usize::try_from(c.start - c.sentence_start)
        .unwrap_or(0)
        .min(s.len());
    // (Whole words: not the "half" of "behalf".)
    fn at_word<'t>(t: &'t str, w: &'static str) -> impl Iterator<Item = usize> + 't {
        t.match_indices(w)
            .map(|(i, _)| i)
            .filter(move |&i| !t[..i].ends_with(|ch: char| ch.is_ascii_alphabetic()))
    }
    let before = s.get(..at).unwrap_or("");
    let nearest_before = SPANS
        .iter()
        .filter_map(|&(w, k)| at_word(before, w).last().map(|i| (i, k)))
        .max_by_key(|&(i, _)| i)
        .map(|(_, k)| k);
    nearest_before.or_else(|| {
        let after = s.get(at..).unwrap_or("");
        SPANS
            .iter()
            .filter_map(|&(w, k)| at_word(after, w).next().map(|i| (i, k)))
            .min_by_key(|&(i, _)| i)
            .map(|(_, k)| k)
    })
}

/// Heads of what is counted that name no narrower group than the people
/// an event befell.
pub(super) fn people_like(counted: &str) -> bool {
    matches!(
        counted,
        "people" | "persons" | "victims" | "individuals" | "lives" | "casualties" | "bodies"
    )
}

/// Words that make a count of jobs a change of jobs (cut, lost,
/// created), the story's quantity; without one the figure is a
/// workforce ("3,200 unionized workers", "employees each"). Each word
/// says whether it adds jobs (created, hired) or takes them away.
const JOB_CHANGE: &[(&str, bool)] = &[
    ("cut", false),
    ("cuts", false),
    ("cutting", false),
    ("lose", false),
    ("lost", false),
    ("losing", false),
    ("loss", false),
    ("losses", false),
    ("shed", false),
    ("shedding", false),
    ("eliminat", false),
    ("axe", false),
    ("axing", false),
    ("slash", false),
    ("lay off", false),
    ("laid off", false),
    ("layoff", false),
    ("redundanc", false),
    ("to go", false),
    ("will go", false),
    ("at risk", false),
    ("cost", false),
    ("add", true),
    ("creat", true),
    ("hire", true),
    ("hiring", true),
    ("new jobs", true),
    ("fewer", false),
];

/// The change of jobs a count states: `Some("added")`, `Some("lost")`,
/// `Some("")` when its words do both ("cut 300 jobs and hire 50"), None
/// when it states no change (a workforce). Jobs added and jobs lost are
/// two quantities ("added 337,000 jobs in October", "a net loss of
/// 800,000 jobs since he took office").
fn job_change(c: &ClaimRow) -> Option<&'static str> {
    let (before, after) = around(c);
    let near = format!("{before} {after}").to_lowercase();
    let (mut gain, mut loss) = (false, false);
    for &(_, adds) in JOB_CHANGE.iter().filter(|(w, _)| near.contains(w)) {
        if adds {
            gain = true;
        } else {
            loss = true;
        }
    }
    match (gain, loss) {
        (true, false) => Some("added"),
        (false, true) => Some("lost"),
        (true, true) => Some(""),
        (false, false) => None,
    }
}

/// Whether a count of jobs is a plan, a threat or a forecast ("would
/// cost around 22,000 jobs", "plans to cut 800", "800 jobs at risk")
/// rather than jobs gone or added ("has shed 240,000 jobs"): a plan and
/// what came of it are two figures.
fn projected(c: &ClaimRow) -> bool {
    const AHEAD: &[&str] = &[
        "would",
        "could",
        "might",
        "may",
        "will",
        "shall",
        "plans",
        "plan",
        "planned",
        "planning",
        "proposed",
        "proposes",
        "propose",
        "expects",
        "expected",
        "threatens",
        "threatened",
        "threatening",
        "aims",
        "intends",
        "seeks",
        // "calculated to lead to the loss of about 22,000 jobs"
        "calculated",
        "likely",
        "forecast",
        "forecasts",
        "predicted",
        "predicts",
        "projected",
        "intended",
        "designed",
    ];
    // The figure's clause on each side: up to a stop, a semicolon or a
    // colon (not one inside a number: "6.5", "out of 6,500"), and after
    // it up to a comma too.
    let (before, after) = around(c);
    let lower = |t: &str| t.replace('\n', " ").to_lowercase();
    let (before, after) = (lower(before), lower(after));
    let before = [". ", "; ", ": "].iter().fold(before.as_str(), |t, stop| {
        t.rsplit(stop).next().unwrap_or(t)
    });
    let after = [". ", "; ", ": ", ", "]
        .iter()
        .fold(after.as_str(), |t, stop| t.split(stop).next().unwrap_or(t));
    let words = |t: &str| -> Vec<String> {
        t.split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (before, after) = (words(before), words(after));
    // A modal or a forecast before the figure ("would cost around 22,000
    // jobs") or after it ("2,000 jobs at the plant may be cut", "6,000
    // job losses had been expected"), or the jobs "at risk", "to go".
    let ahead = |x: &String| AHEAD.contains(&x.as_str()) || x.ends_with("'ll");
    before.iter().chain(&after).any(ahead)
        || after.windows(2).any(|p| {
            matches!(
                [p[0].as_str(), p[1].as_str()],
                ["at", "risk" | "stake"] | ["to", "go"]
            )
        })
}

/// Where the figure stands in its sentence, `(start, end)` in bytes; None
/// when the scan did not record the sentence's place (-1) or the offsets
/// do not fit it.
fn figure_in_sentence(c: &ClaimRow) -> Option<(usize, usize)> {
    let s = &c.sentence;
    let at = usize::try_from(c.start - c.sentence_start).ok()?;
    let end = at + c.surface.len();
    (c.sentence_start != -1 && end <= s.len() && s.is_char_boundary(at) && s.is_char_boundary(end))
        .then_some((at, end))
}

/// The sentence's text within [`CONTEXT`] bytes before and after the
/// figure (the whole sentence when the offsets do not fit it).
fn around(c: &ClaimRow) -> (&str, &str) {
    let s = &c.sentence;
    let Some((at, end)) = figure_in_sentence(c) else {
        return (s, "");
    };
    let mut lo = at.saturating_sub(CONTEXT);
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (end + CONTEXT).min(s.len());
    while !s.is_char_boundary(hi) {
        hi += 1;
    }
    (&s[lo..at], &s[end..hi])
}

/// The place a figure is told of, named right after it and its noun
/// ("900 jobs in Germany", "invest $2 billion in France"): the
/// capitalised word after "in", at most three words past the figure.
fn place_after(c: &ClaimRow) -> Option<&str> {
    let (_, end) = figure_in_sentence(c)?;
    let after = c.sentence.get(end..)?;
    let mut words = after.split_whitespace();
    for _ in 0..4 {
        let w = words.next()?;
        if w.ends_with([',', ';', '.', ':']) {
            return None;
        }
        // A trade balance "with" a partner is of the two ("a 13.6
        // billion dlr trade surplus with the U.S."); a loan "from" or
        // "with" a lender is that lender's ("a one billion dlr loan from
        // the Japanese government", "a 100 mln dlr loan with the
        // Inter-American Development Bank").
        // (So is a bid or an offer "from" a bidder: "an £8m bid from
        // Tottenham", "a takeover bid from US tycoon Malcolm Glazer".)
        let lent = || {
            matches!(
                c.counted.as_deref(),
                Some("loans" | "credits" | "bids" | "offers")
            )
        };
        let partner = (w == "with" && (balance(c) || lent())) || (w == "from" && lent());
        if partner || w == "in" {
            // The capitalised word after it ("the" skipped for a
            // partner: "with the U.S."), no month or day.
            let mut place = words.next()?;
            if partner && place == "the" {
                place = words.next()?;
            }
            let place = place.trim_end_matches([',', ';', '.', ':']);
            return (place.starts_with(|ch: char| ch.is_uppercase()) && !a_time(place))
                .then_some(place);
        }
    }
    None
}

/// The basis an amount or rate is told on, when its sentence says.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Basis {
    /// In constant money or real terms ("In constant dollars, outlays
    /// rose to an annual rate of 341.3 billion dlrs"), not the money of
    /// the day.
    real: bool,
    /// Seasonally adjusted (true) or said not to be (false).
    adjusted: Option<bool>,
}

impl Basis {
    /// Whether two figures are told on different bases: real against
    /// current money, or adjusted against unadjusted (a figure that says
    /// neither may be either).
    fn differs(self, other: Basis) -> bool {
        self.real != other.real
            || matches!((self.adjusted, other.adjusted), (Some(a), Some(b)) if a != b)
    }
}

/// The basis a figure's sentence tells it on (see [`Basis`]).
fn basis(c: &ClaimRow) -> Basis {
    let s = c.sentence.to_lowercase().replace('\n', " ");
    let real = [
        "constant dollar",
        "constant prices",
        "constant price",
        "real terms",
        "inflation-adjusted",
        "adjusted for inflation",
    ]
    .iter()
    .any(|p| s.contains(p));
    let adjusted = if [
        "unadjusted",
        "not seasonally adjusted",
        "non-seasonally adjusted",
        "before seasonal adjustment",
    ]
    .iter()
    .any(|p| s.contains(p))
    {
        Some(false)
    } else if s.contains("seasonally adjusted") {
        Some(true)
    } else {
        None
    };
    Basis { real, adjusted }
}

/// Whether an amount is a trade balance (a surplus or a deficit).
fn balance(c: &ClaimRow) -> bool {
    matches!(c.measure.as_deref(), Some("surplus" | "deficit"))
}

/// Whether a capitalised word names a month or a day, no place ("in
/// October", "In March, 900 jobs went"): the names lexicon's months and
/// weekdays.
fn a_time(word: &str) -> bool {
    use crate::extract::entities::lexicon::{lower_flags, MONTH, WEEKDAY};
    word.starts_with(char::is_uppercase)
        && lower_flags(word, &mut String::new()) & (MONTH | WEEKDAY) != 0
}

/// The place or body a sentence opens on, set off by a comma before the
/// figure's clause ("At the Department for Work and Pensions, 30,000
/// jobs are to go", "In Germany, 900 jobs will go"): the figure is told
/// of it, as of a place named after the figure ([`place_after`]). Its
/// capitalised words, joined by "for", "of", "and" and "the" ("the
/// Department for Work and Pensions").
fn place_fronted(c: &ClaimRow) -> Option<&str> {
    let (at, _) = figure_in_sentence(c)?;
    let s: &str = &c.sentence;
    let rest = ["At ", "In "].iter().find_map(|p| s.strip_prefix(p))?;
    let comma = rest.find(", ")?;
    let head = &rest[..comma];
    let opened = s.len() - rest.len();
    // The figure in the clause right after the comma.
    let clause_start = opened + comma + 2;
    if at < clause_start || s[clause_start..at].contains([',', ';']) {
        return None;
    }
    let name = head.strip_prefix("the ").unwrap_or(head);
    let named = !name.is_empty()
        && !name.split_whitespace().any(a_time)
        && name.split_whitespace().all(|w| {
            w.starts_with(|ch: char| ch.is_uppercase())
                || matches!(w, "for" | "of" | "and" | "the" | "&")
        });
    named.then_some(name)
}

/// Whether a sentence is a line of a results table ("Shr 22 cts vs 19
/// cts", "Net 1.2 mln vs 900,000"): short, with columns set against each
/// other by "vs". Its figures are compared cell by cell with the same
/// table of another article ([`table_rows`]), never as prose.
fn table_line(sentence: &str) -> bool {
    sentence.len() <= 160 && (sentence.contains(" vs ") || sentence.contains(" vs. "))
}

/// Two reports of one toll or one amount differ by little: figures of
/// one such frame more than this factor apart (other than a slip of a
/// power of ten) count different things (a part and its whole, a
/// per-share figure and a total, another incident), not one quantity
/// reported twice. Estimates (a crowd) are exempt.
const MAX_RATIO: f64 = 3.0;

/// The quantity a claim is compared under: `(key, counted)`, or None when
/// it is never compared. Claims with a frame (scans since frames came in)
/// compare only totals of one frame: the same event family and counted
/// group for counts, the same holder and measure for amounts, rates and
/// prices. Parts, "other" counts, figures that are not a story's quantity
/// and text that is not the article are never compared. Older scans fall
/// back on the category.
fn frame_key(c: &ClaimRow) -> Option<(String, Option<String>)> {
    let Some(scope) = c.scope.as_deref() else {
        let cat = c.category.as_deref().filter(|c| comparable(c))?;
        return Some((cat.to_string(), noun_key(c.noun.as_deref())));
    };
    if scope != "total" || !c.comparable || c.boilerplate {
        return None;
    }
    let counted = c
        .counted
        .as_deref()
        .filter(|n| !people_like(n))
        .map(str::to_string);
    if let Some(e) = c.event.as_deref() {
        if c.unit.is_some() {
            return None;
        }
        return Some((event_family(e)?.to_string(), counted));
    }
    let cat = c.category.as_deref()?;
    match (cat, c.measure.as_deref()) {
        // An amount or rate of a known measure; whose it is (the holder)
        // is checked pair by pair, since one side may not name it.
        ("money" | "percent", Some(m)) => Some((format!("{cat}: {m}"), counted)),
        // Without a measure, what is counted must say what it is ("a $3.2
        // billion recovery package"), and the words around must agree.
        ("money" | "percent", None) => Some((cat.to_string(), Some(counted?))),
        // "303,000 jobs", "303,000 workers", "303,000 positions": one
        // count of jobs, when cut or added; a workforce ("3,200
        // unionized workers voted") is not the story's count.
        ("jobs", _) => {
            let change = job_change(c)?;
            let n = counted?;
            let job = matches!(
                n.as_str(),
                "jobs" | "workers" | "employees" | "positions" | "payrolls" | "posts" | "roles"
            );
            let mut key = if change.is_empty() {
                cat.to_string()
            } else {
                format!("{cat} {change}")
            };
            if projected(c) {
                key.push_str(" planned");
            }
            Some((key, Some(if job { "jobs".to_string() } else { n })))
        }
        _ => None,
    }
}

/// The frame key and counted group of a claim that stands for a total of
/// its story (see [`frame_key`]), or None: ordinals, the old value or the
/// delta of a change, ages, counts of a wider scope than the story and
/// figures of a period well before the article are no story's total.
pub(super) fn countable_total(
    corpus: &Corpus,
    c: &ClaimRow,
    window: i32,
    follow_up: &[bool],
) -> Option<(String, Option<String>)> {
    let (cat, noun) = frame_key(c)?;
    // Claims with a frame say themselves whether they are parts, ages or
    // counts of a wider scope; older scans are read by the words around.
    let framed = c.scope.is_some();
    if c.ordinal.is_some()
        || matches!(c.change_role.as_deref(), Some("old" | "delta"))
        || (!framed && (not_a_count(c) || (event_count(&cat) && wider_scope(c))))
    {
        return None;
    }
    let published = corpus.articles[c.doc as usize].published;
    // A toll is of one incident, told within days: one told of a month or
    // a day weeks before the article is an earlier incident's ("in March,
    // three people were wounded there"), whatever a statistic of last
    // month may be. Not in the article's first sentence, which tells its
    // own story: a follow-up opens on "a September fracas that left four
    // people wounded".
    // Nor in a follow-up (see [`follow_ups`]), whose only tolls are of
    // its incident's earlier day.
    let stale = if event_count(&cat) && follow_up.get(c.doc as usize) == Some(&true) {
        false
    } else if event_count(&cat) && c.sentence_start > 0 {
        ended_before(c.period.as_deref(), published, window.max(TOLL_DAYS))
    } else {
        stale(c.period.as_deref(), published, window)
    };
    if stale {
        return None;
    }
    Some((cat, noun))
}

/// Per document, whether it is a follow-up of its story's incident: an
/// arrest, a trial or a sentence months on ("charged in connection with
/// the June 2013 shooting in which a girl was killed and three women were
/// injured"). Every casualty it counts is told of one stated period well
/// before the article, none of its own days (even a lone "a man was
/// shot" is of its days; its arrests and charges do not count), and
/// another article of its story was published in that period or tells
/// of it too. Such an article's old toll is its story's; an article that
/// recalls another incident than its story's ("in December, a woman
/// drove onto the sidewalk, injuring 36") keeps it out.
pub(super) fn follow_ups(corpus: &Corpus, stories: &Stories) -> Vec<bool> {
    let n = corpus.articles.len();
    // Per document: the overlap of its old tolls' periods (first day,
    // last day), and whether any toll is of its own days.
    let mut old: Vec<Option<(i32, i32)>> = vec![None; n];
    let mut fresh = vec![false; n];
    for c in &corpus.claims {
        let d = c.doc as usize;
        let Some(family) = c.event.as_deref().and_then(event_family) else {
            continue;
        };
        let casualty = matches!(
            family,
            "deaths" | "injured" | "casualties" | "shot" | "hospitalised"
        );
        if !casualty || c.boilerplate || !c.comparable || fresh[d] {
            continue;
        }
        let published = corpus.articles[d].published;
        match (c.period.as_deref().and_then(period_span), published) {
            (Some((start, end, _)), Some(p)) if c.sentence_start > 0 && end + TOLL_DAYS < p => {
                old[d] = Some(match old[d] {
                    None => (start, end),
                    Some((a, b)) => (a.max(start), b.min(end)),
                });
            }
            _ => fresh[d] = true,
        }
    }
    let span = |d: usize| old[d].filter(|&(a, b)| !fresh[d] && a <= b);
    let mut members: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for d in 0..n {
        if let Some(&s) = stories.story_of.get(d) {
            members.entry(s).or_default().push(d);
        }
    }
    (0..n)
        .map(|d| {
            let Some((a, b)) = span(d) else {
                return false;
            };
            let Some(story) = stories.story_of.get(d).and_then(|s| members.get(s)) else {
                return false;
            };
            story.iter().any(|&o| {
                o != d
                    && (corpus.articles[o]
                        .published
                        .is_some_and(|p| a <= p && p <= b + TOLL_DAYS)
                        || span(o).is_some_and(|(x, y)| x <= b && a <= y))
            })
        })
        .collect()
}

/// Compares the figures of every linked pair of articles.
pub fn compare(corpus: &Corpus, stories: &Stories, opts: &ReportOptions) -> Comparison {
    let n = corpus.articles.len();
    // Only articles linked to another can disagree with one.
    let mut linked = vec![false; n];
    for &(a, b) in stories.links.keys() {
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    use rayon::prelude::*;
    // Claims of results tables: compared cell by cell, not as prose.
    let tabled: Vec<bool> = corpus
        .claims
        .par_iter()
        .map(|c| linked[c.doc as usize] && table_line(&c.sentence))
        .collect();
    let converted = conversions(corpus);
    let follow_up = follow_ups(corpus, stories);
    let found: Vec<(u32, Fit)> = corpus
        .claims
        .par_iter()
        .enumerate()
        .filter_map(|(i, c)| {
            // Headlines count in story figures but are not compared:
            // a headline keeps an early toll after the text is updated.
            // Nor is a count of one no numeral gives ("a man was
            // killed"), which may be one of several dead.
            if !linked[c.doc as usize] || tabled[i] || super::in_title(c) || super::implied(c) {
                return None;
            }
            let (cat, noun) = countable_total(corpus, c, opts.window_days as i32, &follow_up)?;
            let cat = cat.as_str();
            let (lo, hi) = interval(c, opts.rel_tolerance)?;
            Some((
                c.doc,
                Fit {
                    claim: i as u32,
                    cat: cat.to_string(),
                    unit: c.unit.as_deref().map(str::to_string),
                    noun,
                    lo,
                    hi,
                    words: context_words(c),
                    holder: c.holder.as_deref().map(str::to_lowercase),
                    perpetrator: c.perpetrator.as_deref().map(str::to_string),
                    whole: c.whole,
                    listed: false,
                    conversion: converted[i],
                    place: (!event_count(cat))
                        .then(|| place_after(c).or_else(|| place_fronted(c)))
                        .flatten()
                        .map(str::to_string),
                    span: (!event_count(cat)).then(|| reporting_span(c)).flatten(),
                    basis: if event_count(cat) {
                        Basis::default()
                    } else {
                        basis(c)
                    },
                },
            ))
        })
        .collect();
    // The parts each linked article states of an event's count ("12 in
    // Texas and three in Louisiana", "two of them critically"), by
    // event family and value: another article's total equal to one of
    // them may be that part ("Tornadoes killed 12 people in Texas"), and
    // is no disagreement with the whole.
    let mut parts: FxHashMap<u32, Vec<(&'static str, f64)>> = FxHashMap::default();
    for c in &corpus.claims {
        if linked[c.doc as usize] && c.scope.as_deref() == Some("part") && c.unit.is_none() {
            if let (Some(fam), Some(v)) = (c.event.as_deref().and_then(event_family), c.value) {
                parts.entry(c.doc).or_default().push((fam, v));
            }
        }
    }
    let is_part_of = |doc: u32, f: &Fit| {
        parts.get(&doc).is_some_and(|ps| {
            ps.iter()
                .any(|&(fam, v)| fam == f.cat && f.lo <= v && v <= f.hi)
        })
    };
    let mut fits: Vec<Vec<Fit>> = vec![Vec::new(); n];
    for (d, f) in found {
        fits[d as usize].push(f);
    }
    if opts.lead_figures {
        for fs in &mut fits {
            keep_lead_figures(corpus, fs);
        }
    }
    let mut siblings: FxHashMap<(u32, i64), Vec<u32>> = FxHashMap::default();
    for (i, c) in corpus.claims.iter().enumerate() {
        if linked[c.doc as usize] {
            siblings
                .entry((c.doc, c.sentence_start))
                .or_default()
                .push(i as u32);
        }
    }
    for (d, fs) in fits.iter_mut().enumerate() {
        if corpus.articles[d].title.as_deref().is_some_and(round_up) {
            fs.retain(|f| !event_count(&f.cat));
        }
        drop_torn_counts(corpus, fs, opts.lead_bytes);
        mark_listed(corpus, fs, &siblings);
    }

    // Which independent sources give which figure, per story and quantity.
    type Key = QuantityKey;
    let mut docs_of: FxHashMap<(Key, u64), Vec<u32>> = FxHashMap::default();
    let key_of =
        |story: u32, f: &Fit| -> Key { (story, f.cat.clone(), f.unit.clone(), f.noun.clone()) };
    for (d, fs) in fits.iter().enumerate() {
        let story = stories.story_of[d];
        for f in fs {
            let v = corpus.claims[f.claim as usize].value.unwrap_or(f64::NAN);
            let docs = docs_of.entry((key_of(story, f), v.to_bits())).or_default();
            if docs.last() != Some(&(d as u32)) {
                docs.push(d as u32);
            }
        }
    }
    let support: FxHashMap<(Key, u64), u32> = docs_of
        .iter()
        .map(|(k, docs)| (k.clone(), stories.independent_count(corpus, docs) as u32))
        .collect();
    let docs_behind = |story: u32, f: &Fit| -> Vec<u32> {
        let v = corpus.claims[f.claim as usize].value.unwrap_or(f64::NAN);
        docs_of
            .get(&(key_of(story, f), v.to_bits()))
            .cloned()
            .unwrap_or_default()
    };
    let support_of = |story: u32, f: &Fit| -> u32 {
        let v = corpus.claims[f.claim as usize].value.unwrap_or(f64::NAN);
        support
            .get(&(key_of(story, f), v.to_bits()))
            .copied()
            .unwrap_or(1)
    };

    // Stories whose text says the killer died ("before killing himself",
    // "including the gunman"): there, two tolls one apart may differ by
    // the killer alone, though neither of their sentences says so.
    let killer_died: rustc_hash::FxHashSet<u32> = corpus
        .claims
        .iter()
        .filter(|c| c.perpetrator.is_some())
        .map(|c| stories.story_of[c.doc as usize])
        .collect();
    let window = opts.window_days as i32;
    let mut best: FxHashMap<String, Inconsistency> = FxHashMap::default();
    let mut threads: FxHashMap<Key, Vec<u32>> = FxHashMap::default();
    for (&(da, db), &sim) in &stories.links {
        let (fa, fb) = (&fits[da as usize], &fits[db as usize]);
        if fa.is_empty() || fb.is_empty() {
            continue;
        }
        let story = stories.story_of[da as usize];
        let (pa, pb) = (
            corpus.articles[da as usize].published,
            corpus.articles[db as usize].published,
        );
        // Relations of every comparable pair: (i, j, relation, scoped,
        // subject similarity, fit to be reported as a disagreement).
        let mut rel: Vec<(usize, usize, Relation, bool, f64, bool)> = Vec::new();
        for (i, x) in fa.iter().enumerate() {
            for (j, y) in fb.iter().enumerate() {
                let Some(scoped) = scope(&x.cat, &y.cat) else {
                    continue;
                };
                if x.unit != y.unit {
                    continue;
                }
                // Amounts and rates are compared only when both sides
                // give them to the same holder (two companies' earnings,
                // two funds of one family are not one figure), or for a
                // slip of scale in one counted thing ("a $3.2 billion
                // package", "a $32 billion package"). Jobs are a count of
                // the story's event (the plant that closes): the story
                // ties them, as it ties a toll.
                let framed_amount = !event_count(&x.cat)
                    && !x.cat.starts_with("jobs")
                    && corpus.claims[x.claim as usize].scope.is_some();
                let same_holder = x.holder.is_some() && x.holder == y.holder;
                let slip = scale_slip(
                    midpoint(x).abs().max(midpoint(y).abs())
                        / midpoint(x).abs().min(midpoint(y).abs()),
                );
                let slip_of_one_thing = slip && x.noun.is_some() && x.noun == y.noun;
                if (x.conversion || y.conversion) && !slip {
                    continue;
                }
                // An economy's rate told with no holder on either side
                // ("the unemployment rate fell to 4.1%") is the rate of
                // the economy the story is about.
                let economy = x.holder.is_none()
                    && y.holder.is_none()
                    && (x.cat.ends_with(": unemployment rate")
                        || x.cat.ends_with(": inflation rate")
                        || x.cat.ends_with(": producer price inflation"));
                if framed_amount && !same_holder && !economy {
                    if !slip_of_one_thing {
                        continue;
                    }
                } else if x.holder.is_some() && y.holder.is_some() && x.holder != y.holder {
                    continue;
                }
                // A market's or a ministry's figures come daily, weekly,
                // by session: reports of different days or sessions are
                // one series at different times, unless both state the
                // same period.
                if framed_amount && !slip_of_one_thing {
                    let (cx_, cy_) = (
                        &corpus.claims[x.claim as usize],
                        &corpus.claims[y.claim as usize],
                    );
                    let same_period = cx_.period.is_some() && cx_.period == cy_.period;
                    if !same_period && (pa.is_none() || pa != pb) {
                        continue;
                    }
                    if session(clause_of(cx_)) != session(clause_of(cy_)) {
                        continue;
                    }
                    // A quarter's profit and a half-year's are two figures.
                    if x.span.is_some() && y.span.is_some() && x.span != y.span {
                        continue;
                    }
                }
                if x.noun.is_some() && y.noun.is_some() && x.noun != y.noun {
                    continue;
                }
                // Jobs or money of two places ("900 jobs in Germany",
                // "1,200 jobs in Europe") are two figures. (Not a toll:
                // one shooting is told "in Englewood" and "in Chicago".)
                if x.place.is_some() && y.place.is_some() && x.place != y.place {
                    continue;
                }
                // An amount in constant money is not one in the money of
                // the day, nor an adjusted rate an unadjusted one.
                if x.basis.differs(y.basis) {
                    continue;
                }
                // Jobs of one place or body are a part of jobs told of
                // none ("At the Department for Work and Pensions, 30,000
                // jobs are to go" and "104,000 jobs would be cut").
                // So is a trade balance with one partner, of the balance
                // with all.
                let balances = matches!(x.cat.as_str(), "money: surplus" | "money: deficit");
                if (x.cat.starts_with("jobs") || balances) && x.place.is_some() != y.place.is_some()
                {
                    continue;
                }
                // Tolls and amounts far apart are a part and its whole or
                // a per-unit figure and a total; estimates of a crowd may
                // differ that much between sources and are compared.
                if !slip && (event_count(&x.cat) || framed_amount) && far_apart(x, y) {
                    continue;
                }
                if x.noun.is_some() != y.noun.is_some() && event_count(&x.cat) {
                    // "12 people" vs "5 children": a part, not the same count.
                    continue;
                }
                let (cx, cy) = (
                    &corpus.claims[x.claim as usize],
                    &corpus.claims[y.claim as usize],
                );
                if !periods_compatible(cx.period.as_deref(), cy.period.as_deref(), window) {
                    continue;
                }
                // The wounded are the people hit; the injured may count
                // anyone hurt (trampled, struck by a car while fleeing):
                // more injured than wounded is a whole and its part.
                if x.cat == "injured" && y.cat == "injured" {
                    if let (Some(wx), Some(wy)) = (wounded(cx), wounded(cy)) {
                        let (hurt, hit) = if wx { (y, x) } else { (x, y) };
                        if wx != wy && hurt.lo > hit.hi {
                            continue;
                        }
                    }
                }
                let ssim = subject_sim(&x.words, &y.words);
                // An event count in one story, or the same counted noun,
                // is one subject; otherwise the sentences must share words.
                // "people" counts anyone (the suspects, the bystanders):
                // it always needs shared words.
                // (An economy's rate names its subject: "the jobless
                // rate" is "the unemployment rate".)
                let same_subject = event_count(&x.cat)
                    || economy
                    || (x.noun.is_some() && x.noun == y.noun && x.cat != "people")
                    || ssim >= opts.subject_threshold;
                if event_count(&x.cat) && (is_part_of(da, y) || is_part_of(db, x)) {
                    continue;
                }
                let mut r = relation(x, y, pa, pb, scoped);
                if x.cat == "deaths"
                    && y.cat == "deaths"
                    && killer_died.contains(&story)
                    && x.lo - 1.0 <= y.hi
                    && y.lo - 1.0 <= x.hi
                {
                    r = Relation::Agree;
                }
                rel.push((i, j, r, scoped, ssim, same_subject));
            }
        }
        if rel.is_empty() {
            continue;
        }
        // A figure that the other article also gives (or that it updates)
        // is settled, whatever the wording around it.
        let mut settled_a = vec![false; fa.len()];
        let mut settled_b = vec![false; fb.len()];
        for &(i, j, r, scoped, _, same_subject) in &rel {
            if !scoped && matches!(r, Relation::Agree | Relation::Update) {
                settled_a[i] = true;
                settled_b[j] = true;
            }
            if !scoped && (same_subject || matches!(r, Relation::Agree | Relation::Update)) {
                for f in [&fa[i], &fb[j]] {
                    let t = threads.entry(key_of(story, f)).or_default();
                    if !t.contains(&f.claim) {
                        t.push(f.claim);
                    }
                }
            }
        }
        // Pair unsettled claims: same scope first, then claims whose
        // periods are both known and equal, then the most similar.
        let same_period = |i: usize, j: usize| {
            let (p, q) = (
                &corpus.claims[fa[i].claim as usize].period,
                &corpus.claims[fb[j].claim as usize].period,
            );
            p.is_some() && p == q
        };
        let mut open: Vec<_> = rel
            .into_iter()
            .filter(|&(i, j, r, _, _, same_subject)| {
                // A listed figure disagrees only by a slip of scale, which
                // no qualifier it lacks explains.
                let listed = fa[i].listed || fb[j].listed;
                same_subject
                    && !settled_a[i]
                    && !settled_b[j]
                    && match r {
                        Relation::Disagree(reason) => !listed || reason == "probable scale slip",
                        _ => false,
                    }
            })
            .collect();
        open.sort_by(|a, b| {
            a.3.cmp(&b.3)
                .then(same_period(b.0, b.1).cmp(&same_period(a.0, a.1)))
                .then(b.4.total_cmp(&a.4))
                .then(a.0.cmp(&b.0))
                .then(a.1.cmp(&b.1))
        });
        let value = |f: &Fit| corpus.claims[f.claim as usize].value;
        for (i, j, r, scoped, ssim, _) in open {
            if settled_a[i] || settled_b[j] {
                continue;
            }
            // The figure is now accounted for, and so are its repeats
            // in the same article.
            for (k, f) in fa.iter().enumerate() {
                if f.cat == fa[i].cat && value(f) == value(&fa[i]) {
                    settled_a[k] = true;
                }
            }
            for (k, f) in fb.iter().enumerate() {
                if f.cat == fb[j].cat && value(f) == value(&fb[j]) {
                    settled_b[k] = true;
                }
            }
            let Relation::Disagree(reason) = r else {
                continue;
            };
            let (x, y) = (&fa[i], &fb[j]);
            // Side a: earlier day, else the smaller figure.
            let x_first = match (pa, pb) {
                (Some(p), Some(q)) if p != q => p < q,
                _ => x.lo <= y.lo,
            };
            let ((d1, f1), (d2, f2)) = if x_first {
                ((da, x), (db, y))
            } else {
                ((db, y), (da, x))
            };
            let mut row = make_row(
                corpus,
                stories,
                story,
                (d1, f1, support_of(story, f1)),
                (d2, f2, support_of(story, f2)),
                reason,
                scoped,
                sim,
                ssim,
            );
            row.docs_a = docs_behind(story, f1);
            row.docs_b = docs_behind(story, f2);
            // One row per story, quantity and pair of figures: the same
            // disagreement between other articles adds no row.
            let (va, vb) = (
                corpus.claims[f1.claim as usize].value.unwrap_or(0.0),
                corpus.claims[f2.claim as usize].value.unwrap_or(0.0),
            );
            let (v1, v2) = if va <= vb { (va, vb) } else { (vb, va) };
            let (c1, c2) = if f1.cat <= f2.cat {
                (&f1.cat, &f2.cat)
            } else {
                (&f2.cat, &f1.cat)
            };
            let key = format!(
                "{story}|{c1}|{c2}|{:?}|{:?}|{v1}|{v2}",
                f1.unit,
                f1.noun.as_ref().or(f2.noun.as_ref())
            );
            match best.get(&key) {
                Some(old) if old.score >= row.score => {}
                _ => {
                    best.insert(key, row);
                }
            }
        }
    }
    let mut rows: Vec<Inconsistency> = best.into_values().collect();
    rows.extend(table_rows(corpus, stories, &tabled));
    rows.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.story.cmp(&b.story))
            .then(a.a.claim.cmp(&b.a.claim))
            .then(a.b.claim.cmp(&b.b.claim))
    });
    for t in threads.values_mut() {
        t.sort_unstable();
    }
    Comparison { rows, threads }
}

/// Marks the figures of one article whose sentence gives another figure
/// of the same category and unit with a different value, not an old
/// value, a change or a figure of another period ("4.7 percent in
/// February, up from 3.9 percent in January" is a series, each figure
/// tied to its month) ([`Fit::listed`]).
fn mark_listed(corpus: &Corpus, fs: &mut [Fit], siblings: &FxHashMap<(u32, i64), Vec<u32>>) {
    for f in fs.iter_mut() {
        let c = &corpus.claims[f.claim as usize];
        let Some(others) = siblings.get(&(c.doc, c.sentence_start)) else {
            continue;
        };
        // A record is one point of its series, whatever else the
        // sentence lists: "slid to a record $1.3666 on Thursday, before
        // bouncing back to $1.3636".
        if record_figure(c) {
            continue;
        }
        f.listed = others.iter().any(|&o| {
            let d = &corpus.claims[o as usize];
            o != f.claim
                && d.category == c.category
                && d.unit == c.unit
                && d.ordinal.is_none()
                && !matches!(d.change_role.as_deref(), Some("old" | "delta"))
                && (d.period.is_none() || d.period == c.period)
                // "net profit rose to $412 million on revenue of $3.1
                // billion" names two measures, not a list of one.
                && !(c.measure.is_some() && d.measure.is_some() && c.measure != d.measure)
                // "52,310 votes for Smith to 48,210 for Jones": two
                // holders' figures, each compared with its own.
                && !(c.holder.is_some() && d.holder.is_some() && c.holder != d.holder)
                && interval(d, 0.0).is_some_and(|(lo, hi)| hi < f.lo || f.hi < lo)
        });
    }
}

/// For each claim, whether it restates the amount before it in another
/// currency: "£933m ($1.78bn)", "$445.1bn (£227bn; 331bn euros)". Its
/// rate is the writer's: two outlets' conversions of one amount differ
/// by their rates, not their facts, and are compared only for a slip of
/// scale. One pass in claim order: a separator continues a chain of
/// restatements back to its bracket.
fn conversions(corpus: &Corpus) -> Vec<bool> {
    let money = |x: &ClaimRow| x.category.as_deref() == Some("money") && x.unit.is_some();
    let at = |x: &ClaimRow| usize::try_from(x.start - x.sentence_start).ok();
    let mut out = vec![false; corpus.claims.len()];
    for k in 1..corpus.claims.len() {
        let (prev, c) = (&corpus.claims[k - 1], &corpus.claims[k]);
        if prev.doc != c.doc
            || prev.sentence_start != c.sentence_start
            || !money(prev)
            || !money(c)
            || prev.unit == c.unit
        {
            continue;
        }
        let between = at(prev)
            .zip(at(c))
            .and_then(|(a, b)| c.sentence.get(a + prev.surface.len()..b));
        out[k] = between.is_some_and(|g| crate::extract::claims::frame::restates(g, out[k - 1]));
    }
    out
}

/// Whether a figure is told as a record: "a record $1.3666", "a record
/// low of $1.3667", "an all-time high of 1,324".
fn record_figure(c: &ClaimRow) -> bool {
    let (before, _) = around(c);
    before.split_whitespace().rev().take(4).any(|w| {
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
        w.eq_ignore_ascii_case("record") || w.eq_ignore_ascii_case("all-time")
    })
}

/// Whether a headline announces several incidents ("Five killed in
/// overnight shootings", "6 shot in separate incidents", "a spate of
/// shootings"): a round-up, whose tolls add up incidents that other
/// articles report one by one. Its event counts are not compared.
fn round_up(title: &str) -> bool {
    use crate::extract::claims::frame::{INCIDENTS, SERIES, UNRELATED};
    const MANY: &[&str] = &[
        "two",
        "three",
        "four",
        "five",
        "six",
        "several",
        "multiple",
        "weekend",
        "overnight",
        "night's",
        "weekend's",
        "violent",
    ];
    let t = title.to_lowercase();
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    // "violent weekend", "bloody night": a span of time's toll.
    const GRIM: &[&str] = &["violent", "bloody", "deadly"];
    const SPAN: &[&str] = &["weekend", "night", "week", "holiday"];
    words.iter().any(|w| UNRELATED.contains(w))
        || words.windows(2).any(|w| {
            (GRIM.contains(&w[0]) && SPAN.contains(&w[1]))
                || (SERIES.contains(&w[0]) && w[1] == "of")
                || (INCIDENTS.contains(&w[1])
                    && (MANY.contains(&w[0]) || w[0].bytes().all(|b| b.is_ascii_digit())))
        })
}

/// Whether two figures are more than [`MAX_RATIO`] apart.
fn far_apart(x: &Fit, y: &Fit) -> bool {
    let (a, b) = (midpoint(x).abs(), midpoint(y).abs());
    a.min(b) > 0.0 && a.max(b) / a.min(b) > MAX_RATIO
}

/// The label of a table line: its words before the first figure, lower
/// case, without the sign words ("Shr profit 14 cts" and "Shr loss 1.5
/// cts" are both `shr`; "Shr Class B" is its own line). None for a line
/// that is prose: more than four words before the figure.
fn row_label(first: &ClaimRow) -> Option<String> {
    let at = usize::try_from(first.start - first.sentence_start).ok()?;
    let head = first.sentence.get(..at)?;
    let words: Vec<String> = head
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "profit" | "loss"))
        .collect();
    (!words.is_empty() && words.len() <= 4).then(|| words.join(" "))
}

/// Where a cell stands in an article's results table: the line's label
/// ([`row_label`]: "shr", "net", "revs"), the section of the table it
/// is in (the quarter's, then the year's or nine months', see
/// [`sections`]), and the column.
type Cell = (String, u32, u32);

/// The section of each of an article's table lines (given as sentence
/// offset and length, in text order). A results table is printed in
/// sections, each under a line with no figure ("Year", "Nine mths",
/// "Qtr ends Feb 28"), and a section need not repeat every line of the
/// one before ("Avg shrs" only under "Year"). A new section starts
/// where anything but the usual line break stands between two table
/// lines, or where a line's label comes back.
fn sections(lines: &[(i64, usize, Option<String>)]) -> Vec<u32> {
    let gaps: Vec<i64> = lines
        .windows(2)
        .map(|w| w[1].0 - (w[0].0 + w[0].1 as i64))
        .collect();
    // The line break between two lines of one section: the narrowest
    // gap. A header line between two lines adds its own few bytes and a
    // second line break.
    let base = gaps.iter().copied().min().unwrap_or(0).max(0);
    let mut out = Vec::with_capacity(lines.len());
    let mut section = 0;
    let mut labels: Vec<&str> = Vec::new();
    for (i, (_, _, label)) in lines.iter().enumerate() {
        let header = i > 0 && gaps[i - 1] > 2 * base + 2;
        let again = label.as_deref().is_some_and(|l| labels.contains(&l));
        if header || again {
            section += 1;
            labels.clear();
        }
        if let Some(l) = label {
            labels.push(l);
        }
        out.push(section);
    }
    out
}

/// The cells of each article's results tables (the claims marked in
/// `tabled`, see [`table_line`]), in text order.
fn table_cells(corpus: &Corpus, tabled: &[bool]) -> Vec<Vec<(Cell, u32)>> {
    // Per article, its table lines: (sentence offset, [(offset, claim)]).
    type Line = (i64, Vec<(i64, u32)>);
    let mut lines: Vec<Vec<Line>> = vec![Vec::new(); corpus.articles.len()];
    for (i, c) in corpus.claims.iter().enumerate() {
        let d = c.doc as usize;
        if !tabled[i] || c.value.is_none() || c.ordinal.is_some() {
            continue;
        }
        let doc = &mut lines[d];
        match doc.iter_mut().find(|(s, _)| *s == c.sentence_start) {
            Some((_, cells)) => cells.push((c.start, i as u32)),
            None => doc.push((c.sentence_start, vec![(c.start, i as u32)])),
        }
    }
    lines
        .into_iter()
        .map(|mut doc| {
            doc.sort_by_key(|(s, _)| *s);
            for (_, cells) in &mut doc {
                cells.sort_unstable();
            }
            let heads: Vec<(i64, usize, Option<String>)> = doc
                .iter()
                .map(|(s, cells)| {
                    let first = &corpus.claims[cells[0].1 as usize];
                    (*s, first.sentence.len(), row_label(first))
                })
                .collect();
            let sections = sections(&heads);
            let mut out = Vec::new();
            for (((_, cells), (_, _, label)), section) in doc.iter().zip(&heads).zip(sections) {
                let Some(label) = label else { continue };
                // The column is the figure's side of the "vs" (a cell
                // written "nil" has no figure, and must not shift the
                // others), then its place among the figures of that side:
                // "Final div 135 vs 125 making 190 vs 180" has the prior
                // final dividend and the current total on one side.
                let mut side = (usize::MAX, 0u32);
                for &(_, claim) in cells {
                    let c = &corpus.claims[claim as usize];
                    let at = usize::try_from(c.start - c.sentence_start).unwrap_or(0);
                    let vs = c.sentence.get(..at).map_or(0, |h| h.matches(" vs").count());
                    side = if side.0 == vs {
                        (vs, side.1 + 1)
                    } else {
                        (vs, 0)
                    };
                    let col = (vs as u32) * 16 + side.1.min(15);
                    out.push(((label.clone(), section, col), claim));
                }
            }
            out
        })
        .collect()
}

/// Disagreements between two printings of one results table: two linked
/// articles whose tables hold the same cells, at least [`SAME_TABLE`] of
/// them equal, and some cell not (a corrected item against the first, a
/// repeat with a typing slip). Tables of other companies or periods share
/// few cells and are not compared at all. A table prints each figure at
/// its own precision, so cells compare by their exact values.
fn table_rows(corpus: &Corpus, stories: &Stories, tabled: &[bool]) -> Vec<Inconsistency> {
    let cells = table_cells(corpus, tabled);
    let Notes { items, basis } = notes(corpus, tabled, &cells);
    let mut rows = Vec::new();
    for (&(da, db), &sim) in &stories.links {
        let (ta, tb) = (&cells[da as usize], &cells[db as usize]);
        if ta.is_empty() || tb.is_empty() {
            continue;
        }
        let value = |c: u32| corpus.claims[c as usize].value.unwrap_or(f64::NAN);
        let sections = matched_sections(corpus, ta, tb);
        let common: Vec<(u32, u32)> = ta
            .iter()
            .filter_map(|((label, section, col), x)| {
                let &(_, t) = sections.iter().find(|(s, _)| s == section)?;
                tb.iter()
                    .find(|((l, s, c), _)| l == label && *s == t && c == col)
                    .map(|(_, y)| (*x, *y))
            })
            .collect();
        // One printing's note puts its net on a basis ("1986 net is
        // before preferred dividend payments") and the other's does not:
        // their net and per-share lines may differ by that item.
        let on_a_basis = basis[da as usize] != basis[db as usize];
        let net_line = |x: u32| {
            ta.iter()
                .find(|(_, c)| *c == x)
                .is_some_and(|((label, _, _), _)| {
                    let l = label.to_ascii_lowercase();
                    l.contains("net") || l.contains("shr")
                })
        };
        let agree =
            |x: u32, y: u32| cells_agree(&corpus.claims[x as usize], &corpus.claims[y as usize]);
        let same = common.iter().filter(|(x, y)| agree(*x, *y)).count();
        if common.len() < 3 || (same as f64) < SAME_TABLE * common.len() as f64 {
            continue;
        }
        let story = stories.story_of[da as usize];
        let (pa, pb) = (
            corpus.articles[da as usize].published,
            corpus.articles[db as usize].published,
        );
        for &(x, y) in &common {
            let (vx, vy) = (value(x), value(y));
            if agree(x, y) || !vx.is_finite() || !vy.is_finite() || vx == 0.0 || vy == 0.0 {
                continue;
            }
            let cell = |claim: u32, v: f64| {
                let c = &corpus.claims[claim as usize];
                let cat = c.measure.as_deref().or(c.category.as_deref());
                Fit::point(claim, cat.unwrap_or("figure"), c.unit.as_deref(), v)
            };
            // Two cells apart by an item a note states ("prior qtr
            // excludes loss 475,000 ... for discontinued operations"):
            // one printing counts the item and the other leaves it out.
            let step = |c: u32| corpus.claims[c as usize].rounding.unwrap_or(0.0);
            let gap = (vx - vy).abs();
            let noted = [da, db].iter().any(|&d| {
                items[d as usize]
                    .iter()
                    .any(|&(v, r)| (gap - v).abs() <= step(x).max(step(y)).max(r) * 1.0001)
            });
            if noted || (on_a_basis && net_line(x)) {
                continue;
            }
            let (fx, fy) = (cell(x, vx), cell(y, vy));
            let ratio = vx.abs().max(vy.abs()) / vx.abs().min(vy.abs());
            let reason = if scale_slip(ratio) {
                "probable scale slip"
            } else {
                "different value"
            };
            let x_first = match (pa, pb) {
                (Some(p), Some(q)) if p != q => p < q,
                _ => vx <= vy,
            };
            let ((d1, f1), (d2, f2)) = if x_first {
                ((da, &fx), (db, &fy))
            } else {
                ((db, &fy), (da, &fx))
            };
            rows.push(make_row(
                corpus,
                stories,
                story,
                (d1, f1, 1),
                (d2, f2, 1),
                reason,
                false,
                sim,
                1.0,
            ));
        }
    }
    rows
}

/// Which section of one printing of a table is which of the other's,
/// as pairs `(section of a, section of b)`: each pair shares at least two
/// equal cells, the most first, and no section pairs twice. A correction
/// may reprint only the year's section that a quarter's item gave second
/// ("4TH QTR NET ... Year: Oper shr 94 cts vs 94 cts" and "YEAR NET: Oper
/// shr 94 cts vs 93 cts").
fn matched_sections(corpus: &Corpus, ta: &[(Cell, u32)], tb: &[(Cell, u32)]) -> Vec<(u32, u32)> {
    let mut counts: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    for ((label, sa, col), x) in ta {
        for ((l, sb, c), y) in tb {
            if l == label
                && c == col
                && cells_agree(&corpus.claims[*x as usize], &corpus.claims[*y as usize])
            {
                *counts.entry((*sa, *sb)).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<((u32, u32), u32)> = counts.into_iter().filter(|&(_, n)| n >= 2).collect();
    // The most equal cells first; of as many, the same place in both.
    ranked.sort_by_key(|&((a, b), n)| (std::cmp::Reverse(n), a != b, a, b));
    let mut out: Vec<(u32, u32)> = Vec::new();
    for ((a, b), _) in ranked {
        if !out.iter().any(|&(x, y)| x == a || y == b) {
            out.push((a, b));
        }
    }
    out
}

/// What each article's notes say of its table, read from the claims of
/// the sentences outside the table lines (only articles with a table,
/// `cells`, are read):
/// - the items a figure includes or excludes (a gain, a loss from
///   discontinued operations, a tax credit), as value and rounding step:
///   the figures of sentences that say "includes" or "excludes";
/// - whether the net is on a stated basis: a sentence that says it is
///   before or after preferred (or preference) dividends.
struct Notes {
    items: Vec<Vec<(f64, f64)>>,
    basis: Vec<bool>,
}

fn notes(corpus: &Corpus, tabled: &[bool], cells: &[Vec<(Cell, u32)>]) -> Notes {
    let has = |s: &str, pats: &[&[u8]]| {
        pats.iter().any(|p| {
            s.as_bytes()
                .windows(p.len())
                .any(|w| w.eq_ignore_ascii_case(p))
        })
    };
    const ITEM: &[&[u8]] = &[b"xclud", b"nclud"];
    const BASES: &[&[u8]] = &[
        b"before preferred",
        b"after preferred",
        b"before preference",
        b"after preference",
    ];
    let mut notes = Notes {
        items: vec![Vec::new(); corpus.articles.len()],
        basis: vec![false; corpus.articles.len()],
    };
    for (i, c) in corpus.claims.iter().enumerate() {
        let d = c.doc as usize;
        if tabled[i] || cells[d].is_empty() {
            continue;
        }
        if !notes.basis[d] && has(&c.sentence, BASES) {
            notes.basis[d] = true;
        }
        let Some(v) = c.value.filter(|v| v.is_finite() && *v > 0.0) else {
            continue;
        };
        if c.ordinal.is_none() && c.unit.as_deref() != Some("percent") && has(&c.sentence, ITEM) {
            notes.items[d].push((v, c.rounding.unwrap_or(0.0)));
        }
    }
    notes
}

/// Whether two cells print one figure: their intervals (the rounding of
/// each, "1.7 mln" and "1,657,000") overlap, also when one table is in
/// thousands without saying so ("Revs 268,797" and "Revs 268.8 mln"), or
/// they are one unit of the last digit apart.
fn cells_agree(x: &ClaimRow, y: &ClaimRow) -> bool {
    let (Some((xl, xh)), Some((yl, yh))) = (interval(x, 0.0), interval(y, 0.0)) else {
        return false;
    };
    // One unit of the last printed digit apart (58.7 and 58.8 mln): one
    // printing truncated where the other rounded. A figure printed in
    // round thousands may be the truncation of one printed in full
    // (4,403,000 and 4,403,852); a figure in units (cents a share, "94
    // cts vs 93 cts" correcting "94 cts vs 94 cts") is printed exactly.
    let step = |c: &ClaimRow| c.rounding.filter(|r| *r > 0.0);
    if let (Some(a), Some(b), Some(vx), Some(vy)) = (step(x), step(y), x.value, y.value) {
        let unit = a.max(b);
        if unit >= 1000.0 && (vx - vy).abs() <= unit * 1.0001 {
            return true;
        }
    }
    // The same digits, one printing bare ("194.3" and "194.3 mln"): the
    // bare one's scale was lost or misread, not another figure printed.
    let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<_>>();
    let bare = |s: &str| !s.bytes().any(|c| c.is_ascii_alphabetic());
    if (bare(&x.surface) || bare(&y.surface)) && digits(&x.surface) == digits(&y.surface) {
        return true;
    }
    let overlap = |(al, ah): (f64, f64), (bl, bh): (f64, f64)| al <= bh && bl <= ah;
    overlap((xl, xh), (yl, yh))
        || overlap((xl * 1e3, xh * 1e3), (yl, yh))
        || overlap((xl, xh), (yl * 1e3, yh * 1e3))
}

/// The share of common cells that must be equal for two tables to be
/// printings of one table.
const SAME_TABLE: f64 = 2.0 / 3.0;

fn relation(x: &Fit, y: &Fit, pa: Option<i32>, pb: Option<i32>, scoped: bool) -> Relation {
    if x.lo <= y.hi && y.lo <= x.hi {
        return Relation::Agree;
    }
    // The sum the text states: "one dead and three others injured" is
    // four hit, which is what "four injured" may count.
    let holds = |f: &Fit, v: Option<f64>| v.is_some_and(|v| f.lo <= v && v <= f.hi);
    if holds(y, x.whole) || holds(x, y.whole) {
        return Relation::Agree;
    }
    // One count says whether the gunman is in it and the other does not:
    // they may differ by the gunman.
    if x.perpetrator != y.perpetrator && x.lo - 1.0 <= y.hi && y.lo - 1.0 <= x.hi {
        return Relation::Agree;
    }
    if scoped {
        // Killed and injured are parts of the casualties: they disagree
        // only when a part must exceed the whole.
        let (part, whole) = if x.cat == "casualties" {
            (y, x)
        } else {
            (x, y)
        };
        return if part.lo > whole.hi {
            Relation::Disagree("different scope")
        } else {
            Relation::Agree
        };
    }
    let x_below = x.hi < y.lo;
    let ratio = {
        let (a, b) = (midpoint(x).abs(), midpoint(y).abs());
        a.max(b) / a.min(b)
    };
    let later_lower = match (pa, pb) {
        (Some(p), Some(q)) if p != q && evolving(&x.cat) => return Relation::Update,
        (Some(p), Some(q)) if p != q && cumulative(&x.cat) => {
            // Earlier lower, later higher: the toll grew.
            if (p < q) == x_below {
                return Relation::Update;
            }
            true
        }
        _ => false,
    };
    if scale_slip(ratio) {
        Relation::Disagree("probable scale slip")
    } else if later_lower {
        Relation::Disagree("count went down")
    } else {
        Relation::Disagree("different value")
    }
}

fn midpoint(f: &Fit) -> f64 {
    match (f.lo.is_finite(), f.hi.is_finite()) {
        (true, true) => (f.lo + f.hi) / 2.0,
        (true, false) => f.lo,
        (false, true) => f.hi,
        _ => 0.0,
    }
}

#[allow(clippy::too_many_arguments)]
fn make_row(
    corpus: &Corpus,
    stories: &Stories,
    story: u32,
    (da, fa, sa): (u32, &Fit, u32),
    (db, fb, sb): (u32, &Fit, u32),
    reason: &'static str,
    scoped: bool,
    story_sim: f64,
    subject_sim: f64,
) -> Inconsistency {
    let (ca, cb) = (
        &corpus.claims[fa.claim as usize],
        &corpus.claims[fb.claim as usize],
    );
    // Gap between the intervals relative to the larger figure.
    let (low, high) = if fa.hi < fb.lo { (fa, fb) } else { (fb, fa) };
    let gap = ((high.lo - low.hi) / high.lo.abs().max(1e-9)).clamp(0.0, 1.0);
    let reason_factor = match reason {
        "different scope" => 0.4,
        "count went down" => 0.8,
        _ => 1.0,
    };
    let support = 1.0 - 0.5f64.powi(1 + sa.min(sb) as i32);
    let score = gap.sqrt()
        * (0.5 + 0.5 * story_sim)
        * (0.6 + 0.4 * subject_sim.min(1.0))
        * precision(&ca.qualifier)
        * precision(&cb.qualifier)
        * reason_factor
        * support;
    let ratio = match (ca.value, cb.value) {
        (Some(x), Some(y)) if x != 0.0 && y != 0.0 => {
            Some((x.abs().max(y.abs()) / x.abs().min(y.abs()) * 1000.0).round() / 1000.0)
        }
        _ => None,
    };
    let category = if scoped {
        format!("{} vs {}", fa.cat, fb.cat)
    } else {
        fa.cat.clone()
    };
    // The noun only when it narrows the category ("deaths (children)").
    let noun = fa.noun.as_deref().or(fb.noun.as_deref());
    let what = match noun {
        Some(n) => format!("{category} ({n})"),
        None => category.clone(),
    };
    let label = &stories.labels[story as usize];
    let subject = if label.is_empty() {
        let t = corpus.articles[da as usize]
            .title
            .as_deref()
            .or(corpus.articles[db as usize].title.as_deref());
        match t {
            Some(t) => format!("{what} · {}", t.chars().take(60).collect::<String>()),
            None => what,
        }
    } else {
        format!("{what} · {label}")
    };
    Inconsistency {
        subject,
        category,
        story,
        a: Side {
            doc: da,
            claim: fa.claim,
            support: sa,
        },
        b: Side {
            doc: db,
            claim: fb.claim,
            support: sb,
        },
        ratio,
        score: (score * 1000.0).round() / 1000.0,
        reason,
        docs_a: vec![da],
        docs_b: vec![db],
    }
}

/// The `inconsistencies` table.
pub fn to_frame(corpus: &Corpus, rows: &[Inconsistency]) -> Result<DataFrame, ReportError> {
    let mut cols = vec![
        column("subject", rows, |r| r.subject.as_str()),
        column("category", rows, |r| r.category.as_str()),
        column("story_id", rows, |r| r.story),
    ];
    for (suffix, pick) in [("a", 0usize), ("b", 1)] {
        let side = |r: &Inconsistency| if pick == 0 { r.a } else { r.b };
        let art = |r: &Inconsistency| &corpus.articles[side(r).doc as usize];
        let claim = |r: &Inconsistency| &corpus.claims[side(r).claim as usize];
        let name = |c: &str| PlSmallStr::from(format!("{c}_{suffix}"));
        cols.extend([
            column(name("doc_id"), rows, |r| art(r).doc_id.as_str()),
            column(name("source"), rows, |r| art(r).source.as_deref()),
            date_column(
                &format!("published_{suffix}"),
                rows.iter().map(|r| art(r).published),
            ),
            column(name("surface"), rows, |r| claim(r).surface.as_str()),
            column(name("value"), rows, |r| claim(r).value),
            column(name("lo"), rows, |r| claim(r).lo),
            column(name("hi"), rows, |r| claim(r).hi),
            column(name("qualifier"), rows, |r| &*claim(r).qualifier),
            column(name("sentence"), rows, |r| &*claim(r).sentence),
            column(name("n_sources"), rows, |r| side(r).support),
            column(name("doc_ids"), rows, |r| {
                let docs = if pick == 0 { &r.docs_a } else { &r.docs_b };
                docs.iter()
                    .map(|&d| corpus.articles[d as usize].doc_id.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            column(name("event"), rows, |r| claim(r).event.as_deref()),
            column(name("scope"), rows, |r| claim(r).scope.as_deref()),
            column(name("counted"), rows, |r| claim(r).counted.as_deref()),
            column(name("measure"), rows, |r| claim(r).measure.as_deref()),
            column(name("holder"), rows, |r| claim(r).holder.as_deref()),
        ]);
    }
    cols.extend([
        column("ratio", rows, |r| r.ratio),
        column("score", rows, |r| r.score),
        column("reason", rows, |r| r.reason),
    ]);
    Ok(DataFrame::new_infer_height(cols)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(q: &str, v: f64, lo: Option<f64>, hi: Option<f64>, rounding: Option<f64>) -> ClaimRow {
        ClaimRow {
            qualifier: q.into(),
            value: Some(v),
            lo,
            hi,
            rounding,
            ..ClaimRow::default()
        }
    }

    fn overlap(a: &ClaimRow, b: &ClaimRow) -> bool {
        let (x, y) = (interval(a, 1e-6).unwrap(), interval(b, 1e-6).unwrap());
        x.0 <= y.1 && y.0 <= x.1
    }

    #[test]
    fn lower_bounds_agree() {
        let over = claim("lower", 70000.0, Some(70000.0), None, Some(1000.0));
        let at_least = claim("lower", 80000.0, Some(80000.0), None, Some(1000.0));
        assert!(overlap(&over, &at_least));
    }

    #[test]
    fn rounded_figures_agree_and_counts_do_not_touch() {
        let bn = claim("exact", 3.2e9, None, None, Some(1e8));
        let bn2 = claim("exact", 3.2e9, Some(3.2e9), Some(3.2e9), Some(1e8));
        assert!(overlap(&bn, &bn2));
        let two = claim("exact", 2.0, None, None, Some(1.0));
        let three = claim("exact", 3.0, None, None, Some(1.0));
        assert!(!overlap(&two, &three));
        let round = claim("exact", 70000.0, None, None, Some(1000.0));
        let precise = claim("exact", 70412.0, None, None, Some(1.0));
        assert!(overlap(&round, &precise));
        // Four decimals, one apart in the last: two prices.
        let low = claim("exact", 1.3666, Some(1.36655), Some(1.36665), None);
        let lower = claim("exact", 1.3667, Some(1.36665), Some(1.36675), None);
        assert!(!overlap(&low, &lower));
        assert!(overlap(&low, &low.clone()));
    }

    #[test]
    fn upper_and_lower_bounds() {
        let under = claim("upper", 50.0, None, Some(50.0), None);
        let over = claim("lower", 60.0, Some(60.0), None, None);
        assert!(!overlap(&under, &over));
        let about = claim("approx", 100.0, Some(90.0), Some(110.0), None);
        assert!(overlap(
            &about,
            &claim("exact", 95.0, None, None, Some(1.0))
        ));
    }

    fn in_sentence(sentence: &str, surface: &str, value: f64) -> ClaimRow {
        ClaimRow {
            start: sentence.find(surface).unwrap() as i64,
            sentence_start: 0,
            surface: surface.into(),
            sentence: sentence.into(),
            value: Some(value),
            ..ClaimRow::default()
        }
    }

    #[test]
    fn jobs_added_and_jobs_lost_are_two_quantities() {
        let key = |sentence: &str, surface: &str, v: f64| {
            let mut c = in_sentence(sentence, surface, v);
            c.scope = Some("total".into());
            c.comparable = true;
            c.category = Some("jobs".into());
            c.counted = Some("jobs".into());
            frame_key(&c).map(|(k, _)| k)
        };
        assert_eq!(
            key(
                "The economy added 337,000 jobs in October.",
                "337,000",
                337e3
            )
            .as_deref(),
            Some("jobs added")
        );
        assert_eq!(
            key("He cited a net loss of 800,000 jobs.", "800,000", 8e5).as_deref(),
            Some("jobs lost")
        );
        assert_eq!(
            key("It cut 300 jobs and hired 50 staff.", "300", 300.0).as_deref(),
            Some("jobs")
        );
        // A plan, a threat or a forecast is not the jobs gone.
        assert_eq!(
            key("It will cut 300 jobs and hire 50 staff.", "300", 300.0).as_deref(),
            Some("jobs planned")
        );
        assert_eq!(
            key(
                "The plan would cost around 22,000 jobs.",
                "around 22,000",
                22e3
            )
            .as_deref(),
            Some("jobs lost planned")
        );
        assert_eq!(
            key("About 800 jobs are at risk, the union said.", "800", 800.0).as_deref(),
            Some("jobs lost planned")
        );
        assert_eq!(
            key(
                "The closures are calculated to lead to the loss of about 22,000 jobs.",
                "about 22,000",
                22e3
            )
            .as_deref(),
            Some("jobs lost planned")
        );
        assert_eq!(
            key(
                "Some 2,000 jobs at the Midlands plant may be cut, the union said.",
                "2,000",
                2e3
            )
            .as_deref(),
            Some("jobs lost planned")
        );
        assert_eq!(
            key(
                "The industry has already shed 240,000 jobs this decade.",
                "240,000",
                24e4
            )
            .as_deref(),
            Some("jobs lost")
        );
        // A workforce: no change of jobs.
        assert_eq!(key("Its 3,200 jobs are in Ohio.", "3,200", 3200.0), None);
    }

    #[test]
    fn ordinals_and_ages_are_not_counts() {
        assert!(not_a_count(&in_sentence(
            "A fifth person died.",
            "A fifth",
            5.0
        )));
        assert!(not_a_count(&in_sentence(
            "The 3rd victim died.",
            "3rd",
            3.0
        )));
        assert!(not_a_count(&in_sentence(
            "Manuel Ortiz, 28, died.",
            "28",
            28.0
        )));
        assert!(not_a_count(&in_sentence(
            "two men aged 19 were hurt.",
            "19",
            19.0
        )));
        assert!(!not_a_count(&in_sentence(
            "Police said 28 people died.",
            "28",
            28.0
        )));
        assert!(!not_a_count(&in_sentence(
            "In all, 12, perhaps more, died.",
            "12",
            12.0
        )));
    }

    #[test]
    fn parts_and_wider_tolls_are_left_out() {
        assert!(not_a_count(&in_sentence(
            "Four of the officers were killed.",
            "Four",
            4.0
        )));
        let c = in_sentence(
            "Eight people have died since October in Pine Hills.",
            "Eight",
            8.0,
        );
        assert!(wider_scope(&c));
        let c = in_sentence(
            "One person died and three were hurt, police said.",
            "One",
            1.0,
        );
        assert!(!wider_scope(&c));
    }

    #[test]
    fn ages_after_a_person_are_not_counts() {
        let c = in_sentence("They found a man, 26, dead.", "26", 26.0);
        assert!(not_a_count(&c));
    }

    #[test]
    fn round_up_headlines() {
        for t in [
            "CBS 58 - Five Killed in Overnight Shootings in Milwaukee",
            "6 shot, 1 stabbed in separate incidents",
            "Police perplexed by spate of shootings",
            "3 dead, 22 wounded in weekend shootings",
            "Six hurt in violent weekend in the city",
        ] {
            assert!(round_up(t), "{t}");
        }
        for t in [
            "Third person dies after shootings at Omaha party",
            "Four shot at block party",
            "Police: multiple people shot outside community center",
            "Two hurt in deadly crash on Friday night",
        ] {
            assert!(!round_up(t), "{t}");
        }
    }

    #[test]
    fn history_is_stale() {
        let day = |s| super::super::parse_day(s);
        assert!(stale(Some("2011"), day("2016-07-29"), 7));
        assert!(!stale(Some("2026-02"), day("2026-03-13"), 7));
        assert!(!stale(Some("2026-03-08"), day("2026-03-10"), 7));
        assert!(!stale(None, day("2026-03-10"), 7));
    }

    fn fit(cat: &str, v: f64) -> Fit {
        Fit::point(0, cat, None, v)
    }

    #[test]
    fn parts_may_not_exceed_the_casualties() {
        let r = |a: &Fit, b: &Fit| relation(a, b, None, None, true);
        assert_eq!(
            r(&fit("deaths", 15.0), &fit("casualties", 40.0)),
            Relation::Agree
        );
        assert_eq!(
            r(&fit("casualties", 12.0), &fit("deaths", 15.0)),
            Relation::Disagree("different scope")
        );
    }

    #[test]
    fn scale_slips_are_powers_of_ten() {
        assert!(scale_slip(1000.0));
        assert!(scale_slip(10.0));
        assert!(!scale_slip(2.0));
        assert!(!scale_slip(30.0));
    }

    #[test]
    fn periods() {
        let d = |s| super::super::parse_day(s).unwrap();
        for (p, first, last, day) in [
            ("2026-03-08", "2026-03-08", "2026-03-08", true),
            ("2026-02", "2026-02-01", "2026-02-28", false),
            ("2024", "2024-01-01", "2024-12-31", false),
            ("2026-W11", "2026-03-09", "2026-03-15", false),
            ("2026-Q1", "2026-01-01", "2026-03-31", false),
            ("2025-H2", "2025-07-01", "2025-12-31", false),
            ("2025-01/2025-09", "2025-01-01", "2025-09-30", false),
        ] {
            assert_eq!(period_span(p), Some((d(first), d(last), day)), "{p}");
        }
        assert_eq!(period_span("2025-09/2025-01"), None);
        assert_eq!(period_span("PAST_REF"), None);
        assert_eq!(period_span("XXXX-WXX-1"), None);
        // January and February are different quantities; two statement
        // days within the window are not.
        assert!(!periods_compatible(Some("2026-01"), Some("2026-02"), 7));
        assert!(periods_compatible(
            Some("2026-03-16"),
            Some("2026-03-17"),
            7
        ));
        assert!(!periods_compatible(Some("2024"), Some("2026-03-08"), 7));
        assert!(periods_compatible(Some("2026-02"), None, 7));
    }

    #[test]
    fn nouns_fold_plurals_and_generics() {
        assert_eq!(
            noun_key(Some("flood recovery package")),
            Some("package".into())
        );
        assert_eq!(
            noun_key(Some("hectares of farmland")),
            Some("hectare".into())
        );
        assert_eq!(noun_key(Some("People")), None);
        assert_eq!(noun_key(Some("children")), Some("children".into()));
        assert_eq!(noun_key(Some("soldiers")), Some("soldier".into()));
        assert_eq!(noun_key(Some("casualties")), None);
        assert_eq!(noun_key(Some("families")), Some("family".into()));
    }
}
