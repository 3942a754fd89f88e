//! What a store holds: the two customers of Ecwid's search example, and realistic generated ones,
//! the same for the same seed.

use std::collections::{BTreeSet, HashSet};

use ecwid_sim::{Sim, SimConfig, generate_customers, search_example_customers};

fn sim(customers: usize, seed: u64) -> Sim {
    Sim::new(SimConfig {
        customers,
        seed,
        ..SimConfig::default()
    })
}

#[test]
fn the_same_seed_builds_the_same_store_and_another_seed_another() {
    let a = sim(400, 9).store().list();
    assert_eq!(a, sim(400, 9).store().list());
    assert_eq!(sim(400, 9).store().deleted(), sim(400, 9).store().deleted());
    let b = sim(400, 10).store().list();
    assert_eq!(a.len(), b.len());
    // Ecwid's 2 example customers sit among the generated ones by id (ids rise with
    // registration dates), the same in both stores.
    let examples = search_example_customers();
    let (a_examples, a_generated): (Vec<_>, Vec<_>) =
        a.iter().cloned().partition(|c| examples.contains(c));
    let (b_examples, b_generated): (Vec<_>, Vec<_>) =
        b.iter().cloned().partition(|c| examples.contains(c));
    assert_eq!((a_examples.len(), b_examples.len()), (2, 2));
    let differing = a_generated
        .iter()
        .zip(&b_generated)
        .filter(|(x, y)| x != y)
        .count();
    assert_eq!(differing, 400, "every generated customer differs");
    assert_eq!(generate_customers(400, 9), a_generated);
}

#[test]
fn the_customers_of_ecwids_search_example_are_kept_exactly() {
    let store = sim(50, 3);
    let examples = search_example_customers();
    assert_eq!(examples.len(), 2);
    for example in examples {
        assert_eq!(store.store().get(example.id.unwrap()), Some(example));
    }
}

#[test]
fn generated_customers_look_like_a_real_international_store() {
    let customers = generate_customers(3_000, 21);
    let countries: BTreeSet<String> = customers
        .iter()
        .filter_map(|c| c.billing_person.as_ref()?.country_code.clone())
        .collect();
    assert!(countries.len() >= 10, "{countries:?}");
    let non_ascii_names = customers
        .iter()
        .filter(|c| !c.name.as_ref().unwrap().is_ascii())
        .count();
    assert!(non_ascii_names > 300, "{non_ascii_names}");
    let scripts = ["ნ", "О", "田", "ü", "ł"];
    for script in scripts {
        assert!(
            customers
                .iter()
                .any(|c| c.name.as_ref().unwrap().contains(script)
                    || c.billing_person
                        .as_ref()
                        .unwrap()
                        .city
                        .as_ref()
                        .unwrap()
                        .contains(script)),
            "no {script}"
        );
    }
    let emails: HashSet<&str> = customers
        .iter()
        .map(|c| c.email.as_deref().unwrap())
        .collect();
    assert_eq!(emails.len(), customers.len());
    assert!(
        emails
            .iter()
            .all(|e| e.is_ascii() && e.split('@').count() == 2 && e.contains('.'))
    );
    let groups: BTreeSet<i64> = customers
        .iter()
        .map(|c| c.customer_group_id.unwrap())
        .collect();
    assert_eq!(groups.len(), ecwid_sim::CUSTOMER_GROUPS.len());
    assert!(
        customers
            .iter()
            .any(|c| c.b2b_b2c.as_deref() == Some("b2b") && !c.tax_id.as_ref().unwrap().is_empty())
    );
    assert!(
        customers
            .iter()
            .any(|c| c.fiscal_code.as_ref().unwrap().len() == 16)
    );
    assert!(
        customers
            .iter()
            .any(|c| c.contacts.as_ref().unwrap().len() >= 3)
    );
    assert!(
        customers
            .iter()
            .any(|c| c.shipping_addresses.as_ref().unwrap().len() == 2)
    );
    assert!(customers.iter().any(|c| {
        c.billing_person
            .as_ref()
            .unwrap()
            .street
            .as_ref()
            .unwrap()
            .contains('\n')
    }));
    assert!(
        customers
            .iter()
            .any(|c| c.favorites.as_ref().is_some_and(|f| !f.is_empty()))
    );
    assert!(customers.iter().any(|c| c.accept_marketing.is_none()));
    let with_orders = customers
        .iter()
        .filter(|c| c.total_order_count.unwrap() > 0)
        .count();
    assert!((1_200..2_400).contains(&with_orders), "{with_orders}");
    for customer in &customers {
        let stats = customer.stats.as_ref().unwrap();
        let orders = stats.number_of_orders.unwrap();
        let (sales, average) = (
            stats.sales_value.unwrap(),
            stats.average_order_value.unwrap(),
        );
        if orders == 0 {
            assert_eq!((sales, average), (0.0, 0.0));
        } else {
            assert!(
                (average - sales / orders as f64).abs() < 0.01,
                "{customer:?}"
            );
            assert!(stats.first_order_date.is_some() && stats.last_order_date.is_some());
        }
    }
}

#[test]
fn the_store_size_follows_the_config() {
    assert_eq!(sim(0, 0).store().len(), 2);
    assert_eq!(sim(12_345, 0).store().len(), 12_347);
}

#[test]
fn ids_rise_with_registration_dates_across_the_whole_store() {
    // Ecwid sets `registered` when it creates a customer and assigns ids in creation order; the
    // gateway's `sinceId` relies on it, so the simulated store must hold it, Ecwid's two example
    // customers included.
    let store = sim(3_000, 4);
    let seconds: Vec<i64> = store
        .store()
        .list()
        .iter()
        .map(|c| {
            ecwid_client::dates::parse_response_date(c.registered.as_deref().unwrap())
                .unwrap()
                .timestamp()
        })
        .collect();
    assert!(seconds.is_sorted(), "registration seconds ascend by id");
    let ids = store.store().ids();
    for example in search_example_customers() {
        let at = ids.iter().position(|&id| Some(id) == example.id).unwrap();
        assert!(at > 0 && at < ids.len() - 1, "{at}: among generated ones");
    }
}

#[test]
fn imported_customers_break_the_order_and_ties_can_come_newest_first() {
    let imported = Sim::new(SimConfig {
        customers: 100,
        seed: 4,
        registration: ecwid_sim::RegistrationQuirks {
            imported: 3,
            ..Default::default()
        },
        ..SimConfig::default()
    });
    let customers = imported.store().list();
    let second = |c: &ecwid_client::types::Customer| {
        ecwid_client::dates::parse_response_date(c.registered.as_deref().unwrap())
            .unwrap()
            .timestamp()
    };
    let seconds: Vec<i64> = customers.iter().map(second).collect();
    assert!(!seconds.is_sorted(), "an import breaks the order");
    // Only the three customers with the highest ids moved: without them the order holds.
    assert!(seconds[..seconds.len() - 3].is_sorted());
    let last_generated = seconds[seconds.len() - 4];
    assert!(
        seconds[seconds.len() - 3..]
            .iter()
            .all(|s| *s < last_generated)
    );
}
