//! Resolution: from an [`Expr`] and the publication date to a TIMEX3
//! value.
//!
//! Relative and partial expressions ("Friday", "May 7", "last year") are
//! resolved against the anchor (the publication date). When a year or an
//! occurrence is not said, the tense around the mention decides: a
//! weekday in a past-tense sentence is the latest one on or before the
//! anchor, in a future-tense sentence the next one. Without an anchor the
//! value keeps `X` placeholders (`XXXX-05-07`, `XXXX-WXX-5`).

use jiff::civil::Date;
use jiff::ToSpan;

use super::grammar::{duration_value, season_code, Core, Expr, Hol, Tod, Ys};
use super::lex::Unit;

/// Tense of the clause around a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// A past auxiliary or a past verb.
    Past,
    /// "will", "shall": strong enough to move a weekday forward.
    Future,
    /// "due", "payable", "expects", "would": enough for a month or a day
    /// of the month, not for a weekday.
    WeakFuture,
    /// No marker.
    Unknown,
}

/// Per-document state that resolution reads and updates.
#[derive(Debug, Clone, Default)]
pub struct Focus {
    /// The last quarter the text named (year, quarter) and the sentence.
    pub quarter: Option<(i32, u8, usize)>,
    /// The last year the text named explicitly.
    pub year: Option<i32>,
}

/// A resolved value.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub value: String,
    pub kind: &'static str,
    pub granularity: &'static str,
    pub date: Option<Date>,
    pub relative: bool,
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn month_add(y: i32, m: i32, k: i32) -> (i32, i32) {
    let t = y * 12 + (m - 1) + k;
    (t.div_euclid(12), t.rem_euclid(12) + 1)
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn week_value(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn monday_of(d: Date) -> Option<Date> {
    add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))
}

fn quarter_of(m: i32) -> i32 {
    (m - 1) / 3 + 1
}

/// The quarter `k` quarters after quarter `q` of year `y`.
fn quarter_add(y: i32, q: i32, k: i32) -> (i32, i32) {
    let t = y * 4 + (q - 1) + k;
    (t.div_euclid(4), t.rem_euclid(4) + 1)
}

/// Without a tense cue, a date without a year is the occurrence in the
/// next three months or the nine before (news reports more than it
/// announces), in days of 31 per month. Tuned on TimeBank and AQUAINT: a
/// symmetric six-month window scored 0.3 F1 lower.
fn ahead_back() -> (i32, i32) {
    (3 * 31, 9 * 31)
}

/// The year of the `unit`-th month or season of the yearly cycle, seen
/// from an anchor whose current unit is `cur` in cycle-year `cy`: "last
/// May" is the latest May before the anchor, "next spring" the first one
/// after it; without "last"/"next", a past tense takes the latest (the
/// current one included) and a future tense the first. None for "this" and
/// for an unknown tense, which the caller settles.
fn cycle_year(
    y: Ys,
    tense: &mut dyn FnMut() -> Tense,
    unit: i32,
    cur: i32,
    cy: i32,
) -> Option<i32> {
    match y {
        Ys::Last => Some(if unit < cur { cy } else { cy - 1 }),
        Ys::Next => Some(if unit > cur { cy } else { cy + 1 }),
        Ys::This => None,
        _ => match tense() {
            Tense::Past => Some(if unit <= cur { cy } else { cy - 1 }),
            Tense::Future | Tense::WeakFuture => Some(if unit >= cur { cy } else { cy + 1 }),
            Tense::Unknown => None,
        },
    }
}

/// Year for a month-day without one, from the tense.
fn infer_year_md(a: Date, m: i32, d: i32, tense: Tense) -> i32 {
    let ay = i32::from(a.year());
    let (am, ad) = (i32::from(a.month()), i32::from(a.day()));
    // days from the anchor to (m, d) of the anchor's year, roughly
    let diff = (m - am) * 31 + (d - ad);
    match tense {
        // a past date may be a few days after the anchor (time zones,
        // announced deadlines); a future one a month before (a deadline
        // that just passed)
        Tense::Past => {
            if diff <= 14 {
                ay
            } else {
                ay - 1
            }
        }
        Tense::Future | Tense::WeakFuture => {
            if diff >= -31 {
                ay
            } else {
                ay + 1
            }
        }
        Tense::Unknown => {
            let (ahead, back) = ahead_back();
            if diff > ahead {
                ay - 1
            } else if diff < -back {
                ay + 1
            } else {
                ay
            }
        }
    }
}

fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month, day)
}

/// nth (1-based; -1 = last) weekday (Monday = 1) of a month.
fn nth_weekday(y: i32, m: i32, wd: i32, n: i32) -> Option<Date> {
    if n > 0 {
        let first = ymd(y, m, 1)?;
        let off = (wd - 1 - i32::from(first.weekday().to_monday_zero_offset())).rem_euclid(7);
        add_days(first, i64::from(off + (n - 1) * 7))
    } else {
        let last = ymd(y, m, 1)?.last_of_month();
        let off = (i32::from(last.weekday().to_monday_zero_offset()) - (wd - 1)).rem_euclid(7);
        add_days(last, -i64::from(off))
    }
}

fn holiday_date(h: Hol, y: i32) -> Option<Date> {
    match h {
        Hol::Fixed(m, d) => ymd(y, i32::from(m), i32::from(d)),
        Hol::Thanksgiving => nth_weekday(y, 11, 4, 4),
        Hol::Easter => easter(y),
        Hol::GoodFriday => easter(y).and_then(|d| add_days(d, -2)),
        Hol::LaborDay => nth_weekday(y, 9, 1, 1),
        Hol::MemorialDay => nth_weekday(y, 5, 1, -1),
        Hol::ElectionDay => nth_weekday(y, 11, 1, 1).and_then(|d| add_days(d, 1)),
        Hol::MothersDay => nth_weekday(y, 5, 7, 2),
        Hol::FathersDay => nth_weekday(y, 6, 7, 3),
        Hol::MlkDay => nth_weekday(y, 1, 1, 3),
        Hol::PresidentsDay => nth_weekday(y, 2, 1, 3),
    }
}

/// A year as TIMEX writes it (four digits), without the formatting
/// machinery: values are written for every mention.
fn year_str(y: i32) -> String {
    if !(0..=9999).contains(&y) {
        return format!("{y:04}");
    }
    let mut v = String::with_capacity(16);
    for div in [1000, 100, 10, 1] {
        v.push(char::from(b'0' + (y / div % 10) as u8));
    }
    v
}

/// Appends `sep` and a two-digit number.
fn push2(v: &mut String, sep: u8, n: i32) {
    v.push(char::from(sep));
    v.push(char::from(b'0' + (n / 10 % 10) as u8));
    v.push(char::from(b'0' + (n % 10) as u8));
}

fn month_str(y: i32, m: i32) -> String {
    let mut v = year_str(y);
    push2(&mut v, b'-', m);
    v
}

fn day_value(d: Date) -> String {
    let mut v = year_str(i32::from(d.year()));
    push2(&mut v, b'-', i32::from(d.month()));
    push2(&mut v, b'-', i32::from(d.day()));
    v
}

fn tod_suffix(t: Tod) -> String {
    match t {
        Tod::Clock(h, m) => format!("T{h:02}:{m:02}"),
        Tod::Part(p) => format!("T{p}"),
    }
}

