//! Sports reports: the shapes of results lines and the words around a
//! club's name, read by the `teams` document pass of the recogniser.

use super::is_table_number;

/// Lower-case nouns after a club's name that make it a club: a playing
/// position ([`is_position`]: "Leeds striker", "Surrey all-rounder") or
/// another role in a club ("the Chelsea coach", "Leeds fans").
pub(super) fn is_sport_role(w: &str) -> bool {
    is_position(w)
        || matches!(
            w,
            "captain"
                | "coach"
                | "manager"
                | "boss"
                | "keeper"
                | "forward"
                | "opener"
                | "player"
                | "players"
                | "fans"
                | "supporters"
                | "team-mate"
                | "teammate"
                | "team"
                | "squad"
                | "line-up"
        )
}

/// The word before byte `s` (spaces and tabs skipped, a line break ends
/// it) and where it starts.
pub(super) fn word_before(text: &str, s: usize) -> (&str, usize) {
    let b = text.as_bytes();
    let mut e = s.min(b.len());
    while e > 0 && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    let st = b[..e]
        .iter()
        .rposition(|&c| c == b' ' || c == b'\n')
        .map_or(0, |k| k + 1);
    (text.get(st..e).unwrap_or(""), st)
}

/// The word after byte `e` (spaces and tabs skipped) and where it ends.
pub(super) fn word_after(text: &str, e: usize) -> (&str, usize) {
    let b = text.as_bytes();
    let mut s = e.min(b.len());
    while s < b.len() && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    let en = b[s..]
        .iter()
        .position(|&c| c == b' ' || c == b'\n')
        .map_or(b.len(), |k| s + k);
    (text.get(s..en).unwrap_or(""), en)
}

/// Playing positions after a club's name ("Leeds striker"): words that
/// only sport uses.
pub(super) fn is_position(w: &str) -> bool {
    // ("the Leicester lock's final match".)
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    matches!(
        w,
        "skipper"
            | "lock"
            | "prop"
            | "hooker"
            | "flanker"
            | "fly-half"
            | "scrum-half"
            | "linebacker"
            | "cornerback"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "winger"
            | "fullback"
            | "full-back"
            | "playmaker"
            | "batsman"
            | "bowler"
            | "all-rounder"
            | "seamer"
            | "spinner"
            | "wicketkeeper"
            | "wicket-keeper"
            | "pitcher"
            | "outfielder"
            | "quarterback"
    )
}

/// Words before a name that make it a club in a sports report: "beat
/// Leeds", "joined Porto", "side Nice".
pub(super) fn is_club_before(w: &str) -> bool {
    matches!(
        w,
        "against"
            | "beat"
            | "beating"
            | "v"
            | "v."
            | "vs"
            | "vs."
            | "versus"
            | "joined"
            | "join"
            | "joins"
            | "joining"
            | "side"
            | "club"
            | "hosts"
            | "visitors"
            | "champions"
            | "leaders"
            | "rivals"
            | "hopefuls"
            | "holders"
            | "opponents"
    )
}

/// Verbs before "for" that make the name after it a club: "played for
/// Ajax", "scored for Leeds".
pub(super) fn is_club_for_verb(w: &str) -> bool {
    matches!(
        w,
        "play"
            | "plays"
            | "played"
            | "playing"
            | "signed"
            | "signs"
            | "sign"
            | "scored"
            | "scores"
            | "equalised"
            | "equalized"
            | "goal"
            | "appearance"
            | "appearances"
    )
}

/// Words after a name that make it a club: "Leeds beat", "Ajax v".
pub(super) fn is_club_after(w: &str) -> bool {
    matches!(
        w,
        "beat"
            | "beats"
            | "drew"
            | "defeated"
            | "thrashed"
            | "edged"
            | "routed"
            | "v"
            | "v."
            | "vs"
            | "vs."
    )
}

/// Verbs and auxiliaries after a side named as the subject of a sports
/// report's sentence: "Essex need another 148", "Kent will also need",
/// "Leeds face Hull", "Derbyshire have won".
pub(super) fn is_side_verb(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "needed"
            | "will"
            | "face"
            | "faced"
            | "host"
            | "hosted"
            | "have"
            | "had"
            | "are"
            | "were"
            | "thrashed"
            | "crushed"
            | "collapsed"
            | "declared"
            | "batted"
            | "bowled"
            | "scored"
            | "conceded"
            | "recovered"
            | "clinched"
            | "remain"
            | "remained"
            | "moved"
            | "finished"
            | "slumped"
            | "rallied"
            | "survived"
            | "won"
            | "lost"
            | "drew"
            | "lead"
            | "led"
            | "trail"
            | "trailed"
    )
}

