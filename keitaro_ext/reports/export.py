"""Write click and conversion logs to CSV, JSON Lines or Parquet, page by page, in constant memory.

The file is written next to its destination and moved into place only when the export finished:
a failed export never leaves a half file where a good one was (see `atomic_file` for temporary
files, the one-writer lock and signals). CSV and JSON Lines keep the values
as the tracker sent them; Parquet needs types, so its columns are typed (see `typing_rows`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import operator
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from itertools import repeat
from pathlib import Path
from typing import IO, Any, Literal, Protocol, TypeAlias

from ..errors import KeitaroError
from ..pagination import Page
from .arrow_pages import ArrowRows, arrow_page_parser
from .atomic_file import ExportFileError, atomic_file
from .columns import arrow_cleaner, column_cleaner, text_cleaner
from .result import parse_report_payload
from .typing_rows import column_kind

__all__ = ["ExportFormat", "ExportResult", "Exporter", "Progress"]

ExportFormat: TypeAlias = Literal["csv", "jsonl", "parquet"]
Progress: TypeAlias = Callable[[int, "int | None"], None]
SUFFIXES: dict[str, ExportFormat] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
BATCH_ROWS = 10_000


@dataclass(frozen=True)
class ExportResult:
    """Where the rows went, how many, and how many the tracker said there were."""

    path: Path
    rows: int
    total: int | None
    format: ExportFormat


class _Sink(Protocol):
    def write(self, rows: Sequence[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def _getter(columns: list[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values in column order, as a tuple (KeyError when one is missing)."""
    if len(columns) == 1:
        only = columns[0]
        return lambda row: (row[only],)
    return operator.itemgetter(*columns)


class _CsvSink:
    """`csv.writer` fed tuples from one precomputed getter, a batch's lines written to the file at once (the
    writer calls `write` once per row: a list's `append` costs less than the text file's `write`). Same bytes
    as `DictWriter`."""

    def __init__(self, handle: IO[str], columns: list[str]) -> None:
        self._columns = columns
        self._handle = handle
        self._lines: list[str] = []
        self._writer = csv.writer(_Lines(self._lines))
        self._writer.writerow(columns)
        self._flush()
        self._get = _getter(columns)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        try:
            self._writer.writerows(map(self._get, rows))
        except KeyError:  # a row without some column: an empty cell, as DictWriter writes it (the batch again)
            self._lines.clear()
            self._writer.writerows([tuple(row.get(name, "") for name in self._columns) for row in rows])
        self._flush()

    def _flush(self) -> None:
        self._handle.write("".join(self._lines))
        self._lines.clear()

    def close(self) -> None:
        return None


class _Lines:
    """What `csv.writer` writes to: the lines, kept in a list."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


class _JsonLinesSink:
    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        self._handle.write("".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows))

    def close(self) -> None:
        return None


class _ParquetSink:
    """Columns typed and checked one whole column at a time, with the functions chosen once per schema."""

    def __init__(self, path: Path | IO[bytes], columns: list[str], zone: tzinfo | None) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise KeitaroError("Parquet export needs pyarrow: pip install 'keitaro-admin[parquet]'") from None
        types = {
            "int": pa.int64(),
            "float": pa.float64(),
            "bool": pa.bool_(),
            "date": pa.date32(),
            "datetime": pa.timestamp("s", tz=str(zone)) if zone is not None else pa.timestamp("s"),
            "str": pa.string(),
        }
        kinds = [column_kind(name) for name in columns]
        self._pa = pa
        self._columns = columns
        self._schema = pa.schema([(name, types[kind]) for name, kind in zip(columns, kinds, strict=True)])
        self._cleaners = [
            column_cleaner(kind, zone, pa, field.type) for kind, field in zip(kinds, self._schema, strict=True)
        ]
        from_text = [text_cleaner(kind, zone, pa, field.type) for kind, field in zip(kinds, self._schema, strict=True)]
        self._from_text = {at: clean for at, clean in enumerate(from_text) if clean is not None}
        text_names = [columns[at] for at in self._from_text]
        unique = len(set(text_names)) == len(text_names)
        self._text = pa.struct([(name, pa.string()) for name in text_names]) if text_names and unique else None
        self._from_arrow = [
            arrow_cleaner(kind, zone, pa, field.type) for kind, field in zip(kinds, self._schema, strict=True)
        ]
        self._writer = pq.ParquetWriter(path if not isinstance(path, Path) else str(path), self._schema)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if isinstance(rows, ArrowRows):  # decoded by Arrow: whole columns, no Python value per cell
            columns = zip(self._columns, self._from_arrow, strict=True)
            arrays = [clean(rows.column(name, self._pa)) for name, clean in columns]
            self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._schema))
            return
        text = self._text_cells(rows)
        arrays = []
        for at, (name, clean) in enumerate(zip(self._columns, self._cleaners, strict=True)):
            if text is not None and at in self._from_text:
                arrays.append(self._from_text[at](text.field(name)))
            else:
                # Rows to a column in C (None where a row lacks it). No tuple per row: a page of them
                # kept the garbage collector busy, which cost more than the copying.
                arrays.append(clean(list(map(dict.get, rows, repeat(name, len(rows))))))
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._schema))

    def _text_cells(self, rows: Sequence[dict[str, Any]]) -> Any:
        """The text and datetime columns in one pass of Arrow's, when all their cells are str or null."""
        if self._text is None:
            return None
        try:  # Arrow's string type takes str and None only
            return self._pa.array(rows, type=self._text)
        except (self._pa.ArrowTypeError, self._pa.ArrowInvalid):
            return None

    def close(self) -> None:
        self._writer.close()


