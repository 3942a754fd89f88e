//! The report as JUnit XML (nextest's `quick-junit` writes and escapes it), for CI dashboards.

use std::io;

use quick_junit::{NonSuccessKind, Property, TestCase, TestCaseStatus, TestSuite};

use crate::case::Suite;
use crate::report::{Outcome, Report};

/// `report` as a JUnit document: `<testsuites name="conformance">`, one `<testsuite>` per API
/// that has results, one `<testcase name="<id>" classname="conformance.<suite>">` per case.
pub(crate) fn to_xml(report: &Report) -> io::Result<String> {
    let mut junit = quick_junit::Report::new("conformance");
    junit.set_time(report.elapsed());
    for suite in [Suite::Canonical, Suite::Ecwid] {
        let results: Vec<_> = report
            .results()
            .iter()
            .filter(|r| r.suite == suite)
            .collect();
        if results.is_empty() {
            continue;
        }
        let mut test_suite = TestSuite::new(format!("conformance.{suite}"));
        test_suite.add_property(Property::new("run_id", report.run_id()));
        test_suite.set_time(results.iter().map(|r| r.duration).sum());
        for result in results {
            let status = match &result.outcome {
                Outcome::Passed => TestCaseStatus::success(),
                Outcome::Failed(why) => {
                    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    status
                        .set_message(why.as_str())
                        .set_description(why.as_str());
                    status
                }
                Outcome::Skipped(why) => {
                    let mut status = TestCaseStatus::skipped();
                    status.set_message(why.as_str());
                    status
                }
            };
            let mut case = TestCase::new(result.id, status);
            case.set_classname(format!("conformance.{suite}"))
                .set_time(result.duration)
                .set_system_out(format!("{}\nSource: {}", result.description, result.source))
                .add_property(Property::new("source", result.source));
            test_suite.add_test_case(case);
        }
        junit.add_test_suite(test_suite);
    }
    junit.to_string().map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::report::CaseResult;

    #[test]
    fn failures_and_skips_carry_their_escaped_reason() {
        let result = |id, outcome| CaseResult {
            id,
            description: "GET /customers answers {\"success\": true}",
            source: "specs/ecartapi/customers.yaml",
            suite: Suite::Canonical,
            outcome,
            duration: Duration::from_millis(5),
        };
        let report = Report::new(
            "0a1b2c3d".into(),
            vec![
                result("canonical.a", Outcome::Passed),
                result(
                    "canonical.b",
                    Outcome::Failed("expected <customers> & \"success\", got 500".into()),
                ),
                result("canonical.c", Outcome::Skipped("no seed customers".into())),
            ],
            vec![],
            Duration::from_secs(1),
        );
        let xml = to_xml(&report).unwrap();
        assert!(
            xml.contains(r#"<testsuites name="conformance" tests="3" skipped="1" failures="1""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<testsuite name="conformance.canonical""#),
            "{xml}"
        );
        assert!(
            xml.contains("expected &lt;customers&gt; &amp; &quot;success&quot;, got 500"),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<skipped message="no seed customers""#),
            "{xml}"
        );
        assert!(!xml.contains("conformance.ecwid"), "{xml}");
    }
}
