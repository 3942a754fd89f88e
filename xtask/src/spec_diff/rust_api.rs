//! The generated Rust API itself, before and after: every public struct and its fields, enum
//! and its variants, inherent method, trait impl, alias and constant of a crate's
//! `src/generated/` files, compared by signature. It checks the spec rules against what
//! progenitor actually wrote, without `cargo semver-checks`.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use quote::ToTokens;
use syn::{Fields, ImplItem, Item, Visibility};

use super::rust::Bump;

/// One public item: its signature, and the item it belongs to (a field's struct, a variant's
/// enum), whose Rust users it breaks when it is added.
struct Entry {
    signature: String,
    parent: Option<String>,
}

/// The public API of some generated files, by path (`types::Customer.email`).
pub struct Api(BTreeMap<String, Entry>);

impl Api {
    /// Parse generated files; `source` names them in errors.
    pub fn parse(files: &[(String, String)]) -> Result<Api> {
        let mut entries = BTreeMap::new();
        for (source, text) in files {
            let file = syn::parse_file(text).with_context(|| format!("{source}: not Rust"))?;
            let module = if source.ends_with("types.rs") {
                "types::"
            } else {
                ""
            };
            collect(&file.items, module, &mut entries);
        }
        Ok(Api(entries))
    }
}

/// A node's tokens as text, with the spaces `TokenStream`'s text puts around punctuation taken
/// out where Rust writes none (`Option < i64 >` -> `Option<i64>`).
fn tokens(node: &impl ToTokens) -> String {
    let text = node.to_token_stream().to_string();
    [
        (" < ", "<"),
        ("< ", "<"),
        (" <", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (":: ", "::"),
        (" ,", ","),
        (",>", ">"),
        (",)", ")"),
        ("& ", "&"),
        ("' ", "'"),
    ]
    .iter()
    .fold(text, |text, (from, to)| text.replace(from, to))
}

fn public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn add(out: &mut BTreeMap<String, Entry>, key: String, signature: String, parent: Option<String>) {
    out.insert(key, Entry { signature, parent });
}

fn collect(items: &[Item], prefix: &str, out: &mut BTreeMap<String, Entry>) {
    for item in items {
        match item {
            Item::Struct(s) if public(&s.vis) => {
                let name = format!("{prefix}{}", s.ident);
                add(out, name.clone(), tokens(&s.generics), None);
                let fields: Vec<_> = match &s.fields {
                    Fields::Named(named) => named.named.iter().collect(),
                    Fields::Unnamed(unnamed) => unnamed.unnamed.iter().collect(),
                    Fields::Unit => Vec::new(),
                };
                // Only a struct whose fields are all public can be built with a literal, which
                // a new field breaks; private fields are no one's business.
                let constructible = fields.iter().all(|field| public(&field.vis));
                for (i, field) in fields.into_iter().enumerate() {
                    if !public(&field.vis) {
                        continue;
                    }
                    let field_name = field
                        .ident
                        .as_ref()
                        .map_or(i.to_string(), ToString::to_string);
                    add(
                        out,
                        format!("{name}.{field_name}"),
                        tokens(&field.ty),
                        constructible.then(|| name.clone()),
                    );
                }
            }
            Item::Enum(e) if public(&e.vis) => {
                let name = format!("{prefix}{}", e.ident);
                add(out, name.clone(), tokens(&e.generics), None);
                for variant in &e.variants {
                    add(
                        out,
                        format!("{name}::{}", variant.ident),
                        tokens(&variant.fields),
                        Some(name.clone()),
                    );
                }
            }
            Item::Impl(block) => {
                let self_ty = tokens(&block.self_ty);
                if let Some((path, _)) = &block.trait_ {
                    let key = format!("impl {} for {prefix}{self_ty}", tokens(path));
                    add(out, key, tokens(&block.generics), None);
                    continue;
                }
                for member in &block.items {
                    if let ImplItem::Fn(function) = member
                        && public(&function.vis)
                    {
                        let key = format!("{prefix}{self_ty}::{}", function.sig.ident);
                        add(out, key, tokens(&function.sig), None);
                    }
                }
            }
            Item::Mod(module) if public(&module.vis) => {
                if let Some((_, inner)) = &module.content {
                    collect(inner, &format!("{prefix}{}::", module.ident), out);
                }
            }
            Item::Type(alias) if public(&alias.vis) => {
                add(
                    out,
                    format!("{prefix}{}", alias.ident),
                    tokens(&alias.ty),
                    None,
                );
            }
            Item::Const(constant) if public(&constant.vis) => {
                add(
                    out,
                    format!("{prefix}{}", constant.ident),
                    tokens(&constant.ty),
                    None,
                );
            }
            Item::Fn(function) if public(&function.vis) => {
                add(
                    out,
                    format!("{prefix}{}", function.sig.ident),
                    tokens(&function.sig),
                    None,
                );
            }
            _ => {}
        }
    }
}

/// What changed from `old` to `new`: the bump it needs by the same rules as the README's
/// table (a field or variant added to an existing item breaks), and the changes, one line each.
pub fn compare(old: &Api, new: &Api) -> (Bump, Vec<String>) {
    let mut bump = Bump::Patch;
    let mut lines = Vec::new();
    for (key, entry) in &old.0 {
        match new.0.get(key) {
            None => {
                bump = Bump::Major;
                lines.push(format!("removed `{key}`"));
            }
            Some(now) if now.signature != entry.signature => {
                bump = Bump::Major;
                lines.push(format!(
                    "changed `{key}`: `{}` -> `{}`",
                    entry.signature, now.signature
                ));
            }
            Some(_) => {}
        }
    }
    for (key, entry) in &new.0 {
        if old.0.contains_key(key) {
            continue;
        }
        match &entry.parent {
            Some(parent) if old.0.contains_key(parent) => {
                bump = Bump::Major;
                lines.push(format!("added `{key}` to the existing `{parent}`"));
            }
            _ => {
                bump = bump.max(Bump::Minor);
                lines.push(format!("added `{key}`"));
            }
        }
    }
    (bump, lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(types: &str) -> Api {
        Api::parse(&[("types.rs".to_string(), types.to_string())]).unwrap()
    }

    #[test]
    fn a_field_added_to_a_struct_breaks_and_a_new_struct_adds() {
        let old = api("pub struct Customer { pub id: i64 }");
        let new = api(
            "pub struct Customer { pub id: i64, pub lang: Option<String> }\npub struct Group {}",
        );
        let (bump, lines) = compare(&old, &new);
        assert_eq!(bump, Bump::Major);
        assert_eq!(
            lines,
            [
                "added `types::Customer.lang` to the existing `types::Customer`",
                "added `types::Group`"
            ]
        );
        let (bump, lines) = compare(
            &old,
            &api("pub struct Customer { pub id: i64 }\npub struct Group {}"),
        );
        assert_eq!(
            (bump, lines),
            (Bump::Minor, vec!["added `types::Group`".to_string()])
        );
    }

    #[test]
    fn a_retyped_field_and_a_removed_method_break_and_doc_comments_or_trailing_commas_do_not_count()
    {
        let old = api("pub struct S { pub n: i64 }\nimpl S { pub fn get(&self) -> i64 { 0 } }");
        let new = api("pub struct S {\n  /// The count.\n  pub n: String }");
        let (bump, lines) = compare(&old, &new);
        assert_eq!(bump, Bump::Major);
        assert_eq!(
            lines,
            [
                "changed `types::S.n`: `i64` -> `String`",
                "removed `types::S::get`"
            ]
        );
        let documented = api(
            "/// An S.\npub struct S { pub n: i64, }\nimpl S { pub fn get(&self,) -> i64 { 1 } }",
        );
        assert_eq!(compare(&old, &documented), (Bump::Patch, vec![]));
    }
}
