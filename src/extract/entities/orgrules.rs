//! Document passes for organisations, run after the sentence reader and
//! the people, firms and clubs passes:
//!
//! - [`acronyms`]: an acronym defined in the text names an organisation,
//!   and so does its long form ("the Organisation for Security and
//!   Cooperation in Europe ( OSCE )", "KDP ( Kurdistan Democratic Party )").
//! - [`short_forms`]: a firm named in full with its legal form is named
//!   again by its words before it ("Jones Medical" after "Jones Medical
//!   Industries Inc").
//! - [`and_names`]: a name joined by "and" to an organisation's words is
//!   part of it ("Securities and Exchange Commission", "Samuel Montagu and
//!   Co Ltd", "Department of Trade and Industry").
//! - [`finish`]: a legal form written with its dot keeps it ("Acme
//!   Corp."), and a stock index named after its firm is no organisation
//!   ("the Dow Jones industrial average", "the Nasdaq composite"), nor is
//!   a country code glued to a currency sign ("HK$ 5 million"), a stock's
//!   symbol ("<AXP>", "Stock symbol HMGT"), nor a
//!   competition ("FA Cup", "Norwich Union Grand Prix", in sport "Major
//!   League Baseball": [`events`]).

use super::lexicon::{
    is_place_or_demonym, listed_org, lower_flags, BODY, COMMON, FIRST, FUNC, LAST, OF_HEAD,
    ORG_FIRST, ORG_LAST, ORG_LEGAL,
};
use super::sport::dateline_rest;
use super::{give_back_surnames, is_sport, make_org, normalise_space, Kind, Mention};

/// An acronym as written inside or before brackets: two to six upper-case
/// letters (digits and "&" after the first), no dots.
fn is_acro(w: &str) -> bool {
    let letters = w.bytes().filter(u8::is_ascii_uppercase).count();
    (2..=6).contains(&letters)
        && w.len() <= 7
        && w.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
        && w.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'&')
}

