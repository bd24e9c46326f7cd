"""Rule packs and university lists the user imports, kept in the data dir.

Rules change without notice, so a newer rule pack can be imported from a .zip of ``pack.toml``
and the namespace ``.toml`` files. It is validated exactly like the built-in pack and applied
whole or not at all: the files go to a temporary folder inside the data dir, are validated again
as written, and a one-line pointer file is then swapped in with ``os.replace`` (atomic). Without
a valid imported pack the program uses the built-in one.

Valid means more than syntax (``core/rule_checks.py``): every rule the built-in pack holds, each
value of its kind and within its bounds. A pack kept from an older version that no longer passes
is set aside with a note, never read by the engine. The zip is read no further than
``MAX_IMPORT_BYTES`` of what it actually holds, whatever sizes it claims.

Layout: ``<data dir>/rulepacks/active`` names the live ``pack-<id>/`` folder beside it;
``<data dir>/universities/<effective_from>.txt`` holds each imported TTPS list.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import io
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import BinaryIO

from hkpath_desktop.core.bounded_read import (
    FileTooLargeError,
    NotARegularFileError,
    read_bounded,
)
from hkpath_desktop.core.private_file import write_private
from hkpath_desktop.core.rule_checks import check_pack, refusal
from hkpath_desktop.core.rules import PACK_FILE, RulePack, RulePackError, load_builtin, parse_pack
from hkpath_desktop.core.texts import Text, text
from hkpath_desktop.core.universities import (
    UniversityList,
    UniversityListError,
    UniversityLists,
    parse_university_list,
)
from hkpath_desktop.store.pack_signature import (
    MAX_SIGNATURE_BYTES,
    BadSignature,
    shipped_key,
    signature_path,
    verify,
)

PACKS_DIR = "rulepacks"
ACTIVE_FILE = "active"
ORIGIN_FILE = "origin.json"
"""Beside a stored pack's files: whether it was signed, and the file it came from."""
UNIVERSITIES_DIR = "universities"
MAX_IMPORT_BYTES = 5 * 1024 * 1024
"""A rule pack or a university list is a few kilobytes; a larger file is not one."""


class ImportRefused(ValueError):
    """The file cannot be imported; nothing in the data dir has changed."""


@dataclass(frozen=True, slots=True)
class ActivePack:
    """The pack in use, and why an imported one was set aside (``None`` when all is well)."""

    pack: RulePack
    problem: str | None = None


def load_active_pack(data_dir: Path) -> RulePack:
    """The imported pack if there is a valid one, else the built-in pack."""
    return inspect_active_pack(data_dir).pack


