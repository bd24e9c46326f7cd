"""Build the installable bundle of HKPath Desktop for the platform this runs on.

Applicants install an app, not a Python package. This script fills the packaging templates with
the version from the installed metadata, renders the icons from ``resources/icons/hkpath.svg``,
compiles the translations, runs PyInstaller on ``packaging/hkpath.spec`` and packs the result:
a tarball and (where ``dpkg-deb`` is, as on Debian and Ubuntu) a ``.deb`` on Linux, an Inno
Setup installer on Windows (when ``ISCC.exe`` is on PATH), a disk image on macOS.
``--smoke-test`` then runs the built program as a user would. Everything it writes goes under
``build/`` and ``dist/``; nothing generated is committed.

    python packaging/build.py --smoke-test      # what ``make bundle`` runs
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from importlib.metadata import version
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
GENERATED = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
SPEC = PACKAGING / "hkpath.spec"
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "hkpath_desktop" / "store" / "migrations"
ICON_SVG = RESOURCES / "icons" / "hkpath.svg"
TRANSLATIONS = RESOURCES / "translations"

DISTRIBUTION = "hkpath-desktop"
DEB_PACKAGE = "hkpath-desktop"
DEB_PREFIX = PurePosixPath("/opt/hkpath")
SYSTEM_PACKAGES = PACKAGING / "linux" / "system-packages.txt"
APP_ID = "io.github.hkpath.HKPath"
EXECUTABLE = "hkpath"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMOKE_TIMEOUT_S = 300
# Qt's own catalogues (from PySide6) and ours: without them the bundle speaks only English.
BUNDLED_CATALOGUES = (
    "qtbase_zh_TW.qm",
    "qtbase_zh_CN.qm",
    "hkpath_zh_HK.qm",
    "hkpath_zh_CN.qm",
    "qt_dialogs_zh_HK.qm",
    "qt_dialogs_zh_CN.qm",
)
# Linux has no Chinese font one can count on, so the bundle carries the one the build machine
# has (Debian's fonts-wqy-microhei: Apache-2.0 or GPLv3), with its licence, for the PDFs.
# Windows and macOS always have one (report/fonts.py finds it).
LINUX_PDF_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LINUX_PDF_FONT_LICENCE = Path("/usr/share/doc/fonts-wqy-microhei/copyright")

PLACEHOLDER = re.compile(r"@([A-Z][A-Z0-9_]*)@")

TEMPLATES: Mapping[str, str] = {
    "linux/hkpath.desktop.in": f"linux/{APP_ID}.desktop",
    f"linux/{APP_ID}.metainfo.xml.in": f"linux/{APP_ID}.metainfo.xml",
    "windows/hkpath.iss.in": "windows/hkpath.iss",
}
"""Template under packaging/ -> filled file under build/bundle/."""


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


def installed_version() -> str:
    """The version of the installed distribution: the one the program reports with --version."""
    try:
        return version(DISTRIBUTION)
    except Exception as exc:  # PackageNotFoundError: a source tree that was never installed
        raise BuildError(f"install the program first (pip install -e '.[bundle]'): {exc}") from exc


def release_date() -> date:
    """Today, or SOURCE_DATE_EPOCH's day for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


def template_values(release: str, on: date) -> dict[str, str]:
    return {
        "VERSION": release,
        "DATE": on.isoformat(),
        "APP_ID": APP_ID,
        "EXEC": EXECUTABLE,
        "SOURCE_DIR": str(DIST / "hkpath"),
        "OUTPUT_DIR": str(DIST),
        "ICON": str(GENERATED / "icons" / "hkpath.ico"),
    }


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace every ``@NAME@``; a name with no value is an error, never left in the output."""
    missing = sorted({name for name in PLACEHOLDER.findall(template) if name not in values})
    if missing:
        raise BuildError(f"no value for placeholder(s): {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def render_templates(out: Path, values: Mapping[str, str]) -> dict[str, Path]:
    """Fill every template into ``out``; returns template name -> written file."""
    written: dict[str, Path] = {}
    for source, target in TEMPLATES.items():
        path = out / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fill((PACKAGING / source).read_text("utf-8"), values), "utf-8")
        written[source] = path
    return written


def resource_patterns() -> list[str]:
    """The wheel's package-data globs for the resources: the one list of what ships."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    patterns: list[str] = config["tool"]["setuptools"]["package-data"]["hkpath_desktop.resources"]
    return patterns


