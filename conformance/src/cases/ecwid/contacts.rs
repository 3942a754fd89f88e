//! Customer contacts: the sub-resource cycle, one list with the customer's `contacts`, partial
//! updates, one default per type, unknown customers.

use ecwid_client::ContactType;
use ecwid_client::types::{Contact, ContactCreateRequest, ContactUpdateRequest};
use serde_json::json;

use super::context::{EcwidCtx, expect_status};
use super::groups::answered;
use super::typed_calls;
use crate::case::{Failure, Verdict};
use crate::check::{expect_eq, fail};

/// A customer of this run with one default EMAIL contact; its id.
async fn customer(ctx: &EcwidCtx, label: &str) -> Result<i64, Failure> {
    ctx.create(json!({
        "email": ctx.email(label),
        "billingPerson": {"name": "Contact Cases"},
        "contacts": [{"contact": ctx.email(label), "type": "EMAIL", "default": true}]
    }))
    .await
}

fn new_contact(contact: &str, kind: ContactType, default: bool) -> ContactCreateRequest {
    ContactCreateRequest {
        default: Some(default),
        ..ContactCreateRequest::new(contact, kind)
    }
}

/// `POST` the contact (`createCount` 1), then list: the contact listed with `contact` as sent.
async fn add(
    ctx: &EcwidCtx,
    customer: i64,
    body: &ContactCreateRequest,
) -> Result<Contact, Failure> {
    let what = format!("POST /customers/{customer}/contacts");
    let count = answered(
        &what,
        typed_calls::add_contact(ctx, customer, body.clone()).await,
    )?;
    expect_eq(&format!("{what}: `createCount`"), 1, count)?;
    list(ctx, customer)
        .await?
        .into_iter()
        .rev()
        .find(|c| c.contact.as_deref() == Some(body.contact.as_str()))
        .ok_or_else(|| {
            fail(format!(
                "{what}: the new contact {} is not listed",
                body.contact
            ))
        })
}

async fn list(ctx: &EcwidCtx, customer: i64) -> Result<Vec<Contact>, Failure> {
    let what = format!("GET /customers/{customer}/contacts");
    answered(&what, typed_calls::contacts(ctx, customer).await)
}

fn id_of(contact: &Contact) -> Result<i64, Failure> {
    contact
        .id
        .ok_or_else(|| fail(format!("a listed contact has no `id`: {contact:?}")))
}

/// Create answers `createCount: 1` and the contact is listed with an id; get returns it; update
/// answers `updateCount: 1`; delete answers `deleteCount: 1`, and it is no longer listed.
pub(super) async fn crud_cycle(ctx: &EcwidCtx) -> Verdict {
    let customer = customer(ctx, "contactcycle").await?;
    let added = add(
        ctx,
        customer,
        &new_contact("+995 555 010 203", ContactType::Phone, false),
    )
    .await?;
    let id = id_of(&added)?;
    let path = format!("/customers/{customer}/contacts/{id}");
    let got = answered(
        &format!("GET {path}"),
        typed_calls::contact(ctx, customer, id).await,
    )?;
    expect_eq(&format!("GET {path}"), &added, &got)?;
    let body = ContactUpdateRequest {
        contact: Some("+995 555 010 204".into()),
        ..ContactUpdateRequest::default()
    };
    let count = answered(
        &format!("PUT {path}"),
        typed_calls::update_contact(ctx, customer, id, body).await,
    )?;
    expect_eq(&format!("PUT {path}: `updateCount`"), 1, count)?;
    let got = answered(
        &format!("GET {path}"),
        typed_calls::contact(ctx, customer, id).await,
    )?;
    expect_eq(
        &format!("GET {path} after the update: `contact`"),
        Some("+995 555 010 204"),
        got.contact.as_deref(),
    )?;
    let count = answered(
        &format!("DELETE {path}"),
        typed_calls::delete_contact(ctx, customer, id).await,
    )?;
    expect_eq(&format!("DELETE {path}: `deleteCount`"), 1, count)?;
    let left: Vec<Option<i64>> = list(ctx, customer).await?.iter().map(|c| c.id).collect();
    expect_eq(
        &format!("GET /customers/{customer}/contacts after the delete: contact {id} listed"),
        false,
        left.contains(&Some(id)),
    )
}

/// A contact added through the sub-resource shows in the customer's `contacts`, and contacts
/// written with the customer are what the sub-resource lists.
pub(super) async fn one_list(ctx: &EcwidCtx) -> Verdict {
    let customer = customer(ctx, "onelist").await?;
    add(
        ctx,
        customer,
        &new_contact("https://t.me/conformance", ContactType::Telegram, false),
    )
    .await?;
    let listed = list(ctx, customer).await?;
    let on_customer = ctx.get(customer).await?.contacts.unwrap_or_default();
    expect_eq(
        &format!("GET /customers/{customer}: `contacts` versus GET /customers/{customer}/contacts"),
        &listed,
        &on_customer,
    )?;
    expect_eq(
        &format!("GET /customers/{customer}/contacts: contacts after one was added"),
        2,
        listed.len(),
    )
}

/// A PUT of a contact that sends only `note` keeps its `contact`, `handle` and `type`.
pub(super) async fn update_partial(ctx: &EcwidCtx) -> Verdict {
    let customer = customer(ctx, "contactpartial").await?;
    let mut body = new_contact(
        "https://www.facebook.com/conformance_page",
        ContactType::Facebook,
        false,
    );
    body.handle = Some("conformance_page".into());
    let added = add(ctx, customer, &body).await?;
    let id = id_of(&added)?;
    let path = format!("/customers/{customer}/contacts/{id}");
    let note = ContactUpdateRequest {
        note: Some("the shop's page".into()),
        ..ContactUpdateRequest::default()
    };
    answered(
        &format!("PUT {path}"),
        typed_calls::update_contact(ctx, customer, id, note).await,
    )?;
    let got = answered(
        &format!("GET {path}"),
        typed_calls::contact(ctx, customer, id).await,
    )?;
    let kept = |c: &Contact| (c.contact.clone(), c.handle.clone(), c.type_.clone());
    expect_eq(
        &format!("GET {path} after a PUT of `note` alone: (`contact`, `handle`, `type`)"),
        kept(&added),
        kept(&got),
    )?;
    expect_eq(
        &format!("GET {path}: `note`"),
        Some("the shop's page"),
        got.note.as_deref(),
    )
}

/// Adding a second default EMAIL leaves one default EMAIL: the new one.
pub(super) async fn one_default(ctx: &EcwidCtx) -> Verdict {
    let customer = customer(ctx, "defaults").await?;
    let second = ctx.email("defaults-second");
    add(
        ctx,
        customer,
        &new_contact(&second, ContactType::Email, true),
    )
    .await?;
    let defaults: Vec<String> = list(ctx, customer)
        .await?
        .into_iter()
        .filter(|c| c.type_ == Some(ContactType::Email) && c.default == Some(true))
        .filter_map(|c| c.contact)
        .collect();
    expect_eq(
        &format!(
            "GET /customers/{customer}/contacts: the default EMAIL contacts after adding a new default"
        ),
        vec![second],
        defaults,
    )
}

/// The contacts of a customer that does not exist answer 404.
pub(super) async fn unknown_customer(ctx: &EcwidCtx) -> Verdict {
    let unknown = 999_999_999_999;
    expect_status(
        &format!("GET /customers/{unknown}/contacts"),
        typed_calls::contacts(ctx, unknown).await,
        404,
        None,
    )
}
