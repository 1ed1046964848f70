"""claimscan inside Apache Spark: the scan's tables as Spark DataFrames.

``scan(df)`` takes a Spark DataFrame of articles (one row per article, a
text column and optional id, date, source and title columns) and returns
the tables ``claimscan scan`` writes, ``articles``, ``claims``, ``dates``,
``entities``, ``quotes`` and ``errors``, as Spark DataFrames with the same
names, columns and rows. Each article is extracted once, by
``claimscan.extract_batch`` inside ``mapInArrow``; the extracted rows (one
per article, with the claims, dates, entities and quotes as list columns)
are persisted and each table is a projection or an ``inline`` of them.

Spark's Arrow path takes no unsigned integers, so in the DataFrames of
``scan`` the columns the scan writes as ``uint32`` (counts) and ``uint64``
(offsets, sizes, lines) are ``int64`` (``bigint``); the values are the
same. The job below never turns the tables into Spark rows: its tasks
write the part files themselves, with the scan's exact types.

The module is also a job, runnable as ``python -m claimscan.spark`` or
under ``spark-submit`` (give it this file's path)::

    python -m claimscan.spark scan INPUT... -o DIR [--master local[2]]

It reads files, directories (recursively, supported extensions only) and
glob patterns on any file system Spark reads: JSONL, JSON, CSV, HTML, text,
Markdown and WARC (each maybe gzip- or zstd-compressed) through the scan's
own reader (``claimscan.read_documents``, so ids, ``input`` values, dates
and error rows are the CLI's), and Parquet through Spark's reader. It
writes each table as a Parquet directory, ``DIR/claims/part-*.parquet``
and so on, which ``claimscan report DIR`` and ``claimscan sql DIR`` read.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

import claimscan

try:
    from pyspark import StorageLevel, TaskContext
    from pyspark.accumulators import Accumulator
    from pyspark.errors import AnalysisException
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        "claimscan.spark needs pyspark (pip install 'pyspark>=4'; Spark 4 needs Java 17 or later)"
    ) from e

__all__ = ["scan", "ScanTables", "read_inputs", "run", "main", "spark_schema", "tables_of", "ERRORS_TYPE"]

#: Rows of documents per Arrow batch handed from the reading step to Spark.
READ_BATCH_ROWS = 1_000

_ARTICLES = claimscan.schemas()["articles"]
_ERRORS = claimscan.schemas()["errors"]


# --- Arrow types as Spark takes them ----------------------------------------


def _signed(t: pa.DataType) -> pa.DataType:
    """``t`` with every unsigned integer (nested ones too) as ``int64``."""
    if pa.types.is_unsigned_integer(t):
        return pa.int64()
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pa.list_(_signed(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _signed(f.type), f.nullable) for f in t])
    return t


def _signed_schema(schema: pa.Schema) -> pa.Schema:
    return pa.schema([pa.field(f.name, _signed(f.type), f.nullable) for f in schema])


def _spark_type(t: pa.DataType) -> T.DataType:
    """The Spark type of an Arrow type (the ones claimscan's tables use)."""
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return T.StringType()
    if pa.types.is_integer(t):
        return T.LongType()
    if pa.types.is_floating(t):
        return T.DoubleType()
    if pa.types.is_boolean(t):
        return T.BooleanType()
    if pa.types.is_date(t):
        return T.DateType()
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return T.BinaryType()
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return T.ArrayType(_spark_type(t.value_type), True)
    if pa.types.is_struct(t):
        return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in t])
    raise TypeError(f"no Spark type for Arrow type {t}")


def spark_schema(schema: pa.Schema) -> T.StructType:
    """The Spark schema of an Arrow schema, unsigned integers as ``bigint``."""
    return T.StructType([T.StructField(f.name, _spark_type(f.type), True) for f in schema])


#: An ``errors`` row as a struct (the errors table's columns).
ERRORS_TYPE = pa.struct([pa.field(f.name, _signed(f.type)) for f in _ERRORS])

