//! Feature hashing.
//!
//! Every feature is a 64-bit hash of a template id and the atoms it combines (word hashes,
//! tag ids, distances). Hashing instead of interning strings keeps feature extraction free of
//! allocation, which is most of what makes the tagger and parser fast. A 64-bit key makes
//! collisions between the few million features of a model negligible.

/// FNV-1a over the bytes of a string: the hash of a word form.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Combine a running hash with one more value (FxHash step).
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Murmur3 finaliser: spreads the bits so a key can index a table directly. Never returns 0,
/// which the weight tables use to mark an empty slot.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h | 1
}

/// Feature key of template `t` over one atom.
#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    finish(mix(mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), 1))
}

/// Feature key of template `t` over two atoms.
#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    finish(mix(
        mix(mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), b),
        2,
    ))
}

/// Feature key of template `t` over three atoms.
#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(mix(
        mix(mix(mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15), a), b), c),
        3,
    ))
}

/// Small deterministic random number generator (SplitMix64) for shuffling and exploration:
/// training must be reproducible from a seed without an extra dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// A `HashMap` hasher that passes already-hashed `u64` keys through.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = mix(self.0, u64::from(*b));
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

pub type IdBuild = std::hash::BuildHasherDefault<IdHasher>;
