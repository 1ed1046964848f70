//! Stories and reprints: which articles are about the same event, and which
//! are copies of one another.
//!
//! Two articles are **linked** (same story) when they were published within
//! `window_days` of each other and share enough rare features: named
//! entities (canonical names), figures (category and value), title words
//! and repeated claim sentences. Each feature weighs its inverse document
//! frequency, and the similarity is the weight of the shared features over
//! the weight of the smaller article's features, so a shared "Chicago"
//! counts for little and a shared victim's name for much. Comparisons of
//! figures happen only between linked articles; connected components of
//! the links number the stories.
//!
//! Two articles are **not independent** when they come from the same outlet
//! or are reprints (most of their claim sentences fall in the same repeated
//! groups): a wire story printed by twelve papers is one source.

use std::collections::BTreeMap;

use super::repeated::SentenceGroups;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{content_words, fnv1a, mix64, words, Corpus, ReportOptions, UnionFind};

/// Features shared by more articles than this do not propose candidate
/// pairs (they still weigh in the similarity). Keeps the pair count linear.
const MAX_DF: usize = 100;

/// The story structure of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// Linked article pairs `(a, b)` with `a < b`, and their similarity.
    pub links: BTreeMap<(u32, u32), f64>,
    /// Story number of each article (0-based, in order of first article);
    /// an article linked to nothing is a story of its own.
    pub story_of: Vec<u32>,
    /// A readable label for each story (its most shared names).
    pub labels: Vec<String>,
    /// Reprint pairs, as adjacency lists (see [`Stories::independent_count`]).
    pub reprints: FxHashMap<u32, Vec<u32>>,
}

impl Stories {
    /// Similarity of two linked articles, None when not linked.
    pub fn link(&self, a: u32, b: u32) -> Option<f64> {
        self.links.get(&(a.min(b), a.max(b))).copied()
    }
}

/// A person's full name given by at most this many articles is rare
/// enough to link articles on its own (within the window) or with a
/// second one, the street or an organisation (beyond it); so is a street
/// (within the window).
const RARE_NAME_DF: u32 = 10;

/// A headline word given by at most this many headlines is rare enough
/// to tell one event ("selfie", a small town's name).
const RARE_WORD_DF: u32 = 5;

/// A headline word given by at most this many headlines, and by no name,
/// tells one event beyond the window too ("Crab Fest"), with a rare name.
const FAR_WORD_DF: u32 = 3;

/// A figure of at least this many significant digits ("8,500 workers",
/// "92%"), given by at most [`PRECISE_DF`] articles, is no round number
/// two events share by chance: two such figures shared by two dated
/// articles within the window, one of them of [`PRECISE_DIGITS`] + 1
/// digits or more ("48,310 votes", "112,000 jobs", "54.2%", "$1.51
/// billion"), tell one story, as a rare name does, whatever else each
/// article says (two outlets' reports of one strike, one election, one
/// jobs report). (Undated articles share such pairs by chance: a
/// club's £28.5m and a film's $2.8m.)
const PRECISE_DIGITS: usize = 2;

/// See [`PRECISE_DIGITS`].
const PRECISE_DF: u32 = 3;

/// Precise figures two articles must share to be linked on them.
const PRECISE_SHARED: u32 = 2;

/// The significant digits of a figure's value: 112000 → 3, 54.2 → 3,
/// 8500 → 2, 1.51e9 → 3.
fn significant_digits(v: f64) -> usize {
    if !v.is_finite() || v == 0.0 {
        return 0;
    }
    // (Twelve digits at most: a value read from text has fewer, and the
    // float's own noise is cut.)
    let s = format!("{:.12e}", v.abs());
    let mantissa = s.split('e').next().unwrap_or("");
    mantissa
        .trim_end_matches('0')
        .bytes()
        .filter(u8::is_ascii_digit)
        .count()
}

/// An article linked to nothing joins the story of its nearest article
/// when their similarity is at least this share of the threshold.
const LONER: f64 = 7.0 / 10.0;

/// An article linked to nothing joins its nearest article only if they
/// were published at most this many days apart: the short report of a
/// breaking event and the fuller one of the same day or the next. Days
/// later, a likeness this weak is as often another event of the same
/// kind ("a child shot at home", the same toll).
const LONER_DAYS: i32 = 1;

/// Whether two publication days are at most `days` apart (or one is
/// unknown).
fn within_days(a: Option<i32>, b: Option<i32>, days: i32) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= days,
        _ => true,
    }
}

/// What two articles of one story share besides figures (names, title
/// words, sentences) must make at least this share of the threshold on
/// its own.
const WORDS_SHARE: f64 = 1.0 / 2.0;

/// Full names of people that two articles further apart than the window
/// must share to be linked on them alone.
const FAR_NAMES: u32 = 2;

/// Full names of people, officials among them, that link two articles
/// further apart than the window whatever else each says, once a name
/// that is no official's brought them together: the victim, the accused
/// (an officer, perhaps) and a relative, at the shooting and at the trial.
const MANY_NAMES: u32 = 3;

/// Full names of people that few articles give reach this many times the
/// named window, when two of them or more are shared by two outlets: a
/// trial or a verdict comes two or three years after the shooting, under
/// the names of the victim and the accused.
const TRIAL_REACH: i32 = 3;

/// Two articles of one outlet that no rare name or street links are one
/// story only if they share a name, a sentence or a headline word given
/// by at most this many articles: what else they share is the outlet's
/// beat (the city's police, its trauma hospital, a neighbourhood), in
/// every story it tells that week.
const SAME_OUTLET_DF: u32 = 10;

/// A headline word given by at most this many headlines, with a place and
/// a past day both articles name, tells one event: the town in both
/// headlines ("Rochester mass shooting", "Seven shot in Rochester"), the
/// shooting's day in both texts ("Sunday night" read against the first
/// report's date, "on Aug. 19" in the arrest a month later).
const DAY_WORD_DF: u32 = 30;

/// A link by a day, a place and a headline word (see [`DAY_WORD_DF`]) is
/// weak evidence: it joins a story of at most this many articles to
/// another, never two stories each told at length (a city's two
/// shootings of one night, each with its own reports).
const DAY_SMALL: usize = 2;

/// A street few articles name and a town both articles name link two
/// networks' reports up to this many times the window apart. Further,
/// a city's street sees another shooting within months.
const STREET_WINDOWS: i32 = 2;

/// A town, a village or a neighbourhood (no street) that at most this
/// many articles name, named by two outlets' reports published at most
/// [`FEW_PLACE_DAYS`] apart, is the scene of one event: a place that
/// rarely makes the news makes it once that week.
const FEW_PLACE_DF: u32 = 3;

/// See [`FEW_PLACE_DF`].
const FEW_PLACE_DAYS: i32 = 2;

/// What two articles share.
#[derive(Debug, Clone, Copy, Default)]
struct Shared {
    /// The weight of the shared features.
    weight: f64,
    /// How many features they share.
    count: u32,
    /// The weight of the shared features that are not figures.
    words: f64,
    /// Shared full names of people that few articles give.
    rare_names: u32,
    /// Of those, beyond the window, the names both articles give once
    /// only. When every shared name is so, the names are background (two
    /// stories recalling the same earlier deaths, and the memorial fund
    /// that counts such deaths) and link nothing without a street, a
    /// headline word or a third person to confirm them; one name either
    /// article repeats (the accused at the trial) makes them the story's.
    background: u32,
    /// The same, officials' names included.
    rare_persons: u32,
    /// Shared streets that few articles name.
    rare_streets: u32,
    /// Shared names of organisations that few articles give.
    rare_others: u32,
    /// Shared towns (no streets) that hardly any article names, within
    /// [`FEW_PLACE_DAYS`].
    few_places: u32,
    /// Shared headline words that few headlines give, beyond the window.
    far_words: u32,
    /// Shared precise figures that few articles give (see
    /// [`PRECISE_DIGITS`]), within the window, and how many of them have
    /// a digit more.
    precise: u32,
    more_precise: u32,
    /// Whether they share a name, a sentence or a rare headline word
    /// (not only common headline words and figures).
    telling: bool,
    /// Whether they share a name, a sentence or a headline word that few
    /// articles give (see [`SAME_OUTLET_DF`]).
    rare_telling: bool,
}

