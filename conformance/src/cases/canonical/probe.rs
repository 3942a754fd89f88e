//! Which optional parts of the API the target has ([`Capability`]), learnt by asking each once in
//! a way that leaves nothing behind: a create without names, an update and a delete of an
//! unknown id, a one-customer list with each filter. An answer of 400 `RESOURCE_NOT_AVAILABLE`
//! (or that code's message) means the target lacks it; any other answer means it has it, and the
//! cases judge the answers.

use std::collections::BTreeMap;

use reqwest::Method;
use reqwest::header::CONTENT_TYPE;
use serde_json::Value;

use super::context::CanonicalCtx;
use super::errors::NOT_AVAILABLE;
use super::expected_answers::error_chain;
use super::writes::UNKNOWN_ID;
use crate::capability::{Capabilities, Capability, Finding};

/// Why a run cannot check the target at all.
pub(crate) type Unreachable = String;

/// Every capability: as `given` says, or probed. `Err` when the target does not answer, or
/// refuses the key.
pub(crate) async fn probe(
    ctx: &CanonicalCtx,
    given: &BTreeMap<Capability, bool>,
) -> Result<Capabilities, Unreachable> {
    let first_id = reachable(ctx).await?;
    let mut found = Capabilities::default();
    for capability in Capability::ALL {
        let finding = match given.get(&capability) {
            Some(&present) => Finding {
                present,
                probed: false,
                how: format!("given as {}", if present { "present" } else { "absent" }),
            },
            None => ask(ctx, capability, first_id.as_deref()).await?,
        };
        found.set(capability, finding);
    }
    Ok(found)
}

/// `GET /customers?limit=1` answers, and not 401: the id of the first customer, if any.
async fn reachable(ctx: &CanonicalCtx) -> Result<Option<String>, Unreachable> {
    let what = "GET /api/v2/customers?limit=1";
    let response = ctx
        .request(Method::GET, "/api/v2/customers?limit=1")
        .send()
        .await
        .map_err(|e| format!("{what}: no answer: {}", error_chain(&e)))?;
    let status = response.status().as_u16();
    if status == 401 {
        return Err(format!("{what}: the target refused the API key (401)"));
    }
    let body: Value = response.json().await.unwrap_or(Value::Null);
    Ok(body
        .pointer("/customers/0/id")
        .and_then(Value::as_str)
        .map(str::to_owned))
}

/// Ask the target for `capability` once.
async fn ask(
    ctx: &CanonicalCtx,
    capability: Capability,
    first_id: Option<&str>,
) -> Result<Finding, Unreachable> {
    let unknown = format!("/api/v2/customers/{UNKNOWN_ID}");
    let filter = |query: &str| (Method::GET, format!("/api/v2/customers?limit=1&{query}"));
    let since = first_id.unwrap_or(UNKNOWN_ID);
    let (method, path) = match capability {
        Capability::Count => (Method::GET, "/api/v2/customers/count".to_owned()),
        Capability::Create => (Method::POST, "/api/v2/customers".to_owned()),
        Capability::Update => (Method::PUT, unknown),
        Capability::Delete => (Method::DELETE, unknown),
        Capability::Orders => (
            Method::GET,
            format!(
                "/api/v2/customers/{}/orders",
                first_id.unwrap_or(UNKNOWN_ID)
            ),
        ),
        Capability::FilterName => filter("name=conformance-probe"),
        Capability::FilterSearch => filter("search=conformance-probe"),
        Capability::FilterEmail => filter("email=conformance-probe%40example.com"),
        Capability::FilterIds => filter(&format!("ids={UNKNOWN_ID}")),
        Capability::FilterSinceId => filter(&format!("sinceId={since}")),
        Capability::FilterCreatedAt => filter("createdAt%5Bfrom%5D=2000-01-01T00:00:00Z"),
        Capability::FilterUpdatedAt => filter("updatedAt%5Bfrom%5D=2000-01-01T00:00:00Z"),
    };
    let mut request = ctx.request(method.clone(), &path);
    if matches!(capability, Capability::Create | Capability::Update) {
        // No names: a target that creates refuses it (400 BAD_REQUEST), one that cannot answers
        // RESOURCE_NOT_AVAILABLE; nothing is written either way.
        request = request
            .header(CONTENT_TYPE, "application/json")
            .body(r#"{"customer": {}}"#);
    }
    let what = format!("{method} {path}");
    let response = request
        .send()
        .await
        .map_err(|e| format!("{what}: no answer: {}", error_chain(&e)))?;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if capability == Capability::Create
        && status == 200
        && let Some(id) = body.pointer("/customer/id").and_then(Value::as_str)
    {
        // A target that created a customer without names: gone at the end all the same.
        ctx.remember(id);
    }
    let absent = status == 400 && not_available(&body);
    Ok(Finding {
        present: !absent,
        probed: true,
        how: if absent {
            format!("the target answered 400 RESOURCE_NOT_AVAILABLE to {what}")
        } else {
            format!("the target answered {status} to {what}")
        },
    })
}

/// An error body saying the platform lacks the resource: its `code`, or its message.
fn not_available(body: &Value) -> bool {
    body.get("code").and_then(Value::as_str) == Some("RESOURCE_NOT_AVAILABLE")
        || body.get("message").and_then(Value::as_str) == Some(NOT_AVAILABLE)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_code_or_the_message_says_not_available() {
        assert!(not_available(&json!({
            "success": false, "message": "x", "code": "RESOURCE_NOT_AVAILABLE"
        })));
        assert!(not_available(&json!({
            "success": false, "message": NOT_AVAILABLE
        })));
        assert!(!not_available(&json!({
            "success": false, "message": "firstName is required", "code": "BAD_REQUEST"
        })));
        assert!(!not_available(&Value::Null));
    }
}
