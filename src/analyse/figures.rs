//! Stories and story figures: which story each article belongs to, and,
//! for each story and frame, every distinct total reported, by whom, and
//! which value is best supported.
//!
//! A **frame** is what a figure counts and how ([`super::inconsistent`]
//! decides it from the claim's `event`, `counted`, `scope`, `holder` and
//! `measure` columns): "deaths", "injured", "money: revenue of acme".
//! Only totals are listed: parts ("two of them"), other counts ("three
//! other victims"), figures that are not a story's quantity (ages,
//! populations) and text that is not the article never are.
//!
//! The **best-supported** value of a story's frame is the one given by
//! the most independent sources (an outlet and its reprints count once);
//! for counts that grow as reports come in (deaths, injured, arrested, ...)
//! the latest day's values are preferred, since an early toll is not
//! wrong, only early. Ties go to the value with more documents, then the
//! later, then the larger.

use polars::prelude::*;
use rustc_hash::FxHashMap;

use super::inconsistent::{countable_total, cumulative, follow_ups, people_like};
use super::stories::Stories;
use super::{column, date_column, Corpus};
use crate::report::ReportError;

/// One row of `story_figures`.
#[derive(Debug, Clone)]
pub struct StoryFigure {
    /// Story number.
    pub story: u32,
    /// The frame's key ("deaths", "money: revenue of acme").
    pub frame: String,
    /// The most common event of the claims behind the value.
    pub event: Option<String>,
    /// What is counted (the most common head).
    pub counted: Option<String>,
    /// Unit.
    pub unit: Option<String>,
    /// Value.
    pub value: f64,
    /// Lowest value the wording allows (the narrowest of the claims).
    pub lo: Option<f64>,
    /// Highest value the wording allows.
    pub hi: Option<f64>,
    /// Articles giving the value, in corpus order.
    pub docs: Vec<u32>,
    /// The claims behind the value.
    pub claims: Vec<u32>,
    /// Distinct outlets.
    pub n_sources: u32,
    /// Independent sources (outlets and reprints counted once).
    pub n_independent: u32,
    /// First publication day.
    pub first_seen: Option<i32>,
    /// Last publication day.
    pub last_seen: Option<i32>,
    /// Whether this is the story frame's best-supported value.
    pub best: bool,
    /// Whether some claim behind the value counts everyone the event
    /// befell ("three dead", "three people"), not only a group ("three
    /// men").
    pub everyone: bool,
    /// How the value is known.
    pub basis: Basis,
    /// Whether the value counts the perpetrator (`included`) or leaves
    /// them out (`excluded`: "seven dead before the gunman killed
    /// himself"), when the claims behind it say so (the most common).
    pub perpetrator: Option<String>,
}

/// How a story figure is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Basis {
    /// Worked out from the story's own best totals, which no article
    /// writes as one figure: everyone shot less the dead.
    Derived,
    /// No claim behind the value writes it as a figure ("a man was
    /// killed" is a count of one).
    Implied,
    /// Written as a figure in at least one article.
    Written,
}

impl Basis {
    /// The `basis` column's word.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Derived => "derived",
            Basis::Implied => "implied",
            Basis::Written => "written",
        }
    }
}

/// Every distinct total of every frame of every story.
pub fn story_figures(corpus: &Corpus, stories: &Stories, window_days: u32) -> Vec<StoryFigure> {
    type Key = (u32, String, Option<String>, u64);
    let mut groups: FxHashMap<Key, Vec<u32>> = FxHashMap::default();
    // The first offset of a total of the dead, per document (for
    // [`survivors`]).
    let mut dead_at: FxHashMap<u32, i64> = FxHashMap::default();
    let follow_up = follow_ups(corpus, stories);
    for (i, c) in corpus.claims.iter().enumerate() {
        let Some((frame, _)) = countable_total(corpus, c, window_days as i32, &follow_up) else {
            continue;
        };
        if frame == "deaths" {
            let at = dead_at.entry(c.doc).or_insert(c.start);
            *at = (*at).min(c.start);
        }
        let Some(v) = c.value else { continue };
        let story = stories.story_of[c.doc as usize];
        let key = (
            story,
            frame,
            c.unit.as_deref().map(str::to_string),
            v.to_bits(),
        );
        groups.entry(key).or_default().push(i as u32);
    }
    let mut rows: Vec<StoryFigure> = groups
        .into_iter()
        .map(|((story, frame, unit, bits), claims)| {
            let basis = if claims
                .iter()
                .all(|&i| super::implied(&corpus.claims[i as usize]))
            {
                Basis::Implied
            } else {
                Basis::Written
            };
            let docs = docs_of(corpus, &claims);
            let sources = sources_of(corpus, &docs);
            let (first_seen, last_seen) = seen(corpus, &docs);
            let most = |pick: &dyn Fn(&super::ClaimRow) -> Option<&str>| -> Option<String> {
                let mut n: FxHashMap<&str, u32> = FxHashMap::default();
                for &i in &claims {
                    if let Some(v) = pick(&corpus.claims[i as usize]) {
                        *n.entry(v).or_insert(0) += 1;
                    }
                }
                n.into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                    .map(|(v, _)| v.to_string())
            };
            // The narrowest interval of the claims behind the value.
            let narrow = claims
                .iter()
                .map(|&i| &corpus.claims[i as usize])
                .min_by(|a, b| {
                    let w = |c: &super::ClaimRow| match (c.lo, c.hi) {
                        (Some(l), Some(h)) => h - l,
                        _ => f64::INFINITY,
                    };
                    w(a).total_cmp(&w(b))
                });
            let perpetrator = most(&|c| c.perpetrator.as_deref());
            let everyone = claims.iter().any(|&i| {
                corpus.claims[i as usize]
                    .counted
                    .as_deref()
                    .is_none_or(people_like)
            });
            StoryFigure {
                story,
                frame,
                event: most(&|c| c.event.as_deref()),
                counted: most(&|c| c.counted.as_deref()),
                unit,
                value: f64::from_bits(bits),
                lo: narrow.and_then(|c| c.lo),
                hi: narrow.and_then(|c| c.hi),
                n_sources: sources.len() as u32,
                n_independent: stories.independent_count(corpus, &docs) as u32,
                docs,
                claims,
                first_seen,
                last_seen,
                best: false,
                everyone,
                basis,
                perpetrator,
            }
        })
        .collect();
    sort(&mut rows);
    mark_best(&mut rows);
    injured_beside_dead(corpus, &mut rows);
    wounded_who_died(corpus, &mut rows);
    let survivors = survivors(corpus, stories, &dead_at);
    derive_injured(&mut rows, &survivors);
    injured_who_died(corpus, &mut rows);
    count_dead_perpetrator(&mut rows);
    rows
}

