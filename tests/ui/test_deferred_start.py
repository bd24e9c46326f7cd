"""The window that paints first: names from the peek, store actions off, then the verdicts.

``run_gui`` on a sound data file paints the main window before SQLAlchemy or the engine is
imported and attaches the repository and the rules right after; these tests drive that path on
real SQLite files, in-process and (for what is imported before the paint) in a fresh process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.backups import back_up_now
from hkpath_desktop.store.db import CorruptDatabaseError, NewerSchemaError, database_path
from hkpath_desktop.store.peek import peek_store
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import app as app_module
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.recovery import Choice, RecoveryDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _store_actions(window: MainWindow) -> dict[str, bool]:
    names = ("new", "import", "export", "report", "checklist_pdf", "backup", "restore")
    names += ("edit", "rename", "delete", "about")
    return {name: getattr(window, f"{name}_action").isEnabled() for name in names}


def _names(window: MainWindow) -> list[str]:
    return [window.households.item(i).text() for i in range(window.households.count())]


@pytest.fixture
def two_households(repository: Repository, fixtures_dir: Path) -> list[str]:
    repository.add_household(load_profile_file(fixtures_dir / "family.json"))
    repository.create_household("陳家 Second")
    return [s.name for s in repository.list_households()]


def test_the_window_paints_from_the_peek_and_fills_in_on_attach(
    qtbot, repository: Repository, rules: RulePack, data_dir: Path, two_households: list[str]
) -> None:  # type: ignore[no-untyped-def]
    seen = peek_store(data_dir)
    assert seen is not None
    window = MainWindow.deferred(seen, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_attached
    assert _names(window) == two_households
    waiting = [label.text() for label in window.tabs.widget(0).findChildren(QLabel)]
    assert waiting == ["Comparing…"]
    assert not any(_store_actions(window).values())
    assert window.quit_action.isEnabled() and window.settings_action.isEnabled()
    window.edit_answers()
    assert window.wizard is None
    assert str(database_path(data_dir)) in window.data_label.text()

    with qtbot.waitSignal(window.storeAttached, timeout=5000):
        window.attach(repository, rules)
    assert window.is_attached
    assert all(_store_actions(window).values())
    assert _names(window) == two_households
    assert window.compare.model.rowCount() == 5
    assert rules.version in window.rules_label.text()


def test_construction_with_neither_store_nor_peek_is_refused(rules: RulePack) -> None:
    with pytest.raises(TypeError):
        MainWindow(None, None)
    with pytest.raises(TypeError):
        MainWindow(None, rules)


def _watch_first_paint(monkeypatch: pytest.MonkeyPatch, states: list[dict[str, object]]) -> None:
    """Note the window's state at its first paint and once its store is attached, then close."""
    real = app_module.build_deferred_window

    def build(*args: object) -> MainWindow:
        window = real(*args)  # type: ignore[arg-type]

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not states:
                    states.append(
                        {"attached": window.is_attached, "names": _names(window)}
                        | {"actions": any(_store_actions(window).values())}
                    )
                return False

        def attached() -> None:
            states.append({"attached": True, "rows": window.compare.model.rowCount()})
            QTimer.singleShot(0, window.close)

        window.installEventFilter(FirstPaint(window))
        window.storeAttached.connect(attached)
        return window

    monkeypatch.setattr(app_module, "build_deferred_window", build)


def test_run_gui_paints_first_then_shows_the_verdicts(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, two_households: list[str]
) -> None:
    states: list[dict[str, object]] = []
    _watch_first_paint(monkeypatch, states)
    assert app_module.run_gui(data_dir, quit_after_ms=10_000) == 0
    assert states[0] == {"attached": False, "names": two_households, "actions": False}
    assert states[1] == {"attached": True, "rows": 5}
    assert list(data_dir.joinpath("backups").iterdir())  # the day's backup, after the paint


def _answer_recovery(choice: Choice, seen: list[str]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, poll)
            return
        visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append(dialog.text())
        seen.extend("window shown" for w in visible if w.isVisible())
        dialog.choice_buttons[choice].click()

    QTimer.singleShot(0, poll)


def test_a_file_refused_after_the_peek_goes_through_the_recovery_dialog(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, two_households: list[str]
) -> None:
    def refuse(cls: type[Repository], folder: Path | None = None) -> Repository:
        raise NewerSchemaError(database_path(data_dir), "9999")

    monkeypatch.setattr(Repository, "open", classmethod(refuse))
    seen: list[str] = []
    _answer_recovery(Choice.QUIT, seen)
    assert app_module.run_gui(data_dir, quit_after_ms=10_000) == 1
    assert len(seen) == 1 and "newer version" in seen[0]  # and the window was hidden first


def test_after_a_restore_from_the_dialog_the_window_comes_back_with_its_verdicts(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, two_households: list[str]
) -> None:
    back_up_now(data_dir)
    real = Repository.open.__func__  # type: ignore[attr-defined]
    refusals: list[Path | None] = []

    def refuse_twice(cls: type[Repository], folder: Path | None = None) -> Repository:
        if len(refusals) < 2:  # in the loader, then once more when the recovery path opens
            refusals.append(folder)
            raise CorruptDatabaseError(database_path(data_dir), "damaged")
        return real(cls, folder)  # type: ignore[no-any-return]

    monkeypatch.setattr(Repository, "open", classmethod(refuse_twice))
    seen: list[str] = []
    states: list[dict[str, object]] = []
    _watch_first_paint(monkeypatch, states)
    _answer_recovery(Choice.RESTORE, seen)
    assert app_module.run_gui(data_dir, quit_after_ms=10_000) == 0
    assert len(seen) == 1 and "damaged" in seen[0]
    assert states[-1] == {"attached": True, "rows": 5}


_FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from hkpath_desktop.ui import app

real = app.build_deferred_window

def build(peek):
    window = real(peek)

    class Probe(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                heavy = ("sqlalchemy", "alembic", "hkpath_desktop.core", "hkpath_desktop.store.db")
                print(sorted(m for m in sys.modules if m.startswith(heavy)), flush=True)
                QApplication.quit()
            return False

    window.installEventFilter(Probe(window))
    return window

app.build_deferred_window = build
from hkpath_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_paint_needs_neither_sqlalchemy_nor_the_engine(
    tmp_path: Path, data_dir: Path, two_households: list[str]
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.stdout.splitlines()[:1] == ["[]"], result.stderr[-2000:]
