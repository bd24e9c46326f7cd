"""Importing and restoring rule packs and university lists in a real data dir."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.store import rulepacks
from hkpath_desktop.store.rulepacks import (
    ImportRefused,
    import_pack,
    import_universities,
    inspect_active_pack,
    load_active_pack,
    load_universities,
    restore_builtin,
)

BUILTIN = load_builtin()


def builtin_texts() -> dict[str, str]:
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    return {
        f.name: f.read_text(encoding="utf-8") for f in folder.iterdir() if f.name.endswith(".toml")
    }


def make_zip(
    tmp_path: Path,
    version: str = "2027.01",
    released: str = "2027-01-15",
    prefix: str = "",
    extra: dict[str, str] | None = None,
    name: str = "pack.zip",
) -> Path:
    texts = builtin_texts()
    texts["pack.toml"] = f'version = "{version}"\nreleased = {released}\n'
    texts.update(extra or {})
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for file, text in texts.items():
            archive.writestr(prefix + file, text)
    return path


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_without_an_import_the_builtin_pack_is_used(tmp_path: Path) -> None:
    assert load_active_pack(tmp_path) == BUILTIN
    assert inspect_active_pack(tmp_path).problem is None


def test_import_makes_the_pack_active(tmp_path: Path) -> None:
    data = tmp_path / "data"
    pack = import_pack(data, make_zip(tmp_path))
    assert (pack.version, pack.origin) == ("2027.01", "imported, unsigned, from pack.zip")
    active = load_active_pack(data)
    assert (active.version, active.released, active.origin) == (
        "2027.01",
        date(2027, 1, 15),
        "imported, unsigned, from pack.zip",
    )
    assert active.rules.keys() == BUILTIN.rules.keys()


def test_files_inside_one_folder_of_the_zip_are_accepted(tmp_path: Path) -> None:
    import_pack(tmp_path / "data", make_zip(tmp_path, prefix="rules-2027/"))
    assert load_active_pack(tmp_path / "data").version == "2027.01"


def test_an_older_pack_is_allowed_and_labelled_so(tmp_path: Path) -> None:
    pack = import_pack(tmp_path, make_zip(tmp_path, version="2025.01", released="2025-01-01"))
    assert "older than the built-in" in pack.label
    assert "older than the built-in" in load_active_pack(tmp_path).label


def test_a_pack_released_the_same_day_is_not_called_older(tmp_path: Path) -> None:
    same = BUILTIN.released.isoformat()
    assert (
        import_pack(tmp_path, make_zip(tmp_path, released=same)).origin
        == "imported, unsigned, from pack.zip"
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"cies_portfolio.toml": "[[x]]\nvalue = 1\n"}, "missing"),
        ({"notes.txt": "hello"}, "only .toml"),
        ({"sub/more.toml": ""}, "together at the top"),
    ],
)
def test_a_bad_pack_changes_nothing(tmp_path: Path, extra: dict[str, str], message: str) -> None:
    data = tmp_path / "data"
    import_pack(data, make_zip(tmp_path, version="2027.01", name="first.zip"))
    before = files_under(data)
    with pytest.raises(ImportRefused, match=message):
        import_pack(data, make_zip(tmp_path, version="2027.02", extra=extra))
    assert files_under(data) == before
    assert load_active_pack(data).version == "2027.01"


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "pack.zip"
    bogus.write_text("not a zip")
    with pytest.raises(ImportRefused, match=r"not a readable \.zip"):
        import_pack(tmp_path / "data", bogus)
    with pytest.raises(ImportRefused, match="not a readable"):
        import_pack(tmp_path / "data", tmp_path / "missing.zip")
    assert not (tmp_path / "data").exists()


def test_a_zip_without_pack_toml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("workdays.toml", builtin_texts()["workdays.toml"])
    with pytest.raises(ImportRefused, match=r"no pack\.toml"):
        import_pack(tmp_path / "data", path)


def test_a_failed_swap_keeps_the_previous_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    import_pack(data, make_zip(tmp_path, name="first.zip"))
    before = files_under(data)
    real_replace = os.replace

    def fail_on_pointer(src: object, dst: object) -> None:
        if str(dst).endswith(rulepacks.ACTIVE_FILE):
            raise OSError("disk full")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr("hkpath_desktop.store.rulepacks.os.replace", fail_on_pointer)
    with pytest.raises(rulepacks.ImportRefused, match="cannot save the rule pack: disk full"):
        import_pack(data, make_zip(tmp_path, version="2027.02"))
    monkeypatch.undo()
    assert files_under(data) == before
    assert load_active_pack(data).version == "2027.01"


def test_a_second_import_replaces_the_first_and_cleans_up(tmp_path: Path) -> None:
    import_pack(tmp_path, make_zip(tmp_path, version="2027.01", name="a.zip"))
    import_pack(tmp_path, make_zip(tmp_path, version="2027.02", name="b.zip"))
    assert load_active_pack(tmp_path).version == "2027.02"
    folders = [p for p in (tmp_path / rulepacks.PACKS_DIR).iterdir() if p.is_dir()]
    assert len(folders) == 1


def test_restore_goes_back_to_the_builtin_pack(tmp_path: Path) -> None:
    import_pack(tmp_path, make_zip(tmp_path))
    assert restore_builtin(tmp_path) == BUILTIN
    assert load_active_pack(tmp_path) == BUILTIN
    assert files_under(tmp_path / rulepacks.PACKS_DIR) == set()
    assert restore_builtin(tmp_path / "never-used") == BUILTIN


def test_a_damaged_imported_pack_falls_back_to_the_builtin_one(tmp_path: Path) -> None:
    import_pack(tmp_path, make_zip(tmp_path))
    pointer = tmp_path / rulepacks.PACKS_DIR / rulepacks.ACTIVE_FILE
    (pointer.parent / pointer.read_text() / "pack.toml").unlink()
    active = inspect_active_pack(tmp_path)
    assert active.pack == BUILTIN
    assert active.problem is not None and "pack.toml" in active.problem
    pointer.write_text("../../elsewhere")
    assert inspect_active_pack(tmp_path).problem is not None


# --- the TTPS universities list ---------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_university_lists_are_kept_and_looked_up_by_date(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_universities(
        data, write(tmp_path, "a.txt", "effective_from = 2024-11-01\nTsinghua University\n")
    )
    import_universities(
        data,
        write(tmp_path, "b.txt", "effective_from = 2026-01-01\nAdelaide University\n"),
    )
    lists = load_universities(data)
    assert lists.lookup("  tsinghua   UNIVERSITY ", date(2025, 6, 1)) is True
    assert lists.lookup("Tsinghua University", date(2026, 1, 1)) is False
    assert lists.lookup("Adelaide University", date(2025, 12, 31)) is False
    assert lists.lookup("Adelaide University", date(2026, 1, 1)) is True
    assert lists.lookup("Adelaide University", date(2024, 10, 31)) is None


def test_a_list_with_the_same_date_replaces_the_old_one(tmp_path: Path) -> None:
    import_universities(tmp_path, write(tmp_path, "a.txt", "effective_from = 2026-01-01\nA\n"))
    import_universities(tmp_path, write(tmp_path, "b.txt", "effective_from = 2026-01-01\nB\n"))
    lists = load_universities(tmp_path)
    assert [v.institutions for v in lists.versions] == [("B",)]


def test_a_bad_university_list_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="effective_from"):
        import_universities(tmp_path / "data", write(tmp_path, "a.txt", "Tsinghua University\n"))
    with pytest.raises(ImportRefused, match="not UTF-8"):
        bad = tmp_path / "b.txt"
        bad.write_bytes(b"effective_from = 2026-01-01\n\xff\xfe\n")
        import_universities(tmp_path / "data", bad)
    assert not (tmp_path / "data").exists()
