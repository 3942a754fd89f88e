//! [`Fixture`]: the customers the filter cases check against, each filter for a customer it must
//! include and one it must exclude.
//!
//! On a target that creates, the run makes two, far enough apart in time that every filter
//! tells them apart:
//!
//! ```text
//! t0  create alpha      alpha.createdAt = t0
//! t1  create bravo      bravo.createdAt = bravo.updatedAt = t1     (t1 >= t0 + 1 s)
//! t2  update alpha      alpha.updatedAt = t2                       (t2 >= t1 + 1 s)
//! ```
//!
//! So `createdAt[from]=t1` holds bravo and not alpha, `createdAt[to]=t0` alpha and not bravo,
//! `updatedAt[from]=t2` alpha and not bravo, `updatedAt[to]=t1` bravo and not alpha. The second
//! between steps is what a platform that keeps whole seconds (Ecwid) needs. (Without update,
//! alpha keeps its creation as its last update, and the update pair is alpha then bravo.)
//!
//! On a target that cannot create (read-only), the run walks the customers it already holds and
//! picks its probes among them: the first and last created, the first and last updated, the
//! smallest and largest id, and a customer whose email and last name no other customer holds.
//! A case whose probe the store lacks skips with the reason.

use std::cmp::Ordering;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use ecartapi_client::types::{Customer, CustomerInput, CustomerUpdateRequest};

use super::context::{CanonicalCtx, MAX_LIMIT};
use super::created_customers::{plain_customer, rich_customer};
use super::cursor::id_order;
use super::expected_answers::expect_ok;
use super::query::Query;
use crate::capability::Capability;
use crate::case::Failure;
use crate::check::{fail, skip};

/// The wait between the steps of a made fixture.
const STEP: Duration = Duration::from_millis(1_100);

/// Two customers, the first before the second in some order, or why the store has none.
type Pair = Result<(Customer, Customer), Failure>;

/// The customers the filter cases check against, made by the run or found in the store.
#[derive(Debug, Clone)]
pub(crate) struct Fixture {
    /// Created first and created last.
    created: Pair,
    /// Updated first and updated last.
    updated: Pair,
    /// Smallest id and largest id.
    ids: Pair,
    /// A customer whose email and last name no other holds, and another customer.
    probe: Pair,
    /// Words only the probe customer holds: in its email, then its last name.
    search_terms: Vec<String>,
    /// A `search` that every customer of a made fixture matches and no other (its run id).
    narrowing_search: Option<String>,
}

impl Fixture {
    /// Made by the run when the target creates, else found among the customers it holds.
    pub(crate) async fn build(ctx: &CanonicalCtx) -> Result<Self, Failure> {
        if ctx.has(Capability::Create) {
            Self::make(ctx).await
        } else {
            Self::find(ctx).await
        }
    }

    /// Create, wait, create, wait, update (when the target updates), read back; `Fail` says
    /// which step went wrong.
    async fn make(ctx: &CanonicalCtx) -> Result<Self, Failure> {
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
        let touched = ctx.has(Capability::Update);
        if touched {
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
        }
        let sent = (alpha.email.clone(), alpha.last_name.clone());
        let alpha = ctx.get(&alpha.id).await.map_err(step)?;
        let bravo = ctx.get(&bravo.id).await.map_err(step)?;
        if touched && (alpha.email != sent.0 || alpha.last_name != sent.1) {
            // The filters are checked on these two fields: say what broke them, once.
            return Err(step(fail(format!(
                "customer {} after an update of `note` alone: expected email {:?} and lastName \
                 {:?} kept, got {:?} and {:?}",
                alpha.id, sent.0, sent.1, alpha.email, alpha.last_name
            ))));
        }
        let (a_created, a_updated) = dates(&alpha).map_err(step)?;
        let (b_created, b_updated) = dates(&bravo).map_err(step)?;
        let updated_in_order = if touched {
            b_updated < a_updated
        } else {
            a_updated < b_updated
        };
        if a_created >= b_created || !updated_in_order {
            return Err(step(fail(format!(
                "dates did not advance: alpha created {a_created} updated {a_updated}, bravo \
                 created {b_created} updated {b_updated}"
            ))));
        }
        let pair = |first: &Customer, second: &Customer| Ok((first.clone(), second.clone()));
        Ok(Self {
            created: pair(&alpha, &bravo),
            updated: if touched {
                pair(&bravo, &alpha)
            } else {
                pair(&alpha, &bravo)
            },
            ids: pair(&alpha, &bravo),
            probe: pair(&alpha, &bravo),
            search_terms: [Some(format!("conf-{run}-alpha")), alpha.last_name.clone()]
                .into_iter()
                .flatten()
                .collect(),
            narrowing_search: Some(format!("conf-{run}")),
        })
    }

