//! List and count: every filter, pagination exactly once, agreement with count.

use std::collections::HashSet;

use chrono::{DateTime, Duration, FixedOffset};
use ecartapi_client::types::Customer;
use ecwid_client::{CustomerFilter, RetryPolicy};
use reqwest::Method;
use serde_json::json;

use crate::support::{World, distinct_ids, num, send, store_of};

fn created(c: &Customer) -> DateTime<FixedOffset> {
    c.dates
        .as_ref()
        .and_then(|d| d.created_at)
        .expect("a creation date")
}

fn updated(c: &Customer) -> DateTime<FixedOffset> {
    c.dates
        .as_ref()
        .and_then(|d| d.updated_at)
        .expect("an update date")
}

fn ids_of<'a>(customers: impl IntoIterator<Item = &'a Customer>) -> HashSet<String> {
    customers.into_iter().map(|c| c.id.clone()).collect()
}

/// `+` in an RFC 3339 offset must be escaped in a query string.
fn q(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339().replace('+', "%2B")
}

#[tokio::test]
async fn the_default_page_holds_50_customers_oldest_first() {
    let world = World::with_customers(120).await;
    let page = world
        .ecart
        .raw()
        .list_customers()
        .send()
        .await
        .expect("a page")
        .into_inner();
    assert!(page.success);
    assert_eq!(page.customers.len(), 50);
    let dates: Vec<_> = page.customers.iter().map(created).collect();
    assert!(dates.is_sorted(), "{dates:?}");
    let max = world
        .ecart
        .raw()
        .list_customers()
        .limit(100)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(max.customers.len(), 100);
}

#[tokio::test]
async fn pages_yield_every_customer_exactly_once_and_agree_with_count() {
    let world = World::with_customers(101).await;
    let all = world.store_customers();
    assert_eq!(all.len(), 103);
    for limit in [1, 7, 50, 100] {
        let walked = world.walk(limit, "").await;
        assert_eq!(distinct_ids(&walked), ids_of(&all), "limit {limit}");
    }
    assert_eq!(world.count("").await, 103);
    let past = world.get("/api/v2/customers?limit=10&page=12").await;
    assert_eq!(past.body, json!({"success": true, "customers": []}));
    let far = world
        .get(&format!("/api/v2/customers?limit=100&page={}", u64::MAX))
        .await;
    assert_eq!(far.body, json!({"success": true, "customers": []}));
}

#[tokio::test]
async fn created_at_bounds_are_inclusive_instants() {
    let world = World::with_customers(80).await;
    let mut all = world.store_customers();
    all.sort_by_key(created);
    // Bounds half a second after two customers' registrations: the first is out, the second in.
    let from = created(&all[10]) + Duration::milliseconds(500);
    let to = created(&all[40]) + Duration::milliseconds(500);
    let expected: Vec<&Customer> = all
        .iter()
        .filter(|c| created(c) >= from && created(c) <= to)
        .collect();
    assert_eq!(expected.len(), 30);
    let query = format!("&createdAt[from]={}&createdAt[to]={}", q(from), q(to));
    let walked = world.walk(7, &query).await;
    assert_eq!(distinct_ids(&walked), ids_of(expected.iter().copied()));
    assert_eq!(world.count(&query[1..]).await, 30);

    // Exact instants, in another offset, are inclusive.
    let at = created(&all[20]).with_timezone(&FixedOffset::east_opt(4 * 3600).unwrap());
    let query = format!("&createdAt[from]={}&createdAt[to]={}", q(at), q(at));
    let walked = world.walk(10, &query).await;
    assert_eq!(distinct_ids(&walked), ids_of([&all[20]]));
}

