//! Scoring against the shared evaluation sets (`../shared/eval/`).
//!
//! The sets are other projects' published test cases converted to one JSONL
//! schema (`{"id", "text", "gold": [{"start", "end", "surface", "value",
//! "unit", "qualifier", "type"}], "dct", "flags"}`) with Unicode code-point
//! offsets. [`load`] converts them to byte offsets; [`score`] reproduces the
//! shared `score.py` (one-to-one greedy matching on overlapping spans,
//! value-only matching for gold items without offsets, numbers equal within
//! 1e-6 relative); [`write_predictions`] writes predictions back in the
//! schema so `score.py` can check the figures independently.
//!
//! The data is not part of this repository: [`shared_dir`] finds it, and
//! tests and harnesses skip with a message when it is absent.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One gold or predicted item. Offsets are byte offsets into the record's
/// text once loaded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Start offset, if the item is aligned to the text.
    pub start: Option<usize>,
    /// End offset (exclusive).
    pub end: Option<usize>,
    /// The text of the span.
    #[serde(default)]
    pub surface: Option<String>,
    /// A number, a `[lo, hi]` list, a string (TIMEX3) or null.
    #[serde(default)]
    pub value: Value,
    /// Unit as the set names it.
    #[serde(default)]
    pub unit: Option<String>,
    /// Qualifier as the set names it.
    #[serde(default)]
    pub qualifier: Option<String>,
    /// Item type (PER, ORG, QUANTITY, ...).
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// One test case: a text and its gold items.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// Record id (predictions are joined on it).
    pub id: String,
    /// The text.
    pub text: String,
    /// Gold items, offsets in bytes.
    pub gold: Vec<Item>,
    /// Reference date (`YYYY-MM-DD`) for date sets.
    pub dct: Option<String>,
    /// Whether the set's authors mark the case unsupported.
    pub flagged: bool,
}

#[derive(Deserialize)]
struct RawRecord {
    id: String,
    text: String,
    #[serde(default)]
    gold: Vec<Item>,
    #[serde(default)]
    dct: Option<String>,
    #[serde(default)]
    flags: Option<Value>,
}

/// The shared evaluation folder: `$CLAIMSCAN_SHARED/eval` or
/// `../shared/eval` beside the crate; None when it is not there.
pub fn shared_dir() -> Option<PathBuf> {
    shared("eval")
}

/// Folder `name` of the shared data (`eval`, `corpus`):
/// `$CLAIMSCAN_SHARED/NAME` or `../shared/NAME` beside the crate; None
/// when it is not there.
pub fn shared(name: &str) -> Option<PathBuf> {
    let base = std::env::var_os("CLAIMSCAN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = base.join(name);
    dir.is_dir().then_some(dir)
}

/// Byte offset of code point `cp` in `text` (clamped to the end).
fn byte_offset(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// Code-point offset of byte offset `b` in `text`.
fn cp_offset(text: &str, b: usize) -> usize {
    text.get(..b.min(text.len()))
        .map_or_else(|| text.chars().count(), |s| s.chars().count())
}

/// Loads a set, converting offsets to bytes.
///
/// # Errors
/// I/O errors, or a line that is not a record (named with its number).
pub fn load(path: &Path) -> io::Result<Vec<Record>> {
    let file = std::fs::File::open(path)?;
    let mut out = Vec::new();
    for (n, line) in io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawRecord = serde_json::from_str(&line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}:{}: {e}", path.display(), n + 1),
            )
        })?;
        let mut gold = raw.gold;
        for g in &mut gold {
            g.start = g.start.map(|s| byte_offset(&raw.text, s));
            g.end = g.end.map(|e| byte_offset(&raw.text, e));
        }
        out.push(Record {
            id: raw.id,
            text: raw.text,
            gold,
            dct: raw.dct,
            flagged: raw.flags.is_some_and(|f| !f.is_null()),
        });
    }
    Ok(out)
}

/// How to score.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep only items of these types (both sides).
    pub types: Option<Vec<String>>,
    /// Require the same type for a match.
    pub typed: bool,
    /// Require identical spans instead of overlapping ones.
    pub exact: bool,
    /// Skip records flagged unsupported by the set's authors.
    pub skip_flagged: bool,
}

