"""The `hkpath` entry point itself: `python -m`, and a reader that stops early."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hkpath_desktop import __version__


def test_python_dash_m_is_the_same_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "hkpath_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"hkpath {__version__}"


def test_a_reader_that_goes_away_gets_no_traceback(fixtures_dir: Path, tmp_path: Path) -> None:
    """Output far larger than a pipe's buffer, so the writer really meets the closed pipe."""
    document = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    child = document["household"]["members"][2]
    document["household"]["members"] += [{**child, "id": f"c{i}"} for i in range(300)]
    profile = tmp_path / "big-family.json"
    profile.write_text(json.dumps(document), encoding="utf-8")
    command = [
        sys.executable, "-m", "hkpath_desktop", "checklist", str(profile),
        "--pathway", "cies", "--stage", "entry",
    ]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert proc.returncode in (0, 1)


def test_no_arguments_open_the_window_on_the_usual_data_folder(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hkpath_desktop import cli
    from hkpath_desktop.ui import app

    opened: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda data_dir: opened.append(data_dir) or 0)
    monkeypatch.setattr(cli, "_gui_arguments", lambda argv: (_ for _ in ()).throw(AssertionError))
    monkeypatch.setattr(sys, "argv", ["hkpath"])
    assert cli.main() == 0 and cli.main([]) == 0
    assert opened == [None, None]


def test_a_data_folder_option_still_opens_the_window_there(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hkpath_desktop import cli
    from hkpath_desktop.ui import app

    opened: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda data_dir: opened.append(data_dir) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert opened == [tmp_path]
