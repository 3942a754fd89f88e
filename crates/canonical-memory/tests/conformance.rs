//! The proof that this is a real implementation of the canonical API: the conformance suite, as
//! it is, passes against it.

use canonical_memory::{Config, Server, Supports, sample_customers};
use conformance::{CanonicalTarget, Outcome, Report, RunOptions, Target};
use serde_json::Value;
use spec_examples::{ECARTAPI, Spec};

const KEY: &str = "conformance-key";

/// 150 sample customers and the two of Ecwid's search example, as the spec's list example maps
/// them, so that the case reading those two runs too.
fn store() -> Vec<Value> {
    let example = Spec::load(ECARTAPI).example(
        "/api/v2/customers",
        "get",
        "responses/200",
        "ecwidSearchExample",
    );
    let mut customers = sample_customers(150);
    customers.extend(example["customers"].as_array().cloned().unwrap_or_default());
    customers
}

/// Run every case against a server with `supports` and the [`store`]; the report, the printed
/// table and the number of customers the store held after the run.
async fn run(supports: Supports) -> (Report, String, usize) {
    let server = Server::spawn(Config {
        api_key: KEY.into(),
        supports,
        faults: Vec::new(),
        customers: store(),
    })
    .await
    .expect("the server starts");
    let target = Target {
        canonical: Some(CanonicalTarget::new(server.base_url(), KEY.into())),
        ecwid: None,
    };
    let report = conformance::run(&target, &RunOptions::default()).await;
    let mut table = Vec::new();
    report.print_table(&mut table).expect("the table prints");
    let left = server.customer_count();
    server.shutdown().await;
    (report, String::from_utf8_lossy(&table).into_owned(), left)
}

fn failed(report: &Report) -> Vec<&'static str> {
    report
        .results()
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed(_)))
        .map(|r| r.id)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_conformance_suite_passes_against_the_full_server() {
    let (report, table, left) = run(Supports::all()).await;
    assert_eq!(failed(&report), Vec::<&str>::new(), "{table}");
    assert!(report.summary().passed >= 50, "{table}");
    // The store holds the two customers of Ecwid's search example, so their case ran.
    let example = report.result("canonical.customer.ecwid_example");
    assert_eq!(
        example.map(|r| &r.outcome),
        Some(&Outcome::Passed),
        "{table}"
    );
    assert!(report.cleanup_problems().is_empty(), "{table}");
    assert_eq!(left, 152, "the run deletes what it creates\n{table}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_case_passes_against_a_server_without_orders() {
    let mut supports = Supports::all();
    supports.orders = false;
    let (report, table, _) = run(supports).await;
    assert_eq!(failed(&report), Vec::<&str>::new(), "{table}");
    assert!(report.passed(), "{table}");
}
