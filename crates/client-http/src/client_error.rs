//! [`client_error!`]: the one definition of both client crates' `Error`.

/// Declares a client crate's `Error`: a [`CallError`](crate::CallError) of the crate's cause
/// type, with the accessors and conversions both clients give.
///
/// Each client crate must declare its own error type: `From<GeneratedError>` (what lets `?`
/// turn a raw generated call's error into the crate's `Error`) can only be implemented in a
/// crate that owns one of the two types. This macro is the one definition of that type; the
/// crate supplies the docs, its cause type, its error answer type and its generated error.
///
/// For `pub struct Error(CallError<ErrorKind>); answer: A; generated: G;` it declares:
/// - `Error`, whose [`Display`](std::fmt::Display) and [`source`](std::error::Error::source)
///   are the [`CallError`](crate::CallError)'s, and which dereferences to it (for `operation`,
///   `attempts` and `kind`);
/// - `Error::into_kind`, `Error::api` (the server's error answer, an `A`), `Error::status` and
///   `Error::is_timeout`;
/// - `From<ErrorKind> for Error`, and `From<G>` for both `Error` and `ErrorKind`.
///
/// The cause type must have the variants `Api(A)` (`A` with a `status: StatusCode` field),
/// `Request(RequestError)` and `InvalidResponse { status: Option<StatusCode>, .. }`, and convert
/// from a [`Cause`](crate::Cause) of the generated error's body; the compiler says so where one
/// is missing.
///
/// ```
/// use std::fmt;
///
/// use client_http::reqwest::StatusCode;
/// use client_http::{CallError, Cause, RequestError};
///
/// type Generated = progenitor_client::Error<serde_json::Value>;
///
/// #[derive(Debug)]
/// pub struct Answer {
///     pub status: StatusCode,
/// }
///
/// #[derive(Debug)]
/// pub enum ErrorKind {
///     Api(Answer),
///     Request(RequestError),
///     InvalidResponse { status: Option<StatusCode> },
/// }
///
/// impl fmt::Display for ErrorKind {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         match self {
///             Self::Api(answer) => write!(f, "the server answered {}", answer.status),
///             Self::Request(err) => write!(f, "{err}"),
///             Self::InvalidResponse { .. } => f.write_str("an unexpected body"),
///         }
///     }
/// }
///
/// impl std::error::Error for ErrorKind {}
///
/// impl From<Cause<serde_json::Value>> for ErrorKind {
///     fn from(cause: Cause<serde_json::Value>) -> Self {
///         match cause {
///             Cause::Answer { status, .. } => Self::Api(Answer { status }),
///             Cause::Request(err) => Self::Request(err),
///             Cause::InvalidResponse { status, .. } => Self::InvalidResponse { status },
///         }
///     }
/// }
///
/// client_http::client_error! {
///     /// A failed call.
///     pub struct Error(CallError<ErrorKind>);
///     answer: Answer;
///     generated: Generated;
/// }
///
/// let err = Error::from(Generated::InvalidRequest("limit: 0 is not allowed".into()));
/// assert_eq!(err.to_string(), "invalid request: limit: 0 is not allowed");
/// assert_eq!((err.operation(), err.status(), err.is_timeout()), (None, None, false));
///
/// let err = Error::from(ErrorKind::Api(Answer { status: StatusCode::NOT_FOUND }));
/// assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
/// assert_eq!(err.api().map(|answer| answer.status), Some(StatusCode::NOT_FOUND));
/// assert!(matches!(err.into_kind(), ErrorKind::Api(_)));
/// ```
#[macro_export]
macro_rules! client_error {
    (
        $(#[$attr:meta])*
        pub struct $error:ident(CallError<$kind:ident>);
        answer: $answer:ty;
        generated: $generated:ty;
    ) => {
        $(#[$attr])*
        #[derive(Debug)]
        pub struct $error($crate::CallError<$kind>);

        impl ::core::fmt::Display for $error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::error::Error for $error {
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                ::std::error::Error::source(&self.0)
            }
        }

        impl ::core::ops::Deref for $error {
            type Target = $crate::CallError<$kind>;

            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl $error {
            /// The cause, by value.
            pub fn into_kind(self) -> $kind {
                self.0.into_kind()
            }

            /// The server's error answer, if the call got one.
            pub fn api(&self) -> ::core::option::Option<&$answer> {
                match self.0.kind() {
                    $kind::Api(api) => ::core::option::Option::Some(api),
                    _ => ::core::option::Option::None,
                }
            }

            /// The HTTP status of the answer, if the call got one.
            pub fn status(&self) -> ::core::option::Option<$crate::reqwest::StatusCode> {
                match self.0.kind() {
                    $kind::Api(api) => ::core::option::Option::Some(api.status),
                    $kind::InvalidResponse { status, .. } => *status,
                    _ => ::core::option::Option::None,
                }
            }

            /// Whether the (last) attempt timed out.
            pub fn is_timeout(&self) -> bool {
                ::core::matches!(self.0.kind(), $kind::Request(err) if err.is_timeout())
            }
        }

        impl ::core::convert::From<$kind> for $error {
            fn from(kind: $kind) -> Self {
                Self(kind.into())
            }
        }

        /// For callers of the generated builders (`client.raw().get_customer()...send().await?`).
        /// The operation and the attempt count are unknown here; the hand-written methods fill
        /// them in.
        impl ::core::convert::From<$generated> for $error {
            fn from(err: $generated) -> Self {
                $kind::from(err).into()
            }
        }

        impl ::core::convert::From<$generated> for $kind {
            fn from(err: $generated) -> Self {
                $crate::Cause::of(err).into()
            }
        }
    };
}
