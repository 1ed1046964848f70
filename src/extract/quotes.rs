//! Direct quotes and who said them (the `quotes` table), and sentences
//! credited to a source without a quote ([`Credit`] rows, read by the
//! claims extractor).
//!
//! Quotes: straight (`"`) and curly (`“ ”`, `« »`) double quotes. A quote
//! left open at the end of a paragraph continues when the next paragraph
//! opens with a quote mark (the news convention for long quotes), and ends
//! with its paragraph otherwise. Its speaker is looked for, in order:
//! - after the quote: `," Kerry said`, `," said Kerry`, `," he said`,
//!   `," Lavrov, who ..., said`, `," a ministry spokesman told reporters`;
//! - before it in the same sentence: `Kerry said: "..."`, `Lavrov said both
//!   sides were ready to bring "..."`, `according to Kerry, "..."`, and a
//!   participle (`..., saying "..."`) whose subject is the sentence's first
//!   person;
//! - the previous quote, when this one opens its sentence and follows it
//!   within two sentences (a quote continued in the next paragraph).
//!
//! Speakers are canonical names from the `entities` rows (read from
//! [`Extraction::entities`], filled just before), pronouns resolved to the
//! last person named, or bodies for indirect attribution ("officials",
//! "police", "the ministry", "a spokesman for the Interior Ministry" → the
//! ministry).
//!
//! Credits: a sentence with an attribution verb outside quotes ("the
//! ministry said", "officials said", "X told reporters", "said X") or
//! "according to X" is credited to X.
//!
//! ```
//! use claimscan::{extract, Document};
//! let doc = Document::from_text("d", "John Kerry arrived. \"We agreed,\" Kerry said.");
//! let found = extract(&doc);
//! assert_eq!(found.quotes[0].text, "We agreed,");
//! assert_eq!(found.quotes[0].speaker.as_deref(), Some("John Kerry"));
//! ```

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::entities::lexicon::{lower_flags, BODY};
use super::entities::tokens::{tokenize, Shape, Tok};
use super::{sentence_at, Context, Credit, Entity, Extraction, Extractor, Quote, Sentence};

/// The quotes extractor (name `quotes`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Quotes;

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, cx: &Context<'_>, out: &mut Extraction) {
        let (quotes, credits) = find(cx.text, cx.sentences, &out.entities);
        out.quotes.extend(quotes);
        out.credits.extend(credits);
    }
}

/// Speech and attribution verbs that introduce or follow a speaker.
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "warned",
    "warns",
    "explained",
    "noted",
    "stated",
    "declared",
    "insisted",
    "insists",
    "argued",
    "argues",
    "wrote",
    "writes",
    "tweeted",
    "replied",
    "ventured",
    "remarked",
    "admitted",
    "acknowledged",
    "claimed",
    "urged",
    "stressed",
    "cautioned",
    "conceded",
    "recalled",
    "suggested",
    "commented",
    "announced",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "predicted",
    "confirmed",
    "continued",
    "emphasised",
    "emphasized",
    "maintained",
    "observed",
    "shouted",
    "answered",
    "responded",
    "countered",
    "concluded",
    "testified",
    "alleged",
    "disclosed",
    "revealed",
    "saying",
    "adding",
    "telling",
    "warning",
    "noting",
    "explaining",
    "insisting",
    "according to",
    "forecast",
];

/// Verbs that can credit a figure in a sentence without a quote.
fn credits_figure(v: &str) -> bool {
    !matches!(
        v,
        "asked" | "replied" | "shouted" | "answered" | "continued"
    )
}

/// Participles: their subject is the sentence's subject.
fn participle(v: &str) -> bool {
    v.ends_with("ing")
}

/// The verbs that credit a sentence (a short list keeps the scan fast).
const CREDIT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "added",
    "reported",
    "estimated",
    "estimates",
    "announced",
    "warned",
    "saying",
    "stated",
    "predicted",
    "forecast",
    "confirmed",
    "counted",
    "put",
];

/// Words that open a clause with a speaker of its own: "Police said
/// 20,000 marched, while organisers put the crowd at 100,000".
pub(crate) const CLAUSE_OPENERS: &[&str] = &[" while ", ", but ", "; ", ", whereas "];

/// None only if the constant verb list failed to build (it cannot; the
/// tests would show it), in which case no sentence is credited.
static VERB_AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CREDIT_VERBS)
        .ok()
});

