//! Dates and time expressions: the `dates` table.
//!
//! Finds absolute dates (`May 7, 2013`, `2013-05-07`, `10/1/2018`),
//! relative ones resolved against the publication date (`yesterday`,
//! `last week`, `two years ago`, `Friday` with the tense of its clause),
//! durations (`three years` → `P3Y`, `more than two hours` → `PT2H` with
//! modifier `MORE_THAN`), times of day, decades, quarters, halves, seasons,
//! fiscal years, holidays and sets (`every month`, `daily`), and writes
//! each as a [`DateMention`] with a TIMEX3-style value.
//!
//! How it works, cheapest step first:
//! 1. a trigger pass: one scan over the bytes, word by word; a word is a
//!    trigger when it is in the trigger lexicon (months, weekdays, units,
//!    deictic and season words; a Bloom filter on the first three letters
//!    and the length rejects almost every other word before the hashed
//!    lookup), and a digit run is one when it is shaped like a year, a
//!    numeric date or a clock time. An Aho-Corasick automaton over the same
//!    words, plus a separate digit scan, was the first version: on prose
//!    with no date the word scan runs about four times faster (≈1.5 GB/s
//!    against ≈0.4 GB/s per core, `benches/dates.rs`), because the
//!    automaton steps through every byte and stops inside "market",
//!    "decline" or "known";
//! 2. each trigger opens a small window (32 bytes before, 40 after),
//!    windows that touch are merged, and only these regions are tokenized
//!    ([`lex`]), about a third of a wire-service text;
//! 3. a hand-written grammar ([`grammar`]) finds the longest expression at
//!    each token; ambiguous words ("May", "March", "fall", "second",
//!    "Sun") need a context that makes them dates;
//! 4. [`resolve`] turns the expression into a value, using the
//!    publication date and the tense around the mention, and a little
//!    document state (the quarter the text talks about, the last year it
//!    named) for "the year-ago quarter" or "that year".
//!
//! Every grammar rule contains a trigger word or digit run, so what is
//! found never depends on what else stands nearby.
//!
//! Values and granularities written (TIMEX3 conventions, as TimeBank
//! uses them):
//!
//! | text | `value` | `granularity` | `kind` |
//! |---|---|---|---|
//! | `May 7, 2013`, `yesterday` | `2013-05-07` | `day` | `date` |
//! | `last week`, `the week of March 6` | `2013-W18` | `week` | `date` |
//! | `the weekend` | `2013-W18-WE` | `weekend` | `date` |
//! | `March 1996`, `last month` | `1996-03` | `month` | `date` |
//! | `the third quarter`, `Q3 2019` | `2013-Q3` | `quarter` | `date` |
//! | `the first half of 2012` | `2012-H1` | `half` | `date` |
//! | `last summer` | `2012-SU` | `season` | `date` |
//! | `1989`, `next year` / `fiscal 1988` | `1989` / `1988` | `year` / `fiscal_year` | `date` |
//! | `the 1990s` / `the 20th century` | `199` / `19` | `decade` / `century` | `date` |
//! | `now`, `recently`, `the near future` | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` | `ref` | `date` |
//! | `5 p.m. Friday`, `Thursday evening` | `2013-05-10T17:00`, `2013-05-02TEV` | `time` | `time` |
//! | `three years`, `more than two hours` | `P3Y`, `PT2H` (modifier `MORE_THAN`) | `duration` | `duration` |
//! | `every month`, `Sundays`, `daily` | `P1M`, `XXXX-WXX-7`, `P1D` | `set` | `set` |
//!
//! Without a publication date, relative expressions keep `X` placeholders
//! and `relative = true`: `May 7` → `XXXX-05-07`, `Friday` →
//! `XXXX-WXX-5`, `last year` → `XXXX`.
//!
//! Measured (`cargo run --release --example eval_dates`, value F1 with
//! TIMEX strings compared exactly): TimeBank 82.8, AQUAINT 76.0, both
//! together 80.6; Recognizers-Text span F1 77.4 (its values are ranges and
//! unresolved forms that this extractor does not write). Throughput
//! (`cargo bench --bench dates`, one core): about 150 MB/s on
//! Reuters-21578 and 1 GB/s on prose without dates, on a two-core machine
//! shared with other builds; about 48 instructions per byte on Reuters
//! (valgrind), of which a third is the tokenizer, a fifth the trigger
//! scan.
//!
//! ```
//! use claimscan::extract::dates::{Dates, DateOptions};
//! use claimscan::extract::Registry;
//! use claimscan::Document;
//! let mut reg = Registry::empty();
//! reg.push(Box::new(Dates::new(DateOptions::default())));
//! let doc = Document::from_text("d", "Kerry met Putin on Tuesday, two days after May 5.")
//!     .with_published(jiff::civil::date(2013, 5, 8));
//! let found = reg.extract(&doc);
//! let values: Vec<&str> = found.dates.iter().map(|d| d.value.as_str()).collect();
//! assert_eq!(values, ["2013-05-07", "P2D", "2013-05-05"]);
//! ```

