"""The one build step pyproject.toml cannot declare: compiling the translations.

The committed sources are the Qt Linguist ``.ts`` files in resources/translations; the program
reads compiled ``.qm`` files. ``pyside6-lrelease`` (PySide6 is a build requirement) compiles
each one during the build, so that a wheel, an sdist and an install made with ``pip`` or
``pipx`` speak Chinese like the bundles do. An editable install (``pip install -e .``, what
``make`` runs) writes them into the source folder, where git ignores them. Everything else about
the package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = Path("resources", "translations")
INSTALLED_TRANSLATIONS = Path("hkpath_desktop", "resources", "translations")


def lrelease() -> str:
    """PySide6's lrelease: beside this interpreter, else on PATH (pip's build environment)."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: the build needs PySide6-Essentials")
    return found


def compile_translations(out: Path) -> None:
    """One ``.qm`` in ``out`` per ``.ts`` source; a failure stops the build."""
    sources = sorted((ROOT / TRANSLATIONS).glob("*.ts"))
    if not sources:
        raise SystemExit(f"no .ts sources in {ROOT / TRANSLATIONS}")
    out.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    for ts in sources:
        qm = out / ts.with_suffix(".qm").name
        qm.unlink(missing_ok=True)  # the sdist tree hard-links files: never write through
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm files beside the .ts ones in the build (or the source folder)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(ROOT / TRANSLATIONS)
        else:
            compile_translations(Path(self.build_lib) / INSTALLED_TRANSLATIONS)


class SdistWithTranslations(sdist):
    """An sdist that carries the compiled catalogues too (built in its tree, not the source)."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        compile_translations(Path(base_dir) / TRANSLATIONS)


setup(cmdclass={"build_py": BuildPyWithTranslations, "sdist": SdistWithTranslations})
