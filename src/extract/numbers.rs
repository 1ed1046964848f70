//! The number scanner: every numeral and spelled-out number in a text, with
//! its value, its rounding step and what kind of number it is.
//!
//! This is the reusable layer under the `claims` extractor. It knows
//! numerals (`70,000`, `1.2`, `.08`, `1 234 567`, `1.111,11`, `-4/5`,
//! `2 1/2`, `½`, `1.3e6`, `2.48×10−5`, `1.1^23`), scales (`1.2 million`,
//! `$5m`, `10k`, `5.93 mln`, `3 dozen`, `13 lakh`), spelled numbers
//! (`one hundred and two`, `twenty-one trillion`, `two thirds`, `five and a
//! half million`, `nought point five`, `minus five`) and vague quantities
//! (`hundreds`, `tens of thousands`, `several hundred`, `a couple of`, `a
//! handful of`, an age by its decade: `in his 20s`, `in her mid-40s`).
//! Ranges are found on top of it by [`range_between`].
//!
//! It also recognises, by itself, the numbers that are not quantities, so
//! that a caller never has to rely on another extractor to drop them:
//! years (`in 2012`, `2012-13`, `1960s`, `'98`), dates (`May 7`, `7 May`,
//! `7/5/2012`, `2013-05-07`), times (`10:30`, `2pm`, `2.17 p.m.`,
//! `0800 GMT`), phone numbers (`+1-222-2222-2222`), ordinals (`3rd`,
//! `twenty-first`, `a third-set rally`), list numbering (`1.` or `2)` at
//! the start of a line), names with digits (`F-16`, `COVID-19`, `G7`, `5G`, `MH17`, `9/11`,
//! `EA-6B`, the `0/92` programme, `50/50`, a `two-for-one` split), set
//! scores in a line (`7-5 6-3 3-6`) and ranks after "number" (`world
//! number two`).
//! Each gets its own [`Kind`]; only [`Kind::Cardinal`] and [`Kind::Vague`]
//! are quantities. A half or a quarter placed in time (`third-quarter
//! profit`, `the first half of 2012`) and idioms with "one" (`on one
//! hand`, `at one time`) are no numbers at all.
//!
//! The scanner is a single pass over the bytes: a digit, a letter at the
//! start of a word whose first two letters can begin a number word, or a
//! vulgar fraction character starts a candidate; everything else is
//! skipped. No regex, no allocation per candidate.
//!
//! Sample inputs, with the number found:
//!
//! | text | span | value | kind |
//! |---|---|---|---|
//! | `over 70,000 lives` | `70,000` | 70000 | Cardinal (rounding 1000) |
//! | `1.2 million` | `1.2 million` | 1200000 | Cardinal (rounding 100000) |
//! | `£5m` | `5m` | 5000000 | Cardinal |
//! | `one hundred and two` | whole | 102 | Cardinal |
//! | `two thirds` | whole | 0.667 | Cardinal (fraction) |
//! | `tens of thousands` | whole | — | Vague, 20000..100000 |
//! | `in 2012` | `2012` | 2012 | Year |
//! | `May 7` | `7` | 7 | Date |
//! | `F-16` | `16` | 16 | Code |

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A quantity: a count, an amount, a measure.
    Cardinal,
    /// A rank: `3rd`, `twenty-first` (`value` is the rank).
    Ordinal,
    /// A year or a decade: `2012`, `2012-13`, `1960s`, `'98`.
    Year,
    /// Part of a calendar date: `May 7`, `7/5/2012`, `2013-05-07`.
    Date,
    /// A time of day: `10:30`, `2pm`, `0800 GMT`.
    Time,
    /// A phone number.
    Phone,
    /// A name, label or identifier with digits: `F-16`, `G7`, `192.168.1.2`.
    Code,
    /// List numbering: `1.` or `2)` opening a line.
    ListMarker,
    /// A quantity without a value: `hundreds`, `tens of thousands`
    /// (`lo`/`hi` hold the bounds the wording allows; `value` is NaN).
    Vague,
}

/// One number found in a text. Offsets are byte offsets, `end` exclusive,
/// always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// Start of the number (its sign, first digit or first word).
    pub start: usize,
    /// End (exclusive), after a scale word if any.
    pub end: usize,
    /// The value (NaN for [`Kind::Vague`]).
    pub value: f64,
    /// What kind of number it is.
    pub kind: Kind,
    /// The rounding step of the figure as written: `70,000` → 1000,
    /// `70,412` → 1, `1.2 million` → 100000, `2.5` → 0.1; 0 when not
    /// meaningful (fractions).
    pub rounding: f64,
    /// Lowest value the wording allows (= `value` unless vague).
    pub lo: f64,
    /// Highest value the wording allows (= `value` unless vague;
    /// infinite when open).
    pub hi: f64,
    /// Written (at least partly) in words.
    pub spelled: bool,
    /// Has a scale word or suffix (`million`, `m`, `bn`, `dozen`).
    pub scaled: bool,
    /// The scale factor (1 when none: `2 million` → 1e6).
    pub scale: f64,
    /// Is a fraction (`3/4`, `two thirds`, `½`, `2 1/2`).
    pub fraction: bool,
    /// Only a number in the right context: `one`, `a quarter` alone.
    pub weak: bool,
    /// Letters follow the numeral with no space and are not a scale
    /// (`10km`, `3D`): a unit or a name; the caller decides.
    pub suffix: bool,
    /// Plain digits only (no sign, grouping, decimals or scale).
    pub plain: bool,
    /// Number of integer digits for plain numbers.
    pub digits: u8,
    /// Written with a decimal part.
    pub decimal: bool,
}

impl Num {
    fn new(start: usize, end: usize, value: f64, kind: Kind) -> Num {
        Num {
            start,
            end,
            value,
            kind,
            rounding: 1.0,
            lo: value,
            hi: value,
            spelled: false,
            scaled: false,
            scale: 1.0,
            fraction: false,
            weak: false,
            suffix: false,
            plain: false,
            digits: 0,
            decimal: false,
        }
    }

    /// Whether this number is a quantity (a cardinal or a vague amount).
    pub fn is_quantity(&self) -> bool {
        matches!(self.kind, Kind::Cardinal | Kind::Vague)
    }
}

// ---------------------------------------------------------------------
// Byte helpers

/// A tiny FNV-1a hasher for the word tables (keys are short ASCII words).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map keyed by short strings, with [`Fnv`].
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[inline]
pub(crate) fn is_alpha(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

#[inline]
pub(crate) fn is_digit(c: u8) -> bool {
    c.is_ascii_digit()
}

/// A byte that belongs to a word: ASCII letter or digit, or any byte of a
/// non-ASCII character (so word spans never split a character).
#[inline]
pub(crate) fn is_wordish(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// End of the ASCII-letter run starting at `i`. Reads eight bytes at a
/// time (SWAR): one branch per word instead of one per letter, which is
/// most of the scanner's time on real text.
#[inline]
pub(crate) fn alpha_end(b: &[u8], mut i: usize) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    while i + 8 <= b.len() {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[i..i + 8]);
        let y = u64::from_le_bytes(a) | 0x2020_2020_2020_2020;
        let v = y & !HI;
        // Per byte: v >= 'a' and not v >= '{' and no high bit.
        let ge_a = (v + 0x1f1f_1f1f_1f1f_1f1f) & HI;
        let ge_brace = (v + 0x0505_0505_0505_0505) & HI;
        let letter = ge_a & !ge_brace & !(y & HI);
        let other = !letter & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && is_alpha(b[i]) {
        i += 1;
    }
    i
}

/// Start of the ASCII-letter run ending at `e` (exclusive), eight bytes at
/// a time like [`alpha_end`].
#[inline]
pub(crate) fn alpha_start(b: &[u8], mut e: usize) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    while e >= 8 {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[e - 8..e]);
        let y = u64::from_le_bytes(a) | 0x2020_2020_2020_2020;
        let v = y & !HI;
        let ge_a = (v + 0x1f1f_1f1f_1f1f_1f1f) & HI;
        let ge_brace = (v + 0x0505_0505_0505_0505) & HI;
        let letter = ge_a & !ge_brace & !(y & HI);
        let other = !letter & HI;
        if other != 0 {
            // The highest non-letter byte; the run starts after it.
            let idx = 7 - (other.leading_zeros() / 8) as usize;
            return e - 8 + idx + 1;
        }
        e -= 8;
    }
    while e > 0 && is_alpha(b[e - 1]) {
        e -= 1;
    }
    e
}

/// End of the digit run starting at `i`.
#[inline]
fn digit_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_digit(b[i]) {
        i += 1;
    }
    i
}

/// Where the power of ten starts in a product written with spaces,
/// `6.02 × 10^23`, `1.2 x 10⁻³` (at the `10`): only with a caret or a
/// superscript after the ten, so that a size such as `3 x 10 m` stays two
/// numbers.
fn spaced_times_ten(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b' ') {
        return None;
    }
    let k = if b[i + 1..].starts_with("× ".as_bytes()) {
        i + 4
    } else if b[i + 1..].starts_with(b"x ") {
        i + 3
    } else {
        return None;
    };
    let after = b.get(k + 2..)?;
    (b[k..].starts_with(b"10")
        && (after.first() == Some(&b'^') || superscript_int(b, k + 2).is_some()))
    .then_some(k)
}

/// An integer in superscript digits at `i` (`²³`, `⁻³`), with its end.
fn superscript_int(b: &[u8], i: usize) -> Option<(i32, usize)> {
    let mut k = i;
    let mut neg = false;
    if b[k.min(b.len())..].starts_with("⁻".as_bytes()) {
        neg = true;
        k += 3;
    }
    let mut v: i32 = 0;
    let mut digits = 0;
    loop {
        let d = match b.get(k..k + 2) {
            Some([0xC2, 0xB9]) => Some((1, 2)),
            Some([0xC2, 0xB2]) => Some((2, 2)),
            Some([0xC2, 0xB3]) => Some((3, 2)),
            _ => match b.get(k..k + 3) {
                Some([0xE2, 0x81, x]) if *x == 0xB0 || (0xB4..=0xB9).contains(x) => {
                    Some((i32::from(*x - 0xB0), 3))
                }
                _ => None,
            },
        };
        let Some((d, len)) = d else {
            break;
        };
        if digits == 3 {
            return None;
        }
        v = v * 10 + d;
        digits += 1;
        k += len;
    }
    (digits > 0).then_some((if neg { -v } else { v }, k))
}

/// Skips horizontal white space and at most one line break (a hard wrap),
/// but not a blank line, nor a line break followed by an indent (a new
/// paragraph, a table's next line). Returns the new position (maybe `i`).
#[inline]
pub(crate) fn skip_space(b: &[u8], mut i: usize) -> usize {
    let mut newlines = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\r' => i += 1,
            b'\n' => {
                newlines += 1;
                if newlines == 1 && indented(b, i + 1) {
                    // Before this line break: the next line is another
                    // paragraph.
                    return i;
                }
                if newlines > 1 {
                    break;
                }
                i += 1;
            }
            0xC2 if b.get(i + 1) == Some(&0xA0) => i += 2,
            0xE2 if b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(&0xAF) | Some(&0x89) | Some(&0x8A)) =>
            {
                i += 3
            }
            _ => break,
        }
    }
    // A blank line: go back to before it.
    if newlines > 1 {
        while i > 0 && b[i - 1] != b'\n' {
            i -= 1;
        }
    }
    i
}

/// Whether the line starting at `i` opens with an indent (two spaces or
/// a tab): the line break before it ends a paragraph.
#[inline]
fn indented(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'\t') || (b.get(i) == Some(&b' ') && b.get(i + 1) == Some(&b' '))
}

/// Skips white space backwards from `i` (exclusive) like [`skip_space`].
#[inline]
pub(crate) fn skip_space_back(b: &[u8], mut i: usize) -> usize {
    let mut newlines = 0;
    while i > 0 {
        match b[i - 1] {
            b' ' | b'\t' | b'\r' => i -= 1,
            b'\n' => {
                newlines += 1;
                if newlines > 1 || indented(b, i) {
                    return i;
                }
                i -= 1
            }
            0xA0 if i >= 2 && b[i - 2] == 0xC2 => i -= 2,
            0xAF | 0x89 | 0x8A if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 => i -= 3,
            _ => break,
        }
    }
    i
}

/// Lower-cases `w` into `buf` (None if longer than the buffer).
#[inline]
pub(crate) fn lower<'a>(w: &[u8], buf: &'a mut [u8; 24]) -> Option<&'a [u8]> {
    if w.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..w.len()])
}

/// Whether `w` is one of `words` (given in lower case), ASCII
/// case-insensitively.
#[inline]
pub(crate) fn word_in(w: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether `b[i..]` starts with `pat`, ASCII case-insensitively.
#[inline]
pub(crate) fn starts_ci(b: &[u8], i: usize, pat: &[u8]) -> bool {
    b.len() >= i + pat.len() && b[i..i + pat.len()].eq_ignore_ascii_case(pat)
}

/// The word (ASCII letters) ending at `i` (exclusive), skipping white
/// space and a final `.` before it: `(start, end)`.
pub(crate) fn word_before(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut e = skip_space_back(b, i);
    if e > 0 && b[e - 1] == b'.' {
        e -= 1;
    }
    let mut s = e;
    s = alpha_start(b, s);
    (s < e && (s == 0 || !is_wordish(b[s - 1]))).then_some((s, e))
}

/// A half or a quarter (`den`) of the scale or dozen `next` names: its
/// value, its scale and where it ends ("half a million", "a half-dozen").
fn part_of_a_scale((w, _, e): (W, usize, usize), den: f64) -> Option<(f64, f64, usize)> {
    match w {
        W::Scale(f) => Some((f / den, f, e)),
        W::Dozen => Some((12.0 / den, 1.0, e)),
        _ => None,
    }
}

/// Whether the words after `i` name the whole a fraction before them is
/// a share of: "of", a determiner ("half the debt", "half its members")
/// or a name's possessive ("half Guyana's exports").
pub(crate) fn share_follows(b: &[u8], i: usize) -> bool {
    let Some((s, e)) = word_after(b, i) else {
        return false;
    };
    let w = &b[s..e];
    word_in(
        w,
        &[
            b"of", b"the", b"its", b"their", b"his", b"her", b"our", b"your", b"my", b"these",
            b"those", b"this", b"that",
        ],
    ) || (w[0].is_ascii_uppercase()
        && (b[e..].starts_with(b"'s ") || b[e..].starts_with("\u{2019}s ".as_bytes())))
}

/// Words that open a phrase after a figure rather than name what it
/// counts: "rose by a fifth in the year", "fell by a quarter since March".
const PREPOSITIONS: &[&[u8]] = &[
    b"in",
    b"on",
    b"at",
    b"since",
    b"from",
    b"to",
    b"over",
    b"during",
    b"after",
    b"before",
    b"and",
    b"or",
    b"but",
    b"while",
    b"as",
    b"with",
    b"than",
    b"compared",
    b"last",
    b"this",
    b"between",
    b"amid",
    b"year-on-year",
];

/// The end of two or more groups of three to six digits, each after one
/// space, from `i` (the end of a phone number's prefix), when nothing
/// glued follows them.
fn spaced_phone_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    let mut groups = 0;
    while b.get(j) == Some(&b' ') && b.get(j + 1).is_some_and(|&c| is_digit(c)) {
        let e = digit_end(b, j + 1);
        if !(3..=6).contains(&(e - j - 1)) {
            break;
        }
        groups += 1;
        j = e;
    }
    let glued = b.get(j).is_some_and(|&c| is_alpha(c) || is_digit(c));
    (groups >= 2 && !glued).then_some(j)
}

/// Where the "by" before `s` starts, right before it or before a
/// qualifier ("by nearly half", "by almost a fifth", read with the
/// claims' qualifier lexicon): a change by a share.
pub(crate) fn by_before(b: &[u8], s: usize) -> Option<usize> {
    let at = crate::extract::claims::qualifier_before(b, s).map_or(s, |(q, _)| q);
    word_before(b, at)
        .filter(|&(a, z)| b[a..z].eq_ignore_ascii_case(b"by") && b[z..at] == *b" ")
        .map(|(a, _)| a)
}

/// The end of an abbreviation of capitals and stops whose first letter
/// is at `s` ("U.S.", "F.B.I."), read no further than `end`: its last
/// stop belongs to it when a space follows (elsewhere it may end the
/// text). `s + 1` when the capital stands alone.
pub(crate) fn abbreviation_end(b: &[u8], s: usize, end: usize) -> usize {
    let end = end.min(b.len());
    let mut e = s + 1;
    while e + 2 < end && b[e] == b'.' && b[e + 1].is_ascii_uppercase() && b[e + 2] == b'.' {
        e += 2;
    }
    if e > s + 1 && e + 1 < end && b[e + 1] == b' ' {
        e += 1;
    }
    e
}

/// Whether the number at `start..end` is a house number: a word of place
/// before it ("at", "on", "near", "outside", "from", "to"), then up to
/// four capitalised words (or compass letters) the last of which names a
/// kind of street ("711 S Lincoln Ave.", "3379 Broadway").
fn house_number(b: &[u8], start: usize, end: usize) -> bool {
    const STREETS: &[&[u8]] = &[
        b"Street",
        b"St",
        b"Avenue",
        b"Ave",
        b"Av",
        b"Road",
        b"Rd",
        b"Drive",
        b"Dr",
        b"Lane",
        b"Ln",
        b"Boulevard",
        b"Blvd",
        b"Court",
        b"Ct",
        b"Place",
        b"Pl",
        b"Way",
        b"Circle",
        b"Cir",
        b"Terrace",
        b"Ter",
        b"Trail",
        b"Parkway",
        b"Pkwy",
        b"Highway",
        b"Hwy",
        b"Pike",
        b"Broadway",
    ];
    let before_ok = word_before(b, start).is_some_and(|(s, e)| {
        word_in(
            &b[s..e],
            &[b"at", b"on", b"near", b"outside", b"from", b"to"],
        ) && b[e..start].iter().all(|&c| c == b' ')
    });
    if !before_ok || b.get(end) != Some(&b' ') {
        return false;
    }
    street_after(b, end, |w, _| STREETS.contains(&w))
}

/// Whether up to four capitalised words (or compass letters, or a
/// numbered street's ordinal) after `end` name a street, the last of
/// them a kind of street that `kind(word, word_end)` accepts ("711 S
/// Lincoln Ave.", "183 East 54th St."). Read for house numbers here and
/// for years by the dates grammar ("in front of 1013 Carrie St.").
pub(crate) fn street_after(b: &[u8], end: usize, kind: impl Fn(&[u8], usize) -> bool) -> bool {
    let mut i = end;
    let mut short = false;
    for _ in 0..4 {
        // (An abbreviated point of the compass takes its stop: "438 E.
        // Main Street".)
        let skip = usize::from(short && b.get(i) == Some(&b'.'));
        // A numbered street's ordinal stands for a word ("183 East 54th
        // St.").
        let at = skip_space(b, i + skip);
        let digits = b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits > 0 && at > i + skip {
            let e = alpha_end(b, at + digits);
            if ordinal_suffix(&b[at + digits..e]) {
                short = false;
                i = e;
                continue;
            }
        }
        let Some((s, e)) = word_after(b, i + skip) else {
            return false;
        };
        if !b[s].is_ascii_uppercase() || !b[i + skip..s].iter().all(|&c| c == b' ') {
            return false;
        }
        short = e - s <= 2;
        if kind(&b[s..e], e) {
            return true;
        }
        i = e;
    }
    false
}

/// Whether letters after digits make an ordinal's suffix ("st", "nd",
/// "rd", "th", any case).
fn ordinal_suffix(w: &[u8]) -> bool {
    [&b"st"[..], b"nd", b"rd", b"th"]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
}

/// The word (ASCII letters) starting after white space at `i`.
pub(crate) fn word_after(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let s = skip_space(b, i);
    let e = alpha_end(b, s);
    (e > s && (e == b.len() || !is_wordish(b[e]))).then_some((s, e))
}

// ---------------------------------------------------------------------
// Number words

#[derive(Debug, Clone, Copy, PartialEq)]
enum W {
    /// zero..nine
    Unit(f64),
    /// ten..nineteen
    Teen(f64),
    /// twenty..ninety
    Tens(f64),
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore
    Scale(f64),
    Dozen,
    /// An ordinal that is also a denominator (`third`, `fifth`, `hundredth`);
    /// `true` when plural (`thirds`).
    Ord(f64, bool),
    /// `half`, `halves`
    Half(bool),
    /// `quarter`, `quarters`
    Quarter(bool),
    /// `hundreds`, `thousands`, `millions`, `dozens`: a vague amount.
    Many(f64),
    /// `several`, `few`
    Several,
    A,
    And,
    Point,
    Minus,
}

