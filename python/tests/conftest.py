"""Shared fixtures: the repository, the claimscan binary, a real scan of
sample-data/, and the seed article from ../shared (skipped when absent)."""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample-data"
SEED = REPO.parent / "shared" / "seeds" / "000_ceea40003ea13d17.txt"


@pytest.fixture(scope="session")
def cli() -> str:
    """The claimscan binary (python/test.sh and cargo test set CLAIMSCAN_BIN)."""
    path = os.environ.get("CLAIMSCAN_BIN")
    if not path or not Path(path).is_file():
        pytest.fail("CLAIMSCAN_BIN must name the claimscan binary (python/test.sh sets it)")
    return path


@pytest.fixture(scope="session")
def scan_dir(cli, tmp_path_factory) -> Path:
    """`claimscan scan sample-data -o DIR --format parquet`, run once."""
    out = tmp_path_factory.mktemp("scan")
    subprocess.run(
        [cli, "scan", str(SAMPLE), "-o", str(out), "--format", "parquet", "--quiet"],
        check=True,
        capture_output=True,
    )
    return out


def scan_table(scan_dir: Path, name: str) -> pa.Table:
    return pq.read_table(scan_dir / f"{name}.parquet")


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed article {SEED} is absent (it lives in ../shared, beside the repository)")
    return SEED.read_text(encoding="utf-8")


def _jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# Each structured sample-data file as a batch, with the names of its
# columns for extract_batch (the same fields the scan finds by default).
def sample_batches() -> list[tuple[str, pa.RecordBatch, dict]]:
    jsonl_names = {}
    with open(SAMPLE / "valley-post.csv", newline="", encoding="utf-8") as f:
        csv_rows = list(csv.DictReader(f))
    with open(SAMPLE / "harbor-ledger.json", encoding="utf-8") as f:
        json_rows = json.load(f)
    return [
        ("meridian-wire.jsonl", pa.RecordBatch.from_pylist(_jsonl(SAMPLE / "meridian-wire.jsonl")), jsonl_names),
        (
            "northfield-courier.jsonl.gz",
            pa.RecordBatch.from_pylist(_jsonl(SAMPLE / "northfield-courier.jsonl.gz")),
            jsonl_names,
        ),
        (
            "valley-post.csv",
            pa.RecordBatch.from_pylist(csv_rows),
            dict(text="body", published="published", title="headline"),
        ),
        (
            "harbor-ledger.json",
            pa.RecordBatch.from_pylist(json_rows),
            dict(text="content", published="published", source="outlet"),
        ),
    ]
