//! The cases, one module per API; each module lists its cases in run order.

/// A case of `$suite` (`canonical` or `ecwid`): id, description, the documents it comes from
/// (`[Source.at("section"), ...]`), the capabilities it needs (`needs [Count, Create]`, left out
/// when none), and the `async fn` that checks it.
macro_rules! suite_case {
    ($suite:ident, $id:literal, $description:literal, [$($source:expr),+ $(,)?], needs [$($need:ident),+ $(,)?], $check:path $(,)?) => {
        $crate::case::Case::$suite(
            $id,
            $description,
            {
                const SOURCES: &[$crate::source::Citation] = &[$($source),+];
                SOURCES
            },
            {
                const NEEDS: &[$crate::capability::Capability] =
                    &[$($crate::capability::Capability::$need),+];
                NEEDS
            },
            |ctx| Box::pin($check(ctx)),
        )
    };
    ($suite:ident, $id:literal, $description:literal, [$($source:expr),+ $(,)?], $check:path $(,)?) => {
        $crate::case::Case::$suite(
            $id,
            $description,
            {
                const SOURCES: &[$crate::source::Citation] = &[$($source),+];
                SOURCES
            },
            &[],
            |ctx| Box::pin($check(ctx)),
        )
    };
}
pub(crate) use suite_case;

pub(crate) mod canonical;
pub(crate) mod ecwid;