/// The injured now, when some of them died after they were counted:
/// "two killed, three injured" one day, "a third victim has died" the
/// next leaves two injured, as the archives count a casualty once, by
/// how it ended. Only when the articles that count the injured give the
/// earlier toll, and none of them gives the later one; the difference is
/// the best injured count (added, marked `derived`, when no article gives
/// it).
fn injured_who_died(corpus: &Corpus, rows: &mut Vec<StoryFigure>) {
    let mut derived = Vec::new();
    for range in story_ranges(rows) {
        let Some((inj_k, same, row)) = died_later(corpus, &rows[range.clone()]) else {
            continue;
        };
        rows[range.start + inj_k].best = false;
        match same {
            Some(k) => rows[range.start + k].best = true,
            None => derived.push(row),
        }
    }
    add_rows(rows, derived);
}

/// For [`injured_who_died`], one story's rows: the index of the best
/// injured count, of the row that already gives the count now, and the
/// row to add when none does.
fn died_later(
    corpus: &Corpus,
    group: &[StoryFigure],
) -> Option<(usize, Option<usize>, StoryFigure)> {
    let counts = |frame: &'static str| {
        group
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.unit.is_none() && r.frame == frame)
    };
    let (inj_k, inj) = counts("injured").find(|(_, r)| r.best)?;
    let (_, dead) = counts("deaths").find(|(_, r)| r.best)?;
    // Worked out from the latest toll already, or counted beside it.
    if inj.basis == Basis::Derived
        || dead.docs.iter().any(|d| inj.docs.contains(d))
        || dead.first_seen < inj.last_seen
    {
        return None;
    }
    // The toll the injured were counted beside; none when the articles
    // that counted them counted no dead and the later toll is told as
    // the dead of just as many hit ("four people were injured", then a
    // week later "one of the four victims died": three injured).
    let beside = counts("deaths")
        .map(|(_, d)| d)
        .filter(|d| d.docs.iter().any(|x| inj.docs.contains(x)))
        .collect::<Vec<_>>();
    let of_the_injured = dead.claims.iter().any(|&i| {
        corpus
            .claims
            .get(i as usize)
            .is_some_and(|c| c.whole == Some(inj.value))
    });
    let earlier = if beside.is_empty() {
        if !of_the_injured {
            return None;
        }
        0.0
    } else {
        beside
            .iter()
            .filter(|d| d.value < dead.value && d.perpetrator == dead.perpetrator)
            .map(|d| d.value)
            .reduce(f64::max)?
    };
    let value = inj.value - (dead.value - earlier);
    if value < 0.0 {
        return None;
    }
    let same = counts("injured")
        .find(|(_, r)| r.value == value)
        .map(|(k, _)| k);
    let mut docs = inj.docs.clone();
    docs.extend(&dead.docs);
    docs.sort_unstable();
    docs.dedup();
    let mut claims = inj.claims.clone();
    claims.extend(&dead.claims);
    claims.sort_unstable();
    claims.dedup();
    let row = StoryFigure {
        value,
        lo: None,
        hi: None,
        best: true,
        basis: Basis::Derived,
        first_seen: inj.first_seen,
        last_seen: dead.last_seen,
        docs,
        claims,
        n_sources: inj.n_sources.min(dead.n_sources),
        n_independent: inj.n_independent.min(dead.n_independent),
        ..inj.clone()
    };
    Some((inj_k, same, row))
}

/// Everyone dead: when the story's best toll leaves out a perpetrator it
/// says died ("kills wife, son, daughter, then himself": 3), the dead
/// are one more (4), as "four dead in murder-suicide" and the archives
/// count them. A value some article gives for all of them becomes the
/// best; otherwise the sum is added, marked `derived`. Runs after the
/// injured are derived, which take the victims' toll.
fn count_dead_perpetrator(rows: &mut Vec<StoryFigure>) {
    let mut derived = Vec::new();
    for std::ops::Range { start: i, end: j } in story_ranges(rows) {
        let dead = |r: &StoryFigure| r.unit.is_none() && r.frame == "deaths";
        let victims = (i..j).find(|&k| {
            dead(&rows[k]) && rows[k].best && rows[k].perpetrator.as_deref() == Some("excluded")
        });
        if let Some(v) = victims {
            let all = rows[v].value + 1.0;
            rows[v].best = false;
            match (i..j).find(|&k| dead(&rows[k]) && rows[k].value == all) {
                Some(k) => rows[k].best = true,
                None => {
                    let r = &rows[v];
                    derived.push(StoryFigure {
                        value: all,
                        lo: None,
                        hi: None,
                        best: true,
                        basis: Basis::Derived,
                        perpetrator: Some("included".to_string()),
                        ..r.clone()
                    });
                }
            }
        }
    }
    add_rows(rows, derived);
}

