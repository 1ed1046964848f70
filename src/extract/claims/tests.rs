//! Table-driven tests: input, the figure's span, and what is expected of it.

#![allow(clippy::type_complexity)]

use super::*;
use crate::extract::{Credit, DateMention, Quote};
use crate::Document;

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

/// The surfaces of `figs` in `text`.
fn surfaces<'a>(text: &'a str, figs: &[Figure]) -> Vec<&'a str> {
    figs.iter().map(|f| &text[f.start..f.end]).collect()
}

/// The figure whose surface is `span` in `text`.
fn find<'a>(text: &str, figs: &'a [Figure], span: &str) -> &'a Figure {
    figs.iter()
        .find(|f| &text[f.start..f.end] == span)
        .unwrap_or_else(|| {
            let got = surfaces(text, figs);
            panic!("{text:?}: no figure {span:?}, got {got:?}")
        })
}

#[test]
fn scaled_values_are_the_written_decimal() {
    // 1.07 * 1e9 is 1070000000.0000001 in binary floating point.
    for (text, span, want) in [
        ("raised $1.07bn", "$1.07bn", 1_070_000_000.0),
        ("sold 1.15 million shares", "1.15 million", 1_150_000.0),
        ("a 4.35bn euros deal", "4.35bn euros", 4_350_000_000.0),
        ("fell to $0.29 billion", "$0.29 billion", 290_000_000.0),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.value, Some(want), "{text:?}");
    }
}

#[test]
fn shapes_values_and_units() {
    // (text, span, value, unit)
    let cases: &[(&str, &str, f64, Option<&str>)] = &[
        ("claimed over 70,000 lives", "over 70,000", 70000.0, None),
        ("Net loss (99) vs profit 12", "99", -99.0, None),
        ("The victims (12) were named", "12", 12.0, None),
        ("Net loss ($0.12) a share", "($0.12)", -0.12, Some("USD")),
        // A conversion in parentheses is not an accounting negative.
        (
            "it will pay 2 billion pounds ($2.6 billion).",
            "$2.6 billion",
            2.6e9,
            Some("USD"),
        ),
        ("net profit rose to £20m ($26m)", "$26m", 2.6e7, Some("USD")),
        ("a 1.2 million rise", "1.2 million", 1.2e6, None),
        (
            "turnover of 20 percent",
            "20 percent",
            20.0,
            Some("percent"),
        ),
        ("up 5.2%", "5.2%", 5.2, Some("percent")),
        (
            "it rose 3 percentage points",
            "3 percentage points",
            3.0,
            Some("percentage_point"),
        ),
        ("a £5m deal", "£5m", 5e6, Some("GBP")),
        ("a $10m deal", "$10m", 1e7, Some("USD")),
        ("raise 70m euros", "70m euros", 7e7, Some("EUR")),
        ("about 5m people", "about 5m", 5e6, None),
        ("he is 1.8m tall", "1.8m", 1.8, Some("m")),
        ("the 100m sprint", "100m", 100.0, Some("m")),
        // A field event's mark, and a race in a report of athletics.
        (
            "She cleared 4.88m to win the pole vault.",
            "4.88m",
            4.88,
            Some("m"),
        ),
        (
            "Yusuf came third in the 400m at the indoor trials.",
            "400m",
            400.0,
            Some("m"),
        ),
        // Not a figure of money or a count.
        (
            "Sales reached 1.25m units last year.",
            "1.25m",
            1.25e6,
            None,
        ),
        ("cost $1.2 billion", "$1.2 billion", 1.2e9, Some("USD")),
        (
            "paid US$ 150 million",
            "US$ 150 million",
            1.5e8,
            Some("USD"),
        ),
        ("EUR 125 each", "EUR 125", 125.0, Some("EUR")),
        (
            "13.5 billion dlrs in assets",
            "13.5 billion dlrs",
            1.35e10,
            Some("USD"),
        ),
        (
            "at 1,750 dlrs per tonne",
            "1,750 dlrs per tonne",
            1750.0,
            Some("USD/tonne"),
        ),
        ("50 cents more", "50 cents", 50.0, Some("cent")),
        (
            "361 million pounds",
            "361 million pounds",
            3.61e8,
            Some("GBP"),
        ),
        ("lost 25 pounds", "25 pounds", 25.0, Some("lb")),
        (
            "10,000 tonnes of rice",
            "10,000 tonnes",
            10000.0,
            Some("tonne"),
        ),
        ("a 27-kilometer ring", "27-kilometer", 27.0, Some("km")),
        (
            "at 200 kilometres per hour",
            "200 kilometres per hour",
            200.0,
            Some("km/hour"),
        ),
        (
            "near 32 degrees Celsius",
            "32 degrees Celsius",
            32.0,
            Some("celsius"),
        ),
        ("it is -18 °C", "-18 °C", -18.0, Some("celsius")),
        ("for three years", "three years", 3.0, Some("year")),
        (
            "in the preceding three quarters",
            "three quarters",
            3.0,
            Some("quarter"),
        ),
        // A share of a group is a percentage (issue 3: "one in five" is 20
        // percent, "half of" 50 percent).
        (
            "three quarters of voters",
            "three quarters",
            75.0,
            Some("percent"),
        ),
        (
            "two thirds of voters",
            "two thirds",
            200.0 / 3.0,
            Some("percent"),
        ),
        (
            "one in five adults smoke",
            "one in five",
            20.0,
            Some("percent"),
        ),
        (
            "one in every five dollars is spent on rent",
            "one in every five",
            20.0,
            Some("percent"),
        ),
        // A count in a time is no share.
        ("the currency fell to 15 in 16 months", "15", 15.0, None),
        (
            "One out of three adults",
            "One out of three",
            100.0 / 3.0,
            Some("percent"),
        ),
        ("half of the workers left", "half", 50.0, Some("percent")),
        ("add 2/3 cup of flour", "2/3 cup", 2.0 / 3.0, Some("cup")),
        ("one hundred and two", "one hundred and two", 102.0, None),
        (
            "The annual revenue is ($99.99).",
            "($99.99)",
            -99.99,
            Some("USD"),
        ),
        ("it weighs 10kg", "10kg", 10.0, Some("kg")),
        ("2 1/2 in thick", "2 1/2 in", 2.5, Some("inch")),
        ("Twenty-six people die", "Twenty-six", 26.0, None),
    ];
    for &(text, span, value, unit) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(
            close(f.value, Some(value)),
            "{text:?}: value {:?} != {value}",
            f.value
        );
        assert_eq!(f.unit.as_deref(), unit, "{text:?}: unit");
    }
}

#[test]
fn qualifiers_give_intervals() {
    // (text, span, qualifier, lo, hi)
    let cases: &[(&str, &str, &str, Option<f64>, Option<f64>)] = &[
        (
            "over 70,000 lives",
            "over 70,000",
            "lower",
            Some(70000.0),
            None,
        ),
        ("at least 5 people", "at least 5", "lower", Some(5.0), None),
        // Across the article of the figure's noun phrase; not a
        // preposition of its own.
        (
            "with nearly a 40% share",
            "nearly a 40%",
            "upper",
            Some(36.0),
            Some(40.0),
        ),
        (
            "at least a 5% cut",
            "at least a 5%",
            "lower",
            Some(5.0),
            None,
        ),
        (
            "over a 12-month span",
            "12-month",
            "exact",
            Some(12.0),
            Some(12.0),
        ),
        (
            "deer roam around a 130-hectare ranch",
            "130-hectare",
            "exact",
            Some(125.0),
            Some(135.0),
        ),
        ("up to 700 workers", "up to 700", "upper", None, Some(700.0)),
        (
            "fewer than 10 cases",
            "fewer than 10",
            "upper",
            None,
            Some(10.0),
        ),
        (
            "between 5 and 6 people",
            "between 5 and 6",
            "range",
            Some(5.0),
            Some(6.0),
        ),
        ("5-6% of voters", "5-6%", "range", Some(5.0), Some(6.0)),
        // The hyphen after a percent sign joins a range, it is no minus.
        ("an 8%-10% rise", "8%-10%", "range", Some(8.0), Some(10.0)),
        (
            "$5 million to $6 million",
            "$5 million to $6 million",
            "range",
            Some(5e6),
            Some(6e6),
        ),
        (
            "5 to 6 million people",
            "5 to 6 million",
            "range",
            Some(5e6),
            Some(6e6),
        ),
        // The thousands carried as a scale word is: "30-40,000".
        (
            "a crowd of 30-40,000 people",
            "30-40,000",
            "range",
            Some(30000.0),
            Some(40000.0),
        ),
        (
            "10 to 15,000 fans attended",
            "10 to 15,000",
            "range",
            Some(10000.0),
            Some(15000.0),
        ),
        // Not when the first, so scaled, is too small or too large.
        (
            "groups of 3 to 1,000 members",
            "3 to 1,000",
            "range",
            Some(3.0),
            Some(1000.0),
        ),
        // Rounding-aware tolerance: ±10% or half the rounding step.
        (
            "about 70,000 people",
            "about 70,000",
            "approx",
            Some(63000.0),
            Some(77000.0),
        ),
        (
            "about 2 million people",
            "about 2 million",
            "approx",
            Some(1.5e6),
            Some(2.5e6),
        ),
        (
            "nearly 70,000",
            "nearly 70,000",
            "upper",
            Some(63000.0),
            Some(70000.0),
        ),
        // Exact figures are widened by their rounding step only.
        (
            "70,000 people",
            "70,000",
            "exact",
            Some(69500.0),
            Some(70500.0),
        ),
        (
            "70,412 people",
            "70,412",
            "exact",
            Some(70412.0),
            Some(70412.0),
        ),
        (
            "1.2 million people",
            "1.2 million",
            "exact",
            Some(1.15e6),
            Some(1.25e6),
        ),
        (
            "70,000 or more",
            "70,000 or more",
            "lower",
            Some(70000.0),
            None,
        ),
        (
            "more than 10 and less than 20",
            "more than 10 and less than 20",
            "range",
            Some(10.0),
            Some(20.0),
        ),
    ];
    for &(text, span, q, lo, hi) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.qualifier, q, "{text:?}");
        assert!(
            close(f.lo, lo) && close(f.hi, hi),
            "{text:?}: [{:?}, {:?}] != [{lo:?}, {hi:?}]",
            f.lo,
            f.hi
        );
    }
}

#[test]
fn unresolved_rows_keep_bounds_without_value() {
    let cases: &[(&str, &str, f64, f64)] = &[
        (
            "tens of thousands of people fled",
            "tens of thousands",
            20000.0,
            100000.0,
        ),
        ("hundreds of people", "hundreds", 200.0, 1000.0),
        ("several hundred troops", "several hundred", 300.0, 1000.0),
    ];
    for &(text, span, lo, hi) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!((f.qualifier, f.value), ("unresolved", None), "{text:?}");
        assert_eq!((f.lo, f.hi), (Some(lo), Some(hi)), "{text:?}");
    }
}

#[test]
fn change_and_role() {
    // (text, span, change, role)
    let cases: &[(&str, &str, &str, &str)] = &[
        ("Sales rose to $5 million", "$5 million", "rise", "new"),
        ("Profit fell by 3%", "3%", "fall", "delta"),
        (
            "Prices rose 10 percent to $5.5 billion",
            "10 percent",
            "rise",
            "delta",
        ),
        (
            "Prices rose 10 percent to $5.5 billion",
            "$5.5 billion",
            "rise",
            "new",
        ),
        ("Output rose from 4% to 5%", "4%", "rise", "old"),
        ("Output rose from 4% to 5%", "5%", "rise", "new"),
        ("shares were up 5%", "5%", "rise", "delta"),
        ("a 10% increase", "10%", "rise", "delta"),
        ("unemployment was 5.1%, up from 4.9%", "5.1%", "rise", "new"),
        ("unemployment was 5.1%, up from 4.9%", "4.9%", "rise", "old"),
        (
            "The index closed up 12 points.",
            "12 points",
            "rise",
            "delta",
        ),
        ("Shares ended up 2% on the day.", "2%", "rise", "delta"),
        ("The index closed 3 lower on Friday.", "3", "fall", "delta"),
        (
            "Shares closed with 50 cent gains.",
            "50 cent",
            "rise",
            "delta",
        ),
        ("Sales fell back 10 pct in May.", "10 pct", "fall", "delta"),
        // A passive of "raise" before a sum is a rise.
        (
            "The offer was raised 25 cts a share.",
            "25 cts",
            "rise",
            "delta",
        ),
        (
            "Prices rose 4% and fees were raised 2%.",
            "2%",
            "rise",
            "delta",
        ),
    ];
    // A sum right after "raise" is what was raised.
    for (text, span) in [
        ("Air China plans to raise $1bn from the flotation.", "$1bn"),
        (
            "The appeal raised more than £15,000 in a week.",
            "more than £15,000",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).change, None, "{text:?}");
    }
    // A count of things right after "cut" is what was cut: the count of
    // jobs cut is the story's figure, no change of another quantity.
    for (text, span) in [
        ("Acme will cut 1,200 jobs.", "1,200"),
        ("The airline shed 300 workers last year.", "300"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_ne!(f.change_role, Some("delta"), "{text:?}");
    }
    let text = "Output was cut 10 percent.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "10 percent").change_role, Some("delta"));
    // "lower" and "higher" before a noun are its adjectives.
    for (text, span) in [
        ("Two lower courts ruled for the network.", "Two"),
        ("The plan adds three higher-paying jobs.", "three"),
        // A sum's own gain or loss: an item of earnings, no change.
        (
            "The firm had a 739,146 dlr loss for the six months.",
            "739,146 dlr",
        ),
        (
            "It expects a $277 million gain from the sale.",
            "$277 million",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).change, None, "{text:?}");
    }
    // "up" as a verb's particle: what was got or done, not a rise.
    for (text, span) in [
        ("She picked up three personal bests.", "three"),
        ("It flagged up eight critical security holes.", "eight"),
        ("Women made up 40% of the workforce.", "40%"),
        ("He racked up 300 yards.", "300 yards"),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).change, None, "{text:?}");
    }
    for &(text, span, change, role) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.change, f.change_role),
            (Some(change), Some(role)),
            "{text:?} {span:?}"
        );
    }
    let figs = figures("The toll was 500 people.");
    assert_eq!(figs[0].change, None);
}

#[test]
fn nouns() {
    // (text, span, noun)
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("claimed over 70,000 lives.", "over 70,000", Some("lives")),
        ("about 300 people were killed", "about 300", Some("people")),
        (
            "10,000 tonnes of rice arrived",
            "10,000 tonnes",
            Some("tonnes of rice"),
        ),
        (
            "two million tonnes of rice arrived",
            "two million tonnes",
            Some("tonnes of rice"),
        ),
        (
            "they sold one pound of gold",
            "one pound",
            Some("pound of gold"),
        ),
        ("a 15-member council", "15", Some("member council")),
        ("20 percent of the vote", "20 percent", None),
        (
            "More than 40 F.B.I. agents were sent.",
            "More than 40",
            Some("F.B.I. agents"),
        ),
        (
            "the six major honours he's won here",
            "six",
            Some("major honours"),
        ),
    ];
    for &(text, span, noun) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.noun.map(|(s, e)| &text[s..e]), noun, "{text:?}");
    }
}

#[test]
fn multiplier_verbs_are_changes() {
    // (text, surface, factor, change)
    let cases: &[(&str, &str, f64, &str)] = &[
        ("Sales doubled last year.", "doubled", 2.0, "rise"),
        ("The toll has tripled since March.", "tripled", 3.0, "rise"),
        ("Output was halved.", "halved", 0.5, "fall"),
    ];
    for (text, surface, factor, change) in cases {
        let f = figures(text);
        let f = f
            .iter()
            .find(|f| &text[f.start..f.end] == *surface)
            .unwrap_or_else(|| panic!("{text:?}: no {surface:?} in {f:?}"));
        assert_eq!(f.value, Some(*factor), "{text:?}");
        assert_eq!(f.change, Some(*change), "{text:?}");
        assert_eq!(f.unit.as_deref(), Some("times"), "{text:?}");
    }
    let adjectives = figures("A double room, a triple jump and the halves of a city.");
    assert!(adjectives.is_empty(), "{adjectives:?}");
    let idioms = figures("He doubled down on the claim, his den doubling as an office.");
    assert!(idioms.is_empty(), "{idioms:?}");
}

#[test]
fn categories() {
    // (text, span, category)
    let cases: &[(&str, &str, &str)] = &[
        (
            "The war has claimed over 70,000 lives.",
            "over 70,000",
            "deaths",
        ),
        (
            "70,000 people were killed and 30,000 injured.",
            "70,000",
            "deaths",
        ),
        (
            "70,000 people were killed and 30,000 injured.",
            "30,000",
            "injured",
        ),
        ("The attack left 45 casualties.", "45", "casualties"),
        (
            "The death toll from the floods in Port Ellis rose to 31 on Tuesday.",
            "31",
            "deaths",
        ),
        ("The toll has risen to 47.", "47", "deaths"),
        (
            "The number of people killed in the floods has risen to 47, officials said.",
            "47",
            "deaths",
        ),
        ("The toll road charge rose to $12.", "$12", "money"),
        ("The toll rose. Shares fell to 12 on Friday.", "12", "other"),
        (
            "About 3,000 people fled their homes.",
            "About 3,000",
            "displaced",
        ),
        ("Police arrested 12 protesters.", "12", "arrested"),
        ("Five climbers are missing.", "Five", "missing"),
        ("Four people were shot, one fatally.", "Four", "casualties"),
        ("Four people were shot, one fatally.", "one", "deaths"),
        ("The firm will cut 700 jobs.", "700", "jobs"),
        ("Some 500 people gathered.", "Some 500", "people"),
        ("It cost $5 million.", "$5 million", "money"),
        ("Turnout was 62%.", "62%", "percent"),
        ("She is 45 years old.", "45 years old", "age"),
        ("a 10-year-old boy", "10-year-old", "age"),
        ("since the age of 22", "22", "age"),
        ("The suspect, 34, was arrested.", "34", "age"),
        (
            "killed were Frank Kohler, 50; and Vishnu Pandit, 61.",
            "50",
            "age",
        ),
        (
            "killed were Frank Kohler, 50; and Vishnu Pandit, 61.",
            "61",
            "age",
        ),
        (
            "One person was killed and two others were wounded.",
            "two",
            "injured",
        ),
        (
            "One person was killed and two others were wounded.",
            "One",
            "deaths",
        ),
        ("a man aged 91", "aged 91", "age"),
        ("Bournes, who was 59, had shot his wife", "59", "age"),
        ("Avery, who was almost 2, was found dead", "almost 2", "age"),
        ("Smith, who is 17, was shot.", "17", "age"),
        ("She won a scholarship when she was just 15.", "15", "age"),
        ("Police said the victim was 17, not 18.", "17", "age"),
        ("Tom Hale, Jr., 19, of Dover was shot.", "19", "age"),
        (
            "The shooter, Tom Hale Jr., 72, shot four co-workers.",
            "72",
            "age",
        ),
        ("The count was 15.", "15", "other"),
        (
            "The vaccine could save six million lives.",
            "six million",
            "other",
        ),
        ("The score was 15, a record.", "15", "other"),
        (
            "Justin Aiken and Cody Bouphavong, both 21, were killed.",
            "21",
            "age",
        ),
        (
            "Officers found Banes and Clark, both 31 and of Jackson, with gunshot wounds.",
            "31",
            "age",
        ),
        ("Both 21 people were killed.", "21", "deaths"),
        // An age in apposition before a verb that is also a count word.
        ("Maria Lopez, 71, died at home.", "71", "age"),
        ("In the blast, 71 died.", "71", "deaths"),
        // Ages as a range.
        ("pupils aged 11 to 16 sat the test", "aged 11 to 16", "age"),
        ("for children ages 5-11", "ages 5-11", "age"),
        (
            "men aged 30 to 40 years were asked",
            "aged 30 to 40 years",
            "age",
        ),
        (
            "voters aged between 18 and 24 stayed home",
            "aged between 18 and 24",
            "age",
        ),
        ("He was jailed for 3 years.", "3 years", "duration"),
        ("The road is 12 km long.", "12 km", "measure"),
        ("They built 40 houses.", "40", "other"),
    ];
    for &(text, span, cat) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.category, Some(cat), "{text:?}");
    }
    assert!(is_ambiguous("casualties"));
    assert!(!is_ambiguous("deaths"));
}

