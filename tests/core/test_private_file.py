"""Files written for the user are whole or absent, and private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hkpath_desktop.core.private_file import write_private


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_file_written_is_private_and_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "profile.json"
    target.write_text("old")
    target.chmod(0o644)
    before = os.umask(0)
    try:
        write_private(target, "nouveau 新")
    finally:
        os.umask(before)
    assert target.read_text(encoding="utf-8") == "nouveau 新"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["profile.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()  # a folder in the way: the rename fails
    with pytest.raises(OSError):
        write_private(target, b"data")
    assert target.is_dir() and [p.name for p in tmp_path.iterdir()] == ["taken"]
