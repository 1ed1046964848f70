//! The entity lexicons (`lexicons/names_*`, `places_*`, `orgs*`,
//! `titles.txt`, `entities_common_words.txt`), compiled into the binary and
//! loaded once into hash maps.
//!
//! Two maps: [`Lexicon::word`] holds one entry per lower-cased word with
//! bit flags (first name, surname, common English word, organisation word,
//! ...) and the single-word phrases (places, organisations, titles,
//! demonyms); [`Lexicon::phrase`] holds the multi-word phrases keyed by
//! their lower-cased tokens joined with one space. A word that starts a
//! multi-word phrase records the phrase's length in tokens, so a lookup
//! tries only the lengths that exist.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::tokens::{tokenize, Tok};

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for the
/// lexicon maps: their keys are short words and no input is adversarial
/// enough to matter.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

// Word flags.
/// A first name (census or international list).
pub const FIRST: u32 = 1;
/// A census surname.
pub const LAST: u32 = 1 << 1;
/// A lower-case English word.
pub const COMMON: u32 = 1 << 2;
/// Ends an organisation name ("Corp", "Bank").
pub const ORG_LAST: u32 = 1 << 3;
/// Starts an organisation name ("Bank of", "Real").
pub const ORG_FIRST: u32 = 1 << 4;
/// A name particle joining capitalised words ("de", "van", "bin").
pub const PARTICLE: u32 = 1 << 5;
/// A month name.
pub const MONTH: u32 = 1 << 6;
/// A weekday name.
pub const WEEKDAY: u32 = 1 << 7;
/// A word that ends an event or work name (not a person): "Marathon", "Cup".
pub const MISC_LAST: u32 = 1 << 8;
/// A function word that never starts a name ("The", "In", "But").
pub const FUNC: u32 = 1 << 9;
/// A word after which "of"/"for" may continue a name ("Bank of", "Secretary of").
pub const OF_HEAD: u32 = 1 << 10;
/// A lower-case role noun ("spokesman", "striker").
pub const ROLE_NOUN: u32 = 1 << 11;
/// A speech or attribution verb ("said", "told").
pub const SPEECH: u32 = 1 << 12;
/// A pronoun that can stand for a speaker ("he", "she").
pub const PRONOUN: u32 = 1 << 13;
/// A noun for a body that can be credited ("officials", "police", "ministry").
pub const BODY: u32 = 1 << 14;
/// A nationality or group word that is not a name when alone ("Western").
pub const NOT_NAME: u32 = 1 << 15;
/// A company's legal form or holding word ("Inc", "Corp", "AG",
/// "Holdings"): the capitalised words before it are all the name.
pub const ORG_LEGAL: u32 = 1 << 16;
/// A word that names no organisation: an upper-case abbreviation ("GMT",
/// "GDP") or a results line's wire word ("Pretax", "Shr").
pub const NOT_ORG: u32 = 1 << 17;
/// A trade's plural that ends a body's name ("Producers", "Growers"):
/// after a place alone it is the trade's people ("U.S. Producers").
pub const ORG_TRADE: u32 = 1 << 18;
/// A newspaper's title word ("Times", "Herald", "Gazette"): a name it
/// closes is a paper a story cites.
pub const ORG_PRESS: u32 = 1 << 19;

/// What a lexicon phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// A place; `canonical` is the place (a country for aliases).
    Place,
    /// A demonym; `canonical` is the place it points to.
    Demonym,
    /// An organisation.
    Org,
    /// An honorific (Mr, Dr): a person follows, no role.
    Honorific,
    /// A title that is a role (President, Foreign Minister).
    Title,
    /// A lower-case role noun phrase ("chief executive").
    RoleNoun,
}

/// One phrase entry.
#[derive(Debug, Clone, Copy)]
pub struct Phrase {
    /// The phrase as written in the lexicon (case matters for acronyms).
    pub form: &'static str,
    /// What it is.
    pub kind: PhraseKind,
    /// Canonical name (the place, the organisation's full name).
    pub canonical: &'static str,
    /// Population, for cities (0 otherwise).
    pub population: u32,
    /// A country, a country's alias, a home nation or a continent: a
    /// place that fields national teams (never read as a club).
    pub nation: bool,
    /// A sports club or team (`orgs_clubs.txt`).
    pub club: bool,
}

impl Phrase {
    /// A phrase of the lexicons, no nation and no club.
    fn new(
        form: &'static str,
        kind: PhraseKind,
        canonical: &'static str,
        population: u32,
    ) -> Phrase {
        Phrase {
            form,
            kind,
            canonical,
            population,
            nation: false,
            club: false,
        }
    }
}