pub mod grammar;
pub mod lex;
pub mod resolve;

use std::sync::LazyLock;

use jiff::civil::Date;

use super::byte_class::{self, DIGIT, LETTER};
use super::{Context, DateMention, Extraction, Extractor};
use resolve::{Focus, Tense};

/// Options for the dates extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateOptions {
    /// Read `7/5/2013` as 7 May (day first) instead of July 5 (the US
    /// default). Dates whose first part is above 12 are read day-first
    /// either way.
    pub day_first: bool,
}

/// The dates extractor (`dates`).
#[derive(Debug, Clone, Default)]
pub struct Dates {
    /// How to read ambiguous numeric dates.
    pub options: DateOptions,
}

impl Dates {
    /// An extractor with these options.
    pub fn new(options: DateOptions) -> Dates {
        Dates { options }
    }

    /// Finds the expressions in `text`, resolved against `anchor`.
    /// `sentences` are the text's sentences (used for tense and to decide
    /// what "a year earlier" refers to); pass an empty slice to treat the
    /// text as one sentence.
    pub fn find(
        &self,
        text: &str,
        anchor: Option<Date>,
        sentences: &[super::Sentence],
    ) -> Vec<DateMention> {
        let mut out = Vec::new();
        let mut toks = Vec::with_capacity(64);
        let mut focus = Focus::default();
        for_each_region(text, |from, to| {
            toks.clear();
            lex::tokenize(text, from, to, &mut toks);
            let mut i = 0;
            while i < toks.len() {
                if !grammar::can_start(&toks, i) {
                    i += 1;
                    continue;
                }
                let Some(p) = grammar::parse(&toks, i, text, &self.options) else {
                    i += 1;
                    continue;
                };
                if p.end <= i {
                    i += 1;
                    continue;
                }
                let start = toks[i].start;
                let end = toks[p.end - 1].end;
                let sentence = super::sentence_at(sentences, start).unwrap_or(0);
                let (ss, se) = sentences
                    .get(sentence)
                    .map_or((0, text.len()), |s| (s.start, s.end));
                let mut tense_cache = None;
                let mut tense = || {
                    *tense_cache.get_or_insert_with(|| {
                        clause_tense(text, ss.min(start), se.max(end), start, end)
                    })
                };
                if let Some(r) = resolve::resolve(&p.expr, anchor, &mut tense, &mut focus, sentence)
                {
                    out.push(DateMention {
                        start,
                        end,
                        surface: text[start..end].to_string(),
                        kind: r.kind,
                        value: r.value,
                        granularity: r.granularity,
                        date: r.date,
                        relative: r.relative,
                        anchor: if r.relative { anchor } else { None },
                        modifier: p.expr.modifier,
                    });
                }
                i = p.end;
            }
        });
        out
    }
}

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Extraction) {
        let found = self.find(cx.text, cx.doc.published, cx.sentences);
        out.dates.extend(found);
    }
}

// ---------------------------------------------------------------------
// triggers

/// Words that can head a date or time expression (a plural "s" is
/// allowed after each). Ambiguous ones ("may", "fall", "second") are
/// confirmed by the grammar.
const TRIGGER_WORDS: &[&str] = &[
    // months and weekdays (weekday abbreviations only count before a
    // date, which triggers on its own)
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    // units and period words
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "yrs",
    "hrs",
    "mins",
    "secs",
    // deictic and reference words
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "nowadays",
    "present",
    "recently",
    "lately",
    "future",
    "soon",
    "past",
    "term",
    // sets
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "quarterly",
    "hourly",
    "nightly",
    // times of day, seasons, holidays
    "morning",
    "afternoon",
    "evening",
    "noon",
    "midnight",
    "midday",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "christmas",
    "xmas",
    "thanksgiving",
    "halloween",
    "easter",
    // decades and years in words
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "nineteen",
];

