//! Flag precision on real news: how many of the disagreements `report`
//! flags are genuine, read and labelled by hand.
//!
//! ```text
//! cargo bench --bench flags                 # gva-dev, bbc, reuters21578 and basil
//! cargo bench --bench flags -- gva-dev      # one corpus
//! ```
//!
//! For each corpus of `../shared/corpus` it scans, reports, and joins the
//! flagged pairs (`inconsistencies.csv`) with the labels kept in
//! `tests/data/flags/CORPUS.csv` (ours, written by the rules in
//! `tests/data/flags/RULES.md`) and with the independent reader's labels
//! in `../shared/eval/flags/CORPUS-flags.csv` when there are some. A pair
//! is matched by its two documents and its two values, in either order.
//! It prints, per corpus and per half of the fixed split
//! ([`claimscan::eval::half`]: by incident for gva-dev, by document
//! otherwise), the flags, how many are labelled, and the share of
//! labelled flags that are genuine; the flags nobody has labelled yet are
//! written to `target/flags-CORPUS-unlabelled.csv` for reading.
//!
//! On gva-dev it also measures, against the Gun Violence Archive's
//! official counts, how often the killed and injured counts are the
//! story's best-supported value (or at least a reported total) for
//! incidents with two or more articles and two or more victims, and the
//! pairwise precision and recall of story linking against the incidents;
//! on basil (one political event told by three outlets) story linking
//! against its events.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use claimscan::eval::{half, Half};
use claimscan::extract::Registry;
use claimscan::report::{run, ReportOptions};
use claimscan::scan::{scan, ScanOptions};

const CORPORA: [&str; 4] = ["gva-dev", "bbc", "reuters21578", "basil"];

fn corpus_dir() -> Option<PathBuf> {
    claimscan::eval::shared("corpus")
}

/// One article of a corpus: its cluster and, for gva, the official counts.
#[derive(Debug, Clone, Default)]
struct Meta {
    cluster: Option<String>,
    killed: Option<f64>,
    injured: Option<f64>,
}

fn read_meta(path: &Path) -> HashMap<String, Meta> {
    let mut out = HashMap::new();
    let Ok(file) = std::fs::File::open(path) else {
        return out;
    };
    let Ok(dec) = zstd::stream::read::Decoder::new(file) else {
        return out;
    };
    for line in std::io::BufReader::new(dec).lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(id) = v["id"].as_str() else { continue };
        out.insert(
            id.to_string(),
            Meta {
                cluster: v["cluster"].as_str().map(str::to_string),
                killed: v["gva_num_killed"].as_f64(),
                injured: v["gva_num_injured"].as_f64(),
            },
        );
    }
    out
}

/// A labelled pair: documents and values in a canonical order.
type PairKey = (String, String, String, String);

fn pair_key(da: &str, db: &str, va: &str, vb: &str) -> PairKey {
    let num = |v: &str| {
        v.trim()
            .parse::<f64>()
            .map(|x| format!("{x:.6}"))
            .unwrap_or_else(|_| v.trim().to_string())
    };
    let (va, vb) = (num(va), num(vb));
    if (da, &va) <= (db, &vb) {
        (da.to_string(), db.to_string(), va, vb)
    } else {
        (db.to_string(), da.to_string(), vb, va)
    }
}

/// Labels of one file: pair → label (upper case, as written).
fn read_labels(path: &Path) -> HashMap<PairKey, String> {
    let mut out = HashMap::new();
    let Ok(mut rd) = csv::Reader::from_path(path) else {
        return out;
    };
    let Ok(h) = rd.headers().cloned() else {
        return out;
    };
    let col = |n: &str| h.iter().position(|x| x == n);
    let (Some(da), Some(db), Some(va), Some(vb), Some(l)) = (
        col("doc_id_a"),
        col("doc_id_b"),
        col("value_a"),
        col("value_b"),
        col("label"),
    ) else {
        eprintln!("{}: missing columns", path.display());
        return out;
    };
    for r in rd.records().map_while(Result::ok) {
        out.insert(
            pair_key(&r[da], &r[db], &r[va], &r[vb]),
            r[l].trim().to_uppercase(),
        );
    }
    out
}

