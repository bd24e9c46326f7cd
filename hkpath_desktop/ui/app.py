"""Start-up of the GUI: the application object, translations, theme, error hook, main window.

Heavy modules (the engine, SQLAlchemy, the window) are imported inside the functions, so
``hkpath --help`` and the CLI never pay for Qt, and the window appears as early as it can.
A data file that passes every start-up check (``store.peek``) gets the window painted first
and the store right after (``deferred_start``); any other goes the full way, recovery dialog
included, before a window shows (``run_checked``).
"""

from __future__ import annotations

import gc
import sys
import traceback
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from hkpath_desktop.ui import plain_imports  # noqa: F401 - must see Python's import before Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.store.peek import StorePeek
    from hkpath_desktop.store.repository import Repository
    from hkpath_desktop.ui.deferred_start import StoreLoader
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
    """Import the store and the engine before Qt, when start-up needs them before the window.

    PySide6 hooks every import made after it (a check for its ``__feature__`` switches), which
    makes importing SQLAlchemy, Alembic and the engine after Qt about a quarter of a second
    slower (``benchmarks/run.py``, cold_start).
    """
    import_engine(_ENGINE_MODULES)


def import_engine(names: tuple[str, ...]) -> None:
    """Import ``names`` and the five pathway modules, which assess_all imports on first call."""
    for name in names:
        import_module(name)
    from hkpath_desktop.core.facts import PATHWAY_IDS

    for pathway in PATHWAY_IDS:
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


def build_main_window(repository: Repository, rules: RulePack) -> MainWindow:
    """The fully built main window (also used by the packaged app's self-test)."""
    from hkpath_desktop.ui.main_window import MainWindow

    return MainWindow(repository, rules)


def prepare_application(styled: bool = True) -> QApplication:
    """The application (the existing one, if any) with our translations, theme and icon.

    Without ``styled`` the caller calls ``style_application`` itself, after the first paint.
    """
    app = _application()
    from PySide6.QtGui import QGuiApplication

    from hkpath_desktop.ui.i18n import install_translators

    if styled:
        style_application(app)
    install_translators(app)
    QGuiApplication.setDesktopFileName("io.github.hkpath.HKPath")
    return app


def style_application(app: QApplication) -> None:
    """The colour-scheme watch and the window icon: ~12 ms (``importlib.resources``, the SVG)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    from hkpath_desktop.ui import theme

    theme.apply(app)
    app.setWindowIcon(QIcon(str(resources.files("hkpath_desktop.resources") / "icons/hkpath.svg")))


def build_deferred_window(peek: StorePeek) -> MainWindow:
    """The main window painted from ``peek``; it attaches its store after the first paint."""
    from hkpath_desktop.ui.main_window import MainWindow

    return MainWindow.deferred(peek)


def run_gui(data_dir: Path | None, quit_after_ms: int | None = None) -> int:
    """Open the GUI on ``data_dir`` (default: the platform's data folder) and run it.

    ``quit_after_ms`` closes the window after that many milliseconds: a self-test that the
    whole start-up path works. The garbage collector waits until the window has its store:
    start-up only makes objects that live on, and ~50 collections of them cost ~10 ms.
    """
    from hkpath_desktop.store.peek import peek_store

    gc.disable()
    try:
        peek = peek_store(data_dir)
        if peek is None:
            return run_checked(data_dir, quit_after_ms)
        return run_deferred(peek, quit_after_ms)
    finally:
        gc.enable()


def run_deferred(peek: StorePeek, quit_after_ms: int | None = None) -> int:
    """Paint the window from ``peek``; then open the store, style the application, attach."""
    app = prepare_application(styled=False)
    install_error_hook()
    from hkpath_desktop.ui.main_window import dispose

    window = build_deferred_window(peek)
    window.storeAttached.connect(_collect_from_now)
    loaders: list[StoreLoader] = []
    window.firstPainted.connect(lambda: loaders.append(_after_first_paint(app, window, peek)))
    try:
        return _show_and_run(app, window, quit_after_ms)
    finally:
        for loader in loaders:
            loader.finish()
        dispose(window)


def _collect_from_now() -> None:
    """Start-up's objects live on: freeze them out of the collections that start now."""
    gc.freeze()
    gc.enable()


def _after_first_paint(app: QApplication, window: MainWindow, peek: StorePeek) -> StoreLoader:
    """Start opening the store in a thread, and style the application meanwhile."""
    from hkpath_desktop.ui.deferred_start import StoreLoader, attach_when_loaded

    loader = StoreLoader(peek)
    attach_when_loaded(window, loader, lambda: _open_checked(peek.data_dir), lambda: app.exit(1))
    loader.start()
    style_application(app)  # no styled label shows yet; the icon comes a moment late
    return loader


def _open_checked(data_dir: Path | None) -> tuple[Repository, RulePack] | None:
    """The repository (after the recovery dialog, if the file is refused) and the rules."""
    from hkpath_desktop.core.rules import load_builtin
    from hkpath_desktop.ui.recovery import open_with_recovery, start_up_backup

    repository = open_with_recovery(data_dir)
    if repository is None:
        return None
    start_up_backup(repository.data_dir)
    return repository, load_builtin()


def run_checked(data_dir: Path | None, quit_after_ms: int | None = None) -> int:
    """The full way: open the store (asking what to do with a refused file), then the window."""
    import_engine_first()
    app = prepare_application()
    install_error_hook()
    from hkpath_desktop.ui.main_window import dispose

    opened = _open_checked(data_dir)
    if opened is None:
        return 1
    repository, rules = opened
    try:
        window = build_main_window(repository, rules)
        gc.enable()
        try:
            return _show_and_run(app, window, quit_after_ms)
        finally:
            dispose(window)
    finally:
        repository.close()


def _show_and_run(app: QApplication, window: QWidget, quit_after_ms: int | None) -> int:
    """Show the window and run the event loop; ``quit_after_ms`` closes it (the self-test)."""
    from PySide6.QtCore import QTimer

    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    return app.exec()
