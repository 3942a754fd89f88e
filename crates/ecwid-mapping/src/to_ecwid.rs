//! Canonical customer -> Ecwid customer, create body and update body.

use ecartapi_client::types as canonical;
use ecwid_client::ContactType;
use ecwid_client::types as ecwid;

use crate::date::format_ecwid_date;
use crate::text::{join_name, join_street, non_blank};
use crate::to_canonical::customer_names;
use crate::{MappingError, MappingErrorKind, country};

/// The canonical fields the Ecwid side can hold, borrowed from any of the canonical customer
/// types ([`canonical::Customer`], [`canonical::CustomerCreate`], [`canonical::CustomerInput`]).
/// `currency` and `status` are not here: Ecwid cannot store them.
#[derive(Clone, Copy, Debug, Default)]
pub struct CanonicalFields<'a> {
    /// `email`.
    pub email: Option<&'a String>,
    /// `firstName`.
    pub first_name: Option<&'a String>,
    /// `lastName`.
    pub last_name: Option<&'a String>,
    /// `phone`.
    pub phone: Option<&'a String>,
    /// `note`.
    pub note: Option<&'a String>,
    /// `addresses`; `None` means "not mentioned" (an update leaves Ecwid's addresses alone).
    pub addresses: Option<&'a [canonical::Address]>,
}

impl<'a> From<&'a canonical::Customer> for CanonicalFields<'a> {
    fn from(c: &'a canonical::Customer) -> Self {
        Self {
            email: c.email.as_ref(),
            first_name: c.first_name.as_ref(),
            last_name: c.last_name.as_ref(),
            phone: c.phone.as_ref(),
            note: c.note.as_ref(),
            addresses: c.addresses.as_deref(),
        }
    }
}

impl<'a> From<&'a canonical::CustomerCreate> for CanonicalFields<'a> {
    fn from(c: &'a canonical::CustomerCreate) -> Self {
        Self {
            email: c.email.as_ref(),
            first_name: Some(&c.first_name),
            last_name: Some(&c.last_name),
            phone: c.phone.as_ref(),
            note: c.note.as_ref(),
            addresses: c.addresses.as_deref(),
        }
    }
}

impl<'a> From<&'a canonical::CustomerInput> for CanonicalFields<'a> {
    fn from(c: &'a canonical::CustomerInput) -> Self {
        Self {
            email: c.email.as_ref(),
            first_name: c.first_name.as_ref(),
            last_name: c.last_name.as_ref(),
            phone: c.phone.as_ref(),
            note: c.note.as_ref(),
            addresses: c.addresses.as_deref(),
        }
    }
}

/// The full Ecwid customer a store would hold for a canonical customer: what round-trip law 1
/// goes through, and what a simulated store can serve.
///
/// Fails when the canonical id or a shipping address id is not an integer.
pub fn canonical_to_ecwid_customer(
    customer: &canonical::Customer,
) -> Result<ecwid::Customer, MappingError> {
    let id = parse_id(&customer.id, "id").map_err(|e| e.for_customer(Some(&customer.id)))?;
    let fields = CanonicalFields::from(customer);
    let details =
        ContactDetails::build(fields, None).map_err(|e| e.for_customer(Some(&customer.id)))?;
    let dates = customer.dates.as_ref();
    Ok(ecwid::Customer {
        id: Some(id),
        email: non_blank(fields.email),
        name: details.billing_person.as_ref().and_then(|b| b.name.clone()),
        private_admin_notes: non_blank(fields.note),
        registered: dates
            .and_then(|d| d.created_at.as_ref())
            .map(format_ecwid_date),
        updated: dates
            .and_then(|d| d.updated_at.as_ref())
            .map(format_ecwid_date),
        billing_person: details.billing_person,
        shipping_addresses: Some(
            details
                .shipping_addresses
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        ),
        contacts: details
            .contacts
            .map(|list| list.into_iter().map(Into::into).collect()),
        ..ecwid::Customer::default()
    })
}

