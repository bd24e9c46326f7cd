"""Parsing the TTPS top-universities list the user imports."""

from __future__ import annotations

from datetime import date

import pytest

from hkpath_desktop.core.universities import (
    UniversityListError,
    UniversityLists,
    normalise,
    parse_university_list,
)


def test_parse_header_names_comments_and_duplicates() -> None:
    parsed = parse_university_list(
        "\ufeffeffective_from = 2026-01-01\n\n# added this year\nUniversity of  Vienna\n"
        "university of vienna\nPolitecnico di Milano\n"
    )
    assert parsed.effective_from == date(2026, 1, 1)
    assert parsed.institutions == ("University of Vienna", "Politecnico di Milano")


def test_matching_ignores_case_and_spacing_but_not_spelling() -> None:
    parsed = parse_university_list("effective_from = 2026-01-01\nUniversity of São Paulo\n")
    assert parsed.contains("UNIVERSITY  OF são\tpaulo ")
    assert not parsed.contains("University of Sao Paulo")
    assert normalise("  A\u00a0 B ") == "a b"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("Tsinghua University\n", "line 1"),
        ("effective_from = 2026-13-01\nX\n", "not a date"),
        ("effective_from = 2026-01-01\n\n", "no institution"),
    ],
)
def test_bad_lists_are_refused(text: str, message: str) -> None:
    with pytest.raises(UniversityListError, match=message):
        parse_university_list(text)


def test_the_version_in_force_decides_and_no_version_is_unknown() -> None:
    old = parse_university_list("effective_from = 2024-01-01\nUniversity of Göttingen\n")
    new = parse_university_list("effective_from = 2024-11-01\nTongji University\n")
    lists = UniversityLists.of([new, old])
    assert lists.lookup("University of Göttingen", date(2024, 10, 31)) is True
    assert lists.lookup("University of Göttingen", date(2024, 11, 1)) is False
    assert lists.lookup("Tongji University", date(2024, 11, 1)) is True
    assert lists.lookup("Tongji University", date(2023, 12, 31)) is None
