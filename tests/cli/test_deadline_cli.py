"""``hkpath deadline KIND --start DATE``: the contract JSON, the text, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hkpath_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["deadline", *argv, "--data-dir", str(tmp_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, tmp_path, "pfa-to-pfa", "--start", "2026-02-03", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert list(result) == ["kind", "deadline", "explanation"]
    assert result["kind"] == "pfa-to-pfa"
    assert result["deadline"] == "2026-02-20"
    assert "Chinese New Year" in result["explanation"]


def test_completion_and_warning_days(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        tmp_path,
        "re-to-pfa",
        "--start=2026-03-02",
        "--completion=2026-03-10",
        "--warning-day=2026-03-24",
        "--warning-day=2026-03-25",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["deadline"] == "2026-03-26"
    assert "unverified" in result["explanation"]


def test_text_shows_the_rule_pack(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, tmp_path, "notify", "--start", "2026-02-13")
    assert code == 0
    assert out.splitlines()[0] == "notify: 2026-02-25 (rule pack 2026.12 (built-in))"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["pfa-to-pfa", "--start", "2026-02-30"], "--start: '2026-02-30' is not a date"),
        (["re-to-pfa", "--start", "2026-03-02", "--completion", "x"], "--completion: 'x'"),
        (["notify", "--start", "2026-03-02", "--warning-day", "soon"], "--warning-day: 'soon'"),
        (["notify", "--start", "2026-03-02", "--completion", "2026-03-03"], "only applies"),
        (["pfa-to-pfa", "--start", "2023-01-01"], "in force"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, tmp_path, *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_unknown_kind_is_refused_by_the_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, tmp_path, "pfa-to-gold", "--start", "2026-03-02")
    assert exit_info.value.code == 2


def test_json_shows_the_earlier_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """§8.2 read two ways: the deadline is the earlier date, the later one only in the words."""
    code, out, _ = run(capsys, tmp_path, "pfa-to-pfa", "--start", "2026-07-11", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["deadline"] == "2026-07-25"
    assert "later last day, Monday 2026-07-27" in result["explanation"]