/// Lower-case words allowed inside a long form ("Organisation for
/// Security and Cooperation in Europe").
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "and"
            | "the"
            | "in"
            | "on"
            | "de"
            | "des"
            | "du"
            | "la"
            | "le"
            | "el"
            | "del"
            | "der"
            | "und"
            | "'s"
            | "&"
    )
}

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `acro` spells the initials of the capitalised `words`: its first
/// letter is the first word's, and its letters follow the words' initials
/// in order, skipping at most two words ("LIFFE" for "London International
/// Financial Futures and Options Exchange"); a hyphened word gives each
/// capitalised part's ("Trans-Canada Pipelines" spells "TCP").
fn spells(acro: &str, words: &[&str]) -> bool {
    let initials: Vec<u8> = words
        .iter()
        .filter(|w| is_cap_word(w))
        .flat_map(|w| w.split('-').filter(|p| is_cap_word(p)))
        .filter_map(|w| w.bytes().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let letters: Vec<u8> = acro.bytes().filter(u8::is_ascii_uppercase).collect();
    if initials.first() != letters.first() || initials.len() > letters.len() + 2 {
        return false;
    }
    // Every word's initial is used, save up to two; letters in order.
    let mut k = 0;
    for c in &initials {
        if letters.get(k) == Some(c) {
            k += 1;
        }
    }
    k == letters.len() && initials.last() == letters.last()
}

/// The long form ending just before `end` (a "(" at byte `end`) on the
/// line starting at `ls`, spelt by `acro` or, failing that, ending with an
/// organisation word ("Popular Revolutionary Army ( EPR )").
fn long_before(text: &str, ls: usize, end: usize, acro: &str) -> Option<(usize, usize)> {
    let before = text.get(ls..end)?;
    // (start, word) walking back.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = before.trim_end().len();
    // (A hard-wrapped line goes on: a line break parts words too.)
    for w in before[..pos].rsplit([' ', '\n']) {
        let ws = pos - w.len();
        pos = ws.saturating_sub(1);
        if w.is_empty() {
            break;
        }
        let ok = is_cap_word(w)
            && w.chars()
                .all(|c| c.is_alphanumeric() || "-.&'’".contains(c))
            || is_connector(w);
        if !ok || words.len() >= 12 {
            break;
        }
        words.push((ls + ws, w));
    }
    words.reverse();
    // (An article opening the sentence is no part of the name: "The
    // Inter-American Development Bank (IADB)".)
    while words
        .first()
        .is_some_and(|(_, w)| !is_cap_word(w) || *w == "The")
    {
        words.remove(0);
    }
    let (_, last) = *words.last()?;
    if !is_cap_word(last) {
        return None;
    }
    let span = |k: usize| (words[k].0, words[words.len() - 1].0 + last.len());
    let only: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
    // After an owner's possessive, a long form whose initials are the
    // acronym's letters exactly wins over a longer one that spells it
    // with words skipped: "the Pentagon's Project and Contract Office
    // (PCO)" names no Pentagon in its long form.
    let letters = acro.bytes().filter(u8::is_ascii_uppercase).count();
    let exact = |k: usize| {
        k > 0
            && (only[k - 1].ends_with("'s") || only[k - 1].ends_with("’s"))
            && only[k..].iter().filter(|w| is_cap_word(w)).count() == letters
    };
    for k in 0..words.len() {
        if is_cap_word(words[k].1) && exact(k) && spells(acro, &only[k..]) {
            return Some(span(k));
        }
    }
    for k in 0..words.len() {
        if is_cap_word(words[k].1) && spells(acro, &only[k..]) {
            return Some(span(k));
        }
    }
    let mut key = String::new();
    let caps = only.iter().filter(|w| is_cap_word(w)).count();
    (lower_flags(last, &mut key) & ORG_LAST != 0 && (2..=6).contains(&caps)).then(|| span(0))
}

/// Acronyms defined in the text: the long form and the acronym are
/// organisations, and so is every other mention of the acronym.
pub(super) fn acronyms(text: &str, ms: &mut Vec<Mention>) {
    if memchr::memchr(b'(', text.as_bytes()).is_none() {
        return;
    }
    // (long form, acronym) spans.
    let mut found: Vec<((usize, usize), (usize, usize))> = Vec::new();
    let b = text.as_bytes();
    for open in memchr::memchr_iter(b'(', b) {
        // Both readings need a capital first: "( OSCE )", "( Kurdistan ...".
        let first = b[open + 1..].iter().find(|&&c| c != b' ');
        if !first.is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let Some(rel) = memchr::memchr2(b')', b'\n', &b[open + 1..]) else {
            continue;
        };
        let close = open + 1 + rel;
        if rel > 90 || b[close] != b')' {
            continue;
        }
        let raw = &text[open + 1..close];
        let inner = raw.trim();
        let is = open + 1 + (raw.len() - raw.trim_start().len());
        // The long form may start on the line before, when the text is
        // wrapped ("... People's Inspectors\n( CPI )").
        let ls = text[..open].rfind('\n').map_or(0, |k| {
            if text[k + 1..open].trim().contains(' ') {
                k + 1
            } else {
                text[..k].rfind('\n').map_or(0, |j| j + 1)
            }
        });
        if is_acro(inner) {
            if let Some(long) = long_before(text, ls, open, inner) {
                found.push((long, (is, is + inner.len())));
            }
            continue;
        }
        // "KDP ( Kurdistan Democratic Party )".
        let bw = text[ls..open].trim_end();
        let acro_s = ls + bw.rfind(' ').map_or(0, |k| k + 1);
        let acro = &text[acro_s..ls + bw.len()];
        if !is_acro(acro) {
            continue;
        }
        let words: Vec<&str> = inner.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() >= 2
            && words.iter().all(|w| is_cap_word(w) || is_connector(w))
            && words.last().is_some_and(|w| is_cap_word(w))
            && spells(acro, &words)
        {
            found.push(((is, is + inner.len()), (acro_s, acro_s + acro.len())));
        }
    }
    if found.is_empty() {
        return;
    }
    let mut acros: Vec<&str> = Vec::new();
    for &((ls, le), (a_s, a_e)) in &found {
        // A place or a person written in full keeps its reading
        // ("United States ( US )").
        if ms.iter().any(|m| {
            m.s == ls && m.e == le && matches!(m.kind, Kind::Place | Kind::Person)
                || m.s < le && ls < m.e && (m.s < ls || m.e > le)
        }) {
            // (And its acronym is the place: "New South Wales (NSW)".)
            let place = ms
                .iter()
                .find(|m| m.s == ls && m.e == le && m.kind == Kind::Place)
                .map(|m| m.canonical.clone());
            if let Some(c) = place {
                for m in ms.iter_mut().filter(|m| m.s == a_s && m.e == a_e) {
                    m.kind = Kind::Place;
                    m.canonical = c.clone();
                }
            }
            continue;
        }
        for m in ms.iter_mut().filter(|m| m.s >= ls && m.e <= le) {
            m.kind = Kind::Weak;
            m.evidence = false;
        }
        ms.push(Mention::new(
            ls,
            le,
            Kind::Org,
            normalise_space(&text[ls..le]),
        ));
        if !ms.iter().any(|m| m.s == a_s && m.e == a_e) {
            ms.push(Mention::new(
                a_s,
                a_e,
                Kind::Org,
                text[a_s..a_e].to_string(),
            ));
        }
        acros.push(&text[a_s..a_e]);
    }
    for m in ms.iter_mut() {
        if m.kind != Kind::Org && acros.contains(&&text[m.s..m.e]) {
            m.kind = Kind::Org;
        }
    }
    // Every other mention of a defined acronym, also one the sentence
    // reader left out as a word or a term ("the PPI said", an acronym
    // that is also an economic term's).
    let b = text.as_bytes();
    let mut more: Vec<Mention> = Vec::new();
    for acro in acros {
        let ab = acro.as_bytes();
        for s in memchr::memmem::find_iter(b, ab) {
            let e = s + ab.len();
            let bounded = (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                && b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
            if bounded
                && !ms.iter().any(|m| m.s < e && s < m.e && m.e > m.s)
                && !more.iter().any(|m| m.s == s)
            {
                more.push(Mention::new(s, e, Kind::Org, acro.to_string()));
            }
        }
    }
    ms.append(&mut more);
    ms.sort_by_key(|m| (m.s, m.e));
}

/// A wire desk's sign-off line: "-- Lagos Newsroom +234 1 555 0101",
/// "-- Energy Desk 212-555-0199". The name is the desk.
fn signoffs(text: &str, ms: &mut Vec<Mention>) {
    for (ls, line) in super::lines_at(text) {
        let Some(rest) = line.strip_prefix("--") else {
            continue;
        };
        let mut pos = ls + line.len() - rest.len();
        let (mut s, mut e) = (0, 0);
        let mut phone = false;
        for w in rest.split(' ') {
            let ws = pos;
            pos += w.len() + 1;
            if w.is_empty() {
                continue;
            }
            if is_cap_word(w) && w.chars().all(|c| c.is_alphabetic() || "-.&'".contains(c)) {
                if e == 0 {
                    s = ws;
                }
                e = ws + w.len();
                continue;
            }
            phone = e > s
                && w.starts_with(|c: char| c.is_ascii_digit() || c == '+')
                && w.bytes().filter(u8::is_ascii_digit).count() >= 2
                && w.bytes()
                    .all(|c| c.is_ascii_digit() || b"+-()".contains(&c));
            break;
        }
        // A reporter's own line ("-- Ann Holt +1 555 0101") is no desk.
        if !phone
            || e <= s
            || ms
                .iter()
                .any(|m| m.s < e && s < m.e && m.kind == Kind::Person)
        {
            continue;
        }
        for m in ms.iter_mut().filter(|m| m.s < e && s < m.e) {
            m.kind = Kind::Weak;
            m.e = m.s;
        }
        ms.push(Mention::new(s, e, Kind::Org, normalise_space(&text[s..e])));
    }
}

/// A firm named in full with its legal form is named again by its words
/// before the legal form ("Jones Medical" after "Jones Medical
/// Industries Inc", "Bear Stearns" after "Bear Stearns & Co Inc"), also
/// without an industry word before it: each such short form of two words
/// or more, standing alone in the text (no capitalised word after it), is
/// the firm.
pub(super) fn short_forms(text: &str, ms: &mut Vec<Mention>) {
    let mut key = String::new();
    let mut forms: Vec<String> = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Org) {
        // (A name joined across "and" to its legal form, "Jones and
        // Vining Inc", is read here as two mentions, "Jones" and "Vining
        // Inc": the name opens at the first.)
        // (One word, the name's first: not "Land" of "Louisiana Land and
        // Exploration Co".)
        let s = if text[..m.s].ends_with(" and ") {
            ms.iter()
                .find(|p| {
                    p.e + 5 == m.s
                        && p.e > p.s
                        && p.ntok == 1
                        && matches!(p.kind, Kind::Person | Kind::Weak)
                        && !text[..p.s]
                            .trim_end()
                            .rsplit(|c: char| !c.is_alphanumeric())
                            .next()
                            .is_some_and(is_cap_word)
                })
                .map_or(m.s, |p| p.s)
        } else {
            m.s
        };
        // (A name of no legal form read whole is none of these: skipped
        // before its text is copied.)
        if !m.legal && s == m.s {
            continue;
        }
        // (A hard-wrapped text breaks a name across lines: "Morgan\nGuaranty
        // Trust Co". Its forms are written with spaces.)
        let name = normalise_space(&text[s..m.e]);
        let name = name.as_str();
        let words: Vec<&str> = name.split(' ').collect();
        let n = words.len();
        let legal = m.legal || s < m.s && lower_flags(words[n - 1], &mut key) & ORG_LEGAL != 0;
        if n < 3 || !legal {
            continue;
        }
        // Its first name alone too ("Cable" after "Cable and Wireless
        // Plc"), after its longer forms.
        // (Not a word that names a body's kind: "Bank", "National".)
        let first = (s < m.s
            && words[0].len() > 2
            && is_cap_word(words[0])
            && lower_flags(words[0], &mut key) & (ORG_LAST | ORG_FIRST | ORG_LEGAL) == 0)
            .then_some(words[0]);
        // Drop the legal form, then a connector or an industry word.
        let mut k = n - 1;
        while k >= 2 {
            if !is_connector(words[k - 1]) && is_cap_word(words[k - 1]) {
                let form = &name[..words[..k].iter().map(|w| w.len() + 1).sum::<usize>() - 1];
                if !forms.iter().any(|f| f == form) {
                    forms.push(form.to_string());
                }
            }
            let w = words[k - 1];
            if !is_connector(w) && lower_flags(w, &mut key) & (ORG_LAST | ORG_LEGAL) == 0 {
                break;
            }
            k -= 1;
        }
        if let Some(f) = first.filter(|f| !forms.iter().any(|x| x == f)) {
            forms.push(f.to_string());
        }
    }
    if forms.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let mut added = false;
    let mut swallowed: Vec<String> = Vec::new();
    // The form's space matches a space or a line break of the text.
    let at = |s: usize, fb: &[u8]| {
        b.get(s..s + fb.len()).is_some_and(|t| {
            t.iter()
                .zip(fb)
                .all(|(&c, &f)| c == f || f == b' ' && c == b'\n')
        })
    };
    for form in &forms {
        // Forms open on a capital, rare in the text: a byte search for it
        // beats building a substring searcher for each form.
        let fb = form.as_bytes();
        for s in memchr::memchr_iter(fb[0], b).filter(|&s| at(s, fb)) {
            let e = s + form.len();
            if s > 0 && b[s - 1].is_ascii_alphanumeric() {
                continue;
            }
            // The whole name: no word character, and no capitalised word,
            // after it.
            let rest = &text[e..];
            if rest.starts_with(|c: char| c.is_alphanumeric() || c == '.')
                || rest
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_uppercase() || c == '&')
                || !form.contains(' ') && rest.starts_with(" and ")
            {
                continue;
            }
            // (A first name alone that the text links to a person named
            // in full is the person: "Griggs said" after "William Griggs
            // of Griggs and Santow Inc".)
            if !form.contains(' ')
                && ms
                    .iter()
                    .any(|m| m.kind == Kind::Person && m.s == s && m.canonical.contains(' '))
            {
                continue;
            }
            if ms.iter().any(|m| {
                m.kind == Kind::Org && m.s <= s && m.e >= e
                    || m.s < e && s < m.e && (m.s < s || m.e > e)
            }) {
                continue;
            }
            // (A person read from the form is the firm: so is a word
            // linked to that person's name, or, a place's, the place:
            // "Canada's" after "Teleglobe\nCanada".)
            if let Some(p) = ms
                .iter()
                .find(|m| m.kind == Kind::Person && m.ntok >= 2 && m.s >= s && m.e <= e)
            {
                if !swallowed.contains(&p.canonical) {
                    swallowed.push(p.canonical.clone());
                }
            }
            added |= make_org(ms, s, e, form.clone());
        }
    }
    give_back_surnames(text, ms, &swallowed);
    if added {
        ms.sort_by_key(|m| (m.s, m.e));
    }
}

