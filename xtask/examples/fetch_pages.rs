//! The baseline of `cargo xtask bench-export`: fetch every page `ecart customers export` fetches
//! (same offsets, `limit=100`, sort, `responseFields`, 4 at a time) and discard the bytes. A
//! release-built process like the export, so the two are timed the same way.
//!
//! `fetch_pages BASE_URL STORE_ID TOTAL` with the token in `ECWID_TOKEN`; prints the bytes read.

use anyhow::Context;
use futures::StreamExt;

/// The pages the export fetches at once (ecwid-client's default page concurrency).
const CONCURRENCY: usize = 4;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: fetch_pages BASE_URL STORE_ID TOTAL";
    let base = args.next().context(usage)?;
    let store: i64 = args.next().context(usage)?.parse()?;
    let total: usize = args.next().context(usage)?.parse()?;
    let token = std::env::var("ECWID_TOKEN").context("ECWID_TOKEN")?;
    let http = reqwest::Client::new();
    let url = format!("{base}/{store}/customers");
    let pages = futures::stream::iter((0..total).step_by(100))
        .map(|offset| {
            let request = http.get(&url).bearer_auth(&token).query(&[
                ("offset", offset.to_string()),
                ("limit", "100".to_owned()),
                ("sortBy", "REGISTERED_DATE_ASC".to_owned()),
                (
                    "responseFields",
                    ecwid_mapping::ECWID_RESPONSE_FIELDS.to_owned(),
                ),
            ]);
            async move {
                let response = request.send().await?.error_for_status()?;
                anyhow::Ok(response.bytes().await?.len())
            }
        })
        .buffered(CONCURRENCY);
    let mut bytes = 0;
    let mut pages = std::pin::pin!(pages);
    while let Some(page) = pages.next().await {
        bytes += page?;
    }
    println!("{bytes}");
    Ok(())
}
