//! `ecart map`: the customers of the spec's examples, the way back, bad input, NDJSON streaming.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use spec_examples::{ECWID, Spec};

fn ecart(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ecart starts");
    // ecart may exit before reading (a usage error): a closed pipe is not the test's failure.
    if let Err(err) = child
        .stdin
        .take()
        .expect("piped")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    child.wait_with_output().expect("ecart ends")
}

fn stdout_json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

/// Exit status 1, nothing on stdout, exactly one line on stderr, returned.
fn one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "nothing converted is printed");
    let stderr = String::from_utf8(output.stderr.clone()).expect("UTF-8");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"));
    stderr
}

/// Every Ecwid customer of the spec's examples (Ecwid's documented ones).
fn example_customers() -> Vec<Value> {
    let spec = Spec::load(ECWID);
    let mut customers = Vec::new();
    for (_, page) in spec.examples("/{storeId}/customers", "get", "responses/200") {
        customers.extend(page["items"].as_array().expect("items").iter().cloned());
    }
    for (_, customer) in spec.examples("/{storeId}/customers/{customerId}", "get", "responses/200")
    {
        customers.push(customer);
    }
    customers
}

#[test]
fn every_example_customer_converts_as_the_library_does() {
    let customers = example_customers();
    assert!(
        customers.len() >= 5,
        "the search, responseFields and get examples"
    );
    for customer in customers {
        let output = ecart(
            &["map", "--from", "ecwid", "--to", "canonical"],
            &customer.to_string(),
        );
        let expected = ecwid_mapping::ecwid_json_to_canonical(&customer.to_string()).unwrap();
        assert_eq!(
            stdout_json(&output),
            serde_json::to_value(expected).unwrap()
        );
    }
}

#[test]
fn the_georgia_customer_reads_as_the_rules_say() {
    let page = Spec::load(ECWID).example(
        "/{storeId}/customers",
        "get",
        "responses/200",
        "twoCustomers",
    );
    let output = ecart(
        &["map", "--from", "ecwid", "--to", "canonical"],
        &page["items"][1].to_string(),
    );
    let canonical = stdout_json(&output);
    assert_eq!(canonical["id"], "277137633");
    assert_eq!(canonical["firstName"], "test");
    assert_eq!(
        canonical["phone"], "00000000000",
        "the default PHONE contact"
    );
    assert_eq!(canonical["dates"]["createdAt"], "2024-08-21T07:52:09Z");
    let address = &canonical["addresses"][0];
    assert_eq!(
        address["country"],
        json!({"code": "GE", "codeIso2": "GE", "codeIso3": "GEO", "name": "Georgia"})
    );
    assert_eq!(address["state"], json!({"code": "TB", "name": "Tbilisi"}));
    assert_eq!(address["defaultShipping"], true);
}

#[test]
fn a_canonical_customer_goes_back_to_ecwid() {
    let canonical = json!({
        "id": "277137633", "email": "mary@example.com", "firstName": "Mary Ann", "lastName": "Smith",
        "phone": "+995 555", "note": "VIP", "currency": "GEL",
        "addresses": [
            {"id": "billing", "defaultBilling": true, "address1": "1 Rustaveli Ave", "address2": "Apt 5",
             "city": "Tbilisi", "country": {"code": "GE"}, "state": {"code": "TB"}},
            {"id": "193416515", "firstName": "Mary", "lastName": "Smith", "address1": "2 Side St",
             "defaultShipping": true, "references": "Gate code 12"}
        ]
    });
    let create = stdout_json(&ecart(
        &["map", "--from", "canonical", "--to", "ecwid"],
        &canonical.to_string(),
    ));
    assert_eq!(create["email"], "mary@example.com");
    assert_eq!(create["billingPerson"]["name"], "Mary Ann Smith");
    assert_eq!(create["billingPerson"]["street"], "1 Rustaveli Ave\nApt 5");
    assert_eq!(create["billingPerson"]["countryCode"], "GE");
    assert_eq!(create["shippingAddresses"][0]["id"], 193416515);
    assert_eq!(create["shippingAddresses"][0]["note"], "Gate code 12");
    assert_eq!(create["shippingAddresses"][0]["defaultAddress"], true);
    assert_eq!(create["privateAdminNotes"], "VIP");
    assert_eq!(
        create["contacts"][0],
        json!({"type": "PHONE", "contact": "+995 555", "default": true})
    );
    assert!(
        create.get("currency").is_none(),
        "Ecwid cannot store a currency"
    );

    let full = stdout_json(&ecart(
        &[
            "map",
            "--from",
            "canonical",
            "--to",
            "ecwid",
            "--as",
            "customer",
        ],
        &canonical.to_string(),
    ));
    assert_eq!(full["id"], 277137633);
    let back = stdout_json(&ecart(
        &["map", "--from", "ecwid", "--to", "canonical"],
        &full.to_string(),
    ));
    let mut expected = canonical.clone();
    expected.as_object_mut().unwrap().remove("currency");
    assert_eq!(back["firstName"], expected["firstName"]);
    assert_eq!(back["addresses"][1]["references"], "Gate code 12");
    assert_eq!(back["addresses"][0]["country"]["codeIso3"], "GEO");

    let update = stdout_json(&ecart(
        &[
            "map",
            "--from",
            "canonical",
            "--to",
            "ecwid",
            "--as",
            "update",
        ],
        r#"{"note": "changed"}"#,
    ));
    assert_eq!(
        update,
        json!({"privateAdminNotes": "changed"}),
        "only what the input mentions"
    );
}

