//! A byte-level word tokenizer for the entity and quote extractors.
//!
//! Words keep their internal hyphens, apostrophes, `&` and acronym dots
//! (`al-Assad`, `O'Brien`, `AT&T`, `U.S.`); an initial keeps its dot
//! (`W.`); a possessive `'s` (also written apart, `Kerry 's`) is a token of
//! its own; a handle or a hashtag (`@Tom_Vale`, `#ValeForMayor`) is one
//! token of punctuation; every other non-space character is a
//! one-character token.
//! Offsets are byte offsets into the text, always on char boundaries.

/// The shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a lower-case letter (`said`, `al-Qaeda`).
    Lower,
    /// Starts with an upper-case letter and has a lower-case one (`Kerry`,
    /// `McDonald`), or a name particle before a capital (`al-Assad`).
    Title,
    /// Two or more letters, all upper case (`NATO`, `U.S.`, `AT&T`, `G7`).
    Caps,
    /// One upper-case letter, with or without a dot (`W.`, `J`).
    Initial,
    /// Starts with a digit.
    Num,
    /// A possessive `'s` or `’s`.
    Poss,
    /// Any other single character (punctuation, quote marks, symbols), or
    /// a handle or a hashtag whole.
    Punct,
}

/// One token: `text[s..e]`.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Start byte offset.
    pub s: usize,
    /// End byte offset (exclusive).
    pub e: usize,
    /// Its shape.
    pub shape: Shape,
}

impl Tok {
    /// Whether the token can be part of a name (capitalised or an initial).
    #[inline]
    pub fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Title | Shape::Caps | Shape::Initial)
    }
}

const LO: u8 = 1;
const UP: u8 = 2;
const DI: u8 = 4;

/// ASCII byte classes: lower-case letter, upper-case letter, digit, other (0).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() {
            LO
        } else if c.is_ascii_uppercase() {
            UP
        } else if c.is_ascii_digit() {
            DI
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline]
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// Whether the char starting at `i` is alphanumeric (decoding UTF-8).
#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if i >= b.len() {
        return false;
    }
    if b[i] < 0x80 {
        return b[i].is_ascii_alphanumeric();
    }
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

#[inline]
fn char_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Name particles written joined to a capitalised name (`al-Assad`).
fn particle_prefix(w: &[u8]) -> bool {
    let Some(k) = w.iter().position(|&c| c == b'-' || c == b'\'') else {
        return w.starts_with("d’".as_bytes()) || w.starts_with("l’".as_bytes());
    };
    matches!(
        &w[..k],
        b"al"
            | b"el"
            | b"ad"
            | b"as"
            | b"ash"
            | b"at"
            | b"az"
            | b"an"
            | b"ar"
            | b"bin"
            | b"ibn"
            | b"abu"
            | b"d"
            | b"l"
            | b"de"
            | b"di"
            | b"da"
            | b"van"
            | b"von"
            | b"du"
            | b"le"
            | b"la"
            | b"ben"
    ) && w.get(k + 1).is_some_and(u8::is_ascii_uppercase)
}

/// A firm written with a lower-case "e" before its capital (`eBay`,
/// `eToys`): a name's word. (Four letters or more; not the products
/// written with an "i", `iPod`, `iPad App`, which are no name we tag.)
fn camel_lower(w: &[u8]) -> bool {
    w.len() >= 4
        && w[0] == b'e'
        && w[1].is_ascii_uppercase()
        && w[2..].iter().all(u8::is_ascii_lowercase)
}

