"""claimscan: numeric claims, dates, people and quotes from news articles.

The extraction is claimscan's own (the Rust core of the ``claimscan``
command line, without polars), and what it finds comes back as Arrow data,
named and typed like the tables of ``claimscan scan``:

>>> import claimscan
>>> found = claimscan.extract("The war has claimed over 70,000 lives, the UN said.",
...                           published="2013-05-08")
>>> found["claims"].column("value").to_pylist()
[70000.0]

``extract_batch`` does the same for a whole batch of articles (one row per
article, with the claims, dates, entities and quotes as list columns); a
bad row (null or empty text, a date that cannot be read, a huge text) comes
back with an ``error`` or ``warning``, never as an exception that loses the
batch.
"""

from __future__ import annotations

import datetime as _dt
from importlib import metadata as _metadata

import pyarrow as pa

from . import _claimscan

__all__ = [
    "extract",
    "extract_batch",
    "schemas",
    "batch_schema",
    "read_documents",
    "documents_schema",
    "FIELD_NAMES",
    "EXTENSIONS",
    "TABLES",
    "ITEM_TABLES",
    "MAX_TEXT_BYTES",
]

try:
    __version__ = _metadata.version("claimscan")
except _metadata.PackageNotFoundError:  # imported from a source tree
    __version__ = "0+unknown"

#: The scan's tables, in order.
TABLES = tuple(_claimscan.TABLES)
#: The tables that ``extract_batch`` returns as list-of-struct columns.
ITEM_TABLES = ("claims", "dates", "entities", "quotes")
#: Texts longer than this (bytes of UTF-8) are an ``error`` row of
#: ``extract_batch`` unless ``max_bytes`` says otherwise.
MAX_TEXT_BYTES = _claimscan.MAX_TEXT_BYTES
#: The field names ``claimscan scan`` looks for in JSON, CSV (and the Spark
#: job in Parquet) records, for each role, in order.
FIELD_NAMES = {k: tuple(v) for k, v in _claimscan.FIELD_NAMES.items()}
#: File extensions the scan reads (each also with ``.gz`` or ``.zst``).
EXTENSIONS = tuple(_claimscan.EXTENSIONS)

_DEFAULTS = {"id": "id", "published": "date", "source": "source", "title": "title"}


def _date_string(published):
    """A publication date as the string the extractor reads, or None."""
    if published is None or isinstance(published, str):
        return published
    if isinstance(published, _dt.datetime):
        if published.tzinfo is not None:
            published = published.astimezone(_dt.timezone.utc)
        return published.date().isoformat()
    if isinstance(published, _dt.date):
        return published.isoformat()
    raise TypeError(
        f"published must be a str, datetime.date or datetime.datetime, not {type(published).__name__}"
    )