static WORDS: LazyLock<FnvMap<&'static [u8], W>> = LazyLock::new(|| {
    let mut m: FnvMap<&'static [u8], W> = FnvMap::default();
    let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    for (i, w) in units.iter().enumerate() {
        m.insert(w.as_bytes(), W::Unit(i as f64));
    }
    m.insert(b"nought", W::Unit(0.0));
    m.insert(b"naught", W::Unit(0.0));
    let teens = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    for (i, w) in teens.iter().enumerate() {
        m.insert(w.as_bytes(), W::Teen(10.0 + i as f64));
    }
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    for (i, w) in tens.iter().enumerate() {
        m.insert(w.as_bytes(), W::Tens(20.0 + 10.0 * i as f64));
    }
    m.insert(b"fourty", W::Tens(40.0));
    m.insert(b"hundred", W::Hundred);
    for (w, v) in [
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        // The wires' abbreviations: "three mln dlrs".
        ("mln", 1e6),
        ("bln", 1e9),
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("crore", 1e7),
        ("crores", 1e7),
    ] {
        m.insert(w.as_bytes(), W::Scale(v));
    }
    m.insert(b"dozen", W::Dozen);
    m.insert(b"dozs", W::Dozen);
    m.insert(b"dzs", W::Dozen);
    for (w, v) in [
        ("hundreds", 100.0),
        ("thousands", 1e3),
        ("millions", 1e6),
        ("billions", 1e9),
        ("trillions", 1e12),
        ("dozens", 12.0),
        ("tens", 10.0),
        ("scores", 20.0),
    ] {
        m.insert(w.as_bytes(), W::Many(v));
    }
    m.insert(b"several", W::Several);
    m.insert(b"few", W::Several);
    m.insert(b"couple", W::Several);
    m.insert(b"handful", W::Several);
    const ORDS: [(&str, f64); 32] = [
        ("first", 1.0),
        ("second", 2.0),
        ("third", 3.0),
        ("fourth", 4.0),
        ("fifth", 5.0),
        ("sixth", 6.0),
        ("seventh", 7.0),
        ("eighth", 8.0),
        ("ninth", 9.0),
        ("tenth", 10.0),
        ("eleventh", 11.0),
        ("twelfth", 12.0),
        ("thirteenth", 13.0),
        ("fourteenth", 14.0),
        ("fifteenth", 15.0),
        ("sixteenth", 16.0),
        ("seventeenth", 17.0),
        ("eighteenth", 18.0),
        ("nineteenth", 19.0),
        ("twentieth", 20.0),
        ("thirtieth", 30.0),
        ("fortieth", 40.0),
        ("fiftieth", 50.0),
        ("sixtieth", 60.0),
        ("seventieth", 70.0),
        ("eightieth", 80.0),
        ("ninetieth", 90.0),
        ("hundredth", 100.0),
        ("thousandth", 1e3),
        ("millionth", 1e6),
        ("billionth", 1e9),
        ("trillionth", 1e12),
    ];
    // The plural ordinals are denominators too ("two thirds"); built
    // once from ORDS so the map can borrow them for 'static.
    static PLURALS: LazyLock<Vec<String>> =
        LazyLock::new(|| ORDS.iter().map(|(w, _)| format!("{w}s")).collect());
    for (w, v) in ORDS {
        m.insert(w.as_bytes(), W::Ord(v, false));
    }
    for (p, (_, v)) in PLURALS.iter().zip(ORDS) {
        if p != "seconds" {
            m.insert(p.as_bytes(), W::Ord(v, true));
        }
    }
    m.insert(b"half", W::Half(false));
    m.insert(b"halves", W::Half(true));
    m.insert(b"quarter", W::Quarter(false));
    m.insert(b"quarters", W::Quarter(true));
    m.insert(b"a", W::A);
    m.insert(b"an", W::A);
    m.insert(b"and", W::And);
    m.insert(b"point", W::Point);
    m.insert(b"minus", W::Minus);
    m.insert(b"negative", W::Minus);
    m
});

/// First two letters (lower case) that can begin a number word.
static PREFIX2: LazyLock<[bool; 26 * 26]> = LazyLock::new(|| {
    let mut t = [false; 26 * 26];
    for w in WORDS.keys() {
        if w.len() >= 2 {
            t[(w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize] = true;
        }
    }
    t
});

/// First three letters (lower case) that can begin a number word that
/// can start a number (not `and`, `point`).
/// Each entry is a bit set of the word lengths (3..=15) seen with that
/// prefix, so "this" and "for" are rejected without hashing.
static PREFIX3: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let mut t = vec![0u16; 26 * 26 * 26];
    for (w, k) in WORDS.iter() {
        if w.len() >= 3 && w.len() <= 15 && !matches!(k, W::And | W::Point) {
            t[prefix3_index(w)] |= 1 << w.len();
        }
    }
    for w in [b"htt", b"www"] {
        t[prefix3_index(w)] |= 1;
    }
    t
});

/// The [`PREFIX3`] slot of the first three letters of `w` (any case).
#[inline]
fn prefix3_index(w: &[u8]) -> usize {
    (((w[0] | 0x20) - b'a') as usize * 26 + ((w[1] | 0x20) - b'a') as usize) * 26
        + ((w[2] | 0x20) - b'a') as usize
}

