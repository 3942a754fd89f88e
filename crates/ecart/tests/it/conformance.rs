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
    // What the run found of the target's capabilities comes first, then the cases.
    assert!(listing.starts_with("Capabilities:\n  count "), "{listing}");
    assert!(
        listing.contains("\ncanonical.filter.ids: pass, "),
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

mod against_another_implementation {
    //! `ecart conformance --base-url` against `canonical-memory`, a canonical implementation that
    //! shares no code with the gateway, in the shapes platforms come in: the exit status a CI
    //! job reads, and what the output says.

    use std::process::{Command, Output};

    use canonical_memory::{Config, Fault, Server, Supports, sample_customers};
    use serde_json::Value;

    const KEY: &str = "cli-memory-k3y";

    /// `ecart conformance --base-url <server> <args>` with the key in `ECART_API_KEY`, off the
    /// runtime's threads (the server runs on them).
    async fn ecart_against(base_url: String, key: &str, args: &[&str]) -> Output {
        let key = key.to_owned();
        let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_ecart"))
                .args(["conformance", "--base-url", &base_url])
                .args(&args)
                .env("ECART_API_KEY", key)
                .output()
                .expect("ecart runs")
        })
        .await
        .expect("the command finishes")
    }

    async fn server(supports: Supports, faults: Vec<Fault>) -> Server {
        Server::spawn(Config {
            api_key: KEY.into(),
            supports,
            faults,
            customers: sample_customers(30),
        })
        .await
        .expect("the in-memory server starts")
    }

    fn text(output: &Output) -> String {
        format!(
            "status {:?}\nstdout:\n{}\nstderr:\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    }

    /// The table's row of case `id`.
    fn row<'a>(stdout: &'a str, id: &str) -> &'a str {
        stdout
            .lines()
            .find(|line| line.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("no row for {id}:\n{stdout}"))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_implementation_exits_0() {
        let server = server(Supports::all(), Vec::new()).await;
        let output = ecart_against(server.base_url(), KEY, &[]).await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output));
        assert!(
            stdout.starts_with("Capabilities:\n  count       present  probe"),
            "{stdout}"
        );
        assert!(
            stdout.ends_with("conformance: 59 passed, 0 failed, 34 skipped\n"),
            "{stdout}"
        );
        server.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn without_count_it_exits_0_and_the_json_report_says_why_the_count_cases_skipped() {
        let server = server(Supports::without_count(), Vec::new()).await;
        let output = ecart_against(server.base_url(), KEY, &["--report", "json"]).await;
        assert_eq!(output.status.code(), Some(0), "{}", text(&output));
        let json: Value =
            serde_json::from_slice(&output.stdout).expect("stdout is the JSON report");
        let case = |id: &str| {
            json["cases"]
                .as_array()
                .and_then(|cases| cases.iter().find(|c| c["id"] == id))
                .cloned()
                .unwrap_or_else(|| panic!("no {id}"))
        };
        assert_eq!(case("canonical.count.envelope")["result"], "skip");
        assert_eq!(
            case("canonical.count.envelope")["reason"],
            "needs count; the target answered 400 RESOURCE_NOT_AVAILABLE to GET \
             /api/v2/customers/count"
        );
        assert_eq!(case("canonical.list.default_limit")["result"], "pass");
        assert_eq!(case("canonical.list.limit")["result"], "pass");
        assert_eq!(json["summary"]["failed"], 0);
        server.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_read_only_platform_exits_0_with_the_writes_skipped_and_the_filters_run() {
        let server = server(Supports::read_only(), Vec::new()).await;
        let before = server.customer_count();
        let output = ecart_against(server.base_url(), KEY, &["--only", "canonical"]).await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output));
        assert!(
            row(&stdout, "canonical.create.echo").contains(" skip "),
            "{stdout}"
        );
        assert!(
            row(&stdout, "canonical.create.echo").contains("needs create; the target answered 400"),
            "{stdout}"
        );
        for id in [
            "canonical.filter.email",
            "canonical.filter.created_at_from",
            "canonical.list.pagination",
        ] {
            assert!(row(&stdout, id).contains(" pass "), "{id}:\n{stdout}");
        }
        assert_eq!(server.customer_count(), before);
        server.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn capabilities_given_on_the_command_line_are_not_probed() {
        // The server has /count; the run is told it has not, and skips the count cases.
        let server = server(Supports::all(), Vec::new()).await;
        let output = ecart_against(
            server.base_url(),
            KEY,
            &[
                "--without",
                "count,orders",
                "--only",
                "canonical.count,canonical.list.limit",
            ],
        )
        .await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output));
        assert!(
            stdout.contains("\n  count       absent   given  given as absent\n"),
            "{stdout}"
        );
        assert!(
            row(&stdout, "canonical.count.envelope").contains("needs count; given as absent"),
            "{stdout}"
        );
        assert!(
            row(&stdout, "canonical.list.limit").contains(" pass "),
            "{stdout}"
        );
        server.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_broken_implementation_exits_1_naming_the_broken_behaviour() {
        let server = server(Supports::all(), vec![Fault::CountOffByOne]).await;
        let output = ecart_against(server.base_url(), KEY, &["--only", "canonical.count"]).await;
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output));
        let failing = row(&stdout, "canonical.count.agrees_with_list");
        assert!(
            failing.contains(" FAIL ") && failing.contains("GET /api/v2/customers/count versus"),
            "{stdout}"
        );
        server.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_unreachable_target_or_a_refused_key_exits_2() {
        let server = server(Supports::all(), Vec::new()).await;
        let base_url = server.base_url();
        let output = ecart_against(
            base_url.clone(),
            "not-the-key",
            &["--only", "canonical.list"],
        )
        .await;
        assert_eq!(output.status.code(), Some(2), "{}", text(&output));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("the canonical target cannot be checked: GET /api/v2/customers?limit=1: the target refused the API key (401)"),
            "{stderr}"
        );
        assert!(
            !stderr.contains("not-the-key")
                && !String::from_utf8_lossy(&output.stdout).contains("not-the-key")
        );
        server.shutdown().await;
        // The port is closed now.
        let output = ecart_against(
            base_url,
            KEY,
            &["--only", "canonical.list", "--json", "/dev/null"],
        )
        .await;
        assert_eq!(output.status.code(), Some(2), "{}", text(&output));
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("no answer"),
            "{}",
            text(&output)
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn wrong_arguments_exit_2_before_anything_runs() {
        for args in [
            &["--without", "counts"][..],
            &["--only", "canonical.no_such_case"],
            &["--capabilities", "count", "--without", "create"],
        ] {
            let output = ecart_against("http://127.0.0.1:9".into(), KEY, args).await;
            assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output));
            assert!(output.stdout.is_empty(), "{args:?}: {}", text(&output));
        }
    }
}

#[test]
fn list_prints_each_case_with_what_it_needs_and_the_cases_by_capability() {
    let listing = conformance(&[
        "--list",
        "--only",
        "canonical.count.filtered,canonical.list.limit",
    ]);
    assert_eq!(
        listing,
        "canonical.list.limit\n  \
         limit=7 gives exactly 7 customers (fewer only if the store has fewer)\n  \
         source: https://docs.ecartapi.com/docs/customers (Query filters: limit)\n  \
         source: specs/ecartapi/customers.yaml (Limit)\n\
         canonical.count.filtered\n  \
         /count takes every list filter and agrees with the filtered list: email -> 1, ids of two -> 2\n  \
         needs: count\n  \
         source: specs/ecartapi/customers.yaml (countCustomers: the same filters as the list)\n\
         Cases by capability:\n  \
         count: canonical.count.filtered\n  create: \n  update: \n  delete: \n  orders: \n  \
         name: \n  search: \n  email: \n  ids: \n  sinceId: \n  createdAt: \n  updatedAt: \n"
    );
}
