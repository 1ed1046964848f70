//! Text that is not the article: link blocks ("Related coverage", "More
//! from ..."), teaser headlines of other stories, captions ("Image 3 of
//! 12"), sharing and subscription prompts, copyright lines and station
//! boilerplate (the standing Crime Stoppers reward sentence).
//!
//! Web pages bring them along with the article. Their figures are kept in
//! the tables but marked (`boilerplate`), and never compared: a "Related"
//! headline about another shooting is not a second account of this one.
//!
//! The rules read one sentence at a time, with its paragraph:
//!
//! 1. a sentence that opens with a marker ([`opens_block`]) is boilerplate,
//!    and so are the short, unpunctuated lines after a block header
//!    ("Related coverage", "More from ...") until the prose resumes;
//! 2. a sentence holding a caption counter ("Image 3 of 12", "Photo 1 of
//!    5"), a copyright line or the Crime Stoppers reward wording;
//! 3. a one-sentence paragraph after the first that reads as a headline:
//!    3 to 16 words, no final stop, most words capitalised or opening
//!    with a figure ("2 dead, 3 hurt in Eastside shooting").

use super::Sentence;

/// Whether a page's body is about something else than its headline: not
/// one content word of the headline (four letters or more, or their
/// first five) is in the body. Scraped pages often keep only the site's
/// chrome (a sign-up form, a cookie wall, a video playlist, another
/// story's page) under the headline of the article they were saved for.
/// The body's figures are then not the article's; its headline still is.
/// A headline of fewer than two content words tells nothing; nor does
/// one in capitals alone (a wire's slug, "ACME CORP 4TH QTR NET", whose
/// body is a table that need not repeat it); nor a body of more than
/// 1,500 bytes (a long text that never names its headline is a feature
/// or a round-up: "Reds sink 10-man Magpies", "Regional news briefs").
pub fn off_topic(title: &str, body: &str) -> bool {
    if body.len() > 1500 || !title.chars().any(char::is_lowercase) {
        return false;
    }
    // Words every headline and page may hold, which prove nothing.
    const COMMON: &[&str] = &[
        "about", "after", "from", "have", "into", "more", "news", "over", "says", "that", "their",
        "this", "update", "video", "were", "what", "when", "with",
    ];
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !COMMON.contains(&w.as_str()))
        .collect();
    if words.len() < 2 || body.trim().is_empty() {
        return false;
    }
    // The body is short (at most 1,500 bytes) and the stems few: one
    // lowered copy searched once per stem costs less than building an
    // automaton for each page.
    let lowered = body.to_ascii_lowercase();
    let b = lowered.as_bytes();
    let found = |stem: &str| memchr::memmem::find(b, stem.as_bytes()).is_some();
    // A word of the body that starts with `stem`.
    let starts_word = |stem: &str| {
        memchr::memmem::find_iter(b, stem.as_bytes())
            .any(|i| i == 0 || !b[i - 1].is_ascii_alphabetic())
    };
    !words.iter().any(|w| {
        let stem: String = w.chars().take(5).collect();
        found(&stem)
            || EVENT_STEMS
                .iter()
                .find(|family| family.iter().any(|f| w.starts_with(f) || f.starts_with(w)))
                .is_some_and(|family| family.iter().any(|f| starts_word(f)))
    })
}

/// Beginnings of words that tell one event in other words: a headline's
/// "Several injured, 1 dead in overnight shooting" over a body's "shots
/// were fired ... three men were taken to the hospital ... a woman
/// died". None starts a common word of another sense ("dead" would find
/// "deadlines", "kill" "Killeen"); a headline's word may start one
/// ("dead", "deadly").
const EVENT_STEMS: &[&[&str]] = &[
    &["shooting", "shot", "gunfire", "gunman", "gunmen", "fired"],
    &[
        "deadly", "died", "death", "killed", "killing", "fatal", "slain", "murder",
    ],
    &["injur", "wound", "hurt", "hospital"],
];

