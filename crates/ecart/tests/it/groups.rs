//! `ecart groups`, `ecart extra-fields` and `ecart customers contacts` against an in-process
//! simulated store.

use std::process::{Command, Output};

use ecwid_sim::{RunningSim, Sim, SimConfig};
use serde_json::json;

use crate::support::json_out;

const TOKEN: &str = "secret_cli_groups_token_456";

async fn store(config: SimConfig) -> (Sim, RunningSim) {
    let sim = Sim::new(SimConfig {
        token: TOKEN.to_owned(),
        customers: 0,
        rate_limit_per_minute: 0,
        ..config
    });
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    (sim, running)
}

/// Run `ecart <command> <args>` against the store.
async fn ecart(running: &RunningSim, command: &str, args: &[&str], stdin: &str) -> Output {
    crate::support::ecart(running, TOKEN, command, args, stdin).await
}

/// An `ecart` failure: exit status 1 and one `error: ` line naming the operation and status.
fn failed_with(output: &Output, operation: &str, status: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("error: ") && l.contains(operation) && l.contains(status)),
        "{stderr}"
    );
    assert!(!stderr.contains(TOKEN), "the token leaked: {stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_group_operation_prints_ecwid_json() {
    let (_sim, running) = store(SimConfig::default()).await;
    let created = json_out(
        &ecart(
            &running,
            "groups",
            &[
                "create",
                "--name",
                "Resellers",
                "--external-reference-id",
                "erp-17",
            ],
            "",
        )
        .await,
    );
    assert_eq!(created["name"], "Resellers");
    assert_eq!(created["externalReferenceId"], "erp-17");
    let id = created["id"].as_i64().expect("an id").to_string();

    let got = json_out(&ecart(&running, "groups", &["get", &id], "").await);
    assert_eq!(got, created);

    let listed = json_out(
        &ecart(
            &running,
            "groups",
            &["list", "--ids", &format!("0,{id}")],
            "",
        )
        .await,
    );
    let ids: Vec<_> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].clone())
        .collect();
    assert_eq!(ids, [json!(0), created["id"].clone()]);
    assert_eq!(listed["total"], 2);

    let renamed = json_out(
        &ecart(
            &running,
            "groups",
            &["update", &id, "--name", "Partners"],
            "",
        )
        .await,
    );
    assert_eq!(renamed["name"], "Partners");
    assert_eq!(renamed["externalReferenceId"], "erp-17", "not given, kept");

    let deleted = json_out(&ecart(&running, "groups", &["delete", &id], "").await);
    assert_eq!(deleted, json!({"deleteCount": 1}));
    let gone = ecart(&running, "groups", &["get", &id], "").await;
    failed_with(&gone, "get_customer_group", "404");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_store_without_groups_on_its_plan_is_reported_with_its_402() {
    let (_sim, running) = store(SimConfig {
        customer_groups_on_plan: false,
        ..SimConfig::default()
    })
    .await;
    let output = ecart(&running, "groups", &["list"], "").await;
    failed_with(&output, "search_customer_groups", "402");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_extra_field_operation_prints_ecwid_json() {
    let (_sim, running) = store(SimConfig::default()).await;
    let created = json_out(
        &ecart(
            &running,
            "extra-fields",
            &[
                "create",
                "--title",
                "Loyalty card",
                "--type",
                "TEXT",
                "--shown-on-order-details",
            ],
            "",
        )
        .await,
    );
    assert_eq!(created["title"], "Loyalty card");
    assert_eq!(created["type"], "TEXT");
    assert_eq!(created["shownOnOrderDetails"], true);
    let key = created["key"]
        .as_str()
        .expect("the key Ecwid made")
        .to_owned();

    let got = json_out(&ecart(&running, "extra-fields", &["get", &key], "").await);
    assert_eq!(got, created);
    let listed = json_out(&ecart(&running, "extra-fields", &["list"], "").await);
    let keys: Vec<_> = listed
        .as_array()
        .expect("a list")
        .iter()
        .map(|f| f["key"].clone())
        .collect();
    assert!(keys.contains(&json!(key)), "{listed}");

    let renamed = json_out(
        &ecart(
            &running,
            "extra-fields",
            &["update", &key, "--title", "Loyalty card number"],
            "",
        )
        .await,
    );
    assert_eq!(renamed["title"], "Loyalty card number");
    assert_eq!(renamed["shownOnOrderDetails"], true, "not given, kept");

    let refused = ecart(
        &running,
        "extra-fields",
        &["create", "--title", "Age", "--type", "NUMBER"],
        "",
    )
    .await;
    failed_with(&refused, "create_customer_extra_field", "400");

    let deleted = json_out(&ecart(&running, "extra-fields", &["delete", &key], "").await);
    assert_eq!(deleted, json!({"deleteCount": 1}));
    let gone = ecart(&running, "extra-fields", &["get", &key], "").await;
    failed_with(&gone, "get_customer_extra_field", "404");
}

#[test]
fn groups_without_a_store_id_is_a_usage_error_of_ecart_groups() {
    let output = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .args(["groups", "list"])
        .env("ECWID_TOKEN", TOKEN)
        .env_remove("ECWID_STORE_ID")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--store-id"), "{stderr}");
    assert!(stderr.contains("Usage: ecart groups"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn contacts_are_added_listed_changed_and_removed() {
    let (_sim, running) = store(SimConfig::default()).await;
    let customer = json_out(
        &ecart(
            &running,
            "customers",
            &["--raw", "create"],
            r#"{"email": "c@example.com"}"#,
        )
        .await,
    );
    let customer = customer["id"].as_i64().unwrap().to_string();
    let contacts = |args: &[&str]| {
        let mut all = vec!["contacts", customer.as_str()];
        all.extend_from_slice(args);
        all.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>| {
        let running = &running;
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            ecart(running, "customers", &args, "").await
        }
    };

    let listed = json_out(
        &run(contacts(&[
            "add",
            "--type",
            "PHONE",
            "--contact",
            "+1 555 0100",
            "--default",
        ]))
        .await,
    );
    let phone = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["contact"] == "+1 555 0100")
        .expect("the new phone is listed")
        .clone();
    assert_eq!(phone["type"], "PHONE");
    assert_eq!(phone["default"], true);
    let contact_id = phone["id"].as_i64().unwrap().to_string();

    let changed = json_out(&run(contacts(&["update", &contact_id, "--note", "evenings"])).await);
    assert_eq!(changed["note"], "evenings");
    assert_eq!(changed["contact"], "+1 555 0100", "not given, kept");

    let removed = json_out(&run(contacts(&["remove", &contact_id])).await);
    assert_eq!(removed, json!({"deleteCount": 1}));
    let listed = json_out(&run(contacts(&["list"])).await);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != phone["id"]),
        "{listed}"
    );
    let gone = run(contacts(&["update", &contact_id, "--note", "x"])).await;
    failed_with(&gone, "update_customer_contact", "404");
}

#[test]
fn an_unknown_contact_type_is_a_usage_error_naming_the_option_and_value() {
    let output = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .args(["customers", "--store-id", "1003", "contacts", "1", "add"])
        .args(["--type", "PHOEN", "--contact", "+1 555 0100"])
        .env("ECWID_TOKEN", TOKEN)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--type") && stderr.contains("PHOEN"),
        "{stderr}"
    );
    assert!(stderr.contains("PHONE"), "names the known types: {stderr}");
}
