//! Tokens for the date grammar: a small byte scanner over one region of
//! the text, and the lexicon that classifies each word.
//!
//! The scanner only runs on regions around a trigger (see `dates.rs`), so
//! it can afford to classify every word it meets. Offsets are byte offsets
//! into the whole text and always fall on `char` boundaries.
//!
//! Shapes it recognises (samples):
//! - words: `May`, `Sept.` (the abbreviation's dot joins the word), `a.m.`
//! - numbers: `7`, `2013`, `1,000`, `2.5`, `7th`, `1990s`, `5pm` (two tokens)
//! - numeric dates and clock times: `2013-05-07`, `10/1/2018`, `17:49:19`
//! - `'87`, `'80s`; hyphens inside words are not tokens (`10-year` is
//!   `10` + `year` with `hyph` set on `year`).

use std::sync::LazyLock;

/// Unit of a duration or of a relative expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Night,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// Keywords of the grammar (other than months, weekdays, units, numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    The,
    A,
    Of,
    In,
    On,
    At,
    By,
    For,
    From,
    To,
    And,
    Or,
    Last,
    Next,
    This,
    That,
    These,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Ago,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Middle,
    Beginning,
    Start,
    End,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Nowadays,
    Present,
    Recently,
    Recent,
    Lately,
    Previously,
    Future,
    Soon,
    Near,
    Short,
    Long,
    Term,
    Fiscal,
    Half,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Yearly,
    Quarterly,
    Hourly,
    Nightly,
    Morning,
    Afternoon,
    Evening,
    Overnight,
    Noon,
    Midnight,
    Midday,
    Am,
    Pm,
    Tz,
    Oclock,
    Couple,
    Few,
    Several,
    Many,
    Some,
    Dozen,
    More,
    Than,
    Over,
    Nearly,
    Almost,
    About,
    Around,
    Roughly,
    Approximately,
    Least,
    Less,
    Under,
    Up,
    No,
    Within,
    Right,
    Just,
    Ahead,
    Old,
    Prior,
    Trading,
    Business,
    Same,
    Time,
    Period,
    Season(u8),
    Holiday(u8),
    Eve,
    Poss,     // 's
    Quarter2, // "Q" in Q3
    Hq,       // "H" in H1
    Fy,       // "FY"
    /// First word of a holiday name ("Labor", "New", "Good").
    HolLead,
    /// Adjectives that may stand between "the" and a period word
    /// ("corresponding", "foreseeable", "full", "final").
    Adj,
    /// "most" ("the most recent quarter", "at most").
    Most,
    /// "twenties" .. "nineties".
    DecadeWord(u8),
    Since,
    Until,
    Before,
    After,
    During,
    Through,
    Then,
    Other,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum T {
    /// January = 1. `strict` when the word is ambiguous (May, March, Jan).
    Month {
        m: u8,
        strict: bool,
    },
    /// Monday = 1. `plural` for "Mondays"; `strict` for abbreviations.
    Weekday {
        wd: u8,
        plural: bool,
        strict: bool,
    },
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// Cardinal number word (one .. ninety, hundred, thousand).
    NumWord(u32),
    /// Ordinal word (first .. thirty-first).
    OrdWord(u32),
    /// Season number: 1 spring, 2 summer, 3 fall, 4 winter.
    Kw(Kw),
    /// A run of digits (with thousands commas and a decimal part).
    Num(Num),
    /// ISO or other fully numeric date.
    NumDate {
        y: i32,
        m: u8,
        d: u8,
    },
    /// `a/b` or `a/b/c` (interpretation depends on the options).
    Slash {
        a: u32,
        b: u32,
        c: Option<u32>,
        c_digits: u8,
    },
    /// Clock time `hh:mm[:ss]`.
    Clock {
        h: u8,
        m: u8,
        s: Option<u8>,
    },
    /// `'87` (a short year) or `'80s` (decade).
    Short {
        yy: u8,
        decade: bool,
    },
    /// Punctuation character.
    P(char),
    /// Any other word.
    Word,
}

/// A number written with digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// The value.
    pub v: f64,
    /// Digits before any decimal point (no commas).
    pub digits: u8,
    /// Written with a thousands separator or a decimal part.
    pub fancy: bool,
    /// Suffix glued to it.
    pub suffix: Suffix,
}

/// Letters glued after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suffix {
    None,
    /// st, nd, rd, th
    Ord,
    /// 1990s
    S,
    /// 3Q
    Q,
    /// 2H
    H,
    /// anything else (3G, 747s ...)
    Other,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub t: T,
    /// First letter is upper case.
    pub cap: bool,
    /// Joined to the previous token by a hyphen (`10-year`).
    pub hyph: bool,
    /// No whitespace between this token and the previous one.
    pub glued: bool,
}

