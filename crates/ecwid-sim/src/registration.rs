//! [`RegistrationQuirks`]: switches that make the store break what a client may take for granted
//! about registration dates, so that a client's fallbacks can be tested.

use std::sync::Arc;

use crate::dates::{self, Timestamp};
use crate::store::Record;

/// How registrations look in the simulated store. The default is Ecwid's own behaviour as far as
/// it is documented: `registered` is set when a customer is created and never changes, so ids
/// rise with registration dates.
///
/// ```
/// use ecwid_sim::{RegistrationQuirks, Sim, SimConfig};
///
/// let sim = Sim::new(SimConfig {
///     customers: 50,
///     registration: RegistrationQuirks { imported: 5, ..RegistrationQuirks::default() },
///     ..SimConfig::default()
/// });
/// assert_eq!(sim.store().len(), 52);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistrationQuirks {
    /// This many generated customers (those with the highest ids) carry a registration date
    /// years older than their id says, as an import from another platform keeps the original
    /// dates: ids then no longer rise with registration dates.
    pub imported: usize,
    /// Customers whose sort key is equal (registered in the same second, say) come out newest
    /// first (descending id) instead of oldest first. Ecwid documents no order for them.
    pub ties_newest_first: bool,
}

/// The registration date an imported customer keeps: 2020-01-01 (generated customers register
/// from 2016 to mid-2025), plus a day per imported customer.
const IMPORTED_FROM: Timestamp = 1_577_836_800;

/// Move the registration date of the last `count` of `records` (ascending by id) back to
/// [`IMPORTED_FROM`] plus one day per customer.
pub(crate) fn backdate(records: &mut [Arc<Record>], count: usize) {
    let start = records.len().saturating_sub(count);
    for (day, record) in records[start..].iter_mut().enumerate() {
        let mut customer = record.customer.clone();
        customer.registered = Some(dates::format(IMPORTED_FROM + day as i64 * 86_400));
        *record = Arc::new(Record::new(customer, record.purchased_product_ids.clone()));
    }
}
