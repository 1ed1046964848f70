//! HTML pages to article text: visible text only, with the title, the
//! outlet and the publication date from the usual meta tags.
//!
//! Tokenising is html5gum's (a WHATWG tokenizer); what is boilerplate is
//! decided here: scripts, styles, navigation, headers, footers, asides,
//! forms, and elements whose class or id names a menu, a cookie banner,
//! share buttons and the like. When the page has an `<article>` element,
//! only its text is kept.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// `<h1>` if there is one, else `<title>` (or `og:title`).
    pub title: Option<String>,
    /// `og:site_name` or a publisher meta tag.
    pub source: Option<String>,
    /// The raw publication date meta value.
    pub published: Option<String>,
    /// The visible text, paragraphs separated by blank lines.
    pub text: String,
}

/// Elements whose whole content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "button", "select", "iframe", "object", "canvas", "menu", "dialog", "head",
];

/// Class or id fragments that mark boilerplate blocks.
const SKIP_MARKS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "cookie",
    "share",
    "social",
    "related",
    "comment",
    "sidebar",
    "advert",
    "promo",
    "newsletter",
    "breadcrumb",
    "subscribe",
    "banner",
    "popup",
    "modal",
];

/// Elements that end a paragraph of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "hr",
    "main",
];

/// Meta names/properties for the publication date, in order of trust.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
];

const SOURCE_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
];

/// Extracts a [`Page`] from HTML. Never fails: tag soup yields whatever
/// text it holds.
pub fn html_to_text(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut page = Page::default();
    let mut date_rank = usize::MAX;
    let mut og_title = None;
    let mut title = String::new();
    let mut h1 = String::new();
    let mut text = Text::default();
    let mut skip: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut in_h1 = false;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attr = |key: &str| {
                    tag.attributes.iter().find_map(|(k, v)| {
                        k.eq_ignore_ascii_case(key.as_bytes())
                            .then(|| String::from_utf8_lossy(&v.value).trim().to_string())
                    })
                };
                if name == "meta" {
                    let key = attr("property")
                        .or_else(|| attr("name"))
                        .or_else(|| attr("itemprop"))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if let Some(content) = attr("content").filter(|c| !c.is_empty()) {
                        if let Some(rank) = DATE_META.iter().position(|m| *m == key) {
                            if rank < date_rank {
                                date_rank = rank;
                                page.published = Some(content);
                            }
                        } else if SOURCE_META.contains(&key.as_str()) && page.source.is_none() {
                            page.source = Some(content);
                        } else if key == "og:title" {
                            og_title = Some(content);
                        }
                    }
                    continue;
                }
                if name == "time" && page.published.is_none() {
                    if let Some(dt) = attr("datetime").filter(|d| !d.is_empty()) {
                        date_rank = DATE_META.len();
                        page.published = Some(dt);
                    }
                }
                if name == "title" {
                    in_title = true;
                }
                if !skip.is_empty() {
                    if !tag.self_closing && skip.last().is_some_and(|s| *s == name) {
                        skip.push(name);
                    }
                    continue;
                }
                let marked = || {
                    let cls = attr("class").unwrap_or_default().to_ascii_lowercase();
                    let id = attr("id").unwrap_or_default().to_ascii_lowercase();
                    let role = attr("role").unwrap_or_default().to_ascii_lowercase();
                    role == "navigation"
                        || SKIP_MARKS.iter().any(|m| cls.contains(m) || id.contains(m))
                };
                if (SKIP_TAGS.contains(&name.as_str()) || marked())
                    && !tag.self_closing
                    && !is_void(&name)
                    && name != "article"
                    && name != "main"
                    && name != "body"
                {
                    skip.push(name);
                    continue;
                }
                if name == "article" {
                    text.article_depth += 1;
                }
                if name == "h1" {
                    in_h1 = true;
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    text.paragraph();
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                }
                if !skip.is_empty() {
                    if skip.last().is_some_and(|s| *s == name) {
                        skip.pop();
                    }
                    continue;
                }
                if name == "h1" {
                    in_h1 = false;
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    text.paragraph();
                }
                if name == "article" {
                    text.article_depth = text.article_depth.saturating_sub(1);
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s.value);
                if in_title {
                    push_words(&mut title, &s);
                    continue;
                }
                if !skip.is_empty() {
                    continue;
                }
                if in_h1 {
                    push_words(&mut h1, &s);
                }
                text.push(&s);
            }
            _ => {}
        }
    }
    page.text = text.finish().trim().to_string();
    page.title = [h1, title, og_title.unwrap_or_default()]
        .into_iter()
        .map(|t| t.trim().to_string())
        .find(|t| !t.is_empty());
    page
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Appends text with whitespace collapsed to single spaces.
/// The page text being gathered: all of it, and the part inside
/// `<article>`.
#[derive(Default)]
struct Text {
    body: String,
    article: String,
    /// How many `<article>` elements are open.
    article_depth: usize,
}

