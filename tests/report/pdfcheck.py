"""Readers for the PDFs the tests write: text with pypdf, pixels with pdftoppm, fonts, sizes."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

ON = date(2026, 11, 22)
GENERATED = date(2026, 11, 23)
CHINESE_NAME = "陳美玲"
HOUSEHOLD_NAME = "陳家 Chan household"
PASSPORT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


@dataclass
class Pdf:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        """All text with runs of whitespace (line wraps too) folded into one space."""
        return re.sub(r"\s+", " ", " ".join(self.pages))

    def has(self, words: str) -> bool:
        return re.sub(r"\s+", " ", words) in self.text


def read_pdf(path: Path) -> Pdf:
    reader = PdfReader(path)
    return Pdf(path, [page.extract_text() or "" for page in reader.pages])


def page_sizes(path: Path) -> set[tuple[int, int]]:
    reader = PdfReader(path)
    return {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages}


def embedded_fonts(path: Path) -> set[str]:
    """Names of fonts carrying their own glyphs (a TrueType FontFile2 stream) in the PDF."""
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def font_names(path: Path) -> set[str]:
    """Every font the pages use, embedded or not (e.g. "/Helvetica")."""
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names |= {str(ref.get_object()["/BaseFont"]) for ref in fonts.values()}
    return names


def ink_fractions(path: Path, tmp_path: Path) -> list[float]:
    """Per page, the share of pixels that are not near-white, from pdftoppm's greyscale render."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (.ci/run installs poppler-utils)")
    prefix = tmp_path / "render"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", str(path), str(prefix)], check=True, timeout=120
    )
    fractions = []
    for image in sorted(tmp_path.glob("render*.pgm")):
        header, pixels = _pgm(image.read_bytes())
        dark = sum(1 for value in pixels if value < 200)
        fractions.append(dark / (header[0] * header[1]))
    return fractions


def _pgm(data: bytes) -> tuple[tuple[int, int], bytes]:
    """(width, height) and the pixel bytes of a binary PGM (P5, 8-bit)."""
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5" and fields[3] == b"255"
    return (int(fields[1]), int(fields[2])), fields[4]
