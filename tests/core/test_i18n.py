"""The engine's words in English, Hong Kong Chinese and Simplified Chinese: complete, loadable."""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from pathlib import Path

import pytest

from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.checklist_conditions import CONDITIONS
from hkpath_desktop.core.checklist_data import (
    UNVERIFIED_MARKS_ZH,
    ChecklistDataError,
    Party,
    parse_catalogue,
)
from hkpath_desktop.core.checklists import (
    ItemStatus,
    build_checklist,
    builtin_catalogue,
    pathway_ids,
    stages_for,
)
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import PATHWAY_IDS, Household
from hkpath_desktop.core.i18n import (
    CHINESE,
    Language,
    TranslationDataError,
    builtin_texts,
    parse_texts,
    pick,
)
from hkpath_desktop.core.profile_io import load_profile_file, parse_profile
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.core.sources import builtin_sources
from hkpath_desktop.core.texts import say

ON = date(2026, 11, 22)
HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters that exist only in one of the two scripts: a slip between them shows up here.
ONLY_TRADITIONAL = set("這個們國會與說時對發還來過經應當區業")
ONLY_SIMPLIFIED = set("这个们国会与说时对发还来过经应当区业")


def _households(fixtures_dir: Path) -> list[Household]:
    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "family.json"
    return [load_profile_file(fixtures_dir / "family.json"), load_profile_file(demo)]


def _script_is_right(text: str, language: Language) -> bool:
    wrong = ONLY_SIMPLIFIED if language is Language.ZH_HK else ONLY_TRADITIONAL
    return bool(HAN.search(text)) and not (set(text) & wrong)


def test_languages_are_english_and_two_chinese() -> None:
    assert [str(x) for x in Language] == ["en", "zh_HK", "zh_CN"]
    assert pick({Language.ZH_HK: "是"}, Language.ZH_HK, "Yes") == "是"
    assert pick({Language.ZH_HK: "是"}, Language.ZH_CN, "Yes") == "Yes"
    assert pick({Language.ZH_HK: "是"}, Language.EN, "Yes") == "Yes"


def test_every_pathway_has_its_chinese_name_with_a_citation() -> None:
    texts = builtin_texts()
    for pathway in PATHWAY_IDS:
        entry = texts.pathways[pathway]
        # No Chinese page is in the stored reference: the names are cited, not verified.
        assert entry.verified is False
        assert "immd.gov.hk/" in entry.source
        for language in CHINESE:
            name = texts.pathway_name(pathway, "English name", language)
            assert _script_is_right(name, language), name
        assert texts.pathway_name(pathway, "English name", Language.EN) == "English name"
    assert texts.pathway_name("ttps", "", Language.ZH_HK) == "高端人才通行證計劃"
    assert texts.pathway_name("ttps", "", Language.ZH_CN) == "高端人才通行证计划"


@pytest.mark.parametrize(
    ("group", "values"),
    [
        ("status", [str(s) for s in Status]),
        ("verdict", [str(v) for v in Verdict]),
        ("item_status", [str(s) for s in ItemStatus]),
        ("party", [str(p) for p in Party]),
        ("stage", sorted({s for p in pathway_ids() for s in stages_for(p)})),
    ],
)
def test_every_coded_value_has_a_word(group: str, values: list[str]) -> None:
    texts = builtin_texts()
    for value in values:
        assert texts.word(group, value, Language.EN) == value
        for language in CHINESE:
            assert _script_is_right(texts.word(group, value, language), language), value


def test_every_checklist_condition_explains_itself_in_chinese() -> None:
    texts = builtin_texts()
    for name, condition in CONDITIONS.items():
        for language in CHINESE:
            said = texts.condition(name, condition.if_unknown, language)
            assert _script_is_right(said, language), name


def test_every_criterion_title_the_engine_gives_is_translated(fixtures_dir: Path) -> None:
    """A pathway that gains a criterion title fails here until the catalogue has it."""
    rules = load_builtin()
    titles = {
        c.title
        for household in _households(fixtures_dir)
        for a in assess_all(household, rules, ON)
        for c in a.criteria
    }
    assert len(titles) > 10
    for title in titles:
        for language in CHINESE:
            said = say(title, language)
            assert said != title and _script_is_right(said, language), title
            assert re.findall(r"\d[\d,]*", said) == re.findall(r"\d[\d,]*", title)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[condition.child]\nzh_HK = "只有子女需要。"\n', "missing zh_CN"),
        ('[[criterion]]\nen = "Aged {} or over"\n', "unknown key 'criterion'"),
        ('[pathway.ttps]\nzh_HK = "甲"\nzh_CN = "甲"\n', "source"),
        ('[condition.child]\nzh_HK = "甲"\nzh_CN = "甲"\nfr = "x"\n', "unknown key 'fr'"),
        ("colour = 1\n", "unknown key 'colour'"),
        ("[condition\n", "not valid TOML"),
    ],
)
def test_a_bad_translation_file_is_refused(text: str, message: str) -> None:
    with pytest.raises(TranslationDataError, match=re.escape(message)):
        parse_texts(text)