#: The extracted rows: the articles columns, the item tables as lists of
#: structs, ``extracted`` (false: no articles row) and the row's ``errors``.
_EXTRACTED = _signed_schema(
    pa.schema(
        list(_ARTICLES)
        + [claimscan.batch_schema().field(name) for name in claimscan.ITEM_TABLES]
        + [pa.field("extracted", pa.bool_()), pa.field("errors", pa.list_(ERRORS_TYPE))]
    )
)

#: What the reading step yields: documents and errors rows of the inputs.
_ITEMS = pa.schema(
    [
        ("doc_id", pa.large_string()),
        ("input", pa.large_string()),
        ("line", pa.int64()),
        ("source", pa.large_string()),
        ("title", pa.large_string()),
        ("date", pa.date32()),
        ("text", pa.large_string()),
        ("kind", pa.large_string()),
        ("severity", pa.large_string()),
        ("message", pa.large_string()),
    ]
)


# --- extraction inside mapInArrow --------------------------------------------


@dataclass(frozen=True)
class _Columns:
    """Which input columns hold what (None: no such column)."""

    text: str
    id: str | None
    published: str | None
    source: str | None
    title: str | None
    input: str | None = None
    line: str | None = None
    #: The rows may be errors rows of the reading step (``kind`` set).
    items: bool = False
    max_bytes: int = claimscan.MAX_TEXT_BYTES


# `kind: message` warnings of extract_batch, joined by "; ".
_WARNING = re.compile(r"; (?=(?:bad_date|invalid_utf8): )")


def _error_rows(inputs, lines, ids, errors, warnings) -> list[list[dict] | None]:
    """The ``errors`` rows of each extracted row (from its error and
    warning strings, ``kind: message``)."""
    out = []
    for input_, line, doc_id, error, warning in zip(inputs, lines, ids, errors, warnings):
        rows = []
        for text, severity in ((error, "error"), *((w, "warning") for w in _split(warning))):
            if text is None:
                continue
            kind, _, message = text.partition(": ")
            rows.append(
                dict(input=input_, line=line, doc_id=doc_id, kind=kind, severity=severity, message=message)
            )
        out.append(rows)
    return out


def _split(warning: str | None) -> list[str]:
    return [] if warning is None else _WARNING.split(warning)


def _extract(batch: pa.RecordBatch, cols: _Columns, where: str, first: int) -> pa.RecordBatch:
    """Extracts the documents of ``batch`` (rows ``first``... of partition
    ``where``): one row of ``_EXTRACTED`` per row of ``batch``."""
    n = batch.num_rows
    if cols.input is not None:
        inputs = batch.column(cols.input).cast(pa.large_string())
    else:
        inputs = pa.array([f"{where}:{first + i + 1}" for i in range(n)], pa.large_string())
    lines = batch.column(cols.line).cast(pa.int64()) if cols.line else pa.nulls(n, pa.int64())
    out = claimscan.extract_batch(
        batch,
        text=cols.text,
        id=cols.id,
        published=cols.published,
        source=cols.source,
        title=cols.title,
        max_bytes=cols.max_bytes,
    )
    # A row without an id is named by its input, as the scan names a record
    # without one FILE:LINE.
    doc_ids = out.column("doc_id")
    if cols.id is None:
        doc_ids = inputs
    else:
        doc_ids = pc.if_else(pc.is_valid(batch.column(cols.id)), doc_ids, inputs)
    errors = _error_rows(
        inputs.to_pylist(),
        lines.to_pylist(),
        doc_ids.to_pylist(),
        out.column("error").to_pylist(),
        out.column("warning").to_pylist(),
    )
    arrays = {name: out.column(name) for name in _ARTICLES.names}
    arrays["doc_id"] = doc_ids
    arrays["input"] = inputs
    for name in claimscan.ITEM_TABLES:
        arrays[name] = out.column(name)
    arrays["extracted"] = pc.is_null(out.column("error"))
    arrays["errors"] = pa.array(errors, pa.list_(ERRORS_TYPE))
    return _conform(arrays, n)


