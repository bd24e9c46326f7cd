"""Countries are said by name in each language, in the engine's sentences as on screen."""

from __future__ import annotations

import pickle

from hkpath_desktop.core.countries import countries, country, country_name
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.texts import text


def test_a_code_is_said_as_its_name_in_each_language() -> None:
    japan = country("jp")
    assert japan == "Japan"
    assert japan.say(Language.ZH_HK) == "日本" and japan.say(Language.ZH_CN) == "日本"
    assert country("VN") == "Vietnam" and country("KP") == "North Korea"


def test_taiwan_has_the_name_each_government_page_uses() -> None:
    assert country("TW") == "Taiwan"
    assert country("TW").say(Language.ZH_HK) == "台灣"
    assert country("TW").say(Language.ZH_CN) == "中国台湾"


def test_stateless_and_unknown_codes() -> None:
    assert country("stateless") == "stateless"
    assert country("stateless").say(Language.ZH_HK) == "無國籍"
    assert country_name("XK", Language.ZH_CN) == "XK"  # iso-codes has no Kosovo


def test_names_inside_a_sentence_follow_its_language() -> None:
    said = text(
        "checks.nationality.met_detail", nationality=country("GB"), excluded=countries(["AF", "CU"])
    )
    assert said == "Nationality United Kingdom is not on the excluded list (Afghanistan, Cuba)."
    assert said.say(Language.ZH_CN) == "国籍英国不在排除名单上（名单：阿富汗、古巴）。"


def test_a_name_survives_a_trip_to_another_process() -> None:
    again = pickle.loads(pickle.dumps(country("MO")))
    assert again == "Macao" and again.say(Language.ZH_HK) == country("MO").say(Language.ZH_HK)
