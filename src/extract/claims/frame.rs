//! Claim frames: what a figure counts and how it stands to the story.
//!
//! Two figures can only be compared when they count the same thing in the
//! same way. The frame of a claim answers the questions that decide it,
//! from the words of the claim's sentence (a small word layer: the
//! sentence cut into words, numbers and marks):
//!
//! - **event**: the predicate the figure is tied to, from a small
//!   vocabulary ([`EVENTS`]), read from the verb, participle, adjective or
//!   noun that governs the figure: "3 people were killed", "killed 3
//!   people", "left 3 dead", "3 deaths", headlines "4 injured in ...",
//!   "5 people were shot, two fatally" (two → `killed`).
//! - **counted**: the head of what is counted, lower case and plural
//!   (`victims`, `people`, `students`, `shots`, `homes`); a bare count
//!   tied to a casualty event counts `people` ("two were killed").
//! - **scope**: `total`; `part` of a larger count ("three of the six",
//!   "two of them", "among them", "including two", "at the scene", "still
//!   in hospital", a split by gender); `other` ("three other victims",
//!   "two more", "another two"). For a part, `whole` is the value of the
//!   whole when the sentence gives it ("one of five people shot" → 5).
//!   "killed one and injured three others": the others are the injured,
//!   a total of its own event, so they stay `total`.
//! - **perpetrator**: `included` ("four dead, including the gunman") or
//!   `excluded` ("killed three before killing himself") when the sentence
//!   says so.
//! - **holder** and **measure**, for amounts, rates and prices: the
//!   entity the figure belongs to (the nearest organisation, person or
//!   place of the sentence, before the figure first) and the measure
//!   (`revenue`, `net profit`, `operating profit`, `pretax profit`,
//!   `gross profit`, `per-share earnings`,
//!   `per-share price`, `dividend`, `price`, `rate`, `takings`, `cost`,
//!   ... [`MEASURES`]).
//! - **comparable**: false for figures that are not counts of a story's
//!   quantity: ages, family size ("a mother of two"), populations ("a
//!   town of 20,000"), enrolment, capacity, a rate's base ("per 100,000
//!   residents"), ordinals, and every figure of
//!   text that is not the article ([`super::boilerplate`]).
//!
//! Everything here is a pure function of the sentence and the rows the
//! earlier extractors found; nothing is guessed from other documents.

use crate::extract::entities::lexicon::{DEBT_WORDS, RATING_WORDS};
use crate::extract::Entity;

/// The frame of one claim (the `claims` columns it fills).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// Head of what is counted, lower case, plural.
    pub counted: Option<String>,
    /// The event the figure is tied to (see [`EVENTS`]).
    pub event: Option<&'static str>,
    /// `total`, `part` or `other`.
    pub scope: &'static str,
    /// Value of the whole a part belongs to, when the sentence gives it.
    pub whole: Option<f64>,
    /// `included` or `excluded`, when the sentence says so.
    pub perpetrator: Option<&'static str>,
    /// The entity an amount, rate or price belongs to.
    pub holder: Option<String>,
    /// What an amount, rate or price measures (see [`MEASURES`]).
    pub measure: Option<&'static str>,
    /// Whether the figure may be compared with another at all.
    pub comparable: bool,
    /// Whether the figure is the prior column of an "X vs Y" line.
    pub prior: bool,
}

/// The event vocabulary: `(event, words that signal it)`. A word is
/// matched in lower case; the first list that holds it wins.
pub const EVENTS: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "killed",
            "kill",
            "kills",
            "killing",
            "slain",
            "murdered",
            "massacred",
            "executed",
            "fatally",
            "mortally",
            "homicides",
            "murders",
        ],
    ),
    (
        "died",
        &[
            "died",
            "die",
            "dies",
            "dead",
            "death",
            "deaths",
            "lives",
            "fatalities",
            "fatality",
            "toll",
            "bodies",
            "perished",
            "drowned",
            "dying",
            "deceased",
            "claimed",
        ],
    ),
    (
        "injured",
        &[
            "injured", "injuring", "injures", "injure", "injuries", "injury", "wounded",
            "wounding", "wounds", "wound", "hurt", "survived", "grazed",
        ],
    ),
    ("shot", &["shot", "gunshot"]),
    (
        "hospitalised",
        &[
            "hospitalised",
            "hospitalized",
            "transported",
            "rushed",
            "airlifted",
        ],
    ),
    ("treated", &["treated"]),
    ("discharged", &["discharged"]),
    ("critical", &["critical"]),
    (
        "arrested",
        &["arrested", "arrest", "arrests", "detained", "custody"],
    ),
    ("charged", &["charged", "indicted", "charges"]),
    ("convicted", &["convicted", "sentenced"]),
    ("surrendered", &["surrendered"]),
    ("missing", &["missing", "unaccounted"]),
    (
        "displaced",
        &["displaced", "refugees", "homeless", "fled", "fleeing"],
    ),
    ("evacuated", &["evacuated", "evacuees", "evacuate"]),
    (
        "attended",
        &["attended", "attendees", "attending", "gathered", "crowd"],
    ),
    (
        "fired",
        &["fired", "rounds", "shots", "casings", "gunshots", "bullets"],
    ),
    ("rescued", &["rescued"]),
    ("infected", &["infected"]),
    ("affected", &["affected"]),
    ("voted", &["votes", "voted", "ballots"]),
];

/// "less than two blocks from where he was shot", "two houses were
/// hit by gunfire": places, distances and spans of time are never
/// the people an event befell.
const NOT_PEOPLE: &[&str] = &[
    "blocks",
    "miles",
    "feet",
    "yards",
    "meters",
    "metres",
    "kilometers",
    "kilometres",
    "doors",
    "houses",
    "homes",
    "buildings",
    "apartments",
    "cars",
    "vehicles",
    "windows",
    "streets",
    "factions",
    "gangs",
    // "elephants killed in two African countries": places.
    "countries",
    "nations",
    "states",
    "provinces",
    "regions",
    "cities",
    "towns",
    "villages",
    "counties",
    "districts",
    "neighborhoods",
    "neighbourhoods",
    "locations",
    "places",
    "sites",
    "hours",
    "minutes",
    "days",
    "weeks",
    "months",
    "years",
    "times",
    "mornings",
    "nights",
    "evenings",
    "afternoons",
    "weekends",
    "decades",
    "seasons",
    // "30 reports of minor injury": reports, not the injured.
    "reports",
    "incidents",
    "claims",
    "complaints",
    "calls",
    // "four different hospitals", "Two dogs were also wounded".
    "hospitals",
    "dogs",
    "cats",
    "horses",
    "animals",
    "pets",
    // "the two knives used to kill": weapons.
    "knives",
    "guns",
    "handguns",
    "rifles",
    "pistols",
    "shotguns",
    "weapons",
    "firearms",
    "magazines",
    // "One bullet grazed a child's leg".
    "bullets",
    "rounds",
    "shots",
    "pellets",
];

/// Whether a counted noun names no people: [`NOT_PEOPLE`], or parts of
/// a body ("shot in one of his legs", "grazed one of their temples").
fn not_people(c: &str) -> bool {
    NOT_PEOPLE.contains(&c) || super::body_parts(c)
}

/// Whether an event befalls people (and so never [`NOT_PEOPLE`]).
fn harms_people(e: Option<&str>) -> bool {
    matches!(
        e,
        Some("killed" | "died" | "injured" | "shot" | "hospitalised" | "critical" | "treated")
    )
}

/// Whether a word is a plural noun's form ("victims", "men").
pub(super) fn plural_form(w: &str) -> bool {
    (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
        || matches!(w, "men" | "women" | "children" | "people")
}

/// The measure vocabulary for amounts, rates and prices: `(measure,
/// words)`. Multi-word cues are handled in [`measure_of`].
pub const MEASURES: &[(&str, &[&str])] = &[
    (
        "revenue",
        &["revenue", "revenues", "revs", "sales", "turnover"],
    ),
    ("dividend", &["dividend", "dividends", "div", "payout"]),
    (
        "net profit",
        &[
            "profit", "profits", "earnings", "income", "net", "loss", "losses",
        ],
    ),
    (
        "price",
        &[
            "price", "prices", "priced", "closed", "traded", "trading", "fetched",
        ],
    ),
    ("rate", &["rate", "rates", "yield", "interest", "coupon"]),
    // An economy's rates, named alone or before "rate" ("unemployment fell
    // to 4.1 per cent", "the jobless rate", "inflation rose to 3%").
    ("unemployment rate", &["unemployment"]),
    ("inflation rate", &["inflation"]),
    ("takings", &["takings", "grossed", "gross", "box"]),
    (
        "cost",
        &[
            "cost",
            "costs",
            "budget",
            "spending",
            "spent",
            "expenditure",
        ],
    ),
    ("debt", &["debt", "debts", "borrowing", "loan", "loans"]),
    ("deficit", &["deficit"]),
    ("surplus", &["surplus"]),
    ("assets", &["assets"]),
    ("reserves", &["reserves"]),
    ("exports", &["exports"]),
    ("imports", &["imports"]),
    ("output", &["output", "production", "produced"]),
    (
        "growth",
        &["growth", "gdp", "grew", "expanded", "contracted"],
    ),
    ("tax", &["tax", "taxes", "levy"]),
    (
        "damages",
        &["damages", "compensation", "fine", "fined", "settlement"],
    ),
    ("pay", &["salary", "pay", "wage", "wages", "bonus"]),
    (
        "offer",
        &[
            "bid",
            "bids",
            "offer",
            "offered",
            "offering",
            "tender",
            "takeover",
            "acquisition",
            "acquire",
            "buy",
        ],
    ),
    ("stake", &["stake", "holding"]),
    (
        "value",
        &[
            "valued",
            "valuation",
            "worth",
            "capitalisation",
            "capitalization",
        ],
    ),
    ("reward", &["reward"]),
    ("fee", &["fee", "fees"]),
    ("bail", &["bail", "bond"]),
    (
        "investment",
        &["invest", "invested", "investment", "investments"],
    ),
];

/// Kinds of word-layer tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Mark(u8),
}

/// One token of a sentence: a word, a number or a mark, with byte offsets
/// into the document text.
#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    kind: Kind,
}

/// Splits `text[start..end]` into tokens (ASCII letters with inner `'`
/// and `-`; digits with inner `.` and `,`; single marks; other bytes of
/// non-ASCII characters are skipped).
fn tokens(text: &str, start: usize, end: usize) -> Vec<Tok> {
    use crate::extract::byte_class::{self, DIGIT, HIGH, LETTER, MARK};
    let b = text.as_bytes();
    let end = end.min(b.len());
    // About one token in five bytes of news prose.
    let mut out = Vec::with_capacity((end.saturating_sub(start)) / 4 + 4);
    // The end of a run of bytes of `class` from `i`, over an inner joiner
    // byte before another of the class ("don't", "1,200.5").
    let run_end = |mut i: usize, class: u8, joiners: &[u8]| loop {
        while i < end && byte_class::of(b[i]) == class {
            i += 1;
        }
        if i + 1 < end && joiners.contains(&b[i]) && byte_class::of(b[i + 1]) == class {
            i += 2;
            continue;
        }
        return i;
    };
    let mut i = start;
    while i < end {
        let c = b[i];
        match byte_class::of(c) {
            LETTER => {
                let mut e = run_end(i + 1, LETTER, b"'-");
                // An abbreviation of capitals and stops is one word, its
                // stops no sentence's end: "Two U.S. soldiers were
                // killed", "40 F.B.I. agents" (the last stop is a mark
                // only where the text ends).
                if e == i + 1 && c.is_ascii_uppercase() {
                    e = crate::extract::numbers::abbreviation_end(b, i, end);
                }
                out.push(Tok {
                    s: i,
                    e,
                    kind: Kind::Word,
                });
                i = e;
            }
            DIGIT => {
                let e = run_end(i + 1, DIGIT, b".,");
                out.push(Tok {
                    s: i,
                    e,
                    kind: Kind::Number,
                });
                i = e;
            }
            MARK => {
                out.push(Tok {
                    s: i,
                    e: i + 1,
                    kind: Kind::Mark(c),
                });
                i += 1;
            }
            HIGH => {
                // Curly quotes and dashes end a clause like their ASCII forms.
                let s = i;
                i += 1;
                while i < end && (b[i] & 0xC0) == 0x80 {
                    i += 1;
                }
                let mark = match &text[s..i] {
                    "\u{201C}" | "\u{201D}" => Some(b'"'),
                    "\u{2014}" | "\u{2013}" => Some(b'-'),
                    _ => None,
                };
                if let Some(m) = mark {
                    out.push(Tok {
                        s,
                        e: i,
                        kind: Kind::Mark(m),
                    });
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// One claim as the frame reader sees it.
#[derive(Debug, Clone, Copy)]
pub struct Span<'a> {
    /// Start of the figure's surface.
    pub start: usize,
    /// End of the figure's surface.
    pub end: usize,
    /// Its value.
    pub value: Option<f64>,
    /// Its unit.
    pub unit: Option<&'a str>,
    /// Span of what it counts, from the claims extractor.
    pub noun: Option<(usize, usize)>,
    /// Its category.
    pub category: Option<&'static str>,
    /// Whether it is an ordinal kept for reference.
    pub ordinal: bool,
}

/// What the frame reader needs to know of a sentence.
#[derive(Debug, Clone, Copy)]
pub struct SentenceCx<'a> {
    /// The document text.
    pub text: &'a str,
    /// Sentence start.
    pub start: usize,
    /// Sentence end.
    pub end: usize,
    /// Whether the sentence is not part of the article proper.
    pub boilerplate: bool,
    /// Entities of the document (in text order).
    pub entities: &'a [Entity],
    /// The document's lead organisation (the first one named that is not
    /// the outlet itself), the holder of amounts whose sentence names
    /// none.
    pub lead_org: Option<&'a str>,
    /// The document text's ASCII lowered copy, when the caller has one
    /// (the reader lowers the words it reads otherwise).
    pub lowered: Option<&'a str>,
}

/// Verbs of a side that takes votes ("Dana Smith won 52,310 votes",
/// "while Lee Jones received 48,120").
const VOTES_TAKEN: &[&str] = &[
    "won", "wins", "winning", "received", "receives", "got", "gets", "took", "takes", "secured",
    "polled", "garnered", "gained", "had", "voted",
];

impl SentenceCx<'_> {
    /// The entities that start in `[from, to)` (they are in text order).
    fn entities_in(&self, from: usize, to: usize) -> &[Entity] {
        let a = self.entities.partition_point(|e| e.start < from);
        let b = self.entities.partition_point(|e| e.start < to);
        &self.entities[a..b.max(a)]
    }
}

/// The frames of the claims `spans` of one sentence, in order.
pub fn frames(cx: &SentenceCx<'_>, spans: &[Span<'_>]) -> Vec<Frame> {
    // The words a frame reads lie within a few dozen tokens of its figure:
    // a long "sentence" (a table, a run-on page) is read only around its
    // figures, REACH bytes either side.
    const REACH: usize = 400;
    let len = cx.text.len();
    let mut base = cx.start.min(len);
    let mut end = cx.end.min(len);
    if let (Some(a), Some(z)) = (spans.first(), spans.last()) {
        base = base.max(a.start.saturating_sub(REACH));
        end = end.min(z.end.saturating_add(REACH)).max(base);
        while !cx.text.is_char_boundary(base) {
            base -= 1;
        }
        while !cx.text.is_char_boundary(end) {
            end += 1;
        }
    }
    let toks = tokens(cx.text, base, end);
    // One lowered copy of the window (ASCII lowering keeps every byte
    // offset), the caller's or its own, and each token a slice of it.
    let own: String;
    let sentence_lower = match cx
        .lowered
        .filter(|l| l.len() == len)
        .and_then(|l| l.get(base..end))
    {
        Some(l) => l,
        None => {
            own = cx.text.get(base..end).unwrap_or("").to_ascii_lowercase();
            &own
        }
    };
    let w = Words {
        toks: &toks,
        lower: sentence_lower,
        base,
    };
    // Each figure's tokens, [first, last): found once for every pass.
    let tok: Vec<(usize, usize)> = spans
        .iter()
        .map(|sp| {
            (
                toks.partition_point(|t| t.s < sp.start),
                toks.partition_point(|t| t.e <= sp.end),
            )
        })
        .collect();
    let mut out: Vec<Frame> = Vec::with_capacity(spans.len());
    // The sentence's pair of currencies, the currencies it names as the
    // base of a rate, and the country it opens on, read once for all its
    // amounts.
    let fx_pair = std::cell::OnceCell::new();
    let fx_bases = std::cell::OnceCell::new();
    let country = std::cell::OnceCell::new();
    for (k, sp) in spans.iter().enumerate() {
        let (first, last) = tok[k];
        // Tokens [first, last) are the figure; `last` starts its right side
        // (`right` where its verb is read: after an age that follows it).
        let mut right = last;
        let prev_end = if k > 0 { tok[k - 1].1 } else { 0 };
        // ("Three men, ages 25, 26 and 33, were hurt": the list of ages
        // after "ages" or "aged" stands aside, as a parenthetical does.)
        let mut next = k + 1;
        if spans.get(next).is_some_and(|n| {
            n.category == Some("age")
                && cx.text.get(n.start..n.end).is_some_and(|t| {
                    let t = t.as_bytes();
                    t.len() > 4
                        && (crate::extract::numbers::starts_ci(t, 0, b"ages")
                            || crate::extract::numbers::starts_ci(t, 0, b"aged"))
                })
        }) {
            while spans.get(next).is_some_and(|n| n.category == Some("age")) {
                next += 1;
            }
        }
        let mut age_noun = None;
        // "Two 16-year-old boys were killed", "2 17-year-olds killed":
        // an age right after a count belongs to its noun phrase; the
        // count reads its noun and verb past it.
        if next == k + 1
            && spans.get(next).is_some_and(|n| {
                n.category == Some("age")
                    && cx
                        .text
                        .get(sp.end..n.start)
                        .is_some_and(|gap| gap.bytes().all(|c| c == b' '))
                    && cx
                        .text
                        .get(n.start..n.end)
                        .is_some_and(|t| age_word(t).is_some())
            })
        {
            right = tok[next].1;
            age_noun = Some(&spans[next]);
            next += 1;
        }
        let next_start = tok.get(next).map_or(toks.len(), |t| t.0);
        let mut f = Frame {
            scope: "total",
            comparable: !sp.ordinal && !cx.boilerplate,
            ..Frame::default()
        };
        let counting = sp.unit.is_none() || matches!(sp.category, Some("percent"));
        // "one of five people shot has died": the dead of those hit, all
        // of them (a total of the dead, a part of the hit).
        let mut dead_of_the_hit = false;
        let mut part_ev = None;
        // "threatened to kill two of them", "could kill hundreds": what
        // might befall, not what did.
        let mut hypothetical = false;
        let mut one_of_two_objects = false;
        let mut also = false;
        // "Angola's 30-year civil war", "a two-hour siege": a measure
        // made an adjective, never a count an event befell.
        let measure_adjective = cx.text.get(sp.start..sp.end).is_some_and(|t| {
            t.rsplit_once('-').is_some_and(|(_, u)| {
                [
                    "year", "month", "week", "day", "hour", "minute", "second", "mile", "foot",
                    "metre", "meter", "inch", "acre", "storey", "story", "decade", "century",
                    "pound", "ton", "tonne", "point",
                ]
                .iter()
                .any(|m| u.eq_ignore_ascii_case(m))
            })
        });
        // "a tan 4-door sedan", "a 3-bedroom house": a figure joined by
        // a hyphen to a noun before another describes that thing, as a
        // measure made an adjective does.
        // What it counts is the joined noun ("doors", "pages",
        // "members"), unless that is a participle or an adjective ("386-
        // based", "a nine-strong committee").
        let joined = if sp.unit.is_none() {
            cx.text.get(sp.end..).and_then(|r| {
                let r = r.strip_prefix('-')?;
                let n = r.bytes().take_while(u8::is_ascii_lowercase).count();
                let next = r[n..].strip_prefix(' ')?;
                (n >= 2 && next.starts_with(|c: char| c.is_ascii_lowercase())).then_some(&r[..n])
            })
        } else {
            None
        };
        let compound = joined.filter(|noun| {
            !noun.ends_with("ed")
                && !matches!(
                    *noun,
                    "strong" | "odd" | "fold" | "plus" | "long" | "wide" | "high" | "deep" | "tall"
                )
        });
        let measure_adjective = measure_adjective || joined.is_some();
        // Where the event's word stands.
        let mut event_at = None;
        if sp.unit.is_none() && !measure_adjective {
            if let Some((e, at)) = event_of(&w, first, right, prev_end, next_start) {
                event_at = Some(at);
                // "a fourth person was injured", "a fourth victim was
                // taken to hospital": the fourth of all those hit, dead
                // or hurt; so is the dead's own ordinal after the hurt
                // ("two suffered injuries and a third person died"; "a
                // third man has died" counts the dead).
                // (The implied counts read the hurt before the dead's
                // ordinal: a count of all those hit.)
                let nth_hit = nth_hit(cx.text, sp)
                    && (family(e) != "killed" || sp.category == Some("casualties"));
                f.event = Some(if nth_hit {
                    "shot"
                } else if e == "shot" && at > last && died_after_shot(&w, at) {
                    "died"
                } else {
                    e
                });
                hypothetical = unreal(&w, at) || conditional(&w, first.min(at));
                one_of_two_objects = at < first && second_object(&w, at, first);
                // "Two women were also shot": more victims than those
                // told before, not all of them.
                also = at > last && (last..at).any(|i| w.is(i, "also"));
            }
            if let Some((e, hit)) = part_event(&w, spans, k, last) {
                part_ev = Some(e);
                dead_of_the_hit = hit && family(e) == "killed" && !died_at_a_place(&w, last);
            }
        }
        f.counted = match sp.noun {
            // "two 16-year-old boys": the noun after the age.
            None if sp.unit.is_none()
                && age_noun.is_some_and(|a| {
                    a.noun.is_some()
                        && cx.text.get(a.start..a.end).and_then(age_word) == Some(false)
                }) =>
            {
                age_noun.and_then(|a| counted_of(cx.text, a, f.event))
            }
            None if sp.unit.is_none() => counted_after_of(&w, last)
                .map(plural)
                .or_else(|| counted_of(cx.text, sp, f.event)),
            _ => counted_of(cx.text, sp, f.event),
        };
        if let Some(joined) = compound {
            f.counted = Some(plural(joined));
        }
        // "only one shot was fired", "a single shot rang out": a shot
        // named as the figure's own noun and then fired is a shot, not
        // a person shot.
        if sp.unit.is_none()
            && sp.noun.and_then(|(s, e)| cx.text.get(s..e)) == Some("shot")
            && (w.any(
                last + 1,
                &["was", "rang", "fired", "went", "hit", "struck", "missed"],
            ) || (first >= 1 && w.any(first - 1, &["fired", "fires", "firing", "fire"])))
        {
            f.event = Some("fired");
            f.counted = Some("shots".into());
        }
        if harms_people(f.event) && f.counted.as_deref().is_some_and(not_people) {
            f.event = None;
        }
        // "some 100 employees were fired": dismissed, not shots.
        // (Not compared: a count of the dismissed is often one site's
        // or one round's.)
        if f.event == Some("fired")
            && f.counted
                .as_deref()
                .is_some_and(|c| !FIRED_THINGS.contains(&c))
        {
            // "one of the friends accidentally fired off a shot": the
            // count fired, and was not fired.
            let shooter = event_at.is_some_and(|at| {
                at > last
                    && w.any(
                        at + 1,
                        &[
                            "off", "at", "into", "on", "upon", "a", "shots", "several", "multiple",
                        ],
                    )
            });
            f.event = if shooter { None } else { Some("dismissed") };
        }
        // "11 rounds of talks", "two rounds of layoffs": rounds of
        // something other than fire are no shots.
        if f.event == Some("fired") && f.counted.as_deref() == Some("rounds") {
            let of = (last..(last + 2).min(w.len()))
                .find(|&i| w.is(i, "rounds"))
                .map(|i| i + 1);
            // (One word may come between: "548 rounds of unspent
            // ammunition"; a verb of firing before keeps them shots:
            // "fired about 1,000 rounds of five-inch shells".)
            let fire = |i: usize| {
                w.any(i, FIRED_THINGS)
                    || w.any(
                        i,
                        &[
                            "ammunition",
                            "ammo",
                            "gunfire",
                            "fire",
                            "artillery",
                            "mortar",
                        ],
                    )
            };
            let fired_before =
                (first.saturating_sub(3)..first).any(|i| w.any(i, &["fired", "fire", "firing"]));
            if !fired_before && of.is_some_and(|i| w.is(i, "of") && !fire(i + 1) && !fire(i + 2)) {
                f.event = None;
            }
        }
        // "three counts of murder", "two charges of child abuse resulting
        // in death": the counts of a charge, whatever the charge names.
        if f.event.is_some() && matches!(f.counted.as_deref(), Some("counts" | "charges")) {
            f.event = Some("charged");
        }
        // "suffered 10 gunshot wounds": wounds on one body, not people.
        let wounds = f.counted.as_deref() == Some("wounds");
        if sp.category == Some("age")
            || wounds
            || not_a_story_count(&w, first, last, sp)
            || (f.event == Some("voted") && vote_threshold(&w, first, last))
            || hypothetical
            || forecast(&w, first, last, prev_end, next_start)
        {
            f.comparable = false;
        }
        if counting {
            let casualty = matches!(
                f.event,
                Some("killed" | "died" | "injured" | "shot" | "hospitalised") | None
            );
            let (scope, whole) =
                scope_of(&w, first, last, prev_end, next_start, spans, k, casualty);
            let scope = if one_of_two_objects && scope == "total" {
                "part"
            } else if also && scope == "total" && casualty {
                "other"
            } else {
                scope
            };
            // "Of the six people shot, two died": the dead of those hit,
            // as in "two of the six people shot died".
            let fronted_dead = scope == "part"
                && k >= 1
                && f.event.map(family) == Some("killed")
                && out
                    .get(k - 1)
                    .is_some_and(|p: &Frame| p.event == Some("shot"))
                && fronted_whole(&w, tok[k - 1].0)
                && !died_at_a_place(&w, last);
            // "one of the victims has died", "two of them died": the dead
            // of those hit, told after them (as "one of five people shot
            // has died"); not "died at the scene", one place's dead.
            // Not one of a group of the dead ("one of those killed was
            // the shooter", "one of the men killed was gunned down at the
            // bar"), nor someone said to be one of them ("Al Roe is one of
            // the victims officials say was fatally shot").
            const DEAD: &[&str] = &["killed", "dead", "slain", "murdered", "homicides"];
            let group_dead = w.any(last + 2, DEAD) || w.any(last + 3, DEAD);
            let said_to_be = first >= 1 && w.any(first - 1, &["is", "was", "are", "were", "as"]);
            let dead_of_them = scope == "part"
                && f.event.map(family) == Some("killed")
                && w.is(last, "of")
                && (w.is(last + 1, "them")
                    || (w.any(last + 1, &["the", "those"])
                        && w.any(
                            last + 2,
                            &[
                                "victims", "wounded", "injured", "people", "men", "women",
                                "patients",
                            ],
                        )))
                && !group_dead
                && !said_to_be
                && !died_at_a_place(&w, last);
            f.scope = if (dead_of_the_hit || fronted_dead || dead_of_them) && scope == "part" {
                "total"
            } else {
                scope
            };
            f.whole = whole;
            // "killed one and injured three others": others than the
            // killed, a total of the injured.
            // "left one dead and three others injured": the others are
            // the injured (a total of their own), and with the dead they
            // are everyone hit, the sum the text states (`whole`).
            // "One man is dead and three others were shot": the others of
            // a killing who were shot are its wounded. Only the passive:
            // "killed a couple and shot two others" leaves open who the
            // others are. Not those taken to hospital, often counted by
            // hospital or by ambulance and car, each a part.
            let passive = (last..(last + 4).min(w.len())).any(|i| w.any(i, &["were", "was"]));
            if f.scope == "other"
                && passive
                && f.event == Some("shot")
                && (killed_before(&w, first) || killed_just_before(cx))
            {
                f.event = Some("injured");
            }
            // "kills one, critically injures another": the others of a
            // killing who are critically hurt are its injured when the
            // sentence names no other injured.
            if f.scope == "other" && f.event == Some("critical") {
                let more_hurt = (0..w.len())
                    .filter(|i| !(first..last + 2).contains(i))
                    .any(|i| {
                        w.word(i).and_then(event_word) == Some("injured")
                            && refine(&w, i, "injured") == "injured"
                    });
                if !more_hurt && killed_before(&w, first) {
                    f.event = Some("injured");
                }
            }
            if let Some(mine @ ("killed" | "injured")) = f.event.map(family) {
                let theirs = if mine == "killed" {
                    "injured"
                } else {
                    "killed"
                };
                let cue = |i: usize| {
                    w.word(i)
                        .and_then(event_word)
                        .map(|e| family(refine(&w, i, e)))
                        == Some(theirs)
                };
                let other_side = (0..w.len())
                    .filter(|i| !(first..last).contains(i))
                    .find(|&i| cue(i));
                // "Smith, 17, was killed. Six others were injured.": the
                // killed are named in the sentence before.
                if other_side.is_none()
                    && f.scope == "other"
                    && mine == "injured"
                    && killed_just_before(cx)
                {
                    f.scope = "total";
                }
                if let Some(j) = other_side {
                    if f.scope == "other" && j < first {
                        f.scope = "total";
                    }
                    if f.scope == "total" {
                        // The other count: a figure of the sentence whose
                        // own words name the other event.
                        // (A figure its event's word stands right before
                        // is the count before one the word follows:
                        // "killed three -- Brian Sadowsky, 44 -- and
                        // injured 14 others" is 14 injured.)
                        let others = || {
                            spans
                                .iter()
                                .enumerate()
                                // A count has no unit: "a 17-year-old" is an age.
                                .filter(|(i, n)| *i != k && n.unit.is_none())
                        };
                        let counted = others()
                            .find(|(i, _)| {
                                let (a, _) = tok[*i];
                                a >= 1 && cue(a - 1)
                            })
                            .or_else(|| {
                                others().find(|(i, _)| {
                                    let (a, b) = tok[*i];
                                    (b..(b + 4).min(w.len())).any(cue)
                                        || (a.saturating_sub(2)..a).any(cue)
                                })
                            })
                            .and_then(|(_, n)| Some((n.value?, nth_hit(cx.text, n))));
                        let singular = (j >= 1 && w.any(j - 1, &["was", "is"]))
                            || w.any(j + 1, &["a", "an"])
                            || (w.is(j, "claimed") && w.is(j + 1, "the") && w.is(j + 2, "life"));
                        f.whole = match counted {
                            // "Three were shot dead and a fourth person
                            // was hurt": the fourth is the whole.
                            Some((v, true)) => Some(v),
                            Some((v, false)) => sp.value.map(|y| y + v),
                            None if singular => sp.value.map(|y| y + 1.0),
                            None => None,
                        };
                    }
                }
            }
            // "the two", "those three": a count that refers back to a
            // group named before, perhaps a part of it, never a new total.
            // "All three were killed" says it is the whole group: a total.
            // "the three dead" names the dead, as a total does; so does
            // the whole of a part named with its own event ("one of the
            // five people shot"; not "two of the three victims were taken
            // to hospital", whose verb is the part's). Not an amount or a
            // large tally read back ("the 862 mln spent in 1986", "the
            // 34,745 sold in March"): a figure of an earlier time.
            // So is the group a part is "among" ("Two women were among the
            // six people shot").
            let whole_of_part = first >= 2
                && (w.is(first - 2, "of")
                    && k >= 1
                    && first
                        .checked_sub(3)
                        .and_then(|i| w.toks.get(i))
                        .is_some_and(|t| t.e == spans[k - 1].end)
                    || w.is(first - 2, "among"))
                && own_participle(&w, last).is_some();
            // (Nor a rate: "an improvement on the 3.3% growth seen in the
            // second quarter" is the quarter's whole growth; but "the 45
            // pct of Acme it does not own" is a part of Acme's stock.)
            if f.scope == "total"
                && first >= 1
                && w.any(first - 1, &["the", "those", "these", "both"])
                && sp.category != Some("money")
                && (sp.category != Some("percent") || w.is(last, "of"))
                && (sp.unit.is_some() || sp.value.is_none_or(|v| v < 1000.0))
                && !w.any(last, &["dead", "deceased"])
                && !named_dead(&w, last)
                && !whole_of_part
                && !fronted_whole(&w, first)
                && !quantified_whole(&w, first)
                && f.counted
                    .as_deref()
                    .is_none_or(|c| matches!(c, "people" | "victims"))
            {
                f.scope = "part";
            }
            // "Two men and a woman were killed", "two children and their
            // father were found dead": the count is a part of the group
            // its verb counts, one more than it.
            if f.event.is_some() && sp.unit.is_none() {
                // The "and" of the subject, before any verb: not "left
                // three hurt and one dead", "a woman was killed and her
                // brother injured".
                let and = (right..(right + 3).min(w.len()))
                    .take_while(|&i| {
                        w.mark(i).is_none()
                            && w.word(i)
                                .is_some_and(|x| event_word(x).is_none() && !auxiliary(x))
                    })
                    .find(|&i| w.is(i, "and"));
                // "A woman and three children were shot": so is one
                // person joined before it.
                if and.is_some_and(|i| coordinated_one(&w, i).is_some())
                    || (f.whole.is_none() && one_before(&w, first))
                {
                    f.scope = "part";
                    f.whole = sp.value.map(|v| v + 1.0);
                }
            }
            if f.event.is_some()
                && (wider_than_one_event(&w, first, last) || superseded(&w, first, last))
            {
                f.comparable = false;
            }
            if matches!(f.event, Some("killed" | "died" | "shot")) {
                f.perpetrator = perpetrator_of(&w, last);
            }
        }
        let amount = matches!(sp.category, Some("money" | "percent" | "jobs"))
            || sp.unit.is_some_and(|u| u.contains('/'));
        f.prior = amount && prior_column(&w, first);
        if amount && f.comparable && sp.category != Some("jobs") {
            // Where the next figure starts, if one follows (not a span of
            // time: "worth of six-month bills").
            let next_amount = spans
                .get(next)
                .filter(|n| !matches!(n.category, Some("duration" | "age")))
                .map(|_| next_start);
            // Words of a name ("Halden Growth Fund", "Revenue Canada")
            // name no measure.
            let named = |i: usize| {
                w.toks.get(i).is_some_and(|t| {
                    // (A name may open before its sentence, where a
                    // wire's wrap split it; none is longer than this.)
                    cx.entities_in(t.s.saturating_sub(200), t.s + 1)
                        .iter()
                        .any(|e| matches!(e.kind, "ORG" | "PERSON") && t.e <= e.end)
                })
            };
            f.measure = measure_of(
                &w,
                first,
                last,
                next_amount,
                sp.category == Some("money"),
                &named,
            );
            // The columns of an "X vs Y" line share its measure: "Shr 92
            // cts vs 91 cts", "Shr loss 1.27 dlrs vs profit 92 cts" (per
            // share both; "profit" says only which side of nil).
            // (Not the total a share figure restates: "1,000,000 dlrs, or
            // one cent a share, vs 2,493,000 dlrs, or eight cts a share".)
            let restated = w.mark(last) == Some(b',') && w.is(last + 1, "or");
            if f.prior {
                let column = if restated {
                    // The total's column: the last total before it.
                    out.iter()
                        .rev()
                        .filter(|p| !p.prior)
                        .find(|p| !p.measure.is_some_and(|m| m.starts_with("per-share")))
                } else {
                    out.last().filter(|p| !p.prior)
                };
                if let Some(m) = column.and_then(|p| p.measure) {
                    f.measure = Some(m);
                }
            }
            // An amount the sentence does not give to anyone is the
            // article's: its lead organisation (the company of an
            // earnings table). Jobs are a count of the story's event (the
            // plant that closes), tied to it by the story, not to
            // whichever organisation an article names first (the union,
            // a buyer, the town read as a firm).
            // "Dana Smith took 52 percent of the vote": a candidate's
            // share of the vote, all of it the candidate's (not a part of
            // a group), and the candidate's own ("against 45 percent for
            // Lee Jones": the other column of one).
            if sp.category == Some("percent")
                && (f.measure == Some("vote share") || vote_share(&w, last))
            {
                f.measure = Some("vote share");
                f.scope = "total";
                f.holder = candidate(cx, sp);
            } else {
                let pair = fx_pair.get_or_init(|| fx_pair_of(cx));
                // (Bail is set for a person, not for the jail or court
                // the sentence names: "held at the county detention
                // center on a $40,000 bond".)
                f.holder = (f.measure != Some("bail"))
                    .then(|| {
                        holder_of(cx, &w, pair, &fx_bases, sp)
                            .or_else(|| country.get_or_init(|| country_subject(cx)).clone())
                            .or_else(|| cx.lead_org.map(str::to_string))
                    })
                    .flatten();
            }
            // An exchange rate ("$1.3666 versus the euro") is a rate.
            // ("trading at $103.05 against the yen": its price is its rate.)
            if matches!(f.measure, None | Some("price"))
                && f.holder.as_deref().is_some_and(|h| h.contains('/'))
            {
                f.measure = Some("rate");
            }
            if f.scope == "total" && rival_figure(&w, first) {
                f.scope = "other";
            }
            // "Moody's downgraded 850 mln dlrs of debt of X": the debt an
            // agency's rating action covers, which each agency counts
            // over its own issues and units; a scope of the action, not a
            // figure two reports can disagree on.
            if sp.category == Some("money") && rating_action(&w, first) {
                f.comparable = false;
            }
        }
        if sp.category == Some("jobs") && f.comparable {
            f.holder = employer(cx, sp);
        }
        if f.event == Some("voted") && f.comparable {
            f.holder = candidate(cx, sp);
        }
        // A part's own verb after its whole ("one of five people shot
        // ... has died").
        if let Some(e) = part_ev {
            f.event = Some(e);
            if f.counted.is_none() {
                f.counted = spans
                    .get(k + 1)
                    .and_then(|n| counted_of(cx.text, n, Some(e)));
            }
        }
        out.push(f);
    }
    // "Two victims were airlifted to one hospital and two others were
    // taken to another": a count followed by others of its own event is
    // one group of a split, a part.
    for k in 0..out.len() {
        let event = out[k].event;
        if out[k].scope == "total"
            && event.is_some()
            && out[k + 1..]
                .iter()
                .any(|o| o.scope == "other" && o.event == event)
        {
            out[k].scope = "part";
        }
    }
    // "killed 95 people in Nepal and 25 in India", "two were taken to
    // Mercy Hospital and three to St Luke's": coordinated counts, each
    // of its own place, split one count by place: both are parts, and
    // the second shares the first's event.
    let placed = |k: usize| {
        let after = tok[k].1;
        (after..(after + 5).min(w.len()))
            .take_while(|&i| w.word(i).is_some())
            .find(|&i| w.any(i, &["in", "at", "to"]))
            .and_then(|i| w.toks.get(i + 1))
            .and_then(|t| {
                cx.entities
                    .iter()
                    .find(|e| e.start == t.s && matches!(e.kind, "PLACE" | "ORG"))
            })
            .map(|e| e.canonical.as_str())
    };
    for k in 0..out.len().saturating_sub(1) {
        let next_first = tok[k + 1].0;
        if out[k].event.is_none()
            || spans[k].unit.is_some()
            || spans[k + 1].unit.is_some()
            || !(next_first >= 1 && w.is(next_first - 1, "and"))
        {
            continue;
        }
        if let (Some(a), Some(b)) = (placed(k), placed(k + 1)) {
            if a != b {
                out[k].scope = "part";
                out[k + 1].scope = "part";
                if out[k + 1].event.is_none() {
                    out[k + 1].event = out[k].event;
                    out[k + 1].counted = out[k].counted.clone();
                }
            }
        }
    }
    // "Seven people were injured, five by gunfire and two trampled", "four
    // shot, three men and a woman": a count followed, after a mark, by
    // a coordinated list of counts of no event of their own that add up
    // to it is split into parts (not "eight provinces in the north, two
    // in the east and three in the south", a list of its own).
    for k in 0..out.len().saturating_sub(1) {
        let (Some(event), Some(whole)) = (out[k].event, spans[k].value) else {
            continue;
        };
        if spans[k].unit.is_some() || out[k].scope == "part" {
            continue;
        }
        let first_of = |j: usize| tok[j].0;
        if !(first_of(k + 1) > 0 && w.mark(first_of(k + 1) - 1).is_some()) {
            continue;
        }
        // The list: spans of no event and no unit, the last after "and".
        let mut end = k + 1;
        while end < out.len() && out[end].event.is_none() && spans[end].unit.is_none() {
            end += 1;
        }
        let list = k + 1..end;
        if list.is_empty() {
            continue;
        }
        // One person joined last: "three men and a woman".
        let after = tok[end - 1].1;
        let one_more = (after..(after + 3).min(w.len()))
            .take_while(|&i| w.word(i).is_some())
            .find(|&i| w.is(i, "and"))
            .is_some_and(|a| coordinated_one(&w, a).is_some());
        let sum: Option<f64> = spans[list.clone()].iter().map(|s| s.value).sum();
        let sum = sum.map(|s| s + f64::from(u8::from(one_more)));
        let joined = one_more || w.is(first_of(end - 1).saturating_sub(1), "and");
        if list.len() + usize::from(one_more) >= 2 && joined && sum == Some(whole) {
            for j in list {
                out[j].event = Some(event);
                out[j].scope = "part";
                out[j].whole = Some(whole);
                if out[j].counted.is_none() {
                    out[j].counted = out[k].counted.clone();
                }
            }
        }
    }
    // "Two men, 18 and 20, and one woman, 19, were taken to a hospital":
    // counts joined by "and" past their ages share the verb, each a part.
    for k in 0..out.len() {
        if out[k].event.is_some() || spans[k].unit.is_some() || spans[k].category == Some("age") {
            continue;
        }
        let Some(j) = (k + 1..out.len()).find(|&j| spans[j].category != Some("age")) else {
            continue;
        };
        let j_first = tok[j].0;
        // Between them only the first count's noun and the ages.
        let k_last = tok[k].1;
        let aged = |i: usize| {
            spans[k + 1..j]
                .iter()
                .any(|a| a.start <= w.toks[i].s && w.toks[i].e <= a.end)
        };
        let words = (k_last..j_first.saturating_sub(1))
            .filter(|&i| w.word(i).is_some() && !aged(i))
            .filter(|&i| !w.any(i, &["and", "ages", "aged", "years", "old"]))
            .count();
        if j == k + 1
            || words > 2
            || out[j].event.is_none()
            || spans[j].unit.is_some()
            || !(j_first >= 1 && w.is(j_first - 1, "and"))
        {
            continue;
        }
        out[k].event = out[j].event;
        for x in [k, j] {
            if out[x].scope == "total" {
                out[x].scope = "part";
            }
        }
    }
    // A part names its whole after it ("three of the six victims died"),
    // and a coordinated count its verb ("three men and two women were
    // wounded"): both take the event of the figure that follows.
    for k in (0..out.len().saturating_sub(1)).rev() {
        if out[k].event.is_some() {
            continue;
        }
        let next_first = tok[k + 1].0;
        let whole_next =
            out[k].scope == "part" && out[k].whole.is_some() && out[k].whole == spans[k + 1].value;
        // (Two clauses are not: "pulled 180 people from the water, and 50
        // remain missing"; a list is: "one man, two women, and a child
        // died".)
        let clauses = next_first >= 2 && w.mark(next_first - 2) == Some(b',') && {
            (tok[k].1..next_first - 2).any(|i| {
                w.word(i).is_some_and(|x| {
                    matches!(
                        x,
                        "from" | "in" | "at" | "to" | "on" | "into" | "off" | "with" | "by" | "for"
                    ) || past_verb(x)
                })
            })
        };
        let coordinated = next_first >= 1 && w.is(next_first - 1, "and") && !clauses;
        if whole_next {
            // "two of five people shot died": the part's verb is the
            // last event word of the clause, the whole's the first.
            let from = tok[k + 1].1;
            let cues: Vec<&'static str> = (from..w.len())
                .take_while(|&i| {
                    !w.mark(i)
                        .is_some_and(|m| matches!(m, b'.' | b';' | b',' | b'!' | b'?'))
                        && !w.word(i).is_some_and(right_stop)
                })
                .filter_map(|i| w.word(i).and_then(event_word).map(|e| refine(&w, i, e)))
                .collect();
            if let Some(e) = cues.last() {
                out[k].event = Some(e);
                out[k].counted = out[k + 1].counted.clone();
                continue;
            }
        }
        // (Not things counted beside the people: "Thirty cars were
        // damaged and 12 people were injured".)
        let things = !whole_next
            && harms_people(out[k + 1].event)
            && out[k].counted.as_deref().is_some_and(not_people);
        if (whole_next || coordinated) && !things {
            out[k].event = out[k + 1].event;
            if out[k].counted.is_none() || whole_next {
                out[k].counted = out[k + 1].counted.clone();
            }
        }
    }
    // "six people wounded -- two mortally", "Six were wounded, two
    // fatally": the fatally wounded are among the wounded, so the first
    // count is of everyone hit (`shot`), and neither is the sum of both.
    for k in 0..out.len().saturating_sub(1) {
        let after_next = tok[k + 1].1;
        if out[k].event == Some("injured")
            && out[k + 1].event.map(family) == Some("killed")
            && w.any(after_next, &["fatally", "mortally"])
        {
            out[k].event = Some("shot");
            out[k].whole = None;
            out[k + 1].whole = None;
        }
    }
    // "Six people were hurt, two seriously", "four shot, one critically":
    // the badly hurt are a part of the count before them.
    for k in 0..out.len().saturating_sub(1) {
        let after_next = tok[k + 1].1;
        let graded = ["seriously", "critically", "badly", "severely", "gravely"];
        if matches!(out[k].event, Some("injured" | "shot"))
            && out[k].scope != "part"
            && out[k + 1].event.is_none()
            && spans[k + 1].unit.is_none()
            && w.any(after_next, &graded)
            && {
                let first_next = tok[k + 1].0;
                first_next > 0 && w.mark(first_next - 1).is_some()
            }
            && spans[k]
                .value
                .zip(spans[k + 1].value)
                .is_some_and(|(whole, part)| part <= whole)
        {
            out[k + 1].event = Some(if w.is(after_next, "critically") {
                "critical"
            } else {
                "injured"
            });
            out[k + 1].scope = "part";
            out[k + 1].whole = spans[k].value;
            out[k + 1].counted = out[k].counted.clone();
        }
    }
    // "Five people -- including three children -- were injured": the
    // whole a part is included in shares the part's verb.
    for k in 0..out.len().saturating_sub(1) {
        let next_first = tok[k + 1].0;
        if out[k].event.is_none()
            && spans[k].unit.is_none()
            && out[k + 1].scope == "part"
            && out[k + 1].event.is_some()
            && out[k + 1].whole.is_some()
            && out[k + 1].whole == spans[k].value
            && w.is(next_first.saturating_sub(1), "including")
        {
            out[k].event = out[k + 1].event;
        }
    }
    // "Nonfarm payrolls rose by 303,000", "jobless claims fell 12,000
    // to 210,000": a bare count that a change verb sets on its subject
    // counts the subject (a plural noun right before the verb).
    for k in 0..out.len() {
        if spans[k].unit.is_some()
            || out[k].counted.is_some()
            || out[k].event.is_some()
            || spans[k].category == Some("age")
        {
            continue;
        }
        let mut i = tok[k].0;
        if i > 0 && w.any(i - 1, &["by", "to"]) {
            i -= 1;
        }
        // (Past the first figure of "fell 12,000 to 210,000", "fell 12%
        // to 268".)
        if k > 0
            && tok[k - 1].1 == i
            && (spans[k - 1].unit.is_none() || spans[k - 1].unit == Some("percent"))
        {
            i = tok[k - 1].0;
        }
        let changed = i > 1
            && w.any(
                i - 1,
                &[
                    "rose",
                    "fell",
                    "increased",
                    "decreased",
                    "dropped",
                    "declined",
                    "climbed",
                    "jumped",
                    "grew",
                    "slipped",
                    "gained",
                    "surged",
                    "plunged",
                    "eased",
                ],
            );
        // The subject right before the verb, or before a place it is
        // told of ("Murders in Darby fell 12% to 268").
        let place = i >= 4
            && w.toks
                .get(i - 2)
                .and_then(|t| cx.text.get(t.s..t.e))
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
            && w.any(i - 3, &["in", "at", "across"]);
        let i = if changed && place { i - 2 } else { i };
        // (A common noun: not a firm's name, "Santos rose to 5.20"; nor
        // a price that moves, "the shares climbed 3-3/8".)
        let subject = changed
            .then(|| {
                w.toks
                    .get(i - 2)
                    .and_then(|t| cx.text.get(t.s..t.e))
                    .zip(w.word(i - 2))
            })
            .flatten()
            .filter(|(t, x)| {
                // (Or a common word opening the sentence, "Murders in
                // Darby fell", whose capital says nothing.)
                (t.starts_with(|c: char| c.is_ascii_lowercase())
                    || i == 2 && {
                        use crate::extract::entities::lexicon::{COMMON, LEXICON};
                        LEXICON.get(x).is_some_and(|f| f.flags & COMMON != 0)
                            && !crate::extract::entities::lexicon::is_demonym(t)
                    })
                    && x.len() > 3
                    && x.ends_with('s')
                    && !x.ends_with("ss")
                    && !x.ends_with("us")
                    && !never_a_head(x)
                    && !matches!(
                        *x,
                        "this"
                            | "does"
                            | "figures"
                            | "shares"
                            | "stocks"
                            | "prices"
                            | "futures"
                            | "bonds"
                            | "notes"
                            | "t-notes"
                            | "bills"
                            | "yields"
                            | "rates"
                            | "contracts"
                            | "years"
                            | "months"
                    )
            })
            .map(|(_, x)| x)
            // (The head of its phrase: not "employment in manufacturing
            // industries", "the volume of packages", "the six months".)
            .filter(|_| {
                const OF: &[&str] = &["of", "in", "for", "on", "at", "from"];
                i < 3
                    || !(w.any(i - 3, OF)
                        || i > 3 && w.any(i - 4, OF)
                        || w.is_number(i - 3)
                        || w.word(i - 3)
                            .is_some_and(|p| crate::extract::numbers::is_number_word(p.as_bytes())))
            });
        if let Some(x) = subject {
            out[k].counted = Some(x.to_string());
        }
    }
    // "Dana Smith won 52,310 votes, while Lee Jones received 48,120",
    // "52,310 votes to 48,210 for Lee Jones": a bare count after a count
    // of votes, set against it ("to", "against") or taken by a rival
    // ("received", "got"), counts the rival's votes.
    if let Some(votes) = out
        .iter()
        .position(|f| f.event == Some("voted") && f.counted.as_deref() == Some("votes"))
    {
        for k in votes + 1..out.len() {
            let first = tok[k].0;
            let bare = spans[k].unit.is_none()
                && out[k].counted.is_none()
                && matches!(out[k].event, None | Some("voted"))
                && out[k].comparable
                && spans[k].category != Some("age");
            // (Right after the votes: "52,310 votes to 48,210"; not
            // "turnout rose to 61,000".)
            let set_against = first > 1
                && w.any(first - 1, &["to", "against", "versus", "vs"])
                && (w.any(first - 2, &["votes", "ballots"]) || tok[k - 1].1 == first - 1);
            let same_clause = (tok[votes].1..first).all(|i| w.mark(i) != Some(b';'));
            let taken = first > 0 && w.any(first - 1, VOTES_TAKEN);
            if bare && same_clause && (set_against || taken) {
                out[k].event = Some("voted");
                out[k].counted = Some("votes".into());
                out[k].holder = candidate(cx, &spans[k]);
            }
        }
    }
    // "prices in the South East and London fell by 1.6% and 0.5%
    // respectively": amounts listed before "respectively" belong, in
    // order, to the holders listed before them.
    // (The word within a few tokens after the last amount of the list.)
    let respectively = (0..spans.len())
        .rev()
        .find(|&k| (tok[k].1..(tok[k].1 + 4).min(w.len())).any(|i| w.is(i, "respectively")));
    if let Some(last) = respectively {
        // The amounts: the last before the word and those joined to it
        // by "and" or a comma.
        let joined = |a: usize, b: usize| {
            cx.text
                .get(spans[a].end..spans[b].start)
                .is_some_and(|g| matches!(g.trim(), "and" | "," | ", and"))
        };
        let mut first = last;
        while first > 0 && joined(first - 1, first) {
            first -= 1;
        }
        let n = last + 1 - first;
        // The holders: entities joined the same way, before the first
        // amount, the last of them nearest to it.
        let listed: Vec<&Entity> = cx
            .entities_in(cx.start, spans[first].start)
            .iter()
            .filter(|e| e.end <= spans[first].start && matches!(e.kind, "ORG" | "PERSON" | "PLACE"))
            .collect();
        // (A list says "and": "Danville, Illinois" is one place.)
        let mut group: Vec<&Entity> = Vec::new();
        let mut and = false;
        for e in listed.iter().rev() {
            let join = group
                .last()
                .map(|next| cx.text.get(e.end..next.start).unwrap_or("").trim());
            match join {
                None => {}
                Some("and" | ", and" | "and the" | ", and the") => and = true,
                Some(",") => {}
                Some(_) => {
                    group.clear();
                    and = false;
                }
            }
            group.push(e);
            if group.len() == n {
                break;
            }
        }
        if n >= 2 && and && group.len() == n && spans[first..=last].iter().all(|x| x.unit.is_some())
        {
            group.reverse();
            for (k, e) in (first..=last).zip(group) {
                out[k].holder = Some(name_of(e));
            }
        }
    }
    // "will pay a dividend of 42 cents a share, and the Halden Income
    // Fund 18 cents", "Bolt had revenue of $3.1 billion and Acme $5.2
    // billion": an amount right after "and" and another holder, its verb
    // and measure left out, is of the measure of the amount before it.
    for k in 1..out.len() {
        if out[k].measure.is_some() || spans[k].category != Some("money") {
            continue;
        }
        let Some(j) = (0..k)
            .rev()
            .find(|&j| out[j].measure.is_some() && spans[j].unit == spans[k].unit)
        else {
            continue;
        };
        let gapped = cx
            .entities_in(spans[j].end, spans[k].start)
            .iter()
            .any(|e| {
                e.end <= spans[k].start
                    && matches!(e.kind, "ORG" | "PERSON" | "PLACE")
                    && cx
                        .text
                        .get(e.end..spans[k].start)
                        .is_some_and(|g| matches!(g, " " | "'s " | "\u{2019}s "))
                    && cx.text.get(spans[j].end..e.start).is_some_and(|g| {
                        let g = g.trim_end();
                        g.ends_with(" and") || g.ends_with(" and the")
                    })
                    && out[k].holder.as_deref() != out[j].holder.as_deref()
            });
        if gapped {
            out[k].measure = out[j].measure;
        }
    }
    // "£933m ($1.78bn)", "$445.1bn (£227bn; 331bn euros)": an amount
    // restated in another currency measures what the amount does, and
    // belongs to whom it does (the report compares a conversion only for
    // a slip of scale: its rate is the writer's).
    let money = |x: &Span<'_>| x.category == Some("money") && x.unit.is_some();
    let mut conversion = vec![false; out.len()];
    for k in 1..out.len() {
        let (a, b) = (&spans[k - 1], &spans[k]);
        if money(a)
            && money(b)
            && a.unit != b.unit
            && cx
                .text
                .get(a.end..b.start)
                .is_some_and(|between| restates(between, conversion[k - 1]))
        {
            conversion[k] = true;
            if out[k].measure.is_none() {
                out[k].measure = out[k - 1].measure;
            }
            if out[k].holder.is_none() {
                out[k].holder = out[k - 1].holder.clone();
            }
        }
    }
    // "including 65 passengers and six crew members": a count joined by
    // "and" to a part, with no verb of its own between, is a part too.
    for k in 1..out.len() {
        let (from, to) = (tok[k - 1].1, tok[k].0);
        if and_joined(&w, from, to, 3)
            && out[k - 1].scope == "part"
            && out[k].scope == "total"
            && spans[k - 1].unit.is_none()
            && spans[k].unit.is_none()
        {
            out[k].scope = "part";
            if out[k].whole.is_none() {
                out[k].whole = out[k - 1].whole;
            }
        }
    }
    // "wounding two officers and three other civilians", "arrested two
    // juveniles and two adults": a count joined by "and" to the object
    // of an active verb of its event, with no verb of its own, is that
    // verb's object too.
    for k in 1..out.len() {
        let (a, b) = (&spans[k - 1], &spans[k]);
        if out[k].event.is_some()
            || a.unit.is_some()
            || b.unit.is_some()
            || a.category == Some("age")
            || b.category == Some("age")
        {
            continue;
        }
        let Some(event) = out[k - 1].event else {
            continue;
        };
        let (mut first, from) = tok[k - 1];
        // (Past a possessive: "injuring his two children and four
        // other people".)
        if first > 1 && w.any(first - 1, &["his", "her", "their"]) {
            first -= 1;
        }
        let active = first > 0
            && active_verb_event(&w, first - 1) == Some(event)
            && !(first > 1 && w.word(first - 2).is_some_and(auxiliary));
        if active && and_joined(&w, from, tok[k].0, 4) {
            out[k].event = Some(event);
            // "wounding two officers and three other people": the others
            // are beside the first, and both are parts of their sum.
            if out[k - 1].scope == "total" && out[k].scope == "other" {
                let sum = a.value.zip(b.value).map(|(x, y)| x + y);
                for f in &mut out[k - 1..=k] {
                    f.scope = "part";
                    f.whole = sum;
                }
            }
        }
    }
    // "29 children wounded and eleven killed" over two years: counts
    // coordinated in one tally share its scope, though the words that
    // widen it lie beyond the reach of one of them.
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.event.is_none()
            || b.event.is_none()
            || a.comparable == b.comparable
            || spans[k - 1].unit.is_some()
            || spans[k].unit.is_some()
        {
            continue;
        }
        let from = tok[k - 1].1;
        let to = tok[k].0;
        let coordinated = to > from
            && to - from <= 4
            && w.is(to - 1, "and")
            && (from..to).all(|i| w.word(i).is_some() || w.mark(i) == Some(b','))
            && (from..to - 1).all(|i| !w.any(i, &["and", "while", "but", "including"]));
        if coordinated {
            out[k - 1].comparable = false;
            out[k].comparable = false;
        }
    }
    kinds_of_one_noun(cx, spans, &mut out);
    // "Nine people were shot and one man was killed": the dead may be
    // beside the shot as well as among them, so the sum is a whole the
    // text allows (not "four shot, one fatally", whose dead are a part).
    for k in 0..out.len() {
        if out[k].event != Some("shot")
            || out[k].scope != "total"
            || out[k].whole.is_some()
            || spans[k].unit.is_some()
        {
            continue;
        }
        let Some(j) = (k + 1..out.len()).find(|&j| spans[j].category != Some("age")) else {
            continue;
        };
        let (from, to) = (tok[k].1, tok[j].0);
        let joined = to > from
            && to - from <= 6
            && (from..to).any(|i| w.is(i, "and"))
            && (from..to).all(|i| w.word(i).is_some() || w.mark(i) == Some(b','));
        if joined
            && spans[j].unit.is_none()
            && out[j].event.map(family) == Some("killed")
            && out[j].scope == "total"
            // (A dead of their own: "and one man was killed"; not "and
            // one died later", "and one of them died", the shot's dead.)
            && spans[j]
                .noun
                .and_then(|(s, e)| cx.text.get(s..e))
                .and_then(|n| n.split_whitespace().next())
                .is_some_and(|n| event_word(&n.to_ascii_lowercase()).is_none())
            && !w.is(tok[j].1, "of")
        {
            out[k].whole = spans[k].value.zip(spans[j].value).map(|(a, b)| a + b);
        }
    }
    for f in &mut out {
        // "more than 1,000 shootings ... and 133 children killed": a
        // count of incidents is no count of their victims.
        if not_shots(f) || f.counted.as_deref().is_some_and(|c| INCIDENTS.contains(&c)) {
            f.event = None;
        }
    }
    out
}

