//! The command line: one module per subcommand, each with its help text,
//! its arguments and its `run`. [`run`] parses the arguments, dispatches,
//! and maps the outcome to an exit code (0 success, 1 the run failed, 2
//! usage error).

mod extract;
mod report;
mod scan;
mod sql;

use std::io;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "claimscan",
    version,
    about = "Numeric claims, dates, people and quotes from news archives, at corpus speed.",
    after_help = "Examples:\n  claimscan scan sample-data -o out\n  claimscan report out -o report\n  claimscan extract \"The war has claimed over 70,000 lives, officials said.\"\n  claimscan sql out \"SELECT category, count(*) AS n FROM claims GROUP BY category\""
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Scan(scan::Args),
    Extract(extract::Args),
    Report(report::Args),
    Sql(sql::Args),
}

/// Runs the command line and returns the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let result = match cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Report(args) => report::run(args),
        Command::Sql(args) => sql::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("claimscan: error: {e:#}");
            1
        }
    }
}

/// A closed pipe (`claimscan ... | head`) ends the run quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
