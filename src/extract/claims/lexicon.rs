//! The claims lexicons (`lexicons/units.tsv`, `lexicons/claims_*.tsv`),
//! compiled into the binary and parsed once.

use std::sync::LazyLock;

use crate::extract::numbers::FnvMap;

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Money (ISO code, or `cent`, `GBX` for pence).
    Currency,
    /// Percent, percentage points, basis points.
    Percent,
    /// A span of time (years, days, hours).
    Time,
    /// Index points ("the Dow fell 5 points").
    Index,
    /// A multiple ("2.5 times").
    Ratio,
    /// Any physical measure.
    Measure,
}

/// One unit surface.
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    /// Canonical unit (`km`, `USD`, `percent`; `GBP|lb` when ambiguous).
    pub unit: &'static str,
    /// What it measures.
    pub kind: UnitKind,
    /// Matched case-sensitively.
    pub case_sensitive: bool,
    /// May stand before the number.
    pub pre: bool,
    /// Only a unit when attached or followed by punctuation.
    pub weak: bool,
}

/// Units keyed by surface: `exact` holds case-sensitive surfaces, `folded`
/// the others in lower case.
pub struct Units {
    /// Case-sensitive surfaces.
    pub exact: FnvMap<&'static [u8], Unit>,
    /// Lower-cased surfaces (with generated plurals).
    pub folded: FnvMap<Vec<u8>, Unit>,
    /// Lower-cased first words of surfaces of several words ("square").
    pub multi_first: FnvMap<Vec<u8>, ()>,
    /// Longest surface in words.
    pub max_words: usize,
}

const UNITS_TSV: &str = include_str!("../../../lexicons/units.tsv");
const QUALIFIERS_TSV: &str = include_str!("../../../lexicons/claims_qualifiers.tsv");
const CATEGORIES_TSV: &str = include_str!("../../../lexicons/claims_categories.tsv");
const CHANGE_TSV: &str = include_str!("../../../lexicons/claims_change.tsv");
const LABELS_TSV: &str = include_str!("../../../lexicons/claims_labels.tsv");

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// The unit lexicon.
pub static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut exact = FnvMap::default();
    let mut folded: FnvMap<Vec<u8>, Unit> = FnvMap::default();
    let mut multi_first: FnvMap<Vec<u8>, ()> = FnvMap::default();
    let mut max_words = 1;
    for r in rows(UNITS_TSV) {
        if r.len() < 3 {
            continue;
        }
        let flags = r.get(3).copied().unwrap_or("");
        let kind = match r[2] {
            "currency" => UnitKind::Currency,
            "percent" => UnitKind::Percent,
            "time" => UnitKind::Time,
            "index" => UnitKind::Index,
            "ratio" => UnitKind::Ratio,
            _ => UnitKind::Measure,
        };
        let u = Unit {
            unit: r[1],
            kind,
            case_sensitive: flags.split(',').any(|f| f == "cs"),
            pre: flags.split(',').any(|f| f == "pre"),
            weak: flags.split(',').any(|f| f == "weak"),
        };
        max_words = max_words.max(r[0].split(' ').count());
        if let Some((first, _)) = r[0].split_once(' ') {
            multi_first.insert(first.to_ascii_lowercase().into_bytes(), ());
        }
        if u.case_sensitive {
            exact.insert(r[0].as_bytes(), u);
            continue;
        }
        let low = r[0].to_lowercase();
        if low.len() >= 3 && low.bytes().all(|c| c.is_ascii_lowercase()) {
            let plural = if low.ends_with("ch") || low.ends_with("sh") || low.ends_with('x') {
                format!("{low}es")
            } else if low.ends_with('y') && !low.ends_with("ay") && !low.ends_with("ey") {
                format!("{}ies", &low[..low.len() - 1])
            } else if low.ends_with('s') {
                low.clone()
            } else {
                format!("{low}s")
            };
            folded.entry(plural.into_bytes()).or_insert(u);
        }
        // The wire writes "dlrs" for dollars and "cts" for cents ("446
        // mln Canadian dlrs", "64 Canadian cts a barrel"): a country's
        // dollar reads so too, and its cents are cents.
        if let Some(country) = low
            .strip_suffix(" dollar")
            .or_else(|| low.strip_suffix(" dollars"))
        {
            for dlr in ["dlr", "dlrs"] {
                folded
                    .entry(format!("{country} {dlr}").into_bytes())
                    .or_insert(u);
            }
            let cent = Unit { unit: "cent", ..u };
            for c in ["cent", "cents", "cts"] {
                folded
                    .entry(format!("{country} {c}").into_bytes())
                    .or_insert(cent);
            }
        }
        folded.insert(low.into_bytes(), u);
    }
    Units {
        exact,
        folded,
        multi_first,
        max_words,
    }
});

/// Currency symbols that are not ASCII (`£`, `€`, `₹`, `元`), with their
/// unit, longest first.
pub static CURRENCY_SYMBOLS: LazyLock<Vec<(&'static str, Unit)>> = LazyLock::new(|| {
    let mut v: Vec<(&'static str, Unit)> = rows(UNITS_TSV)
        .filter(|r| r.len() >= 3 && r[2] == "currency" && !r[0].is_ascii())
        .filter_map(|r| {
            let u = UNITS
                .exact
                .get(r[0].as_bytes())
                .or_else(|| UNITS.folded.get(r[0].as_bytes()))?;
            Some((r[0], *u))
        })
        .collect();
    v.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    v
});