#[test]
fn not_claims() {
    for text in [
        "He was elected in 2012.",
        "This article is about the 2014 killing spree.",
        "The 2012-13 fiscal year.",
        "On May 7, the talks began.",
        "Published 7/5/2012.",
        "The meeting starts at 10:30.",
        "They left at 2pm.",
        "Call +1-222-2222-2222 now.",
        "It was his third term.",
        "He stabbed a sixth person.",
        "She finished 3rd.",
        "F-16 jets and COVID-19 cases.",
        "The G7 summit.",
        "New 5G networks.",
        "He lives at No. 10.",
        "Flight 370 vanished.",
        "It uses the Intel Corp <INTC> 80386 microprocessor.",
        "It flies new Boeing Co <BA> 737-300 aircraft.",
        "He went out in round one of the San Jose Open.",
        "They won game seven on day two of the series.",
        "Call 0800 028 9276 for a new cable.",
        "A Boeing 747 landed.",
        "A Boeing 737-800 landed.",
        "It flew an Airbus A320-200 to Rome.",
        "Work on the Three Gorges Dam began.",
        "The delay at the Nine Mile Point plant grew.",
        "Three Mile Island was shut.",
        "It faces BBC Two's show and Channel Five.",
        "He is the favourite to play 007.",
        "1. Introduction",
        "United won 3-1.",
        "She lives at 10 Downing Street.",
        "He was shot dead in the 600 block of Hillcrest Street.",
        "Police responded to a 911 call.",
        "Neighbours called 911 at once.",
        "A caller to 911 told the sheriff's office of a shooting.",
        "He said, according to 911 dispatchers, that the man was hurt.",
        "The woman told the 911 dispatcher he had a gun.",
        "Call (225) 389-4869 or 203-2273.",
        "Call homicide detectives at (317) 327.3475.",
        "The neighbour told 11 News that she heard shots.",
        "She tells 7 Action News he was visiting his grandmother.",
        "Call Crime Stoppers at 215-686-TIPS (8477).",
        "gallery_thumbnails_photo|photo-7047353|article-gallery-5845524|5 Photo: AP",
        "Call Crime Stoppers at 305-471-TIPS or 1-800-SPEAK-UP.",
        "his father is a filmmaker.[62][63]",
        "Image 14 shows the scene.",
        "Visitation: 4 to 7 p.m. Tuesday.",
        "It could be nine o'clock at night.",
        "This is the one you want.",
        "after 9/11 the world changed",
        "He drove north on the 5 Freeway to the 55 Freeway.",
        "The church is at 7701 Highway 52.",
        "Paramedics went to the apartment at 711 S Lincoln Ave.",
        "Police were called to a shooting at 438 E. Main Street.",
        "Shots were fired outside 87 Van Wagenen Ave early Sunday.",
        "They walked to a deli at 3345 Broadway.",
        "No-one wants to take the risk, said Mr Bud.",
        "It matters because one doesn't make work for the elite.",
        "The shooting happened near 183 East 54th St. in East Flatbush.",
        "Officers were called to 2100 W. 3rd Street.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
}

#[test]
fn offsets_are_byte_offsets() {
    let text = "Le coût: €5 million — about £4m.";
    for f in figures(text) {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let figs = figures(text);
    let f = find(text, &figs, "€5 million");
    assert_eq!(f.unit.as_deref(), Some("EUR"));
}

fn run(doc: &Document, out: &mut Extraction) {
    let sentences = crate::extract::sentences::split(&doc.text);
    out.sentences = sentences.clone();
    let cx = Context {
        doc,
        text: &doc.text,
        sentences: &sentences,
    };
    Claims.extract(&cx, out);
}

/// Each claim of `text` as its surface and one field of it.
fn surfaces_with(
    text: &str,
    field: impl Fn(&crate::extract::Claim) -> Option<String>,
) -> Vec<(String, Option<String>)> {
    crate::extract::extract(&Document::from_text("d", text))
        .claims
        .iter()
        .map(|c| (c.surface.clone(), field(c)))
        .collect()
}

#[test]
fn a_month_after_one_value_of_a_change_is_that_values_own() {
    let periods = |text: &str| surfaces_with(text, |c| c.period.clone());
    let p = |s: &str, v: Option<&str>| (s.to_string(), v.map(str::to_string));
    assert_eq!(
        periods("The average price fell to £180,226, from £180,444 in October."),
        [p("£180,226", None), p("£180,444", Some("XXXX-10"))]
    );
    assert_eq!(
        periods("The average price fell from £180,126 in November to £178,906."),
        [p("£180,126", Some("XXXX-11")), p("£178,906", None)]
    );
    assert_eq!(
        periods("Its market value fell to $30bn from $45bn last year."),
        [p("$30bn", None), p("$45bn", Some("last year"))]
    );
    // The time a change starts from is neither the change's nor the new
    // value's.
    assert_eq!(
        periods("Prices climbed 5.1% from July 2025 to $412,300."),
        [p("5.1%", None), p("$412,300", None)]
    );
    // A time that owns its figure after "from" is still its period.
    assert_eq!(
        periods("Growth was 3.1 pct, down from 1985's four pct increase."),
        [p("3.1 pct", None), p("four pct", Some("1985"))]
    );
    // An index's base year is no period.
    assert_eq!(
        periods("The index (base 1980) rose to 118.5."),
        [p("118.5", None)]
    );
    // A month that closes the clause is the change's.
    assert_eq!(
        periods("Sales rose 5% to $20m in March."),
        [p("5%", Some("XXXX-03")), p("$20m", Some("XXXX-03"))]
    );
    // The month after a figure set against this one is that figure's:
    // this one's is the month that dates its statistic.
    assert_eq!(
        periods("This gave a March inflation rate of 9.8 pct against 9.5 pct in February."),
        [p("9.8 pct", Some("XXXX-03")), p("9.5 pct", Some("XXXX-02"))]
    );
    assert_eq!(
        periods("The rate was 9.8 pct against 9.5 pct in February."),
        [p("9.8 pct", None), p("9.5 pct", Some("XXXX-02"))]
    );
    // So are the times of every figure of the comparison.
    assert_eq!(
        periods("M-1 grew to 5.03 billion dlrs against 4.77 billion in November and 4.34 billion in December 1985."),
        [
            p("5.03 billion dlrs", None),
            p("4.77 billion", Some("XXXX-11")),
            p("4.34 billion", Some("1985-12"))
        ]
    );
}

#[test]
fn a_deadline_after_a_figure_is_its_time() {
    let periods = |text: &str| surfaces_with(text, |c| c.period.clone());
    let p = |s: &str, v: Option<&str>| (s.to_string(), v.map(str::to_string));
    // Not the date of another verb told before it.
    assert_eq!(
        periods(
            "Dockers struck on January 19 over plans to make 800 redundancies from the \
             4,000-strong workforce by 1990."
        ),
        [p("800", Some("1990")), p("4,000", Some("1990"))]
    );
    assert_eq!(
        periods("The firm said on Tuesday it would cut 1,200 of its workers\nby the end of 2027."),
        [p("1,200", Some("2027"))]
    );
    // Only the first date after the figure, with no other figure or
    // auxiliary between.
    assert_eq!(
        periods("Profit should rise from 870 mln dlrs last year to 1.3 billion dlrs by 1991."),
        [
            p("870 mln dlrs", Some("last year")),
            p("1.3 billion dlrs", Some("1991"))
        ]
    );
    assert_eq!(
        periods("In March 1987 it had 40 plants and is expected to open more by 1990."),
        [p("40", Some("1987-03"))]
    );
    // Past a comma the deadline is another clause's; the nearest date
    // stands.
    assert_eq!(
        periods("On Tuesday the firm cut 1,200 jobs, and it will sell the unit by 2027."),
        [p("1,200", Some("XXXX-WXX-2"))]
    );
}

#[test]
fn the_first_months_of_a_year_are_a_period_of_their_own() {
    let periods = |text: &str| -> Vec<(String, Option<String>)> {
        let doc = Document::from_text("d", text).with_published(jiff::civil::date(2026, 4, 14));
        crate::extract::extract(&doc)
            .claims
            .into_iter()
            .filter(|c| c.unit.as_deref() == Some("USD"))
            .map(|c| (c.surface, c.period))
            .collect()
    };
    let cases = [
        (
            "Exports reached $60.2 billion in the first three months of the year.",
            "$60.2 billion",
            "2026-Q1",
        ),
        (
            "Net profit was $3 billion in the first nine months of 2025.",
            "$3 billion",
            "2025-01/2025-09",
        ),
        (
            "It earned $40 million in the last six months of 2025.",
            "$40 million",
            "2025-H2",
        ),
        // "the year" is the one whose part has ended by the article's day.
        (
            "It lost $2 billion in the last three months of the year.",
            "$2 billion",
            "2025-Q4",
        ),
        // A plain duration stays none, and the year alone stays the year.
        (
            "It earned $4 million over three months in 2025.",
            "$4 million",
            "2025",
        ),
    ];
    for (text, surface, period) in cases {
        assert_eq!(
            periods(text),
            [(surface.to_string(), Some(period.to_string()))],
            "{text}"
        );
    }
}

#[test]
fn the_values_of_a_change_measure_what_its_delta_measures() {
    let measures = |text: &str| -> Vec<(String, Option<&'static str>)> {
        crate::extract::extract(&Document::from_text("d", text))
            .claims
            .into_iter()
            .map(|c| (c.surface, c.measure))
            .collect()
    };
    let m = |s: &str, v: Option<&'static str>| (s.to_string(), v);
    assert_eq!(
        measures("The group said sales in the first half fell 3% to 4.5 billion euros."),
        [
            m("3%", Some("revenue")),
            m("4.5 billion euros", Some("revenue"))
        ]
    );
    // Not across two changes.
    assert_eq!(
        measures("Sales at the unit rose 4%, while the group's figure fell to $9bn."),
        [m("4%", Some("revenue")), m("$9bn", None)]
    );
    // The old value of a change measures what its new value does, not
    // what the next clause names.
    assert_eq!(
        measures(
            "Operating profit rose to 340 mln dlrs from 290 mln dlrs, while net profit fell to 120 mln dlrs."
        ),
        [
            m("340 mln dlrs", Some("operating profit")),
            m("290 mln dlrs", Some("operating profit")),
            m("120 mln dlrs", Some("net profit"))
        ]
    );
    // A measure named after a figure that brings its own figure ("on
    // revenue of", "while profit was") is that figure's, however near.
    assert_eq!(
        measures("Its quarterly net profit rose 8% to $412 million, on revenue of $3.1 billion."),
        [
            m("8%", Some("net profit")),
            m("$412 million", Some("net profit")),
            m("$3.1 billion", Some("revenue"))
        ]
    );
    // A bond set by a judge is bail; a bond an issuer sells, a debt; its
    // coupon, a rate.
    assert_eq!(
        measures("His bond was set at $500,000 by the judge."),
        [m("$500,000", Some("bail"))]
    );
    assert_eq!(
        measures("The bank is issuing a 300 mln dlr bond due 1997 with a 7-1/2 pct coupon."),
        [m("300 mln dlr", Some("debt")), m("7-1/2 pct", Some("rate"))]
    );
    // A conversion in brackets after the figure does not use up the
    // reach to the noun after it.
    assert_eq!(
        measures("It faces a $27.5bn (£14.5bn) back tax bill."),
        [m("$27.5bn", Some("tax")), m("£14.5bn", Some("tax"))]
    );
    // What a company earns is its profit; what a person earns, pay.
    assert_eq!(
        measures("He earns £10,000 a year for the work."),
        [m("£10,000", Some("pay"))]
    );
    // An amount restated in other currencies measures what it does.
    assert_eq!(
        measures("Exports reached $445.1bn (£227bn; 331bn euros) in 2004."),
        [
            m("$445.1bn", Some("exports")),
            m("£227bn", Some("exports")),
            m("331bn euros", Some("exports"))
        ]
    );
    assert_eq!(
        measures("Sales rose to $3 billion, while profit was $200 million."),
        [
            m("$3 billion", Some("revenue")),
            m("$200 million", Some("net profit"))
        ]
    );
    // Without a figure of its own, the nearer word is still the measure.
    assert_eq!(
        measures("The unit booked $5 million in revenue last year."),
        [m("$5 million", Some("revenue"))]
    );
}

#[test]
fn a_clause_with_a_speaker_of_its_own_credits_its_figures() {
    let speakers = |text: &str| surfaces_with(text, |c| c.speaker.clone());
    let p = |s: &str, v: &str| (s.to_string(), Some(v.to_string()));
    assert_eq!(
        speakers(
            "Police said about 20,000 people marched, while organisers put the crowd at 100,000."
        ),
        [p("about 20,000", "Police"), p("100,000", "organisers")]
    );
    assert_eq!(
        speakers("Sales fell 5%, the company said, while profit rose 3%, analysts said."),
        [p("5%", "company"), p("3%", "analysts")]
    );
    // One speaker for the sentence: all its figures.
    assert_eq!(
        speakers("Police said 20 people were hurt and 3 died."),
        [p("20", "Police"), p("3", "Police")]
    );
}

#[test]
fn speaker_from_quote_then_credit_and_period_from_dates() {
    let text =
        "\"Over 70,000 people have died,\" Kerry said. In 2012, 500 people fled, the UN said.";
    let doc = Document::from_text("d", text);
    let q_start = 1;
    let q_end = text.find(",\"").map_or(0, |i| i + 1);
    let second = text.find("In 2012").unwrap_or(0);
    let mut out = Extraction {
        quotes: vec![Quote {
            start: q_start,
            end: q_end,
            text: text[q_start..q_end].to_string(),
            speaker: Some("John Kerry".into()),
            speaker_start: None,
            speaker_end: None,
        }],
        credits: vec![Credit {
            sentence: 1,
            speaker: "United Nations".into(),
            speaker_start: 0,
            speaker_end: 0,
            speaker_kind: "body",
        }],
        dates: vec![DateMention {
            start: second + 3,
            end: second + 7,
            surface: "2012".into(),
            kind: "date",
            value: "2012".into(),
            granularity: "year",
            ..DateMention::default()
        }],
        ..Extraction::default()
    };
    run(&doc, &mut out);
    let c: Vec<_> = out
        .claims
        .iter()
        .map(|c| {
            (
                c.surface.as_str(),
                c.speaker.as_deref(),
                c.period.as_deref(),
                c.sentence,
            )
        })
        .collect();
    assert_eq!(
        c,
        vec![
            ("Over 70,000", Some("John Kerry"), None, 0),
            ("500", Some("United Nations"), Some("2012"), 1),
        ]
    );
    for cl in &out.claims {
        assert_eq!(&text[cl.start..cl.end], cl.surface);
    }
}

#[test]
fn registered_last() {
    let names = crate::extract::Registry::all().names();
    assert_eq!(names.last(), Some(&"claims"));
}

/// Issue 12: shapes of news outside the US/UK ones. (text, span, lo, hi, unit)
/// with `lo == hi` for a single figure.
#[test]
fn news_beyond_us_uk_shapes() {
    let cases: &[(&str, &str, f64, f64, Option<&str>)] = &[
        // Currency prefixes and codes.
        (
            "Petronas set aside RM4.1 billion for it",
            "RM4.1 billion",
            4.1e9,
            4.1e9,
            Some("MYR"),
        ),
        (
            "Eskom owes R45 billion to the Treasury",
            "R45 billion",
            4.5e10,
            4.5e10,
            Some("ZAR"),
        ),
        (
            "the fine was $US12 million",
            "$US12 million",
            1.2e7,
            1.2e7,
            Some("USD"),
        ),
        (
            "a bonus of $A250,000 was paid",
            "$A250,000",
            2.5e5,
            2.5e5,
            Some("AUD"),
        ),
        (
            "tickets cost 1,200 kr each",
            "1,200 kr",
            1200.0,
            1200.0,
            Some("kr"),
        ),
        (
            "a rent of 3 500 zł was due",
            "3 500 zł",
            3500.0,
            3500.0,
            Some("PLN"),
        ),
        (
            "the budget gap was zł 40 million",
            "zł 40 million",
            4e7,
            4e7,
            Some("PLN"),
        ),
        (
            "a loan of PLN 40 million",
            "PLN 40 million",
            4e7,
            4e7,
            Some("PLN"),
        ),
        (
            "it raised 15 million MYR",
            "15 million MYR",
            1.5e7,
            1.5e7,
            Some("MYR"),
        ),
        (
            "sold for HUF 2.5 billion",
            "HUF 2.5 billion",
            2.5e9,
            2.5e9,
            Some("HUF"),
        ),
        // Indian digit grouping.
        (
            "a fraud of Rs 12,50,000 came to light",
            "Rs 12,50,000",
            1.25e6,
            1.25e6,
            Some("INR"),
        ),
        // Glued and abbreviated units.
        (
            "the engine makes 650bhp at full tilt",
            "650bhp",
            650.0,
            650.0,
            Some("hp"),
        ),
        (
            "the hybrid returns 58mpg in town",
            "58mpg",
            58.0,
            58.0,
            Some("mpg"),
        ),
        (
            "it fell to minus-30 degrees overnight",
            "minus-30 degrees",
            -30.0,
            -30.0,
            Some("degree_temperature"),
        ),
        ("add 1⁄2 cup of flour", "1⁄2 cup", 0.5, 0.5, Some("cup")),
        // Feet and inches as one height.
        (
            "the centre is 6ft 9in tall",
            "6ft 9in",
            6.75,
            6.75,
            Some("ft"),
        ),
        (
            "he stood 5 feet 6 inches",
            "5 feet 6 inches",
            5.5,
            5.5,
            Some("ft"),
        ),
        // Ranges with spaces and a unit on both ends or spelled out.
        (
            "snacks of 150 - 200 calories were served",
            "150 - 200 calories",
            150.0,
            200.0,
            Some("kcal"),
        ),
        (
            "the ban lasts two to four years",
            "two to four years",
            2.0,
            4.0,
            Some("year"),
        ),
        (
            "5 km - 8 km of new road",
            "5 km - 8 km",
            5.0,
            8.0,
            Some("km"),
        ),
        // Millions glued to both ends, and metres.
        (
            "the firm sold 1.5m-2m units last year",
            "1.5m-2m",
            1.5e6,
            2e6,
            None,
        ),
        ("a wall 1.5m-2m high", "1.5m-2m", 1.5, 2.0, Some("m")),
        // "one" and small counts before a noun.
        ("only one bidder remained", "one", 1.0, 1.0, None),
        ("it is one of the oldest bridges", "one", 1.0, 1.0, None),
        (
            "she is one of Hollywood's best-paid actors",
            "one",
            1.0,
            1.0,
            None,
        ),
        ("joined by one of UKIP's two members", "one", 1.0, 1.0, None),
        (
            "it is one of Virginia\u{2019}s oldest towns",
            "one",
            1.0,
            1.0,
            None,
        ),
        ("he is one of only two farmers", "one", 1.0, 1.0, None),
        // A capital M glued to the code: millions of that currency.
        (
            "The shipyard booked an order worth 340 MEUR in March.",
            "340 MEUR",
            3.4e8,
            3.4e8,
            Some("EUR"),
        ),
        (
            "Operating profit rose to 12.5 MSEK in the quarter.",
            "12.5 MSEK",
            1.25e7,
            1.25e7,
            Some("SEK"),
        ),
        (
            "The fund paid out twenty MUSD in grants last year.",
            "twenty MUSD",
            2.0e7,
            2.0e7,
            Some("USD"),
        ),
    ];
    let mut bad = Vec::new();
    for &(text, span, lo, hi, unit) in cases {
        let figs = figures(text);
        let Some(f) = figs.iter().find(|f| &text[f.start..f.end] == span) else {
            let got = surfaces(text, &figs);
            bad.push(format!("{text:?}: no {span:?}, got {got:?}"));
            continue;
        };
        let ok = if lo == hi {
            close(f.value, Some(lo))
        } else {
            close(f.lo, Some(lo)) && close(f.hi, Some(hi)) && f.qualifier == "range"
        };
        if !ok || f.unit.as_deref() != unit {
            bad.push(format!(
                "{text:?}: {span:?} value {:?} [{:?}, {:?}] {} unit {:?}",
                f.value, f.lo, f.hi, f.qualifier, f.unit
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Issue 12: a change and the total it reaches are two figures, never one range.
#[test]
fn change_and_total_are_not_a_range() {
    for (text, by, to) in [
        (
            "Exports rose by $2.4 billion to $61.2 billion.",
            "$2.4 billion",
            "$61.2 billion",
        ),
        ("The tally fell by 12 to 340 seats.", "12", "340"),
        ("Sales climbed 4% to 1.2 million cars.", "4%", "1.2 million"),
        // Change words in -ing and -s too.
        ("Shares were steady, slipping five to 165.", "five", "165"),
        ("Bayer was easing two to 300.", "two", "300"),
    ] {
        let figs = figures(text);
        let got = surfaces(text, &figs);
        assert!(got.contains(&by) && got.contains(&to), "{text:?}: {got:?}");
    }
}

/// Issue 12: model and product numbers are not quantities.
#[test]
fn model_numbers_are_not_claims() {
    for text in [
        "Apple unveiled the iPhone 16 on Monday.",
        "Users of Windows 11 were told to update.",
        "Sony cut the price of the PS4 again.",
        "Qantas grounded an A350 in Perth.",
        "The Galaxy S24 went on sale.",
        "The Apple Watch Series 10 is thinner.",
        "Air Force One landed at dawn.",
        "Fill in form R85 at the bank.",
        "It leads Formula One racing.",
        "It is the number one brand.",
        // A model by its number before its name.
        "Tests of the 787 Dreamliner resumed.",
        "It sells the 5636 System Unit to banks.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
    // Not a count of a group named so, nor a currency's name.
    for (text, want) in [
        ("The 300 Spartans held the pass.", "300"),
        ("It is sold in the 400 Associate Stores.", "400"),
        (
            "It proposed a 330 European currency unit a tonne tax on oils.",
            "330",
        ),
    ] {
        let figs = figures(text);
        let got = surfaces(text, &figs);
        assert!(got.iter().any(|g| g.starts_with(want)), "{text:?}: {got:?}");
    }
}

/// Issue 12: vague multitudes get the bounds their wording allows, each
/// within the next one's.
#[test]
fn vague_multitudes_have_consistent_bounds() {
    let bounds = |text: &str, span: &str| {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.qualifier, "unresolved", "{text:?}");
        (f.lo.unwrap(), f.hi.unwrap())
    };
    let order = [
        bounds("dozens of boats sank", "dozens"),
        bounds("hundreds of boats sank", "hundreds"),
        bounds("thousands of boats sank", "thousands"),
        bounds("tens of thousands of boats sank", "tens of thousands"),
        bounds(
            "hundreds of thousands of boats sank",
            "hundreds of thousands",
        ),
        bounds("millions of boats sank", "millions"),
    ];
    for w in order.windows(2) {
        assert!(w[0].0 < w[1].0 && w[0].1 <= w[1].1, "{order:?}");
    }
}

/// Money in major and minor units is one amount.
#[test]
fn dollars_and_cents_are_one_amount() {
    for (text, span, want) in [
        (
            "the toll is now 4 dollars and 25 cents",
            "4 dollars and 25 cents",
            4.25,
        ),
        ("a ticket costs 12 euros 80.", "12 euros 80", 12.8),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(want)), "{text:?}: {:?}", f.value);
    }
}

/// A dollar sign glued to the next number is that number's prefix, not a
/// suffix of the one before.
#[test]
fn dollar_sign_before_the_next_amount() {
    let text = "buy 2 $5 tickets";
    let figs = figures(text);
    let f = find(text, &figs, "$5");
    assert_eq!((f.value, f.unit.as_deref()), (Some(5.0), Some("USD")));
}

#[test]
fn a_qualified_single_unit_is_a_claim() {
    // (text, span, value, lo, hi, qualifier, unit)
    let cases: &[(&str, &str, f64, Option<f64>, Option<f64>, &str, &str)] = &[
        (
            "spent almost an hour talking",
            "almost an hour",
            1.0,
            None,
            Some(1.0),
            "upper",
            "hour",
        ),
        (
            "waited more than a year for it",
            "more than a year",
            1.0,
            Some(1.0),
            None,
            "lower",
            "year",
        ),
    ];
    for (text, span, value, lo, hi, q, unit) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.value, Some(*value), "{text:?}");
        assert_eq!(f.qualifier, *q, "{text:?}");
        assert_eq!(f.unit.as_deref(), Some(*unit), "{text:?}");
        assert!(close(f.hi, *hi), "{text:?}: hi {:?}", f.hi);
        if lo.is_some() {
            assert!(close(f.lo, *lo), "{text:?}: lo {:?}", f.lo);
        }
    }
    // No qualifier, no claim: "an hour later" counts nothing.
    assert!(figures("An hour later the talks resumed.").is_empty());
    // "A second" before its noun is the ordinal, whatever comes before.
    for text in [
        "Police received a call about a second shooting nearby.",
        "He was questioned at least a second time on Wednesday.",
    ] {
        assert!(
            figures(text).is_empty(),
            "{text:?}: {:?}",
            surfaces(text, &figures(text))
        );
    }
    for text in [
        "The flash lasted about a second.",
        "It lasted less than a second before the lights went out.",
    ] {
        assert_eq!(figures(text).len(), 1, "{text:?}");
    }
}

/// Issue 12, second pass: shapes of news figures that were still missed.
/// (text, span, lo, hi, qualifier, unit)
#[test]
fn news_shapes_second_pass() {
    let cases: &[(&str, &str, Option<f64>, Option<f64>, &str, Option<&str>)] = &[
        // A qualifier glued by a hyphen; square metres abbreviated.
        (
            "buyers hunt for sub-150 sq m homes",
            "sub-150 sq m",
            None,
            Some(150.0),
            "upper",
            Some("m2"),
        ),
        (
            "a sub-$300 tablet sold out",
            "sub-$300",
            None,
            Some(300.0),
            "upper",
            Some("USD"),
        ),
        // A range whose left end looks like a year or is a weak "one".
        (
            "athletes burn 1500 - 1800 calories a session",
            "1500 - 1800 calories",
            Some(1500.0),
            Some(1800.0),
            "range",
            Some("kcal"),
        ),
        (
            "repairs take one to two weeks",
            "one to two weeks",
            Some(1.0),
            Some(2.0),
            "range",
            Some("week"),
        ),
        // The first part of a compound measure confirms a weak unit.
        (
            "the mast is 14 m 5 dm tall",
            "14 m",
            Some(14.0),
            Some(14.0),
            "exact",
            Some("m"),
        ),
        // An ambiguous "pounds" read from the sentence.
        (
            "the parcel weighs 7 pounds",
            "7 pounds",
            Some(7.0),
            Some(7.0),
            "exact",
            Some("lb"),
        ),
        (
            "resin production will rise to 40 mln pounds a year",
            "40 mln pounds a year",
            Some(39.5e6),
            Some(40.5e6),
            "exact",
            Some("lb/year"),
        ),
        (
            "resin production will rise to 40 mln pounds a year from 35 mln pounds now",
            "35 mln pounds",
            Some(34.5e6),
            Some(35.5e6),
            "exact",
            Some("lb"),
        ),
        (
            "the plant's owner will spend 40 mln pounds",
            "40 mln pounds",
            Some(39.5e6),
            Some(40.5e6),
            "exact",
            Some("GBP"),
        ),
        (
            "a short ton is 2,000.00 pounds",
            "2,000.00 pounds",
            Some(1999.995),
            Some(2000.005),
            "exact",
            Some("lb"),
        ),
        (
            "it sold 3 pounds of saffron",
            "3 pounds",
            Some(3.0),
            Some(3.0),
            "exact",
            Some("lb"),
        ),
        (
            "the ticket cost 40 pounds",
            "40 pounds",
            Some(40.0),
            Some(40.0),
            "exact",
            Some("GBP"),
        ),
        // The sides of one size share its unit.
        (
            "a cell of 2 by 3 metres",
            "2",
            Some(2.0),
            Some(2.0),
            "exact",
            Some("m"),
        ),
        // A glued m is metres when the clause talks of a length.
        (
            "a crane measuring 45m toppled",
            "45m",
            Some(45.0),
            Some(45.0),
            "exact",
            Some("m"),
        ),
        (
            "the start-up raised 45m last year",
            "45m",
            Some(4.45e7),
            Some(4.55e7),
            "exact",
            None,
        ),
        // Units of the SI and US customary tables.
        (
            "a 1,400 cc scooter",
            "1,400 cc",
            Some(1350.0),
            Some(1450.0),
            "exact",
            Some("cm3"),
        ),
        (
            "inflate to 35 psi",
            "35 psi",
            Some(35.0),
            Some(35.0),
            "exact",
            Some("psi"),
        ),
        (
            "a 900 Mbps line",
            "900 Mbps",
            Some(895.0),
            Some(905.0),
            "exact",
            Some("Mbit/s"),
        ),
        (
            "wheat fell to 12 million bushels",
            "12 million bushels",
            Some(1.15e7),
            Some(1.25e7),
            "exact",
            Some("bushel"),
        ),
    ];
    let mut bad = Vec::new();
    for &(text, span, lo, hi, q, unit) in cases {
        let figs = figures(text);
        let Some(f) = figs.iter().find(|f| &text[f.start..f.end] == span) else {
            let got = surfaces(text, &figs);
            bad.push(format!("{text:?}: no {span:?}, got {got:?}"));
            continue;
        };
        if !close(f.lo, lo) || !close(f.hi, hi) || f.qualifier != q || f.unit.as_deref() != unit {
            bad.push(format!(
                "{text:?}: {span:?} [{:?}, {:?}] {} unit {:?}",
                f.lo, f.hi, f.qualifier, f.unit
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Words that are units only elsewhere stay counts here.
#[test]
fn ambiguous_unit_words_stay_counts() {
    for (text, span) in [
        ("she bought 10 bars of soap", "10"),
        ("he lost 12 leagues of friends", "12"),
        ("the 1990 to 2000 period", ""),
    ] {
        let figs = figures(text);
        if span.is_empty() {
            assert!(figs.is_empty(), "{text:?}");
            continue;
        }
        let f = find(text, &figs, span);
        assert_eq!(f.unit, None, "{text:?}");
    }
}

/// Measures written in news shorthand: a height as an adjective, a weight
/// in pounds and ounces, a two-word unit joined by hyphens, abbreviations
/// with dots, half of one unit, larger tonnages.
#[test]
fn measures_in_news_shorthand() {
    // (text, span, value, unit)
    let cases: &[(&str, &str, f64, Option<&str>)] = &[
        (
            "the 6-foot-4 defender signed",
            "6-foot-4",
            6.0 + 4.0 / 12.0,
            Some("ft"),
        ),
        (
            "a 5-foot-11-inch guard",
            "5-foot-11-inch",
            5.0 + 11.0 / 12.0,
            Some("ft"),
        ),
        (
            "the girl weighed 8lb 3oz at birth",
            "8lb 3oz",
            8.0 + 3.0 / 16.0,
            Some("lb"),
        ),
        (
            "a trout of 4 lb 12 oz was landed",
            "4 lb 12 oz",
            4.75,
            Some("lb"),
        ),
        (
            "a 2,400-square-foot flat",
            "2,400-square-foot",
            2400.0,
            Some("ft2"),
        ),
        ("a 12-cubic-metre tank", "12-cubic-metre", 12.0, Some("m3")),
        (
            "offices of 80,000 sq. ft. in total",
            "80,000 sq. ft",
            80000.0,
            Some("ft2"),
        ),
        ("storage of 300 cu. ft", "300 cu. ft", 300.0, Some("ft3")),
        ("a park of 12 sq. miles", "12 sq. miles", 12.0, Some("mi2")),
        (
            "a 40 sq kilometres reserve",
            "40 sq kilometres",
            40.0,
            Some("km2"),
        ),
        (
            "the road is half a mile long",
            "half a mile",
            0.5,
            Some("mile"),
        ),
        (
            "rates rose by half a percentage point",
            "half a percentage point",
            0.5,
            Some("percentage_point"),
        ),
        ("the half-mile tunnel", "half-mile", 0.5, Some("mile")),
        ("the quarter-mile track", "quarter-mile", 0.25, Some("mile")),
        (
            "the talks lasted half an hour",
            "half an hour",
            0.5,
            Some("hour"),
        ),
        (
            "the glacier lost 30 gigatonnes of ice",
            "30 gigatonnes",
            30.0,
            Some("Gt"),
        ),
        ("a 15-kiloton device", "15-kiloton", 15.0, Some("kt")),
        // A spelled fraction joined by hyphens.
        (
            "a four-and-a-half-hour meeting",
            "four-and-a-half-hour",
            4.5,
            Some("hour"),
        ),
        // Percent words as adjectives.
        ("a 20-percent stake", "20-percent", 20.0, Some("percent")),
        (
            "a 0.5-percentage-point cut",
            "0.5-percentage-point",
            0.5,
            Some("percentage_point"),
        ),
    ];
    let mut bad = Vec::new();
    for &(text, span, value, unit) in cases {
        let figs = figures(text);
        let Some(f) = figs.iter().find(|f| &text[f.start..f.end] == span) else {
            let got = surfaces(text, &figs);
            bad.push(format!("{text:?}: no {span:?}, got {got:?}"));
            continue;
        };
        if !close(f.value, Some(value)) || f.unit.as_deref() != unit {
            bad.push(format!("{text:?}: {span:?} {:?} {:?}", f.value, f.unit));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The shorthand rules leave other readings alone.
#[test]
fn measure_shorthand_keeps_other_readings() {
    // A score after a hyphenated height is not inches; "half a" before a
    // non-unit is no figure; a pound sum is not ounces.
    for (text, span) in [
        ("the 6-foot-40 poles", "6-foot"),
        ("he paid 7lb 20oz", "7lb"),
    ] {
        let figs = figures(text);
        find(text, &figs, span);
    }
    for text in [
        "half a loaf is better",
        "half a dozen eggs",
        "half-year results were weak",
        "a first-quarter-mile split",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| f.value != Some(0.5)),
            "{text:?}: {:?}",
            surfaces(text, &figs)
        );
    }
}

/// An amount with its scale joined by a hyphen, as an adjective.
#[test]
fn hyphenated_scale_amounts() {
    for (text, span, value, unit) in [
        (
            "a $2.3-billion takeover",
            "$2.3-billion",
            2.3e9,
            Some("USD"),
        ),
        (
            "a 1.5-million-tonne harvest",
            "1.5-million-tonne",
            1.5e6,
            Some("tonne"),
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(value)), "{text:?}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), unit, "{text:?}");
    }
}

/// Wire forms of units: dollars with the country named, initialisms with
/// dots, metric tonnes as "mt".
#[test]
fn wire_units() {
    for (text, span, unit) in [
        (
            "revenues of 446 mln Canadian dlrs",
            "446 mln Canadian dlrs",
            "CAD",
        ),
        (
            "reserves of 6.28 billion U.S. Dlrs",
            "6.28 billion U.S. Dlrs",
            "USD",
        ),
        (
            "reserves fell to 7.15 billion N.Z. Dlrs",
            "7.15 billion N.Z. Dlrs",
            "NZD",
        ),
        ("Shr 3.25 H.K. Dlrs vs 1.40", "3.25 H.K. Dlrs", "HKD"),
        // Every country's dollar is read in "dlrs" and its cents in
        // "cts" as the lexicon's dollars are.
        (
            "loans of 1.3 billion Brunei dlrs",
            "1.3 billion Brunei dlrs",
            "BND",
        ),
        (
            "exports worth 70 mln Zimbabwean dlrs",
            "70 mln Zimbabwean dlrs",
            "ZWL",
        ),
        (
            "crude at 64 Canadian cts a barrel",
            "64 Canadian cts",
            "cent",
        ),
        ("the rand rose to 49 U.S. Cts", "49 U.S. Cts", "cent"),
        // A quotient after a unit of several words.
        (
            "light sweet now stands at 21.95 Canadian dlrs/bbl",
            "21.95 Canadian dlrs/bbl",
            "CAD/barrel",
        ),
        ("sold 20,000 mt of wheat", "20,000 mt", "tonne"),
        ("a budget of 36 billion Ecus", "36 billion Ecus", "XEU"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text:?}");
    }
    // An initialism that names no unit stays out of the figure.
    let text = "it sold 300 U.S. cars";
    let figs = figures(text);
    let f = find(text, &figs, "300");
    assert_eq!(f.unit, None);
}

#[test]
fn wire_fractions_and_paragraph_ends() {
    // "7-3/4" is seven and three quarters, not a range down to 0.75.
    for (text, span, want) in [
        ("the rate has stood at 7-3/4 pct", "7-3/4 pct", 7.75),
        ("shares rose 1-1/8 to 17-1/2 dlrs", "17-1/2 dlrs", 17.5),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(want)), "{text:?}: {:?}", f.value);
    }
    // A unit never comes from the next paragraph or table line ("Year"
    // under "Revs 19.6 mln"); a hard wrap within a paragraph still joins.
    let text = "Revs 16.4 mln vs 19.6 mln\n    Year\n    Shr 89 cts vs 2.43 dlrs";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "19.6 mln").unit, None);
    let text = "a gain of 12.9 mln\ndlrs from the sale";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "12.9 mln\ndlrs").unit.as_deref(),
        Some("USD")
    );
    // "real" is the Brazilian currency, not "real estate".
    let text = "it sold eight real estate properties";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "eight").unit, None);
}

/// Checks (text, span, value, unit) rows and reports every miss at once.
fn check_measures(cases: &[(&str, &str, f64, Option<&str>)]) {
    let mut bad = Vec::new();
    for &(text, span, value, unit) in cases {
        let figs = figures(text);
        let Some(f) = figs.iter().find(|f| &text[f.start..f.end] == span) else {
            let got = surfaces(text, &figs);
            bad.push(format!("{text:?}: no {span:?}, got {got:?}"));
            continue;
        };
        if !close(f.value, Some(value)) || f.unit.as_deref() != unit {
            bad.push(format!("{text:?}: {span:?} {:?} {:?}", f.value, f.unit));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A quotient of units the lexicon does not list as one surface: the
/// unit before the slash, then the one after it.
#[test]
fn slash_quotients_of_units() {
    check_measures(&[
        (
            "the capsule re-entered at 11 km/s",
            "11 km/s",
            11.0,
            Some("km/second"),
        ),
        ("a dose of 2 mg/kg was given", "2 mg/kg", 2.0, Some("mg/kg")),
        ("foam of 30 kg/m3 density", "30 kg/m3", 30.0, Some("kg/m3")),
        ("storms dumped 40 mm/h", "40 mm/h", 40.0, Some("mm/hour")),
        ("copper fetched 9 USD/kg", "9 USD/kg", 9.0, Some("USD/kg")),
    ]);
    // A slash before a word that is no unit leaves the unit alone.
    let text = "a 12 km/day trek";
    let figs = figures(text);
    let f = find(text, &figs, "12 km/day");
    assert_eq!(f.unit.as_deref(), Some("km/day"));
    let text = "the trail is 8 km/partly paved";
    let figs = figures(text);
    let f = find(text, &figs, "8 km");
    assert_eq!(f.unit.as_deref(), Some("km"));
}

/// SI-prefixed and derived units of science, energy and health news.
#[test]
fn science_and_energy_units() {
    check_measures(&[
        (
            "the country used 230 terawatt hours",
            "230 terawatt hours",
            230.0,
            Some("TWh"),
        ),
        (
            "a battery of 3 gigawatt hours",
            "3 gigawatt hours",
            3.0,
            Some("GWh"),
        ),
        (
            "a snack of 180 kilocalories",
            "180 kilocalories",
            180.0,
            Some("kcal"),
        ),
        ("a charge of 50 MJ was stored", "50 MJ", 50.0, Some("MJ")),
        (
            "the flash lasted 8 nanoseconds",
            "8 nanoseconds",
            8.0,
            Some("ns"),
        ),
        ("a thrust of 900 kN", "900 kN", 900.0, Some("kN")),
        ("it makes 350 Nm of torque", "350 Nm", 350.0, Some("N·m")),
        ("the cell draws 20 mA", "20 mA", 20.0, Some("mA")),
        (
            "the asteroid passed 0.2 astronomical units away",
            "0.2 astronomical units",
            0.2,
            Some("au"),
        ),
        (
            "a cluster 800 parsecs away",
            "800 parsecs",
            800.0,
            Some("pc"),
        ),
        ("a 50-megapixel camera", "50-megapixel", 50.0, Some("MP")),
        ("traces of 3 nanograms", "3 nanograms", 3.0, Some("ng")),
        ("a tank of 4 m^3", "4 m^3", 4.0, Some("m3")),
        ("pores of 2 µm", "2 µm", 2.0, Some("um")),
        ("a 64 GiB card", "64 GiB", 64.0, Some("GiB")),
        ("the engine idles at 800 rpm", "800 rpm", 800.0, Some("rpm")),
        ("a reading of 140 mmHg", "140 mmHg", 140.0, Some("mmHg")),
        (
            "workers got 20 millisieverts",
            "20 millisieverts",
            20.0,
            Some("mSv"),
        ),
    ]);
}

/// A fraction of one unit is that much of the unit, not a share.
#[test]
fn a_fraction_of_one_unit_is_a_measure() {
    check_measures(&[
        (
            "the queue stretched three-quarters of a mile",
            "three-quarters of a mile",
            0.75,
            Some("mile"),
        ),
        (
            "the vote took a third of an hour",
            "a third of an hour",
            1.0 / 3.0,
            Some("hour"),
        ),
        (
            "yields slipped a quarter of a percentage point",
            "a quarter of a percentage point",
            0.25,
            Some("percentage_point"),
        ),
        (
            "two-thirds of an inch of snow fell",
            "two-thirds of an inch",
            2.0 / 3.0,
            Some("inch"),
        ),
        // A point of a rate or an index: "a quarter of a point".
        (
            "the bank cut rates by a quarter of a point",
            "a quarter of a point",
            0.25,
            Some("point"),
        ),
        (
            "the index slipped half a point",
            "half a point",
            0.5,
            Some("point"),
        ),
    ]);
    // A share of a group, or of an ambiguous pound, stays a percentage.
    check_measures(&[
        (
            "two-thirds of a crowd cheered",
            "two-thirds",
            200.0 / 3.0,
            Some("percent"),
        ),
        (
            "a quarter of a pound was spent",
            "a quarter",
            25.0,
            Some("percent"),
        ),
    ]);
}

/// A measure symbol in brackets after the number, as tables write it.
#[test]
fn a_bracketed_measure_symbol_is_the_unit() {
    check_measures(&[
        (
            "the pallet weighs 640 (kg) loaded",
            "640 (kg)",
            640.0,
            Some("kg"),
        ),
        ("a span of 12.5 [m2] was let", "12.5 [m2]", 12.5, Some("m2")),
        (
            "a rainfall of 35 {mm} overnight",
            "35 {mm}",
            35.0,
            Some("mm"),
        ),
    ]);
    // A weak symbol, a currency or a number in brackets is not read so.
    for (text, span) in [
        ("the city (pop. 9 (m)) grew", "9"),
        ("he scored 20 (6 from penalties)", "20"),
        ("the fare is 5 (EUR) today", "5"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit, None, "{text:?}");
    }
}

/// Feet and inches written with marks: primes, an apostrophe before the
/// inches, a double quote glued to the number.
#[test]
fn feet_and_inch_marks() {
    check_measures(&[
        (
            "the centre, listed at 6'11\", signed",
            "6'11\"",
            6.0 + 11.0 / 12.0,
            Some("ft"),
        ),
        ("a rookie at 5’9” tall", "5’9”", 5.75, Some("ft")),
        ("the 7′3″ forward", "7′3″", 7.25, Some("ft")),
        ("a 43\" monitor was stolen", "43\"", 43.0, Some("inch")),
        (
            "drifts 18 \" deep blocked roads",
            "18 \"",
            18.0,
            Some("inch"),
        ),
        ("a fence 9' high fell", "9'", 9.0, Some("ft")),
        // The marks of the first height do not count as a quotation.
        (
            "a suspect between 5'8\" and 5'10\" was seen",
            "between 5'8\" and 5'10\"",
            (5.0 + 8.0 / 12.0 + 5.0 + 10.0 / 12.0) / 2.0,
            Some("ft"),
        ),
    ]);
    // A double quote that closes a quotation, a decade's apostrophe and a
    // lone apostrophe are not marks.
    for (text, span) in [
        ("she said \"give us 40\" and left", "40"),
        ("the stadium's 1960's stands", "1960"),
        ("at 80' he scored", "80"),
    ] {
        let figs = figures(text);
        assert!(
            figs.iter()
                .all(|f| &text[f.start..f.end] != span || f.unit.is_none()),
            "{text:?}"
        );
    }
}

/// Degrees glued to the number as weather reports write them, read only
/// near words of temperature or as a conversion of one.
#[test]
fn glued_degrees_near_temperature_words() {
    check_measures(&[
        (
            "temperatures could reach 38C by Friday",
            "38C",
            38.0,
            Some("celsius"),
        ),
        ("a low of -7C overnight", "-7C", -7.0, Some("celsius")),
        (
            "Cloudy. High 54F. Winds light.",
            "54F",
            54.0,
            Some("fahrenheit"),
        ),
        (
            "it felt like 41C (106F) at noon",
            "106F",
            106.0,
            Some("fahrenheit"),
        ),
        // The scale's capital after "degrees".
        (
            "Highs will reach 95 degrees F on Sunday.",
            "95 degrees F",
            95.0,
            Some("fahrenheit"),
        ),
        (
            "The sea was 14 degrees C at dawn.",
            "14 degrees C",
            14.0,
            Some("celsius"),
        ),
        // Degrees without a scale after such words are a temperature.
        (
            "Forecasters expect temperatures near 31 degrees by Thursday.",
            "31 degrees",
            31.0,
            Some("degree_temperature"),
        ),
        (
            "The overnight low was 12 degrees in the valley.",
            "12 degrees",
            12.0,
            Some("degree_temperature"),
        ),
        // Without them, an angle.
        (
            "The bridge deck can tilt 15 degrees in high winds.",
            "15 degrees",
            15.0,
            Some("degree"),
        ),
        // Degrees before are no such word.
        (
            "The quake measured five degrees on the 12-degree Mercalli scale.",
            "12-degree",
            12.0,
            Some("degree"),
        ),
    ]);
    // Without such words a number glued to C or F is a name.
    for (text, span) in [
        ("the satellite Intelsat 3C failed", "3C"),
        ("a fleet of 12 F-16F jets", "16F"),
        ("she sat in row 22F again", "22F"),
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| !text[f.start..f.end].contains(span)),
            "{text:?}"
        );
    }
}

#[test]
fn a_person_killed_or_hurt_is_an_implied_count_of_one() {
    // (text, the implied counts' surfaces and events)
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "A man was shot and killed on Elm Street.",
            &[("A man", "killed")],
        ),
        (
            "Police said a 19-year-old woman died at the scene.",
            &[("woman", "died")],
        ),
        (
            "An off-duty officer was found dead.",
            &[("An off-duty officer", "died")],
        ),
        ("Teen killed in crash on Route 9", &[("Teen", "killed")]),
        // A headline's subject described by a word first, or with its
        // age set off by commas; a count first is the count's own.
        (
            "Brockton teen shot and killed near school",
            &[("Brockton teen", "killed")],
        ),
        ("Teenage girl wounded in drive-by", &[("Teenage girl", "injured")]),
        ("Boy, 8, dies in accidental shooting", &[("Boy", "killed")]),
        ("One man was killed on Elm Street.", &[]),
        // A second clause of a headline with its own subject.
        (
            "11-year-old boy wounded, stepfather fatally shot on walk home",
            &[("boy", "injured"), ("stepfather", "killed")],
        ),
        // And after a headline's count of its own.
        (
            "2 16-year-old boys killed, woman injured in West Side shooting",
            &[("woman", "injured")],
        ),
        ("3 shot, man killed in Chicago", &[("man", "killed")]),
        ("2 arrested, woman charged in robbery", &[]),
        ("A woman was shot and wounded.", &[("A woman", "injured")]),
        // The last of those a "left" names, with its own state.
        (
            "A shooting that left two people dead and a teen injured.",
            &[("a teen", "injured")],
        ),
        ("Two men and a woman injured their knees.", &[]),
        ("A shooting left five people and an unborn baby dead.", &[]),
        (
            "It left a 19-year-old woman, a 28-year-old man, and a 23-year-old man wounded.",
            &[],
        ),
        // Police write "male", "female", "juvenile" for the person.
        (
            "When officers arrived, an adult male was dead.",
            &[("an adult male", "died")],
        ),
        ("A juvenile was wounded.", &[("A juvenile", "injured")]),
        // A plural verb is not one person's.
        (
            "Four men coming from a repast to honor a slain friend were shot.",
            &[],
        ),
        // A bullet that grazed is a wound.
        (
            "A teenager was grazed by a bullet in the shooting.",
            &[("A teenager", "injured")],
        ),
        // The place a person is from, between the age and the noun; a
        // word that describes her; an adverb before the verb.
        (
            "A 24-year-old Roswell woman was shot, but survived.",
            &[("woman", "injured")],
        ),
        (
            "A 33-year-old pregnant woman was wounded in the attack.",
            &[("woman", "injured")],
        ),
        (
            "A 52-year-old Baton Rouge man was shot and killed on Friday.",
            &[("man", "killed")],
        ),
        (
            "A 9-year-old boy was accidentally shot by his cousin.",
            &[("boy", "shot")],
        ),
        // Hurt, told by the state the person is in.
        (
            "A 40-year-old man is in stable condition at the hospital.",
            &[("man", "injured")],
        ),
        (
            "A woman remains in serious condition after the shooting.",
            &[("A woman", "injured")],
        ),
        (
            "A girl remains in the hospital after the shooting.",
            &[("A girl", "injured")],
        ),
        (
            "A teenager is expected to survive after the shooting.",
            &[("A teenager", "injured")],
        ),
        (
            "A 52-year-old man suffered a gunshot wound to the arm.",
            &[("man", "injured")],
        ),
        (
            "A 19-year-old woman suffered a fatal gunshot wound.",
            &[("woman", "killed")],
        ),
        (
            "A boy died in the shooting and his 7-year-old brother is expected to survive.",
            &[("A boy", "died"), ("brother", "injured")],
        ),
        (
            "Her mother remains in stable condition after the shooting.",
            &[("Her mother", "injured")],
        ),
        ("The gunman shot his brother, who is in critical condition.", &[]),
        ("Police said Ruiz and his uncle were wounded.", &[]),
        (
            "A teen was killed. The 20-year-old was taken to a hospital with a gunshot wound.",
            &[("A teen", "killed"), ("The", "injured")],
        ),
        (
            "A man was shot and taken to a hospital, where he died.",
            &[("A man", "killed")],
        ),
        (
            "A woman was taken to a local hospital with a gunshot wound.",
            &[("A woman", "injured")],
        ),
        (
            "Hours later a girl went to a hospital with a gunshot wound to the leg.",
            &[("a girl", "injured")],
        ),
        ("A man walked to a store after the shooting.", &[]),
        ("A man was in good spirits on Monday.", &[]),
        ("A woman suffered a panic attack at the scene.", &[]),
        ("A man wounded two officers.", &[]),
        // The killed wife is a count, the man who killed her is not.
        (
            "Police said a man shot and killed his wife.",
            &[("his wife", "killed")],
        ),
        (
            "A boy was fatally injured by a stray round.",
            &[("A boy", "killed")],
        ),
        (
            "A man was fatally shot Tuesday night.",
            &[("A man", "killed")],
        ),
        (
            "A woman was shot to death in her home.",
            &[("A woman", "killed")],
        ),
        (
            "A 19-year-old man was fatally stabbed.",
            &[("man", "killed")],
        ),
        // An age that stands for the person leaves the article as the
        // count's surface (the age is a figure of its own).
        (
            "A 17-year-old was killed and two others were wounded.",
            &[("A", "killed")],
        ),
        // A list of people counts them; a group of untold size or a
        // numeral in it leaves the count to the numerals.
        (
            "A man and his daughter were found dead.",
            &[("A man and his daughter", "died")],
        ),
        (
            "A mother and her son were wounded.",
            &[("A mother and her son", "injured")],
        ),
        (
            "Father kills wife, son, daughter, then himself",
            &[("wife, son, daughter", "killed")],
        ),
        (
            "The gunman killed a pregnant woman and her unborn child.",
            &[("a pregnant woman and her unborn child", "killed")],
        ),
        ("Bullet kills man, grazes child", &[("man", "killed")]),
        (
            "Police say Lee shot and killed his first victim, a woman, at noon.",
            &[("his first victim", "killed")],
        ),
        (
            "Police say Smith killed his wife and their two children.",
            &[],
        ),
        ("He killed his wife and children.", &[]),
        // The killer, not the killed; a list; no death; a numeral.
        ("A man was shot in the leg.", &[("A man", "shot")]),
        ("A man was shot at but not hit.", &[]),
        // Hit by gunfire, told as "hit" or "struck"; not by a car.
        (
            "A woman was hit in the leg when gunfire erupted.",
            &[("A woman", "shot")],
        ),
        (
            "A girl was struck by a stray bullet on Friday.",
            &[("A girl", "shot")],
        ),
        (
            "In the shooting, a 20-year-old was hit multiple times.",
            &[("a", "shot")],
        ),
        (
            "Shots rang out. A teenager was hit, police said.",
            &[("A teenager", "shot")],
        ),
        ("A pedestrian was hit by a car on Main Street.", &[]),
        ("A man was struck in a hit-and-run crash.", &[]),
        (
            "Toddler, teen hurt in Christmas Day shooting",
            &[("Toddler, teen", "injured")],
        ),
        (
            "A boy and a man were both shot overnight.",
            &[("A boy and a man", "shot")],
        ),
        (
            "A 17-year-old shot and killed his uncle.",
            &[("his uncle", "killed")],
        ),
        (
            "A man killed his neighbour on Sunday.",
            &[("his neighbour", "killed")],
        ),
        ("Two men and a woman were killed.", &[]),
        (
            "Shooting kills 1 child, critically injures another",
            &[("another", "injured")],
        ),
        (
            "One man died and another man was wounded.",
            &[("another man", "injured")],
        ),
        (
            "A man was killed. Another was wounded.",
            &[("A man", "killed"), ("Another", "injured")],
        ),
        ("He wanted another chance at the title.", &[]),
        // "a second man" hurt is one more hurt; dead, the ordinal counts
        // all the dead (below).
        (
            "A woman died. A second person was also injured.",
            &[("A woman", "died"), ("A second person", "injured")],
        ),
        (
            "A second man was wounded in the leg and treated at a hospital.",
            &[("A second man", "injured")],
        ),
        ("A second man was seen running from the house.", &[]),
        // The people a wounding names are the injured, however grave.
        (
            "Deputies fired, killing a boy and critically wounding his father.",
            &[("a boy", "killed"), ("his father", "injured")],
        ),
        (
            "The blast injured a woman and her son.",
            &[("a woman and her son", "injured")],
        ),
        ("He injured his knee in training.", &[]),
        // A shooter who hit himself and another: both are counted.
        (
            "Boy charged after accidentally shooting self, girl",
            &[("self, girl", "shot")],
        ),
        (
            "He was jailed for the accidental shooting of himself and a woman.",
            &[("himself and a woman", "shot")],
        ),
        (
            "A shooting injured himself and a friend.",
            &[("himself and a friend", "injured")],
        ),
        ("He then shot himself.", &[]),
        (
            "A woman was also shot, but survived after surgery.",
            &[("A woman", "injured")],
        ),
        ("The gunman wounded two officers.", &[]),
        // An age alone that names the person shares its words with the
        // count.
        (
            "Officers opened fire, killing 6-year-old Jeremy.",
            &[("6-year-old", "killed")],
        ),
        ("15-Year-Old Dead After Dice Game", &[("15-Year-Old", "died")]),
        (
            "Victim in North Highlands apartment shooting dies",
            &[("Victim", "died")],
        ),
        ("Victim in shooting speaks, says he forgives", &[]),
        (
            "A teen was killed and a child was injured.",
            &[("A teen", "killed"), ("a child", "injured")],
        ),
        (
            "Her neighbor was shot, and a friend was also wounded.",
            &[("a friend", "injured")],
        ),
        ("One man was killed.", &[]),
        (
            "The gunman used a rifle to fatally shoot three people, wound another person and then take his own life.",
            &[("another person", "injured")],
        ),
        // The person a death is of.
        (
            "Mother, son arrested for shooting death of 8-year-old girl",
            &[("girl", "killed")],
        ),
        (
            "Police arrested a man in the killing of a woman and her son.",
            &[("a woman and her son", "killed")],
        ),
        (
            "The death of a man in custody was ruled a homicide.",
            &[("a man", "killed")],
        ),
        ("He was charged in the murder of two people.", &[]),
        ("The death of democracy was mourned.", &[]),
    ];
    for (text, want) in cases {
        let ex = crate::extract(&Document::from_text("d", *text));
        let got: Vec<(&str, &str)> = ex
            .claims
            .iter()
            .filter(|c| c.qualifier == "implied")
            .map(|c| (c.surface.as_str(), c.event.unwrap_or("-")))
            .collect();
        assert_eq!(&got, want, "{text}");
        // A count of one, or of the people a list names.
        for c in ex.claims.iter().filter(|c| c.qualifier == "implied") {
            let listed = 1 + c.surface.matches(',').count() + c.surface.matches(" and ").count();
            assert_eq!(c.value, Some(listed as f64), "{text}");
        }
    }
}