/// A word of an upper-case headline that the story names as an
/// organisation is the organisation: "COMELF" for "Comelf", and an
/// acronym opening a run of headline words ("WBA CRUISERWEIGHT" for the
/// story's "WBA").
fn headline_orgs(text: &str, ms: &mut [Mention]) {
    let upper = |m: &Mention| {
        m.kind == Kind::Weak
            && m.shaky
            && m.e > m.s
            && !text.as_bytes()[m.s..m.e].iter().any(u8::is_ascii_lowercase)
    };
    if !ms.iter().any(upper) {
        return;
    }
    let orgs: Vec<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Org && !m.shaky)
        .map(|m| &text[m.s..m.e])
        .collect();
    if orgs.is_empty() {
        return;
    }
    for m in ms.iter_mut().filter(|m| upper(m)) {
        let t = &text[m.s..m.e];
        if let Some(o) = orgs.iter().find(|o| o.eq_ignore_ascii_case(t)) {
            m.kind = Kind::Org;
            m.canonical = o.to_string();
            continue;
        }
        let head = t.split(' ').next().unwrap_or("");
        if head.len() < t.len() && is_acro(head) && orgs.contains(&head) {
            m.e = m.s + head.len();
            m.kind = Kind::Org;
            m.canonical = head.to_string();
        }
    }
}

