//! People, organisations and places: the `entities` table.
//!
//! A rule-based recogniser over compiled lexicons (see `lexicons/README.md`
//! for their sources), built for news prose:
//!
//! 1. Each sentence is tokenised ([`tokens`]); runs of capitalised words
//!    ("chunks") are the candidates, joined across name particles ("de",
//!    "bin") and, after words such as "Bank" or "Secretary", across "of"
//!    ("Bank of England", "Secretary of State").
//! 2. Inside a chunk the longest lexicon phrases are found (places, country
//!    aliases, demonyms, organisations, titles); a title splits the chunk
//!    into a role and a name ("US Secretary of State | John Kerry").
//! 3. What is left is classified by its words: organisation words ("Corp",
//!    "Ministry", "University") make an `ORG`; event words ("Marathon",
//!    "Cup") make nothing; first names, surnames, initials and unknown
//!    proper words make a `PERSON`. Sentence-initial common words
//!    ("Hopefully"), months, weekdays and headline case never make a person.
//! 4. A document pass resolves single names to the full name mentioned in
//!    the same document ("Kerry", "Kerry's", "Mr Kerry" → "John Kerry",
//!    "Assad" → "Bashar al-Assad"), and keeps a lone capitalised word as a
//!    person only with evidence: a known full name, a surname, a role noun
//!    before it, or a speech verb after it ("Lavrov said"). Upper-case
//!    headline words and lone titles ("King") are kept only when they
//!    repeat the surname of a person named in full.
//! 5. More document passes: firms (a lone word with a business cue,
//!    "shares of X", or the first word of a firm named in full) and, in a
//!    sports report, clubs (a place that is not a nation, or a lone word,
//!    heading a results row, named after "beat"/"against"/"played for" or
//!    "rivals", before a player's role or as the subject of a side's verb,
//!    "Essex need"; the names of score lines, standings rows and fixtures
//!    in full, [`sport`]) become `ORG`; then acronyms defined in
//!    the text and their long forms, a firm's words before its legal form
//!    standing alone ("Jones Medical"), a headline's words that the story
//!    names as an organisation, wire desks' sign-offs, one reading
//!    for a name of several words, datelines as places, the dot of a legal
//!    form, stock indices, and events named by a sponsor or a body ("FA
//!    Cup") or, in sport, by a league ("Major League Baseball"), which
//!    are no organisations (`orgrules`).
//!    Inside a chunk, a company's legal form keeps the words before it
//!    ("First Albany Corp."), a place before an organisation's name joins
//!    it ("U.S. Agriculture Department") and the organisation named before
//!    a title is emitted ("Boxing Association President ...").
//! 6. Roles come from titles in the chunk, a role noun phrase before the
//!    name ("the UN-Arab League envoy to Syria Kofi Annan") or an apposition
//!    after it ("Kofi Annan, the former UN chief,"); `role_org` is the
//!    organisation (or else the country) named in the role.
//!
//! Demonyms are `PLACE` rows whose canonical is the place ("Russian" →
//! "Russia"); [`is_demonym`] tells them apart for evaluations that count
//! them as MISC.
//!
//! ```
//! use claimscan::extract::entities;
//! use claimscan::extract::sentences;
//! let text = "Foreign Minister Sergei Lavrov met John Kerry in Moscow. Kerry said no.";
//! let found = entities::find(text, &sentences::split(text));
//! let kerry: Vec<_> = found.iter().filter(|e| e.canonical == "John Kerry").collect();
//! assert_eq!(kerry.len(), 2);
//! assert_eq!(found[0].role.as_deref(), Some("Foreign Minister"));
//! ```

pub mod conll;
pub mod lexicon;
mod orgrules;
mod prose;
mod sport;
pub mod tokens;

// (Fx hashing: the document passes' sets and maps of words are only
// looked up, never iterated, so their order cannot reach the output.)
use rustc_hash::{FxHashMap, FxHashSet};

use super::{Context, Entity, Extraction, Extractor, Sentence};
pub use lexicon::is_demonym;
use lexicon::{lower_flags, lower_key, phrase_key, Phrase, PhraseKind, WordInfo, LEXICON};
use lexicon::{
    BODY, COMMON, COMPASS_POINTS, FIRST, FUNC, LAST, MISC_LAST, MONTH, NOT_NAME, NOT_ORG, OF_HEAD,
    ORG_FIRST, ORG_LAST, ORG_LEGAL, ORG_TRADE, PARTICLE, PLACE_WORDS, ROLE_NOUN, SPEECH,
    STREET_TYPES, WEEKDAY,
};
use tokens::{tokenize, Shape, Tok};

/// The entities extractor (name `entities`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Entities;

impl Extractor for Entities {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Extraction) {
        out.entities.extend(find(cx.text, cx.sentences));
    }
}

/// Kind of a mention while the document is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Place,
    /// A lone capitalised word kept only if the document pass finds
    /// evidence that it names a person.
    Weak,
}

#[derive(Debug, Clone)]
struct Mention {
    s: usize,
    e: usize,
    kind: Kind,
    /// Canonical name (places and organisations: from the lexicon).
    canonical: String,
    /// Number of name tokens (persons).
    ntok: usize,
    /// Role span in the text.
    role: Option<(usize, usize)>,
    role_org: Option<String>,
    /// Context says this is a person (speech verb after, role noun before).
    evidence: bool,
    /// Lower-cased surname key (persons) or the word (weak mentions).
    key: String,
    /// Lower-cased first name (persons with two tokens or more).
    first_key: String,
    /// Whether the single word is a census surname / first name and not a
    /// common word.
    namey: bool,
    /// Whether the mention came from a headline or a sentence-initial word.
    shaky: bool,
    /// A place or organisation that is also a surname (may be overridden
    /// by a person of that name in the document).
    also_name: bool,
    /// A place that fields national teams (a country, a home nation).
    nation: bool,
    /// A demonym ("Australian"): never a club.
    demonym: bool,
    /// A person whose first word is a known given name.
    given: bool,
    /// Context says this word names a firm or a club ("shares of X",
    /// "X chairman John Smith").
    org_cue: bool,
    /// A city's name with "City", "Town" or "County" after it
    /// ("Leicester City", "Derby County"): in a sports report, a club.
    club_shape: bool,
    /// A club or team the lexicon names ("Arsenal", "Bayern Munich").
    club: bool,
    /// An organisation of three words or more named with its legal form
    /// ("Jones Medical Industries Inc"), whose shorter forms
    /// `orgrules::short_forms` looks for.
    legal: bool,
    /// A person read from an unknown word and a town ("Naoki Iizuka"):
    /// in a sports report, a club ("Vitesse Arnhem").
    city_tail: bool,
}

/// Per-document scratch space.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    info: Vec<Option<&'static WordInfo>>,
    segs: Vec<Seg>,
    key: String,
    part: String,
}

/// One piece of a chunk: a lexicon phrase or a single word.
#[derive(Debug, Clone, Copy)]
struct Seg {
    a: usize,
    b: usize,
    /// The phrase matched (best kind), if any.
    phrase: Option<Phrase>,
    flags: u32,
}

/// Whether `short` names the organisation `full` under a short form:
/// its acronym ("British Airways", "BA"; "Council of Mortgage Lenders",
/// "CML") or its first word ("Marsh & McLennan", "Marsh"; "Asahi
/// Breweries", "Asahi").
pub fn short_form_of(full: &str, short: &str) -> bool {
    let ws: Vec<&str> = full.split_whitespace().collect();
    if ws.len() < 2 || short.contains(char::is_whitespace) {
        return false;
    }
    let acronym = short.len() >= 2 && short.bytes().all(|c| c.is_ascii_uppercase());
    acronym && prose::spells(&ws, short.as_bytes()) || short.chars().count() >= 3 && ws[0] == short
}

/// Whether a headline names the organisation `name`, as wires name a
/// firm: by its first two words without their legal form ("HOUSTON
/// OIL" for "Houston Oil Trust", "TORCHMARK" for "Torchmark Corp"), or
/// by its acronym ("GE" for "General Electric Co").
pub fn named_in_headline(name: &str, title: &str) -> bool {
    let mut buf = String::new();
    let core: Vec<&str> = name
        .split_whitespace()
        .take_while(|w| lower_flags(w.trim_end_matches('.'), &mut buf) & ORG_LEGAL == 0)
        .collect();
    let Some(key) = (!core.is_empty()).then(|| core[..core.len().min(2)].join(" ").to_lowercase())
    else {
        return false;
    };
    let lower = title.to_lowercase();
    let bounded = |i: usize| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + key.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    lower.match_indices(&key).any(|(i, _)| bounded(i))
        || core.len() >= 2
            && title.split(|c: char| !c.is_alphanumeric()).any(|w| {
                (2..=5).contains(&w.len())
                    && w.bytes().all(|c| c.is_ascii_uppercase())
                    && prose::spells(&core, w.as_bytes())
            })
}

/// Whether an organisation's name holds a legal form ("Acme Corp",
/// "Smith & Co Ltd").
pub fn has_legal_form(name: &str) -> bool {
    orgrules::has_legal(name)
}

/// Finds the people, organisations and places in `text`.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    // Buffers sized once, for the longest sentence at about a token for
    // every three bytes (more tokens grow them), rather than grown from
    // nothing in every document.
    let longest = sentences.iter().map(|s| s.end - s.start).max().unwrap_or(0);
    let mut sc = Scratch {
        toks: Vec::with_capacity(longest / 3 + 8),
        info: Vec::with_capacity(longest / 3 + 8),
        segs: Vec::new(),
        key: String::with_capacity(64),
        part: String::with_capacity(64),
    };
    let mut mentions: Vec<Mention> = Vec::new();
    for s in sentences {
        sentence(text, s.start, s.end, &mut sc, &mut mentions);
    }
    resolve(text, &mut mentions);
    orgs(text, &mut mentions);
    // (One answer to "is this a sports page?" for the passes of sports
    // pages below.)
    let mut sport = prose::Sport::new(text);
    prose::city_nicknames(text, &mut mentions, &mut sport);
    teams(text, &mut mentions);
    orgrules::acronyms(text, &mut mentions);
    orgrules::short_forms(text, &mut mentions);
    orgrules::finish(text, &mut mentions);
    let openings = prose::openings(text, sentences);
    prose::wrapped_legal(text, &mut mentions);
    prose::legal_tails(text, &mut mentions);
    prose::ministry_lists(text, &mut mentions);
    prose::of_bodies(text, &mut mentions);
    prose::heads_of_roles(text, &mut mentions);
    prose::administrations(text, &mut mentions);
    prose::firms_of_nations(text, &mut mentions);
    prose::compass_places(text, &mut mentions);
    prose::seats(text, &mut mentions);
    prose::crude_benchmarks(text, &mut mentions);
    prose::body_heads(text, &openings, &mut mentions);
    prose::sport_bodies(text, &mut mentions);
    prose::place_internationals(text, &mut mentions);
    if !mentions.is_sorted_by_key(|m| m.s) {
        mentions.sort_by_key(|m| m.s);
    }
    prose::regional_arms(text, &mut mentions);
    prose::initial_surnames(text, &openings, &mut mentions);
    prose::club_tails(text, &mut mentions);
    prose::told_the(text, &mut mentions);
    prose::titles_after_the(text, &mut mentions);
    prose::local_bodies(text, &mut mentions);
    prose::named_buildings(text, &mut mentions);
    prose::firms_after_kinds(text, &mut mentions);
    prose::particle_surnames(text, &mut mentions);
    prose::legal_forms(text, &mut mentions);
    prose::firm_led_names(text, &mut mentions);
    if !mentions.is_sorted_by_key(|m| m.s) {
        mentions.sort_by_key(|m| m.s);
    }
    prose::and_co(text, &mut mentions);
    prose::founders_with_commas(text, &mut mentions);
    prose::founders_firms(text, &mut mentions);
    prose::founders_surnames(text, &mut mentions);
    prose::spelt_acronyms(text, &mut mentions);
    prose::names_of_acronyms(text, &mut mentions);
    // Rules that name an organisation before the words of its chunk
    // (a title's organisation) leave the order to be set.
    if !mentions.is_sorted_by_key(|m| m.s) {
        mentions.sort_by_key(|m| m.s);
    }
    prose::state_abbreviations(text, &mut mentions);
    prose::bracketed_initials(text, &mut mentions);
    prose::streets_and_towns(text, &mut mentions);
    prose::blocks_of(text, &mut mentions);
    prose::cross_streets(text, &mut mentions);
    prose::agency_signoffs(text, &mut mentions);
    prose::spelt_out_acronyms(text, &mut mentions);
    prose::acronyms_of_common_words(text, &mut mentions);
    prose::opening_orgs(text, &openings, &mut mentions);
    prose::camel_case_names(text, &mut mentions);
    prose::name_suffixes(text, &mut mentions);
    prose::things_named(text, &mut mentions);
    prose::groups_of_nations(text, &mut mentions);
    prose::team_sheets(text, &mut mentions, &mut sport);
    prose::scorecards(text, &mut mentions);
    prose::scorers(text, &mut mentions, &mut sport);
    prose::league_sections(text, &mut mentions, &mut sport);
    prose::teams_after_nations(text, &mut mentions, &mut sport);
    if !mentions.is_sorted_by_key(|m| m.s) {
        mentions.sort_by_key(|m| m.s);
    }
    dateline_places(text, &mut mentions);
    towns_of_states(text, &mut mentions);
    towns_after_in(text, &mut mentions);
    places_named_as_people(text, &mut mentions);
    firms_named_for_nations(text, &mut mentions);
    possessive_counties(text, &mut mentions);
    no_rated_bodies(text, &mut mentions);
    awards_named_after_people(text, &mut mentions);
    places_opening_on_words(text, &mut mentions);
    places_with_an_age(text, &mut mentions);
    titles_of_works(text, &mut mentions);
    place_names_joined(text, &mut mentions);
    offices(text, &mut mentions);
    settle_overlaps(text, &mut mentions);
    mentions
        .into_iter()
        .filter_map(|m| {
            // (A mention another absorbed keeps no span, whatever a
            // later pass made of its kind.)
            if m.e <= m.s {
                return None;
            }
            let kind = match m.kind {
                Kind::Person => "PERSON",
                Kind::Org => "ORG",
                Kind::Place => "PLACE",
                Kind::Weak => return None,
            };
            Some(Entity {
                start: m.s,
                end: m.e,
                surface: text[m.s..m.e].to_string(),
                kind,
                canonical: m.canonical,
                role: m.role.map(|(a, b)| normalise_space(&text[a..b])),
                role_org: m.role_org,
            })
        })
        .collect()
}

/// Mentions that two rules made over the same words, one at most per
/// word: a firm named with a legal form that begins inside the name
/// before it is the whole firm ("D.F. King" and "King and Co Inc": "D.F.
/// King and Co Inc"), and so is a body whose name begins inside a place's;
/// of two that overlap otherwise, the one that holds
/// the other, the later of two bodies, else the first ("Clark County
/// Sheriff's Office", not "Office Traffic Unit" too).
fn settle_overlaps(text: &str, ms: &mut [Mention]) {
    if !ms.is_sorted_by_key(|m| m.s) {
        ms.sort_by_key(|m| m.s);
    }
    let mut buf = String::new();
    let mut last: Option<usize> = None;
    for k in 0..ms.len() {
        // (A weak mention is no entity: it is dropped, not settled.)
        if ms[k].e <= ms[k].s || ms[k].kind == Kind::Weak {
            continue;
        }
        let Some(j) = last.filter(|&j| ms[k].s < ms[j].e) else {
            last = Some(k);
            continue;
        };
        let (a, b) = (&ms[j], &ms[k]);
        let legal = b.kind == Kind::Org
            && b.e > a.e
            && text[b.s..b.e]
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| lower_flags(w.trim_end_matches('.'), &mut buf) & ORG_LEGAL != 0);
        // A place whose last words open a body's name opens it too, as a
        // place before a body joins it ("North Carolina" and "Carolina
        // Federal Savings and Loan Association").
        // (Not a body joined to the place by "and": "the Soviet Union
        // and Banque de l'Union Europeenne" are two.)
        let placed = a.kind == Kind::Place
            && b.kind == Kind::Org
            && b.s > a.s
            && b.e > a.e
            && !text[a.e..b.e].trim_start().starts_with("and ");
        if legal || placed {
            let (s, e) = (a.s, b.e);
            ms[j].s = s;
            ms[j].e = e;
            ms[j].kind = Kind::Org;
            ms[j].canonical = normalise_space(text[s..e].trim_end_matches('.'));
            ms[k].absorb();
        } else if b.e > a.e && (b.s == a.s || a.kind == Kind::Org && b.kind == Kind::Org) {
            // The later rule's name holds the earlier one; of two bodies'
            // names that overlap, the first is mostly a fragment before
            // the whole ("U.S. National Association" before "National
            // Association of Wheat Growers").
            ms[j].absorb();
            last = Some(k);
        } else {
            ms[k].absorb();
        }
    }
}

/// "affirmed the AA ratings on the senior debt", "to BB-plus from BB":
/// a credit rating's grade among words of ratings and debt is no body.
fn no_rated_bodies(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        if m.kind != Kind::Org || m.e <= m.s || !lexicon::credit_rating(&text[m.s..m.e]) {
            continue;
        }
        let mut lo = m.s.saturating_sub(80);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (m.e + 80).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let graded = text[m.e..].starts_with(['-', '/'])
            || text[lo..hi]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| {
                    let word = |r: &&str| w.eq_ignore_ascii_case(r);
                    lexicon::RATING_WORDS.iter().any(word)
                        || lexicon::DEBT_WORDS.iter().any(word)
                        || ["rated", "rates", "raised", "lowered", "preferred"]
                            .iter()
                            .any(word)
                });
        if graded {
            m.absorb();
        }
    }
}

/// "The victim, Jackson, 19, died": a town's one-word name with an age
/// in apposition after it is a person's surname.
fn places_with_an_age(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        if m.kind != Kind::Place || m.nation || m.demonym || m.e <= m.s {
            continue;
        }
        // (Not a state, nor a place after a preposition: "sales in
        // Texas, 12, and Ohio, 9".)
        let after_prep = text[..m.s]
            .trim_end()
            .rsplit([' ', '\n'])
            .next()
            .is_some_and(|w| ["in", "at", "from", "of", "near", "to"].contains(&w));
        if text[m.s..m.e].contains([' ', '\n']) || after_prep || lexicon::is_us_state(&m.canonical)
        {
            continue;
        }
        let Some(rest) = text[m.e..]
            .strip_prefix(", ")
            .or_else(|| text[m.e..].strip_prefix(" , "))
        else {
            continue;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let tail = &rest[digits..];
        let age = (1..=3).contains(&digits)
            && rest[..digits]
                .parse::<u32>()
                .is_ok_and(|a| (1..=110).contains(&a))
            && (tail.starts_with(',') && !tail[1..].starts_with(|c: char| c.is_ascii_digit())
                || tail.starts_with(" ,"));
        if age {
            m.retype(Kind::Person);
            m.canonical = text[m.s..m.e].to_string();
        }
    }
}

/// "at Old Trafford", "in Upper Marlboro": two words read as a person's
/// name whose first is a word of the language and no given name, right
/// after "at", "in" or "near", are a place (a ground, a town).
fn places_opening_on_words(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok != 2 || m.e <= m.s || m.role.is_some() {
            continue;
        }
        let surface = &text[m.s..m.e];
        let Some((first, _)) = surface.split_once([' ', '\n']) else {
            continue;
        };
        let flags = lower_flags(first, &mut key);
        let at = [" at ", " in ", " near "]
            .iter()
            .any(|p| text[..m.s].ends_with(p));
        let possessive = text[m.e..].starts_with(['\'', '\u{2019}']);
        if at && !possessive && flags & COMMON != 0 && flags & FIRST == 0 {
            m.retype(Kind::Place);
            m.canonical = normalise_space(surface);
        }
    }
}

/// "an Oscar nomination", "a Tony award", "the Pulitzer prize": a lone
/// name before a noun of awards names the award, not a person (unless
/// the document names a person so).
fn awards_named_after_people(text: &str, ms: &mut [Mention]) {
    const AWARD_NOUNS: &[&str] = &[
        "nomination",
        "nominations",
        "nominee",
        "nominees",
        "nod",
        "award",
        "awards",
        "prize",
        "prizes",
        "winner",
        "winners",
        "ceremony",
        "statuette",
        "laureate",
    ];
    for k in 0..ms.len() {
        let m = &ms[k];
        if m.kind != Kind::Person || m.e <= m.s {
            continue;
        }
        let word = &text[m.s..m.e];
        if word.contains([' ', '\n']) {
            continue;
        }
        let award_after = text[m.e..].strip_prefix(' ').is_some_and(|r| {
            let w = r
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            AWARD_NOUNS.contains(&w)
        });
        // (Unless the document names a person so; read only then.)
        if award_after
            && !ms.iter().any(|o| {
                o.kind == Kind::Person && o.ntok > 1 && o.canonical.split(' ').any(|w| w == word)
            })
        {
            ms[k].absorb();
        }
    }
}

/// "Keanu Reeves' supernatural thriller Constantine", "her debut album
/// Madonna": a name right after a kind of work with a modifier of its
/// own (an adjective, a noun or a possessive before it) is the work's
/// title, no person, place or body. After an article or a possessive
/// word ("his album Velvet Morning."), only when a stop, a preposition or a
/// conjunction follows the name: not "the film Smith directed", where
/// the kind is followed by who made it.
fn titles_of_works(text: &str, ms: &mut [Mention]) {
    const WORKS: &[&str] = &[
        "film",
        "movie",
        "thriller",
        "comedy",
        "drama",
        "documentary",
        "biopic",
        "musical",
        "album",
        "song",
        "novel",
        "sitcom",
        "cartoon",
        "blockbuster",
        "sequel",
        "single",
        "opera",
    ];
    // Determiners after which the title stands alone.
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "new",
    ];
    // Small words, no modifier of the kind either.
    const LINKS: &[&str] = &[
        "in", "of", "on", "for", "with", "by", "and", "or", "to", "from", "at", "as",
    ];
    // What may follow a title standing alone.
    const AFTER_TITLE: &[&str] = &[
        "in", "on", "at", "for", "with", "from", "to", "and", "or", "is", "was", "which", "that",
        "by",
    ];
    for m in ms.iter_mut() {
        if m.e <= m.s {
            continue;
        }
        let head = match text[..m.s].strip_suffix(' ') {
            Some(h) => h,
            None => continue,
        };
        let mut words = head.rsplit([' ', '\n']);
        let Some(kind) = words.next() else {
            continue;
        };
        if !WORKS.contains(&kind) {
            continue;
        }
        let Some(before) = words.next() else {
            continue;
        };
        let possessive = before.ends_with("'s")
            || before.ends_with('\'')
            || before.ends_with("\u{2019}s")
            || before.ends_with('\u{2019}');
        let modifier = possessive
            || before.chars().next().is_some_and(|c| c.is_lowercase())
                && before.chars().all(|c| c.is_alphabetic() || c == '-')
                && !DETERMINERS.contains(&before)
                && !LINKS.contains(&before);
        let standing_alone = || {
            let rest = &text[m.e..];
            // (A line break inside a paragraph is a space.)
            let r = rest.trim_start_matches([' ', '\n']);
            r.is_empty()
                || r.starts_with([',', '.', ';', ':', ')', '"'])
                || rest.starts_with('\n') && !r.starts_with(char::is_lowercase)
                || r.len() < rest.len() && {
                    let w = r.split([' ', ',', '.', '\n']).next().unwrap_or("");
                    AFTER_TITLE.contains(&w)
                }
        };
        // ("single" is as often a word of the name after it: "a single
        // EU market", "no single ACME fund".)
        let alone_needed = kind == "single" || !modifier;
        if (modifier || DETERMINERS.contains(&before)) && (!alone_needed || standing_alone()) {
            m.absorb();
        }
    }
}

/// The words after a name's possessive "'s " (straight or curly), when
/// it has one.
pub(super) fn past_possessive(after: &str) -> Option<&str> {
    after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
}

/// "Prince George's County", "Queen Anne's County", "St. Mary's
/// Parish": a name in the possessive before "County" or "Parish" is the
/// county's name, not a person or a place of its own.
fn possessive_counties(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        if !matches!(m.kind, Kind::Person | Kind::Place) || m.e <= m.s {
            continue;
        }
        let rest = &text[m.e..];
        let Some(tail) = past_possessive(rest) else {
            continue;
        };
        let Some(kind) = ["County", "Parish"].iter().find(|k| {
            tail.strip_prefix(**k)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        }) else {
            continue;
        };
        m.e += (rest.len() - tail.len()) + kind.len();
        m.retype(Kind::Place);
        m.canonical = normalise_space(&text[m.s..m.e]);
    }
}

/// "shot while waiting for a bus in Temple Hills": two words read as a
/// given name and a surname, right after "in" or "near", whose last is
/// a word that ends place names (`Hills`, `Heights`, `Springs`), are a
/// place, unless the document names them as a person elsewhere.
fn places_named_as_people(text: &str, ms: &mut [Mention]) {
    let after_in = |s: usize| {
        let head = text[..s].trim_end_matches([' ', '\n']);
        head.len() < s
            && head
                .rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| w == "in" || w == "near")
    };
    let place_word = |surface: &str| {
        surface.rsplit([' ', '\n']).next().is_some_and(|w| {
            PLACE_WORDS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p) && w.starts_with(char::is_uppercase))
        })
    };
    let picked: Vec<usize> = (0..ms.len())
        .filter(|&k| {
            let m = &ms[k];
            m.kind == Kind::Person
                && m.ntok == 2
                && m.role.is_none()
                && m.e > m.s
                && after_in(m.s)
                && place_word(&text[m.s..m.e])
        })
        .collect();
    for k in picked {
        let name = normalise_space(&text[ms[k].s..ms[k].e]);
        let elsewhere = ms.iter().enumerate().any(|(j, o)| {
            j != k
                && o.kind == Kind::Person
                && o.e > o.s
                && o.canonical == ms[k].canonical
                && !after_in(o.s)
        });
        if !elsewhere {
            ms[k].retype(Kind::Place);
            ms[k].canonical = name;
        }
    }
}

/// "Telekom Austria", "Air France": two words read as a person's, the
/// second a country and the first no given name the lexicons know, are
/// a firm named for its nation ("Michael Jordan" stays a person).
fn firms_named_for_nations(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok != 2 || m.role.is_some() || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        let Some((first, last)) = name.split_once([' ', '\n']) else {
            continue;
        };
        let nation = lexicon::place_canonical(last).is_some_and(lexicon::is_country);
        if nation && lower_flags(first, &mut key) & FIRST == 0 && !lexicon::compass_led(name) {
            m.retype(Kind::Org);
            m.canonical = normalise_space(name);
        }
    }
}

/// "TAVILDARA , Tajikistan 1996-08-30", "LA CORUNA , Spain 1996-08-31":
/// the upper-case words that open a wire story's dateline name a place,
/// whatever else their letters spell ("NICE"); and the story's lone
/// word of that name ("Tavildara is now ...") is the place too, unless a
/// person is named so in full.
fn dateline_places(text: &str, ms: &mut Vec<Mention>) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', b).map(|k| k + 1));
    for ls in starts {
        // The run of upper-case words at the line's start.
        let mut e = ls;
        let mut k = ls;
        while k < b.len() {
            let we = b[k..]
                .iter()
                .position(|&c| !(c.is_ascii_uppercase() || matches!(c, b'.' | b'-' | b'\'')))
                .map_or(b.len(), |p| k + p);
            if we - k < 2 || !b[k..we].iter().any(u8::is_ascii_uppercase) {
                break;
            }
            e = we;
            if b.get(we) != Some(&b' ') {
                break;
            }
            k = we + 1;
        }
        if e <= ls || e - ls < 3 || !sport::dateline_rest(text, e) {
            continue;
        }
        // (Not a headline's words before a date: only a comma or the
        // date itself after the place.)
        let rest = text[e..].trim_start_matches(' ');
        if !(rest.starts_with(',') || rest.starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        found.push((ls, e));
    }
    if found.is_empty() {
        return;
    }
    let mut names: Vec<String> = Vec::new();
    for &(s, e) in &found {
        let name = normalise_space(&text[s..e]);
        // (A place the lexicon read keeps its name: "LEEDS" is Leeds.)
        if ms
            .iter()
            .any(|m| m.s == s && m.e == e && m.kind == Kind::Place)
        {
            names.push(name.to_ascii_lowercase());
            continue;
        }
        for m in ms.iter_mut().filter(|m| m.s < e && s < m.e) {
            m.absorb();
        }
        ms.push(Mention::new(s, e, Kind::Place, name.clone()));
        names.push(name.to_ascii_lowercase());
    }
    let people: Vec<String> = ms
        .iter()
        .filter(|m| m.kind == Kind::Person && m.ntok >= 2)
        .map(|m| m.canonical.to_ascii_lowercase())
        .collect();
    for m in ms.iter_mut() {
        let surface = &text[m.s..m.e];
        let lone = matches!(m.kind, Kind::Weak | Kind::Person)
            && m.e > m.s
            && m.canonical == surface
            && !m.evidence;
        if !lone || !names.iter().any(|n| n.eq_ignore_ascii_case(surface)) {
            continue;
        }
        let lower = surface.to_ascii_lowercase();
        if !people.iter().any(|p| p.split(' ').any(|w| w == lower)) {
            m.retype(Kind::Place);
        }
    }
    ms.sort_by_key(|m| (m.s, m.e));
}

/// "a man was shot in Katy, Texas", "La Grande, Oregon": a name that a
/// US state follows after a comma is a town, not a person, unless it is
/// a person named in full (a first name and more) or resolved to one.
fn towns_of_states(text: &str, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (head, tail) = ms.split_at_mut(i);
        let (m, state) = (&mut head[i - 1], &tail[0]);
        let comma = text
            .get(m.e..state.s)
            .is_some_and(|g| g.trim_start().starts_with(',') && g.trim().len() == 1);
        if !comma
            || state.kind != Kind::Place
            || !lexicon::is_us_state(&state.canonical)
            || !matches!(m.kind, Kind::Person | Kind::Weak)
            || m.canonical != text[m.s..m.e]
        {
            continue;
        }
        let named = m.ntok >= 2
            && LEXICON
                .get(&m.first_key)
                .is_some_and(|w| w.flags & FIRST != 0);
        if !named {
            m.retype(Kind::Place);
        }
    }
}

/// "a shooting in Winchester", "his parents live in Sanborn", "near
/// Dexter", "In Bereny alone,": a lone name no other mention makes a
/// person's, right after "in" or "near", is a place (a town, a street),
/// unless a possessive follows ("in Prather's record"). So is a name
/// that a place's kind introduces ("the island of Lenna", "the
/// provincial capital, Bereny,") or follows in lower case ("Tarsel
/// province", "Pelu district"), whatever given name it may also be.
fn towns_after_in(text: &str, ms: &mut [Mention]) {
    // ("the island of Lenna", "the strategically vital town of
    // Tavildara", "the mining towns of Barentsburg": the kind's word
    // right before "of", whatever describes it.)
    const KIND_NOUNS: &[&str] = &[
        "town",
        "towns",
        "city",
        "state",
        "village",
        "villages",
        "port",
        "province",
        "region",
        "district",
        "island",
        "enclave",
        "settlement",
        "suburb",
        "hamlet",
    ];
    // "Duncan resident, James Henderson": the town its people are of.
    const PEOPLE_OF: &[&str] = &[" resident", " residents", " native"];
    const KINDS_AFTER: &[&str] = &[
        " province",
        " district",
        " county",
        " prefecture",
        " governorate",
        " municipality",
        " township",
        " region",
        " mountains",
        " valley",
        // "the Gilan area", "the Brightmoor neighborhood".
        " area",
        " neighborhood",
        " neighbourhood",
        // "the Sikhin village", "Qalandia refugee camp".
        " village",
        " refugee camp",
    ];
    // What follows a place that opens a sentence after "In".
    const OPENING_NEXT: &[&str] = &[
        ",",
        " alone",
        " last ",
        " this ",
        " on ",
        " earlier",
        " yesterday",
        " today",
    ];
    let mut key = String::new();
    // The towns a place's kind names, for their other mentions.
    let mut towns: Vec<String> = Vec::new();
    for m in ms.iter_mut() {
        let surface = &text[m.s..m.e];
        // (A town's people, read as a role's body: "Kessington resident
        // Ann Holt".)
        let resident = m.kind == Kind::Org
            && !surface.contains([' ', '\n'])
            && PEOPLE_OF
                .iter()
                .filter_map(|r| text[m.e..].strip_prefix(r)?.strip_prefix(' '))
                .any(|rest| rest.starts_with(char::is_uppercase));
        // (Two words no given name opens after a place's kind: "the
        // village of Kfar Kila".)
        let pair = matches!(m.kind, Kind::Person | Kind::Weak)
            && m.ntok == 2
            && !m.given
            && text[..m.s].ends_with(" of ");
        if !(matches!(m.kind, Kind::Person | Kind::Weak) && m.ntok == 1 || resident || pair) {
            continue;
        }
        if m.canonical != surface {
            continue;
        }
        // (A wire's line wrap before the name is a space: "the Pacific
        // port of\nBalao".)
        // (Only the last words before it are read: a short tail is
        // copied, not the whole text before.)
        let wrapped;
        let before = match text[..m.s].strip_suffix('\n') {
            Some(b) => {
                let mut from = b.len().saturating_sub(120);
                while !b.is_char_boundary(from) {
                    from += 1;
                }
                wrapped = format!("{} ", &b[from..]);
                wrapped.as_str()
            }
            None => &text[..m.s],
        };
        let after = &text[m.e..];
        let possessive = after.starts_with(['\'', '\u{2019}']);
        // (Not a word of the language: "the Democratic district".)
        let mut unknown = || {
            surface
                .split([' ', '\n'])
                .all(|w| lower_flags(w, &mut key) & (COMMON | FUNC) == 0)
        };
        // ("three km east of Tavildara", "just outside Longyear"; not a
        // word of a longer name: "east of Interstate 71", "outside Cloud
        // 9", "Circuit of the Americas", "Mt. Pleasant".)
        let more = after.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || r.starts_with("of ")
        }) || surface.len() < 4;
        let kind_of = |b: &str| {
            b.rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| KIND_NOUNS.iter().any(|k| k.eq_ignore_ascii_case(w)))
        };
        // (And the second of two after a plural kind: "the mining towns
        // of Barentsburg and Pyramiden".)
        let second = before
            .strip_suffix(" and ")
            .and_then(|b| b.rsplit_once(" of "))
            .is_some_and(|(b, one)| {
                !one.contains(' ')
                    && one.starts_with(char::is_uppercase)
                    && b.ends_with('s')
                    && kind_of(b)
            });
        let kind_before = before.ends_with("capital, ")
            || !more && (before.strip_suffix(" of ").is_some_and(kind_of) || second);
        // (Not an adjective or an abbreviation: "the Congressional
        // district", "the FmHA county office".)
        let adjective = ["al", "ic", "ian"].iter().any(|x| surface.ends_with(x))
            || surface.chars().skip(1).any(|c| c.is_uppercase());
        let kind_after = !adjective
            && KINDS_AFTER.iter().chain(PEOPLE_OF).any(|k| {
                after
                    .strip_prefix(k)
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            });
        if !possessive && (kind_before || kind_after) && unknown() {
            m.retype(Kind::Place);
            towns.push(surface.to_string());
            continue;
        }
        if m.evidence {
            continue;
        }
        // ("at" is where one works as often: "an analyst at Varnbrook".)
        // A sentence's opening "In" before a word of the language or a
        // title is no place's ("In Tears of the Sun Willis plays", "In
        // Congressional testimony"): only before a comma or a time.
        let opening = before.strip_suffix("In ").is_some_and(|b| {
            b.trim_end_matches([' ', '"', '\u{201c}']).is_empty()
                || b.trim_end().ends_with(['.', '\n'])
        }) && OPENING_NEXT.iter().any(|x| after.starts_with(x))
            && unknown();
        let after_prep = [" in ", " near "].iter().any(|p| before.ends_with(p))
            || !more
                && [
                    " outside ",
                    " east of ",
                    " west of ",
                    " north of ",
                    " south of ",
                    " northeast of ",
                    " northwest of ",
                    " southeast of ",
                    " southwest of ",
                ]
                .iter()
                .any(|p| before.ends_with(p))
            || opening
            || !more && hometown(before);
        // (A word at a wrapped line's start is read so only if it is no
        // word of the language: a wire's lines open on "Chapter",
        // "Early", "Interior".)
        let wrapped_line = text[..m.s].ends_with('\n');
        if after_prep && !possessive && (!wrapped_line || unknown() && !surface.contains('-')) {
            m.retype(Kind::Place);
        }
    }
    // A town's other lone mentions that nothing read as a person: "the
    // city of Arbil ... Arbil lies within the haven".
    if towns.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if m.kind == Kind::Weak
            && m.e > m.s
            && !m.evidence
            && towns.iter().any(|t| *t == text[m.s..m.e])
        {
            m.retype(Kind::Place);
        }
    }
}

