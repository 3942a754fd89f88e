//! The gateway's request-body check of a create and an update (content type, UTF-8, the spec's
//! shape, the typed parse) on the spec's own example bodies: the work every `POST` and `PUT` does
//! before it asks Ecwid anything.
//!
//! `cargo bench -p ecart-gateway`; the figures go in BENCHMARKS.md.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};
use divan::{Bencher, black_box};
use ecart_gateway::body_check_for_benches as check;
use spec_examples::{ECARTAPI, Spec};

fn main() {
    divan::main();
}

fn json_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers
}

/// The spec's example body of `operation` (`post` or `put`), named `name`.
fn example(path: &str, operation: &str, name: &str) -> Bytes {
    let body = Spec::load(ECARTAPI).example(path, operation, "requestBody", name);
    Bytes::from(serde_json::to_vec(&body).expect("JSON"))
}

/// `POST /api/v2/customers` with the spec's `mary`: names, email, phone, note, one address.
#[divan::bench]
fn create(bencher: Bencher) {
    let headers = json_headers();
    let body = example("/api/v2/customers", "post", "mary");
    assert!(check::create(&headers, body.clone()), "the example passes");
    bencher.bench(|| check::create(black_box(&headers), black_box(body.clone())));
}

/// `PUT /api/v2/customers/{id}` with the spec's `note`: a phone and a note.
#[divan::bench]
fn update(bencher: Bencher) {
    let headers = json_headers();
    let body = example("/api/v2/customers/{id}", "put", "note");
    assert!(check::update(&headers, body.clone()), "the example passes");
    bencher.bench(|| check::update(black_box(&headers), black_box(body.clone())));
}
