"""An answer typed and left on screen survives SIGKILL, SIGTERM and SIGHUP (issue 21, point 1).

The real program runs as its own process (``typing_gui_worker.py``) and types a family name
into the interview without leaving the page. SIGKILL comes after the user's pause (the answer
must have been stored as typed); SIGTERM and SIGHUP come at once, before the pause is over
(the program must store what is on screen and quit cleanly). The file is then opened again
with the Repository and the answer must be in it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from safety_cases import REPO_ROOT

from hkpath_desktop.store.repository import Repository

WORKER = Path(__file__).with_name("typing_gui_worker.py")
TRIALS = 4
"""Per signal."""
USERS_PAUSE_S = 1.5
"""How long the user sits back after typing before the SIGKILL (the autosave pause is 0.4 s)."""


def _type_and_kill(tmp: Path, data_dir: Path, text: str, number: signal.Signals) -> int:
    """Start the GUI, let it type ``text``, send ``number``; its exit status."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), text],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "typed"
        if number is signal.SIGKILL:
            time.sleep(USERS_PAUSE_S)
        process.send_signal(number)
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _stored_family_name(data_dir: Path) -> str:
    with Repository.open(data_dir) as repo:
        household = repo.load(repo.list_households()[0].id)
    return household.members[0].family_name


@pytest.mark.slow
@pytest.mark.gui
@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_an_answer_left_on_screen_survives_each_kill(tmp_path: Path, data_dir: Path) -> None:
    with Repository.open(data_dir) as repo:
        repo.create_household("Typing test")
    kinds = (signal.SIGKILL, signal.SIGTERM, signal.SIGHUP)
    found = {kind: 0 for kind in kinds}
    began = time.monotonic()
    for trial in range(TRIALS):
        for kind in kinds:
            text = f"Chan {kind.name} {trial}"
            status = _type_and_kill(tmp_path, data_dir, text, kind)
            if kind is signal.SIGKILL:
                assert status == -signal.SIGKILL
            else:
                assert status == 0, f"{kind.name}: exit status {status}, not a clean quit"
            found[kind] += _stored_family_name(data_dir) == text
    figures = ", ".join(f"{kind.name} {found[kind]}/{TRIALS}" for kind in kinds)
    print(f"\nkills while typing: answers found after {figures}, {time.monotonic() - began:.1f} s")
    assert found == {kind: TRIALS for kind in kinds}
