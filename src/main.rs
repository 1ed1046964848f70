//! The `claimscan` binary: a thin layer over the library.

fn main() {
    std::process::exit(claimscan::cli::run());
}
