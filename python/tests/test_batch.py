"""claimscan.extract_batch: one row per article, nothing lost."""

import datetime as dt

import pyarrow as pa
import pytest

import claimscan
from conftest import sample_batches, scan_table

ITEMS = claimscan.ITEM_TABLES


def explode(out: pa.RecordBatch, name: str) -> dict[str, list[dict]]:
    """The rows of item table `name`, by doc_id."""
    rows = {}
    for r in out.to_pylist():
        rows[r["doc_id"]] = r[name] or []
    return rows


@pytest.mark.parametrize("file,batch,names", sample_batches(), ids=lambda x: x if isinstance(x, str) else "")
def test_one_row_per_article_and_the_scans_rows(scan_dir, file, batch, names):
    out = claimscan.extract_batch(batch, **names)
    assert isinstance(out, pa.RecordBatch)
    assert out.schema == claimscan.batch_schema()
    assert out.num_rows == batch.num_rows
    assert out.column("doc_id").to_pylist() == batch.column("id").to_pylist()
    assert out.column("error").null_count == out.num_rows, out.column("error")
    assert out.column("warning").null_count == out.num_rows, out.column("warning")

    # The same rows as `claimscan scan` of the same file: articles (less
    # `input`, which names the file there), claims, dates, entities, quotes.
    ids = set(out.column("doc_id").to_pylist())
    scanned = [r for r in scan_table(scan_dir, "articles").to_pylist() if r["doc_id"] in ids]
    got = out.select(claimscan.schemas()["articles"].names).to_pylist()
    for r in scanned + got:
        r.pop("input")
    assert got == scanned
    for name in ITEMS:
        by_doc = explode(out, name)
        want = {}
        for r in scan_table(scan_dir, name).to_pylist():
            if r["doc_id"] in ids:
                want.setdefault(r.pop("doc_id"), []).append(r)
        assert {k: v for k, v in by_doc.items() if v} == want, name
        assert sum(len(v) for v in by_doc.values()) > 0, name


def test_bad_rows_are_rows_with_an_error():
    good = "Floods killed at least 12 people in Port Ellis on Sunday, officials said."
    huge = ("Officials said 40 people were hurt in the blast on Tuesday. " * 170_000)[:10_000_000]
    rows = [
        ("ok", good, "2026-03-09"),
        ("null-text", None, "2026-03-09"),
        ("empty", "   \n", "2026-03-09"),
        ("bad-date", good, "the ides of March"),
        ("bad-date-2", good, "2026-13-45"),
        ("huge", huge, "2026-03-09"),
        ("no-date", good, None),
        ("ok-2", good, "March 10, 2026"),
    ]
    batch = pa.RecordBatch.from_pydict(
        {
            "id": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "date": [r[2] for r in rows],
            "source": ["Meridian Wire"] * len(rows),
        }
    )
    out = claimscan.extract_batch(batch)
    assert out.num_rows == len(rows)
    got = {r["doc_id"]: r for r in out.to_pylist()}
    assert list(got) == [r[0] for r in rows]

    for ok in ("ok", "ok-2", "bad-date", "bad-date-2", "no-date"):
        r = got[ok]
        assert r["error"] is None, ok
        assert r["n_claims"] == len(r["claims"]) == 1, ok
        assert r["claims"][0]["value"] == 12.0
        assert r["source"] == "Meridian Wire"
    assert got["ok"]["published"] == dt.date(2026, 3, 9)
    assert got["ok-2"]["published"] == dt.date(2026, 3, 10)
    assert got["ok"]["warning"] is None
    for bad in ("bad-date", "bad-date-2"):
        assert got[bad]["warning"].startswith("bad_date: "), got[bad]["warning"]
        assert got[bad]["published"] is None and got[bad]["published_from"] == "none"

    for bad, kind in (("null-text", "missing_text"), ("empty", "empty"), ("huge", "too_large")):
        r = got[bad]
        assert r["error"].startswith(kind + ": "), r["error"]
        assert r["n_claims"] is None and all(r[t] is None for t in ITEMS), bad
        assert r["source"] == "Meridian Wire"
    assert "10000000 bytes" in got["huge"]["error"]