/// Month abbreviations: triggers only when a dot or a space follows, so
/// that "Mar" in a name or "Dec" in a code does not fire.
const TRIGGER_ABBREVS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

struct Triggers {
    /// Bloom filter over (first three letters, length).
    bloom: Box<[u64; 64]>,
    words: lex::WordSet,
    abbrevs: lex::WordSet,
}

/// Slot of a word (at least 3 letters) in the trigger Bloom filter.
fn bloom_slot(w: &[u8]) -> usize {
    let k = u32::from(w[0] | 0x20)
        | u32::from(w[1] | 0x20) << 8
        | u32::from(w[2] | 0x20) << 16
        | (w.len() as u32) << 24;
    (k.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

static TRIGGERS: LazyLock<Triggers> = LazyLock::new(|| {
    let mut bloom = Box::new([0u64; 64]);
    let mut set = |w: &str| {
        if w.len() >= 3 {
            let h = bloom_slot(w.as_bytes());
            bloom[h >> 6 & 63] |= 1 << (h & 63);
        }
    };
    for w in TRIGGER_WORDS {
        set(w);
        set(&format!("{w}s"));
    }
    for w in TRIGGER_ABBREVS {
        set(w);
    }
    Triggers {
        bloom,
        words: lex::word_set(TRIGGER_WORDS),
        abbrevs: lex::word_set(TRIGGER_ABBREVS),
    }
});

/// Whether the word `b[s..e]` (ASCII letters) is a trigger.
fn is_trigger_word(tr: &Triggers, b: &[u8], s: usize, e: usize) -> bool {
    let w = &b[s..e];
    let len = w.len();
    let next = b.get(e).copied().unwrap_or(b' ');
    if len < 3 {
        // "Q3", "H1", "FY2019": letters glued to a digit
        return next.is_ascii_digit()
            && (len == 1 && matches!(w[0] | 0x20, b'q' | b'h')
                || len == 2 && (w[0] | 0x20) == b'f' && (w[1] | 0x20) == b'y');
    }
    if len > 13 {
        return false;
    }
    let h = bloom_slot(w);
    if tr.bloom[h >> 6 & 63] >> (h & 63) & 1 == 0 {
        return false;
    }
    if lex::in_set_bytes(&tr.words, w) {
        return true;
    }
    if len > 3 && (w[len - 1] | 0x20) == b's' && lex::in_set_bytes(&tr.words, &w[..len - 1]) {
        return true;
    }
    (next == b'.' || next == b' ') && lex::in_set_bytes(&tr.abbrevs, w)
}

/// The next trigger at or after `*pos`: a trigger word, or a digit run
/// that may be part of a date or time (see [`digit_hit`]). One pass over
/// the bytes, word by word.
fn next_trigger(tr: &Triggers, b: &[u8], pos: &mut usize) -> Option<(usize, usize)> {
    let n = b.len();
    let mut i = *pos;
    while i < n {
        let c = b[i];
        let class = byte_class::of(c);
        if class == 0 {
            i += 1;
            continue;
        }
        if class == LETTER {
            let s = i;
            i = lex::word_end(b, i + 1);
            let starts_word = s == 0
                || !b[s - 1].is_ascii_alphanumeric() && (b[s - 1] < 0x80 || punct_before(b, s));
            let ends_word = i >= n || b[i] < 0x80 || lex::is_unicode_punct(b, i);
            if starts_word && ends_word && is_trigger_word(tr, b, s, i) {
                *pos = i;
                return Some((s, i));
            }
            // "o'clock"
            if i - s == 5
                && s >= 2
                && b[s - 1] == b'\''
                && (b[s - 2] | 0x20) == b'o'
                && b[s..i].eq_ignore_ascii_case(b"clock")
            {
                *pos = i;
                return Some((s - 2, i));
            }
            continue;
        }
        if class == DIGIT {
            let s = i;
            while i < n && byte_class::of(b[i]) == DIGIT {
                i += 1;
            }
            if digit_hit(b, s, i) {
                *pos = i;
                return Some((s, i));
            }
            continue;
        }
        i += 1;
    }
    *pos = n;
    None
}

/// Whether the character ending just before `s` is non-ASCII
/// punctuation ([`lex::is_unicode_punct`]: a curly quote, a dash, NBSP).
fn punct_before(b: &[u8], s: usize) -> bool {
    s >= 3 && lex::is_unicode_punct(b, s - 3) || s >= 2 && b[s - 2] == 0xC2
}

/// Bytes looked at before and after a trigger.
const BACK: usize = 32;
const FWD: usize = 40;
/// The same around a digit run.
const DIGIT_BACK: usize = 16;
const DIGIT_FWD: usize = 24;

/// Calls `f(from, to)` for each region of `text` worth tokenizing, in
/// order and without overlap.
fn for_each_region(text: &str, mut f: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    let n = b.len();
    let tr = &*TRIGGERS;
    let mut pos = 0;
    let mut cur: Option<(usize, usize)> = None;
    while let Some(t) = next_trigger(tr, b, &mut pos) {
        // a digit run needs less context than a word ("early 1987",
        // "1987 fourth quarter" are short; "the first nine months" is not)
        let (back, fwd) = if b[t.0].is_ascii_digit() {
            (DIGIT_BACK, DIGIT_FWD)
        } else {
            (BACK, FWD)
        };
        let lo = snap_left(text, t.0.saturating_sub(back));
        let hi = snap_right(text, (t.1 + fwd).min(n));
        match cur {
            Some((cs, ce)) if lo <= ce => cur = Some((cs, ce.max(hi))),
            Some((cs, ce)) => {
                f(cs, ce);
                cur = Some((lo.max(ce), hi));
            }
            None => cur = Some((lo, hi)),
        }
    }
    if let Some((cs, ce)) = cur {
        f(cs, ce);
    }
}

fn snap_left(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let floor = i.saturating_sub(24);
    while i > floor && !b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    ceil_boundary(text, i)
}

fn snap_right(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let ceil = (i + 24).min(b.len());
    while i < ceil && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    ceil_boundary(text, i)
}

/// Whether the digit run `b[s..i]` may be part of a date or time: a
/// 4-digit number starting with 1 or 2 (or followed by a capitalised
/// word, as in `0930 GMT`), an 8-digit one, digits followed by `/`, `:`,
/// `-` and a digit, `'` before, a glued suffix (`5pm`, `1990s`, `7th`), or
/// `a.m.` / `pm` after a space.
fn digit_hit(b: &[u8], s: usize, i: usize) -> bool {
    let n = b.len();
    let len = i - s;
    let prev_ok = s == 0 || !(b[s - 1].is_ascii_digit() || b[s - 1] == b',' || b[s - 1] == b'.');
    let next = if i < n { b[i] } else { 0 };
    let next2 = if i + 1 < n { b[i + 1] } else { 0 };
    prev_ok
        && ((len == 4
            && (b[s] == b'1' || b[s] == b'2')
            && !(next == b'.' && next2.is_ascii_digit()))
            || len == 8
            || (len <= 4 && matches!(next, b'/' | b':' | b'-') && next2.is_ascii_digit())
            || (len <= 2 && next.is_ascii_alphabetic())
            || (len <= 2 && next == b' ' && is_ampm(&b[i + 1..]))
            || (len == 4 && next == b' ' && next2.is_ascii_uppercase())
            || (len == 2 && s > 0 && (b[s - 1] == b'\'' || b[s - 1] == 0x99))
            || (len <= 2 && next == b'.' && next2.is_ascii_digit() && is_dotted_date(b, s))
            || (len <= 2 && next == b'.' && is_dot_time(b, i + 1)))
}

/// `am`, `pm`, `a.m.`, `p.m.` at the start of `b` (any case).
fn is_ampm(b: &[u8]) -> bool {
    let lower = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
    matches!(lower(0), Some(b'a' | b'p'))
        && (lower(1) == Some(b'm') && !b.get(2).is_some_and(u8::is_ascii_alphabetic)
            || lower(1) == Some(b'.') && lower(2) == Some(b'm'))
}

/// `30pm`, `30 a.m.`, `15 BST` at `i` (after the dot of `2.30pm`).
fn is_dot_time(b: &[u8], i: usize) -> bool {
    let d = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    if !(d(i) && d(i + 1)) || d(i + 2) {
        return false;
    }
    let rest = &b[i + 2..];
    is_ampm(rest)
        || rest.first() == Some(&b' ')
            && (is_ampm(&rest[1..]) || rest.get(1).is_some_and(u8::is_ascii_uppercase))
}

fn is_dotted_date(b: &[u8], s: usize) -> bool {
    // d{1,2}.d{1,2}.d{2,4}
    let mut i = s;
    let mut parts = 0;
    loop {
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return false;
        }
        parts += 1;
        if parts == 3 {
            return !(i < b.len()
                && (b[i].is_ascii_digit()
                    || b[i] == b'.' && i + 1 < b.len() && b[i + 1].is_ascii_digit()));
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
        } else {
            return false;
        }
    }
}

// ---------------------------------------------------------------------
// tense

/// Auxiliaries that fix the tense of a clause.
const STRONG_FUTURE: &[&str] = &["will", "shall", "ll", "wont"];
const STRONG_PAST: &[&str] = &["was", "were", "had", "did", "hadn", "wasn", "weren", "didn"];

/// Words that lean a clause towards the future (deadlines, plans).
const WEAK_FUTURE: &[&str] = &[
    "scheduled",
    "slated",
    "due",
    "payable",
    "planned",
    "planning",
    "effective",
    "expire",
    "expires",
    "expects",
    "expected",
    "expect",
    "plans",
    "plan",
    "intends",
    "intend",
    "hopes",
    "aims",
    "upcoming",
    "next",
    "tomorrow",
    "soon",
    "before",
    "by",
    "through",
];

/// Words that lean a clause towards the past.
const WEAK_PAST: &[&str] = &[
    "ago",
    "last",
    "yesterday",
    "since",
    "said",
    "told",
    "announced",
    "has",
    "have",
    "hasn",
    "haven",
    "met",
    "went",
    "came",
    "saw",
    "took",
    "made",
    "gave",
    "left",
    "held",
    "began",
    "rose",
    "fell",
    "won",
    "lost",
    "sold",
    "bought",
    "paid",
    "became",
    "brought",
    "found",
    "got",
    "knew",
    "led",
    "ran",
    "sent",
    "spoke",
    "thought",
    "wrote",
    "struck",
    "shot",
    "broke",
    "chose",
    "drove",
    "fought",
    "flew",
    "grew",
    "kept",
    "meant",
    "quit",
    "sank",
    "stood",
    "swore",
    "threw",
    "withdrew",
    "earlier",
    "recently",
];

/// Words ending in "ed" that are not past forms (or not reliable ones).
const NOT_PAST_ED: &[&str] = &[
    "need",
    "indeed",
    "speed",
    "proceed",
    "exceed",
    "succeed",
    "feed",
    "seed",
    "breed",
    "bed",
    "red",
    "shed",
    "wed",
    "bleed",
    "weed",
    "greed",
    "deed",
    "reed",
    "steed",
    "creed",
    "hundred",
    "scheduled",
    "expected",
    "planned",
    "slated",
    "based",
    "related",
    "limited",
    "united",
    "proposed",
    "estimated",
    "detailed",
    "advanced",
    "combined",
    "listed",
    "registered",
    "concerned",
    "interested",
    "used",
    "supposed",
    "required",
    "needed",
    "owned",
    "backed",
    "led",
    "armed",
    "named",
    "called",
    "aged",
    "so-called",
    "proceed",
    "unexpected",
];

/// Tags of the tense cue words.
const STRONG_FUTURE_TAG: u8 = 1;
const STRONG_PAST_TAG: u8 = 2;
const WEAK_FUTURE_TAG: u8 = 3;
const WEAK_PAST_TAG: u8 = 4;
const NOT_PAST_TAG: u8 = 5;

/// The tense lists in one hashed map, word → tag (the first list that
/// names a word wins).
static TENSE_MAP: LazyLock<lex::WordMap> = LazyLock::new(|| {
    lex::word_map(&[
        (STRONG_FUTURE, STRONG_FUTURE_TAG),
        (STRONG_PAST, STRONG_PAST_TAG),
        (WEAK_FUTURE, WEAK_FUTURE_TAG),
        (WEAK_PAST, WEAK_PAST_TAG),
        (NOT_PAST_ED, NOT_PAST_TAG),
    ])
});

fn lower_word(w: &[u8], buf: &mut [u8; 14]) -> Option<usize> {
    if w.len() > 14 || w.is_empty() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    Some(w.len())
}

/// Verbs of a report in the past, right before the day it was made.
const REPORTED: &[&str] = &[
    "said",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
    "confirmed",
    "declared",
    "wrote",
    "noted",
    "warned",
    "disclosed",
    "revealed",
    "testified",
];

/// Words between a preposition and the day it governs ("by the end of
/// March", "through early next week").
const DATE_GAP: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "middle",
    "of",
    "on",
    "at",
    "next",
    "this",
    "about",
    "around",
];

