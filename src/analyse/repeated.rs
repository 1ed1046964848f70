//! Repeated claims: near-identical claim sentences across articles.
//!
//! Each distinct claim sentence (one per article and sentence offset) is cut
//! into word 3-gram shingles, summarised by a 60-value MinHash signature and
//! bucketed by locality-sensitive hashing (20 bands of 3 rows: two
//! sentences with Jaccard 0.5 share a bucket with probability 0.93, with
//! 0.6 with 0.99, with 0.2 only 0.15, with 0.05 one in 400). Candidate pairs are confirmed with the exact
//! Jaccard of their shingle sets, and confirmed pairs are joined with
//! union-find into groups.
//!
//! Why by hand: `gaoya`, the maintained MinHash/LSH crate, pins an alpha
//! `smallvec` that does not build here, and the other crates found are
//! unmaintained or pull a numeric stack; the whole algorithm is the sixty
//! lines below, with a fixed hash so that groups do not change between
//! runs or platforms.

use polars::prelude::*;

use super::{column, date_column, fnv1a, mix64, words, Corpus, ReportOptions, UnionFind};
use crate::report::ReportError;
use rustc_hash::{FxHashMap, FxHashSet};

/// Number of MinHash values per sentence.
const K: usize = 60;
/// LSH bands (K = BANDS × ROWS).
const BANDS: usize = 20;
const ROWS: usize = K / BANDS;
/// Above this bucket size, members are checked against the first and the
/// previous member only (boilerplate that repeats in hundreds of articles
/// would otherwise cost a quadratic number of comparisons).
const MAX_ALL_PAIRS: usize = 40;

/// One distinct claim sentence of one article.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Article index.
    pub doc: u32,
    /// Index of the first claim in that sentence.
    pub claim: u32,
}

/// The claim sentences of a corpus and the groups they fall into.
#[derive(Debug, Clone, Default)]
pub struct SentenceGroups {
    /// For every claim, its sentence unit.
    pub unit_of_claim: Vec<u32>,
    /// Distinct sentences.
    pub units: Vec<Unit>,
    /// For every unit, its group id (the smallest unit index of the group).
    pub group_of_unit: Vec<u32>,
}

impl SentenceGroups {
    /// Group id of claim `i`'s sentence.
    pub fn group_of_claim(&self, i: usize) -> u32 {
        self.group_of_unit[self.unit_of_claim[i] as usize]
    }
}

