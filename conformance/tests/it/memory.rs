//! The suite against a second canonical implementation that shares no code with the gateway
//! (`canonical-memory`, written from the spec), in the shapes platforms come in: full, without
//! `/count`, read-only, and broken one behaviour at a time.

use std::collections::BTreeMap;

use canonical_memory::{Config, Fault, Server, Supports, sample_customers};
use conformance::{CanonicalTarget, Outcome, Report, RunOptions, Target};

use crate::outcome::assert_passed;

const KEY: &str = "memory-k3y";

/// The customers a seeded store starts with.
const SEEDED: usize = 40;

/// A run of every case against a server with `supports` and `faults`, seeded with
/// [`SEEDED`] sample customers; the report, and the customers the store held before and after.
async fn run_against(supports: Supports, faults: Vec<Fault>) -> (Report, usize, usize) {
    let server = spawn(supports, faults, SEEDED).await;
    let before = server.customer_count();
    let report = conformance::run(&target(&server), &RunOptions::default()).await;
    let after = server.customer_count();
    server.shutdown().await;
    (report, before, after)
}

/// A server with `supports` and `faults`, seeded with `seeded` sample customers.
pub(crate) async fn spawn(supports: Supports, faults: Vec<Fault>, seeded: usize) -> Server {
    Server::spawn(Config {
        api_key: KEY.into(),
        supports,
        faults,
        customers: sample_customers(seeded),
    })
    .await
    .expect("the in-memory server starts")
}

/// The server as the suite's canonical target.
pub(crate) fn target(server: &Server) -> Target {
    Target {
        canonical: Some(CanonicalTarget::new(server.base_url(), KEY.into())),
        ecwid: None,
    }
}

/// Each canonical case that did not pass: `id -> "skip: reason"` or `"FAIL: reason"`.
fn not_passed(report: &Report) -> BTreeMap<&'static str, String> {
    report
        .results()
        .iter()
        .filter(|r| r.id.starts_with("canonical."))
        .filter(|r| r.outcome != Outcome::Passed)
        .map(|r| {
            (
                r.id,
                format!(
                    "{}: {}",
                    r.outcome.label(),
                    r.outcome.reason().unwrap_or("")
                ),
            )
        })
        .collect()
}

/// The table, for a failing assertion's message.
fn table(report: &Report) -> String {
    let mut out = Vec::new();
    report.print_table(&mut out).expect("the table prints");
    String::from_utf8_lossy(&out).into_owned()
}

/// What every shape skips whatever it supports: the store lacks the customers of Ecwid's search
/// example, and the server has customer orders, so the case about a platform without them does
/// not apply.
fn always_skipped() -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        (
            "canonical.customer.ecwid_example",
            "skip: the store does not hold customer 177737165 of Ecwid's search example (404)"
                .to_owned(),
        ),
        (
            "canonical.orders.not_available",
            "skip: the target has customer orders (the target answered 200 to GET \
             /api/v2/customers/1001/orders)"
                .to_owned(),
        ),
    ])
}

