//! Document passes for names read in prose, run after the organisation
//! passes (`orgrules`):
//!
//! - [`of_bodies`]: a person named in full "of" a run of capitalised
//!   words, or an employee or an executive of one, names an organisation
//!   ("Ann Holt of Corvell Marine Supplies", "a former employee of
//!   General Mills"), unless the run is a place ("Ann Holt of Ohio").
//! - [`heads_of_roles`]: a word opening a sentence before a club's or a
//!   firm's role and a person named in full is the club or the firm
//!   ("Rovers manager Tom Vale", "Acme chief executive Ann Holt").
//! - [`administrations`]: a name before "administration", "government",
//!   "presidency", "agenda", "campaign" or "era" is a person's ("the
//!   Obama administration").
//! - [`ministry_lists`]: a ministry or a department named for several
//!   fields keeps them all ("Ministry of Economy, Trade and Industry").
//! - [`firms_of_nations`]: a word no lexicon knows before a country is a
//!   firm's name, not a person's ("Teleglobe Canada").
//! - [`compass_places`]: a name closed by a point of the compass or
//!   opened by a river's or a lake's word is a place ("Ealing North",
//!   "the River Tyne").
//! - [`body_heads`]: an organisation before a body's head word is one
//!   name with it ("EC Commission"), and the head alone after "the"
//!   names it again ("the Commission", "the Bank"); a station's number
//!   ("BBC Radio 4"); a firm's first word as the subject of a statement
//!   ("Monolithic also said").
//! - [`sport_bodies`]: a sport's national body ("Athletics Ireland").
//! - [`regional_arms`]: a firm's arm in a country or a continent
//!   ("Diageo North America president ...").
//! - [`told_the`]: a name after "told the" is a newspaper's or a body's
//!   ("told the Independent").
//! - [`local_bodies`]: a place before "Sheriff's Office" is one
//!   organisation with it, and the town a police department is named for
//!   is a place where it stands alone ("a bar in Southern Pines").
//! - [`legal_forms`]: a "person" ending on a company's legal form is the
//!   company ("Data General Corp president ...").
//! - [`particle_surnames`]: a surname alone keeps the particle of the
//!   full name ("de Gaulle", "Bin Laden").
//! - [`firms_after_kinds`]: a name after a lower-case noun of a kind of
//!   firm is the firm ("drugs giant Biogen Idec", "bookmaker William
//!   Hill").
//! - [`named_buildings`]: a name before "apartments", "complex", "motel"
//!   and other nouns of a building or a neighbourhood is a place; a
//!   name's possessive before a business's noun is the business
//!   ("Dolan's Bar and Grill"), a name before a part of a firm is the
//!   part ("its Zorvex Optics unit"), a school may go by its short name
//!   ("at Marlow Creek High").
//! - [`blocks_of`]: what "the 4100 block of" names is a street, a word
//!   no other rule read included.
//! - [`cross_streets`]: two names at a corner are two streets ("at Tenth
//!   Street and Lorrimer").
//! - [`titles_after_the`]: a name after a capitalised "The" inside a
//!   sentence is a title, not a person ("obtained by The Weekly
//!   Standard").
//! - [`spelt_acronyms`]: an acronym that spells an organisation the
//!   document names is that organisation ("the ABA conference").
//! - [`seats`]: what a member of a parliament sits for is a place
//!   ("MP for Corvey").
//! - [`crude_benchmarks`]: the oil benchmarks named for a field or a
//!   region ("Brent crude", "West Texas Intermediate") are no place.
//! - [`and_co`]: a full name "and Co" closes is a firm ("Tom Varne and
//!   Co").
//! - [`founders_firms`]: two surnames after a bond issue's manager or
//!   listed with an organisation are a firm ("lead manager Drexel
//!   Burnham").
//! - [`wrapped_legal`]: a legal form opening a wire's wrapped line
//!   closes the name ending the line before ("Kaiser Aluminum and
//!   Chemical\n Corp").
//! - [`club_tails`]: in a sports report, a club's last word alone
//!   ("Manchester City ... a move to City").
//! - [`initial_surnames`]: a surname opening a sentence before a verb,
//!   also one that is an English word, names the person named with it
//!   elsewhere ("Brand also noted").
//! - [`place_internationals`]: "the Sydney International" is a
//!   tournament, not a firm.
//! - [`legal_tails`]: "Advanced Institutional Management\nSoftware Inc"
//!   and "Alcoa of Australia Ltd" are one firm each.

use super::lexicon::{
    is_place_or_demonym, is_title_word, listed_org, lower_flags, lower_key, PhraseKind, BODY,
    COMMON, FIRST, FUNC, LAST, LEXICON, MONTH, NOT_NAME, ORG_FIRST, ORG_LAST, ORG_LEGAL, PARTICLE,
    WEEKDAY,
};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{
    give_back_surnames, is_sport, lines_at, make_org, named_in_full_before, normalise_space, Kind,
    Mention,
};

/// The end of a word starting at `s` (the next space, newline or
/// punctuation that closes a name).
fn word_end(text: &str, s: usize) -> usize {
    text[s..]
        .find(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
        })
        .map_or(text.len(), |k| s + k)
}

/// A capitalised word of a name: a capital first, then letters, digits,
/// "&", "-", "." or an apostrophe ("D'Amuro", "Stop", "&").
fn is_name_word(w: &str) -> bool {
    w == "&"
        || w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '\'' | '’'))
}

/// The run of capitalised words from `s` joined by single spaces; its end
/// (`s` when none). A trailing possessive or full stop is not taken.
fn cap_run(text: &str, s: usize) -> usize {
    let mut key = String::new();
    let mut end = s;
    let mut p = s;
    while p < text.len() {
        let e = word_end(text, p);
        let w = text[p..e].trim_end_matches('.');
        if w.is_empty() || !is_name_word(w) || w.ends_with("'s") || w.ends_with("’s") {
            break;
        }
        lower_key(w, &mut key);
        if LEXICON
            .get(&key)
            .is_some_and(|i| i.flags & (MONTH | WEEKDAY) != 0)
        {
            break;
        }
        end = p + w.len();
        if text.get(end..end + 1) != Some(" ") || end < e {
            break;
        }
        p = end + 1;
    }
    end
}

/// Whether `w` stands capitalised inside a sentence of `text`, after a
/// lower-case word or a comma.
fn capitalised_inside(text: &str, w: &str) -> bool {
    find_all(text, w).any(|k| {
        let e = k + w.len();
        let bounded = !text[e..].starts_with(|c: char| c.is_alphanumeric());
        let prev = text[..k].trim_end_matches(' ');
        bounded && prev.len() < k && prev.ends_with(|c: char| c.is_lowercase() || c == ',')
    })
}

/// Byte offsets of `pat` in `text` (SIMD search; a match of a whole
/// UTF-8 needle always starts on a character boundary).
fn find_all<'a>(text: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), pat.as_bytes())
}

/// Searchers for the fixed phrases of these passes, built once.
static OF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" of "));
static TOLD_THE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("told the "));
static FOR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" for "));
const ADMIN_NOUNS: &[&str] = &[
    "administration",
    "government",
    "presidency",
    "agenda",
    "campaign",
    "era",
];

/// Byte offsets where `w` stands as a whole word in `text`, found among
/// the starts of capitalised words (one pass over the bytes, no
/// searcher to build: the passes look up several names a document).
fn word_at<'a>(text: &'a str, starts: &'a [usize], w: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = w.as_bytes().first();
    starts.iter().copied().filter(move |&s| {
        // (The first byte alone sets most starts aside.)
        first.is_none_or(|c| text.as_bytes().get(s) == Some(c))
            && text[s..].starts_with(w)
            && !text[s + w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Starts of the capitalised words that open the sentences (past spaces
/// and an opening quote).
pub(super) fn openings(text: &str, sentences: &[super::Sentence]) -> Vec<usize> {
    let b = text.as_bytes();
    sentences
        .iter()
        .filter_map(|st| {
            let mut i = st.start;
            while i < st.end && matches!(b.get(i), Some(b' ' | b'"' | b'\'' | b'\n')) {
                i += 1;
            }
            b.get(i).is_some_and(u8::is_ascii_uppercase).then_some(i)
        })
        .collect()
}

/// "Oracle has announced cuts ... In a statement, Oracle said": a
/// sentence's first word that the document names alone as an
/// organisation elsewhere is that organisation. Its capital proves
/// nothing at a sentence's start, so the sentence rules leave it. Not a
/// word of organisations' names ("Ministry", "Holdings") or a place,
/// and an English word only before a verb a body's news opens with
/// ("Arsenal beat", "Dome has"; not "Bank lending rose", "United we
/// stand").
pub(super) fn opening_orgs(text: &str, openings: &[usize], ms: &mut Vec<Mention>) {
    let mut key = String::new();
    // An English word ("Arsenal", "Apple") is the organisation only
    // before a verb a body's news opens with ("Arsenal beat", "Apple
    // said"), not before a noun ("Bank lending rose").
    let body_verb = |rest: &str| {
        let next = rest
            .trim_start_matches(' ')
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        matches!(
            next,
            "said"
                | "says"
                | "beat"
                | "won"
                | "lost"
                | "drew"
                | "will"
                | "has"
                | "have"
                | "had"
                | "announced"
                | "reported"
                | "posted"
        )
    };
    let orgs: Vec<(&str, &str, bool)> = ms
        .iter()
        .filter(|m| m.kind == Kind::Org && m.e >= m.s + 2)
        .map(|m| (&text[m.s..m.e], m.canonical.as_str()))
        .filter_map(|(w, c)| {
            let flags = lower_flags(w, &mut key);
            let common = flags & COMMON != 0;
            (!w.contains(|c: char| !c.is_alphanumeric())
                && flags & (FUNC | ORG_LAST | ORG_FIRST | ORG_LEGAL) == 0
                && {
                    // Nor a place's name ("Vicksburg" of "Vicksburg police").
                    lower_key(w, &mut key);
                    let place = |p: &super::lexicon::Phrase| p.kind == PhraseKind::Place;
                    !(LEXICON
                        .get(&key)
                        .is_some_and(|i| i.phrases.iter().any(place))
                        || LEXICON
                            .phrase
                            .get(&key)
                            .is_some_and(|ps| ps.iter().any(place)))
                })
            .then_some((w, c, common))
        })
        .collect();
    if orgs.is_empty() {
        return;
    }
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for &s in openings {
        let Some(&(w, canonical, _)) = orgs.iter().find(|(w, _, common)| {
            text[s..].starts_with(w)
                && !text[s + w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                && (!common || body_verb(&text[s + w.len()..]))
        }) else {
            continue;
        };
        let e = s + w.len();
        if !ms.iter().any(|o| o.kind != Kind::Weak && overlaps(o, s, e)) {
            found.push((s, e, canonical.to_string()));
        }
    }
    for (s, e, canonical) in found {
        ms.retain(|o| !(o.kind == Kind::Weak && overlaps(o, s, e)));
        ms.push(Mention::new(s, e, Kind::Org, canonical));
    }
}

/// "PricewaterhouseCoopers", "Nintendo GameBoy", "SonyEricsson P800": a
/// word with a capital inside, after four letters or more, is a firm's
/// or a product's name, never a person's (unless a part is a given name:
/// "MaryEllen", "AbdulKadir", "FitzGerald"; shorter heads are names'
/// particles: "McNeil", "DeShawn", "LaToya"), when it ends the name or a
/// model's number follows. A "person" holding one is
/// the firm, or with a figure ("P800", "G4") a product, which is no
/// name we tag; so is every mention read as that person.
pub(super) fn camel_case_names(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let mut firms: Vec<(String, Kind)> = Vec::new();
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let surface = &text[m.s..m.e];
        // The camel-cased word last, or before a model's number or
        // letters ("P800", "L.P."); not before a surname, which makes it
        // a given name ("MaliVai Washington").
        let words: Vec<&str> = surface.split_whitespace().collect();
        let camel = words.iter().enumerate().any(|(k, w)| {
            camel_case(w, &mut key)
                && words.get(k + 1).is_none_or(|n| {
                    n.contains(|c: char| c.is_ascii_digit())
                        || !n.contains(|c: char| c.is_lowercase())
                })
        });
        if !camel {
            continue;
        }
        let kind = if surface.contains(|c: char| c.is_ascii_digit()) && !short_mixed(surface) {
            Kind::Weak
        } else {
            Kind::Org
        };
        // (The mentions of a full name follow it; a lone word read as a
        // longer name's gives way alone.)
        if m.canonical == normalise_space(surface) {
            firms.push((m.canonical.clone(), kind));
        }
        m.retype(kind);
        m.canonical = normalise_space(surface);
    }
    if firms.is_empty() {
        return;
    }
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        if let Some(&(_, kind)) = firms.iter().find(|(c, _)| *c == m.canonical) {
            m.retype(kind);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
}

/// An acronym written with a small letter inside ("BoE", "PwC",
/// "DfES"): an organisation's, never a person's name.
fn short_mixed(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=5).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().any(u8::is_ascii_lowercase)
}

/// Whether a word is written in camel case for [`camel_case_names`].
fn camel_case(w: &str, key: &mut String) -> bool {
    if short_mixed(w) {
        return true;
    }
    let b = w.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(i) =
        (4..b.len()).find(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
    else {
        return false;
    };
    if !b[..i].iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let tail_end = b[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(b.len(), |k| i + k);
    let given = |x: &str, key: &mut String| lower_flags(x, key) & FIRST != 0;
    !given(&w[..i], key) && !given(&w[i..tail_end], key)
}

/// "Norris Greenhouse Jr.", "Greenhouse Jr. and Stafford", "Martin
/// Luther King Jr.": a name's generational suffix is the name's, with
/// its stop; read alone, the capitalised words before it (up to three,
/// no title nor function word) are the name it ends.
pub(super) fn name_suffixes(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person {
            continue;
        }
        let surface = &text[m.s..m.e];
        let last = surface.rsplit(' ').next().unwrap_or(surface);
        if !super::SUFFIX_WORDS.contains(&last) {
            continue;
        }
        let mut s = m.s;
        if surface == last {
            // The words before, back to a comma, a lower-case word, a
            // title or the line's start.
            for _ in 0..3 {
                let before = &text[..s];
                let Some(head) = before.strip_suffix(' ') else {
                    break;
                };
                let w0 = head
                    .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '-')))
                    .map_or(0, |i| i + 1);
                let w = &head[w0..];
                let title = LEXICON.phrase.get({
                    lower_key(w.trim_end_matches('.'), &mut key);
                    &key
                });
                if !w.starts_with(|c: char| c.is_uppercase())
                    || lower_flags(w, &mut key) & FUNC != 0
                    || title.is_some_and(|ps| {
                        ps.iter()
                            .any(|p| matches!(p.kind, PhraseKind::Title | PhraseKind::Honorific))
                    })
                {
                    break;
                }
                s = w0;
            }
            if s == m.s {
                continue;
            }
        }
        let e = m.e + usize::from(text[m.e..].starts_with('.'));
        grown.push((s, e));
        let was_alone = m.s != s;
        m.s = s;
        m.e = e;
        // (A lone suffix keeps the full name it was read as: "Greenhouse
        // Jr." of "Norris Greenhouse Jr.".)
        let name = normalise_space(text[s..e].trim_end_matches('.'));
        if was_alone && !m.canonical.ends_with(&name) {
            m.canonical = name;
        }
        // (The words taken were the name's, not a role's: "King".)
        if was_alone && m.role.is_some_and(|(a, _)| a >= s) {
            m.role = None;
            m.role_org = None;
        }
    }
    // (What was read inside a grown name gives way.)
    for m in ms.iter_mut() {
        if grown
            .iter()
            .any(|&(s, e)| m.s >= s && m.e <= e && (m.s, m.e) != (s, e))
        {
            m.kind = Kind::Weak;
            m.key.clear();
            m.e = m.s;
        }
    }
}

/// "won an Oscar ... Oscar nominations", "drives a Ferrari": a lone name
/// that the document puts after "a" or "an" at the end of its phrase, or
/// writes with "-winning" or "-nominated", names a thing (an award, a
/// make), not a person; so does a storm's name ("Hurricane Delia",
/// "Typhoon Haishen", "Storm Ciara"); and
/// none of its mentions is a person's, unless the document names a
/// person in full with it ("Oscar Wilde").
pub(super) fn things_named(text: &str, ms: &mut [Mention]) {
    const STORMS: &[&str] = &["Hurricane", "Typhoon", "Cyclone", "Storm"];
    let lone = |m: &Mention| {
        m.kind == Kind::Person
            && m.e > m.s
            && !text[m.s..m.e].contains([' ', '\n', '.'])
            && m.canonical == text[m.s..m.e]
    };
    let mut things: Vec<&str> = Vec::new();
    for m in ms.iter().filter(|m| lone(m)) {
        let before = text[..m.s].trim_end_matches(' ');
        // (Lower case: a capital "A" opens a team's list as an initial,
        // "A Foley, A Craig".)
        let article = [" a", " an", "\na", "\nan"]
            .iter()
            .any(|a| before.ends_with(a));
        let after = &text[m.e..];
        let compound = after.starts_with("-winning") || after.starts_with("-nominated");
        // (Not a person's name before a noun: "a Reagan spokesman", "a
        // Mehrtens penalty"; the thing ends its phrase: "won an Oscar
        // for", "drives a Ferrari.")
        let ends = after.starts_with(['.', ',', ';', ':', '!', '?', ')'])
            || [
                " in ", " for ", " at ", " on ", " with ", " and ", " as ", " from ",
            ]
            .iter()
            .any(|p| after.starts_with(p));
        let storm = STORMS.iter().any(|w| super::ends_with_words(before, w));
        if article && ends || compound || storm {
            things.push(&text[m.s..m.e]);
        }
    }
    if things.is_empty() {
        return;
    }
    // (Not a name the document gives a person in full.)
    let named: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Person && text[m.s..m.e].contains(' '))
        .flat_map(|m| text[m.s..m.e].split_whitespace())
        .collect();
    things.retain(|t| !named.contains(t));
    let things: Vec<String> = things.iter().map(|t| t.to_string()).collect();
    for m in ms.iter_mut() {
        if lone(m) && things.iter().any(|t| *t == text[m.s..m.e]) {
            m.kind = Kind::Weak;
            m.key.clear();
            m.e = m.s;
        }
    }
}

/// "the Group of Five (G-5)", "the Group of 24": a group of nations
/// named by its number is one organisation, whatever the number's word
/// was read as.
pub(super) fn groups_of_nations(text: &str, ms: &mut Vec<Mention>) {
    const NUMBERS: &[&str] = &[
        "Two", "Three", "Five", "Six", "Seven", "Eight", "Ten", "Twenty",
    ];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in memchr::memmem::find_iter(text.as_bytes(), b"Group of ") {
        let s = k;
        let n = k + "Group of ".len();
        let rest = &text[n..];
        let len = NUMBERS
            .iter()
            .find(|w| rest.starts_with(**w))
            .map(|w| w.len())
            .or_else(|| {
                let d = rest.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&d).then_some(d)
            });
        let Some(len) = len else {
            continue;
        };
        let e = n + len;
        // (Not the end of a longer name: "the Cairns Group of 14".)
        let before = text[..s].trim_end_matches(' ');
        let named = before
            .rsplit([' ', '\n'])
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && w != "The");
        if text[e..].starts_with(|c: char| c.is_alphanumeric()) || named {
            continue;
        }
        found.push((s, e));
    }
    for (s, e) in found {
        if ms
            .iter()
            .any(|o| o.kind == Kind::Org && o.s <= s && o.e >= e)
        {
            continue;
        }
        ms.retain(|o| !overlaps(o, s, e));
        ms.push(Mention::new(s, e, Kind::Org, text[s..e].to_string()));
    }
}

