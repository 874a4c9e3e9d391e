"""Parquet exports decode pages with Arrow's JSON reader (`arrow_pages`): the file must be what the Python way
(`parse_report_payload`, then the cell-by-cell column cleaners) gives for the same answer, for every answer.

Each test writes the same body both ways and compares the Parquet tables read back; a body the Python way
refuses must be refused alike. The fast way must also be taken for tracker-like pages (else it proves nothing).
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keitaro_ext.reports.arrow_pages import ArrowRows, arrow_page_parser
from keitaro_ext.reports.export import BATCH_ROWS, Exporter, _ParquetSink
from keitaro_ext.reports.logs import DEFAULT_COLUMNS
from keitaro_ext.reports.result import parse_report_payload

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

# One column of every kind: datetime, str, int, bool (flag), float (money), and a date column.
COLUMNS = ["datetime", "sub_id", "campaign_id", "is_bot", "revenue", "day"]
CLICKS = DEFAULT_COLUMNS["clicks"]


class _Answer:
    def __init__(self, body: bytes) -> None:
        self.content = body


def _table(rows: Sequence[dict[str, Any]], columns: list[str], zone: tzinfo | None) -> Any:
    out = io.BytesIO()
    sink = _ParquetSink(out, columns, zone)
    if rows:
        sink.write(rows)
    sink.close()
    return pq.read_table(io.BytesIO(out.getvalue()))


def _same_cells(a: list[Any], b: list[Any]) -> bool:
    return len(a) == len(b) and all(
        (x == y and type(x) is type(y))
        or (isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y))
        for x, y in zip(a, b, strict=True)
    )


def _outcome(parse: Any, body: bytes, columns: list[str], zone: tzinfo | None) -> tuple[Any, ...]:
    """The total, the rows and the table one way gives, or the exception it raises (parsing or writing)."""
    try:
        payload = parse(_Answer(body))
        table = _table(payload["rows"], columns, zone)
    except Exception as error:
        return ("error", type(error), str(error))
    return ("file", payload.get("total"), len(payload["rows"]), table, isinstance(payload["rows"], ArrowRows))


def _both_ways(body: bytes, columns: list[str], zone: tzinfo | None = None) -> tuple[Any, bool]:
    """The table of each way (asserted equal), and whether Arrow decoded the page."""
    slow = _outcome(parse_report_payload, body, columns, zone)
    fast = _outcome(arrow_page_parser(columns), body, columns, zone)
    if slow[0] == "error":  # the Python way refuses it (or cannot write it): so must the other
        assert fast == slow
        return None, False
    assert fast[:3] == slow[:3]
    assert fast[3].schema == slow[3].schema
    for name in columns:
        assert _same_cells(fast[3].column(name).to_pylist(), slow[3].column(name).to_pylist()), name
    return fast[3], fast[4]


ODD = st.sampled_from(
    [None, True, False, 0, 1, -1, 2, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 + 1, 10**30,
     0.0, -0.0, 1.0, 12.0, 12.5, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, float("nan"), float("inf"),
     "", "0", "1", "12", "12.0", "12.5", " 7 ", "1e3", "nan", "n/a", "é", "日本", "😀", 'a"b', "a,b", "x\ny", "\x00",
     "2026-01-02 10:15:00", "2026-02-30 00:00:00", "2026-06-01", "2026-6-1 1:2:3", [1, 2], {"a": 1}, []]
)  # fmt: skip
TYPICAL = {
    "datetime": st.builds(
        lambda d, h, m, s: f"2026-{d // 28 + 1:02d}-{d % 28 + 1:02d} {h:02d}:{m:02d}:{s:02d}",
        st.integers(0, 335), st.integers(0, 23), st.integers(0, 59), st.integers(0, 59),
    ),
    "sub_id": st.text(max_size=8),
    "campaign_id": st.integers(-(2**63), 2**63 - 1),
    "is_bot": st.sampled_from([0, 1]),
    "revenue": st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(2**60), 2**60)),
    "day": st.builds(lambda d: f"2026-{d // 28 + 1:02d}-{d % 28 + 1:02d}", st.integers(0, 335)),
}  # fmt: skip


def _row(odd: bool) -> st.SearchStrategy[dict[str, Any]]:
    """A row as trackers send it (some keys missing, some null), or with odd cells among them."""
    cells = {name: st.one_of(st.none(), typical, ODD) if odd else st.one_of(st.none(), typical)
             for name, typical in TYPICAL.items()}  # fmt: skip
    return st.fixed_dictionaries(
        {}, optional={**cells, "extra": st.one_of(st.integers(), st.text(), ODD), "sub_id_1": ODD}
    )


def _body(rows: list[dict[str, Any]], total: Any, spelling: int) -> bytes:
    payload: dict[str, Any] = {"rows": rows} if total == "absent" else {"rows": rows, "total": total}
    if spelling == 0:
        return json.dumps(payload).encode()
    if spelling == 1:
        return json.dumps(payload, ensure_ascii=False).encode()
    return json.dumps(payload, indent=1, sort_keys=True).encode()  # across lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.one_of(_row(False), _row(True)), max_size=12),
    total=st.sampled_from([5, 0, None, "absent", 2**63, True, 5.0, "5"]),
    spelling=st.integers(0, 2),
    zone=st.sampled_from([None, "Europe/Madrid"]),
)
def test_arrow_and_python_give_the_same_file(rows: list[dict[str, Any]], total: Any, spelling: int, zone: Any) -> None:
    _both_ways(_body(rows, total, spelling), COLUMNS, ZoneInfo(zone) if zone else None)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(_row(False), min_size=1, max_size=12), zone=st.sampled_from([None, "Europe/Madrid"]))
def test_tracker_like_pages_are_decoded_by_arrow(rows: list[dict[str, Any]], zone: Any) -> None:
    # Ints and floats mixed in a money column, nulls and missing keys: still Arrow's, and still the same file.
    fast = {name: value for name, value in rows[0].items() if name != "extra"}
    rows[0] = {**fast, "campaign_id": 7}  # at least one int in an int column, so the page is not all null
    _, by_arrow = _both_ways(_body(rows, len(rows), 0), COLUMNS, ZoneInfo(zone) if zone else None)
    assert by_arrow


INT64 = st.integers(-(2**63), 2**63 - 1)
TEXT = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            "",
            "2026-02-30 00:00:00",
            "2026-6-1 1:2:3",
            "0000-01-01 00:00:00",
            "2026-01-02T10:15:00",
            "2026-01-02 10:15:60",
            "2038-07-01 12:00:00",
            "2026-03-29 02:30:00",
            "2026-10-25 02:30:00",
            "2026-06-01",
            "12",
        ]
    ),
)
ACCEPTED = {  # odd for the cleaners, of the type Arrow was told: such pages stay Arrow's
    "datetime": TEXT,
    "sub_id": TEXT,
    "campaign_id": INT64,
    "is_bot": st.one_of(st.sampled_from([0, 1]), INT64),
    "revenue": st.one_of(INT64, st.floats(), st.sampled_from([1e-7, 5e-324, -0.0, 2**53 + 1, 2**63 - 1])),
    "day": TEXT,
}  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries({}, optional={name: st.one_of(st.none(), cells) for name, cells in ACCEPTED.items()}),
        min_size=1,
        max_size=12,
    ),
    zone=st.sampled_from([None, "Europe/Madrid"]),
)
def test_odd_cells_of_the_declared_type_stay_arrows_and_give_the_same_file(
    rows: list[dict[str, Any]], zone: Any
) -> None:
    _, by_arrow = _both_ways(_body(rows, len(rows), 0), COLUMNS, ZoneInfo(zone) if zone else None)
    assert by_arrow


def _page(rows: list[dict[str, Any]]) -> bytes:
    return json.dumps({"rows": rows, "total": len(rows)}).encode()


def test_the_default_click_columns_of_a_tracker_page_go_the_arrow_way() -> None:
    from bench.stubserver import log_row

    table, by_arrow = _both_ways(_page([log_row(i) for i in range(500)]), CLICKS)
    assert by_arrow and table.num_rows == 500
    assert table.column("revenue").to_pylist()[:12] == [0.0] * 11 + [0.35 * 4]  # ints 0 beside floats: doubles


@pytest.mark.parametrize(
    "body",
    [
        b'{"rows": [{"campaign_id": 1, "campaign_id": 2}], "total": 1}',  # a duplicate key: the last wins
        b'\xef\xbb\xbf{"rows": [{"campaign_id": 1}], "total": 1}',  # a byte-order mark
        b'{"rows": [{"sub_id": "\xff"}], "total": 1}',  # not UTF-8
        b'{"rows": [{"sub_id": "\\ud800"}], "total": 1}',  # a lone surrogate
        b'{"rows": [{"sub_id": "\xed\xa0\x80"}], "total": 1}',  # a surrogate encoded in UTF-8
        b'{"rows": [{"campaign_id": 1}]}\n{"rows": [{"campaign_id": 2}]}',  # two answers
        b'{"rows": [{"campaign_id": 1}]} x',
        b'{"rows": [{"campaign_id": 1}, null]}',  # a row that is not an object
        b'{"rows": [{"campaign_id": 1}, 5]}',
        b'{"rows": null}',
        b'{"rows": 5}',
        b'{"total": 5}',
        b"[]",
        b"",
        b"null",  # pyarrow 26 crashed the process on this one
        b" null ",
        b"{}",
        b'{"rows": [{"campaign_id": 1}]} null',
        b'{"rows": [], "total": 5}',  # an empty page
        b'{"rows": [{"revenue": 1e400}], "total": 1}',  # beyond a double
        b'{"rows": [{"revenue": NaN}, {"revenue": -Infinity}], "total": 2}',
        b'{"rows": [{"campaign_id": 18446744073709551617}], "total": 1}',  # beyond 64 bits
        b'{"rows": [{"revenue": 18446744073709551617}], "total": 1}',
        b'{"rows": [{"campaign_id": -0}, {"revenue": -0}], "total": 2}',
        b'{"rows": [{"sub_id": "a\\u0000b\\n\\"c"}, {"s\\u0075b_id": "escaped key"}], "total": 2}',
        b'{"rows": [{"campaign_id": 1}], "total": 1, "meta": {"x": [1, {"y": null}]}}',
        b'{"rows": [{"campaign_id": 1}], "total": 9223372036854775808}',
        b'{"rows": [{"campaign_id": 1}], "total": 1.0}',
        b'\n  {"rows": [{"is_bot": 1}, {"is_bot": 2}, {"is_bot": true}], "total": 3}  \n',
        b'{"rows": [{"is_bot": 1}, {"is_bot": 0}, {"is_bot": null}], "total": 3}',
        b'{"rows": [{"is_bot": 1.0}, {"is_bot": 0}], "total": 2}',
        b'{"rows": [{"datetime": 20260101}], "total": 1}',
    ],
)
def test_odd_answers_are_read_or_refused_as_the_python_way_does(body: bytes) -> None:
    _both_ways(body, COLUMNS)
    _both_ways(body, COLUMNS, ZoneInfo("Europe/Madrid"))


def test_arrow_rows_behave_as_a_sequence_of_dicts() -> None:
    rows = [{"campaign_id": i, "sub_id": f"s{i}"} for i in range(20)]
    got = arrow_page_parser(["campaign_id", "sub_id"])(_Answer(_page(rows)))["rows"]
    assert isinstance(got, ArrowRows)
    assert len(got) == 20 and got[0] == rows[0] and got[-1] == rows[-1] and list(got) == rows
    assert list(got[3:7]) == rows[3:7] and list(got[::5]) == rows[::5] and list(got[30:]) == []
    assert got.to_dicts() == rows
    with pytest.raises(IndexError):
        got[20]
    joined = ArrowRows.join([got[:5], got[5:]])
    assert joined is not None and joined.to_dicts() == rows
    other = arrow_page_parser(["campaign_id"])(_Answer(_page([{"campaign_id": 1}])))["rows"]
    assert ArrowRows.join([got, other]) is None  # different Arrow types: the exporter falls back to dicts


@pytest.mark.parametrize("page_size", [BATCH_ROWS, 3_000, 7_000])
def test_batches_cut_from_arrow_pages_give_the_same_file_and_progress(tmp_path: Any, page_size: int) -> None:
    """Pages of other sizes than a batch are cut and joined (Arrow's rows stay columns); the last page is short."""
    from bench.stubserver import log_row

    rows = [log_row(i) for i in range(2 * BATCH_ROWS + 1234)]
    pages = [rows[at : at + page_size] for at in range(0, len(rows), page_size)]
    odd = {**rows[5], "campaign_id": "12"}  # one page the Python way, batched with Arrow's

    def export(parse: Any, target: Any) -> list[tuple[int, Any]]:
        seen: list[tuple[int, Any]] = []
        exporter = Exporter(
            target, format="parquet", columns=CLICKS, zone=None, progress=lambda n, t: seen.append((n, t))
        )
        with exporter.writing_rows() as add_rows:
            for number, page in enumerate(pages):
                body = _page([odd, *page[1:]] if number == 1 else page)
                payload = parse(_Answer(body))
                exporter.total = len(rows)
                add_rows(payload["rows"])
        assert exporter.rows == len(rows)
        return seen

    slow = export(parse_report_payload, tmp_path / "slow.parquet")
    fast = export(arrow_page_parser(CLICKS), tmp_path / "fast.parquet")
    assert fast == slow
    assert pq.read_table(tmp_path / "fast.parquet").equals(pq.read_table(tmp_path / "slow.parquet"))
    assert (
        pq.read_metadata(tmp_path / "fast.parquet").num_row_groups
        == pq.read_metadata(tmp_path / "slow.parquet").num_row_groups
    )


def test_a_parquet_export_against_a_tracker_that_ignores_offset_still_stops_with_paging_error(tmp_path: Any) -> None:
    import httpx

    from keitaro_ext import Keitaro
    from keitaro_ext.pagination import PagingError

    page = [{"datetime": "2026-01-02 10:15:00", "sub_id": f"s{i}", "campaign_id": i} for i in range(10)]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=_page(page).replace(b'"total": 10', b'"total": 50'))

    kt = Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer))
    with pytest.raises(PagingError):
        kt.clicks.export(tmp_path / "c.parquet", "today", columns=["datetime", "sub_id", "campaign_id"], page_size=10)
    assert not (tmp_path / "c.parquet").exists()


def test_a_parquet_export_with_max_rows_cuts_an_arrow_page(tmp_path: Any) -> None:
    import httpx

    from keitaro_ext import Keitaro

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        rows = [{"sub_id": f"s{i}", "campaign_id": i} for i in range(body["offset"], body["offset"] + body["limit"])]
        return httpx.Response(200, content=json.dumps({"rows": rows, "total": 100}).encode())

    kt = Keitaro("https://t.example.com", "k", transport=httpx.MockTransport(answer))
    result = kt.clicks.export(
        tmp_path / "c.parquet", "today", columns=["sub_id", "campaign_id"], page_size=10, max_rows=25
    )
    assert result.rows == 25
    assert pq.read_table(tmp_path / "c.parquet").column("campaign_id").to_pylist() == list(range(25))