/// The injured counted beside the dead: "two dead, two injured" gives
/// both counts at one moment, so when the story's best toll of the dead
/// is written in a sentence that also counts the injured, that injured
/// count is the one of the same moment, before another with as much or
/// more support ("one dead and three injured", written before the
/// second victim died). Only written figures; nothing changes when the
/// best injured count is already given beside the toll.
fn injured_beside_dead(corpus: &Corpus, rows: &mut [StoryFigure]) {
    let sentences = |r: &StoryFigure| sentences_of(corpus, r);
    for range in story_ranges(rows) {
        let group = &rows[range.clone()];
        let count = |k: &usize| group[*k].unit.is_none() && group[*k].basis == Basis::Written;
        let frame = |name: &'static str| {
            (0..group.len()).filter(move |k| count(k) && group[*k].frame == name)
        };
        let Some(dead) = frame("deaths").find(|&k| group[k].best) else {
            continue;
        };
        let toll = sentences(&group[dead]);
        let beside = |k: usize| {
            sentences(&group[k])
                .iter()
                .filter(|s| toll.contains(s))
                .count()
        };
        let Some(best) = frame("injured").find(|&k| group[k].best) else {
            continue;
        };
        if beside(best) > 0 {
            continue;
        }
        let Some(pick) = frame("injured")
            .filter(|&k| beside(k) > 0)
            .max_by_key(|&k| (beside(k), group[k].docs.len()))
        else {
            continue;
        };
        // A bound the best already meets ("more than a dozen injured"
        // beside 18) is no other moment's count: the best stays.
        if loosely_told(&group[pick], &group[best]) {
            continue;
        }
        rows[range.start + best].best = false;
        rows[range.start + pick].best = true;
    }
}

/// The toll after a wounded victim died: two sentences that each give
/// the dead and the injured ("one dead and three injured", "two dead,
/// two injured") with the same number hit, one with more dead, tell two
/// moments of one shooting; the dead only grow, so the pair with more
/// dead is the later one, however late an article repeats the earlier.
/// Its two counts become the story's best. Only written figures, the
/// two of a pair in one sentence.
fn wounded_who_died(corpus: &Corpus, rows: &mut [StoryFigure]) {
    let sentences = |r: &StoryFigure| sentences_of(corpus, r);
    for range in story_ranges(rows) {
        let group = &rows[range.clone()];
        let of = |name: &'static str| {
            (0..group.len()).filter(move |&k| {
                group[k].unit.is_none()
                    && group[k].basis == Basis::Written
                    && group[k].frame == name
            })
        };
        // (dead, injured) rows told in one sentence.
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for d in of("deaths") {
            let at = sentences(&group[d]);
            for i in of("injured") {
                if sentences(&group[i]).iter().any(|s| at.contains(s)) {
                    pairs.push((d, i));
                }
            }
        }
        let hit = |(d, i): (usize, usize)| group[d].value + group[i].value;
        let later = pairs
            .iter()
            .copied()
            .filter(|&p| {
                pairs
                    .iter()
                    .any(|&q| group[q.0].value < group[p.0].value && hit(q) == hit(p))
            })
            .max_by(|a, b| group[a.0].value.total_cmp(&group[b.0].value));
        let Some((d, i)) = later else { continue };
        let others: Vec<usize> = of("deaths").chain(of("injured")).collect();
        for k in others {
            rows[range.start + k].best = false;
        }
        rows[range.start + d].best = true;
        rows[range.start + i].best = true;
    }
}

/// The sentences a row's claims stand in, as (document, sentence start):
/// two counts in one sentence are told at one moment.
fn sentences_of(corpus: &Corpus, r: &StoryFigure) -> Vec<(u32, i64)> {
    r.claims
        .iter()
        .map(|&i| {
            let c = &corpus.claims[i as usize];
            (c.doc, c.sentence_start)
        })
        .collect()
}

/// The rows of each story, as ranges of `rows` (sorted by story).
fn story_ranges(rows: &[StoryFigure]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for group in rows.chunk_by(|a, b| a.story == b.story) {
        out.push(start..start + group.len());
        start += group.len();
    }
    out
}

/// Adds derived rows, keeping the table's order.
fn add_rows(rows: &mut Vec<StoryFigure>, derived: Vec<StoryFigure>) {
    if !derived.is_empty() {
        rows.extend(derived);
        sort(rows);
    }
}

fn sort(rows: &mut [StoryFigure]) {
    rows.sort_by(|a, b| {
        a.story
            .cmp(&b.story)
            .then(a.frame.cmp(&b.frame))
            .then(a.unit.cmp(&b.unit))
            .then(a.value.total_cmp(&b.value))
    });
}