def bundle_datas(compiled: Path = GENERATED / "translations") -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for PyInstaller's ``datas``.

    The resources the wheel ships (with the ``.qm`` files compiled into ``compiled`` in place of
    any stale local ones) and the Alembic migrations, which Alembic reads as files from disk.
    """
    fresh_qm = sorted(compiled.glob("*.qm")) if compiled.is_dir() else []
    resources = {RESOURCES / "__init__.py"}
    for pattern in resource_patterns():
        resources.update(path for path in RESOURCES.glob(pattern) if path.is_file())
    if fresh_qm:
        resources = {path for path in resources if path.suffix != ".qm"}
    migrations = [MIGRATIONS / "script.py.mako"]
    migrations += [path for path in MIGRATIONS.rglob("*.py") if "__pycache__" not in path.parts]

    def place(files: Iterable[Path], source: Path, target: str) -> list[tuple[str, str]]:
        return [
            (str(path), str(PurePosixPath(target, path.parent.relative_to(source).as_posix())))
            for path in sorted(files)
        ]

    return (
        place(resources, RESOURCES, "hkpath_desktop/resources")
        + place(fresh_qm, compiled, "hkpath_desktop/resources/translations")
        + place(migrations, MIGRATIONS, "hkpath_desktop/store/migrations")
        + pdf_font()
    )


def pdf_font(platform: str = sys.platform) -> list[tuple[str, str]]:
    """The Chinese PDF font and its licence for a Linux bundle (none needed elsewhere)."""
    if not platform.startswith("linux"):
        return []
    if not LINUX_PDF_FONT.is_file():
        print(
            f"warning: {LINUX_PDF_FONT} not found (apt install fonts-wqy-microhei): the "
            "bundle's PDFs will rely on the viewer for Chinese text",
            file=sys.stderr,
        )
        return []
    files = [(str(LINUX_PDF_FONT), "hkpath_desktop/resources/fonts")]
    if LINUX_PDF_FONT_LICENCE.is_file():
        files.append((str(LINUX_PDF_FONT_LICENCE), "hkpath_desktop/resources/fonts"))
    return files


def render_icons(svg: Path, out: Path) -> dict[int, Path]:
    """PNG per size from the SVG with Qt's renderer, plus hkpath.ico and hkpath.icns (Pillow)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"{svg}: not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"hkpath-{size}.png"
        if not image.save(str(pngs[size])):
            raise BuildError(f"could not write {pngs[size]}")
    largest = Image.open(pngs[max(PNG_SIZES)])
    largest.save(out / "hkpath.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(out / "hkpath.icns")
    shutil.copy2(svg, out / "hkpath.svg")
    return pngs


def compile_translations(sources: Path, out: Path) -> list[Path]:
    """``.qm`` files for the bundle from the committed ``.ts`` sources (pyside6-lrelease)."""
    ts_files = sorted(sources.glob("*.ts")) if sources.is_dir() else []
    if not ts_files:
        return []
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    lrelease = lrelease or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise BuildError("pyside6-lrelease not found: install PySide6-Essentials")
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in ts_files:
        qm = out / ts.with_suffix(".qm").name
        _run([lrelease, "-silent", str(ts), "-qm", str(qm)])
        compiled.append(qm)
    return compiled


def run_pyinstaller() -> None:
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={GENERATED / 'pyinstaller'}",
            str(SPEC),
        ]
    )


def built_executable() -> Path:
    """The program inside the bundle, the one a user's launcher starts."""
    if sys.platform == "darwin":
        return DIST / "HKPath.app" / "Contents" / "MacOS" / EXECUTABLE
    if sys.platform == "win32":
        return DIST / "hkpath" / "hkpath-cli.exe"
    return DIST / "hkpath" / EXECUTABLE


