//! Discard phrases (`Phoenix.discards.txt`): sports, weather and other stories that look
//! like politics to a dictionary coder. `+PHRASE` discards the whole story, `PHRASE` only
//! the sentence it occurs in. `#` starts a comment; markup lines (`<…`) are skipped one
//! at a time ([`Syntax::DISCARDS`]).

use factum_dict::{lines, phrase_units, DictError, PhraseTrie, Syntax};

#[derive(Debug, Clone)]
pub struct DiscardEntry {
    pub story: bool,
    pub line: u32,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Discards {
    pub file: String,
    pub entries: Vec<DiscardEntry>,
    trie: PhraseTrie,
}

impl Discards {
    pub fn parse(name: &str, text: &str) -> Result<Discards, DictError> {
        let mut d = Discards {
            file: name.to_string(),
            entries: Vec::new(),
            trie: PhraseTrie::new(),
        };
        for l in lines(text, Syntax::DISCARDS) {
            let line = l.text;
            let (story, phrase) = match line.strip_prefix('+') {
                Some(p) => (true, p.trim()),
                None => (false, line),
            };
            // Some discards carry a TABARI code bracket; the phrase is what precedes it.
            let phrase = phrase.split('[').next().unwrap_or("").trim();
            let units = phrase_units(phrase);
            if units.is_empty() {
                return Err(DictError::new(
                    name,
                    l.number(),
                    "discard line has no phrase".to_string(),
                ));
            }
            d.trie.insert(&units, d.entries.len() as u32);
            d.entries.push(DiscardEntry {
                story,
                line: l.number(),
                text: phrase.to_string(),
            });
        }
        Ok(d)
    }

    /// The first discard phrase in `units`, if any.
    pub fn find<S: AsRef<str>>(&self, units: &[S]) -> Option<&DiscardEntry> {
        self.find_where(units, |_| true).map(|(_, e)| e)
    }

    /// The first discard phrase in `units` whose unit range `keep` accepts, with that
    /// range.
    pub fn find_where<S: AsRef<str>>(
        &self,
        units: &[S],
        keep: impl Fn(std::ops::Range<usize>) -> bool,
    ) -> Option<(std::ops::Range<usize>, &DiscardEntry)> {
        (0..units.len()).find_map(|i| {
            let (len, ids) = self.trie.longest_at(units, i)?;
            keep(i..i + len).then(|| (i..i + len, &self.entries[ids[0] as usize]))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_and_sentence_discards() {
        let d = Discards::parse(
            "d.txt",
            "# c\nMONTHS LATER\n+TYPHOON   # x\nAFRICAN NATIONS CUP\n",
        )
        .unwrap();
        let s = d.find(&["A", "TYPHOON", "HIT"]).unwrap();
        assert!(s.story);
        assert_eq!(s.line, 3);
        let s = d.find(&["THE", "AFRICAN", "NATIONS", "CUP"]).unwrap();
        assert!(!s.story);
        assert!(d.find(&["NATIONS", "CUP"]).is_none());
    }
}