fn is_genuine(label: &str) -> bool {
    label == "GENUINE"
}

#[derive(Default)]
struct Tally {
    flags: usize,
    labelled: usize,
    genuine: usize,
}

impl Tally {
    fn line(&self) -> String {
        let p = if self.labelled == 0 {
            "n/a".to_string()
        } else {
            format!("{:.0}%", 100.0 * self.genuine as f64 / self.labelled as f64)
        };
        format!(
            "{} flags, {} labelled, {} genuine: precision {p}",
            self.flags, self.labelled, self.genuine
        )
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let Some(dir) = corpus_dir() else {
        eprintln!("flags bench: no ../shared/corpus here; nothing measured");
        return;
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in CORPORA {
        if !args.is_empty() && !args.iter().any(|a| a == name) {
            continue;
        }
        let path = dir.join(format!("{name}.jsonl.zst"));
        if !path.is_file() {
            eprintln!("flags bench: no {}; skipped", path.display());
            continue;
        }
        let meta = read_meta(&path);
        let tmp =
            std::env::temp_dir().join(format!("claimscan-flags-{name}-{}", std::process::id()));
        let scan_dir = tmp.join("scan");
        let out = tmp.join("report");
        let inputs = vec![path.to_string_lossy().to_string()];
        let mut opts = ScanOptions::new(&scan_dir);
        opts.progress = false;
        if let Err(e) = scan(&inputs, &Registry::all(), &opts) {
            eprintln!("{name}: scan failed: {e}");
            continue;
        }
        if let Err(e) = run(&scan_dir, &out, &ReportOptions::default()) {
            eprintln!("{name}: report failed: {e}");
            continue;
        }
        flags(name, manifest, &out, &meta);
        if matches!(name, "gva-dev" | "basil") {
            linking(name, &out, &meta);
        }
        if name == "gva-dev" {
            gva_truth(&out, &meta);
        }
        let _ = std::fs::remove_dir_all(&tmp);
    }
}

fn flags(name: &str, manifest: &Path, out: &Path, meta: &HashMap<String, Meta>) {
    let ours = read_labels(&manifest.join(format!("tests/data/flags/{name}.csv")));
    let short = name.trim_end_matches("21578");
    let theirs = claimscan::eval::shared("eval")
        .map(|d| read_labels(&d.join(format!("flags/{short}-flags.csv"))))
        .unwrap_or_default();
    let Ok(mut rd) = csv::Reader::from_path(out.join("inconsistencies.csv")) else {
        eprintln!("{name}: no inconsistencies.csv");
        return;
    };
    let Ok(h) = rd.headers().cloned() else { return };
    let col = |n: &str| h.iter().position(|x| x == n).unwrap_or(usize::MAX);
    let get = |r: &csv::StringRecord, n: &str| r.get(col(n)).unwrap_or("").to_string();
    let mut all: HashMap<&str, Tally> = HashMap::new();
    let mut second = Tally::default();
    let mut unlabelled = csv::Writer::from_writer(Vec::new());
    let _ = unlabelled.write_record([
        "doc_id_a",
        "doc_id_b",
        "value_a",
        "value_b",
        "half",
        "surface_a",
        "surface_b",
        "sentence_a",
        "sentence_b",
    ]);
    for r in rd.records().map_while(Result::ok) {
        let (da, db) = (get(&r, "doc_id_a"), get(&r, "doc_id_b"));
        let key = pair_key(&da, &db, &get(&r, "value_a"), &get(&r, "value_b"));
        let cluster_key = meta
            .get(&key.0)
            .and_then(|m| m.cluster.clone())
            .unwrap_or_else(|| key.0.clone());
        let hf = half(&cluster_key);
        let label = ours.get(&key).or_else(|| theirs.get(&key));
        for bucket in ["all", hf.as_str()] {
            let t = all.entry(bucket).or_default();
            t.flags += 1;
            if let Some(l) = label {
                t.labelled += 1;
                t.genuine += is_genuine(l) as usize;
            }
        }
        if let Some(l) = theirs.get(&key) {
            second.labelled += 1;
            second.genuine += is_genuine(l) as usize;
        }
        if label.is_none() {
            let _ = unlabelled.write_record([
                da.as_str(),
                db.as_str(),
                &get(&r, "value_a"),
                &get(&r, "value_b"),
                hf.as_str(),
                &get(&r, "surface_a"),
                &get(&r, "surface_b"),
                &get(&r, "sentence_a"),
                &get(&r, "sentence_b"),
            ]);
        }
    }
    let t = all.remove("all").unwrap_or_default();
    println!("{name}: {}", t.line());
    for hf in [Half::Tuning, Half::Check] {
        let t = all.remove(hf.as_str()).unwrap_or_default();
        println!("  {} half: {}", hf.as_str(), t.line());
    }
    if second.labelled > 0 {
        println!(
            "  of which labelled by the independent reader: {} ({} genuine)",
            second.labelled, second.genuine
        );
    }
    let path = manifest.join(format!("target/flags-{name}-unlabelled.csv"));
    let written = unlabelled
        .into_inner()
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
            }
            std::fs::write(&path, bytes).map_err(|e| e.to_string())
        });
    match written {
        Ok(()) => println!("  unlabelled flags: {}", path.display()),
        Err(e) => eprintln!("  could not write {}: {e}", path.display()),
    }
}

