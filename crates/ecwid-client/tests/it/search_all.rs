//! `search_all`, `search` and `count` against a store simulated by a wiremock responder that
//! serves pages by offset.

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ecwid_client::{CustomerFilter, ErrorKind, ReadCustomer, types};
use futures::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::support::{client, customer_json, ecwid_error, fast_policy};

/// A store of customers `1..=n` answering searches by `offset` and `limit`.
#[derive(Default)]
struct Store {
    customers: Vec<Value>,
    /// Offsets whose first request fails with a 503.
    fail_first: HashSet<u64>,
    /// Offsets that always fail with a 500.
    fail_always: HashSet<u64>,
    /// From the second request on, serve this list instead (the store changed).
    changed: Option<Vec<Value>>,
    /// The `total` every page reports instead of the number of customers (a lie).
    reported_total: Option<i64>,
    /// A page cut short: its offset and how many customers it holds.
    short_page: Option<(u64, usize)>,
    delay: Duration,
    /// Requests per offset, and the query of every request.
    seen: Mutex<BTreeMap<u64, u32>>,
    queries: Mutex<Vec<BTreeMap<String, String>>>,
}

impl Store {
    fn with(n: i64) -> Self {
        Self {
            customers: (1..=n).map(customer_json).collect(),
            ..Self::default()
        }
    }

    fn requests_per_offset(&self) -> BTreeMap<u64, u32> {
        self.seen.lock().unwrap().clone()
    }
}

#[derive(Clone)]
struct Shared(Arc<Store>);

impl Respond for Shared {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let store = &self.0;
        let query: BTreeMap<String, String> = request
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let offset: u64 = query.get("offset").map_or(0, |o| o.parse().unwrap());
        let limit: u64 = query.get("limit").map_or(100, |l| l.parse().unwrap());
        let first_request = store.queries.lock().unwrap().is_empty();
        store.queries.lock().unwrap().push(query);
        let attempt = {
            let mut seen = store.seen.lock().unwrap();
            let n = seen.entry(offset).or_default();
            *n += 1;
            *n
        };
        if store.fail_always.contains(&offset) {
            return ecwid_error(500, "INTERNAL_ERROR", "Broken page");
        }
        if attempt == 1 && store.fail_first.contains(&offset) {
            return ecwid_error(503, "INTERNAL_ERROR", "Try again");
        }
        let customers = match &store.changed {
            Some(changed) if !first_request => changed,
            _ => &store.customers,
        };
        let start = (offset as usize).min(customers.len());
        let mut end = (start + limit as usize).min(customers.len());
        if let Some((short, count)) = store.short_page
            && short == offset
        {
            end = end.min(start + count);
        }
        let items = &customers[start..end];
        ResponseTemplate::new(200)
            .set_body_json(json!({
                "total": store.reported_total.unwrap_or(customers.len() as i64),
                "count": items.len(),
                "offset": offset,
                "limit": limit,
                "items": items,
            }))
            .set_delay(store.delay)
    }
}

async fn serve(store: Store) -> (MockServer, Arc<Store>) {
    let server = MockServer::start().await;
    let store = Arc::new(store);
    Mock::given(method("GET"))
        .and(path("/api/v3/1003/customers"))
        .respond_with(Shared(Arc::clone(&store)))
        .mount(&server)
        .await;
    (server, store)
}

/// Every item of an unfiltered walk, errors included.
async fn every_item(
    ecwid: &ecwid_client::EcwidClient,
) -> Vec<Result<types::Customer, ecwid_client::Error>> {
    ecwid
        .search_all(&CustomerFilter::default())
        .await
        .unwrap()
        .collect()
        .await
}

fn ids(customers: &[types::Customer]) -> Vec<i64> {
    customers.iter().map(|c| c.id.unwrap()).collect()
}

