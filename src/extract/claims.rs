//! The `claims` extractor: every numeric claim in a document, as an
//! interval with a unit, what is counted, a category, a change, a period
//! and a speaker.
//!
//! It builds on the number scanner ([`crate::extract::numbers`]), which
//! finds the numbers and sets aside years, dates, times, phone numbers,
//! ordinals, list numbering and names with digits. On each remaining number
//! this module reads the words around it:
//!
//! - **unit**: currency before or after (`$5`, `US$ 5`, `EUR 125`, `£5m`,
//!   `5 dollars`, `15 mln dlrs` → `USD`), percent (`%`, `percent`, `pct`,
//!   `percentage points` → `percentage_point`), measures and durations
//!   from `lexicons/units.tsv` (`km`, `tonne`, `hour`), hyphenated
//!   (`27-kilometer`) and compound (`km/h`, `dlrs per tonne` →
//!   `USD/tonne`). A bare count has no unit. An ambiguous `pounds` is
//!   read from its sentence (`weighs 5 pounds` → `lb`, `the fine was 30
//!   pounds` → `GBP`); the sides of a size share its unit (`3 by 4
//!   metres`).
//! - **qualifier → interval** (`lo`, `hi`), from
//!   `lexicons/claims_qualifiers.tsv`:
//!
//!   | wording | qualifier | lo | hi |
//!   |---|---|---|---|
//!   | `70,412` | `exact` | 70412 | 70412 |
//!   | `70,000`, `1.2 million` | `exact` | value − step/2 | value + step/2 |
//!   | `about 70,000` | `approx` | value − tol | value + tol |
//!   | `over 70,000`, `at least 5` | `lower` | value | — |
//!   | `up to 700`, `fewer than 10` | `upper` | — | value |
//!   | `nearly 70,000` | `upper` | value − tol | value |
//!   | `between 5 and 6`, `5-6%`, `$5m to $6m` | `range` | 5 | 6 |
//!   | `tens of thousands`, `hundreds` | `unresolved` | 20000 | 100000 |
//!
//!   The step is the rounding of the figure as written (`70,000` → 1000,
//!   `1.2 million` → 100000, `2.5` → 0.1; exact integers such as `70,412`
//!   have step 1 and no width). The approximate tolerance `tol` is the
//!   wider of half the step and 10% of the value, so `about 2 million`
//!   allows 1.5–2.5 million and `about 70,000` allows 63,000–77,000. A
//!   range's `value` is its midpoint. `unresolved` rows are numbers the
//!   scanner recognised as amounts without a value (vague amounts); their
//!   `value` is null and the bounds are what the wording allows.
//! - **change**: `rise` or `fall` with a role (`lexicons/claims_change.tsv`):
//!   `rose to 5%` → new, `fell by 3%`, `up 5%`, `a 5% rise` → delta,
//!   `from 4%` (after a change word) → old; `5.1%, up from 4.9%` → new and
//!   old.
//! - **noun**: the words the figure counts, right after it (`70,000 lives`,
//!   `10,000 tonnes of rice`, `a 15-member council`), stopping at function
//!   words.
//! - **category**, a small taxonomy:
//!
//!   | category | when |
//!   |---|---|
//!   | `money` | a currency unit |
//!   | `percent` | percent, percentage points, basis points |
//!   | `age` | `45 years old`, `aged 45`, `a 10-year-old`, `the age of 22`, `John Smith, 34,` |
//!   | `duration` | another time unit (`three years`, `20 minutes`) |
//!   | `measure` | any other unit (`km`, `tonnes`, `°C`, `MW`, index points) |
//!   | `deaths` | a count near `killed`, `dead`, `deaths`, `lives`, `toll` … |
//!   | `injured` | near `injured`, `wounded`, `hurt` … |
//!   | `casualties` | near `casualties` or `shot`: **ambiguous** — killed, or killed and injured, depending on the outlet; never folded into `deaths` (see [`is_ambiguous`]) |
//!   | `displaced` | near `refugees`, `displaced`, `fled`, `evacuated` … |
//!   | `arrested` | near `arrested`, `detained`, `jailed` … |
//!   | `missing` | near `missing` |
//!   | `jobs` | near `jobs`, `workers`, `employees`, `layoffs` … |
//!   | `people` | near `people`, `residents`, `children`, `troops` … and no event word |
//!   | `other` | anything else |
//!
//!   A count takes the nearest event word (deaths … jobs) within a few
//!   words on either side, not crossing another figure nor, on the left, a
//!   clause boundary (`one was killed and two wounded`: two → `injured`);
//!   `people` words only count when no event word is near (`70,000 people
//!   were killed` → `deaths`). The words are in `lexicons/claims_categories.tsv`.
//! - **speaker**: the speaker of the quote in `out.quotes` whose span holds
//!   the figure, else the speaker of the `out.credits` row of the figure's
//!   sentence. **period**: the date (from `out.dates`) in the same sentence
//!   nearest to the figure, not overlapping it (its TIMEX value, or its
//!   surface when unresolved). Both are read from the extractors that run
//!   before this one; this module never detects attribution or dates
//!   itself.
//!
//! Not claims: besides the scanner's years, dates, times, phone numbers,
//! ordinals and list numbers, labels (`No. 10`, `Flight 370`, `page 5`,
//! `lexicons/claims_labels.tsv`), names followed by a number (`Boeing 747`,
//! `Windows 10`), sports scores (`won 3-1`), addresses (`10 Downing
//! Street`), and a bare `one` that counts nothing (`one of the`).
//!
//! ```
//! use claimscan::extract::claims::figures;
//! let f = figures("The war has claimed over 70,000 lives.");
//! assert_eq!(f.len(), 1);
//! assert_eq!((f[0].value, f[0].lo, f[0].hi), (Some(70000.0), Some(70000.0), None));
//! assert_eq!((f[0].qualifier, f[0].category), ("lower", Some("deaths")));
//! ```

pub mod eval;
pub mod frame;
mod lexicon;
pub(crate) use lexicon::is_currency_prefix;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::LazyLock;

pub use lexicon::UnitKind;
use lexicon::{Qualifier, Unit, CATEGORIES, CHANGES, CURRENCY_SYMBOLS, LABELS, QUALIFIERS, UNITS};

use super::numbers::{
    self, alpha_end, alpha_start, is_alpha, is_digit, is_month, is_wordish, lower, range_between,
    skip_space, skip_space_back, word_after, word_before, word_in, Joiner, Kind, Num,
};
use super::{boilerplate, Claim, Context, Extraction, Extractor};

/// The claims extractor (registered last: it reads quotes, credits and
/// dates).
#[derive(Debug, Clone, Copy, Default)]
pub struct Claims;

impl Extractor for Claims {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Extraction) {
        // One lowered copy of the text (ASCII lowering keeps every byte
        // offset) for the finders that read any case.
        let lowered = cx.text.to_ascii_lowercase();
        let articles = article_starts(lowered.as_bytes());
        let mut figs = figures_lowered(cx.text, &lowered, &articles);
        if tells_of_casualties(&lowered) {
            implied_counts(cx.text, &lowered, &articles, &mut figs);
            multiple_victims(&lowered, &mut figs);
        }
        // A capitalised number word inside the name of an organisation
        // or a place, after its first word, is the name's: "the Group of
        // Seven met", "Consolidated Five Star Resources Ltd".
        // (Inside a sentence: not a headline's count the name reader ran
        // on into, "in Southwest D.C. Six people were shot".)
        let b = cx.text.as_bytes();
        figs.retain(|f| {
            !b[f.start].is_ascii_uppercase()
                || !mid_sentence(b, f.start)
                || title_case_line(b, f.start)
                || !out.entities.iter().any(|e| {
                    matches!(e.kind, "ORG" | "PLACE") && e.start < f.start && f.end <= e.end
                })
        });
        out.claims.reserve(figs.len());
        let first = out.claims.len();
        for f in &figs {
            let sentence = cx.sentence_index(f.start).unwrap_or(0);
            let speaker = speaker_for(cx.text, out, f, sentence);
            let period = period_for(cx, out, &figs, f, sentence);
            out.claims.push(Claim {
                start: f.start,
                end: f.end,
                surface: cx.text[f.start..f.end].to_string(),
                value: f.value,
                lo: f.lo,
                hi: f.hi,
                qualifier: f.qualifier,
                rounding: f.rounding,
                unit: f.unit.clone().map(Cow::into_owned),
                noun: f.noun.map(|(s, e)| cx.text[s..e].to_string()),
                category: f.category,
                change: f.change,
                change_role: f.change_role,
                period,
                speaker,
                ordinal: None,
                sentence,
                scope: "total",
                comparable: true,
                ..Claim::default()
            });
        }
        // A body that never speaks of its headline is the site's chrome.
        let off_topic = out.off_topic;
        add_frames(
            cx,
            &lowered,
            &figs,
            &mut out.claims[first..],
            &out.entities,
            off_topic,
        );
    }
}

/// The firm a wire's headline is about: the words before its stock
/// symbol in angle brackets ("ACME HOLDINGS CORP <ACMH.O> 2ND QTR NET":
/// `Acme Holdings Corp`), the name in angle brackets of a firm without
/// a listing ("<ACME LTD> YEAR NET"), or the words up to the legal form
/// ("ACME CORP 3RD QTR LOSS"), written in capitals on the wire and given
/// here in title case (an acronym, "J.C.", "GE", a short word no
/// lexicon knows, kept). An earnings table below such a headline
/// often names the firm nowhere else.
fn wire_headline_firm(title: &str) -> Option<String> {
    if title.bytes().any(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let symbol = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_uppercase() || c == b'.' || c.is_ascii_digit())
    };
    let name = if let Some(inner) = title.strip_prefix('<') {
        // "<TRIMAC LTD> YEAR NET": a firm without a listing.
        inner.split_once('>')?.0
    } else if let Some((name, rest)) = title.split_once(" <") {
        if !symbol(rest.split_once('>')?.0) {
            return None;
        }
        name
    } else {
        // "BALANCE COMPUTER CORP 3RD QTR LOSS": up to its legal form.
        let mut key = String::new();
        let mut legal = |w: &str| {
            super::entities::lexicon::lower_flags(w, &mut key) & super::entities::lexicon::ORG_LEGAL
                != 0
        };
        let ws: Vec<&str> = title.split_whitespace().collect();
        let first = ws.iter().position(|w| legal(w)).filter(|&i| i > 0)?;
        let last = first + ws[first + 1..].iter().take_while(|w| legal(w)).count();
        let end = ws[..=last].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        title.get(..end)?
    };
    if !name.bytes().any(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let mut key = String::new();
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            if matches!(lower.as_str(), "and" | "of" | "the" | "for" | "de") {
                return lower;
            }
            // An acronym ("GE", "BSN", "J.C.") keeps its capitals; a
            // legal form ("CO") does not.
            let known = super::entities::lexicon::lower_flags(w, &mut key) != 0;
            if w.contains('.') || w.len() <= 4 && !known && lower != "co" {
                return w.to_string();
            }
            w.split_inclusive('-')
                .map(|p| {
                    let mut cs = p.chars();
                    cs.next()
                        .map_or_else(String::new, |c| c.to_string() + &cs.as_str().to_lowercase())
                })
                .collect()
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether the text goes on to call the organisation `e` by its kind
/// after naming it ("Torchmark Corp said ...; the company also ...",
/// "the central bank", "the trust"): the article is about it. `lowered`
/// is the text's ASCII lowered copy.
fn referred_back(lowered: &str, e: &super::Entity) -> bool {
    let Some(after) = lowered.get(e.end..) else {
        return false;
    };
    let last = e
        .canonical
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let firm = super::entities::has_legal_form(&e.canonical);
    let bank = e.canonical.split(' ').any(|w| w == "Bank");
    let kinds: &[&str] = match (firm, bank) {
        (_, true) => &["bank"],
        (true, false) => &["company", "firm", "group", "concern"],
        _ => &[],
    };
    let said = |kind: &str| {
        after.match_indices(kind).any(|(i, _)| {
            after[..i].ends_with("the ")
                && !after[i + kind.len()..]
                    .bytes()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    (last.len() >= 4 && last.bytes().all(|c| c.is_ascii_lowercase()) && said(&last))
        || kinds.iter().any(|k| said(k))
}

/// Fills the frame columns of `claims` (the rows of `figs`, in order),
/// one sentence at a time. `lowered` is the text's ASCII lowered copy.
fn add_frames(
    cx: &Context<'_>,
    lowered: &str,
    figs: &[Figure],
    claims: &mut [Claim],
    entities: &[super::Entity],
    off_topic: bool,
) {
    if claims.is_empty() {
        return;
    }
    let marks = boilerplate::marks_where_lowered(cx.text, lowered, cx.sentences, |i| {
        claims.binary_search_by_key(&i, |c| c.sentence).is_ok()
    });
    // The outlet names itself ("Valley Post reported"): not the holder.
    let outlet = cx.doc.source.as_deref().map(str::to_lowercase);
    // The organisation the article is about: the first one its lead
    // sentence or its headline names, or the text names twice or calls
    // by its kind ("the company"). One named once in passing (the agency
    // a story cites, a researcher, a rival) owns none of the article's
    // figures.
    let orgs = || {
        entities
            .iter()
            .filter(|e| e.kind == "ORG" && !frame::millions_code(&e.surface))
    };
    let lead_org = orgs()
        .find(|e| {
            let name = e.canonical.to_lowercase();
            outlet
                .as_deref()
                .is_none_or(|o| !o.contains(&name) && !name.contains(o))
                // (Not the one told: "the coach told Valley Sports Radio".)
                && !frame::told_to(cx.text, e.start)
                && (cx.sentences.first().is_some_and(|s| e.start < s.end)
                    || cx
                        .doc
                        .title
                        .as_deref()
                        .is_some_and(|t| super::entities::named_in_headline(&e.canonical, t))
                    || orgs()
                        .filter(|x| {
                            x.canonical == e.canonical
                                || super::entities::short_form_of(&e.canonical, &x.canonical)
                        })
                        .nth(1)
                        .is_some()
                    || referred_back(lowered, e))
        })
        .map(|e| Cow::Borrowed(e.canonical.as_str()))
        .or_else(|| {
            cx.doc
                .title
                .as_deref()
                .and_then(wire_headline_firm)
                .map(Cow::Owned)
        });
    let lead_org = lead_org.as_deref();
    let mut i = 0;
    while i < claims.len() {
        let sentence = claims[i].sentence;
        let j = i + claims[i..]
            .iter()
            .take_while(|c| c.sentence == sentence)
            .count();
        let (start, end) = cx
            .sentences
            .get(sentence)
            .map_or((0, cx.text.len()), |s| (s.start, s.end));
        let scx = frame::SentenceCx {
            text: cx.text,
            start,
            end,
            boilerplate: marks.get(sentence).copied().unwrap_or(false),
            entities,
            lead_org,
            lowered: Some(lowered),
        };
        let spans: Vec<frame::Span<'_>> = claims[i..j]
            .iter()
            .zip(&figs[i..j])
            .map(|(c, f)| frame::Span {
                start: c.start,
                end: c.end,
                value: c.value,
                unit: c.unit.as_deref(),
                noun: f.noun,
                category: c.category,
                ordinal: c.ordinal.is_some(),
            })
            .collect();
        let frames = frame::frames(&scx, &spans);
        for (c, fr) in claims[i..j].iter_mut().zip(frames) {
            c.counted = fr.counted;
            c.event = fr.event;
            c.scope = fr.scope;
            c.whole = fr.whole;
            c.perpetrator = fr.perpetrator;
            c.holder = fr.holder;
            c.measure = fr.measure;
            c.comparable = fr.comparable;
            if fr.prior && c.change_role.is_none() {
                c.change_role = Some("old");
            }
            c.boilerplate = scx.boilerplate || off_topic;
            // "A 17-year-old was killed": the count is the article alone,
            // and the age between it and the verb hides the verb from the
            // frame. The count's own finder read the event.
            // A list of people ("a man and his daughter") counts people.
            // "hurt in a triple shooting": the shooting is the count's own
            // event, whatever the words around it say; a murder-suicide's
            // count leaves out the killer.
            let multiple = c.qualifier == "exact"
                && c.surface
                    .bytes()
                    .next()
                    .is_some_and(|b| matches!(b | 0x20, b'd' | b't' | b'q'))
                && MULTIPLE_VICTIMS
                    .as_ref()
                    .is_some_and(|re| re.is_match(&c.surface.to_ascii_lowercase()));
            if multiple && c.surface.to_ascii_lowercase().contains("suicide") {
                c.perpetrator = Some("excluded");
            }
            // "the death of a man in custody": the death is the count's
            // own event, whatever follows.
            let death_of = c.qualifier == "implied" && death_of(cx.text, c.start);
            // "critically wounding his father": the wound is the count's
            // own event (the injured, however grave).
            // "was shot, but survived": the count's own reading is the
            // injured; the frame saw only "shot".
            // "remains in the hospital": where the hurt is, and the hurt
            // are the count's reading (a grade, "critical", stays one).
            let wounded = c.qualifier == "implied"
                && (wounded_by_verb(cx.text, c.start)
                    || (c.category == Some("injured")
                        && matches!(c.event, Some("shot" | "hospitalised"))));
            // Of the hurt, one still in hospital is not a part: "her
            // mother remains in the hospital" (a part of those taken
            // there, perhaps, but all the hurt the clause tells of).
            if wounded && c.event == Some("hospitalised") && c.scope == "part" {
                c.scope = "total";
            }
            // "was shot and taken to a hospital, where he died": the
            // count's own reading is the dead; the frame saw "shot".
            let died_of_it =
                c.qualifier == "implied" && c.category == Some("deaths") && c.event == Some("shot");
            if c.qualifier == "implied" || multiple {
                if c.event.is_none() || multiple || death_of || wounded || died_of_it {
                    c.event = match c.category {
                        Some("deaths") => Some("killed"),
                        Some("injured") => Some("injured"),
                        Some("casualties") => Some("shot"),
                        _ => None,
                    };
                }
                // The list is all the people it names, never one item
                // of it; "another" is one more person.
                if c.counted.as_deref().is_some_and(|n| n.starts_with('-'))
                    || c.surface.eq_ignore_ascii_case("another")
                    || c.value.is_some_and(|v| v > 1.0)
                {
                    c.counted = Some("people".to_string());
                }
                if c.value.is_some_and(|v| v > 1.0) && c.scope == "part" {
                    c.scope = "total";
                }
            }
        }
        // "sales fell 3% to 4.5 billion euros": the values of a change
        // measure what its delta measures when their own words name
        // nothing (the measure's word is often beyond their reach).
        for k in i + 1..j {
            if claims[k].measure.is_some()
                || !matches!(claims[k].change_role, Some("new" | "old"))
                || claims[k].unit.is_none()
            {
                continue;
            }
            let from = claims[k.saturating_sub(2).max(i)..k]
                .iter()
                .rev()
                .take_while(|c| c.change == claims[k].change)
                .find(|c| c.measure.is_some() && c.change_role.is_some());
            if let Some((m, h)) = from.map(|c| (c.measure, c.holder.clone())) {
                claims[k].measure = m;
                if claims[k].holder.is_none() {
                    claims[k].holder = h;
                }
            }
        }
        // "rose to 340 mln dlrs from 290 mln dlrs, while net profit
        // fell": the two values of one change measure one thing, whatever
        // word follows the second.
        for k in i + 1..j {
            let (a, b) = (&claims[k - 1], &claims[k]);
            // (One change: "to X from Y", "X, up from Y", "from Y to X";
            // not the old value of one and the new of the next.)
            let gap = lowered.get(a.end..b.start).unwrap_or("").trim();
            let pair = match (a.change_role, b.change_role) {
                (Some("new"), Some("old")) => gap == "from" || gap.ends_with(" from"),
                (Some("old"), Some("new")) => gap == "to",
                _ => false,
            } && gap.len() <= 12;
            if pair && a.change == b.change && a.unit == b.unit && a.measure.is_some() {
                let (m, h) = (a.measure, a.holder.clone());
                claims[k].measure = m;
                if h.is_some() {
                    claims[k].holder = h;
                }
            }
        }
        i = j;
    }
}

/// Whether `words` (lower case, in order) open with a qualifier that
/// stands before a figure ("about", "more than", "on the order of").
pub(crate) fn starts_with_qualifier(words: &[&str]) -> bool {
    (1..=QUALIFIERS.max_words.min(words.len()))
        .any(|k| QUALIFIERS.pre.contains_key(words[..k].join(" ").as_bytes()))
}

/// Whether a category is ambiguous by design (`casualties`: killed, or
/// killed and injured, depending on the outlet).
pub fn is_ambiguous(category: &str) -> bool {
    category == "casualties"
}

fn speaker_for(text: &str, out: &Extraction, f: &Figure, sentence: usize) -> Option<String> {
    if let Some(q) = out
        .quotes
        .iter()
        .find(|q| q.start <= f.start && f.end <= q.end && q.speaker.is_some())
    {
        return q.speaker.clone();
    }
    // The credit of the figure's own clause when the sentence has
    // several ("Police said 20,000 marched, while organisers put the crowd
    // at 100,000"), else the sentence's first.
    let mut credits = out.credits.iter().filter(|c| c.sentence == sentence);
    let first = credits.next()?;
    let mut own = None;
    for c in std::iter::once(first).chain(credits) {
        let (a, b) = if c.speaker_start <= f.start {
            (c.speaker_end.min(f.start), f.start)
        } else {
            (f.end.min(c.speaker_start), c.speaker_start)
        };
        let between = text.get(a..b).unwrap_or("");
        if !crate::extract::quotes::CLAUSE_OPENERS
            .iter()
            .any(|o| between.contains(o))
        {
            own = Some(c);
            break;
        }
    }
    Some(own.unwrap_or(first).speaker.clone())
}

fn period_for(
    cx: &Context<'_>,
    out: &Extraction,
    figs: &[Figure],
    f: &Figure,
    sentence: usize,
) -> Option<String> {
    let s = cx.sentences.get(sentence)?;
    let b = cx.text.as_bytes();
    // "fell from £180,126 in November to £178,906", "fell to £180,226,
    // from £180,444 in October", "to $300bn from $450bn a year ago": the
    // time written after one value of a change is that value's, not the
    // other's.
    // The sentence's figures (`figs` is in text order).
    let local = &figs
        [figs.partition_point(|g| g.end <= s.start)..figs.partition_point(|g| g.start < s.end)];
    // So is the time after a figure set against this one ("a March
    // inflation rate of 9.8 pct against 9.5 pct in February", "sales of
    // 12 mln vs 10 mln in 1985"), whatever the change roles.
    let set_against = |g: &Figure| {
        f.change_role != Some("delta")
            && f.end <= g.start
            && g.start - f.end <= 120
            && b.get(f.end..g.start).is_some_and(|between| {
                [
                    &b" against "[..],
                    b" vs ",
                    b" vs. ",
                    b" versus ",
                    b"compared with",
                    b"compared to",
                ]
                .iter()
                .any(|w| between.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)))
            })
    };
    let others_own = |d: &super::DateMention| {
        local.iter().any(|g| {
            g.start != f.start
                && g.end <= d.start
                && (skip_space(b, g.end) == d.start
                        // "to $300bn from $450bn a year ago"
                        || word_after(b, g.end).is_some_and(|(ws, we)| {
                            let w = &b[ws..we];
                            (w.eq_ignore_ascii_case(b"in") || w.eq_ignore_ascii_case(b"for"))
                                && skip_space(b, we) == d.start
                        }))
                && ((f.change_role.is_some_and(|r| r != "delta")
                    && g.change_role.is_some_and(|r| r != "delta")
                    && g.change_role != f.change_role
                    && (f.end <= g.start || d.end <= f.start))
                    || set_against(g))
        })
    };
    // "the first nine months of 2025" is a period of its own, not its
    // year.
    let in_sentence = || {
        out.dates
            .iter()
            .filter(|d| d.start >= s.start && d.end <= s.end)
    };
    let parts: Vec<(usize, usize, String)> = in_sentence()
        .filter_map(|d| months_of_year(cx, out, d).map(|(end, v)| (d.start, end, v)))
        .collect();
    // "climbed 5.1% from July 2025 to $412,300": the time a change
    // starts from is the old value's, not the new value's or the change's.
    // Nor is an index's base year ("(base 1980)").
    // (Not a time that owns the figure: "down from 1985's four pct".)
    let owns = |d: &super::DateMention| {
        matches!(
            cx.text.get(d.end..f.start),
            Some("'s " | "\u{2019}s " | "' " | "\u{2019} ")
        )
    };
    let base = |d: &super::DateMention| {
        !owns(d)
            && word_before(b, d.start).is_some_and(|(ws, we)| {
                let w = &b[ws..we];
                w.eq_ignore_ascii_case(b"base") && d.value.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(f.change_role, Some("new" | "delta"))
                        && w.eq_ignore_ascii_case(b"from")
            })
    };
    let dates = in_sentence()
        .filter(|d| {
            matches!(d.kind, "date" | "set" | "")
                && !others_own(d)
                && !base(d)
                && !parts
                    .iter()
                    .any(|(ps, pe, _)| *ps <= d.start && d.end <= *pe)
        })
        .map(|d| {
            let value = if d.value.is_empty() || d.value.starts_with("XXXX") && d.value.len() <= 4 {
                d.surface.clone()
            } else {
                d.value.clone()
            };
            (d.start, d.end, value)
        });
    // (A duration inside one is of that period: "in the first [two
    // months] of 1987".)
    if let Some((_, _, v)) = parts
        .iter()
        .find(|(ps, pe, _)| *ps <= f.start && f.end <= *pe)
    {
        return Some(v.clone());
    }
    let dates: Vec<(usize, usize, String)> = dates.collect();
    // "plans to make 800 redundancies from the workforce by 1990", "to
    // cut costs by $2 billion by the end of 2027": a deadline in the
    // figure's own phrase after it is its time, not a date told before of
    // another verb ("started on January 19 in protest at plans ...").
    // (The first date after the figure, with no other figure and no
    // verb's auxiliary between: not "870 mln dlrs last year to 1.3 billion by
    // 1991", nor "240,000 tonnes annually and is expected to be in
    // operation by 1991".)
    const AUXILIARIES: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "may", "might", "should", "said", "says",
    ];
    let deadline = dates
        .iter()
        .find(|(ds, _, _)| *ds >= f.end)
        .filter(|(ds, _, _)| {
            let Some(between) = cx.text.get(f.end..*ds) else {
                return false;
            };
            // (A comma or a stop inside a number is none: "4,000".)
            let clause_mark = between.contains([';', '(', ':', '"'])
                || between
                    .as_bytes()
                    .windows(2)
                    .any(|p| p[0] == b',' && p[1].is_ascii_whitespace());
            // "by 1990", "by the end of 2027" (the mention may hold the
            // "by" itself).
            let by = |i: usize| word_before_in(b, i, &["by"]).is_some();
            let by_the_end_of = word_before_in(b, *ds, &["of"])
                .and_then(|(s, _)| word_before_in(b, s, &["end"]))
                .and_then(|(s, _)| word_before_in(b, s, &["the"]))
                .is_some_and(|(s, _)| by(s));
            let own_by = b
                .get(*ds..ds + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"by "));
            ds - f.end <= 80
                // (A figure joined to its word describes a noun: "the
                // 4,000-strong workforce".)
                && !local
                    .iter()
                    .any(|g| g.start >= f.end && g.end <= *ds && b.get(g.end) != Some(&b'-'))
                && !between
                    .split_whitespace()
                    .any(|x| AUXILIARIES.iter().any(|a| x.eq_ignore_ascii_case(a)))
                && !clause_mark
                && (by(*ds) || by_the_end_of || own_by)
        });
    if let Some((_, _, v)) = deadline {
        return Some(v.clone());
    }
    // (On a tie the date written as such wins.)
    dates
        .into_iter()
        .chain(parts.iter().cloned())
        .filter(|(ds, de, _)| *de <= f.start || *ds >= f.end)
        .min_by_key(|(ds, de, _)| {
            if *de <= f.start {
                f.start - de
            } else {
                ds - f.end
            }
        })
        .map(|(_, _, v)| v)
}

/// The position after " of " following `i`, or `i` when none follows.
fn skip_of(b: &[u8], i: usize) -> usize {
    let j = skip_space(b, i);
    match b.get(j..j + 2) {
        Some(w) if w.eq_ignore_ascii_case(b"of") && b.get(j + 2) == Some(&b' ') => {
            skip_space(b, j + 2)
        }
        _ => i,
    }
}

/// "the first nine months of 2025", "the first three months of the
/// year", "the last six months of last year": the part of a year a
/// duration names, as the end of the phrase and its period (`2025-01/2025-09`,
/// `2026-Q1`, `2025-H2`).
fn months_of_year(
    cx: &Context<'_>,
    out: &Extraction,
    d: &super::DateMention,
) -> Option<(usize, String)> {
    if d.kind != "duration" {
        return None;
    }
    let n: u32 = d.value.strip_prefix('P')?.strip_suffix('M')?.parse().ok()?;
    if !(1..=11).contains(&n) {
        return None;
    }
    let lower = d.surface.to_ascii_lowercase();
    let first = if lower.starts_with("the first ") {
        true
    } else if lower.starts_with("the last ") || lower.starts_with("the final ") {
        false
    } else {
        return None;
    };
    let b = cx.text.as_bytes();
    let at = skip_of(b, d.end);
    if at == d.end {
        return None;
    }
    let (end, year) = if let Some(y) = out
        .dates
        .iter()
        .find(|m| m.start == at && m.granularity == "year" && m.kind == "date")
    {
        (y.end, y.value.get(..4)?.parse::<i16>().ok()?)
    } else if b
        .get(at..at + 8)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"the year"))
    {
        // The year whose part has ended by the day of the article ("the
        // last three months of the year" in February is last year's).
        let published = cx.doc.published?;
        let ends = if first { n } else { 12 };
        let year = published.year();
        (
            at + 8,
            if ends as i8 > published.month() {
                year - 1
            } else {
                year
            },
        )
    } else {
        return None;
    };
    let value = match (first, n) {
        (true, 3) => format!("{year}-Q1"),
        (true, 6) => format!("{year}-H1"),
        (false, 3) => format!("{year}-Q4"),
        (false, 6) => format!("{year}-H2"),
        (true, n) => format!("{year}-01/{year}-{n:02}"),
        (false, n) => format!("{year}-{:02}/{year}-12", 13 - n),
    };
    Some((end, value))
}

/// A figure found in a text: what the claims table holds, before
/// sentence, speaker and period are attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Start of the surface (qualifier, currency, sign or first digit).
    pub start: usize,
    /// End of the surface (exclusive), after the unit.
    pub end: usize,
    /// Normalised value (a range's midpoint; None when unresolved).
    pub value: Option<f64>,
    /// Lowest value the wording allows.
    pub lo: Option<f64>,
    /// Highest value the wording allows.
    pub hi: Option<f64>,
    /// Whether `lo` is excluded ("more than 5").
    pub lo_open: bool,
    /// Whether `hi` is excluded ("fewer than 10").
    pub hi_open: bool,
    /// `exact`, `approx`, `lower`, `upper`, `range` or `unresolved`.
    pub qualifier: &'static str,
    /// Rounding step of the figure as written.
    pub rounding: Option<f64>,
    /// Unit (see the module doc).
    pub unit: Option<Cow<'static, str>>,
    /// What the unit measures.
    pub unit_kind: Option<UnitKind>,
    /// Span of what is counted.
    pub noun: Option<(usize, usize)>,
    /// Category from the taxonomy.
    pub category: Option<&'static str>,
    /// `rise` or `fall`.
    pub change: Option<&'static str>,
    /// `new`, `old` or `delta`.
    pub change_role: Option<&'static str>,
    /// How a range's two numbers were joined (`5-6`, `5 to 6`, `between 5
    /// and 6`); None for single figures and for bounds merged from two
    /// qualifiers ("more than 10 and less than 20").
    pub joiner: Option<Joiner>,
}

/// One number with its unit, before qualifiers and ranges.
#[derive(Debug, Clone)]
struct Part {
    start: usize,
    end: usize,
    /// The numeral itself.
    ns: usize,
    value: f64,
    lo: f64,
    hi: f64,
    vague: bool,
    rounding: f64,
    scale: f64,
    unit: Option<Cow<'static, str>>,
    kind: Option<UnitKind>,
    age: bool,
    /// Two numbers joined into a range.
    range: Option<Joiner>,
    /// Plain integer with no unit, prefix or scale.
    bare_int: bool,
    decimal: bool,
    /// A stated uncertainty: `9.83 ± 0.01`, `5 +/- 1`.
    tolerance: Option<f64>,
    /// "Odd" between the number and its unit ("40-odd years"): a lower
    /// bound.
    odd: bool,
}

