//! The xtask works on the checkout it is run in, not on the one it was built for.
//!
//! With a target directory shared between two checkouts (`CARGO_TARGET_DIR`, a CI cache), cargo
//! reuses the xtask binary built for the first one. These tests run that binary (this checkout's)
//! in a copy of the workspace, with the environment `cargo xtask` gives it there, and change the
//! copy only.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This checkout, the one the binary under test was built for (read at run time, as the xtask
/// itself must).
fn checkout() -> PathBuf {
    let xtask = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo test sets it");
    Path::new(&xtask).parent().unwrap().to_path_buf()
}

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

/// A copy of the files the xtask reads, removed on drop.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Self {
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let checkout = checkout();
        for file in FILES {
            let to = root.join(file);
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(checkout.join(file), &to).unwrap();
        }
        fs::create_dir_all(root.join("xtask")).unwrap();
        Copy(root)
    }

    /// Replace `from` by `to` in one file of the copy.
    fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from:?} is in {file}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    /// `cargo xtask <args>` in the copy: the binary cargo would reuse, run as `cargo run` runs it
    /// (from the copy, with the copy's manifest directory).
    fn xtask(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .current_dir(&self.0)
            .env("CARGO_MANIFEST_DIR", self.0.join("xtask"))
            .output()
            .unwrap()
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The stderr of a run that failed as a check fails (exit status 1).
fn failed(output: &Output) -> String {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    text
}

#[test]
fn generate_check_compares_the_checkout_it_runs_in() {
    let copy = Copy::new("generate");
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
    let copy = Copy::new("rename");
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
    let copy = Copy::new("specs");
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
