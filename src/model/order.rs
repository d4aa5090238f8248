//! Ordering in the model: its short lists (motives, channels, reasons, habits, gaps) and
//! its maps.
//!
//! The standard library's stable sort is made for long slices, and its code (a few
//! kilobytes) is copied into the app for every element and key type it sorts. These lists
//! hold a few dozen entries at most, for which an insertion sort is as quick and a fraction
//! of the size. Long lists of outside data (an imported file's snapshots) keep the
//! standard sort, which stays fast whatever their length.

use std::collections::BTreeMap;

/// Sorts `items` by `key`, smallest first, keeping the order of items with equal keys:
/// the same result as [`slice::sort_by_key`], in time quadratic in the length.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// The map of `pairs`, a later pair replacing an earlier one with the same key, as
/// `collect` would make it. `collect` sorts the pairs first (with the standard sort, copied
/// per type); inserting them one by one gives the same map from code shared by every use.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}