#[tokio::test]
async fn every_customer_comes_once_in_order() {
    let (server, store) = serve(Store::with(1050)).await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let all = ecwid.search_all(&CustomerFilter::default()).await.unwrap();
    assert_eq!((all.total(), all.pages()), (1050, 11));
    let customers: Vec<_> = all.try_collect().await.unwrap();
    assert_eq!(ids(&customers), (1..=1050).collect::<Vec<_>>());

    let offsets = store.requests_per_offset();
    assert_eq!(
        offsets.keys().copied().collect::<Vec<_>>(),
        (0..1050).step_by(100).collect::<Vec<_>>()
    );
    assert!(offsets.values().all(|&n| n == 1), "{offsets:?}");
    for query in store.queries.lock().unwrap().iter() {
        assert_eq!(query["limit"], "100");
        assert_eq!(query["sortBy"], "REGISTERED_DATE_ASC");
    }
    let stats = ecwid.stats();
    assert_eq!(
        (stats.pages, stats.customers, stats.retries, stats.requests),
        (11, 1050, 0, 11)
    );
}

#[tokio::test]
async fn pages_that_fail_first_are_fetched_again_without_losing_or_doubling() {
    let store = Store {
        fail_first: [0, 300, 600, 900, 1000].into(),
        ..Store::with(1050)
    };
    let (server, store) = serve(store).await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let customers: Vec<_> = ecwid
        .search_all(&CustomerFilter::default())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&customers), (1..=1050).collect::<Vec<_>>());
    let offsets = store.requests_per_offset();
    for (offset, requests) in &offsets {
        let expected = if [0, 300, 600, 900, 1000].contains(offset) {
            2
        } else {
            1
        };
        assert_eq!(*requests, expected, "offset {offset}: {offsets:?}");
    }
    let stats = ecwid.stats();
    assert_eq!((stats.pages, stats.retries, stats.requests), (11, 5, 16));
}

#[tokio::test]
async fn a_page_that_keeps_failing_ends_the_stream_with_the_error() {
    let store = Store {
        fail_always: [500].into(),
        ..Store::with(1050)
    };
    let (server, _store) = serve(store).await;
    let ecwid = client(&server.uri(), fast_policy(2));
    let items = every_item(&ecwid).await;
    assert_eq!(
        items.len(),
        501,
        "500 customers, then the error, then nothing"
    );
    assert!(items[..500].iter().all(Result::is_ok));
    let err = items[500].as_ref().unwrap_err();
    assert_eq!(err.operation(), Some("search_customers"));
    assert_eq!(err.attempts(), Some(2));
    assert_eq!(err.error_code(), Some("INTERNAL_ERROR"));
}

#[tokio::test]
async fn a_customer_shifted_onto_a_later_page_is_not_handed_out_twice() {
    // After the first page, a customer registers at the front (Ecwid sorted by something else
    // than registration): every later page starts one customer earlier.
    let original: Vec<Value> = (1..=250).map(customer_json).collect();
    let mut changed = vec![customer_json(9999)];
    changed.extend(original.iter().cloned());
    let store = Store {
        customers: original,
        changed: Some(changed),
        ..Store::default()
    };
    let (server, _store) = serve(store).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let customers: Vec<_> = ecwid
        .search_all(&CustomerFilter::default())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let ids = ids(&customers);
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no customer twice: {ids:?}");
    // 100 from the first page; the second starts at customer 100 again, which is skipped; the
    // third brings the rest. The newcomer sorted first is not part of this walk.
    assert_eq!(ids, (1..=250).collect::<Vec<_>>());
}

#[tokio::test]
async fn pages_are_fetched_concurrently_up_to_the_limit() {
    // 7 pages; the 6 after the first take 250 ms each. With 3 at a time that is at least 2
    // rounds (500 ms) and, far from 6 rounds in a row (1.5 s), close to 2.
    let store = Store {
        delay: Duration::from_millis(250),
        ..Store::with(650)
    };
    let (server, _store) = serve(store).await;
    let ecwid = ecwid_client::EcwidClient::builder(
        format!("{}/api/v3", server.uri()),
        1003,
        crate::support::TOKEN.into(),
    )
    .page_concurrency(3)
    .build()
    .unwrap();
    let all = ecwid.search_all(&CustomerFilter::default()).await.unwrap();
    let started = Instant::now();
    let customers: Vec<_> = all.try_collect().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(customers.len(), 650);
    assert!(elapsed >= Duration::from_millis(500), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1400), "{elapsed:?}");
}

