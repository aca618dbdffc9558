//! The per-document sourcing profile printed by `factum sources`: who the story relies on.

use std::collections::BTreeMap;

use factum_doc::{Document, ModalityKind, SourceKind};
use serde::Serialize;

/// One distinct source of a document and how often it is cited.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceSummary {
    /// The source as written the first time ("an Israeli official"); pronouns are folded
    /// into their antecedent.
    pub text: String,
    pub kind: SourceKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Number of attributions to this source.
    pub mentions: u32,
    /// Text of the source that relays this one, when it is relayed ("Axios").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<String>,
}

/// How a document is sourced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourcingProfile {
    pub document: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    pub sentences: u32,
    /// Sentences with at least one attribution (named or not).
    pub attributed_sentences: u32,
    pub attributions: u32,
    pub distinct_sources: u32,
    /// Share of distinct sources (unattributed cues excluded) that are anonymous, 0..=1.
    pub anonymous_share: f64,
    /// Outlets the article cites, in order of first mention.
    pub outlets_cited: Vec<String>,
    pub direct_quotes: u32,
    pub indirect_quotes: u32,
    pub events: u32,
    /// Events whose only backing is an anonymous source (anywhere in the relay chain the
    /// innermost source is anonymous and no named source stands behind it).
    pub events_anonymous_only: u32,
    /// Events with no source but the publisher.
    pub events_unattributed: u32,
    /// Event count by modality kind.
    pub event_modality: BTreeMap<String, u32>,
    /// Sentence count by modality kind (sentences that are plain assertions are counted as
    /// `asserted`).
    pub sentence_modality: BTreeMap<String, u32>,
    pub sources: Vec<SourceSummary>,
}

fn kind_name(kind: ModalityKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

impl SourcingProfile {
    /// The profile of a document the attribution stage has processed.
    pub fn of(doc: &Document) -> SourcingProfile {
        let mut sources: Vec<SourceSummary> = Vec::new();
        let mut key_of: Vec<Option<usize>> = Vec::with_capacity(doc.attributions.len());
        for a in &doc.attributions {
            let root = a
                .antecedent
                .and_then(|i| doc.attributions.get(i as usize))
                .unwrap_or(a);
            if root.kind == SourceKind::Unattributed {
                key_of.push(None);
                continue;
            }
            let norm = root.text.to_lowercase();
            let relayed_by = a
                .relayed_by
                .and_then(|r| doc.attributions.get(r as usize))
                .map(|r| r.text.clone());
            let idx = match sources
                .iter()
                .position(|s| s.text.to_lowercase() == norm && s.kind == root.kind)
            {
                Some(i) => i,
                None => {
                    sources.push(SourceSummary {
                        text: root.text.clone(),
                        kind: root.kind,
                        code: root.code.clone(),
                        affiliation: root.affiliation.clone(),
                        mentions: 0,
                        relayed_by: relayed_by.clone(),
                    });
                    sources.len() - 1
                }
            };
            sources[idx].mentions += 1;
            if sources[idx].relayed_by.is_none() {
                sources[idx].relayed_by = relayed_by;
            }
            key_of.push(Some(idx));
        }
        let anonymous = sources
            .iter()
            .filter(|s| s.kind == SourceKind::Anonymous)
            .count();
        let anonymous_share = if sources.is_empty() {
            0.0
        } else {
            anonymous as f64 / sources.len() as f64
        };
        let outlets_cited = sources
            .iter()
            .filter(|s| s.kind == SourceKind::Outlet)
            .map(|s| s.text.clone())
            .collect();
        let mut attributed = vec![false; doc.sentences.len()];
        for a in &doc.attributions {
            if let Some(x) = attributed.get_mut(a.sentence as usize) {
                *x = true;
            }
        }
        let mut events_anonymous_only = 0;
        let mut events_unattributed = 0;
        let mut event_modality = BTreeMap::new();
        for e in &doc.events {
            match e.attribution.and_then(|i| doc.attributions.get(i as usize)) {
                None => events_unattributed += 1,
                Some(a) => {
                    let root = a
                        .antecedent
                        .and_then(|i| doc.attributions.get(i as usize))
                        .unwrap_or(a);
                    if root.kind == SourceKind::Anonymous {
                        events_anonymous_only += 1;
                    }
                }
            }
            if let Some(m) = &e.modality {
                *event_modality.entry(kind_name(m.kind)).or_insert(0) += 1;
            }
        }
        let mut sentence_modality = BTreeMap::new();
        for m in &doc.sentence_modalities {
            *sentence_modality
                .entry(kind_name(m.modality.kind))
                .or_insert(0) += 1;
        }
        let asserted = doc.sentences.len() as u32 - doc.sentence_modalities.len() as u32;
        if asserted > 0 {
            sentence_modality.insert("asserted".to_string(), asserted);
        }
        SourcingProfile {
            document: doc.id.clone(),
            publisher: doc
                .source
                .clone()
                .or_else(|| doc.dateline.as_ref().and_then(|d| d.agency.clone())),
            sentences: doc.sentences.len() as u32,
            attributed_sentences: attributed.iter().filter(|x| **x).count() as u32,
            attributions: doc.attributions.len() as u32,
            distinct_sources: sources.len() as u32,
            anonymous_share,
            outlets_cited,
            direct_quotes: doc.quotes.iter().filter(|q| q.direct).count() as u32,
            indirect_quotes: doc.quotes.iter().filter(|q| !q.direct).count() as u32,
            events: doc.events.len() as u32,
            events_anonymous_only,
            events_unattributed,
            event_modality,
            sentence_modality,
            sources,
        }
    }
}
