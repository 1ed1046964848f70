//! Units from `lexicons/units.tsv` as the claims extractor reads them:
//! each case is an original sentence, the figure's surface, its value and
//! its unit.

use claimscan::extract::claims::figures;

fn check(cases: &[(&str, &str, f64, &str)]) {
    for &(text, surface, value, unit) in cases {
        let f = figures(text);
        assert!(
            f.iter().any(|f| &text[f.start..f.end] == surface
                && f.value == Some(value)
                && f.unit.as_deref() == Some(unit)),
            "{text:?}: want {surface:?} = {value} {unit}, got {:?}",
            f.iter()
                .map(|f| (&text[f.start..f.end], f.value, f.unit.as_deref()))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn currencies_named_with_their_country() {
    check(&[
        (
            "The emirate set aside 4 billion Kuwaiti dinars for housing.",
            "4 billion Kuwaiti dinars",
            4e9,
            "KWD",
        ),
        (
            "Bread now costs 9,000 Iranian rials.",
            "9,000 Iranian rials",
            9000.0,
            "IRR",
        ),
        (
            "Cairo raised fuel prices to 11 Egyptian pounds a litre.",
            "11 Egyptian pounds",
            11.0,
            "EGP",
        ),
        (
            "The club was fined 250,000 Danish kroner.",
            "250,000 Danish kroner",
            250000.0,
            "DKK",
        ),
        (
            "A ticket costs 120 Norwegian crowns.",
            "120 Norwegian crowns",
            120.0,
            "NOK",
        ),
        (
            "Warsaw pledged 3 billion Polish zlotys.",
            "3 billion Polish zlotys",
            3e9,
            "PLN",
        ),
        (
            "Petrol sold for 70 Philippine pesos.",
            "70 Philippine pesos",
            70.0,
            "PHP",
        ),
        (
            "Farmers were paid 800 Kenyan shillings a bag.",
            "800 Kenyan shillings",
            800.0,
            "KES",
        ),
    ]);
}

#[test]
fn sub_units_codes_and_local_signs() {
    check(&[
        ("Bus fares rose by 50 kopecks.", "50 kopecks", 50.0, "kopek"),
        ("A loaf costs 90 centavos.", "90 centavos", 90.0, "centavo"),
        ("The levy is 25 paise a unit.", "25 paise", 25.0, "paisa"),
        (
            "Reserves reached IQD 90 trillion.",
            "IQD 90 trillion",
            9e13,
            "IQD",
        ),
        (
            "The toll road cost Rp 4 trillion.",
            "Rp 4 trillion",
            4e12,
            "IDR",
        ),
        (
            "The bridge will cost Tk 300 crore.",
            "Tk 300 crore",
            3e9,
            "BDT",
        ),
        ("Fines start at Dh500.", "Dh500", 500.0, "AED"),
        ("A meal costs 250 Kč.", "250 Kč", 250.0, "CZK"),
        ("He paid 40 bucks for it.", "40 bucks", 40.0, "USD"),
        ("The console runs games at 120fps.", "120fps", 120.0, "fps"),
        ("The phone has a 200MP camera.", "200MP", 200.0, "MP"),
        (
            "The cistern holds 500 imperial gallons.",
            "500 imperial gallons",
            500.0,
            "imperial_gallon",
        ),
        (
            "The tank took 40 US gallons.",
            "40 US gallons",
            40.0,
            "gallon",
        ),
    ]);
}

#[test]
fn measures_of_land_crops_and_energy() {
    check(&[
        (
            "Settlers fenced off 300 dunams of farmland.",
            "300 dunams",
            300.0,
            "dunam",
        ),
        (
            "The state bought 9.5 million quintals of wheat.",
            "9.5 million quintals",
            9.5e6,
            "quintal",
        ),
        (
            "The pipeline will carry 55 bcm of gas a year.",
            "55 bcm",
            55.0,
            "bcm",
        ),
        (
            "Gas traded at $3.10 per MMBtu.",
            "$3.10 per MMBtu",
            3.1,
            "USD/MMBtu",
        ),
        (
            "The new lamp gives 1,600 lumens.",
            "1,600 lumens",
            1600.0,
            "lm",
        ),
        (
            "The field produced 40,000 boe a day.",
            "40,000 boe a day",
            40000.0,
            "boe/day",
        ),
        ("A 12 megavolt line was built.", "12 megavolt", 12.0, "MV"),
    ]);
}

/// A weight in stones, glued as British papers write it, alone or with
/// its pounds (14 to the stone); an ordinal "st" is no stone.
#[test]
fn stones_and_pounds() {
    check(&[
        (
            "The boxer weighed in at 15st on Friday.",
            "15st",
            15.0,
            "stone",
        ),
        (
            "He shed weight to 11st 7lb before the fight.",
            "11st 7lb",
            11.5,
            "stone",
        ),
    ]);
    let text = "the 1,001st number one and the 21st title";
    assert!(figures(text)
        .iter()
        .all(|f| f.unit.as_deref() != Some("stone")));
}
