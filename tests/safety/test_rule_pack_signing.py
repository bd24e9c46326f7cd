"""Signed rule packs (issue 21, point 9): ``tools/sign_rulepack.py`` signs with a private key
that never enters the repository; a pack whose signature the given public key confirms is shown
"signed", one without a signature "unsigned, from FILE", in the CLI's output and the PDFs'
rule version line; a signature that does not match refuses the pack.

The tests make a throwaway key and hand its public half to ``read_pack`` as a parameter: the
shipped ``resources/rules/signing-key.pub`` is never replaced.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pypdf import PdfReader
from rule_pack_cases import category_a_income, pack_zip, sign, throwaway_key
from safety_cases import run_hkpath

from hkpath_desktop.store.pack_signature import shipped_key
from hkpath_desktop.store.rulepacks import ImportRefused, apply_pack, read_pack

REPO_ROOT = Path(__file__).resolve().parents[2]
FAMILY = REPO_ROOT / "tests" / "fixtures" / "family.json"


def shown_everywhere(data: Path, tmp_path: Path) -> tuple[str, str, str]:
    """The rule pack as ``rules show``, ``assess`` and the adviser PDF's header say it."""
    show = run_hkpath("rules", "show", "--data-dir", str(data))
    assess = run_hkpath("assess", str(FAMILY), "--data-dir", str(data))
    pdf = tmp_path / "report.pdf"
    report = run_hkpath("report", str(FAMILY), "--out", str(pdf), "--data-dir", str(data))
    assert (show.returncode, assess.returncode, report.returncode) == (0, 0, 0), report.stderr
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    return show.stdout.splitlines()[0], assess.stdout.splitlines()[0], " ".join(text.split())


def test_a_signed_pack_is_shown_signed_in_the_cli_and_the_pdf(tmp_path: Path) -> None:
    private, public = throwaway_key(tmp_path)
    pack = pack_zip(tmp_path / "pack.zip")
    sign(pack, private)
    pending = read_pack(pack, public_key=public)
    assert pending.provenance.signed
    data = tmp_path / "data"
    assert apply_pack(data, pending).origin == "imported, signed"
    show, assess, pdf = shown_everywhere(data, tmp_path)
    assert show == "Rule pack 2027.01 (imported, signed), released 2027-01-15"
    assert "(rule pack 2027.01 (imported, signed))" in assess
    assert "2027.01 (imported, signed)" in pdf


def test_an_unsigned_pack_is_shown_with_the_file_it_came_from(tmp_path: Path) -> None:
    data = tmp_path / "data"
    pack = pack_zip(tmp_path / "rules-2027.zip")
    done = run_hkpath("rules", "import", str(pack), "--yes", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    show, assess, pdf = shown_everywhere(data, tmp_path)
    assert show.startswith("Rule pack 2027.01 (imported, unsigned, from rules-2027.zip)")
    assert "(rule pack 2027.01 (imported, unsigned, from rules-2027.zip))" in assess
    assert "2027.01 (imported, unsigned, from rules-2027.zip)" in pdf


@pytest.mark.parametrize("tampered", [False, True])
def test_a_signature_that_does_not_match_refuses_the_pack(tmp_path: Path, tampered: bool) -> None:
    """Signed with another key than the shipped one, or changed after it was signed."""
    private, public = throwaway_key(tmp_path)
    pack = pack_zip(tmp_path / "pack.zip")
    sign(pack, private)
    if tampered:
        pack_zip(pack, category_a_income(3_000_000))
        with pytest.raises(ImportRefused, match="signature does not match"):
            read_pack(pack, public_key=public)
    data = tmp_path / "data"
    done = run_hkpath("rules", "import", str(pack), "--yes", "--data-dir", str(data))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "hkpath rules: pack.zip.sig: the signature does not match: the pack was changed after "
        "it was signed, or signed with another key\n"
    )
    assert not data.exists()


def test_the_shipped_key_is_a_public_key_and_no_private_key_is_in_the_repository() -> None:
    key = serialization.load_pem_public_key(shipped_key())
    assert isinstance(key, Ed25519PublicKey)
    shipped = [
        path
        for folder in ("hkpath_desktop", "resources", "tools", "packaging")
        for path in (REPO_ROOT / folder).rglob("*")
        if path.is_file() and b"PRIVATE KEY-----" in path.read_bytes()
    ]
    assert shipped == []
