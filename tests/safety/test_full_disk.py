"""A full disk and a read-only disk are not damage (issue 21, points 2 and 7).

On a real small disk (``small_disk``): every command runs as its own process against a data
folder on it. A command that only reads (``list``, ``export`` to another disk, ``assess``,
``report``) still works; one that writes (``import``, ``rules import``, ``universities
import``) says in one line that the disk is full or read-only and exits 2. The data file stays
byte-identical, nothing is made beside it (no ``.bak``, no ``.tmp``), and once there is room
again the same file opens with all its households. ``-s`` prints the figures.
"""

from __future__ import annotations

import json
import subprocess
import time
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from safety_cases import good_database, sha256
from small_disk import SmallDisk, small_disk

__all__ = ["small_disk"]  # the fixture, used by name

HOUSEHOLDS = 40
MAKE_DATABASE = (
    "import sys; from pathlib import Path; from safety_cases import good_database; "
    "good_database(Path(sys.argv[1]), int(sys.argv[2]))"
)


def _inputs(tmp_path: Path, fixtures_dir: Path) -> dict[str, str]:
    """The files the commands are given, on the machine's own disk (not the small one)."""
    pack = tmp_path / "pack.zip"
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    with zipfile.ZipFile(pack, "w") as archive:
        for entry in folder.iterdir():
            if entry.name.endswith(".toml") and entry.name != "pack.toml":
                archive.writestr(entry.name, entry.read_text(encoding="utf-8"))
        archive.writestr("pack.toml", 'version = "2027.01"\nreleased = 2027-01-15\n')
    universities = tmp_path / "universities.txt"
    universities.write_text("effective_from = 2026-01-01\nUniversity of Example\n")
    return {
        "profile": str(fixtures_dir / "family.json"),
        "pack": str(pack),
        "universities": str(universities),
        "out": str(tmp_path / "exported.json"),
        "pdf": str(tmp_path / "report.pdf"),
    }


def _data(disk: SmallDisk) -> tuple[str, Path]:
    """A data folder with ``HOUSEHOLDS`` households on the small disk: (inside, outside)."""
    made = disk.python("-c", MAKE_DATABASE, str(disk.inside / "data"), str(HOUSEHOLDS))
    assert made.returncode == 0, made.stderr
    return str(disk.inside / "data"), disk.outside / "data" / "hkpath.sqlite3"


def _one_line(result: subprocess.CompletedProcess[str], command: str) -> str:
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"hkpath {command}: ")
    assert "Traceback" not in result.stderr
    assert "damaged" not in result.stderr
    return result.stderr