/// Every figure in `text`, in order.
pub fn figures(text: &str) -> Vec<Figure> {
    let lowered = text.to_ascii_lowercase();
    figures_lowered(text, &lowered, &article_starts(lowered.as_bytes()))
}

/// [`figures`], given `lowered`, the text's ASCII lowered copy, and the
/// places of its articles ([`article_starts`]).
fn figures_lowered(text: &str, lowered: &str, articles: &[usize]) -> Vec<Figure> {
    let b = text.as_bytes();
    let nums = numbers::scan(text);
    let mut parts: Vec<Part> = Vec::with_capacity(nums.len());
    for (k, n) in nums.iter().enumerate() {
        if let Some(p) = part(b, n, nums.get(k + 1)) {
            // Units over a hyphen may have swallowed the next number's text.
            if parts.last().is_some_and(|l: &Part| l.end > p.start) {
                continue;
            }
            parts.push(p);
        } else if let Some(l) = parts.last_mut() {
            foot_inches(b, l, n);
        }
    }
    let parts = join_compounds(b, bid_offer_quotes(b, parts));
    let mut parts = join_ranges(text, parts);
    carry_currency(b, &mut parts);
    let mut figs: Vec<Figure> = Vec::with_capacity(parts.len());
    for (k, p) in parts.iter().enumerate() {
        let prev_end = if k > 0 { parts[k - 1].end } else { 0 };
        let next_start = parts.get(k + 1).map_or(b.len(), |q| q.start);
        figs.push(figure(b, p, prev_end, next_start));
    }
    merge_bounds(text, &mut figs);
    for k in 0..figs.len() {
        let prev_end = if k > 0 { figs[k - 1].end } else { 0 };
        let next_start = figs.get(k + 1).map_or(b.len(), |f| f.start);
        annotate(b, &mut figs, k, prev_end, next_start);
    }
    multipliers(lowered, &mut figs);
    single_units(text, articles, &mut figs);
    figs.retain(|f| {
        text.is_char_boundary(f.start) && text.is_char_boundary(f.end) && f.start < f.end
    });
    figs
}

/// Where "a " or "an " starts, in any case, in ascending order: the two
/// searched in the text's ASCII lowered copy `lowered` (one "a" cannot
/// start both). Far fewer places than every "a" of the text.
fn article_starts(lowered: &[u8]) -> Vec<usize> {
    static A: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"a "));
    static AN: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"an "));
    let mut at: Vec<usize> = A.find_iter(lowered).chain(AN.find_iter(lowered)).collect();
    at.sort_unstable();
    at
}

/// Each "a" or "an" followed by a space and a word of 2 to 12 ASCII
/// letters: `(start of "a", end of the word, the word)`. A byte scan: a
/// regex for it tries a match at every space of the text. `articles`:
/// the places of "a " and "an " ([`article_starts`]).
fn a_word_pairs<'a>(
    b: &'a [u8],
    articles: &'a [usize],
) -> impl Iterator<Item = (usize, usize, &'a [u8])> + 'a {
    articles.iter().filter_map(move |&i| {
        if i > 0 && b[i - 1].is_ascii_alphanumeric() {
            return None;
        }
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'n' | b'N')) {
            j += 1;
        }
        if b.get(j) != Some(&b' ') {
            return None;
        }
        let ws = j + 1;
        let we = ws
            + b[ws..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        let whole = b
            .get(we)
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'_');
        ((2..=12).contains(&(we - ws)) && whole).then(|| (i, we, &b[ws..we]))
    })
}

/// Whether "a" and the measure `word` before `of` at `end` weigh or
/// measure one of it ("a gallon of petrol", "an acre of land", "an ounce
/// of gold"), not an idiom ("a bit of", "a degree of", "a ton of work",
/// "an atmosphere of fear", "a point of order", "a magnitude of 6.2").
fn one_measure_of(b: &[u8], word: &[u8], unit: Unit, end: usize) -> bool {
    unit.kind == UnitKind::Measure
        && b.get(end) == Some(&b' ')
        && word_after(b, end).is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"of"))
        && !word_in(
            word,
            &[
                b"bit",
                b"point",
                b"degree",
                b"turn",
                b"atmosphere",
                b"knot",
                b"ton",
                b"stone",
                b"pound",
                // "a magnitude of 6.2": the figure after gives the size.
                b"magnitude",
            ],
        )
}

/// Whether "a" and the measure before `end` give a size or a distance
/// by the word after it ("a mile away", "a foot long", "a metre deep") or
/// an amount of rain or snow ("an inch of rain", "a foot of snow").
fn one_measure_sized(b: &[u8], unit: Unit, start: usize, end: usize) -> bool {
    const SIZES: &[&[u8]] = &[
        b"away", b"long", b"tall", b"wide", b"high", b"deep", b"thick",
    ];
    if unit.kind != UnitKind::Measure {
        return false;
    }
    // The size as a compound adjective: "a mile-long queue", "a metre-deep
    // trench", "a mile - wide slick" (tokenised).
    let adj = if b.get(end) == Some(&b'-') {
        Some(end + 1)
    } else if b[end..].starts_with(b" - ") {
        Some(end + 3)
    } else {
        None
    };
    if let Some(k) = adj {
        let e = alpha_end(b, k);
        return e > k
            && word_in(&b[k..e], SIZES)
            && b[e..].starts_with(b" ")
            && b.get(e + 1).is_some_and(u8::is_ascii_lowercase);
    }
    if b.get(end) != Some(&b' ') {
        return false;
    }
    // "0.30 of an inch", "50 cts a barrel": a part of the unit, or the
    // unit of a price or a rate.
    let p = skip_space_back(b, start);
    if p > 0 && (is_digit(b[p - 1]) || !b[p - 1].is_ascii()) {
        return false;
    }
    if let Some((ps, pe)) = word_before(b, start) {
        let w = &b[ps..pe];
        if w.eq_ignore_ascii_case(b"of")
            || w.eq_ignore_ascii_case(b"per")
            || lookup_unit(w).is_some()
        {
            return false;
        }
    }
    let Some((s, e)) = word_after(b, end) else {
        return false;
    };
    let w = &b[s..e];
    if word_in(w, SIZES) {
        return true;
    }
    w.eq_ignore_ascii_case(b"of")
        && word_after(b, e).is_some_and(|(s2, e2)| {
            word_in(
                &b[s2..e2],
                &[b"rain", b"rainfall", b"snow", b"snowfall", b"hail"],
            )
        })
}

/// The unit of a frequency per the period `word` ("twice a week"):
/// times per day, week, month or year.
fn frequency_unit(word: &[u8]) -> Option<Unit> {
    let mut buf = [0u8; 24];
    let unit = match lower(word, &mut buf)? {
        b"day" => "times/day",
        b"night" => "times/night",
        b"week" => "times/week",
        b"fortnight" => "times/fortnight",
        b"month" => "times/month",
        b"quarter" => "times/quarter",
        b"season" => "times/season",
        b"year" => "times/year",
        b"decade" => "times/decade",
        b"hour" => "times/hour",
        b"minute" => "times/minute",
        _ => return None,
    };
    Some(Unit {
        unit,
        kind: UnitKind::Ratio,
        case_sensitive: false,
        pre: false,
        weak: false,
    })
}

/// The end of " and a half" at `i`, a whole word.
fn and_a_half_at(b: &[u8], i: usize) -> Option<usize> {
    const AND_A_HALF: &[u8] = b" and a half";
    let e = i + AND_A_HALF.len();
    (numbers::starts_ci(b, i, AND_A_HALF) && !b.get(e).is_some_and(|&c| is_wordish(c))).then_some(e)
}

/// Whether a figure follows `i` in its clause ("a gallon of petrol costs
/// $4": the price of one gallon), within a short reach.
fn figure_in_clause_after(b: &[u8], figs: &[Figure], i: usize) -> bool {
    figs.iter().find(|f| f.start >= i).is_some_and(|f| {
        f.start - i <= 80
            && !b[i..f.start]
                .windows(2)
                .any(|w| matches!(w[0], b'.' | b'!' | b'?' | b';') && w[1] == b' ')
    })
}

/// Adds a figure of one for a unit after "a" or "an" when a qualifier
/// comes before it ("almost an hour" is at most one hour, "more than a
/// year" above one year); a bare "an hour later" counts nothing. "Half a"
/// unit is a figure of 0.5 with or without a qualifier ("half a mile",
/// "half a percentage point"), and so are the adjectives "half-mile" and
/// "quarter-mile" (0.25).
fn single_units(text: &str, articles: &[usize], figs: &mut Vec<Figure>) {
    let b = text.as_bytes();
    let mut found = false;
    let after_a = a_word_pairs(b, articles).filter_map(|(m_start, m_end, word)| {
        // "half a mile", "half an hour", "half a percentage point": half
        // of one unit, the unit read in full (it may have several words).
        let before = word_before(b, m_start);
        let half = before
            .filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"half") && b[e..m_start] == *b" ");
        if let Some((hs, _)) = half {
            let m = unit_after(b, m_end - word.len(), false).filter(|m| divisible_unit(&m.unit))?;
            return Some((hs, m.end, m.unit, 0.5));
        }
        // "twice a week", "once a year": how often, in times per period.
        let often = before.and_then(|(ws, we)| {
            let times = match &b[ws..we] {
                w if w.eq_ignore_ascii_case(b"once") => 1.0,
                w if w.eq_ignore_ascii_case(b"twice") => 2.0,
                w if w.eq_ignore_ascii_case(b"thrice") => 3.0,
                _ => return None,
            };
            (b[we..m_start] == *b" ").then_some((ws, times))
        });
        if let Some((ws, times)) = often {
            if let Some(u) = frequency_unit(word) {
                return Some((ws, m_end, u, times));
            }
        }
        // A change by "a percentage point" ("rates rose a percentage
        // point", "cut by a percentage point"): one point.
        if word.eq_ignore_ascii_case(b"percentage") {
            let m = unit_after(b, m_end - word.len(), false)
                .filter(|m| m.unit.unit == "percentage_point")?;
            let by = before
                .filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"by") && b[e..m_start] == *b" ")
                .map_or(m_start, |(s, _)| s);
            change_before(b, by, 3)?;
            return Some((m_start, m.end, m.unit, 1.0));
        }
        let unit = lookup_unit(word)
            .filter(|u| matches!(u.kind, UnitKind::Time | UnitKind::Measure) && !u.weak)?;
        // "about a second shooting", "at least a second time": the
        // ordinal before its noun, not the unit ("about a second or two",
        // "a second later").
        if word.eq_ignore_ascii_case(b"second") {
            const AFTER_UNIT: &[&str] = &[
                "or", "and", "to", "after", "before", "later", "earlier", "ago", "longer", "of",
                "in", "for", "when", "while", "as", "than", "too", "so", "at", "on", "that", "the",
                "he", "she", "they", "it", "we", "i", "you", "nobody", "everyone",
            ];
            if word_after(b, m_end).is_some_and(|(s, e)| {
                !AFTER_UNIT
                    .iter()
                    .any(|w| b[s..e].eq_ignore_ascii_case(w.as_bytes()))
            }) {
                return None;
            }
        }
        // "a year and a half", "a mile and a half": one and a half units.
        if let Some(e) = and_a_half_at(b, m_end) {
            return Some((m_start, e, unit, 1.5));
        }
        if qualifier_before(b, m_start).is_none()
            && !(one_measure_of(b, word, unit, m_end) && figure_in_clause_after(b, figs, m_end))
            && !one_measure_sized(b, unit, m_start, m_end)
        {
            return None;
        }
        Some((m_start, m_end, unit, 1.0))
    });
    // Collected first: the finders read the figures found so far.
    let found_units: Vec<_> = after_a
        .chain(fraction_adjectives(b))
        .chain(fold_words(b))
        .collect();
    for (m_start, m_end, unit, value) in found_units {
        // "a mile and a half": the scanner's "a half" inside gives way.
        if b[m_start..m_end].ends_with(b"and a half") {
            figs.retain(|f| !(f.start >= m_start && f.end <= m_end));
        }
        if figs.iter().any(|f| f.start < m_end && m_start < f.end) {
            continue;
        }
        let p = Part {
            start: m_start,
            end: m_end,
            ns: m_start,
            value,
            lo: value,
            hi: value,
            vague: false,
            rounding: 1.0,
            scale: 1.0,
            unit: Some(Cow::Borrowed(unit.unit)),
            kind: Some(unit.kind),
            age: false,
            range: None,
            bare_int: false,
            decimal: false,
            tolerance: None,
            odd: false,
        };
        let prev_end = figs
            .iter()
            .rev()
            .find(|f| f.end <= m_start)
            .map_or(0, |f| f.end);
        let next_start = figs
            .iter()
            .find(|f| f.start >= m_end)
            .map_or(b.len(), |f| f.start);
        let mut f = figure(b, &p, prev_end, next_start);
        if f.category.is_none() && unit.kind != UnitKind::Percent {
            f.category = Some(match unit.kind {
                UnitKind::Time => "duration",
                UnitKind::Measure => "measure",
                _ => "other",
            });
        }
        figs.push(f);
        found = true;
    }
    if found {
        figs.sort_by_key(|f| f.start);
    }
}

/// Whether a text holds a word of death, wounding or shooting, with which
/// every implied count ([`implied_counts`]) and multiple killing
/// ([`multiple_victims`]) is told. A text without one (most business,
/// sports and political news) is not read for them: its lowered copy
/// searched for every cue at once costs less than those readers. ("die" is also
/// in "soldier" and "audience": such texts are read.)
fn tells_of_casualties(lowered: &str) -> bool {
    static CUES: LazyLock<Literals> = LazyLock::new(|| {
        Literals::new(&[
            "shot", "kill", "dead", "die", "death", "injur", "wound", "hurt", "hospital", "shoot",
            "murder", "slain", "slay", "homicide", "stab", "struck", "gunfire", "bullet",
        ])
    });
    CUES.any_in(lowered)
}

/// Several literal words searched at once in a text: aho-corasick's
/// packed SIMD searcher (Teddy) where the machine has one, else one
/// `memmem` search a word.
pub(crate) struct Literals {
    packed: Option<aho_corasick::packed::Searcher>,
    each: Vec<(memchr::memmem::Finder<'static>, usize)>,
}

impl Literals {
    pub(crate) fn new<S: AsRef<str>>(words: &[S]) -> Literals {
        Literals {
            packed: aho_corasick::packed::Searcher::new(words.iter().map(AsRef::as_ref)),
            each: words
                .iter()
                .map(|w| {
                    let w = w.as_ref().as_bytes();
                    (memchr::memmem::Finder::new(w).into_owned(), w.len())
                })
                .collect(),
        }
    }

    /// Whether any of the words is in `hay`.
    pub(crate) fn any_in(&self, hay: &str) -> bool {
        match &self.packed {
            Some(p) => p.find(hay).is_some(),
            None => self
                .each
                .iter()
                .any(|(f, _)| f.find(hay.as_bytes()).is_some()),
        }
    }

    /// Every place one of the words is in `hay`, `(start, end)` in text
    /// order (for words no two of which can overlap, the packed
    /// searcher's leftmost matches are all of them).
    pub(crate) fn all_in(&self, hay: &str) -> Vec<(usize, usize)> {
        match &self.packed {
            Some(p) => p.find_iter(hay).map(|m| (m.start(), m.end())).collect(),
            None => {
                let mut at: Vec<(usize, usize)> = self
                    .each
                    .iter()
                    .flat_map(|(f, n)| f.find_iter(hay.as_bytes()).map(move |s| (s, s + n)))
                    .collect();
                at.sort_unstable();
                at
            }
        }
    }
}

/// The words (ASCII letters) after `i` in its clause, over a comma
/// ("was shot, but survived"), up to any other mark.
fn clause_words(b: &[u8], mut i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    std::iter::from_fn(move || {
        if b.get(i) == Some(&b',') {
            i += 1;
        }
        let w = word_after(b, i)?;
        i = w.1;
        Some(w)
    })
}

/// One person, as news names the dead and the hurt one at a time ("a
/// man", "his daughter"): singular nouns, sorted, looked up
/// by binary search. Read by [`implied_counts`] and by the frame reader
/// for one person joined to a count ("two men and a woman").
pub(super) const PERSON_NOUNS: &[&str] = &[
    "aunt",
    "baby",
    "boy",
    "boyfriend",
    "brother",
    "bystander",
    "cashier",
    "child",
    "clerk",
    "cousin",
    "customer",
    "cyclist",
    "daughter",
    "deputy",
    "driver",
    "employee",
    "father",
    "female",
    "fiance",
    "fiancee",
    "firefighter",
    "friend",
    "girl",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "guard",
    "homeowner",
    "husband",
    "infant",
    "juvenile",
    "male",
    "man",
    "mother",
    "motorist",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "nurse",
    "officer",
    "passenger",
    "pedestrian",
    "person",
    "relative",
    "resident",
    "roommate",
    "sister",
    "soldier",
    "son",
    "stepbrother",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepsister",
    "stepson",
    "student",
    "teacher",
    "teen",
    "teenager",
    "tenant",
    "toddler",
    "trooper",
    "uncle",
    "victim",
    "wife",
    "woman",
    "worker",
    "youth",
];

/// What hits a person shot ("hit by a stray bullet", "struck by
/// gunfire"), read by [`implied_counts`] and by the frame reader.
pub(super) const GUNFIRE_WORDS: &[&str] = &[
    "gunfire",
    "bullet",
    "bullets",
    "stray",
    "gunshot",
    "gunshots",
    "shots",
    "rounds",
    "shrapnel",
    "crossfire",
];

/// Parts of a body, singular, sorted ("hit in the leg"; "shot in one of
/// his legs" counts no people).
const BODY_PARTS: &[&str] = &[
    "abdomen", "ankle", "arm", "back", "buttock", "cheek", "chest", "ear", "elbow", "eye", "face",
    "finger", "foot", "groin", "hand", "head", "hip", "jaw", "kidney", "knee", "leg", "limb",
    "lung", "neck", "rib", "shoulder", "side", "stomach", "temple", "thigh", "toe", "torso",
    "wrist",
];

/// Whether a word (any case) names a part of a body, singular or plural
/// ("leg", "legs", "teeth").
fn body_part_word(w: &[u8]) -> bool {
    let mut buf = [0u8; 10];
    if w.len() > buf.len() {
        return false;
    }
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()])
        .is_ok_and(|x| BODY_PARTS.binary_search(&x).is_ok() || body_parts(x))
}

/// Whether a plural noun (lower case) names parts of a body ("legs",
/// "temples", "teeth"); not those that may be people ("heads of state",
/// "farm hands", "backs" of a team, "sides").
pub(super) fn body_parts(x: &str) -> bool {
    x == "teeth"
        || x.strip_suffix('s').is_some_and(|one| {
            !matches!(one, "head" | "hand" | "back" | "side" | "face")
                && BODY_PARTS.binary_search(&one).is_ok()
        })
}