#[test]
fn a_double_homicide_counts_its_victims() {
    let cases: &[(&str, &[(&str, f64, &str)])] = &[
        (
            "Police are investigating a double homicide on Main Street.",
            &[("double homicide", 2.0, "killed")],
        ),
        (
            "Teens ID'd in double fatal shooting",
            &[("double fatal shooting", 2.0, "killed")],
        ),
        (
            "Woman, child hurt in triple shooting",
            &[
                ("Woman, child", 2.0, "injured"),
                ("triple shooting", 3.0, "shot"),
            ],
        ),
        (
            "The double murder-suicide shocked the town.",
            &[("double murder-suicide", 2.0, "killed")],
        ),
        // A doubled figure is a change, not a count of victims.
        ("Shootings doubled last year.", &[]),
    ];
    for (text, want) in cases {
        let ex = crate::extract(&Document::from_text("d", *text));
        let got: Vec<(&str, f64, &str)> = ex
            .claims
            .iter()
            .filter(|c| c.unit.is_none())
            .map(|c| {
                (
                    c.surface.as_str(),
                    c.value.unwrap_or(f64::NAN),
                    c.event.unwrap_or("-"),
                )
            })
            .collect();
        assert_eq!(&got, want, "{text}");
        // Written in words as plainly as a numeral: a count to compare.
        for c in ex.claims.iter().filter(|c| c.surface.starts_with("double")) {
            assert_eq!(c.qualifier, "exact", "{text}");
            let suicide = c.surface.contains("suicide");
            assert_eq!(c.perpetrator, suicide.then_some("excluded"), "{text}");
        }
    }
}