def extract(text: str, published=None, doc_id: str | None = None) -> dict[str, pa.Table]:
    """Extract claims, dates, entities and quotes from one text.

    Returns a dict of ``pyarrow.Table`` keyed by table name (``articles``,
    ``claims``, ``dates``, ``entities``, ``quotes``, ``errors``), with the
    columns and types of the tables ``claimscan scan`` writes.

    ``published`` (a ``datetime.date``, ``datetime.datetime`` or a string
    such as ``"2013-05-08"`` or ``"May 8, 2013"``) anchors relative dates
    ("yesterday"); without it the date the text states is used, if any
    (``articles.published_from`` says which). A date that cannot be read
    is a ``bad_date`` warning in ``errors``; an empty text is an ``empty``
    error there, with no ``articles`` row. ``doc_id`` (default ``"text"``)
    fills the ``doc_id`` and ``input`` columns.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _claimscan.extract(text, _date_string(published), doc_id)


def _column(batch, name, role):
    """The column named ``name`` for ``role`` (id, published, ...): None
    when ``name`` is None, or when it is the default name and absent."""
    if name is None:
        return None
    if name not in batch.schema.names and name == _DEFAULTS.get(role):
        return None
    return name


def extract_batch(
    batch,
    text: str = "text",
    id: str | None = "id",
    published: str | None = "date",
    source: str | None = "source",
    title: str | None = "title",
    *,
    max_bytes: int = MAX_TEXT_BYTES,
):
    """Extract every article of a batch: one output row per input row.

    ``batch`` is a ``pyarrow.RecordBatch`` (or any object with the Arrow
    PyCapsule interface for one); a ``pyarrow.Table`` gives a Table of one
    result batch per input batch, and a ``pandas.DataFrame`` is converted
    first. The keyword arguments name the input columns: ``text`` must
    exist; ``id``, ``published``, ``source`` and ``title`` may be None, and
    are ignored when they keep their default name and the batch has no such
    column. Strings may be ``string``, ``large_string``, ``string_view`` or
    binary (decoded as UTF-8, lossily with a warning); ids may be integers;
    dates may be strings, ``date32``/``date64`` or timestamps (their UTC
    date).

    The result (``batch_schema()``) has the ``articles`` table's columns,
    then ``claims``, ``dates``, ``entities`` and ``quotes`` as lists of
    structs (each table's columns less ``doc_id``), then ``error`` and
    ``warning``: null when there is none, else ``"kind: message"`` with the
    scan's kinds. A row with an ``error`` (``missing_text``: a null text;
    ``empty``; ``too_large``: more than ``max_bytes`` bytes; ``internal``:
    extraction failed, a bug) has null
    counts and lists; a ``warning`` (``bad_date``, ``invalid_utf8``) was
    extracted all the same.

    Raises ``ValueError`` only for a call that cannot mean anything: a
    column that is missing or of a type that cannot hold its field.
    """
    names = dict(text=text, id=id, published=published, source=source, title=title)
    if isinstance(batch, pa.Table):
        out = [extract_batch(b, **names, max_bytes=max_bytes) for b in batch.to_batches()]
        return pa.Table.from_batches(out, schema=batch_schema())
    if not isinstance(batch, pa.RecordBatch):
        if hasattr(batch, "__arrow_c_array__"):
            batch = pa.record_batch(batch)
        elif hasattr(batch, "to_records") and hasattr(batch, "columns"):
            batch = pa.RecordBatch.from_pandas(batch, preserve_index=False)
        else:
            raise TypeError(
                "batch must be a pyarrow.RecordBatch, pyarrow.Table or pandas.DataFrame, "
                f"not {type(batch).__name__}"
            )
    for role in ("id", "published", "source", "title"):
        names[role] = _column(batch, names[role], role)
    return _claimscan.extract_batch(
        batch,
        names["text"],
        names["id"],
        names["published"],
        names["source"],
        names["title"],
        max_bytes,
    )


def schemas() -> dict[str, pa.Schema]:
    """The schema of each table that ``extract`` returns."""
    return _claimscan.schemas()


def batch_schema() -> pa.Schema:
    """The schema of ``extract_batch``'s result (for Spark's ``mapInArrow``,
    for instance)."""
    return _claimscan.batch_schema()


def read_documents(
    data: bytes,
    name: str,
    *,
    text_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    source_field: str | None = None,
    title_field: str | None = None,
    input_format: str | None = None,
) -> pa.RecordBatch:
    """Read one whole input held in memory as ``claimscan scan`` reads a
    file named ``name`` with these bytes.

    Compression (gzip, zstd) is recognised by its magic bytes and the
    format by the extension of ``name`` (``.jsonl``, ``.json``, ``.csv``,
    ``.html``, ``.txt``, ``.md``, ``.warc``, ...; else ``input_format``,
    else the content), so ids, ``input`` values, dates and error rows are
    the scan's. The ``*_field`` arguments name the record fields, as the
    scan's ``--text-field`` etc. (default: the scan's candidates,
    ``FIELD_NAMES``).

    Returns one ``pyarrow.RecordBatch`` (``documents_schema()``), one row
    per item in input order: a document (``doc_id``, ``input``, ``line``
    for JSONL/CSV/JSON-array records, ``source``, ``title``,
    ``published``, ``published_from``, ``text``; ``kind`` null) or an
    ``errors`` row (``input``, ``line``, ``doc_id``, ``kind``,
    ``severity``, ``message``; ``text`` null). A warning row (``bad_date``,
    ``invalid_utf8``) comes beside its document, which is kept. Bad input
    never raises; an unknown ``input_format`` raises ``ValueError``.
    """
    if not isinstance(data, bytes):
        data = bytes(data)
    return _claimscan.read_documents(
        data, name, text_field, id_field, date_field, source_field, title_field, input_format
    )


def documents_schema() -> pa.Schema:
    """The schema of ``read_documents``' result."""
    return _claimscan.documents_schema()
