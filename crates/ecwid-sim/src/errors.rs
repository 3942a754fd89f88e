//! [`EcwidErrorAnswer`]: every failure the sim answers, as Ecwid's status code and `EcwidError` body.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ecwid_client::types::EcwidError;

/// The message Ecwid sends with 415.
pub(crate) const UNSUPPORTED_CONTENT_TYPE: &str =
    "Unsupported content-type: expected application/json or text/json";

/// The message of the older reference's 402 on every customer group endpoint.
pub(crate) const CUSTOMER_GROUPS_NOT_ON_PLAN: &str = "Store doesn't have access to customer groups feature, it's available on Business plan and higher";

/// A request the sim refuses, with everything needed to answer it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub(crate) enum EcwidErrorAnswer {
    /// A malformed path or query parameter.
    #[error("Wrong parameter '{name}': {reason}")]
    BadParameter {
        /// Parameter name as sent (`limit`, `customerId`).
        name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A body that is not the JSON the operation expects.
    #[error("Wrong request body: {reason}")]
    BadBody {
        /// What is wrong with it (serde's message, with line and column).
        reason: String,
    },
    /// A missing or wrong access token.
    #[error("Invalid API token")]
    InvalidToken,
    /// A store id other than the simulated one.
    #[error("Store #{0} not found")]
    StoreNotFound(i64),
    /// No customer with this id.
    #[error("Customer #{0} not found")]
    CustomerNotFound(i64),
    /// No customer group with this id.
    #[error("Customer group #{0} not found")]
    GroupNotFound(i64),
    /// The customer has no contact with this id.
    #[error("Contact #{contact} of customer #{customer} not found")]
    ContactNotFound {
        /// The customer of the path.
        customer: i64,
        /// The contact of the path.
        contact: i64,
    },
    /// No customer extra field with this key.
    #[error("Customer extra field '{0}' not found")]
    ExtraFieldNotFound(String),
    /// The store's plan has no customer groups.
    #[error("{CUSTOMER_GROUPS_NOT_ON_PLAN}")]
    CustomerGroupsNotOnPlan,
    /// A path no operation serves.
    #[error("Resource not found: {0}")]
    UnknownPath(String),
    /// A method the path does not serve (axum adds the `Allow` header).
    #[error("Method {0} is not allowed for this resource")]
    MethodNotAllowed(String),
    /// A body whose content type is not JSON.
    #[error("{UNSUPPORTED_CONTENT_TYPE}")]
    UnsupportedMediaType,
    /// The request conflicts with stored data.
    #[error("{field} '{value}' is already used by customer #{owner}")]
    Conflict {
        /// The field that must be unique (`email`).
        field: &'static str,
        /// The value sent.
        value: String,
        /// The customer that has it.
        owner: i64,
    },
    /// Too many requests for this token; retry after the given seconds.
    #[error("Too many requests: limit is {limit} per {window_secs} seconds")]
    RateLimited {
        /// Seconds to wait.
        retry_after_secs: u64,
        /// The limit that was exceeded.
        limit: u32,
        /// The window the limit counts over.
        window_secs: u64,
    },
    /// An injected server error.
    #[error("Internal server error")]
    Internal,
    /// An injected outage.
    #[error("Service temporarily unavailable")]
    Unavailable,
}

impl EcwidErrorAnswer {
    pub(crate) fn bad_parameter(name: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::BadParameter {
            name: name.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn status(&self) -> StatusCode {
        match self {
            Self::BadParameter { .. } | Self::BadBody { .. } => StatusCode::BAD_REQUEST,
            Self::InvalidToken => StatusCode::FORBIDDEN,
            Self::StoreNotFound(_)
            | Self::CustomerNotFound(_)
            | Self::GroupNotFound(_)
            | Self::ContactNotFound { .. }
            | Self::ExtraFieldNotFound(_)
            | Self::UnknownPath(_) => StatusCode::NOT_FOUND,
            Self::CustomerGroupsNotOnPlan => StatusCode::PAYMENT_REQUIRED,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// Ecwid's `errorCode`, where its error code table names one (`docs/ecwid-behaviour.md`,
    /// "Errors").
    pub(crate) fn code(&self) -> Option<&'static str> {
        Some(match self {
            Self::BadParameter { .. } | Self::BadBody { .. } => "WRONG_PARAMETER",
            Self::InvalidToken => "INVALID_API_TOKEN",
            Self::StoreNotFound(_) => "STORE_NOT_FOUND",
            Self::MethodNotAllowed(_) => "METHOD_NOT_ALLOWED",
            Self::Conflict { .. } => "CONSTRAINT_VIOLATION",
            Self::RateLimited { .. } => "RATE_LIMITED",
            Self::Internal => "INTERNAL_ERROR",
            // Not stated for this message; the reference's code for a feature not on the plan.
            Self::CustomerGroupsNotOnPlan => "NOT_AVAILABLE_ON_CURRENT_PLAN",
            Self::CustomerNotFound(_)
            | Self::GroupNotFound(_)
            | Self::ContactNotFound { .. }
            | Self::ExtraFieldNotFound(_)
            | Self::UnknownPath(_)
            | Self::UnsupportedMediaType
            | Self::Unavailable => return None,
        })
    }

    /// The body every error carries.
    pub(crate) fn body(&self) -> EcwidError {
        EcwidError {
            error_message: Some(self.to_string()),
            error_code: self.code().map(str::to_owned),
            args: None,
        }
    }
}

impl IntoResponse for EcwidErrorAnswer {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(self.body())).into_response();
        if let Self::RateLimited {
            retry_after_secs, ..
        } = self
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_message_and_the_documented_code() {
        let cases = [
            (
                EcwidErrorAnswer::bad_parameter("limit", "not an integer"),
                400,
                Some("WRONG_PARAMETER"),
            ),
            (
                EcwidErrorAnswer::InvalidToken,
                403,
                Some("INVALID_API_TOKEN"),
            ),
            (
                EcwidErrorAnswer::StoreNotFound(1),
                404,
                Some("STORE_NOT_FOUND"),
            ),
            (EcwidErrorAnswer::CustomerNotFound(1), 404, None),
            (EcwidErrorAnswer::UnsupportedMediaType, 415, None),
            (
                EcwidErrorAnswer::RateLimited {
                    retry_after_secs: 3,
                    limit: 600,
                    window_secs: 60,
                },
                429,
                Some("RATE_LIMITED"),
            ),
        ];
        for (error, status, code) in cases {
            assert_eq!(error.status().as_u16(), status, "{error:?}");
            let body = error.body();
            assert_eq!(body.error_code.as_deref(), code);
            assert!(!body.error_message.unwrap().is_empty());
        }
        assert_eq!(
            EcwidErrorAnswer::bad_parameter("limit", "expected an integer, got 'x'").to_string(),
            "Wrong parameter 'limit': expected an integer, got 'x'"
        );
    }
}