/// Sorted, deduplicated shingle hashes of a sentence (word 3-grams; a
/// shorter sentence is one shingle).
pub fn shingles(sentence: &str) -> Vec<u64> {
    let w: Vec<u64> = words(sentence).map(|w| fnv1a(w.as_bytes())).collect();
    let mut out: Vec<u64> = if w.len() < 3 {
        vec![w.iter().fold(0, |h, &x| mix64(h ^ x))]
    } else {
        w.windows(3)
            .map(|g| mix64(g[0] ^ g[1].rotate_left(21) ^ g[2].rotate_left(42)))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// MinHash signature of a shingle set: for each of the K hash functions
/// `x -> a*x + b` (a odd: a permutation of u64, over already mixed shingle
/// hashes), the least value over the set.
pub fn minhash(shingles: &[u64]) -> [u64; K] {
    let mut sig = [u64::MAX; K];
    for &s in shingles {
        for (slot, (a, b)) in sig.iter_mut().zip(PERMS.iter()) {
            let h = a.wrapping_mul(s).wrapping_add(*b);
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// LSH band keys of a signature: one hash per band of ROWS values.
fn band_keys(sig: &[u64; K]) -> [u64; BANDS] {
    let mut keys = [0u64; BANDS];
    for (b, key) in keys.iter_mut().enumerate() {
        let mut h = b as u64;
        for &v in &sig[b * ROWS..(b + 1) * ROWS] {
            h = mix64(h ^ v);
        }
        *key = h;
    }
    keys
}

static PERMS: std::sync::LazyLock<[(u64, u64); K]> = std::sync::LazyLock::new(|| {
    let mut p = [(0u64, 0u64); K];
    for (i, v) in p.iter_mut().enumerate() {
        *v = (
            mix64(0x5eed_0000 + i as u64) | 1,
            mix64(0xbead_0000 + i as u64),
        );
    }
    p
});

/// Exact Jaccard similarity of two sorted, deduplicated sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f64 / (a.len() + b.len() - both) as f64
}

/// Groups the claim sentences of `corpus`.
pub fn group_sentences(corpus: &Corpus, opts: &ReportOptions) -> SentenceGroups {
    // Distinct sentences: one per (article, sentence offset).
    let mut unit_index: FxHashMap<(u32, i64, u64), u32> = FxHashMap::default();
    let mut units = Vec::new();
    let mut unit_of_claim = Vec::with_capacity(corpus.claims.len());
    for (i, c) in corpus.claims.iter().enumerate() {
        // -1: a scan that did not record the sentence's place.
        let key = if c.sentence_start != -1 {
            (c.doc, c.sentence_start, 0)
        } else {
            (c.doc, -1, fnv1a(c.sentence.as_bytes()))
        };
        let u = *unit_index.entry(key).or_insert_with(|| {
            units.push(Unit {
                doc: c.doc,
                claim: i as u32,
            });
            (units.len() - 1) as u32
        });
        unit_of_claim.push(u);
    }

    use rayon::prelude::*;
    type Signed = (Vec<Option<Vec<u64>>>, Vec<Option<[u64; BANDS]>>);
    let (sets, keys): Signed = units
        .par_iter()
        .map(|u| {
            let s = &corpus.claims[u.claim as usize].sentence;
            if words(s).count() < opts.min_repeat_words {
                return (None, None);
            }
            let set = shingles(s);
            let keys = band_keys(&minhash(&set));
            (Some(set), Some(keys))
        })
        .unzip();

    let mut uf = UnionFind::new(units.len());
    let mut checked: FxHashSet<(u32, u32)> = FxHashSet::default();
    let mut try_pair = |a: u32, b: u32, uf: &mut UnionFind| {
        if units[a as usize].doc == units[b as usize].doc || uf.find(a) == uf.find(b) {
            return;
        }
        let key = (a.min(b), a.max(b));
        if !checked.insert(key) {
            return;
        }
        let (Some(sa), Some(sb)) = (&sets[a as usize], &sets[b as usize]) else {
            return;
        };
        if jaccard(sa, sb) >= opts.repeat_threshold {
            uf.union(a, b);
        }
    };
    // Per band: sort (key, unit) and walk the runs of equal keys.
    let mut band: Vec<(u64, u32)> = Vec::with_capacity(units.len());
    for b in 0..BANDS {
        band.clear();
        band.extend(
            keys.iter()
                .enumerate()
                .filter_map(|(u, k)| k.map(|k| (k[b], u as u32))),
        );
        band.sort_unstable();
        let mut start = 0;
        while start < band.len() {
            let mut end = start + 1;
            while end < band.len() && band[end].0 == band[start].0 {
                end += 1;
            }
            let members: Vec<u32> = band[start..end].iter().map(|x| x.1).collect();
            start = end;
            if members.len() < 2 {
                continue;
            }
            if members.len() <= MAX_ALL_PAIRS {
                for (x, &a) in members.iter().enumerate() {
                    for &b in &members[x + 1..] {
                        try_pair(a, b, &mut uf);
                    }
                }
            } else {
                for w in 1..members.len() {
                    try_pair(members[0], members[w], &mut uf);
                    try_pair(members[w - 1], members[w], &mut uf);
                }
            }
        }
    }
    let group_of_unit = (0..units.len() as u32).map(|u| uf.find(u)).collect();
    SentenceGroups {
        unit_of_claim,
        units,
        group_of_unit,
    }
}

/// One row of `repeated_claims`.
#[derive(Debug, Clone)]
pub struct RepeatedClaim {
    /// 1-based rank (most independent sources first).
    pub group_id: u32,
    /// Articles carrying the sentence.
    pub n_docs: usize,
    /// Distinct outlets.
    pub n_sources: usize,
    /// Independent sources: reprints of one story and articles of one
    /// outlet count once.
    pub n_independent: usize,
    /// Earliest publication day.
    pub first_seen: Option<i32>,
    /// Latest publication day.
    pub last_seen: Option<i32>,
    /// A representative sentence (the earliest one).
    pub sentence: String,
    /// The figures of the representative sentence.
    pub figures: Vec<String>,
    /// Distinct categories of those figures (`other` for phone numbers,
    /// street numbers and the like).
    pub categories: Vec<String>,
    /// Articles, earliest first.
    pub doc_ids: Vec<String>,
    /// Outlets, in order of first appearance.
    pub sources: Vec<String>,
    /// `sentence` (near-identical sentences) or `figure` (the same figure
    /// in the same frame, in whatever words).
    pub kind: &'static str,
    /// For `figure` rows, the frame ("deaths", "jobs").
    pub frame: Option<String>,
}

/// The groups of two or more articles, ranked: sentences with a
/// categorised figure first, then by independent sources, articles, and
/// earliest appearance.
pub fn repeated_claims(
    corpus: &Corpus,
    groups: &SentenceGroups,
    stories: &super::stories::Stories,
) -> Vec<RepeatedClaim> {
    let mut members: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (u, &g) in groups.group_of_unit.iter().enumerate() {
        members.entry(g).or_default().push(u as u32);
    }
    let mut claims_of_unit: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (c, &u) in groups.unit_of_claim.iter().enumerate() {
        if members
            .get(&groups.group_of_unit[u as usize])
            .is_some_and(|m| m.len() > 1)
        {
            claims_of_unit.entry(u).or_default().push(c as u32);
        }
    }
    let mut out = Vec::new();
    for (_, mut us) in members {
        if us.len() < 2 {
            continue;
        }
        let day = |u: &u32| corpus.articles[groups.units[*u as usize].doc as usize].published;
        us.sort_by_key(|u| (day(u).unwrap_or(i32::MAX), *u));
        let mut docs: Vec<u32> = Vec::new();
        for u in &us {
            let d = groups.units[*u as usize].doc;
            if !docs.contains(&d) {
                docs.push(d);
            }
        }
        if docs.len() < 2 {
            continue;
        }
        let mut sources: Vec<String> = Vec::new();
        for &d in &docs {
            let s = corpus.source_key(d).to_string();
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let n_independent = stories.independent_count(corpus, &docs);
        let days: Vec<i32> = us.iter().filter_map(day).collect();
        let rep = &groups.units[us[0] as usize];
        let rep_claim = &corpus.claims[rep.claim as usize];
        let figures: Vec<String> = claims_of_unit
            .get(&us[0])
            .map(|cs| {
                cs.iter()
                    .map(|&c| corpus.claims[c as usize].surface.clone())
                    .collect()
            })
            .unwrap_or_default();
        let mut categories: Vec<String> = claims_of_unit
            .get(&us[0])
            .map(|cs| {
                cs.iter()
                    .map(|&c| {
                        corpus.claims[c as usize]
                            .category
                            .as_deref()
                            .unwrap_or("other")
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default();
        categories.sort();
        categories.dedup();
        out.push(RepeatedClaim {
            categories,
            group_id: 0,
            n_docs: docs.len(),
            n_sources: sources.len(),
            n_independent,
            first_seen: days.iter().min().copied(),
            last_seen: days.iter().max().copied(),
            sentence: rep_claim.sentence.to_string(),
            figures,
            doc_ids: docs
                .iter()
                .map(|&d| corpus.articles[d as usize].doc_id.clone())
                .collect(),
            sources,
            kind: "sentence",
            frame: None,
        });
    }
    // Sentences whose only figures are uncategorised (phone numbers in a
    // "call Crime Stoppers" line) rank after those with a real figure.
    let informative = |r: &RepeatedClaim| r.categories.iter().any(|c| c != "other");
    out.sort_by(|a, b| {
        informative(b)
            .cmp(&informative(a))
            .then(b.n_independent.cmp(&a.n_independent))
            .then(b.n_docs.cmp(&a.n_docs))
            .then(
                a.first_seen
                    .unwrap_or(i32::MAX)
                    .cmp(&b.first_seen.unwrap_or(i32::MAX)),
            )
            .then(a.sentence.cmp(&b.sentence))
    });
    for (i, r) in out.iter_mut().enumerate() {
        r.group_id = i as u32 + 1;
    }
    out
}

/// The `repeated_claims` table.
pub fn to_frame(rows: &[RepeatedClaim]) -> Result<DataFrame, ReportError> {
    let cols = vec![
        column("group_id", rows, |r| r.group_id),
        column("n_docs", rows, |r| r.n_docs as u32),
        column("n_sources", rows, |r| r.n_sources as u32),
        column("n_independent", rows, |r| r.n_independent as u32),
        date_column("first_seen", rows.iter().map(|r| r.first_seen)),
        date_column("last_seen", rows.iter().map(|r| r.last_seen)),
        column("sentence", rows, |r| r.sentence.as_str()),
        column("figures", rows, |r| r.figures.join("; ")),
        column("categories", rows, |r| r.categories.join("; ")),
        column("doc_ids", rows, |r| r.doc_ids.join("; ")),
        column("sources", rows, |r| r.sources.join("; ")),
        column("kind", rows, |r| r.kind),
        column("frame", rows, |r| r.frame.as_deref()),
    ];
    Ok(DataFrame::new_infer_height(cols)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_identical_sentences_have_high_jaccard() {
        let a =
            shingles("The flood has killed at least 12 people in Marlow Valley, officials said.");
        let b = shingles("The flood has killed at least 12 people in Marlow Valley, police said.");
        let c = shingles("Shares of Orrin Mining rose 4% on Tuesday after the results.");
        assert!(jaccard(&a, &b) > 0.6, "{}", jaccard(&a, &b));
        assert!(jaccard(&a, &c) < 0.1);
    }

    #[test]
    fn minhash_estimates_jaccard() {
        let a = shingles("one two three four five six seven eight nine ten eleven twelve");
        let b = shingles("one two three four five six seven eight nine ten eleven thirteen");
        let (sa, sb) = (minhash(&a), minhash(&b));
        let est = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / K as f64;
        assert!((est - jaccard(&a, &b)).abs() < 0.25, "{est}");
        assert_eq!(minhash(&a), sa, "deterministic");
    }
}