/// The story of each article (`stories.csv`; the last row of an article
/// in several stories).
fn stories_of(out: &Path) -> Option<HashMap<String, String>> {
    let Ok(mut rd) = csv::Reader::from_path(out.join("stories.csv")) else {
        eprintln!("no stories.csv in {}", out.display());
        return None;
    };
    let mut story_of: HashMap<String, String> = HashMap::new();
    for r in rd.records().map_while(Result::ok) {
        if let (Some(d), Some(s)) = (r.get(0), r.get(1)) {
            story_of.insert(d.to_string(), s.to_string());
        }
    }
    Some(story_of)
}

/// Story linking against the corpus's clusters (incidents, events):
/// pairwise precision and recall per half.
fn linking(name: &str, out: &Path, meta: &HashMap<String, Meta>) {
    let Some(story_of) = stories_of(out) else {
        return;
    };
    // Pairwise linking precision and recall, per half.
    for hf in [Half::Tuning, Half::Check] {
        let ids: Vec<(&String, &String)> = meta
            .iter()
            .filter_map(|(id, m)| Some((id, m.cluster.as_ref()?)))
            .filter(|(_, c)| half(c) == hf)
            .collect();
        let (mut tp, mut fp, mut fnn) = (0u64, 0u64, 0u64);
        let mut by_story: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut by_cluster: HashMap<&str, Vec<&str>> = HashMap::new();
        for (id, c) in &ids {
            if let Some(s) = story_of.get(*id) {
                by_story.entry(s).or_default().push(c.as_str());
            }
            by_cluster.entry(c.as_str()).or_default().push(id.as_str());
        }
        for members in by_story.values() {
            for i in 0..members.len() {
                for j in i + 1..members.len() {
                    if members[i] == members[j] {
                        tp += 1;
                    } else {
                        fp += 1;
                    }
                }
            }
        }
        for docs in by_cluster.values() {
            for i in 0..docs.len() {
                for j in i + 1..docs.len() {
                    if story_of.get(docs[i]) != story_of.get(docs[j]) {
                        fnn += 1;
                    }
                }
            }
        }
        println!(
            "{name} story linking, {} half: pairwise precision {:.1}%, recall {:.1}% ({tp} pairs right, {fp} wrong, {fnn} missed)",
            hf.as_str(),
            100.0 * tp as f64 / (tp + fp).max(1) as f64,
            100.0 * tp as f64 / (tp + fnn).max(1) as f64,
        );
    }
}