/// Opening words of a sentence that is not article text (lower case).
const OPENERS: &[&str] = &[
    "related",
    "more from",
    "more stories",
    "more news",
    "more on",
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "also see",
    "click here",
    "copyright",
    "\u{a9}",
    "all rights reserved",
    "sign up",
    "subscribe",
    "follow us",
    "like us on",
    "download our",
    "download the",
    "watch:",
    "video:",
    "photos:",
    "photo:",
    "gallery:",
    "slideshow",
    "trending",
    "most popular",
    "most read",
    "recommended",
    "share this",
    "email this",
    "advertisement",
    "sponsored",
    "previous coverage",
    "continuing coverage",
    "more coverage",
    "recent headlines",
    "story:",
    "also:",
    "more:",
    "images:",
    "raw video",
    "poll:",
    "mugshots",
    "previously:",
    "you might also like",
    "you may also like",
    "top stories",
    "latest news",
    "editor's note",
    "this material may not",
    "get breaking news",
    "join the conversation",
    "report a typo",
    "posted:",
    "updated:",
    "posted on",
    "last updated",
];

/// Openers that start a block of link lines (headlines) rather than one
/// line.
const BLOCK_HEADERS: &[&str] = &[
    "related",
    "more from",
    "more stories",
    "more news",
    "read more",
    "read next",
    "see also",
    "also see",
    "you might also like",
    "you may also like",
    "top stories",
    "latest news",
    "trending",
    "most popular",
    "most read",
    "recommended",
    "previous coverage",
    "continuing coverage",
    "more coverage",
    "recent headlines",
];

/// The openers as one anchored, case-insensitive automaton: a sentence is
/// read for as many bytes as the longest opener it starts like, not once
/// per opener.
static OPENER_FINDER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(OPENERS)
            .ok()
    });

/// Whether a sentence (trimmed; any case) opens with a marker.
fn opens_block(body: &str) -> Option<&'static str> {
    let finder = OPENER_FINDER.as_ref()?;
    let input = aho_corasick::Input::new(body).anchored(aho_corasick::Anchored::Yes);
    let m = finder.try_find(input).ok().flatten()?;
    let boundary = body[m.end()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    boundary.then(|| OPENERS[m.pattern().as_usize()])
}

/// Phrases that mark a sentence whole, then the caption cues that must be
/// followed by "N of M", then photo credits, which mark a sentence when
/// they end it ("... after 10 people were shot / Courtesy: The Advocate",
/// "(AP Photo/Jo Smith)"; see [`marked_inside`]).
const INSIDE: &[&str] = &[
    "all rights reserved",
    "may not be published, broadcast",
    "crime stoppers",
    "crimestoppers",
    "image ",
    "photo ",
    "slide ",
    "picture ",
    "courtesy:",
    "courtesy of",
    "(courtesy",
    "photo by",
    "photo:",
    "(photo",
    "photo credit",
    "ap photo",
    "getty images",
    "file photo",
    "staff photo",
    "photographer:",
];
/// How many of [`INSIDE`] mark a sentence on their own.
const INSIDE_WHOLE: usize = 4;
/// Where the photo credits of [`INSIDE`] start.
const INSIDE_CREDITS: usize = 8;
/// A credit marks a caption within this many bytes of the sentence's
/// end: prose that mentions a photo courtesy of someone early on is kept.
const CREDIT_TAIL: usize = 60;

/// Where a phrase of [`INSIDE`] (all lower case) starts in a sentence's
/// ASCII lowered copy (the same places as a search of any case in the
/// sentence): a leftmost search, which skips ahead with a literal
/// prefilter (an overlapping one reads every byte).
static INSIDE_FINDER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(INSIDE)
            .ok()
    });

