"""Start-up that paints first: the window from a peek at the data file, the store right after.

The window needs neither SQLAlchemy nor the engine to paint its menus and the households'
names, so ``run_deferred`` shows it from ``store.peek`` (which refuses, before any window,
every file the full path would refuse) and then, in a thread, imports the store, the rules
and the engine, opens the repository and loads the rules. The window attaches them in the GUI
thread and Compare shows its verdicts; the day's backup follows in the same thread.

A file refused after all (another program changed it since the peek) hides the window and
goes through the recovery dialog, as at a start-up without the peek.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from hkpath_desktop.ui.plain_imports import plain_imports

if TYPE_CHECKING:
    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.store.peek import StorePeek
    from hkpath_desktop.store.repository import Repository
    from hkpath_desktop.ui.main_window import MainWindow

ENGINE_MODULES = (
    "hkpath_desktop.store.repository",
    "hkpath_desktop.core.rules",
    "hkpath_desktop.core.assessment",
    "hkpath_desktop.ui.views.compare_view",
)
"""What attaching the store and showing the Compare tab need."""


class StoreLoader(QObject):
    """Opens the repository and loads the rules in a thread; says so in the GUI thread.

    Signals:
    loaded(object): ``(repository, rules)``, ready to attach.
    failed(object): the exception that stopped it (a ``DatabaseError`` when the file was
        refused after all, e.g. changed by another program since the peek).
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, peek: StorePeek, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.peek = peek
        self.repository: Repository | None = None
        """The repository once opened, for whoever closes it at the end."""
        self.cancelled = False
        self._attached = threading.Event()
        """Set once the window has its store: the day's backup waits for it, so as not to
        hold the window while it fills the Compare tab."""
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hkpath-store")
            self._thread.start()

    def attached(self) -> None:
        """The window has taken the store: the thread may go on to the day's backup."""
        self._attached.set()

    def finish(self) -> None:
        """Let the thread end (a backup is never cut off), then close what it opened."""
        self.cancelled = True
        self._attached.set()
        if self._thread is not None:
            self._thread.join()
        if self.repository is not None:
            self.repository.close()

    def _run(self) -> None:
        try:
            with plain_imports():
                from hkpath_desktop.ui.app import import_engine

                import_engine(ENGINE_MODULES)
            from hkpath_desktop.core.rules import load_builtin
            from hkpath_desktop.core.texts import builtin_catalogue as read_sentences
            from hkpath_desktop.store.repository import Repository

            self.repository = Repository.open(self.peek.data_dir)
            rules = load_builtin()
            read_sentences()  # read here, not by the first verdict in the GUI thread
        except Exception as error:  # the GUI thread decides what to do with it
            self.failed.emit(error)
            return
        self.loaded.emit((self.repository, rules))
        self._attached.wait()
        with plain_imports():
            from hkpath_desktop.ui.recovery import start_up_backup

        start_up_backup(self.repository.data_dir)


def attach_when_loaded(
    window: MainWindow,
    loader: StoreLoader,
    recover: Callable[[], tuple[Repository, RulePack] | None],
    give_up: Callable[[], None],
) -> None:
    """Attach what ``loader`` loads; a refusal after all goes through ``recover`` (the dialog).

    Once ``loader.cancelled`` is set (the program is ending), a late result is only closed.
    """

    def on_loaded(result: object) -> None:
        repository, rules = cast("tuple[Repository, RulePack]", result)
        if not loader.cancelled:
            window.attach(repository, rules)
        loader.attached()

    def on_failed(error: object) -> None:
        from hkpath_desktop.store.db import DatabaseError

        if loader.cancelled:
            return
        if not isinstance(error, DatabaseError):
            raise cast("Exception", error)
        app = QCoreApplication.instance()
        assert isinstance(app, QGuiApplication)
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the dialog closing must not end the program
        window.hide()
        try:
            opened = recover()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        if opened is None:
            give_up()
            return
        loader.repository = opened[0]
        window.attach(*opened)
        window.show()

    loader.loaded.connect(on_loaded)
    loader.failed.connect(on_failed)
