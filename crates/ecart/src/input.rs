//! Command input: a FILE argument, or stdin when it is absent or `-`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;

use anyhow::Context;

/// A buffered reader over the file, or stdin.
pub fn open(file: Option<&PathBuf>) -> anyhow::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) if path.as_os_str() != "-" => Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
        )),
        _ => Box::new(BufReader::with_capacity(1 << 16, io::stdin().lock())),
    })
}

/// The whole input as text.
pub fn read_all(file: Option<&PathBuf>) -> anyhow::Result<String> {
    let mut text = String::new();
    open(file)?
        .read_to_string(&mut text)
        .context("cannot read the input (it must be UTF-8 text)")?;
    Ok(text)
}
