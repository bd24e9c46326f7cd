"""The CLI on a bad database file: exit 2, one plain line, and the file left byte-identical."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from safety_cases import BAD_FILES, good_database, run_hkpath, sha256

from hkpath_desktop.cli import main, profiles
from hkpath_desktop.store.db import database_path
from hkpath_desktop.store.repository import Repository

WORDS = {
    "corrupt": "is damaged",
    "truncated": "is damaged",
    "not-sqlite": "is not an HKPath Desktop database",
    "newer-schema": "saved by a newer version",
}
COMMANDS = {
    "list": ["list"],
    "import": ["import", "{family}"],
    "export": ["export", "1", "--out", "{out}"],
}


def _argv(command: str, fixtures_dir: Path, tmp_path: Path, data: Path) -> list[str]:
    values = {"family": str(fixtures_dir / "family.json"), "out": str(tmp_path / "out.json")}
    return [a.format(**values) for a in COMMANDS[command]] + ["--data-dir", str(data)]


def _database_files(data: Path) -> list[str]:
    """The database's files, except the empty ``-wal`` and the ``-shm`` a read may create."""
    path = database_path(data)
    wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
    return sorted(
        p.name
        for p in data.iterdir()
        if p.name.startswith("hkpath.sqlite3")
        and p != shm
        and not (p == wal and p.stat().st_size == 0)
    )


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_exits_2_with_one_plain_line_and_is_untouched(
    case: str,
    command: str,
    tmp_path: Path,
    fixtures_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    BAD_FILES[case][0](data)
    path = database_path(data)
    before = sha256(path)

    code = main(_argv(command, fixtures_dir, tmp_path, data))

    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"hkpath {command}: ")
    assert WORDS[case] in err
    assert "Traceback" not in err
    assert sha256(path) == before
    assert _database_files(data) == ["hkpath.sqlite3"]
    assert not (tmp_path / "out.json").exists()


def test_main_itself_turns_a_database_error_into_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command that lets ``DatabaseError`` through still exits 2 with one line."""
    data = tmp_path / "data"
    BAD_FILES["corrupt"][0](data)
    monkeypatch.setattr(profiles, "_open", lambda args, **_: Repository.open(args.data_dir))
    code = main(["list", "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert err.startswith("hkpath list: ") and "is damaged" in err


def test_zero_byte_file_is_a_new_empty_database(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Zero bytes hold nothing to lose: the program fills the file in, as for a new one."""
    data = tmp_path / "data"
    data.mkdir()
    database_path(data).touch()
    assert main(["list", "--data-dir", str(data)]) == 0
    assert main(["import", str(fixtures_dir / "family.json"), "--data-dir", str(data)]) == 0
    assert capsys.readouterr() == ("1\n", "")
    assert database_path(data).stat().st_size > 0


_NO_OVERRIDE = "-dac_override,-dac_read_search,-fowner"


def _without_write_override(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``hkpath`` the way an ordinary user would: as root, without root's override.

    Root may write any file; ``setpriv`` drops the capabilities that allow it, so the
    permission bits decide, for real.
    """
    prefix = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot drop the write override")
        prefix = [setpriv, f"--inh-caps={_NO_OVERRIDE}", f"--bounding-set={_NO_OVERRIDE}"]
    return run_hkpath(*argv, prefix=prefix)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("where", ["file", "folder"])
def test_read_only_database_refuses_a_write_and_still_lists(
    tmp_path: Path, fixtures_dir: Path, where: str
) -> None:
    """An import is refused in one line; ``list`` only reads, so it works (issue 21, point 2)."""
    data = tmp_path / "data"
    path = good_database(data, households=3)
    if where == "file":
        path.chmod(0o444)
    else:
        data.chmod(0o500)
    before = sha256(path)

    imported = _without_write_override(
        ["import", str(fixtures_dir / "family.json"), "--data-dir", str(data)]
    )
    listed = _without_write_override(["list", "--data-dir", str(data)])

    data.chmod(0o700)
    assert (imported.returncode, imported.stdout) == (2, ""), imported.stderr
    assert len(imported.stderr.splitlines()) == 1, imported.stderr
    assert imported.stderr.startswith("hkpath import: ")
    assert "cannot be written to" in imported.stderr
    assert (listed.returncode, listed.stderr) == (0, ""), listed.stderr
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == [
        f"Household {n}" for n in range(3)
    ]
    assert sha256(path) == before
    assert _database_files(data) == ["hkpath.sqlite3"]