/// Everything known about one lower-cased word.
#[derive(Debug, Clone, Default)]
pub struct WordInfo {
    /// Bit flags (`FIRST`, `LAST`, ...).
    pub flags: u32,
    /// Bit set of the token lengths of the multi-word phrases starting with
    /// this word (bit n: a phrase of n tokens).
    pub phrase_lens: u32,
    /// Single-word phrases equal to this word.
    pub phrases: Vec<Phrase>,
}

/// A map keyed by the 64-bit hash of a lower-cased key: lookups touch
/// the table only (no key string to fetch and compare), which keeps the
/// ~150,000-entry word table fast. Two lexicon keys sharing a hash would
/// share an entry; with 64 bits and this many keys the odds are about one
/// in a billion.
#[derive(Default)]
pub struct HashedMap<V> {
    map: HashMap<u64, V, BuildHasherDefault<IdHasher>>,
}

/// Hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A 64-bit hash of a key (Fx over the bytes, then a murmur finaliser).
#[inline]
pub fn key_hash(key: &str) -> u64 {
    hash_bytes(key.as_bytes())
}

/// [`key_hash`] of a key's bytes.
#[inline]
fn hash_bytes(key: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(key);
    let mut x = h.finish() ^ key.len() as u64;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

impl<V: Default> HashedMap<V> {
    /// The value for `key`.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        self.map.get(&key_hash(key))
    }
    fn entry(&mut self, key: &str) -> &mut V {
        self.map.entry(key_hash(key)).or_default()
    }

    fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
    }

    /// The value for the lower-cased `w` (the key [`lower_key`] writes):
    /// a short ASCII word is lowered on the stack, any other into `buf`.
    #[inline]
    pub fn get_lower(&self, w: &str, buf: &mut String) -> Option<&V> {
        let mut low = [0u8; 32];
        match ascii_lower(w, &mut low) {
            Some(k) => self.map.get(&hash_bytes(k)),
            None => {
                lower_key(w, buf);
                self.get(buf)
            }
        }
    }

    /// The entry of the lower-cased `w`, as [`HashedMap::get_lower`] finds it.
    fn entry_lower(&mut self, w: &str, buf: &mut String) -> &mut V {
        let mut low = [0u8; 32];
        match ascii_lower(w, &mut low) {
            Some(k) => self.map.entry(hash_bytes(k)).or_default(),
            None => {
                lower_key(w, buf);
                self.entry(buf)
            }
        }
    }
}

/// `w` lower-cased into `buf` when it is ASCII and fits (most words), the
/// bytes [`lower_key`] would write; `None` otherwise.
#[inline]
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let b = w.as_bytes();
    let out = buf.get_mut(..b.len())?;
    for (o, &c) in out.iter_mut().zip(b) {
        if !c.is_ascii() {
            return None;
        }
        *o = c.to_ascii_lowercase();
    }
    Some(out)
}

/// The loaded lexicons.
pub struct Lexicon {
    /// Lower-cased word → info.
    pub word: HashedMap<WordInfo>,
    /// Lower-cased tokens joined by one space → phrases (two tokens or more).
    pub phrase: HashedMap<Vec<Phrase>>,
}

static FIRST_NAMES: &str = include_str!("../../../lexicons/names_first.txt");
static GIVEN_INTL: &str = include_str!("../../../lexicons/names_given_intl.txt");
static LAST_NAMES: &str = include_str!("../../../lexicons/names_last.txt");
static COMMON_WORDS: &str = include_str!("../../../lexicons/entities_common_words.txt");
static COUNTRIES: &str = include_str!("../../../lexicons/places_countries.tsv");
static CITIES: &str = include_str!("../../../lexicons/places_cities.tsv");
static US_STATES: &str = include_str!("../../../lexicons/places_us_states.tsv");
static REGIONS: &str = include_str!("../../../lexicons/places_regions.tsv");
static DEMONYMS: &str = include_str!("../../../lexicons/places_demonyms.tsv");
static ORGS: &str = include_str!("../../../lexicons/orgs.txt");
static CLUBS: &str = include_str!("../../../lexicons/orgs_clubs.txt");
static ORG_WORDS: &str = include_str!("../../../lexicons/orgs_words.tsv");
static TITLES: &str = include_str!("../../../lexicons/titles.txt");

