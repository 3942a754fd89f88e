//! The store's customer groups: id and name.

/// Customer groups of the simulated store. Group 0 is Ecwid's default "General" group; the other
/// ids are the ones the spec's examples use (`customerGroupIds=123456,234567`).
pub const CUSTOMER_GROUPS: &[(i64, &str)] = &[
    (0, "General"),
    (123_456, "Wholesale"),
    (234_567, "VIP"),
    (345_678, "Resellers"),
    (456_789, "Staff"),
];

/// The name of a group, `None` for a group the store does not have.
pub(crate) fn group_name(id: i64) -> Option<&'static str> {
    CUSTOMER_GROUPS
        .iter()
        .find(|(group, _)| *group == id)
        .map(|(_, name)| *name)
}