    /// Walk every customer the target holds and pick the probes among them.
    async fn find(ctx: &CanonicalCtx) -> Result<Self, Failure> {
        let all = ctx
            .list_all(&Query::default(), MAX_LIMIT)
            .await
            .map_err(|e| match e {
                Failure::Fail(why) => fail(format!("listing the store's customers: {why}")),
                other => other,
            })?;
        let held = all.len();
        let lacking = |what: &str| {
            skip(format!(
                "the target cannot create (no create), and among the {held} customers it holds \
                 there are no {what}"
            ))
        };
        let by_date = |pick: fn(&Customer) -> Option<DateTime<FixedOffset>>, what: &str| {
            let dated: Vec<(&Customer, DateTime<FixedOffset>)> =
                all.iter().filter_map(|c| pick(c).map(|d| (c, d))).collect();
            let first = dated.iter().min_by_key(|(_, d)| *d);
            let last = dated.iter().max_by_key(|(_, d)| *d);
            match (first, last) {
                (Some((a, da)), Some((b, db))) if da < db => Ok(((*a).clone(), (*b).clone())),
                _ => Err(lacking(what)),
            }
        };
        let created = by_date(
            |c| c.dates.as_ref()?.created_at,
            "two customers with different creation dates",
        );
        let updated = by_date(
            |c| c.dates.as_ref()?.updated_at,
            "two customers with different update dates",
        );
        let smallest = all.iter().min_by(|a, b| id_order(&a.id, &b.id));
        let largest = all.iter().max_by(|a, b| id_order(&a.id, &b.id));
        let ids = match (smallest, largest) {
            (Some(a), Some(b)) if id_order(&a.id, &b.id) == Ordering::Less => {
                Ok((a.clone(), b.clone()))
            }
            _ => Err(lacking("two customers")),
        };
        let probe = pick_probe(&all)
            .ok_or_else(|| lacking("a customer whose email and last name no other customer holds"));
        let search_terms = match &probe {
            Ok((p, _)) => [p.email.clone(), p.last_name.clone()]
                .into_iter()
                .flatten()
                .collect(),
            Err(_) => Vec::new(),
        };
        Ok(Self {
            created,
            updated,
            ids,
            probe,
            search_terms,
            narrowing_search: None,
        })
    }

    /// (created first, created last).
    pub(crate) fn created_pair(&self) -> Result<(&Customer, &Customer), Failure> {
        both(&self.created)
    }

    /// (last updated first, last updated last).
    pub(crate) fn updated_pair(&self) -> Result<(&Customer, &Customer), Failure> {
        both(&self.updated)
    }

    /// (smaller id, larger id).
    pub(crate) fn id_pair(&self) -> Result<(&Customer, &Customer), Failure> {
        both(&self.ids)
    }

    /// A customer with an email and a last name no other customer holds.
    pub(crate) fn probe(&self) -> Result<&Customer, Failure> {
        both(&self.probe).map(|(probe, _)| probe)
    }

    /// The probe customer and another that holds neither its email nor its last name.
    pub(crate) fn probe_and_other(&self) -> Result<(&Customer, &Customer), Failure> {
        both(&self.probe)
    }

    /// Words only the probe customer holds (a part of its email, then its last name).
    pub(crate) fn search_terms(&self) -> &[String] {
        &self.search_terms
    }

    /// A `search` only the fixture's customers match (a made fixture's run id), which keeps a
    /// filtered walk short on a big store; `None` for a found fixture.
    pub(crate) fn narrowing_search(&self) -> Option<&str> {
        self.narrowing_search.as_deref()
    }

    /// Every customer of the fixture, once each.
    pub(crate) fn customers(&self) -> Vec<&Customer> {
        let mut all: Vec<&Customer> = Vec::new();
        for (a, b) in [&self.created, &self.updated, &self.ids, &self.probe]
            .into_iter()
            .filter_map(|p| p.as_ref().ok())
        {
            for c in [a, b] {
                if !all.iter().any(|seen| seen.id == c.id) {
                    all.push(c);
                }
            }
        }
        all
    }
}

fn both(pair: &Pair) -> Result<(&Customer, &Customer), Failure> {
    pair.as_ref().map(|(a, b)| (a, b)).map_err(Clone::clone)
}

/// A customer whose email and last name no other customer's JSON holds (case-insensitively),
/// and another customer; `None` when the store has no such pair.
fn pick_probe(all: &[Customer]) -> Option<(Customer, Customer)> {
    let texts: Vec<String> = all
        .iter()
        .map(|c| serde_json::to_string(c).unwrap_or_default().to_lowercase())
        .collect();
    all.iter().enumerate().find_map(|(i, candidate)| {
        let email = candidate.email.as_deref()?.trim().to_lowercase();
        let last = candidate.last_name.as_deref()?.trim().to_lowercase();
        if email.is_empty() || last.is_empty() {
            return None;
        }
        let elsewhere = texts
            .iter()
            .enumerate()
            .any(|(j, text)| j != i && (text.contains(&email) || text.contains(&last)));
        let other = all.iter().find(|c| c.id != candidate.id)?;
        (!elsewhere).then(|| (candidate.clone(), other.clone()))
    })
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