/// Official killed and injured counts against the stories' figures.
fn gva_truth(out: &Path, meta: &HashMap<String, Meta>) {
    let Some(story_of) = stories_of(out) else {
        return;
    };
    // Story figures.
    let Ok(mut rd) = csv::Reader::from_path(out.join("story_figures.csv")) else {
        eprintln!("gva: no story_figures.csv");
        return;
    };
    let Ok(h) = rd.headers().cloned() else { return };
    let col = |n: &str| h.iter().position(|x| x == n).unwrap_or(usize::MAX);
    // story → frame → [(value, best, perpetrator excluded)]
    type Values = Vec<(f64, bool, bool)>;
    let mut figures: HashMap<String, HashMap<String, Values>> = HashMap::new();
    for r in rd.records().map_while(Result::ok) {
        let (Some(s), Some(f), Some(v), Some(b), Some(u)) = (
            r.get(col("story_id")),
            r.get(col("frame")),
            r.get(col("value")).and_then(|v| v.parse::<f64>().ok()),
            r.get(col("best")),
            r.get(col("unit")),
        ) else {
            continue;
        };
        if !u.is_empty() {
            continue;
        }
        let excluded = r.get(col("perpetrator")) == Some("excluded");
        figures
            .entry(s.to_string())
            .or_default()
            .entry(f.to_string())
            .or_default()
            .push((v, b == "true", excluded));
    }
    // Incidents with two or more articles and two or more victims.
    let mut incidents: HashMap<&str, Vec<&str>> = HashMap::new();
    for (id, m) in meta {
        if let Some(c) = &m.cluster {
            incidents.entry(c.as_str()).or_default().push(id.as_str());
        }
    }
    for hf in [Half::Tuning, Half::Check] {
        let (mut n, mut killed_best, mut killed_any, mut injured_best, mut injured_any) =
            (0, 0, 0, 0, 0);
        let mut killed_best_all = 0;
        for (c, docs) in &incidents {
            if half(c) != hf || docs.len() < 2 {
                continue;
            }
            let m = &meta[docs[0]];
            let (Some(k), Some(i)) = (m.killed, m.injured) else {
                continue;
            };
            if k + i < 2.0 {
                continue;
            }
            n += 1;
            // The incident's story: the one most of its articles are in.
            let mut votes: HashMap<&str, usize> = HashMap::new();
            for d in docs {
                if let Some(s) = story_of.get(*d) {
                    *votes.entry(s.as_str()).or_insert(0) += 1;
                }
            }
            let story = votes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s);
            let frames = story.and_then(|s| figures.get(s));
            // `everyone`: a count that leaves out a perpetrator the
            // story says died ("seven dead before the gunman killed
            // himself") is one short of everyone dead, which is what the
            // archive counts.
            let check = |frame: &str, official: f64, everyone: bool| -> (bool, bool) {
                let vals = frames.and_then(|f| f.get(frame));
                let is = |x: f64, excluded: bool| {
                    x == official || (everyone && excluded && x + 1.0 == official)
                };
                match vals {
                    // No total of the frame: right only when there was none.
                    None => (official == 0.0, official == 0.0),
                    Some(v) => (
                        v.iter().any(|(x, b, e)| *b && is(*x, *e)),
                        v.iter().any(|(x, _, e)| is(*x, *e)),
                    ),
                }
            };
            let (kb, ka) = check("deaths", k, false);
            let (kb_all, _) = check("deaths", k, true);
            let (ib, ia) = check("injured", i, false);
            killed_best_all += kb_all as usize;
            killed_best += kb as usize;
            killed_any += ka as usize;
            injured_best += ib as usize;
            injured_any += ia as usize;
        }
        let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
        println!(
            "gva-dev official counts, {} half, {n} incidents (2+ articles, 2+ victims): \
             killed best {:.0}% / reported {:.0}% (with a perpetrator the story says died: best {:.0}%); \
             injured best {:.0}% / reported {:.0}%",
            hf.as_str(),
            pct(killed_best),
            pct(killed_any),
            pct(killed_best_all),
            pct(injured_best),
            pct(injured_any)
        );
    }
}
