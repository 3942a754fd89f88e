//! The ceiling of `cargo xtask bench-gateway`: a "gateway" that does everything `ecart serve`
//! does to answer `GET /api/v2/customers?limit=N` except the work that makes it a gateway. It
//! runs the same embedded simulated store in-process, asks it for the same page over HTTP on
//! 127.0.0.1 (same `responseFields`), and answers with the store's bytes as they came: no
//! parse, no mapping, no serializing, no auth, no logging. No gateway of this shape can be
//! faster, so its throughput against the store alone bounds the gateway's ratio.
//!
//! `forward_proxy PORT CUSTOMERS`

use std::sync::Arc;

use anyhow::Context;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use ecwid_sim::{Sim, SimConfig};

struct Upstream {
    http: reqwest::Client,
    url: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: forward_proxy PORT CUSTOMERS";
    let port: u16 = args.next().context(usage)?.parse()?;
    let customers: usize = args.next().context(usage)?.parse()?;
    let config = SimConfig {
        token: "forward-proxy".to_owned(),
        customers,
        rate_limit_per_minute: 0,
        ..SimConfig::default()
    };
    let sim = Sim::new(config.clone());
    let store = sim.spawn("127.0.0.1:0".parse()?).await?;
    let upstream = Arc::new(Upstream {
        http: reqwest::Client::new(),
        url: format!("{}/{}/customers", store.base_url(), config.store_id),
    });
    let token = config.token.clone();
    let app = axum::Router::new()
        .route(
            "/api/v2/customers",
            axum::routing::get(
                move |State(upstream): State<Arc<Upstream>>, RawQuery(query): RawQuery| {
                    let token = token.clone();
                    async move { forward(&upstream, &token, query.as_deref()).await }
                },
            ),
        )
        .with_state(upstream);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn forward(upstream: &Upstream, token: &str, query: Option<&str>) -> Response {
    let limit = query
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("limit=")))
        .unwrap_or("50");
    let answer = upstream
        .http
        .get(&upstream.url)
        .bearer_auth(token)
        .query(&[
            ("limit", limit),
            ("offset", "0"),
            ("responseFields", ecwid_mapping::ECWID_RESPONSE_FIELDS),
        ])
        .send()
        .await;
    let body = match answer {
        Ok(answer) => answer.bytes().await,
        Err(err) => Err(err),
    };
    match body {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(err) => (StatusCode::BAD_GATEWAY, err.to_string()).into_response(),
    }
}
