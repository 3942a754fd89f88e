//! [`ServerLimits`]: how long a client may take and how much it may hold.

use std::time::Duration;

/// The bounds [`serve`](crate::serve) puts on clients. Change a field of the defaults (a
/// duration over a year counts as a year: in effect, no limit):
///
/// ```
/// use std::time::Duration;
///
/// let mut limits = bounded_server::ServerLimits::default();
/// limits.header_timeout = Duration::from_secs(5);
/// assert_eq!(limits.max_connections, 256);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServerLimits {
    /// Most connections open at once. At the limit, a new connection closes the open one that
    /// has waited longest on its client (for a request head, or for more of a request body);
    /// when every open connection has a request in service, the new one is closed at once.
    /// Keep it below the process's open-file limit (`ulimit -n`). Default 256; 0 counts as 1.
    pub max_connections: usize,
    /// Time a connection has to send a complete request head, counted from when the server
    /// starts waiting for one: when the connection is accepted, and after each answer. It is
    /// therefore also how long an idle keep-alive connection stays open. Over it the connection
    /// is closed. Default 10 s.
    pub header_timeout: Duration,
    /// Time a request body has to arrive, counted from when its head arrived: over it, reading
    /// the body fails with [`BodyTimedOut`](crate::BodyTimedOut) (the handler answers as it
    /// answers any unreadable body) and the connection is closed after the answer. Also bounds
    /// the discarding below. Default 30 s.
    pub body_timeout: Duration,
    /// Most bytes of a request body read and thrown away after the answer when the handler did
    /// not read all of it (a body over its size limit, a request refused before its body was
    /// read). Clients that write their whole body before reading (Python's `urllib` and
    /// `requests`, reqwest, most SDKs) then receive the answer instead of a broken pipe. Never
    /// buffered. A body with more left over (or a declared `Content-Length` over it) gets its
    /// answer and a closed connection. Default 16 MiB.
    pub max_discarded_body_bytes: u64,
}

impl ServerLimits {
    /// The default [`max_connections`](Self::max_connections): 256.
    pub const DEFAULT_MAX_CONNECTIONS: usize = 256;
    /// The default [`header_timeout`](Self::header_timeout): 10 s.
    pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
    /// The default [`body_timeout`](Self::body_timeout): 30 s.
    pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(30);
    /// The default [`max_discarded_body_bytes`](Self::max_discarded_body_bytes): 16 MiB.
    pub const DEFAULT_MAX_DISCARDED_BODY_BYTES: u64 = 16 * 1024 * 1024;

    /// Longest duration applied; a deadline further away would overflow the clock.
    const LONGEST: Duration = Duration::from_secs(365 * 24 * 60 * 60);

    /// The same limits within their documented bounds.
    pub(crate) fn normalized(mut self) -> Self {
        self.max_connections = self.max_connections.max(1);
        self.header_timeout = self.header_timeout.min(Self::LONGEST);
        self.body_timeout = self.body_timeout.min(Self::LONGEST);
        self
    }
}

impl Default for ServerLimits {
    fn default() -> Self {
        Self {
            max_connections: Self::DEFAULT_MAX_CONNECTIONS,
            header_timeout: Self::DEFAULT_HEADER_TIMEOUT,
            body_timeout: Self::DEFAULT_BODY_TIMEOUT,
            max_discarded_body_bytes: Self::DEFAULT_MAX_DISCARDED_BODY_BYTES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_limits_never_overflow_a_deadline() {
        let limits = ServerLimits {
            max_connections: 0,
            header_timeout: Duration::MAX,
            body_timeout: Duration::MAX,
            ..ServerLimits::default()
        }
        .normalized();
        assert_eq!(limits.max_connections, 1);
        let now = tokio::time::Instant::now();
        assert!(now.checked_add(limits.header_timeout).is_some());
        assert!(now.checked_add(limits.body_timeout).is_some());
        assert_eq!(
            ServerLimits::default().normalized(),
            ServerLimits::default()
        );
    }
}