/// Last touches on organisations: a wire desk's sign-off names the desk;
/// a name of several words read as an organisation somewhere in the
/// document is one wherever else it is read as a person ("the weekly Der
/// Spiegel" ... "told Der Spiegel"); the dot of a legal form ("Acme
/// Corp.") joins the name; a stock index named after a firm ("the Dow
/// Jones industrial average") is dropped, and so are a country's code
/// glued to a currency's sign ("HK$") and a stock's symbol ("<AXP>",
/// "Stock symbol HMGT").
pub(super) fn finish(text: &str, ms: &mut Vec<Mention>) {
    headline_orgs(text, ms);
    // Sign-offs close the story: its last few hundred bytes are read.
    let b = text.as_bytes();
    let t0 = b.len().saturating_sub(400);
    if b.starts_with(b"--")
        || memchr::memchr_iter(b'\n', &b[t0..])
            .any(|k| b.get(t0 + k + 1..t0 + k + 3) == Some(b"--"))
    {
        let n = ms.len();
        signoffs(text, ms);
        if ms.len() > n {
            ms.sort_by_key(|m| (m.s, m.e));
        }
    }
    // A dateline names a place: "KELSO , Scotland 1997-05-02" opens no
    // organisation's name, however upper-case.
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Org) {
        if (m.s == 0 || text.as_bytes()[m.s - 1] == b'\n') && dateline_rest(text, m.e) {
            m.kind = Kind::Place;
            m.canonical = text[m.s..m.e].to_string();
        }
    }
    // Persons of several words that read as an organisation elsewhere.
    let several = |m: &Mention| text[m.s..m.e].contains(' ');
    if ms.iter().any(|m| m.kind == Kind::Person && m.ntok >= 2)
        && ms.iter().any(|m| m.kind == Kind::Org && several(m))
    {
        let names: Vec<(usize, usize)> = ms
            .iter()
            .filter(|m| m.kind == Kind::Org && several(m))
            .map(|m| (m.s, m.e))
            .collect();
        for m in ms
            .iter_mut()
            .filter(|m| m.kind == Kind::Person && m.ntok >= 2)
        {
            if names.iter().any(|&(s, e)| text[s..e] == text[m.s..m.e]) {
                m.kind = Kind::Org;
                m.canonical = text[m.s..m.e].to_string();
            }
        }
    }
    // A country's code glued to a currency's sign ("HK$ 5 million",
    // "US$5") names the currency: no body and no place. A stock's symbol
    // names no firm (its name is given beside it): "<AXP>", "<BAC.N>",
    // "Stock symbol HMGT", "ticker symbol HMGT".
    for m in ms.iter_mut() {
        let name = &text[m.s..m.e];
        let caps = name
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'.');
        let bracketed =
            m.s > 0 && text.as_bytes()[m.s - 1] == b'<' && text.as_bytes().get(m.e) == Some(&b'>');
        let symbol = caps && {
            let before = text[..m.s].trim_end_matches([' ', ':']);
            before.ends_with(" symbol")
                || before.ends_with(" ticker")
                || before.ends_with("\nsymbol")
        };
        if m.e - m.s <= 3
            && text.as_bytes().get(m.e) == Some(&b'$')
            && name.bytes().all(|c| c.is_ascii_uppercase())
            || caps && (bracketed || symbol)
        {
            m.kind = Kind::Weak;
        }
    }
    events(text, ms);
    and_names(text, ms);
    bracketed_forms(text, ms);
    let mut key = String::new();
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Org) {
        let rest = &text[m.e..];
        let next = rest.trim_start_matches(' ');
        let next = next.split([' ', '\n']).next().unwrap_or("");
        let last = || text[m.s..m.e].rsplit(' ').next().unwrap_or("");
        if matches!(
            next,
            "index" | "indices" | "composite" | "industrial" | "industrials" | "average"
        ) && lower_flags(last(), &mut key) & ORG_LAST == 0
        {
            m.kind = Kind::Weak;
            continue;
        }
        if rest.starts_with('.')
            && !last().ends_with('.')
            && last().len() <= 4
            && lower_flags(last(), &mut key) & ORG_LEGAL != 0
        {
            m.e += 1;
        }
    }
}