/// Tense of the clause around `[ms, me)` inside the sentence `[ss, se)`.
///
/// The nearest auxiliary before the mention decides ("will meet on
/// Friday", "had been due to expire Friday"); without one, the nearest
/// weaker hint ("payable Dec. 15", "agreed Tuesday"); then an auxiliary
/// right after it ("Friday's meeting will"). Reporting verbs ("said")
/// carry no information in news and are skipped.
fn clause_tense(text: &str, ss: usize, se: usize, ms: usize, me: usize) -> Tense {
    let b = text.as_bytes();
    let mut buf = [0u8; 14];
    let mut weak: Option<Tense> = None;
    let mut prev_word: &[u8] = b"";
    // Whether the word after this one is "by" before an agent.
    let mut agent = false;
    // Whether the words passed so far only lead up to the mention ("by
    // the end of March"), so that a preposition before them governs it.
    let mut date_words_only = true;
    // "Friday's meeting": the mention names its own day.
    let possessive =
        matches!(b.get(me), Some(b'\'')) || b.get(me..me + 3) == Some("\u{2019}".as_bytes());
    // backward
    let mut i = ms;
    let mut words = 0;
    while i > ss && words < 12 {
        let e0 = i;
        while i > ss && !b[i - 1].is_ascii_alphabetic() {
            i -= 1;
            if matches!(b[i], b';' | b'(' | b')') || b[i] == b'"' && e0 - i > 1 {
                i = ss;
                break;
            }
        }
        let e = i;
        while i > ss && b[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        if e == i {
            break;
        }
        words += 1;
        let Some(n) = lower_word(&b[i..e], &mut buf) else {
            prev_word = &b[i..e];
            date_words_only = false;
            continue;
        };
        let lw = std::str::from_utf8(&buf[..n]).unwrap_or("");
        // Whether the word before this one is one of `ws`.
        let before_is = |ws: &[&str]| {
            let w = text[ss..i]
                .trim_end()
                .rsplit([' ', '\n'])
                .next()
                .unwrap_or("");
            ws.iter().any(|p| w.eq_ignore_ascii_case(p))
        };
        // "a spokesman said on Monday", "the company announced Tuesday":
        // the day of the report itself, whatever the clause it reports
        // says ("The firm will cut jobs, it said on Tuesday"); not a
        // day the report names ("said Friday's meeting will"), nor a
        // participle ("will be announced on Tuesday", "to be reported
        // Tuesday").
        if (words == 1 || words == 2 && prev_word.eq_ignore_ascii_case(b"on"))
            && REPORTED.contains(&lw)
            && !possessive
            && !before_is(&["be", "been", "being", "is", "are"])
        {
            return Tense::Past;
        }
        let tag = lex::map_get(&TENSE_MAP, lw.as_bytes());
        if tag == STRONG_FUTURE_TAG {
            return Tense::Future;
        }
        if tag == STRONG_PAST_TAG {
            // "was planned for early March": a plan, not a past
            if weak == Some(Tense::WeakFuture) && !lw.starts_with("had") && !lw.starts_with("did") {
                return Tense::WeakFuture;
            }
            return Tense::Past;
        }
        if weak.is_none() && words <= 6 {
            // "to Nov. 20", "payable Dec. 15", "as soon as Tuesday"
            // (Not the end of a period: "fell in the three months to
            // September", "the year to March", "in the week to Wednesday".)
            let deadline = words == 1
                && lw == "to"
                && !possessive
                && !before_is(&[
                    "months", "month", "year", "years", "quarter", "quarters", "weeks", "week",
                    "days", "period",
                ]);
            // "plan" is a noun unless "to" follows ("plans to meet")
            let plan_noun = matches!(lw, "plan" | "plans" | "planned" | "planning")
                && !prev_word.eq_ignore_ascii_case(b"to")
                && !prev_word.eq_ignore_ascii_case(b"for");
            let as_soon_as = lw == "as"
                && (prev_word.eq_ignore_ascii_case(b"soon")
                    || prev_word.eq_ignore_ascii_case(b"early"));
            // "by" sets a deadline on the day it governs ("by March",
            // "by the end of March", "by early 2027"), not when it tells
            // an amount or an agent before it ("rose by 5% in March",
            // "was hired by Acme in March").
            // "through" and "before" likewise ("through March" against
            // "marched through the city centre on Saturday").
            let governs_other =
                matches!(lw, "by" | "through" | "before") && words > 1 && !date_words_only;
            let by_amount = governs_other && lw == "by";
            if deadline || as_soon_as || !plan_noun && !governs_other && tag == WEAK_FUTURE_TAG {
                weak = Some(Tense::WeakFuture);
            } else if tag == WEAK_PAST_TAG {
                weak = Some(Tense::Past);
            } else if lw.len() >= 5 && lw.ends_with("ed") && tag != NOT_PAST_TAG && !agent {
                // a passive after "be" is not a past; a participle before
                // its agent ("is sentenced by Judge Knapp on June 1", "was
                // hired by Acme") takes the tense of its auxiliary
                weak = Some(Tense::Past);
            } else if lw == "be" && before_is(&["to"]) {
                // "to be approved by shareholders on April 22": a plan
                weak = Some(Tense::WeakFuture);
            }
            agent = by_amount;
        } else if weak == Some(Tense::Past) && (lw == "be" || lw == "to") && words <= 3 {
            weak = Some(Tense::WeakFuture);
        }
        date_words_only &= DATE_GAP.contains(&lw);
        prev_word = &b[i..e];
    }
    if let Some(t) = weak {
        return t;
    }
    // forward: an auxiliary right after ("Friday's meeting will")
    let mut i = me;
    let mut words = 0;
    while i < se && words < 4 {
        while i < se && !b[i].is_ascii_alphabetic() {
            if matches!(b[i], b',' | b';' | b'.') {
                return Tense::Unknown;
            }
            i += 1;
        }
        let s = i;
        while i < se && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if s == i {
            break;
        }
        words += 1;
        let Some(n) = lower_word(&b[s..i], &mut buf) else {
            continue;
        };
        let lw = std::str::from_utf8(&buf[..n]).unwrap_or("");
        match lex::map_get(&TENSE_MAP, lw.as_bytes()) {
            STRONG_FUTURE_TAG => return Tense::Future,
            STRONG_PAST_TAG => return Tense::Past,
            _ => {}
        }
        if lw == "that" || lw == "and" || lw == "when" || lw == "which" {
            break;
        }
    }
    Tense::Unknown
}

// ---------------------------------------------------------------------
// publication date

static DATELINE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)^[ \t]*[A-Z][A-Z .'\-]{2,40}(?:,[ \t]*[A-Za-z .]{2,30})?,[ \t]*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?)[ \t]*(?:\([A-Za-z .&\-]+\))?[ \t]*(?:-|--|\x{2013}|\x{2014}|:)",
    )
    .ok()
});

