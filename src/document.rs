//! The unit of work: one article, as ingest hands it to the extractors.
//!
//! A [`Document`] is plain data (text plus metadata) and owns everything it
//! needs, so extraction can run on it anywhere: a rayon worker, a test, or a
//! program that embeds claimscan as a library.

use jiff::civil::Date;
use serde::Serialize;

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// A metadata field (JSON/CSV date field, an HTML meta tag, `--published`).
    Field,
    /// A date stated in the text itself (a dateline or a date line).
    Text,
    /// No publication date is known.
    #[default]
    None,
}

impl PublishedFrom {
    /// The name written in the `articles.published_from` column.
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedFrom::Field => "field",
            PublishedFrom::Text => "text",
            PublishedFrom::None => "none",
        }
    }
}

/// One news article: its text and what is known about it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// Stable identifier: the id field when the input has one, else derived
    /// from the input name (and line for multi-document files).
    pub doc_id: String,
    /// Where it came from: a path, with `:LINE` for JSONL/CSV rows.
    pub input: String,
    /// The outlet (newspaper, agency, site), when known.
    pub source: Option<String>,
    /// Headline or title, when known.
    pub title: Option<String>,
    /// Publication date, the anchor for relative dates.
    pub published: Option<Date>,
    /// Where `published` came from.
    pub published_from: PublishedFrom,
    /// The article body (UTF-8). All offsets in the tables are byte offsets
    /// into this string.
    pub text: String,
}

impl Document {
    /// A document with only a text, as `claimscan extract` builds it.
    pub fn from_text(doc_id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            doc_id: doc_id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Sets the publication date as coming from metadata.
    pub fn with_published(mut self, date: Date) -> Document {
        self.published = Some(date);
        self.published_from = PublishedFrom::Field;
        self
    }
}
