//! Position indexes: "which items have a key in this range" without scanning every item.
//!
//! The stage used to answer such questions (the attribution whose cue covers a verb, the
//! quotation holding a token, the speaker right after a closing quote) by scanning every
//! attribution or quotation of the document for every event or quotation: quadratic in the
//! length of a document. Each look-up now takes the candidates in a key range and applies
//! the original test to them, choosing among the matches exactly as the scan did (the first
//! by index, or the last), so the answers are unchanged.

/// Items sorted by a position key.
pub(crate) struct PosIndex {
    /// (key, item index), sorted.
    keys: Vec<(usize, usize)>,
    /// The longest extent of an item from its key (for "covers x" look-ups).
    pub longest: usize,
}

impl PosIndex {
    /// Index items by `(key, extent)`; `extent` is the item's length from its key.
    pub(crate) fn new(items: impl Iterator<Item = (usize, usize)>) -> PosIndex {
        PosIndex::of_some(items.map(Some))
    }

    /// Index the items that have a `(key, extent)`; an item without one (`None`) is never
    /// returned, and items keep their indices.
    pub(crate) fn of_some(items: impl Iterator<Item = Option<(usize, usize)>>) -> PosIndex {
        let mut longest = 0;
        let mut keys: Vec<(usize, usize)> = items
            .enumerate()
            .filter_map(|(i, item)| {
                let (key, extent) = item?;
                longest = longest.max(extent);
                Some((key, i))
            })
            .collect();
        keys.sort_unstable();
        PosIndex { keys, longest }
    }

    /// Item indices with `lo <= key < hi`, in key order.
    pub(crate) fn range(&self, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.keys.partition_point(|&(k, _)| k < lo);
        self.keys[from..]
            .iter()
            .take_while(move |&&(k, _)| k < hi)
            .map(|&(_, i)| i)
    }

    /// Item indices whose key is at most `x` and at least `x - longest`: every item whose
    /// extent `key..key + extent` may contain `x` (and some that do not: test them).
    pub(crate) fn may_cover(&self, x: usize) -> impl Iterator<Item = usize> + '_ {
        self.range(x.saturating_sub(self.longest), x.saturating_add(1))
    }

    /// The lowest item index among `items` that satisfies `pred`: what
    /// `iter().position(pred)` gives over all items, when `items` holds every item that can
    /// satisfy it.
    pub(crate) fn first(
        items: impl Iterator<Item = usize>,
        mut pred: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        items.filter(|&i| pred(i)).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_cover() {
        // Items at keys 5, 1, 9, 5 with extents 2, 10, 1, 0.
        let ix = PosIndex::new([(5, 2), (1, 10), (9, 1), (5, 0)].into_iter());
        let mut r: Vec<usize> = ix.range(2, 9).collect();
        r.sort();
        assert_eq!(r, [0, 3]);
        let mut c: Vec<usize> = ix.may_cover(6).collect();
        c.sort();
        assert_eq!(c, [0, 1, 3]);
        assert_eq!(PosIndex::first(ix.range(0, 100), |i| i % 2 == 1), Some(1));
        // Items without a position are never returned and keep the others' indices.
        let ix = PosIndex::of_some([None, Some((3, 1))].into_iter());
        assert_eq!(ix.may_cover(3).collect::<Vec<_>>(), [1]);
        assert_eq!(ix.range(0, usize::MAX).count(), 1);
    }
}
