//! RSS 2.0, RSS 1.0, Atom and JSON Feed, parsed with `feed-rs`.
//!
//! Each item becomes a document: title, link, published (or updated) time, authors, the
//! feed's title as `source`, and as body the item's full content when the feed carries it,
//! else its summary, converted from HTML to paragraphs. With `--fetch-links` (feature
//! `fetch`) the linked article is downloaded and its main content replaces the summary;
//! a failed download falls back to the summary with a warning.
//!
//! The item's own id (RSS `guid`, Atom `id`) is the document id. feed-rs would invent one
//! (sometimes a random UUID) for items without; factum asks it not to, so such items get the
//! stable content hash like every other document.

use factum_doc::{Document, Origin};

use crate::{Diagnostic, ReadOptions, ReadResult};

pub(crate) fn read(bytes: &[u8], location: &str, opts: &ReadOptions) -> ReadResult {
    let mut result = ReadResult::default();
    if let Err(d) = crate::decode::check_not_binary(bytes, location) {
        result.documents.push(Err(d));
        return result;
    }
    let parser = feed_rs::parser::Builder::new()
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = match parser.parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            result.documents.push(Err(Diagnostic::new(
                location,
                format!("not a readable RSS/Atom feed: {e}"),
            )));
            return result;
        }
    };
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_string());
    if feed.entries.is_empty() {
        result
            .warnings
            .push(Diagnostic::new(location, "feed has no items"));
    }
    for (index, entry) in feed.entries.into_iter().enumerate() {
        let here = format!("{location}#{}", index + 1);
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        let mut body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .map(|html| crate::html::html_to_text(&html))
            .unwrap_or_default();
        let mut fetched: Option<Document> = None;
        if opts.fetch_links {
            match &link {
                Some(url) => match fetch_article(url, &here, opts, &mut result.warnings) {
                    Ok(doc) => fetched = Some(doc),
                    Err(d) => result.warnings.push(Diagnostic::new(
                        d.location,
                        format!("{}; using the feed's summary", d.message),
                    )),
                },
                None => result.warnings.push(Diagnostic::new(
                    &here,
                    "item has no link to fetch; using the feed's summary",
                )),
            }
        }
        if let Some(f) = &fetched {
            body = f.text.clone();
        }
        let mut doc = Document::new(
            body,
            Origin {
                item: Some(index as u64),
                ..Origin::new(location, "rss")
            },
        );
        if let Some(f) = fetched {
            doc.dateline = f.dateline;
            doc.authors = f.authors;
            doc.source = f.source;
        }
        doc.title = entry
            .title
            .map(|t| crate::html::html_to_text(&t.content))
            .filter(|t| !t.is_empty());
        doc.url = link;
        doc.published = entry.published.or(entry.updated).map(|t| t.fixed_offset());
        if doc.authors.is_empty() {
            doc.authors = entry
                .authors
                .into_iter()
                .map(|p| p.name)
                .filter(|n| !n.is_empty())
                .collect();
        }
        // The feed is the publisher; an agency in the item's dateline stays in `dateline`.
        doc.source = doc.source.or(feed_title.clone()).filter(|s| !s.is_empty());
        if let Some(lang) = entry.language.or(feed.language.clone()) {
            doc.language = lang;
        }
        let categories: Vec<serde_json::Value> = entry
            .categories
            .into_iter()
            .map(|c| serde_json::Value::String(c.label.unwrap_or(c.term)))
            .collect();
        if !categories.is_empty() {
            doc.metadata.insert(
                "categories".to_string(),
                serde_json::Value::Array(categories),
            );
        }
        let id = Some(entry.id).filter(|id| !id.trim().is_empty());
        result.documents.push(crate::finish(doc, id, &here, opts));
    }
    result
}

/// The article a feed item links to (`--fetch-links`); an error in a build without the
/// `fetch` feature.
fn fetch_article(
    url: &str,
    here: &str,
    opts: &ReadOptions,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Document, Diagnostic> {
    #[cfg(feature = "fetch")]
    {
        let bytes = crate::fetch::get(url, opts.max_bytes.saturating_mul(4) as u64)
            .map_err(|e| Diagnostic::new(here, format!("{url}: {e}")))?;
        let (html, warning) = crate::decode(&bytes, url, opts.strict)?;
        warnings.extend(warning);
        crate::html::read(&html, url, Some(url), opts, warnings)
    }
    #[cfg(not(feature = "fetch"))]
    {
        let _ = (url, opts, warnings);
        Err(Diagnostic::new(
            here,
            "--fetch-links needs factum built with the `fetch` feature",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<item><title>Talks resume</title><link>https://example.org/a</link><guid>wire-1</guid>
<pubDate>Tue, 05 Nov 2024 14:03:00 +0100</pubDate>
<description>&lt;p&gt;AMMAN (Example Wire) — Officials met &amp;amp; talked.&lt;/p&gt;&lt;p&gt;More soon.&lt;/p&gt;</description></item>
<item><title>No guid</title><description>Plain summary.</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_documents() {
        let r = read(RSS.as_bytes(), "w.rss", &ReadOptions::default());
        assert_eq!(r.documents.len(), 3);
        let a = r.documents[0].as_ref().unwrap();
        assert_eq!(a.id, "wire-1");
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.text, "Officials met & talked.\n\nMore soon.");
        assert_eq!(a.dateline.as_ref().unwrap().place.as_deref(), Some("AMMAN"));
        assert_eq!(a.source.as_deref(), Some("Example Wire"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2024-11-05T13:03:00+00:00"
        );
        assert_eq!(a.origin.item, Some(0));
        let b = r.documents[1].as_ref().unwrap();
        assert_eq!(b.id, Document::content_id("Plain summary."));
        let c = r.documents[2].as_ref().unwrap_err();
        assert_eq!(c.to_string(), "w.rss#3: empty document: no body text");
    }

    #[test]
    fn atom_and_garbage() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>f</id>
<entry><id>urn:e1</id><title>E</title><updated>2024-01-02T03:04:05Z</updated>
<author><name>Ana Ruiz</name></author><content type="html">&lt;p&gt;Body here.&lt;/p&gt;</content></entry></feed>"#;
        let r = read(atom.as_bytes(), "a.atom", &ReadOptions::default());
        let e = r.documents[0].as_ref().unwrap();
        assert_eq!((e.id.as_str(), e.text.as_str()), ("urn:e1", "Body here."));
        assert_eq!(e.authors, ["Ana Ruiz"]);
        let r = read(b"<html>not a feed</html>", "x.xml", &ReadOptions::default());
        assert!(r.documents[0]
            .as_ref()
            .unwrap_err()
            .message
            .starts_with("not a readable RSS/Atom feed"));
    }
}
