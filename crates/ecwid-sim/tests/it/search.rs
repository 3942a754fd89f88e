//! Search: Ecwid's documented example, every filter against an independent reading of the store, every
//! `sortBy`, paging and `responseFields`.

use std::collections::BTreeSet;

use ecwid_client::dates::parse_response_date;
use ecwid_client::types::{Customer, CustomersSearchResult};
use reqwest::StatusCode;
use serde_json::{Value, json};
use spec_examples::{ECWID, Spec, same_json};

use crate::support::{TestStore, json};

const SORTS: [&str; 16] = [
    "NAME_ASC",
    "NAME_DESC",
    "EMAIL_ASC",
    "EMAIL_DESC",
    "ORDER_COUNT_ASC",
    "ORDER_COUNT_DESC",
    "REGISTERED_DATE_DESC",
    "REGISTERED_DATE_ASC",
    "UPDATED_DATE_DESC",
    "UPDATED_DATE_ASC",
    "SALES_VALUE_ASC",
    "SALES_VALUE_DESC",
    "FIRST_ORDER_DATE_ASC",
    "FIRST_ORDER_DATE_DESC",
    "LAST_ORDER_DATE_ASC",
    "LAST_ORDER_DATE_DESC",
];

fn ids(items: &[Value]) -> Vec<i64> {
    items.iter().map(|c| c["id"].as_i64().unwrap()).collect()
}

