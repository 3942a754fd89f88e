//! The report as JUnit XML (nextest's `quick-junit` writes and escapes it), for CI dashboards.

use std::io;

use quick_junit::{NonSuccessKind, Property, TestCase, TestCaseStatus, TestSuite};

use crate::case::Suite;
use crate::report::{Outcome, Report};
use crate::source::Citation;

/// `report` as a JUnit document: `<testsuites name="conformance">`, one `<testsuite>` per API
/// that has results, one `<testcase name="<id>" classname="conformance.<suite>">` per case, with
/// one `source` property per document it cites (its URL or path, and the section).
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
            let sources: Vec<String> = result.sources.iter().map(Citation::full).collect();
            let mut case = TestCase::new(result.id, status);
            case.set_classname(format!("conformance.{suite}"))
                .set_time(result.duration)
                .set_system_out(format!(
                    "{}\nSources:\n{}",
                    result.description,
                    sources.join("\n")
                ))
                .add_properties(
                    sources
                        .iter()
                        .map(|source| Property::new("source", source.as_str())),
                );
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
    use crate::source::Source;

    const SOURCES: &[Citation] = &[
        Source::CanonicalSpec.at("CustomerListResponse"),
        Source::EcartapiCustomers.at("Query filters: ids"),
    ];

    #[test]
    fn failures_and_skips_carry_their_escaped_reason() {
        let result = |id, outcome| CaseResult {
            id,
            description: "GET /customers answers {\"success\": true}",
            sources: SOURCES,
            needs: &[],
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
                result(
                    "canonical.c",
                    Outcome::Skipped("the store lacks the example customers".into()),
                ),
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
            xml.contains(r#"<skipped message="the store lacks the example customers""#),
            "{xml}"
        );
        assert!(!xml.contains("conformance.ecwid"), "{xml}");
        assert!(
            xml.contains(concat!(
                r#"<property name="source" "#,
                r#"value="https://docs.ecartapi.com/docs/customers (Query filters: ids)"/>"#
            )),
            "{xml}"
        );
        assert!(
            xml.contains(concat!(
                r#"<property name="source" "#,
                r#"value="specs/ecartapi/customers.yaml (CustomerListResponse)"/>"#
            )),
            "{xml}"
        );
    }
}