def inspect_active_pack(data_dir: Path) -> ActivePack:
    builtin = load_builtin()
    try:
        folder = _active_folder(data_dir)
        if folder is None:
            return ActivePack(builtin)
        pack = parse_pack(_read_folder(folder), origin=_provenance(folder).origin)
        check_pack(pack, builtin)
    except (OSError, UnicodeDecodeError, RulePackError) as exc:
        return ActivePack(builtin, f"the imported rule pack cannot be used ({exc})")
    return ActivePack(_labelled(pack, builtin))


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an imported pack came from: signed with the shipped key, or the file it was in."""

    signed: bool
    file: str

    @property
    def origin(self) -> Text:
        """What the label says after the version: "imported, signed" or "… unsigned, from F"."""
        if self.signed:
            return text("rules.origin.signed")
        if not self.file:
            return text("rules.origin.unsigned_earlier")
        return text("rules.origin.unsigned", file=self.file)

    def to_json(self) -> str:
        return json.dumps({"signed": self.signed, "file": self.file}, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class PendingPack:
    """A pack read and checked but not yet applied: what the diff is shown for, and exactly
    what ``apply_pack`` writes (the zip is not read again)."""

    pack: RulePack
    texts: Mapping[str, str]
    provenance: Provenance


def import_pack(data_dir: Path, zip_path: Path) -> RulePack:
    """Make the pack in ``zip_path`` the active one, or refuse it and change nothing."""
    return apply_pack(data_dir, read_pack(zip_path))


def read_pack(zip_path: Path, public_key: bytes | None = None) -> PendingPack:
    """The pack in ``zip_path``, checked whole (``ImportRefused`` otherwise); nothing stored.

    Its signature (``zip_path`` + ``.sig``), if any, is checked against ``public_key`` (PEM;
    default: the key the program ships).
    """
    data = _read_zip(zip_path)
    provenance = Provenance(
        _signed(zip_path, data, shipped_key() if public_key is None else public_key),
        zip_path.name,
    )
    texts = _unzipped(zip_path, data)
    builtin = load_builtin()
    try:
        pack = parse_pack(texts, origin=provenance.origin)
        check_pack(pack, builtin)
    except RulePackError as exc:
        raise ImportRefused(text("rules.refused", reason=refusal(exc))) from None
    return PendingPack(_labelled(pack, builtin), MappingProxyType(texts), provenance)


def apply_pack(data_dir: Path, pending: PendingPack) -> RulePack:
    """Make a checked pack the active one: written whole, then switched to atomically."""
    packs = data_dir / PACKS_DIR
    try:
        pack, final = _save_pack(packs, pending)
    except OSError as exc:
        raise ImportRefused(text("rules.pack_not_saved", reason=_reason(exc))) from None
    _remove_stale(packs, keep=final.name)
    return _labelled(pack, load_builtin())


def _save_pack(packs: Path, pending: PendingPack) -> tuple[RulePack, Path]:
    """Write the pack into a folder of its own and point ``active`` at it, or leave no trace."""
    packs.mkdir(mode=0o700, parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=packs))
    try:
        for name, content in pending.texts.items():
            write_private(incoming / name, content)
        write_private(incoming / ORIGIN_FILE, pending.provenance.to_json())
        pack = parse_pack(_read_folder(incoming), origin=_provenance(incoming).origin)
        final = packs / f"pack-{uuid.uuid4().hex}"
        os.replace(incoming, final)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    try:
        write_private(packs / ACTIVE_FILE, final.name)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        raise
    return pack, final


def _reason(exc: OSError) -> Text | str:
    """Why saving failed, in plain words for a full disk (the system's own words otherwise)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return text("rules.disk_full")
    return exc.strerror or str(exc)


def restore_builtin(data_dir: Path) -> RulePack:
    """Drop any imported pack; the built-in one is used from now on."""
    packs = data_dir / PACKS_DIR
    with contextlib.suppress(FileNotFoundError):
        (packs / ACTIVE_FILE).unlink()
    if packs.is_dir():
        _remove_stale(packs, keep=None)
    return load_builtin()


def import_universities(data_dir: Path, path: Path) -> UniversityList:
    """Keep a validated copy of a TTPS list; a list with the same date replaces the old one."""
    content = _read_text_file(path)
    try:
        parsed = parse_university_list(content)
    except UniversityListError as exc:
        raise ImportRefused(f"{path.name}: {exc}") from None
    folder = data_dir / UNIVERSITIES_DIR
    target = folder / f"{parsed.effective_from.isoformat()}.txt"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(target, content)
    except OSError as exc:
        raise ImportRefused(
            text("rules.list_not_saved", name=path.name, reason=_reason(exc))
        ) from None
    return parsed


def load_universities(data_dir: Path) -> UniversityLists:
    """Every imported list; a file that no longer parses is left out."""
    folder = data_dir / UNIVERSITIES_DIR
    versions = []
    for file in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
        with contextlib.suppress(OSError, UnicodeDecodeError, UniversityListError):
            versions.append(parse_university_list(file.read_text(encoding="utf-8")))
    return UniversityLists.of(versions)


def _provenance(folder: Path) -> Provenance:
    """What ``origin.json`` in a stored pack says; a pack stored before signing had none."""
    try:
        said = json.loads((folder / ORIGIN_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Provenance(signed=False, file="")
    except ValueError:
        raise RulePackError(f"{ORIGIN_FILE}: not valid JSON") from None
    if not isinstance(said, dict) or not isinstance(said.get("signed"), bool):
        raise RulePackError(f"{ORIGIN_FILE}: must say whether the pack is signed")
    return Provenance(signed=said["signed"], file=str(said.get("file", "")))


def _labelled(pack: RulePack, builtin: RulePack) -> RulePack:
    if pack.released >= builtin.released:
        return pack
    origin = text(
        "rules.origin.imported_older",
        origin=pack.origin,
        version=builtin.version,
        released=builtin.released,
    )
    return dataclasses.replace(pack, origin=origin)


def _active_folder(data_dir: Path) -> Path | None:
    """The live imported pack's folder; ``None`` when none is imported."""
    pointer = data_dir / PACKS_DIR / ACTIVE_FILE
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not name.startswith("pack-") or Path(name).name != name:
        raise RulePackError(f"{ACTIVE_FILE}: names no pack folder")
    return pointer.parent / name


def _read_folder(folder: Path) -> dict[str, str]:
    return {f.name: f.read_text(encoding="utf-8") for f in folder.glob("*.toml")}


def _read_zip(zip_path: Path) -> bytes:
    """The bytes of the zip (signed as they are), read once and no further than the limit."""
    try:
        return read_bounded(zip_path, MAX_IMPORT_BYTES)
    except FileTooLargeError:
        raise ImportRefused(f"{zip_path.name}: too large to be a rule pack") from None
    except NotARegularFileError:
        raise ImportRefused(f"{zip_path.name}: not a regular file") from None
    except OSError as exc:
        raise ImportRefused(f"{zip_path.name}: not a readable .zip file ({exc})") from None


def _unzipped(zip_path: Path, data: bytes) -> dict[str, str]:
    """The ``.toml`` files of a zip, at its top or all inside one folder; anything else refused."""
    try:
        return _zip_texts(zip_path, io.BytesIO(data))
    except (OSError, zipfile.BadZipFile) as exc:
        raise ImportRefused(f"{zip_path.name}: not a readable .zip file ({exc})") from None


def _signed(zip_path: Path, data: bytes, public_key: bytes) -> bool:
    """Whether the zip carries a good signature; a bad one is refused, none is ``False``."""
    signature = signature_path(zip_path)
    try:
        said = read_bounded(signature, MAX_SIGNATURE_BYTES)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise ImportRefused(
            text("rules.signature.unreadable", file=signature.name, why=str(exc))
        ) from None
    try:
        verify(data, said, public_key)
    except BadSignature:
        raise ImportRefused(text("rules.signature.bad", file=signature.name)) from None
    return True


def _zip_texts(zip_path: Path, handle: BinaryIO) -> dict[str, str]:
    with zipfile.ZipFile(handle) as archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir()
            and not m.filename.startswith("__MACOSX/")
            and not PurePosixPath(m.filename).name.startswith(".")
        ]
        if sum(m.file_size for m in members) > MAX_IMPORT_BYTES:
            raise ImportRefused(f"{zip_path.name}: too large to be a rule pack")
        return _member_texts(zip_path, archive, members)


def _member_texts(
    zip_path: Path, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]
) -> dict[str, str]:
    paths = [PurePosixPath(m.filename) for m in members]
    folders = {p.parent for p in paths}
    if len(folders) > 1:
        raise ImportRefused("the .toml files must sit together at the top of the zip")
    texts: dict[str, str] = {}
    left = MAX_IMPORT_BYTES
    for member, path in zip(members, paths, strict=True):
        if path.suffix != ".toml":
            raise ImportRefused(f"{path.name}: a rule pack holds only .toml files")
        data = _read_member(archive, member, left)
        if data is None:
            raise ImportRefused(f"{zip_path.name}: too large to be a rule pack")
        left -= len(data)
        try:
            texts[path.name] = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportRefused(f"{path.name}: not UTF-8 text") from None
    if PACK_FILE not in texts:
        raise ImportRefused(f"the zip holds no {PACK_FILE}")
    return texts


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes | None:
    """A member's bytes, or ``None`` past ``limit`` bytes: counted as decompressed, in chunks,
    since the sizes a zip states are the zip's word, not a bound."""
    chunks, size = [], 0
    with archive.open(member) as stream:
        while chunk := stream.read(min(64 * 1024, limit - size + 1)):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _read_text_file(path: Path) -> str:
    try:
        return read_bounded(path, MAX_IMPORT_BYTES).decode("utf-8-sig")
    except FileTooLargeError:
        raise ImportRefused(f"{path.name}: too large to be a university list") from None
    except NotARegularFileError:
        raise ImportRefused(f"{path.name}: not a regular file") from None
    except OSError as exc:
        raise ImportRefused(f"cannot read {path.name}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name}: not UTF-8 text") from None


def _remove_stale(packs: Path, keep: str | None) -> None:
    for entry in packs.iterdir():
        stale = entry.name.startswith(("pack-", ".incoming-")) and entry.name != keep
        if stale and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
