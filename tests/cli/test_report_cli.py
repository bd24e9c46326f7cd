"""``hkpath report FILE --out PDF``: both documents, the options and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from hkpath_desktop.cli import main
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.report.labels import label


@pytest.fixture
def family_file(fixtures_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(fixtures_dir / "family.json", tmp_path / "family.json"))


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join((p.extract_text() or "") for p in reader.pages)


def test_adviser_report_with_chosen_pathways_and_date(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "adviser.pdf"
    args = ["report", str(family_file), "--out", str(out), "--pathway", "gep"]
    args += ["--pathway", "cies", "--on", "2026-12-01", "--data-dir", str(tmp_path / "data")]
    code = main(args)
    assert code == 0
    pages, text = _text(out)
    assert capsys.readouterr().out.strip() == f"wrote {out} ({pages} pages)"
    assert "General Employment Policy" in text and "New Capital Investment" in text
    assert "Top Talent Pass Scheme" not in text
    assert "Assessed on 2026-12-01" in text and "Adviser report" in text


def test_checklist_with_stages_and_letter(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "list.pdf"
    args = ["report", str(family_file), "--out", str(out), "--checklist", "--pathway", "ttps"]
    args += ["--stage", "entry", "--page-size", "letter", "--data-dir", str(tmp_path / "d")]
    assert main(args) == 0
    reader = PdfReader(out)
    assert {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages} == {
        (612, 792)
    }
    _, text = _text(out)
    assert "Document checklist" in text and "Entry application" in text
    assert "Extension of stay" not in text
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pathway", "nope"], "unknown pathway 'nope'"),
        (["--checklist"], "--checklist: name the pathway"),
        (["--stage", "entry"], "--stage: only with --checklist"),
        (["--checklist", "--pathway", "gep", "--stage", "unconditional_stay"], "belongs to none"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    family_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    args = ["report", str(family_file), "--out", str(out), "--data-dir", str(tmp_path / "d")]
    assert main(args + extra) == 2
    err = capsys.readouterr().err
    assert err.startswith("hkpath report: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_missing_output_folder(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "x.pdf"
    assert main(["report", str(family_file), "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_page_size_is_a_usage_error(family_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(family_file), "--out", str(tmp_path / "x.pdf"), "--page-size", "A3"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_language_option_translates_both_documents(
    family_file: Path, tmp_path: Path, language: str
) -> None:
    lang = Language(language)
    texts = builtin_texts()
    base = ["report", str(family_file), "--language", language, "--data-dir", str(tmp_path / "d")]
    adviser = tmp_path / "adviser.pdf"
    assert main([*base, "--out", str(adviser), "--pathway", "gep"]) == 0
    _, text = _text(adviser)
    assert label("Adviser report", lang) in text
    assert texts.pathway_name("gep", "", lang) in text
    # the pathway's English name is translated; a cited document keeps its own (English) title
    assert "General Employment Policy (professionals)" not in " ".join(text.split())
    checklist = tmp_path / "list.pdf"
    args = [*base, "--out", str(checklist), "--checklist", "--pathway", "ttps", "--stage", "entry"]
    assert main(args) == 0
    _, text = _text(checklist)
    assert label("Document checklist", lang) in text
    assert texts.word("stage", "entry", lang) in text
    assert "Entry application" not in text


def test_unknown_language_is_a_usage_error(
    family_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(family_file), "--out", str(out), "--language", "fr"])
    assert exit_info.value.code == 2
    assert "--language" in capsys.readouterr().err
    assert not out.exists()