/// The words of the sentence (or line) that holds `i`, before `i`.
fn sentence_words_before(b: &[u8], i: usize) -> impl Iterator<Item = &[u8]> {
    let opening = b[..i]
        .iter()
        .rposition(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n'))
        .map_or(0, |k| k + 1);
    b[opening..i].split(|c| !c.is_ascii_alphabetic())
}

/// People one at a time in a death or an injury: "a man was killed", "an
/// officer died", "a 17-year-old boy was shot and killed", "a woman was
/// wounded", and the headline "Man killed in crash". Each is a count of
/// one (qualifier `implied`: no numeral is written), which a story's
/// figures use when no article gives the toll in figures; the report
/// never compares it pair by pair ("a man was killed" may be one of
/// several dead). Only a singular verb counts: "a man and a woman were
/// killed" is no count of one. `lowered` is the text's ASCII lowered copy,
/// `articles` the places of its "a" and "an" ([`article_starts`]).
fn implied_counts(text: &str, lowered: &str, articles: &[usize], figs: &mut Vec<Figure>) {
    const BETWEEN: &[&str] = &[
        "was",
        "is",
        "were",
        "are",
        "have",
        "both",
        "has",
        "had",
        "been",
        "later",
        "also",
        "reportedly",
        "apparently",
        "allegedly",
        "accidentally",
        "mistakenly",
        "unintentionally",
        "remains",
        "remained",
        "shot",
        "stabbed",
        "beaten",
        "found",
        "pronounced",
        "fatally",
        "critically",
        "seriously",
        "severely",
        "badly",
        "slightly",
    ];
    const DEATH: &[&str] = &["killed", "slain", "murdered", "dead", "died", "dies"];
    // Words that open a group of untold size or a count of its own.
    const GROUPS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several",
        "other", "others", "more", "many", "multiple", "dozens",
    ];
    const CONDITIONS: &[&str] = &["critical", "serious", "stable", "fair", "grave", "good"];
    const INJURY: &[&str] = &[
        "wounded",
        "injured",
        "hurt",
        "hospitalized",
        "hospitalised",
        "grazed",
    ];
    debug_assert!(
        PERSON_NOUNS.windows(2).all(|p| p[0] < p[1]),
        "PERSON_NOUNS sorted"
    );
    debug_assert!(
        BODY_PARTS.windows(2).all(|p| p[0] < p[1]),
        "BODY_PARTS sorted"
    );
    let b = text.as_bytes();
    // Run at every "a" and "an" of the text: the noun is lowered on the
    // stack and looked up once.
    // "a 17-year-old": an age stands for the person.
    let is_age = |w: &[u8]| {
        let digits = w.iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&digits)
            && [&b"-year-old"[..], b"-month-old"]
                .iter()
                .any(|t| w[digits..].eq_ignore_ascii_case(t))
    };
    let is_person = |w: &[u8]| {
        if is_age(w) {
            return true;
        }
        let mut buf = [0u8; 12];
        if w.len() < 3 || w.len() > buf.len() {
            return false;
        }
        for (d, c) in buf.iter_mut().zip(w) {
            *d = c.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..w.len()]).is_ok_and(|w| PERSON_NOUNS.binary_search(&w).is_ok())
    };
    let lower_is = |(s, e): (usize, usize), set: &[&str]| {
        set.iter()
            .any(|w| b[s..e].eq_ignore_ascii_case(w.as_bytes()))
    };
    // Past the noun: a singular verb, then the death ("was shot and
    // killed", "is dead", "died", "was found dead").
    // "killed" right after the noun is the killer in prose ("a man killed
    // his wife") and the killed only in a headline ("Man killed in crash").
    // In prose an auxiliary must come first: "a man shot and killed his
    // wife" tells of the killer.
    let death_after = |mut i: usize, headline: bool| -> Option<&'static str> {
        let (mut passive, mut fatal) = (headline, false);
        for _ in 0..4 {
            let w = word_after(b, i)?;
            if lower_is(w, DEATH) {
                return (passive || lower_is(w, &["dead", "died", "dies"])).then_some("deaths");
            }
            if lower_is(w, INJURY) {
                return passive.then_some(if fatal { "deaths" } else { "injured" });
            }
            // "was fatally shot", "was shot to death".
            let wounding = lower_is(w, &["shot", "stabbed", "struck"]);
            if fatal && wounding && passive {
                return Some("deaths");
            }
            // "was shot in the leg": hit, and no more is told here ("was
            // shot at" missed; "shot and killed", "shot dead" go on).
            if passive && lower_is(w, &["shot"]) {
                let next = word_after(b, w.1);
                let goes_on = next.is_some_and(|n| {
                    lower_is(
                        n,
                        &["and", "dead", "to", "fatally", "at", "multiple", "several"],
                    )
                });
                if !goes_on {
                    // "was shot, but survived": hit and alive.
                    if clause_words(b, w.1)
                        .take(3)
                        .any(|n| lower_is(n, &["survived"]))
                    {
                        return Some("injured");
                    }
                    return Some("casualties");
                }
            }
            // "was hit in the leg", "was also hit.", "was struck by a
            // stray bullet": hit by gunfire (not "was hit by a car", "was
            // struck in a crash").
            if passive && lower_is(w, &["hit", "struck"]) {
                let next = word_after(b, w.1);
                let gunfire = next.is_some_and(|n| lower_is(n, &["by"]))
                    && clause_words(b, w.1)
                        .skip(1)
                        .take(2)
                        .any(|n| lower_is(n, GUNFIRE_WORDS));
                let in_body = next.is_some_and(|n| lower_is(n, &["in"]))
                    && clause_words(b, w.1)
                        .skip(1)
                        .take(2)
                        .any(|(a, z)| body_part_word(&b[a..z]));
                let times = next.is_some_and(|n| lower_is(n, &["multiple", "several", "twice"]));
                if gunfire || in_body || times || next.is_none() && b.get(w.1) != Some(&b'-') {
                    return Some("casualties");
                }
            }
            if lower_is(w, &["to"]) && passive {
                let next = word_after(b, w.1)?;
                return lower_is(next, &["death"]).then_some("deaths");
            }
            // Hurt, told by the state the person is in: "is in critical
            // condition", "remains in stable condition", "is expected to
            // survive", "suffered a gunshot wound".
            if passive && lower_is(w, &["in"]) {
                let state = word_after(b, w.1)
                    .filter(|c| lower_is(*c, CONDITIONS))
                    .and_then(|c| word_after(b, c.1));
                if state.is_some_and(|c| lower_is(c, &["condition"])) {
                    return Some("injured");
                }
                // "remains in the hospital", "is in hospital".
                let mut h = word_after(b, w.1);
                if h.is_some_and(|t| lower_is(t, &["the"])) {
                    h = h.and_then(|t| word_after(b, t.1));
                }
                if h.is_some_and(|t| lower_is(t, &["hospital"])) {
                    return Some("injured");
                }
            }
            // "was taken to a hospital with a gunshot wound": hurt; "was
            // taken to a hospital, where he died": dead.
            // So is one who went, walked or came to a hospital ("a girl
            // went to a hospital for treatment of a gunshot wound").
            let went = lower_is(w, &["went", "walked", "arrived", "showed", "came"]);
            if went || passive && lower_is(w, &["taken", "transported", "rushed", "airlifted"]) {
                let mut hospital = false;
                for n in clause_words(b, w.1).take(12) {
                    if hospital && lower_is(n, &["died", "dead", "pronounced", "succumbed"]) {
                        return Some("deaths");
                    }
                    hospital |= lower_is(n, &["hospital"]);
                }
                return hospital.then_some("injured");
            }
            if passive && lower_is(w, &["expected"]) {
                let to = word_after(b, w.1).filter(|t| lower_is(*t, &["to"]));
                let live = to.and_then(|t| word_after(b, t.1));
                if live.is_some_and(|l| lower_is(l, &["survive", "recover", "live"])) {
                    return Some("injured");
                }
            }
            if lower_is(w, &["suffered", "sustained"]) {
                // "suffered a fatal gunshot wound": died of it.
                let mut fatal_wound = false;
                for n in clause_words(b, w.1).take(4) {
                    fatal_wound |= lower_is(n, &["fatal", "mortal"]);
                    if lower_is(n, &["wound", "wounds", "injury", "injuries"]) {
                        return Some(if fatal_wound { "deaths" } else { "injured" });
                    }
                }
                return None;
            }
            passive |= lower_is(
                w,
                &[
                    "was", "is", "has", "had", "been", "were", "are", "have", "remains", "remained",
                ],
            );
            fatal |= lower_is(w, &["fatally"]);
            if !(lower_is(w, BETWEEN) || lower_is(w, &["and"]) && i > 0) {
                return None;
            }
            i = w.1;
        }
        None
    };
    // One person of a list, after `i`: "a woman", "his 11-year-old
    // daughter", "son". The end of its noun.
    // The end of the word at `k`, digits and inner hyphens included
    // ("17-year-old").
    let token_end = |k: usize| {
        k + b[k..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count()
    };
    // After the subject's noun ending at `i`, its phrase ("in North
    // Highlands apartment shooting", "of suspected 14-year-old shooter"),
    // then "dies" or "died" within eight words of the clause.
    let dies_after_phrase = |i: usize| {
        if !word_after(b, i).is_some_and(|w| lower_is(w, &["in", "of", "from"])) {
            return false;
        }
        let mut k = i;
        for _ in 0..8 {
            let s = skip_space(b, k);
            let e = token_end(s);
            if e == s {
                return false;
            }
            if lower_is((s, e), &["dies", "died"]) {
                return true;
            }
            k = e;
        }
        false
    };
    let item = |i: usize| -> Option<usize> {
        let mut end = i;
        let mut noun: &[u8] = b"";
        let mut det = false;
        for n in 0..4 {
            let k = skip_space(b, end);
            let ke = token_end(k);
            if ke == k {
                break;
            }
            if n == 0 && lower_is((k, ke), &["a", "an", "his", "her", "their"]) {
                end = ke;
                det = true;
                continue;
            }
            // A headline's subject described by one word first: where
            // the person is from or what they are ("Brooklyn boy",
            // "Teenage girl", "Teen girl"), the person's noun next.
            // (A text's first words only, a headline's; not a count's
            // nor a determiner's: "One person is dead", "The man".)
            if n == 0 && i == 0 && !is_age(&b[k..ke]) {
                let k2 = skip_space(b, ke);
                let ke2 = token_end(k2);
                let described = b[k].is_ascii_uppercase()
                    || lower_is((k, ke), &["teenage", "teen", "young", "elderly", "local"]);
                if described
                    && ke2 > k2
                    && is_person(&b[k2..ke2])
                    && !is_age(&b[k2..ke2])
                    && numbers::simple_number_word(&b[k..ke]).is_none()
                    && !lower_is(
                        (k, ke),
                        &[
                            "the", "this", "that", "another", "each", "every", "no", "some",
                            "several", "many", "both", "all", "other",
                        ],
                    )
                {
                    end = ke2;
                    noun = &b[k2..ke2];
                    break;
                }
            }
            // Without a determiner only an age may come first ("kills
            // man, grazes child": "grazes" is a verb).
            if !det && n > 0 && !is_age(noun) {
                return None;
            }
            if is_age(noun) && !is_person(&b[k..ke]) {
                // "a 24-year-old Roswell woman": the place she is from
                // (a word or two) between the age and the noun; "a
                // 41-year-old black woman", "a 30-year-old pregnant
                // woman".
                let k2 = skip_space(b, ke);
                let ke2 = token_end(k2);
                let described = b[k].is_ascii_uppercase()
                    || lower_is(
                        (k, ke),
                        &[
                            "black",
                            "white",
                            "pregnant",
                            "unidentified",
                            "unnamed",
                            "local",
                        ],
                    );
                if described && ke2 > k2 && is_person(&b[k2..ke2]) {
                    end = ke;
                    continue;
                }
                // A place of two words: "a 20-year-old Des Moines man".
                let k3 = skip_space(b, ke2);
                let ke3 = token_end(k3);
                if b[k].is_ascii_uppercase()
                    && ke2 > k2
                    && b[k2].is_ascii_uppercase()
                    && ke3 > k3
                    && is_person(&b[k3..ke3])
                    && !is_age(&b[k3..ke3])
                {
                    end = ke2;
                    continue;
                }
                break;
            }
            end = ke;
            noun = &b[k..ke];
            if is_person(noun) && !is_age(noun) {
                break;
            }
        }
        is_person(noun).then_some(end)
    };
    // The items after a first one ending at `end`: ", a woman", " and his
    // daughter", ", son". Their count with the first, and the end of the
    // last; None when a figure or a group joins the list ("a man and two
    // women": the numerals count themselves).
    let rest = |first_end: usize, headline: bool| -> Option<(f64, usize)> {
        let (mut n, mut end, mut closed) = (1.0, first_end, false);
        loop {
            let mut j = end;
            if b.get(j) == Some(&b',') {
                j += 1;
            }
            let and = word_after(b, j).filter(|w| lower_is(*w, &["and"]));
            if let Some(w) = and {
                j = w.1;
            }
            if j == end {
                break;
            }
            let k = skip_space(b, j);
            let token = &b[k..token_end(k)];
            let group = (token.first().is_some_and(u8::is_ascii_digit) && !is_age(token))
                || word_after(b, j).is_some_and(|w| lower_is(w, GROUPS));
            if group {
                return None;
            }
            match item(j) {
                Some(e) => {
                    end = e;
                    n += 1.0;
                    if and.is_some() {
                        closed = true;
                        break;
                    }
                }
                // "killing a boy and critically wounding his father": a
                // clause of its own follows, and the list has ended.
                None if and.is_some()
                    && word_after(b, j).is_some_and(|w| {
                        [&b"ly"[..], b"ing", b"ed"]
                            .iter()
                            .any(|t| b[w.0..w.1].ends_with(t))
                            || lower_is(w, &["then", "later", "also"])
                    }) =>
                {
                    break
                }
                // "his wife and children": a member of untold number.
                None if and.is_some() => return None,
                None => break,
            }
        }
        // A list ends on "and" ("a man, a woman and a boy") or, in a
        // headline, on the killer ("kills wife, son, then himself");
        // otherwise the second item is the first told again ("his first
        // victim, a 20-year-old").
        let killer = || {
            let mut j = end;
            for _ in 0..3 {
                if b.get(j) == Some(&b',') {
                    j += 1;
                }
                let Some(w) = word_after(b, j) else {
                    return false;
                };
                if lower_is(w, &["himself", "herself", "self"]) {
                    return true;
                }
                if !lower_is(w, &["then", "and"]) {
                    return false;
                }
                j = w.1;
            }
            false
        };
        if n > 1.0 && !closed && !headline && !killer() {
            return Some((1.0, first_end));
        }
        Some((n, end))
    };
    // (start, end of the article, end, category, count)
    let mut found: Vec<(usize, usize, usize, &'static str, f64)> = Vec::new();
    // Every "a" and "an": at most two words between it and the noun.
    let articles = articles.iter().filter_map(|&i| {
        if i > 0 && is_wordish(b[i - 1]) {
            return None;
        }
        let e = match b.get(i + 1) {
            Some(b'n' | b'N') => i + 2,
            _ => i + 1,
        };
        (b.get(e) == Some(&b' ')).then_some((i, e))
    });
    for (s, e) in articles {
        // "a man", "a 17-year-old boy", "an off-duty officer"; but "a
        // third man" is one more than those before: dead, counted below;
        // hurt ("a second man was injured"), one more hurt, as "another
        // man was wounded" is; from the third on, as many hit as the
        // ordinal says, dead or hurt ("Three were shot dead and a fourth
        // person was injured", "an 8th teen was injured": a second is as
        // often the other of two, "one deputy died, a second was
        // injured").
        // (An ordinal written with its digits, "8th", is a word here.)
        let ordinal = {
            let o = skip_space(b, e);
            let d = o + b[o..].iter().take_while(|c| c.is_ascii_digit()).count();
            let oe = alpha_end(b, d);
            (oe > o && b.get(oe).is_none_or(|&c| !is_wordish(c))).then_some((o, oe))
        };
        if let Some(ord) = ordinal.filter(|w| lower_is(*w, ORDINAL_WORDS)) {
            let person = word_after(b, ord.1).filter(|w| is_person(&b[w.0..w.1]));
            if let Some(p) = person {
                if death_after(p.1, false) == Some("injured") {
                    let n = ordinal_value(&b[ord.0..ord.1]).unwrap_or(2);
                    if n >= 3 {
                        found.push((ord.0, ord.1, p.1, "casualties", n as f64));
                    } else {
                        found.push((s, e, p.1, "injured", 1.0));
                    }
                }
            }
            continue;
        }
        let Some(end) = item(s) else { continue };
        // Not a list's item: "two men and a woman were killed"; but "and
        // a child was injured" opens a clause of its own.
        let verb = word_after(b, end);
        let singular = verb.is_some_and(|w| lower_is(w, &["was", "is", "has"]));
        let listed = !singular && word_before(b, s).is_some_and(|w| lower_is(w, &["and", "or"]));
        // "a shooting that left two people dead and a teen injured": the
        // last of the people a "left" names, each with its own state.
        if listed && verb.is_some_and(|w| lower_is(w, INJURY) || lower_is(w, DEATH)) {
            let left = sentence_words_before(b, s)
                .any(|w| word_in(w, &[b"left", b"leaving", b"leaves", b"leave"]));
            // The people before "and" have a state of their own ("two
            // dead and a teen injured"); else the state is all of
            // theirs ("five people and an unborn baby dead").
            let own_state = word_before(b, s)
                .and_then(|and| word_before(b, and.0))
                .is_some_and(|w| lower_is(w, INJURY) || lower_is(w, DEATH));
            if let Some(cat) = death_after(end, true).filter(|_| left && own_state) {
                found.push((s, e, end, cat, 1.0));
            }
            continue;
        }
        if !listed {
            // A plural verb is not one person's: "Four men coming from a
            // repast to honor a slain friend were shot" counts no friend.
            let plural = verb.is_some_and(|w| lower_is(w, &["were", "are", "have"]));
            if let Some(cat) = death_after(end, false).filter(|_| !plural) {
                found.push((s, e, end, cat, 1.0));
            } else if let Some((n, last)) = rest(end, false).filter(|r| r.0 > 1.0) {
                // "A man and his daughter were found dead": a count of
                // the people the list names.
                if let Some(cat) = death_after(last, false) {
                    found.push((s, e, last, cat, n));
                }
            }
        }
    }
    // A relative or companion told hurt at the head of a clause: "his
    // 7-year-old brother is expected to survive", "her mother remains in
    // the hospital". Hurt only: a death told so is one of the dead of
    // the story, whose toll the articles give in figures.
    // So is one named by the age alone after "the": "The 19-year-old was
    // taken to a hospital with a gunshot wound".
    static POSSESSIVE: LazyLock<[memchr::memmem::Finder<'static>; 3]> =
        LazyLock::new(|| [b"his ".as_slice(), b"her ", b"the "].map(memchr::memmem::Finder::new));
    for (f, finder) in POSSESSIVE.iter().enumerate() {
        for s in finder.find_iter(lowered.as_bytes()) {
            if s > 0 && is_wordish(b[s - 1]) {
                continue;
            }
            if f == 2 && !b.get(s + 4).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            // The subject of its clause: after a stop, "and", "while" or
            // at the start, not the object of a verb ("shot his brother").
            let head = word_before(b, s).is_none_or(|w| lower_is(w, &["and", "while", "but"]))
                || b[..s]
                    .trim_ascii_end()
                    .last()
                    .is_some_and(|c| matches!(c, b'.' | b',' | b';' | b'"'));
            if !head {
                continue;
            }
            // (After "the", the age alone: `item` takes no "the".)
            let Some(end) = item(if f == 2 { s + 4 } else { s }) else {
                continue;
            };
            // One person: "Gonzalez and her grandfather were wounded" are
            // a list's two.
            let plural = word_after(b, end).is_some_and(|w| lower_is(w, &["were", "are", "have"]));
            if !plural && death_after(end, false) == Some("injured") {
                found.push((s, s + 3, end, "injured", 1.0));
            }
        }
    }
    // "critically injures another", "left one dead, another critically
    // injured", "another man was wounded": one more person, counted.
    static ANOTHER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"nother"));
    for i in ANOTHER.find_iter(b) {
        let Some(w) = word_after(b, i.saturating_sub(1)) else {
            continue;
        };
        if w.0 + 1 != i || !lower_is(w, &["another"]) {
            continue;
        }
        let hurt_before = word_before(b, w.0).is_some_and(|v| {
            lower_is(v, WOUND_VERBS) || lower_is(v, &["injure", "wound", "hurt", "hurting"])
        });
        // A person noun may follow ("another man"), then the event.
        let end = match word_after(b, w.1) {
            Some(n) if is_person(&b[n.0..n.1]) => n.1,
            _ => w.1,
        };
        let cat = if hurt_before {
            Some("injured")
        } else {
            death_after(end, true)
        };
        if let Some(cat) = cat {
            found.push((w.0, w.1, end, cat, 1.0));
        }
    }
    // The people an active verb names, after it: "killed his wife and
    // son", "wounding his father". None after a passive's preposition
    // ("was killed by", "was wounded in"): those are counted above.
    let passive = |verb: (usize, usize)| {
        word_after(b, verb.1).is_some_and(|w| lower_is(w, &["by", "in", "on", "at"]))
    };
    let named_after = |verb: (usize, usize)| -> Option<(f64, usize)> {
        if passive(verb) {
            return None;
        }
        item(verb.1).and_then(|first| rest(first, false))
    };
    // The people a killing names: "killed his wife and son", "Father
    // kills wife, son, daughter, then himself", "fatally shot a woman".
    static KILL: LazyLock<[memchr::memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        [b"kill".as_slice(), b"Kill", b"atally sho"].map(memchr::memmem::Finder::new)
    });
    for finder in KILL.iter() {
        for i in finder.find_iter(b) {
            let Some(verb) = word_after(b, i.saturating_sub(1)) else {
                continue;
            };
            if verb.0 + 1 < i || !lower_is(verb, &["killed", "kills", "killing", "fatally"]) {
                continue;
            }
            let verb = if lower_is(verb, &["fatally"]) {
                match word_after(b, verb.1) {
                    Some(w) if lower_is(w, &["shot", "shoots", "stabbed", "stabs"]) => w,
                    _ => continue,
                }
            } else {
                verb
            };
            let Some((n, last)) = named_after(verb) else {
                continue;
            };
            let s = skip_space(b, verb.1);
            found.push((s, token_end(s), last, "deaths", n));
        }
    }
    // A shooter who hit himself and others: "shooting self, girl",
    // "shot himself and his friend", "the shooting of himself and a
    // woman". The people of the list, the shooter among them (two at
    // least: "shot himself" alone is told of in other words).
    let with_self = |mut i: usize| -> Option<(f64, usize)> {
        const SELF: &[&str] = &["self", "himself", "herself"];
        if let Some(w) = word_after(b, i).filter(|w| lower_is(*w, &["of", "both"])) {
            i = w.1;
        }
        let (mut n, mut selves, mut end) = (0.0, 0, i);
        loop {
            let mut j = end;
            if n > 0.0 {
                if matches!(b.get(j), Some(b',')) {
                    j += 1;
                }
                let k = skip_space(b, j);
                if b.get(k) == Some(&b'&') {
                    j = k + 1;
                } else if let Some(w) = word_after(b, j).filter(|w| lower_is(*w, &["and"])) {
                    j = w.1;
                }
                if j == end {
                    break;
                }
            }
            if let Some(w) = word_after(b, j).filter(|w| lower_is(*w, SELF)) {
                (n, selves, end) = (n + 1.0, selves + 1, w.1);
            } else if let Some(e) = item(j) {
                (n, end) = (n + 1.0, e);
            } else {
                break;
            }
        }
        (selves == 1 && n >= 2.0).then_some((n, end))
    };
    // The people a wounding names: "critically wounding his father",
    // "injured a woman and her son", "wounded a bystander"; and those a
    // shooting names with the shooter.
    static WOUND: LazyLock<[memchr::memmem::Finder<'static>; 5]> = LazyLock::new(|| {
        [b"ound".as_slice(), b"njur", b"hoot", b"HOOT", b"hot "].map(memchr::memmem::Finder::new)
    });
    for finder in WOUND.iter() {
        for i in finder.find_iter(b) {
            let Some(verb) = word_after(b, i.saturating_sub(2)) else {
                continue;
            };
            let wound = lower_is(verb, WOUND_VERBS);
            if verb.0 + 2 < i || !(wound || lower_is(verb, SHOOT_VERBS)) {
                continue;
            }
            if passive(verb) {
                continue;
            }
            if let Some((n, last)) = with_self(verb.1) {
                // The list opens after "of" or "both".
                let s = word_after(b, verb.1)
                    .filter(|w| lower_is(*w, &["of", "both"]))
                    .map_or(skip_space(b, verb.1), |w| skip_space(b, w.1));
                let cat = if wound { "injured" } else { "casualties" };
                found.push((s, token_end(s), last, cat, n));
            } else if let Some((n, last)) = named_after(verb).filter(|_| wound) {
                let s = skip_space(b, verb.1);
                found.push((s, token_end(s), last, "injured", n));
            }
        }
    }
    // The person a death is of: "the shooting death of an 8-year-old
    // girl", "arrested in the killing of a man and his son".
    // Each noun with " of " searched in the lowered copy (any case of it
    // in the text), all at once, in text order: no two can overlap.
    static DEATH_OF: LazyLock<Literals> = LazyLock::new(|| {
        Literals::new(
            &DEATH_NOUNS
                .iter()
                .map(|n| format!("{n} of "))
                .collect::<Vec<_>>(),
        )
    });
    let death_of = DEATH_OF.all_in(lowered);
    for (start, end) in death_of {
        if start > 0 && is_wordish(b[start - 1]) {
            continue;
        }
        // `i`: the space before "of".
        let i = end - 4;
        let Some(first) = item(i + 3) else { continue };
        let Some((n, last)) = rest(first, false) else {
            continue;
        };
        let s = skip_space(b, i + 3);
        found.push((s, token_end(s), last, "deaths", n));
    }
    // An ordinal victim's death: "Second victim dies", "5th person dies
    // after July murder-suicide", "a third man has died". As many are
    // dead as the ordinal says: those before died first.
    static ORDINAL: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            // A DFA: searched over every text, built once.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(ORDINAL_WORDS)
            .ok()
    });
    for m in ORDINAL.iter().flat_map(|ac| ac.find_iter(b)) {
        if (m.start() > 0 && is_wordish(b[m.start() - 1]))
            || b.get(m.end()).is_some_and(|&c| is_wordish(c))
        {
            continue;
        }
        // Second, 2nd, third, 3rd, ...
        let n = (m.pattern().as_usize() / 2 + 2) as f64;
        // The person, after at most two words ("Second teen victim",
        // "third shooting victim"), and any person words that follow.
        let mut j = m.end();
        let mut person = None;
        for _ in 0..3 {
            let Some(w) = word_after(b, j) else { break };
            j = w.1;
            if is_person(&b[w.0..w.1]) {
                person = Some(w.1);
                break;
            }
        }
        let Some(mut end) = person else { continue };
        while let Some(w) = word_after(b, end).filter(|w| is_person(&b[w.0..w.1])) {
            end = w.1;
        }
        // "Second teen victim of suspected 14-year-old shooter dies".
        let died = death_after(end, false) == Some("deaths") || dies_after_phrase(end);
        // (After the hurt in its sentence, the ordinal counts all those
        // hit: "two suffered injuries and a third person died".)
        let after_hurt =
            sentence_words_before(b, m.start()).any(|w| category_word(w) == Some("injured"));
        if died {
            let category = if after_hurt { "casualties" } else { "deaths" };
            found.push((m.start(), m.end(), end, category, n));
        }
    }
    // A headline's subject: "Man killed in crash", "Teen dies after ..."
    // (the report reads a title as a text of its own).
    // And its list: "Toddler, teen hurt in shooting", "4-year-old boy,
    // woman shot".
    // A headline drops the article: "A man wounded two officers" is prose.
    let article_first =
        word_after(b, 0).is_some_and(|w| lower_is(w, &["a", "an", "his", "her", "their"]));
    if !article_first
        && b.first()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        // (An age set off by commas after the noun: "Brooklyn boy, 15,
        // dies".)
        let apposed_age = |i: usize| {
            let Some(r) = b[i..].strip_prefix(b", ") else {
                return i;
            };
            let digits = r.iter().take_while(|c| c.is_ascii_digit()).count();
            if (1..=3).contains(&digits) && r.get(digits) == Some(&b',') {
                i + 2 + digits + 1
            } else {
                i
            }
        };
        let subject = item(0).and_then(|first| {
            let after = apposed_age(first);
            let (n, last) = rest(after, true)?;
            // (The figure ends on the noun, before the age.)
            Some((n, last, if last == after { first } else { last }))
        });
        // A second clause of the headline, after a comma, with its own
        // subject: "11-year-old boy wounded, stepfather fatally shot
        // while walking home", "2 teens killed, woman injured in ...".
        let line = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
        let second = |from: usize| {
            b[from..line]
                .windows(2)
                .position(|p| p == b", ")
                .map(|p| from + p + 2)
                .and_then(|s| {
                    let e = item(s)?;
                    let cat = death_after(e, true)?;
                    Some((s, e, cat))
                })
        };
        let mut second_from = None;
        if let Some((n, last, noun_end)) = subject {
            let category =
                death_after(last, true).or_else(|| dies_after_phrase(last).then_some("deaths"));
            // ("Victim in North Highlands apartment shooting dies".)
            if let Some(cat) = category {
                found.push((0, token_end(0), noun_end, cat, n));
                second_from = Some(last);
            }
        } else if figs
            .first()
            .is_some_and(|f| f.start == 0 && f.unit.is_none() && f.category != Some("age"))
        {
            // After a headline's count of the hurt: "2 teens killed, ...".
            second_from = figs.first().map(|f| f.end);
        }
        if let Some((s, e, cat)) = second_from.filter(|&f| f < line).and_then(second) {
            found.push((s, token_end(s), e, cat, 1.0));
        }
    }
    if found.is_empty() {
        return;
    }
    found.sort_by_key(|f| f.0);
    found.dedup_by_key(|f| f.0);
    // The items of a list counted from its first item are not counted
    // again from the second ("a 21-year-old man, a 19-year-old woman and
    // a 16-year-old girl were injured": three, once).
    let mut list_end = 0;
    found.retain(|f| {
        if f.0 < list_end && f.2 <= list_end {
            return false;
        }
        if f.4 > 1.0 {
            list_end = list_end.max(f.2);
        }
        true
    });
    for (s, article_end, e, category, value) in found {
        let noun = alpha_start(b, e);
        // An age names the person whole ("17-year-old"), not its last word.
        let noun = match b[..noun].strip_suffix(b"-") {
            Some(head)
                if [&b"-year"[..], b"-month"].iter().any(|t| {
                    head.len() >= t.len() && head[head.len() - t.len()..].eq_ignore_ascii_case(t)
                }) =>
            {
                e - b[..e]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                    .count()
            }
            _ => noun,
        };
        let clear = |(s, e): (usize, usize)| !figs.iter().any(|f| f.start < e && s < f.end);
        // An age before the noun is a figure of its own ("a 19-year-old
        // man"): the count is the noun alone; an age that stands for the
        // person ("a 17-year-old was killed") leaves the article alone.
        let noun_end = e;
        // An age alone names the person ("killing 6-year-old Jeremy",
        // "15-Year-Old Dead"): the count shares the age's words.
        let age_alone = |(s, e): (usize, usize)| {
            figs.iter()
                .filter(|f| f.start < e && s < f.end)
                .all(|f| f.category == Some("age") && f.start == s && f.end == e)
        };
        let Some((s, e)) = [(s, e), (noun, e), (s, article_end)]
            .into_iter()
            .find(|&span| clear(span))
            .or_else(|| Some((s, article_end)).filter(|&span| age_alone(span)))
        else {
            continue;
        };
        figs.push(Figure {
            start: s,
            end: e,
            value: Some(value),
            lo: Some(value),
            hi: Some(value),
            lo_open: false,
            hi_open: false,
            qualifier: "implied",
            rounding: Some(1.0),
            unit: None,
            unit_kind: None,
            noun: Some((noun, noun_end)),
            category: Some(category),
            change: None,
            change_role: None,
            joiner: None,
        });
    }
    figs.sort_by_key(|f| f.start);
}

/// Ordinals of a victim, in words and in digits, in order from the
/// second: "third" and "3rd" are the pattern numbers 2 and 3.
/// The number an ordinal word says ("third", "3rd": 3), if it is one of
/// [`ORDINAL_WORDS`].
pub(super) fn ordinal_value(word: &[u8]) -> Option<usize> {
    ORDINAL_WORDS
        .iter()
        .position(|o| word.eq_ignore_ascii_case(o.as_bytes()))
        .map(|k| k / 2 + 2)
}

const ORDINAL_WORDS: &[&str] = &[
    "second", "2nd", "third", "3rd", "fourth", "4th", "fifth", "5th", "sixth", "6th", "seventh",
    "7th", "eighth", "8th", "ninth", "9th", "tenth", "10th",
];

/// Nouns of a death that name whose it is after "of" ("the death of a
/// man", "the killing of a girl").
const DEATH_NOUNS: &[&str] = &["death", "killing", "murder", "slaying", "homicide"];

/// The word before byte `i` of `b` when it is one of `set`, whatever its
/// case.
fn word_before_in(b: &[u8], i: usize, set: &[&str]) -> Option<(usize, usize)> {
    word_before(b, i.min(b.len())).filter(|w| {
        set.iter()
            .any(|v| b[w.0..w.1].eq_ignore_ascii_case(v.as_bytes()))
    })
}

/// Active verbs of a wounding, whose object is the injured.
const WOUND_VERBS: &[&str] = &[
    "wounded", "wounding", "wounds", "injured", "injuring", "injures",
];

/// Active verbs of a shooting, whose object is the shot.
const SHOOT_VERBS: &[&str] = &["shoots", "shooting", "shot"];

/// Whether the figure at `start` follows a verb of wounding or shooting
/// ("critically wounding his father", "shooting of himself and a
/// woman").
fn wounded_by_verb(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let at = word_before_in(b, start, &["of", "both"]).map_or(start, |w| w.0);
    word_before_in(b, at, WOUND_VERBS)
        .or_else(|| word_before_in(b, at, SHOOT_VERBS))
        .is_some()
}

/// Whether the figure at `start` follows "death of", "killing of" and the
/// like.
fn death_of(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    word_before_in(b, start, &["of"])
        .is_some_and(|of| word_before_in(b, of.0, DEATH_NOUNS).is_some())
}

/// "a double homicide", "triple shooting", "a double murder-suicide":
/// the event counts its victims (2, 3), as news writes of them. Read in
/// the text's ASCII lowered copy, which a case-sensitive pattern of
/// lower-case words searches with a literal prefilter (the same matches
/// as `(?i-u)` in the text itself).
static MULTIPLE_VICTIMS: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u)\b(double|triple|quadruple|quintuple)[- ](?:(fatal)[- ])?(murder[- ]suicide|homicides?|murders?|slayings?|killings?|shootings?)\b",
    )
    .ok()
});

/// Adds an implied count for each multiple killing or shooting ("double
/// homicide"), in text order.
fn multiple_victims(lowered: &str, figs: &mut Vec<Figure>) {
    let Some(re) = MULTIPLE_VICTIMS.as_ref() else {
        return;
    };
    let mut found = false;
    for c in re.captures_iter(lowered) {
        let (Some(m), Some(n), Some(what)) = (c.get(0), c.get(1), c.get(3)) else {
            continue;
        };
        let value = match n.as_str() {
            "double" => 2.0,
            "triple" => 3.0,
            "quadruple" => 4.0,
            _ => 5.0,
        };
        // A shooting counts the shot, unless it is told as fatal.
        let shooting = what.as_str().starts_with("shooting");
        let category = if shooting && c.get(2).is_none() {
            "casualties"
        } else {
            "deaths"
        };
        if figs.iter().any(|f| f.start < m.end() && m.start() < f.end) {
            continue;
        }
        figs.push(Figure {
            start: m.start(),
            end: m.end(),
            value: Some(value),
            lo: Some(value),
            hi: Some(value),
            lo_open: false,
            hi_open: false,
            qualifier: "exact",
            rounding: Some(1.0),
            unit: None,
            unit_kind: None,
            noun: Some((what.start(), what.end())),
            category: Some(category),
            change: None,
            change_role: None,
            joiner: None,
        });
        found = true;
    }
    if found {
        figs.sort_by_key(|f| f.start);
    }
}

/// A fraction of one measure as an adjective: "a half-mile tunnel", "the
/// quarter-mile track" (0.5 and 0.25 mile). Measures only: "half-year
/// results" name a period.
fn fraction_adjectives(b: &[u8]) -> impl Iterator<Item = (usize, usize, Unit, f64)> + '_ {
    // Finders built once: building one per text costs more than the scan.
    static HALF: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"half-"));
    static QUARTER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"quarter-"));
    let halves = HALF.find_iter(b).map(|i| (i, 4, 0.5));
    let quarters = QUARTER.find_iter(b).map(|i| (i, 7, 0.25));
    halves.chain(quarters).filter_map(move |(i, len, value)| {
        if i > 0 && (is_wordish(b[i - 1]) || b[i - 1] == b'-') {
            return None;
        }
        let m = unit_after(b, i + len, false).filter(|m| {
            m.unit.kind == UnitKind::Measure && !m.unit.weak && m.unit.unit != "GBP|lb"
        })?;
        Some((i, m.end, m.unit, value))
    })
}

/// A factor written as one word: "rose tenfold", "a threefold increase",
/// "a hundredfold" (10, 3, 100 times). "Manifold" and "scaffold" have no
/// number for a stem.
fn fold_words(b: &[u8]) -> impl Iterator<Item = (usize, usize, Unit, f64)> + '_ {
    static FOLD: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"fold"));
    static TIMES: LazyLock<Option<Unit>> = LazyLock::new(|| lookup_unit(b"times"));
    FOLD.find_iter(b).filter_map(move |i| {
        let e = i + 4;
        if i == 0 || !is_alpha(b[i - 1]) || b.get(e).is_some_and(|&c| is_wordish(c)) {
            return None;
        }
        let s = alpha_start(b, i);
        if s > 0 && (is_wordish(b[s - 1]) || b[s - 1] == b'-') {
            return None;
        }
        let value = numbers::simple_number_word(&b[s..i])?;
        Some((s, e, (*TIMES)?, value))
    })
}

/// Verbs that state a change as a factor: "sales doubled" is a rise by a
/// factor of 2, "halved" a fall to a half. Read in the text's ASCII
/// lowered copy, as [`MULTIPLE_VICTIMS`] is.
static MULTIPLIER: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u)\b(?:(doubl|tripl|trebl|quadrupl|halv)(?:ed|ing)|(twice) (?:as|the))\b",
    )
    .ok()
});

/// Adds a figure for each multiplier verb, in text order.
fn multipliers(lowered: &str, figs: &mut Vec<Figure>) {
    let Some(re) = MULTIPLIER.as_ref() else {
        return;
    };
    let mut found = false;
    for c in re.captures_iter(lowered) {
        // "twice as many", "twice the size": a comparison by a factor of
        // two, no change.
        if let Some(m) = c.get(2) {
            if !figs.iter().any(|f| f.start < m.end() && m.start() < f.end) {
                let mut f = Figure::factor(m.start(), m.end(), 2.0);
                f.category = Some("other");
                figs.push(f);
                found = true;
            }
            continue;
        }
        let (Some(m), Some(stem)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let (factor, change) = match stem.as_str() {
            "doubl" => (2.0, "rise"),
            "tripl" | "trebl" => (3.0, "rise"),
            "quadrupl" => (4.0, "rise"),
            _ => (0.5, "fall"),
        };
        // "doubled down on his claim" (held to it), "a kitchen doubling
        // as an office": no factor.
        let after = &lowered[m.end()..];
        if stem.as_str() == "doubl" && (after.starts_with(" down") || after.starts_with(" as ")) {
            continue;
        }
        if figs.iter().any(|f| f.start < m.end() && m.start() < f.end) {
            continue;
        }
        let mut f = Figure::factor(m.start(), m.end(), factor);
        f.category = Some("other");
        f.change = Some(change);
        f.change_role = Some("delta");
        figs.push(f);
        found = true;
    }
    if found {
        figs.sort_by_key(|f| f.start);
    }
}

impl Figure {
    /// An exact factor in `times` over `start..end`.
    fn factor(start: usize, end: usize, factor: f64) -> Figure {
        Figure {
            start,
            end,
            value: Some(factor),
            lo: Some(factor),
            hi: Some(factor),
            lo_open: false,
            hi_open: false,
            qualifier: "exact",
            rounding: None,
            unit: Some(Cow::Borrowed("times")),
            unit_kind: Some(UnitKind::Ratio),
            noun: None,
            category: None,
            change: None,
            change_role: None,
            joiner: None,
        }
    }
}

// ---------------------------------------------------------------------
// Units

struct UnitMatch {
    end: usize,
    unit: Unit,
}

/// Dollar-sign prefixes: `US$`, `C$`, `HK$`, `A$`, `NZ$`, `S$`, `R$`, `Mex$`.
fn dollar_prefix(w: &[u8]) -> Option<&'static str> {
    let mut buf = [0u8; 24];
    let l = lower(w, &mut buf)?;
    Some(match l {
        b"us" | b"u.s" | b"u.s." | b"usd" => "USD",
        b"c" | b"ca" | b"can" | b"cdn" | b"cad" => "CAD",
        b"a" | b"au" | b"aus" | b"aud" => "AUD",
        b"hk" | b"hkd" => "HKD",
        b"nz" | b"nzd" => "NZD",
        b"s" | b"sg" | b"sgd" => "SGD",
        b"r" | b"brl" => "BRL",
        b"mex" | b"mxn" | b"mx" => "MXN",
        b"nt" | b"twd" => "TWD",
        b"z" => "ZWD",
        _ => return None,
    })
}

/// Currency written before the number at `s`: `(start, unit)`.
fn currency_prefix(b: &[u8], s: usize) -> Option<(usize, Cow<'static, str>)> {
    let j = if s > 0 && b[s - 1] == b' ' { s - 1 } else { s };
    if j == 0 {
        return None;
    }
    let c = b[j - 1];
    if c == b'$' {
        let d = j - 1;
        // Letters glued to the dollar sign, or one space before it ("c $").
        let mut k = d;
        let glued = k > 0 && (is_alpha(b[k - 1]) || b[k - 1] == b'.');
        if !glued && k >= 2 && b[k - 1] == b' ' && is_alpha(b[k - 2]) {
            k -= 1;
        }
        let mut ls = k;
        while ls > 0 && (is_alpha(b[ls - 1]) || b[ls - 1] == b'.') && k - ls < 5 {
            ls -= 1;
        }
        // With a space between, a single letter is only "c $" (Canadian, in
        // tokenised text): "a $5m deal" is an article, not Australian.
        let spaced = k < d;
        let single_ok = !spaced || k - ls > 1 || b[ls].eq_ignore_ascii_case(&b'c');
        if ls < k && (ls == 0 || !is_wordish(b[ls - 1])) && single_ok {
            if let Some(code) = dollar_prefix(&b[ls..k]) {
                return Some((ls, Cow::Borrowed(code)));
            }
        }
        return Some((d, Cow::Borrowed("USD")));
    }
    if c >= 0x80 {
        for (sym, u) in CURRENCY_SYMBOLS.iter() {
            if u.pre && b[..j].ends_with(sym.as_bytes()) {
                return Some((j - sym.len(), Cow::Borrowed(u.unit)));
            }
        }
        return None;
    }
    if is_alpha(c) {
        // A currency code or abbreviation: USD 200, EUR125, Rs 50, Rs. 50.
        let e = j;
        let mut k = j;
        k = alpha_start(b, k);
        // The code after the dollar sign, as Australian and New Zealand
        // papers write it: $US12m, $A250,000, $US 1.2 billion.
        if k > 0 && b[k - 1] == b'$' {
            let code = match &b[k..e] {
                b"US" => "USD",
                b"A" => "AUD",
                b"NZ" => "NZD",
                b"C" => "CAD",
                b"HK" => "HKD",
                b"S" => "SGD",
                _ => return None,
            };
            return Some((k - 1, Cow::Borrowed(code)));
        }
        if k > 0 && is_wordish(b[k - 1]) || e - k > 4 {
            return None;
        }
        if !b[k].is_ascii_uppercase() {
            return None;
        }
        let w = &b[k..e];
        let u = UNITS.exact.get(w).copied().or_else(|| {
            let mut buf = [0u8; 24];
            let l = lower(w, &mut buf)?;
            UNITS.folded.get(l).copied()
        })?;
        if u.pre && u.kind == UnitKind::Currency {
            // A lone letter (R, the rand) only glued to an amount of three
            // digits or more or with a scale: R350, R2bn, R45 billion; not
            // the form R85 or the R5 model.
            if e - k == 1 {
                let mut d = s;
                while d < b.len() && (is_digit(b[d]) || matches!(b[d], b',' | b'.')) {
                    d += 1;
                }
                let digits = b[s..d].iter().filter(|c| is_digit(**c)).count();
                let scale = b.get(d).is_some_and(|&c| matches!(c, b'm' | b'b' | b'k'))
                    || starts_word(b, skip_space(b, d), b"million")
                    || starts_word(b, skip_space(b, d), b"billion")
                    || starts_word(b, skip_space(b, d), b"trillion");
                // Set off by a space, as South African style books write
                // it, with a scale or a large amount: "R 5 million", "R 250
                // 000", "R 1,500".
                let spaced_ok = j + 1 == s
                    && (scale
                        || digits >= 4
                        || digits == 3
                            && b.get(d) == Some(&b' ')
                            && b.get(d + 1).is_some_and(|&c| is_digit(c)));
                if !(j == s && (digits >= 3 || scale) || spaced_ok) {
                    return None;
                }
            }
            return Some((k, Cow::Borrowed(u.unit)));
        }
        return None;
    }
    if c == b'.'
        && j >= 3
        && b[j - 3..j - 1].eq_ignore_ascii_case(b"rs")
        && (j == 3 || !is_wordish(b[j - 4]))
    {
        return Some((j - 3, Cow::Borrowed("INR")));
    }
    None
}

