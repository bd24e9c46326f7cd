"""``hkpath cies FILE``: the contract JSON, the readable report and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hkpath_desktop.cli import main

M = 1_000_000


def profile(
    tmp_path: Path, holdings: list[dict[str, object]] | None, as_of: str = "2026-11-22"
) -> Path:
    document: dict[str, object] = {
        "format": "hkpath.profile",
        "version": 1,
        "as_of": as_of,
        "household": {
            "name": "Test",
            "members": [
                {
                    "id": "m1",
                    "role": "principal",
                    "given_name": "A",
                    "family_name": "B",
                    "date_of_birth": "1980-01-01",
                    "nationality": "JP",
                    "residence": {
                        "country": "JP",
                        "permanent_residence_abroad": [],
                        "hk_status": "none",
                    },
                }
            ],
        },
    }
    if holdings is not None:
        document["cies_portfolio"] = {"holdings": holdings}
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


EXAMPLE_1 = [
    {
        "kind": "non_residential_re",
        "market_value_hkd": 18 * M,
        "price_hkd": 18 * M,
        "mortgage_hkd": 2 * M,
        "completion": "2025-10-01",
    },
    {"kind": "equities", "market_value_hkd": 12 * M, "acquired": "2025-10-02"},
    {"kind": "cies_ip", "market_value_hkd": 3 * M, "acquired": "2025-12-01"},
]


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, tmp_path, "cies", str(profile(tmp_path, EXAMPLE_1)), "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert list(result) == [
        "counted_hkd",
        "by_kind",
        "surplus_equity_hkd",
        "shortfall_hkd",
        "issues",
    ]
    assert result["counted_hkd"] == 30 * M
    assert result["by_kind"] == {"non_residential_re": 15 * M, "equities": 12 * M, "cies_ip": 3 * M}
    assert (result["surplus_equity_hkd"], result["shortfall_hkd"]) == (1 * M, 0)
    assert all(isinstance(i, str) and "[" in i for i in result["issues"])


def test_on_decides_what_is_already_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = profile(tmp_path, EXAMPLE_1)
    code, out, _ = run(capsys, tmp_path, "cies", str(path), "--json", "--on", "2025-11-30")
    assert code == 0
    assert json.loads(out)["shortfall_hkd"] == 3 * M  # the CIES IP is placed on 1 Dec


def test_readable_report_shows_the_rule_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, tmp_path, "cies", str(profile(tmp_path, EXAMPLE_1)))
    assert code == 0
    assert "rule pack 2026.12 (built-in)" in out
    assert "HK$30,000,000" in out
    assert "Surplus Equity:            HK$1,000,000" in out


@pytest.mark.parametrize(
    ("holdings", "extra", "message"),
    [
        (None, [], "cies_portfolio: the profile has no New CIES portfolio"),
        ([{"kind": "gold", "market_value_hkd": 1}], [], "cies_portfolio.holdings[0].kind"),
        (EXAMPLE_1, ["--on", "22/11/2026"], "--on: '22/11/2026' is not a date"),
        (EXAMPLE_1, ["--on", "2020-01-01"], "--on 2020-01-01"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    holdings: list[dict[str, object]] | None,
    extra: list[str],
    message: str,
) -> None:
    code, out, err = run(capsys, tmp_path, "cies", str(profile(tmp_path, holdings)), *extra)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path, "cies", str(tmp_path / "nope.json"))
    assert code == 2 and "cannot read" in err


# Scheme Rules §2.1(d)(i)-(ii): the investment is made within the period beginning on the 180th
# day before the Net Asset Assessment is applied for; an earlier one does not count
def test_lodged_applies_the_investment_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = profile(tmp_path, EXAMPLE_1)
    for lodged, counted in (("2026-03-30", 30 * M), ("2026-03-31", 15 * M)):
        code, out, _ = run(capsys, tmp_path, "cies", str(path), "--json", "--lodged", lodged)
        assert code == 0
        assert json.loads(out)["counted_hkd"] == counted, lodged
    issues = "\n".join(json.loads(out)["issues"])
    assert "applied for within 180 days after that, by 2026-03-30" in issues


def test_without_lodged_an_applicant_is_told_the_last_day_to_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, tmp_path, "cies", str(profile(tmp_path, EXAMPLE_1)), "--json")
    assert code == 0
    issues = "\n".join(json.loads(out)["issues"])
    assert "made on 2025-10-01: it counts only if the Net Asset Assessment is applied for by " in (
        issues
    )
    assert "2026-03-30" in issues and "§2.1(d)" in issues
