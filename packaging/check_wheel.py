"""Build the sdist and wheel from a clean copy, install the wheel in a fresh venv and try it.

What a ``pip install`` / ``pipx install`` user gets: the sdist is built from the files git
knows (no ``.qm`` left over from ``make``), the wheel from that sdist, both with build
isolation, and both must carry the compiled catalogues. The wheel then goes into a new virtual
environment (never the development ``.venv``), and from a folder outside the source tree the
installed program must pass ``hkpath --self-test`` and speak Traditional and Simplified Chinese
from the catalogues inside the installed package.

    python packaging/check_wheel.py          # what CI runs; leaves sdist and wheel in dist/
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
CATALOGUES = ("hkpath_zh_HK.qm", "hkpath_zh_CN.qm", "qt_dialogs_zh_HK.qm", "qt_dialogs_zh_CN.qm")
TIMEOUT_S = 900

# Run by the fresh venv's interpreter: the installed package, in each language, through the
# same function the window uses to install its translators.
SPEAKS_CHINESE = """
import re, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
import hkpath_desktop
from hkpath_desktop.ui import i18n

venv = Path(sys.prefix).resolve()
package = Path(hkpath_desktop.__file__).resolve()
assert venv in package.parents, f"imported {package}, not the installed wheel in {venv}"
folder = i18n.our_translations_dir()
assert folder is not None and venv in folder.resolve().parents, folder
han = re.compile(r"[\\u4e00-\\u9fff]")
app = QApplication([])
for language, compare in (("zh_HK", "比較(&C)"), ("zh_CN", "比较(&C)")):
    assert i18n.install_translators(app, language) == language
    said = QCoreApplication.translate("MainWindow", "&Compare")
    assert said == compare, f"{language}: MainWindow says {said!r}"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    english = [text for text in labels if not han.search(text)]
    assert not english, f"{language}: file dialog labels in English: {english}"
    print(f"check-wheel: {language} catalogues load from {folder}")
"""


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    shown = " ".join(part if len(part) < 80 else "..." for part in command)
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    print(f"check-wheel: {shown} ({time.monotonic() - started:.0f} s)", flush=True)
    if done.returncode != 0:
        sys.exit(
            f"check-wheel: failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-5000:]}"
        )
    return done.stdout


def clean_copy(target: Path) -> None:
    """The files git tracks or would track: nothing ignored (.qm, .venv, build/) comes along."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def require_catalogues(archive: Path, names: list[str]) -> None:
    missing = [
        qm for qm in CATALOGUES if not any(name.endswith(f"/translations/{qm}") for name in names)
    ]
    if missing:
        sys.exit(f"check-wheel: {archive.name} lacks {', '.join(missing)}")
    print(f"check-wheel: {archive.name} carries {', '.join(CATALOGUES)}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="hkpath-wheel-") as scratch:
        work = Path(scratch)
        source, out, venv, elsewhere = (work / name for name in ("src", "out", "venv", "cwd"))
        for folder in (source, out, elsewhere):
            folder.mkdir()
        clean_copy(source)
        run([sys.executable, "-m", "build", "--outdir", str(out), str(source)], work)
        sdist = next(out.glob("*.tar.gz"))
        wheel = next(out.glob("*.whl"))
        with tarfile.open(sdist) as archive:
            require_catalogues(sdist, archive.getnames())
        with zipfile.ZipFile(wheel) as archive:
            require_catalogues(wheel, archive.namelist())
        # A venv without its own pip (ensurepip is slow); this pip installs into it.
        run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work)
        bindir = venv / ("Scripts" if os.name == "nt" else "bin")
        python = bindir / ("python.exe" if os.name == "nt" else "python")
        pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
        run([*pip, str(wheel)], elsewhere)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
        env.pop("PYTHONPATH", None)
        env["HOME"] = str(work)  # a user with no settings or data yet
        run([str(bindir / "hkpath"), "--self-test"], elsewhere, env)
        print(run([str(python), "-c", SPEAKS_CHINESE], elsewhere, env), end="")
        DIST.mkdir(exist_ok=True)
        for built in (sdist, wheel):
            shutil.copy2(built, DIST / built.name)
    print(f"check-wheel: passed; {sdist.name} and {wheel.name} in {DIST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