/// Labels that may stand before a date line.
const DATE_LABELS: &[&str] = &[
    "posted",
    "published",
    "updated",
    "last updated",
    "date",
    "dated",
    "first published",
    "created",
    "modified",
    "on",
    "posted on",
    "published on",
    "updated on",
    "update",
];

/// The article's own date when its text states it: a stand-alone date
/// line near the start or the end ("Wednesday, May 8th 2013", "Posted:
/// Friday, January 31, 2014 10:21 AM EST") or a dateline ("MOSCOW, May 7
/// (Reuters) -") whose year is stated elsewhere in the text. Only full
/// dates are returned.
///
/// ```
/// use claimscan::extract::dates::publication_date_in_text;
/// let text = "Harbour reopens\n\nPosted: Friday, January 31, 2014 10:21 AM EST\n\nThe harbour reopened on Thursday.";
/// assert_eq!(publication_date_in_text(text), Some(jiff::civil::date(2014, 1, 31)));
/// ```
pub fn publication_date_in_text(text: &str) -> Option<Date> {
    let dates = Dates::default();
    let n = text.len();
    let head_end = floor_boundary(text, n.min(1500));
    let tail_start = ceil_boundary(text, n.saturating_sub(2500)).max(head_end);
    let head_lines = text[..head_end].lines().take(20);
    let tail: Vec<&str> = text[tail_start..].lines().collect();
    let tail_lines = tail.iter().rev().take(40).copied();
    for line in head_lines.chain(tail_lines) {
        if let Some(d) = date_line(&dates, line) {
            return Some(d);
        }
    }
    // dateline: "MOSCOW, May 7 (Reuters) -"
    let head = &text[..floor_boundary(text, n.min(600))];
    let caps = DATELINE.as_ref()?.captures(head)?;
    let part = caps.get(1)?;
    let found = dates.find(part.as_str(), None, &[]);
    let m = found.first()?;
    let v = m.value.as_str();
    if let Some(rest) = v.strip_prefix("XXXX-") {
        // month-day without year: the year most often stated in the text
        let year = dominant_year(&dates, text)?;
        let (mm, dd) = rest.split_once('-')?;
        return Date::new(year, mm.parse().ok()?, dd.parse().ok()?).ok();
    }
    full_date(v)
}