/// The Ecwid create body for a canonical customer. Ecwid requires an email: its absence is an
/// error at `email`.
pub fn canonical_to_ecwid_create<'a>(
    customer: impl Into<CanonicalFields<'a>>,
) -> Result<ecwid::CustomerCreateRequest, MappingError> {
    let fields = customer.into();
    let email = non_blank(fields.email).ok_or_else(|| {
        MappingError::new(
            "email",
            MappingErrorKind::Missing {
                what: "email (Ecwid requires one)",
            },
        )
    })?;
    let details = ContactDetails::build(fields, None)?;
    // Every field is named: a new field in the spec must be decided here, not defaulted.
    Ok(ecwid::CustomerCreateRequest {
        email,
        billing_person: details.billing_person,
        shipping_addresses: details.shipping_addresses,
        contacts: details.contacts,
        private_admin_notes: non_blank(fields.note),
        // The canonical model has no extra fields.
        extrafields: None,
        accept_marketing: None,
        b2b_b2c: None,
        customer_group_id: None,
        electronic_invoice_pec_email: None,
        electronic_invoice_sdi_code: None,
        fiscal_code: None,
        lang: None,
        password: None,
        tax_exempt: None,
        tax_id: None,
        tax_id_valid: None,
    })
}

/// The Ecwid update body for a canonical partial update, given the customer as Ecwid holds it
/// now.
///
/// Only what the update mentions is sent. Ecwid replaces a sent object or array whole, so
/// `billingPerson` is the current one with the mentioned fields changed, and `contacts` (sent
/// only when the phone needs one) is the current list with the default PHONE contact changed.
/// Tax fields, contacts, shipping addresses the update does not mention are never sent, so never
/// cleared. Sending `addresses` replaces the billing address fields and the shipping addresses.
pub fn canonical_to_ecwid_update<'a>(
    update: impl Into<CanonicalFields<'a>>,
    current: &ecwid::Customer,
) -> Result<ecwid::CustomerUpdateRequest, MappingError> {
    let fields = update.into();
    let details =
        ContactDetails::build(fields, Some(current)).map_err(|e| e.for_customer(current.id))?;
    Ok(ecwid::CustomerUpdateRequest {
        email: non_blank(fields.email),
        private_admin_notes: non_blank(fields.note),
        billing_person: details.billing_person,
        shipping_addresses: details.shipping_addresses,
        contacts: details.contacts,
        ..ecwid::CustomerUpdateRequest::default()
    })
}

/// The billing person, shipping addresses and contacts of an Ecwid customer: what a customer,
/// a create and an update body all carry, built the same way for each.
struct ContactDetails {
    billing_person: Option<ecwid::BillingPerson>,
    shipping_addresses: Option<Vec<ecwid::ShippingAddressInput>>,
    contacts: Option<Vec<ecwid::ContactInput>>,
}