impl Tok {
    pub fn kw(&self) -> Option<Kw> {
        match self.t {
            T::Kw(k) => Some(k),
            _ => None,
        }
    }
    pub fn is(&self, k: Kw) -> bool {
        self.t == T::Kw(k)
    }
    pub fn is_p(&self, c: char) -> bool {
        self.t == T::P(c)
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// Tokenizes `text[from..to]` (both on char boundaries) into `out`.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let mut i = from;
    let mut prev_end = usize::MAX;
    let mut hyph = false;
    while i < to {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            hyph = false;
            continue;
        }
        let glued = prev_end == i;
        if c.is_ascii_alphabetic() || c >= 0x80 && !is_unicode_punct(b, i) {
            let s = i;
            if c.is_ascii_alphabetic() {
                i = word_end(b, i + 1).min(to);
            }
            while i < to && is_word_byte(b[i]) && !(b[i] >= 0x80 && is_unicode_punct(b, i)) {
                i += 1;
            }
            // keep char boundary
            while i < b.len() && !text.is_char_boundary(i) {
                i += 1;
            }
            let word = &text[s..i];
            let mut end = i;
            let mut t = classify(word);
            // a.m. / p.m.
            if (word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("p"))
                && i + 1 < to
                && b[i] == b'.'
                && (b[i + 1] == b'm' || b[i + 1] == b'M')
                && (i + 2 >= b.len() || !b[i + 2].is_ascii_alphabetic())
            {
                end = i + 2;
                if end < to && b[end] == b'.' {
                    end += 1;
                }
                t = T::Kw(if word.eq_ignore_ascii_case("a") {
                    Kw::Am
                } else {
                    Kw::Pm
                });
            } else if i < to && b[i] == b'.' && takes_dot(&t, word) {
                end = i + 1;
            }
            // "Q3", "H1", "FY2019", "W19": a letter prefix glued to digits
            if end == i && i < to && b[i].is_ascii_digit() {
                let k = if word.eq_ignore_ascii_case("q") {
                    Some(Kw::Quarter2)
                } else if word.eq_ignore_ascii_case("h") {
                    Some(Kw::Hq)
                } else if word.eq_ignore_ascii_case("fy") {
                    Some(Kw::Fy)
                } else {
                    None
                };
                match k {
                    Some(k) => t = T::Kw(k),
                    None => {
                        // letters glued to digits (A320, G7): skip both
                        while i < to && (b[i].is_ascii_alphanumeric()) {
                            i += 1;
                        }
                        out.push(Tok {
                            start: s,
                            end: i,
                            t: T::Word,
                            cap: false,
                            hyph,
                            glued,
                        });
                        prev_end = i;
                        hyph = false;
                        continue;
                    }
                }
            }
            out.push(Tok {
                start: s,
                end,
                t,
                cap: c.is_ascii_uppercase(),
                hyph,
                glued,
            });
            i = end;
            prev_end = end;
            hyph = false;
            continue;
        }
        if c.is_ascii_digit() {
            let s = i;
            let (t, e) = scan_number(b, i, to);
            i = e;
            // glued letters
            let mut suffix_end = i;
            while suffix_end < to && b[suffix_end].is_ascii_alphabetic() {
                suffix_end += 1;
            }
            let mut t = t;
            let mut split_ampm = None;
            if suffix_end > i {
                let suf = &text[i..suffix_end];
                let followed_ok = suffix_end >= b.len()
                    || !(b[suffix_end].is_ascii_digit() || b[suffix_end] >= 0x80);
                let sx = if !followed_ok {
                    Suffix::Other
                } else {
                    match suf.to_ascii_lowercase().as_str() {
                        "st" | "nd" | "rd" | "th" => Suffix::Ord,
                        "s" => Suffix::S,
                        "q" => Suffix::Q,
                        "h" => Suffix::H,
                        "am" | "pm" | "a" | "p" => {
                            // 5pm, 5am, 5p.m.
                            let is_a = suf.as_bytes()[0] | 0x20 == b'a';
                            let mut e2 = suffix_end;
                            if suf.len() == 1 {
                                if e2 + 1 < to && b[e2] == b'.' && (b[e2 + 1] | 0x20) == b'm' {
                                    e2 += 2;
                                    if e2 < to && b[e2] == b'.' {
                                        e2 += 1;
                                    }
                                } else {
                                    e2 = usize::MAX;
                                }
                            } else if e2 < to && b[e2] == b'.' && suf.len() == 2 {
                                // "5pm." keeps the dot out (sentence end)
                            }
                            if e2 != usize::MAX {
                                split_ampm = Some((e2, is_a));
                                Suffix::None
                            } else {
                                Suffix::Other
                            }
                        }
                        _ => Suffix::Other,
                    }
                };
                if let T::Num(ref mut n) = t {
                    n.suffix = sx;
                    if split_ampm.is_none() {
                        i = suffix_end;
                    }
                } else if sx == Suffix::S || sx == Suffix::Ord || split_ampm.is_some() {
                    // keep the date/clock; the suffix is separate
                    if split_ampm.is_none() {
                        i = suffix_end;
                    }
                } else {
                    t = T::Word;
                    i = suffix_end;
                }
            }
            out.push(Tok {
                start: s,
                end: i,
                t,
                cap: false,
                hyph,
                glued,
            });
            if let Some((e2, is_a)) = split_ampm {
                out.push(Tok {
                    start: i,
                    end: e2,
                    t: T::Kw(if is_a { Kw::Am } else { Kw::Pm }),
                    cap: false,
                    hyph: false,
                    glued: true,
                });
                i = e2;
            }
            prev_end = i;
            hyph = false;
            continue;
        }
        // apostrophes: 's, '87, '80s
        if c == b'\'' || (c == 0xE2 && text[i..].starts_with('\u{2019}')) {
            let w = if c == b'\'' { 1 } else { 3 };
            let j = i + w;
            if j + 1 < to.max(j + 2).min(b.len())
                && b[j].is_ascii_digit()
                && b[j + 1].is_ascii_digit()
                && (j + 2 >= b.len() || !b[j + 2].is_ascii_digit())
            {
                let yy = (b[j] - b'0') * 10 + (b[j + 1] - b'0');
                let mut e = j + 2;
                let decade = e < b.len()
                    && b[e] == b's'
                    && (e + 1 >= b.len() || !b[e + 1].is_ascii_alphanumeric());
                if decade {
                    e += 1;
                }
                out.push(Tok {
                    start: i,
                    end: e,
                    t: T::Short { yy, decade },
                    cap: false,
                    hyph,
                    glued,
                });
                i = e;
                prev_end = i;
                hyph = false;
                continue;
            }
            if j < b.len()
                && (b[j] == b's' || b[j] == b'S')
                && (j + 1 >= b.len() || !b[j + 1].is_ascii_alphanumeric())
                && glued
            {
                out.push(Tok {
                    start: i,
                    end: j + 1,
                    t: T::Kw(Kw::Poss),
                    cap: false,
                    hyph: false,
                    glued,
                });
                i = j + 1;
                prev_end = i;
                continue;
            }
            if j < b.len() && glued && j >= 1 && b[i - 1] == b's' && !b[j].is_ascii_alphanumeric() {
                // plural possessive "years'"
                out.push(Tok {
                    start: i,
                    end: j,
                    t: T::Kw(Kw::Poss),
                    cap: false,
                    hyph: false,
                    glued,
                });
                i = j;
                prev_end = i;
                continue;
            }
        }
        if c == b'-' && glued && i + 1 < to && (b[i + 1].is_ascii_alphanumeric()) {
            hyph = true;
            i += 1;
            continue;
        }
        // other punctuation (one char)
        let ch = text[i..].chars().next().unwrap_or(' ');
        let l = ch.len_utf8();
        out.push(Tok {
            start: i,
            end: i + l,
            t: T::P(ch),
            cap: false,
            hyph: false,
            glued,
        });
        i += l;
        prev_end = i;
        hyph = false;
    }
}

