//! Comparing customers: what was sent is what came back, and two reads of one customer agree.

use ecartapi_client::types::Customer;

use crate::case::Verdict;
use crate::check::{fail, json_contains, json_diff};

/// `what`: `got` holds every field of `sent`, else a failure naming the first difference.
pub(super) fn kept(what: &str, sent: &impl serde::Serialize, got: &Customer) -> Verdict {
    let sent = serde_json::to_value(sent).unwrap_or_default();
    let got = serde_json::to_value(got).unwrap_or_default();
    json_contains(&sent, &got).map_err(|difference| fail(format!("{what}: {difference}")))
}

/// `expected` and `got` are the same customer (an empty address list being no address list),
/// else a failure naming the first difference.
pub(super) fn same_customer(what: &str, expected: &Customer, got: &Customer) -> Verdict {
    let normal = |c: &Customer| {
        let mut c = c.clone();
        if c.addresses.as_ref().is_some_and(Vec::is_empty) {
            c.addresses = None;
        }
        serde_json::to_value(c).unwrap_or_default()
    };
    match json_diff(&normal(expected), &normal(got)) {
        None => Ok(()),
        Some(difference) => Err(fail(format!("{what}: {difference}"))),
    }
}
