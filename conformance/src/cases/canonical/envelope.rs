//! Envelopes and the customer shape: `{"success": true, ...}` around every answer, every field of
//! a customer of the type the spec gives it.

use ecartapi_client::types::Customer;
use reqwest::Method;
use serde_json::{Value, json};

use super::compare::same_customer;
use super::context::CanonicalCtx;
use super::expected_answers::{describe, expect_ok};
use super::query::Query;
use super::shape::{blank_strings, customer_problems};
use crate::capability::Capability;
use crate::case::Verdict;
use crate::check::{ensure, expect_eq, fail, skip};

/// `GET /customers?limit=5`: `{"success": true, "customers": [...]}` with at most 5 customers.
pub(super) async fn list_envelope(ctx: &CanonicalCtx) -> Verdict {
    let what = "GET /api/v2/customers?limit=5";
    let page = expect_ok(what, ctx.client().list_customers().limit(5u64).send()).await?;
    expect_eq(&format!("{what}: `success`"), true, page.success)?;
    ensure(page.customers.len() <= 5, || {
        format!("{what}: {} customers on a page of 5", page.customers.len())
    })
}

/// `GET /customers/{id}`: `{"success": true, "customer": {...}}` with that id.
pub(super) async fn get_envelope(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.any_customer_id().await?;
    let what = format!("GET /api/v2/customers/{id}");
    let answer = expect_ok(&what, ctx.client().get_customer().id(id.as_str()).send()).await?;
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    expect_eq(&format!("{what}: `customer.id`"), &id, &answer.customer.id)
}

/// `GET /customers/count`: `{"success": true, "count": N}` with N >= 0.
pub(super) async fn count_envelope(ctx: &CanonicalCtx) -> Verdict {
    let what = "GET /api/v2/customers/count";
    let answer = expect_ok(what, ctx.client().count_customers().send()).await?;
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    ensure(answer.count >= 0, || {
        format!("{what}: `count` is negative: {}", answer.count)
    })
}

/// Each customer of a page reads exactly as `GET /customers/{id}` reads it: one customer, one
/// shape, however it is fetched (a server may build lists and single reads differently, as the
/// gateway does: a list maps Ecwid's page text straight to canonical JSON).
pub(super) async fn list_matches_get(ctx: &CanonicalCtx) -> Verdict {
    let page = ctx
        .list(&Query {
            limit: Some(20),
            ..Query::default()
        })
        .await?;
    if page.is_empty() {
        return Err(skip("the store has no customers"));
    }
    for listed in &page {
        let read = ctx.get(&listed.id).await?;
        same_customer(
            &format!(
                "customer {} in GET /api/v2/customers?limit=20 differs from GET /api/v2/customers/{} at",
                listed.id, listed.id
            ),
            &read,
            listed,
        )?;
    }
    Ok(())
}

/// Every kind of answer, success or error, is `application/json`.
pub(super) async fn content_type_json(ctx: &CanonicalCtx) -> Verdict {
    let unknown = format!("/api/v2/customers/{}", super::writes::UNKNOWN_ID);
    let requests = [
        (Method::GET, "/api/v2/customers?limit=1", 200),
        (Method::GET, "/api/v2/customers/count", 200),
        (Method::GET, unknown.as_str(), 404),
        (Method::GET, "/api/v2/customers?limit=0", 400),
        (Method::PATCH, "/api/v2/customers", 405),
    ];
    for (method, path, status) in requests {
        if path.ends_with("/count") && !ctx.has(Capability::Count) {
            continue;
        }
        let what = format!("{method} {path}");
        let response = ctx.request(method, path).send().await.map_err(|e| {
            fail(format!(
                "{what}: no answer: {}",
                super::expected_answers::error_chain(&e)
            ))
        })?;
        expect_eq(
            &format!("{what}: status"),
            status,
            response.status().as_u16(),
        )?;
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        ensure(content_type.starts_with("application/json"), || {
            format!("{what}: expected Content-Type application/json, got {content_type:?}")
        })?;
    }
    Ok(())
}