/// Function words: never the first word of a name.
const FUNC_WORDS: &[&str] = &[
    // Contractions a quote opens on ("I've had ...", "We're ..."); those
    // on "'s" are split by the tokenizer.
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "we'd",
    "you're",
    "you've",
    "you'll",
    "they're",
    "they've",
    "they'll",
    "don't",
    "didn't",
    "doesn't",
    "can't",
    "won't",
    "isn't",
    "wasn't",
    "aren't",
    "haven't",
    "hasn't",
    "couldn't",
    "wouldn't",
    "i’m",
    "i’ve",
    "i’ll",
    "we’re",
    "we’ve",
    "don’t",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "with",
    "without",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "as",
    "after",
    "before",
    "since",
    "until",
    "though",
    "although",
    "because",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "all",
    "some",
    "many",
    "most",
    "any",
    "each",
    "every",
    "both",
    "no",
    "not",
    "one",
    "two",
    "three",
    "also",
    "however",
    "meanwhile",
    "then",
    "now",
    "still",
    "under",
    "over",
    "during",
    "despite",
    "about",
    "against",
    "among",
    "between",
    "into",
    "through",
    "according",
    "asked",
    "is",
    "was",
    "are",
    "were",
    "would",
    "can",
    "could",
    "should",
    "might",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "be",
    "been",
    "mr",
    "mrs",
    "ms",
    "said",
    "says",
    "new",
    "more",
    "other",
    "such",
    "only",
    "even",
    "just",
    "last",
    "next",
    "first",
    "second",
    "third",
    "former",
    "late",
    "top",
    "chief",
    "senior",
    "junior",
    "deputy",
    "acting",
    "see",
    "re",
    "via",
    "per",
    "upon",
    "yes",
    "ok",
    "oh",
    "please",
    "thanks",
    "thank",
    "dear",
    "like",
    "let",
    "well",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "up",
    "out",
    "off",
    "down",
    "never",
    "always",
    "again",
    "very",
    "much",
    "than",
    "whether",
    "unlike",
    "within",
    "near",
    "around",
    "across",
    "along",
    "behind",
    "beyond",
    "toward",
    "towards",
    "amid",
    "once",
    "whose",
    "whom",
    "whatever",
    "whoever",
];

/// Months, weekdays and their abbreviations.
const MONTHS: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
/// Holidays and feasts: days, never people ("sales before Christmas").
const HOLIDAYS: &[&str] = &[
    "christmas",
    "easter",
    "thanksgiving",
    "halloween",
    "hanukkah",
    "ramadan",
    "diwali",
    "passover",
    "hogmanay",
    "whitsun",
    "pentecost",
    "kwanzaa",
    // Festivals of the major faiths as news writes them.
    "eid",
    "lent",
    "purim",
    "chanukah",
    "kippur",
    "hashanah",
    "vesak",
    "navratri",
];
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Name particles that join capitalised words inside a name.
const PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "van", "von", "ter",
    "ten", "le", "la", "al", "el", "bin", "ibn", "bint", "y", "st", "st.",
    // Spanish plural articles inside a given name: "Maria de los Angeles".
    "los", "las",
];

/// Words that end an event, a law, a work or another MISC name (the place
/// words, [`PLACE_WORDS`], end one too and are flagged with them).
const MISC_WORDS: &[&str] = &[
    // "the Six Nations", "Tri Nations": tournaments ("United Nations" is
    // an organisation of the lexicon, found first).
    "nations",
    "marathon",
    "cup",
    "games",
    "olympics",
    "olympic",
    "open",
    "championship",
    "championships",
    "tournament",
    "trophy",
    "series",
    "league",
    "prix",
    "grand",
    "war",
    "wars",
    "accord",
    "accords",
    "agreement",
    "treaty",
    "convention",
    "conventions",
    "summit",
    "conference",
    "award",
    "awards",
    "prize",
    "festival",
    "day",
    "act",
    "bill",
    "plan",
    "index",
    "report",
    "revolution",
    "spring",
    "crisis",
    "doctrine",
    "protocol",
    "charter",
    "constitution",
    "rally",
    "race",
    "classic",
    "masters",
    "bowl",
    "derby",
    "stakes",
    "show",
    "expo",
    "fair",
    "week",
    "year",
    "era",
    "age",
    "dynasty",
    "empire",
    "program",
    "programme",
    "project",
    "initiative",
    "strategy",
    "policy",
    "campaign",
    "operation",
    "mission",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "earthquake",
    "bombings",
    "bombing",
    "attack",
    "attacks",
    "massacre",
    "scandal",
    "affair",
    "gate",
    "budget",
    "election",
    "elections",
    "referendum",
    "census",
    "survey",
    "poll",
    "memorial",
    "monument",
    "station",
    "stadium",
    "arena",
    "highway",
    "building",
    "tower",
    "palace",
    "hall",
    "center",
    "centre",
    "museum",
    "library",
    "hotel",
    "gallery",
    "theater",
    "theatre",
    "prison",
    "jail",
    "base",
    "camp",
    "port",
    "harbour",
    "harbor",
    "canal",
    "dam",
    "plant",
    "mine",
    "field",
    "fields",
    "state",
];

