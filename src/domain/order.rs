//! Stable sorting through one shared sort of positions.
//!
//! `slice::sort_by` is compiled once per element type and comparison, a few
//! kilobytes of code each time; these helpers sort the positions `0..n`
//! (always the same type) and then move the elements into that order, so
//! the browser module carries one copy of the sort for every list it sorts.
//! Same result as `sort_by`/`sort_by_key`: stable (equal elements keep their
//! order), O(n log n) comparisons.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp` (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by the key `key` gives (as `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in the order `cmp` gives them (stable).
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = [
            "pear", "fig", "apple", "kiwi", "plum", "date", "lime", "", "yuzu",
        ];
        for n in 0..=words.len() {
            let mut ours: Vec<String> = words[..n].iter().map(|w| w.to_string()).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |w| w.len());
            std.sort_by_key(|w| w.len());
            assert_eq!(ours, std, "by length, first {n}");
            sort_by(&mut ours, |a, b| b.cmp(a));
            std.sort_by(|a, b| b.cmp(a));
            assert_eq!(ours, std, "reversed, first {n}");
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c'), (1, 'e')]);
    }
}
