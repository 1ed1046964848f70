//! The date grammar: from tokens to an unresolved expression ([`Expr`]).
//!
//! A hand-written recogniser: [`parse`] tries every rule at one token and
//! keeps the longest match. Rules never look at the publication date;
//! resolution (`resolve.rs`) turns an [`Expr`] into a TIMEX3 value.
//!
//! Sample inputs, by rule:
//! - calendar: `May 7`, `Sept. 30, 1989`, `7 May 2013`, `the 4th of July`,
//!   `Wednesday, May 8th 2013`, `2013-05-07`, `10/1/2018`, `March 1996`
//! - years and periods: `1989`, `fiscal 1990`, `the 1990s`, `the '80s`,
//!   `the 20th century`, `the third quarter of 1989`, `Q3 2019`,
//!   `the first half`, `last summer`, `the winter of 1994`
//! - relative: `yesterday`, `last week`, `two years ago`, `earlier this
//!   month`, `the year-ago quarter`, `now`, `recently`, `the near future`
//! - durations: `three years`, `10-year`, `the past two months`, `more than
//!   four hours`, `a year and a half`, `several weeks`
//! - sets: `every month`, `daily`, `Tuesday nights`, `$5 billion a year`
//! - times: `10:30 a.m.`, `5 p.m. EST Tuesday`, `noon Thursday`, `1500 GMT`,
//!   `Thursday evening`, `this morning`, `last night`

use std::sync::LazyLock;

use super::lex::{in_set, ordinal_at, word_set, Kw, Suffix, Tok, Unit, WordSet, T};
use super::DateOptions;

/// How the year (or the occurrence) of a cyclic expression is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ys {
    /// Written out.
    Abs(i32),
    /// Offset from the anchor's year ("last year's", "next year").
    Rel(i32),
    /// "last May", "last Friday": the latest occurrence before the anchor.
    Last,
    /// "this May", "this Friday".
    This,
    /// "next May", "next Friday".
    Next,
    /// Not said: inferred from the tense around the mention.
    Infer,
}

/// Time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tod {
    /// Hour (0-24) and minute.
    Clock(u8, u8),
    /// `MO`, `AF`, `EV`, `NI`, `DT`.
    Part(&'static str),
}

/// Holidays with a rule for their date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hol {
    Fixed(u8, u8),
    Thanksgiving,
    Easter,
    GoodFriday,
    LaborDay,
    MemorialDay,
    ElectionDay,
    MothersDay,
    FathersDay,
    MlkDay,
    PresidentsDay,
}

/// What an expression denotes, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Core {
    Date {
        y: Ys,
        m: u8,
        d: u8,
    },
    Month {
        y: Ys,
        m: u8,
    },
    Year(Ys),
    Weekday {
        wd: u8,
        shift: Ys,
    },
    DayRel(i32),
    Week(Ys),
    Weekend(Ys),
    Quarter {
        y: Ys,
        q: u8,
    },
    QuarterRel(i32),
    /// The quarter the text is talking about, shifted by years.
    QuarterFocus(i32),
    /// "a year ago", "year-earlier": that quarter a year back when the text
    /// talks about a quarter, else last year.
    YearAgo,
    Half {
        y: Ys,
        h: u8,
    },
    Season {
        y: Ys,
        s: u8,
    },
    /// First year of the decade (1990) or offset in decades.
    Decade(Ys),
    /// Century number as TIMEX writes it (19 for the 1900s) or offset.
    Century(Ys),
    Holiday {
        y: Ys,
        h: Hol,
    },
    /// n units before (sign -1) or after (+1) the anchor.
    Ago {
        n: Option<f64>,
        unit: Unit,
        sign: i32,
    },
    Ref(&'static str),
    Duration {
        n: Option<f64>,
        unit: Unit,
    },
    Set(String),
    /// A clock time or part of day with no day: the anchor's day.
    TimeOnly,
    /// "the 1988 period": the quarter in focus, in that year.
    QuarterOfYear(i32),
    /// "the latest period": the quarter in focus, if the text named one.
    LatestPeriod,
    /// "the quarter ended Sept. 30": the quarter holding that date.
    QuarterEnded {
        y: Ys,
        m: u8,
        d: u8,
    },
    /// "that year": the year the text last named.
    ThatYear,
    /// "the week of March 6", "the week ended Feb. 25": the week holding
    /// that day.
    WeekOf {
        y: Ys,
        m: u8,
        d: u8,
    },
}

/// One recognised expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub core: Core,
    pub tod: Option<Tod>,
    pub modifier: Option<&'static str>,
    /// Fiscal year or quarter.
    pub fiscal: bool,
    /// Weekday written beside a date ("Saturday, April 25"): picks the year.
    pub weekday: Option<u8>,
}

impl Expr {
    fn new(core: Core) -> Expr {
        Expr {
            core,
            tod: None,
            modifier: None,
            fiscal: false,
            weekday: None,
        }
    }
    fn is_point(&self) -> bool {
        !matches!(
            self.core,
            Core::Duration { .. } | Core::Set(_) | Core::Ref(_) | Core::Ago { .. }
        )
    }
    fn is_day(&self) -> bool {
        matches!(
            self.core,
            Core::Date { .. } | Core::Weekday { .. } | Core::DayRel(_) | Core::Holiday { .. }
        )
    }
}

/// A match: tokens `[start, end)` and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub end: usize,
    pub expr: Expr,
}

type R = Option<(usize, Expr)>;

struct P<'a> {
    t: &'a [Tok],
    text: &'a str,
    opts: &'a DateOptions,
}

/// Words after a 4-digit number that make it an amount, not a year (and
/// "block": "the 1800 block of Elm Street" is an address).
const AMOUNT_NOUNS: &[&str] = &[
    "block",
    "people",
    "persons",
    "men",
    "women",
    "children",
    "kids",
    "troops",
    "soldiers",
    "police",
    "officers",
    "workers",
    "employees",
    "jobs",
    "staff",
    "shares",
    "tons",
    "tonnes",
    "barrels",
    "bpd",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "feet",
    "ft",
    "pounds",
    "lbs",
    "dollars",
    "euros",
    "yen",
    "units",
    "cars",
    "vehicles",
    "homes",
    "houses",
    "points",
    "votes",
    "seats",
    "acres",
    "hectares",
    "cases",
    "deaths",
    "stores",
    "students",
    "members",
    "calories",
    "mph",
    "rpm",
    "mw",
    "copies",
    "tickets",
    "visitors",
    "residents",
    "patients",
    "passengers",
    "refugees",
    "kg",
    "kilograms",
    "ounces",
    "oz",
    "gallons",
    "litres",
    "liters",
    "bushels",
    "acre",
    "sq",
    "square",
    "rounds",
    "flights",
    "planes",
    "aircraft",
    "tanks",
    "guns",
    "rifles",
    "rockets",
    "missiles",
    "bombs",
    "lives",
    "victims",
    "prisoners",
    "inmates",
    "protesters",
    "demonstrators",
    "migrants",
    "civilians",
    "fighters",
    "rebels",
    "militants",
    "families",
    "households",
    "firms",
    "companies",
    "banks",
    "schools",
    "hospitals",
    "beds",
    "doctors",
    "nurses",
    "teachers",
    "pupils",
    "sites",
    "words",
    "pages",
    "times",
    "runs",
    "yards",
    "goals",
    "wins",
    "games",
    "matches",
    "tons",
    "mln",
    "bln",
    "billion",
    "million",
    "percent",
    "pct",
    "per",
    "crore",
    "lakh",
    "cents",
    "pence",
    "francs",
    "marks",
    "rupees",
    "yuan",
    "won",
    "baht",
    "pesos",
    "rand",
    "degrees",
    "calls",
    "emails",
    "signatures",
    "names",
    "items",
    "boxes",
    "bags",
    "head",
    "cattle",
    "pigs",
    "sheep",
    "animals",
    "birds",
    "fish",
    "trees",
    "tests",
    "doses",
    "vaccines",
    "beds",
    "rooms",
    "apartments",
    "buildings",
    "contracts",
    "loans",
    "accounts",
    "customers",
    "users",
    "subscribers",
    "viewers",
    "readers",
    "fans",
    "spectators",
    "delegates",
    "candidates",
    "voters",
    "ballots",
    "hours",
    "hrs",
    "gmt",
    "est",
    "edt",
    "utc",
    "local",
];

/// Words before a 4-digit number that make it a code, a model or an amount.
const CODE_WORDS: &[&str] = &[
    "no",
    "nos",
    "number",
    "version",
    "v",
    "model",
    "route",
    "flight",
    "room",
    "page",
    "pages",
    "pp",
    "p",
    "vol",
    "volume",
    "article",
    "section",
    "line",
    "chapter",
    "item",
    "code",
    "rule",
    "resolution",
    "windows",
    "office",
    "boeing",
    "airbus",
    "highway",
    "interstate",
    "box",
    "suite",
    "apt",
    "unit",
    "bus",
    "train",
    "channel",
    "ch",
    "paragraph",
    "clause",
    "bill",
    "hr",
    "form",
    "case",
    "docket",
    "gate",
    "pier",
    "exit",
    "mile",
    "ward",
    "seat",
    "ticket",
    "issue",
    "series",
    "class",
    "type",
    "size",
    "level",
    "grade",
    "step",
    "phase",
    "stage",
    "lot",
    "block",
    "plot",
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "cap",
    "about",
    "nearly",
    "almost",
    "some",
    "over",
    "than",
    "around",
    "approximately",
    "roughly",
    "estimated",
    "only",
    "just",
    "least",
    "total",
    "rose",
    "fell",
    "dropped",
    "jumped",
    "climbed",
    "gained",
    "lost",
    "down",
    "up",
    "index",
    "dow",
    "nasdaq",
    "ftse",
    "nikkei",
    "dax",
    "cac",
    "s&p",
    "hang",
    "seng",
    "sensex",
];

static AMOUNT_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(AMOUNT_NOUNS));
static CODE_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(CODE_WORDS));
static YEAR_PREP_SET: LazyLock<WordSet> = LazyLock::new(|| word_set(YEAR_PREPS));

const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "before",
    "after",
    "during",
    "of",
    "through",
    "throughout",
    "for",
    "early",
    "late",
    "mid",
    "the",
    "fiscal",
    "year",
    "circa",
    "c",
    "ca",
    "between",
    "and",
    "or",
    "to",
    "as",
    "around",
    "pre",
    "post",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
    "christmas",
    "easter",
    "end",
    "beginning",
    "start",
    "middle",
    "on",
    "year-end",
];

fn lower_eq(s: &str, list: &[&str]) -> bool {
    s.len() <= 16 && list.iter().any(|w| w.eq_ignore_ascii_case(s))
}

