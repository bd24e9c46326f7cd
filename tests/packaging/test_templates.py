"""The packaging templates, icons, spec and tarball layout that ``packaging/build.py`` produces.

Fast tests of every piece the bundle is made of; the full PyInstaller build and its smoke test
run only with ``HKPATH_TEST_BUNDLE=1`` (about a minute or two on two cores).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = "9.8.7"
ON = date(2026, 11, 22)


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "hkpath_bundle_build", ROOT / "packaging/build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


@pytest.fixture
def rendered(tmp_path: Path) -> dict[str, Path]:
    written: dict[str, Path] = build.render_templates(tmp_path, build.template_values(VERSION, ON))
    return written


def test_every_template_is_filled_with_the_version_and_nothing_left_over(
    rendered: dict[str, Path],
) -> None:
    assert set(rendered) == set(build.TEMPLATES)
    for path in rendered.values():
        text = path.read_text("utf-8")
        assert VERSION in text, path.name
        assert build.PLACEHOLDER.search(text) is None, path.name


def test_a_placeholder_without_a_value_is_an_error_not_output() -> None:
    assert build.fill("v@VERSION@", {"VERSION": "1.2"}) == "v1.2"
    with pytest.raises(build.BuildError, match="NOPE"):
        build.fill("@VERSION@ @NOPE@", {"VERSION": "1.2"})


def test_desktop_file_parses_and_points_at_the_program_and_icon(
    rendered: dict[str, Path],
) -> None:
    path = rendered["linux/hkpath.desktop.in"]
    assert path.name == f"{build.APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == build.EXECUTABLE
    assert entry["Icon"] == build.APP_ID
    assert entry["Terminal"] == "false"
    assert entry["X-AppVersion"] == VERSION
    assert entry["Categories"].endswith(";")


def test_metainfo_is_well_formed_with_the_app_id_and_release(rendered: dict[str, Path]) -> None:
    root = ET.parse(rendered[f"linux/{build.APP_ID}.metainfo.xml.in"]).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == build.APP_ID
    assert root.findtext("launchable") == f"{build.APP_ID}.desktop"
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (VERSION, ON.isoformat())


def test_inno_setup_script_gets_version_and_paths(rendered: dict[str, Path]) -> None:
    text = rendered["windows/hkpath.iss.in"].read_text("utf-8")
    assert f'#define AppVersion "{VERSION}"' in text
    assert f'Source: "{build.DIST / "hkpath"}\\*"' in text
    assert f"SetupIconFile={build.GENERATED / 'icons' / 'hkpath.ico'}" in text


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], "linux/hkpath.desktop.in"),
        ("appstreamcli", ["validate", "--no-net"], f"linux/{build.APP_ID}.metainfo.xml.in"),
    ],
)
def test_linux_files_pass_the_freedesktop_validators(
    rendered: dict[str, Path], tool: str, args: list[str], name: str
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    done = subprocess.run([tool, *args, str(rendered[name])], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _bundled(datas: list[tuple[str, str]]) -> set[str]:
    """Each data file as its path inside the bundle."""
    return {f"{folder}/{Path(source).name}" for source, folder in datas}


def test_bundle_ships_every_resource_file_the_program_reads(tmp_path: Path) -> None:
    """Every committed resource reaches the bundle (and the wheel: both follow package-data)."""
    bundled = _bundled(build.bundle_datas(compiled=tmp_path / "none"))
    resources = ROOT / "resources"
    on_disk = {
        f"hkpath_desktop/resources/{path.relative_to(resources).as_posix()}"
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm"
    }
    assert on_disk - bundled == set()
    for needed in ("rules/pack.toml", "checklists/shared.toml", "demo/family.json"):
        assert f"hkpath_desktop/resources/{needed}" in bundled
    assert "hkpath_desktop/resources/icons/hkpath.svg" in bundled


def test_bundle_takes_freshly_compiled_translations(tmp_path: Path) -> None:
    (tmp_path / "hkpath_xx.qm").write_bytes(b"qm")
    datas = build.bundle_datas(compiled=tmp_path)
    qm_sources = [Path(source) for source, _ in datas if source.endswith(".qm")]
    assert qm_sources == [tmp_path / "hkpath_xx.qm"]
    assert "hkpath_desktop/resources/translations/hkpath_xx.qm" in _bundled(datas)


def test_bundle_ships_the_migrations_as_files() -> None:
    bundled = _bundled(build.bundle_datas())
    migrations = ROOT / "hkpath_desktop/store/migrations"
    versions = sorted((migrations / "versions").glob("0*.py"))
    assert versions
    for path in [migrations / "env.py", migrations / "script.py.mako", *versions]:
        assert f"hkpath_desktop/store/{path.relative_to(migrations.parent).as_posix()}" in bundled
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in bundled)


def test_spec_builds_one_windowed_folder_with_data_metadata_and_every_module() -> None:
    text = (ROOT / "packaging/hkpath.spec").read_text("utf-8")
    assert "datas = build.bundle_datas()" in text
    assert "copy_metadata(build.DISTRIBUTION)" in text
    assert 'collect_submodules("hkpath_desktop")' in text
    assert "console=False" in text
    assert "exclude_binaries=True" in text  # one folder, not one file
    assert "bundle_identifier=build.APP_ID" in text


@pytest.mark.gui
def test_icons_are_rendered_at_every_size(qapp: object, tmp_path: Path) -> None:
    from PIL import Image

    pngs = build.render_icons(build.ICON_SVG, tmp_path)
    assert sorted(pngs) == sorted(build.PNG_SIZES)
    for size, path in pngs.items():
        with Image.open(path) as image:
            assert image.size == (size, size)
            centre = image.convert("RGBA").getpixel((size // 2, size // 2))
            assert isinstance(centre, tuple) and centre[3] == 255  # opaque, not blank
    with Image.open(tmp_path / "hkpath.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in build.ICO_SIZES}
    with Image.open(tmp_path / "hkpath.icns") as icns:
        assert icns.format == "ICNS"


def test_linux_tarball_holds_program_installer_and_desktop_integration(
    tmp_path: Path, rendered: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    (dist / "hkpath" / "_internal").mkdir(parents=True)
    (dist / "hkpath" / "hkpath").write_text("#!/bin/sh\n")
    icons = tmp_path / "icons"
    icons.mkdir()
    for name in ["hkpath.svg", *(f"hkpath-{size}.png" for size in build.PNG_SIZES)]:
        (icons / name).write_bytes(b"icon")
    monkeypatch.setattr(build, "DIST", dist)

    tarball = build.pack_linux(VERSION, rendered, icons)

    top = f"hkpath-desktop-{VERSION}"
    assert tarball.parent == dist and tarball.name.startswith(f"{top}-linux-")
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert f"{top}/hkpath/hkpath" in members
    assert members[f"{top}/install.sh"].mode & stat.S_IXUSR
    assert f"{top}/share/applications/{build.APP_ID}.desktop" in members
    assert f"{top}/share/metainfo/{build.APP_ID}.metainfo.xml" in members
    assert f"{top}/share/icons/hicolor/scalable/apps/{build.APP_ID}.svg" in members
    for size in build.PNG_SIZES:
        assert f"{top}/share/icons/hicolor/{size}x{size}/apps/{build.APP_ID}.png" in members


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in programs are shell scripts")
@pytest.mark.parametrize(
    ("script", "problem"),
    [
        ("exit 3", "exited 3"),
        ('[ "$1" = --version ] && echo "hkpath 0.0.1"; exit 0', "--version says"),
    ],
)
def test_smoke_test_fails_a_broken_program(tmp_path: Path, script: str, problem: str) -> None:
    program = tmp_path / "hkpath"
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    with pytest.raises(build.BuildError, match=problem):
        build.smoke_test(program, VERSION)


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("HKPATH_TEST_BUNDLE") != "1", reason="set HKPATH_TEST_BUNDLE=1 to build"
)
def test_full_bundle_builds_and_passes_its_smoke_test() -> None:
    """What ``make bundle`` does: PyInstaller, the tarball, then the built program itself."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging/build.py"), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=1800,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    if sys.platform.startswith("linux"):
        assert list(build.DIST.glob("hkpath-desktop-*-linux-*.tar.gz"))


