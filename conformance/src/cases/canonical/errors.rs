//! Refusals: authentication, bad parameters, methods and paths the API lacks, and the operation
//! the platform lacks. Each answer must carry the spec's status, code and error body.

use reqwest::Method;
use reqwest::header::{ALLOW, AUTHORIZATION, CONTENT_TYPE};

use super::context::CanonicalCtx;
use super::created_customers::plain_customer;
use super::expected_answers::{error_chain, expect_error, expect_raw_error};
use super::writes::UNKNOWN_ID;
use crate::capability::Capability;
use crate::case::Verdict;
use crate::check::{expect_eq, fail, skip};

/// The message of an operation the platform lacks, fixed by the spec.
pub(super) const NOT_AVAILABLE: &str = "The resource is not available for this ecommerce";

/// Every operation without an `Authorization` header answers 401 `UNAUTHORIZED`.
pub(super) async fn auth_missing_key(ctx: &CanonicalCtx) -> Verdict {
    let body = serde_json::to_vec(&serde_json::json!({
        "customer": plain_customer(ctx.run(), "nokey")
    }))
    .unwrap_or_default();
    let one = format!("/api/v2/customers/{UNKNOWN_ID}");
    let orders = format!("{one}/orders");
    let operations: [(Method, &str, bool); 7] = [
        (Method::GET, "/api/v2/customers", false),
        (Method::GET, "/api/v2/customers/count", false),
        (Method::GET, &one, false),
        (Method::POST, "/api/v2/customers", true),
        (Method::PUT, &one, true),
        (Method::DELETE, &one, false),
        (Method::GET, &orders, false),
    ];
    for (method, path, with_body) in operations {
        let what = format!("{method} {path} without a key");
        let mut request = ctx.request_without_key(method, path);
        if with_body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        expect_raw_error(&what, request.send().await, 401, "UNAUTHORIZED").await?;
    }
    Ok(())
}

/// The right key under another scheme than `Bearer` (`Token <key>`, `Basic <key>`, the bare key)
/// answers 401 `UNAUTHORIZED`.
pub(super) async fn auth_bearer_only(ctx: &CanonicalCtx) -> Verdict {
    let key = ctx.api_key();
    for (scheme, value) in [
        ("Token", format!("Token {key}")),
        ("Basic", format!("Basic {key}")),
        ("no scheme", key.to_owned()),
    ] {
        let response = ctx
            .request_without_key(Method::GET, "/api/v2/customers?limit=1")
            .header(AUTHORIZATION, value)
            .send()
            .await;
        expect_raw_error(
            &format!("GET /api/v2/customers with the key under {scheme}"),
            response,
            401,
            "UNAUTHORIZED",
        )
        .await?;
    }
    Ok(())
}

/// A wrong key answers 401 `UNAUTHORIZED`, for a list and for one customer.
pub(super) async fn auth_wrong_key(ctx: &CanonicalCtx) -> Verdict {
    let wrong = ctx.client_with_key(&format!("wrong-key-{}", ctx.run()))?;
    expect_error(
        "GET /api/v2/customers with a wrong key",
        wrong.raw().list_customers().send(),
        401,
        "UNAUTHORIZED",
    )
    .await?;
    let id = ctx.any_customer_id().await?;
    expect_error(
        &format!("GET /api/v2/customers/{id} with a wrong key"),
        wrong.raw().get_customer().id(id.as_str()).send(),
        401,
        "UNAUTHORIZED",
    )
    .await
    .map(drop)
}

/// `GET /customers/{id}/orders` of an existing customer answers 400 `RESOURCE_NOT_AVAILABLE`,
/// "The resource is not available for this ecommerce".
pub(super) async fn orders_not_available(ctx: &CanonicalCtx) -> Verdict {
    if ctx.has(Capability::Orders) {
        let how = ctx
            .capabilities()
            .get(Capability::Orders)
            .map_or(String::new(), |f| format!(" ({})", f.how));
        return Err(skip(format!("the target has customer orders{how}")));
    }
    let id = ctx.any_customer_id().await?;
    let what = format!("GET /api/v2/customers/{id}/orders");
    let error = expect_error(
        &what,
        ctx.client().list_customer_orders().id(id.as_str()).send(),
        400,
        "RESOURCE_NOT_AVAILABLE",
    )
    .await?;
    expect_eq(
        &format!("{what}: `message`"),
        NOT_AVAILABLE,
        error.message.as_str(),
    )
}