#[tokio::test]
async fn an_empty_store_is_one_request_and_no_customers_whatever_total_it_reports() {
    for (reported_total, total, pages) in [
        (None, 0, 1),
        (
            Some(i64::MAX),
            i64::MAX as u64,
            (i64::MAX as u64).div_ceil(100),
        ),
    ] {
        let store = Store {
            reported_total,
            ..Store::with(0)
        };
        let (server, store) = serve(store).await;
        let ecwid = client(&server.uri(), fast_policy(1));
        let all = ecwid.search_all(&CustomerFilter::default()).await.unwrap();
        assert_eq!((all.total(), all.pages()), (total, pages));
        assert_eq!(all.count().await, 0);
        assert_eq!(store.requests_per_offset().len(), 1, "{reported_total:?}");
    }
}

#[tokio::test]
async fn a_total_far_above_the_customers_ends_at_the_first_short_page() {
    // 250 customers, but every page claims i64::MAX of them: the walk must neither plan
    // 9.2e16 pages up front nor ask for them all.
    let store = Store {
        reported_total: Some(i64::MAX),
        ..Store::with(250)
    };
    let (server, store) = serve(store).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let all = ecwid.search_all(&CustomerFilter::default()).await.unwrap();
    assert_eq!(all.total(), i64::MAX as u64, "what the store reported");
    let customers: Vec<_> = all.try_collect().await.unwrap();
    assert_eq!(ids(&customers), (1..=250).collect::<Vec<_>>(), "each once");
    // Offsets 0, 100 and 200 (short: the end), plus the pages already in flight then, each
    // once: at most `page_concurrency` (4) past the end.
    let offsets = store.requests_per_offset();
    assert!(offsets.len() <= 3 + 4, "{offsets:?}");
    assert!(offsets.values().all(|&n| n == 1), "{offsets:?}");
    assert_eq!(
        offsets.keys().copied().collect::<Vec<_>>(),
        (0..offsets.len() as u64 * 100)
            .step_by(100)
            .collect::<Vec<_>>(),
        "in order, none skipped"
    );
}

#[tokio::test]
async fn a_short_page_inside_the_total_ends_the_walk_after_the_pages_in_flight() {
    // The store reports 1,050 customers but offset 200 answers 30 (deleted during the walk,
    // say): the end, by Ecwid's rule (`count < limit`). The pages asked for before it came back
    // are still read and handed out.
    let store = Store {
        short_page: Some((200, 30)),
        ..Store::with(1050)
    };
    let (server, store) = serve(store).await;
    let ecwid = ecwid_client::EcwidClient::builder(
        format!("{}/api/v3", server.uri()),
        1003,
        crate::support::TOKEN.into(),
    )
    .retry(fast_policy(1))
    .page_concurrency(2)
    .build()
    .unwrap();
    let customers: Vec<_> = ecwid
        .search_all(&CustomerFilter::default())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let offsets: Vec<u64> = store.requests_per_offset().keys().copied().collect();
    // 0, 100, 200 and at most `page_concurrency` (2) pages asked for before 200 came back.
    assert!(offsets.len() >= 3 && offsets.len() <= 3 + 2, "{offsets:?}");
    assert_eq!(
        offsets,
        (0..offsets.len() as u64 * 100)
            .step_by(100)
            .collect::<Vec<_>>()
    );
    // Every customer of every page fetched, once, in page order.
    let served: Vec<i64> = offsets
        .iter()
        .flat_map(|&offset| {
            let count = if offset == 200 { 30 } else { 100 };
            (offset as i64 + 1..).take(count)
        })
        .collect();
    assert_eq!(ids(&customers), served);
}

