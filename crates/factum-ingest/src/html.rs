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
    if let Some(why) = Shape::of(html).too_complex() {
        // The DOM parser and Readability take time quadratic in nesting depth and in
        // attributes per tag; such a page is not an article anyway. Strip the markup in one
        // linear pass instead.
        warnings.push(Diagnostic::new(
            location,
            format!("{why}: markup stripped without main-content extraction"),
        ));
        let mut doc = Document::new(strip_markup(html), Origin::new(location, "html"));
        doc.title = raw_title(html);
        doc.url = url.map(str::to_string);
        doc.language = "en".to_string();
        return crate::finish(doc, None, location, opts);
    }
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // News briefs are short; Readability's default (500 characters) rejects them.
        char_threshold: 120,
        ..Config::default()
    };
    let absolute_url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, absolute_url, Some(cfg))
        .map_err(|e| Diagnostic::new(location, format!("cannot parse HTML: {e}")))?;
    let origin = Origin::new(location, "html");
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
    if Shape::of(html).too_complex().is_some() {
        return strip_markup(html);
    }
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

/// Deepest element nesting the DOM parser is given; deeper pages are stripped linearly.
pub const MAX_HTML_DEPTH: usize = 256;
/// Most attributes on one tag the DOM parser is given.
pub const MAX_HTML_ATTRIBUTES: usize = 256;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements whose end tag is optional: not counted in the nesting depth.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];
/// Elements whose content is not text.
const RAW: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "title",
];
/// Elements that separate paragraphs.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "article",
    "section",
    "blockquote",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "form",
    "address",
];

/// The nesting depth and the largest attribute count of a page, from one linear scan that
/// does not build a tree.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub depth: usize,
    pub attributes: usize,
}

/// What [`scan_tags`] finds, in order.
enum Piece<'t, 'a> {
    Tag(&'t Tag<'a>),
    Text(&'a str),
}

/// One tag found by [`scan_tags`].
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    attributes: usize,
}

/// Visit text runs and tags of `html` in order, in one pass. Comments, doctypes and the
/// content of raw-text elements (`script`, `style` …) are passed to `text` as `None` and
/// skipped.
fn scan_tags<'a>(html: &'a str, mut on_piece: impl FnMut(Piece<'_, 'a>)) {
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            on_piece(Piece::Text(&html[text_start..i]));
            let end = if html[i..].starts_with("<!--") {
                html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3)
            } else {
                html[i..].find('>').map_or(b.len(), |e| i + e + 1)
            };
            i = end;
            text_start = i;
            continue;
        }
        let closing = next == b'/';
        let name_start = if closing { i + 2 } else { i + 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        on_piece(Piece::Text(&html[text_start..i]));
        let mut j = name_start;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
            j += 1;
        }
        let name = &html[name_start..j];
        // Attributes: names outside quotes, up to the closing '>'.
        let mut attributes = 0;
        let mut self_closing = false;
        while j < b.len() && b[j] != b'>' {
            match b[j] {
                b'"' | b'\'' => {
                    let q = b[j];
                    j += 1;
                    while j < b.len() && b[j] != q {
                        j += 1;
                    }
                    j += 1;
                }
                b'=' => {
                    // A value: quoted (handled by the arm above) or bare.
                    j += 1;
                    while j < b.len() && b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j < b.len() && !matches!(b[j], b'"' | b'\'') {
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                    }
                }
                c if c.is_ascii_whitespace() => j += 1,
                b'/' => {
                    self_closing = b.get(j + 1) == Some(&b'>');
                    j += 1;
                }
                _ => {
                    attributes += 1;
                    while j < b.len()
                        && !b[j].is_ascii_whitespace()
                        && !matches!(b[j], b'=' | b'>' | b'/')
                    {
                        j += 1;
                    }
                }
            }
        }
        i = (j + 1).min(b.len());
        let tag = Tag {
            name,
            closing,
            self_closing,
            attributes,
        };
        on_piece(Piece::Tag(&tag));
        text_start = i;
        if !closing && RAW.iter().any(|r| r.eq_ignore_ascii_case(name)) {
            // Skip to the matching end tag (ASCII case-insensitive search).
            let lower_end = format!("</{}", name.to_ascii_lowercase());
            let rest = &b[i..];
            let found = rest
                .windows(lower_end.len())
                .position(|w| w.eq_ignore_ascii_case(lower_end.as_bytes()));
            i = found.map_or(b.len(), |p| i + p);
            text_start = i;
        }
    }
    on_piece(Piece::Text(&html[text_start.min(b.len())..]));
}

impl Shape {
    pub(crate) fn of(html: &str) -> Shape {
        let mut shape = Shape::default();
        let mut depth = 0usize;
        scan_tags(html, |piece| {
            if let Piece::Tag(tag) = piece {
                shape.attributes = shape.attributes.max(tag.attributes);
                let counted = !VOID.iter().any(|v| v.eq_ignore_ascii_case(tag.name))
                    && !OPTIONAL_END
                        .iter()
                        .any(|v| v.eq_ignore_ascii_case(tag.name));
                if !counted || tag.self_closing {
                    return;
                }
                if tag.closing {
                    depth = depth.saturating_sub(1);
                } else {
                    depth += 1;
                    shape.depth = shape.depth.max(depth);
                }
            }
        });
        shape
    }

