//! Which fields of a JSON object or CSV row hold the text and metadata.

/// Candidate field names for each piece of a document, tried in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNames {
    /// The article body. Default: `text`, `content`, `body`, `article`.
    pub text: Vec<String>,
    /// The document id. Default: `id`, `doc_id`, `uid`.
    pub id: Vec<String>,
    /// The publication date. Default: `date`, `published`,
    /// `published_at`, `publish_date`, `pubdate`.
    pub date: Vec<String>,
    /// The outlet. Default: `source`, `outlet`, `publisher`, `site`.
    pub source: Vec<String>,
    /// The title. Default: `title`, `headline`.
    pub title: Vec<String>,
}

fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldNames {
    fn default() -> FieldNames {
        FieldNames {
            text: strings(&["text", "content", "body", "article"]),
            id: strings(&["id", "doc_id", "uid"]),
            date: strings(&[
                "date",
                "published",
                "published_at",
                "publish_date",
                "pubdate",
            ]),
            source: strings(&["source", "outlet", "publisher", "site"]),
            title: strings(&["title", "headline"]),
        }
    }
}

impl FieldNames {
    /// Every candidate name, each once (text, id, date, source, title).
    pub fn all(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for name in [&self.text, &self.id, &self.date, &self.source, &self.title]
            .into_iter()
            .flatten()
        {
            if !all.contains(name) {
                all.push(name.clone());
            }
        }
        all
    }

    /// Replaces the candidates for each field given (`None` keeps the
    /// default).
    pub fn with_overrides(
        mut self,
        text: Option<&str>,
        id: Option<&str>,
        date: Option<&str>,
        source: Option<&str>,
        title: Option<&str>,
    ) -> FieldNames {
        let set = |v: &mut Vec<String>, o: Option<&str>| {
            if let Some(name) = o {
                *v = vec![name.to_string()];
            }
        };
        set(&mut self.text, text);
        set(&mut self.id, id);
        set(&mut self.date, date);
        set(&mut self.source, source);
        set(&mut self.title, title);
        self
    }
}