def test_max_bytes_moves_the_limit():
    text = "Officials said 40 people were hurt in the blast. " * 2_000
    batch = pa.RecordBatch.from_pydict({"text": [text]})
    assert claimscan.extract_batch(batch).column("error").to_pylist() == [None]
    out = claimscan.extract_batch(batch, max_bytes=len(text) - 1)
    assert out.column("error").to_pylist()[0].startswith("too_large: ")
    assert out.column("doc_id").to_pylist() == ["batch:1"]


def test_invalid_utf8_is_decoded_with_a_warning():
    batch = pa.RecordBatch.from_pydict(
        {"id": ["a"], "text": pa.array([b"Officials said 40 people \xff were hurt."], pa.binary())}
    )
    r = claimscan.extract_batch(batch).to_pylist()[0]
    assert r["error"] is None
    assert r["warning"].startswith("invalid_utf8: ")
    assert r["claims"][0]["value"] == 40.0


def test_column_types_a_table_may_have():
    batch = pa.RecordBatch.from_pydict(
        {
            "id": pa.array([7, 8], pa.int64()),
            "text": pa.array(["Police said on Tuesday that 12 people died."] * 2, pa.large_string()),
            "date": pa.array([dt.datetime(2013, 5, 8, 23, 0), None], pa.timestamp("us", tz="UTC")),
            "source": pa.array([None, "Wire"], pa.string()),
        }
    )
    out = claimscan.extract_batch(batch).to_pylist()
    assert [r["doc_id"] for r in out] == ["7", "8"]
    assert [r["published"] for r in out] == [dt.date(2013, 5, 8), None]
    assert [r["source"] for r in out] == [None, "Wire"]
    tuesday = [d for d in out[0]["dates"] if d["surface"] == "Tuesday"]
    assert tuesday[0]["date"] == dt.date(2013, 5, 7)

    days = pa.RecordBatch.from_pydict(
        {"text": ["12 people died."], "date": pa.array([dt.date(2026, 3, 9)], pa.date32())}
    )
    assert claimscan.extract_batch(days).column("published").to_pylist() == [dt.date(2026, 3, 9)]


def test_tables_and_pandas_frames():
    table = pa.Table.from_batches(
        [
            pa.RecordBatch.from_pydict({"id": ["a"], "text": ["5 people died."]}),
            pa.RecordBatch.from_pydict({"id": ["b"], "text": ["6 people died."]}),
        ]
    )
    out = claimscan.extract_batch(table)
    assert isinstance(out, pa.Table)
    assert out.column("doc_id").to_pylist() == ["a", "b"]
    assert [c[0]["value"] for c in out.column("claims").to_pylist()] == [5.0, 6.0]

    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": ["a", "b"], "text": ["5 people died.", None]})
    out = claimscan.extract_batch(frame)
    assert isinstance(out, pa.RecordBatch)
    assert out.column("error").to_pylist() == [None, "missing_text: the text is null"]
    # A caller explodes what it needs.
    claims = out.to_pandas().explode("claims").dropna(subset=["claims"])
    assert list(claims["claims"].map(lambda c: c["value"])) == [5.0]


def test_calls_that_cannot_mean_anything_raise():
    batch = pa.RecordBatch.from_pydict({"body": ["5 people died."], "n": [1]})
    with pytest.raises(ValueError, match="no column \"text\""):
        claimscan.extract_batch(batch)
    with pytest.raises(ValueError, match="no column \"day\""):
        claimscan.extract_batch(batch, text="body", published="day")
    with pytest.raises(ValueError, match="column \"n\" is of type Int64"):
        claimscan.extract_batch(batch, text="n")
    with pytest.raises(TypeError):
        claimscan.extract_batch(["5 people died."])
    # Absent columns under their default names are simply not there.
    assert claimscan.extract_batch(batch, text="body").num_rows == 1