/// "South China", "N. Korea", "the Slovak Republic", "the Federal
/// Republic of Yugoslavia": a place with a point of the compass before
/// it (written out, as a region's adjective or as its initial), or with
/// "Republic" after its people's name or before "of" and it, is one
/// place with those words.
fn place_names_joined(text: &str, ms: &mut [Mention]) {
    const INITIALS: &[(&str, &str)] = &[
        ("N.", "North"),
        ("S.", "South"),
        ("E.", "East"),
        ("W.", "West"),
    ];
    // A side's word: a point of the compass or a region's adjective.
    let side = |w: &str| {
        COMPASS_POINTS.contains(&w)
            || matches!(
                w,
                "Northern" | "Southern" | "Eastern" | "Western" | "Central"
            )
    };
    let mut key = String::new();
    for k in 0..ms.len() {
        let m = &ms[k];
        if m.kind != Kind::Place || m.e <= m.s {
            continue;
        }
        let surface = &text[m.s..m.e];
        let before = &text[..m.s];
        let mut s = m.s;
        let mut e = m.e;
        let mut canonical = None;
        if before.ends_with("Republic of ") {
            if !m.demonym {
                // "Republic" and the capitalised words before it, back to
                // "the" or the line's start.
                canonical = Some(m.canonical.clone());
                s = before.len() - "Republic of ".len();
                let mut words = 0;
                while words < 3 && s > 0 && text.as_bytes()[s - 1] == b' ' {
                    let ws = text[..s - 1].rfind([' ', '\n']).map_or(0, |i| i + 1);
                    let w = &text[ws..s - 1];
                    if !w.starts_with(|c: char| c.is_ascii_uppercase())
                        || lower_flags(w, &mut key) & FUNC != 0
                    {
                        break;
                    }
                    s = ws;
                    words += 1;
                }
            }
        } else if m.demonym
            && text[m.e..]
                .strip_prefix(" Republic")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        {
            e = m.e + " Republic".len();
            canonical = Some(m.canonical.clone());
        } else if !m.demonym && !lexicon::compass_led(surface) {
            let ws = before
                .strip_suffix(' ')
                .map_or(m.s, |b| b.rfind([' ', '\n', '(', '"']).map_or(0, |i| i + 1));
            let w = &text[ws..m.s.saturating_sub(1).max(ws)];
            // (Not a word of a longer name: "Hotel West London".)
            let alone = text[..ws]
                .trim_end_matches(' ')
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() || c.is_lowercase());
            if alone && side(w) {
                s = ws;
            } else if let Some((_, side)) = INITIALS.iter().find(|(i, _)| *i == w) {
                s = ws;
                canonical =
                    lexicon::place_canonical(&format!("{side} {surface}")).map(str::to_string);
            }
        }
        // (A mention of the compass word alone is the place's: "West |
        // Oakland".)
        let (ms_k, me_k) = (ms[k].s, ms[k].e);
        if (s, e) == (ms_k, me_k)
            || ms.iter().enumerate().any(|(j, p)| {
                j != k
                    && p.kind != Kind::Weak
                    && p.s < p.e
                    && p.s < e
                    && s < p.e
                    && !(s < ms_k
                        && p.s >= s
                        && p.e < ms_k
                        && p.kind != Kind::Org
                        && side(&text[p.s..p.e]))
            })
        {
            continue;
        }
        let joined = normalise_space(&text[s..e]);
        // (A place the lexicons list whole keeps its name, "North
        // Korea"; a side of a place or a region is named for the place,
        // as the stories' links and the figures' holders read it: "East
        // Oakland" is Oakland's.)
        let canonical = canonical.unwrap_or_else(|| {
            lexicon::place_canonical(&joined)
                .map_or_else(|| ms[k].canonical.clone(), str::to_string)
        });
        for (j, p) in ms.iter_mut().enumerate() {
            if j != k && p.s < e && s < p.e {
                p.absorb();
            }
        }
        let m = &mut ms[k];
        m.s = s;
        m.e = e;
        m.demonym = false;
        m.canonical = canonical;
    }
}

/// "Tom Vale, 26, of Jennings": a person's age and the town they are
/// from, as local news writes them (`before` is the text up to the
/// town's name).
fn hometown(before: &str) -> bool {
    let Some(b) = before.strip_suffix(", of ") else {
        return false;
    };
    let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&digits) && b[..b.len() - digits].ends_with(", ")
}

/// "The Marion County Sheriff said": a name of a county, city or state
/// that ends on a title names an office, an organisation, not a person.
fn offices(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let surface = &text[m.s..m.e];
        let Some(last) = surface.split_whitespace().last() else {
            continue;
        };
        let title = lexicon::is_title_word(last, &mut key);
        // Only a public office: a title alone may be a surname ("Lisa
        // King", "Hun Sen").
        let public = surface
            .split_whitespace()
            .any(|w| matches!(w, "County" | "City" | "State" | "Parish"));
        if title && public {
            m.retype(Kind::Org);
        }
    }
}

/// The lines of `text` with the offset each starts at.
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len() + 1;
        Some((start, line))
    })
}

fn normalise_space(s: &str) -> String {
    if !s.bytes().any(|c| c == b'\n' || c == b'\r' || c == b'\t') && !s.contains("  ") {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[inline]
fn flags(info: Option<&WordInfo>) -> u32 {
    info.map_or(0, |i| i.flags)
}

fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.s..t.e]
}

/// Whether a lexicon phrase written `form` may match text written `surface`
/// (tokens already equal when lower-cased). Acronyms and lower-case forms
/// match only as written; other forms match capitalised or upper-case text.
fn case_ok(form: &str, surface: &str) -> bool {
    if form == surface {
        return true;
    }
    let form_has_lower = form.chars().any(char::is_lowercase);
    let form_first_upper = form.chars().next().is_some_and(char::is_uppercase);
    if !form_has_lower || !form_first_upper {
        // Acronym ("US", "WHO") or lower-case form ("al-Qaeda"): exact only,
        // ignoring whitespace written differently.
        let visible = |c: &char| !c.is_whitespace();
        return form
            .chars()
            .filter(visible)
            .eq(surface.chars().filter(visible));
    }
    surface.chars().next().is_some_and(char::is_uppercase)
}

fn best_phrase(ps: &[Phrase], surface: &str) -> Option<Phrase> {
    let mut best: Option<Phrase> = None;
    for p in ps {
        if !case_ok(p.form, surface) {
            continue;
        }
        let rank = |k: PhraseKind| match k {
            PhraseKind::Honorific => 0,
            PhraseKind::Title => 1,
            PhraseKind::Org => 2,
            PhraseKind::Place => 3,
            PhraseKind::Demonym => 4,
            PhraseKind::RoleNoun => 9,
        };
        if p.kind == PhraseKind::RoleNoun {
            continue;
        }
        match best {
            Some(b) if rank(b.kind) < rank(p.kind) => {}
            Some(b) if rank(b.kind) == rank(p.kind) && b.population >= p.population => {}
            _ => best = Some(*p),
        }
    }
    best
}

fn is_open_punct(w: &str) -> bool {
    matches!(
        w,
        "\"" | "“" | "‘" | "(" | "[" | ":" | "-" | "—" | "–" | "'" | "«" | "|" | "*" | "•"
    )
}

/// Reads one sentence and appends its mentions.
fn sentence(text: &str, start: usize, end: usize, sc: &mut Scratch, out: &mut Vec<Mention>) {
    sc.toks.clear();
    tokenize(text, start, end, &mut sc.toks);
    let toks = &sc.toks;
    let n = toks.len();
    if n == 0 {
        return;
    }
    // Headline case: mostly upper-case words, or every word capitalised.
    let (mut caps, mut title, mut lower) = (0usize, 0usize, 0usize);
    for t in toks {
        match t.shape {
            Shape::Caps => caps += 1,
            Shape::Title | Shape::Initial => title += 1,
            Shape::Lower => lower += 1,
            _ => {}
        }
    }
    let all_caps = caps >= 3 && caps > lower + title;

    // Word info for capitalised words and particles.
    sc.info.clear();
    sc.info.resize(n, None);
    for (i, t) in toks.iter().enumerate() {
        let w = word(text, t);
        // Lower-case words matter only beside a capitalised one (particles,
        // "of" joins); role nouns are looked up when a name is found.
        let want = t.is_cap()
            || t.shape == Shape::Lower
                && w.len() <= 5
                && (i + 1 < n && toks[i + 1].is_cap() || i > 0 && toks[i - 1].is_cap());
        if want {
            sc.info[i] = LEXICON.word.get_lower(w, &mut sc.key);
            // "The Atlanta Journal-Constitution", "the Minneapolis
            // Star-Tribune": a compound closing a name, one of whose
            // capitalised halves closes an organisation's name, is read
            // as that word.
            if sc.info[i].is_none() && i > 0 && toks[i - 1].is_cap() && t.is_cap() {
                if let Some((a, b)) = w.split_once('-') {
                    sc.info[i] = [a, b]
                        .into_iter()
                        .filter(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
                        .filter_map(|p| LEXICON.word.get_lower(p, &mut sc.key))
                        .find(|wi| wi.flags & ORG_LAST != 0 && wi.flags & ORG_LEGAL == 0);
                }
            }
        }
    }
    let info = &sc.info;
    // Title case: every word capitalised, several of them common words
    // ("Marathon Bombing Suspect Caught"), unlike a list of names.
    let title_case = !all_caps && title >= 4 && lower == 0 && {
        let common = toks
            .iter()
            .zip(info.iter())
            .filter(|(t, f)| {
                t.shape == Shape::Title
                    && flags(**f) & COMMON != 0
                    && flags(**f) & (FIRST | LAST) == 0
            })
            .count();
        common >= 2 && common * 3 >= title
    };
    let headline = all_caps || title_case;

    let mut i = 0;
    while i < n {
        let t = &toks[i];
        if !t.is_cap() {
            i += 1;
            continue;
        }
        // Build the chunk's segments.
        let mut segs = std::mem::take(&mut sc.segs);
        segs.clear();
        let mut j = i;
        let mut of_joined = false;
        loop {
            if j >= n {
                break;
            }
            let tj = &toks[j];
            // "By Jane Doe Updated: June 3": a page's time label after a
            // byline ends the name.
            if !segs.is_empty()
                && tj.is_cap()
                && text.as_bytes().get(tj.e) == Some(&b':')
                && matches!(
                    word(text, tj),
                    "Updated" | "Posted" | "Published" | "Modified" | "Created" | "Filed"
                )
            {
                break;
            }
            if tj.is_cap() {
                let seg = match_seg(text, toks, info, j, &mut sc.key);
                j = seg.b;
                segs.push(seg);
                continue;
            }
            // A nickname in quotes between a first name and a surname:
            // `Roberto " Hands of Stone " Duran`, `Joaquin "El Chapo" Guzman`.
            if let Some(c) = nickname_end(text, toks, info, &segs, j) {
                j = c + 1;
                continue;
            }
            // Joiners between capitalised words.
            let is_particle = |k: usize| {
                toks[k].shape == Shape::Lower
                    && flags(info[k]) & PARTICLE != 0
                    && toks[k].e - toks[k].s <= 4
            };
            // Two particles in a row: "van der", "de la", "van den".
            if !segs.is_empty()
                && j + 2 < n
                && is_particle(j)
                && is_particle(j + 1)
                && toks[j + 2].is_cap()
            {
                j += 2;
                continue;
            }
            let w = word(text, tj);
            // "Bank of the West", "Commission on the Status of Women": a
            // head word's "of the" before a capital.
            // (Not after a title: "Governor of the Reserve Bank" is a
            // role and a body.)
            // "on the" only after a body's word: "the Aegean Sea on the
            // Western Alliance's flank".
            // ("the State of the Union" is a speech.)
            let of_the = matches!(w, "of" | "for" | "on")
                && !segs.last().is_some_and(is_title)
                && !matches!(word(text, &toks[j - 1]), "State" | "state")
                && (w != "on"
                    || segs.last().is_some_and(|g| {
                        g.flags & (ORG_FIRST | ORG_LAST) != 0
                            || g.phrase.is_some_and(|p| p.kind == PhraseKind::Org)
                    }))
                && j + 2 < n
                && word(text, &toks[j + 1]) == "the"
                && toks[j + 2].is_cap();
            if segs.is_empty() || j + 1 >= n || !(toks[j + 1].is_cap() || of_the) {
                break;
            }
            let joins = match w {
                "&" => true,
                // "St. Moritz", "St. Louis": the abbreviation's dot.
                // (And "Ft. Worth", "Mt. Pleasant"; also upper-case in a
                // dateline, "ST. LOUIS", "FT. WORTH"; not a
                // street's "St." after its number, "1700 E. 18th St.
                // Investigators say".)
                "." => {
                    let ab = word(text, &toks[j - 1]);
                    matches!(ab, "St" | "ST" | "Ft" | "FT" | "Mt" | "MT")
                        && tj.s == toks[j - 1].e
                        && (toks[j + 1].shape == Shape::Title
                            || ab.ends_with('T') && toks[j + 1].shape == Shape::Caps)
                        && flags(info[j + 1]) & FUNC == 0
                        && !(j >= 2 && toks[j - 2].shape == Shape::Num)
                }
                // "Boatmen 's Bancshares Inc": a possessive inside a
                // company's name, when its legal form follows.
                // (Not after a country's or a place's name: "Sweden's OK
                // Petroleum AB" is the firm of a country.)
                _ if tj.shape == Shape::Poss
                    && segs.last().is_some_and(|g| {
                        g.phrase.is_some_and(|p| {
                            matches!(p.kind, PhraseKind::Place | PhraseKind::Demonym)
                        })
                    }) =>
                {
                    false
                }
                // (Not after a firm's legal form: "Texas Air Corp's
                // Eastern Air Lines Inc" is a firm's unit.)
                _ if tj.shape == Shape::Poss && flags(info[j - 1]) & ORG_LEGAL != 0 => false,
                _ if tj.shape == Shape::Poss => {
                    // The flags of the last of the capitalised words after
                    // the possessive (five at most).
                    let run_ends = |f: u32| {
                        toks[j + 1..]
                            .iter()
                            .zip(&info[j + 1..])
                            .take(5)
                            .take_while(|(t, _)| t.is_cap())
                            .last()
                            .is_some_and(|(_, g)| flags(*g) & f != 0)
                    };
                    run_ends(ORG_LEGAL)
                        // "General Workers' Union", "Teachers' Association":
                        // a plural possessive before an organisation's word.
                        // (Or before words one ends: "Lay Volunteers '
                        // International Organisation".)
                        // (Not a singular's: "Congress' Joint Committee".)
                        // (Not a surname's: "Robbie Williams' Angels".)
                        || (w == "'"
                            && word(text, &toks[j - 1]).ends_with('s')
                            && !word(text, &toks[j - 1]).ends_with("ss")
                            && (flags(info[j - 1]) & COMMON != 0
                                || flags(info[j - 1]) & (FIRST | LAST) == 0)
                            && (flags(info[j + 1]) & ORG_LAST != 0 || run_ends(ORG_LAST)))
                        // "National People's Congress", "Children's
                        // Hospital": an irregular plural's possessive
                        // before a name an organisation's word ends.
                        || (w != "'"
                            && matches!(
                                word(text, &toks[j - 1]),
                                "People" | "Women" | "Men" | "Children"
                            )
                            && run_ends(ORG_LAST))
                        // "Hallam's Group", "Mercer's Stores": a firm named
                        // for its founder, before a word that only ends a
                        // firm's name (not a public body's: "Smith's
                        // Government").
                        || (w != "'"
                            && segs.len() == 1
                            && segs[0].phrase.is_none()
                            && toks[j - 1].shape == Shape::Title
                            && toks[j + 1].shape == Shape::Title
                            && !toks.get(j + 2).is_some_and(Tok::is_cap)
                            && flags(info[j + 1]) & (ORG_LAST | ORG_FIRST) == ORG_LAST
                            && !matches!(
                                word(text, &toks[j + 1]),
                                "Government" | "Cabinet" | "Administration" | "Party"
                            ))
                }
                // (A second "of" goes on a name an "of the" began:
                // "Commission on the Status of Women".)
                "of" | "for" | "on" => {
                    segs.last().is_some_and(|s| is_of_head(s, &mut sc.part))
                        || of_joined && w == "of"
                }
                _ => is_particle(j),
            };
            if !joins {
                break;
            }
            of_joined |= of_the;
            // (The "the" rides along.)
            if of_the {
                j += 1;
            }
            j += 1;
        }
        if segs.is_empty() {
            sc.segs = segs;
            i += 1;
            continue;
        }
        let mut next = j;
        let mut given_tail = false;
        // A hyphenated given name after a surname, written with a
        // lower-case second syllable ("Kim Young-sam", "Li Song-ho"): a
        // name's last word, not an adjective compound.
        if toks.get(next).is_some_and(|t| {
            t.shape == Shape::Lower
                && t.s == toks[next - 1].e + 1
                && is_given_syllables(word(text, t))
        }) && toks[next - 1].shape == Shape::Title
            && segs.last().is_some_and(|g| g.phrase.is_none())
        {
            segs.push(Seg {
                a: next,
                b: next + 1,
                phrase: None,
                flags: 0,
            });
            next += 1;
            given_tail = true;
        }
        // An adjective compound, not a name: "Hong Kong-based", "U.S.-led".
        let lw = word(text, &toks[next - 1]);
        // (The tokenizer reads "Kong-based" as a lower-case word.)
        let hyphen_tail = toks.get(next).is_some_and(|t| {
            let w = word(text, t);
            t.shape == Shape::Lower
                && t.s == toks[next - 1].e + 1
                && w.contains('-')
                && w.chars().next().is_some_and(char::is_uppercase)
        }) || next + 1 < n
            && word(text, &toks[next]) == "-"
            && toks[next].s == toks[next - 1].e
            && toks[next + 1].s == toks[next].e
            && toks[next + 1].shape == Shape::Lower;
        if !given_tail
            && (hyphen_tail
                || lw.rsplit_once('-').is_some_and(|(h, t)| {
                    !h.is_empty() && t.chars().next().is_some_and(char::is_lowercase)
                }))
        {
            sc.segs = segs;
            i = next.max(i + 1);
            continue;
        }
        let initial = i == 0
            || (toks[i - 1].shape == Shape::Punct && is_open_punct(word(text, &toks[i - 1])));
        classify(
            text,
            toks,
            info,
            &segs,
            Ctx {
                initial,
                headline,
                all_caps,
                after: next,
            },
            out,
        );
        sc.segs = segs;
        i = next.max(i + 1);
    }
}

/// The closing quote of a nickname opening at token `j` after a chunk
/// that ends on a first name: one to four words in quotes, the first
/// capitalised, then a capitalised word that is no common word (the
/// surname).
fn nickname_end(
    text: &str,
    toks: &[Tok],
    info: &[Option<&'static WordInfo>],
    segs: &[Seg],
    j: usize,
) -> Option<usize> {
    let is_quote = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(word(text, t), "\"" | "“" | "”"))
    };
    let &g = segs.last().filter(|_| is_quote(j))?;
    if g.b - g.a != 1
        || g.flags & FIRST == 0
        || g.flags & COMMON != 0
        || g.phrase.is_some_and(|p| p.kind != PhraseKind::Place)
    {
        return None;
    }
    if !toks.get(j + 1).is_some_and(Tok::is_cap) {
        return None;
    }
    let c = (j + 2..(j + 6).min(toks.len())).find(|&k| is_quote(k))?;
    let words_ok = toks[j + 1..c]
        .iter()
        .all(|t| t.is_cap() || t.shape == Shape::Lower && t.e - t.s <= 4);
    let surname = toks
        .get(c + 1)
        .is_some_and(|t| t.shape == Shape::Title && flags(info[c + 1]) & (COMMON | FUNC) == 0);
    (words_ok && surname).then_some(c)
}

/// Whether `w` is a name joined by an Arabic article or a linking
/// syllable inside it, as South Asian and Arabic names are written
/// ("Inzamam-ul-Haq", "Mujib-ur-Rahman", "Moin-ud-Din", "Abd-al-Aziz"):
/// capitalised parts on both sides of a lower-case `ul`, `ur`, `ud`,
/// `un`, `us` or `al`. No English word has that shape.
fn has_name_infix(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(a), Some(mid), Some(b), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let cap = |p: &str| {
        let b = p.as_bytes();
        b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
    };
    cap(a) && cap(b) && matches!(mid, "ul" | "ur" | "ud" | "un" | "us" | "al" | "el" | "ad")
}

/// Whether `w` is a hyphenated given name of two syllables with a
/// lower-case second one, as Korean names are romanised ("Young-sam",
/// "Song-ho", "Dae-jung"), not an adjective compound ("Kong-based",
/// "Paris-led", "Anti-war"): two short parts of letters, the first no
/// English prefix, the second no participle and no English word of four
/// letters or more (a short one such as "so", "ho" or "won" is a
/// syllable, save the tails of compounds: "led", "era", "run").
fn is_given_syllables(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let b = head.as_bytes();
    if !(2..=5).contains(&b.len())
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(u8::is_ascii_lowercase)
        || !(2..=5).contains(&tail.len())
        || !tail.bytes().all(|c| c.is_ascii_lowercase())
        || tail.ends_with("ed")
    {
        return false;
    }
    let mut key = String::new();
    lower_key(head, &mut key);
    if matches!(
        key.as_str(),
        "anti"
            | "pro"
            | "non"
            | "post"
            | "pre"
            | "ex"
            | "co"
            | "mid"
            | "semi"
            | "sub"
            | "neo"
            | "self"
            | "all"
            | "half"
            | "well"
            | "multi"
            | "cross"
            | "over"
            | "under"
            | "out"
            | "ultra"
            | "extra"
            | "super"
            | "euro"
            | "inter"
            | "intra"
            | "trans"
            | "micro"
    ) {
        return false;
    }
    // A short tail is a syllable unless it makes a compound ("Nato-led",
    // "Soviet-era"); a longer one, unless it is an English word.
    if tail.len() <= 3 {
        return !matches!(
            tail,
            "led"
                | "run"
                | "era"
                | "old"
                | "age"
                | "war"
                | "day"
                | "man"
                | "men"
                | "end"
                | "fed"
                | "set"
                | "way"
                | "ish"
                | "ist"
        );
    }
    lower_flags(tail, &mut key) & COMMON == 0
}

/// Whether "of"/"for"/"on" may continue a name after `seg`: a single
/// word such as "Bank", or a title or organisation ending with one
/// ("Foreign Secretary"). `buf` is scratch space for the lower-cased word.
fn is_of_head(seg: &Seg, buf: &mut String) -> bool {
    if seg.b - seg.a == 1 && seg.flags & OF_HEAD != 0 {
        return true;
    }
    seg.phrase.is_some_and(|p| {
        matches!(p.kind, PhraseKind::Title | PhraseKind::Org)
            && p.form.split(' ').next_back().is_some_and(|l| {
                buf.clear();
                buf.push_str(l);
                buf.make_ascii_lowercase();
                LEXICON.get(buf).is_some_and(|i| i.flags & OF_HEAD != 0)
            })
    })
}

