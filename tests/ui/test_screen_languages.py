"""Every screen says the engine's sentences in the chosen language, never the English beside it.

A real main window on the family fixture and on the demo household, in zh_HK and in zh_CN: each
sentence the core gives the Compare tab (criterion details, gaps, the outlook), the Checklist
route names, the residence summary, the status bar's rule pack and the country lists must be
what ``say`` makes of it in that language. The checks are general (every string equals
``say(original, language)``), so a sentence moved to the catalogue later is covered at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY, next_button, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hkpath_desktop.core.assessment import Assessment
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.residence import residence_log
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, say, text
from hkpath_desktop.core.trip_csv import RowError, TripImport
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import i18n, tour
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.models.compare_model import Column
from hkpath_desktop.ui.views.compare_view import CompareView
from hkpath_desktop.ui.views.residence_view import ResidenceView
from hkpath_desktop.ui.views.trip_import_dialog import TripImportDialog
from hkpath_desktop.ui.widgets.country_combo import CountryCombo, territories, territory_name
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
SHOTS = "HKPATH_SCREENSHOTS"
"""Set to a folder to keep each changed screen as a PNG (in zh_HK) for a look."""
CHINESE = (Language.ZH_HK, Language.ZH_CN)
JAPAN = "日本"


@pytest.fixture(params=CHINESE, ids=str)
def language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path
) -> Iterator[Language]:
    """The language installed; Qt's own .qm are left out (the core's words do not use them)."""
    chosen: Language = request.param
    assert i18n.install_translators(qapp, str(chosen), qm_dir=tmp_path) == chosen
    yield chosen
    i18n.install_translators(qapp, "en")


@pytest.fixture(params=["family", "demo"])
def household(request: pytest.FixtureRequest, repository: Repository) -> int:
    if request.param == "family":
        return repository.add_household(load_profile_file(FAMILY))
    return tour.load_demo_household_into(repository)


def _window(qtbot, repository: Repository, rules: RulePack, household: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reload_households(select=household)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sentences(item: Assessment) -> list[str]:
    o = item.outlook
    found = [c.detail for c in item.criteria] + list(item.gaps)
    found += [*o.renewal_conditions, *o.risks, o.fee_breakdown, o.dependants_allowed]
    return [s for s in found if s]


def _check_said(shown: str, sentences: list[str], language: Language) -> int:
    """Each sentence is shown as said in ``language``; a translated one never in English.

    Returns how many of them the catalogue translates, so a test can insist on some.
    """
    translated = 0
    for sentence in sentences:
        said = say(sentence, language)
        assert said in shown, sentence
        if said != sentence:
            translated += 1
            assert sentence not in shown, sentence
    return translated


def _check_compare(view: CompareView, language: Language) -> int:
    model, translated = view.model, 0
    assert model.rowCount() == 5
    for row in range(model.rowCount()):
        view.table.selectRow(row)
        item = model.assessment(row)
        translated += _check_said(view.detail.toPlainText(), _sentences(item), language)
        risk = model.index(row, Column.MAIN_RISK).data(Qt.ItemDataRole.DisplayRole)
        assert risk == say(item.outlook.main_risk, language)
    return translated


def test_compare_tab_says_every_criterion_gap_and_outlook_sentence(
    language, household, qtbot, repository, rules
) -> None:
    window = _window(qtbot, repository, rules, household)
    assert window.compare.model.language is language
    _check_compare(window.compare, language)


def test_a_date_without_rules_is_explained_in_chinese_not_english(
    language, qtbot, repository, rules
) -> None:
    """Every route then says the catalogue's ``common.not_covered.*``: a Text for certain."""
    view = CompareView(rules, lambda: date(2000, 1, 1), language=language)
    qtbot.addWidget(view)
    view.show_household(load_profile_file(FAMILY))
    assert _check_compare(view, language) >= 5 * 2
    shown = view.detail.toPlainText()
    gap = text("common.not_covered.gap")
    assert gap.say(language) in shown and str(gap) not in shown
    assert "has no rule for" not in shown


def test_checklist_people_are_named_with_chinese_brackets(
    language, household, qtbot, qapp, repository, rules
) -> None:
    """With the compiled catalogues (``make`` builds them): the GUI's own words translated."""
    i18n.install_translators(qapp, str(language))
    window = _window(qtbot, repository, rules, household)
    window.tabs.setCurrentIndex(1)
    model = window.checklist.model
    first = model.index(0, 0).data()
    principal = {Language.ZH_HK: "主申請人", Language.ZH_CN: "主申请人"}[language]
    assert first.endswith(f"（{principal}）"), first
    assert "(" not in first


def test_checklist_route_dropdown_names_the_routes_in_the_language(
    language, household, qtbot, repository, rules
) -> None:
    window = _window(qtbot, repository, rules, household)
    window.tabs.setCurrentIndex(1)
    combo = window.checklist.controls.pathway
    assert combo.count() == 5
    english = {a.pathway: a.name for a in window.compare.model.all_rows()}
    for index in range(combo.count()):
        pathway = combo.itemData(index)
        name = builtin_texts().pathway_name(pathway, english[pathway], language)
        assert name != english[pathway]
        assert combo.itemText(index).startswith(f"{name} — ")


