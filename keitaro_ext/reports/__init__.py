"""Reports and logs: typed report builder, date ranges, filters, paging and streaming export."""

from .atomic_file import ExportBusyError, ExportFileError
from .export import ExportResult
from .filters import F, Filter, FilterError
from .names import UnknownNameError
from .ranges import DateRange, RangeError
from .result import Report, format_table

__all__ = [
    "DateRange",
    "ExportBusyError",
    "ExportFileError",
    "ExportResult",
    "F",
    "Filter",
    "FilterError",
    "RangeError",
    "Report",
    "UnknownNameError",
    "format_table",
]
