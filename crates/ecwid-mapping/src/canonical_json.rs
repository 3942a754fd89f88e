//! Ecwid JSON text -> canonical JSON text in one pass, for exports and gateways.
//!
//! The typed functions parse into the generated `ecwid_client::types::Customer` (every field,
//! every string copied) and build a generated canonical customer (every string again). Here the
//! customer is read into a borrowed view of the fields the mapping uses, mapped by the same code,
//! and serialized straight away: about a tenth of the allocations. A property test holds the
//! output to the bytes of the typed path.

use ecwid_client::ReadCustomer;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::ecwid_view::EcwidCustomer;
use crate::from_json::{from_json, id_of};
use crate::to_canonical::convert;
use crate::{MappingError, MappingErrorKind};

/// One customer as canonical JSON text (the JSON of `ecartapi_client::types::Customer`),
/// serialized as that JSON (not as a string).
#[derive(Debug, Clone)]
pub struct CanonicalJson {
    id: i64,
    json: Box<RawValue>,
}

impl CanonicalJson {
    /// The customer's Ecwid id.
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The canonical customer's JSON text, on one line.
    pub fn as_str(&self) -> &str {
        self.json.get()
    }
}

impl Serialize for CanonicalJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(serializer)
    }
}

/// Convert one Ecwid customer's JSON text to canonical JSON text: the same result as
/// serializing [`ecwid_json_to_canonical`](crate::ecwid_json_to_canonical), faster.
///
/// It reads only the fields the mapping uses (those [`ECWID_RESPONSE_FIELDS`] names), so a value
/// of the wrong type in another field, which the typed function refuses, is ignored here. A
/// wrong type in a field it reads, a missing `id` or an unparseable date is the same error as
/// there, naming the customer and the JSON path.
///
/// [`ECWID_RESPONSE_FIELDS`]: crate::ECWID_RESPONSE_FIELDS
pub fn ecwid_json_to_canonical_json(json: &str) -> Result<CanonicalJson, MappingError> {
    let customer =
        from_json::<EcwidCustomer<'_>>(json).map_err(|err| err.for_customer(id_of(json)))?;
    map_view(customer)
}

fn map_view(customer: EcwidCustomer<'_>) -> Result<CanonicalJson, MappingError> {
    let id = customer.id;
    let converted = convert(customer).map_err(|err| err.for_customer(id))?;
    let json = serde_json::value::to_raw_value(&converted)
        .map_err(|err| MappingError::new("$", MappingErrorKind::Json(err)).for_customer(id))?;
    Ok(CanonicalJson {
        id: converted.id,
        json,
    })
}

/// A reader for `EcwidClient::search_all_with` / `search_items_with` that turns each customer of
/// a page into canonical JSON text on the page's own task, as
/// [`ecwid_json_to_canonical_json`] does.
///
/// A customer whose fields have the wrong type is the walk's own customer error (naming its
/// position and JSON path); one that cannot be converted (no `id`, an unparseable date) is the
/// `Err` of its item.
///
/// ```no_run
/// # async fn demo(ecwid: ecwid_client::EcwidClient) -> Result<(), Box<dyn std::error::Error>> {
/// use ecwid_client::CustomerFilter;
/// use ecwid_mapping::{ECWID_RESPONSE_FIELDS, ToCanonicalJson};
/// use futures::StreamExt;
///
/// // Ecwid sends only what the mapping reads.
/// let filter = CustomerFilter::default().with_response_fields(ECWID_RESPONSE_FIELDS);
/// let mut all = ecwid.search_all_with(&filter, ToCanonicalJson).await?;
/// while let Some(item) = all.next().await {
///     match item {
///         Ok(Ok(customer)) => println!("{}", customer.as_str()),
///         // It cannot be converted (no id, a bad date): the walk goes on.
///         Ok(Err(err)) => eprintln!("skipped: {err}"),
///         // Ecwid sent it in a shape the spec does not allow: the walk goes on.
///         Err(err) if err.is_customer_error() => eprintln!("skipped: {err}"),
///         // A page failed after the retries: the walk ends.
///         Err(err) => return Err(err.into()),
///     }
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ToCanonicalJson;

impl ReadCustomer for ToCanonicalJson {
    type Output = Result<CanonicalJson, MappingError>;

    fn read(&self, json: &str) -> Result<Self::Output, serde_json::Error> {
        let customer: EcwidCustomer<'_> = serde_json::from_str(json)?;
        Ok(map_view(customer))
    }

    fn id(output: &Self::Output) -> Option<i64> {
        match output {
            Ok(customer) => Some(customer.id),
            Err(err) => err.customer_id().and_then(|id| id.parse().ok()),
        }
    }
}
