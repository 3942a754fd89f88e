//! `ecart customers`: the customers of an Ecwid store, through `ecwid-client`, printed as
//! canonical JSON (or Ecwid's own with `--raw`).

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Args, Subcommand};
use ecartapi_client::types as canonical;
use ecwid_client::types::{self as ecwid, CustomerSortBy};
use ecwid_client::{CustomerFilter, EcwidClient, RetryPolicy, SearchAll};
use ecwid_mapping::ToCanonicalJson;
use futures::StreamExt;
use secrecy::SecretString;
use serde::Serialize;

use crate::output::print;

/// Where the store is and how to get in. The token is read from `ECWID_TOKEN` rather than the
/// command line where possible (a command line is visible to other users of the machine).
///
/// Every option is global: it may come before the subcommand (`ecart customers --store-id 1003
/// count`) or after it (`ecart customers count --store-id 1003`). clap cannot require a global
/// argument, so the store id and token are checked by [`StoreArgs::client`], which reports a
/// missing one as the usage error clap would (exit status 2).
#[derive(Args, Debug)]
#[command(next_help_heading = "Store options")]
pub struct StoreArgs {
    /// Ecwid REST API base URL, without the store id.
    #[arg(
        long,
        global = true,
        env = "ECWID_BASE_URL",
        default_value = "https://app.ecwid.com/api/v3"
    )]
    pub base_url: String,
    /// The store id (required).
    #[arg(long, global = true, env = "ECWID_STORE_ID")]
    pub store_id: Option<i64>,
    /// The store's secret API token (required).
    #[arg(long, global = true, env = "ECWID_TOKEN", hide_env_values = true)]
    pub token: Option<SecretString>,
    /// Requests sent at most for one call (429, 5xx, timeouts and cut connections are retried
    /// with backoff; a create is never sent twice).
    #[arg(
        long,
        global = true,
        default_value_t = 6,
        value_parser = clap::value_parser!(u32).range(1..=20)
    )]
    pub max_attempts: u32,
    /// Seconds one request may take.
    #[arg(long, global = true, default_value_t = 30)]
    pub timeout_secs: u64,
}

impl StoreArgs {
    /// The client of the store; a missing store id or token is a [`clap::Error`] (a usage
    /// error, see `main`).
    pub fn client(&self) -> anyhow::Result<EcwidClient> {
        self.client_for::<CustomersArgs>("customers")
    }

    /// Like [`Self::client`], for the command `ecart <name>` whose arguments are `A` (the usage
    /// a missing store id or token prints).
    pub fn client_for<A: Args>(&self, name: &'static str) -> anyhow::Result<EcwidClient> {
        let (Some(store_id), Some(token)) = (self.store_id, &self.token) else {
            return Err(self.missing::<A>(name).into());
        };
        EcwidClient::builder(self.base_url.clone(), store_id, token.clone())
            .retry(RetryPolicy::default().with_max_attempts(self.max_attempts))
            .timeout(Duration::from_secs(self.timeout_secs))
            .build()
            .context("cannot set up the Ecwid client")
    }

    /// The error clap reports for missing required arguments, with `ecart <name>`'s usage.
    fn missing<A: Args>(&self, name: &'static str) -> clap::Error {
        let mut message = String::from("the following required arguments were not provided:");
        if self.store_id.is_none() {
            message.push_str("\n  --store-id <STORE_ID> (or ECWID_STORE_ID)");
        }
        if self.token.is_none() {
            message.push_str("\n  --token <TOKEN> (or ECWID_TOKEN)");
        }
        let mut command =
            A::augment_args(clap::Command::new(name)).bin_name(format!("ecart {name}"));
        clap::Error::raw(clap::error::ErrorKind::MissingRequiredArgument, message)
            .format(&mut command)
    }
}

/// List, read, count, create, change, delete and export the customers of an Ecwid store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  export ECWID_STORE_ID=1003 ECWID_TOKEN=secret_...
  ecart customers list --email mary@example.com
  ecart customers get 277137633
  ecart customers export > customers.ndjson
  ecart customers contacts 277137633 list
  ecart customers count --base-url http://127.0.0.1:8081/api/v3

Store options and --raw go before or after the subcommand.")]
pub struct CustomersArgs {
    /// Print Ecwid's own JSON instead of canonical customers.
    #[arg(long, global = true)]
    raw: bool,
    // After `raw`: its help heading would otherwise apply to `raw` too.
    #[command(flatten)]
    store: StoreArgs,
    #[command(subcommand)]
    command: CustomersCommand,
}

