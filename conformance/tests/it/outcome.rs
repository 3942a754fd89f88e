//! What the tests read of a report: a case's failure message, or that it passed.

use conformance::{Outcome, Report};

/// The failure message of case `id`, which must have failed.
pub fn failure<'r>(report: &'r Report, id: &str) -> &'r str {
    match &report.result(id).expect("the case ran").outcome {
        Outcome::Failed(why) => why,
        other => panic!("{id} should fail, got {other:?}"),
    }
}

pub fn assert_passed(report: &Report, id: &str) {
    let outcome = &report.result(id).expect("the case ran").outcome;
    assert_eq!(outcome, &Outcome::Passed, "{id} should pass");
}