/// The ids of the canonical cases that need `capability`.
fn needing(capability: conformance::Capability) -> Vec<&'static str> {
    conformance::catalog()
        .iter()
        .filter(|c| c.needs().contains(&capability))
        .map(|c| c.id())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_implementation_passes_every_case_that_applies() {
    let (report, before, after) = run_against(Supports::all(), Vec::new()).await;
    assert_eq!(not_passed(&report), always_skipped(), "{}", table(&report));
    assert!(report.passed());
    assert_eq!(after, before, "the run left customers behind");
    assert!(report.cleanup_problems().is_empty());
    let capabilities = report.capabilities().expect("probed");
    assert!(
        capabilities.iter().all(|(_, f)| f.present && f.probed),
        "{capabilities:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_count_the_count_cases_skip_and_the_paging_cases_still_run() {
    let (report, before, after) = run_against(Supports::without_count(), Vec::new()).await;
    let mut expected = always_skipped();
    for id in needing(conformance::Capability::Count) {
        expected.insert(
            id,
            "skip: needs count; the target answered 400 RESOURCE_NOT_AVAILABLE to GET \
             /api/v2/customers/count"
                .to_owned(),
        );
    }
    assert_eq!(not_passed(&report), expected, "{}", table(&report));
    for paging in [
        "canonical.list.default_limit",
        "canonical.list.limit",
        "canonical.list.page_past_end",
        "canonical.list.pagination",
    ] {
        assert_passed(&report, paging);
    }
    assert!(report.passed());
    assert_eq!(after, before, "the run left customers behind");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_platform_is_checked_on_the_customers_it_holds() {
    let (report, before, after) = run_against(Supports::read_only(), Vec::new()).await;
    let mut expected = always_skipped();
    // Each case that needs a write skips, naming every write it needs as the runner does.
    let request = |c: conformance::Capability| match c {
        conformance::Capability::Create => Some("POST /api/v2/customers"),
        conformance::Capability::Update => Some("PUT /api/v2/customers/999999999999"),
        conformance::Capability::Delete => Some("DELETE /api/v2/customers/999999999999"),
        _ => None,
    };
    for case in conformance::catalog() {
        let absent: Vec<String> = case
            .needs()
            .iter()
            .filter_map(|&c| {
                request(c).map(|to| {
                    format!("needs {c}; the target answered 400 RESOURCE_NOT_AVAILABLE to {to}")
                })
            })
            .collect();
        if !absent.is_empty() {
            expected
                .entry(case.id())
                .or_insert_with(|| format!("skip: {}", absent.join("; ")));
        }
    }
    assert_eq!(not_passed(&report), expected, "{}", table(&report));
    // The filter, paging and shape cases ran on the sample customers, and passed.
    for id in [
        "canonical.filter.ids",
        "canonical.filter.since_id",
        "canonical.filter.created_at_from",
        "canonical.filter.created_at_to",
        "canonical.filter.updated_at_from",
        "canonical.filter.updated_at_to",
        "canonical.filter.date_basic_offset",
        "canonical.filter.date_fractional_digits",
        "canonical.filter.date_without_offset",
        "canonical.filter.date_alone",
        "canonical.filter.name",
        "canonical.filter.search",
        "canonical.filter.email",
        "canonical.count.filtered",
        "canonical.list.pagination",
        "canonical.list.since_id_walk",
        "canonical.customer.shape",
        "canonical.list.matches_get",
    ] {
        assert_passed(&report, id);
    }
    assert!(report.passed());
    assert_eq!(after, before);
    assert!(report.cleanup_problems().is_empty());
}

/// Against a server with `fault`, exactly the cases of `failing` fail, each naming the broken
/// behaviour (its message holds the given words); every other case that applies passes, and the
/// run still deletes what it created.
async fn only_these_fail(fault: Fault, failing: &[(&str, &str)]) {
    let (report, before, after) = run_against(Supports::all(), vec![fault]).await;
    let mut got = not_passed(&report);
    for (id, reason) in always_skipped() {
        assert_eq!(got.remove(id), Some(reason), "{fault:?}: {id}");
    }
    let failed: Vec<&str> = got.keys().copied().collect();
    let expected: Vec<&str> = failing.iter().map(|(id, _)| *id).collect();
    assert_eq!(failed, expected, "{fault:?}:\n{got:#?}");
    for (id, words) in failing {
        let why = &got[id];
        assert!(
            why.starts_with("FAIL: ") && why.contains(words),
            "{fault:?}: {id} should fail saying {words:?}: {why}"
        );
    }
    assert!(!report.passed());
    assert_eq!(after, before, "{fault:?}: the run left customers behind");
    assert!(report.cleanup_problems().is_empty(), "{fault:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_without_last_names_fails_the_list_versus_get_case() {
    only_these_fail(
        Fault::ListDropsLastName,
        &[(
            "canonical.list.matches_get",
            "`lastName`: expected \"Okafor1\", got nothing",
        )],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_count_off_by_one_fails_every_case_that_compares_count_and_list() {
    let but = ", but the list holds";
    only_these_fail(
        Fault::CountOffByOne,
        &[
            (
                "canonical.count.agrees_with_list",
                "GET /api/v2/customers/count versus the customers met walking every page",
            ),
            (
                "canonical.count.filtered",
                "versus the customers the list walks: expected 1, got 2",
            ),
            ("canonical.filter.date_alone", but),
            ("canonical.filter.date_basic_offset", but),
            ("canonical.filter.date_fractional_digits", but),
            ("canonical.filter.date_without_offset", but),
            (
                "canonical.list.since_id_walk",
                "GET /api/v2/customers/count?sinceId=1001: expected 41, got 42",
            ),
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_that_erases_unsent_fields_fails_the_update_and_filter_cases() {
    // The filter fixture's update of `note` alone erases the fields the filters look for, so
    // every case on the fixture fails with the fixture's message.
    let fixture = "after an update of `note` alone: expected email";
    let mut failing: Vec<(&str, &str)> = [
        "canonical.count.filtered",
        "canonical.customer.no_blank_strings",
        "canonical.customer.shape",
        "canonical.filter.created_at_from",
        "canonical.filter.created_at_to",
        "canonical.filter.date_alone",
        "canonical.filter.date_basic_offset",
        "canonical.filter.date_fractional_digits",
        "canonical.filter.date_without_offset",
        "canonical.filter.email",
        "canonical.filter.ids",
        "canonical.filter.name",
        "canonical.filter.name_unicode",
        "canonical.filter.search",
        "canonical.filter.since_id",
        "canonical.filter.updated_at_from",
        "canonical.filter.updated_at_to",
        "canonical.list.pagination",
        "canonical.list.since_id_created_mid_walk",
        "canonical.list.since_id_walk",
    ]
    .into_iter()
    .map(|id| (id, fixture))
    .collect();
    failing.extend([
        ("canonical.update.null_addresses", "addresses: expected"),
        ("canonical.update.one_name", "`lastName`: expected"),
        ("canonical.update.partial", "`addresses`: expected"),
    ]);
    failing.sort();
    only_these_fail(Fault::UpdateErasesUnsentFields, &failing).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ignored_email_filter_fails_the_email_cases() {
    only_these_fail(
        Fault::EmailFilterIgnored,
        &[
            (
                "canonical.count.filtered",
                "GET /api/v2/customers/count?email=conf-",
            ),
            ("canonical.filter.email", "must not return customer"),
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_inclusive_since_id_fails_the_since_id_cases() {
    let ascend = "must ascend by id from above it";
    only_these_fail(
        Fault::SinceIdInclusive,
        &[
            ("canonical.filter.since_id", "must not return customer"),
            ("canonical.list.since_id_created_mid_walk", ascend),
            ("canonical.list.since_id_walk", ascend),
        ],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_delete_the_run_names_every_customer_it_leaves_behind() {
    let mut supports = Supports::all();
    supports.delete = false;
    let (report, before, after) = run_against(supports, Vec::new()).await;
    let left = report.cleanup_problems();
    assert_eq!(left.len(), after - before, "{left:#?}");
    assert!(!left.is_empty());
    for problem in left {
        assert!(
            problem.starts_with("canonical customer ")
                && problem.ends_with(
                    " is left on the target: it needs delete; the target answered 400 \
                     RESOURCE_NOT_AVAILABLE to DELETE /api/v2/customers/999999999999"
                ),
            "{problem}"
        );
    }
    let mut expected = always_skipped();
    for id in needing(conformance::Capability::Delete) {
        expected.insert(
            id,
            "skip: needs delete; the target answered 400 RESOURCE_NOT_AVAILABLE to DELETE \
             /api/v2/customers/999999999999"
                .to_owned(),
        );
    }
    assert_eq!(not_passed(&report), expected, "{}", table(&report));
    assert!(report.passed());
}

#[tokio::test(flavor = "current_thread")]
async fn a_run_stopped_midway_still_deletes_what_it_created() {
    let server = spawn(Supports::all(), Vec::new(), 10).await;
    let before = server.customer_count();
    let target = target(&server);
    let options = RunOptions {
        only: vec!["canonical.filter.ids".into()],
        ..RunOptions::default()
    };
    // The filter fixture creates a customer, waits 1.1 s, creates another and waits again: the
    // run is stopped in that second wait, its clean-up never reached.
    let stopped = tokio::time::timeout(
        std::time::Duration::from_millis(1_600),
        conformance::run(&target, &options),
    )
    .await;
    assert!(stopped.is_err(), "the run was stopped");
    assert!(
        server.customer_count() > before,
        "the run had created its customers when it was stopped"
    );
    for _ in 0..200 {
        if server.customer_count() == before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(server.customer_count(), before, "customers left behind");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clean_up_finds_a_customer_of_the_run_it_never_heard_of() {
    let server = spawn(Supports::all(), Vec::new(), 10).await;
    let before = server.customer_count();
    // A customer with the run's mark whose create answer the run never read (its case timed
    // out while the create was on its way).
    let lost = reqwest::Client::new()
        .post(format!("{}/api/v2/customers", server.base_url()))
        .bearer_auth(KEY)
        .json(&serde_json::json!({"customer": {
            "firstName": "Lost", "lastName": "Conffeedc0delost",
            "email": "conf-feedc0de-lost@example.com"
        }}))
        .send()
        .await
        .expect("the create answers");
    assert_eq!(lost.status(), 200);
    assert_eq!(server.customer_count(), before + 1);
    let target = target(&server);
    let options = RunOptions {
        only: vec!["canonical.create.echo".into()],
        run_id: Some("feedc0de".into()),
        ..RunOptions::default()
    };
    let report = conformance::run(&target, &options).await;
    assert!(report.passed(), "{}", table(&report));
    assert!(report.cleanup_problems().is_empty());
    assert_eq!(
        server.customer_count(),
        before,
        "the lost customer is gone too"
    );
    server.shutdown().await;
}