/// An article linked to nothing joins the story of its nearest article
/// (`nearest`, below the threshold), if it has one: a short report, or
/// one that names little, of an event others tell more fully. Its
/// figures count in that story's figures; it is not compared pair by
/// pair (it is not in `links`).
fn attach_loners(
    uf: &mut UnionFind,
    links: &BTreeMap<(u32, u32), f64>,
    nearest: &[Option<(u32, f64)>],
) {
    let mut linked = vec![false; nearest.len()];
    for &(a, b) in links.keys() {
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    for (d, best) in nearest.iter().enumerate() {
        if let (false, Some((other, _))) = (linked[d], best) {
            uf.union(d as u32, *other);
        }
    }
}

/// Whether a role is an official's: a title of the police, the courts,
/// government, business or the press ("Sgt.", "Police Chief",
/// "spokesman", "finance minister", "economist"), or a community figure
/// ("activist", "pastor"): someone named in every story of a beat.
fn official(role: &str) -> bool {
    const TITLES: &[&str] = &[
        "officer",
        "officers",
        "lt",
        "lieutenant",
        "sgt",
        "sergeant",
        "cpl",
        "corporal",
        "chief",
        "sheriff",
        "deputy",
        "detective",
        "det",
        "capt",
        "captain",
        "major",
        "trooper",
        "commander",
        "superintendent",
        "supt",
        "commissioner",
        "inspector",
        "marshal",
        "agent",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "coroner",
        "examiner",
        "judge",
        "justice",
        "attorney",
        "prosecutor",
        "da",
        "mayor",
        "gov",
        "governor",
        "president",
        "senator",
        "sen",
        "speaker",
        "leader",
        "whip",
        "congressman",
        "congresswoman",
        "lawmaker",
        "rep",
        "representative",
        "councilman",
        "councilwoman",
        "alderman",
        "director",
        "minister",
        "secretary",
        "chancellor",
        "official",
        "chairman",
        "chairwoman",
        "executive",
        "ceo",
        "economist",
        "analyst",
        "strategist",
        "reporter",
        "correspondent",
        "editor",
        "anchor",
        "photographer",
        // Community figures quoted after shooting after shooting.
        "activist",
        "advocate",
        "pastor",
        "reverend",
        "rev",
        "bishop",
    ];
    role.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| TITLES.contains(&w.to_lowercase().as_str()))
}

/// The key of a person's name: lower case, hyphens as spaces, without a
/// generational suffix ("Jr", "III") and, for three words or more, the
/// first and the last only ("John Henry Burnsworth III", "John
/// Burnsworth"; "Leah Smith-Gustafson", "Leah Smith Gustafson"; "Richard
/// J. McCague", "Richard McCague" are one person). Other names keep their
/// canonical form in lower case.
fn name_key(kind: &str, canonical: &str) -> String {
    let lower = canonical.to_lowercase();
    if kind == "PLACE" {
        // A town under its name and its kind ("Stowe Township",
        // "Stowe"): one report writes the municipality, another the
        // name its people use.
        for kind in [" township", " twp", " twp.", " borough", " village"] {
            if let Some(name) = lower.strip_suffix(kind) {
                if !name.trim().is_empty() {
                    return name.trim().to_string();
                }
            }
        }
    }
    if kind != "PERSON" {
        return lower;
    }
    const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut core: &[&str] = &words;
    while let [rest @ .., last] = core {
        if rest.len() >= 2 && SUFFIXES.contains(&last.trim_end_matches(['.', ','])) {
            core = rest;
        } else {
            break;
        }
    }
    match core {
        [first, .., last] => format!("{first} {last}"),
        _ => core.join(" "),
    }
}

/// The key of a street's name, None when `name` is no street: its words
/// in lower case without a leading point of the compass, the kind of
/// street written out ("E. Hudson St.", "Hudson Street" and "East
/// Hudson Street" are one street: articles of one shooting name it with
/// and without its side of town).
fn street_key(name: &str) -> Option<String> {
    use crate::extract::entities::lexicon::{COMPASS_POINTS, STREET_TYPES};
    const SHORT: &[(&str, &str)] = &[
        ("st", "street"),
        ("ave", "avenue"),
        ("blvd", "boulevard"),
        ("rd", "road"),
        ("pkwy", "parkway"),
        ("hwy", "highway"),
    ];
    const POINTS: &[&str] = &["n", "s", "e", "w", "ne", "nw", "se", "sw"];
    let mut w: Vec<String> = words(name).collect();
    let last = w.last()?;
    if !STREET_TYPES.iter().any(|t| t == last) {
        return None;
    }
    if let Some((_, long)) = SHORT.iter().find(|(s, _)| s == last) {
        let n = w.len() - 1;
        w[n] = (*long).to_string();
    }
    let point =
        |x: &str| POINTS.contains(&x) || COMPASS_POINTS.iter().any(|c| c.eq_ignore_ascii_case(x));
    if w.len() >= 3 && point(&w[0]) {
        w.remove(0);
    }
    (w.len() >= 2).then(|| w.join(" "))
}

/// The parts of a headline between the separators that set off a site's
/// name (" - ", " | ", " ~ ", " – ", " — ", " : "), as lower-case words.
fn headline_segments(title: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = title;
    loop {
        let next = [" - ", " | ", " ~ ", " – ", " — ", " : "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min();
        let (seg, after) = match next {
            Some((i, len)) => (&rest[..i], Some(&rest[i + len..])),
            None => (rest, None),
        };
        out.push(words(seg).collect());
        match after {
            Some(a) => rest = a,
            None => return out,
        }
    }
}

/// Whether one run of words begins the other, the last word of the
/// shorter run perhaps cut short (headlines are often truncated: "KSLA
/// News 12 Shreveport, Louisiana News Wea").
fn begins(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match short {
        [] => false,
        [init @ .., last] => {
            init.iter().zip(long).all(|(x, y)| x == y)
                && long[init.len()].starts_with(last.as_str())
                && (last.len() >= 3 || init.len() >= 2 || last == &long[init.len()])
        }
    }
}

/// An outlet's own words: the headline segments after the first that
/// another headline of the same outlet repeats ("... - KSLA News 12
/// Shreveport, Louisiana News Weather & Sports", "... | Continuous News"),
/// and the outlet's name as its web address gives it ("ksla" of
/// `ksla.com`). They tell which site printed an article, not what it is
/// about.
struct Outlets {
    /// Per article: the headline's segments, and whether each is the
    /// outlet's.
    segments: Vec<Vec<(Vec<String>, bool)>>,
}

impl Outlets {
    fn new(articles: &[super::Article]) -> Outlets {
        let mut segments: Vec<Vec<(Vec<String>, bool)>> = articles
            .iter()
            .map(|a| {
                a.title
                    .as_deref()
                    .map(headline_segments)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| (s, false))
                    .collect()
            })
            .collect();
        // The segments after the first, by outlet and first word; of one
        // wording, the places it stands at.
        type Places = Vec<(usize, usize)>;
        let mut buckets: FxHashMap<(&str, &str), BTreeMap<&[String], Places>> =
            FxHashMap::default();
        for (d, a) in articles.iter().enumerate() {
            let Some(source) = a.source.as_deref() else {
                continue;
            };
            for (i, (w, _)) in segments[d].iter().enumerate().skip(1) {
                if let Some(first) = w.first() {
                    buckets
                        .entry((source, first.as_str()))
                        .or_default()
                        .entry(w.as_slice())
                        .or_default()
                        .push((d, i));
                }
            }
        }
        let mut own: Vec<(usize, usize)> = Vec::new();
        for wordings in buckets.values() {
            let wordings: Vec<(&[String], &Places)> =
                wordings.iter().map(|(w, p)| (*w, p)).collect();
            for (x, (w, places)) in wordings.iter().enumerate() {
                let repeated = places.len() >= 2
                    || wordings
                        .iter()
                        .enumerate()
                        .any(|(y, (v, _))| y != x && begins(w, v));
                if repeated {
                    own.extend(places.iter().copied());
                }
            }
        }
        for (d, i) in own {
            segments[d][i].1 = true;
        }
        // A segment most of whose words stand in other outlets' own
        // segments is one too ("- WXYZ News, Weather, Sports" printed
        // once).
        let mut vocabulary: FxHashSet<&str> = FxHashSet::default();
        for segs in &segments {
            for (w, own) in segs {
                if *own {
                    vocabulary.extend(w.iter().map(String::as_str));
                }
            }
        }
        let mut more: Vec<(usize, usize)> = Vec::new();
        for (d, segs) in segments.iter().enumerate() {
            for (i, (w, own)) in segs.iter().enumerate().skip(1) {
                let known = w.iter().filter(|x| vocabulary.contains(x.as_str())).count();
                if !own && !w.is_empty() && 2 * known >= w.len() {
                    more.push((d, i));
                }
            }
        }
        for (d, i) in more {
            segments[d][i].1 = true;
        }
        Outlets { segments }
    }

    /// The content words of an article's headline that are not its
    /// outlet's.
    fn headline_words(&self, d: usize) -> impl Iterator<Item = &String> + '_ {
        self.segments[d]
            .iter()
            .filter(|(_, own)| !own)
            .flat_map(|(w, _)| w)
            .filter(|w| {
                w.chars().count() >= 3
                    && !w.chars().any(|c| c.is_ascii_digit())
                    && !super::is_stopword(w)
            })
    }

    /// Whether an organisation named in article `d` is its outlet: the
    /// name of its web address, or the start of one of the outlet's
    /// headline segments ("WMC Action News" of "... - WMC Action News 5 -
    /// Memphis, Tennessee").
    fn is_outlet(&self, source: Option<&str>, d: usize, name: &str) -> bool {
        let name_words: Vec<String> = words(name).collect();
        if name_words.is_empty() {
            return false;
        }
        let site = source.map(site_name).unwrap_or_default();
        if !site.is_empty() && name_words.concat() == site {
            return true;
        }
        self.segments[d]
            .iter()
            .any(|(w, own)| *own && w.len() >= name_words.len() && w.starts_with(&name_words))
    }
}

