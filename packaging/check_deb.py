"""Install the built .deb as a Debian or Ubuntu user would, try it, and remove it again.

Checks that the package holds the program and the desktop files in their standard places,
that ``apt-get install`` accepts it, that every system library the window loads belongs to a
package its Depends brings in, that ``hkpath --self-test`` passes from ``/usr/bin/hkpath``, and
that ``apt-get purge`` leaves none of its files behind. It installs system-wide, so it needs
root (CI runs as root); otherwise it says so and stops.

    python packaging/check_deb.py dist/hkpath-desktop_VERSION_ARCH.deb
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

PACKAGE = "hkpath-desktop"
APP_ID = "io.github.hkpath.HKPath"
PREFIX = Path("/opt/hkpath")
LAUNCHER = Path("/usr/bin/hkpath")
STANDARD_PLACES = (
    "./opt/hkpath/hkpath",
    "./usr/bin/hkpath",
    f"./usr/share/applications/{APP_ID}.desktop",
    f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
    f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
)
# The libraries the window loads: the program and Qt's X11 (xcb) platform plugin.
WINDOW_FILES = ("hkpath", "_internal/PySide6/Qt/plugins/platforms/libqxcb.so")


class CheckError(RuntimeError):
    pass


def run(command: Sequence[str], env: Mapping[str, str] | None = None, ok: bool = False) -> str:
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0 and not ok:
        raise CheckError(
            f"{' '.join(command)} exited {done.returncode}\n{done.stdout[-2000:]}"
            f"{done.stderr[-3000:]}"
        )
    return done.stdout


def contents(deb: Path) -> list[str]:
    """The paths inside the package, as dpkg-deb lists them (./usr/bin/hkpath ...)."""
    listed = run(["dpkg-deb", "--contents", str(deb)])
    return [line.split()[5] for line in listed.splitlines() if len(line.split()) >= 6]


def system_libraries(files: Sequence[Path]) -> set[Path]:
    """The libraries outside the package that these ELF files load, as ldd resolves them."""
    found: set[Path] = set()
    for path in files:
        for line in run(["ldd", str(path)]).splitlines():
            if "not found" in line:
                raise CheckError(f"{path}: {line.strip()}")
            if "=>" in line and "/" in line.split("=>")[1]:
                library = Path(line.split("=>")[1].split()[0])
                if PREFIX not in library.parents:
                    found.add(library)
    return found


def owner(library: Path) -> str:
    """The installed package that holds a library (merged /usr: try both spellings)."""
    candidates = {library, library.resolve()}
    for path in list(candidates):
        text = str(path)
        candidates.add(Path(text[4:] if text.startswith("/usr/") else f"/usr{text}"))
    for path in sorted(candidates):
        answer = run(["dpkg-query", "--search", str(path)], ok=True)
        if answer:
            return answer.split(":")[0].split(",")[0].strip()
    raise CheckError(f"{library}: no installed package holds it")


def brought_in(package: str) -> set[str]:
    """The package and everything its Depends (and theirs, recursively) install."""
    listed = run(
        [
            "apt-cache",
            "depends",
            "--recurse",
            "--no-recommends",
            "--no-suggests",
            "--no-conflicts",
            "--no-breaks",
            "--no-replaces",
            "--no-enhances",
            package,
        ]
    )
    names = {package}
    for line in listed.splitlines():
        word = line.strip().removeprefix("|").removeprefix("Depends:").removeprefix("PreDepends:")
        word = word.strip().strip("<>")
        if word:
            names.add(word.split(":")[0])
    return names


def check(deb: Path) -> None:
    release = run(["dpkg-deb", "--field", str(deb), "Version"]).strip()
    inside = contents(deb)
    missing = [path for path in STANDARD_PLACES if path not in inside]
    if missing:
        raise CheckError(f"{deb.name} lacks {', '.join(missing)}")
    print(f"check-deb: {deb.name}: {len(inside)} paths, desktop files in their standard places")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "purge", "-y", "-qq", PACKAGE], env, ok=True)  # an earlier run's
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb.resolve())], env)
    try:
        if run(["dpkg-query", "-W", "-f", "${Status}", PACKAGE]) != "install ok installed":
            raise CheckError(f"{PACKAGE} is not installed after apt-get install")
        needed = brought_in(PACKAGE)
        libraries = system_libraries([PREFIX / name for name in WINDOW_FILES])
        uncovered = sorted(
            f"{library} ({owner(library)})" for library in libraries if owner(library) not in needed
        )
        if uncovered:
            raise CheckError(f"Depends does not bring in: {', '.join(uncovered)}")
        print(f"check-deb: Depends covers the {len(libraries)} system libraries the window loads")
        with tempfile.TemporaryDirectory(prefix="hkpath-deb-") as home:
            user = dict(
                os.environ,
                HOME=home,
                QT_QPA_PLATFORM="offscreen",
                QT_LOGGING_RULES="qt.qpa.*=false",
            )
            user.pop("HKPATH_DATA_DIR", None)
            reported = run([str(LAUNCHER), "--version"], user).strip()
            if reported != f"hkpath {release}":
                raise CheckError(f"{LAUNCHER} --version says {reported!r}")
            run([str(LAUNCHER), "--self-test"], user)
        print(f"check-deb: {LAUNCHER} --self-test passed ({reported})")
    finally:
        run(["apt-get", "purge", "-y", "-qq", PACKAGE], env)
    status = run(["dpkg-query", "-W", "-f", "${Status}", PACKAGE], ok=True)
    if "installed" in status.split():
        raise CheckError(f"{PACKAGE} still installed after purge: {status}")
    left = [path for path in inside if _leftover(path)]
    if left:
        raise CheckError(f"left behind after purge: {', '.join(left[:10])}")
    print("check-deb: purged; no file of the package is left")


def _leftover(path: str) -> bool:
    """A file of the package still on disk (shared folders such as /usr/share stay, rightly)."""
    on_disk = Path(path.removeprefix(".").rstrip("/") or "/")
    return on_disk.is_file() or on_disk.is_symlink() or (on_disk == PREFIX and on_disk.exists())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("deb", type=Path)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("check-deb: skipped, installing a .deb needs root (CI runs as root)")
        return 0
    try:
        check(args.deb)
    except CheckError as exc:
        print(f"check-deb: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