/// Whether the text `between` two amounts of different currencies makes
/// the second a restatement of the first: an opening bracket ("£933m
/// ($1.78bn)"), or a separator after a restatement (`after_restatement`:
/// "(£227bn; 331bn euros)").
pub(crate) fn restates(between: &str, after_restatement: bool) -> bool {
    !between.is_empty()
        && between
            .bytes()
            .all(|c| matches!(c, b'(' | b';' | b',' | b'/' | b' '))
        && (between.contains('(') || after_restatement)
}

/// "found two rifles", "from more than one shooter": the guns and the
/// gunmen are not the shots fired, whatever event a neighbour lends them.
fn not_shots(f: &Frame) -> bool {
    f.event == Some("fired")
        && f.counted.as_deref().is_some_and(|c| {
            matches!(
                c,
                "rifles"
                    | "guns"
                    | "handguns"
                    | "pistols"
                    | "shotguns"
                    | "weapons"
                    | "firearms"
                    | "shooters"
                    | "gunmen"
                    | "suspects"
            )
        })
}

/// The sentence's words, with their lower-case forms.
struct Words<'a> {
    toks: &'a [Tok],
    /// The lowered copy of the text the tokens were read from, which
    /// starts at byte `base` of the document (ASCII lowering keeps every
    /// byte offset).
    lower: &'a str,
    base: usize,
}

impl<'a> Words<'a> {
    /// The lower-case form of token `i`, of any kind.
    fn text(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        Some(
            self.lower
                .get(t.s - self.base..t.e - self.base)
                .unwrap_or(""),
        )
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|_| self.text(i))
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }
    fn any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|x| ws.contains(&x))
    }
    fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Number)
    }
    fn mark(&self, i: usize) -> Option<u8> {
        match self.toks.get(i)?.kind {
            Kind::Mark(m) => Some(m),
            _ => None,
        }
    }
    /// Whether token `i` is a dash set off by a space before it (" - ",
    /// " -- ", " — "), not the hyphen of "17-year-old".
    fn spaced_dash(&self, i: usize) -> bool {
        self.mark(i) == Some(b'-')
            && self.toks.get(i).is_some_and(|t| {
                t.s > self.base && self.lower.as_bytes().get(t.s - self.base - 1) == Some(&b' ')
            })
    }
    fn len(&self) -> usize {
        self.toks.len()
    }
}

/// Each word of a `(name, words)` table mapped to its name (the first
/// name listing it), for one hash lookup per token instead of a walk
/// through every list.
fn word_index(
    table: &[(&'static str, &[&'static str])],
) -> rustc_hash::FxHashMap<&'static str, &'static str> {
    let mut map = rustc_hash::FxHashMap::default();
    for (name, words) in table {
        for w in *words {
            map.entry(*w).or_insert(*name);
        }
    }
    map
}

static EVENT_OF_WORD: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| word_index(EVENTS));

static MEASURE_OF_WORD: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| word_index(MEASURES));

/// Whether a word (lower case) names a sum of money of the measure
/// vocabulary ([`MEASURES`]): "losses", "revenue", "debt", "dividend".
pub(super) fn names_a_sum(w: &str) -> bool {
    MEASURE_OF_WORD.get(w).is_some_and(|m| {
        matches!(
            *m,
            "revenue"
                | "dividend"
                | "net profit"
                | "cost"
                | "debt"
                | "deficit"
                | "surplus"
                | "assets"
                | "reserves"
                | "tax"
                | "damages"
                | "pay"
                | "takings"
                | "exports"
                | "imports"
        )
    })
}

/// The event a word signals.
fn event_word(w: &str) -> Option<&'static str> {
    EVENT_OF_WORD.get(w).copied()
}

/// Words that end the reach of a figure on its right.
fn right_stop(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "while"
            | "after"
            | "before"
            | "until"
            | "when"
            | "because"
            | "as"
            | "who"
            | "which"
            | "that"
    )
}

/// Words that end the reach of a figure on its left.
fn left_stop(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "while" | "or" | "after" | "when" | "because" | "who" | "which" | "that"
    )
}

/// Whether an event word at `i` is used in another sense near the figure
/// that starts at token `first`: bodies that are organisations ("20
/// national Olympic bodies", "the appointed bodies"), an obituary's
/// "survived by", "missing" as a verb of lacking ("are missing 14
/// players", "missing three tests"), "critical" before a noun ("eight
/// critical patches"), and lives saved ("would save 65 lives").
fn false_cue(w: &Words<'_>, i: usize, first: usize) -> bool {
    let Some(x) = w.word(i) else {
        return false;
    };
    match x {
        "bodies" => {
            i > 0
                && w.any(
                    i - 1,
                    &[
                        "appointed",
                        "governing",
                        "public",
                        "national",
                        "international",
                        "regulatory",
                        "legislative",
                        "professional",
                        "sporting",
                        "sports",
                        "official",
                        "representative",
                        "statutory",
                        "advisory",
                        "elected",
                        "local",
                        "government",
                        "industry",
                        "trade",
                        "olympic",
                        "celestial",
                        "heavenly",
                        "standards",
                        "umbrella",
                        "oversight",
                    ],
                )
        }
        "survived" => w.is(i + 1, "by"),
        "missing" => i < first,
        "critical" => w.word(i + 1).is_some_and(|n| {
            !matches!(
                n,
                "condition"
                    | "conditions"
                    | "injuries"
                    | "injury"
                    | "wounds"
                    | "but"
                    | "and"
                    | "or"
                    | "at"
                    | "in"
                    | "after"
                    | "with"
                    | "on"
                    | "from"
                    | "following"
                    | "while"
                    | "when"
                    | "as"
                    | "by"
                    | "state"
                    | "of"
                    | "to"
                    | "this"
                    | "today"
                    | "tonight"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            )
        }),
        "lives" => {
            first > 0
                && w.any(
                    first - 1,
                    &["save", "saves", "saved", "saving", "spare", "spared"],
                )
        }
        // "claimed" takes lives ("the war has claimed 70,000 lives"), but
        // a speaker claims what a clause says ("organisers claimed 50,000
        // marched", "police claimed 20 people were arrested"): a speaker
        // before it, or a verb of the count's own after the figure.
        "claimed" => {
            // (A speaker: the lexicons' pronouns and bodies that speak,
            // and sides of a dispute.)
            let speaks = |j: usize| {
                w.word(j).is_some_and(|x| {
                    use crate::extract::entities::lexicon::{BODY, LEXICON, PRONOUN};
                    LEXICON
                        .get(x)
                        .is_some_and(|f| f.flags & (PRONOUN | BODY) != 0)
                        || matches!(
                            x,
                            "union" | "unions" | "critics" | "opponents" | "rebels" | "militants"
                        )
                })
            };
            let speaker = i > 0 && speaks(i - 1);
            // "the 40,000 claimed by the union": a speaker as the agent
            // after it ("the 20 lives claimed by the floods" are deaths).
            let agent = i > first && w.is(i + 1, "by") && {
                let j = if w.any(i + 2, &["the", "its", "their", "a"]) {
                    i + 3
                } else {
                    i + 2
                };
                speaks(j)
            };
            let clause = i < first
                && (first + 1..(first + 5).min(w.len()))
                    // (Not a relative clause's: "claimed the two teenage
                    // victims who were injured".)
                    .take_while(|&j| w.mark(j).is_none() && !w.any(j, &["who", "that", "which"]))
                    .any(|j| {
                        w.word(j).is_some_and(|y| {
                            matches!(y, "were" | "was" | "are" | "is" | "had" | "have" | "would")
                                || (y.len() > 4 && y.ends_with("ed"))
                        })
                    });
            // "claimed Kaplan made three errors": a clause of its own
            // between the verb and the figure. (A qualifier, "over
            // 70,000", is the figure's own.)
            let between = i < first
                && (i + 1..first).any(|j| {
                    w.word(j).is_some_and(|y| {
                        !matches!(
                            y,
                            "the"
                                | "a"
                                | "an"
                                | "lives"
                                | "life"
                                | "of"
                                | "another"
                                | "now"
                                | "already"
                        )
                    })
                });
            speaker || clause || between || agent
        }
        _ => false,
    }
}

/// Whether the event word at `i` is what someone is accused of
/// ("accused of killing two men", "pleaded guilty to shooting three"):
/// the count of a charge, not the toll of the event.
fn accused_of(w: &Words<'_>, i: usize) -> bool {
    const ACCUSED: &[&str] = &[
        "accused",
        "charged",
        "convicted",
        "guilty",
        "suspected",
        "indicted",
        "acquitted",
        "admitted",
        "sentenced",
        "arrested",
    ];
    i >= 2 && w.any(i - 1, &["of", "with", "to", "for"]) && w.any(i - 2, ACCUSED)
}

/// The event of the figure at tokens `[first, last)`. The object of an
/// active verb of the event just before it ("who killed his girlfriend
/// has been sentenced", "accused of killing two women and wounding three
/// others pleaded not guilty") takes that verb, not the law's verb of the
/// sentence's subject after it.
fn event_of(
    w: &Words<'_>,
    first: usize,
    last: usize,
    prev_end: usize,
    next_start: usize,
) -> Option<(&'static str, usize)> {
    let found = event_near(w, first, last, prev_end, next_start);
    let legal = |e: &str| matches!(e, "charged" | "convicted" | "arrested" | "surrendered");
    // ("killed two, injured 5": a verb after a comma is the next
    // figure's, so the verb before keeps its object too.)
    let listed = last < w.len() && w.mark(last) == Some(b',');
    if let Some((e, at)) = found.filter(|&(e, at)| at >= last && (legal(e) || listed) && first >= 1)
    {
        let i = first - 1;
        let object_of = w.word(i).and_then(|x| {
            let active = (x.ends_with("ed") || x.ends_with("ing"))
                && !(i >= 1
                    && w.any(
                        i - 1,
                        &[
                            "was", "were", "is", "are", "be", "been", "being", "get", "got",
                        ],
                    ));
            event_word(x)
                .filter(|&v| active && !legal(v) && v != "fired" && !false_cue(w, i, first))
        });
        return Some(match object_of {
            Some(_) if accused_of(w, i) => ("charged", i),
            Some(v) => (refine(w, i, v), i),
            None => (e, at),
        });
    }
    found
}

/// An age written as a word ("16-year-old", "17-year-olds"): whether
/// it is the plural noun, None when it is no such word.
fn age_word(t: &str) -> Option<bool> {
    let t = t.as_bytes();
    let ends = |s: &[u8]| t.len() >= s.len() && t[t.len() - s.len()..].eq_ignore_ascii_case(s);
    if ends(b"-old") {
        Some(false)
    } else if ends(b"-olds") {
        Some(true)
    } else {
        None
    }
}

/// The event of a verb in an active form at `verb` ("killed",
/// "wounding", "shot", "arrested").
fn active_verb_event(w: &Words<'_>, verb: usize) -> Option<&'static str> {
    w.word(verb)
        .filter(|x| x.ends_with("ed") || x.ends_with("ing") || *x == "shot")
        .and_then(event_word)
}

/// Whether the tokens `[from, to)` between two figures are at most
/// `max` words ending on "and", none of them an event or an auxiliary:
/// the second figure is listed beside the first, with no verb of its
/// own.
fn and_joined(w: &Words<'_>, from: usize, to: usize, max: usize) -> bool {
    to > from
        && to - from <= max
        && w.is(to - 1, "and")
        && (from..to - 1).all(|i| {
            w.word(i)
                .is_some_and(|x| event_word(x).is_none() && !auxiliary(x))
        })
}

/// Whether the figure at token `first` is the second object of a verb
/// of harm at `verb`, after one person: "killed his wife and two
/// children", "shot a man and their three sons". The figure then counts
/// a part of those the verb befell.
fn second_object(w: &Words<'_>, verb: usize, first: usize) -> bool {
    const POSSESSIVE: &[&str] = &["his", "her", "their"];
    let and = if w.any(first.saturating_sub(1), POSSESSIVE) {
        first.saturating_sub(2)
    } else {
        first.saturating_sub(1)
    };
    active_verb_event(w, verb).is_some_and(|e| matches!(e, "killed" | "shot" | "injured"))
        && !false_cue(w, verb, first)
        && verb + 2 < and
        && w.is(and, "and")
        && w.any(verb + 1, &["his", "her", "their", "a", "an"])
        && (verb + 1..first).all(|k| w.word(k).is_some())
}

/// "75 full-time and four part-time employees", "12 male and 10 female
/// students": counts told apart by an adjective each share the noun
/// written once, after the last, and are parts of their sum (of the
/// count of either, with "or"). The first count's word is an adjective
/// when it is no plural after a count above one ("three men and two
/// women" are two nouns), nor an event ("two dead and three injured").
fn kinds_of_one_noun(cx: &SentenceCx<'_>, spans: &[Span<'_>], out: &mut [Frame]) {
    for k in 1..out.len() {
        let (a, b) = (&spans[k - 1], &spans[k]);
        if a.unit.is_some()
            || b.unit.is_some()
            || a.category == Some("age")
            || b.category == Some("age")
            || out[k].counted.is_none()
        {
            continue;
        }
        let (Some((ns, ne)), Some((bs, be))) = (a.noun, b.noun) else {
            continue;
        };
        let (Some(adj), Some(joint), Some(noun)) = (
            cx.text.get(ns..ne),
            cx.text.get(ne..b.start),
            cx.text.get(bs..be),
        ) else {
            continue;
        };
        let and = match joint.trim() {
            "and" => true,
            "or" => false,
            _ => continue,
        };
        let adjective = adj.len() > 1
            && adj.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && (adj.contains('-') || a.value.is_some_and(|v| v > 1.0))
            && !plural_form(adj)
            && plural(adj) != adj
            && event_word(adj).is_none();
        // The second count's phrase: its own adjective, then the noun.
        let mut words = noun.split_whitespace();
        let own = words.next().is_some_and(|x| !x.eq_ignore_ascii_case(adj));
        if !adjective || !own || words.next().is_none() {
            continue;
        }
        out[k - 1].counted = out[k].counted.clone();
        if out[k - 1].event.is_none() {
            out[k - 1].event = out[k].event;
        }
        let whole = if and {
            a.value.zip(b.value).map(|(x, y)| x + y)
        } else {
            None
        };
        for f in [k - 1, k] {
            if out[f].scope != "other" {
                out[f].scope = "part";
                out[f].whole = out[f].whole.or(whole);
            }
        }
    }
}