/// A qualifier phrase.
#[derive(Debug, Clone, Copy)]
pub struct Qualifier {
    /// `approx`, `lower`, `upper` or `exact`.
    pub qualifier: &'static str,
    /// `open`, `closed`, `near` or `-`.
    pub bound: &'static str,
}

/// Qualifier phrases before the figure (`pre`) and after it (`post`),
/// lower case, keyed by the phrase.
pub struct Qualifiers {
    /// Before the figure.
    pub pre: FnvMap<&'static [u8], Qualifier>,
    /// After the figure.
    pub post: FnvMap<&'static [u8], Qualifier>,
    /// Every ending of a phrase before the figure, in words ("than",
    /// "more than", "no more than").
    pub pre_suffix: FnvMap<Vec<u8>, ()>,
    /// Longest phrase in words.
    pub max_words: usize,
}

/// The qualifier lexicon.
pub static QUALIFIERS: LazyLock<Qualifiers> = LazyLock::new(|| {
    let mut pre = FnvMap::default();
    let mut post = FnvMap::default();
    let mut pre_suffix: FnvMap<Vec<u8>, ()> = FnvMap::default();
    let mut max_words = 1;
    for r in rows(QUALIFIERS_TSV) {
        if r.len() < 4 {
            continue;
        }
        let q = Qualifier {
            qualifier: match r[2] {
                "approx" => "approx",
                "lower" => "lower",
                "upper" => "upper",
                _ => "exact",
            },
            bound: match r[3] {
                "open" => "open",
                "closed" => "closed",
                "near" => "near",
                _ => "-",
            },
        };
        max_words = max_words.max(r[0].split(' ').count());
        if r[1] == "post" {
            post.insert(r[0].as_bytes(), q);
        } else {
            pre.insert(r[0].as_bytes(), q);
            let words: Vec<&str> = r[0].split(' ').collect();
            for k in 0..words.len() {
                pre_suffix.insert(words[k..].join(" ").into_bytes(), ());
            }
        }
    }
    Qualifiers {
        pre,
        post,
        pre_suffix,
        max_words,
    }
});

/// Category keywords (lower case).
pub static CATEGORIES: LazyLock<FnvMap<&'static [u8], &'static str>> = LazyLock::new(|| {
    rows(CATEGORIES_TSV)
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0].as_bytes(), category_name(r[1])))
        .collect()
});

/// The `&'static str` category names of the taxonomy.
fn category_name(s: &str) -> &'static str {
    match s {
        "deaths" => "deaths",
        "injured" => "injured",
        "casualties" => "casualties",
        "displaced" => "displaced",
        "arrested" => "arrested",
        "missing" => "missing",
        "jobs" => "jobs",
        "people" => "people",
        _ => "other",
    }
}

/// A change word: direction and where it stands.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    /// `rise` or `fall`.
    pub direction: &'static str,
    /// Stands before the figure ("rose 5%").
    pub pre: bool,
    /// Stands after it ("a 5% rise").
    pub post: bool,
}

/// Change words (lower case).
pub static CHANGES: LazyLock<FnvMap<&'static [u8], Change>> = LazyLock::new(|| {
    rows(CHANGE_TSV)
        .filter(|r| r.len() >= 3)
        .map(|r| {
            (
                r[0].as_bytes(),
                Change {
                    direction: if r[1] == "fall" { "fall" } else { "rise" },
                    pre: r[2] != "post",
                    post: r[2] != "pre",
                },
            )
        })
        .collect()
});

/// Label words (lower case): "No. 10", "Flight 370".
pub static LABELS: LazyLock<FnvMap<&'static [u8], ()>> = LazyLock::new(|| {
    rows(LABELS_TSV)
        .filter_map(|r| r.first().map(|w| (w.trim().as_bytes(), ())))
        .collect()
});

/// Whether `w` (ASCII letters) is a currency written before its number
/// in the unit lexicon: `RM`, `Rs`, `R`, `USD`, `PLN` (for `RM4.1bn`,
/// where the letters are glued to the number and would otherwise make a
/// code of it).
pub(crate) fn is_currency_prefix(w: &[u8]) -> bool {
    let u = UNITS.exact.get(w).copied().or_else(|| {
        let mut l = [0u8; 8];
        let l = l.get_mut(..w.len())?;
        l.copy_from_slice(w);
        l.make_ascii_lowercase();
        UNITS.folded.get(&l[..]).copied()
    });
    u.is_some_and(|u| u.pre && u.kind == UnitKind::Currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_parse() {
        assert_eq!(UNITS.folded[&b"kilometres"[..]].unit, "km");
        assert_eq!(UNITS.folded[&b"inches"[..]].unit, "inch");
        assert_eq!(UNITS.exact[&b"m"[..]].unit, "m");
        assert_eq!(UNITS.folded[&b"dlrs"[..]].unit, "USD");
        assert_eq!(QUALIFIERS.pre[&b"more than"[..]].qualifier, "lower");
        assert_eq!(QUALIFIERS.post[&b"or more"[..]].bound, "closed");
        assert_eq!(CATEGORIES[&b"killed"[..]], "deaths");
        assert_eq!(CATEGORIES[&b"casualties"[..]], "casualties");
        assert_eq!(CHANGES[&b"rose"[..]].direction, "rise");
        assert!(LABELS.contains_key(&b"flight"[..]));
        assert!(UNITS.multi_first.contains_key(&b"square"[..]));
        assert!(QUALIFIERS.pre_suffix.contains_key(&b"more than"[..]));
    }
}
