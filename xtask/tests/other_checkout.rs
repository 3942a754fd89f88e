//! The xtask works on the checkout it is run in, not on the one it was built for.
//!
//! With a target directory shared between two checkouts (`CARGO_TARGET_DIR`, a CI cache), cargo
//! reuses the xtask binary built for the first one. These tests run that binary (this checkout's)
//! in a copy of the workspace, with the environment `cargo xtask` gives it there, and change the
//! copy only.

mod common;

use std::process::Output;

use common::{Copy, stderr};

/// What the xtask reads: the specs and the generated clients.
const FILES: [&str; 8] = [
    "specs/ecwid/customers.yaml",
    "specs/ecartapi/customers.yaml",
    "crates/ecwid-client/src/generated/types.rs",
    "crates/ecwid-client/src/generated/client.rs",
    "crates/ecwid-client/src/generated/mod.rs",
    "crates/ecartapi-client/src/generated/types.rs",
    "crates/ecartapi-client/src/generated/client.rs",
    "crates/ecartapi-client/src/generated/mod.rs",
];

/// The stderr of a run that failed as a check fails (exit status 1).
fn failed(output: &Output) -> String {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    text
}

#[test]
fn generate_check_compares_the_checkout_it_runs_in() {
    let copy = Copy::new("generate", &FILES);
    let fresh = copy.xtask(&["generate", "--check"]);
    assert!(fresh.status.success(), "{}", stderr(&fresh));

    copy.edit(
        "crates/ecwid-client/src/generated/types.rs",
        "pub struct Customer {",
        "pub struct Customer { // edited",
    );
    let text = failed(&copy.xtask(&["generate", "--check"]));
    assert!(
        text.contains("crates/ecwid-client/src/generated/types.rs is stale")
            && text.contains("-pub struct Customer { // edited"),
        "{text}"
    );
    assert!(
        text.contains("crates/ecwid-client/src/generated/client.rs is up to date")
            && text.contains("crates/ecartapi-client/src/generated/types.rs is up to date"),
        "{text}"
    );
}

#[test]
fn generate_check_sees_a_renamed_operation_in_the_checkout_it_runs_in() {
    let copy = Copy::new("rename", &FILES);
    copy.edit(
        "specs/ecwid/customers.yaml",
        "operationId: getCustomer",
        "operationId: fetchCustomer",
    );
    let text = failed(&copy.xtask(&["generate", "--check"]));
    assert!(text.contains("+    pub fn fetch_customer("), "{text}");
}

#[test]
fn check_specs_checks_the_checkout_it_runs_in() {
    let copy = Copy::new("specs", &FILES);
    let good = copy.xtask(&["check-specs"]);
    assert!(good.status.success(), "{}", stderr(&good));

    // An example id that is no longer an integer.
    copy.edit(
        "specs/ecwid/customers.yaml",
        "id: 277137633",
        "id: not-a-number",
    );
    let text = failed(&copy.xtask(&["check-specs"]));
    assert!(
        text.contains("specs/ecwid/customers.yaml: example"),
        "{text}"
    );
}