/// A firm's legal form alone after its place in brackets is no body of
/// its own: it makes the name before the brackets a firm's ("Banque
/// Paribas (Luxembourg) SA", "Hoare Govett (Far East) Ltd").
fn bracketed_forms(text: &str, ms: &mut [Mention]) {
    let mut key = String::new();
    // The legal forms after a name and its bracketed place.
    let mut forms: Vec<(usize, usize)> = Vec::new();
    for p in ms.iter_mut() {
        if !matches!(p.kind, Kind::Person | Kind::Weak | Kind::Org) || p.s >= p.e {
            continue;
        }
        let Some(r) = text[p.e..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = r.find(')').filter(|&c| c <= 40 && !r[..c].contains('\n')) else {
            continue;
        };
        let Some(r) = r[close + 1..].strip_prefix(' ') else {
            continue;
        };
        let w = &r[..r
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(r.len())];
        if w.is_empty() || lower_flags(w, &mut key) & ORG_LEGAL == 0 {
            continue;
        }
        let s = text.len() - r.len();
        forms.push((s, s + w.len()));
        if p.kind != Kind::Org {
            p.retype(Kind::Org);
            p.canonical = normalise_space(&text[p.s..p.e]);
        }
    }
    for m in ms.iter_mut() {
        if m.kind == Kind::Org && forms.iter().any(|&(s, e)| m.s == s && m.e <= e + 1) {
            m.kind = Kind::Weak;
        }
    }
}

/// Whether every word of `name` is a legal form or a firm's filler:
/// "Co Inc", "Co Ltd", "& Co".
fn bare_legal(name: &str) -> bool {
    name.split(' ').all(|w| {
        matches!(
            w.trim_end_matches('.'),
            "Co" | "Cos" | "Inc" | "Ltd" | "Corp" | "Plc" | "PLC" | "LLC" | "Sons" | "&"
        )
    })
}

/// Whether a name holds a legal form ("CTS Corp", "Acme Ltd.").
pub(super) fn has_legal(name: &str) -> bool {
    let mut key = String::new();
    name.split([' ', '\n'])
        .any(|w| lower_flags(w.trim_end_matches('.'), &mut key) & ORG_LEGAL != 0)
}

/// A name joined by "and" to an organisation's words opens it: "the
/// Securities and Exchange Commission", "Food and Drug Administration",
/// "Standard and Poor's Corp", "American Telephone and Telegraph Co" (the
/// word before "and" a common word that no firm, place or person is
/// named by, and the organisation's name of two words or more: not
/// "Kodak and Fuji Photo Film Co"); before a bare legal
/// form any name does: "Samuel Montagu and Co Ltd".
fn and_names(text: &str, ms: &mut [Mention]) {
    let b = text.as_bytes();
    let mut key = String::new();
    for k in 0..ms.len() {
        let m = &ms[k];
        // (Also across a wire's line wrap: "Securities\nand Exchange
        // Commission", "Standard and\nPoor's Corp".)
        if m.kind != Kind::Org
            || m.s < 6
            || !matches!(text.get(m.s - 5..m.s), Some(" and " | "\nand " | " and\n"))
        {
            continue;
        }
        let bare = bare_legal(&text[m.s..m.e]);
        // "Babcock and Wilcox Co": one name and its legal form after
        // "and"; a lone surname before it is the other founder's.
        let short_legal = {
            let name = &text[m.s..m.e];
            name.split(' ').count() == 2
                && name.rsplit(' ').next().is_some_and(|l| {
                    lower_flags(l.trim_end_matches('.'), &mut key) & ORG_LEGAL != 0
                })
        };
        let common_tail = short_legal
            && text[m.s..m.e].split(' ').next().is_some_and(|w| {
                lower_flags(w, &mut key) & (COMMON | FIRST | LAST) == COMMON
                    && !is_place_or_demonym(w)
            });
        // The capitalised words before " and ", at most three, on one line.
        let mut pos = m.s - 5;
        let mut s = pos;
        let mut words = 0;
        let mut last_common = false;
        // A nation's name and one or two common words read as a body of
        // their own ("U.S. Securities") open the name whole: "the U.S.
        // Securities and Exchange Commission".
        let mut led = false;
        if let Some(p) = ms
            .iter()
            .find(|p| p.kind == Kind::Org && p.e == pos && p.s < p.e)
        {
            // (Not two bodies, each with its head, its place or its own
            // name: "China Construction Bank and Bank of China", "British
            // Gas and British Telecom", "American Express and Fireman's
            // Fund".)
            let name = &text[p.s..p.e];
            let mut ws = name.split(' ');
            let nation = ws.next().is_some_and(is_place_or_demonym);
            let rest: Vec<&str> = ws.collect();
            let after = text[m.s..m.e].split(' ').next().unwrap_or("");
            if nation
                && (1..=2).contains(&rest.len())
                && rest.iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_uppercase())
                        && lower_flags(w, &mut key) & (COMMON | FUNC | OF_HEAD | BODY) == COMMON
                })
                && !is_place_or_demonym(after)
                && after.bytes().all(|c| c.is_ascii_alphabetic())
                && lower_flags(after, &mut key) & (COMMON | FUNC) == COMMON
            {
                s = p.s;
                words = rest.len() + 1;
                last_common = !listed_org(name);
                led = true;
            }
        }
        while !led && words < 3 {
            let ws = b[..pos]
                .iter()
                .rposition(|&c| c == b' ' || c == b'\n')
                .map_or(0, |i| i + 1);
            let w = &text[ws..pos];
            let cap = w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().any(|c| c.is_ascii_lowercase())
                && w.bytes()
                    .all(|c| c.is_ascii_alphabetic() || c == b'\'' || c == b'-');
            // A firm or a person there is named apart (save before a bare
            // legal form, whose name it is).
            // (Nor a firm read before a common word and its legal form,
            // which no firm goes by alone: "Great American Management and
            // Investment Inc".)
            let named = ms.iter().any(|p| {
                p.s < pos
                    && ws < p.e
                    && matches!(p.kind, Kind::Org | Kind::Person)
                    && !(short_legal && p.kind == Kind::Person && p.ntok <= 1 && !p.given)
                    && !(common_tail && p.kind == Kind::Org && !has_legal(&text[p.s..p.e]))
            });
            let f = lower_flags(w, &mut key);
            if !cap || named && !bare || f & FUNC != 0 {
                break;
            }
            // (A word the document names as a firm or a club elsewhere is
            // one of its own: "the Arsenal and Manchester United game".)
            if words == 0 {
                last_common = f & COMMON != 0
                    && !ms
                        .iter()
                        .any(|p| p.kind == Kind::Org && p.e > p.s && text[p.s..p.e] == *w);
            }
            words += 1;
            s = ws;
            if ws == 0 || b[ws - 1] == b'\n' {
                break;
            }
            pos = ws - 1;
        }
        // (A one-word firm after "and" is a firm of its own: "Mercantile
        // and Commerce did not comment"; so is one the lexicons name
        // whole: "played for Lens and Paris St Germain"; and one named
        // for its owner: "American Express and Fireman's Fund".)
        let after = &text[m.s..m.e];
        // (Nor the last of a list of one-word names, itself named by
        // no common word: "Paramount, Universal and Warner Brothers", not
        // "Children, Youth and Families Department".)
        let listed = words == 1
            && text[..s].ends_with(", ")
            && after
                .split(' ')
                .next()
                .is_some_and(|w| lower_flags(w, &mut key) & COMMON == 0);
        // (Nor the head of an officer's body, named by the officer's
        // possessive: "the Ada County Sheriff's Office and State Police"
        // are two; "the ministry's Planning and Budget Agency", "Acme
        // Co's Acme Refining and Marketing Co" are one.)
        let owned = words == 1
            && text[..s]
                .strip_suffix("'s ")
                .or(text[..s].strip_suffix("’s "))
                .is_some_and(|h| {
                    let w = &h[h.rfind([' ', '\n']).map_or(0, |i| i + 1)..];
                    w.starts_with(|c: char| c.is_uppercase())
                        && super::lexicon::is_title_word(w, &mut key)
                });
        let whole = last_common
            && !listed
            && !owned
            && after.contains(' ')
            && !after.split(' ').next().is_some_and(|w| w.ends_with("'s"))
            && !listed_org(after);
        if words == 0 || !(bare || short_legal && words == 1 || whole) {
            continue;
        }
        let e = m.e;
        for (j, p) in ms.iter_mut().enumerate() {
            if j == k {
                p.s = s;
                p.canonical = normalise_space(&text[s..e]);
            } else if p.s >= s && p.e <= e && p.s < p.e {
                p.absorb();
            }
        }
    }
    // After a name ending on "of X" or "for X", one common word joined
    // by "and" closes it: "Department of Trade and Industry", "Department
    // for Education and Skills" (not "Bank of England and Barclays", nor
    // "... and Treasury officials"); so do common words listed with
    // commas before the "and" ("Bureau of Alcohol, Tobacco, Firearms and
    // Explosives") and, after a department's or a ministry's head, two
    // common words that are no body of their own ("Department of Health
    // and Human Services", not "Ministry of Defence and Foreign Office").
    for k in 0..ms.len() {
        let m = &ms[k];
        // (A comma or "and" after it first: the cheaper test.)
        if !text[m.e..].starts_with([',', ' ']) {
            continue;
        }
        let (me, name) = (m.e, &text[m.s..m.e]);
        // (Its words across a wire's line wrap too: "the Ministry of\n
        // International Trade and Industry".)
        let words = || name.split([' ', '\n']).filter(|w| !w.is_empty());
        if m.kind != Kind::Org || !words().any(|w| matches!(w, "of" | "for")) {
            continue;
        }
        let department = words()
            .take_while(|w| !matches!(*w, "of" | "for"))
            .any(|w| {
                matches!(
                    w,
                    "Department" | "Ministry" | "Bureau" | "Secretary" | "Minister"
                )
            });
        // A body named "X of Y" and then "for" one common word, or two
        // that close on a field, is named whole: "the Court of
        // Arbitration for Sport" (not "the Bank of England for Sterling
        // Bills", nor a mention named apart there).
        if text[me..].starts_with(" for ") {
            if words().any(|w| w == "of") && !words().any(|w| w == "for") {
                let (e, _) = field_words(text, me + 5, is_field, &mut key);
                let next_cap = text[e..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
                if e > me + 5
                    && !next_cap
                    && !ms
                        .iter()
                        .any(|p| p.kind != Kind::Weak && p.s < e && me < p.e)
                {
                    ms[k].e = e;
                    ms[k].canonical = normalise_space(&text[ms[k].s..e]);
                }
            }
            continue;
        }
        // The listed words: ", W" at most three times, then " and ".
        let mut at = me;
        let mut listed = 0;
        while listed < 3 {
            let Some(r) = text[at..].strip_prefix(", ") else {
                break;
            };
            let w = &r[..r.find([' ', ',']).unwrap_or(r.len())];
            if !common_cap(w, &mut key) {
                break;
            }
            at += 2 + w.len();
            listed += 1;
        }
        if !text[at..].starts_with(" and ") {
            continue;
        }
        let ws = at + 5;
        // One common word, or two after a department's head, or a field
        // of study that closes an institute's name ("Centre for
        // Economics and Business Research").
        let (e, last) = field_words(text, ws, |w| department || is_field(w), &mut key);
        let next_cap = text[e..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        let two = text[ws..e].contains(' ');
        if e == ws
            || next_cap
            || two && lower_flags(last, &mut key) & BODY != 0
            // (A mention there that is not wholly inside is named apart.)
            || ms.iter().any(|p| {
                p.kind != Kind::Weak
                    && p.s < e
                    && me < p.e
                    && !(two && p.s >= ws && p.e <= e)
            })
        {
            continue;
        }
        for p in ms.iter_mut() {
            if p.s >= me && p.e <= e && p.s < p.e {
                p.absorb();
            }
        }
        ms[k].e = e;
        ms[k].canonical = normalise_space(&text[ms[k].s..e]);
    }
}

/// A capitalised common word ("Trade", "Sport"), which may close a
/// body's name.
fn common_cap(w: &str, key: &mut String) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.bytes().all(|c| c.is_ascii_alphabetic())
        && lower_flags(w, key) & (COMMON | FUNC) == COMMON
}