/// Whether a non-ASCII punctuation character starts at `i` (in text that
/// is valid UTF-8).
pub fn is_unicode_punct(b: &[u8], i: usize) -> bool {
    // General punctuation U+2000..U+206F (dashes, quotes), NBSP, and
    // Latin-1 punctuation: treat as punctuation, not letters.
    if b[i] == 0xE2 && i + 1 < b.len() && (b[i + 1] == 0x80 || b[i + 1] == 0x81) {
        return true;
    }
    b[i] == 0xC2 && i + 1 < b.len() && b[i + 1] < 0xC0
}

/// Whether a word followed by `.` takes the dot (month and weekday
/// abbreviations, `Sept.`).
fn takes_dot(t: &T, word: &str) -> bool {
    match t {
        T::Month { .. } | T::Weekday { .. } => {
            word.len() <= 4
                && !word.eq_ignore_ascii_case("june")
                && !word.eq_ignore_ascii_case("july")
        }
        _ => false,
    }
}

fn digit_val(b: &[u8], s: usize, e: usize) -> u64 {
    let mut v: u64 = 0;
    for &c in &b[s..e] {
        v = v.saturating_mul(10).saturating_add(u64::from(c - b'0'));
    }
    v
}

fn digits_end(b: &[u8], mut i: usize, to: usize) -> usize {
    while i < to && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Scans a number-like token starting at digit `i`; returns its kind and end.
fn scan_number(b: &[u8], i: usize, to: usize) -> (T, usize) {
    let e1 = digits_end(b, i, to);
    let n1 = e1 - i;
    let at = |k: usize| if k < to { b[k] } else { 0 };
    // ISO date yyyy-mm-dd
    if n1 == 4 && at(e1) == b'-' && at(e1 + 1).is_ascii_digit() {
        let e2 = digits_end(b, e1 + 1, to);
        if e2 - e1 - 1 == 2 && at(e2) == b'-' && at(e2 + 1).is_ascii_digit() {
            let e3 = digits_end(b, e2 + 1, to);
            if e3 - e2 - 1 == 2 {
                let y = digit_val(b, i, e1) as i32;
                let m = digit_val(b, e1 + 1, e2) as u8;
                let d = digit_val(b, e2 + 1, e3) as u8;
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return (T::NumDate { y, m, d }, e3);
                }
            }
        }
    }
    // clock hh:mm[:ss]
    if (1..=2).contains(&n1) && at(e1) == b':' && at(e1 + 1).is_ascii_digit() {
        let e2 = digits_end(b, e1 + 1, to);
        if e2 - e1 - 1 == 2 {
            let h = digit_val(b, i, e1);
            let m = digit_val(b, e1 + 1, e2);
            let mut end = e2;
            let mut s = None;
            if at(e2) == b':' && at(e2 + 1).is_ascii_digit() {
                let e3 = digits_end(b, e2 + 1, to);
                if e3 - e2 - 1 == 2 {
                    s = Some(digit_val(b, e2 + 1, e3) as u8);
                    end = e3;
                }
            }
            if h <= 24 && m < 60 {
                return (
                    T::Clock {
                        h: h as u8,
                        m: m as u8,
                        s,
                    },
                    end,
                );
            }
            return (T::Word, end);
        }
    }
    // a/b[/c] and a.b.c (dates) — the dotted form only with three parts
    if (1..=4).contains(&n1) && (at(e1) == b'/' || at(e1) == b'.') && at(e1 + 1).is_ascii_digit() {
        let sep = at(e1);
        let e2 = digits_end(b, e1 + 1, to);
        let n2 = e2 - e1 - 1;
        if at(e2) == sep && at(e2 + 1).is_ascii_digit() && n2 <= 2 {
            let e3 = digits_end(b, e2 + 1, to);
            let n3 = e3 - e2 - 1;
            if n3 == 2 || n3 == 4 || (n1 == 4 && n3 <= 2) {
                return (
                    T::Slash {
                        a: digit_val(b, i, e1) as u32,
                        b: digit_val(b, e1 + 1, e2) as u32,
                        c: Some(digit_val(b, e2 + 1, e3) as u32),
                        c_digits: n3 as u8,
                    },
                    e3,
                );
            }
            return (T::Word, e3);
        }
        if sep == b'/' {
            if at(e2) == b'/' || at(e2).is_ascii_alphanumeric() && at(e2) != b's' {
                return (T::Word, e2);
            }
            // "by 1/2 pct", "1/4 point", "3/4 mile": a fraction before
            // its unit is no day.
            let mut k = e2;
            while k < to && matches!(at(k), b' ' | b'\n') {
                k += 1;
            }
            let mut u = k;
            while u < to && (at(u).is_ascii_alphabetic() || at(u) == b'%') {
                u += 1;
            }
            const UNITS: &[&str] = &[
                "%",
                "pct",
                "percent",
                "per",
                "percentage",
                "point",
                "points",
                "mile",
                "miles",
                "inch",
                "inches",
                "cent",
                "cents",
                "cts",
                "dlr",
                "dlrs",
                "mln",
                "billion",
            ];
            if b.get(k..u)
                .is_some_and(|w| UNITS.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())))
            {
                return (T::Word, e2);
            }
            return (
                T::Slash {
                    a: digit_val(b, i, e1) as u32,
                    b: digit_val(b, e1 + 1, e2) as u32,
                    c: None,
                    c_digits: 0,
                },
                e2,
            );
        }
    }
    // plain number with thousands commas and decimals (no allocation:
    // the integer part as u64, the fraction as digits / 10^k)
    let mut end = e1;
    let mut fancy = false;
    let mut int_digits = n1;
    let mut int = digit_val(b, i, e1);
    loop {
        if at(end) == b',' && n1 <= 3 {
            let e = digits_end(b, end + 1, to);
            if e - end - 1 == 3 && !at(e).is_ascii_digit() {
                int = int
                    .saturating_mul(1000)
                    .saturating_add(digit_val(b, end + 1, e));
                int_digits += 3;
                end = e;
                fancy = true;
                continue;
            }
        }
        break;
    }
    let mut v = int as f64;
    if at(end) == b'.' && at(end + 1).is_ascii_digit() {
        let e = digits_end(b, end + 1, to);
        let k = (e - end - 1).min(18);
        v += digit_val(b, end + 1, end + 1 + k) as f64 / 10f64.powi(k as i32);
        end = e;
        fancy = true;
    }
    (
        T::Num(Num {
            v,
            digits: int_digits.min(255) as u8,
            fancy,
            suffix: Suffix::None,
        }),
        end,
    )
}

