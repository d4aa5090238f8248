//! The model's own ordering helpers give exactly what the standard library's would:
//! the same stable order for lists with many equal keys, the same map for pairs with
//! repeated keys (the last one kept).

use std::collections::BTreeMap;

use netwhy::model::order::{map_of, sort_short_by_key};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_short_sort_keeps_equal_keys_in_their_order(
        keys in prop::collection::vec(0u8..6, 0..80),
    ) {
        // Each entry carries its first position, so a reordering of equal keys shows.
        let entries: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut ours = entries.clone();
        let mut std_order = entries;
        sort_short_by_key(&mut ours, |e| std::cmp::Reverse(e.0));
        std_order.sort_by_key(|e| std::cmp::Reverse(e.0));
        prop_assert_eq!(ours, std_order);
    }

    #[test]
    fn a_map_of_pairs_is_the_collected_map(
        pairs in prop::collection::vec((0u8..12, any::<u16>()), 0..60),
    ) {
        let ours = map_of(pairs.iter().copied());
        let collected: BTreeMap<u8, u16> = pairs.into_iter().collect();
        prop_assert_eq!(ours, collected);
    }
}
