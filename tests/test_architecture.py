"""The house rules that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hkpath_desktop"


def test_core_loads_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, pkgutil, importlib, hkpath_desktop.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'hkpath_desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlalchemy', "
        "'alembic', 'reportlab'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_imports_point_one_way() -> None:
    """core imports no other room; store and report never import ui; logging is set up at the
    edge (the command line, the window), never by the store or the engine."""
    forbidden = {
        "core": (
            "hkpath_desktop.store",
            "hkpath_desktop.ui",
            "hkpath_desktop.report",
            "hkpath_desktop.applog",
            "PySide6",
        ),
        "store": ("hkpath_desktop.ui", "hkpath_desktop.report", "hkpath_desktop.applog", "PySide6"),
        "report": ("hkpath_desktop.ui", "hkpath_desktop.store", "PySide6", "sqlalchemy"),
    }
    offences = []
    for room, banned in forbidden.items():
        for path in (PACKAGE / room).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(banned):
                    offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offences == []


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_graph() -> dict[str, set[str]]:
    """Each module's imports of the package's own modules, at any level of the file."""
    files = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:  # ``from package import module`` names the module
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in files else base)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def test_no_import_cycles() -> None:
    """No two modules import each other, directly or round a loop (type checking included)."""
    graph = _module_graph()
    reach: dict[str, set[str]] = {}
    for start in graph:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])
        reach[start] = seen
    cycles = sorted(name for name in graph if name in reach[name])
    assert cycles == []


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
