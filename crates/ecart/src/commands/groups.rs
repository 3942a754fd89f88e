//! `ecart groups`: the customer groups of an Ecwid store, through `ecwid-client`, printed as
//! Ecwid's JSON (the canonical model has no groups of its own).

use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};
use ecwid_client::types::{CustomerGroupCreateRequest, CustomerGroupUpdateRequest};
use ecwid_client::{EcwidClient, GroupFilter};

use super::customers::StoreArgs;
use crate::output::print;

/// List, read, create, rename and delete the customer groups of an Ecwid store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  export ECWID_STORE_ID=1003 ECWID_TOKEN=secret_...
  ecart groups list --keyword Gold
  ecart groups get 0
  ecart groups create --name Wholesale --external-reference-id erp-17
  ecart groups update 123456 --name Resellers
  ecart groups delete 123456

Store options go before or after the subcommand. Stores without customer groups on their plan
answer 402.")]
pub struct GroupsArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(subcommand)]
    command: GroupsCommand,
}

#[derive(Subcommand, Debug)]
enum GroupsCommand {
    /// One page of groups (General, id 0, first on the first page).
    List {
        /// Only the groups whose name matches.
        #[arg(long)]
        keyword: Option<String>,
        /// Only these group ids, comma-separated.
        #[arg(long, value_delimiter = ',')]
        ids: Vec<i64>,
        /// Skip this many groups.
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Groups per page (Ecwid caps it at 100).
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=100))]
        limit: u64,
    },
    /// One group by id (0 is General).
    Get { id: i64 },
    /// Create a group; prints it as the store holds it.
    Create {
        /// The group's name.
        #[arg(long)]
        name: String,
        /// An id of the group in another system.
        #[arg(long)]
        external_reference_id: Option<String>,
    },
    /// Change a group's name or external reference id; prints it as the store holds it.
    Update {
        id: i64,
        /// The new name.
        #[arg(long)]
        name: Option<String>,
        /// The new external reference id.
        #[arg(long)]
        external_reference_id: Option<String>,
    },
    /// Delete a group; its customers move to General.
    Delete { id: i64 },
}

pub fn run(args: &GroupsArgs) -> anyhow::Result<ExitCode> {
    let client = args.store.client_for::<GroupsArgs>("groups")?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(dispatch(&client, &args.command))
}

async fn dispatch(client: &EcwidClient, command: &GroupsCommand) -> anyhow::Result<ExitCode> {
    match command {
        GroupsCommand::List {
            keyword,
            ids,
            offset,
            limit,
        } => {
            let mut filter = GroupFilter::default().with_ids(ids.iter().copied());
            if let Some(keyword) = keyword {
                filter = filter.with_keyword(keyword);
            }
            print(&client.search_groups(&filter, *offset, *limit).await?)
        }
        GroupsCommand::Get { id } => print(&client.customer_group(*id).await?),
        GroupsCommand::Create {
            name,
            external_reference_id,
        } => {
            let group = CustomerGroupCreateRequest {
                name: name.clone(),
                external_reference_id: external_reference_id.clone(),
            };
            let id = client.create_group(&group).await?;
            print(&client.customer_group(id).await?)
        }
        GroupsCommand::Update {
            id,
            name,
            external_reference_id,
        } => {
            let changes = CustomerGroupUpdateRequest {
                name: name.clone(),
                external_reference_id: external_reference_id.clone(),
            };
            client.update_group(*id, &changes).await?;
            print(&client.customer_group(*id).await?)
        }
        GroupsCommand::Delete { id } => {
            let deleted = client.delete_group(*id).await?;
            print(&serde_json::json!({ "deleteCount": deleted }))
        }
    }
}