/// The number word at `b[s..e]`, if any.
#[inline]
fn number_word(b: &[u8], s: usize, e: usize) -> Option<W> {
    let n = e - s;
    if n == 1 {
        return (b[s] | 0x20 == b'a').then_some(W::A);
    }
    if n > 12 {
        return None;
    }
    let c0 = (b[s] | 0x20).wrapping_sub(b'a') as usize;
    let c1 = (b[s + 1] | 0x20).wrapping_sub(b'a') as usize;
    if c0 >= 26 || c1 >= 26 || !PREFIX2[c0 * 26 + c1] {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = lower(&b[s..e], &mut buf)?;
    WORDS.get(w).copied()
}

/// Whether `w` is a number or scale word ("one", "a", "dozen", "million").
pub fn is_number_word(w: &[u8]) -> bool {
    !w.is_empty() && number_word(w, 0, w.len()).is_some()
}

/// The value of one simple number word: `two`, `twelve`, `twenty`,
/// `hundred`, `thousand` (not `a`, fractions or vague words), for the
/// stems of `twofold`, `hundredfold`.
pub(crate) fn simple_number_word(w: &[u8]) -> Option<f64> {
    if w.len() < 2 {
        return None;
    }
    match number_word(w, 0, w.len())? {
        W::Unit(v) | W::Teen(v) | W::Tens(v) | W::Scale(v) => Some(v),
        W::Hundred => Some(100.0),
        _ => None,
    }
}

/// The number word starting at `i` (after separators), with its span.
/// Separators: spaces, one hard wrap, a hyphen with optional spaces.
fn next_word(b: &[u8], i: usize) -> Option<(W, usize, usize)> {
    let mut j = skip_space(b, i);
    let mut hyphen = false;
    if j < b.len() && b[j] == b'-' {
        hyphen = true;
        j = skip_space(b, j + 1);
    }
    if j == i && !hyphen && i > 0 && is_wordish(b[i - 1]) {
        return None;
    }
    if j >= b.len() || !is_alpha(b[j]) {
        return None;
    }
    let e = alpha_end(b, j);
    if e < b.len() && is_wordish(b[e]) {
        return None;
    }
    let w = number_word(b, j, e)?;
    if hyphen && matches!(w, W::And | W::A | W::Point | W::Minus) {
        return None;
    }
    Some((w, j, e))
}

// ---------------------------------------------------------------------
// Rounding

/// Rounding step of an integer mantissa `m` (as written) times `scale`:
/// trailing zeros count, but a figure written in full digits keeps at
/// least two significant digits (`70,000` → 1000, `100` → 10).
fn rounding_of_int(m: f64, scale: f64) -> f64 {
    if !(m.is_finite()) || m.fract() != 0.0 || m == 0.0 || m.abs() >= 1e18 {
        return scale;
    }
    let mut v = m.abs() as u64;
    let mut tz = 0i32;
    while v % 10 == 0 {
        v /= 10;
        tz += 1;
    }
    let mut nd = 0i32;
    let mut w = m.abs() as u64;
    while w > 0 {
        w /= 10;
        nd += 1;
    }
    scale * 10f64.powi(tz.min((nd - 2).max(0)))
}

/// [`rounding_of_int`] from the digits as written (no divisions).
fn rounding_of_digits(d: &[u8]) -> f64 {
    let d = match d.iter().position(|&c| c != b'0') {
        Some(p) => &d[p..],
        None => return 1.0,
    };
    let tz = d.iter().rev().take_while(|&&c| c == b'0').count() as i32;
    let nd = d.len() as i32;
    10f64.powi(tz.min((nd - 2).max(0)))
}

// ---------------------------------------------------------------------
// Scanner

/// Scans `text` for numbers, in order of position.
pub fn scan(text: &str) -> Vec<Num> {
    let mut out = Vec::with_capacity(text.len() / 64 + 4);
    scan_into(text, &mut out);
    out
}

/// Like [`scan`], appending to `out` (cleared first).
pub fn scan_into(text: &str, out: &mut Vec<Num>) {
    out.clear();
    let b = text.as_bytes();
    let prefix3: &[u16] = &PREFIX3;
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if is_digit(c)
            || (c == b'.' && i + 1 < n && is_digit(b[i + 1]) && (i == 0 || !is_digit(b[i - 1])))
        {
            let (num, next) = numeral(b, i);
            if let Some(num) = num {
                // Mixed fraction: "2 1/2", and as the wires write it,
                // "7-3/4" (a range would not end below its start).
                if let Some(last) = out.last_mut() {
                    let gap = &b[last.end..num.start];
                    if num.fraction
                        && !num.spelled
                        && last.plain
                        && last.kind == Kind::Cardinal
                        && num.value > 0.0
                        && num.value < 1.0
                        && ((gap.iter().all(|&x| x == b' ') && gap.len() <= 2)
                            || (gap == b"-" && last.value.fract() == 0.0))
                    {
                        last.value += num.value;
                        last.lo = last.value;
                        last.hi = last.value;
                        last.end = num.end;
                        last.fraction = true;
                        last.plain = false;
                        last.rounding = 0.0;
                        // "2 1/2 million": the scale after the fraction.
                        let e2 = more_scales(b, last, last.end);
                        i = next.max(i + 1).max(e2);
                        continue;
                    }
                }
                out.push(num);
            }
            i = next.max(i + 1);
            continue;
        }
        if is_alpha(c) {
            let e = alpha_end(b, i);
            let len = e - i;
            // Fast reject with one table load: most words cannot begin a
            // number (bit 0 marks "htt" and "www", for URLs). `len_ok`:
            // a number word of this length has this prefix.
            let (pass, len_ok) = if len >= 3 {
                let bits = prefix3[prefix3_index(&b[i..e])];
                let len_ok = len <= 15 && bits & (1 << len) != 0;
                (bits & 1 != 0 || len_ok, len_ok)
            } else {
                let short = (len == 1 && c | 0x20 == b'a')
                    || (len == 2 && b[i..e].eq_ignore_ascii_case(b"an"));
                (short, true)
            };
            if !pass || (i > 0 && is_wordish(b[i - 1])) {
                i = e;
                continue;
            }
            // Skip URLs.
            if (c | 0x20 == b'h' && starts_ci(b, i, b"http"))
                || (c | 0x20 == b'w' && starts_ci(b, i, b"www."))
            {
                let mut j = e;
                if starts_ci(b, i, b"www.")
                    || b[e..].starts_with(b"://")
                    || b[e..].starts_with(b"s://")
                {
                    while j < n && !b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                }
                i = j;
                continue;
            }
            if e < n && is_wordish(b[e]) && !is_digit(b[e]) {
                // Non-ASCII letters inside the word: not an English number word.
                i = e;
                while i < n && is_wordish(b[i]) && !is_digit(b[i]) {
                    i += 1;
                }
                continue;
            }
            if e < n && is_digit(b[e]) {
                i = e;
                continue;
            }
            if !len_ok {
                i = e;
                continue;
            }
            if let Some(w) = number_word(b, i, e) {
                // "a" and "an" only before a number word.
                if w == W::A
                    && !matches!(
                        next_word(b, e),
                        Some((
                            W::Hundred
                                | W::Scale(_)
                                | W::Dozen
                                | W::Half(_)
                                | W::Quarter(_)
                                | W::Ord(..)
                                | W::Several,
                            _,
                            _
                        ))
                    )
                {
                    i = e;
                    continue;
                }
                if let Some((mut num, mut next)) = spelled(b, i, w, e, out.last()) {
                    // "twenty MUSD"
                    if let Some((ms, _)) = word_after(b, num.end)
                        .filter(|&(ms, me)| ms > num.end && millions_code(&b[ms..me]))
                    {
                        apply_scale(&mut num, 1e6, ms + 1);
                        next = next.max(ms + 1);
                    }
                    out.push(num);
                    i = next;
                    continue;
                }
            }
            i = e;
            continue;
        }
        if c >= 0x80 {
            if let Some((v, len)) = vulgar(b, i) {
                let mut num = Num::new(i, i + len, v, Kind::Cardinal);
                num.fraction = true;
                num.rounding = 0.0;
                // "2½", and with a space as some style books set it: "5 ¼"
                if let Some(last) = out.last_mut() {
                    let spaced = last.end + 1 == i && b[last.end] == b' ' && !last.decimal;
                    if (last.end == i || spaced) && last.plain {
                        last.value += v;
                        last.lo = last.value;
                        last.hi = last.value;
                        last.end = i + len;
                        last.fraction = true;
                        last.plain = false;
                        last.suffix = false;
                        // "2½ million", "1½ billion".
                        i = more_scales(b, last, i + len).max(i + len);
                        continue;
                    }
                }
                out.push(num);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    for k in 0..out.len() {
        classify(b, out, k);
    }
    // "all-in-one printers", "a one-on-one meeting", "a one-to-one
    // talk": a number word closing a compound of hyphens and a
    // preposition names a kind, no count (nor does the number word that
    // opens "one-on-one"). Not "a one-in-five chance", a share (below),
    // nor "a one-to-two-year term", a range.
    for k in 0..out.len() {
        let n = out[k];
        let glue = n.start >= 5
            && n.spelled
            && n.kind == Kind::Cardinal
            && [b"-in-", b"-on-", b"-to-"]
                .iter()
                .any(|g| b[n.start - 4..n.start].eq_ignore_ascii_case(*g))
            && b[n.start - 5].is_ascii_alphabetic()
            && b.get(n.end) != Some(&b'-');
        if !glue {
            continue;
        }
        let before = (k > 0 && out[k - 1].end + 4 == n.start).then(|| k - 1);
        match before {
            // "one-in-five": a share; "one-to-two people": a range.
            Some(_) if b[n.start - 4..n.start].eq_ignore_ascii_case(b"-in-") => {}
            Some(j)
                if b[n.start - 4..n.start].eq_ignore_ascii_case(b"-to-")
                    && out[j].value < n.value => {}
            Some(j) => {
                out[j].kind = Kind::Code;
                out[k].kind = Kind::Code;
            }
            None => out[k].kind = Kind::Code,
        }
    }
    // "one out of three": a ratio.
    let mut k = 0;
    while k + 1 < out.len() {
        let (x, y) = (out[k], out[k + 1]);
        // "a two-for-one stock split", "on a one for one basis": a ratio
        // of shares, no count.
        let gap = &b[x.end.min(y.start)..y.start];
        let hyphens = gap.eq_ignore_ascii_case(b"-for-");
        let for_ratio = (hyphens || (is_gap_word(gap, b"for") && x.spelled && y.spelled))
            && [x, y].iter().all(|n| {
                (n.kind == Kind::Cardinal || (hyphens && n.kind == Kind::Code))
                    && !n.scaled
                    && n.value.fract() == 0.0
                    && (1.0..=20.0).contains(&n.value)
            });
        if for_ratio {
            out[k].kind = Kind::Code;
            out[k + 1].kind = Kind::Code;
            k += 2;
            continue;
        }
        // "a one-in-five chance", "a 1-in-3 risk", "one-in-a-million": the
        // hyphens make it a share whatever the size (the scanner reads
        // "in-3" as a name with digits).
        let hyphenated = b
            .get(x.end..y.start)
            .is_some_and(|g| g.eq_ignore_ascii_case(b"-in-"))
            && b.get(y.end) != Some(&b'-');
        if x.kind == Kind::Cardinal
            && (y.kind == Kind::Cardinal || (hyphenated && y.kind == Kind::Code))
            && y.value.is_finite()
            && !x.fraction
            && !y.fraction
            && y.value > 0.0
            && !x.scaled
            && (is_out_of(&b[x.end..y.start])
                || (hyphenated && x.value >= 1.0 && x.value <= y.value)
                // "one in five", "one in every five".
                || ((is_gap_word(&b[x.end..y.start], b"in")
                    || is_gap_words(&b[x.end..y.start], &[b"in", b"every"]))
                    && x.value >= 1.0
                    && x.value <= y.value
                    && y.value <= 1000.0
                    // "fell to 15 in 16 months": a time, not a share.
                    && !word_after(b, y.end).is_some_and(|(s, e)| {
                        word_in(
                            &b[s..e],
                            &[
                                b"seconds", b"minutes", b"hours", b"days", b"weeks",
                                b"months", b"years", b"decades",
                            ],
                        )
                    })
                    && (word_after(b, y.end).is_some()
                        // "the share is low, at one in 10.", "the odds
                        // are 1 in 100.", "households - one in five -
                        // are": one in N closing its clause or set off.
                        || (x.value == 1.0 && closes_clause(&b[y.end..]))))
                || (is_gap_word(&b[x.end..y.start], b"over")
                    && b[y.end..]
                        .iter()
                        .find(|c| !c.is_ascii_whitespace())
                        .is_none_or(|c| !c.is_ascii_alphanumeric())))
        {
            let mut f = Num::new(x.start, y.end, x.value / y.value, Kind::Cardinal);
            f.fraction = true;
            f.spelled = x.spelled || y.spelled;
            f.rounding = 0.0;
            out[k] = f;
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// Whether `rest` opens with the end of a clause or an aside: a stop, a
/// comma, a semicolon, a closing bracket or a dash set off by spaces.
fn closes_clause(rest: &[u8]) -> bool {
    match rest.first() {
        Some(b'.' | b',' | b';' | b')') => true,
        Some(c) if c.is_ascii_whitespace() => {
            let t = trim_ascii(rest);
            t.starts_with("—".as_bytes()) || t.starts_with("–".as_bytes()) || t.starts_with(b"- ")
        }
        None => true,
        _ => false,
    }
}

/// A single word `w` between two numbers.
fn is_gap_word(gap: &[u8], w: &[u8]) -> bool {
    let t = trim_ascii(gap);
    t.eq_ignore_ascii_case(w) && gap.first().is_some_and(|c| c.is_ascii_whitespace())
}

/// " out of " between two numbers (any white space).
fn is_out_of(gap: &[u8]) -> bool {
    is_gap_words(gap, &[b"out", b"of"])
}

/// Exactly the words `ws` between two numbers, set off by white space.
fn is_gap_words(gap: &[u8], ws: &[&[u8]]) -> bool {
    let mut it = gap
        .split(|c| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty());
    gap.first().is_some_and(|c| c.is_ascii_whitespace())
        && ws
            .iter()
            .all(|w| it.next().is_some_and(|g| g.eq_ignore_ascii_case(w)))
        && it.next().is_none()
}

/// Unicode vulgar fractions.
fn vulgar(b: &[u8], i: usize) -> Option<(f64, usize)> {
    match (b[i], b.get(i + 1).copied()?) {
        (0xC2, 0xBC) => Some((0.25, 2)),
        (0xC2, 0xBD) => Some((0.5, 2)),
        (0xC2, 0xBE) => Some((0.75, 2)),
        (0xE2, 0x85) => {
            let v = match b.get(i + 2)? {
                0x90 => 1.0 / 7.0,
                0x91 => 1.0 / 9.0,
                0x92 => 0.1,
                0x93 => 1.0 / 3.0,
                0x94 => 2.0 / 3.0,
                0x95 => 0.2,
                0x96 => 0.4,
                0x97 => 0.6,
                0x98 => 0.8,
                0x99 => 1.0 / 6.0,
                0x9A => 5.0 / 6.0,
                0x9B => 0.125,
                0x9C => 0.375,
                0x9D => 0.625,
                0x9E => 0.875,
                _ => return None,
            };
            Some((v, 3))
        }
        _ => None,
    }
}

/// Whether the bytes before `i` end with a currency symbol (for `$5m`).
fn currency_before(b: &[u8], i: usize) -> bool {
    let j = skip_space_back(b, i);
    if j == 0 {
        return false;
    }
    match b[j - 1] {
        b'$' => true,
        0xA3 | 0xA5 if j >= 2 && b[j - 2] == 0xC2 => true,
        0xAC | 0xB9 | 0xBD | 0xA9 if j >= 3 && b[j - 3] == 0xE2 && b[j - 2] == 0x82 => true,
        c if c.is_ascii_uppercase() && j >= 3 => {
            // USD 5m, EUR5m; not any three capitals ("her AAA 800m
            // title", "the NHS 5m"): a currency code of the lexicon.
            b[j - 3..j].iter().all(|x| x.is_ascii_uppercase())
                && (j == 3 || !is_alpha(b[j - 4]))
                && crate::extract::claims::is_currency_prefix(&b[j - 3..j])
        }
        _ => false,
    }
}

/// Whether the number starting at `s` is the second end of a range whose
/// first end is money in millions or billions written with a sign or a
/// code and a glued suffix: "$10m to 12m", "£3bn or 4bn", "€5m and 6m"
/// (a bare `12m` there is not 12 metres).
fn money_millions_before(b: &[u8], s: usize) -> bool {
    let Some((ws, we)) = word_before(b, s) else {
        return false;
    };
    if !word_in(&b[ws..we], &[b"to", b"and", b"or"]) || b[we..s] != *b" " {
        return false;
    }
    let j = skip_space_back(b, ws);
    let k = alpha_start(b, j);
    if k == j || k == 0 || !word_in(&b[k..j], &[b"m", b"bn", b"mn", b"b", b"tn"]) {
        return false;
    }
    let mut d = k;
    while d > 0 && (is_digit(b[d - 1]) || b[d - 1] == b'.' || b[d - 1] == b',') {
        d -= 1;
    }
    d < k && currency_before(b, d)
}

/// Whether a tokenised decimal point (" . " and a digit) is at `i`, right
/// after an integer: "14 . 8 %". Not when another such point follows (a
/// numbered outline "1 . 2 . 3"), nor before a sentence that opens with a
/// number word glued to letters ("in 1990 . 3D printing").
fn spaced_point(b: &[u8], i: usize) -> bool {
    if !(b[i..].starts_with(b" . ") && b.get(i + 3).is_some_and(|&c| is_digit(c))) {
        return false;
    }
    let e = digit_end(b, i + 3);
    let next_point = b[e..].starts_with(b" . ") && b.get(e + 3).is_some_and(|&c| is_digit(c));
    let glued = b
        .get(e)
        .is_some_and(|&c| is_alpha(c) || matches!(c, b'.' | b',' | b'/' | b':'));
    !(next_point || glued)
}

/// Whether a word of screens and video follows `4K` at `e` ("4K TV", "8K
/// resolution", "4K Ultra HD"): a display standard, not 4,000.
fn resolution_after(b: &[u8], e: usize) -> bool {
    word_after(b, e).is_some_and(|(s, e2)| {
        word_in(
            &b[s..e2],
            &[
                b"tv",
                b"tvs",
                b"television",
                b"televisions",
                b"resolution",
                b"video",
                b"videos",
                b"display",
                b"displays",
                b"screen",
                b"screens",
                b"monitor",
                b"monitors",
                b"streaming",
                b"content",
                b"camera",
                b"cameras",
                b"footage",
                b"hdr",
                b"uhd",
                b"ultra",
                b"projector",
                b"blu",
                b"gaming",
            ],
        )
    })
}

/// Whether a measure of length, area, mass or volume follows "one" at
/// `e`: "that one mile of road", "the one kilometre stretch" count one of
/// it, where "that one" alone is a pronoun.
fn one_measure_after(b: &[u8], e: usize) -> bool {
    word_after(b, e).is_some_and(|(s, we)| {
        s == e + 1
            && word_in(
                &b[s..we],
                &[
                    b"mile",
                    b"kilometre",
                    b"kilometer",
                    b"metre",
                    b"meter",
                    b"foot",
                    b"inch",
                    b"yard",
                    b"centimetre",
                    b"centimeter",
                    b"acre",
                    b"hectare",
                    b"kilogram",
                    b"kilo",
                    b"tonne",
                    b"ton",
                    b"litre",
                    b"liter",
                    b"gallon",
                ],
            )
    })
}

/// Scale suffix attached to a numeral (`5m`, `1.2bn`, `10k`): the factor.
/// Words after `5m` that make it metres, not millions (`1.8m tall`, `the
/// 100m sprint`); a hyphen does too (`a 10m-high wall`).
fn metre_context(b: &[u8], e: usize) -> bool {
    // "a 10m-high wall", but "a 1m-strong union" counts members.
    let hyphen = b.get(e) == Some(&b'-')
        && !b
            .get(e + 1..e + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"strong"));
    if hyphen || metre_event_or_conversion(b, e) || track_distance(b, e) || field_mark(b, e) {
        return true;
    }
    let Some((s, e2)) = word_after(b, e) else {
        // "outreach is 48m" at the end: a length, unless the clause speaks
        // of money ("the deal is worth 40m.").
        return b[e..]
            .iter()
            .all(|c| c.is_ascii_whitespace() || c.is_ascii_punctuation())
            && !clause_has(b, e, |w| word_in(w, MONEY_WORDS));
    };
    if e2 == s {
        return false;
    }
    let w = &b[s..e2];
    length_before(b, e)
        || word_in(w, DIMENSIONS)
        || ((w == b"by" || w == b"x") && metre_side_at(b, e2))
        || metre_side_before(b, e)
        // "426m per minute": a speed, in metres.
        || (w == b"per"
            && word_after(b, e2).is_some_and(|(s3, e3)| {
                word_in(&b[s3..e3], &[b"second", b"minute", b"hour", b"sec", b"min"])
            }))
        || word_in(
            w,
            &[
                b"high",
                b"away",
                b"sprint",
                b"hurdles",
                b"race",
                b"freestyle",
                b"butterfly",
                b"backstroke",
                b"breaststroke",
                b"relay",
                b"above",
                b"below",
                b"underground",
                b"underwater",
                b"offshore",
                b"square",
                b"cubic",
                // A race as athletics and swimming report it: "the 100m
                // champion", "800m gold", "his 60m world title".
                b"champion",
                b"champions",
                b"championship",
                b"title",
                b"titles",
                b"final",
                b"finals",
                b"heat",
                b"heats",
                b"medal",
                b"medals",
                b"medallist",
                b"medalist",
                b"gold",
                b"silver",
                b"bronze",
                b"runner",
                b"runners",
                b"hurdler",
                b"swimmer",
                b"indoor",
            ],
        )
        || (w == b"to" && word_after(b, e2).is_some_and(|(s2, e3)| &b[s2..e3] == b"go"))
        || (w == b"in" && race_time_at(b, e2))
        // "her world 100m and 200m titles": the first of two races takes
        // the reading of the second.
        || ((w == b"and" || w == b"or") && {
            let k = skip_space(b, e2);
            let d = b[k..].iter().take_while(|c| is_digit(**c) || **c == b',').count();
            d > 0
                && b.get(k + d) == Some(&b'm')
                && !b.get(k + d + 1).is_some_and(|&c| is_wordish(c))
                && metre_context(b, k + d + 1)
        })
}

/// Whether the figure ending at `e` (with its glued `m`) is one of the
/// distances raced on a track or in a pool (50, 60, 100, 110, 200, 400,
/// 800, 1500, 3000, 5000, 10,000 metres) in a sentence about racing and
/// not about money: "her final 200m of the night" in a report on a run,
/// "the 800m and 1500m at the Olympics", "1500m will be her favoured
/// distance". "200m visitors" or "the 800m deal" stay millions.
fn track_distance(b: &[u8], e: usize) -> bool {
    let m = e.saturating_sub(1);
    let mut s = m;
    while s > 0 && (is_digit(b[s - 1]) || b[s - 1] == b',') {
        s -= 1;
    }
    if s == m || (s > 0 && (is_wordish(b[s - 1]) || b[s - 1] == b'.')) {
        return false;
    }
    let mut v: u32 = 0;
    for &c in &b[s..m] {
        if is_digit(c) {
            v = v.saturating_mul(10).saturating_add(u32::from(c - b'0'));
        }
    }
    if !matches!(
        v,
        50 | 60 | 100 | 110 | 200 | 400 | 800 | 1500 | 3000 | 5000 | 10000
    ) {
        return false;
    }
    let mut race = false;
    let mut money = false;
    sentence_words(b, s, e, 120, |w| {
        race |= word_in(w, RACE_WORDS);
        money |= word_in(w, MONEY_WORDS);
    });
    race && !money
}

/// Whether the figure ending at `e` (with its glued `m`) is a jump's or
/// a throw's mark: written to the centimetre, under 100 ("cleared
/// 4.88m", "a leap of 17.30m", "threw 68.12m"), in a sentence of
/// athletics ([`RACE_WORDS`] or a field event's word) and not of money.
fn field_mark(b: &[u8], e: usize) -> bool {
    let m = e.saturating_sub(1);
    let mut s = m;
    while s > 0 && (is_digit(b[s - 1]) || b[s - 1] == b'.') {
        s -= 1;
    }
    let figure = &b[s..m];
    let Some(dot) = figure.iter().position(|&c| c == b'.') else {
        return false;
    };
    if figure.len() - dot - 1 != 2 || dot == 0 || dot > 2 || (s > 0 && is_wordish(b[s - 1])) {
        return false;
    }
    const FIELD: &[&[u8]] = &[
        b"jump",
        b"jumps",
        b"jumped",
        b"jumping",
        b"leap",
        b"leapt",
        b"vault",
        b"vaulted",
        b"cleared",
        b"clearance",
        b"clear",
        b"throw",
        b"threw",
        b"thrown",
        b"throws",
        b"landed",
        b"mark",
        b"heptathlon",
        b"decathlon",
        b"pentathlon",
        b"shot",
        b"javelin",
        b"discus",
        b"hammer",
        b"best",
        b"record",
    ];
    let mut field = false;
    let mut money = false;
    sentence_words(b, s, e, 120, |w| {
        field |= word_in(w, FIELD) || word_in(w, RACE_WORDS);
        money |= word_in(w, MONEY_WORDS);
    });
    field && !money
}

/// Words of a sentence about racing on a track or in a pool.
const RACE_WORDS: &[&[u8]] = &[
    b"run",
    b"runs",
    b"ran",
    b"running",
    b"runner",
    b"runners",
    b"race",
    b"races",
    b"raced",
    b"racing",
    b"athletics",
    b"athlete",
    b"athletes",
    b"olympics",
    b"olympic",
    b"olympian",
    b"sprint",
    b"sprinter",
    b"sprinters",
    b"sprinted",
    b"sprinting",
    b"outsprinted",
    b"hurdles",
    b"track",
    b"lap",
    b"laps",
    b"relay",
    b"distance",
    b"distances",
    b"swim",
    b"swimming",
    b"swimmer",
    b"freestyle",
    b"backstroke",
    b"breaststroke",
    b"butterfly",
    b"medley",
    b"marathon",
    b"medal",
    b"medallist",
    b"medalist",
    b"champion",
    b"trials",
    b"indoor",
    b"indoors",
    b"hurdler",
    b"heats",
    b"semi-final",
];

/// Calls `f` on each word of the sentence around `s..e` (not the figure),
/// up to `reach` bytes either side, not crossing a sentence end (`.`,
/// `!` or `?` before a space, a line break) nor a currency sign (a byte
/// of `$` or any non-ASCII byte, as `£` and `€` are).
fn sentence_words(b: &[u8], s: usize, e: usize, reach: usize, mut f: impl FnMut(&[u8])) {
    let stop = |i: usize| {
        let c = b[i];
        c == b'\n'
            || c == b'$'
            || c >= 0x80
            || (matches!(c, b'.' | b'!' | b'?') && b.get(i + 1).is_none_or(|&x| x == b' '))
    };
    let lo = s.saturating_sub(reach);
    let mut i = s;
    while i > lo && !stop(i - 1) {
        if is_alpha(b[i - 1]) {
            let ws = alpha_start(b, i);
            f(&b[ws..i]);
            i = ws;
        } else {
            i -= 1;
        }
    }
    let hi = (e + reach).min(b.len());
    let mut i = e;
    while i < hi && !stop(i) {
        if is_alpha(b[i]) {
            let we = alpha_end(b, i);
            f(&b[i..we]);
            i = we;
        } else {
            i += 1;
        }
    }
}

/// Whether a race time follows `i` ("the 100m in 9.58 seconds", "the
/// 1500m in 3:26.00", "ran 400m in 44.1sec"): a distance run, not money.
fn race_time_at(b: &[u8], i: usize) -> bool {
    let s = skip_space(b, i);
    let d = digit_end(b, s);
    if d == s || s == i {
        return false;
    }
    let mut k = d;
    if b.get(k) == Some(&b':') && b.get(k + 1).is_some_and(|&c| is_digit(c)) {
        return true;
    }
    if b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(|&c| is_digit(c)) {
        k = digit_end(b, k + 1);
    }
    let ws = skip_space(b, k);
    let we = alpha_end(b, ws);
    word_in(
        &b[ws..we],
        &[
            b"s", b"sec", b"secs", b"seconds", b"min", b"mins", b"minutes",
        ],
    )
}

/// Whether the figure ending at `e` (with its `m`) is a race or a length
/// converted from feet: "the men's 60m", "the women's 5,000m", "jumped
/// 30ft (10m)". Money is never written either way.
fn metre_event_or_conversion(b: &[u8], e: usize) -> bool {
    let mut i = e.min(b.len());
    while i > 0 && !b[i - 1].is_ascii_whitespace() && b[i - 1] != b'(' {
        i -= 1;
    }
    if i > 0 && b[i - 1] == b'(' && b.get(e) == Some(&b')') {
        // "30ft (10m)", "100 yards (91m)": the length before the bracket.
        let j = skip_space_back(b, i - 1);
        let s = alpha_start(b, j);
        return s < j
            && s > 0
            && (is_digit(b[s - 1]) || b[s - 1] == b' ')
            && word_in(
                &b[s..j],
                &[
                    b"ft", b"feet", b"foot", b"in", b"inches", b"yards", b"yd", b"miles", b"mi",
                ],
            );
    }
    // "4m (13ft) high", "3.5m (11ft 6in)": a length converted into feet
    // in the bracket after it.
    if b[e..].starts_with(b" (") {
        let mut k = e + 2;
        let d = k;
        while k < b.len() && (is_digit(b[k]) || b[k] == b'.' || b[k] == b',') {
            k += 1;
        }
        if k > d && is_digit(b[d]) {
            let s = if b.get(k) == Some(&b' ') { k + 1 } else { k };
            let we = alpha_end(b, s);
            // "in" only glued ("(13in)"), not "5m (4 in 2019)".
            if we > s
                && !b.get(we).is_some_and(|&c| is_wordish(c))
                && (s == k || &b[s..we] != b"in")
                && word_in(
                    &b[s..we],
                    &[
                        b"ft", b"feet", b"foot", b"in", b"inches", b"yards", b"yd", b"miles", b"mi",
                    ],
                )
            {
                return true;
            }
        }
    }
    // "men's", "women's" (straight or curly apostrophe) before the figure.
    let j = skip_space_back(b, i);
    if j == i {
        return false;
    }
    let we = if b[..j].ends_with(b"'s") {
        j - 2
    } else if b[..j].ends_with("\u{2019}s".as_bytes()) {
        j - 4
    } else {
        return false;
    };
    let s = alpha_start(b, we);
    word_in(&b[s..we], &[b"men", b"women"])
}

/// Whether the other side of a size follows `i` (after "by" or "x"): a
/// number with `m` for metres, glued or after a space, and nothing more
/// (`100m by 60m`, `5 x 3 m`); `5m by 2020` stays millions.
fn metre_side_at(b: &[u8], i: usize) -> bool {
    let s = skip_space(b, i);
    let mut k = s;
    while k < b.len()
        && (is_digit(b[k])
            || (k > s && matches!(b[k], b'.' | b',') && b.get(k + 1).is_some_and(|&c| is_digit(c))))
    {
        k += 1;
    }
    if k == s {
        return false;
    }
    if b.get(k) == Some(&b' ') {
        k += 1;
    }
    b.get(k) == Some(&b'm') && !b.get(k + 1).is_some_and(|&c| is_wordish(c))
}

/// Whether the figure ending at `e` is the second side of a size: "by" or
/// "x" before it, and before that a number with `m` (`100m by 60m pitch`).
fn metre_side_before(b: &[u8], e: usize) -> bool {
    let mut i = e.min(b.len());
    while i > 0 && !b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    let Some((ws, we)) = word_before(b, i) else {
        return false;
    };
    if !(&b[ws..we] == b"by" || &b[ws..we] == b"x") {
        return false;
    }
    let mut j = skip_space_back(b, ws);
    if j == 0 || b[j - 1] != b'm' {
        return false;
    }
    j -= 1;
    if j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    j > 0 && is_digit(b[j - 1])
}

/// Words of a length, before or after the figure: "1.8m tall", "a length
/// of 30m".
const DIMENSIONS: &[&[u8]] = &[
    b"long",
    b"length",
    b"tall",
    b"height",
    b"wide",
    b"width",
    b"deep",
    b"depth",
    b"diameter",
    b"radius",
    b"altitude",
];

/// Words before the figure that make it a length besides [`DIMENSIONS`]:
/// "a wave measuring 12m", "the bridge spans 120m", and the verbs of jumps, throws and dives, whose
/// figure is a distance ("he jumped 8.5m", "she threw 68m", "divers swam
/// 40m").
const LENGTH_VERBS: &[&[u8]] = &[
    b"stretches",
    b"stretched",
    b"stretching",
    b"measuring",
    b"measures",
    b"measured",
    b"spans",
    b"spanning",
    b"elevation",
    b"distance",
    b"jumped",
    b"jumps",
    b"leapt",
    b"leaped",
    b"vaulted",
    b"threw",
    b"throws",
    b"thrown",
    b"swam",
    b"dived",
    b"dove",
    b"plunged",
    b"sank",
    b"climbed",
];

/// Words that make a bare `5m` money, not metres: "the deal is worth 40m",
/// "it cost 5m".
const MONEY_WORDS: &[&[u8]] = &[
    b"cost",
    b"costs",
    b"costing",
    b"worth",
    b"spent",
    b"spend",
    b"spending",
    b"paid",
    b"pay",
    b"raised",
    b"raise",
    b"budget",
    b"price",
    b"priced",
    b"valued",
    b"profit",
    b"profits",
    b"revenue",
    b"revenues",
    b"sales",
    b"turnover",
    b"loss",
    b"losses",
    b"debt",
    b"debts",
    b"fund",
    b"funds",
    b"funding",
    b"invested",
    b"investment",
    b"deal",
    b"bill",
    b"fine",
    b"fined",
    b"salary",
    b"earned",
    b"earns",
    b"bid",
    b"contract",
    b"loan",
    b"grant",
    b"fee",
    b"fees",
    b"owed",
    b"owes",
    b"compensation",
    b"damages",
];

/// Whether the clause before the number ending at `e` talks of a length
/// (up to 60 bytes back, not crossing `.`, `,`, `;`, `(` or a line break):
/// "a wave measuring 12m", "a length of 30m", "the bridge spans 120m".
fn length_before(b: &[u8], e: usize) -> bool {
    clause_has(b, e, |w| word_in(w, DIMENSIONS) || word_in(w, LENGTH_VERBS))
}

/// Whether one of `words` is in the clause before the number ending at
/// `e` (up to 60 bytes back, not crossing `.`, `,`, `;`, `(`, a line
/// break, `$` or a non-ASCII byte such as a currency sign).
fn clause_has(b: &[u8], e: usize, words: impl Fn(&[u8]) -> bool) -> bool {
    let lo = e.saturating_sub(60);
    let mut i = alpha_start(b, e.min(b.len()));
    // Skip the number itself.
    while i > lo && !b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    while i > lo {
        let c = b[i - 1];
        if matches!(c, b'.' | b',' | b';' | b'(' | b'\n' | b'$') || c >= 0x80 {
            return false;
        }
        if !is_alpha(c) {
            i -= 1;
            continue;
        }
        let s = alpha_start(b, i);
        if words(&b[s..i]) {
            return true;
        }
        i = s;
    }
    false
}

/// `v * f` rounded to 15 significant digits, the precision of a written
/// figure: "$1.07bn" is 1070000000, not the 1070000000.0000001 that
/// binary floating point gives for 1.07 * 1e9.
fn times(v: f64, f: f64) -> f64 {
    let p = v * f;
    if p == 0.0 || !p.is_finite() {
        return p;
    }
    // Most scaled figures are whole numbers: round off the last bits
    // without the cost of a decimal round trip.
    let r = p.round();
    if (p - r).abs() <= p.abs() * 1e-12 {
        return r;
    }
    format!("{p:.14e}").parse().unwrap_or(p)
}

fn scale_suffix(w: &[u8], money: bool, int_digits: usize) -> Option<f64> {
    Some(match w {
        b"k" | b"K" => 1e3,
        b"M" | b"MM" | b"mn" | b"mln" | b"mil" | b"Mn" => 1e6,
        b"m" if money => 1e6,
        b"b" | b"B" | b"bn" | b"bln" | b"Bn" => 1e9,
        b"G" if int_digits > 1 => 1e9,
        b"T" | b"tn" | b"trn" | b"tln" | b"Tn" => 1e12,
        _ => return None,
    })
}

/// Scale word after a numeral and a space (`5.93 mln`, `2 million`).
fn scale_word(w: &[u8]) -> Option<f64> {
    let mut buf = [0u8; 24];
    let l = lower(w, &mut buf)?;
    Some(match l {
        b"thousand" | b"thousands" => 1e3,
        b"million" | b"millions" | b"mln" | b"mn" => 1e6,
        b"billion" | b"billions" | b"bln" | b"bn" => 1e9,
        b"trillion" | b"trillions" | b"tln" | b"trn" | b"tn" => 1e12,
        b"hundred" => 1e2,
        b"lakh" | b"lakhs" => 1e5,
        b"crore" | b"crores" => 1e7,
        b"dozen" | b"dozens" | b"dzs" | b"dozs" | b"doz" => 12.0,
        _ => return None,
    })
}

/// Parses a numeral at `start` (a digit, or `.` before a digit). Returns
/// the number (None when it is not one, e.g. `1/0`) and where to resume.
fn numeral(b: &[u8], start: usize) -> (Option<Num>, usize) {
    let n = b.len();
    let mut buf = [0u8; 64];
    let mut len = 0usize;
    let push = |buf: &mut [u8; 64], len: &mut usize, c: u8| {
        if *len < 64 {
            buf[*len] = c;
            *len += 1;
        }
    };
    let mut i = start;
    // Sign.
    let mut s = start;
    let mut negative = false;
    // Not after a word, a number or a percent sign: "8%-10%" is a range.
    let sign_ok =
        |p: usize| p == 0 || !(is_wordish(b[p - 1]) || matches!(b[p - 1], b'-' | b'.' | b'%'));
    if s >= 1 && (b[s - 1] == b'-' || b[s - 1] == b'+') && sign_ok(s - 1) {
        negative = b[s - 1] == b'-';
        s -= 1;
    } else if s >= 3 && b[s - 3] == 0xE2 && b[s - 2] == 0x88 && b[s - 1] == 0x92 && sign_ok(s - 3) {
        negative = true;
        s -= 3;
    }
    // Glued to a word through +, ^ or a minus sign (J1149.5+6663, fb−1,
    // m^2): part of a code or a unit, not a number of its own.
    let glued_sign = s == start
        && ((start >= 2 && matches!(b[start - 1], b'+' | b'^') && is_wordish(b[start - 2]))
            || (start >= 4 && b[start - 3..start] == [0xE2, 0x88, 0x92] && is_alpha(b[start - 4])));
    let letters_before = (start > 0 && is_alpha(b[start - 1])) || glued_sign;
    let hyphen_code =
        !letters_before && start >= 2 && b[start - 1] == b'-' && is_alpha(b[start - 2]);

    // Integer part with grouping.
    let mut grouped = false;
    let mut decimal = false;
    let mut int_digits = 0usize;
    let mut decimals = 0i32;
    let de = digit_end(b, i);
    for &c in &b[i..de] {
        push(&mut buf, &mut len, c);
    }
    int_digits += de - i;
    i = de;
    // Indian grouping (lakh, crore): 12,50,000, 1,23,45,678 — pairs of
    // digits, then the last three.
    let mut indian = 0usize;
    if de > start && de - start <= 2 {
        let mut j = i;
        while j < n && b[j] == b',' && digit_end(b, j + 1) == j + 3 {
            j += 3;
        }
        if j > i && j < n && b[j] == b',' && digit_end(b, j + 1) == j + 4 {
            let mut k = i;
            while k < j + 4 {
                if is_digit(b[k]) {
                    push(&mut buf, &mut len, b[k]);
                    int_digits += 1;
                }
                k += 1;
            }
            indian = j + 4;
        }
    }
    if indian > 0 {
        grouped = true;
        i = indian;
    } else if de > start && de - start <= 3 {
        // Comma grouping: 1,234,567
        let mut j = i;
        let mut k = 0;
        while j + 3 < n + 1 && j < n && b[j] == b',' && digit_end(b, j + 1) == j + 4 {
            for &c in &b[j + 1..j + 4] {
                push(&mut buf, &mut len, c);
            }
            j += 4;
            k += 1;
        }
        // Swiss grouping with an apostrophe: 57'000, 1'250'000 (straight
        // or curly), each group of exactly three digits.
        if k == 0 {
            loop {
                let sep = match b.get(j) {
                    Some(b'\'') => 1,
                    Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0x99) => 3,
                    _ => 0,
                };
                if sep == 0 || digit_end(b, j + sep) != j + sep + 3 {
                    break;
                }
                for &c in &b[j + sep..j + sep + 3] {
                    push(&mut buf, &mut len, c);
                }
                j += sep + 3;
                k += 1;
            }
        }
        if k > 0 {
            grouped = true;
            int_digits += 3 * k;
            i = j;
        } else {
            // European: 1.111,11 or 1.234.567
            let mut j = i;
            let mut k = 0;
            let mut tmp = [0u8; 24];
            let mut tl = 0;
            while j < n && b[j] == b'.' && digit_end(b, j + 1) == j + 4 && tl + 3 <= 24 {
                tmp[tl..tl + 3].copy_from_slice(&b[j + 1..j + 4]);
                tl += 3;
                j += 4;
                k += 1;
            }
            let euro_dec = k >= 1 && j < n && b[j] == b',' && j + 1 < n && is_digit(b[j + 1]);
            if (k >= 2 && !(j < n && b[j] == b'.' && j + 1 < n && is_digit(b[j + 1]))) || euro_dec {
                for &c in &tmp[..tl] {
                    push(&mut buf, &mut len, c);
                }
                grouped = true;
                int_digits += 3 * k;
                i = j;
                if euro_dec {
                    let e = digit_end(b, j + 1);
                    push(&mut buf, &mut len, b'.');
                    for &c in &b[j + 1..e] {
                        push(&mut buf, &mut len, c);
                    }
                    decimals = (e - j - 1) as i32;
                    decimal = true;
                    i = e;
                }
            } else {
                // Space grouping: 1 234 567, 40 000 (thin and no-break spaces too).
                let mut j = i;
                let mut k = 0;
                loop {
                    let sp = match b.get(j) {
                        Some(b' ') => 1,
                        Some(0xC2) if b.get(j + 1) == Some(&0xA0) => 2,
                        Some(0xE2)
                            if b.get(j + 1) == Some(&0x80)
                                && matches!(b.get(j + 2), Some(&0xAF) | Some(&0x89)) =>
                        {
                            3
                        }
                        _ => 0,
                    };
                    if sp == 0 || digit_end(b, j + sp) != j + sp + 3 {
                        break;
                    }
                    let after = j + sp + 3;
                    if after < n
                        && (is_alpha(b[after])
                            || (b[after] == b'/')
                            || (matches!(b[after], b',' | b'-' | b':')
                                && after + 1 < n
                                && is_digit(b[after + 1])))
                    {
                        break;
                    }
                    for &c in &b[j + sp..j + sp + 3] {
                        push(&mut buf, &mut len, c);
                    }
                    j = after;
                    k += 1;
                }
                if k > 0 {
                    grouped = true;
                    int_digits += 3 * k;
                    i = j;
                }
            }
        }
    }
    // Decimal part.
    if !decimal && i + 1 < n && b[i] == b'.' && is_digit(b[i + 1]) {
        let e = digit_end(b, i + 1);
        // Several dots: an IP address, a version, a date like 7.5.2012.
        if e + 1 < n && b[e] == b'.' && is_digit(b[e + 1]) {
            let mut j = e;
            let mut parts = vec![(start, i), (i + 1, e)];
            while j + 1 < n && b[j] == b'.' && is_digit(b[j + 1]) {
                let e2 = digit_end(b, j + 1);
                parts.push((j + 1, e2));
                j = e2;
            }
            let kind = if parts.len() == 3
                && parts[0].1 - parts[0].0 <= 2
                && parts[1].1 - parts[1].0 <= 2
                && matches!(parts[2].1 - parts[2].0, 2 | 4)
            {
                Kind::Date
            } else {
                Kind::Code
            };
            let mut num = Num::new(s, j, f64::NAN, kind);
            num.value = parse_f64(&b[start..i]).unwrap_or(f64::NAN);
            return (Some(num), j);
        }
        push(&mut buf, &mut len, b'.');
        for &c in &b[i + 1..e] {
            push(&mut buf, &mut len, c);
        }
        decimals = (e - i - 1) as i32;
        decimal = true;
        i = e;
    } else if !decimal
        && !grouped
        && int_digits <= 3
        && spaced_point(b, i)
        && !(start >= 4 && &b[start - 3..start] == b" . " && is_digit(b[start - 4]))
    {
        // Tokenised text puts spaces around the decimal point ("rose 14 .
        // 8 %", "$ 4 . 50"): prose never has a space before a full stop.
        let e = digit_end(b, i + 3);
        push(&mut buf, &mut len, b'.');
        for &c in &b[i + 3..e] {
            push(&mut buf, &mut len, c);
        }
        decimals = (e - i - 3) as i32;
        decimal = true;
        i = e;
    } else if !decimal
        && !grouped
        && i + 1 < n
        && b[i] == b','
        && is_digit(b[i + 1])
        && int_digits <= 3
        && i > start
    {
        // Decimal comma: 5,00 or 1,3 (not 22,24,26 nor 1,2345).
        let e = digit_end(b, i + 1);
        let nd = e - i - 1;
        let list = e + 1 < n && b[e] == b',' && is_digit(b[e + 1]);
        if nd <= 2 && !list && !(start >= 2 && b[start - 1] == b',' && is_digit(b[start - 2])) {
            push(&mut buf, &mut len, b'.');
            for &c in &b[i + 1..e] {
                push(&mut buf, &mut len, c);
            }
            decimals = nd as i32;
            decimal = true;
            i = e;
        }
    }
    let Some(mut value) = parse_f64(&buf[..len]) else {
        return (None, i.max(start + 1));
    };
    let plain = !grouped && !decimal && b[start] != b'.';
    let mut num = Num::new(s, i, value, Kind::Cardinal);
    num.plain = plain && !negative && s == start;
    num.digits = int_digits.min(255) as u8;
    num.decimal = decimal;
    let mut rounding = if decimal {
        10f64.powi(-decimals)
    } else {
        rounding_of_digits(&buf[..len])
    };

    // What follows the numeral.
    let c = b.get(i).copied().unwrap_or(b' ');
    // Scientific notation: 1e10, 1.3e6, -12e-1
    if (c == b'e' || c == b'E') && i + 1 < n {
        let mut j = i + 1;
        let mut eneg = false;
        if j < n && (b[j] == b'+' || b[j] == b'-') {
            eneg = b[j] == b'-';
            j += 1;
        }
        let e = digit_end(b, j);
        if e > j && (e == n || !is_wordish(b[e])) && e - j <= 3 {
            let x = parse_f64(&b[j..e]).unwrap_or(0.0);
            let x = if eneg { -x } else { x };
            // Rounded like a written figure: "3.2e-5" is 3.2e-5, not the
            // 3.2000000000000005e-5 of the bare product.
            value = times(value, 10f64.powf(x));
            rounding *= 10f64.powf(x);
            i = e;
            num.plain = false;
            num.end = i;
        }
    } else if c == b'^'
        || (c == 0xC3 && b.get(i + 1) == Some(&0x97))
        || ((c == b'x' || c == b'*') && b.get(i + 1).is_some_and(|&d| is_digit(d)))
        || spaced_times_ten(b, i).is_some()
    {
        // Powers: 1.1^23, 1.3x10^6, 2.48×10−5, 8x2^10, 6.02 × 10²³
        let mut j = i;
        let mut factor = 1.0;
        let mut base = value;
        let mut ok = true;
        if let Some(k) = spaced_times_ten(b, i) {
            factor = value;
            base = 10.0;
            j = k + 2;
        } else if c != b'^' {
            j += if c == 0xC3 { 2 } else { 1 };
            let e = digit_end(b, j);
            if e == j {
                ok = false;
            } else {
                factor = value;
                base = parse_f64(&b[j..e]).unwrap_or(f64::NAN);
                j = e;
            }
        }
        if ok {
            let mut eneg = false;
            let mut k = j;
            let caret = k < n && b[k] == b'^';
            if caret {
                k += 1;
            }
            while k < n && (b[k] == b'+' || b[k] == b'-') {
                eneg ^= b[k] == b'-';
                k += 1;
            }
            if !caret && k == j && k + 2 < n && b[k] == 0xE2 && b[k + 1] == 0x88 && b[k + 2] == 0x92
            {
                eneg = true;
                k += 3;
            }
            let e = digit_end(b, k);
            if e > k && (caret || k > j) && (e == n || !is_alpha(b[e])) {
                let x = parse_f64(&b[k..e]).unwrap_or(0.0);
                let x = if eneg { -x } else { x };
                value = factor * base.powf(x);
                rounding = 0.0;
                i = e;
                num.plain = false;
                num.end = i;
            } else if let Some((x, e)) = superscript_int(b, j).filter(|_| !caret && k == j) {
                // 10⁶, 10⁻³: the exponent in superscript digits.
                value = factor * base.powi(x);
                rounding = 0.0;
                i = e;
                num.plain = false;
                num.end = i;
            }
        }
    }
    if negative {
        value = -value;
    }
    num.value = value;
    num.rounding = rounding;

    let c = b.get(i).copied().unwrap_or(b' ');
    // A phone number in spaced groups after a trunk prefix's zero:
    // "0800 028 9276", "020 7946 0958".
    if c == b' ' && plain && !negative && b[start] == b'0' && (3..=5).contains(&int_digits) {
        if let Some(e) = spaced_phone_end(b, i) {
            return (Some(Num::new(s, e, value, Kind::Phone)), e);
        }
    }
    // Time: 10:30, 10:30:15
    if c == b':' && plain && int_digits <= 2 && value <= 24.0 && digit_end(b, i + 1) == i + 3 {
        let mins = parse_f64(&b[i + 1..i + 3]).unwrap_or(99.0);
        if mins < 60.0 {
            let mut e = i + 3;
            if e + 2 < n && b[e] == b':' && digit_end(b, e + 1) == e + 3 {
                e += 3;
            }
            // Tenths and hundredths of a race time: "3:56.2", "2:03:23.57".
            if b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(|&d| is_digit(d)) {
                let d = digit_end(b, e + 1);
                if d - e <= 3 {
                    e = d;
                }
            }
            e = ampm(b, e).unwrap_or(e);
            num.kind = Kind::Time;
            num.end = e;
            return (Some(num), e);
        }
    }
    // The fraction slash U+2044 (3⁄4, as typeset recipes and reports
    // write it): always a fraction, never a date.
    if c == 0xE2
        && b.get(i + 1) == Some(&0x81)
        && b.get(i + 2) == Some(&0x84)
        && plain
        && b.get(i + 3).is_some_and(|&d| is_digit(d))
    {
        let e = digit_end(b, i + 3);
        let den = parse_f64(&b[i + 3..e]).unwrap_or(0.0);
        if den > 0.0 {
            let mut f = Num::new(s, e, value / den, Kind::Cardinal);
            f.fraction = true;
            f.rounding = 0.0;
            return (Some(f), e);
        }
    }
    // Slash: fractions 3/4, dates 5/17/2018, fiscal years 2001/02.
    if c == b'/' && plain && i + 1 < n && is_digit(b[i + 1]) {
        let e = digit_end(b, i + 1);
        let den = parse_f64(&b[i + 1..e]).unwrap_or(0.0);
        if e + 1 < n && b[e] == b'/' && is_digit(b[e + 1]) {
            let e2 = digit_end(b, e + 1);
            let mut num = Num::new(s, e2, value, Kind::Date);
            num.plain = false;
            return (Some(num), e2);
        }
        let nd = e - i - 1;
        if int_digits == 4 && (1800.0..2100.0).contains(&value) && (nd == 2 || nd == 4) {
            let mut num = Num::new(s, e, value, Kind::Year);
            num.plain = false;
            return (Some(num), e);
        }
        if den == 0.0 {
            return (None, e);
        }
        let numer = value.abs();
        // "103/104 pct", "98/99": a bid and an offer of a price near par,
        // two whole numbers a point or two apart; no fraction in prose
        // has such a denominator (but "63/64", "99/100" are fractions).
        if numer >= 50.0
            && den > numer
            && den - numer <= 3.0
            && nd <= 3
            && !matches!(den as u32, 64 | 100 | 128)
        {
            let mut f = Num::new(s, e, (numer + den) / 2.0, Kind::Cardinal);
            f.lo = numer;
            f.hi = den;
            f.rounding = 1.0;
            f.plain = false;
            return (Some(f), e);
        }
        // "0/92" (a programme), "50/50", "20/20 vision", "120/80" (a blood
        // pressure): a zero numerator, or one as large as a denominator of
        // two digits or of its own size, is no fraction in prose.
        // "06/05", "3/07": a part written with a leading zero is a date's
        // or a code's, never a fraction's.
        let zero_led = (b[start] == b'0' && int_digits > 1) || (b[i + 1] == b'0' && nd > 1);
        // "4/28", "600/700", "32/34", "4/6": prose reduces its fractions
        // but for halves, quarters, eighths … (a bond's "4/32") and tenths
        // or hundredths ("8/10 of a share"), and spells out "2/12ths";
        // any other pair sharing a factor is a date, a range, a size or
        // odds.
        let ordinal_after = e < n && is_alpha(b[e]);
        let (nu, de) = (numer as u64, den as u64);
        let unreduced = gcd(nu, de) > 1
            && !de.is_power_of_two()
            && !matches!(de, 10 | 100 | 1000)
            && !ordinal_after;
        let code = unreduced
            || (numer == 9.0 && den == 11.0)
            || (numer == 24.0 && den == 7.0)
            || numer == 0.0
            || zero_led
            || (numer >= den && (den >= 10.0 || numer == den));
        let mut f = Num::new(
            s,
            e,
            value / den,
            if code { Kind::Code } else { Kind::Cardinal },
        );
        f.fraction = true;
        f.rounding = 0.0;
        if !code && (numer >= den * 2.0 && den < 10.0) && !(e < n && is_alpha(b[e])) {
            // 12/4: more likely a score or a date part than a fraction.
            f.kind = Kind::Code;
        }
        return (Some(f), e);
    }
    // Hyphen: ISO dates, fiscal years, phone numbers (ranges are left to
    // the caller).
    if c == b'-' && i + 1 < n && is_digit(b[i + 1]) && !decimal && !grouped {
        let mut groups = vec![(start, i)];
        let mut j = i;
        while j + 1 < n && (b[j] == b'-' || b[j] == b'/') && is_digit(b[j + 1]) {
            let e = digit_end(b, j + 1);
            groups.push((j + 1, e));
            j = e;
        }
        let gl = |k: usize| groups[k].1 - groups[k].0;
        let plus = s < start && b[s] == b'+';
        if int_digits == 4 && groups.len() >= 2 && gl(1) == 2 && (1000.0..2100.0).contains(&value) {
            let m = parse_f64(&b[groups[1].0..groups[1].1]).unwrap_or(0.0);
            let next = (value as i64 + 1) % 100;
            if groups.len() == 2 && m as i64 == next && !(1.0..=12.0).contains(&m)
                || groups.len() == 2
                    && m as i64 == next
                    && !(j < n && b[j] == b'-')
                    && value > 1900.0
                    && m > 12.0
            {
                let mut y = Num::new(s, j, value, Kind::Year);
                y.plain = false;
                return (Some(y), j);
            }
            // "the 1970-84 average", "in 1939-45": a span of years, its
            // end written with two digits.
            if groups.len() == 2
                && m > 12.0
                && m as i64 > value as i64 % 100
                && !(j < n && (b[j] == b'-' || is_alpha(b[j])))
            {
                let mut y = Num::new(s, j, value, Kind::Year);
                y.plain = false;
                return (Some(y), j);
            }
            if (1.0..=12.0).contains(&m) && (groups.len() == 2 || (groups.len() == 3 && gl(2) <= 2))
            {
                let d = Num::new(s, j, value, Kind::Date);
                return (Some(d), j);
            }
        }
        if int_digits == 4 && groups.len() == 2 && gl(1) == 4 && (1800.0..2100.0).contains(&value) {
            let v2 = parse_f64(&b[groups[1].0..groups[1].1]).unwrap_or(0.0);
            if (1800.0..2100.0).contains(&v2) && v2 > value {
                // 2012-2013: a span of years. Leave the second to the scan.
                let mut y = Num::new(s, i, value, Kind::Year);
                y.plain = false;
                return (Some(y), i);
            }
        }
        // Local and vanity numbers: 203-2273 (not a round range such as
        // 250-1500), 305-471-TIPS, 866-7LOCKUP, 1-800-SPEAK-UP.
        let local = groups.len() == 2 && int_digits == 3 && gl(1) == 4 && {
            let v2 = parse_f64(&b[groups[1].0..groups[1].1]).unwrap_or(0.0);
            value % 10.0 != 0.0 || v2 % 100.0 != 0.0
        };
        // Not a lone degree letter after a range: "30-35C", "50-60F".
        let degrees = groups.len() == 2
            && j < n
            && matches!(b[j], b'C' | b'F')
            && !b
                .get(j + 1)
                .is_some_and(|&x| is_alpha(x) || is_digit(x) || x == b'-');
        let vanity = j < n
            && !degrees
            && (b[j].is_ascii_uppercase()
                || b[j] == b'-' && b.get(j + 1).is_some_and(u8::is_ascii_uppercase));
        if plus
            || local
            || vanity
            || groups.len() >= 3 && groups.iter().skip(1).all(|g| g.1 - g.0 >= 3)
        {
            let p = Num::new(s, j, value, Kind::Phone);
            return (Some(p), j);
        }
        // "6-7/16 pct": a whole number and a fraction of a price, as the
        // wires write it; no date mixes a hyphen with a slash so.
        let mixed_fraction = groups.len() == 3
            && b[groups[1].0 - 1] == b'-'
            && b[groups[2].0 - 1] == b'/'
            && parse_f64(&b[groups[1].0..groups[1].1]).unwrap_or(f64::MAX)
                < parse_f64(&b[groups[2].0..groups[2].1]).unwrap_or(0.0);
        if groups.len() >= 3
            && groups.iter().all(|g| g.1 - g.0 <= 4)
            && int_digits <= 2
            && !mixed_fraction
        {
            // 7-5-2012
            if gl(groups.len() - 1) == 4 || gl(groups.len() - 1) == 2 {
                let d = Num::new(s, j, value, Kind::Date);
                return (Some(d), j);
            }
        }
    }
    // am / pm: 2pm, 2.17 p.m. (but 2.1 pm is a length in picometres).
    if let Some(e) = ampm(b, i) {
        let mins_ok = !decimal || (decimals == 2 && value.fract() < 0.595);
        if (plain && (1.0..=12.0).contains(&value)) || (decimal && mins_ok && value < 13.0) {
            num.kind = Kind::Time;
            num.end = e;
            return (Some(num), e);
        }
    }
    // Attached letters.
    if c.is_ascii_alphabetic() {
        let e = alpha_end(b, i);
        let w = &b[i..e];
        let after = b.get(e).copied().unwrap_or(b' ');
        let boundary = !is_wordish(after);
        // "21st", and with grouped digits "1,001st".
        if boundary && (plain || (!decimal && value.fract() == 0.0)) {
            let v = value as i64;
            let ord = match w {
                b"st" | b"ST" => v % 10 == 1 && v % 100 != 11,
                b"nd" | b"ND" => v % 10 == 2 && v % 100 != 12,
                b"rd" | b"RD" => v % 10 == 3 && v % 100 != 13,
                b"th" | b"TH" => true,
                _ => false,
            };
            if ord {
                num.kind = Kind::Ordinal;
                num.end = e;
                return (Some(num), e);
            }
            if plain
                && (w == b"s" || w == b"S")
                && v % 10 == 0
                && (int_digits == 4 || int_digits == 2)
            {
                num.kind = Kind::Year;
                num.end = e;
                return (Some(num), e);
            }
        }
        if boundary
            && w == b"K"
            && int_digits == 1
            && !currency_before(b, s)
            && resolution_after(b, e)
        {
            // "a 4K TV", "filmed in 8K resolution": a display standard.
            num.kind = Kind::Code;
            num.end = e;
            return (Some(num), e);
        }
        // "EA-6B", "F-35B", "MiG-29K": a letter after a model number
        // whose capitalised name is joined by a hyphen is its variant,
        // not a scale.
        let model_variant = hyphen_code
            && w.len() == 1
            && w[0].is_ascii_uppercase()
            && b[alpha_start(b, start - 1)].is_ascii_uppercase();
        // "a 10k race", "the 5k fun run": kilometres run, not thousands.
        let km_run = w == b"k"
            && plain
            && int_digits <= 2
            && !currency_before(b, s)
            && word_after(b, e).is_some_and(|(ws, we)| {
                b[e..ws].iter().all(|&c| c == b' ')
                    && word_in(
                        &b[ws..we],
                        &[
                            b"race", b"races", b"run", b"runs", b"runners", b"fun", b"road",
                            b"walk", b"swim", b"event",
                        ],
                    )
            });
        if boundary && !model_variant && !km_run {
            let millions = currency_before(b, s)
                || money_millions_before(b, s)
                || (w == b"m" && !metre_context(b, e));
            if let Some(f) = scale_suffix(w, millions, int_digits) {
                num.value = times(num.value, f);
                num.rounding = times(num.rounding, f);
                num.scaled = true;
                num.scale *= f;
                num.plain = false;
                num.end = e;
                num.lo = num.value;
                num.hi = num.value;
                let e2 = more_scales(b, &mut num, e);
                return (Some(num), e2);
            }
            if w.len() == 1 && (w[0] == b'G') && int_digits == 1 {
                num.kind = Kind::Code;
                num.end = e;
                return (Some(num), e);
            }
        }
        if !boundary && is_digit(after) {
            // 06F6, J1149: an identifier.
            let mut j = e;
            while j < n && b[j].is_ascii_alphanumeric() {
                j += 1;
            }
            num.kind = Kind::Code;
            num.end = i;
            return (Some(num), j);
        }
        num.suffix = true;
    } else if let Some(k) = decade_s(b, i)
        .filter(|_| plain && (value as i64) % 10 == 0 && (int_digits == 4 || int_digits == 2))
    {
        // 1990's, her 20’s, IN HER 20'S
        num.kind = Kind::Year;
        num.end = k;
        return (Some(num), k);
    }
    // Letters glued before the number are a code (J1149, LGA1156) unless
    // they are a currency written before its amount (RM4.1bn, R45 billion,
    // PLN40m); a lone `R` only with a scale word or three digits (R350,
    // but not the R8 road or an R5 model).
    let money_prefix = letters_before && !glued_sign && {
        let k = alpha_start(b, start);
        let dollar = k > 0
            && b[k - 1] == b'$'
            && matches!(&b[k..start], b"US" | b"A" | b"NZ" | b"C" | b"HK" | b"S");
        dollar
            || (k == 0 || !is_wordish(b[k - 1]))
                && start - k <= 3
                && crate::extract::claims::is_currency_prefix(&b[k..start])
                && (start - k > 1 || int_digits >= 3 || scale_after(b, num.end))
    };
    if letters_before && !money_prefix {
        num.kind = Kind::Code;
    } else if hyphen_code {
        // F-16, COVID-19; but mid-2012, pre-1990 are years.
        let mut k = start - 1;
        k = alpha_start(b, k);
        let w = &b[k..start - 1];
        let soft = word_in(
            w,
            &[
                b"mid", b"pre", b"post", b"early", b"late", b"end", b"over", b"under", b"about",
                b"some", b"around", b"sub",
            ],
        );
        // ("twenty-2"; but the "A" of an "A-2" rating is a letter.)
        let spelled_num = !w.eq_ignore_ascii_case(b"a") && number_word(b, k, start - 1).is_some();
        // "5km-10km", "3ft-5ft": the letters before the hyphen are the
        // unit of the number before, and this number has the same unit, so
        // a range with its unit on both ends, not a name.
        let unit_range = k > 0
            && is_digit(b[k - 1])
            && num.suffix
            && b.get(num.end..alpha_end(b, num.end)) == Some(w);
        // "a 12-by-20-foot room": the second side of a size.
        let size_by =
            w.eq_ignore_ascii_case(b"by") && k >= 2 && b[k - 1] == b'-' && is_digit(b[k - 2]);
        if !soft && !spelled_num && !unit_range && !size_by {
            num.kind = Kind::Code;
        }
    }
    num.lo = num.value;
    num.hi = num.value;
    if num.kind == Kind::Cardinal && !num.suffix {
        let ne = num.end;
        let e = more_scales(b, &mut num, ne);
        return (Some(num), e);
    }
    let e = num.end;
    (Some(num), e)
}

/// Whether a scale word follows the numeral ending at `e` (`45 billion`).
fn scale_after(b: &[u8], e: usize) -> bool {
    let s = skip_space(b, e);
    s > e && {
        let we = alpha_end(b, s);
        we > s && scale_word(&b[s..we]).is_some()
    }
}

/// A large scale joined by a hyphen, as some outlets write an amount used
/// as an adjective: "a $2.3-billion deal", "a 5-million-strong crowd".
/// `b[i]` is the hyphen; returns where to resume. Kept out of line: most
/// hyphens after a number are not this.
#[inline(never)]
fn hyphen_scale(b: &[u8], num: &mut Num, i: usize) -> usize {
    let e = alpha_end(b, i + 1);
    let w = &b[i + 1..e];
    if !word_in(w, &[b"million", b"billion", b"trillion", b"mln", b"bln"])
        || b.get(e).is_some_and(|&c| is_digit(c))
    {
        return i;
    }
    let Some(f) = scale_word(w) else {
        return i;
    };
    apply_scale(num, f, e);
    e
}

/// Multiplies `num` by the scale word `f` that ends at `e`.
fn apply_scale(num: &mut Num, f: f64, e: usize) {
    num.value = times(num.value, f);
    if num.rounding > 0.0 {
        num.rounding = times(num.rounding, f);
    }
    num.scaled = true;
    num.scale *= f;
    num.plain = false;
    num.suffix = false;
    num.end = e;
}

/// "30 MUSD", "48.5 MSEK": a capital M glued to a currency code of the
/// lexicon is millions of that currency, as Nordic and European company
/// reports write it; the code stays the unit.
fn millions_code(w: &[u8]) -> bool {
    w.len() == 4
        && w[0] == b'M'
        && w[1..].iter().all(|c| c.is_ascii_uppercase())
        && crate::extract::claims::is_currency_prefix(&w[1..])
}

/// Scale words after a numeral and a space: `5.93 mln`, `2 million`,
/// `3 dozen`, `three lakh crore`. Updates `num`; returns where to resume.
fn more_scales(b: &[u8], num: &mut Num, mut i: usize) -> usize {
    if b.get(i) == Some(&b'-') && !num.scaled {
        i = hyphen_scale(b, num, i);
    }
    while let Some((s, e)) = word_after(b, i) {
        let w = &b[s..e];
        let f = match scale_word(w) {
            Some(f) => f,
            // "10 k"; but "1,000,000 K" is kelvins, not thousands.
            None if (w == b"k" || w == b"K") && s > i && !(w == b"K" && num.digits > 3) => 1e3,
            // "1,674.5 G", "1,674,200.5 M": a capital scale letter closing the text or a clause.
            None if matches!(w, b"M" | b"G" | b"B" | b"T")
                && s > i
                && b.get(e)
                    .is_none_or(|&c| matches!(c, b'.' | b',' | b';' | b')' | b'\n'))
                && (num.decimal || num.digits > 3) =>
            {
                match w {
                    b"M" => 1e6,
                    b"G" | b"B" => 1e9,
                    _ => 1e12,
                }
            }
            None if s > i && millions_code(w) => {
                apply_scale(num, 1e6, s + 1);
                i = s + 1;
                break;
            }
            None => break,
        };
        // "hundred" only after a small integer: "3 hundred", "322 hundred".
        if f == 100.0 && (num.scaled || num.decimal && num.value >= 100.0) {
            break;
        }
        // "1.143 billion mln stg": a smaller scale after a larger one
        // repeats the unit's own scale word (wire copy writes amounts in
        // "mln stg"), a slip, not a product; a larger one multiplies
        // ("thousand million", "lakh crore").
        if num.scaled && f < num.scale && f >= 1e6 {
            num.end = e;
            i = e;
            continue;
        }
        apply_scale(num, f, e);
        i = e;
    }
    // "3 million and a half"
    if num.scaled && num.scale > 100.0 {
        if let Some((s, e)) = word_after(b, i) {
            if b[s..e].eq_ignore_ascii_case(b"and") {
                if let Some((fv, fe)) = and_fraction(b, e) {
                    num.value += fv * num.scale;
                    num.end = fe;
                    i = fe;
                }
            }
        }
    }
    num.lo = num.value;
    num.hi = num.value;
    i
}

/// `am`, `pm`, `a.m.`, `p.m.` after optional space at `i`: end of it.
pub(crate) fn ampm(b: &[u8], i: usize) -> Option<usize> {
    let j = if b.get(i) == Some(&b' ') { i + 1 } else { i };
    let c = b.get(j)?.to_ascii_lowercase();
    if c != b'a' && c != b'p' {
        return None;
    }
    let m = b.get(j + 1)?.to_ascii_lowercase();
    let e = if m == b'm' {
        j + 2
    } else if m == b'.' && b.get(j + 2).map(|x| x.to_ascii_lowercase()) == Some(b'm') {
        if b.get(j + 3) == Some(&b'.') {
            j + 4
        } else {
            j + 3
        }
    } else {
        return None;
    };
    if b.get(e).is_some_and(|&x| is_wordish(x)) {
        return None;
    }
    Some(e)
}

/// Parses digits with an optional `.` and decimals. Short numbers take a
/// fast path (an integer mantissa divided by an exact power of ten is
/// correctly rounded, like the full parser).
fn parse_f64(s: &[u8]) -> Option<f64> {
    if !s.is_empty() && s.len() <= 15 {
        let mut m: u64 = 0;
        let mut dec: Option<i32> = None;
        let mut ok = true;
        for &c in s {
            if c.is_ascii_digit() {
                m = m * 10 + (c - b'0') as u64;
                if let Some(d) = dec.as_mut() {
                    *d += 1;
                }
            } else if c == b'.' && dec.is_none() {
                dec = Some(0);
            } else {
                ok = false;
                break;
            }
        }
        if ok && s != b"." {
            const P10: [f64; 16] = [
                1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                1e15,
            ];
            return Some(m as f64 / P10[dec.unwrap_or(0) as usize]);
        }
    }
    std::str::from_utf8(s).ok()?.parse::<f64>().ok()
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    A,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

/// Parses a spelled number starting with word `w` at `b[s..e]`.
fn spelled(b: &[u8], s: usize, w: W, e: usize, prev: Option<&Num>) -> Option<(Num, usize)> {
    let mut neg = false;
    let (mut w, mut ws, mut we) = (w, s, e);
    if w == W::Minus {
        let (w2, s2, e2) = next_word(b, e)?;
        if !matches!(w2, W::Unit(_) | W::Teen(_) | W::Tens(_) | W::A) {
            // "minus 5": the digits get the sign in classify().
            return None;
        }
        neg = true;
        (w, ws, we) = (w2, s2, e2);
    }
    // Vague amounts.
    match w {
        W::Many(unit) => return vague(b, s, we, unit, 2.0),
        W::Several => {
            // "several hundred", "a few thousand", "a couple of hundred"
            // (the "a" is handled below).
            let couple = b[ws..we].eq_ignore_ascii_case(b"couple");
            let handful = b[ws..we].eq_ignore_ascii_case(b"handful");
            let of = word_after(b, we).filter(|&(os, oe)| b[os..oe].eq_ignore_ascii_case(b"of"));
            let from = match of {
                Some((_, oe)) if couple || handful => oe,
                _ => we,
            };
            let scale = match next_word(b, from) {
                Some((W::Hundred, _, e2)) => Some((100.0, e2)),
                Some((W::Scale(f), _, e2)) => Some((f, e2)),
                Some((W::Dozen, _, e2)) => Some((12.0, e2)),
                _ => None,
            };
            let Some((mut f, mut e2)) = scale.filter(|_| !handful) else {
                // "a couple of protesters", "a handful of officers": a small
                // count without a figure, two or three, and under ten.
                let a = word_before(b, s).filter(|&(a, z)| b[a..z].eq_ignore_ascii_case(b"a"))?;
                let (ns, _) = of.and_then(|(_, oe)| word_after(b, oe))?;
                if !(couple || handful) || !b[ns].is_ascii_lowercase() || scale.is_some() {
                    return None;
                }
                let mut num = Num::new(a.0, we, f64::NAN, Kind::Vague);
                num.spelled = true;
                num.lo = 2.0;
                num.hi = if couple { 3.0 } else { 10.0 };
                return Some((num, we));
            };
            // "a few hundred thousand"
            if let Some((W::Scale(f2), _, e3)) = next_word(b, e2) {
                if f2 > f {
                    f *= f2;
                    e2 = e3;
                }
            }
            let few = b[ws..we].eq_ignore_ascii_case(b"few");
            // Include the article of "a few", "a couple".
            let start = match word_before(b, s) {
                Some((a, z)) if (few || couple) && b[a..z].eq_ignore_ascii_case(b"a") => a,
                _ => s,
            };
            let mut num = Num::new(start, e2, f64::NAN, Kind::Vague);
            num.spelled = true;
            num.lo = if few || couple { 2.0 } else { 3.0 } * f;
            // A couple is two or three; a few or several dozen stay under
            // a hundred, as "dozens" does.
            num.hi = if couple {
                3.0 * f
            } else if f == 12.0 {
                100.0
            } else {
                10.0 * f
            };
            return Some((num, e2));
        }
        W::Ord(v, false) => {
            // A standalone ordinal: "third", "twenty-first" is handled below.
            let mut num = Num::new(s, we, v, Kind::Ordinal);
            num.spelled = true;
            return Some((num, we));
        }
        W::Ord(_, true) | W::And | W::Point | W::Minus => return None,
        _ => {}
    }
    let mut total = 0.0f64; // completed scale groups
    let mut group = 0.0f64; // current group below the last scale
    let mut last = Last::Start;
    let mut end = we;
    let mut last_scale = f64::INFINITY;
    let mut mantissa_scale = 1.0f64; // scale of the final word, for rounding
                                     // A spelled decimal with a scale after it: (scale, rounding).
    let mut point_scale: Option<(f64, f64)> = None;
    let mut fraction = false;
    let mut article = false;
    let mut cur = Some((w, ws, we));
    let mut count = 0;
    while let Some((w, _ws, we)) = cur {
        count += 1;
        match w {
            W::A => {
                if last != Last::Start && last != Last::And {
                    break;
                }
                // "a" must be followed by hundred, a scale, dozen or a denominator.
                let Some((w2, s2, _)) = next_word(b, we) else {
                    break;
                };
                // (A capital ordinal names a thing, no denominator: "a
                // Fourth of July party", "a Second Amendment case".)
                if matches!(w2, W::Ord(..)) && b.get(s2).is_some_and(u8::is_ascii_uppercase) {
                    break;
                }
                if !matches!(
                    w2,
                    W::Hundred
                        | W::Scale(_)
                        | W::Dozen
                        | W::Half(false)
                        | W::Quarter(false)
                        | W::Ord(_, false)
                ) {
                    break;
                }
                if last == Last::Start {
                    article = true;
                }
                group += 1.0;
                last = Last::A;
            }
            W::Unit(v) => {
                match last {
                    Last::Start | Last::Hundred | Last::Scale | Last::And => group += v,
                    Last::Tens if v > 0.0 && group % 10.0 == 0.0 => group += v,
                    _ => break,
                }
                last = Last::Unit;
            }
            W::Teen(v) => {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                    break;
                }
                group += v;
                last = Last::Teen;
            }
            W::Tens(v) => {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And) {
                    // "one twenty-fifth", "three twenty firsts": a compound denominator.
                    if matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                        if let Some((W::Ord(u, _), _, e2)) = next_word(b, we) {
                            if u < 10.0 {
                                return Some(finish(
                                    s,
                                    e2,
                                    (total + group) / (v + u),
                                    neg,
                                    0.0,
                                    true,
                                    false,
                                    true,
                                ));
                            }
                        }
                    }
                    break;
                }
                group += v;
                last = Last::Tens;
            }
            W::Hundred => {
                if !matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::A | Last::Start
                ) || group >= 100.0
                {
                    break;
                }
                if group == 0.0 {
                    group = 1.0;
                }
                group *= 100.0;
                last = Last::Hundred;
                mantissa_scale = 100.0;
            }
            W::Scale(f) => {
                if matches!(last, Last::Start | Last::And) {
                    break;
                }
                if last == Last::Scale && group == 0.0 {
                    // lakh crore, thousand million
                    total *= f;
                } else {
                    if f >= last_scale {
                        break;
                    }
                    total += group * f;
                }
                group = 0.0;
                last_scale = f.min(last_scale);
                last = Last::Scale;
                mantissa_scale = f;
            }
            W::Dozen | W::Many(12.0) => {
                if !matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::A | Last::Hundred
                ) {
                    break;
                }
                group *= 12.0;
                total += group;
                group = 0.0;
                end = we;
                mantissa_scale = 12.0;
                break;
            }
            W::And => {
                if !matches!(
                    last,
                    Last::Hundred | Last::Scale | Last::Unit | Last::Teen | Last::Tens
                ) {
                    break;
                }
                // "and a half", "and three quarters": a fraction.
                if let Some(x) = and_fraction(b, we) {
                    let (fv, fe) = x;
                    if last == Last::Scale {
                        total += fv * last_scale;
                    } else {
                        group += fv;
                    }
                    fraction = true;
                    end = fe;
                    // "five and a half million"
                    if let Some((W::Scale(f), _, e2)) = next_word(b, fe) {
                        if last != Last::Scale && f < last_scale {
                            total += group * f;
                            group = 0.0;
                            end = e2;
                            mantissa_scale = f;
                        }
                    }
                    break;
                }
                if !matches!(last, Last::Hundred | Last::Scale) {
                    break;
                }
                match next_word(b, we) {
                    Some((W::Unit(_) | W::Teen(_) | W::Tens(_), _, _)) => {}
                    Some((W::A, _, _)) if last == Last::Scale => {}
                    _ => break,
                }
                last = Last::And;
                cur = next_word(b, we);
                continue;
            }
            W::Point => {
                if !matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Scale
                ) {
                    break;
                }
                // Digits after "point": "zero three", "seventy-one", "five".
                let mut digits = String::new();
                let mut k = we;
                let mut dend = we;
                while let Some((w2, _, e2)) = next_word(b, k) {
                    match w2 {
                        W::Unit(v) => digits.push(char::from(b'0' + v as u8)),
                        W::Teen(v) | W::Tens(v) if digits.is_empty() => {
                            let mut v = v;
                            let mut e3 = e2;
                            if let Some((W::Unit(u), _, e4)) = next_word(b, e2) {
                                if v >= 20.0 && u > 0.0 {
                                    v += u;
                                    e3 = e4;
                                }
                            }
                            digits.push_str(&(v as u32).to_string());
                            dend = e3;
                            break;
                        }
                        _ => break,
                    }
                    k = e2;
                    dend = e2;
                }
                if digits.is_empty() {
                    break;
                }
                let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
                group += frac;
                end = dend;
                mantissa_scale = 10f64.powi(-(digits.len() as i32));
                // "one point five billion": the scale after the decimal.
                if total == 0.0 {
                    if let Some((W::Scale(f), _, e2)) = next_word(b, dend) {
                        group = times(group, f);
                        end = e2;
                        point_scale = Some((f, mantissa_scale * f));
                        mantissa_scale = f;
                    }
                }
                break;
            }
            W::Half(plural) | W::Quarter(plural) => {
                let den = if matches!(w, W::Half(_)) { 2.0 } else { 4.0 };
                match last {
                    Last::Start if ordinal_before(b, s) => {
                        // "the first half", "third-quarter profit", "the 4th
                        // quarter of 2012": a part of a year or a game.
                        return None;
                    }
                    Last::Start => {
                        // "half a million", "quarter million", "half a
                        // dozen", "a half-dozen advisers"
                        let after_a = match next_word(b, we) {
                            Some((W::A, _, ea)) => next_word(b, ea),
                            next => next,
                        };
                        if let Some((v, f, e2)) = after_a.and_then(|n| part_of_a_scale(n, den)) {
                            return Some(finish(s, e2, v, neg, f, true, false, true));
                        }
                        // "quarter of a million"
                        if let Some((f, e2)) = of_a_scale(b, we) {
                            return Some(finish(s, e2, f / den, neg, f, true, false, true));
                        }
                        if plural {
                            return None;
                        }
                        let of = word_after(b, we)
                            .is_some_and(|(a, z)| b[a..z].eq_ignore_ascii_case(b"of"));
                        // "fell by half", "cut by half" (not "by half an
                        // hour"): a change by a share.
                        // A hedge may stand between: "by nearly half".
                        let by_half = den == 2.0
                            && by_before(b, s).is_some()
                            && !matches!(next_word(b, we), Some((W::A, _, _)));
                        if by_half {
                            return Some(finish(s, we, 0.5, neg, 0.0, true, false, true));
                        }
                        // "half the debt", "half its members", "half
                        // Guyana's exports": a share as "half of" is.
                        let share = of || share_follows(b, we);
                        if den == 2.0 && !share {
                            return None;
                        }
                        return Some(finish(s, we, 1.0 / den, neg, 0.0, true, !share, true));
                    }
                    Last::A if matches!(next_word(b, we), Some((W::Dozen, _, _))) => {
                        // "a half dozen": six.
                        let e2 = next_word(b, we).map_or(we, |(_, _, e2)| e2);
                        return Some(finish(s, e2, 12.0 / den, neg, 1.0, true, false, true));
                    }
                    Last::A | Last::Unit | Last::Teen | Last::Tens => {
                        let v = group / den;
                        let of = word_after(b, we)
                            .is_some_and(|(a, z)| b[a..z].eq_ignore_ascii_case(b"of"));
                        // "the past three quarters": a count of quarters of a
                        // year, after a word that introduces a span of time.
                        if den == 4.0 && plural {
                            let span_word = word_before(b, s).is_some_and(|(a, z)| {
                                let mut lb = [0u8; 24];
                                lower(&b[a..z], &mut lb).is_some_and(|w| {
                                    matches!(
                                        w,
                                        b"past"
                                            | b"last"
                                            | b"preceding"
                                            | b"previous"
                                            | b"next"
                                            | b"first"
                                            | b"these"
                                            | b"those"
                                            | b"the"
                                            | b"for"
                                            | b"over"
                                            | b"straight"
                                            | b"consecutive"
                                            | b"successive"
                                            | b"recent"
                                            | b"coming"
                                    )
                                })
                            });
                            if span_word {
                                break;
                            }
                        }
                        let weak_a = last == Last::A && !of;
                        // "a quarter million", "three quarters of a million"
                        if let Some((f, e2)) = match next_word(b, we) {
                            Some((W::Scale(f), _, e2)) => Some((f, e2)),
                            _ => of_a_scale(b, we),
                        } {
                            return Some(finish(s, e2, total + v * f, neg, f, true, false, true));
                        }
                        return Some(finish(s, we, total + v, neg, 0.0, true, weak_a, true));
                    }
                    _ => break,
                }
            }
            W::Ord(v, plural) => {
                // A denominator after a numerator: "two thirds", "one fifth",
                // "a hundredth"; or the last word of an ordinal: "twenty-first".
                match last {
                    Last::Tens if !plural && v < 10.0 => {
                        let mut num = Num::new(s, we, group + v, Kind::Ordinal);
                        num.spelled = true;
                        return Some((num, we));
                    }
                    Last::A
                    | Last::Unit
                    | Last::Teen
                    | Last::Tens
                    | Last::Hundred
                    | Last::Scale
                        if v >= 3.0 =>
                    {
                        let _ = plural;
                        let numer = total + group;
                        let of = word_after(b, we)
                            .is_some_and(|(a, z)| b[a..z].eq_ignore_ascii_case(b"of"));
                        // "a third term", and glued by a hyphen, "a
                        // third-set rally", "a fifth-grade class"; not a
                        // preposition after a change "by" one ("rose by a
                        // fifth in the year"; "by a third party" is a rank).
                        let by = by_before(b, s).is_some();
                        let noun_follows = word_after(b, we).is_some_and(|(a, z)| {
                            z > a
                                && b[we..a].iter().all(|&c| c == b' ')
                                && !(by && word_in(&b[a..z], PREPOSITIONS))
                        }) || (b.get(we) == Some(&b'-')
                            && b.get(we + 1).is_some_and(u8::is_ascii_lowercase));
                        if last == Last::A
                            && !of
                            && noun_follows
                            && !matches!(next_word(b, we), Some((W::Scale(_), _, _)))
                        {
                            // "a sixth person", "a third term": a rank.
                            let (os, oe) = (word_start(b, we), we);
                            let mut num = Num::new(os, oe, v, Kind::Ordinal);
                            num.spelled = true;
                            return Some((num, oe));
                        }
                        // "two thirds of a million"
                        if let Some((f, e2)) = of_a_scale(b, we) {
                            return Some(finish(s, e2, numer / v * f, neg, f, true, false, true));
                        }
                        return Some(finish(s, we, numer / v, neg, 0.0, true, false, true));
                    }
                    _ => break,
                }
            }
            W::Many(_) | W::Several | W::Minus => break,
        }
        end = we;
        cur = next_word(b, we);
    }
    let _ = count;
    // "four-and-a-half", "two-and-three-quarters": the fraction joined by
    // hyphens, as an adjective is written ("a four-and-a-half-hour wait").
    if !fraction
        && matches!(last, Last::Unit | Last::Teen | Last::Tens)
        && starts_ci(b, end, b"-and-")
    {
        if let Some((fv, fe)) = hyphen_fraction(b, end + 5) {
            group += fv;
            fraction = true;
            end = fe;
            // "one-and-a-half million"
            if let Some((W::Scale(f), _, e2)) = next_word(b, fe) {
                if f < last_scale {
                    total += group * f;
                    group = 0.0;
                    end = e2;
                    mantissa_scale = f;
                }
            }
        }
    }
    let value = total + group;
    if last == Last::Start
        || (last == Last::A
            && value == 1.0
            && end == we
            && group == 1.0
            && total == 0.0
            && mantissa_scale == 1.0)
    {
        return None;
    }
    // "one", "a" alone are weak: a pronoun or an article as often as a count.
    let single_one = value == 1.0 && mantissa_scale == 1.0 && !fraction;
    if single_one {
        // "the one", "this one", "that one", "which one", "no one", "any one".
        if let Some((ps, pe)) = word_before(b, s) {
            let mut lb = [0u8; 24];
            if let Some(pw) = lower(&b[ps..pe], &mut lb) {
                if matches!(
                    pw,
                    b"the"
                        | b"this"
                        | b"that"
                        | b"which"
                        | b"no"
                        | b"any"
                        | b"every"
                        | b"each"
                        | b"another"
                        | b"someone"
                        | b"little"
                        | b"last"
                        | b"right"
                        | b"wrong"
                        | b"new"
                        | b"big"
                        | b"good"
                        | b"other"
                        | b"such"
                ) && !one_measure_after(b, end)
                {
                    return None;
                }
            }
        }
        // Idioms: "on one hand", "at one time", "at one point"; and "One
        // day" opening a sentence, which means some day.
        let next = word_after(b, end);
        let next_w = next.map(|(a, z)| &b[a..z]);
        let prev_w = word_before(b, s).map(|(a, z)| &b[a..z]);
        let idiom = match (prev_w, next_w) {
            (Some(p), Some(w)) if p.eq_ignore_ascii_case(b"on") => w.eq_ignore_ascii_case(b"hand"),
            (Some(p), Some(w)) if p.eq_ignore_ascii_case(b"at") => {
                word_in(w, &[b"time", b"point", b"stage", b"moment"])
            }
            (_, Some(w)) => {
                b[s] == b'O'
                    && b[..s]
                        .iter()
                        .rev()
                        .find(|c| !c.is_ascii_whitespace())
                        .is_none_or(|c| matches!(c, b'.' | b'!' | b'?' | b'"'))
                    && word_in(w, &[b"day", b"morning", b"afternoon", b"evening", b"night"])
                    && next.is_some_and(|(_, z)| word_after(b, z).is_some())
            }
            _ => false,
        };
        if idiom {
            return None;
        }
        // "the only one", "his only one"; but "only one bidder" is a count.
        if let Some((ps, pe)) = word_before(b, s) {
            let mut lb = [0u8; 24];
            if lower(&b[ps..pe], &mut lb) == Some(b"only".as_slice())
                && word_before(b, ps).is_some_and(|(qs, qe)| {
                    word_in(
                        &b[qs..qe],
                        &[
                            b"the", b"The", b"his", b"her", b"their", b"its", b"my", b"your",
                            b"our",
                        ],
                    )
                })
            {
                return None;
            }
        }
        if prev.is_some_and(|p| p.end == s) {
            return None;
        }
    }
    let rounding_scale = if mantissa_scale >= 1.0 {
        mantissa_scale
    } else {
        0.0
    };
    let mut num = finish(
        s,
        end,
        value,
        neg,
        rounding_scale,
        fraction,
        single_one,
        false,
    );
    if let Some((_, r)) = point_scale {
        num.0.rounding = r;
        num.0.decimal = true;
    }
    if mantissa_scale < 1.0 {
        num.0.rounding = mantissa_scale;
        num.0.decimal = true;
    }
    let _ = article;
    Some(num)
}