/// Place-kind words among the MISC ones: a name ending with one is a place.
pub const PLACE_WORDS: &[&str] = &[
    "valley",
    "river",
    "lake",
    "mountain",
    "mountains",
    "island",
    "islands",
    "desert",
    "forest",
    "coast",
    "peninsula",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "strait",
    "channel",
    "county",
    "province",
    "region",
    "district",
    "city",
    "town",
    "village",
    "heights",
    "hills",
    "beach",
    "springs",
    "falls",
    "square",
    "street",
    "avenue",
    "road",
    "airport",
    "bridge",
    "park",
    // The scenes of local news: a housing complex, a shopping centre, a
    // children's playground ("the Hillside Apartments", "Eastgate Mall").
    "apartments",
    "mall",
    "plaza",
    "playground",
];

/// Words that name a debt ("850 mln dlrs of debt", "of X debentures"),
/// for the claims' debts and rating actions and the names' grades.
pub const DEBT_WORDS: &[&str] = &[
    "debt",
    "debts",
    "debentures",
    "eurodebentures",
    "bonds",
    "notes",
    "securities",
    "paper",
    "obligations",
];

/// Words of a rating agency's action ("downgraded", "affirmed the
/// ratings"), for the claims' rating actions and the names' grades.
pub const RATING_WORDS: &[&str] = &[
    "downgrade",
    "downgrades",
    "downgraded",
    "downgrading",
    "upgrade",
    "upgrades",
    "upgraded",
    "upgrading",
    "affirm",
    "affirms",
    "affirmed",
    "affirming",
    "rating",
    "ratings",
    "creditwatch",
];

/// Whether a name is a credit rating ("lowered to DP-4 (low AA)", "rated
/// Baa2", "BBB-"): the grade of a debt, never the entity that owes it.
pub fn credit_rating(s: &str) -> bool {
    let s = s.trim_end_matches(['+', '-', '1', '2', '3']);
    matches!(
        s,
        "AAA" | "AA" | "BBB" | "BB" | "CCC" | "CC" | "Aaa" | "Aa" | "Baa" | "Ba" | "Caa" | "Ca"
    )
}

/// Points of the compass, which open the names of the sides of a city
/// ("North Lawndale", "West Side") and end some streets' ("79th Street
/// East").
pub const COMPASS_POINTS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
];

/// Whether a name of two words or more opens on a point of the compass:
/// a side of a city or a region ("North Lawndale", "South Side").
pub fn compass_led(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    words.next().is_some() && COMPASS_POINTS.contains(&first)
}

/// Kinds of street that end a street's name (not "Lane", "Way" or
/// "Court", which are surnames as often).
pub const STREET_TYPES: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "road",
    "rd",
    "drive",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "expressway",
    "freeway",
];

/// Words after which "of" continues a name.
const OF_HEADS: &[&str] = &[
    "secretary",
    "minister",
    "ministry",
    "department",
    "university",
    "bank",
    "institute",
    "republic",
    "kingdom",
    "gulf",
    "sea",
    "bay",
    "strait",
    "isle",
    "isles",
    "cape",
    "province",
    "state",
    "states",
    "city",
    "house",
    "council",
    "court",
    "church",
    "federation",
    "association",
    "union",
    "league",
    "organization",
    "organisation",
    "society",
    "board",
    "chamber",
    "commission",
    "committee",
    "office",
    "bureau",
    "academy",
    "college",
    "school",
    "museum",
    "party",
    "front",
    "movement",
    "army",
    "duke",
    "duchess",
    "prince",
    "princess",
    "king",
    "queen",
    "archbishop",
    "bishop",
    "governor",
    "mayor",
    "president",
    "chancellor",
    "director",
    "head",
    "chief",
    "friends",
    "sisters",
    "brothers",
    "statue",
    "tower",
    "district",
    "county",
    "port",
    "island",
    "islands",
    "lake",
    "mount",
    "straits",
    "centre",
    "center",
    "fund",
    "foundation",
    "agency",
    "authority",
    "corporation",
    "confederation",
    "coalition",
    "alliance",
    "assembly",
    "parliament",
    "congress",
    "hospital",
    "clinic",
    "administration",
    "service",
    "services",
    "centers",
    "federal",
    "daughters",
    "sons",
    "knights",
    "order",
    "people",
    "democratic",
    "islamic",
    "general",
    "attorney",
    "chairman",
    "speaker",
    "leader",
    "commander",
    "rights",
    "observatory",
    "network",
    "secretariat",
    "corps",
    "club",
];