/// The injured of a story that no article counts, worked out from what
/// the articles do count: everyone shot less the dead ("five people were
/// shot", "one of them died": four injured), or else those taken to
/// hospital ("two dead, three hospitalized"). Only from the story's best
/// totals, only when the difference is positive, and marked `derived`:
/// it is never compared with anything. Last of all, the victims an
/// article counts as others after it counts the dead ("two men were
/// pronounced dead; two other gunshot victims arrived at the hospital"):
/// see [`survivors`].
fn derive_injured(rows: &mut Vec<StoryFigure>, survivors: &FxHashMap<u32, StoryFigure>) {
    let mut derived = Vec::new();
    // Stories whose implied injured lose `best`.
    let mut unbest: Vec<std::ops::Range<usize>> = Vec::new();
    for range in story_ranges(rows) {
        let group = &rows[range.clone()];
        let story = group[0].story;
        let best = |frame: &str| {
            group
                .iter()
                .find(|r| r.best && r.unit.is_none() && r.frame == frame)
        };
        // A count of one no numeral gives ("a boy was wounded") may be
        // one of several hurt: what the shot and the dead imply is
        // preferred when it is more.
        let injured = |basis: Basis| {
            group
                .iter()
                .filter(|r| r.unit.is_none() && r.frame == "injured" && r.basis == basis)
                .map(|r| r.value)
                .reduce(f64::max)
        };
        let has_injured = injured(Basis::Written).is_some();
        let implied = injured(Basis::Implied);
        // Everyone shot less the dead; failing that, those taken to
        // hospital ("two dead, three hospitalized"): alive and hurt.
        let from = [
            best("shot").map(|s| (s, best("deaths"))),
            best("hospitalised").map(|h| (h, None)),
            survivors.get(&story).map(|s| (s, None)),
        ]
        .into_iter()
        .flatten()
        .map(|(s, d)| (s, d, s.value - d.map_or(0.0, |d| d.value)))
        .find(|f| f.2 > implied.unwrap_or(0.0));
        if let (false, Some((shot, dead, value))) = (has_injured, from) {
            if implied.is_some() {
                unbest.push(range.clone());
            }
            let mut docs = shot.docs.clone();
            let mut claims = shot.claims.clone();
            if let Some(d) = dead {
                docs.extend(&d.docs);
                claims.extend(&d.claims);
            }
            docs.sort_unstable();
            docs.dedup();
            claims.sort_unstable();
            claims.dedup();
            let weakest = |f: fn(&StoryFigure) -> u32| dead.map_or(f(shot), |d| f(shot).min(f(d)));
            derived.push(StoryFigure {
                story,
                frame: "injured".to_string(),
                event: Some("injured".to_string()),
                counted: shot.counted.clone(),
                unit: None,
                value,
                lo: None,
                hi: None,
                n_sources: weakest(|r| r.n_sources),
                n_independent: weakest(|r| r.n_independent),
                docs,
                claims,
                first_seen: shot.first_seen.max(dead.and_then(|d| d.first_seen)),
                last_seen: shot.last_seen.max(dead.and_then(|d| d.last_seen)),
                best: true,
                everyone: shot.everyone,
                basis: Basis::Derived,
                perpetrator: None,
            });
        }
    }
    for range in unbest {
        for r in &mut rows[range] {
            if r.frame == "injured" && r.unit.is_none() {
                r.best = false;
            }
        }
    }
    add_rows(rows, derived);
}

/// The hurt who lived, counted as others after the dead: "four people
/// were shot to death; another child was hospitalized", "two men were
/// pronounced dead; two other gunshot victims arrived at the hospital".
/// A count of scope `other` whose event is a wound (shot, injured,
/// hospitalised), in an article that gives a total of the dead before it,
/// counts the victims the dead leave, unless its sentence counts a part
/// ("one of the victims was shot inside, another outside"). Per story, the value most
/// documents give (then the larger), as a `derived` injured row for
/// [`derive_injured`], which uses it only when nothing else counts the
/// injured; never compared.
/// `dead_at`: the first offset of a total of the dead in each document.
fn survivors(
    corpus: &Corpus,
    stories: &Stories,
    dead_at: &FxHashMap<u32, i64>,
) -> FxHashMap<u32, StoryFigure> {
    // Sentences that count a part ("one of the victims was shot inside,
    // another outside"): their others are of that part, not survivors.
    let parts: rustc_hash::FxHashSet<(u32, i64)> = corpus
        .claims
        .iter()
        .filter(|c| c.scope.as_deref() == Some("part"))
        .map(|c| (c.doc, c.sentence_start))
        .collect();
    // story → value bits → claims
    let mut found: FxHashMap<u32, FxHashMap<u64, Vec<u32>>> = FxHashMap::default();
    for (i, c) in corpus.claims.iter().enumerate() {
        let wound = matches!(
            c.event.as_deref(),
            Some("shot" | "injured" | "hospitalised")
        );
        let after_dead = dead_at.get(&c.doc).is_some_and(|&d| d < c.start);
        let (Some(v), true, true) = (c.value, wound, after_dead) else {
            continue;
        };
        if c.scope.as_deref() != Some("other")
            || !c.comparable
            || c.boilerplate
            || c.unit.is_some()
            || v < 1.0
            || parts.contains(&(c.doc, c.sentence_start))
        {
            continue;
        }
        found
            .entry(stories.story_of[c.doc as usize])
            .or_default()
            .entry(v.to_bits())
            .or_default()
            .push(i as u32);
    }
    let mut out = FxHashMap::default();
    for (story, values) in found {
        let Some((bits, claims)) = values.into_iter().max_by(|a, b| {
            docs_of(corpus, &a.1)
                .len()
                .cmp(&docs_of(corpus, &b.1).len())
                .then(f64::from_bits(a.0).total_cmp(&f64::from_bits(b.0)))
        }) else {
            continue;
        };
        let docs = docs_of(corpus, &claims);
        let sources = sources_of(corpus, &docs);
        let (first_seen, last_seen) = seen(corpus, &docs);
        out.insert(
            story,
            StoryFigure {
                story,
                frame: "injured".to_string(),
                event: Some("injured".to_string()),
                counted: None,
                unit: None,
                value: f64::from_bits(bits),
                lo: None,
                hi: None,
                n_sources: sources.len() as u32,
                n_independent: stories.independent_count(corpus, &docs) as u32,
                first_seen,
                last_seen,
                docs,
                claims,
                best: true,
                everyone: true,
                basis: Basis::Derived,
                perpetrator: None,
            },
        );
    }
    out
}

