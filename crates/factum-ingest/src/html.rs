//! HTML articles: main-content extraction with `dom_smoothie` (a port of Mozilla's
//! Readability, the algorithm behind Firefox's reader view), which drops navigation, ads,
//! comment threads and footers and keeps the article body. Title, byline, published time,
//! site name and language come from the page's meta tags and JSON-LD.
//!
//! A page Readability cannot make sense of (too little text) falls back to the text of the
//! whole `<body>`, with a warning, rather than failing: a short press release is still news.

use dom_smoothie::{Config, Readability, TextMode};
use factum_doc::{Document, Origin};

use crate::{Diagnostic, ReadOptions};

pub(crate) fn read(
    html: &str,
    location: &str,
    url: Option<&str>,
    opts: &ReadOptions,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Document, Diagnostic> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // News briefs are short; Readability's default (500 characters) rejects them.
        char_threshold: 120,
        ..Config::default()
    };
    let absolute_url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, absolute_url, Some(cfg))
        .map_err(|e| Diagnostic::new(location, format!("cannot parse HTML: {e}")))?;
    let origin = Origin {
        path: location.to_string(),
        format: "html".to_string(),
        ..Origin::default()
    };
    let mut doc = match reader.parse() {
        Ok(article) => {
            let (byline_line, body) = strip_byline(tidy_paragraphs(&article.text_content));
            let mut doc = Document::new(body, origin);
            doc.title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
            if let Some(byline) = article.byline.as_deref().or(byline_line.as_deref()) {
                doc.authors = split_byline(byline);
            }
            if let Some(published) = article.published_time.as_deref() {
                match crate::time::parse_datetime(published) {
                    Some(t) => doc.published = Some(t),
                    None => warnings.push(Diagnostic::new(
                        location,
                        format!("unrecognised published time {published:?}"),
                    )),
                }
            }
            doc.source = article.site_name.filter(|s| !s.trim().is_empty());
            doc.url = article.url.or_else(|| url.map(str::to_string));
            if let Some(lang) = article.lang.filter(|l| !l.is_empty()) {
                doc.language = lang;
            }
            doc
        }
        Err(e) => {
            warnings.push(Diagnostic::new(
                location,
                format!("no main content found ({e}); using the text of the whole page"),
            ));
            let page = dom_query::Document::from(html);
            let mut doc = Document::new(html_to_text(html), origin);
            let title = page.select("title").text();
            doc.title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
            doc.url = url.map(str::to_string);
            doc
        }
    };
    if doc.language.is_empty() {
        doc.language = "en".to_string();
    }
    crate::finish(doc, None, location, opts)
}

/// Plain text of an HTML fragment (a feed item's description, a page's body): block elements
/// become paragraphs separated by blank lines, entities are decoded, scripts and styles
/// dropped.
pub fn html_to_text(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select("script, style, noscript, template").remove();
    let body = doc.select("body");
    let text = if body.exists() {
        body.formatted_text()
    } else {
        doc.formatted_text()
    };
    tidy_paragraphs(&text)
}

/// Collapse runs of spaces inside lines and runs of blank lines, so that paragraphs are
/// separated by exactly one blank line whatever the markup's layout was.
fn tidy_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_pending = false;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank_pending = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_pending { "\n\n" } else { "\n" });
        }
        blank_pending = false;
        out.push_str(&words.join(" "));
    }
    out
}

/// A byline paragraph left at the top of the extracted body ("By Jane Roe") would become the
/// first sentence and hide the dateline after it; take it out.
fn strip_byline(body: String) -> (Option<String>, String) {
    let first_end = body.find("\n\n").unwrap_or(body.len());
    let first = &body[..first_end];
    let is_byline = first.len() <= 100
        && (first.starts_with("By ") || first.starts_with("BY "))
        && !first.ends_with(['.', '!', '?'])
        && first_end < body.len();
    if is_byline {
        let rest = body[first_end..].trim_start().to_string();
        (Some(first.to_string()), rest)
    } else {
        (None, body)
    }
}

/// "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"].
fn split_byline(byline: &str) -> Vec<String> {
    let b = byline.trim();
    let b = b
        .strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .or_else(|| b.strip_prefix("BY "))
        .unwrap_or(b);
    b.split([',', ';'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Site | Port reopens</title>
<meta property="og:title" content="Port reopens after strike">
<meta name="author" content="By Ana Ruiz and Li Wei">
<meta property="article:published_time" content="2024-03-02T08:30:00+01:00">
<meta property="og:site_name" content="Harbour Times"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Port reopens after strike</h1>
<p>VALPARAISO (Harbour Times) — Dock workers returned to the port on Saturday after union leaders and the port authority signed a wage agreement late on Friday, ending a strike that lasted nine days.</p>
<p>The agreement raises wages by six percent over two years, according to a union statement. Port officials said the first container ships would be unloaded by Sunday morning.</p>
<p>"We got what we came for," a union spokeswoman told reporters outside the port gates.</p>
</article>
<footer><p>Copyright Harbour Times. All rights reserved. Subscribe to our newsletter.</p></footer>
</body></html>"#;

    #[test]
    fn article_page_main_content_and_meta() {
        let mut warnings = Vec::new();
        let doc = read(PAGE, "p.html", None, &ReadOptions::default(), &mut warnings).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(doc.title.as_deref(), Some("Port reopens after strike"));
        assert_eq!(doc.authors, ["Ana Ruiz", "Li Wei"]);
        assert_eq!(
            doc.published.unwrap().to_rfc3339(),
            "2024-03-02T08:30:00+01:00"
        );
        assert_eq!(doc.source.as_deref(), Some("Harbour Times"));
        let dl = doc.dateline.as_ref().unwrap();
        assert_eq!(dl.place.as_deref(), Some("VALPARAISO"));
        assert!(
            doc.text.starts_with("Dock workers returned"),
            "{}",
            doc.text
        );
        assert!(
            doc.text.contains("\n\nThe agreement raises wages"),
            "{}",
            doc.text
        );
        for boilerplate in ["Home", "Sport", "Copyright", "newsletter"] {
            assert!(
                !doc.text.contains(boilerplate),
                "{boilerplate} in {}",
                doc.text
            );
        }
    }

    #[test]
    fn byline_paragraph_is_lifted() {
        let (b, rest) = strip_byline("By Ana Ruiz\n\nLIMA (FWN) — Text.".to_string());
        assert_eq!(b.as_deref(), Some("By Ana Ruiz"));
        assert_eq!(rest, "LIMA (FWN) — Text.");
        let (b, rest) = strip_byline("By noon the talks had ended.\n\nMore.".to_string());
        assert_eq!(
            (b, rest.as_str()),
            (None, "By noon the talks had ended.\n\nMore.")
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            split_byline("By Jane Roe and John Doe"),
            ["Jane Roe", "John Doe"]
        );
        assert_eq!(split_byline("Ana Ruiz, Li Wei"), ["Ana Ruiz", "Li Wei"]);
    }

    #[test]
    fn fragments_to_paragraphs() {
        let t = html_to_text("<p>One &amp; two.</p><script>x()</script><p>Three   four.</p>");
        assert_eq!(t, "One & two.\n\nThree four.");
    }
}
