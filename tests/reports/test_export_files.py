"""Exports' temporary files: unique, never through a planted link, one writer, gone after signals (issue 14)."""

from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from keitaro_ext import Keitaro, KeitaroError
from keitaro_ext.reports.atomic_file import ExportBusyError, ExportFileError

COLUMNS = ["datetime", "sub_id"]


def _rows(count: int) -> list[dict[str, str]]:
    return [{"datetime": "2026-01-01 00:00:00", "sub_id": f"s{i}"} for i in range(count)]


def _client(handler: object) -> Keitaro:
    return Keitaro("https://t.example.com", "kt-EXPORT-KEY-0123456789", transport=httpx.MockTransport(handler))  # type: ignore[arg-type]


def _paged(data: list[dict[str, str]], gate: threading.Event | None = None, entered: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offset, limit = body["offset"], body["limit"]
        if offset and gate is not None:
            assert entered is not None
            entered.set()
            gate.wait(10)
        return httpx.Response(200, json={"rows": data[offset : offset + limit], "total": len(data)})

    return handler


def _read_ids(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [row["sub_id"] for row in csv.DictReader(handle)]


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    target = tmp_path / "clicks.csv"
    (tmp_path / ".clicks.csv.partial").symlink_to(victim)
    result = _client(_paged(_rows(30))).clicks.export(target, columns=COLUMNS, page_size=10)
    assert result.rows == 30
    assert victim.read_text() == "precious\n"
    assert _read_ids(target) == [f"s{i}" for i in range(30)]


def test_a_planted_link_at_the_lock_name_fails_clearly_and_touches_nothing(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (tmp_path / ".clicks.csv.lock").symlink_to(victim)
    with pytest.raises(KeitaroError, match="lock file"):
        _client(_paged(_rows(5))).clicks.export(tmp_path / "clicks.csv", columns=COLUMNS)
    assert victim.read_text() == "precious\n"
    assert not (tmp_path / "clicks.csv").exists()


def test_the_exported_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        _client(_paged(_rows(3))).clicks.export(tmp_path / "clicks.csv", columns=COLUMNS)
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "clicks.csv").stat().st_mode) == 0o644


def test_a_second_export_to_the_same_path_fails_clearly_and_the_first_stays_whole(tmp_path: Path) -> None:
    target = tmp_path / "clicks.csv"
    gate, entered = threading.Event(), threading.Event()
    first_rows = _rows(50)
    outcome: dict[str, object] = {}

    def first() -> None:
        try:
            outcome["result"] = _client(_paged(first_rows, gate, entered)).clicks.export(
                target, columns=COLUMNS, page_size=10
            )
        except BaseException as exc:  # reported below
            outcome["error"] = exc

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert entered.wait(10), "the first export reached its second page"
        second = [{"datetime": "2026-01-01 00:00:00", "sub_id": f"other{i}"} for i in range(20)]
        with pytest.raises(ExportBusyError, match=r"Another export to .*clicks\.csv is running"):
            _client(_paged(second)).clicks.export(target, columns=COLUMNS, page_size=10)
    finally:
        gate.set()
        thread.join(10)
    assert "error" not in outcome, outcome.get("error")
    assert _read_ids(target) == [row["sub_id"] for row in first_rows]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clicks.csv"]  # no temporary or lock file left
    # and once the first is done, the path is free again
    _client(_paged(_rows(4))).clicks.export(target, columns=COLUMNS)
    assert len(_read_ids(target)) == 4


SLOW_EXPORT = """
import sys, time
from pathlib import Path
from keitaro_ext.reports.export import Exporter

exporter = Exporter(sys.argv[1], format=None, columns=["a"], zone=None, progress=None)
with exporter.writing() as add:
    add({"a": 1})
    print("writing", flush=True)
    time.sleep(60)
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: signal.Signals(s).name)
def test_a_signal_mid_export_removes_the_temporary_file(tmp_path: Path, signum: int) -> None:
    target = tmp_path / "clicks.csv"
    target.write_text("previous export\n")
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_EXPORT, str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"
        partials = [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
        assert len(partials) == 1, "the export writes to a temporary file"
        process.send_signal(signum)
        process.wait(20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    # SIGTERM/SIGHUP: SystemExit(128 + n), the shell's convention; Ctrl+C: Python re-raises SIGINT
    assert process.returncode == (-signum if signum == signal.SIGINT else 128 + signum)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clicks.csv"]
    assert target.read_text() == "previous export\n"


def test_a_folder_that_cannot_be_written_is_a_clear_file_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("keitaro_ext.reports.atomic_file.tempfile.mkstemp", refuse)
    with pytest.raises(ExportFileError, match=r"Cannot write in .*: Permission denied") as caught:
        _client(_paged(_rows(3))).clicks.export(tmp_path / "clicks.csv", columns=COLUMNS)
    assert isinstance(caught.value, OSError)  # handled like any file that cannot be written
    assert sorted(p.name for p in tmp_path.iterdir()) == []


TWO_EXPORTS = """
import sys, time
from keitaro_ext.reports.export import Exporter

first = Exporter(sys.argv[1], format=None, columns=["a"], zone=None, progress=None)
second = Exporter(sys.argv[2], format=None, columns=["a"], zone=None, progress=None)
with first.writing() as add_first, second.writing() as add_second:  # as two tasks of one loop would
    add_first({"a": 1})
    add_second({"a": 2})
    print("writing", flush=True)
    time.sleep(60)
"""


def test_sigterm_removes_the_temporary_files_of_every_export_running(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", TWO_EXPORTS, str(tmp_path / "a.csv"), str(tmp_path / "b.jsonl")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "writing"
        assert len([p for p in tmp_path.iterdir() if p.name.endswith(".partial")]) == 2
        process.send_signal(signal.SIGTERM)
        process.wait(20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


def test_the_default_signal_handlers_are_back_after_an_export(tmp_path: Path) -> None:
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    _client(_paged(_rows(3))).clicks.export(tmp_path / "clicks.csv", columns=COLUMNS)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert signal.getsignal(signal.SIGHUP) is signal.SIG_DFL


def test_an_export_running_in_another_process_makes_a_second_one_fail_clearly(tmp_path: Path) -> None:
    target = tmp_path / "clicks.csv"
    process = subprocess.Popen([sys.executable, "-c", SLOW_EXPORT, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "writing"
        with pytest.raises(ExportBusyError):
            _client(_paged(_rows(3))).clicks.export(target, columns=COLUMNS)
    finally:
        process.terminate()
        process.wait(20)
    assert not target.exists()  # the other export was stopped; this one never wrote
    _client(_paged(_rows(3))).clicks.export(target, columns=COLUMNS)  # the lock went with the process
    assert len(_read_ids(target)) == 3