/// Counts from a scoring run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Gold items considered.
    pub gold: usize,
    /// Predicted items considered.
    pub pred: usize,
    /// Matched pairs (span).
    pub matched: usize,
    /// Matched pairs whose values agree.
    pub value_correct: usize,
}

/// Precision, recall and F1 in percent.
pub fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p * 100.0, r * 100.0, f * 100.0)
}

impl Score {
    /// Span detection P/R/F1 (percent).
    pub fn span(&self) -> (f64, f64, f64) {
        prf(self.matched, self.pred, self.gold)
    }

    /// Value-correct P/R/F1 (percent).
    pub fn value(&self) -> (f64, f64, f64) {
        prf(self.value_correct, self.pred, self.gold)
    }

    /// One line as `score.py` prints it.
    pub fn summary(&self) -> String {
        let (sp, sr, sf) = self.span();
        let (vp, vr, vf) = self.value();
        format!(
            "gold {} pred {} matched {} | span P={sp:.2} R={sr:.2} F1={sf:.2} | value P={vp:.2} R={vr:.2} F1={vf:.2}",
            self.gold, self.pred, self.matched
        )
    }
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.replace(',', "").trim().parse().ok(),
        _ => None,
    }
}

/// Whether two values agree, as `score.py` decides it.
pub fn value_equal(g: &Value, p: &Value) -> bool {
    match (g, p) {
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| value_equal(x, y))
        }
        (Value::Array(_), _) | (_, Value::Array(_)) => false,
        (Value::String(a), Value::String(b)) if a.trim() == b.trim() => true,
        _ => match (as_number(g), as_number(p)) {
            (Some(a), Some(b)) => (a - b).abs() <= (1e-6 * a.abs().max(b.abs())).max(1e-9),
            _ => false,
        },
    }
}

fn spans_match(g: &Item, p: &Item, exact: bool) -> bool {
    let (Some(gs), Some(ge), Some(ps), Some(pe)) = (g.start, g.end, p.start, p.end) else {
        return false;
    };
    if exact {
        return gs == ps && ge == pe;
    }
    (gs < pe && ps < ge) || (gs == ge && ge == ps && ps == pe)
}

fn overlap(g: &Item, p: &Item) -> usize {
    match (g.start, g.end, p.start, p.end) {
        (Some(gs), Some(ge), Some(ps), Some(pe)) => ge.min(pe).saturating_sub(gs.max(ps)),
        _ => 0,
    }
}