#[tokio::test]
async fn the_walk_keeps_the_filter_and_adds_total_to_response_fields() {
    let (server, store) = serve(Store::with(150)).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let filter = CustomerFilter::default()
        .with_keyword("smith")
        .with_sort_by(types::CustomerSortBy::NameDesc)
        .with_response_fields("items(id,name)");
    let customers: Vec<_> = ecwid
        .search_all(&filter)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(customers.len(), 150);
    let queries = store.queries.lock().unwrap();
    assert_eq!(queries.len(), 2);
    for query in queries.iter() {
        assert_eq!(query["keyword"], "smith");
        assert_eq!(query["sortBy"], "NAME_DESC");
        assert_eq!(query["responseFields"], "total,items(id,name)");
    }
}

#[tokio::test]
async fn a_first_page_without_total_is_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": []})))
        .mount(&server)
        .await;
    let err = client(&server.uri(), fast_policy(1))
        .search_all(&CustomerFilter::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InvalidResponse { path: Some(p), .. } if p == "total"),
        "{err:?}"
    );
}

#[tokio::test]
async fn count_asks_for_the_total_only() {
    let (server, store) = serve(Store::with(1234)).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let filter = CustomerFilter::default().with_customer_group_ids([1, 2]);
    assert_eq!(ecwid.count(&filter).await.unwrap(), 1234);
    let queries = store.queries.lock().unwrap();
    assert_eq!(queries[0]["limit"], "1");
    assert_eq!(queries[0]["responseFields"], "total");
    assert_eq!(queries[0]["customerGroupIds"], "1,2");
}

#[tokio::test]
async fn search_returns_one_page() {
    let (server, _store) = serve(Store::with(250)).await;
    let page = client(&server.uri(), fast_policy(1))
        .search(&CustomerFilter::default(), 200, 100)
        .await
        .unwrap();
    assert_eq!(page.total, Some(250));
    assert_eq!(
        ids(page.items.as_deref().unwrap()),
        (201..=250).collect::<Vec<_>>()
    );
}

