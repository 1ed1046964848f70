//! Prints the claims found in a text file (or stdin), one per line:
//! `surface | value [lo, hi] qualifier unit | noun | category | change`.
//!
//! ```text
//! cargo run --example claims_show -- article.txt
//! ```

use std::io::Read;

use claimscan::extract::claims::figures;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(p)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    for f in figures(&text) {
        println!(
            "{:<32} | {:?} [{:?}, {:?}] {} {:?} | {:?} | {:?} | {:?} {:?}",
            text[f.start..f.end].replace('\n', " "),
            f.value,
            f.lo,
            f.hi,
            f.qualifier,
            f.unit.as_deref(),
            f.noun.map(|(s, e)| text[s..e].replace('\n', " ")),
            f.category,
            f.change,
            f.change_role
        );
    }
    Ok(())
}