def _names(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return [line.split("\t")[1] for line in result.stdout.splitlines()]


def _left_over(disk: SmallDisk) -> list[str]:
    """Files on the small disk a failed write must not leave: copies and temporary files."""
    return sorted(
        str(p.relative_to(disk.outside))
        for p in disk.outside.rglob("*")
        if p.name.endswith((".bak", ".tmp")) or p.name.startswith(".incoming-")
    )


def _writes(data: str, given: dict[str, str], disk: SmallDisk) -> dict[str, str]:
    """Each writing command on the small disk: the line it printed."""
    return {
        "import": _one_line(disk.hkpath("import", given["profile"], "--data-dir", data), "import"),
        "rules": _one_line(
            disk.hkpath("rules", "import", given["pack"], "--yes", "--data-dir", data), "rules"
        ),
        "universities": _one_line(
            disk.hkpath("universities", "import", given["universities"], "--data-dir", data),
            "universities",
        ),
    }


def _reads(data: str, given: dict[str, str], disk: SmallDisk) -> list[str]:
    """Each reading command works; return the households ``list`` printed."""
    names = _names(disk.hkpath("list", "--data-dir", data))
    exported = disk.hkpath("export", "1", "--out", given["out"], "--data-dir", data)
    assert (exported.returncode, exported.stderr) == (0, ""), exported.stderr
    assert json.loads(Path(given["out"]).read_text(encoding="utf-8"))["household"]["name"] == (
        "Household 0"
    )
    assessed = disk.hkpath("assess", given["profile"], "--json", "--data-dir", data)
    assert (assessed.returncode, assessed.stderr) == (0, ""), assessed.stderr
    report = disk.hkpath("report", given["profile"], "--out", given["pdf"], "--data-dir", data)
    assert (report.returncode, report.stderr) == (0, ""), report.stderr
    assert Path(given["pdf"]).read_bytes().startswith(b"%PDF")
    return names


def test_a_full_disk_is_said_as_such_and_reads_still_work(
    small_disk: SmallDisk, tmp_path: Path, fixtures_dir: Path
) -> None:
    given = _inputs(tmp_path, fixtures_dir)
    data, path = _data(small_disk)
    before = sha256(path)
    filled = small_disk.fill()
    assert small_disk.free_bytes() == 0

    started = time.perf_counter()
    said = _writes(data, given, small_disk)
    names = _reads(data, given, small_disk)
    seconds = time.perf_counter() - started

    assert "the disk it is on is full" in said["import"]
    assert "the disk is full" in said["rules"] and "the disk is full" in said["universities"]
    assert names == [f"Household {n}" for n in range(HOUSEHOLDS)]
    assert sha256(path) == before
    assert _left_over(small_disk) == []

    small_disk.make_room()
    assert _names(small_disk.hkpath("list", "--data-dir", data)) == names
    imported = small_disk.hkpath("import", given["profile"], "--data-dir", data)
    assert (imported.returncode, imported.stdout) == (0, f"{HOUSEHOLDS + 1}\n"), imported.stderr
    print(
        f"\nfull disk: {filled} bytes filled, 0 free; 3 writing commands refused in one line "
        f"(exit 2), list/export/assess/report worked; {HOUSEHOLDS} households kept, file "
        f"byte-identical; {seconds:.1f} s"
    )


def test_a_read_only_disk_is_said_as_such_and_reads_still_work(
    small_disk: SmallDisk, tmp_path: Path, fixtures_dir: Path
) -> None:
    given = _inputs(tmp_path, fixtures_dir)
    data, path = _data(small_disk)
    before = sha256(path)
    small_disk.remount_read_only()

    said = _writes(data, given, small_disk)
    names = _reads(data, given, small_disk)

    assert "read-only" in said["import"]
    assert "Read-only file system" in said["rules"]
    assert "Read-only file system" in said["universities"]
    assert names == [f"Household {n}" for n in range(HOUSEHOLDS)]
    assert sha256(path) == before
    assert _left_over(small_disk) == []
    print(f"\nread-only disk: 3 writes refused in one line, reads worked, {len(names)} kept")


def test_the_window_on_a_full_disk_offers_no_move_and_opens_the_file_once_freed(
    small_disk: SmallDisk,
) -> None:
    """The real dialog, in a process on the small disk: it says "full", offers Try again and
    Quit only; the worker frees space and clicks Try again, and the same file opens."""
    data, path = _data(small_disk)
    before = sha256(path)
    small_disk.fill()
    report = small_disk.inside.parent / "window.json"

    result = small_disk.python(
        str(Path(__file__).with_name("full_disk_gui_worker.py")),
        data,
        str(small_disk.inside / "fill"),
        str(report),
    )

    assert result.returncode == 0, result.stderr
    seen = json.loads(report.read_text(encoding="utf-8"))
    first = seen["dialogs"][0]
    assert first["error"] == "DiskFullError"
    assert first["choices"] == ["retry", "quit"]
    assert first["buttons"] == ["Try again", "Quit"]
    assert first["default"] == "Try again"
    assert "full" in first["text"] and "damaged" not in first["text"]
    assert first["sha256"] == before
    kept = [f for f in first["files"] if not f.startswith("hkpath.sqlite3-") and f != "logs"]
    assert kept == ["hkpath.sqlite3"], "nothing set aside, renamed or made beside the file"
    assert len(seen["dialogs"]) == 1
    assert seen["households"] == [f"Household {n}" for n in range(HOUSEHOLDS)]
    assert _left_over(small_disk) == []


@pytest.mark.gui
@pytest.mark.parametrize("kind", ["disk_full", "read_only", "busy"])
def test_the_dialog_for_a_file_that_is_fine_offers_only_try_again_and_quit(
    qtbot, kind: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from hkpath_desktop.store.db import BusyDatabaseError, DiskFullError, ReadOnlyDatabaseError
    from hkpath_desktop.ui.recovery import Choice, RecoveryDialog, carry_out, plan_recovery

    data = tmp_path / "data"
    path = good_database(data, households=2)
    before = sha256(path)
    error = {
        "disk_full": DiskFullError(path, "full"),
        "read_only": ReadOnlyDatabaseError(path, "read-only"),
        "busy": BusyDatabaseError(path, "busy"),
    }[kind]
    plan = plan_recovery(error, None)
    dialog = RecoveryDialog(plan, path)
    qtbot.addWidget(dialog)
    assert list(dialog.choice_buttons) == [Choice.RETRY, Choice.QUIT]
    assert dialog.defaultButton() is dialog.choice_buttons[Choice.RETRY]
    assert "fine" in dialog.text() and "damaged" not in dialog.text()
    assert "nothing is deleted" not in dialog.informativeText()
    carry_out(data, plan, Choice.START_NEW)  # not offered, so not done
    assert sha256(path) == before
    assert sorted(p.name for p in data.iterdir() if p.name.endswith(".bak")) == []


def test_a_disk_that_fills_during_an_import_stores_nothing_and_says_so(
    small_disk: SmallDisk, tmp_path: Path, fixtures_dir: Path
) -> None:
    """Room to open the file (its ``-shm``) but not for the import's pages in the ``-wal``."""
    given = _inputs(tmp_path, fixtures_dir)
    data, path = _data(small_disk)
    before = sha256(path)
    small_disk.fill(leave=40 * 1024)
    left = small_disk.free_bytes()

    said = _one_line(small_disk.hkpath("import", given["profile"], "--data-dir", data), "import")

    assert "full" in said
    assert sha256(path) == before
    assert _left_over(small_disk) == []
    small_disk.make_room()
    assert len(_names(small_disk.hkpath("list", "--data-dir", data))) == HOUSEHOLDS
    print(f"\ndisk filling during an import: {left} bytes free at the start; refused, none stored")


BACK_UP = """
import json, sys
from pathlib import Path
from hkpath_desktop.store.backups import back_up_now
from hkpath_desktop.ui.recovery import start_up_backup
data = Path(sys.argv[1])
said = {"daily": str(start_up_backup(data))}
try:
    back_up_now(data)
except Exception as exc:
    said["now"] = [type(exc).__name__, str(exc)]
said["backups"] = sorted(p.name for p in (data / "backups").iterdir())
print(json.dumps(said))
"""


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_part_of_a_copy(
    small_disk: SmallDisk,
) -> None:
    """The start-up backup is skipped and *Back up now* says the disk is full."""
    data, path = _data(small_disk)
    before = sha256(path)
    small_disk.fill(leave=40 * 1024)

    result = small_disk.python("-c", BACK_UP, data)

    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout)
    assert said["daily"] == "None"
    assert said["now"][0] == "DiskFullError"
    assert "the disk it is on is full" in said["now"][1]
    assert said["backups"] == []
    assert sha256(path) == before
    assert _left_over(small_disk) == []