/// Every query parameter of `searchCustomers` in the spec, except paging, is a filter field.
#[tokio::test]
async fn the_filter_covers_every_search_parameter_of_the_spec() {
    let spec = spec_examples::Spec::load(spec_examples::ECWID);
    let mut in_spec: Vec<String> = spec.doc()["paths"]["/{storeId}/customers"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        // Shared parameters (`responseFields`, paging) are `$ref`s into the components.
        .map(|p| match p["$ref"].as_str() {
            Some(reference) => spec.doc().pointer(&reference[1..]).unwrap(),
            None => p,
        })
        .filter(|p| {
            p["in"] == "query" && !["offset", "limit"].contains(&p["name"].as_str().unwrap())
        })
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect();
    in_spec.sort();
    assert!(in_spec.len() > 25, "{in_spec:?}");

    let filter = CustomerFilter::default()
        .with_keyword("k")
        .with_name("n")
        .with_email("e@example.com")
        .with_use_exact_email_match(true)
        .with_phone("1")
        .with_city("c")
        .with_postal_code("p")
        .with_state_or_province_code("NY")
        .with_country_codes(["US", "GE"])
        .with_company_name("co")
        .with_lang("en")
        .with_customer_group(5)
        .with_customer_group_ids([1, 2])
        .with_min_order_count(1)
        .with_max_order_count(9)
        .with_min_sales_value(1.5)
        .with_max_sales_value(99.5)
        .with_purchased_product_ids([7, 8])
        .with_accept_marketing(false)
        .with_b2b_b2c(types::SearchCustomersB2bB2c::B2b)
        .with_tax_exempt(true)
        .with_fiscal_code("f")
        .with_electronic_invoice_pec_email("pec")
        .with_electronic_invoice_sdi_code("sdi")
        .with_created_from("2024-01-01")
        .with_created_to("2024-12-31")
        .with_updated_from("1447804800")
        .with_updated_to("2025-01-01 00:00:00 +0000")
        .with_sort_by(types::CustomerSortBy::EmailAsc)
        .with_response_fields("total");
    let (server, store) = serve(Store::with(1)).await;
    client(&server.uri(), fast_policy(1))
        .search(&filter, 0, 100)
        .await
        .unwrap();
    let query = store.queries.lock().unwrap()[0].clone();
    let sent: Vec<String> = query
        .keys()
        .filter(|k| !["offset", "limit"].contains(&k.as_str()))
        .cloned()
        .collect();
    assert_eq!(sent, in_spec, "every spec parameter is sent once set");
    assert_eq!(query["countryCodes"], "US,GE");
    assert_eq!(query["purchasedProductIds"], "7,8");
    assert_eq!(query["b2b_b2c"], "b2b");
    assert_eq!(query["updatedTo"], "2025-01-01 00:00:00 +0000");

    // And a default filter sends nothing but paging.
    let (server, store) = serve(Store::with(1)).await;
    client(&server.uri(), fast_policy(1))
        .search(&CustomerFilter::default(), 0, 100)
        .await
        .unwrap();
    let sent: Vec<String> = store.queries.lock().unwrap()[0].keys().cloned().collect();
    assert_eq!(sent, ["limit", "offset"]);
}

#[tokio::test]
async fn a_customer_that_does_not_fit_the_spec_is_an_error_in_its_place_and_the_walk_goes_on() {
    let mut store = Store::with(250);
    // Customer 150 (second page) has a wrongly typed field; customer 220 (third page) is not
    // an object at all.
    store.customers[149]["shippingAddresses"] = json!([{"id": "not a number"}]);
    store.customers[219] = json!("not a customer");
    let (server, _store) = serve(store).await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let items = every_item(&ecwid).await;
    assert_eq!(
        items.len(),
        250,
        "one item per customer, the bad ones included"
    );
    let good: Vec<i64> = items
        .iter()
        .filter_map(|item| item.as_ref().ok()?.id)
        .collect();
    let expected: Vec<i64> = (1..=250).filter(|&id| id != 150 && id != 220).collect();
    assert_eq!(good, expected);
    let errors: Vec<String> = items
        .iter()
        .filter_map(|item| item.as_ref().err())
        .inspect(|err| assert!(err.is_customer_error()))
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors.len(), 2);
    assert!(
        errors[0].starts_with(
            "search_customers: customer 150 at items[149].shippingAddresses[0].id: invalid type"
        ),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("search_customers: customer at items[219]: invalid type"),
        "{errors:?}"
    );
    // The position and the order of the walk are kept.
    assert!(items[149].is_err() && items[219].is_err());
}

/// A reader of the `id` and `name` only, borrowed from the page text, that refuses the ids in
/// `refused` and counts the customers it reads.
#[derive(Default)]
struct Slim {
    refused: HashSet<i64>,
    read: Arc<AtomicUsize>,
}

#[derive(serde::Deserialize)]
struct SlimCustomer<'a> {
    id: i64,
    #[serde(borrow)]
    name: &'a str,
}

impl ReadCustomer for Slim {
    /// The id and the length of the name.
    type Output = (i64, usize);

    fn read(&self, json: &str) -> Result<Self::Output, serde_json::Error> {
        self.read.fetch_add(1, Ordering::Relaxed);
        let customer: SlimCustomer<'_> = serde_json::from_str(json)?;
        if self.refused.contains(&customer.id) {
            return Err(serde::de::Error::custom("refused by the reader"));
        }
        Ok((customer.id, customer.name.len()))
    }

    fn id(output: &Self::Output) -> Option<i64> {
        Some(output.0)
    }
}

