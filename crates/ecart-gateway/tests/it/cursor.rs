//! `sinceId` answered from Ecwid's registration order: every customer once, ascending, at a few
//! Ecwid requests per page, whatever order Ecwid gives customers of the same second.

use ecwid_client::RetryPolicy;
use ecwid_client::types::Customer as EcwidCustomer;
use ecwid_sim::{RegistrationQuirks, SimConfig};

use crate::support::{World, num, store_of};

/// A store of `generated` customers plus, after them, `tied` customers registered in one second
/// and `tied` more in the next, ordered newest first within a second when `newest_first`.
async fn world(generated: usize, tied: usize, newest_first: bool) -> World {
    let world = World::start(
        SimConfig {
            registration: RegistrationQuirks {
                ties_newest_first: newest_first,
                ..RegistrationQuirks::default()
            },
            ..store_of(generated)
        },
        RetryPolicy::never(),
        |_| {},
    )
    .await;
    for second in ["2025-07-01 10:00:00 +0000", "2025-07-01 10:00:01 +0000"] {
        for n in 0..tied {
            world.sim.store().insert(EcwidCustomer {
                name: Some(format!("Tied {second} {n}")),
                email: Some(format!("tied{n}.{}@example.com", &second[17..19])),
                registered: Some(second.to_owned()),
                updated: Some(second.to_owned()),
                ..EcwidCustomer::default()
            });
        }
    }
    world
}

