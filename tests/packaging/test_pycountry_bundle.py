"""The bundle carries what the country lists read from pycountry (names in Chinese).

The spec names no pycountry file itself: PyInstaller's analysis finds ``import pycountry`` in
``core/countries.py`` (the one list of country names) and runs the pycountry hook of
pyinstaller-hooks-contrib, which collects its data files and metadata. These tests hold each
link of that chain, so a change in either package that drops the data fails here rather than in
a Chinese user's wizard.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDED = (
    "pycountry/databases/iso3166-1.json",
    "pycountry/locales/zh_HK/LC_MESSAGES/iso3166-1.mo",
    "pycountry/locales/zh_TW/LC_MESSAGES/iso3166-1.mo",
    "pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo",
)


def test_the_country_list_imports_pycountry_where_the_analysis_sees_it() -> None:
    source = (ROOT / "hkpath_desktop/core/countries.py").read_text("utf-8")
    imported = {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "pycountry" in imported


def test_the_pycountry_hook_collects_its_databases_chinese_names_and_metadata() -> None:
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    contrib = pytest.importorskip("_pyinstaller_hooks_contrib")
    hook = Path(contrib.__file__).parent / "stdhooks" / "hook-pycountry.py"
    assert hook.is_file()
    namespace: dict[str, object] = {}
    exec(compile(hook.read_text("utf-8"), str(hook), "exec"), namespace)
    datas = namespace["datas"]
    assert isinstance(datas, list)
    bundled = {(Path(target) / Path(source).name).as_posix() for source, target in datas}
    assert set(NEEDED) <= bundled
    assert any(name.startswith("pycountry-") and name.endswith(".dist-info") for name in bundled)
    assert hooks.copy_metadata("pycountry")
