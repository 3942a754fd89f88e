//! [`ClientSetup`]: what both client builders hold besides their own settings (a store id, a
//! page concurrency), and how it becomes the parts of a generated client.

use std::fmt;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use crate::{BearerError, ClientConfig, Defaults, RetryPolicy, bearer_client};

/// The shared core of `EcwidClientBuilder` and `EcartClientBuilder`: the base URL, the secret,
/// the [`ClientConfig`], the client crate's [`Defaults`] and the caller's
/// `reqwest::ClientBuilder`. Each client builder wraps one and hands its setters on;
/// [`build`](Self::build) makes the parts of the generated client.
///
/// ```
/// use std::time::Duration;
/// use client_http::{ClientSetup, Defaults, RetryPolicy};
///
/// let defaults = Defaults { user_agent: "example/1", timeout: Duration::from_secs(30) };
/// let parts = ClientSetup::new("https://api.example.com/", "secret".into(), defaults)
///     .retry(RetryPolicy::never())
///     .timeout(Duration::from_secs(5))
///     .build()?;
/// assert_eq!(parts.base_url, "https://api.example.com");
/// assert_eq!(parts.config.retry.max_attempts, 1);
/// # Ok::<(), client_http::BearerError>(())
/// ```
///
/// Its `Debug` shows the settings, never the secret.
#[must_use = "a setup does nothing until `build` is called"]
pub struct ClientSetup {
    base_url: String,
    secret: SecretString,
    config: ClientConfig,
    defaults: Defaults,
    /// The caller's, from [`Self::http`]; `None` for the client crate's own.
    caller: Option<reqwest::ClientBuilder>,
}

/// What [`ClientSetup::build`] makes: what a generated client is built from.
#[derive(Debug)]
#[non_exhaustive]
pub struct ClientParts {
    /// The base URL without a trailing `/` (the generated paths start with one).
    pub base_url: String,
    /// The HTTP client: the secret in a sensitive `Authorization` header ([`bearer_client`]).
    pub http: reqwest::Client,
    /// The settings it was built with; the retry policy is the request hook's to apply.
    pub config: ClientConfig,
}

impl ClientSetup {
    /// A setup for `base_url` sending `secret` as `Authorization: Bearer`, with the default
    /// [`ClientConfig`], and `defaults` for the HTTP client the client crate builds when no
    /// caller's builder is given.
    pub fn new(base_url: impl Into<String>, secret: SecretString, defaults: Defaults) -> Self {
        Self {
            base_url: base_url.into(),
            secret,
            config: ClientConfig::default(),
            defaults,
            caller: None,
        }
    }

    /// Retries and waits; default [`RetryPolicy::default`].
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Time limit of one attempt, from connecting to the last body byte; default the client
    /// crate's (30 s), or the timeout of the builder given to [`http`](Self::http). Applies to
    /// either.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = Some(timeout);
        self
    }

    /// Every setting at once.
    pub fn config(mut self, config: ClientConfig) -> Self {
        self.config = config;
        self
    }

    /// Use a caller's `reqwest::ClientBuilder` (proxies, user agent, timeout, TLS roots) as
    /// given: only the `Authorization` header is added to it, and [`timeout`](Self::timeout)
    /// when that is called. The client crate's user agent and default timeout are not applied.
    pub fn http(mut self, http: reqwest::ClientBuilder) -> Self {
        self.caller = Some(http);
        self
    }

    /// The HTTP client ([`bearer_client`], with the defaults when no caller's builder was
    /// given), the base URL and the settings. Needs no async runtime.
    pub fn build(self) -> Result<ClientParts, BearerError> {
        let http = bearer_client(
            self.secret.expose_secret(),
            self.caller,
            self.defaults,
            self.config.timeout,
        )?;
        Ok(ClientParts {
            base_url: self.base_url.trim_end_matches('/').to_owned(),
            http,
            config: self.config,
        })
    }
}

impl fmt::Debug for ClientSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSetup")
            .field("base_url", &self.base_url)
            .field("secret", &"[redacted]")
            .field("config", &self.config)
            .field("caller_http", &self.caller.is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_settings_and_never_the_secret() {
        let defaults = Defaults {
            user_agent: "test/1",
            timeout: Duration::from_secs(30),
        };
        let setup = ClientSetup::new("https://api.example.com", "TOPSECRET".into(), defaults)
            .timeout(Duration::from_secs(5));
        let shown = format!("{setup:?}");
        assert!(!shown.contains("TOPSECRET"), "{shown}");
        assert!(
            shown.contains("[redacted]") && shown.contains("5s"),
            "{shown}"
        );
    }
}
