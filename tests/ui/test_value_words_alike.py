"""The screens and the PDFs say a coded value with the same word, in every language."""

from __future__ import annotations

import pytest

from hkpath_desktop.core.facts import HKStatus
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.report import labels as pdf
from hkpath_desktop.ui import labels as screen
from hkpath_desktop.ui.i18n import install_translators


@pytest.mark.parametrize("language", list(Language))
def test_a_status_reads_the_same_on_screen_and_in_the_pdf(qapp, language: Language) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, language.value)
    try:
        for status in HKStatus:
            assert screen.hk_status()[status] == pdf.hk_status(status, language)
    finally:
        install_translators(qapp, Language.EN.value)
