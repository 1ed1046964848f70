//! Which pairs of figures the report compares, on small invented
//! corpora: results tables compared cell by cell, workforces against
//! jobs cut, figures listed in one sentence, tolls far apart.
#![cfg(feature = "cli")]

mod util;

use util::{inconsistencies, read_csv, scan_and_report, stories_of, Disagreement, Doc};

/// Scans `docs` (`(id, source, date, title, text)`) and reports.
fn flags(docs: &[Doc]) -> Vec<Disagreement> {
    inconsistencies(&scan_and_report(docs).1)
}

fn has(rows: &[Disagreement], x: &str, y: &str) -> bool {
    rows.iter()
        .any(|r| (r.1 == x && r.3 == y) || (r.1 == y && r.3 == x))
}

const TABLE: &str = "Shr loss 1.5 cts vs loss five cts\n    Net loss 310,000 vs loss 1,020,000\n    Revs 4.1 mln vs 3.9 mln\n    Avg shrs 20.4 mln vs 20.4 mln\n    Year\n    Shr loss 12 cts vs profit 40 cts\n    Net loss 2,410,000 vs profit 8,100,000\n    Revs 16.2 mln vs 17.0 mln\n";

/// The flags between [`TABLE`] and its corrected reprint `reprint`, an
/// item of the same day.
fn reprint_flags(reprint: &str) -> Vec<Disagreement> {
    flags(&[
        (
            "t1",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            TABLE,
        ),
        (
            "t2",
            "Wire",
            "1987-03-12",
            "CORRECTED - ACME TOOL CORP <ATC> 4TH QTR LOSS",
            reprint,
        ),
    ])
}