/// The name in an outlet's web address: `ksla` of `www.ksla.com`,
/// `suntimes` of `chicago.suntimes.com`; a source that is not an address
/// gives its letters and digits in lower case.
fn site_name(source: &str) -> String {
    let host = source.trim().to_lowercase();
    let host = host.trim_start_matches("www.");
    let labels: Vec<&str> = host.split('.').collect();
    let label = if labels.len() >= 2 {
        labels[labels.len() - 2]
    } else {
        labels[0]
    };
    label.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn figure_categories(c: &str) -> bool {
    !matches!(c, "other" | "measure" | "duration" | "age")
}

/// The pairs of `candidates` that join a story of at most [`DAY_SMALL`]
/// articles (by `links`) to one other story: a small story that two such
/// pairs would join to two different larger stories joins neither (it
/// would join those stories to each other).
fn small_joins(
    n: usize,
    links: &BTreeMap<(u32, u32), f64>,
    candidates: Vec<((u32, u32), f64)>,
) -> Vec<((u32, u32), f64)> {
    let mut uf = UnionFind::new(n);
    for &(a, b) in links.keys() {
        uf.union(a, b);
    }
    let mut size: FxHashMap<u32, usize> = FxHashMap::default();
    for d in 0..n as u32 {
        *size.entry(uf.find(d)).or_insert(0) += 1;
    }
    // Each candidate as (small story, other story).
    let mut sides: Vec<Option<(u32, u32)>> = Vec::with_capacity(candidates.len());
    let mut targets: FxHashMap<u32, FxHashSet<u32>> = FxHashMap::default();
    for &((a, b), _) in &candidates {
        let (ra, rb) = (uf.find(a), uf.find(b));
        let (sa, sb) = (size[&ra], size[&rb]);
        let side = (ra != rb && sa.min(sb) <= DAY_SMALL).then_some(if sa <= sb {
            (ra, rb)
        } else {
            (rb, ra)
        });
        if let Some((small, other)) = side {
            targets.entry(small).or_default().insert(other);
        }
        sides.push(side);
    }
    candidates
        .into_iter()
        .zip(sides)
        .filter(|(_, side)| side.is_some_and(|(small, _)| targets[&small].len() == 1))
        .map(|(c, _)| c)
        .collect()
}

/// Pairs of articles `(a, b)`, `a < b`, that name the same past day (the
/// `dates` table's days, at most [`TRIAL_REACH`] times the named window
/// days before publication, none after) and the same place (a town, a
/// neighbourhood, a street, given by at most [`MAX_DF`] articles), and
/// whose headlines share a word given by at most [`DAY_WORD_DF`]
/// headlines, the earlier of them published within the window of that
/// day: the first report of a shooting ("Sunday night") and the
/// arrest weeks later ("the Aug. 19 shooting"), in one town, under its
/// name or the scene's in both headlines. A day and a town alone are not
/// enough (a city has several shootings a day), nor is a headline word
/// (a town's name heads every story told there).
fn day_place_pairs(
    corpus: &Corpus,
    doc_feats: &[Vec<u32>],
    df: &[u32],
    by_id: &[u64],
    places: &FxHashSet<u64>,
    headline: &FxHashSet<u64>,
    opts: &ReportOptions,
) -> Vec<(u32, u32)> {
    let window = opts.window_days as i32;
    let named_window = window.max(opts.named_window_days as i32);
    let reach = named_window.saturating_mul(TRIAL_REACH);
    let mut days: Vec<Vec<i32>> = vec![Vec::new(); doc_feats.len()];
    for &(d, day) in &corpus.days {
        let Some(pubd) = corpus.articles.get(d as usize).and_then(|a| a.published) else {
            continue;
        };
        if day <= pubd && pubd - day <= reach {
            if let Some(v) = days.get_mut(d as usize) {
                v.push(day);
            }
        }
    }
    let mut scenes: FxHashMap<(i32, u32), Vec<u32>> = FxHashMap::default();
    for (d, v) in days.iter_mut().enumerate() {
        if v.is_empty() {
            continue;
        }
        v.sort_unstable();
        v.dedup();
        for &f in &doc_feats[d] {
            let (h, n) = (by_id[f as usize], df[f as usize]);
            if (2..=MAX_DF as u32).contains(&n) && places.contains(&h) {
                for &day in v.iter() {
                    scenes.entry((day, f)).or_default().push(d as u32);
                }
            }
        }
    }
    let rare_word = |f: u32| df[f as usize] <= DAY_WORD_DF && headline.contains(&by_id[f as usize]);
    let mut pairs: FxHashSet<(u32, u32)> = FxHashSet::default();
    for (&(day, _), docs) in &scenes {
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                let key = (a.min(b), a.max(b));
                if pairs.contains(&key) {
                    continue;
                }
                // The earlier of the two reports the day as news.
                let first = [a, b]
                    .iter()
                    .filter_map(|&d| corpus.articles[d as usize].published)
                    .min();
                if first.is_none_or(|p| p - day > window) {
                    continue;
                }
                let (fa, fb) = (&doc_feats[a as usize], &doc_feats[b as usize]);
                if fa
                    .iter()
                    .any(|&f| rare_word(f) && fb.binary_search(&f).is_ok())
                {
                    pairs.insert(key);
                }
            }
        }
    }
    let mut out: Vec<(u32, u32)> = pairs.into_iter().collect();
    out.sort_unstable();
    out
}

