//! The `crosscheck` binary: headless commands, or the workbench when no
//! command is given.

use clap::Parser;
use crosscheck::cli::{Cli, run};
use std::process::ExitCode;

/// Suggestions are many small strings: mimalloc allocates and frees them
/// in a fraction of glibc's time (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => {
            let mut stdout = std::io::stdout().lock();
            match run(command, &mut stdout) {
                Ok(code) => ExitCode::from(code as u8),
                Err(err) => {
                    eprintln!("{err}");
                    ExitCode::from(err.exit_code() as u8)
                }
            }
        }
        None => open_workbench(cli.project),
    }
}

#[cfg(feature = "gui")]
fn open_workbench(project: Option<std::path::PathBuf>) -> ExitCode {
    match crosscheck::ui::run_native(project) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("crosscheck: {message}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_workbench(_project: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!("crosscheck: this build has no workbench (built without the `gui` feature); use a command, see --help");
    ExitCode::from(2)
}