impl<'a> P<'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.t.get(i)
    }
    fn txt(&self, i: usize) -> &'a str {
        self.t
            .get(i)
            .map_or("", |t| self.text.get(t.start..t.end).unwrap_or(""))
    }
    fn kw(&self, i: usize) -> Option<Kw> {
        self.tok(i).and_then(|t| t.kw())
    }
    fn is(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }
    fn is_p(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_p(c))
    }
    fn word_is(&self, i: usize, w: &str) -> bool {
        let s = self.txt(i);
        s.eq_ignore_ascii_case(w)
    }
    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.tok(i)?.t {
            T::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        }
    }
    /// Skips an optional comma.
    fn comma(&self, i: usize) -> usize {
        if self.is_p(i, ',') {
            i + 1
        } else {
            i
        }
    }
    /// Lower-case previous word (or "").
    fn prev_word(&self, i: usize) -> &'a str {
        if i == 0 {
            ""
        } else {
            self.txt(i - 1)
        }
    }

    // ---------------------------------------------------------------
    // numbers

    /// A day of month at `i`: `7`, `7th`, `seventh`, `twenty-third`.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        let (d, e) = match t.t {
            T::Num(n)
                if n.digits <= 2 && !n.fancy && matches!(n.suffix, Suffix::None | Suffix::Ord) =>
            {
                (n.v as u32, i + 1)
            }
            _ => ordinal_at(self.t, i)?,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        // "7 p.m." is a time, "7 years" a duration, "7.5" a number
        match self.tok(e).map(|t| t.t) {
            Some(T::Kw(Kw::Am | Kw::Pm)) | Some(T::Unit { .. }) => None,
            Some(T::P(':')) if matches!(self.tok(e + 1).map(|t| t.t), Some(T::Num(_))) => None,
            _ => Some((d as u8, e)),
        }
    }

    /// A written year at `i`: `2013`, `'87`; with `loose` also without context.
    fn year_num(&self, i: usize) -> Option<(i32, usize)> {
        match self.tok(i)?.t {
            T::Num(n) if n.digits == 4 && !n.fancy && n.suffix == Suffix::None => {
                let y = n.v as i32;
                (1000..=2199).contains(&y).then_some((y, i + 1))
            }
            T::Short { yy, decade: false } => Some((short_year(yy), i + 1)),
            _ => None,
        }
    }

    /// Spelled-out years: `nineteen ninety-six`, `two thousand (and) five`.
    fn word_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.tok(i)?.t {
            T::NumWord(c @ (11..=19)) => {
                // nineteen ninety[-six], nineteen oh five (not handled)
                if let Some(T::NumWord(tens @ 10..=99)) = self.tok(i + 1).map(|t| t.t) {
                    let mut y = c as i32 * 100 + tens as i32;
                    let mut e = i + 2;
                    if tens >= 20 && tens % 10 == 0 {
                        if let Some(T::NumWord(u @ 1..=9)) = self.tok(e).map(|t| t.t) {
                            y += u as i32;
                            e += 1;
                        }
                    }
                    return Some((y, e));
                }
                None
            }
            T::NumWord(2) if matches!(self.tok(i + 1).map(|t| t.t), Some(T::NumWord(1000))) => {
                let mut e = i + 2;
                let mut y = 2000;
                let j = if self.is(e, Kw::And) { e + 1 } else { e };
                if let Some((n, e2)) = self.small_num_words(j) {
                    if n < 100 {
                        y += n as i32;
                        e = e2;
                    }
                }
                Some((y, e))
            }
            _ => None,
        }
    }

    /// `twenty four`, `twenty-four`, `seven`, `a hundred` (up to 999).
    fn small_num_words(&self, i: usize) -> Option<(u32, usize)> {
        let mut e = i;
        let mut total = 0u32;
        let mut cur = 0u32;
        let mut any = false;
        if self.is(e, Kw::A) && matches!(self.tok(e + 1).map(|t| t.t), Some(T::NumWord(100 | 1000)))
        {
            cur = 1;
            e += 1;
        }
        while let Some(T::NumWord(v)) = self.tok(e).map(|t| t.t) {
            match v {
                100 => {
                    cur = cur.max(1) * 100;
                }
                1000 => {
                    total += cur.max(1) * 1000;
                    cur = 0;
                }
                _ => {
                    // "twenty four" after a round ten, or a first number
                    if cur % 100 >= 20 && cur % 10 == 0 && v < 10 || cur % 100 == 0 {
                        cur += v;
                    } else {
                        break;
                    }
                }
            }
            any = true;
            e += 1;
            if self.is(e, Kw::And)
                && matches!(self.tok(e + 1).map(|t| t.t), Some(T::NumWord(1..=99)))
                && cur >= 100
            {
                e += 1;
            }
        }
        any.then_some((total + cur, e))
    }

    /// A quantity before a unit. Returns (value or None for "several",
    /// written as a fraction, end).
    fn quantity(&self, i: usize) -> Option<(Option<f64>, bool, usize)> {
        let t = self.tok(i)?;
        match t.t {
            T::Num(n) if n.suffix == Suffix::None => {
                let mut v = n.v;
                let mut e = i + 1;
                let mut frac = false;
                if !n.fancy {
                    if let Some(T::Slash { a, b, c: None, .. }) = self.tok(e).map(|t| t.t) {
                        if a < b && b > 0 {
                            v += f64::from(a) / f64::from(b);
                            e += 1;
                            frac = true;
                        }
                    } else if let Some((f, e2)) = self.and_a_half(e) {
                        v += f;
                        e = e2;
                        frac = true;
                    }
                }
                // 12 to 18 months: unknown number
                if (self.is(e, Kw::To) || self.is(e, Kw::Or) || self.is_p(e, '-'))
                    && matches!(self.tok(e + 1).map(|t| t.t), Some(T::Num(m)) if m.suffix == Suffix::None)
                    && self.unit(e + 2).is_some()
                {
                    return Some((None, false, e + 2));
                }
                Some((Some(v), frac, e))
            }
            T::Slash { a, b, c: None, .. } if a < b && b > 0 => {
                Some((Some(f64::from(a) / f64::from(b)), true, i + 1))
            }
            T::NumWord(_) => {
                let (n, mut e) = self.small_num_words(i)?;
                let mut v = f64::from(n);
                let mut frac = false;
                if let Some((f, e2)) = self.and_a_half(e) {
                    v += f;
                    e = e2;
                    frac = true;
                }
                if (self.is(e, Kw::To) || self.is(e, Kw::Or))
                    && matches!(self.tok(e + 1).map(|t| t.t), Some(T::NumWord(_)))
                {
                    if let Some((_, e2)) = self.small_num_words(e + 1) {
                        if self.unit(e2).is_some() {
                            return Some((None, false, e2));
                        }
                    }
                }
                Some((Some(v), frac, e))
            }
            T::Kw(Kw::A) => {
                // a couple of, a few, a dozen, a half, a hundred
                if self.is(i + 1, Kw::Couple) && self.is(i + 2, Kw::Of) {
                    return Some((Some(2.0), false, i + 3));
                }
                if self.is(i + 1, Kw::Few) {
                    return Some((None, false, i + 2));
                }
                if self.is(i + 1, Kw::Dozen) {
                    return Some((Some(12.0), false, i + 2));
                }
                if self.is(i + 1, Kw::Half) {
                    return Some((Some(0.5), true, i + 2));
                }
                if let Some((n, e)) = self.small_num_words(i) {
                    return Some((Some(f64::from(n)), false, e));
                }
                if self.unit(i + 1).is_some_and(|(_, pl)| !pl) {
                    return Some((Some(1.0), false, i + 1));
                }
                None
            }
            // "the last couple of years"
            T::Kw(Kw::Couple) if self.is(i + 1, Kw::Of) && i > 0 && !self.is(i - 1, Kw::A) => {
                Some((Some(2.0), false, i + 2))
            }
            T::Kw(Kw::Few | Kw::Several | Kw::Many | Kw::Some) => {
                if self.unit(i + 1).is_some_and(|(_, pl)| pl) {
                    Some((None, false, i + 1))
                } else {
                    None
                }
            }
            T::Kw(Kw::Half) if self.is(i + 1, Kw::A) => Some((Some(0.5), true, i + 2)),
            _ => None,
        }
    }

    /// Whether the token before `i` is an amount or a count ("$5", "20
    /// percent", "twice"), so that "a year" after it is a rate.
    fn after_amount(&self, i: usize) -> bool {
        let p = &self.t[i - 1];
        // "24,000 tonnes of beans a year": a count a few words before,
        // and no preposition right before "a" ("for a year")
        let counted = (i.saturating_sub(4)..i).any(|k| {
            matches!(self.t[k].t, T::Num(n) if n.suffix == Suffix::None) || self.is_p(k, '%')
        });
        let prep = matches!(
            p.t,
            T::Kw(
                Kw::For
                    | Kw::In
                    | Kw::Within
                    | Kw::Over
                    | Kw::Than
                    | Kw::About
                    | Kw::After
                    | Kw::Before
                    | Kw::Of
                    | Kw::Since
                    | Kw::Until
                    | Kw::During
                    | Kw::By
            )
        );
        if counted && !prep {
            return true;
        }
        matches!(p.t, T::Num(_) | T::NumWord(_) | T::P('%'))
            || lower_eq(
                self.txt(i - 1),
                &[
                    "times",
                    "twice",
                    "once",
                    "thrice",
                    "million",
                    "billion",
                    "trillion",
                    "mln",
                    "bln",
                    "percent",
                    "pct",
                    "cents",
                    "dollars",
                    "tonnes",
                    "tons",
                    "barrels",
                    "bpd",
                    "euros",
                    "pounds",
                    "yen",
                    "hours",
                    "days",
                    "shifts",
                    "meals",
                    "miles",
                    "km",
                    "kilometers",
                    "kilometres",
                    "people",
                    "flights",
                    "visitors",
                    "cases",
                ],
            )
    }

    /// "and a half" after a number.
    fn and_a_half(&self, i: usize) -> Option<(f64, usize)> {
        if self.is(i, Kw::And) && self.is(i + 1, Kw::A) && self.is(i + 2, Kw::Half) {
            Some((0.5, i + 3))
        } else {
            None
        }
    }

    // ---------------------------------------------------------------
    // calendar dates

    /// Whether an ambiguous month word (May, March, Jan) is a month here.
    fn month_ok(&self, i: usize, strict: bool, followed_by_number: bool) -> bool {
        let t = &self.t[i];
        let took_dot = self.text.as_bytes().get(t.end - 1) == Some(&b'.');
        if !t.cap {
            // lower-case "may", "march", "august" are other words
            return !strict
                && !self.word_is(i, "august")
                && self.text[t.start..t.end]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase());
        }
        if !strict {
            // "April Ryan": a month followed by a capitalised name
            if !followed_by_number {
                if let Some(n) = self.tok(i + 1) {
                    if n.t == T::Word && n.cap && !n.glued {
                        let p = self.prev_word(i);
                        return in_set(&YEAR_PREP_SET, p)
                            || lower_eq(p, &["last", "next", "this", "early", "late", "mid"]);
                    }
                }
            }
            return true;
        }
        if followed_by_number || took_dot && self.text[t.start..t.end].len() > 2 {
            // "Jan." alone is fine; "May 7" too
            return took_dot || followed_by_number;
        }
        // "the March inflation rate", "May sales": a month before a
        // statistic it dates.
        if self.tok(i + 1).is_some_and(|n| n.t == T::Word && !n.glued)
            && lower_eq(
                self.txt(i + 1),
                &[
                    "inflation",
                    "sales",
                    "output",
                    "exports",
                    "imports",
                    "figures",
                    "data",
                    "trade",
                    "payrolls",
                    "production",
                    "unemployment",
                    "jobless",
                    "retail",
                    "deficit",
                    "surplus",
                ],
            )
        {
            return true;
        }
        let p = self.prev_word(i);
        let ph = i > 0 && self.t[i].hyph;
        ph || lower_eq(
            p,
            &[
                "in",
                "on",
                "since",
                "until",
                "till",
                "by",
                "from",
                "to",
                "through",
                "during",
                "before",
                "after",
                "of",
                "last",
                "next",
                "this",
                "early",
                "late",
                "mid",
                "end",
                "and",
                "or",
                "between",
                "each",
                "every",
                "until",
                "that",
                "all",
                "since",
                "throughout",
                "beginning",
                "middle",
                "start",
                "as",
            ],
        ) && (self.word_is(i, "may") || self.word_is(i, "march"))
            && !self.next_is_verbish(i + 1)
    }

    /// After "May": a pronoun or bare verb means the modal verb ("May I").
    fn next_is_verbish(&self, i: usize) -> bool {
        let w = self.txt(i);
        lower_eq(
            w,
            &[
                "i", "we", "you", "he", "she", "it", "they", "be", "have", "not", "also", "well",
                "still", "never", "even", "soon", "already", "only", "want", "need", "seek",
                "take", "make", "get", "go", "come", "find", "become", "lead", "face", "see",
                "affect", "cause", "help", "allow", "include", "result", "lose", "win", "use",
            ],
        )
    }

    /// Month-led dates: `May 7`, `May 7th, 2013`, `Sept. 30`, `May 2013`,
    /// `May of 2013`, `May`, `the May 7` ... Also `May 7 1930 GMT`? no.
    fn month_led(&self, i: usize) -> R {
        let T::Month { m, strict } = self.tok(i)?.t else {
            return None;
        };
        let mut j = i + 1;
        // optional "the" before a day: "May the 7th" (rare)
        if let Some((d, e)) = self.day_at(j) {
            // not "May 7 percent", "May 2 people"
            if !self.month_ok(i, strict, true) {
                return None;
            }
            // a 2-digit number followed by ',' and a year, or nothing
            let mut e2 = self.comma(e);
            if let Some((y, e3)) = self.year_num(e2) {
                if !self.year_is_amount(e3) {
                    return Some((
                        e3,
                        Expr::new(Core::Date {
                            y: Ys::Abs(y),
                            m,
                            d,
                        }),
                    ));
                }
            }
            // "May 7 this year", "June 3 last year"
            if let Some((ys, e3)) = self.rel_year_tail(e) {
                return Some((e3, Expr::new(Core::Date { y: ys, m, d })));
            }
            e2 = e;
            if d as u32 > days_in(m) {
                return None;
            }
            // "Feb. 15 million": no
            if self.tok(e2).is_some_and(|t| matches!(t.t, T::NumWord(_))) {
                return None;
            }
            return Some((e2, Expr::new(Core::Date { y: Ys::Infer, m, d })));
        }
        // month year: "May 2013", "May, 2013", "May of 2013"
        let mut k = self.comma(j);
        if self.is(k, Kw::Of) {
            k += 1;
        }
        if let Some((y, e)) = self.year_num(k) {
            if (self.tok(k).is_some_and(|t| matches!(t.t, T::Num(_))) || j == k)
                && !self.year_is_amount(e)
                && self.month_ok(i, strict, true)
            {
                return Some((e, Expr::new(Core::Month { y: Ys::Abs(y), m })));
            }
        }
        if let Some((y, e)) = self.word_year(k) {
            if self.month_ok(i, strict, true) {
                return Some((e, Expr::new(Core::Month { y: Ys::Abs(y), m })));
            }
        }
        // "January this year", "June last year"
        if let Some((ys, e)) = self.rel_year_tail(j) {
            if self.month_ok(i, strict, true) {
                return Some((e, Expr::new(Core::Month { y: ys, m })));
            }
        }
        // "payable July six to holders", "effective March one, 1987": a
        // wire's day in cardinal words, before a year, a comma, "to" or
        // the sentence's end.
        if let Some(T::NumWord(d @ 1..=31)) = self.tok(j).map(|t| t.t) {
            let e = j + 1;
            let closes = self
                .tok(e)
                .is_none_or(|t| matches!(t.t, T::P(',' | '.' | ';')))
                || self.is(e, Kw::To);
            if closes && d <= days_in(m) && self.month_ok(i, strict, true) {
                // (Its year after a comma, else the one inferred.)
                let (y, end) = self
                    .year_num(self.comma(e))
                    .filter(|&(_, e3)| !self.year_is_amount(e3))
                    .map_or((Ys::Infer, e), |(y, e3)| (Ys::Abs(y), e3));
                return Some((end, Expr::new(Core::Date { y, m, d: d as u8 })));
            }
        }
        // "March eighth" handled by day_at via OrdWord; plain month
        if !self.month_ok(i, strict, false) {
            return None;
        }
        // a number right after an ambiguous month that is not a day/year
        if strict && matches!(self.tok(j).map(|t| t.t), Some(T::Num(_))) {
            return None;
        }
        j = i + 1;
        Some((j, Expr::new(Core::Month { y: Ys::Infer, m })))
    }

    /// The year after "of" in "the first quarter of ...": `2012`, `last
    /// year`, or `the year` (None: the year stays as it was). Returns the
    /// year and the end.
    fn year_after_of(&self, k: usize) -> Option<(Option<Ys>, usize)> {
        if let Some((y, e)) = self.year_num(k) {
            return Some((Some(Ys::Abs(y)), e));
        }
        if let Some((r, e)) = self.rel_year_tail(k) {
            return Some((Some(r), e));
        }
        (self.is(k, Kw::The) && self.unit(k + 1) == Some((Unit::Year, false)))
            .then_some((None, k + 2))
    }

    /// "this year", "last year", "next year" after a date.
    fn rel_year_tail(&self, i: usize) -> Option<(Ys, usize)> {
        let k = match self.kw(i)? {
            Kw::This => 0,
            Kw::Last => -1,
            Kw::Next => 1,
            _ => return None,
        };
        match self.unit(i + 1) {
            Some((Unit::Year, false)) => Some((Ys::Rel(k), i + 2)),
            _ => None,
        }
    }

    /// A year written with four digits at `k` (not `'87`) that is not an
    /// amount: the year after "the first quarter" or "Christmas".
    fn year_in_digits(&self, k: usize) -> Option<(i32, usize)> {
        self.year_num(k)
            .filter(|&(_, e)| matches!(self.t[k].t, T::Num(_)) && !self.year_is_amount(e))
    }

    /// Whether a street's name follows the year token ending before `e`
    /// ("in front of 1013 Carrie St.", "at 2100 N. Main Street"): the
    /// number is a house's, not a year. Only kinds of street that seldom
    /// open another name ("Court", "Way", "Place" and "Highway" do: "in
    /// 2013 Supreme Court justices", "Highway Patrol"), and only where the
    /// name ends ("the 1999 Road Safety Act" is no street).
    fn street_after(&self, e: usize) -> bool {
        let Some(year) = e.checked_sub(1).and_then(|i| self.tok(i)) else {
            return false;
        };
        let b = self.text.as_bytes();
        crate::extract::numbers::street_after(b, year.end, |w, we| {
            let is = |k: &str| w.eq_ignore_ascii_case(k.as_bytes());
            let street = crate::extract::entities::lexicon::STREET_TYPES
                .iter()
                .any(|k| is(k) && !matches!(*k, "highway" | "hwy" | "expressway" | "freeway"))
                || ["lane", "ln", "terrace"].iter().any(|k| is(k));
            let next_capital = crate::extract::numbers::word_after(b, we)
                .is_some_and(|(s, _)| b[s].is_ascii_uppercase());
            street && !next_capital
        })
    }

    /// Whether the token after a year makes it an amount ("2000 people").
    fn year_is_amount(&self, e: usize) -> bool {
        match self.tok(e).map(|t| t.t) {
            Some(T::P('%')) => true,
            Some(T::Word) | Some(T::Kw(_)) => in_set(&AMOUNT_SET, self.txt(e)),
            Some(T::Unit { .. }) => true,
            _ => false,
        }
    }

    /// Day-led dates: `7 May 2013`, `7th of May`, `the 4th of July`,
    /// `the twenty third day of September`.
    fn day_led(&self, i: usize) -> R {
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
        }
        let (d, mut e) = self.day_at(j)?;
        let is_ord = matches!(self.tok(j).map(|t| t.t), Some(T::Num(n)) if n.suffix == Suffix::Ord)
            || matches!(
                self.tok(j).map(|t| t.t),
                Some(T::OrdWord(_) | T::NumWord(_) | T::Unit { .. })
            );
        if j > i && !is_ord {
            return None;
        }
        if is_ord && self.unit(e) == Some((Unit::Day, false)) {
            e += 1;
        }
        let mut of = false;
        if self.is(e, Kw::Of) {
            e += 1;
            of = true;
        }
        if of && !is_ord {
            return None;
        }
        let T::Month { m, strict } = self.tok(e)?.t else {
            return None;
        };
        if strict && !self.t[e].cap {
            return None;
        }
        if d as u32 > days_in(m) {
            return None;
        }
        let mut k = self.comma(e + 1);
        if self.is(k, Kw::Of) {
            k += 1;
        }
        if let Some((y, e3)) = self.year_num(k) {
            if !self.year_is_amount(e3) {
                return Some((
                    e3,
                    Expr::new(Core::Date {
                        y: Ys::Abs(y),
                        m,
                        d,
                    }),
                ));
            }
        }
        Some((e + 1, Expr::new(Core::Date { y: Ys::Infer, m, d })))
    }

    /// Numeric dates: ISO, slashed, yyyymmdd.
    fn numeric_date(&self, i: usize) -> R {
        let t = self.tok(i)?;
        match t.t {
            T::NumDate { y, m, d } => Some((
                i + 1,
                Expr::new(Core::Date {
                    y: Ys::Abs(y),
                    m,
                    d,
                }),
            )),
            T::Slash {
                a,
                b,
                c: Some(c),
                c_digits,
            } => {
                let (y, m, d) = if a >= 1000 {
                    (a as i32, b, c)
                } else {
                    let y = if c_digits == 2 {
                        short_year(c as u8)
                    } else {
                        c as i32
                    };
                    let (mut m, mut d) = if self.opts.day_first { (b, a) } else { (a, b) };
                    if m > 12 && d <= 12 {
                        std::mem::swap(&mut m, &mut d);
                    }
                    (y, m, d)
                };
                if !(1..=12).contains(&m)
                    || d < 1
                    || d > days_in(m as u8)
                    || !(1000..=2199).contains(&y)
                {
                    return None;
                }
                // "1/2/3" style fractions and scores
                Some((
                    i + 1,
                    Expr::new(Core::Date {
                        y: Ys::Abs(y),
                        m: m as u8,
                        d: d as u8,
                    }),
                ))
            }
            T::Slash { a, b, c: None, .. } => {
                // m/d only after a date preposition or a weekday
                let p = self.prev_word(i);
                let prev_wd = i > 0 && matches!(self.t[i - 1].t, T::Weekday { .. })
                    || i > 1
                        && (self.is_p(i - 1, ',') || self.is_p(i - 1, '('))
                        && matches!(self.t[i - 2].t, T::Weekday { .. });
                // A posting's stamp: "UPDATE 4/28:", "Published: 7/14",
                // after a label of a date line.
                let stamp_word = |w: &str| lower_eq(w, super::DATE_LABELS);
                let stamp = stamp_word(p)
                    || i > 0 && self.is_p(i - 1, ':') && stamp_word(self.prev_word(i - 1));
                if !(prev_wd
                    || stamp
                    || lower_eq(
                        p,
                        &[
                            "on", "by", "since", "until", "till", "from", "through", "before",
                            "after",
                        ],
                    ))
                {
                    return None;
                }
                let (mut m, mut d) = if self.opts.day_first { (b, a) } else { (a, b) };
                if m > 12 && d <= 12 {
                    std::mem::swap(&mut m, &mut d);
                }
                if !(1..=12).contains(&m) || d < 1 || d > days_in(m as u8) {
                    return None;
                }
                Some((
                    i + 1,
                    Expr::new(Core::Date {
                        y: Ys::Infer,
                        m: m as u8,
                        d: d as u8,
                    }),
                ))
            }
            T::Num(n) if n.digits == 8 && !n.fancy && n.suffix == Suffix::None => {
                let v = n.v as u64;
                let y = (v / 10000) as i32;
                let m = ((v / 100) % 100) as u8;
                let d = (v % 100) as u8;
                if (1900..=2100).contains(&y)
                    && (1..=12).contains(&m)
                    && d >= 1
                    && u32::from(d) <= days_in(m)
                {
                    Some((
                        i + 1,
                        Expr::new(Core::Date {
                            y: Ys::Abs(y),
                            m,
                            d,
                        }),
                    ))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Weekday-led: `Wednesday, May 8th 2013`, `Friday Oct. 13`,
    /// `Thursday evening`, `Friday`, `Mondays`, `Tuesday nights`.
    fn weekday_led(&self, i: usize) -> R {
        let T::Weekday { wd, plural, strict } = self.tok(i)?.t else {
            return None;
        };
        // "the current Saturday night series": a title, not a day
        if i > 0 && matches!(self.kw(i - 1), Some(Kw::Current | Kw::Latest)) {
            return None;
        }
        let took_dot = self.text.as_bytes().get(self.t[i].end - 1) == Some(&b'.');
        let j = self.comma(i + 1);
        // a date follows
        if !plural {
            let r = self
                .month_led(j)
                .or_else(|| self.day_led(j))
                .or_else(|| self.numeric_date(j));
            if let Some((e, mut x)) = r {
                if matches!(x.core, Core::Date { .. }) {
                    x.tod = None;
                    x.weekday = Some(wd);
                    return Some((e, x));
                }
            }
        }
        if strict && !took_dot {
            return None;
        }
        if strict && !self.t[i].cap {
            return None;
        }
        if !self.t[i].cap && self.t[i].start > 0 {
            // "friday" in lower case only in lower-case text: accept
        }
        // part of day
        let part = self.part_of_day(i + 1);
        if plural {
            let mut v = format!("XXXX-WXX-{wd}");
            let mut e = i + 1;
            if let Some((p, e2)) = part {
                v.push('T');
                v.push_str(p);
                e = e2;
            }
            return Some((e, Expr::new(Core::Set(v))));
        }
        if let Some((p, e2)) = part {
            if self
                .tok(e2 - 1)
                .is_some_and(|t| self.text[t.start..t.end].ends_with('s'))
            {
                return Some((e2, Expr::new(Core::Set(format!("XXXX-WXX-{wd}T{p}")))));
            }
            let mut x = Expr::new(Core::Weekday {
                wd,
                shift: Ys::Infer,
            });
            x.tod = Some(Tod::Part(p));
            return Some((e2, x));
        }
        Some((
            i + 1,
            Expr::new(Core::Weekday {
                wd,
                shift: Ys::Infer,
            }),
        ))
    }

    /// morning, afternoon, evening, night (singular or plural).
    fn part_of_day(&self, i: usize) -> Option<(&'static str, usize)> {
        match self.tok(i)?.t {
            T::Kw(Kw::Morning) => Some(("MO", i + 1)),
            T::Kw(Kw::Afternoon) => Some(("AF", i + 1)),
            T::Kw(Kw::Evening) => Some(("EV", i + 1)),
            T::Unit {
                unit: Unit::Night, ..
            } => Some(("NI", i + 1)),
            _ => None,
        }
    }

    // ---------------------------------------------------------------
    // years, decades, centuries

    fn year_expr(&self, i: usize) -> R {
        let mut j = i;
        let mut fiscal = false;
        let mut the_year = false;
        if self.is(j, Kw::Fiscal) {
            fiscal = true;
            j += 1;
            if self.unit(j) == Some((Unit::Year, false)) {
                j += 1;
            }
        } else if self.is(j, Kw::Fy) {
            fiscal = true;
            j += 1;
            if let Some(T::Num(n)) = self.tok(j).map(|t| t.t) {
                if n.digits == 2 && !n.fancy {
                    let mut x = Expr::new(Core::Year(Ys::Abs(short_year(n.v as u8))));
                    x.fiscal = true;
                    return Some((j + 1, x));
                }
            }
        } else if self.is(j, Kw::The) && self.unit(j + 1) == Some((Unit::Year, false)) {
            the_year = true;
            j += 2;
        } else if self.unit(j) == Some((Unit::Year, false)) && self.t[j].cap {
            // "Year 2000" rarely; skip
        }
        if let Some((y, e)) = self.year_num(j) {
            let short = matches!(self.t[j].t, T::Short { .. });
            if !fiscal && !the_year && !self.year_context_ok(j, e, short) {
                return None;
            }
            let mut x = Expr::new(Core::Year(Ys::Abs(y)));
            x.fiscal = fiscal;
            return Some((e, x));
        }
        let nineteen = matches!(self.tok(j).map(|t| t.t), Some(T::NumWord(11..=19)));
        if the_year || fiscal || nineteen || self.prev_is_year_prep(j) {
            if let Some((y, e)) = self.word_year(j) {
                if !the_year && self.year_is_amount(e) {
                    return None;
                }
                let mut x = Expr::new(Core::Year(Ys::Abs(y)));
                x.fiscal = fiscal;
                return Some((e, x));
            }
        }
        None
    }

    fn prev_is_year_prep(&self, i: usize) -> bool {
        lower_eq(
            self.prev_word(i),
            &[
                "in", "since", "until", "by", "of", "from", "before", "after", "during",
            ],
        )
    }

    /// Whether a bare 4-digit number at `s..e` reads as a year.
    fn year_context_ok(&self, s: usize, e: usize, short: bool) -> bool {
        let t = &self.t[s];
        if short {
            return self.prev_is_year_prep(s) || lower_eq(self.prev_word(s), &["class", "fiscal"]);
        }
        // glued to something before: $1990, #2000, A-1500
        if s > 0 {
            let p = &self.t[s - 1];
            if t.glued || t.hyph {
                match p.t {
                    T::P('$' | '£' | '€' | '¥' | '#' | '+' | '.' | '/' | '\'') => return false,
                    T::Kw(Kw::Mid) => {}
                    // a range of years: "2010-2015"
                    T::Num(n) if t.hyph && n.digits == 4 && !n.fancy => {}
                    T::Word | T::Kw(_) => {
                        let w = self.txt(s - 1);
                        if !lower_eq(w, &["pre", "post", "mid", "fy", "late", "early"]) {
                            return false;
                        }
                    }
                    T::Num(_) => return false,
                    _ => {}
                }
            }
            match p.t {
                T::Word | T::Kw(_) => {
                    if in_set(&CODE_SET, self.txt(s - 1))
                        && !in_set(&YEAR_PREP_SET, self.txt(s - 1))
                    {
                        return false;
                    }
                    // "No. 1990"
                    if self.txt(s - 1).eq_ignore_ascii_case("no.") {
                        return false;
                    }
                }
                T::P('.') if s >= 2 && self.txt(s - 2).eq_ignore_ascii_case("no") => return false,
                T::Num(n) if !(t.hyph && n.digits == 4 && !n.fancy) => return false,
                T::P('$' | '£' | '€' | '¥') => return false,
                _ => {}
            }
        }
        if self.year_is_amount(e) || self.street_after(e) {
            return false;
        }
        // followed by a decimal/number continuation or a colon time
        match self.tok(e).map(|t| (t.t, t.glued)) {
            // "2010-2015" is a range of years; "1990 1991" or "2010 5" is not
            Some((T::Num(n), _))
                if !(self.t[e].hyph && n.digits == 4 && !n.fancy && n.suffix == Suffix::None) =>
            {
                return false
            }
            Some((T::P('%'), _)) => return false,
            Some((T::Kw(Kw::Am | Kw::Pm | Kw::Tz), _)) => return false,
            _ => {}
        }
        let y = self.t[s].t;
        if let T::Num(n) = y {
            let y = n.v as i32;
            // far from any plausible news year without a clear context
            if !(1500..=2100).contains(&y) && !self.prev_is_year_prep(s) {
                return false;
            }
        }
        true
    }

    fn decade_expr(&self, i: usize) -> R {
        let mut j = i;
        let the = self.is(j, Kw::The);
        if the {
            j += 1;
        }
        let t = self.tok(j)?;
        match t.t {
            T::Num(n) if n.suffix == Suffix::S && !n.fancy && (n.digits == 4 || n.digits == 2) => {
                let v = n.v as i32;
                if v % 10 != 0 {
                    return None;
                }
                if n.digits == 4 {
                    if !(1000..=2190).contains(&v) {
                        return None;
                    }
                    Some((j + 1, Expr::new(Core::Decade(Ys::Abs(v)))))
                } else {
                    // "the 80s" needs "the" (else "in her 80s")
                    let modified =
                        i > 0 && matches!(self.t[i - 1].t, T::Kw(Kw::Mid | Kw::Early | Kw::Late));
                    if !(the || modified) {
                        return None;
                    }
                    Some((j + 1, Expr::new(Core::Decade(Ys::Abs(short_year(v as u8))))))
                }
            }
            T::Short { yy, decade: true } => {
                if yy % 10 != 0 {
                    return None;
                }
                Some((j + 1, Expr::new(Core::Decade(Ys::Abs(short_year(yy))))))
            }
            T::Kw(Kw::DecadeWord(d)) if the => {
                Some((j + 1, Expr::new(Core::Decade(Ys::Abs(short_year(d))))))
            }
            _ => None,
        }
    }

    fn century_expr(&self, i: usize) -> R {
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
        }
        let (n, e) = ordinal_at(self.t, j)?;
        if self.unit(e) != Some((Unit::Century, false)) || !(1..=30).contains(&n) {
            return None;
        }
        Some((e + 1, Expr::new(Core::Century(Ys::Abs(n as i32 - 1)))))
    }

    // ---------------------------------------------------------------
    // quarters and halves

    fn quarter_expr(&self, i: usize) -> R {
        let mut j = i;
        let the = self.is(j, Kw::The);
        if the {
            j += 1;
        }
        let mut ys = Ys::Infer;
        let mut fiscal = false;
        let mut focus_shift: Option<i32> = None;
        // "the 1988 third quarter", "this year's", "last year's", "its"
        if let Some((y, e)) = self.year_num(j) {
            if matches!(self.t[j].t, T::Num(_)) {
                ys = Ys::Abs(y);
                j = e;
            }
        } else if let Some((k, e)) = self.rel_year_poss(j) {
            ys = Ys::Rel(k);
            j = e;
        } else if self.word_is(j, "its") || self.word_is(j, "their") {
            j += 1;
        }
        if let Some((k, e)) = self.year_ago_adj(j) {
            focus_shift = Some(k);
            j = e;
        }
        // "comparable", "corresponding", "same": adjectives before quarter
        if (self.word_is(j, "comparable")
            || self.word_is(j, "corresponding")
            || self.is(j, Kw::Same))
            && (self.year_ago_adj(j + 1).is_some() || focus_shift.is_some())
        {
            j += 1;
            if let Some((k, e)) = self.year_ago_adj(j) {
                focus_shift = Some(k);
                j = e;
            }
        }
        if self.is(j, Kw::Fiscal) {
            fiscal = true;
            j += 1;
        }
        // ordinal + quarter
        let ord = ordinal_at(self.t, j)
            .or_else(|| self.word_is(j, "final").then_some((4, j + 1)))
            .or_else(|| {
                (self.is(j, Kw::Last)
                    && the
                    && !self.is(j + 1, Kw::Fiscal)
                    && self.unit(j + 1) == Some((Unit::Quarter, false))
                    && ys != Ys::Infer)
                    .then_some((4, j + 1))
            });
        if let Some((q, e)) = ord {
            let mut e = e;
            // "fiscal-first quarter" / "first fiscal quarter"
            if self.is(e, Kw::Fiscal) {
                fiscal = true;
                e += 1;
            }
            if self.unit(e) == Some((Unit::Quarter, false)) && (1..=4).contains(&q) {
                let mut end = e + 1;
                // "of 1989", "of this year", "of fiscal 1990", "of next year"
                let mut k = end;
                if self.is(k, Kw::Of) {
                    k += 1;
                    if self.is(k, Kw::Fiscal) {
                        fiscal = true;
                        k += 1;
                        if self.unit(k) == Some((Unit::Year, false)) {
                            k += 1;
                        }
                    }
                    if let Some((y, e2)) = self.year_after_of(k) {
                        ys = y.unwrap_or(ys);
                        end = e2;
                    }
                } else if let Some((y, e2)) = self.year_in_digits(k) {
                    ys = Ys::Abs(y);
                    end = e2;
                }
                let core = match (focus_shift, ys) {
                    (Some(s), Ys::Infer) => Core::Quarter {
                        y: Ys::Rel(s),
                        q: q as u8,
                    },
                    _ => Core::Quarter { y: ys, q: q as u8 },
                };
                let mut x = Expr::new(core);
                x.fiscal = fiscal;
                return Some((end, x));
            }
            return None;
        }
        // Q3 [2019]
        if self.is(j, Kw::Quarter2) {
            if let Some(T::Num(n)) = self.tok(j + 1).map(|t| t.t) {
                let q = n.v as u8;
                if n.digits == 1 && (1..=4).contains(&q) && self.t[j + 1].glued {
                    let mut end = j + 2;
                    let k = self.comma(end);
                    if let Some((y, e2)) = self.year_num(k) {
                        ys = Ys::Abs(y);
                        end = e2;
                    } else if let Some(T::Num(n2)) = self.tok(end).map(|t| t.t) {
                        if n2.digits == 2 && !n2.fancy && self.t[end].hyph {
                            ys = Ys::Abs(short_year(n2.v as u8));
                            end += 1;
                        }
                    }
                    return Some((end, Expr::new(Core::Quarter { y: ys, q })));
                }
            }
            return None;
        }
        // 3Q89, 3Q 1989
        if let Some(T::Num(n)) = self.tok(j).map(|t| t.t) {
            if n.suffix == Suffix::Q && n.digits == 1 && (1..=4).contains(&(n.v as u8)) {
                let mut end = j + 1;
                if let Some((y, e2)) = self.year_num(end) {
                    ys = Ys::Abs(y);
                    end = e2;
                }
                return Some((
                    end,
                    Expr::new(Core::Quarter {
                        y: ys,
                        q: n.v as u8,
                    }),
                ));
            }
        }
        // "the year-ago quarter", "the year-earlier period"
        if let Some(s) = focus_shift {
            if let Some((Unit::Quarter, false)) = self.unit(j) {
                return Some((j + 1, Expr::new(Core::QuarterFocus(s))));
            }
            if self.is(j, Kw::Period) {
                return Some((j + 1, Expr::new(Core::QuarterFocus(s))));
            }
            // bare "year-earlier" / "year-ago" adjective
            return Some((j, Expr::new(Core::YearAgo)));
        }
        // "the 1988 quarter", "the 1989 period"
        if let Ys::Abs(y) = ys {
            if the && (self.unit(j) == Some((Unit::Quarter, false)) || self.is(j, Kw::Period)) {
                return Some((j + 1, Expr::new(Core::QuarterOfYear(y))));
            }
            return None;
        }
        // "the corresponding period last year", "the same quarter a year ago"
        if the
            && (self.word_is(j, "corresponding")
                || self.word_is(j, "comparable")
                || self.is(j, Kw::Same))
            && (self.unit(j + 1) == Some((Unit::Quarter, false)) || self.is(j + 1, Kw::Period))
        {
            let k = j + 2;
            if let Some((Ys::Rel(r), e)) = self.rel_year_tail(k) {
                return Some((e, Expr::new(Core::QuarterFocus(r))));
            }
            if self.is(k, Kw::A)
                && self.unit(k + 1) == Some((Unit::Year, false))
                && matches!(self.kw(k + 2), Some(Kw::Ago | Kw::Earlier))
            {
                return Some((k + 3, Expr::new(Core::QuarterFocus(-1))));
            }
            if self.is(k, Kw::Of)
                && self.is(k + 1, Kw::The)
                && self.is(k + 2, Kw::Previous)
                && self.unit(k + 3) == Some((Unit::Year, false))
            {
                return Some((k + 4, Expr::new(Core::QuarterFocus(-1))));
            }
            return None;
        }
        if the && self.is(j, Kw::Latest) && self.is(j + 1, Kw::Period) {
            return Some((j + 2, Expr::new(Core::LatestPeriod)));
        }
        // "last year's quarter"
        if let Ys::Rel(k) = ys {
            if self.unit(j) == Some((Unit::Quarter, false)) {
                return Some((j + 1, Expr::new(Core::QuarterFocus(k))));
            }
            return None;
        }
        // "the quarter", "the latest quarter", "the current quarter"
        if the {
            let (core, e) = match self.kw(j) {
                Some(Kw::Latest) => (Core::QuarterRel(-1), j + 1),
                Some(Kw::Current) => (Core::QuarterRel(0), j + 1),
                Some(Kw::Previous) => (Core::QuarterRel(-1), j + 1),
                Some(Kw::Coming) | Some(Kw::Next)
                    if self.unit(j + 1) == Some((Unit::Quarter, false)) =>
                {
                    (Core::QuarterRel(1), j + 1)
                }
                _ if self.word_is(j, "most") && self.is(j + 1, Kw::Recent) => {
                    (Core::QuarterRel(-1), j + 2)
                }
                _ => (Core::QuarterFocus(0), j),
            };
            let mut e = e;
            if self.is(e, Kw::Fiscal) {
                e += 1;
            }
            if self.unit(e) == Some((Unit::Quarter, false)) {
                // not "a quarter of the", "the quarter-point"
                if self.is(e + 1, Kw::Of)
                    && !matches!(self.tok(e + 2).map(|t| t.t), Some(T::Num(_)))
                {
                    return None;
                }
                if self.tok(e + 1).is_some_and(|t| t.hyph) {
                    return None;
                }
                // "the quarter ended Sept. 30"
                if core == Core::QuarterFocus(0)
                    && (self.word_is(e + 1, "ended") || self.word_is(e + 1, "ending"))
                {
                    if let Some((_, x)) = self.month_led(e + 2) {
                        if let Core::Date { y, m, d } = x.core {
                            return Some((e + 1, Expr::new(Core::QuarterEnded { y, m, d })));
                        }
                    }
                }
                return Some((e + 1, Expr::new(core)));
            }
        }
        None
    }

    /// "this year's", "last year's", "next year's".
    fn rel_year_poss(&self, i: usize) -> Option<(i32, usize)> {
        let (ys, e) = self.rel_year_tail(i)?;
        if !self.is(e, Kw::Poss) {
            return None;
        }
        match ys {
            Ys::Rel(k) => Some((k, e + 1)),
            _ => None,
        }
    }

    /// "year-ago", "year-earlier", "a year earlier" as adjective: -1.
    fn year_ago_adj(&self, i: usize) -> Option<(i32, usize)> {
        if self.unit(i) == Some((Unit::Year, false))
            && matches!(self.kw(i + 1), Some(Kw::Ago | Kw::Earlier))
            && self.t[i + 1].hyph
        {
            return Some((-1, i + 2));
        }
        None
    }

    fn half_expr(&self, i: usize) -> R {
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
        }
        let mut ys = Ys::Infer;
        if let Some((k, e)) = self.rel_year_poss(j) {
            ys = Ys::Rel(k);
            j = e;
        } else if let Some((y, e)) = self.year_num(j) {
            if matches!(self.t[j].t, T::Num(_)) {
                ys = Ys::Abs(y);
                j = e;
            }
        }
        let h = match ordinal_at(self.t, j) {
            Some((1, e)) => (1, e),
            Some((2, e)) => (2, e),
            _ if self.is(j, Kw::Last) && self.is(j + 1, Kw::Half) => (2, j + 1),
            _ => {
                // H1 2019, 1H
                if self.is(j, Kw::Hq) {
                    if let Some(T::Num(n)) = self.tok(j + 1).map(|t| t.t) {
                        if n.digits == 1 && (n.v == 1.0 || n.v == 2.0) && self.t[j + 1].glued {
                            let mut end = j + 2;
                            if let Some((y, e2)) = self.year_num(end) {
                                ys = Ys::Abs(y);
                                end = e2;
                            }
                            return Some((
                                end,
                                Expr::new(Core::Half {
                                    y: ys,
                                    h: n.v as u8,
                                }),
                            ));
                        }
                    }
                }
                return None;
            }
        };
        let (h, e) = h;
        if !self.is(e, Kw::Half) {
            return None;
        }
        let mut end = e + 1;
        let mut k = end;
        if self.is(k, Kw::Of) {
            k += 1;
            if self.is(k, Kw::Fiscal) {
                k += 1;
            }
            if let Some((y, e2)) = self.year_after_of(k) {
                ys = y.unwrap_or(ys);
                end = e2;
            } else {
                // "the first half of the match": not a date
                return None;
            }
        } else if let Some((y, e2)) = self.year_num(k) {
            if matches!(self.t[k].t, T::Num(_)) && !self.year_is_amount(e2) {
                ys = Ys::Abs(y);
                end = e2;
            }
        } else if ys == Ys::Infer && !self.t[e].hyph {
            // bare "the first half" without a year: only before an
            // earnings-like noun ("first-half profit") or with "of"
            return None;
        }
        Some((end, Expr::new(Core::Half { y: ys, h })))
    }

    // ---------------------------------------------------------------
    // seasons

    fn season_expr(&self, i: usize) -> R {
        let mut j = i;
        let mut ys = Ys::Infer;
        let mut det = false;
        match self.kw(j) {
            Some(Kw::The) => {
                j += 1;
                det = true;
            }
            Some(Kw::Last) => {
                ys = Ys::Last;
                j += 1;
            }
            Some(Kw::Next) | Some(Kw::Coming) => {
                ys = Ys::Next;
                j += 1;
            }
            Some(Kw::This) => {
                ys = Ys::This;
                j += 1;
                if self.is(j, Kw::Past) {
                    ys = Ys::Last;
                    j += 1;
                }
            }
            _ => {}
        }
        if let Some((k, e)) = self.rel_year_poss(j) {
            ys = Ys::Rel(k);
            j = e;
        }
        let Some(Kw::Season(s)) = self.kw(j) else {
            return None;
        };
        let mut end = j + 1;
        // "the summer of 1994", "summer 2008", "the winter of nineteen ninety-four"
        let mut k = end;
        let of = self.is(k, Kw::Of);
        if of {
            k += 1;
        }
        if let Some((y, e)) = self.year_num(k).or_else(|| self.word_year(k)) {
            if !self.year_is_amount(e) {
                return Some((e, Expr::new(Core::Season { y: Ys::Abs(y), s })));
            }
        }
        if let Some((r, e)) = self.rel_year_tail(end) {
            return Some((e, Expr::new(Core::Season { y: r, s })));
        }
        if of {
            // "the fall of Rome", "the spring of discontent"
            if s == 1 || s == 3 {
                return None;
            }
        }
        // ambiguous words need a determiner or a time word before
        if s == 1 || s == 3 {
            let p = if i > 0 { self.prev_word(i) } else { "" };
            let ok = ys != Ys::Infer
                || det
                    && lower_eq(
                        p,
                        &[
                            "in", "during", "since", "until", "by", "this", "that", "through",
                            "over", "for", "before", "after", "of",
                        ],
                    )
                    && !self.is(end, Kw::In)
                || !det
                    && lower_eq(p, &["early", "late", "mid", "each", "every", "since"])
                    && self.t[j].hyph;
            if !ok {
                return None;
            }
            if !det && ys == Ys::Infer && !(i > 0 && self.t[j].hyph) {
                return None;
            }
        } else if self.t[j].cap && !det && ys == Ys::Infer {
            // "Summer Olympics" is fine; "Winter" as a name ("Tom Winter") is not
            if i > 0 && self.t[i - 1].cap && matches!(self.t[i - 1].t, T::Word) {
                return None;
            }
        }
        // "summer" as plural/adjective ok
        if self.tok(end).is_some_and(|t| t.hyph) {
            end = j + 1;
        }
        Some((end, Expr::new(Core::Season { y: ys, s })))
    }

    // ---------------------------------------------------------------
    // deictic: last/this/next + unit or name

    fn deictic(&self, i: usize) -> R {
        let mut j = i;
        let the = self.is(j, Kw::The);
        if the {
            j += 1;
        }
        if the && self.unit(j) == Some((Unit::Weekend, false)) {
            return Some((j + 1, Expr::new(Core::Weekend(Ys::Infer))));
        }
        // "the week of March 6", "the week ended February 25"
        if the && self.unit(j) == Some((Unit::Week, false)) {
            let k = j + 1;
            let linked = self.is(k, Kw::Of)
                || self.word_is(k, "ended")
                || self.word_is(k, "ending")
                || self.word_is(k, "starting")
                || self.word_is(k, "beginning");
            if linked {
                let mut k2 = k + 1;
                if self.is(k2, Kw::On) || self.is(k2, Kw::From) {
                    k2 += 1;
                }
                if let Some((e, x)) = self.month_led(k2).or_else(|| self.day_led(k2)) {
                    if let Core::Date { y, m, d } = x.core {
                        return Some((e, Expr::new(Core::WeekOf { y, m, d })));
                    }
                }
            }
        }
        if self.is(i, Kw::That)
            && self.unit(i + 1) == Some((Unit::Year, false))
            && !self.is(i + 2, Kw::Of)
        {
            return Some((i + 2, Expr::new(Core::ThatYear)));
        }
        // "the full year", "the fiscal year", "the current year", "for the year"
        if the {
            let mut k = j;
            let adj = self.word_is(k, "full")
                || self.is(k, Kw::Fiscal)
                || self.is(k, Kw::Current)
                || self.is(k, Kw::Latest);
            if adj {
                k += 1;
                if self.is(k, Kw::Fiscal) {
                    k += 1;
                }
            }
            if self.unit(k) == Some((Unit::Year, false)) && !self.tok(k + 1).is_some_and(|t| t.hyph)
            {
                let ended = self.word_is(k + 1, "ended")
                    || self.word_is(k + 1, "ending")
                    || self.word_is(k + 1, "through");
                if ended {
                    return Some((
                        k + 1,
                        Expr::new(Core::Duration {
                            n: Some(1.0),
                            unit: Unit::Year,
                        }),
                    ));
                }
                let prep = i > 0
                    && lower_eq(
                        self.prev_word(i),
                        &["for", "in", "during", "through", "throughout"],
                    );
                if (adj || prep)
                    && !self.is(k + 1, Kw::Of)
                    && !matches!(
                        self.tok(k + 1).map(|t| t.t),
                        Some(T::Num(_) | T::NumWord(_))
                    )
                {
                    let mut x = Expr::new(Core::Year(Ys::Rel(0)));
                    x.fiscal = self.is(j, Kw::Fiscal) || self.is(j + 1, Kw::Fiscal);
                    return Some((k + 1, x));
                }
            }
        }
        let (shift, e) = match self.kw(j)? {
            Kw::Last if !the => (-1, j + 1),
            Kw::Next if !the => (1, j + 1),
            Kw::This if !the => {
                if self.is(j + 1, Kw::Past) {
                    (-1, j + 2)
                } else if self.is(j + 1, Kw::Coming) {
                    (1, j + 2)
                } else {
                    (0, j + 1)
                }
            }
            Kw::Past | Kw::Last if the => (-1, j + 1),
            Kw::Previous | Kw::Prior if the => (-1, j + 1),
            Kw::Coming | Kw::Next | Kw::Following if the => (1, j + 1),
            Kw::Current if the => (0, j + 1),
            Kw::Latest if the => (-1, j + 1),
            Kw::Same if the => return None,
            _ => return None,
        };
        let mut e = e;
        let fiscal = self.is(e, Kw::Fiscal);
        if fiscal {
            e += 1;
        }
        let tok = self.tok(e)?;
        let is_last = self.is(j, Kw::Last) || self.is(j, Kw::Past);
        let core = match tok.t {
            T::Unit {
                unit,
                plural: false,
            } => match unit {
                Unit::Year => Core::Year(Ys::Rel(shift)),
                Unit::Month => Core::Month {
                    y: Ys::Rel(shift),
                    m: 0,
                },
                Unit::Week => Core::Week(Ys::Rel(shift)),
                Unit::Weekend => Core::Weekend(Ys::Rel(shift)),
                Unit::Quarter => Core::QuarterRel(shift),
                Unit::Decade => Core::Decade(Ys::Rel(shift)),
                Unit::Century => Core::Century(Ys::Rel(shift)),
                Unit::Night if shift == -1 && !the => {
                    let mut x = Expr::new(Core::DayRel(-1));
                    x.tod = Some(Tod::Part("NI"));
                    return Some((e + 1, x));
                }
                Unit::Day if the && shift != 0 => return None,
                _ => return None,
            },
            T::Month { m, strict } if !the && (tok.cap || !strict) => {
                let y = match shift {
                    -1 => Ys::Last,
                    1 => Ys::Next,
                    _ => Ys::This,
                };
                if let Some((d, e2)) = self.day_at(e + 1) {
                    return Some((e2, Expr::new(Core::Date { y, m, d })));
                }
                Core::Month { y, m }
            }
            T::Weekday {
                wd,
                plural: false,
                strict: false,
            } if !matches!(self.kw(j), Some(Kw::Current | Kw::Latest)) => Core::Weekday {
                wd,
                shift: match shift {
                    -1 => Ys::Last,
                    1 => Ys::Next,
                    _ => Ys::This,
                },
            },
            T::Kw(Kw::Morning | Kw::Afternoon | Kw::Evening) if shift == 0 && !the => {
                let (p, e2) = self.part_of_day(e)?;
                let mut x = Expr::new(Core::DayRel(0));
                x.tod = Some(Tod::Part(p));
                return Some((e2, x));
            }
            _ => return None,
        };
        // "the past year" is fine; "the last year of his life" is not a date
        if the && is_last && self.is(e + 1, Kw::Of) {
            return None;
        }
        // "this week's", fine; "next year's budget" fine
        let mut x = Expr::new(core);
        x.fiscal = fiscal;
        Some((e + 1, x))
    }

    // ---------------------------------------------------------------
    // relative words and references

    fn relative_word(&self, i: usize) -> R {
        let t = self.tok(i)?;
        let k = t.kw()?;
        let one = |c: Core| Some((i + 1, Expr::new(c)));
        // a programme or a title: "BBC Radio 4's Today", "the Today show"
        if matches!(k, Kw::Today | Kw::Tonight | Kw::Now)
            && t.cap
            && i > 0
            && (self.is(i - 1, Kw::Poss)
                || self.is(i - 1, Kw::The)
                || self.t[i - 1].cap && matches!(self.t[i - 1].t, T::Word))
        {
            return None;
        }
        match k {
            Kw::Today => one(Core::DayRel(0)),
            Kw::Yesterday => one(Core::DayRel(-1)),
            Kw::Tomorrow => one(Core::DayRel(1)),
            Kw::Tonight => {
                let mut x = Expr::new(Core::DayRel(0));
                x.tod = Some(Tod::Part("NI"));
                Some((i + 1, x))
            }
            Kw::Now => {
                // "three days from now" is one expression (a duration's tail)
                if i > 1 && self.is(i - 1, Kw::From) && self.unit(i - 2).is_some() {
                    return None;
                }
                if i > 0 && (self.is(i - 1, Kw::Right) || self.is(i - 1, Kw::Just)) {
                    return None;
                }
                one(Core::Ref("PRESENT_REF"))
            }
            Kw::Right if self.is(i + 1, Kw::Now) => {
                Some((i + 2, Expr::new(Core::Ref("PRESENT_REF"))))
            }
            Kw::Currently | Kw::Nowadays => one(Core::Ref("PRESENT_REF")),
            Kw::At if self.is(i + 1, Kw::Present) => {
                Some((i + 2, Expr::new(Core::Ref("PRESENT_REF"))))
            }
            Kw::These if self.unit(i + 1) == Some((Unit::Day, true)) => {
                Some((i + 2, Expr::new(Core::Ref("PRESENT_REF"))))
            }
            Kw::Recently | Kw::Lately => one(Core::Ref("PAST_REF")),
            Kw::Soon => {
                // "as soon as", "soon after" are conjunctions
                if i > 0 && self.word_is(i - 1, "as")
                    || self.word_is(i + 1, "as")
                    || self.is(i + 1, Kw::After)
                {
                    return None;
                }
                one(Core::Ref("SOON"))
            }
            Kw::The => {
                match self.kw(i + 1) {
                    Some(Kw::Past) => {
                        // "the past" alone (not "the past two years", "the past week")
                        match self.tok(i + 2).map(|t| t.t) {
                            Some(T::Unit { .. }) | Some(T::Num(_)) | Some(T::NumWord(_)) => None,
                            Some(T::Kw(
                                Kw::Few | Kw::Several | Kw::Many | Kw::Couple | Kw::A | Kw::Fiscal,
                            )) => None,
                            Some(T::Month { .. })
                            | Some(T::Weekday { .. })
                            | Some(T::Kw(Kw::Season(_))) => None,
                            Some(T::Word) if self.tok(i + 2).is_some_and(|t| t.hyph) => None,
                            _ => Some((i + 2, Expr::new(Core::Ref("PAST_REF")))),
                        }
                    }
                    Some(Kw::Future) => Some((i + 2, Expr::new(Core::Ref("FUTURE_REF")))),
                    Some(Kw::Near) if self.is(i + 2, Kw::Future) => {
                        Some((i + 3, Expr::new(Core::Ref("FUTURE_REF"))))
                    }
                    Some(Kw::Near | Kw::Short | Kw::Long)
                        if self.is(i + 2, Kw::Term) && !self.t[i + 2].hyph =>
                    {
                        // "the short term money market": an adjective
                        if self
                            .tok(i + 3)
                            .is_some_and(|t| t.hyph || matches!(t.t, T::Word | T::Unit { .. }))
                        {
                            return None;
                        }
                        Some((i + 3, Expr::new(Core::Ref("FUTURE_REF"))))
                    }
                    Some(Kw::Other) => None,
                    _ => {
                        let w = self.txt(i + 1);
                        if (w.eq_ignore_ascii_case("foreseeable")
                            || w.eq_ignore_ascii_case("distant")
                            || w.eq_ignore_ascii_case("immediate"))
                            && self.is(i + 2, Kw::Future)
                        {
                            return Some((i + 3, Expr::new(Core::Ref("FUTURE_REF"))));
                        }
                        None
                    }
                }
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------
    // durations, "ago", "from now"

    fn duration_expr(&self, i: usize) -> R {
        let mut j = i;
        let mut the = false;
        let mut lead: Option<Kw> = None;
        if self.is(j, Kw::The) {
            the = true;
            j += 1;
        }
        match self.kw(j) {
            Some(
                k @ (Kw::Past
                | Kw::Last
                | Kw::Next
                | Kw::Coming
                | Kw::Previous
                | Kw::Following
                | Kw::Recent
                | Kw::Latest),
            ) => {
                lead = Some(k);
                j += 1;
            }
            _ => {
                if ordinal_at(self.t, j).is_some_and(|(o, _)| o == 1)
                    || self.word_is(j, "final")
                    || self.word_is(j, "remaining")
                    || self.word_is(j, "additional")
                    || self.word_is(j, "initial")
                {
                    lead = Some(Kw::Other);
                    j += 1;
                }
            }
        }
        if lead.is_some() && self.is(j, Kw::Few) && !self.is(j - 1, Kw::A) {
            // "the past few years"
        }
        let (n, _frac, mut e) = match self.quantity(j) {
            Some(q) => q,
            None => {
                // bare plural unit: "years", "recent months", "the coming weeks"
                let (unit, plural) = self.unit(j)?;
                if !plural {
                    return None;
                }
                let bare_ok = matches!(
                    unit,
                    Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
                ) || lead.is_some();
                if !bare_ok {
                    return None;
                }
                if matches!(
                    unit,
                    Unit::Weekend | Unit::Night | Unit::Second | Unit::Fortnight | Unit::Millennium
                ) {
                    return None;
                }
                // "years of", "for years" ok; "weeks" after a number handled above
                if self.is(j + 1, Kw::Ago) {
                    return Some((j + 2, Expr::new(Core::Ref("PAST_REF"))));
                }
                if self.is(j + 1, Kw::Old) {
                    return None;
                }
                // "recent years", "past years": the past
                if unit == Unit::Year && matches!(lead, Some(Kw::Recent | Kw::Past)) && !the {
                    return Some((j + 1, Expr::new(Core::Ref("PAST_REF"))));
                }
                let mut x = Expr::new(Core::Duration { n: None, unit });
                if the && lead.is_none() && !self.is(j + 1, Kw::Of) {
                    // "the years" alone: ok
                }
                if lead.is_none() && i > 0 && matches!(self.t[i - 1].t, T::Num(_) | T::NumWord(_)) {
                    return None;
                }
                x.modifier = None;
                let mut end = j + 1;
                if self.is(end, Kw::Or) && self.unit(end + 1).is_some_and(|(_, p)| p) {
                    end += 2;
                }
                if self.is(end, Kw::Ahead) {
                    end += 1;
                }
                return Some((end, x));
            }
        };
        // "more" / "trading" / "business" before the unit
        while matches!(self.kw(e), Some(Kw::More | Kw::Trading | Kw::Business))
            || self.word_is(e, "straight")
            || self.word_is(e, "consecutive")
            || self.word_is(e, "additional")
            || self.word_is(e, "full")
        {
            e += 1;
        }
        let (unit, plural) = self.unit(e)?;
        // a rate, not a duration: "$5 a day", "twice a year"
        if self.is(j, Kw::A)
            && j == i
            && i > 0
            && self.after_amount(i)
            && !matches!(
                self.kw(e + 1),
                Some(Kw::Ago | Kw::Earlier | Kw::Later | Kw::Before | Kw::After | Kw::Or)
            )
        {
            return None;
        }
        // "a year-on-year rise", "a year of reconstruction": not durations
        let prep_before = i > 0
            && (matches!(
                self.kw(i - 1),
                Some(
                    Kw::Within
                        | Kw::For
                        | Kw::In
                        | Kw::Over
                        | Kw::After
                        | Kw::Before
                        | Kw::About
                        | Kw::Than
                        | Kw::Nearly
                        | Kw::Almost
                        | Kw::Under
                        | Kw::Around
                        | Kw::Roughly
                        | Kw::Approximately
                        | Kw::Least
                        | Kw::Just
                )
            ) || self.word_is(i - 1, "only"));
        if self.is(j, Kw::A)
            && (self.is(e + 1, Kw::Of) && !prep_before
                || self.tok(e + 1).is_some_and(|t| {
                    t.hyph && !matches!(t.t, T::Kw(Kw::Long | Kw::Old | Kw::Ago | Kw::Earlier))
                }))
        {
            return None;
        }
        // a table column, not a phrase: "profit 568,000     year"
        if let Some(T::Num(num)) = self.tok(j).map(|t| t.t) {
            let gap = self
                .text
                .get(self.t[e - 1].end..self.t[e].start)
                .unwrap_or(" ");
            if !plural && !self.t[e].hyph && (num.fancy || gap.len() > 1) {
                return None;
            }
        }
        // "one second" ok, "a second" is an ordinal; "the first second" no
        if unit == Unit::Second && !plural && n != Some(1.0) {
            return None;
        }
        if unit == Unit::Second && !plural && self.is(j, Kw::A) {
            return None;
        }
        if matches!(unit, Unit::Weekend) {
            return None;
        }
        // singular unit with a number > 1 only as an adjective ("10-year")
        // or "five year" in speech; a year number: "2013 year" no
        if let Some(v) = n {
            if v > 1.0
                && !plural
                && !self.t[e].hyph
                && unit != Unit::Year
                && unit != Unit::Day
                && unit != Unit::Hour
                && unit != Unit::Month
                && unit != Unit::Week
                && unit != Unit::Minute
            {
                return None;
            }
            if let Some(T::Num(num)) = self.tok(j).map(|t| t.t) {
                if num.digits == 4 && !num.fancy && !plural && !self.t[e].hyph {
                    return None;
                }
            }
            if v == 0.0 {
                return None;
            }
        }
        // "three-quarters", "a quarter of": fractions, not periods
        if unit == Unit::Quarter
            && (self.t[e].hyph
                || self.is(j, Kw::A)
                || self.is(e + 1, Kw::Of)
                || n == Some(1.0) && lead.is_none())
        {
            return None;
        }
        // ages: "37 years old", "a 136-year-old bank"
        if self.is(e + 1, Kw::Old) {
            return None;
        }
        let mut n = n;
        let mut end = e + 1;
        // "a minute and a half"
        if let Some((f, e2)) = self.and_a_half(end) {
            n = n.map(|v| v + f);
            end = e2;
        }
        // "or so"
        if self.is(end, Kw::Or) && self.word_is(end + 1, "so") {
            end += 2;
        }
        // ago / from now / earlier / later
        if self.is(end, Kw::Ago) && lead.is_none() {
            if n.is_none() {
                return Some((end + 1, Expr::new(Core::Ref("PAST_REF"))));
            }
            let core = if unit == Unit::Year && n == Some(1.0) {
                Core::YearAgo
            } else {
                Core::Ago { n, unit, sign: -1 }
            };
            return Some((end + 1, Expr::new(core)));
        }
        if self.is(end, Kw::From) && self.is(end + 1, Kw::Now) && lead.is_none() {
            return Some((end + 2, Expr::new(Core::Ago { n, unit, sign: 1 })));
        }
        // "a year earlier"; "a year before" unless it goes on ("a year
        // before the election")
        let before_alone = self.is(end, Kw::Before)
            && !self
                .tok(end + 1)
                .is_some_and(|t| matches!(t.t, T::Kw(Kw::The) | T::Word | T::Num(_)));
        if (self.is(end, Kw::Earlier) || before_alone)
            && lead.is_none()
            && unit == Unit::Year
            && n == Some(1.0)
            && !self.is(j, Kw::Other)
        {
            return Some((end + 1, Expr::new(Core::YearAgo)));
        }
        if matches!(
            self.kw(end),
            Some(Kw::Earlier | Kw::Later | Kw::Before | Kw::After)
        ) && lead.is_none()
            && !self.tok(end).is_some_and(|t| t.hyph)
        {
            // "three days later": a duration (anchored on an event)
            let x = Expr::new(Core::Duration { n, unit });
            return Some((end + 1, x));
        }
        // adjectives: "two-year", "decades-long"
        if self.tok(end).is_some_and(|t| t.hyph) && self.is(end, Kw::Long)
            || self.is(end, Kw::Ahead)
            || self.word_is(end, "running") && plural
        {
            end += 1;
        }
        Some((end, Expr::new(Core::Duration { n, unit })))
    }

    // ---------------------------------------------------------------
    // sets

    fn set_expr(&self, i: usize) -> R {
        let t = self.tok(i)?;
        match t.t {
            T::Kw(Kw::Every | Kw::Each) => {
                let mut j = i + 1;
                let mut n = 1.0;
                if self.word_is(j, "other") {
                    n = 2.0;
                    j += 1;
                } else if let Some((Some(v), _, e)) = self.quantity(j) {
                    if !self.is(j, Kw::A) {
                        n = v;
                        j = e;
                    }
                }
                let tk = self.tok(j)?;
                let v = match tk.t {
                    T::Unit { unit, .. } => {
                        if self.is(j + 1, Kw::Of) {
                            return None;
                        }
                        duration_value(Some(n), unit)
                    }
                    T::Weekday {
                        wd, strict: false, ..
                    } => {
                        if let Some((p, e)) = self.part_of_day(j + 1) {
                            return Some((e, Expr::new(Core::Set(format!("XXXX-WXX-{wd}T{p}")))));
                        }
                        format!("XXXX-WXX-{wd}")
                    }
                    T::Month { m, strict } if !strict || tk.cap => format!("XXXX-{m:02}"),
                    T::Kw(Kw::Season(s)) => format!("XXXX-{}", season_code(s)),
                    T::Kw(Kw::Morning | Kw::Afternoon | Kw::Evening) => {
                        let (p, e) = self.part_of_day(j)?;
                        return Some((e, Expr::new(Core::Set(format!("T{p}")))));
                    }
                    _ => return None,
                };
                Some((j + 1, Expr::new(Core::Set(v))))
            }
            T::Kw(
                k @ (Kw::Daily
                | Kw::Weekly
                | Kw::Monthly
                | Kw::Annually
                | Kw::Yearly
                | Kw::Quarterly
                | Kw::Hourly
                | Kw::Nightly),
            ) => {
                // "annual" (adjective) is too loose; "Daily Mail", "China Daily"
                if self.word_is(i, "annual") {
                    return None;
                }
                if t.cap {
                    let next_cap = self
                        .tok(i + 1)
                        .is_some_and(|n| n.cap && matches!(n.t, T::Word));
                    let prev_cap = i > 0 && self.t[i - 1].cap && matches!(self.t[i - 1].t, T::Word);
                    if next_cap || prev_cap {
                        return None;
                    }
                }
                if i > 0
                    && (self.is(i - 1, Kw::The)
                        || self.is(i - 1, Kw::A)
                        || lower_eq(
                            self.txt(i - 1),
                            &[
                                "its", "their", "his", "her", "our", "initial", "average", "first",
                                "regular", "usual",
                            ],
                        ))
                {
                    return None;
                }
                if self
                    .tok(i + 1)
                    .is_some_and(|n| n.cap && matches!(n.t, T::Word))
                {
                    return None;
                }
                // adjective before a noun: "daily flights", "quarterly dividend"
                if self
                    .tok(i + 1)
                    .is_some_and(|n| matches!(n.t, T::Word | T::Unit { .. }) && !n.cap)
                    && !lower_eq(
                        self.txt(i + 1),
                        &[
                            "since", "until", "through", "for", "from", "in", "on", "at", "by",
                        ],
                    )
                {
                    return None;
                }
                let v = match k {
                    Kw::Daily => "P1D",
                    Kw::Weekly => "P1W",
                    Kw::Monthly => "P1M",
                    Kw::Annually | Kw::Yearly => "P1Y",
                    Kw::Quarterly => "P3M",
                    Kw::Hourly => "PT1H",
                    _ => "XXXX-XX-XXTNI",
                };
                Some((i + 1, Expr::new(Core::Set(v.to_string()))))
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------
    // holidays

    fn holiday(&self, i: usize) -> R {
        let t = self.tok(i)?;
        let lw = |k: usize| self.txt(k).to_ascii_lowercase();
        let day_after = |k: usize| -> usize {
            if self.unit(k) == Some((Unit::Day, false)) && self.t[k].cap {
                k + 1
            } else {
                k
            }
        };
        let (h, e) = match t.t {
            T::Kw(Kw::Holiday(1)) => {
                if self.is(i + 1, Kw::Eve) {
                    (Hol::Fixed(12, 24), i + 2)
                } else {
                    (Hol::Fixed(12, 25), day_after(i + 1))
                }
            }
            T::Kw(Kw::Holiday(2)) => (Hol::Thanksgiving, day_after(i + 1)),
            T::Kw(Kw::Holiday(3)) => (Hol::Fixed(10, 31), i + 1),
            T::Kw(Kw::Holiday(4)) if t.cap => {
                let e = if matches!(self.tok(i + 1).map(|t| t.t), Some(T::Weekday { wd: 7, .. })) {
                    i + 2
                } else {
                    i + 1
                };
                (Hol::Easter, e)
            }
            T::Kw(Kw::HolLead) if t.cap => {
                let w = lw(i);
                let two = |h: Hol| -> Option<(Hol, usize)> {
                    (self.unit(i + 1) == Some((Unit::Day, false)) && self.t[i + 1].cap)
                        .then_some((h, i + 2))
                };
                let poss_day = |h: Hol| -> Option<(Hol, usize)> {
                    (self.is(i + 1, Kw::Poss)
                        && self.unit(i + 2) == Some((Unit::Day, false))
                        && self.t[i + 2].cap)
                        .then_some((h, i + 3))
                };
                let r = match w.as_str() {
                    "labor" | "labour" => two(Hol::LaborDay),
                    "memorial" => two(Hol::MemorialDay),
                    "independence" => two(Hol::Fixed(7, 4)),
                    "veterans" => two(Hol::Fixed(11, 11)).or_else(|| poss_day(Hol::Fixed(11, 11))),
                    "election" => two(Hol::ElectionDay),
                    "boxing" => two(Hol::Fixed(12, 26)),
                    "valentine" => poss_day(Hol::Fixed(2, 14)),
                    "mother" => poss_day(Hol::MothersDay),
                    "father" => poss_day(Hol::FathersDay),
                    "new"
                        if self.unit(i + 1) == Some((Unit::Year, false))
                            && self.is(i + 2, Kw::Poss) =>
                    {
                        if self.unit(i + 3) == Some((Unit::Day, false)) {
                            Some((Hol::Fixed(1, 1), i + 4))
                        } else if self.is(i + 3, Kw::Eve) {
                            Some((Hol::Fixed(12, 31), i + 4))
                        } else {
                            None
                        }
                    }
                    "good"
                        if matches!(
                            self.tok(i + 1).map(|t| t.t),
                            Some(T::Weekday { wd: 5, .. })
                        ) =>
                    {
                        Some((Hol::GoodFriday, i + 2))
                    }
                    "presidents" if self.unit(i + 1) == Some((Unit::Day, false)) => {
                        Some((Hol::PresidentsDay, i + 2))
                    }
                    _ => None,
                };
                r?
            }
            // "July Fourth", "the Fourth of July" handled via dates
            T::Month { m: 7, .. }
                if matches!(self.tok(i + 1).map(|t| t.t), Some(T::OrdWord(4)))
                    && self.t[i + 1].cap =>
            {
                (Hol::Fixed(7, 4), i + 2)
            }
            _ => return None,
        };
        let mut end = e;
        let mut ys = Ys::Infer;
        if let Some((y, e2)) = self.year_in_digits(self.comma(end)) {
            ys = Ys::Abs(y);
            end = e2;
        }
        Some((end, Expr::new(Core::Holiday { y: ys, h })))
    }

    // ---------------------------------------------------------------
    // times of day

    /// A clock time at `i`: `10:30 a.m.`, `5 p.m.`, `5pm`, `noon`,
    /// `1500 GMT`, `seven o'clock`. Returns (hour, minute, end).
    fn clock(&self, i: usize) -> Option<(u8, u8, usize)> {
        let t = self.tok(i)?;
        let (mut h, m, mut e, explicit) = match t.t {
            T::Clock { h, m, .. } => (h, m, i + 1, true),
            // "12 noon"
            T::Num(n) if n.v == 12.0 && !n.fancy && self.is(i + 1, Kw::Noon) => {
                return Some((12, 0, i + 2));
            }
            // British style "2.30pm", "10.15 BST": only with am/pm or a zone
            T::Num(n) if n.fancy && n.digits <= 2 && n.suffix == Suffix::None => {
                let txt = self.txt(i);
                let (hh, mm) = txt.split_once('.')?;
                let (hh, mm): (u8, u8) = (hh.parse().ok()?, mm.parse().ok()?);
                if txt.len() - hh.to_string().len() != 3 || hh > 24 || mm > 59 {
                    return None;
                }
                if !matches!(self.kw(i + 1), Some(Kw::Am | Kw::Pm | Kw::Tz)) {
                    return None;
                }
                (hh, mm, i + 1, true)
            }
            T::Num(n)
                if !n.fancy
                    && n.suffix == Suffix::None
                    && n.digits <= 2
                    && n.v >= 1.0
                    && n.v <= 12.0 =>
            {
                (n.v as u8, 0, i + 1, false)
            }
            T::Num(n) if !n.fancy && n.suffix == Suffix::None && n.digits == 4 => {
                // 1500 GMT, 0930 local time
                let v = n.v as u32;
                let (hh, mm) = (v / 100, v % 100);
                if hh > 24 || mm > 59 {
                    return None;
                }
                let tz = self.is(i + 1, Kw::Tz)
                    || self.word_is(i + 1, "local") && self.is(i + 2, Kw::Time)
                    || (self.unit(i + 1) == Some((Unit::Hour, true))
                        && self.word_is(i + 1, "hours")
                        && self.prev_word(i).eq_ignore_ascii_case("at"));
                if !tz {
                    return None;
                }
                let mut e = i + 2;
                if self.word_is(i + 1, "local") {
                    e = i + 3;
                }
                return Some((hh as u8, mm as u8, e));
            }
            T::NumWord(v @ 1..=12) => (v as u8, 0, i + 1, false),
            T::Kw(k @ (Kw::Noon | Kw::Midday | Kw::Midnight)) => {
                let h = if k == Kw::Midnight { 24 } else { 12 };
                let p = self.prev_word(i);
                let ok = lower_eq(
                    p,
                    &[
                        "at",
                        "by",
                        "until",
                        "till",
                        "before",
                        "after",
                        "around",
                        "about",
                        "from",
                        "to",
                        "past",
                        "since",
                        "near",
                        "approximately",
                    ],
                ) || self.tok(i + 1).is_some_and(|t| {
                    matches!(
                        t.t,
                        T::Weekday { .. }
                            | T::Kw(Kw::Today | Kw::Yesterday | Kw::Tomorrow | Kw::Tz)
                            | T::Month { .. }
                    )
                });
                return ok.then_some((h, 0, i + 1));
            }
            _ => return None,
        };
        let mut ampm = false;
        match self.kw(e) {
            Some(Kw::Am) => {
                if h == 12 {
                    h = 0;
                }
                ampm = true;
                e += 1;
            }
            Some(Kw::Pm) => {
                if h < 12 {
                    h += 12;
                }
                ampm = true;
                e += 1;
            }
            _ => {}
        }
        if !ampm {
            // "seven o'clock"
            if self.word_is(e, "o") && self.is_p(e + 1, '\'') && self.word_is(e + 2, "clock") {
                e += 3;
                ampm = true;
            } else if self.word_is(e, "o'clock") {
                e += 1;
                ampm = true;
            }
        }
        if !explicit && !ampm {
            // "9 in the morning"
            if self.is(e, Kw::In) && self.is(e + 1, Kw::The) {
                match self.kw(e + 2) {
                    Some(Kw::Morning) => return Some((h % 12, m, e + 3)),
                    Some(Kw::Afternoon | Kw::Evening) => {
                        return Some((if h < 12 { h + 12 } else { h }, m, e + 3))
                    }
                    _ => {}
                }
            }
            return None;
        }
        if explicit && !ampm {
            // a bare h:mm needs a time context to not be a score or ratio
            let p = self.prev_word(i);
            let tz = self.is(e, Kw::Tz);
            if !(tz
                || lower_eq(
                    p,
                    &[
                        "at", "by", "until", "till", "from", "to", "around", "about", "before",
                        "after", "since", "@",
                    ],
                )
                || h >= 13)
            {
                return None;
            }
        }
        // time zone
        if self.is(e, Kw::Tz) {
            e += 1;
        } else if self.is_p(e, '(') && self.is(e + 1, Kw::Tz) && self.is_p(e + 2, ')') {
            e += 3;
        }
        Some((h, m, e))
    }

    /// A day expression that can carry a time: weekday, today, date.
    fn day_for_time(&self, i: usize) -> R {
        if let Some(r) = self.weekday_led(i) {
            if r.1.is_day() && r.1.tod.is_none() {
                return Some(r);
            }
        }
        if let Some(r) = self.relative_word(i) {
            if r.1.is_day() && r.1.tod.is_none() {
                return Some(r);
            }
        }
        if let Some(r) = self
            .month_led(i)
            .or_else(|| self.day_led(i))
            .or_else(|| self.numeric_date(i))
        {
            if r.1.is_day() {
                return Some(r);
            }
        }
        None
    }

    fn time_expr(&self, i: usize) -> R {
        let (h, m, e) = self.clock(i)?;
        let mut x = Expr::new(Core::TimeOnly);
        x.tod = Some(Tod::Clock(h, m));
        let mut end = e;
        // "5 p.m. Wednesday", "10 a.m. EST Tuesday", "noon Thursday",
        // "5 p.m. on Friday", "9 a.m. yesterday"
        let mut k = self.comma(e);
        if self.is(k, Kw::On) {
            k += 1;
        }
        if let Some((e2, day)) = self.day_for_time(k) {
            x.core = day.core;
            x.weekday = day.weekday;
            end = e2;
        }
        Some((end, x))
    }

    // ---------------------------------------------------------------
    // modifiers

    /// Quantity modifiers before durations and times.
    fn quant_mod(&self, i: usize) -> Option<(&'static str, usize)> {
        let k = self.kw(i)?;
        Some(match k {
            Kw::More | Kw::Less if self.is(i + 1, Kw::Than) => (
                if k == Kw::More {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                },
                i + 2,
            ),
            Kw::No
                if matches!(self.kw(i + 1), Some(Kw::More | Kw::Less))
                    && self.is(i + 2, Kw::Than) =>
            {
                (
                    if self.is(i + 1, Kw::More) {
                        "EQUAL_OR_LESS"
                    } else {
                        "EQUAL_OR_MORE"
                    },
                    i + 3,
                )
            }
            Kw::At if self.is(i + 1, Kw::Least) => ("EQUAL_OR_MORE", i + 2),
            Kw::At if self.word_is(i + 1, "most") => ("EQUAL_OR_LESS", i + 2),
            Kw::Up if self.is(i + 1, Kw::To) => ("EQUAL_OR_LESS", i + 2),
            Kw::Over => ("MORE_THAN", i + 1),
            Kw::Under => ("LESS_THAN", i + 1),
            Kw::Nearly | Kw::Almost => ("LESS_THAN", i + 1),
            Kw::About | Kw::Around | Kw::Roughly | Kw::Approximately => ("APPROX", i + 1),
            Kw::Some
                if matches!(
                    self.tok(i + 1).map(|t| t.t),
                    Some(T::Num(_) | T::NumWord(_))
                ) =>
            {
                ("APPROX", i + 1)
            }
            Kw::Within => ("EQUAL_OR_LESS", i + 1),
            _ => return None,
        })
    }

    /// Position modifiers before points in time.
    fn pos_mod(&self, i: usize) -> Option<(&'static str, usize)> {
        let k = self.kw(i)?;
        match k {
            Kw::Early => Some(("START", i + 1)),
            Kw::Late => Some(("END", i + 1)),
            Kw::Mid => Some(("MID", i + 1)),
            Kw::Earlier | Kw::Later => {
                // "earlier this year", "later this month", "earlier today"
                match self.kw(i + 1) {
                    Some(
                        Kw::This
                        | Kw::Today
                        | Kw::Yesterday
                        | Kw::Tomorrow
                        | Kw::Tonight
                        | Kw::Next
                        | Kw::Last
                        | Kw::That,
                    ) => Some(("", i + 1)),
                    // "earlier in the week": the unit is read after "in"
                    Some(Kw::In) if self.is(i + 2, Kw::The) && self.unit(i + 3).is_some() => {
                        Some(("", i + 2))
                    }
                    _ if matches!(
                        self.tok(i + 1).map(|t| t.t),
                        Some(T::Weekday { plural: false, .. })
                    ) =>
                    {
                        Some(("", i + 1))
                    }
                    _ => None,
                }
            }
            Kw::The | Kw::At | Kw::By | Kw::In => {
                let j = if k == Kw::The {
                    i
                } else if self.is(i + 1, Kw::The) {
                    i + 1
                } else {
                    return None;
                };
                let m = match self.kw(j + 1)? {
                    Kw::End => "END",
                    Kw::Beginning | Kw::Start => "START",
                    Kw::Middle => "MID",
                    _ => return None,
                };
                if !self.is(j + 2, Kw::Of) {
                    return None;
                }
                Some((m, j + 3))
            }
            _ => None,
        }
    }

    /// Year-end forms: `year-end`, `year end`, `year's end`, `the end of
    /// the year`, `the end of the month`.
    fn period_end(&self, i: usize) -> R {
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
        }
        if self.unit(j) == Some((Unit::Year, false)) {
            let e = if self.is(j + 1, Kw::End) && !self.tok(j + 2).is_some_and(|t| t.hyph) {
                j + 2
            } else if self.is(j + 1, Kw::Poss) && self.is(j + 2, Kw::End) {
                j + 3
            } else {
                return None;
            };
            let mut x = Expr::new(Core::Year(Ys::Rel(0)));
            x.modifier = Some("END");
            return Some((e, x));
        }
        None
    }
}

/// The TIMEX3 duration value for `n` units (None: unknown number).
pub fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let (time, letter, mult) = match unit {
        Unit::Second => (true, "S", 1.0),
        Unit::Minute => (true, "M", 1.0),
        Unit::Hour => (true, "H", 1.0),
        Unit::Day | Unit::Night => (false, "D", 1.0),
        Unit::Week => (false, "W", 1.0),
        Unit::Weekend => (false, "WE", 1.0),
        Unit::Fortnight => (false, "W", 2.0),
        Unit::Month => (false, "M", 1.0),
        Unit::Quarter => (false, "Q", 1.0),
        Unit::Year => (false, "Y", 1.0),
        Unit::Decade => (false, "Y", 10.0),
        Unit::Century => (false, "Y", 100.0),
        Unit::Millennium => (false, "Y", 1000.0),
    };
    let p = if time { "PT" } else { "P" };
    let Some(n) = n else {
        let l = match unit {
            Unit::Decade => "Y",
            Unit::Century => "C",
            Unit::Millennium => "L",
            _ => letter,
        };
        return format!("{p}X{l}");
    };
    let v = n * mult;
    if v.fract() == 0.0 {
        return format!("{p}{}{letter}", v as i64);
    }
    // halves as the next smaller unit: P1Y6M, PT1H30M, PT1M30S, P1DT12H
    let whole = v.trunc() as i64;
    let half = (v.fract() - 0.5).abs() < 1e-9;
    if half {
        let w = |s: String| if whole > 0 { s } else { String::new() };
        match unit {
            Unit::Year => return format!("P{}6M", w(format!("{whole}Y"))),
            Unit::Hour => return format!("PT{}30M", w(format!("{whole}H"))),
            Unit::Minute => return format!("PT{}30S", w(format!("{whole}M"))),
            Unit::Day => return format!("P{}T12H", w(format!("{whole}D"))),
            _ => {}
        }
    }
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{p}{s}{letter}")
}

/// TIMEX season code for 1..4.
pub fn season_code(s: u8) -> &'static str {
    match s {
        1 => "SP",
        2 => "SU",
        3 => "FA",
        _ => "WI",
    }
}

/// Two-digit year to four digits (1930-2029 window; resolution may
/// re-anchor it).
pub fn short_year(yy: u8) -> i32 {
    if yy < 30 {
        2000 + i32::from(yy)
    } else {
        1900 + i32::from(yy)
    }
}

fn days_in(m: u8) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether token `i` can start an expression: a cheap filter (one token
/// of lookahead) before trying every rule.
pub fn can_start(toks: &[Tok], i: usize) -> bool {
    let next = toks.get(i + 1).map(|t| t.t);
    match toks[i].t {
        T::Word | T::P(_) => false,
        T::Kw(Kw::The) => matches!(
            next,
            Some(
                T::Unit { .. }
                    | T::Month { .. }
                    | T::Weekday { .. }
                    | T::Num(_)
                    | T::OrdWord(_)
                    | T::NumWord(_)
                    | T::Short { .. }
                    | T::Kw(
                        Kw::Past
                            | Kw::Last
                            | Kw::Next
                            | Kw::Coming
                            | Kw::Previous
                            | Kw::Prior
                            | Kw::Following
                            | Kw::Current
                            | Kw::Latest
                            | Kw::Future
                            | Kw::Near
                            | Kw::Short
                            | Kw::Long
                            | Kw::Season(_)
                            | Kw::Fiscal
                            | Kw::Early
                            | Kw::Mid
                            | Kw::Late
                            | Kw::End
                            | Kw::Beginning
                            | Kw::Start
                            | Kw::Middle
                            | Kw::Same
                            | Kw::Few
                            | Kw::Several
                            | Kw::Recent
                            | Kw::Adj
                            | Kw::Most
                            | Kw::DecadeWord(_)
                            | Kw::Holiday(_)
                    )
            )
        ),
        T::Kw(Kw::A) => matches!(
            next,
            Some(
                T::NumWord(_)
                    | T::Unit { .. }
                    | T::Kw(Kw::Couple | Kw::Few | Kw::Dozen | Kw::Half | Kw::Adj)
            )
        ),
        T::Kw(Kw::At | Kw::By | Kw::In) => {
            matches!(
                next,
                Some(T::Kw(Kw::The | Kw::Present | Kw::Least | Kw::Most))
            )
        }
        T::Kw(
            Kw::Of
            | Kw::And
            | Kw::Or
            | Kw::To
            | Kw::On
            | Kw::For
            | Kw::From
            | Kw::Than
            | Kw::Poss
            | Kw::Since
            | Kw::Until
            | Kw::Before
            | Kw::After
            | Kw::During
            | Kw::Through
            | Kw::Then
            | Kw::Other
            | Kw::Adj
            | Kw::Time
            | Kw::Period
            | Kw::Term
            | Kw::Old
            | Kw::Ago,
        ) => false,
        _ => true,
    }
}

/// Whether "the year/month/week/quarter" is at `j` (after "the end of").
fn self_is_the_unit(p: &P<'_>, j: usize) -> Option<(usize, Core)> {
    if !p.is(j, Kw::The) {
        return None;
    }
    let core = match p.unit(j + 1)? {
        (Unit::Year, false) => Core::Year(Ys::Rel(0)),
        (Unit::Month, false) => Core::Month {
            y: Ys::Rel(0),
            m: 0,
        },
        (Unit::Week, false) => Core::Week(Ys::Rel(0)),
        (Unit::Quarter, false) => Core::QuarterFocus(0),
        (Unit::Decade, false) => Core::Decade(Ys::Rel(0)),
        (Unit::Century, false) => Core::Century(Ys::Rel(0)),
        _ => return None,
    };
    Some((j + 2, core))
}

/// Parses the longest expression starting at token `i`.
pub fn parse(toks: &[Tok], i: usize, text: &str, opts: &DateOptions) -> Option<Parsed> {
    let p = P {
        t: toks,
        text,
        opts,
    };
    // modifiers first
    let (qmod, j) = match p.quant_mod(i) {
        Some((m, e)) => (Some(m), e),
        None => (None, i),
    };
    if let Some(m) = qmod {
        if let Some((e, mut x)) = p.core(j) {
            if matches!(
                x.core,
                Core::Duration { .. } | Core::Ago { .. } | Core::YearAgo | Core::TimeOnly
            ) || x.tod.is_some() && matches!(x.core, Core::TimeOnly)
            {
                if x.modifier.is_none() {
                    x.modifier = Some(m);
                }
                return Some(Parsed { end: e, expr: x });
            }
        }
    }
    if let Some((m, j)) = p.pos_mod(i) {
        if let Some((e, mut x)) = p.core(j) {
            if x.is_point() {
                if !m.is_empty() {
                    x.modifier = Some(m);
                }
                return Some(Parsed { end: e, expr: x });
            }
        }
        // "the end of the year", "the beginning of the month"
        if let Some((e, core)) = self_is_the_unit(&p, j) {
            let mut x = Expr::new(core);
            if !m.is_empty() {
                x.modifier = Some(m);
            }
            return Some(Parsed { end: e, expr: x });
        }
    }
    let (e, x) = p.core(i)?;
    Some(Parsed { end: e, expr: x })
}

impl P<'_> {
    /// The longest core expression at `i`, with a time attached if any.
    fn core(&self, i: usize) -> R {
        let t = self.tok(i)?;
        let mut best: R = None;
        let mut take = |r: R| {
            if let Some((e, x)) = r {
                if best.as_ref().is_none_or(|(be, _)| e > *be) {
                    best = Some((e, x));
                }
            }
        };
        match t.t {
            T::Month { .. } => {
                take(self.month_led(i));
                take(self.holiday(i));
            }
            T::Weekday { .. } => take(self.weekday_led(i)),
            T::Num(n) => {
                if n.suffix == Suffix::Ord || n.digits <= 2 {
                    take(self.day_led(i));
                    take(self.century_expr(i));
                }
                take(self.numeric_date(i));
                take(self.year_expr(i));
                take(self.decade_expr(i));
                take(self.quarter_expr(i));
                take(self.half_expr(i));
                take(self.duration_expr(i));
                take(self.time_expr(i));
            }
            T::NumDate { .. } | T::Slash { .. } => {
                take(self.numeric_date(i));
                take(self.duration_expr(i));
            }
            T::Clock { .. } => take(self.time_expr(i)),
            T::Short { .. } => {
                take(self.year_expr(i));
                take(self.decade_expr(i));
            }
            T::NumWord(_) => {
                take(self.duration_expr(i));
                take(self.time_expr(i));
                take(self.year_expr(i));
            }
            T::OrdWord(_) | T::Unit { .. } => {
                take(self.day_led(i));
                take(self.century_expr(i));
                take(self.quarter_expr(i));
                take(self.half_expr(i));
                take(self.duration_expr(i));
                take(self.period_end(i));
            }
            T::Kw(k) => match k {
                Kw::The => {
                    take(self.day_led(i));
                    take(self.year_expr(i));
                    take(self.decade_expr(i));
                    take(self.century_expr(i));
                    take(self.quarter_expr(i));
                    take(self.half_expr(i));
                    take(self.season_expr(i));
                    take(self.deictic(i));
                    take(self.relative_word(i));
                    take(self.duration_expr(i));
                    take(self.period_end(i));
                }
                Kw::That => take(self.deictic(i)),
                Kw::Last | Kw::Next | Kw::This | Kw::Coming => {
                    take(self.season_expr(i));
                    take(self.deictic(i));
                    take(self.quarter_expr(i));
                    take(self.half_expr(i));
                    take(self.duration_expr(i));
                }
                Kw::Past | Kw::Previous | Kw::Following | Kw::Recent | Kw::Latest => {
                    take(self.duration_expr(i))
                }
                Kw::Fiscal | Kw::Fy => {
                    take(self.year_expr(i));
                    take(self.quarter_expr(i));
                }
                Kw::Quarter2 => take(self.quarter_expr(i)),
                Kw::Hq => take(self.half_expr(i)),
                Kw::Season(_) => take(self.season_expr(i)),
                Kw::Holiday(_) | Kw::HolLead => take(self.holiday(i)),
                Kw::Every
                | Kw::Each
                | Kw::Daily
                | Kw::Weekly
                | Kw::Monthly
                | Kw::Annually
                | Kw::Yearly
                | Kw::Quarterly
                | Kw::Hourly
                | Kw::Nightly
                | Kw::Per => take(self.set_expr(i)),
                Kw::A => {
                    take(self.set_expr(i));
                    take(self.duration_expr(i));
                }
                Kw::Few | Kw::Several | Kw::Many | Kw::Some | Kw::Half => {
                    take(self.duration_expr(i))
                }
                Kw::Noon | Kw::Midday | Kw::Midnight => take(self.time_expr(i)),
                Kw::Morning | Kw::Afternoon | Kw::Evening => {
                    if let Some((p, e)) = self.part_of_day(i) {
                        if let Some((e2, mut d)) = self.day_for_time(e) {
                            if d.tod.is_none() {
                                d.tod = Some(Tod::Part(p));
                                take(Some((e2, d)));
                            }
                        }
                    }
                }
                Kw::Today
                | Kw::Yesterday
                | Kw::Tomorrow
                | Kw::Tonight
                | Kw::Now
                | Kw::Right
                | Kw::Currently
                | Kw::Nowadays
                | Kw::At
                | Kw::These
                | Kw::Recently
                | Kw::Lately
                | Kw::Previously
                | Kw::Soon => take(self.relative_word(i)),
                _ => {}
            },
            _ => {}
        }
        let (e, mut x) = best?;
        // attach a part of day or a time after a day: "Thursday evening",
        // "yesterday afternoon", "Friday at 5 p.m.", "today at noon"
        let mut end = e;
        if x.is_day() && x.tod.is_none() {
            if let Some((p, e2)) = self.part_of_day(e) {
                let plural = self.txt(e2 - 1).ends_with('s');
                if !plural {
                    x.tod = Some(Tod::Part(p));
                    end = e2;
                }
            } else {
                let mut k = self.comma(e);
                if matches!(self.kw(k), Some(Kw::At | Kw::Around | Kw::About | Kw::By)) {
                    k += 1;
                }
                if let Some((h, m, e2)) = self.clock(k) {
                    if k > e
                        || !matches!(self.t[k].t, T::Num(_) | T::NumWord(_))
                        || matches!(self.kw(e2 - 1), Some(Kw::Am | Kw::Pm | Kw::Tz))
                    {
                        x.tod = Some(Tod::Clock(h, m));
                        end = e2;
                    }
                }
            }
        }
        Some((end, x))
    }
}