/// Finds stories and reprints.
pub fn find(corpus: &Corpus, groups: &SentenceGroups, opts: &ReportOptions) -> Stories {
    let n = corpus.articles.len();
    // Features per article as hashes (kind byte + text), with a readable
    // name for entity features (labels).
    let feature = |kind: u8, text: &[u8]| -> u64 { mix64(fnv1a(text) ^ kind as u64) };
    let mut feats: Vec<Vec<u64>> = vec![Vec::new(); n];
    let mut names: FxHashMap<u64, &str> = FxHashMap::default();
    // Full names of people (two words or more): the features that may
    // link articles further apart than the window.
    let mut people: rustc_hash::FxHashSet<u64> = Default::default();
    // Officials (a police spokesman, the mayor, the coroner) are named in
    // every story of their beat: their names do not reach further.
    let mut officials: rustc_hash::FxHashSet<u64> = Default::default();
    // Streets (the scene of one shooting) and organisations.
    let mut streets: FxHashSet<u64> = FxHashSet::default();
    let mut orgs: FxHashSet<u64> = FxHashSet::default();
    // Places (towns, neighbourhoods, streets): with a day and a headline
    // word, the scene of one event (see [`DAY_WORD_DF`]).
    let mut places: FxHashSet<u64> = FxHashSet::default();
    // The words of the people's names of each article: in its headline
    // they are a name's, not the event's.
    let mut name_words: FxHashSet<(u32, u64)> = FxHashSet::default();
    let outlets = Outlets::new(&corpus.articles);
    // Each article's streets by name without their kind ("lappin" of
    // "Lappin Street"), with the street's feature.
    let mut street_names: Vec<(u32, u64, String)> = Vec::new();
    // How often each article names each person (a full name and the
    // surname after it).
    let mut person_mentions: FxHashMap<(u32, u64), u32> = FxHashMap::default();
    // An entity's feature (and its street's key), None for the names
    // that tell no event.
    let entity_key = |e: &super::EntityRow| -> Option<(u64, Option<String>, bool)> {
        if !matches!(&*e.kind, "PERSON" | "ORG" | "PLACE") {
            return None;
        }
        let source = corpus.articles[e.doc as usize].source.as_deref();
        if &*e.kind == "ORG" && outlets.is_outlet(source, e.doc as usize, &e.canonical) {
            return None;
        }
        // A newspaper an article cites ("according to the Chicago
        // Sun-Times") is cited by stories of every kind in its city.
        if &*e.kind == "ORG" && crate::extract::entities::lexicon::is_press_name(&e.canonical) {
            return None;
        }
        // A state is no event's scene and is named in station
        // datelines and addresses ("Louisville, KY"), story after story.
        if &*e.kind == "PLACE" && crate::extract::entities::lexicon::is_us_state(&e.canonical) {
            return None;
        }
        let street = match &*e.kind {
            "PLACE" => street_key(&e.canonical),
            _ => None,
        };
        // A side of a city ("North Lawndale", "West Side") is the scene
        // of many of its events, week after week; a street is not
        // ("South Church Street"). (Unless hardly any text names it: see
        // below.)
        let side = &*e.kind == "PLACE"
            && street.is_none()
            && crate::extract::entities::lexicon::compass_led(&e.canonical);
        let key = match &street {
            Some(k) => feature(b't', k.as_bytes()),
            None => feature(b'e', name_key(&e.kind, &e.canonical).as_bytes()),
        };
        Some((key, street, side))
    };
    // The texts' names, and how many articles give each.
    let text_keys: Vec<_> = corpus.entities.iter().map(entity_key).collect();
    let mut text_df: FxHashMap<u64, u32> = FxHashMap::default();
    let mut seen: FxHashSet<(u32, u64)> = FxHashSet::default();
    for (e, k) in corpus.entities.iter().zip(&text_keys) {
        if let Some((key, _, _)) = k {
            if seen.insert((e.doc, *key)) {
                *text_df.entry(*key).or_default() += 1;
            }
        }
    }
    // The headline's names with the text's, for a page whose text is not
    // the article (a sign-up form, a video playlist): it names its town,
    // its victim or its scene there alone. Only the names hardly any
    // text gives (see [`FEW_PLACE_DF`]): a city's ("Brackton") or a
    // county's would join the page to every story told there. (And of
    // the headline, only the words that are not its outlet's: "- WXYZ
    // News 7 Marlow" names the station's city under every story.)
    let in_headline = |d: u32, name: &str| {
        let own: FxHashSet<&String> = outlets.headline_words(d as usize).collect();
        content_words(name).all(|w| own.contains(&w))
    };
    let headline_entities = corpus.headline_entities.iter().filter_map(|e| {
        if !corpus.articles[e.doc as usize].off_topic || !in_headline(e.doc, &e.canonical) {
            return None;
        }
        let k = entity_key(e)?;
        (text_df.get(&k.0).copied().unwrap_or(0) <= FEW_PLACE_DF).then_some((e, Some(k)))
    });
    for (e, k) in corpus
        .entities
        .iter()
        .zip(text_keys)
        .chain(headline_entities)
    {
        let Some((key, street, side)) = k else {
            continue;
        };
        // A side of a city hardly any text names ("East Tamsford" in a
        // corpus of another city's news) is a neighbourhood's name.
        if side && text_df.get(&key).copied().unwrap_or(0) > FEW_PLACE_DF {
            continue;
        }
        names.entry(key).or_insert(e.canonical.as_str());
        feats[e.doc as usize].push(key);
        if let Some((name, _kind)) = street.as_deref().and_then(|k| k.rsplit_once(' ')) {
            street_names.push((e.doc, key, name.to_string()));
        } else if &*e.kind == "PLACE" && !side {
            // A street without its kind ("the 15000 block of Lappet") is
            // one of the names a street goes by; a town's name is too, and
            // meets a street only in another town.
            street_names.push((
                e.doc,
                key,
                words(&e.canonical).collect::<Vec<_>>().join(" "),
            ));
        }
        if &*e.kind == "PLACE" {
            places.insert(key);
        }
        if street.is_some() {
            streets.insert(key);
        } else if &*e.kind == "ORG" {
            orgs.insert(key);
        }
        if &*e.kind == "PERSON" && e.canonical.split_whitespace().count() >= 2 {
            people.insert(key);
            *person_mentions.entry((e.doc, key)).or_default() += 1;
            for w in words(&e.canonical) {
                name_words.insert((e.doc, feature(b'w', w.as_bytes())));
            }
            // A title taken for a name ("Parish Sheriff", "Coroner
            // Fowler") is an official's too.
            if e.role.as_deref().is_some_and(official) || official(&e.canonical) {
                officials.insert(key);
            }
        }
    }
    let persons = people.clone();
    people.retain(|k| !officials.contains(k));
    // Figures: two articles that share only figures ("five wounded")
    // are two shootings, not one.
    let mut figures: FxHashSet<u64> = FxHashSet::default();
    let mut precise: FxHashSet<u64> = FxHashSet::default();
    let mut more_precise: FxHashSet<u64> = FxHashSet::default();
    for (i, c) in corpus.claims.iter().enumerate() {
        // A count of one no numeral gives ("a man was killed"), and its
        // sentence, are in too many stories to tell one from another.
        if super::implied(c) {
            continue;
        }
        if let (Some(cat), Some(v)) = (&c.category, c.value) {
            if figure_categories(cat) && c.ordinal.is_none() {
                let key = feature(b'f', cat.as_bytes()) ^ mix64(v.to_bits());
                figures.insert(key);
                let digits = significant_digits(v);
                if digits >= PRECISE_DIGITS {
                    precise.insert(key);
                }
                if digits > PRECISE_DIGITS {
                    more_precise.insert(key);
                }
                feats[c.doc as usize].push(key);
            }
        }
        let g = groups.group_of_claim(i);
        feats[c.doc as usize].push(feature(b's', &g.to_le_bytes()));
    }
    // Headline words: alone, only the rare ones tell one event from
    // another.
    let mut headline: FxHashSet<u64> = FxHashSet::default();
    for (d, f) in feats.iter_mut().enumerate() {
        for w in outlets.headline_words(d) {
            let key = feature(b'w', w.as_bytes());
            headline.insert(key);
            f.push(key);
        }
    }
    // Intern features; document frequency.
    let mut ids: FxHashMap<u64, u32> = FxHashMap::default();
    let mut by_id: Vec<u64> = Vec::new();
    let mut doc_feats: Vec<Vec<u32>> = Vec::with_capacity(n);
    for f in feats {
        let mut v: Vec<u32> = f
            .into_iter()
            .map(|h| {
                *ids.entry(h).or_insert_with(|| {
                    by_id.push(h);
                    (by_id.len() - 1) as u32
                })
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        doc_feats.push(v);
    }
    let mut df = vec![0u32; ids.len()];
    for v in &doc_feats {
        for &f in v {
            df[f as usize] += 1;
        }
    }
    // An official's name weighs nothing in likeness: the police chief,
    // the mayor, the Senate's leaders are named in every story of their
    // beat, and two reports that share them tell two stories as often as
    // one (a political saga's weeks of events).
    let weight: Vec<f64> = df
        .iter()
        .enumerate()
        .map(|(f, &d)| {
            if officials.contains(&by_id[f]) {
                0.0
            } else {
                ((n as f64 + 1.0) / d as f64).ln()
            }
        })
        .collect();
    // Features of one article alone cannot link it to anything: they are
    // left out of its total, so that a long article is not penalised.
    let total: Vec<f64> = doc_feats
        .iter()
        .map(|v| {
            v.iter()
                .filter(|&&f| df[f as usize] > 1)
                .map(|&f| weight[f as usize])
                .sum()
        })
        .collect();

    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
    for (d, v) in doc_feats.iter().enumerate() {
        for &f in v {
            if (2..=MAX_DF as u32).contains(&df[f as usize]) {
                postings[f as usize].push(d as u32);
            }
        }
    }
    // Pairs within the window only: each posting list is sorted by day
    // (undated articles first, paired with everything), so the scan of
    // later articles stops at the end of the window.
    let window = opts.window_days as i32;
    // A person's full name shared by few articles reaches further: the
    // arrest, the trial and the sentencing of one shooting are reported
    // weeks and months apart, under the names of the victim and the
    // accused.
    let named_window = window.max(opts.named_window_days as i32);
    let day = |d: u32| corpus.articles[d as usize].published;
    let mut shared: FxHashMap<(u32, u32), Shared> = FxHashMap::default();
    let mut far: rustc_hash::FxHashSet<(u32, u32)> = Default::default();
    for (f, docs) in postings.iter_mut().enumerate() {
        docs.sort_by_key(|&d| (day(d).unwrap_or(i32::MIN), d));
        let h = by_id[f];
        let rare_name = people.contains(&h) && df[f] <= RARE_NAME_DF;
        let rare_person = persons.contains(&h) && df[f] <= RARE_NAME_DF;
        let rare_street = streets.contains(&h) && df[f] <= RARE_NAME_DF;
        // An organisation few articles name: a bar, a club, a school, a
        // company, the scene of one event. (A town or a county is not:
        // it is the beat of every story told there.)
        let rare_other = orgs.contains(&h) && !people.contains(&h) && df[f] <= RARE_NAME_DF;
        let rare_word = headline.contains(&h) && df[f] <= FAR_WORD_DF;
        let few_place = places.contains(&h) && !streets.contains(&h) && df[f] <= FEW_PLACE_DF;
        let precise_figure = precise.contains(&h) && df[f] <= PRECISE_DF;
        let reach = if rare_name {
            named_window.saturating_mul(TRIAL_REACH)
        } else if rare_person || rare_street || rare_other || rare_word {
            named_window
        } else {
            window
        };
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                let key = (a.min(b), a.max(b));
                if let (Some(pa), Some(pb)) = (day(a), day(b)) {
                    if pb - pa > reach {
                        break;
                    }
                    // Beyond the window a name both articles give only
                    // in passing, once each, may be background: "weeks
                    // after the deaths of Alton Sterling and Philando
                    // Castile" in the reports of two shootings three
                    // weeks apart (see `Shared::background`).
                    let passing = |d: u32| person_mentions.get(&(d, h)).is_none_or(|&n| n < 2);
                    if pb - pa > window && rare_name && passing(a) && passing(b) {
                        shared.entry(key).or_default().background += 1;
                    }
                    if pb - pa > window {
                        if rare_name {
                            far.insert(key);
                        } else {
                            // Beyond the window a street or an
                            // organisation only confirms a name; it
                            // weighs nothing.
                            let e = shared.entry(key).or_default();
                            e.rare_streets += rare_street as u32;
                            e.rare_others += rare_other as u32;
                            e.rare_persons += rare_person as u32;
                            let own = |d: u32| name_words.contains(&(d, h));
                            e.far_words += (rare_word && !own(a) && !own(b)) as u32;
                            continue;
                        }
                    }
                }
                let e = shared.entry(key).or_default();
                e.weight += weight[f];
                e.count += 1;
                if !figures.contains(&h) {
                    e.words += weight[f];
                    e.telling |= !headline.contains(&h) || df[f] <= RARE_WORD_DF;
                    e.rare_telling |= df[f] <= SAME_OUTLET_DF;
                }
                e.rare_names += rare_name as u32;
                e.rare_persons += rare_person as u32;
                e.rare_streets += rare_street as u32;
                e.rare_others += rare_other as u32;
                e.few_places += (few_place && within_days(day(a), day(b), FEW_PLACE_DAYS)) as u32;
                e.precise += precise_figure as u32;
                e.more_precise += (precise_figure && more_precise.contains(&h)) as u32;
            }
        }
    }
    // One street under two kinds ("Lappet Street", "Lappet Avenue", or
    // none: "the 15000 block of Lappet"), within the window, in one town
    // both articles name: a reporter's
    // slip or a corner of two streets of one name. It is the scene as
    // a street of one spelling is (see `rare_streets`).
    let mut by_street_name: BTreeMap<&str, Vec<(u32, u64)>> = BTreeMap::new();
    for (d, key, name) in &street_names {
        by_street_name
            .entry(name.as_str())
            .or_default()
            .push((*d, *key));
    }
    let town =
        |f: u32| places.contains(&by_id[f as usize]) && !streets.contains(&by_id[f as usize]);
    for mentions in by_street_name.values_mut() {
        mentions.sort_unstable();
        mentions.dedup();
        let mut docs: Vec<u32> = mentions.iter().map(|&(d, _)| d).collect();
        docs.dedup();
        if docs.len() < 2 || docs.len() > RARE_NAME_DF as usize {
            continue;
        }
        let kinds = |d: u32| -> Vec<u64> {
            mentions
                .iter()
                .filter(|&&(x, _)| x == d)
                .map(|&(_, k)| k)
                .collect()
        };
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                let (ka, kb) = (kinds(a), kinds(b));
                if ka.iter().any(|k| kb.contains(k)) || !within_days(day(a), day(b), window) {
                    continue;
                }
                let (fa, fb) = (&doc_feats[a as usize], &doc_feats[b as usize]);
                if fa.iter().any(|&f| town(f) && fb.binary_search(&f).is_ok()) {
                    let e = shared.entry((a, b)).or_default();
                    e.rare_streets += 1;
                    e.count += 1;
                }
            }
        }
    }
    // Pairs that name one past day and one place, and share a headline
    // word few headlines give, with their similarity.
    let dated: Vec<((u32, u32), f64)> =
        day_place_pairs(corpus, &doc_feats, &df, &by_id, &places, &headline, opts)
            .into_iter()
            .map(|(a, b)| {
                let denom = total[a as usize].min(total[b as usize]);
                let sim = match shared.get(&(a, b)) {
                    Some(s) if denom > 0.0 => (s.weight / denom).min(1.0),
                    _ => 0.0,
                };
                ((a, b), sim)
            })
            .collect();
    let mut links = BTreeMap::new();
    // Each article's nearest article below the threshold, with the
    // similarity.
    let mut loner: Vec<Option<(u32, f64)>> = vec![None; n];
    for ((a, b), pair) in shared {
        let Shared {
            weight: w,
            count,
            words,
            rare_names,
            rare_persons,
            rare_streets,
            rare_others,
            few_places,
            far_words,
            precise,
            more_precise,
            telling,
            rare_telling,
            background,
        } = pair;
        let source = |d: u32| corpus.articles[d as usize].source.as_deref();
        // Two outlets of two networks: the sites of one network
        // ("chicago.cbslocal.com", "dfw.cbslocal.com") print the same
        // promotions under every story, with names and places in them.
        let two_networks = |a: u32, b: u32| {
            let site = |d: u32| source(d).map(site_name);
            site(a).is_none() || site(a) != site(b)
        };
        // The scene named again: a street few articles name, in a town
        // both name that is no country's or big city's beat (at most
        // `MAX_DF` articles), in two networks' reports of the next week
        // or two (the follow-up naming the block where it happened).
        let scene = rare_streets >= 1
            && within_days(day(a), day(b), window.saturating_mul(STREET_WINDOWS))
            && two_networks(a, b)
            && {
                let (fa, fb) = (&doc_feats[a as usize], &doc_feats[b as usize]);
                fa.iter().any(|&f| {
                    town(f) && df[f as usize] <= MAX_DF as u32 && fb.binary_search(&f).is_ok()
                })
            };
        // Beyond the window only the pairs a shared name or the scene
        // proposed count, and only by what they share within the reach.
        if let (Some(pa), Some(pb)) = (day(a), day(b)) {
            if (pa - pb).abs() > window && !far.contains(&(a, b)) && !scene {
                continue;
            }
            // Beyond the named window, only names of two outlets count.
            if (pa - pb).abs() > named_window && (rare_names < FAR_NAMES || source(a) == source(b))
            {
                continue;
            }
        }
        let denom = total[a as usize].min(total[b as usize]);
        if denom <= 0.0
            || count.max(rare_persons)
                + rare_streets
                + rare_others
                + few_places
                + far_words
                + u32::from(scene)
                < 2
        {
            continue;
        }
        let sim = (w / denom).min(1.0);
        // Articles weeks apart that share two people's full names (the
        // victim and the accused, at the arrest and at the trial) tell
        // one story, however much else each says, if what they share
        // besides figures makes half the threshold. One such name and the
        // street where it happened tell it too, whatever else each says;
        // so do one such name and the organisation where it happened (a
        // bar, a school), or a headline word few headlines give and no
        // word of a name ("Bunny Friend shooting", "Crab Fest shooting"),
        // in two outlets (one outlet's articles share its reporters'
        // bylines and its own names). Within the window, one
        // such name and anything else will do, in two outlets; so does a
        // street few articles name.
        let beyond = far.contains(&(a, b)) || (scene && !within_days(day(a), day(b), window));
        let confirmed = beyond
            && (scene
                || rare_names >= 1
                    && (rare_persons >= MANY_NAMES
                        || rare_streets >= 1
                        || ((rare_others >= 1 && background < rare_names || far_words >= 1)
                            && source(a) != source(b))));
        // (Names alone, beyond the window, only when one of them is not
        // background: see `Shared::background`.)
        let named = if beyond {
            rare_names >= FAR_NAMES && background < rare_names || confirmed
        } else {
            (rare_names >= 1 && source(a) != source(b))
                || rare_streets >= 1
                || (few_places >= 1 && source(a) != source(b))
                || (precise >= PRECISE_SHARED
                    && more_precise >= 1
                    && day(a).is_some()
                    && day(b).is_some())
        };
        let few_words = words / denom < opts.story_threshold * WORDS_SHARE;
        // Common headline words and figures alone ("hunting accident",
        // "victims identified", "five shot") are not one story.
        if (few_words && (!named || (beyond && !confirmed))) || (!named && !telling) {
            continue;
        }
        // Two pages of one outlet share its beat: only something few
        // articles give tells one event. So do the sites of one network
        // ("chicago.cbslocal.com", "dfw.cbslocal.com"), which print the
        // same promotions and credits under every story.
        if !named && !rare_telling && source(a).is_some() && !two_networks(a, b) {
            continue;
        }
        if sim >= opts.story_threshold || named {
            links.insert((a, b), sim);
        } else if sim >= opts.story_threshold * LONER && within_days(day(a), day(b), LONER_DAYS) {
            for (d, other) in [(a, b), (b, a)] {
                let slot = &mut loner[d as usize];
                // The nearest; of two as near, the first in table order.
                if slot.is_none_or(|(o, s)| sim > s || (sim == s && other < o)) {
                    *slot = Some((other, sim));
                }
            }
        }
    }

    for (pair, sim) in small_joins(n, &links, dated) {
        links.entry(pair).or_insert(sim);
    }
    let mut uf = UnionFind::new(n);
    for &(a, b) in links.keys() {
        uf.union(a, b);
    }
    attach_loners(&mut uf, &links, &loner);
    let mut number: FxHashMap<u32, u32> = FxHashMap::default();
    let story_of: Vec<u32> = (0..n as u32)
        .map(|d| {
            let r = uf.find(d);
            let next = number.len() as u32;
            *number.entry(r).or_insert(next)
        })
        .collect();

    // Labels: the entity names shared by most articles of each story.
    let mut counts: Vec<FxHashMap<u32, u32>> = vec![FxHashMap::default(); number.len()];
    for (d, v) in doc_feats.iter().enumerate() {
        for &f in v {
            if names.contains_key(&by_id[f as usize]) {
                *counts[story_of[d] as usize].entry(f).or_insert(0) += 1;
            }
        }
    }
    let labels = counts
        .into_iter()
        .map(|m| {
            let mut v: Vec<(u32, &str)> = m
                .into_iter()
                .map(|(f, c)| (c, names[&by_id[f as usize]]))
                .collect();
            v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            v.iter()
                .take(3)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();

    let reprints = reprints(corpus, groups);
    Stories {
        links,
        story_of,
        labels,
        reprints,
    }
}

/// A wire dateline at the start of a sentence: `PORT ELLIS, March 9
/// (Meridian Wire) - ` or `NEW YORK (AP) — `. A sentence that carries one
/// in several articles is the agency's copy, reprinted.
static WIRE_DATELINE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\s*[A-Z][A-Z .'-]{1,40}(?:,[^()\n]{0,30})?\s*\([^()\n]{1,40}\)\s*[-–—]")
        .ok()
});

