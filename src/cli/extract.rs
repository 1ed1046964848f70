//! `claimscan extract`: what claimscan finds in one text.

use std::io::{self, Read, Write};

use anyhow::Context as _;
use jiff::civil::Date;

use crate::document::Document;
use crate::extract::Extraction;

/// Extract claims, dates, entities and quotes from one text.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  claimscan extract \"The conflict has claimed over 70,000 lives, the UN said on Tuesday.\"
  claimscan extract --published 2013-05-08 --json < article.txt
  pbpaste | claimscan extract -")]
pub struct Args {
    /// The text; `-` or nothing reads stdin.
    text: Option<String>,
    /// Publication date (anchor for "yesterday", "in April", ...).
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<Date>,
    /// Print JSON instead of a readable listing.
    #[arg(long)]
    json: bool,
    /// Run only these extractors (comma-separated), or `none`.
    #[arg(long, value_delimiter = ',')]
    extractors: Option<Vec<String>>,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let text = match args.text.as_deref() {
        Some(t) if t != "-" => t.to_string(),
        _ => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .context("cannot read stdin")?;
            String::from_utf8_lossy(&buf).into_owned()
        }
    };
    let registry = match super::scan::registry(args.extractors.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("claimscan: {e}");
            return Ok(2);
        }
    };
    let mut doc = Document::from_text("text", text);
    if let Some(d) = args.published {
        doc = doc.with_published(d);
    }
    let found = registry.extract(&doc);
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &found)?;
        writeln!(out)?;
    } else {
        print_human(&mut out, &doc, &found)?;
    }
    Ok(0)
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), |x| x.to_string())
}

/// ` LABEL VALUE` when there is a value, else nothing.
fn labelled<T: std::fmt::Display>(label: &str, v: Option<T>) -> String {
    v.map_or(String::new(), |x| format!(" {label} {x}"))
}

/// A readable listing: one line per row, grouped by table.
fn print_human(out: &mut impl Write, doc: &Document, ex: &Extraction) -> io::Result<()> {
    writeln!(out, "{} sentences", ex.sentences.len())?;
    writeln!(out, "claims ({})", ex.claims.len())?;
    for c in &ex.claims {
        writeln!(
            out,
            "  {}..{} {:?}: value {} [{}, {}] {} unit {} noun {} category {}{}{}{}\n      frame: {} {}{}{}{}{}{}{}{}",
            c.start,
            c.end,
            c.surface,
            opt(&c.value),
            opt(&c.lo),
            opt(&c.hi),
            c.qualifier,
            opt(&c.unit),
            opt(&c.noun),
            opt(&c.category),
            labelled("change", c.change),
            labelled("period", c.period.as_ref()),
            labelled("speaker", c.speaker.as_ref()),
            c.event.unwrap_or("-"),
            c.scope,
            labelled("counted", c.counted.as_ref()),
            labelled("whole", c.whole),
            labelled("perpetrator", c.perpetrator),
            labelled("measure", c.measure),
            labelled("holder", c.holder.as_ref()),
            if c.comparable { "" } else { " not-comparable" },
            if c.boilerplate { " boilerplate" } else { "" },
        )?;
    }
    writeln!(out, "dates ({})", ex.dates.len())?;
    for d in &ex.dates {
        writeln!(
            out,
            "  {}..{} {:?}: {} {} ({}){}",
            d.start,
            d.end,
            d.surface,
            d.kind,
            d.value,
            d.granularity,
            if d.relative {
                format!(" relative to {}", opt(&d.anchor))
            } else {
                String::new()
            }
        )?;
    }
    writeln!(out, "entities ({})", ex.entities.len())?;
    for e in &ex.entities {
        writeln!(
            out,
            "  {}..{} {:?}: {} {}{}",
            e.start,
            e.end,
            e.surface,
            e.kind,
            e.canonical,
            e.role.as_ref().map_or(String::new(), |r| format!(" ({r})")),
        )?;
    }
    writeln!(out, "quotes ({})", ex.quotes.len())?;
    for q in &ex.quotes {
        let text: String = q.text.chars().take(80).collect();
        writeln!(
            out,
            "  {}..{} {:?}{}: {}",
            q.start,
            q.end,
            text,
            if text.len() < q.text.len() { "..." } else { "" },
            opt(&q.speaker),
        )?;
    }
    if doc.published.is_none() && ex.dates.iter().any(|d| d.relative) {
        writeln!(
            out,
            "(no --published date: relative dates are left unresolved)"
        )?;
    }
    Ok(())
}
