//! What changed in an Ecwid store since a moment, as NDJSON on stdout, to mirror the store
//! elsewhere: `{"upsert": <customer>}` for every customer created or updated since then, then
//! `{"delete": <id>, "date": <when>}` for every customer deleted since then. The moment is UNIX
//! seconds; Ecwid's bounds are inclusive, so a mirror asks again from the second it last saw.
//!
//! ```sh
//! export ECWID_BASE_URL=http://127.0.0.1:8081/api/v3 ECWID_STORE_ID=1003 ECWID_TOKEN=secret_simtoken
//! cargo run -p ecwid-client --example changes_since -- "$(date -d '1 hour ago' +%s)"
//! ```

mod from_env;

use std::io::{BufWriter, Write};

use ecwid_client::{CustomerFilter, Error};
use futures::TryStreamExt;
use serde_json::json;

/// Deleted customers asked for per request (Ecwid's most).
const PAGE: u64 = 100;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let since = std::env::args()
        .nth(1)
        .ok_or("usage: changes_since <UNIX seconds>")?;
    let since: i64 = since
        .parse()
        .map_err(|_| format!("since: {since:?} is not a number of UNIX seconds"))?;
    let ecwid = from_env::ecwid_client()?;
    let mut out = BufWriter::new(std::io::stdout().lock());

    // A new customer counts as updated when it is created.
    let filter = CustomerFilter::default().with_updated_from(since.to_string());
    let mut changed = ecwid.search_all(&filter).await?;
    while let Some(customer) = changed.try_next().await? {
        writeln!(out, "{}", json!({ "upsert": customer }))?;
    }

    let mut offset = 0u64;
    loop {
        let page = ecwid
            .search_deleted_customers()
            .from_date(since.to_string())
            .offset(offset)
            .limit(PAGE)
            .send()
            .await
            .map_err(Error::from)?
            .into_inner();
        let items = page.items.unwrap_or_default();
        for deleted in &items {
            writeln!(
                out,
                "{}",
                json!({ "delete": deleted.id, "date": deleted.date })
            )?;
        }
        // A short page is the last one.
        if items.len() < PAGE as usize {
            break;
        }
        offset += PAGE;
    }
    out.flush()?;
    Ok(())
}
