"""Every coded value has its word in the three languages, from the one catalogue."""

from __future__ import annotations

import pytest

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.value_words import ENGLISH, value_word, value_words


@pytest.mark.parametrize("kind", list(ENGLISH), ids=lambda kind: kind.__name__)
def test_every_value_has_an_english_and_both_chinese_words(kind) -> None:  # type: ignore[no-untyped-def]
    english = value_words(kind, Language.EN)
    assert list(english) == list(kind)
    for language in (Language.ZH_HK, Language.ZH_CN):
        said = value_words(kind, language)
        assert all(said[value] != english[value] for value in kind), (language, said)


def test_hong_kong_status_words() -> None:
    from hkpath_desktop.core.facts import HKStatus

    assert value_word(HKStatus.NONE, Language.EN) == "No Hong Kong status"
    assert value_word(HKStatus.NONE, Language.ZH_HK) == "沒有香港身份"
    assert value_word(HKStatus.NONE, Language.ZH_CN) == "没有香港身份"
