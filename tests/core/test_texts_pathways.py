"""The shared checks, TTPS, ASMTP and GEP say every sentence through the message catalogue.

The engine runs over the persona table and over variants of its base persona that reach the
branches the table does not (an excluded nationality, an honorary degree, a high-paid offer...).
Every title, detail, gap and outlook sentence of these pathways must be a catalogue Text that
reads differently in Chinese, and every entry of messages_pathways.toml must be said at least
once, so a template nobody reaches cannot hide. The rule pack's notes are checked against their
catalogue entries word for word.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_pathways_personas import CASES, household_of

from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import (
    EducationLevel,
    Household,
    Income,
    IncomeKind,
    JobOffer,
    Member,
    Records,
    Residence,
)
from hkpath_desktop.core.i18n import CHINESE, Language
from hkpath_desktop.core.pathways import asmtp, checks, gep, ttps
from hkpath_desktop.core.pathways.common import Evidence, rule_note
from hkpath_desktop.core.rules import RulePack, RuleValue, load_builtin
from hkpath_desktop.core.texts import Text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
RULES = load_builtin()
ON = date(2026, 11, 22)
MINE = ("ttps", "asmtp", "gep")
"""The pathways whose every sentence comes from the modules tested here."""

Variant = Callable[[Member], Member]


def _excluded(m: Member) -> Member:
    return replace(m, nationality=RULES.strs("common.excluded_nationalities_ttps", ON)[0])


def _offer(salary: int | None, **more: str) -> Variant:
    return lambda m: replace(m, job_offer=JobOffer(monthly_salary_hkd=salary, **more))


def _degree(**changes: object) -> Variant:
    def changed(m: Member) -> Member:
        assert m.education
        return replace(m, education=(replace(m.education[0], **changes),))

    return changed


def _living(nationality: str | None, country: str | None, *abroad: str) -> Variant:
    return lambda m: replace(
        m,
        nationality=nationality,
        residence=Residence(country=country, permanent_residence_abroad=abroad),
    )


VARIANTS: dict[str, Variant] = {
    "as is": lambda m: m,
    "nothing answered": lambda m: replace(
        m,
        nationality=None,
        date_of_birth=None,
        education=None,
        work=None,
        income=None,
        job_offer=None,
        records=None,
    ),
    "excluded nationality": _excluded,
    "a record": lambda m: replace(m, records=Records(criminal=True, adverse_immigration=False)),
    "clear records": lambda m: replace(
        m, records=Records(criminal=False, adverse_immigration=False)
    ),
    "aged 17": lambda m: replace(m, date_of_birth=date(2009, 11, 23)),
    "honorary": _degree(honorary=True),
    "list not known": _degree(on_ttps_list=None),
    "not listed": _degree(on_ttps_list=False),
    "sub-degree": _degree(level=EducationLevel.SUB_DEGREE),
    "recent master, no institution": _degree(
        level=EducationLevel.MASTER, institution=None, awarded_on=date(2024, 6, 30)
    ),
    "award date not known": _degree(awarded_on=None),
    "honorary not known": _degree(honorary=None),
    "level not known": _degree(level=None),
    "high income with investment": lambda m: replace(
        m,
        income=(
            Income(year_ending=date(2026, 3, 31), hkd=2_600_000, kind=IncomeKind.BUSINESS),
            Income(year_ending=date(2026, 3, 31), hkd=900_000, kind=IncomeKind.INVESTMENT),
        ),
    ),
    "income amount not known": lambda m: replace(
        m, income=(Income(year_ending=date(2026, 3, 31), hkd=None, kind=IncomeKind.EMPLOYMENT),)
    ),
    "old income only": lambda m: replace(
        m, income=(Income(year_ending=date(2020, 3, 31), hkd=10, kind=IncomeKind.EMPLOYMENT),)
    ),
    "offer without details": _offer(None),
    "offer on high pay": _offer(300_000, employer="Acme HK", post="Engineer"),
    "offer on ordinary pay": _offer(40_000, employer="Acme HK", post="Engineer"),
    "talent list offer": lambda m: replace(_offer(40_000)(m), talent_list=True),
    "mainland resident": _living("CN", "CN"),
    "chinese, home not known": _living("CN", None),
    "chinese abroad with PR": _living("CN", "US", "US", "CA"),
    "chinese abroad without PR": _living("CN", "US"),
    "macao resident": _living("CN", "MO"),
    "nationality only": _living(None, None),
}


BEFORE_EXEMPTION = date(2020, 6, 1)
"""Before the employment schemes published a salary that exempts from local recruitment."""


def _variant_households() -> Iterator[tuple[Household, date]]:
    base = household_of({"name": "variant", "principal": {}, "dependants": []})
    for change in VARIANTS.values():
        yield replace(base, members=(change(base.principal), *base.members[1:])), ON
    yield base, BEFORE_EXEMPTION


def _all_households() -> list[tuple[Household, date]]:
    personas = [(household_of(c), date.fromisoformat(c["on"])) for c in CASES]
    return personas + list(_variant_households())


def _sentences(a: Assessment) -> Iterator[tuple[str, str]]:
    for c in a.criteria:
        yield f"{c.id}.title", c.title
        yield f"{c.id}.detail", c.detail
    for i, gap in enumerate(a.gaps):
        yield f"{a.pathway}.gaps[{i}]", gap
    o = a.outlook
    for name in ("renewal_conditions", "risks"):
        for i, said in enumerate(getattr(o, name)):
            yield f"{a.pathway}.outlook.{name}[{i}]", said
    yield f"{a.pathway}.outlook.main_risk", o.main_risk


def _keys(value: object) -> Iterator[str]:
    if isinstance(value, Text):
        yield value.key
        for arg in value.args.values():
            yield from _keys(arg)
        for part in value.parts:
            yield from _keys(part)


@pytest.fixture(scope="module")
def assessments() -> list[Assessment]:
    return [a for household, on in _all_households() for a in assess_all(household, RULES, on)]


def test_every_sentence_of_these_pathways_is_translated(assessments: list[Assessment]) -> None:
    problems = sorted(
        {
            f"{where}: {said!r}"
            for a in assessments
            if a.pathway in MINE
            for where, said in _sentences(a)
            if said and (not isinstance(said, Text) or said.say(Language.ZH_HK) == said)
        }
    )
    assert not problems[:20]


def test_every_catalogue_entry_of_these_modules_is_said(assessments: list[Assessment]) -> None:
    entries = tomllib.loads((TRANSLATIONS / "messages_pathways.toml").read_text("utf-8"))
    said = {k for a in assessments for _, s in _sentences(a) for k in _keys(s)}
    # words no built-in rule lets the pathways say: every level, and income an imported pack counts
    investment = Income(year_ending=date(2026, 3, 31), hkd=5, kind=IncomeKind.INVESTMENT)
    said |= set(_keys(checks.levels_listed(list(EducationLevel))))
    said |= set(_keys(checks.income((investment,), ON, 12, ("investment",))[2]))
    # every built-in TTPS stay value is official now: an imported pack can still mark one unverified
    doubtful = _pack_with("ttps.extension_months", verified=False)
    base = household_of({"name": "variant", "principal": {}, "dependants": []})
    said |= {k for a in assess_all(base, doubtful, ON) for _, s in _sentences(a) for k in _keys(s)}
    # and can give one neither a note nor a secondary source
    bare = _pack_with("qmas.min_age", verified=False, note="")
    said |= {k for a in assess_all(base, bare, ON) for _, s in _sentences(a) for k in _keys(s)}
    assert set(entries) - said == set()


def test_every_sentence_reached_renders_in_both_chineses(assessments: list[Assessment]) -> None:
    for a in assessments:
        for where, said in _sentences(a):
            for language in CHINESE:
                wording = said.say(language) if isinstance(said, Text) else said
                assert "{" not in wording, (where, language, wording)


def _in(language: Language, value: str) -> str:
    """A sentence the engine must have built as a Text, said in ``language``."""
    assert isinstance(value, Text), value
    return value.say(language)


def _criterion(a: Assessment, cid: str) -> tuple[Text, Text]:
    found = next(c for c in a.criteria if c.id == cid)
    assert isinstance(found.title, Text) and isinstance(found.detail, Text)
    return found.title, found.detail


def _base_principal() -> Member:
    return household_of({"name": "base", "principal": {}, "dependants": []}).principal


def test_ttps_income_is_said_in_chinese_with_the_amounts_kept() -> None:
    p = VARIANTS["high income with investment"](_base_principal())
    check = ttps.income(p, RULES, ON)
    detail = check.criterion.detail
    assert isinstance(detail, Text)
    assert detail == (
        "Income HK$2,600,000 from business (year to 2026-03-31) in the 12 months to 2026-11-22; "
        "Category A needs HK$2,500,000. Personal investment income does not count."
    )
    assert detail.say(Language.ZH_HK) == (
        "截至 2026-11-22 的 12 個月內的收入：業務收入 HK$2,600,000（截至 2026-03-31 的年度）；"
        "A類須達 HK$2,500,000。個人投資收入不計算在內。"
    )
    assert detail.say(Language.ZH_CN).startswith("截至 2026-11-22 的 12 个月内的收入：经营收入")
    assert check.criterion.title.say(Language.ZH_CN) == "高收入（A类）"


def test_age_and_degree_titles_and_details_in_chinese() -> None:
    young = replace(_base_principal(), date_of_birth=date(2009, 11, 23))
    age = checks.min_age("qmas", young, RULES, ON)
    assert age.status is Status.NOT_MET
    assert age.criterion.title.say(Language.ZH_HK) == "年滿 18 歲"
    assert _in(Language.ZH_CN, age.gap) == "主申请人于 2027-11-23 年满 18 岁。"
    degree = checks.degree("gep", _base_principal(), RULES, ON)
    assert degree.criterion.detail == "A bachelor's degree from University of Tokyo."
    assert _in(Language.ZH_HK, degree.criterion.detail) == "University of Tokyo頒授的學士學位。"


def test_employment_and_scope_sentences_in_chinese() -> None:
    offered = VARIANTS["offer on high pay"](_base_principal())
    check = gep.assess(Household("x", (offered,)), RULES, ON)
    _, local = _criterion(check, "gep.local_recruitment")
    assert local == (
        "Pay of HK$3,600,000 a year (12 x monthly salary) is at least HK$2,000,000: "
        "no proof of local recruitment is needed."
    )
    assert local.say(Language.ZH_HK) == (
        "年薪 HK$3,600,000（月薪 × 12）不少於 HK$2,000,000：無須證明曾在本地招聘。"
    )
    mainland = VARIANTS["mainland resident"](_base_principal())
    title, detail = _criterion(asmtp.assess(Household("x", (mainland,)), RULES, ON), "asmtp.scope")
    assert title.say(Language.ZH_CN) == "中国内地居民"
    assert detail.say(Language.ZH_HK) == "國籍：中國，居住地：中國；此計劃只適用於中國內地居民。"


# -- the rule pack's notes -------------------------------------------------------------------


def _builtin_notes() -> Iterator[RuleValue]:
    for values in RULES.rules.values():
        yield from (v for v in values if v.note)


def test_every_builtin_note_has_its_catalogue_entry_word_for_word() -> None:
    missing = [
        (v.rule_id, v.effective_from.isoformat())
        for v in _builtin_notes()
        if not isinstance(rule_note(v), Text)
    ]
    assert missing == []
    assert sum(1 for v in _builtin_notes() if not v.verified) >= 15


def test_every_rule_note_entry_belongs_to_a_builtin_note() -> None:
    """A note changed or removed in the pack leaves no stale translation behind."""
    entries = tomllib.loads((TRANSLATIONS / "messages_rule_notes.toml").read_text("utf-8"))
    said = {_key(rule_note(v)): v.note for v in _builtin_notes()}
    assert {k: e["en"] for k, e in entries.items()} == said


def _key(value: str) -> str:
    assert isinstance(value, Text), value
    return value.key


def _pack_with(rule_id: str, **changes: object) -> RulePack:
    values = tuple(replace(v, **changes) for v in RULES.rules[rule_id])
    return replace(RULES, rules={**RULES.rules, rule_id: values})


def test_an_unverified_rule_is_named_in_every_language() -> None:
    # between the 2023 relaxation and the page's revision the list rests on a news report's date
    on = date(2024, 6, 1)
    nationality = checks.nationality("ttps", _base_principal(), RULES, on)
    detail = nationality.criterion.detail
    note = RULES.get("common.excluded_nationalities_ttps", on).note
    assert not nationality.criterion.verified
    reported = "Reported by Big News Network, not confirmed by an official page."
    assert detail.endswith(f"). Unverified rule: {note} {reported}")
    zh = _in(Language.ZH_HK, detail)
    assert zh.startswith("國籍日本不在排除名單上（名單：阿富汗、古巴、北韓）")
    assert zh.endswith(
        "2024 年 10 月前的高才通網頁版本仍列出全部六國。"
        "此資料由Big News Network報道，未經確認（官方網頁未有載明）。"
    )


def test_the_nationality_list_of_today_is_the_official_one() -> None:
    nationality = checks.nationality("ttps", _base_principal(), RULES, ON)
    assert nationality.criterion.verified
    assert "Unverified" not in nationality.criterion.detail


def test_a_note_the_catalogue_does_not_know_is_said_in_english_as_it_is() -> None:
    rule_id = "common.excluded_nationalities_ttps"
    pack = _pack_with(rule_id, note="Checked by our adviser last week.", verified=False)
    detail = checks.nationality("ttps", _base_principal(), pack, ON).criterion.detail
    assert isinstance(detail, Text)
    assert detail.endswith(" Unverified rule: Checked by our adviser last week.")
    assert detail.say(Language.ZH_HK).endswith("未經核實的規則：Checked by our adviser last week.")


def test_an_unverified_rule_without_a_note_is_said_unconfirmed_never_by_its_id() -> None:
    ev = Evidence(_pack_with("qmas.min_age", verified=False, note=""), ON)
    ev.num("qmas.min_age")
    said = ev.check("x", "t", Status.MET, "Fine.").criterion.detail
    assert said == "Fine. A rule used here is not confirmed by an official page."
    assert _in(Language.ZH_CN, said) == "Fine.这里所用的规则未经官方网页确认。"
    assert "qmas.min_age" not in _in(Language.ZH_HK, said)


def test_a_rule_resting_on_a_secondary_source_names_who_reported_it() -> None:
    ev = Evidence(RULES, ON)
    ev.num("timeline.absence_flag_months")
    said = ev.check("x", "t", Status.MET, "Fine.").criterion.detail
    assert said.endswith(" Reported by Hong Kong Visa Geeza, not confirmed by an official page.")
    assert _in(Language.ZH_HK, said).endswith(
        "此資料由Hong Kong Visa Geeza報道，未經確認（官方網頁未有載明）。"
    )


def test_a_dated_note_uses_its_own_entry() -> None:
    older = RULES.get("cies_portfolio.real_estate_cap_hkd", date(2024, 6, 1))
    newer = RULES.get("cies_portfolio.real_estate_cap_hkd", ON)
    assert older.note != newer.note
    said_older, said_newer = rule_note(older), rule_note(newer)
    assert isinstance(said_older, Text) and isinstance(said_newer, Text)
    assert (said_older, said_newer) == (older.note, newer.note)
    assert said_older.say(Language.ZH_HK) != said_newer.say(Language.ZH_HK)


@pytest.mark.parametrize(
    ("variant", "asked"),
    [
        ("list not known", ["on the TTPS aggregate list"]),
        ("honorary not known", ["honorary"]),
        ("level not known", ["level of each qualification"]),
    ],
)
def test_what_would_change_the_answer_asks_only_what_is_open(
    variant: str, asked: list[str]
) -> None:
    """A degree whose list status alone is open is not asked about being honorary again."""
    p = VARIANTS[variant](_base_principal())
    check = checks.degree("ttps", p, RULES, ON, need_list=True)
    assert check.status is Status.UNKNOWN
    gap = str(check.gap)
    questions = ["on the TTPS aggregate list", "honorary", "level of each qualification"]
    assert [q for q in questions if q in gap] == asked
