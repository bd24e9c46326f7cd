"""The log holds ids and counts, never personal data; the data folder is private."""

from __future__ import annotations

import json
import logging
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from hkpath_desktop.applog import setup_logging, stop_logging
from hkpath_desktop.cli import main
from hkpath_desktop.core.facts import DocumentRef
from hkpath_desktop.store.backups import back_up_now, restore_backup
from hkpath_desktop.store.db import database_path, log_dir
from hkpath_desktop.store.repository import Repository

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _personal_strings(profile: Path) -> set[str]:
    """Every name, date of birth, institution, document path and note text in the profile."""
    document = json.loads(profile.read_text(encoding="utf-8"))
    household = document["household"]
    found = {household["name"]}
    for member in household["members"]:
        found |= {member["given_name"], member["family_name"], member["date_of_birth"]}
        found |= {e["institution"] for e in member.get("education", [])}
    found |= {d["path"] for d in document["documents"]}
    found |= {n["text"] for n in document["notes"]}
    return found


def _session(data: Path, fixtures_dir: Path, tmp_path: Path) -> None:
    """What a user does in a sitting: CLI import, list, export, a bad import; GUI-like edits."""
    family = fixtures_dir / "family.json"
    assert main(["import", str(family), "--data-dir", str(data)]) == 0
    assert main(["list", "--data-dir", str(data)]) == 0
    assert main(["export", "1", "--out", str(tmp_path / "out.json"), "--data-dir", str(data)]) == 0
    assert main(["export", "9", "--out", str(tmp_path / "x.json"), "--data-dir", str(data)]) == 2
    with Repository.open(data) as repo:
        household = repo.load(1)
        principal = household.members[0]
        repo.save_member(1, replace(principal, given_name="Meiling"))
        repo.attach_document(
            1, DocumentRef(member="m1", item="ttps.entry.degree", path="/home/mei/degree.pdf")
        )
        repo.set_note(1, "m2", "ttps.entry.degree", "Ken's degree is in the drawer")
    copy = back_up_now(data)
    restore_backup(data, copy)
    with Repository.open(data) as repo:
        repo.create_household("Wong household")


def _pack_zip(tmp_path: Path) -> Path:
    """The built-in rule pack, zipped as a newer release."""
    path = tmp_path / "pack.zip"
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    with zipfile.ZipFile(path, "w") as archive:
        for entry in folder.iterdir():
            if entry.name.endswith(".toml") and entry.name != "pack.toml":
                archive.writestr(entry.name, entry.read_text(encoding="utf-8"))
        archive.writestr("pack.toml", 'version = "2027.01"\nreleased = 2027-01-15\n')
    return path


def _log_text(data: Path) -> str:
    stop_logging()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(log_dir(data).iterdir()))


def test_the_log_holds_no_personal_data(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _session(data, fixtures_dir, tmp_path)
    capsys.readouterr()
    text = _log_text(data)

    assert "command import: exit 0" in text  # the log is written, or this test proves nothing
    assert "command export: exit 2" in text
    assert "backup taken" in text
    forbidden = _personal_strings(fixtures_dir / "family.json")
    forbidden |= {"Meiling", "/home/mei/degree.pdf", "drawer", "Wong household", str(tmp_path)}
    assert [s for s in sorted(forbidden) if s in text] == []


def test_a_refused_file_is_logged_by_kind_not_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "Mei Chan's files"
    data.mkdir()
    database_path(data).write_bytes(b"Mei Chan 1984-05-02 " * 50)
    assert main(["list", "--data-dir", str(data)]) == 2
    assert "Mei Chan" in capsys.readouterr().err  # the user is told where; the log is not
    text = _log_text(data)
    assert "NotADatabaseError" in text
    assert "Mei" not in text and "1984" not in text


def _modes(paths: list[Path]) -> dict[str, str]:
    return {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths}


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 000, the worst a user's shell can give: nothing the program makes may be shared."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_every_folder_and_file_made_is_private_whatever_the_umask(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _session(data, fixtures_dir, tmp_path)
    assert (
        main(["rules", "import", str(_pack_zip(tmp_path)), "--yes", "--data-dir", str(data)]) == 0
    )
    universities = tmp_path / "list.txt"
    universities.write_text("effective_from = 2026-01-01\nUniversity of Vienna\n")
    assert main(["universities", "import", str(universities), "--data-dir", str(data)]) == 0
    ics = tmp_path / "plan.ics"
    assert main(["timeline", str(fixtures_dir / "family.json"), "--ics", str(ics)]) == 0
    capsys.readouterr()
    stop_logging()
    folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
    files = [p for p in data.rglob("*") if p.is_file()]
    assert {p.name for p in folders} >= {"data", "logs", "backups", "rulepacks", "universities"}
    assert any(p.name.startswith("hkpath.sqlite3.before-restore-") for p in files)
    assert _modes(folders) == {str(p): "0o700" for p in folders}
    assert _modes(files) == {str(p): "0o600" for p in files}
    exported = [tmp_path / "out.json", ics]  # written outside the data folder, private too
    assert _modes(exported) == {str(p): "0o600" for p in exported}


@posix_only
def test_a_backup_is_one_file_with_no_journal_left_beside_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Repository.open(data) as repo:
        repo.create_household("Chan family")
        back_up_now(data)
        back_up_now(data)
    names = sorted(p.name for p in (data / "backups").iterdir())
    assert len(names) == 2
    assert [n for n in names if not n.endswith(".sqlite3")] == []  # no -wal, -shm or .tmp


@posix_only
@pytest.mark.parametrize("mode", [0o1777, 0o755, 0o700])
def test_a_data_folder_the_user_chose_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    data = tmp_path / "shared"
    data.mkdir()
    data.chmod(mode)
    for name in ("first run", "second run"):
        with Repository.open(data) as repo:
            repo.create_household(name)
    stop_logging()
    assert oct(stat.S_IMODE(data.stat().st_mode)) == oct(mode)
    assert oct(stat.S_IMODE(database_path(data).stat().st_mode)) == "0o600"


@posix_only
def test_rotated_log_files_are_private_too(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "data")
    assert path is not None
    handlers = logging.getLogger("hkpath_desktop").handlers
    handler = next(h for h in handlers if isinstance(h, RotatingFileHandler))
    handler.maxBytes = 200
    for n in range(20):
        logging.getLogger("hkpath_desktop.test").info("line %d of the rotation test", n)
    stop_logging()
    files = sorted(path.parent.iterdir())
    assert [p.name for p in files] == ["hkpath.log", "hkpath.log.1", "hkpath.log.2", "hkpath.log.3"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


def test_a_log_that_cannot_be_written_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    assert setup_logging(blocker) is None
    handlers = logging.getLogger("hkpath_desktop").handlers
    assert not [h for h in handlers if isinstance(h, RotatingFileHandler)]