/// Every ISO 8601 shape clients send filters the list and the count as the instant (or the
/// day) it names: basic and extended offsets, `Z`, any number of fractional digits, no offset
/// (UTC), a date alone (from its first instant; to its last), and openapi-generator's Python
/// client's `%Y-%m-%dT%H:%M:%S.%f%z`.
#[tokio::test]
async fn every_iso_8601_shape_filters_the_list_and_the_count() {
    let world = World::with_customers(80).await;
    let mut all = world.store_customers();
    all.sort_by_key(created);
    let at = created(&all[30]).with_timezone(&chrono::Utc);
    let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
    let from_at = ids_of(all.iter().filter(|c| created(c) >= at));
    let to_at = ids_of(all.iter().filter(|c| created(c) <= at));
    let day = at.date_naive();
    let utc_day = |c: &Customer| created(c).with_timezone(&chrono::Utc).date_naive();
    let from_day = ids_of(all.iter().filter(|c| utc_day(c) >= day));
    let to_day = ids_of(all.iter().filter(|c| utc_day(c) <= day));
    let cases = [
        (
            at.format("%Y-%m-%dT%H:%M:%S.%6f%z").to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.format("%Y-%m-%dT%H:%M:%S%z").to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.with_timezone(&india)
                .format("%Y-%m-%dT%H:%M:%S%z")
                .to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.with_timezone(&india)
                .format("%Y-%m-%dT%H:%M:%S%:z")
                .to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.format("%Y-%m-%dT%H:%M:%S.000Z").to_string(),
            &from_at,
            &to_at,
        ),
        (
            at.format("%Y-%m-%dT%H:%M:%S.0000000+00:00").to_string(),
            &from_at,
            &to_at,
        ),
        (at.format("%Y-%m-%dT%H:%M:%S").to_string(), &from_at, &to_at),
        (at.format("%Y-%m-%d %H:%M:%S").to_string(), &from_at, &to_at),
        (at.format("%Y-%m-%d").to_string(), &from_day, &to_day),
    ];
    assert!(from_at.len() > 1 && to_at.len() > 1 && from_day.len() > 1);
    for (text, from, to) in cases {
        let encoded = text.replace('+', "%2B").replace(' ', "%20");
        for (name, expected) in [("createdAt[from]", from), ("createdAt[to]", to)] {
            let query = format!("&{name}={encoded}");
            let walked = world.walk(100, &query).await;
            assert_eq!(&distinct_ids(&walked), expected, "{name}={text}");
            assert_eq!(
                world.count(&query[1..]).await,
                expected.len() as i64,
                "{name}={text}"
            );
        }
    }
    // The exact string openapi-generator's Python client sends, with its `+` encoded or not
    // (an unencoded `+` arrives as a space).
    let since_2020 = "2020-01-01T00:00:00Z"
        .parse::<DateTime<FixedOffset>>()
        .unwrap();
    let created_since = all.iter().filter(|c| created(c) >= since_2020).count();
    let updated_since = all.iter().filter(|c| updated(c) >= since_2020).count();
    assert!(created_since > 0 && created_since < all.len());
    for (query, expected) in [
        (
            "createdAt[from]=2020-01-01T00:00:00.000000%2B0000",
            created_since,
        ),
        (
            "createdAt[from]=2020-01-01T00:00:00.000000+0000",
            created_since,
        ),
        (
            "updatedAt[from]=2020-01-01T00:00:00.000000%2B0000",
            updated_since,
        ),
    ] {
        assert_eq!(world.count(query).await, expected as i64, "{query}");
    }
}

#[tokio::test]
async fn updated_at_bounds_filter_on_the_update_date() {
    let world = World::with_customers(60).await;
    let mut all = world.store_customers();
    all.sort_by_key(updated);
    let to = updated(&all[25]);
    let expected = ids_of(all.iter().filter(|c| updated(c) <= to));
    let query = format!("&updatedAt[to]={}", q(to));
    assert_eq!(distinct_ids(&world.walk(9, &query).await), expected);
    assert_eq!(world.count(&query[1..]).await, expected.len() as i64);
    let from = updated(&all[50]);
    let expected = ids_of(all.iter().filter(|c| updated(c) >= from));
    let query = format!("&updatedAt[from]={}", q(from));
    assert_eq!(distinct_ids(&world.walk(9, &query).await), expected);
}

