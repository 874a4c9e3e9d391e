"""Log pages for Parquet exports decoded by Arrow's JSON reader straight into columns: no Python object per cell.

Decoding a page into dicts (orjson) and then the dicts into Arrow columns was most of a Parquet
export's time. Arrow's reader builds the columns itself, with the type of each exported column
declared (keys not exported are skipped). It is used only where it gives exactly what the Python
way gives (`parse_report_payload`, then `columns.column_cleaner` per column); Arrow refuses any
other page, which is then decoded the Python way, so the file is the same either way:

- the body is valid UTF-8 and one JSON object whose `rows` is a list of objects without a key
  twice (Python would keep the last), `total` an int64 or absent;
- text, date and datetime columns hold strings or nulls (declared strings, so Arrow neither guesses
  timestamps from text nor turns numbers into text); int and flag columns ints within 64 bits
  (`12.0` or `true` there is refused: Python converts those cell by cell); float columns numbers
  (Arrow makes ints doubles, as Python's cleaner does).

For these types `to_pylist()` gives the values orjson gives, so any column the Arrow cleaners do not
handle themselves goes through the Python cleaner unchanged (`columns.arrow_cleaner`). The rows
still behave as a sequence of dicts (`ArrowRows`) for paging: its length, slices, and the few rows
paging samples, each made into a dict only when asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from .result import parse_report_payload
from .typing_rows import column_kind

__all__ = ["ArrowRows", "arrow_page_parser"]

MAX_BODY = 2**31 - 2  # Arrow's JSON block size is a 32-bit int
# An answer Arrow may read starts with an object. (pyarrow 26 crashed the process on a bare `null`.)
AN_OBJECT = re.compile(rb"[ \t\r\n]*\{")


class ArrowRows(Sequence[dict[str, Any]]):
    """A page's rows as one Arrow struct array (one field per key seen); rows are dicts only when read one by one."""

    __slots__ = ("array",)

    def __init__(self, array: Any) -> None:
        self.array = array

    def __len__(self) -> int:
        return len(self.array)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> ArrowRows: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | ArrowRows:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self.array))
            if step != 1:
                return ArrowRows(self.array.take(list(range(start, stop, step))))
            return ArrowRows(self.array.slice(start, max(0, stop - start)))
        if index < 0:
            index += len(self.array)
        if not 0 <= index < len(self.array):
            raise IndexError("row index out of range")
        return self.array.slice(index, 1).to_pylist()[0]  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        # Paging compares the first rows with each other (and stops at the first that differs): small
        # slices first, so that costs little, growing so a whole page read row by row costs little more.
        start, size = 0, 2
        while start < len(self.array):
            yield from self.array.slice(start, size).to_pylist()
            start += size
            size = min(size * 8, 8192)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts, each with every key the page has (a missing one is None, as `dict.get` reads it)."""
        return self.array.to_pylist()  # type: ignore[no-any-return]

    def column(self, name: str, pa: Any) -> Any:
        """The values of key `name` in every row, as an Arrow array (all null when no row has it)."""
        if self.array.type.get_field_index(name) < 0:
            return pa.nulls(len(self.array))
        import pyarrow.compute as pc

        return pc.struct_field(self.array, name)

    @staticmethod
    def join(pieces: Sequence[ArrowRows]) -> ArrowRows | None:
        """The pieces as one, when their rows have the same Arrow type; else None."""
        if len({piece.array.type for piece in pieces}) != 1:
            return None
        import pyarrow as pa

        return ArrowRows(pa.concat_arrays([piece.array for piece in pieces]))


def _schema(pa: Any, columns: Sequence[str]) -> Any:
    """The declared type of every exported column (see the module docstring); `total` an int64."""
    declared = {"int": pa.int64(), "bool": pa.int64(), "float": pa.float64()}
    fields = [(name, declared.get(column_kind(name), pa.string())) for name in dict.fromkeys(columns)]
    return pa.schema([("rows", pa.list_(pa.struct(fields))), ("total", pa.int64())])


def arrow_page_parser(columns: Sequence[str]) -> Callable[[Any], dict[str, Any]]:
    """A parser of log answers like `parse_report_payload`, giving `ArrowRows` for the pages Arrow reads exactly."""
    try:
        import pyarrow as pa
        import pyarrow.json as pj
    except ImportError:  # the Parquet sink says what to install
        return parse_report_payload
    parse_options = pj.ParseOptions(
        explicit_schema=_schema(pa, columns), newlines_in_values=True, unexpected_field_behavior="ignore"
    )

    def read(body: bytes) -> dict[str, Any] | None:
        if len(body) > MAX_BODY or not AN_OBJECT.match(body):
            return None
        if not body.isascii():
            try:
                body.decode("utf-8")  # Arrow keeps bytes that are not UTF-8; Python refuses the answer
            except UnicodeDecodeError:
                return None
        # The whole answer in one block (it is one object), read in this thread: a page is one block anyway.
        read_options = pj.ReadOptions(use_threads=False, block_size=len(body) + 1)
        try:
            table = pj.read_json(pa.BufferReader(body), read_options=read_options, parse_options=parse_options)
        except (pa.ArrowException, ValueError):
            return None
        if table.num_rows != 1:  # more than one JSON value: not one answer
            return None
        rows = table.column("rows").combine_chunks()
        array = rows.flatten()
        if rows.null_count or array.null_count:  # no rows, or a row that is null
            return None
        return {"rows": ArrowRows(array), "total": table.column("total")[0].as_py()}

    def parse(response: Any) -> dict[str, Any]:
        return read(response.content) or parse_report_payload(response)

    return parse
