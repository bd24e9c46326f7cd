"""``hkpath rules show|import|restore`` and ``hkpath universities import`` on a real data dir."""

from __future__ import annotations

import json
import zipfile
from importlib import resources
from pathlib import Path

import pytest

from hkpath_desktop.cli import main
from hkpath_desktop.core.rules import load_builtin


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def pack_zip(tmp_path: Path, version: str, released: str) -> Path:
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    path = tmp_path / f"{version}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for entry in folder.iterdir():
            if entry.name.endswith(".toml") and entry.name != "pack.toml":
                archive.writestr(entry.name, entry.read_text(encoding="utf-8"))
        archive.writestr("pack.toml", f'version = "{version}"\nreleased = {released}\n')
    return path


def test_show_import_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, _ = run(capsys, data, "rules", "show", "--json")
    shown = json.loads(out)
    builtin = load_builtin()
    assert code == 0
    assert (shown["version"], shown["origin"], shown["rules"]) == (
        builtin.version,
        "built-in",
        len(builtin.rules),
    )
    assert shown["namespaces"]["workdays"] == 5 and shown["problem"] is None

    code, out, _ = run(
        capsys, data, "rules", "import", str(pack_zip(tmp_path, "2027.01", "2027-01-15")), "--yes"
    )
    assert code == 0
    assert (
        out.splitlines()[-1]
        == "Now using rule pack 2027.01 (imported, unsigned, from 2027.01.zip), released 2027-01-15"
    )
    code, out, _ = run(capsys, data, "rules", "show")
    assert (
        out.splitlines()[0]
        == "Rule pack 2027.01 (imported, unsigned, from 2027.01.zip), released 2027-01-15"
    )
    code, out, _ = run(capsys, data, "deadline", "notify", "--start", "2026-02-13")
    assert "rule pack 2027.01 (imported, unsigned, from 2027.01.zip)" in out

    code, out, _ = run(capsys, data, "rules", "restore")
    assert code == 0 and f"{builtin.version} (built-in)" in out


def test_an_older_pack_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        tmp_path,
        "rules",
        "import",
        str(pack_zip(tmp_path, "2025.01", "2025-01-01")),
        "--yes",
    )
    assert code == 0 and "older than the built-in" in out


def test_a_bad_pack_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "p.zip"
    bogus.write_text("nope")
    code, out, err = run(capsys, tmp_path / "data", "rules", "import", str(bogus))
    assert (code, out) == (2, "")
    assert err.startswith("hkpath rules: p.zip: not a readable .zip") and err.count("\n") == 1


def test_universities_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "list.txt"
    good.write_text("effective_from = 2026-01-01\nAdelaide University\nUniversity of Vienna\n")
    code, out, _ = run(capsys, tmp_path / "data", "universities", "import", str(good))
    assert (code, out) == (0, "Imported 2 institutions, in force from 2026-01-01\n")
    bad = tmp_path / "bad.txt"
    bad.write_text("Adelaide University\n")
    code, out, err = run(capsys, tmp_path / "data", "universities", "import", str(bad))
    assert (code, out) == (2, "") and "effective_from" in err


def test_universities_check_by_name_and_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    code, _, err = run(capsys, data, "universities", "check", "University of Vienna")
    assert code == 2 and "no imported list" in err
    listed = tmp_path / "list.txt"
    listed.write_text("effective_from = 2026-01-01\nAdelaide University\nUniversity of Vienna\n")
    run(capsys, data, "universities", "import", str(listed))
    code, out, _ = run(
        capsys, data, "universities", "check", "  university of VIENNA ", "--on", "2026-01-01"
    )
    assert code == 0 and "is on the imported TTPS list in force on 2026-01-01" in out
    code, out, _ = run(capsys, data, "universities", "check", "Mars Tech", "--on", "2026-06-01")
    assert code == 0 and "is not on" in out
    code, _, err = run(
        capsys, data, "universities", "check", "University of Vienna", "--on", "2025-12-31"
    )
    assert code == 2 and "2025-12-31" in err