/// A speaker found in the text.
#[derive(Debug, Clone)]
struct Speaker {
    name: String,
    s: usize,
    e: usize,
    person: bool,
}

/// Finds quotes and credits in `text`, using `entities` (sorted or not) for
/// speaker names.
pub fn find(text: &str, sentences: &[Sentence], entities: &[Entity]) -> (Vec<Quote>, Vec<Credit>) {
    let mut ents: Vec<&Entity> = entities.iter().collect();
    ents.sort_by_key(|e| e.start);
    let spans = quote_spans(text, sentences);
    let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
    let mut toks: Vec<Tok> = Vec::new();
    let mut prev: Option<(usize, Speaker)> = None; // (sentence index of quote end, speaker)
    for &(os, cs, ce, qe) in &spans {
        // os: open mark start, cs..ce: content, qe: end of close mark.
        let si = sentence_at(sentences, os).unwrap_or(0);
        let sent = sentences.get(si).copied();
        let mut sp = after_quote(text, sentences, &ents, qe, &mut toks);
        if sp.is_none() {
            if let Some(st) = sent {
                sp = before_quote(text, &ents, st.start.min(os), os, &spans, &mut toks);
            }
        }
        if sp.is_none() {
            // Continues the previous quote: it opens its sentence (or
            // paragraph) and follows the last quote closely.
            let opens = sent.is_some_and(|st| text[st.start..os].trim().is_empty());
            if let Some((psi, p)) = &prev {
                if opens && si <= psi + 2 {
                    sp = Some(p.clone());
                }
            }
            // "Kerry said:" ending the previous sentence.
            if sp.is_none() && opens && si > 0 {
                let ps = sentences[si - 1];
                if text[ps.start..ps.end].trim_end().ends_with(':') {
                    sp = before_quote(text, &ents, ps.start, ps.end, &spans, &mut toks);
                }
            }
        }
        let (s, e) = trim(text, cs, ce);
        if s >= e {
            continue;
        }
        let end_si = sentence_at(sentences, qe.saturating_sub(1)).unwrap_or(si);
        if let Some(p) = &sp {
            prev = Some((end_si, p.clone()));
        } else {
            prev = None;
        }
        quotes.push(Quote {
            start: s,
            end: e,
            text: text[s..e].to_string(),
            speaker: sp.as_ref().map(|p| p.name.clone()),
            speaker_start: sp.as_ref().map(|p| p.s),
            speaker_end: sp.as_ref().map(|p| p.e),
        });
    }
    let credits = credits(text, sentences, &ents, &spans, &mut toks);
    (quotes, credits)
}

fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Straight,
}

/// Quote spans as (open mark start, content start, content end, close
/// mark end).
fn quote_spans(text: &str, sentences: &[Sentence]) -> Vec<(usize, usize, usize, usize)> {
    let b = text.as_bytes();
    let mut marks: Vec<(usize, usize, Mark)> = Vec::new();
    for i in memchr::memchr3_iter(b'"', 0xe2, 0xc2, b) {
        match b[i] {
            b'"' => marks.push((i, 1, Mark::Straight)),
            0xe2 if b[i..].starts_with("“".as_bytes()) => marks.push((i, 3, Mark::Open)),
            0xe2 if b[i..].starts_with("”".as_bytes()) => marks.push((i, 3, Mark::Close)),
            0xc2 if b[i..].starts_with("«".as_bytes()) => marks.push((i, 2, Mark::Open)),
            0xc2 if b[i..].starts_with("»".as_bytes()) => marks.push((i, 2, Mark::Close)),
            _ => {}
        }
    }
    let para_of = |pos: usize| {
        sentence_at(sentences, pos)
            .and_then(|k| sentences.get(k))
            .map_or(0, |s| s.paragraph)
    };
    // End of the paragraph containing `pos`.
    let para_end = |pos: usize| {
        let k = sentence_at(sentences, pos).unwrap_or(0);
        let p = sentences.get(k).map_or(0, |s| s.paragraph);
        let mut j = k;
        while j + 1 < sentences.len() && sentences[j + 1].paragraph == p {
            j += 1;
        }
        sentences.get(j).map_or(text.len(), |s| s.end)
    };
    let at_line_start = |pos: usize| {
        let line = text[..pos].rfind('\n').map_or(0, |k| k + 1);
        text[line..pos].trim().is_empty()
    };
    let mut out = Vec::new();
    // Open quote: (open mark start, content start, paragraph now).
    let mut open: Option<(usize, usize, usize)> = None;
    for &(pos, len, kind) in &marks {
        let para = para_of(pos);
        if let Some((os, cs, op)) = open {
            if para > op {
                // A new paragraph while the quote is open.
                if at_line_start(pos) && kind != Mark::Close {
                    open = Some((os, cs, para));
                    continue;
                }
                let pe = para_end(cs);
                out.push((os, cs, pe, pe));
                open = None;
            }
        }
        match (open, kind) {
            (None, Mark::Open | Mark::Straight) => open = Some((pos, pos + len, para)),
            (Some((os, cs, _)), Mark::Close | Mark::Straight) => {
                out.push((os, cs, pos, pos + len));
                open = None;
            }
            (Some(_), Mark::Open) => open = Some((pos, pos + len, para)),
            (None, Mark::Close) => {}
        }
    }
    if let Some((os, cs, _)) = open {
        let pe = para_end(cs);
        if pe > cs {
            out.push((os, cs, pe, pe));
        }
    }
    out
}

