//! The store an example talks to, from the environment variables `ecart customers` reads too.

use ecwid_client::EcwidClient;

/// A client for `ECWID_BASE_URL`, `ECWID_STORE_ID` and `ECWID_TOKEN`; an error names the variable.
pub fn ecwid_client() -> Result<EcwidClient, Box<dyn std::error::Error>> {
    let var = |name: &str| std::env::var(name).map_err(|err| format!("{name}: {err}"));
    let store_id = var("ECWID_STORE_ID")?;
    let store_id = store_id
        .parse()
        .map_err(|_| format!("ECWID_STORE_ID: {store_id:?} is not a store id"))?;
    Ok(EcwidClient::new(
        var("ECWID_BASE_URL")?,
        store_id,
        var("ECWID_TOKEN")?.into(),
    )?)
}
