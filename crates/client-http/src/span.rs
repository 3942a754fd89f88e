//! [`RequestLabel`] and [`attempt_span!`](crate::attempt_span): the tracing span each attempt
//! of a generated operation runs in, the same fields for both clients.

use reqwest::{Method, Request};

/// A request as its attempt spans show it: the operation, the method and the path. The query
/// is left out: search and list filters carry customer emails and names.
#[derive(Debug, Clone)]
pub struct RequestLabel {
    /// The generated operation's id (`get_customer`, ...).
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The URL's path, without the query.
    pub path: String,
}

impl RequestLabel {
    /// The label of `request`, sent for `operation`.
    pub fn of(operation: &'static str, request: &Request) -> Self {
        Self {
            operation,
            method: request.method().clone(),
            path: request.url().path().to_owned(),
        }
    }
}

/// The `DEBUG` span of attempt `$attempt` (a `u32`) of the request `$label` (a
/// `&RequestLabel`), named `$name`: fields `operation`, `method`, `path`, `attempt`, and
/// `status` and `elapsed_ms` left for [`execute`](crate::execute) to record.
///
/// A macro, not a function: a span's name is part of the static metadata tracing builds at the
/// call site, so each client's literal name (`ecwid_request`, `ecart_request`) has to be written
/// there; the fields are written here once.
///
/// ```
/// use client_http::{RequestLabel, attempt_span, reqwest};
///
/// let request = reqwest::Request::new(
///     reqwest::Method::GET,
///     "http://127.0.0.1/customers?email=mary@example.com".parse().unwrap(),
/// );
/// let label = RequestLabel::of("search_customers", &request);
/// assert_eq!(label.path, "/customers");
/// let _span = attempt_span!("example_request", &label, 1);
/// ```
#[macro_export]
macro_rules! attempt_span {
    ($name:literal, $label:expr, $attempt:expr) => {{
        let label: &$crate::RequestLabel = $label;
        let attempt: u32 = $attempt;
        $crate::tracing::debug_span!(
            $name,
            operation = label.operation,
            method = %label.method,
            path = %label.path,
            attempt,
            status = $crate::tracing::field::Empty,
            elapsed_ms = $crate::tracing::field::Empty,
        )
    }};
}
