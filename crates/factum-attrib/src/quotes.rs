//! Direct quotations: pairing quotation marks into spans, nesting, and paragraph rules.
//!
//! Marks are paired left to right within a paragraph (the text stage folds “ ” to `"`). A
//! quotation still open at the end of its paragraph ends there: in newswire a quotation that
//! runs over several paragraphs omits the closing mark and reopens the next paragraph.
//! Inside a double-quoted span, a `'` preceded by a space (or the opening mark) and followed
//! by a word opens a nested quotation; a `'` attached to the previous word closes it.

use crate::view::View;

/// A direct quotation in token coordinates.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, if the quotation was closed in its paragraph.
    pub close: Option<usize>,
    /// Quoted tokens `start..end` (marks excluded).
    pub start: usize,
    pub end: usize,
    /// Index in the returned list of the enclosing quotation.
    pub nested_in: Option<usize>,
}

/// Direct quotations, outer ones before the nested ones they contain.
pub(crate) fn find_quotes(v: &View) -> Vec<RawQuote> {
    let doc = v.doc;
    let n = v.len();
    let mut para_of = vec![0usize; n];
    if !doc.paragraphs.is_empty() {
        let mut p = 0;
        for (i, t) in doc.tokens.iter().enumerate() {
            while p + 1 < doc.paragraphs.len() && t.span.start >= doc.paragraphs[p].end {
                p += 1;
            }
            para_of[i] = p;
        }
    }
    let mut quotes: Vec<RawQuote> = Vec::new();
    let mut open: Option<usize> = None; // index in `quotes` of the open double quotation
    let mut nested_open: Option<usize> = None;
    for i in 0..n {
        if let Some(q) = open {
            if para_of[i] != para_of[quotes[q].open] {
                close_at(&mut quotes, q, None, i);
                if let Some(nq) = nested_open.take() {
                    close_at(&mut quotes, nq, None, i);
                }
                open = None;
            }
        }
        let norm = v.norm(i);
        if norm == "\"" {
            match open {
                None => {
                    quotes.push(RawQuote {
                        open: i,
                        close: None,
                        start: i + 1,
                        end: i + 1,
                        nested_in: None,
                    });
                    open = Some(quotes.len() - 1);
                }
                Some(q) => {
                    if let Some(nq) = nested_open.take() {
                        close_at(&mut quotes, nq, None, i);
                    }
                    close_at(&mut quotes, q, Some(i), i);
                    open = None;
                }
            }
        } else if norm == "'" {
            if let Some(q) = open {
                let space_before =
                    i == 0 || doc.tokens[i - 1].space_after || i == quotes[q].open + 1;
                let space_after = doc.tokens[i].space_after;
                match nested_open {
                    None if space_before && !space_after => {
                        quotes.push(RawQuote {
                            open: i,
                            close: None,
                            start: i + 1,
                            end: i + 1,
                            nested_in: Some(q),
                        });
                        nested_open = Some(quotes.len() - 1);
                    }
                    Some(nq) if !space_before => {
                        close_at(&mut quotes, nq, Some(i), i);
                        nested_open = None;
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some(q) = open {
        close_at(&mut quotes, q, None, n);
    }
    if let Some(nq) = nested_open {
        close_at(&mut quotes, nq, None, n);
    }
    // Drop empty quotations ("" typed as a ditto) and re-number the nesting links.
    let mut new_index = vec![None; quotes.len()];
    let mut kept = Vec::with_capacity(quotes.len());
    for (old, q) in quotes.into_iter().enumerate() {
        if q.end > q.start {
            new_index[old] = Some(kept.len());
            kept.push(q);
        }
    }
    for q in kept.iter_mut() {
        q.nested_in = q.nested_in.and_then(|p| new_index[p]);
    }
    kept
}

fn close_at(quotes: &mut [RawQuote], q: usize, close: Option<usize>, end: usize) {
    quotes[q].close = close;
    quotes[q].end = end.max(quotes[q].start);
}
