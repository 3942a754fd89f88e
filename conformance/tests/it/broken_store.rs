//! The Ecwid cases can fail: a simulated store told to break one of Ecwid's rules
//! (`ecwid_sim::BrokenRule`) fails the case about that rule, with a message that says what was
//! expected and what came, while a case about another rule still passes.

use conformance::{EcwidTarget, Report, RunOptions, Target, run};
use ecwid_sim::{BrokenRule, Sim, SimConfig};

use crate::outcome::{assert_passed, failure};

/// Run the Ecwid cases `only` against a fresh store that breaks `rule`.
async fn run_against(rule: BrokenRule, only: &[&str]) -> Report {
    let config = SimConfig {
        customers: 50,
        seed: 3,
        rate_limit_per_minute: 0,
        broken_rules: vec![rule],
        ..SimConfig::default()
    };
    let (store_id, token) = (config.store_id, config.token.clone());
    let running = Sim::new(config)
        .spawn(([127, 0, 0, 1], 0).into())
        .await
        .expect("the store starts");
    let target = Target {
        canonical: None,
        ecwid: Some(EcwidTarget::new(running.base_url(), store_id, token.into())),
    };
    let options = RunOptions {
        only: only.iter().map(|id| (*id).to_owned()).collect(),
        ..RunOptions::default()
    };
    let report = run(&target, &options).await;
    running.shutdown().await.expect("the store stops");
    let mut table = Vec::new();
    report.print_table(&mut table).expect("the table prints");
    println!("{}", String::from_utf8_lossy(&table));
    report
}

/// Case `broken` fails with a message containing each of `expected`, and `control` passes.
async fn check(rule: BrokenRule, broken: &str, expected: &[&str], control: &str) {
    let report = run_against(rule, &[broken, control]).await;
    let why = failure(&report, broken);
    for part in expected {
        assert!(why.contains(part), "{rule:?}: {why}");
    }
    assert_passed(&report, control);
    assert!(!report.passed());
    assert!(
        report.cleanup_problems().is_empty(),
        "{:?}",
        report.cleanup_problems()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn general_left_out_of_total_fails_the_paging_case() {
    check(
        BrokenRule::GeneralGroupUncounted,
        "ecwid.groups.general_first",
        &["groups met walking every page versus `total`"],
        "ecwid.groups.crud_cycle",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customers_left_in_a_deleted_group_fail_the_move_case() {
    check(
        BrokenRule::DeletedGroupKeepsCustomers,
        "ecwid.groups.delete_moves_customers",
        &[
            "after deleting its group",
            "expected (Some(0), Some(\"General\"))",
        ],
        "ecwid.groups.general_first",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contact_put_that_replaces_fails_the_partial_case() {
    check(
        BrokenRule::ContactUpdateReplaces,
        "ecwid.contacts.update_partial",
        &["after a PUT of `note` alone", "got (None, None, None)"],
        "ecwid.contacts.crud_cycle",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defaults_that_pile_up_fail_the_one_default_case() {
    check(
        BrokenRule::DefaultContactsPileUp,
        "ecwid.contacts.one_default",
        &["the default EMAIL contacts after adding a new default"],
        "ecwid.contacts.one_list",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undefined_extra_field_keys_accepted_fail_the_refusal_case() {
    check(
        BrokenRule::UndefinedExtraFieldKeysAccepted,
        "ecwid.extrafields.undefined_key_refused",
        &["expected 400 WRONG_PARAMETER, got success"],
        "ecwid.extrafields.customer_values",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_erased_with_their_definition_fail_the_keep_case() {
    check(
        BrokenRule::ExtraFieldDeleteErasesValues,
        "ecwid.extrafields.delete_keeps_values",
        &["expected Some(\"stays\"), got None"],
        "ecwid.extrafields.crud_cycle",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn response_fields_ignored_on_one_customer_fail_its_case() {
    check(
        BrokenRule::CustomerResponseFieldsIgnored,
        "ecwid.get.response_fields",
        &["?responseFields=email,billingPerson(name)"],
        "ecwid.search.response_fields",
    )
    .await;
}
