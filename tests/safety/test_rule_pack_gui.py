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
from rule_pack_cases import category_a_income, pack_zip, sign, throwaway_key
from safety_cases import run_hkpath

from hkpath_desktop.store.repository import Repository
from hkpath_desktop.store.rulepacks import apply_pack, read_pack
from hkpath_desktop.ui.app import APPLICATION, ORGANIZATION, build_main_window
from hkpath_desktop.ui.main_window import MainWindow, dispose, rule_pack_menu

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
    result = run_hkpath("rules", "import", str(pack), "--yes", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    changed = cli_verdicts(data)
    assert changed["ttps"] != builtin["ttps"]
    shown, label = window_verdicts(qtbot, repository)
    assert shown == changed
    assert "2027.01 (imported, unsigned, from pack.zip)" in label


def _answer_dialog(apply: bool, seen: list[str]) -> None:
    """Read the next rule pack dialog that opens, then press Apply or Cancel."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hkpath_desktop.ui.main_window.rule_pack_menu import RulePackDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RulePackDialog):
            QTimer.singleShot(10, answer)
            return
        seen.extend([dialog.values.toPlainText(), dialog.verdicts.toPlainText()])
        if apply:
            dialog.apply_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("apply", [False, True])
def test_the_window_shows_the_diff_before_it_applies_a_pack(  # type: ignore[no-untyped-def]
    qtbot, opened, tmp_path: Path, apply: bool
) -> None:
    data, repository = opened
    pack = pack_zip(tmp_path / "pack.zip", category_a_income(3_000_000))
    window: MainWindow = build_main_window(repository)
    window.show()
    before = files_of(data / "rulepacks")
    seen: list[str] = []
    _answer_dialog(apply, seen)
    result = rule_pack_menu.import_rule_pack(window, pack)
    values, verdicts = seen
    assert "ttps.category_a_min_income_hkd from 2022-12-28: 2,500,000 → 3,000,000 (ImmD" in values
    assert "Chan family, Top Talent Pass Scheme: eligible (category A) → eligible (category B)" in (
        verdicts
    )
    model = window.compare.model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10000)
    shown = {a.pathway: (a.verdict.value, a.category) for a in map(model.assessment, range(5))}
    label = window.rules_label.text()
    window.close()
    dispose(window)
    if apply:
        assert result is not None and "2027.01 (imported, unsigned, from pack.zip)" in label
        assert shown == cli_verdicts(data)
        assert shown["ttps"] == ("eligible", "B")
    else:
        assert result is None and "(built-in)" in label
        assert files_of(data / "rulepacks") == before
        assert shown["ttps"] == ("eligible", "A")


def files_of(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_window_says_a_pack_is_signed(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The status bar and the About box carry the label the CLI and the PDFs print."""
    data, repository = opened
    private, public = throwaway_key(tmp_path)
    pack = pack_zip(tmp_path / "pack.zip")
    sign(pack, private)
    apply_pack(data, read_pack(pack, public_key=public))
    window: MainWindow = build_main_window(repository)
    label, about = window.rules_label.text(), window.about_text()
    dispose(window)
    assert label == "Rules 2027.01 (imported, signed)"
    assert "Rules: 2027.01 (imported, signed), dated 2027-01-15." in about
