"""Start-up of the GUI: the application object, translations, theme, error hook, main window.

One synchronous start: open the store (the recovery dialog asks what to do with a refused
file), load the rules, build the window and show it with its verdicts. The modules are
imported inside the functions, so ``hkpath --help`` and the CLI never pay for Qt.
"""

from __future__ import annotations

import sys
import traceback
from contextlib import suppress
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hkpath_desktop.store.repository import Repository
    from hkpath_desktop.ui.main_window import MainWindow

ORGANIZATION = "HKPath"
APPLICATION = "HKPath Desktop"


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
    from PySide6.QtWidgets import QApplication

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if QApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox

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


def build_main_window(repository: Repository) -> MainWindow:
    """The main window, showing the first household (also used by the packaged app's self-test),
    on the rule pack the CLI uses too (``load_active_pack``: the imported one if it is valid)."""
    from hkpath_desktop.store.rulepacks import load_active_pack
    from hkpath_desktop.ui.main_window import MainWindow

    return MainWindow(repository, load_active_pack(repository.data_dir))


def prepare_application() -> QApplication:
    """The application (the existing one, if any) with our translations, theme and icon."""
    from importlib import resources

    from PySide6.QtGui import QGuiApplication, QIcon

    from hkpath_desktop.ui import theme
    from hkpath_desktop.ui.i18n import install_translators

    app = _application()
    theme.apply(app)
    app.setWindowIcon(QIcon(str(resources.files("hkpath_desktop.resources") / "icons/hkpath.svg")))
    install_translators(app)
    QGuiApplication.setDesktopFileName("io.github.hkpath.HKPath")
    return app


def run_gui(data_dir: Path | None, quit_after_ms: int | None = None) -> int:
    """Open the GUI on ``data_dir`` (default: the platform's data folder) and run it.

    ``quit_after_ms`` closes the window after that many milliseconds: a self-test that the
    whole start-up path works.
    """
    app = prepare_application()
    install_error_hook()
    from hkpath_desktop.applog import setup_logging
    from hkpath_desktop.store.datafile import DatabaseError, prepare_dir, resolve_data_dir
    from hkpath_desktop.ui.instance import sole_window

    folder = resolve_data_dir(data_dir)
    with suppress(DatabaseError):  # a folder that cannot be made is said as the file opens
        prepare_dir(folder)
    setup_logging(folder)
    with sole_window(folder) as alone:
        return _open_and_run(app, folder, quit_after_ms) if alone else 0


def _open_and_run(app: QApplication, folder: Path, quit_after_ms: int | None) -> int:
    """Open the data file (asking what to do with a refused one), then the window."""
    from hkpath_desktop.ui.main_window import dispose
    from hkpath_desktop.ui.recovery import open_with_recovery, start_up_backup

    repository = open_with_recovery(folder)
    if repository is None:
        return 1
    try:
        start_up_backup(repository.data_dir)
        window = build_main_window(repository)
        try:
            return _show_and_run(app, window, quit_after_ms)
        finally:
            dispose(window)
    finally:
        repository.close()


def _show_and_run(app: QApplication, window: MainWindow, quit_after_ms: int | None) -> int:
    """Show the window and run the event loop; ``quit_after_ms`` closes it (the self-test).

    SIGTERM and SIGHUP close the window as the user would (saving what is typed), and so does
    the session's end at logout, which first asks for the answers on screen to be saved.
    """
    from PySide6.QtCore import QTimer

    from hkpath_desktop.ui.quit_signals import quit_on_signals

    def quit_now() -> None:
        window.close()
        app.quit()

    app.commitDataRequest.connect(lambda _manager: window.save_typed())
    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    with quit_on_signals(quit_now):
        return app.exec()