/// Whether a mention lies over `[s, e)`.
fn overlaps(m: &Mention, s: usize, e: usize) -> bool {
    m.e > m.s && m.s < e && s < m.e
}

/// "Mark Dale of Corvell Marine Supplies; Ann Holt of Brisk Foods and
/// Tarn Dairies": a person named in full "of" a run of capitalised words
/// that ends the clause, or an employee, an executive or a unit "of" it,
/// is an organisation's member; the run is the organisation unless a
/// place or a person lies in it ("Ann Holt of Ohio", "Tom Vale of
/// Manchester United" keeps its club).
pub(super) fn of_bodies(text: &str, ms: &mut Vec<Mention>) {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter() {
        let after_person = m.kind == Kind::Person && m.ntok >= 2 && m.e > m.s;
        let at = if after_person && text[m.e..].starts_with(" of ") {
            m.e + 4
        } else {
            continue;
        };
        runs.push((at, 0));
    }
    // "a former employee of General Mills", "executives of Tarn Dairies".
    for k in OF.find_iter(text.as_bytes()) {
        let head = &text[..k];
        let w = last_word(head);
        let cue = matches!(
            w,
            "employee"
                | "employees"
                | "executive"
                | "executives"
                | "subsidiary"
                | "division"
                | "shareholders"
                | "founder"
        ) || w == "unit" && head.ends_with(" a unit");
        if cue {
            runs.push((k + 4, 0));
        }
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (at, _) in runs {
        let mut s = at;
        // "of the FBI" is read already; "of the Tarn Dairies Group" too.
        if text[s..].starts_with("the ") {
            s += 4;
        }
        let e = cap_run(text, s);
        if e <= s {
            continue;
        }
        // The run closes its clause: a stop, a comma, a semicolon, a
        // bracket, the end, or "and" before another run.
        let rest = &text[e..];
        let closes = rest.is_empty()
            || rest.starts_with([';', ',', '.', ')', '\n', ':'])
            || rest.starts_with(" and ")
            || rest.starts_with(" - ")
            || rest.starts_with(" who ");
        if !closes {
            continue;
        }
        found.push((s, e));
        // "Tarn Dairies and Brisk Foods;": the second run too.
        if let Some(r) = rest.strip_prefix(" and ") {
            let s2 = e + 5;
            let e2 = cap_run(text, s2);
            let after = &r[e2 - s2..];
            if e2 > s2 && (after.is_empty() || after.starts_with([';', ',', '.', ')', '\n'])) {
                found.push((s2, e2));
            }
        }
    }
    for (s, e) in found {
        // A place, a person or a nationality keeps its reading; so does
        // an organisation that is already the whole run or more.
        let kept = ms.iter().any(|m| {
            overlaps(m, s, e)
                && (matches!(m.kind, Kind::Place)
                    || m.kind == Kind::Person && m.given
                    || m.kind == Kind::Org && m.s <= s && m.e >= e)
        });
        if kept {
            continue;
        }
        // One common word alone is no name ("of Commerce" is read by the
        // chunk reader when it is one).
        let name = &text[s..e];
        let mut key = String::new();
        if !name.contains(' ') {
            lower_key(name, &mut key);
            if LEXICON
                .get(&key)
                .is_some_and(|i| i.flags & (COMMON | NOT_NAME) != 0)
            {
                continue;
            }
        }
        org_no_role(ms, s, e, normalise_space(name));
    }
}

/// [`make_org`], and the organisation carries no role (a title read
/// from its first word: "General Mills").
fn org_no_role(ms: &mut Vec<Mention>, s: usize, e: usize, canonical: String) {
    make_org(ms, s, e, canonical);
    for m in ms.iter_mut().filter(|m| m.s == s && m.e == e) {
        m.role = None;
        m.role_org = None;
    }
}

/// Roles of a club's or a firm's people, written between its name and
/// a person's ("Rovers manager Tom Vale", "Acme chief executive Ann
/// Holt"). Government roles are left out: "Economy minister" names no
/// body.
const BODY_ROLES: &[&str] = &[
    "manager",
    "coach",
    "head coach",
    "boss",
    "captain",
    "skipper",
    "chairman",
    "chairwoman",
    "owner",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "forward",
    "fly-half",
    "scrum-half",
    "chief executive",
    "executive chairman",
    "managing director",
    "director",
    "spokesman",
    "spokeswoman",
];

/// Roles of [`BODY_ROLES`] that only a firm or a body has (a politician
/// has a spokesman and a director of communications).
const FIRM_ROLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chief executive",
    "executive chairman",
    "managing director",
];

/// Roles of a club's players and staff.
const SPORT_ROLES: &[&str] = &[
    "manager",
    "coach",
    "head coach",
    "boss",
    "captain",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "forward",
    "fly-half",
    "scrum-half",
];

/// Players' positions: a report that names one is a sports report.
const PLAYER_ROLES: &[&str] = &[
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "fly-half",
    "scrum-half",
];

/// The last words of [`BODY_ROLES`] ("coach" of "head coach"): a role
/// is read only after one of them (a cheap test before reading the
/// roles one by one).
static ROLE_TAILS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| BODY_ROLES.iter().map(|r| last_word(r)).collect());

/// The text after the last space or newline of `s` (all of it when none).
fn last_word(s: &str) -> &str {
    s.rsplit([' ', '\n']).next().unwrap_or(s)
}

/// Words that may open a sentence before a role and are no body's name
/// ("Team manager", "Former coach", "Club captain").
fn role_opener(key: &str) -> bool {
    matches!(
        key,
        "team"
            | "club"
            | "former"
            | "then"
            | "new"
            | "acting"
            | "interim"
            | "assistant"
            | "deputy"
            | "police"
            | "government"
            | "party"
            | "company"
            | "group"
            | "county"
            | "city"
            | "state"
            | "national"
            | "caretaker"
            | "joint"
            | "player"
            | "general"
            | "senior"
            | "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
    )
}

/// "Rovers manager Tom Vale has signed": a capitalised word that opens a
/// sentence (where the sentence reader sets a common word aside) or that
/// nothing else reads, before a club's or a firm's role and a person
/// named in full, is that club or firm; its lone mentions elsewhere are
/// too. In a sports report, before a player's or a manager's role, so
/// is a town or a given name and its other lone mentions ("Everton
/// manager Tom Vale ... put Everton on the back foot"). A country keeps
/// its reading ("England coach Andy Robinson": a national side is its
/// country).
pub(super) fn heads_of_roles(text: &str, ms: &mut Vec<Mention>) {
    let mut heads: Vec<(usize, usize)> = Vec::new();
    let mut key = String::new();
    // A player's position before a person says sport by itself
    // ("Chelsea defender Ann Holt"); read only when a rule asks (read on
    // the word before the person: a position has no space).
    let player = |ms: &[Mention]| {
        ms.iter().any(|m| {
            m.kind == Kind::Person
                && m.ntok >= 2
                && text[..m.s].strip_suffix(' ').is_some_and(|b| {
                    let w = last_word(b);
                    PLAYER_ROLES.iter().any(|r| w.ends_with(r))
                })
        })
    };
    let mut sport: Option<bool> = None;
    for m in ms.iter() {
        if !(m.kind == Kind::Person && m.ntok >= 2 && m.e > m.s) {
            continue;
        }
        let before = text[..m.s].strip_suffix(' ').unwrap_or("");
        // (Most words before a person end no role.)
        if !ROLE_TAILS.contains(last_word(before)) {
            continue;
        }
        let Some(role) = BODY_ROLES
            .iter()
            .find(|r| before.ends_with(**r) && before[..before.len() - r.len()].ends_with(' '))
        else {
            continue;
        };
        let head = &before[..before.len() - role.len() - 1];
        let ws = head
            .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '(' | '\''))
            .map_or(0, |k| {
                k + head[k..].chars().next().map_or(1, char::len_utf8)
            });
        let w = &head[ws..];
        if w.len() < 2 || !w.chars().next().is_some_and(char::is_uppercase) || !is_name_word(w) {
            continue;
        }
        lower_key(w, &mut key);
        if role_opener(&key) {
            continue;
        }
        let sport_role = SPORT_ROLES.contains(role);
        if let Some(info) = LEXICON.get(&key) {
            // (A town's name before a player's role is its club's in a
            // sports report: "Everton manager".)
            let mut town = |p: &super::lexicon::Phrase| {
                p.kind == PhraseKind::Place
                    && !p.nation
                    && sport_role
                    && *sport.get_or_insert_with(|| player(ms) || is_sport(text))
            };
            if info.flags & (FUNC | MONTH | WEEKDAY | NOT_NAME) != 0
                || info
                    .phrases
                    .iter()
                    .any(|p| !matches!(p.kind, PhraseKind::Org) && !town(p))
            {
                continue;
            }
            // An English word ("Recalled fly-half", "Veteran striker")
            // is a name only when the story writes it capitalised inside
            // a sentence too ("the deal keeps him at Rovers").
            if info.flags & COMMON != 0 && !capitalised_inside(text, w) {
                continue;
            }
        }
        // "Dublin-born director": an adjective compound.
        if w.contains('-') {
            continue;
        }
        let we = ws + w.len();
        // Only a word nothing reads, or a lone word kept on evidence; in
        // a sports report, before a player's or a manager's role, also a
        // town's name or a lone given name ("Norwich boss Tom Vale",
        // "Everton manager Tom Vale"). Before a firm's own role, a lone
        // surname too: no one writes a person's name bare before a
        // chairman's ("Tarnow chairman Ann Holt" names the body; "Tarnow
        // spokesman Ann Holt" may be a politician's).
        let firm_role = FIRM_ROLES.contains(role);
        let mut other = |o: &Mention| {
            let exact = o.s == ws && o.e == we;
            let lone_name = o.kind == Kind::Person && o.ntok <= 1 && o.canonical == text[o.s..o.e];
            let town_or_name = o.kind == Kind::Place && !o.nation && !o.demonym || lone_name;
            overlaps(o, ws, we)
                && !(exact
                    && (o.kind == Kind::Weak
                        || lone_name && firm_role
                        || town_or_name
                            && sport_role
                            && *sport.get_or_insert_with(|| player(ms) || is_sport(text))))
        };
        if ms.iter().any(&mut other) {
            continue;
        }
        heads.push((ws, we));
    }
    if heads.is_empty() {
        return;
    }
    let sport = sport.unwrap_or_else(|| player(ms));
    let names: Vec<String> = heads.iter().map(|&(s, e)| text[s..e].to_string()).collect();
    for (s, e) in heads {
        make_org(ms, s, e, text[s..e].to_string());
    }
    for m in ms.iter_mut() {
        let lone = m.kind == Kind::Weak
            || m.kind == Kind::Person && m.ntok <= 1 && m.canonical == text[m.s..m.e]
            || sport && m.kind == Kind::Place && !m.nation && !m.demonym;
        if lone && m.e > m.s && names.iter().any(|n| *n == text[m.s..m.e]) {
            m.kind = Kind::Org;
            m.canonical = text[m.s..m.e].to_string();
        }
    }
}

/// "the Obama administration", "the Keating government": a capitalised
/// word between "the" and "administration", "government",
/// "presidency", "agenda", "campaign" or "era" that no lexicon reads as a place, a body, a common word
/// or a given name alone is a person's surname ("the Labour government",
/// "the Kenyan government", "the Tory government" are not).
pub(super) fn administrations(text: &str, ms: &mut Vec<Mention>) {
    let mut key = String::new();
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (The sentence reader leaves such a word alone: a lone word without
    // a cue.)
    let cands: Vec<usize> = ms
        .iter()
        .filter(|m| m.kind == Kind::Weak && m.e > m.s)
        .filter(|m| {
            // (The whole next word, read once.)
            text[m.e..].strip_prefix(' ').is_some_and(|r| {
                let w = &r[..r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len())];
                ADMIN_NOUNS.contains(&w)
            })
        })
        .map(|m| m.e)
        .collect();
    {
        for k in cands {
            let head = &text[..k];
            let ws = head.rfind([' ', '\n']).map_or(0, |i| i + 1);
            let w = &head[ws..];
            if !w.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // After "the" or a lower-case word ("the failed Obama
            // administration"), not opening a sentence.
            let prev = head[..ws].trim_end_matches(' ');
            let pw = &prev[prev.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
            let pw = pw.trim_start_matches(['"', '“', '\'', '(']);
            if !(pw == "The" || !pw.is_empty() && pw.chars().all(char::is_lowercase)) {
                continue;
            }
            if w.len() < 3
                || !w.chars().next().is_some_and(char::is_uppercase)
                || !w.chars().skip(1).all(char::is_lowercase)
            {
                continue;
            }
            lower_key(w, &mut key);
            if let Some(info) = LEXICON.get(&key) {
                let f = info.flags;
                if f & LAST == 0 && f & (COMMON | FIRST | FUNC | NOT_NAME | MONTH | WEEKDAY) != 0
                    || !info.phrases.is_empty()
                {
                    continue;
                }
            }
            let we = ws + w.len();
            if ms
                .iter()
                .any(|m| overlaps(m, ws, we) && m.kind != Kind::Weak)
            {
                continue;
            }
            found.push((ws, we));
        }
    }
    for (s, e) in found {
        let w = &text[s..e];
        lower_key(w, &mut key);
        let canonical = ms
            .iter()
            .find(|m| m.kind == Kind::Person && m.ntok >= 2 && m.key == key)
            .map_or_else(|| w.to_string(), |m| m.canonical.clone());
        ms.retain(|m| !(m.kind == Kind::Weak && m.s == s && m.e == e));
        let mut m = Mention::new(s, e, Kind::Person, canonical);
        m.ntok = 1;
        m.key = key.clone();
        ms.push(m);
    }
}

/// Heads of a body named for several fields, joined by commas and "and".
const FIELD_HEADS: &[&str] = &[
    "Ministry of ",
    "Ministry for ",
    "Department of ",
    "Department for ",
    "Secretary of State for ",
    "Committee on ",
    "Commission on ",
];

/// "the Ministry of Economy, Trade and Industry", "the Department for
/// Culture, Media and Sport": the fields after the first, each one to
/// three capitalised words, joined by commas and a last "and", are the
/// body's name.
pub(super) fn ministry_lists(text: &str, ms: &mut Vec<Mention>) {
    let mut grow: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        if !FIELD_HEADS.iter().any(|h| name.starts_with(h)) || !text[m.e..].starts_with(", ") {
            continue;
        }
        let field = |s: usize| {
            let e = cap_run(text, s);
            let n = text[s..e].split(' ').count();
            (e > s && n <= 3).then_some(e)
        };
        let mut p = m.e;
        let mut end = None;
        while let Some(r) = text[p..].strip_prefix(", ") {
            let s = text.len() - r.len();
            let Some(e) = field(s) else { break };
            if let Some(r2) = text[e..].strip_prefix(" and ") {
                let s2 = text.len() - r2.len();
                if let Some(e2) = field(s2) {
                    end = Some(e2);
                }
                break;
            }
            p = e;
        }
        if let Some(e) = end {
            grow.push((m.s, e));
        }
    }
    for (s, e) in grow {
        make_org(ms, s, e, normalise_space(&text[s..e]));
    }
}