#[tokio::test]
async fn name_and_search_are_ecwid_searches() {
    let world = World::with_customers(150).await;
    let ecwid = ecwid_client::EcwidClient::new(
        world.running_sim.base_url(),
        1003,
        world.sim.config().token.clone().into(),
    )
    .unwrap();
    let store = world.sim.store().list();
    let some = &store[40];
    let last_name = some
        .billing_person
        .as_ref()
        .and_then(|b| b.last_name.clone())
        .unwrap();
    // `name` is Ecwid's name search.
    let filter = CustomerFilter::default().with_name(last_name.clone());
    let direct: HashSet<String> = ecwid
        .search(&filter, 0, 100)
        .await
        .unwrap()
        .items
        .unwrap_or_default()
        .iter()
        .map(|c| c.id.unwrap().to_string())
        .collect();
    assert!(direct.contains(&some.id.unwrap().to_string()));
    let query = format!("&name={}", urlencode(&last_name));
    assert_eq!(distinct_ids(&world.walk(3, &query).await), direct);
    assert_eq!(world.count(&query[1..]).await, direct.len() as i64);

    // `search` is Ecwid's keyword: name or email.
    let domain = some
        .email
        .as_deref()
        .unwrap()
        .split('@')
        .nth(1)
        .unwrap()
        .to_owned();
    let expected: HashSet<String> = store
        .iter()
        .filter(|c| {
            let hit = |text: &Option<String>| {
                text.as_deref()
                    .is_some_and(|t| t.to_lowercase().contains(&domain.to_lowercase()))
            };
            hit(&c.email) || hit(&c.name)
        })
        .map(|c| c.id.unwrap().to_string())
        .collect();
    assert!(expected.len() > 1 && expected.len() < store.len());
    let query = format!("&search={}", urlencode(&domain));
    assert_eq!(distinct_ids(&world.walk(10, &query).await), expected);
    assert_eq!(world.count(&query[1..]).await, expected.len() as i64);
}

#[tokio::test]
async fn email_matches_the_whole_address() {
    let world = World::with_customers(0).await;
    for email in ["ann@example.com", "joann@example.com"] {
        let answer = send(
            world
                .request(Method::POST, "/api/v2/customers")
                .json(&json!({"customer": {"firstName": "A", "lastName": "B", "email": email}})),
        )
        .await;
        assert_eq!(answer.status, 200, "{:#}", answer.body);
    }
    let page = world
        .ecart
        .raw()
        .list_customers()
        .email("ann@example.com")
        .send()
        .await
        .unwrap()
        .into_inner();
    let emails: Vec<_> = page.customers.iter().map(|c| c.email.clone()).collect();
    assert_eq!(emails, [Some("ann@example.com".to_owned())]);
    assert_eq!(world.count("email=ann%40example.com").await, 1);
    assert_eq!(world.count("email=example.com").await, 0);
}