#[test]
fn an_ordinal_victim_who_died_counts_those_dead() {
    // (text, the implied counts' surfaces and values); all deaths.
    let cases: &[(&str, &[(&str, f64)])] = &[
        (
            "5th person dies after July murder-suicide",
            &[("5th person", 5.0)],
        ),
        ("A third man has died, police said.", &[("third man", 3.0)]),
        (
            "Second teen victim of suspected 14-year-old shooter dies",
            &[("Second teen victim", 2.0)],
        ),
        (
            "Second victim dies after Elm Street shooting",
            &[("Second victim", 2.0)],
        ),
        // An ordinal that is not a count of the dead.
        ("The second man was arrested on Friday.", &[]),
        // "A second woman was wounded" is one more hurt (tested below).
        ("He finished third in the race.", &[]),
    ];
    for (text, want) in cases {
        let ex = crate::extract(&Document::from_text("d", *text));
        let got: Vec<(&str, f64)> = ex
            .claims
            .iter()
            .filter(|c| c.qualifier == "implied")
            .map(|c| (c.surface.as_str(), c.value.unwrap_or(f64::NAN)))
            .collect();
        assert_eq!(&got, want, "{text}");
        for c in ex.claims.iter().filter(|c| c.qualifier == "implied") {
            assert!(matches!(c.event, Some("killed" | "died")), "{text}: {c:?}");
        }
    }
}

