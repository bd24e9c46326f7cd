"""A stream of autosaves to be killed: the helper process of ``test_crash_safety``.

Started once as ``python autosave_worker.py DATA_DIR``, it imports the store (the slow part)
and then forks one writer per ``go START`` line read from stdin, so that a hundred kills take
seconds rather than minutes. Each writer opens the database the way the program does and
autosaves answers numbered from START until it is killed, printing ``member N`` or
``note N`` only after that answer's transaction has committed. The forking parent prints
``pid P`` for each writer and ``dead P STATUS`` once it has reaped it.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from hkpath_desktop.store.repository import Repository, empty_principal

MAX_STEPS = 100_000
"""A writer that is never killed stops here, so a broken test cannot run forever."""


def _say(line: str) -> None:
    os.write(1, f"{line}\n".encode())


def autosave(data_dir: Path, start: int) -> None:
    repo = Repository.open(data_dir)
    households = repo.list_households()
    household_id = households[0].id if households else repo.create_household("Crash test")
    principal = empty_principal()
    for n in range(start, start + MAX_STEPS):
        repo.save_member(household_id, replace(principal, given_name=f"autosave {n}"))
        _say(f"member {n}")
        repo.set_note(household_id, "m1", f"n{n}", f"answer {n}")
        _say(f"note {n}")


def serve(data_dir: Path) -> None:
    _say("ready")
    for line in sys.stdin:
        command = line.split()
        if command[:1] != ["go"]:
            return
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                autosave(data_dir, int(command[1]))
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        _say(f"pid {pid}")
        _pid, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