#[derive(Subcommand, Debug)]
enum CustomersCommand {
    /// One page of customers matching the filters.
    List {
        #[command(flatten)]
        filter: FilterArgs,
        /// Skip this many customers.
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Customers per page (Ecwid caps it at 100).
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=100))]
        limit: u64,
    },
    /// One customer by id.
    Get { id: i64 },
    /// How many customers match the filters.
    Count {
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Create a customer from canonical JSON (Ecwid's create body with --raw); FILE or stdin.
    Create { file: Option<PathBuf> },
    /// Change a customer from canonical JSON (only the fields it mentions); FILE or stdin.
    Update { id: i64, file: Option<PathBuf> },
    /// Delete a customer.
    Delete { id: i64 },
    /// Every customer matching the filters as NDJSON on stdout, each exactly once.
    Export {
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// The contacts of one customer (list, add, update, remove), as Ecwid's JSON.
    #[command(after_help = "Examples:
  ecart customers contacts 277137633 list
  ecart customers contacts 277137633 add --type PHONE --contact '+1 555 0100' --default
  ecart customers contacts 277137633 update 5 --note 'evenings only'
  ecart customers contacts 277137633 remove 5")]
    Contacts {
        /// The customer's id.
        id: i64,
        #[command(subcommand)]
        command: super::contacts::ContactsCommand,
    },
}

/// Search filters, as Ecwid names them.
#[derive(Args, Debug, Default)]
struct FilterArgs {
    /// Search by name, email, phone, address...
    #[arg(long)]
    keyword: Option<String>,
    /// Customer name.
    #[arg(long)]
    name: Option<String>,
    /// Customer email.
    #[arg(long)]
    email: Option<String>,
    /// Customer phone.
    #[arg(long)]
    phone: Option<String>,
    /// Country codes, comma-separated (`US,GE`).
    #[arg(long, value_delimiter = ',')]
    country_codes: Vec<String>,
    /// Customer group ids, comma-separated.
    #[arg(long, value_delimiter = ',')]
    customer_group_ids: Vec<i64>,
    /// Registered on or after: UNIX time, `yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` or
    /// `yyyy-MM-dd` (the last two in UTC).
    #[arg(long, value_parser = date_filter)]
    created_from: Option<String>,
    /// Registered on or before (same forms).
    #[arg(long, value_parser = date_filter)]
    created_to: Option<String>,
    /// Updated on or after (same forms).
    #[arg(long, value_parser = date_filter)]
    updated_from: Option<String>,
    /// Updated on or before (same forms).
    #[arg(long, value_parser = date_filter)]
    updated_to: Option<String>,
    /// Result order: NAME_ASC, REGISTERED_DATE_DESC, ... (Ecwid's `sortBy` values).
    #[arg(long, value_parser = parse_sort_by)]
    sort_by: Option<CustomerSortBy>,
}

/// A date filter as Ecwid reads it, kept as typed: refused here, naming the option, when Ecwid
/// would refuse it.
fn date_filter(text: &str) -> Result<String, ecwid_client::dates::InvalidDateFilter> {
    ecwid_client::dates::parse_date_filter(text).map(|_| text.to_owned())
}

fn parse_sort_by(text: &str) -> Result<CustomerSortBy, String> {
    CustomerSortBy::from_str(text).map_err(|_| format!("unknown sortBy value {text:?}"))
}

impl FilterArgs {
    fn to_filter(&self) -> CustomerFilter {
        let mut filter = CustomerFilter::default()
            .with_country_codes(self.country_codes.iter().cloned())
            .with_customer_group_ids(self.customer_group_ids.iter().copied());
        filter.keyword = self.keyword.clone();
        filter.name = self.name.clone();
        filter.email = self.email.clone();
        filter.phone = self.phone.clone();
        filter.created_from = self.created_from.clone();
        filter.created_to = self.created_to.clone();
        filter.updated_from = self.updated_from.clone();
        filter.updated_to = self.updated_to.clone();
        filter.sort_by = self.sort_by;
        filter
    }
}

pub fn run(args: &CustomersArgs) -> anyhow::Result<ExitCode> {
    let client = args.store.client()?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(dispatch(&client, args))
}

async fn dispatch(client: &EcwidClient, args: &CustomersArgs) -> anyhow::Result<ExitCode> {
    let raw = args.raw;
    match &args.command {
        CustomersCommand::List {
            filter,
            offset,
            limit,
        } => {
            let page = client.search(&filter.to_filter(), *offset, *limit).await?;
            if raw {
                return print(&page);
            }
            let batch = ecwid_mapping::search_result_to_canonical(&page);
            for failure in &batch.failures {
                eprintln!("error: {failure}");
            }
            print(&ListOutput {
                total: page.total,
                offset: page.offset,
                count: batch.customers.len(),
                customers: &batch.customers,
            })?;
            Ok(exit_code(batch.failures.is_empty()))
        }
        CustomersCommand::Get { id } => {
            let customer = client.customer(*id).await?;
            if raw {
                return print(&customer);
            }
            print(&ecwid_mapping::ecwid_to_canonical(&customer)?)
        }
        CustomersCommand::Count { filter } => {
            let count = client.count(&filter.to_filter()).await?;
            print(&serde_json::json!({ "count": count }))
        }
        CustomersCommand::Create { file } => {
            let text = crate::input::read_all(file.as_ref())?;
            let body = if raw {
                ecwid_mapping::from_json::<ecwid::CustomerCreateRequest>(&text)?
            } else {
                let input = ecwid_mapping::from_json::<canonical::CustomerInput>(&text)?;
                ecwid_mapping::canonical_to_ecwid_create(&input)?
            };
            let id = client.create(&body).await?;
            show(client, id, raw).await
        }
        CustomersCommand::Update { id, file } => {
            let text = crate::input::read_all(file.as_ref())?;
            let body = if raw {
                ecwid_mapping::from_json::<ecwid::CustomerUpdateRequest>(&text)?
            } else {
                let input = ecwid_mapping::from_json::<canonical::CustomerInput>(&text)?;
                // The update is merged into what the store holds now, so nothing the input does
                // not mention is cleared.
                let current = client.customer(*id).await?;
                ecwid_mapping::canonical_to_ecwid_update(&input, &current)?
            };
            client.update(*id, &body).await?;
            show(client, *id, raw).await
        }
        CustomersCommand::Delete { id } => {
            let deleted = client.delete(*id).await?;
            print(&serde_json::json!({ "deleteCount": deleted }))
        }
        CustomersCommand::Contacts { id, command } => {
            super::contacts::run(client, *id, command).await
        }
        CustomersCommand::Export { filter } => {
            let mut filter = filter.to_filter();
            if !raw {
                // Only what the mapping reads: Ecwid sends, and the export parses, less.
                filter.response_fields = Some(ecwid_mapping::ECWID_RESPONSE_FIELDS.to_owned());
            }
            export(client, &filter, raw).await
        }
    }
}

#[derive(Serialize)]
struct ListOutput<'a> {
    total: Option<i64>,
    offset: Option<i64>,
    count: usize,
    customers: &'a [canonical::Customer],
}

/// The customer as the store holds it after a change.
async fn show(client: &EcwidClient, id: i64, raw: bool) -> anyhow::Result<ExitCode> {
    let customer = client.customer(id).await?;
    if raw {
        return print(&customer);
    }
    print(&ecwid_mapping::ecwid_to_canonical(&customer)?)
}

/// Every customer once, as NDJSON; a customer Ecwid sent malformed or the mapping rejects is
/// reported on stderr and the export goes on (exit 1 at the end); an Ecwid error that outlasts
/// the retries ends it.
async fn export(
    client: &EcwidClient,
    filter: &CustomerFilter,
    raw: bool,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let before = client.stats();
    let done = if raw {
        let all = client.search_all(filter).await?;
        write_lines(all, |out, customer| {
            serde_json::to_writer(out, &customer)?;
            Ok(Line::Written)
        })
        .await?
    } else {
        // Each customer is mapped to canonical JSON text on its page's task, without the
        // generated types in between (`ecwid_mapping::ToCanonicalJson`).
        let all = client.search_all_with(filter, ToCanonicalJson).await?;
        write_lines(all, |out, customer| match customer {
            Ok(json) => {
                out.write_all(json.as_str().as_bytes())?;
                Ok(Line::Written)
            }
            Err(err) => Ok(Line::Failed(err.to_string())),
        })
        .await?
    };
    done.finish(client.stats() - before, started)
}

/// What became of one customer of an export.
enum Line {
    Written,
    /// Not written: why.
    Failed(String),
}

/// The outcome of an export's walk.
struct Exported {
    exported: u64,
    failed: u64,
    stream_error: Option<ecwid_client::Error>,
}

/// Write one line per customer of `all` to stdout with `write`; a customer Ecwid sent malformed,
/// or that `write` fails, is reported and the walk goes on; a walk error ends it.
async fn write_lines<T>(
    mut all: SearchAll<T>,
    mut write: impl FnMut(&mut dyn Write, T) -> anyhow::Result<Line>,
) -> anyhow::Result<Exported> {
    let progress = progress_bar(all.total());
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut done = Exported {
        exported: 0,
        failed: 0,
        stream_error: None,
    };
    while let Some(item) = all.next().await {
        let line = match item {
            Ok(customer) => write(&mut out, customer)?,
            // One customer Ecwid sent in a shape the spec does not allow.
            Err(err) if err.is_customer_error() => Line::Failed(err.to_string()),
            Err(err) => {
                done.stream_error = Some(err);
                break;
            }
        };
        match line {
            Line::Written => {
                out.write_all(b"\n")?;
                done.exported += 1;
                progress.inc(1);
            }
            Line::Failed(why) => {
                done.failed += 1;
                progress.suspend(|| eprintln!("error: {why}"));
            }
        }
    }
    out.flush()?;
    progress.finish_and_clear();
    Ok(done)
}

impl Exported {
    /// Print the summary line; the exit code, or the walk's error.
    fn finish(self, stats: ecwid_client::Stats, started: Instant) -> anyhow::Result<ExitCode> {
        let Exported {
            exported,
            failed,
            stream_error,
        } = self;
        eprintln!(
            "exported {exported} customers ({failed} failed), {} pages, {} retries, {:.2} s",
            stats.pages,
            stats.retries,
            started.elapsed().as_secs_f64()
        );
        if let Some(err) = stream_error {
            return Err(anyhow::Error::from(err)
                .context(format!("export stopped after {exported} customers")));
        }
        Ok(exit_code(failed == 0))
    }
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} customers {per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