/// Start of the word ending at `e`.
fn word_start(b: &[u8], e: usize) -> usize {
    let mut s = e;
    s = alpha_start(b, s);
    s
}

/// Whether the word before `s` (after a space or a hyphen) is one of the
/// first four ordinals or a word that places a period ("first half",
/// "third-quarter", "4th quarter", "the final quarter", "the same quarter
/// of 1985", "the current quarter", "per quarter"), which name a half or a
/// quarter of a year or a game, not a fraction.
fn ordinal_before(b: &[u8], s: usize) -> bool {
    let e = if s > 0 && b[s - 1] == b'-' {
        s - 1
    } else {
        skip_space_back(b, s)
    };
    if e == s && s > 0 {
        return false;
    }
    let mut k = e;
    while k > 0 && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    if k == e || (k > 0 && is_wordish(b[k - 1])) {
        return false;
    }
    word_in(
        &b[k..e],
        &[
            b"first",
            b"second",
            b"third",
            b"fourth",
            b"final",
            b"1st",
            b"2nd",
            b"3rd",
            b"4th",
            b"last",
            b"latest",
            b"same",
            b"current",
            b"fiscal",
            b"prior",
            b"previous",
            b"next",
            b"past",
            b"each",
            b"every",
            b"per",
        ],
    )
}

