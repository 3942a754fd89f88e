//! `cargo xtask bench-map`: `ecart map --ndjson` against `jq -c .` on the same NDJSON file of
//! Ecwid customers, timed by hyperfine in one run.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::Context;
use serde_json::Value;

/// Write `customers` Ecwid customers, one per line, varied from the two full customers of Ecwid's
/// search example (ids, names, dates, 1 to 3 shipping addresses), and time both tools on them.
pub fn run(root: &Path, customers: usize, runs: u32) -> anyhow::Result<bool> {
    let dir = crate::workspace::target_dir(root)?.join("bench");
    std::fs::create_dir_all(&dir)?;
    let file = dir.join(format!("ecwid-customers-{customers}.ndjson"));
    let examples = search_example_customers(root)?;
    let mut text = String::new();
    for i in 0..customers {
        let mut customer = examples[i % examples.len()].clone();
        customer["id"] = Value::from(1_000_000 + i);
        customer["name"] = Value::from(format!("Customer Number {i}"));
        customer["billingPerson"]["name"] = Value::from(format!("Customer Number {i}"));
        customer["registered"] = Value::from(format!("2024-08-{:02} 07:52:09 +0400", 1 + i % 28));
        if let Some(addresses) = customer["shippingAddresses"].as_array_mut()
            && let Some(first) = addresses.first().cloned()
        {
            addresses.extend((0..i % 3).map(|_| first.clone()));
        }
        writeln!(text, "{customer}")?;
    }
    std::fs::write(&file, &text)?;
    println!(
        "{} customers, {:.1} MB in {}",
        customers,
        text.len() as f64 / 1e6,
        file.display()
    );

    let ecart = crate::workspace::build_release(root, &["-p", "ecart"])?.join("ecart");
    let file = file.display();
    let report = dir.join("map.md");
    let status = Command::new("hyperfine")
        .args([
            "--warmup",
            "1",
            "--runs",
            &runs.to_string(),
            "--export-markdown",
        ])
        .arg(&report)
        .arg(format!(
            "{} map --from ecwid --to canonical --ndjson {file} > /dev/null",
            ecart.display()
        ))
        .arg(format!("jq -c . {file} > /dev/null"))
        .status()
        .context("running hyperfine (apt-get install hyperfine jq)")?;
    println!("markdown table: {}", report.display());
    Ok(status.success())
}

fn search_example_customers(root: &Path) -> anyhow::Result<Vec<Value>> {
    let spec: Value = serde_yaml::from_str(&std::fs::read_to_string(
        root.join("specs/ecwid/customers.yaml"),
    )?)?;
    let items = spec
        .pointer("/paths/~1{storeId}~1customers/get/responses/200/content/application~1json/examples/twoCustomers/value/items")
        .and_then(Value::as_array)
        .context("the twoCustomers example of the Ecwid spec")?;
    Ok(items.clone())
}