/// The words of a body's name from `start`: one capitalised common word,
/// and a second one that `second` allows; the end of the last and the
/// last word (`start` and "" when none).
fn field_words<'t>(
    text: &'t str,
    start: usize,
    second: impl Fn(&str) -> bool,
    key: &mut String,
) -> (usize, &'t str) {
    let (mut e, mut last) = (start, "");
    for n in 0..2 {
        let r = &text[e..];
        let r = if n == 0 {
            r
        } else {
            match r.strip_prefix(' ') {
                Some(r) => r,
                None => break,
            }
        };
        let w = &r[..r.find([' ', '\n', ',', '.', ';', ')']).unwrap_or(r.len())];
        if !common_cap(w, key) || n == 1 && !second(w) {
            break;
        }
        e = text.len() - r.len() + w.len();
        last = w;
    }
    (e, last)
}

/// A field of work or study that closes a body's name after "for" or
/// "and" ("Institute for Fiscal Studies", "Centre for Economics and
/// Business Research", "Council for Science and Technology").
fn is_field(w: &str) -> bool {
    matches!(
        w,
        "Research"
            | "Studies"
            | "Development"
            | "Affairs"
            | "Policy"
            | "Planning"
            | "Statistics"
            | "Science"
            | "Sciences"
            | "Technology"
            | "Education"
            | "Training"
    )
}