#[tokio::test]
async fn a_store_of_the_example_customers_only_answers_the_documented_search_example() {
    let store = TestStore::with_customers(0).await;
    let (status, page) = json(store.get("/customers").send().await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let spec = Spec::load(ECWID);
    let example = spec.example(
        "/{storeId}/customers",
        "get",
        "responses/200",
        "twoCustomers",
    );
    assert!(same_json(&page, &example), "{page:#}\n---\n{example:#}");

    let (_, filtered) = json(
        store
            .get("/customers")
            .query(&[("responseFields", "total,items(id,name,email)")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    let documented = spec.example(
        "/{storeId}/customers",
        "get",
        "responses/200",
        "responseFieldsFiltered",
    );
    assert_eq!(filtered["total"], documented["total"]);
    assert_eq!(
        ids(filtered["items"].as_array().unwrap()),
        ids(documented["items"].as_array().unwrap())
    );
    for item in filtered["items"].as_array().unwrap() {
        let keys: BTreeSet<&str> = item
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, BTreeSet::from(["email", "id", "name"]));
    }
    assert_eq!(filtered.as_object().unwrap().len(), 2, "{filtered}");
}

#[tokio::test]
async fn pages_cover_the_store_once_and_limit_is_capped_at_100() {
    let store = TestStore::with_customers(250).await;
    let (_, first) = json(
        store
            .get("/customers")
            .query(&[("limit", "1000")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(first["limit"], 100);
    assert_eq!(first["count"], 100);
    assert_eq!(first["offset"], 0);
    assert_eq!(first["total"], 252);
    assert_eq!(first["allCustomerCount"], 252);
    let (_, default) = json(store.get("/customers").send().await.unwrap()).await;
    assert_eq!(default["limit"], 100);
    assert_eq!(default["items"], first["items"]);

    let walked = ids(&store.search_all(&[], 37).await);
    let unique: BTreeSet<i64> = walked.iter().copied().collect();
    assert_eq!(unique.len(), walked.len(), "no customer twice");
    assert_eq!(unique, store.sim.store().ids().into_iter().collect());

    let (_, past_end) = json(
        store
            .get("/customers")
            .query(&[("offset", "252")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (past_end["count"].as_i64(), past_end["total"].as_i64()),
        (Some(0), Some(252))
    );
    assert_eq!(past_end["items"], json!([]));
    let (_, last) = json(
        store
            .get("/customers")
            .query(&[("offset", "250"), ("limit", "5")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(last["count"], 2);
    assert_eq!(last["offset"], 250);
}

/// The sort key of a customer as the test reads it: (key, present). Absent values sort first
/// ascending, like `None < Some`.
fn sort_key(customer: &Customer, sort: &str) -> (Option<String>, Option<i64>, Option<f64>) {
    let date = |text: Option<&String>| text.map(|t| parse_response_date(t).unwrap().timestamp());
    let stats = customer.stats.as_ref();
    match sort.rsplit_once('_').unwrap().0 {
        "NAME" => (customer.name.as_ref().map(|n| n.to_lowercase()), None, None),
        "EMAIL" => (
            customer.email.as_ref().map(|n| n.to_lowercase()),
            None,
            None,
        ),
        "ORDER_COUNT" => (None, customer.total_order_count, None),
        "REGISTERED_DATE" => (None, date(customer.registered.as_ref()), None),
        "UPDATED_DATE" => (None, date(customer.updated.as_ref()), None),
        "SALES_VALUE" => (None, None, stats.and_then(|s| s.sales_value)),
        "FIRST_ORDER_DATE" => (
            None,
            date(stats.and_then(|s| s.first_order_date.as_ref())),
            None,
        ),
        "LAST_ORDER_DATE" => (
            None,
            date(stats.and_then(|s| s.last_order_date.as_ref())),
            None,
        ),
        other => panic!("unknown sort {other}"),
    }
}

#[tokio::test]
async fn every_sort_order_sorts_the_whole_result_with_stable_ties() {
    let store = TestStore::with_customers(180).await;
    for sort in SORTS {
        let items = store.search_all(&[("sortBy", sort)], 100).await;
        assert_eq!(items.len(), 182, "{sort}");
        let customers: Vec<Customer> = items
            .iter()
            .map(|v| serde_json::from_value(v.clone()).unwrap())
            .collect();
        let descending = sort.ends_with("_DESC");
        for pair in customers.windows(2) {
            let (a, b) = (sort_key(&pair[0], sort), sort_key(&pair[1], sort));
            let ordering = a.partial_cmp(&b).unwrap();
            let ordering = if descending {
                ordering.reverse()
            } else {
                ordering
            };
            assert!(ordering.is_le(), "{sort}: {a:?} then {b:?}");
            if ordering.is_eq() {
                assert!(pair[0].id < pair[1].id, "{sort}: ties keep ascending id");
            }
        }
    }
    // The default order is NAME_ASC.
    let (_, default) = json(store.get("/customers").send().await.unwrap()).await;
    let (_, by_name) = json(
        store
            .get("/customers")
            .query(&[("sortBy", "NAME_ASC")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(default, by_name);
}

fn contains_folded(value: Option<&String>, needle: &str) -> bool {
    value.is_some_and(|v| v.to_lowercase().contains(&needle.to_lowercase()))
}

/// City, postal code, state code, company and country code of one address of a customer.
type Place<'a> = [Option<&'a String>; 5];

/// The billing address and every shipping address.
fn places(c: &Customer) -> Vec<Place<'_>> {
    let mut out = Vec::new();
    if let Some(b) = &c.billing_person {
        out.push([
            b.city.as_ref(),
            b.postal_code.as_ref(),
            b.state_or_province_code.as_ref(),
            b.company_name.as_ref(),
            b.country_code.as_ref(),
        ]);
    }
    for a in c.shipping_addresses.iter().flatten() {
        out.push([
            a.city.as_ref(),
            a.postal_code.as_ref(),
            a.state_or_province_code.as_ref(),
            a.company_name.as_ref(),
            a.country_code.as_ref(),
        ]);
    }
    out
}

fn ts(text: Option<&String>) -> Option<i64> {
    text.map(|t| parse_response_date(t).unwrap().timestamp())
}

#[tokio::test]
async fn every_filter_finds_exactly_what_a_plain_reading_of_the_store_finds() {
    let store = TestStore::with_customers(600).await;
    let all = store.sim.store().list();
    let sample = &all[100];
    let sample_email = sample.email.clone().unwrap();
    let sample_phone = sample
        .billing_person
        .as_ref()
        .unwrap()
        .phone
        .clone()
        .unwrap();
    let phone_digits: String = sample_phone
        .chars()
        .filter(char::is_ascii_digit)
        .skip(3)
        .take(6)
        .collect();
    let registered_mid = ts(all[300].registered.as_ref()).unwrap();
    let updated_mid = ts(all[450].updated.as_ref()).unwrap();
    let mid_text = all[300].registered.clone().unwrap();
    let sdi: String = all
        .iter()
        .filter_map(|c| c.electronic_invoice_sdi_code.clone())
        .find(|code| !code.is_empty())
        .expect("an Italian b2b customer")[2..5]
        .to_lowercase();

    type Predicate<'a> = Box<dyn Fn(&Customer) -> bool + 'a>;
    let group = |c: &Customer| c.customer_group_id.unwrap_or(0);
    let orders = |c: &Customer| c.total_order_count.unwrap_or(0);
    let sales = |c: &Customer| c.stats.as_ref().and_then(|s| s.sales_value).unwrap_or(0.0);
    let cases: Vec<(Vec<(&str, String)>, Predicate<'_>)> = vec![
        (
            vec![("keyword", "ANNA".into())],
            Box::new(|c: &Customer| {
                contains_folded(c.name.as_ref(), "anna")
                    || contains_folded(c.email.as_ref(), "anna")
            }),
        ),
        (
            vec![("keyword", "müller".into())],
            Box::new(|c: &Customer| {
                contains_folded(c.name.as_ref(), "müller")
                    || contains_folded(c.email.as_ref(), "müller")
            }),
        ),
        (
            vec![("name", "Support".into())],
            Box::new(|c: &Customer| contains_folded(c.name.as_ref(), "support")),
        ),
        (
            vec![("name", "ნინო".into())],
            Box::new(|c: &Customer| contains_folded(c.name.as_ref(), "ნინო")),
        ),
        (
            vec![("email", "@GMAIL.com".into())],
            Box::new(|c: &Customer| contains_folded(c.email.as_ref(), "@gmail.com")),
        ),
        (
            vec![
                ("email", sample_email.to_uppercase()),
                ("useExactEmailMatch", "true".into()),
            ],
            Box::new(|c: &Customer| {
                c.email
                    .as_ref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(&sample_email))
            }),
        ),
        (
            vec![
                ("email", sample_email[..sample_email.len() - 2].to_owned()),
                ("useExactEmailMatch", "true".into()),
            ],
            Box::new(|_: &Customer| false),
        ),
        (
            vec![("phone", phone_digits.clone())],
            Box::new(|c: &Customer| {
                let digits = |p: &String| {
                    p.chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                        .contains(&phone_digits)
                };
                c.billing_person
                    .as_ref()
                    .and_then(|b| b.phone.as_ref())
                    .is_some_and(digits)
                    || c.shipping_addresses
                        .iter()
                        .flatten()
                        .filter_map(|a| a.phone.as_ref())
                        .any(digits)
                    || c.contacts
                        .iter()
                        .flatten()
                        .filter(|k| {
                            matches!(
                                k.type_.as_ref().map(|t| t.as_str()),
                                Some("PHONE" | "WHATSAPP" | "VIBER")
                            )
                        })
                        .filter_map(|k| k.contact.as_ref())
                        .any(digits)
            }),
        ),
        (
            vec![("city", "köln".into())],
            Box::new(|c: &Customer| places(c).iter().any(|p| contains_folded(p[0], "köln"))),
        ),
        (
            vec![("postalCode", "12".into())],
            Box::new(|c: &Customer| places(c).iter().any(|p| contains_folded(p[1], "12"))),
        ),
        (
            vec![("stateOrProvinceCode", "ny".into())],
            Box::new(|c: &Customer| {
                places(c)
                    .iter()
                    .any(|p| p[2].is_some_and(|s| s.eq_ignore_ascii_case("ny")))
            }),
        ),
        (
            vec![("companyName", "gmbh".into())],
            Box::new(|c: &Customer| places(c).iter().any(|p| contains_folded(p[3], "gmbh"))),
        ),
        (
            vec![("countryCodes", "de,GE, jp".into())],
            Box::new(|c: &Customer| {
                places(c)
                    .iter()
                    .any(|p| p[4].is_some_and(|cc| ["DE", "GE", "JP"].contains(&cc.as_str())))
            }),
        ),
        (
            vec![("lang", "uk".into())],
            Box::new(|c: &Customer| c.lang.as_deref() == Some("uk")),
        ),
        (
            vec![("customerGroup", "234567".into())],
            Box::new(move |c: &Customer| group(c) == 234_567),
        ),
        (
            vec![("customerGroupIds", "123456,234567".into())],
            Box::new(move |c: &Customer| [123_456, 234_567].contains(&group(c))),
        ),
        (
            vec![
                ("customerGroup", "0".into()),
                ("customerGroupIds", "0,123456".into()),
            ],
            Box::new(move |c: &Customer| group(c) == 0),
        ),
        (
            vec![("minOrderCount", "3".into())],
            Box::new(move |c: &Customer| orders(c) >= 3),
        ),
        (
            vec![("maxOrderCount", "0".into())],
            Box::new(move |c: &Customer| orders(c) == 0),
        ),
        (
            vec![("minOrderCount", "2".into()), ("maxOrderCount", "4".into())],
            Box::new(move |c: &Customer| (2..=4).contains(&orders(c))),
        ),
        (
            vec![("minSalesValue", "500.5".into())],
            Box::new(move |c: &Customer| sales(c) >= 500.5),
        ),
        (
            vec![("maxSalesValue", "97".into())],
            Box::new(move |c: &Customer| sales(c) <= 97.0),
        ),
        (
            vec![("acceptMarketing", "false".into())],
            Box::new(|c: &Customer| c.accept_marketing == Some(false)),
        ),
        // Ecwid's "Get customer": absent acceptMarketing means the email may be used, so `true`
        // finds it.
        (
            vec![("acceptMarketing", "true".into())],
            Box::new(|c: &Customer| c.accept_marketing != Some(false)),
        ),
        (
            vec![("b2b_b2c", "b2b".into())],
            Box::new(|c: &Customer| c.b2b_b2c.as_deref() == Some("b2b")),
        ),
        (
            vec![("taxExempt", "true".into())],
            Box::new(|c: &Customer| c.tax_exempt == Some(true)),
        ),
        (
            vec![("electronicInvoicePecEmail", "PEC.IT".into())],
            Box::new(|c: &Customer| {
                contains_folded(c.electronic_invoice_pec_email.as_ref(), "pec.it")
            }),
        ),
        (
            vec![("electronicInvoiceSdiCode", sdi.clone())],
            Box::new(|c: &Customer| contains_folded(c.electronic_invoice_sdi_code.as_ref(), &sdi)),
        ),
        (
            vec![("fiscalCode", "rss".into())],
            Box::new(|c: &Customer| contains_folded(c.fiscal_code.as_ref(), "rss")),
        ),
        (
            vec![("createdFrom", registered_mid.to_string())],
            Box::new(move |c: &Customer| {
                ts(c.registered.as_ref()).is_some_and(|t| t >= registered_mid)
            }),
        ),
        (
            vec![("createdTo", mid_text.clone())],
            Box::new(move |c: &Customer| {
                ts(c.registered.as_ref()).is_some_and(|t| t <= registered_mid)
            }),
        ),
        (
            vec![
                ("createdFrom", "2019-01-01".into()),
                ("createdTo", "2020-06-30 12:00:00".into()),
            ],
            Box::new(|c: &Customer| {
                ts(c.registered.as_ref())
                    .is_some_and(|t| (1_546_300_800..=1_593_518_400).contains(&t))
            }),
        ),
        (
            vec![("updatedFrom", updated_mid.to_string())],
            Box::new(move |c: &Customer| ts(c.updated.as_ref()).is_some_and(|t| t >= updated_mid)),
        ),
        (
            vec![("updatedTo", "2022-03-04 05:06:07 +0300".into())],
            Box::new(|c: &Customer| ts(c.updated.as_ref()).is_some_and(|t| t <= 1_646_359_567)),
        ),
        (
            vec![
                ("countryCodes", "IT".into()),
                ("b2b_b2c", "b2c".into()),
                ("minOrderCount", "1".into()),
            ],
            Box::new(move |c: &Customer| {
                places(c).iter().any(|p| p[4].is_some_and(|cc| cc == "IT"))
                    && c.b2b_b2c.as_deref() == Some("b2c")
                    && orders(c) >= 1
            }),
        ),
    ];
    for (query, predicate) in cases {
        let params: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let found: BTreeSet<i64> = ids(&store.search_all(&params, 100).await)
            .into_iter()
            .collect();
        let expected: BTreeSet<i64> = all
            .iter()
            .filter(|c| predicate(c))
            .filter_map(|c| c.id)
            .collect();
        assert_eq!(found, expected, "{query:?}");
        assert!(
            !expected.is_empty() || query.iter().any(|(k, _)| *k == "useExactEmailMatch"),
            "{query:?} should find someone in 602 customers, or the test proves nothing"
        );
    }
}

#[tokio::test]
async fn purchased_products_find_customers_with_orders_only() {
    let store = TestStore::with_customers(300).await;
    let with_orders: BTreeSet<i64> = store
        .sim
        .store()
        .list()
        .iter()
        .filter(|c| c.total_order_count.unwrap_or(0) > 0)
        .filter_map(|c| c.id)
        .collect();
    let catalogue: Vec<String> = (689_454_040..689_454_040 + 250)
        .map(|p: i64| p.to_string())
        .collect();
    let everything = catalogue.join(",");
    let found: BTreeSet<i64> = ids(&store
        .search_all(&[("purchasedProductIds", &everything)], 100)
        .await)
    .into_iter()
    .collect();
    // Every generated customer with orders bought something; the example customer with an order
    // did not say what.
    let example_ids: Vec<i64> = ecwid_sim::search_example_customers()
        .iter()
        .filter_map(|c| c.id)
        .collect();
    let generated_with_orders: BTreeSet<i64> = with_orders
        .iter()
        .copied()
        .filter(|id| !example_ids.contains(id))
        .collect();
    assert_eq!(found, generated_with_orders);
    let one: BTreeSet<i64> = ids(&store
        .search_all(&[("purchasedProductIds", "689454040")], 100)
        .await)
    .into_iter()
    .collect();
    assert!(one.is_subset(&found) && one.len() < found.len());
    let none = store
        .search_all(&[("purchasedProductIds", "1,2,3")], 100)
        .await;
    assert!(none.is_empty());
}

#[tokio::test]
async fn response_fields_strip_everything_not_listed_and_still_parse() {
    let store = TestStore::with_customers(30).await;
    let cases = [
        (
            "total,items(id,email)",
            vec!["items", "total"],
            Some(vec!["email", "id"]),
        ),
        ("count", vec!["count"], None),
        (
            "items(id,billingPerson(city)),offset,limit",
            vec!["items", "limit", "offset"],
            Some(vec!["billingPerson", "id"]),
        ),
        ("allCustomerCount,nonsense", vec!["allCustomerCount"], None),
    ];
    for (fields, top, item_keys) in cases {
        let (status, page) = json(
            store
                .get("/customers")
                .query(&[("responseFields", fields), ("limit", "10")])
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let keys: Vec<&str> = page
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, top, "{fields}");
        if let Some(item_keys) = item_keys {
            for item in page["items"].as_array().unwrap() {
                let keys: Vec<&str> = item
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                assert!(
                    keys.iter().all(|k| item_keys.contains(k)),
                    "{fields}: {keys:?}"
                );
                if let Some(billing) = item.get("billingPerson") {
                    assert_eq!(
                        billing.as_object().unwrap().keys().collect::<Vec<_>>(),
                        ["city"]
                    );
                }
            }
        }
        let typed: CustomersSearchResult = serde_json::from_value(page).unwrap();
        assert_eq!(
            typed.all_customer_count.is_some(),
            top.contains(&"allCustomerCount")
        );
    }
}