#[tokio::test]
async fn a_custom_reader_walks_every_customer_once_with_the_same_total() {
    let (server, store) = serve(Store::with(1050)).await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let reader = Slim::default();
    let read = Arc::clone(&reader.read);
    let all = ecwid
        .search_all_with(&CustomerFilter::default(), reader)
        .await
        .unwrap();
    assert_eq!((all.total(), all.pages()), (1050, 11));
    let customers: Vec<(i64, usize)> = all.try_collect().await.unwrap();
    let slim_ids: Vec<i64> = customers.iter().map(|&(id, _)| id).collect();
    assert_eq!(
        slim_ids,
        (1..=1050).collect::<Vec<_>>(),
        "each once, in order"
    );
    assert!(
        customers
            .iter()
            .all(|&(id, name)| name == format!("Customer {id}").len())
    );
    assert_eq!(read.load(Ordering::Relaxed), 1050);
    assert_eq!(ecwid.stats().customers, 1050);
    assert!(store.requests_per_offset().values().all(|&n| n == 1));

    let typed = ecwid.search_all(&CustomerFilter::default()).await.unwrap();
    assert_eq!((typed.total(), typed.pages()), (1050, 11));
    let typed: Vec<_> = typed.try_collect().await.unwrap();
    assert_eq!(ids(&typed), slim_ids);
}

#[tokio::test]
async fn search_items_with_a_custom_reader_matches_search_items() {
    let (server, _store) = serve(Store::with(250)).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    for (offset, limit) in [(0, 100), (100, 100), (200, 100), (30, 7), (300, 100)] {
        let typed = ecwid
            .search_items(&CustomerFilter::default(), offset, limit)
            .await
            .unwrap();
        let slim = ecwid
            .search_items_with(&CustomerFilter::default(), offset, limit, &Slim::default())
            .await
            .unwrap();
        assert_eq!(slim.total, typed.total);
        assert_eq!(slim.total, Some(250));
        let typed_ids: Vec<i64> = typed
            .items
            .into_iter()
            .map(|item| item.unwrap().id.unwrap())
            .collect();
        let slim_ids: Vec<i64> = slim.items.into_iter().map(|item| item.unwrap().0).collect();
        assert_eq!(slim_ids, typed_ids, "offset {offset}, limit {limit}");
    }
}

#[tokio::test]
async fn a_customer_the_reader_refuses_is_an_error_in_its_place_and_the_walk_goes_on() {
    let (server, _store) = serve(Store::with(250)).await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let reader = Slim {
        refused: [1, 150].into(),
        ..Slim::default()
    };
    let items: Vec<_> = ecwid
        .search_all_with(&CustomerFilter::default(), reader)
        .await
        .unwrap()
        .collect()
        .await;
    assert_eq!(items.len(), 250, "the refused customers keep their places");
    let good: Vec<i64> = items
        .iter()
        .filter_map(|item| Some(item.as_ref().ok()?.0))
        .collect();
    let expected: Vec<i64> = (2..=250).filter(|&id| id != 150).collect();
    assert_eq!(good, expected);
    for (index, id) in [(0, 1), (149, 150)] {
        let err = items[index].as_ref().unwrap_err();
        assert!(err.is_customer_error(), "{err:?}");
        assert!(
            matches!(err.kind(), ErrorKind::InvalidCustomer { id: Some(i), index: n, .. } if *i == id && *n == index as u64),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!("search_customers: customer {id} at items[{index}]: refused by the reader")
        );
    }
    // Only the items the reader refused count as errors; the others as customers.
    assert_eq!(ecwid.stats().customers, 248);
}

#[tokio::test]
async fn a_success_answer_that_is_not_a_page_is_an_error_of_the_walk() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(b"<html>\xff</html>".to_vec(), "text/html"),
        )
        .mount(&server)
        .await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let err = ecwid
        .search_all(&CustomerFilter::default())
        .await
        .unwrap_err();
    assert!(!err.is_customer_error());
    assert!(
        matches!(err.kind(), ErrorKind::InvalidResponse { status: Some(s), .. } if s.as_u16() == 200),
        "{err:?}"
    );
    let err = ecwid
        .search_items_with(&CustomerFilter::default(), 0, 100, &Slim::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InvalidResponse { .. }),
        "{err:?}"
    );
}