fn full_date(v: &str) -> Option<Date> {
    let d = v.get(..10)?;
    if d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-' && !d.contains('X') {
        d.parse().ok()
    } else {
        None
    }
}

/// A line that is nothing but a date (with an optional label and time).
fn date_line(dates: &Dates, line: &str) -> Option<Date> {
    let t = line.trim();
    if t.is_empty() || t.len() > 90 {
        return None;
    }
    let mut body = t;
    let lower = t.to_ascii_lowercase();
    for l in DATE_LABELS {
        if lower.starts_with(l) {
            let rest = &t[l.len()..];
            let rest2 = rest.trim_start_matches([':', ' ', '\t', '-']);
            if rest2.len() < rest.len() || rest.starts_with(':') {
                body = rest2;
                break;
            }
        }
    }
    let found = dates.find(body, None, &[]);
    let m = found.first()?;
    let d = full_date(&m.value)?;
    let before = &body[..m.start];
    let after = &body[m.end..];
    let filler = |s: &str| {
        s.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '|' | ',' | '-' | '\u{2013}' | '\u{2014}' | '(' | ')' | '.' | '/' | ':'
                )
        })
    };
    // a time or zone may be left after the date ("10:21 AM EST")
    let after_ok = filler(after)
        || found.len() == 2
            && found[1].kind == "time"
            && filler(&body[m.end..found[1].start])
            && filler(&body[found[1].end..]);
    (filler(before) && after_ok).then_some(d)
}

