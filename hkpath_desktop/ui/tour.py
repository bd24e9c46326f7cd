"""Demo household, self-test and screenshots: the program on sample data in a throw-away folder.

All three open the real main window on ``resources/demo/family.json`` stored in a temporary data
folder, so the user's own profile and window settings are never read or written. The self-test
walks every wizard page and every tab: packaging runs it as the smoke test of a frozen build.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QWidget

from hkpath_desktop.core.profile_io import parse_profile
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.main_window import MainWindow, dispose
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

EXIT_OK = 0
EXIT_FAILED = 1


SETTLE_S = 10.0
"""How long a tab may take to show the household before the tour calls it broken."""


class TourError(RuntimeError):
    """The walk through the program did not go as it must."""


def demo_banner() -> str:
    return QCoreApplication.translate("tour", "Demo household — not your data")


def load_demo_household_into(repository: Repository) -> int:
    data = resources.files("hkpath_desktop.resources").joinpath("demo/family.json").read_bytes()
    return repository.add_household(parse_profile(data))


@contextmanager
def demo_session() -> Iterator[MainWindow]:
    """The main window on the demo household, in a temporary folder deleted afterwards."""
    from hkpath_desktop.ui.app import build_main_window, prepare_application

    prepare_application()
    with tempfile.TemporaryDirectory(prefix="hkpath-demo-") as folder:
        # Window geometry goes to the temporary folder too, not the user's settings.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder, "settings"))
        )
        repository = Repository.open(Path(folder, "data"))
        try:
            load_demo_household_into(repository)
            window = build_main_window(repository)
            mark_as_demo(window)
            window.show()
            try:
                yield window
            finally:
                dispose(window)
        finally:
            repository.close()


def mark_as_demo(window: MainWindow) -> None:
    """Say in the title and in a banner above the tabs that this is not the user's data."""
    text = demo_banner()
    window.setWindowTitle(f"{window.windowTitle()} — {text}")
    banner = QToolBar(window)
    banner.setObjectName("demoBanner")
    banner.setMovable(False)
    label = QLabel(f"<b>{text}</b>", banner)
    label.setObjectName("demoBannerLabel")
    banner.addWidget(label)
    window.addToolBar(banner)


def walk(
    window: MainWindow,
    on_page: Callable[[InterviewWizard, int, PageId], None] = lambda *_: None,
    on_tab: Callable[[MainWindow, str], None] = lambda *_: None,
) -> None:
    """Open the interview, go Next to the last page and Back to the first, then show each tab."""
    app = QApplication.instance()
    assert app is not None
    window.edit_answers()
    wizard = window.wizard
    if wizard is None:
        raise TourError("the interview did not open")
    app.processEvents()
    step = 0
    while True:
        on_page(wizard, step, PageId(wizard.currentId()))
        if wizard.nextId() == -1:
            break
        before = wizard.currentId()
        wizard.next()
        app.processEvents()
        if wizard.currentId() == before:
            raise TourError(f"Next did not leave the {PageId(before).name} page")
        step += 1
    while wizard.visitedIds()[:-1]:
        wizard.back()
        app.processEvents()
    if wizard.currentId() != wizard.startId():
        raise TourError("Back did not return to the first page")
    wizard.close()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        title = window.tabs.tabText(index).replace("&", "")
        _wait_until(partial(window.tab_settled, index), f"the {title} tab did not catch up")
        on_tab(window, title)


def _wait_until(done: Callable[[], bool], failure: str) -> None:
    """Let the event loop run until ``done()`` (tabs catch up a turn at a time), or fail."""
    deadline = time.monotonic() + SETTLE_S
    while not done():
        if time.monotonic() > deadline:
            raise TourError(failure)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def _slug(text: str) -> str:
    return "-".join(text.lower().replace("_", " ").split())


def screenshot_writer(
    folder: Path,
) -> tuple[Callable[[InterviewWizard, int, PageId], None], Callable[[MainWindow, str], None]]:
    """Callbacks for :func:`walk` that save ``wizard-NN-<page>.png`` and ``tab-<name>.png``."""

    def save(widget: QWidget, name: str) -> None:
        path = folder / name
        if not widget.grab().save(str(path), "PNG"):
            raise TourError(f"could not write {path}")

    def on_page(wizard: InterviewWizard, step: int, page: PageId) -> None:
        save(wizard, f"wizard-{step:02d}-{_slug(page.name)}.png")

    def on_tab(window: MainWindow, title: str) -> None:
        save(window, f"tab-{_slug(title)}.png")

    return on_page, on_tab


def run_demo() -> int:
    """``hkpath --demo``: use the program normally, on sample data that vanishes afterwards."""
    from hkpath_desktop.ui.app import install_error_hook

    install_error_hook()
    with demo_session():
        app = QApplication.instance()
        assert app is not None
        return app.exec()


def run_tour(screenshots: Path | None = None) -> int:
    """``hkpath --self-test`` / ``--screenshots DIR``: exit 0, or one line on stderr and 1.

    An error inside a Qt slot never reaches the caller, so the walk collects them through
    ``sys.excepthook`` (instead of the message box, which would wait for a click forever).
    """
    errors: list[BaseException] = []

    def collect(
        _kind: type[BaseException], error: BaseException, _tb: TracebackType | None
    ) -> None:
        errors.append(error)

    previous = sys.excepthook
    sys.excepthook = collect
    try:
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
        with demo_session() as window:
            if screenshots is None:
                walk(window)
            else:
                window.resize(1100, 720)  # the same pictures whatever screen Qt reports
                walk(window, *screenshot_writer(screenshots))
        if errors:
            raise errors[0]
    except Exception as exc:
        print(f"hkpath self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        sys.excepthook = previous
    return EXIT_OK