#[test]
fn bad_input_is_one_line_naming_the_json_path() {
    let to_canonical = ["map", "--from", "ecwid", "--to", "canonical"];
    let err = one_line_error(&ecart(&to_canonical, "{\"id\": 1, \"email\": "));
    assert_eq!(
        err.trim_end(),
        "error: email: EOF while parsing a value at line 1 column 19"
    );
    let err = one_line_error(&ecart(
        &to_canonical,
        r#"{"id": 7, "billingPerson": {"city": 5}}"#,
    ));
    assert!(
        err.starts_with(
            "error: customer 7: billingPerson.city: invalid type: integer `5`, expected a string"
        ),
        "{err}"
    );
    let err = one_line_error(&ecart(
        &to_canonical,
        r#"{"id": 7, "updated": "2024-13-01 00:00:00 +0000"}"#,
    ));
    assert!(
        err.starts_with(
            "error: customer 7: updated: unparseable date \"2024-13-01 00:00:00 +0000\""
        ),
        "{err}"
    );
    let err = one_line_error(&ecart(
        &["map", "--from", "canonical", "--to", "ecwid"],
        r#"{"firstName": "No Email"}"#,
    ));
    assert_eq!(
        err.trim_end(),
        "error: email: missing email (Ecwid requires one)"
    );
    let err = one_line_error(&ecart(
        &["map", "--from", "canonical", "--to", "ecwid"],
        r#"{"addresses": {"city": "x"}}"#,
    ));
    assert!(
        err.starts_with("error: addresses: invalid type: map, expected a sequence"),
        "{err}"
    );
}

#[test]
fn ndjson_reports_bad_lines_by_number_and_converts_the_rest() {
    let input = "{\"id\": 1, \"name\": \"Ana Lima\"}\n{\"id\": 2, \"registered\": \"soon\"}\n\n[]\n{\"id\": 4}\n";
    let output = ecart(
        &["map", "--from", "ecwid", "--to", "canonical", "--ndjson"],
        input,
    );
    assert_eq!(output.status.code(), Some(1), "some lines failed");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let ids: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [json!("1"), json!("4")]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with("error: line 2: customer 2: registered: unparseable date"),
        "{stderr}"
    );
    assert_eq!(
        lines[1],
        "error: line 4: $: expected a JSON object, found an array"
    );
    assert_eq!(lines[2], "error: 2 of 5 lines failed");
}

#[test]
fn ndjson_without_failures_exits_0_and_keeps_the_order() {
    let input: String = (1..=50).map(|i| format!("{{\"id\": {i}}}\n")).collect();
    let output = ecart(
        &["map", "--from", "ecwid", "--to", "canonical", "--ndjson"],
        &input,
    );
    assert!(output.status.success());
    let ids: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, (1..=50).map(|i| i.to_string()).collect::<Vec<_>>());
}

#[test]
fn models_must_differ() {
    let output = ecart(&["map", "--from", "ecwid", "--to", "ecwid"], "{}");
    one_line_error(&output);
}