fn shape_of(text: &str, s: usize, e: usize) -> Shape {
    let w = &text[s..e];
    let b = w.as_bytes();
    // ASCII fast paths: most words are lower-case or plain capitalised.
    match b[0] {
        b'a'..=b'z' if !b.iter().any(|&c| c == b'-' || c == b'\'' || c >= 0x80) => {
            return if camel_lower(b) {
                Shape::Title
            } else {
                Shape::Lower
            };
        }
        b'0'..=b'9' => return Shape::Num,
        b'A'..=b'Z' if b.len() > 1 && b[1..].iter().all(u8::is_ascii_lowercase) => {
            return Shape::Title;
        }
        _ => {}
    }
    let first = w.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() || first.is_numeric() {
        return Shape::Num;
    }
    if first.is_lowercase() {
        let word = &b[..b
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .unwrap_or(b.len())];
        return if particle_prefix(b) || camel_lower(word) {
            Shape::Title
        } else {
            Shape::Lower
        };
    }
    if !first.is_uppercase() {
        return Shape::Punct;
    }
    let mut letters = 0;
    let mut lower = false;
    for c in w.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_lowercase() {
                lower = true;
            }
        }
    }
    // "Boston-based", "U.S.-led": an adjective, not a name. (Not the
    // British spelling of "cooperation", "coordinating": "the Gulf
    // Co-operation Council", "the Co-operative Bank".)
    if let Some(k) = w.rfind('-') {
        if w[k + 1..].chars().next().is_some_and(char::is_lowercase)
            && !particle_prefix(b)
            && !(w.starts_with("Co-op") || w.starts_with("Co-ord"))
        {
            return Shape::Lower;
        }
    }
    // A code of capitals and a number ("B-2", "DC-10", "F-16"): a grade
    // or a model, never a word of a name ("from B-2 Chicago Pacific Corp").
    // (Not a road's: "I-84 East", "US-1", "SR-99".)
    if let Some((l, r)) = w.split_once('-') {
        if (1..=3).contains(&l.len())
            && !matches!(l, "I" | "US" | "SR" | "CR" | "FM" | "IH" | "SH" | "M" | "A")
            && l.bytes().all(|c| c.is_ascii_uppercase())
            && !r.is_empty()
            && r.bytes().all(|c| c.is_ascii_digit())
        {
            return Shape::Num;
        }
    }
    if letters == 1 && (b.len() == first.len_utf8() || (b.len() == 2 && b[1] == b'.')) {
        Shape::Initial
    } else if lower {
        Shape::Title
    } else {
        Shape::Caps
    }
}

