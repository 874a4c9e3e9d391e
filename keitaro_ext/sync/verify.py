"""`sync verify`: the lake's per-day counts and sums beside the tracker's own figures.

Clicks: for each synced day, the number of rows and the sums of revenue and cost, and the
conversions (rows flagged is_lead, is_sale or is_rejected), against one `report/build` grouped by
`day` in the lake's zone; a measure whose column the lake does not hold is not compared.
Conversions: each day's rows against the conversion log's `total` for that day (the report has
no grouping by postback time). Money is compared to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from keitaro_admin_client.facade.conversions import prepare_get_conversion_log

from ..errors import KeitaroError
from ..reports.builder import ReportQuery
from ..reports.logs import LogQuery
from ..reports.query import Dialect
from ..reports.ranges import DateRange
from .files import PART, day_folder, tracker_name
from .state import STATE_FILE, LakeState
from .steps import Fetch, Plan

__all__ = ["Difference", "VerifyResult", "verify_plan"]

CENT = 0.005
CONVERSION_FLAGS = ("is_lead", "is_sale", "is_rejected")
SUMS = ("conversions", "revenue", "cost")  # compared beside the rows, from the report


@dataclass(frozen=True)
class Difference:
    tracker: str
    table: str
    day: date
    measure: str
    lake: float
    tracker_value: float

    def line(self) -> str:
        return (
            f"{self.tracker}/{self.table} {self.day} {self.measure}: lake {self.lake:g}, "
            f"tracker {self.tracker_value:g} (difference {self.lake - self.tracker_value:+g})"
        )


@dataclass
class VerifyResult:
    tracker: str
    days_checked: int = 0
    differences: list[Difference] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


def lake_day(path: Path) -> dict[str, float]:
    """Rows and sums of one day's file (only the columns it holds)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    names = set(pq.read_schema(path).names)
    wanted = [n for n in ("revenue", "cost", *CONVERSION_FLAGS) if n in names]
    table = pq.read_table(path, columns=wanted or None)
    measures: dict[str, float] = {"rows": float(pq.ParquetFile(path).metadata.num_rows)}
    for name in ("revenue", "cost"):
        if name in names:
            measures[name] = float(pc.sum(table[name]).as_py() or 0.0)
    if all(flag in names for flag in CONVERSION_FLAGS):
        measures["conversions"] = float(
            sum(int(pc.sum(pc.cast(table[flag], "int64")).as_py() or 0) for flag in CONVERSION_FLAGS)
        )
    return measures


def _compare(result: VerifyResult, table: str, day: date, lake: dict[str, float], tracker: dict[str, float]) -> None:
    for measure, value in lake.items():
        expected = tracker.get(measure)
        if expected is None:
            continue
        tolerance = CENT if measure in ("revenue", "cost") else 0.0
        if abs(value - expected) > tolerance:
            result.differences.append(Difference(result.tracker, table, day, measure, value, expected))


def verify_plan(directory: str | Path, tracker: str, dialect: Dialect) -> Plan[VerifyResult]:
    """Compare every synced day of one tracker's lake with the tracker."""
    root = Path(directory) / tracker_name(tracker)
    if not (root / STATE_FILE).exists():
        raise KeitaroError(f"{root} holds no sync (no {STATE_FILE}); run `keitaro sync {directory}` first.")
    state = LakeState.load(root, tracker=tracker, base_url="", timezone=None, check_zone=False)
    result = VerifyResult(state.tracker)
    zone = state.timezone
    clicks = state.tables.get("clicks")
    if clicks is not None and clicks.days:
        days = sorted(clicks.days)
        query = ReportQuery(
            dialect,
            range=DateRange(days[0], days[-1], timezone=zone),
            group_by=["day"],
            metrics=["clicks", *SUMS],
            timezone=zone,
        )
        report = query.report((yield Fetch(query.request())))
        by_day = {
            row.get("day"): {"rows": float(row.get("clicks") or 0), **{m: float(row.get(m) or 0) for m in SUMS}}
            for row in report.rows
        }
        empty = dict.fromkeys(("rows", *SUMS), 0.0)
        for day in days:
            path = day_folder(root, "clicks", day) / PART
            lake = lake_day(path) if path.exists() else {"rows": 0.0}
            _compare(result, "clicks", day, lake, by_day.get(day, empty))
            result.days_checked += 1
    conversions = state.tables.get("conversions")
    for day in sorted(conversions.days) if conversions is not None else []:
        log = LogQuery(
            "conversions",
            prepare_get_conversion_log,
            range=DateRange(day, day, timezone=zone),
            columns=["conversion_id"],
            filters=(),
            sort=(),
            timezone=zone,
            typed=False,
        )
        page = log.page((yield Fetch(log.request(0, 1))))
        path = day_folder(root, "conversions", day) / PART
        lake = {"rows": lake_day(path)["rows"] if path.exists() else 0.0}
        _compare(result, "conversions", day, lake, {"rows": float(page.total if page.total is not None else 0)})
        result.days_checked += 1
    return result
