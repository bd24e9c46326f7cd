"""``hkpath timeline --ics OUT --language``: the calendar in the chosen language, same entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from hkpath_desktop.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"


def run(args: list[str], tmp_path: Path) -> int:
    return main([*args, "--data-dir", str(tmp_path / "data")])


def events(path: Path) -> list[Calendar]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_default_calendar_is_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain, english = tmp_path / "plain.ics", tmp_path / "en.ics"
    assert run(["timeline", str(FIXTURE), "--ics", str(plain)], tmp_path) == 0
    assert run(["timeline", str(FIXTURE), "--ics", str(english), "--language", "en"], tmp_path) == 0
    capsys.readouterr()
    assert plain.read_bytes() == english.read_bytes()
    assert str(events(plain)[0]["summary"]).startswith("Mei Chan: New CIES anniversary")


@pytest.mark.parametrize(
    ("language", "summary", "description"),
    [
        (
            "zh_HK",
            "Mei Chan：新資本投資者入境計劃周年日",
            "新資本投資者入境計劃正式批准第1個周年日",
        ),
        (
            "zh_CN",
            "Mei Chan：新资本投资者入境计划周年日",
            "新资本投资者入境计划正式批准第1个周年日",
        ),
    ],
)
def test_calendar_in_chinese_keeps_the_entries(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    summary: str,
    description: str,
) -> None:
    english, chinese = tmp_path / "en.ics", tmp_path / f"{language}.ics"
    assert run(["timeline", str(FIXTURE), "--ics", str(english)], tmp_path) == 0
    args = ["timeline", str(FIXTURE), "--ics", str(chinese), "--language", language]
    assert run(args, tmp_path) == 0
    said = events(chinese)
    assert capsys.readouterr().out.endswith(f"wrote {len(said)} events to {chinese}\n")
    assert [str(e["uid"]) for e in said] == [str(e["uid"]) for e in events(english)]
    assert str(said[0]["summary"]).startswith(summary)
    assert str(said[0]["description"]).startswith(description)


def test_language_with_json_keeps_the_english_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["timeline", str(FIXTURE), "--json"], tmp_path) == 0
    english = capsys.readouterr().out
    out = tmp_path / "zh.ics"
    args = ["timeline", str(FIXTURE), "--json", "--ics", str(out), "--language", "zh_HK"]
    assert run(args, tmp_path) == 0
    assert capsys.readouterr().out == english
    assert "Limit of stay (recorded)" in json.loads(english)["members"][1]["events"][2]["label"]


def test_language_without_ics_or_unknown_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["timeline", str(FIXTURE), "--language", "zh_HK"], tmp_path) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "--ics" in captured.err
    with pytest.raises(SystemExit) as exited:
        run(
            ["timeline", str(FIXTURE), "--ics", str(tmp_path / "x.ics"), "--language", "fr"],
            tmp_path,
        )
    assert exited.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