/// Whether `sentence` starts with a wire dateline.
pub fn has_wire_dateline(sentence: &str) -> bool {
    WIRE_DATELINE
        .as_ref()
        .is_some_and(|re| re.is_match(sentence))
}

/// Reprint pairs: articles that share a sentence under a wire dateline,
/// or whose sets of repeated claim sentences have a Jaccard similarity of
/// at least 0.5. Returned as adjacency lists.
fn reprints(corpus: &Corpus, groups: &SentenceGroups) -> FxHashMap<u32, Vec<u32>> {
    let n = corpus.articles.len();
    let mut doc_groups: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (u, unit) in groups.units.iter().enumerate() {
        doc_groups[unit.doc as usize].push(groups.group_of_unit[u]);
    }
    let mut postings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (d, g) in doc_groups.iter_mut().enumerate() {
        g.sort_unstable();
        g.dedup();
        for &x in g.iter() {
            postings.entry(x).or_default().push(d as u32);
        }
    }
    let mut wire_groups: FxHashSet<u32> = FxHashSet::default();
    for (u, unit) in groups.units.iter().enumerate() {
        if has_wire_dateline(&corpus.claims[unit.claim as usize].sentence) {
            wire_groups.insert(groups.group_of_unit[u]);
        }
    }
    let mut pairs: std::collections::BTreeSet<(u32, u32)> = std::collections::BTreeSet::new();
    let mut shared: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    for (g, docs) in &postings {
        if docs.len() < 2 || docs.len() > MAX_DF * 10 {
            continue;
        }
        let wire = wire_groups.contains(g);
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                *shared.entry((a, b)).or_insert(0) += 1;
                if wire {
                    pairs.insert((a, b));
                }
            }
        }
    }
    for ((a, b), both) in shared {
        let union = doc_groups[a as usize].len() + doc_groups[b as usize].len() - both as usize;
        if both as f64 / union as f64 >= 0.5 {
            pairs.insert((a, b));
        }
    }
    let mut adj: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (a, b) in pairs {
        adj.entry(a).or_default().push(b);
        adj.entry(b).or_default().push(a);
    }
    adj
}

