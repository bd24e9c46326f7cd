"""A small disk of the test's own: a tmpfs in a private mount namespace, to fill or make read-only.

The tmpfs is mounted over an empty folder inside a mount namespace that a ``sleep`` process
holds: commands run in it through ``nsenter``, and the test reaches the same files through
``/proc/<pid>/root``. Nothing is mounted in the machine's own tree, and the disk goes away with
the holder. Root makes the namespace with ``unshare --mount``; another user needs user
namespaces (``unshare --mount --map-root-user``); where neither works the test is skipped and
says why.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from safety_cases import REPO_ROOT, run_hkpath

SIZE = "8m"


@dataclass
class SmallDisk:
    holder: subprocess.Popen[str]
    inside: Path
    """The mount point, as the commands run in the namespace see it."""
    prefix: list[str]
    """``nsenter`` into the namespace: put before a command to run it there."""

    @property
    def outside(self) -> Path:
        """The mount point as this process reaches it (never ``resolve()`` this path)."""
        return Path(f"/proc/{self.holder.pid}/root{self.inside}")

    def hkpath(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return run_hkpath(*argv, prefix=self.prefix)

    def python(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """A Python script of the tests (``tests/safety`` importable) run in the namespace."""
        path = f"{REPO_ROOT}{os.pathsep}{REPO_ROOT / 'tests' / 'safety'}"
        return subprocess.run(
            [*self.prefix, sys.executable, *argv],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )

    def fill(self, leave: int = 0) -> int:
        """Write one file until the disk has no more than ``leave`` bytes free; return its
        size."""
        fill = self.outside / "fill"
        fd = os.open(fill, os.O_CREAT | os.O_WRONLY, 0o600)
        written = 0
        try:
            for chunk in (b"\0" * 65536, b"\0" * 512, b"\0"):
                while self.free_bytes() - len(chunk) >= leave:
                    try:
                        written += os.write(fd, chunk)
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
        finally:
            os.close(fd)
        return written

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.outside).free

    def make_room(self) -> None:
        (self.outside / "fill").unlink()

    def remount_read_only(self) -> None:
        done = subprocess.run(
            [*self.prefix, "mount", "-o", "remount,ro", str(self.inside)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if done.returncode != 0 and os.geteuid() != 0:  # a user namespace may not remount
            pytest.skip(f"cannot remount the small disk read-only here: {done.stderr.strip()}")
        assert done.returncode == 0, done.stderr


def _namespace_commands() -> tuple[list[str], list[str]] | str:
    """(unshare, nsenter) for this user, or why there are none."""
    unshare, nsenter = shutil.which("unshare"), shutil.which("nsenter")
    if sys.platform != "linux" or unshare is None or nsenter is None:
        return "needs Linux with unshare and nsenter (util-linux) to make a small disk"
    if os.geteuid() == 0:
        return [unshare, "--mount"], [nsenter, "--mount"]
    return [unshare, "--mount", "--map-root-user"], [
        nsenter,
        "--user",
        "--mount",
        "--preserve-credentials",
    ]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    commands = _namespace_commands()
    if isinstance(commands, str):
        pytest.skip(commands)
    unshare, nsenter = commands
    inside = tmp_path / "disk"
    inside.mkdir()
    mount = f'mount -t tmpfs -o size={SIZE},mode=0700 hkpath-test "$1"'
    script = f"{mount} && echo ready && exec sleep 600"
    holder = subprocess.Popen(
        [*unshare, "sh", "-c", script, "sh", str(inside)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        if holder.stdout.readline().strip() != "ready":
            holder.wait(timeout=30)
            assert holder.stderr is not None
            reason = holder.stderr.read().strip()
            pytest.skip(f"this machine cannot mount a small disk in a namespace: {reason}")
        yield SmallDisk(holder, inside, [*nsenter, f"--target={holder.pid}"])
    finally:
        holder.kill()
        holder.wait(timeout=30)