/// Speech and attribution verbs.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "telling",
    "added",
    "adds",
    "asked",
    "asks",
    "warned",
    "warns",
    "explained",
    "explains",
    "noted",
    "notes",
    "stated",
    "states",
    "declared",
    "declares",
    "insisted",
    "insists",
    "argued",
    "argues",
    "wrote",
    "writes",
    "tweeted",
    "continued",
    "replied",
    "replies",
    "ventured",
    "remarked",
    "admitted",
    "acknowledged",
    "claimed",
    "claims",
    "urged",
    "stressed",
    "cautioned",
    "conceded",
    "recalled",
    "suggested",
    "commented",
    "announced",
    "announces",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "predicted",
    "predicts",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "believes",
    "believed",
    "thinks",
    "thought",
    "felt",
    "feels",
    "emphasized",
    "emphasised",
    "maintained",
    "maintains",
    "observed",
    "pointed",
    "shouted",
    "yelled",
    "whispered",
    "answered",
    "responded",
    "responds",
    "countered",
    "agreed",
    "agrees",
    "concluded",
    "testified",
    "alleged",
    "alleges",
    "disclosed",
    "revealed",
    "indicated",
    "indicates",
    "forecast",
    "forecasts",
    "projected",
    "calculated",
    "quoted",
    "cited",
    "according",
];

/// Pronouns a speaker can be.
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we"];

/// Bodies credited without a proper name.
const BODIES: &[&str] = &[
    "officials",
    "official",
    "police",
    "authorities",
    "ministry",
    "government",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "agency",
    "company",
    "firm",
    "bank",
    "military",
    "army",
    "witnesses",
    "witness",
    "analysts",
    "analyst",
    "sources",
    "source",
    "statement",
    "report",
    "reports",
    "experts",
    "economists",
    "doctors",
    "rescuers",
    "activists",
    "residents",
    "investigators",
    "prosecutors",
    "researchers",
    "scientists",
    "organisers",
    "organizers",
    "organization",
    "organisation",
    "group",
    "commission",
    "committee",
    "department",
    "office",
    "council",
    "board",
    "court",
    "observers",
    "diplomats",
    "traders",
    "dealers",
    "sheriff",
    "coroner",
    "hospital",
    "media",
    "newspaper",
    "survey",
    "data",
    "figures",
    "statistics",
    "study",
    "census",
    "regulators",
    "officers",
    "troopers",
    "firefighters",
    "medics",
    "paramedics",
    "lawmakers",
    "campaigners",
    "monitors",
    "observatory",
    "ministers",
    "minister",
    "leaders",
    "aides",
    "aide",
    "insiders",
    "executives",
    "management",
    "union",
    "unions",
    "industry",
    "administration",
    "regime",
    "rebels",
    "opposition",
    "prosecution",
    "defence",
    "defense",
    "spokesmen",
    "family",
    "relatives",
    "neighbours",
    "neighbors",
    "teachers",
    "students",
    "staff",
    "workers",
    "employees",
    "sheriff's",
    "coroner's",
    "authority",
    "mayor",
    "governor",
    "president",
    "chairman",
];

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lines of a tab-separated lexicon with at least two fields, as
/// (first field, second field).
fn data_pairs(s: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data_lines(s).filter_map(|l| {
        let mut parts = l.split('\t');
        Some((parts.next()?, parts.next()?))
    })
}

/// The lower-cased key of a token text.
pub fn lower_key(s: &str, buf: &mut String) {
    buf.clear();
    push_lower(s, buf);
}

/// Appends the lower-cased `s` to `buf` (as [`lower_key`] writes it).
fn push_lower(s: &str, buf: &mut String) {
    if s.is_ascii() {
        let at = buf.len();
        buf.push_str(s);
        buf[at..].make_ascii_lowercase();
    } else {
        for c in s.chars() {
            buf.extend(c.to_lowercase());
        }
    }
}

/// The phrase key of `toks` (tokens of `text`): their lower-cased texts
/// joined by one space, written into `key`.
pub fn phrase_key(text: &str, toks: &[Tok], key: &mut String) {
    key.clear();
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        push_lower(&text[t.s..t.e], key);
    }
}

/// Whether a name of two words or more is an organisation of the
/// lexicons as it stands ("Paris St Germain", "Aston Villa").
pub fn listed_org(name: &str) -> bool {
    let (mut toks, mut key) = (Vec::new(), String::new());
    tokenize(name, 0, name.len(), &mut toks);
    phrase_key(name, &toks, &mut key);
    LEXICON
        .phrase
        .get(key.as_str())
        .is_some_and(|ps| ps.iter().any(|p| p.kind == PhraseKind::Org))
}