/// The entity whose span ends at byte `e` (or covers it).
fn entity_ending<'a>(ents: &[&'a Entity], e: usize) -> Option<&'a Entity> {
    let k = ents.partition_point(|x| x.start < e);
    ents[..k].iter().rev().take(4).find(|x| x.end == e).copied()
}

/// The entity starting at byte `s`.
fn entity_starting<'a>(ents: &[&'a Entity], s: usize) -> Option<&'a Entity> {
    let k = ents.partition_point(|x| x.start < s);
    ents.get(k).filter(|x| x.start == s).copied()
}

fn from_entity(e: &Entity) -> Speaker {
    Speaker {
        name: e.canonical.clone(),
        s: e.start,
        e: e.end,
        person: e.kind == "PERSON",
    }
}

/// The first person named inside `from..to` (the subject of a sentence
/// whose verb is at `to`).
fn first_person(ents: &[&Entity], from: usize, to: usize) -> Option<Speaker> {
    ents.iter()
        .find(|e| e.start >= from && e.end <= to && e.kind == "PERSON")
        .map(|e| from_entity(e))
}

/// The last person named before `pos` (for "he said").
fn last_person(ents: &[&Entity], pos: usize, pron: &Tok) -> Option<Speaker> {
    let k = ents.partition_point(|x| x.start < pos);
    ents[..k]
        .iter()
        .rev()
        .take(40)
        .find(|x| x.kind == "PERSON" && x.end <= pos)
        .map(|x| Speaker {
            name: x.canonical.clone(),
            s: pron.s,
            e: pron.e,
            person: true,
        })
}

fn w<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.s..t.e]
}

fn is_verb(word: &str) -> bool {
    VERBS.contains(&word) && word != "according to"
}

/// A determiner or possessive opening a body phrase ("the", "its").
fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her")
}

/// A body noun phrase ending at token `k` (inclusive): "officials",
/// "the foreign ministry", "a police spokesman". Returns its start token.
fn body_np_ending(text: &str, toks: &[Tok], k: usize, key: &mut String) -> Option<usize> {
    let t = toks.get(k)?;
    if !matches!(t.shape, Shape::Lower | Shape::Title) || lower_flags(w(text, t), key) & BODY == 0 {
        return None;
    }
    let mut a = k;
    while a > 0 && k - a < 4 {
        let p = &toks[a - 1];
        let pw = w(text, p);
        if is_determiner(pw) {
            a -= 1;
            break;
        }
        if p.shape == Shape::Punct || p.shape == Shape::Num || p.shape == Shape::Poss {
            break;
        }
        if p.shape == Shape::Lower
            && (is_verb(pw)
                || matches!(
                    pw,
                    "and" | "but" | "or" | "that" | "which" | "who" | "as" | "while"
                ))
        {
            break;
        }
        a -= 1;
    }
    Some(a)
}