/// Resolves one expression. `tense` is only called when needed.
/// `sentence` is the index of the mention's sentence (for the quarter focus).
pub fn resolve(
    x: &Expr,
    anchor: Option<Date>,
    tense: &mut dyn FnMut() -> Tense,
    focus: &mut Focus,
    sentence: usize,
) -> Option<Resolved> {
    let a = anchor;
    let ay = a.map(|d| i32::from(d.year()));
    let point = |value: String, gran: &'static str, date: Option<Date>, relative: bool| Resolved {
        value,
        kind: "date",
        granularity: gran,
        date,
        relative,
    };
    let quarter = |y: i32, q: i32, relative: bool| {
        point(
            format!("{y:04}-Q{q}"),
            "quarter",
            ymd(y, (q - 1) * 3 + 1, 1),
            relative,
        )
    };
    let year_of = |ys: Ys| -> Option<(Option<i32>, bool)> {
        // (year if known, relative)
        match ys {
            Ys::Abs(y) => Some((Some(y), false)),
            Ys::Rel(k) => Some((ay.map(|y| y + k), true)),
            _ => None,
        }
    };
    let mut r = match &x.core {
        Core::Date { y, m, d } => {
            let (m, d) = (i32::from(*m), i32::from(*d));
            let (yv, rel) = match *y {
                Ys::Abs(v) => (Some(v), false),
                Ys::Rel(k) => (ay.map(|v| v + k), true),
                Ys::Last => (a.map(|a| infer_year_md(a, m, d, Tense::Past)), true),
                Ys::Next => (a.map(|a| infer_year_md(a, m, d, Tense::Future)), true),
                _ => (
                    a.map(|a| match x.weekday {
                        // the year in which that date falls on that weekday
                        Some(wd) => {
                            let ay = i32::from(a.year());
                            [ay, ay - 1, ay + 1]
                                .into_iter()
                                .find(|&y| {
                                    ymd(y, m, d).is_some_and(|dt| {
                                        dt.weekday().to_monday_one_offset() == wd as i8
                                    })
                                })
                                .unwrap_or_else(|| infer_year_md(a, m, d, tense()))
                        }
                        None => infer_year_md(a, m, d, tense()),
                    }),
                    true,
                ),
            };
            match yv {
                Some(yv) => {
                    let date = ymd(yv, m, d)?;
                    point(day_value(date), "day", Some(date), rel)
                }
                None => point(format!("XXXX-{m:02}-{d:02}"), "day", None, true),
            }
        }
        Core::Month { y, m: 0 } => {
            let k = match *y {
                Ys::Rel(k) => k,
                _ => 0,
            };
            match a {
                Some(a) => {
                    let (yy, mm) = month_add(i32::from(a.year()), i32::from(a.month()), k);
                    point(month_str(yy, mm), "month", ymd(yy, mm, 1), true)
                }
                None => point("XXXX-XX".into(), "month", None, true),
            }
        }
        Core::Month { y, m } => {
            let m = i32::from(*m);
            let (yv, rel) = match *y {
                Ys::Abs(v) => (Some(v), false),
                Ys::Rel(k) => (ay.map(|v| v + k), true),
                Ys::Last | Ys::This | Ys::Next | Ys::Infer => {
                    let yv = a.map(|a| {
                        let (ay, am) = (i32::from(a.year()), i32::from(a.month()));
                        cycle_year(*y, &mut *tense, m, am, ay).unwrap_or_else(|| match *y {
                            Ys::This => ay,
                            _ => infer_year_md(a, m, i32::from(a.day()), Tense::Unknown),
                        })
                    });
                    (yv, true)
                }
            };
            match yv {
                Some(yv) => point(month_str(yv, m), "month", ymd(yv, m, 1), rel),
                None => point(format!("XXXX-{m:02}"), "month", None, true),
            }
        }
        Core::Year(ys) => {
            let (yv, rel) = year_of(*ys)?;
            match yv {
                Some(yv) => point(year_str(yv), "year", ymd(yv, 1, 1), rel),
                None => point("XXXX".into(), "year", None, true),
            }
        }
        Core::Weekday { wd, shift } => {
            let wd = i32::from(*wd);
            match a {
                Some(a) => {
                    let aw = i32::from(a.weekday().to_monday_one_offset());
                    let back = (aw - wd).rem_euclid(7); // days back to latest <= a
                    let fwd = (wd - aw).rem_euclid(7); // days forward to next >= a
                    let off = match shift {
                        Ys::Last => -(if back == 0 { 7 } else { back }),
                        Ys::Next => {
                            if fwd == 0 {
                                7
                            } else {
                                fwd
                            }
                        }
                        Ys::This => wd - aw,
                        _ => match tense() {
                            Tense::Future | Tense::WeakFuture => fwd,
                            _ => -back,
                        },
                    };
                    let d = add_days(a, i64::from(off))?;
                    point(day_value(d), "day", Some(d), true)
                }
                None => point(format!("XXXX-WXX-{wd}"), "day", None, true),
            }
        }
        Core::DayRel(k) => match a {
            Some(a) => {
                let d = add_days(a, i64::from(*k))?;
                point(day_value(d), "day", Some(d), true)
            }
            None => point("XXXX-XX-XX".into(), "day", None, true),
        },
        Core::Week(ys) => {
            let k = match *ys {
                Ys::Rel(k) => k,
                _ => 0,
            };
            match a {
                Some(a) => {
                    let d = add_days(a, i64::from(k) * 7)?;
                    point(week_value(d), "week", monday_of(d), true)
                }
                None => point("XXXX-WXX".into(), "week", None, true),
            }
        }
        Core::Weekend(ys) => match a {
            Some(a) => {
                let aw = i32::from(a.weekday().to_monday_one_offset());
                let k = match *ys {
                    Ys::Rel(k) => k,
                    _ => match tense() {
                        Tense::Future => 0,
                        _ => {
                            if aw >= 6 {
                                0
                            } else {
                                -1
                            }
                        }
                    },
                };
                let d = add_days(a, i64::from(k) * 7)?;
                let sat = add_days(monday_of(d)?, 5);
                point(format!("{}-WE", week_value(d)), "weekend", sat, true)
            }
            None => point("XXXX-WXX-WE".into(), "weekend", None, true),
        },
        Core::Quarter { y, q } => {
            let q = i32::from(*q);
            let (yv, rel) = match *y {
                Ys::Abs(v) => (Some(v), false),
                Ys::Rel(k) => {
                    let base = focus.quarter.map(|f| f.0).or(ay);
                    (base.map(|v| v + k), true)
                }
                _ => (
                    a.map(|a| {
                        let ay = i32::from(a.year());
                        let aq = quarter_of(i32::from(a.month()));
                        if q > aq + 1 && !matches!(tense(), Tense::Future | Tense::WeakFuture) {
                            ay - 1
                        } else if q + 1 < aq && matches!(tense(), Tense::Future | Tense::WeakFuture)
                        {
                            ay + 1
                        } else {
                            ay
                        }
                    }),
                    true,
                ),
            };
            match yv {
                Some(yv) => {
                    if !matches!(y, Ys::Rel(_)) {
                        focus.quarter = Some((yv, q as u8, sentence));
                    }
                    quarter(yv, q, rel)
                }
                None => point(format!("XXXX-Q{q}"), "quarter", None, true),
            }
        }
        Core::QuarterRel(k) => match a {
            Some(a) => {
                let aq = quarter_of(i32::from(a.month()));
                let (yv, q) = quarter_add(i32::from(a.year()), aq, *k);
                focus.quarter = Some((yv, q as u8, sentence));
                quarter(yv, q, true)
            }
            None => point("XXXX-QX".into(), "quarter", None, true),
        },
        Core::QuarterFocus(k) => {
            let f = focus
                .quarter
                .map(|(y, q, _)| (y, i32::from(q)))
                .or_else(|| {
                    a.map(|a| {
                        quarter_add(i32::from(a.year()), quarter_of(i32::from(a.month())), -1)
                    })
                });
            match f {
                Some((y, q)) => quarter(y + k, q, true),
                None => point("XXXX-QX".into(), "quarter", None, true),
            }
        }
        Core::YearAgo => {
            let recent = focus.quarter.filter(|f| sentence <= f.2 + 1);
            match (recent, ay) {
                (Some((y, q, _)), _) => quarter(y - 1, i32::from(q), true),
                (None, Some(y)) => point(year_str(y - 1), "year", ymd(y - 1, 1, 1), true),
                (None, None) => point("XXXX".into(), "year", None, true),
            }
        }
        Core::Half { y, h } => {
            let (yv, rel) = year_of(*y).unwrap_or((ay, true));
            match yv {
                Some(yv) => point(
                    format!("{yv:04}-H{h}"),
                    "half",
                    ymd(yv, if *h == 1 { 1 } else { 7 }, 1),
                    rel,
                ),
                None => point(format!("XXXX-H{h}"), "half", None, true),
            }
        }
        Core::Season { y, s } => {
            let code = season_code(*s);
            let s = i32::from(*s);
            let (yv, rel) = year_of(*y).unwrap_or_else(|| {
                (
                    a.map(|a| {
                        let ay = i32::from(a.year());
                        let am = i32::from(a.month());
                        // current season index (1 spring .. 4 winter)
                        let cur = match am {
                            3..=5 => 1,
                            6..=8 => 2,
                            9..=11 => 3,
                            _ => 4,
                        };
                        let cy = if am <= 2 { ay - 1 } else { ay };
                        cycle_year(*y, &mut *tense, s, cur, cy).unwrap_or(ay)
                    }),
                    true,
                )
            });
            match yv {
                Some(yv) => point(format!("{yv:04}-{code}"), "season", ymd(yv, s * 3, 1), rel),
                None => point(format!("XXXX-{code}"), "season", None, true),
            }
        }
        Core::Decade(ys) => match *ys {
            Ys::Abs(v) => point(
                format!("{:03}", v / 10),
                "decade",
                ymd(v - v % 10, 1, 1),
                false,
            ),
            Ys::Rel(k) => match ay {
                Some(y) => {
                    let d = y / 10 + k;
                    point(format!("{d:03}"), "decade", ymd(d * 10, 1, 1), true)
                }
                None => point("XXX".into(), "decade", None, true),
            },
            _ => return None,
        },
        Core::Century(ys) => match *ys {
            Ys::Abs(c) => point(format!("{c:02}"), "century", ymd(c * 100, 1, 1), false),
            Ys::Rel(k) => match ay {
                Some(y) => {
                    let c = y / 100 + k;
                    point(format!("{c:02}"), "century", ymd(c * 100, 1, 1), true)
                }
                None => point("XX".into(), "century", None, true),
            },
            _ => return None,
        },
        Core::Holiday { y, h } => {
            let (yv, rel) = year_of(*y).unwrap_or_else(|| {
                (
                    a.and_then(|a| {
                        let ay = i32::from(a.year());
                        let d0 = holiday_date(*h, ay)?;
                        Some(infer_year_md(
                            a,
                            i32::from(d0.month()),
                            i32::from(d0.day()),
                            tense(),
                        ))
                    }),
                    true,
                )
            });
            match yv.and_then(|y| holiday_date(*h, y)) {
                Some(d) => point(day_value(d), "day", Some(d), rel),
                None => match h {
                    Hol::Fixed(m, d) => point(format!("XXXX-{m:02}-{d:02}"), "day", None, true),
                    _ => point("XXXX-XX-XX".into(), "day", None, true),
                },
            }
        }
        Core::Ago { n, unit, sign } => {
            let Some(n) = *n else {
                return Some(point(
                    if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
                    "ref",
                    None,
                    true,
                ));
            };
            let k = (n.round() as i32) * sign;
            let Some(a) = a else {
                let v = match unit {
                    Unit::Year => "XXXX",
                    Unit::Month => "XXXX-XX",
                    Unit::Week => "XXXX-WXX",
                    Unit::Decade => "XXX",
                    _ => "XXXX-XX-XX",
                };
                return Some(point(v.into(), "day", None, true));
            };
            let (ay, am) = (i32::from(a.year()), i32::from(a.month()));
            match unit {
                Unit::Year => point(year_str(ay + k), "year", ymd(ay + k, 1, 1), true),
                Unit::Decade => {
                    let d = (ay + 10 * k) / 10;
                    point(format!("{d:03}"), "decade", ymd(d * 10, 1, 1), true)
                }
                Unit::Century => {
                    let c = (ay + 100 * k) / 100;
                    point(format!("{c:02}"), "century", ymd(c * 100, 1, 1), true)
                }
                Unit::Month => {
                    let (y, m) = month_add(ay, am, k);
                    point(format!("{y:04}-{m:02}"), "month", ymd(y, m, 1), true)
                }
                Unit::Quarter => {
                    let (y, q) = quarter_add(ay, quarter_of(am), k);
                    quarter(y, q, true)
                }
                Unit::Week | Unit::Fortnight => {
                    let w = if *unit == Unit::Fortnight { 2 * k } else { k };
                    let d = add_days(a, i64::from(w) * 7)?;
                    point(week_value(d), "week", monday_of(d), true)
                }
                Unit::Day | Unit::Night => {
                    let d = add_days(a, i64::from(k))?;
                    point(day_value(d), "day", Some(d), true)
                }
                _ => point(day_value(a), "day", Some(a), true),
            }
        }
        // "soon" in a past clause ("was soon released") is not the future
        Core::Ref("SOON") => {
            if tense() == Tense::Past {
                return None;
            }
            point("FUTURE_REF".into(), "ref", None, true)
        }
        Core::Ref(v) => point((*v).to_string(), "ref", None, true),
        Core::QuarterOfYear(y) => {
            let q = focus.quarter.map_or_else(
                || a.map_or(0, |a| (quarter_of(i32::from(a.month())) + 2) % 4 + 1),
                |f| i32::from(f.1),
            );
            if q == 0 {
                point(format!("{y:04}-QX"), "quarter", None, false)
            } else {
                quarter(*y, q, false)
            }
        }
        Core::LatestPeriod => {
            let (y, q, _) = focus.quarter?;
            quarter(y, i32::from(q), true)
        }
        Core::QuarterEnded { y, m, d } => {
            let yv = match *y {
                Ys::Abs(v) => Some(v),
                _ => a.map(|a| infer_year_md(a, i32::from(*m), i32::from(*d), Tense::Past)),
            };
            let q = quarter_of(i32::from(*m));
            match yv {
                Some(yv) => {
                    focus.quarter = Some((yv, q as u8, sentence));
                    quarter(yv, q, true)
                }
                None => point(format!("XXXX-Q{q}"), "quarter", None, true),
            }
        }
        Core::WeekOf { y, m, d } => {
            let (m, d) = (i32::from(*m), i32::from(*d));
            let (yv, rel) =
                year_of(*y).unwrap_or_else(|| (a.map(|a| infer_year_md(a, m, d, tense())), true));
            match yv.and_then(|y| ymd(y, m, d)) {
                Some(date) => point(week_value(date), "week", monday_of(date), rel),
                None => point("XXXX-WXX".into(), "week", None, true),
            }
        }
        Core::ThatYear => {
            let y = focus.year?;
            point(format!("{y:04}"), "year", ymd(y, 1, 1), true)
        }
        Core::Duration { n, unit } => Resolved {
            value: duration_value(*n, *unit),
            kind: "duration",
            granularity: "duration",
            date: None,
            relative: false,
        },
        Core::Set(v) => Resolved {
            value: v.clone(),
            kind: "set",
            granularity: "set",
            date: None,
            relative: false,
        },
        Core::TimeOnly => {
            let t = x.tod.map(tod_suffix).unwrap_or_default();
            return Some(match a {
                Some(a) => Resolved {
                    value: format!("{}{t}", day_value(a)),
                    kind: "time",
                    granularity: "time",
                    date: Some(a),
                    relative: true,
                },
                None => Resolved {
                    value: format!("XXXX-XX-XX{t}"),
                    kind: "time",
                    granularity: "time",
                    date: None,
                    relative: true,
                },
            });
        }
    };
    if let Some(t) = x.tod {
        if r.granularity == "day" {
            r.value.push_str(&tod_suffix(t));
            r.kind = "time";
            r.granularity = "time";
        }
    }
    if !r.relative && r.kind == "date" {
        if let Some(y) = r.value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
            if r.value.len() >= 4 && r.granularity != "decade" && r.granularity != "century" {
                focus.year = Some(y);
            }
        }
    }
    if x.fiscal && r.granularity == "year" {
        r.granularity = "fiscal_year";
    }
    Some(r)
}
