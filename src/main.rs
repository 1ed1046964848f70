//! The `claimscan` binary: a thin layer over the library.

fn main() {
    claimscan::scan::tune_allocator();
    std::process::exit(claimscan::cli::run());
}