#[test]
fn a_reprinted_table_disagrees_in_the_cell_that_changed() {
    let rows = reprint_flags(&TABLE.replace("Shr loss 1.5 cts", "Shr loss two cts"));
    assert!(has(&rows, "1.5 cts", "two cts"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "only the changed cell: {rows:#?}");
}

#[test]
fn cells_apart_by_an_item_a_note_states_are_two_bases() {
    // The reprint's prior-year net leaves out a loss its note states
    // (1,020,000 + 460,000 = 1,480,000): another basis, not a
    // correction. The changed share figure is still a disagreement.
    let note =
        "    NOTE: Prior qtr net excludes loss of 460,000 dlrs from discontinued operations.\n";
    let reprint = format!(
        "{}{note}",
        TABLE
            .replace("vs loss 1,020,000", "vs loss 1,480,000")
            .replace("Shr loss 1.5 cts", "Shr loss two cts")
    );
    let rows = reprint_flags(&reprint);
    assert!(has(&rows, "1.5 cts", "two cts"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "not the net on two bases: {rows:#?}");
    // Without the note, the two nets disagree.
    let bare = TABLE
        .replace("vs loss 1,020,000", "vs loss 1,480,000")
        .replace("Shr loss 1.5 cts", "Shr loss two cts");
    let rows = reprint_flags(&bare);
    assert!(has(&rows, "1,020,000", "1,480,000"), "{rows:#?}");
}

#[test]
fn a_net_on_a_basis_a_note_states_is_not_compared_with_one_without() {
    // The reprint's note says its net is before preferred dividends; its
    // quarter net is larger by them (the dividends' amount untold). The
    // changed revenue is still a disagreement.
    let note = "    NOTE: 1986 net is before preferred dividend payments of the unit sold in 1985, 2.1 mln dlrs.\n";
    let changed = TABLE
        .replace("Net loss 310,000 vs", "Net loss 120,000 vs")
        .replace("Revs 4.1 mln vs", "Revs 4.4 mln vs");
    let rows = reprint_flags(&format!("{changed}{note}"));
    assert!(has(&rows, "4.1 mln", "4.4 mln"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "not the net on two bases: {rows:#?}");
    // Without the note, the two nets disagree.
    let rows = reprint_flags(&changed);
    assert!(has(&rows, "310,000", "120,000"), "{rows:#?}");
}

#[test]
fn a_cell_printed_without_its_scale_agrees() {
    // One printing loses the scale of a cell ("m ln" typed for "mln"),
    // and changes another.
    let rows = reprint_flags(
        &TABLE
            .replace("Revs 16.2 mln vs", "Revs 16.2 m ln vs")
            .replace("Shr loss 1.5 cts", "Shr loss two cts"),
    );
    assert!(has(&rows, "1.5 cts", "two cts"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "only the changed cell: {rows:#?}");
}

#[test]
fn tables_of_other_companies_are_not_compared() {
    let other = "Shr loss 30 cts vs loss 37 cts\n    Net loss 6,110,000 vs loss 7,020,000\n    Revs 4.1 mln vs 3.9 mln\n    Avg shrs 20.4 mln vs 19.0 mln\n    Year\n    Shr loss 1.12 dlrs vs profit 12 cts\n    Net loss 22.8 mln vs profit 2,430,000\n    Revs 16.2 mln vs 17.0 mln\n";
    let rows = flags(&[
        (
            "t1",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            TABLE,
        ),
        (
            "t3",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            other,
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn cells_that_round_alike_agree() {
    // The same table printed in full figures and in millions, one of
    // them without its unit (in thousands).
    let full = TABLE
        .replace("Revs 4.1 mln vs 3.9 mln", "Revs 4,112,000 vs 3,876,000")
        .replace("Revs 16.2 mln", "Revs 16,204")
        .replace("Revs 17.0 mln", "Revs 17.1 mln");
    let rows = flags(&[
        (
            "t1",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            TABLE,
        ),
        (
            "t4",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            &full,
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn a_workforce_is_not_a_count_of_jobs_cut() {
    let rows = flags(&[
        (
            "j1",
            "Wire",
            "1987-04-24",
            "Pellworth to close Dunmore fertilizer plant",
            "Pellworth Mining said it will close its fertilizer plant at Dunmore in May and 140 employees will lose their jobs. The Dunmore plant has run since 1962.",
        ),
        (
            "j2",
            "Wire",
            "1987-04-24",
            "Pellworth to close Dunmore fertilizer plant, workers vote on strike",
            "Pellworth Mining said it will close its fertilizer plant at Dunmore in May. Pellworth Mining's 3,200 unionized workers at its Dunmore and Carrick operations voted 94 pct in favour of a possible strike.",
        ),
    ]);
    assert!(!has(&rows, "140 employees", "3,200"), "{rows:#?}");
}

#[test]
fn jobs_cut_still_disagree() {
    let rows = flags(&[
        (
            "k1",
            "Valley Post",
            "2026-03-16",
            "Halden to close Brisk plant",
            "Appliance maker Halden will close its plant in Brisk, cutting more than 1,200 jobs, the company said on Monday.",
        ),
        (
            "k2",
            "Harbor Ledger",
            "2026-03-16",
            "Halden closure in Brisk",
            "Appliance maker Halden said on Monday it would close its plant in Brisk, which will cost nearly 1,000 jobs in the town.",
        ),
    ]);
    assert!(has(&rows, "more than 1,200", "nearly 1,000"), "{rows:#?}");
}

/// Two wire items of one template, of the firms `a` and `b`, the same day.
fn template_flags(a: &str, b: &str, text: &str, x: &str, y: &str) -> Vec<Disagreement> {
    let item = |firm: &str, figure: &str| text.replace("{FIRM}", firm).replace("{N}", figure);
    flags(&[
        (
            "w1",
            "Wire",
            "1987-03-05",
            &format!("{} NOTES YIELD", a.to_uppercase()),
            &item(a, x),
        ),
        (
            "w2",
            "Wire",
            "1987-03-05",
            &format!("{} NOTES YIELD", b.to_uppercase()),
            &item(b, y),
        ),
    ])
}

#[test]
fn one_template_of_two_firms_is_two_figures() {
    // The spread of a firm's notes over Treasuries is the firm's, not the
    // Treasury's: two issuers' offerings in one template are not one
    // figure; one issuer's, told twice differently, is.
    let notes = "{FIRM} Corp is raising 100 mln dlrs through an offering of notes due 1997, said lead manager Grant Securities.\n    The notes were priced at 99.73 to yield {N} basis points over comparable Treasury securities.";
    let rows = template_flags("Torvald", "Ellesmere", notes, "100", "135");
    assert!(
        !has(&rows, "100 basis points", "135 basis points"),
        "{rows:#?}"
    );
    let rows = template_flags("Torvald", "Torvald", notes, "100", "135");
    assert!(
        has(&rows, "100 basis points", "135 basis points"),
        "{rows:#?}"
    );
    // Jobs a firm says it will cut are that firm's.
    let cuts = "{FIRM} Motors Corp said it would cut {N} jobs at its plants this year.";
    let rows = template_flags("Torvald", "Ellesmere", cuts, "800", "350");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags("Torvald", "Torvald", cuts, "800", "350");
    assert!(has(&rows, "800", "350"), "{rows:#?}");
}

#[test]
fn figures_listed_in_one_sentence_settle_but_do_not_disagree() {
    let rows = flags(&[
        (
            "r1",
            "Wire",
            "1987-03-04",
            "Norrland Motors cuts finance rates",
            "Norrland Motors said buyers may now select special finance rates of 3.9 pct on 24-month contracts, 7.9 pct on 36-month contracts or 9.9 pct on 60-month contracts.",
        ),
        (
            "r2",
            "Wire",
            "1987-03-04",
            "Norrland Motors cuts finance rates on its cars",
            "Norrland Motors said buyers may select 3.9 pct financing on 24-month contracts, a 7.9 pct interest rate on 36-month contracts or 9.9 pct on 60-month loans.",
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn tolls_far_apart_are_not_one_count() {
    // One shooting's toll against the city's weekend tally.
    let rows = flags(&[
        (
            "s1",
            "Channel 4",
            "2016-07-05",
            "Four shot at Oakmere block party",
            "Four people were shot at a block party in Oakmere late Sunday, police said. The victims were taken to Mercy Hospital.",
        ),
        (
            "s2",
            "Daily Star",
            "2016-07-05",
            "Oakmere block party shooting leaves four hurt",
            "Police said 20 people were shot at the Oakmere block party late Sunday, when gunfire broke out on Elm Street.",
        ),
    ]);
    assert!(!has(&rows, "Four", "20"), "{rows:#?}");
    // Close figures of one toll still disagree.
    let rows = flags(&[
        (
            "s3",
            "Channel 4",
            "2016-07-05",
            "Four shot at Oakmere block party",
            "Four people were shot at a block party in Oakmere late Sunday, police said.",
        ),
        (
            "s4",
            "Daily Star",
            "2016-07-05",
            "Oakmere block party shooting",
            "Police said five people were shot at the Oakmere block party late Sunday.",
        ),
    ]);
    assert!(has(&rows, "Four", "five"), "{rows:#?}");
}

#[test]
fn table_lines_are_read_under_their_period() {
    // The second printing leaves out the quarter's average shares and
    // gives the year's: the two "Avg shrs" lines are of other periods.
    // It prints the quarter's net loss in full where the first rounded
    // it down to thousands.
    let year_only = TABLE
        .replace("    Avg shrs 20.4 mln vs 20.4 mln\n", "")
        .replace("Net loss 310,000", "Net loss 310,482")
        + "    Avg shrs 21,950,000 vs 20,010,000\n";
    let rows = flags(&[
        (
            "t1",
            "Wire",
            "1987-03-12",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            TABLE,
        ),
        (
            "t2",
            "Wire",
            "1987-03-13",
            "ACME TOOL CORP <ATC> 4TH QTR LOSS",
            &year_only,
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn a_shooting_and_its_trial_months_later_are_one_story() {
    let (_dir, out) = scan_and_report(&[
        (
            "s1",
            "Ledger",
            "2016-03-01",
            "Teen killed in Eastfield shooting",
            "Jamal Whitfield, 19, was shot and killed on Birch Avenue on Monday night. \
             Police arrested Darnell Okafor, 22, at his home. \
             Sgt. Maria Castellanos said the two had argued. Mayor Tom Reddick called for calm.",
        ),
        (
            "s2",
            "Courier",
            "2016-06-20",
            "Guilty plea in teen's death",
            "Darnell Okafor pleaded guilty on Friday to second-degree murder. \
             He admitted shooting Jamal Whitfield after an argument over a debt.",
        ),
        (
            "s3",
            "Ledger",
            "2016-06-21",
            "Warehouse fire under investigation",
            "A fire gutted a warehouse on the industrial estate. \
             Sgt. Maria Castellanos said nobody was hurt. Mayor Tom Reddick visited the site.",
        ),
    ]);
    let story = stories_of(&out);
    assert_eq!(
        story["s1"], story["s2"],
        "the victim and the accused: {story:?}"
    );
    assert_ne!(
        story["s1"], story["s3"],
        "only officials in common: {story:?}"
    );
}

#[test]
fn articles_that_share_only_figures_are_two_stories() {
    let (_dir, out) = scan_and_report(&[
        (
            "f1",
            "Ledger",
            "2016-11-02",
            "Gunfire erupts on Zodiac Road",
            "Six people were shot on Zodiac Road in Oakhaven on Tuesday night. \
             Two people died at Regional One.",
        ),
        (
            "f2",
            "Courier",
            "2016-11-05",
            "Uptown block party attack",
            "Six people were shot on North Winthrop Avenue in Uptown early Saturday. \
             Two people died at Illinois Masonic.",
        ),
        (
            "f3",
            "Courier",
            "2016-11-05",
            "Library reopens",
            "The Westbrook library reopened on Monday after a year of repairs.",
        ),
    ]);
    let story = stories_of(&out);
    assert_ne!(story["f1"], story["f2"], "{story:?}");
}

#[test]
fn a_headline_toll_counts_in_the_story_figures() {
    let (_dir, out) = scan_and_report(&[
        (
            "h1",
            "Ledger",
            "2016-03-01",
            "3 killed, 5 injured in Birch Avenue shooting in Eastfield",
            "Police in Eastfield are investigating a shooting on Birch Avenue. \
             Detectives have not named a suspect.",
        ),
        (
            "h2",
            "Courier",
            "2016-03-01",
            "Birch Avenue shooting in Eastfield",
            "Three people were killed and five were injured in a shooting on Birch Avenue in Eastfield on Monday.",
        ),
    ]);
    let deaths: Vec<_> = read_csv(&out.join("story_figures.csv"))
        .into_iter()
        .filter(|r| r["frame"] == "deaths" && r["value"] == "3.0")
        .collect();
    assert_eq!(deaths.len(), 1, "{deaths:#?}");
    assert_eq!(deaths[0]["n_docs"], "2", "{deaths:#?}");
    assert!(deaths[0]["doc_ids"].contains("h1"), "{deaths:#?}");
}

#[test]
fn more_injured_than_wounded_is_a_whole_and_its_part() {
    // The wounded are the people hit; the injured may count anyone hurt
    // in the panic. Fewer injured than wounded is still a disagreement.
    let pair = |a: &'static str, b: &'static str| {
        flags(&[
            (
                "w1",
                "Ledger",
                "2016-05-24",
                "Gunman kills two at Juniper Street fair in Eastbrook",
                a,
            ),
            (
                "w2",
                "Courier",
                "2016-05-24",
                "Juniper Street fair shooting in Eastbrook",
                b,
            ),
        ])
    };
    let a = "A gunman killed two people and wounded seven others at the Juniper Street fair in Eastbrook on Saturday.";
    let rows = pair(
        a,
        "A gunman killed two people and injured fourteen others at the Juniper Street fair in Eastbrook on Saturday.",
    );
    assert!(!has(&rows, "seven", "fourteen"), "{rows:#?}");
    let rows = pair(
        a,
        "A gunman killed two people and injured four others at the Juniper Street fair in Eastbrook on Saturday.",
    );
    assert!(has(&rows, "seven", "four"), "{rows:#?}");
    let rows = pair(
        a,
        "A gunman killed two people and wounded fourteen others at the Juniper Street fair in Eastbrook on Saturday.",
    );
    assert!(has(&rows, "seven", "fourteen"), "{rows:#?}");
}

#[test]
fn victims_counted_as_others_after_the_dead_are_the_injured() {
    // No article counts the injured; one counts "two other gunshot
    // victims" after the dead: the survivors, two injured (derived).
    // Others of a sentence that counts a part are of that part.
    fn story<'a>(a: &'a str, b: &'a str) -> Vec<Doc<'a>> {
        vec![
            (
                "s1",
                "Ledger",
                "2016-04-02",
                "Two dead in Alder Street shooting in Northfield",
                a,
            ),
            (
                "s2",
                "Courier",
                "2016-04-02",
                "Alder Street shooting in Northfield leaves two dead",
                b,
            ),
        ]
    }
    let injured = |rows: &[Doc]| -> Vec<(String, String)> {
        let (_dir, out) = scan_and_report(rows);
        read_csv(&out.join("story_figures.csv"))
            .into_iter()
            .filter(|r| r["frame"] == "injured" && r["best"] == "true")
            .map(|r| (r["value"].clone(), r["basis"].clone()))
            .collect()
    };
    let told = story(
        "Two men were pronounced dead on Alder Street in Northfield on Friday. \
         Two other gunshot victims arrived at the hospital in private cars.",
        "Two men were killed in a shooting on Alder Street in Northfield on Friday night.",
    );
    assert_eq!(injured(&told), [("2.0".to_string(), "derived".to_string())]);
    let part = story(
        "Four men were shot dead on Alder Street in Northfield on Friday. \
         Two of the victims died inside the house and two other victims were taken to the hospital. \
         Both later died.",
        "Four men were killed in a shooting on Alder Street in Northfield on Friday night.",
    );
    assert_eq!(injured(&part), Vec::<(String, String)>::new());
}

#[test]
fn a_victims_name_links_two_reports_of_one_week() {
    // The shooting and the vigil two days later share the victim's name
    // and the street; each says much more that other stories share.
    let (_dir, out) = scan_and_report(&[
        (
            "n1",
            "Ledger",
            "2016-05-02",
            "Woman shot on Tamarack Lane",
            "Marisol Quenby, 19, was shot on Tamarack Lane in Eastfield on Sunday night. \
             Officers found her near Birchwood Park and took her to Saint Aldric Hospital. \
             Neighbors said the Greyson Academy band had played at the Corliss Pavilion \
             that evening, and the Wendover Mall stayed open late. Her cousins Rowan \
             Ashcombe and Tessaly Brandt, and her teacher Odile Varnham, were with her.",
        ),
        (
            "g1",
            "Ledger",
            "2016-05-03",
            "Band wins regional prize",
            "The Greyson Academy band won a regional prize at the Corliss Pavilion. \
             Parents met at Birchwood Park, then at the Wendover Mall, and one parent \
             who fell was treated at Saint Aldric Hospital. Rowan Ashcombe, Tessaly \
             Brandt and Odile Varnham played solos.",
        ),
        (
            "n2",
            "Courier",
            "2016-05-04",
            "Vigil held for teenager",
            "Friends of Marisol Quenby, who was shot on Tamarack Lane on Sunday, gathered \
             on Wednesday at Holloway Chapel. \
             Pastor Ignatius Merriweather led the prayers, and the Tilbury Choir sang. \
             The Fenwick Foundation and the Lantern Street Bakery gave candles, and \
             Corwin Blackmore, Ysolde Penhallow and Lucan Ferris spoke.",
        ),
        (
            "g2",
            "Courier",
            "2016-05-05",
            "Choir gives spring concert",
            "The Tilbury Choir gave its spring concert at Holloway Chapel. \
             Pastor Ignatius Merriweather thanked the Fenwick Foundation and the \
             Lantern Street Bakery. Corwin Blackmore, Ysolde Penhallow and Lucan Ferris \
             sang solos.",
        ),
    ]);
    let story = stories_of(&out);
    assert_eq!(story["n1"], story["n2"], "{story:?}");
}

#[test]
fn common_headline_words_alone_are_not_one_story() {
    // Six short reports of hunting accidents in one week: the headlines
    // share "hunting accident", which tells no event from another; only
    // the two that also name Caledonia, a word few headlines give, are
    // one story.
    let (_dir, out) = scan_and_report(&[
        (
            "a1",
            "Ledger",
            "2016-11-20",
            "Teen killed in hunting accident",
            "A teenager died on Saturday morning.",
        ),
        (
            "a2",
            "Courier",
            "2016-11-21",
            "Woman hurt in hunting accident near the ridge",
            "She was taken to a hospital.",
        ),
        (
            "a3",
            "Herald",
            "2016-11-22",
            "Hunting accident leaves father injured",
            "He is expected to recover.",
        ),
        (
            "a4",
            "Ledger",
            "2016-11-23",
            "Second hunting accident this season",
            "Wardens urged hunters to wear orange.",
        ),
        (
            "a5",
            "Courier",
            "2016-11-24",
            "Man shot in Caledonia hunting accident",
            "He was shot in the arm.",
        ),
        (
            "a6",
            "Herald",
            "2016-11-25",
            "Caledonia hunting accident: shooter identified",
            "Deputies spoke to the shooter.",
        ),
    ]);
    let story = stories_of(&out);
    assert_eq!(story["a5"], story["a6"], "{story:?}");
    for (x, y) in [("a1", "a2"), ("a1", "a3"), ("a2", "a4"), ("a1", "a5")] {
        assert_ne!(story[x], story[y], "{x} {y}: {story:?}");
    }
}

#[test]
fn two_names_months_apart_need_more_in_common_than_names() {
    // Two long reports five months apart quote the same two people, and
    // each shares much else with a report of its own week: the names
    // alone are not one story.
    let crowd = |names: &[&str]| -> String {
        names
            .iter()
            .map(|n| format!("{n} spoke at the meeting."))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let winter = [
        "Orla Fenwick",
        "Cato Brimley",
        "Idris Vantongeren",
        "Wenna Halloran",
        "Bastian Quell",
        "Ottilie Marchbank",
        "Ruadh Penhale",
        "Saoirse Dunmore",
        "Teodor Ashgrove",
        "Ulla Brackwater",
        "Vivek Tannahill",
        "Wilhelmina Scarrow",
    ];
    let summer = [
        "Ansel Grimshaw",
        "Briony Tolliver",
        "Cormac Ellery",
        "Delphine Starkey",
        "Emrys Walcott",
        "Fenella Crouch",
        "Gideon Harrow",
        "Honora Blyth",
        "Ignatius Pell",
        "Juniper Castell",
        "Kester Loveday",
        "Lavinia Thorne",
    ];
    let both = "Lorcan Pettigrew and Annika Sorvald were there too.";
    let (_dir, out) = scan_and_report(&[
        (
            "w1",
            "Ledger",
            "2016-01-10",
            "Harbour plan debated",
            &format!("{} {both}", crowd(&winter)),
        ),
        (
            "w2",
            "Courier",
            "2016-01-11",
            "Second night of harbour talks",
            &crowd(&winter),
        ),
        (
            "s1",
            "Ledger",
            "2016-06-10",
            "Festival budget set",
            &format!("{} {both}", crowd(&summer)),
        ),
        (
            "s2",
            "Courier",
            "2016-06-11",
            "Festival plans approved",
            &crowd(&summer),
        ),
    ]);
    let story = stories_of(&out);
    assert_eq!(story["w1"], story["w2"], "{story:?}");
    assert_eq!(story["s1"], story["s2"], "{story:?}");
    assert_ne!(story["w1"], story["s1"], "{story:?}");
}

#[test]
fn one_outlets_byline_does_not_link_its_stories() {
    // The same reporter signs a flood report and a teachers' march in one
    // week; each story is also told by another outlet.
    let crowd = |names: &[&str]| -> String {
        names
            .iter()
            .map(|n| format!("{n} was there."))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flood = [
        "Orla Fenwick",
        "Cato Brimley",
        "Idris Vantongeren",
        "Wenna Halloran",
        "Bastian Quell",
        "Ottilie Marchbank",
    ];
    let march = [
        "Ansel Grimshaw",
        "Briony Tolliver",
        "Cormac Ellery",
        "Delphine Starkey",
        "Emrys Walcott",
        "Fenella Crouch",
    ];
    let (_dir, out) = scan_and_report(&[
        (
            "b1",
            "Ledger",
            "2016-03-10",
            "Flood waters rise",
            &format!(
                "By Hester Vail, Ledger. Flood waters rose in Port Merrow on Monday. {}",
                crowd(&flood)
            ),
        ),
        (
            "f1",
            "Courier",
            "2016-03-11",
            "River floods homes",
            &crowd(&flood),
        ),
        (
            "b2",
            "Ledger",
            "2016-03-14",
            "Teachers march",
            &format!(
                "By Hester Vail, Ledger. Teachers marched in Port Merrow on Saturday. {}",
                crowd(&march)
            ),
        ),
        (
            "f2",
            "Courier",
            "2016-03-15",
            "Teachers demand pay rise",
            &crowd(&march),
        ),
    ]);
    let story = stories_of(&out);
    assert_eq!(story["b1"], story["f1"], "{story:?}");
    assert_eq!(story["b2"], story["f2"], "{story:?}");
    assert_ne!(story["b1"], story["b2"], "{story:?}");
}

#[test]
fn an_implied_count_of_one_fills_a_frame_but_is_never_compared() {
    let shooting =
        |id: &str, source: &str, text: &str| (id.to_string(), source.to_string(), text.to_string());
    let docs = [
        shooting(
            "i1",
            "Ledger",
            "A person was shot and killed on Birch Avenue in Eastfield on Monday, police said. \
             Detective Mara Quillon of the Eastfield police said no arrest had been made.",
        ),
        shooting(
            "i5",
            "Post",
            "Police said a person was killed on Birch Avenue in Eastfield on Monday. \
             Detective Mara Quillon said no arrest had been made.",
        ),
        shooting(
            "i2",
            "Courier",
            "Two people were killed in a shooting on Birch Avenue in Eastfield on Monday. \
             Detective Mara Quillon said no arrest had been made.",
        ),
        shooting(
            "i3",
            "Herald",
            "A woman was killed on Larch Road in Westbury on Friday, police said. \
             Officer Tobin Arkwright said the case was open.",
        ),
        shooting(
            "i4",
            "Gazette",
            "Police in Westbury said a woman died on Larch Road on Friday. \
             Officer Tobin Arkwright said the case was open.",
        ),
    ];
    let rows: Vec<_> = docs
        .iter()
        .map(|(id, s, t)| {
            (
                id.as_str(),
                s.as_str(),
                "2016-03-01",
                "Shooting",
                t.as_str(),
            )
        })
        .collect();
    let (_dir, out) = scan_and_report(&rows);
    // "a person was killed" against "two people were killed": one of
    // the dead, not a disagreement.
    assert!(
        inconsistencies(&out).is_empty(),
        "{:#?}",
        inconsistencies(&out)
    );
    let figures = read_csv(&out.join("story_figures.csv"));
    let best = |doc: &str| -> Vec<String> {
        figures
            .iter()
            .filter(|r| r["frame"] == "deaths" && r["best"] == "true" && r["doc_ids"].contains(doc))
            .map(|r| r["value"].clone())
            .collect()
    };
    // The written toll is the best-supported value, though fewer
    // sources give it; where no article writes one, the implied count of
    // one is.
    assert_eq!(best("i2"), ["2.0"], "{figures:#?}");
    assert_eq!(best("i3"), ["1.0"], "{figures:#?}");
}

#[test]
fn figures_at_different_places_of_one_sentence_are_not_compared() {
    // Two reports of one company's dividend with the same line word for
    // word: the prior final dividend (125) and the current total (190)
    // are different things, wherever they stand in their tables.
    let line = "Final div 135 pence vs 125 pence making 190 pence vs 180 pence.";
    let rows = flags(&[
        (
            "d1",
            "Wire",
            "1987-03-12",
            "ACME HOLDINGS PLC RAISES DIVIDEND",
            &format!("ACME Holdings plc said its board raised the dividend.\n    {line}\n    Pretax profit 41.2 mln stg vs 35.0 mln\n"),
        ),
        (
            "d2",
            "Wire",
            "1987-03-12",
            "ACME HOLDINGS PLC YEAR RESULTS",
            &format!("ACME Holdings plc reported higher year profit.\n    Pretax profit 41.2 mln stg vs 35.0 mln\n    Turnover 310 mln stg vs 290 mln\n    {line}\n"),
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn tolls_one_apart_agree_where_the_story_says_the_killer_died() {
    let docs = |killer: &str| -> Vec<(String, String, String, String, String)> {
        vec![
            (
                "m1".into(),
                "Channel 4".into(),
                "2016-07-05".into(),
                "Four dead in Oakmere bar shooting".into(),
                "Four people were killed in a shooting at the Tallow Bar in Oakmere late Sunday, police said. Detectives were at the Tallow Bar all night.".into(),
            ),
            (
                "m2".into(),
                "Daily Star".into(),
                "2016-07-05".into(),
                "Three killed at Oakmere bar".into(),
                format!("Three people were killed in a shooting at the Tallow Bar in Oakmere late Sunday, police said. {killer}"),
            ),
        ]
    };
    let run = |killer: &str| {
        let owned = docs(killer);
        let borrowed: Vec<Doc> = owned
            .iter()
            .map(|(a, b, c, d, e)| (a.as_str(), b.as_str(), c.as_str(), d.as_str(), e.as_str()))
            .collect();
        flags(&borrowed)
    };
    // Nothing says the killer died: four against three disagree.
    let rows = run("Detectives were at the Tallow Bar all night.");
    assert!(has(&rows, "Four", "Three"), "{rows:#?}");
    // The gunman killed himself: the four may count him.
    let rows = run("The gunman shot the three before killing himself, police said.");
    assert!(!has(&rows, "Four", "Three"), "{rows:#?}");
}

#[test]
fn a_session_is_read_from_the_figures_own_clause() {
    // "On Friday morning" tells when the dealers spoke, not of Thursday's
    // low: the clause of the figure names no session.
    let rows = flags(&[
        (
            "x1",
            "Meridian Wire",
            "2004-12-31",
            "Dollar slides to record low against the euro",
            "The dollar hit a record low of $1.3666 versus the euro on Thursday. Traders at Northfield Bank said the Federal Reserve was unlikely to act.",
        ),
        (
            "x2",
            "Daily Star",
            "2004-12-31",
            "Dollar hovers near record low against the euro",
            "On Friday morning, dealers said the dollar had hit a record low of $1.3667 versus the euro on Thursday. Traders at Northfield Bank said the Federal Reserve was unlikely to act.",
        ),
    ]);
    assert!(has(&rows, "$1.3666", "$1.3667"), "{rows:#?}");
}

#[test]
fn a_currency_told_in_another_is_its_pairs_rate() {
    // A minister's stated rate for sterling in marks, told twice: one
    // figure of one pair, whoever the minister spoke to.
    let rows = flags(&[
        (
            "r1",
            "Meridian Wire",
            "1987-04-01",
            "Treasury chief names sterling target",
            "Keller told reporters at a Halvern Council lunch that he was happy with sterling near present levels, naming rates of around 2.20 marks and 1.50 dlrs.",
        ),
        (
            "r2",
            "Daily Star",
            "1987-04-01",
            "Treasury chief names sterling target",
            "Keller said at the Halvern Council lunch that sterling should hold near a rate of around 2.90 marks and 1.50 dlrs to the pound.",
        ),
    ]);
    assert!(
        has(&rows, "around 2.20 marks", "around 2.90 marks"),
        "{rows:#?}"
    );
    // The market's opening and its fixing are two moments of one day.
    let rows = flags(&[
        (
            "m1",
            "Meridian Wire",
            "1987-04-01",
            "Dollar opens lower in Frankfurt",
            "Early on, the dollar opened lower at 1.7610 marks after 1.7655 on Monday, Frankfurt dealers said.",
        ),
        (
            "m2",
            "Daily Star",
            "1987-04-01",
            "Dollar fixed lower in Frankfurt",
            "The central bank stayed out of the market as the dollar was fixed lower at 1.7625 marks after 1.7648 on Monday, Frankfurt dealers said.",
        ),
    ]);
    assert!(!has(&rows, "1.7610 marks", "1.7625 marks"), "{rows:#?}");
}

#[test]
fn a_places_statistic_disagrees_between_outlets() {
    // The same month's average house price of one country, given by
    // two outlets from one release: no organisation holds it, the place
    // does.
    let rows = flags(&[
        (
            "p1",
            "Paper A",
            "2024-03-02",
            "House prices rise in February",
            "The average house price in England was £180,126 in February, the Land Registry said.",
        ),
        (
            "p2",
            "Paper B",
            "2024-03-02",
            "Land Registry: prices up in February",
            "The average house price in England was £180,226 in February, according to the Land Registry.",
        ),
    ]);
    assert!(has(&rows, "£180,126", "£180,226"), "{rows:#?}");
    // The place before the measure ("UK house prices"), after "in the",
    // and the clause a participle carries on ("rose 2.1%, taking the
    // average price to ...") hold it too.
    let rows = flags(&[
        (
            "p1",
            "Paper A",
            "2024-03-02",
            "House prices rise in February",
            "The average house price in the UK rose to £180,126 in February, the Land Registry said.",
        ),
        (
            "p2",
            "Paper B",
            "2024-03-02",
            "Land Registry: prices up in February",
            "UK house prices rose 2.1% in the year to February, taking the average price to £180,226, according to the Land Registry.",
        ),
    ]);
    assert!(has(&rows, "£180,126", "£180,226"), "{rows:#?}");
    // Prices of two places are two figures.
    let rows = flags(&[
        (
            "p1",
            "Paper A",
            "2024-03-02",
            "House prices rise in February",
            "The average house price in England was £180,126 in February, the Land Registry said.",
        ),
        (
            "p2",
            "Paper B",
            "2024-03-02",
            "Land Registry: prices up in February",
            "The average house price in Wales was £150,226 in February, according to the Land Registry.",
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn debts_a_rating_action_covers_are_not_compared() {
    // One agency's actions on two utilities, and two agencies' actions
    // on one bank: each names the debt its own action covers.
    let rows = flags(&[
        (
            "r1",
            "Wire",
            "1987-03-02",
            "MOODY'S DOWNGRADES ARBOR POWER AND LIGHT",
            "Moody's Investors Service Inc said it downgraded 850 mln dlrs of debt of Arbor Power and Light Co.",
        ),
        (
            "r2",
            "Wire",
            "1987-03-02",
            "MOODY'S DOWNGRADES CALDER GAS AND ELECTRIC",
            "Moody's Investors Service Inc said it downgraded 420 mln dlrs of debt of Calder Gas and Electric Co.",
        ),
        (
            "r3",
            "Wire",
            "1987-03-05",
            "S/P AFFIRMS KESTREL BANKS INC DEBT",
            "Standard and Poor's Corp said it affirmed Kestrel Banks Inc's 500 mln dlrs of debt.",
        ),
        (
            "r4",
            "Wire",
            "1987-03-05",
            "MOODY'S AFFIRMS KESTREL BANKS INC DEBT",
            "Moody's Investors Service Inc said it affirmed the ratings on 1.4 billion dlrs of debt of Kestrel Banks Inc and its unit.",
        ),
    ]);
    assert!(rows.is_empty(), "{rows:#?}");
    // A debt named in other news is still compared.
    let rows = flags(&[
        (
            "g1",
            "Paper A",
            "1987-03-02",
            "DOME MINES GUARANTEE FOR ARCTIC PETROLEUM",
            "Dome Mines Ltd has guaranteed 225 mln dlrs of debt of Arctic Petroleum Corp, the company said.",
        ),
        (
            "g2",
            "Paper B",
            "1987-03-02",
            "DOME MINES BACKS ARCTIC PETROLEUM DEBT",
            "Dome Mines Ltd has guaranteed 255 mln dlrs of debt of Arctic Petroleum Corp, it said.",
        ),
    ]);
    assert!(has(&rows, "225 mln dlrs", "255 mln dlrs"), "{rows:#?}");
}

/// Two outlets' reports of one day (`date`), each a headline and a
/// text: `a` and `b` open them, `tails` follow.
fn day_flags(
    date: &str,
    titles: [&str; 2],
    (a, b): (&str, &str),
    tails: [&str; 2],
) -> Vec<Disagreement> {
    flags(&[
        (
            "d1",
            "Daily Ledger",
            date,
            titles[0],
            &format!("{a}{}", tails[0]),
        ),
        (
            "d2",
            "Evening Courier",
            date,
            titles[1],
            &format!("{b}{}", tails[1]),
        ),
    ])
}

/// Two reports of one day's currency markets, `a` and `b` the sentences
/// that give the dollar's low.
fn market_flags(a: &str, b: &str) -> Vec<Disagreement> {
    day_flags(
        "2005-03-10",
        [
            "Dollar sinks against the euro as traders fret over deficit",
            "Dollar sinks against the euro on deficit worries",
        ],
        (a, b),
        [
            " Traders in Frankfurt and London blamed the trade deficit, which widened again in January.",
            " Dealers said worries over the trade deficit, which widened again in January, weighed on the currency.",
        ],
    )
}

#[test]
fn a_record_is_one_point_of_its_series() {
    // A figure listed beside another of its series is not compared ...
    let rows = market_flags(
        "The dollar slid to $1.2910 against the euro on Tuesday, before recovering to $1.2875.",
        "The dollar fell to $1.2915 against the euro on Tuesday.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
    // ... unless it is told as the record: the record low of one day is
    // one figure, which two reports give differently.
    let rows = market_flags(
        "The dollar slid to a record $1.2910 against the euro on Tuesday, before recovering to $1.2875.",
        "The dollar fell to a record low of $1.2915 against the euro on Tuesday.",
    );
    assert!(has(&rows, "$1.2910", "$1.2915"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "{rows:#?}");
}

#[test]
fn a_correction_that_reprints_the_years_section_alone_is_compared_with_it() {
    // The quarter's item gives the year second, under "Year"; the
    // correction a week later prints the year's lines alone, with the
    // prior year's share figure one cent lower. Cents a share are printed
    // exactly: one apart is a correction, not a rounding.
    let quarter = "Oper shr 31 cts vs 29 cts\n    Oper net 3,114,000 vs 2,870,000\n    Revs 52.6 mln vs 47.3 mln\n    Avg shrs 10,050,000 vs 9,900,000\n    Year\n    Oper shr 1.12 dlrs vs 1.07 dlrs\n    Oper net 11,260,000 vs 10,590,000\n    Revs 201.4 mln vs 184.9 mln\n    Avg shrs 10,020,000 vs 9,880,000\n";
    let year = "Oper shr 1.12 dlrs vs 1.06 dlrs\n    Oper net 11,260,000 vs 10,590,000\n    Revs 201.4 mln vs 184.9 mln\n    Avg shrs 10,020,000 vs 9,880,000\n    Company corrects prior year per-share operating net in table\nwhich originally ran March 4\n";
    let rows = flags(&[
        (
            "q1",
            "Wire",
            "1987-03-04",
            "NORTHFIELD PAPER CO <NFP> 4TH QTR NET",
            quarter,
        ),
        (
            "q2",
            "Wire",
            "1987-03-11",
            "NORTHFIELD PAPER CO <NFP> YEAR NET",
            year,
        ),
    ]);
    assert!(has(&rows, "1.07 dlrs", "1.06 dlrs"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "only the corrected cell: {rows:#?}");
}

/// Two reports of one firm's results on one day, `a` and `b` their
/// first sentences.
fn results_flags(a: &str, b: &str) -> Vec<Disagreement> {
    let tail = " Halvorsen Holdings, based in Brisk, makes valves for oil producers. Its chief executive, Ruth Amberley, said demand was recovering.";
    day_flags(
        "2026-04-28",
        [
            "Halvorsen Holdings results top forecasts",
            "Halvorsen Holdings profit rises as valve demand recovers",
        ],
        (a, b),
        [tail, tail],
    )
}

#[test]
fn what_analysts_expected_is_not_what_was_reported() {
    let rows = results_flags(
        "Halvorsen Holdings earned 85 cents a share in the first quarter.",
        "Analysts had expected Halvorsen Holdings to earn 80 cents a share in the first quarter.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
    // Two reports of what the firm earned still disagree.
    let rows = results_flags(
        "Halvorsen Holdings earned $410 million in the first quarter.",
        "Halvorsen Holdings earned $440 million in the first quarter.",
    );
    assert!(has(&rows, "$410 million", "$440 million"), "{rows:#?}");
}

#[test]
fn a_days_high_is_not_its_close() {
    let rows = results_flags(
        "Halvorsen Holdings shares rose as much as 6% to $43.10 in early trading.",
        "Halvorsen Holdings shares closed up 3% at $41.90.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn jobs_a_firm_will_cut_are_compared() {
    let rows = results_flags(
        "Halvorsen Holdings said it would cut 1,200 jobs.",
        "Halvorsen Holdings said it would cut 1,500 jobs.",
    );
    assert!(has(&rows, "1,200", "1,500"), "{rows:#?}");
}

#[test]
fn a_toll_told_with_a_month_weeks_before_is_another_incident() {
    let tail = " Officers found shell casings in the parking lot of the Corbel Tavern on Linden Avenue in Brisk, Lt. Dana Whitcombe said.";
    let docs = |history: &str| {
        flags(&[
            (
                "h1",
                "Brisk Ledger",
                "2026-05-11",
                "Two wounded in shooting outside Corbel Tavern",
                &format!("Two people were wounded in a shooting outside the Corbel Tavern, police said.{tail}"),
            ),
            (
                "h2",
                "Harbor Courier",
                "2026-05-11",
                "Corbel Tavern shooting leaves two hurt",
                &format!("Police are looking for the gunman who opened fire outside the Corbel Tavern late Saturday. {history}{tail}"),
            ),
        ])
    };
    // "In March": weeks before the article, another shooting at the bar.
    let rows = docs("It was the second shooting at the bar this year; in March, five people were wounded there.");
    assert!(rows.is_empty(), "{rows:#?}");
    // Saturday's toll given differently is still a disagreement.
    let rows = docs("Five people were wounded, police said.");
    assert!(has(&rows, "Two", "Five"), "{rows:#?}");
}

/// Two reports of one company's quarter, `a` and `b` the sentences that
/// give its profit.
fn results_day_flags(a: &str, b: &str) -> Vec<Disagreement> {
    day_flags(
        "2016-08-02",
        [
            "Quellon profit rises as sales climb",
            "Quellon beats estimates on strong sales",
        ],
        (a, b),
        [
            " Its shares rose in early trading.",
            " The company kept its forecast for the year.",
        ],
    )
}

#[test]
fn a_profit_beside_the_revenue_it_was_made_on_is_compared() {
    // The revenue the profit was made on is another measure, not a list
    // of profits: the profit is one figure, which two reports give
    // differently.
    let rows = results_day_flags(
        "Quellon Corp said its second-quarter net profit rose 8 percent to $412 million, on revenue of $3.1 billion.",
        "Quellon Corp earned $421 million in the second quarter.",
    );
    assert!(has(&rows, "$412 million", "$421 million"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "{rows:#?}");
    // Two profits in one sentence (of two units, say) are still a list.
    let rows = results_day_flags(
        "Quellon Corp said its second-quarter net profit rose 8 percent to $412 million, after a profit of $95 million at its lending arm.",
        "Quellon Corp earned $421 million in the second quarter.",
    );
    assert!(!has(&rows, "$412 million", "$421 million"), "{rows:#?}");
}

#[test]
fn two_sites_of_one_network_need_more_than_its_promotions() {
    // Two stations of one network print the same credits and promotions
    // under every story: a fire in one city and a robbery in another are
    // two stories. The same pages under two outlets' names share those
    // names as news would.
    let promo = " Copyright Brightline Media Group. Watch Brightline Radio News with Delia Farrow and Marcus Oyelaran, on the Brightline Television Network. Follow Brightline Sports Desk.";
    let fire = format!("A warehouse on Kettle Road burned overnight in Arden.{promo}");
    let robbery = format!("A clerk was robbed at gunpoint at a gas station in Dunmore.{promo}");
    // The network's other stories, months apart: its promotions are in
    // many of its pages.
    let others: Vec<(String, String, String)> = (0..12)
        .map(|k| {
            (
                format!("o{k}"),
                format!("2015-{:02}-0{}", k % 12 + 1, 1 + k / 12 * 4),
                format!("Story number {k} of the week.{promo}"),
            )
        })
        .collect();
    let stories = |host_a: &str, host_b: &str| {
        let mut docs: Vec<Doc> = vec![
            (
                "n1",
                host_a,
                "2016-01-18",
                "Warehouse fire on Kettle Road",
                &fire,
            ),
            (
                "n2",
                host_b,
                "2016-01-20",
                "Clerk robbed at Dunmore gas station",
                &robbery,
            ),
        ];
        for (id, date, text) in &others {
            docs.push((id, "ridge.brightline.com", date, "Week in review", text));
        }
        let (_dir, out) = scan_and_report(&docs);
        stories_of(&out)
    };
    let one = stories("arden.brightline.com", "dunmore.brightline.com");
    assert_ne!(one["n1"], one["n2"], "{one:?}");
    let two = stories("ardentimes.com", "dunmorepost.com");
    assert_eq!(two["n1"], two["n2"], "{two:?}");
}

#[test]
fn conversions_differ_by_their_rates_and_disagree_by_a_slip() {
    // Each outlet converts the profit at its own rate: no disagreement.
    let rows = results_day_flags(
        "Quellon Corp said its annual pretax profit rose 8% to £933m ($1.78bn).",
        "Quellon Corp said its annual pretax profit rose to £933m ($1.75bn).",
    );
    assert!(rows.is_empty(), "{rows:#?}");
    // A conversion printed ten times too small is a slip to check.
    let rows = results_day_flags(
        "Quellon Corp said its annual pretax profit rose 8% to $1.8bn (£940m).",
        "Quellon Corp said its annual pretax profit rose to $1.8bn (£94m).",
    );
    assert!(has(&rows, "£940m", "£94m"), "{rows:#?}");
}

#[test]
fn justices_named_in_two_stories_months_apart_are_officials() {
    // A court's justices are named in every story of the court's beat:
    // a justice's remarks in July and a nomination fight in March are
    // two stories. Three people named in both without a title reach as
    // far as a victim and the accused do at a trial.
    let stories = |title: &str| {
        let (_dir, out) = scan_and_report(&[
            (
                "c1",
                "Capital Ledger",
                "2016-07-12",
                "Ellwood rebuked over remarks on candidate",
                &format!(
                    "{title}Marta Ellwood drew criticism on Tuesday for remarks about a presidential candidate. {title}Owen Brack and {title}Tilda Varn declined to comment. Ellwood said she regretted the remarks."
                ),
            ),
            (
                "c2",
                "Evening Courier",
                "2017-03-23",
                "Senate fight over court nominee",
                &format!(
                    "Senators clashed on Thursday over the nomination of Hollis Dunmore to the court, where he would join {title}Marta Ellwood, {title}Owen Brack and {title}Tilda Varn. A vote is expected next week."
                ),
            ),
        ]);
        stories_of(&out)
    };
    let titled = stories("Justice ");
    assert_ne!(titled["c1"], titled["c2"], "{titled:?}");
    let plain = stories("");
    assert_eq!(plain["c1"], plain["c2"], "{plain:?}");
}

#[test]
fn a_follow_up_that_opens_on_its_incidents_toll_supports_it() {
    // The arrest weeks later opens on the shooting it follows up, dated by
    // its month: the toll is the story's. So is the same toll told further
    // down, as background, when the article counts no casualty of its own
    // days; beside a shooting of its own days it is an earlier
    // incident's.
    let arrest = |opening: &str| {
        let (_dir, out) = scan_and_report(&[
            (
                "s1",
                "Arden Ledger",
                "2016-09-10",
                "Four wounded in Arden Lounge shooting",
                "Four people were wounded in a shooting at the Arden Lounge on Friday night, police said. Detectives are searching for Corwin Maddox Pellew, 24, in the shooting of Thalia Brennock Vance.",
            ),
            (
                "s2",
                "Evening Courier",
                "2016-10-20",
                "Arrest in Arden Lounge shooting",
                opening,
            ),
        ]);
        let rows = read_csv(&out.join("story_figures.csv"));
        rows.iter()
            .find(|r| r["event"] == "injured" && r["value"] == "4.0")
            .map(|r| r["n_docs"].clone())
    };
    let lead = arrest("Police arrested Corwin Maddox Pellew on Wednesday in a September shooting at the Arden Lounge that left four people wounded. Thalia Brennock Vance is recovering.");
    assert_eq!(lead.as_deref(), Some("2"), "{lead:?}");
    let background = arrest("Police arrested Corwin Maddox Pellew on Wednesday. Thalia Brennock Vance is recovering. In September, four people were wounded at the Arden Lounge.");
    assert_eq!(background.as_deref(), Some("2"), "{background:?}");
    let beside = arrest("Police arrested Corwin Maddox Pellew on Wednesday after a man was shot outside the Arden Lounge. Thalia Brennock Vance is recovering. In September, four people were wounded at the Arden Lounge.");
    assert_eq!(beside.as_deref(), Some("1"), "{beside:?}");
}

#[test]
fn two_candidates_votes_and_two_statistics_are_two_figures() {
    // A candidate's votes are the candidate's: two candidates' counts in
    // one race are two figures; one candidate's, told twice, is one.
    let votes = "{FIRM} Marwood won the Harwick mayoral race with {N} votes, election officials said on Wednesday.";
    let rows = template_flags("Dana", "Lee", votes, "52,310", "48,200");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags("Dana", "Dana", votes, "52,310", "53,310");
    assert!(has(&rows, "52,310", "53,310"), "{rows:#?}");
    // So is a candidate's share of the vote.
    let share = "{FIRM} Marwood took {N} percent of the vote in the Harwick mayoral race, election officials said on Wednesday.";
    let rows = template_flags("Dana", "Lee", share, "52", "45");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags("Dana", "Dana", share, "52", "54");
    assert!(has(&rows, "52 percent", "54 percent"), "{rows:#?}");
    // The median and the average of one market are two statistics.
    let price = "The {FIRM} house price in Harwick rose to ${N} in February, the realtors' association said on Tuesday.";
    let rows = template_flags("median", "average", price, "320,000", "350,000");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags("median", "median", price, "320,000", "350,000");
    assert!(has(&rows, "$320,000", "$350,000"), "{rows:#?}");
}

#[test]
fn jobs_of_two_places_are_two_figures() {
    // A firm's cuts in one country and in a continent are two figures;
    // its cuts in one country, told twice differently, are one.
    let cuts =
        "Torvald Motors Corp said it would cut {N} jobs in {FIRM} as part of a restructuring.";
    let rows = template_flags("Germany", "Europe", cuts, "900", "1,200");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags("Germany", "Germany", cuts, "900", "1,200");
    assert!(has(&rows, "900", "1,200"), "{rows:#?}");
    // A sentence that opens on a place or body tells its jobs of it: a
    // part of the jobs told of none; of one body, told twice, one figure.
    let fronted = "{FIRM}, {N} jobs will go, Torvald Motors Corp said on Tuesday.";
    let rows = template_flags("At Bremen Works", "Meanwhile", fronted, "900", "1,200");
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = template_flags(
        "At Bremen Works",
        "At Bremen Works",
        fronted,
        "900",
        "1,200",
    );
    assert!(has(&rows, "900", "1,200"), "{rows:#?}");
    // A month is no place.
    let rows = template_flags("In March", "Meanwhile", fronted, "900", "1,200");
    assert!(has(&rows, "900", "1,200"), "{rows:#?}");
}

/// The flags between two outlets' reports of one story, a day apart
/// (mid-January 1987), under one headline.
fn two_reports(title: &str, first: &str, second: &str) -> Vec<Disagreement> {
    flags(&[
        ("s1", "Wire", "1987-01-15", title, first),
        ("s2", "Harbor Ledger", "1987-01-16", title, second),
    ])
}

#[test]
fn a_balance_with_one_partner_is_not_the_balance_with_all() {
    let surplus =
        |first: &str, second: &str| two_reports("TAIWAN TRADE SURPLUS AT RECORD", first, second);
    let all = "Taiwan's exports rose, leaving a record 15.6 billion dlr trade surplus in 1986, the finance ministry said.";
    let rows = surplus(
        "Taiwan's exports rose, leaving a record 13.6 billion dlr trade surplus with the U.S. in 1986, the finance ministry said.",
        all,
    );
    assert!(rows.is_empty(), "{rows:#?}");
    // The balance with all, told twice differently, is one figure.
    let rows = surplus(
        "Taiwan's exports rose, leaving a record 13.6 billion dlr trade surplus in 1986, the finance ministry said.",
        all,
    );
    assert!(
        has(&rows, "13.6 billion dlr", "15.6 billion dlr"),
        "{rows:#?}"
    );
}

#[test]
fn loans_of_two_lenders_are_two_figures() {
    let loan = |first: &str, second: &str| two_reports("MEXICO SIGNS LOANS", first, second);
    let rows = loan(
        "Mexico signed a one billion dlr loan from the Japanese government on Wednesday, Finance Minister Gustavo Petricioli said.",
        "Mexico signed a 100 mln dlr loan with the Inter-American Development Bank on Wednesday, Finance Minister Gustavo Petricioli said.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
    // One lender's loan, told twice differently, is one figure.
    let rows = loan(
        "Mexico signed a one billion dlr loan from the Japanese government on Wednesday, Finance Minister Gustavo Petricioli said.",
        "Mexico signed a 100 mln dlr loan from the Japanese government on Wednesday, Finance Minister Gustavo Petricioli said.",
    );
    assert!(has(&rows, "one billion dlr", "100 mln dlr"), "{rows:#?}");
    // So are two bidders' bids.
    let rows = loan(
        "Halden Rovers said on Wednesday they had received an £8m bid from Tottenham for their striker.",
        "Halden Rovers said on Wednesday they had received a £6m bid from Everton for their striker.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
}

#[test]
fn real_and_current_money_are_two_figures() {
    let outlays = |first: &str, second: &str| {
        two_reports("U.S. CONSTRUCTION SPENDING ROSE IN DECEMBER", first, second)
    };
    let current = "U.S. construction spending rose in December to an annual rate of 378.5 billion dlrs, the Commerce Department said.";
    let rows = outlays(
        current,
        "In constant dollars, U.S. construction spending rose in December to an annual rate of 341.3 billion dlrs, the Commerce Department said.",
    );
    assert!(rows.is_empty(), "{rows:#?}");
    let rows = outlays(
        current,
        "U.S. construction spending rose in December to an annual rate of 341.3 billion dlrs, the Commerce Department said.",
    );
    assert!(
        has(&rows, "378.5 billion dlrs", "341.3 billion dlrs"),
        "{rows:#?}"
    );
}

/// Two reports of one council race, the rival's count told as `rival`.
fn race_flags(rival: &str) -> Vec<Disagreement> {
    flags(&[
        (
            "v1",
            "Harbor Times",
            "2026-05-06",
            "Brandt wins Ferris County seat",
            "Elena Brandt won the Ferris County council seat with 52,310 votes, while Tom Ackerly received 48,120, according to unofficial results.",
        ),
        (
            "v2",
            "Coast Gazette",
            "2026-05-06",
            "Brandt takes Ferris County",
            &format!("Elena Brandt received 52,310 votes to {rival} for Tom Ackerly in the Ferris County council race."),
        ),
    ])
}

#[test]
fn a_rivals_votes_disagree_with_the_rivals_votes() {
    // Each candidate's count in one sentence is compared with the same
    // candidate's count elsewhere, never with the other candidate's.
    let rows = race_flags("48,210");
    assert!(has(&rows, "48,120", "48,210"), "{rows:#?}");
    assert_eq!(rows.len(), 1, "{rows:#?}");
    assert!(race_flags("48,120").is_empty());
}

/// Two same-day reports of one company's results, the second's figure
/// told in `b`.
fn telmar_flags(b: &str) -> Vec<Disagreement> {
    flags(&[
        (
            "q1",
            "Market Wire",
            "2026-07-28",
            "Telmar profit falls",
            "Telmar Inc said second-quarter net income fell to $82 million, or 61 cents a share, from $97 million a year earlier. Chief executive Dana Pell said demand for Telmar turbines slowed in Europe.",
        ),
        (
            "q2",
            "Finance Daily",
            "2026-07-28",
            "Telmar earnings slip",
            &format!("Telmar Inc reported lower profits on Tuesday as demand for its turbines slowed in Europe, chief executive Dana Pell said. {b}"),
        ),
    ])
}

#[test]
fn a_quarters_amount_is_not_a_half_years() {
    // The half-year's net income is another figure than the quarter's,
    // whether the span opens the sentence or follows the amount.
    assert!(
        telmar_flags("For the first half, net income was $170 million, or $1.26 a share.")
            .is_empty()
    );
    assert!(telmar_flags(
        "It earned net income of $170 million, or $1.26 a share, for the six months."
    )
    .is_empty());
    assert!(
        telmar_flags("Net income was $170 million in the first six months of the year.").is_empty()
    );
    // The same quarter's amount told otherwise still disagrees.
    let rows = telmar_flags("Net income for the second quarter was $87 million.");
    assert!(has(&rows, "$82 million", "$87 million"), "{rows:#?}");
}

#[test]
fn a_total_that_is_anothers_stated_part_is_no_disagreement() {
    // One report splits the toll by place; the other gives one place's
    // count as its toll: a part, not a second count of the whole.
    let storm = |b: &str| {
        flags(&[
            (
                "s1",
                "Harbor Times",
                "2026-04-10",
                "Storms kill 15 across the South",
                "Tornadoes and storms killed 15 people across the South on Thursday, officials said: 12 in Texas and three in Louisiana. Governor Ray Dunn said 40 homes were destroyed in Tyler County.",
            ),
            (
                "s2",
                "Coast Gazette",
                "2026-04-10",
                "Texas tornadoes kill people",
                &format!("{b} Governor Ray Dunn said at least 40 homes were destroyed in Tyler County."),
            ),
        ])
    };
    assert!(storm("Tornadoes killed 12 people in Texas on Thursday.").is_empty());
    // A toll that is no stated part still disagrees.
    let rows = storm("Tornadoes killed 11 people across the South on Thursday.");
    assert!(has(&rows, "15", "11"), "{rows:#?}");
}

fn jobless_flags(b: &str) -> Vec<Disagreement> {
    flags(&[
        (
            "j1",
            "Econ Wire",
            "2026-05-08",
            "Jobless rate falls in Norland",
            "Norland's unemployment rate fell to 4.1% in April, the statistics office said on Friday, as employers in Norland kept hiring.",
        ),
        (
            "j2",
            "City Paper",
            "2026-05-08",
            "Norland jobless rate dips",
            &format!("{b} Employers in Norland kept hiring, the Norland statistics office said on Friday."),
        ),
    ])
}

#[test]
fn an_economys_rate_told_without_a_holder_is_compared() {
    // The jobless rate of the story's economy, told by two outlets with
    // no holder in the rate's own clause, is one figure.
    let rows = jobless_flags("The jobless rate dipped to 4.2% in April.");
    assert!(has(&rows, "4.1%", "4.2%"), "{rows:#?}");
    // The same rate told alike agrees; the inflation rate is another
    // measure.
    assert!(jobless_flags("Unemployment fell to 4.1 per cent in April.").is_empty());
    assert!(jobless_flags("Inflation rose to 4.2% in April.").is_empty());
}
