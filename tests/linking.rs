//! Story linking on small invented corpora: which articles of one event
//! the report puts in one story (`stories.csv`), and which it keeps apart.
#![cfg(feature = "cli")]

mod util;

use std::collections::BTreeMap;

use util::{scan_and_report, stories_of, Doc};

/// Scans and reports `docs`; the story of each document.
fn stories(docs: &[Doc]) -> BTreeMap<String, String> {
    stories_of(&scan_and_report(docs).1)
}

/// "NAME was there." for each name: text that two articles of one week
/// share, so that each has much in common with another story.
fn crowd(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("{n} was there."))
        .collect::<Vec<_>>()
        .join(" ")
}

const SPRING: [&str; 6] = [
    "Orla Fenwick",
    "Cato Brimley",
    "Idris Vantongeren",
    "Wenna Halloran",
    "Bastian Quell",
    "Ottilie Marchbank",
];
const SUMMER: [&str; 6] = [
    "Ansel Grimshaw",
    "Briony Tolliver",
    "Cormac Ellery",
    "Delphine Starkey",
    "Emrys Walcott",
    "Fenella Crouch",
];
const AUTUMN: [&str; 6] = [
    "Gideon Harrow",
    "Honora Blyth",
    "Ignatius Pell",
    "Juniper Castell",
    "Kester Loveday",
    "Lavinia Thorne",
];

#[test]
fn a_street_links_two_reports_of_one_week() {
    // The night of the shooting and the appeal for witnesses two days
    // later: neither names the victim, both name the street (one with
    // its side of town and the short form of its kind). Each says much
    // more that another story of its week shares.
    let spring = crowd(&SPRING);
    let summer = crowd(&SUMMER);
    let k1 = format!(
        "A man was shot on Quillfeather Road in Eastfield late Sunday and taken to a hospital. {spring}"
    );
    let k2 = format!(
        "Detectives asked for witnesses to the shooting on East Quillfeather Rd. on Sunday night. {summer}"
    );
    let h1 = format!("The band won a regional prize. {spring}");
    let h2 = format!("The choir gave its spring concert. {summer}");
    let k3 = "Crews repaved Quillfeather Road over the summer.";
    let story = stories(&[
        (
            "k1",
            "Ledger",
            "2016-05-02",
            "Man wounded in overnight gunfire",
            &k1,
        ),
        (
            "h1",
            "Ledger",
            "2016-05-03",
            "Band wins regional prize",
            &h1,
        ),
        ("k2", "Courier", "2016-05-04", "Police seek witnesses", &k2),
        (
            "h2",
            "Courier",
            "2016-05-05",
            "Choir gives spring concert",
            &h2,
        ),
        ("k3", "Herald", "2016-09-01", "Road work finished", k3),
    ]);
    assert_eq!(story["k1"], story["k2"], "{story:?}");
    assert_ne!(story["k1"], story["k3"], "months later: {story:?}");
}

#[test]
fn a_name_and_its_street_link_a_report_months_later() {
    // A shooting and, months later in another outlet, the family's
    // gathering on the street where it happened: the victim's name and
    // the street, and nothing else, in two outlets. A namesake in a third
    // outlet, with no street, is another story.
    let f1 = format!(
        "Jamal Whitfield, 19, was shot and killed on Birch Avenue on Monday night. {}",
        crowd(&SPRING)
    );
    let g1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let f2 = format!(
        "The family of Jamal Whitfield gathered on Birch Avenue on Sunday, months after he was shot there. {}",
        crowd(&SUMMER)
    );
    let g2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    let f3 = format!(
        "Jamal Whitfield, a student, won the county spelling bee. {}",
        crowd(&AUTUMN)
    );
    let g3 = format!("The school year began. {}", crowd(&AUTUMN));
    let story = stories(&[
        ("f1", "Ledger", "2016-03-01", "Teen killed in shooting", &f1),
        ("g1", "Ledger", "2016-03-02", "Harbour fair opens", &g1),
        (
            "f2",
            "Courier",
            "2016-06-20",
            "Family marks months since killing",
            &f2,
        ),
        (
            "g2",
            "Courier",
            "2016-06-21",
            "Festival plans approved",
            &g2,
        ),
        (
            "f3",
            "Herald",
            "2016-09-12",
            "Student wins spelling bee",
            &f3,
        ),
        ("g3", "Herald", "2016-09-13", "School year begins", &g3),
    ]);
    assert_eq!(story["f1"], story["f2"], "{story:?}");
    assert_ne!(story["f1"], story["f3"], "a namesake: {story:?}");
}

