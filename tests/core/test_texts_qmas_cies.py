"""QMAS, New CIES and the New CIES portfolio say every sentence in three languages (issue 11).

The modules run over the persona table, extra households that reach the branches the table does
not, and realistic portfolios. Every sentence they make must be a catalogue Text that reads
differently in Chinese, with no English word passed in as a plain value, and every sentence of
messages_qmas.toml and messages_cies.toml must be reached, so a branch never run shows up.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import pytest
from test_pathways_personas import CASES, household_of

from hkpath_desktop.core import outlook
from hkpath_desktop.core.facts import Holding, Household, Portfolio
from hkpath_desktop.core.facts import HoldingKind as K
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.pathways import cies, qmas
from hkpath_desktop.core.pathways.common import Check
from hkpath_desktop.core.pathways.qmas_points_test import general_test
from hkpath_desktop.core.portfolio import assess_portfolio, window_notes
from hkpath_desktop.core.rules import RuleNotInForce, RulePack, load_builtin, parse_pack
from hkpath_desktop.core.texts import Text

RULES = load_builtin()
ZH_HK, ZH_CN = Language.ZH_HK, Language.ZH_CN
OURS = ("qmas.", "qmas_points_test.", "cies.", "portfolio.")
JOINERS = ("sentences", "listing", "clauses")
PLAIN_VALUE = re.compile(r"[A-Z]{2,3}|HK\$[\d,]+|\d+")
"""What may stay as it is in every language: a country code, an amount, a number."""
M = 1_000_000
T = TypeVar("T")


def case(name: str, on: str, **principal: Any) -> dict[str, Any]:
    return {"name": name, "on": on, "principal": principal, "dependants": []}


FAMILY = next(c["dependants"] for c in CASES if c["name"] == "qmas_family_funds_exact")
UNANSWERED = case(
    "everything_open",
    "2026-11-22",
    nationality=None,
    residence={"country": None, "permanent_residence_abroad": None, "hk_status": "none"},
    support_funds_hkd=None,
    languages=None,
    education=None,
    work=None,
    income=None,
    achievement=None,
    business=None,
    net_assets={"hkd": 31 * M, "held_since": None},
)
EXTRA: list[dict[str, Any]] = [
    UNANSWERED,
    {**case("family_without_funds", "2026-11-22", support_funds_hkd=None), "dependants": FAMILY},
    case("no_language", "2026-11-22", languages={"chinese": False, "english": False, "other": []}),
    case("points_table_open", "2024-10-31", languages=None, education=None, work=None),
    case("cies_no_funds", "2026-11-22", support_funds_hkd=0),
    case(
        "taiwan_resident",
        "2026-11-22",
        nationality="CN",
        residence={"country": "TW", "permanent_residence_abroad": [], "hk_status": "none"},
    ),
    case(
        "chinese_pr_unanswered",
        "2026-11-22",
        nationality="CN",
        residence={"country": "US", "permanent_residence_abroad": None, "hk_status": "none"},
    ),
    case("qmas_before_the_top_tier", "2020-06-01"),
]


def fund(kind: K, amount: int | None, acquired: date | None = date(2025, 1, 2)) -> Holding:
    return Holding(kind=kind, market_value_hkd=amount, acquired=acquired)


def estate(kind: K, price: int | None, mortgage: int | None, completion: date | None) -> Holding:
    return Holding(kind, price, price, mortgage, completion)


HOME, OFFICE, NEW, ON = (
    K.RESIDENTIAL_RE,
    K.NON_RESIDENTIAL_RE,
    date(2025, 10, 1),
    date(2026, 11, 22),
)
PORTFOLIOS: list[tuple[str, date, tuple[Holding, ...]]] = [
    (
        "family fixture",
        ON,
        (
            Holding(HOME, 35 * M, 35 * M, 10 * M, NEW, NEW),
            fund(K.EQUITIES, 17 * M, None),
            fund(K.CD, 3 * M, date(2026, 4, 1)),
            fund(K.CIES_IP, 3 * M, None),
        ),
    ),
    (
        "over every cap",
        ON,
        (
            fund(K.CD, 4 * M),
            fund(K.PRIVATE_LPF, 6 * M),
            fund(K.PRIVATE_OFC, 6 * M),
            fund(K.CIES_IP, 5 * M),
            fund(K.EQUITIES, 27 * M - 1),
            estate(OFFICE, 20 * M, 1 * M, NEW),
        ),
    ),
    ("two homes", ON, (estate(HOME, 31 * M, 25 * M, NEW), estate(HOME, 32 * M, 24 * M, NEW))),
    (
        "holdings that cannot count",
        ON,
        (
            fund(K.DEBT, None),
            estate(OFFICE, 12 * M, 0, None),
            estate(OFFICE, 12 * M, None, NEW),
            fund(K.EQUITIES, 5 * M, date(2026, 11, 23)),
            fund(K.CIS, 5 * M, date(2024, 2, 29)),
            Holding(K.SUBORDINATED_DEBT, 2 * M, 2 * M, 1 * M, None, date(2025, 1, 2)),
            fund(K.DEBT, 2 * M, None),
            fund(K.CD, 1 * M, None),
            fund(K.PRIVATE_LPF, 1 * M, None),
            fund(K.PRIVATE_OFC, 1 * M, None),
        ),
    ),
    (
        "homes that do not qualify",
        ON,
        (
            estate(HOME, 40 * M, 0, date(2024, 6, 1)),
            Holding(HOME, 40 * M, None, 0, NEW),
            estate(HOME, 30 * M - 1, 0, NEW),
        ),
    ),
    ("a home before homes counted", date(2024, 8, 1), (estate(HOME, 60 * M, 0, date(2024, 5, 1)),)),
    ("nothing yet", ON, ()),
]


def _pack_without_the_six_month_lookback() -> RulePack:
    """The built-in pack as if the two-year look-back had never been shortened."""
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    texts = {f.name: f.read_text("utf-8") for f in folder.iterdir() if f.name.endswith(".toml")}
    head = "[[net_asset_lookback_months]]\nvalue = 6\n"
    start = texts["cies.toml"].index(head)
    end = texts["cies.toml"].find("\n[[", start + len(head))
    texts["cies.toml"] = texts["cies.toml"][:start] + texts["cies.toml"][end:]
    return parse_pack(texts, origin="test")


def _attempt(run: Callable[[], T]) -> T | None:
    try:
        return run()
    except RuleNotInForce:
        return None


def _checks(household: Household, rules: RulePack, on: date) -> Iterator[tuple[str, Check]]:
    p = household.principal
    runs: list[Callable[[], Check]] = [
        lambda: qmas.self_support(household, rules, on),
        lambda: qmas.language(p, rules, on),
        lambda: qmas.achievement(p, rules, on),
        lambda: general_test(household, rules, on)[0],
        lambda: cies.scope(p, rules, on),
        lambda: cies.net_assets(p, rules, on),
        lambda: cies.self_support(p, rules, on),
    ]
    for run in runs:
        found = _attempt(run)
        if found is not None:
            yield found.criterion.id, found


def _outlook_sentences(household: Household, on: date) -> Iterator[tuple[str, str]]:
    """The outlook's own sentences; those outlook.py adds are checked by its owner's tests."""
    theirs = {
        outlook.extension_window(RULES, on),
        outlook.residence_condition(RULES, on),
        *outlook.party(household, RULES, on).notes,
    }
    for module in (qmas, cies):
        said = module.assess(household, RULES, on).outlook
        for i, value in enumerate((*said.renewal_conditions, *said.risks, said.main_risk)):
            if isinstance(value, Text) or value not in theirs:
                yield f"{module.ID}.outlook[{i}]", value


@cache
def said() -> tuple[tuple[str, str], ...]:
    """Every sentence the three modules make over all the inputs, with where it was made."""
    found: list[tuple[str, str]] = []
    runs = [(household_of(c), date.fromisoformat(c["on"]), c["name"]) for c in CASES + EXTRA]
    for household, on, name in runs:
        for cid, check in _checks(household, RULES, on):
            c = check.criterion
            found += [(f"{name}: {cid}.title", c.title), (f"{name}: {cid}.detail", c.detail)]
            if check.gap:
                found.append((f"{name}: {cid}.gap", check.gap))
        found += [(f"{name}: {where}", value) for where, value in _outlook_sentences(household, on)]
    held = household_of(
        case("held_in_2024", "2025-02-28", net_assets={"hkd": 30 * M, "held_since": "2024-09-01"})
    )
    check = cies.net_assets(
        held.principal, _pack_without_the_six_month_lookback(), date(2025, 2, 28)
    )
    found.append(("two-year look-back only: gap", check.gap))
    for name, on, holdings in PORTFOLIOS:
        for i, issue in enumerate(assess_portfolio(Portfolio(holdings), RULES, on).issues):
            found.append((f"{name}: issue {i}", issue.text))
        lodged = assess_portfolio(Portfolio(holdings), RULES, on, lodged=on).issues
        notes = window_notes(Portfolio(holdings), RULES, on)
        for i, issue in enumerate((*lodged, *notes)):
            found.append((f"{name} (lodged {on}): issue {i}", issue.text))
    return tuple(found)


def _leaks(value: Text, where: str) -> list[str]:
    """English passed into one of our sentences as a plain value, or joined in as it is."""
    if value.key in JOINERS:
        return [leak for part in value.parts for leak in _part_leaks(part, where)]
    if not value.key.startswith(OURS):
        return []  # another module's sentence, checked by its owner's tests
    found: list[str] = []
    for name, arg in value.args.items():
        if isinstance(arg, Text):
            found += _leaks(arg, where)
        elif isinstance(arg, str) and name != "achievement" and not PLAIN_VALUE.fullmatch(arg):
            found.append(f"{where}: {value.key} gets {arg!r} as a plain {name}")
    return found


def _part_leaks(part: str, where: str) -> list[str]:
    """A joined part: a Text is checked in turn; plain English is a leak."""
    if isinstance(part, Text):
        return _leaks(part, where)
    return [] if PLAIN_VALUE.fullmatch(part) else [f"{where}: {part!r} is joined in as it is"]


def _keys(value: Text) -> Iterator[str]:
    yield value.key
    for part in value.parts:
        if isinstance(part, Text):
            yield from _keys(part)
    for arg in value.args.values():
        if isinstance(arg, Text):
            yield from _keys(arg)


def test_every_sentence_is_a_text_said_in_chinese() -> None:
    problems: list[str] = []
    for where, value in said():
        if not isinstance(value, Text) or value.say(ZH_HK) == value:
            problems.append(f"{where}: {value!r} is not translated")
        else:
            problems += _leaks(value, where)
    assert not problems


@pytest.mark.parametrize("catalogue", ["messages_qmas.toml", "messages_cies.toml"])
def test_every_sentence_of_the_catalogue_is_reached(catalogue: str) -> None:
    folder = resources.files("hkpath_desktop.resources").joinpath("translations")
    entries = tomllib.loads(folder.joinpath(catalogue).read_text("utf-8"))
    reached = {key for _, value in said() if isinstance(value, Text) for key in _keys(value)}
    assert sorted(set(entries) - reached) == []


def _one(where: str) -> Text:
    (value,) = [v for w, v in said() if w == where]
    assert isinstance(value, Text)
    return value


def test_the_questionnaire_is_said_in_chinese() -> None:
    detail = _one("qmas_base_four_criteria: qmas.general_points.detail")
    assert detail.startswith("4 of 12 criteria met; the test needs 6. Met: aged ")
    assert detail.say(ZH_HK).startswith("12項準則中符合4項；須符合6項。符合：年齡")
    assert "；良好掌握兩種語言" in detail.say(ZH_HK)
    gap = _one("qmas_base_four_criteria: qmas.general_points.gap")
    assert gap.say(ZH_CN) == "综合计分制：12项准则中须多符合2项。"


def test_the_points_table_is_said_in_chinese() -> None:
    detail = _one("points_table_open: qmas.general_points.detail").say(ZH_HK)
    assert "、學歷0分（最多70分）、" in detail
    assert "（以2024-10-31生效的計分表計算）。未經核實的規則：" in detail


def test_the_net_asset_dates_are_said_in_chinese() -> None:
    gap = _one("cies_one_day_short: cies.net_assets.gap")
    assert gap == "Net assets held since 2026-05-23: the 6-month test is met from 2026-11-23."
    assert gap.say(ZH_HK) == "淨資產自2026-05-23起持有：由2026-11-23起符合6個月的要求。"
    assert _one("cies_stateless_with_pr: cies.scope.detail").say(ZH_CN) == (
        "国籍：无国籍，居住地：英国；在英国拥有永久居留权。还须证明有权重返当地。"
    )


def test_the_portfolio_issues_are_said_in_chinese() -> None:
    issue = _one("holdings that cannot count: issue 0")
    assert issue == "Holding 1 (debt) does not count: its amount is unknown."
    assert issue.say(ZH_HK) == "第1項資產（債務證券）不計算在內：金額未知。"
    over = [v for w, v in said() if w.startswith("over every cap") and "count up to" in v]
    assert isinstance(over[0], Text)
    assert over[0].say(ZH_CN) == "存款证最多计算HK$3,000,000；超出的HK$1,000,000不计算在内。"