#[tokio::test]
async fn ids_fetch_the_named_customers_ascending_by_id() {
    let world = World::with_customers(30).await;
    let all = world.store_customers();
    let (a, b, c) = (&all[20], &all[3], &all[11]);
    let named = format!("{},{}, {},404,abc,,{}", a.id, b.id, c.id, a.id);
    let query = format!("&ids={}", urlencode(&named));
    let walked = world.walk(2, &query).await;
    let mut expected = vec![b.id.clone(), c.id.clone(), a.id.clone()];
    expected.sort_by_key(|id| id.parse::<i64>().unwrap());
    assert_eq!(
        walked.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(walked[0], *b, "the same customer as the store holds");
    assert_eq!(world.count(&query[1..]).await, 3);

    // With sinceId and date filters, applied by the gateway.
    let query2 = format!("{query}&sinceId={}", b.id);
    assert_eq!(distinct_ids(&world.walk(5, &query2).await), ids_of([a, c]));
    assert_eq!(world.count(&query2[1..]).await, 2);
    let query3 = format!("{query}&createdAt[to]={}", q(created(c)));
    assert_eq!(distinct_ids(&world.walk(5, &query3).await), ids_of([b, c]));
    assert_eq!(world.count(&query3[1..]).await, 2);
    // Nothing a store could hold.
    assert_eq!(world.count("ids=abc,-1").await, 0);
}

#[tokio::test]
async fn since_id_is_a_cursor_over_ascending_ids() {
    let world = World::with_customers(95).await;
    let all = world.store_customers();
    let first = &all[0];
    let mut cursor = first.id.clone();
    let mut seen = Vec::new();
    loop {
        let page = world
            .ecart
            .raw()
            .list_customers()
            .since_id(cursor.as_str())
            .limit(10)
            .send()
            .await
            .unwrap()
            .into_inner();
        let ids: Vec<i64> = page.customers.iter().map(num).collect();
        assert!(ids.is_sorted(), "{ids:?}");
        seen.extend(page.customers.iter().cloned());
        match page.customers.last() {
            Some(last) if page.customers.len() == 10 => cursor = last.id.clone(),
            _ => break,
        }
    }
    let expected = ids_of(all.iter().skip(1));
    assert_eq!(distinct_ids(&seen), expected);
    assert_eq!(
        world.count(&format!("sinceId={}", first.id)).await,
        expected.len() as i64
    );
    // Pages still work with sinceId.
    let query = format!("&sinceId={}", first.id);
    assert_eq!(distinct_ids(&world.walk(15, &query).await), expected);
}

#[tokio::test]
async fn ids_with_an_ecwid_search_filter_are_filtered_by_the_gateway() {
    let world = World::with_customers(40).await;
    let all = world.store_customers();
    let (a, b) = (&all[5], &all[30]);
    let query = format!(
        "&ids={},{}&email={}",
        a.id,
        b.id,
        urlencode(a.email.as_deref().unwrap())
    );
    assert_eq!(distinct_ids(&world.walk(10, &query).await), ids_of([a]));
    assert_eq!(world.count(&query[1..]).await, 1);
    // One Ecwid GET per named id, never a walk of the store.
    let before = world.sim.request_count();
    world.walk(10, &query).await;
    assert_eq!(world.sim.request_count() - before, 2);
    // Name and search as Ecwid (the simulated store) matches them.
    let name = a.first_name.clone().unwrap().to_uppercase();
    let by_name = format!("&ids={},{}&name={}", a.id, b.id, urlencode(&name));
    assert_eq!(distinct_ids(&world.walk(10, &by_name).await), ids_of([a]));
    // The same customers as Ecwid's own search, narrowed to the ids.
    let term = a.last_name.clone().unwrap().to_lowercase();
    let ecwid_side: HashSet<String> = ids_of(
        &world
            .walk(100, &format!("&search={}", urlencode(&term)))
            .await,
    )
    .into_iter()
    .filter(|id| *id == a.id || *id == b.id)
    .collect();
    let both = format!("&ids={},{}&search={}", a.id, b.id, urlencode(&term));
    assert_eq!(distinct_ids(&world.walk(10, &both).await), ecwid_side);
    assert!(ecwid_side.contains(&a.id));
}

#[tokio::test]
async fn the_since_id_walk_without_the_cursor_refuses_too_large_scans() {
    let world = crate::support::World::start(store_of(60), RetryPolicy::never(), |config| {
        config.since_id_by_registration = false;
        config.max_scan = 50;
        config.max_ids = 3;
    })
    .await;
    let answer = world.get("/api/v2/customers?sinceId=1").await;
    let message = answer.error(400, "BAD_REQUEST");
    assert!(message.contains("Narrow"), "{message}");
    world
        .get("/api/v2/customers/count?sinceId=1")
        .await
        .error(400, "BAD_REQUEST");
    // A narrower search is walked.
    let all = world.store_customers();
    let query = format!(
        "sinceId=1&email={}",
        urlencode(all[7].email.as_deref().unwrap())
    );
    assert_eq!(world.count(&query).await, 1);
    world
        .get("/api/v2/customers?ids=1,2,3,4")
        .await
        .error(400, "BAD_REQUEST");
    assert_eq!(world.count("ids=1,2,3").await, 0);
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
