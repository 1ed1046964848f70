"""Throughput of the Spark job (local[2]) against `claimscan scan --threads 2`
on the same input and machine, in MB/s of article text.

    target/python/venv/bin/python python/bench_spark.py [INPUT] [--runs N]

INPUT defaults to ../shared/corpus/bbc.jsonl.zst (the bench says so and
exits 0 when it is absent). The CLI is target/release/claimscan when it
exists, else target/debug/claimscan (CLAIMSCAN_BIN overrides); the wheel is
whatever is installed in this interpreter (python/test.sh installs a debug
wheel, WHEEL_PROFILE=release python/test.sh an optimised one). Both are
printed with the figures. Text MB are the `bytes` of the articles table
(UTF-8 text extracted), 10^6 bytes a MB. Each side runs `--runs` times
(default 2) and the best run counts; the Spark figure excludes starting the
SparkSession (printed apart), the first Spark run warms the Python workers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
# Import the installed package, not the source folder beside this file
# (python/claimscan has no native module).
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc.jsonl.zst"


def cli_binary() -> tuple[str, str]:
    """The claimscan binary and its build profile."""
    if os.environ.get("CLAIMSCAN_BIN"):
        path = os.environ["CLAIMSCAN_BIN"]
        parts = Path(path).resolve().parts
        profile = next((p for p in ("release", "debug") if p in parts), "unknown")
        return path, f"{profile}, from CLAIMSCAN_BIN"
    for profile in ("release", "debug"):
        path = REPO / "target" / profile / "claimscan"
        if path.is_file():
            return str(path), profile
    sys.exit("bench_spark: no target/{release,debug}/claimscan: run `cargo build --bin claimscan` first")


def wheel_profile() -> str:
    """How the installed native module was built."""
    import claimscan._claimscan as native

    return f"{native.BUILD} build ({native.__file__})"


def text_mb(scan_dir: Path) -> float:
    """MB of article text in a scan's articles table (file or directory)."""
    path = scan_dir / "articles.parquet"
    table = pq.read_table(path if path.exists() else scan_dir / "articles", columns=["bytes"])
    return sum(v for v in table.column("bytes").to_pylist() if v) / 1e6


def bench_cli(binary: str, data: Path, work: Path, runs: int) -> tuple[float, float]:
    """Best wall time of `claimscan scan --threads 2`, and its text MB."""
    best = float("inf")
    out = work / "cli"
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([binary, "scan", str(data), "-o", str(out), "--threads", "2", "--quiet"], check=True)
        best = min(best, time.perf_counter() - start)
    return best, text_mb(out)


def bench_spark(data: Path, work: Path, runs: int) -> tuple[float, float, float]:
    """Session start time, best wall time of the Spark job, and its text MB."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    start = time.perf_counter()
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("claimscan bench")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start

    import claimscan.spark

    best = float("inf")
    out = work / "spark"
    try:
        for _ in range(runs):
            start = time.perf_counter()
            claimscan.spark.run(spark, [str(data)], str(out), quiet=True)
            best = min(best, time.perf_counter() - start)
    finally:
        spark.stop()
    return startup, best, text_mb(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    if not args.input.exists():
        print(f"bench_spark: skipped: {args.input} is absent (the shared corpus lives beside the repository)")
        return 0
    binary, profile = cli_binary()
    print(f"input: {args.input} ({args.input.stat().st_size / 1e6:.1f} MB on disk)")
    print(f"CLI: {binary} ({profile} build), --threads 2")
    print(f"wheel: {wheel_profile()}")
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        work = Path(tmp)
        cli_s, cli_mb = bench_cli(binary, args.input, work, args.runs)
        startup, spark_s, spark_mb = bench_spark(args.input, work, args.runs)
    if abs(cli_mb - spark_mb) > 1e-6:
        print(f"warning: the two scans extracted different text: CLI {cli_mb:.3f} MB, Spark {spark_mb:.3f} MB")
    cli_rate, spark_rate = cli_mb / cli_s, spark_mb / spark_s
    print(f"text: {cli_mb:.2f} MB")
    print(f"CLI   --threads 2: {cli_s:7.2f} s  {cli_rate:6.2f} MB/s  ({cli_rate / 2:.2f} MB/s per core)")
    print(
        f"Spark local[2]   : {spark_s:7.2f} s  {spark_rate:6.2f} MB/s  ({spark_rate / 2:.2f} MB/s per core; "
        f"the session took {startup:.1f} s to start, not counted)"
    )
    print(f"Spark / CLI per core: {spark_rate / cli_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