impl ContactDetails {
    /// `current` is the stored customer for an update (merge), `None` for a new customer.
    fn build(
        fields: CanonicalFields<'_>,
        current: Option<&ecwid::Customer>,
    ) -> Result<Self, MappingError> {
        // Blank is absent, and in an update absent is "not mentioned": nothing is cleared.
        let first_name = non_blank(fields.first_name);
        let last_name = non_blank(fields.last_name);
        let customer_phone = non_blank(fields.phone);
        let addresses = fields.addresses;
        let billing_index =
            addresses.and_then(|all| all.iter().position(|a| a.default_billing == Some(true)));
        let billing_address = billing_index.map(|i| &addresses.unwrap_or_default()[i]);
        let address_phone = billing_address.and_then(|a| non_blank(a.phone.as_ref()));
        let mut person = current
            .and_then(|c| c.billing_person.clone())
            .unwrap_or_default();

        if first_name.is_some() || last_name.is_some() || current.is_none() {
            // An update changing one name keeps the other as the canonical side reads it now
            // (which may come from splitting `name`), so it is not lost once
            // `firstName`/`lastName` win over `name`.
            let (current_first, current_last) = current.map(customer_names).unwrap_or_default();
            person.first_name = first_name.clone().or(current_first);
            person.last_name = last_name.clone().or(current_last);
            person.name = join_name(person.first_name.as_ref(), person.last_name.as_ref());
        }
        if addresses.is_some() {
            set_billing_address(&mut person, billing_address);
        }

        // Ecwid's billingPerson.phone is both the billing address's phone and the customer's.
        // A new customer: a billing address decides it (even with no phone), else the
        // customer's phone. An update: the billing address's phone, else the customer's, else
        // the stored one stays. A customer phone it does not carry travels as the default PHONE
        // contact, where the way back finds it.
        person.phone = match (current, billing_address) {
            (None, Some(_)) => address_phone,
            (None, None) => customer_phone.clone(),
            (Some(_), _) => address_phone
                .or_else(|| customer_phone.clone())
                .or(person.phone),
        };
        let contacts = match &customer_phone {
            Some(phone) if person.phone.as_ref() != Some(phone) => Some(with_default_phone(
                current
                    .and_then(|c| c.contacts.clone())
                    .unwrap_or_default()
                    .into_iter()
                    .map(Into::into)
                    .collect(),
                phone,
            )),
            _ => None,
        };

        let shipping_addresses = addresses
            .map(|all| {
                all.iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != billing_index)
                    .map(|(i, a)| shipping_address(a, i))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;

        let mentioned = first_name.is_some()
            || last_name.is_some()
            || customer_phone.is_some()
            || addresses.is_some();
        // A new customer without billing data has no billingPerson; an update that empties it
        // (addresses without a billing address) sends the empty object, which replaces it.
        let billing_person = match current {
            None => Some(person).filter(|p| *p != ecwid::BillingPerson::default()),
            Some(_) => mentioned.then_some(person),
        };
        Ok(Self {
            billing_person,
            shipping_addresses,
            contacts,
        })
    }
}

fn set_billing_address(person: &mut ecwid::BillingPerson, address: Option<&canonical::Address>) {
    let country = address.and_then(|a| a.country.as_ref());
    let state = address.and_then(|a| a.state.as_ref());
    person.street = address.and_then(|a| join_street(a.address1.as_ref(), a.address2.as_ref()));
    person.city = address.and_then(|a| non_blank(a.city.as_ref()));
    person.postal_code = address.and_then(|a| non_blank(a.postal_code.as_ref()));
    person.company_name = address.and_then(|a| non_blank(a.company.as_ref()));
    person.country_code = country.and_then(country::to_ecwid_code);
    person.country_name = country.and_then(|c| non_blank(c.name.as_ref()));
    person.state_or_province_code = state.and_then(|s| non_blank(s.code.as_ref()));
    person.state_or_province_name = state.and_then(|s| non_blank(s.name.as_ref()));
}

fn shipping_address(
    a: &canonical::Address,
    index: usize,
) -> Result<ecwid::ShippingAddressInput, MappingError> {
    let id = non_blank(a.id.as_ref())
        .map(|id| parse_id(&id, &format!("addresses[{index}].id")))
        .transpose()?;
    let country = a.country.as_ref();
    let state = a.state.as_ref();
    Ok(ecwid::ShippingAddressInput {
        id,
        name: join_name(a.first_name.as_ref(), a.last_name.as_ref()),
        street: join_street(a.address1.as_ref(), a.address2.as_ref()),
        city: non_blank(a.city.as_ref()),
        postal_code: non_blank(a.postal_code.as_ref()),
        phone: non_blank(a.phone.as_ref()),
        company_name: non_blank(a.company.as_ref()),
        note: non_blank(a.references.as_ref()),
        country_code: country.and_then(country::to_ecwid_code),
        country_name: country.and_then(|c| non_blank(c.name.as_ref())),
        state_or_province_code: state.and_then(|s| non_blank(s.code.as_ref())),
        state_or_province_name: state.and_then(|s| non_blank(s.name.as_ref())),
        default_address: a.default_shipping,
        ..ecwid::ShippingAddressInput::default()
    })
}

/// `contacts` with the default PHONE contact set to `phone` (added when there is none).
fn with_default_phone(
    mut contacts: Vec<ecwid::ContactInput>,
    phone: &str,
) -> Vec<ecwid::ContactInput> {
    let is_phone = |c: &ecwid::ContactInput| c.type_ == Some(ContactType::Phone);
    let existing = contacts
        .iter()
        .position(|c| is_phone(c) && c.default == Some(true))
        .or_else(|| contacts.iter().position(is_phone));
    match existing {
        Some(i) => {
            contacts[i].contact = Some(phone.to_owned());
            contacts[i].default = Some(true);
        }
        None => contacts.insert(
            0,
            ecwid::ContactInput {
                contact: Some(phone.to_owned()),
                type_: Some(ContactType::Phone),
                default: Some(true),
                ..ecwid::ContactInput::default()
            },
        ),
    }
    contacts
}

fn parse_id(text: &str, path: &str) -> Result<i64, MappingError> {
    text.trim().parse().map_err(|source| {
        MappingError::new(
            path,
            MappingErrorKind::InvalidId {
                value: text.to_owned(),
                source,
            },
        )
    })
}
