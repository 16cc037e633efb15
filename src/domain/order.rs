//! Stable sorting through one shared sort of positions, and ordered maps
//! and sets built without a sort of their own.
//!
//! `slice::sort_by` is compiled once per element type and comparison, a few
//! kilobytes of code each time; these helpers sort the positions `0..n`
//! (always the same type) and then move the elements into that order, so
//! the browser module carries one copy of the sort for every list it sorts.
//! Same result as `sort_by`/`sort_by_key`: stable (equal elements keep their
//! order), O(n log n) comparisons. Collecting into a `BTreeMap`/`BTreeSet`
//! also compiles a sort per call site; [`map_of`] and [`set_of`] insert
//! the items one by one instead (same result).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

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

/// The map of `items`, as `collect` builds it (a repeated key: the last
/// value counts), by inserting them one by one.
pub fn map_of<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// The set of `items`, as `collect` builds it, by inserting them one by one.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
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

    #[test]
    fn maps_and_sets_as_collect_builds_them() {
        let pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4)];
        assert_eq!(map_of(pairs), pairs.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(map_of(pairs)["b"], 3, "the last value of a key counts");
        let words = ["b", "a", "b", "c"];
        assert_eq!(set_of(words), words.into_iter().collect::<BTreeSet<_>>());
    }
}