#[test]
fn an_ordinal_victim_hurt_is_one_more_or_the_count_so_far() {
    // (text, the implied counts: surface, value, event, scope, whole).
    type Case<'a> = (&'a str, &'a [(&'a str, f64, &'a str, &'a str)]);
    let cases: &[Case] = &[
        // A second is as often the other of two: one more hurt; after
        // the dead, all the hurt.
        (
            "Police said a second deputy was injured.",
            &[("a second deputy", 1.0, "injured", "other")],
        ),
        (
            "One deputy died; a second deputy was injured.",
            &[("a second deputy", 1.0, "injured", "total")],
        ),
        // From the third on, as many hit, dead or hurt, as the ordinal
        // says.
        (
            "Police now say an 8th teen was injured in the shooting.",
            &[("8th teen", 8.0, "shot", "total")],
        ),
        (
            "A fourth victim was taken to the hospital, police said.",
            &[("fourth victim", 4.0, "shot", "total")],
        ),
        // The dead's ordinal after the hurt.
        (
            "Two men suffered injuries and a third person died.",
            &[("third person", 3.0, "shot", "total")],
        ),
        // An ordinal that counts no one hurt.
        ("He was an 8th grader at the school.", &[]),
    ];
    for (text, want) in cases {
        let ex = crate::extract(&Document::from_text("d", *text));
        let got: Vec<(&str, f64, &str, &str)> = ex
            .claims
            .iter()
            .filter(|c| c.qualifier == "implied")
            .map(|c| {
                (
                    c.surface.as_str(),
                    c.value.unwrap_or(f64::NAN),
                    c.event.unwrap_or("-"),
                    c.scope,
                )
            })
            .collect();
        assert_eq!(&got, want, "{text}");
    }
    // The dead and the ordinal of all those hit: the ordinal is the
    // whole, not a count to add.
    let ex = crate::extract(&Document::from_text(
        "d",
        "Three people were found shot to death and a fourth person was injured.",
    ));
    let three = ex.claims.iter().find(|c| c.surface == "Three");
    assert_eq!(
        three.map(|c| (c.event, c.whole)),
        Some((Some("killed"), Some(4.0)))
    );
}

/// The span, value and unit of each figure in `text`, in order.
fn spans(text: &str) -> Vec<(&str, Option<f64>, Option<String>)> {
    figures(text)
        .into_iter()
        .map(|f| {
            (
                &text[f.start..f.end],
                f.value,
                f.unit.map(|u| u.into_owned()),
            )
        })
        .collect()
}

/// Tokenised text sets the hyphen of a compound adjective off with
/// spaces: the unit after it is the figure's, in its singular adjective
/// form only.
#[test]
fn unit_after_a_spaced_hyphen() {
    let text = "the firm makes a 5 - inch screen and a 120 - mm gun for a 40 - year - old buyer .";
    let got = spans(text);
    assert_eq!(
        got,
        vec![
            ("5 - inch", Some(5.0), Some("inch".into())),
            ("120 - mm", Some(120.0), Some("mm".into())),
            ("40 - year - old", Some(40.0), Some("year".into())),
        ]
    );
    let figs = figures(text);
    assert_eq!(find(text, &figs, "40 - year - old").category, Some("age"));
    // A dash in prose before a plural, and a score, keep their numbers bare.
    for (text, span) in [
        ("the vote came 3 - hours after the debate", "3"),
        ("they won 2 - nil at home", "2"),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).unit, None, "{text}");
    }
}

/// Every side of a size takes the unit written after its last side.
#[test]
fn three_sided_sizes_share_the_unit() {
    for (text, sides, unit) in [
        (
            "each crate is 2 x 3 x 4 m and weighs little",
            ["2", "3", "4 m"],
            "m",
        ),
        (
            "a hall of 40 by 25 by 12 feet",
            ["40", "25", "12 feet"],
            "ft",
        ),
        (
            "the box is 10 \u{d7} 20 \u{d7} 30 cm.",
            ["10", "20", "30 cm"],
            "cm",
        ),
    ] {
        let figs = figures(text);
        for s in sides {
            assert_eq!(
                find(text, &figs, s).unit.as_deref(),
                Some(unit),
                "{text}: {s}"
            );
        }
    }
    // The sign between the sides is not what they count.
    let text = "each crate is 2 x 3 x 4 m";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "2").noun, None);
    // A lone "m" after a number that is no side of a size is no unit.
    let text = "they hired 12 m and more";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "12").unit, None);
}

/// "A dollar and twenty cents": the article counts one of the major unit.
#[test]
fn a_dollar_and_spelled_cents() {
    for (text, span, want, unit) in [
        (
            "a loaf now costs a dollar and twenty cents",
            "a dollar and twenty cents",
            1.2,
            "USD",
        ),
        (
            "the fare rose to a euro and 50 cents.",
            "a euro and 50 cents",
            1.5,
            "EUR",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(want)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
    }
    // Cents alone stay cents.
    let text = "stamps went up by twenty cents";
    let figs = figures(text);
    let f = find(text, &figs, "twenty cents");
    assert_eq!((f.value, f.unit.as_deref()), (Some(20.0), Some("cent")));
}

/// A factor written with "-fold" or as one word is a multiple.
#[test]
fn fold_factors() {
    let text =
        "exports grew three-fold, imports rose 10-fold and prices tenfold; a hundredfold gain.";
    assert_eq!(
        spans(text),
        vec![
            ("three-fold", Some(3.0), Some("times".into())),
            ("10-fold", Some(10.0), Some("times".into())),
            ("tenfold", Some(10.0), Some("times".into())),
            ("hundredfold", Some(100.0), Some("times".into())),
        ]
    );
    // Words ending in "fold" with no number for a stem.
    assert!(figures("the manifold was under the scaffold, blindfold.").is_empty());
}

/// "A gallon of petrol costs $4": one of a measure, priced or counted in
/// its clause, is a figure of one; idioms and a measure with no figure
/// after it are not.
#[test]
fn one_measure_priced_in_its_clause() {
    for (text, span, unit) in [
        ("a gallon of petrol now costs $4.20", "a gallon", "gallon"),
        ("An ounce of gold rose 2% to $1,950.", "An ounce", "oz"),
        ("a litre of milk sells for 90p", "a litre", "L"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(1.0), Some(unit)),
            "{text}"
        );
    }
    for text in [
        "we are sitting on a barrel of powder, he said.",
        "a bit of luck, a degree of doubt and a ton of work cost him 5 years",
        "he has an acre of land. It cost $5,000.",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| f.value != Some(1.0)),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
}

/// The old figure of a change, written bare before "to", takes the unit
/// and scale of the new one.
#[test]
fn old_figure_of_a_change_takes_the_new_unit() {
    for (text, span, value, unit) in [
        (
            "prices rose from 10 to 15 per cent",
            "10",
            10.0,
            Some("percent"),
        ),
        (
            "debt fell from 60 to 45 billion euros",
            "60",
            6e10,
            Some("EUR"),
        ),
        (
            "exports fell from 73,164 to 35,910 tonnes",
            "73,164",
            73164.0,
            Some("tonne"),
        ),
        ("the fleet grew from 12 to 19.5 million", "12", 1.2e7, None),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(value)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), unit, "{text}");
    }
    // Of another size, the old figure keeps its own scale.
    let text = "sales rose from 900 to 1.2 million units";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.value != Some(9e8)));
}

/// The new figure of a change, written bare after "from" and a figure
/// with its unit, takes that unit (and its scale, at the same size);
/// not when a noun of its own follows it.
#[test]
fn new_figure_of_a_change_takes_the_old_unit() {
    for (text, span, value, unit) in [
        (
            "a cut in the legal limit from 24 weeks to 20.",
            "20",
            20.0,
            Some("week"),
        ),
        ("prices fell from $5 to 3 last year", "3", 3.0, Some("USD")),
        (
            "rates rose from 5% to 6, it said",
            "6",
            6.0,
            Some("percent"),
        ),
        (
            "it rose from 7.3 billion dlrs to 7.9 in 1986",
            "7.9",
            7.9e9,
            Some("USD"),
        ),
        ("sales rose from 5% to 6 stores", "6", 6.0, None),
        ("the team fell from 30 players to 25.", "25", 25.0, None),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(value)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), unit, "{text}");
    }
}

/// A bare figure with a scale word after a sum of money, joined by a word
/// that compares or lists, is money in that currency; a figure with a
/// noun of its own, or another clause's, is not.
#[test]
fn a_bare_scaled_figure_after_money_takes_its_currency() {
    for (text, span, value, unit) in [
        (
            "Turnover climbed to $4.2 billion from 3.8 billion a year earlier.",
            "3.8 billion",
            3.8e9,
            Some("USD"),
        ),
        (
            "Pre-tax profit 412 mln stg vs 388 mln",
            "388 mln",
            3.88e8,
            Some("GBP"),
        ),
        (
            "The agency cut its forecast to 120 mln stg from 150 mln initially.",
            "150 mln",
            1.5e8,
            Some("GBP"),
        ),
        (
            "Net income was 97.3 mln dlrs vs. 77.9 mln a year before.",
            "77.9 mln",
            7.79e7,
            Some("USD"),
        ),
        (
            "Reserves stood at 61 billion euros, against 58.5 billion in June.",
            "58.5 billion",
            5.85e10,
            Some("EUR"),
        ),
        // Over the share of a change, to the sum before it.
        (
            "Exports rose 9 pct to 7.3 billion dlrs and imports fell 5.1 pct to 8.3 billion.",
            "8.3 billion",
            8.3e9,
            Some("USD"),
        ),
        (
            "The council borrowed 90 mln dlrs and later raised it to 1.2 billion.",
            "1.2 billion",
            1.2e9,
            Some("USD"),
        ),
        (
            "A loss of 1,210 billion lire in March compared with a profit of 95 billion in April.",
            "95 billion",
            9.5e10,
            Some("ITL"),
        ),
        (
            "It lost 42.5 mln dlrs in the year, including currency losses of 6.1 mln.",
            "6.1 mln",
            6.1e6,
            Some("USD"),
        ),
        (
            "Sales 8.31 billion crowns vs 7.94 billion",
            "7.94 billion",
            7.94e9,
            Some("crown"),
        ),
        // A noun of its own: a count.
        (
            "The $6 billion scheme would train 2 million workers.",
            "2 million",
            2e6,
            None,
        ),
        // Another clause.
        (
            "It lost $300 million. And 2.5 million in June.",
            "2.5 million",
            2.5e6,
            None,
        ),
        // Far from the sum's size.
        ("A $5 fee and 40 million to spare.", "40 million", 4e7, None),
        // Over a share only straight after "to".
        (
            "It paid $4 billion, up 5 pct, with 3 billion shares out.",
            "3 billion",
            3e9,
            None,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(value)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), unit, "{text}");
    }
}

/// The last letter of an abbreviation is no "c." (circa) before a count;
/// a verb after a count is no noun of it.
#[test]
fn abbreviations_and_verbs_around_a_count() {
    let text = "The gunmen fired on a crowd in Washington, D.C. Six people were hurt.";
    let figs = figures(text);
    let f = find(text, &figs, "Six");
    assert_eq!(f.qualifier, "exact", "{text}");
    let text = "The estate had c. 300 rooms.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "c. 300").qualifier, "approx", "{text}");
    let text = "Seven went to a hospital and two were admitted.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "Seven").noun, None, "{text}");
}

/// Crowns (Nordic or Czech, the country unwritten) are money after
/// numerals, titles after number words.
#[test]
fn crowns_after_numerals_are_money() {
    for (text, span, unit) in [
        (
            "The shares ended at 312 crowns.",
            "312 crowns",
            Some("crown"),
        ),
        (
            "Turnover rose to 4.8 billion crowns.",
            "4.8 billion crowns",
            Some("crown"),
        ),
        ("The champion has won three crowns.", "three", None),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), unit, "{text}");
    }
}

/// A bid and an offer quoted together, the second by its last digits, is
/// one figure from the lower to the higher, with the unit written after
/// the second; a score out of ten and a one-decimal pair stay apart.
#[test]
fn bid_offer_quotes_are_one_range() {
    for (text, span, lo, hi, unit) in [
        (
            "The euro was quoted at 1.1420/35 dollars in late trade.",
            "1.1420/35 dollars",
            1.142,
            1.1435,
            Some("USD"),
        ),
        (
            "Overnight funds were dealt at 4.60/45 pct.",
            "4.60/45 pct",
            4.45,
            4.6,
            Some("percent"),
        ),
        (
            "Silver fixed at 512.10/60 cents an ounce.",
            "512.10/60 cents",
            512.1,
            512.6,
            Some("cent"),
        ),
        (
            "The bond slipped to 97.15-20 by midday.",
            "97.15-20",
            97.15,
            97.2,
            None,
        ),
        (
            "The yen firmed to 139.2850/920 per dollar.",
            "139.2850/920",
            139.285,
            139.292,
            None,
        ),
        // At the end of a sentence.
        (
            "The mark closed yesterday at 1.8260/70.",
            "1.8260/70",
            1.826,
            1.827,
            None,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(
            close(f.lo, Some(lo)) && close(f.hi, Some(hi)),
            "{text}: {:?} {:?}",
            f.lo,
            f.hi
        );
        assert!(
            close(f.value, Some((lo + hi) / 2.0)),
            "{text}: {:?}",
            f.value
        );
        assert_eq!(f.unit.as_deref(), unit, "{text}");
    }
    // A price in fractions of its last place is one value.
    let text = "Wheat closed at 3.12-3/4 dlrs a bushel.";
    let figs = figures(text);
    let f = find(text, &figs, "3.12-3/4 dlrs");
    assert!(
        close(f.value, Some(3.1275)) && close(f.lo, Some(3.1275)),
        "{text}: {:?}",
        f.value
    );
    for (text, span) in [
        ("Critics gave the film 7.50/10 overall.", "7.50"),
        ("The gauge read 2.5/3 bars.", "2.5"),
    ] {
        let figs = figures(text);
        find(text, &figs, span);
    }
}

/// A larger figure before a smaller one is a tally or two shares side by
/// side, never a range; ascending it is one.
#[test]
fn a_descending_pair_is_two_figures() {
    for (text, spans) in [
        (
            "The motion was carried by a vote of 211 to 97.",
            &["211", "97"][..],
        ),
        (
            "The survey put Labour on 41 per cent to 33 per cent for the Tories.",
            &["41 per cent", "33 per cent"],
        ),
        ("She led 52%-45% among women.", &["52%", "45%"]),
        ("By 99 to 0, the Senate went on record.", &["99", "0"]),
        // A ticker's bracket is no "more than".
        ("Syntex Corp <SYN> 82 and 83.", &["82", "83"]),
        // A change in fractions and the price it reached.
        ("RJR Nabisco <RJR> 1-1/4 to 57-1/2.", &["1-1/4", "57-1/2"]),
        (
            "Forecasts were cut from 15 to 9 million tonnes.",
            &["15", "9 million tonnes"],
        ),
        ("Wages rose 3 to 4 per cent.", &["3 to 4 per cent"]),
        ("Six-three was the final score.", &["Six", "three"]),
        // A dealer's quote from the higher to the lower, the unit after
        // the second only, stays one.
        ("Call money was dealt at 9-8 7/8 pct.", &["9-8 7/8 pct"]),
    ] {
        let figs = figures(text);
        let got: Vec<&str> = figs.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(got, spans, "{text}");
    }
    // The first of a fall takes the second's scale.
    let text = "Forecasts were cut from 15 to 9 million tonnes.";
    let figs = figures(text);
    assert!(close(find(text, &figs, "15").value, Some(1.5e7)), "{text}");
}

/// A temperature cue before the first end of a range tells the second's
/// "C": "lows of -5 to -10C".
#[test]
fn temperature_cue_before_a_range() {
    let text = "Forecasters expect lows of -4 to -9C on Friday.";
    let figs = figures(text);
    let f = find(text, &figs, "-4 to -9C");
    assert_eq!(f.unit.as_deref(), Some("celsius"), "{text}");
    assert!(close(f.lo, Some(-9.0)) && close(f.hi, Some(-4.0)), "{text}");
}

/// "30-odd", "40 odd years": the number and some more, a lower bound, with
/// the unit after "odd" read as the figure's.
#[test]
fn odd_is_a_lower_bound() {
    for (text, span, unit) in [
        ("some of the 80-odd resorts were damaged", "80-odd", None),
        ("he spent 40 odd years at sea", "40 odd years", Some("year")),
        ("a 30-odd mile walk", "30-odd mile", Some("mile")),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.qualifier, f.hi, f.unit.as_deref()),
            ("lower", None, unit),
            "{text}"
        );
    }
    // "Odd" closing a sentence qualifies nothing.
    let text = "the score was 3 odd.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "3").qualifier, "exact");
}

