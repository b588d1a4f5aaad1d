//! `molt`: the command-line front of the compiler.
//!
//! `molt build` runs the pipeline (parse, resolve, lower to MIR, generate
//! native code with Cranelift) and links the object with the runtime
//! archive this executable carries; `molt run` does the same through a
//! content-keyed cache and runs the result; `molt compare` runs a program
//! under CPython and under Molt and shows any difference.

mod cache;
mod coding;
mod compare;
mod compile;
mod link;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "molt",
    version,
    about = "Compile Python programs to standalone native executables",
    long_about = "Molt compiles a Python 3.11 program ahead of time into a standalone native \
                  executable that needs no Python installation and prints exactly what \
                  CPython prints."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into a native executable.
    Build {
        /// The program's main source file.
        file: PathBuf,
        /// Where to write the executable (default: the file name without `.py`, in the
        /// current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write an intermediate form instead of an executable: `mir` prints the MIR text,
        /// `obj` writes the object file before linking.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
    },
    /// Build (cached by content) and run a program; its stdout, stderr and exit code are
    /// the program's.
    Run {
        file: PathBuf,
        /// Arguments passed to the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Run a program under `python3` and under Molt; print `same` or a diff of stdout and
    /// both exit codes. Exits 0 when they agree, 1 when not.
    Compare {
        file: PathBuf,
        /// Arguments passed to both runs (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    Mir,
    Obj,
}

/// The compiler's passes recurse over the syntax tree, which may nest up to
/// `molt_syntax`'s limit; they run on a thread with room for that.
const COMPILER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .name("molt".into())
        .stack_size(COMPILER_STACK)
        .spawn(move || execute(cli));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: internal compiler error");
            ExitCode::from(101)
        }
    }
}

fn execute(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build { file, output, emit } => build(&file, output, emit),
        Command::Run { file, args } => cache::build_cached(&file).and_then(|exe| run(&exe, &args)),
        Command::Compare { file, args } => compare::compare(&file, &args),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprint!("{msg}");
            if !msg.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(1)
        }
    }
}

fn build(
    file: &std::path::Path,
    output: Option<PathBuf>,
    emit: Option<Emit>,
) -> Result<ExitCode, String> {
    let program = compile::front_end(file)?;
    match emit {
        Some(Emit::Mir) => {
            print!("{}", molt_mir::print::program(&program));
            return Ok(ExitCode::SUCCESS);
        }
        Some(Emit::Obj) => {
            let obj = molt_codegen::compile(&program)
                .map_err(|e| format!("error: code generation failed: {e}"))?;
            let out = output.unwrap_or_else(|| default_output(file).with_extension("o"));
            std::fs::write(&out, obj)
                .map_err(|e| format!("error: cannot write {}: {e}", out.display()))?;
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    let out = output.unwrap_or_else(|| default_output(file));
    compile::build_executable(&program, &out)?;
    Ok(ExitCode::SUCCESS)
}

fn default_output(file: &std::path::Path) -> PathBuf {
    PathBuf::from(file.file_stem().unwrap_or(file.as_os_str()))
}

fn run(exe: &std::path::Path, args: &[String]) -> Result<ExitCode, String> {
    let status = std::process::Command::new(exe)
        .args(args)
        .status()
        .map_err(|e| format!("error: cannot run {}: {e}", exe.display()))?;
    Ok(exit_code_of(status))
}

pub(crate) fn exit_code_of(status: std::process::ExitStatus) -> ExitCode {
    match status.code() {
        Some(c) => ExitCode::from(c as u8),
        None => ExitCode::from(1),
    }
}