def test_every_checklist_item_reads_in_all_three_languages() -> None:
    count = 0
    for spec in builtin_catalogue().pathways.values():
        for item in spec.items:
            count += 1
            english = item.text(Language.EN)
            assert english.title == item.title and english.why == item.why
            for language in CHINESE:
                assert language in item.translations, (item.id, language)
                text = item.text(language)
                for part in (text.title, text.why):
                    assert _script_is_right(part, language), (item.id, part)
                assert (text.waived_reason is None) == (item.waived_reason is None), item.id
                if not item.verified and item.citation.source.official:
                    # a secondary source's item is told so when the list is made
                    assert UNVERIFIED_MARKS_ZH[language] in text.why, item.id
    assert count > 100


PUBLISHERS = sorted((s.publisher for s in builtin_sources().by_id.values()), key=len, reverse=True)


def test_checklist_in_chinese_has_the_same_items_and_statuses(fixtures_dir: Path) -> None:
    household = _households(fixtures_dir)[0]
    for pathway in pathway_ids():
        for stage in stages_for(pathway):
            english = build_checklist(household, pathway, stage, category="A")
            for language in CHINESE:
                chinese = build_checklist(
                    household, pathway, stage, category="A", language=language
                )
                assert [(i.id, i.member, i.status) for i in chinese.items] == [
                    (i.id, i.member, i.status) for i in english.items
                ]
                # the same document, the words around its name in Chinese
                for zh, en in zip(chinese.items, english.items, strict=True):
                    assert zh.source.split(" — ")[-1] == en.source.split(" — ")[-1]
                    assert zh.source != en.source
                for item in chinese.items:
                    # a secondary source's publisher is named as it names itself
                    why = functools.reduce(
                        lambda w, name: w.replace(name, ""), PUBLISHERS, item.why
                    )
                    assert _script_is_right(item.title + why, language), item.id
                    assert not re.search(r"[A-Za-z]{4,} [A-Za-z]{4,}", why), item.why


def test_when_the_facts_cannot_tell_the_reason_is_in_chinese_too(fixtures_dir: Path) -> None:
    doc = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    for member in doc["household"]["members"]:
        member["nationality"] = None
    household = parse_profile(json.dumps(doc))
    texts = builtin_texts()
    found = 0
    for pathway in pathway_ids():
        english = build_checklist(household, pathway, "entry")
        chinese = build_checklist(household, pathway, "entry", language=Language.ZH_HK)
        for en, zh in zip(english.items, chinese.items, strict=True):
            for name, condition in CONDITIONS.items():
                if en.why.endswith(condition.if_unknown):
                    found += 1
                    said = texts.condition(name, "", Language.ZH_HK)
                    assert zh.why.endswith(said), (en.id, zh.why)
    assert found > 0


def _item_toml(**extra: str) -> str:
    lines = [
        'pathway = "demo"',
        'title = "Demo"',
        'stages = ["entry", "extension", "pr"]',
        "[[item]]",
        'id = "demo.entry.photo"',
        'who = ["principal"]',
        'title = "Photo"',
        'why = "Not confirmed: a photo."',
        'source = "immd-ttps"',
        'locator = "supporting documents"',
        "verified = false",
    ]
    lines += [f'{key} = "{value}"' for key, value in extra.items()]
    return "\n".join(lines) + "\n"


def test_chinese_keys_are_checked_like_the_english_ones() -> None:
    good = {
        "title_zh_hk": "相片",
        "why_zh_hk": "未經確認：相片。",
    }
    spec = parse_catalogue({"demo.toml": _item_toml(**good)}).pathway("demo").items[0]
    assert spec.text(Language.ZH_HK).title == "相片"
    assert spec.text(Language.ZH_CN).title == "Photo"  # not given: English, not a gap
    with pytest.raises(ChecklistDataError, match="未經確認"):
        parse_catalogue({"demo.toml": _item_toml(title_zh_hk="相片", why_zh_hk="相片。")})
    with pytest.raises(ChecklistDataError, match="why_zh_cn must be non-empty"):
        parse_catalogue({"demo.toml": _item_toml(title_zh_cn="相片")})
    with pytest.raises(ChecklistDataError, match="without waived_reason"):
        parse_catalogue({"demo.toml": _item_toml(**good, waived_reason_zh_hk="不需要")})
    with pytest.raises(ChecklistDataError, match="unknown key 'title_zh_tw'"):
        parse_catalogue({"demo.toml": _item_toml(title_zh_tw="相片")})
