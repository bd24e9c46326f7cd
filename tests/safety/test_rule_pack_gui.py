"""The window and the CLI read the same rule pack (issue 21, point 9): after ``hkpath rules
import`` of a valid pack with a changed value, the window as the program opens it shows the
verdicts ``hkpath assess`` gives, and both differ from the built-in pack's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from rule_pack_cases import category_a_income, pack_zip
from safety_cases import run_hkpath

from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import APPLICATION, ORGANIZATION, build_main_window
from hkpath_desktop.ui.main_window import MainWindow, dispose

pytestmark = pytest.mark.gui
FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
Verdicts = dict[str, tuple[str, str | None]]


@pytest.fixture(autouse=True)
def private_settings(qapp: object, tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


def cli_verdicts(data: Path) -> Verdicts:
    result = run_hkpath(
        "assess", str(FAMILY), "--json", "--on", date.today().isoformat(), "--data-dir", str(data)
    )
    assert result.returncode == 0, result.stderr
    return {p["id"]: (p["verdict"], p["category"]) for p in json.loads(result.stdout)["pathways"]}


@pytest.fixture
def opened(qtbot, data_dir: Path) -> Iterator[tuple[Path, Repository]]:  # type: ignore[no-untyped-def]
    imported = run_hkpath("import", str(FAMILY), "--data-dir", str(data_dir))
    assert imported.returncode == 0, imported.stderr
    repository = Repository.open(data_dir)
    yield data_dir, repository
    repository.close()


def window_verdicts(qtbot, repository: Repository) -> tuple[Verdicts, str]:  # type: ignore[no-untyped-def]
    window: MainWindow = build_main_window(repository)
    window.show()
    model = window.compare.model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10000)
    shown = {
        a.pathway: (a.verdict.value, a.category)
        for a in (model.assessment(r) for r in range(model.rowCount()))
    }
    label = window.rules_label.text()
    window.close()
    dispose(window)
    return shown, label


def test_the_window_uses_the_pack_the_cli_imported(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, repository = opened
    builtin = cli_verdicts(data)
    assert window_verdicts(qtbot, repository)[0] == builtin
    pack = pack_zip(tmp_path / "pack.zip", category_a_income(3_000_000))
    result = run_hkpath("rules", "import", str(pack), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    changed = cli_verdicts(data)
    assert changed["ttps"] != builtin["ttps"]
    shown, label = window_verdicts(qtbot, repository)
    assert shown == changed
    assert "2027.01 (imported)" in label
