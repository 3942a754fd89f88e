//! Every case against the simulated Ecwid store and the gateway over it.

use conformance::{InProcessOptions, Outcome, catalog, run_in_process};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_case_passes_against_the_gateway_and_the_simulated_store() {
    let report = run_in_process(&InProcessOptions::default())
        .await
        .expect("the in-process servers start and stop");
    let mut table = Vec::new();
    report.print_table(&mut table).expect("the table prints");
    let table = String::from_utf8_lossy(&table);
    println!("{table}");

    assert_eq!(report.results().len(), catalog().len(), "every case ran");
    let not_passed: Vec<_> = report
        .results()
        .iter()
        .filter(|r| r.outcome != Outcome::Passed)
        .map(|r| {
            format!(
                "{} {}: {}",
                r.outcome.label(),
                r.id,
                r.outcome.reason().unwrap_or("")
            )
        })
        .collect();
    assert!(
        not_passed.is_empty(),
        "cases did not pass:\n{}\n\n{table}",
        not_passed.join("\n")
    );
    assert!(report.passed());
    assert!(
        report.cleanup_problems().is_empty(),
        "clean-up: {:?}",
        report.cleanup_problems()
    );

    let junit =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance-in-process.xml");
    report
        .write_junit(&junit)
        .expect("the JUnit report is written");
    let xml = std::fs::read_to_string(&junit).expect("the JUnit report reads back");
    assert!(xml.contains(r#"<testcase name="canonical.list.envelope""#));
}
