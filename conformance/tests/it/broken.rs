//! The suite can fail: a proxy in front of the in-process gateway breaks one part of the contract
//! at a time, and the cases about that part fail (while the others still pass), with a message
//! that says what was expected and what came.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, HOST, TRANSFER_ENCODING};
use axum::response::Response;
use conformance::{CanonicalTarget, InProcess, Report, RunOptions, Target, run};

use crate::outcome::{assert_passed, failure};
use serde_json::Value;
use tokio::net::TcpListener;

/// What the proxy saw of one exchange.
struct Seen {
    method: String,
    path: String,
    query: String,
    status: u16,
    authorization: String,
}

/// How the proxy changes a JSON answer.
type Rewrite = fn(&Seen, Value) -> Value;

struct Proxy {
    upstream: String,
    http: reqwest::Client,
    rewrite: Rewrite,
}

/// Forward the request to the gateway, rewrite the JSON answer, send it back.
async fn forward(State(proxy): State<Arc<Proxy>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, usize::MAX)
        .await
        .expect("the request body reads");
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut upstream = proxy
        .http
        .request(
            parts.method.clone(),
            format!("{}{path_and_query}", proxy.upstream),
        )
        .body(body);
    for (name, value) in &parts.headers {
        if name != HOST && name != CONTENT_LENGTH {
            upstream = upstream.header(name, value);
        }
    }
    let answer = upstream.send().await.expect("the gateway answers");
    let status = answer.status();
    let headers = answer.headers().clone();
    let bytes = answer.bytes().await.expect("the gateway's body reads");
    let seen = Seen {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or_default().to_owned(),
        status: status.as_u16(),
        authorization: parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
    };
    let bytes = match serde_json::from_slice::<Value>(&bytes) {
        Ok(json) => serde_json::to_vec(&(proxy.rewrite)(&seen, json)).expect("JSON writes"),
        Err(_) => bytes.to_vec(),
    };
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    for (name, value) in &headers {
        if name != CONTENT_LENGTH && name != TRANSFER_ENCODING {
            response.headers_mut().append(name, value.clone());
        }
    }
    response
}

/// Run the cases `only` through a proxy applying `rewrite` in front of a fresh in-process
/// gateway over 250 generated customers.
async fn run_through(rewrite: Rewrite, only: &[&str]) -> Report {
    let servers = InProcess::start(250, 11).await.expect("the servers start");
    let gateway = servers
        .target()
        .canonical
        .clone()
        .expect("a canonical target");
    let proxy = Arc::new(Proxy {
        upstream: gateway.base_url.clone(),
        http: reqwest::Client::new(),
        rewrite,
    });
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("the proxy binds");
    let address = listener.local_addr().expect("the proxy has an address");
    let app = Router::new().fallback(forward).with_state(proxy);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let target = Target {
        canonical: Some(CanonicalTarget::new(
            format!("http://{address}"),
            gateway.api_key,
        )),
        ecwid: None,
    };
    let options = RunOptions {
        only: only.iter().map(|id| (*id).to_owned()).collect(),
        ..RunOptions::default()
    };
    let report = run(&target, &options).await;
    server.abort();
    servers.shutdown().await.expect("the servers stop");
    let mut table = Vec::new();
    report.print_table(&mut table).expect("the table prints");
    println!("{}", String::from_utf8_lossy(&table));
    report
}

fn is_list(seen: &Seen) -> bool {
    seen.method == "GET" && seen.path == "/api/v2/customers" && seen.status == 200
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_with_the_wrong_envelope_fails_the_envelope_case() {
    fn rename_customers(seen: &Seen, mut body: Value) -> Value {
        if is_list(seen)
            && let Some(fields) = body.as_object_mut()
            && let Some(customers) = fields.remove("customers")
        {
            fields.insert("data".into(), customers);
        }
        body
    }
    let report = run_through(
        rename_customers,
        &["canonical.list.envelope", "canonical.count.envelope"],
    )
    .await;
    let why = failure(&report, "canonical.list.envelope");
    assert!(why.contains("GET /api/v2/customers?limit=5"), "{why}");
    assert!(why.contains("missing field `customers`"), "{why}");
    assert_passed(&report, "canonical.count.envelope");
    assert!(!report.passed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_dropped_from_page_two_fails_pagination_and_count() {
    fn drop_last_of_page_two(seen: &Seen, mut body: Value) -> Value {
        if is_list(seen)
            && seen.query.split('&').any(|pair| pair == "page=2")
            && let Some(customers) = body.get_mut("customers").and_then(Value::as_array_mut)
        {
            customers.pop();
        }
        body
    }
    let report = run_through(
        drop_last_of_page_two,
        &[
            "canonical.list.pagination",
            "canonical.count.agrees_with_list",
            "canonical.list.limit",
        ],
    )
    .await;
    // Page 2 comes back one short, so the walk stops there and misses the run's own customers.
    let why = failure(&report, "canonical.list.pagination");
    assert!(
        why.starts_with("pages of 100: the 199 customers met do not include"),
        "{why}"
    );
    let why = failure(&report, "canonical.count.agrees_with_list");
    assert!(
        why.starts_with("GET /api/v2/customers/count versus the customers met walking every page"),
        "{why}"
    );
    assert_passed(&report, "canonical.list.limit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_numeric_id_and_an_ecwid_date_fail_the_shape_case() {
    fn corrupt_first(seen: &Seen, mut body: Value) -> Value {
        if is_list(seen)
            && let Some(first) = body.pointer_mut("/customers/0")
        {
            first["id"] = Value::from(177_737_165);
            first["dates"] = serde_json::json!({"createdAt": "2021-12-21 06:05:58 +0000"});
        }
        body
    }
    let report = run_through(
        corrupt_first,
        &["canonical.customer.shape", "canonical.create.then_get"],
    )
    .await;
    let why = failure(&report, "canonical.customer.shape");
    assert!(
        why.contains("list customers[0].id: expected a string, got 177737165"),
        "{why}"
    );
    assert!(
        why.contains("list customers[0].dates.createdAt: expected an RFC 3339 date-time"),
        "{why}"
    );
    assert_passed(&report, "canonical.create.then_get");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_error_body_without_code_fails_and_the_key_it_echoes_is_redacted() {
    fn leak_key_instead_of_code(seen: &Seen, mut body: Value) -> Value {
        if seen.status >= 400
            && let Some(fields) = body.as_object_mut()
        {
            fields.remove("code");
            fields.insert("echo".into(), Value::from(seen.authorization.clone()));
        }
        body
    }
    let report = run_through(
        leak_key_instead_of_code,
        &[
            "canonical.get.unknown",
            "canonical.errors.unknown_path",
            "canonical.list.envelope",
        ],
    )
    .await;
    let why = failure(&report, "canonical.get.unknown");
    assert!(why.contains("expected code \"NOT_FOUND\""), "{why}");
    // The raw check quotes the whole body, echoed key included: the report redacts it.
    let why = failure(&report, "canonical.errors.unknown_path");
    assert!(why.contains("expected code \"NOT_FOUND\""), "{why}");
    assert!(
        why.contains("Bearer [redacted]"),
        "the echoed key is redacted: {why}"
    );
    assert!(!why.contains("conformance-key-"), "the key leaked: {why}");
    assert!(!format!("{report:?}").contains("conformance-key-"));
    assert_passed(&report, "canonical.list.envelope");
}