/// Dollars and spelled cents with no "cents": "thirteen dollars
/// forty-five." closing its clause.
#[test]
fn dollars_and_spelled_cents_closing_a_clause() {
    let text = "it only cost thirteen dollars forty-five.";
    let figs = figures(text);
    let f = find(text, &figs, "thirteen dollars forty-five");
    assert!(close(f.value, Some(13.45)), "{:?}", f.value);
    // A count after an amount, mid-clause, stays a count.
    let text = "they paid ten dollars twelve times over";
    let figs = figures(text);
    assert!(close(find(text, &figs, "ten dollars").value, Some(10.0)));
}

/// A share written with hyphens is a share like "one in five", whatever
/// the size of its parts; a compound after it ("1-in-100-year") is not.
#[test]
fn hyphenated_shares() {
    for (text, span, want) in [
        ("one-in-five children live in poverty", "one-in-five", 20.0),
        ("a 1-in-3 risk of rain", "1-in-3", 100.0 / 3.0),
        ("a one-in-a-million chance", "one-in-a-million", 1e-4),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(want)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), Some("percent"), "{text}");
    }
    let text = "the 1-in-100-year flood";
    assert!(figures(text)
        .iter()
        .all(|f| f.unit.as_deref() != Some("percent")));
}

/// Two spelled numbers close together joined by "or" are a range, as
/// digits are ("five or six people", "two or three weeks").
#[test]
fn spelled_or_ranges() {
    for (text, span, lo, hi) in [
        ("five or six people were hurt", "five or six", 5.0, 6.0),
        (
            "it will take two or three weeks",
            "two or three weeks",
            2.0,
            3.0,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.qualifier, f.lo, f.hi),
            ("range", Some(lo), Some(hi)),
            "{text}"
        );
    }
    // Far apart, they are two figures.
    let text = "either two or twenty";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "two").qualifier, "exact");
}

/// Pounds that convert a mass written just before them weigh, even with
/// a scale; a scaled amount elsewhere stays money.
#[test]
fn pounds_converting_a_mass() {
    for (text, span, unit) in [
        (
            "sales of 3,200 metric tons, or 7 million pounds, were reported",
            "7 million pounds",
            "lb",
        ),
        (
            "the 80-tonne truck (176,000 pounds) tipped over",
            "176,000 pounds",
            "lb",
        ),
        (
            "the firm, which makes 40-tonne trucks, lost 5 million pounds",
            "5 million pounds",
            "GBP",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
}

/// `$US` and `$A` with a space before the amount, as Australian and New
/// Zealand papers also write them.
#[test]
fn dollar_sign_then_code_with_a_space() {
    for (text, span, value, unit) in [
        (
            "The miner paid $US 1.2 billion for the stake.",
            "$US 1.2 billion",
            1.2e9,
            "USD",
        ),
        (
            "Canberra pledged $A 50 million in aid.",
            "$A 50 million",
            5e7,
            "AUD",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
}

/// Currency signs and abbreviations added to the lexicon: the cent sign,
/// the Swiss franc's SFr, signs that open on an ASCII letter (E£, GH¢),
/// and the lek.
#[test]
fn more_currency_signs() {
    for (text, span, value, unit) in [
        ("A dozen eggs now cost 50¢ more.", "50¢", 50.0, "cent"),
        (
            "The bank was fined SFr 2.5 million.",
            "SFr 2.5 million",
            2.5e6,
            "CHF",
        ),
        ("Bread rose to E£20 a loaf in Cairo.", "E£20", 20.0, "EGP"),
        (
            "Traders in Accra charged GH¢ 500 a bag.",
            "GH¢ 500",
            500.0,
            "GHS",
        ),
        ("A coffee in Tirana costs 150 lek.", "150 lek", 150.0, "ALL"),
        // The rand set off by a space, with a scale or a large amount.
        (
            "The new stadium cost R 1,500 million.",
            "R 1,500 million",
            1.5e9,
            "ZAR",
        ),
        (
            "A family car costs R 250 000 in Durban.",
            "R 250 000",
            250000.0,
            "ZAR",
        ),
        // The Polish spelling.
        (
            "The court fined the driver 500 złoty.",
            "500 złoty",
            500.0,
            "PLN",
        ),
        (
            "Rents reached 4,000 złotys in Krakow.",
            "4,000 złotys",
            4000.0,
            "PLN",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
}

/// Concentrations, resistance, amounts of substance and bit rates read
/// as measures.
#[test]
fn science_units_ppm_ohm_mmol_gbit() {
    for (text, span, unit) in [
        ("Carbon dioxide reached 421 ppm in May.", "421 ppm", "ppm"),
        (
            "Arsenic was found at 12 parts per billion.",
            "12 parts per billion",
            "ppb",
        ),
        ("The sensor uses a 470 Ω resistor.", "470 Ω", "ohm"),
        ("Her blood sugar was 5.5 mmol/L.", "5.5 mmol/L", "mmol/L"),
        (
            "The cable carries 400 Gbit/s of traffic.",
            "400 Gbit/s",
            "Gbit/second",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
        assert_eq!(f.unit_kind, Some(UnitKind::Measure), "{text}");
    }
}

/// After a verb of change, a bare number before a close one with a unit
/// is the range of the change ("fell 10 to 15 percent"), while a figure
/// with its own unit before "to" is the change and the level reached.
#[test]
fn change_by_a_range() {
    let text = "Home prices fell 10 to 15 percent in the capital.";
    let figs = figures(text);
    let f = find(text, &figs, "10 to 15 percent");
    assert_eq!(
        (f.qualifier, f.lo, f.hi, f.change),
        ("range", Some(10.0), Some(15.0), Some("fall"))
    );
    let text = "Sales rose 5% to $1.2 billion.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "5%").qualifier, "exact");
    assert_eq!(find(text, &figs, "$1.2 billion").qualifier, "exact");
    // With a scale after the second number, carried to the first.
    let text = "The utility plans to raise 35 to 45 million dollars.";
    let figs = figures(text);
    let f = find(text, &figs, "35 to 45 million dollars");
    assert_eq!((f.lo, f.hi), (Some(3.5e7), Some(4.5e7)));
    // Far apart, a change and the level it reached.
    let text = "The toll rose 2 to 40 percent of the total.";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.qualifier != "range"), "{text}");
}

/// A two-word unit as an adjective in tokenised text, both hyphens set
/// off by spaces.
#[test]
fn spaced_two_word_unit_adjective() {
    for (text, span, unit) in [
        (
            "they bought a 4,500 - square - foot house in the hills .",
            "4,500 - square - foot",
            "ft2",
        ),
        (
            "a 30 - metric - ton crane toppled .",
            "30 - metric - ton",
            "tonne",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // A plural after the spaced hyphen is no adjective.
    let text = "he won 5 - square miles later";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("mi2")),
        "{text}"
    );
}

/// One of a measure given as a size, a distance or a fall of rain or
/// snow; the same unit in an idiom or alone counts nothing.
#[test]
fn one_measure_as_a_size_or_a_fall() {
    for (text, span, unit) in [
        (
            "Over an inch of rain fell on Tuesday.",
            "Over an inch",
            "inch",
        ),
        ("The gale brought an inch of rain.", "an inch", "inch"),
        (
            "The storm left a foot of snow in the hills.",
            "a foot",
            "ft",
        ),
        (
            "The school is a mile away from the plant.",
            "a mile",
            "mile",
        ),
        ("The crack was a metre wide.", "a metre", "m"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(1.0), Some(unit)),
            "{text}"
        );
    }
    for text in [
        "He walked a mile in her shoes.",
        "It was a foot of the bed.",
        "They drank a yard of ale.",
    ] {
        assert!(figures(text).is_empty(), "{text}");
    }
}

/// Releases of software are names, not quantities: "version 2.0", "iOS
/// 17.1", "macOS 14"; a decimal with a unit still counts.
#[test]
fn software_versions_are_names() {
    for text in [
        "Version 2.0 of the app fixed the bug.",
        "The iOS 17.1 update drains batteries.",
        "Apple shipped macOS 14 in September.",
    ] {
        assert!(figures(text).is_empty(), "{text}: {:?}", figures(text));
    }
    let text = "The iOS update added 2.5 hours of battery life.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "2.5 hours").value, Some(2.5));
}

/// Rarer units from the NIST and SI tables read as measures; everyday
/// count nouns that double as old units ("chains", "leagues") do not.
#[test]
fn rarer_units_and_count_nouns() {
    for (text, span, unit) in [
        (
            "The brooch weighs 12 pennyweight.",
            "12 pennyweight",
            "pennyweight",
        ),
        (
            "The 250,000 dwt tanker ran aground.",
            "250,000 dwt",
            "deadweight_tonne",
        ),
        ("Farmers sold 40 pecks of apples.", "40 pecks", "peck"),
        ("The star moved 3 arcseconds.", "3 arcseconds", "arcsec"),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    let text = "The 12 chains and 3 leagues merged.";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.unit.is_none()), "{text}");
}

/// A size written as one adjective with "-by-" shares its unit; a
/// lumber size without a unit stays two bare numbers.
#[test]
fn hyphenated_by_sizes_share_the_unit() {
    let text = "They rented a 12-by-20-foot room downtown.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "12").unit.as_deref(), Some("ft"));
    assert_eq!(find(text, &figs, "20-foot").unit.as_deref(), Some("ft"));
    let text = "He cut a 2-by-4 board.";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.unit.is_none()), "{text}");
}

/// "And a half" after a unit adds half of it, after a number ("two years
/// and a half") or after "a" ("a mile and a half", "an hour and a half").
#[test]
fn and_a_half_after_the_unit() {
    for (text, span, value, unit) in [
        (
            "The talks dragged on for two years and a half.",
            "two years and a half",
            2.5,
            "year",
        ),
        (
            "The road was built in a year and a half.",
            "a year and a half",
            1.5,
            "year",
        ),
        (
            "The python was a metre and a half long.",
            "a metre and a half",
            1.5,
            "m",
        ),
        (
            "Rescuers waited an hour and a half.",
            "an hour and a half",
            1.5,
            "hour",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
        assert_eq!(figs.len(), 1, "{text}");
    }
}

/// A unit after a price or a part of it is no measure of one: "50 cents
/// a barrel across the board", "0.30 of an inch of rain" (a decimal part
/// of the unit).
#[test]
fn one_measure_not_after_a_price_or_a_part() {
    let text = "Forecasters expect 0.30 of an inch of rain tomorrow.";
    let figs = figures(text);
    let f = find(text, &figs, "0.30 of an inch");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.3), Some("inch")));
    for text in [
        "Refiners raised prices 50 cts a barrel across the board.",
        "Forecasters expect 0.30 of an inch of rain tomorrow.",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| f.value != Some(1.0)),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
}

/// Science and Swiss shapes: kelvins after a large number (not
/// thousands), the apostrophe as a thousands separator, squared and
/// cubed customary units, hours before minutes.
#[test]
fn kelvin_swiss_grouping_cubed_units_hours_and_minutes() {
    for (text, span, value, unit) in [
        (
            "The corona reaches 1,000,000 K.",
            "1,000,000 K",
            1e6,
            "kelvin",
        ),
        (
            "The Gotthard tunnel is 57'000 m long.",
            "57'000 m",
            57000.0,
            "m",
        ),
        ("The tank holds 2 ft³ of gas.", "2 ft³", 2.0, "ft3"),
        ("The final took 2 h 30 min.", "2 h", 2.0, "hour"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
    // A small "K" is still thousands.
    let text = "The salary is $50 K a year.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "$50 K").value, Some(50000.0));
}

/// Weeks and months abbreviated as wire tables write them.
#[test]
fn week_and_month_abbreviations() {
    let text = "Nine mths net was 5.1 mln dlrs; the 52 wks high was 40.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "Nine mths").unit.as_deref(),
        Some("month")
    );
    assert_eq!(find(text, &figs, "52 wks").unit.as_deref(), Some("week"));
}

/// "Rose by X to Y": the change and the total it reached, with decimals
/// in the change ("rose by $2.1 billion to $80.5 billion"); never a range.
#[test]
fn change_by_a_decimal_then_the_total() {
    for (text, delta, total) in [
        (
            "Revenue rose by $2.1 billion to $80.5 billion.",
            "$2.1 billion",
            "$80.5 billion",
        ),
        (
            "Rates fell from 12.5 to 11.2 per cent.",
            "12.5",
            "11.2 per cent",
        ),
        // A wire's line break is no clause's end.
        (
            "the financial rand jumped\nnearly two cts to 33 U.S. Cts.",
            "nearly two cts",
            "33 U.S. Cts",
        ),
    ] {
        let figs = figures(text);
        let d = find(text, &figs, delta);
        let t = find(text, &figs, total);
        assert_ne!(d.qualifier, "range", "{text}");
        assert_eq!(t.change_role, Some("new"), "{text}");
        assert!(d.change_role.is_some(), "{text}");
    }
}

/// "By" before a range is a passive's agent unless a change comes before
/// it: "attended by 80 to 100 people" is one range.
#[test]
fn a_range_after_an_agents_by() {
    for (text, span, lo, hi) in [
        (
            "The vigil was attended by 80 to 100 people, including children.",
            "80 to 100",
            80.0,
            100.0,
        ),
        (
            "The houses were bought by 20 to 30 families.",
            "20 to 30",
            20.0,
            30.0,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!((f.lo, f.hi), (Some(lo), Some(hi)), "{text}");
    }
}

/// A spelled number after a label word with a determiner or before a
/// plural noun still counts: not a label like "round one".
#[test]
fn counts_after_a_label_word_still_count() {
    for (text, span, value) in [
        ("Last year three were killed.", "three", 3.0),
        ("In the third round two players withdrew.", "two", 2.0),
        ("This week nine men were charged.", "nine", 9.0),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).value, Some(value), "{text}");
    }
}

/// A comparison sign glued to a name stays a bound ("x>10"); only a
/// ticker's closing bracket ("<SYN> 82") is none.
#[test]
fn a_sign_after_a_name_is_a_bound() {
    let text = "x>10 and y<20";
    let figs = figures(text);
    assert_eq!(find(text, &figs, ">10").qualifier, "lower");
    assert_eq!(find(text, &figs, "<20").qualifier, "upper");
}

/// The bracket that closes a firm's name as wires mark it ("<Croesus
/// Mining NL> 29 pct") is no "more than" either, across a line's wrap;
/// a sign set apart after a word stays one.
#[test]
fn a_bracketed_name_before_a_figure_is_no_bound() {
    let text =
        "Whim Creek will hold 44 pct, <Croesus Mining\nNL> 29 pct and the index was > 29 pct.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "29 pct").qualifier, "exact");
    assert_eq!(find(text, &figs, "> 29 pct").qualifier, "lower");
}