impl Stories {
    /// How many independent sources a set of articles amounts to:
    /// articles of one outlet count once, and so do reprints of one
    /// another (directly, within the set: two papers that each reprinted
    /// a different wire story are not thereby one source).
    pub fn independent_count(&self, corpus: &Corpus, docs: &[u32]) -> usize {
        let index: FxHashMap<u32, u32> = docs
            .iter()
            .enumerate()
            .map(|(i, &d)| (d, i as u32))
            .collect();
        let mut uf = UnionFind::new(docs.len());
        let mut by_source: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, &d) in docs.iter().enumerate() {
            if let Some(s) = &corpus.articles[d as usize].source {
                let first = *by_source.entry(s.as_str()).or_insert(i as u32);
                uf.union(first, i as u32);
            }
            for o in self.reprints.get(&d).into_iter().flatten() {
                if let Some(&j) = index.get(o) {
                    uf.union(i as u32, j);
                }
            }
        }
        let mut roots: Vec<u32> = (0..docs.len() as u32).map(|i| uf.find(i)).collect();
        roots.sort_unstable();
        roots.dedup();
        roots.len()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_side_of_a_city_is_no_linking_place() {
        use crate::extract::entities::lexicon::compass_led;
        assert!(compass_led("North Lawndale") && compass_led("West Side"));
        assert!(!compass_led("Lawndale") && !compass_led("North") && !compass_led("Westfield"));
    }

    use super::*;

    #[test]
    fn significant_digits_of_figures() {
        let cases = [
            (112_000.0, 3),
            (54.2, 3),
            (8_500.0, 2),
            (1.51e9, 3),
            (4.4, 2),
            (100.0, 1),
            (0.05, 1),
            (48_310.0, 4),
            (0.0, 0),
        ];
        for (v, want) in cases {
            assert_eq!(significant_digits(v), want, "{v}");
        }
    }

    #[test]
    fn loners_join_their_nearest_story() {
        // 0-1 linked; 2 alone, nearest to 1; 3 linked to 4, nearest (below
        // the threshold) to 0; 5 alone with no neighbour.
        let links = BTreeMap::from([((0, 1), 0.6), ((3, 4), 0.5)]);
        let nearest = [None, None, Some((1, 0.25)), Some((0, 0.28)), None, None];
        let mut uf = UnionFind::new(6);
        for &(a, b) in links.keys() {
            uf.union(a, b);
        }
        attach_loners(&mut uf, &links, &nearest);
        assert_eq!(uf.find(2), uf.find(0), "the loner joins");
        assert_ne!(uf.find(3), uf.find(0), "a linked article stays");
        assert_ne!(uf.find(5), uf.find(0));
        assert_ne!(uf.find(5), uf.find(3));
    }

    #[test]
    fn a_day_and_a_place_join_only_a_small_story() {
        // Stories {0,1,2} and {3,4,5} (three articles each), {6} and {7}
        // alone, {8} alone.
        let links = BTreeMap::from([((0, 1), 0.5), ((1, 2), 0.5), ((3, 4), 0.5), ((4, 5), 0.5)]);
        let joins = |c: Vec<((u32, u32), f64)>| -> Vec<(u32, u32)> {
            small_joins(9, &links, c)
                .into_iter()
                .map(|(p, _)| p)
                .collect()
        };
        // A lone report joins a story; two lone reports join each other.
        assert_eq!(joins(vec![((2, 6), 0.1)]), [(2, 6)]);
        assert_eq!(joins(vec![((6, 7), 0.0)]), [(6, 7)]);
        // Two stories told at length stay apart.
        assert!(joins(vec![((2, 3), 0.1)]).is_empty());
        // A lone report like both does not join them to each other.
        assert!(joins(vec![((0, 8), 0.1), ((5, 8), 0.1)]).is_empty());
        // Like two reports of one story, it joins it.
        assert_eq!(joins(vec![((0, 8), 0.1), ((2, 8), 0.1)]), [(0, 8), (2, 8)]);
    }