def export_format(path: Path, format: ExportFormat | None) -> ExportFormat:
    if format is not None:
        if format not in ("csv", "jsonl", "parquet"):
            raise KeitaroError(f"format must be 'csv', 'jsonl' or 'parquet', got {format!r}.")
        return format
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise KeitaroError(
            f"Cannot tell the format of {path.name!r} from its suffix: use .csv, .jsonl or .parquet, or pass format=."
        )
    return found


class Exporter:
    """Buffers rows into batches, writes them, reports progress, and commits the file at the end."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        format: ExportFormat | None,
        columns: list[str],
        zone: tzinfo | None,
        progress: Progress | None,
    ) -> None:
        self.path = Path(path)
        self.format = export_format(self.path, format)
        if not self.path.parent.is_dir():
            raise ExportFileError(f"Cannot export to {self.path}: the folder {self.path.parent} does not exist.")
        self._columns = columns
        self._zone = zone
        self._progress = progress
        self._pieces: list[Sequence[dict[str, Any]]] = []  # the rows of the batch being filled
        self._pending = 0  # how many
        self.rows = 0
        self.total: int | None = None

    def page_parser(self) -> Callable[[Any], dict[str, Any]]:
        """How the log answers are decoded: by Arrow into columns for Parquet (`arrow_pages`), else into dicts."""
        return arrow_page_parser(self._columns) if self.format == "parquet" else parse_report_payload

    def on_page(self, page: Page[dict[str, Any]]) -> None:
        if self.total is None:
            self.total = page.total

    @contextlib.contextmanager
    def writing(self) -> Iterator[Callable[[dict[str, Any]], None]]:
        """Yields `add(row)`; moves the file into place on success, removes it on any failure."""
        with self.writing_rows() as add_rows:
            yield lambda row: add_rows((row,))

    @contextlib.contextmanager
    def writing_rows(self) -> Iterator[Callable[[Sequence[dict[str, Any]]], None]]:
        """Yields `add_rows(rows)` (a page at a time: no Python work per row); see `writing`."""
        with atomic_file(self.path) as (_, raw):
            handle: IO[str] | None = None
            if self.format == "parquet":
                sink: _Sink = _ParquetSink(raw, self._columns, self._zone)
            else:
                handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                sink = _CsvSink(handle, self._columns) if self.format == "csv" else _JsonLinesSink(handle)
            try:
                yield lambda rows: self._add(sink, rows)
                self._flush(sink)
            except BaseException:
                with contextlib.suppress(Exception):  # the writer let go while its file is open; the file is removed
                    sink.close()
                raise
            else:
                sink.close()
            finally:
                if handle is not None:
                    handle.close()  # flushes the text buffer; atomic_file then moves (or removes) the file

    def _add(self, sink: _Sink, rows: Sequence[dict[str, Any]]) -> None:
        """Batches of BATCH_ROWS rows, cut where adding row by row would cut them; a page of one batch is not copied."""
        if not self._pending and len(rows) == BATCH_ROWS:
            self._write(sink, rows)
            return
        for start in range(0, len(rows), BATCH_ROWS):
            piece = rows[start : start + BATCH_ROWS]
            room = BATCH_ROWS - self._pending
            self._keep(piece[:room])
            if self._pending >= BATCH_ROWS:
                self._flush(sink)
                self._keep(piece[room:])

    def _keep(self, piece: Sequence[dict[str, Any]]) -> None:
        if piece:
            self._pieces.append(piece)
            self._pending += len(piece)

    def _flush(self, sink: _Sink) -> None:
        pieces, self._pieces, self._pending = self._pieces, [], 0
        self._write(sink, _joined(pieces))

    def _write(self, sink: _Sink, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            sink.write(rows)
            self.rows += len(rows)
        if self._progress is not None:
            self._progress(self.rows, self.total)

    def result(self) -> ExportResult:
        return ExportResult(path=self.path, rows=self.rows, total=self.total, format=self.format)


def _joined(pieces: list[Sequence[dict[str, Any]]]) -> Sequence[dict[str, Any]]:
    """One batch of the pieces: Arrow's rows stay columns when all pieces are of one Arrow type, else dicts."""
    if len(pieces) == 1:
        return pieces[0]
    if pieces and all(isinstance(piece, ArrowRows) for piece in pieces):
        joined = ArrowRows.join(pieces)  # type: ignore[arg-type]  # all ArrowRows, checked above
        if joined is not None:
            return joined
    rows: list[dict[str, Any]] = []
    for piece in pieces:
        rows.extend(piece.to_dicts() if isinstance(piece, ArrowRows) else piece)
    return rows