/// Whether a sentence holds a caption counter ("Image 3 of 12"), a
/// copyright line, the reward wording of a tip line, or ends on a photo
/// credit. Every phrase found where it starts, in any case.
/// `lowered` is the sentence's ASCII lowered copy, when the caller has
/// one.
fn marked_inside(body: &str, lowered: Option<&str>) -> bool {
    let Some(finder) = INSIDE_FINDER.as_ref() else {
        return false;
    };
    let own: String;
    let body = match lowered.filter(|l| l.len() == body.len()) {
        Some(l) => l,
        None => {
            own = body.to_ascii_lowercase();
            &own
        }
    };
    let b = body.as_bytes();
    let tail = body.trim_end().len().saturating_sub(CREDIT_TAIL);
    let mut from = 0;
    // The leftmost phrase from `from`, then every phrase starting there.
    while let Some(m) = finder.find(aho_corasick::Input::new(b).range(from..)) {
        let start = m.start();
        for (k, phrase) in INSIDE.iter().enumerate() {
            if !b[start..].starts_with(phrase.as_bytes()) {
                continue;
            }
            if k < INSIDE_WHOLE || (k >= INSIDE_CREDITS && start >= tail) {
                return true;
            }
            if k >= INSIDE_CREDITS {
                continue;
            }
            let rest = body.get(start + phrase.len()..).unwrap_or("");
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let of = rest.get(digits..digits + 4);
            if digits > 0
                && of.is_some_and(|o| o.eq_ignore_ascii_case(" of "))
                && rest
                    .as_bytes()
                    .get(digits + 4)
                    .is_some_and(u8::is_ascii_digit)
            {
                return true;
            }
        }
        from = start + 1;
    }
    false
}

/// Whether a sentence ends as prose does. A closing quote ends prose
/// when a stop comes before it ("... he said, 'it is over.'"); a
/// headline may end on a quoted phrase with none ("86 Sick, 7 Dead in
/// 'Largest Outbreak in NYC'").
fn ends_as_prose(s: &str) -> bool {
    let t = s.trim_end();
    let unquoted = t.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}']);
    if unquoted.len() < t.len() {
        return unquoted.ends_with(['.', '!', '?', ',']);
    }
    t.ends_with(['.', '!', '?', ':', ')'])
}

/// Whether a line reads as a headline: 3 to 16 words, no final stop, and
/// most words capitalised or a figure first.
fn headline_like(s: &str) -> bool {
    let t = s.trim();
    if ends_as_prose(t) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(3..=16).contains(&words.len()) || t.contains(" vs ") || t.contains(" vs. ") {
        return false;
    }
    let capital = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    let small = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "after",
        "from",
    ];
    let content = words
        .iter()
        .filter(|w| !small.contains(&w.to_lowercase().as_str()))
        .count()
        .max(1);
    capital * 10 >= content * 7
}

/// Whether a line is the entry of a video playlist: the clip's length,
/// then its headline, with no final stop ("1:15 Mayor mourns after
/// officers are shot", "0:52 Quadruple Shooting Pause"). News sites print
/// a column of them beside the article; they are other stories. A clock
/// time opens prose as "10:03 PM - officers arrived", and is kept.
fn video_entry(s: &str) -> bool {
    let t = s.trim();
    // Or its headline, then the length ("Shooting in Wilmington takes 2
    // lives | 0:38").
    if let Some((title, length)) = t.rsplit_once(" | ") {
        if clip_length(length)
            && title.chars().next().is_some_and(char::is_uppercase)
            && !title.contains(" | ")
        {
            return true;
        }
    }
    // (A first test: the length opens with a digit.)
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((length, rest)) = t.split_once(' ') else {
        return false;
    };
    if !clip_length(length) || ends_as_prose(t) {
        return false;
    }
    let clock = super::numbers::ampm(t.as_bytes(), length.len()).is_some();
    !clock
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether `s` is a clip's length, minutes and seconds ("0:38", "12:30").
fn clip_length(s: &str) -> bool {
    let digits = |d: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
    };
    s.split_once(':')
        .is_some_and(|(m, sec)| digits(m, 1..=2) && digits(sec, 2..=2))
}

/// Marks, for each sentence of `text`, whether it is not article text.
pub fn marks(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    marks_where(text, sentences, |_| true)
}