/// One person joined to a count by the "and" at `i`: "and a woman",
/// "and their father", "and a 16-year-old boy". The token after the
/// person's noun, or None.
fn coordinated_one(w: &Words<'_>, i: usize) -> Option<usize> {
    if !w.any(i + 1, ONE_PERSON) {
        return None;
    }
    (i + 2..(i + 5).min(w.len()))
        .take_while(|&j| w.mark(j).is_none())
        .find(|&j| {
            // (Not a noun of its own in a list of one person: "an adult
            // male"; after "and", "and an adult were shot".)
            w.word(j)
                .is_some_and(|x| x == "adult" || super::PERSON_NOUNS.binary_search(&x).is_ok())
        })
        .map(|j| j + 1)
}

/// The words that open one person's noun phrase: "a woman", "his wife".
const ONE_PERSON: &[&str] = &["a", "an", "one", "his", "her", "their"];

/// One person joined before a count by the "and" before `first`: "a
/// woman and three children", "his wife and two sons", "a six-year-old
/// and three others" (a determiner of one, up to three words before the
/// person's noun, and no mark between).
fn one_before(w: &Words<'_>, first: usize) -> bool {
    let Some(noun) = first.checked_sub(2).filter(|&n| w.is(n + 1, "and")) else {
        return false;
    };
    let person = w.word(noun).is_some_and(|x| {
        x == "adult" || x.ends_with("-old") || super::PERSON_NOUNS.binary_search(&x).is_ok()
    });
    // (An age between: "a 16-year-old boy and two men".)
    let age = |j: usize| w.is_number(j) || w.mark(j) == Some(b'-');
    person
        && (noun.saturating_sub(6)..noun)
            .rev()
            .take_while(|&j| w.word(j).is_some() || age(j))
            .filter(|&j| w.word(j).is_some())
            .take(3)
            .any(|j| w.any(j, ONE_PERSON))
}

/// [`event_of`] without the object's verb.
fn event_near(
    w: &Words<'_>,
    first: usize,
    last: usize,
    prev_end: usize,
    next_start: usize,
) -> Option<(&'static str, usize)> {
    // Right: the counted noun and its verb ("3 people were killed",
    // "4 injured in", "two fatally", "3 deaths").
    let mut i = last;
    let mut seen = 0;
    // The next figure ends the search, unless it is inside an aside
    // stepped over ("Three people, including a 15-year-old girl, were
    // wounded").
    // A count opening an aside ("two men and two women"), and the verbs
    // of a subject after its aside.
    let count_at = |k: usize| {
        w.is_number(k)
            || w.word(k)
                .and_then(|x| crate::extract::numbers::simple_number_word(x.as_bytes()))
                .is_some()
    };
    const VERB_AFTER_ASIDE: &[&str] = &["were", "was", "are", "have", "had", "died", "remain"];
    let mut limit = next_start.min(w.len());
    while i < limit && seen < 7 {
        if let Some(m) = w.mark(i) {
            if matches!(m, b'.' | b';' | b'!' | b'?' | b'"' | b'(' | b')' | b':') {
                break;
            }
            if m == b',' && seen > 0 && w.any(i + 1, &["ages", "aged"]) {
                // "Three other men, ages 25, 26, and 33, were injured":
                // step over the list of ages to the verb.
                let mut j = i + 2;
                while j < next_start.min(w.len())
                    && (w.is_number(j) || w.mark(j) == Some(b',') || w.is(j, "and"))
                {
                    j += 1;
                }
                if j > i + 2 && w.mark(j - 1) == Some(b',') {
                    i = j;
                    continue;
                }
                break;
            }
            // "Two men - including a 17-year-old high school senior -
            // are dead": a parenthetical between dashes set off by
            // spaces, stepped over as one between commas is.
            // So are counts in apposition: "Three people -- two men and
            // a woman -- were shot".
            if m == b'-' && seen > 0 && w.spaced_dash(i) {
                let mut k = i + 1;
                while w.mark(k) == Some(b'-') {
                    k += 1;
                }
                let aside = w.any(k, &["including", "among"]);
                let counts = count_at(k);
                let close = (k + 1..(k + 16).min(w.len())).find(|&j| w.spaced_dash(j));
                if let Some(j) = close.filter(|_| aside || counts) {
                    let mut after = j + 1;
                    while w.mark(after) == Some(b'-') {
                        after += 1;
                    }
                    if aside || w.any(after, VERB_AFTER_ASIDE) {
                        i = after;
                        limit = w.len();
                        continue;
                    }
                }
            }
            if m == b',' && seen > 0 {
                // "Four people, including the gunman, died": step over a
                // parenthetical to the verb.
                let aside = w.any(
                    i + 1,
                    &[
                        "including",
                        "among",
                        "all",
                        "both",
                        "most",
                        "police",
                        "officials",
                        "authorities",
                        "according",
                        "mostly",
                        "many",
                        "investigators",
                        "ranging",
                    ],
                );
                // "Four people, two men and two women, were shot": counts
                // in apposition, before the subject's verb.
                let counts = count_at(i + 1) && seen > 0;
                let close = (i + 2..(i + 10).min(w.len())).find(|&j| w.mark(j) == Some(b','));
                match close {
                    Some(j) if aside || (counts && w.any(j + 1, VERB_AFTER_ASIDE)) => {
                        i = j + 1;
                        limit = w.len();
                        continue;
                    }
                    _ => break,
                }
            }
            i += 1;
            continue;
        }
        let Some(x) = w.word(i) else {
            break;
        };
        // "two men accused of killing a boy": the accused, a count of a
        // charge, not of the dead.
        if matches!(x, "accused" | "suspected" | "indicted")
            && w.any(i + 1, &["of", "in"])
            && i.checked_sub(1)
                .and_then(|j| w.word(j))
                .is_some_and(|p| plural_form(p) || auxiliary(p))
        {
            return Some(("charged", i));
        }
        if right_stop(x) {
            // "Two men and a woman were killed": one more person of the
            // subject, stepped over to its verb.
            if let Some(j) = (x == "and" && seen > 0)
                .then(|| coordinated_one(w, i))
                .flatten()
            {
                i = j;
                seen += 1;
                continue;
            }
            break;
        }
        // "lives" counts the dead as the figure's own noun ("two lives")
        // or as what someone lost ("lost their lives"), not in "one person
        // with a gun can devastate lives".
        let stray_lives =
            x == "lives" && seen > 1 && !w.any(i - 1, &["their", "his", "her", "more"]);
        // "one lives in Charleston": the verb of a clause of its own, after
        // one (a count of lives is plural: "one life").
        if x == "lives" && seen == 0 && w.any(first, &["one", "1"]) {
            break;
        }
        if let Some(e) = in_hospital(w, i, last) {
            return Some((e, i));
        }
        // "two people held in the killing": held by the police, the
        // count of the arrested, not of the dead.
        const HELD_IN: &[&str] = &[
            "killing",
            "killings",
            "death",
            "deaths",
            "shooting",
            "shootings",
            "slaying",
            "murder",
            "connection",
            "custody",
            "questioning",
            "bail",
            "bond",
        ];
        if x == "held"
            && w.any(i + 1, &["in", "for", "over", "without", "on"])
            && (w.any(i + 2, HELD_IN) || (w.any(i + 2, &["the", "a"]) && w.any(i + 3, HELD_IN)))
        {
            return Some(("arrested", i));
        }
        // "two of the wounded had died": the group the part is drawn
        // from; the part's own verb follows it.
        // (Not shots: "hit by one of the bullets and died".)
        if i == last + 2
            && w.is(last, "of")
            && w.is(last + 1, "the")
            && event_word(x).is_some_and(|e| e != "fired")
        {
            let verb = (i + 1..(i + 4).min(next_start).min(w.len()))
                .take_while(|&j| w.word(j).is_some())
                .find_map(|j| w.word(j).and_then(event_word).map(|e| (e, j)));
            if let Some((e, j)) = verb {
                return Some((refine(w, j, e), j));
            }
        }
        if let Some(e) = event_word(x).filter(|_| !stray_lives && !false_cue(w, i, first)) {
            // "four felony wounding charges": the charges' name.
            if w.any(i + 1, &["charges", "charge", "counts"]) {
                return Some(("charged", i));
            }
            // A shot, a bullet or a casing tells the event only as the
            // figure's own noun ("30 shots", "12 casings"), not after
            // another's ("Two people were grazed by bullets").
            // "dozens of spent shell casings": after the figure's "of".
            let from = last + usize::from(w.is(last, "of"));
            let own_noun = i < from + 3
                && (from..i).all(|k| {
                    w.word(k).is_some_and(|y| {
                        !matches!(
                            y,
                            "were"
                                | "was"
                                | "are"
                                | "is"
                                | "by"
                                | "from"
                                | "with"
                                | "into"
                                | "in"
                                | "at"
                                | "of"
                                | "and"
                                | "had"
                                | "have"
                                | "been"
                        )
                    })
                });
            if e != "fired" || x == "fired" || own_noun {
                return Some((refine(w, i, e), i));
            }
        }
        if hit_by_gunfire(w, i) || hit_alone(w, i) {
            return Some(("shot", i));
        }
        if let Some(e) = gathered_or_released(w, i) {
            return Some((e, i));
        }
        seen += 1;
        i += 1;
    }
    // The subject of its sentence, its verb past a long modifier: "Four
    // men coming from a repast to honor a slain friend were shot", "Two
    // men who were leaving a party were wounded". The last passive of
    // an event in the clause (no comma on the way) is the subject's.
    // (Opening the sentence, or after a dateline's dash or bullet only:
    // "ST. LOUIS • Four men ...".)
    let words_before = || (0..first).filter(|&k| w.word(k).is_some()).take(4).count();
    let dateline = || {
        let (Some(a), Some(b)) = (w.toks.get(first - 1), w.toks.get(first)) else {
            return false;
        };
        w.lower
            .get(a.e - w.base..b.s - w.base)
            .is_some_and(|gap| ["•", "—", "–", "--", " - "].iter().any(|d| gap.contains(d)))
    };
    let opens = prev_end == 0 && {
        let n = words_before();
        n == 0 || n == 1 && w.is(0, "the") || n <= 3 && dateline()
    };
    if opens {
        let end = next_start.min(w.len()).min(last + 20);
        let mut found = None;
        for j in last..end {
            // (The clause ends at a mark, a reporting verb or a
            // conjunction: "Two sources said the weapon was fired",
            // "men were arguing when shots were fired".)
            if w.mark(j).is_some()
                || w.any(
                    j,
                    &[
                        "said", "says", "say", "told", "think", "believe", "added", "when",
                        "where", "while", "because", "after", "before", "if", "but", "and", "as",
                    ],
                )
            {
                break;
            }
            // (The main verb may be a hospital's: "Two others who were
            // shot showed up at the emergency room".)
            if let Some(e) = in_hospital(w, j, last) {
                found = Some((e, j));
                continue;
            }
            // (Or death, after the clause of how they were hurt: "Two
            // men who were hit inside the store died", "Two people who
            // were shot Saturday have died".)
            if w.is(j, "died") && j > last + 1 {
                found = Some(("died", j));
                continue;
            }
            if !w.any(j, &["was", "were", "is", "are", "been"]) {
                continue;
            }
            // (An adverb between: "were critically wounded".)
            let k = if w.word(j + 1).is_some_and(|x| x.ends_with("ly")) {
                j + 2
            } else {
                j + 1
            };
            if let Some(e) = w
                .word(k)
                .and_then(event_word)
                .filter(|_| k < end && !false_cue(w, k, first))
            {
                found = Some((refine(w, k, e), k));
            }
        }
        if found.is_some() {
            return found;
        }
    }
    // "killed his wife and two children", "shot a man and three women":
    // the figure is the second object of the verb before the first.
    if let Some(j) = (first.saturating_sub(6)..first.saturating_sub(2))
        .rev()
        .find(|&j| j >= prev_end && second_object(w, j, first))
    {
        if let Some(e) = w.word(j).and_then(event_word) {
            return Some((refine(w, j, e), j));
        }
    }
    // Left: a verb taking the figure as object ("killed 3 people",
    // "left 3 dead" is found on the right), or a noun phrase ending in
    // "of" ("the deaths of 3"), at most three words back.
    let mut i = first;
    let mut seen = 0;
    while i > prev_end && seen < 3 {
        i -= 1;
        if let Some(m) = w.mark(i) {
            if matches!(
                m,
                b'.' | b';' | b'!' | b'?' | b'"' | b',' | b'(' | b')' | b':'
            ) {
                break;
            }
            continue;
        }
        let Some(x) = w.word(i) else {
            break;
        };
        if left_stop(x) {
            break;
        }
        // "after being shot by two men", "killed by two gunmen": the
        // agent of a passive, those who did it, not those it befell.
        // (Not those who attend or vote: "attended by 100 people".)
        if seen == 0
            && x == "by"
            && i >= 1
            && w.word(i - 1).and_then(event_word).is_some_and(|e| {
                matches!(
                    e,
                    "killed" | "died" | "injured" | "shot" | "fired" | "critical"
                )
            })
        {
            return None;
        }
        // "fired 20 shots, hitting five people", "striking three
        // bystanders", "hitting five other people": the people the shots
        // hit. Only people: "hitting three home runs", "striking out 12
        // batters" count no victims.
        if seen == 0
            && w.any(i, &["hitting", "striking", "grazing"])
            && (last..(last + 3).min(w.len()))
                .take_while(|&k| w.word(k).is_some())
                .any(|k| {
                    w.any(
                        k,
                        &[
                            "people",
                            "persons",
                            "victims",
                            "bystanders",
                            "men",
                            "women",
                            "children",
                            "teens",
                            "teenagers",
                            "officers",
                            "others",
                            "passersby",
                            "pedestrians",
                        ],
                    )
                })
        {
            // A bullet that grazed wounded.
            if w.is(i, "grazing") {
                return Some(("injured", i));
            }
            return Some(("shot", i));
        }
        if let Some(e) = event_word(x).filter(|_| !false_cue(w, i, first)) {
            if accused_of(w, i) {
                return Some(("charged", i));
            }
            if x != "toll" || seen == 0 {
                return Some((refine(w, i, e), i));
            }
        }
        // "claimed the life of one driver", "took the life of a man":
        // one life taken is one death, as lives are.
        if x == "of"
            && seen == 0
            && i >= 3
            && w.is(i - 1, "life")
            && w.is(i - 2, "the")
            && w.any(
                i - 3,
                &[
                    "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking",
                ],
            )
        {
            return Some(("died", i - 1));
        }
        seen += 1;
    }
    // The subject of a verb leading to the figure: "The death toll from
    // the floods rose to 31", "the number of people killed stands at 5".
    let mut i = first;
    let mut verb = false;
    let mut seen = 0;
    while i > prev_end && seen < 14 {
        i -= 1;
        if let Some(m) = w.mark(i) {
            if matches!(m, b'.' | b';' | b'!' | b'?' | b'"') {
                break;
            }
            continue;
        }
        let Some(x) = w.word(i) else {
            break;
        };
        if matches!(
            x,
            "rose"
                | "risen"
                | "rises"
                | "climbed"
                | "reached"
                | "stood"
                | "stands"
                | "is"
                | "was"
                | "now"
                | "hit"
                | "increased"
                | "grew"
                | "jumped"
                | "totals"
                | "totaled"
                | "totalled"
        ) {
            verb = true;
        } else if i + 1 == first
            && matches!(x, "were" | "are")
            && w.word(last)
                .is_some_and(|n| !right_stop(n) && !n.starts_with("year"))
        {
            // The subject after its predicate: "Also injured in the
            // shooting were three men", "Killed were two teens"; a count
            // of people, never a list of ages ("were 19, 21 and 22").
            verb = true;
        } else if left_stop(x) {
            break;
        } else if verb {
            if let Some(e) = event_word(x).filter(|_| !false_cue(w, i, first)) {
                return Some((refine(w, i, e), i));
            }
        }
        seen += 1;
    }
    None
}

/// "were taken to the hospital", "went to a hospital", "five people in
/// the hospital", "in hospital", "needing hospital treatment": those taken to hospital, or the injured
/// when their wounds follow ("in the hospital with gunshot wounds").
/// Not "at the hospital", where the dead are pronounced and reporters
/// wait.
///
/// The figure ends before `from`: "taken to two hospitals" counts
/// hospitals, not people.
fn in_hospital(w: &Words<'_>, i: usize, from: usize) -> Option<&'static str> {
    // (Or its emergency room, its trauma centre.)
    let ward = i >= 1
        && (w.is(i, "room") && w.is(i - 1, "emergency")
            || w.any(i, &["center", "centre"]) && w.is(i - 1, "trauma"));
    if !w.any(i, &["hospital", "hospitals"]) && !ward {
        return None;
    }
    // "to the hospital", "to a local hospital", "to area hospitals", "to
    // Grady Memorial Hospital"; "in hospital", "in the hospital".
    let before = |n: usize| {
        i.checked_sub(n)
            .filter(|&j| j >= from && (j + 1..i).all(|k| w.word(k).is_some()))
    };
    let to = (1..=4).filter_map(before).any(|j| w.is(j, "to"));
    let inside = (1..=2)
        .filter_map(before)
        .any(|j| w.is(j, "in") && (j + 1..i).all(|k| w.any(k, &["the", "a"])));
    // "33 people needing hospital treatment", "required hospital care".
    let treated = w.any(i + 1, &["treatment", "care"])
        && (1..=2).filter_map(before).any(|j| {
            w.any(
                j,
                &[
                    "needing",
                    "needed",
                    "need",
                    "requiring",
                    "required",
                    "require",
                    "receiving",
                    "received",
                ],
            )
        });
    if !to && !inside && !treated {
        return None;
    }
    // "were taken to the hospital, where one died": a count of the dead
    // and the living together, neither of them.
    let died_there = (i + 1..(i + 10).min(w.len()))
        .skip_while(|&k| w.mark(k).is_some())
        .take(1)
        .any(|k| w.is(k, "where"))
        && (i + 2..(i + 12).min(w.len()))
            .any(|k| w.word(k).and_then(event_word).map(family) == Some("killed"));
    if died_there {
        return None;
    }
    let wounds = (i + 1..(i + 5).min(w.len()))
        .take_while(|&k| w.mark(k).is_none_or(|m| m == b'-'))
        .any(|k| w.word(k).and_then(event_word) == Some("injured"));
    Some(if wounds { "injured" } else { "hospitalised" })
}

/// Whether a word before token `first` tells of a killing ("one man is
/// dead and three others ...", "kills one, critically injures another").
fn killed_before(w: &Words<'_>, first: usize) -> bool {
    (0..first).any(|i| {
        w.word(i)
            .and_then(event_word)
            .map(|e| family(refine(w, i, e)))
            == Some("killed")
    })
}

/// "hit by gunfire", "struck by a stray bullet": shot, said another way.
fn hit_by_gunfire(w: &Words<'_>, i: usize) -> bool {
    w.any(i, &["hit", "struck"])
        && w.is(i + 1, "by")
        && (i + 2..(i + 5).min(w.len())).any(|j| w.any(j, super::GUNFIRE_WORDS))
}

/// "Seven people were hit, including three ...": a count of the people
/// a shooting hit, said without the gunfire. Not "hit by a car" (what
/// hit them is told, and read by [`hit_by_gunfire`]), nor "hit a
/// record" (no passive).
fn hit_alone(w: &Words<'_>, i: usize) -> bool {
    w.any(i, &["hit", "struck"])
        && i > 0
        && w.any(i - 1, &["were", "was", "been"])
        && !w.is(i + 1, "by")
        && w.word(i + 1)
            .is_none_or(|n| matches!(n, "in" | "including"))
}

/// Two states a count of people may be in besides the event's: "were
/// released from the hospital" (discharged), "were at the party" (those
/// present, `attended`). Each is read after a form of "be" or the
/// participle itself: "200 people were at the party", "three were
/// released from the hospital"; "three people at the party were shot"
/// is read by its verb.
fn gathered_or_released(w: &Words<'_>, i: usize) -> Option<&'static str> {
    const HOSPITAL: &[&str] = &["hospital", "hospitals"];
    if w.is(i, "released")
        && w.is(i + 1, "from")
        && (w.any(i + 2, HOSPITAL) || w.any(i + 3, HOSPITAL) || w.any(i + 4, HOSPITAL))
    {
        return Some("discharged");
    }
    const GATHERINGS: &[&str] = &[
        "party",
        "gathering",
        "vigil",
        "rally",
        "concert",
        "festival",
        "celebration",
        "cookout",
        "barbecue",
        "parade",
        "funeral",
        "reunion",
        "event",
        "game",
        "meeting",
        "protest",
    ];
    let be = i > 0 && w.any(i - 1, &["were", "was", "are", "had", "been"]);
    if be && w.any(i, &["at", "inside", "attending"]) {
        let near = (i + 1..(i + 4).min(w.len()))
            .take_while(|&k| w.mark(k).is_none())
            .any(|k| w.any(k, GATHERINGS));
        if near {
            return Some("attended");
        }
    }
    None
}

/// Narrows an event by the words after its cue: "shot dead", "shot and
/// killed", "shot to death" are killings; "taken to hospital" is found
/// from "hospital" itself.
fn refine(w: &Words<'_>, i: usize, e: &'static str) -> &'static str {
    // "dead or missing", "killed or injured": two events at once, which
    // no single count of either matches.
    let joined = |j: usize| w.word(j).and_then(event_word).is_some_and(|x| x != e);
    if (w.any(i + 1, &["or", "and/or"]) && joined(i + 2))
        || (i >= 2 && w.is(i - 1, "or") && joined(i - 2))
    {
        return "mixed";
    }
    if e == "shot" {
        if w.any(i + 1, &["dead"]) || (w.is(i + 1, "to") && w.is(i + 2, "death")) {
            return "killed";
        }
        if w.is(i + 1, "and") && w.any(i + 2, &["killed", "fatally"]) {
            return "killed";
        }
        // "shot and wounded": hit and alive, as "shot and killed" is dead.
        if w.is(i + 1, "and") && w.any(i + 2, &["wounded", "injured"]) {
            return "injured";
        }
        if i > 0 && w.is(i - 1, "fatally") {
            return "killed";
        }
        // "suffered a fatal gunshot wound".
        if i > 0 && w.any(i - 1, &["fatal", "mortal"]) {
            return "killed";
        }
    }
    // "two were critically wounded": the gravest of the injured, who may
    // be fewer than all of them.
    // "one victim fatally wounded": a killing told as a wound.
    if e == "injured" && i > 0 && w.is(i - 1, "fatally") {
        return "killed";
    }
    // So are the seriously hurt ("two were seriously injured", "suffered
    // life-threatening injuries"): a grade of the injured, as a
    // hospital reports it.
    // "were not seriously hurt": hurt, below the grade.
    if e == "injured"
        && i > 0
        && !(i >= 2 && w.any(i - 2, &["not", "never"]))
        && w.any(
            i - 1,
            &[
                "critically",
                "gravely",
                "seriously",
                "severely",
                "serious",
                "life-threatening",
                "grave",
                "severe",
            ],
        )
    {
        return "critical";
    }
    if e == "died" && w.is(i, "toll") && i > 0 && w.any(i - 1, &["injury", "casualty"]) {
        return "injured";
    }
    e
}

/// Irregular plurals of counted heads.
fn plural(w: &str) -> String {
    match w {
        "person" | "persons" | "people" => "people".into(),
        "men" | "women" | "children" | "police" | "staff" | "personnel" | "cattle"
        | "passersby" => w.into(),
        "passerby" => "passersby".into(),
        // Mass nouns have no plural ("30 dlrs cash", "$2 billion aid").
        "cash" | "money" | "aid" | "equipment" | "information" | "evidence" | "software"
        | "gold" | "silver" | "copper" | "steel" | "oil" | "gas" | "crude" | "wheat" | "corn"
        | "rice" | "sugar" | "barley" | "grain" | "cotton" | "coffee" | "cocoa" | "water"
        | "traffic" | "furniture" => w.into(),
        // "fishermen", "policemen", "servicewomen".
        _ if w.ends_with("men") && w.len() > 4 => w.into(),
        // "salespeople", "schoolchildren".
        _ if w.ends_with("people") || w.ends_with("children") => w.into(),
        "man" => "men".into(),
        "woman" => "women".into(),
        "child" => "children".into(),
        // "gunman", "policewoman", "schoolchild"; not "human", "German".
        _ if w.ends_with("man")
            && w.len() > 4
            && !matches!(
                w,
                "human" | "german" | "roman" | "shaman" | "ottoman" | "talisman"
            ) =>
        {
            format!("{}en", &w[..w.len() - 2])
        }
        _ if w.ends_with("child") => format!("{w}ren"),
        "life" => "lives".into(),
        "wife" => "wives".into(),
        _ if w.ends_with('s') => w.into(),
        _ if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") => {
            format!("{}ies", &w[..w.len() - 1])
        }
        _ if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') => format!("{w}es"),
        _ => format!("{w}s"),
    }
}

/// Counted heads that are the event itself ("3 dead", "2 injured"):
/// these count people.
fn event_noun(w: &str) -> bool {
    event_word(w).is_some_and(|e| e != "fired" && e != "voted")
        && !matches!(
            w,
            "bodies"
                | "lives"
                | "refugees"
                | "evacuees"
                | "attendees"
                | "wounds"
                | "wound"
                | "injury"
                | "charges"
                | "counts"
        )
}

/// The head of what is counted.
fn counted_of(text: &str, sp: &Span<'_>, event: Option<&str>) -> Option<String> {
    // A figure joined to its unit by a hyphen describes the noun after
    // it ("a 5.2-magnitude quake").
    let modifier = text
        .get(sp.start..sp.end)
        .is_some_and(|t| t.contains('-') && t.ends_with(|c: char| c.is_alphabetic()));
    if let Some((s, e)) = sp.noun {
        let original = text.get(s..e)?;
        let phrase = original.to_ascii_lowercase();
        // The words of the phrase, lower case and as written (lowering
        // keeps every byte where it was, so the two lists match).
        // (A possessive's "s" is no word: "Sheriff's deputies".)
        fn cut_words(t: &str) -> Vec<&str> {
            t.split(|c: char| !c.is_ascii_alphabetic() && c != '-')
                .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("s"))
                .collect()
        }
        let all = cut_words(&phrase);
        let written = cut_words(original);
        let as_written = |i: usize| written.get(i).copied().unwrap_or("");
        // A measure counts the thing measured, as written: "500 tonnes of
        // rice" is rice, "1.4 billion cubic feet of gas" gas; without it,
        // the unit says all.
        if sp.unit.is_some() && sp.category == Some("measure") && !modifier {
            if let Some(of) = all.iter().position(|w| *w == "of") {
                // The noun closes the words after "of" ("tonnes of soft
                // wheat", "cubic feet of natural gas"); an abbreviation
                // of capitals and stops names none ("of U.S. corn").
                let first_after = as_written(of + 1);
                if first_after.is_empty() {
                    return None;
                }
                let b = text.as_bytes();
                // (Its offset in the text, of which the words are slices.)
                let mut at = first_after.as_ptr() as usize - text.as_ptr() as usize;
                let (mut head, mut before): (Option<&str>, Option<&str>) = (None, None);
                for _ in 0..5 {
                    let len = text[at..]
                        .find(|c: char| !c.is_ascii_alphabetic() && c != '-')
                        .unwrap_or(text.len() - at);
                    let word = &text[at..at + len];
                    if word.is_empty() {
                        break;
                    }
                    let mut end = at + len;
                    // (Its last stop too before a wrap: "of U.S.\ncorn".)
                    let initials = len == 1 && b[at].is_ascii_uppercase() && {
                        end = crate::extract::numbers::abbreviation_end(b, at, b.len());
                        end += usize::from(b.get(end) == Some(&b'.'));
                        end > at + 2
                    };
                    if !initials {
                        let lower = word.to_ascii_lowercase();
                        if head.is_some()
                            && (lower.ends_with("ly")
                                || cuts_phrase(&lower, 1)
                                || skip_head(&lower)
                                || never_a_head(&lower)
                                || phrase_end(&lower))
                        {
                            break;
                        }
                        (before, head) = (head, Some(word));
                    }
                    // The next word, one space or a wrap away.
                    let rest = &text[end..];
                    let next = rest.trim_start_matches([' ', '\n']);
                    if next.len() == rest.len() {
                        break;
                    }
                    at = text.len() - next.len();
                }
                let head = head?;
                let w = head.to_ascii_lowercase();
                return (!cuts_phrase(&w, 0)
                    && !skip_head(&w)
                    && !never_a_head(&w)
                    && !proper_name(head, before))
                .then_some(w);
            }
        }
        let words = &all[..all.iter().position(|w| *w == "of").unwrap_or(all.len())];
        // The head is the last word before a participle or a clause:
        // "ministers working together" counts ministers; a word that is
        // no noun ends the phrase wherever it stands ("five cts prior",
        // "places above", "two countries must first").
        let cut = words
            .iter()
            .enumerate()
            .find(|&(i, w)| {
                cuts_phrase(w, i)
                    || simple_past(w)
                    // (After a noun "hit" is its verb: "a 6.2 quake hit
                    // western Ostria"; before one a kind: "two hit songs".)
                    || (i > 0 && *w == "hit")
                    || (i > 0 && phrase_end(w) && !compound_ing(words, i))
                    // A name after a plural in lower case opens a clause:
                    // "closed three plants Mercer believes could have
                    // been saved".
                    // (A one-word name and a word in lower case after it,
                    // its verb; not "eight posthumous Grammy Awards", "two
                    // previous Bond movies".)
                    // (Nor a label: "series A preferred shares".)
                    || (i > 0
                        && as_written(i).starts_with(|c: char| c.is_ascii_uppercase())
                        && as_written(i).chars().any(|c| c.is_ascii_lowercase())
                        && as_written(i + 1).starts_with(|c: char| c.is_ascii_lowercase())
                        && plural_form(words[i - 1])
                        && !words[i - 1].ends_with("ous")
                        && as_written(i - 1).starts_with(|c: char| c.is_ascii_lowercase()))
            })
            .map_or(words.len(), |(i, _)| i);
        // Words after a figure that are never what it counts ("41 votes
        // necessary", "51 votes right now", "$882 billion worth", "$5
        // million set aside", "$1.4 billion authorized"): the head is the
        // noun before them, or there is none.
        // (A direction written in lower case is no head: "6 miles north
        // of Shelton"; "South Koreans", "the West End" keep theirs.)
        // (Nor its adjective, "western Ostria".)
        let direction = |w: &str| {
            let point = w.strip_suffix("ern").unwrap_or(w);
            crate::extract::entities::lexicon::COMPASS_POINTS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(point) || c.eq_ignore_ascii_case(w))
                && original.split(|c: char| !c.is_alphabetic()).any(|o| o == w)
        };
        let at = (0..cut)
            .rev()
            .find(|&i| !never_a_head(words[i]) && !skip_head(words[i]) && !direction(words[i]));
        // A name is no head, nor are the words before it ("12-year-old
        // A'Miya Smith", "the 10 major New York banks": the phrase ends
        // before its head).
        let name = at.is_some_and(|i| proper_name(as_written(i), i.checked_sub(1).map(as_written)));
        let head = match at {
            Some(i) if !name => words[i],
            _ => "each",
        };
        // "five others Wednesday": the others are the head; "10 million
        // Mexicans live in the US": a people named by their country is
        // the head, whatever word follows.
        let head = if words.first() == Some(&"others") {
            "others"
        } else if words.len() > 1
            // (Not an adjective before a noun: "Swiss bankers", "five
            // Brits winners".)
            && !words[1].ends_with('s')
            && words[0].ends_with('s')
            && !words[0].ends_with("ss")
            && crate::extract::entities::lexicon::is_demonym(as_written(0))
        {
            words[0]
        } else {
            head
        };
        // (A participle after a count of more than one names no noun:
        // "with 400 staying in shelters", "12 remaining".)
        // (Not the noun a measure or an amount modifies: "a two-day
        // meeting", "a $1.5 billion refinancing"; nor "ring".)
        let participle = head.len() > 4
            && head.ends_with("ing")
            && sp.unit.is_none()
            && sp.value.is_some_and(|v| v != 1.0);
        let not_noun = head.ends_with("ly")
            || participle
            || matches!(
                head,
                "others" | "other" | "more" | "additional" | "each" | "apiece"
            );
        if not_noun {
            // "three others", "two critically": the event says who.
        } else if !event_noun(head) || matches!(head, "deaths" | "injuries" | "fatalities") {
            return Some(match head {
                "deaths" | "fatalities" | "injuries" | "casualties" => "people".into(),
                _ => plural(head),
            });
        }
    }
    match (event, sp.unit) {
        (Some(e), None) if !matches!(e, "fired" | "voted") => Some("people".into()),
        _ => None,
    }
}

/// Words after a figure that are no noun and end the phrase of what it
/// counts wherever they stand: pronouns ("earns one himself"), days
/// ("600 yen today"), adverbs of time and place ("four places above"),
/// modal and common verbs ("the two countries must first", "the top five
/// includes"), the trade terms and time zones of price and wire lines
/// ("1,596 francs fob", "2130 gmt"), and the lexicons' pronouns, months
/// and weekdays. After the first word also the adjectives and verbs that
/// may open a noun phrase ("one source close to", "two close friends").
fn cuts_phrase(w: &str, i: usize) -> bool {
    use crate::extract::entities::lexicon::{LEXICON, MONTH, PRONOUN, WEEKDAY};
    // (A single letter is an initial, "40 F.B.I. agents", not "I".)
    w.len() > 1
        && ((i > 0
            && matches!(
                w,
                "close"
                    | "early"
                    | "late"
                    | "first"
                    | "own"
                    | "make"
                    | "come"
                    | "need"
                    | "get"
                    | "take"
                    | "give"
            ))
            || matches!(
                w,
                "him"
                    | "them"
                    | "me"
                    | "himself"
                    | "herself"
                    | "itself"
                    | "themselves"
                    | "ourselves"
                    | "myself"
                    | "yourself"
                    | "whom"
                    | "whose"
                    | "today"
                    | "tonight"
                    | "tomorrow"
                    | "yesterday"
                    | "previously"
                    | "thereafter"
                    | "afterwards"
                    | "afterward"
                    | "already"
                    | "soon"
                    | "ago"
                    | "lately"
                    | "recently"
                    | "currently"
                    | "above"
                    | "below"
                    | "ahead"
                    | "instead"
                    | "together"
                    | "apart"
                    | "rather"
                    | "unless"
                    | "toward"
                    | "towards"
                    | "beyond"
                    | "except"
                    | "else"
                    | "alike"
                    | "must"
                    | "shall"
                    | "include"
                    | "includes"
                    | "exclude"
                    | "excludes"
                    | "comprise"
                    | "comprises"
                    | "represent"
                    | "represents"
                    | "makes"
                    | "comes"
                    | "owns"
                    | "needs"
                    | "seems"
                    | "gets"
                    | "takes"
                    | "gives"
                    | "fob"
                    | "cif"
                    | "gmt"
                    | "utc"
                    | "est"
                    | "edt"
                    | "cst"
                    | "cdt"
                    | "pst"
                    | "pdt"
                    | "bst"
                    | "unch"
                    | "aboard"
                    | "onboard"
                    // Speech, not the nouns of its third person ("notes",
                    // "states", "reports").
                    | "say"
                    | "says"
                    | "said"
                    | "told"
            )
            || LEXICON
                .get(w)
                .is_some_and(|i| i.flags & (MONTH | WEEKDAY | PRONOUN) != 0))
}