const fn month(m: u8, strict: bool) -> T {
    T::Month { m, strict }
}

const fn wd(wd: u8, plural: bool, strict: bool) -> T {
    T::Weekday { wd, plural, strict }
}

const fn unit(unit: Unit, plural: bool) -> T {
    T::Unit { unit, plural }
}

/// The lexicon: every word the grammar knows, lower case.
const WORDS: &[(&str, T)] = &[
    ("january", month(1, false)),
    ("jan", month(1, true)),
    ("february", month(2, false)),
    ("feb", month(2, true)),
    ("march", month(3, true)),
    ("mar", month(3, true)),
    ("april", month(4, false)),
    ("apr", month(4, true)),
    ("may", month(5, true)),
    ("june", month(6, false)),
    ("jun", month(6, true)),
    ("july", month(7, false)),
    ("jul", month(7, true)),
    ("august", month(8, false)),
    ("aug", month(8, true)),
    ("september", month(9, false)),
    ("sept", month(9, true)),
    ("sep", month(9, true)),
    ("october", month(10, false)),
    ("oct", month(10, true)),
    ("november", month(11, false)),
    ("nov", month(11, true)),
    ("december", month(12, false)),
    ("dec", month(12, true)),
    ("monday", wd(1, false, false)),
    ("tuesday", wd(2, false, false)),
    ("wednesday", wd(3, false, false)),
    ("thursday", wd(4, false, false)),
    ("friday", wd(5, false, false)),
    ("saturday", wd(6, false, false)),
    ("sunday", wd(7, false, false)),
    ("mondays", wd(1, true, false)),
    ("tuesdays", wd(2, true, false)),
    ("wednesdays", wd(3, true, false)),
    ("thursdays", wd(4, true, false)),
    ("fridays", wd(5, true, false)),
    ("saturdays", wd(6, true, false)),
    ("sundays", wd(7, true, false)),
    ("mon", wd(1, false, true)),
    ("tue", wd(2, false, true)),
    ("tues", wd(2, false, true)),
    ("wed", wd(3, false, true)),
    ("thu", wd(4, false, true)),
    ("thur", wd(4, false, true)),
    ("thurs", wd(4, false, true)),
    ("fri", wd(5, false, true)),
    ("sat", wd(6, false, true)),
    ("sun", wd(7, false, true)),
    ("second", unit(Unit::Second, false)),
    ("seconds", unit(Unit::Second, true)),
    ("secs", unit(Unit::Second, true)),
    ("minute", unit(Unit::Minute, false)),
    ("minutes", unit(Unit::Minute, true)),
    ("mins", unit(Unit::Minute, true)),
    ("hour", unit(Unit::Hour, false)),
    ("hours", unit(Unit::Hour, true)),
    ("hrs", unit(Unit::Hour, true)),
    ("day", unit(Unit::Day, false)),
    ("days", unit(Unit::Day, true)),
    ("night", unit(Unit::Night, false)),
    ("nights", unit(Unit::Night, true)),
    ("week", unit(Unit::Week, false)),
    ("weeks", unit(Unit::Week, true)),
    ("weekend", unit(Unit::Weekend, false)),
    ("weekends", unit(Unit::Weekend, true)),
    ("fortnight", unit(Unit::Fortnight, false)),
    ("fortnights", unit(Unit::Fortnight, true)),
    ("month", unit(Unit::Month, false)),
    ("months", unit(Unit::Month, true)),
    ("quarter", unit(Unit::Quarter, false)),
    ("quarters", unit(Unit::Quarter, true)),
    ("year", unit(Unit::Year, false)),
    ("years", unit(Unit::Year, true)),
    ("yrs", unit(Unit::Year, true)),
    ("decade", unit(Unit::Decade, false)),
    ("decades", unit(Unit::Decade, true)),
    ("century", unit(Unit::Century, false)),
    ("centuries", unit(Unit::Century, true)),
    ("millennium", unit(Unit::Millennium, false)),
    ("millennia", unit(Unit::Millennium, true)),
    ("millenniums", unit(Unit::Millennium, true)),
    ("zero", T::NumWord(0)),
    ("one", T::NumWord(1)),
    ("two", T::NumWord(2)),
    ("three", T::NumWord(3)),
    ("four", T::NumWord(4)),
    ("five", T::NumWord(5)),
    ("six", T::NumWord(6)),
    ("seven", T::NumWord(7)),
    ("eight", T::NumWord(8)),
    ("nine", T::NumWord(9)),
    ("ten", T::NumWord(10)),
    ("eleven", T::NumWord(11)),
    ("twelve", T::NumWord(12)),
    ("thirteen", T::NumWord(13)),
    ("fourteen", T::NumWord(14)),
    ("fifteen", T::NumWord(15)),
    ("sixteen", T::NumWord(16)),
    ("seventeen", T::NumWord(17)),
    ("eighteen", T::NumWord(18)),
    ("nineteen", T::NumWord(19)),
    ("twenty", T::NumWord(20)),
    ("thirty", T::NumWord(30)),
    ("forty", T::NumWord(40)),
    ("fourty", T::NumWord(40)),
    ("fifty", T::NumWord(50)),
    ("sixty", T::NumWord(60)),
    ("seventy", T::NumWord(70)),
    ("eighty", T::NumWord(80)),
    ("ninety", T::NumWord(90)),
    ("hundred", T::NumWord(100)),
    ("thousand", T::NumWord(1000)),
    ("first", T::OrdWord(1)),
    ("third", T::OrdWord(3)),
    ("fourth", T::OrdWord(4)),
    ("fifth", T::OrdWord(5)),
    ("sixth", T::OrdWord(6)),
    ("seventh", T::OrdWord(7)),
    ("eighth", T::OrdWord(8)),
    ("ninth", T::OrdWord(9)),
    ("tenth", T::OrdWord(10)),
    ("eleventh", T::OrdWord(11)),
    ("twelfth", T::OrdWord(12)),
    ("thirteenth", T::OrdWord(13)),
    ("fourteenth", T::OrdWord(14)),
    ("fifteenth", T::OrdWord(15)),
    ("sixteenth", T::OrdWord(16)),
    ("seventeenth", T::OrdWord(17)),
    ("eighteenth", T::OrdWord(18)),
    ("nineteenth", T::OrdWord(19)),
    ("twentieth", T::OrdWord(20)),
    ("thirtieth", T::OrdWord(30)),
    ("the", T::Kw(Kw::The)),
    ("a", T::Kw(Kw::A)),
    ("an", T::Kw(Kw::A)),
    ("of", T::Kw(Kw::Of)),
    ("in", T::Kw(Kw::In)),
    ("on", T::Kw(Kw::On)),
    ("at", T::Kw(Kw::At)),
    ("by", T::Kw(Kw::By)),
    ("for", T::Kw(Kw::For)),
    ("from", T::Kw(Kw::From)),
    ("to", T::Kw(Kw::To)),
    ("and", T::Kw(Kw::And)),
    ("or", T::Kw(Kw::Or)),
    ("last", T::Kw(Kw::Last)),
    ("next", T::Kw(Kw::Next)),
    ("this", T::Kw(Kw::This)),
    ("that", T::Kw(Kw::That)),
    ("these", T::Kw(Kw::These)),
    ("past", T::Kw(Kw::Past)),
    ("coming", T::Kw(Kw::Coming)),
    ("upcoming", T::Kw(Kw::Coming)),
    ("previous", T::Kw(Kw::Previous)),
    ("preceding", T::Kw(Kw::Previous)),
    ("following", T::Kw(Kw::Following)),
    ("current", T::Kw(Kw::Current)),
    ("latest", T::Kw(Kw::Latest)),
    ("ago", T::Kw(Kw::Ago)),
    ("earlier", T::Kw(Kw::Earlier)),
    ("later", T::Kw(Kw::Later)),
    ("early", T::Kw(Kw::Early)),
    ("late", T::Kw(Kw::Late)),
    ("mid", T::Kw(Kw::Mid)),
    ("middle", T::Kw(Kw::Middle)),
    ("beginning", T::Kw(Kw::Beginning)),
    ("start", T::Kw(Kw::Start)),
    ("end", T::Kw(Kw::End)),
    ("today", T::Kw(Kw::Today)),
    ("yesterday", T::Kw(Kw::Yesterday)),
    ("tomorrow", T::Kw(Kw::Tomorrow)),
    ("tonight", T::Kw(Kw::Tonight)),
    ("now", T::Kw(Kw::Now)),
    ("currently", T::Kw(Kw::Currently)),
    ("nowadays", T::Kw(Kw::Nowadays)),
    ("present", T::Kw(Kw::Present)),
    ("recently", T::Kw(Kw::Recently)),
    ("recent", T::Kw(Kw::Recent)),
    ("lately", T::Kw(Kw::Lately)),
    ("previously", T::Kw(Kw::Previously)),
    ("future", T::Kw(Kw::Future)),
    ("soon", T::Kw(Kw::Soon)),
    ("near", T::Kw(Kw::Near)),
    ("short", T::Kw(Kw::Short)),
    ("long", T::Kw(Kw::Long)),
    ("term", T::Kw(Kw::Term)),
    ("fiscal", T::Kw(Kw::Fiscal)),
    ("half", T::Kw(Kw::Half)),
    ("every", T::Kw(Kw::Every)),
    ("each", T::Kw(Kw::Each)),
    ("per", T::Kw(Kw::Per)),
    ("daily", T::Kw(Kw::Daily)),
    ("weekly", T::Kw(Kw::Weekly)),
    ("monthly", T::Kw(Kw::Monthly)),
    ("annually", T::Kw(Kw::Annually)),
    ("annual", T::Kw(Kw::Annually)),
    ("yearly", T::Kw(Kw::Yearly)),
    ("quarterly", T::Kw(Kw::Quarterly)),
    ("hourly", T::Kw(Kw::Hourly)),
    ("nightly", T::Kw(Kw::Nightly)),
    ("morning", T::Kw(Kw::Morning)),
    ("mornings", T::Kw(Kw::Morning)),
    ("afternoon", T::Kw(Kw::Afternoon)),
    ("afternoons", T::Kw(Kw::Afternoon)),
    ("evening", T::Kw(Kw::Evening)),
    ("evenings", T::Kw(Kw::Evening)),
    ("overnight", T::Kw(Kw::Overnight)),
    ("noon", T::Kw(Kw::Noon)),
    ("midnight", T::Kw(Kw::Midnight)),
    ("midday", T::Kw(Kw::Midday)),
    ("am", T::Kw(Kw::Am)),
    ("pm", T::Kw(Kw::Pm)),
    ("gmt", T::Kw(Kw::Tz)),
    ("utc", T::Kw(Kw::Tz)),
    ("est", T::Kw(Kw::Tz)),
    ("edt", T::Kw(Kw::Tz)),
    ("cst", T::Kw(Kw::Tz)),
    ("cdt", T::Kw(Kw::Tz)),
    ("mst", T::Kw(Kw::Tz)),
    ("mdt", T::Kw(Kw::Tz)),
    ("pst", T::Kw(Kw::Tz)),
    ("pdt", T::Kw(Kw::Tz)),
    ("bst", T::Kw(Kw::Tz)),
    ("cet", T::Kw(Kw::Tz)),
    ("cest", T::Kw(Kw::Tz)),
    ("jst", T::Kw(Kw::Tz)),
    ("ist", T::Kw(Kw::Tz)),
    ("hkt", T::Kw(Kw::Tz)),
    ("sgt", T::Kw(Kw::Tz)),
    ("aest", T::Kw(Kw::Tz)),
    ("et", T::Kw(Kw::Tz)),
    ("pt", T::Kw(Kw::Tz)),
    ("oclock", T::Kw(Kw::Oclock)),
    ("couple", T::Kw(Kw::Couple)),
    ("few", T::Kw(Kw::Few)),
    ("several", T::Kw(Kw::Several)),
    ("many", T::Kw(Kw::Many)),
    ("some", T::Kw(Kw::Some)),
    ("dozen", T::Kw(Kw::Dozen)),
    ("more", T::Kw(Kw::More)),
    ("than", T::Kw(Kw::Than)),
    ("over", T::Kw(Kw::Over)),
    ("nearly", T::Kw(Kw::Nearly)),
    ("almost", T::Kw(Kw::Almost)),
    ("about", T::Kw(Kw::About)),
    ("around", T::Kw(Kw::Around)),
    ("roughly", T::Kw(Kw::Roughly)),
    ("approximately", T::Kw(Kw::Approximately)),
    ("least", T::Kw(Kw::Least)),
    ("less", T::Kw(Kw::Less)),
    ("fewer", T::Kw(Kw::Less)),
    ("under", T::Kw(Kw::Under)),
    ("up", T::Kw(Kw::Up)),
    ("no", T::Kw(Kw::No)),
    ("within", T::Kw(Kw::Within)),
    ("right", T::Kw(Kw::Right)),
    ("just", T::Kw(Kw::Just)),
    ("ahead", T::Kw(Kw::Ahead)),
    ("old", T::Kw(Kw::Old)),
    ("prior", T::Kw(Kw::Prior)),
    ("trading", T::Kw(Kw::Trading)),
    ("business", T::Kw(Kw::Business)),
    ("working", T::Kw(Kw::Business)),
    ("same", T::Kw(Kw::Same)),
    ("time", T::Kw(Kw::Time)),
    ("period", T::Kw(Kw::Period)),
    ("spring", T::Kw(Kw::Season(1))),
    ("summer", T::Kw(Kw::Season(2))),
    ("fall", T::Kw(Kw::Season(3))),
    ("autumn", T::Kw(Kw::Season(3))),
    ("winter", T::Kw(Kw::Season(4))),
    ("christmas", T::Kw(Kw::Holiday(1))),
    ("xmas", T::Kw(Kw::Holiday(1))),
    ("thanksgiving", T::Kw(Kw::Holiday(2))),
    ("halloween", T::Kw(Kw::Holiday(3))),
    ("easter", T::Kw(Kw::Holiday(4))),
    ("eve", T::Kw(Kw::Eve)),
    ("since", T::Kw(Kw::Since)),
    ("until", T::Kw(Kw::Until)),
    ("till", T::Kw(Kw::Until)),
    ("before", T::Kw(Kw::Before)),
    ("after", T::Kw(Kw::After)),
    ("during", T::Kw(Kw::During)),
    ("through", T::Kw(Kw::Through)),
    ("throughout", T::Kw(Kw::Through)),
    ("then", T::Kw(Kw::Then)),
    ("labor", T::Kw(Kw::HolLead)),
    ("labour", T::Kw(Kw::HolLead)),
    ("memorial", T::Kw(Kw::HolLead)),
    ("independence", T::Kw(Kw::HolLead)),
    ("veterans", T::Kw(Kw::HolLead)),
    ("election", T::Kw(Kw::HolLead)),
    ("boxing", T::Kw(Kw::HolLead)),
    ("valentine", T::Kw(Kw::HolLead)),
    ("mother", T::Kw(Kw::HolLead)),
    ("father", T::Kw(Kw::HolLead)),
    ("new", T::Kw(Kw::HolLead)),
    ("good", T::Kw(Kw::HolLead)),
    ("presidents", T::Kw(Kw::HolLead)),
    ("corresponding", T::Kw(Kw::Adj)),
    ("comparable", T::Kw(Kw::Adj)),
    ("foreseeable", T::Kw(Kw::Adj)),
    ("distant", T::Kw(Kw::Adj)),
    ("immediate", T::Kw(Kw::Adj)),
    ("full", T::Kw(Kw::Adj)),
    ("final", T::Kw(Kw::Adj)),
    ("remaining", T::Kw(Kw::Adj)),
    ("additional", T::Kw(Kw::Adj)),
    ("initial", T::Kw(Kw::Adj)),
    ("most", T::Kw(Kw::Most)),
    ("twenties", T::Kw(Kw::DecadeWord(20))),
    ("thirties", T::Kw(Kw::DecadeWord(30))),
    ("forties", T::Kw(Kw::DecadeWord(40))),
    ("fifties", T::Kw(Kw::DecadeWord(50))),
    ("sixties", T::Kw(Kw::DecadeWord(60))),
    ("seventies", T::Kw(Kw::DecadeWord(70))),
    ("eighties", T::Kw(Kw::DecadeWord(80))),
    ("nineties", T::Kw(Kw::DecadeWord(90))),
];