/// The longest lexicon phrase starting at token `j`, or the single word.
fn match_seg(
    text: &str,
    toks: &[Tok],
    info: &[Option<&'static WordInfo>],
    j: usize,
    key: &mut String,
) -> Seg {
    let n = toks.len();
    let inf = info[j];
    let mut seg = Seg {
        a: j,
        b: j + 1,
        phrase: None,
        flags: flags(inf),
    };
    if let Some(wi) = inf {
        let lens = wi.phrase_lens;
        if lens != 0 {
            let max = (31 - lens.leading_zeros()) as usize;
            let mut len = max.min(n - j);
            while len >= 2 {
                if lens & (1 << len) != 0 {
                    phrase_key(text, &toks[j..j + len], key);
                    if let Some(ps) = LEXICON.phrase.get(key.as_str()) {
                        let last = &toks[j + len - 1];
                        // (A firm's name may end on a possessive written
                        // joined: "Moody's", "Standard and Poor's"; one
                        // written apart, "Poor 's", is the text's.)
                        if last.is_cap()
                            || last.shape == Shape::Punct
                            || last.shape == Shape::Poss
                                && last.s == toks[j + len - 2].e
                                && ps.iter().any(|p| p.kind == PhraseKind::Org)
                        {
                            let surface = &text[toks[j].s..last.e];
                            if let Some(p) = best_phrase(ps, surface) {
                                seg.b = j + len;
                                seg.phrase = Some(p);
                                seg.flags = 0;
                                break;
                            }
                        }
                    }
                }
                len -= 1;
            }
        }
        if seg.phrase.is_none() && !wi.phrases.is_empty() {
            seg.phrase = best_phrase(&wi.phrases, word(text, &toks[j]));
        }
    }
    // "Mr." "Gen." "Sen.": a title takes its dot.
    if is_title(&seg)
        && seg.b < n
        && word(text, &toks[seg.b]) == "."
        && toks[seg.b].s == toks[seg.b - 1].e
        && seg.b + 1 < n
        && toks[seg.b + 1].is_cap()
    {
        seg.b += 1;
    }
    seg
}

#[derive(Debug, Clone, Copy)]
struct Ctx {
    initial: bool,
    headline: bool,
    all_caps: bool,
    /// Token index just after the chunk.
    after: usize,
}

fn is_title(seg: &Seg) -> bool {
    seg.phrase
        .is_some_and(|p| matches!(p.kind, PhraseKind::Honorific | PhraseKind::Title))
}

fn is_known(seg: &Seg) -> bool {
    seg.phrase.is_some_and(|p| {
        matches!(
            p.kind,
            PhraseKind::Place | PhraseKind::Org | PhraseKind::Demonym
        )
    })
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Classifies one chunk and appends its mentions.
fn classify(
    text: &str,
    toks: &[Tok],
    info: &[Option<&'static WordInfo>],
    segs_in: &[Seg],
    cx: Ctx,
    out: &mut Vec<Mention>,
) {
    let mut segs: &[Seg] = segs_in;
    // A national statistics office ("Statistics Canada"), and a bank
    // named "First" and its city, state or head word ("First Chicago",
    // "First Bank"; a "First" opening a sentence may be the adverb).
    if let [f, g] = segs {
        let w = word(text, &toks[f.a]);
        let place = |nation: bool| {
            g.phrase
                .is_some_and(|p| p.kind == PhraseKind::Place && p.nation == nation)
        };
        let named = f.b - f.a == 1
            && f.phrase.is_none()
            && !cx.all_caps
            && toks[f.a].shape == Shape::Title
            && (w == "Statistics" && place(true)
                || w == "First"
                    && !cx.initial
                    && (place(false)
                        || g.phrase.is_none()
                            && g.b - g.a == 1
                            && g.flags & ORG_LAST != 0
                            && g.flags & MISC_LAST == 0));
        if named {
            let (s, e) = (toks[f.a].s, toks[g.b - 1].e);
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
    }
    // A company named with its legal form ("First Albany Corp", "Jeans
    // Mate Corp"): its capitalised words are all the name, save articles
    // and linking words.
    let legal = segs.len() > 1
        && segs
            .last()
            .is_some_and(|l| l.phrase.is_none() && l.flags & ORG_LEGAL != 0);
    // Strip leading function words, months and weekdays, and a capitalised
    // common word opening a sentence ("Hopefully", "Any").
    let mut initial = cx.initial;
    while let Some(f) = segs.first() {
        if f.phrase.is_some() || f.b - f.a != 1 {
            break;
        }
        let fl = f.flags;
        let w = word(text, &toks[f.a]);
        if legal {
            let keep = fl & FUNC == 0
                || ["first", "new", "second", "third", "one"]
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(w));
            if keep || segs.len() < 3 {
                break;
            }
            segs = &segs[1..];
            initial = false;
            continue;
        }
        // An organisation's head word opening a sentence keeps its name:
        // "Radio Mirador quoted ...", "Bank Indonesia said".
        if fl & (ORG_FIRST | ORG_LAST) == (ORG_FIRST | ORG_LAST)
            && fl & FUNC == 0
            && segs.len() > 1
            && segs[1].flags & FIRST == 0
            && !cx.headline
            && toks[f.a].shape == Shape::Title
        {
            break;
        }
        // A firm's or a body's name opening a sentence keeps a common
        // first word when its last word closes an organisation's name:
        // "Chemical Bank said", "Synthetic Industries is offering"; and
        // a place's name when its last word closes a place's.
        if initial
            && !cx.headline
            && toks[f.a].shape == Shape::Title
            && fl & (FUNC | MONTH | WEEKDAY | NOT_NAME | ROLE_NOUN | FIRST) == 0
            && (2..=3).contains(&segs.len())
            && segs[1..].iter().all(|g| {
                g.phrase.is_none() && g.flags & FIRST == 0 && toks[g.a].shape == Shape::Title
            })
            && segs.last().is_some_and(|l| {
                l.flags & (ORG_LAST | ORG_LEGAL) != 0
                    // (So does a place's: "Cook County officials said",
                    // "Long Beach police"; not words that close titles
                    // of films and shows as often, "Big City", "Ghost
                    // Town", "News Channel".)
                    || l.b - l.a == 1 && {
                        const PLACE_ENDS: &[&str] = &[
                            "County", "Parish", "Township", "Beach", "Springs", "Heights",
                            "Hills", "Falls", "Valley", "Lake", "River", "Islands", "Bay",
                            "Avenue",
                        ];
                        PLACE_ENDS.contains(&word(text, &toks[l.a]))
                    }
            })
        {
            break;
        }
        // A club's word before its city opens the club's name: "Inter
        // Milan", "Sporting Lisbon", "Racing Santander".
        if fl & ORG_FIRST != 0
            && fl & FUNC == 0
            && segs.len() == 2
            && segs[1]
                .phrase
                .is_some_and(|p| p.kind == PhraseKind::Place && !p.nation && !cx.headline)
            && toks[f.a].shape == Shape::Title
        {
            break;
        }
        // (A month that is a given name before a surname is the name:
        // "April Vance"; so is a month's abbreviation (not "May", which
        // is the month in full) before a word no list holds, "Jan
        // Hrubec". A month written in full before such a word is more
        // often a date's: "in June Zorvex futures".)
        let surname_after = segs.len() > 1
            && (segs[1].flags & LAST != 0
                || w.len() == 3
                    && !w.eq_ignore_ascii_case("may")
                    && fl & WEEKDAY == 0
                    && segs[1].phrase.is_none()
                    && segs[1].flags == 0
                    && toks[segs[1].a].shape == Shape::Title);
        let strip = fl & FUNC != 0
            || fl & (MONTH | WEEKDAY) != 0 && !(fl & FIRST != 0 && surname_after)
            || (initial || cx.headline) && fl & COMMON != 0 && fl & (FIRST | LAST) == 0
            || (initial || cx.headline)
                && fl & COMMON != 0
                && segs.len() > 1
                && segs[1].flags & (FIRST | LAST) == 0
                && (is_known(&segs[1]) || segs[1].flags & COMMON != 0 || fl & FIRST == 0)
            || fl & NOT_NAME != 0 && segs.len() > 1 && is_known(&segs[1])
            // A role noun opening a sentence: "Fullback | Andre Joubert".
            || initial && fl & ROLE_NOUN != 0 && segs.len() > 1 && segs[1].phrase.is_none()
            || w.len() == 1 && toks[f.a].shape == Shape::Caps;
        if !strip {
            break;
        }
        // A common word opening an upper-case headline that is also a
        // surname may still repeat a name the story gives ("MILLER
        // DEFENDS TITLE", "REAL SCRAPE DRAW"): kept for the document
        // pass, which reads it as a name only then.
        if cx.all_caps
            && fl & LAST != 0
            && fl & (FUNC | MONTH | WEEKDAY | NOT_NAME) == 0
            && toks[f.a].shape == Shape::Caps
        {
            let mut m = person(text, toks, &segs[..1], toks[f.a].s, toks[f.a].e);
            m.kind = Kind::Weak;
            m.shaky = true;
            out.push(m);
        }
        segs = &segs[1..];
        initial = false;
    }
    // Strip trailing weekdays and months ("Lavrov Tuesday"), and a
    // financial term after a name ("Cofinec GDRs", "Telmex ADRs"), which
    // becomes the name's context.
    let mut cx = cx;
    while segs.len() > 1 {
        let l = segs[segs.len() - 1];
        let before = segs[segs.len() - 2];
        if l.phrase.is_none()
            && l.flags & (WEEKDAY | MONTH) != 0
            && !(l.flags & MONTH != 0 && before.flags & FIRST != 0)
        {
            segs = &segs[..segs.len() - 1];
        } else if l.phrase.is_none()
            && l.b - l.a == 1
            && l.flags & NOT_ORG != 0
            && before.phrase.is_none()
            && !cx.all_caps
        {
            segs = &segs[..segs.len() - 1];
            cx.after = l.a;
        } else if let Some(state) = (is_title(&l)
            && segs.len() == 2
            && before.phrase.is_none()
            && before.b - before.a == 1
            && toks[before.a].shape == Shape::Caps
            && toks[l.a - 1].e == toks[before.b - 1].e)
            .then(|| lexicon::us_state_of_code(word(text, &toks[before.a])))
            .flatten()
        {
            // A state's postal code before an office, no name after it:
            // "SC Senator killed in church shooting", "the NC Governor".
            let (s, e) = (toks[before.a].s, toks[before.a].e);
            out.push(Mention::new(s, e, Kind::Place, state.to_string()));
            return;
        } else if is_title(&l)
            && !cx.all_caps
            && toks[l.a - 1].e == toks[before.b - 1].e
            && word(text, &toks[l.a]) != "General"
            && segs[0].flags & ORG_LEGAL == 0
            && before.phrase.is_none()
            && before.b - before.a == 1
            && before.flags & ORG_LAST != 0
        {
            // A member's title after a body's name, no name after it:
            // "a UK Independence Party MEP said" (not a firm's
            // "General": "Velcorp General Inc"; nor a legal form alone:
            // "and Co Inc President").
            segs = &segs[..segs.len() - 1];
            cx.after = l.a;
        } else {
            break;
        }
    }
    if segs.is_empty() {
        return;
    }
    let first = segs[0];
    let last = segs[segs.len() - 1];
    let s = toks[first.a].s;
    let e = toks[last.b - 1].e;
    let ntoks = last.b - first.a;

    // A county's office, no name after it: "the Adams County Sheriff
    // said", "the Stephens County Sheriff's Office" (whose "'s Office"
    // is read on later), whatever a surname the county is named for.
    if let [.., c, t] = segs {
        if is_title(t)
            && !cx.all_caps
            && c.phrase.is_none()
            && c.b == t.a
            && matches!(word(text, &toks[c.a]), "County" | "Parish")
            && segs.len() >= 3
        {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
    }

    // A title no name follows is no person: "accused the Tory Chairman
    // of lying", "the Labour Leader said" (the party still is a body);
    // not a surname that is a title ("Tom King"), nor a short one ("Hun
    // Sen", "Hun Sen." with its dot), nor the "General" that closes
    // firms' names ("Velcorp General").
    // (Not a body named for its head: "the Office of the Attorney
    // General", "the Office of Special Counsel".)
    let titled = segs.len() >= 2
        && !cx.all_caps
        && last.phrase.is_some_and(|p| p.kind == PhraseKind::Title)
        && {
            let title_word = text[toks[last.a].s..toks[last.b - 1].e].trim_end_matches('.');
            !(!title_word.contains([' ', '\n'])
                && (last.flags & LAST != 0 || title_word.len() < 4 || title_word == "General"))
        }
        && !text[s..e]
            .split([' ', '\n'])
            .any(|w| w == "of" || w == "for");
    if titled {
        let pre = &segs[..segs.len() - 1];
        if pre.iter().all(|g| g.phrase.is_none()) {
            // (Words no lexicon knows stay a weak mention that later
            // passes may read: "the Corlett Police Chief" beside "the
            // Corlett Police Department" is the town's.)
            let pe = toks[pre[pre.len() - 1].b - 1].e;
            let mut m = person(text, toks, pre, s, pe);
            m.kind = Kind::Weak;
            out.push(m);
        } else {
            for g in pre {
                emit_known(text, toks, g, out);
            }
        }
        return;
    }

    // A lone month or weekday, or a chunk of them.
    if segs
        .iter()
        .all(|g| g.phrase.is_none() && g.flags & (MONTH | WEEKDAY) != 0 && g.flags & FIRST == 0)
    {
        return;
    }
    // A word and a bare letter that is no given name and initial: a
    // label ("Tranche A", "Series B"), not a person.
    if let [f, g] = segs {
        if f.phrase.is_none()
            && g.phrase.is_none()
            && f.b - f.a == 1
            && g.b - g.a == 1
            && toks[f.a].shape == Shape::Title
            && f.flags & (FIRST | LAST | ORG_LAST | ORG_FIRST) == 0
            && toks[g.a].e - toks[g.a].s == 1
            && toks[g.a].shape == Shape::Initial
        {
            return;
        }
    }

    // Title before a name: "US Secretary of State John Kerry", "Mr Kerry".
    if !cx.all_caps {
        if let Some(mut t) = segs[..segs.len() - 1].iter().rposition(is_title) {
            // "Speaker of the House of Representatives Wahono", and a
            // department's common word: "Secretary of Agriculture Tom
            // Vilsack", "Minister of the Interior Ann Holt".
            let department = |g: &Seg| {
                g.phrase.is_none()
                    && g.b - g.a == 1
                    && g.flags & COMMON != 0
                    && g.flags & FIRST == 0
            };
            // ("Director of Public Credit Mauricio Cabrera": a second
            // word of the department.)
            let mut in_department = false;
            while t + 2 < segs.len()
                && (is_known(&segs[t + 1]) || department(&segs[t + 1]))
                && (toks[segs[t + 1].a - 1].shape == Shape::Lower
                    || in_department && department(&segs[t + 1]))
            {
                in_department = toks[segs[t + 1].a - 1].shape == Shape::Lower
                    && department(&segs[t + 1])
                    || in_department;
                t += 1;
            }
            let name = &segs[t + 1..];
            let name_org = name
                .iter()
                .any(|g| g.flags & ORG_LAST != 0 && g.phrase.is_none())
                && name.len() > 1;
            // A place after an honorific is a surname ("Mr Solana", "Ms
            // Dunedin"): no one is a "Mr" but a person.
            let honorific = segs[t]
                .phrase
                .is_some_and(|p| p.kind == PhraseKind::Honorific);
            let name_known = name.len() == 1
                && is_known(&name[0])
                && name[0].flags & (FIRST | LAST) == 0
                && !(honorific
                    && name[0].b - name[0].a == 1
                    && toks[name[0].a].shape == Shape::Title
                    && name[0].phrase.is_some_and(|p| p.kind == PhraseKind::Place));
            // A common word after a title names a thing, not a person:
            // "the General Election", "the Premier League".
            // So does a lone word a title holds "for": its portfolio
            // ("the Secretary of State for Defence", "... for Wales").
            let name_common = name.len() == 1
                && (word(text, &toks[name[0].a - 1]) == "for"
                    || name[0].phrase.is_none()
                        && name[0].b - name[0].a == 1
                        && (name[0].flags & (COMMON | MISC_LAST) != 0
                            && name[0].flags & (FIRST | LAST) == 0
                            || name[0].flags & (ORG_LAST | ORG_FIRST) == (ORG_LAST | ORG_FIRST)));
            if !name_org && !name_known && !name_common {
                // Entities named inside the role.
                let mut role_org = None;
                let mut role_place = None;
                // An organisation named by its words before the title:
                // "Boxing Association President", "Acme CEO" (a single
                // word known as no name).
                let org_end = segs[..t]
                    .iter()
                    .rposition(|g| g.phrase.is_none() && g.flags & ORG_LAST != 0);
                let org_start = segs[..t].iter().position(|g| {
                    !g.phrase.is_some_and(|p| {
                        matches!(p.kind, PhraseKind::Demonym | PhraseKind::Honorific)
                    })
                });
                let corporate = segs[t].phrase.is_some_and(|p| {
                    [
                        "ceo",
                        "chairman",
                        "chairwoman",
                        "chief executive",
                        "chief executive officer",
                        "managing director",
                        "general manager",
                        "chief financial officer",
                        "cfo",
                        "chief operating officer",
                        "founder",
                    ]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(p.form))
                });
                let lone_firm = t == 1
                    && corporate
                    && segs[0].phrase.is_none()
                    && segs[0].b - segs[0].a == 1
                    && segs[0].flags & (FIRST | LAST | COMMON | FUNC | NOT_NAME | NOT_ORG) == 0
                    && toks[segs[0].a].shape == Shape::Title;
                let plain =
                    |a: usize, b: usize| segs[a..=b].iter().filter(|g| g.phrase.is_none()).count();
                let org_span = match (org_start, org_end) {
                    (Some(a), Some(b)) if a <= b && plain(a, b) >= 2 => Some((a, b)),
                    _ if lone_firm => Some((0, 0)),
                    _ => None,
                };
                if let Some((a, b)) = org_span {
                    let (os, oe) = (toks[segs[a].a].s, toks[segs[b].b - 1].e);
                    let name = normalise_space(&text[os..oe]);
                    role_org = Some(name.clone());
                    out.push(Mention::new(os, oe, Kind::Org, name));
                }
                for (k, g) in segs[..t].iter().enumerate() {
                    if org_span.is_some_and(|(a, b)| (a..=b).contains(&k)) {
                        continue;
                    }
                    emit_known(text, toks, g, out);
                    if let Some(p) = g.phrase {
                        match p.kind {
                            PhraseKind::Org if role_org.is_none() => {
                                role_org = Some(p.canonical.to_string())
                            }
                            PhraseKind::Place | PhraseKind::Demonym if role_place.is_none() => {
                                role_place = Some(p.canonical.to_string())
                            }
                            _ => {}
                        }
                    } else if g.flags & ORG_LAST != 0 && role_org.is_none() {
                        role_org = Some(text[toks[first.a].s..toks[g.b - 1].e].to_string());
                    }
                }
                let role_is_hon_only = segs[..=t]
                    .iter()
                    .all(|g| g.phrase.is_some_and(|p| p.kind == PhraseKind::Honorific));
                let role_start = segs[..=t]
                    .iter()
                    .find(|g| !g.phrase.is_some_and(|p| p.kind == PhraseKind::Honorific))
                    .map_or(s, |g| toks[g.a].s);
                let role_end = toks[segs[t].b - 1].e;
                let ns = toks[name[0].a].s;
                let mut m = person(text, toks, name, ns, e);
                m.evidence = true;
                if !role_is_hon_only {
                    m.role = Some((role_start, role_end));
                    m.role_org = role_org.or(role_place);
                }
                out.push(m);
                return;
            }
        }
    }

    // The whole chunk is one lexicon phrase.
    if segs.len() == 1 {
        if let Some(p) = first.phrase {
            // A small city that is also a surname, speaking: "Bush said".
            let speaks = toks.get(cx.after).is_some_and(|t| {
                matches!(word(text, t), "said" | "says" | "told" | "added" | "asked")
            });
            if p.kind == PhraseKind::Place
                && p.population < 300_000
                && first.b - first.a == 1
                && first.flags & LAST != 0
                && speaks
            {
                let mut m = person(text, toks, segs, s, e);
                m.kind = Kind::Weak;
                m.evidence = true;
                out.push(m);
                return;
            }
            match p.kind {
                PhraseKind::Place | PhraseKind::Demonym | PhraseKind::Org => {
                    emit_known(text, toks, &first, out);
                }
                // A lone title that is also a surname ("King said"): a
                // person only if the document names one in full.
                PhraseKind::Title if first.b - first.a == 1 && first.flags & LAST != 0 => {
                    let mut m = person(text, toks, segs, s, e);
                    m.kind = Kind::Weak;
                    m.shaky = true;
                    out.push(m);
                }
                _ => {}
            }
            return;
        }
    }

    // A place or plain words before an organisation's name are part of
    // it: "U.S. Agriculture Department", "Kurdistan Democratic Party",
    // "International Red Cross" (a demonym is not: "German | Foreign
    // Ministry").
    if !cx.all_caps && segs.len() >= 2 {
        let org_last = last
            .phrase
            .is_some_and(|p| p.kind == PhraseKind::Org && p.form.chars().any(char::is_lowercase));
        let pre = &segs[..segs.len() - 1];
        // A demonym opens the name when more than one word follows it
        // ("Iraqi National Congress", "North Korean Red Cross"), not
        // before a body's one-word name ("German | Bundesbank").
        let demonym_opens = pre.len() >= 2 || last.b - last.a >= 2;
        if org_last
            && pre.iter().enumerate().all(|(k, g)| match g.phrase {
                Some(q) => {
                    q.kind == PhraseKind::Place
                        || q.kind == PhraseKind::Demonym && k == 0 && demonym_opens
                }
                None => {
                    (g.flags & (FIRST | LAST) == 0 || g.flags & COMMON != 0)
                        && g.flags & (FUNC | MONTH | WEEKDAY | NOT_NAME) == 0
                        && toks[g.a].shape != Shape::Initial
                }
            })
            && !(initial && pre[0].phrase.is_none() && pre[0].flags & COMMON != 0)
        {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
    }

    let word_flags = |g: &Seg| if g.phrase.is_none() { g.flags } else { 0 };
    let first_f = word_flags(&first);
    let last_f = word_flags(&last);

    // A street by its type ("Brice Street", "North Blvd", "Florida Ave"),
    // even after a first name: few people are called Street or Avenue.
    // A name that opens on a point of the compass is a part of a city
    // or a region ("North Lawndale", "East Cleveland"), and one that
    // opens on a street type is the end of a street's name ("Street
    // East" of "79th Street East").
    if ntoks >= 2 && !cx.headline {
        let lw = word(text, &toks[last.b - 1]).trim_end_matches('.');
        let fw = word(text, &toks[first.a]).trim_end_matches('.');
        let street = |w: &str| STREET_TYPES.iter().any(|t| t.eq_ignore_ascii_case(w));
        // (So does one before a place the lexicons know whose name is
        // also a surname: "West Berlin", "South London", "East Troy" are
        // no people.)
        let known_side = segs.len() == 2
            && last.flags & (FIRST | LAST) == LAST
            && last
                .phrase
                .is_some_and(|p| p.kind == PhraseKind::Place && !p.nation);
        if street(lw)
            || (first.phrase.is_none()
                && (last.phrase.is_none() && last_f & (ORG_LAST | ORG_LEGAL) == 0 || known_side)
                && COMPASS_POINTS.contains(&fw))
            || (street(fw) && COMPASS_POINTS.iter().any(|c| c.eq_ignore_ascii_case(lw)))
        {
            out.push(Mention::new(
                s,
                e,
                Kind::Place,
                normalise_space(&text[s..e]),
            ));
            return;
        }
    }

    // First name + surname beats event and organisation words ("Doris
    // Day"), but not after "the": "The Duncan Banner reports".
    let after_the = first.a >= 1 && word(text, &toks[first.a - 1]).eq_ignore_ascii_case("the");
    let plain_person = segs.len() == 2
        && first.phrase.is_none()
        && last.phrase.is_none()
        && first_f & FIRST != 0
        && last_f & LAST != 0
        && !(initial && first_f & COMMON != 0)
        && !(after_the && last_f & ORG_LAST != 0)
        // (Not a firm's plural, though a census surname: "Warner
        // Brothers", "Carlyle Partners".)
        && !matches!(
            word(text, &toks[last.b - 1]),
            "Brothers" | "Partners" | "Associates"
        );
    // So do a given name and a surname with a middle initial between
    // them, whatever the surname also names ("Zecary L. Banks", "Ann
    // M. Bridges"): a firm is rarely named so.
    let initialled_person = segs.len() == 3
        && segs.iter().all(|g| g.phrase.is_none() && g.b - g.a == 1)
        && toks[segs[1].a].shape == Shape::Initial
        && toks[first.a].shape == Shape::Title
        && first_f & (FUNC | MONTH | WEEKDAY | NOT_NAME | ORG_FIRST | ORG_LAST | COMMON) == 0
        && last_f & LAST != 0
        && last_f & ORG_LEGAL == 0;
    let plain_person = plain_person || initialled_person;

    // Organisation words.
    if !plain_person && ntoks >= 2 {
        // In an upper-case headline only a last word counts ("MAJOR
        // LEAGUE STANDINGS" is no organisation).
        // (A place and a trade's plural alone are the trade's people, as
        // a wire capitalises them: "U.S. Producers", "U.K. Manufacturers";
        // not "Chicago Purchasing Managers".)
        // (Nor a place and a field before a firm's kind: "a U.S.
        // Research firm", "a U.S. Oil company"; "the Paris Club group"
        // is the club's.)
        let kind_after = || {
            toks.get(last.b).is_some_and(|t| {
                t.shape == Shape::Lower
                    && matches!(word(text, t), "firm" | "firms" | "company" | "companies")
            })
        };
        let trade_of_place = segs.len() == 2
            && segs[0].phrase.is_some()
            && (last_f & ORG_TRADE != 0 || last_f & ORG_LEGAL == 0 && kind_after());
        let org = last_f & ORG_LAST != 0 && !trade_of_place
            || !cx.all_caps
                && (first_f & ORG_FIRST != 0
                    || segs
                        .iter()
                        .any(|g| word_flags(g) & (ORG_LAST | ORG_FIRST) == (ORG_LAST | ORG_FIRST)));
        if org {
            let mut m = Mention::new(s, e, Kind::Org, normalise_space(&text[s..e]));
            m.legal = last_f & ORG_LEGAL != 0 && ntoks >= 3;
            out.push(m);
            return;
        }
        // Places by their first word: "Port Ellis", "Fort Worth", "Mount
        // Kenya", "Lake Placid" (a surname after it is still a place).
        if first.phrase.is_none() && !cx.headline {
            let fw = word(text, &toks[first.a]);
            // (And a saint's name: "St Ives", "St. Moritz", "Saint Malo".)
            if matches!(
                fw,
                "Port"
                    | "Fort"
                    | "Mount"
                    | "Lake"
                    | "Cape"
                    | "St"
                    | "St."
                    | "Saint"
                    | "Ft"
                    | "Ft."
                    | "Mt"
                    | "Mt."
            ) {
                out.push(Mention::new(
                    s,
                    e,
                    Kind::Place,
                    normalise_space(&text[s..e]),
                ));
                return;
            }
        }
        // Event and work names, or places by their last word. (An
        // upper-case headline is read below: "SMITH WINS MARATHON" names
        // the runner of the story.)
        if last_f & MISC_LAST != 0 && !cx.all_caps {
            let lw = word(text, &toks[last.b - 1]);
            if PLACE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(lw)) && !cx.headline {
                let mut m = Mention::new(s, e, Kind::Place, normalise_space(&text[s..e]));
                m.club_shape = segs.len() == 2
                    && matches!(lw, "City" | "Town" | "County")
                    && first.phrase.is_some_and(|p| {
                        p.kind == PhraseKind::Place && !p.nation && p.population != u32::MAX
                    });
                out.push(m);
            }
            return;
        }
    }
    if cx.all_caps {
        // Upper-case headlines: lexicon phrases, and runs of other words
        // that the document pass keeps only when they repeat the surname
        // of a person named in full ("HOLLOWAY NAMED AS ..." → "Ned
        // Holloway").
        let mut k = 0;
        while k < segs.len() {
            let g = segs[k];
            if g.phrase.is_some() || g.flags & FUNC != 0 {
                emit_known(text, toks, &g, out);
                k += 1;
                continue;
            }
            let mut r = k + 1;
            while r < segs.len()
                && r < k + 3
                && segs[r].phrase.is_none()
                && segs[r].flags & (FUNC | COMMON) == 0
                && g.flags & COMMON == 0
            {
                r += 1;
            }
            let (a, b) = (segs[k].a, segs[r - 1].b);
            if toks[a..b].iter().all(|t| t.shape == Shape::Caps) {
                let mut m = person(text, toks, &segs[k..r], toks[a].s, toks[b - 1].e);
                m.kind = Kind::Weak;
                m.shaky = true;
                out.push(m);
            }
            k = r;
        }
        return;
    }

    // An acronym that names no known body, before a place, names one
    // body, a firm's branch or a club: "CITIC Pacific", "PSV Eindhoven".
    // (A known body's acronym before a place is the body at work there:
    // "the OSCE Chechnya mission".)
    if segs.len() == 2 && first.b - first.a == 1 && !cx.headline {
        let w = word(text, &toks[first.a]);
        let acro = toks[first.a].shape == Shape::Caps
            && is_acronym(w)
            && !w.contains('.')
            && first.phrase.is_none()
            && first.flags & (COMMON | FIRST | LAST | NOT_ORG | FUNC) == 0;
        if acro && last.phrase.is_some_and(|p| p.kind == PhraseKind::Place) {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
    }

    // Walk the segments: known phrases stand alone, runs of unknown words
    // between them are names.
    let mut k = 0;
    while k < segs.len() {
        let g = segs[k];
        let next_unknown = segs.get(k + 1).is_some_and(|h| h.phrase.is_none());
        // Absorb into the run a following place that is also a name
        // ("George W. | Bush", "Michael | Jordan").
        let absorb = |h: &Seg| {
            h.b - h.a == 1
                && h.flags & (FIRST | LAST) != 0
                && h.phrase
                    .is_some_and(|p| p.population != u32::MAX || h.flags & LAST != 0)
                && !is_title(h)
        };
        // A place or first name that starts a person's name ("Jordan Henderson").
        // So does a city that is no one's first name in the census lists,
        // before a surname that closes the chunk ("Cuauhtemoc Blanco").
        let city_given = || {
            g.phrase.is_some_and(|p| {
                p.kind == PhraseKind::Place && !p.nation && p.population != u32::MAX
            }) && g.flags & COMMON == 0
                && segs.len() == k + 2
                && segs[k + 1].b - segs[k + 1].a == 1
                && (segs[k + 1].flags & LAST != 0
                    // (Or a surname no lexicon knows after a small
                    // town's name: "Tarbes Okonkwo".)
                    || segs[k + 1].flags == 0
                        && g.phrase.is_some_and(|p| p.population < 300_000)
                        && !cx.headline)
                && segs[k + 1].flags & (COMMON | ORG_LAST | ORG_FIRST | MISC_LAST) == 0
                && toks[segs[k + 1].a].shape == Shape::Title
        };
        // A given name that is a place before a surname that is a town
        // closing the chunk: "Jordan Henderson", "Mary Ann Evans" (the
        // surname is read as a name by `absorb`).
        let next_surname_place = segs.get(k + 1).is_some_and(|h| {
            h.b - h.a == 1
                && h.flags & LAST != 0
                && h.flags & COMMON == 0
                && toks[h.a].shape == Shape::Title
                && h.phrase
                    .is_some_and(|p| p.kind == PhraseKind::Place && !p.nation)
                && !is_title(h)
                && (segs.len() == k + 2 || segs[k + 2].phrase.is_none())
        }) || segs.get(k + 1).is_some_and(|h| {
            h.b - h.a == 1
                && h.flags & FIRST != 0
                && h.flags & COMMON == 0
                && toks[h.a].shape == Shape::Title
                && h.phrase
                    .is_some_and(|p| p.kind == PhraseKind::Place && !p.nation)
                && segs
                    .get(k + 2)
                    .is_some_and(|x| x.phrase.is_none() && x.flags & LAST != 0)
        });
        let starts_name = g.phrase.is_some()
            && g.b - g.a == 1
            && (next_unknown || next_surname_place && g.flags & COMMON == 0)
            && (g.flags & FIRST != 0
                && (segs[k + 1].flags & COMMON == 0 || segs[k + 1].flags & LAST != 0)
                || city_given())
            && !is_title(&g);
        if g.phrase.is_some() && !starts_name {
            emit_known(text, toks, &g, out);
            k += 1;
            continue;
        }
        let mut r = k + 1;
        while r < segs.len() && (segs[r].phrase.is_none() || absorb(&segs[r])) {
            r += 1;
        }
        // A one-word title closing the chunk after a name is the name's
        // last word: "Billie Jean | King", "Hun | Sen".
        if r + 1 == segs.len()
            && g.phrase.is_none()
            && is_title(&segs[r])
            && segs[r].b - segs[r].a == 1
            && toks[segs[r].a].shape == Shape::Title
        {
            r += 1;
        }
        // "Francisco | Palencia": a city after a lone first name.
        // So does a small town after a word no lexicon knows, a given
        // name the census lists miss ("Naoki | Iizuka"); a large city
        // after one is more often a club's ("Werder Bremen").
        let unknown_given = g.flags == 0
            && toks[g.a].shape == Shape::Title
            && !cx.headline
            && segs.get(r).is_some_and(|h| {
                h.phrase.is_some_and(|p| {
                    p.kind == PhraseKind::Place && !p.nation && p.population < 300_000
                })
            });
        if r == k + 1
            && g.phrase.is_none()
            && (g.flags & FIRST != 0 && g.flags & COMMON == 0 || unknown_given)
            && segs.get(r).is_some_and(|h| {
                h.b - h.a == 1
                    && toks[h.a].shape == Shape::Title
                    && h.phrase
                        .is_some_and(|p| p.kind == PhraseKind::Place && p.population != u32::MAX)
            })
            && segs.len() == r + 1
        {
            r += 1;
            if g.flags & FIRST == 0 {
                let n = out.len();
                name_run(text, toks, info, &segs[k..r], initial && k == 0, cx, out);
                if let Some(m) = out[n..].last_mut().filter(|m| m.kind == Kind::Person) {
                    m.city_tail = true;
                }
                k = r;
                continue;
            }
        }
        // The run is read as plain words (`name_run` looks at no phrase).
        name_run(text, toks, info, &segs[k..r], initial && k == 0, cx, out);
        k = r;
    }
}

/// Emits a place, organisation or demonym segment.
fn emit_known(text: &str, toks: &[Tok], g: &Seg, out: &mut Vec<Mention>) {
    let Some(p) = g.phrase else { return };
    let kind = match p.kind {
        PhraseKind::Place | PhraseKind::Demonym => Kind::Place,
        PhraseKind::Org => Kind::Org,
        _ => return,
    };
    let s = toks[g.a].s;
    let e = toks[g.b - 1].e;
    let mut m = Mention::new(s, e, kind, p.canonical.to_string());
    m.nation = p.nation;
    m.club = p.club;
    m.demonym = p.kind == PhraseKind::Demonym;
    if g.b - g.a == 1 && g.flags & LAST != 0 {
        m.also_name = true;
        lower_key(word(text, &toks[g.a]), &mut m.key);
    }
    out.push(m);
}

impl Mention {
    fn new(s: usize, e: usize, kind: Kind, canonical: String) -> Mention {
        Mention {
            s,
            e,
            kind,
            canonical,
            ntok: 0,
            role: None,
            role_org: None,
            evidence: false,
            key: String::new(),
            first_key: String::new(),
            namey: false,
            shaky: false,
            also_name: false,
            nation: false,
            demonym: false,
            given: false,
            org_cue: false,
            club_shape: false,
            club: false,
            legal: false,
            city_tail: false,
        }
    }

    /// Makes the mention another kind of name: a person's role and its
    /// organisation go with it.
    fn retype(&mut self, kind: Kind) {
        self.kind = kind;
        self.role = None;
        self.role_org = None;
    }

    /// Absorbed into a longer name: an empty span no later rule reads.
    fn absorb(&mut self) {
        self.kind = Kind::Weak;
        self.evidence = false;
        self.key.clear();
        self.e = self.s;
    }
}

/// Strips a name particle prefix: "al-Assad" → "assad".
fn strip_particle(k: &str) -> &str {
    for p in [
        "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-", "bin-", "abu-",
    ] {
        if let Some(r) = k.strip_prefix(p) {
            return r;
        }
    }
    k
}

/// A person mention over the name segments.
fn person(text: &str, toks: &[Tok], name: &[Seg], s: usize, e: usize) -> Mention {
    let a = name[0].a;
    let b = name[name.len() - 1].b;
    let mut canonical = String::with_capacity(e - s);
    let mut ntok = 0;
    let (mut first, mut last) = ("", "");
    for t in toks[a..b].iter().filter(|t| t.shape != Shape::Punct) {
        let w = word(text, t);
        if ntok > 0 {
            canonical.push(' ');
        } else {
            first = w;
        }
        canonical.push_str(w);
        last = w;
        ntok += 1;
    }
    let mut m = Mention::new(s, e, Kind::Person, canonical);
    m.ntok = ntok;
    if ntok > 0 {
        lower_key(last, &mut m.key);
        // (Most surnames have no particle to strip: the key stays where
        // it was written.)
        let stripped = m.key.len() - strip_particle(&m.key).len();
        m.key.drain(..stripped);
    }
    if ntok > 1 {
        lower_key(first, &mut m.first_key);
        m.given = LEXICON
            .get(&m.first_key)
            .is_some_and(|i| i.flags & FIRST != 0 && i.flags & COMMON == 0);
    }
    m
}

/// Classifies a run of words found in no lexicon phrase.
/// A given name no lexicon knows before a surname that is also a word
/// ("Elon Musk", "Donald Tusk"), when a role right before says a person
/// ("Tesla chief Elon Musk", "its chief executive, Elon Musk,"). A verb
/// of speech after says too little: publications, firms and campaigns
/// are named so ("Peking Review said", "Stansted Expansion said"). (A
/// word the lexicons know opening it is a
/// named thing's: "Epic Games said"; an organisation's word closing it
/// is a firm's: "Zorvan Foods said".)
fn unknown_then_word(text: &str, toks: &[Tok], run: &[Seg], cx: Ctx) -> bool {
    let [g, h] = run else { return false };
    if cx.headline
        || g.b - g.a != 1
        || h.b - h.a != 1
        || g.flags != 0
        || toks[g.a].shape != Shape::Title
        || toks[h.a].shape != Shape::Title
        || h.flags & COMMON == 0
        || h.flags
            & (ORG_LAST
                | ORG_LEGAL
                | ORG_FIRST
                | MISC_LAST
                | FUNC
                | MONTH
                | WEEKDAY
                | NOT_NAME
                | NOT_ORG)
            != 0
    {
        return false;
    }
    let mut key = String::new();
    let lower = |t: Option<&Tok>, key: &mut String| {
        t.filter(|t| t.shape == Shape::Lower)
            .map_or(0, |t| lower_flags(word(text, t), key))
    };
    // ("The company's chief executive, Elon Musk, said": the role set off
    // by a comma.)
    let comma = g.a > 1 && word(text, &toks[g.a - 1]) == ",";
    let before = if comma { g.a - 2 } else { g.a.wrapping_sub(1) };
    // ("the official Peking Review": the adjective, not the role.)
    g.a > 0
        && lower(toks.get(before), &mut key) & ROLE_NOUN != 0
        && toks
            .get(before)
            .is_some_and(|t| word(text, t) != "official")
}

fn name_run(
    text: &str,
    toks: &[Tok],
    info: &[Option<&'static WordInfo>],
    run: &[Seg],
    initial: bool,
    cx: Ctx,
    out: &mut Vec<Mention>,
) {
    let mut run = run;
    // Drop common words opening the run when a sentence starts with them.
    while run.len() > 1 && initial && run[0].flags & COMMON != 0 && run[0].flags & FIRST == 0 {
        run = &run[1..];
    }
    // A capitalised common word before a first name and a surname is a
    // label, not part of the name: "Democrat | Walter Mondale".
    while run.len() > 2
        && run[0].flags & COMMON != 0
        && run[0].flags & (FIRST | LAST) == 0
        && run[1].flags & FIRST != 0
        && run[1].flags & COMMON == 0
    {
        run = &run[1..];
    }
    if run.is_empty() {
        return;
    }
    let a = run[0].a;
    let b = run[run.len() - 1].b;
    let s = toks[a].s;
    let e = toks[b - 1].e;
    let n = b - a;
    let f0 = run[0].flags;
    // A generational suffix ends a name but tells nothing of it: "Milous
    // Keith III" is read as "Milous Keith" is ("iii" is a word too).
    let core = match run {
        [rest @ .., last]
            if rest.len() >= 2
                && last.b - last.a == 1
                && SUFFIX_NUMERALS.contains(&word(text, &toks[last.a])) =>
        {
            rest
        }
        _ => run,
    };
    let fl = core[core.len() - 1].flags;
    let has_amp = toks[a..b].iter().any(|t| word(text, t) == "&");
    if n >= 2 {
        if has_amp {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
        if !toks[a..b].iter().any(|t| t.shape == Shape::Title) {
            // Initials and upper-case words only ("W D L PCT").
            return;
        }
        // A group or a class, not a name: "Group A", "Class II".
        let lastw = word(text, &toks[b - 1]);
        if matches!(toks[b - 1].shape, Shape::Caps | Shape::Initial | Shape::Num)
            && (!lastw.ends_with('.') || f0 & (FIRST | LAST) == 0 && b == toks.len())
            && n == 2
            && f0 & COMMON != 0
        {
            return;
        }
        // A table's header, not a name: "Pos Team P W D L Pts" (three
        // letters or more standing alone; initials take dots).
        if toks[a..b]
            .iter()
            .filter(|t| t.e - t.s == 1 && t.shape == Shape::Initial)
            .count()
            >= 3
        {
            return;
        }
        let has_initial = toks[a..b].iter().any(|t| t.shape == Shape::Initial);
        let all_caps_words = toks[a..b].iter().all(|t| t.shape == Shape::Caps);
        if all_caps_words && !cx.headline {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
        let any_common = core
            .iter()
            .any(|g| g.flags & COMMON != 0 && g.flags & (FIRST | LAST) == 0);
        let is_person = has_initial && !cx.headline
            || f0 & FIRST != 0
                && !(initial && f0 & COMMON != 0 && fl & LAST == 0)
                && fl & COMMON == 0
            || f0 & FIRST != 0 && fl & LAST != 0
            || f0 & FIRST != 0 && f0 & COMMON == 0
            || fl & LAST != 0 && !any_common && !cx.headline
            || !any_common && !cx.headline && fl & COMMON == 0
            || unknown_then_word(text, toks, run, cx);
        // No given name in it: "publisher Rupert Murdoch" is a person.
        let no_given = run
            .iter()
            .all(|g| g.flags & FIRST == 0 || g.flags & COMMON != 0);
        // A publication's noun before the name names a publication, even
        // one whose first word is a given name: "the daily Le Monde".
        let title_of = a > 0
            && matches!(
                word(text, &toks[a - 1]),
                "daily" | "weekly" | "newspaper" | "magazine" | "tabloid"
            );
        if is_person
            && (no_given || title_of)
            && !cx.headline
            && media_or_firm_context(text, toks, a, cx.after)
        {
            out.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
            return;
        }
        if is_person {
            let mut m = person(text, toks, run, s, e);
            m.shaky = cx.headline;
            add_context_role(text, toks, &mut m, a, cx.after, out);
            out.push(m);
        }
        // Otherwise capitalised common words: an organisation or a named
        // thing the lexicons do not know; left out.
        return;
    }
    // One word.
    let t = &toks[a];
    let w = word(text, t);
    if t.shape == Shape::Caps {
        // A dotted abbreviation whose last dot closed the sentence: "in
        // U.S ." is "U.S.".
        if w.contains('.') && !w.ends_with('.') {
            let mut key = String::with_capacity(w.len() + 1);
            lower_key(w, &mut key);
            key.push('.');
            let dotted = format!("{w}.");
            if let Some(p) = LEXICON
                .get(&key)
                .and_then(|i| best_phrase(&i.phrases, &dotted))
            {
                let kind = match p.kind {
                    PhraseKind::Place | PhraseKind::Demonym => Kind::Place,
                    PhraseKind::Org => Kind::Org,
                    _ => return,
                };
                let mut m = Mention::new(s, e, kind, p.canonical.to_string());
                m.nation = p.nation;
                m.demonym = p.kind == PhraseKind::Demonym;
                out.push(m);
                return;
            }
        }
        // A known name in capitals ("PORT ELLIS," in a dateline) is not
        // an acronym.
        // One that is also a word or a name is an organisation when the
        // words around say so ("PAP news agency", "an analyst at ING").
        let at = |k: usize| toks.get(k).map_or("", |t| word(text, t));
        let cue = || {
            f0 & NOT_ORG == 0
                && (works_at(text, toks, a)
                    || at(cx.after) == "news" && at(cx.after + 1) == "agency")
        };
        if is_acronym(w) && !cx.headline && (f0 & (COMMON | FIRST | LAST | NOT_ORG) == 0 || cue()) {
            out.push(Mention::new(s, e, Kind::Org, w.to_string()));
        }
        return;
    }
    if t.shape == Shape::Initial {
        return;
    }
    // A bank or a corporation written as one word: "Rabobank", "KeyCorp".
    if w.len() >= 6 && {
        let l = w.as_bytes();
        let tail = &l[l.len() - 4..];
        tail.eq_ignore_ascii_case(b"bank") || tail.eq_ignore_ascii_case(b"corp")
    } {
        out.push(Mention::new(s, e, Kind::Org, w.to_string()));
        return;
    }
    let mut m = person(text, toks, run, s, e);
    m.kind = Kind::Weak;
    m.namey = (f0 & (LAST | FIRST) != 0) && f0 & COMMON == 0 && !plural_of_common(&m.key)
        || w.len() >= 7 && memchr::memchr(b'-', w.as_bytes()).is_some() && has_name_infix(w);
    m.shaky = cx.headline || initial && f0 & COMMON != 0;
    // Context evidence: a speech verb after, a role noun before.
    let after = cx.after;
    let next = toks.get(after).map(|t| word(text, t));
    let next_is_speech = next.is_some_and(|w| {
        matches!(
            w,
            "said"
                | "says"
                | "told"
                | "added"
                | "asked"
                | "warned"
                | "explained"
                | "insisted"
                | "argued"
                | "replied"
                | "wrote"
                | "admitted"
                | "stressed"
                | "noted"
        )
    });
    let prev_role = a > 0
        && toks[a - 1].shape == Shape::Lower
        && flags(info[a - 1]) & ROLE_NOUN != 0
        && flags(info[a - 1]) & BODY == 0;
    // (Also before a clause of its own: "said Ouattara in a statement",
    // "said Ouattara on Monday".)
    let prev_said = a > 0
        && matches!(word(text, &toks[a - 1]), "said" | "says")
        && next.is_none_or(|w| {
            matches!(
                w,
                "," | "."
                    | ";"
                    | "\""
                    | "”"
                    | "in"
                    | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "who"
            )
        });
    // An age apposition: "Duran , 45 ,".
    let age = next == Some(",")
        && toks
            .get(after + 1)
            .is_some_and(|t| t.shape == Shape::Num && word(text, t).len() <= 2)
        && toks.get(after + 2).is_some_and(|t| word(text, t) == ",");
    let next_is_speech = next_is_speech && f0 & (LAST | FIRST) != 0;
    // Sports results: "Sampras ( U.S. )", "Hartson ( Celtic )"; not a
    // law's "Banking ( Amendment ) Act": a common word in brackets is
    // no club's or nation's name.
    let bracket_place = next == Some("(")
        && toks.get(after + 1).is_some_and(|t| {
            t.shape == Shape::Caps
                || t.shape == Shape::Title && {
                    let w = word(text, t);
                    lexicon::is_place_or_demonym(w)
                        || lower_flags(w, &mut String::new()) & COMMON == 0
                }
        })
        && toks.get(after + 2).is_some_and(|t| word(text, t) == ")");
    // A scorer in a summary's brackets, before the minute or the
    // figures: "( Ames 12 , Bell 80 )", "( Holt 85 , Ferris 4-56 )".
    let scorer = a > 0
        && matches!(word(text, &toks[a - 1]), "(" | ",")
        && toks[..a]
            .iter()
            .rev()
            .take(12)
            .any(|t| word(text, t) == "(")
        && toks.get(after).is_some_and(|t| {
            let w = word(text, t);
            t.shape == Shape::Num
                && w.len() <= 5
                && w.bytes().all(|c| c.is_ascii_digit() || c == b'-')
        })
        && toks
            .get(after + 1)
            .is_some_and(|t| matches!(word(text, t), "," | ")" | ";" | "pen" | "og"));
    // "Ouattara said he would run": a speaker who is "he" or "she".
    let said_he = f0 & (COMMON | FUNC | MONTH | WEEKDAY) == 0
        && matches!(next, Some("said" | "says"))
        && toks[after + 1..]
            .iter()
            .take(4)
            .map(|t| word(text, t))
            .take_while(|w| !matches!(*w, "." | "," | "it" | "its" | "they"))
            .any(|w| matches!(w, "he" | "she"));
    if (next_is_speech || prev_role || prev_said || bracket_place || age || scorer || said_he)
        && f0 & (MISC_LAST | ORG_LAST) == 0
    {
        m.evidence = !(f0 & COMMON != 0 && (initial || cx.headline) && !bracket_place);
        if prev_role {
            add_context_role(text, toks, &mut m, a, after, out);
        }
    }
    // "Vantorix said on Monday it would cut jobs": a word no lexicon
    // knows whose statement goes on with "it" is a body's name (a person
    // is "he" or "she").
    let said_it = || {
        matches!(next, Some("said" | "says" | "announced"))
            && toks[after + 1..]
                .iter()
                .take(4)
                .map(|t| word(text, t))
                .take_while(|w| !matches!(*w, "." | "," | "\"" | "“" | "he" | "she" | "He" | "She"))
                .any(|w| matches!(w, "it" | "its"))
    };
    m.org_cue = f0 & (FIRST | LAST | NOT_ORG) == 0
        && (org_context(text, toks, a, after) || f0 & COMMON == 0 && !initial && said_it());
    if f0 & NOT_NAME != 0 {
        return;
    }
    out.push(m);
}

/// Whether the context of the one-word name at token `a` (next token
/// `after`) says it names a firm or a club: a business noun before it
/// ("carmaker X", "shares of X"), or after it a business noun ("X shares",
/// "X 's profit") or a role noun followed by a name ("X chairman John
/// Smith", "X 's captain Tim Munton").
fn org_context(text: &str, toks: &[Tok], a: usize, after: usize) -> bool {
    let mut key = String::new();
    if works_at(text, toks, a) || party_context(text, toks, a, after) {
        return true;
    }
    // "a Cosla spokesman", "the Yili spokeswoman": one word no list of
    // names knows (the caller's test), speaking through a spokesman.
    if toks
        .get(after)
        .is_some_and(|t| matches!(word(text, t), "spokesman" | "spokeswoman" | "spokesperson"))
        && a.checked_sub(1).is_some_and(|k| {
            ["a", "an", "the"]
                .iter()
                .any(|d| word(text, &toks[k]).eq_ignore_ascii_case(d))
        })
    {
        return true;
    }
    if a > 0 && toks[a - 1].shape == Shape::Lower {
        let w = word(text, &toks[a - 1]);
        if is_business_noun(w) {
            return true;
        }
        if matches!(w, "of" | "in")
            && a > 1
            && ["shares", "stake", "subsidiary", "unit"]
                .iter()
                // (Also opening a sentence: "Shares of X rose".)
                .any(|n| n.eq_ignore_ascii_case(word(text, &toks[a - 2])))
        {
            return true;
        }
    }
    let mut k = after;
    // An apposition: "X , the country's biggest carmaker ,".
    if toks.get(k).is_some_and(|t| word(text, t) == ",")
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(word(text, t), "the" | "a" | "an"))
    {
        return toks[k + 2..]
            .iter()
            .take(6)
            .take_while(|t| t.shape != Shape::Punct)
            .any(|t| t.shape == Shape::Lower && is_business_noun(word(text, t)));
    }
    if toks.get(k).is_some_and(|t| t.shape == Shape::Poss) {
        k += 1;
    }
    // One hyphenated modifier may come first: "X 's six-month output".
    if toks.get(k).is_some_and(|t| {
        t.shape == Shape::Lower && word(text, t).contains('-') && k + 1 < toks.len()
    }) && toks[k + 1].shape == Shape::Lower
    {
        k += 1;
    }
    let Some(t) = toks.get(k) else { return false };
    // Depositary receipts are a firm's: "Cofinec GDRs".
    if matches!(word(text, t), "ADR" | "ADRs" | "GDR" | "GDRs") {
        return true;
    }
    if t.shape != Shape::Lower {
        return false;
    }
    let w = word(text, t);
    if matches!(
        w,
        "shares"
            | "stock"
            | "stocks"
            | "shareholders"
            | "earnings"
            | "profit"
            | "profits"
            | "revenue"
            | "revenues"
            | "sales"
            | "subsidiary"
            | "board"
            | "plant"
            | "factory"
            | "products"
            | "brand"
            | "output"
            | "turnover"
            | "assets"
            | "stake"
            | "newspaper"
            | "magazine"
            // The people a firm serves or pays: "Peoplesoft customers".
            | "customers"
            | "employees"
            | "subscribers"
            | "executives"
            | "dealers"
            | "stores"
    ) {
        return true;
    }
    let at = |i: usize| toks.get(i).map_or("", |t| word(text, t));
    // "X said in a statement", "X said in a filing".
    if matches!(w, "said" | "says")
        && at(k + 1) == "in"
        && matches!(at(k + 2), "a" | "its")
        && matches!(at(k + 3), "statement" | "filing" | "release" | "report")
    {
        return true;
    }
    // "X news agency", "X said its board ...".
    if w == "news" && toks.get(k + 1).is_some_and(|t| word(text, t) == "agency")
        || matches!(w, "said" | "says") && toks.get(k + 1).is_some_and(|t| word(text, t) == "its")
    {
        return true;
    }
    // A title won is an event's, not a body's: "Olympic champion Ann
    // Holt", "Wimbledon finalist Tom Vale".
    let won = matches!(
        w,
        "champion"
            | "champions"
            | "finalist"
            | "semifinalist"
            | "semi-finalist"
            | "medallist"
            | "medalist"
            | "winner"
            | "titleholder"
            | "holder"
    );
    !won && lower_flags(w, &mut key) & ROLE_NOUN != 0 && toks.get(k + 1).is_some_and(Tok::is_cap)
}

/// Whether the name at token `a` (next token `after`) is a political
/// party's, written before a lower-case "party" after a word that
/// places a party: "the ruling Kanu party", "the opposition Awami
/// League party", "the far-right Volk party".
fn party_context(text: &str, toks: &[Tok], a: usize, after: usize) -> bool {
    a > 0
        && toks.get(after).is_some_and(|t| word(text, t) == "party")
        && matches!(
            word(text, &toks[a - 1]),
            "ruling"
                | "opposition"
                | "governing"
                | "far-right"
                | "far-left"
                | "right-wing"
                | "left-wing"
                | "centre-right"
                | "centre-left"
                | "center-right"
                | "center-left"
                | "nationalist"
                | "separatist"
                | "hardline"
                | "moderate"
                | "main"
                | "junior"
        )
}

/// Whether the name at token `a` is where someone of a trade works:
/// "an economist at X", "analyst Jo Roe at X", "traders at X". People
/// work at firms, banks and agencies; a place after "at" follows a verb
/// or a plain noun ("arrived at", "the talks at"), not a trade.
fn works_at(text: &str, toks: &[Tok], a: usize) -> bool {
    if a < 2 || word(text, &toks[a - 1]) != "at" {
        return false;
    }
    let mut key = String::new();
    let mut trade = |t: &Tok| {
        let w = word(text, t).to_ascii_lowercase();
        lower_flags(&w, &mut key) & ROLE_NOUN != 0
            || w.strip_suffix('s')
                .is_some_and(|s| lower_flags(s, &mut key) & ROLE_NOUN != 0)
    };
    // Back over the person's name, if one stands between ("Traders" may
    // open the sentence).
    let mut k = a - 2;
    loop {
        let t = &toks[k];
        if (t.shape == Shape::Lower || t.is_cap()) && trade(t) {
            return true;
        }
        if !t.is_cap() || a - 2 - k >= 3 || k == 0 {
            return false;
        }
        k -= 1;
    }
}

/// Whether a name of several words is a firm or a news outlet by the
/// words around it: a business or media noun before it ("the weekly Der
/// Spiegel", "carmaker Tovana Motors") or a media noun after it ("the
/// Kampot Times newspaper", "the Yonsei news agency").
fn media_or_firm_context(text: &str, toks: &[Tok], a: usize, after: usize) -> bool {
    if works_at(text, toks, a) || party_context(text, toks, a, after) {
        return true;
    }
    let before = a
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|t| t.shape == Shape::Lower)
        .map(|t| word(text, t));
    if before.is_some_and(|w| {
        matches!(
            w,
            "company"
                | "firm"
                | "carmaker"
                | "automaker"
                | "manufacturer"
                | "insurer"
                | "airline"
                | "retailer"
                | "brewer"
                | "conglomerate"
                | "newspaper"
                | "daily"
                | "weekly"
                | "magazine"
                | "agency"
                | "broker"
                | "brokerage"
                | "distributor"
                | "publisher"
                | "broadcaster"
        )
    }) {
        return true;
    }
    let next = |k: usize| toks.get(k).map_or("", |t| word(text, t));
    // Past a bracketed translation: "Thmei ( New Liberty ) newspaper".
    let mut k = after;
    if next(k) == "(" {
        k += 1;
        while k < toks.len() && k < after + 8 && next(k) != ")" {
            k += 1;
        }
        k += 1;
    }
    matches!(next(k), "newspaper" | "magazine" | "weekly" | "daily")
        || next(k) == "news" && next(k + 1) == "agency"
        || matches!(next(k), "said" | "says") && next(k + 1) == "its"
}

/// Lower-case nouns for a firm or a club written before its name
/// ("carmaker Hyundai", "club Deportivo").
fn is_business_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "group"
            | "carmaker"
            | "automaker"
            | "maker"
            | "manufacturer"
            | "bank"
            | "insurer"
            | "airline"
            | "carrier"
            | "retailer"
            | "brewer"
            | "conglomerate"
            | "newspaper"
            | "daily"
            | "weekly"
            | "agency"
            | "broker"
            | "brokerage"
            | "chain"
            | "operator"
            | "producer"
            | "supplier"
            | "utility"
            | "subsidiary"
            | "club"
            | "side"
            | "distributor"
            | "publisher"
            | "broadcaster"
            | "magazine"
            | "consultancy"
            | "lender"
            | "miner"
            | "refiner"
            | "chipmaker"
            | "drugmaker"
            | "supermarket"
            | "housebuilder"
            | "regulator"
            | "watchdog"
            | "consortium"
            | "outsourcer"
            | "accountancy"
            | "giant"
            | "beermaker"
    )
}

/// "eagles" when "eagle" is a common word: a plural, not a surname.
fn plural_of_common(key: &str) -> bool {
    key.len() > 3
        && key.ends_with('s')
        && LEXICON
            .get(&key[..key.len() - 1])
            .is_some_and(|w| w.flags & COMMON != 0)
}

/// Lower-case words allowed inside a role phrase before a name.
fn role_filler(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "to"
            | "at"
            | "and"
            | "general"
            | "deputy"
            | "former"
            | "senior"
            | "chief"
            | "foreign"
            | "prime"
            | "vice"
            | "special"
            | "top"
            | "state"
            | "assistant"
            | "acting"
            | "executive"
            | "managing"
            | "head"
            | "interim"
            | "longtime"
            | "co"
            | "then"
            | "new"
            | "veteran"
            | "opposition"
            | "party"
            | "national"
            | "team"
            | "club"
            | "world"
            | "defence"
            | "defense"
            | "finance"
            | "economy"
            | "trade"
            | "police"
            | "army"
            | "military"
            | "rebel"
            | "union"
            | "government"
            | "ruling"
            | "hardline"
            | "news"
            | "agency"
            | "company"
            | "bank"
            | "group"
            | "olympic"
            | "european"
            | "international"
            | "former-"
            | "elder"
            | "younger"
            | "late"
            | "fellow"
            | "county"
            | "city"
            | "local"
    )
}

/// Fills a person's role from a role noun phrase before the chunk ("the
/// UN-Arab League envoy to Syria Kofi Annan", "spokesman John Smith") or an
/// apposition after it ("John Smith, the bank's chief economist,").
fn add_context_role(
    text: &str,
    toks: &[Tok],
    m: &mut Mention,
    a: usize,
    after: usize,
    out: &[Mention],
) {
    if m.role.is_some() {
        return;
    }
    // Before: scan left over capitalised words, role nouns and fillers.
    let mut j = a;
    let mut has_noun = false;
    let mut lo = a;
    let mut steps = 0;
    let mut key = String::new();
    while j > 0 && steps < 10 {
        let t = &toks[j - 1];
        let w = word(text, t);
        // Another person's name ends the role: "Labour leader Tony Blair
        // and Conservative leader Michael Howard".
        if out
            .iter()
            .any(|o| o.kind == Kind::Person && o.s <= t.s && t.e <= o.e)
        {
            break;
        }
        let ok = match t.shape {
            Shape::Title | Shape::Caps | Shape::Initial => true,
            Shape::Lower => {
                let f = lower_flags(w, &mut key);
                if f & ROLE_NOUN != 0 {
                    has_noun = true;
                    true
                } else {
                    role_filler(w)
                        || w.contains('-')
                            && w.split('-')
                                .any(|p| LEXICON.get(p).is_some_and(|i| i.flags & ROLE_NOUN != 0))
                }
            }
            _ => false,
        };
        if !ok {
            break;
        }
        if t.shape == Shape::Lower && w.contains('-') {
            has_noun = true;
        }
        j -= 1;
        if t.shape == Shape::Lower || t.is_cap() {
            lo = j;
        }
        steps += 1;
    }
    // The word just before the name must be a role noun or part of a
    // "noun to Place" tail, and the phrase must hold a role noun.
    if has_noun && lo < a {
        // Do not start on a filler.
        while lo < a
            && toks[lo].shape == Shape::Lower
            && role_filler(word(text, &toks[lo]))
            && !matches!(
                word(text, &toks[lo]),
                "former"
                    | "deputy"
                    | "chief"
                    | "senior"
                    | "acting"
                    | "interim"
                    | "opposition"
                    | "team"
                    | "foreign"
                    | "prime"
                    | "vice"
                    | "special"
            )
        {
            lo += 1;
        }
        // Nor on a sentence's capitalised article ("The Lib Dem leader").
        while lo < a && matches!(word(text, &toks[lo]), "The" | "A" | "An") {
            lo += 1;
        }
        if lo < a {
            let mut rs = toks[lo].s;
            // Include a possessor: "Kerry's predecessor".
            if lo >= 2 && toks[lo - 1].shape == Shape::Poss && toks[lo - 2].is_cap() {
                rs = toks[lo - 2].s;
            }
            let re = toks[a - 1].e;
            m.role = Some((rs, re));
            m.role_org = role_org_in(text, rs, re, out);
            return;
        }
    }
    // After: ", [age ,] (the|a|an)? role phrase ,".
    let mut k = after;
    if toks.get(k).is_some_and(|t| word(text, t) == ",") {
        k += 1;
        if toks.get(k).is_some_and(|t| t.shape == Shape::Num)
            && toks.get(k + 1).is_some_and(|t| word(text, t) == ",")
        {
            k += 2;
        }
        if toks
            .get(k)
            .is_some_and(|t| matches!(word(text, t), "the" | "a" | "an"))
        {
            k += 1;
        }
        let start = k;
        let mut has_noun = false;
        while k < toks.len() && k - start < 12 {
            let t = &toks[k];
            let w = word(text, t);
            if t.shape == Shape::Punct
                && matches!(w, "," | "." | ";" | ")" | ":" | "\"" | "“" | "”")
            {
                break;
            }
            if t.shape == Shape::Lower {
                let f = lower_flags(w, &mut key);
                if f & (SPEECH | lexicon::PRONOUN) != 0
                    || matches!(
                        w,
                        "who" | "which" | "whose" | "that" | "is" | "was" | "has" | "had" | "and"
                    )
                {
                    has_noun = false;
                    break;
                }
                if f & ROLE_NOUN != 0 {
                    has_noun = true;
                }
            }
            k += 1;
        }
        let closes = toks
            .get(k)
            .is_some_and(|t| matches!(word(text, t), "," | "." | ";" | ")"));
        if has_noun && closes && k > start {
            let rs = toks[start].s;
            let re = toks[k - 1].e;
            m.role = Some((rs, re));
            m.role_org = role_org_in(text, rs, re, out);
        }
    }
}

/// The organisation (else the place) named inside a role span, looked up
/// among the mentions found so far; else the capitalised words after
/// "for"/"of"/"at".
fn role_org_in(text: &str, rs: usize, re: usize, out: &[Mention]) -> Option<String> {
    let inside = |m: &&Mention| m.s >= rs && m.e <= re;
    if let Some(m) = out
        .iter()
        .rev()
        .filter(inside)
        .find(|m| m.kind == Kind::Org)
    {
        return Some(m.canonical.clone());
    }
    // A capitalised organisation in the role not yet emitted ("UN-Arab League").
    let mut toks = Vec::new();
    tokenize(text, rs, re, &mut toks);
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < toks.len() {
        if toks[i].is_cap() {
            let mut j = i;
            while j < toks.len() && toks[j].is_cap() {
                j += 1;
            }
            let last = word(text, &toks[j - 1]).to_ascii_lowercase();
            if LEXICON.get(&last).is_some_and(|w| w.flags & ORG_LAST != 0) {
                best = Some((toks[i].s, toks[j - 1].e));
                break;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if let Some((a, b)) = best {
        return Some(normalise_space(&text[a..b]));
    }
    out.iter()
        .rev()
        .filter(inside)
        .find(|m| m.kind == Kind::Place)
        .map(|m| m.canonical.clone())
}

/// The surname before a generational suffix that ends a full name
/// ("Biden" of "Joseph R. Biden Jr", "Winston" of "Printess Winston IV").
fn suffixed(canonical: &str) -> Option<&str> {
    let mut words = canonical.rsplit(' ');
    suffix_surname(canonical).filter(|_| words.nth(2).is_some())
}

/// The word before a generational suffix that ends a name of two words
/// or more ("Greenhouse" of "Greenhouse Jr").
fn suffix_surname(canonical: &str) -> Option<&str> {
    let mut words = canonical.rsplit(' ');
    let last = words.next()?;
    let last = last.strip_suffix('.').unwrap_or(last);
    let before = words.next()?;
    (SUFFIX_WORDS.contains(&last) || SUFFIX_NUMERALS.contains(&last)).then_some(before)
}

/// Generational suffixes that end a name, as words ("Jr", "Sr", read
/// with their stop by [`prose::name_suffixes`]) and as numerals ("III",
/// left out of a name's run, which they tell nothing of).
const SUFFIX_WORDS: &[&str] = &["Jr", "Sr"];
const SUFFIX_NUMERALS: &[&str] = &["II", "III", "IV"];

/// The document pass: coreference and evidence for lone words.
fn resolve(text: &str, ms: &mut [Mention]) {
    // Surname and first-name keys of full names, in order of appearance.
    let mut by_last: FxHashMap<String, Vec<(usize, String)>> = FxHashMap::default();
    let mut by_first: FxHashMap<String, Vec<(usize, String)>> = FxHashMap::default();
    // Middle words of names of three words or more ("Lula" of "Luiz
    // Inacio Lula da Silva"), with the number of people who bear each.
    let mut by_middle: FxHashMap<String, (usize, String)> = FxHashMap::default();
    for m in ms.iter() {
        // (Only a name that opens on a given name: not a title or a
        // headline read into one, "Olympian Tyson Gay".)
        if m.kind == Kind::Person
            && m.given
            && (3..=5).contains(&m.ntok)
            && m.canonical.contains(char::is_lowercase)
        {
            let words: Vec<&str> = m.canonical.split(' ').collect();
            let end = words.len() - 1 - usize::from(suffixed(&m.canonical).is_some());
            for w in words.iter().take(end).skip(1) {
                let lower = w.to_lowercase();
                if w.chars().count() > 2
                    && w.starts_with(char::is_uppercase)
                    && w.contains(char::is_lowercase)
                    && !w.ends_with('.')
                    && LEXICON.get(&lower).is_none_or(|x| x.flags & PARTICLE == 0)
                {
                    let entry = by_middle.entry(lower).or_insert((0, m.canonical.clone()));
                    if entry.1 != m.canonical {
                        entry.0 += 1;
                    }
                }
            }
        }
    }
    // Where each lone word is first named alone.
    let mut first_alone: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, m) in ms.iter().enumerate() {
        if m.ntok == 1 && matches!(m.kind, Kind::Person | Kind::Weak) {
            first_alone.entry(m.key.as_str()).or_insert(i);
        }
    }
    for (i, m) in ms.iter().enumerate() {
        if m.kind == Kind::Person && m.ntok >= 2 {
            // "Joseph R. Biden Jr": Biden's surname, not the suffix; but
            // a surname named alone before the son's full name is
            // another's ("President Trump ... Donald Trump Jr").
            // (Also under the suffix, as a lone "Jr." after the name
            // reads.)
            if let Some(w) = suffixed(&m.canonical) {
                let w = w.to_lowercase();
                if first_alone.get(w.as_str()).is_none_or(|&f| f > i) {
                    by_last.entry(w).or_default().push((i, m.canonical.clone()));
                }
            }
            by_last
                .entry(m.key.clone())
                .or_default()
                .push((i, m.canonical.clone()));
            if !m.first_key.is_empty() {
                by_first
                    .entry(m.first_key.clone())
                    .or_default()
                    .push((i, m.canonical.clone()));
            }
        }
    }
    // Surnames of the people named, in full or alone.
    let after_the = |at: usize| {
        let before = text[..at].trim_end_matches([' ', '\t']);
        before
            .strip_suffix("the")
            .or(before.strip_suffix("The"))
            .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n']))
    };
    let people: FxHashSet<String> = if ms
        .iter()
        .any(|m| m.kind == Kind::Weak && m.key.ends_with('s') && after_the(m.s))
    {
        ms.iter()
            .filter(|m| m.kind == Kind::Person)
            .map(|m| m.key.clone())
            .collect()
    } else {
        FxHashSet::default()
    };
    // Lone words that context marked as a person somewhere in the document.
    // (And a surname after an honorific of the titles lexicon: "Blair
    // and Brown" with "Mr Brown" elsewhere.)
    let mut hon_key = String::new();
    let mut courtesy = |at: usize| {
        let Some(w) = text[..at]
            .trim_end_matches(' ')
            .rsplit([' ', '\n', '(', '"'])
            .next()
        else {
            return false;
        };
        let w = w.trim_end_matches('.');
        lower_key(w, &mut hon_key);
        LEXICON.get(&hon_key).is_some_and(|i| {
            i.phrases
                .iter()
                .any(|p| p.kind == PhraseKind::Honorific && case_ok(p.form, w))
        })
    };
    let evidenced: FxHashSet<String> = ms
        .iter()
        .filter(|m| {
            m.kind == Kind::Weak && m.evidence
                || m.kind == Kind::Person && m.ntok == 1 && m.s < m.e && courtesy(m.s)
        })
        .map(|m| m.key.clone())
        .collect();
    let pick = |list: &Vec<(usize, String)>, at: usize| -> String {
        // The nearest full name before, else the first after.
        list.iter()
            .rev()
            .find(|(i, _)| *i < at)
            .or_else(|| list.first())
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    };
    let mut place_key = String::new();
    // Indexed: the loop reads `ms[i]` and then writes back into it.
    #[allow(clippy::needless_range_loop)]
    for i in 0..ms.len() {
        let m = &ms[i];
        let (kind, ntok, shaky, evidence, namey, also_name) =
            (m.kind, m.ntok, m.shaky, m.evidence, m.namey, m.also_name);
        let (s, e) = (m.s, m.e);
        let last = match suffix_surname(&m.canonical) {
            Some(w) => by_last.get(&w.to_lowercase()),
            _ => by_last.get(&m.key),
        };
        let canon_len = m.canonical.len();
        let first_word_same = |c: &str| c.split(' ').next() == m.canonical.split(' ').next();
        let mut set: Option<(Kind, String)> = None;
        match kind {
            Kind::Person if ntok == 1 => {
                if let Some(list) = last {
                    set = Some((Kind::Person, pick(list, i)));
                } else if let Some((0, c)) = by_middle.get(&m.key) {
                    // The middle name one person named in full goes by.
                    set = Some((Kind::Person, c.clone()));
                }
            }
            Kind::Person => {
                // "Bashar Assad" after "Bashar al-Assad": same person;
                // "Lopez Obrador" after "Andres Manuel Lopez Obrador".
                if let Some(list) = last {
                    let c = pick(list, i);
                    // (A tail of a name that opens on a given name.)
                    let given = list.iter().any(|(j, x)| *x == c && ms[*j].given);
                    let tail = given && c.ends_with(&format!(" {}", m.canonical));
                    // (Not a son of the same name: "Donald Trump" is not
                    // "Donald Trump Jr".)
                    let son = suffixed(&c).is_some() && suffix_surname(&m.canonical).is_none();
                    if c.len() > canon_len && (first_word_same(&c) || tail) && !son {
                        set = Some((Kind::Person, c));
                    }
                }
            }
            Kind::Weak => {
                // A family by its name: "the Clintons" after "Bill Clinton"
                // or "President Clinton".
                let family = || {
                    let stem = m.key.strip_suffix('s')?;
                    (after_the(s) && (by_last.contains_key(stem) || people.contains(stem)))
                        .then_some(())
                };
                if let Some(list) = last {
                    set = Some((Kind::Person, pick(list, i)));
                } else if let Some((0, c)) = by_middle.get(&m.key) {
                    set = Some((Kind::Person, c.clone()));
                } else if family().is_some() {
                    set = Some((Kind::Person, text[s..e].to_string()));
                } else if let Some(list) = by_first.get(&m.key).filter(|_| !shaky) {
                    set = Some((Kind::Person, pick(list, i)));
                } else if evidence || (evidenced.contains(&m.key) || namey) && !shaky {
                    set = Some((Kind::Person, text[s..e].to_string()));
                }
            }
            Kind::Place | Kind::Org if also_name => {
                if let Some(list) = last {
                    set = Some((Kind::Person, pick(list, i)));
                }
            }
            // A town's name that repeats the surname of a person named in
            // full is the person ("Javier Solana ... Solana said"), though
            // the census lists miss the surname; not a country, a US
            // state or a demonym ("Tony Chad ... in Chad").
            Kind::Place if !m.nation && !m.demonym && !by_last.is_empty() => {
                let w = &text[s..e];
                if !w.contains([' ', '\n', '.']) && !lexicon::is_us_state(&m.canonical) {
                    lower_key(w, &mut place_key);
                    if let Some(list) = by_last.get(strip_particle(&place_key)) {
                        set = Some((Kind::Person, pick(list, i)));
                    }
                }
            }
            _ => {}
        }
        if let Some((k, c)) = set {
            ms[i].kind = k;
            ms[i].canonical = c;
        }
    }
}

/// The document pass for firms: a lone word that context marks as a firm
/// somewhere in the document ("shares of X"), or that opens an
/// organisation's name mentioned in full ("Jones" after "Jones Medical
/// Industries Inc", a firm named after its founder), is an organisation
/// wherever it stands alone, unless a person of that surname is named in
/// full in the document.
fn orgs(text: &str, ms: &mut Vec<Mention>) {
    founders(text, ms);
    // A lone word, or one linked to a full name only by its first word
    // ("Cofinec" to "Cofinec GDRs"): a firm's name may win.
    let lone = |m: &Mention| {
        m.kind == Kind::Weak
            || m.kind == Kind::Person
                && m.ntok == 1
                && (m.canonical == text[m.s..m.e]
                    || m.canonical.split(' ').next_back() != Some(&text[m.s..m.e]))
    };
    let mut firms: FxHashSet<String> = ms
        .iter()
        .filter(|m| m.org_cue && lone(m))
        .map(|m| m.key.clone())
        .collect();
    let mut key = String::new();
    // Firms whose first word carries a possessive: "Boatmen 's Bancshares".
    let mut poss: FxHashSet<String> = FxHashSet::default();
    let mut unread: Vec<&str> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Org) {
        let name = &text[m.s..m.e];
        let Some((w, rest)) = name.split_once([' ', '\n']) else {
            continue;
        };
        // (An administration is named by its president, no firm: "the
        // Reagan Administration".)
        if rest.eq_ignore_ascii_case("administration") {
            continue;
        }
        // "Hallam's Group": the possessive written joined.
        let (w, joined_poss) = match w.strip_suffix("'s").or(w.strip_suffix("’s")) {
            Some(stem) => (stem, true),
            None => (w, false),
        };
        // A company with its legal form: its first word alone is the
        // firm even when it is an English word ("Mercantile" after
        // "Mercantile Bancorp Inc").
        if w.len() > 2 && w.chars().any(char::is_lowercase) {
            lower_key(w, &mut key);
            let info = LEXICON.get(&key);
            let mut buf = String::new();
            let mut legal = || {
                name.rsplit([' ', '\n'])
                    .next()
                    .is_some_and(|l| lower_flags(l, &mut buf) & ORG_LEGAL != 0)
            };
            // (A word that names no body alone is no firm's short form:
            // "Muslim" after "the Muslim Council".)
            if info.is_some_and(|i| i.flags & NOT_ORG != 0) {
                continue;
            }
            // (A founder's name with its possessive is the firm's even
            // when it is a word: "Foster's" after "Foster's Group".)
            let poss_form = joined_poss || rest.starts_with("'s ") || rest.starts_with("’s ");
            // (So is the first of two names joined by "&": "Marsh" after
            // "Marsh & McLennan".)
            let amp = rest.starts_with("& ") && rest.split(' ').count() == 2;
            if info.is_none_or(|i| i.flags & COMMON == 0)
                || info.is_some_and(|i| i.flags & (FUNC | MONTH | WEEKDAY) == 0)
                    && (poss_form || amp || legal())
            {
                // (Where the sentence reader left it unread, "Zenith's
                // total debt" after "Zenith Electronics Corp", it is
                // looked for below.)
                // (Only a firm named with its legal form: not "Soul" of
                // "Soul & Funk", nor "Children" of "Children's Hospital".)
                if !unread.contains(&w) && legal() {
                    unread.push(w);
                }
                firms.insert(key.clone());
                if poss_form {
                    poss.insert(key.clone());
                }
            }
        }
    }
    // A firm named with its legal form after its founder, initials or a
    // given name and a surname ("J.R. Tarbell Co Inc", "Hollis Tarbell
    // Corp"): the surname alone is the firm ("Tarbell posted a gain"),
    // unless the document names a person of that surname in full (see
    // below).
    for m in ms.iter().filter(|m| m.kind == Kind::Org) {
        let mut words: Vec<&str> = text[m.s..m.e].split([' ', '\n']).collect();
        let mut legal = false;
        while let Some(w) = words.last() {
            if matches!(*w, "&" | "and") || lower_flags(w, &mut key) & ORG_LEGAL != 0 {
                legal |= !matches!(*w, "&" | "and");
                words.pop();
            } else {
                break;
            }
        }
        let [first @ .., last] = &words[..] else {
            continue;
        };
        // (Initials, "J.R." or "J.", or a given name.)
        let initials = |w: &str| {
            w.len() >= 2
                && w.ends_with('.')
                && w.split_terminator('.')
                    .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
        };
        let founder = legal
            && (1..=2).contains(&first.len())
            && first
                .iter()
                .all(|w| initials(w) || lower_flags(w, &mut key) & FIRST != 0)
            && last.len() > 2
            && last.starts_with(|c: char| c.is_uppercase())
            && last.chars().skip(1).all(|c| c.is_lowercase())
            && lower_flags(last, &mut key) & (COMMON | FUNC | ORG_LAST | ORG_FIRST | NOT_ORG) == 0
            && {
                lower_key(last, &mut key);
                !lexicon::is_place_key(&key)
            };
        if founder {
            firms.insert(key.clone());
        }
    }
    // The name after a word that opens a continental firm's ("Ferruzzi"
    // after "Gruppo Ferruzzi", "Hydro" after "Norsk Hydro") stands for it
    // alone, unless it is a word ("Bank" of "Deutsche Bank").
    for m in ms.iter().filter(|m| m.kind == Kind::Org) {
        let name = &text[m.s..m.e];
        let Some((w0, w1)) = name.split_once(' ') else {
            continue;
        };
        if w1.contains(' ') || lower_flags(w0, &mut key) & ORG_FIRST == 0 {
            continue;
        }
        // (Nor a place: "Madrid" of "Real Madrid".)
        let flags = lower_flags(w1, &mut key);
        lower_key(w1, &mut key);
        if flags & (COMMON | FUNC | ORG_LAST | ORG_LEGAL | ORG_FIRST) == 0
            && !lexicon::is_place_key(&key)
        {
            firms.insert(key.clone());
        }
    }
    // A lone name before a possessive and a person named in full is a
    // firm's or a team's, not a person's ("Ferrari 's Tom Vale", "Acme's
    // Ann Holt"; a person before a person is rarer than a body).
    for w in ms.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        let gap = text.get(x.e..y.s).unwrap_or("");
        if y.kind == Kind::Person
            && y.given
            && y.ntok >= 2
            && matches!(gap, "'s " | " 's " | "’s " | " ’s ")
            && lone(x)
            && x.e > x.s
            && x.canonical == text[x.s..x.e]
        {
            firms.insert(x.key.clone());
        }
    }
    // A lone word that no lexicon or context makes a name's, listed with
    // an organisation ("Amicus and the TGWU", "the GMB and Unison"), is
    // one of its kind.
    for w in ms.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        // (Not a word: "Securities and Exchange Commission" is one name.)
        let weak = |m: &Mention| {
            let mut k = String::new();
            m.kind == Kind::Weak
                && !m.namey
                && !m.evidence
                && !m.shaky
                && m.e > m.s
                && m.ntok == 1
                && lower_flags(&text[m.s..m.e], &mut k) & (COMMON | FUNC) == 0
        };
        let linked = |a: usize, b: usize| {
            text.get(a..b).is_some_and(|g| {
                matches!(
                    g,
                    " and " | " and the " | " or " | ", " | " & " | " and its "
                )
            })
        };
        if y.kind == Kind::Org && linked(x.e, y.s) && weak(x) {
            firms.insert(x.key.clone());
        } else if x.kind == Kind::Org && linked(x.e, y.s) && weak(y) {
            firms.insert(y.key.clone());
        }
    }
    // "Sony, Microsoft and Nintendo", "Nintendo, Sony and Microsoft": a
    // lone name in a list of two organisations or more is one too, even
    // one that reads as a surname (not one linked to a full name).
    for w in ms.windows(3) {
        let list = |a: &Mention, b: &Mention| {
            text.get(a.e..b.s)
                .is_some_and(|g| matches!(g, ", " | " and " | ", and "))
        };
        if !(list(&w[0], &w[1]) && list(&w[1], &w[2])) {
            continue;
        }
        // (Not a word: "Securities and Exchange Commission" is one name.)
        let single = |m: &Mention| {
            let mut k = String::new();
            matches!(m.kind, Kind::Weak | Kind::Person)
                && m.ntok == 1
                && m.e > m.s
                && m.canonical == text[m.s..m.e]
                && lower_flags(&text[m.s..m.e], &mut k) & (COMMON | FUNC | ORG_LAST | ORG_FIRST)
                    == 0
        };
        let org = |m: &Mention| m.kind == Kind::Org;
        // (The list's last name, not one a founders' firm goes on from:
        // "Merrill Lynch, Pierce, Fenner and Smith Inc".)
        let goes_on = text
            .get(w[2].e..)
            .is_some_and(|r| r.starts_with(" and ") || r.starts_with(", ") || r.starts_with(" & "));
        if org(&w[0]) && org(&w[1]) && single(&w[2]) && !goes_on {
            firms.insert(w[2].key.clone());
        } else if single(&w[0])
            && org(&w[1])
            && org(&w[2])
            && !text[..w[0].s]
                .trim_end_matches([' ', '\n'])
                .ends_with([',', '&'])
        {
            firms.insert(w[0].key.clone());
        }
    }
    // A lone name that speaks of its own as "its" ("Deloitte said its
    // profit rose"), or that people work at or hold shares of ("works at
    // McKinsey", "shares of Carrefour"), is a body, not a person, even
    // one whose word is a surname. A place is one only by its shares
    // ("shares of Carrefour"): a city or a nation that "said its" is its
    // government, and stays a place.
    let mut place_firms: FxHashSet<String> = FxHashSet::default();
    for m in ms.iter() {
        // (A place matched by the lexicon counts no tokens.)
        if m.e <= m.s || m.kind == Kind::Org || text[m.s..m.e].contains([' ', '\n']) {
            continue;
        }
        let after = &text[m.e..];
        let before = &text[..m.s];
        // ("said it" is no cue: "Brown said it was too early".)
        let speaks_as_it = m.kind != Kind::Place
            && [" said its ", " says its "]
                .iter()
                .any(|c| after.starts_with(c));
        // "Halvorsen posted quarterly net profit of", "Acme reported a
        // loss": a name that reports its results is a firm's.
        let reports_results = m.kind != Kind::Place
            && [" posted ", " reported ", " booked ", " announced "]
                .iter()
                .filter_map(|c| after.strip_prefix(c))
                .any(|rest| {
                    rest.split([' ', '\n'])
                        .take(4)
                        .take_while(|w| !w.ends_with([',', '.', ';']))
                        .any(|w| {
                            matches!(
                                w,
                                "profit"
                                    | "profits"
                                    | "loss"
                                    | "losses"
                                    | "revenue"
                                    | "revenues"
                                    | "earnings"
                                    | "sales"
                                    | "income"
                            )
                        })
                });
        let speaks_as_it = speaks_as_it || reports_results;
        // The preposition first: most names follow none of these. Of a
        // place only "shares of" ("shares in London fell" is a market's).
        let before = before.trim_end_matches(' ');
        let held = [" at", " of", " in"].iter().any(|p| before.ends_with(p))
            && if m.kind == Kind::Place {
                ends_with_words(before, "shares of")
            } else {
                [
                    "works at",
                    "worked at",
                    "working at",
                    "shares of",
                    "shares in",
                    "stake in",
                ]
                .iter()
                .any(|c| ends_with_words(before, c))
            };
        if !(speaks_as_it || held) {
            continue;
        }
        let name = &text[m.s..m.e];
        let flags = lower_flags(name, &mut key);
        // (A legal form alone is no firm's name: "Corp said its".)
        if flags & (ORG_LEGAL | ORG_LAST) != 0 {
            continue;
        }
        let firm_like = match m.kind {
            Kind::Weak => flags & (COMMON | FUNC) == 0,
            Kind::Person => !m.given && m.canonical == name,
            Kind::Place => !m.nation && !m.demonym && !lexicon::is_us_state(&m.canonical),
            Kind::Org => false,
        };
        if !firm_like {
            continue;
        }
        // (A word of a longer name is not the name: "Chancellor Corp said
        // its", "Santa Barbara", "Cable and Wireless Plc", "Manhattan
        // National common stock", "Ted's Frostop Diner".)
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let mut rest = after.trim_start_matches(' ');
        for lead in ["'s ", "’s ", "and ", "& ", "of "] {
            if let Some(r) = rest.strip_prefix(lead) {
                rest = r;
                break;
            }
        }
        // (Another name holding this one, or just before it.)
        let inside = ms.iter().any(|o| {
            !std::ptr::eq(o, m)
                && o.e > o.s
                && (o.s <= m.s && o.e >= m.e && o.e - o.s > m.e - m.s
                    || o.e < m.s && matches!(&text[o.e..m.s], " " | "\n"))
        });
        let longer = inside && !held
            || (after.starts_with(' ') || rest.len() < after.len()) && capital(rest);
        // (Shares of a place's firms are no firm's: "shares of Detroit
        // automakers".)
        let place_firm = m.kind != Kind::Place
            || rest.starts_with(|c: char| !c.is_alphabetic())
            || matches!(
                rest.split([' ', ',', '.']).next().unwrap_or(""),
                "stock"
                    | "common"
                    | "shares"
                    | "rose"
                    | "fell"
                    | "closed"
                    | "gained"
                    | "jumped"
                    | "slipped"
                    | "dropped"
                    | "slid"
                    | "climbed"
                    | "tumbled"
                    | "eased"
                    | "were"
            );
        if !longer && place_firm {
            if m.kind == Kind::Place {
                place_firms.insert(m.canonical.clone());
            } else {
                firms.insert(m.key.clone());
            }
        }
    }
    // "a company called Akamai", "a start-up named Zorvan": the name a
    // firm is introduced by is the firm's wherever it stands.
    for m in ms.iter() {
        if !matches!(m.kind, Kind::Weak | Kind::Person) || m.ntok > 1 || m.e <= m.s {
            continue;
        }
        let before = text[..m.s].trim_end_matches(' ');
        // (Introduced by "a" or "an", not named to a post: "The company
        // named Goldman, Sachs and Co as manager"; and the whole name:
        // not "called Home\nand City Bancorp Inc".)
        let introduced = [
            "company", "firm", "start-up", "startup", "group", "business",
        ]
        .iter()
        .any(|k| {
            [" called", " named"].iter().any(|v| {
                before.strip_suffix(v).is_some_and(|b| {
                    ends_with_words(b, k)
                        && b[..b.len() - k.len()]
                            .split_whitespace()
                            .rev()
                            .take(3)
                            .any(|w| w == "a" || w == "an")
                })
            })
        });
        let whole = !text[m.e..].starts_with(|c: char| c.is_alphanumeric())
            && !text[m.e..]
                .trim_start_matches([' ', '\n'])
                .starts_with(|c: char| c.is_uppercase() || c == '&')
            && !text[m.e..].trim_start_matches([' ', '\n']).starts_with("and ")
            // ("a group called Violence in Boston", "Antiquities of
            // Nevada".)
            && ![" in ", " of ", " for ", " on "].iter().any(|p| {
                text[m.e..]
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
            });
        if introduced && whole && m.canonical == text[m.s..m.e] {
            firms.insert(m.key.clone());
        }
    }
    // A town that opens a firm's name given in full with its legal form
    // (one of `unread`, the legal-form names' first words) is the firm
    // when it speaks alone ("Santos said" after "Santos Ltd", "Houston
    // said" after "Houston Industries Inc"): a town says nothing, its
    // council does.
    if !unread.is_empty() {
        for m in ms.iter_mut() {
            let name = &text[m.s..m.e];
            let speaks = [" said", " says"].iter().any(|v| {
                text[m.e..]
                    .strip_prefix(v)
                    .is_some_and(|r| r.starts_with([' ', ',', '.', '\n']))
            });
            if m.kind == Kind::Place
                && !m.nation
                && !m.demonym
                && m.e > m.s
                && speaks
                && unread.contains(&name)
                && !lexicon::is_us_state(&m.canonical)
            {
                // (That mention alone: "the Houston economy" stays the
                // town's.)
                m.kind = Kind::Org;
                m.canonical = name.to_string();
            }
        }
    }
    // The firm's first word where no mention stands, alone (no
    // capitalised word after it) and capitalised as a name.
    let b = text.as_bytes();
    let mut more: Vec<Mention> = Vec::new();
    for w in unread {
        for s in memchr::memmem::find_iter(b, w.as_bytes()) {
            let e = s + w.len();
            let rest = &text[e..];
            let rest = rest
                .strip_prefix("'s")
                .or(rest.strip_prefix("’s"))
                .unwrap_or(rest);
            // (Not a word of a longer name, "Norfolk Southern", "Smith
            // and Nephew"; at a sentence's start only as a subject,
            // "Standard was", not "Energy futures rose".)
            let head = text[..s].trim_end_matches([' ', '\n']);
            let head = head
                .strip_suffix(" and")
                .or(head.strip_suffix(" &"))
                .unwrap_or(head);
            let before = head.rsplit([' ', '\n']).next().unwrap_or("");
            let opening = head.is_empty() || head.ends_with(['.', '!', '?', '"', ':', ';']);
            // (A subject: a verb of a firm's after it, a past tense, or an
            // aside, "Rainier, which"; not a noun, "Energy futures".)
            let next = rest
                .trim_start_matches(',')
                .trim_start_matches([' ', '\n'])
                .split([' ', '\n', ',', '.'])
                .next()
                .unwrap_or("");
            let subject = (rest.starts_with(' ') || rest.starts_with('\n'))
                && (prose::subject_verb(next)
                    || matches!(
                        next,
                        "owns"
                            | "makes"
                            | "made"
                            | "manages"
                            | "operates"
                            | "sells"
                            | "may"
                            | "might"
                            | "plans"
                            | "expects"
                            | "currently"
                            | "develops"
                            | "provides"
                            | "services"
                            | "holds"
                            | "runs"
                    ))
                || rest.starts_with(", which")
                || rest.starts_with(", a ")
                || rest.starts_with(", an ")
                || rest.starts_with(", the ");
            // (Nor a word a prefix denies: "non-Arab banks".)
            let alone = (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                && !text[..s].ends_with("non-")
                && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                && !rest
                    .trim_start_matches([' ', '\n'])
                    .starts_with(|c: char| c.is_uppercase() || c == '&')
                && (s == 0 || opening || !before.starts_with(|c: char| c.is_uppercase()))
                && (!opening
                    || subject
                    || text[e..].starts_with("'s")
                    || text[e..].starts_with("’s"));
            // (A lone word the reader kept for the document pass gives
            // way.)
            let taken = |m: &Mention| m.e > m.s && m.s < e && s < m.e;
            if alone && !ms.iter().any(|m| taken(m) && m.kind != Kind::Weak) {
                // (A lone word here, which the firms' pass below makes the
                // firm, with its possessive where the firm's name has one.)
                let mut m = Mention::new(s, e, Kind::Weak, w.to_string());
                lower_key(w, &mut m.key);
                more.push(m);
            }
        }
    }
    if !more.is_empty() {
        for m in ms.iter_mut().filter(|m| m.kind == Kind::Weak) {
            if more.iter().any(|o| m.e > m.s && m.s < o.e && o.s < m.e) {
                m.absorb();
            }
        }
        ms.extend(more);
        ms.sort_by_key(|m| (m.s, m.e));
    }
    if !place_firms.is_empty() {
        for m in ms.iter_mut() {
            if m.kind == Kind::Place && place_firms.contains(&m.canonical) {
                m.kind = Kind::Org;
                m.canonical = text[m.s..m.e].to_string();
            }
        }
    }
    if firms.is_empty() {
        return;
    }
    let people: FxHashSet<String> = ms
        .iter()
        .filter(|m| m.kind == Kind::Person && m.ntok >= 2)
        .map(|m| m.key.clone())
        .collect();
    for m in ms.iter_mut() {
        // (Not a person a title names: "President Reagan" beside "the
        // Reagan Administration".)
        if lone(m) && firms.contains(&m.key) && !people.contains(&m.key) && m.role.is_none() {
            m.kind = Kind::Org;
            m.canonical = text[m.s..m.e].to_string();
            if poss.contains(&m.key) {
                let rest = &text[m.e..];
                let pad = rest.len() - rest.trim_start_matches(' ').len();
                let tail = &rest[pad..];
                if let Some(p) = ["'s", "’s"].iter().find(|p| tail.starts_with(**p)) {
                    m.e += pad + p.len();
                    // Written joined, the possessive is the firm's name.
                    if pad == 0 {
                        m.canonical = text[m.s..m.e].to_string();
                    }
                }
            }
        }
    }
}

/// Makes `[s, e)` one organisation named `canonical`: the first non-empty
/// mention inside the span grows to it, the others inside are emptied,
/// and a new mention is pushed when none lies inside. Whether it pushed.
fn make_org(ms: &mut Vec<Mention>, s: usize, e: usize, canonical: String) -> bool {
    let mut inside = ms.iter_mut().filter(|m| m.s >= s && m.e <= e && m.e > m.s);
    let Some(m) = inside.next() else {
        ms.push(Mention::new(s, e, Kind::Org, canonical));
        return true;
    };
    m.s = s;
    m.e = e;
    m.kind = Kind::Org;
    m.canonical = canonical;
    for m in inside {
        m.absorb();
    }
    false
}

/// The lone mentions that the document linked to `persons` (their
/// surnames, resolved to the full names) once those full names were read
/// as firms: a word the lexicon knows as a place is the place again
/// ("Canada's" after "Teleglobe Canada"), any other the firm's short form
/// ("Guaranty" after "Dorian Guaranty Trust Co").
fn give_back_surnames(text: &str, ms: &mut [Mention], persons: &[String]) {
    if persons.is_empty() {
        return;
    }
    let mut key = String::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok > 1 || !persons.contains(&m.canonical) {
            continue;
        }
        lower_key(&text[m.s..m.e], &mut key);
        // (A nation before any other place of the name: "Georgia".)
        let place = LEXICON.get(&key).and_then(|i| {
            let places = || i.phrases.iter().filter(|p| p.kind == PhraseKind::Place);
            places().find(|p| p.nation).or_else(|| places().next())
        });
        match place {
            Some(place) => {
                m.kind = Kind::Place;
                m.canonical = place.canonical.to_string();
            }
            None => {
                m.kind = Kind::Org;
                m.canonical = text[m.s..m.e].to_string();
            }
        }
    }
}

/// A firm named for its founders, two names joined by "and" that a
/// firm's context surrounds ("shares in Marks and Spencer", "Harrow and
/// Bainbridge said it would"; not "Smith and Jones met"), is one
/// organisation wherever the pair stands.
fn founders(text: &str, ms: &mut Vec<Mention>) {
    let single = |m: &Mention| {
        m.e > m.s
            && !text[m.s..m.e].contains([' ', '\n'])
            && match m.kind {
                Kind::Weak => true,
                Kind::Person => m.ntok == 1 && m.canonical == text[m.s..m.e],
                Kind::Place => !m.nation && !m.demonym,
                Kind::Org => false,
            }
    };
    let mut names: Vec<&str> = Vec::new();
    for w in ms.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        if !(text.get(x.e..y.s) == Some(" and ") && single(x) && single(y)) {
            continue;
        }
        let before = text[..x.s].trim_end_matches(' ');
        let after = text[y.e..].trim_start_matches(' ');
        let cue_before = [
            "shares in",
            "shares of",
            "stake in",
            "retailer",
            "firm",
            "company",
        ]
        .iter()
        // (Also opening a sentence: "Shares in ...".)
        .any(|c| ends_with_words(before, c));
        let cue_after = [
            "shares", "said it ", "says it ", "Plc", "plc", "Ltd", "chairman",
        ]
        .iter()
        .any(|c| after.starts_with(c));
        if cue_before || cue_after {
            let name = &text[x.s..y.e];
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let b = text.as_bytes();
    for name in names {
        for s in memchr::memmem::find_iter(b, name.as_bytes()) {
            let e = s + name.len();
            if s > 0 && b[s - 1].is_ascii_alphanumeric()
                || b.get(e).is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            make_org(ms, s, e, name.to_string());
        }
    }
    ms.sort_by_key(|m| (m.s, m.e));
}

/// Whether `before` (the text before a name, spaces after it trimmed)
/// ends with the words `phrase` (any case), whole: "shares in" before
/// "Harrow and Bainbridge", not "reshares in".
fn ends_with_words(before: &str, phrase: &str) -> bool {
    let k = before.len().saturating_sub(phrase.len());
    before.len() >= phrase.len()
        && before.is_char_boundary(k)
        && before[k..].eq_ignore_ascii_case(phrase)
        && (k == 0 || before[..k].ends_with([' ', '\n']))
}

/// Words of sports reports; a document with a few of them is read as
/// sport by [`teams`].
fn is_sport_word(w: &str) -> bool {
    matches!(
        w,
        "soccer"
            | "football"
            | "rugby"
            | "cricket"
            | "baseball"
            | "basketball"
            | "hockey"
            | "league"
            | "cup"
            | "goal"
            | "goals"
            | "innings"
            | "wicket"
            | "wickets"
            | "halftime"
            | "half-time"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "playoff"
            | "playoffs"
            | "play-off"
            | "standings"
            | "fixtures"
            | "pitcher"
            | "inning"
            | "division"
            | "championship"
            | "match"
            | "matches"
            | "coach"
            | "season"
            | "tournament"
            | "scorers"
            | "played"
            | "drawn"
            | "cycling"
            | "racing"
            | "laps"
            | "qualifying"
            // Cycling and motor racing results: "final stage", "overall
            // placings", "lap times", "top ten drivers".
            | "stage"
            | "stages"
            | "placings"
            | "peloton"
            | "rider"
            | "riders"
            | "lap"
            | "drivers"
            | "prix"
            | "podium"
    )
}

/// Whether `text` reads as a sports report: three or more sport words.
/// A byte scan (lower-cased ASCII words), run once a document has a
/// candidate club.
fn is_sport(text: &str) -> bool {
    let mut n = 0;
    let mut buf = [0u8; 12];
    for w in text
        .as_bytes()
        .split(|&c| !(c.is_ascii_alphabetic() || c == b'-'))
    {
        if w.len() < 3 || w.len() > buf.len() {
            continue;
        }
        let l = &mut buf[..w.len()];
        l.copy_from_slice(w);
        l.make_ascii_lowercase();
        if std::str::from_utf8(l).is_ok_and(is_sport_word) {
            n += 1;
            if n >= 3 {
                return true;
            }
        }
    }
    false
}

/// A number in a results table: `3`, `108-3`, `.569`, `50-28`, `-`.
fn is_table_number(w: &str) -> bool {
    !w.is_empty()
        && w.bytes().any(|c| c.is_ascii_digit())
        && w.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'/' | b'+' | b','))
        || w == "-"
}