def linux_share(generated: Mapping[str, Path], icons: Path) -> dict[str, Path]:
    """share/... path -> file: the menu entry, AppStream data and icons, where XDG wants them."""
    share = {
        f"share/applications/{APP_ID}.desktop": generated["linux/hkpath.desktop.in"],
        f"share/metainfo/{APP_ID}.metainfo.xml": generated[f"linux/{APP_ID}.metainfo.xml.in"],
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": icons / "hkpath.svg",
    }
    for size in PNG_SIZES:
        share[f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = icons / f"hkpath-{size}.png"
    return share


def pack_linux(release: str, generated: Mapping[str, Path], icons: Path) -> Path:
    """dist/hkpath-desktop-VERSION-linux-ARCH.tar.gz: the program, install.sh, share/."""
    top = f"{DISTRIBUTION}-{release}"
    tarball = DIST / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(DIST / "hkpath", arcname=f"{top}/hkpath")
        archive.add(PACKAGING / "linux" / "install.sh", arcname=f"{top}/install.sh")
        for name, path in linux_share(generated, icons).items():
            archive.add(path, arcname=f"{top}/{name}")
    return tarball


def system_packages(*groups: str) -> list[str]:
    """The Debian packages of these groups in packaging/linux/system-packages.txt."""
    packages = []
    for line in SYSTEM_PACKAGES.read_text("utf-8").splitlines():
        fields = line.split()
        if len(fields) == 3 and not line.startswith("#") and fields[0] in groups:
            packages.append(fields[1])
    return packages


def deb_control(release: str, architecture: str, installed_kib: int, glibc: str) -> str:
    """The .deb's DEBIAN/control: the window's libraries and the build machine's glibc."""
    depends = ", ".join([f"libc6 (>= {glibc})", *system_packages("window")])
    return (
        f"Package: {DEB_PACKAGE}\n"
        f"Version: {release}\n"
        f"Architecture: {architecture}\n"
        "Maintainer: HKPath Desktop developers\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: Offline planner for the routes to Hong Kong residence\n"
        " Compares the five main routes to Hong Kong residence for a family, with the\n"
        " documents each person needs and the seven years to permanent residency.\n"
        " Everything stays on the computer; it is not legal advice.\n"
    )


def pack_deb(release: str, generated: Mapping[str, Path], icons: Path) -> Path | None:
    """dist/hkpath-desktop_VERSION_ARCH.deb: the bundle in /opt/hkpath, /usr/bin/hkpath, share/.

    Built with dpkg-deb from a staged tree (no debhelper); the menu and icon caches are
    refreshed by the triggers of desktop-file-utils and hicolor-icon-theme, so the package
    needs no maintainer scripts and removing it leaves nothing behind.
    """
    dpkg_deb = shutil.which("dpkg-deb")
    if dpkg_deb is None:
        print("build: dpkg-deb not found, skipping the .deb; the tarball is the Linux package")
        return None
    architecture = _run(["dpkg", "--print-architecture"]).strip()
    root = GENERATED / "deb"
    shutil.rmtree(root, ignore_errors=True)
    program = root / DEB_PREFIX.relative_to("/")
    shutil.copytree(DIST / "hkpath", program, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / EXECUTABLE).symlink_to(DEB_PREFIX / EXECUTABLE)
    for name, path in linux_share(generated, icons).items():
        target = root / "usr" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        target.chmod(0o644)
    size = sum(path.stat().st_size for path in root.rglob("*") if path.is_file())
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        deb_control(release, architecture, (size + 1023) // 1024, platform.libc_ver()[1]), "utf-8"
    )
    for folder in [root, *(path for path in root.rglob("*") if path.is_dir())]:
        folder.chmod(0o755)
    deb = DIST / f"{DEB_PACKAGE}_{release}_{architecture}.deb"
    _run([dpkg_deb, "--root-owner-group", "-Zzstd", "--build", str(root), str(deb)])
    return deb


def pack_windows(release: str, iss: Path) -> Path | None:
    """The Inno Setup installer, when ISCC.exe is installed (it is a Windows-only tool)."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        print("build: ISCC.exe not on PATH, skipping the installer; dist/hkpath is the app")
        return None
    _run([iscc, "/Q", str(iss)])
    return DIST / f"{DISTRIBUTION}-{release}-windows-setup.exe"


def pack_macos(release: str) -> Path:
    """A compressed disk image holding HKPath.app (hdiutil ships with macOS)."""
    image = DIST / f"{DISTRIBUTION}-{release}-macos-{platform.machine()}.dmg"
    image.unlink(missing_ok=True)
    _run(
        [
            "hdiutil",
            "create",
            "-volname",
            "HKPath Desktop",
            "-srcfolder",
            str(DIST / "HKPath.app"),
            "-format",
            "UDZO",
            str(image),
        ]
    )
    return image


def smoke_test(executable: Path, release: str) -> None:
    """Run the built program as a user would: GUI self-test, --version, CLI on a fresh folder.

    The fresh data folder makes the bundled Alembic migrations run; the demo household read from
    inside the bundle and the sub-commands that read rules, checklists and texts prove the
    resources were collected.
    """
    if not executable.is_file():
        raise BuildError(f"{executable}: not built")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env.pop("HKPATH_DATA_DIR", None)
    _run([str(executable), "--self-test"], env=env)
    reported = _run([str(executable), "--version"], env=env).strip()
    if reported != f"hkpath {release}":
        raise BuildError(f"--version says {reported!r}, expected 'hkpath {release}'")
    # The whole app: HKPath.app on macOS (its data sit beside Contents/MacOS), else the folder.
    bundle = executable.parents[2] if sys.platform == "darwin" else executable.parent
    demo = next(bundle.rglob("hkpath_desktop/resources/demo/family.json"), None)
    if demo is None:
        raise BuildError("the demo household is not inside the bundle")
    catalogues = {path.name for path in bundle.rglob("*.qm")}
    missing = [name for name in BUNDLED_CATALOGUES if name not in catalogues]
    if missing:
        raise BuildError(f"the bundle lacks the translations {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="hkpath-smoke-") as folder:
        data = ["--data-dir", str(Path(folder, "data"))]
        household = _run([str(executable), *data, "import", str(demo)], env=env).strip()
        listed = _run([str(executable), *data, "list"], env=env).splitlines()
        if not any(line.split("\t")[0] == household for line in listed):
            raise BuildError(f"household {household!r} imported but not listed: {listed}")
        for command in (
            ["assess", str(demo), "--json"],
            ["checklist", str(demo), "--pathway", "ttps", "--stage", "entry"],
            ["timeline", str(demo)],
            ["rules", "show"],
        ):
            _run([str(executable), *data, *command], env=env)
    print(f"build: smoke test passed ({executable})")


def _run(command: Sequence[str], env: Mapping[str, str] | None = None) -> str:
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=SMOKE_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"{' '.join(command)}: {exc}") from exc
    if done.returncode != 0:
        raise BuildError(
            f"{' '.join(command)} exited {done.returncode}\n{done.stdout[-2000:]}"
            f"{done.stderr[-4000:]}"
        )
    return done.stdout


def build(*, package: bool) -> Path:
    """Every step up to the packed bundle; returns the built executable."""
    started = time.monotonic()
    release = installed_version()
    generated = render_templates(GENERATED, template_values(release, release_date()))
    render_icons(ICON_SVG, GENERATED / "icons")
    shutil.rmtree(GENERATED / "translations", ignore_errors=True)
    compile_translations(TRANSLATIONS, GENERATED / "translations")
    print(f"build: templates, icons and translations in {time.monotonic() - started:.0f} s")
    run_pyinstaller()
    print(f"build: PyInstaller done after {time.monotonic() - started:.0f} s")
    if package:
        if sys.platform == "win32":
            packed = pack_windows(release, generated["windows/hkpath.iss.in"])
        elif sys.platform == "darwin":
            packed = pack_macos(release)
        else:
            packed = pack_linux(release, generated, GENERATED / "icons")
            deb = pack_deb(release, generated, GENERATED / "icons")
            if deb is not None:
                print(f"build: packed {deb} after {time.monotonic() - started:.0f} s")
        print(f"build: packed {packed} after {time.monotonic() - started:.0f} s")
    return built_executable()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--smoke-test", action="store_true", help="run the built program after")
    parser.add_argument(
        "--smoke-only", action="store_true", help="only run the smoke test on the last build"
    )
    parser.add_argument("--no-package", action="store_true", help="stop after PyInstaller")
    args = parser.parse_args(argv)
    try:
        executable = built_executable() if args.smoke_only else build(package=not args.no_package)
        if args.smoke_test or args.smoke_only:
            smoke_test(executable, installed_version())
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