/// Words that close an event's name: "FA Cup", "Norwich Union Grand
/// Prix", "the Compaq Classic", "the Academy Awards".
fn is_event_word(w: &str) -> bool {
    [
        "cup",
        "prix",
        "trophy",
        "championships",
        "games",
        "marathon",
        "classic",
        "rally",
        "open",
        "awards",
    ]
    .iter()
    .any(|e| e.eq_ignore_ascii_case(w))
}

/// Competitions are no organisations: a body or a sponsor before an
/// event's word names the event ("FA Cup", "FED CUP", "the Heineken
/// Trophy"), and so does a name that ends on one ("Norwich Union Grand
/// Prix"); in a sports report, a league is the competition ("Major League
/// Baseball", "AMERICAN LEAGUE", "Champions League"), while outside sport
/// it stays a body ("the Arab League").
fn events(text: &str, ms: &mut [Mention]) {
    let mut sport: Option<bool> = None;
    for m in ms.iter_mut().filter(|m| m.kind == Kind::Org) {
        let name = &text[m.s..m.e];
        let next = text[m.e..]
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', '\n']).next())
            .unwrap_or("");
        let last = name.rsplit(' ').next().unwrap_or("");
        let event = is_event_word(next) && next.starts_with(char::is_uppercase)
            || name.contains(' ') && is_event_word(last);
        let league = !event
            && name.split(' ').any(|w| w.eq_ignore_ascii_case("league"))
            && *sport.get_or_insert_with(|| is_sport(text));
        if event || league {
            m.kind = Kind::Weak;
            m.evidence = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling() {
        assert!(spells("WFC", &["World", "Fishing", "Council"]));
        assert!(spells(
            "NCFE",
            &["National", "Council", "for", "Fair", "Elections"]
        ));
        assert!(spells(
            "LMFE",
            &["London", "Metal", "Futures", "and", "Options", "Exchange"]
        ));
        assert!(!spells("US", &["United", "Kingdom"]));
        assert!(is_acro("ABC") && !is_acro("U.S.") && !is_acro("Abc"));
    }

    #[test]
    fn desks() {
        let t = "Prices rose.\n-- Lagos Newsroom +234 1 555 0101\n-- 12 lines\n";
        let mut ms = Vec::new();
        signoffs(t, &mut ms);
        let got: Vec<&str> = ms.iter().map(|m| &t[m.s..m.e]).collect();
        assert_eq!(got, ["Lagos Newsroom"]);
    }
}
