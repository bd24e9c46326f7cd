"""Attached files on a real disk: fingerprints, and honest states when a file goes wrong."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hkpath_desktop.core.facts import DocumentRef
from hkpath_desktop.store.attachments import (
    CHUNK,
    AttachmentError,
    FileState,
    FileStatus,
    Problem,
    fingerprint,
    hash_file,
    inspect,
    state_for_error,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
_NO_OVERRIDE = "-dac_override,-dac_read_search,-fowner"


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_hash_streams_in_chunks_and_reports_bytes(tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK + 123)
    path = _write(tmp_path / "big.bin", data)
    seen: list[int] = []
    assert hash_file(path, seen.append) == hashlib.sha256(data).hexdigest()
    assert seen == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 123]


def test_empty_file_has_the_empty_hash(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.pdf", b"")
    assert hash_file(path) == hashlib.sha256(b"").hexdigest()
    assert inspect(fingerprint("m1", "x", path)).ok


@pytest.mark.parametrize(
    "name", ["護照 passport.pdf", "Ünïcödé — résumé (final) v2.pdf", "  leading and trailing  "]
)
def test_unicode_and_spaces_fingerprint_and_stay_ok(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / "我的 文件" / name, b"scan of a passport")
    ref = fingerprint("m1", "ttps.entry.travel_document", path)
    assert ref.path == str(path)
    assert ref.size == len(b"scan of a passport")
    assert ref.sha256 == hashlib.sha256(b"scan of a passport").hexdigest()
    assert ref.mtime == path.stat().st_mtime
    assert inspect(ref) == FileState(FileStatus.OK)


def test_a_path_longer_than_255_characters_works(tmp_path: Path) -> None:
    folder = tmp_path
    while len(str(folder)) < 300:
        folder = folder / ("long folder name " + "x" * 30)
    path = _write(folder / "degree certificate.pdf", b"degree")
    assert len(str(path)) > 255
    ref = fingerprint("m1", "item", path)
    assert inspect(ref).ok


def test_a_path_beyond_the_system_limit_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    limit = os.pathconf(tmp_path, "PC_PATH_MAX")
    parts = []
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        while len(str(tmp_path)) + sum(len(p) + 1 for p in parts) <= limit + 10:
            name = "d" * 200
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
            parts.append(name)
        leaf = os.open("file.pdf", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, b"data")
        os.close(leaf)
    finally:
        os.close(fd)
    path = os.path.join(tmp_path, *parts, "file.pdf")
    assert len(path) > limit
    state = inspect(DocumentRef("m1", "item", path, sha256="0" * 64, size=4, mtime=1.0))
    assert state == FileState(FileStatus.UNREADABLE, Problem.NAME_TOO_LONG)
    assert "too long" in state.reason
    with pytest.raises(AttachmentError) as caught:
        fingerprint("m1", "item", path)
    assert caught.value.state.problem is Problem.NAME_TOO_LONG


def test_content_change_with_the_same_size_and_mtime_is_caught_by_the_hash(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path / "bank statement.pdf", b"balance 100")
    ref = fingerprint("m1", "item", path)
    before = path.stat()
    path.write_bytes(b"balance 900")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert inspect(ref) == FileState(FileStatus.CHANGED, Problem.CONTENT)
    assert inspect(ref, verify_content=False).ok


def test_size_and_mtime_changes_are_changed(tmp_path: Path) -> None:
    path = _write(tmp_path / "letter.pdf", b"abc")
    ref = fingerprint("m1", "item", path)
    os.utime(path, (1_000_000, 1_000_000))
    assert inspect(ref).problem is Problem.MTIME
    path.write_bytes(b"abcd")
    state = inspect(ref)
    assert (state.status, state.problem) == (FileStatus.CHANGED, Problem.SIZE)
    assert "3 → 4 bytes" in state.reason


def test_deleted_file_and_vanished_folder_are_missing(tmp_path: Path) -> None:
    path = _write(tmp_path / "usb" / "photo.jpg", b"jpeg")
    ref = fingerprint("m1", "item", path)
    path.unlink()
    assert inspect(ref) == FileState(FileStatus.MISSING, Problem.NOT_FOUND)
    shutil.rmtree(tmp_path / "usb")
    state = inspect(ref)
    assert state == FileState(FileStatus.MISSING, Problem.FOLDER_GONE)
    assert "unplugged" in state.reason


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    assert inspect(DocumentRef("m1", "item", str(tmp_path))).problem is Problem.NOT_A_FILE
    with pytest.raises(AttachmentError):
        fingerprint("m1", "item", tmp_path)


@pytest.mark.parametrize(
    ("code", "problem"),
    [(errno.EIO, Problem.MEDIA), (errno.ENODEV, Problem.MEDIA), (errno.EROFS, Problem.OTHER)],
)
def test_device_errors_read_as_a_removed_drive(code: int, problem: Problem) -> None:
    """A drive pulled out mid-read gives EIO/ENODEV: the state names the drive, not a crash."""
    state = state_for_error(OSError(code, os.strerror(code)), "/media/usb/x.pdf")
    assert (state.status, state.problem) == (FileStatus.UNREADABLE, problem)
    assert os.strerror(code) in state.reason


def _inspect_as_ordinary_user(ref: DocumentRef) -> dict[str, str]:
    """Inspect in a child process without root's read override, so mode 000 really denies."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: root reads any file")
        prefix = [setpriv, f"--inh-caps={_NO_OVERRIDE}", f"--bounding-set={_NO_OVERRIDE}"]
    code = (
        "import json, sys\n"
        "from hkpath_desktop.core.facts import DocumentRef\n"
        "from hkpath_desktop.store.attachments import inspect\n"
        "s = inspect(DocumentRef(**json.loads(sys.argv[1])))\n"
        "print(json.dumps({'status': s.status, 'problem': s.problem, 'reason': s.reason}))\n"
    )
    fields = {k: getattr(ref, k) for k in ("member", "item", "path", "sha256", "size", "mtime")}
    result = subprocess.run(
        [*prefix, sys.executable, "-c", code, json.dumps(fields)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
        check=True,
    )
    answer: dict[str, str] = json.loads(result.stdout)
    return answer


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permission_denied_is_unreadable_with_a_reason(tmp_path: Path) -> None:
    path = _write(tmp_path / "secret scan.pdf", b"private")
    ref = fingerprint("m1", "item", path)
    assert _inspect_as_ordinary_user(ref)["status"] == "ok"
    path.chmod(0o000)
    try:
        answer = _inspect_as_ordinary_user(ref)
    finally:
        path.chmod(0o600)
    assert (answer["status"], answer["problem"]) == ("unreadable", "permission")
    assert "Permission denied" in answer["reason"]
