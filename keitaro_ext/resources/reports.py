"""Reports: the generated calls plus the typed builder (`build`, `iter_rows`)."""

from __future__ import annotations

from keitaro_admin_client.facade import AsyncCaller, SyncCaller
from keitaro_admin_client.facade.reports import AsyncReportsResource, ReportsResource

from ..reports.builder import AsyncReportMethods, ReportMethods
from ..reports.query import Dialect

__all__ = ["AsyncReports", "Reports"]


class Reports(ReportMethods, ReportsResource):
    def __init__(self, caller: SyncCaller, dialect: Dialect = "grouping") -> None:
        super().__init__(caller)
        self._dialect = dialect


class AsyncReports(AsyncReportMethods, AsyncReportsResource):
    def __init__(self, caller: AsyncCaller, dialect: Dialect = "grouping") -> None:
        super().__init__(caller)
        self._dialect = dialect