def _conform(arrays: dict[str, pa.Array], n: int) -> pa.RecordBatch:
    """A batch of ``_EXTRACTED`` from its columns (absent ones null), cast
    to the types Spark takes."""
    return pa.RecordBatch.from_arrays(
        [
            arrays[f.name].cast(f.type) if f.name in arrays else pa.nulls(n, f.type)
            for f in _EXTRACTED
        ],
        schema=_EXTRACTED,
    )


def _passed_errors(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Errors rows of the reading step, as rows of ``_EXTRACTED`` with no
    article."""
    rows = [
        [dict(input=r["input"], line=r["line"], doc_id=r["doc_id"], kind=r["kind"],
              severity=r["severity"], message=r["message"])]
        for r in batch.select(["input", "line", "doc_id", "kind", "severity", "message"]).to_pylist()
    ]
    n = batch.num_rows
    return _conform(
        {"extracted": pa.array([False] * n), "errors": pa.array(rows, pa.list_(ERRORS_TYPE))}, n
    )


def _extractor(cols: _Columns, counter: Accumulator | None):
    """The function ``mapInArrow`` runs on each partition."""

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        context = TaskContext.get()
        where = f"spark:{context.partitionId() if context else 0}"
        seen = 0
        for batch in batches:
            if cols.items:
                is_error = pc.is_valid(batch.column("kind"))
                passed = batch.filter(is_error)
                if passed.num_rows:
                    yield _passed_errors(passed)
                batch = batch.filter(pc.invert(is_error))
            if batch.num_rows:
                yield _extract(batch, cols, where, seen)
                if counter is not None:
                    counter.add(batch.num_rows)
            seen += batch.num_rows

    return run


# --- the job's tables, written by the workers ---------------------------------

#: What each writing task reports back: rows written per table, and the
#: lost documents (``errors`` rows of severity ``error``).
_WRITTEN = pa.schema([("table", pa.large_string()), ("rows", pa.int64())])


def _explode(batch: pa.RecordBatch, name: str, schema: pa.Schema, with_doc: bool) -> pa.Table:
    """The rows of list column ``name`` as a table of ``schema`` (the
    scan's exact types; ``doc_id`` from the parent row when ``with_doc``)."""
    values = pc.list_flatten(batch.column(name))
    parents = pc.list_parent_indices(batch.column(name)) if with_doc else None
    arrays = []
    for f in schema:
        if with_doc and f.name == "doc_id":
            arrays.append(pc.take(batch.column("doc_id"), parents).cast(f.type))
        else:
            arrays.append(values.field(f.name).cast(f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def tables_of(extracted: pa.RecordBatch) -> dict[str, pa.Table]:
    """The scan's six tables of a batch of extracted rows, with the exact
    types ``claimscan scan`` writes (unsigned integers included: these
    tables never pass through Spark's rows)."""
    schemas = claimscan.schemas()
    kept = extracted.filter(pc.fill_null(extracted.column("extracted"), False))
    tables = {
        "articles": pa.Table.from_arrays(
            [kept.column(f.name).cast(f.type) for f in schemas["articles"]],
            schema=schemas["articles"],
        )
    }
    for name in claimscan.ITEM_TABLES:
        tables[name] = _explode(kept, name, schemas[name], with_doc=True)
    tables["errors"] = _explode(extracted, "errors", schemas["errors"], with_doc=False)
    return {name: tables[name] for name in claimscan.TABLES}


def _filesystem(out: str):
    """The pyarrow file system and root path of an output directory (a
    local path, or a URI such as ``s3://bucket/dir`` or ``hdfs://...``)."""
    from pyarrow import fs as pafs

    if "://" not in out:
        out = os.path.abspath(_local(out))
    return pafs.FileSystem.from_uri(out)


def _table_writer(cols: _Columns, out: str, tag: str, counter: Accumulator | None):
    """The function ``mapInArrow`` runs on each partition of documents for
    the job: extracts each batch once and writes each table's rows as a
    Parquet part file of its own (``OUT/claims/part-TAG-PARTITION-BATCH.parquet``),
    straight from Arrow; Spark carries only the documents and, back, the
    number of rows written. A retried task writes the same names again."""
    extract = _extractor(cols, counter)

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow.parquet as pq

        filesystem, root = _filesystem(out)
        context = TaskContext.get()
        part = context.partitionId() if context else 0
        for k, extracted in enumerate(extract(batches)):
            for name, table in tables_of(extracted).items():
                if table.num_rows == 0:
                    continue
                path = f"{root}/{name}/part-{tag}-{part:05d}-{k:05d}.parquet"
                pq.write_table(table, path, filesystem=filesystem, compression="lz4")
                yield pa.RecordBatch.from_pydict(
                    {"table": [name], "rows": [table.num_rows]}, schema=_WRITTEN
                )
                if name == "errors":
                    lost = pc.sum(pc.equal(table.column("severity"), "error")).as_py() or 0
                    yield pa.RecordBatch.from_pydict(
                        {"table": ["lost"], "rows": [lost]}, schema=_WRITTEN
                    )

    return run


class ScanTables(dict):
    """The scan's tables by name (``articles``, ``claims``, ``dates``,
    ``entities``, ``quotes``, ``errors``), as Spark DataFrames over the
    persisted extracted rows (``extracted``: one row per input row, with
    its items as list columns). Call ``unpersist()`` when done."""

    def __init__(self, tables: dict[str, DataFrame], extracted: DataFrame):
        super().__init__(tables)
        self.extracted = extracted

    def unpersist(self) -> None:
        """Drops the persisted extracted rows."""
        self.extracted.unpersist()


def _column(df: DataFrame, name: str | None, role: str) -> str | None:
    """As ``extract_batch``: None when ``name`` is None, or is the default
    name for ``role`` and the frame has no such column."""
    defaults = {"id": "id", "published": "date", "source": "source", "title": "title"}
    if name is None or (name not in df.columns and name == defaults.get(role)):
        return None
    if name not in df.columns:
        raise ValueError(f"no column {name!r} in the DataFrame (columns: {', '.join(df.columns)})")
    return name


def _tables(extracted: DataFrame) -> dict[str, DataFrame]:
    """Each table from the extracted rows."""
    kept = extracted.where(F.col("extracted"))
    tables = {"articles": kept.select(*_ARTICLES.names)}
    for name in claimscan.ITEM_TABLES:
        names = claimscan.schemas()[name].names
        tables[name] = kept.select("doc_id", F.inline(name)).select(*names)
    tables["errors"] = extracted.select(F.inline("errors")).select(*_ERRORS.names)
    return {name: tables[name] for name in claimscan.TABLES}


def _map(df: DataFrame, cols: _Columns, counter: Accumulator | None) -> DataFrame:
    return df.mapInArrow(_extractor(cols, counter), spark_schema(_EXTRACTED))


def scan(
    df: DataFrame,
    text: str = "text",
    id: str | None = "id",
    published: str | None = "date",
    source: str | None = "source",
    title: str | None = "title",
    *,
    input: str | None = None,
    max_bytes: int = claimscan.MAX_TEXT_BYTES,
    counter: Accumulator | None = None,
    storage_level: StorageLevel = StorageLevel.MEMORY_AND_DISK,
) -> ScanTables:
    """The scan's tables of the articles of ``df``, as Spark DataFrames.

    The column arguments are ``claimscan.extract_batch``'s (the text column
    must exist; the others may be None, and are ignored when they keep
    their default name and ``df`` has no such column); ``input`` names a
    column whose values fill the tables' ``input`` (default
    ``spark:PARTITION:ROW``, which also names a row without an id).

    Each row is extracted once, with ``extract_batch`` inside
    ``mapInArrow``; the extracted rows are persisted at ``storage_level``
    and each table derives from them (``ScanTables.unpersist()`` drops
    them). ``counter``, a Spark accumulator of ints, is increased by the
    number of rows extracted.

    Every input row ends as one ``articles`` row or one ``errors`` row of
    severity ``error`` (``missing_text``, ``empty``, ``too_large``: over
    ``max_bytes`` bytes, ``internal``); warnings (``bad_date``,
    ``invalid_utf8``) are ``errors`` rows beside the article. Counts and
    offsets, ``uint32``/``uint64`` in the scan's files, are ``bigint``.
    """
    cols = _Columns(
        text=text,
        id=_column(df, id, "id"),
        published=_column(df, published, "published"),
        source=_column(df, source, "source"),
        title=_column(df, title, "title"),
        input=_column(df, input, "input"),
        max_bytes=max_bytes,
    )
    if text not in df.columns:
        raise ValueError(f"no column {text!r} in the DataFrame (columns: {', '.join(df.columns)})")
    extracted = _map(df, cols, counter).persist(storage_level)
    return ScanTables(_tables(extracted), extracted)


# --- the job: reading inputs --------------------------------------------------

_COMPRESSED = ("", ".gz", ".gzip", ".zst", ".zstd")


def _supported(path: str) -> bool:
    """Whether a file found in a directory is read (the scan's extensions,
    maybe compressed, and Parquet)."""
    name = path.rsplit("/", 1)[-1].lower()
    if name.endswith(".parquet"):
        return True
    return any(name.endswith(f".{ext}{c}") for ext in claimscan.EXTENSIONS for c in _COMPRESSED)


def _local(path: str) -> str:
    """A local file's URI as a path (``file:/a/b`` -> ``/a/b``); other URIs
    unchanged."""
    for prefix in ("file://", "file:"):
        if path.startswith(prefix):
            rest = path[len(prefix):]
            return rest if rest.startswith("/") else "/" + rest
    return path


@dataclass
class Listing:
    """The files to read, each with the name the tables give it (as
    ``claimscan scan`` names it: the input as given, joined with the path
    below a directory), and errors rows for inputs that match nothing."""

    #: File (``_local`` of its URI) -> name.
    names: dict[str, str] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    @property
    def parquet(self) -> list[str]:
        return [p for p in self.names if p.lower().endswith(".parquet")]

    @property
    def documents(self) -> list[str]:
        return [p for p in self.names if not p.lower().endswith(".parquet")]


def list_inputs(spark: SparkSession, inputs: list[str]) -> Listing:
    """Expands files, directories (recursively: supported extensions only,
    as the scan does) and glob patterns into the files to read."""
    listing = Listing()
    for given in inputs:
        reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
        try:
            files = reader.load(given).inputFiles()
        except AnalysisException as e:
            glob = any(c in given for c in "*?[")
            message = str(e).splitlines()[0]
            listing.errors.append(
                dict(input=given, line=None, doc_id=None, kind="no_match" if glob else "read_error",
                     severity="error", message=f"cannot read {given}: {message}")
            )
            continue
        local = given if "://" in given or given.startswith("file:") else os.path.abspath(given)
        local = _local(local).rstrip("/")
        found = 0
        for uri in sorted(files):
            path = _local(uri)
            if path == local:  # a file named as such: read whatever its name
                name = given
            elif not _supported(path):
                continue
            elif path.startswith(local + "/") and not any(c in given for c in "*?["):
                name = given.rstrip("/") + path[len(local):]
            else:
                name = path
            listing.names.setdefault(path, name)
            found += 1
        if not found:
            listing.errors.append(
                dict(input=given, line=None, doc_id=None, kind="no_supported_files", severity="error",
                     message=f"{given}: no file with a supported extension")
            )
    return listing


@dataclass(frozen=True)
class Fields:
    """The record fields to read (None: the scan's candidates), as the
    scan's ``--text-field`` etc., and ``--input-format``."""

    text: str | None = None
    id: str | None = None
    date: str | None = None
    source: str | None = None
    title: str | None = None
    format: str | None = None


def _reader(names: dict[str, str], fields: Fields):
    """The function ``mapInArrow`` runs on each partition of ``binaryFile``
    rows: each file read by ``claimscan.read_documents``."""

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            paths = batch.column("path").to_pylist()
            contents = batch.column("content")
            for i, path in enumerate(paths):
                items = claimscan.read_documents(
                    contents[i].as_py() or b"",
                    names.get(_local(path), _local(path)),
                    text_field=fields.text,
                    id_field=fields.id,
                    date_field=fields.date,
                    source_field=fields.source,
                    title_field=fields.title,
                    input_format=fields.format,
                )
                # The date only when a field gave it: extract_batch finds a
                # date stated in the text again, and a field it could not
                # read is already a warning row.
                from_field = pc.equal(items.column("published_from"), "field")
                date = pc.if_else(pc.fill_null(from_field, False), items.column("published"), None)
                arrays = [
                    date if f.name == "date" else items.column(f.name).cast(f.type) for f in _ITEMS
                ]
                out = pa.RecordBatch.from_arrays(arrays, schema=_ITEMS)
                for start in range(0, max(out.num_rows, 1), READ_BATCH_ROWS):
                    if out.num_rows:
                        yield out.slice(start, READ_BATCH_ROWS)

    return run


def _first(columns: list[str], given: str | None, role: str) -> str | None:
    """The Parquet column for ``role``: the one named, else the first of
    the scan's candidates that exists."""
    if given is not None:
        return given if given in columns else None
    return next((c for c in claimscan.FIELD_NAMES[role] if c in columns), None)


def _parquet_documents(spark: SparkSession, listing: Listing, fields: Fields, cols_max: int):
    """The Parquet inputs as a DataFrame for ``_map``, and its columns."""
    df = spark.read.parquet(*listing.parquet)
    role = {r: _first(df.columns, getattr(fields, f), r)
            for r, f in (("text", "text"), ("id", "id"), ("date", "date"), ("source", "source"),
                         ("title", "title"))}
    if role["text"] is None:
        raise ValueError(
            f"the Parquet inputs have no text column ({', '.join(claimscan.FIELD_NAMES['text'])} "
            f"or --text-field; columns: {', '.join(df.columns)})"
        )
    names = listing.names
    mapping = spark.createDataFrame(list(names.items()), "uri string, name string")
    df = df.select(
        *[F.col(c) for c in dict.fromkeys(c for c in role.values() if c)],
        F.regexp_replace("_metadata.file_path", "^file:(//)?", "").alias("_uri"),
        (F.col("_metadata.row_index") + 1).alias("_line"),
    )
    df = df.join(F.broadcast(mapping), df["_uri"] == mapping["uri"], "left")
    df = df.withColumn(
        "_input", F.concat(F.coalesce(F.col("name"), F.col("_uri")), F.lit(":"), F.col("_line"))
    ).drop("uri", "name", "_uri")
    cols = _Columns(
        text=role["text"], id=role["id"], published=role["date"], source=role["source"],
        title=role["title"], input="_input", line="_line", max_bytes=cols_max,
    )
    return df, cols


def _documents(
    spark: SparkSession,
    listing: Listing,
    fields: Fields,
    max_bytes: int,
    partitions: int | None,
) -> list[tuple[DataFrame, _Columns, str]]:
    """The documents of the listed inputs, each DataFrame with its columns
    and a tag for part file names (``d`` read by ``read_documents``, ``p``
    Parquet). The scan's formats are spread over ``partitions`` (default:
    Spark's default parallelism when there are fewer files than that, else
    no shuffle: each file is read and extracted in one task)."""
    out: list[tuple[DataFrame, _Columns, str]] = []
    if listing.documents:
        files = spark.read.format("binaryFile").load(listing.documents).select("path", "content")
        items = files.mapInArrow(_reader(listing.names, fields), spark_schema(_ITEMS))
        n = partitions
        if n is None and len(listing.documents) < spark.sparkContext.defaultParallelism:
            n = spark.sparkContext.defaultParallelism
        if n:
            items = items.repartition(n)
        cols = _Columns(
            text="text", id="doc_id", published="date", source="source", title="title",
            input="input", line="line", items=True, max_bytes=max_bytes,
        )
        out.append((items, cols, "d"))
    if listing.parquet:
        df, cols = _parquet_documents(spark, listing, fields, max_bytes)
        if partitions:
            df = df.repartition(partitions)
        out.append((df, cols, "p"))
    return out


def read_inputs(
    spark: SparkSession,
    inputs: list[str],
    fields: Fields = Fields(),
    *,
    max_bytes: int = claimscan.MAX_TEXT_BYTES,
    partitions: int | None = None,
    counter: Accumulator | None = None,
    storage_level: StorageLevel = StorageLevel.MEMORY_AND_DISK,
) -> ScanTables:
    """The scan's tables of files, directories and globs, as ``scan``
    returns them: the scan's formats read by ``claimscan.read_documents``
    from Spark ``binaryFile`` rows, Parquet by Spark.

    The documents are spread over ``partitions`` partitions before
    extraction (default: Spark's default parallelism when there are fewer
    files than that, else no shuffle: each file is read and extracted in
    one task).
    """
    listing = list_inputs(spark, inputs)
    parts = [
        _map(df, cols, counter)
        for df, cols, _ in _documents(spark, listing, fields, max_bytes, partitions)
    ]
    if listing.errors:
        rows = [{"extracted": False, "errors": [e]} for e in listing.errors]
        parts.append(spark.createDataFrame(rows, spark_schema(_EXTRACTED)))
    if not parts:
        parts.append(spark.createDataFrame([], spark_schema(_EXTRACTED)))
    extracted = parts[0]
    for part in parts[1:]:
        extracted = extracted.unionByName(part)
    extracted = extracted.persist(storage_level)
    return ScanTables(_tables(extracted), extracted)


# --- the job: the command line -----------------------------------------------


def run(
    spark: SparkSession,
    inputs: list[str],
    out: str,
    fields: Fields = Fields(),
    *,
    max_bytes: int = claimscan.MAX_TEXT_BYTES,
    partitions: int | None = None,
    quiet: bool = False,
) -> dict[str, int]:
    """Scans ``inputs`` and writes each table as a Parquet directory under
    ``out`` (``out/claims/part-*.parquet``, ...), replacing what is there.
    Returns the number of rows of each table, ``lost`` and ``warnings``
    (the ``errors`` rows of each severity) and ``documents`` (extracted).

    Unlike ``scan``, the tables never become Spark rows: each task
    extracts its documents once and writes the tables' part files itself,
    from Arrow, with the scan's exact types (``uint32`` counts, ``uint64``
    offsets, ``large_string`` text)."""
    import pyarrow.parquet as pq

    counter = spark.sparkContext.accumulator(0)
    filesystem, root = _filesystem(out)
    schemas = claimscan.schemas()
    for name in claimscan.TABLES:
        filesystem.create_dir(f"{root}/{name}", recursive=True)
        filesystem.delete_dir_contents(f"{root}/{name}", missing_dir_ok=True)
    listing = list_inputs(spark, inputs)
    written = [
        df.mapInArrow(_table_writer(cols, out, tag, counter), spark_schema(_WRITTEN))
        for df, cols, tag in _documents(spark, listing, fields, max_bytes, partitions)
    ]
    counts = {name: 0 for name in (*claimscan.TABLES, "lost")}
    for df in written:
        for row in df.groupBy("table").agg(F.sum("rows").alias("rows")).collect():
            counts[row["table"]] += int(row["rows"] or 0)
    if listing.errors:
        table = pa.Table.from_pylist(listing.errors, schema=schemas["errors"])
        pq.write_table(table, f"{root}/errors/part-inputs.parquet", filesystem=filesystem)
        counts["errors"] += table.num_rows
        counts["lost"] += table.num_rows
    # Every table is there, as in a local scan, even when it has no row.
    for name in claimscan.TABLES:
        if counts[name] == 0:
            empty = schemas[name].empty_table()
            pq.write_table(empty, f"{root}/{name}/part-empty.parquet", filesystem=filesystem)
        with filesystem.open_output_stream(f"{root}/{name}/_SUCCESS"):
            pass
    counts["warnings"] = counts["errors"] - counts["lost"]
    counts["documents"] = counter.value
    if not quiet:
        print(
            f"claimscan.spark: {counts['documents']} documents extracted: "
            f"{counts['articles']} articles, {counts['lost']} errors ({counts['warnings']} warnings); "
            f"{counts['claims']} claims, {counts['dates']} dates, {counts['entities']} entities, "
            f"{counts['quotes']} quotes; tables written to {out}",
            file=sys.stderr,
        )
    return counts


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m claimscan.spark",
        description="claimscan scans inside Apache Spark.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser(
        "scan",
        help="scan inputs and write each table as a Parquet directory",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Reads JSONL, JSON, CSV, HTML, text, Markdown and WARC files (maybe gzip- or\n"
            "zstd-compressed) as `claimscan scan` does, and Parquet files through Spark, and\n"
            "writes DIR/articles/, DIR/claims/, DIR/dates/, DIR/entities/, DIR/quotes/ and\n"
            "DIR/errors/ as Parquet part files (counts and offsets as int64).\n\n"
            "examples:\n"
            "  python -m claimscan.spark scan sample-data -o out --master 'local[2]'\n"
            "  spark-submit --master yarn claimscan/spark.py scan 's3a://bucket/cc-news/*.warc.gz' -o s3a://bucket/scan\n"
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or glob patterns (any URI Spark reads)")
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory (its tables are replaced)")
    p.add_argument("--master", help="Spark master URL (default: the session's, local[*] outside spark-submit)")
    p.add_argument("--partitions", type=int, help="partitions to extract in (default: see read_inputs)")
    p.add_argument("--max-bytes", type=int, default=claimscan.MAX_TEXT_BYTES,
                   help="texts larger than this are a too_large error row (default: %(default)s)")
    for role in ("text", "id", "date", "source", "title"):
        p.add_argument(f"--{role}-field", metavar="F", help=f"the {role} field of JSON, CSV and Parquet records")
    p.add_argument("--input-format", metavar="FMT", help="format of files with an unknown extension")
    p.add_argument("--quiet", action="store_true", help="no summary on stderr")
    return parser


def session(master: str | None = None, app_name: str = "claimscan scan") -> SparkSession:
    """The active SparkSession (under ``spark-submit``), else a new one on
    ``master``. Python workers run this interpreter unless
    ``PYSPARK_PYTHON`` says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    """``python -m claimscan.spark scan INPUT... -o DIR``; the exit code."""
    args = _parser().parse_args(argv)
    fields = Fields(args.text_field, args.id_field, args.date_field, args.source_field,
                    args.title_field, args.input_format)
    spark = session(args.master)
    counts = run(spark, args.inputs, args.out, fields, max_bytes=args.max_bytes,
                 partitions=args.partitions, quiet=args.quiet)
    return 0 if counts["articles"] or not counts["lost"] else 1


if __name__ == "__main__":
    sys.exit(main())