/// Matches one record's items; returns (gold index, pred index) pairs.
pub fn match_record(gold: &[&Item], pred: &[&Item], opts: &Options) -> Vec<(usize, usize)> {
    let mut used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    let mut order: Vec<usize> = (0..gold.len())
        .filter(|&i| gold[i].start.is_some())
        .collect();
    order.sort_by_key(|&i| gold[i].start);
    for gi in order {
        let g = gold[gi];
        let mut best: Option<(usize, usize)> = None;
        for (pi, p) in pred.iter().enumerate() {
            if used[pi] || !spans_match(g, p, opts.exact) || (opts.typed && g.kind != p.kind) {
                continue;
            }
            let ov = overlap(g, p)
                + if value_equal(&g.value, &p.value) {
                    1000
                } else {
                    0
                };
            if best.is_none_or(|(_, b)| ov > b) {
                best = Some((pi, ov));
            }
        }
        if let Some((pi, _)) = best {
            used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if g.start.is_some() {
            continue;
        }
        if let Some(pi) = (0..pred.len()).find(|&pi| {
            !used[pi]
                && (!opts.typed || g.kind == pred[pi].kind)
                && value_equal(&g.value, &pred[pi].value)
        }) {
            used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

/// Scores predictions (`preds[i]` for `records[i]`).
pub fn score(records: &[Record], preds: &[Vec<Item>], opts: &Options) -> Score {
    let keep = |it: &&Item| {
        opts.types
            .as_ref()
            .is_none_or(|ts| it.kind.as_ref().is_some_and(|k| ts.contains(k)))
    };
    let mut s = Score::default();
    for (rec, pred) in records.iter().zip(preds) {
        if opts.skip_flagged && rec.flagged {
            continue;
        }
        let g: Vec<&Item> = rec.gold.iter().filter(keep).collect();
        let p: Vec<&Item> = pred.iter().filter(keep).collect();
        let pairs = match_record(&g, &p, opts);
        s.gold += g.len();
        s.pred += p.len();
        s.matched += pairs.len();
        s.value_correct += pairs
            .iter()
            .filter(|&&(gi, pi)| value_equal(&g[gi].value, &p[pi].value))
            .count();
    }
    s
}

/// Writes predictions in the eval schema (code-point offsets), one record
/// a line, so that `score.py GOLD PRED` can score them.
///
/// # Errors
/// Whatever the writer returns.
pub fn write_predictions(
    mut w: impl Write,
    records: &[Record],
    preds: &[Vec<Item>],
) -> io::Result<()> {
    for (rec, pred) in records.iter().zip(preds) {
        let items: Vec<Item> = pred
            .iter()
            .map(|p| Item {
                start: p.start.map(|b| cp_offset(&rec.text, b)),
                end: p.end.map(|b| cp_offset(&rec.text, b)),
                ..p.clone()
            })
            .collect();
        let line = serde_json::json!({"id": rec.id, "text": rec.text, "pred": items});
        serde_json::to_writer(&mut w, &line)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(start: usize, end: usize, value: Value) -> Item {
        Item {
            start: Some(start),
            end: Some(end),
            value,
            ..Item::default()
        }
    }

    #[test]
    fn values_compare_like_the_shared_scorer() {
        assert!(value_equal(&json!(70000), &json!(70000.0)));
        assert!(value_equal(&json!("75,000,000"), &json!(7.5e7)));
        assert!(value_equal(&json!([5, 6]), &json!([5.0, 6.0])));
        assert!(value_equal(&json!("2013-05-07"), &json!("2013-05-07")));
        assert!(!value_equal(&json!("2013-05"), &json!("2013-05-07")));
        assert!(!value_equal(&json!(null), &json!(null)));
        assert!(!value_equal(&json!([5, 6]), &json!(5)));
    }

    #[test]
    fn matching_is_one_to_one_and_counts_values() {
        let rec = Record {
            id: "r".into(),
            text: "over 70,000 and 5".into(),
            gold: vec![item(0, 11, json!(70000)), item(16, 17, json!(5))],
            ..Record::default()
        };
        let pred = vec![item(5, 11, json!(70000)), item(5, 11, json!(1))];
        let s = score(&[rec], &[pred], &Options::default());
        assert_eq!((s.gold, s.pred, s.matched, s.value_correct), (2, 2, 1, 1));
        let (p, r, f) = s.value();
        assert_eq!((p.round(), r.round(), f.round()), (50.0, 50.0, 50.0));
    }

    #[test]
    fn offsets_convert_between_code_points_and_bytes() {
        let text = "£2,000 and €5";
        assert_eq!(byte_offset(text, 1), 2);
        assert_eq!(cp_offset(text, 2), 1);
        assert_eq!(byte_offset(text, 99), text.len());
    }
}

/// One half of a development set: rules are written against `Tuning`
/// only; `Check` is read at the end, to see whether they hold on cases
/// they were not written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Half {
    /// The half rules are tuned on.
    Tuning,
    /// The half kept for checking.
    Check,
}

impl Half {
    /// `tuning` or `check`.
    pub fn as_str(self) -> &'static str {
        match self {
            Half::Tuning => "tuning",
            Half::Check => "check",
        }
    }
}

/// The fixed half of a set a case belongs to, from its cluster key (the
/// incident or story id where articles cluster, else the document id):
/// FNV-1a 64 of the key's bytes, even → tuning, odd → check. Every
/// article of one incident falls in the same half.
pub fn half(key: &str) -> Half {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h % 2 == 0 {
        Half::Tuning
    } else {
        Half::Check
    }
}

#[cfg(test)]
mod half_tests {
    use super::*;

    #[test]
    fn halves_are_fixed_and_balanced() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (even).
        assert_eq!(half("a"), Half::Tuning);
        let n = (0..1000)
            .filter(|i| half(&format!("gva-{i}")) == Half::Tuning)
            .count();
        assert!((400..600).contains(&n), "{n} of 1000 in the tuning half");
    }
}