/// Reads the unit token starting at `i`: letters, then digits, `²`, `³`,
/// `^2`, `/letters` (`km2`, `km²`, `m/s`, `km/hr`), or non-ASCII letters.
fn unit_token_end(b: &[u8], i: usize) -> usize {
    let n = b.len();
    let mut j = i;
    while j < n && (is_alpha(b[j]) || (b[j] >= 0x80 && !is_space_or_dash_utf8(b, j))) {
        j += 1;
    }
    if j == i {
        return i;
    }
    // km2, km^2, km²
    if j < n && (b[j] == b'2' || b[j] == b'3') && (j + 1 == n || !is_wordish(b[j + 1])) {
        j += 1;
    } else if j + 1 < n && b[j] == b'^' && is_digit(b[j + 1]) {
        j += 2;
    }
    // m/s, km/h
    if j + 1 < n && b[j] == b'/' && is_alpha(b[j + 1]) {
        let e = alpha_end(b, j + 1);
        if e - j - 1 <= 3 {
            j = e;
        }
    }
    j
}

/// The end of an initialism with dots starting at `i` ("U.S.", "N.Z."),
/// when a space and a word follow it.
fn initialism_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j + 1 < b.len() && is_alpha(b[j]) && b[j + 1] == b'.' {
        j += 2;
    }
    (j >= i + 4 && b.get(j) == Some(&b' ') && b.get(j + 1).is_some_and(|&c| is_alpha(c)))
        .then_some(j)
}

/// Whether the non-ASCII character at `j` is a space or a dash (so it ends
/// a unit token).
fn is_space_or_dash_utf8(b: &[u8], j: usize) -> bool {
    // Find the start of the character.
    let mut s = j;
    while s > 0 && (b[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    matches!(
        &b[s..(s + 3).min(b.len())],
        [0xE2, 0x80, 0x93]
            | [0xE2, 0x80, 0x94]
            | [0xE2, 0x80, 0xAF]
            | [0xE2, 0x80, 0x89]
            | [0xE2, 0x88, 0x92]
            | [0xE2, 0x80, 0x9D]
            | [0xE2, 0x80, 0x99]
            | [0xE2, 0x80, 0x9C]
    ) || matches!(
        &b[s..(s + 2).min(b.len())],
        [0xC2, 0xA0] | [0xC2, 0xB0] | [0xC3, 0x97]
    )
}

fn lookup_unit(key: &[u8]) -> Option<Unit> {
    // The case-sensitive surfaces first, read only for a key whose first
    // two bytes begin one of them (one bit per pair of bytes).
    static EXACT_PAIRS: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut bits = vec![0u64; 1024];
        for k in UNITS.exact.keys() {
            if let [a, b, ..] = k {
                let i = usize::from(*a) << 8 | usize::from(*b);
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        bits
    });
    let may_be_exact = match key {
        [a, b, ..] => {
            let i = usize::from(*a) << 8 | usize::from(*b);
            EXACT_PAIRS[i / 64] >> (i % 64) & 1 == 1
        }
        _ => true,
    };
    if let Some(u) = may_be_exact.then(|| UNITS.exact.get(key)).flatten() {
        return Some(*u);
    }
    let mut buf = [0u8; 48];
    if key.len() > buf.len() {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(key) {
        *d = c.to_ascii_lowercase();
    }
    UNITS
        .folded
        .get(&buf[..key.len()])
        .copied()
        .filter(|u| !u.case_sensitive)
}

/// Words after a weak unit that confirm it (`2 in thick`, `3 L of wine`).
fn confirms_weak(w: &[u8]) -> bool {
    word_in(
        w,
        &[
            b"of", b"thick", b"long", b"wide", b"tall", b"high", b"deep", b"away", b"across",
        ],
    )
}

/// The unit right after position `i` (the end of a number).
fn unit_after(b: &[u8], i: usize, attached_letters: bool) -> Option<UnitMatch> {
    let n = b.len();
    if i >= n {
        return None;
    }
    let mut j = i;
    let mut hyphen = false;
    // A hyphen set off by spaces, as tokenised text writes a compound
    // adjective ("a 5 - inch screen", "a 40 - year - old"): a unit only
    // in that adjective's singular form, with a word after it.
    let mut spaced = false;
    if b[j] == b'-' && j + 1 < n && is_alpha(b[j + 1]) {
        hyphen = true;
        j += 1;
    } else if !attached_letters
        && b[j..].starts_with(b" - ")
        && b.get(j + 3).is_some_and(|&c| is_alpha(c))
    {
        hyphen = true;
        spaced = true;
        j += 3;
    } else if !attached_letters {
        j = skip_space(b, i);
        if j - i > 2 && b[i..j].contains(&b'\n') && j - i > 8 {
            return None;
        }
    }
    if j >= n {
        return None;
    }
    let c = b[j];
    let sym = |end: usize, u: &str| -> Option<UnitMatch> {
        let u = lookup_unit(u.as_bytes())?;
        Some(UnitMatch { end, unit: u })
    };
    // Symbols.
    if !hyphen {
        match c {
            b'%' => return sym(j + 1, "%"),
            // "10 $" (tokenised text), but in "1 $10" the sign is the next
            // amount's.
            b'$' if j > i && !b.get(j + 1).is_some_and(|&d| is_digit(d)) => return sym(j + 1, "$"),
            0xC2 if b.get(j + 1) == Some(&0xB0) || b.get(j + 1) == Some(&0xBA) => {
                // °C, ° C, °F, °
                let k = j + 2;
                let k2 = if b.get(k) == Some(&b' ') { k + 1 } else { k };
                if let Some(&x) = b.get(k2) {
                    if (x == b'C' || x == b'F') && !b.get(k2 + 1).is_some_and(|&y| is_wordish(y)) {
                        return sym(k2 + 1, if x == b'C' { "°C" } else { "°F" });
                    }
                }
                return sym(k, "°");
            }
            b'"' | b'\'' | 0xE2 if prime_mark(b, i, j).is_some() => {
                return prime_mark(b, i, j).and_then(|(end, u)| sym(end, u));
            }
            // A measure symbol in brackets, as tables and data write it:
            // "20 (kg)", "3.5 [m2]"; only a measure that reads alone
            // (not "(m)", which may be millions).
            b'(' | b'[' | b'{' => {
                let close = match c {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                let e = unit_token_end(b, j + 1);
                return lookup_unit(&b[j + 1..e])
                    .filter(|u| {
                        e > j + 1
                            && b.get(e) == Some(&close)
                            && u.kind == UnitKind::Measure
                            && !u.weak
                    })
                    .map(|unit| UnitMatch { end: e + 1, unit });
            }
            0xC2 if b.get(j + 1) == Some(&0xA3) => return sym(j + 2, "£"),
            0xE2 if b.get(j + 1) == Some(&0x82) && b.get(j + 2) == Some(&0xAC) => {
                return sym(j + 3, "€")
            }
            _ => {}
        }
        if c >= 0x80 {
            // Other currency symbols after the number (100 ₡).
            for (s, u) in CURRENCY_SYMBOLS.iter() {
                if b[j..].starts_with(s.as_bytes()) {
                    return Some(UnitMatch {
                        end: j + s.len(),
                        unit: *u,
                    });
                }
            }
        }
    }
    if !(is_alpha(c) || c >= 0x80) {
        return None;
    }
    // "40C", "minus 5C", "a low of 28F": degrees glued to the number, as
    // weather reports write them, when the words before speak of
    // temperature (else "Insat 1C", "SH-60F" are names).
    if attached_letters
        && j == i
        && matches!(c, b'C' | b'F')
        && (!b.get(j + 1).is_some_and(|&x| is_wordish(x) || x == b'-')
            // the first end of a range: "30C-35C"
            || b.get(j + 1) == Some(&b'-') && b.get(j + 2).is_some_and(|&x| is_digit(x)))
        && temperature_cue_before(b, i, true)
    {
        return sym(j + 1, if c == b'C' { "°C" } else { "°F" });
    }
    // Up to max_words tokens.
    let mut ends = [0usize; 4];
    let mut nt = 0;
    let mut k = j;
    let mut key = [0u8; 64];
    let mut kl = 0;
    let mut keys = [0usize; 4];
    while nt < UNITS.max_words.min(4) {
        // "U.S. dlrs", "N.Z. Dlrs": an initialism with its dots is one token.
        let e = if nt == 0 {
            initialism_end(b, k).unwrap_or_else(|| unit_token_end(b, k))
        } else {
            unit_token_end(b, k)
        };
        if e == k || e - k > 24 || kl + (e - k) + 1 > key.len() {
            break;
        }
        if nt > 0 {
            key[kl] = b' ';
            kl += 1;
        }
        key[kl..kl + e - k].copy_from_slice(&b[k..e]);
        kl += e - k;
        keys[nt] = kl;
        ends[nt] = e;
        nt += 1;
        if nt == 1 {
            let mut lb = [0u8; 24];
            let first = lower(&b[k..e], &mut lb);
            if !first.is_some_and(|f| UNITS.multi_first.contains_key(f)) {
                // No unit of several words starts here; a hyphenated one may.
                if !(e < n && b[e] == b'-') {
                    break;
                }
            }
        }
        // Tokenised text sets the inner hyphen of a two-word adjective off
        // by spaces too: "a 5,000 - square - foot house".
        if spaced && nt == 1 && b[e..].starts_with(b" - ") {
            let k2 = e + 3;
            let e2 = unit_token_end(b, k2);
            if e2 > k2 && kl + 1 + (e2 - k2) <= key.len() {
                key[kl] = b' ';
                key[kl + 1..kl + 1 + e2 - k2].copy_from_slice(&b[k2..e2]);
                if let Some(u) = lookup_unit(&key[..kl + 1 + e2 - k2])
                    .filter(|u| matches!(u.kind, UnitKind::Measure | UnitKind::Percent) && !u.weak)
                {
                    if spaced_adjective(b, k2, e2) {
                        return Some(UnitMatch { end: e2, unit: u });
                    }
                }
            }
            break;
        }
        // "sq. ft.", "cu. m": an abbreviated first word keeps its dot.
        // Tokenised text sets that dot off by spaces: "sq . ft .".
        let spaced_dot = nt == 1
            && b[e..].starts_with(b" . ")
            && b.get(e + 3).is_some_and(|&c| is_alpha(c))
            && word_in(&b[k..e], &[b"sq", b"cu"]);
        let dotted = spaced_dot
            || nt == 1
                && b.get(e) == Some(&b'.')
                && b.get(e + 1) == Some(&b' ')
                && word_in(&b[k..e], &[b"sq", b"cu"]);
        // Next token after one space (or a hard wrap).
        if e >= n || !(dotted || b[e] == b' ' || b[e] == b'\n' || b[e] == b'-') {
            break;
        }
        let k2 = if spaced_dot {
            e + 3
        } else if dotted {
            skip_space(b, e + 1)
        } else if b[e] == b'-' {
            e + 1
        } else {
            skip_space(b, e)
        };
        if k2 >= n || !is_alpha(b[k2]) {
            break;
        }
        if b[e] == b'-' {
            // hyphenated unit words (light-year): one key
            key[kl] = b'-';
            let e2 = unit_token_end(b, k2);
            if e2 > k2 && kl + 1 + (e2 - k2) <= key.len() {
                key[kl + 1..kl + 1 + e2 - k2].copy_from_slice(&b[k2..e2]);
                let kl2 = kl + 1 + e2 - k2;
                if nt == 1 {
                    if let Some(u) = lookup_unit(&key[..kl2]) {
                        return Some(UnitMatch { end: e2, unit: u });
                    }
                    // A unit of two words joined as an adjective: "a
                    // 3,000-square-foot home", "a 20-metric-ton load".
                    key[kl] = b' ';
                    if let Some(u) = lookup_unit(&key[..kl2]).filter(|u| {
                        matches!(u.kind, UnitKind::Measure | UnitKind::Percent) && !u.weak
                    }) {
                        return Some(UnitMatch { end: e2, unit: u });
                    }
                }
            }
            break;
        }
        k = k2;
    }
    for t in (0..nt).rev() {
        let mut end = ends[t];
        let u = match lookup_unit(&key[..keys[t]]) {
            Some(u) => u,
            // A quotient the lexicon does not list ("17 km/s", "5 mg/kg"):
            // the unit before the slash, and `per_unit` reads the rest.
            None if t == 0 => {
                let Some(slash) = b[j..end].iter().position(|&c| c == b'/') else {
                    continue;
                };
                // A weak symbol is a unit when a measure or a time divides
                // it: "95 g/km", "8 t/ha".
                let Some(u) = lookup_unit(&b[j..j + slash]).filter(|u| {
                    !u.weak
                        || (u.kind == UnitKind::Measure
                            && per_unit(b, j + slash).is_some_and(|(e, _)| e == end))
                }) else {
                    continue;
                };
                end = j + slash;
                u
            }
            // The same after a unit of several words: "21.95 Canadian
            // dlrs/bbl".
            None => {
                let ks = keys[t - 1] + 1;
                let Some(slash) = key[ks..keys[t]].iter().position(|&c| c == b'/') else {
                    continue;
                };
                let Some(u) = lookup_unit(&key[..ks + slash]).filter(|u| !u.weak) else {
                    continue;
                };
                end = ends[t] - (keys[t] - (ks + slash));
                u
            }
        };
        if spaced && !spaced_adjective(b, j, end) {
            continue;
        }
        // "three-fold", "a 10-fold rise": a factor.
        let fold = u.kind == UnitKind::Ratio && b[j..end].eq_ignore_ascii_case(b"fold");
        if hyphen
            && !(u.kind == UnitKind::Time
                || u.kind == UnitKind::Measure
                || u.kind == UnitKind::Currency
                || u.kind == UnitKind::Percent
                || fold)
        {
            continue;
        }
        if u.weak && !(attached_letters || j == i) {
            // Needs punctuation or a confirming word after it.
            let after = b.get(end).copied();
            let ok = match after {
                None => true,
                Some(x) if x == b'.' || x == b',' || x == b';' || x == b')' || x == b'\n' => {
                    // "2 in." but not "2 in.5"
                    !b.get(end + 1).is_some_and(|&y| is_alpha(y))
                }
                // "95 g/km": divided by a measure or a time.
                Some(b'/') => u.kind == UnitKind::Measure && per_unit(b, end).is_some(),
                Some(b' ') => {
                    word_after(b, end).is_some_and(|(s, e)| confirms_weak(&b[s..e]))
                        || b.get(end + 1).is_some_and(|&y| matches!(y, b'(' | b'-'))
                        || (u.kind == UnitKind::Measure
                            && (measure_follows(b, end + 1) || size_side_before(b, i)))
                        // "2 h 30 min": a duration in hours and minutes.
                        || (u.kind == UnitKind::Time && time_follows(b, end + 1))
                }
                _ => false,
            };
            if !ok {
                continue;
            }
        }
        if u.weak && u.kind == UnitKind::Currency && !attached_letters {
            continue;
        }
        // "the temperature is 24 degrees", "a high of 90 degrees": degrees
        // without a scale are a temperature when the words before speak
        // of one ("turned 180 degrees" stays an angle; degrees before it
        // are no such word: "from 20 degrees to 34 degrees API", "six
        // degrees on the 12-degree Mercalli scale").
        if u.unit == "degree" && is_alpha(b[j]) && temperature_cue_before(b, i, false) {
            if let Some(t) = lookup_unit(b"degrees temperature") {
                return Some(UnitMatch { end, unit: t });
            }
        }
        // "in" is only a unit right after a number when nothing else reads.
        return Some(UnitMatch { end, unit: u });
    }
    None
}

/// Whether the unit word `b[s..e]`, read after a spaced hyphen, is a
/// compound adjective: singular, one word, and a word (or another spaced
/// hyphen) after it: "5 - inch screen", "40 - year - old", not "won 5 -
/// minutes later" nor "3 - hours".
fn spaced_adjective(b: &[u8], s: usize, e: usize) -> bool {
    let w = &b[s..e];
    let plural = w.len() > 2 && w.ends_with(b"s") && !w.ends_with(b"ss");
    !plural
        && !w.contains(&b' ')
        && b.get(e) == Some(&b' ')
        && b.get(e + 1).is_some_and(|&c| is_alpha(c) || c == b'-')
}

/// Whether one of the four words before the number ending at `i` speaks
/// of temperature or weather ("temperatures hit 40C", "minus 5C", "High
/// 67F", "a low of 28F"), or the number converts one ("40C (104F)");
/// "degrees" is such a word only when `degrees` says so.
fn temperature_cue_before(b: &[u8], i: usize, degrees: bool) -> bool {
    let mut k = i;
    while k > 0 && (is_digit(b[k - 1]) || b[k - 1] == b'.') {
        k -= 1;
    }
    if k > 0 && matches!(b[k - 1], b'-' | b'+') {
        k -= 1;
    } else if b[..k].ends_with("−".as_bytes()) {
        k -= 3;
    }
    // The second end of a range: the words before its first ("highs of
    // 30-35C", "30C-35C").
    if k > 0 && b.get(k) == Some(&b'-') {
        let mut r = k;
        if r >= 2 && matches!(b[r - 1], b'C' | b'F') && is_digit(b[r - 2]) {
            r -= 1;
        }
        if r > 0 && is_digit(b[r - 1]) {
            while r > 0 && (is_digit(b[r - 1]) || b[r - 1] == b'.') {
                r -= 1;
            }
            k = r;
        }
    }
    // The conversion after one: "45C (113F)".
    if k >= 4 && matches!(&b[k - 3..k], b"C (" | b"F (") {
        return is_digit(b[k - 4]);
    }
    for _ in 0..4 {
        let Some((s, e)) = word_before(b, k) else {
            break;
        };
        let mut buf = [0u8; 24];
        let w = lower(&b[s..e], &mut buf).unwrap_or_default();
        if w.starts_with(b"temperature")
            || w.starts_with(b"freez")
            || word_in(
                w,
                &[
                    b"minus",
                    b"high",
                    b"highs",
                    b"low",
                    b"lows",
                    b"heat",
                    b"hot",
                    b"warm",
                    b"cold",
                    b"cool",
                    b"mercury",
                    b"thermometer",
                    b"thermometers",
                ],
            )
            || degrees && w == b"degrees"
        {
            return true;
        }
        k = s;
        // The first end of a range written "to": "lows of -5 to -10C",
        // "-5C to -10C" (the words before it tell).
        if word_in(w, &[b"to", b"and"]) {
            let mut r = k;
            while r > 0 && b[r - 1] == b' ' {
                r -= 1;
            }
            if r >= 2 && matches!(b[r - 1], b'C' | b'F') && is_digit(b[r - 2]) {
                r -= 1;
            }
            if r > 0 && is_digit(b[r - 1]) {
                while r > 0 && (is_digit(b[r - 1]) || b[r - 1] == b'.') {
                    r -= 1;
                }
                if r > 0 && matches!(b[r - 1], b'-' | b'+') {
                    r -= 1;
                }
                k = r;
            }
        }
    }
    // "Temperatures hit 39.5C, breaking the previous record of 38.7C":
    // temperatures named earlier in the sentence (within 300 bytes).
    let reach = k.saturating_sub(300);
    let from = b[reach..k]
        .windows(2)
        .rposition(|w| matches!(w, b". " | b"\n\n"))
        .map_or(reach, |p| reach + p + 2);
    b[from..k]
        .windows(11)
        .any(|w| w.eq_ignore_ascii_case(b"temperature"))
}

/// Whether a word of size follows position `i` after one space ("30\"
/// wide", "8' tall").
fn size_word_after(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b' ')
        && word_after(b, i).is_some_and(|(s, e)| {
            word_in(
                &b[s..e],
                &[b"thick", b"long", b"wide", b"tall", b"high", b"deep"],
            )
        })
}

/// Feet and inches written with marks after the number ending at `i`
/// (`j`: the mark, after at most one space): the primes `8′` and `30″`;
/// a straight or curly apostrophe for feet before the inches (`6'2"`,
/// `6’2”`) or before a word of size (`8' tall`); a straight double quote
/// for inches when glued to digits or before a word of size, and not
/// closing a quotation (an odd count of `"` earlier in the paragraph).
/// Returns the end of the mark and the unit surface.
fn prime_mark(b: &[u8], i: usize, j: usize) -> Option<(usize, &'static str)> {
    const PRIME: &[u8] = "′".as_bytes();
    const DOUBLE_PRIME: &[u8] = "″".as_bytes();
    const APOSTROPHE: &[u8] = "’".as_bytes();
    const CLOSE_QUOTE: &[u8] = "”".as_bytes();
    if j > i + 1 || (j == i + 1 && b[i] != b' ') {
        return None;
    }
    let rest = &b[j..];
    let ends_word = |e: usize| b.get(e).is_none_or(|&c| !is_wordish(c));
    if rest.starts_with(PRIME) && !b.get(j + 3).is_some_and(|&c| is_alpha(c)) {
        return Some((j + 3, "ft"));
    }
    if rest.starts_with(DOUBLE_PRIME) && ends_word(j + 3) {
        return Some((j + 3, "inch"));
    }
    // Feet before inches: 6'2", 6’2”.
    let (foot_len, attached) = if rest.starts_with(APOSTROPHE) {
        (3, j == i)
    } else if rest.first() == Some(&b'\'') {
        (1, j == i)
    } else {
        (0, false)
    };
    if foot_len > 0 {
        let d = skip_space(b, j + foot_len);
        let de = d + b[d..].iter().take_while(|c| is_digit(**c)).count();
        let inch_mark = b[de..].starts_with(b"\"")
            || b[de..].starts_with(CLOSE_QUOTE)
            || b[de..].starts_with(DOUBLE_PRIME);
        return (attached
            && ((de > d && de - d <= 2 && d - (j + foot_len) <= 1 && inch_mark)
                || size_word_after(b, j + foot_len)))
        .then_some((j + foot_len, "ft"));
    }
    // Inches after feet: the 2” of 6’2”, the 10" of 5'10".
    if j == i && inches_after_feet(b, i) {
        if rest.starts_with(CLOSE_QUOTE) && ends_word(j + 3) {
            return Some((j + 3, "inch"));
        }
        if rest.first() == Some(&b'"') && ends_word(j + 1) {
            return Some((j + 1, "inch"));
        }
    }
    if rest.first() != Some(&b'"') || !(j == i || size_word_after(b, j + 1)) {
        return None;
    }
    if !(ends_word(j + 1) && i > 0 && is_digit(b[i - 1])) {
        return None;
    }
    // Quotations run over wrapped lines: count from the paragraph's start
    // (a blank line or an indented line), leaving out the inch marks of
    // heights before ("5'9\" to 5'10\"").
    let para = b[..i]
        .windows(2)
        .rposition(|w| w[0] == b'\n' && matches!(w[1], b'\n' | b' ' | b'\t'))
        .map_or(0, |p| p + 1);
    let quotes = (para..i)
        .filter(|&k| b[k] == b'"' && !inches_after_feet(b, k))
        .count();
    (quotes % 2 == 0).then_some((j + 1, "inch"))
}

/// Whether the digits ending at `i` follow a foot mark after digits
/// (`5'10`, `6’2`, `6′2`): the inches of a height.
fn inches_after_feet(b: &[u8], i: usize) -> bool {
    let mut s = i;
    while s > 0 && is_digit(b[s - 1]) {
        s -= 1;
    }
    if s == i || i - s > 2 {
        return false;
    }
    let mark = if s >= 1 && b[s - 1] == b'\'' {
        1
    } else if b[..s].ends_with("’".as_bytes()) || b[..s].ends_with("′".as_bytes()) {
        3
    } else {
        return false;
    };
    b[..s - mark].last().is_some_and(|&c| is_digit(c))
}

/// Whether a number and a measure unit start at `i`: the second part of
/// a compound measure ("12 m 2 dm", "1 m 80 cm"), which confirms a weak
/// unit before it.
fn measure_follows(b: &[u8], i: usize) -> bool {
    unit_follows(b, i, UnitKind::Measure)
}

/// Whether a number and a unit of time start at `i` ("2 h 30 min"),
/// which confirms a weak unit of time before it.
fn time_follows(b: &[u8], i: usize) -> bool {
    unit_follows(b, i, UnitKind::Time)
}

/// Whether a number (digits, perhaps a decimal) and a unit of `kind`
/// start at `i`.
fn unit_follows(b: &[u8], i: usize, kind: UnitKind) -> bool {
    let mut k = i;
    while k < b.len() && (is_digit(b[k]) || (b[k] == b'.' && k > i)) {
        k += 1;
    }
    if k == i || b.get(k) == Some(&b'.') {
        return false;
    }
    if b.get(k) == Some(&b' ') {
        k += 1;
    }
    let e = alpha_end(b, k);
    e > k
        && !b.get(e).is_some_and(|&c| is_wordish(c))
        && lookup_unit(&b[k..e]).is_some_and(|u| u.kind == kind)
}

/// Whether the number ending at `i` is the last side of a size written
/// in digits ("2 x 3 x 4 m", "3 by 4 m"), which confirms a weak unit
/// after it.
fn size_side_before(b: &[u8], i: usize) -> bool {
    let mut s = i;
    while s > 0 && (is_digit(b[s - 1]) || b[s - 1] == b'.' || b[s - 1] == b',') {
        s -= 1;
    }
    if s == i {
        return false;
    }
    let head = &b[..s];
    [&b" x "[..], b" by ", b" \xC3\x97 ", b"\xC3\x97"]
        .iter()
        .find(|sep| head.ends_with(sep))
        .is_some_and(|sep| {
            let k = s - sep.len();
            k > 0 && is_digit(b[k - 1])
        })
}

/// Compound units: `per hour`, `/h`, `a day`, `an hour` after a unit.
fn per_unit(b: &[u8], i: usize) -> Option<(usize, Unit)> {
    let n = b.len();
    if i < n && b[i] == b'/' {
        let e = unit_token_end(b, i + 1);
        if e > i + 1 {
            let u = lookup_unit(&b[i + 1..e])?;
            if matches!(u.kind, UnitKind::Time | UnitKind::Measure) {
                return Some((e, u));
            }
        }
        return None;
    }
    let (s, e) = word_after(b, i)?;
    let w = &b[s..e];
    let per = w.eq_ignore_ascii_case(b"per");
    let art = w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"an");
    if !per && !art {
        return None;
    }
    let s2 = skip_space(b, e);
    let e2 = unit_token_end(b, s2);
    if e2 == s2 {
        return None;
    }
    let u = lookup_unit(&b[s2..e2])?;
    if u.weak
        || u.kind == UnitKind::Currency
        || u.kind == UnitKind::Percent
        || u.kind == UnitKind::Index
        || u.kind == UnitKind::Ratio
    {
        return None;
    }
    if art && u.kind != UnitKind::Time {
        return None;
    }
    Some((e2, u))
}

/// A measure after "a" or "an" that prices an amount of money written
/// with its currency before it: "$80 a barrel", "₦617 a litre" (a weak
/// unit, such as `in`, is not read).
fn price_per_measure(b: &[u8], i: usize) -> Option<(usize, Unit)> {
    let (s, e) = word_after(b, i)?;
    if !(b[i..s] == *b" " && (&b[s..e] == b"a" || &b[s..e] == b"an")) {
        return None;
    }
    let s2 = skip_space(b, e);
    let e2 = unit_token_end(b, s2);
    if e2 == s2 || s2 != e + 1 || b.get(e2).is_some_and(|&c| is_wordish(c) || c == b'-') {
        return None;
    }
    let u = lookup_unit(&b[s2..e2])?;
    (!u.weak && u.kind == UnitKind::Measure).then_some((e2, u))
}

// ---------------------------------------------------------------------
// Parts

fn lower_word_is(b: &[u8], span: Option<(usize, usize)>, words: &[&[u8]]) -> bool {
    span.is_some_and(|(s, e)| word_in(&b[s..e], words))
}

/// Capitalised words that may stand right before a count (sentence
/// openers, qualifiers): "Some 500", "About 20". Any other capitalised
/// word before a bare integer makes it a name ("Boeing 747").
fn capital_ok(w: &[u8]) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return true;
    };
    matches!(
        l,
        b"the"
            | b"a"
            | b"an"
            | b"some"
            | b"about"
            | b"around"
            | b"only"
            | b"just"
            | b"nearly"
            | b"almost"
            | b"over"
            | b"under"
            | b"more"
            | b"fewer"
            | b"less"
            | b"at"
            | b"by"
            | b"to"
            | b"from"
            | b"between"
            | b"with"
            | b"of"
            | b"for"
            | b"in"
            | b"on"
            | b"all"
            | b"and"
            | b"but"
            | b"or"
            | b"another"
            | b"those"
            | b"these"
            | b"its"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"up"
            | b"down"
            | b"since"
            | b"after"
            | b"before"
            | b"until"
            | b"last"
            | b"next"
            | b"each"
            | b"every"
            | b"roughly"
            | b"approximately"
            | b"estimated"
            | b"exactly"
            | b"precisely"
            | b"total"
            | b"than"
            | b"least"
            | b"most"
            | b"still"
            | b"when"
            | b"then"
            | b"now"
            | b"while"
            | b"where"
            | b"as"
            | b"if"
            | b"so"
            | b"yet"
            | b"that"
            | b"this"
            | b"there"
            | b"here"
            | b"they"
            | b"we"
            | b"he"
            | b"she"
            | b"it"
            | b"i"
            | b"you"
            | b"had"
            | b"has"
            | b"have"
            | b"was"
            | b"were"
            | b"is"
            | b"are"
            | b"be"
            | b"been"
            | b"will"
            | b"would"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"did"
            | b"do"
            | b"does"
            | b"said"
            | b"says"
            | b"reported"
            | b"killed"
            | b"injured"
            | b"net"
            | b"shr"
            | b"revs"
            | b"sales"
            | b"loss"
            | b"profit"
            | b"avg"
            | b"shrs"
            | b"oper"
            | b"qtr"
            | b"year"
            | b"note"
            | b"plus"
            | b"minus"
            | b"includes"
            | b"include"
            | b"per"
            | b"equal"
            | b"equals"
            | b"exceed"
            | b"surpass"
            | b"what"
            | b"how"
            | b"why"
            | b"who"
            | b"which"
            | b"both"
            | b"whole"
            | b"many"
            | b"much"
            | b"few"
            | b"several"
            | b"lost"
            | b"won"
            | b"give"
            | b"get"
            | b"got"
            | b"spent"
            | b"paid"
            | b"pay"
            | b"costs"
            | b"cost"
            | b"costing"
            | b"worth"
            | b"priced"
            | b"valued"
            | b"sell"
            | b"sold"
            | b"buy"
            | b"bought"
            | b"ok"
            | b"yes"
            | b"no"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
    )
}

/// Whether the word after position `i` (skipping a hyphen) is a count noun
/// from the categories lexicon ("one person", "2000 people").
fn count_noun_after(b: &[u8], i: usize) -> bool {
    let j = if b.get(i) == Some(&b'-') { i + 1 } else { i };
    let Some((s, e)) = word_after(b, j) else {
        return false;
    };
    category_word(&b[s..e]).is_some()
        || lower_word_is(b, Some((s, e)), &[b"of"])
            && word_after(b, e).is_some_and(|(s2, e2)| {
                lower_word_is(b, Some((s2, e2)), &[b"them", b"us", b"those", b"these"])
            })
}

