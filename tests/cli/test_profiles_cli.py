"""``hkpath import / export / list`` against a real data folder."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from hkpath_desktop.cli import main
from hkpath_desktop.store.db import database_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _list(capsys: pytest.CaptureFixture[str], data: Path) -> str:
    code, out, err = _run(capsys, "list", "--data-dir", str(data))
    assert (code, err) == (0, "")
    return out


def test_list_on_a_new_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "new" / "data"
    assert _run(capsys, "--data-dir", str(data), "list") == (0, "", "")
    assert database_path(data).exists()


def test_import_then_export_reproduces_the_profile(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = fixtures_dir / "family.json"
    data = tmp_path / "data"
    code, out, err = _run(capsys, "import", str(source), "--data-dir", str(data))
    assert (code, out, err) == (0, "1\n", "")
    assert _list(capsys, data) == "1\tChan family\t4 members\n"

    target = tmp_path / "out" / "family.json"
    target.parent.mkdir()
    code, out, err = _run(capsys, "--data-dir", str(data), "export", "1", "--out", str(target))
    assert (code, out, err) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
        source.read_text(encoding="utf-8")
    )
    assert os.listdir(target.parent) == ["family.json"]  # no temporary file left behind


def test_export_replaces_an_existing_file(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _run(capsys, "import", str(fixtures_dir / "family.json"), "--data-dir", str(data))
    target = tmp_path / "family.json"
    target.write_text("old content", encoding="utf-8")
    assert _run(capsys, "export", "1", "--out", str(target), "--data-dir", str(data))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["household"]["name"] == "Chan family"


def _broken_profile(fixtures_dir: Path, tmp_path: Path) -> Path:
    document = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    document["household"]["members"][1]["date_of_birth"] = "1983-02-30"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_bad_profile_exits_2_with_one_line_and_stores_nothing(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _run(capsys, "import", str(fixtures_dir / "family.json"), "--data-dir", str(data))
    listed = _list(capsys, data)

    code, out, err = _run(capsys, "import", str(_broken_profile(fixtures_dir, tmp_path)),
                          "--data-dir", str(data))  # fmt: skip
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "household.members[1].date_of_birth" in err
    assert _list(capsys, data) == listed


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe\x00", b"[]", b""], ids=["syntax", "bytes", "list", "empty"]
)
def test_unreadable_profiles_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "data"))
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert _list(capsys, tmp_path / "data") == ""


def test_missing_profile_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, "import", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path)
    )
    assert (code, out, len(err.splitlines())) == (2, "", 1)


@pytest.mark.parametrize("household_id", ["7", "x", "-1"])
def test_export_of_an_unknown_id_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], household_id: str
) -> None:
    target = tmp_path / "out.json"
    code, out, err = _run(
        capsys, "export", household_id, "--out", str(target), "--data-dir", str(tmp_path / "d")
    )
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert household_id in err
    assert not target.exists()


def test_export_into_a_missing_folder_exits_2(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _run(capsys, "import", str(fixtures_dir / "family.json"), "--data-dir", str(data))
    target = tmp_path / "missing" / "out.json"
    code, out, err = _run(capsys, "export", "1", "--out", str(target), "--data-dir", str(data))
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert "does not exist" in err


def test_a_database_from_a_newer_program_exits_2_untouched(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _list(capsys, data)
    with closing(sqlite3.connect(database_path(data))) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    before = database_path(data).read_bytes()
    code, out, err = _run(
        capsys, "import", str(fixtures_dir / "family.json"), "--data-dir", str(data)
    )
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert "newer version" in err
    assert database_path(data).read_bytes() == before


def test_data_dir_defaults_to_the_environment(
    data_dir: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "import", str(fixtures_dir / "family.json")) == (0, "1\n", "")
    assert database_path(data_dir).exists()
