"""The scan's Parquet files read unchanged in the other usual readers:
DuckDB, and pandas through pyarrow (Spark: test_spark.py).

The scan is run for real (the claimscan binary on sample-data/).
"""

import duckdb
import pyarrow as pa

import claimscan
from conftest import scan_table


def test_duckdb_reads_every_table_with_its_rows_and_values(scan_dir):
    con = duckdb.connect()
    for name in claimscan.TABLES:
        path = scan_dir / f"{name}.parquet"
        want = scan_table(scan_dir, name)
        got = con.sql(f"SELECT * FROM read_parquet('{path}')").to_arrow_table()
        assert got.column_names == want.column_names, name
        assert got.num_rows == want.num_rows, name
        # Same values, column by column (DuckDB hands strings back as
        # string or string_view, unsigned integers as unsigned).
        for col in want.column_names:
            assert got.column(col).to_pylist() == want.column(col).to_pylist(), f"{name}.{col}"
    # Counts and a filter, as a user would query the files.
    claims = scan_dir / "claims.parquet"
    n = con.execute(f"SELECT count(*) FROM '{claims}' WHERE category = 'deaths'").fetchone()[0]
    assert n == sum(1 for c in scan_table(scan_dir, "claims").column("category").to_pylist() if c == "deaths")
    assert n > 0


def test_pandas_reads_every_table(scan_dir):
    for name in claimscan.TABLES:
        want = scan_table(scan_dir, name)
        df = want.to_pandas()
        assert list(df.columns) == want.column_names, name
        assert len(df) == want.num_rows, name
    articles = scan_table(scan_dir, "articles").to_pandas()
    assert articles["doc_id"].is_unique
    assert str(articles["n_claims"].dtype) == "uint32"
    assert pa.types.is_large_string(scan_table(scan_dir, "articles").schema.field("doc_id").type)