/// Whether a lone "one" ending at `i` counts what follows: a noun ("one
/// bidder", "one proposal") or "of" and a determiner ("one of the oldest
/// bridges"); not a pronoun ("one said", "one another", "one of which").
fn one_before_noun(b: &[u8], start: usize, i: usize) -> bool {
    // "killing one and injuring six", "killed one, wounded two": the
    // object of a casualty verb, its noun left out.
    if b[start] == b'o'
        && word_before(b, start).is_some_and(|(ps, pe)| {
            b[pe..start] == *b" "
                && word_in(
                    &b[ps..pe],
                    &[
                        b"killing",
                        b"killed",
                        b"wounding",
                        b"wounded",
                        b"injuring",
                        b"injured",
                        b"shooting",
                        b"shot",
                    ],
                )
        })
        && (matches!(b.get(i), Some(b',' | b'.' | b';'))
            || b.get(i) == Some(&b' ')
                && word_after(b, i)
                    .is_some_and(|(s, e)| word_in(&b[s..e], &[b"and", b"but", b"while"])))
    {
        return true;
    }
    if b.get(i) != Some(&b' ') {
        return false;
    }
    // "No-one wants": the pronoun.
    if start >= 3 && b[start - 1] == b'-' && b[start - 3..start - 1].eq_ignore_ascii_case(b"no") {
        return false;
    }
    // "number one target" is a rank; "Formula One", "Air Force One" a name.
    if let Some((ps, pe)) = word_before(b, start) {
        let w = &b[ps..pe];
        if lower_word_is(b, Some((ps, pe)), &[b"number", b"no"])
            || (b[start].is_ascii_uppercase()
                && w[0].is_ascii_uppercase()
                && b[pe..start] == *b" "
                && !capital_ok(w))
        {
            return false;
        }
    }
    let Some((s, e)) = word_after(b, i) else {
        return false;
    };
    let w = &b[s..e];
    if w == b"more" {
        // "one more death", "one more small business" (not "one more
        // time", "one more than").
        return word_after(b, e).is_some_and(|(s2, e2)| {
            let w2 = &b[s2..e2];
            b[e..s2] == *b" "
                && w2.len() >= 3
                && w2.iter().all(u8::is_ascii_lowercase)
                && !noun_stop(w2)
                && !word_in(w2, &[b"than", b"time", b"thing", b"to", b"and"])
        });
    }
    if w == b"of" {
        // "one of Hollywood's most maverick talents", "one of UKIP's two
        // members": a possessive name is a determiner; so is a number
        // ("one of 198 people").
        // ("one of only two": past "only".)
        let mut k = skip_space(b, e);
        if starts_word(b, k, b"only") {
            k = skip_space(b, k + 4);
        }
        // (A curly apostrophe is no word's end for `word_after`.)
        let name_end = alpha_end(b, k);
        if b.get(k).is_some_and(u8::is_ascii_uppercase)
            && (b[name_end..].starts_with(b"'s ")
                || b[name_end..].starts_with("\u{2019}s ".as_bytes()))
        {
            return true;
        }
        return word_after(b, k).is_some_and(|(s2, e2)| {
            lower_word_is(
                b,
                Some((s2, e2)),
                &[
                    b"the", b"its", b"his", b"her", b"their", b"our", b"my", b"your", b"these",
                    b"those", b"them", b"us", b"two", b"three", b"four", b"five", b"several",
                    b"many",
                ],
            )
        }) || b.get(k).is_some_and(u8::is_ascii_digit);
    }
    // "said one Democrat", "at least one GOP insider": a lower-case "one"
    // before a capitalised noun (not a day or a month: "one Saturday").
    if b[start] == b'o'
        && w.len() >= 2
        && w[0].is_ascii_uppercase()
        && b[i..s] == *b" "
        && !numbers_month(w)
    {
        return true;
    }
    w.len() >= 3
        && w.iter().all(u8::is_ascii_lowercase)
        && !noun_stop(w)
        && !w.ends_with(b"ly")
        && !w.ends_with(b"ed")
        && !word_in(
            w,
            &[
                b"another",
                b"such",
                b"day",
                b"another's",
                b"way",
                b"thing",
                b"must",
                b"does",
                b"did",
                b"gets",
                b"feels",
                b"needs",
                b"knows",
                b"sees",
                b"cannot",
                // "one doesn't make work for the elite", "one wants to":
                // the pronoun, before a verb.
                b"doesn",
                b"didn",
                b"don",
                b"can",
                b"won",
                b"isn",
                b"wasn",
                b"hasn",
                b"wouldn",
                b"couldn",
                b"shouldn",
                b"wants",
                b"wishes",
                b"thinks",
                b"hopes",
                b"too",
                b"very",
                b"just",
                b"still",
                b"also",
                b"even",
                b"really",
                b"all",
                b"else",
                b"here",
                b"there",
                b"now",
                b"then",
                b"yet",
                b"again",
            ],
        )
}

/// A table of the first two letters (lower case) of a word list, to skip
/// most words before hashing them.
fn prefix_table<'a>(words: impl Iterator<Item = &'a [u8]>) -> Vec<bool> {
    let mut t = vec![false; 26 * 26];
    for w in words {
        if w.len() >= 2 && w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase() {
            t[(w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize] = true;
        } else if w.len() >= 2 {
            // Not a plain word: accept its prefix conservatively.
            return vec![true; 26 * 26];
        }
    }
    t
}

#[inline]
fn prefix_ok(t: &[bool], w: &[u8]) -> bool {
    if w.len() < 2 {
        return false;
    }
    let c0 = (w[0] | 0x20).wrapping_sub(b'a') as usize;
    let c1 = (w[1] | 0x20).wrapping_sub(b'a') as usize;
    c0 < 26 && c1 < 26 && t[c0 * 26 + c1]
}

static CATEGORY_PREFIX: LazyLock<Vec<bool>> =
    LazyLock::new(|| prefix_table(CATEGORIES.keys().copied()));
static CHANGE_PREFIX: LazyLock<Vec<bool>> = LazyLock::new(|| prefix_table(CHANGES.keys().copied()));

/// Whether the text after a number names a news station with it: up to
/// two capitalised words and "News" ("11 News", "7 Action News", "13
/// News Now"), not before a plural noun that counts its people ("3 Fox
/// News hosts").
fn station_name(rest: &[u8]) -> bool {
    let mut words = rest
        .split(|&c| c == b' ')
        .skip(1)
        .take(4)
        .map(|w| w.strip_suffix(b",").unwrap_or(w));
    for _ in 0..3 {
        let Some(w) = words.next() else {
            return false;
        };
        if w == b"News" {
            return !words.next().is_some_and(|x| {
                x.len() > 3 && x.ends_with(b"s") && x.iter().all(u8::is_ascii_lowercase)
            });
        }
        if !(w.len() > 1 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase))
        {
            return false;
        }
    }
    false
}

/// Whether the word after `i` is a plural count noun ("people", "troops").
fn plural_noun_after(b: &[u8], i: usize) -> bool {
    word_after(b, i).is_some_and(|(s, e)| {
        let w = &b[s..e];
        category_word(w).is_some()
            && (w.eq_ignore_ascii_case(b"people")
                || w.last().is_some_and(|c| c.eq_ignore_ascii_case(&b's')))
    })
}

fn category_word(w: &[u8]) -> Option<&'static str> {
    if !prefix_ok(&CATEGORY_PREFIX, w) {
        return None;
    }
    let mut buf = [0u8; 24];
    let l = lower(w, &mut buf)?;
    CATEGORIES.get(l).copied()
}

/// Builds a part from a number, or None when the number is not a claim.
fn part(b: &[u8], n: &Num, next: Option<&Num>) -> Option<Part> {
    let mut kind = n.kind;
    let prefix = currency_prefix(b, n.start);
    if kind == Kind::Code {
        // EUR125, USD115: a currency code glued to the number.
        let glued = prefix
            .as_ref()
            .is_some_and(|(s, _)| *s < n.start && is_alpha(b[n.start - 1]));
        if glued && n.value.is_finite() && !n.fraction {
            kind = Kind::Cardinal;
        } else {
            return None;
        }
    }
    if !matches!(kind, Kind::Cardinal | Kind::Vague | Kind::Year) {
        return None;
    }
    if n.value.is_nan() && kind != Kind::Vague {
        return None;
    }
    let mut start = n.start;
    let mut end = n.end;
    let mut value = n.value;
    let mut lo = n.lo;
    let mut hi = n.hi;
    let mut unit: Option<Cow<'static, str>> = None;
    let mut ukind: Option<UnitKind> = None;
    let mut age = false;
    if let Some((ps, code)) = prefix {
        start = ps;
        ukind = Some(UnitKind::Currency);
        // $350 per kg; a price by "a" or "an" and a measure: "$80 a
        // barrel", "£1.50 a litre", "$2,000 an ounce".
        if let Some((e2, u2)) = per_unit(b, n.end)
            .or_else(|| price_per_measure(b, n.end))
            .filter(|(_, u)| u.kind == UnitKind::Measure)
        {
            unit = Some(Cow::Owned(format!("{code}/{}", u2.unit)));
            end = e2;
        } else {
            unit = Some(code);
        }
    }
    // A stated uncertainty: "9.83e-3 +/- 1e-5 km/s2", "5 ± 1 kg". The unit
    // is read after the second number.
    let mut tolerance = None;
    let mut unit_from = (n.end, n.suffix);
    if let Some(t) = next {
        let gap = b[n.end..t.start.min(b.len())].trim_ascii();
        if t.start >= n.end
            && t.kind == Kind::Cardinal
            && t.value.is_finite()
            && matches!(gap, b"+/-" | b"+-" | [0xC2, 0xB1])
        {
            tolerance = Some(t.value.abs());
            unit_from = (t.end, t.suffix);
            end = t.end;
        }
    }
    // "40-odd years", "20 odd miles": the unit after "odd".
    let odd = tolerance.is_none()
        && (b[n.end..].starts_with(b"-odd ") || b[n.end..].starts_with(b" odd "))
        && unit_after(b, n.end + 4, false).is_some();
    if odd {
        unit_from = (n.end + 4, false);
    } else if tolerance.is_none() && !n.suffix && kind != Kind::Year {
        // "three consecutive days", "five working days": the time unit
        // after an adjective of duration (not "1986 full year").
        if let Some(e) = time_adjective_end(b, n.end, n.value) {
            unit_from = (e, false);
        }
    }
    let um = unit_after(b, unit_from.0, unit_from.1)
        // "one in five dollars", "one out of three pounds": the words after
        // a ratio name its group, not its unit.
        .filter(|_| !(n.fraction && ratio_surface(&b[n.start..n.end.min(b.len())])))
        .filter(|m| !(m.unit.unit == "DEM" && milestone_mark(b, n.value, m.end)))
        // Crowns are money after numerals ("424 crowns", "3.65 billion
        // crowns"), titles after words ("won three crowns").
        // "the world 5,000m crown" is a title too: a scale glued to the
        // digits is the wire's only after a currency sign.
        .filter(|m| {
            !(m.unit.unit == "crown"
                && (n.spelled
                    || b[n.start..n.end]
                        .windows(2)
                        .any(|p| p[0].is_ascii_digit() && p[1].is_ascii_alphabetic())))
        });
    // The word right after the number, read once.
    let next_w = word_after(b, n.end);
    // "a six-figure salary", "a 10-digit code": the size of a number's
    // writing, no quantity.
    if b.get(n.end) == Some(&b'-')
        && word_after(b, n.end + 1).is_some_and(|(s, e)| {
            s == n.end + 1 && word_in(&b[s..e], &[b"figure", b"figures", b"digit", b"digits"])
        })
    {
        return None;
    }
    if n.suffix && um.is_none() {
        return None;
    }
    // "50 Cent": a capitalised singular after a plural number is a name,
    // not money (cents are written "50 cents" or "50c").
    if n.value != 1.0 && next_w.is_some_and(|(s, e)| &b[s..e] == b"Cent") {
        return None;
    }
    // An age group, not seconds: "the over-55s", "under-18s", and
    // with a space, "Under 14s travel free" (a whole number of
    // a teenager's or an adult's years; "in under 10s" is a sprint).
    let group_sep = [&b"over"[..], b"under"].iter().find_map(|p| {
        let at = n.start.checked_sub(p.len() + 1)?;
        b[at..at + p.len()]
            .eq_ignore_ascii_case(p)
            .then_some(b[n.start - 1])
    });
    let age_group = match group_sep {
        Some(b'-') => true,
        Some(b' ') => n.rounding >= 1.0 && (11.0..=90.0).contains(&n.value),
        _ => false,
    };
    if n.suffix
        && b.get(n.end) == Some(&b's')
        && um
            .as_ref()
            .is_some_and(|m| m.end == n.end + 1 && m.unit.unit == "second")
        && age_group
    {
        return None;
    }
    if let Some(m) = um {
        let mut u = m.unit;
        let mut name: Cow<'static, str> = Cow::Borrowed(u.unit);
        if u.unit == "GBP|lb" {
            // "a pound of gold" weighs; otherwise the sentence tells.
            let of_after =
                word_after(b, m.end).is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"of"));
            // "3,200 tons, or 7 million pounds": weight, even with a scale.
            let converts = converts_mass_before(b, n.start);
            let cue = if of_after || converts {
                Some(PoundCue::Mass)
            } else {
                pound_cue(b, n.start, m.end)
            };
            // "a ten pound note", "a one-pound coin": money.
            let note = word_after(b, m.end).is_some_and(|(s, e)| {
                s == m.end + 1 && word_in(&b[s..e], &[b"note", b"notes", b"coin", b"coins"])
            });
            let money = (n.scaled && !converts && !scaled_pounds_weigh(b, n.start, m.end))
                || note
                || unit.is_some()
                || cue == Some(PoundCue::Money)
                || (n.decimal && n.rounding == 0.01 && cue != Some(PoundCue::Mass))
                || word_after(b, m.end)
                    .is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"sterling"));
            if money {
                name = Cow::Borrowed("GBP");
            } else {
                name = Cow::Borrowed("lb");
                u.kind = UnitKind::Measure;
            }
        }
        match (&unit, u.kind) {
            // "$10 dollars", "US$ 5 USD": the same currency twice.
            (Some(_), UnitKind::Currency) => end = m.end,
            (Some(_), _) => {}
            (None, _) => {
                unit = Some(name);
                ukind = Some(u.kind);
                end = m.end;
            }
        }
        // Compound: km per hour, dlrs per tonne, barrels a day.
        if matches!(ukind, Some(UnitKind::Measure) | Some(UnitKind::Currency)) && end == m.end {
            if let Some((e2, u2)) = per_unit(b, end) {
                unit = Some(Cow::Owned(format!(
                    "{}/{}",
                    unit.as_deref().unwrap_or(""),
                    u2.unit
                )));
                end = e2;
            }
        }
        if u.kind == UnitKind::Time {
            // 45 years old, 10-year-old, 3 years of age
            let mut k = end;
            // "two 17-year-olds": the people of that age, a noun.
            let old = [&b"old"[..], b"olds"]
                .into_iter()
                .find(|w| b.get(k) == Some(&b'-') && starts_word(b, k + 1, w));
            if let Some(w) = old {
                age = true;
                end = k + 1 + w.len();
            } else if b[k..].starts_with(b" - ") && starts_word(b, k + 3, b"old") {
                // tokenised: "a 40 - year - old man"
                age = true;
                end = k + 6;
            } else if let Some((s, e)) = word_after(b, k) {
                if b[s..e].eq_ignore_ascii_case(b"old") && b[k..s].iter().all(|&c| c == b' ') {
                    age = true;
                    end = e;
                } else if b[s..e].eq_ignore_ascii_case(b"of") {
                    k = e;
                    if let Some((s2, e2)) = word_after(b, k) {
                        if b[s2..e2].eq_ignore_ascii_case(b"age") {
                            age = true;
                            end = e2;
                        }
                    }
                }
            }
        }
    } else if let Some((s, e)) = next_w {
        if &b[s..e] == b"yo" && !n.decimal {
            age = true;
            unit = Some(Cow::Borrowed("year"));
            ukind = Some(UnitKind::Time);
            end = e;
        }
    }
    // "a magnitude 7.8 earthquake", "measured magnitude 6.1": the size
    // of a quake named before its figure.
    if unit.is_none() && !n.spelled && !n.scaled && value > 0.0 && value < 10.0 {
        if let Some((ws, _)) = word_before(b, start).filter(|&(ws, we)| {
            b[ws..we].eq_ignore_ascii_case(b"magnitude") && b[we..start] == *b" "
        }) {
            unit = Some(Cow::Borrowed("magnitude"));
            ukind = Some(UnitKind::Measure);
            start = ws;
        }
        // "measuring 6.4 on the Richter scale": the scale after it, the
        // figure's end at "Richter" (what follows is the scale's noun).
        let richter = b"on the richter";
        if b.get(end + 1..end + 1 + richter.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(richter) && b[end] == b' ')
        {
            unit = Some(Cow::Borrowed("magnitude"));
            ukind = Some(UnitKind::Measure);
        }
    }
    // "a .22 rifle", "the .38 revolver": a bore written as gunsmiths do,
    // with no digit before the point, before a gun.
    if unit.is_none() && b.get(start) == Some(&b'.') && value < 1.0 {
        if let Some((s, e)) = word_after(b, end) {
            if b[end..s].iter().all(|&c| c == b' ' || c == b'-')
                && word_in(
                    &b[s..e],
                    &[
                        b"rifle",
                        b"rifles",
                        b"pistol",
                        b"pistols",
                        b"handgun",
                        b"handguns",
                        b"revolver",
                        b"revolvers",
                        b"gun",
                        b"guns",
                        b"magnum",
                        b"special",
                        b"automatic",
                        b"semiautomatic",
                        b"semi",
                        b"shotgun",
                        b"round",
                        b"rounds",
                        b"bullet",
                        b"bullets",
                        b"shell",
                        b"shells",
                        b"casing",
                        b"casings",
                    ],
                )
            {
                unit = Some(Cow::Borrowed("caliber"));
                ukind = Some(UnitKind::Measure);
            }
        }
    }
    if unit.is_none() && !n.spelled && (n.plain || n.digits > 0) {
        // aged 45, age 87, the age of 22
        let wb = word_before(b, start);
        let age_of = lower_word_is(b, wb, &[b"of"])
            && wb.is_some_and(|(s, _)| lower_word_is(b, word_before(b, s), &[b"age", b"ages"]));
        let by_word = lower_word_is(b, wb, &[b"aged", b"age", b"ages"]);
        // "Bournes, who was 59, had shot his wife": a relative clause
        // that gives the person's age.
        // "who was almost 2,": a qualifier may stand before it.
        let wv = if lower_word_is(b, wb, &[b"almost", b"nearly", b"just", b"only", b"barely"]) {
            wb.and_then(|(s, _)| word_before(b, s))
        } else {
            wb
        };
        // "when she was just 15.": a person's, told the same way; so is
        // "the victim was 17,".
        let who_was = lower_word_is(b, wv, &[b"was", b"is"])
            && wv.is_some_and(|(s, _)| {
                lower_word_is(
                    b,
                    word_before(b, s),
                    &[
                        b"who",
                        b"he",
                        b"she",
                        b"victim",
                        b"boy",
                        b"girl",
                        b"man",
                        b"woman",
                        b"suspect",
                        b"gunman",
                        b"shooter",
                        b"teen",
                        b"teenager",
                        b"driver",
                        b"son",
                        b"daughter",
                    ],
                )
            })
            && matches!(b.get(n.end), None | Some(b',' | b'.' | b';'));
        // "Justin Aiken and Cody Bouphavong, both 21, were killed",
        // "Banes and Clark, both 31 and of Jackson": the ages of the
        // people the list names.
        let both = lower_word_is(b, wb, &[b"both", b"all", b"each"])
            && wb.is_some_and(|(s, _)| b[..skip_space_back(b, s)].ends_with(b","))
            && (matches!(b.get(n.end), Some(b',' | b';'))
                || lower_word_is(b, word_after(b, n.end), &[b"and", b"of"]));
        // "The median age of the victims was 34": a statistic of ages,
        // the subject of "was" an age a few words back (no figure, no
        // mark between).
        let age_was = lower_word_is(b, wv, &[b"was", b"is", b"were"])
            && wv.is_some_and(|(s, _)| {
                let mut tok = [(0usize, 0usize); 6];
                let n = tokens_before(b, s, 6, &mut tok);
                tok[..n]
                    .iter()
                    .any(|&(ws, we)| word_in(&b[ws..we], &[b"age", b"ages"]))
            })
            && matches!(b.get(n.end), None | Some(b',' | b'.' | b';'));
        if (age_of
            || by_word
            || who_was
            || age_was
            || both
            || in_age_list(b, start)
            || ages_in_apposition(b, n.start))
            && value > 0.0
            && value < 130.0
            && n.plain
        {
            age = true;
            unit = Some(Cow::Borrowed("year"));
            ukind = Some(UnitKind::Time);
            if by_word {
                start = wb.map_or(start, |(s, _)| s);
            }
        }
    }
    // An age by its decade, which the scanner bounds: "in his 20s", "in
    // their early 30s".
    if unit.is_none()
        && kind == Kind::Vague
        && lower_word_is(
            b,
            word_before(b, start),
            &[b"his", b"her", b"their", b"my", b"your", b"our"],
        )
        && matches!(b[..n.end].last(), Some(b's' | b'S'))
    {
        age = true;
        unit = Some(Cow::Borrowed("year"));
        ukind = Some(UnitKind::Time);
    }
    // Age in apposition: "John Smith, 34, of Chicago", "the suspect, 34,";
    // "Agassi, now 34, has", "Moore, then 32, took" (the apposition read
    // from before "now" or "then").
    let lead = if b[..n.start].ends_with(b", now ") {
        n.start - 4
    } else if b[..n.start].ends_with(b", then ") {
        n.start - 5
    } else {
        n.start
    };
    // "Brian Posley, Jr., 19, of Chattanooga", "Hubert Allen Jr., 72,":
    // a name's suffix before the apposition's comma.
    let suffixed = (b[..n.start].ends_with(b" Jr., ") || b[..n.start].ends_with(b" Sr., "))
        && n.start > 7
        && (is_alpha(b[n.start - 7]) || b[n.start - 7] == b',');
    // "Talitha Bowman,20, of Chattanooga": the comma's space lost, a
    // capitalised name before it and a comma after.
    let glued = lead >= 2
        && b[lead - 1] == b','
        && is_alpha(b[lead - 2])
        && b.get(n.end) == Some(&b',')
        && true_name_before(b, lead + 1);
    if unit.is_none() && n.plain && n.digits <= 3 && (1.0..=120.0).contains(&value) && glued {
        age = true;
        unit = Some(Cow::Borrowed("year"));
        ukind = Some(UnitKind::Time);
    }
    if unit.is_none()
        && n.plain
        && n.digits <= 3
        && (1.0..=120.0).contains(&value)
        && (suffixed || (lead >= 3 && b[lead - 2..lead] == *b", " && is_alpha(b[lead - 3])))
        && match b.get(n.end) {
            // "Smith, 62, died": after a name the count word is the verb
            // of the sentence, not what the number counts.
            Some(b',') => suffixed || !count_noun_after(b, n.end + 1) || true_name_before(b, lead),
            // A list of victims: "Frank Kohler, 50; Vishnu Pandit, 61."
            Some(b';') => true,
            None | Some(b'\n') => true_name_before(b, lead),
            Some(b'.') => {
                b.get(n.end + 1).is_none_or(u8::is_ascii_whitespace) && true_name_before(b, lead)
            }
            _ => false,
        }
    {
        age = true;
        unit = Some(Cow::Borrowed("year"));
        ukind = Some(UnitKind::Time);
    }
    // Accounting negative: "net loss ($99.99)" (but "£2bn ($2.6bn)" is a
    // conversion).
    if unit.is_some()
        && value > 0.0
        && prefix_is_symbol(b, start)
        && is_accounting_negative(b, start, end)
    {
        start -= 1;
        end += 1;
        value = -value;
        lo = -hi;
        hi = -n.lo;
    }
    let bare = unit.is_none() && n.plain;
    // A capitalised number word and unit inside a name: "the Nine Mile
    // Point plant", "Three Mile Island", "on Eight Mile Road" (the name
    // goes on after the unit, or stands inside a sentence).
    if n.spelled && b[n.start].is_ascii_uppercase() && unit.is_some() && end > n.end {
        let unit_word =
            word_after(b, n.end).filter(|&(s, e)| e <= end && b[s].is_ascii_uppercase());
        let named_on = word_after(b, end)
            .is_some_and(|(s, _)| b[end..s] == *b" " && b[s].is_ascii_uppercase());
        if unit_word.is_some_and(|(s, e)| b[s + 1..e].iter().all(u8::is_ascii_lowercase))
            && (named_on || mid_sentence(b, n.start))
        {
            return None;
        }
    }
    // Years and weak numbers only with a unit or a count noun ("2000
    // people", "one person"); a year only before a plural noun, so "2014
    // killing spree" stays a year.
    if (kind == Kind::Year || n.weak) && !(unit.is_none() && range_to_unit(b, n, next)) {
        if unit.is_none()
            && !count_noun_after(b, n.end)
            && !(n.weak && one_before_noun(b, n.start, n.end))
            && !(n.weak && n.fraction && change_by(b, n.start, n.end))
        {
            return None;
        }
        if kind == Kind::Year && unit.is_none() && !plural_noun_after(b, n.end) {
            return None;
        }
    }
    if unit.is_none() {
        // Labels: No. 10, Flight 370, page 5.
        if let Some((ps, pe)) = word_before(b, n.start) {
            let mut buf = [0u8; 24];
            if let Some(l) = lower(&b[ps..pe], &mut buf) {
                if LABELS.contains_key(l) && !n.spelled && !n.scaled && !n.decimal {
                    return None;
                }
                // Spelled out after a bare label word: "in round one of
                // the Open", "game seven", "on day two" (not "last year
                // three were killed", "in the third round two players").
                if word_in(
                    l,
                    &[
                        b"round",
                        b"game",
                        b"day",
                        b"week",
                        b"stage",
                        b"phase",
                        b"season",
                        b"episode",
                        b"act",
                        b"scene",
                        b"chapter",
                        b"level",
                        b"division",
                        b"number",
                        b"grade",
                    ],
                ) && n.spelled
                    && !n.scaled
                    && b[pe..n.start] == *b" "
                    && !count_noun_after(b, n.end)
                    && !matches!(b.get(n.end), Some(b'-'))
                    && !lower_word_is(b, word_after(b, n.end), &[b"or", b"to", b"and"])
                    && !word_after(b, n.end).is_some_and(|(s, e)| {
                        // (A plural noun after it is what it counts.)
                        let w = &b[s..e];
                        e - s >= 4
                            && w[0].is_ascii_lowercase()
                            && w.ends_with(b"s")
                            && !w.ends_with(b"ss")
                            && !word_in(w, &[b"this", b"does", b"goes"])
                    })
                    && !lower_word_is(
                        b,
                        word_before(b, ps),
                        &[
                            b"this",
                            b"last",
                            b"next",
                            b"that",
                            b"the",
                            b"a",
                            b"an",
                            b"each",
                            b"every",
                            b"per",
                            b"one",
                            b"first",
                            b"second",
                            b"third",
                            b"fourth",
                            b"final",
                            b"same",
                            b"previous",
                            b"following",
                            b"whole",
                            b"its",
                            b"their",
                            b"his",
                            b"her",
                        ],
                    )
                {
                    return None;
                }
            }
            // Names with a number: Boeing 747, Windows 10, Voyager 2.
            let w = &b[ps..pe];
            // A product name in camel case counts too: iPhone 16, eBook 3,
            // macOS 14.
            let camel = w.len() > 2
                && w[0].is_ascii_lowercase()
                && w[1..].iter().any(u8::is_ascii_uppercase);
            // A release of software: "version 2.0", "iOS 17.1".
            if n.decimal
                && !n.scaled
                && b[pe..n.start] == *b" "
                && (camel || w.eq_ignore_ascii_case(b"version"))
            {
                return None;
            }
            if (w[0].is_ascii_uppercase() || camel)
                && bare
                && !n.spelled
                && b[pe..n.start] == *b" "
                && !capital_ok(w)
                && !numbers_month(w)
                && !count_noun_after(b, n.end)
                && !range_to_unit(b, n, next)
            {
                return None;
            }
        }
        if b.get(n.start.wrapping_sub(1)) == Some(&b'#') {
            return None;
        }
        // A model number after a firm's ticker in brackets: "Intel Corp
        // <INTC> 80386 microprocessor", "Boeing Co <BA.N> 747".
        if bare
            && !n.spelled
            && !n.scaled
            && n.end - n.start >= 3
            && ticker_start(b, n.start).is_some()
            && !count_noun_after(b, n.end)
        {
            return None;
        }
        // A model by its number before its name: "the 787 Dreamliner",
        // "its 320 Series" (not a count of a group named so, "the 300
        // Spartans", nor of a thing that counts, "the 12 Republicans").
        if bare
            && !n.spelled
            && !n.decimal
            && !n.scaled
            && n.end - n.start >= 3
            && b[n.start..n.end].iter().all(u8::is_ascii_digit)
            && word_before(b, n.start).is_some_and(|(ps, pe)| {
                word_in(&b[ps..pe], &[b"the", b"The", b"a", b"A", b"its", b"their"])
            })
            && !count_noun_after(b, n.end)
        {
            // (The name's words, up to three capitalised ones: none a
            // plural, "the 400 Associate Stores", nor a people's
            // adjective, "a 330 European currency unit".)
            let name = word_after(b, n.end).filter(|&(s, e)| {
                b[n.end..s] == *b" "
                    && b[s].is_ascii_uppercase()
                    && b[s + 1..e].iter().any(u8::is_ascii_lowercase)
                    && ![&b"an"[..], b"ese", b"ish"]
                        .iter()
                        .any(|x| b[s..e].ends_with(x))
            });
            if let Some(mut word) = name {
                let mut model = true;
                for _ in 0..3 {
                    let (ws, we) = word;
                    if b[we - 1] == b's' || b[ws..we].contains(&b'/') {
                        model = false;
                        break;
                    }
                    match word_after(b, we) {
                        Some(next) if b[next.0].is_ascii_uppercase() => word = next,
                        _ => break,
                    }
                }
                if model {
                    return None;
                }
            }
        }
        // A road by its number before its kind: "the 5 Freeway", "the 405
        // Fwy", "the 91 Expressway".
        if bare && !n.spelled && !n.decimal {
            if let Some((s, e)) = word_after(b, n.end) {
                if b[n.end..s] == *b" "
                    && b[s].is_ascii_uppercase()
                    && word_in(
                        &b[s..e],
                        &[
                            b"Freeway",
                            b"Fwy",
                            b"Expressway",
                            b"Expy",
                            b"Highway",
                            b"Hwy",
                            b"Parkway",
                            b"Pkwy",
                            b"Turnpike",
                            b"Interstate",
                            b"Motorway",
                        ],
                    )
                {
                    return None;
                }
            }
        }
        // "(317) 327.3475", "(323) 890-5500": a number after an area code,
        // or either part of one.
        let run = n.start
            - b[..n.start]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b'-' | b'.'))
                .count();
        if run >= 6
            && b[run - 6] == b'('
            && b[run - 5..run - 2].iter().all(u8::is_ascii_digit)
            && b[run - 2..run] == *b") "
        {
            return None;
        }
        if bare && n.start > 0 {
            let open = b[n.start - 1];
            let close = b.get(n.end).copied();
            // A reference mark, "[62]", or an area code, "(225) 389-4869".
            if open == b'[' && close == Some(b']')
                || open == b'('
                    && close == Some(b')')
                    && n.end - n.start == 3
                    && b.get(skip_space(b, n.end + 1))
                        .is_some_and(u8::is_ascii_digit)
            {
                return None;
            }
            // "called 911", "dial 999": an emergency number; "911" alone
            // is one anywhere ("a caller to 911", "911 dispatchers"),
            // unless it counts a plural ("911 jobs").
            let number = &b[n.start..n.end];
            let dialled = lower_word_is(
                b,
                word_before(b, n.start),
                &[
                    b"call", b"called", b"calling", b"calls", b"dial", b"dialed", b"dialled",
                    b"dialing",
                ],
            );
            let emergency_service = || {
                lower_word_is(
                    b,
                    next_w,
                    &[
                        b"callers",
                        b"dispatchers",
                        b"operators",
                        b"records",
                        b"reports",
                        b"recordings",
                        b"tapes",
                        b"centers",
                        b"centres",
                    ],
                )
            };
            if (matches!(number, b"911" | b"999" | b"112" | b"000") && dialled)
                || (number == b"911" && (!plural_noun_after(b, n.end) || emergency_service()))
            {
                return None;
            }
        }
        // A station's name: "told 11 News", "13 News Now", "tells 7
        // Action News" (not a count of its people: "3 Fox News hosts").
        if bare && n.end - n.start <= 2 && station_name(&b[n.end..]) {
            return None;
        }
        // A phone number's letters spelled in digits: "215-686-TIPS
        // (8477)", "1-800-897-LINK (5465)".
        if bare && n.start >= 2 && b[n.start - 1] == b'(' && b.get(n.end) == Some(&b')') {
            let before = b[..n.start - 1].trim_ascii_end();
            let caps = before
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_uppercase())
                .count();
            if caps >= 3 && before.len() > caps && before[before.len() - caps - 1] == b'-' {
                return None;
            }
        }
        // Web markup glued by pipes: "article-gallery-5845524|5".
        if (n.start >= 1 && b[n.start - 1] == b'|') || b.get(n.end) == Some(&b'|') {
            return None;
        }
        // A code with a leading zero: "007", "0800".
        if bare
            && !n.decimal
            && n.end - n.start >= 2
            && b[n.start] == b'0'
            && b[n.start + 1].is_ascii_digit()
        {
            return None;
        }
        // A capitalised number word after a name, closing the phrase:
        // "BBC Two's", "on Channel Five." (not "Stockton Five people" nor
        // "News One killed" in run-on headlines).
        if n.spelled
            && b[n.start].is_ascii_uppercase()
            && (matches!(b.get(n.end), Some(b',' | b'.' | b';' | b':' | b')'))
                || b[n.end..].starts_with(b"'s")
                || b[n.end..].starts_with("’s".as_bytes()))
            && word_before(b, n.start).is_some_and(|(ps, pe)| {
                let w = &b[ps..pe];
                w[0].is_ascii_uppercase()
                    && b[pe..n.start] == *b" "
                    && !capital_ok(w)
                    && !numbers_month(w)
            })
        {
            return None;
        }
        // A capitalised number word after an acronym or a capitalised
        // possessive is a name: "BBC Three and News 24", "Ocean's Twelve
        // took $40m".
        if n.spelled && b[n.start].is_ascii_uppercase() && named_by_token_before(b, n.start) {
            return None;
        }
        // A capitalised number word inside a sentence before another
        // capitalised word is a name: "the Three Gorges Dam", "Four
        // Seasons" (not in a headline whose every word is capitalised:
        // "Police Say Three Killed", "Three Dead, Two Hurt In Shooting").
        if n.spelled
            && b[n.start].is_ascii_uppercase()
            && next_w.is_some_and(|(s, _)| b[s].is_ascii_uppercase() && b[n.end..s] == *b" ")
            && mid_sentence(b, n.start)
            && !title_case_line(b, n.start)
        {
            return None;
        }
        // The first hour of a span of time, "4 to 7 p.m.", and "nine
        // o'clock".
        if value <= 24.0
            && (next.is_some_and(|m| {
                m.kind == Kind::Time
                    && m.start >= n.end
                    && matches!(
                        b[n.end..m.start].trim_ascii(),
                        b"to" | b"-" | b"and" | b"until" | b"till" | b"\xE2\x80\x93"
                    )
            }) || {
                let w = &b[skip_space(b, n.end)..];
                // "The Ten O'Clock News" capitalised as a title.
                w.len() >= 7
                    && (w[..7].eq_ignore_ascii_case(b"o'clock")
                        || w.len() >= 9 && w[..9].eq_ignore_ascii_case("o’clock".as_bytes()))
            })
        {
            return None;
        }
        // The tail of a model number: Boeing 737-800, Airbus A320-200.
        if bare && n.start >= 2 && b[n.start - 1] == b'-' && b[n.start - 2].is_ascii_alphanumeric()
        {
            let mut t0 = n.start - 1;
            while t0 > 0 && b[t0 - 1].is_ascii_alphanumeric() {
                t0 -= 1;
            }
            let head = &b[t0..n.start - 1];
            let mixed =
                head.iter().any(u8::is_ascii_alphabetic) && head.iter().any(u8::is_ascii_digit);
            // (After a ticker too: "Boeing Co <BA> 737-300".)
            let t0 = ticker_start(b, t0).unwrap_or(t0);
            let named = head.iter().all(u8::is_ascii_digit)
                && word_before(b, t0).is_some_and(|(ps, pe)| {
                    let w = &b[ps..pe];
                    w[0].is_ascii_uppercase()
                        && b[pe..t0] == *b" "
                        && !capital_ok(w)
                        && !numbers_month(w)
                });
            if mixed || named {
                return None;
            }
        }
        // A model after its maker's possessive or an acronym, a
        // capitalised singular word after it: "Boeing's 737 Max was
        // grounded", "the FTSE 100 Index" (not "Britain's 650 MPs").
        if bare
            && !n.spelled
            && n.digits >= 2
            && named_by_token_before(b, n.start)
            && next_w.is_some_and(|(s, e)| {
                let w = &b[s..e];
                b[n.end..s] == *b" "
                    && w[0].is_ascii_uppercase()
                    && !w.ends_with(b"s")
                    && !numbers_month(w)
            })
        {
            return None;
        }
        // 3-D, 7-Eleven: a hyphen and a capital.
        if b.get(n.end) == Some(&b'-') && b.get(n.end + 1).is_some_and(|c| c.is_ascii_uppercase()) {
            return None;
        }
        // 10 Downing Street; "the 600 block of Main Street" (an address);
        // "a 911 call".
        if bare
            && next_w.is_some_and(|(s, e)| {
                lower_word_is(b, Some((s, e)), &[b"block", b"call", b"calls", b"caller"])
            })
        {
            return None;
        }
        if bare {
            if let Some((s, e)) = next_w {
                if b[s].is_ascii_uppercase() && b[n.end..s] == *b" " {
                    if let Some((s2, e2)) = word_after(b, e) {
                        if lower_word_is(
                            b,
                            Some((s2, e2)),
                            &[
                                b"street",
                                b"st",
                                b"road",
                                b"rd",
                                b"avenue",
                                b"ave",
                                b"boulevard",
                                b"blvd",
                                b"lane",
                                b"drive",
                                b"way",
                                b"place",
                                b"square",
                                b"court",
                            ],
                        ) {
                            return None;
                        }
                    }
                }
            }
        }
    }
    // Sports scores: 3-1, 2-0 (a dash and the left one larger or equal).
    if bare && b.get(n.end) == Some(&b'-') {
        if let Some(nx) = next {
            if nx.start == n.end + 1
                && nx.plain
                && nx.value <= n.value
                && nx.digits <= 2
                && n.digits <= 2
            {
                return None;
            }
        }
    }
    if bare && n.start > 0 && b[n.start - 1] == b'-' && n.start >= 2 && is_digit(b[n.start - 2]) {
        // The right side of a score: handled with the left.
        let mut k = n.start - 1;
        while k > 0 && is_digit(b[k - 1]) {
            k -= 1;
        }
        if let Ok(Ok(left)) = std::str::from_utf8(&b[k..n.start - 1]).map(|s| s.parse::<f64>()) {
            if left >= n.value
                && n.start - 1 - k <= 2
                && n.digits <= 2
                && !(k > 0 && is_wordish(b[k - 1]))
            {
                return None;
            }
        }
    }
    let mut rounding = if n.rounding > 0.0 { n.rounding } else { 0.0 };
    // Accounts write a negative figure in parentheses: "net loss (99)"
    // (bare figures only: "($99.99)" may be a plain aside).
    if value > 0.0 && unit.is_none() && is_accounting_negative(b, start, end) {
        value = -value;
        (lo, hi) = (-hi, -lo);
    }
    // A share of a group is a percentage: "one in five adults", "one out
    // of three", "two-thirds of voters", "half of the workers".
    if n.fraction && unit.is_none() && value > 0.0 && value <= 1.0 {
        let ratio = ratio_surface(&b[n.start..n.end.min(b.len())]);
        let of = word_after(b, n.end).filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"of"));
        let by_change = n.spelled && change_by(b, n.start, n.end);
        // A fraction of one unit is a measure, not a share: "three-quarters
        // of a mile", "a third of an hour", "a quarter of a percentage
        // point".
        if let Some(m) = of
            .filter(|_| !ratio)
            .and_then(|(_, e)| fraction_of_one_unit(b, e))
        {
            unit = Some(Cow::Borrowed(m.unit.unit));
            ukind = Some(m.unit.kind);
            end = m.end;
        } else if ratio || of.is_some() || by_change || numbers::share_follows(b, n.end) {
            value *= 100.0;
            lo *= 100.0;
            hi *= 100.0;
            rounding *= 100.0;
            unit = Some(Cow::Borrowed("percent"));
            ukind = Some(UnitKind::Percent);
        }
    } else if unit.is_none() && n.decimal && value > 0.0 && value < 1.0 {
        // A decimal part of one unit: "0.30 of an inch of rain", "0.25 of
        // a percentage point".
        if let Some(m) = word_after(b, n.end)
            .filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"of"))
            .and_then(|(_, e)| fraction_of_one_unit(b, e))
        {
            unit = Some(Cow::Borrowed(m.unit.unit));
            ukind = Some(m.unit.kind);
            end = m.end;
        }
    }
    Some(Part {
        start,
        end,
        ns: n.start,
        value,
        lo,
        hi,
        vague: kind == Kind::Vague,
        rounding,
        scale: n.scale,
        unit,
        kind: ukind,
        age,
        range: None,
        bare_int: bare && !n.scaled,
        decimal: n.decimal,
        tolerance,
        odd,
    })
}

