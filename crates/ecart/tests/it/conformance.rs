//! `ecart conformance`: the table with its legend of sources, and `--verbose` with full sources.

use std::process::{Command, Output};

fn conformance(args: &[&str]) -> String {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .arg("conformance")
        .args(args)
        .output()
        .expect("ecart runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn the_table_names_sources_by_key_and_the_legend_says_where_they_are() {
    let table = conformance(&["--only", "ecwid.get.unknown,canonical.filter.ids"]);
    let row = table
        .lines()
        .find(|line| line.starts_with("ecwid.get.unknown "))
        .unwrap_or_else(|| panic!("no row for the case:\n{table}"));
    assert!(
        row.contains(" pass ") && row.contains(" ecwid:get "),
        "{row}"
    );
    let legend: Vec<&str> = table
        .lines()
        .skip_while(|line| *line != "Sources:")
        .skip(1)
        .take_while(|line| !line.starts_with("run "))
        .collect();
    assert_eq!(
        legend,
        [
            "ecwid:get           https://docs.ecwid.com/api-reference/rest-api/customers/get-customer",
            "ecartapi:customers  https://docs.ecartapi.com/docs/customers",
            "spec:ecartapi       specs/ecartapi/customers.yaml",
        ],
        "{table}"
    );
    for line in table.lines() {
        assert!(
            line.chars().count() <= 120,
            "wider than 120 columns: {line:?}"
        );
    }
    assert!(
        table.ends_with("conformance: 2 passed, 0 failed, 0 skipped\n"),
        "{table}"
    );
}

#[test]
fn verbose_lists_each_source_by_url_or_path_with_its_section() {
    let listing = conformance(&["--only", "canonical.filter.ids", "--verbose"]);
    assert!(
        listing.starts_with("canonical.filter.ids: pass, "),
        "{listing}"
    );
    assert!(
        listing.contains(
            "\n  ids=A returns A and not B; ids=A,B both and nothing else; an unknown id is left out\n  \
             source: https://docs.ecartapi.com/docs/customers (Query filters: ids)\n  \
             source: specs/ecartapi/customers.yaml (Ids)\n"
        ),
        "{listing}"
    );
    assert!(!listing.contains("Sources:"), "no legend: {listing}");
}