/// "the acquisition of Teleglobe Canada": a person read from a word no
/// lexicon knows and a country after it is a firm's name (a person's
/// surname is rarely a country's, and a firm's national arm is named so).
/// A lone mention of the country that was read as that person's surname
/// is the country again.
pub(super) fn firms_of_nations(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let mut names: Vec<String> = Vec::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok != 2 || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        let Some((first, last)) = name.split_once([' ', '\n']) else {
            continue;
        };
        lower_key(first, &mut key);
        if LEXICON.get(&key).is_some() {
            continue;
        }
        lower_key(last, &mut key);
        let nation = LEXICON.get(&key).is_some_and(|i| {
            i.phrases
                .iter()
                .any(|p| p.kind == PhraseKind::Place && p.nation)
        });
        if !nation {
            continue;
        }
        names.push(m.canonical.clone());
        m.kind = Kind::Org;
        m.canonical = normalise_space(name);
    }
    // (Their lone surnames, the country's name, are the country.)
    give_back_surnames(text, ms, &names);
}

/// Points of the compass that close a constituency's or a district's
/// name ("Ealing North", "Belfast West").
const COMPASS_TAILS: &[&str] = &["North", "South", "East", "West", "Central"];

/// Words that open the name of a river, a lake, a mountain or a cape.
const FEATURE_HEADS: &[&str] = &["River", "Lake", "Loch", "Mount", "Cape"];

/// "the MP for Ealing North": a person read from a word that is no given
/// name and a point of the compass after it is a place (a constituency,
/// a district); "Adam West" keeps his name. So is one opening on a
/// river's, a lake's or a mountain's word ("the River Tyne", "Lake
/// Kivu").
pub(super) fn compass_places(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok != 2 || m.given || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        let Some((first, last)) = name.split_once(' ') else {
            continue;
        };
        if FEATURE_HEADS.contains(&first) {
            m.kind = Kind::Place;
            m.canonical = name.to_string();
            continue;
        }
        if !COMPASS_TAILS.contains(&last) {
            continue;
        }
        lower_key(first, &mut key);
        if LEXICON.get(&key).is_some_and(|i| i.flags & FIRST != 0) {
            continue;
        }
        m.kind = Kind::Place;
        m.canonical = name.to_string();
    }
}

/// "Tom Hale, MP for Corvey", "the Labour MP for Ashby Green and Bow":
/// what a member of a parliament sits for is a place (a constituency),
/// the capitalised words after "for", joined by "and", "upon", "on" or a
/// hyphen, whatever a person's name they may read as.
pub(super) fn seats(text: &str, ms: &mut Vec<Mention>) {
    const MEMBERS: &[&str] = &["MP", "MPs", "MSP", "MEP", "AM", "TD", "MLA", "MHA"];
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in FOR.find_iter(text.as_bytes()) {
        let start = k + 5;
        let member = text[..start - 5]
            .rsplit([' ', '\n', '('])
            .next()
            .unwrap_or("");
        if !MEMBERS.contains(&member) {
            continue;
        }
        // The run of capitalised words, and the small words that join
        // two runs ("Hornsey and Wood Green", "Newcastle upon Tyne").
        let mut end = cap_run(text, start);
        while end > start {
            let next = [" and ", " upon ", " on "].iter().find_map(|j| {
                let s2 = end + j.len();
                let e2 = text[end..].starts_with(j).then(|| cap_run(text, s2))?;
                (e2 > s2).then_some(e2)
            });
            match next {
                Some(e2) => end = e2,
                None => break,
            }
        }
        if end > start {
            found.push((start, end));
        }
    }
    for (s, e) in found {
        // (Not a body the lexicon knows; a lone word read as a body
        // because "it" follows it, and a place inside the seat, give way
        // to the seat: "the MP for Corvey said it".)
        if ms
            .iter()
            .any(|o| overlaps(o, s, e) && o.kind == Kind::Org && listed_org(&o.canonical))
        {
            continue;
        }
        ms.retain(|o| !overlaps(o, s, e));
        ms.push(Mention::new(
            s,
            e,
            Kind::Place,
            normalise_space(&text[s..e]),
        ));
    }
}

/// "Brent crude rose", "West Texas Intermediate": the benchmarks of oil
/// named for a field or a region name no place (not the London borough,
/// not the region of Texas). In a text of oil ("crude", "barrel") the
/// field's name alone is the benchmark too ("spot Brent held steady").
pub(super) fn crude_benchmarks(text: &str, ms: &mut [Mention]) {
    let mut oil: Option<bool> = None;
    for m in ms.iter_mut() {
        if m.kind != Kind::Place || m.e <= m.s {
            continue;
        }
        let graded = match &text[m.s..m.e] {
            "Brent" | "BRENT" => *oil.get_or_insert_with(|| {
                ["crude", "barrel", "Crude", "CRUDE", "BARREL"]
                    .iter()
                    .any(|w| find_all(text, w).next().is_some())
            }),
            "West Texas" => text[m.e..].starts_with(" Intermediate"),
            "West Texas Intermediate" => true,
            _ => false,
        };
        if graded {
            m.absorb();
        }
    }
}

/// Heads of a body's name that a document names again alone after
/// "the" ("the EC Commission ... the Commission had to accept").
fn is_body_head(w: &str) -> bool {
    matches!(
        w,
        "Commission"
            | "Council"
            | "Committee"
            | "Assembly"
            | "Tribunal"
            | "Bank"
            | "Court"
            | "Ministry"
            | "Agency"
    )
}

/// "EC Commission sources said ... the Commission had": an organisation
/// before a body's head word is one name with it, and the head alone
/// after "the" names it again; "BBC Radio 4": a station's number is in
/// its name. A firm named in full with its legal form is named again by
/// its first word as the subject of a statement ("Monolithic Memories
/// Inc ... Monolithic also said"), even when that word is an English
/// word the sentence reader sets aside at the head of a sentence.
pub(super) fn body_heads(text: &str, opening: &[usize], ms: &mut Vec<Mention>) {
    let mut grow: Vec<(usize, usize)> = Vec::new();
    let mut heads: Vec<&str> = Vec::new();
    let mut firsts: Vec<&str> = Vec::new();
    let mut key = String::new();
    for m in ms.iter() {
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        let rest = &text[m.e..];
        // (Only before a capitalised word or a number.)
        let sep = rest.starts_with([' ', '\n'])
            && rest[1..].starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit());
        if sep {
            let e = word_end(text, m.e + 1);
            let w = text[m.e + 1..e].trim_end_matches('.');
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let e = m.e + 1 + w.len();
            if is_body_head(w) {
                if !heads.contains(&w) {
                    heads.push(w);
                }
                if !ms.iter().any(|o| overlaps(o, m.e + 1, e)) {
                    grow.push((m.s, e));
                }
            } else if name.ends_with("Radio")
                && (1..=2).contains(&w.len())
                && w.bytes().all(|c| c.is_ascii_digit())
            {
                grow.push((m.s, e));
            }
        }
        // (Read as bytes to keep this pass cheap.)
        let nb = name.as_bytes();
        let Some(ls) = nb.iter().rposition(|&c| c == b' ' || c == b'\n') else {
            continue;
        };
        let last = &name[ls + 1..];
        if is_body_head(last) && !heads.contains(&last) {
            heads.push(last);
        }
        // The first word of a firm with its legal form (three words or
        // more).
        let Some(fe) = nb.iter().position(|&c| c == b' ' || c == b'\n') else {
            continue;
        };
        let first = &name[..fe];
        if ls <= fe || first.len() <= 3 || !nb[1..fe].iter().all(u8::is_ascii_lowercase) {
            continue;
        }
        // (Only a word that opens a sentence somewhere, before the
        // lexicon is asked: most do not.)
        if word_at(text, opening, first).next().is_none() {
            continue;
        }
        lower_key(last, &mut key);
        let legal = LEXICON
            .get(&key)
            .is_some_and(|i| i.flags & super::lexicon::ORG_LEGAL != 0);
        if legal {
            lower_key(first, &mut key);
            let plain = LEXICON.get(&key).is_none_or(|i| {
                i.flags & (FUNC | MONTH | WEEKDAY | NOT_NAME | FIRST) == 0 && i.phrases.is_empty()
            });
            if plain && !firsts.contains(&first) {
                firsts.push(first);
            }
        }
    }
    for (s, e) in grow {
        org_no_role(ms, s, e, normalise_space(&text[s..e]));
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    // The head alone after "the".
    for h in heads {
        for s in find_all(text, h) {
            let e = s + h.len();
            let Some(k) = s.checked_sub(4) else { continue };
            if !matches!(text.get(k..s), Some("the " | "The ")) {
                continue;
            }
            let next = text[e..].trim_start_matches(' ');
            if (k == 0 || text[..k].ends_with([' ', '\n']))
                && !text[e..].starts_with(|c: char| c.is_alphanumeric())
                && !next.starts_with(|c: char| c.is_alphanumeric() && !c.is_lowercase())
                && !next.starts_with("of ")
                && !next.starts_with("for ")
                && !ms.iter().any(|o| overlaps(o, s, e) && o.kind != Kind::Weak)
            {
                found.push((s, e));
            }
        }
    }
    for w in firsts {
        for s in word_at(text, opening, w) {
            let e = s + w.len();
            let before_ok = s == 0 || text[..s].ends_with([' ', '\n', '"']);
            let rest = &text[e..];
            let said = [" said", " also said", " says", " announced", " reported"]
                .iter()
                .any(|v| rest.starts_with(v));
            if before_ok && said && !ms.iter().any(|o| overlaps(o, s, e)) {
                found.push((s, e));
            }
        }
    }
    for (s, e) in found {
        ms.retain(|o| !(o.kind == Kind::Weak && overlaps(o, s, e)));
        ms.push(Mention::new(s, e, Kind::Org, text[s..e].to_string()));
    }
}

/// Sports whose national bodies are named with their country
/// ("Athletics Ireland", "Swimming Australia", "UK Athletics").
const SPORT_BODIES: &[&str] = &[
    "Athletics",
    "Cycling",
    "Swimming",
    "Tennis",
    "Rugby",
    "Hockey",
    "Cricket",
    "Golf",
    "Rowing",
    "Gymnastics",
    "Triathlon",
    "Sailing",
    "Basketball",
    "Netball",
    "Badminton",
    "Boxing",
    "Judo",
    "Canoeing",
    "Volleyball",
    "Archery",
];

/// "Athletics Ireland have hinted", "Cycling Canada said", "England
/// Netball": a sport's name beside a country, as one capitalised name,
/// is the sport's national body ("the England rugby team" keeps its
/// place: the sport is written in lower case).
pub(super) fn sport_bodies(text: &str, ms: &mut Vec<Mention>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Place || !m.nation || m.e <= m.s {
            continue;
        }
        if let Some(before) = text[..m.s].strip_suffix(' ') {
            let h = &before[before.rfind([' ', '\n', '(', '"']).map_or(0, |i| i + 1)..];
            if SPORT_BODIES.contains(&h) {
                found.push((m.s - h.len() - 1, m.e));
                continue;
            }
        }
        if let Some(r) = text[m.e..].strip_prefix(' ') {
            let h = &r[..r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len())];
            if h.len() > 3 && SPORT_BODIES.contains(&h) {
                found.push((m.s, m.e + 1 + h.len()));
            }
        }
    }
    for (s, e) in found {
        if ms.iter().any(|o| overlaps(o, s, e) && o.kind == Kind::Org) {
            continue;
        }
        org_no_role(ms, s, e, normalise_space(&text[s..e]));
    }
}

/// "the Sydney International", "the Auckland International": a place's
/// name closed by "International" after "the", or in a sports report, is
/// a tournament, not a firm ("Halvern International said" stays one).
pub(super) fn place_internationals(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let mut sport = None;
    for m in ms.iter_mut() {
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let Some(place) = text[m.s..m.e].strip_suffix(" International") else {
            continue;
        };
        lower_key(place, &mut key);
        let is_place = LEXICON
            .get(&key)
            .is_some_and(|i| i.phrases.iter().any(|p| p.kind == PhraseKind::Place))
            || LEXICON
                .phrase
                .get(&key)
                .is_some_and(|ps| ps.iter().any(|p| p.kind == PhraseKind::Place));
        if !is_place {
            continue;
        }
        let after_the = text[..m.s].ends_with("the ") || text[..m.s].ends_with("The ");
        if after_the || *sport.get_or_insert_with(|| is_sport(text)) {
            m.kind = Kind::Weak;
            m.evidence = false;
        }
    }
}

/// Words after a firm's regional arm ("Acme Europe president ...").
const ARM_NEXT: &[&str] = &[
    "president",
    "chairman",
    "chief",
    "head",
    "boss",
    "spokesman",
    "spokeswoman",
    "unit",
    "subsidiary",
    "arm",
    "division",
    "said",
    "says",
];

/// "said Diageo North America president Ivan Menezes", "Halvern Europe
/// said": an organisation's name with a country or a continent after
/// it, before its people or a statement, is the organisation's arm
/// there, one name.
pub(super) fn regional_arms(text: &str, ms: &mut Vec<Mention>) {
    let mut grow: Vec<(usize, usize)> = Vec::new();
    for w in ms.windows(2) {
        let (x, y) = (&w[0], &w[1]);
        if x.kind != Kind::Org || y.kind != Kind::Place || !y.nation || x.e <= x.s {
            continue;
        }
        if text.get(x.e..y.s) != Some(" ") || text[x.s..x.e].contains(['\n']) {
            continue;
        }
        let rest = &text[y.e..];
        let Some(r) = rest.strip_prefix(' ') else {
            continue;
        };
        let next = &r[..r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len())];
        if ARM_NEXT.contains(&next) {
            grow.push((x.s, y.e));
        }
    }
    for (s, e) in grow {
        let name = normalise_space(&text[s..e]);
        // A role that names the arm is the arm's.
        for m in ms.iter_mut() {
            if m.role.is_some_and(|(a, b)| a <= s && e <= b) {
                m.role_org = Some(name.clone());
            }
        }
        org_no_role(ms, s, e, name);
    }
}

/// Words that follow a person's surname opening a sentence ("Brown said",
/// "Bush also noted"), unlike a common word's noun ("Young people").
fn after_subject(w: &str) -> bool {
    subject_verb(w)
        || matches!(
            w,
            "told" | "then" | "later" | "still" | "never" | "himself" | "herself" | "over"
        )
}

/// Words that follow a subject, a person's or a firm's: a verb that
/// agrees with any ("said", "has", "will"), a past tense ("...ed"), an
/// adverb ("also", "now").
pub(super) fn subject_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "also"
            | "has"
            | "had"
            | "is"
            | "was"
            | "will"
            | "would"
            | "could"
            | "can"
            | "did"
            | "does"
            | "won"
            | "lost"
            | "now"
    ) || w.len() > 4 && w.ends_with("ed")
}

