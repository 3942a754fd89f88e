//! `ecart customers contacts ID ...`: the contacts (phones, emails, messengers) of one customer,
//! printed as Ecwid's JSON (the canonical customer keeps only a phone: see `docs/mapping.md`).

use std::process::ExitCode;

use clap::Subcommand;
use ecwid_client::types::{ContactCreateRequest, ContactUpdateRequest};
use ecwid_client::{ContactType, EcwidClient};

use crate::output::print;

#[derive(Subcommand, Debug)]
pub enum ContactsCommand {
    /// Every contact of the customer.
    List,
    /// Add a contact; prints the customer's contacts (Ecwid does not answer the new id).
    Add {
        /// The contact's type: EMAIL, PHONE, FACEBOOK, WHATSAPP, TELEGRAM, URL, OTHER, ...
        #[arg(long = "type", value_parser = contact_type)]
        type_: ContactType,
        /// The email, phone number or link.
        #[arg(long)]
        contact: String,
        /// The account name on a social network.
        #[arg(long)]
        handle: Option<String>,
        /// The store owner's note.
        #[arg(long)]
        note: Option<String>,
        /// Make it the default contact of its type.
        #[arg(long)]
        default: bool,
    },
    /// Change the fields given (the others keep their values); prints the contact.
    Update {
        /// The contact's id (from `list`).
        contact_id: i64,
        /// The new type.
        #[arg(long = "type", value_parser = contact_type)]
        type_: Option<ContactType>,
        /// The new email, phone number or link.
        #[arg(long)]
        contact: Option<String>,
        /// The new account name.
        #[arg(long)]
        handle: Option<String>,
        /// The new note.
        #[arg(long)]
        note: Option<String>,
        /// Whether it is the default contact of its type.
        #[arg(long)]
        default: Option<bool>,
    },
    /// Remove a contact.
    Remove {
        /// The contact's id (from `list`).
        contact_id: i64,
    },
}

/// A type Ecwid documents; anything else is refused here, naming the known ones, rather than
/// stored as a typo.
fn contact_type(text: &str) -> Result<ContactType, String> {
    match text.parse::<ContactType>() {
        Ok(ContactType::Unknown(_)) | Err(_) => {
            let known: Vec<&str> = ContactType::KNOWN.iter().map(ContactType::as_str).collect();
            Err(format!(
                "unknown contact type {text:?}; Ecwid's types are {}",
                known.join(", ")
            ))
        }
        Ok(known) => Ok(known),
    }
}

pub async fn run(
    client: &EcwidClient,
    customer: i64,
    command: &ContactsCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        ContactsCommand::List => print(&client.contacts(customer).await?),
        ContactsCommand::Add {
            type_,
            contact,
            handle,
            note,
            default,
        } => {
            let new = ContactCreateRequest {
                handle: handle.clone(),
                note: note.clone(),
                default: default.then_some(true),
                ..ContactCreateRequest::new(contact.clone(), type_.clone())
            };
            client.add_contact(customer, &new).await?;
            print(&client.contacts(customer).await?)
        }
        ContactsCommand::Update {
            contact_id,
            type_,
            contact,
            handle,
            note,
            default,
        } => {
            let changes = ContactUpdateRequest {
                type_: type_.clone(),
                contact: contact.clone(),
                handle: handle.clone(),
                note: note.clone(),
                default: *default,
                ..ContactUpdateRequest::default()
            };
            client
                .update_contact(customer, *contact_id, &changes)
                .await?;
            print(&client.contact(customer, *contact_id).await?)
        }
        ContactsCommand::Remove { contact_id } => {
            let deleted = client.delete_contact(customer, *contact_id).await?;
            print(&serde_json::json!({ "deleteCount": deleted }))
        }
    }
}
