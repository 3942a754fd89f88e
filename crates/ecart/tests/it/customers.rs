//! `ecart customers` against an in-process simulated store on 127.0.0.1.

use std::collections::HashSet;
use std::process::{Command, Output};

use ecwid_sim::{FaultConfig, RunningSim, Sim, SimConfig};
use serde_json::json;

use crate::support::json_out;

const TOKEN: &str = "secret_cli_test_token_123";

async fn store(customers: usize, fault_rate: f64) -> (Sim, RunningSim) {
    let config = |seed| SimConfig {
        token: TOKEN.to_owned(),
        customers,
        seed,
        rate_limit_per_minute: 0,
        faults: FaultConfig::with_rate(fault_rate),
        ..SimConfig::default()
    };
    // With faults, the first seed whose plan fails at least 3 of the first 11 requests (an export
    // of 1,052 customers is 11 pages), so the test cannot pass without retrying.
    let seed = (0..)
        .find(|&seed| {
            fault_rate == 0.0 || {
                let sim = Sim::new(SimConfig {
                    customers: 0,
                    ..config(seed)
                });
                (0..11).filter(|&n| sim.planned_fault(n).is_some()).count() >= 3
            }
        })
        .expect("some seed");
    let sim = Sim::new(config(seed));
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    (sim, running)
}

/// Run `ecart customers <args>` against the store.
async fn customers(running: &RunningSim, args: &[&str], stdin: &str) -> Output {
    crate::support::ecart(running, TOKEN, "customers", args, stdin).await
}