#[test]
fn an_officials_title_read_into_a_name_links_nothing() {
    // "Dale Coroner Edith Crane" is read as one name with no role: it is
    // a coroner's, named in every death of the county, with the forensic
    // institute that serves them all. A drowning and a crash months apart
    // are two stories.
    let c1 = format!(
        "Dale Coroner Edith Crane said the man drowned. His body was taken to the Halvergate Forensic Institute. {}",
        crowd(&SPRING)
    );
    let d1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let c2 = format!(
        "Dale Coroner Edith Crane said the driver died at once. The Halvergate Forensic Institute will run tests. {}",
        crowd(&SUMMER)
    );
    let d2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    let story = stories(&[
        ("c1", "Ledger", "2016-03-01", "Man found dead in river", &c1),
        ("d1", "Ledger", "2016-03-02", "Harbour fair opens", &d1),
        ("c2", "Courier", "2016-07-20", "Woman dies in crash", &c2),
        (
            "d2",
            "Courier",
            "2016-07-21",
            "Festival plans approved",
            &d2,
        ),
    ]);
    assert_eq!(story["c1"], story["d1"], "{story:?}");
    assert_ne!(story["c1"], story["c2"], "{story:?}");
}

/// A short report (`l1`, published on `day`) a little like a fuller one
/// of March 1 (`x1`): a rare headline word and the toll; its other names
/// are in other stories.
fn short_report(day: &str) -> BTreeMap<String, String> {
    let x1 = format!(
        "Three people were wounded at the skating rink on Monday night. {}",
        crowd(&SPRING[..3])
    );
    let x2 = format!("Three people were wounded. {}", crowd(&SPRING[..3]));
    stories(&[
        (
            "x1",
            "Ledger",
            "2016-03-01",
            "Three wounded at Pellingham skating rink",
            &x1,
        ),
        ("x2", "Courier", "2016-03-01", "Shots at skating rink", &x2),
        (
            "l1",
            "Herald",
            day,
            "Pellingham gunfire: suspect sought by Tarrow police",
            "Three people were wounded. Lydia Marsh, Tobias Wren, Petra Vale and Silas Brandt want answers.",
        ),
        ("o1", "Gazette", "2016-01-10", "Tarrow police", "Lydia Marsh spoke. Amos Kell agreed."),
        ("o2", "Gazette", "2016-01-11", "Tarrow police", "Tobias Wren spoke. Amos Kell agreed."),
        ("o3", "Gazette", "2016-01-12", "Tarrow police", "Petra Vale spoke. Amos Kell agreed."),
        ("o4", "Gazette", "2016-01-13", "Tarrow police", "Silas Brandt spoke. Amos Kell agreed."),
    ])
}

#[test]
fn a_short_report_joins_its_nearest_story_only_the_next_day() {
    let next_day = short_report("2016-03-02");
    assert_eq!(next_day["l1"], next_day["x1"], "{next_day:?}");
    let days_later = short_report("2016-03-05");
    assert_ne!(days_later["l1"], days_later["x1"], "{days_later:?}");
}

#[test]
fn one_outlets_follow_up_links_by_the_name_and_the_street() {
    // The same paper reports the shooting and, months later, the trial:
    // the victim's name and the street tell it. The same paper's later
    // report that shares the name and a club, and nothing else, is not
    // enough (one outlet's pages share its own names).
    let p1 = format!(
        "Tomasz Elderkin, 31, was shot on Wrenfield Road early Saturday, outside the Wrenfield Darts Club. {}",
        crowd(&SPRING)
    );
    let q1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let p2 = format!(
        "The trial began on Monday for the man accused of killing Tomasz Elderkin on Wrenfield Road. {}",
        crowd(&SUMMER)
    );
    let q2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    let p3 = format!(
        "Tomasz Elderkin, a darts player, won the league final at the Wrenfield Darts Club. {}",
        crowd(&AUTUMN)
    );
    let q3 = format!("The school year began. {}", crowd(&AUTUMN));
    let story = stories(&[
        ("p1", "Ledger", "2016-03-05", "Man shot outside club", &p1),
        ("q1", "Courier", "2016-03-06", "Harbour fair opens", &q1),
        (
            "p2",
            "Ledger",
            "2016-07-11",
            "Trial opens in club killing",
            &p2,
        ),
        (
            "q2",
            "Courier",
            "2016-07-12",
            "Festival plans approved",
            &q2,
        ),
        ("p3", "Ledger", "2016-10-20", "Darts final", &p3),
        ("q3", "Courier", "2016-10-21", "School year begins", &q3),
    ]);
    assert_eq!(story["p1"], story["p2"], "{story:?}");
    assert_ne!(story["p1"], story["p3"], "{story:?}");
}