/// The shape of the line holding `s..e` as a results table row, with the
/// mention's name collapsed: `Some(true)` when the name is a club's in a
/// score line ("Wigan 2 Wrexham 1", "Benetton ( Italy ) 92 Dinamo 81") or
/// a standings row ("Stirling 3 0 1 2 1 3 1", "NEW YORK 74 56 .569 -").
fn table_row(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let ls = memchr::memrchr(b'\n', &b[..s]).map_or(0, |k| k + 1);
    let le = memchr::memchr(b'\n', &b[e..]).map_or(text.len(), |k| e + k);
    // Names (capitalised words), numbers, bracketed asides dropped.
    let mut shape: Vec<u8> = Vec::with_capacity(16);
    let mut depth = 0usize;
    let mut mine = usize::MAX;
    let mut off = ls;
    for w in text[ls..le].split(' ') {
        let ws = off;
        off += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        match w {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if is_table_number(w) => shape.push(b'N'),
            _ if w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "'s" | "&" | "of" | "de" | "St" | "St.") =>
            {
                if ws >= s && ws < e && mine == usize::MAX {
                    mine = shape.len();
                }
                if shape.last() != Some(&b'A') {
                    shape.push(b'A');
                }
            }
            // A word that is neither a name nor a number: no row (the
            // rest of a line of prose is not read).
            _ => return false,
        }
    }
    if mine == usize::MAX {
        return false;
    }
    // An optional rank before the row: "3. Stirling ...".
    let row = shape.strip_prefix(b"N").unwrap_or(&shape);
    let score_line = row == b"ANAN";
    let standings = row.len() >= 5 && row[0] == b'A' && row[1..].iter().all(|&c| c == b'N');
    score_line || standings
}

