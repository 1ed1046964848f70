//! `report.html`: one self-contained page (inline CSS and SVG, no script,
//! no external resource) that a reporter can open, mail or archive.
//!
//! Every string that comes from an article (sentences, titles, sources,
//! names, figures) goes through [`escape`]: article text is data, and a
//! `<script>` in an article prints as text. The page itself carries no
//! script at all.

use std::collections::HashSet;
use std::fmt::Write as _;

use polars::prelude::*;

use super::{Analysis, ReportOptions, ReportSummary};
use crate::analyse::{format_day, Corpus};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The sentence with the figure marked (both escaped).
fn marked(sentence: &str, surface: &str) -> String {
    match (!surface.is_empty())
        .then(|| sentence.find(surface))
        .flatten()
    {
        Some(i) => format!(
            "{}<mark>{}</mark>{}",
            escape(&sentence[..i]),
            escape(surface),
            escape(&sentence[i + surface.len()..])
        ),
        None => escape(sentence),
    }
}

fn day(d: Option<i32>) -> String {
    d.map(format_day).unwrap_or_else(|| "—".into())
}

const STYLE: &str = r#"
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:1.5em}
h1{font-size:1.6em;margin:.2em 0}h2{margin-top:2em;border-bottom:2px solid #dde;padding-bottom:.2em}
.counts{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
.counts div{background:#fff;border:1px solid #dde;border-radius:6px;padding:.5em .9em}
.counts b{display:block;font-size:1.4em}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}
th,td{border:1px solid #e3e3ea;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f5}
td.n{text-align:right;white-space:nowrap}
mark{background:#ffe58a;padding:0 .1em}
.side{margin:.2em 0}.meta{color:#667;font-size:.88em}.frame{color:#225;font-size:.8em;font-variant:small-caps}
.reason{white-space:nowrap;font-weight:600}
.chart{background:#fff;border:1px solid #dde;border-radius:6px;margin:.6em 0;padding:.4em}
.note{color:#556}
"#;

/// Renders the whole page.
pub fn render(a: &Analysis, summary: &ReportSummary, opts: &ReportOptions) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let title = escape(&opts.title);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body><main>\n<h1>{title}</h1>\n"
    );
    let _ = write!(h, "<div class=\"counts\">");
    for (n, what) in [
        (summary.n_articles, "articles"),
        (summary.n_claims, "claims"),
        (summary.n_sources, "sources"),
        (summary.n_stories, "stories in several articles"),
        (summary.n_inconsistencies, "inconsistencies"),
        (summary.n_repeated, "repeated claims"),
        (summary.n_timelines, "figure timelines"),
    ] {
        let _ = write!(h, "<div><b>{n}</b>{what}</div>");
    }
    h.push_str("</div>\n");
    let _ = writeln!(
        h,
        "<p class=\"note\">Articles are compared when they report the same story \
         (shared names, figures and title words) within {} days of each other. \
         A figure that grows in later reports is an update, not a disagreement.</p>",
        opts.window_days
    );

    inconsistencies(&mut h, a, opts);
    timelines(&mut h, a, opts);
    repeated(&mut h, a, opts);
    sources(&mut h, a, opts);
    entities(&mut h, a, opts);
    h.push_str("</main></body></html>\n");
    h
}

/// The frame of a claim, readable: "killed, total", "revenue of Acme".
fn frame_label(cl: &crate::analyse::ClaimRow) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(e) = cl.event.as_deref() {
        parts.push(e.to_string());
    }
    if let Some(m) = cl.measure.as_deref() {
        match cl.holder.as_deref() {
            Some(h) => parts.push(format!("{m} of {h}")),
            None => parts.push(m.to_string()),
        }
    }
    if let Some(n) = cl.counted.as_deref() {
        parts.push(n.to_string());
    }
    if let Some(s) = cl.scope.as_deref() {
        parts.push(s.to_string());
    }
    if let Some(p) = cl.perpetrator.as_deref() {
        parts.push(format!("perpetrator {p}"));
    }
    parts.join(", ")
}

fn side(c: &Corpus, doc: u32, claim: u32, support: u32, docs: &[u32]) -> String {
    let art = &c.articles[doc as usize];
    let cl = &c.claims[claim as usize];
    let frame = frame_label(cl);
    let frame = if frame.is_empty() {
        String::new()
    } else {
        format!("<div class=\"frame\">{}</div>", escape(&frame))
    };
    let others: Vec<&str> = docs
        .iter()
        .filter(|&&d| d != doc)
        .map(|&d| c.articles[d as usize].doc_id.as_str())
        .collect();
    let also = if others.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"meta\">also in {}</div>",
            escape(&others.join(", "))
        )
    };
    let src = art.source.as_deref().unwrap_or("(unknown source)");
    let title = art
        .title
        .as_deref()
        .map(|t| format!(" · {}", escape(t)))
        .unwrap_or_default();
    format!(
        "{frame}<div class=\"side\">{}</div><div class=\"meta\">{} · {} · {}{} · {} source{}</div>{also}",
        marked(&cl.sentence, &cl.surface),
        escape(src),
        day(art.published),
        escape(&art.doc_id),
        title,
        support,
        if support == 1 { "" } else { "s" }
    )
}

fn inconsistencies(h: &mut String, a: &Analysis, opts: &ReportOptions) {
    h.push_str("<h2 id=\"inconsistencies\">Figures that disagree</h2>\n");
    let rows = &a.comparison.rows;
    if rows.is_empty() {
        h.push_str("<p>No two articles of one story give figures that cannot both hold.</p>\n");
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">{} pairs of figures about the same quantity whose allowed \
         ranges do not overlap, strongest first{}.</p>",
        rows.len(),
        if rows.len() > opts.html_rows {
            format!(
                " (the first {} here; all in <code>inconsistencies.csv</code>)",
                opts.html_rows
            )
        } else {
            String::new()
        }
    );
    h.push_str(
        "<table><tr><th>score</th><th>subject</th><th>one report</th>\
         <th>another report</th><th>why</th></tr>\n",
    );
    for r in rows.iter().take(opts.html_rows) {
        let ratio = r.ratio.map(|x| format!("<br>×{x}")).unwrap_or_default();
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{:.2}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td class=\"reason\">{}{}</td></tr>",
            r.score,
            escape(&r.subject),
            side(&a.corpus, r.a.doc, r.a.claim, r.a.support, &r.docs_a),
            side(&a.corpus, r.b.doc, r.b.claim, r.b.support, &r.docs_b),
            escape(r.reason),
            ratio
        );
    }
    h.push_str("</table>\n");
}

fn fmt_num(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{:.3}bn", v / 1e9)
    } else if a >= 1e6 {
        format!("{:.3}m", v / 1e6)
    } else if a >= 1e4 {
        format!("{:.1}k", v / 1e3)
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
    .replace(".000", "")
}

/// One SVG chart of a thread: each figure a point at its day, its allowed
/// range as a vertical bar (an arrow when open-ended), disputed figures in
/// red.
fn timeline_svg(
    a: &Analysis,
    t: &crate::analyse::timeline::Thread,
    disputed: &HashSet<u32>,
) -> String {
    let c = &a.corpus;
    let pts: Vec<(i32, f64, f64, f64, u32)> = t
        .claims
        .iter()
        .filter_map(|&ci| {
            let cl = &c.claims[ci as usize];
            let d = c.articles[cl.doc as usize].published?;
            let v = cl.value?;
            Some((
                d,
                v,
                cl.lo.unwrap_or(v),
                cl.hi.unwrap_or(f64::INFINITY.min(v)),
                ci,
            ))
        })
        .collect();
    let (w, ht, left, bottom, top, right) = (640.0, 220.0, 70.0, 30.0, 15.0, 20.0);
    if pts.is_empty() {
        return "<p class=\"note\">(no dated figures)</p>".into();
    }
    let d0 = pts.iter().map(|p| p.0).min().unwrap_or(0);
    let d1 = pts.iter().map(|p| p.0).max().unwrap_or(0).max(d0 + 1);
    let vmax = pts
        .iter()
        .map(|p| if p.3.is_finite() { p.3.max(p.1) } else { p.1 })
        .fold(0.0f64, f64::max)
        .max(1e-9)
        * 1.15;
    let vmin = pts.iter().map(|p| p.2.min(p.1)).fold(0.0f64, f64::min);
    let x = |d: i32| left + (d - d0) as f64 / (d1 - d0) as f64 * (w - left - right);
    let y = |v: f64| top + (1.0 - (v - vmin) / (vmax - vmin)) * (ht - top - bottom);
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {ht}\" width=\"{w}\" height=\"{ht}\" \
         role=\"img\" aria-label=\"{}\">",
        escape(&t.subject)
    );
    // Axes and labels.
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\"/>\
         <line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{}\" stroke=\"#999\"/>",
        ht - bottom,
        w - right,
        ht - bottom,
        ht - bottom
    );
    for v in [vmin, (vmin + vmax / 1.15) / 2.0, vmax / 1.15] {
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            y(v) + 4.0,
            escape(&fmt_num(v))
        );
    }
    for (d, anchor) in [(d0, "start"), (d1, "end")] {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"{anchor}\">{}</text>",
            x(d),
            ht - 8.0,
            format_day(d)
        );
    }
    // Ranges, then points.
    for &(d, v, lo, hi, ci) in &pts {
        let color = if disputed.contains(&ci) {
            "#c62828"
        } else {
            "#1565c0"
        };
        let hi_y =
            if c.claims[ci as usize].hi.is_none() && &*c.claims[ci as usize].qualifier == "lower" {
                top
            } else {
                y(hi.max(v))
            };
        if (y(lo.min(v)) - hi_y).abs() > 1.0 {
            let _ = write!(
                s,
                "<line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"{color}\" \
                 stroke-width=\"3\" opacity=\"0.35\"/>",
                x(d),
                y(lo.min(v)),
                hi_y
            );
        }
        let cl = &c.claims[ci as usize];
        let art = &c.articles[cl.doc as usize];
        let _ = write!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"{color}\"><title>{} · {} · {}</title></circle>",
            x(d),
            y(v),
            escape(&cl.surface),
            escape(art.source.as_deref().unwrap_or(&art.doc_id)),
            format_day(d)
        );
    }
    s.push_str("</svg>");
    s
}