/// `GET /customers/{id}/orders` of an existing customer answers 200 `{"success": true,
/// "orders": [...]}`, and of an unknown customer 404 `NOT_FOUND`.
pub(super) async fn orders_list(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.any_customer_id().await?;
    let what = format!("GET /api/v2/customers/{id}/orders");
    let answer = super::expected_answers::expect_ok(
        &what,
        ctx.client().list_customer_orders().id(id.as_str()).send(),
    )
    .await?;
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    expect_error(
        &format!("GET /api/v2/customers/{UNKNOWN_ID}/orders"),
        ctx.client().list_customer_orders().id(UNKNOWN_ID).send(),
        404,
        "NOT_FOUND",
    )
    .await
    .map(drop)
}

/// Each raw `GET /api/v2/customers` with one bad `(name, value)` answers 400 `BAD_REQUEST`.
async fn bad_list_parameters(ctx: &CanonicalCtx, bad: &[(&str, &str)]) -> Verdict {
    for &(name, value) in bad {
        let response = ctx
            .request(Method::GET, "/api/v2/customers")
            .query(&[(name, value)])
            .send()
            .await;
        expect_raw_error(
            &format!("GET /api/v2/customers?{name}={value}"),
            response,
            400,
            "BAD_REQUEST",
        )
        .await?;
    }
    Ok(())
}

/// `limit` above 100, zero, negative or not a number answers 400 `BAD_REQUEST`.
pub(super) async fn bad_limit(ctx: &CanonicalCtx) -> Verdict {
    expect_error(
        "GET /api/v2/customers?limit=101",
        ctx.client().list_customers().limit(101u64).send(),
        400,
        "BAD_REQUEST",
    )
    .await?;
    bad_list_parameters(ctx, &[("limit", "0"), ("limit", "-5"), ("limit", "ten")]).await
}

/// `page` zero, negative or not a number answers 400 `BAD_REQUEST`.
pub(super) async fn bad_page(ctx: &CanonicalCtx) -> Verdict {
    bad_list_parameters(ctx, &[("page", "0"), ("page", "-1"), ("page", "second")]).await
}

/// A date filter that is not an ISO 8601 date or date-time (a word, a 13th month, a UNIX
/// timestamp) answers 400 `BAD_REQUEST`.
pub(super) async fn bad_date(ctx: &CanonicalCtx) -> Verdict {
    bad_list_parameters(
        ctx,
        &[
            ("createdAt[from]", "yesterday"),
            ("updatedAt[to]", "2024-13-45T00:00:00Z"),
            ("createdAt[to]", "1704067200"),
        ],
    )
    .await
}

/// A method a path lacks answers 405 `METHOD_NOT_ALLOWED` with the error body and an `Allow`
/// header listing the methods the path has.
pub(super) async fn method_not_allowed(ctx: &CanonicalCtx) -> Verdict {
    let one = format!("/api/v2/customers/{UNKNOWN_ID}");
    let cases: [(Method, &str, &[&str]); 3] = [
        (Method::PATCH, &one, &["GET", "PUT", "DELETE"]),
        (Method::DELETE, "/api/v2/customers", &["GET", "POST"]),
        (Method::POST, "/api/v2/customers/count", &["GET"]),
    ];
    for (method, path, allowed) in cases {
        let what = format!("{method} {path}");
        let response = ctx
            .request(method.clone(), path)
            .send()
            .await
            .map_err(|e| fail(format!("{what}: no answer: {}", error_chain(&e))))?;
        let allow = response
            .headers()
            .get(ALLOW)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_uppercase();
        expect_raw_error(&what, Ok(response), 405, "METHOD_NOT_ALLOWED").await?;
        let listed: Vec<&str> = allow.split(',').map(str::trim).collect();
        for wanted in allowed {
            if !listed.contains(wanted) {
                return Err(fail(format!(
                    "{what}: the 405 must list {allowed:?} in `Allow`, got {allow:?}"
                )));
            }
        }
        if listed.contains(&method.as_str()) {
            return Err(fail(format!(
                "{what}: the 405's `Allow` lists the refused method: {allow:?}"
            )));
        }
    }
    Ok(())
}

/// A path the API does not have answers 404 `NOT_FOUND` with the error body.
pub(super) async fn unknown_path(ctx: &CanonicalCtx) -> Verdict {
    let path = "/api/v2/no-such-resource";
    let response = ctx.request(Method::GET, path).send().await;
    expect_raw_error(&format!("GET {path}"), response, 404, "NOT_FOUND")
        .await
        .map(drop)
}
