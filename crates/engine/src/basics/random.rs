//! Reproducible randomness: a seeded generator and stable hashing of text.
//!
//! Everything random in Segmenter must come out the same on every run and every machine
//! (the same clusters for the same file, the same holdout customers for the same campaign),
//! so nothing here reads the clock or the platform's entropy.

/// SplitMix64: small, fast and good enough for sampling and k-means++ seeding.
///
/// ```
/// use segmenter_engine::basics::random::Rng;
/// let mut a = Rng::new(7);
/// let mut b = Rng::new(7);
/// assert_eq!(a.next_u64(), b.next_u64());
/// assert!((0.0..1.0).contains(&a.unit()));
/// ```
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// `k` distinct indices from `0..n`, in increasing order (all of them when `k >= n`).
    pub fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        if k >= n {
            return (0..n).collect();
        }
        // Selection sampling (Knuth's algorithm S): one pass, already ordered.
        let mut chosen = Vec::with_capacity(k);
        for i in 0..n {
            let left = n - i;
            let wanted = k - chosen.len();
            if self.below(left) < wanted {
                chosen.push(i);
                if chosen.len() == k {
                    break;
                }
            }
        }
        chosen
    }
}

/// The SplitMix64 finaliser: spreads any 64-bit value over all 64 bits.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stable 64-bit hash of text parts (FNV-1a, then mixed), the same on every platform
/// and release, unlike the standard library's hasher.
///
/// ```
/// use segmenter_engine::basics::random::stable_hash;
/// assert_eq!(stable_hash(&["a", "bc"]), stable_hash(&["a", "bc"]));
/// assert_ne!(stable_hash(&["a", "bc"]), stable_hash(&["ab", "c"]));
/// ```
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator no UTF-8 text contains keeps ("a", "bc") apart from ("ab", "c").
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_distinct_ordered_and_uniform_enough() {
        let mut rng = Rng::new(1);
        let s = rng.sample(1000, 100);
        assert_eq!(s.len(), 100);
        assert!(s.windows(2).all(|w| w[0] < w[1]));
        // Each half of the range gets roughly half the picks.
        let low = s.iter().filter(|&&i| i < 500).count();
        assert!((35..=65).contains(&low), "{low}");
        assert_eq!(rng.sample(5, 9), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::new(3);
        let mut seen = [0usize; 7];
        for _ in 0..7000 {
            seen[rng.below(7)] += 1;
        }
        assert!(seen.iter().all(|&n| (800..1200).contains(&n)), "{seen:?}");
    }
}