/// "of a million" after a fraction word ending at `e` ("a quarter of a
/// million", "two thirds of a billion"): the scale and the end.
fn of_a_scale(b: &[u8], e: usize) -> Option<(f64, usize)> {
    let (os, oe) = word_after(b, e)?;
    if !b[os..oe].eq_ignore_ascii_case(b"of") {
        return None;
    }
    let Some((W::A, _, ae)) = next_word(b, oe) else {
        return None;
    };
    match next_word(b, ae) {
        Some((W::Scale(f), _, e2)) if f >= 1e3 => Some((f, e2)),
        _ => None,
    }
}

/// The end of the "'s" of a decade at `i` ("1990's", "20’s", "20'S"), with
/// a straight or curly apostrophe, when no letter follows it.
fn decade_s(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i..];
    let k = if rest.starts_with(b"'s") || rest.starts_with(b"'S") {
        i + 2
    } else if rest.starts_with("\u{2019}s".as_bytes()) || rest.starts_with("\u{2019}S".as_bytes()) {
        i + 4
    } else {
        return None;
    };
    (!b.get(k).is_some_and(|&x| is_wordish(x))).then_some(k)
}

/// The fraction after "-and-" in a hyphenated number, read from `i`:
/// "a-half", "one-quarter", "three-quarters" → (value, end).
fn hyphen_fraction(b: &[u8], i: usize) -> Option<(f64, usize)> {
    let e1 = alpha_end(b, i);
    if e1 == i || b.get(e1) != Some(&b'-') {
        return None;
    }
    let numer = match number_word(b, i, e1)? {
        W::A => 1.0,
        W::Unit(v) if v > 0.0 => v,
        _ => return None,
    };
    let e2 = alpha_end(b, e1 + 1);
    if e2 == e1 + 1 || b.get(e2).is_some_and(|&c| is_wordish(c)) {
        return None;
    }
    let den = match number_word(b, e1 + 1, e2)? {
        W::Half(_) => 2.0,
        W::Quarter(_) => 4.0,
        W::Ord(v, _) if v >= 3.0 => v,
        _ => return None,
    };
    (numer < den).then_some((numer / den, e2))
}