/// The canonical name of a body phrase `toks[a..=k]`: an organisation in
/// it if there is one, else the words without a leading determiner.
fn body_speaker(text: &str, ents: &[&Entity], toks: &[Tok], a: usize, k: usize) -> Speaker {
    let s = toks[a].s;
    let e = toks[k].e;
    let inner = ents
        .iter()
        .find(|x| x.start >= s && x.end <= e && x.kind == "ORG");
    let mut a2 = a;
    if is_determiner(w(text, &toks[a])) && a < k {
        a2 = a + 1;
    }
    let name = inner.map_or_else(
        || {
            text[toks[a2].s..e]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        },
        |x| x.canonical.clone(),
    );
    Speaker {
        name,
        s: toks[a2].s,
        e,
        person: false,
    }
}

/// A speaker phrase starting at token `k`: an entity, a pronoun, or a body
/// ("a spokesman for the ministry"). Used after "said" and "according to".
fn np_after(
    text: &str,
    ents: &[&Entity],
    toks: &[Tok],
    k: usize,
    key: &mut String,
) -> Option<Speaker> {
    let t = toks.get(k)?;
    if let Some(e) = entity_starting(ents, t.s) {
        return Some(from_entity(e));
    }
    let tw = w(text, t);
    if matches!(tw, "he" | "she") {
        return last_person(ents, t.s, t);
    }
    // A determiner phrase up to its head: "a senior ministry official",
    // "the Interior Ministry", "police".
    let mut j = k;
    if matches!(tw, "the" | "a" | "an" | "its" | "their") {
        j += 1;
    }
    let mut head: Option<usize> = None;
    while j < toks.len() && j - k < 8 {
        let tj = &toks[j];
        if let Some(e) = entity_starting(ents, tj.s) {
            if e.kind != "PLACE" {
                return Some(Speaker {
                    name: e.canonical.clone(),
                    s: toks[k].s,
                    e: e.end,
                    person: e.kind == "PERSON",
                });
            }
        }
        if tj.shape == Shape::Punct || tj.shape == Shape::Num {
            break;
        }
        if tj.shape == Shape::Lower {
            let f = lower_flags(w(text, tj), key);
            if f & BODY != 0 {
                head = Some(j);
            } else if head.is_some()
                && !matches!(w(text, tj), "for" | "of" | "at" | "with" | "from" | "the")
            {
                break;
            }
        }
        j += 1;
    }
    let h = head?;
    // "a spokesman for the Interior Ministry": the organisation speaks.
    let mut end = h;
    let mut m = h + 1;
    if toks
        .get(m)
        .is_some_and(|t| matches!(w(text, t), "for" | "of" | "at" | "with" | "from"))
    {
        m += 1;
        if toks.get(m).is_some_and(|t| w(text, t) == "the") {
            m += 1;
        }
        if let Some(e) = toks.get(m).and_then(|t| entity_starting(ents, t.s)) {
            if e.kind == "ORG" {
                return Some(Speaker {
                    name: e.canonical.clone(),
                    s: toks[k].s,
                    e: e.end,
                    person: false,
                });
            }
        }
        while m < toks.len()
            && toks[m].shape == Shape::Lower
            && lower_flags(w(text, &toks[m]), key) & BODY != 0
        {
            end = m;
            m += 1;
        }
    }
    Some(body_speaker(text, ents, toks, k, end))
}

