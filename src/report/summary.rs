//! The terminal summary: a few lines a reporter reads after `claimscan
//! report`: how much was read, how much was found, the strongest
//! disagreements and the most repeated claims.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{Analysis, ReportOptions};
use crate::analyse::format_day;

/// One disagreement, ready to print.
#[derive(Debug, Clone)]
pub struct TopDisagreement {
    /// Ranking score.
    pub score: f64,
    /// What the figure is about.
    pub subject: String,
    /// `surface (source, date)` of the first side.
    pub a: String,
    /// Same for the second side.
    pub b: String,
    /// Why they disagree.
    pub reason: String,
}

/// One repeated claim, ready to print.
#[derive(Debug, Clone)]
pub struct TopRepeated {
    /// Articles.
    pub n_docs: usize,
    /// Independent sources.
    pub n_independent: usize,
    /// The sentence.
    pub sentence: String,
}

/// What a report found; `Display` prints the terminal summary.
#[derive(Debug, Clone, Default)]
pub struct ReportSummary {
    /// Articles read.
    pub n_articles: usize,
    /// Claims read.
    pub n_claims: usize,
    /// Distinct outlets.
    pub n_sources: usize,
    /// Stories with two or more articles.
    pub n_stories: usize,
    /// Repeated-claim groups.
    pub n_repeated: usize,
    /// Inconsistencies.
    pub n_inconsistencies: usize,
    /// Figure timelines.
    pub n_timelines: usize,
    /// The strongest disagreements (at most 5).
    pub top_disagreements: Vec<TopDisagreement>,
    /// The most repeated claims (at most 5).
    pub top_repeated: Vec<TopRepeated>,
    /// Where the report was written.
    pub out_dir: PathBuf,
    /// Files written.
    pub files: Vec<PathBuf>,
}

fn clip(s: &str, n: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

impl ReportSummary {
    /// Builds the summary of an analysis.
    pub fn from_analysis(a: &Analysis, out_dir: &Path, _opts: &ReportOptions) -> Self {
        let c = &a.corpus;
        let mut sources: Vec<&str> = c
            .articles
            .iter()
            .filter_map(|x| x.source.as_deref())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let mut story_sizes = vec![0usize; a.stories.labels.len()];
        for &s in &a.stories.story_of {
            story_sizes[s as usize] += 1;
        }
        let side = |doc: u32, claim: u32| {
            let art = &c.articles[doc as usize];
            let mut who = art.source.clone().unwrap_or_else(|| art.doc_id.clone());
            if let Some(d) = art.published {
                who = format!("{who}, {}", format_day(d));
            }
            format!(
                "\"{}\" ({who})",
                clip(&c.claims[claim as usize].surface, 40)
            )
        };
        ReportSummary {
            n_articles: c.articles.len(),
            n_claims: c.claims.len(),
            n_sources: sources.len(),
            n_stories: story_sizes.iter().filter(|&&n| n > 1).count(),
            n_repeated: a.repeated.len(),
            n_inconsistencies: a.comparison.rows.len(),
            n_timelines: a.threads.len(),
            top_disagreements: a
                .comparison
                .rows
                .iter()
                .take(5)
                .map(|r| TopDisagreement {
                    score: r.score,
                    subject: clip(&r.subject, 70),
                    a: side(r.a.doc, r.a.claim),
                    b: side(r.b.doc, r.b.claim),
                    reason: r.reason.to_string(),
                })
                .collect(),
            top_repeated: a
                .repeated
                .iter()
                .take(5)
                .map(|r| TopRepeated {
                    n_docs: r.n_docs,
                    n_independent: r.n_independent,
                    sentence: clip(&r.sentence, 100),
                })
                .collect(),
            out_dir: out_dir.to_path_buf(),
            files: Vec::new(),
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for ReportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}, {}, {}; {} covered by several articles",
            plural(self.n_articles, "article", "articles"),
            plural(self.n_claims, "claim", "claims"),
            plural(self.n_sources, "source", "sources"),
            plural(self.n_stories, "story", "stories"),
        )?;
        writeln!(
            f,
            "{}, {}, {}",
            plural(self.n_inconsistencies, "inconsistency", "inconsistencies"),
            plural(self.n_repeated, "repeated claim", "repeated claims"),
            plural(self.n_timelines, "figure timeline", "figure timelines"),
        )?;
        if !self.top_disagreements.is_empty() {
            writeln!(f, "\nTop disagreements:")?;
            for d in &self.top_disagreements {
                writeln!(f, "  {:.2}  {}", d.score, d.subject)?;
                writeln!(f, "        {} vs {}: {}", d.a, d.b, d.reason)?;
            }
        }
        if !self.top_repeated.is_empty() {
            writeln!(f, "\nTop repeated claims:")?;
            for r in &self.top_repeated {
                writeln!(
                    f,
                    "  {}, {}: \"{}\"",
                    plural(r.n_docs, "article", "articles"),
                    plural(r.n_independent, "independent source", "independent sources"),
                    r.sentence
                )?;
            }
        }
        write!(
            f,
            "\nReport written to {}",
            self.out_dir.join("report.html").display()
        )
    }
}
