"""Odd text from a file or a terminal (issue 21, point 11): shown safely, read strictly.

A household name is whatever its file says, so it can hold an escape sequence that redraws the
terminal or a line break and a tab that fake a row of ``hkpath list``; a date has one spelling;
a broken character is refused with the field that holds it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hkpath_desktop.cli import main

HOSTILE = "Evil\x1b[2J\r\tfake\nrow\u202e"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _profile(tmp_path: Path, fixtures_dir: Path, name: str, **member: object) -> Path:
    document = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    document["household"]["name"] = name
    document["household"]["members"][0].update(member)
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _printable(text: str, layout: str = "\n") -> bool:
    return all(c.isprintable() or c in layout for c in text)


def test_list_shows_a_hostile_name_escaped_on_its_own_row(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    profile = _profile(tmp_path, fixtures_dir, HOSTILE)
    assert _run(capsys, "import", str(profile), "--data-dir", data)[0] == 0
    code, out, _ = _run(capsys, "list", "--data-dir", data)
    assert code == 0 and _printable(out, layout="\n\t")
    assert out == "1\tEvil\\x1b[2J\\r\\tfake\\nrow\\u202e\t4 members\n"


@pytest.mark.parametrize(
    "command",
    [["checklist", "--pathway", "ttps", "--stage", "entry"], ["plan"], ["timeline"]],
)
def test_text_outputs_escape_a_hostile_member_name(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    profile = _profile(tmp_path, fixtures_dir, "Chan family", given_name=HOSTILE)
    code, out, _ = _run(capsys, command[0], str(profile), *command[1:])
    assert code == 0 and _printable(out)
    assert "Evil\\x1b[2J" in out


def test_an_error_naming_a_hostile_key_stays_on_one_line(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    document["household"]["x\x1b[2J\nfake"] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = _run(capsys, "import", str(path), "--data-dir", str(tmp_path / "data"))
    assert code == 2 and err.count("\n") == 1 and _printable(err)
    assert "x\\x1b[2J\\nfake: unknown field" in err


def test_languages_without_other_are_read(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _profile(tmp_path, fixtures_dir, "Chan", languages={"chinese": True, "english": True})
    data = str(tmp_path / "data")
    assert _run(capsys, "import", str(profile), "--data-dir", data)[0] == 0
    out = tmp_path / "out.json"
    assert _run(capsys, "export", "1", "--out", str(out), "--data-dir", data)[0] == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["household"]["members"][0]
    assert (exported["languages"]["chinese"], exported["languages"]["english"]) == (True, True)
    assert exported["languages"].get("other") is None


@pytest.mark.parametrize("spelling", ["2020-W01-1", "20200101", "2020-001", "２０２０-０１-０１"])
def test_a_date_has_one_spelling_in_a_profile(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    profile = _profile(tmp_path, fixtures_dir, "Chan", date_of_birth=spelling)
    code, out, err = _run(capsys, "assess", str(profile))
    assert (code, out) == (2, "")
    assert "household.members[0].date_of_birth: not a date (YYYY-MM-DD)" in err


@pytest.mark.parametrize("spelling", ["2020-W01-1", "20200101"])
def test_a_date_has_one_spelling_on_the_command_line(
    fixtures_dir: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    code, _, err = _run(capsys, "assess", str(fixtures_dir / "family.json"), "--on", spelling)
    assert code == 2 and f"--on: {spelling!r} is not a date (YYYY-MM-DD)" in err


def test_a_broken_character_is_refused_with_its_field_named(
    tmp_path: Path, fixtures_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (fixtures_dir / "family.json").read_text(encoding="utf-8")
    path = tmp_path / "broken.json"
    path.write_text(text.replace('"Mei"', '"Mei\\ud800"', 1), encoding="utf-8")
    data = tmp_path / "data"
    code, _, err = _run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 2 and err.count("\n") == 1
    assert "household.members[0].given_name: contains a broken character" in err
    assert "U+D800" in err
