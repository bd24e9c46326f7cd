"""A data file whose schema is not the program's (issue 21, point 6) is refused before any read.

Each case is a real file made by the program, then changed with sqlite3 the way another
program (or a person) could: a trigger that deletes every member on the next update, a view
with an endless query in place of ``households``, an index, a column or a table added or
taken away. Every command and the window refuse it with a plain message, the file unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safety_cases import run_hkpath, sha256

from hkpath_desktop.cli import main
from hkpath_desktop.store.db import ForeignSchemaError, database_path
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import run_gui
from hkpath_desktop.ui.recovery import Choice, Problem, RecoveryDialog, plan_recovery

WIPE = "CREATE TRIGGER wipe AFTER UPDATE ON households BEGIN DELETE FROM members; END"
ENDLESS = (
    "CREATE VIEW households AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i AS id, 'x' AS name, '' AS created_at, '' AS updated_at, NULL AS wizard_page, "
    "0 AS revision, '{}' AS answers FROM n"
)
CHANGES = {
    "after-update-trigger": ([WIPE], "trigger wipe on households"),
    "view-in-place-of-a-table": (["DROP TABLE households", ENDLESS], "view households"),
    "extra-view": (["CREATE VIEW peek AS SELECT * FROM members"], "view peek"),
    "missing-table": (["DROP TABLE notes"], "table notes"),
    "extra-table": (["CREATE TABLE spare (x)"], "table spare"),
    "extra-index": (["CREATE INDEX ix_names ON members(given_name)"], "index ix_names"),
    "missing-index": (["DROP INDEX ix_trips_household_id"], "index ix_trips_household_id"),
    "extra-column": (["ALTER TABLE households ADD COLUMN colour TEXT"], "households.colour"),
}


def _family_file(data: Path, fixtures_dir: Path) -> Path:
    """A file made by the program, holding the fixture family (members, stays, trips)."""
    assert main(["import", str(fixtures_dir / "family.json"), "--data-dir", str(data)]) == 0
    return database_path(data)


def _change(path: Path, statements: list[str]) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _members(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


@pytest.mark.parametrize("case", CHANGES)
def test_a_foreign_schema_object_is_refused_with_the_file_unchanged(
    case: str, data_dir: Path, fixtures_dir: Path, tmp_path: Path
) -> None:
    path = _family_file(data_dir, fixtures_dir)
    statements, named = CHANGES[case]
    _change(path, statements)
    before = sha256(path)

    with pytest.raises(ForeignSchemaError) as refused:
        Repository.open(data_dir)
    assert named in str(refused.value)
    assert "left untouched" in str(refused.value)
    assert sha256(path) == before
    assert not list(data_dir.glob("*.bak"))


@pytest.mark.parametrize("command", [["list"], ["export", "1", "--out", "{out}"]])
def test_the_cli_refuses_a_wiping_trigger_in_one_line_and_deletes_nobody(
    command: list[str], data_dir: Path, fixtures_dir: Path, tmp_path: Path
) -> None:
    path = _family_file(data_dir, fixtures_dir)
    _change(path, [WIPE])
    members, before = _members(path), sha256(path)
    argv = [a.replace("{out}", str(tmp_path / "out.json")) for a in command]

    result = run_hkpath(*argv, "--data-dir", str(data_dir))

    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"hkpath {command[0]}: ")
    assert "trigger wipe on households" in result.stderr
    assert sha256(path) == before
    assert _members(path) == members > 0
    assert not (tmp_path / "out.json").exists()


def test_an_endless_view_in_place_of_households_does_not_hang_the_cli(
    data_dir: Path, fixtures_dir: Path
) -> None:
    path = _family_file(data_dir, fixtures_dir)
    _change(path, ["DROP TABLE households", ENDLESS])
    before = sha256(path)

    result = run_hkpath("list", "--data-dir", str(data_dir))  # the timeout fails a hang

    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "view households" in result.stderr and "table households" in result.stderr
    assert sha256(path) == before


def test_an_older_file_with_a_trigger_is_refused_before_it_is_migrated(
    data_dir: Path, fixtures_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    shutil.copyfile(fixtures_dir / "db" / "0002.sqlite3", path)
    _change(path, [WIPE])
    before = sha256(path)

    with pytest.raises(ForeignSchemaError, match="trigger wipe on households"):
        Repository.open(data_dir)
    assert sha256(path) == before
    assert not list(data_dir.glob("*.bak"))  # not even the copy taken before a migration


@pytest.mark.gui
def test_the_window_explains_and_offers_only_to_quit(
    qtbot,  # type: ignore[no-untyped-def]
    data_dir: Path,
    fixtures_dir: Path,
) -> None:
    path = _family_file(data_dir, fixtures_dir)
    _change(path, [WIPE])
    members, before = _members(path), sha256(path)
    seen: list[tuple[str, list[Choice]]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append((dialog.text(), list(dialog.choice_buttons)))
        dialog.choice_buttons[Choice.QUIT].click()

    QTimer.singleShot(0, answer)
    assert run_gui(data_dir, quit_after_ms=300) == 1
    assert seen and "did not put there" in seen[0][0]
    assert seen[0][1] == [Choice.QUIT]  # nothing that moves or replaces the file
    assert sha256(path) == before
    assert _members(path) == members


def test_a_foreign_schema_is_its_own_problem_whatever_the_backups() -> None:
    error = ForeignSchemaError(Path("hkpath.sqlite3"), ["trigger wipe on households"], [])
    plan = plan_recovery(error, None)
    assert (plan.problem, plan.choices) == (Problem.FOREIGN, (Choice.QUIT,))
