//! [`Fixture`]: two customers made for the filter cases, far enough apart in time that every
//! filter can be checked for what it must include and what it must exclude.
//!
//! ```text
//! t0  create alpha      alpha.createdAt = t0
//! t1  create bravo      bravo.createdAt = bravo.updatedAt = t1     (t1 >= t0 + 1 s)
//! t2  update alpha      alpha.updatedAt = t2                       (t2 >= t1 + 1 s)
//! ```
//!
//! So `createdAt[from]=t1` holds bravo and not alpha, `createdAt[to]=t0` alpha and not bravo,
//! `updatedAt[from]=t2` alpha and not bravo, `updatedAt[to]=t1` bravo and not alpha. The second
//! between steps is what a platform that keeps whole seconds (Ecwid) needs.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use ecartapi_client::types::{Customer, CustomerInput, CustomerUpdateRequest};

use super::context::CanonicalCtx;
use super::created_customers::{plain_customer, rich_customer};
use super::expected_answers::expect_ok;
use crate::case::Failure;
use crate::check::fail;

/// The wait between the fixture's steps.
const STEP: Duration = Duration::from_millis(1_100);

/// Alpha (rich, created first, updated last) and bravo (plain), as read back after the setup.
#[derive(Debug, Clone)]
pub(crate) struct Fixture {
    pub(crate) alpha: Customer,
    pub(crate) bravo: Customer,
}

impl Fixture {
    /// Create, wait, create, wait, update, read back; `Fail` says which step went wrong.
    pub(crate) async fn build(ctx: &CanonicalCtx) -> Result<Self, Failure> {
        let step = |e: Failure| match e {
            Failure::Fail(why) => fail(format!("filter fixture: {why}")),
            skip => skip,
        };
        let run = ctx.run();
        let alpha = ctx
            .create(rich_customer(run, "alpha"))
            .await
            .map_err(step)?;
        tokio::time::sleep(STEP).await;
        let bravo = ctx
            .create(plain_customer(run, "bravo"))
            .await
            .map_err(step)?;
        tokio::time::sleep(STEP).await;
        let touch = CustomerUpdateRequest {
            customer: CustomerInput {
                note: Some(format!("Updated after bravo. Run {run}.")),
                ..CustomerInput::default()
            },
        };
        expect_ok(
            &format!("PUT /api/v2/customers/{}", alpha.id),
            ctx.client()
                .update_customer()
                .id(alpha.id.as_str())
                .body(touch)
                .send(),
        )
        .await
        .map_err(step)?;
        let fixture = Self {
            alpha: ctx.get(&alpha.id).await.map_err(step)?,
            bravo: ctx.get(&bravo.id).await.map_err(step)?,
        };
        let (a_created, a_updated) = dates(&fixture.alpha).map_err(step)?;
        let (b_created, b_updated) = dates(&fixture.bravo).map_err(step)?;
        if a_created >= b_created || b_updated >= a_updated {
            return Err(step(fail(format!(
                "dates did not advance: alpha created {a_created} updated {a_updated}, bravo \
                 created {b_created} updated {b_updated}"
            ))));
        }
        Ok(fixture)
    }
}

/// `customer`'s `(createdAt, updatedAt)`, both of which the date filters need.
pub(crate) fn dates(
    customer: &Customer,
) -> Result<(DateTime<FixedOffset>, DateTime<FixedOffset>), Failure> {
    let dates = customer.dates.as_ref();
    match (
        dates.and_then(|d| d.created_at),
        dates.and_then(|d| d.updated_at),
    ) {
        (Some(created), Some(updated)) => Ok((created, updated)),
        _ => Err(fail(format!(
            "customer {} has no `dates.createdAt`/`dates.updatedAt`, which the date filters need",
            customer.id
        ))),
    }
}