    #[test]
    fn officials_do_not_reach_far() {
        for r in [
            "Sgt.",
            "Police Chief",
            "spokesman",
            "Mayor",
            "Det.",
            "Mexican finance minister",
            "economist at a bank",
            "chief executive",
            "community activist",
            "anti-violence advocate",
            "Rev.",
            "pastor of a church on the block",
            "Senate Majority Leader",
            "House Speaker",
        ] {
            assert!(official(r), "{r}");
        }
        for r in ["neighbor", "wife", "son", "uncle"] {
            assert!(!official(r), "{r}");
        }
    }

    #[test]
    fn one_person_under_several_spellings_is_one_name() {
        let key = |n: &str| name_key("PERSON", n);
        assert_eq!(key("John Henry Burnsworth III"), key("John Burnsworth"));
        assert_eq!(key("Richard J. McCague"), key("Richard McCague"));
        assert_eq!(key("Leah Smith-Gustafson"), key("Leah Smith Gustafson"));
        assert_eq!(key("Norris Greenhouse Jr."), key("Norris Greenhouse"));
        assert_ne!(key("Leah Smith"), key("Leah Gustafson"));
        // Other names keep every word.
        assert_eq!(
            name_key("ORG", "Bank of New England"),
            "bank of new england"
        );
    }

    #[test]
    fn a_town_with_and_without_its_kind_is_one_place() {
        let key = |n: &str| name_key("PLACE", n);
        assert_eq!(key("Elm Grove Township"), key("Elm Grove"));
        assert_eq!(key("Harlan Borough"), key("Harlan"));
        assert_eq!(key("Oak Park Village"), "oak park");
        // A county, a city and a township alone keep every word.
        assert_ne!(key("Harlan County"), key("Harlan"));
        assert_eq!(key("Kansas City"), "kansas city");
        assert_eq!(key("Township"), "township");
    }

    #[test]
    fn a_street_is_one_key_under_several_spellings() {
        let hudson = street_key("Hudson Street");
        assert!(hudson.is_some());
        for s in ["E. Hudson St.", "East Hudson Street", "Hudson St"] {
            assert_eq!(street_key(s), hudson, "{s}");
        }
        assert_eq!(
            street_key("N Lamar Blvd").as_deref(),
            Some("lamar boulevard")
        );
        assert_ne!(street_key("Hudson Avenue"), hudson);
        // A street that is only a point of the compass keeps it.
        assert_eq!(street_key("West Street").as_deref(), Some("west street"));
        // Not streets: a side of a city, a town, a lane (a surname as
        // often).
        for s in ["North Lawndale", "Eastfield", "Tamarack Lane", "Street"] {
            assert_eq!(street_key(s), None, "{s}");
        }
    }

    fn article(source: &str, title: &str) -> crate::analyse::Article {
        crate::analyse::Article {
            source: Some(source.into()),
            title: Some(title.into()),
            ..Default::default()
        }
    }

    #[test]
    fn an_outlets_headline_suffix_and_name_are_not_features() {
        let outlets = Outlets::new(&[
            article(
                "www.wxyz.com",
                "Boy hurt on Alder Road - WXYZ News 9 Marlow, Ohio News Weather & Sports",
            ),
            // The same suffix, cut short.
            article("www.wxyz.com", "Fire at mill | WXYZ News 9 Marlow, Oh"),
            // Printed once, but in other outlets' words.
            article(
                "kqrs.com",
                "Crash on Route 9 - KQRS Marlow News, Weather, Sports",
            ),
            article("kqrs.com", "Council votes on budget"),
        ]);
        let words =
            |d: usize| -> Vec<&str> { outlets.headline_words(d).map(String::as_str).collect() };
        assert_eq!(words(0), ["boy", "hurt", "alder", "road"]);
        assert_eq!(words(1), ["fire", "mill"]);
        assert_eq!(words(2), ["crash", "route"]);
        assert_eq!(words(3), ["council", "votes", "budget"]);
        assert!(outlets.is_outlet(Some("www.wxyz.com"), 0, "WXYZ"));
        assert!(outlets.is_outlet(Some("www.wxyz.com"), 1, "WXYZ News"));
        assert!(outlets.is_outlet(Some("kqrs.com"), 3, "KQRS"));
        assert!(!outlets.is_outlet(Some("www.wxyz.com"), 0, "Marlow Police"));
        assert!(!outlets.is_outlet(Some("kqrs.com"), 3, "WXYZ"));
    }

    #[test]
    fn a_headline_without_its_outlets_words_keeps_every_part() {
        // Two outlets, one headline each with a dash: nothing repeats.
        let outlets = Outlets::new(&[
            article("ledger.com", "Mayor quits - and the council is split"),
            article("courier.com", "Storm closes schools - more rain due"),
        ]);
        let words: Vec<&str> = outlets.headline_words(0).map(String::as_str).collect();
        assert_eq!(words, ["mayor", "quits", "council", "split"]);
    }

    /// An article of a test corpus: `(outlet, day, [(kind, name)])`.
    type Doc<'a> = (&'a str, i32, &'a [(&'a str, &'a str)]);

