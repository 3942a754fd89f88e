//! [`JsonMediaTypes`]: whether a request's `Content-Type` says its body is JSON.

use http::{HeaderMap, header};

/// The spellings of JSON a server accepts in a request's `Content-Type`. Type and subtype are
/// matched without regard to case, and parameters (`; charset=utf-8`) are ignored.
///
/// ```
/// use http::{HeaderMap, HeaderValue, header};
/// use request_input::JsonMediaTypes;
///
/// let mut headers = HeaderMap::new();
/// headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/json"));
/// assert!(JsonMediaTypes::WithTextJson.accepts(&headers));
/// assert!(!JsonMediaTypes::Standard.accepts(&headers));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonMediaTypes {
    /// `application/json` and any `application/*+json` (RFC 6839's structured syntax suffix).
    Standard,
    /// These and `text/json`, which Ecwid accepts too.
    WithTextJson,
}

impl JsonMediaTypes {
    /// Whether `headers` carry a `Content-Type` of one of these types; without one, no.
    pub fn accepts(self, headers: &HeaderMap) -> bool {
        let Some(value) = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
        else {
            return false;
        };
        let essence = value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        essence == "application/json"
            || (essence.starts_with("application/") && essence.ends_with("+json"))
            || (self == Self::WithTextJson && essence == "text/json")
    }
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn content_type(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn json_in_every_spelling_and_nothing_else() {
        for json in [
            "application/json",
            "application/json;charset=utf-8",
            "Application/JSON; charset=utf-8",
            "application/merge-patch+json",
        ] {
            assert!(
                JsonMediaTypes::Standard.accepts(&content_type(json)),
                "{json}"
            );
            assert!(
                JsonMediaTypes::WithTextJson.accepts(&content_type(json)),
                "{json}"
            );
        }
        for text_json in ["text/json", "Text/JSON"] {
            assert!(!JsonMediaTypes::Standard.accepts(&content_type(text_json)));
            assert!(JsonMediaTypes::WithTextJson.accepts(&content_type(text_json)));
        }
        for other in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "text/json+xml",
            "json",
        ] {
            assert!(
                !JsonMediaTypes::Standard.accepts(&content_type(other)),
                "{other}"
            );
            assert!(
                !JsonMediaTypes::WithTextJson.accepts(&content_type(other)),
                "{other}"
            );
        }
        assert!(!JsonMediaTypes::WithTextJson.accepts(&HeaderMap::new()));
    }
}