/// The raw JSON of the first page (100 customers) and, when the run creates, of the fixture's
/// rich customer (addresses, phone, note).
async fn sample_customers(
    ctx: &CanonicalCtx,
) -> Result<Vec<(String, Value)>, crate::case::Failure> {
    let page = ctx
        .get_json::<serde_json::Value>("/api/v2/customers", &[("limit", "100")])
        .await?;
    let customers = page
        .get("customers")
        .and_then(Value::as_array)
        .ok_or_else(|| fail("GET /api/v2/customers?limit=100: no `customers` array"))?;
    let mut sample: Vec<(String, Value)> = customers
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("list customers[{i}]"), c.clone()))
        .collect();
    if ctx.has(Capability::Create) {
        let rich = ctx.fixture().await?.created_pair()?.0.id.clone();
        let one = ctx
            .get_json::<serde_json::Value>(&format!("/api/v2/customers/{rich}"), &[])
            .await?;
        let customer = one.get("customer").cloned().ok_or_else(|| {
            fail(format!(
                "GET /api/v2/customers/{rich}: no `customer` object"
            ))
        })?;
        sample.push((format!("customer {rich}"), customer));
    } else if sample.is_empty() {
        return Err(skip(
            "the store has no customers and the target cannot create one (no create)",
        ));
    }
    Ok(sample)
}

/// Every field of every customer of the first page and of a customer with addresses has the
/// spec's type: `id` a non-empty string, dates RFC 3339, addresses with country and state objects,
/// ISO codes.
pub(super) async fn customer_shape(ctx: &CanonicalCtx) -> Verdict {
    let problems: Vec<String> = sample_customers(ctx)
        .await?
        .iter()
        .flat_map(|(path, customer)| customer_problems(path, customer))
        .collect();
    ensure(problems.is_empty(), || {
        format!(
            "{} fields break the Customer schema: {}",
            problems.len(),
            problems
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        )
    })
}

/// No customer field is an empty or blank string: absent, null and empty are one thing, and a
/// server sends absent.
pub(super) async fn no_blank_strings(ctx: &CanonicalCtx) -> Verdict {
    let blanks: Vec<String> = sample_customers(ctx)
        .await?
        .iter()
        .flat_map(|(path, customer)| blank_strings(path, customer))
        .collect();
    ensure(blanks.is_empty(), || {
        format!(
            "{} blank strings, expected the fields absent: {}",
            blanks.len(),
            blanks
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        )
    })
}

/// The two customers of Ecwid's search example, as the spec's list example maps them.
fn ecwid_example_customers() -> Value {
    json!([
        {
            "id": "177737165",
            "email": "[email protected]",
            "firstName": "Support",
            "lastName": "team",
            "dates": {"createdAt": "2021-12-21T06:05:58Z", "updatedAt": "2024-06-04T21:15:10Z"},
            "addresses": []
        },
        {
            "id": "277137633",
            "email": "[email protected]",
            "firstName": "test",
            "phone": "00000000000",
            "dates": {"createdAt": "2024-08-21T07:52:09Z", "updatedAt": "2024-08-21T07:52:09Z"},
            "addresses": [{
                "id": "193416515",
                "firstName": "test",
                "address1": "test",
                "city": "test",
                "phone": "00000000000",
                "company": "test",
                "defaultBilling": false,
                "defaultShipping": true,
                "country": {"code": "GE", "name": "Georgia", "codeIso2": "GE", "codeIso3": "GEO"},
                "state": {"code": "TB", "name": "Tbilisi"}
            }]
        }
    ])
}

/// A store holding the two customers of Ecwid's search example serves each exactly as the
/// spec's example maps it.
pub(super) async fn ecwid_example_mapped(ctx: &CanonicalCtx) -> Verdict {
    let Value::Array(examples) = ecwid_example_customers() else {
        unreachable!("the examples are an array");
    };
    for example in examples {
        let expected: Customer = serde_json::from_value(example)
            .map_err(|e| fail(format!("the spec example does not parse: {e}")))?;
        let what = format!("GET /api/v2/customers/{}", expected.id);
        let got = match ctx
            .client()
            .get_customer()
            .id(expected.id.as_str())
            .send()
            .await
        {
            Ok(answer) => answer.into_inner().customer,
            Err(e) if e.status().is_some_and(|s| s == 404) => {
                return Err(skip(format!(
                    "the store does not hold customer {} of Ecwid's search example (404)",
                    expected.id
                )));
            }
            Err(e) => return Err(fail(format!("{what}: expected 200, {}", describe(e).await))),
        };
        same_customer(
            &format!("{what}: differs from the spec's example at"),
            &expected,
            &got,
        )?;
    }
    Ok(())
}