/// Appends the tokens of `text[from..to]` to `out`.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let b = text.as_bytes();
    let to = to.min(b.len());
    let mut i = from;
    while i < to {
        let c = b[i];
        // Most tokens open with an ASCII letter or digit (`CLASS` not 0):
        // spaces, quotes and punctuation are tested for only before the rest.
        if CLASS[c as usize] == 0 {
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            // A possessive written apart: `'s` / `’s` followed by a non-letter.
            if c == b'\'' || (c == 0xe2 && b[i..].starts_with("’".as_bytes())) {
                let q = if c == b'\'' { 1 } else { 3 };
                // (Upper-case after an upper-case word: "KENYA'S RUNNER".)
                let s_after = match b.get(i + q) {
                    Some(b's') => true,
                    Some(b'S') => b[from..i]
                        .iter()
                        .rev()
                        .find(|c| **c != b' ')
                        .is_some_and(u8::is_ascii_uppercase),
                    _ => false,
                };
                if s_after && !alnum_at(text, i + q + 1) && i + q < to {
                    out.push(Tok {
                        s: i,
                        e: i + q + 1,
                        shape: Shape::Poss,
                    });
                    i += q + 1;
                    continue;
                }
                // A plural's possessive: `Workers'`, or tokenised with a
                // space before it, `Traders ' Association` (not a quote
                // opening: a capitalised word follows after one space).
                let spaced = i > from + 1
                    && b[i - 1] == b' '
                    && b[i - 2] == b's'
                    && b.get(i + q) == Some(&b' ')
                    && b.get(i + q + 1).is_some_and(u8::is_ascii_uppercase);
                if i > from && (b[i - 1] == b's' || spaced) && !alnum_at(text, i + q) {
                    out.push(Tok {
                        s: i,
                        e: i + q,
                        shape: Shape::Poss,
                    });
                    i += q;
                    continue;
                }
            }
            let word = if c < 0x80 {
                c.is_ascii_alphanumeric()
            } else {
                alnum_at(text, i)
            };
            if !word {
                // A handle or a hashtag ("@Tom_Vale", "#ValeForMayor") is
                // one token of no name (not an address's "@": a word
                // before it).
                if (c == b'@' || c == b'#')
                    && (i == from || !is_word_byte(b[i - 1]))
                    && b.get(i + 1)
                        .is_some_and(|&x| x.is_ascii_alphanumeric() || x == b'_')
                {
                    let mut e = i + 1;
                    while e < to && (b[e].is_ascii_alphanumeric() || b[e] == b'_') {
                        e += 1;
                    }
                    out.push(Tok {
                        s: i,
                        e,
                        shape: Shape::Punct,
                    });
                    i = e;
                    continue;
                }
                let n = char_len(c).min(to - i);
                out.push(Tok {
                    s: i,
                    e: i + n,
                    shape: Shape::Punct,
                });
                i += n;
                continue;
            }
        }
        // A company's legal form written with a slash, "A/S" (Danish and
        // Norwegian), "S/A" (Brazilian): one word, for the lexicon.
        if (c == b'A' || c == b'S')
            && matches!(b.get(i..i + 3), Some(b"A/S" | b"S/A"))
            && i + 3 <= to
            && !alnum_at(text, i + 3)
            && (i == from || !b[i - 1].is_ascii_alphanumeric())
        {
            out.push(Tok {
                s: i,
                e: i + 3,
                shape: Shape::Caps,
            });
            i += 3;
            continue;
        }
        let s = i;
        let mut j = i;
        // Fast path: a plain ASCII word ends at a space or simple punctuation.
        let mut seen = 0u8;
        while j < to {
            let k = CLASS[b[j] as usize];
            if k == 0 {
                break;
            }
            seen |= k;
            j += 1;
        }
        let plain_end = j >= to || !matches!(b[j], b'-' | b'\'' | b'&' | b'.' | 0x80..=0xff);
        if plain_end {
            let shape = match CLASS[c as usize] {
                UP if j - s == 1 => Shape::Initial,
                UP if seen & LO != 0 => Shape::Title,
                UP => Shape::Caps,
                LO if seen & UP != 0 && camel_lower(&b[s..j]) => Shape::Title,
                LO => Shape::Lower,
                _ => Shape::Num,
            };
            out.push(Tok { s, e: j, shape });
            // (The space after a word is skipped here rather than by the
            // loop's first test.)
            i = if j < to && b[j] == b' ' { j + 1 } else { j };
            continue;
        }
        loop {
            while j < to && b[j].is_ascii_alphanumeric() {
                j += 1;
            }
            while j < to && is_word_byte(b[j]) {
                if b[j] >= 0x80 {
                    if !alnum_at(text, j) {
                        break;
                    }
                    j += char_len(b[j]);
                } else {
                    j += 1;
                }
            }
            if j >= to {
                break;
            }
            // Internal joiners: `-`, `'`, `’`, `&`, `.` followed by a letter or digit.
            let jl = match b[j] {
                b'-' | b'\'' | b'&' | b'.' => 1,
                0xe2 if b[j..].starts_with("’".as_bytes()) => 3,
                _ => 0,
            };
            if jl > 0 && j + jl < to && alnum_at(text, j + jl) {
                j += jl;
                continue;
            }
            break;
        }
        let j = j.min(to);
        // A trailing dot belongs to initials and dotted acronyms (`W.`, `U.S.`).
        let mut e = j;
        if e < to && b[e] == b'.' {
            let w = &b[s..e];
            let single_upper = w.len() == 1 && w[0].is_ascii_uppercase();
            let dotted = w.contains(&b'.')
                && w.split(|&c| c == b'.')
                    .all(|p| p.len() == 1 && p[0].is_ascii_alphabetic());
            if single_upper || dotted {
                e += 1;
            }
        }
        // Split a joined possessive: `Kerry's`.
        let w = &b[s..e];
        let poss = if w.len() > 2 && w.ends_with(b"'s") {
            Some(e - 2)
        } else if w.len() > 3
            && w.ends_with(b"'S")
            && w[..w.len() - 2].iter().all(u8::is_ascii_uppercase)
        {
            // An upper-case headline's possessive: "KENYA'S".
            Some(e - 2)
        } else if w.len() > 4 && w.ends_with("’s".as_bytes()) {
            Some(e - 4)
        } else {
            None
        };
        match poss {
            Some(p) => {
                out.push(Tok {
                    s,
                    e: p,
                    shape: shape_of(text, s, p),
                });
                out.push(Tok {
                    s: p,
                    e,
                    shape: Shape::Poss,
                });
            }
            None => out.push(Tok {
                s,
                e,
                shape: shape_of(text, s, e),
            }),
        }
        i = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        let mut v = Vec::new();
        tokenize(text, 0, text.len(), &mut v);
        v.iter()
            .map(|t| format!("{}:{:?}", &text[t.s..t.e], t.shape))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn shapes_and_splits() {
        let cases = [
            ("Kerry's", "Kerry:Title 's:Poss"),
            ("Kerry 's", "Kerry:Title 's:Poss"),
            ("Bashar al-Assad.", "Bashar:Title al-Assad:Title .:Punct"),
            ("eBay's kWh iPod", "eBay:Title 's:Poss kWh:Lower iPod:Lower"),
            ("the U.S. economy", "the:Lower U.S.:Caps economy:Lower"),
            ("George W. Bush", "George:Title W.:Initial Bush:Title"),
            ("AT&T rose 1.5%", "AT&T:Caps rose:Lower 1.5:Num %:Punct"),
            (
                "“Go,” she said",
                "“:Punct Go:Title ,:Punct ”:Punct she:Lower said:Lower",
            ),
            ("Müller’s goal", "Müller:Title ’s:Poss goal:Lower"),
            ("Workers' Union", "Workers:Title ':Poss Union:Title"),
            (
                "Traders ' Association",
                "Traders:Title ':Poss Association:Title",
            ),
            ("left the U.S.", "left:Lower the:Lower U.S.:Caps"),
            ("O'Brien isn't", "O'Brien:Title isn't:Lower"),
        ];
        for (input, want) in cases {
            assert_eq!(show(input), want, "input {input:?}");
        }
    }
}