def test_residence_summary_says_the_engines_explanation(
    language, household, qtbot, repository, rules
) -> None:
    window = _window(qtbot, repository, rules, household)
    window.tabs.setCurrentIndex(3)
    view = window.residence
    assert view.language is language
    member = view.member_id()
    assert member is not None
    settle(None, view.session)
    log = residence_log(repository.load(household).trips, member, rules, TODAY)
    shown = view.summary.toPlainText()
    assert _check_said(shown, list(log.explanation), language) == len(log.explanation)


def test_residence_view_takes_an_explicit_language(qtbot, repository, session, rules) -> None:
    household = repository.add_household(load_profile_file(FAMILY))
    view = ResidenceView(session, rules, lambda: TODAY, language=Language.ZH_CN)
    qtbot.addWidget(view)
    assert ResidenceView(session, rules, lambda: TODAY).language is Language.EN
    view.show_household(household)
    log = view.member_id() and residence_log(
        repository.load(household).trips, view.member_id() or "", rules, TODAY
    )
    assert log
    first = log.explanation[0]
    assert first.say(Language.ZH_CN) in view.summary.toPlainText()
    assert str(first) not in view.summary.toPlainText()


def test_trip_import_problems_are_said_in_the_language(qtbot) -> None:
    problem = text("common.not_covered.gap")
    dialog = TripImportDialog((), (), language=Language.ZH_HK)
    qtbot.addWidget(dialog)
    dialog.show_reading(TripImport((), (RowError(3, "left", problem), RowError(0, None, problem))))
    shown = dialog.file_error.text()
    assert f"row 3, column left: {problem.say(Language.ZH_HK)}" in shown
    assert f"file: {problem.say(Language.ZH_HK)}" in shown
    assert str(problem) not in shown


def test_status_bar_names_the_rule_pack_in_the_language(language, qtbot, repository, rules) -> None:
    window = _window(qtbot, repository, rules, tour.load_demo_household_into(repository))
    shown = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert say(rules.label, language) in shown
    assert str(rules.label) not in shown


def test_rule_pack_origins_are_catalogue_texts(rules: RulePack) -> None:
    assert rules.label == f"{rules.version} (built-in)"
    assert say(rules.label, Language.ZH_HK) == f"{rules.version}（內置）"
    assert say(rules.label, Language.ZH_CN) == f"{rules.version}（内置）"
    assert isinstance(rules.origin, Text)


def test_country_names_follow_the_language(language, qtbot) -> None:
    names = dict(territories(str(language)))
    assert names["JP"] == territory_name("JP") == JAPAN
    assert names["XK"] == dict(territories("en"))["XK"]  # iso-codes has no Kosovo: English
    assert territory_name("GB", "en") == "United Kingdom"
    assert territory_name("TW", "zh_HK") == "台灣" and territory_name("TW", "zh_CN") == "中国台湾"
    assert territory_name("TW", "en") == "Taiwan"
    combo = CountryCombo("Nationality", allow_stateless=True)
    qtbot.addWidget(combo)
    combo.setCode("JP")
    assert combo.currentText() == JAPAN and combo.code() == "JP"
    completer = combo.completer()
    completer.setCompletionPrefix("日")
    found = completer.completionModel()
    matches = [found.index(row, 0).data() for row in range(found.rowCount())]
    assert JAPAN in matches and all("日" in name for name in matches)
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown[2:] == [name for _code, name in territories(str(language))]


def test_the_wizard_stores_the_code_of_a_country_picked_by_its_chinese_name(
    language, repository, open_wizard, qtbot
) -> None:
    household_id = repository.create_household("Lee family")
    wizard = open_wizard(household_id)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Ka Ming")
    qtbot.keyClicks(you.family_name, "Lee")
    you.nationality.setCurrentIndex(you.nationality.findText(JAPAN))
    qtbot.keyClick(you.family_name, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.FAMILY
    settle(None, wizard.session)
    assert repository.load(household_id).principal.nationality == "JP"


@pytest.mark.skipif(not os.environ.get(SHOTS), reason=f"set {SHOTS} to a folder to keep PNGs")
def test_grab_each_changed_screen_in_hong_kong_chinese(
    qapp, qtbot, repository, rules, open_wizard
) -> None:
    folder = Path(os.environ[SHOTS])
    i18n.install_translators(qapp, "zh_HK")
    try:
        window = _window(qtbot, repository, rules, tour.load_demo_household_into(repository))
        for index, name in enumerate(("compare", "checklist", "timeline", "residence")):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            window.grab().save(str(folder / f"{name}-zh_HK.png"), "PNG")
        wizard = open_wizard(repository.create_household("Lee family"))
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        you = wizard.answer_page(PageId.YOU)
        you.nationality.setCode("PG")
        you.country.setCode("JP")
        wizard.grab().save(str(folder / "wizard-you-zh_HK.png"), "PNG")
        you.nationality.showPopup()
        qtbot.wait(100)
        popup: QWidget = you.nationality.view().window()
        popup.grab().save(str(folder / "countries-zh_HK.png"), "PNG")
        you.nationality.hidePopup()
        dialog = TripImportDialog((), (), language=Language.ZH_HK)
        qtbot.addWidget(dialog)
        problem = text("common.not_covered.gap")
        dialog.show_reading(TripImport((), (RowError(3, "left", problem),)))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(folder / "trip-import-zh_HK.png"), "PNG")
    finally:
        i18n.install_translators(qapp, "en")
