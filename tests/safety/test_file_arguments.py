"""Every file the user names is a regular file under its limit, read with a bound (issue 21,
points 7 and 8): a pipe, a folder, a device or a ``/proc`` file is refused in one line with
exit 2, never a hang or a traceback; so are a 5,000-digit number and a document given twice.

The commands run in their own process with a timeout, so a hang fails the test instead of
stopping the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from safety_cases import run_hkpath

from hkpath_desktop.store.db import database_path

REPO_ROOT = Path(__file__).resolve().parents[2]
COMMANDS = {
    "import": ["import"],
    "assess": ["assess"],
    "rules import": ["rules", "import"],
    "universities import": ["universities", "import"],
}
pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev and /proc")


def _special(kind: str, tmp_path: Path) -> Path:
    if kind == "fifo":
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        return fifo
    if kind == "folder":
        folder = tmp_path / "folder.json"
        folder.mkdir()
        return folder
    return Path({"dev-zero": "/dev/zero", "proc-kmsg": "/proc/kmsg"}[kind])


def _one_line_exit_2(result: subprocess.CompletedProcess[str], command: str) -> None:
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"hkpath {command.split()[0]}: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "folder", "dev-zero"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_argument_that_is_not_a_regular_file_is_refused_at_once(
    command: str, kind: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = run_hkpath(*COMMANDS[command], str(_special(kind, tmp_path)), "--data-dir", str(data))
    _one_line_exit_2(result, command)
    said = "Is a directory" if kind == "folder" else "not a regular file"
    assert said in result.stderr
    assert not database_path(data).exists() or command == "import"
    assert not list(data.rglob("*.tmp")) if data.exists() else True


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc")
def test_a_proc_file_is_read_no_further_than_the_size_it_gives(tmp_path: Path) -> None:
    result = run_hkpath("import", "/proc/self/status", "--data-dir", str(tmp_path / "data"))
    _one_line_exit_2(result, "import")


def _family_with(fixtures_dir: Path, tmp_path: Path, change: str) -> Path:
    profile = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    if change == "documents-twice":
        profile["documents"] = profile["documents"][:1] * 2
        text = json.dumps(profile)
    else:  # a 5,000-digit integer (Python refuses to convert more than 4,300 by default)
        text = json.dumps(profile).replace('"version": 1', '"version": ' + "9" * 5000, 1)
    path = tmp_path / f"{change}.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("integer-5000-digits", "a number of 5000 digits"),
        ("documents-twice", "documents[1]: the same file is attached to the same item twice"),
    ],
)
def test_a_bad_number_or_a_document_given_twice_is_one_line_and_stores_nothing(
    change: str, said: str, fixtures_dir: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    profile = _family_with(fixtures_dir, tmp_path, change)
    result = run_hkpath("import", str(profile), "--data-dir", str(data))
    _one_line_exit_2(result, "import")
    assert said in result.stderr
    assert run_hkpath("list", "--data-dir", str(data)).stdout == ""


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "proc-kmsg"])
def test_hashing_an_attachment_never_waits_on_what_is_not_a_file(kind: str, tmp_path: Path) -> None:
    path = _special(kind, tmp_path)
    if not path.exists():
        pytest.skip(f"{path} is not on this system")
    code = (
        "import sys\n"
        "from hkpath_desktop.core.facts import DocumentRef\n"
        "from hkpath_desktop.store.attachments import AttachmentError, fingerprint, inspect\n"
        "ref = DocumentRef(member='m1', item='x', path=sys.argv[1])\n"
        "print(inspect(ref).problem)\n"
        "try:\n"
        "    fingerprint('m1', 'x', sys.argv[1])\n"
        "except AttachmentError as exc:\n"
        "    print(exc.state.problem)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    if kind == "proc-kmsg":  # a regular file that says it is empty: read for 0 bytes
        assert len(lines) in (1, 2), result.stdout
    else:
        assert lines == ["not_a_file", "not_a_file"]
