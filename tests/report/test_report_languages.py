"""Both PDFs in Hong Kong and Simplified Chinese: the words come from the data, pages have ink.

The expected Chinese is read from the checklist catalogue, core.toml and report/labels.py, so a
changed translation changes the expectation with it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from pdfcheck import GENERATED, ON, ink_fractions, read_pdf

from hkpath_desktop.core import texts as catalogue
from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.checklists import build_checklist
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.timeline import build_timeline
from hkpath_desktop.report import labels
from hkpath_desktop.report.adviser import UPCOMING_MONTHS, write_adviser_report
from hkpath_desktop.report.checklist_pdf import write_checklist_report
from hkpath_desktop.report.labels import label

CHINESE = (Language.ZH_HK, Language.ZH_CN)
_SPACE = re.compile(r"\s+")


def _squeezed(text: str) -> str:
    """Without whitespace: a wrapped Chinese line comes back from pypdf with a break inside."""
    return _SPACE.sub("", text)


def _checklist(family: Household, rules: RulePack, out: Path, language: Language) -> str:
    write_checklist_report(
        family, rules, ON, out, pathways=["ttps"], generated=GENERATED, language=language
    )
    return _squeezed(read_pdf(out).text)


@pytest.mark.parametrize("language", CHINESE)
def test_checklist_titles_and_headings_in_chinese(
    family: Household, rules: RulePack, tmp_path: Path, language: Language
) -> None:
    text = _checklist(family, rules, tmp_path / "list.pdf", language)
    entry = build_checklist(family, "ttps", "entry", language=language)
    english = build_checklist(family, "ttps", "entry")
    translated = [
        (ours.title, theirs.title)
        for ours, theirs in zip(entry.items, english.items, strict=True)
        if ours.title != theirs.title
    ]
    assert translated, "the catalogue has Chinese titles"
    for title, english_title in translated:
        assert _squeezed(title) in text, title
        assert _squeezed(english_title) not in text, english_title
    pages = len(read_pdf(tmp_path / "list.pdf").pages)
    for heading in (
        label("Document checklist", language),
        label("Household summary on {}", language, ON.isoformat()),
        label("Page {} of {}", language, pages, pages),
        labels.pathway("ttps", language),
        labels.stage("entry", language),
        builtin_texts().word("item_status", "missing", language),
    ):
        assert _squeezed(heading) in text, heading
    assert "Document checklist" not in text and "Household summary" not in text


def test_hong_kong_and_simplified_differ_where_the_data_does(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    hk = build_checklist(family, "ttps", "entry", language=Language.ZH_HK)
    cn = build_checklist(family, "ttps", "entry", language=Language.ZH_CN)
    only_hk = {a.title for a, b in zip(hk.items, cn.items, strict=True)} - {
        b.title for b in cn.items
    }
    assert only_hk, "some titles are written differently in the two scripts"
    text = _checklist(family, rules, tmp_path / "cn.pdf", Language.ZH_CN)
    for title in only_hk:
        assert _squeezed(title) not in text, title
    assert _squeezed(label("Document checklist", Language.ZH_CN)) in text


@pytest.mark.parametrize("language", CHINESE)
def test_chinese_checklist_pages_are_drawn(
    family: Household, rules: RulePack, tmp_path: Path, language: Language
) -> None:
    out = tmp_path / "list.pdf"
    _checklist(family, rules, out, language)
    fractions = ink_fractions(out, tmp_path)
    assert fractions and all(f > 0.005 for f in fractions), fractions


def test_adviser_report_in_hong_kong_chinese(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    language = Language.ZH_HK
    out = tmp_path / "adviser.pdf"
    write_adviser_report(
        family, rules, ON, out, pathways=["gep"], generated=GENERATED, language=language
    )
    text = _squeezed(read_pdf(out).text)
    texts = builtin_texts()
    (gep,) = [a for a in assess_all(family, rules, ON) if a.pathway == "gep"]
    assert _squeezed(texts.pathway_name("gep", gep.name, language)) in text
    assert _squeezed(gep.name) not in text
    titles = {say(c.title, language) for c in gep.criteria}
    assert titles - {c.title for c in gep.criteria}, "some criterion titles are translated"
    for title in titles:
        assert _squeezed(title) in text, title
    for status in {c.status for c in gep.criteria}:
        assert _squeezed(labels.status(status, language)) in text
    for heading in ("Adviser report", "Gaps", "Seven-year outlook", "Residence summary"):
        assert _squeezed(label(heading, language)) in text, heading
        assert heading not in text
    assert _squeezed(label("Profile summary on {}", language, ON.isoformat())) in text
    assert "Profile summary" not in text and "facts used" not in text
    assert "日本" in text and "JP" not in text, "countries by name, not code"
    assert "日語" in text and "ja" not in text, "languages by name, not code"
    assert all(f > 0.005 for f in ink_fractions(out, tmp_path))


def test_unknown_language_is_refused_before_writing(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        write_checklist_report(family, rules, ON, out, pathways=["ttps"], language="fr")
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        write_adviser_report(family, rules, ON, out, language="fr")
    assert not out.exists()


def test_every_label_has_the_same_placeholders_in_each_language() -> None:
    """Each value appears exactly once in each language (a translation may reorder them)."""
    for english, translations in labels._LABELS.items():
        values = [f"<{i}>" for i in range(english.count("{}"))]
        for text in translations:
            assert sorted(re.findall(r"<\d+>", text.format(*values))) == values, english


UNCOVERED = date(2000, 1, 1)
"""A day before every rule of the pack: each pathway answers with the not-covered sentences."""


def _adviser(
    family: Household, rules: RulePack, out: Path, language: Language, on: date = ON
) -> str:
    write_adviser_report(family, rules, on, out, generated=GENERATED, language=language)
    return _squeezed(read_pdf(out).text)


@pytest.mark.parametrize("language", CHINESE)
def test_catalogue_sentences_are_printed_in_chinese_not_english(
    family: Household, rules: RulePack, tmp_path: Path, language: Language
) -> None:
    printed = _adviser(family, rules, tmp_path / "old.pdf", language, UNCOVERED)
    keys = ("title", "gap")
    for key in keys:
        sentence = catalogue.text(f"common.not_covered.{key}")
        assert _squeezed(sentence.say(language)) in printed, key
        assert _squeezed(sentence) not in printed, key
    risk = catalogue.text("common.not_covered.risk", on=UNCOVERED)
    assert _squeezed(risk.say(language)) in printed
    assert _squeezed(str(risk)) not in printed
    for a in assess_all(family, rules, UNCOVERED):
        (criterion,) = a.criteria
        assert _squeezed(say(criterion.detail, language)) in printed, a.pathway
    assert _squeezed(label("Timeline", language)) in printed, "the report still ends"


@pytest.mark.parametrize("language", [Language.EN, *CHINESE])
def test_every_engine_sentence_is_printed_as_said_in_the_language(
    family: Household, rules: RulePack, tmp_path: Path, language: Language
) -> None:
    printed = _adviser(family, rules, tmp_path / "all.pdf", language)
    assessments = assess_all(family, rules, ON)
    timeline = build_timeline(family, rules, ON)
    closed = [a for a in assessments if a.verdict is Verdict.NOT_ELIGIBLE]
    assessments = [a for a in assessments if a.verdict is not Verdict.NOT_ELIGIBLE]
    # A closed route is printed as the reasons it is closed, without gaps or an outlook.
    sentences: list[str] = [
        c.detail for a in closed for c in a.criteria if c.status is Status.NOT_MET
    ]
    sentences += [c.detail for a in assessments for c in a.criteria]
    sentences += [gap for a in assessments for gap in a.gaps]
    for o in (a.outlook for a in assessments):
        sentences += [*o.renewal_conditions, *o.risks, o.main_risk, o.dependants_allowed]
        sentences += [o.fee_breakdown] if o.fee_breakdown else []
    until = ON + relativedelta(months=UPCOMING_MONTHS)
    sentences += [e.label for m in timeline.members for e in m.events if ON <= e.date <= until]
    sentences += list(timeline.members[0].residence.explanation)
    for sentence in sentences:
        assert _squeezed(say(sentence, language)) in printed, sentence
    if language is not Language.EN:
        assert [s for s in sentences if say(s, language) == s] == [], "all are catalogue Texts"
        for sentence in sentences:
            assert _squeezed(sentence) not in printed, sentence
        assert _squeezed(say(rules.label, language)) in printed
        assert "(built-in)" not in printed


@pytest.mark.parametrize("language", CHINESE)
def test_the_reports_own_words_are_all_translated(
    family: Household, rules: RulePack, tmp_path: Path, language: Language
) -> None:
    """No English label of report/labels.py is left: headings, chart legend, profile facts."""
    out = tmp_path / "own.pdf"
    printed = _adviser(family, rules, out, language)
    raw = read_pdf(out).text
    for english in ("recorded stay", "projected stay", "no stay recorded"):
        assert _squeezed(label(english, language)) in printed, english
    assert _squeezed(label("assessed {}", language, ON.isoformat())) in printed
    left = [
        english
        for english in labels._LABELS
        if re.fullmatch(r"[A-Za-z][A-Za-z ,\-]*[A-Za-z]", english)
        and " " in english
        and re.search(rf"\b{re.escape(english)}\b", raw)
    ]
    assert left == []
    for english in ("held since", "year to", "a month", "Criminal record", "Chinese No"):
        assert english not in raw, english
