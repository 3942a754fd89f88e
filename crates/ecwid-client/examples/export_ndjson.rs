//! Every customer of an Ecwid store as NDJSON on stdout, one Ecwid customer per line, each once
//! (pages are fetched concurrently and retried). A customer Ecwid sends in a shape the spec does
//! not allow is reported on stderr and the export goes on.
//!
//! ```sh
//! export ECWID_BASE_URL=http://127.0.0.1:8081/api/v3 ECWID_STORE_ID=1003 ECWID_TOKEN=secret_simtoken
//! cargo run -p ecwid-client --example export_ndjson > customers.ndjson
//! ```

mod from_env;

use std::io::{BufWriter, Write};

use ecwid_client::CustomerFilter;
use futures::StreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let ecwid = from_env::ecwid_client()?;
    let mut all = ecwid.search_all(&CustomerFilter::default()).await?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut skipped = 0;
    while let Some(customer) = all.next().await {
        match customer {
            Ok(customer) => {
                serde_json::to_writer(&mut out, &customer)?;
                out.write_all(b"\n")?;
            }
            // The error names the customer and the JSON path of the bad value.
            Err(err) if err.is_customer_error() => {
                skipped += 1;
                eprintln!("skipped: {err}");
            }
            // A page failed after the retries: what was written stands, the export does not.
            Err(err) => return Err(err.into()),
        }
    }
    out.flush()?;
    let stats = ecwid.stats();
    eprintln!(
        "{} customers exported, {skipped} skipped, {} pages, {} retries",
        stats.customers - skipped,
        stats.pages,
        stats.retries
    );
    Ok(())
}
