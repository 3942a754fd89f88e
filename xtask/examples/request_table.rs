//! `cargo xtask bench-requests`: the Ecwid requests each canonical request costs, counted at the
//! simulated store (its `x-sim-request-count`, the counter `ecart sim` prints on exit), and a
//! full `sinceId` walk of a large store against the floor of one Ecwid request per 100 customers.
//!
//! `request_table [CUSTOMERS]` (default 100 000): a store of that many generated customers (plus
//! Ecwid's two example customers) and a gateway over it, both in this process, no rate limit.
//! Prints Markdown tables.

use std::time::Instant;

use anyhow::{Context, ensure};
use ecart_gateway::GatewayConfig;
use ecwid_client::{EcwidClient, RetryPolicy};
use ecwid_sim::{REQUEST_COUNT_HEADER, Sim, SimConfig};
use serde_json::Value;

const KEY: &str = "bench";

struct Bench {
    http: reqwest::Client,
    gateway: String,
    store: String,
    token: String,
    last_count: u64,
}

impl Bench {
    /// The store's request counter, read from its own answer header (that request is not
    /// counted against the canonical request measured).
    async fn store_count(&self) -> anyhow::Result<u64> {
        let response = self
            .http
            .get(format!(
                "{}/customers?limit=1&responseFields=total",
                self.store
            ))
            .bearer_auth(&self.token)
            .send()
            .await?;
        let count = response
            .headers()
            .get(REQUEST_COUNT_HEADER)
            .context("the store's request count header")?
            .to_str()?
            .parse()?;
        Ok(count)
    }

    /// `GET path` on the gateway: the body and the Ecwid requests it cost.
    async fn cost(&mut self, path: &str) -> anyhow::Result<(Value, u64)> {
        let before = self.store_count().await?;
        let response = self
            .http
            .get(format!("{}{path}", self.gateway))
            .bearer_auth(KEY)
            .send()
            .await?;
        let status = response.status();
        let body: Value = response.json().await?;
        ensure!(status.is_success(), "{path}: {status} {body}");
        let after = self.store_count().await?;
        // `after` counts the probe that read `before`; take it out.
        self.last_count = after - before - 1;
        Ok((body, self.last_count))
    }
}