#[test]
fn a_victim_and_two_accused_officers_link_the_trial_months_later() {
    // A boy is shot by two deputies; months later, another outlet reports
    // the trial. The boy's father and the two deputies are named in both:
    // three rare names, two of them officials', and nothing else. A
    // later report naming only the father and one deputy is not enough.
    let a1 = format!(
        "Deputy Rowan Ashdale and Deputy Silas Merriweather fired at the car of Lorcan Penhallow on Friday. {}",
        crowd(&SPRING)
    );
    let b1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let a2 = format!(
        "Jurors heard that Rowan Ashdale and Silas Merriweather fired 18 shots; Lorcan Penhallow testified on Tuesday. {}",
        crowd(&SUMMER)
    );
    let b2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    let a3 = format!(
        "Lorcan Penhallow and Deputy Rowan Ashdale spoke at the school's award night. {}",
        crowd(&AUTUMN)
    );
    let b3 = format!("The school year began. {}", crowd(&AUTUMN));
    let story = stories(&[
        ("a1", "Ledger", "2016-03-04", "Deputies fire on car", &a1),
        ("b1", "Ledger", "2016-03-05", "Harbour fair opens", &b1),
        ("a2", "Courier", "2016-07-12", "Trial of deputies", &a2),
        (
            "b2",
            "Courier",
            "2016-07-13",
            "Festival plans approved",
            &b2,
        ),
        ("a3", "Herald", "2016-10-20", "Award night", &a3),
        ("b3", "Herald", "2016-10-21", "School year begins", &b3),
    ]);
    assert_eq!(story["a1"], story["a2"], "{story:?}");
    assert_ne!(story["a1"], story["a3"], "two names: {story:?}");
}

/// A shooting (`v1`, in the Ledger) and, two years later, the verdict
/// (`v2`, in `outlet`): the victim, the accused and a witness are named in
/// both, and nothing else.
fn verdict_in(outlet: &str) -> BTreeMap<String, String> {
    let v1 = format!(
        "Perrin Haldane, 24, was shot outside a bar on Saturday. Police arrested Osric Vantreight. Marisol Quennell saw it. {}",
        crowd(&SPRING)
    );
    let w1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let v2 = format!(
        "A jury found Osric Vantreight guilty of killing Perrin Haldane. Marisol Quennell testified. {}",
        crowd(&SUMMER)
    );
    let w2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    stories(&[
        ("v1", "Ledger", "2016-03-05", "Man shot outside bar", &v1),
        ("w1", "Courier", "2016-03-06", "Harbour fair opens", &w1),
        ("v2", outlet, "2018-02-14", "Guilty verdict in killing", &v2),
        ("w2", "Herald", "2018-02-15", "Festival plans approved", &w2),
    ])
}

#[test]
fn three_names_link_a_verdict_two_years_later_in_another_outlet() {
    let other = verdict_in("Courier");
    assert_eq!(other["v1"], other["v2"], "{other:?}");
    // In the same outlet, two years on, shared names are as often its
    // own (bylines, columnists): not enough.
    let same = verdict_in("Ledger");
    assert_ne!(same["v1"], same["v2"], "one outlet: {same:?}");
}

