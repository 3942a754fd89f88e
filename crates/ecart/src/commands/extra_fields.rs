//! `ecart extra-fields`: the customer extra fields an Ecwid store defines
//! (`/store_extrafields/customers`), through `ecwid-client`, printed as Ecwid's JSON. A customer's
//! own values are part of the customer (`ecart customers get`, `update`).

use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};
use ecwid_client::EcwidClient;
use ecwid_client::types::{CustomerExtraFieldDefinitionRequest, ExtraFieldType};

use super::customers::StoreArgs;
use crate::output::print;

/// List, read, define, change and delete the customer extra fields of an Ecwid store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  export ECWID_STORE_ID=1003 ECWID_TOKEN=secret_...
  ecart extra-fields list
  ecart extra-fields create --title 'Loyalty card' --type TEXT --shown-on-order-details
  ecart extra-fields get 6r0fUGw
  ecart extra-fields update 6r0fUGw --title 'Loyalty card number'
  ecart extra-fields delete 6r0fUGw

Store options go before or after the subcommand. Ecwid makes the key of a new field; customers'
values of a deleted field stay on the customers.")]
pub struct ExtraFieldsArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(subcommand)]
    command: ExtraFieldsCommand,
}

#[derive(Subcommand, Debug)]
enum ExtraFieldsCommand {
    /// Every customer extra field the store defines.
    List,
    /// One field by its key.
    Get { key: String },
    /// Define a field; prints it as the store holds it, with the key Ecwid made.
    Create {
        /// The field's title, as shown to the merchant.
        #[arg(long)]
        title: String,
        /// Its type: TEXT (the default) or DATETIME.
        #[arg(long = "type")]
        type_: Option<String>,
        /// Show the field on the order details page.
        #[arg(long)]
        shown_on_order_details: bool,
    },
    /// Change a field's title, type or visibility; prints it as the store holds it.
    Update {
        key: String,
        /// The new title.
        #[arg(long)]
        title: Option<String>,
        /// The new type: TEXT or DATETIME.
        #[arg(long = "type")]
        type_: Option<String>,
        /// Whether the field shows on the order details page.
        #[arg(long)]
        shown_on_order_details: Option<bool>,
    },
    /// Delete a field definition.
    Delete { key: String },
}

pub fn run(args: &ExtraFieldsArgs) -> anyhow::Result<ExitCode> {
    let client = args.store.client_for::<ExtraFieldsArgs>("extra-fields")?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(dispatch(&client, &args.command))
}

async fn dispatch(client: &EcwidClient, command: &ExtraFieldsCommand) -> anyhow::Result<ExitCode> {
    match command {
        ExtraFieldsCommand::List => print(&client.extra_fields().await?),
        ExtraFieldsCommand::Get { key } => print(&client.extra_field(key).await?),
        ExtraFieldsCommand::Create {
            title,
            type_,
            shown_on_order_details,
        } => {
            let field = CustomerExtraFieldDefinitionRequest {
                title: Some(title.clone()),
                type_: type_.clone().map(ExtraFieldType::from),
                shown_on_order_details: Some(*shown_on_order_details),
            };
            let key = client.create_extra_field(&field).await?;
            print(&client.extra_field(&key).await?)
        }
        ExtraFieldsCommand::Update {
            key,
            title,
            type_,
            shown_on_order_details,
        } => {
            let changes = CustomerExtraFieldDefinitionRequest {
                title: title.clone(),
                type_: type_.clone().map(ExtraFieldType::from),
                shown_on_order_details: *shown_on_order_details,
            };
            client.update_extra_field(key, &changes).await?;
            print(&client.extra_field(key).await?)
        }
        ExtraFieldsCommand::Delete { key } => {
            let deleted = client.delete_extra_field(key).await?;
            print(&serde_json::json!({ "deleteCount": deleted }))
        }
    }
}