/// The unit after "a" or "an" at `i` (just after "of"), when it is one
/// unit of time, measure or percent spelled out: "(three-quarters of) a
/// mile", "(a third of) an hour". Weak symbols and the ambiguous pound
/// are left to the share reading.
fn fraction_of_one_unit(b: &[u8], i: usize) -> Option<UnitMatch> {
    let (s, e) = word_after(b, i)?;
    if !(word_in(&b[s..e], &[b"a", b"an"]) && b[i..s] == *b" ") {
        return None;
    }
    unit_after(b, e, false).filter(|m| divisible_unit(&m.unit))
}

/// Whether a fraction's surface is a ratio of two numbers: "one in
/// five", "one-in-five", "one out of three".
fn ratio_surface(surface: &[u8]) -> bool {
    surface
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b" in ") || w.eq_ignore_ascii_case(b"-in-"))
        || surface
            .windows(8)
            .any(|w| w.eq_ignore_ascii_case(b" out of "))
}

/// A unit that a half or a fraction of one measures ("half a mile", "a
/// third of an hour", "a quarter of a percentage point", "half a point"):
/// a time, a measure, a percent or a point, not a weak word nor the
/// ambiguous pound.
fn divisible_unit(u: &Unit) -> bool {
    matches!(
        u.kind,
        UnitKind::Time | UnitKind::Measure | UnitKind::Percent | UnitKind::Index
    ) && !u.weak
        && u.unit != "GBP|lb"
}

/// Whether `n` opens a range whose other end carries a unit, which makes
/// a year-like or weak number a quantity: "1500 - 2000 calories", "one to
/// three years" (but not "2010 to 2012" nor "one to one").
fn range_to_unit(b: &[u8], n: &Num, next: Option<&Num>) -> bool {
    let Some(t) = next else {
        return false;
    };
    // (A season or fiscal year, "1986/87", "2012-13", starts none; nor
    // does a year after "in" or "since", nor one before a figure of a
    // scale, "from 13.77 mln tonnes in 1990 to 17.25 mln tonnes".)
    let year_said = n.kind == Kind::Year
        && (t.scaled
            || lower_word_is(
                b,
                word_before(b, n.start),
                &[b"in", b"since", b"during", b"until", b"by"],
            ));
    (n.kind != Kind::Year || n.plain)
        && !year_said
        && t.start > n.end
        && matches!(t.kind, Kind::Cardinal | Kind::Year)
        && t.value.is_finite()
        && t.value > n.value
        && matches!(
            numbers::range_between_bytes(b, n.end, t.start),
            Some(Joiner::Dash | Joiner::To)
        )
        && unit_after(b, t.end, t.suffix).is_some_and(|m| m.unit.kind != UnitKind::Currency)
}

/// Words of making: what a plant makes is weighed ("resin production
/// will rise to 40 mln pounds a year").
const MAKING: &[&[u8]] = &[
    b"production",
    b"produce",
    b"produces",
    b"produced",
    b"producing",
    b"capacity",
    b"harvest",
];

/// What the words around an ambiguous "pounds" say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PoundCue {
    /// Weight: "weighs 5 pounds", "a ton is 2,204.62 pounds".
    Mass,
    /// Money: "fined 30 pounds", "a ticket costs 12 pounds".
    Money,
}

/// The cue nearest to the figure at `start..end` in its sentence (up to
/// 150 bytes each side) that tells a weight from an amount of money, if
/// any:
///
/// | text | cue |
/// |---|---|
/// | `the bag weighs 5 pounds` | `Mass` |
/// | `a metric ton is equal to 2,204.62 pounds` | `Mass` |
/// | `the fine was 30 pounds` | `Money` |
/// | `he lost 30 pounds` | none |
fn pound_cue(b: &[u8], start: usize, end: usize) -> Option<PoundCue> {
    const MASS: &[&[u8]] = &[
        b"weigh",
        b"weighs",
        b"weighed",
        b"weighing",
        b"weight",
        b"weights",
        b"heavy",
        b"heavier",
        b"heaviest",
        b"ton",
        b"tons",
        b"tonne",
        b"tonnes",
        b"kg",
        b"kilogram",
        b"kilograms",
        b"kilo",
        b"kilos",
        b"ounce",
        b"ounces",
        b"oz",
        b"lb",
        b"lbs",
        b"gram",
        b"grams",
        b"stone",
        b"payload",
    ];
    const MONEY: &[&[u8]] = &[
        b"cost", b"costs", b"costing", b"paid", b"pay", b"pays", b"price", b"prices", b"priced",
        b"fine", b"fined", b"worth", b"sold", b"bought", b"spent", b"spend", b"salary", b"wage",
        b"wages", b"fee", b"fees", b"fare", b"fares", b"tax", b"budget", b"profit", b"profits",
        b"revenue", b"earn", b"earns", b"earned", b"charge", b"charged", b"rent", b"bill",
        b"donated", b"raised", b"owed", b"owes", b"debt",
    ];
    let stop = |c: &u8| matches!(c, b'.' | b'!' | b'?' | b'\n' | b';');
    let lo = start.saturating_sub(150);
    let s0 = b[lo..start]
        .iter()
        .rposition(stop)
        .map_or(lo, |k| lo + k + 1);
    let hi = (end + 150).min(b.len());
    let e0 = b[end..hi].iter().position(stop).map_or(hi, |k| end + k);
    let mut best: Option<(usize, PoundCue)> = None;
    let mut i = s0;
    while i < e0 {
        if !is_alpha(b[i]) {
            i += 1;
            continue;
        }
        let e = alpha_end(b, i).min(e0);
        let w = &b[i..e];
        let cue = if word_in(w, MASS) || word_in(w, MAKING) {
            Some(PoundCue::Mass)
        } else if word_in(w, MONEY) {
            Some(PoundCue::Money)
        } else {
            None
        };
        if let Some(c) = cue {
            let d = if e <= start {
                start - e
            } else {
                i.saturating_sub(end)
            };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, c));
            }
        }
        i = e.max(i + 1);
    }
    best.map(|(_, c)| c)
}

/// The end of an adjective of duration after the number ending at `e`
/// when a unit of time follows it: "three consecutive days", "four
/// straight months", "five working days", "two more years".
fn time_adjective_end(b: &[u8], e: usize, value: f64) -> Option<usize> {
    if b.get(e) != Some(&b' ') {
        return None;
    }
    let (s, we) = word_after(b, e)?;
    if s != e + 1
        || !word_in(
            &b[s..we],
            &[
                b"consecutive",
                b"straight",
                b"successive",
                b"working",
                b"business",
                b"calendar",
                b"full",
                b"whole",
                b"long",
                b"solid",
                b"more",
                b"extra",
                b"additional",
                b"further",
            ],
        )
    {
        return None;
    }
    // A plural unit after a number other than one, closing its word
    // ("15 consecutive year-on-year drops" is no duration).
    unit_after(b, we, false)
        .is_some_and(|m| {
            m.unit.kind == UnitKind::Time
                && !m.unit.weak
                && b.get(m.end) != Some(&b'-')
                && (value == 1.0 || b[..m.end].ends_with(b"s"))
        })
        .then_some(we)
}

/// Whether a singular "mark" ending at `end` after a number other than
/// one closing its phrase is a milestone, not the Deutsche mark: "passed
/// the 10,000 mark.", "the 1m mark for the first time", "the $1bn mark"
/// (money is "10,000 marks", and "a 100 mark note" stays money).
fn milestone_mark(b: &[u8], value: f64, end: usize) -> bool {
    // "a 10-mark dividend": the hyphenated adjective is money.
    if !(end >= 5
        && b[end - 4..end].eq_ignore_ascii_case(b"mark")
        && b[end - 5] != b'-'
        && value != 1.0)
    {
        return false;
    }
    // Money stands before a noun ("a 1,000 mark bond", "a 12 mark
    // dividend", "the 1.80 mark level"); a milestone closes its phrase.
    match b.get(end) {
        None => true,
        // A hard-wrapped line reads on ("an unchanged 10 mark\ndividend").
        Some(b' ' | b'\n') => word_after(b, end).is_some_and(|(s, e)| {
            s <= end + 2
                && word_in(
                    &b[s..e],
                    &[
                        b"for",
                        b"in",
                        b"on",
                        b"at",
                        b"by",
                        b"of",
                        b"to",
                        b"and",
                        b"or",
                        b"but",
                        b"against",
                        b"before",
                        b"after",
                        b"since",
                        b"this",
                        b"last",
                        b"as",
                        b"when",
                        b"with",
                        b"within",
                        b"again",
                        b"today",
                        b"yesterday",
                        b"during",
                        b"until",
                        b"while",
                        b"amid",
                        b"is",
                        b"was",
                        b"has",
                        b"had",
                        b"earlier",
                    ],
                )
        }),
        Some(&c) => matches!(c, b'.' | b',' | b';' | b':' | b')' | b'!' | b'?'),
    }
}

/// Whether pounds with a scale ("250 million pounds") weigh: a goods
/// word after "of" ("12 million pounds of beef", "265 mln pounds of
/// copper"; not "of debt", "of taxpayers' money", nor a determiner), or
/// a verb of weighing among the three words before ("weighed in at 250
/// million pounds"), or a word of making among the five ("production
/// will rise to 40 mln pounds"). Without these, a scaled amount of
/// pounds is money.
fn scaled_pounds_weigh(b: &[u8], start: usize, end: usize) -> bool {
    const MONEY_OF: &[&[u8]] = &[
        b"sterling",
        b"taxpayers",
        b"taxpayer",
        b"public",
        b"investment",
        b"investments",
        b"funding",
        b"funds",
        b"money",
        b"cash",
        b"revenue",
        b"revenues",
        b"debt",
        b"debts",
        b"damage",
        b"damages",
        b"savings",
        b"cuts",
        b"spending",
        b"losses",
        b"assets",
        b"business",
        b"contracts",
        b"orders",
        b"exports",
        b"imports",
        b"sales",
        b"profit",
        b"profits",
        b"income",
        b"aid",
        b"grants",
        b"subsidies",
        b"support",
        b"bonuses",
        b"fees",
        b"fines",
        b"compensation",
        b"benefits",
        b"loans",
        b"borrowing",
        b"bonds",
        b"shares",
        b"stock",
        b"property",
        b"deals",
        b"bets",
        b"credit",
        b"capital",
        b"cost",
        b"costs",
        b"value",
        b"tax",
        b"taxes",
        b"government",
        b"lottery",
        b"new",
        b"extra",
        b"additional",
        b"private",
        b"state",
    ];
    if let Some((_, e)) = word_after(b, end).filter(|&(s, e)| s == end + 1 && b[s..e] == *b"of") {
        return word_after(b, e).is_some_and(|(s2, e2)| {
            let w = &b[s2..e2];
            s2 == e + 1
                && w[0].is_ascii_lowercase()
                && !word_in(w, MONEY_OF)
                && !word_in(
                    w,
                    &[
                        b"the", b"a", b"an", b"this", b"that", b"these", b"those", b"his", b"her",
                        b"its", b"their", b"our", b"your", b"my", b"which", b"what",
                    ],
                )
        });
    }
    // (Or what a plant makes, among the five words before: "resin
    // production will rise to 40 mln pounds a year"; the twelve before
    // the old figure of a change, "... to 40 mln pounds a year from 35
    // mln pounds".)
    let reach = if word_before(b, start).is_some_and(|(s, e)| b[s..e].eq_ignore_ascii_case(b"from"))
    {
        12
    } else {
        5
    };
    let lo = start.saturating_sub(160);
    let head = b[lo..start]
        .rsplit(|&c| matches!(c, b'.' | b';' | b'!' | b'?'))
        .next()
        .unwrap_or(&[]);
    for (n, w) in head
        .split(|c| c.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .rev()
        .take(reach)
        .enumerate()
    {
        let w = w.strip_suffix(b",").unwrap_or(w);
        if n < 3 && word_in(w, &[b"weigh", b"weighs", b"weighed", b"weighing"]) {
            return true;
        }
        if word_in(w, MAKING) {
            return true;
        }
    }
    false
}

/// Whether the figure at `start` converts a mass written just before it:
/// "3,200 metric tons, or 7 million pounds", "80 tonnes (176,000 pounds)".
fn converts_mass_before(b: &[u8], start: usize) -> bool {
    let mut k = skip_space_back(b, start);
    if k > 0 && b[k - 1] == b'(' {
        k -= 1;
    } else {
        match word_before(b, k) {
            Some((s, e)) if e == k && b[s..e].eq_ignore_ascii_case(b"or") => k = s,
            _ => return false,
        }
        k = skip_space_back(b, k);
        if k > 0 && b[k - 1] == b',' {
            k -= 1;
        }
    }
    let k = skip_space_back(b, k);
    word_before(b, k)
        .filter(|&(_, e)| e == k)
        .and_then(|(s, e)| lookup_unit(&b[s..e]))
        .is_some_and(|u| matches!(u.unit, "tonne" | "ton" | "kg" | "g" | "mg" | "oz"))
}

/// Whether the word before ", " at `start` is capitalised (a name).
fn true_name_before(b: &[u8], start: usize) -> bool {
    start >= 3
        && is_alpha(b[start - 3])
        && b[b[..start - 2]
            .iter()
            .rposition(|c| !is_alpha(*c))
            .map_or(0, |k| k + 1)]
        .is_ascii_uppercase()
}

/// Whether the number at `start` follows others in a list headed by
/// "ages" or "aged": "ages 19, 17 and 15", "aged 18, 18, 19 and 20".
fn in_age_list(b: &[u8], start: usize) -> bool {
    let mut k = start;
    let mut listed = false;
    for _ in 0..12 {
        k = skip_space_back(b, k);
        if k > 0 && b[k - 1] == b',' {
            k -= 1;
            continue;
        }
        if k > 0 && b[k - 1].is_ascii_digit() {
            let e = k;
            while k > 0 && b[k - 1].is_ascii_digit() {
                k -= 1;
            }
            if e - k > 3 {
                return false;
            }
            listed = true;
            continue;
        }
        let Some((s, e)) = word_before(b, k) else {
            return false;
        };
        if e != k {
            return false;
        }
        let w = &b[s..e];
        if w.eq_ignore_ascii_case(b"and") || w.eq_ignore_ascii_case(b"or") {
            k = s;
            continue;
        }
        return listed
            && (w.eq_ignore_ascii_case(b"ages")
                || w.eq_ignore_ascii_case(b"aged")
                || w.eq_ignore_ascii_case(b"of")
                    && lower_word_is(b, word_before(b, s), &[b"ages"]));
    }
    false
}

/// Whether the number at `start` is one of a list of two or more bare
/// numbers set off by commas after a noun: "two females, 28 and 27, and
/// one male", "Two men, 18, 19 and 20, were shot": the people's ages.
fn ages_in_apposition(b: &[u8], start: usize) -> bool {
    // One item of the list: up to three digits, below 120.
    let item = |k: usize| -> Option<usize> {
        let e = k + b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        let v: u32 = std::str::from_utf8(&b[k..e]).ok()?.parse().ok()?;
        (e > k && e - k <= 3 && v < 120).then_some(e)
    };
    // The separators between items.
    const SEPS: &[&[u8]] = &[b", and ", b" and ", b", "];
    // Back to the list's first item.
    let mut first = start;
    'back: loop {
        for sep in SEPS {
            if b[..first].ends_with(sep) {
                let e = first - sep.len();
                let s = e - b[..e]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if s < e && item(s) == Some(e) {
                    first = s;
                    continue 'back;
                }
            }
        }
        break;
    }
    // After a noun and its comma.
    if !(first >= 3 && b[..first].ends_with(b", ") && is_alpha(b[first - 3])) {
        return false;
    }
    // Forward to the list's end, which a comma closes.
    let mut k = first;
    let mut items = 0;
    loop {
        let Some(e) = item(k) else { return false };
        items += 1;
        match SEPS.iter().find(|sep| b[e..].starts_with(sep)) {
            Some(sep) if b.get(e + sep.len()).is_some_and(u8::is_ascii_digit) => k = e + sep.len(),
            _ => return items >= 2 && b.get(e) == Some(&b','),
        }
    }
}

/// A figure standing alone in parentheses, `(99)`, in an accounting line
/// (a finance word shortly before it).
fn is_accounting_negative(b: &[u8], start: usize, end: usize) -> bool {
    const WORDS: &[&[u8]] = &[
        b"loss",
        b"net",
        b"profit",
        b"income",
        b"earnings",
        b"shr",
        b"revenue",
        b"deficit",
        b"ebit",
        b"ebitda",
    ];
    let open = start > 0 && b[start - 1] == b'(';
    let close = b.get(end) == Some(&b')');
    if !(open && close) || follows_figure(b, start - 1) {
        return false;
    }
    let from = start.saturating_sub(48);
    let before = &b[from..start - 1];
    before
        .split(|c| !c.is_ascii_alphabetic())
        .any(|w| word_in(w, WORDS))
}

/// Whether a figure ends just before byte `open` (an opening parenthesis):
/// "2 billion pounds ($2.6 billion)", "£20m ($26m)", "1.2 (0.9)" give the
/// same figure again, converted or compared, not a negative one.
fn follows_figure(b: &[u8], open: usize) -> bool {
    let mut k = open;
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    let Some(&last) = k.checked_sub(1).and_then(|i| b.get(i)) else {
        return false;
    };
    if last.is_ascii_digit() || last == b'%' {
        return true;
    }
    let mut s = k;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s > 0 && !b[s - 1].is_ascii_digit() && b[s - 1] != b' ' {
        return false;
    }
    lower_word_is(
        b,
        Some((s, k)),
        &[
            b"million",
            b"billion",
            b"trillion",
            b"bn",
            b"m",
            b"mn",
            b"k",
            b"p",
            b"pence",
            b"cents",
            b"pounds",
            b"sterling",
            b"dollars",
            b"euros",
            b"yen",
            b"yuan",
            b"rupees",
            b"francs",
            b"marks",
            b"percent",
        ],
    ) && b[..s].iter().rev().take(24).any(u8::is_ascii_digit)
}

/// A month or weekday name: a number next to one is a date, not a count.
fn numbers_month(w: &[u8]) -> bool {
    is_month(w)
        || word_in(
            w,
            &[
                b"monday",
                b"tuesday",
                b"wednesday",
                b"thursday",
                b"friday",
                b"saturday",
                b"sunday",
            ],
        )
}

fn prefix_is_symbol(b: &[u8], start: usize) -> bool {
    !is_digit(b[start]) && b[start] != b'-'
}

fn starts_word(b: &[u8], i: usize, w: &[u8]) -> bool {
    b.len() >= i + w.len()
        && b[i..i + w.len()].eq_ignore_ascii_case(w)
        && !b.get(i + w.len()).is_some_and(|&c| is_wordish(c))
}

// ---------------------------------------------------------------------
// Ranges

/// Whether the figure at `i` is what something changed by: "sales rose
/// by a fifth", "prices have fallen by a quarter", "cut the risk of death
/// by a third" (a change is a share of the figure that changed). A
/// qualifier may stand between: "jumped by almost a fifth". Not a
/// fraction glued to its unit: "raised rates by a quarter-point".
fn change_by(b: &[u8], i: usize, end: usize) -> bool {
    if b.get(end) == Some(&b'-') {
        return false;
    }
    super::numbers::by_before(b, i).is_some_and(|s| change_before(b, s, 8).is_some())
}

/// Whether the `>` at `gt` closes a name or a ticker in angle brackets,
/// as wires mark a firm ("<Croesus Mining NL>", "<SYN>"): a `<` a few
/// words back with words and no other bracket between.
fn bracketed_name_before(b: &[u8], gt: usize) -> bool {
    let head = &b[gt.saturating_sub(60)..gt];
    head.iter()
        .rposition(|&c| c == b'<' || c == b'>')
        .is_some_and(|at| {
            let inner = &head[at + 1..];
            head[at] == b'<'
                && inner.first().is_some_and(u8::is_ascii_alphabetic)
                && inner.iter().all(|&c| {
                    c.is_ascii_alphanumeric()
                        || matches!(c, b' ' | b'\n' | b'.' | b'&' | b'-' | b'\'' | b',')
                })
        })
}

/// Where a firm's ticker in angle brackets right before `i` starts: the
/// `<` of "<INTC> " before "80386".
fn ticker_start(b: &[u8], i: usize) -> Option<usize> {
    let head = b.get(..i)?.strip_suffix(b"> ")?;
    let k = head
        .iter()
        .rev()
        .take(12)
        .position(|&c| c == b'<' || c.is_ascii_whitespace())?;
    let at = head.len() - 1 - k;
    (head[at] == b'<').then_some(at)
}

/// Whether the word before `i` (after white space) stands inside a
/// sentence: a lower-case letter or a comma ends what comes before it.
fn mid_sentence(b: &[u8], i: usize) -> bool {
    let p = skip_space_back(b, i);
    p > 0 && (b[p - 1].is_ascii_lowercase() || b[p - 1] == b',')
}