def test_a_linux_bundle_carries_the_chinese_pdf_font_with_its_licence() -> None:
    if not build.LINUX_PDF_FONT.is_file():
        pytest.skip("fonts-wqy-microhei is not installed (.ci/run installs it)")
    bundled = _bundled(build.pdf_font("linux"))
    assert "hkpath_desktop/resources/fonts/wqy-microhei.ttc" in bundled
    assert "hkpath_desktop/resources/fonts/copyright" in bundled
    assert build.pdf_font("win32") == [] and build.pdf_font("darwin") == []


def test_deb_depends_on_the_window_libraries_and_the_build_machines_glibc() -> None:
    window = build.system_packages("window")
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libegl1"} <= set(window)
    assert "fonts-wqy-microhei" not in window  # the bundle carries the font itself
    control = build.deb_control(VERSION, "amd64", 1234, "2.36")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == build.DEB_PACKAGE
    assert fields["Version"] == VERSION
    assert fields["Installed-Size"] == "1234"
    assert fields["Depends"].split(", ") == ["libc6 (>= 2.36)", *window]
    assert control.endswith("\n")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb builds Debian packages")
def test_deb_puts_program_launcher_and_desktop_files_in_their_standard_places(
    tmp_path: Path, rendered: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    (dist / "hkpath" / "_internal").mkdir(parents=True)
    (dist / "hkpath" / "hkpath").write_text("#!/bin/sh\n")
    (dist / "hkpath" / "hkpath").chmod(0o755)
    icons = tmp_path / "icons"
    icons.mkdir()
    for name in ["hkpath.svg", *(f"hkpath-{size}.png" for size in build.PNG_SIZES)]:
        (icons / name).write_bytes(b"icon")
    monkeypatch.setattr(build, "DIST", dist)
    monkeypatch.setattr(build, "GENERATED", tmp_path / "generated")

    deb = build.pack_deb(VERSION, rendered, icons)

    assert (
        deb is not None and deb.parent == dist and deb.name.startswith(f"hkpath-desktop_{VERSION}_")
    )
    listed = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    entries = {line.split()[5]: line for line in listed.splitlines()}
    assert entries["./opt/hkpath/hkpath"].startswith("-rwxr-xr-x root/root")
    assert "./usr/bin/hkpath -> /opt/hkpath/hkpath" in entries["./usr/bin/hkpath"]
    assert f"./usr/share/applications/{build.APP_ID}.desktop" in entries
    assert f"./usr/share/metainfo/{build.APP_ID}.metainfo.xml" in entries
    assert f"./usr/share/icons/hicolor/scalable/apps/{build.APP_ID}.svg" in entries
    for size in build.PNG_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{build.APP_ID}.png" in entries
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "libxcb-icccm4" in depends


NEED = ROOT / "packaging/linux/need-system-packages"


def _need(tmp_path: Path, listing: str, *groups: str) -> subprocess.CompletedProcess[str]:
    """The checker, beside a list of our own, run as an ordinary user (a stand-in ``id``)."""
    (tmp_path / "system-packages.txt").write_text(listing)
    shutil.copy(NEED, tmp_path / NEED.name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "id").write_text("#!/bin/sh\necho 1000\n")
    (bin_dir / "id").chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(
        ["sh", str(tmp_path / NEED.name), *groups], capture_output=True, text=True, env=env
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="it checks Linux packages")
def test_system_package_check_is_silent_when_everything_is_there(tmp_path: Path) -> None:
    done = _need(
        tmp_path,
        f"# comment\nwindow libc6 libc.so.6\nwindow sh-pkg sh\npdf file-pkg {NEED}\n",
        "window",
        "pdf",
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="it checks Linux packages")
def test_system_package_check_names_the_exact_command_for_what_is_missing(
    tmp_path: Path,
) -> None:
    listing = (
        "window libc6 libc.so.6\n"
        "window libxcb-nothing9 libxcb-nothing.so.9\n"
        "pdf fonts-none /nowhere/font.ttc\n"
        "test no-tool no-such-command-hkpath\n"
    )
    done = _need(tmp_path, listing, "window", "pdf")
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-nothing9 fonts-none\n" in done.stderr
    assert "libxcb-nothing.so.9 /nowhere/font.ttc" in done.stderr
    assert "no-tool" not in done.stderr  # a group not asked for


def test_readme_names_the_system_packages_the_window_needs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for package in [*build.system_packages("window"), *build.system_packages("pdf")]:
        assert f"{package}" in readme, package


def _job(workflow: str, name: str) -> str:
    """The text of one job of a workflow file (jobs are the two-space-indented keys)."""
    body = workflow.split(f"\n  {name}:\n", 1)[1]
    return re.split(r"\n  (?=\S)", body, maxsplit=1)[0]


def test_release_workflow_builds_each_system_with_the_readmes_commands() -> None:
    """Its Linux job is CI itself; the others run the README's build commands verbatim."""
    workflow = (ROOT / ".github/workflows/release.yml").read_text("utf-8")
    readme = (ROOT / "README.md").read_text("utf-8")
    windows = [
        "py -3.11 -m venv .venv",
        '.venv\\Scripts\\python -m pip install -e ".[bundle]"',
        ".venv\\Scripts\\python packaging\\build.py --smoke-test",
    ]
    for command in windows:
        assert f"`{command}`" in readme, command
        assert f"          {command}\n" in _job(workflow, "windows"), command
    assert "| macOS (Python 3.11+, Xcode command-line tools) | `make bundle` |" in readme
    assert "run: make bundle\n" in _job(workflow, "macos")
    assert "run: CI=true bash .ci/run\n" in _job(workflow, "linux")
    assert "make bundle\n" in (ROOT / ".ci/run").read_text("utf-8")
    for job, installer in (("linux", "dist/*.deb"), ("windows", "setup.exe"), ("macos", ".dmg")):
        assert installer in _job(workflow, job), job