    /// An article whose names carry their roles: `(outlet, day, [(kind,
    /// name, role)])`.
    type RoleDoc<'a> = (&'a str, i32, Vec<(&'a str, &'a str, Option<&'a str>)>);

    /// A corpus of articles, and its stories.
    fn stories_of(docs: &[Doc<'_>]) -> Vec<u32> {
        let with_roles: Vec<RoleDoc<'_>> = docs
            .iter()
            .map(|&(source, day, ents)| {
                (
                    source,
                    day,
                    ents.iter().map(|&(k, n)| (k, n, None)).collect(),
                )
            })
            .collect();
        stories_with_roles(&with_roles)
    }

    /// The same, each name with its role.
    fn stories_with_roles(docs: &[RoleDoc<'_>]) -> Vec<u32> {
        let mut corpus = Corpus::default();
        for (d, (source, day, ents)) in docs.iter().enumerate() {
            corpus.articles.push(crate::analyse::Article {
                doc_id: format!("d{d}"),
                source: Some(source.to_string()),
                published: Some(*day),
                ..Default::default()
            });
            for &(kind, name, role) in ents {
                corpus.entities.push(crate::analyse::EntityRow {
                    doc: d as u32,
                    kind: kind.into(),
                    canonical: name.to_string(),
                    role: role.map(Into::into),
                });
            }
        }
        let opts = ReportOptions::default();
        let groups = crate::analyse::repeated::group_sentences(&corpus, &opts);
        find(&corpus, &groups, &opts).story_of
    }

    /// The stories of articles `(outlet, day, places)`, each of which
    /// also names five places of its own that a page years later names
    /// too: those weigh in each article's total, so that the places are
    /// all two articles share, too little to link them by likeness.
    fn stories_by_place(articles: &[(&str, i32, &[&str])]) -> Vec<u32> {
        let names: Vec<[String; 5]> = (0..articles.len())
            .map(|d| std::array::from_fn(|i| format!("Filler{d}x{i}")))
            .collect();
        let ents: Vec<Vec<(&str, &str)>> = articles
            .iter()
            .zip(&names)
            .map(|(&(_, _, places), own)| {
                let mut v: Vec<(&str, &str)> = places.iter().map(|p| ("PLACE", *p)).collect();
                v.extend(own.iter().map(|n| ("PLACE", n.as_str())));
                v
            })
            .collect();
        let fillers: Vec<Vec<(&str, &str)>> = names
            .iter()
            .map(|n| n.iter().map(|x| ("PLACE", x.as_str())).collect())
            .collect();
        let mut docs: Vec<Doc<'_>> = articles
            .iter()
            .zip(&ents)
            .map(|(&(s, day, _), e)| (s, day, e.as_slice()))
            .collect();
        docs.extend(fillers.iter().map(|e| ("archive.org", 5000, e.as_slice())));
        stories_of(&docs)
    }

    #[test]
    fn officials_names_weigh_nothing_in_likeness() {
        // Two pairs of reports a day apart, each report with three names
        // of its own that a page years later gives too; the first pair
        // shares two officials, the second two people of its own story.
        let officials = [
            ("PERSON", "Ada Quenby", Some("Senate Majority Leader")),
            ("PERSON", "Bram Tolliver", Some("House Speaker")),
        ];
        let people = [
            ("PERSON", "Cora Vintner", None),
            ("PERSON", "Dell Arkwright", None),
        ];
        let mut docs: Vec<RoleDoc<'_>> = Vec::new();
        let own: Vec<[String; 3]> = (0..4)
            .map(|d| std::array::from_fn(|i| format!("Filler{d}x{i}")))
            .collect();
        let reports = [
            ("ledger.com", 100, &officials),
            ("wkrp.com", 101, &officials),
            ("ledger.com", 120, &people),
            ("wkrp.com", 121, &people),
        ];
        for ((source, day, names), own) in reports.iter().zip(&own) {
            let mut ents = names.to_vec();
            ents.extend(own.iter().map(|n| ("PLACE", n.as_str(), None)));
            docs.push((source, *day, ents));
        }
        for own in &own {
            let ents = own.iter().map(|n| ("PLACE", n.as_str(), None)).collect();
            docs.push(("archive.org", 5000, ents));
        }
        let story = stories_with_roles(&docs);
        assert_ne!(story[0], story[1]);
        assert_eq!(story[2], story[3]);
    }

    #[test]
    fn a_town_that_hardly_makes_the_news_is_the_scene_of_one_event() {
        let story = stories_by_place(&[
            // Two outlets, two days apart, the one town.
            ("ledger.com", 100, &["Quarrow Falls"]),
            ("wkrp.com", 102, &["Quarrow Falls"]),
            // Days later the town is another event's.
            ("courier.com", 106, &["Quarrow Falls"]),
            // A town more articles name is the beat of every story told
            // there.
            ("ledger.com", 200, &["Port Elstow"]),
            ("wkrp.com", 200, &["Port Elstow"]),
            ("ledger.com", 260, &["Port Elstow"]),
            ("wkrp.com", 290, &["Port Elstow"]),
        ]);
        assert_eq!(story[0], story[1]);
        assert_ne!(story[1], story[2]);
        assert_ne!(story[3], story[4]);
    }

    #[test]
    fn a_side_of_a_city_hardly_any_text_names_is_a_neighbourhood() {
        let story = stories_by_place(&[
            ("ledger.com", 100, &["East Tamsford"]),
            ("wkrp.com", 100, &["East Tamsford"]),
            // The side of a city the corpus tells the news of.
            ("ledger.com", 200, &["West Side"]),
            ("wkrp.com", 200, &["West Side"]),
            ("ledger.com", 230, &["West Side"]),
            ("wkrp.com", 260, &["West Side"]),
        ]);
        assert_eq!(story[0], story[1]);
        assert_ne!(story[2], story[3]);
    }

    #[test]
    fn a_street_without_its_kind_is_the_street_in_the_town_both_name() {
        let story = stories_by_place(&[
            ("ledger.com", 100, &["Lappet", "Millbrook"]),
            ("wkrp.com", 103, &["Lappet Avenue", "Millbrook"]),
            // A town of the name is no street of another town.
            ("ledger.com", 300, &["Ashby", "Riverton"]),
            ("wkrp.com", 303, &["Ashby Road", "Dunmore"]),
        ]);
        assert_eq!(story[0], story[1]);
        assert_ne!(story[2], story[3]);
    }

    #[test]
    fn a_page_without_its_article_links_by_a_rare_name_of_its_headline() {
        let story_of = |off_topic: bool, town: &str| {
            let mut corpus = Corpus::default();
            let article =
                |source: &str, title: &str, day: i32, off_topic: bool| crate::analyse::Article {
                    doc_id: format!("{source}-{day}"),
                    source: Some(source.into()),
                    title: Some(title.into()),
                    published: Some(day),
                    off_topic,
                };
            let title = format!("Teen hurt in {town} shooting");
            corpus.articles = vec![
                article("ledger.com", &title, 100, off_topic),
                article("wkrp.com", "Police name injured boy", 101, false),
            ];
            let entity = |doc: u32, name: &str| crate::analyse::EntityRow {
                doc,
                kind: "PLACE".into(),
                canonical: name.into(),
                role: None,
            };
            // The page's text names a city of the sign-up form's; the
            // report names the town and the city.
            corpus.entities = vec![
                entity(0, "Brackton"),
                entity(1, "Quarrow Falls"),
                entity(1, "Brackton"),
            ];
            corpus.headline_entities = vec![entity(0, town)];
            // The city is the beat of many more stories.
            for d in 2..12 {
                corpus
                    .articles
                    .push(article("ledger.com", "Council meets", 100 + d, false));
                corpus.entities.push(entity(d as u32, "Brackton"));
            }
            // And the form names places a page years later names too:
            // the page is not the city alone.
            corpus
                .articles
                .push(article("archive.org", "Old maps", 5000, false));
            for name in ["Fenwick", "Ashgrove", "Tolland"] {
                corpus.entities.push(entity(0, name));
                corpus.entities.push(entity(12, name));
            }
            let opts = ReportOptions::default();
            let groups = crate::analyse::repeated::group_sentences(&corpus, &opts);
            let s = find(&corpus, &groups, &opts).story_of;
            s[0] == s[1]
        };
        assert!(story_of(true, "Quarrow Falls"));
        // Not a page whose text is its article's: that text names the
        // town if it is the scene.
        assert!(!story_of(false, "Quarrow Falls"));
        // Not a name many texts give.
        assert!(!story_of(true, "Brackton"));
    }

    #[test]
    fn one_street_under_two_kinds_in_one_town_is_the_scene() {
        let story = stories_of(&[
            (
                "ledger.com",
                100,
                &[("PLACE", "Lappet Street"), ("PLACE", "Millbrook")],
            ),
            (
                "wkrp.com",
                102,
                &[("PLACE", "Lappet Avenue"), ("PLACE", "Millbrook")],
            ),
            // Streets of one name in two towns are two streets.
            (
                "ledger.com",
                300,
                &[("PLACE", "Quill Street"), ("PLACE", "Ashford")],
            ),
            (
                "wkrp.com",
                301,
                &[("PLACE", "Quill Avenue"), ("PLACE", "Riverton")],
            ),
            // And weeks apart, one town's two streets of one name are
            // two scenes.
            (
                "ledger.com",
                500,
                &[("PLACE", "Tern Street"), ("PLACE", "Dunmore")],
            ),
            (
                "wkrp.com",
                540,
                &[("PLACE", "Tern Avenue"), ("PLACE", "Dunmore")],
            ),
        ]);
        assert_eq!(story[0], story[1]);
        assert_ne!(story[2], story[3]);
        assert_ne!(story[4], story[5]);
    }

    #[test]
    fn the_block_named_a_week_later_links_the_follow_up() {
        let town: &[(&str, &str)] = &[("PLACE", "Millbrook")];
        let mut docs: Vec<Doc<'_>> = vec![
            // A street few articles name, in a town both name, twelve
            // days apart, in two networks.
            (
                "ledger.com",
                100,
                &[("PLACE", "Osprey Drive"), ("PLACE", "Millbrook")],
            ),
            (
                "wkrp.com",
                112,
                &[("PLACE", "Osprey Drive"), ("PLACE", "Millbrook")],
            ),
            // A month apart, the street sees another shooting.
            (
                "ledger.com",
                300,
                &[("PLACE", "Plover Drive"), ("PLACE", "Millbrook")],
            ),
            (
                "wkrp.com",
                330,
                &[("PLACE", "Plover Drive"), ("PLACE", "Millbrook")],
            ),
            // Two sites of one network.
            (
                "north.kqrs.com",
                500,
                &[("PLACE", "Finch Drive"), ("PLACE", "Millbrook")],
            ),
            (
                "south.kqrs.com",
                512,
                &[("PLACE", "Finch Drive"), ("PLACE", "Millbrook")],
            ),
        ];
        // The town is a city's beat: many articles name it.
        for i in 0..12 {
            docs.push(("courier.com", 1000 + 20 * i, town));
        }
        let story = stories_of(&docs);
        assert_eq!(story[0], story[1]);
        assert_ne!(story[2], story[3]);
        assert_ne!(story[4], story[5]);
    }

    #[test]
    fn wire_datelines() {
        assert!(has_wire_dateline(
            "PORT ELLIS, March 9 (Meridian Wire) - Floodwaters rose."
        ));
        assert!(has_wire_dateline("NEW YORK (AP) — Stocks fell."));
        assert!(!has_wire_dateline("Police said (on Monday) - that is all."));
        assert!(!has_wire_dateline(
            "The toll rose to 31 (up from 12) - officials said."
        ));
    }
}
