//! [`RequestError`]: a call that got no answer to read, the same for both clients.

/// Why a request got no answer to read: it was never built, it timed out, the server could not
/// be reached, or the answer's body was cut off.
///
/// Both clients report it as their `ErrorKind::Request`. The URL of a transport error has no
/// query string (see [`without_query`](crate::without_query)): search and list filters carry
/// customer emails and names.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// The request could not be built (a builder value that does not convert, such as
    /// `limit(0)`); nothing was sent.
    #[error("invalid request: {reason}")]
    Invalid {
        /// progenitor's description.
        reason: String,
    },
    /// An attempt got no complete answer within the configured timeout.
    #[error("timed out")]
    Timeout(#[source] reqwest::Error),
    /// The server could not be reached, or the connection broke before an answer came.
    #[error("could not reach the server")]
    Connection(#[source] reqwest::Error),
    /// The answer started but its body was cut off.
    #[error("the response body was cut off")]
    IncompleteBody(#[source] reqwest::Error),
}

impl RequestError {
    /// Whether the (last) attempt timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout(_))
    }
}