fn no_token_in(output: &Output) {
    for stream in [&output.stdout, &output.stderr] {
        assert!(
            !String::from_utf8_lossy(stream).contains(TOKEN),
            "the token leaked"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn export_prints_every_customer_exactly_once_under_faults() {
    let (sim, running) = store(1_050, 0.2).await;
    let output = customers(&running, &["--max-attempts", "10", "export"], "").await;
    no_token_in(&output);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "stderr: {stderr}");
    let ids: Vec<String> = String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        ids.len(),
        sim.store().len(),
        "every customer: Ecwid's 2 example ones and 1,050 generated"
    );
    assert_eq!(unique.len(), ids.len(), "none twice");
    let expected: HashSet<String> = sim.store().ids().iter().map(i64::to_string).collect();
    assert_eq!(
        unique.into_iter().cloned().collect::<HashSet<_>>(),
        expected
    );
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.starts_with(&format!(
            "exported {} customers (0 failed), 11 pages, ",
            ids.len()
        )),
        "{summary}"
    );
    assert!(
        !summary.contains(", 0 retries"),
        "a 20% fault rate makes retries: {summary}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_prints_canonical_json() {
    let (sim, running) = store(10, 0.0).await;
    let total = sim.store().len();

    let count = json_out(&customers(&running, &["count"], "").await);
    assert_eq!(count, json!({"count": total}));

    let list = json_out(
        &customers(
            &running,
            &["list", "--limit", "5", "--sort-by", "REGISTERED_DATE_ASC"],
            "",
        )
        .await,
    );
    assert_eq!(list["total"], total);
    assert_eq!(list["customers"].as_array().unwrap().len(), 5);
    assert!(
        list["customers"][0]["id"].is_string(),
        "canonical ids are strings"
    );

    let created = json_out(
        &customers(
            &running,
            &["create"],
            r#"{"email": "new.customer@example.com", "firstName": "Nino", "lastName": "Beridze", "phone": "+995 555 1"}"#,
        )
        .await,
    );
    assert_eq!(created["firstName"], "Nino");
    assert_eq!(created["phone"], "+995 555 1");
    let id = created["id"].as_str().unwrap().to_owned();

    let updated =
        json_out(&customers(&running, &["update", &id], r#"{"lastName": "Kapanadze"}"#).await);
    assert_eq!(updated["lastName"], "Kapanadze");
    assert_eq!(updated["firstName"], "Nino", "not mentioned, kept");
    assert_eq!(updated["email"], "new.customer@example.com");

    let raw = json_out(&customers(&running, &["--raw", "get", &id], "").await);
    assert_eq!(raw["billingPerson"]["name"], "Nino Kapanadze");
    assert!(raw["id"].is_i64(), "Ecwid's own JSON");

    let deleted = json_out(&customers(&running, &["delete", &id], "").await);
    assert_eq!(deleted, json!({"deleteCount": 1}));
    let gone = customers(&running, &["get", &id], "").await;
    assert_eq!(gone.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&gone.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("error: ") && l.contains("404")),
        "{stderr}"
    );
    no_token_in(&gone);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_token_is_a_clear_error_without_the_token() {
    let (_sim, running) = store(0, 0.0).await;
    let base_url = running.base_url().to_owned();
    let output = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_ecart"))
            .args([
                "customers",
                "--base-url",
                &base_url,
                "--store-id",
                "1003",
                "count",
            ])
            .env("ECWID_TOKEN", "secret_wrong_token_987")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("403") && stderr.contains("INVALID_API_TOKEN"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret_wrong_token_987"));
}

/// Run `ecart <args>` with exactly the given `ECWID_*` variables (blocking: run it off the
/// runtime's threads).
fn ecart_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ecart"));
    command.args(args);
    for name in ["ECWID_BASE_URL", "ECWID_STORE_ID", "ECWID_TOKEN"] {
        command.env_remove(name);
    }
    command
        .envs(env.iter().copied())
        .output()
        .expect("ecart runs")
}

#[tokio::test(flavor = "multi_thread")]
async fn store_options_are_accepted_before_and_after_the_subcommand() {
    let (sim, running) = store(3, 0.0).await;
    let total = sim.store().len();
    let base_url = running.base_url().to_owned();
    let outputs = tokio::task::spawn_blocking(move || {
        let store = [
            "--base-url",
            &base_url,
            "--store-id",
            "1003",
            "--token",
            TOKEN,
            "--max-attempts",
            "2",
            "--timeout-secs",
            "10",
        ];
        let before: Vec<&str> = ["customers"]
            .into_iter()
            .chain(store)
            .chain(["count"])
            .collect();
        let after: Vec<&str> = ["customers", "count"].into_iter().chain(store).collect();
        // A flag after the subcommand wins over the environment, as one before it does.
        let over_env = ecart_with_env(
            &[
                "customers",
                "count",
                "--store-id",
                "1003",
                "--base-url",
                &base_url,
            ],
            &[("ECWID_STORE_ID", "4242"), ("ECWID_TOKEN", TOKEN)],
        );
        // The store id and token may come from the environment alone.
        let env_only = ecart_with_env(
            &["customers", "count", "--base-url", &base_url],
            &[("ECWID_STORE_ID", "1003"), ("ECWID_TOKEN", TOKEN)],
        );
        let raw_after = ecart_with_env(
            &[
                "customers",
                "get",
                "277137633",
                "--raw",
                "--base-url",
                &base_url,
            ],
            &[("ECWID_STORE_ID", "1003"), ("ECWID_TOKEN", TOKEN)],
        );
        [
            ecart_with_env(&before, &[]),
            ecart_with_env(&after, &[]),
            over_env,
            env_only,
            raw_after,
        ]
    })
    .await
    .unwrap();
    let [before, after, over_env, env_only, raw_after] = outputs;
    for output in [&before, &after, &over_env, &env_only] {
        no_token_in(output);
        assert_eq!(json_out(output), json!({"count": total}));
    }
    assert!(json_out(&raw_after)["id"].is_i64(), "Ecwid's own JSON");
}

#[test]
fn a_missing_store_id_or_token_is_a_usage_error_naming_it() {
    for (args, env, missing) in [
        (
            &["customers", "count"][..],
            &[("ECWID_TOKEN", TOKEN)][..],
            "--store-id",
        ),
        (
            &["customers", "count", "--store-id", "1003"],
            &[],
            "--token",
        ),
        (
            &["customers", "--token", TOKEN, "export"],
            &[],
            "--store-id",
        ),
    ] {
        let output = ecart_with_env(args, env);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "a usage error: {stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(missing),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("Usage: ecart customers"), "{stderr}");
        assert!(!stderr.contains(TOKEN), "the token leaked: {stderr}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn date_flags_take_every_day_of_the_calendar_and_name_the_flag_otherwise() {
    let (_sim, running) = store(30, 0.0).await;
    let all = json_out(&customers(&running, &["count"], "").await)["count"].clone();
    for day in [
        "2024-02-29",
        "2024-02-29 10:00:00",
        "2024-02-29 10:00:00 +0000",
    ] {
        let counted = customers(&running, &["count", "--created-to", day], "").await;
        let count = json_out(&counted)["count"].as_u64().unwrap();
        assert!(count <= all.as_u64().unwrap(), "{day}");
    }
    let refused = customers(&running, &["count", "--updated-from", "2023-02-29"], "").await;
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("--updated-from")
            && stderr.contains("'2023-02-29'")
            && stderr.contains("'yyyy-MM-dd HH:mm:ss Z'"),
        "{stderr}"
    );
    assert!(!stderr.contains("SearchCustomers"), "{stderr}");
}