/// The document pass for sport: in a sports report, a place that is not
/// a nation, or a lone word that is no one's known name, stands for a
/// club when it heads a results row, is named as beaten, played against
/// or joined ("beat Somerset", "against Kent", "played for Nice"), comes
/// before a player's role ("Surrey all-rounder", "the Chelsea defender")
/// or owns a named player ("Everton 's Duncan Ferguson"), or is the
/// subject of a side's verb ("Essex need", "Kent are"). The names of
/// score lines, standings rows and fixtures ([`sport::club_runs`]) are
/// clubs in full ("Crystal Palace 4 1 2 1", "Queen 's Park"). Every other
/// mention of a club in the report, and a name joined to one by "and" or
/// "or", is then the club too, unless it follows "in", "at" or "near" or
/// heads a dateline. National sides (countries, home nations) and
/// demonyms stay places.
/// The person named in full ("Les Ferdinand", "Michael Schumacher") whose
/// name ends right before the bracket at `open`, spaces between: a
/// results row's player or driver, whose club or nation the brackets
/// hold.
fn named_in_full_before<'m>(text: &str, ms: &'m [Mention], open: usize) -> Option<&'m Mention> {
    let pe = text[..open].trim_end_matches(' ').len();
    ms.iter()
        .find(|p| p.kind == Kind::Person && p.ntok >= 2 && p.e == pe)
}