/// "President Brand spoke ... Brand also noted": a surname opening a
/// sentence before a verb names the person the document names with it
/// elsewhere, also a surname that is an English word (the sentence
/// reader sets a common word opening a sentence aside, and a lone word
/// without a cue).
pub(super) fn initial_surnames(text: &str, opening: &[usize], ms: &mut Vec<Mention>) {
    let mut key = String::new();
    // The surnames of the people named.
    let mut names: Vec<(&str, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        if m.kind != Kind::Person || m.e <= m.s {
            continue;
        }
        let surface = &text[m.s..m.e];
        let last = last_word(surface);
        if last.len() < 3 || !last.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if !names.iter().any(|(n, _)| *n == last) {
            names.push((last, i));
        }
    }
    if names.is_empty() {
        return;
    }
    let mut found: Vec<Mention> = Vec::new();
    for (last, i) in names {
        for s in word_at(text, opening, last) {
            let e = s + last.len();
            let rest = &text[e..];
            let verb = rest.starts_with("'s ")
                || rest.starts_with("’s ")
                || rest.strip_prefix(' ').is_some_and(|r| {
                    let w = &r[..r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len())];
                    after_subject(w)
                });
            if !verb
                || ms
                    .iter()
                    .any(|o| o.s <= s && s < o.e && o.kind != Kind::Weak)
            {
                continue;
            }
            lower_key(last, &mut key);
            if LEXICON
                .get(&key)
                .is_some_and(|w| w.flags & (FUNC | MONTH | WEEKDAY | NOT_NAME) != 0)
            {
                break;
            }
            let mut p = Mention::new(s, e, Kind::Person, ms[i].canonical.clone());
            p.ntok = 1;
            p.key.clone_from(&key);
            found.push(p);
        }
    }
    if found.is_empty() {
        return;
    }
    ms.retain(|o| !(o.kind == Kind::Weak && found.iter().any(|f| overlaps(o, f.s, f.e))));
    ms.append(&mut found);
}

/// Last words of clubs' names that a sports report writes alone for the
/// club ("Manchester City ... moved to City").
const CLUB_TAILS: &[&str] = &[
    "City",
    "United",
    "Rovers",
    "Wanderers",
    "Athletic",
    "Albion",
];

/// In a sports report that names a club in full ("Manchester City"),
/// the club's last word alone inside a sentence is the club ("a move to
/// City", "helped City come back"; not "the City of London").
pub(super) fn club_tails(text: &str, ms: &mut Vec<Mention>) {
    let tails: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Org && m.e > m.s)
        .filter_map(|m| {
            let name = &text[m.s..m.e];
            let k = name.bytes().rposition(|c| c == b' ')?;
            let tail = &name[k + 1..];
            (k > 0 && CLUB_TAILS.contains(&tail)).then_some(tail)
        })
        .collect();
    if tails.is_empty() || !is_sport(text) {
        return;
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for t in tails {
        for s in find_all(text, t) {
            let e = s + t.len();
            let prev = text[..s].trim_end_matches(' ');
            let inside = prev.len() < s && prev.ends_with(|c: char| c.is_lowercase());
            let rest = &text[e..];
            let bounded = !rest.starts_with(|c: char| c.is_alphanumeric());
            let next_cap = rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()) || r.starts_with("of "));
            if inside
                && bounded
                && !next_cap
                && !found.contains(&(s, e))
                && !ms.iter().any(|o| overlaps(o, s, e) && o.kind != Kind::Weak)
            {
                found.push((s, e));
            }
        }
    }
    for (s, e) in found {
        ms.retain(|o| !(o.kind == Kind::Weak && overlaps(o, s, e)));
        ms.push(Mention::new(s, e, Kind::Org, text[s..e].to_string()));
    }
}

/// "Ann Holt told the Independent", "he told the Clarion": a name after
/// "told the" is a newspaper's, a broadcaster's or a body's (a person is
/// told without "the"; a place is told nothing), unless a programme or a
/// gathering follows ("told the Today programme").
pub(super) fn told_the(text: &str, ms: &mut Vec<Mention>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in TOLD_THE.find_iter(text.as_bytes()) {
        if k > 0 && !text[..k].ends_with([' ', '\n']) {
            continue;
        }
        let s = k + "told the ".len();
        let e = cap_run(text, s);
        // (Not a programme or a gathering: "told the Today programme".)
        let next = text[e..].trim_start_matches(' ');
        let gathering = [
            "programme",
            "program",
            "show",
            "audience",
            "crowd",
            "conference",
            "meeting",
            "hearing",
            "inquiry",
            "rally",
            "summit",
            "website",
        ]
        .iter()
        .any(|w| next.starts_with(w));
        if e <= s
            || gathering
            || ms.iter().any(|o| {
                overlaps(o, s, e) && matches!(o.kind, Kind::Person | Kind::Place | Kind::Org)
            })
        {
            continue;
        }
        found.push((s, e));
    }
    for (s, e) in found {
        ms.retain(|o| !(o.kind == Kind::Weak && overlaps(o, s, e)));
        ms.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
    }
}

/// "obtained by The Weekly Standard", "a post on The Daily Caller": a
/// name after a capitalised "The" inside a sentence is a title (a
/// paper's, a show's, a band's), never a person's: written in prose, a
/// person's name takes no "The".
pub(super) fn titles_after_the(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let Some(head) = text[..m.s].strip_suffix("The ") else {
            continue;
        };
        // Inside a sentence: a lower-case word or a comma before "The".
        let before = head.trim_end_matches(' ');
        if before.len() == head.len()
            || !before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_lowercase() || c == ',')
        {
            continue;
        }
        m.retype(Kind::Org);
        m.canonical = normalise_space(&text[m.s..m.e]);
    }
}

/// A town's or a county's local bodies, in local news: the place and
/// "Sheriff's Office" (or "Sheriff's Department") after it are one
/// organisation ("the Jacksonville Sheriff's Office"); and the words a
/// police or fire department, a sheriff's office or a city council is
/// named for are a place wherever the document names them alone ("the
/// Southern Pines Police Department ... a bar in Southern Pines"), not a
/// person nor the body.
pub(super) fn local_bodies(text: &str, ms: &mut [Mention]) {
    const SHERIFF: &[&str] = &[
        " Sheriff's Office",
        " Sheriff\u{2019}s Office",
        " Sheriff's Department",
        " Sheriff\u{2019}s Department",
    ];
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter_mut().filter(|m| m.kind != Kind::Weak) {
        // "the Marion County Sheriff's Office": the office read first.
        let tail = if text[m.s..m.e].ends_with(" Sheriff") {
            [
                "'s Office",
                "\u{2019}s Office",
                "'s Department",
                "\u{2019}s Department",
            ]
            .iter()
            .find(|t| text[m.e..].starts_with(**t))
            .map(|t| t.len())
        } else if m.kind == Kind::Place {
            // "the Hamilton County Sheriff's Office": the county's word
            // may be outside the place read.
            let county = [" County", " Parish"]
                .iter()
                .find(|c| text[m.e..].starts_with(**c))
                .map_or(0, |c| c.len());
            SHERIFF
                .iter()
                .find(|t| text[m.e + county..].starts_with(**t))
                .map(|t| county + t.len())
        } else {
            None
        };
        if let Some(tail) = tail {
            m.e += tail;
            m.retype(Kind::Org);
            m.canonical = normalise_space(&text[m.s..m.e]);
            grown.push((m.s, m.e));
        }
    }
    // (What was read inside the office's name gives way: "Department".)
    for m in ms.iter_mut() {
        if grown
            .iter()
            .any(|&(s, e)| m.s >= s && m.e <= e && (m.s, m.e) != (s, e))
        {
            m.kind = Kind::Weak;
            m.key.clear();
            m.e = m.s;
        }
    }
    const BODIES: &[&str] = &[
        " Police Department",
        " Police Dept.",
        " Police",
        " Fire Department",
        " Sheriff's Office",
        " Sheriff\u{2019}s Office",
        " City Council",
    ];
    // "Corlett police said": a name before the lower-case police is the
    // town whose police they are (no person's police), by a name read
    // alone, with no role.
    // So is a name of more words before "police station" that no given
    // name opens ("held at Tamsford Green police station").
    let police_town = |m: &Mention| {
        m.kind == Kind::Person
            && m.role.is_none()
            && (!text[m.s..m.e].contains(' ')
                || !m.given && text[m.e..].starts_with(" police station"))
            // (A town's kind cut from its name: "South Whitby Township
            // police".)
            && !matches!(
                &text[m.s..m.e],
                "Township" | "Borough" | "County" | "Parish" | "City" | "Village" | "Town"
            )
            && text[m.e..].strip_prefix(" police").is_some_and(|rest| {
                rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())
            })
    };
    let towns: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Org)
        .filter_map(|m| {
            let name = &text[m.s..m.e];
            BODIES.iter().find_map(|b| name.strip_suffix(b))
        })
        // (Not a university's or a board's: "UCCS Police", "the Board of
        // Education Police".)
        .filter(|t| !t.is_empty() && t.chars().any(char::is_lowercase) && !t.contains(" of "))
        .chain(
            ms.iter()
                .filter(|m| police_town(m))
                .map(|m| &text[m.s..m.e]),
        )
        .collect();
    if towns.is_empty() {
        return;
    }
    // (A lone name the organisations' pass took for the body's short
    // form, as it takes "Jones" for "Jones Medical Industries", is the
    // town too.)
    for m in ms
        .iter_mut()
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Org))
    {
        if towns.contains(&&text[m.s..m.e]) {
            m.retype(Kind::Place);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
}

/// "Data General Corp president Ann Holt", "DBS Securities Singapore Pte
/// Ltd": a company's legal form is never a person's name. A "person"
/// whose last word is one, read with a role before it (the role is the
/// firm's name misread as a title), is the firm, the role's words and
/// all; the mentions inside it give way.
pub(super) fn legal_forms(text: &str, ms: &mut Vec<Mention>) {
    let mut key = String::new();
    let mut firms: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Person) {
        let Some(last) = text[m.s..m.e].split_whitespace().next_back() else {
            continue;
        };
        if super::lexicon::lower_flags(last, &mut key) & super::lexicon::ORG_LEGAL == 0 {
            continue;
        }
        // The role read before the name, when it ends right before it.
        let s = m
            .role
            .filter(|&(a, b)| a < m.s && text[b..m.s].trim().is_empty())
            .map_or(m.s, |(a, _)| a);
        firms.push((s, m.e));
    }
    for (s, e) in firms {
        ms.retain(|o| !overlaps(o, s, e));
        ms.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
    }
}

/// "Charles de Gaulle ... de Gaulle said", "Osama bin Laden ... Bin
/// Laden had": a surname named alone keeps the particle the full name
/// gives it, whatever its case.
pub(super) fn particle_surnames(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    // (The full names are read only once a candidate is seen.)
    let mut full: Option<Vec<String>> = None;
    for k in 0..ms.len() {
        let m = &ms[k];
        if m.kind != Kind::Person {
            continue;
        }
        let surface = &text[m.s..m.e];
        if surface.contains(' ') {
            continue;
        }
        // One particle or two ("van der Berg", "de la Cruz").
        let (mut s, mut joined) = (m.s, surface.to_lowercase());
        for _ in 0..2 {
            let Some(head) = text[..s].strip_suffix(' ') else {
                break;
            };
            let ps = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| {
                k + head[k..].chars().next().map_or(1, char::len_utf8)
            });
            let particle = &head[ps..];
            // (The lexicon's particles; a full name must end with it.)
            if particle.is_empty() || lower_flags(particle, &mut key) & PARTICLE == 0 {
                break;
            }
            let longer = format!("{} {joined}", particle.to_lowercase());
            let full = full.get_or_insert_with(|| {
                ms.iter()
                    .filter(|m| m.kind == Kind::Person)
                    .map(|m| normalise_space(&text[m.s..m.e]).to_lowercase())
                    .filter(|n| n.contains(' '))
                    .collect()
            });
            if !full.iter().any(|n| {
                n.strip_suffix(longer.as_str())
                    .is_some_and(|r| r.ends_with(' '))
            }) {
                break;
            }
            (s, joined) = (ps, longer);
        }
        // (The canonical name, resolved to the full name, stays.)
        ms[k].s = s;
    }
}

/// "drugs giant Biogen Idec", "bookmaker William Hill", "analyst at
/// brokers Jefferies": a name right after a lower-case noun of a kind of
/// firm is that firm, not a person. (Only nouns that do not open a
/// clause of their own, "the company Tom Hale founded", nor those a
/// person may be, "publisher Rupert Murdoch", "broker Jeffrey Wendel";
/// the plural is the firm, "brokers James Capel".)
pub(super) fn firms_after_kinds(text: &str, ms: &mut [Mention]) {
    const KINDS: &[&str] = &[
        "giant",
        "giants",
        "bookmaker",
        "bookmakers",
        "brokers",
        "stockbrokers",
        "brokerage",
        "carmaker",
        "automaker",
        "drugmaker",
        "chipmaker",
        "insurer",
        "airline",
        "retailer",
        "conglomerate",
        "lender",
        "refiner",
        "supermarket",
        "housebuilder",
        "consultancy",
        "accountancy",
        "outsourcer",
        "newspaper",
        "magazine",
        "manufacturer",
    ];
    // The firms read from a lone unknown word, and their mentions.
    let mut firms: Vec<String> = Vec::new();
    let mut retyped: Vec<usize> = Vec::new();
    // The firms read from a town's name ("agrochemical giant Monsanto").
    let mut towns: Vec<String> = Vec::new();
    for (k, m) in ms.iter_mut().enumerate().filter(|(_, m)| {
        (matches!(m.kind, Kind::Person | Kind::Weak)
            || m.kind == Kind::Place && !m.nation && !m.demonym)
            && m.role.is_none()
            && m.s < m.e
    }) {
        let Some(head) = text[..m.s].strip_suffix(' ') else {
            continue;
        };
        // (The word's start after a character of any width: "—".)
        let ws = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(k, c)| k + c.len_utf8());
        // "Madrid-based Ferrovial", "New York-based Holmes": a one-word
        // name after where it is based is a firm's, an unknown word's
        // too (not a person's full name: "US-based Alistair Cragg").
        let based = &head[ws..] == "based"
            && head[..ws].ends_with('-')
            && head[..ws - 1]
                .rsplit([' ', '\n', '('])
                .next()
                .is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()))
            && !m.given
            && !text[m.s..m.e].contains([' ', '\n'])
            // (An author's: "London-based Levy's novel"; a family's:
            // "the Dallas-based Hunt brothers".)
            && !text[m.e..].starts_with(['\'', '\u{2019}'])
            && ![" brothers", " family", " sisters"]
                .iter()
                .any(|f| text[m.e..].starts_with(f));
        // An unknown one-word name after a kind a person may also be
        // ("Internet service provider Wanadoo", "chip maker Arvex"; not
        // "camera operator John Hale", a known name), or one whose
        // chief executive or shares the sentence names ("Wanadoo's chief
        // executive"), is a firm.
        // (The whole name: not "Bermuda Star's shares", nor "group
        // Destiny's Child".)
        let after = &text[m.e..];
        let named_on = super::past_possessive(after)
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        let weak_firm = m.kind == Kind::Weak
            && !m.given
            && !text[m.s..m.e].contains([' ', '\n'])
            && !named_on
            && (WEAK_KINDS.contains(&&head[ws..])
                || firm_possessive(after) && !head[ws..].starts_with(|c: char| c.is_uppercase()));
        if m.kind == Kind::Weak && !based && !weak_firm {
            continue;
        }
        // A town's one-word name after a kind only a firm is: "the US
        // agrochemical giant Monsanto" (not a country: "Asian giant
        // China").
        if m.kind == Kind::Place {
            // (Not after a paper, whose name may end a phrase: "told
            // Al-Rai al-Aam newspaper Moscow will answer".)
            let kind = &head[ws..];
            if KINDS.contains(&kind)
                && !matches!(kind, "newspaper" | "magazine")
                && !text[m.s..m.e].contains([' ', '\n'])
            {
                m.retype(Kind::Org);
                m.canonical = text[m.s..m.e].to_string();
                towns.push(m.canonical.clone());
            }
            continue;
        }
        if based || weak_firm || KINDS.contains(&&head[ws..]) {
            m.retype(Kind::Org);
            m.canonical = normalise_space(&text[m.s..m.e]);
            if weak_firm {
                firms.push(m.canonical.clone());
                retyped.push(k);
            }
        }
    }
    if firms.is_empty() && towns.is_empty() {
        return;
    }
    // The firm's other lone mentions in the document (a town-named
    // firm's other mentions as the town), and all of them under the
    // document's full name of the firm when it gives one ("Ariadne's
    // chairman" after "Ariadne Australia Ltd").
    for (k, m) in ms.iter_mut().enumerate() {
        if m.s >= m.e {
            continue;
        }
        let surface = &text[m.s..m.e];
        if m.kind == Kind::Place && towns.iter().any(|f| f == surface) {
            m.retype(Kind::Org);
            m.canonical = surface.to_string();
        } else if m.kind == Kind::Weak && firms.iter().any(|f| f == surface) {
            m.retype(Kind::Org);
            m.canonical = text[m.s..m.e].to_string();
            retyped.push(k);
        }
    }
    let full: Vec<(String, String)> = firms
        .iter()
        .filter_map(|short| {
            ms.iter()
                .filter(|m| m.kind == Kind::Org && m.s < m.e)
                .find(|m| {
                    m.canonical
                        .strip_prefix(short.as_str())
                        .is_some_and(|r| r.starts_with(' '))
                })
                .map(|m| (short.clone(), m.canonical.clone()))
        })
        .collect();
    for k in retyped {
        if let Some((_, name)) = full.iter().find(|(short, _)| *short == ms[k].canonical) {
            ms[k].canonical = name.clone();
        }
    }
}

