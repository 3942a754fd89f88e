//! Every customer of a canonical customers API as NDJSON on stdout, one canonical customer per
//! line, walking the pages until one is short.
//!
//! ```sh
//! export ECART_BASE_URL=http://127.0.0.1:8080 ECART_API_KEY=...   # `ecart serve` prints its key
//! cargo run -p ecartapi-client --example export_canonical_ndjson > canonical.ndjson
//! ```

use std::io::{BufWriter, Write};

use ecartapi_client::EcartClient;

/// Customers asked for per page (the API's most).
const LIMIT: u64 = 100;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let var = |name: &str| std::env::var(name).map_err(|err| format!("{name}: {err}"));
    let ecart = EcartClient::new(var("ECART_BASE_URL")?, var("ECART_API_KEY")?.into())?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut exported = 0;
    for page in 1u64.. {
        let list = ecart.raw().list_customers().limit(LIMIT).page(page).send();
        let customers = ecart.call("list_customers", list).await?.customers;
        for customer in &customers {
            serde_json::to_writer(&mut out, customer)?;
            out.write_all(b"\n")?;
        }
        exported += customers.len();
        if customers.len() < LIMIT as usize {
            break;
        }
    }
    out.flush()?;
    eprintln!("{exported} customers exported");
    Ok(())
}