impl Text {
    /// Ends a paragraph.
    fn paragraph(&mut self) {
        paragraph(&mut self.body);
        if self.article_depth > 0 {
            paragraph(&mut self.article);
        }
    }

    /// Appends visible text.
    fn push(&mut self, s: &str) {
        push_words(&mut self.body, s);
        if self.article_depth > 0 {
            push_words(&mut self.article, s);
        }
    }

    /// The text of the `<article>` elements when they hold any, else all
    /// of it.
    fn finish(self) -> String {
        if self.article.trim().is_empty() {
            self.body
        } else {
            self.article
        }
    }
}

fn push_words(out: &mut String, s: &str) {
    let starts_space = s.starts_with(char::is_whitespace);
    let mut first = true;
    for w in s.split_whitespace() {
        let need_space = !out.is_empty() && !out.ends_with(['\n', ' ']) && (!first || starts_space);
        if need_space {
            out.push(' ');
        }
        out.push_str(w);
        first = false;
    }
    if s.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with(['\n', ' ']) {
        out.push(' ');
    }
}

/// Ends the current paragraph with a blank line (once).
fn paragraph(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_visible_article_text_and_metadata() {
        let html = r#"<!doctype html><html><head><title>Flood toll rises | Coast Daily</title>
<meta property="og:site_name" content="Coast Daily">
<meta property="article:published_time" content="2026-03-14T08:30:00Z">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header class="site-header">Subscribe now</header>
<h1>Flood toll rises to 47</h1>
<p>The toll rose to <b>47</b> on Tuesday, officials said.</p>
<p>Rescuers &amp; volunteers searched &quot;house by house&quot;, it&#8217;s said.</p>
<div class="share-buttons">Share on social</div>
<footer>Copyright</footer></body></html>"#;
        let page = html_to_text(html);
        assert_eq!(page.title.as_deref(), Some("Flood toll rises to 47"));
        assert_eq!(page.source.as_deref(), Some("Coast Daily"));
        assert_eq!(page.published.as_deref(), Some("2026-03-14T08:30:00Z"));
        assert_eq!(
            page.text,
            "Flood toll rises to 47\n\nThe toll rose to 47 on Tuesday, officials said.\n\n\
             Rescuers & volunteers searched \"house by house\", it\u{2019}s said."
        );
    }

    #[test]
    fn article_element_wins_over_page_chrome() {
        let html = "<body><div>Top stories: a, b, c</div><article><p>Body one.</p><p>Body two.</p></article><div>More</div></body>";
        assert_eq!(html_to_text(html).text, "Body one.\n\nBody two.");
    }

    #[test]
    fn tag_soup_does_not_fail() {
        for html in [
            "<p>unclosed <b>bold",
            "</div></div>text",
            "<<<>>>",
            "",
            "<script>",
        ] {
            let _ = html_to_text(html);
        }
        assert_eq!(html_to_text("<p>unclosed <b>bold").text, "unclosed bold");
    }
}
