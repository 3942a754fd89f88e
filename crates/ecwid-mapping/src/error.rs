//! [`MappingError`]: what could not be converted, in which customer, at which JSON path.

use std::fmt;

/// A value that could not be converted.
///
/// Its `Display` is one line: `customer 277137633: registered: unparseable date "yesterday" ...`.
#[derive(Debug)]
pub struct MappingError {
    customer_id: Option<String>,
    path: String,
    kind: MappingErrorKind,
}

/// What was wrong with the value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MappingErrorKind {
    /// An Ecwid date that is not `yyyy-MM-dd HH:mm:ss Z`.
    #[error(
        "unparseable date {value:?} (expected yyyy-MM-dd HH:mm:ss Z, e.g. 2021-12-21 06:05:58 +0000)"
    )]
    InvalidDate {
        /// The text as received.
        value: String,
        /// The parser's reason.
        #[source]
        source: chrono::ParseError,
    },
    /// An id that Ecwid needs as an integer but is not one.
    #[error("{value:?} is not an integer id")]
    InvalidId {
        /// The text as received.
        value: String,
        /// The parser's reason.
        #[source]
        source: std::num::ParseIntError,
    },
    /// A value the target requires is absent (an Ecwid customer without `id`, a create without
    /// `email`).
    #[error("missing {what}")]
    Missing {
        /// What is missing, in words.
        what: &'static str,
    },
    /// The document is JSON but not an object.
    #[error("expected a JSON object, found {found}")]
    NotAnObject {
        /// What was found instead (`an array`, `null`...).
        found: &'static str,
    },
    /// The input is not JSON, or a value has the wrong type (the parser's message, with line and
    /// column).
    #[error(transparent)]
    Json(serde_json::Error),
}

impl MappingError {
    pub(crate) fn new(path: impl Into<String>, kind: MappingErrorKind) -> Self {
        Self {
            customer_id: None,
            path: path.into(),
            kind,
        }
    }

    pub(crate) fn for_customer(mut self, id: Option<impl ToString>) -> Self {
        if self.customer_id.is_none() {
            self.customer_id = id.map(|id| id.to_string());
        }
        self
    }

    /// The same error seen from an enclosing document: `prefix.path`.
    pub(crate) fn within(mut self, prefix: &str) -> Self {
        self.path = format!("{prefix}.{}", self.path);
        self
    }

    /// The same error at another path (a document's root seen from its container).
    pub(crate) fn at(mut self, path: String) -> Self {
        self.path = path;
        self
    }

    /// The id of the customer the bad value belongs to, when it is known.
    pub fn customer_id(&self) -> Option<&str> {
        self.customer_id.as_deref()
    }

    /// The JSON path of the bad value inside the customer (`shippingAddresses[1].id`); `$` for
    /// the document itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong.
    pub fn kind(&self) -> &MappingErrorKind {
        &self.kind
    }
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(id) = &self.customer_id {
            write!(f, "customer {id}: ")?;
        }
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl std::error::Error for MappingError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.kind)
    }
}

/// The result of converting many customers: every good one, and every failure.
///
/// One bad record never loses the others.
#[derive(Debug)]
pub struct Batch<T> {
    /// The converted customers, in input order.
    pub customers: Vec<T>,
    /// The customers that could not be converted, each naming its id and path.
    pub failures: Vec<MappingError>,
}

impl<T> Default for Batch<T> {
    fn default() -> Self {
        Self {
            customers: Vec::new(),
            failures: Vec::new(),
        }
    }
}

impl<T> Batch<T> {
    /// True when nothing failed.
    pub fn is_complete(&self) -> bool {
        self.failures.is_empty()
    }
}
