"""A language the profile keeps as a code is said by its name, in each language."""

from __future__ import annotations

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.language_names import language_name


def test_two_and_three_letter_codes_are_said_by_name() -> None:
    assert language_name("ja", Language.EN) == "Japanese"
    assert language_name("ja", Language.ZH_HK) == "日語"
    assert language_name("ja", Language.ZH_CN) == "日语"
    assert language_name("FR", Language.EN) == "French"
    assert language_name("yue", Language.EN) == "Yue Chinese"


def test_a_code_nobody_knows_is_said_as_it_is() -> None:
    assert language_name("zz", Language.ZH_HK) == "zz"
    assert language_name("klingon", Language.EN) == "klingon"