/// Kinds of firm a person may be named after too ("operator", "maker"):
/// only an unknown one-word name after them is taken for the firm.
const WEAK_KINDS: &[&str] = &[
    "provider",
    "operator",
    "maker",
    "makers",
    "carrier",
    "group",
    "firm",
    "company",
    "chain",
    "supplier",
    "distributor",
    "developer",
    "publisher",
    "broadcaster",
    "exporter",
];

/// Whether the words after a name are its possessive and a firm's officer
/// or stock ("'s chief executive", "'s shares", "'s board").
fn firm_possessive(after: &str) -> bool {
    let Some(rest) = super::past_possessive(after) else {
        return false;
    };
    [
        "chief executive",
        "chairman",
        "shares",
        "shareholders",
        "share price",
        "board",
        "profits",
        "pre-tax",
        "subsidiary",
        "parent company",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// "Parmalat ... Parmalat Finanziaria detailed its plans": a person read
/// from a firm's one-word name in the document and a word that is no
/// given name or surname is a firm of that name (a unit, a holding
/// company), not a person.
pub(super) fn firm_led_names(text: &str, ms: &mut [Mention]) {
    let firms: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Org && m.s < m.e)
        .map(|m| &text[m.s..m.e])
        .filter(|n| !n.contains([' ', '\n']))
        .collect();
    if firms.is_empty() {
        return;
    }
    let mut key = String::new();
    for m in ms.iter_mut() {
        if m.kind != Kind::Person || m.ntok != 2 || m.given || m.role.is_some() || m.e <= m.s {
            continue;
        }
        let Some((first, last)) = text[m.s..m.e].split_once(' ') else {
            continue;
        };
        // (Nor a model's number, a currency's or an abbreviation, "Saab
        // SF340", "H.K. Dlrs"; nor a title, "IBM Vice-President".)
        let word = last.len() >= 4
            && last.bytes().all(|c| c.is_ascii_alphabetic())
            && !first.contains('.');
        let named = |w: &str, key: &mut String| lower_flags(w, key) & (FIRST | LAST) != 0;
        if word
            && firms.contains(&first)
            && !named(first, &mut key)
            && !named(last, &mut key)
            && !super::lexicon::is_title_word(last, &mut key)
        {
            m.retype(Kind::Org);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
}

/// "at the Austin Oaks apartments", "the Lakeview motel": a name before
/// a lower-case noun of a building or a neighbourhood is that place's
/// name, not a person's; after "the", before the noun of a business
/// ("the Gold Fish restaurant"), the business's; after a determiner or
/// an owner, before a part of a firm ("its Zorvex Optics subsidiary"),
/// the part's. A name's possessive before a business's capitalised noun
/// is the business ("Dolan's Bar and Grill"), and a name closed by
/// "High" after "at", "from" or "attended" a school's short name.
pub(super) fn named_buildings(text: &str, ms: &mut [Mention]) {
    const PLACES: &[&str] = &[
        "apartments",
        "apartment",
        "complex",
        "subdivision",
        "neighborhood",
        "neighbourhood",
        "estate",
        "mall",
        "motel",
        "hotel",
        "nightclub",
        "lounge",
        "plaza",
    ];
    // "at the Gold Fish restaurant", "the Blue Moon bar": after "the",
    // a name before the noun of a business is the business's.
    const BUSINESSES: &[&str] = &[
        "restaurant",
        "bar",
        "pub",
        "tavern",
        "cafe",
        "diner",
        "grill",
        "store",
        "shop",
        "supermarket",
        "salon",
        "barbershop",
        "bakery",
        "pharmacy",
    ];
    // "Dolan's Tavern", "Rosa's Bar and Grill": a name's possessive
    // before a business's noun, capitalised, is the business.
    const OWNED: &[&str] = &[
        "Tavern",
        "Bar",
        "Pub",
        "Grill",
        "Restaurant",
        "Cafe",
        "Café",
        "Diner",
        "Lounge",
        "Saloon",
        "Inn",
        "Motel",
        "Kitchen",
        "Bistro",
        "Deli",
        "Pizza",
        "Pizzeria",
        "Liquors",
        "Liquor",
        "Market",
        "Barbershop",
    ];
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let next = text[m.e..].strip_prefix(' ').unwrap_or("");
        let w = next
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let before = super::sport::word_before(text, m.s).0;
        let after_the = before.eq_ignore_ascii_case("the");
        // "its Zorvex Optics subsidiary", "Acme's Vale Optics unit": a
        // name between a determiner or an owner and a part of a firm.
        let owner_before = ["the", "its", "a", "an", "their"]
            .iter()
            .any(|d| before.eq_ignore_ascii_case(d))
            || before.ends_with("'s")
            || before.ends_with("’s");
        if PLACES.contains(&w) {
            m.retype(Kind::Place);
        } else if m.role.is_none()
            && (after_the && BUSINESSES.contains(&w)
                || owner_before
                    && matches!(
                        w,
                        "subsidiary" | "unit" | "division" | "affiliate" | "subsidiaries"
                    ))
        {
            m.retype(Kind::Org);
        } else if let Some(rest) = super::past_possessive(&text[m.e..]) {
            // (The business's words: its noun, and "and" or "&" and
            // another.)
            let noun = |r: &str| {
                let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                OWNED.contains(&w).then_some(w.len())
            };
            let Some(n) = noun(rest) else {
                continue;
            };
            let mut e = text.len() - rest.len() + n;
            for joint in [" and ", " & "] {
                if let Some(n2) = text[e..].strip_prefix(joint).and_then(noun) {
                    e += joint.len() + n2;
                }
            }
            m.retype(Kind::Org);
            m.e = e;
            m.canonical = normalise_space(&text[m.s..e]);
        } else if m.ntok >= 2
            && text[m.s..m.e].rsplit(' ').next() == Some("High")
            && ["at", "from", "of", "attended", "attends", "to"]
                .iter()
                .any(|p| before.eq_ignore_ascii_case(p))
        {
            // "a junior at Marlow Creek High": a school by its short name.
            m.retype(Kind::Org);
        }
    }
}

/// "the American Bar Association ... before the ABA conference": an
/// upper-case word that spells the capitalised words of an organisation
/// the document names is that organisation, defined or not.
pub(super) fn spelt_acronyms(text: &str, ms: &mut Vec<Mention>) {
    // The acronyms the sentence reader saw: an upper-case word it left
    // alone or read as a town (an organisation it read stays).
    let starts: Vec<usize> = ms
        .iter()
        .filter(|o| {
            matches!(o.kind, Kind::Weak | Kind::Place)
                && o.e > o.s
                && text[o.s..o.e].bytes().all(|c| c.is_ascii_uppercase())
        })
        .map(|o| o.s)
        .collect();
    if starts.is_empty() {
        return;
    }
    let mut acros: Vec<(String, String)> = Vec::new();
    let mut acro = String::new();
    for m in ms.iter() {
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        if !name.contains([' ', '\n']) {
            continue;
        }
        // The initials of the capitalised words, each with a lower-case
        // letter (an acronym inside is no word to spell).
        acro.clear();
        let mut ok = true;
        for w in name.split([' ', '\n']) {
            let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) else {
                continue;
            };
            if !w.chars().any(char::is_lowercase) {
                ok = false;
                break;
            }
            acro.push(c);
        }
        if !ok || acro.chars().count() < 2 || acros.iter().any(|(a, _)| *a == acro) {
            continue;
        }
        acros.push((acro.clone(), m.canonical.clone()));
    }
    if acros.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let mut found: Vec<Mention> = Vec::new();
    for (acro, canonical) in &acros {
        for s in word_at(text, &starts, acro.as_str()) {
            let e = s + acro.len();
            let bounded = (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                && b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
            // (A town's name written in capitals gives way: "ABA" is no
            // Aba here.)
            let other = |o: &Mention| {
                overlaps(o, s, e)
                    && o.kind != Kind::Weak
                    && !(o.kind == Kind::Place && o.s == s && o.e == e && !o.nation)
            };
            if bounded && !ms.iter().any(other) && !found.iter().any(|f| f.s == s) {
                found.push(Mention::new(s, e, Kind::Org, canonical.clone()));
            }
        }
    }
    for m in found {
        ms.retain(|o| !(matches!(o.kind, Kind::Weak | Kind::Place) && overlaps(o, m.s, m.e)));
        ms.push(m);
    }
}

/// "The British Phonographic Industry has identified ... said BPI chief
/// Peter Jamieson": capitalised words that the initials of an
/// organisation's acronym (three letters or more) the document names
/// spell, small words between them aside, are that organisation, however
/// the sentence reader read them.
pub(super) fn names_of_acronyms(text: &str, ms: &mut Vec<Mention>) {
    let mut acros: Vec<&str> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Org && m.e > m.s) {
        let w = &text[m.s..m.e];
        if (3..=6).contains(&w.len())
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && !acros.contains(&w)
        {
            acros.push(w);
        }
    }
    if acros.is_empty() {
        return;
    }
    const SMALL: &[&str] = &["of", "and", "for", "the", "on", "&"];
    let mut key = String::new();
    let cap = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && w.len() > 1
    };
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for acro in acros {
        let letters = acro.as_bytes();
        // Each word that opens on the acronym's first letter (a byte
        // search, not a list of the text's words: most texts hold an
        // acronym and few its name).
        for i in memchr::memchr_iter(letters[0], bytes) {
            if i > 0 && !matches!(bytes[i - 1], b' ' | b'\n') {
                continue;
            }
            // (The name opens where no capitalised word stands before it.)
            let head = text[..i].trim_end_matches([' ', '\n']);
            let prev = head.rsplit([' ', '\n']).next().unwrap_or("");
            if !head.is_empty()
                && prev != "The"
                && cap(prev.trim_end_matches(|c: char| !c.is_alphanumeric()))
                && !prev.ends_with([',', '.', ';', ':'])
            {
                continue;
            }
            let mut words = text[i..]
                .split([' ', '\n'])
                .scan(i, |at, w| {
                    let s = *at;
                    *at += w.len() + 1;
                    Some((s, w))
                })
                .filter(|(_, w)| !w.is_empty())
                .peekable();
            let first = words.peek().map_or("", |&(_, w)| w);
            if !cap(first.trim_end_matches([',', '.', ';', ':', '\''])) {
                continue;
            }
            let (mut k, mut end) = (0, 0);
            while k < letters.len() {
                let Some((ws, w)) = words.next() else {
                    break;
                };
                let bare = w
                    .trim_end_matches([',', '.', ';', ':', '\''])
                    .trim_end_matches("'s");
                if k > 0 && SMALL.contains(&bare) {
                    continue;
                }
                if !cap(bare) || bare.as_bytes()[0] != letters[k] {
                    k = 0;
                    break;
                }
                k += 1;
                end = ws + bare.len();
                // (Punctuation after a word closes the name.)
                if bare.len() < w.len() {
                    break;
                }
            }
            if k < letters.len() {
                continue;
            }
            // The whole acronym spelt, and no capitalised word after.
            let next_cap = words.next().is_some_and(|(ws, w)| {
                ws == end + 1 && cap(w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            });
            // (A body's name: its last word one that closes bodies'
            // names, "Commission", "Service", "Corp", or a trade's, a
            // union's; not a term a wire spells, "Special Drawing
            // Rights", "Public Sector Borrowing Requirement", nor a place
            // read already, "New South Wales".)
            let name = &text[i..end];
            let last = name.rsplit([' ', '\n']).next().unwrap_or("");
            let body = lower_flags(last, &mut key) & (ORG_LAST | ORG_LEGAL) != 0
                || matches!(last, "Industry" | "Industries" | "Workers" | "Union");
            let place = ms
                .iter()
                .any(|m| m.kind == Kind::Place && m.s <= i && m.e >= end)
                || super::lexicon::is_title_word(first, &mut key);
            if !next_cap && body && !place {
                found.push((i, end, normalise_space(name)));
            }
        }
    }
    for (s, e, name) in found {
        // (A name read whole keeps its canonical form: "World Trade
        // Organization".)
        if !ms
            .iter()
            .any(|m| m.kind == Kind::Org && m.s == s && m.e == e)
        {
            make_org(ms, s, e, name);
        }
    }
}

/// A firm named after its founder in full ("Eli Lilly and Co", "Charles
/// Schwab Corp"): the founder's surname alone is the firm ("Lilly said"),
/// unless the founder is named outside the firm's name.
pub(super) fn founders_surnames(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let mut founded: Vec<String> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Org) {
        let words: Vec<&str> = text[m.s..m.e].split([' ', '\n']).collect();
        if words.len() < 3 || !words[1].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let legal = |w: &str, key: &mut String| lower_flags(w, key) & ORG_LEGAL != 0;
        let rest_legal = match words[2] {
            "and" | "&" => words.len() == 4 && legal(words[3], &mut key),
            w => words.len() == 3 && legal(w, &mut key),
        };
        if rest_legal
            && lower_flags(words[0], &mut key) & FIRST != 0
            && lower_flags(words[1], &mut key) & (FUNC | ORG_LAST | ORG_LEGAL) == 0
        {
            founded.push(format!("{} {}", words[0], words[1]));
        }
    }
    if founded.is_empty() {
        return;
    }
    let inside_org = |p: &Mention| {
        ms.iter()
            .any(|o| o.kind == Kind::Org && o.s <= p.s && p.e <= o.e)
    };
    founded.retain(|c| {
        !ms.iter()
            .any(|p| p.kind == Kind::Person && p.ntok >= 2 && p.canonical == *c && !inside_org(p))
    });
    for m in ms.iter_mut() {
        let surface = &text[m.s..m.e];
        // (Linked to the founder's full name, or to no one.)
        let of_founder = founded.iter().any(|c| {
            *c == m.canonical || m.canonical == surface && c.rsplit(' ').next() == Some(surface)
        });
        if m.kind == Kind::Person && m.ntok == 1 && of_founder {
            m.kind = Kind::Org;
            m.canonical = surface.to_string();
        }
    }
}

/// "audited by Tom Varne and Co since 1982": a name of two words or more
/// that "and Co" closes is a firm named for its founder, not the person
/// (the "& Co" and "and Co Inc" shapes are read with the legal forms).
pub(super) fn and_co(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        if !matches!(m.kind, Kind::Person | Kind::Weak) || m.ntok < 2 || m.e <= m.s {
            continue;
        }
        let Some(r) = [" and Co", "\nand Co", " and\nCo"]
            .iter()
            .find_map(|p| text[m.e..].strip_prefix(p))
        else {
            continue;
        };
        // (The word "Co" alone, its dot kept as the wires write it: not
        // "and Cole", "and Co-operation".)
        let dot = usize::from(r.starts_with('.'));
        if r[dot..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        m.e = text.len() - r.len() + dot;
        m.retype(Kind::Org);
        m.canonical = normalise_space(text[m.s..m.e].trim_end_matches('.'));
    }
}

