//! What the CLI test files share: running the built binary.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}\n--- stdout\n{}\n--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

/// Runs `crosscheck ARGS...` in `cwd`.
pub fn crosscheck_in<S: AsRef<OsStr>>(cwd: &Path, args: &[S]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the crosscheck binary runs");
    Run {
        code: output.status.code().expect("crosscheck exited normally, not by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}
