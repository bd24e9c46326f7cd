"""Every reason a profile is refused is a catalogue sentence, said in Chinese without English.

The bad profiles are the ones the other tests already throw at the reader: the named bad
fields and malformed texts of ``test_profile_io``, the hostile specimens and the corrupted
fields of ``tests/safety/test_hostile_import``. Only the file's own values (a quoted id, the
allowed codes, the file name) and the codes a user types into the file may stay in Latin
letters.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import test_profile_io as io_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.i18n import CHINESE, Language
from hkpath_desktop.core.profile_io import ProfileError, load_profile_file, parse_profile
from hkpath_desktop.core.texts import Text, builtin_catalogue, say

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
SAFETY = Path(__file__).resolve().parents[1] / "safety"
CODES = re.compile(
    r"ISO 3166-1|SHA-256|UTF-8|YYYY-MM-DD|pt-BR|\\uXXXX|\b(?:JSON|NUL|true|false|null|JP|CN|ja|fr"
    r"|principal)\b"
)
"""Words of the file format itself, the same in every language."""
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _hostile_import() -> ModuleType:
    """The safety suite's module (its folder is on the path only when pytest collects it)."""
    sys.path.insert(0, str(SAFETY))
    try:
        return importlib.import_module("test_hostile_import")
    finally:
        sys.path.remove(str(SAFETY))


HOSTILE = _hostile_import()
BAD_FIELDS = io_cases.test_each_bad_field_is_named.pytestmark[0].args[1]
MALFORMED = [d for d, _ in io_cases.test_malformed_text_is_refused_plainly.pytestmark[0].args[1]]
BROKEN_JSON = ["", "{", '{"a"', '{"a":1', '{"a":1 2', '"ab', '"a\x01"', '"\\q"', '"\\u12"', "1 2"]


def _plain_values(problem: str) -> Iterator[str]:
    """The values inside a Text that are said as they are (the file's own, never English)."""
    if isinstance(problem, Text):
        for value in (*problem.args.values(), *problem.parts):
            if isinstance(value, Text):
                yield from _plain_values(value)
            elif isinstance(value, str):
                yield value


def _refusal(data: str | bytes) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        parse_profile(data)
    return info.value


def _check_said(error: ProfileError) -> None:
    """The problem is a Text, each Chinese differs from English and from the other Chinese."""
    problem = error.problem
    assert isinstance(problem, Text), problem
    assert str(error) == f"{error.path}: {problem}"
    said = {language: say(problem, language) for language in CHINESE}
    assert said[Language.ZH_HK] != said[Language.ZH_CN], said
    for language, wording in said.items():
        assert wording != str(problem)
        for value in sorted(_plain_values(problem), key=len, reverse=True):
            wording = wording.replace(value, "")
        left = LATIN_WORD.findall(CODES.sub("", wording))
        assert not left, (str(language), said[language], left)


@pytest.mark.parametrize(("mutate", "path", "_words"), BAD_FIELDS)
def test_each_bad_field_is_explained_in_chinese(mutate: Any, path: str, _words: str) -> None:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    mutate(document)
    error = _refusal(json.dumps(document))
    assert error.path == path
    _check_said(error)


@pytest.mark.parametrize("data", [*MALFORMED, *BROKEN_JSON], ids=repr)
def test_malformed_text_is_explained_in_chinese(data: str | bytes) -> None:
    _check_said(_refusal(data))


@pytest.mark.parametrize("name", sorted(HOSTILE.SPECIMENS))
def test_each_hostile_specimen_is_explained_in_chinese(name: str) -> None:
    _check_said(_refusal(HOSTILE.SPECIMENS[name]))


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_corrupted_field_is_explained_in_chinese(data: st.DataObject) -> None:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    hostile = copy.deepcopy(document)
    path = data.draw(st.sampled_from(HOSTILE._leaves(hostile)))
    node = hostile
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = data.draw(HOSTILE._JUNK)
    try:
        parse_profile(json.dumps(hostile))
    except ProfileError as error:
        _check_said(error)


def test_unreadable_and_oversized_files_are_explained_in_chinese(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.truncate(20 * 1024 * 1024 + 1)
    for path in (big, tmp_path / "missing.json", tmp_path):
        with pytest.raises(ProfileError) as info:
            load_profile_file(path)
        _check_said(info.value)
    assert say(info.value.problem, Language.ZH_HK).endswith("：這是資料夾，不是檔案")


def test_every_profile_sentence_is_chinese_in_both_scripts() -> None:
    """Also the ones no specimen reaches (an OS refusal a test cannot provoke as root)."""
    entries = {k: v for k, v in builtin_catalogue().entries.items() if k.startswith("profile.")}
    assert len(entries) > 40
    for key, wording in entries.items():
        hk, cn = wording[Language.ZH_HK], wording[Language.ZH_CN]
        assert hk != cn, key
        for chinese in (hk, cn):
            assert not LATIN_WORD.findall(CODES.sub("", re.sub(r"\{\w+\}", "", chinese))), key


def _problem(mutate: Any) -> ProfileError:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    mutate(document)
    return _refusal(json.dumps(document))


def test_exact_renderings() -> None:
    version = _problem(lambda d: d.update(version=2)).problem
    assert str(version) == "must be 1 (this program reads version 1)"
    assert say(version, Language.ZH_HK) == "必須是 1（本程式讀取第 1 版）"
    assert say(version, Language.ZH_CN) == "必须是 1（本程序读取第 1 版）"

    stranger = _problem(lambda d: d["trips"][0].update(member="m9")).problem
    assert str(stranger) == "unknown member id 'm9'"
    assert say(stranger, Language.ZH_HK) == "沒有編號為 'm9' 的成員"

    huge = _problem(lambda d: d["household"]["members"][0]["net_assets"].update(hkd=10**20))
    assert str(huge) == "household.members[0].net_assets.hkd: is larger than 10,000,000,000,000"
    assert say(huge.problem, Language.ZH_CN) == "大于 10,000,000,000,000"

    broken = _refusal("{").problem
    assert str(broken) == (
        "not valid JSON (line 1, column 2: Expecting property name enclosed in double quotes)"
    )
    assert say(broken, Language.ZH_HK) == (
        "不是有效的 JSON（第 1 行第 2 個字元：這裏應該有用雙引號括住的欄位名稱）"
    )

    birthday = _problem(lambda d: d["household"]["members"][1].update(date_of_birth="soon"))
    assert str(birthday) == "household.members[1].date_of_birth: not a date (YYYY-MM-DD)"
    assert say(birthday.problem, Language.ZH_CN) == "不是日期（格式须为 YYYY-MM-DD）"