/// "and a half", "and one half", "and three quarters", "and a third": the
/// fraction's value and end.
fn and_fraction(b: &[u8], i: usize) -> Option<(f64, usize)> {
    let (w1, _, e1) = next_word(b, i)?;
    let numer = match w1 {
        W::A => 1.0,
        W::Unit(v) if v > 0.0 => v,
        W::Teen(v) | W::Tens(v) => v,
        _ => return None,
    };
    let (w2, _, e2) = next_word(b, e1)?;
    let den = match w2 {
        W::Half(_) => 2.0,
        W::Quarter(_) => 4.0,
        W::Ord(v, _) if v >= 3.0 => v,
        _ => return None,
    };
    Some((numer / den, e2))
}

#[allow(clippy::too_many_arguments)]
fn finish(
    s: usize,
    e: usize,
    value: f64,
    neg: bool,
    scale: f64,
    fraction: bool,
    weak: bool,
    spelled_fraction: bool,
) -> (Num, usize) {
    let v = if neg { -value } else { value };
    let mut num = Num::new(s, e, v, Kind::Cardinal);
    num.spelled = true;
    num.fraction = fraction;
    num.weak = weak;
    num.scaled = scale > 1.0 && scale != 100.0;
    if num.scaled {
        num.scale = scale;
    }
    num.rounding = if fraction || spelled_fraction {
        0.0
    } else if scale >= 1.0 {
        rounding_of_int((value / scale).round(), scale)
            .max(if scale > 1.0 { scale } else { 1.0 })
            .min(if scale > 1.0 { scale } else { f64::INFINITY })
    } else {
        1.0
    };
    if !fraction && scale <= 1.0 {
        num.rounding = rounding_of_int(value, 1.0);
    }
    (num, e)
}

/// `hundreds`, `thousands`, `tens of thousands`, `hundreds of millions`,
/// `dozens`: a vague amount from `unit` × `mult` up to (not including) ten
/// times the unit.
fn vague(b: &[u8], s: usize, e: usize, unit: f64, mult: f64) -> Option<(Num, usize)> {
    let base = unit;
    let mut unit = unit;
    let mut end = e;
    let mut lo_mult = mult;
    // "tens of thousands", "hundreds of millions"
    if let Some((os, oe)) = word_after(b, e) {
        if b[os..oe].eq_ignore_ascii_case(b"of") {
            if let Some((W::Many(u2), _, e2)) = next_word(b, oe) {
                if u2 > unit && u2 >= 1e3 {
                    unit *= u2;
                    end = e2;
                }
            }
        }
    }
    if unit == 10.0 {
        // "tens" alone is not an amount, "tens of people" is (as "tens of
        // thousands" is): "of" and a noun, not a determiner ("the tens of
        // the table").
        let (os, oe) = word_after(b, e)?;
        let (ns, ne) = word_after(b, oe)?;
        if !b[os..oe].eq_ignore_ascii_case(b"of")
            || word_in(
                &b[ns..ne],
                &[
                    b"the", b"both", b"their", b"his", b"her", b"its", b"these", b"those", b"all",
                    b"each", b"a", b"an",
                ],
            )
        {
            return None;
        }
    }
    if unit == 20.0 {
        // "Scores of people" (twenties), not "test scores of pupils" nor
        // "the scores of both games": "of" and a noun follow, and the
        // sentence or a clause word comes before.
        let (os, oe) = word_after(b, e)?;
        let (ns, ne) = word_after(b, oe)?;
        let clause_before = match word_before(b, s) {
            None => true,
            Some((ps, pe)) => {
                !b[pe..s].iter().all(|&c| c == b' ')
                    || word_in(
                        &b[ps..pe],
                        &[
                            b"and",
                            b"with",
                            b"by",
                            b"as",
                            b"while",
                            b"after",
                            b"when",
                            b"where",
                            b"that",
                            b"killing",
                            b"injuring",
                            b"wounding",
                            b"leaving",
                            b"left",
                            b"including",
                            b"were",
                            b"are",
                            b"saw",
                            b"had",
                            b"have",
                            b"killed",
                            b"injured",
                            b"wounded",
                            b"arrested",
                            b"hurt",
                            b"detained",
                        ],
                    )
            }
        };
        if !b[os..oe].eq_ignore_ascii_case(b"of")
            || !is_alpha(b[ns])
            || word_in(
                &b[ns..ne],
                &[
                    b"the", b"both", b"their", b"his", b"her", b"its", b"these", b"those", b"all",
                    b"each",
                ],
            )
            || !clause_before
        {
            return None;
        }
    }
    if base == 12.0 {
        lo_mult = 2.0;
    }
    let mut num = Num::new(s, end, f64::NAN, Kind::Vague);
    num.spelled = true;
    num.rounding = 0.0;
    num.lo = lo_mult * unit;
    // Dozens stop below a hundred, with any scale after them ("dozens of
    // millions": 24 to 100 million, as "dozens" is 24 to 100).
    num.hi = if base == 12.0 {
        100.0 * (unit / base)
    } else {
        10.0 * unit
    };
    Some((num, end))
}

// ---------------------------------------------------------------------
// Classification of numbers that are not quantities

/// Month names and abbreviations, in any case.
pub(crate) fn is_month(w: &[u8]) -> bool {
    word_in(
        w,
        &[
            b"january",
            b"february",
            b"march",
            b"april",
            b"may",
            b"june",
            b"july",
            b"august",
            b"september",
            b"october",
            b"november",
            b"december",
            b"jan",
            b"feb",
            b"mar",
            b"apr",
            b"jun",
            b"jul",
            b"aug",
            b"sep",
            b"sept",
            b"oct",
            b"nov",
            b"dec",
        ],
    )
}