fn teams(text: &str, ms: &mut Vec<Mention>) {
    let candidate = |m: &Mention| match m.kind {
        Kind::Place => !m.nation && !m.demonym,
        // A word shaped like a demonym ("Turkish fans") is no club, nor
        // are the Games ("the Olympic final").
        Kind::Weak => {
            m.s < m.e
                && !["ish", "ese", "ian", "ean"]
                    .iter()
                    .any(|x| text[m.s..m.e].ends_with(x))
                && !matches!(&text[m.s..m.e], "Olympic" | "Paralympic" | "Commonwealth")
        }
        Kind::Person => !m.given && m.canonical == text[m.s..m.e] && m.ntok <= 3,
        _ => false,
    };
    let words_before = |s: usize| {
        let mut it = text[..s].trim_end_matches([' ', '\t']).rsplit([' ', '\n']);
        (it.next().unwrap_or(""), it.next().unwrap_or(""))
    };

    // How strongly the words around a name say it is a club: 2 for a
    // result or a playing position ("beat X", "X striker", a results row),
    // 1 for words that business news uses too ("joined X", "X manager").
    let cued = |m: &Mention| -> u8 {
        let (b1, bs) = sport::word_before(text, m.s);
        let (a1, ae) = sport::word_after(text, m.e);
        // A name of two words or more read as a person's is a club only
        // in a results row or a fixture: in prose it is a player's
        // ("beat Irakli Labadze", "against Jelena Jankovic").
        if m.kind == Kind::Person && m.ntok >= 2 {
            let row = a1.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '.' | '-'))
                && table_row(text, m.s, m.e);
            let fixture =
                matches!(b1, "v" | "v." | "vs" | "vs.") || matches!(a1, "v" | "v." | "vs" | "vs.");
            return if row || fixture { 2 } else { 0 };
        }
        let strong = matches!(
            b1,
            "against" | "beat" | "beating" | "v" | "v." | "vs" | "vs." | "versus"
        ) || sport::is_club_after(a1)
            // A place with a result and its score: "Essex won 3-1" (a
            // lone surname may be a player's: "Agassi won 6-3").
            || m.kind == Kind::Place
                && sport::is_result_verb(a1)
                && sport::is_score(sport::word_after(text, ae).0)
            || sport::is_position(a1)
            || {
                // Only a name followed by a number or a bracket can head a row.
                a1.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '.' | '-'))
                    && table_row(text, m.s, m.e)
            };
        // A town in brackets after a player named in full is the
        // player's club: "Les Ferdinand ( Newcastle )", "C Stoica
        // (Montpellier)" (a country there is the player's nation; a
        // referee's is a county: "Ref: S Dunn (Gloucestershire)").
        // (Nor a county or region, which a lexicon files under its
        // country.)
        let bracketed = m.kind != Kind::Person
            && !(m.kind == Kind::Place && m.canonical != text[m.s..m.e])
            && {
                let before = text[..m.s].trim_end_matches(' ');
                before.ends_with('(') && text[m.e..].trim_start_matches(' ').starts_with(')') && {
                    named_in_full_before(text, ms, before.len() - 1).is_some_and(|p| {
                        !matches!(
                            words_before(p.s).0,
                            "Ref:" | "Referee:" | "referee" | "Ref" | "Referee" | ":"
                        )
                    })
                }
            };
        if strong || bracketed {
            return 2;
        }
        // Results in prose, for names known as no person: "lost to X",
        // "a win over X", "drew with X"; "played for X".
        // The word before that, a score skipped: "lost 2-0 to X", "drew
        // 1-1 with X".
        let b2 = || {
            let (w, ws) = sport::word_before(text, bs);
            if sport::is_score(w) {
                sport::word_before(text, ws).0
            } else {
                w
            }
        };
        let prose = match b1 {
            "over" => {
                m.kind != Kind::Person
                    && matches!(
                        b2(),
                        "win" | "wins" | "victory" | "triumph" | "winners" | "winner"
                    )
            }
            // "lost to X", and a player's "move to X", "loan to X",
            // "transfer to X", "switch to X".
            "to" => {
                m.kind != Kind::Person
                    && matches!(
                        b2(),
                        "lost"
                            | "losing"
                            | "lose"
                            | "loses"
                            | "defeat"
                            | "home"
                            | "move"
                            | "loan"
                            | "transfer"
                            | "switch"
                    )
            }
            "with" => m.kind != Kind::Person && matches!(b2(), "draw" | "drew" | "drawn"),
            // "beaten by X", "a 2-1 defeat by X", "held by X".
            "by" => {
                m.kind != Kind::Person
                    && matches!(
                        b2(),
                        "beaten" | "defeated" | "defeat" | "held" | "thrashed" | "eliminated"
                    )
            }
            "for" => sport::is_club_for_verb(b2()),
            // "five points behind Chelsea", "captain of Leicester".
            "behind" => m.kind != Kind::Person && matches!(b2(), "points" | "point"),
            "of" => {
                m.kind != Kind::Person
                    && matches!(
                        b2(),
                        "captain" | "manager" | "coach" | "chairman" | "boss" | "skipper"
                    )
            }
            _ => false,
        };
        // A side by its country in a report of an international event:
        // "Benetton of Italy beat ...", "against Karlsruhe of Germany".
        let of_nation =
            a1 == "of" && (m.kind == Kind::Place || m.kind == Kind::Weak && !m.namey) && {
                let rest = &text[ae..];
                let at = ae + (rest.len() - rest.trim_start().len());
                ms.iter()
                    .any(|p| p.s == at && p.kind == Kind::Place && p.nation && !p.demonym)
            };
        // A place as the subject of a side's verb: "Essex need another
        // 148", "Kent will face ...", "Surrey , who thrashed ..." (a lone
        // unknown word may be a player's name: "Kezman scored", or a
        // common word opening a sentence: "Balls were ...").
        // (Not a city that hosts an event: "Sydney will host a charity
        // match", "Athens hosted the Games"; a side hosts a side, "Kent
        // host Essex".)
        let hosts_event = || {
            let (mut w, mut e) = (a1, ae);
            if w == "will" {
                (w, e) = sport::word_after(text, e);
            }
            matches!(w, "host" | "hosts" | "hosted")
                && matches!(
                    sport::word_after(text, e).0,
                    "a" | "an" | "the" | "this" | "next"
                )
        };
        let subject = m.kind == Kind::Place
            && (sport::is_side_verb(a1) && !hosts_event()
                || a1 == "," && {
                    let (w2, e2) = sport::word_after(text, ae);
                    w2 == "who"
                        && (sport::is_club_after(sport::word_after(text, e2).0)
                            || sport::is_side_verb(sport::word_after(text, e2).0))
                });
        let weak = prose
            || subject
            || of_nation
            || sport::is_club_before(b1)
            || sport::is_sport_role(a1)
            || a1.starts_with(|c: char| c.is_lowercase())
                && !matches!(a1, "and" | "or" | "in" | "at" | "'s")
                && sport::is_sport_role(sport::word_after(text, ae).0)
            || a1 == "'s" && {
                let rest = &text[ae..];
                let at = ae + (rest.len() - rest.trim_start().len());
                ms.iter()
                    .any(|p| p.s == at && p.kind == Kind::Person && p.ntok >= 2)
            };
        u8::from(weak)
    };
    let mut clubs: FxHashSet<String> = FxHashSet::default();
    let mut strong = false;
    for m in ms.iter() {
        // (Also the clubs the lexicon names: "Arsenal and Chelsea are
        // seeded", "a draw with Arsenal".)
        let listed = m.kind == Kind::Org && m.club && m.e > m.s;
        if listed {
            clubs.insert(text[m.s..m.e].to_lowercase());
        } else if !candidate(m) {
            continue;
        }
        let c = cued(m);
        if c > 0 {
            clubs.insert(text[m.s..m.e].to_lowercase());
            strong |= c == 2;
        }
    }
    // The report is read as sport (a byte scan) only when a name is
    // strongly cued as a club or heads a line with a figure after it, as
    // in a results line.
    let row_like = |m: &Mention| {
        m.e > m.s
            && !(m.kind == Kind::Person && m.given)
            && text[m.e..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
            && {
                // At the head of a line, after a rank, a venue or a comma.
                let before = text[..m.s].rsplit('\n').next().unwrap_or("").trim_end();
                before.is_empty()
                    || before.ends_with([':', ','])
                    || before.len() <= 4 && before.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            }
    };
    // A name after a rank opens a results list: "1. Olaf Brandt ( ...".
    let ranked = |m: &Mention| {
        let (w, _) = sport::word_before(text, m.s);
        w.len() >= 2 && w.ends_with('.') && w[..w.len() - 1].bytes().all(|c| c.is_ascii_digit())
    };
    // (A fixture, "Leeds v Hull", is a strong cue of its own.) Weaker
    // cues read the headline and the lead only.
    let sport = if strong || ms.iter().any(|m| row_like(m) || ranked(m)) {
        is_sport(text)
    } else if !clubs.is_empty() {
        let mut end = text.len().min(600);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        is_sport(&text[..end])
    } else {
        false
    };
    if !sport {
        return;
    }
    // Results lines: their names are clubs in full.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    for (off, line) in lines_at(text) {
        // A results line is short and starts with a name or a rank.
        if line.len() <= 240
            && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && (line.bytes().any(|c| c.is_ascii_digit()) || line.contains(" v"))
        {
            sport::club_runs(line, off, &mut runs);
        }
    }
    // A club's name before its city's: "Werder Bremen", "PSV Eindhoven"
    // (a word that is no one's known name, or an acronym, then a city).
    // ... and one read as a person's name ("Vitesse Arnhem").
    for m in ms.iter().filter(|m| m.kind == Kind::Person && m.city_tail) {
        runs.push((m.s, m.e, true));
    }
    for w in ms.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        let lone = match x.kind {
            Kind::Weak => !x.namey,
            Kind::Person => x.ntok == 1 && !x.given && x.canonical == text[x.s..x.e],
            // (Also a firm's one-word name: "Bayer Leverkusen", a club
            // named for its sponsor.)
            Kind::Org => !text[x.s..x.e].contains([' ', '\n']),
            _ => false,
        };
        if lone
            && x.e > x.s
            && y.kind == Kind::Place
            && !y.nation
            && !y.demonym
            && text.get(x.e..y.s) == Some(" ")
            && !sport::dateline_rest(text, y.e)
        {
            runs.push((x.s, y.e, true));
        }
    }
    let mut added: Vec<Mention> = Vec::new();
    for &(s, e, team) in &runs {
        let over = |m: &Mention| m.s < e && s < m.e && m.kind != Kind::Weak || m.s >= s && m.e <= e;
        // A national side, or a player named in full, is left as it is
        // (a team after a rider's country is read as a team).
        if ms.iter().any(|m| {
            over(m)
                && (m.kind == Kind::Place && (m.nation || m.demonym) && m.s == s && m.e == e
                    || m.kind == Kind::Person && m.given && !team)
        }) {
            continue;
        }
        if !team
            && !ms
                .iter()
                .any(|m| over(m) && (candidate(m) || m.kind == Kind::Org))
            && ms.iter().any(over)
        {
            continue;
        }
        let mut first = true;
        for m in ms.iter_mut().filter(|m| over(m)) {
            if first {
                m.s = s;
                m.e = e;
                m.kind = Kind::Org;
                m.canonical = normalise_space(&text[s..e]);
                first = false;
            } else {
                // Absorbed: an empty span that no later rule reads.
                m.absorb();
            }
        }
        if first {
            let mut m = Mention::new(s, e, Kind::Org, String::new());
            m.canonical = normalise_space(&text[s..e]);
            added.push(m);
        }
        clubs.insert(text[s..e].to_lowercase());
    }
    if clubs.is_empty() && !ms.iter().any(|m| m.club_shape) {
        return;
    }
    // Names joined to a club by "and", "or" or a comma.
    for _ in 0..2 {
        let mut more: Vec<String> = Vec::new();
        for w in ms.windows(2) {
            let (x, y) = (&w[0], &w[1]);
            let Some(between) = text.get(x.e..y.s) else {
                continue;
            };
            if !matches!(between.trim(), "and" | "or" | ",") {
                continue;
            }
            let (kx, ky) = (text[x.s..x.e].to_lowercase(), text[y.s..y.e].to_lowercase());
            if clubs.contains(&kx) && candidate(y) && !clubs.contains(&ky) {
                more.push(ky);
            } else if clubs.contains(&ky) && candidate(x) && !clubs.contains(&kx) {
                more.push(kx);
            }
        }
        if more.is_empty() {
            break;
        }
        clubs.extend(more);
    }
    for m in ms.iter_mut() {
        if candidate(m)
            && (m.club_shape || clubs.contains(&text[m.s..m.e].to_lowercase()))
            && !matches!(
                words_before(m.s).0.to_ascii_lowercase().as_str(),
                "in" | "at" | "near"
            )
            && !sport::dateline_rest(text, m.e)
        {
            m.kind = Kind::Org;
            m.canonical = text[m.s..m.e].to_string();
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| (m.s, m.e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;

    #[test]
    fn headlines_and_short_forms_name_a_firm() {
        assert!(named_in_headline(
            "Corvane Oil Trust",
            "CORVANE OIL <CVO> RESERVES UP"
        ));
        assert!(named_in_headline(
            "Telmark Corp",
            "TELMARK <TMK> BUYS BACK DEBT"
        ));
        assert!(named_in_headline(
            "General Electric Co",
            "GE <GE> SETS DEAL"
        ));
        assert!(!named_in_headline("Telmark Corp", "TELMARKET SALES RISE"));
        assert!(!named_in_headline(
            "General Electric Co",
            "GENERAL MILLS <GIS> NET"
        ));
        assert!(short_form_of("British Airways", "BA"));
        assert!(short_form_of("Council of Mortgage Lenders", "CML"));
        assert!(short_form_of("Asahi Breweries", "Asahi"));
        assert!(!short_form_of("Asahi Breweries", "AB Foods"));
        assert!(!short_form_of("Acme", "A"));
    }

    /// Renders the entities of `text` as `surface/KIND[=canonical][@role]`.
    fn show(text: &str) -> String {
        find(text, &sentences::split(text))
            .iter()
            .map(|e| {
                let mut s = format!("{}/{}", e.surface, e.kind);
                if e.canonical != e.surface {
                    s.push_str(&format!("={}", e.canonical));
                }
                if let Some(r) = &e.role {
                    s.push_str(&format!("@{r}"));
                }
                if let Some(o) = &e.role_org {
                    s.push_str(&format!("#{o}"));
                }
                s
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            (
                "PORT ELLIS, March 9 (Wire) - Water swept through Port Ellis and Fort Worth.",
                "Port Ellis/PLACE | Fort Worth/PLACE",
            ),
            (
                "US Secretary of State John Kerry met President Vladimir Putin.",
                "US/PLACE=United States | John Kerry/PERSON@US Secretary of State#United States | Vladimir Putin/PERSON@President",
            ),
            (
                "John Kerry arrived. Kerry said Kerry's plan and Mr Kerry's aides agreed.",
                "John Kerry/PERSON | Kerry/PERSON=John Kerry | Kerry/PERSON=John Kerry | Kerry/PERSON=John Kerry",
            ),
            (
                "President Bashar al-Assad must go, but Assad's allies disagree.",
                "Bashar al-Assad/PERSON@President | Assad/PERSON=Bashar al-Assad",
            ),
            (
                "Hopefully by the end of May the ministers will meet in Geneva.",
                "Geneva/PLACE",
            ),
            ("Russian concerns grew in the Middle East.", "Russian/PLACE=Russia | Middle East/PLACE"),
            ("Last month's Boston Marathon bombings shocked Washington.", "Washington/PLACE"),
            ("They can find their way to the new Syria.", "Syria/PLACE"),
            (
                "Shares of Acme Holdings Inc rose as the Bank of England held rates.",
                "Acme Holdings Inc/ORG | Bank of England/ORG",
            ),
            (
                "The accord was negotiated by the last UN-Arab League envoy to Syria Kofi Annan.",
                "UN-Arab League/ORG | Syria/PLACE | Kofi Annan/PERSON@UN-Arab League envoy to Syria#UN-Arab League",
            ),
            (
                "Sergei Lavrov infuriated Kerry's predecessor Hillary Clinton.",
                "Sergei Lavrov/PERSON | Kerry/PERSON | Hillary Clinton/PERSON@Kerry's predecessor",
            ),
            (
                "West Indian all-rounder Phil Simmons took four for 38 on Friday.",
                "West Indian/PLACE=West Indies | Phil Simmons/PERSON@West Indian all-rounder#West Indies",
            ),
            (
                "John Smith, a spokesman for the ministry, declined to comment.",
                "John Smith/PERSON@spokesman for the ministry",
            ),
            ("On Wednesday, May 8th 2013 nothing happened.", ""),
            ("The Lib Dem leader Charles Kennedy spoke.", "Lib Dem/ORG=Liberal Democrats | Charles Kennedy/PERSON@Lib Dem leader#Liberal Democrats"),
            // A lone name after "in" or "near" is a place.
            (
                "An overnight shooting in Winchester left one dead near Dexter.",
                "Winchester/PLACE | Dexter/PLACE",
            ),
            (
                "Nothing in Prather's record stood out, Prather said.",
                "Prather/PERSON | Prather/PERSON",
            ),
            // A town a US state follows.
            (
                "A man was shot in Katy, Texas, and police in La Grande, Oregon, were called.",
                "Katy/PLACE | Texas/PLACE | La Grande/PLACE | Oregon/PLACE",
            ),
            ("Jane Smith, Texas, spoke.", "Jane Smith/PERSON | Texas/PLACE"),
            // An office is no person.
            (
                "The Marion County Sheriff said the man was armed.",
                "Marion County Sheriff/ORG",
            ),
            (
                "Harrison County Prosecuting Attorney Joe Shaffer said no.",
                "Joe Shaffer/PERSON@Harrison County Prosecuting Attorney",
            ),
            // A plural possessive inside a body's name.
            (
                "The Transport and General Workers' Union will vote.",
                "Transport and General Workers' Union/ORG",
            ),
            (
                "Britain's Labour Party won.",
                "Britain/PLACE=United Kingdom | Labour Party/ORG",
            ),
            // A tournament is no person; the United Nations stays a body.
            (
                "Wales won the Six Nations, the United Nations said.",
                "Wales/PLACE | United Nations/ORG",
            ),
            // Holidays are days, not people.
            ("Sales rose sharply before Christmas, the retailer said.", ""),
            // Another person's name ends a role.
            (
                "Labour leader Tony Blair and Conservative leader Michael Howard clashed.",
                "Labour/ORG=Labour Party | Tony Blair/PERSON@Labour leader#Labour Party | Conservative/ORG | Michael Howard/PERSON@Conservative leader",
            ),
            ("MOSCOW - Talks ended.", "MOSCOW/PLACE=Moscow"),
            ("The Kremlin and NATO disagreed.", "Kremlin/ORG | NATO/ORG=North Atlantic Treaty Organization"),
            ("George W. Bush met Gordon Brown.", "George W. Bush/PERSON | Gordon Brown/PERSON"),
            // A street by its type, also after a first name.
            (
                "Police closed Nellie Street and North Blvd near Florida Ave.",
                "Nellie Street/PLACE | North Blvd/PLACE | Florida Ave/PLACE",
            ),
            (
                "Two men were shot in North Lawndale and on 79th Street East .",
                "North Lawndale/PLACE | Street East/PLACE",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// The rules of issue 12, each on sentences written for the test.
    #[test]
    fn people_orgs_and_clubs() {
        let cases: &[(&str, &str)] = &[
            // Particles in pairs stay in the name.
            ("The award went to Anna van der Merwe on Friday.", "Anna van der Merwe/PERSON"),
            // A page's time label after a byline is no part of the name.
            (
                "by: Nicola Hart Updated: Jun 23, 2016 - 1:21 PM\n\nPolice said a man died.",
                "Nicola Hart/PERSON",
            ),
            // A label before a first name is left out.
            ("The vote went to Republican Thomas Dewey in the end.", "Thomas Dewey/PERSON"),
            // A one-word title closing a name is part of it.
            ("Talks with Hun Sen ended.", "Hun Sen/PERSON"),
            (
                "Tom Dean met Lisa King. King said no.",
                "Tom Dean/PERSON | Lisa King/PERSON | King/PERSON=Lisa King",
            ),
            // Initials stay in the span.
            (
                "Scorers : Mark Owen , T. Blake , M. Cole .",
                "Mark Owen/PERSON | T. Blake/PERSON | M. Cole/PERSON",
            ),
            // Upper-case headlines: a name the article gives in full.
            (
                "TENNIS - HARPER WINS IN DUBLIN\nLucy Harper beat Mia Stone 6-3 6-2 on Sunday.",
                "HARPER/PERSON=Lucy Harper | DUBLIN/PLACE=Dublin | Lucy Harper/PERSON | Mia Stone/PERSON",
            ),
            ("STORM HITS COAST\nRain fell on Sunday.", ""),
            // Clubs named after cities in a sports report; national sides
            // and venues stay places.
            (
                "SOCCER - LEAGUE RESULTS\nThe league season opened with a goal feast in the cup.\nLeeds 2 Bristol 1\nBristol coach Tom Hale was angry after the match in Leeds.",
                "Leeds/ORG | Bristol/ORG | Bristol/ORG | Tom Hale/PERSON@Bristol coach#Bristol | Leeds/PLACE",
            ),
            (
                "England beat Australia by five wickets in the cricket match at Leeds.",
                "England/PLACE | Australia/PLACE | Leeds/PLACE",
            ),
            // Outside sport a city with a number is a place.
            ("Leeds 2 Bristol 1", "Leeds/PLACE | Bristol/PLACE"),
            // Firms: business cues, one-word banks, a founder's name alone.
            (
                "Shares of Velcorp rose. Tovana , the country's biggest carmaker , said sales fell.",
                "Velcorp/ORG | Tovana/ORG",
            ),
            (
                "Brandt Medical Industries Inc said on Friday that Brandt shares rose.",
                "Brandt Medical Industries Inc/ORG | Brandt/ORG",
            ),
            // Groups and adjective compounds are not people.
            ("They play in Group B of the cup.", ""),
            ("The Hong Kong-based group Acme Holdings said nothing.", "Acme Holdings/ORG"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Names and clubs written as news in general writes them (issue 12,
    /// sixth pass), each on sentences written for the test.
    #[test]
    fn general_names_and_clubs() {
        let cases: &[(&str, &str)] = &[
            // A hyphenated given name after a surname is the name's last
            // word; a compound is not.
            (
                "They met Park Sung-ho and Lee Dae-won in Seoul .",
                "Park Sung-ho/PERSON | Lee Dae-won/PERSON | Seoul/PLACE",
            ),
            ("The Nato-led force passed Soviet-era tanks .", ""),
            (
                "The Hong Kong-based group Acme Holdings said nothing.",
                "Acme Holdings/ORG",
            ),
            // A name with a linking syllable inside it is a name.
            (
                "Pakistan : Saleem-ul-Karim , Noor-ud-Din , Tariq Khan .",
                "Pakistan/PLACE | Saleem-ul-Karim/PERSON | Noor-ud-Din/PERSON | Tariq Khan/PERSON",
            ),
            // A club's word before or after its city, also opening a
            // sentence.
            (
                "Inter Lyon beat the visitors . Sporting Leeds lost .",
                "Inter Lyon/ORG | Sporting Leeds/ORG",
            ),
            ("FC Lyon and Hamburg SV met .", "FC Lyon/ORG | Hamburg SV/ORG"),
            ("Athletic Lyon lost .", "Athletic Lyon/ORG"),
            // In a sports report: a name before its city, and a city's
            // "City", "Town" or "County", are clubs; a city after "in"
            // stays a place.
            (
                "SOCCER - ROUND-UP .\nVorwerk Dresden drew 0-0 in the league on Saturday before 10,000 fans , and Oxford Town were relegated .\nThe match in Dresden was the season 's first .",
                "Vorwerk Dresden/ORG | Oxford Town/ORG | Dresden/PLACE",
            ),
            (
                "The Oxford City council met . Vorwerk Dresden grew .",
                "Oxford City/PLACE | Dresden/PLACE",
            ),
            // An unknown acronym before a place is a firm's branch or a
            // club; a known body's is the body at work there.
            (
                "DKT Pacific said profits rose . He heads the OSCE Chechnya mission .",
                "DKT Pacific/ORG | OSCE/ORG=Organization for Security and Co-operation in Europe | Chechnya/PLACE",
            ),
            // A family by its name once a member is named in full.
            (
                "Mary Kessler spoke . The Kesslers left early . Kesslers rose .",
                "Mary Kessler/PERSON | Kesslers/PERSON",
            ),
            (
                "President Kessler spoke . It would hurt the Kesslers .",
                "Kessler/PERSON@President | Kesslers/PERSON",
            ),
            // A nickname in quotes stays inside the name.
            (
                "Boxer Tomas \" The Hammer \" Ruiz won on Saturday . \" We won , \" Ruiz said .",
                "Tomas \" The Hammer \" Ruiz/PERSON=Tomas The Hammer Ruiz | Ruiz/PERSON=Tomas The Hammer Ruiz",
            ),
            ("He said \" Yes \" Monday .", ""),
            // A party's name before "party", after a word that places it.
            (
                "Officials of the ruling Kanu party met the opposition Bharatiya Janata party .",
                "Kanu/ORG | Bharatiya Janata/ORG",
            ),
            // In a sports report, a place with a result and its score.
            (
                "CRICKET - ROUND-UP .\nLeicester won 3-1 in the championship on Saturday .\nThe match in Leicester was watched .",
                "Leicester/ORG | Leicester/PLACE",
            ),
            // A common word opening an upper-case headline that repeats
            // the surname of a person the story names in full.
            (
                "BOXING - BAKER DEFENDS TITLE .\nTom Baker defended his title on Saturday .",
                "BAKER/PERSON=Tom Baker | Tom Baker/PERSON",
            ),
            ("BOXING - BAKER DEFENDS TITLE .\nRain fell on Saturday .", ""),
            // In a sports report, a side named by its country.
            (
                "BASKETBALL - VARNAK WIN .\nVarnak of Italy won the fifth place play-off in the basketball tournament on Saturday .",
                "VARNAK/ORG | Varnak/ORG | Italy/PLACE",
            ),
            // A firm's name before its legal form names it again.
            (
                "Brandt Medical Industries Inc said sales rose . Brandt Medical completed the deal .",
                "Brandt Medical Industries Inc/ORG | Brandt Medical/ORG",
            ),
            (
                "Shares of Kelso Ferris & Co Inc rose after Kelso Ferris said it would grow .",
                "Kelso Ferris & Co Inc/ORG | Kelso Ferris/ORG",
            ),
            // Depositary receipts after a firm's name are no part of it.
            ("Traders said Velcor GDRs fell on Monday .", "Velcor/ORG"),
            // A dotted abbreviation whose last dot ended the sentence.
            ("Prices fell in U.S .", "U.S/PLACE=United States"),
            // A headline's acronym that the story names as a body.
            (
                "BOXING - BAKER DEFENDS WBX CRUISERWEIGHT TITLE .\nTom Baker defended his WBX title .",
                "BAKER/PERSON=Tom Baker | WBX/ORG | Tom Baker/PERSON | WBX/ORG",
            ),
            // A publication's noun before a name, even one that opens on
            // a given name.
            (
                "The daily Le Monde said on Monday that prices rose .",
                "Le Monde/ORG",
            ),
            // A city that is no census first name, before a surname.
            (
                "Mexico 's Zacatecas Ortiz scored twice .",
                "Mexico/PLACE | Zacatecas Ortiz/PERSON",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// The organisation rules of issue 14 (clubs in results lines, legal
    /// forms, acronyms defined in the text, context words), each on
    /// sentences written for the test.
    #[test]
    fn organisations() {
        let cases: &[(&str, &str)] = &[
            // A legal form is never a person's name, a firm's first word
            // read as a title or not; banks in other languages.
            (
                "Halvern General Corp president Ann Holt said sales fell.",
                "Halvern General Corp/ORG | Ann Holt/PERSON@president",
            ),
            (
                "Marlow Securities Singapore Pte Ltd and Banco Tervano said.",
                "Marlow Securities Singapore Pte Ltd/ORG | Banco Tervano/ORG",
            ),
            // A university named after a place is no place, even where
            // the places list holds its campus.
            (
                "Researchers at the University of Texas at Austin found it.",
                "University of Texas/ORG | Austin/PLACE",
            ),
            // A body's "Office" opens a name with "of"; a watchdog's
            // "Watch" closes one.
            (
                "She said Office of Rail Statistics data are sound and groups like Fenland Watch disagree.",
                "Office of Rail Statistics/ORG | Fenland Watch/ORG",
            ),
            // Score lines, fixtures and a role after the name: clubs in full.
            (
                "SOCCER - LEAGUE RESULTS\nThe league season opened with a goal feast in the cup.\nHarrow Vale 3 Lowmoor Rovers 1\nPostponed : Leeds v Bristol City\nLowmoor Rovers striker Tom Hale was angry after the match.",
                "Harrow Vale/ORG | Lowmoor Rovers/ORG | Leeds/ORG | Bristol City/ORG | Lowmoor Rovers/ORG | Tom Hale/PERSON@Lowmoor Rovers striker#Lowmoor Rovers",
            ),
            // A cricket scores line; a player's role after the club.
            (
                "CRICKET - COUNTY MATCH\nWestshire all-rounder Tom Penn took five wickets as the match and the season went on in the championship.\nKingsfield : Westshire 210 and 187 , Eastshire 99 and 42-2 .",
                "Westshire/ORG | Tom Penn/PERSON@Westshire all-rounder | Westshire/ORG | Eastshire/ORG",
            ),
            // "played for X", "X 's <player>".
            (
                "SOCCER - DUNMORE SIGN STRIKER\nThe striker , who played for Dunmore last season , scored a goal in the cup match . Harrowby 's Jan Kowalczyk was coach .",
                "DUNMORE/ORG | Dunmore/ORG | Harrowby/ORG | Jan Kowalczyk/PERSON",
            ),
            // Standings rows are clubs; a venue after "AT" and a dateline
            // stay places.
            (
                "BASEBALL - STANDINGS\nLEEDS 74 56 .569 -\nBRISTOL 70 60 .538 4\nThe league season and the match go on .\nLEEDS AT BRISTOL\nLEEDS 1997-05-02",
                "LEEDS/ORG | BRISTOL/ORG | LEEDS/ORG | BRISTOL/PLACE=Bristol | LEEDS/PLACE=Leeds",
            ),
            // A team after a rider's country.
            (
                "CYCLING - TOUR RESULTS\nResults of the race , a cycling classic with laps and qualifying :\n1. Olaf Brandt ( Germany ) Velotek 4 hours 48 mins\n2. Lars Moe ( Norway ) , Brant Ford , 54.483",
                "Olaf Brandt/PERSON | Germany/PLACE | Velotek/ORG | Lars Moe/PERSON | Norway/PLACE | Brant Ford/ORG",
            ),
            // Legal forms keep their words and their dot.
            (
                "Analysts at First Velton Corp. said Ocean Mate Corp would gain.",
                "First Velton Corp./ORG=First Velton Corp | Ocean Mate Corp/ORG",
            ),
            // A possessive inside a firm's name, and the firm alone.
            (
                "The sale of Harlan 's Bancshares Inc. went ahead , and Harlan 's shares rose .",
                "Harlan 's Bancshares Inc./ORG=Harlan 's Bancshares Inc | Harlan 's/ORG=Harlan",
            ),
            // A place before an organisation's name is part of it.
            (
                "U.S. Agriculture Department officials said prices would fall.",
                "U.S. Agriculture Department/ORG",
            ),
            // Organisations named before a title.
            (
                "Chilean Rowing Federation President Ana Ruiz said the race would go ahead.",
                "Chilean/PLACE=Chile | Rowing Federation/ORG | Ana Ruiz/PERSON@Chilean Rowing Federation President#Rowing Federation",
            ),
            (
                "Velcom CEO Mark Dunn said profits rose.",
                "Velcom/ORG | Mark Dunn/PERSON@Velcom CEO#Velcom",
            ),
            // Acronyms defined in the text, either way round.
            (
                "The Union of Coastal Fishing Cooperatives ( UCFC ) said prices fell , and UCFC members protested .",
                "Union of Coastal Fishing Cooperatives/ORG | UCFC/ORG | UCFC/ORG",
            ),
            (
                "Protesters backed the LFP ( Lakeland Farmers Party ) on Sunday .",
                "LFP/ORG | Lakeland Farmers Party/ORG",
            ),
            // Media nouns, and one reading for a name across the article;
            // a given name stays a person.
            (
                "The story appeared in the weekly Der Abend on Monday . Its editor told Der Abend nothing .",
                "Der Abend/ORG | Der Abend/ORG",
            ),
            (
                "The news was welcomed by publisher Rupert Murdoch on Monday .",
                "Rupert Murdoch/PERSON",
            ),
            // Abbreviations that are no organisation; a stock index.
            ("By 1400 GMT the GDP figures and the CEO were known .", ""),
            ("The Dow Jones industrial average rose 20 points .", ""),
            // A wire desk's sign-off.
            (
                "Prices rose on Monday.\n-- Lagos Newsroom +234 1 555 0101",
                "Lagos Newsroom/ORG",
            ),
            // "said in a statement"; a head word opening a sentence; a
            // club prefix.
            ("Tovana said in a statement that sales fell.", "Tovana/ORG"),
            // Where someone of a trade works; an acronym that is also a
            // word, by the words around it.
            (
                "Prices will fall, said analyst Jo Pell at Varnbrook .",
                "Jo Pell/PERSON@analyst | Varnbrook/ORG",
            ),
            ("Traders at Kelmor Hask were wary .", "Kelmor Hask/ORG"),
            ("She arrived at Varnbrook on Monday .", ""),
            (
                "The vote was close , PAP news agency said .",
                "PAP/ORG",
            ),
            // A dateline names a place, however upper-case.
            (
                "ZORVIK 1997-05-02\nAnalysts said Tovana shares rose .",
                "ZORVIK/PLACE | Tovana/ORG",
            ),
            (
                "Radio Mirador quoted police as saying two people died.",
                "Radio Mirador/ORG",
            ),
            ("SC Kaltdorf beat the visitors in the cup.", "SC Kaltdorf/ORG"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Organisations as news it has never seen writes them (issue 12,
    /// eighth pass), each on sentences written for the test.
    #[test]
    fn sides_and_bodies_in_unseen_news() {
        let cases: &[(&str, &str)] = &[
            // Cycling results read as sport: the team after a rider's
            // country.
            (
                "CYCLING - TOUR OF ZELAND RESULTS .\nLeading results of the final stage on Saturday :\n1. Tom Vale ( Norway ) Velotek 4 hours 2 mins\n2. Ann Holt ( Denmark ) Brantex 5 seconds behind\nOverall placings after six stages :",
                "Tom Vale/PERSON | Norway/PLACE | Velotek/ORG | Ann Holt/PERSON | Denmark/PLACE | Brantex/ORG",
            ),
            // A county as the subject of a side's verb, after "rivals",
            // joined by "and"; the venue stays a place.
            (
                "CRICKET - COUNTY ROUND-UP .\nEssex need another 148 runs with five wickets in hand in the championship , while Kent and Derbyshire face a tense finish against title rivals Worcestershire .\nThe match at Chelmsford ends on Monday .",
                "Essex/ORG | Kent/ORG | Derbyshire/ORG | Worcestershire/ORG | Chelmsford/PLACE",
            ),
            (
                "CRICKET - COUNTY ROUND-UP .\nHampshire , who thrashed Leeds by an innings in the championship , and nine-wicket winners over Shropshire rest on Monday after the match .",
                "Hampshire/ORG | Leeds/PLACE | Shropshire/ORG",
            ),
            // A common word opening a sentence, or a player's unknown
            // surname, is no side; a title won is no body's.
            (
                "SOCCER - ROUND-UP .\nThe league match was played on Friday in the cup .\nVarko and Tomez scored twice , and Olympic champion Ann Holt watched .",
                "Ann Holt/PERSON@Olympic champion",
            ),
            (
                "TENNIS - ROUND-UP .\nTom Vale beat Ann Holt 6-3 6-4 in the tournament after the match was played on Friday .\nIt was hard .\nBalls were going fast .",
                "Tom Vale/PERSON | Ann Holt/PERSON",
            ),
            // A player named in full after "against" or "beat" stays a
            // person, though the census lists miss the given name.
            (
                "TENNIS - ROUND-UP .\nThe tournament match was played on Friday in the cup .\nTom Vale will play against Zorvan Kettle and Ann Holt beat Irvo Marsk 6-3 .",
                "Tom Vale/PERSON | Zorvan Kettle/PERSON | Ann Holt/PERSON | Irvo Marsk/PERSON",
            ),
            // Honours, scans and contractions name no body.
            (
                "SOCCER - ROUND-UP .\nThe league match was played on Friday in the cup .\n\" I'm looking forward to it , \" he said after an MRI scan .\nI've become an MBE and a PE teacher .",
                "",
            ),
            // A name joined by "and" opens or closes a body's name; two
            // firms named apart stay apart.
            (
                "The Securities and Exchange Commission and the Food and Drug Administration met the Department of Trade and Industry .",
                "Securities and Exchange Commission/ORG | Food and Drug Administration/ORG | Department of Trade and Industry/ORG",
            ),
            // A place or a nation and common words before "and" open
            // the name ("U.S. Securities" is no body of its own); two
            // bodies with their own heads, places or names stay apart.
            (
                "The U.S. Securities and Exchange Commission sued Dayton Gas and Electric Co .",
                "U.S. Securities and Exchange Commission/ORG | Dayton Gas and Electric Co/ORG",
            ),
            (
                "Ohio Crane Bank and Bank of Ohio met . British Gas and British Telecom met . American Freight and Marlow's Fund met .",
                "Ohio Crane Bank/ORG | Bank of Ohio/ORG | British Gas/ORG | British Telecom/ORG | American/PLACE=United States | Marlow's Fund/ORG",
            ),
            // After "of" or "for", common words listed with commas and
            // "and" close the name, and after a department's head two
            // words that are no body of their own.
            (
                "The Department of Health and Human Services and the Bureau of Alcohol, Tobacco, Firearms and Explosives met the Ministry of Defence and Foreign Office .",
                "Department of Health and Human Services/ORG | Bureau of Alcohol, Tobacco, Firearms and Explosives/ORG | Ministry of Defence/ORG | Foreign Office/ORG",
            ),
            // Two words close the name on a field of study, and after
            // "X of Y" one common word held "for" does; the British
            // "Co-operation" is a word of a name.
            (
                "The Centre for Economics and Business Research , the Court of Arbitration for Sport and the Gulf Co-operation Council met the Ministry of Energy and Foreign Trade .",
                "Centre for Economics and Business Research/ORG | Court of Arbitration for Sport/ORG | Gulf Co-operation Council/ORG | Ministry of Energy and Foreign Trade/ORG",
            ),
            (
                "The Institute of Bankers and Trade Unions met the Bank of Varnland for Sterling Accounts .",
                "Institute of Bankers/ORG | Bank of Varnland/ORG",
            ),
            // A firm's unit after its legal form and possessive is a
            // firm of its own; a grade's code opens no name; a firm's
            // plural closes a firm's name, and the last of a list of
            // one-word names stays apart.
            (
                "Moody 's rated the notes of Varn Air Corp 's Eastern Varn Lines Inc and raised to B-1 from B-2 Telvia Pacific Corp 's debt .",
                "Varn Air Corp/ORG | Eastern Varn Lines Inc/ORG | Telvia Pacific Corp/ORG",
            ),
            (
                "Paramount , Universal and Warner Brothers said so , and the Children , Youth and Families Department agreed .",
                "Warner Brothers/ORG | Youth and Families Department/ORG",
            ),
            // A label of a word and a bare letter is no person; a
            // currency after "H.K." is Hong Kong's; a legal form alone
            // after a place in brackets makes the name before a firm's.
            (
                "Tranche A matures in 1993 . Turnover was 657 mln H.K. Dlrs . Hoare Govett ( Far East ) Ltd led the issue .",
                "H.K./PLACE=Hong Kong | Hoare Govett/ORG | Far East/PLACE",
            ),
            // A team sheet: in a list of names half of which are
            // people, the rest are people too; a French club's word.
            (
                "The coach named his side for the match on Saturday , the third of the season in the league .\nIreland : Murphy , Dempsey , Horgan , Hickie , O'Gara , Byrne , Hayes , O'Kelly , Foley .\nBrennan played at Stade Varnoise .",
                "Ireland/PLACE | Murphy/PERSON | Dempsey/PERSON | Horgan/PERSON | Hickie/PERSON | O'Gara/PERSON | Byrne/PERSON | Hayes/PERSON | O'Kelly/PERSON | Foley/PERSON | Brennan/PERSON | Stade Varnoise/ORG",
            ),
            // A town in brackets after a player named in full is the
            // player's club; a nation there is the player's country.
            (
                "SOCCER - LEADING GOALSCORERS .\nLeading goalscorers in the league after the matches on Saturday :\n7 - Tom Vale ( Newcastle ) , Ann Holt ( Middlesbrough )\n5 - Zorvan Kettle ( Australia )",
                "Tom Vale/PERSON | Newcastle/ORG | Ann Holt/PERSON | Middlesbrough/ORG | Zorvan Kettle/PERSON | Australia/PLACE",
            ),
            // A cricket scorecard: the fielder after "c", the bowler
            // after "b", and a bowling line's names are players, though
            // a town's name ("Cork").
            (
                "CRICKET - SCOREBOARD .\nScoreboard on the first day of the test match :\nTom Vale c Thorpe b Cork 176\nZorvan Kettle not out 35\nExtras ( lb-4 ) 4\nBowling : Cork 14-2-55-1 , Ann Holt 12-1-41-0",
                "Tom Vale/PERSON | Thorpe/PERSON | Cork/PERSON | Zorvan Kettle/PERSON | Cork/PERSON | Ann Holt/PERSON",
            ),
            // In a sports report a town and a capitalised plural are a
            // team; a people's plural after a place, or a town's
            // firefighters, are no team.
            (
                "ICE HOCKEY - RESULTS .\nResults of the league games on Thursday :\nThe Hartford Whalers beat the Toronto Maple Leafs 4-2 in the match , and Kosovo Albanians and Allentown Firefighters watched .",
                "Hartford Whalers/ORG | Toronto Maple Leafs/ORG | Kosovo/PLACE | Albanians/PLACE=Albania | Allentown/PLACE",
            ),
            // A race's results row: the word after a driver's nation
            // in brackets, before the time, is the team.
            (
                "MOTOR RACING - ITALIAN GRAND PRIX RESULTS .\nResults of the Grand Prix on Sunday :\n1. Tom Vale ( Germany ) Ferrari 1:17:43.632\n2. Zorvan Kettle ( France ) Benetton 18.265 seconds behind",
                "ITALIAN/PLACE=Italy | Tom Vale/PERSON | Germany/PLACE | Ferrari/ORG | Zorvan Kettle/PERSON | France/PLACE | Benetton/ORG",
            ),
            // A saint's town written without the dot, in capitals too.
            (
                "BASEBALL - RESULTS .\nCOLORADO AT ST LOUIS\nThey flew to St Louis on Monday .",
                "COLORADO/PLACE=Colorado | ST LOUIS/PLACE=St. Louis | St Louis/PLACE=St. Louis",
            ),
            // A match summary's scorers in brackets after a score.
            (
                "SOCCER - DUTCH LEAGUE SUMMARIES .\nSummaries of the league matches played on Thursday :\nFeyenoord 3 ( Regi Blinker 5 , Zorvan Kettle 40 , Blinker 88 penalty ) Twente 0 . Halftime 2-0 . Attendance 42,000",
                "DUTCH/PLACE=The Netherlands | Feyenoord/ORG | Regi Blinker/PERSON | Zorvan Kettle/PERSON | Blinker/PERSON | Twente/ORG",
            ),
            // A league table's division named by a region is no place;
            // a body's division "of" something keeps its state.
            (
                "BASKETBALL - STANDINGS .\nStandings of the league teams after games played on Thursday :\nATLANTIC DIVISION\nMIAMI 14 4 .778 -\nThe Pacific Division leaders won the match , the Iowa Division of Criminal Investigation said .",
                "MIAMI/ORG | Iowa/PLACE",
            ),
            // Large firms the lexicon lists, named with no cue.
            (
                "The daily said Elf Aquitaine will sell its stake to Rhone-Poulenc and Cable and Wireless .",
                "Elf Aquitaine/ORG | Rhone-Poulenc/ORG | Cable and Wireless/ORG",
            ),
            // Under-secretaries are titles; "Mideast" is a region.
            (
                "Agriculture Under-Secretary Ann Holt said Mideast output rose .",
                "Ann Holt/PERSON@Under-Secretary | Mideast/PLACE=Middle East",
            ),
            // A lone word a title holds "for" is its portfolio, not a
            // person.
            (
                "The Secretary of State for Defence and the Secretary of State for Education Ann Holt met .",
                "Ann Holt/PERSON@Secretary of State for Education",
            ),
            (
                "The notes were sold by Tom Varne and Co Inc , and Velcorp and Acme Holdings Inc said nothing .",
                "Tom Varne and Co Inc/ORG | Velcorp/ORG | Acme Holdings Inc/ORG",
            ),
            // An unknown one-word name after a kind of firm, or with a
            // chief executive, is a firm, and so are its other mentions;
            // a place before a word of a firm's name opens the name.
            (
                "Internet service provider Velnora has launched a phone service . Velnora 's chief executive told the BBC that Velnora users call free .",
                "Velnora/ORG | Velnora/ORG | BBC/ORG | Velnora/ORG",
            ),
            (
                "The head of chip maker Texas Instruments spoke .",
                "Texas Instruments/ORG",
            ),
            // A firm named with initials and a legal form is one name,
            // not a person and a firm over the same words; nor is the
            // same name given twice.
            (
                "The shares were placed by D.F. Varne and Co Inc and S.G. Holcombe and Co Ltd .",
                "D.F. Varne and Co Inc/ORG | S.G. Holcombe and Co Ltd/ORG",
            ),
            // A body whose name begins inside a place's opens on the
            // place.
            (
                "North Carolina Federal Savings and Loan Association raised its prime rate .",
                "North Carolina Federal Savings and Loan Association/ORG",
            ),
            (
                "SOCCER - ROUND-UP .\nThe league match was played on Friday in the cup .\nLeeds beat Arsenal 2-1 .\nFans missed the Arsenal and Manchester United game .",
                "Leeds/ORG | Arsenal/ORG | Arsenal/ORG | Manchester United/ORG",
            ),
            // A given name and a surname that end in a place word right
            // after "in" are a place, unless the person is named so
            // elsewhere.
            (
                "Two teens were shot while waiting for a bus in Temple Hills . He met Tom Hills in Boston .",
                "Temple Hills/PLACE | Tom Hills/PERSON | Boston/PLACE",
            ),
            // A place's name opening a sentence keeps its common first
            // word when its last word closes a place's name.
            (
                "Cook County medical examiners identified the man . Long Beach police said .",
                "Cook County/PLACE | Long Beach/PLACE",
            ),
            // A credit rating's grade is no body.
            (
                "S and P affirmed the AA ratings on the senior debt of Acme Corp and cut its notes to BB-plus from BB .",
                "Acme Corp/ORG",
            ),
            // An upper-case word spelled out in lower-case words
            // abbreviates a common noun, at each mention.
            (
                "The VJ (video jockey) left Acme Corp . The VJ came back . Growth in gross domestic product (GDP) slowed at the WTO (World Trade Organisation) .",
                "Acme Corp/ORG | WTO/ORG=World Trade Organization | World Trade Organisation/ORG",
            ),
            // A town's name after a kind only a firm is names the firm,
            // at each mention; a country after "giant" stays one.
            (
                "The US agrochemical giant Monsanto agreed to pay . Monsanto admitted it . The Asian giant China grew .",
                "US/PLACE=United States | Monsanto/ORG | Monsanto/ORG | Asian/PLACE=Asia | China/PLACE",
            ),
            // A surname the document gives a courtesy title is a person's
            // at its lone mentions, common word or not.
            (
                "Blair and Brown are like kids . Mr Brown said so .",
                "Blair/PERSON | Brown/PERSON | Brown/PERSON",
            ),
            // A place's kind names two unknown words, the second town of
            // a plural kind, a village or a camp after its name, and the
            // town at its other lone mentions.
            (
                "He lives in the village of Kfar Kila . They came to the mining towns of Barentsburg and Pyramiden . Ali Ahmed from Qalandia refugee camp said . Troops shelled the city of Arbil . Arbil lies within the haven .",
                "Kfar Kila/PLACE | Barentsburg/PLACE | Pyramiden/PLACE | Ali Ahmed/PERSON | Qalandia/PLACE | Arbil/PLACE | Arbil/PLACE",
            ),
            // A plural possessive written apart in tokenised text, inside
            // a body's name.
            (
                "In other news , the Toronto Bond Traders ' Association said so .",
                "Toronto Bond Traders ' Association/ORG",
            ),
            // A title after a kind of work with a modifier of its own.
            (
                "Keanu Reeves ' supernatural thriller Constantine dropped a place . There is no single EU customs body .",
                "Keanu Reeves/PERSON | EU/ORG=European Union",
            ),
            // After an article or a possessive word, a title standing
            // alone; not the name of the one who made it.
            (
                "He spent a fortune on his album Velvet Morning . It was the film Tom Vale directed . Their first single Orla Grey , out in May , sold well .",
                "Tom Vale/PERSON",
            ),
            (
                "Talks on a single XBE\nstructure went on . The XBE agreed .",
                "XBE/ORG | XBE/ORG",
            ),
            // Two words after "at" opening on a word of the language and
            // no given name are a place.
            (
                "Pakistan lost to England at Old Trafford on Thursday .",
                "Pakistan/PLACE | England/PLACE | Old Trafford/PLACE",
            ),
            // A trade's plural closes a body's name, not a place's and
            // the trade's alone.
            (
                "A report from the Chicago Purchasing Managers showed growth . Computers made by U.S. Manufacturers are used .",
                "Chicago Purchasing Managers/ORG | U.S./PLACE=United States",
            ),
            // A town's name with an age in apposition is a surname.
            (
                "The victim , Jackson , 19 , died . It struck Antofagasta , 1,000 km north of Santiago .",
                "Jackson/PERSON | Antofagasta/PLACE | Santiago/PLACE",
            ),
            // A lone name before a noun of awards names the award.
            (
                "Her role led to an Oscar nomination and a Tony award , Jane Smith said .",
                "Jane Smith/PERSON",
            ),
            // A newspaper's name closed by a compound.
            (
                "He told The Atlanta Journal-Constitution on Monday , the Minneapolis Star-Tribune said .",
                "Atlanta Journal-Constitution/ORG | Minneapolis Star-Tribune/ORG",
            ),
            // After "the", a name before a business's noun is the
            // business's.
            (
                "He was shot outside the Blue Moon bar and died at the Gold Fish restaurant .",
                "Blue Moon/ORG | Gold Fish/ORG",
            ),
            // A compass point and a continent's adjective are one region.
            (
                "Profits were restrained in North American electronics and by West African demand .",
                "North American/PLACE=North America | West African/PLACE=West Africa",
            ),
            // A name in the possessive before "County" is the county's.
            (
                "Two teens were shot at a Metro station in Prince George's County on Saturday .",
                "Prince George's County/PLACE",
            ),
            // A player's move, loan or transfer to a club.
            (
                "SOCCER - TRANSFER NEWS .\nThe league match was played on Friday in the cup .\nThe striker rejected a move to Birmingham and a loan to Leeds .",
                "Birmingham/ORG | Leeds/ORG",
            ),
            // The wires' earnings tables: "Shr" is a share.
            ("Shr profit 15 cts vs profit four cts", ""),
            // A stock's symbol names no firm; trade terms name nothing.
            (
                "Velcorp Inc <VLCP> said sales rose . It trades under the symbol VLCX .\nOats sold at 90 dlrs FOB .",
                "Velcorp Inc/ORG",
            ),
            // Formats and faiths name no body, nor alone the body named
            // after them; an awards ceremony is an event.
            (
                "The Muslim Council said the Muslim group would stream MP3 files over P2P at the Academy Awards .",
                "Muslim Council/ORG",
            ),
            // US states as the wires abbreviate them with dots.
            (
                "The plant in Rochester , N.Y. , closed .",
                "Rochester/PLACE | N.Y./PLACE=New York",
            ),
            // "Greek" is a demonym (the lexicon had it glued to its plural).
            ("The Greek sprinter was banned .", "Greek/PLACE=Greece"),
            // A result in prose with its score, or by whom a side was
            // beaten.
            (
                "CRICKET - ROUND-UP .\nThe championship match was played on Friday .\nThey lost 2-0 to Hampshire and were beaten by Shropshire in the final .",
                "Hampshire/ORG | Shropshire/ORG",
            ),
            // Outside sport a county is a place.
            ("Floods hit Derbyshire and Worcestershire .", "Derbyshire/PLACE=United Kingdom | Worcestershire/PLACE=United Kingdom"),
            // A league in a sports report is the competition.
            (
                "BASEBALL - MAJOR LEAGUE STANDINGS .\nMajor League Baseball standings after games played on Sunday :\nAMERICAN LEAGUE\nEASTERN DIVISION\nNEW YORK 74 56 .569 -\nBALTIMORE 70 60 .538 4",
                "NEW YORK/ORG | BALTIMORE/ORG",
            ),
            ("The Arab League met in Cairo .", "Arab League/ORG | Cairo/PLACE"),
            // A body or a sponsor before an event's word names the event,
            // and so does a name ending on one.
            (
                "TENNIS - DRAW FOR FED CUP .\nThe FA Cup and the Norwich Union Grand Prix pleased the FA and Nato .",
                "FA/ORG | Nato/ORG=North Atlantic Treaty Organization",
            ),
            // National sides by their nicknames, also in a headline and
            // before a role.
            (
                "RUGBY UNION - SPRINGBOKS END ALL BLACK RUN .\nThe Springboks beat the All Blacks 32-22 , and All Black captain Sean Fitz was angry .",
                "SPRINGBOKS/ORG=Springboks | ALL BLACK/ORG=All Black | Springboks/ORG | All Blacks/ORG | All Black/ORG | Sean Fitz/PERSON@All Black captain#All Black",
            ),
            // A demonym opens a known body's name when more words follow
            // it; not a one-word name, nor a ministry before a title.
            (
                "A spokesman of the Iraqi National Congress said so . The German Bundesbank held rates .",
                "Iraqi National Congress/ORG | German/PLACE=Germany | Bundesbank/ORG",
            ),
            (
                "North Korean Red Cross president Li Song-ho wrote .",
                "North Korean Red Cross/ORG | Li Song-ho/PERSON@North Korean Red Cross president#North Korean Red Cross",
            ),
            // A statistics office by its country; a bank named First and
            // its city or head word, not opening a sentence.
            (
                "Figures from Statistics Norway pleased First Chicago and First Bank .",
                "Statistics Norway/ORG | First Chicago/ORG | First Bank/ORG",
            ),
            ("First Chicago fell .", "Chicago/PLACE"),
            // A country code glued to a currency sign names neither.
            (
                "HK has a new airport . It cost HK$ 5 million and US$5 million .",
                "HK/PLACE=Hong Kong",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// People whose names are also towns (issue 12): after an honorific,
    /// after the full name, and as a given name or a surname.
    #[test]
    fn names_that_are_towns() {
        let cases: &[(&str, &str)] = &[
            // The states and provinces of large countries.
            (
                "Aid reached Tamil Nadu, Jiangsu and Khyber Pakhtunkhwa.",
                "Tamil Nadu/PLACE=India | Jiangsu/PLACE=China | Khyber Pakhtunkhwa/PLACE=Pakistan",
            ),
            // An honorific makes a person of a town's name.
            (
                "Ms Dunedin, a teacher, won the prize.",
                "Dunedin/PERSON",
            ),
            (
                "Dr Kettering examined the patient on Monday.",
                "Kettering/PERSON",
            ),
            // A town repeating the surname of a person named in full.
            (
                "Linda Albacete chaired the meeting. Albacete said the budget would pass.",
                "Linda Albacete/PERSON | Albacete/PERSON=Linda Albacete",
            ),
            ("Officials in Albacete said the road was closed.", "Albacete/PLACE"),
            // A given name that is a place before a surname that is a town.
            (
                "Austin Preston signed the contract on Friday.",
                "Austin Preston/PERSON",
            ),
            // A given name the census lists miss before a small town.
            (
                "Economist Haruki Tsuyama said growth slowed.",
                "Haruki Tsuyama/PERSON",
            ),
            // A small town as a given name before a surname no lexicon
            // knows.
            (
                "In the final Tarbes Okonkwo won easily.",
                "Tarbes Okonkwo/PERSON",
            ),
            // ... which in a sports report is a club.
            (
                "SOCCER - LEAGUE RESULTS .\nVeltrix Lorca beat Ardon Mataro 2-1 in the league on Saturday .",
                "Veltrix Lorca/ORG | Ardon Mataro/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Titles kept out of a name, things after a title, groups, table
    /// headers and legal forms with a slash (issue 12).
    #[test]
    fn titles_groups_tables_and_forms() {
        let cases: &[(&str, &str)] = &[
            // A member's title is a role, not the first word of the name.
            (
                "Green MP Tamsin Holloway voted against the budget.",
                "Tamsin Holloway/PERSON@MP",
            ),
            // A common or organisation word after a title names no one.
            ("Turnout in the General Election was low.", ""),
            (
                "Fans filled the ground for the Premier League opener.",
                "Premier League/ORG",
            ),
            // A group's letter closing the sentence keeps its dot.
            ("Portugal finished second in Group D.", "Portugal/PLACE"),
            // Letters of a table's header are no name.
            ("Pos Club P W D L GF GA Pts", ""),
            // Nor are a results line's wire words.
            ("Pretax profit 41.2 mln stg vs 38.9 mln", ""),
            // "A/S" and "S/A" are legal forms.
            (
                "Kvarstad Rederi A/S sold two tankers to Marinho Transportes S/A .",
                "Kvarstad Rederi A/S/ORG | Marinho Transportes S/A/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Upper-case headlines that name the story's person, and lenders
    /// named like people (issue 12).
    #[test]
    fn headlines_and_lenders() {
        let cases: &[(&str, &str)] = &[
            // A word of an event after the name does not hide it.
            (
                "OKORO TAKES HALF MARATHON\nDaniel Okoro won the race in a personal best .",
                "OKORO/PERSON=Daniel Okoro | Daniel Okoro/PERSON",
            ),
            // A headline's possessive, joined or written apart.
            (
                "GHANA'S OKORO FINISHES THIRD\nDaniel Okoro was pleased .",
                "GHANA/PLACE=Ghana | OKORO/PERSON=Daniel Okoro | Daniel Okoro/PERSON",
            ),
            (
                "GHANA 'S OKORO FINISHES THIRD\nDaniel Okoro was pleased .",
                "GHANA/PLACE=Ghana | OKORO/PERSON=Daniel Okoro | Daniel Okoro/PERSON",
            ),
            (
                "Loans sold to Freddie Mac and Ginnie Mae rose .",
                "Freddie Mac/ORG=Federal Home Loan Mortgage Corporation | Ginnie Mae/ORG=Government National Mortgage Association",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Firms named for their founders and by a one-word name (issue 12).
    #[test]
    fn firms_of_founders() {
        let cases: &[(&str, &str)] = &[
            // A founder's possessive before a word that ends a firm's
            // name, and the founder's name alone after it, also when the
            // name is a word.
            (
                "The brewer Baker's Group bid for the vineyard. Baker's said it would not raise the offer, and Baker's shares fell.",
                "Baker's Group/ORG | Baker's/ORG | Baker's/ORG",
            ),
            (
                "Investors sold Mercer's Stores after the report.",
                "Mercer's Stores/ORG",
            ),
            // Not a public body: a leader's government.
            ("Hallam's Government fell on Tuesday.", "Hallam/PERSON"),
            // "Shares of X" opening a sentence.
            (
                "Shares of Vantorix rose after Vantorix said revenue beat forecasts.",
                "Vantorix/ORG | Vantorix/ORG",
            ),
            // Two founders joined by "and" before the legal form: the
            // pair without it, and the first alone, are the firm (not a
            // first name the text gives a person in full, nor the middle
            // of a longer name).
            (
                "Hughes and Barlow Inc said Vulcan Corp bid for it.\n    Hughes and Barlow rejected the bid. Hughes said it would stay independent.",
                "Hughes and Barlow Inc/ORG | Vulcan Corp/ORG | Hughes and Barlow/ORG | Hughes/ORG",
            ),
            (
                "William Harrop of Harrop and Vail Inc said rates would rise.\n    Harrop said bonds would fall.",
                "William Harrop/PERSON | Harrop and Vail Inc/ORG | Harrop/PERSON=William Harrop",
            ),
            // A firm named after its founder in full, with its legal
            // form: the surname alone is the firm, unless a person of
            // that surname is named in full.
            (
                "J.R. Tarbell Co Inc bought a mill. Tarbell said it would pay cash.",
                "J.R. Tarbell Co Inc/ORG | Tarbell/ORG",
            ),
            (
                "Hollis Tarbell Corp said sales rose. Tarbell posted a gain.",
                "Hollis Tarbell Corp/ORG | Tarbell/ORG",
            ),
            (
                "Ann Tarbell, who founded Hollis Tarbell Corp, said Tarbell would grow.",
                "Ann Tarbell/PERSON | Hollis Tarbell Corp/ORG | Tarbell/PERSON=Ann Tarbell",
            ),
            (
                "Kansas Land and Cattle Co said it bought Texon Oil Co.\n    The debentures of Kansas Land, KLC, will be listed.",
                "Kansas Land and Cattle Co/ORG | Texon Oil Co./ORG=Texon Oil Co | Kansas/PLACE | KLC/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Words that open continental firms' names, the name after them
    /// alone, and one word a spokesman speaks for (issue 12).
    #[test]
    fn continental_firms_and_spokesmen() {
        let cases: &[(&str, &str)] = &[
            (
                "Deutsche Kornbank and Grupo Veltran rose. Italy's Gruppo Vantelli bid, and Vantelli said it would pay cash.",
                "Deutsche Kornbank/ORG | Grupo Veltran/ORG | Italy/PLACE | Gruppo Vantelli/ORG | Vantelli/ORG",
            ),
            // Not a place after the opener, nor a word.
            (
                "Real Madrid won. Fans in Madrid cheered as Deutsche Bank rose.",
                "Real Madrid/ORG | Madrid/PLACE | Deutsche Bank/ORG",
            ),
            (
                "A Torvex spokesman said the plan would fail. A Blair spokesman said no.",
                "Torvex/ORG | Blair/PERSON",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A match summary: the scorers in brackets are people, the sides
    /// before a closing "Attendance :" clubs (issue 12).
    #[test]
    fn match_summaries() {
        let cases: &[(&str, &str)] = &[(
            "SOCCER - LEAGUE SUMMARIES .\nSummaries of the league matches played on Saturday :\nKorvan 2 ( Aalders 12 , Ferri 80 ) Veltrix 1 ( Bellini 45 ) . Attendance : 20,000 .",
            "Korvan/ORG | Aalders/PERSON | Ferri/PERSON | Veltrix/ORG | Bellini/PERSON",
        )];
        crate::extract::check_cases(cases, show);
    }

    /// A town that opens a firm's name given with its legal form is the
    /// firm where it speaks alone, and only there; a colliery or a
    /// refinery is a body's name, no person's; exchanges by their short
    /// names; a region of England is a place (issue 12).
    #[test]
    fn towns_that_name_firms_and_works() {
        let cases: &[(&str, &str)] = &[
            (
                "Santos Ltd said reserves rose. Santos said the upgrade followed a review. Santos is a port.",
                "Santos Ltd/ORG | Santos/ORG | Santos/PLACE",
            ),
            (
                "Workers at the Kloof Colliery and the Sasol Refinery struck.",
                "Kloof Colliery/ORG | Sasol Refinery/ORG",
            ),
            (
                "The stock now trades on the Amex, while Comex gold rose.",
                "Amex/ORG | Comex/ORG=Commodity Exchange",
            ),
            (
                "The East Midlands MEP, who quit the party, spoke.",
                "East Midlands/PLACE",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Capitalised words that an organisation's acronym spells are that
    /// body when their last word closes bodies' names, not a term nor a
    /// title; a crew is a gang (issue 12).
    #[test]
    fn acronyms_spelt_and_crews() {
        let cases: &[(&str, &str)] = &[
            (
                "The Marlow Phonographic Industry has found a gap, said MPI chief Ann Holt.",
                "Marlow Phonographic Industry/ORG | MPI/ORG | Ann Holt/PERSON@MPI chief#MPI",
            ),
            (
                "The Special Drawing Rights basket changed, the SDR desk of the IMF said.",
                "SDR/ORG | IMF/ORG=International Monetary Fund",
            ),
            (
                "Both are members of the Oww Oww Crew, police said.",
                "Oww Oww Crew/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A firm's first word that is a common word, named again alone
    /// where the sentence reader left it ("Zenith's total debt" after
    /// "Zenith Electronics Corp"), as a subject at
    /// a sentence's start but not as a noun's adjective there; and a
    /// president named by his title stays a person beside his
    /// administration (issue 12).
    #[test]
    fn common_words_that_name_firms() {
        let cases: &[(&str, &str)] = &[
            (
                "Moody's cut the debt of Zenith Electronics Corp. Cut were Zenith's senior notes. Zenith said it would appeal.",
                "Moody's/ORG | Zenith Electronics Corp./ORG=Zenith Electronics Corp | Zenith/ORG | Zenith/ORG",
            ),
            (
                "Shares of Harvest Foods Inc rose. Harvest prices fell.",
                "Harvest Foods Inc/ORG",
            ),
            (
                "The plan went to the Reagan Administration. President Reagan spoke.",
                "Reagan Administration/ORG | Reagan/PERSON@President",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Firms named by a field and its kind ("Corvel Research",
    /// "Brandt Asset Management", "Keystone Realty Advisers"), not a
    /// place's firm of a field ("a U.S. Research firm") nor a place's
    /// advisers; a common word and its legal form after "and" or a
    /// line's wrap close the firm before it, so do a place and a legal
    /// form after "of" ("Halvern Motors of Canada Ltd"); an acronym
    /// spells a hyphened word by its parts (issue 12).
    #[test]
    fn firms_of_fields_and_their_tails() {
        let cases: &[(&str, &str)] = &[
            (
                "Ann Holt, an analyst at Brandt Asset Management, cited Corvel Research.",
                "Ann Holt/PERSON@analyst at Brandt Asset Management#Brandt Asset Management | Brandt Asset Management/ORG | Corvel Research/ORG",
            ),
            (
                "Its adviser, Keystone Realty Advisers, will lend money, U.S. Advisers said.",
                "Keystone Realty Advisers/ORG | U.S./PLACE=United States",
            ),
            (
                "A study by U.S. Research firm Dataquest Inc showed it.",
                "U.S./PLACE=United States | Dataquest Inc/ORG",
            ),
            (
                "Great Marlow Management and Investment Inc said its unit agreed.",
                "Great Marlow Management and Investment Inc/ORG",
            ),
            (
                "Advanced Corvel Management\nSoftware Inc said it renegotiated.",
                "Advanced Corvel Management\nSoftware Inc/ORG=Advanced Corvel Management Software Inc",
            ),
            (
                "Kodak and Fuji Photo Film Co agreed.",
                "Kodak/ORG | Fuji Photo Film Co/ORG",
            ),
            (
                "Shares of Halvern Motors of Canada Ltd rose.",
                "Halvern Motors of Canada Ltd/ORG",
            ),
            (
                "Shares of Trans-Marlow Mining Corp (TMMC) rose.",
                "Trans-Marlow Mining Corp/ORG | TMMC/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A common word in brackets after a capitalised word ("the Banking
    /// (Amendment) Act") is no player's club or nation: the word before
    /// it is no person; a club's name there still is (issue 12).
    #[test]
    fn bracketed_common_words() {
        let cases: &[(&str, &str)] = &[
            (
                "The central bank invoked the Banking (Amendment) Act to grant loans.",
                "",
            ),
            (
                "The squad: Vardane (Corvellia), Hartlow (Sweden).",
                "Vardane/PERSON | Hartlow/PERSON | Sweden/PLACE",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Two words read as a person's, the second a country and the first
    /// no given name, are a firm named for its nation; a surname's plural
    /// possessive before a word that may end a club's name is the
    /// person's ("Teachers' Association" is a body's) (issue 12).
    #[test]
    fn firms_named_for_their_nation() {
        let cases: &[(&str, &str)] = &[
            (
                "The deal lifted Telekom Austria's shares.",
                "Telekom Austria/ORG",
            ),
            ("Michael Jordan scored.", "Michael Jordan/PERSON"),
            (
                "Dana Rollins' Angels topped the chart.",
                "Dana Rollins/PERSON",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A team sheet's player and his substitute ("Hunt (Marsh 14)"), the
    /// last name before the next label ("Poole. Booked:") and the unused
    /// substitutes on a line of their own are players (issue 12).
    #[test]
    fn team_sheets_with_substitutes() {
        let head = "Korvan beat Veltrix 2-1 in the league match on Saturday. Striker Luca Bellini scored both goals, while Marco Ferri and Tom Okafor were booked.\nKorvan: Carr, Aalders, Bellini, Ferri, Hunt (Marsh 14), Speed, Gardner, Davies, Okafor, Dyer.";
        for sep in [" ", "\n"] {
            let text =
                format!("{head}{sep}Subs Not Used: Jarvo, Poole.{sep}Booked: Ferri, Okafor.");
            let got = show(&text);
            for player in [
                "Hunt/PERSON",
                "Marsh/PERSON",
                "Jarvo/PERSON",
                "Poole/PERSON",
            ] {
                assert!(got.contains(player), "{player} in {got}");
            }
        }
    }

    /// Festivals are no people; Spanish plural articles join a given
    /// name (issue 12).
    #[test]
    fn festivals_and_particles() {
        let cases: &[(&str, &str)] = &[
            ("Shops stayed shut through Eid al-Adha and Lent.", ""),
            ("Trading was thin before Yom Kippur.", ""),
            (
                "The mayor thanked Rosa de las Nieves Ortega for her work.",
                "Rosa de las Nieves Ortega/PERSON",
            ),
            // A surname named alone keeps both its particles.
            (
                "Maria van der Berg met him on Monday. Later, van der Berg spoke to reporters.",
                "Maria van der Berg/PERSON | van der Berg/PERSON=Maria van der Berg",
            ),
            // A middle name one person goes by, and a name's tail.
            (
                "Luiz Inacio Lula da Silva spoke. Later Lula left.",
                "Luiz Inacio Lula da Silva/PERSON | Lula/PERSON=Luiz Inacio Lula da Silva",
            ),
            (
                "Andres Manuel Lopez Obrador spoke, and Lopez Obrador left.",
                "Andres Manuel Lopez Obrador/PERSON | Lopez Obrador/PERSON=Andres Manuel Lopez Obrador",
            ),
            // A generational suffix ends a name: the surname before it.
            (
                "Joseph R. Biden Jr spoke. Later Biden left.",
                "Joseph R. Biden Jr/PERSON | Biden/PERSON=Joseph R. Biden Jr",
            ),
            // A surname named alone before a son's full name is another's.
            (
                "President Trump spoke. Donald Trump Jr left. Trump stayed.",
                "Trump/PERSON@President | Donald Trump Jr/PERSON | Trump/PERSON",
            ),
            // A father is not his son of the same name.
            (
                "Donald Trump Jr met Donald Trump.",
                "Donald Trump Jr/PERSON | Donald Trump/PERSON",
            ),
            (
                "Mark Jason Short Sr spoke. Mark Short Sr. left.",
                "Mark Jason Short Sr/PERSON | Mark Short Sr./PERSON=Mark Jason Short Sr",
            ),
            // Two people with that middle name: neither.
            (
                "Mary Grace Lee and John Grace Smith spoke. Grace left.",
                "Mary Grace Lee/PERSON | John Grace Smith/PERSON",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A defined acronym at every mention, a long form wrapped onto the
    /// line before, and saints' places (issue 12).
    #[test]
    fn acronyms_and_saints() {
        let cases: &[(&str, &str)] = &[
            // The acronym is also an economic term's, and still the body.
            (
                "The Pricing Policy Institute (PPI) issued a report. The PPI said costs rose, and PPI staff agreed.",
                "Pricing Policy Institute/ORG | PPI/ORG | PPI/ORG | PPI/ORG",
            ),
            (
                "The figures came from the Board of Rural\nInspectors (BRI) on Monday.",
                "Board of Rural\nInspectors/ORG=Board of Rural Inspectors | BRI/ORG",
            ),
            (
                "The tour ends in St Ives after a stage through St. Austell .",
                "St Ives/PLACE | St. Austell/PLACE",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A one-word name listed with an organisation is one (issue 12).
    #[test]
    fn listed_with_a_body() {
        let cases: &[(&str, &str)] = &[
            (
                "The move by Corvanta and the Transport Workers Union would help. Corvanta has 1.2 million members.",
                "Corvanta/ORG | Transport Workers Union/ORG | Corvanta/ORG",
            ),
            (
                "Shares in Velorix and Acme Corp rose.",
                "Velorix/ORG | Acme Corp/ORG",
            ),
            // A person's name stays a person's.
            ("Tom Smith and IBM signed.", "Tom Smith/PERSON | IBM/ORG"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Teams and firms before a person named in full, and clubs named for
    /// a sponsor (issue 12).
    #[test]
    fn teams_and_sponsors() {
        let cases: &[(&str, &str)] = &[
            (
                "Drivers praised the car , and Korvetti 's Tom Vale won the race .",
                "Korvetti/ORG | Tom Vale/PERSON",
            ),
            (
                "Analysts said Velorix's Ann Holt would leave. Velorix declined to comment.",
                "Velorix/ORG | Ann Holt/PERSON | Velorix/ORG",
            ),
            // Not a place's: "Britain's".
            (
                "Britain's Ann Holt won.",
                "Britain/PLACE=United Kingdom | Ann Holt/PERSON",
            ),
            (
                "SOCCER - LEAGUE .\nThe league match on Saturday : Bayer Lorca beat Ardon Mataro 2-0 and the striker scored both goals .",
                "Bayer Lorca/ORG | Ardon Mataro/ORG",
            ),
            // A place in a sports report is a club points behind, before
            // a player's position (a possessive one too), and after its
            // captain's "of".
            (
                "Arsenal beat Hull 2-0 in the Premiership on Saturday, with a goal from striker Tom Vale. The win took Arsenal five points behind Chelsea at the top of the league. The Leicester lock's final match is in June, and Ann Holt, captain of Lincoln, will coach the side.",
                "Arsenal/ORG | Hull/ORG | Tom Vale/PERSON@striker | Arsenal/ORG | Chelsea/ORG | Leicester/ORG | Ann Holt/PERSON@captain of Lincoln | Lincoln/ORG",
            ),
            // A city that hosts an event is the city, in a report of sport
            // too.
            (
                "Sydney will host a charity match in June, the rugby union said on Wednesday. The most likely venue is Sydney's Olympic Stadium. Canberra beat Brisbane 24-10 on Saturday, with two tries from winger Tom Vale, and coach Ann Holt said the Super 12 side will tour in June.",
                "Sydney/PLACE | Sydney/PLACE | Canberra/ORG | Brisbane/ORG | Tom Vale/PERSON@winger | Ann Holt/PERSON@coach",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A lone unknown name is a body's when its statement goes on with
    /// "it", a person's with "he" or "she" (issue 12).
    #[test]
    fn speakers_by_pronoun() {
        let cases: &[(&str, &str)] = &[
            (
                "On Friday Halvorix said it had agreed to buy the unit. Halvorix employs 900 people.",
                "Halvorix/ORG | Halvorix/ORG",
            ),
            ("On Friday Ouattaro said he would run again.", "Ouattaro/PERSON"),
            // A census surname speaking keeps its reading.
            ("On Friday Brown said it was unfair.", "Brown/PERSON"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A lone name that speaks of "its" own, or that people work at or
    /// hold shares of, is a body's even when it reads as a surname or a
    /// place; a place's firms and a word of a longer name are not
    /// (issue 12, sixteenth pass).
    #[test]
    fn firms_by_its_and_shares() {
        let cases: &[(&str, &str)] = &[
            (
                "On Monday Pemberton said its board approved a split.",
                "Pemberton/ORG",
            ),
            (
                "She works at McKinsey in London.",
                "McKinsey/ORG | London/PLACE",
            ),
            ("Shares of Monsanto rose on Friday.", "Monsanto/ORG"),
            ("Shares of Detroit automakers rose.", "Detroit/PLACE"),
            ("Shares in London fell on Friday.", "London/PLACE"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A sentence's first word that the document names alone as an
    /// organisation elsewhere is that organisation; an English word only
    /// before a body's verb (issue 12, sixteenth pass).
    #[test]
    fn opening_words_named_as_bodies() {
        let cases: &[(&str, &str)] = &[
            (
                "Breakwater will issue 3.7 mln shares. Shares of Breakwater rose.",
                "Breakwater/ORG | Breakwater/ORG",
            ),
            (
                "Bank lending rose in May, the Bank of England said. The Bank said it was watching.",
                "Bank of England/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// A firm named for two founders (issue 12).
    #[test]
    fn founders_pairs() {
        let cases: &[(&str, &str)] = &[
            (
                "Shares in Harrow and Bainbridge rose after Harrow and Bainbridge said sales grew.",
                "Harrow and Bainbridge/ORG | Harrow and Bainbridge/ORG",
            ),
            (
                "The retailer Pollard and Quayle said it would close stores.",
                "Pollard and Quayle/ORG",
            ),
            // Two people.
            ("Later Smith and Jones met the press.", "Jones/PERSON"),
        ];
        crate::extract::check_cases(cases, show);
    }

    /// Founders joined by commas, however many, with the third's legal
    /// form or "and Co" closing the firm, and the founders' names alone
    /// naming it again; not a list of firms the lexicons know, nor one
    /// whose last firm has words of its own (issue 12).
    #[test]
    fn founders_joined_by_commas() {
        let cases: &[(&str, &str)] = &[
            (
                "The sale is managed by Haskins, Pinchbeck and Co Inc. Haskins, Pinchbeck was granted an option.",
                "Haskins, Pinchbeck and Co Inc./ORG=Haskins, Pinchbeck and Co Inc | Haskins, Pinchbeck/ORG",
            ),
            (
                "The underwriters are Dorley, Haskell and Trimble Inc and Mossop,\nVance, Kettering and Co Ltd.",
                "Dorley, Haskell and Trimble Inc/ORG | Mossop,\nVance, Kettering and Co Ltd./ORG=Mossop, Vance, Kettering and Co Ltd",
            ),
            // A partner named by two surnames before the founders; not
            // a person named before his firm.
            (
                "The underwriters are Pinchbeck Barney, Haskell Upham and Co Inc and Mossop Inc.",
                "Pinchbeck Barney, Haskell Upham and Co Inc/ORG | Mossop Inc./ORG=Mossop Inc",
            ),
            (
                "The analyst is John Pinchbeck, Haskell Upham and Co Inc said.",
                "John Pinchbeck/PERSON | Haskell Upham and Co Inc/ORG",
            ),
            (
                "Shares of Sony, Microsoft and Nintendo Co Ltd fell.",
                "Sony/ORG | Microsoft/ORG | Nintendo Co Ltd/ORG",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }

    #[test]
    fn bodies_of_the_and_departments() {
        let cases: &[(&str, &str)] = &[
            // A body's "of the", "for the" or "on the" before a capital
            // goes on its name, and a second "of" after it.
            (
                "He banked at the Bank of the Marlow Valley.",
                "Bank of the Marlow Valley/ORG",
            ),
            (
                "A report by the Commission on the Status of Tenants said so.",
                "Commission on the Status of Tenants/ORG",
            ),
            (
                "The Institute for the Study of Harbours said so.",
                "Institute for the Study of Harbours/ORG",
            ),
            // Not after a title, and "on the" only after a body's word.
            (
                "The Governor of the Reserve Bank said rates would rise.",
                "Reserve Bank/ORG",
            ),
            (
                "Ships sailed the Aegean Sea on the Western Alliance's flank.",
                "Aegean Sea/PLACE | Western Alliance/ORG",
            ),
            // An irregular plural's possessive inside a body's name.
            (
                "The National People's Congress and the Women's Rowing Association met.",
                "National People's Congress/ORG | Women's Rowing Association/ORG",
            ),
            // A paper after "the", though its words are a given name
            // and a surname; a town's resident; a county's officer.
            (
                "The Marlow Banner reported the girl was shot.",
                "Marlow Banner/ORG",
            ),
            (
                "Duncan resident, Ann Holt, said so.",
                "Duncan/PLACE | Ann Holt/PERSON",
            ),
            (
                "Kessington resident Ann Holt said so.",
                "Kessington/PLACE | Ann Holt/PERSON@Kessington resident",
            ),
            (
                "The Ackers County Sheriff's Office is investigating.",
                "Ackers County Sheriff's Office/ORG",
            ),
            (
                "He called the Ackers County Coroner about it.",
                "Ackers County Coroner/ORG",
            ),
            // A firm introduced as one, and a film studio.
            (
                "The site used the services of a company called Zorvax. Zorvax declined to comment.",
                "Zorvax/ORG | Zorvax/ORG",
            ),
            ("Money came from Marlowe Films.", "Marlowe Films/ORG"),
            // A name that reports its results is a firm's.
            (
                "Quorvane posted quarterly net profit of $4 million.",
                "Quorvane/ORG",
            ),
            // A wire dateline's place, and the story's lone word of it;
            // a place by its kind's word before "of", whatever describes
            // it; a place east of, or outside, a name (not a longer
            // name's word: "Interstate 71").
            (
                "KESSARI , Tajikistan 1996-08-30\nTroops now hold the vital town of Vorlak . Kessari lies three km east of Belmora , just outside Tandrel .",
                "KESSARI/PLACE | Tajikistan/PLACE | Vorlak/PLACE | Kessari/PLACE | Belmora/PLACE | Tandrel/PLACE",
            ),
            (
                "It happened just east of Interstate 71 and outside Cloud 9.",
                "",
            ),
            // A place by its area's word after it.
            (
                "He was tried by a court in the Kessari area.",
                "Kessari/PLACE",
            ),
            // A state's postal code before an office, no name after it.
            (
                "SC Senator killed in church shooting; the NC Governor spoke.",
                "SC/PLACE=South Carolina | NC/PLACE=North Carolina",
            ),
            // A person's age and hometown.
            (
                "Tom Vale, 26, of Jennings, and Ann Holt, 31, of Kessaville, were hurt.",
                "Tom Vale/PERSON | Jennings/PLACE | Ann Holt/PERSON | Kessaville/PLACE",
            ),
            // A saint's or a fort's abbreviation, upper-case in a
            // dateline too; not a street's after its number.
            (
                "ST. LOUIS (KMOX) – A man was shot in Ft. Worth near Mt. Pleasant.",
                "ST. LOUIS/PLACE=St. Louis | KMOX/ORG | Ft. Worth/PLACE | Mt. Pleasant/PLACE",
            ),
            (
                "It happened at 1700 E. 18th St. Investigators say two groups fought.",
                "",
            ),
            // A member's title after a body's name is no part of it; a
            // firm's "General" is.
            (
                "A Harbour Independence Party MEP said so.",
                "Harbour Independence Party/ORG",
            ),
            (
                "Vantor General Inc's chairman said so.",
                "Vantor General Inc/ORG",
            ),
            // A department's common words belong to the title, not to
            // the person's name.
            (
                "Secretary of Agriculture Tom Vale said so.",
                "Tom Vale/PERSON@Secretary of Agriculture",
            ),
            (
                "Director of Public Credit Ann Holt said so.",
                "Ann Holt/PERSON@Director of Public Credit",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(show(text), *want, "{text}");
        }
        // A hard-wrapped firm's name: its short form is the firm, and the
        // country it ends on stays a place.
        let text = "Varnbrook Data Inc said it completed the purchase of Telvia\n\
            Canada from the government, and that the trustee, Dorian\n\
            Guaranty Trust Co of Boston, had approved the sale of the\n\
            unit. Dorian Guaranty said the sale had closed and that Telvia\n\
            would run Canada's overseas lines as Telvia Canada Inc.\n";
        let got = show(text);
        assert!(got.contains("Dorian\nGuaranty Trust Co/ORG"), "{got}");
        assert!(got.contains("Dorian Guaranty/ORG"), "{got}");
        assert!(got.contains("Canada/PLACE"), "{got}");
        assert!(!got.contains("PERSON"), "{got}");
        // A body's name "of" its field across a wire's line wrap.
        let text = "Department store sales in February rose 3.7 pct from a year\n\
            earlier to 1,080 billion yen, boosted by food sales, the Ministry of\n\
            International Trade and Industry said on Tuesday.\n";
        let got = show(text);
        assert!(
            got.contains("Ministry of\nInternational Trade and Industry/ORG"),
            "{got}"
        );
    }

    /// A mention absorbed into another's name ("Alibaba and Tencent
    /// shares", read as one firm named for its founders) leaves no row
    /// of its own with an empty span.
    #[test]
    fn no_entity_has_an_empty_span() {
        for text in [
            "Alibaba and Tencent shares fell in Hong Kong.",
            "Shares in Harrow and Bainbridge rose after Harrow and Bainbridge said it would grow.",
        ] {
            let got = find(text, &sentences::split(text));
            assert!(
                got.iter().all(|e| e.start < e.end && !e.surface.is_empty()),
                "{text}: {got:?}"
            );
        }
    }

    /// Names read in prose: a person's organisation after "of", a club
    /// or a firm before a role, an administration's person, a
    /// ministry's fields, a firm's national arm, places closed by a
    /// point of the compass, a body's head word, a station's number, a
    /// firm's first word as a speaker, the chambers named short and
    /// campaigning bodies (issue 12, tenth pass).
    #[test]
    fn names_in_prose() {
        let cases: &[(&str, &str)] = &[
            // Clubs the lexicon names, in prose: not a person, not a
            // place, not a common word; the city-named club joined to one
            // is a club too; a club named whole after "and" stands apart.
            (
                "Tom Vale joined Aston Villa from Everton on Monday.",
                "Tom Vale/PERSON | Aston Villa/ORG | Everton/ORG",
            ),
            (
                "Arsenal and Chelsea are seeded in the league cup draw after the football season opened.",
                "Arsenal/ORG | Chelsea/ORG",
            ),
            (
                "Ann Holt, who played for Lens and Paris St Germain, takes over.",
                "Ann Holt/PERSON | Paris St Germain/ORG=Paris Saint-Germain",
            ),
            ("Police seized an arsenal of weapons and spurs.", ""),
            // A given name no lexicon knows before a surname that is a
            // word, after a role; not a thing named so.
            (
                "Velcorp chief executive Zorvan Tusk said the plant would close.",
                "Velcorp/ORG | Zorvan Tusk/PERSON@Velcorp chief executive#Velcorp",
            ),
            ("Zorvan Games said it would appeal.", ""),
            ("The official Zorvan Review said so in an editorial.", ""),
            (
                "Among those charged are Tom Vale of Corvell Marine Supplies and Ann Holt of Ohio.",
                "Tom Vale/PERSON | Corvell Marine Supplies/ORG | Ann Holt/PERSON | Ohio/PLACE",
            ),
            (
                "Jo Roe, a former employee of General Mills, was fined.",
                "Jo Roe/PERSON | General Mills/ORG",
            ),
            // A town's sheriff's office is one organisation; the town a
            // police department is named for is a place alone.
            (
                "The Dunmore Sheriff’s Office said a man was shot.",
                "Dunmore Sheriff’s Office/ORG",
            ),
            (
                "A spokesman for the Riverside County Sheriff's Department said the road was closed.",
                "Riverside County Sheriff's Department/ORG",
            ),
            (
                "The Harlan Oaks Police Department said shots rang out in Harlan Oaks.",
                "Harlan Oaks Police Department/ORG | Harlan Oaks/PLACE",
            ),
            (
                "Shots were fired at the Harlan Oaks apartments overnight.",
                "Harlan Oaks/PLACE",
            ),
            (
                "Dunwick police said it happened in Dunwick, Arkansas. The Dunwick Police Department asks for tips.",
                "Dunwick/PLACE | Dunwick/PLACE | Arkansas/PLACE | Dunwick Police Department/ORG",
            ),
            // And a name before the lower-case police, alone.
            (
                "Corlett police said the man was shot twice. Officers in Corlett found him.",
                "Corlett/PLACE | Corlett/PLACE",
            ),
            // A street by the word that ends it.
            (
                "Officers stopped a car in the area of Acacia Grove Way and 38th Street.",
                "Acacia Grove Way/PLACE",
            ),
            (
                "Tom Hale saw the crash outside Greenview Road, she said.",
                "Tom Hale/PERSON | Greenview Road/PLACE",
            ),
            (
                "A man was shot in the 15000 block of Lappin on the east side.",
                "Lappin/PLACE",
            ),
            // What a block is "of" is a street, a rare word, a highway,
            // without the day after it; not a numbered street.
            (
                "Shots rang out in the 4100 block of Quenby Tuesday. A car crashed in the 900 block of Highway 41 nearby.",
                "Quenby/PLACE | Highway 41/PLACE",
            ),
            (
                "A woman was shot in the 200 block of East 95th Street.",
                "",
            ),
            // A name before the capitalised kind of a housing complex, a
            // mall or a playground is the place's.
            (
                "Police went to Tamsworth Ridge Apartments, then to Orrin Mall and Pell Playground.",
                "Tamsworth Ridge Apartments/PLACE | Orrin Mall/PLACE | Pell Playground/PLACE",
            ),
            // A name after "a" or "an" is a thing's.
            (
                "She won an Oscar in 1999. Oscar voters liked the film, and Vera Lund said so.",
                "Vera Lund/PERSON",
            ),
            (
                "Oscar Wilde wrote it. Oscar said it was a play, and Vera Lund agreed.",
                "Oscar Wilde/PERSON | Oscar/PERSON=Oscar Wilde | Vera Lund/PERSON",
            ),
            // A name a place's kind introduces or follows, and one
            // that opens a sentence after "In".
            (
                "The quake struck the mountainous Tarsel province. In the provincial capital, Bereny, 46 died. In Bereny alone, 118 were killed.",
                "Tarsel/PLACE | Bereny/PLACE | Bereny/PLACE",
            ),
            (
                "The boat capsized off the island of Lenna on Tuesday. Troops entered the state of Velmaro and the Kessar mountains.",
                "Lenna/PLACE | Velmaro/PLACE | Kessar/PLACE",
            ),
            // A wire's line wrap before the name is a space; a word of
            // the language opening a wrapped line is not read so.
            (
                "The pipeline runs to the port of\nBalvao. It expanded its mill in\nTorvinga. It filed in\nChapter 11.",
                "Balvao/PLACE | Torvinga/PLACE",
            ),
            // A point of the compass, its initial or a region's
            // adjective before a place, and "Republic" after its people's
            // name or before "of", are the place's name (named for the
            // place unless the lexicons list it whole); a compass word in
            // a longer name is not.
            (
                "Rain fell in Southern California and South Texas. N. Korea met the Slovak Republic and the Federal Republic of Yugoslavia. Adam Varn West Texas. He lives in West Oakland.",
                "Southern California/PLACE=California | South Texas/PLACE=Texas | N. Korea/PLACE=North Korea | Slovak Republic/PLACE=Slovakia | Federal Republic of Yugoslavia/PLACE=Yugoslavia | Adam Varn West/PERSON | Texas/PLACE | West Oakland/PLACE=Oakland",
            ),
            ("The Democratic district chairman resigned.", ""),
            (
                "In Tears of the Sun, he plays a commander. In Velmar last week, the panel met.",
                "Velmar/PLACE",
            ),
            // A storm's name is no person's, wherever the document
            // repeats it.
            (
                "Hurricane Delia came ashore on Sunday. Delia weakened as it moved into Georgia, Vera Lund said.",
                "Georgia/PLACE | Vera Lund/PERSON",
            ),
            ("Typhoon Haishen hit the coast.", ""),
            // Agencies, parliaments and parties by the names news
            // gives them; a shared abbreviation keeps its letters.
            (
                "Yonhap reported that the Sejm and Sinn Fein agreed, the SPD said.",
                "Yonhap/ORG | Sejm/ORG | Sinn Fein/ORG | SPD/ORG",
            ),
            // A given name of the wider world before a surname no
            // lexicon knows, joined to a firm by "and": a person.
            (
                "Sam Altman of OpenAI and Satya Nadella of Microsoft met.",
                "Sam Altman/PERSON | OpenAI/ORG | Satya Nadella/PERSON | Microsoft/ORG",
            ),
            // A firm by the industry word that ends its name.
            (
                "Dunmore Brands said its profit fell, and Velcor Therapeutics rose.",
                "Dunmore Brands/ORG | Velcor Therapeutics/ORG",
            ),
            // A title of several words with "of the" before a name.
            (
                "Chancellor of the Exchequer Nigel Lawson said the pound was steady.",
                "Nigel Lawson/PERSON@Chancellor of the Exchequer",
            ),
            // A group of nations named by its number.
            (
                "Ministers of the Group of Five met in Paris.",
                "Group of Five/ORG | Paris/PLACE",
            ),
            // A generational suffix is the name's, with its stop.
            (
                "Norris Greenhouse Jr. was released. Greenhouse Jr. and Dee Stafford were charged.",
                "Norris Greenhouse Jr./PERSON=Norris Greenhouse Jr | Greenhouse Jr./PERSON=Norris Greenhouse Jr | Dee Stafford/PERSON",
            ),
            // A Roman numeral after an unknown given name too (the
            // numeral is a word of the language as well), not after a
            // word of the language.
            (
                "Police charged 59-year-old Milous Keith III with murder. He read Part III of the report.",
                "Milous Keith III/PERSON",
            ),
            (
                "The march honoured Martin Luther King Jr. on Monday.",
                "Martin Luther King Jr./PERSON=Martin Luther King Jr",
            ),
            (
                "They ran to a deli at 3345 Broadway, where police found them on King Street.",
                "Broadway/PLACE | King Street/PLACE",
            ),
            // A word in camel case is a firm's or a product's.
            (
                "Auditors at HarbourmasterLynch found errors, and the TurboVox P800 phone sold well.",
                "HarbourmasterLynch/ORG",
            ),
            (
                "Analysts expect the BoE to hold rates, said Tom Hale.",
                "BoE/ORG | Tom Hale/PERSON",
            ),
            (
                "MaryEllen Ortiz said the shop had closed.",
                "MaryEllen Ortiz/PERSON",
            ),
            (
                "TianVai Morgan won the final in three sets.",
                "TianVai Morgan/PERSON",
            ),
            // A sentence's first word that the document names alone as
            // an organisation is one.
            (
                "Zentrix has cut 500 jobs. Shares in Zentrix fell 3% on Monday.",
                "Zentrix/ORG | Zentrix/ORG",
            ),
            // A name after a noun of a kind of firm is the firm.
            (
                "Shares rose for drugs giant Halvern Idec and bookmaker Tom Hale.",
                "Halvern Idec/ORG | Tom Hale/ORG",
            ),
            // A one-word name after where it is based is a firm's; not
            // a person's full name, an author's or a family's.
            (
                "Madrid-based Zentrova holds a stake. US-based Ann Holt ran. London-based Varley's novel won. The Dallas-based Quell brothers sold.",
                "Zentrova/ORG | Ann Holt/PERSON | Varley/PERSON",
            ),
            // A firm's one-word name and a word that is no name, nor a
            // title: a firm of that name.
            (
                "Shares in Zentrix fell 3%. In a statement, Zentrix Finanziaria detailed plans. Zentrix Vice-President Tom Hale spoke.",
                "Zentrix/ORG | Zentrix Finanziaria/ORG | Zentrix/ORG | Tom Hale/PERSON@Zentrix Vice-President",
            ),
            // (A wide character before the name.)
            (
                "Police said —Tom Hale was shot.",
                "Tom Hale/PERSON",
            ),
            // A surname alone keeps its particle.
            (
                "Judge Anna de Velde spoke first. Later de Velde said no.",
                "Anna de Velde/PERSON@Judge | de Velde/PERSON=Anna de Velde",
            ),
            // A name after "The" inside a sentence is a title.
            (
                "The memo was obtained by The Weekly Standard on Friday.",
                "Weekly Standard/ORG",
            ),
            (
                "Hornets manager Tom Vale has signed a new contract. The win lifted Hornets to third.",
                "Hornets/ORG | Tom Vale/PERSON@Hornets manager | Hornets/ORG",
            ),
            // A point of the compass before a city is a side of it.
            (
                "He moved to West Brackton in 1961 and later to South London.",
                "West Brackton/PLACE | South London/PLACE",
            ),
            // A name's possessive before a business's noun is the
            // business; a school by its short name.
            (
                "The fight began at Dolan's Bar and Grill. She was a junior at Marlow Creek High.",
                "Dolan's Bar and Grill/ORG | Marlow Creek High/ORG",
            ),
            ("Dolan's lawyer said no.", "Dolan/PERSON"),
            // A name between a determiner or an owner and a part of a
            // firm is that part.
            (
                "The firm sold its Dolan Vale subsidiary.",
                "Dolan Vale/ORG",
            ),
            // Two streets at a corner, though a name alone reads as a
            // person's; not a person named in full or acting.
            (
                "Police taped off the scene at Tenth Street and Lorrimer. A girl was shot near the intersection of Kestrel and Maybelle.",
                "Tenth Street/PLACE | Lorrimer/PLACE | Kestrel/PLACE | Maybelle/PLACE",
            ),
            (
                "He lives on Tenth Street and Ann Holt lives nearby. Tom Vale won at Marlow Road and Vale thanked the fans.",
                "Tenth Street/PLACE | Ann Holt/PERSON | Tom Vale/PERSON | Marlow Road/PLACE | Vale/PERSON=Tom Vale",
            ),
            // A state's patrol is a body; an officer's office and
            // another body joined by "and" are two.
            (
                "Troopers of the Ohio State Highway Patrol and the Border Patrol came.",
                "Ohio State Highway Patrol/ORG | Border Patrol/ORG",
            ),
            (
                "Officers from the Ada County Sheriff's Office and Idaho State Police came.",
                "Ada County Sheriff's Office/ORG | Idaho State Police/ORG",
            ),
            // A handle or a hashtag names no one.
            (
                "Follow Tom Vale on Twitter @Tom_Vale or #ValeForMayor.",
                "Tom Vale/PERSON | Twitter/ORG",
            ),
            // A month's abbreviation that is a given name, before a
            // surname no list holds; a month in full or "May" before
            // an unknown word is no name.
            (
                "Ivo Petrak beat Jan Hrubec of Slovakia 6-3 6-4.",
                "Ivo Petrak/PERSON | Jan Hrubec/PERSON | Slovakia/PLACE",
            ),
            ("Sales of May Zorvex futures rose.", ""),
            ("Sales of June Zorvex futures rose.", ""),
            // A surname alone before a firm's role and a person is the
            // firm; before a spokesman's it may be a politician's.
            (
                "Pruitt chairman Ann Holt said the bid was low. Pruitt will reply.",
                "Pruitt/ORG | Ann Holt/PERSON@Pruitt chairman | Pruitt/ORG",
            ),
            (
                "Pruitt spokesman Jim Rowe said the bid was low.",
                "Pruitt/PERSON | Jim Rowe/PERSON@Pruitt spokesman",
            ),
            // An adjective before a role stays out.
            (
                "Veteran striker Tom Vale scored twice.",
                "Tom Vale/PERSON@Veteran striker",
            ),
            (
                "Critics of the Obama administration said the Labour government had failed.",
                "Obama/PERSON | Labour/ORG=Labour Party",
            ),
            (
                "Figures from the Ministry of Economy, Trade and Industry showed a fall.",
                "Ministry of Economy, Trade and Industry/ORG",
            ),
            (
                "The group completed its purchase of Velorix Canada on Monday.",
                "Velorix Canada/ORG",
            ),
            ("The MP for Ealing North spoke.", "Ealing North/PLACE"),
            // What a member sits for, whatever names it reads as.
            (
                "Tom Hale, MP for Corvey, and the Labour MP for Ashby Green and Bow asked.",
                "Tom Hale/PERSON | Corvey/PLACE | Labour/ORG=Labour Party | Ashby Green and Bow/PLACE",
            ),
            // Oil's benchmarks; the borough stays a place.
            (
                "Brent crude and West Texas Intermediate rose; spot Brent held at 18 dlrs a barrel.",
                "",
            ),
            (
                "Flats in Brent, north London, were sold.",
                "Brent/PLACE | London/PLACE",
            ),
            // A brand written with a lower-case first letter.
            ("Shares in eBay rose.", "eBay/ORG"),
            // A title no name follows; a surname that is a title.
            (
                "He said the Tory Chairman agreed with Tom King and Hun Sen on Monday.",
                "Tom King/PERSON | Hun Sen/PERSON",
            ),
            // In a headline of capitals the words before a title are
            // read as ever.
            (
                "RUGBY - HOLLOWAY NAMED AS WALES CAPTAIN .\nHolloway will lead the side, Ned Holloway said.",
                "HOLLOWAY/PERSON=Ned Holloway | WALES/PLACE=Wales | Holloway/PERSON=Ned Holloway | Ned Holloway/PERSON",
            ),
            // A leader's title before the name.
            (
                "Senate Majority Leader Ann Holt said it.",
                "Senate/ORG | Ann Holt/PERSON@Senate Majority Leader#Senate",
            ),
            // A station named for its area.
            (
                "He was held at Tamsford Green police station overnight.",
                "Tamsford Green/PLACE",
            ),
            (
                "EC Commission sources said the Commission would act.",
                "EC Commission/ORG | Commission/ORG",
            ),
            ("He spoke on BBC Radio 4 on Monday.", "BBC Radio 4/ORG"),
            (
                "Granite Circuits Inc said it would close a plant.\nGranite also said it would cut jobs.",
                "Granite Circuits Inc/ORG | Granite/ORG",
            ),
            (
                "The bill was debated in the Commons before the Lords voted.",
                "Commons/ORG=House of Commons | Lords/ORG=House of Lords",
            ),
            (
                "Ann Holt, who heads the Clean Water Campaign, spoke.",
                "Ann Holt/PERSON | Clean Water Campaign/ORG",
            ),
            // Ranks written without their dots stay out of the name.
            (
                "Lt Col Ann Holt of the army said the convoy was safe.",
                "Ann Holt/PERSON@Lt Col",
            ),
            ("Gen Tariq Malik met the envoy on Monday.", "Tariq Malik/PERSON@Gen"),
            // Acronyms written as words.
            (
                "Unicef said the children needed food, and Opec cut output.",
                "Unicef/ORG=UNICEF | Opec/ORG=Organization of the Petroleum Exporting Countries",
            ),
            // A common word opening a sentence before an organisation's
            // last word.
            (
                "Chemical Bank said it would close the office.",
                "Chemical Bank/ORG",
            ),
            (
                "Synthetic Industries is offering 110 mln dlrs of notes.",
                "Synthetic Industries/ORG",
            ),
            // "and" across a wire's line wrap; "for X and Y".
            (
                "It filed a registration with the Securities\nand Exchange Commission.",
                "Securities\nand Exchange Commission/ORG=Securities and Exchange Commission",
            ),
            (
                "It was rated by Standard and\nPoor's Corp.",
                "Standard and\nPoor's Corp./ORG=Standard and Poor's Corp",
            ),
            (
                "A Department for Education and Skills spokeswoman said so.",
                "Department for Education and Skills/ORG",
            ),
            (
                "The World Bank said it would lend 125 mln dlrs. The Bank said the project would help.",
                "World Bank/ORG | Bank/ORG",
            ),
            ("Do you fully support the Obama agenda?", "Obama/PERSON"),
            (
                "The site is on the other side of the River Tyne.",
                "River Tyne/PLACE",
            ),
            // A sport's national body.
            (
                "Athletics Ireland have hinted that she may run, and England Netball agreed.",
                "Athletics Ireland/ORG | England Netball/ORG",
            ),
            ("She told BBC One's morning programme.", "BBC One/ORG"),
            (
                "It was priced by sole manager Halvern Capital Markets.",
                "Halvern Capital Markets/ORG",
            ),
            (
                "Contrack International said it would withdraw.",
                "Contrack International/ORG",
            ),
            // An acronym's exact long form wins over a longer one.
            (
                "The Pentagon's Project and Contract Office (PCO) said it had taken over.",
                "Pentagon/ORG | Project and Contract Office/ORG | PCO/ORG",
            ),
            // A firm's regional arm.
            (
                "\"The market grows,\" said Diageo North America president Ivan Menezes.",
                "Diageo North America/ORG | Ivan Menezes/PERSON@Diageo North America president#Diageo North America",
            ),
            // A speaker after "said" before a clause of its own.
            (
                "\"It was wrong,\" said Ouattara in a statement.",
                "Ouattara/PERSON",
            ),
            // A surname opening a sentence before a verb, once the person
            // is named.
            (
                "President Brand spoke on Monday. Brand also noted that the case was unfair.",
                "Brand/PERSON@President | Brand/PERSON",
            ),
            // The first of two names joined by "&" is the firm alone.
            (
                "Two executives from Marsh & McLennan pleaded guilty. A Marsh spokeswoman said he had left.",
                "Marsh & McLennan/ORG | Marsh/ORG",
            ),
            // A consultancy, a lender, a regulator before its name.
            (
                "Growth may slow, City consultancy Deloitte has warned. Deloitte is forecasting growth of 2%.",
                "Deloitte/ORG | Deloitte/ORG",
            ),
            // An article opening the sentence is not in a long form.
            (
                "Growth was strong. The Inter-American Development Bank (IADB) said exports rose.",
                "Inter-American Development Bank/ORG | IADB/ORG",
            ),
            // A country's possessive is not in its firm's name.
            (
                "It bought shares in Sweden's Rolls-Royce Ltd on Monday.",
                "Sweden/PLACE | Rolls-Royce Ltd/ORG",
            ),
            (
                "Neste Oy agreed to the loan. Neste is buying one quarter.",
                "Neste Oy/ORG | Neste/ORG",
            ),
            (
                "The athlete told BBC Sport on Friday, and the Sunday Times alleged more.",
                "BBC Sport/ORG | Sunday Times/ORG",
            ),
            // A club's last word alone in a sports report.
            (
                "Manchester City boss Tom Vale praised his striker. The striker, out of favour at City this season, scored two goals.",
                "Manchester City/ORG | Tom Vale/PERSON | City/ORG",
            ),
            // A town or a surname before a player's position, and its
            // lone mentions, in a sports report.
            (
                "Everton manager Tom Vale will fine striker Jim Rowe for his tackle on Chelsea defender Ann Holt. The red card put Everton on the back foot.",
                "Everton/ORG | Tom Vale/PERSON@Everton manager#Everton | Jim Rowe/PERSON@striker | Chelsea/ORG | Ann Holt/PERSON@Chelsea defender#Chelsea | Everton/ORG",
            ),
            // A newspaper after "told the"; not a programme.
            (
                "Party leader Nick Griffin told the Independent he expected votes, and he told the Today programme more on BBC Radio 4's morning show.",
                "Nick Griffin/PERSON@Party leader#Party | Independent/ORG | BBC Radio 4/ORG",
            ),
            // An acronym spelling a body the story names.
            (
                "She spoke at an American Bar Association conference. Two days before the ABA conference, she was asked.",
                "American Bar Association/ORG | ABA/ORG=American Bar Association",
            ),
            // Two surnames after a bond issue's manager, or listed with
            // firms.
            (
                "The notes were priced at par, said lead manager Halsey Burnham. The deal is non-callable, Halsey said.",
                "Halsey Burnham/ORG | Halsey/ORG=Halsey Burnham",
            ),
            (
                "Kidder Peabody, Merrill Lynch and Acme Corp co-managed the issues.",
                "Kidder Peabody/ORG | Merrill Lynch/ORG | Acme Corp/ORG",
            ),
            // A full name "and Co" closes.
            (
                "The accounts were audited by Tom Varne and Co. since 1982, and Alma Price and Cole said so.",
                "Tom Varne and Co./ORG=Tom Varne and Co | Alma Price/PERSON | Cole/PERSON",
            ),
            // Not a person a title's body follows.
            (
                "It might help, Orzella Varga, IBM Vice-President, said.",
                "Orzella Varga/PERSON | IBM/ORG",
            ),
            // Not a person a role names.
            (
                "Also due are Foreign Minister Orzella Varga, Acme Corp and others.",
                "Orzella Varga/PERSON@Foreign Minister | Acme Corp/ORG",
            ),
            // A legal form opening a wrapped line; a founder before "and".
            (
                "Kaiser Aluminum and Chemical\nCorp said it is increasing prices.",
                "Kaiser Aluminum and Chemical\nCorp/ORG=Kaiser Aluminum and Chemical Corp",
            ),
            (
                "It signed contracts valued at 142 mln dlrs with the Babcock and Wilcox Co.",
                "Babcock and Wilcox Co./ORG=Babcock and Wilcox Co",
            ),
            (
                "The Conservatives and the People's Daily disagreed.",
                "Conservatives/ORG=Conservative Party | People's Daily/ORG",
            ),
            ("Brewing giant Inbev has agreed to buy a stake.", "Inbev/ORG"),
            // A place's "International" after "the" is a tournament.
            (
                "She pulled out of the warm-up event, the Sydney International.",
                "",
            ),
            // A state's abbreviation after a town and a comma.
            (
                "BRANDON FALLS, Mo. (AP) - A man was shot at a plant in Dunmore, Conn, on Friday.",
                "BRANDON FALLS/PLACE | Mo/PLACE=Missouri | AP/ORG=Associated Press | Dunmore/PLACE | Conn/PLACE=Connecticut",
            ),
            (
                "HARLAN OAKS, GA (WKRT) - Police said a man was shot.",
                "GA/PLACE=Georgia | WKRT/ORG",
            ),
            // A firm of founders' names joined by a comma.
            (
                "The notes were priced through Parker, Belden and Co on Friday.",
                "Parker, Belden and Co/ORG",
            ),
            // A party's adjective, though a first name.
            (
                "A Tory source said the Tory leader would speak.",
                "",
            ),
            // A name with its initials in brackets.
            (
                "Loans went to Nacional Corvanta (NC), the recipient.",
                "Nacional Corvanta/ORG | NC/ORG",
            ),
            ("He studied at Halvern Theological Seminary.", "Halvern Theological Seminary/ORG"),
            (
                "A Reuter survey of economists showed.\n REUTER\n",
                "Reuter/ORG=Reuters",
            ),
            // A name the acronym after it spells, though a small word or
            // a line's end cuts it; a place so spelt stays a place.
            (
                "Talks of the General Agreement on\nTariffs and Trade (GATT) resumed.",
                "General Agreement on\nTariffs and Trade/ORG=General Agreement on Tariffs and Trade | GATT/ORG=General Agreement on Tariffs and Trade",
            ),
            (
                "Rain fell across New South Wales (NSW) on Monday.",
                "New South Wales/PLACE=Australia | NSW/PLACE=Australia",
            ),
            // A middle initial makes a person of a surname that closes
            // firms' names.
            (
                "Police are looking for Zecary L. Banks, 27, who fled.",
                "Zecary L. Banks/PERSON",
            ),
            // A firm named after its founder in full: the surname alone is
            // the firm, unless the founder is named outside the firm's name.
            (
                "Eli Lilly and Co said it would buy shares. Lilly said the plan was new.",
                "Eli Lilly and Co/ORG | Lilly/ORG",
            ),
            (
                "Eli Lilly founded a firm. Eli Lilly and Co said it grew. Lilly said so.",
                "Eli Lilly/PERSON | Eli Lilly and Co/ORG | Lilly/PERSON=Eli Lilly",
            ),
            // A lone name listed with two organisations is one.
            (
                "Sony, Microsoft and Nintendo will show new consoles.",
                "Sony/ORG | Microsoft/ORG | Nintendo/ORG",
            ),
            // Sign-offs glued to the story's last line or a desk's code.
            ("Sales rose 5 pct, it said.\nREUTER...\r", ""),
            ("Rains were normal. REUTER11:43/VB", ""),
            ("The firm will sell them in the U.S.\n REUTER", "U.S./PLACE=United States"),
            // The demonyms of the two German states of 1949-1990.
            ("West German officials said aid would rise.", "West German/PLACE=West Germany"),
            // A street after "on", a town opened by a point of the compass
            // after "in".
            (
                "Officers were called to a home on Baker Lane in East Troy.",
                "Baker Lane/PLACE | East Troy/PLACE",
            ),
            // A one-word name before the people a firm serves or pays.
            (
                "The buyer would keep most Corvantix employees and support Corvantix customers.",
                "Corvantix/ORG | Corvantix/ORG",
            ),
            // A firm's name ending on a possessive.
            (
                "The bonds are rated A-3 by Moody's and A by Standard and Poor's.",
                "Moody's/ORG | Standard and Poor's/ORG=Standard & Poor's",
            ),
        ];
        crate::extract::check_cases(cases, show);
    }
}
