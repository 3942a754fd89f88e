//! [`without_query`]: a transport error fit to show.

/// `err` without the query string of its URL: search and list filters carry customer emails
/// and names, which an error must not show. The rest of the URL (host, path) stays.
pub fn without_query(mut err: reqwest::Error) -> reqwest::Error {
    if let Some(url) = err.url_mut() {
        url.set_query(None);
    }
    err
}
