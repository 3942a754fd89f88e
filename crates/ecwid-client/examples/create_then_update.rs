//! Create a customer, then change it, acting on Ecwid's typed errors: when the email is taken
//! (409 `CONSTRAINT_VIOLATION`), the customer who has it is updated instead; any other error
//! ends the program with a message naming the operation, the status and Ecwid's `errorCode`.
//! Run it twice: the first run creates, the second finds the email taken.
//!
//! ```sh
//! export ECWID_BASE_URL=http://127.0.0.1:8081/api/v3 ECWID_STORE_ID=1003 ECWID_TOKEN=secret_simtoken
//! cargo run -p ecwid-client --example create_then_update -- ada@example.com
//! ```

mod from_env;

use ecwid_client::types::{BillingPerson, CustomerCreateRequest, CustomerUpdateRequest};
use ecwid_client::{CustomerFilter, EcwidClient, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let email = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "ada@example.com".to_owned());
    let ecwid = from_env::ecwid_client()?;

    // The generated builders: a field the spec adds later does not break this code.
    let new_customer: CustomerCreateRequest = CustomerCreateRequest::builder()
        .email(email.clone())
        .billing_person(Some(
            BillingPerson::builder()
                .name(Some("Ada Lovelace".to_owned()))
                .try_into()?,
        ))
        .try_into()?;
    let id = match ecwid.create(&new_customer).await {
        Ok(id) => {
            println!("created customer {id} <{email}>");
            id
        }
        Err(err) if is_email_taken(&err) => {
            let id = customer_with_email(&ecwid, &email).await?;
            println!("not created ({err}); updating customer {id}, who has <{email}>");
            id
        }
        Err(err) => return Err(err.into()),
    };

    let changes: CustomerUpdateRequest = CustomerUpdateRequest::builder()
        .private_admin_notes(Some("met at the analytical engine demo".to_owned()))
        .try_into()?;
    ecwid.update(id, &changes).await?;
    let stored = ecwid.customer(id).await?;
    println!(
        "customer {id}: <{}>, notes {:?}",
        stored.email.as_deref().unwrap_or_default(),
        stored.private_admin_notes.as_deref().unwrap_or_default()
    );
    Ok(())
}

/// Ecwid's answer to a create with an email another customer has.
fn is_email_taken(err: &Error) -> bool {
    err.status().is_some_and(|status| status.as_u16() == 409)
        && err.error_code() == Some("CONSTRAINT_VIOLATION")
}

/// The id of the customer whose email is exactly `email`.
async fn customer_with_email(
    ecwid: &EcwidClient,
    email: &str,
) -> Result<i64, Box<dyn std::error::Error>> {
    let filter = CustomerFilter::default()
        .with_email(email)
        .with_use_exact_email_match(true);
    let page = ecwid.search(&filter, 0, 1).await?;
    page.items
        .into_iter()
        .flatten()
        .find_map(|customer| customer.id)
        .ok_or_else(|| format!("Ecwid said <{email}> is taken, but no customer has it").into())
}
