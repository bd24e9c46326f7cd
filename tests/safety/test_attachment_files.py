"""The user's own files: never written, and every way they go wrong gets a clear status.

A whole session of attach / re-check / relink / detach / note runs through the real Checklist
tab on real files with awkward names. An audit hook watches every file operation the process
makes meanwhile, and each file's bytes and modification time are compared before and after.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl

from hkpath_desktop.core.facts import (
    DocumentRef,
    Household,
    Member,
    Residence,
    Role,
)
from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.store.attachments import fingerprint
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.models.checklist_model import Column, Kind
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.checklist_view import ChecklistView

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("attachment_gui_worker.py")
_NO_OVERRIDE = "-dac_override,-dac_read_search,-fowner"
PASSPORT = "gep.entry.travel_document"
DEGREE = "gep.entry.degree_proof"
SPOUSE_PHOTO = "gep.entry.dependant_photo"
SPOUSE_PASSPORT = "gep.entry.dependant_travel_document"
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_CHANGING_EVENTS = frozenset(
    {"os.remove", "os.rename", "os.rmdir", "os.truncate", "os.utime", "os.chmod", "os.chown"}
    | {"os.link", "os.symlink", "shutil.copyfile", "shutil.move", "shutil.rmtree"}
)


class Watch:
    """Records, while on, every operation of this process that could change a watched file."""

    def __init__(self) -> None:
        self.on = False
        self.folders: tuple[str, ...] = ()
        self.seen: list[tuple[str, str]] = []
        self.opened: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.on or not args:
            return
        target = os.fsdecode(args[0]) if isinstance(args[0], (str, bytes)) else ""
        if not target.startswith(self.folders):
            return
        with self._lock:
            if event == "open":
                mode, flags = args[1], args[2]
                writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                    isinstance(flags, int) and flags & _WRITE_FLAGS
                )
                self.opened.append(target)
                if writing:
                    self.seen.append((event, target))
            elif event in _CHANGING_EVENTS:
                self.seen.append((event, target))


_WATCH = Watch()
sys.addaudithook(_WATCH)


@pytest.fixture
def watch() -> Iterator[Watch]:
    _WATCH.seen.clear()
    _WATCH.opened.clear()
    yield _WATCH
    _WATCH.on = False


@pytest.fixture(scope="module")
def rules() -> RulePack:
    return load_builtin()


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    repository = Repository.open(data_dir)
    yield repository
    repository.close()


@pytest.fixture
def view(qtbot, repo: Repository, rules: RulePack) -> ChecklistView:  # type: ignore[no-untyped-def]
    session = HouseholdSession(repo)
    widget = ChecklistView(session, rules, lambda: date(2026, 11, 22))
    session.changed.connect(lambda household_id, _revision: widget.show_household(household_id))
    qtbot.addWidget(widget)
    widget.open_url = lambda _url: True
    return widget


def _couple() -> Household:
    def person(member_id: str, role: Role, name: str) -> Member:
        return Member(
            id=member_id,
            role=role,
            given_name=name,
            family_name="Lee",
            date_of_birth=date(1990, 1, 1),
            nationality="JP",
            residence=Residence(country="JP"),
        )

    return Household("Lee", (person("m1", Role.PRINCIPAL, "Ann"), person("m2", Role.SPOUSE, "Bo")))


def _fingerprints(paths: list[Path]) -> dict[str, tuple[str, int, int]]:
    def one(p: Path) -> tuple[str, int, int]:
        st = p.stat()
        return hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_mode

    return {p.name: one(p) for p in paths}


def _awkward_files(root: Path) -> list[Path]:
    deep = root
    while len(str(deep)) < 280:
        deep = deep / "a folder with a rather long name, and spaces"
    specs = [
        (root / "護照 passport scan.pdf", b"%PDF passport"),
        (root / "  spaces  around  .jpg", b"JPEG photo"),
        (root / "Ünïcödé — résumé (final).pdf", os.urandom(3 * 1024 * 1024)),
        (deep / "degree certificate.pdf", b"%PDF degree"),
    ]
    for path, data in specs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, ns=(1_700_000_000_123_456_789, 1_700_000_000_123_456_789))
    assert len(str(specs[-1][0])) > 255
    return [p for p, _ in specs]


def _idle(qtbot, view: ChecklistView) -> None:  # type: ignore[no-untyped-def]
    """Until the files are read and every write asked (a detach, a relink) is committed."""
    qtbot.waitUntil(lambda: not view.files.busy() and not view.session.busy(), timeout=20_000)


def _select(view: ChecklistView, member: str, item: str, path: str = "") -> None:
    index = view.model.find(member, item, path)
    assert index.isValid(), (member, item, path)
    view.tree.setCurrentIndex(index)


def test_a_full_session_never_writes_to_an_attached_file(  # type: ignore[no-untyped-def]
    qtbot, view: ChecklistView, repo: Repository, tmp_path: Path, watch: Watch
) -> None:
    root = tmp_path / "My papers"
    files = _awkward_files(root)
    moved_to = tmp_path / "Moved papers"
    moved_to.mkdir()
    before = _fingerprints(files)
    household_id = repo.add_household(_couple())
    watch.folders = (str(root), str(moved_to))
    watch.on = True

    view.show_household(household_id)
    view.controls.pathway.setCurrentIndex(view.controls.pathway.findData("gep"))
    _select(view, "m1", PASSPORT)
    view.attach_files([str(p) for p in files[:3]])
    _idle(qtbot, view)
    _select(view, "m2", SPOUSE_PHOTO)
    view.attach_files([str(files[3])])
    _idle(qtbot, view)
    view.recheck_files()
    _idle(qtbot, view)
    assert len(repo.load(household_id).documents) == 4
    assert watch.opened, "the audit hook saw no read: the watch is not watching"

    watch.on = False  # the user moves a file themselves
    moved = moved_to / files[0].name
    shutil.move(files[0], moved)
    watch.on = True
    view.recheck_files()
    _idle(qtbot, view)
    assert "Files needing attention: 1" in view.status.attention.text()
    _select(view, "m1", PASSPORT, str(files[0]))
    view.choose_new_place = lambda _old: str(moved)
    view.file_actions.relink.trigger()
    _idle(qtbot, view)
    _select(view, "m1", PASSPORT, str(files[1]))
    view.file_actions.open.trigger()
    view.file_actions.folder.trigger()
    view.file_actions.detach.trigger()
    _select(view, "m2", SPOUSE_PHOTO)
    view.detail.note.setPlainText("certified copy needed")
    view.detail.flush()
    view.show_household(None)
    view.show_household(household_id)
    _idle(qtbot, view)
    watch.on = False

    assert watch.seen == []
    after = _fingerprints([moved, *files[1:]])
    assert after == before
    docs = repo.load(household_id).documents
    assert {d.path for d in docs} == {str(moved), str(files[2]), str(files[3])}
    assert all(d == fingerprint(d.member, d.item, d.path) for d in docs)


def _states_in_view(view: ChecklistView) -> dict[str, tuple[str, str]]:
    found = {}
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(view.model.rowCount(parent)):
            index = view.model.index(row, 0, parent)
            stack.append(index)
            node = view.model.node(index)
            if node is not None and node.kind is Kind.FILE:
                status = str(view.model.data(index.siblingAtColumn(Column.STATUS)))
                found[node.path] = (
                    status,
                    str(view.model.data(index, Qt.ItemDataRole.ToolTipRole)),
                )
    return found


def _too_long_path(root: Path) -> str:
    """A path the system refuses as too long: one folder name beyond NAME_MAX (a whole path
    beyond PATH_MAX cannot be stored at all, as profile JSON refuses it)."""
    limit = os.pathconf(root, "PC_NAME_MAX")
    return os.path.join(root, "x" * (limit + 1), "scan.pdf")


def test_every_broken_file_gets_a_clear_status_and_nothing_crashes(  # type: ignore[no-untyped-def]
    qtbot, view: ChecklistView, repo: Repository, tmp_path: Path
) -> None:
    usb = tmp_path / "media" / "USB STICK"
    usb.mkdir(parents=True)
    kept = usb / "photo.jpg"
    kept.write_bytes(b"jpeg")
    photo = fingerprint("m1", DEGREE, kept)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(b"v1")
    refs = (
        dataclasses.replace(photo, path=str(usb / "on the stick.jpg")),
        fingerprint("m1", PASSPORT, changed),
        DocumentRef("m1", PASSPORT, str(tmp_path / "deleted.pdf"), "0" * 64, 1, 1.0),
        DocumentRef("m2", SPOUSE_PHOTO, _too_long_path(tmp_path), "0" * 64, 0, 1.0),
        DocumentRef("m2", SPOUSE_PASSPORT, str(tmp_path), "0" * 64, 1, 1.0),
    )
    changed.write_bytes(b"version 2")
    shutil.rmtree(tmp_path / "media")  # the stick was pulled out
    household_id = repo.add_household(dataclasses.replace(_couple(), documents=refs))
    view.show_household(household_id)
    view.controls.pathway.setCurrentIndex(view.controls.pathway.findData("gep"))
    _idle(qtbot, view)
    states = {path: status for path, (status, _tip) in _states_in_view(view).items()}
    assert states == {
        refs[0].path: "Folder or drive missing",
        refs[1].path: "Changed since attached",
        refs[2].path: "Moved or deleted",
        refs[3].path: "Cannot be read",
        refs[4].path: "Cannot be read",
    }
    tips = {path: tip for path, (_s, tip) in _states_in_view(view).items()}
    assert "too long" in tips[refs[3].path]
    assert "not an ordinary file" in tips[refs[4].path]
    assert "unplugged" in tips[refs[0].path]
    assert "Files needing attention: 5" in view.status.attention.text()
    _select(view, "m2", SPOUSE_PHOTO, refs[3].path)
    view.file_actions.open.trigger()
    view.file_actions.folder.trigger()
    assert "not there" in view.status.message.text()
    view.open_url = lambda _url: False
    _select(view, "m1", PASSPORT, str(changed))
    view.file_actions.open.trigger()
    assert "could not open" in view.status.message.text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permission_denied_reads_as_such_in_the_tab(repo: Repository, tmp_path: Path) -> None:
    """The tab runs in a child process as an ordinary user would: mode 000 really denies."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: root reads any file")
        prefix = [setpriv, f"--inh-caps={_NO_OVERRIDE}", f"--bounding-set={_NO_OVERRIDE}"]
    secret = tmp_path / "bank statement.pdf"
    secret.write_bytes(b"private")
    ref = fingerprint("m1", PASSPORT, secret)
    household_id = repo.add_household(dataclasses.replace(_couple(), documents=(ref,)))
    repo.close()
    before = _fingerprints([secret])
    secret.chmod(0o000)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, str(WORKER), str(repo.data_dir), str(household_id), "gep"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
    finally:
        secret.chmod(0o600)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.strip().splitlines()[-1])
    assert rows == [
        {
            "path": str(secret),
            "status": "Cannot be read",
            "reason": "Permission denied: this account may not read the file.",
        }
    ]
    assert {k: v[:2] for k, v in _fingerprints([secret]).items()} == {
        k: v[:2] for k, v in before.items()
    }


def test_open_passes_a_file_url_for_unicode_paths(view, repo, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "文件 with spaces #1.pdf"
    path.write_bytes(b"x")
    household_id = repo.add_household(
        dataclasses.replace(_couple(), documents=(fingerprint("m1", PASSPORT, path),))
    )
    opened: list[QUrl] = []
    view.open_url = lambda url: opened.append(url) or True
    view.show_household(household_id)
    view.controls.pathway.setCurrentIndex(view.controls.pathway.findData("gep"))
    _idle(qtbot, view)
    _select(view, "m1", PASSPORT, str(path))
    view.file_actions.open.trigger()
    assert [u.toLocalFile() for u in opened] == [str(path)]
    assert opened[0].scheme() == "file"