fn dominant_year(dates: &Dates, text: &str) -> Option<i16> {
    let mut counts: Vec<(i16, usize)> = Vec::new();
    for m in dates.find(text, None, &[]) {
        if m.relative || m.kind != "date" {
            continue;
        }
        let Some(y) = m.value.get(..4).and_then(|y| y.parse::<i16>().ok()) else {
            continue;
        };
        match counts.iter_mut().find(|(cy, _)| *cy == y) {
            Some(c) => c.1 += 1,
            None => counts.push((y, 1)),
        }
    }
    // A guess only when one year clearly dominates: stated at least twice
    // and more often than any other. An article that mentions 1978 and
    // 2019 once each, under a yearless dateline, gets no date rather than
    // a wrong one.
    counts.sort_by_key(|&(y, c)| (std::cmp::Reverse(c), y));
    match counts.as_slice() {
        [(y, c), rest @ ..] if *c >= 2 && rest.first().is_none_or(|(_, c2)| c2 < c) => Some(*y),
        _ => None,
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The dates of an evaluation record ([`crate::eval`]) as scorable items,
/// resolved against the record's reference date: what the eval harness
/// and the regression test both score.
pub fn eval_items(dates: &Dates, rec: &crate::eval::Record) -> Vec<crate::eval::Item> {
    let anchor = rec
        .dct
        .as_deref()
        .and_then(|d| d.get(..10))
        .and_then(|d| d.parse().ok());
    let sents = super::sentences::split(&rec.text);
    dates
        .find(&rec.text, anchor, &sents)
        .into_iter()
        .map(|m| crate::eval::Item {
            start: Some(m.start),
            end: Some(m.end),
            surface: Some(m.surface),
            value: serde_json::Value::String(m.value),
            kind: Some(m.kind.to_ascii_uppercase()),
            ..crate::eval::Item::default()
        })
        .collect()
}

#[cfg(test)]
mod tests;
