"""The Arrow tables are named and typed like the scan's Parquet files.

The scan is run for real (the claimscan binary on sample-data/), so a
column added to the scan and not to python/src/tables.rs, or the other
way round, fails here.

Strings compare as one logical type (`string`, `large_string` and
`string_view` hold the same values); every other type must be equal. The
scan's Parquet files declare `large_string` (polars' most compatible
level), which every pyarrow from 14 on reads, and the package returns
`large_string` too.
"""

import pyarrow as pa

import claimscan
from conftest import scan_table

STRINGS = (pa.string(), pa.large_string())


def logical(t: pa.DataType) -> str:
    if t in STRINGS or str(t) == "string_view":
        return "string"
    return str(t)


def columns(schema: pa.Schema) -> list[tuple[str, str]]:
    return [(f.name, logical(f.type)) for f in schema]


def test_tables_are_the_scan_tables():
    assert claimscan.TABLES == ("articles", "claims", "dates", "entities", "quotes", "errors")


def test_each_table_is_named_and_typed_like_the_scan(scan_dir):
    schemas = claimscan.schemas()
    for name in claimscan.TABLES:
        scanned = scan_table(scan_dir, name).schema
        assert columns(schemas[name]) == columns(scanned), f"table {name}"


def test_scan_parquet_declares_strings_that_old_pyarrow_reads(scan_dir):
    # pyarrow before 15 refuses a file whose Arrow schema says string_view.
    for name in claimscan.TABLES:
        for f in scan_table(scan_dir, name).schema:
            assert str(f.type) != "string_view", f"{name}.{f.name}"
            if logical(f.type) == "string":
                assert f.type == pa.large_string(), f"{name}.{f.name}"


def test_extract_returns_tables_of_those_schemas():
    found = claimscan.extract("Over 70,000 people died, the UN said on Tuesday.", published="2013-05-08")
    assert list(found) == list(claimscan.TABLES)
    schemas = claimscan.schemas()
    for name, table in found.items():
        assert table.schema == schemas[name], name


def test_batch_columns_are_the_articles_then_the_item_tables():
    schemas = claimscan.schemas()
    batch = claimscan.batch_schema()
    articles = schemas["articles"].names
    assert batch.names == articles + list(claimscan.ITEM_TABLES) + ["error", "warning"]
    for f in schemas["articles"]:
        assert batch.field(f.name).type == f.type
    for name in claimscan.ITEM_TABLES:
        t = batch.field(name).type
        assert pa.types.is_list(t), name
        struct = t.value_type
        want = [f for f in schemas[name] if f.name != "doc_id"]
        assert [struct.field(i) for i in range(struct.num_fields)] == want, name
    assert batch.field("error").type == pa.large_string()
    assert batch.field("warning").type == pa.large_string()
