//! Putting many items in order by counting rather than comparing, in time proportional to
//! the items (and their keys' size) where comparing them takes n log n: grouping 833,333
//! customers by their pattern of purchases took 45 ms by comparison.

/// `items` in the order of their `key`, those with the same key in the order they come:
/// the same order as a stable sort by key. Keys larger than the items make the counts
/// take more memory than the items, so above four times as many (and 65,536) the items
/// are sorted by comparison instead.
///
/// Sorting by one key, then by another, orders by the second and, among equals, by the
/// first:
///
/// ```
/// use segmenter_engine::basics::sort::by_small_key;
/// let pairs = [(2, 1), (0, 3), (2, 0), (0, 1)];
/// let by_second = by_small_key(&[0, 1, 2, 3], |i| pairs[i as usize].1);
/// assert_eq!(by_second, [2, 0, 3, 1]);
/// let by_both = by_small_key(&by_second, |i| pairs[i as usize].0);
/// assert_eq!(by_both, [3, 1, 2, 0]);
/// ```
pub fn by_small_key(items: &[u32], key: impl Fn(u32) -> u32) -> Vec<u32> {
    // Each key read once, in the items' order, and the rest written once for every key.
    let keys: Vec<u32> = items.iter().map(|&i| key(i)).collect();
    by_keys(items, &keys)
}

/// `items` in the order of `keys`, the key of each item at its place: [`by_small_key`].
fn by_keys(items: &[u32], keys: &[u32]) -> Vec<u32> {
    let Some(largest) = keys.iter().max().map(|&k| k as usize) else {
        return Vec::new();
    };
    if largest > items.len().saturating_mul(4).max(65_536) {
        let mut pairs: Vec<(u32, u32)> = keys.iter().copied().zip(items.iter().copied()).collect();
        pairs.sort_by_key(|&(key, _)| key);
        return pairs.into_iter().map(|(_, item)| item).collect();
    }
    // start[k]: where the items of key k go next.
    let mut start = vec![0usize; largest + 2];
    for &k in keys {
        start[k as usize + 1] += 1;
    }
    for k in 0..=largest {
        start[k + 1] += start[k];
    }
    let mut ordered = vec![0u32; items.len()];
    for (&item, &k) in items.iter().zip(keys) {
        let next = &mut start[k as usize];
        ordered[*next] = item;
        *next += 1;
    }
    ordered
}

/// Sorts `numbers`, a radix sort over their significant bits, eleven at a time: three
/// passes over numbers of up to 33 bits, as (frequency, recency, age) patterns packed in
/// one number are.
///
/// ```
/// use segmenter_engine::basics::sort::sort_numbers;
/// let mut numbers = vec![70_000, 3, 1 << 40, 3, 0];
/// sort_numbers(&mut numbers);
/// assert_eq!(numbers, [0, 3, 3, 70_000, 1 << 40]);
/// ```
pub fn sort_numbers(numbers: &mut Vec<u64>) {
    const DIGIT: u32 = 11;
    let Some(&largest) = numbers.iter().max() else {
        return;
    };
    let bits = u64::BITS - largest.leading_zeros();
    let mut sorted = vec![0u64; numbers.len()];
    for shift in (0..bits).step_by(DIGIT as usize) {
        let digit = |n: u64| ((n >> shift) & ((1 << DIGIT) - 1)) as usize;
        // start[d]: where the numbers of digit d go next.
        let mut start = [0usize; (1 << DIGIT) + 1];
        for &n in numbers.iter() {
            start[digit(n) + 1] += 1;
        }
        for d in 0..1 << DIGIT {
            start[d + 1] += start[d];
        }
        for &n in numbers.iter() {
            let next = &mut start[digit(n)];
            sorted[*next] = n;
            *next += 1;
        }
        std::mem::swap(numbers, &mut sorted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basics::random::Rng;

    /// Counted or compared, the order is a stable sort's: keys small and large, repeated
    /// and not, and no items at all.
    #[test]
    fn the_order_is_a_stable_sorts() {
        let mut rng = Rng::new(7);
        for (items, largest) in [(0, 10), (1, 0), (1_000, 5), (1_000, 3_000), (100, 1 << 30)] {
            let keys: Vec<u32> = (0..items)
                .map(|_| (rng.next_u64() % (largest as u64 + 1)) as u32)
                .collect();
            let all: Vec<u32> = (0..items as u32).rev().collect();
            let mut want = all.clone();
            want.sort_by_key(|&i| keys[i as usize]);
            let got = by_small_key(&all, |i| keys[i as usize]);
            assert_eq!(got, want, "{items} items, keys up to {largest}");
        }
    }

    /// Numbers of every width, repeated and not, and none at all come out sorted.
    #[test]
    fn numbers_of_any_width_are_sorted() {
        let mut rng = Rng::new(11);
        for (count, bits) in [
            (0, 10),
            (1, 0),
            (5_000, 1),
            (5_000, 11),
            (5_000, 26),
            (5_000, 64),
        ] {
            let mask = if bits == 64 {
                u64::MAX
            } else {
                (1u64 << bits) - 1
            };
            let mut numbers: Vec<u64> = (0..count).map(|_| rng.next_u64() & mask).collect();
            let mut want = numbers.clone();
            want.sort_unstable();
            sort_numbers(&mut numbers);
            assert_eq!(numbers, want, "{count} numbers of {bits} bits");
        }
    }
}