/// "said lead manager Drexel Halsey", "Kidder Lowell, Merrill Lynch and
/// Smith Barney co-managed": two surnames without a given name after a
/// bond issue's manager, or listed with an organisation, are a firm named
/// for its founders; the lone first surname is the firm again.
pub(super) fn founders_firms(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    let plain = |m: &Mention, key: &mut String| {
        m.kind == Kind::Person
            && m.ntok == 2
            && !m.given
            && m.e > m.s
            && text[m.s..m.e].split(' ').all(|w| {
                lower_key(w, key);
                LEXICON.get(key).is_none_or(|i| i.flags & FIRST == 0)
            })
    };
    let linked = |a: usize, b: usize| {
        text.get(a..b)
            .is_some_and(|g| matches!(g, ", " | " and " | ",\n" | " and\n"))
    };
    let mut idx: Vec<usize> = Vec::new();
    for i in 0..ms.len() {
        if !plain(&ms[i], &mut key) {
            continue;
        }
        let m = &ms[i];
        let before = text[..m.s].trim_end_matches(' ');
        let manager = ["lead manager", "co-manager", "underwriter", "broker"]
            .iter()
            .any(|c| before.ends_with(c));
        // (Before "and" a name may open a longer one: "Smith Kline and
        // French Laboratories". Not a person a role names: "Foreign
        // Minister Orzella Varga, IBM's chief and ..."; a role read
        // across a list is none: "owner of Acme Inc and Crown Books".)
        let titled = m.role.is_some_and(|(a, b)| {
            let r = text[a..b].trim_end();
            ![" and", " or", " of", ","].iter().any(|w| r.ends_with(w))
        });
        let listed = !titled
            && ms.iter().any(|o| {
                o.kind == Kind::Org
                    && o.e > o.s
                    && (linked(o.e, m.s)
                        || text.get(m.e..o.s).is_some_and(|g| g == ", ")
                        // (Not a title's body after the name: "Ann
                        // Varga, IBM Vice-President, said".)
                        && !text[o.e..].strip_prefix(' ').is_some_and(|r| {
                            let w = r.split([' ', ',', '\n']).next().unwrap_or("");
                            is_title_word(w, &mut String::new())
                        }))
            });
        if manager || listed {
            idx.push(i);
        }
    }
    let mut firsts: Vec<(String, String)> = Vec::new();
    for i in idx {
        let m = &mut ms[i];
        let name = normalise_space(&text[m.s..m.e]);
        firsts.push((m.canonical.clone(), name.clone()));
        m.retype(Kind::Org);
        m.canonical = name;
    }
    for m in ms.iter_mut() {
        if m.kind == Kind::Person && m.ntok <= 1 {
            if let Some((_, name)) = firsts.iter().find(|(c, _)| *c == m.canonical) {
                m.kind = Kind::Org;
                m.canonical = name.clone();
            }
        }
    }
}

/// "Kaiser Aluminum and Chemical\nCorp said": a company's legal form
/// opening a wire's hard-wrapped line closes the name that ends the line
/// before (the sentence splitter may part them): the capitalised words
/// there, with "and", "&" or "of" between them, are the firm's name.
pub(super) fn wrapped_legal(text: &str, ms: &mut Vec<Mention>) {
    let mut key = String::new();
    let mut grow: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter() {
        if m.e <= m.s || m.kind == Kind::Place {
            continue;
        }
        let line = text[..m.s].trim_end_matches(' ');
        if !line.ends_with('\n') {
            continue;
        }
        let w = &text[m.s..m.e];
        lower_key(w.trim_end_matches('.'), &mut key);
        let legal = LEXICON
            .get(&key)
            .is_some_and(|i| i.flags & super::lexicon::ORG_LEGAL != 0);
        if !legal {
            continue;
        }
        let prev = &line[..line.len() - 1];
        let ls = prev.rfind('\n').map_or(0, |i| i + 1);
        // Walk back over the line's last words.
        let mut start = None;
        let mut pos = prev.len();
        for w in prev[ls..].rsplit(' ') {
            let ws = pos - w.len();
            if w.is_empty() {
                break;
            }
            // (A possessive is the owner's name: "FPL Group Inc's
            // Florida Power and Light\nCo".)
            if w.ends_with("'s") || w.ends_with("’s") {
                break;
            }
            if is_name_word(w) {
                start = Some(ws);
            } else if !matches!(w, "and" | "&" | "of" | "de") {
                break;
            }
            pos = ws.saturating_sub(1);
            if ws <= ls {
                break;
            }
        }
        let Some(s) = start else { continue };
        if text[s..].starts_with(|c: char| c.is_uppercase()) {
            grow.push((s, m.e));
        }
    }
    for (s, e) in grow {
        org_no_role(ms, s, e, normalise_space(&text[s..e]));
    }
}

/// Firms read in two where a legal form's tail names no firm alone: one
/// common word and its legal form at a wire's line start is the tail of
/// the firm named at the end of the line before ("Advanced Institutional
/// Management\nSoftware Inc"; not after a name of one word, one the
/// lexicons name whole); a place and a legal form after "of" is a firm's
/// arm in the place ("Alcoa of Australia Ltd", "General Motors of Canada
/// Ltd"). Not after a firm with a legal form of its own.
pub(super) fn legal_tails(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    for k in 1..ms.len() {
        let m = &ms[k];
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let name = &text[m.s..m.e];
        let Some((head, legal)) = name.rsplit_once([' ', '\n']) else {
            continue;
        };
        if lower_flags(legal.trim_end_matches('.'), &mut key) & ORG_LEGAL == 0 {
            continue;
        }
        let common = !head.contains([' ', '\n'])
            && lower_flags(head, &mut key) & (COMMON | ORG_LEGAL | FIRST | LAST) == COMMON
            && !is_place_or_demonym(head);
        // (A place's name wrapped across lines is looked up with a space.)
        let place = || {
            if head.contains('\n') {
                is_place_or_demonym(&normalise_space(head))
            } else {
                is_place_or_demonym(head)
            }
        };
        let seps: &[&str] = if common {
            &["\n"]
        } else if place() {
            &[" of ", "\nof ", " of\n"]
        } else {
            continue;
        };
        let Some(pe) = seps
            .iter()
            .find_map(|sep| text[..m.s].strip_suffix(sep).map(str::len))
        else {
            continue;
        };
        let Some(p) = ms[..k]
            .iter()
            .rposition(|p| p.kind == Kind::Org && p.e == pe && p.s < p.e)
        else {
            continue;
        };
        let before = &text[ms[p].s..pe];
        if super::orgrules::has_legal(before)
            || common && (listed_org(before) || !before.contains(' '))
        {
            continue;
        }
        let (s, e) = (ms[p].s, ms[k].e);
        ms[p].e = e;
        ms[p].canonical = normalise_space(&text[s..e]);
        ms[k].absorb();
    }
}

/// The Associated Press's abbreviations of the US states (AP Stylebook,
/// "state names"; the same forms the US Government Publishing Office's
/// style manual gives), with the state each names. Facts of a public
/// convention; the short states AP writes in full are not here.
const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Kans", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nev", "Nevada"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("Tenn", "Tennessee"),
    ("Tex", "Texas"),
    ("Vt", "Vermont"),
    ("Va", "Virginia"),
    ("Wash", "Washington"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// "KANSAS CITY, Mo. (AP)", "based in Stamford, Conn.", "COLUMBUS, GA
/// (WTVM)": a state's abbreviation (AP's, or the USPS code) after a town
/// and a comma, closed by a full stop, a comma, a bracket, a dash or the
/// line's end, is the state, not a person or a firm.
pub(super) fn state_abbreviations(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.kind != Kind::Place) {
        let abbr = &text[m.s..m.e];
        let Some(state) = STATE_ABBREVIATIONS
            .iter()
            .find(|(a, _)| *a == abbr)
            .map(|&(_, s)| s)
            .or_else(|| {
                (abbr.len() == 2)
                    .then(|| super::lexicon::us_state_of_code(abbr))
                    .flatten()
            })
        else {
            continue;
        };
        let rest = &text[m.e..];
        let closed = matches!(
            rest.chars().next(),
            None | Some('.' | ',' | '\n' | ';' | ')')
        ) || [" (", " -", " \u{2014}", " \u{2013}"]
            .iter()
            .any(|p| rest.starts_with(p));
        if !closed {
            continue;
        }
        // A capitalised word, then a comma, before the abbreviation.
        let Some(head) = text[..m.s].strip_suffix(", ") else {
            continue;
        };
        if head
            .split(|c: char| c.is_whitespace())
            .next_back()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
        {
            m.retype(Kind::Place);
            m.canonical = state.to_string();
        }
    }
}

/// "through Goldman, Sachs and Co", "Kidder, Peabody and Co Inc",
/// "Donaldson, Lufkin and Jenrette Securities Corp": in the wire's style
/// a firm named for its founders joins their names with a comma; a
/// single name right before the comma is the firm's first word, not a
/// person. (Only firms whose name joins names with "and" or "&": an
/// organisation read with it, or a name followed by "and Co".)
pub(super) fn founders_with_commas(text: &str, ms: &mut [Mention]) {
    const LEGAL: &[&str] = &[" Inc", " Ltd", " Limited", " Plc", " PLC", " Corp"];
    let and_co = |e: usize| -> Option<usize> {
        let rest = &text[e..];
        let tail = [" and Co", " & Co", " and Company", " and\nCo"]
            .iter()
            .find(|t| rest.starts_with(**t))?;
        let mut end = e + tail.len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        if let Some(l) = LEGAL.iter().find(|l| {
            text[end..].starts_with(**l)
                && !text[end + l.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        }) {
            end += l.len();
        }
        Some(end)
    };
    // (A word no lexicon knows is still a founder's: "Kidder".)
    let single = |m: &Mention| {
        matches!(m.kind, Kind::Person | Kind::Weak) && m.e > m.s && !text[m.s..m.e].contains(' ')
    };
    // (Or a firm's one word, as a list rule may have read it:
    // "Donaldson, Lufkin and Jenrette Securities Corp".)
    // (Not a firm the lexicons know: "Sony, Microsoft and Nintendo Co
    // Ltd" are three.)
    // (Nor an acronym, "AZT, Merck and Co Inc", nor a hyphened name,
    // "Morton-Thiokol, Standard and Poor's": founders' names are words.)
    let one_word = |m: &Mention| {
        let w = &text[m.s..m.e];
        (single(m) || m.kind == Kind::Org && !w.contains([' ', '\n']))
            && w.chars().any(char::is_lowercase)
            && !w.contains('-')
            && !super::lexicon::listed_org_word(w)
    };
    // The mentions that keep a span, in order (others emptied lie
    // between).
    let live =
        |ms: &[Mention]| -> Vec<usize> { (0..ms.len()).filter(|&k| ms[k].e > ms[k].s).collect() };
    let idx = live(ms);
    let mut key = String::new();
    // The mentions joined: the first, the last, and where the firm ends.
    let mut joined: Vec<(usize, usize, usize)> = Vec::new();
    // (A founder read as a person: a lone word or a firm's ("Afro,
    // McAlmont & Butler", "Paramount, Universal and Warner Bros") lists
    // names, save before a person's name and "and Co", below.)
    let founder = |m: &Mention| one_word(m) && m.kind == Kind::Person;
    // (Or a partner named by two surnames, "Smith Barney, Harris Upham
    // and Co Inc", before a firm's founders and legal form: not a given
    // name and a surname, "John Smith, Harris Upham and Co Inc", a person
    // and his firm.)
    let partners = |p: &Mention, m: &Mention, key: &mut String| {
        p.kind == Kind::Person
            && m.kind == Kind::Org
            && p.role.is_none()
            && text[p.s..p.e]
                .split_once(' ')
                .is_some_and(|(a, b)| !b.contains(' ') && lower_flags(a, key) & FIRST == 0)
            && text[m.s..m.e].find(" and").and_then(|j| and_co(m.s + j)) == Some(m.e)
    };
    for w in idx.windows(2) {
        let (p, m) = (&ms[w[0]], &ms[w[1]]);
        if !(one_word(p) || partners(p, m, &mut key)) {
            continue;
        }
        let Some(gap) = text.get(p.e..m.s) else {
            continue;
        };
        if gap.len() > 6 || !gap.strip_prefix(',').is_some_and(|g| g.trim().is_empty()) {
            continue;
        }
        let name = &text[m.s..m.e];
        if !name.contains(' ') && super::lexicon::listed_org_word(name)
            || name.contains(' ') && super::lexicon::listed_org(name)
        {
            continue;
        }
        // A firm's name closing on its legal form or a body's word
        // ("Roebuck and Co", "Sugar and Cocoa Exchange"), one word
        // before its "and" (not "Samuel Montagu and Co Ltd" of a list):
        // the words before it may be anyone's.
        let joint = name.find(" and").or_else(|| name.find(" &"));
        let strong = joint.is_some_and(|j| !name[..j].contains([' ', '\n']))
            && name.rsplit([' ', '\n']).next().is_some_and(|t| {
                lower_flags(t.trim_end_matches('.'), &mut key) & (ORG_LEGAL | ORG_LAST) != 0
            });
        let end = match m.kind {
            Kind::Org if joint.is_some() && (strong || founder(p) || partners(p, m, &mut key)) => {
                Some((w[1], m.e))
            }
            Kind::Person if !name.contains(' ') => and_co(m.e).map(|e| (w[1], e)),
            // "Piper, Jaffray and Hopwood Inc": the third founder's
            // name carries the legal form, and nothing else (not a
            // list's last firm, "Goldenbell, United and Inca Resources
            // Inc").
            _ if founder(p) && one_word(m) => idx
                .iter()
                .find(|&&j| j > w[1])
                .map(|&j| (j, &ms[j]))
                .and_then(|(j, l)| {
                    let form = text[l.s..l.e].trim_end_matches('.');
                    let legal = LEGAL.iter().any(|f| form.ends_with(f))
                        && form.split([' ', '\n']).count() == 2;
                    (l.kind == Kind::Org
                        && legal
                        && matches!(text.get(m.e..l.s), Some(" and " | " & " | " and\n")))
                    .then_some((j, l.e))
                }),
            _ => None,
        };
        if let Some((last, end)) = end {
            // More founders before, each after a comma ("Johnson, Lane,
            // Space, Smith and Co Inc"), and a founder's first name or a
            // partner's name before the first without one ("Smith Barney,
            // Harris Upham and Co Inc").
            let mut first = w[0];
            let mut at = idx.iter().position(|&j| j == first).unwrap_or(0);
            while at > 0 {
                let q = &ms[idx[at - 1]];
                let gap = text.get(q.e..ms[first].s).unwrap_or("");
                if !(one_word(q) && matches!(gap, ", " | ",\n")) {
                    break;
                }
                at -= 1;
                first = idx[at];
            }
            joined.push((first, last, end));
        }
    }
    let mut firms: Vec<String> = Vec::new();
    for &(a, last, end) in &joined {
        let mut s = ms[a].s;
        let head = text[..s].trim_end_matches([' ', '\n']);
        let word = head.rsplit([' ', '\n']).next().unwrap_or("");
        if head.len() + 1 == s
            && word.len() > 1
            && word.starts_with(|c: char| c.is_uppercase())
            && word.chars().all(char::is_alphabetic)
            && {
                let f = lower_flags(word, &mut key);
                f & (FUNC | MONTH | WEEKDAY) == 0 && (f & COMMON == 0 || f & (FIRST | LAST) != 0)
            }
            && !ms
                .iter()
                .any(|o| o.e > o.s && o.s < s && o.e > head.len() - word.len())
        {
            s -= word.len() + 1;
        }
        // The founders' names alone name the firm again: "Goldman,
        // Sachs" after "Goldman, Sachs and Co".
        if let Some(k) = text[s..end]
            .find(" and")
            .or_else(|| text[s..end].find(" &"))
        {
            let short = &text[s..s + k];
            if short.contains(", ") && !firms.iter().any(|f| f == short) {
                firms.push(short.to_string());
            }
        }
        for m in &mut ms[a..last] {
            m.absorb();
        }
        let m = &mut ms[last];
        // (The stop a legal form's mention took is no part of the name.)
        let dot = m.canonical.ends_with('.');
        m.s = s;
        m.e = end;
        m.retype(Kind::Org);
        m.canonical = normalise_space(&text[s..end]);
        if !dot {
            m.canonical = m.canonical.trim_end_matches('.').to_string();
        }
    }
    if firms.is_empty() {
        return;
    }
    let idx = live(ms);
    for w in idx.windows(2) {
        let (p, m) = (&ms[w[0]], &ms[w[1]]);
        let rest = &text[m.e..];
        let whole = one_word(p)
            && one_word(m)
            && firms.iter().any(|f| text.get(p.s..m.e) == Some(f.as_str()))
            && !rest.starts_with(|c: char| c.is_alphanumeric())
            && !rest.starts_with(" and")
            && !rest.starts_with(" &");
        if whole {
            let s = p.s;
            ms[w[0]].absorb();
            let m = &mut ms[w[1]];
            m.s = s;
            m.retype(Kind::Org);
            m.canonical = normalise_space(&text[s..m.e]);
        }
    }
}

/// "Nacional Financiera (NF)", "Halvern Marine Holdings (HMH)": a name
/// of two words or more followed by its initials in brackets is an
/// organisation's; news gives no person's initials that way.
pub(super) fn bracketed_initials(text: &str, ms: &mut [Mention]) {
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let Some(rest) = text[m.e..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = rest.find(')') else {
            continue;
        };
        let acronym = &rest[..close];
        let initials: String = text[m.s..m.e]
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 2
            && acronym == initials
            && acronym.chars().all(|c| c.is_ascii_uppercase())
        {
            m.retype(Kind::Org);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
}

/// "a home on Emery Court", "shots fired along Kestrel Drive", "an
/// investigation in East Troy": a name whose last word is a street's is
/// the street ("Lane", "Court", "Place" and "Way" end people's names too:
/// those after "on", "along", "off", "at", "near" or "in", a house number
/// or a possessive, or with three words or more), and one
/// after "in" or "near" opened by a point of the compass is a town, not a
/// person (a person there has a speech verb or a role with the name).
pub(super) fn streets_and_towns(text: &str, ms: &mut [Mention]) {
    const COMPASS: &[&str] = &["East", "West", "North", "South"];
    for m in ms
        .iter_mut()
        .filter(|m| m.kind == Kind::Person && !m.evidence && m.role.is_none())
    {
        let name = &text[m.s..m.e];
        let (Some(first), Some(last)) = (name.split(' ').next(), name.rsplit(' ').next()) else {
            continue;
        };
        if first == last {
            continue;
        }
        let before = &text[..m.s];
        let after = |ps: &[&str]| ps.iter().any(|p| before.ends_with(p));
        // (A house number or a possessive before: "1501 Dodds Avenue",
        // "Kelly's Ferry Place".)
        let numbered = before
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()) || b.ends_with("'s"));
        // Words that end no person's name ("Street", "Avenue"), unlike
        // "Lane", "Court", "Place" and "Way"; those end a street's of
        // three words or more ("Acacia Grove Way").
        let never_a_name = !matches!(last, "Lane" | "Court" | "Place" | "Way");
        let street = STREET_KINDS.contains(&last)
            && (never_a_name
                || numbered
                || name.split(' ').nth(2).is_some()
                || after(&[" on ", " along ", " off ", " at ", " near ", " in "]));
        let town = COMPASS.contains(&first) && after(&[" in ", " near "]);
        if street || town {
            m.retype(Kind::Place);
        }
    }
    // "the 15000 block of Lappin", "the 2000 block of Jaden Lane": what
    // a block is "of" is a street, whatever its words; so is a lone name
    // after a house number ("a deli at 3345 Broadway").
    for m in ms
        .iter_mut()
        .filter(|m| matches!(m.kind, Kind::Person | Kind::Org))
    {
        let before = &text[..m.s];
        // (An address after a preposition: not a results line's score,
        // "Leeds 2 Bristol 1".)
        let numbered = before.strip_suffix(' ').is_some_and(|b| {
            let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            (1..=5).contains(&digits)
                && [" at ", " on ", " near ", " from ", " to ", " outside "]
                    .iter()
                    .any(|p| b[..b.len() - digits].ends_with(p))
        });
        let lone = m.kind == Kind::Person
            && m.canonical == text[m.s..m.e]
            && !text[m.s..m.e].contains(' ');
        if before.ends_with("block of ") || before.ends_with("Block of ") || numbered && lone {
            m.retype(Kind::Place);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
    // "on King Street", "West Princess Street": a street named for a
    // title, which the name reader took for a title and a person called
    // "Street".
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Person) {
        let surface = &text[m.s..m.e];
        // (Not a surname: "Mr Lane", "Deputy Court".)
        if !STREET_KINDS.contains(&surface) || matches!(surface, "Lane" | "Court" | "Place" | "Way")
        {
            continue;
        }
        let head = text[..m.s].strip_suffix(' ').unwrap_or("");
        let w0 = head
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |k| k + 1);
        if w0 < head.len() && head[w0..].starts_with(|c: char| c.is_uppercase()) {
            m.s = w0;
            m.retype(Kind::Place);
            m.canonical = normalise_space(&text[m.s..m.e]);
        }
    }
}

/// The short forms of [`STREET_KINDS`], with their stops, as written.
const STREET_SHORT: &[&str] = &[
    "St.", "Ave.", "Rd.", "Dr.", "Blvd.", "Ln.", "Pl.", "Ct.", "Hwy.",
];

/// [`STREET_SHORT`] as a pattern's alternatives.
fn street_short_pattern() -> String {
    STREET_SHORT
        .iter()
        .map(|k| regex::escape(k))
        .collect::<Vec<_>>()
        .join("|")
}

/// The words that end a street's name, as news writes them in full.
const STREET_KINDS: &[&str] = &[
    "Street",
    "Avenue",
    "Road",
    "Drive",
    "Lane",
    "Boulevard",
    "Court",
    "Place",
    "Way",
    "Circle",
    "Terrace",
    "Trail",
    "Parkway",
    "Highway",
    "Pike",
];

/// "in the 4100 block of Marlow", "the 900 block of Highway 12": what a
/// block is "of" is a street, with or without its kind, though no other
/// rule read its words as a name (a street called by one rare word).
/// Pushes a place for each such street that no mention covers. (Not a
/// numbered one, "West 61st Street": it crosses a city, the scene of
/// many of its events.)
pub(super) fn blocks_of(text: &str, ms: &mut Vec<Mention>) {
    use super::lexicon::COMPASS_POINTS;
    static BLOCK: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        // (The kinds in full, their short forms, and two a block may be
        // "of" that end no name the other rules read.)
        regex::Regex::new(&format!(
            concat!(
                r"\b[Bb]lock of ((?:(?:{compass}|[NSEW]\.?) )?",
                r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?: \d{{1,4}}\b)?)",
                r"(?: (?:{kinds}|{short}|Row|Loop))?",
                r"(?: (?:NE|NW|SE|SW)\b)?)"
            ),
            compass = COMPASS_POINTS.join("|"),
            kinds = STREET_KINDS.join("|"),
            short = street_short_pattern(),
        ))
        .ok()
    });
    let Some(re) = BLOCK.as_ref() else {
        return;
    };
    if memchr::memmem::find(text.as_bytes(), b"lock of ").is_none() {
        return;
    }
    let mut key = String::new();
    let mut found = Vec::new();
    for c in re.captures_iter(text) {
        let Some(g) = c.get(1) else {
            continue;
        };
        // A day or a month after the street is the time it happened
        // ("the 900 block of Quenby Tuesday"), and so is what follows.
        let (s, mut e) = (g.start(), g.start());
        for (i, w) in g.as_str().split(' ').enumerate() {
            let f = lower_flags(w.trim_end_matches('.'), &mut key);
            if i > 0 && f & (WEEKDAY | MONTH) != 0 {
                break;
            }
            // (Each word's end: the words before it and their spaces.)
            e = if i == 0 { s } else { e + 1 } + w.len();
        }
        let name = text[s..e].trim_end_matches('.');
        let e = s + name.len();
        // (A point of the compass before a number opens a numbered
        // street: "the 100 block of East 71st Street".)
        let compass = COMPASS_POINTS.contains(&name)
            || matches!(name, "N" | "S" | "E" | "W")
            || text[e..].starts_with(' ')
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit());
        let overlaps = |m: &Mention| m.s < e && s < m.e;
        if name.is_empty() || compass || ms.iter().any(|m| overlaps(m) && m.kind != Kind::Weak) {
            continue;
        }
        // (Words the sentence reader left unread, "Weak", are the
        // street's.)
        for m in ms.iter_mut().filter(|m| overlaps(m)) {
            m.e = m.s;
        }
        found.push(Mention::new(s, e, Kind::Place, normalise_space(name)));
    }
    ms.extend(found);
}

