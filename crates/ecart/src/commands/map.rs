//! `ecart map`: Ecwid customer JSON <-> canonical customer JSON, one object or NDJSON.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use ecartapi_client::types as canonical;
use ecwid_client::types as ecwid;
use ecwid_mapping::MappingError;

/// Convert customers between the Ecwid and the canonical model.
///
/// Input is one JSON object (FILE or stdin), or one object per line with `--ndjson`. Output is
/// the converted object on stdout. A bad input exits 1 with one line on stderr naming the JSON
/// path; with `--ndjson` each bad line is reported with its line number and the others still
/// convert.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  ecart map --from ecwid --to canonical customer.json
  ecart map --from canonical --to ecwid --as update < change.json
  ecart map --from ecwid --to canonical --ndjson < export.ndjson > canonical.ndjson")]
pub struct MapArgs {
    /// The model of the input.
    #[arg(long, value_enum)]
    from: Model,
    /// The model of the output.
    #[arg(long, value_enum)]
    to: Model,
    /// Which Ecwid document to produce from a canonical customer: the create body, the body of a
    /// partial update (only what the input mentions), or the full customer as Ecwid would store
    /// it (needs a numeric `id`).
    #[arg(long = "as", value_enum, default_value_t = EcwidBody::Create)]
    body: EcwidBody,
    /// One JSON object per line, in and out, streaming.
    #[arg(long)]
    ndjson: bool,
    /// The input file; stdin when absent or `-`.
    file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Model {
    /// Ecwid REST API v3 customer JSON.
    Ecwid,
    /// ecartAPI v2 canonical customer JSON.
    Canonical,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum EcwidBody {
    /// `POST /{storeId}/customers` body (needs an email).
    Create,
    /// `PUT /{storeId}/customers/{id}` body.
    Update,
    /// The customer as `GET /{storeId}/customers/{id}` would return it.
    Customer,
}

/// One conversion: JSON text in, a typed document out (serialized straight to the output, no
/// intermediate JSON tree).
type Convert = fn(&str, EcwidBody) -> Result<Converted, MappingError>;

/// What a conversion produces.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Converted {
    Canonical(Box<canonical::Customer>),
    EcwidCreate(Box<ecwid::CustomerCreateRequest>),
    EcwidUpdate(Box<ecwid::CustomerUpdateRequest>),
    EcwidCustomer(Box<ecwid::Customer>),
}

pub fn run(args: &MapArgs) -> anyhow::Result<ExitCode> {
    let convert: Convert = match (args.from, args.to) {
        (Model::Ecwid, Model::Canonical) => ecwid_to_canonical,
        (Model::Canonical, Model::Ecwid) => canonical_to_ecwid,
        (from, to) => anyhow::bail!(
            "--from {} --to {} converts nothing: one side must be ecwid, the other canonical",
            name(from),
            name(to)
        ),
    };
    if args.body != EcwidBody::Create && args.to != Model::Ecwid {
        anyhow::bail!("--as applies to --to ecwid only");
    }
    let stdout = io::stdout().lock();
    if args.ndjson {
        let input = crate::input::open(args.file.as_ref())?;
        stream(
            input,
            BufWriter::with_capacity(1 << 16, stdout),
            convert,
            args.body,
        )
    } else {
        let text = crate::input::read_all(args.file.as_ref())?;
        single(&text, stdout, convert, args.body)
    }
}

fn name(model: Model) -> &'static str {
    match model {
        Model::Ecwid => "ecwid",
        Model::Canonical => "canonical",
    }
}

/// One object in, one pretty-printed object out.
fn single(
    text: &str,
    mut out: impl Write,
    convert: Convert,
    body: EcwidBody,
) -> anyhow::Result<ExitCode> {
    let value = convert(text, body)?;
    serde_json::to_writer_pretty(&mut out, &value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One object per line; a bad line is reported with its number and the rest still converts.
fn stream(
    mut input: Box<dyn BufRead>,
    mut out: impl Write,
    convert: Convert,
    body: EcwidBody,
) -> anyhow::Result<ExitCode> {
    let mut line = String::new();
    let mut failures = 0usize;
    let mut number = 0usize;
    loop {
        line.clear();
        let read = match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(read) => read,
            Err(err) if err.kind() == io::ErrorKind::InvalidData => {
                // Not UTF-8: report the line and skip to the next newline.
                number += 1;
                failures += 1;
                eprintln!("error: line {number}: not UTF-8 text");
                skip_line(&mut input)?;
                continue;
            }
            Err(err) => return Err(err).context("cannot read the input"),
        };
        number += 1;
        let text = line[..read].trim();
        if text.is_empty() {
            continue;
        }
        match convert(text, body) {
            Ok(value) => {
                serde_json::to_writer(&mut out, &value)?;
                out.write_all(b"\n")?;
            }
            Err(err) => {
                failures += 1;
                eprintln!("error: line {number}: {err}");
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        eprintln!("error: {failures} of {number} lines failed");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn skip_line(input: &mut Box<dyn BufRead>) -> anyhow::Result<()> {
    let mut discard = Vec::new();
    input
        .read_until(b'\n', &mut discard)
        .context("cannot read the input")?;
    Ok(())
}

fn ecwid_to_canonical(text: &str, _: EcwidBody) -> Result<Converted, MappingError> {
    let customer = ecwid_mapping::ecwid_json_to_canonical(text)?;
    Ok(Converted::Canonical(Box::new(customer)))
}

fn canonical_to_ecwid(text: &str, body: EcwidBody) -> Result<Converted, MappingError> {
    Ok(match body {
        EcwidBody::Create => {
            let input = ecwid_mapping::from_json::<canonical::CustomerInput>(text)?;
            Converted::EcwidCreate(Box::new(ecwid_mapping::canonical_to_ecwid_create(&input)?))
        }
        EcwidBody::Update => {
            // Without the stored customer, the update carries exactly what the input mentions.
            let input = ecwid_mapping::from_json::<canonical::CustomerInput>(text)?;
            let update =
                ecwid_mapping::canonical_to_ecwid_update(&input, &ecwid::Customer::default())?;
            Converted::EcwidUpdate(Box::new(update))
        }
        EcwidBody::Customer => {
            let customer = ecwid_mapping::from_json::<canonical::Customer>(text)?;
            Converted::EcwidCustomer(Box::new(ecwid_mapping::canonical_to_ecwid_customer(
                &customer,
            )?))
        }
    })
}