/// A cursor page: its ids and the Ecwid requests it cost.
async fn page(world: &World, since: i64, limit: u64, extra: &str) -> (Vec<i64>, u64) {
    let before = world.sim.request_count();
    let answer = world
        .get(&format!(
            "/api/v2/customers?sinceId={since}&limit={limit}{extra}"
        ))
        .await;
    assert_eq!(answer.status.as_u16(), 200, "{:#}", answer.body);
    let ids = answer.body["customers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().parse().unwrap())
        .collect();
    (ids, world.sim.request_count() - before)
}

/// Walk by cursor from `since`: every id met, and the most requests one page cost.
async fn walk(world: &World, since: i64, limit: u64) -> (Vec<i64>, u64) {
    let (mut cursor, mut seen, mut worst) = (since, Vec::new(), 0);
    loop {
        let (ids, cost) = page(world, cursor, limit, "").await;
        worst = worst.max(cost);
        seen.extend(&ids);
        match ids.last() {
            Some(&last) if ids.len() as u64 == limit => cursor = last,
            _ => return (seen, worst),
        }
    }
}

fn ids_above(world: &World, since: i64) -> Vec<i64> {
    world
        .sim
        .store()
        .ids()
        .into_iter()
        .filter(|&id| id > since)
        .collect()
}

#[tokio::test]
async fn a_cursor_walk_meets_every_customer_once_whatever_the_tie_order() {
    for newest_first in [false, true] {
        let world = world(700, 7, newest_first).await;
        // The sim orders the tied second as asked: the gateway must not depend on it.
        let tied_first = world.sim.store().ids()[world.sim.store().len() - 14];
        let tied_order: serde_json::Value = world
            .http
            .get(format!(
                "{}/{}/customers?createdFrom=1751364000&createdTo=1751364000\
                 &sortBy=REGISTERED_DATE_ASC&responseFields=items(id)",
                world.running_sim.base_url(),
                world.sim.config().store_id
            ))
            .bearer_auth(&world.sim.config().token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let tied_ids: Vec<i64> = tied_order["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        assert_eq!(tied_ids.len(), 7);
        assert_eq!(tied_ids.is_sorted(), !newest_first, "{tied_ids:?}");
        for limit in [100, 10, 3] {
            let (seen, worst) = walk(&world, 1, limit).await;
            assert_eq!(seen, ids_above(&world, 1), "limit {limit}, {newest_first}");
            // A page: one GET to place the cursor (none once cached) and one or two searches,
            // plus a few one-customer searches for the first cursor, which names no customer.
            assert!(worst <= 14, "limit {limit}: {worst} requests for one page");
        }
        // From inside the tied seconds, and right before them.
        for since in [tied_first - 1, tied_first, tied_first + 3, tied_first + 7] {
            let (seen, _) = walk(&world, since, 4).await;
            assert_eq!(seen, ids_above(&world, since), "sinceId={since}");
            assert_eq!(
                world.count(&format!("sinceId={since}")).await,
                seen.len() as i64
            );
        }
    }
}

#[tokio::test]
async fn a_cursor_page_costs_one_search_and_at_most_one_more_once_placed() {
    let world = world(2_000, 0, false).await;
    let ids = world.sim.store().ids();
    let cursor = ids[500];
    // First sight of the cursor: one GET to place it, then searches.
    let (first, cost) = page(&world, cursor, 100, "").await;
    assert_eq!(first, ids[501..601]);
    assert_eq!(cost, 1 + 2, "GET + 2 searches");
    // The page's last customer is the next cursor, already placed.
    let (_, cost) = page(&world, *first.last().unwrap(), 100, "").await;
    assert_eq!(cost, 2, "two searches for a page of 100");
    let (small, cost) = page(&world, first[49], 50, "").await;
    assert_eq!(small, ids[551..601]);
    assert_eq!(cost, 1, "one search for a page of 50");
    // Count: one search once placed.
    let before = world.sim.request_count();
    assert_eq!(
        world.count(&format!("sinceId={cursor}")).await as usize,
        ids.len() - 501
    );
    assert_eq!(world.sim.request_count() - before, 1);
}

#[tokio::test]
async fn a_deleted_cursor_and_later_pages_are_exact() {
    let world = world(1_500, 3, true).await;
    let ids = world.sim.store().ids();
    let cursor = ids[900];
    assert!(world.sim.store().remove(cursor));
    let (after, cost) = page(&world, cursor, 20, "").await;
    assert_eq!(after, ids[901..921]);
    // No GET can place it: a binary search of one-customer searches (log2 of 1 500 is 11).
    assert!(cost <= 1 + 12 + 2, "{cost}");
    // `page` > 1 with the same cursor: the same customers as walking on.
    for page_number in [2, 5, 31] {
        let (ids_of_page, cost) = page(&world, cursor, 20, &format!("&page={page_number}")).await;
        let from = 901 + (page_number - 1) * 20;
        let expected: Vec<i64> = ids[from.min(ids.len())..(from + 20).min(ids.len())]
            .iter()
            .copied()
            .filter(|&id| id != cursor)
            .collect();
        assert_eq!(ids_of_page, expected, "page {page_number}");
        assert!(cost <= 4, "page {page_number}: {cost}");
    }
}

#[tokio::test]
async fn customers_created_during_a_walk_are_met_once_at_its_end() {
    let world = world(300, 0, false).await;
    let (mut cursor, mut seen) = (1, Vec::new());
    let mut created = Vec::new();
    loop {
        let (ids, _) = page(&world, cursor, 25, "").await;
        seen.extend(&ids);
        if seen.len() > 100 && created.len() < 3 {
            for n in 0..3 {
                let answer = world
                    .request(reqwest::Method::POST, "/api/v2/customers")
                    .json(&serde_json::json!({"customer": {
                        "firstName": "Mid", "lastName": format!("Walk{n}"),
                        "email": format!("mid.walk{n}.{}@example.com", created.len()),
                    }}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(answer.status(), 200);
                let body: serde_json::Value = answer.json().await.unwrap();
                created.push(
                    body["customer"]["id"]
                        .as_str()
                        .unwrap()
                        .parse::<i64>()
                        .unwrap(),
                );
            }
        }
        match ids.last() {
            Some(&last) if ids.len() == 25 => cursor = last,
            _ => break,
        }
    }
    assert_eq!(seen, ids_above(&world, 1));
    assert!(created.iter().all(|id| seen.contains(id)));
}

#[tokio::test]
async fn other_filters_narrow_a_cursor_walk() {
    let world = world(400, 4, true).await;
    let all = world.store_customers();
    let since = num(&all[100]);
    let created_from = all[250]
        .dates
        .as_ref()
        .and_then(|d| d.created_at)
        .unwrap()
        .to_rfc3339();
    let query = format!("&createdAt[from]={}", urlencode(&created_from));
    let (ids, _) = page(&world, since, 100, &query).await;
    let expected: Vec<i64> = all[250..].iter().map(num).take(100).collect();
    assert_eq!(ids, expected);
    let tied = "&search=tied";
    let (ids, _) = page(&world, since, 100, tied).await;
    assert_eq!(ids.len(), 8);
    assert!(ids.is_sorted());
}

#[tokio::test]
async fn an_imported_store_is_refused_or_walked_by_configuration() {
    let imported = |by_registration| {
        World::start(
            SimConfig {
                registration: RegistrationQuirks {
                    imported: 5,
                    ..RegistrationQuirks::default()
                },
                ..store_of(200)
            },
            RetryPolicy::never(),
            move |config| config.since_id_by_registration = by_registration,
        )
    };
    // The cursor's registration second comes before the imported customers': the search shows
    // ids falling, and the gateway answers 502 instead of a wrong page.
    let fast = imported(true).await;
    let since = fast.sim.store().ids()[0];
    let answer = fast
        .get(&format!("/api/v2/customers?sinceId={since}&limit=100"))
        .await;
    let message = answer.error(502, "UPSTREAM_ERROR");
    assert!(message.contains("since_id_by_registration"), "{message}");
    // With the cursor off, the walk reads the store and answers exactly.
    let slow = imported(false).await;
    let (seen, _) = walk(&slow, since, 30).await;
    assert_eq!(seen, ids_above(&slow, since));
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