/// Whether one word is an organisation of the lexicons ("Sony",
/// "Nasdaq").
pub fn listed_org_word(w: &str) -> bool {
    let mut key = String::new();
    lower_key(w, &mut key);
    LEXICON
        .get(&key)
        .is_some_and(|i| i.phrases.iter().any(|p| p.kind == PhraseKind::Org))
}

/// Whether two capitalised words, `a` ending a line and `b` opening the
/// next, are words of one name: a phrase of the lexicons ("North
/// American", "Santa Barbara") or a first name and a surname ("John
/// Pope"). (A firm's legal form on the next line, "Analysis and
/// Technology\nInc", the recogniser joins across the break itself.)
pub fn name_continues(a: &str, b: &str) -> bool {
    let cap = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().skip(1).all(|c| c.is_ascii_lowercase())
    };
    if !cap(a) || !cap(b) {
        return false;
    }
    let mut key = String::new();
    push_lower(a, &mut key);
    key.push(' ');
    push_lower(b, &mut key);
    if LEXICON.phrase.get(key.as_str()).is_some() {
        return true;
    }
    let (fa, fb) = (lower_flags(a, &mut key), lower_flags(b, &mut key));
    if fa & (FUNC | MONTH | WEEKDAY | SPEECH) != 0 || fb & (FUNC | MONTH | WEEKDAY) != 0 {
        return false;
    }
    fa & FIRST != 0 && fa & COMMON == 0 && fb & LAST != 0
}

/// Whether an organisation's name is a newspaper's: its last word, or a
/// half of it ("Sun-Times", "Journal-Constitution"), a title word of the
/// press ("The Chicago Sun-Times", "St. Louis Post-Dispatch").
pub fn is_press_name(name: &str) -> bool {
    let mut key = String::new();
    name.rsplit([' ', '\n']).next().is_some_and(|last| {
        last.split('-')
            .any(|w| lower_flags(w, &mut key) & ORG_PRESS != 0)
    })
}