fn ids(body: &Value) -> Vec<i64> {
    body["customers"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|c| c["id"].as_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// `text` encoded as a query value.
fn enc(text: &str) -> String {
    reqwest::Url::parse_with_params("http://x/", &[("v", text)])
        .map(|url| url.query().unwrap_or_default()[2..].to_owned())
        .unwrap_or_default()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let customers: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(100_000);
    let sim = Sim::new(SimConfig {
        customers,
        rate_limit_per_minute: 0,
        ..SimConfig::default()
    });
    let running = sim.spawn(([127, 0, 0, 1], 0).into()).await?;
    let token = sim.config().token.clone();
    let ecwid = EcwidClient::builder(
        running.base_url(),
        sim.config().store_id,
        token.clone().into(),
    )
    .retry(RetryPolicy::never())
    .build()?;
    let gateway = ecart_gateway::spawn(
        GatewayConfig::new(KEY.into(), ecwid),
        ([127, 0, 0, 1], 0).into(),
    )
    .await?;
    let mut bench = Bench {
        http: reqwest::Client::new(),
        gateway: gateway.base_url().to_owned(),
        store: format!("{}/{}", running.base_url(), sim.config().store_id),
        token,
        last_count: 0,
    };

    let all = sim.store().list();
    let store_ids = sim.store().ids();
    let middle = &all[all.len() / 2];
    let email = middle.email.clone().unwrap_or_default();
    let name = middle.name.clone().unwrap_or_default();
    let last_name = name
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_owned();
    let ten: Vec<String> = store_ids
        .iter()
        .step_by(store_ids.len() / 10)
        .take(10)
        .map(i64::to_string)
        .collect();
    let ten = ten.join(",");
    let cursor = store_ids[store_ids.len() / 3];
    let deleted = store_ids[store_ids.len() / 3 + 1000];

    println!(
        "Ecwid requests per canonical request, {} customers:\n",
        sim.store().len()
    );
    println!("| canonical request | plan | Ecwid requests |");
    println!("|---|---|---|");
    let rows: Vec<(String, &str, String)> = vec![
        (
            "list, `limit=100`".into(),
            "Ecwid",
            "/api/v2/customers?limit=100".into(),
        ),
        ("count".into(), "Ecwid", "/api/v2/customers/count".into()),
        (
            "`createdAt[from]`".into(),
            "Ecwid",
            "/api/v2/customers?limit=100&createdAt[from]=2020-01-01".into(),
        ),
        (
            "`updatedAt[to]`".into(),
            "Ecwid",
            "/api/v2/customers?limit=100&updatedAt[to]=2020-01-01".into(),
        ),
        (
            "`name`".into(),
            "Ecwid",
            format!("/api/v2/customers?limit=100&name={}", enc(&last_name)),
        ),
        (
            "`search`".into(),
            "Ecwid",
            format!("/api/v2/customers?limit=100&search={}", enc(&last_name)),
        ),
        (
            "`email`".into(),
            "Ecwid",
            format!("/api/v2/customers?limit=100&email={}", enc(&email)),
        ),
        (
            "`ids` (10 ids)".into(),
            "by id",
            format!("/api/v2/customers?ids={ten}"),
        ),
        (
            "`ids` (10 ids) + `search`".into(),
            "by id",
            format!("/api/v2/customers?ids={ten}&search={}", enc(&last_name)),
        ),
        (
            "`ids` (10 ids) + `name` + `email`".into(),
            "by id",
            format!(
                "/api/v2/customers?ids={ten}&name={}&email={}",
                enc(&last_name),
                enc(&email)
            ),
        ),
        (
            "count, `ids` (10 ids)".into(),
            "by id",
            format!("/api/v2/customers/count?ids={ten}"),
        ),
        (
            "`sinceId`, `limit=100`, first page (cursor not seen before)".into(),
            "cursor",
            format!("/api/v2/customers?limit=100&sinceId={cursor}"),
        ),
    ];
    for (what, plan, path) in &rows {
        let (_, cost) = bench.cost(path).await?;
        println!("| {what} | {plan} | {cost} |");
    }
    let (body, _) = bench
        .cost(&format!("/api/v2/customers?limit=100&sinceId={cursor}"))
        .await?;
    let next = *ids(&body).last().context("a page")?;
    let later: Vec<(String, String)> = vec![
        (
            "`sinceId`, `limit=100`, next page (the last id of the page before)".into(),
            format!("/api/v2/customers?limit=100&sinceId={next}"),
        ),
        (
            "`sinceId`, `limit=50`, next page".into(),
            format!("/api/v2/customers?limit=50&sinceId={next}"),
        ),
        (
            "`sinceId`, `limit=100`, `page=7`".into(),
            format!("/api/v2/customers?limit=100&page=7&sinceId={next}"),
        ),
        (
            "`sinceId` + `search`, `limit=100`".into(),
            format!(
                "/api/v2/customers?limit=100&sinceId={next}&search={}",
                enc(&last_name)
            ),
        ),
        (
            "count, `sinceId` (cursor placed)".into(),
            format!("/api/v2/customers/count?sinceId={next}"),
        ),
        (
            "count, `sinceId` (a customer not seen before)".into(),
            format!(
                "/api/v2/customers/count?sinceId={}",
                store_ids[store_ids.len() / 2]
            ),
        ),
        (
            "count, `sinceId` naming no customer (binary search)".into(),
            format!(
                "/api/v2/customers/count?sinceId={}",
                store_ids[store_ids.len() / 2] + 1
            ),
        ),
    ];
    for (what, path) in &later {
        let (_, cost) = bench.cost(path).await?;
        println!("| {what} | cursor | {cost} |");
    }
    ensure!(sim.store().remove(deleted), "the cursor to delete exists");
    let (_, cost) = bench
        .cost(&format!("/api/v2/customers?limit=100&sinceId={deleted}"))
        .await?;
    println!("| `sinceId` of a deleted customer, `limit=100` | cursor | {cost} |");

    // A full walk by cursor, from before the first customer.
    let started = Instant::now();
    let (mut since, mut pages, mut requests, mut seen, mut worst) = (0i64, 0u64, 0u64, 0usize, 0);
    let mut previous = 0i64;
    loop {
        let (body, cost) = bench
            .cost(&format!("/api/v2/customers?limit=100&sinceId={since}"))
            .await?;
        let page = ids(&body);
        ensure!(
            page.first().is_none_or(|&first| first > previous),
            "the walk went back at sinceId={since}"
        );
        pages += 1;
        requests += cost;
        worst = worst.max(cost);
        seen += page.len();
        match page.last() {
            Some(&last) if page.len() == 100 => {
                previous = last;
                since = last;
            }
            _ => break,
        }
    }
    let total = sim.store().len();
    ensure!(seen == total, "the walk met {seen} customers of {total}");
    let floor = total.div_ceil(100) as u64;
    println!(
        "\nFull `sinceId` walk, `limit=100`: {total} customers in {pages} pages, {requests} Ecwid \
         requests ({:.2} per page, most {worst}); floor {floor} (one per 100 customers): {:.2}x \
         the floor; target 1.05 x floor + 1 per page = {:.0}. {:.1} s in process.",
        requests as f64 / pages as f64,
        requests as f64 / floor as f64,
        1.05 * floor as f64 + pages as f64,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
