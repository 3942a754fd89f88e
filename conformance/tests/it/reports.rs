//! The JUnit XML and the JSON report, read back as a CI system and a script read them: a run
//! against `canonical-memory` without `/count` and with an ignored `email` filter, so the reports
//! hold a pass, a failure and skips.

use std::collections::BTreeMap;

use canonical_memory::{Fault, Supports};
use conformance::{Report, RunOptions};
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use serde_json::Value;

async fn report() -> Report {
    let server = crate::memory::spawn(
        Supports::without_count(),
        vec![Fault::EmailFilterIgnored],
        10,
    )
    .await;
    let target = crate::memory::target(&server);
    let options = RunOptions {
        only: vec![
            "canonical.count.envelope".into(),
            "canonical.list.limit".into(),
            "canonical.filter.email".into(),
            "ecwid.get.unknown".into(),
        ],
        ..RunOptions::default()
    };
    let report = conformance::run(&target, &options).await;
    server.shutdown().await;
    report
}

/// The value of attribute `name` of `element`.
fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .map(|a| {
            a.normalized_value(XmlVersion::Explicit1_0)
                .expect("an attribute value")
                .into_owned()
        })
}

/// What a CI system reads of a JUnit document: the root's counts, and each test case's
/// `classname`, and its `failure` or `skipped` with the message (`pass` when neither).
fn read_junit(xml: &str) -> (BTreeMap<String, String>, BTreeMap<String, (String, String)>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut root = BTreeMap::new();
    let mut cases: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut current: Option<String> = None;
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let (element, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) if e.name().as_ref() == b"testcase" => {
                current = None;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match element.name().as_ref() {
            b"testsuites" => {
                for name in ["tests", "failures", "skipped", "errors"] {
                    root.insert(
                        name.to_owned(),
                        attribute(element, name).unwrap_or_default(),
                    );
                }
            }
            b"testcase" => {
                let name = attribute(element, "name").expect("a testcase has a name");
                let class = attribute(element, "classname").unwrap_or_default();
                cases.insert(name.clone(), (class, "pass".to_owned()));
                current = (!empty).then_some(name);
            }
            kind @ (b"failure" | b"skipped") => {
                let case = current.as_ref().expect("inside a testcase");
                let message = attribute(element, "message").unwrap_or_default();
                let kind = String::from_utf8_lossy(kind);
                cases.get_mut(case).expect("seen").1 = format!("{kind}: {message}");
            }
            _ => {}
        }
    }
    (root, cases)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_junit_and_json_reports_read_back_as_the_run_went() {
    let report = report().await;
    let count_skip = "needs count; the target answered 400 RESOURCE_NOT_AVAILABLE to GET \
                      /api/v2/customers/count";

    let (root, cases) = read_junit(&report.to_junit().expect("the XML"));
    assert_eq!(root["tests"], "4");
    assert_eq!(root["failures"], "1");
    assert_eq!(root["skipped"], "2");
    assert_eq!(
        cases["canonical.count.envelope"],
        (
            "conformance.canonical".to_owned(),
            format!("skipped: {count_skip}")
        )
    );
    assert_eq!(
        cases["canonical.list.limit"],
        ("conformance.canonical".to_owned(), "pass".to_owned())
    );
    let (class, email) = &cases["canonical.filter.email"];
    assert_eq!(class, "conformance.canonical");
    assert!(
        email.starts_with("failure: GET /api/v2/customers?email=conf-")
            && email.contains("must not return customer"),
        "{email}"
    );
    assert_eq!(
        cases["ecwid.get.unknown"],
        (
            "conformance.ecwid".to_owned(),
            "skipped: no Ecwid target given".to_owned()
        )
    );

    let json: Value =
        serde_json::from_str(&serde_json::to_string(&report.to_json()).expect("serialises"))
            .expect("parses");
    assert_eq!(json["runId"], report.run_id());
    assert_eq!(json["passed"], false);
    assert_eq!(
        json["summary"],
        serde_json::json!({"passed": 1, "failed": 1, "skipped": 2})
    );
    assert_eq!(json["unreachable"], Value::Null);
    let by_id: BTreeMap<&str, &Value> = json["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| (c["id"].as_str().expect("an id"), c))
        .collect();
    let count = by_id["canonical.count.envelope"];
    assert_eq!(count["result"], "skip");
    assert_eq!(count["reason"], count_skip);
    assert_eq!(count["needs"], serde_json::json!(["count"]));
    assert_eq!(count["suite"], "canonical");
    assert!(
        count["sources"]
            .as_array()
            .expect("sources")
            .contains(&Value::from(
                "specs/ecartapi/customers.yaml (CustomerCountResponse)"
            ))
    );
    assert_eq!(by_id["canonical.list.limit"]["result"], "pass");
    assert_eq!(by_id["canonical.list.limit"]["reason"], Value::Null);
    assert_eq!(by_id["canonical.filter.email"]["result"], "fail");
    let capabilities: BTreeMap<&str, (bool, bool)> = json["capabilities"]
        .as_array()
        .expect("capabilities")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().expect("a name"),
                (
                    c["present"].as_bool().expect("present"),
                    c["probed"].as_bool().expect("probed"),
                ),
            )
        })
        .collect();
    assert_eq!(capabilities.len(), 12);
    assert_eq!(capabilities["count"], (false, true));
    assert_eq!(capabilities["email"], (true, true));
    assert_eq!(json["cleanup"], serde_json::json!([]));
}