#[test]
fn one_outlets_pages_that_share_only_its_beat_are_two_stories() {
    // The Ledger reports two shootings of one week in Dunmore Heights:
    // each names the city's police and its trauma hospital, as a dozen
    // other pages do, and nothing else the other names. Its report of
    // the next day on the first shooting names the tavern too: that
    // tells the event.
    let beat = "Officers of the Marlow Police Department took the victim to Saint Brennan Hospital in Dunmore Heights.";
    let mut docs: Vec<(String, String, String, String, String)> = (0..12)
        .map(|i| {
            (
                format!("o{i}"),
                format!("Outlet{i}"),
                format!("2015-{:02}-10", i % 12 + 1),
                format!("Report {i}"),
                beat.to_string(),
            )
        })
        .collect();
    docs.push((
        "s1".into(),
        "Ledger".into(),
        "2016-05-02".into(),
        "Man wounded near tavern".into(),
        format!("A man was wounded outside the Gullwing Tavern late Sunday. {beat}"),
    ));
    docs.push((
        "s2".into(),
        "Ledger".into(),
        "2016-05-04".into(),
        "Woman hurt in crossfire".into(),
        format!("A woman was hit by a stray bullet while walking her dog. {beat}"),
    ));
    docs.push((
        "s3".into(),
        "Ledger".into(),
        "2016-05-03".into(),
        "Tavern owner speaks out".into(),
        format!("The owner of the Gullwing Tavern said the bar would reopen. {beat}"),
    ));
    let refs: Vec<Doc> = docs
        .iter()
        .map(|(a, b, c, d, e)| (a.as_str(), b.as_str(), c.as_str(), d.as_str(), e.as_str()))
        .collect();
    let story = stories(&refs);
    assert_ne!(story["s1"], story["s2"], "{story:?}");
    assert_eq!(story["s1"], story["s3"], "{story:?}");
}

/// A shooting (`j1`) and, months later in another outlet, the charge
/// (`j2`): the victim's name and, in the headlines, `t1` and `t2`.
fn charged_months_later(t1: &str, t2: &str) -> BTreeMap<String, String> {
    let j1 = format!(
        "Jory Halvorsen, 22, died on Saturday night. {}",
        crowd(&SPRING)
    );
    let k1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let j2 = format!(
        "Prosecutors charged a man with killing Jory Halvorsen. {}",
        crowd(&SUMMER)
    );
    let k2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    stories(&[
        ("j1", "Ledger", "2016-03-05", t1, &j1),
        ("k1", "Ledger", "2016-03-06", "Harbour fair opens", &k1),
        ("j2", "Courier", "2016-08-10", t2, &j2),
        (
            "k2",
            "Courier",
            "2016-08-11",
            "Festival plans approved",
            &k2,
        ),
    ])
}

#[test]
fn a_name_and_a_rare_headline_word_link_a_report_months_later() {
    let fair = charged_months_later(
        "One dead in Quillby fair shooting",
        "Man charged in Quillby fair shooting",
    );
    assert_eq!(fair["j1"], fair["j2"], "{fair:?}");
    // The headline words are the name's own: nothing more than the name.
    let name = charged_months_later(
        "Jory Halvorsen shot dead",
        "Jory Halvorsen case: man charged",
    );
    assert_ne!(name["j1"], name["j2"], "{name:?}");
}

/// The first report of a tavern shooting in Dunmore (`t1`, "late Saturday
/// night", two days before it was printed) and a later report in another
/// outlet (`t2`, published on `day`) that names the day `named`: the
/// town, a headline word few headlines give and nothing else.
fn tavern_reports(day: &str, named: &str) -> BTreeMap<String, String> {
    let t1 = "Three men were shot outside a tavern in Dunmore, Pennsylvania, late Saturday night, police said.";
    let t2 = format!(
        "Police arrested a man on Friday in the {named} shooting outside a tavern in Dunmore, Pennsylvania."
    );
    stories(&[
        (
            "t1",
            "Ledger",
            "2016-05-02",
            "Three wounded outside Dunmore tavern",
            t1,
        ),
        ("t2", "Courier", day, "Arrest in tavern shooting", &t2),
    ])
}

#[test]
fn a_day_a_town_and_a_headline_word_link_an_arrest_weeks_later() {
    // Seven weeks on, no name in either report: the day of the shooting
    // ("late Saturday night" of May 2 is April 30), the town and
    // "tavern" in both headlines.
    let story = tavern_reports("2016-06-20", "April 30");
    assert_eq!(story["t1"], story["t2"], "{story:?}");
    // Another day in the same town, under the same word: another
    // shooting.
    let story = tavern_reports("2016-06-20", "June 11");
    assert_ne!(story["t1"], story["t2"], "{story:?}");
}