const TABLE_BITS: u32 = 11;

/// A lower-case word padded with zeros (words are at most 16 bytes),
/// compared as one integer.
type Key = u128;

fn key_bytes(w: &[u8]) -> Key {
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    const TO_A: u128 = 0x3F3F_3F3F_3F3F_3F3F_3F3F_3F3F_3F3F_3F3F; // x >= 'A'
    const TO_BRACKET: u128 = 0x2525_2525_2525_2525_2525_2525_2525_2525; // x >= '['
    let n = w.len().min(16);
    let mut k = [0u8; 16];
    k[..n].copy_from_slice(&w[..n]);
    let k = u128::from_le_bytes(k);
    // lower-case the ASCII capitals of all 16 bytes at once (SWAR); a
    // non-ASCII byte may disturb its neighbour's case, but stays non-ASCII
    // and so never matches a lexicon word
    let upper = k.wrapping_add(TO_A) & !k.wrapping_add(TO_BRACKET) & HIGH;
    k | upper >> 2
}

fn key(w: &str) -> Key {
    key_bytes(w.as_bytes())
}

/// A multiplicative hash of a key (its padding is zero, so the length
/// needs no mixing of its own).
fn key_hash(k: Key, _n: usize) -> u64 {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 17
}

/// Open-addressing table over [`WORDS`], built once: slot → (key, index).
static TABLE: LazyLock<Vec<(Key, u16)>> = LazyLock::new(|| {
    let size = 1usize << TABLE_BITS;
    assert!(WORDS.len() < size / 2);
    let mut t = vec![(0u128, u16::MAX); size];
    for (i, (w, _)) in WORDS.iter().enumerate() {
        let mut slot = (key_hash(key(w), w.len()) as usize) & (size - 1);
        while t[slot].1 != u16::MAX {
            slot = (slot + 1) & (size - 1);
        }
        t[slot] = (key(w), i as u16);
    }
    t
});