fn timelines(h: &mut String, a: &Analysis, opts: &ReportOptions) {
    h.push_str("<h2 id=\"timelines\">Figure timelines</h2>\n");
    if a.threads.is_empty() {
        h.push_str("<p>No quantity is reported by two or more articles of one story.</p>\n");
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"note\">Each point is one article's figure on its day of publication; \
         the bar is the range its wording allows; red points are in a disagreement. \
         {} timelines in <code>figure_timeline.csv</code>.</p>",
        a.threads.len()
    );
    let max = (opts.html_rows / 5).clamp(3, 12);
    let disputed = a.comparison.disputed();
    for t in a.threads.iter().take(max) {
        let _ = writeln!(
            h,
            "<h3>{} <span class=\"meta\">{} articles</span></h3>\n{}",
            escape(&t.subject),
            t.n_docs,
            timeline_svg(a, t, &disputed)
        );
    }
}

fn repeated(h: &mut String, a: &Analysis, opts: &ReportOptions) {
    h.push_str("<h2 id=\"repeated\">Repeated claims</h2>\n");
    if a.repeated.is_empty() {
        h.push_str("<p>No claim sentence appears in two or more articles.</p>\n");
        return;
    }
    h.push_str(
        "<p class=\"note\">Near-identical sentences with figures across articles. \
         Independent sources count reprints of one story and articles of one outlet once.</p>\n",
    );
    h.push_str(
        "<table><tr><th>articles</th><th>independent sources</th><th>first seen</th>\
         <th>last seen</th><th>sentence</th><th>sources</th></tr>\n",
    );
    for r in a.repeated.iter().take(opts.html_rows) {
        let srcs: Vec<String> = r.sources.iter().take(8).map(|s| escape(s)).collect();
        let more = if r.sources.len() > 8 {
            format!(", … {} more", r.sources.len() - 8)
        } else {
            String::new()
        };
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}{}</td></tr>",
            r.n_docs,
            r.n_independent,
            day(r.first_seen),
            day(r.last_seen),
            escape(&r.sentence),
            srcs.join(", "),
            more
        );
    }
    h.push_str("</table>\n");
}

