//! Table-driven tests: input, expected surfaces and values.

use super::*;
use jiff::civil::date;

fn run(text: &str, anchor: Option<Date>) -> Vec<(String, String)> {
    let sentences = crate::extract::sentences::split(text);
    Dates::default()
        .find(text, anchor, &sentences)
        .into_iter()
        .map(|m| (m.surface, m.value))
        .collect()
}

fn check(text: &str, anchor: Option<Date>, want: &[(&str, &str)]) {
    let got = run(text, anchor);
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn smoke() {
    check("It happened on May 7, 2013.", None, &[("May 7, 2013", "2013-05-07")]);
}
