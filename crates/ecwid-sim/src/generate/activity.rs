//! What a generated customer did after registering: profile edits, orders, favorites.

use ecwid_client::types::{CustomerStats, Favorite};

use super::{END, FIRST_PRODUCT_ID, PRODUCTS};
use crate::dates::{self, Timestamp};
use crate::rng::Rng;

/// What a customer did after registering.
pub(super) struct Activity {
    /// The last edit of the profile (the registration when there was none).
    pub(super) edited: Timestamp,
    pub(super) order_count: i64,
    pub(super) stats: CustomerStats,
    /// The record's last change: the last edit or the last order, whichever came later.
    pub(super) updated: Timestamp,
}

/// The edits and orders of a customer who registered at `registered`.
pub(super) fn activity(rng: &mut Rng, registered: Timestamp) -> Activity {
    let count = if rng.chance(0.4) {
        0
    } else {
        1 + (rng.below(8) * rng.below(8)) as i64
    };
    let edited = if rng.chance(0.3) {
        registered
    } else {
        registered + rng.range(0, (END - registered).max(0))
    };
    if count == 0 {
        let stats = CustomerStats {
            number_of_orders: Some(0),
            sales_value: Some(0.0),
            average_order_value: Some(0.0),
            first_order_date: None,
            last_order_date: None,
        };
        return Activity {
            edited,
            order_count: count,
            stats,
            updated: edited.max(registered),
        };
    }
    let cents: i64 = (0..count.min(12))
        .map(|_| rng.range(990, 32_000))
        .sum::<i64>()
        * count
        / count.min(12);
    let first = rng.range(registered, edited.max(registered));
    let last = if count == 1 {
        first
    } else {
        rng.range(first, edited.max(first))
    };
    let sales = cents as f64 / 100.0;
    let stats = CustomerStats {
        number_of_orders: Some(count),
        sales_value: Some(sales),
        average_order_value: Some((sales / count as f64 * 100.0).round() / 100.0),
        first_order_date: Some(dates::format(first)),
        last_order_date: Some(dates::format(last)),
    };
    Activity {
        edited,
        order_count: count,
        stats,
        updated: edited.max(last),
    }
}

/// Up to three products the customer marked between registering and the last profile edit.
pub(super) fn favorites(rng: &mut Rng, registered: Timestamp, edited: Timestamp) -> Vec<Favorite> {
    (0..rng.below(4))
        .map(|_| Favorite {
            product_id: Some(FIRST_PRODUCT_ID + rng.range(0, PRODUCTS - 1)),
            added_timestamp: Some(dates::format(rng.range(registered, edited))),
        })
        .collect()
}
