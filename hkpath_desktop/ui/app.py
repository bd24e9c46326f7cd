"""Start-up of the GUI: the application object, translations, theme, error hook, main window.

Heavy modules (the engine, SQLAlchemy, the window) are imported inside the functions, so
``hkpath --help`` and the CLI never pay for Qt, and the window appears as early as it can.
Qt itself is imported inside the functions too, after the engine and the store (see
``import_engine_first``).
"""

from __future__ import annotations

import sys
import traceback
from importlib import import_module, resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.store.repository import Repository
    from hkpath_desktop.ui.main_window import MainWindow

ORGANIZATION = "HKPath"
APPLICATION = "HKPath Desktop"


_ENGINE_MODULES = (
    "hkpath_desktop.store.repository",
    "hkpath_desktop.store.backups",
    "hkpath_desktop.core.rules",
    "hkpath_desktop.core.profile_io",
    "hkpath_desktop.core.assessment",
)
"""The non-Qt modules that opening the main window needs."""


def import_engine_first() -> None:
    """Import the store and the engine before Qt, as start-up needs them anyway.

    PySide6 hooks every import made after it (a check for its ``__feature__`` switches), which
    makes importing SQLAlchemy, Alembic and the engine after Qt about a quarter of a second
    slower (``benchmarks/run.py``, cold_start).
    """
    for name in _ENGINE_MODULES:
        import_module(name)
    from hkpath_desktop.core.facts import PATHWAY_IDS

    for pathway in PATHWAY_IDS:  # assess_all imports these on its first call
        import_module(f"hkpath_desktop.core.pathways.{pathway}")


def _application() -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    return QApplication(sys.argv[:1])


def install_error_hook() -> None:
    """Show an unexpected error as a plain message instead of letting the program vanish."""

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if QApplication.instance() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate(
                "app",
                "The program hit an unexpected problem and did not finish that step. Your saved "
                "answers are safe.",
            ),
        )
        box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
        box.exec()

    sys.excepthook = hook


def build_main_window(repository: Repository, rules: RulePack) -> MainWindow:
    """The fully built main window (also used by the packaged app's self-test)."""
    from hkpath_desktop.ui.main_window import MainWindow

    return MainWindow(repository, rules)


def prepare_application() -> QApplication:
    """The application (the existing one, if any) with our theme and translations."""
    app = _application()
    from PySide6.QtGui import QGuiApplication, QIcon

    from hkpath_desktop.ui import theme
    from hkpath_desktop.ui.i18n import install_translators

    theme.apply(app)
    install_translators(app)
    app.setWindowIcon(QIcon(str(resources.files("hkpath_desktop.resources") / "icons/hkpath.svg")))
    QGuiApplication.setDesktopFileName("io.github.hkpath.HKPath")
    return app


def run_gui(data_dir: Path | None, quit_after_ms: int | None = None) -> int:
    """Open the GUI on ``data_dir`` (default: the platform's data folder) and run it.

    ``quit_after_ms`` closes the window after that many milliseconds: a self-test that the
    whole start-up path works.
    """
    import_engine_first()
    from PySide6.QtCore import QTimer

    app = prepare_application()
    install_error_hook()
    from hkpath_desktop.core.rules import load_builtin
    from hkpath_desktop.ui.main_window import dispose
    from hkpath_desktop.ui.recovery import open_with_recovery, start_up_backup

    repository = open_with_recovery(data_dir)
    if repository is None:
        return 1
    start_up_backup(repository.data_dir)
    try:
        window = build_main_window(repository, load_builtin())
        try:
            window.show()
            if quit_after_ms is not None:
                QTimer.singleShot(quit_after_ms, window.close)
            return app.exec()
        finally:
            dispose(window)
    finally:
        repository.close()