/// Column `name` of `df` as text, one value per row (all None when the
/// column is missing).
fn str_col(df: &DataFrame, name: &str) -> Vec<Option<String>> {
    df.column(name)
        .ok()
        .and_then(|c| c.cast(&DataType::String).ok())
        .and_then(|c| {
            c.str()
                .ok()
                .map(|ca| ca.iter().map(|v| v.map(str::to_string)).collect())
        })
        .unwrap_or_else(|| vec![None; df.height()])
}

/// An HTML table of the first `rows` rows of `df`: `cols` as (column,
/// header), the columns from `first_number` on right-aligned as numbers.
fn stats_table(
    h: &mut String,
    df: &DataFrame,
    cols: &[(&str, &str)],
    first_number: usize,
    rows: usize,
) {
    let df = df.head(Some(rows));
    let values: Vec<Vec<Option<String>>> = cols.iter().map(|(c, _)| str_col(&df, c)).collect();
    h.push_str("<table><tr>");
    for (_, label) in cols {
        let _ = write!(h, "<th>{label}</th>");
    }
    h.push_str("</tr>\n");
    for i in 0..df.height() {
        h.push_str("<tr>");
        for (k, ((c, _), column)) in cols.iter().zip(&values).enumerate() {
            let class = if k >= first_number {
                " class=\"n\""
            } else {
                ""
            };
            let v = column.get(i).cloned().flatten().unwrap_or_default();
            let v = if *c == "claims_per_article" {
                v.parse::<f64>().map(|x| format!("{x:.1}")).unwrap_or(v)
            } else {
                v
            };
            let _ = write!(h, "<td{class}>{}</td>", escape(&v));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
}

fn sources(h: &mut String, a: &Analysis, opts: &ReportOptions) {
    h.push_str("<h2 id=\"sources\">Sources</h2>\n");
    let df = &a.source_stats;
    if df.height() == 0 {
        h.push_str("<p>No articles.</p>\n");
        return;
    }
    let cols = [
        ("source", "source"),
        ("n_articles", "articles"),
        ("n_claims", "claims"),
        ("claims_per_article", "claims / article"),
        ("n_claims_credited", "credited"),
        ("n_claims_hedged", "hedged"),
        ("n_inconsistencies", "in disagreements"),
        ("n_repeated_groups", "in repeated claims"),
        ("first_published", "first"),
        ("last_published", "last"),
    ];
    // Bar chart: claims per source, top 15.
    let top = df.head(Some(15));
    let names = str_col(&top, "source");
    let counts: Vec<f64> = str_col(&top, "n_claims")
        .iter()
        .map(|v| v.as_deref().and_then(|s| s.parse().ok()).unwrap_or(0.0))
        .collect();
    let n = counts.len();
    let maxc = counts.iter().cloned().fold(1.0, f64::max);
    let (w, bar, left) = (640.0, 20.0, 200.0);
    let ht = n as f64 * (bar + 4.0) + 10.0;
    let _ = write!(
        h,
        "<svg class=\"chart\" viewBox=\"0 0 {w} {ht}\" width=\"{w}\" height=\"{ht}\" \
         role=\"img\" aria-label=\"claims per source\">"
    );
    for (i, (c, name)) in counts.iter().zip(&names).enumerate() {
        let yy = 5.0 + i as f64 * (bar + 4.0);
        let bw = c / maxc * (w - left - 60.0);
        let name: String = name.as_deref().unwrap_or("").chars().take(28).collect();
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
             <rect x=\"{left}\" y=\"{yy:.1}\" width=\"{bw:.1}\" height=\"{bar}\" fill=\"#5c7cfa\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">{c}</text>",
            left - 6.0,
            yy + 14.0,
            escape(&name),
            left + bw + 4.0,
            yy + 14.0
        );
    }
    h.push_str("</svg>\n");
    stats_table(h, df, &cols, 1, opts.html_rows);
}

fn entities(h: &mut String, a: &Analysis, opts: &ReportOptions) {
    h.push_str("<h2 id=\"entities\">People, organisations and places</h2>\n");
    let df = &a.entity_stats;
    if df.height() == 0 {
        h.push_str("<p>No named entities in this scan.</p>\n");
        return;
    }
    let cols = [
        ("canonical", "name"),
        ("kind", "kind"),
        ("role", "role"),
        ("n_docs", "articles"),
        ("n_mentions", "mentions"),
        ("n_sources", "sources"),
        ("n_quotes", "quotes"),
        ("n_claims_credited", "figures credited"),
        ("first_seen", "first"),
        ("last_seen", "last"),
    ];
    stats_table(h, df, &cols, 3, opts.html_rows);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_marks_figures() {
        assert_eq!(
            escape("<script>a&b</script>"),
            "&lt;script&gt;a&amp;b&lt;/script&gt;"
        );
        assert_eq!(
            marked("<b>12</b> dead", "12"),
            "&lt;b&gt;<mark>12</mark>&lt;/b&gt; dead"
        );
    }
}
