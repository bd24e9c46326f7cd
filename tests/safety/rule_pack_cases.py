"""Rule pack zips made for real from the built-in pack: valid ones with a changed value, and the
hostile ones of issue 21, point 9."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hkpath_desktop.core.rules import load_builtin

INCOME_RULE = """[[category_a_min_income_hkd]]
value = 2500000
bounds = [625000, 10000000]
effective_from = 2022-12-28
"""
PACK_TOML = 'version = "2027.01"\nreleased = 2027-01-15\n'
SIGN = Path(__file__).resolve().parents[2] / "tools" / "sign_rulepack.py"


def builtin_texts() -> dict[str, str]:
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    return {
        f.name: f.read_text(encoding="utf-8") for f in folder.iterdir() if f.name.endswith(".toml")
    }


def pack_zip(path: Path, change: Callable[[dict[str, str]], None] = lambda _texts: None) -> Path:
    """The built-in pack as version 2027.01, with ``change`` applied to its texts."""
    texts = builtin_texts()
    texts["pack.toml"] = PACK_TOML
    change(texts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in texts.items():
            archive.writestr(name, content)
    return path


def replace_in(name: str, old: str, new: str) -> Callable[[dict[str, str]], None]:
    def change(texts: dict[str, str]) -> None:
        assert old in texts[name], old
        texts[name] = texts[name].replace(old, new)

    return change


def category_a_income(hkd: int) -> Callable[[dict[str, str]], None]:
    """TTPS Category A's income threshold set to ``hkd`` (an honest, valid change if in bounds)."""
    return replace_in("ttps.toml", INCOME_RULE, INCOME_RULE.replace("2500000", str(hkd), 1))


def _income_hk1_from_2099(texts: dict[str, str]) -> None:
    """The issue's pack: HK$1 from 2099, with bounds of its own that would allow it."""
    closed = INCOME_RULE + "effective_to = 2098-12-31\n"
    replace_in("ttps.toml", INCOME_RULE, closed)(texts)
    texts["ttps.toml"] += (
        "\n[[category_a_min_income_hkd]]\nvalue = 1\nbounds = [0, 100000000]\n"
        'effective_from = 2099-01-01\nsource = "immd-ttps"\nlocator = "Eligibility Criteria (a)"\n'
        "last_verified = 2026-12-07\nverified = true\n"
    )


def _single_rule(texts: dict[str, str]) -> None:
    ttps = texts["ttps.toml"]
    start = ttps.index(INCOME_RULE)
    end = ttps.index("[[", start + 2)
    texts.clear()
    texts["pack.toml"] = PACK_TOML
    texts["ttps.toml"] = ttps[start:end]


HOSTILE: dict[str, tuple[Callable[[dict[str, str]], None], str]] = {
    "Category A income HK$1 from 2099": (
        _income_hk1_from_2099,
        "ttps.category_a_min_income_hkd: 1 (from 2099-01-01) is outside the plausible range",
    ),
    "Category A income HK$1 from 2022": (
        category_a_income(1),
        "ttps.category_a_min_income_hkd: 1 (from 2022-12-28) is outside the plausible range",
    ),
    "income given as text": (
        replace_in("ttps.toml", "value = 2500000\n", 'value = "2,500,000"\n'),
        "ttps.category_a_min_income_hkd: the value from 2022-12-28 must be a whole number",
    ),
    "a number where a list is read": (
        replace_in("ttps.toml", "value = [72]\n", "value = 72\n"),
        "ttps.top_tier_extension_months: the value from 2022-12-28 must be a list of whole",
    ),
    "a pack of a single rule": (
        _single_rule,
        f"is missing ({len(load_builtin().rules) - 1} rules missing in all)",
    ),
    "a rule the program does not read": (
        lambda texts: texts.update({"extra.toml": texts["workdays.toml"]}),
        "extra.first_day_two_readings is not a rule this program reads",
    ),
    "no value in force until 2099": (
        replace_in("ttps.toml", INCOME_RULE, INCOME_RULE.replace("2022-12-28", "2099-01-01")),
        "ttps.category_a_min_income_hkd: no value in force on 2022-12-28",
    ),
}


def lying_zip(path: Path, real_bytes: int, claimed_bytes: int = 1_000) -> Path:
    """A valid-looking pack whose ``ttps.toml`` claims ``claimed_bytes`` but inflates to
    ``real_bytes`` (comment lines, so it is even valid TOML); the zip itself stays small."""
    texts = builtin_texts()
    texts["pack.toml"] = PACK_TOML
    big = "ttps.toml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in texts.items():
            if name != big:
                archive.writestr(name, content)
        with archive.open(big, "w") as stream:
            stream.write(texts[big].encode())
            line = b"#" * 1023 + b"\n"
            for _ in range(real_bytes // len(line)):
                stream.write(line)
    data = bytearray(path.read_bytes())
    _claim(data, big.encode(), claimed_bytes)
    path.write_bytes(bytes(data))
    return path


def _claim(data: bytearray, name: bytes, size: int) -> None:
    """Write ``size`` as the uncompressed size of ``name`` in its central and local headers."""
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name:
            break
        at += 4
    data[at + 24 : at + 28] = size.to_bytes(4, "little")
    local = int.from_bytes(data[at + 42 : at + 46], "little")
    data[local + 22 : local + 26] = size.to_bytes(4, "little")


def throwaway_key(tmp_path: Path) -> tuple[Path, bytes]:
    """A private key file in ``tmp_path`` and its public half (PEM)."""
    key = Ed25519PrivateKey.generate()
    private = tmp_path / "throwaway.pem"
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public


def sign(pack: Path, private: Path) -> Path:
    done = subprocess.run(
        [sys.executable, str(SIGN), str(pack), "--key", str(private)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    signature = pack.with_name(pack.name + ".sig")
    assert signature.is_file()
    return signature
