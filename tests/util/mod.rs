//! Helpers shared by the integration tests: a scratch directory, the real
//! binary, and a CSV table reader.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary directory removed at the end of the test.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` to `name` (creating parent directories).
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write");
        p
    }
}

/// The crate root (for `sample-data/`).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The claimscan binary built for the tests.
pub fn claimscan() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimscan"))
}

/// Runs claimscan with `args` (stdin closed).
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    claimscan()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run claimscan")
}

/// Runs claimscan with `args`, feeding `input` on stdin.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = claimscan()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimscan");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

/// A CSV row: column → value.
pub type Row = BTreeMap<String, String>;

/// Reads a CSV table as rows of column → value.
pub fn read_csv(path: &Path) -> Vec<Row> {
    let mut rdr = csv::Reader::from_path(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let headers = rdr.headers().expect("headers").clone();
    rdr.records()
        .map(|r| {
            let r = r.expect("record");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// An inconsistency row as `(doc_id_a, surface_a, doc_id_b, surface_b,
/// reason)`.
pub type Disagreement = (String, String, String, String, String);

/// The rows of `inconsistencies.csv` in report directory `out`.
pub fn inconsistencies(out: &Path) -> Vec<Disagreement> {
    read_csv(&out.join("inconsistencies.csv"))
        .into_iter()
        .map(|r| {
            (
                r["doc_id_a"].clone(),
                r["surface_a"].clone(),
                r["doc_id_b"].clone(),
                r["surface_b"].clone(),
                r["reason"].clone(),
            )
        })
        .collect()
}

/// Stderr of a run, for assertion messages.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The article the project started from (`../shared/seeds/`), or None
/// when the shared data is absent (the caller skips with a message).
pub fn seed_text() -> Option<String> {
    let dir = claimscan::eval::shared_dir()?;
    let path = dir.parent()?.join("seeds/000_ceea40003ea13d17.txt");
    std::fs::read_to_string(path).ok()
}

/// An invented article: id, outlet, date, headline, text.
pub type Doc<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

/// Scans `docs` as JSONL and reports on the scan with the default
/// options: the scratch directory (kept alive by the caller) and the
/// report's directory.
#[cfg(feature = "cli")]
pub fn scan_and_report(docs: &[Doc]) -> (Scratch, PathBuf) {
    use claimscan::extract::Registry;
    use claimscan::report::{run, ReportOptions};
    use claimscan::scan::{scan, ScanOptions};
    let dir = Scratch::new();
    let lines: Vec<String> = docs
        .iter()
        .map(|(id, source, date, title, text)| {
            serde_json::json!({"id": id, "source": source, "date": date, "title": title, "text": text})
                .to_string()
        })
        .collect();
    let input = dir.write("in.jsonl", lines.join("\n"));
    let scan_dir = dir.join("scan");
    scan(
        &[input.to_string_lossy().to_string()],
        &Registry::all(),
        &ScanOptions::new(&scan_dir),
    )
    .unwrap();
    let out = dir.join("report");
    run(&scan_dir, &out, &ReportOptions::default()).unwrap();
    (dir, out)
}

/// The story of each document of a report (`stories.csv`).
pub fn stories_of(out: &Path) -> BTreeMap<String, String> {
    read_csv(&out.join("stories.csv"))
        .into_iter()
        .map(|r| (r["doc_id"].clone(), r["story_id"].clone()))
        .collect()
}
