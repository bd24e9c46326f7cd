"""The engine's sentences in three languages: the Text type, the catalogue, and its coverage.

The coverage tests run the engine over the persona table and the family fixture and require
every sentence it says (criterion details and gaps, the outlook, the timeline, the residence
summary) to be a catalogue Text that reads differently in Chinese: a sentence built with an
f-string would stay English on a Chinese screen, and these tests name it.
"""

from __future__ import annotations

import pickle
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.i18n import CHINESE, Language, TranslationDataError
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.core.texts import (
    Text,
    builtin_catalogue,
    clauses,
    listing,
    parse_catalogue,
    say,
    sentences,
    text,
)

ROOT = Path(__file__).resolve().parents[2]
RULES = load_builtin()
DYNAMIC_PREFIXES = ("rule_note.", "source.month.", "locator.")
"""Keys the code builds from data (``text(f"rule_note.{rule_id}")``, a locator's parts) or picks
from a table (the months of a citation's date), checked by their own tests."""

_KEY_USE = re.compile(r"""(?:(?<![.\w])|\btexts\.)text\(\s*f?["']([^"'{]+)""")
"""``text("key")``, or ``texts.text("key")`` where a module has a ``text`` of its own; not a
rule's ``ev.text("rule.id")``."""


def test_a_text_is_its_english_wording_and_says_chinese() -> None:
    said = text("common.not_covered.detail", version="2026.1", on=date(2026, 11, 22), reason="x")
    assert said == "The rule pack 2026.1 has no rule for 2026-11-22 (x)."
    assert isinstance(said, str)
    assert said.say(Language.ZH_HK) == "規則集 2026.1 沒有適用於 2026-11-22 的規則（x）。"
    assert say(said, Language.ZH_CN) == "规则集 2026.1 没有适用于 2026-11-22 的规则（x）。"
    assert say("plain", Language.ZH_HK) == "plain"
    assert pickle.loads(pickle.dumps(said)).say(Language.ZH_CN) == said.say(Language.ZH_CN)


def test_joined_texts_follow_each_language() -> None:
    gap = text("common.not_covered.gap")
    two = sentences(gap, None, "", gap)
    assert two == f"{gap} {gap}"
    assert two.say(Language.ZH_HK) == gap.say(Language.ZH_HK) * 2
    assert listing(["a", "b"]) == "a, b"
    assert listing(["a", "b"]).say(Language.ZH_CN) == "a、b"
    assert clauses("a", "b").say(Language.ZH_HK) == "a；b"
    nested = text("common.not_covered.detail", version="v", on=date(2026, 1, 1), reason=two)
    assert gap.say(Language.ZH_HK) in nested.say(Language.ZH_HK)


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(KeyError, match=r"no\.such\.key"):
        text("no.such.key")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('["k"]\nen = "a"\nzh_HK = "b"\n', "missing zh_CN"),
        ('["k"]\nen = "a {x}"\nzh_HK = "b"\nzh_CN = "c {x}"\n', "zh_HK must use"),
        ('["k"]\nen = "a"\nzh_HK = "b"\nzh_CN = "c"\nfr = "d"\n', "unknown field 'fr'"),
        ('["k"]\nen = "a {0}"\nzh_HK = "b {0}"\nzh_CN = "c {0}"\n', "placeholders are"),
        ('["k"]\nen = "a {"\nzh_HK = "b"\nzh_CN = "c"\n', "k"),
        ('k = "x"\n', "must be a table"),
        ("[k\n", "not valid TOML"),
        ('["sentences"]\nen = "a"\nzh_HK = "b"\nzh_CN = "c"\n', "defined twice"),
    ],
)
def test_a_malformed_catalogue_names_the_problem(content: str, problem: str) -> None:
    with pytest.raises(TranslationDataError, match=re.escape(problem)):
        parse_catalogue([("messages_x.toml", content)])


def test_a_key_in_two_files_is_refused() -> None:
    entry = '["k"]\nen = "a"\nzh_HK = "b"\nzh_CN = "c"\n'
    with pytest.raises(TranslationDataError, match=re.escape("messages_b.toml: k: defined twice")):
        parse_catalogue([("messages_a.toml", entry), ("messages_b.toml", entry)])


def _keys_in_source() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in (ROOT / "hkpath_desktop").rglob("*.py"):
        for key in _KEY_USE.findall(path.read_text("utf-8")):
            found.setdefault(key, str(path.relative_to(ROOT)))
    return found


def test_every_key_the_code_says_is_in_the_catalogue() -> None:
    entries = builtin_catalogue().entries
    missing = {
        key: where
        for key, where in _keys_in_source().items()
        if key not in entries and not key.startswith(DYNAMIC_PREFIXES)
    }
    assert not missing


def test_every_sentence_in_the_catalogue_is_used() -> None:
    used = _keys_in_source()
    unused = [
        key
        for key in builtin_catalogue().entries
        if key not in used and not key.startswith(DYNAMIC_PREFIXES)
    ]
    assert not unused


def test_chinese_sentences_are_not_english_left_in_place() -> None:
    """A Chinese wording with a run of three English words was not translated."""
    english_run = re.compile(r"\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}\b")
    left = {
        (key, str(language)): wording
        for key, texts in builtin_catalogue().entries.items()
        for language in CHINESE
        if english_run.search(re.sub(r"\{[^}]*\}", "", (wording := texts[language])))
    }
    assert not left


# -- coverage: what the engine says is all catalogue sentences ---------------------------------


def _households() -> list[Any]:
    from test_pathways_personas import CASES, household_of

    return [(household_of(case), date.fromisoformat(case["on"])) for case in CASES]


def untranslated(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        if not value or value.isdigit():
            return []
        if not isinstance(value, Text) or value.say(Language.ZH_HK) == value:
            return [f"{where}: {value!r}"]
        return []
    if isinstance(value, tuple | list):
        return [x for i, v in enumerate(value) for x in untranslated(v, f"{where}[{i}]")]
    return []


def test_every_criterion_gap_and_outlook_sentence_is_translated() -> None:
    problems: list[str] = []
    for household, on in _households():
        for a in assess_all(household, RULES, on):
            for c in a.criteria:
                problems += untranslated(c.title, f"{c.id}.title")
                problems += untranslated(c.detail, f"{c.id}.detail")
            problems += untranslated(list(a.gaps), f"{a.pathway}.gaps")
            o = a.outlook
            for name in ("renewal_conditions", "risks", "main_risk", "dependants_allowed"):
                problems += untranslated(getattr(o, name), f"{a.pathway}.outlook.{name}")
            if o.fee_breakdown:
                problems += untranslated(o.fee_breakdown, f"{a.pathway}.outlook.fee_breakdown")
    assert not sorted(set(problems))[:40]
