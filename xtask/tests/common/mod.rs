//! What the tests that run the built xtask in a copy of the workspace share.
//!
//! With a target directory shared between two checkouts (`CARGO_TARGET_DIR`, a CI cache), cargo
//! reuses the xtask binary built for the first one, so the xtask must work on the checkout it is
//! run in. [`Copy::xtask`] runs this checkout's binary in a copy, with the environment `cargo
//! xtask` gives it there.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This checkout, the one the binary under test was built for (read at run time, as the xtask
/// itself must).
pub fn checkout() -> PathBuf {
    let xtask = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo test sets it");
    Path::new(&xtask).parent().unwrap().to_path_buf()
}

/// A copy of some files of this checkout in a temporary directory, removed on drop.
pub struct Copy(PathBuf);

impl Copy {
    /// `files` (relative to the workspace root) copied under a directory named after `name`,
    /// with an empty `xtask/` beside them.
    pub fn new(name: &str, files: &[&str]) -> Self {
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let checkout = checkout();
        for file in files {
            let to = root.join(file);
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(checkout.join(file), &to).unwrap();
        }
        fs::create_dir_all(root.join("xtask")).unwrap();
        Copy(root)
    }

    /// The copy's root.
    #[allow(
        dead_code,
        reason = "each test file compiles this module; not every one needs it"
    )]
    pub fn root(&self) -> &Path {
        &self.0
    }

    /// Replace `from` by `to` in one file of the copy.
    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.0.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from:?} is in {file}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    /// `cargo xtask <args>` in the copy: the binary cargo would reuse, run as `cargo run` runs it
    /// (from the copy, with the copy's manifest directory).
    pub fn xtask(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .current_dir(&self.0)
            .env("CARGO_MANIFEST_DIR", self.0.join("xtask"))
            .output()
            .unwrap()
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A run's standard error, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