#[test]
fn a_day_long_before_both_reports_links_nothing() {
    // Two reports months after New Year's Day, each recalling it in one
    // town under one headline word: neither reported that day as news
    // (a council's ban, a court's ruling), and nothing else ties them.
    let a =
        "The council in Dunmore, Pennsylvania, banned the fireworks sold before Jan. 1 this year.";
    let b = "A judge in Dunmore, Pennsylvania, fined a shop for fireworks it sold on Jan. 1.";
    let story = stories(&[
        ("a", "Ledger", "2016-06-20", "Council bans fireworks", a),
        ("b", "Courier", "2016-07-20", "Shop fined over fireworks", b),
    ]);
    assert_ne!(story["a"], story["b"], "{story:?}");
}

/// Two outlets' reports of one jobs report that share no name and no
/// headline word, only its figures; and two of other months' reports
/// that share round figures.
fn jobs_reports(day: &str, jobs: &str, rate: &str) -> BTreeMap<String, String> {
    let j1 = format!(
        "The unemployment rate rose to {rate}% in November from 4.2%, the labour department said on Friday, as employers added {jobs} jobs."
    );
    let j2 = format!(
        "Employers put {jobs} workers on their payrolls in November, fewer than economists had forecast, and the jobless rate climbed to {rate}%."
    );
    stories(&[
        (
            "j1",
            "Econ Wire",
            "2026-12-04",
            "Unemployment edges up",
            &j1,
        ),
        (
            "j2",
            "Daily Ledger",
            day,
            "Hiring slows as forecasts miss",
            &j2,
        ),
        (
            "k1",
            "Econ Wire",
            "2026-10-02",
            "Factory orders steady",
            "Factory orders were flat in August, the commerce department said.",
        ),
    ])
}

#[test]
fn precise_figures_link_two_reports_of_one_day() {
    let linked = jobs_reports("2026-12-04", "112,000", "4.4");
    assert_eq!(linked["j1"], linked["j2"], "{linked:?}");
    // Round figures two months' reports may share by chance link nothing.
    let round = jobs_reports("2026-12-04", "100,000", "4");
    assert_ne!(round["j1"], round["j2"], "{round:?}");
    // Nor do precise figures of undated articles.
    let undated = jobs_reports("", "112,000", "4.4");
    assert_ne!(undated["j1"], undated["j2"], "{undated:?}");
}

#[test]
fn earlier_deaths_both_reports_recall_link_nothing() {
    // Two police shootings three weeks apart, in two outlets, each
    // recalling once the same two earlier deaths (and one the memorial
    // fund that counts officers shot): background, not one story. The same
    // reports naming their accused twice each are one story.
    let first = |accused: &str| {
        format!(
            "Five officers were shot in Dunmore on Thursday night.{accused} The shooting came days after the deaths of Harlan Voss and Mirela Stanek. {}",
            crowd(&SPRING)
        )
    };
    let second = |accused: &str| {
        format!(
            "Two officers were shot during a traffic stop in Kessaville.{accused} Protests have followed the killings of Harlan Voss and Mirela Stanek this month, and the Corvin Officers Memorial Fund counts the officers shot. {}",
            crowd(&SUMMER)
        )
    };
    let b1 = format!("The harbour fair opened. {}", crowd(&SPRING));
    let b2 = format!("Festival plans were approved. {}", crowd(&SUMMER));
    let run = |a: &str, c: &str| {
        stories(&[
            ("p1", "Ledger", "2016-07-08", "Dunmore gunfire", &first(a)),
            ("b1", "Ledger", "2016-07-09", "Harbour fair opens", &b1),
            (
                "p2",
                "Courier",
                "2016-07-29",
                "Traffic stop attack",
                &second(c),
            ),
            (
                "b2",
                "Courier",
                "2016-07-30",
                "Festival plans approved",
                &b2,
            ),
        ])
    };
    let apart = run("", "");
    assert_ne!(apart["p1"], apart["p2"], "{apart:?}");
    let accused =
        " Police named the gunman as Dorian Quillfeather. Dorian Quillfeather was arrested.";
    let one = run(accused, accused);
    assert_eq!(one["p1"], one["p2"], "{one:?}");
}
