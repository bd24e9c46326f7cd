"""Refresh the Qt translation sources and build the compiled catalogues.

    python tools/update_translations.py            # lupdate: new UI strings into the .ts files
    python tools/update_translations.py --release  # lrelease: .ts -> .qm (what `make` runs)

The .ts files under resources/translations/ are the committed sources; the .qm files are
built and git-ignored. Line numbers are left out of the .ts files so that moving code does
not churn them. ``--ts-dir`` points both steps at another folder (the tests use a copy).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "hkpath_desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_HK", "zh_CN")


def tool(name: str) -> str:
    """A PySide6 tool next to this interpreter (the venv), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_files(ts_dir: Path) -> list[Path]:
    return [ts_dir / f"hkpath_{language}.ts" for language in LANGUAGES]


def update(ts_dir: Path) -> None:
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    for ts, language in zip(ts_files(ts_dir), LANGUAGES, strict=True):
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(ts_dir: Path) -> None:
    for ts in ts_files(ts_dir):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="build .qm from the .ts files")
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    args = parser.parse_args()
    args.ts_dir.mkdir(parents=True, exist_ok=True)
    if args.release:
        release(args.ts_dir)
    else:
        update(args.ts_dir)


if __name__ == "__main__":
    main()