/// A range with an open end ("5 to 10 percent or more", "at least 20
/// to 30") keeps the range's own end on its closed side.
#[test]
fn a_range_with_an_open_end() {
    for (text, span, lo, hi) in [
        (
            "Prices could rise 5 to 10 percent or more.",
            "5 to 10 percent or more",
            Some(5.0),
            None,
        ),
        (
            "At least 20 to 30 people died.",
            "At least 20 to 30",
            Some(20.0),
            None,
        ),
        (
            "Up to 5 to 10 people were hurt.",
            "Up to 5 to 10",
            None,
            Some(10.0),
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!((f.lo, f.hi), (lo, hi), "{text}");
    }
}

/// A bound written after the count's noun ("50 employees or more"):
/// the number's surface, the bound's qualifier; not a second count's
/// "or more oranges".
#[test]
fn a_bound_after_the_counted_noun() {
    for (text, span, qualifier, lo, hi) in [
        (
            "Firms with 50 employees or more must report.",
            "50",
            "lower",
            Some(50.0),
            None,
        ),
        (
            "Groups of 100 people or fewer may meet.",
            "100",
            "upper",
            None,
            Some(100.0),
        ),
        (
            "He has 3 apples or more oranges.",
            "3",
            "exact",
            Some(3.0),
            Some(3.0),
        ),
        (
            "Who has two jobs or more than one home?",
            "two",
            "exact",
            Some(2.0),
            Some(2.0),
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!((f.qualifier, f.lo, f.hi), (qualifier, lo, hi), "{text}");
    }
}

/// Issue 12 (numbers8): the distances raced on a track or in a pool are
/// metres in a sentence about racing, millions elsewhere.
#[test]
fn track_distances_are_metres_in_a_race() {
    for (text, span) in [
        ("Kim will run the 800m and the 1500m in Paris.", "800m"),
        ("Kim will run the 800m and the 1500m in Paris.", "1500m"),
        (
            "He tore a hamstring running the last bend of his 200m on Saturday.",
            "200m",
        ),
        ("She says 400m will be her main distance.", "400m"),
        (
            "Kim outsprinted her in the final 400m and took the title.",
            "400m",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), Some("m"), "{text}");
        assert!(f.value.is_some_and(|v| v < 2000.0), "{text}");
    }
    for (text, span) in [
        ("The site now has 200m visitors.", "200m"),
        ("The 800m deal for the new track was signed.", "800m"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(f.value.is_some_and(|v| v > 1e8), "{text}");
    }
}

/// Issue 12 (numbers8): a line of set scores is no range, whichever side
/// won the set.
#[test]
fn set_scores_in_a_line_are_not_ranges() {
    for text in [
        "Ruiz beat Kerr 6-7 (4-7) 6-3 2-6 6-4 on Sunday.",
        "Lee won 1-6 7-5 6-3.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
    // A lone pair is still a range.
    let text = "The forecast is 3-6 inches of snow.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "3-6 inches").qualifier, "range");
}

/// Issue 12 (numbers8): ranks are not counts: "at number three", "world
/// number two", "a third-set tiebreak".
#[test]
fn ranks_after_number_and_hyphenated_ordinals() {
    for text in [
        "The single entered the chart at number three.",
        "He beat world number two Sam Lee in Rome.",
        "She saved a break point in a third-set tiebreak.",
        "They wore the number 9 shirt.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
    // A third of a group is still a share.
    let text = "A third of the staff left.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "A third").unit.as_deref(),
        Some("percent")
    );
}

/// Issue 12 (numbers8): a change word a few words back still splits a
/// change from the total it reaches, when the total is far above the
/// change or "from" gives the old value.
#[test]
fn change_further_back_splits_change_and_total() {
    for (text, a, b) in [
        (
            "The bank lifted its main rate 0.25% to 5.5%.",
            "0.25%",
            "5.5%",
        ),
        (
            "Unemployment rose a higher than expected 17,000 to 4.48 million.",
            "17,000",
            "4.48 million",
        ),
        (
            "Allowances will rise in line with prices from £4,700 to £4,850.",
            "£4,700",
            "£4,850",
        ),
        // The change word a dozen words back, in one clause.
        (
            "India has raised the limit for foreign direct investment in telecoms companies from 49% to 74%.",
            "49%",
            "74%",
        ),
    ] {
        let figs = figures(text);
        let fa = find(text, &figs, a);
        find(text, &figs, b);
        assert_ne!(fa.qualifier, "range", "{text}");
    }
    let text = "Allowances will rise in line with prices from £4,700 to £4,850.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "£4,700").change_role, Some("old"));
    // Close values after a distant change word stay a range.
    let text = "Sales rose in 10 to 15 countries.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "10 to 15").qualifier, "range");
}

/// Issue 12 (numbers8): "a couple of" and "a handful of" are small counts
/// without a figure.
#[test]
fn a_couple_and_a_handful_are_small_counts() {
    let text = "A couple of guards and a handful of visitors were hurt.";
    let figs = figures(text);
    let c = find(text, &figs, "A couple");
    assert_eq!(
        (c.qualifier, c.lo, c.hi),
        ("unresolved", Some(2.0), Some(3.0))
    );
    let h = find(text, &figs, "a handful");
    assert_eq!(
        (h.qualifier, h.lo, h.hi),
        ("unresolved", Some(2.0), Some(10.0))
    );
    // A couple of hundred is still hundreds; "the couple" is a pair of people.
    let text = "a couple of hundred fans";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "a couple of hundred").lo, Some(200.0));
    let text = "The couple of Leeds were married in June.";
    assert!(figures(text).is_empty(), "{text}");
}

/// Issue 12 (numbers8): earthquake magnitudes, storeys, TEU.
#[test]
fn magnitude_storey_and_teu_units() {
    for (text, span, unit) in [
        (
            "A 6.1-magnitude quake hit the coast.",
            "6.1-magnitude",
            "magnitude",
        ),
        ("Fire gutted a 30-storey block.", "30-storey", "storey"),
        (
            "The quake, measuring 5.8 on the Richter scale, shook the city.",
            "5.8",
            "magnitude",
        ),
        (
            "The port moved 4.5 million TEU in 2019.",
            "4.5 million TEU",
            "TEU",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // The size of a number's writing is no quantity.
    for text in [
        "She was offered a six-figure salary.",
        "Enter the 10-digit code.",
    ] {
        assert!(figures(text).is_empty(), "{text}");
    }
    // The size in "a magnitude of 6.1" is the figure, not "a magnitude".
    let text = "The quake had a magnitude of 6.1.";
    let figs = figures(text);
    assert_eq!(surfaces(text, &figs), vec!["6.1"]);
}

/// Issue 12 (numbers8): an age by its decade after a possessive is an age
/// with the decade's bounds; a decade of years stays a year.
#[test]
fn ages_by_decade() {
    for (text, span, lo, hi) in [
        ("Police said the man is in his 20s.", "20s", 20.0, 29.0),
        (
            "Both women are in their early 30s.",
            "early 30s",
            30.0,
            33.0,
        ),
        (
            "The driver, in her mid-40s, was unhurt.",
            "mid-40s",
            43.0,
            46.0,
        ),
        ("He is in his late 50's now.", "late 50's", 56.0, 59.0),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.lo, f.hi, f.unit.as_deref(), f.category),
            (Some(lo), Some(hi), Some("year"), Some("age")),
            "{text}"
        );
    }
    for text in ["The 1990s were calm.", "Prices were low in the 70s."] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
}

/// Issue 12 (numbers8): a capitalised number word after an acronym or a
/// capitalised possessive is part of a name.
#[test]
fn number_words_in_names_after_acronyms_and_possessives() {
    for text in [
        "The show moved to BBC Three and won an award.",
        "Ocean's Twelve topped the chart again.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text:?}: {:?}", surfaces(text, &figs));
    }
    // A count after a name still counts.
    let text = "The BBC said Five people were hurt.";
    let figs = figures(text);
    assert_eq!(surfaces(text, &figs), vec!["Five"]);
}

/// Issue 12 (numbers8): two sizes joined by "and" share the unit written
/// after the second.
#[test]
fn sizes_joined_by_and_share_the_unit() {
    for (text, span, unit) in [
        ("The firm makes 14 and 15 inch screens.", "14", "inch"),
        ("Rates of 3 and 4 per cent were offered.", "3", "percent"),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // A count and a measure are two things.
    let text = "It sold 3 and bought 40 tonnes.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "3").unit, None);
    let text = "Teams of 2 and 30 km runs.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "2").unit, None);
}

/// Issue 12 (numbers8): "a 10k race" is kilometres run; "10k jobs" stays
/// thousands.
#[test]
fn k_before_a_run_is_kilometres() {
    for (text, span, value, unit) in [
        ("Over 900 people ran the 10k race.", "10k", 10.0, Some("km")),
        ("She won the 5k fun run in May.", "5k", 5.0, Some("km")),
        ("The firm will cut 10k jobs.", "10k", 10000.0, None),
        ("He earns 40k a year.", "40k", 40000.0, None),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!((f.value, f.unit.as_deref()), (Some(value), unit), "{text}");
    }
}

/// Issue 12 (numbers8): "one in N" closing its clause is still a share.
#[test]
fn one_in_n_closing_a_clause_is_a_share() {
    for text in [
        "The rate of uptake is low, at one in 10.",
        "Uptake fell to one in 20, the report said.",
        "The odds are 1 in 100.",
        "Households - one in five - are in fuel poverty.",
        "Households — one in five — are in fuel poverty.",
        "The rate (one in eight) is the highest yet.",
    ] {
        let figs = figures(text);
        assert_eq!(figs.len(), 1, "{text:?}: {:?}", surfaces(text, &figs));
        assert_eq!(figs[0].unit.as_deref(), Some("percent"), "{text}");
    }
    // Digits after a score stay what they were.
    let text = "He scored 9 in 10.";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.unit.is_none()), "{text}");
}

/// A currency written once before a range, the scale after the second
/// number: one range in that currency.
#[test]
fn currency_written_once_before_a_range() {
    // (text, span, lo, hi, unit)
    let cases: &[(&str, &str, f64, f64, &str)] = &[
        (
            "The refit is expected to cost $3-4bn, the navy said.",
            "$3-4bn",
            3e9,
            4e9,
            "USD",
        ),
        (
            "Ministers hope to save £2-3m a year.",
            "£2-3m",
            2e6,
            3e6,
            "GBP",
        ),
        (
            "Repairs to the dam could cost €10-15 million.",
            "€10-15 million",
            1e7,
            1.5e7,
            "EUR",
        ),
        (
            "Writedowns of $3bn-4bn are feared by analysts.",
            "$3bn-4bn",
            3e9,
            4e9,
            "USD",
        ),
        (
            "Fines range from US$500-1,000 for a first offence.",
            "US$500-1,000",
            500.0,
            1000.0,
            "USD",
        ),
        (
            "Families will receive Rs 5-10 lakh each.",
            "Rs 5-10 lakh",
            5e5,
            1e6,
            "INR",
        ),
    ];
    for &(text, span, lo, hi, unit) in cases {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.qualifier, f.lo, f.hi, f.unit.as_deref()),
            ("range", Some(lo), Some(hi), Some(unit)),
            "{text}"
        );
    }
    // Spaced and without a scale: two figures, not a range.
    let text = "Tickets were $5 - 6 people queued for each.";
    let figs = figures(text);
    assert!(figs.iter().all(|f| f.qualifier != "range"), "{text}");
}

/// A range of temperatures with the degree letter glued to the second end
/// or to both: a range in degrees, not a vanity phone number.
#[test]
fn glued_degree_ranges() {
    for (text, span) in [
        (
            "Forecasters expect highs of 30-35C across the south.",
            "30-35C",
        ),
        (
            "Temperatures of 30C-35C will last into the weekend.",
            "30C-35C",
        ),
        (
            "Daytime temperatures of 86-95F are normal in July.",
            "86-95F",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.qualifier, "range", "{text}");
        assert!(f.lo < f.hi, "{text}");
    }
    // Without a word of temperature, a code stays a code.
    let text = "Call 20-44C for details.";
    assert!(
        figures(text).iter().all(|f| f.qualifier != "range"),
        "{text}"
    );
}

/// "The over-55s": an age group, not a number of seconds.
#[test]
fn age_groups_are_not_seconds() {
    for text in [
        "Turnout among the over-55s rose again, the pollster said.",
        "Free bus passes for under-18s were scrapped.",
        "Under 14s travel free on Sundays.",
        "Clubs for over 60s have closed.",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| f.unit.as_deref() != Some("second")),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
    // A lap time glued to its unit is still seconds.
    let text = "He was 12s faster than the over-40 champion.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "12s").unit.as_deref(), Some("second"));
    // So is a sprint's time with a tenth.
    let text = "She ran the 100m in under 10.9s for the first time.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "under 10.9s").unit.as_deref(),
        Some("second")
    );
}

/// "Two 17-year-olds": the people of an age, a noun, the age whole.
#[test]
fn ages_as_plural_nouns() {
    let text = "Police said two 17-year-olds were arrested.";
    let figs = figures(text);
    let age = find(text, &figs, "17-year-olds");
    assert_eq!(age.category, Some("age"), "{:?}", surfaces(text, &figs));
    assert_eq!(age.value, Some(17.0));
}

/// "One more" before a noun counts one; an hour capitalised in a
/// programme's name is no count.
#[test]
fn one_more_and_capitalised_hours() {
    for (text, span) in [
        (
            "One more death was reported overnight, officials said.",
            "One",
        ),
        (
            "It could mean one more small shop closing on the high street.",
            "one",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).value, Some(1.0), "{text}");
    }
    for text in [
        "Call it one more time and see.",
        "The story led the 10 O'Clock News on Monday.",
        "She presented the 6 O'clock bulletin for years.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text}: {:?}", surfaces(text, &figs));
    }
}

/// A change by a spelled fraction is a share of what changed, in percent
/// as "a third of" is.
#[test]
fn change_by_a_fraction_is_a_share() {
    for (text, span, want) in [
        (
            "Ticket sales rose by a fifth, the club said.",
            "a fifth",
            20.0,
        ),
        (
            "The council's budget will be cut by a third.",
            "a third",
            100.0 / 3.0,
        ),
        (
            "Waiting lists have fallen by half since March.",
            "half",
            50.0,
        ),
        // A hedge between "by" and the fraction.
        (
            "Bus fares rose by nearly a fifth, the council said.",
            "nearly a fifth",
            20.0,
        ),
        (
            "Profits dropped by nearly half in the year.",
            "nearly half",
            50.0,
        ),
        // A phrase after the fraction, a quarter that is no season of a
        // year, a change word further back.
        ("Ticket sales rose by a fifth in the year.", "a fifth", 20.0),
        (
            "House prices have fallen by a quarter since March.",
            "a quarter",
            25.0,
        ),
        (
            "The new drug cut the risk of death by a third.",
            "a third",
            100.0 / 3.0,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(want)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), Some("percent"), "{text}");
    }
    // A rank after "by", and a fraction glued to its unit.
    for text in [
        "The firm was bought by a third party in March.",
        "He was shot by a third man.",
    ] {
        let figs = figures(text);
        assert!(figs.is_empty(), "{text}: {:?}", surfaces(text, &figs));
    }
    let text = "The bank raised its prime rate by a quarter-point to 7.5 pct.";
    let figs = figures(text);
    assert!(
        figs.iter()
            .all(|f| f.unit.as_deref() != Some("percent") || f.value == Some(7.5)),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
    let text = "The night train was late by half an hour.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("percent")),
        "{text}"
    );
}

/// "Twice as many", "twice the size": a factor of two.
#[test]
fn twice_as_is_a_factor() {
    for (text, span) in [
        ("Twice as many families now rely on food banks.", "Twice"),
        (
            "The new terminal is twice the size of the old one.",
            "twice",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(2.0), Some("times")),
            "{text}"
        );
    }
    // Twice as an adverb of how often is no factor of a size.
    let text = "The striker was booked twice in the first half.";
    assert!(figures(text).is_empty(), "{text}");
}

/// A capitalised singular "Cent" after a number is a name, not money.
#[test]
fn capitalised_cent_is_a_name() {
    let text = "Tickets for the 50 Cent concert sold out in an hour.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("cent")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
    let text = "A stamp now costs 50 cents more.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "50 cents").unit.as_deref(), Some("cent"));
}

/// A dash set off by spaces between a figure with its unit and a bare
/// number joins two figures of a sentence, not a range.
#[test]
fn spaced_dash_after_a_unit_is_no_range() {
    for text in [
        "She was jailed for six years - four of them suspended.",
        "The queue was 200 metres long - 40 people deep by noon.",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter().all(|f| f.qualifier != "range"),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
    // The unit after the second end, or after both, is a range.
    for (text, span) in [
        (
            "Adults need 1800 - 2200 calories a day.",
            "1800 - 2200 calories a day",
        ),
        ("He cycles 20km - 30km to work.", "20km - 30km"),
    ] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, span).qualifier, "range", "{text}");
    }
}

/// "Name, now 34, ...": an age in apposition after "now" or "then".
#[test]
fn age_in_apposition_after_now() {
    let text = "The striker, now 34, has signed a one-year deal.";
    let figs = figures(text);
    let f = find(text, &figs, "34");
    assert_eq!(f.unit.as_deref(), Some("year"), "{text}");
    let text = "Ruth Ellis, now 91, still walks to the shops.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "91").unit.as_deref(),
        Some("year"),
        "{text}"
    );
    // ... with the comma's space lost ("Bowman,20,"), not a number of a
    // list ("rose to 1,20,").
    let text = "Carla Bowman,20, of Ashford died at the scene.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "20").unit.as_deref(),
        Some("year"),
        "{text}"
    );
    let text = "The index was 1,20, said the bank.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("year")),
        "{text}"
    );
    // ... and after "then", an age at the time told.
    let text = "She said Dalton, then 29, drove her to the lake.";
    let figs = figures(text);
    let f = find(text, &figs, "29");
    assert_eq!(
        (f.unit.as_deref(), f.category),
        (Some("year"), Some("age")),
        "{text}"
    );
    // ... and a list of them set off by commas after a noun, not counts
    // of the people shot; not numbers that run on without a closing
    // comma.
    for (text, age) in [
        ("Two men, 25 and 30, were shot in their heads.", "30"),
        ("Two females, 28 and 27, and one male were hurt.", "28"),
        ("Her sons, 7, 8 and 11, were asleep.", "8"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, age);
        assert_eq!(
            (f.unit.as_deref(), f.category),
            (Some("year"), Some("age")),
            "{text}"
        );
    }
    let text = "Sales in the region, 25 and 30 pct of the total, rose.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("year")),
        "{text}"
    );
}

