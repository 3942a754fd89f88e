//! Realistic, deterministic fake customers: the same `(count, seed)` always gives the same store.
//!
//! Customers come from eleven countries with their own scripts (Latin with diacritics, Cyrillic,
//! Georgian, Japanese), address formats, phone plans, postal codes and languages
//! ([`locales`](crate::locales)); they have companies and tax ids (b2b), Italian e-invoicing
//! codes, contacts, address books, order stats, favorites, groups and marketing consent. Ids rise
//! with registration date, with gaps, and some gaps are recorded as deleted customers.
//!
//! Each customer is drawn from its own random stream, one part after another (who, where, what
//! they bought, how they are reached, ...): the order of the draws is what makes a seed give the
//! same store, so a new draw goes after the others.

use std::sync::Arc;

use ecwid_client::types::{Customer, DeletedCustomer};

use crate::dates::{self, Timestamp};
use crate::groups::CUSTOMER_GROUPS;
use crate::locales::{Locales, locales};
use crate::rng::Rng;
use crate::search_example::search_example_customers;
use crate::store::Record;

mod activity;
mod person;
mod places;
mod tax;

use activity::{activity, favorites};
use person::{contacts, more_contacts, person};
use places::{billing_person, place, shipping_addresses};
use tax::tax_profile;

/// First generated customer id. Ids rise with registration dates across the whole store, as
/// Ecwid assigns them: a customer registered after one of Ecwid's two example customers gets a
/// larger id than it, one registered before a smaller one.
const FIRST_ID: i64 = 100_000_000;
/// First generated contact or address id.
const FIRST_ITEM_ID: i64 = 400_000_000;
/// Contact and address ids each customer may use (from `FIRST_ITEM_ID + index * ITEM_IDS`).
const ITEM_IDS: i64 = 8;
/// Registrations spread over 2016-01-01 .. 2025-06-01.
const START: Timestamp = 1_451_606_400;
const END: Timestamp = 1_748_736_000;
/// The store's product catalogue: ids of favorites and purchases.
const FIRST_PRODUCT_ID: i64 = 689_454_040;
const PRODUCTS: i64 = 250;

/// `count` generated customers for `seed`, ascending by id.
///
/// ```
/// let a = ecwid_sim::generate_customers(3, 7);
/// assert_eq!(a, ecwid_sim::generate_customers(3, 7));
/// assert!(a.iter().all(|c| c.email.as_deref().is_some_and(|e| e.contains('@'))));
/// ```
pub fn generate_customers(count: usize, seed: u64) -> Vec<Customer> {
    generate(count, seed)
        .records
        .into_iter()
        .map(|record| match Arc::try_unwrap(record) {
            Ok(record) => record.customer,
            Err(shared) => shared.customer.clone(),
        })
        .collect()
}

/// Generated customers with their purchases, and the deleted-customer history.
pub(crate) struct Generated {
    /// Ascending by id; built in `Arc`s on the generating threads, so a customer is moved once.
    pub(crate) records: Vec<Arc<Record>>,
    pub(crate) deleted: Vec<DeletedCustomer>,
}

/// Where a customer sits in the store: its position, id and registration date.
#[derive(Clone, Copy)]
struct Slot {
    index: usize,
    id: i64,
    registered: Timestamp,
}