/// Whether the "-ing" word at `i` of a counted phrase is the first word
/// of a compound noun, not a participle after the head: after an
/// adjective and before a plural noun ("two separate hunting accidents";
/// not "three men carrying guns", "ministers working together").
fn compound_ing(words: &[&str], i: usize) -> bool {
    // Gerunds that name a kind of thing before a noun.
    const KIND: &[&str] = &[
        "shooting",
        "hunting",
        "fishing",
        "trading",
        "training",
        "housing",
        "building",
        "banking",
        "parking",
        "mining",
        "manufacturing",
        "operating",
        "working",
        "spending",
        "lending",
        "voting",
        "polling",
        "marketing",
        "planning",
        "shipping",
        "drilling",
        "refining",
        "processing",
        "printing",
        "nursing",
        "teaching",
        "boarding",
        "filling",
        "swimming",
        "living",
        "dining",
        "driving",
        "racing",
        "recording",
        "selling",
        "buying",
        "landing",
        "farming",
        "gaming",
        "betting",
    ];
    KIND.contains(&words[i])
        && !plural_form(words[i - 1])
        && words
            .get(i + 1)
            .is_some_and(|n| plural_form(n) && !never_a_head(n) && !cuts_phrase(n, i + 1))
}

/// Whether a word is an adverb of manner made of an English adjective
/// ("accidentally", "badly"), not a noun that ends like one ("family",
/// "rally", "assembly").
fn adverb(x: &str) -> bool {
    use crate::extract::entities::lexicon::{COMMON, LEXICON};
    x.len() > 4
        && x.strip_suffix("ly").is_some_and(|stem| {
            LEXICON.get(stem).is_some_and(|i| i.flags & COMMON != 0)
                || stem.strip_suffix('i').is_some_and(|s| {
                    LEXICON
                        .get(&format!("{s}y"))
                        .is_some_and(|i| i.flags & COMMON != 0)
                })
        })
}

/// Words of a counted phrase that are never its head, though a noun may
/// follow them: initials and two-letter abbreviations ("U.S.", "E.
/// Lincoln"), the lexicons' function words ("one", "new", "more"),
/// ordinals and superlatives ("one of the 100 largest", "two prior
/// convictions", "five cts prior"), words of amount ("few", "several").
fn skip_head(w: &str) -> bool {
    use crate::extract::entities::lexicon::{FUNC, LEXICON};
    w.len() <= 2
        || matches!(
            w,
            "prior" | "previous" | "further" | "spent" | "own" | "few" | "fewer" | "several" | "much" | "enough"
                | "least" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth"
                | "tenth" | "following" | "largest" | "biggest" | "highest" | "lowest"
                | "greatest" | "smallest" | "oldest" | "youngest" | "newest" | "longest"
                | "best" | "worst" | "latest" | "earliest" | "fastest" | "deadliest"
        )
        // (Not the function words that are also nouns: "one deputy", "a
        // high school senior".)
        || (LEXICON.get(w).is_some_and(|i| i.flags & FUNC != 0)
            && !matches!(w, "deputy" | "chief" | "senior" | "junior"))
        // Number words: "one of the top five".
        || crate::extract::numbers::simple_number_word(w.as_bytes()).is_some()
}

/// Whether a word after a figure, as written, is a name: capitalised and
/// no English word ("Boeing", "York", "REUTER"), or a person's name after
/// another capitalised word ("A'Miya Smith", "Mr Brown"). Not a people or
/// group ("Britons", "Democrats", "Muslims", "MPs"), nor an English word
/// capitalised in a headline ("Man fatally shot", "3 People Killed").
fn proper_name(w: &str, before: Option<&str>) -> bool {
    use crate::extract::entities::lexicon::{is_demonym, COMMON, FIRST, LAST, LEXICON};
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    let flags = LEXICON.get(&lower).map_or(0, |i| i.flags);
    let common = flags & COMMON != 0;
    if !w.bytes().any(|c| c.is_ascii_lowercase()) {
        // Capitals throughout: a headline's word or an acronym.
        return !common;
    }
    if is_demonym(w) {
        return false;
    }
    let plural = w.len() > 2 && w.ends_with('s') && !w.ends_with("ss");
    // "MPs", "CEOs": an acronym's plural.
    if plural && w[..w.len() - 1].bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    // The plural of an English noun is a group, whatever names it
    // shares ("the four U.S. Banks"), unless a name goes before it
    // ("Zecary Banks"; not an initial, "U.S.").
    let group = plural
        && LEXICON
            .get(&lower[..lower.len() - 1])
            .is_some_and(|i| i.flags & COMMON != 0);
    let person = flags & (FIRST | LAST) != 0;
    if person
        && before.is_some_and(|b| {
            b.starts_with(|c: char| c.is_ascii_uppercase()) && (b.len() > 1 || !group)
        })
    {
        return true;
    }
    if group {
        return false;
    }
    // No English word: a name, unless the plural of a people or a group
    // that is no person's name ("Muslims", "Steelers").
    !common && (person || !plural)
}

/// Whether the clause of the token at `i` opens with a condition before
/// it: "if one person is killed", "any time one of our students is
/// hurt", "whenever two people are shot" (what would be, not what was).
fn conditional(w: &Words<'_>, i: usize) -> bool {
    (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&j| w.word(j).is_some())
        .any(|j| {
            w.any(j, &["whenever", "unless", "anytime"])
                || (w.is(j, "if") && !(j > 0 && w.any(j - 1, ASKS)))
                || (j > 0 && w.is(j, "time") && w.any(j - 1, &["any", "every"]))
        })
}

/// Words before an "if" that asks rather than supposes: "did not say if
/// the two victims were bystanders", "unclear if".
const ASKS: &[&str] = &[
    "know",
    "knew",
    "say",
    "said",
    "says",
    "ask",
    "asked",
    "asking",
    "clear",
    "unclear",
    "sure",
    "determine",
    "determined",
    "tell",
    "told",
    "see",
    "or",
    "wonder",
    "wondered",
    "check",
    "confirm",
    "confirmed",
    "known",
    "whether",
];

/// Whether the event word at `i` tells what might be, not what was: an
/// infinitive after a verb of intent or attempt ("threatened to kill",
/// "tried to kill", "a plot to kill") or a modal before it ("could kill",
/// "would have died", "could be killed", "they will die"), or denies it
/// ("did not die", "were not injured").
fn unreal(w: &Words<'_>, i: usize) -> bool {
    const INTENT: &[&str] = &[
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "try",
        "tries",
        "tried",
        "trying",
        "attempt",
        "attempts",
        "attempted",
        "attempting",
        "plot",
        "plots",
        "plotted",
        "plotting",
        "plan",
        "plans",
        "planned",
        "planning",
        "want",
        "wants",
        "wanted",
        "intend",
        "intends",
        "intended",
        "conspired",
        "conspiring",
        "conspiracy",
        "vowed",
        "vow",
        "sought",
        "seeking",
        "aimed",
        "hoped",
        "scheme",
        "intent",
        "bid",
    ];
    const MODAL: &[&str] = &["could", "would", "might", "should", "will"];
    // Step back over the auxiliaries and adverbs between ("could have
    // been killed", "would likely kill"). A negation is no event ("did
    // not die", "were not injured"), unless it denies only a grade ("were
    // not seriously hurt": hurt all the same).
    let mut graded = false;
    let mut j = i;
    let mut steps = 0;
    while j > 0 && steps < 4 {
        j -= 1;
        steps += 1;
        if w.mark(j).is_some() {
            return false;
        }
        let Some(x) = w.word(j) else {
            return false;
        };
        if MODAL.contains(&x) {
            return true;
        }
        if x == "to" {
            return j > 0 && w.any(j - 1, INTENT);
        }
        if matches!(x, "not" | "never" | "n't") {
            return !graded;
        }
        if matches!(
            x,
            "seriously" | "critically" | "badly" | "severely" | "gravely" | "fatally"
        ) {
            graded = true;
            continue;
        }
        if !matches!(
            x,
            "have"
                | "be"
                | "been"
                | "likely"
                | "easily"
                | "also"
                | "then"
                | "was"
                | "were"
                | "is"
                | "are"
                | "did"
                | "does"
                | "do"
                | "has"
                | "had"
        ) {
            return false;
        }
    }
    false
}

/// Whether a figure is what forecasters expected, not what was reported:
/// "Analysts had expected the company to earn 80 cents a share", "the 80
/// cents analysts had forecast", "economists polled by Reuters predicted
/// 200,000 jobs", "the consensus estimate of $1.20". Both a forecaster
/// (analysts, economists, a consensus, a poll) and an expectation
/// (expected, forecast, predicted, estimate) stand in the figure's clause,
/// not past a comparison with it ("rose 5.2%, more than economists had
/// expected" is the figure reported). Forecasts of several houses differ
/// without contradicting one another or the result.
fn forecast(w: &Words<'_>, first: usize, last: usize, prev_end: usize, next_start: usize) -> bool {
    const WHO: &[&str] = &[
        "analysts",
        "analyst",
        "economists",
        "economist",
        "consensus",
        "forecasters",
        "polled",
        "surveyed",
        "strategists",
    ];
    const EXPECT: &[&str] = &[
        "expected",
        "expect",
        "expects",
        "expecting",
        "expectation",
        "expectations",
        "forecast",
        "forecasts",
        "forecasting",
        "predicted",
        "predict",
        "predicts",
        "estimate",
        "estimates",
        "estimated",
        "projected",
        "anticipated",
    ];
    // Words that set the figure against another ("more than", "beating
    // the 80 cents"), besides [`BEYOND`]'s.
    const COMPARED: &[&str] = &[
        "than", "as", "above", "below", "missing", "missed", "versus", "vs",
    ];
    let (mut who, mut expect) = (false, false);
    // Before the figure, back to the last figure or clause stop.
    let mut j = first;
    while j > prev_end && first - j < 12 {
        j -= 1;
        if w.mark(j).is_some_and(|m| matches!(m, b'.' | b';' | b':')) {
            break;
        }
        who |= w.any(j, WHO);
        expect |= w.any(j, EXPECT);
    }
    // After it, up to the next figure, stopping at a comparison.
    let mut j = last;
    while j < next_start.min(w.len()) && j < last + 6 {
        if w.mark(j).is_some_and(|m| matches!(m, b'.' | b';' | b','))
            || w.any(j, COMPARED)
            || w.any(j, BEYOND)
        {
            break;
        }
        who |= w.any(j, WHO);
        expect |= w.any(j, EXPECT);
        j += 1;
    }
    who && expect
}

/// Whether a count of votes is a threshold or a hope, not a tally:
/// "the 60 votes needed to break a filibuster", "the 51 votes necessary",
/// "would need 218 votes to pass", "a supermajority of 60 votes", "could
/// get 100 votes".
fn vote_threshold(w: &Words<'_>, first: usize, last: usize) -> bool {
    let after = (last..(last + 4).min(w.len())).any(|i| {
        w.any(
            i,
            &[
                "needed",
                "necessary",
                "required",
                "need",
                "needs",
                "threshold",
            ],
        ) || (w.is(i, "to")
            && w.any(
                i + 1,
                &[
                    "pass", "break", "overcome", "clear", "advance", "override", "win", "block",
                    "end", "confirm", "approve",
                ],
            ))
    });
    let before = (first.saturating_sub(4)..first).any(|i| {
        w.any(
            i,
            &[
                "need",
                "needs",
                "needed",
                "require",
                "requires",
                "required",
                "requiring",
                "threshold",
                "supermajority",
                "majority",
                "could",
                "would",
                "might",
                "can",
                "muster",
                "garner",
                "achieve",
            ],
        )
    });
    after || before
}

/// Whether a word (lower case) names a place ("dallas", "texas"): a
/// name, no plural.
fn place_word(x: &str) -> bool {
    crate::extract::entities::lexicon::is_place_key(x)
}

/// The head of the group a figure is drawn from, when the figure has no
/// noun of its own: "two of the officers", "three of the firm's
/// directors", "all three of Wales' victories". The last word of the
/// phrase after "of", before a verb, a clause or a mark.
fn counted_after_of<'a>(w: &Words<'a>, last: usize) -> Option<&'a str> {
    if !w.is(last, "of") {
        return None;
    }
    let mut i = last + 1;
    let (mut head, mut before) = (None, None);
    let mut seen = 0;
    while i < w.len() && seen < 5 {
        if w.mark(i) == Some(b'\'') {
            // A possessive: what came before was its owner, not the head.
            head = None;
            i += 1;
            if w.is(i, "s") {
                i += 1;
            }
            continue;
        }
        let Some(x) = w.word(i) else {
            break;
        };
        if matches!(
            x,
            "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        ) && head.is_none()
        {
            i += 1;
            seen += 1;
            continue;
        }
        if matches!(x, "them" | "us" | "you" | "whom" | "which") {
            return None;
        }
        // A possessive read as one word ("the country's most debated
        // issues"): the owner, not the head.
        if x.ends_with("'s") || x.ends_with("\u{2019}s") {
            head = None;
            i += 1;
            seen += 1;
            continue;
        }
        // "one of the most stunning upsets", "one of the few remaining
        // publishers", "one of only two working farmers": words of
        // degree, amount or order are no head, and a participle after
        // them is an adjective.
        if head.is_none() && (matches!(x, "very" | "less") || skip_head(x)) {
            i += 1;
            if w.word(i)
                .is_some_and(|y| y.len() > 4 && (y.ends_with("ing") || y.ends_with("ed")))
            {
                i += 1;
            }
            continue;
        }
        // "two of the dead", "one of the five people shot": the event
        // ends the phrase, or is its head (the people then).
        if event_word(x).is_some() {
            break;
        }
        if never_a_head(x)
            || right_stop(x)
            || phrase_end(x)
            || cuts_phrase(x, 0)
            || (head.is_some() && adverb(x))
            || matches!(
                x,
                "used"
                    | "owed"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "have"
                    | "has"
                    | "had"
                    | "remain"
                    | "remained"
                    | "remains"
                    | "died"
                    | "to"
                    | "will"
                    | "would"
                    | "could"
                    | "did"
                    | "also"
                    | "still"
                    | "now"
            )
        {
            // "one of four women police say were shot": a body that says
            // opens a clause of its own; the group is the noun before it.
            if matches!(x, "say" | "says" | "said" | "believe" | "believed")
                && before.is_some_and(|b: &str| {
                    b.bytes().all(|c| c.is_ascii_lowercase()) && plural_form(b)
                })
                && head.is_some_and(|h: &str| {
                    use crate::extract::entities::lexicon::{BODY, LEXICON};
                    LEXICON
                        .get(&h.to_ascii_lowercase())
                        .is_some_and(|f| f.flags & BODY != 0)
                })
            {
                head = before;
            }
            break;
        }
        // A plural head and then a word of no plural form: a verb of the
        // clause ("two of the firm's directors quit"; not a modifier of a
        // plural after it, "three of its Texas American banks").
        if head.is_some_and(|h| plural_form(h) && !place_word(h))
            && !plural_form(x)
            && (!w.word(i + 1).is_some_and(plural_form)
                || matches!(x, "some" | "the" | "a" | "an" | "all" | "many" | "several"))
        {
            break;
        }
        // (An adverb after an owner: "of the company's approximately 268
        // mln shares".)
        if head.is_none() && adverb(x) {
            i += 1;
            continue;
        }
        before = head;
        head = w.text(i);
        i += 1;
        seen += 1;
    }
    head.filter(|h| h.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
}

/// Whether a word after a figure is no noun that could be what it
/// counts: a participle ("authorized", "needed"), an adjective or adverb
/// of amount or time ("necessary", "worth", "now", "apiece"), a particle
/// ("aside", "away").
fn never_a_head(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
        || irregular_verb(w)
        || after_noun(w)
        || preposition(w)
        || matches!(
            w,
            "worth"
                | "aside"
                | "away"
                | "back"
                | "off"
                | "out"
                | "up"
                | "down"
                | "necessary"
                | "needed"
                | "required"
                | "right"
                | "now"
                | "then"
                | "there"
                | "here"
                | "ago"
                | "later"
                | "earlier"
                | "apiece"
                | "alone"
                | "altogether"
                | "overall"
                | "combined"
                | "total"
                | "so"
                | "too"
                | "set"
                // "12.4 million votes cast": the participle after its noun.
                | "cast"
                // Where and how far, not what: "killed 160,000 worldwide",
                // "30 centimetres deep", "six feet tall" (not "high": "a
                // seven-month high", "Germantown High School").
                // When: "dropped to minus 12C overnight", "$5 million
                // annually" (not "daily", "weekly": "daily meals").
                | "overnight"
                | "annually"
                | "worldwide"
                | "nationwide"
                | "statewide"
                | "countrywide"
                | "globally"
                | "abroad"
                | "deep"
                | "long"
                | "wide"
                | "tall"
                | "thick"
                | "a"
                | "an"
                | "the"
                | "and"
                | "or"
                | "to"
                | "of"
        )
}

/// Whether a word after a counted noun ends its phrase: a participle, a
/// relative word, a preposition or a day ("ministers working together",
/// "five people Wednesday").
fn phrase_end(x: &str) -> bool {
    (x.len() > 4 && (x.ends_with("ing") || x.ends_with("ed")))
        || irregular_verb(x)
        || after_noun(x)
        || preposition(x)
        || matches!(
            x,
            "who"
                | "that"
                | "which"
                | "when"
                | "while"
                | "where"
                | "meanwhile"
                | "go"
                | "goes"
                | "used"
                | "owed"
        )
        || WEEKDAYS.contains(&x)
        // A month ("shot his two daughters Oct. 20"), not the modal "may".
        || (x != "may" && crate::extract::numbers::is_month(x.as_bytes()))
}

/// Prepositions: they end the noun phrase after a figure
/// ([`phrase_end`]) and are never what it counts ([`never_a_head`]:
/// "four outside the bar and two in a car").
fn preposition(x: &str) -> bool {
    matches!(
        x,
        "in" | "at"
            | "on"
            | "for"
            | "with"
            | "without"
            | "across"
            | "under"
            | "over"
            | "from"
            | "near"
            | "by"
            | "after"
            | "during"
            | "outside"
            | "inside"
            | "behind"
            | "within"
            | "into"
            | "through"
            | "throughout"
            | "along"
            | "around"
            | "between"
            | "among"
            | "before"
            | "since"
            | "until"
    )
}

/// Past forms of common irregular verbs, which end a noun phrase as the
/// regular "-ed" forms do: "600 peers lost their seats", "seven held by
/// Democrats", "more than one conversation took place", "agents clad in
/// black". Not the forms that are also nouns of a count ("shot", "hit",
/// "cut", "cost", "run") nor the event words ("slain", "fled").
fn irregular_verb(x: &str) -> bool {
    matches!(
        x,
        "held"
            | "lost"
            | "seen"
            | "took"
            | "taken"
            | "made"
            | "gave"
            | "given"
            | "told"
            | "found"
            | "kept"
            | "sold"
            | "paid"
            | "won"
            | "sent"
            | "brought"
            | "bought"
            | "caught"
            | "fought"
            | "built"
            | "met"
            | "led"
            | "felt"
            | "shown"
            | "grown"
            | "drawn"
            | "thrown"
            | "written"
            | "driven"
            | "stolen"
            | "chosen"
            | "broken"
            | "clad"
            | "began"
            | "begun"
            | "became"
            | "become"
            | "struck"
            | "stood"
            | "sat"
            | "shook"
            | "shaken"
            | "fell"
            | "rose"
            | "risen"
            | "ran"
            | "swept"
            | "came"
            | "went"
            | "got"
            | "gotten"
            | "knew"
            | "known"
            | "grew"
            | "drew"
            | "threw"
            | "flew"
            | "flown"
            | "wore"
            | "woke"
            | "wrote"
            | "rode"
            | "ridden"
            | "hid"
            | "hidden"
            | "ate"
            | "eaten"
            | "forgot"
            | "forgotten"
            | "dug"
            | "hung"
            | "laid"
            | "meant"
            | "sought"
            | "taught"
            | "heard"
            | "understood"
            | "withdrew"
            | "withdrawn"
            | "overtook"
            | "undertook"
            | "arose"
            | "arisen"
            | "beaten"
            | "sank"
            | "sunk"
            | "slept"
            | "swore"
            | "sworn"
            | "tore"
            | "torn"
            | "lent"
            | "dealt"
            | "spun"
            | "stuck"
            | "swung"
            | "slid"
            | "forgave"
            | "forgiven"
            | "mistook"
            | "mistaken"
    )
}

/// Simple past forms that are verbs wherever they stand after a figure,
/// never adjectives before its noun ("Flats of 200 sq m sold fast",
/// "thousands came"), unlike the participles ("two broken ribs", "five
/// stolen cars").
fn simple_past(x: &str) -> bool {
    matches!(
        x,
        "came"
            | "went"
            | "took"
            | "gave"
            | "told"
            | "sold"
            | "said"
            | "got"
            | "ran"
            | "rose"
            | "fell"
            | "began"
            | "became"
            | "stood"
            | "sat"
            | "paid"
            | "won"
            | "sent"
            | "met"
            | "kept"
            | "held"
            | "brought"
            | "bought"
            | "saw"
            | "struck"
            | "grew"
            | "slid"
            | "sank"
    )
}

/// Words that follow a counted noun and say what state it is in, never
/// what is counted: "150 developers left", "a million units ready", "14
/// players due", "200 seats available".
fn after_noun(x: &str) -> bool {
    matches!(
        x,
        "left" | "ready" | "due" | "available" | "alive" | "eligible" | "present" | "able"
    )
}

/// Days of the week: never the head of what is counted ("five people
/// Wednesday").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The killed and the dead are one count.
/// "Two men were shot in their heads and pronounced dead", "three were
/// shot and later died": after the verb of the shooting at `at`, in its
/// clause, "and" and the death of the same subject.
fn died_after_shot(w: &Words<'_>, at: usize) -> bool {
    let end = (at + 10).min(w.len());
    let Some(and) = (at + 1..end)
        .take_while(|&i| !matches!(w.mark(i), Some(b',' | b';' | b'.')))
        .find(|&i| w.is(i, "and"))
    else {
        return false;
    };
    let mut i = and + 1;
    while w.any(
        i,
        &[
            "later",
            "then",
            "eventually",
            "both",
            "all",
            "were",
            "was",
            "subsequently",
        ],
    ) {
        i += 1;
    }
    w.any(i, &["died", "succumbed"]) || (w.is(i, "pronounced") && w.is(i + 1, "dead"))
}

/// Whether a figure opens on an ordinal that counts those hit so far ("a
/// fourth person was injured": the fourth of all those hit; a "second"
/// is as often the other of two).
fn nth_hit(text: &str, sp: &Span<'_>) -> bool {
    let surface = text.get(sp.start..sp.end).unwrap_or("");
    let first = surface.split_whitespace().next().unwrap_or("");
    super::ordinal_value(first.as_bytes()).is_some_and(|n| n >= 3)
}

fn family(e: &str) -> &str {
    if e == "died" {
        "killed"
    } else {
        e
    }
}

/// Whether the words near a count make it a count of more than the
/// story's one event (a city's, a year's, a spate's toll: "the 30th
/// shooting this year", "19 officers slain nationwide") or of another
/// incident ("another shooting last month that left two dead", "the most
/// recent was February 28, when six were shot").
fn wider_than_one_event(w: &Words<'_>, first: usize, last: usize) -> bool {
    let lo = first.saturating_sub(10);
    let hi = (last + 14).min(w.len());
    let near = |i: usize| (lo..hi).contains(&i) && !(first..last).contains(&i);
    // Not across a semicolon or a sentence end, nor into the running
    // total a figure's clause leads to ("two killed Sunday, bringing this
    // year's toll to 45").
    let (from, to) = clause_of(w, lo, first, last, hi);
    let to = (last..to)
        .find(|&i| {
            w.mark(i) == Some(b',')
                && w.any(
                    i + 1,
                    &["bringing", "raising", "pushing", "taking", "making"],
                )
        })
        .unwrap_or(to);
    let mut prev = "";
    for i in from..to {
        if !near(i) {
            continue;
        }
        let Some(x) = w.word(i) else {
            continue;
        };
        let hit = matches!(
            x,
            "nationwide"
                | "statewide"
                | "citywide"
                | "countywide"
                | "annually"
                | "decade"
                | "previous"
                | "similar"
                | "recent"
                // "unlike sniper attacks on police that killed five
                // officers in Dallas", "in the wake of fatal ambushes":
                // other incidents, set beside the story's.
                | "unlike"
                | "ambushes"
                | "collectively"
        ) || (SERIES.contains(&x) && w.is(i + 1, "of") && incidents_follow(w, i + 2))
            || INCIDENTS.contains(&x)
            || UNRELATED.contains(&x)
            || (x == "year" && matches!(prev, "this" | "last" | "per" | "a" | "each" | "every"))
            || (x == "far" && prev == "so")
            // "in a span of 80 hours", "over the span of a week".
            || (x == "span" && matches!(prev, "a" | "the") && w.is(i + 1, "of"))
            || (x == "month" && matches!(prev, "last" | "this"))
            // "since October", "since the start of", "since 2013".
            || (x == "since"
                && (w.word(i + 1).is_some_and(|n| {
                    crate::extract::numbers::is_month(n.as_bytes()) || n == "the"
                }) || year_at(w, i + 1)))
            // "six shot in gun violence", "weekend violence across the
            // city": a tally of the violence, not of one shooting (not
            // "a case of gun violence", which may be the story's).
            || (x == "violence"
                && (matches!(prev, "weekend" | "holiday" | "overnight")
                    || (prev == "gun"
                        && i >= 3
                        && w.is(i - 2, "in")
                        && w.word(i - 3).and_then(event_word).is_some())))
            || (x == "shooting" && prev == "another")
            // "Earlier Monday, eight people were shot at a parade": a
            // sentence that opens on an earlier time tells of another
            // event than the article's.
            || (x == "earlier"
                && (i == 0 || w.mark(i - 1).is_some_and(|m| matches!(m, b'.' | b'!' | b'?')))
                && w
                    .word(i + 1)
                    .is_some_and(|n| matches!(n, "this" | "last" | "in") || WEEKDAYS.contains(&n)))
            // "that weekend", "during that June weekend", "over the
            // Memorial Day weekend", "the holiday weekend": a tally of
            // days, not "a weekend shooting".
            || (x == "weekend"
                && (matches!(prev, "the" | "this" | "last" | "that" | "holiday" | "day")
                    || crate::extract::numbers::is_month(prev.as_bytes()))
                // (Not "a shooting this weekend": one event's day.)
                && !(i >= 2
                    && w.any(i - 2, &["shooting", "attack", "stabbing", "crash", "fire"])))
            // "died over 30 years of conflict", "killed during the
            // decade-long insurgency", "between June 2003 and 2004": a
            // tally over a span of months or years.
            || (matches!(x, "years" | "months" | "decades" | "weeks")
                && matches!(prev, "over" | "during" | "across" | "spanning" | "within")
                && i > 0
                && (w.is_number(i - 1)
                    || w
                        .word(i - 1)
                        .is_some_and(|n| crate::extract::numbers::is_number_word(n.as_bytes()))))
            || x.strip_suffix("-long").is_some_and(|span| {
                matches!(
                    span,
                    "decade" | "decades" | "year" | "years" | "month" | "months" | "century"
                )
            })
            || (x == "between" && span_of_dates(w, i))
            // "over the past two years", "in the last few months", "through
            // the end of October": a tally over a period.
            || (matches!(x, "past" | "last")
                && prev == "the"
                && w.word(i + 1).is_some_and(|n| {
                    matches!(
                        n,
                        "year"
                            | "years"
                            | "months"
                            | "weeks"
                            | "decade"
                            | "few"
                            | "several"
                    ) || crate::extract::numbers::is_number_word(n.as_bytes())
                }))
            // "eight months after a bystander was killed", "two years
            // ago": an earlier incident.
            || (matches!(x, "after" | "before" | "ago")
                && matches!(prev, "month" | "months" | "year" | "years"))
            || (x == "through"
                && w.word(i + 1).is_some_and(|n| {
                    crate::extract::numbers::is_month(n.as_bytes())
                        || (n == "the" && w.is(i + 2, "end"))
                }));
        if hit {
            return true;
        }
        prev = x;
    }
    false
}

/// The tokens from `lo` to `hi` around a figure's `first..last` that
/// stand in its clause: none across a semicolon or a sentence's stop.
fn clause_of(w: &Words<'_>, lo: usize, first: usize, last: usize, hi: usize) -> (usize, usize) {
    let from = (lo..first)
        .rev()
        .find(|&i| clause_stop(w, i))
        .map_or(lo, |i| i + 1);
    let to = (last..hi).find(|&i| clause_stop(w, i)).unwrap_or(hi);
    (from, to)
}

/// Whether the words around a count say the article has a later one:
/// "police initially said six were shot", "in initial reports, two were
/// killed and five wounded, but two more have since died", "was
/// originally reported as three". Such a count is not the article's
/// account, and not compared.
fn superseded(w: &Words<'_>, first: usize, last: usize) -> bool {
    const SAYING: &[&str] = &[
        "said",
        "reported",
        "told",
        "announced",
        "stated",
        "indicated",
        "believed",
        "thought",
        "listed",
        "identified",
        "counted",
    ];
    const ACCOUNTS: &[&str] = &[
        "report",
        "reports",
        "count",
        "counts",
        "toll",
        "estimate",
        "estimates",
        "figures",
        "accounts",
    ];
    let lo = first.saturating_sub(12);
    let hi = (last + 8).min(w.len());
    let (from, to) = clause_of(w, lo, first, last, hi);
    // "Initial reports said five, but police later said 6 people had
    // been shot": the count after the turn is the later one.
    let turn = |a: usize, b: usize| (a..b).any(|j| w.any(j, &["but", "later", "however"]));
    (from..to).filter(|i| !(first..last).contains(i)).any(|i| {
        if (i < first && turn(i, first)) || (i >= last && turn(last, i)) {
            return false;
        }
        let said_soon = || (i + 1..(i + 4).min(to)).any(|j| w.any(j, SAYING));
        match w.word(i) {
            Some("initially" | "originally") => said_soon(),
            Some("at") => w.is(i + 1, "first") && said_soon(),
            Some("initial" | "early" | "earlier" | "preliminary") => w.any(i + 1, ACCOUNTS),
            _ => false,
        }
    })
}

/// Whether token `i` ends a clause for [`wider_than_one_event`]: a
/// semicolon or a sentence's stop, not the stop of an abbreviation the
/// sentence splitter kept inside ("on Feb. 28 when six were shot", "St.",
/// "Mr.").
fn clause_stop(w: &Words<'_>, i: usize) -> bool {
    match w.mark(i) {
        Some(b';' | b'!' | b'?') => true,
        Some(b'.') => {
            !(i > 0
                && w.word(i - 1).is_some_and(|p| {
                    (p.len() <= 4
                        && !matches!(p, "may" | "june" | "july")
                        && crate::extract::numbers::is_month(p.as_bytes()))
                        || p.len() == 1
                        || matches!(
                            p,
                            "st" | "ave" | "blvd" | "rd" | "mr" | "mrs" | "ms" | "dr" | "jr" | "sr"
                        )
                }))
        }
        _ => false,
    }
}

/// Whether token `i` is a year ("2013").
fn year_at(w: &Words<'_>, i: usize) -> bool {
    w.is_number(i)
        && w.text(i).is_some_and(|t| {
            t.len() == 4
                && t.bytes().all(|b| b.is_ascii_digit())
                && (t.starts_with("19") || t.starts_with("20"))
        })
}

/// Whether "between" at `i` opens a span of months or years ("between
/// June 2003 and 2004", "between 1990 and 2004"), not of hours or days
/// ("between 2 and 3 a.m.", "between 6 and 12 December").
fn span_of_dates(w: &Words<'_>, i: usize) -> bool {
    let dated = |j: usize| {
        w.word(j)
            .is_some_and(|n| crate::extract::numbers::is_month(n.as_bytes()))
            || year_at(w, j)
    };
    if !dated(i + 1) {
        return false;
    }
    (i + 2..(i + 6).min(w.len())).any(|j| w.is(j, "and") && (dated(j + 1) || dated(j + 2)))
}

/// Whether the sentence before `cx` tells of someone killed ("Smith,
/// 17, was killed in the shooting."), the group that "six others" of an
/// injured count are others than. When it also tells of someone wounded
/// ("Jones was wounded in the attack that killed six"), the others are
/// others than the wounded too, and not every one hurt.
fn killed_just_before(cx: &SentenceCx<'_>) -> bool {
    const BACK: usize = 300;
    let text = cx.text.get(..cx.start.min(cx.text.len())).unwrap_or("");
    let body = text.trim_end();
    let body = body.strip_suffix(['.', '!', '?']).unwrap_or(body);
    let mut from = body
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1)
        .max(body.len().saturating_sub(BACK));
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let Some(prev) = body.get(from..) else {
        return false;
    };
    let (mut killed, mut injured) = (false, false);
    for w in prev
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_ascii_lowercase();
        match event_word(&w).map(family) {
            Some("killed") => killed = true,
            Some("injured") => injured = true,
            _ => {}
        }
    }
    killed && !injured
}

/// What is fired: ammunition, missiles and the arms that fire them ("some
/// 100 employees were fired" fired none of them).
const FIRED_THINGS: &[&str] = &[
    "shots",
    "rounds",
    "bullets",
    "casings",
    "gunshots",
    "volleys",
    "missiles",
    "rockets",
    "shells",
    "cartridges",
    "projectiles",
    "grenades",
    "mortars",
    "salvos",
    "times",
    "bombs",
    "arrows",
    "torpedoes",
    "guns",
    "handguns",
    "rifles",
    "pistols",
    "weapons",
    "firearms",
];

/// Whether the words from `i` are the verb of what befell a subject,
/// past its auxiliaries ("died", "was found dead", "were shot").
fn befell_subject(w: &Words<'_>, i: usize) -> bool {
    let mut j = i;
    while j < (i + 3).min(w.len()) && w.word(j).is_some_and(|x| auxiliary(x) || x == "been") {
        j += 1;
    }
    w.any(j, PARTICIPLES)
        || w.any(j, &["died", "die", "dies", "murdered"])
        || (w.is(j, "found") && w.any(j + 1, &["dead", "shot", "slain"]))
}

/// Whether incidents are named within four words from `i` ("a spate of
/// shootings", "a series of random shooting", "a spate of Fourth of July
/// gunfire"), not what led to one ("a series of altercations").
fn incidents_follow(w: &Words<'_>, i: usize) -> bool {
    const STEMS: &[&str] = &[
        "shoot",
        "attack",
        "robber",
        "stabbing",
        "carjack",
        "homicide",
        "incident",
        "crash",
        "killing",
        "murder",
        "slaying",
        "bomb",
        "blast",
        "explosion",
        "raid",
        "strike",
        "assault",
        "burglar",
        "violen",
        "accident",
        "death",
        "fire",
        "gun",
        "crime",
        "storm",
        "quake",
    ];
    (i..(i + 4).min(w.len()))
        .filter_map(|j| w.word(j))
        .any(|x| STEMS.iter().any(|s| x.starts_with(s)))
}

/// Words of a series of incidents ("a spate of shootings").
pub const SERIES: &[&str] = &["spate", "string", "rash", "wave", "series"];
/// Incidents in the plural: a tally of several, not one event's count.
pub const INCIDENTS: &[&str] = &[
    "shootings",
    "stabbings",
    "homicides",
    "incidents",
    "crashes",
];
/// Words that set incidents apart from each other.
pub const UNRELATED: &[&str] = &["separate", "unrelated"];

/// A parent's words: "a mother of two" tells a family's size, and "a
/// mother of four" killed is one mother, not one of four.
const PARENTS: &[&str] = &[
    "mother",
    "father",
    "mom",
    "dad",
    "parent",
    "parents",
    "grandmother",
    "grandfather",
    "grandparent",
];