/// "at Tenth Street and Lorrimer", "the intersection of Kestrel and
/// Maybelle": two names joined by "and" (or "&") where an
/// intersection or a corner is named, or where one of them is a street
/// by its kind and the pair follows a word of place ("at", "near",
/// "on"), are two streets, though a name alone reads as a person's. Not
/// a person named in full ("on Main Street and Ann Holt"), nor a name
/// that speaks or acts next ("... and Holt said").
pub(super) fn cross_streets(text: &str, ms: &mut Vec<Mention>) {
    static CROSS: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
        let name = format!(
            concat!(
                r"(?:(?:North|South|East|West|[NSEW]\.?) )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}",
                r"(?: (?:{kinds}|{short}))?"
            ),
            kinds = STREET_KINDS.join("|"),
            short = street_short_pattern(),
        );
        regex::Regex::new(&format!(
            r"\b(intersection of|corner of|at|near|on|off|along|from|between) ({name}) (?:and|&) ({name})(?:\b|$)"
        ))
        .ok()
    });
    let Some(re) = CROSS.as_ref() else {
        return;
    };
    if memchr::memmem::find(text.as_bytes(), b" and ").is_none()
        && memchr::memmem::find(text.as_bytes(), b" & ").is_none()
    {
        return;
    }
    let street = |n: &str| {
        let last = n.rsplit(' ').next().unwrap_or("");
        STREET_KINDS.contains(&last) || STREET_SHORT.contains(&last)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for c in re.captures_iter(text) {
        let (Some(cue), Some(a), Some(b)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let corner = cue.as_str().ends_with(" of");
        if !corner && !street(a.as_str()) && !street(b.as_str()) {
            continue;
        }
        // (What follows: no verb of the second name's own.)
        let next = text[b.end()..]
            .trim_start_matches(' ')
            .split([' ', ',', '.', '\n'])
            .next()
            .unwrap_or("");
        if subject_verb(next) || matches!(next, "told" | "who" | "were") {
            continue;
        }
        // (Nor a person the document names in full elsewhere: "at Marlow
        // Road and Vale" after "Tom Vale".)
        let person = |s: usize, e: usize| {
            ms.iter().any(|m| {
                m.s < e
                    && s < m.e
                    && (m.kind == Kind::Person
                        && (m.ntok >= 2 && m.given || m.canonical != text[m.s..m.e])
                        || m.kind == Kind::Org)
            })
        };
        if person(a.start(), a.end()) || person(b.start(), b.end()) {
            continue;
        }
        for g in [a, b] {
            // (A place read already stays as read.)
            if ms
                .iter()
                .any(|m| m.kind == Kind::Place && m.s < g.end() && g.start() < m.e)
            {
                continue;
            }
            found.push((g.start(), g.end()));
        }
    }
    for (s, e) in found {
        let name = text[s..e].trim_end_matches('.');
        let e = s + name.len();
        for m in ms.iter_mut().filter(|m| m.s < e && s < m.e && m.e > m.s) {
            m.absorb();
        }
        ms.push(Mention::new(s, e, Kind::Place, normalise_space(name)));
    }
}

/// "REUTER" alone on a line, "Reuter..." alone on the story's last line:
/// the agency's sign-off names no organisation of the story.
pub(super) fn agency_signoffs(text: &str, ms: &mut Vec<Mention>) {
    ms.retain(|m| {
        let surface = &text[m.s..m.e];
        // The wire's sign-off in capitals at the story's end, however
        // written: "REUTER...^M", "REUTER11:43/VB", "in the U.S.\n REUTER".
        if surface.contains("REUTER")
            && !surface.chars().any(char::is_lowercase)
            && !text[m.e..].chars().any(char::is_lowercase)
        {
            return false;
        }
        if m.canonical != "Reuters" {
            return true;
        }
        let ls = text[..m.s].rfind('\n').map_or(0, |k| k + 1);
        let le = text[m.e..].find('\n').map_or(text.len(), |k| m.e + k);
        let line = text[ls..le].trim().trim_end_matches('.');
        // (An upper-case sign-off, or the story's last line: "told\n
        // Reuters." inside the story is the agency.)
        let last = text[le..].trim().is_empty();
        line != surface || !last && surface.chars().any(char::is_lowercase)
    });
    // What follows a capital sign-off on its line is the desk's code
    // ("REUTER11:43/VB").
    let signoff = text.rfind("REUTER").filter(|&k| {
        !text[k..].chars().any(char::is_lowercase)
            && (k == 0 || !text.as_bytes()[k - 1].is_ascii_alphanumeric())
    });
    if let Some(k) = signoff {
        ms.retain(|m| m.s < k);
    }
}

/// Whether the words `ws` (capitalised words and the small words between
/// them) spell `acronym`: each capitalised word gives its first letter,
/// a small word ("of", "and") gives its own or none ("Conference on
/// Trade and Development" spells "CTAD"); a hyphened word gives its
/// first letter or each part's ("Asia-Pacific Economic Cooperation"
/// spells "APEC").
pub(super) fn spells(ws: &[&str], acronym: &[u8]) -> bool {
    let Some((w, rest)) = ws.split_first() else {
        return acronym.is_empty();
    };
    let first = w.as_bytes().first().map(u8::to_ascii_uppercase);
    if w.chars().next().is_some_and(char::is_uppercase) {
        let parts = w.split('-').count();
        acronym.first().copied() == first && spells(rest, &acronym[1..])
            || parts > 1
                && acronym.len() >= parts
                && w.split('-')
                    .zip(acronym)
                    .all(|(p, &a)| p.as_bytes().first().map(u8::to_ascii_uppercase) == Some(a))
                && spells(rest, &acronym[parts..])
    } else {
        spells(rest, acronym) || acronym.first().copied() == first && spells(rest, &acronym[1..])
    }
}

/// "the United Nations Conference on Trade\nand Development (UNCTAD)",
/// "the Organization for\nEconomic Cooperation and Development (OECD)": a
/// name cut by a small word or a wire's line wrap is whole again when
/// the acronym after it in brackets spells the words before it; the
/// words are one organisation.
pub(super) fn spelt_out_acronyms(text: &str, ms: &mut Vec<Mention>) {
    const SMALL: &[&str] = &["of", "on", "and", "for", "the", "in", "de", "&"];
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        if m.kind == Kind::Org && text[m.s..m.e].contains(' ') {
            continue;
        }
        let Some(rest) = text[m.e..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = rest.find(')') else {
            continue;
        };
        let acronym = &rest.as_bytes()[..close];
        if !(3..=8).contains(&acronym.len()) || !acronym.iter().all(u8::is_ascii_uppercase) {
            continue;
        }
        // The words before the name's end, back to the sentence's
        // punctuation, at most twelve.
        let mut starts: Vec<usize> = Vec::new();
        let mut p = m.e;
        while starts.len() < 12 {
            let head = text[..p].trim_end_matches([' ', '\n']);
            let ws = head.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
            let w = &head[ws..];
            if w.is_empty()
                || !(w
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '&'))
                    && (w.chars().next().is_some_and(char::is_uppercase) || SMALL.contains(&w)))
            {
                break;
            }
            starts.push(ws);
            p = ws;
            if ws == 0 {
                break;
            }
        }
        // The shortest run opening on a capitalised word that spells it.
        for &s in &starts {
            if !text[s..].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // ("New South Wales (NSW)" is still a place.)
            if s == m.s && m.kind == Kind::Place {
                break;
            }
            let ws: Vec<&str> = text[s..m.e].split_whitespace().collect();
            if ws.len() >= 2 && spells(&ws, acronym) {
                found.push((k, s, m.e));
                break;
            }
        }
    }
    for &(k, s, e) in found.iter().rev() {
        let m = &mut ms[k];
        m.s = s;
        m.retype(Kind::Org);
        m.canonical = normalise_space(&text[s..e]);
    }
    if !found.is_empty() {
        // Every other mention inside a name made whole goes, one of the
        // same span too.
        let mut k = 0;
        ms.retain(|o| {
            let own = found.iter().any(|&(f, _, _)| f == k);
            k += 1;
            own || !found.iter().any(|&(_, s, e)| o.s >= s && o.e <= e)
        });
    }
}