/// Whether the line around `i` is written in title case: four
/// capitalised words or more and no lower-case word but the small ones
/// ("Police Say Three Killed In Shooting", "Three Dead, Two Hurt in
/// Crash").
fn title_case_line(b: &[u8], i: usize) -> bool {
    const SMALL: &[&[u8]] = &[
        b"a", b"an", b"the", b"of", b"in", b"on", b"at", b"to", b"for", b"and", b"or", b"by",
        b"with", b"from", b"as", b"vs", b"after", b"over",
    ];
    let start = b[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let end = b[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| i + p);
    let mut caps = 0;
    for w in b[start..end].split(|c| !c.is_ascii_alphanumeric() && *c != b'\'') {
        match w.first() {
            Some(c) if c.is_ascii_uppercase() => caps += 1,
            Some(c) if c.is_ascii_lowercase() && !SMALL.contains(&w) => return false,
            _ => {}
        }
    }
    // (Four: a wire's hard-wrapped line may hold three words of a name,
    // "<Consolidated Five Star".)
    caps >= 4
}

/// Whether a change word stands within a few words before `i`.
fn change_before(b: &[u8], i: usize, words: usize) -> Option<(&'static str, usize)> {
    let mut k = i;
    for dist in 0..words {
        let (s, e) = word_before(b, k)?;
        if let Some(c) = change_word(&b[s..e]) {
            if c.pre {
                return Some((c.direction, dist));
            }
        }
        k = s;
    }
    None
}

/// Whether the token before `i` (one space between) names what a
/// capitalised number word after it belongs to: an acronym of two to five
/// capitals ("BBC", "ITV") or a capitalised possessive ("Ocean's").
fn named_by_token_before(b: &[u8], i: usize) -> bool {
    if i < 3 || b[i - 1] != b' ' {
        return false;
    }
    let e = i - 1;
    let mut t = e;
    while t > 0 && !b[t - 1].is_ascii_whitespace() {
        t -= 1;
    }
    let tok = &b[t..e];
    let acronym = (2..=5).contains(&tok.len()) && tok.iter().all(u8::is_ascii_uppercase);
    let stem = tok
        .strip_suffix(b"'s")
        .or_else(|| tok.strip_suffix("\u{2019}s".as_bytes()));
    let possessive = stem.is_some_and(|w| {
        w.len() >= 2 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
    });
    acronym || possessive
}

/// Whether a change word that stands before its figure ("rose",
/// "lifted") is among the `words` words before `i`, in the same clause
/// (no comma, colon, semicolon, bracket, quote or sentence end between).
fn change_in_clause(b: &[u8], i: usize, words: usize) -> bool {
    change_word_in_clause(b, i, words, true)
}

/// [`change_in_clause`], with any change word when `pre_only` is false
/// (one after its figure too: "up", "down").
fn change_word_in_clause(b: &[u8], i: usize, words: usize, pre_only: bool) -> bool {
    let mut k = i;
    for _ in 0..words {
        let Some((s, e)) = word_before(b, k) else {
            return false;
        };
        // (A line break is a wrap of the wire's line, not a clause's
        // end, unless a blank line or an indent follows it: "the rand
        // jumped\nnearly two cts to 33 U.S. Cts".)
        if b[e..k].iter().enumerate().any(|(x, &c)| {
            matches!(c, b',' | b';' | b':' | b'(' | b')' | b'"' | b'.')
                || (c == b'\n' && b.get(e + x + 1).is_none_or(|n| n.is_ascii_whitespace()))
        }) {
            return false;
        }
        if change_word(&b[s..e]).is_some_and(|c| c.pre || !pre_only) {
            return true;
        }
        k = s;
    }
    false
}

/// Whether "lower" or "higher" after a count is an adjective of the
/// noun that follows, not the count's change: "two lower courts", "three
/// higher-paying jobs" (but "closed 3 lower on Friday", "5% higher").
fn comparative_adjective(b: &[u8], f: &Figure, s: usize, e: usize) -> bool {
    if f.unit.is_some() || !word_in(&b[s..e], &[b"lower", b"higher"]) {
        return false;
    }
    let (s2, e2) = match b.get(e) {
        Some(b'-') => (e + 1, alpha_end(b, e + 1)),
        _ => match word_after(b, e) {
            Some(w) => w,
            None => return false,
        },
    };
    e2 > s2
        && b[s2].is_ascii_lowercase()
        && !noun_stop(&b[s2..e2])
        && !word_in(&b[s2..e2], &[b"yesterday", b"today", b"tonight"])
}

/// Whether a gain or loss after a sum of money names the sum, not its
/// change: "a 739,146 dlr loss for the six months", "a 277 mln dlr gain
/// from the sale" are a loss and a gain of that size (an earnings item).
/// A small price's gain is still a change ("shares closed with 50 cent
/// gains").
fn sum_gained_or_lost(b: &[u8], f: &Figure, s: usize, e: usize) -> bool {
    f.unit_kind == Some(UnitKind::Currency)
        && f.value.is_some_and(|v| v >= 10_000.0)
        && word_in(&b[s..e], &[b"loss", b"losses", b"gain", b"gains"])
}

fn change_word(w: &[u8]) -> Option<lexicon::Change> {
    if !prefix_ok(&CHANGE_PREFIX, w) {
        return None;
    }
    let mut buf = [0u8; 24];
    let l = lower(w, &mut buf)?;
    CHANGES.get(l).copied()
}

/// A height as an adjective, "the 6-foot-4 forward" (or "6-foot-4-inch"):
/// the inches after the feet join them, 6 ft 4 in. The scanner reads the
/// "-4" after a word as a code, so `a` is the feet and `n` the inches.
fn foot_inches(b: &[u8], a: &mut Part, n: &Num) {
    if a.unit.as_deref() != Some("ft")
        || !b[..a.end].ends_with(b"-foot")
        || n.start != a.end + 1
        || b[a.end] != b'-'
        || !n.plain
        || !(1.0..=11.0).contains(&n.value)
        || n.value.fract() != 0.0
        || a.value.fract() != 0.0
        || a.range.is_some()
    {
        return;
    }
    let mut end = n.end;
    if b.get(end) == Some(&b'-') {
        let e = alpha_end(b, end + 1);
        if !word_in(&b[end + 1..e], &[b"inch", b"inches", b"in"]) {
            return;
        }
        end = e;
    }
    if b.get(end).is_some_and(|&c| is_wordish(c) || c == b'-') {
        return;
    }
    let add = n.value / 12.0;
    a.value += add;
    a.lo += add;
    a.hi += add;
    a.rounding = 1.0 / 12.0;
    a.end = end;
}

/// A price or rate quoted as a bid and an offer, the second written by
/// its last digits after a slash or a dash: "1.8245/50 marks" (1.8245 to
/// 1.8250), "409.40/90 dlrs", "3.85/95 pct", "6.65/55 pct" (6.55 to
/// 6.65), "98.05-06". One figure, a range, with the unit written after
/// the second. The first
/// has two decimals or more, the second as many digits or fewer (at
/// least two), and is no score out of ten or a hundred ("8.50/10").
/// Also a price in fractions of its last decimal place ("2.85-1/4 dlrs",
/// [`price_fraction`]), one value.
fn bid_offer_quotes(b: &[u8], parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        if let Some(a) = out.last_mut() {
            // A grain or bond price in fractions of its last decimal
            // place: "2.85-1/4 dlrs" is 2.8525 dollars (a quarter cent).
            if let Some(v) = price_fraction(b, a, &p) {
                a.end = p.end;
                a.value = v;
                a.lo = v;
                a.hi = v;
                a.rounding = 0.0;
                a.unit = p.unit;
                a.kind = p.kind;
                a.bare_int = false;
                a.decimal = true;
                continue;
            }
            if let Some((lo, hi)) = quote_pair(b, a, &p) {
                a.end = p.end;
                a.lo = lo;
                a.hi = hi;
                a.value = tidy((lo + hi) / 2.0);
                a.rounding = a.rounding.min(p.rounding.max(0.0));
                a.unit = p.unit;
                a.kind = p.kind;
                a.range = Some(Joiner::Slash);
                a.bare_int = false;
                a.decimal = true;
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// The value of a price written as a decimal and a fraction of its last
/// place, glued by a dash: "2.85-1/4" is 2.8525 (see
/// [`bid_offer_quotes`]).
fn price_fraction(b: &[u8], a: &Part, p: &Part) -> Option<f64> {
    if a.unit.is_some()
        || a.scale != 1.0
        || a.range.is_some()
        || p.range.is_some()
        || p.start != a.end + 1
        || b.get(a.end) != Some(&b'-')
        || p.ns != p.start
        || !(0.0..1.0).contains(&p.value)
    {
        return None;
    }
    let first = b.get(a.ns..a.end)?;
    let dot = first.iter().position(|&c| c == b'.')?;
    let places = first.len() - dot - 1;
    let tail = b.get(p.ns..)?;
    let num = tail.iter().take_while(|c| c.is_ascii_digit()).count();
    let den = tail
        .get(num + 1..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if places == 0 || num == 0 || den == 0 || tail.get(num) != Some(&b'/') {
        return None;
    }
    let step = 10f64.powi(-i32::try_from(places).ok()?);
    Some(tidy(a.value + p.value * step))
}

/// The two ends of a bid/offer quote `a/p` (see [`bid_offer_quotes`]).
fn quote_pair(b: &[u8], a: &Part, p: &Part) -> Option<(f64, f64)> {
    if a.unit.is_some()
        || a.scale != 1.0
        || a.range.is_some()
        || a.vague
        || p.range.is_some()
        || p.scale != 1.0
        || p.vague
        || p.start != a.end + 1
        || !matches!(b.get(a.end), Some(b'/' | b'-'))
        || p.ns != p.start
    {
        return None;
    }
    let first = b.get(a.ns..a.end)?;
    let dot = first.iter().position(|&c| c == b'.')?;
    let decimals = &first[dot + 1..];
    let tail_end = p.ns
        + b.get(p.ns..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
    let tail = b.get(p.ns..tail_end)?;
    if decimals.len() < 2
        || !decimals.iter().all(u8::is_ascii_digit)
        || !first[..dot].iter().all(u8::is_ascii_digit)
        || tail.len() < 2
        || tail.len() > decimals.len()
        // (A stop ending the sentence is no decimal point: "closed at
        // 1.8260/70.")
        || b.get(tail_end) == Some(&b'.') && b.get(tail_end + 1).is_some_and(u8::is_ascii_digit)
        || matches!(tail, b"10" | b"100")
    {
        return None;
    }
    let mut second = first.to_vec();
    let n = second.len();
    second[n - tail.len()..].copy_from_slice(tail);
    let y: f64 = std::str::from_utf8(&second).ok()?.parse().ok()?;
    let x = a.value;
    Some((x.min(y), x.max(y)))
}

/// One amount written in two units: a height in feet and inches (`6ft
/// 9in`, `5 feet and 6 inches` → 6.75 and 5.5 ft) and money in major and
/// minor units (`13 dollars and 45 cents`, `15 dollars 50` → 13.45, 15.5).
fn join_compounds(b: &[u8], parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for mut p in parts {
        // Read already as the half of a unit before it.
        if out.last().is_some_and(|a: &Part| a.end > p.start) {
            continue;
        }
        // "two years and a half", "five miles and a half": half a unit
        // more.
        if matches!(p.kind, Some(UnitKind::Time | UnitKind::Measure))
            && p.range.is_none()
            && p.value.fract() == 0.0
        {
            if let Some(e) = and_a_half_at(b, p.end) {
                p.value += 0.5;
                p.lo += 0.5;
                p.hi += 0.5;
                p.end = e;
                p.bare_int = false;
                p.rounding = p.rounding.min(0.5);
            }
        }
        // "a dollar and twenty cents": one of the major unit, spelled "a".
        if p.unit.as_deref() == Some("cent") && p.value < 100.0 && p.range.is_none() {
            if let Some((s, code)) = a_major_unit_before(b, p.start) {
                if out.last().is_none_or(|a| a.end <= s) {
                    p.start = s;
                    p.value = 1.0 + p.value / 100.0;
                    p.lo = 1.0 + p.lo / 100.0;
                    p.hi = 1.0 + p.hi / 100.0;
                    p.rounding /= 100.0;
                    p.unit = Some(Cow::Borrowed(code));
                    p.bare_int = false;
                }
            }
        }
        // "3 by 4 metres", "3 x 4 m", "2 x 3 x 4 m", "a 12-by-20-foot
        // room": the sides of one size share its unit, back to its first
        // side.
        if p.kind == Some(UnitKind::Measure) {
            let mut next_start = p.start;
            for a in out.iter_mut().rev() {
                let side = a.unit.is_none()
                    && a.range.is_none()
                    && !a.vague
                    && a.end <= next_start
                    && matches!(
                        &b[a.end..next_start],
                        b" by " | b" x " | b" \xC3\x97 " | b"\xC3\x97" | b"-by-" | b" - by - "
                    );
                if !side {
                    break;
                }
                a.unit.clone_from(&p.unit);
                a.kind = p.kind;
                next_start = a.start;
            }
        }
        if let Some(a) = out.last_mut() {
            let gap = &b[a.end..p.start];
            let gap_ok = gap.iter().all(|&c| c == b' ')
                || gap.eq_ignore_ascii_case(b" and ")
                || gap == b", "
                // tokenised: "7 pounds , 8 ounces"
                || gap == b" , ";
            let small =
                p.value >= 0.0 && p.value.fract() == 0.0 && a.range.is_none() && p.range.is_none();
            let minor = match (a.unit.as_deref(), p.unit.as_deref()) {
                (Some("ft"), Some("inch")) if p.value < 12.0 => Some(12.0),
                // A height with its inches bare: "5 foot 6", "six foot
                // two", "6ft 5": the feet of a person's height, one
                // space, then the end of the clause or a word that is no
                // plural noun ("the 6 foot 8 forward").
                (Some("ft"), None)
                    if (3.0..=8.0).contains(&a.value)
                        && a.scale == 1.0
                        && (p.bare_int || spelled_whole(b, &p))
                        && (1.0..=11.0).contains(&p.value)
                        && gap == b" "
                        && height_inches_end(b, p.end) =>
                {
                    Some(12.0)
                }
                // A weight in pounds and ounces: "7lb 2oz", "12 lb 6 oz".
                (Some("lb"), Some("oz")) if p.value < 16.0 => Some(16.0),
                // In stones and pounds: "13st 4lb".
                (Some("stone"), Some("lb")) if p.value < 14.0 => Some(14.0),
                (Some("USD" | "EUR" | "CAD" | "AUD" | "NZD"), Some("cent")) if p.value < 100.0 => {
                    Some(100.0)
                }
                // "15 dollars 50.", "thirteen dollars forty-five.": cents
                // under 100, then the end of the clause.
                (Some(u), None)
                    if a.kind == Some(UnitKind::Currency)
                        && u.len() == 3
                        && (p.bare_int || spelled_whole(b, &p))
                        && p.value < 100.0
                        && gap.iter().all(|&c| c == b' ')
                        && b.get(p.end)
                            .is_none_or(|&c| matches!(c, b'.' | b',' | b';'))
                        && a.value.fract() == 0.0
                        && a.scale == 1.0 =>
                {
                    Some(100.0)
                }
                _ => None,
            };
            if let Some(m) = minor.filter(|_| gap_ok && small && a.value.fract() == 0.0) {
                let add = p.value / m;
                a.value += add;
                a.lo += add;
                a.hi += add;
                a.rounding = p.rounding / m;
                a.end = p.end;
                a.bare_int = false;
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// Whether a height's bare inches ending at `e` close it: the end of the
/// text, punctuation, or a word that is no plural noun and no unit ("5
/// foot 6, she", "the 6ft 5 lock"; not "6 foot 4 players").
fn height_inches_end(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        None => true,
        Some(&c) if is_wordish(c) || c == b'-' || c == b'/' || c == b'%' => false,
        Some(b' ') => match word_after(b, e) {
            None => !b.get(e + 1).is_some_and(|&c| is_wordish(c)),
            Some((s, we)) => {
                let w = &b[s..we];
                s == e + 1
                    && w[0].is_ascii_lowercase()
                    && !(w.len() > 2 && w.ends_with(b"s") && !w.ends_with(b"ss"))
                    && lookup_unit(w).is_none()
            }
        },
        Some(_) => true,
    }
}

/// Whether `p` is a whole number spelled in words with nothing else
/// ("forty-five", "twelve").
fn spelled_whole(b: &[u8], p: &Part) -> bool {
    p.unit.is_none()
        && p.range.is_none()
        && p.scale == 1.0
        && p.value.fract() == 0.0
        && b[p.start..p.end]
            .iter()
            .all(|&c| is_alpha(c) || c == b' ' || c == b'-')
}

/// The start of "a dollar and " (or "one euro and ") ending at `i`, with
/// the currency: the major unit counted by an article, before its cents.
fn a_major_unit_before(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    let (ws, we) = word_before(b, i).filter(|&(_, e)| b[e..i] == *b" ")?;
    if !b[ws..we].eq_ignore_ascii_case(b"and") {
        return None;
    }
    let (us, ue) = word_before(b, ws).filter(|&(_, e)| b[e..ws] == *b" ")?;
    let mut buf = [0u8; 24];
    let code = match lower(&b[us..ue], &mut buf)? {
        b"dollar" => "USD",
        b"euro" => "EUR",
        _ => return None,
    };
    let (as_, ae) = word_before(b, us).filter(|&(_, e)| b[e..us] == *b" ")?;
    word_in(&b[as_..ae], &[b"a", b"one"]).then_some((as_, code))
}

/// "Rose from 10 to 15 per cent", "fell from 12 to 9.5 million": the old
/// figure of a change, written bare, takes the unit of the new one, and
/// its scale when both are of one size.
fn old_takes_new_unit(a: &mut Part, new: &Part) {
    if a.unit.is_some() || a.age || a.scale != 1.0 || a.range.is_some() || new.range.is_some() {
        return;
    }
    let kind = new.kind.filter(carried_kind);
    if kind.is_none() && (new.unit.is_some() || new.scale == 1.0) {
        return;
    }
    if new.scale > 1.0
        && (!a.value.is_finite() || a.value.abs() >= new.value.abs() / new.scale * 10.0)
    {
        return;
    }
    carry_unit(a, new, kind);
}

/// Whether a unit of this kind, written once, is both figures' of a
/// change: a share, money, a measure, a time (not a count's noun).
fn carried_kind(k: &UnitKind) -> bool {
    matches!(
        k,
        UnitKind::Percent | UnitKind::Currency | UnitKind::Measure | UnitKind::Time
    )
}

/// Gives a bare figure `to` the unit and scale of `from` (its kind
/// `kind`): the unit written once for the two figures of a change.
fn carry_unit(to: &mut Part, from: &Part, kind: Option<UnitKind>) {
    if from.scale > 1.0 {
        to.value *= from.scale;
        to.lo *= from.scale;
        to.hi *= from.scale;
        to.rounding *= from.scale;
        to.scale = from.scale;
    }
    to.unit.clone_from(&from.unit);
    to.kind = kind;
    to.bare_int = false;
}

/// "A limit cut from 24 weeks to 20", "fell from $5 to 3", "rose from
/// 7.3 billion dlrs to 7.9": the new figure of a change, written bare
/// and closing its clause, takes the unit of the old one (and its
/// scale, when the bare number is of the old one's size).
fn new_takes_old_unit(b: &[u8], nb: &mut Part, old: &Part) {
    if nb.unit.is_some()
        || nb.kind.is_some()
        || nb.age
        || nb.vague
        || nb.range.is_some()
        || nb.scale != 1.0
        || old.age
        || old.range.is_some()
        || old.unit.is_none()
        || !old.kind.is_some_and(|k| carried_kind(&k))
    {
        return;
    }
    // Nothing of its own after it: the clause ends, or a word that ends
    // a noun phrase opens what follows ("to 20 in 2005"), not a noun ("to
    // 20 staff").
    let after = skip_space(b, nb.end);
    let closes = match b.get(after) {
        None => true,
        Some(c) if c.is_ascii_alphabetic() => {
            word_after(b, after).is_some_and(|(s, e)| s == after && noun_stop(&b[s..e]))
        }
        Some(c) => matches!(c, b'.' | b',' | b';' | b':' | b')' | b'"' | b'\n' | b'-'),
    };
    if !closes || !nb.value.is_finite() {
        return;
    }
    let base = old.value / old.scale;
    if old.scale > 1.0 && !(base / 10.0..=base * 10.0).contains(&nb.value) {
        return;
    }
    carry_unit(nb, old, old.kind);
}

/// A currency written once before a range whose scale (or whole second
/// figure) comes after the second number: "$3-4bn", "€10-15 million",
/// "$3bn-4bn", "US$500-1,000", "Rs 5-10 lakh". The second number is bare
/// and either carries a scale or is glued to the dash (a spaced "$5 - 6
/// people" stays two figures), and it is the larger once the scale is
/// carried over.
fn currency_once(b: &[u8], a: &Part, nb: &Part, j: Joiner) -> bool {
    if a.kind != Some(UnitKind::Currency)
        || nb.unit.is_some()
        || nb.age
        || nb.vague
        || !matches!(j, Joiner::Dash | Joiner::To)
    {
        return false;
    }
    let glued = j == Joiner::Dash
        && b.get(a.end..nb.start)
            .is_some_and(|g| !g.iter().any(u8::is_ascii_whitespace));
    let lo = if a.scale == 1.0 && nb.scale > 1.0 {
        a.value * nb.scale
    } else {
        a.value
    };
    (glued || nb.scale > 1.0) && (nb.scale == a.scale || a.scale == 1.0) && lo < nb.value
}

/// A bare figure with a scale word a few words after a sum of money, in
/// the same clause and after a word that compares or lists ("from",
/// "vs", "against", "to", "and", "than", or "of" after a comparison), is
/// money in that currency: "rose to $3.1 billion from 2.9 billion",
/// "3,691.0 billion lire vs 3,419.0 billion", "348 mln dlrs, revised to
/// 3.1 billion", "a deficit of 3,211 billion lire compared with a surplus
/// of 2,040 billion", "a loss of 118.4 mln dlrs, which included currency
/// losses of 19.3 mln" (a sum's name before "of"), and over the share of
/// a change straight to its "to" ("imports fell 5.1 pct to 8.3 billion"
/// after "7.3 billion dlrs"). Not when a
/// noun follows it ("$5 billion to hire 2 million workers") or its size
/// is far from the sum's.
fn carry_currency(b: &[u8], parts: &mut [Part]) {
    const JOINS: &[&[u8]] = &[
        b"from", b"vs", b"versus", b"against", b"to", b"and", b"or", b"than", b"with",
    ];
    const COMPARES: &[&[u8]] = &[b"from", b"vs", b"versus", b"against", b"compared", b"than"];
    for k in 1..parts.len() {
        let (head, tail) = parts.split_at_mut(k);
        let next_start = tail.get(1).map_or(b.len(), |q| q.start);
        // "soared to 47.8 billion dlrs, then fell back 10 pct to 43.1
        // billion": over the change's share, in one clause, to the sum
        // before it.
        let over_share = k >= 2
            && head[k - 1].kind == Some(UnitKind::Percent)
            && head[k - 2].kind == Some(UnitKind::Currency)
            && b.get(head[k - 2].end..head[k - 1].start)
                .is_some_and(|g| g.len() <= 80 && !clause_break(g));
        let (m, from_end) = if over_share {
            (&head[k - 2], head[k - 1].end)
        } else {
            (&head[k - 1], head[k - 1].end)
        };
        let p = &mut tail[0];
        if over_share
            && !b
                .get(from_end..p.start)
                .is_some_and(|g| g.trim_ascii().eq_ignore_ascii_case(b"to"))
        {
            continue;
        }
        if m.kind != Some(UnitKind::Currency)
            || m.age
            || p.unit.is_some()
            || p.kind.is_some()
            || p.scale <= 1.0
            || p.age
            || p.vague
            || p.tolerance.is_some()
            || !(m.value.is_finite() && p.value.is_finite())
            || m.value <= 0.0
            || p.value <= 0.0
        {
            continue;
        }
        let ratio = p.value / m.value;
        if !(0.01..=100.0).contains(&ratio) {
            continue;
        }
        let Some(gap) = b.get(from_end..p.start) else {
            continue;
        };
        if clause_break(gap) {
            continue;
        }
        let words = gap
            .split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>();
        let Some(last) = words.last() else {
            continue;
        };
        // "a deficit of 3,211 billion lire in May compared with a surplus
        // of 2,040 billion": the other sum's "of" after a comparison;
        // "a net loss of 118.4 mln dlrs, which included currency losses
        // of 19.3 mln": "of" after a sum's name.
        let names_a_sum = |w: &[u8]| {
            let mut buf = [0u8; 24];
            lower(w, &mut buf)
                .and_then(|l| std::str::from_utf8(l).ok())
                .is_some_and(frame::names_a_sum)
        };
        let before_last = words.len().checked_sub(2).map(|k| words[k]);
        let joined = word_in(last, JOINS)
            || (last.eq_ignore_ascii_case(b"of")
                && (words.iter().any(|w| word_in(w, COMPARES))
                    || before_last.is_some_and(names_a_sum)));
        if words.len() > 8 || !joined {
            continue;
        }
        // An adverb after it is no noun: "to 250 mln stg from 300 mln
        // initially".
        let probe = figure(b, p, m.end, next_start);
        if noun_after(b, &probe, next_start).is_some_and(|(s, e)| {
            !(b[s..e].ends_with(b"ly") && b[s..e].iter().all(u8::is_ascii_alphabetic))
        }) {
            continue;
        }
        p.unit.clone_from(&m.unit);
        p.kind = Some(UnitKind::Currency);
        p.bare_int = false;
    }
}

/// Whether the text between two figures holds a stop, a bracket or
/// another number (the dot of "vs." is no stop): they are not of one
/// clause for [`carry_currency`].
fn clause_break(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(i, c)| match c {
        b'.' => !gap[..i].ends_with(b"vs"),
        b';' | b':' | b'?' | b'!' | b'(' | b')' | b'"' => true,
        c => c.is_ascii_digit(),
    })
}

fn join_ranges(text: &str, parts: Vec<Part>) -> Vec<Part> {
    let b = text.as_bytes();
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    let mut it = parts.into_iter().peekable();
    while let Some(mut a) = it.next() {
        let Some(nb) = it.peek() else {
            out.push(a);
            break;
        };
        if a.vague || nb.vague || a.range.is_some() {
            out.push(a);
            continue;
        }
        let Some(j) = range_between(text, a.end, nb.start) else {
            out.push(a);
            continue;
        };
        let before = word_before(b, a.start);
        let between = lower_word_is(b, before, &[b"between"]);
        let from = lower_word_is(b, before, &[b"from"]);
        // A larger figure before a smaller one is a tally or two shares
        // side by side, not a range: "by a vote of 134 to 63", "leading
        // 49 percent to 44 percent", "49%-44%", "from 12 to 8 million"
        // (a fall).
        let first_scaled =
            if nb.scale > 1.0 && a.scale == 1.0 && a.value.abs() < nb.value.abs() / nb.scale * 10.0
            {
                a.value * nb.scale
            } else {
                a.value * thousands_carried(b, &a, nb)
            };
        // Over a dash, not a dealer's "10-9 7/8 pct" (the unit after the
        // second only: a quote from the higher to the lower); a bare
        // score ("52-48") is dropped below.
        let dash_pair = j == Joiner::Dash
            && !(a.bare_int && nb.bare_int)
            && !(a.unit.is_none() && nb.unit.is_some());
        let descending =
            (j == Joiner::To || dash_pair) && nb.value >= 0.0 && first_scaled > nb.value;
        let ok_join = !descending
            && match j {
                Joiner::And => between,
                Joiner::Or => {
                    a.unit.is_none()
                    // "5 or 6", "five or six"
                    && (a.bare_int || spelled_whole(b, &a))
                    && nb.value > a.value
                    && nb.value - a.value <= a.value.max(1.0)
                    && !starts_word(b, skip_space(b, nb.end), b"more")
                    && !starts_word(b, skip_space(b, nb.end), b"less")
                }
                Joiner::To => {
                    // "rose 5% to 10%" and "rose from 4% to 5%" are two figures
                    // of a change, not a range; "rose to 340 to 350" is a range.
                    // "rose by $2.1bn to $80.5bn" is a change and the total it
                    // reaches. A bare number before a close one with a unit is
                    // the range of the change: "rose 10 to 15 percent", "to
                    // raise 35 to 45 mln dlrs" (the scale carried over).
                    let nb_base = nb.value / nb.scale.max(1.0);
                    let change_range = a.unit.is_none()
                        && a.scale == 1.0
                        && nb.unit.is_some()
                        && nb_base > a.value
                        && nb_base <= a.value * 4.0;
                    // A change word further back in the clause splits them
                    // too, after "from" ("will rise in line with inflation
                    // from £4,745 to £4,895") or when the second is far above
                    // the first ("lifted interest rates 0.25% to 5.5%", "rose
                    // a higher than expected 17,000 to 4.483 million").
                    let carried =
                        a.scale == 1.0 && nb.scale > 1.0 && a.value.abs() < nb_base.abs() * 10.0;
                    let lo = if carried { a.value * nb.scale } else { a.value };
                    let far_above = lo > 0.0 && nb.value > lo * 4.0;
                    !(from
                        && before.is_some_and(|(s, _)| {
                            change_before(b, s, 4).is_some() || change_in_clause(b, s, 14)
                        }))
                        && (change_range || change_before(b, a.start, 1).is_none())
                        && !(far_above && change_in_clause(b, a.start, 5))
                        // (A change in fractions and the price it reached
                        // in a list of stocks: "RJR Nabisco <RJR> 1-1/4
                        // to 57-1/2".)
                        && !(nb.value > lo * 10.0
                            && a.unit.is_none()
                            && nb.unit.is_none()
                            && b[a.ns..a.end].contains(&b'/'))
                        // (Not a passive's agent, the unit written once
                        // after both: "attended by 80 to 100 people".)
                        && !(lower_word_is(b, before, &[b"by"])
                            && (a.unit.is_some()
                                || a.scale != 1.0
                                || before.is_some_and(|(s, _)| change_word_in_clause(b, s, 8, false))))
                }
                _ => true,
            };
        // A dash set off by spaces after a figure with its unit and before
        // a bare number is a dash of the sentence, not of a range: "jailed
        // for five years - three of them suspended" (a range writes the
        // unit after its second end, or after both: "1500 - 2000
        // calories", "10km - 15km").
        let spaced_dash = j == Joiner::Dash
            && b.get(a.end..nb.start)
                .is_some_and(|g| g.first() == Some(&b' ') && g.last() == Some(&b' '));
        let units_ok = a.unit.is_none()
            || a.unit == nb.unit
            || (nb.unit.is_none() && a.kind != Some(UnitKind::Currency) && !spaced_dash)
            || currency_once(b, &a, nb, j);
        // Ages as a range: "aged 12 to 14", "ages 8-11" (the unit is read
        // off the first number's "aged"), "aged 30-40 years".
        let mut age_range = a.age
            && matches!(j, Joiner::To | Joiner::Dash)
            && (nb.unit.is_none() && nb.bare_int
                || nb.unit.as_deref() == Some("year")
                    && nb.scale == 1.0
                    && nb.value.fract() == 0.0)
            && nb.value > a.value
            && nb.value < 130.0
            && word_after(b, a.start).is_some_and(|(s, e)| {
                s == a.start && word_in(&b[s..e], &[b"aged", b"ages", b"age"])
            });
        if !ok_join || !units_ok || (a.age && !age_range) {
            if j == Joiner::To && from && !ok_join {
                old_takes_new_unit(&mut a, nb);
            }
            // Two sizes joined by "and", the unit written once: "14 and
            // 15 inch screens", "3 and 4 per cent" (the next one a little
            // larger, as a list of sizes goes).
            if j == Joiner::And
                && !between
                && a.bare_int
                && nb.scale == 1.0
                && nb.value > a.value
                && nb.value <= a.value * 4.0
                && nb
                    .kind
                    .is_some_and(|k| matches!(k, UnitKind::Measure | UnitKind::Percent))
            {
                old_takes_new_unit(&mut a, nb);
            }
            if j == Joiner::To && from {
                if let Some(next) = it.peek_mut() {
                    new_takes_old_unit(b, next, &a);
                }
            }
            out.push(a);
            continue;
        }
        let Some(bpart) = it.next() else {
            out.push(a);
            break;
        };
        // Scale carried over: "5 to 6 million", "$5-6bn".
        let mut lo = a.value;
        if bpart.scale > 1.0
            && a.scale == 1.0
            && a.value.abs() < bpart.value.abs() / bpart.scale * 10.0
            && a.value.abs() * bpart.scale <= bpart.value.abs() * 1.0001
        {
            lo *= bpart.scale;
        } else {
            lo *= thousands_carried(b, &a, &bpart);
        }
        let hi = bpart.value;
        if j == Joiner::Dash && lo > hi && a.bare_int && bpart.bare_int {
            // A score or a code, not a range.
            continue;
        }
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        let start = if between || (from && j == Joiner::To) {
            before.map_or(a.start, |(s, _)| s)
        } else {
            a.start
        };
        let mut unit = bpart.unit.clone().or(a.unit.clone());
        let mut kind = bpart.kind.or(a.kind);
        // "1.5m-2m units": the first end's "m" before the dash is the
        // second's million, not metres (which "1.5m-2m high" keeps).
        if bpart.unit.is_none() && bpart.scale == 1e6 && a.unit.as_deref() == Some("m") {
            unit = None;
            kind = None;
        }
        // "aged between 18 and 25", "aged from 18 to 25": ages.
        let aged = lower_word_is(
            b,
            before.and_then(|(s, _)| word_before(b, s)),
            &[b"aged", b"ages"],
        );
        let mut start = start;
        if (between || from) && aged && unit.is_none() && a.bare_int && bpart.bare_int && hi < 130.0
        {
            unit = Some(Cow::Borrowed("year"));
            kind = Some(UnitKind::Time);
            age_range = true;
            start = before
                .and_then(|(s, _)| word_before(b, s))
                .map_or(start, |(s, _)| s);
        }
        a = Part {
            start,
            end: bpart.end,
            ns: a.ns,
            value: (lo + hi) / 2.0,
            lo,
            hi,
            vague: false,
            rounding: a.rounding.max(bpart.rounding),
            scale: bpart.scale,
            unit,
            kind,
            age: bpart.age || age_range,
            range: Some(j),
            bare_int: false,
            decimal: a.decimal || bpart.decimal,
            tolerance: None,
            odd: false,
        };
        out.push(a);
    }
    out
}

/// The thousands a range's first end leaves to its second, as a scale
/// word is carried ("5 to 6 million"): "40-50,000 people" is 40,000 to
/// 50,000, "10 to 15,000 jobs" 10,000 to 15,000. Only when the first is a
/// bare whole number under 1,000 and the second is written with groups
/// of zeros, and the first, so scaled, is at most the second and at least
/// a tenth of it (not "3-1,000", "2 to 5,000"); otherwise 1.
fn thousands_carried(b: &[u8], a: &Part, second: &Part) -> f64 {
    if !a.bare_int || a.value < 1.0 || a.value >= 1000.0 || second.scale != 1.0 {
        return 1.0;
    }
    let Some(digits) = b.get(second.ns..second.end) else {
        return 1.0;
    };
    let end = digits
        .iter()
        .position(|&c| !(c.is_ascii_digit() || c == b','))
        .unwrap_or(digits.len());
    let mut written = &digits[..end];
    let mut mult = 1.0;
    while let Some(rest) = written.strip_suffix(b",000") {
        mult *= 1000.0;
        written = rest;
    }
    let scaled = a.value * mult;
    if mult > 1.0 && scaled <= second.value && scaled * 10.0 >= second.value {
        mult
    } else {
        1.0
    }
}

// ---------------------------------------------------------------------
// Qualifiers and intervals

/// Tokens (words or comparison symbols) before `i`, nearest first.
fn tokens_before(b: &[u8], i: usize, max: usize, out: &mut [(usize, usize); 6]) -> usize {
    let mut k = i;
    let mut n = 0;
    while n < max.min(6) {
        let e = skip_space_back(b, k);
        if e == 0
            || (k - e > 2
                && b[e..k].contains(&b'\n')
                && b[e..k].iter().filter(|&&c| c == b'\n').count() > 1)
        {
            break;
        }
        let c = b[e - 1];
        let mut s = e;
        if is_alpha(c) {
            s = alpha_start(b, s);
            if s > 0 && is_wordish(b[s - 1]) {
                break;
            }
        } else if c == b'.' && e >= 2 && is_alpha(b[e - 2]) {
            // approx. / c.
            s = e - 1;
            s = alpha_start(b, s);
            // Not the last letter of an abbreviation: "Washington, D.C.
            // Six people were shot".
            if s > 0 && (is_wordish(b[s - 1]) || b[s - 1] == b'.') {
                break;
            }
        } else if matches!(c, b'<' | b'>' | b'=' | b'~') {
            while s > 0 && matches!(b[s - 1], b'<' | b'>' | b'=' | b'~' | b' ') && e - s < 4 {
                s -= 1;
            }
            while s < e && b[s] == b' ' {
                s += 1;
            }
        } else if c >= 0x80
            && e >= 3
            && matches!(&b[e - 3..e], [0xE2, 0x89, 0xA5] | [0xE2, 0x89, 0xA4])
        {
            s = e - 3;
        } else {
            break;
        }
        out[n] = (s, e);
        n += 1;
        k = s;
    }
    n
}

pub(crate) fn qualifier_before(b: &[u8], i: usize) -> Option<(usize, Qualifier)> {
    // A qualifier glued by a hyphen: "a sub-200 sq m flat", "sub-$500".
    let h = i;
    if h >= 2 && b[h - 1] == b'-' && is_alpha(b[h - 2]) {
        let s = alpha_start(b, h - 1);
        let mut buf = [0u8; 24];
        if h - s < buf.len() {
            if let Some(l) = lower(&b[s..h], &mut buf) {
                if let Some(q) = QUALIFIERS.pre.get(l) {
                    return Some((s, *q));
                }
            }
        }
    }
    // The phrase is read word by word leftwards, as long as what is read
    // so far ends some phrase of the lexicon; the longest match wins.
    let mut key = [0u8; 64];
    let mut pos = key.len();
    let mut k = i;
    let mut best = None;
    let mut tok = [(0usize, 0usize); 6];
    for _ in 0..QUALIFIERS.max_words {
        if tokens_before(b, k, 1, &mut tok) == 0 {
            break;
        }
        let (s, e) = tok[0];
        // A bracket closing a ticker or a firm's name is no comparison:
        // "<SYN> 1-3/8", "<Croesus Mining\nNL> 29 pct".
        if b[s] == b'>' && bracketed_name_before(b, s) {
            break;
        }
        let sep = usize::from(pos < key.len());
        if e - s + sep > pos {
            break;
        }
        if sep == 1 {
            pos -= 1;
            key[pos] = b' ';
        }
        // Lower case; comparison symbols lose their inner spaces ("< =").
        let mut tmp = [0u8; 64];
        let mut tl = 0;
        for &c in &b[s..e] {
            if c != b' ' && tl < tmp.len() {
                tmp[tl] = c.to_ascii_lowercase();
                tl += 1;
            }
        }
        if tl > pos {
            break;
        }
        pos -= tl;
        key[pos..pos + tl].copy_from_slice(&tmp[..tl]);
        let kk = &key[pos..];
        if let Some(q) = QUALIFIERS.pre.get(kk) {
            best = Some((s, *q));
        }
        if !QUALIFIERS.pre_suffix.contains_key(kk) {
            break;
        }
        k = s;
    }
    best
}

/// A bound or an approximation before the article that opens the
/// figure's noun phrase: "around a 60% success rate", "nearly a 30%
/// share", "more than a 10% rise". Not the words that are also
/// prepositions of their own ("over a 10-year period" is a span, "under
/// a 1987 law" a reference), nor verbs.
fn qualifier_across_article(b: &[u8], i: usize) -> Option<(usize, Qualifier)> {
    let (s, e) = word_before_in(b, i, &["a", "an"])?;
    if e + 1 != i || b[e] != b' ' {
        return None;
    }
    let (q, qualifier) = qualifier_before(b, s)?;
    let phrase = std::str::from_utf8(&b[q..s])
        .ok()?
        .trim()
        .to_ascii_lowercase();
    const OWN_WORDS: &[&str] = &[
        "over",
        "under",
        "above",
        "below",
        "beneath",
        "some",
        "est",
        "estimated",
        "circa",
        "c.",
        "exceeding",
        "exceed",
        "exceeds",
        "exceeded",
        "surpass",
        "surpassed",
        "topped",
    ];
    (phrase.starts_with(|c: char| c.is_ascii_alphabetic()) && !OWN_WORDS.contains(&phrase.as_str()))
        .then_some((q, qualifier))
}

fn qualifier_after(b: &[u8], i: usize) -> Option<(usize, Qualifier)> {
    // 70,000+ and 70,000-plus
    if b.get(i) == Some(&b'+') && !b.get(i + 1).is_some_and(|&c| is_digit(c)) {
        return QUALIFIERS.post.get(&b"+"[..]).map(|q| (i + 1, *q));
    }
    if b.get(i) == Some(&b'-') && starts_word(b, i + 1, b"plus") {
        return QUALIFIERS.post.get(&b"plus"[..]).map(|q| (i + 5, *q));
    }
    // "30-odd": thirty and some more.
    if b.get(i) == Some(&b'-') && starts_word(b, i + 1, b"odd") {
        return QUALIFIERS.post.get(&b"odd"[..]).map(|q| (i + 4, *q));
    }
    let (s1, e1) = word_after(b, i)?;
    if s1 - i > 2 {
        return None;
    }
    let w1 = &b[s1..e1];
    if !(w1.eq_ignore_ascii_case(b"or")
        || w1.eq_ignore_ascii_case(b"and")
        || w1.eq_ignore_ascii_case(b"more")
        || w1.eq_ignore_ascii_case(b"plus")
        // "40 odd people", not "it was 3 odd."
        || (w1.eq_ignore_ascii_case(b"odd")
            && b.get(e1) == Some(&b' ')
            && word_after(b, e1).is_some_and(|(s, _)| s == e1 + 1)))
    {
        return None;
    }
    let mut buf = [0u8; 48];
    let mut kl = 0;
    for &c in w1 {
        buf[kl] = c.to_ascii_lowercase();
        kl += 1;
    }
    if let Some((s2, e2)) = word_after(b, e1) {
        if e2 - s2 < 20 {
            buf[kl] = b' ';
            kl += 1;
            for &c in &b[s2..e2] {
                buf[kl] = c.to_ascii_lowercase();
                kl += 1;
            }
            if let Some(q) = QUALIFIERS.post.get(&buf[..kl]) {
                return Some((e2, *q));
            }
            kl = e1 - s1;
        }
    }
    QUALIFIERS.post.get(&buf[..kl]).map(|q| (e1, *q))
}

fn figure(b: &[u8], p: &Part, prev_end: usize, next_start: usize) -> Figure {
    let mut f = Figure {
        start: p.start,
        end: p.end,
        value: Some(p.value),
        lo: Some(p.lo),
        hi: Some(p.hi),
        lo_open: false,
        hi_open: false,
        qualifier: "exact",
        rounding: (p.rounding > 0.0).then_some(p.rounding),
        unit: p.unit.clone(),
        unit_kind: p.kind,
        noun: None,
        category: None,
        change: None,
        change_role: None,
        joiner: p.range,
    };
    if let Some(t) = p.tolerance {
        f.qualifier = "approx";
        f.lo = Some(tidy(p.value - t));
        f.hi = Some(tidy(p.value + t));
        if p.age {
            f.category = Some("age");
        }
        return f;
    }
    if p.vague {
        f.value = None;
        f.qualifier = "unresolved";
        f.hi_open = true;
        f.rounding = None;
    }
    if p.range.is_some() {
        f.qualifier = "range";
        f.hi_open = false;
    }
    let v = p.value;
    let r = p.rounding;
    let tol = (r / 2.0).max(0.1 * v.abs());
    let pre = if p.range.is_none() || p.range == Some(Joiner::Dash) || p.range == Some(Joiner::To) {
        qualifier_before(b, p.start).or_else(|| {
            // (Not before a figure joined to its noun: "walk around a
            // 40-acre farm", "about a 10-year-old".)
            (!p.age && b.get(p.end) != Some(&b'-') && !b[p.start..p.end].contains(&b'-'))
                .then(|| qualifier_across_article(b, p.start))
                .flatten()
        })
    } else {
        None
    };
    let pre = pre.filter(|&(s, _)| s >= prev_end);
    let post = if pre.is_none() {
        qualifier_after(b, p.end).or_else(|| {
            p.odd
                .then(|| QUALIFIERS.post.get(&b"odd"[..]).map(|q| (p.end, *q)))?
        })
    } else {
        None
    };
    // "firms with 50 employees or more", "100 people or fewer": the
    // bound after the count's noun (the surface stays the number's).
    let post = post.or_else(|| {
        if pre.is_some() || p.unit.is_some() || p.vague || p.range.is_some() || p.age {
            return None;
        }
        // A plural noun in lower case, right after the number and after
        // the bound.
        let plural_at = |i: usize| {
            word_after(b, i).filter(|&(s, e)| {
                s == i + 1
                    && std::str::from_utf8(&b[s..e]).is_ok_and(|w| {
                        w.bytes().all(|c| c.is_ascii_lowercase()) && frame::plural_form(w)
                    })
            })
        };
        let (_, e) = plural_at(p.end)?;
        let (q_end, q) = qualifier_after(b, e)?;
        let or = word_after(b, e).is_some_and(|w| b[w.0..w.1].eq_ignore_ascii_case(b"or"));
        // (Not "two apples or more oranges", "two jobs or more than one
        // home": a figure of its own after.)
        let own_noun = plural_at(q_end).is_some()
            || word_after(b, q_end).is_some_and(|(s, e)| s == q_end + 1 && &b[s..e] == b"than");
        (or && !own_noun && q_end <= next_start).then_some((p.end, q))
    });
    let post = post.filter(|&(e, _)| e <= next_start);
    let q = pre.map(|(s, q)| {
        f.start = s;
        q
    });
    let q = q.or_else(|| {
        post.map(|(e, q)| {
            f.end = e;
            q
        })
    });
    match q {
        Some(q) if p.vague => {
            // "more than hundreds": keep the vague bounds, tighten one side.
            match q.qualifier {
                "lower" => f.hi = None,
                "upper" => f.lo = None,
                _ => {}
            }
        }
        // "0.50 to 1.00 cent or more": from the range's low end up.
        Some(q) if p.range.is_some() && q.qualifier == "lower" => {
            f.qualifier = "lower";
            f.lo = Some(p.lo);
            f.hi = None;
        }
        Some(q) if p.range.is_some() && q.qualifier == "upper" => {
            f.qualifier = "upper";
            f.lo = None;
            f.hi = Some(p.hi);
        }
        Some(q) if p.range.is_some() && q.qualifier == "approx" => {
            f.qualifier = "approx";
            f.lo = Some(p.lo - (r / 2.0).max(0.1 * p.lo.abs()));
            f.hi = Some(p.hi + (r / 2.0).max(0.1 * p.hi.abs()));
        }
        Some(q) => match (q.qualifier, q.bound) {
            ("approx", _) => {
                f.qualifier = "approx";
                f.lo = Some(v - tol);
                f.hi = Some(v + tol);
            }
            ("lower", "near") => {
                f.qualifier = "lower";
                f.lo = Some(v);
                f.hi = Some(v + tol);
                f.lo_open = true;
            }
            ("lower", bound) => {
                f.qualifier = "lower";
                f.lo = Some(v);
                f.hi = None;
                f.lo_open = bound == "open";
            }
            ("upper", "near") => {
                f.qualifier = "upper";
                f.lo = Some(v - tol);
                f.hi = Some(v);
                f.hi_open = true;
            }
            ("upper", bound) => {
                f.qualifier = "upper";
                f.lo = None;
                f.hi = Some(v);
                f.hi_open = bound == "open";
            }
            _ => {
                f.qualifier = "exact";
                f.lo = Some(v);
                f.hi = Some(v);
            }
        },
        None if p.range.is_none() && !p.vague
            // Exact, widened by the rounding when the figure is rounded.
            && r > 0.0 && r != 1.0 =>
        {
            f.lo = Some(v - r / 2.0);
            f.hi = Some(v + r / 2.0);
        }
        None => {}
    }
    if p.age {
        f.category = Some("age");
    }
    f.lo = f.lo.map(tidy);
    f.hi = f.hi.map(tidy);
    f
}

/// Rounds away binary noise from computed bounds (5.81 − 0.005 →
/// 5.805, not 5.8049999999999997): 12 significant digits.
fn tidy(x: f64) -> f64 {
    if x.fract() == 0.0 || !x.is_finite() {
        return x;
    }
    let p = 10f64.powi(11 - x.abs().log10().floor() as i32);
    if !p.is_finite() || p == 0.0 {
        return x;
    }
    let y = (x * p).round() / p;
    if y.is_finite() {
        y
    } else {
        x
    }
}

/// "more than 10 and less than 20", "at most 100 and at least 20": one
/// range when the bounds meet.
fn merge_bounds(text: &str, figs: &mut Vec<Figure>) {
    let b = text.as_bytes();
    let mut k = 0;
    while k + 1 < figs.len() {
        let (a, c) = (&figs[k], &figs[k + 1]);
        if a.end > c.start {
            k += 1;
            continue;
        }
        if !matches!(
            (a.qualifier, c.qualifier),
            ("lower", "upper") | ("upper", "lower")
        ) || c.start - a.end > 12
        {
            k += 1;
            continue;
        }
        let gap = b[a.end..c.start].trim_ascii();
        let joined = word_in(
            gap,
            &[b"and", b"but", b",", b", and", b", but", b"and also"],
        );
        let pair = match (a.qualifier, c.qualifier) {
            ("lower", "upper") => Some((a.lo, a.lo_open, c.hi, c.hi_open)),
            ("upper", "lower") => Some((c.lo, c.lo_open, a.hi, a.hi_open)),
            _ => None,
        };
        let units_ok = a.unit == c.unit || a.unit.is_none() || c.unit.is_none();
        if let (true, true, Some((Some(lo), lo_open, Some(hi), hi_open))) = (joined, units_ok, pair)
        {
            if lo < hi && a.hi.is_none() != c.hi.is_none() {
                let unit = a.unit.clone().or(c.unit.clone());
                let kind = a.unit_kind.or(c.unit_kind);
                let merged = Figure {
                    start: a.start,
                    end: c.end,
                    value: Some((lo + hi) / 2.0),
                    lo: Some(lo),
                    hi: Some(hi),
                    lo_open,
                    hi_open,
                    qualifier: "range",
                    rounding: a.rounding,
                    unit,
                    unit_kind: kind,
                    noun: None,
                    category: a.category.or(c.category),
                    change: None,
                    change_role: None,
                    joiner: None,
                };
                figs[k] = merged;
                figs.remove(k + 1);
            }
        }
        k += 1;
    }
}

// ---------------------------------------------------------------------
// Change, noun, category

/// Function words that end a noun phrase after a figure.
fn noun_stop(w: &[u8]) -> bool {
    let mut buf = [0u8; 24];
    let Some(l) = lower(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        b"the"
            | b"a"
            | b"an"
            | b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"from"
            | b"by"
            // the sign between the sides of a size: "2 x 3 m"
            | b"x"
            | b"with"
            | b"and"
            | b"or"
            | b"but"
            | b"as"
            | b"than"
            | b"that"
            | b"which"
            | b"who"
            | b"whom"
            | b"were"
            | b"was"
            | b"are"
            | b"is"
            | b"be"
            | b"been"
            | b"being"
            | b"have"
            | b"has"
            | b"had"
            | b"will"
            | b"would"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"can"
            | b"said"
            | b"says"
            | b"say"
            | b"according"
            | b"last"
            | b"this"
            | b"next"
            | b"per"
            | b"each"
            | b"ago"
            | b"earlier"
            | b"later"
            | b"more"
            | b"less"
            | b"compared"
            | b"against"
            | b"vs"
            | b"versus"
            | b"up"
            | b"down"
            | b"over"
            | b"under"
            | b"into"
            | b"after"
            | b"before"
            | b"since"
            | b"during"
            | b"while"
            | b"when"
            | b"where"
            | b"if"
            | b"so"
            | b"because"
            | b"not"
            | b"no"
            | b"also"
            | b"only"
            | b"just"
            | b"about"
            | b"around"
            | b"it"
            | b"its"
            | b"their"
            | b"his"
            | b"her"
            | b"they"
            | b"he"
            | b"she"
            | b"we"
            | b"you"
            | b"i"
            | b"them"
            | b"out"
            | b"through"
            | b"between"
            | b"among"
            | b"including"
            | b"such"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"then"
            | b"now"
            | b"still"
            | b"already"
            | b"yet"
            | b"ever"
            | b"all"
            | b"both"
            | b"some"
            | b"any"
            | b"every"
            | b"do"
            | b"does"
            | b"did"
            | b"get"
            | b"got"
            | b"off"
            | b"again"
            | b"too"
            | b"very"
            | b"rose"
            | b"fell"
            | b"rise"
            | b"fall"
            | b"year"
            | b"years"
            | b"pct"
            | b"percent"
            | b"mln"
            | b"billion"
            | b"million"
            | b"vs."
            // verbs after a count of people: "Seven went to hospital"
            | b"went"
            | b"came"
            | b"remain"
            | b"remained"
            | b"remains"
            | b"via"
            | b"apiece"
            | b"each."
    )
}

fn noun_after(b: &[u8], f: &Figure, next_start: usize) -> Option<(usize, usize)> {
    let mut i = f.end;
    // "a 15-member council": a hyphenated word glued to the figure.
    if b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(|c| c.is_ascii_lowercase()) {
        i += 1;
    }
    let mut s0 = None;
    let mut e0 = i;
    let mut words = 0;
    let mut k = i;
    let word_unit = f
        .unit_kind
        .is_some_and(|k| k == UnitKind::Measure || k == UnitKind::Time)
        && b[f.start..f.end]
            .last()
            .is_some_and(|c| c.is_ascii_lowercase());
    while words < 3 {
        let s = if k == i && b.get(k).is_some_and(|c| is_alpha(*c)) {
            k
        } else {
            skip_space(b, k)
        };
        if s >= next_start || s - k > 2 || s >= b.len() || !is_alpha(b[s]) {
            break;
        }
        let mut e = alpha_end(b, s);
        // hyphenated and possessive words
        while e + 1 < b.len() && (b[e] == b'-' || b[e] == b'\'') && is_alpha(b[e + 1]) {
            e = alpha_end(b, e + 1);
        }
        // A pronoun's contraction ends the noun: "the six honours he's
        // won".
        // (Not a name: "A'Miya Smith".)
        if let Some(k) = b[s..e].iter().position(|&c| c == b'\'') {
            if (b[s].is_ascii_lowercase() || &b[s..s + k] == b"I") && noun_stop(&b[s..s + k]) {
                break;
            }
        }
        // An abbreviation of capitals and stops is one word: "40 F.B.I.
        // agents", "200 U.S. troops".
        if e == s + 1 && b[s].is_ascii_uppercase() {
            e = numbers::abbreviation_end(b, s, b.len());
        }
        if e < b.len() && is_wordish(b[e]) {
            break;
        }
        if noun_stop(&b[s..e]) {
            if words == 0 && word_unit && b[s..e].eq_ignore_ascii_case(b"of") {
                // "tonnes of rice": the unit words, "of", and the noun.
                if let Some((s2, e2)) = word_after(b, e) {
                    if !noun_stop(&b[s2..e2]) && s2 < next_start {
                        // Back over the unit words to the figure's
                        // numerals or number words ("one pound").
                        let mut us = f.end;
                        loop {
                            let mut ws = us;
                            while ws > f.start && b[ws - 1] == b' ' {
                                ws -= 1;
                            }
                            let we = ws;
                            while ws > f.start && is_alpha(b[ws - 1]) {
                                ws -= 1;
                            }
                            if ws == we || numbers::is_number_word(&b[ws..we]) {
                                break;
                            }
                            us = ws;
                        }
                        return Some((us, e2));
                    }
                }
            }
            break;
        }
        // Change words and verbs end the noun: "5% rise".
        if change_word(&b[s..e]).is_some_and(|c| c.post) && words == 0 {
            break;
        }
        if s0.is_none() {
            s0 = Some(s);
        }
        e0 = e;
        words += 1;
        k = e;
        // Stop after a category word: "70,000 people were".
        if category_word(&b[s..e]).is_some() {
            break;
        }
    }
    s0.map(|s| (s, e0))
}

fn annotate(b: &[u8], figs: &mut [Figure], k: usize, prev_end: usize, next_start: usize) {
    let f = &figs[k];
    let noun = if f.unit_kind == Some(UnitKind::Percent) {
        None
    } else {
        noun_after(b, f, next_start)
    };
    // Category.
    let category = f.category.or(match f.unit_kind {
        Some(UnitKind::Currency) => Some("money"),
        Some(UnitKind::Percent) => Some("percent"),
        Some(UnitKind::Time) => Some("duration"),
        Some(UnitKind::Measure) | Some(UnitKind::Index) => Some("measure"),
        Some(UnitKind::Ratio) => Some("other"),
        None => Some(count_category(b, f, prev_end, next_start)),
    });
    // Change.
    let (change, role) = change_of(b, figs, k);
    let f = &mut figs[k];
    f.noun = noun;
    f.category = category;
    f.change = change;
    f.change_role = role;
}

fn count_category(b: &[u8], f: &Figure, prev_end: usize, next_start: usize) -> &'static str {
    let mut best: Option<(usize, &'static str)> = None;
    let mut people: Option<usize> = None;
    let mut consider = |w: &[u8], dist: usize| {
        if let Some(c) = category_word(w) {
            if c == "people" {
                if people.is_none_or(|d| dist < d) {
                    people = Some(dist);
                }
            } else if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, c));
            }
        }
    };
    // After: up to 6 words, not past the next figure or the sentence end.
    let mut i = f.end;
    for dist in 0..6 {
        let s = skip_space(b, i);
        if s >= next_start || s >= b.len() {
            break;
        }
        if !is_alpha(b[s]) {
            if matches!(b[s], b'.' | b';' | b'!' | b'?' | b'"' | b'(' | b')') {
                break;
            }
            if b[s] == b'-' || b[s] == b',' || b[s] == b'\'' {
                i = s + 1;
                continue;
            }
            break;
        }
        let e = alpha_end(b, s);
        let w = &b[s..e];
        if lower_word_is(
            b,
            Some((s, e)),
            &[b"and", b"but", b"while", b"whereas", b"although"],
        ) {
            break;
        }
        consider(w, dist);
        i = e;
    }
    // Before: up to 3 words, not before the previous figure nor across a
    // clause ("one was killed and two wounded": "two" is not a death).
    let mut i = f.start;
    for dist in 0..3 {
        let Some((s, e)) = word_before(b, i) else {
            break;
        };
        if s < prev_end
            || b[e..i]
                .iter()
                .any(|&c| matches!(c, b'.' | b';' | b'"' | b'!' | b'?' | b','))
            || lower_word_is(
                b,
                Some((s, e)),
                &[b"and", b"but", b"while", b"or", b"whereas"],
            )
        {
            break;
        }
        consider(&b[s..e], dist);
        i = s;
    }
    if best.is_none() {
        best = count_subject(b, f.start, prev_end);
    }
    // Lives saved are no deaths: "could save six million lives".
    let saved = || {
        lower_word_is(
            b,
            word_before(b, f.start),
            &[b"save", b"saves", b"saved", b"saving"],
        )
    };
    match (best, people) {
        (Some((_, "deaths")), _) if saved() => "other",
        (Some((_, c)), _) => c,
        (None, Some(_)) => "people",
        _ => "other",
    }
}

/// The subject of a verb leading to the figure, further back than the
/// usual three words: "The death toll from the floods in Port Ellis rose
/// to 31", "The number of people killed in the floods has risen to 47".
/// Returns the distance in words and the subject's category.
fn count_subject(b: &[u8], start: usize, prev_end: usize) -> Option<(usize, &'static str)> {
    const VERBS: &[&[u8]] = &[
        b"rose",
        b"risen",
        b"rises",
        b"climbed",
        b"climbs",
        b"reached",
        b"reaches",
        b"stood",
        b"stands",
        b"jumped",
        b"increased",
        b"hit",
        b"hits",
        b"grew",
        b"was",
        b"is",
        b"now",
    ];
    let mut i = start;
    let mut verb = false;
    for dist in 0..14 {
        let (s, e) = word_before(b, i)?;
        if s < prev_end
            || b[e..i]
                .iter()
                .any(|&c| matches!(c, b'.' | b';' | b'"' | b'!' | b'?'))
        {
            return None;
        }
        let w = &b[s..e];
        if word_in(w, VERBS) {
            verb = true;
        } else if verb {
            if let Some(c) = category_word(w).filter(|&c| c != "people") {
                return Some((dist, c));
            }
        }
        i = s;
    }
    None
}

/// Verbs whose "up" is a particle ("picked up", "set up", "racked
/// up"), never a rise. Market verbs ("closed up 12 points", "ended up
/// 2%") are not among them.
const PARTICLE_UP: &[&[u8]] = &[
    b"picked", b"picks", b"pick", b"picking", b"flagged", b"flags", b"set", b"sets", b"setting",
    b"signed", b"signs", b"notched", b"notches", b"chalked", b"racked", b"racks", b"racking",
    b"clocked", b"clocks", b"rounded", b"summed", b"gave", b"give", b"gives", b"giving", b"teamed",
    b"lined", b"scooped", b"snapped", b"bought", b"buys", b"served", b"dished", b"drummed",
    b"whipped", b"shored", b"wrapped", b"tied", b"locked", b"made", b"makes", b"took", b"takes",
    b"taken", b"held", b"holds", b"backed", b"stepped", b"mopped", b"totted", b"called", b"calls",
    b"brought", b"brings", b"put", b"puts", b"came", b"comes", b"coming", b"turned", b"showed",
    b"rang",
];

fn change_of(b: &[u8], figs: &[Figure], k: usize) -> (Option<&'static str>, Option<&'static str>) {
    let f = &figs[k];
    // The word right before the figure: to / by / from.
    let wb = word_before(b, f.start);
    let prep = wb.and_then(|(s, e)| {
        let w = &b[s..e];
        if w.eq_ignore_ascii_case(b"to") {
            Some(("new", s))
        } else if w.eq_ignore_ascii_case(b"by") {
            Some(("delta", s))
        } else if w.eq_ignore_ascii_case(b"from") {
            Some(("old", s))
        } else {
            None
        }
    });
    if let Some((role, s)) = prep {
        // A change word within a few words before the preposition (it may
        // stand before an earlier figure: "rose 5% to 10%").
        let mut i = s;
        for _ in 0..6 {
            let Some((ws, we)) = word_before(b, i) else {
                // Step over a number or a symbol ("rose 10% to 12%", "rose
                // by $2.1 billion to"), a decimal point included.
                let e = skip_space_back(b, i);
                let mut k = e;
                let decimal_point = |k: usize| {
                    b[k - 1] == b'.' && k >= 2 && is_digit(b[k - 2]) && k < e && is_digit(b[k])
                };
                while k > 0
                    && !b[k - 1].is_ascii_whitespace()
                    && (!matches!(b[k - 1], b'.' | b';' | b'!' | b'?') || decimal_point(k))
                {
                    k -= 1;
                }
                if k == e {
                    break;
                }
                i = k;
                continue;
            };
            if b[we..i]
                .iter()
                .any(|&c| matches!(c, b'.' | b';' | b'!' | b'?'))
            {
                break;
            }
            if let Some(c) = change_word(&b[ws..we]) {
                if c.pre {
                    // "up from": the figure before is the new one.
                    return (Some(c.direction), Some(role));
                }
            }
            i = ws;
        }
        if role == "old" {
            return (None, None);
        }
    }
    // Right after a change word: "rose 5%", "up 5%", "fell nearly 10 pct".
    // Not "up" as a verb's particle: "picked up three personal bests",
    // "flagged up eight holes", "notched up 40 points" tell what was got
    // or done, not by how much something rose.
    let particle = wb
        .filter(|&(s, e)| b[s..e].eq_ignore_ascii_case(b"up"))
        .and_then(|(s, _)| word_before(b, s))
        .is_some_and(|(s, e)| word_in(&b[s..e], PARTICLE_UP));
    // (`change_before(b, f.start, 1)`, from the word already read.)
    // ("fell back 10 pct": the verb before its particle.)
    let wb = match wb {
        Some((s, e)) if b[s..e].eq_ignore_ascii_case(b"back") => {
            word_before(b, s).filter(|&(s, e)| change_word(&b[s..e]).is_some_and(|c| c.pre))
        }
        _ => wb,
    };
    let change = wb.and_then(|(s, e)| change_word(&b[s..e]).filter(|c| c.pre));
    // A sum right after "raise" is what was raised, a sale's proceeds or
    // a fund, not a rise: "plans to raise up to $443m", "the auction
    // raised £115,000" (a price or a rate raised names itself first:
    // "raised its dividend 10 cts").
    // A passive is a rise again: "the offer was raised 25 cts".
    let raised = wb.is_some_and(|(s, e)| {
        let w = &b[s..e];
        (w.eq_ignore_ascii_case(b"raise") || w.eq_ignore_ascii_case(b"raised"))
            && !word_before(b, s).is_some_and(|(s, e)| {
                word_in(
                    &b[s..e],
                    &[b"was", b"were", b"is", b"are", b"be", b"been", b"being"],
                )
            })
    }) && f.unit_kind == Some(UnitKind::Currency);
    // A count of things right after the verb is what was cut, not by how
    // much a quantity fell: "will cut 1,200 jobs", "shed 300 workers"
    // (a count of jobs cut is the story's figure; "cut rates 25 basis
    // points" and "cut 10%" stay changes).
    let things_cut = change.is_some()
        && f.unit_kind.is_none()
        && wb.is_some_and(|(s, e)| {
            word_in(
                &b[s..e],
                &[
                    b"cut", b"cuts", b"slash", b"slashes", b"slashed", b"shed", b"sheds", b"axe",
                    b"axes", b"axed", b"trim", b"trims", b"trimmed",
                ],
            )
        })
        && plural_noun_after(b, f.end);
    if let Some(dir) = change
        .map(|c| c.direction)
        .filter(|_| !particle && !raised && !things_cut)
    {
        // "up to 700" is a bound, handled as a qualifier already.
        return (Some(dir), Some("delta"));
    }
    // A change noun after the figure: "a 5% rise", "10 pct increase".
    if let Some((s, e)) = word_after(b, f.end) {
        if let Some(c) = change_word(&b[s..e]) {
            if c.post
                && b[f.end..s].iter().all(|&x| x == b' ' || x == b'-')
                && !comparative_adjective(b, f, s, e)
                && !sum_gained_or_lost(b, f, s, e)
            {
                return (Some(c.direction), Some("delta"));
            }
        }
    }
    // "5.1%, up from 4.9%"
    let mut j = f.end;
    if b.get(j) == Some(&b',') {
        j += 1;
    }
    if let Some((s1, e1)) = word_after(b, j) {
        if let Some((s2, e2)) = word_after(b, e1) {
            let w1 = &b[s1..e1];
            if (w1.eq_ignore_ascii_case(b"up") || w1.eq_ignore_ascii_case(b"down"))
                && b[s2..e2].eq_ignore_ascii_case(b"from")
            {
                let dir = if w1.eq_ignore_ascii_case(b"up") {
                    "rise"
                } else {
                    "fall"
                };
                return (Some(dir), Some("new"));
            }
        }
    }
    (None, None)
}