/// Figures that count something other than a story's quantity: "a mother
/// of two", "a town of 20,000", "a school of 800 students", "seats 500",
/// "Smith, 17,".
fn not_a_story_count(w: &Words<'_>, first: usize, last: usize, sp: &Span<'_>) -> bool {
    let small = sp.value.is_some_and(|v| (0.0..130.0).contains(&v));
    // "crime incidents per 100,000 residents", "7.5 connections per 100
    // people", "$2 per 1,000 cubic metres": a rate's base, which no
    // report counts.
    if first >= 1 && w.is(first - 1, "per") {
        return true;
    }
    // "He has at least six arrests", "had two prior convictions": a
    // person's record, not the story's count.
    let record = (last..(last + 2).min(w.len())).any(|i| {
        w.any(
            i,
            &[
                "arrests",
                "convictions",
                "priors",
                "felonies",
                "offenses",
                "offences",
            ],
        )
    });
    if record && (first.saturating_sub(4)..first).any(|i| w.any(i, &["has", "had", "have", "with"]))
    {
        return true;
    }
    // "did not say how many of the 2,200 workers would be laid off",
    // "many of the 300 residents were evacuated": the group an untold
    // number is drawn from, not the count of what befell them. (Not a
    // group named by what befell it: "none of the four injured", "most
    // of the 20 people shot".)
    if first >= 3
        && w.any(first - 1, &["the", "its", "their", "his", "her"])
        && w.is(first - 2, "of")
        && w.any(
            first - 3,
            &["many", "some", "most", "few", "several", "none", "much"],
        )
        && own_participle(w, last).is_none()
    {
        return true;
    }
    // (A qualifier the figure's span leaves out may stand between:
    // "a town of just 350 people".)
    let mut of_at = first;
    while of_at >= 2
        && w.any(
            of_at - 1,
            &["just", "only", "barely", "fewer", "less", "than"],
        )
    {
        of_at -= 1;
    }
    if of_at >= 1 && w.is(of_at - 1, "of") {
        // "mother of two", "town of about 20,000": the word before "of",
        // skipping one qualifier.
        let mut j = of_at - 1;
        while j > 0
            && w.any(
                j - 1,
                &["about", "around", "some", "nearly", "roughly", "over"],
            )
        {
            j -= 1;
        }
        if j >= 1
            && (w.any(j - 1, PARENTS)
                || w.any(
                    j - 1,
                    &[
                        "town",
                        "city",
                        "village",
                        "community",
                        "county",
                        "population",
                        "nation",
                        "country",
                        "enrollment",
                        "enrolment",
                        "capacity",
                        "crowd",
                        "family",
                        "aged",
                        "age",
                    ],
                ))
            // (Not a family the event befell, every one of them: "a
            // family of five died", "a family of four was found dead".)
            && !(w.is(j - 1, "family") && befell_subject(w, last))
        {
            return true;
        }
    }
    if first >= 1
        && w.any(
            first - 1,
            &["aged", "age", "ages", "seats", "seating", "capacity"],
        )
    {
        return true;
    }
    // "the dead man had two young sons", "she leaves behind three
    // children", "survived by four grandchildren": a family's size.
    const KIN: &[&str] = &[
        "son",
        "sons",
        "daughter",
        "daughters",
        "child",
        "children",
        "kids",
        "grandchildren",
        "siblings",
        "brothers",
        "sisters",
        "stepchildren",
    ];
    // (Also after the partner: "leaves behind a husband and two
    // sons".)
    const PARTNER: &[&str] = &[
        "a",
        "his",
        "her",
        "their",
        "wife",
        "husband",
        "partner",
        "fiancee",
        "fiance",
        "girlfriend",
        "boyfriend",
        "mother",
        "father",
        "parents",
        "and",
    ];
    let left_by = |k: usize| {
        k >= 1
            && (w.is(k, "behind") && w.any(k - 1, &["leaves", "left", "leave"])
                || w.is(k, "by") && w.is(k - 1, "survived"))
    };
    let after_partner = (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| w.any(k, PARTNER) || left_by(k))
        .any(left_by);
    let possessed = first >= 1
        && (w.any(first - 1, &["had", "has", "have", "having", "raising"]) || after_partner);
    if small
        && possessed
        && (last..(last + 3).min(w.len()))
            .take_while(|&i| w.word(i).is_some())
            .any(|i| w.any(i, KIN))
    {
        return true;
    }
    // "who turned 16 in April": an age.
    if small && first >= 1 && w.any(first - 1, &["turned", "turns", "turning"]) {
        return true;
    }
    // "The man who was killed was 17 and was shot twice": one person
    // "was" a bare figure, an age (not "the toll was 17": a count has no
    // single person before it).
    if small
        && sp.noun.is_none()
        && sp.unit.is_none()
        && first >= 2
        && w.any(first - 1, &["was", "is"])
        && (first.saturating_sub(7)..first - 1).any(|i| {
            w.any(
                i,
                &[
                    "man", "woman", "boy", "girl", "teen", "teenager", "victim", "suspect", "he",
                    "she", "son", "daughter", "child", "gunman", "shooter",
                ],
            )
        })
        && !w.any(
            last,
            &["years", "percent", "pct", "times", "of", "people", "others"],
        )
    {
        return true;
    }
    // "Smith, 17," and "a man, 26;": a name or a person, a comma, the
    // figure, a comma.
    if small
        && first >= 2
        && w.mark(first - 1) == Some(b',')
        && (matches!(w.mark(last), Some(b',' | b';' | b')'))
            // (A dash set off by a space, "Brian Sadowsky, 44 --"; not
            // a hyphen, "4.0-liter, 6-cylinder".)
            || w.mark(last) == Some(b'-')
                && last >= 1
                && w.toks.get(last).map(|t| t.s) > w.toks.get(last - 1).map(|t| t.e))
    {
        let before = &w.toks[first - 2];
        if before.kind == Kind::Word {
            return true;
        }
    }
    // "home to 20,000 people", "a population of", "enrolls 800 students".
    let ctx =
        |ws: &[&str]| (first.saturating_sub(4)..(last + 4).min(w.len())).any(|i| w.any(i, ws));
    if ctx(&["population", "residents", "inhabitants"])
        && ctx(&["town", "city", "village", "home", "population"])
    {
        return true;
    }
    if ctx(&["students", "pupils"])
        && ctx(&[
            "school",
            "enrolled",
            "enrollment",
            "enrolment",
            "enrolls",
            "attend",
        ])
    {
        return true;
    }
    false
}

/// Past participles that name a whole's own event ("the five people
/// shot"), not its part's.
const PARTICIPLES: &[&str] = &["shot", "wounded", "injured", "killed", "hurt", "slain"];

/// The token of a whole's own participle, at `i` right after its figure
/// ("the five shot") or after its noun ("five people shot"); not a verb
/// after an auxiliary ("three were killed") nor the part's own verb
/// ("one of the five victims survived").
fn own_participle(w: &Words<'_>, i: usize) -> Option<usize> {
    if w.any(i, PARTICIPLES) {
        return Some(i);
    }
    let aux = w.any(i, &["were", "was", "are", "is", "have", "had", "has"]);
    (!aux && w.any(i + 1, PARTICIPLES)).then_some(i + 1)
}

/// Whether the words at `i`, right after a figure or its noun, name the
/// group as the dead ("the two people killed", "the three slain", "the
/// two people found dead", "the four found shot to death"): every one of
/// the dead, as "the three dead" is, not a part of a group named before.
/// Not the wounded: "the two people shot" are often a part of those hit
/// told before.
fn named_dead(w: &Words<'_>, i: usize) -> bool {
    let at = |i: usize| {
        w.any(i, &["killed", "slain"])
            || (w.is(i, "found")
                && (w.any(i + 1, &["dead", "slain", "murdered"])
                    || (w.is(i + 1, "shot") && w.is(i + 2, "to") && w.is(i + 3, "death"))))
    };
    at(i) || (!w.any(i, &["were", "was", "are", "is", "have", "had", "has"]) && at(i + 1))
}

/// The event of a part told as "N of the M ...": the verb after the
/// whole and its own participle ("one of five people shot outside the
/// bar has died": died; "two of the four wounded remain in critical
/// condition": critical), and whether the whole is told as hit (shot,
/// wounded). None when the whole is not the next figure or no event word
/// follows before the clause ends.
fn part_event(
    w: &Words<'_>,
    spans: &[Span<'_>],
    k: usize,
    last: usize,
) -> Option<(&'static str, bool)> {
    if !w.is(last, "of") {
        return None;
    }
    let whole = spans.get(k + 1)?;
    let j = if w.any(last + 1, &["the", "those", "these"]) {
        last + 2
    } else {
        last + 1
    };
    if w.toks.get(j).is_none_or(|t| t.s != whole.start) {
        return None;
    }
    let mut i = w.toks.partition_point(|t| t.e <= whole.end);
    let participle = own_participle(w, i);
    let hit = participle.is_some_and(|p| w.any(p, &["shot", "wounded", "injured", "hurt"]));
    if let Some(p) = participle {
        i = p + 1;
    }
    let stop = spans
        .get(k + 2)
        .map_or(w.len(), |n| w.toks.partition_point(|t| t.s < n.start))
        .min(i + 16);
    for x in i..stop {
        if w.mark(x)
            .is_some_and(|m| matches!(m, b'.' | b';' | b'!' | b'?'))
        {
            break;
        }
        if let Some(e) = w.word(x).and_then(event_word) {
            return Some((refine(w, x, e), hit));
        }
    }
    None
}

/// The scope of a count, and the whole it is a part of.
#[allow(clippy::too_many_arguments)]
fn scope_of(
    w: &Words<'_>,
    first: usize,
    last: usize,
    prev_end: usize,
    next_start: usize,
    spans: &[Span<'_>],
    k: usize,
    casualty: bool,
) -> (&'static str, Option<f64>) {
    // "Of the six people shot, two died": the whole told first, then
    // its part after the comma.
    if fronted_whole(w, first) {
        return ("total", None);
    }
    // "Of the wounded, two are in critical condition", "Among those hurt,
    // three were children": a part of a group the sentence opens on.
    if k == 0
        && first >= 4
        && w.mark(first - 1) == Some(b',')
        && w.any(0, &["of", "among"])
        && w.any(1, &["the", "those", "these"])
        && first - 1 <= 6
        && (2..first - 1).all(|i| w.word(i).is_some())
        && (2..first - 1).any(|i| {
            w.word(i)
                .is_some_and(|x| event_word(x).is_some() || matches!(x, "victims" | "casualties"))
        })
    {
        return ("part", None);
    }
    if let Some(p) = k.checked_sub(1).and_then(|j| spans.get(j)) {
        let p_first = w.toks.partition_point(|t| t.s < p.start);
        let p_last = w.toks.partition_point(|t| t.e <= p.end);
        let comma = (p_last..first).any(|i| w.mark(i) == Some(b','));
        let stop = (p_last..first).any(|i| w.mark(i).is_some_and(|m| matches!(m, b'.' | b';')));
        // A whole of victims ("the six people shot", "the nine victims");
        // not a population ("Of the 150 passengers on board, 12 were
        // injured": the 12 are all the injured).
        let victims = (p_last..first).any(|i| {
            w.word(i)
                .is_some_and(|x| event_word(x).is_some() || matches!(x, "victims" | "casualties"))
        });
        if fronted_whole(w, p_first) && comma && !stop && victims {
            return ("part", p.value);
        }
    }
    // "three of the six", "one of five people", "two of them"; but "all
    // eight of the dead" are all of them, and "a mother of four" is one
    // mother (of four children).
    let parent = last >= 1 && w.any(last - 1, PARENTS);
    if w.is(last, "of") && !(first >= 1 && w.is(first - 1, "all")) && !parent {
        let mut j = last + 1;
        if w.any(j, &["the", "those", "these", "its", "their", "our"]) {
            j += 1;
        }
        if let Some(n) = spans.get(k + 1) {
            if w.toks.get(j).is_some_and(|t| t.s == n.start) {
                return ("part", n.value);
            }
        }
        if w.any(
            last + 1,
            &["them", "those", "whom", "these", "which", "the"],
        ) {
            // A measure before ("minus-40 degrees and 3/4 of the town")
            // is no group the part is taken from.
            let whole = spans[..k]
                .last()
                .filter(|p| p.unit.is_none())
                .and_then(|p| p.value);
            return ("part", whole);
        }
    }
    // "In the province of Kessel alone, 17 people died": one place's
    // share of a toll told for a wider area.
    if (prev_end.max(first.saturating_sub(8))..first)
        .any(|i| w.is(i, "alone") && w.mark(i + 1) == Some(b','))
    {
        return ("part", None);
    }
    // "Two children were among the dead", "two brothers are among
    // those wounded": some of a larger group.
    if (last..(last + 4).min(next_start).min(w.len()))
        .take_while(|&i| w.mark(i).is_none())
        .any(|i| w.is(i, "among") && i > 0 && w.any(i - 1, &["were", "was", "are", "is"]))
    {
        return ("part", None);
    }
    // "including two", "among them three", "among the dead were two".
    let mut j = first;
    for _ in 0..3 {
        if j <= prev_end {
            break;
        }
        j -= 1;
        if w.any(
            j,
            &[
                "including",
                "include",
                "includes",
                "included",
                "among",
                "both",
                "plus",
            ],
        ) {
            // "among the six people shot": the group named with its own
            // verb is the whole, not a part.
            if w.is(j, "among")
                && j + 2 == first
                && w.any(j + 1, &["the", "those", "these"])
                && own_participle(w, last).is_some()
            {
                break;
            }
            let whole = spans[..k]
                .last()
                .filter(|p| p.unit.is_none())
                .and_then(|p| p.value);
            return ("part", whole);
        }
        if w.mark(j).is_some_and(|m| m != b',') {
            break;
        }
    }
    // "three other victims", "another two", "two more", "two others",
    // "two additional".
    // "a second one died", "a third person": one more than told before.
    if (first >= 1
        && w.any(
            first - 1,
            &[
                "other",
                "another",
                "additional",
                "further",
                "second",
                "third",
                "fourth",
                "fifth",
            ],
        ))
        || w.any(last, &["other", "others", "more", "additional", "further"])
        // "another man was wounded": the count is "another" itself; so
        // is "a" in "a second man was injured".
        || w.is(first, "another")
        || (w.any(first, &["a", "an"]) && w.any(first + 1, &["second", "2nd"]))
    {
        return ("other", None);
    }
    // "Lee and her three children were shot dead": one group of a list
    // that also names someone else.
    if first >= 2 && w.any(first - 1, &["his", "her", "their"]) && w.is(first - 2, "and") {
        return ("part", None);
    }
    // "the first three victims", "the remaining two", "the last four".
    if first >= 1
        && w.any(
            first - 1,
            &["first", "last", "remaining", "latest", "final"],
        )
    {
        return ("part", None);
    }
    // "Officers found three people shot", "located two victims": the
    // victims responders found at the scene, while others may reach a
    // hospital on their own or die later.
    const FOUND: &[&str] = &["found", "find", "finds", "located", "discovered"];
    // Those found dead are the dead ("police found three people dead"):
    // the rule is for the wounded.
    // "found two people shot to death".
    let found_dead = (last..(last + 5).min(w.len()))
        .take_while(|&i| w.mark(i).is_none())
        .any(|i| w.any(i, &["dead", "deceased", "death"]));
    if casualty
        && !found_dead
        && first >= 1
        && (w.any(first - 1, FOUND)
            || (first >= 2 && w.any(first - 2, FOUND) && w.any(first - 1, &["the", "all"])))
    {
        return ("part", None);
    }
    // "died at the scene", "still in hospital", "remain hospitalized",
    // "in critical condition" against the count of the event.
    let right = last..(last + 8).min(next_start).min(w.len());
    for i in right.clone().filter(|_| casualty) {
        if w.any(i, &["scene", "still", "remain", "remains", "remained"]) {
            return ("part", None);
        }
        // "a child died and her mother remains in the hospital": a
        // clause of its own, about someone else.
        if clause_opens(w, i) {
            break;
        }
        if w.mark(i).is_some_and(|m| matches!(m, b'.' | b';' | b','))
            && !w.is(i.saturating_sub(1), "people")
        {
            break;
        }
    }
    // "Two victims killed in the shooting have been identified": the
    // victims named so far, who may be fewer than the toll.
    let clause_end = (last..(last + 16).min(w.len()))
        .find(|&i| {
            w.mark(i)
                .is_some_and(|m| matches!(m, b'.' | b';' | b'!' | b'?'))
        })
        .unwrap_or((last + 16).min(w.len()));
    if casualty
        && (last + 1..clause_end)
            .any(|i| w.is(i, "identified") && w.any(i - 1, &["been", "were", "was", "are"]))
    {
        return ("part", None);
    }
    // One item of a split or a list of the people counted: "three men
    // and two women", and as headlines write it, "Baby, 4 people
    // injured", "2 children, 1 teen shot".
    const PERSONS: &[&str] = &[
        "baby",
        "infant",
        "toddler",
        "child",
        "children",
        "kid",
        "kids",
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "man",
        "men",
        "woman",
        "women",
        "boy",
        "boys",
        "girl",
        "girls",
        "males",
        "females",
        "officer",
        "officers",
        "adult",
        "adults",
        "juvenile",
        "juveniles",
        "male",
        "female",
        "person",
        "civilian",
        "civilians",
        "soldier",
        "soldiers",
        "bystander",
        "bystanders",
        "student",
        "students",
    ];
    let joined = |i: usize| w.mark(i) == Some(b',') || w.is(i, "and") || w.is(i, "&");
    let listed_before = first >= 2 && joined(first - 1) && w.any(first - 2, PERSONS);
    // The next item is a figure ("two women") or one person ("a man").
    let next_item = spans
        .get(k + 1)
        .is_some_and(|n| w.toks.get(last + 2).is_some_and(|t| t.s == n.start))
        || w.any(last + 2, &["a", "an"]);
    let listed_after =
        joined(last + 1) && w.any(last, PERSONS) && next_item && w.any(last + 3, PERSONS);
    if listed_before || listed_after {
        return ("part", None);
    }
    ("total", None)
}

/// Whether the dead a count of the hit names died at a place (the scene,
/// the hospital), within twenty tokens after `last`: those may be fewer
/// than all the dead, a part.
fn died_at_a_place(w: &Words<'_>, last: usize) -> bool {
    // Within its own clause: not "one of the victims died and the second
    // was taken to hospital", whose hospital is the other's.
    (last..(last + 20).min(w.len()))
        .take_while(|&i| !clause_stop(w, i) && !clause_opens(w, i))
        .any(|i| {
            w.any(i, &["scene", "hospital", "inside"])
                // "died at the house", "in their home"; not "at a house
                // party".
                || (w.any(
                    i,
                    &["house", "home", "apartment", "residence", "car", "vehicle"],
                ) && i >= 1
                    && w.any(i - 1, &["the", "his", "her", "their"]))
        })
}

/// Whether a conjunction at `i` opens a clause about someone else: "a
/// child died and her mother remains in the hospital", "one of the
/// victims died and the second was taken to hospital", "while two
/// others were hurt".
fn clause_opens(w: &Words<'_>, i: usize) -> bool {
    w.any(i, &["and", "while", "but", "whereas"])
        && (w.any(
            i + 1,
            &[
                "the", "a", "an", "another", "his", "her", "their", "he", "she", "they", "two",
                "three", "four",
            ],
        ) || w.is_number(i + 1))
}

/// Whether the figure at token `first` names a whole group a word of
/// quantity ranges over ("all of the seven injured", "none of the four
/// victims", "most of the 20 people shot"): the group, named as a total
/// would be, not a part referred back to.
fn quantified_whole(w: &Words<'_>, first: usize) -> bool {
    first >= 3
        && w.any(first - 1, &["the", "those", "these"])
        && w.is(first - 2, "of")
        && w.any(
            first - 3,
            &[
                "all", "none", "each", "both", "neither", "most", "some", "many", "several",
            ],
        )
}

/// Whether the figure at token `first` is the whole of a phrase that
/// opens its sentence or clause with "Of the" or "Among the" ("Of the
/// six people shot, two died", "police said that of the six ..."): the
/// count of everyone, of which the clause after it tells a part.
fn fronted_whole(w: &Words<'_>, first: usize) -> bool {
    first >= 2
        && w.any(first - 1, &["the", "those", "these"])
        && w.any(first - 2, &["of", "among"])
        && (first == 2 || w.mark(first - 3).is_some() || w.is(first - 3, "that"))
}

/// Whether a death or shooting count includes the perpetrator.
fn perpetrator_of(w: &Words<'_>, last: usize) -> Option<&'static str> {
    const PERP: &[&str] = &[
        "gunman",
        "shooter",
        "suspect",
        "attacker",
        "assailant",
        "perpetrator",
        "bomber",
        "killer",
        "gunmen",
        "attackers",
        "himself",
        "herself",
    ];
    let n = w.len();
    for i in last..n {
        if w.any(i, &["including", "counting"]) {
            let j = if w.any(i + 1, &["the", "a", "an", "her", "his", "their"]) {
                i + 2
            } else {
                i + 1
            };
            // "including the gunman"; "including an unborn child", a
            // casualty that some counts leave out.
            if w.any(j, PERP) || w.any(j + 1, PERP) || w.is(j, "unborn") {
                return Some("included");
            }
        }
        if w.any(i, &["excluding", "besides", "plus"])
            || (w.is(i, "not") && w.is(i + 1, "including"))
            || (w.is(i, "addition") && w.is(i + 1, "to"))
        {
            let j = (i + 1..(i + 4).min(n)).find(|&j| w.any(j, PERP));
            if j.is_some() {
                return Some("excluded");
            }
        }
        // "before killing himself", "turned the gun on himself"; and as
        // the last of a list of the killed, "kills wife, son, daughter,
        // then himself", "shoots daughter, self".
        // (Not a surrender: "has turned himself in", "turned herself over
        // to police".)
        let surrender = i >= 1
            && w.any(i - 1, &["turn", "turns", "turned", "turning"])
            && w.any(i + 1, &["in", "over"]);
        if w.any(i, &["himself", "herself", "themselves", "self"]) && !surrender {
            let listed = i >= 1 && (w.any(i - 1, &["then", "and"]) || w.mark(i - 1) == Some(b','));
            let near =
                |back: usize, verbs: &[&str]| (i.saturating_sub(back)..i).any(|j| w.any(j, verbs));
            const KILLING: &[&str] = &[
                "killing", "killed", "kill", "shooting", "shot", "turning", "turned",
            ];
            let pronoun = !w.is(i, "self");
            if (pronoun && near(4, KILLING))
                || (listed && near(12, &["killed", "kills", "shoots", "shot"]))
            {
                return Some("excluded");
            }
        }
        if w.is(i, "own") && w.is(i + 1, "life") {
            return Some("excluded");
        }
        // "before police killed him", "before officers shot him dead",
        // "before he was killed by police", "before being fatally shot":
        // the killer died after the count, and is not in it.
        if w.is(i, "before") && killed_after(w, i + 1) {
            return Some("excluded");
        }
    }
    None
}

/// Whether the clause from `i` tells of the killer's death at the hands
/// of others: police or officers killing "him" or "her", or "he was" or
/// "being" killed (not "he killed his wife": a victim).
fn killed_after(w: &Words<'_>, i: usize) -> bool {
    const FORCES: &[&str] = &[
        "police",
        "officers",
        "officer",
        "deputies",
        "deputy",
        "troopers",
        "trooper",
        "agents",
        "authorities",
        "swat",
    ];
    let end = (i + 8).min(w.len());
    let object = |j: usize| w.any(j, &["him", "her"]);
    for j in i..end {
        if w.mark(j).is_some_and(|m| matches!(m, b'.' | b';' | b',')) {
            return false;
        }
        let dead_verb = w.any(j, &["killed", "slain"])
            || (w.is(j, "shot")
                && ((j >= 1 && w.is(j - 1, "fatally"))
                    || w.is(j + 1, "dead")
                    || (object(j + 1) && w.is(j + 2, "dead"))
                    || (w.is(j + 1, "and") && w.is(j + 2, "killed"))));
        if !dead_verb {
            continue;
        }
        let by_forces = (i..j).any(|k| w.any(k, FORCES)) && (object(j + 1) || w.is(j + 1, "and"));
        let passive = (i..j).any(|k| w.any(k, &["being", "was"]))
            && (i..j).all(|k| !w.any(k, &["killed", "shot"]))
            && (j + 1..(j + 4).min(w.len())).any(|k| w.any(k, FORCES))
            || (i..j).any(|k| w.is(k, "being"));
        return by_forces || passive;
    }
    false
}

/// Words of a bond sold to investors: "a 300 mln dlr bond due 1997,
/// priced at 101" is a debt.
const BOND_MARKET: &[&str] = &[
    "issue",
    "issued",
    "issuing",
    "issuer",
    "coupon",
    "due",
    "priced",
    "yield",
    "yielding",
    "maturity",
    "matures",
    "manager",
    "managers",
    "treasury",
    "government",
    "notes",
    "warrant",
    "warrants",
    "convertible",
    "debentures",
    "redemption",
    "underwriters",
    "placement",
    "eurobond",
    "eurobonds",
    "investors",
    // "The bond comes in denominations of 10,000 dlrs and will be
    // listed in Zurich", "a gain on its bond portfolio".
    "listed",
    "denominations",
    "denomination",
    "portfolio",
    "callable",
    "non-callable",
    "subscribed",
    "bondholders",
];

/// Words of a bond set by a court: "his bond was set at $150,000" by a
/// judge, in jail, is bail.
const CUSTODY: &[&str] = &[
    "jail",
    "jailed",
    "court",
    "judge",
    "charged",
    "arrested",
    "custody",
    "arraigned",
    "magistrate",
    "booked",
    "bail",
    "posted",
    "detention",
];

/// Whether the word at `i` opens a clause of cause or time ("while sales
/// rose", "because of costs", "as OPEC output fell"); "as" only before a
/// verb in the past within three words, not before a noun phrase ("as
/// its deficit target", "as partial settlement").
fn clause_of_cause(w: &Words<'_>, i: usize) -> bool {
    w.word(i)
        .is_some_and(|x| opens_clause(x, || (i + 1..i + 4).map_while(|j| w.word(j)).any(past_verb)))
}

/// [`clause_of_cause`] of a lower-case word and whether a verb in the
/// past follows within three words (asked only after "as").
fn opens_clause(x: &str, verb_follows: impl FnOnce() -> bool) -> bool {
    matches!(
        x,
        "after" | "because" | "while" | "when" | "amid" | "despite"
    ) || x == "as" && verb_follows()
}

/// An auxiliary of a clause's own verb ("were killed", "has died"): what
/// joins two counts of one verb cannot hold one.
fn auxiliary(x: &str) -> bool {
    matches!(x, "was" | "were" | "is" | "are" | "has" | "have" | "had")
}

/// A verb in the past (lower case), by its ending or a common irregular
/// form ([`simple_past`]).
fn past_verb(y: &str) -> bool {
    (y.len() > 4 && y.ends_with("ed")) || simple_past(y) || matches!(y, "was" | "were")
}

/// The measure an amount, rate or price stands for.
fn measure_of(
    w: &Words<'_>,
    first: usize,
    last: usize,
    next_amount: Option<usize>,
    money: bool,
    in_name: &dyn Fn(usize) -> bool,
) -> Option<&'static str> {
    let n = w.len();
    // "22 cts a share", "$1.05 per share", "Shr 22 cts": per share.
    let after_share = w.any(last, &["a", "per"]) && w.any(last + 1, &["share", "shr"]);
    // "Earnings per share were $1.06": earnings or a dividend per share
    // before the figure (not another figure's "2.35 dlrs per share on
    // sales of").
    let per_share = after_share
        || (first.saturating_sub(3)..first).any(|i| w.any(i, &["shr", "eps", "per-share"]))
        || money
            && (first.saturating_sub(5).max(1)..first.saturating_sub(1)).any(|i| {
                w.is(i, "per")
                    && w.any(i + 1, &["share", "shr"])
                    && w.word(i - 1)
                        .and_then(|x| MEASURE_OF_WORD.get(x))
                        .is_some_and(|m| matches!(*m, "net profit" | "dividend"))
            });
    let mut best: Option<(usize, &'static str)> = None;
    // "values Bolt at 1.2 billion dlrs, or 31 dlrs a share": a price per
    // share restating the amount before it reads that amount's words.
    let restated =
        per_share && first >= 2 && w.is(first - 1, "or") && w.mark(first - 2) == Some(b',');
    let lo = first.saturating_sub(if restated { 14 } else { 6 });
    // "two cts per share quarterly cash dividend": the words of "per
    // share" do not use up the reach after the figure.
    // "a $375m (£195.3m) profit": a bracket right after the figure (its
    // conversion) does not use up the reach either.
    let right = if w.mark(last) == Some(b'(') {
        (last + 1..(last + 8).min(n))
            .find(|&j| w.mark(j) == Some(b')'))
            .map_or(last, |j| j + 1)
    } else {
        last
    };
    let hi = (right + if after_share { 6 } else { 4 }).min(n);
    // (Not past a clause of cause or time: "rose to $82.40 a barrel as
    // OPEC output fell".)
    let hi = (right..hi).find(|&i| clause_of_cause(w, i)).unwrap_or(hi);
    for i in lo..hi {
        if (first..right).contains(&i) {
            continue;
        }
        let Some(x) = w.word(i) else { continue };
        let dist = if i < first { first - i } else { i - right + 1 };
        let m = if x == "operating" || x == "oper" {
            Some("operating profit")
        } else if matches!(x, "pretax" | "pre-tax") {
            Some("pretax profit")
        } else if money && matches!(x, "earned" | "earns") {
            // "Acme earned $410 million in the quarter" (not a share of
            // a poll: "earned 10 percent support"); what a person earns
            // is pay ("he earns £10,000 for the work").
            let person = i > 0
                && w.any(
                    i - 1,
                    &[
                        "he", "she", "i", "you", "we", "they", "who", "workers", "staff",
                    ],
                );
            Some(if person { "pay" } else { "net profit" })
        } else if x == "coupon" && money {
            // "The coupon on its 50 mln franc bond": the coupon is the
            // bond's rate, not the amount.
            None
        } else if matches!(x, "bond" | "bonds") {
            // "His bond was set at $150,000" (in jail, before a judge) is
            // bail; "a 300 mln dlr bond due 1997, priced at 101", a debt
            // its issuer sells.
            let market = (0..n).any(|j| w.any(j, BOND_MARKET));
            let custody = (0..n).any(|j| w.any(j, CUSTODY));
            if !money {
                // "The 5.3 pct bond of 1997 finished at 4.010 pct": a
                // percentage of a bond is its rate, bail is money (not a
                // share: "80 pct of their portfolios in bonds").
                (!w.is(right, "of")).then_some("rate")
            } else if custody {
                Some("bail")
            } else if market {
                Some("debt")
            } else {
                // Neither: one bond is more often bail than an issue.
                (x == "bond").then_some("bail")
            }
        } else if matches!(x, "signed" | "signing" | "joined" | "joins") {
            // "signed the striker for £30m", "joined Arsenal for £45m":
            // a player's fee, what the club paid "for" him.
            (i < first && first >= 1 && w.is(first - 1, "for")).then_some("fee")
        } else if matches!(x, "values" | "valuing") {
            // "a sale valuing the company at $4 billion": the valuation
            // the verb leads to ("raised $500 million and values the
            // company at ..." is the next figure's; "netback values were
            // up 17 cts" is a price).
            (i < first && (i + 1..first).any(|j| w.is(j, "at"))).then_some("value")
        } else if x == "pay"
            && (i + 1 == first
                || i > 0
                    && w.any(
                        i - 1,
                        &[
                            "to", "will", "would", "must", "could", "can", "should", "may",
                        ],
                    ))
        {
            // "will pay $5 million in fines", "ordered Acme to pay Vance
            // $12 million": the verb, not a salary.
            None
        } else if x == "office" && i > 0 && w.is(i - 1, "box") {
            Some("takings")
        } else if x == "gross"
            && w.word(i + 1).and_then(|y| MEASURE_OF_WORD.get(y)) == Some(&"net profit")
        {
            Some("gross profit")
        } else if x == "gross" && w.any(i + 1, &["domestic", "national"]) {
            // "gross domestic product of $660m": the economy's GDP, no
            // film's takings.
            MEASURE_OF_WORD.get("gdp").copied()
        } else if x == "weekend" && i > 0 && w.any(i - 1, &["opening", "debut"]) {
            // "took $32 million in its opening weekend": a film's takings.
            Some("takings")
        } else {
            match MEASURE_OF_WORD.get(x).copied() {
                // "operating profit", "pretax income", "gross profit": the
                // compound names the measure, whatever word is nearer.
                Some("net profit") if i > 0 && w.any(i - 1, &["operating", "oper"]) => {
                    Some("operating profit")
                }
                Some("net profit") if i > 0 && w.any(i - 1, &["pretax", "pre-tax"]) => {
                    Some("pretax profit")
                }
                Some("net profit") if i > 0 && w.is(i - 1, "gross") => Some("gross profit"),
                // "the unemployment rate", "the jobless rate", "the
                // inflation rate": the economy's rate the compound names.
                Some("rate") if i > 0 && w.any(i - 1, &["unemployment", "jobless"]) => {
                    Some("unemployment rate")
                }
                // "producer price inflation", "wholesale price inflation
                // rate": the prices of makers, not of shops (the
                // economy's inflation rate).
                Some("inflation rate" | "rate")
                    if (x == "inflation" || i > 0 && w.is(i - 1, "inflation"))
                        && (i.saturating_sub(3)..i).any(|j| {
                            w.any(j, &["producer", "wholesale", "factory-gate"])
                                && w.any(j + 1, &["price", "prices"])
                        }) =>
                {
                    Some("producer price inflation")
                }
                Some("rate") if i > 0 && w.is(i - 1, "inflation") => Some("inflation rate"),
                // Not an amount: "unemployment benefit of £70".
                Some("unemployment rate" | "inflation rate" | "producer price inflation")
                    if money =>
                {
                    None
                }
                m => m,
            }
        };
        // (The word's own reading first: most words name no measure.)
        let Some(m) = m else { continue };
        if in_name(i) {
            continue;
        }
        // What the figure is before or after ("a deficit before
        // borrowing", "profit after tax"), and the first word of a
        // compound whose head is another measure ("sales tax", "interest
        // rate"), are not its measure.
        let qualifier = i > 0
            && w.any(
                i - 1,
                &["before", "after", "excluding", "including", "less", "minus"],
            );
        let modifier = w
            .word(i + 1)
            .is_some_and(|y| MEASURE_OF_WORD.contains_key(y))
            && MEASURE_OF_WORD.contains_key(x)
            && !(first..last).contains(&(i + 1));
        // "net profit rose to $412 million, on revenue of $3.1 billion":
        // a measure named after the figure that introduces the next
        // figure (its qualifier and currency are that figure's own
        // words) is that figure's.
        let introduces_next = i >= last
            && w.any(i + 1, &["of", "was", "were", "at", "totalled", "totaled"])
            && next_amount.is_some_and(|next| {
                (i + 2..=i + 3).contains(&next)
                    && (i + 2..next).all(|j| w.any(j, &["a", "an", "the", "estimated"]))
            });
        // A compound after the figure stands at its first word ("10%
        // inflation, 15% interest rates": the 15% is a rate).
        let dist = if i > right
            && w.word(i - 1)
                .is_some_and(|y| MEASURE_OF_WORD.contains_key(y))
        {
            dist - 1
        } else {
            dist
        };
        if !qualifier && !modifier && !introduces_next && best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, m));
        }
    }
    let m = best.map(|(_, m)| m);
    if let Some(stat) = statistic_of(w, first) {
        return Some(stat);
    }
    if per_share {
        // A bid, a price or a valuation per share is a price, not what
        // the company earned; and what a buyer offers ("offered 46 dlrs
        // per share", "worth about 55 dlrs per share"), the price at
        // which a bond converts, and the price the market paid ("closed
        // at 26.625 dlrs a share") are three prices of one share.
        let near =
            |words: &[&str]| (lo..hi).any(|i| !(first..last).contains(&i) && w.any(i, words));
        return Some(match m {
            Some("dividend") => "dividend",
            _ if near(&["conversion", "convertible", "exercise", "strike"]) => "conversion price",
            // "values Bolt at 1.2 billion dlrs, or 31 dlrs a share",
            // "valuing each share at 829p": a valuation is an offer's.
            _ if near(&["values", "valuing"]) => "per-share offer",
            Some("price" | "value" | "offer") => {
                let offered = (lo..hi).any(|i| {
                    !(first..last).contains(&i)
                        && w.word(i)
                            .and_then(|x| MEASURE_OF_WORD.get(x))
                            .is_some_and(|m| matches!(*m, "offer" | "value"))
                });
                if offered || m != Some("price") {
                    "per-share offer"
                } else {
                    "per-share price"
                }
            }
            // "shares ... at an estimated 21 to 24 dlrs a share", "sold
            // at 30 dlrs a share": what a share goes at is its price.
            None if {
                let mut j = first;
                while j > lo
                    && w.any(
                        j - 1,
                        &[
                            "an",
                            "estimated",
                            "about",
                            "around",
                            "roughly",
                            "approximately",
                        ],
                    )
                {
                    j -= 1;
                }
                j > lo && w.is(j - 1, "at")
            } =>
            {
                "per-share price"
            }
            // "buy the stock for 71 dlrs a share", "tendered for 73 dlrs
            // a share of its stock": what is paid for a share.
            None if first >= 1 && w.is(first - 1, "for") => "per-share price",
            // "will pay $32 per share for Telmar": a buyer's price for the
            // company is its offer; "paid 30 dlrs a share", a price.
            None if first >= 1 && w.any(first - 1, &["pay", "pays", "paying", "paid"]) => {
                if after_share && w.is(last + 2, "for") {
                    "per-share offer"
                } else {
                    "per-share price"
                }
            }
            _ => "per-share earnings",
        });
    }
    m
}