/// The flags of a word (0 when unknown); `key` is scratch space for its
/// lower-cased form when it is no short ASCII word.
pub fn lower_flags(w: &str, key: &mut String) -> u32 {
    LEXICON.word.get_lower(w, key).map_or(0, |i| i.flags)
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lex = Lexicon {
            word: HashedMap::default(),
            phrase: HashedMap::default(),
        };
        // The word table sized once, for a line of each word list and of
        // the cities (an upper bound: lists share words), rather than
        // rehashed each time it doubles as it fills.
        let lines = |s: &str| memchr::memchr_iter(b'\n', s.as_bytes()).count();
        lex.word.reserve(
            [FIRST_NAMES, GIVEN_INTL, LAST_NAMES, COMMON_WORDS, CITIES]
                .map(lines)
                .iter()
                .sum(),
        );
        let mut sc = LoadScratch::default();
        let mut key = String::new();
        let mut flag = |lex: &mut Lexicon, w: &str, f: u32| {
            lex.word.entry_lower(w, &mut key).flags |= f;
        };
        for w in data_lines(FIRST_NAMES).chain(data_lines(GIVEN_INTL)) {
            flag(&mut lex, w, FIRST);
        }
        for w in data_lines(LAST_NAMES) {
            flag(&mut lex, w, LAST);
        }
        for w in data_lines(COMMON_WORDS) {
            flag(&mut lex, w, COMMON);
        }
        for (list, f) in [
            (FUNC_WORDS, FUNC | COMMON),
            (MONTHS, MONTH),
            (WEEKDAYS, WEEKDAY),
            (HOLIDAYS, WEEKDAY),
            (PARTICLES, PARTICLE),
            (MISC_WORDS, MISC_LAST),
            (PLACE_WORDS, MISC_LAST),
            (OF_HEADS, OF_HEAD),
            (SPEECH_VERBS, SPEECH),
            (PRONOUNS, PRONOUN),
            (BODIES, BODY),
        ] {
            for w in list {
                flag(&mut lex, w, f);
            }
        }
        for w in [
            "western", "eastern", "northern", "southern", "central", "islamic",
            // A British party's adjective and its members ("Tory leader",
            // "a Tory source"), though a census first name.
            "tory", // A county's officer: "Deputy Sheriff", "Sheriff's deputies".
            "sheriff",
        ] {
            flag(&mut lex, w, NOT_NAME);
        }
        for (w, pos) in data_pairs(ORG_WORDS) {
            let f = match pos {
                "last" => ORG_LAST,
                "legal" => ORG_LAST | ORG_LEGAL,
                "not" => NOT_ORG,
                "trade" => ORG_LAST | ORG_TRADE,
                "press" => ORG_LAST | ORG_PRESS,
                "first" => ORG_FIRST,
                _ => ORG_LAST | ORG_FIRST,
            };
            flag(&mut lex, w, f);
        }
        for (w, kind) in data_pairs(TITLES) {
            let kind = match kind {
                "hon" => PhraseKind::Honorific,
                "role" => PhraseKind::Title,
                _ => PhraseKind::RoleNoun,
            };
            if kind == PhraseKind::RoleNoun && !w.contains(' ') {
                flag(&mut lex, w, ROLE_NOUN);
            }
            lex.add(&mut sc, w, kind, w, 0);
        }
        for line in data_lines(COUNTRIES) {
            let name = line.split('\t').next().unwrap_or("").trim();
            lex.add_place(&mut sc, name, name, u32::MAX, true);
        }
        for line in data_lines(US_STATES) {
            let name = line.split('\t').next().unwrap_or("").trim();
            lex.add(&mut sc, name, PhraseKind::Place, name, u32::MAX);
        }
        for line in data_lines(REGIONS) {
            let mut parts = line.split('\t');
            let (Some(name), Some(canon)) = (parts.next(), parts.next()) else {
                continue;
            };
            let nation = parts.next() == Some("nation");
            lex.add_place(&mut sc, name, canon, u32::MAX, nation);
        }
        for line in data_lines(CITIES) {
            let mut parts = line.split('\t');
            let (Some(name), Some(_cc), Some(pop)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let pop: u32 = pop.trim().parse().unwrap_or(0);
            lex.add(&mut sc, name, PhraseKind::Place, name, pop);
            // A saint's town written without the dot too, as upper-case
            // lines and the British write it: "ST LOUIS", "St Albans".
            // (The few such names live as long as the lexicon.)
            if let Some(rest) = name.strip_prefix("St. ") {
                let bare: &'static str = Box::leak(format!("St {rest}").into_boxed_str());
                lex.add(&mut sc, bare, PhraseKind::Place, name, pop);
            }
        }
        for (name, canon) in data_pairs(DEMONYMS) {
            lex.add(&mut sc, name, PhraseKind::Demonym, canon, 0);
        }
        for (lines, club) in [(ORGS, false), (CLUBS, true)] {
            for line in data_lines(lines) {
                let mut parts = line.split('\t');
                let Some(name) = parts.next() else { continue };
                let canon = parts.next().unwrap_or(name);
                lex.add_phrase(
                    &mut sc,
                    Phrase {
                        club,
                        ..Phrase::new(name, PhraseKind::Org, canon, 0)
                    },
                );
            }
        }
        lex
    }

    /// Adds a place, marked as a nation or not.
    fn add_place(
        &mut self,
        sc: &mut LoadScratch,
        form: &'static str,
        canonical: &'static str,
        pop: u32,
        nation: bool,
    ) {
        let p = Phrase {
            nation,
            ..Phrase::new(form, PhraseKind::Place, canonical, pop)
        };
        self.add_phrase(sc, p);
    }

    /// Adds a phrase under its lower-cased tokens.
    fn add(
        &mut self,
        sc: &mut LoadScratch,
        form: &'static str,
        kind: PhraseKind,
        canonical: &'static str,
        pop: u32,
    ) {
        self.add_phrase(sc, Phrase::new(form, kind, canonical, pop));
    }

    fn add_phrase(&mut self, sc: &mut LoadScratch, p: Phrase) {
        let (form, kind) = (p.form, p.kind);
        let LoadScratch { toks, key, part } = sc;
        toks.clear();
        tokenize(form, 0, form.len(), toks);
        if toks.is_empty() {
            return;
        }
        phrase_key(form, toks, key);
        if toks.len() == 1 {
            let info = self.word.entry(key);
            if !info
                .phrases
                .iter()
                .any(|q| q.form == form && q.kind == kind)
            {
                info.phrases.push(p);
            }
        } else if toks.len() < 32 {
            lower_key(&form[toks[0].s..toks[0].e], part);
            self.word.entry(part).phrase_lens |= 1 << toks.len();
            let v = self.phrase.entry(key);
            if !v.iter().any(|q| q.form == form && q.kind == kind) {
                v.push(p);
            }
        }
    }

    /// Info for a lower-cased word.
    #[inline]
    pub fn get(&self, lower: &str) -> Option<&WordInfo> {
        self.word.get(lower)
    }
}

/// Buffers that `Lexicon::load` keeps from phrase to phrase (it adds
/// some 16,000 of them).
#[derive(Default)]
struct LoadScratch {
    toks: Vec<Tok>,
    key: String,
    part: String,
}

/// The lexicons, loaded on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// Whether a place's canonical name is a US state's ("Texas").
pub fn is_us_state(canonical: &str) -> bool {
    static STATES: LazyLock<Vec<&'static str>> = LazyLock::new(|| first_column(US_STATES));
    STATES.contains(&canonical)
}