/// Whether `word` (any case) is in a word set built with [`word_set`].
pub fn in_set(set: &WordSet, word: &str) -> bool {
    in_set_bytes(set, word.as_bytes())
}

/// [`in_set`] on bytes.
pub fn in_set_bytes(set: &WordSet, word: &[u8]) -> bool {
    map_get(set, word) != 0
}

/// End of the run of ASCII letters starting at `i`: eight bytes at a time
/// (SWAR), then byte by byte near the end of the text.
pub fn word_end(b: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    while let Some(chunk) = b.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let l = (v | 0x2020_2020_2020_2020) & LOW7;
        let ge_a = l.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & HIGH; // >= 'a'
        let gt_z = l.wrapping_add(0x0505_0505_0505_0505) & HIGH; // > 'z'
        let letter = ge_a & !gt_z & !(v & HIGH);
        let other = !letter & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// A small hashed map from lower-case words to a tag (never 0): slot →
/// (key, tag), tag 0 marking an empty slot.
pub type WordMap = Vec<(Key, u8)>;

/// Builds a [`WordMap`]: each list with its tag (not 0), the first list
/// that names a word wins.
pub fn word_map(lists: &[(&[&str], u8)]) -> WordMap {
    let n: usize = lists.iter().map(|(l, _)| l.len()).sum();
    let size = (n * 4).next_power_of_two().max(16);
    let mut t: WordMap = vec![(0, 0); size];
    for (list, tag) in lists {
        for w in *list {
            let k = key(w);
            let mut slot = (key_hash(k, w.len()) as usize) & (size - 1);
            while t[slot].1 != 0 && t[slot].0 != k {
                slot = (slot + 1) & (size - 1);
            }
            if t[slot].1 == 0 {
                t[slot] = (k, *tag);
            }
        }
    }
    t
}

/// The tag of `word` (any case) in `map`, or 0.
pub fn map_get(map: &WordMap, word: &[u8]) -> u8 {
    let n = word.len();
    if n == 0 || n > 16 {
        return 0;
    }
    let k = key_bytes(word);
    let mask = map.len() - 1;
    let mut slot = (key_hash(k, n) as usize) & mask;
    loop {
        match map[slot] {
            (_, 0) => return 0,
            (e, tag) if e == k => return tag,
            _ => slot = (slot + 1) & mask,
        }
    }
}

/// A small hashed set of lower-case words: a [`WordMap`] whose words all
/// have the tag 1.
pub type WordSet = WordMap;

/// Builds a [`WordSet`] from a list.
pub fn word_set(words: &[&str]) -> WordSet {
    word_map(&[(words, 1)])
}

/// Classifies one word (case-insensitive).
pub fn classify(word: &str) -> T {
    let n = word.len();
    if n > 13 || n == 0 || word.as_bytes()[0] >= 0x80 {
        return T::Word;
    }
    let k = key(word);
    let table = &*TABLE;
    let mask = table.len() - 1;
    let mut slot = (key_hash(k, n) as usize) & mask;
    loop {
        let (tk, i) = &table[slot];
        if *i == u16::MAX {
            return T::Word;
        }
        if *tk == k {
            return WORDS[*i as usize].1;
        }
        slot = (slot + 1) & mask;
    }
}

/// Value of an ordinal written with digits or words at `toks[i]`.
pub fn ordinal_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    match t.t {
        T::Num(n) if n.suffix == Suffix::Ord && !n.fancy => Some((n.v as u32, i + 1)),
        T::OrdWord(v) => Some((v, i + 1)),
        T::Unit {
            unit: Unit::Second,
            plural: false,
        } => Some((2, i + 1)),
        // twenty-first, thirty first
        T::NumWord(tens @ (20 | 30)) => match toks.get(i + 1).map(|t| t.t) {
            Some(T::OrdWord(u)) if u < 10 => Some((tens + u, i + 2)),
            Some(T::Unit {
                unit: Unit::Second,
                plural: false,
            }) => Some((tens + 2, i + 2)),
            _ => None,
        },
        _ => None,
    }
}
