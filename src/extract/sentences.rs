//! The sentence splitter every extractor shares.
//!
//! A hand-written byte scanner: the Rust sentence splitters on crates.io
//! either need nightly (`punkt`) or split on Unicode rules (UAX #29) that
//! end a sentence after "Mr." and "U.S.", which news text is full of.
//!
//! Rules, in order:
//! - `.`, `!`, `?` (and runs of them, with closing quotes and brackets)
//!   end a sentence only when followed by whitespace and then not by a
//!   lower-case letter: `1.2`, `U.S.-led`, `"Why?" he asked` do not split.
//! - Scraped pages lose spaces: one terminator glued between a word ending
//!   in lower case and a capitalised word ("was dead.Another man") ends
//!   the sentence too, unless the word is an abbreviation.
//! - Titles and similar abbreviations (`Mr.`, `Dr.`, `Gen.`, `No.`) never
//!   end a sentence; abbreviations that can (`Inc.`, `Jan.`, `U.S.`, `a.m.`,
//!   single initials) do only when the next word is a usual sentence
//!   opener ("The", "He", "But", ...).
//! - A blank line, or a line break followed by an indent or a bullet, ends
//!   a paragraph (and the sentence). A short line with no final
//!   punctuation followed by a capitalised line (a headline, a date line)
//!   is a sentence of its own; other single line breaks are hard wraps.

use serde::Serialize;

/// One sentence: byte offsets into the text (`end` exclusive), trimmed of
/// surrounding whitespace, and the index of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// 0-based paragraph number.
    pub paragraph: usize,
}

/// Abbreviations that never end a sentence (titles, `No.`, `vs.`).
fn never_final(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Mssrs"
            | "Messrs"
            | "Dr"
            | "Prof"
            | "Rev"
            | "Sen"
            | "Rep"
            | "Reps"
            | "Gov"
            | "Gen"
            | "Col"
            | "Lt"
            | "Sgt"
            | "Capt"
            | "Cmdr"
            | "Maj"
            | "Adm"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Cpl"
            | "Pvt"
            | "Gens"
            | "Sens"
            | "Fr"
            | "St"
            | "Ste"
            | "Mt"
            | "Ft"
            // A dateline's upper case: "ST. LOUIS (AP) --".
            | "ST"
            | "MT"
            | "FT"
            | "No"
            | "Nos"
            | "Vol"
            | "Art"
            | "vs"
            | "v"
            | "e.g"
            | "i.e"
            | "cf"
            | "approx"
            | "Fig"
            | "pp"
            | "Gov't"
            | "Atty"
            | "Brig"
            | "Rt"
    )
}

/// Abbreviations that may end a sentence; they do when the next word opens
/// a sentence.
fn maybe_final(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Cos"
            | "Bros"
            | "Jr"
            | "Sr"
            | "Plc"
            | "plc"
            | "LLC"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "etc"
            | "al"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "Dept"
            | "Univ"
            | "est"
            | "mln"
            | "bln"
            | "pct"
            | "yr"
            | "yrs"
            | "min"
            | "mins"
            | "hr"
            | "hrs"
            | "oz"
            | "lb"
            | "lbs"
            | "ft"
            | "in"
            | "cm"
            | "mm"
            | "km"
            | "kg"
    )
}

/// Words that usually open a sentence: after an ambiguous abbreviation
/// (`U.S.`, `Inc.`) one of these means the sentence did end.
fn opens_sentence(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "In"
            | "On"
            | "At"
            | "For"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Their"
            | "His"
            | "Her"
            | "Its"
            | "Our"
            | "My"
            | "However"
            | "Meanwhile"
            | "Also"
            | "Yet"
            | "Still"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "Since"
            | "Although"
            | "Though"
            | "Many"
            | "Some"
            | "Most"
            | "Other"
            | "Officials"
            | "Police"
            | "Analysts"
            | "According"
            | "Last"
            | "Earlier"
            | "Later"
            | "Now"
            | "Then"
            | "Today"
            | "Yesterday"
            | "Shares"
            | "Prices"
            | "Sales"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Where"
            | "Under"
            | "With"
            | "Without"
            | "From"
            | "By"
            | "To"
            | "One"
            | "Two"
            | "Both"
            | "All"
            | "No"
            | "Not"
            | "Such"
            | "Each"
            | "Every"
            | "Despite"
            | "During"
            | "Until"
            | "Asked"
            | "Separately"
    )
}