/// The documents of `claims`, sorted, each once.
fn docs_of(corpus: &Corpus, claims: &[u32]) -> Vec<u32> {
    let mut d: Vec<u32> = claims
        .iter()
        .map(|&i| corpus.claims[i as usize].doc)
        .collect();
    d.sort_unstable();
    d.dedup();
    d
}

/// The distinct outlets of `docs`.
fn sources_of<'a>(corpus: &'a Corpus, docs: &[u32]) -> Vec<&'a str> {
    let mut sources: Vec<&str> = docs
        .iter()
        .filter_map(|&d| corpus.articles[d as usize].source.as_deref())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    sources
}

/// The first and last publication day of `docs`.
fn seen(corpus: &Corpus, docs: &[u32]) -> (Option<i32>, Option<i32>) {
    let days = docs
        .iter()
        .filter_map(|&d| corpus.articles[d as usize].published);
    (days.clone().min(), days.max())
}

/// Whether `r` is a bound with no other end ("more than a dozen", "up
/// to 16") that the figure `o`, another value and no such bound, meets:
/// it may be `o` said loosely.
fn loosely_told(r: &StoryFigure, o: &StoryFigure) -> bool {
    let one_ended = |f: &StoryFigure| f.lo.is_none() != f.hi.is_none();
    one_ended(r)
        && !one_ended(o)
        && o.value != r.value
        && r.lo.is_none_or(|lo| o.value >= lo)
        && r.hi.is_none_or(|hi| o.value <= hi)
}

/// Sets `best` on one row per story, frame and unit.
fn mark_best(rows: &mut [StoryFigure]) {
    let mut i = 0;
    while i < rows.len() {
        let j = i + rows[i..]
            .iter()
            .take_while(|r| {
                r.story == rows[i].story && r.frame == rows[i].frame && r.unit == rows[i].unit
            })
            .count();
        let group = &rows[i..j];
        let grows = cumulative(&group[0].frame);
        let latest = group.iter().filter_map(|r| r.last_seen).max();
        // A count of everyone the event befell ("five people") is the
        // story's total before one of a narrower group ("three
        // children"), which may be a part of it.
        // A figure written as one ("two people") comes before a count of
        // one that no numeral gives ("a man was killed").
        // A bound that a figure of the group meets tells no later count.
        let loose = |r: &StoryFigure| group.iter().any(|o| loosely_told(r, o));
        let rank = |r: &StoryFigure| {
            (
                r.basis,
                grows && r.everyone,
                grows && latest.is_some() && r.last_seen == latest && !loose(r),
                r.n_independent,
                r.docs.len(),
                r.last_seen,
            )
        };
        let mut best = i;
        for (k, r) in group.iter().enumerate() {
            let (b, rb) = (rank(&rows[best]), rank(r));
            if rb > b || (rb == b && r.value > rows[best].value) {
                best = i + k;
            }
        }
        rows[best].best = true;
        i = j;
    }
}

