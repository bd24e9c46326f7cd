"""Languages said by name (ISO 639, as ``pycountry`` ships it), in each of the program's languages.

The profile keeps a language as its code (``"ja"``); a person reads "Japanese", 日語 or 日语.
The Chinese names are Debian's iso-codes translations that ``pycountry`` carries, as for
countries. A code iso-codes does not know is said as it is.
"""

from __future__ import annotations

import gettext
from functools import cache

from hkpath_desktop.core.countries import CATALOGUES
from hkpath_desktop.core.i18n import Language


def language_name(code: str, language: Language) -> str:
    """The name of an ISO 639-1 or 639-3 ``code`` in ``language``."""
    import pycountry  # here, not at start-up: importing it reads its package metadata

    key = code.strip().lower()
    entry = pycountry.languages.get(alpha_2=key) if len(key) == 2 else None
    entry = entry or (pycountry.languages.get(alpha_3=key) if len(key) == 3 else None)
    if entry is None:
        return code
    english = str(getattr(entry, "common_name", entry.name))
    if language is Language.EN:
        return english
    return _catalogue(language).gettext(english)


@cache
def _catalogue(language: Language) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        "iso639-3", pycountry.LOCALES_DIR, languages=CATALOGUES[language], fallback=True
    )
