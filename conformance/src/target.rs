//! [`Target`]: the servers a run checks, with their secrets kept out of `Debug`.

use secrecy::SecretString;

/// What to run the suite against. A side left `None` has its cases skipped.
#[derive(Debug, Clone, Default)]
pub struct Target {
    /// A canonical customers API (ecartAPI v2 contract).
    pub canonical: Option<CanonicalTarget>,
    /// An Ecwid-compatible customers API (Ecwid REST API v3 contract).
    pub ecwid: Option<EcwidTarget>,
}

/// A canonical customers API: the base URL (paths start with `/api/v2`) and the API key sent as
/// `Authorization: Bearer <key>`.
///
/// `Debug` shows the URL, never the key:
///
/// ```
/// let target = conformance::CanonicalTarget::new("http://127.0.0.1:8080", "k3y-s3cret".into());
/// assert!(!format!("{target:?}").contains("k3y-s3cret"));
/// ```
#[derive(Debug, Clone)]
pub struct CanonicalTarget {
    /// `https://api.ecartapi.com`, `http://127.0.0.1:8080`, ... (no `/api/v2`).
    pub base_url: String,
    /// The store access token.
    pub api_key: SecretString,
}

impl CanonicalTarget {
    /// A target at `base_url` with `api_key`.
    pub fn new(base_url: impl Into<String>, api_key: SecretString) -> Self {
        Self {
            base_url: base_url.into().trim_end_matches('/').to_owned(),
            api_key,
        }
    }
}

/// An Ecwid-compatible customers API: the base URL without the store id
/// (`https://app.ecwid.com/api/v3`), the store id and the secret token.
///
/// `Debug` shows the URL and the store, never the token:
///
/// ```
/// let target = conformance::EcwidTarget::new("http://127.0.0.1:9000/api/v3", 1003, "secret_x1".into());
/// assert!(!format!("{target:?}").contains("secret_x1"));
/// ```
#[derive(Debug, Clone)]
pub struct EcwidTarget {
    /// `https://app.ecwid.com/api/v3` or a simulated store's base URL.
    pub base_url: String,
    /// The Ecwid store id.
    pub store_id: i64,
    /// The application's access token (`secret_...`).
    pub token: SecretString,
}

impl EcwidTarget {
    /// A target at `base_url` for `store_id` with `token`.
    pub fn new(base_url: impl Into<String>, store_id: i64, token: SecretString) -> Self {
        Self {
            base_url: base_url.into().trim_end_matches('/').to_owned(),
            store_id,
            token,
        }
    }
}
