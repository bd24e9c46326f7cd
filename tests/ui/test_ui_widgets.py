"""The reusable input widgets: each answers None for "don't know" and reports bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hkpath_desktop.ui.widgets.country_combo import CountryCombo, territories
from hkpath_desktop.ui.widgets.country_list import CountryList
from hkpath_desktop.ui.widgets.money import MoneyEdit
from hkpath_desktop.ui.widgets.tristate import TriStateChoice

pytestmark = pytest.mark.gui


def test_tristate_starts_unknown_and_follows_clicks(qtbot) -> None:
    choice = TriStateChoice("Full-time")
    qtbot.addWidget(choice)
    choice.show()
    assert choice.value() is None
    with qtbot.waitSignal(choice.valueChanged):
        qtbot.mouseClick(choice.button(False), Qt.MouseButton.LeftButton)
    assert choice.value() is False
    choice.setValue(True)
    assert choice.value() is True
    assert choice.button(True).accessibleName() == "Full-time: Yes"


def test_money_in_foreign_currency_is_stored_in_whole_hkd(qtbot) -> None:
    money = MoneyEdit("Income")
    qtbot.addWidget(money)
    money.show()
    assert money.hkd() is None and money.error() is None
    money.unknown.setChecked(False)
    qtbot.keyClicks(money.amount, "100,000")
    assert money.hkd() == 100_000
    money.currency.setText("USD")
    assert money.hkd() is None
    assert "Hong Kong dollars" in (money.error() or "")
    qtbot.keyClicks(money.rate, "7.8")
    assert money.error() is None
    assert money.hkd() == 780_000


def test_money_refuses_a_negative_amount(qtbot) -> None:
    money = MoneyEdit("Net assets")
    qtbot.addWidget(money)
    money.setHkd(-1)
    assert money.error() == "An amount cannot be negative."
    assert money.hkd() is None
    money.setHkd(0)
    assert money.error() is None and money.hkd() == 0


def test_country_list_comes_from_qt_locale_data(qtbot) -> None:
    codes = dict(territories())
    assert {"HK", "CN", "MO", "TW", "JP", "GB"} <= codes.keys()
    assert all(len(code) == 2 and code.isalpha() for code in codes)
    combo = CountryCombo("Nationality", allow_stateless=True)
    qtbot.addWidget(combo)
    assert combo.code() is None
    combo.setCode("stateless")
    assert combo.code() == "stateless"
    combo.setCode("JP")
    assert combo.currentText() == codes["JP"]


def test_country_completer_finds_a_name_by_any_part(qtbot) -> None:
    combo = CountryCombo("Nationality")
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("zeal")
    assert completer.currentCompletion() == "New Zealand"


def test_country_boxes_share_a_list_until_one_gets_a_code_no_one_knows(qtbot) -> None:
    first, second = CountryCombo("Nationality"), CountryCombo("Country")
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.model() is second.model()
    count = second.count()
    first.setCode("QQ")  # not a territory Qt knows: kept as it was given
    assert first.code() == "QQ" and first.model() is not second.model()
    assert second.count() == count and second.findData("QQ") < 0
    first.setCode("JP")
    assert first.code() == "JP"
    assert first.completer().model() is first.model()


def test_the_country_list_makes_its_rows_when_first_needed(qtbot) -> None:
    countries = CountryList("Permanent residence abroad")
    qtbot.addWidget(countries)
    countries.setCodes(())
    assert countries.codes() == () and countries.list.count() == 0
    countries.setCodes(None)
    assert countries.codes() is None and countries.list.count() == 0
    countries.setCodes(("SG", "JP"))
    assert countries.list.count() == len(territories())
    assert set(countries.codes() or ()) == {"SG", "JP"}
    countries.setCodes(())
    assert countries.codes() == ()
    countries.mode.setCurrentIndex(countries.mode.findData("some"))
    assert countries.codes() == ()  # nothing left ticked from before
