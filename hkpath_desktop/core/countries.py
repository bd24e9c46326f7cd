"""Countries and territories said by name, in each of the program's languages.

The names are ISO 3166-1 as the ``pycountry`` package ships it (its common name where it has
one: "Vietnam", not "Viet Nam"), and the Chinese ones come from Debian's iso-codes translations
that ``pycountry`` carries. No one types or maintains two hundred names here. A code iso-codes
does not have (Kosovo's user-assigned XK) is said as its code.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from functools import cache

from hkpath_desktop.core.facts import STATELESS
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.texts import Text, listing, text

CATALOGUES = {Language.ZH_HK: ["zh_HK", "zh_TW"], Language.ZH_CN: ["zh_CN"]}
"""The iso-codes catalogues for each Chinese language, the closest first."""
USUAL_NAMES = {"TW": {Language.ZH_HK: "台灣", Language.ZH_CN: "中国台湾"}}
"""Where iso-codes gives a formal name that readers of that language do not use day to day,
the name as Hong Kong's and the Mainland's own government pages write it."""


class CountryName(Text):
    """A country or territory code, said as its name in the language asked for."""

    def __new__(cls, code: str) -> CountryName:
        made = str.__new__(cls, country_name(code, Language.EN))
        made.key, made.args, made.parts = "country", {"code": code}, ()
        return made

    def say(self, language: Language) -> str:
        return country_name(str(self.args["code"]), language)

    def __reduce__(self) -> tuple[object, ...]:
        return (CountryName, (self.args["code"],))


def country(code: str) -> Text:
    """``code`` (alpha-2, or the profile's ``stateless``) as words for a sentence."""
    if code.lower() == STATELESS:
        return text("countries.stateless")
    return CountryName(code.upper())


def country_name(code: str, language: Language) -> str:
    """The name of an alpha-2 code in ``language``; a code iso-codes lacks is said as it is."""
    code = code.upper()
    usual = USUAL_NAMES.get(code, {}).get(language)
    if usual is not None:
        return usual
    english = _english().get(code)
    if english is None:
        return code
    if language is Language.EN:
        return english
    return chinese_names(language).get(code, english)


@cache
def _english() -> dict[str, str]:
    import pycountry  # here, not at start-up: importing it reads its package metadata

    return {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}


@cache
def chinese_names(language: Language) -> dict[str, str]:
    """Alpha-2 code -> iso-codes' name in a Chinese ``language``; only the names it translates."""
    import pycountry

    catalogue = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=CATALOGUES[language], fallback=True
    )
    names = {}
    for entry in pycountry.countries:
        translated = catalogue.gettext(entry.name)
        if translated != entry.name:
            names[entry.alpha_2] = translated
    return names


def countries(codes: Iterable[str]) -> Text:
    """Codes as a list of names, in the order given."""
    return listing(country(c) for c in codes)