/// Splits `text` into sentences. Never panics; every offset is a char
/// boundary of `text`.
pub fn split(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n / 120 + 1);
    let mut para = 0usize;
    let mut start = skip_space(b, 0);
    let mut i = start;
    // Next newline and next terminator at or after `i`, found with memchr
    // (SIMD) so that the bytes between them cost next to nothing.
    let mut next_nl = 0usize;
    let mut next_term = 0usize;
    // Whether the text is hard-wrapped, read only when a line could be a
    // heading.
    let mut wrapped: Option<bool> = None;
    while i < n {
        if next_nl < i {
            next_nl = memchr::memchr(b'\n', &b[i..]).map_or(n, |k| i + k);
        }
        if next_term < i {
            next_term = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map_or(n, |k| i + k);
        }
        i = next_nl.min(next_term);
        if i >= n {
            break;
        }
        match b[i] {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < n && matches!(b[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                let end = skip_closers(b, j);
                if end < n && !is_space(b[end]) {
                    // A boundary whose space the page lost ("was
                    // dead.Another man", "Elm Street.When police"):
                    // scraped text is full of them.
                    if glued(text, start, i, j, end) {
                        push(&mut out, b, start, end, para);
                        start = end;
                    }
                    i = end.max(i + 1);
                    continue;
                }
                if ends_sentence(text, start, i, j, end) {
                    push(&mut out, b, start, end, para);
                    let next = skip_space(b, end);
                    if b[end..next].contains(&b'\n') {
                        para += 1;
                    }
                    start = next;
                    i = next;
                } else {
                    i = end;
                }
            }
            b'\n' => {
                let next = skip_space(b, i);
                let gap = &b[i..next];
                let newlines = gap.iter().filter(|&&c| c == b'\n').count();
                let last_nl = i + gap.iter().rposition(|&c| c == b'\n').unwrap_or(0);
                let indent = next - last_nl - 1;
                let paragraph_break = newlines >= 2
                    || (next < n && (indent >= 2 || b[last_nl + 1] == b'\t'))
                    || (next < n && is_bullet(b, next));
                let line_break = !paragraph_break
                    && next < n
                    && starts_upper(text, next)
                    && line_start(b, i, start).is_some_and(|ls| {
                        is_heading_line(b, ls, i)
                            // In hard-wrapped prose a long line's end
                            // between two capitalised words is a space
                            // in a name ("Chairman Paul\nVolcker").
                            && (i - ls <= WRAPPED_NAME
                                || !ends_capitalised(&b[ls..i])
                                || !*wrapped.get_or_insert_with(|| hard_wrapped(b)))
                            && !name_across(text, ls, i, next)
                            // Nor a line of words cut before a figure ("is
                            // issuing\n100 mln Swiss francs") or a long
                            // one ("are interested in buying\nCeleron"): a
                            // table's heading has figures of its own
                            // ("Revs 48.5 mln vs 39.9 mln\n1st half").
                            && !((b[next].is_ascii_digit() || i - ls > WRAPPED_HEADING)
                                && ends_lowercase(&b[ls..i])
                                && (!b[ls..i].iter().any(u8::is_ascii_digit)
                                    || prose_line(&b[ls..i]))
                                && *wrapped.get_or_insert_with(|| hard_wrapped(b)))
                    });
                if paragraph_break || line_break || next >= n {
                    push(&mut out, b, start, i, para);
                    if paragraph_break {
                        para += 1;
                    }
                    start = next;
                }
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
    push(&mut out, b, start, n, para);
    out
}

/// Whether the terminator run `b[dot..run_end]` (closers up to `end`)
/// ends the sentence that began at `start`.
fn ends_sentence(text: &str, start: usize, dot: usize, run_end: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let next = skip_space(b, end);
    if next >= b.len() {
        return true;
    }
    let next_word = word_at(text, skip_openers(b, next));
    let first = next_word.chars().next();
    if first.is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    if b[dot] != b'.' || run_end - dot > 1 {
        // `!`, `?`, an ellipsis or `?!`: ends unless lower case follows.
        return true;
    }
    let word = word_before(text, start, dot);
    if word.is_empty() {
        return true;
    }
    if never_final(word) {
        return false;
    }
    let ambiguous = maybe_final(word)
        || is_initial(word)
        // U.S, a.m, Ph.D; not a decimal ("fell to $1.3636. Against").
        || (word.contains('.') && !decimal(word));
    if ambiguous {
        return opens_sentence(next_word) || b[end - 1] != b'.';
    }
    true
}

/// Whether `word` is a decimal number, perhaps after a currency sign.
fn decimal(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Whether the terminator run `b[dot..run_end]`, with no space after it,
/// ends a sentence all the same: one terminator after a word of three
/// letters or more that ends in lower case, and a capitalised word
/// after it ("dead.Another", "Street.When", "now!The"). Not a title
/// ("Mrs.Smith"), an abbreviation ("Inc.The"), a domain ("abc13.com")
/// or a name written with a dot ("Node.Js": a word of two letters
/// after the dot must be a usual opener, "It", "He").
fn glued(text: &str, start: usize, dot: usize, run_end: usize, end: usize) -> bool {
    if run_end - dot != 1 || end != run_end {
        return false;
    }
    let word = word_before(text, start, dot);
    let wb = word.as_bytes();
    let lower_tail = wb.len() >= 3
        && wb.iter().all(u8::is_ascii_alphabetic)
        && wb[wb.len() - 2..].iter().all(u8::is_ascii_lowercase);
    if !lower_tail || never_final(word) || maybe_final(word) {
        return false;
    }
    let next = word_at(text, end);
    let nb = next.as_bytes();
    // Two letters only as an opener ("It", "He"), not "Js".
    (nb.len() >= 3 || opens_sentence(next))
        && nb.len() >= 2
        && nb[0].is_ascii_uppercase()
        && nb[1..].iter().all(u8::is_ascii_lowercase)
}

fn push(out: &mut Vec<Sentence>, b: &[u8], start: usize, end: usize, paragraph: usize) {
    let mut e = end.min(b.len());
    while e > start && is_space(b[e - 1]) {
        e -= 1;
    }
    if e > start {
        out.push(Sentence {
            start,
            end: e,
            paragraph,
        });
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    i
}

/// Skips closing quotes and brackets after a terminator: `)`, `]`, `"`,
/// `'`, `”`, `’`, `»`.
fn skip_closers(b: &[u8], i: usize) -> usize {
    skip_marks(b, i, b")]\"'", &["”", "’", "»"])
}

/// Skips opening quotes and brackets before a word.
fn skip_openers(b: &[u8], i: usize) -> usize {
    skip_marks(b, i, b"([\"'", &["“", "‘", "«"])
}

/// Skips a run of the ASCII marks `ascii` and the non-ASCII ones `wide`.
fn skip_marks(b: &[u8], mut i: usize, ascii: &[u8], wide: &[&str]) -> usize {
    loop {
        if i < b.len() && ascii.contains(&b[i]) {
            i += 1;
            continue;
        }
        let rest = &b[i.min(b.len())..];
        match wide.iter().find(|w| rest.starts_with(w.as_bytes())) {
            Some(w) => i += w.len(),
            None => return i,
        }
    }
}

/// The word starting at `i` (letters, digits, `'`).
fn word_at(text: &str, i: usize) -> &str {
    let rest = text.get(i..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(rest.len(), |(k, _)| k);
    &rest[..len]
}

/// The token just before the `.` at `dot`, without leading punctuation
/// (`(U.S` → `U.S`).
fn word_before(text: &str, start: usize, dot: usize) -> &str {
    let head = text.get(start..dot).unwrap_or("");
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '-'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    head[from..].trim_start_matches(['.', '-', '\''])
}

fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

fn starts_upper(text: &str, i: usize) -> bool {
    let j = skip_openers(text.as_bytes(), i);
    text.get(j..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_bullet(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    rest.starts_with(b"- ")
        || rest.starts_with(b"* ")
        || rest.starts_with("• ".as_bytes())
        || rest.starts_with("– ".as_bytes())
}

/// Start of the line ending at `i`, not before `floor`; None for a line
/// longer than 64 bytes (only short lines can be headings, so the search
/// never looks further back).
fn line_start(b: &[u8], i: usize, floor: usize) -> Option<usize> {
    let from = floor.max(i.saturating_sub(64));
    match memchr::memrchr(b'\n', &b[from..i]) {
        Some(k) => Some(from + k + 1),
        None if from == floor => Some(floor),
        None => None,
    }
}

/// Whether a line of prose ends inside a name the next line closes: "said
/// its May North\nAmerican car output", "Public Service Co of
/// New\nMexico", "said John\nPope". A heading ends on a whole name, and
/// a short story's first line may be cut so (its dateline gone) though
/// the story is too short to show it is hard-wrapped.
fn name_across(text: &str, ls: usize, nl: usize, next: usize) -> bool {
    use crate::extract::entities::lexicon;
    let line = &text[ls..nl];
    let last = line.trim_end().rsplit(' ').next().unwrap_or("");
    let first = text[next..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if !lexicon::name_continues(last, first) {
        return false;
    }
    // Prose on both lines: a word in lower case on this one, and the
    // next goes on in lower case after its capitalised words, before any
    // stop (not a list of fixtures, "France at Japan\nSpain at Belgium").
    let lower = |w: &str| w.len() >= 3 && w.bytes().all(|c| c.is_ascii_lowercase());
    let rest = text[next..]
        .split(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("");
    let goes_on = rest
        .split(' ')
        .find(|w| !w.starts_with(|c: char| c.is_ascii_uppercase()))
        .is_some_and(lower);
    goes_on && line.split(' ').any(lower)
}

/// Whether a line with figures reads as prose, not a table's row or
/// heading: no column gap or "vs" between figures, and five words in
/// lower case or more ("Varnland told the 12 lenders in the credit
/// syndicate last"; not "Shr loss 18 cts profit 2.23 dlrs").
fn prose_line(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    let words = line
        .split(|&c| c == b' ')
        .filter(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_lowercase))
        .count();
    words >= 5 && !line.windows(2).any(|w| w == b"  ") && !line.windows(4).any(|w| w == b" vs ")
}

/// A line's last run of letters ("Paul" of "... Chairman Paul").
fn last_letters(line: &[u8]) -> &[u8] {
    let line = line.trim_ascii_end();
    let start = line
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    &line[start..]
}

/// Whether a line's last word is a word in lower case ("... is issuing").
fn ends_lowercase(line: &[u8]) -> bool {
    let w = last_letters(line);
    !w.is_empty() && w.iter().all(u8::is_ascii_lowercase)
}

/// Whether a line's last word is capitalised ("... Chairman Paul").
fn ends_capitalised(line: &[u8]) -> bool {
    let w = last_letters(line);
    w.first().is_some_and(u8::is_ascii_uppercase) && w.iter().any(u8::is_ascii_lowercase)
}

/// Lines longer than this, with no sentence's end, are what
/// hard-wrapped prose is made of ([`hard_wrapped`]).
const WRAPPED_HEADING: usize = 40;

/// The longest line of hard-wrapped prose ending on a capitalised word
/// that is still a heading ("Nine months", "Qtr to March 31 Year");
/// longer ones go on ("Singapore's Finance Minister Richard\nHu").
const WRAPPED_NAME: usize = 24;

/// Whether a text is hard-wrapped prose (wire copy, plain-text archives,
/// e-mail): at least three of its lines longer than [`WRAPPED_HEADING`]
/// bytes run up to 80 and stop without a sentence's end, they are half
/// such lines or more, and after two of them the sentence goes on in
/// lower case. A line's end there is a space.
fn hard_wrapped(b: &[u8]) -> bool {
    // Lines longer than a heading; those cut without a sentence's end;
    // those of them whose next line goes on in lower case ("Showers
    // continued in\nthe Bahia zone"), which no table or list of
    // headings has.
    let (mut long, mut cut, mut goes_on) = (0usize, 0usize, 0usize);
    let mut last_cut = false;
    let mut from = 0;
    for to in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let line = b[from..to].trim_ascii();
        from = to + 1;
        if last_cut && line.first().is_some_and(u8::is_ascii_lowercase) {
            goes_on += 1;
        }
        last_cut = false;
        if line.len() <= WRAPPED_HEADING {
            continue;
        }
        long += 1;
        if line.len() <= 80
            && !matches!(
                line.last(),
                Some(b'.' | b'!' | b'?' | b'"' | b':' | b';' | b')')
            )
        {
            cut += 1;
            last_cut = true;
        }
    }
    goes_on >= 2 && cut >= 3 && cut * 2 >= long
}

/// A short line that does not end in punctuation continuing a sentence:
/// a headline, a by-line, a date line. (Not one that ends on a word that
/// joins the next: "Sweden's state-run Institute of\nEconomic Research".)
fn is_heading_line(b: &[u8], from: usize, to: usize) -> bool {
    let line = &b[from..to];
    let trimmed_end = line
        .iter()
        .rposition(|&c| !is_space(c))
        .map_or(0, |k| k + 1);
    let line = &line[..trimmed_end];
    let last_word = line
        .iter()
        .rposition(|&c| c == b' ')
        .map_or(line, |k| &line[k + 1..]);
    !line.is_empty()
        && line.len() <= 60
        && !matches!(line[line.len() - 1], b',' | b';' | b':' | b'-' | b'(')
        && line
            .first()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !(line.len() > last_word.len()
            && matches!(
                last_word,
                b"of"
                    | b"and"
                    | b"the"
                    | b"a"
                    | b"an"
                    | b"for"
                    | b"to"
                    | b"with"
                    | b"in"
                    | b"on"
                    | b"at"
                    | b"by"
                    | b"from"
            ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the sentences of `text` joined by ` | `.
    fn show(text: &str) -> String {
        split(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            ("One. Two.", "One. | Two."),
            (
                "Police found a man on Elm Street.When officers arrived he was dead.Another man fled.",
                "Police found a man on Elm Street. | When officers arrived he was dead. | Another man fled.",
            ),
            (
                "Mrs.Smith lives in St.Louis and reads abc13.com daily.It rained.",
                "Mrs.Smith lives in St.Louis and reads abc13.com daily. | It rained.",
            ),
            (
                "Shares of Acme Inc.The firm and Node.Js users met.",
                "Shares of Acme Inc.The firm and Node.Js users met.",
            ),
            (
                "Mr. Smith went to Washington. He left.",
                "Mr. Smith went to Washington. | He left.",
            ),
            (
                "Dr. Jane Smith and Gen. Lee met. Talks ended.",
                "Dr. Jane Smith and Gen. Lee met. | Talks ended.",
            ),
            (
                "The U.S. economy grew 1.2 percent. Prices rose.",
                "The U.S. economy grew 1.2 percent. | Prices rose.",
            ),
            (
                "Troops left the U.S. The war ended.",
                "Troops left the U.S. | The war ended.",
            ),
            (
                "The dollar bounced back to $1.3636. Against the yen it fell.",
                "The dollar bounced back to $1.3636. | Against the yen it fell.",
            ),
            (
                "It happened on Jan. 5 in Boston. Nobody came.",
                "It happened on Jan. 5 in Boston. | Nobody came.",
            ),
            (
                "George W. Bush spoke. Crowds cheered.",
                "George W. Bush spoke. | Crowds cheered.",
            ),
            (
                "Shares of Acme Inc. rose. The firm said so.",
                "Shares of Acme Inc. rose. | The firm said so.",
            ),
            (
                "He said: \"We agreed.\" Then he left.",
                "He said: \"We agreed.\" | Then he left.",
            ),
            (
                "\"Why?\" he asked. Nobody knew.",
                "\"Why?\" he asked. | Nobody knew.",
            ),
            (
                "“It is over,” she said. “Go home.” They went.",
                "“It is over,” she said. | “Go home.” | They went.",
            ),
            (
                "the road map... by which people live. End.",
                "the road map... by which people live. | End.",
            ),
            ("Wait... What happened?", "Wait... | What happened?"),
            (
                "Inflation was 3.5% in 2012. It fell.",
                "Inflation was 3.5% in 2012. | It fell.",
            ),
            (
                "No. 10 Downing Street said no. Fine.",
                "No. 10 Downing Street said no. | Fine.",
            ),
            (
                "at 6 a.m. on Monday. Later that day",
                "at 6 a.m. on Monday. | Later that day",
            ),
            (
                "Headline here\n\nBody text. More text.",
                "Headline here | Body text. | More text.",
            ),
            (
                "Showers continued in\nthe Bahia zone.\n    The dry period ended.",
                "Showers continued in\nthe Bahia zone. | The dry period ended.",
            ),
            (
                "Body ends.\n\nWednesday, May 8th 2013\nStuart Williams",
                "Body ends. | Wednesday, May 8th 2013 | Stuart Williams",
            ),
            (
                "- first item\n- second item",
                "- first item | - second item",
            ),
            // Hard-wrapped wire copy: a long line's end is a space, a
            // short line may still be a heading.
            (
                "    He had earlier met Federal Reserve Board Chairman Paul\nVolcker and Treasury Secretary James Baker in the capital to\ndiscuss the dollar and the trade deficit with Japan and other\nnations, officials at the Treasury said today.",
                "He had earlier met Federal Reserve Board Chairman Paul\nVolcker and Treasury Secretary James Baker in the capital to\ndiscuss the dollar and the trade deficit with Japan and other\nnations, officials at the Treasury said today.",
            ),
            (
                "Singapore's Finance Minister Richard\nHu is expected to present a budget with no\nmajor tax changes for the year starting April 1, bankers and\neconomists told reporters on Monday in the city, where the\neconomy is now improving.",
                "Singapore's Finance Minister Richard\nHu is expected to present a budget with no\nmajor tax changes for the year starting April 1, bankers and\neconomists told reporters on Monday in the city, where the\neconomy is now improving.",
            ),
            (
                "Police Chief Names New Deputy\nThe chief named a deputy on Monday.",
                "Police Chief Names New Deputy | The chief named a deputy on Monday.",
            ),
            // A short story's first line, cut inside a name the next line
            // closes (a place, a first name and a surname); but a
            // heading's last name and the story's first word stay apart.
            (
                "GM said its May North\nAmerican car output fell.",
                "GM said its May North\nAmerican car output fell.",
            ),
            (
                "The state utility of New\nMexico said it is evaluating plans.",
                "The state utility of New\nMexico said it is evaluating plans.",
            ),
            (
                "United States at Netherlands\nCzech Republic at Germany",
                "United States at Netherlands | Czech Republic at Germany",
            ),
            (
                "Western Union said John\nPope has been elected.",
                "Western Union said John\nPope has been elected.",
            ),
            (
                "Teen shot in North Philadelphia\nPolice say a man was hurt.",
                "Teen shot in North Philadelphia | Police say a man was hurt.",
            ),
            // A line that ends on a word joining the next is no heading,
            // however short ("Institute of\nEconomic Research").
            (
                "Marlow's state-run Institute of\nEconomic Research released its forecast.",
                "Marlow's state-run Institute of\nEconomic Research released its forecast.",
            ),
            (
                "Earlier the bank said loans rose to\nTen billion from nine.",
                "Earlier the bank said loans rose to\nTen billion from nine.",
            ),
            // A wire's line of words cut before a figure goes on; a
            // table's heading with figures of its own stays apart.
            (
                "Marlow Breweries Ltd of Japan is issuing\n100 mln Swiss francs of five year notes with a coupon\nof 4-5/8 pct and a 100-1/4 issue price, the lead manager\nsaid, adding that the issue is guaranteed by a bank\nand that the payment is due on March 17.",
                "Marlow Breweries Ltd of Japan is issuing\n100 mln Swiss francs of five year notes with a coupon\nof 4-5/8 pct and a 100-1/4 issue price, the lead manager\nsaid, adding that the issue is guaranteed by a bank\nand that the payment is due on March 17.",
            ),
            (
                "Halvern said four groups have shown an interest in buying\nCorvel, and two of them may join forces to bid for the unit,\nwhich holds gas fields in the south and a nearly finished\npipeline, the company said in a statement on Monday.",
                "Halvern said four groups have shown an interest in buying\nCorvel, and two of them may join forces to bid for the unit,\nwhich holds gas fields in the south and a nearly finished\npipeline, the company said in a statement on Monday.",
            ),
            (
                "Varnland told the 12 lenders in the credit syndicate last\nOctober it would not pay the three remaining instalments\nof 140 mln dlrs, and it asked the lenders to spread them\nover the next five years, the finance ministry said.",
                "Varnland told the 12 lenders in the credit syndicate last\nOctober it would not pay the three remaining instalments\nof 140 mln dlrs, and it asked the lenders to spread them\nover the next five years, the finance ministry said.",
            ),
            (
                "Revs 48.5 mln vs 39.9 mln\n1st half\nShr 22 cts vs 19 cts",
                "Revs 48.5 mln vs 39.9 mln | 1st half | Shr 22 cts vs 19 cts",
            ),
            (
                "Shots fired in\nDowntown Marlow",
                "Shots fired in\nDowntown Marlow",
            ),
            ("", ""),
            ("   \n\n  ", ""),
            ("no terminator at all", "no terminator at all"),
            (
                "Visit example.com today. OK.",
                "Visit example.com today. | OK.",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(show(input), *want, "input: {input:?}");
        }
    }

    #[test]
    fn paragraphs_are_counted() {
        let text = "First one. Second one.\n\nThird one.\nFourth one.";
        let paras: Vec<usize> = split(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, vec![0, 0, 1, 2]);
    }

    #[test]
    fn offsets_are_char_boundaries_on_multibyte_text() {
        let text = "Él dijo «sí.» Ça va? Ünïcödé… ok. 东京. 北京";
        for s in split(text) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.start < s.end);
        }
    }
}