/// Whether the day number at `start..end` is the first or last day of a
/// range of days whose other end carries the month: "between 6 and 12
/// December", "from 3 to 5 May", "3-5 May", "March 14 and 15", "May
/// 3-5". A day, not a count.
fn other_day_of_range(b: &[u8], start: usize, end: usize) -> bool {
    const JOINERS: &[&[u8]] = &[b"and", b"to", b"or", b"through", b"until", b"till"];
    let dash_at = |i: usize| -> Option<usize> {
        match b.get(i..)? {
            [b'-', ..] => Some(1),
            // An en dash, U+2013.
            [0xE2, 0x80, 0x93, ..] => Some(3),
            _ => None,
        }
    };
    // A day: one or two digits, 1 to 31, with "st", "nd", "rd" or "th".
    let is_day = |s: usize, e: usize| {
        let digits = b[s..e].iter().take_while(|c| c.is_ascii_digit()).count();
        let rest = &b[s + digits..e];
        (1..=2).contains(&digits)
            && (rest.is_empty() || ordinal_suffix(rest))
            && std::str::from_utf8(&b[s..s + digits])
                .ok()
                .and_then(|d| d.parse::<u32>().ok())
                .is_some_and(|d| (1..=31).contains(&d))
    };
    let token_end = |s: usize| {
        s + b[s..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count()
    };
    let month = |w: Option<(usize, usize)>| {
        w.is_some_and(|(s, e)| is_month(&b[s..e]) && b[s].is_ascii_uppercase())
    };
    // Forward: the joiner, the other day, the month. A dash may be set
    // off by spaces ("11 - 15 February").
    let d = if b.get(end) == Some(&b' ') {
        end + 1
    } else {
        end
    };
    let after = match dash_at(d) {
        Some(n) => Some(d + n),
        None => word_after(b, end)
            .filter(|&(s, e)| JOINERS.iter().any(|j| b[s..e].eq_ignore_ascii_case(j)))
            .map(|w| w.1),
    };
    if let Some(j) = after {
        let s = skip_space(b, j);
        let e = token_end(s);
        if e > s && is_day(s, e) && month(word_after(b, e)) {
            return true;
        }
    }
    // Backward: the month, the other day, the joiner.
    // Skips one space back ("March 3 - 5").
    let d = if start >= 2 && b[start - 1] == b' ' {
        start - 1
    } else {
        start
    };
    let before = if d > 0 && b[d - 1] == b'-' {
        Some(d - 1)
    } else if d >= 3 && b[d - 3..d] == [0xE2, 0x80, 0x93] {
        Some(d - 3)
    } else {
        word_before(b, start)
            .filter(|&(s, e)| JOINERS.iter().any(|j| b[s..e].eq_ignore_ascii_case(j)))
            .map(|w| w.0)
    };
    if let Some(k) = before {
        let e = skip_space_back(b, k);
        let s = e - b[..e]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if e > s && is_day(s, e) && month(word_before(b, s)) {
            return true;
        }
    }
    false
}

/// Whether what follows "the last eight" at `e` leaves it a stage of a
/// knockout: the clause ends, or a preposition, a word of a stage or "of
/// the" and a capitalised name follow.
fn knockout_stage_after(b: &[u8], e: usize) -> bool {
    if b.get(e)
        .is_none_or(|&c| matches!(c, b',' | b'.' | b';' | b':' | b')'))
    {
        return true;
    }
    let Some((s, we)) = word_after(b, e) else {
        return false;
    };
    if b[e..s] != *b" " {
        return false;
    }
    let w = &b[s..we];
    if w == b"of" {
        return word_after(b, we).is_some_and(|(s2, e2)| {
            &b[s2..e2] == b"the"
                && word_after(b, e2).is_some_and(|(s3, _)| b[s3].is_ascii_uppercase())
        });
    }
    word_in(
        w,
        &[
            b"on", b"in", b"at", b"for", b"after", b"with", b"against", b"stage", b"tie", b"ties",
            b"match", b"clash", b"draw", b"round", b"since", b"this", b"last",
        ],
    )
}

/// Words before a 4-digit number that make it a year even outside
/// 1800-2099, and words that do after one (`2012 elections`).
fn year_word_before(w: &[u8]) -> bool {
    word_in(
        w,
        &[
            b"in", b"since", b"year", b"of", b"until", b"till", b"by", b"from", b"before",
            b"after", b"during", b"ad", b"bc", b"fiscal", b"circa", b"early", b"late", b"mid",
            b"summer", b"winter", b"spring", b"autumn", b"fall",
        ],
    )
}

fn classify(b: &[u8], nums: &mut [Num], k: usize) {
    let num = nums[k];
    if num.kind == Kind::Year {
        if let Some(age) = age_decade(b, &num) {
            nums[k] = age;
        }
        return;
    }
    if num.kind != Kind::Cardinal && num.kind != Kind::Ordinal {
        return;
    }
    // The second year of a season or a fiscal year with a spaced dash:
    // "the 2010 - 11 season", "in 2019 – 20" (glued, "2010-11" is read
    // whole by the numeral scanner).
    if num.plain && num.digits == 2 && k > 0 {
        let y = nums[k - 1];
        if y.kind == Kind::Year
            && y.end <= num.start
            && matches!(&b[y.end..num.start], b" - " | b" \xE2\x80\x93 " | b" / ")
            && num.value as i64 == (y.value as i64 + 1) % 100
        {
            nums[k].kind = Kind::Year;
            return;
        }
    }
    let prev = word_before(b, num.start);
    let prev_w = prev.map(|(s, e)| &b[s..e]);
    // minus 5, negative 3
    if num.kind == Kind::Cardinal && !num.spelled {
        // "minus-40 degrees": the word glued by a hyphen.
        let prev = if num.start > 0 && b[num.start - 1] == b'-' {
            word_before(b, num.start - 1)
        } else {
            prev
        };
        if let Some((ps, pe)) = prev {
            let w = &b[ps..pe];
            // "plus or minus 3 points": a margin either side, not a
            // negative figure.
            let margin = word_before(b, ps).is_some_and(|(os, oe)| {
                b[os..oe].eq_ignore_ascii_case(b"or")
                    && word_before(b, os)
                        .is_some_and(|(a, z)| b[a..z].eq_ignore_ascii_case(b"plus"))
            });
            if (w.eq_ignore_ascii_case(b"minus") || w.eq_ignore_ascii_case(b"negative"))
                && (b[pe..num.start].iter().all(|&c| c == b' ') || &b[pe..num.start] == b"-")
                && num.value >= 0.0
                && !margin
            {
                nums[k].value = -num.value;
                nums[k].lo = -num.hi;
                nums[k].hi = -num.lo;
                nums[k].start = ps;
                nums[k].plain = false;
                return;
            }
        }
    }
    // Dates: "May 7", "7 May", "May 4th", "4th of July".
    if !num.decimal
        && !num.scaled
        && !num.spelled
        && num.value >= 1.0
        && num.value <= 31.0
        && num.value.fract() == 0.0
        && num.digits <= 2
    {
        let month_before = prev.is_some_and(|(s, e)| {
            is_month(&b[s..e])
                && (b[s].is_ascii_uppercase() || b[s..e].len() > 3)
                && !b[e..num.start].contains(&b'\n')
        });
        let mut month_after = false;
        if let Some((s, e)) = word_after(b, num.end) {
            let mut w = (s, e);
            if b[s..e].eq_ignore_ascii_case(b"of") {
                if let Some(w2) = word_after(b, e) {
                    w = w2;
                }
            }
            month_after = is_month(&b[w.0..w.1]) && b[w.0].is_ascii_uppercase();
        }
        // (After a day in words: "from April six to 10".)
        let after_day = k > 0
            && nums[k - 1].kind == Kind::Date
            && nums[k - 1].spelled
            && matches!(&b[nums[k - 1].end..num.start], b" to " | b"-" | b" - ");
        if month_before || month_after || after_day || other_day_of_range(b, num.start, num.end) {
            nums[k].kind = Kind::Date;
            return;
        }
    }
    // A wire's day in cardinal words after its month: "payable July six
    // to holders", "effective March one, 1987" (closing on a comma, a
    // stop or "to", as the date reader takes it).
    if num.spelled
        && !num.scaled
        && !num.fraction
        && num.value >= 1.0
        && num.value <= 31.0
        && num.value.fract() == 0.0
        && !b[num.start..num.end].contains(&b' ')
        && prev.is_some_and(|(s, e)| {
            is_month(&b[s..e]) && b[s].is_ascii_uppercase() && b[e..num.start] == *b" "
        })
        && (matches!(b.get(num.end), None | Some(b',' | b'.' | b';'))
            || word_after(b, num.end).is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"to")))
    {
        nums[k].kind = Kind::Date;
        return;
    }
    if num.kind != Kind::Cardinal {
        return;
    }
    // A rank after "number": "at number three", "world number two", the
    // "number 9 shirt".
    if !num.scaled
        && !num.decimal
        && !num.fraction
        && num.value >= 1.0
        && num.value < 1000.0
        && num.value.fract() == 0.0
        && prev.is_some_and(|(s, e)| {
            b[s..e].eq_ignore_ascii_case(b"number") && b[e..num.start] == *b" "
        })
        && !word_after(b, num.end).is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"of"))
    {
        nums[k].kind = Kind::Ordinal;
        return;
    }
    // A stage of a knockout: "reached the last eight", "a last-16 tie",
    // "the last 16 of the Champions League": a rank, not a count ("the
    // last eight games", "the last 16 years" count).
    let hyphened = num.start > 0 && b[num.start - 1] == b'-';
    if !num.scaled
        && !num.decimal
        && !num.fraction
        && matches!(num.value as i64, 4 | 8 | 16 | 32 | 64)
        && num.value.fract() == 0.0
        && (if hyphened {
            word_before(b, num.start - 1)
        } else {
            prev.filter(|&(_, e)| b[e..num.start] == *b" ")
        })
        .is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"last"))
        && (hyphened || knockout_stage_after(b, num.end))
    {
        nums[k].kind = Kind::Ordinal;
        return;
    }
    // The scores of a match in sets, a line of pairs: "won 7-5 6-3 3-6
    // 6-3", "7-6 (8-6)". Each pair is a score, whichever side is larger.
    if num.plain && num.digits <= 2 && in_score_line(b, num.start, num.end) {
        nums[k].kind = Kind::Code;
        return;
    }
    // "the 1800 block of Main Street", "the 1500-block": an address.
    if num.plain && !num.spelled {
        let block = |w: &[u8]| w.eq_ignore_ascii_case(b"block");
        let glued = b.get(num.end) == Some(&b'-')
            && b.get(num.end + 1..num.end + 6).is_some_and(block)
            && !b.get(num.end + 6).is_some_and(|&c| is_wordish(c));
        if glued
            || word_after(b, num.end)
                .is_some_and(|(s, e)| block(&b[s..e]) && b[num.end..s].iter().all(|&c| c == b' '))
        {
            nums[k].kind = Kind::Code;
            return;
        }
    }
    // "at 711 S Lincoln Ave.", "outside 87 Van Wagenen Ave": a house
    // number before a street, after a word of place.
    if num.plain && !num.spelled && num.digits <= 5 && house_number(b, num.start, num.end) {
        nums[k].kind = Kind::Code;
        return;
    }
    // Years.
    if num.plain && num.digits == 4 {
        let v = num.value;
        let yearish = (1800.0..2100.0).contains(&v)
            || ((1000.0..1800.0).contains(&v) && prev_w.is_some_and(year_word_before));
        if yearish {
            nums[k].kind = Kind::Year;
            return;
        }
    }
    // '98
    if num.plain
        && num.digits == 2
        && num.start > 0
        && (b[num.start - 1] == b'\''
            || (num.start >= 3 && b[num.start - 3..num.start] == [0xE2, 0x80, 0x99]))
    {
        let before = num.start - if b[num.start - 1] == b'\'' { 1 } else { 3 };
        if before == 0 || !is_wordish(b[before - 1]) {
            nums[k].kind = Kind::Year;
            return;
        }
    }
    // Times: "0800 GMT", "1400 hrs".
    if num.plain && num.digits == 4 {
        if let Some((s, e)) = word_after(b, num.end) {
            if matches!(
                &b[s..e],
                b"GMT"
                    | b"EST"
                    | b"EDT"
                    | b"BST"
                    | b"UTC"
                    | b"CET"
                    | b"hrs"
                    | b"hours"
                    | b"local"
                    | b"PST"
                    | b"PDT"
                    | b"CST"
            ) && b[num.start] <= b'2'
            {
                let v = num.value as i64;
                if v % 100 < 60 && v / 100 <= 24 {
                    nums[k].kind = Kind::Time;
                    return;
                }
            }
        }
    }
    // List numbering: "1." or "2)" at the start of a line, "1 )".
    if num.plain && num.digits <= 2 && num.value <= 50.0 {
        let mut j = num.start;
        while j > 0 && matches!(b[j - 1], b' ' | b'\t' | b'(') {
            j -= 1;
        }
        let line_start = j == 0 || b[j - 1] == b'\n';
        let mut a = num.end;
        while a < b.len() && b[a] == b' ' {
            a += 1;
        }
        let close = b.get(a).copied();
        let after_ok = b.get(a + 1).is_none_or(|&c| c == b' ' || c == b'\n');
        let paren_open = num.start > 0 && b[num.start - 1] == b'(';
        if (line_start && (close == Some(b'.') || close == Some(b')')) && after_ok)
            || (close == Some(b')')
                && !paren_open
                && after_ok
                && (num.start == 0 || matches!(b[num.start - 1], b' ' | b'\n'))
                && !b[..num.start].iter().rev().take(40).any(|&c| c == b'('))
        {
            nums[k].kind = Kind::ListMarker;
        }
    }
}

/// An age by its decade after a possessive: "in his 20s", "in their
/// early 30s", "a woman in her mid-40s", "his late 50's". The decade gives
/// the bounds (early: the first four years, mid: the middle four, late:
/// the last four); the value stays open, as for other vague amounts.
fn age_decade(b: &[u8], num: &Num) -> Option<Num> {
    let v = num.value;
    if num.digits != 2 || !(10.0..=90.0).contains(&v) || v % 10.0 != 0.0 {
        return None;
    }
    let mut i = num.start;
    if i > 0 && b[i - 1] == b'-' {
        // "mid-40s": the hyphen joins the part of the decade.
        i -= 1;
    }
    let (mut ws, mut we) = word_before(b, i)?;
    let mut start = num.start;
    let (mut lo, mut hi) = (v, v + 9.0);
    let part = [
        (&b"early"[..], 0.0, 3.0),
        (b"mid", 3.0, 6.0),
        (b"late", 6.0, 9.0),
    ]
    .into_iter()
    .find(|(w, _, _)| b[ws..we].eq_ignore_ascii_case(w));
    if let Some((_, a, z)) = part {
        start = ws;
        (lo, hi) = (v + a, v + z);
        (ws, we) = word_before(b, ws)?;
    } else if i < num.start {
        return None;
    }
    if !word_in(
        &b[ws..we],
        &[b"his", b"her", b"their", b"my", b"your", b"our"],
    ) {
        return None;
    }
    let mut age = Num::new(start, num.end, f64::NAN, Kind::Vague);
    age.lo = lo;
    age.hi = hi;
    age.rounding = 0.0;
    Some(age)
}

/// A pair of one- or two-digit numbers joined by a hyphen starting at `i`
/// ("6-3"), nothing glued on either side: its end.
fn score_pair_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'-' | b'.' | b',')) {
        return None;
    }
    let d = digit_end(b, i);
    if d == i || d - i > 2 || b.get(d) != Some(&b'-') {
        return None;
    }
    let e = digit_end(b, d + 1);
    if e == d + 1 || e - d - 1 > 2 {
        return None;
    }
    let glued = match b.get(e) {
        Some(b'.') => b.get(e + 1).is_some_and(|&c| is_digit(c)),
        Some(&c) => c.is_ascii_alphanumeric() || matches!(c, b'-' | b'%'),
        None => false,
    };
    (!glued).then_some(e)
}

/// A pair ending at `e` ("6-3"): its start.
fn score_pair_before(b: &[u8], e: usize) -> Option<usize> {
    let mut i = e;
    while i > 0 && is_digit(b[i - 1]) {
        i -= 1;
    }
    if i == e || i == 0 || b[i - 1] != b'-' {
        return None;
    }
    let mut s = i - 1;
    while s > 0 && is_digit(b[s - 1]) {
        s -= 1;
    }
    (score_pair_at(b, s) == Some(e)).then_some(s)
}

/// Whether the number at `s..e` is a side of a score in a line of scores
/// (sets of tennis, frames, legs): a hyphenated pair of small numbers with
/// another pair right after or before it, set off by a space or a
/// bracket ("7-5 6-3", "7-6 (8-6)").
fn in_score_line(b: &[u8], s: usize, e: usize) -> bool {
    let pair = if b.get(e) == Some(&b'-') {
        score_pair_at(b, s).map(|pe| (s, pe))
    } else if s > 0 && b[s - 1] == b'-' {
        score_pair_before(b, e).map(|ps| (ps, e))
    } else {
        None
    };
    let Some((ps, pe)) = pair else {
        return false;
    };
    let next = match b.get(pe..pe + 2) {
        Some(b" (") => Some(pe + 2),
        Some([b' ', _]) => Some(pe + 1),
        _ => None,
    };
    if next.is_some_and(|i| score_pair_at(b, i).is_some()) {
        return true;
    }
    let prev = if ps >= 2 && b[ps - 1] == b' ' {
        Some(ps - 1)
    } else if ps >= 3 && b[ps - 1] == b'(' && b[ps - 2] == b' ' {
        Some(ps - 2)
    } else {
        None
    };
    prev.is_some_and(|i| score_pair_before(b, i).is_some())
}

// ---------------------------------------------------------------------
// Ranges

/// How two numbers are joined into a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    /// `5-6`, `5–6`, `8- to 16`
    Dash,
    /// `5 to 6`, `five to ten`
    To,
    /// `between 5 and 6` (the `and`; the caller checks for `between`)
    And,
    /// `20 through 100`
    Through,
    /// `20~100`
    Tilde,
    /// `two or three`
    Or,
    /// `1.8245/50`, `98.05-06`: a bid and an offer quoted together, the
    /// second by its last digits.
    Slash,
}

/// If the text between two numbers (`b[end..start]`) joins them into a
/// range, how. Only white space and the joiner may stand between them.
pub fn range_between(text: &str, end: usize, start: usize) -> Option<Joiner> {
    range_between_bytes(text.as_bytes(), end, start)
}

/// [`range_between`] on bytes.
pub(crate) fn range_between_bytes(b: &[u8], end: usize, start: usize) -> Option<Joiner> {
    if start <= end || start - end > 12 {
        return None;
    }
    let gap = &b[end..start];
    let t: &[u8] = trim_ascii(gap);
    if t.is_empty() {
        return None;
    }
    // Dash variants.
    let is_dash = |x: &[u8]| {
        matches!(
            x,
            b"-" | b"--" | [0xE2, 0x80, 0x93] | [0xE2, 0x80, 0x94] | [0xE2, 0x88, 0x92]
        )
    };
    if is_dash(t) {
        return Some(Joiner::Dash);
    }
    let mut buf = [0u8; 24];
    let l = lower(t, &mut buf)?;
    match l {
        b"to" | b"- to" | b"-to" | b"to-" | b"- to-" => Some(Joiner::To),
        b"and" => Some(Joiner::And),
        b"through" | b"thru" => Some(Joiner::Through),
        b"~" => Some(Joiner::Tilde),
        b"or" => Some(Joiner::Or),
        _ => None,
    }
}

