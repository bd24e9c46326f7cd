"""One word for one thing: the Compare table's heads are the words its detail pane uses."""

from __future__ import annotations

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt

from hkpath_desktop.ui import tour
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.models.compare_model import Column

pytestmark = pytest.mark.gui


def test_table_heads_and_detail_say_the_same_words(qtbot, repository, rules) -> None:
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reload_households(select=tour.load_demo_household_into(repository))
    view = window.compare
    heads = {
        column: view.model.headerData(column, Qt.Orientation.Horizontal)
        for column in (Column.JOB_OFFER, Column.CAPITAL)
    }
    assert heads == {Column.JOB_OFFER: "Job offer needed", Column.CAPITAL: "Investment needed"}
    detail = view.detail_html(view.model.assessment(0))
    for head in heads.values():
        assert f"<b>{head}</b>" in detail
    assert "Capital" not in detail.replace("Capital Investment Entrant", "")