/// [`marks`], reading in full only the sentences `wanted` says (the rest
/// are read for their opening words only, to follow link blocks): the
/// claims extractor asks for its claims' sentences.
pub fn marks_where(
    text: &str,
    sentences: &[Sentence],
    wanted: impl Fn(usize) -> bool,
) -> Vec<bool> {
    marks_in(text, None, sentences, wanted)
}

/// [`marks_where`], given `lowered`, the text's ASCII lowered copy.
pub(crate) fn marks_where_lowered(
    text: &str,
    lowered: &str,
    sentences: &[Sentence],
    wanted: impl Fn(usize) -> bool,
) -> Vec<bool> {
    marks_in(
        text,
        Some(lowered).filter(|l| l.len() == text.len()),
        sentences,
        wanted,
    )
}

fn marks_in(
    text: &str,
    lowered: Option<&str>,
    sentences: &[Sentence],
    wanted: impl Fn(usize) -> bool,
) -> Vec<bool> {
    let mut out = vec![false; sentences.len()];
    // Sentences per paragraph, to find one-line paragraphs.
    let mut in_paragraph = vec![0usize; sentences.last().map_or(0, |s| s.paragraph + 1)];
    for s in sentences {
        if let Some(n) = in_paragraph.get_mut(s.paragraph) {
            *n += 1;
        }
    }
    let first_paragraph = sentences.first().map_or(0, |s| s.paragraph);
    let players = video_players(text, lowered);
    let (mut paragraph, mut paragraph_start) = (usize::MAX, 0);
    let mut in_block = false;
    for (i, s) in sentences.iter().enumerate() {
        let Some(whole) = text.get(s.start..s.end) else {
            continue;
        };
        if s.paragraph != paragraph {
            (paragraph, paragraph_start) = (s.paragraph, s.start);
        }
        // A video player's text, from its controls to the paragraph's end.
        if players
            .iter()
            .any(|&p| (paragraph_start..s.end).contains(&p))
        {
            out[i] = true;
            continue;
        }
        let body = whole.trim();
        // The opening words decide a block (all that is read of sentences
        // nobody asked about).
        if let Some(m) = opens_block(body) {
            out[i] = true;
            in_block = BLOCK_HEADERS.contains(&m);
            continue;
        }
        if in_block {
            if ends_as_prose(body) && body.split_whitespace().nth(7).is_some() {
                in_block = false;
            } else {
                out[i] = true;
                continue;
            }
        }
        if !wanted(i) {
            continue;
        }
        // The trimmed body's place in the lowered copy.
        let lead = whole.len() - whole.trim_start().len();
        let lowered_body = lowered.and_then(|l| l.get(s.start + lead..s.start + lead + body.len()));
        if marked_inside(body, lowered_body) || video_entry(body) {
            out[i] = true;
            continue;
        }
        let alone = in_paragraph.get(s.paragraph).is_some_and(|&n| n == 1);
        if alone && s.paragraph != first_paragraph && headline_like(body) {
            out[i] = true;
        }
    }
    // A short paragraph that ends on a credit in parentheses is a caption,
    // every sentence of it: "One man died at the scene. Two others were
    // wounded. (Source: WXYZ News)", "(Photo: Jo Smith)".
    let mut first = 0;
    while first < sentences.len() {
        let para = sentences[first].paragraph;
        let next = sentences[first..]
            .iter()
            .position(|s| s.paragraph != para)
            .map_or(sentences.len(), |k| first + k);
        let (start, end) = (sentences[first].start, sentences[next - 1].end);
        if next - first <= 3
            && end - start <= CAPTION_MAX
            && text.get(start..end).is_some_and(ends_on_credit)
            && (first..next).any(&wanted)
        {
            out[first..next].iter_mut().for_each(|m| *m = true);
        }
        first = next;
    }
    out
}

/// The controls of an embedded video player as scraped pages keep them
/// ("CLOSE Skip in Skip x Embed x Share"), lower case. The clips' titles,
/// lengths and blurbs follow them, to the paragraph's end: other stories,
/// or this one told by someone else.
const VIDEO_PLAYER: &str = "skip x embed x share";