/// "a VJ (video jockey)", "gross domestic product (GDP)": an upper-case
/// word the document spells out in lower-case words, in brackets after
/// it or before it, abbreviates a common noun; none of its mentions is an
/// organisation.
pub(super) fn acronyms_of_common_words(text: &str, ms: &mut [Mention]) {
    const SMALL: &[&str] = &[
        "of", "on", "and", "for", "the", "in", "to", "a", "an", "per",
    ];
    // The initials of lower-case words, small words skipped; none when a
    // word is not lower case.
    fn initials(words: &[&str]) -> Option<String> {
        let mut out = String::new();
        for w in words {
            if !w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') || w.is_empty() {
                return None;
            }
            if !SMALL.contains(w) {
                out.extend(w.split('-').filter_map(|p| p.chars().next()));
            }
        }
        Some(out)
    }
    let is_acronym =
        |w: &str| (2..=6).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
    let mut common: Vec<&str> = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Org || m.e <= m.s {
            continue;
        }
        let w = &text[m.s..m.e];
        if !is_acronym(w) || common.contains(&w) {
            continue;
        }
        let spelled = |words: &[&str]| initials(words).is_some_and(|i| i.eq_ignore_ascii_case(w));
        // "VJ (video jockey)"
        let after = text[m.e..]
            .strip_prefix(" (")
            .and_then(|r| r.find(')').map(|c| &r[..c]))
            .is_some_and(|inside| {
                let words: Vec<&str> = inside.split(' ').collect();
                words.len() <= 8 && spelled(&words)
            });
        // "gross domestic product (GDP)": the words before the bracket,
        // as many as the initials need.
        let before = text[..m.s].strip_suffix('(').is_some_and(|head| {
            let mut words: Vec<&str> = head.trim_end().rsplit(' ').take(10).collect();
            words.reverse();
            (0..words.len()).any(|k| !SMALL.contains(&words[k]) && spelled(&words[k..]))
        });
        if after || before {
            common.push(w);
        }
    }
    if common.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        if m.kind == Kind::Org && m.e > m.s && common.contains(&&text[m.s..m.e]) {
            m.absorb();
        }
    }
}

/// Whether the document reads as a sports report ([`is_sport`]): the
/// byte scan runs once, and only when a pass of a sports page first
/// finds what it looks for.
pub(super) struct Sport<'t> {
    text: &'t str,
    known: Option<bool>,
}

impl<'t> Sport<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Sport { text, known: None }
    }

    fn get(&mut self) -> bool {
        let text = self.text;
        *self.known.get_or_insert_with(|| is_sport(text))
    }
}

/// A team sheet in a sports report ("Ireland: Murphy, Dempsey, Horgan,
/// Maggs, Hickie, O'Gara, ..."): in a list of five names or more, one to
/// three capitalised words each, of which half or more are read as
/// people, the others are people too (a surname that is also a place,
/// "Hayes", or one no list knows, "O'Kelly"); a club the list names stays
/// a club.
pub(super) fn team_sheets(text: &str, ms: &mut Vec<Mention>, sport: &mut Sport<'_>) {
    if !text.contains(", ") {
        return;
    }
    let name_like = |w: &str| {
        let n = w.split(' ').count();
        !w.is_empty()
            && n <= 3
            && w.split(' ').all(|p| {
                p.starts_with(|c: char| c.is_uppercase())
                    && p.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            })
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (start, line) in lines_at(text) {
        if line.matches(',').count() < 4 {
            continue;
        }
        // The items of the line, each trimmed, with its offsets.
        let mut run: Vec<(usize, usize)> = Vec::new();
        let flush = |run: &mut Vec<(usize, usize)>, found: &mut Vec<(usize, usize)>| {
            if run.len() >= 5 {
                let people = run
                    .iter()
                    .filter(|&&(s, e)| {
                        ms.iter()
                            .any(|m| m.kind == Kind::Person && m.s == s && m.e == e)
                    })
                    .count();
                if people * 2 >= run.len() {
                    found.extend(run.iter().copied());
                }
            }
            run.clear();
        };
        let mut at = 0;
        for item in line.split(',') {
            let (s0, e0) = (start + at, start + at + item.len());
            at += item.len() + 1;
            // (The team's name before a colon opens the list; the last
            // name of the list before may end in front of it: "Jaidi,
            // Poole. Booked: Ben Haim".)
            if let Some(k) = item.rfind(": ") {
                if let Some(stop) = item[..k].find(". ") {
                    let head = &item[..stop];
                    let t = head.trim_start();
                    if name_like(t) {
                        let s = s0 + (head.len() - t.len());
                        run.push((s, s + t.len()));
                    }
                }
            }
            let item_s = item.rfind(": ").map_or(0, |k| k + 2);
            let raw = &item[item_s..];
            let lead = raw.len() - raw.trim_start().len();
            let t = raw.trim().trim_end_matches([' ', '.']).trim_end();
            let s = s0 + item_s + lead;
            let e = s + t.len();
            debug_assert!(e <= e0);
            if name_like(t) {
                run.push((s, e));
            } else if let Some((head, sub)) =
                substituted(t).filter(|(h, b)| name_like(h) && name_like(b))
            {
                // "Hunt (Fadiga 14)": the player and the one who came on
                // for him at the minute.
                run.push((s, s + head.len()));
                let sub_s = s + (sub.as_ptr() as usize - t.as_ptr() as usize);
                run.push((sub_s, sub_s + sub.len()));
            } else if !matches!(t, "capt" | "captain" | "c") {
                flush(&mut run, &mut found);
            }
        }
        flush(&mut run, &mut found);
    }
    // The substitutes' line after a team sheet ("Subs Not Used: Jaidi,
    // Poole."): players too.
    if !found.is_empty() {
        for (start, line) in lines_at(text) {
            let base = start + line.len() + 1;
            let Some(k) = line.find(": ") else {
                continue;
            };
            let label = &line[..k];
            if !(label.starts_with("Subs") || label.starts_with("Substitutes"))
                || label.len() > 20
                || found.iter().any(|&(s, _)| s >= start && s < base)
            {
                continue;
            }
            let mut at = k + 2;
            for item in line[k + 2..].split(',') {
                let lead = item.len() - item.trim_start().len();
                let t = item.trim().trim_end_matches([' ', '.']).trim_end();
                if name_like(t) {
                    let s = start + at + lead;
                    found.push((s, s + t.len()));
                }
                at += item.len() + 1;
            }
        }
    }
    // (The byte scan for sport last: few texts hold such a list.)
    if found.is_empty() || !sport.get() {
        return;
    }
    // (A club the list names stays a club.)
    players(text, ms, &found, |m, _, _| {
        matches!(m.kind, Kind::Org | Kind::Person)
    });
}

/// A player and his substitute with the minute he came on: "Hunt
/// (Fadiga 14)" → ("Hunt", "Fadiga").
fn substituted(t: &str) -> Option<(&str, &str)> {
    let (head, rest) = t.split_once(" (")?;
    let inner = rest.strip_suffix(')')?;
    let (sub, minute) = inner.rsplit_once(' ')?;
    (!minute.is_empty() && minute.chars().all(|c| c.is_ascii_digit() || c == '+'))
        .then_some((head, sub))
}

/// Makes each span of `found` a player's name, unless a mention over it
/// that `keep` holds stands; other mentions over it go.
fn players(
    text: &str,
    ms: &mut Vec<Mention>,
    found: &[(usize, usize)],
    keep: impl Fn(&Mention, usize, usize) -> bool,
) {
    for &(s, e) in found {
        if ms
            .iter()
            .any(|m| m.s < e && s < m.e && m.e > m.s && keep(m, s, e))
        {
            continue;
        }
        ms.retain(|m| !(m.s < e && s < m.e && m.e > m.s));
        let mut m = Mention::new(s, e, Kind::Person, normalise_space(&text[s..e]));
        m.ntok = text[s..e].split(' ').count();
        ms.push(m);
    }
}

/// A cricket scorecard: the fielder after "c" and the bowler after "b"
/// or "st" ("Saeed Anwar c Thorpe b Croft 176", "b Cork 46"), and the
/// bowlers of a "Bowling:" line ("Cork 14-2-55-1"), are players, whatever
/// else their names are (a town, a common word).
pub(super) fn scorecards(text: &str, ms: &mut Vec<Mention>) {
    if !(text.contains(" b ") && (text.contains("Extras") || text.contains("not out"))) {
        return;
    }
    let cap_words = |r: &str| -> usize {
        // Capitalised words (an initial with its dot too), at most three.
        let mut end = 0;
        for (n, w) in r.split(' ').enumerate() {
            let w = w.trim_end_matches([',', ';']);
            let ok = n < 3
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
            if !ok {
                break;
            }
            end = r[..end].len() + if n == 0 { 0 } else { 1 } + w.len();
            if r[end..].starts_with([',', ';']) {
                break;
            }
        }
        end
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (start, line) in lines_at(text) {
        let bowling = line
            .strip_prefix("Bowling")
            .map(|r| r.trim_start_matches([' ', ':']));
        if let Some(r) = bowling {
            // "Lewis 12-1-41-0 , Mullally 15-3-45-1": a name and figures.
            let mut at = start + (line.len() - r.len());
            for item in r.split(',') {
                let lead = item.len() - item.trim_start().len();
                let t = item.trim();
                let n = cap_words(t);
                let figures = t[n..].trim_start();
                if n > 0
                    && figures.starts_with(|c: char| c.is_ascii_digit())
                    && figures.matches('-').count() >= 2
                {
                    found.push((at + lead, at + lead + n));
                }
                at += item.len() + 1;
            }
            continue;
        }
        if !line.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        for marker in [" c ", " b ", " st "] {
            for (k, _) in line.match_indices(marker) {
                let s = k + marker.len();
                let n = cap_words(&line[s..]);
                if n > 0 {
                    found.push((start + s, start + s + n));
                }
            }
        }
    }
    players(text, ms, &found, |m, s, e| {
        m.kind == Kind::Person && m.s == s && m.e == e
    });
}

/// In a sports report, a town or a state and a capitalised plural after
/// it are a team ("Hartford Whalers", "Vancouver Grizzlies", "Toronto
/// Maple Leafs", "Chicago White Sox"): the nickname, one or two words,
/// ends on a plural that is no people's name ("Kosovo Albanians") nor a
/// party's members ("Texas Democrats").
pub(super) fn city_nicknames(text: &str, ms: &mut Vec<Mention>, sport: &mut Sport<'_>) {
    let plural = |w: &str| {
        w.len() >= 4
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().skip(1).any(|c| c.is_ascii_lowercase())
            && w.bytes().all(|c| c.is_ascii_alphabetic())
            && (w.ends_with('s') && !w.ends_with("ss") || w == "Sox")
            && !is_place_or_demonym(w)
            // (Nor a town's people, "Allentown Firefighters", "Denver
            // Residents".)
            && lower_flags(w, &mut String::new()) & BODY == 0
            && !matches!(
                w,
                "Democrats"
                    | "Republicans"
                    | "Conservatives"
                    | "Liberals"
                    | "Socialists"
                    | "Communists"
                    | "Greens"
                    | "Christians"
                    | "Muslims"
                    | "Moslems"
                    | "Jews"
                    | "Games"
                    | "Championships"
                    | "Olympics"
                    | "Open"
                    | "Times"
                    | "News"
            )
    };
    let cap = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().skip(1).all(|c| c.is_ascii_lowercase())
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Place || m.nation || m.demonym || m.e <= m.s {
            continue;
        }
        let Some(r) = text[m.e..].strip_prefix(' ') else {
            continue;
        };
        let word = |r: &str| -> usize {
            r.find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len())
        };
        let n1 = word(r);
        let w1 = &r[..n1];
        let e = if plural(w1) {
            Some(m.e + 1 + n1)
        } else if cap(w1) {
            let r2 = r[n1..].strip_prefix(' ').unwrap_or("");
            let n2 = word(r2);
            (!r2.is_empty() && plural(&r2[..n2])).then(|| m.e + 1 + n1 + 1 + n2)
        } else {
            None
        };
        let Some(e) = e else { continue };
        // (Not a name that goes on: "Boston Red Sox Stadium", "the
        // Antwerp Oils and Fats Contact Days".)
        let rest = text[e..].strip_prefix(' ');
        if text[e..].starts_with(|c: char| c.is_alphanumeric())
            || rest.is_some_and(|r| {
                r.starts_with(|c: char| c.is_uppercase())
                    || r.strip_prefix("and ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            })
        {
            continue;
        }
        found.push((m.s, e));
    }
    if found.is_empty() || !sport.get() {
        return;
    }
    for (s, e) in found {
        if ms
            .iter()
            .any(|m| m.s < e && s < m.e && m.e > m.s && (m.s < s || m.e > e))
        {
            continue;
        }
        ms.retain(|m| !(m.s < e && s < m.e && m.e > m.s));
        ms.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
    }
}

/// A results row of a race: the word after a driver's or a rider's
/// nation in brackets, before the time, is the team ("1. Michael
/// Schumacher ( Germany ) Ferrari 1:17:43.632", "Jean Alesi (France)
/// Benetton 18.265"), whatever else its name is.
pub(super) fn teams_after_nations(text: &str, ms: &mut [Mention], sport: &mut Sport<'_>) {
    let mut hits: Vec<usize> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        if m.e <= m.s
            || !matches!(m.kind, Kind::Person | Kind::Weak | Kind::Place)
            || text[m.s..m.e].contains(' ')
            || !text[m.e..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let before = text[..m.s].trim_end_matches(' ');
        let Some(inner) = before.strip_suffix(')') else {
            continue;
        };
        let Some(open) = inner.rfind('(') else {
            continue;
        };
        if inner.len() - open > 30 || inner[open..].contains('\n') {
            continue;
        }
        let nation = ms
            .iter()
            .any(|p| p.kind == Kind::Place && p.nation && p.s > open && p.e <= inner.len());
        let rider = named_in_full_before(text, ms, open).is_some();
        if nation && rider {
            hits.push(k);
        }
    }
    if hits.is_empty() || !sport.get() {
        return;
    }
    for k in hits {
        let m = &mut ms[k];
        m.retype(Kind::Org);
        m.canonical = text[m.s..m.e].to_string();
    }
}

/// A match summary's scorers: after a side's score, the brackets list
/// each scorer with the minute ("Feyenoord 3 ( Regi Blinker 5 , Julio
/// Cruz 40 , Blinker 88 penalty )"): each name there is a player's.
pub(super) fn scorers(text: &str, ms: &mut Vec<Mention>, sport: &mut Sport<'_>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (open, _) in text.match_indices('(') {
        // A score just before: "3 (", "3 ( ".
        let before = text[..open].trim_end_matches(' ');
        if !before.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some(len) = text[open..].find(')') else {
            continue;
        };
        let inner = &text[open + 1..open + len];
        if inner.contains('\n') || inner.len() > 300 {
            continue;
        }
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut at = open + 1;
        let mut all = true;
        for item in inner.split([',', ';']) {
            let lead = item.len() - item.trim_start().len();
            let t = item.trim();
            // The name's words, then the minute, then perhaps a word or
            // two ("penalty", "pen", "og").
            let words: Vec<&str> = t.split(' ').collect();
            let Some(k) = words
                .iter()
                .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            else {
                all = false;
                break;
            };
            let name_ok = (1..=3).contains(&k)
                && words[..k].iter().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase())
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
                })
                && words[k].bytes().all(|c| c.is_ascii_digit() || c == b'+')
                && words[k + 1..]
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_lowercase()))
                && words.len() - k <= 3;
            if !name_ok {
                all = false;
                break;
            }
            let s = at + lead;
            let e = s + words[..k].join(" ").len();
            items.push((s, e));
            at += item.len() + 1;
        }
        if all && !items.is_empty() {
            found.extend(items);
        }
    }
    if found.is_empty() || !sport.get() {
        return;
    }
    players(text, ms, &found, |m, s, e| {
        m.kind == Kind::Person && m.s == s && m.e == e
    });
}

/// In a sports report, a league's division or conference named by a
/// region ("ATLANTIC DIVISION", "the Pacific Division", "Midwest
/// Conference") names no place: the words are a section of a league's
/// table (not a body's arm: "the Iowa Division of Criminal
/// Investigation").
pub(super) fn league_sections(text: &str, ms: &mut [Mention], sport: &mut Sport<'_>) {
    for m in ms.iter_mut() {
        if m.kind != Kind::Place || m.e <= m.s {
            continue;
        }
        let Some(r) = text[m.e..].strip_prefix(' ') else {
            continue;
        };
        let n = r
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(r.len());
        let of = r[n..].starts_with(" of ") || r[n..].starts_with(" OF ");
        // (A table's heading in capitals, or "the": not a firm's arm,
        // "its Pacific Division".)
        let caps = matches!(&r[..n], "DIVISION" | "CONFERENCE");
        let the = text[..m.s].ends_with("the ") || text[..m.s].ends_with("The ");
        if (caps || the)
            && matches!(
                &r[..n],
                "Division" | "DIVISION" | "Conference" | "CONFERENCE"
            )
            && !of
            && sport.get()
        {
            m.kind = Kind::Weak;
            m.evidence = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_is_read_after_its_last_word() {
        assert!(ROLE_TAILS.contains("coach"));
        for w in ["said", "head", "chief", "Rovers", ""] {
            assert!(!ROLE_TAILS.contains(w), "{w}");
        }
        assert_eq!(last_word("Rovers head coach"), "coach");
        assert_eq!(last_word("Ann\nHolt"), "Holt");
        assert_eq!(last_word("coach"), "coach");
    }
}