/// A statistic of a rate or price that the sentence names before the
/// figure ("the average rate of discount ... rose to 9.5195 pct", "the top
/// accepted rate", "the lowest price"): the average, the median, the
/// highest and the lowest of one series are four measures, never one.
fn statistic_of(w: &Words<'_>, first: usize) -> Option<&'static str> {
    /// The statistic a word names.
    #[derive(Clone, Copy)]
    enum Stat {
        Average,
        /// "mean", a verb as often as the average ("would mean total
        /// spending of"): read as one before a rate or a price only.
        Mean,
        High,
        Low,
        /// The middle value of a series, not its mean: "the median house
        /// price" and "the average house price" are two figures.
        Median,
    }
    let stat_at = |i: usize| -> Option<Stat> {
        Some(match w.word(i)? {
            "average" => Stat::Average,
            "mean" => Stat::Mean,
            "top" | "highest" | "maximum" | "peak" => Stat::High,
            "lowest" | "minimum" | "bottom" => Stat::Low,
            "median" => Stat::Median,
            _ => return None,
        })
    };
    let lo = first.saturating_sub(20);
    // (Most sentences name no statistic: one look for its words first.)
    if !(lo..first).any(|i| stat_at(i).is_some()) {
        return None;
    }
    // An amount that flows ("three-month average sales", "the average
    // salary") has its average and median too, never its own figure.
    const FLOWS: &[&str] = &[
        "sales", "revenue", "revenues", "earnings", "income", "spending", "wages", "salary",
        "salaries", "pay",
    ];
    // The nearest such noun before the figure, with no figure between
    // (the statistic is of this figure's series), and the statistic
    // just before it, one word between at most ("top accepted rate").
    let nearest = |nouns: &[&str]| {
        (lo..first)
            .rev()
            .take_while(|&i| !w.is_number(i))
            .find(|&i| w.any(i, nouns))
    };
    let stat_of = |noun: usize| (noun.saturating_sub(2)..noun).rev().find_map(stat_at);
    let series = nearest(&["rate", "rates", "price", "prices", "yield"])
        .and_then(|noun| Some((noun, stat_of(noun)?)));
    let Some((noun, stat)) = series else {
        return match stat_of(nearest(FLOWS)?)? {
            Stat::Average => Some("average amount"),
            Stat::Median => Some("median amount"),
            _ => None,
        };
    };
    let price = w.any(noun, &["price", "prices"]);
    Some(match (stat, price) {
        (Stat::Average | Stat::Mean, false) => "average rate",
        (Stat::High, false) => "highest rate",
        (Stat::Low, false) => "lowest rate",
        (Stat::Median, false) => "median rate",
        (Stat::Average | Stat::Mean, true) => "average price",
        (Stat::High, true) => "highest price",
        (Stat::Low, true) => "lowest price",
        (Stat::Median, true) => "median price",
    })
}

/// The pair of currencies a sentence quotes against one another ("The
/// dollar slid to $1.3666 against the euro"): where the first currency's
/// name ends (a byte offset of the text) and the pair ("dollar/euro").
fn fx_pair_of(cx: &SentenceCx<'_>) -> Option<(usize, String)> {
    // The three words searched at once.
    static QUOTED: std::sync::LazyLock<super::Literals> =
        std::sync::LazyLock::new(|| super::Literals::new(&["against", "versus", "vs"]));
    let sentence = cx.text.get(cx.start..cx.end).unwrap_or("");
    let quoted = QUOTED.any_in(sentence);
    let cur = |c: &regex::Captures<'_>, k: usize| {
        c.get(k).map_or("", |m| m.as_str()).to_ascii_lowercase()
    };
    if let Some(c) = FX_PAIR
        .as_ref()
        .filter(|_| quoted)
        .and_then(|re| re.captures(sentence))
    {
        return Some((
            cx.start + c.get(1)?.end(),
            format!("{}/{}", cur(&c, 1), cur(&c, 2)),
        ));
    }
    // "Against the yen, the dollar was trading at $103.05".
    let fronted = quoted || sentence.contains("Against");
    let c = FX_PAIR_FRONTED
        .as_ref()
        .filter(|_| fronted)?
        .captures(sentence)?;
    Some((
        cx.start + c.get(2)?.end(),
        format!("{}/{}", cur(&c, 2), cur(&c, 1)),
    ))
}

/// The entity an amount belongs to: the nearest organisation of the
/// sentence before the figure, else after it; a place only in the
/// possessive ("Turkey's debt"). People are left out: the person beside
/// an amount is mostly its speaker, not its owner.
/// `pair` is the sentence's pair of currencies ([`fx_pair_of`]), `bases`
/// the currencies it names ([`fx_bases_of`], read when first needed).
fn holder_of(
    cx: &SentenceCx<'_>,
    w: &Words<'_>,
    pair: &Option<(usize, String)>,
    bases: &std::cell::OnceCell<Vec<FxBase>>,
    sp: &Span<'_>,
) -> Option<String> {
    // "The dollar slid to $1.3666 against the euro": an exchange rate
    // belongs to its pair of currencies, not to whoever the sentence
    // quotes.
    // (Not a price of a unit: "oil closed at $50.88 a barrel".)
    let per_unit = sp.unit.is_some_and(|u| u.contains('/'));
    if let Some((_, pair)) = pair
        .as_ref()
        .filter(|(end, _)| *end <= sp.start && !per_unit)
    {
        return Some(pair.clone());
    }
    if let Some(pair) = rate_in_other_currency(cx, bases, sp) {
        return Some(pair);
    }
    let b = cx.text.as_bytes();
    let owner = |e: &&Entity| {
        e.start >= cx.start
            && e.end <= cx.end
            && !crate::extract::entities::lexicon::credit_rating(&e.surface)
            && !millions_code(&e.surface)
            // "USD 40m": the amount's own currency code, not its owner.
            && (e.end <= sp.start || e.start >= sp.end)
            && (e.kind == "ORG"
                || (e.kind == "PLACE"
                    && b.get(e.end) == Some(&b'\'')
                    && b.get(e.end + 1) == Some(&b's')))
    };
    // "Acme said it filed with the Securities and Exchange Commission a
    // registration statement covering a 30 mln dlr issue", "told the
    // SEC it holds 5.2 pct": the body a statement is made to hears it;
    // the figure is the one who makes it.
    // (Also past what is filed: "filed a shelf registration with the
    // Securities and Exchange Commission covering up to 250 mln dlrs".)
    let audience = |e: &Entity| {
        let head = cx.text[cx.start..e.start].trim_end();
        let head = head.strip_suffix(" the").unwrap_or(head);
        let filed_with = head.strip_suffix(" with").is_some_and(|h| {
            h.split_whitespace()
                .rev()
                .take(5)
                .any(|w| matches!(w, "filed" | "filing" | "files" | "file"))
        });
        filed_with || told_to(cx.text, e.start)
    };
    let before = cx
        .entities
        .iter()
        .rev()
        .filter(owner)
        .find(|e| e.end <= sp.start && !audience(e));
    // "Dunmore Brands, a rival of Halvern Foods, said its profit fell":
    // an organisation in an apposition describes the one before it,
    // which is the clause's subject and the figure's holder.
    let before = before.map(|e| {
        let head = &cx.text[cx.start..e.start];
        head.rfind(',')
            .filter(|&comma| {
                let inner = head[comma + 1..].trim_start();
                let article = ["a ", "an ", "the "].iter().any(|a| inner.starts_with(a));
                // (Closed, and not by a clause of its own: "the parent of
                // Republic Health, which is 64 pct owned by ...".)
                let closed = cx.text[e.end..]
                    .trim_start()
                    .strip_prefix(',')
                    .is_some_and(|r| {
                        !["which ", "who ", "whose ", "that ", "where "]
                            .iter()
                            .any(|w| r.trim_start().starts_with(w))
                    });
                article && closed && !inner.contains(['(', ';', '"'])
            })
            .and_then(|comma| {
                let subject = cx.start + comma;
                cx.entities.iter().filter(owner).find(|s| s.end == subject)
            })
            .unwrap_or(e)
    });
    // "The average house price in England was £180,126", "growth in
    // China remains at 9.1%": a measure of a place's market or economy
    // (the measure's noun, "in", the place, before the figure in its
    // clause), when no organisation holds it.
    const MEASURES: &[&str] = &[
        "price",
        "prices",
        "growth",
        "inflation",
        "unemployment",
        "joblessness",
        "output",
        "production",
        "sales",
        "exports",
        "imports",
        "wages",
        "earnings",
        "spending",
        "investment",
        "rents",
        "demand",
        "population",
        "volumes",
        "rate",
        "rates",
        "deficit",
        "surplus",
        "gdp",
        "economy",
    ];
    // Also the place before the measure's noun ("UK house prices rose
    // 2.1%"), and past a participle that carries the clause on ("rose
    // 2.1%, taking the average price to £180,226").
    let measure_word = |x: &str| MEASURES.iter().any(|m| x.eq_ignore_ascii_case(m));
    let one_clause = |between: &str| {
        between.split(',').skip(1).all(|part| {
            let next = part.split_whitespace().next().unwrap_or("");
            [
                "taking", "bringing", "pushing", "lifting", "putting", "leaving",
            ]
            .iter()
            .any(|p| next.eq_ignore_ascii_case(p))
        }) && !between.contains([';', '(', '"'])
    };
    let of_place = || {
        cx.entities.iter().rev().find(|e| {
            e.kind == "PLACE"
                && e.start >= cx.start
                && e.end <= sp.start
                && one_clause(&cx.text[e.end..sp.start])
                && (cx.text[..e.start]
                    .strip_suffix(" in ")
                    .or_else(|| cx.text[..e.start].strip_suffix(" in the "))
                    .is_some_and(|head| {
                        measure_word(head.rsplit([' ', '\n']).next().unwrap_or(""))
                    })
                    || {
                        // ("UK house prices", "Japan's export prices"; not
                        // "Britain said prices").
                        let words: Vec<&str> = cx.text[e.end..sp.start]
                            .split_whitespace()
                            .take(3)
                            .collect();
                        words.iter().position(|x| measure_word(x)).is_some_and(|m| {
                            words[..m].iter().all(|x| {
                                x.chars().all(|c| c.is_ascii_lowercase() || c == '\'')
                                    && !x.ends_with("ed")
                                    && !matches!(
                                        *x,
                                        "said" | "says" | "is" | "was" | "has" | "the" | "a" | "an"
                                    )
                            })
                        })
                    })
        })
    };
    // "downgraded 850 mln dlrs of debt of Arbor Power", "rates 420 mln
    // dlrs of Calder Gas debentures": a debt belongs to the organisation
    // that owes it, named after the amount, not to the agency or buyer
    // the sentence opens on. Not a share ("holding 35 pct of Brazil's
    // debt", "own 54 pct of X's securities"): a stake is its holder's.
    let debtor = || {
        (sp.category == Some("money")).then_some(())?;
        cx.entities
            .iter()
            .filter(owner)
            .find(|e| e.start >= sp.end)
            .filter(|e| owes(&cx.text[sp.end..e.start], &cx.text[e.end..cx.end]))
    };
    // "to yield 100 basis points over the 9-1/4 pct Treasury bonds",
    // "20 pct more than Xerox": the organisation a figure is measured
    // against is its benchmark, not its holder.
    // The comparison follows the figure within its clause ("over their
    // life cycle, York said" is the speaker's).
    // So is one named right after "than" anywhere past the figure ("was
    // priced to yield 7.73 pct, or 60.5 basis points more than comparable
    // Treasury securities").
    let benchmark = |e: &Entity| {
        let between = &cx.text[sp.end..e.start];
        let near = !between.contains([',', ';'])
            && between.split_whitespace().take(3).any(|x| {
                ["over", "above", "below", "than", "versus", "vs", "against"]
                    .iter()
                    .any(|m| x.eq_ignore_ascii_case(m))
            });
        let mut last = between.split_whitespace().rev();
        let (w1, w2) = (last.next(), last.next());
        let than = |x: Option<&str>| x.is_some_and(|x| x.eq_ignore_ascii_case("than"));
        let than = than(w1)
            || than(w2)
                && w1.is_some_and(|x| {
                    x.chars().all(|c| c.is_ascii_lowercase()) && !matches!(x, "that" | "those")
                });
        near || than
    };
    // "Brent rose to $82.40 as OPEC output fell": an organisation in a
    // clause of a cause or a time after the figure is not its owner.
    let subordinate = |e: &Entity| {
        let from = w.toks.partition_point(|t| t.s < sp.end);
        let to = w.toks.partition_point(|t| t.s < e.start);
        (from..to).any(|i| clause_of_cause(w, i))
    };
    // "... with a 4-3/4 pct coupon, lead manager Halvern Bank said", "...,
    // said sole underwriter Dunmore Securities": a firm quoted after the
    // figure in its role in the deal is the sentence's source, not the
    // figure's owner (a firm that speaks for itself, "...,
    // Acme Corp said", is both).
    let in_role = |e: &Entity| {
        let between = &cx.text[sp.end..e.start];
        let Some(comma) = between.rfind(',') else {
            return false;
        };
        const ROLES: &[&str] = &[
            "manager",
            "managers",
            "co-manager",
            "underwriter",
            "underwriters",
            "agent",
            "arranger",
            "broker",
            "brokers",
        ];
        between[comma + 1..]
            .split_whitespace()
            .next_back()
            .is_some_and(|x| ROLES.iter().any(|r| x.eq_ignore_ascii_case(r)))
    };
    let pick = debtor()
        .or(before)
        .or_else(|| {
            cx.entities
                .iter()
                .filter(owner)
                .find(|e| e.start >= sp.end)
                .filter(|e| !benchmark(e) && !subordinate(e) && !in_role(e) && !audience(e))
        })
        .or_else(of_place);
    pick.map(name_of)
}

/// The candidate, party or side a count of votes goes to, when its
/// clause names one: the owner right before the figure ("Smith won
/// 52,310 votes to Jones's 48,200"), the one it goes "to" or is "for"
/// right after ("48,200 votes for Lee Jones"), else the one right
/// before it ("gave the Conservatives 44 pct of the vote"), else a
/// person or organisation of its clause that won, took or
/// cast them ("Dana Smith easily won the race with 52,310 votes", "the
/// Senate voted 58 to 31"; not
/// "He worked under Edward Heath and won the seat by 11 votes", nor
/// "Mr Trotter said 13,000 people voted"). Two candidates' votes are two
/// figures; a count of votes that names no one is compared with none.
fn candidate(cx: &SentenceCx<'_>, sp: &Span<'_>) -> Option<String> {
    const BREAKS: [char; 5] = [',', ';', ':', '"', '('];
    let t = cx.text;
    // "173 of the 299 votes", "75 pct of the seven mln votes cast": the
    // votes cast in all, no one's.
    if t.get(cx.start..sp.start)?.ends_with(" of the ") {
        return None;
    }
    let from = t
        .get(cx.start..sp.start)?
        .rfind(BREAKS)
        .map_or(cx.start, |i| cx.start + i + 1);
    let to = t
        .get(sp.end..cx.end)?
        .find(BREAKS)
        .map_or(cx.end, |i| sp.end + i);
    let mut party = cx
        .entities
        .iter()
        .filter(|e| matches!(e.kind, "PERSON" | "ORG") && e.start >= from && e.end <= to);
    let owner = |e: &&Entity| {
        e.end <= sp.start && matches!(t.get(e.end..sp.start), Some("'s " | "' " | "\u{2019}s "))
    };
    let named_after = |e: &&Entity| {
        e.start >= sp.end
            && !t
                .get(e.end..)
                .is_some_and(|r| r.starts_with('\'') || r.starts_with('\u{2019}'))
            && t.get(sp.end..e.start).is_some_and(|between| {
                let words = between.split_whitespace();
                words.clone().count() <= 4
                    && words.last().is_some_and(|w| matches!(w, "for" | "to"))
                    && !between.bytes().any(|b| b.is_ascii_digit())
            })
    };
    let won = |e: &Entity| {
        // (An adverb may stand between: "easily won", "narrowly took".)
        let mut words = t.get(e.end..sp.start).unwrap_or("").split_whitespace();
        let mut next = words.next().unwrap_or("");
        if next.len() > 4 && next.ends_with("ly") {
            next = words.next().unwrap_or("");
        }
        VOTES_TAKEN.contains(&next)
    };
    // "The poll gave the Conservatives 44 pct of the vote": the party
    // named right before the figure.
    let right_before =
        |e: &&Entity| e.end <= sp.start && t.get(e.end..sp.start).is_some_and(|g| g == " ");
    let pick = party
        .clone()
        .find(owner)
        .or_else(|| party.clone().find(right_before))
        .or_else(|| party.clone().find(named_after))
        .or_else(|| party.find(|e| e.end <= sp.start && won(e)));
    pick.map(name_of)
}

/// Whether the words after a percentage make it a share of the votes
/// cast: "of the vote", "of the votes cast", "of the popular vote", "of
/// ballots".
fn vote_share(w: &Words<'_>, last: usize) -> bool {
    let mut i = last;
    if !w.is(i, "of") {
        return false;
    }
    i += 1;
    if w.is(i, "the") {
        i += 1;
    }
    if w.any(i, &["popular", "total", "first-round", "national"]) {
        i += 1;
    }
    w.any(i, &["vote", "votes", "ballots"])
}

/// Whether the name at byte `start` of `text` is the one a statement is
/// made to ("the coach told Valley Sports Radio", "informed the SEC"): the
/// figures are the speaker's, not the audience's.
pub(crate) fn told_to(text: &str, start: usize) -> bool {
    let head = text.get(..start).unwrap_or("").trim_end();
    let head = head.strip_suffix(" the").unwrap_or(head);
    ["told", "informed", "notified"]
        .iter()
        .any(|v| head.ends_with(v))
}

/// The country a sentence opens on as the subject of its verb ("Peru
/// has approved a plan allowing up to 49% foreign ownership", "Chile
/// intends to spend around 2bn dlrs"): the figures no
/// organisation of the sentence holds are the country's, not the
/// article's lead organisation's. (A possessive, "Turkey's debt", is
/// [`holder_of`]'s.)
fn country_subject(cx: &SentenceCx<'_>) -> Option<String> {
    let first = cx.entities.iter().find(|e| e.start >= cx.start)?;
    let head = cx.text.get(cx.start..first.start)?.trim();
    let opens = head.is_empty() || head == "The";
    let verb_next = cx
        .text
        .get(first.end..cx.end)?
        .strip_prefix(' ')
        .and_then(|r| r.split(' ').next())
        .is_some_and(|w| {
            // A verb: an auxiliary, a verb of wanting or an irregular
            // past, or a past tense in -ed; not a noun the name
            // qualifies ("US crude was trading at $48.20", "German
            // unemployment rose"). A country that speaks is the figure's
            // source, not its holder ("Britain said prices rose 2%").
            const VERBS: &[&str] = &[
                "has", "have", "had", "is", "was", "are", "were", "will", "would", "may", "might",
                "can", "could", "should", "must", "plans", "intends", "wants", "expects", "aims",
                "needs", "hopes", "owes", "spends", "earns", "gets", "pays", "lost", "spent",
                "paid", "sold", "sent", "won", "took", "gave", "cut", "set",
            ];
            (VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ed")))
                && !matches!(w, "reported" | "announced")
        });
    // (The country's own name, not its people's, "The Dutch were the
    // keenest buyers", nor a place within it, "Wall Street has been
    // pricing", "Texas has seen".)
    (opens
        && verb_next
        && first.kind == "PLACE"
        && crate::extract::entities::lexicon::names_a_nation(&first.surface)
        && crate::extract::entities::lexicon::is_country(&name_of(first)))
    .then(|| name_of(first))
}

/// An entity's full name within the document, or its surface.
fn name_of(e: &Entity) -> String {
    if e.canonical.is_empty() {
        e.surface.clone()
    } else {
        e.canonical.clone()
    }
}

/// The organisation that cuts or adds the jobs of a count, when it is the
/// subject of the verb that governs the count: "Acme Motors said it
/// would cut 800 jobs", "Acme plans to hire about 200 workers". Only
/// that shape: jobs are otherwise a count of the story's event, and the
/// organisation a sentence opens on may be the union or a buyer ("The
/// union said the company would cut 800 jobs").
fn employer(cx: &SentenceCx<'_>, sp: &Span<'_>) -> Option<String> {
    const VERBS: &[&str] = &[
        "cut",
        "cuts",
        "cutting",
        "shed",
        "sheds",
        "shedding",
        "eliminate",
        "eliminates",
        "eliminated",
        "eliminating",
        "lay",
        "lays",
        "laid",
        "laying",
        "slash",
        "slashes",
        "slashed",
        "axe",
        "axes",
        "axed",
        "trim",
        "trims",
        "trimmed",
        "add",
        "adds",
        "added",
        "adding",
        "hire",
        "hires",
        "hired",
        "hiring",
        "create",
        "creates",
        "created",
        "creating",
    ];
    const BETWEEN: &[&str] = &[
        "said",
        "says",
        "it",
        "would",
        "will",
        "plans",
        "planned",
        "to",
        "is",
        "was",
        "expects",
        "expected",
        "intends",
        "aims",
        "has",
        "had",
        "have",
        "already",
        "also",
        "off",
        "about",
        "some",
        "up",
        "nearly",
        "almost",
        "around",
        "roughly",
        "more",
        "than",
        "over",
        "another",
        "an",
        "additional",
        "a",
        "further",
    ];
    let e = cx
        .entities
        .iter()
        .rev()
        .find(|e| e.kind == "ORG" && e.start >= cx.start && e.end <= sp.start)?;
    let words: Vec<&str> = cx.text[e.end..sp.start]
        .split_whitespace()
        .map(|x| x.trim_end_matches(','))
        .collect();
    let is = |x: &str, set: &[&str]| set.iter().any(|m| x.eq_ignore_ascii_case(m));
    let shape =
        words.iter().any(|x| is(x, VERBS)) && words.iter().all(|x| is(x, VERBS) || is(x, BETWEEN));
    shape.then(|| name_of(e))
}

/// Whether a rating agency's action governs the amount at token `first`:
/// a word of credit ratings before it in its clause ("downgraded",
/// "affirmed", "the ratings on", "placed on creditwatch"), the amount
/// being one of debt (a word of debt within six words after it: "850
/// mln dlrs of debt", "265 mln dlrs BB-minus subordinated debt"; not "its
/// 3.1 billion dlr acquisition offer").
fn rating_action(w: &Words<'_>, first: usize) -> bool {
    let of_debt = (first + 1..(first + 8).min(w.len()))
        .take_while(|&i| !w.mark(i).is_some_and(|m| matches!(m, b'.' | b';' | b',')))
        .any(|i| w.any(i, DEBT_WORDS) || w.is(i, "preferred"));
    if !of_debt {
        return false;
    }
    (first.saturating_sub(12)..first)
        .rev()
        .take_while(|&i| !w.mark(i).is_some_and(|m| matches!(m, b'.' | b';')))
        // Not "the rating agency also said": the agency's name.
        .any(|i| w.any(i, RATING_WORDS) && !w.any(i + 1, &["agency", "agencies"]))
}

/// Whether the words between an amount and an organisation after it
/// (`between`), and those after the organisation (`after`), make the
/// amount a debt the organisation owes: "of debt of X", "of debentures
/// issued by X", "of X's debt", "of X debentures".
fn owes(between: &str, after: &str) -> bool {
    let debt_word = |x: &str| {
        let x = x.trim_end_matches([',', '.']);
        DEBT_WORDS.iter().any(|d| x.eq_ignore_ascii_case(d))
    };
    let of = |x: &str| x.eq_ignore_ascii_case("of");
    let mut words = between.split_whitespace();
    if !words.next().is_some_and(of) {
        return false;
    }
    let rest: Vec<&str> = words.take(6).collect();
    match rest.as_slice() {
        // "of X's debt", "of X debentures".
        [] => after
            .trim_start_matches("'s")
            .split_whitespace()
            .take(3)
            .any(debt_word),
        // "of debt of X", "of long-term debt of X", "of senior notes
        // issued by X".
        [mid @ .., last] if of(last) || last.eq_ignore_ascii_case("by") => {
            !mid.is_empty() && mid.len() <= 4 && mid.iter().any(|x| debt_word(x))
        }
        _ => false,
    }
}

/// Whether a name is a currency's code in millions ("1,240 MSEK"): a
/// unit, never an amount's owner (a bare code may be an acronym,
/// "Swedish Export Credit Corp (SEK)").
pub(crate) fn millions_code(s: &str) -> bool {
    let w = s.as_bytes();
    w.len() == 4
        && w[0] == b'M'
        && w[1..].iter().all(|c| c.is_ascii_uppercase())
        && crate::extract::claims::is_currency_prefix(&w[1..])
}

/// Currencies quoted against one another ("the dollar ... against the
/// euro").
const CURRENCIES: &str =
    "dollar|euro|pound|sterling|yen|yuan|renminbi|franc|rouble|ruble|rupee|peso|won|rand|lira";
static FX_PAIR: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?i)\bthe ({CURRENCIES})\b[^;]{{0,60}}?\b(?:against|versus|vs\.?) the ({CURRENCIES})\b"
    ))
    .ok()
});

/// A currency named before an amount of another as the amount's base
/// ("sterling", "the dollar").
static FX_BASE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(r"(?i)\b(?:sterling|the ({CURRENCIES}))\b")).ok()
});

/// A quote currency's name by its code: pairs are written by name, as
/// [`fx_pair_of`] writes them. (A base's code, the other way, is the unit
/// lexicon's.)
const FX_NAMES: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("pound", "GBP"),
    ("yen", "JPY"),
    ("euro", "EUR"),
    ("yuan", "CNY"),
    ("rupee", "INR"),
    ("rouble", "RUB"),
    ("franc", "CHF"),
    ("franc", "FRF"),
    ("mark", "DEM"),
];

/// A currency a sentence names as a rate's base ([`FX_BASE`]): where its
/// words start and end (byte offsets of the text) and its name.
#[derive(Debug, Clone)]
struct FxBase {
    start: usize,
    end: usize,
    name: String,
}

/// The currencies a sentence names as a rate's base, in order.
fn fx_bases_of(cx: &SentenceCx<'_>) -> Vec<FxBase> {
    let sentence = cx.text.get(cx.start..cx.end).unwrap_or("");
    let Some(re) = FX_BASE.as_ref() else {
        return Vec::new();
    };
    re.captures_iter(sentence)
        .filter_map(|c| {
            let m = c.get(0)?;
            Some(FxBase {
                start: cx.start + m.start(),
                end: cx.start + m.end(),
                name: c
                    .get(1)
                    .map_or("sterling", |n| n.as_str())
                    .to_ascii_lowercase(),
            })
        })
        .collect()
}