/// Verbs of a result that, with a score after them, make the name before
/// a side: "Essex won 3-1", "Leeds lost 2-0", "Hull led 1-0".
pub(super) fn is_result_verb(w: &str) -> bool {
    matches!(
        w,
        "won" | "wins" | "lost" | "loses" | "led" | "leads" | "trailed" | "trail" | "trails"
    )
}

/// A score: two numbers joined by a hyphen ("3-1", "108-93").
pub(super) fn is_score(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        (1..=3).contains(&a.len())
            && (1..=3).contains(&b.len())
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Lower-case words of a results line that carry no name: "Glamorgan 259
/// and 207 , Durham 114 all out".
fn is_row_filler(w: &str) -> bool {
    matches!(
        w,
        "," | "." | ";" | "and" | "all" | "out" | "dec" | "declared" | "aet" | "pen" | "pens"
    )
}

/// The byte spans of the clubs named in one line of a sports report, read
/// by the line's shape (capitalised runs `A`, numbers `N`, "v" `V`,
/// bracketed asides dropped, after the last ":"):
/// - a score line, two names each followed by one or more numbers
///   ("Wigan 2 Wrexham 1", "Glamorgan 259 and 207 , Durham 114");
/// - a standings row, a name followed by four numbers or more
///   ("Stirling 3 0 1 2 1 3 1");
/// - fixtures, names on either side of "v" ("Leeds v Hull , Bury v Wigan").
///
/// An optional rank opens a row ("3. Stirling ...").
pub(super) fn club_runs(line: &str, base: usize, out: &mut Vec<(usize, usize, bool)>) {
    // (shape, start, end) per item; `B` a bracketed aside, `D` a dash.
    let mut items: Vec<(u8, usize, usize)> = Vec::with_capacity(16);
    let mut depth = 0usize;
    let mut off = base;
    // A comma or a filler word ends a name.
    let mut open = false;
    for w in line.split(' ') {
        let ws = off;
        off += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        let we = ws + w.len();
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        match w {
            "(" => {
                if depth == 0 {
                    items.push((b'B', ws, we));
                }
                depth += 1;
                open = false;
            }
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {
                // A bracket of figures ("( 23 )") is no country: `b`.
                if let Some(last) = items.last_mut().filter(|l| l.0 == b'B' && l.2 == ws - 1) {
                    if !cap {
                        last.0 = b'b';
                    }
                }
            }
            ":" => {
                // A score line read before a colon stands ("Leeds 2 (
                // Ames 12 ) Hull 1 ( Bell 45 ) . Attendance : 20,000").
                // (The label before the colon is no club.)
                let label = items.last().is_some_and(|l| l.0 == b'A') && depth == 0;
                if rows(&items[..items.len() - usize::from(label)], out) {
                    return;
                }
                items.clear();
                open = false;
            }
            "v" | "v." | "vs" | "vs." => {
                items.push((b'V', ws, we));
                open = false;
            }
            "-" => {
                items.push((b'D', ws, we));
                open = false;
            }
            _ if is_table_number(w) => {
                items.push((b'N', ws, we));
                open = false;
            }
            // A summary's labels ("Halftime 2-0", "Attendance 42,000")
            // are no clubs, and the score line before one stands.
            "Halftime" | "Half-time" | "Attendance" if depth == 0 => {
                if rows(&items, out) {
                    return;
                }
                items.clear();
                items.push((b'x', ws, we));
                open = false;
            }
            _ if cap || open && matches!(w, "'s" | "&" | "of" | "de") => {
                match items.last_mut() {
                    Some(last) if open && last.0 == b'A' => last.2 = we,
                    _ => items.push((b'A', ws, we)),
                }
                open = true;
            }
            _ if is_row_filler(w) => open = false,
            _ => {
                items.push((b'x', ws, we));
                open = false;
            }
        }
    }
    rows(&items, out);
}

/// The clubs of one line's items (see [`club_runs`]); whether any was
/// found.
fn rows(items: &[(u8, usize, usize)], out: &mut Vec<(usize, usize, bool)>) -> bool {
    let n0 = out.len();
    let mut items = items.to_vec();
    // A team after a rider's or a driver's country: "1. Olaf Brandt (
    // Germany ) Telekom 4 hours", "Al Lane ( U.S. ) , Lola Ford , 54.4".
    let shape0: Vec<u8> = items.iter().map(|i| i.0).collect();
    let s0 = usize::from(shape0.first() == Some(&b'N'));
    if shape0.len() >= s0 + 3
        && shape0[s0..s0 + 3] == *b"ABA"
        && shape0.get(s0 + 3).is_none_or(|&c| c == b'N' || c == b'x')
    {
        let t = items[s0 + 2];
        out.push((t.1, t.2, true));
        return true;
    }
    // Brackets dropped; a dash counts as a number in standings only.
    items.retain(|i| i.0 != b'B' && i.0 != b'b');
    let shape: Vec<u8> = items.iter().map(|i| i.0).collect();
    let start = usize::from(shape.first() == Some(&b'N'));
    let row = &shape[start..];
    let items = &items[start..];
    let nums_after = |k: usize| row[k + 1..].iter().take_while(|&&c| c == b'N').count();
    if row.len() >= 4 && row[0] == b'A' {
        let n1 = nums_after(0);
        if n1 >= 1 && row.get(n1 + 1) == Some(&b'A') {
            let n2 = nums_after(n1 + 1);
            if n2 >= 1 && n1 + n2 + 2 == row.len() {
                out.push((items[0].1, items[0].2, false));
                out.push((items[n1 + 1].1, items[n1 + 1].2, false));
                return true;
            }
        }
    }
    if row.len() >= 5 && row[0] == b'A' && row[1..].iter().all(|&c| c == b'N' || c == b'D') {
        out.push((items[0].1, items[0].2, false));
        return true;
    }
    if row.contains(&b'V') {
        for (k, &c) in row.iter().enumerate() {
            let beside_v = k > 0 && row[k - 1] == b'V' || row.get(k + 1) == Some(&b'V');
            if c == b'A' && beside_v {
                out.push((items[k].1, items[k].2, false));
            }
        }
    }
    out.len() > n0
}

/// Whether the line from `e` on reads as the rest of a dateline ("LONDON
/// 1996-08-30", "TOFTIR , Faroe Islands 1996-08-31").
pub(super) fn dateline_rest(text: &str, e: usize) -> bool {
    let rest = text.get(e..).unwrap_or("");
    let rest = &rest.as_bytes()[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())];
    if rest.len() > 60 {
        return false;
    }
    let mut words = 0;
    let mut last: &[u8] = &[];
    for w in rest.split(|c| c.is_ascii_whitespace()) {
        if !w.is_empty() && w != b"," {
            words += 1;
            last = w;
        }
    }
    words <= 4
        && last.len() >= 8
        && last.iter().all(|&c| c.is_ascii_digit() || c == b'-')
        && last.iter().filter(|&&c| c == b'-').count() == 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        club_runs(line, 0, &mut out);
        out.iter().map(|&(s, e, _)| &line[s..e]).collect()
    }

    #[test]
    fn results_lines() {
        assert_eq!(
            runs("Harrow Vale 3 Lowmoor Rovers 1"),
            ["Harrow Vale", "Lowmoor Rovers"]
        );
        assert_eq!(
            runs("Kingsfield : Westshire 210 and 187 ( T. Penn 55 ) , Eastshire 99 and 42-2 ."),
            ["Westshire", "Eastshire"]
        );
        assert_eq!(runs("4. Queen 's Park 3 1 1 1 6 8 4"), ["Queen 's Park"]);
        assert_eq!(
            runs("Postponed : Harrow Vale v Lowmoor , Bexton City v Dunmore"),
            ["Harrow Vale", "Lowmoor", "Bexton City", "Dunmore"]
        );
        assert!(runs("Total ( for 6 wickets ) 320").is_empty());
        assert!(runs("BASKETBALL - DUNMORE BEAT HARROW 92-81 .").is_empty());
        assert_eq!(
            runs("3. Tom Vale ( Norway ) Velotek 4 seconds"),
            ["Velotek"]
        );
        assert_eq!(
            runs("2. Al Lane ( U.S. ) , Brant Ford , 54.483"),
            ["Brant Ford"]
        );
        assert!(runs("5. Ann Holt ( Norway ) 19.66").is_empty());
        assert!(runs("Scorers : Ann Holt ( 12 ) , Mia Dahl").is_empty());
        assert!(runs("The side won 3 of 4 games").is_empty());
    }

    #[test]
    fn datelines() {
        let t = "KINGSFIELD 1997-05-02\nKINGSFIELD 4 2 1 1 .500";
        assert!(dateline_rest(t, 10));
        assert!(!dateline_rest(t, 32));
    }
}