/// A number between a maker's possessive (or an acronym) and a
/// capitalised word is a model's name, not a count.
#[test]
fn model_after_a_makers_possessive() {
    for text in [
        "Regulators grounded Boeing's 737 Max after two crashes.",
        "Airbus's 320 Neo has sold well in Asia.",
    ] {
        let figs = figures(text);
        assert!(
            figs.iter()
                .all(|f| f.value != Some(737.0) && f.value != Some(320.0)),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
    // A plural noun after it is counted.
    let text = "Britain's 650 MPs will vote on Tuesday.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "650").value, Some(650.0));
}

/// A spaced `R` before a small bare number is no rand.
#[test]
fn spaced_r_before_a_small_number_is_no_rand() {
    let text = "Under rule R 12 of the code, the club was fined.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("ZAR")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
}

/// Money priced by "a" or "an" and a measure: a price per that measure.
#[test]
fn money_priced_by_a_measure() {
    for (text, span, unit) in [
        (
            "Brent crude rose to $84 a barrel on Monday.",
            "$84 a barrel",
            "USD/barrel",
        ),
        (
            "Diesel now costs £1.55 a litre at most pumps.",
            "£1.55 a litre",
            "GBP/L",
        ),
        (
            "Gold traded at $2,300 an ounce.",
            "$2,300 an ounce",
            "USD/oz",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text}");
    }
    // A word that only begins like a unit is not one.
    let text = "Tickets cost $20 a mile-long queue away.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "$20").unit.as_deref(), Some("USD"));
}

/// A weak unit symbol divided by a measure or a time is a unit:
/// "95 g/km", "8 t/ha".
#[test]
fn weak_symbol_before_a_slash() {
    for (text, span, unit) in [
        (
            "The new hatchback emits 95 g/km of carbon dioxide.",
            "95 g/km",
            "g/km",
        ),
        (
            "Farmers reported yields of 8 t/ha after the rains.",
            "8 t/ha",
            "tonne/ha",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // Not before a word that is no unit.
    let text = "He scored 3 g/a in the cup run.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("g")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
}

/// A height with its inches bare: "5 foot 6", "six foot two", "6ft 5".
#[test]
fn height_with_bare_inches() {
    for (text, span, value) in [
        (
            "The defender, who is 5 foot 6, won every header.",
            "5 foot 6",
            5.5,
        ),
        (
            "Witnesses said the man was six foot two and wore a hood.",
            "six foot two",
            6.0 + 2.0 / 12.0,
        ),
        (
            "The 6ft 5 lock has signed a new contract.",
            "6ft 5",
            6.0 + 5.0 / 12.0,
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert!(close(f.value, Some(value)), "{text}: {:?}", f.value);
        assert_eq!(f.unit.as_deref(), Some("ft"), "{text}");
    }
    // A plural noun after the second number counts something else.
    let text = "The wall is 6 foot high and 4 men guard it.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "6 foot").value, Some(6.0));
    let text = "The fence stands 6 foot 4 posts apart.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "6 foot").value, Some(6.0));
}

/// Pounds with a scale weigh before "of" and goods, or after a verb of
/// weighing; with money words, or alone, they are sterling, and so is a
/// pound note.
#[test]
fn scaled_pounds_of_goods_weigh() {
    for (text, span) in [
        (
            "Inspectors ordered the recall of 1.2 million pounds of ground beef.",
            "1.2 million pounds",
        ),
        (
            "The mine holds an estimated 300 million pounds of copper.",
            "an estimated 300 million pounds",
        ),
        (
            "The harvest weighed in at 250 million pounds this autumn.",
            "250 million pounds",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some("lb"),
            "{text}"
        );
    }
    for (text, span) in [
        ("She found a 20 pound note in the old coat.", "20 pound"),
        (
            "The council has 300 million pounds of debt.",
            "300 million pounds",
        ),
        (
            "The club spent 20 million pounds of the money on players.",
            "20 million pounds",
        ),
        ("The deal is worth 3 million pounds.", "3 million pounds"),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some("GBP"),
            "{text}"
        );
    }
}

/// "Twice a week", "once a year": how often, in times per period.
#[test]
fn frequency_in_times_per_period() {
    for (text, span, value, unit) in [
        (
            "The committee meets twice a month in the town hall.",
            "twice a month",
            2.0,
            "times/month",
        ),
        (
            "Inspectors visit the plant once a year.",
            "once a year",
            1.0,
            "times/year",
        ),
        (
            "Patients take the pill twice a day.",
            "twice a day",
            2.0,
            "times/day",
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
    let text = "All at once a crowd gathered at the gates.";
    assert!(figures(text).is_empty(), "{text}");
}

/// Tokenised text sets the dot of "sq." off by spaces: "1,500 sq . ft .".
#[test]
fn spaced_dot_in_square_feet() {
    let text = "the agency leases 12,000 sq . ft . of offices .";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "12,000 sq . ft").unit.as_deref(),
        Some("ft2"),
        "{text}"
    );
}

/// A change by "a percentage point" is one point.
#[test]
fn change_by_a_percentage_point() {
    for text in [
        "The central bank raised rates by a percentage point on Thursday.",
        "Lenders cut mortgage rates a percentage point in a month.",
    ] {
        let figs = figures(text);
        let f = find(text, &figs, "a percentage point");
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(1.0), Some("percentage_point")),
            "{text}"
        );
    }
    // Without a change it is the name of the unit.
    let text = "A percentage point is not a percent.";
    assert!(figures(text).is_empty(), "{text}");
}

/// Volts glued to the number, torque, inches of mercury, A-weighted
/// decibels and the gray.
#[test]
fn volts_torque_and_more_symbols() {
    for (text, span, unit) in [
        ("The charger runs off a 240V supply at home.", "240V", "V"),
        (
            "The estate car makes 300lb ft of torque.",
            "300lb ft",
            "lbf·ft",
        ),
        (
            "The motor delivers 350 lb-ft of torque.",
            "350 lb-ft",
            "lbf·ft",
        ),
        ("The motor delivers 400 N·m at low revs.", "400 N·m", "N·m"),
        (
            "The barometer fell to 28.9 inHg overnight.",
            "28.9 inHg",
            "inHg",
        ),
        (
            "Night flights are limited to 85 dBA, the council said.",
            "85 dBA",
            "dBA",
        ),
        ("Each patient receives 2 Gy a session.", "2 Gy", "Gy"),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // A capital V set off by a space is a letter, not volts.
    let text = "Voters chose option 2 V for the ballot.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("V")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
}

/// One measure as a compound adjective of size: "a mile-long queue".
#[test]
fn one_measure_as_a_size_adjective() {
    for (text, span, unit) in [
        (
            "Fans formed a mile-long queue outside the ground.",
            "a mile",
            "mile",
        ),
        (
            "Soldiers dug a metre-deep trench along the road.",
            "a metre",
            "m",
        ),
        ("the tanker left a mile - wide slick .", "a mile", "mile"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(1.0), Some(unit)),
            "{text}"
        );
    }
    // Not a name that only begins with a unit.
    let text = "He spent a week-long holiday in a mile-end flat.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("mile")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
}

/// Tokenised text sets the comma of a compound and the hyphens of a size
/// off by spaces: "7 pounds , 8 ounces", "a 12 - by - 20 - foot room".
#[test]
fn tokenised_compounds_and_sizes() {
    let text = "the foal weighed 70 pounds , 8 ounces at birth .";
    let figs = figures(text);
    let f = find(text, &figs, "70 pounds , 8 ounces");
    assert_eq!((f.value, f.unit.as_deref()), (Some(70.5), Some("lb")));
    let text = "they rent a 10 - by - 14 - foot cell .";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "10").unit.as_deref(),
        Some("ft"),
        "{text}"
    );
}

/// A singular "mark" closing its phrase is a milestone, not the
/// Deutsche mark; before a noun, or plural, it is money.
#[test]
fn milestone_mark_is_no_money() {
    for (text, span) in [
        ("The appeal passed the 10,000 mark on Sunday.", "10,000"),
        ("Sales of the album hit the 1m mark.", "1m"),
        ("Bitcoin topped the $1bn mark for the first time.", "$1bn"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_ne!(f.unit.as_deref(), Some("DEM"), "{text}");
    }
    for (text, span) in [
        ("Each 1,000 mark bond carries two warrants.", "1,000 mark"),
        ("It will pay an unchanged 12-mark\ndividend.", "12-mark"),
        (
            "The painting sold for 40,000 marks in 1990.",
            "40,000 marks",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some("DEM"),
            "{text}"
        );
    }
}

/// The unit of time after an adjective of duration: "three consecutive
/// days", "five working days", "two more years".
#[test]
fn time_unit_after_an_adjective() {
    for (text, span, unit) in [
        (
            "Shares fell for three consecutive days this week.",
            "three consecutive days",
            "day",
        ),
        (
            "Refunds are paid within five working days.",
            "five working days",
            "day",
        ),
        (
            "The minister will stay on for two more years.",
            "two more years",
            "year",
        ),
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, span).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    // Not a year, nor a unit inside a longer word.
    let text = "Its 1986 full year profit fell after 15 consecutive year-on-year drops.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("year")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
    // Not before a noun that is no unit.
    let text = "He scored in three consecutive games.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "three").unit, None, "{text}");
}

/// "A magnitude 7.8 earthquake": the size named before its figure.
#[test]
fn magnitude_before_the_figure() {
    let text = "A magnitude 7.8 earthquake struck the coast at dawn.";
    let figs = figures(text);
    let f = find(text, &figs, "magnitude 7.8");
    assert_eq!(f.unit.as_deref(), Some("magnitude"), "{text}");
    // A large number after the word is no quake's size.
    let text = "Losses of this magnitude 300 firms could not bear.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("magnitude")),
        "{text}: {:?}",
        surfaces(text, &figs)
    );
}

/// The nouns of a death searched case-sensitively in the lowered copy
/// of a text are all lower case (so that any case of them is found).
#[test]
fn death_nouns_read_in_the_lowered_copy_are_lower_case() {
    for w in DEATH_NOUNS {
        assert_eq!(*w, w.to_ascii_lowercase());
    }
    let figs = |t: &str| {
        let mut f = Vec::new();
        let lowered = t.to_ascii_lowercase();
        implied_counts(t, &lowered, &article_starts(lowered.as_bytes()), &mut f);
        f.len()
    };
    assert_eq!(
        figs("Police are investigating the DEATH OF a man in Leeds."),
        1
    );
    assert_eq!(
        figs("He is held over the Killing of a woman. The MURDER OF a man shocked all."),
        2
    );
}

/// The places "a " or "an " start are every "a" of the text (either case)
/// that a space follows, directly or after an "n".
#[test]
fn article_starts_are_the_a_before_a_space() {
    for text in [
        "A man and an officer were hurt; AN ARMY unit, a 17-year-old.",
        "a",
        "an",
        "a ",
        "Ana banana an  a\tan\na an",
        "Ça a été, ANd aN end. Pizza a",
        "",
    ] {
        let b = text.as_bytes();
        let want: Vec<usize> = memchr::memchr2_iter(b'a', b'A', b)
            .filter(|&i| {
                let j = if matches!(b.get(i + 1), Some(b'n' | b'N')) {
                    i + 2
                } else {
                    i + 1
                };
                b.get(j) == Some(&b' ')
            })
            .collect();
        assert_eq!(
            article_starts(text.to_ascii_lowercase().as_bytes()),
            want,
            "{text:?}"
        );
    }
}

/// The casualty cues searched at once give what a search per cue gives.
#[test]
fn casualty_cues_at_once_match_one_search_per_cue() {
    let cues = [
        "shot", "kill", "dead", "die", "death", "injur", "wound", "hurt", "hospital", "shoot",
        "murder", "slain", "slay", "homicide", "stab", "struck",
    ];
    for text in [
        "Shares rose 5% on Monday.",
        "the soldier was",
        "he was STRUCK by a car",
        "",
        "sho",
        "a homicid",
        "Quarterly profit beat forecasts, the company said in a statement on its website today.",
        "Two people were hurt.",
    ] {
        let lowered = text.to_ascii_lowercase();
        let each = cues.iter().any(|c| lowered.contains(c));
        assert_eq!(tells_of_casualties(&lowered), each, "{text:?}");
    }
}

/// The packed searcher of several words and its fallback, one search a
/// word, find the same places.
#[test]
fn literals_packed_and_one_by_one_agree() {
    let words = ["death of ", "killing of ", "murder of "];
    let packed = Literals::new(&words);
    let each = Literals {
        packed: None,
        ..Literals::new(&words)
    };
    for text in [
        "the death of a man and the killing of his son",
        "no such words here",
        "murder of murder of",
        "",
    ] {
        assert_eq!(packed.any_in(text), each.any_in(text), "{text:?}");
        assert_eq!(packed.all_in(text), each.all_in(text), "{text:?}");
    }
}

/// The first test before the case-sensitive units never turns one away.
#[test]
fn every_case_sensitive_unit_is_looked_up() {
    for (k, u) in UNITS.exact.iter() {
        assert_eq!(
            lookup_unit(k).map(|x| x.unit),
            Some(u.unit),
            "{}",
            String::from_utf8_lossy(k)
        );
    }
}

/// A half before a determiner or a name's possessive is a share of that
/// whole, as "half of" is; a half placed in time is none.
#[test]
fn half_the_whole_is_a_share() {
    for (text, span, lo, hi) in [
        (
            "Foreign banks hold almost half the debt.",
            "almost half",
            Some(45.0),
            Some(50.0),
        ),
        (
            "Half the staff left in May.",
            "Half",
            Some(50.0),
            Some(50.0),
        ),
        (
            "It equals nearly half Ghana's exports.",
            "nearly half",
            Some(45.0),
            Some(50.0),
        ),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(
            (f.unit.as_deref(), f.lo, f.hi),
            (Some("percent"), lo, hi),
            "{text}"
        );
    }
    for text in [
        "In the first half the team scored twice.",
        "He left at half past two.",
    ] {
        let figs = figures(text);
        assert!(
            !surfaces(text, &figs).iter().any(|s| s.contains("half")),
            "{text}: {:?}",
            surfaces(text, &figs)
        );
    }
}

/// A gun's bore is a size of the weapon, never a count of anything.
#[test]
fn a_guns_bore_is_a_size() {
    for (text, span, unit) in [
        (
            "He was shot with a .380 caliber pistol.",
            ".380 caliber",
            "caliber",
        ),
        (
            "Police found a .40-calibre handgun.",
            ".40-calibre",
            "caliber",
        ),
        (
            "The boy took a .22 rifle from the closet.",
            ".22",
            "caliber",
        ),
        ("A 12-gauge shotgun was recovered.", "12-gauge", "gauge"),
    ] {
        let figs = figures(text);
        let f = find(text, &figs, span);
        assert_eq!(f.unit.as_deref(), Some(unit), "{text:?}");
        assert_ne!(f.category, Some("casualties"), "{text:?}");
    }
    // A share written with no digit before the point stays a share.
    let text = "Prices rose .5 pct.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, ".5 pct").unit.as_deref(), Some("percent"));
}

#[test]
fn nine_one_one_counts_only_a_plural() {
    // The emergency number is no figure; 911 of a plural thing is.
    let text = "The company said it would cut 911 jobs.";
    let figs = figures(text);
    assert_eq!(find(text, &figs, "911").value, Some(911.0), "{text}");
}

/// "The median age of the victims was 34": the subject of "was" is an
/// age; not a stage, nor an age that another verb moves.
#[test]
fn an_age_as_the_subject_of_was() {
    for text in [
        "The median age of the victims was 34.",
        "The average age of a new car buyer is 34.",
    ] {
        let figs = figures(text);
        assert_eq!(
            find(text, &figs, "34").unit.as_deref(),
            Some("year"),
            "{text}"
        );
    }
    for text in ["The stage was 34.", "In the age of steam, output was 34."] {
        let figs = figures(text);
        assert_eq!(find(text, &figs, "34").unit.as_deref(), None, "{text}");
    }
}

/// A glued "C" is a temperature when the sentence spoke of temperatures
/// before, however far back: "Temperatures hit 39.5C, breaking the
/// previous record of 38.7C"; alone it stays unread.
#[test]
fn temperatures_named_earlier_in_the_sentence() {
    let text =
        "Temperatures hit 39.5C on Tuesday, breaking the previous record of 38.7C set in 2019.";
    let figs = figures(text);
    assert_eq!(
        find(text, &figs, "38.7C").unit.as_deref(),
        Some("celsius"),
        "{text}"
    );
    let text = "It broke the record of 38.7C. Temperatures fell later.";
    let figs = figures(text);
    assert!(
        figs.iter().all(|f| f.unit.as_deref() != Some("celsius")),
        "{text}"
    );
}

/// A station's name after a number is no count ("tells 7 Action News"),
/// but a count of a network's people is ("3 Fox News hosts left").
#[test]
fn station_names_and_their_people() {
    assert!(figures("She tells 7 Action News he was visiting.").is_empty());
    let text = "Police said 3 Fox News hosts left.";
    assert_eq!(surfaces(text, &figures(text)), vec!["3"]);
}

/// Each claim of an article with a headline as its surface and holder.
fn holders(title: &str, text: &str) -> Vec<(String, Option<String>)> {
    let mut doc = Document::from_text("d", text);
    doc.title = Some(title.to_string());
    crate::extract::extract(&doc)
        .claims
        .iter()
        .map(|c| (c.surface.clone(), c.holder.clone()))
        .collect()
}

#[test]
fn the_articles_own_firm_holds_its_unowned_figures() {
    let h = |s: &str, v: Option<&str>| (s.to_string(), v.map(str::to_string));
    // A firm named once in passing, after the lead, owns nothing.
    assert_eq!(
        holders(
            "Tickets cost more",
            "Cinema tickets are dearer than ever.\n\nNorvale Research published figures on Monday. The average ticket now costs $9.20."
        ),
        [h("$9.20", None)]
    );
    // The lead's firm, a firm the headline names, one named twice or
    // called by its kind ("the company") holds them.
    assert_eq!(
        holders(
            "Results",
            "Quillon Corp said its board approved a buyback.\n\nThe programme will cost $40 million."
        ),
        [h("$40 million", Some("Quillon Corp"))]
    );
    assert_eq!(
        holders(
            "BRANTLEY FOODS <BRF> SETS PAYOUT",
            "The board of directors met on Monday.\n\nBrantley Foods Inc will pay a dividend of 12 cts."
        ),
        [h("12 cts", Some("Brantley Foods Inc"))]
    );
    assert_eq!(
        holders(
            "Markets",
            "Shares rose on Monday.\n\nAnalysts at Telvane Holdings Plc were upbeat. The company expects sales of 300 mln stg."
        ),
        [h("300 mln stg", Some("Telvane Holdings Plc"))]
    );
    // A table under a wire's headline is the headline firm's.
    assert_eq!(
        holders(
            "ORBITAL DATA SYSTEMS CORP <ODSC.O> 2ND QTR NET",
            "Shr 14 cts vs 13 cts\n    Net 2,867,000 vs 2,723,000"
        )
        .first(),
        Some(&h("14 cts", Some("Orbital Data Systems Corp")))
    );
}

#[test]
fn wire_headlines_name_their_firm() {
    for (title, firm) in [
        (
            "ORBITAL DATA SYSTEMS CORP <ODSC.O> 2ND QTR NET",
            Some("Orbital Data Systems Corp"),
        ),
        ("<KESTREL MINES LTD> YEAR NET", Some("Kestrel Mines Ltd")),
        (
            "HALDEN AND BRICE CO INC 3RD QTR LOSS",
            Some("Halden and Brice Co Inc"),
        ),
        // An acronym keeps its capitals.
        ("TXR CABLE INC <TXR> SETS DIVIDEND", Some("TXR Cable Inc")),
        // A headline in mixed case, or without a firm, is no wire's.
        ("Acme Corp <ACM> profits rise", None),
        ("U.S. CAR SALES FALL 12 PCT", None),
    ] {
        assert_eq!(super::wire_headline_firm(title).as_deref(), firm, "{title}");
    }
}

#[test]
fn counts_in_title_case_headlines_are_counts() {
    // A capitalised number word before a capitalised word inside a
    // sentence is a name ("the Three Gorges Dam", in `not_claims`); in a
    // headline whose every word is capitalised it is a count.
    for (text, want) in [
        ("Police Say Three Killed In Shooting", vec!["Three"]),
        (
            "One Dead, Four Hurt In Overnight Crash",
            vec!["One", "Four"],
        ),
        ("Storm Leaves Six Families Homeless", vec!["Six"]),
        // (A wire's hard-wrapped line of three words is no headline.)
        (
            "<Marbury Five Star\nHoldings Ltd> said it would merge.",
            vec![],
        ),
        ("He swam across the Seven Sisters Lake in May.", vec![]),
    ] {
        assert_eq!(surfaces(text, &figures(text)), want, "{text:?}");
    }
}

#[test]
fn number_words_inside_names_of_bodies_are_the_names() {
    let claims = |text: &str| -> Vec<String> {
        surfaces_with(text, |_| None)
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    };
    assert!(claims("Finance ministers of the Group of Seven met in Paris.").is_empty());
    assert!(claims("He appeared on Channel Five in a session.").is_empty());
    // A count the name reader ran on into, after a sentence's end, is a
    // count.
    assert_eq!(
        claims("They live in Southeast D.C. Six people were shot there."),
        ["Six"]
    );
}

#[test]
fn a_year_before_a_figure_of_a_scale_opens_no_range() {
    let text = "Use is forecast to grow from 13.8 mln tonnes in 1990 to 17.3 mln tonnes in 1995.";
    assert_eq!(
        surfaces(text, &figures(text)),
        ["13.8 mln tonnes", "17.3 mln tonnes"]
    );
    let text = "Output grew in 1990 to 4.2 mln tonnes.";
    assert_eq!(surfaces(text, &figures(text)), ["4.2 mln tonnes"]);
    // A range with its unit after the second end stays one.
    let text = "Adults need 1500 - 2000 calories a day.";
    assert_eq!(
        surfaces(text, &figures(text)),
        ["1500 - 2000 calories a day"]
    );
}

#[test]
fn a_list_of_people_with_their_ages_is_counted_once() {
    let text = "Police say a 21-year-old Hampton man, a 19-year-old Hampton woman and a 16-year-old Hampton girl were injured.";
    let mut figs = figures(text);
    let lowered = text.to_ascii_lowercase();
    implied_counts(
        text,
        &lowered,
        &article_starts(lowered.as_bytes()),
        &mut figs,
    );
    let counts: Vec<(&str, Option<f64>)> = figs
        .iter()
        .filter(|f| f.qualifier == "implied")
        .map(|f| (&text[f.start..f.end], f.value))
        .collect();
    assert_eq!(counts, [("girl", Some(3.0))]);
}