pub(crate) fn generate(count: usize, seed: u64) -> Generated {
    let (slots, deleted) = plan(count, seed);
    let locales = locales();
    // Everything about a customer but its slot comes from its own stream
    // (`Rng::at(seed, index)`), so customers can be built on several threads and still come out
    // the same.
    let build = |part: &[Slot]| {
        part.iter()
            .map(|&slot| {
                let mut rng = Rng::new(Rng::at(seed, slot.index as u64));
                Arc::new(customer(&mut rng, locales, slot))
            })
            .collect::<Vec<_>>()
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = count.div_ceil(threads).max(4096);
    let records = if count <= chunk {
        build(&slots)
    } else {
        std::thread::scope(|scope| {
            let parts: Vec<_> = slots
                .chunks(chunk)
                .map(|part| scope.spawn(move || build(part)))
                .collect();
            let mut records = Vec::with_capacity(count);
            for part in parts {
                records.extend(
                    part.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
            }
            records
        })
    };
    Generated { records, deleted }
}

/// The slots of `count` customers and the deleted-customer history. Ids and registration dates
/// rise together, so they are drawn in sequence from one stream.
fn plan(count: usize, seed: u64) -> (Vec<Slot>, Vec<DeletedCustomer>) {
    let mut ids = Rng::new(seed ^ 0x1D5_1D5);
    let step = (END - START) / count.max(1) as i64;
    let mut slots = Vec::with_capacity(count);
    let mut deleted = Vec::new();
    // Ecwid's example customers as (registered, id), oldest first: the ids to step over.
    let mut anchors: Vec<(Timestamp, i64)> = search_example_customers()
        .iter()
        .filter_map(|c| Some((dates::parse_stored(c.registered.as_deref()?)?, c.id?)))
        .collect();
    anchors.sort_unstable();
    let mut id = FIRST_ID;
    for index in 0..count {
        let mut gap = ids.range(1, 40);
        let registered = START + step * index as i64 + ids.range(0, step.max(1) - 1);
        for &(at, anchor) in &anchors {
            if at <= registered {
                id = id.max(anchor);
            } else if id + gap >= anchor {
                // Stay below the next example customer (stores of a few million customers
                // would need more room than the 77 million ids below it).
                gap = 1;
            }
        }
        if gap >= 2 && ids.chance(0.03) {
            // A customer who registered just before this one and was deleted later.
            deleted.push((ids.range(registered, END), id + gap - 1));
        }
        id += gap;
        slots.push(Slot {
            index,
            id,
            registered,
        });
    }
    deleted.sort_unstable();
    let deleted = deleted
        .into_iter()
        .map(|(at, gap_id)| DeletedCustomer {
            id: Some(gap_id),
            date: Some(dates::format(at)),
        })
        .collect();
    (slots, deleted)
}

/// Contact and address ids of one customer, in a range no other customer uses.
struct ItemIds(i64);

impl ItemIds {
    fn new(index: usize) -> Self {
        Self(FIRST_ITEM_ID + index as i64 * ITEM_IDS)
    }

    fn next(&mut self) -> i64 {
        self.0 += 1;
        self.0
    }
}

fn customer(rng: &mut Rng, locales: &Locales, slot: Slot) -> Record {
    let person = person(rng, locales, slot.index);
    let country = person.country;
    let home = place(rng, country);
    let activity = activity(rng, slot.registered);
    let registered = dates::format(slot.registered);
    let mut item_ids = ItemIds::new(slot.index);
    let billing = billing_person(&person, &home);
    let shipping_addresses = shipping_addresses(rng, &person, home, &registered, &mut item_ids);
    let mut contacts = contacts(rng, &person, slot.index, &registered, &mut item_ids);
    let (group_id, group_name) = if rng.chance(0.75) {
        CUSTOMER_GROUPS[0]
    } else {
        *rng.pick(&CUSTOMER_GROUPS[1..])
    };
    let lang = if rng.chance(0.1) { "en" } else { &country.lang };
    let accept_marketing = match rng.below(20) {
        0..=8 => Some(true),
        9..=17 => Some(false),
        _ => None,
    };
    let favorites = favorites(rng, slot.registered, activity.edited);
    let purchased = (0..activity.order_count.min(5))
        .map(|_| FIRST_PRODUCT_ID + rng.range(0, PRODUCTS - 1))
        .collect();
    let tax = tax_profile(rng, &person);
    let private_admin_notes = if rng.chance(0.1) {
        rng.pick(&locales.notes).clone()
    } else {
        String::new()
    };
    let external_reference_id = rng
        .chance(0.05)
        .then(|| format!("crm-{:06}", slot.index + 1));
    more_contacts(
        rng,
        &person,
        slot.index,
        &registered,
        &mut item_ids,
        &mut contacts,
    );

    let customer = Customer {
        id: Some(slot.id),
        name: Some(person.name),
        email: Some(person.email),
        registered: Some(registered),
        updated: Some(dates::format(activity.updated)),
        total_order_count: Some(activity.order_count),
        customer_group_id: Some(group_id),
        customer_group_name: Some(group_name.to_owned()),
        billing_person: Some(billing),
        shipping_addresses: Some(shipping_addresses),
        contacts: Some(contacts),
        tax_id: Some(tax.tax_id),
        tax_id_valid: Some(tax.tax_id_valid),
        tax_exempt: Some(tax.tax_exempt),
        b2b_b2c: Some(tax.b2b_b2c.to_owned()),
        fiscal_code: Some(tax.fiscal_code),
        electronic_invoice_pec_email: Some(tax.electronic_invoice_pec_email),
        electronic_invoice_sdi_code: Some(tax.electronic_invoice_sdi_code),
        accept_marketing,
        lang: Some(lang.to_owned()),
        stats: Some(activity.stats),
        private_admin_notes: Some(private_admin_notes),
        favorites: Some(favorites),
        external_reference_id,
        extrafields: None,
    };
    Record::new(customer, purchased)
}

/// `#` becomes a digit, `@` an uppercase letter.
fn fill_pattern(rng: &mut Rng, pattern: &str) -> String {
    pattern
        .chars()
        .map(|c| match c {
            '#' => char::from(b'0' + rng.below(10) as u8),
            '@' => char::from(b'A' + rng.below(26) as u8),
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_do_not_change_the_result() {
        // 10_000 customers are built on several threads (when the machine has them), 4_000 on one.
        let many = generate(10_000, 5);
        let few = generate(4_000, 5);
        assert_eq!(many.records.len(), 10_000);
        let ids: Vec<_> = many.records.iter().map(|r| r.keys.id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        // A customer's details depend on its index and the seed only, not on the count.
        assert_eq!(
            many.records[9_999].customer.email,
            generate(10_000, 5).records[9_999].customer.email
        );
        assert_eq!(
            many.records[3].customer.billing_person,
            few.records[3].customer.billing_person
        );
    }

    #[test]
    fn deterministic_unique_and_ordered() {
        let a = generate(500, 11);
        let b = generate(500, 11);
        let ids: Vec<_> = a.records.iter().map(|r| r.customer.id.unwrap()).collect();
        assert_eq!(
            ids,
            b.records
                .iter()
                .map(|r| r.customer.id.unwrap())
                .collect::<Vec<_>>()
        );
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let emails: std::collections::HashSet<_> = a
            .records
            .iter()
            .map(|r| r.customer.email.clone().unwrap())
            .collect();
        assert_eq!(emails.len(), 500, "emails are unique");
        assert_eq!(a.records[123].customer, b.records[123].customer);
        assert_ne!(generate(5, 12).records[0].customer, a.records[0].customer);
        for deleted in &a.deleted {
            assert!(
                ids.binary_search(&deleted.id.unwrap()).is_err(),
                "a deleted id is not live"
            );
        }
    }

    #[test]
    fn dates_are_consistent() {
        for record in generate(300, 3).records {
            let c = &record.customer;
            let registered = dates::parse_stored(c.registered.as_deref().unwrap()).unwrap();
            let updated = dates::parse_stored(c.updated.as_deref().unwrap()).unwrap();
            assert!(registered <= updated, "{c:?}");
            let stats = c.stats.as_ref().unwrap();
            if let (Some(first), Some(last)) = (&stats.first_order_date, &stats.last_order_date) {
                let (first, last) = (
                    dates::parse_stored(first).unwrap(),
                    dates::parse_stored(last).unwrap(),
                );
                assert!(
                    registered <= first && first <= last && last <= updated,
                    "{c:?}"
                );
            }
            assert_eq!(c.total_order_count, stats.number_of_orders);
        }
    }
}
