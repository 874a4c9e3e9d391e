"""A progress bar on stderr for long exports; silent when stderr is not a terminal (cron, pipes, tests)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

__all__ = ["progress_bar"]


@contextlib.contextmanager
def progress_bar(label: str, console: Console | None = None) -> Iterator[Callable[[int, int | None], None]]:
    """Yields `update(rows_done, total_or_None)`, the shape of the SDK's export `progress` callback."""
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield lambda rows, total: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(label, total=None)

        def update(rows: int, total: int | None) -> None:
            progress.update(task, completed=rows, total=total)

        yield update