/// Whether a place's canonical name is a country's ("Austria").
pub fn is_country(canonical: &str) -> bool {
    static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| first_column(COUNTRIES));
    NAMES.contains(&canonical)
}

/// The first column of a table's data lines (a state's, a country's name).
fn first_column(table: &'static str) -> Vec<&'static str> {
    data_lines(table)
        .map(|l| l.split('\t').next().unwrap_or("").trim())
        .collect()
}

/// The US state whose USPS code is `code` ("MO" → "Missouri"), from a
/// table read once.
pub fn us_state_of_code(code: &str) -> Option<&'static str> {
    static BY_CODE: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        LazyLock::new(|| {
            data_lines(US_STATES)
                .filter_map(|l| {
                    let (name, c) = l.split_once('\t')?;
                    Some((c.trim(), name.trim()))
                })
                .collect()
        });
    BY_CODE.get(code).copied()
}

/// Whether `surface` is a demonym ("Russian", "Syrians"): the entities
/// table lists these as `PLACE` with the country as canonical, while
/// CoNLL-style evaluations count them as MISC.
pub fn is_demonym(surface: &str) -> bool {
    phrase_kinds(surface, |k| k == PhraseKind::Demonym)
}

/// Whether a word's lower-case key names a place the lexicons list
/// ("dallas", "madrid"): one hash lookup, no tokenising.
pub fn is_place_key(key: &str) -> bool {
    LEXICON
        .get(key)
        .is_some_and(|i| i.phrases.iter().any(|p| p.kind == PhraseKind::Place))
}

/// Whether `surface` is a place or a demonym the lexicons list ("U.S.",
/// "Britain", "French").
pub fn is_place_or_demonym(surface: &str) -> bool {
    phrase_kinds(surface, |k| {
        matches!(k, PhraseKind::Place | PhraseKind::Demonym)
    })
}

/// Whether the word `w` is a title the lexicons list ("Sheriff",
/// "Vice-President"); `key` is scratch space.
pub fn is_title_word(w: &str, key: &mut String) -> bool {
    lower_key(w, key);
    LEXICON
        .get(key)
        .is_some_and(|i| i.phrases.iter().any(|p| p.kind == PhraseKind::Title))
}

/// The canonical name of the place the lexicons list as `surface`
/// ("North Korea"), if any.
pub fn place_canonical(surface: &str) -> Option<&'static str> {
    phrases(surface)?
        .iter()
        .find(|p| p.kind == PhraseKind::Place)
        .map(|p| p.canonical)
}

/// Whether the lexicons list `surface` whole as a phrase of a kind `want`
/// accepts.
/// Whether `surface` names a nation itself ("India", "Britain", "U.S."),
/// not a place within one ("Sichuan", "Wall Street", whose canonical is
/// their country too).
pub fn names_a_nation(surface: &str) -> bool {
    phrases(surface).is_some_and(|ps| ps.iter().any(|p| p.kind == PhraseKind::Place && p.nation))
}

fn phrase_kinds(surface: &str, want: impl Fn(PhraseKind) -> bool) -> bool {
    phrases(surface).is_some_and(|ps| ps.iter().any(|p| want(p.kind)))
}

/// The lexicons' phrases written `surface`, whole.
fn phrases(surface: &str) -> Option<&'static [Phrase]> {
    let mut toks = Vec::new();
    tokenize(surface, 0, surface.len(), &mut toks);
    let mut key = String::new();
    phrase_key(surface, &toks, &mut key);
    let lex: &'static Lexicon = &LEXICON;
    if toks.len() == 1 {
        lex.word.get(&key).map(|w| w.phrases.as_slice())
    } else {
        lex.phrase.get(&key).map(|v| v.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_closed_by_a_title_word_of_the_press_is_a_paper() {
        for name in [
            "Chicago Sun-Times",
            "Atlanta Journal-Constitution",
            "St. Louis Post-Dispatch",
            "New York Times",
        ] {
            assert!(is_press_name(name), "{name}");
        }
        for name in [
            "Chicago Police Department",
            "Fox News",
            "Acme Corp",
            "Times",
        ] {
            assert_eq!(is_press_name(name), name == "Times", "{name}");
        }
    }

    #[test]
    fn a_line_may_end_inside_a_name() {
        assert!(name_continues("North", "American"));
        assert!(name_continues("New", "Mexico"));
        assert!(name_continues("John", "Pope"));
        assert!(!name_continues("Philadelphia", "Police"));
        assert!(!name_continues("Netherlands", "Czech"));
    }
}
