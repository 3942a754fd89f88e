//! [`ReadCustomer`]: how a search walk reads each customer from its JSON text, and the default
//! reader [`ParseCustomer`]. No HTTP here: a crate that only reads customers (`ecwid-mapping`)
//! implements the trait without the `client` feature.

use crate::types::Customer;

/// How a walk reads each customer of a page; it runs on the page's own task.
///
/// `EcwidClient::search_all_with` and `EcwidClient::search_items_with` hand it the JSON text
/// of each element of a page's `items`, borrowed from the page body: a reader can parse it into
/// borrowed types (`&str` fields, `#[serde(borrow)]`) and make its output from them, skipping the
/// allocations of the generated [`Customer`]. Pages are read on their own tasks, so the readers
/// of several pages run in parallel.
///
/// ```no_run
/// # async fn demo(ecwid: ecwid_client::EcwidClient) -> Result<(), ecwid_client::Error> {
/// use ecwid_client::{CustomerFilter, ReadCustomer};
/// use futures::TryStreamExt;
///
/// /// Just the id and the email of each customer.
/// struct Emails;
///
/// #[derive(serde::Deserialize)]
/// struct Slim<'a> {
///     id: Option<i64>,
///     #[serde(borrow)]
///     email: Option<std::borrow::Cow<'a, str>>,
/// }
///
/// impl ReadCustomer for Emails {
///     type Output = (Option<i64>, Option<String>);
///
///     fn read(&self, json: &str) -> Result<Self::Output, serde_json::Error> {
///         let slim: Slim<'_> = serde_json::from_str(json)?;
///         Ok((slim.id, slim.email.map(|email| email.to_lowercase())))
///     }
///
///     fn id(output: &Self::Output) -> Option<i64> {
///         output.0
///     }
/// }
///
/// let mut all = ecwid.search_all_with(&CustomerFilter::default(), Emails).await?;
/// while let Some((id, email)) = all.try_next().await? {
///     println!("{id:?} {email:?}");
/// }
/// # Ok(())
/// # }
/// ```
pub trait ReadCustomer: Send + Sync + 'static {
    /// What the walk hands out for one customer.
    type Output: Send + 'static;

    /// Read one customer from its JSON text (one element of the page's `items`).
    ///
    /// An error is handed out in the customer's place as an `Error::is_customer_error` (with
    /// the customer's `id` and position), and the walk goes on.
    fn read(&self, json: &str) -> Result<Self::Output, serde_json::Error>;

    /// The customer's Ecwid id, for the walk's check that no customer is handed out twice;
    /// `None` skips the check for this customer.
    fn id(output: &Self::Output) -> Option<i64>;
}

/// The default reader: the generated [`types::Customer`](Customer).
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseCustomer;

impl ReadCustomer for ParseCustomer {
    type Output = Customer;

    fn read(&self, json: &str) -> Result<Customer, serde_json::Error> {
        serde_json::from_str(json)
    }

    fn id(customer: &Customer) -> Option<i64> {
        customer.id
    }
}