/// Where the text holds [`VIDEO_PLAYER`], in any case (`lowered` is the
/// text's ASCII lowered copy, when the caller has one).
fn video_players(text: &str, lowered: Option<&str>) -> Vec<usize> {
    // A first test on a word of the controls in either case, so that most
    // texts are never lowered here.
    if lowered.is_none()
        && memchr::memmem::find(text.as_bytes(), b"mbed").is_none()
        && memchr::memmem::find(text.as_bytes(), b"MBED").is_none()
    {
        return Vec::new();
    }
    let own: String;
    let hay = match lowered {
        Some(l) => l,
        None => {
            own = text.to_ascii_lowercase();
            &own
        }
    };
    memchr::memmem::find_iter(hay.as_bytes(), VIDEO_PLAYER.as_bytes()).collect()
}

/// The longest paragraph read as a caption by its closing credit.
const CAPTION_MAX: usize = 400;

/// Whether a text ends on a credit in parentheses: "(Source: KXYZ)",
/// "(Photo: Jo Smith)", "(AP Photo/Jo Smith)", "(Courtesy of the family)",
/// "(Credit: Police)", "(Image: Getty)".
fn ends_on_credit(t: &str) -> bool {
    let t = t.trim_end();
    let Some(inner) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let group = inner[open + 1..].trim_start().to_ascii_lowercase();
    [
        "source:", "photo", "ap photo", "courtesy", "credit:", "image:", "images:", "getty",
    ]
    .iter()
    .any(|c| group.starts_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;

    /// The phrases are searched case-sensitively in a lowered copy: all
    /// must be lower case, and a phrase of any case in a sentence found.
    #[test]
    fn inside_phrases_are_found_in_any_case() {
        assert!(INSIDE.iter().all(|p| *p == p.to_ascii_lowercase()));
        for (body, want) in [
            ("Copyright 2020. ALL RIGHTS RESERVED", true),
            ("Image 3 Of 12", true),
            ("Police at the scene. (AP PHOTO/Jo Smith)", true),
            ("The photo of 12 people was shared widely.", false),
        ] {
            assert_eq!(marked_inside(body, None), want, "{body}");
            let lowered = body.to_ascii_lowercase();
            assert_eq!(marked_inside(body, Some(&lowered)), want, "{body}");
        }
    }

    #[test]
    fn a_body_without_its_headline_is_off_topic() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "Two wounded in Elm Street shooting",
                "We have sent you a verification email. Please check your inbox.",
                true,
            ),
            (
                "Two wounded in Elm Street shooting",
                "Two men were wounded on Sunday, police said.",
                false,
            ),
            // One word is enough ("street"); "Elm" is too short to count.
            (
                "Two wounded in Elm Street shooting",
                "Police closed the street after a man was shot.",
                false,
            ),
            // The event in other words.
            (
                "Several injured, 1 dead in overnight Savannah shooting",
                "Shots were fired on West 33rd. Three men were taken to the hospital.",
                false,
            ),
            (
                "Several injured, 1 dead in overnight Savannah shooting",
                "Sign up for our newsletter to get the news first.",
                true,
            ),
            // Too few content words to tell.
            ("Shooting", "Sign up for our newsletter.", false),
            ("Two wounded in Elm Street shooting", "   ", false),
            ("ACME CORP 4TH QTR NET", "Shr 22 cts vs 19 cts", false),
            (
                "Reds sink 10-man Magpies",
                &"Liverpool came back. ".repeat(80),
                false,
            ),
        ];
        for (title, body, want) in cases {
            assert_eq!(off_topic(title, body), *want, "{title:?} / {body:?}");
        }
    }

    fn marked(text: &str) -> Vec<String> {
        let ss = sentences::split(text);
        let m = marks(text, &ss);
        // The same marks from the text's lowered copy.
        let lowered = text.to_ascii_lowercase();
        assert_eq!(marks_where_lowered(text, &lowered, &ss, |_| true), m);
        ss.iter()
            .zip(m)
            .filter(|(_, b)| *b)
            .map(|(s, _)| text[s.start..s.end].trim().to_string())
            .collect()
    }

    #[test]
    fn link_blocks_captions_and_teasers_are_marked() {
        let text = "Two men were shot on Elm Street on Friday, police said.\n\n\
            Both were taken to the hospital with wounds that were not life-threatening.\n\n\
            Image 3 of 12\n\n\
            Officers search the lot after 10 people were shot / Courtesy: The Daily Star\n\n\
            Crime Stoppers pays up to $1,000 for tips that lead to an arrest.\n\n\
            One man died at the scene on Oak Road. Two others were wounded. (Source: WXYZ News)\n\n\
            STORY: Man charged in Eastside stabbing\n\n\
            Related Coverage\n\n\
            3 Dead In Weekend Shootings Across The City\n\n\
            Man Charged In Northside Stabbing\n\n\
            Police are still looking for the gunman, who fled in a grey car.\n\n\
            86 Sick, 7 Dead in 'Largest Outbreak of Legionnaires' in NYC'\n\n\
            The woman, 19, was standing outside with two friends.";
        assert_eq!(
            marked(text),
            [
                "Image 3 of 12",
                "Officers search the lot after 10 people were shot / Courtesy: The Daily Star",
                "Crime Stoppers pays up to $1,000 for tips that lead to an arrest.",
                "One man died at the scene on Oak Road.",
                "Two others were wounded.",
                "(Source: WXYZ News)",
                "STORY: Man charged in Eastside stabbing",
                "Related Coverage",
                "3 Dead In Weekend Shootings Across The City",
                "Man Charged In Northside Stabbing",
                "86 Sick, 7 Dead in 'Largest Outbreak of Legionnaires' in NYC'",
            ]
        );
    }

    #[test]
    fn a_video_playlist_is_marked_and_a_clock_time_is_not() {
        let text = "Three people were shot outside a bar on Main Street late Friday.\n\n\
            0:48 Two men charged in riverside robbery spree\n\n\
            Shooting in Wilmington takes 2 lives | 0:38\n\n\
            12:30 Mayor answers questions on the new stadium Pause\n\n\
            9:45 PM - the first two deputies arrived and found the victims\n\n\
            At 11:20 police closed the road. 2:15 was the time of the first call.";
        assert_eq!(
            marked(text),
            [
                "0:48 Two men charged in riverside robbery spree",
                "Shooting in Wilmington takes 2 lives | 0:38",
                "12:30 Mayor answers questions on the new stadium Pause",
            ]
        );
    }

    #[test]
    fn a_video_players_text_is_marked_to_its_paragraphs_end() {
        let text = "Two people were shot outside a club early Sunday, police said.\n\n\
            Officers closed the street. CLOSE Skip in Skip x Embed x Share \
            CITY SHOOTING Witness describes chaos | 1:02 A man says he saw \
            six to 10 people fall. Four officers were hurt. (July 18) AP 2 of 9\n\n\
            The club was closed on Monday.";
        assert_eq!(
            marked(text),
            [
                "CLOSE Skip in Skip x Embed x Share CITY SHOOTING Witness describes chaos | 1:02 A man says he saw six to 10 people fall.",
                "Four officers were hurt.",
                "(July 18) AP 2 of 9",
            ]
        );
    }

    #[test]
    fn article_prose_and_the_headline_are_kept() {
        let text = "4 Injured In Overnight Shooting\n\n\
            Four people were injured early Sunday. Police said the shooting \
            followed an argument.\n\n\
            \"We heard six shots,\" a neighbour said.\n\n\
            The mayor said the city would \"not rest until they are caught.\"\n\n\
            Score at the half: Eagles 14, Bears 10 | 2:05 left\n\n\
            A photo courtesy of the family shows the two brothers at a \
            wedding last summer.\n\n\
            Jobless claims rose to 230,000 (source: the Labor Department), \
            and continuing claims fell to 1.8 million, a figure that \
            economists said showed a market still tight after a year of \
            rate rises by the central bank.";
        assert!(marked(text).is_empty(), "{:?}", marked(text));
    }
}