/// A currency's value told in another ("the minister wants sterling
/// held at a rate of around 2.75 marks", "the dollar fell to 140
/// yen"): the pair, base first and the quote by name
/// ("sterling/mark"), when the amount follows "at", "to" or "rate(s)
/// of" within the base's clause. Not a cost told beside a currency
/// ("the pound's fall cost Acme 5 mln dlrs").
fn rate_in_other_currency(
    cx: &SentenceCx<'_>,
    bases: &std::cell::OnceCell<Vec<FxBase>>,
    sp: &Span<'_>,
) -> Option<String> {
    let unit = sp.unit.filter(|u| !u.contains('/'))?;
    if sp.category != Some("money") {
        return None;
    }
    // The clause: after the last semicolon before the amount.
    let head = cx.text.get(cx.start..sp.start)?;
    let clause = cx.start + head.rfind(';').map_or(0, |k| k + 1);
    let base = bases
        .get_or_init(|| fx_bases_of(cx))
        .iter()
        .rev()
        .find(|b| b.end <= sp.start)
        .filter(|b| b.start >= clause)?;
    // The base's own code ("sterling": GBP; "the pound", ambiguous in
    // the lexicon, its money's).
    let units = &super::lexicon::UNITS;
    let code = units
        .exact
        .get(base.name.as_bytes())
        .or_else(|| units.folded.get(base.name.as_bytes()))
        .map_or("", |u| u.unit.split('|').next().unwrap_or(""));
    let between = cx.text.get(base.end..sp.start)?;
    let mut words = between.split_whitespace().rev();
    let (w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let quoted = matches!(w1, "at" | "to") || (w1 == "of" && matches!(w2, "rate" | "rates"));
    (quoted
        && !unit.eq_ignore_ascii_case(code)
        && between.len() <= 120
        && !between.contains(['(', '"']))
    .then(|| {
        let quote = FX_NAMES
            .iter()
            .find(|(_, c)| *c == unit)
            .map_or_else(|| unit.to_ascii_lowercase(), |(n, _)| n.to_string());
        format!("{}/{quote}", base.name)
    })
}

/// The pair of [`FX_PAIR`] with the quote currency told first.
static FX_PAIR_FRONTED: std::sync::LazyLock<Option<regex::Regex>> =
    std::sync::LazyLock::new(|| {
        regex::Regex::new(&format!(
            r"(?i)\bagainst the ({CURRENCIES}),? the ({CURRENCIES})\b"
        ))
        .ok()
    });

/// Whether an amount is what the sentence's subject is measured against
/// ("the offer tops a 35 dlr a share bid", "sales exceeded the 2.1
/// billion forecast", "compared with 1.2 billion"): another holder's or
/// another time's figure, not the subject's.
fn rival_figure(w: &Words<'_>, first: usize) -> bool {
    (first.saturating_sub(3)..first).any(|i| {
        w.any(i, BEYOND) || (i >= 1 && w.any(i, &["with", "to"]) && w.is(i - 1, "compared"))
    })
}

/// Verbs that set one figure beyond another ("tops", "beat",
/// "exceeded"): what follows them is another figure's, a rival's
/// ([`rival_figure`]) or a forecast's ([`forecast`]).
const BEYOND: &[&str] = &[
    "tops",
    "topped",
    "topping",
    "beats",
    "beat",
    "beating",
    "exceeds",
    "exceeded",
    "exceeding",
    "surpasses",
    "surpassed",
    "surpassing",
    "eclipses",
    "eclipsed",
    "outbid",
    "outbids",
    "trumps",
    "trumped",
];

/// Whether the figure is the prior column of an "X vs Y" line ("Shr 22
/// cts vs 19 cts": 19 is the year-ago figure).
fn prior_column(w: &Words<'_>, first: usize) -> bool {
    first >= 1 && w.any(first - 1, &["vs", "versus", "against"])
        || (first >= 2 && w.mark(first - 1) == Some(b'.') && w.is(first - 2, "vs"))
        || (first >= 2
            && w.any(first - 1, &["loss", "profit"])
            && w.any(first - 2, &["vs", "versus"]))
}

#[cfg(test)]
mod tests {
    use crate::extract::check_cases;
    use crate::{extract, Document};

    /// The frame of the claim whose surface is `span` in `text`, shown as
    /// `event/counted/scope[/whole][/perp][/measure][/holder][/x]` (`x`:
    /// not comparable).
    fn show(input: &str) -> String {
        let (text, span) = input.split_once(" | ").expect("case: text | span");
        let doc = Document::from_text("t", text);
        let ex = extract(&doc);
        let Some(c) = ex.claims.iter().find(|c| c.surface == span) else {
            let got: Vec<_> = ex.claims.iter().map(|c| c.surface.as_str()).collect();
            return format!("no claim {span:?} in {got:?}");
        };
        let mut s = format!(
            "{}/{}/{}",
            c.event.unwrap_or("-"),
            c.counted.as_deref().unwrap_or("-"),
            c.scope
        );
        if let Some(w) = c.whole {
            s += &format!("/whole={w}");
        }
        if let Some(p) = c.perpetrator {
            s += &format!("/perp={p}");
        }
        if let Some(m) = c.measure {
            s += &format!("/{m}");
        }
        if let Some(h) = &c.holder {
            s += &format!("/@{h}");
        }
        if !c.comparable {
            s += "/x";
        }
        s
    }

    #[test]
    fn casualty_events_across_news_shapes() {
        check_cases(
            &[
                (
                    "Three people were killed in the crash. | Three",
                    "killed/people/total",
                ),
                (
                    "The gunman killed four people at the bar. | four",
                    "killed/people/total",
                ),
                // An object with its noun left out, and one listed before
                // the next verb.
                (
                    "The gunman fled after killing one and injuring six. | one",
                    "killed/people/total/whole=7",
                ),
                // The verb past a list of ages.
                (
                    "Two men, ages 26 and 27, were shot in the foot. | Two",
                    "shot/men/total",
                ),
                (
                    "The blast killed two, injured 5 and left many homeless. | two",
                    "killed/people/total/whole=7",
                ),
                (
                    "4 injured in overnight shooting | 4",
                    "injured/people/total",
                ),
                (
                    "The blast left 12 dead and dozens more hurt. | 12",
                    "died/people/total",
                ),
                (
                    "Five people were shot, two fatally, police said. | Five",
                    "shot/people/total",
                ),
                (
                    "The brothers, both 31 - one lives in Ohio - were shot. | one",
                    "-/lives/total",
                ),
                // One hurt, still in hospital: all the hurt the clause
                // tells of.
                (
                    "A man died and his wife remains in the hospital after the shooting. | his wife",
                    "injured/wives/total",
                ),
                (
                    "Two people were grazed by bullets outside the store. | Two",
                    "injured/people/total",
                ),
                // Shots name the event only as the figure's own noun.
                (
                    "Investigators said 40 shots were fired from two rifles. | 40",
                    "fired/shots/total",
                ),
                (
                    "Investigators said 40 shots were fired from two rifles. | two",
                    "-/rifles/total",
                ),
                (
                    "His shots missed, grazing two passersby on the corner. | two",
                    "injured/passersby/total",
                ),
                (
                    "Police recovered dozens of spent shell casings. | dozens",
                    "fired/shells/total",
                ),
                (
                    "One bullet grazed a child's leg. | One",
                    "-/bullets/total",
                ),
                // Parts of a body are no people hit.
                (
                    "He was shot in one of his legs. | one",
                    "-/legs/total",
                ),
                (
                    "A bullet grazed one of their temples, police said. | one",
                    "-/temples/total",
                ),
                // An event word naming charges is a count of charges.
                (
                    "He admitted three felony wounding charges on Monday. | three",
                    "charged/felonies/total",
                ),
                (
                    "Three men were shot and wounded outside a bar. | Three",
                    "injured/men/total",
                ),
                (
                    "The brawl left six people wounded -- two mortally, police said. | six",
                    "shot/people/total",
                ),
                (
                    "The brawl left six people wounded -- two mortally, police said. | two",
                    "killed/people/total",
                ),
                (
                    "It will sell 5.1 mln shares at an estimated 21 dlrs a share. | an estimated 21 dlrs",
                    "-/-/total/per-share price",
                ),
                // One more person joined to a count: a part of the group
                // its verb counts, one more than it.
                (
                    "Two men and a woman were killed on Sunday. | Two",
                    "killed/men/part/whole=3",
                ),
                (
                    "Two children and their father were found dead. | Two",
                    "died/children/part/whole=3",
                ),
                // And one joined before it.
                (
                    "A woman and three children were shot on Sunday. | three",
                    "shot/children/part/whole=4",
                ),
                (
                    "A six-year-old and three people were shot, police said. | three",
                    "shot/people/part/whole=4",
                ),
                // (Past the person's age.)
                (
                    "A 16-year-old boy and two men were shot Friday night. | two",
                    "shot/men/part/whole=3",
                ),
                (
                    "Bournes had killed his wife and two sons. | two",
                    "killed/sons/part/whole=3",
                ),
                // Not one of another clause.
                (
                    "The shooting left three people hurt and one person dead. | three",
                    "injured/people/total/whole=4",
                ),
                // An age between a count and its noun belongs to the
                // noun phrase: the count reads its verb past it.
                (
                    "Two 16-year-old boys were killed on Sunday. | Two",
                    "killed/boys/total",
                ),
                (
                    "3 teens shot, 2 17-year-olds killed | 2",
                    "killed/people/total",
                ),
                // The dead of those hit are all the dead, as "one of five
                // people shot has died" is.
                (
                    "Police said that two of the wounded had died. | two",
                    "died/people/total",
                ),
                // The badly hurt of a count are a part of it.
                (
                    "Five people were hurt in the crash, two seriously. | two",
                    "injured/people/part/whole=5",
                ),
                (
                    "Four men were shot, two critically, on Sunday. | two",
                    "critical/men/part/whole=4",
                ),
                (
                    "Police said only one shot was fired. | one",
                    "fired/shots/total",
                ),
                (
                    "The officer fired one shot, which missed the dog. | one",
                    "fired/shots/total",
                ),
                // The agent of a passive did it.
                (
                    "She was shot by two men who demanded money. | two",
                    "-/men/total",
                ),
                (
                    "He fatally shot his two sons Oct. 20 before killing himself. | two",
                    "killed/sons/total/perp=excluded",
                ),
                (
                    "She died of at least one gunshot wound. | at least one",
                    "shot/wounds/total/x",
                ),
                (
                    "Five people were shot, two fatally, police said. | two",
                    "killed/people/total",
                ),
                (
                    "Two men were shot and killed on Main Street. | Two",
                    "killed/men/total",
                ),
                // Shot, then dead in the same clause.
                (
                    "Two men were shot in their heads and pronounced dead at the hospital. | Two",
                    "died/men/total",
                ),
                (
                    "Three people were shot and later died. | Three",
                    "died/people/total",
                ),
                (
                    "Four people were shot, and one died later. | Four",
                    "shot/people/total",
                ),
                (
                    "The death toll from the floods rose to 31 on Sunday. | 31",
                    "died/people/total",
                ),
                (
                    "Police arrested 12 protesters overnight. | 12",
                    "arrested/protesters/total",
                ),
                (
                    "Officers found 30 shell casings at the scene. | 30",
                    "fired/casings/total",
                ),
                (
                    "Witnesses said 20 shots were fired. | 20",
                    "fired/shots/total",
                ),
                (
                    "About 200 people attended the vigil. | About 200",
                    "attended/people/total",
                ),
                (
                    "Nearly 80 people were at the cookout when the shots rang out. | Nearly 80",
                    "attended/people/total",
                ),
                (
                    "Four people at the cookout were shot. | Four",
                    "shot/people/total",
                ),
                (
                    "Two of the patients were released from the hospital on Tuesday. | Two",
                    "discharged/patients/part",
                ),
                (
                    "Six people were hit, including a child. | Six",
                    "shot/people/total",
                ),
                (
                    "Two pedestrians were hit by a bus. | Two",
                    "-/pedestrians/total",
                ),
                (
                    "Some 3,000 residents were evacuated. | Some 3,000",
                    "evacuated/residents/total",
                ),
                (
                    "Two victims were taken to the hospital. | Two",
                    "hospitalised/victims/total",
                ),
                (
                    "The party ended with five people in the hospital. | five",
                    "hospitalised/people/total",
                ),
                (
                    "Five people were taken to Grady Memorial Hospital. | Five",
                    "hospitalised/people/total",
                ),
                (
                    "The outbreak has 214 cases, with 33 people needing hospital treatment. | 33",
                    "hospitalised/people/total",
                ),
                (
                    "Doctors gave hospital treatment advice to 40 people. | 40",
                    "-/people/total",
                ),
                (
                    "Two men are in the hospital with gunshot wounds. | Two",
                    "injured/men/total",
                ),
                (
                    "All three were taken to the hospital, where the woman died. | three",
                    "-/-/total",
                ),
                (
                    "Police released two people held in the killing of a girl. | two",
                    "arrested/people/total",
                ),
                (
                    "Shooting kills 1 child, critically injures another. | another",
                    "injured/people/total/whole=2",
                ),
                (
                    "One man was killed, another critically injured and two others were hurt. | another",
                    "critical/people/other",
                ),
                (
                    "He was one of nine people killed and 46 wounded by gunfire in the city during that June weekend. | nine",
                    "killed/people/total/whole=55/x",
                ),
                (
                    "Two factions have fought since the death of his son. | Two",
                    "-/factions/total",
                ),
                (
                    "He lived less than two blocks from where he was shot. | less than two",
                    "-/blocks/total",
                ),
                (
                    "Police said two houses were hit by gunfire. | two",
                    "-/houses/total",
                ),
                (
                    "Police found two people shot to death and three wounded. | two",
                    "killed/people/total/whole=5",
                ),
                (
                    "The teens were taken to two different hospitals. | two",
                    "-/hospitals/total",
                ),
                (
                    "Three hostages were held for hours. | Three",
                    "-/hostages/total",
                ),
                (
                    "Two victims were airlifted to a trauma center and two others were taken to a hospital. | Two",
                    "hospitalised/victims/part",
                ),
                // The subject's verb after an aside that holds figures of
                // its own, and the whole a part is included in.
                (
                    "Three people, including a 15-year-old girl, were wounded. | Three",
                    "injured/people/total",
                ),
                (
                    "Four people, two men and two women, were shot early Sunday. | Four",
                    "shot/people/total",
                ),
                (
                    "Four people, two men and two women, were shot early Sunday. | two",
                    "shot/men/part/whole=4",
                ),
                (
                    "Five people -- including three children -- were injured. | Five",
                    "injured/people/total",
                ),
                // A long aside between dashes, and counts in apposition
                // between them.
                (
                    "Two men - including a 17-year-old high school senior - are dead. | Two",
                    "died/men/total",
                ),
                (
                    "Four people -- three of them teenagers -- were shot late Tuesday. | Four",
                    "shot/people/total",
                ),
                // "also": more victims than those told before.
                (
                    "Two women were also shot. | Two",
                    "shot/women/other",
                ),
                // A split whose last group is one person.
                (
                    "Three people were killed, two men and a woman, and five were hurt. | two",
                    "killed/men/part/whole=3",
                ),
                // A part of a group the sentence opens on.
                (
                    "Of the wounded, two were in critical condition. | two",
                    "critical/people/part",
                ),
                (
                    "Of the 150 passengers on board, 12 were injured. | 12",
                    "injured/people/total",
                ),
                // Counts joined past their ages share the verb, each a
                // part; not a count in another clause.
                (
                    "Two men, 18 and 20, and one woman, 19, were taken to Mercy Hospital. | Two",
                    "hospitalised/men/part",
                ),
                (
                    "Gonzalez, along with four other gang members, was charged in the shooting in which 12-year-old Ana Vega was killed and three women were injured. | four",
                    "-/members/other",
                ),
                // The second object of a verb of harm is a part of those
                // it befell.
                (
                    "The gunman killed his wife and two children. | two",
                    "killed/children/part/whole=3",
                ),
                (
                    "He shot his girlfriend and their three sons. | three",
                    "shot/sons/part",
                ),
                // A count split by place: each group is a part.
                (
                    "The earthquake killed 95 people in Nepal and 25 in India. | 25",
                    "killed/people/part",
                ),
                (
                    "Two victims were rushed to Mercy Hospital and three to Jackson Memorial Hospital. | Two",
                    "hospitalised/victims/part",
                ),
                (
                    "Three people were shot in Chicago and two in Evanston on Saturday. | Three",
                    "shot/people/part",
                ),
                // A count split, after a mark, into a list that adds up
                // to it; not a list of its own.
                (
                    "Seven people were injured, five by gunfire and two trampled in the rush to flee. | two",
                    "injured/people/part/whole=7",
                ),
                (
                    "Police arrested nine people, four men and five women. | four",
                    "arrested/men/part/whole=9",
                ),
                (
                    "The drought affected eight provinces in the north, two in the east and three in the south. | two",
                    "-/-/total",
                ),
                // Not one place named twice, nor a place of only one.
                (
                    "Three men and two women were shot in Chicago. | two",
                    "shot/women/part",
                ),
                (
                    "Four people were shot in Chicago and Evanston. | Four",
                    "shot/people/total",
                ),
                (
                    "Seven students were treated for minor injuries. | Seven",
                    "treated/students/total",
                ),
                (
                    "One victim survived; the other four died. | One",
                    "injured/victims/total/whole=5",
                ),
                (
                    "He killed three people and injured 14 others Thursday before police killed him. | 14",
                    "injured/people/total/whole=17",
                ),
                (
                    "Also injured in the shooting were three men. | three",
                    "injured/men/total",
                ),
                (
                    "She was one of four people hit by gunfire. | four",
                    "shot/people/total",
                ),
                (
                    "Two men were struck by a stray bullet on Main Street. | Two",
                    "shot/men/total",
                ),
                (
                    "All three were found dead in the car. | three",
                    "died/people/total",
                ),
                // Past an aside of their ages to the verb.
                (
                    "At least 19 people, ranging from 12 to 27 years old, were treated at hospitals. | At least 19",
                    "treated/people/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn parts_others_and_wholes() {
        check_cases(
            &[
                // The objects of one verb of harm, joined by "and": each
                // is hurt as the verb says, and a part of the hurt.
                (
                    "He opened fire, wounding two officers and three civilians. | three",
                    "injured/civilians/part",
                ),
                (
                    "He opened fire, wounding two officers and three civilians. | two",
                    "injured/officers/part",
                ),
                (
                    "The gunman wounded a guard and two other people. | two",
                    "injured/people/part/whole=3",
                ),
                // Others beside the first count: both parts of the sum.
                (
                    "He fired, injuring his two children and four other people. | two",
                    "injured/children/part/whole=6",
                ),
                (
                    "He fired, injuring his two children and four other people. | four",
                    "injured/people/part/whole=6",
                ),
                (
                    "The blast killed 12 soldiers and three civilians. | three",
                    "killed/civilians/part",
                ),
                // Not after a verb in the passive, nor across a verb.
                (
                    "He was shot twice and three hours later he died. | three hours",
                    "-/-/total",
                ),
                (
                    "Three of the six victims died. | Three",
                    "died/victims/part/whole=6",
                ),
                (
                    "Two of five people shot died at the hospital. | Two",
                    "died/people/part/whole=5",
                ),
                (
                    "Five people were shot; two of them died. | two",
                    "died/people/total/whole=5",
                ),
                // A measure before is no group the part is drawn from.
                (
                    "The snow lay 30 centimetres deep and two of the victims died. | two",
                    "died/victims/total",
                ),
                // The dead of one place are a part; the hospital of
                // another clause is not where they died.
                (
                    "Two of the men died at the apartment and a third died later. | Two",
                    "died/men/part",
                ),
                (
                    "One of the victims died and the second victim was taken to hospital. | One",
                    "died/victims/total",
                ),
                (
                    "One of those killed was the shooter. | One",
                    "killed/people/part",
                ),
                (
                    "Al Roe was one of the victims fatally shot on Sunday. | one",
                    "killed/victims/part",
                ),
                (
                    "Six people were hurt, including two critically. | two",
                    "-/-/part/whole=6",
                ),
                (
                    "The cuts include 1,200 jobs in Europe. | 1,200",
                    "-/jobs/part",
                ),
                ("One man died at the scene. | One", "died/men/part"),
                (
                    "Three other victims were taken to hospital. | Three",
                    "hospitalised/victims/other",
                ),
                (
                    "Police said two more people were injured. | two",
                    "injured/people/other",
                ),
                (
                    "The gunman killed one man and injured three others. | three",
                    "injured/people/total/whole=4",
                ),
                (
                    "A gunman killed one person and wounded five others Wednesday. | five",
                    "injured/people/total/whole=6",
                ),
                (
                    "Police said one man is dead and three other people were shot. | three",
                    "injured/people/total/whole=4",
                ),
                (
                    "Smith was killed. Three other victims were shot. | Three",
                    "injured/victims/total",
                ),
                (
                    "Smith was killed. Two other victims were hospitalized. | Two",
                    "hospitalised/victims/other",
                ),
                (
                    "A second one died at a hospital. | one",
                    "died/people/other",
                ),
                (
                    "Police found three people dead inside the home. | three",
                    "died/people/total",
                ),
                (
                    "Lee and her three children were shot dead. | three",
                    "killed/children/part",
                ),
                (
                    "A 17-year-old was killed and two others were wounded. | two",
                    "injured/people/total/whole=3",
                ),
                (
                    "Two people remain in hospital. | Two",
                    "hospitalised/people/part",
                ),
                (
                    "Two people were critically wounded. | Two",
                    "critical/people/total",
                ),
                (
                    "It brought to 20 the number of people shot in the city in a span of 80 hours. | 20",
                    "shot/people/total/x",
                ),
                (
                    "Police say one of five people shot outside the bar early Sunday has died. | one",
                    "died/people/total/whole=5",
                ),
                (
                    "One of the two men shot died at the scene. | One",
                    "died/men/part/whole=2",
                ),
                (
                    "Two teenagers were among those wounded. | Two",
                    "injured/teenagers/part",
                ),
                (
                    "Three people are among the dead. | Three",
                    "died/people/part",
                ),
                (
                    "The gunman fired into the crowd, hitting four people. | four",
                    "shot/people/total",
                ),
                (
                    "The pitcher finished the game striking out nine batters. | nine",
                    "-/batters/total",
                ),
                // A whole a word of quantity ranges over is named as a
                // total, not referred back to; so is a group named by
                // what befell it.
                (
                    "All of the seven injured are expected to survive, police said. | seven",
                    "injured/people/total",
                ),
                (
                    "None of the four injured had life-threatening wounds. | four",
                    "injured/people/total",
                ),
                (
                    "Most of the 20 people shot were teenagers. | 20",
                    "shot/people/total",
                ),
                (
                    "The two were taken to the hospital. | two",
                    "hospitalised/people/part",
                ),
                (
                    "Many of the 300 residents were evacuated. | 300",
                    "evacuated/residents/total/x",
                ),
                // The whole told first: "Of the N ..., M ...".
                (
                    "Of the seven people shot, three died. | seven",
                    "shot/people/total",
                ),
                // A family's size, unless the event befell all of it.
                (
                    "A family of five died in an apparent murder-suicide. | five",
                    "died/people/total",
                ),
                (
                    "A family of four was found dead in their home. | four",
                    "died/people/total",
                ),
                (
                    "A family of five had moved in next door. | five",
                    "-/-/total/x",
                ),
                // A station's call sign is no wave of shootings.
                (
                    "LOUISVILLE, KY (WAVE) - Police now say a total of seven people were shot at the park. | a total of seven",
                    "shot/people/total",
                ),
                (
                    "It was the latest in a wave of shootings in which seven people were shot. | seven",
                    "shot/people/total/x",
                ),
                (
                    "The two sides held 11 rounds of talks. | 11",
                    "-/rounds/total",
                ),
                (
                    "Police found 11 rounds of ammunition in the car. | 11",
                    "fired/rounds/total",
                ),
                (
                    "Police found 548 rounds of unspent ammunition. | 548",
                    "fired/rounds/total",
                ),
                (
                    "Three men were shot after a series of altercations inside a club. | Three",
                    "shot/men/total",
                ),
                (
                    "Of the seven people shot, three died. | three",
                    "died/people/total/whole=7",
                ),
                (
                    "Among the nine victims, four were taken to the hospital. | four",
                    "hospitalised/people/part/whole=9",
                ),
                (
                    "Police said that of the 12 injured, two are in critical condition. | two",
                    "critical/people/part/whole=12",
                ),
                (
                    "Of the 90 passengers on board, 11 were injured. | 11",
                    "injured/people/total",
                ),
                (
                    "Three people died Sunday and her mother remains in the hospital. | Three",
                    "died/people/total",
                ),
                (
                    "Two of the four people wounded remain in critical condition. | Two",
                    "critical/people/part/whole=4",
                ),
                (
                    "One of the five people shot died at the hospital. | five",
                    "shot/people/total",
                ),
                (
                    "One of the five victims survived the shooting. | five",
                    "injured/victims/part",
                ),
                (
                    "Two of the three were killed. | three",
                    "killed/people/part",
                ),
                (
                    "Officers arrived to find two men suffering from gunshot wounds. | two",
                    "shot/men/part",
                ),
                (
                    "Two people were seriously injured in the crash. | Two",
                    "critical/people/total",
                ),
                (
                    "Three passengers suffered life-threatening injuries. | Three",
                    "critical/passengers/total",
                ),
                (
                    "Two people suffered minor injuries. | Two",
                    "injured/people/total",
                ),
                (
                    "The blast left one worker fatally injured and two others with serious injuries. | one",
                    "killed/people/total",
                ),
                (
                    "The blast left one worker fatally injured and two others with serious injuries. | two",
                    "injured/people/total/whole=3",
                ),
                (
                    "When deputies arrived they found four men with gunshot wounds. | four",
                    "shot/men/part",
                ),
                (
                    "Officers located two victims in a parked car. | two",
                    "-/victims/part",
                ),
                (
                    "Four people were found shot in a car. | Four",
                    "shot/people/total",
                ),
                (
                    "Three men and two women were wounded. | Three",
                    "injured/men/part",
                ),
                (
                    "It found the two knives used to kill the three men. | two",
                    "-/knives/part",
                ),
                (
                    "Police say one of the friends accidentally fired off a shot. | one",
                    "-/friends/part",
                ),
                ("Some 100 employees were fired last week. | Some 100", "dismissed/employees/total"),
            ],
            show,
        );
    }

    #[test]
    fn perpetrator_included_or_excluded() {
        check_cases(
            &[
                (
                    "Four people, including the gunman, died. | Four",
                    "died/people/total/perp=included",
                ),
                (
                    "He killed three people before killing himself. | three",
                    "killed/people/total/perp=excluded",
                ),
                (
                    "Two people were killed, not including the shooter. | Two",
                    "killed/people/total/perp=excluded",
                ),
                // A surrender is no death.
                (
                    "A girl was fatally shot at home; the boy suspected of shooting her has turned himself in. | A girl",
                    "killed/girls/total",
                ),
                // The killer killed by others after the count.
                (
                    "He killed three people before police shot him dead. | three",
                    "killed/people/total/perp=excluded",
                ),
                (
                    "He killed three people before he was killed by police. | three",
                    "killed/people/total/perp=excluded",
                ),
                // Not another victim, nor a wound.
                (
                    "He shot three people before he killed his wife. | three",
                    "shot/people/total",
                ),
                (
                    "He shot three people before police shot and wounded him. | three",
                    "shot/people/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn subject_past_a_long_modifier() {
        check_cases(
            &[
                // One place's share of a wider toll.
                (
                    "In the northern province of Kessel alone, 17 people died. | 17",
                    "died/people/part",
                ),
                (
                    "Four men coming from a wake to honor a slain friend were shot, one fatally. | Four",
                    "shot/men/total",
                ),
                (
                    "Two men who were leaving a party on Elm Street were wounded. | Two",
                    "injured/men/total",
                ),
                (
                    "Two men who were shot at a party last week were arrested on Monday. | Two",
                    "arrested/men/total",
                ),
                // Or their death, after how they were hurt.
                (
                    "Two men who were hit inside the store died at the scene. | Two",
                    "died/men/total",
                ),
                (
                    "Three teens who had been shot near the river later died. | Three",
                    "died/teens/total",
                ),
                // A life taken.
                (
                    "The shooting injured three men and claimed the life of one woman. | one",
                    "died/women/total/whole=4",
                ),
                (
                    "The blaze took the life of one man on Sunday. | one",
                    "died/men/total",
                ),
                // The main verb a hospital's (its emergency room): those
                // who came in by car are a part.
                (
                    "Two other people who were shot that night also showed up to the emergency room in their own cars. | Two",
                    "hospitalised/people/other",
                ),
            ],
            show,
        );
    }

    #[test]
    fn not_counts_of_the_story() {
        check_cases(
            &[
                ("Jane Smith, 17, was shot in the leg. | 17", "-/-/total/x"),
                // Closed by a spaced dash; not a hyphen.
                (
                    "Her two sons, Jacob Smith, 9, and Jared Smith, 8 -- were dead. | 8",
                    "died/people/total/x",
                ),
                (
                    "It sells cars with 4.0-liter, 6-cylinder engines. | 6",
                    "-/cylinders/total",
                ),
                ("The victim was a mother of two. | two", "-/-/total/x"),
                (
                    "Davies leaves behind a wife and three children. | three",
                    "-/children/total/x",
                ),
                (
                    "He is survived by his mother and two sisters. | two",
                    "-/sisters/total/x",
                ),
                (
                    "He was charged in the shooting death of a mother of four on Friday. | a mother",
                    "killed/mothers/total",
                ),
                (
                    "Friends said the dead man had two young sons. | two",
                    "died/sons/total/x",
                ),
                (
                    "She leaves behind three children and a husband. | three",
                    "-/children/total/x",
                ),
                // (Not those a shooting leaves dead.)
                (
                    "The shooting left two children dead. | two",
                    "died/children/total",
                ),
                (
                    "The man who was killed was 17 and was shot twice in the head. | 17",
                    "killed/people/total/x",
                ),
                (
                    "The death toll was 17, police said. | 17",
                    "died/people/total",
                ),
                (
                    "The county had 240 crimes per 100,000 residents. | 100,000",
                    "-/residents/total/x",
                ),
                (
                    "Briggs, who turned 16 in April, was shot in the head. | 16",
                    "-/-/total/x",
                ),
                (
                    "The victim suffered 10 gunshot wounds. | 10",
                    "shot/wounds/total/x",
                ),
                (
                    "The town of about 20,000 people mourned. | about 20,000",
                    "-/people/total/x",
                ),
                (
                    "It happened in Bell, a town of just 350 people. | 350",
                    "-/people/total/x",
                ),
                // A person's record.
                (
                    "He has at least six arrests dating back to 2015. | at least six",
                    "arrested/people/total/x",
                ),
                // A figure joined to a noun before another counts that
                // noun, no event: "a 4-door sedan".
                (
                    "The gunman fired from a 4-door sedan. | 4",
                    "-/doors/total",
                ),
                (
                    "A nine-strong committee voted to raise rates. | nine",
                    "-/committees/total",
                ),
                (
                    "The school has 800 students enrolled. | 800",
                    "-/students/total/x",
                ),
                ("Two dogs were also wounded. | Two", "-/dogs/other"),
                (
                    "The victims were taken to four different hospitals. | four",
                    "-/hospitals/total",
                ),
                (
                    "Police found two rifles and four bullet casings. | two",
                    "-/rifles/part",
                ),
                // The group an untold number is drawn from.
                (
                    "The firm did not say how many of the 2,200 workers would be laid off. | 2,200",
                    "-/workers/total/x",
                ),
                (
                    "Police said many of the 300 residents were evacuated. | 300",
                    "evacuated/residents/total/x",
                ),
                (
                    "All of the 300 residents were evacuated. | 300",
                    "evacuated/residents/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn measures_and_holders_of_amounts() {
        check_cases(
            &[
                (
                    "Acme Corp said revenue rose to $5 billion. | $5 billion",
                    "-/-/total/revenue/@Acme Corp",
                ),
                // Bail is a person's; a bond a market lists is its
                // issuer's debt.
                (
                    "Halvern Bank is issuing a 10-year bond. The bond comes in denominations of 10,000 dlrs and will be listed in Zurich. | 10,000 dlrs",
                    "-/-/total/debt/@Halvern Bank",
                ),
                (
                    "He was held at the Dunmore County Detention Center on a $40,000 bond. | $40,000",
                    "-/bonds/total/bail",
                ),
                // A currency's value in another: the pair's.
                (
                    "The minister wants sterling held at a rate of around 2.75 marks. | around 2.75 marks",
                    "-/-/total/rate/@sterling/mark",
                ),
                (
                    "Sterling closed at 1.6125 dlrs in London. | 1.6125 dlrs",
                    "-/-/total/rate/@sterling/dollar",
                ),
                (
                    "Acme Corp said the pound's fall cost it 5 mln dlrs. | 5 mln dlrs",
                    "-/-/total/cost/@Acme Corp",
                ),
                // The body a firm files with or tells is no holder, nor
                // the article's organisation.
                (
                    "\"We kept a 75% conversion rate,\" the coach told Valley Sports Radio. | 75%",
                    "-/-/total/rate",
                ),
                (
                    "Dunmore Holdings told Harbour Radio its margin was 12%. | 12%",
                    "-/-/total/@Dunmore Holdings",
                ),
                // A country the sentence opens on holds what no
                // organisation of it does; the article's organisation
                // only the rest.
                (
                    "Halvern Bank reported results. Peru plans to borrow around $2bn this year. | around $2bn",
                    "-/-/total/@Peru",
                ),
                (
                    "Halvern Bank reported results. The outlook points to loans of $2bn this year. | $2bn",
                    "-/-/total/debt/@Halvern Bank",
                ),
                (
                    "Halvern Bank reported results. The Dutch were the likeliest buyers at 44%. | 44%",
                    "-/-/total/@Halvern Bank",
                ),
                (
                    "Halvern Bank reported results. Wall Street has been valuing it at 20 dlrs a share. | 20 dlrs",
                    "-/-/total/per-share offer/@Halvern Bank",
                ),
                (
                    "Halvern Bank reported results. Peruvian crude was trading at $48.20 a barrel. | $48.20 a barrel",
                    "-/-/total/price/@Halvern Bank",
                ),
                (
                    "Halvern Bank reported results. In Peru and Chile, loans of $2bn were made. | $2bn",
                    "-/-/total/debt/@Halvern Bank",
                ),
                (
                    "Halvern Inc said it filed with the Securities and Exchange Commission a registration statement covering a 30 mln dlr issue. | 30 mln dlr",
                    "-/issues/total/@Halvern Inc",
                ),
                // A rate read back with "the" is a whole one; a share
                // "of" a firm read back is a part of it.
                (
                    "Growth marked an improvement on the 3.3% growth seen in the second quarter. | 3.3%",
                    "-/-/total/growth",
                ),
                (
                    "Halvern offered 70 dlrs a share for the 45 pct of Norco it does not already own. | 45 pct",
                    "-/-/part",
                ),
                (
                    "Norbrook Mills Co said it filed a shelf registration with the Securities and Exchange Commission covering up to 250 mln dlrs in debt securities. | up to 250 mln dlrs",
                    "-/-/total/debt/@Norbrook Mills Co",
                ),
                // An economy's gross product is no film's gross.
                (
                    "The islands have a gross domestic product of $660m. | $660m",
                    "-/-/total/growth",
                ),
                // An organisation in a clause of cause after the figure
                // owns nothing of it.
                (
                    "Shell reported results. Brent crude rose to $82.40 a barrel as OPEC output fell. | $82.40 a barrel",
                    "-/-/total/@Shell",
                ),
                // "as" before a noun phrase is no clause.
                (
                    "Congress has set $108 billion as its deficit target. | $108 billion",
                    "-/-/total/deficit/@Congress",
                ),
                // The average of an amount that flows is a measure of
                // its own.
                (
                    "He put three-month average sales at about 720 mln dlrs. | about 720 mln dlrs",
                    "-/-/total/average amount",
                ),
                (
                    "The median salary in the county is $48,000. | $48,000",
                    "-/-/total/median amount",
                ),
                // A firm after the figure in its role in the deal is no
                // holder: the article's lead firm is; a firm that speaks
                // for itself is.
                (
                    "Marlow Kogyo Co Ltd is launching 40 mln Swiss francs of notes. The notes have a 4-3/4 pct coupon, lead manager Halvern Bank Corp said. | 4-3/4 pct",
                    "-/-/total/rate/@Marlow Kogyo Co Ltd",
                ),
                (
                    "Sales rose to 100 mln dlrs, Dunmore Corp said. | 100 mln dlrs",
                    "-/-/total/revenue/@Dunmore Corp",
                ),
                // The holder an apposition describes.
                (
                    "Dunmore Brands, a rival of Halvern Foods, said its net profit fell to $233 million. | $233 million",
                    "-/-/total/net profit/@Dunmore Brands",
                ),
                (
                    "Halvern Foods said on Thursday its net profit rose to $412 million. | $412 million",
                    "-/-/total/net profit/@Halvern Foods",
                ),
                // "per share" before the figure.
                (
                    "Acme Corp said earnings per share were $1.06. | $1.06",
                    "-/-/total/per-share earnings/@Acme Corp",
                ),
                // A statistic of a series is a measure of its own.
                (
                    "The average rate of discount at today's Treasury bill tender rose to 9.5195 pct. | 9.5195 pct",
                    "-/-/total/average rate/@Treasury",
                ),
                (
                    "The top accepted rate of discount at the weekly Treasury bill tender rose to 9.5261 pct. | 9.5261 pct",
                    "-/-/total/highest rate/@Treasury",
                ),
                (
                    "The lowest price paid at the auction was $40. | $40",
                    "-/-/total/lowest price",
                ),
                // A measure of a place's market or economy.
                (
                    "The average house price in England was £180,126 in February. | £180,126",
                    "-/-/total/average price/@England",
                ),
                (
                    "Growth in China remains at 9.1% this year. | 9.1%",
                    "-/-/total/growth/@China",
                ),
                (
                    "The average house price in the UK rose to £180,126. | £180,126",
                    "-/-/total/average price/@United Kingdom",
                ),
                (
                    "UK house prices rose 2.1%, taking the average price to £180,226. | £180,226",
                    "-/-/total/average price/@United Kingdom",
                ),
                (
                    "Japanese vehicle exports fell 8.2 pct in March. | 8.2 pct",
                    "-/-/total/exports/@Japan",
                ),
                // Not a place that says, nor where the trade is.
                (
                    "Britain said prices for its bonds rose 2%. | 2%",
                    "-/-/total/rate",
                ),
                // The median is a statistic of its own, not the average.
                (
                    "The median house price in England was £175,000 in February. | £175,000",
                    "-/-/total/median price/@England",
                ),
                // What a sale values a company at; not the amount before
                // the verb, nor a price that is a value.
                (
                    "Acme Corp's share sale raised $500 million and values the company at $6 billion. | $6 billion",
                    "-/-/total/value/@Acme Corp",
                ),
                (
                    "Acme Corp's share sale raised $500 million and values the company at $6 billion. | $500 million",
                    "-/-/total/@Acme Corp",
                ),
                (
                    "Netback values were up 17 cts a barrel. | 17 cts",
                    "-/-/total",
                ),
                // What a club paid for a player, and a fee by name.
                (
                    "Velcorp United signed the midfielder for £30m on Monday. | £30m",
                    "-/-/total/fee/@Velcorp United",
                ),
                (
                    "Tom Reed joined Velcorp United for a fee of about £45m. | about £45m",
                    "-/-/total/fee/@Velcorp United",
                ),
                // Not a place where a firm's shares trade.
                (
                    "In early trade in London the share price was down 1% at 1218 pence. | 1218 pence",
                    "-/-/total/price",
                ),
                (
                    "The agency cut Acme Corp bonds to (low AA), affecting 600 mln dlrs of debt. | 600 mln dlrs",
                    "-/-/total/debt/@Acme Corp",
                ),
                // A debt belongs to whoever owes it, named after the
                // amount; the amount a rating action covers is the
                // action's scope, not a figure to compare.
                (
                    "Moody's Investors Service Inc said it downgraded 850 mln dlrs of debt of Arbor Power Co. | 850 mln dlrs",
                    "-/-/total/debt/@Arbor Power Co/x",
                ),
                (
                    "Standard and Poor's Corp said it affirmed Kelso Industries Inc's 500 mln dlrs of debt. | 500 mln dlrs",
                    "-/-/total/debt/@Kelso Industries Inc/x",
                ),
                (
                    "Dome Mines Ltd has guaranteed 225 mln dlrs of debt of Arctic Petroleum Corp. | 225 mln dlrs",
                    "-/-/total/debt/@Arctic Petroleum Corp",
                ),
                // A stake in another's securities is its holder's; an
                // amount beside a rating that is no debt is compared.
                (
                    "Acme Corp said it will own 54.3 pct of Bolt Inc's voting securities. | 54.3 pct",
                    "-/-/total/@Acme Corp",
                ),
                (
                    "Moody's Investors Service Inc may downgrade Acme Corp because of its 3.1 billion dlr offer for Bolt Inc. | 3.1 billion dlr",
                    "-/offers/total/offer/@Acme Corp",
                ),
                // The organisation a figure is measured against is its
                // benchmark, not its holder: the amount is the article's.
                (
                    "Acme Corp is selling 100 mln dlrs of notes. The notes were priced to yield 100 basis points over comparable Treasury securities. | 100 basis points",
                    "-/-/total/rate/@Acme Corp",
                ),
                // However far past the figure, right after "than".
                (
                    "Acme Corp is offering bonds. A 250 mln dlr issue was priced to yield 7.73 pct, or 60.5 basis points more than comparable Treasury securities. | 250 mln dlr",
                    "-/issues/total/price/@Acme Corp",
                ),
                // Not a comparison in another clause.
                (
                    "Bolt Inc built the plant. Revenue is expected to exceed 500 mln dlrs over the project's life, Acme Corp said. | exceed 500 mln dlrs",
                    "-/-/total/revenue/@Acme Corp",
                ),
                // Jobs are the employer's when it is the subject of the cut.
                (
                    "Acme Motors Corp said it would cut about 800 jobs at its plants. | about 800",
                    "-/jobs/total/@Acme Motors Corp",
                ),
                (
                    "Bolt Inc will hire 145 new salespeople. | 145",
                    "-/salespeople/total/@Bolt Inc",
                ),
                (
                    "The United Auto Workers union said the company would cut 800 jobs. | 800",
                    "-/jobs/total",
                ),
                // A currency's code in millions is the amount's unit, not its owner.
                (
                    "Turnover reached 1,240 MSEK in the quarter. | 1,240 MSEK",
                    "-/-/total/revenue",
                ),
                (
                    "Acme Corp said its net profit fell to $2 million. | $2 million",
                    "-/-/total/net profit/@Acme Corp",
                ),
                (
                    "The film took $12 million at the box office. | $12 million",
                    "-/-/total/takings",
                ),
                (
                    "Traders at Acme Bank said the dollar slid to $1.3666 against the euro. | $1.3666",
                    "-/-/total/rate/@dollar/euro",
                ),
                // The pair told with its quote currency first; a price of
                // a unit in the same sentence is no exchange rate.
                (
                    "Against the yen the dollar was trading down at $103.05. | $103.05",
                    "-/-/total/rate/@dollar/yen",
                ),
                (
                    "The dollar fell against the euro, while oil closed at $50.88 a barrel. | $50.88 a barrel",
                    "-/-/total/price",
                ),
                // A percentage of a bond is its rate, not bail; a share of
                // bonds is neither.
                (
                    "The key 5.3 pct bond was quoted lower on Tuesday. | 5.3 pct",
                    "-/-/total/rate",
                ),
                (
                    "Investors held 80 pct of their portfolios in U.S. bonds. | 80 pct",
                    "-/-/total",
                ),
                // The prior column of a total a share figure restates is
                // the total's measure, not the share figure's.
                (
                    "Acme Corp had profits of 1,000,000 dlrs, or one cent a share, vs 2,493,000 dlrs, or eight cts a share. | 2,493,000 dlrs",
                    "-/-/total/net profit/@Acme Corp",
                ),
                (
                    "Acme Corp earned 22 cts a share. | 22 cts",
                    "-/-/total/per-share earnings/@Acme Corp",
                ),
                // What is paid for a share is its price.
                (
                    "Acme Corp agreed to buy half of Bolt Inc's stock for 71 dlrs a share. | 71 dlrs",
                    "-/-/total/per-share price/@Bolt Inc",
                ),
                (
                    "Acme Corp offered 46 dlrs per share for Bolt Inc. | 46 dlrs",
                    "-/-/total/per-share offer/@Acme Corp",
                ),
                (
                    "Acme Corp's bid tops the 38 dlrs per share offered by Zed Inc. | 38 dlrs",
                    "-/-/other/per-share offer/@Acme Corp",
                ),
                (
                    "Acme Corp sales were 4 billion dlrs, compared with 3.1 billion dlrs. | 3.1 billion dlrs",
                    "-/-/other/@Acme Corp",
                ),
                (
                    "An analyst said Bolt Inc is worth about 55 dlrs per share. | about 55 dlrs",
                    "-/-/total/per-share offer/@Bolt Inc",
                ),
                (
                    "The deal values Bolt Inc at 1.2 billion dlrs, or 31 dlrs a share. | 31 dlrs",
                    "-/-/total/per-share offer/@Bolt Inc",
                ),
                (
                    "Acme Corp said its offer price of 40 dlrs a share stands. | 40 dlrs",
                    "-/-/total/per-share offer/@Acme Corp",
                ),
                (
                    "Acme Corp said its stock closed at 26.625 dlrs a share. | 26.625 dlrs",
                    "-/-/total/per-share price/@Acme Corp",
                ),
                // What a buyer pays a share for the company is its offer;
                // "pay" before an amount is the verb, not a salary.
                (
                    "Acme Corp will pay $32 per share for Bolt Inc. | $32",
                    "-/-/total/per-share offer/@Acme Corp",
                ),
                (
                    "The fund paid $30 a share in the market. | $30",
                    "-/-/total/per-share price",
                ),
                (
                    "The bank will pay $5 million in fines. | $5 million",
                    "-/-/total",
                ),
                (
                    "A jury ordered Acme Corp to pay Rita Vance $12 million. | $12 million",
                    "-/-/total/@Acme Corp",
                ),
                // An amount whose verb and measure are left out after
                // "and" and another holder is of the measure before it.
                (
                    "Acme Corp will pay a dividend of 42 cents, and the Bolt Income Fund 18 cents. | 18 cents",
                    "-/-/total/dividend/@Bolt Income Fund",
                ),
                (
                    "Acme Corp had revenue of $3.1 billion and paid $5 million in fines. | $5 million",
                    "-/-/total/@Acme Corp",
                ),
                // Amounts listed before "respectively" are, in order,
                // of the holders listed before them.
                (
                    "Sales in France, Germany and Italy rose 2%, 3% and 4% respectively. | 3%",
                    "-/-/total/@Germany",
                ),
                (
                    "Prices in the South East and London fell by 1.6% and 0.5% respectively. | 0.5%",
                    "-/-/total/@London",
                ),
                // A word of a name names no measure.
                (
                    "The Halden Growth Fund declared 42 cents. | 42 cents",
                    "-/-/total/@Halden Growth Fund",
                ),
                (
                    "The Bolt Inc notes convert at a conversion price of 17.50 dlrs per share. | 17.50 dlrs",
                    "-/-/total/conversion price/@Bolt Inc",
                ),
            ],
            show,
        );
    }

    #[test]
    fn sums_the_text_states_and_definite_counts() {
        check_cases(
            &[
                (
                    "A teen was killed and three others were injured. | three",
                    "injured/people/total/whole=4",
                ),
                (
                    "It left one person dead and three others injured. | three",
                    "injured/people/total/whole=4",
                ),
                // The other count is the one its event's word comes
                // before, not an age in a list between.
                (
                    "He killed three people -- Ann Lee, 30, and Brian Sadowsky, 44 -- and injured 14 others. | three",
                    "killed/people/total/whole=17",
                ),
                (
                    "The melee left nine people wounded and claimed the life of a man. | nine",
                    "injured/people/total/whole=10",
                ),
                (
                    "Three people were killed and four injured on Main Street. | four",
                    "injured/people/total/whole=7",
                ),
                // The dead beside the shot, or among them: the sum is a
                // whole the text allows.
                (
                    "Nine people were shot and one man was killed on Saturday. | Nine",
                    "shot/people/total/whole=10",
                ),
                (
                    "Four people were shot, and one of them died later. | Four",
                    "shot/people/total",
                ),
                // Kinds told by an adjective each, the noun written once:
                // parts of their sum.
                (
                    "It is cutting 75 full-time and four part-time employees. | 75",
                    "-/employees/part/whole=79",
                ),
                (
                    "It is cutting 75 full-time and four part-time employees. | four",
                    "-/employees/part/whole=79",
                ),
                (
                    "The school has 12 male and 10 female teachers. | 12",
                    "-/teachers/part/whole=22",
                ),
                // Two nouns are two groups, each counted as written.
                (
                    "Three men and two women were killed. | Three",
                    "killed/men/part",
                ),
                (
                    "Jo Smith, 17, was killed at the park. Six others were injured. | Six",
                    "injured/people/total",
                ),
                (
                    "Police arrived at noon. Six others were injured. | Six",
                    "injured/people/other",
                ),
                (
                    "Al Roe was hurt in the raid that killed two. Six others were injured. | Six",
                    "injured/people/other",
                ),
                (
                    "EMS took 4 other victims with gunshot wounds to hospital. | 4",
                    "shot/victims/other",
                ),
                (
                    "A man killed a couple and shot two others. | two",
                    "shot/people/other",
                ),
                (
                    "Police found the two dead inside the car. | two",
                    "died/people/total",
                ),
                (
                    "The three were taken to the hospital. | three",
                    "hospitalised/people/part",
                ),
                (
                    "Police discovered the three dead in the home. | three",
                    "died/people/total",
                ),
                (
                    "He said all eight of the dead lived there. | eight",
                    "died/people/total",
                ),
                // The group named as the dead by its own words: every one
                // of them, not a part of a group told before.
                (
                    "Police identified the two people found dead inside the home. | two",
                    "died/people/total",
                ),
                (
                    "The two killed were brothers, police said. | two",
                    "killed/people/total",
                ),
                (
                    "Friends mourned the four slain on Sunday. | four",
                    "killed/people/total",
                ),
                // The wounded so named may be a part of those hit.
                (
                    "The two people shot were taken to hospital. | two",
                    "shot/people/part",
                ),
                ("Two people are deceased. | Two", "died/people/total"),
                (
                    "The first three victims were stabbed at home. | three",
                    "-/victims/part",
                ),
            ],
            show,
        );
    }

    #[test]
    fn wider_scopes_and_other_incidents() {
        check_cases(
            &[
                ("It brought to 20 the number of people shot in the city this year. | 20", "shot/people/total/x"),
                ("Another shooting last month left two dead nearby. | two", "died/people/total/x"),
                ("Eight officers have been killed nationwide since January. | Eight", "killed/officers/total/x"),
                ("Baby, 4 people injured in drive-by shooting | 4", "injured/people/part"),
                ("Police: 2 children, 1 teen shot in Durham | 2", "-/children/part"),
                ("Police: 2 children, 1 teen shot in Durham | 1", "shot/people/part"),
                ("Dallas, 4 people injured in shooting | 4", "injured/people/total"),
                (
                    "Three were hurt: two men and a woman, police said. | two",
                    "injured/men/part/whole=3",
                ),
                (
                    "He faces three counts of assault resulting in death. | three",
                    "charged/counts/total",
                ),
                (
                    "Two victims killed in the shooting have been identified. | Two",
                    "killed/victims/part",
                ),
                // The group a part is among, with its own verb, is whole.
                (
                    "Two women were among the six people shot. | six",
                    "shot/people/total",
                ),
                (
                    "Two women were among the six people shot. | Two",
                    "-/women/part",
                ),
                (
                    "Two victims were killed, and police identified a suspect. | Two",
                    "killed/victims/total",
                ),
                (
                    "Jones is accused of killing two men outside a bar. | two",
                    "charged/men/total",
                ),
                (
                    "He pleaded guilty to killing three people. | three",
                    "charged/people/total",
                ),
                (
                    "Earlier Monday, eight people were shot at a parade. | eight",
                    "shot/people/total/x",
                ),
                (
                    "Earlier, police said three people were shot. | three",
                    "shot/people/total",
                ),
                ("Officials said 67 officers have been killed in the line of duty this year. | 67", "killed/officers/total/x"),
                ("The feud has claimed two lives over the past year. | two", "died/lives/total/x"),
                ("It has claimed two lives over the past couple of years. | two", "died/lives/total/x"),
                ("One person with a gun can devastate lives. | One", "-/people/total"),
                ("Three people lost their lives in the fire. | Three", "died/people/total"),
                ("Through the end of October 436 people were murdered in the city. | 436", "killed/people/total/x"),
                ("He was one of nine people killed during that weekend. | nine", "killed/people/total/x"),
                ("It came eight months after two bystanders were killed. | two", "killed/bystanders/total/x"),
                // Another incident set beside the story's.
                ("Unlike the sniper attacks that killed five officers in Dallas, the shooting was not planned. | five", "killed/officers/total/x"),
                ("It came in the wake of fatal ambushes that killed three deputies. | three", "killed/deputies/total/x"),
                ("Two years ago, three people were shot at the bar. | three", "shot/people/total/x"),
                // An abbreviation's stop ends no clause.
                (
                    "The city has seen five such shootings, the most recent on Feb. 28 when six people were shot. | six",
                    "shot/people/total/x",
                ),
                (
                    "Four people were shot on Main St. and one died. | Four",
                    "shot/people/total",
                ),
                ("Nine people have been shot at the park since 2019. | Nine", "shot/people/total/x"),
                (
                    "Attacks in two cities collectively claimed the lives of eight officers. | eight",
                    "died/officers/total/x",
                ),
                ("Six shot in gun violence across the borough | Six", "shot/people/total/x"),
                (
                    "In a case of gun violence, a 15-year-old girl was shot and killed on Sunday. | girl",
                    "killed/girls/total",
                ),
                (
                    "Initial reports said five victims, but police later said 6 people had been shot. | 6",
                    "shot/people/total",
                ),
                // A count the article itself says was superseded.
                (
                    "In initial reports, police said two people had been killed and five wounded, but two more have since died. | five",
                    "injured/people/total/whole=7/x",
                ),
                (
                    "Authorities initially had said that six people were shot. | six",
                    "shot/people/total/x",
                ),
                (
                    "Police initially responded to a fight in which two people were shot. | two",
                    "shot/people/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn perpetrator_named_beside_the_count() {
        check_cases(
            &[
                (
                    "Four were killed including himself, the shooter. | Four",
                    "killed/people/total/perp=included",
                ),
                (
                    "It left seven people dead including the suspected shooter. | seven",
                    "died/people/total/perp=included",
                ),
                (
                    "4 dead, including unborn child, in shooting | 4",
                    "died/people/total/perp=included",
                ),
            ],
            show,
        );
    }

    #[test]
    fn prior_columns_and_mixed_events() {
        let doc = Document::from_text("t", "Shr 22 cts vs 19 cts");
        let ex = extract(&doc);
        let roles: Vec<_> = ex
            .claims
            .iter()
            .map(|c| (c.surface.as_str(), c.change_role))
            .collect();
        assert_eq!(roles, [("22 cts", None), ("19 cts", Some("old"))]);
        check_cases(
            &[(
                "About 440 Britons were either dead or missing. | About 440",
                "mixed/britons/total",
            )],
            show,
        );
    }

    #[test]
    fn the_counted_head_is_a_noun() {
        // The words after a figure that are no noun it could count.
        check_cases(
            &[
                // A one-word name and its verb after a plural open a
                // clause; a label or an adjective before a name does not.
                (
                    "Harlow closed three plants Mercer believes could have been saved. | three",
                    "-/plants/total",
                ),
                (
                    "It will redeem the 386,662 series B preferreds at 40 dlrs. | 386,662",
                    "-/preferreds/total",
                ),
                (
                    "He was given eight posthumous Grammy Awards. | eight",
                    "-/awards/total",
                ),
                (
                    "Leaders said they had the 41 votes necessary to pass the bill. | 41",
                    "voted/votes/total/x",
                ),
                (
                    "The caucus has only 49 votes right now. | 49",
                    "voted/votes/total",
                ),
                (
                    "Turnout was 67%, with 12.4 million votes cast. | 12.4 million",
                    "voted/votes/total",
                ),
                (
                    "The virus has killed 160,000 worldwide. | 160,000",
                    "killed/people/total",
                ),
                (
                    "The home is 6 miles north of Shelton. | 6 miles",
                    "-/-/total",
                ),
                // A bare count a change verb sets on its subject counts
                // the subject; a mass noun or a measured one is no count.
                (
                    "Nonfarm payrolls rose by 303,000 in March. | 303,000",
                    "-/payrolls/total",
                ),
                (
                    "Initial jobless claims fell 12,000 to 210,000. | 210,000",
                    "-/claims/total",
                ),
                // Past a percent change and a place the subject is told of.
                (
                    "Murders in Darby fell 12% to 268 last year. | 268",
                    "-/murders/total",
                ),
                (
                    "Murders in Darby fell to 268 last year. | 268",
                    "-/murders/total",
                ),
                (
                    "The population grew by 30,000 last year. | 30,000",
                    "-/-/total/x",
                ),
                (
                    "Its shares rose 20 cents to 30.50 dlrs. | 20 cents",
                    "-/-/total",
                ),
                // A verb or a time after a measure is nothing it counts.
                (
                    "A 5.2-magnitude quake shook the region. | 5.2-magnitude",
                    "-/quakes/total",
                ),
                (
                    "Temperatures dropped to minus 12C overnight. | minus 12C",
                    "-/-/total",
                ),
                (
                    "Police say four other suspects ran from the scene. | four",
                    "-/suspects/other",
                ),
                // A state after the noun is not what is counted.
                (
                    "There were about 150 independent developers left in the industry. | about 150",
                    "-/developers/total",
                ),
                (
                    "Sony promised to have a million units ready for its launch. | a million",
                    "-/units/total",
                ),
                // Heads counted in the singular take their plural.
                (
                    "Police said one policewoman was hurt. | one",
                    "injured/policewomen/total",
                ),
                (
                    "Two schoolchildren and 12 townspeople were rescued. | 12",
                    "rescued/townspeople/total",
                ),
                (
                    "The suspect is 6 feet tall. | 6 feet",
                    "-/-/total",
                ),
                (
                    "A gunman killed 12 people and injured eight inside the building. | eight",
                    "injured/people/total/whole=20",
                ),
                (
                    "The council kept $2 million aside for repairs. | $2 million",
                    "-/-/total",
                ),
                (
                    "The fund bought $900 million worth of bonds. | $900 million",
                    "-/-/total/value",
                ),
                // What forecasters expected is not what was reported ...
                (
                    "Analysts had expected Acme to earn 80 cents a share. | 80 cents",
                    "-/-/total/x",
                ),
                (
                    "Acme earned 85 cents a share, beating the 80 cents analysts had forecast. | 80 cents",
                    "-/analysts/total/x",
                ),
                (
                    "The consensus estimate was $1.20 a share. | $1.20",
                    "-/-/total/x",
                ),
                // ... unless the figure is set against the forecast.
                (
                    "Unemployment rose to 5.2%, more than economists had expected. | 5.2%",
                    "-/-/total/unemployment rate",
                ),
                // What a firm earned is its profit; a share of a poll is not.
                (
                    "Acme earned $410 million in the quarter. | $410 million",
                    "-/-/total/net profit",
                ),
                (
                    "Smith earned 10 percent support in the poll. | 10 percent",
                    "-/-/total",
                ),
                (
                    "Lawmakers added $1.2 billion authorized for roads. | $1.2 billion",
                    "-/-/total",
                ),
                (
                    "Grants went to 40 schools needing repairs. | 40",
                    "-/schools/total",
                ),
                (
                    "The ice storm left 250,000 homes without power. | 250,000",
                    "-/homes/total",
                ),
                // Nor a preposition or an adverb after the noun.
                (
                    "A neighbour heard 5 or 6 shots go off in the street. | 5 or 6",
                    "fired/shots/total",
                ),
                (
                    "Two handguns meanwhile were recovered from the car. | Two",
                    "-/handguns/total",
                ),
                // Places are never the people an event befell.
                (
                    "The ivory came from elephants killed in three countries. | three",
                    "-/countries/total",
                ),
                // The past of an irregular verb ends the phrase as "-ed"
                // does.
                (
                    "The reform came after 600 peers lost their seats. | 600",
                    "-/peers/total",
                ),
                (
                    "Of the 12 seats, seven were held by Democrats and five held by Republicans. | five",
                    "-/-/total",
                ),
                (
                    "More than one meeting took place in the spring. | More than one",
                    "-/meetings/total",
                ),
                // An abbreviation of capitals and stops is one word of the
                // phrase and no end of the clause.
                (
                    "Two U.S. soldiers were killed on Sunday. | Two",
                    "killed/soldiers/total",
                ),
                (
                    "More than 40 F.B.I. agents were sent to the town. | More than 40",
                    "-/agents/total",
                ),
                // An amount or a large tally after "the" is a figure of
                // an earlier time, not a part of a group named before.
                (
                    "The dealer sold 36,100 cars in March, up from the 34,745 sold a year earlier. | 34,745",
                    "-/-/total",
                ),
                (
                    "The two met on Friday to talk. | two",
                    "-/-/part",
                ),
                // People convicted or sentenced are no casualty of the
                // killing they were convicted of.
                (
                    "Two men convicted in the shooting death of a teenager were sentenced Monday. | Two",
                    "convicted/men/total",
                ),
                (
                    "Three brothers were sentenced for the deaths of two hunters. | Three",
                    "convicted/brothers/total",
                ),
                // The object of an active verb of the event keeps it.
                (
                    "A man who shot and killed his neighbour has been sentenced to life. | his neighbour",
                    "killed/neighbours/total",
                ),
                (
                    "A woman who wounded two men on Sunday was arrested. | two",
                    "injured/men/total",
                ),
                // The people the shots hit, with a word between.
                (
                    "The gunman fired into the crowd, hitting five other people. | five",
                    "shot/people/other",
                ),
                (
                    "He fired at the house, striking two young children. | two",
                    "shot/children/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn things_beside_the_hurt_take_no_harm() {
        check_cases(
            &[
                (
                    "Thirty cars were damaged and 12 people were injured. | Thirty",
                    "-/cars/total",
                ),
                (
                    "Three men and two women were wounded. | Three",
                    "injured/men/part",
                ),
                // A count joined to a part is a part; a part of "its"
                // whole is a part of it.
                (
                    "All 71 people on board were killed, including 65 passengers and six crew members. | six",
                    "-/members/part/whole=71",
                ),
                (
                    "The operator said 22,000 of its 60,000 staff were on strike. | 22,000",
                    "-/staff/part/whole=60000",
                ),
                // A participle after a count is no noun.
                (
                    "Officials said 3,000 people had been evacuated, with 400 staying in shelters. | 400",
                    "-/-/total",
                ),
                // Two clauses do not share a verb.
                (
                    "Rescuers pulled 180 people from the water, and 50 remain missing. | 180",
                    "-/people/total",
                ),
                // A quake's figure counts no place.
                (
                    "The magnitude 6.2 quake hit western Ostria on Wednesday. | magnitude 6.2",
                    "-/quakes/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn a_claim_of_a_speaker_is_no_toll() {
        check_cases(
            &[
                (
                    "The war has claimed over 70,000 lives. | over 70,000",
                    "died/lives/total",
                ),
                (
                    "The blast claimed 12 people, officials said. | 12",
                    "died/people/total",
                ),
                (
                    "Police claimed 20 people were arrested. | 20",
                    "arrested/people/total",
                ),
                (
                    "Organisers claimed 50,000 marched through Dorran. | 50,000",
                    "-/-/total",
                ),
                (
                    "The referees' manager claimed Kaplan made three major errors which cost the game. | three",
                    "-/errors/total",
                ),
                (
                    "The storm claimed the lives of 30 people. | 30",
                    "died/people/total",
                ),
                (
                    "The feud has now claimed two teenage victims who were hurt last week. | two",
                    "died/victims/total",
                ),
                // A speaker as the agent after it: what they say.
                (
                    "The operator said 22,000 walked out, far fewer than the 40,000 claimed by the union. | 40,000",
                    "-/-/total",
                ),
                (
                    "The 20 lives claimed by the floods were mourned. | 20",
                    "died/lives/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn words_that_are_no_noun_are_no_head() {
        // Pronouns, days, adverbs, verbs, trade terms and names after a
        // figure count nothing; the noun before them or after "of" does.
        check_cases(
            &[
                // Speech, a participle, an adverb of manner and a number
                // word end a group drawn "of" ("one of the sources said").
                (
                    "One of the sources said the talks had failed. | One",
                    "-/sources/part",
                ),
                (
                    "Police say one of the friends accidentally hit him. | one",
                    "-/friends/part",
                ),
                (
                    "It found the two knives used in the attack. | two",
                    "-/knives/part",
                ),
                (
                    "The crash killed one of two crewmen aboard. | two",
                    "-/crewmen/total",
                ),
                ("This is one of the top five, he said. | one", "-/-/part"),
                (
                    "Deputies investigated two separate hunting accidents Sunday. | two",
                    "-/accidents/total",
                ),
                (
                    "Police saw three men carrying guns near the school. | three",
                    "-/men/total",
                ),
                (
                    "Green was one of four women police say were shot. | one",
                    "shot/women/part/whole=4",
                ),
                (
                    "Police said goodbye to one of their own Friday. | one",
                    "-/-/total",
                ),
                (
                    "Qtly div five cts vs five cts prior. | five cts",
                    "-/-/total/dividend",
                ),
                ("The fee rose to 600 yen today. | 600 yen", "-/-/total/fee"),
                ("The dollar was at 1.3074 yesterday. | 1.3074", "-/-/total"),
                (
                    "His side are four places above them. | four",
                    "-/places/total",
                ),
                (
                    "The two countries must first restore trust. | two",
                    "-/countries/total",
                ),
                ("The top five includes Led Zeppelin. | five", "-/-/total"),
                (
                    "It offered wheat at 1,596 francs fob Rouen. | 1,596 francs",
                    "-/-/total/offer",
                ),
                (
                    "Roddick saves them and earns one himself. | one",
                    "-/-/total",
                ),
                (
                    "He is one of the 100 largest U.S. companies. | 100",
                    "-/companies/total",
                ),
                // A name is no head, nor the words before it; a people,
                // a group and a headline's capitalised noun are.
                (
                    "Police found 12-year-old A'Miya Smith in the car. | 12-year-old",
                    "-/-/total/x",
                ),
                ("The 10 major New York banks lent more. | 10", "-/-/part"),
                (
                    "The four U.S. Banks sought approval. | four",
                    "-/banks/total",
                ),
                (
                    "Two Democrats and three Muslims signed the letter. | three",
                    "-/muslims/total",
                ),
                ("Man fatally shot on Main Street | Man", "killed/men/total"),
                ("The vote gave 12 MPs a new role. | 12", "-/mps/total"),
                // Simple pasts end the phrase at its first word.
                (
                    "Thousands of fans came to the rally. | Thousands",
                    "-/fans/total",
                ),
                ("Flats of 200 sq m sold fast. | 200 sq m", "-/-/total"),
                (
                    "Two years later, 24 million saw the film. | 24 million",
                    "-/-/total",
                ),
                // A degree word and its participle before the head.
                (
                    "He is one of the most experienced agents. | one",
                    "-/agents/part",
                ),
                (
                    "It is one of the few remaining independent publishers. | one",
                    "-/publishers/part",
                ),
                (
                    "It bought 711,192 of its own shares. | 711,192",
                    "-/shares/total",
                ),
                // A measure counts what follows "of", as written; mass
                // nouns have no plural.
                (
                    "China bought 90,000 tonnes of U.S. wheat. | 90,000 tonnes",
                    "-/wheat/total",
                ),
                (
                    "It sells 8,000 tonnes of high-grade beef a year. | 8,000 tonnes",
                    "-/beef/total",
                ),
                (
                    "There were 106,200 tonnes of U.S.\ncorn shipped. | 106,200 tonnes",
                    "-/corn/total",
                ),
                (
                    "Output was 1.4 billion cubic feet of natural gas. | 1.4 billion cubic feet",
                    "-/gas/total",
                ),
                (
                    "It pumps 50,000 barrels of oil daily. | 50,000 barrels",
                    "-/oil/total",
                ),
                (
                    "It lies in 739 feet of water. Modules came later. | 739 feet",
                    "-/water/total",
                ),
                (
                    "Holders get 30 dlrs cash for each share. | 30 dlrs",
                    "-/cash/total",
                ),
                ("A 100 MW plant was built. | 100 MW", "-/plants/total"),
            ],
            show,
        );
    }

    #[test]
    fn a_vote_threshold_is_no_tally() {
        check_cases(
            &[
                (
                    "The bill fell short of the 60 votes needed to end debate. | 60",
                    "voted/votes/total/x",
                ),
                (
                    "Backers would need 218 votes in the House. | 218",
                    "voted/votes/total/x",
                ),
                (
                    "Changing the rule requires a supermajority of 67 votes. | 67",
                    "voted/votes/total/x",
                ),
                (
                    "The measure passed with 52 votes on Tuesday. | 52",
                    "voted/votes/total",
                ),
                (
                    "Thirty senators voted against the nominee. | Thirty",
                    "voted/senators/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn votes_belong_to_whoever_won_them() {
        check_cases(
            &[
                (
                    "Dana Smith won the mayoral race with 52,310 votes, officials said. | 52,310",
                    "voted/votes/total/@Dana Smith",
                ),
                (
                    "Lee Jones received 48,200 votes and conceded. | 48,200",
                    "voted/votes/total/@Lee Jones",
                ),
                (
                    "Officials counted 48,200 votes for Lee Jones. | 48,200",
                    "voted/votes/total/@Lee Jones",
                ),
                (
                    "Lee Jones's 48,200 votes were not enough to win. | 48,200",
                    "voted/votes/total/@Lee Jones",
                ),
                // A rival's count told without the word counts votes.
                (
                    "Dana Smith won 52,310 votes to 48,200 for Lee Jones. | 48,200",
                    "voted/votes/total/@Lee Jones",
                ),
                (
                    "Dana Smith won 52,310 votes, while Lee Jones received 48,120. | 48,120",
                    "voted/votes/total/@Lee Jones",
                ),
                (
                    "Dana Smith won 52,310 votes; turnout rose to 61,000. | 61,000",
                    "-/-/total",
                ),
                (
                    "Dana Smith won 52,310 votes, and turnout rose to 61,000. | 61,000",
                    "-/-/total",
                ),
                // Not the one the other side's count goes to.
                (
                    "Dana Smith won 52,310 votes to Lee Jones's 48,200. | 52,310",
                    "voted/votes/total/@Dana Smith",
                ),
                // The person a clause names without winning them, and the
                // votes cast in all, are no one's.
                (
                    "He worked for Edward Heath and won the seat by 11 votes. | 11",
                    "voted/votes/total",
                ),
                (
                    "Anne Marsh said more than 13,000 people voted for the awards. | more than 13,000",
                    "voted/people/total",
                ),
                (
                    "Dana Smith won 173 of the 299 votes. | 299",
                    "voted/votes/total",
                ),
                // A share of the vote is all of the candidate's, not a part.
                (
                    "Dana Smith easily won 52 percent of the vote. | 52 percent",
                    "-/-/total/vote share/@Dana Smith",
                ),
                (
                    "The poll gave the Velcorp Party 44 pct of the votes. | 44 pct",
                    "-/-/total/vote share/@Velcorp Party",
                ),
                (
                    "Dana Smith won 52% of the votes cast, against 45 percent for Lee Jones. | 45 percent",
                    "-/-/total/vote share/@Lee Jones",
                ),
            ],
            show,
        );
    }

    #[test]
    fn what_might_befall_is_no_count() {
        check_cases(
            &[
                (
                    "He threatened to kill two of the guards. | two",
                    "killed/guards/part/x",
                ),
                (
                    "The man tried to kill three people at the depot. | three",
                    "killed/people/total/x",
                ),
                (
                    "The heat wave could kill hundreds of people. | hundreds",
                    "killed/people/total/x",
                ),
                (
                    "Four people could have been killed, the fire chief said. | Four",
                    "killed/people/total/x",
                ),
                // A clause of condition: what would be, not what was
                // (not an "if" that asks).
                (
                    "Any time one of our students is hurt, it hits us hard. | one",
                    "injured/students/total/x",
                ),
                (
                    "If two people are killed, the city suffers. | two",
                    "killed/people/total/x",
                ),
                (
                    "Police did not say if the two people shot were related. | two",
                    "shot/people/part",
                ),
                (
                    "A gunman opened fire, killing four people. | four",
                    "killed/people/total",
                ),
                (
                    "The gun used to kill two men was found in a lake. | two",
                    "killed/men/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn event_words_in_another_sense() {
        check_cases(
            &[
                (
                    "The firm has deals with 20 other public bodies. | 20",
                    "-/bodies/other",
                ),
                (
                    "Police recovered 12 bodies from the river. | 12",
                    "died/bodies/total",
                ),
                (
                    "He is survived by three children and his wife. | three",
                    "-/children/total/x",
                ),
                (
                    "The visitors are missing 11 players for the final. | 11",
                    "-/players/total",
                ),
                (
                    "Two climbers are still missing on the mountain. | Two",
                    "missing/climbers/total",
                ),
                (
                    "The update fixes eight critical flaws in the browser. | eight",
                    "-/flaws/total",
                ),
                (
                    "Two of the victims remain in critical condition. | Two",
                    "critical/victims/part",
                ),
                (
                    "A lower limit would save 65 lives a year. | 65",
                    "-/lives/total",
                ),
                (
                    "Experts warn that 300 people will die this winter. | 300",
                    "died/people/total/x",
                ),
                (
                    "As part of the cuts, some 100 employees were fired. | some 100",
                    "dismissed/employees/total",
                ),
                (
                    "Witnesses said 20 shots were fired. | 20",
                    "fired/shots/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn measures_negations_and_heads() {
        check_cases(
            &[
                (
                    "Thousands died in the 27-year civil war. | 27-year",
                    "-/wars/total",
                ),
                (
                    "About 400 people died in one night. | one",
                    "-/nights/total",
                ),
                (
                    "The firm received 30 reports of minor injury. | 30",
                    "-/reports/total",
                ),
                (
                    "As many as 900 fishermen will be affected. | As many as 900",
                    "affected/fishermen/total/x",
                ),
                (
                    "Eight criminal charges were filed against the pair. | Eight",
                    "charged/charges/total",
                ),
                (
                    "The other four detainees did not die in custody. | four",
                    "died/detainees/other/x",
                ),
                (
                    "Two passengers were not seriously hurt. | Two",
                    "injured/passengers/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn a_part_counts_the_group_it_is_drawn_from() {
        check_cases(
            &[
                (
                    "Two of the officers were hurt in the crash. | Two",
                    "injured/officers/part",
                ),
                (
                    "Three of the firm's directors were arrested. | Three",
                    "arrested/directors/part",
                ),
                ("Two of them were wounded. | Two", "injured/people/part"),
                // Past an owner and words of degree; the verb after a
                // plural head is no head.
                (
                    "Reform, one of the country's most debated issues, is back. | one",
                    "-/issues/part",
                ),
                (
                    "Two of the firm's directors quit on Monday. | Two",
                    "-/directors/part",
                ),
                // (Not a place's name, nor a modifier of a plural.)
                // The accused of a killing are a count of a charge.
                (
                    "Two men accused of killing a boy appeared in court. | Two",
                    "charged/men/total",
                ),
                (
                    "He was one of the four Dallas Police Department officers to die. | one",
                    "died/officers/part/whole=4",
                ),
                (
                    "The bank said three of its Texas American banks will merge. | three",
                    "-/banks/total",
                ),
                (
                    "Hundreds of people gather in the square every Friday. | Hundreds",
                    "-/people/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn measures_read_past_qualifiers_and_compounds() {
        check_cases(
            &[
                (
                    "The 15 cts per share quarterly cash dividend is payable June 1. | 15 cts",
                    "-/-/total/dividend",
                ),
                (
                    "That leaves a budget deficit before borrowing of about nine billion rand. | about nine billion rand",
                    "-/-/total/deficit",
                ),
                (
                    "Voters rejected a seven pct sales tax. | seven pct",
                    "-/-/total/tax",
                ),
                // An economy's rates by name, alone or before "rate"; a
                // compound after the figure stands at its first word.
                (
                    "The jobless rate dipped to 4.2% in April. | 4.2%",
                    "-/-/total/unemployment rate",
                ),
                (
                    "Unemployment fell to 4.1 per cent in April. | 4.1 per cent",
                    "-/-/total/unemployment rate",
                ),
                (
                    "The central bank said first quarter inflation was 6.3 pct. | 6.3 pct",
                    "-/-/total/inflation rate",
                ),
                // The prices of makers are not those of shops.
                (
                    "A year ago year-on-year producer price inflation was 22.2 pct. | 22.2 pct",
                    "-/-/total/producer price inflation",
                ),
                (
                    "The wholesale price inflation rate rose to 4.1 pct. | 4.1 pct",
                    "-/-/total/producer price inflation",
                ),
                (
                    "A year ago consumer price inflation was 18.05 pct. | 18.05 pct",
                    "-/-/total/inflation rate",
                ),
                (
                    "It recalled 10% inflation, 15% interest rates and lost reserves. | 15%",
                    "-/-/total/rate",
                ),
                (
                    "The unemployment benefit rose to £70 a week. | £70",
                    "-/-/total",
                ),
                (
                    "The firm sees per-share earnings of 40 cts in the quarter. | 40 cts",
                    "-/-/total/per-share earnings",
                ),
                // The columns of an "X vs Y" line share its measure.
                (
                    "Shr 41 cts vs 38 cts | 38 cts",
                    "-/-/total/per-share earnings",
                ),
                (
                    "Shr loss 12 cts vs profit 30 cts | 30 cts",
                    "-/-/total/per-share earnings",
                ),
                // The compound names the measure, whichever word is nearer.
                (
                    "Operating profit was 310 million euros last year. | 310 million euros",
                    "-/-/total/operating profit",
                ),
                (
                    "Pre-tax income reached $8 million. | $8 million",
                    "-/-/total/pretax profit",
                ),
                (
                    "Gross profit rose to $12 million. | $12 million",
                    "-/-/total/gross profit",
                ),
                (
                    "The chain made $40 million in gross profit. | $40 million",
                    "-/-/total/gross profit",
                ),
                (
                    "The sequel took $51 million in its opening weekend. | $51 million",
                    "-/-/total/takings",
                ),
            ],
            show,
        );
    }

    #[test]
    fn a_tally_over_a_span_of_years_is_no_event_count() {
        check_cases(
            &[
                (
                    "Some 3,000 people died over 30 years of conflict. | Some 3,000",
                    "died/people/total/x",
                ),
                (
                    "More than 400 people were killed during the decade-long insurgency. | More than 400",
                    "killed/people/total/x",
                ),
                (
                    "About 70 people were killed in gun crime between June 2003 and 2004. | About 70",
                    "killed/people/total/x",
                ),
                (
                    "Two men were shot between 2 and 3 a.m. on Sunday. | Two",
                    "shot/men/total",
                ),
                (
                    "Three people were killed over the weekend of 6 and 7 June. | Three",
                    "killed/people/total/x",
                ),
                (
                    "Two men were killed at the home they had owned for 30 years. | Two",
                    "killed/men/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn a_people_named_by_their_country_is_what_is_counted() {
        check_cases(
            &[
                (
                    "About 10 million Mexicans live in the US. | About 10 million",
                    "-/mexicans/total",
                ),
                (
                    "Four Swiss bankers were charged. | Four",
                    "charged/bankers/total",
                ),
            ],
            show,
        );
    }

    #[test]
    fn counts_coordinated_in_a_tally_share_its_scope() {
        check_cases(
            &[
                // The words that widen the tally lie beyond one count's
                // reach; the count coordinated with it is of the tally too.
                (
                    "In two-and-a-half years ending this past summer, there were 45 such shootings in Indiana, eleven in Indianapolis, with 29 children wounded and nine killed. | 29",
                    "injured/children/total/whole=38/x",
                ),
                (
                    "In two-and-a-half years ending this past summer, there were 45 such shootings in Indiana, eleven in Indianapolis, with 29 children wounded and nine killed. | nine",
                    "killed/people/total/whole=38/x",
                ),
                // A count of incidents is no count of their victims.
                (
                    "Since January 2014 there have been more than 1,000 accidental shootings involving children and 133 children killed. | more than 1,000",
                    "-/shootings/total",
                ),
                (
                    "Seven people were shot in four shootings on the Fourth of July. | four",
                    "-/shootings/total/x",
                ),
                // The day's counts are not the running total they lead to.
                (
                    "Two people were killed and three wounded on Sunday, bringing the city's toll this year to 45 killed. | three",
                    "injured/people/total/whole=5",
                ),
                // A weekend's tally, not one shooting's weekend.
                (
                    "Six people were shot this weekend across the city. | Six",
                    "shot/people/total/x",
                ),
                (
                    "A shooting this weekend at a house party killed two teens. | two",
                    "killed/teens/total",
                ),
                (
                    "Two people were killed and three wounded on Sunday, bringing the city's toll this year to 45 killed. | Two",
                    "killed/people/total/whole=5",
                ),
            ],
            show,
        );
    }
}