/// A speaker phrase ending just before token `k` (the verb): an entity, a
/// pronoun or a body, skipping adverbs and a ", who ..., " clause.
fn np_before(
    text: &str,
    ents: &[&Entity],
    toks: &[Tok],
    k: usize,
    floor: usize,
    key: &mut String,
) -> Option<Speaker> {
    let mut j = k;
    // Adverbs and time words between subject and verb.
    let mut skipped = 0;
    while j > floor && skipped < 3 {
        let pw = w(text, &toks[j - 1]);
        let adverb = matches!(
            pw,
            "also"
                | "later"
                | "then"
                | "again"
                | "previously"
                | "earlier"
                | "had"
                | "has"
                | "have"
                | "was"
                | "once"
                | "today"
                | "yesterday"
                | "recently"
                | "repeatedly"
                | "reportedly"
                | "quickly"
                | "simply"
                | "publicly"
                | "privately"
                | "separately"
        ) || (pw.ends_with("ly") && toks[j - 1].shape == Shape::Lower && pw.len() > 4);
        if adverb {
            j -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    if j <= floor {
        return None;
    }
    // ", who has ..., said": skip back over the clause.
    if w(text, &toks[j - 1]) == "," {
        let mut m = j - 1;
        let lim = m.saturating_sub(40).max(floor);
        while m > lim {
            m -= 1;
            let mw = w(text, &toks[m]);
            if mw == "," {
                if toks
                    .get(m + 1)
                    .is_some_and(|t| matches!(w(text, t), "who" | "whose" | "which"))
                {
                    j = m;
                }
                break;
            }
        }
        // `j <= floor` first: the clause may reach back to the first token.
        if j <= floor || w(text, &toks[j - 1]) == "," {
            return None;
        }
    }
    let t = &toks[j - 1];
    if let Some(e) = entity_ending(ents, t.e) {
        return Some(from_entity(e));
    }
    let tw = w(text, t);
    if matches!(tw, "he" | "she" | "He" | "She") {
        return last_person(ents, t.s, t);
    }
    if t.shape == Shape::Poss {
        return None;
    }
    let a = body_np_ending(text, toks, j - 1, key)?;
    if a < floor {
        return None;
    }
    Some(body_speaker(text, ents, toks, a, j - 1))
}

/// Speaker right after a quote's close mark at `qe`.
fn after_quote(
    text: &str,
    sentences: &[Sentence],
    ents: &[&Entity],
    qe: usize,
    toks: &mut Vec<Tok>,
) -> Option<Speaker> {
    let si = sentence_at(sentences, qe.saturating_sub(1))?;
    // The rest of this sentence, or the next one when the quote ended it.
    let mut end = sentences[si].end;
    if end <= qe + 1 {
        end = sentences.get(si + 1).map_or(end, |s| s.end);
    }
    let end = end.min(qe + 400).min(text.len());
    let end = (end..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    toks.clear();
    tokenize(text, qe, end, toks);
    let mut key = String::new();
    let mut k = 0;
    while k < toks.len() && matches!(w(text, &toks[k]), "," | "." | "--" | "-" | "—" | "–") {
        k += 1;
    }
    let first = toks.get(k)?;
    // A new quote right away: no attribution here.
    if matches!(w(text, first), "\"" | "“") {
        return None;
    }
    let fw = w(text, first);
    if is_verb(fw) && !participle(fw) {
        // `," said Kerry`
        return np_after(text, ents, toks, k + 1, &mut key);
    }
    // `," Kerry said` / `," Kerry, who ..., said` / `," he told reporters`.
    let lim = (k + 40).min(toks.len());
    let mut j = k;
    while j < lim {
        let tw = w(text, &toks[j]);
        if is_verb(tw) && !participle(tw) {
            // Subject must start right after the quote.
            let sp = np_before(text, ents, toks, j, k, &mut key)?;
            // A quote that ended its sentence is attributed by a short
            // sentence after it ("Kerry said."), not by a new statement
            // ("Lavrov said both sides were ready ...").
            let ended = text[..qe]
                .trim_end_matches(['"', '”', '»', ' '])
                .ends_with(['.', '!', '?']);
            if ended {
                let rest = toks[j + 1..]
                    .iter()
                    .take_while(|t| !matches!(w(text, t), "." | "!" | "?" | "\"" | "“"))
                    .count();
                if rest > 6 {
                    return None;
                }
            }
            if toks[k..j]
                .iter()
                .any(|t| t.s < sp.s && t.shape == Shape::Punct && !matches!(w(text, t), "-" | "&"))
            {
                // Punctuation between the quote and the subject: not an attribution.
                return None;
            }
            return Some(sp);
        }
        if matches!(tw, "." | "\"" | "“" | "”" | ";" | "?" | "!") {
            return None;
        }
        j += 1;
    }
    None
}

/// Speaker named before a quote opening at `os`, in the text from `from`.
fn before_quote(
    text: &str,
    ents: &[&Entity],
    from: usize,
    os: usize,
    spans: &[(usize, usize, usize, usize)],
    toks: &mut Vec<Tok>,
) -> Option<Speaker> {
    toks.clear();
    tokenize(text, from, os, toks);
    let mut key = String::new();
    // The last attribution verb outside an earlier quote.
    let inside = |pos: usize| spans.iter().any(|&(s, _, _, e)| s <= pos && pos < e);
    let mut k = toks.len();
    while k > 0 {
        k -= 1;
        let tw = w(text, &toks[k]);
        if tw == "according" && toks.get(k + 1).is_some_and(|t| w(text, t) == "to") {
            if inside(toks[k].s) {
                continue;
            }
            return np_after(text, ents, toks, k + 2, &mut key);
        }
        if !is_verb(tw) || inside(toks[k].s) {
            continue;
        }
        if participle(tw) {
            // "..., saying": the sentence's first person, or its subject.
            return first_person(ents, from, toks[k].s)
                .or_else(|| np_before(text, ents, toks, k, 0, &mut key));
        }
        if let Some(sp) = np_before(text, ents, toks, k, 0, &mut key) {
            return Some(sp);
        }
        // "said Kerry, ..." before the quote.
        if let Some(sp) = np_after(text, ents, toks, k + 1, &mut key) {
            return Some(sp);
        }
        // "X told reporters ... "...": the first person of the sentence.
        return first_person(ents, from, toks[k].s);
    }
    None
}

/// Sentence credits: attribution verbs outside quotes.
fn credits(
    text: &str,
    sentences: &[Sentence],
    ents: &[&Entity],
    spans: &[(usize, usize, usize, usize)],
    toks: &mut Vec<Tok>,
) -> Vec<Credit> {
    let mut out: Vec<Credit> = Vec::new();
    let b = text.as_bytes();
    let mut key = String::new();
    let inside = |pos: usize| {
        let k = spans.partition_point(|&(s, _, _, _)| s <= pos);
        k > 0 && pos < spans[k - 1].3
    };
    let Some(verbs) = VERB_AC.as_ref() else {
        return out;
    };
    for m in verbs.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        // Whole words only.
        if s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] >= 0x80)
            || e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] >= 0x80)
        {
            continue;
        }
        let v = &text[s..e];
        if !credits_figure(v) || inside(s) {
            continue;
        }
        let Some(si) = sentence_at(sentences, s) else {
            continue;
        };
        let st = sentences[si];
        if e > st.end {
            continue;
        }
        // One credit per clause: a second one in the sentence only past
        // a clause of its own ("..., while organisers put the crowd at").
        if out.last().is_some_and(|c| {
            c.sentence == si
                && !text
                    .get(c.speaker_end.max(st.start)..s)
                    .is_some_and(|between| CLAUSE_OPENERS.iter().any(|o| between.contains(o)))
        }) {
            continue;
        }
        // "put the crowd at 100,000", "put the death toll at about 12":
        // an estimate, not "put pressure on", "put jobs at the top" nor a
        // passive's ("was put at", whose speaker is untold); "counted
        // 20,000" a count, not "counted on".
        // (A figure next: digits, a currency sign, a number word or a
        // qualifier, from the numbers' and claims' lexicons.)
        let figure_next = |words: &[&str]| {
            words.first().is_some_and(|x| {
                x.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥'))
                    || crate::extract::numbers::is_number_word(x.as_bytes())
            }) || crate::extract::claims::starts_with_qualifier(words)
        };
        let passive = || {
            text[st.start..s]
                .split_whitespace()
                .next_back()
                .is_some_and(|x| {
                    matches!(x, "was" | "were" | "is" | "are" | "be" | "been" | "being")
                })
        };
        let estimate = match v {
            "put" | "counted" => {
                let after: Vec<&str> = text[e..st.end].split_whitespace().take(8).collect();
                if v == "put" {
                    after
                        .iter()
                        .take(6)
                        .position(|&x| x == "at")
                        .is_some_and(|at| figure_next(&after[at + 1..]))
                } else {
                    figure_next(&after)
                }
            }
            _ => true,
        };
        if !estimate || matches!(v, "put" | "counted") && passive() {
            continue;
        }
        // A window around the verb is enough for its subject and object.
        let mut ws = s.saturating_sub(240).max(st.start);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        if ws > st.start {
            // Start on a word boundary.
            ws = text[ws..s].find(' ').map_or(ws, |k| ws + k);
        }
        let mut we = (e + 240).min(st.end);
        while !text.is_char_boundary(we) {
            we -= 1;
        }
        toks.clear();
        tokenize(text, ws, we, toks);
        let Some(k) = toks.iter().position(|t| t.s == s) else {
            continue;
        };
        let sp = if v == "according to" {
            np_after(text, ents, toks, k + 2, &mut key)
        } else if participle(v) {
            first_person(ents, st.start, s)
        } else {
            let prev = k.checked_sub(1).map(|p| w(text, &toks[p]));
            np_before(text, ents, toks, k, 0, &mut key)
                .or_else(|| {
                    // "Putin did not ..., but said": the sentence's subject.
                    if prev.is_some_and(|p| matches!(p, "but" | "and")) {
                        first_person(ents, st.start, s)
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    // "said Kerry" (inverted, after a comma or a quote).
                    if prev.is_some_and(|p| matches!(p, "," | "\"" | "”")) {
                        np_after(text, ents, toks, k + 1, &mut key)
                    } else {
                        None
                    }
                })
        };
        if let Some(sp) = sp {
            if sp.name.is_empty() {
                continue;
            }
            out.push(Credit {
                sentence: si,
                speaker: sp.name,
                speaker_start: sp.s,
                speaker_end: sp.e,
                speaker_kind: if sp.person { "person" } else { "body" },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{extract, Document};

    /// Renders quotes as `text <- speaker`.
    fn show(text: &str) -> String {
        let found = extract(&Document::from_text("t", text));
        found
            .quotes
            .iter()
            .map(|q| format!("{} <- {}", q.text, q.speaker.as_deref().unwrap_or("?")))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn credits(text: &str) -> String {
        let found = extract(&Document::from_text("t", text));
        found
            .credits
            .iter()
            .map(|c| format!("{}:{}:{}", c.sentence, c.speaker, c.speaker_kind))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn quote_cases() {
        let cases: &[(&str, &str)] = &[
            (
                "John Kerry arrived. \"We agreed,\" Kerry said.",
                "We agreed, <- John Kerry",
            ),
            (
                "John Kerry arrived. “We agreed,” said Kerry.",
                "We agreed, <- John Kerry",
            ),
            (
                "Sergei Lavrov spoke. \"It is over,\" he told reporters.",
                "It is over, <- Sergei Lavrov",
            ),
            (
                "John Kerry said: \"We will go.\"",
                "We will go. <- John Kerry",
            ),
            (
                "Sergei Lavrov said both sides would bring \"the opposition to the table.\"",
                "the opposition to the table. <- Sergei Lavrov",
            ),
            (
                "\"Prices will rise,\" a spokesman for the Interior Ministry said.",
                "Prices will rise, <- Interior Ministry",
            ),
            ("\"Nobody came,\" police said.", "Nobody came, <- police"),
            (
                "\"First part.\n\n\"Second part,\" said Kofi Annan.",
                "First part.\n\n\"Second part, <- Kofi Annan",
            ),
            (
                "\"It is late,\" John Kerry said. \"We go home.\"",
                "It is late, <- John Kerry | We go home. <- John Kerry",
            ),
            (
                "\"Go,\" Sergei Lavrov, who leads the talks, said.",
                "Go, <- Sergei Lavrov",
            ),
            (
                "But John Kerry steered clear of Moscow, saying \"the key is trust.\"",
                "the key is trust. <- John Kerry",
            ),
            ("So-called \"moderate\" rebels marched.", "moderate <- ?"),
        ];
        crate::extract::check_cases(cases, show);
    }

    #[test]
    fn credit_cases() {
        let cases: &[(&str, &str)] = &[
            (
                "The toll rose to 70,000, according to the United Nations.",
                "0:United Nations:body",
            ),
            ("Officials said 12 people died.", "0:Officials:body"),
            ("Twelve people died, the ministry said.", "0:ministry:body"),
            (
                "John Kerry met Lavrov. Kerry said 5 sides agreed.",
                "1:John Kerry:person",
            ),
            ("Police said the man was 45.", "0:Police:body"),
            // A clause with a speaker of its own credits its own figures.
            (
                "Police said 20,000 people marched, while organisers put the crowd at 100,000.",
                "0:Police:body | 0:organisers:body",
            ),
            ("Police counted 20,000.", "0:Police:body"),
            (
                "Officials said they would put pressure on the firm.",
                "0:Officials:body",
            ),
            ("The minister put jobs at the top of the agenda.", ""),
            ("Spending was put at 2.8 billion guilders.", ""),
            ("Clinton had counted on winning all three.", ""),
            ("It rained all day.", ""),
            // A "who" clause from the very first token (found by
            // tests/extract_props.rs: it overflowed `j - 1`).
            (", who MOSCOW, said", ""),
        ];
        crate::extract::check_cases(cases, credits);
    }
}