/// Repeated claims at claim level: the same figure in the same frame
/// given by two or more independent sources, in whatever words ("The
/// United States added 303,000 jobs in March", "Employers added 303,000
/// workers to their payrolls last month"). The representative sentence
/// is the earliest article's; `group_id` continues after `first_id`.
pub fn repeated_figures(
    corpus: &Corpus,
    rows: &[StoryFigure],
    first_id: u32,
) -> Vec<super::repeated::RepeatedClaim> {
    let mut out: Vec<super::repeated::RepeatedClaim> = rows
        .iter()
        .filter(|r| r.n_independent >= 2 && r.basis == Basis::Written)
        .filter_map(|r| {
            let day = |d: u32| corpus.articles[d as usize].published;
            let mut docs = r.docs.clone();
            docs.sort_by_key(|&d| (day(d).unwrap_or(i32::MAX), d));
            let first = *docs.first()?;
            let rep = r
                .claims
                .iter()
                .map(|&i| &corpus.claims[i as usize])
                .find(|c| c.doc == first)?;
            let mut sources: Vec<String> = Vec::new();
            for &d in &docs {
                if let Some(s) = &corpus.articles[d as usize].source {
                    if !sources.contains(s) {
                        sources.push(s.clone());
                    }
                }
            }
            Some(super::repeated::RepeatedClaim {
                group_id: 0,
                n_docs: docs.len(),
                n_sources: sources.len(),
                n_independent: r.n_independent as usize,
                first_seen: r.first_seen,
                last_seen: r.last_seen,
                sentence: rep.sentence.to_string(),
                figures: vec![rep.surface.clone()],
                categories: rep.category.iter().map(|c| c.to_string()).collect(),
                doc_ids: docs
                    .iter()
                    .map(|&d| corpus.articles[d as usize].doc_id.clone())
                    .collect(),
                sources,
                kind: "figure",
                frame: Some(r.frame.clone()),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.n_independent
            .cmp(&a.n_independent)
            .then(b.n_docs.cmp(&a.n_docs))
            .then(a.first_seen.cmp(&b.first_seen))
            .then(a.sentence.cmp(&b.sentence))
    });
    for (i, r) in out.iter_mut().enumerate() {
        r.group_id = first_id + i as u32;
    }
    out
}

/// The `story_figures` table.
pub fn figures_frame(corpus: &Corpus, rows: &[StoryFigure]) -> Result<DataFrame, ReportError> {
    let ids = |r: &StoryFigure| {
        r.docs
            .iter()
            .map(|&d| corpus.articles[d as usize].doc_id.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let sources = |r: &StoryFigure| {
        let mut v: Vec<&str> = r
            .docs
            .iter()
            .filter_map(|&d| corpus.articles[d as usize].source.as_deref())
            .collect();
        v.sort_unstable();
        v.dedup();
        v.join("; ")
    };
    Ok(DataFrame::new_infer_height(vec![
        column("story_id", rows, |r| r.story),
        column("frame", rows, |r| r.frame.as_str()),
        column("event", rows, |r| r.event.as_deref()),
        column("counted", rows, |r| r.counted.as_deref()),
        column("unit", rows, |r| r.unit.as_deref()),
        column("value", rows, |r| r.value),
        column("lo", rows, |r| r.lo),
        column("hi", rows, |r| r.hi),
        column("n_sources", rows, |r| r.n_sources),
        column("n_independent", rows, |r| r.n_independent),
        column("n_docs", rows, |r| r.docs.len() as u32),
        column("doc_ids", rows, ids),
        column("sources", rows, sources),
        date_column("first_seen", rows.iter().map(|r| r.first_seen)),
        date_column("last_seen", rows.iter().map(|r| r.last_seen)),
        column("best", rows, |r| r.best),
        column("basis", rows, |r| r.basis.as_str()),
        column("perpetrator", rows, |r| r.perpetrator.as_deref()),
    ])?)
}

/// The `stories` table: one row per article and its story, with the
/// story's title (its earliest article's headline), key entities (the
/// names most of its articles share) and first and last day.
pub fn stories_frame(corpus: &Corpus, stories: &Stories) -> Result<DataFrame, ReportError> {
    let n_stories = stories.labels.len();
    let mut title: Vec<Option<(Option<i32>, &str)>> = vec![None; n_stories];
    let mut first: Vec<Option<i32>> = vec![None; n_stories];
    let mut last: Vec<Option<i32>> = vec![None; n_stories];
    for (d, a) in corpus.articles.iter().enumerate() {
        let s = stories.story_of[d] as usize;
        if let Some(p) = a.published {
            first[s] = Some(first[s].map_or(p, |f| f.min(p)));
            last[s] = Some(last[s].map_or(p, |l| l.max(p)));
        }
        if let Some(t) = a.title.as_deref() {
            let earlier = match title[s] {
                None => true,
                Some((day, _)) => match (a.published, day) {
                    (Some(p), Some(q)) => p < q,
                    (Some(_), None) => true,
                    _ => false,
                },
            };
            if earlier {
                title[s] = Some((a.published, t));
            }
        }
    }
    let rows: Vec<usize> = (0..corpus.articles.len()).collect();
    let story = |d: &usize| stories.story_of[*d] as usize;
    Ok(DataFrame::new_infer_height(vec![
        column("doc_id", &rows, |d| corpus.articles[*d].doc_id.as_str()),
        column("story_id", &rows, |d| story(d) as u32),
        column("story_title", &rows, |d| title[story(d)].map(|t| t.1)),
        column("key_entities", &rows, |d| stories.labels[story(d)].as_str()),
        date_column("first_seen", rows.iter().map(|d| first[story(d)])),
        date_column("last_seen", rows.iter().map(|d| last[story(d)])),
    ])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: f64, n_independent: u32, last_seen: i32) -> StoryFigure {
        StoryFigure {
            story: 0,
            frame: "deaths".into(),
            event: None,
            counted: None,
            unit: None,
            value,
            lo: None,
            hi: None,
            docs: vec![0; n_independent as usize],
            claims: Vec::new(),
            n_sources: n_independent,
            n_independent,
            first_seen: Some(last_seen),
            last_seen: Some(last_seen),
            best: false,
            everyone: true,
            basis: Basis::Written,
            perpetrator: None,
        }
    }

    #[test]
    fn the_dead_count_a_perpetrator_the_story_says_died() {
        // "kills wife, son, daughter, then himself": the victims' toll
        // leaves him out; the dead are one more.
        let excluded = |v: f64, n: u32| StoryFigure {
            perpetrator: Some("excluded".into()),
            ..fig(v, n, 10)
        };
        let best = |mut rows: Vec<StoryFigure>| {
            sort(&mut rows);
            mark_best(&mut rows);
            count_dead_perpetrator(&mut rows);
            rows.iter()
                .filter(|r| r.best)
                .map(|r| (r.value, r.basis, r.perpetrator.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            best(vec![excluded(3.0, 2)]),
            [(4.0, Basis::Derived, Some("included".to_string()))]
        );
        // An article that gives all the dead has the best value.
        assert_eq!(
            best(vec![excluded(3.0, 2), fig(4.0, 1, 10)]),
            [(4.0, Basis::Written, None)]
        );
        // A toll that says nothing of a perpetrator stays as it is.
        assert_eq!(best(vec![fig(3.0, 2, 10)]), [(3.0, Basis::Written, None)]);
    }

    #[test]
    fn the_injured_counted_beside_the_best_toll_are_best() {
        // Claims 0 and 1 share a sentence ("Two dead, two injured"),
        // claim 2 stands in another ("one dead and three injured").
        let claim = |sentence_start: i64| crate::analyse::ClaimRow {
            sentence_start,
            ..crate::analyse::ClaimRow::default()
        };
        let corpus = Corpus {
            claims: vec![claim(0), claim(0), claim(90)],
            ..Corpus::default()
        };
        let row = |frame: &str, value: f64, claim: u32, best: bool| StoryFigure {
            frame: frame.into(),
            claims: vec![claim],
            best,
            ..fig(value, 1, 10)
        };
        let best = |injured_with_toll: u32| {
            let mut rows = vec![
                row("deaths", 2.0, 0, true),
                row("injured", 2.0, injured_with_toll, false),
                row("injured", 3.0, 2, true),
            ];
            injured_beside_dead(&corpus, &mut rows);
            rows.iter()
                .filter(|r| r.best && r.frame == "injured")
                .map(|r| r.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(best(1), [2.0]);
        // Neither injured count is given beside the toll: no change.
        assert_eq!(best(2), [3.0]);
        // "Two dead and more than a dozen injured": a count with no
        // upper end that the best (18) meets stays beside it.
        let mut rows = vec![
            row("deaths", 2.0, 0, true),
            StoryFigure {
                lo: Some(12.0),
                ..row("injured", 12.0, 1, false)
            },
            row("injured", 18.0, 2, true),
        ];
        injured_beside_dead(&corpus, &mut rows);
        let best: Vec<f64> = rows
            .iter()
            .filter(|r| r.best && r.frame == "injured")
            .map(|r| r.value)
            .collect();
        assert_eq!(best, [18.0]);
    }

    #[test]
    fn the_pair_with_more_dead_and_as_many_hit_is_the_later_toll() {
        // "Two dead, two injured" (claims 0, 1) and, repeated later, "one
        // dead and three injured" (claims 2, 3): four hit both times.
        let claim = |sentence_start: i64| crate::analyse::ClaimRow {
            sentence_start,
            ..crate::analyse::ClaimRow::default()
        };
        let corpus = Corpus {
            claims: vec![claim(0), claim(0), claim(90), claim(90)],
            ..Corpus::default()
        };
        let row = |frame: &str, value: f64, claim: u32, best: bool| StoryFigure {
            frame: frame.into(),
            claims: vec![claim],
            best,
            ..fig(value, 1, 10)
        };
        let best = |three_injured: f64| {
            let mut rows = vec![
                row("deaths", 2.0, 0, false),
                row("injured", 2.0, 1, false),
                row("deaths", 1.0, 2, true),
                row("injured", three_injured, 3, true),
            ];
            wounded_who_died(&corpus, &mut rows);
            rows.iter()
                .filter(|r| r.best)
                .map(|r| (r.frame.clone(), r.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            best(3.0),
            [("deaths".to_string(), 2.0), ("injured".to_string(), 2.0)]
        );
        // Five hit against four: two shootings' tolls, or a count
        // corrected; no change.
        assert_eq!(
            best(4.0),
            [("deaths".to_string(), 1.0), ("injured".to_string(), 4.0)]
        );
    }

    #[test]
    fn a_growing_count_takes_the_latest_day_then_the_most_sources() {
        let mut rows = vec![fig(3.0, 4, 10), fig(5.0, 1, 12), fig(6.0, 2, 12)];
        mark_best(&mut rows);
        let best: Vec<f64> = rows.iter().filter(|r| r.best).map(|r| r.value).collect();
        assert_eq!(best, [6.0]);
    }

    #[test]
    fn a_count_of_everyone_comes_before_a_narrower_group() {
        let mut rows = vec![fig(3.0, 1, 12), fig(5.0, 1, 10)];
        rows[0].counted = Some("children".into());
        rows[0].everyone = false;
        rows[1].counted = Some("people".into());
        mark_best(&mut rows);
        let best: Vec<f64> = rows.iter().filter(|r| r.best).map(|r| r.value).collect();
        assert_eq!(best, [5.0]);
    }

    #[test]
    fn a_written_figure_comes_before_an_implied_one() {
        let mut rows = vec![fig(1.0, 3, 12), fig(2.0, 1, 10)];
        rows[0].basis = Basis::Implied;
        mark_best(&mut rows);
        let best: Vec<f64> = rows.iter().filter(|r| r.best).map(|r| r.value).collect();
        assert_eq!(best, [2.0]);
    }

    #[test]
    fn the_injured_no_article_counts_are_the_shot_less_the_dead() {
        let frame = |f: &str, v: f64| {
            let mut r = fig(v, 1, 10);
            r.frame = f.into();
            r
        };
        // The story's injured rows after derivation: value, best, basis.
        let injured = |mut rows: Vec<StoryFigure>| -> Vec<(f64, bool, Basis)> {
            mark_best(&mut rows);
            derive_injured(&mut rows, &FxHashMap::default());
            rows.iter()
                .filter(|r| r.frame == "injured")
                .map(|r| (r.value, r.best, r.basis))
                .collect()
        };
        assert_eq!(
            injured(vec![frame("deaths", 1.0), frame("shot", 5.0)]),
            [(4.0, true, Basis::Derived)]
        );
        // Nobody said dead: all shot are injured.
        assert!(injured(vec![frame("shot", 5.0)]).iter().any(|r| r.0 == 5.0));
        // An article that counts the injured is never second-guessed.
        assert_eq!(
            injured(vec![
                frame("deaths", 1.0),
                frame("injured", 3.0),
                frame("shot", 5.0),
            ])
            .len(),
            1
        );
        // As many dead as shot: nothing to derive.
        assert!(injured(vec![frame("deaths", 2.0), frame("shot", 2.0)]).is_empty());
        // No one counts the shot: those taken to hospital are the injured.
        let got: Vec<(f64, Basis)> =
            injured(vec![frame("deaths", 2.0), frame("hospitalised", 3.0)])
                .into_iter()
                .map(|r| (r.0, r.2))
                .collect();
        assert_eq!(got, [(3.0, Basis::Derived)]);
        // As many dead as shot, and some taken to hospital.
        assert!(injured(vec![
            frame("deaths", 2.0),
            frame("hospitalised", 1.0),
            frame("shot", 2.0),
        ])
        .iter()
        .any(|r| r.0 == 1.0));
        // "a boy was wounded" (one, implied) when two were shot and none
        // died: the two are the injured.
        let mut implied = frame("injured", 1.0);
        implied.basis = Basis::Implied;
        assert_eq!(
            injured(vec![implied.clone(), frame("shot", 2.0)]),
            [(1.0, false, Basis::Implied), (2.0, true, Basis::Derived)]
        );
        // Not when the implied count is as many.
        assert_eq!(
            injured(vec![implied, frame("deaths", 1.0), frame("shot", 2.0)]).len(),
            1
        );
    }

    #[test]
    fn the_injured_who_died_later_are_counted_with_the_dead() {
        // (frame, value, document, day)
        let row = |f: &str, v: f64, doc: u32, day: i32| {
            let mut r = fig(v, 1, day);
            r.frame = f.into();
            r.docs = vec![doc];
            r
        };
        let injured = |mut rows: Vec<StoryFigure>| -> Vec<(f64, Basis)> {
            sort(&mut rows);
            mark_best(&mut rows);
            derive_injured(&mut rows, &FxHashMap::default());
            injured_who_died(&Corpus::default(), &mut rows);
            rows.iter()
                .filter(|r| r.best && r.frame == "injured")
                .map(|r| (r.value, r.basis))
                .collect()
        };
        // "Two killed, three injured"; two days later "a third victim
        // has died": two injured.
        let first = [row("deaths", 2.0, 0, 10), row("injured", 3.0, 0, 10)];
        assert_eq!(
            injured([&first[..], &[row("deaths", 3.0, 1, 12)]].concat()),
            [(2.0, Basis::Derived)]
        );
        // An article of the later toll that counts the injured itself
        // is the count now.
        let later = [row("deaths", 3.0, 1, 12), row("injured", 3.0, 1, 12)];
        assert_eq!(
            injured([&first[..], &later[..]].concat()),
            [(3.0, Basis::Written)]
        );
        // A later toll no injured count stood beside says nothing of them.
        assert_eq!(
            injured(vec![
                row("deaths", 2.0, 0, 10),
                row("injured", 3.0, 1, 10),
                row("deaths", 3.0, 2, 12),
            ]),
            [(3.0, Basis::Written)]
        );
        // An article that gives the count now becomes the best.
        let now = row("injured", 2.0, 3, 9);
        let got = injured([&first[..], &[row("deaths", 3.0, 1, 12), now]].concat());
        assert_eq!(got, [(2.0, Basis::Written)]);
    }

    #[test]
    fn the_dead_of_as_many_as_were_injured_leave_the_rest_injured() {
        // "Four people were injured" (doc 0, day 10); a week later "one
        // of the four victims died" (doc 1, claim 0, whole 4).
        let corpus = Corpus {
            claims: vec![crate::analyse::ClaimRow {
                whole: Some(4.0),
                ..crate::analyse::ClaimRow::default()
            }],
            ..Corpus::default()
        };
        let row = |f: &str, v: f64, doc: u32, day: i32, claims: Vec<u32>| StoryFigure {
            frame: f.into(),
            docs: vec![doc],
            claims,
            ..fig(v, 1, day)
        };
        let injured = |dead_claims: Vec<u32>| -> Vec<f64> {
            let mut rows = vec![
                row("injured", 4.0, 0, 10, vec![]),
                row("deaths", 1.0, 1, 17, dead_claims),
            ];
            sort(&mut rows);
            mark_best(&mut rows);
            injured_who_died(&corpus, &mut rows);
            rows.iter()
                .filter(|r| r.best && r.frame == "injured")
                .map(|r| r.value)
                .collect()
        };
        assert_eq!(injured(vec![0]), [3.0]);
        // A toll not told as the dead of those hit says nothing of them.
        assert_eq!(injured(vec![]), [4.0]);
    }

    #[test]
    fn a_non_growing_frame_takes_the_most_independent_sources() {
        let mut rows = vec![fig(3.0, 4, 10), fig(5.0, 1, 12)];
        for r in &mut rows {
            r.frame = "money: revenue of acme".into();
        }
        mark_best(&mut rows);
        let best: Vec<f64> = rows.iter().filter(|r| r.best).map(|r| r.value).collect();
        assert_eq!(best, [3.0]);
    }
}