    /// Why the page is too complex for the DOM parser, if it is.
    pub(crate) fn too_complex(self) -> Option<String> {
        if self.depth > MAX_HTML_DEPTH {
            Some(format!(
                "HTML nested {} levels deep (limit {MAX_HTML_DEPTH})",
                self.depth
            ))
        } else if self.attributes > MAX_HTML_ATTRIBUTES {
            Some(format!(
                "an HTML tag with {} attributes (limit {MAX_HTML_ATTRIBUTES})",
                self.attributes
            ))
        } else {
            None
        }
    }
}

/// The text of `html` without building a tree, in time linear in its length: tags are
/// dropped (block tags separate paragraphs), scripts, styles and comments skipped, character
/// references decoded.
pub(crate) fn strip_markup(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    scan_tags(html, |piece| match piece {
        Piece::Tag(tag) => {
            if BLOCK.iter().any(|t| t.eq_ignore_ascii_case(tag.name)) {
                out.push_str("\n\n");
            } else {
                out.push(' ');
            }
        }
        Piece::Text(text) => decode_entities(text, &mut out),
    });
    tidy_paragraphs(&out)
}

/// The `<title>` of a page, found without parsing it.
fn raw_title(html: &str) -> Option<String> {
    let lower_head = html.get(..html.len().min(64 * 1024))?.to_ascii_lowercase();
    let start = lower_head.find("<title")?;
    let open_end = start + lower_head[start..].find('>')? + 1;
    let end = open_end + lower_head[open_end..].find("</title")?;
    let mut title = String::new();
    decode_entities(&html[open_end..end], &mut title);
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(title).filter(|t| !t.is_empty())
}

/// Append `text` with HTML character references decoded (numeric ones and the common named
/// ones; an unknown one is kept as written).
fn decode_entities(text: &str, out: &mut String) {
    crate::markup::decode_entities(text, 31, out, |name, out| {
        let c = crate::markup::numeric_reference(name).or(match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "mdash" => Some('\u{2014}'),
            "ndash" => Some('\u{2013}'),
            "lsquo" => Some('\u{2018}'),
            "rsquo" => Some('\u{2019}'),
            "ldquo" => Some('\u{201c}'),
            "rdquo" => Some('\u{201d}'),
            "hellip" => Some('\u{2026}'),
            _ => None,
        });
        c.map(|c| out.push(c)).is_some()
    });
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

    /// Issue 17 (5): 10k nested `<div>`s took 13.8 s, 200k attributes on one tag 59 s,
    /// 100k escaped `<div>`s in a feed description 90 s. Time now grows linearly: reading
    /// 8x the nesting or attributes takes about 8x the time (quadratic would be 64x).
    #[test]
    fn deep_nesting_and_many_attributes_take_linear_time() {
        let s =
            "The Israeli government said on Tuesday that its army attacked Hezbollah positions. ";
        let nested = |n: usize| {
            format!(
                "<html><body>{}<p>{}</p>{}</body></html>",
                "<div>".repeat(n),
                s.repeat(3),
                "</div>".repeat(n)
            )
        };
        let attrs = |n: usize| {
            let a: Vec<String> = (0..n).map(|i| format!("a{i}=\"x\"")).collect();
            format!(
                "<html><body><article><p {}>{}</p></article></body></html>",
                a.join(" "),
                s.repeat(3)
            )
        };
        for (what, make) in [
            ("nesting", &nested as &dyn Fn(usize) -> String),
            ("attributes", &attrs),
        ] {
            let mut w = Vec::new();
            let doc = read(
                &make(8000),
                "deep.html",
                None,
                &ReadOptions::default(),
                &mut w,
            )
            .unwrap();
            assert!(
                doc.text.contains("Hezbollah positions"),
                "{what}: {}",
                doc.text
            );
            assert!(w[0].message.contains("markup stripped"), "{what}: {w:?}");
            let ratio = crate::tests::growth(|n| {
                let html = make(n);
                let mut w = Vec::new();
                read(&html, "deep.html", None, &ReadOptions::default(), &mut w).unwrap();
            });
            assert!(
                ratio < 32.0,
                "{what}: 8x the input took {ratio:.1}x the time"
            );
        }
        let escaped = format!(
            "<p>{}Lebanon said.{}</p>",
            "&lt;div&gt;".repeat(8000),
            "&lt;/div&gt;".repeat(8000)
        );
        let ratio = crate::tests::growth(|n| {
            let html = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
            html_to_text(&html);
        });
        assert!(
            ratio < 32.0,
            "html_to_text: 8x the nesting took {ratio:.1}x the time"
        );
        assert!(html_to_text(&escaped).contains("Lebanon said."));
    }

    #[test]
    fn shape_and_stripping() {
        assert_eq!(
            Shape::of("<div a=1 b='>' c><p>x<br/><img src=x></div><!-- <div> -->"),
            Shape {
                depth: 1,
                attributes: 3
            }
        );
        assert_eq!(Shape::of("<script>if (a<b) { '<div>' }</script>").depth, 1);
        assert_eq!(
            strip_markup("<title>T</title><p>One &amp; two&#x2014;three.</p><script>x<y</script><div>Four &bogus; 5 < 6</div>"),
            "One & two\u{2014}three.\n\nFour &bogus; 5 < 6"
        );
        assert_eq!(
            raw_title("<head><TITLE>A &amp; B</TITLE></head>").as_deref(),
            Some("A & B")
        );
    }

    #[test]
    fn fragments_to_paragraphs() {
        let t = html_to_text("<p>One &amp; two.</p><script>x()</script><p>Three   four.</p>");
        assert_eq!(t, "One & two.\n\nThree four.");
    }
}