fn trim_ascii(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = s {
        if last.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// The greatest common divisor of two whole numbers.
fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, surface, value, kind)
    fn one(text: &str) -> Vec<(String, f64, Kind)> {
        scan(text)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.value, n.kind))
            .collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    /// Asserts that no text of `texts` holds a count.
    fn no_counts(texts: &[&str]) {
        for text in texts {
            assert!(
                one(text).iter().all(|(_, _, k)| *k != Kind::Cardinal),
                "{text}: {:?}",
                one(text)
            );
        }
    }

    #[test]
    fn numerals_and_spelled_numbers() {
        use Kind::*;
        let cases: &[(&str, &str, f64, Kind)] = &[
            ("over 70,000 lives", "70,000", 70000.0, Cardinal),
            // A mixed number takes the scale after it.
            (
                "some 2 1/2 million people voted",
                "2 1/2 million",
                2.5e6,
                Cardinal,
            ),
            ("about 2½ million tonnes", "2½ million", 2.5e6, Cardinal),
            // "that one" is a pronoun, but not before a measure.
            ("that one mile of road was shut", "one", 1.0, Cardinal),
            ("the one kilometre stretch reopened", "one", 1.0, Cardinal),
            ("1.2 million people", "1.2 million", 1.2e6, Cardinal),
            ("a £5m deal", "5m", 5e6, Cardinal),
            ("1.8m tall", "1.8", 1.8, Cardinal),
            // The sides of a size in metres.
            ("a 100m by 64m pitch", "100", 100.0, Cardinal),
            ("a 100m by 64m pitch", "64", 64.0, Cardinal),
            ("a 30m x 20 m hall", "30", 30.0, Cardinal),
            // Races and conversions in metres.
            ("the Olympic 100m champion", "100", 100.0, Cardinal),
            ("she won 800m gold", "800", 800.0, Cardinal),
            ("in the women's 5,000m, she led", "5,000", 5000.0, Cardinal),
            ("with 500m to go", "500", 500.0, Cardinal),
            // Two races of one title: the first takes the second's reading.
            ("her world 100m and 200m titles", "100", 100.0, Cardinal),
            ("her world 100m and 200m titles", "200", 200.0, Cardinal),
            ("sold 100m and 200m shares", "100m", 1e8, Cardinal),
            ("he fell 30ft (9m) to the ground", "9", 9.0, Cardinal),
            // Converted into feet in the bracket after it: metres.
            ("a 4m (13ft) wall collapsed", "4", 4.0, Cardinal),
            ("the 2.1m (6ft 11in) centre", "2.1", 2.1, Cardinal),
            ("sales hit 5m (4 in 2019)", "5m", 5e6, Cardinal),
            ("fans spent 100m on tickets", "100m", 1e8, Cardinal),
            // A speed in metres: "per" and a unit of time.
            ("the record was 426m per minute", "426", 426.0, Cardinal),
            ("the club lost 5m per year", "5m", 5e6, Cardinal),
            // At the end of a clause, a bare 5m is money when the clause
            // speaks of money, else a length.
            ("the stand is worth 40m.", "40m", 4e7, Cardinal),
            ("the repairs cost 5m, officials said", "5m", 5e6, Cardinal),
            ("the jib reaches 35m.", "35", 35.0, Cardinal),
            // Jumps, throws and dives are distances.
            ("she jumped 6.85m to win", "6.85", 6.85, Cardinal),
            ("he threw the discus 64m on Sunday", "64", 64.0, Cardinal),
            ("the wreck sank in 40m of water", "40", 40.0, Cardinal),
            ("the men's team raised 5m for charity", "5m", 5e6, Cardinal),
            ("it raised 5m by 2020", "5m", 5e6, Cardinal),
            // Three capitals before a number are a currency only when
            // they are a currency's code.
            (
                "She will defend her AAA 800m title in Sheffield.",
                "800",
                800.0,
                Cardinal,
            ),
            (
                "The buyer offered USD 40m for the club.",
                "40m",
                4e7,
                Cardinal,
            ),
            // The second year of a season, a spaced dash between.
            (
                "He scored 31 goals in the 2010 - 11 season.",
                "11",
                11.0,
                Year,
            ),
            (
                "Borrowing will fall in 2024 \u{2013} 25, the Treasury says.",
                "25",
                25.0,
                Year,
            ),
            (
                "Between 2010 - 40 people a year died.",
                "40",
                40.0,
                Cardinal,
            ),
            // A stage of a knockout is a rank.
            (
                "Leeds crashed out in the last eight on Sunday.",
                "eight",
                8.0,
                Ordinal,
            ),
            (
                "The last-eight tie will be replayed.",
                "eight",
                8.0,
                Ordinal,
            ),
            (
                "Spain are through to the last 16 of the World Cup.",
                "16",
                16.0,
                Ordinal,
            ),
            (
                "Prices rose in the last eight months.",
                "eight",
                8.0,
                Cardinal,
            ),
            // A length stretched.
            (
                "The queue stretched for 300m along the quay.",
                "300",
                300.0,
                Cardinal,
            ),
            // The second end of a range of money in millions.
            (
                "The new wing will cost $10m to 12m.",
                "12m",
                1.2e7,
                Cardinal,
            ),
            ("Estimates put the bill at £4m or 5m.", "5m", 5e6, Cardinal),
            // A fraction joined by hyphens.
            ("four-and-a-half", "four-and-a-half", 4.5, Cardinal),
            (
                "one-and-a-half million homes",
                "one-and-a-half million",
                1.5e6,
                Cardinal,
            ),
            (
                "a two-and-three-quarters-hour wait",
                "two-and-three-quarters",
                2.75,
                Cardinal,
            ),
            // A scale joined by a hyphen.
            ("a $2.3-billion deal", "2.3-billion", 2.3e9, Cardinal),
            ("a 40-million-strong audience", "40-million", 4e7, Cardinal),
            ("a 1m-strong union", "1m", 1e6, Cardinal),
            ("a 5.0-mln-dlr credit line", "5.0-mln", 5e6, Cardinal),
            ("10k", "10k", 1e4, Cardinal),
            ("5.93\nmln bags", "5.93\nmln", 5.93e6, Cardinal),
            ("13.5 billion dlrs", "13.5 billion", 1.35e10, Cardinal),
            (".08", ".08", 0.08, Cardinal),
            ("1 234 567", "1 234 567", 1234567.0, Cardinal),
            ("40\u{202f}000", "40\u{202f}000", 40000.0, Cardinal),
            ("1.111,11", "1.111,11", 1111.11, Cardinal),
            ("5,00", "5,00", 5.0, Cardinal),
            ("-4/5", "-4/5", -0.8, Cardinal),
            ("2 1/2 in", "2 1/2", 2.5, Cardinal),
            ("½ tbsp", "½", 0.5, Cardinal),
            ("1.3e6", "1.3e6", 1.3e6, Cardinal),
            ("2.48×10−5", "2.48×10−5", 2.48e-5, Cardinal),
            ("1.3x10^6", "1.3x10^6", 1.3e6, Cardinal),
            // A power of ten written with spaces or superscripts.
            ("about 6.7 × 10⁹ tonnes", "6.7 × 10⁹", 6.7e9, Cardinal),
            ("a level of 4 x 10^-2 mg", "4 x 10^-2", 4e-2, Cardinal),
            ("decays at 2.5×10⁻⁴ a year", "2.5×10⁻⁴", 2.5e-4, Cardinal),
            // A size with a ten and no exponent stays two numbers.
            ("a 3 x 10 rug", "3", 3.0, Cardinal),
            ("a 3 x 10 rug", "10", 10.0, Cardinal),
            ("-9.2321312", "-9.2321312", -9.2321312, Cardinal),
            (
                "one hundred and two",
                "one hundred and two",
                102.0,
                Cardinal,
            ),
            (
                "twenty-one trillion three hundred",
                "twenty-one trillion three hundred",
                21000000000300.0,
                Cardinal,
            ),
            (
                "two  thousand  and  two hundred",
                "two  thousand  and  two hundred",
                2200.0,
                Cardinal,
            ),
            ("fifty - two", "fifty - two", 52.0, Cardinal),
            ("two thirds", "two thirds", 2.0 / 3.0, Cardinal),
            ("one and a half", "one and a half", 1.5, Cardinal),
            // A fraction of a scale.
            (
                "a quarter of a million people",
                "a quarter of a million",
                2.5e5,
                Cardinal,
            ),
            (
                "three quarters of a billion dollars",
                "three quarters of a billion",
                7.5e8,
                Cardinal,
            ),
            (
                "two thirds of a million homes",
                "two thirds of a million",
                2e6 / 3.0,
                Cardinal,
            ),
            (
                "five and a half million",
                "five and a half million",
                5.5e6,
                Cardinal,
            ),
            ("half a million", "half a million", 5e5, Cardinal),
            ("a half-dozen advisers", "a half-dozen", 6.0, Cardinal),
            ("a half dozen eggs", "a half dozen", 6.0, Cardinal),
            ("half-dozen times", "half-dozen", 6.0, Cardinal),
            ("a dozen eggs", "a dozen", 12.0, Cardinal),
            ("3 dozen", "3 dozen", 36.0, Cardinal),
            (
                "two hundred point zero three",
                "two hundred point zero three",
                200.03,
                Cardinal,
            ),
            (
                "minus five point five",
                "minus five point five",
                -5.5,
                Cardinal,
            ),
            ("The answer is minus 5", "minus 5", -5.0, Cardinal),
            ("a margin of plus or minus 3 points", "3", 3.0, Cardinal),
            ("13 lakh", "13 lakh", 1.3e6, Cardinal),
            ("a gain of three mln dlrs", "three mln", 3e6, Cardinal),
            ("two bln", "two bln", 2e9, Cardinal),
            ("three lakh crore", "three lakh crore", 3e12, Cardinal),
            ("a hundred", "a hundred", 100.0, Cardinal),
            ("in 2012", "2012", 2012.0, Year),
            ("in the 1960s", "1960s", 1960.0, Year),
            ("in the 1800 block of Elm Ave.", "1800", 1800.0, Code),
            ("in the 1500-block of W. Fay Street", "1500", 1500.0, Code),
            ("after the 1900 blockade", "1900", 1900.0, Year),
            ("in the 1990's", "1990's", 1990.0, Year),
            // The decade read with an upper-case 'S (after a possessive it
            // is an age: see `age_decade`).
            ("MUSIC OF THE 20'S RETURNS", "20'S", 20.0, Year),
            ("songs of the 30\u{2019}s", "30\u{2019}s", 30.0, Year),
            ("fiscal 2012-13", "2012-13", 2012.0, Year),
            // A span of years, its end in two digits.
            ("above the 1970-84 average", "1970-84", 1970.0, Year),
            ("on May 7", "7", 7.0, Date),
            ("7 May", "7", 7.0, Date),
            // The other day of a range of days.
            ("between 6 and 12 December", "6", 6.0, Date),
            ("from 3 to 5 May", "3", 3.0, Date),
            ("runs 3-5 May", "3", 3.0, Date),
            ("on March 14 and 15", "15", 15.0, Date),
            ("runs May 3\u{2013}5", "5", 5.0, Date),
            ("from May 3 to 5", "5", 5.0, Date),
            // A dash set off by spaces.
            (
                "The book fair runs 11 - 15 February in Leipzig.",
                "11",
                11.0,
                Date,
            ),
            (
                "Voting is held on April 4 - 6 in most regions.",
                "6",
                6.0,
                Date,
            ),
            ("Between 4 - 6 people share each cell.", "4", 4.0, Cardinal),
            // A degree letter after a range is no vanity number.
            ("Expect highs of 30-35C by Friday.", "30", 30.0, Cardinal),
            ("between 6 and 12 people", "6", 6.0, Cardinal),
            ("from 3 to 5 may come", "3", 3.0, Cardinal),
            ("on 5/17/2018", "5/17/2018", 5.0, Date),
            ("2013-05-07", "2013-05-07", 2013.0, Date),
            ("at 10:30", "10:30", 10.0, Time),
            ("at 2pm", "2pm", 2.0, Time),
            ("at 2.17 p.m.", "2.17 p.m.", 2.17, Time),
            ("+1-222-2222-2222", "+1-222-2222-2222", 1.0, Phone),
            ("call 203-2273 now", "203-2273", 203.0, Phone),
            ("call 0800 028 9276 now", "0800 028 9276", 800.0, Phone),
            ("on 020 7946 0958.", "020 7946 0958", 20.0, Phone),
            ("call 305-471-TIPS", "305-471", 305.0, Phone),
            ("call 866-7LOCKUP", "866-7", 866.0, Phone),
            ("the 3rd", "3rd", 3.0, Ordinal),
            ("twenty-first", "twenty-first", 21.0, Ordinal),
            ("F-16 jets", "16", 16.0, Code),
            ("COVID-19", "19", 19.0, Code),
            ("G7 leaders", "7", 7.0, Code),
            ("5G networks", "5G", 5.0, Code),
            ("a 4K TV for the den", "4K", 4.0, Code),
            // A range with its unit on both ends is not a name like F-16.
            ("a 5km-10km loop", "10", 10.0, Cardinal),
            ("walls 3ft-4ft high", "4", 4.0, Cardinal),
            ("shot in 8K resolution", "8K", 8.0, Code),
            ("he earns 8K a month", "8K", 8000.0, Cardinal),
            ("after 9/11", "9/11", 9.0 / 11.0, Code),
            // A rating's letter is no article ("a-2" is no "a 2").
            ("its A-2 commercial paper", "2", 2.0, Code),
            // A whole number and sixteenths of a price, not a date.
            ("funds opened at 6-7/16 pct", "6-7/16", 6.4375, Cardinal),
            ("it ended at 98-11/16", "98-11/16", 98.6875, Cardinal),
        ];
        for &(text, surface, value, kind) in cases {
            let got = one(text);
            assert!(
                got.iter()
                    .any(|(s, v, k)| s == surface && close(*v, value) && *k == kind),
                "{text:?}: want {surface:?} = {value} {kind:?}, got {got:?}"
            );
        }
        // After a possessive the decade is an age, bounded by the decade.
        for (text, lo) in [
            ("A WOMAN IN HER 20'S DIED", 20.0),
            ("a man in his 30\u{2019}s was hurt", 30.0),
        ] {
            let n = scan(text);
            assert_eq!(
                n.iter().map(|n| (n.kind, n.lo, n.hi)).collect::<Vec<_>>(),
                vec![(Vague, lo, lo + 9.0)],
                "{text}"
            );
        }
    }

    #[test]
    fn alpha_end_matches_the_plain_loop() {
        let text = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{ 09 \xc3\xa9t\xc3\xa9 word12 longerwordsthanEIGHT, x";
        for i in 0..text.len() {
            let mut j = i;
            while j < text.len() && text[j].is_ascii_alphabetic() {
                j += 1;
            }
            assert_eq!(alpha_end(text, i), j, "at {i}");
            let mut k = i;
            while k > 0 && text[k - 1].is_ascii_alphabetic() {
                k -= 1;
            }
            assert_eq!(alpha_start(text, i), k, "back from {i}");
        }
        for c in 0..=255u8 {
            let t = [c, c, c, c, c, c, c, c, c, c];
            let want = if c.is_ascii_alphabetic() { 10 } else { 0 };
            assert_eq!(alpha_end(&t, 0), want, "byte {c}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "the one you mentioned",
            "an apple",
            "a second time",
            "1/0",
            "first half",
            "a Fourth of July party",
        ] {
            let got: Vec<_> = one(text)
                .into_iter()
                .filter(|x| x.2 == Kind::Cardinal)
                .collect();
            assert!(got.is_empty(), "{text:?}: {got:?}");
        }
    }

    /// Ordinals written with grouped digits are ranks, like "21st".
    #[test]
    fn grouped_ordinals() {
        for text in [
            "the 1,001st single",
            "its 2,272nd day",
            "the 10,000th visitor",
        ] {
            let got = one(text);
            assert!(
                got.iter().all(|x| x.2 == Kind::Ordinal) && !got.is_empty(),
                "{text:?}: {got:?}"
            );
        }
    }

    #[test]
    fn vague_amounts() {
        let cases: &[(&str, &str, f64, f64)] = &[
            ("tens of thousands of people", "tens of thousands", 2e4, 1e5),
            ("hundreds of people", "hundreds", 200.0, 1000.0),
            ("several hundred", "several hundred", 300.0, 1000.0),
            ("dozens of", "dozens", 24.0, 100.0),
            // A few or several dozen stay under a hundred, as "dozens".
            ("a few dozen homes", "a few dozen", 24.0, 100.0),
            ("several dozen homes", "several dozen", 36.0, 100.0),
            ("Scores of villagers fled", "Scores", 40.0, 200.0),
            (
                "a couple of hundred fans",
                "a couple of hundred",
                200.0,
                300.0,
            ),
            (
                "a couple thousand homes",
                "a couple thousand",
                2000.0,
                3000.0,
            ),
            (
                "the blast injured scores of shoppers",
                "scores",
                40.0,
                200.0,
            ),
            // "Tens of" a noun, as "tens of thousands" is.
            ("Tens of villagers fled the fighting.", "Tens", 20.0, 100.0),
            // Dozens stop below a hundred with a scale after them too.
            (
                "The scheme lost dozens of millions of pounds.",
                "dozens of millions",
                24e6,
                100e6,
            ),
        ];
        for &(text, surface, lo, hi) in cases {
            let n = scan(text);
            assert!(
                n.iter().any(|n| &text[n.start..n.end] == surface
                    && n.kind == Kind::Vague
                    && n.lo == lo
                    && n.hi == hi),
                "{text:?}: {n:?}"
            );
        }
        // Scores that are results, not twenties.
        for text in [
            "test scores of pupils rose",
            "the scores of both games were close",
            "he had scores of 5 and 6",
            "the tens of the table",
        ] {
            let n = scan(text);
            assert!(n.iter().all(|n| n.kind != Kind::Vague), "{text:?}: {n:?}");
        }
    }

    #[test]
    fn rounding_steps() {
        let cases: &[(&str, f64)] = &[
            ("70,000", 1000.0),
            ("70,412", 1.0),
            ("100", 10.0),
            ("1.2 million", 1e5),
            ("2 million", 1e6),
            ("2.5", 0.1),
            ("seventy thousand", 1000.0),
            ("two million", 1e6),
        ];
        for &(text, r) in cases {
            let n = scan(text);
            assert!(
                close(n[0].rounding, r),
                "{text:?}: {} != {r}",
                n[0].rounding
            );
        }
    }

    #[test]
    fn ranges_join() {
        let t = "8- to 16-meter, 5-6, between 20 and 30, 3 through 7";
        let n: Vec<_> = scan(t)
            .into_iter()
            .filter(|n| n.kind == Kind::Cardinal)
            .collect();
        assert_eq!(range_between(t, n[0].end, n[1].start), Some(Joiner::To));
        assert_eq!(range_between(t, n[2].end, n[3].start), Some(Joiner::Dash));
        assert_eq!(range_between(t, n[4].end, n[5].start), Some(Joiner::And));
        assert_eq!(
            range_between(t, n[6].end, n[7].start),
            Some(Joiner::Through)
        );
    }

    #[test]
    fn scientific_notation_is_exact() {
        // Compared bit for bit: the written figure, not the float product.
        for (text, want) in [("3.2e-5 mol", 3.2e-5), ("4.1e-7", 4.1e-7), ("2.5e8", 2.5e8)] {
            let got = scan(text);
            assert_eq!(got.first().map(|n| n.value), Some(want), "{text:?}");
        }
    }

    #[test]
    fn tokenised_decimal_points() {
        // Tokenised news puts spaces around a decimal point.
        let got = one("output rose 12 . 4 % to $ 3 . 75 a share .");
        assert!(
            got.iter().any(|(s, v, _)| s == "12 . 4" && close(*v, 12.4)),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(s, v, _)| s == "3 . 75" && close(*v, 3.75)),
            "{got:?}"
        );
        let got = one("it sold 2 . 5 million bags");
        assert!(
            got.iter()
                .any(|(s, v, _)| s == "2 . 5 million" && close(*v, 2.5e6)),
            "{got:?}"
        );
        // A numbered outline and a year before the next sentence stay apart.
        let got = one("see items 4 . 5 . 6 below");
        assert!(got.iter().all(|(_, v, _)| v.fract() == 0.0), "{got:?}");
        let got = one("it closed in 2004 . 7 people lost jobs");
        assert!(got.iter().any(|(s, _, _)| s == "7"), "{got:?}");
    }

    #[test]
    fn ordinal_halves_and_quarters_are_periods() {
        // A half or a quarter of a year or a game after an ordinal is no
        // fraction; with an article or "of" alone it is one.
        for text in [
            "Fourth quarter earnings fell.",
            "Third-quarter profit rose 5 pct.",
            "Sales rose in the first half of the year.",
            "In the 4th quarter of 2012, output fell.",
            "Margins fell from the same quarter of 1985.",
            "The current quarter result will include a charge.",
            "They scored twice in the second half.",
        ] {
            assert!(
                one(text)
                    .iter()
                    .all(|(_, v, _)| !close(*v, 0.25) && !close(*v, 0.5)),
                "{text}: {:?}",
                one(text)
            );
        }
        for (text, want) in [
            ("A quarter of the staff left.", 0.25),
            ("He ate half of the cake.", 0.5),
        ] {
            assert!(
                one(text).iter().any(|(_, v, _)| close(*v, want)),
                "{text}: {:?}",
                one(text)
            );
        }
    }

    #[test]
    fn model_variant_letters_are_no_scale() {
        // "EA-6B", "F-35B": the letter names a variant of the model.
        for (text, surface) in [
            ("The Navy retired the EA-6B Prowler.", "6B"),
            ("Two F-35B jets landed on the carrier.", "35B"),
        ] {
            let got = one(text);
            let n = got.iter().find(|(s, _, _)| s.starts_with(&surface[..1]));
            assert!(
                n.is_none_or(|(_, v, k)| *k == Kind::Code && *v < 100.0),
                "{text}: {got:?}"
            );
        }
        // With a currency sign or alone, the letter is billions.
        for text in ["The deal was worth $5B.", "Sales hit 5B last year."] {
            assert!(
                one(text).iter().any(|(_, v, _)| close(*v, 5e9)),
                "{text}: {:?}",
                one(text)
            );
        }
    }

    #[test]
    fn race_distances_and_times() {
        // A distance run in a time is metres, not millions.
        let got = one("He won the 100m in 9.58 seconds.");
        assert!(got.iter().any(|(_, v, _)| close(*v, 100.0)), "{got:?}");
        assert!(got.iter().all(|(_, v, _)| !close(*v, 1e8)), "{got:?}");
        // A race time keeps its tenths: no stray figure of 2.
        let got = one("She took the 1500m in 3:56.2 at the trials.");
        assert!(
            got.iter()
                .all(|(_, v, k)| *k != Kind::Cardinal || close(*v, 1500.0)),
            "{got:?}"
        );
        // Money spent in a year stays millions.
        let got = one("The club spent 100m in 2012.");
        assert!(got.iter().any(|(_, v, _)| close(*v, 1e8)), "{got:?}");
    }

    #[test]
    fn spelled_decimal_scales_and_spaced_vulgar_fractions() {
        for (text, surface, want) in [
            (
                "The plan costs one point five billion dollars.",
                "one point five billion",
                1.5e9,
            ),
            (
                "Exports hit two point three five million tonnes.",
                "two point three five million",
                2.35e6,
            ),
            ("Rates rose to 5 ¼ per cent.", "5 ¼", 5.25),
            ("The boy is 4 ½ feet tall.", "4 ½", 4.5),
        ] {
            let got = one(text);
            assert!(
                got.iter().any(|(s, v, _)| s == surface && close(*v, want)),
                "{text}: {got:?}"
            );
        }
        // A decimal before a fraction sign is no mixed number.
        let got = one("It rose 2.5 ½ points.");
        assert!(got.iter().all(|(_, v, _)| !close(*v, 3.0)), "{got:?}");
    }

    #[test]
    fn slashed_pairs_that_are_no_fractions() {
        no_counts(&[
            "The 0/92 programme was debated.",
            "It was a 50/50 chance.",
            "His blood pressure was 120/80.",
            "The film 06/05 was premiered in The Hague.",
            "The notes due 4/03 were called.",
            // Pairs sharing a factor: a date, a range, a size, odds.
            "UPDATE 4/28: he appeared in court.",
            "Bids of 600/700 were unquoted.",
            "He wore size 32/34 jeans.",
            "The odds were cut to 4/6.",
        ]);
        // Unreduced, yet fractions: eighths and 32nds of a price, tenths,
        // and a fraction spelled with its ordinal.
        for (text, want) in [
            ("The bond fell 4/32 in late trade.", 0.125),
            ("Holders get 8/10 of a share.", 0.8),
            ("Interest rose 2/12ths of a point.", 2.0 / 12.0),
        ] {
            let got = one(text);
            assert!(
                got.iter().any(|(_, v, _)| close(*v, want)),
                "{text}: {got:?}"
            );
        }
        let got = one("About 3/4 of voters agreed.");
        assert!(
            got.iter()
                .any(|(_, v, k)| *k == Kind::Cardinal && close(*v, 0.75)),
            "{got:?}"
        );
        // A bid and an offer near par: two whole numbers, not a fraction
        // just under one; a fraction of 64ths stays one.
        let quote = scan("The certificates were quoted at 103/104 pct.");
        assert!(
            quote
                .iter()
                .any(|n| close(n.lo, 103.0) && close(n.hi, 104.0) && close(n.value, 103.5)),
            "{quote:?}"
        );
        let got = one("The bond rose 63/64 of a point.");
        assert!(
            got.iter().any(|(_, v, _)| close(*v, 63.0 / 64.0)),
            "{got:?}"
        );
    }

    #[test]
    fn a_smaller_scale_after_a_larger_one_is_a_slip_not_a_product() {
        let got = one("The bank gave 1.143 billion mln stg assistance.");
        assert!(
            got.iter()
                .any(|(s, v, _)| s == "1.143 billion mln" && close(*v, 1.143e9)),
            "{got:?}"
        );
        let got = one("It cost 1.5 thousand million pounds.");
        assert!(got.iter().any(|(_, v, _)| close(*v, 1.5e9)), "{got:?}");
    }

    #[test]
    fn idioms_and_share_ratios_with_one() {
        no_counts(&[
            "On one hand, costs rose.",
            "At one time the plant was busy.",
            "One day he will return.",
            "The board approved a two-for-one stock split.",
            "Holders swap on a one for one basis.",
            "The 2-for-1 offer ends today.",
            // A number word closing a compound of hyphens names a kind.
            "They sold all-in-one printers.",
            "He asked for a one-on-one meeting.",
            "It was a one-to-one talk.",
            "The odds were two-to-one against.",
        ]);
        // A wire's day in words after its month is a date, not a count;
        // so is the day after it in a range.
        no_counts(&[
            "The dividend is payable July six to holders.",
            "It is effective March one, 1987.",
            "The talks run from April six to 10.",
        ]);
        let got = one("In May one man died.");
        assert!(
            got.iter()
                .any(|(_, v, k)| *k == Kind::Cardinal && close(*v, 1.0)),
            "{got:?}"
        );
        // A share and a range keep their numbers.
        let got = one("It was a one-in-five chance.");
        assert!(got.iter().any(|(_, v, _)| close(*v, 0.2)), "{got:?}");
        let got = one("Police said one-to-two people were hurt.");
        assert!(got.iter().any(|(_, v, _)| close(*v, 2.0)), "{got:?}");
        for text in [
            "One dealer said prices rose.",
            "In one day, 40 people died.",
        ] {
            assert!(
                one(text)
                    .iter()
                    .any(|(_, v, k)| *k == Kind::Cardinal && close(*v, 1.0)),
                "{text}: {:?}",
                one(text)
            );
        }
    }
}
