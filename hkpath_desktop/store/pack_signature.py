"""Whose word a rule pack carries: an ed25519 signature beside the zip, checked against the
public key the program ships (``resources/rules/signing-key.pub``).

``tools/sign_rulepack.py PACK --key PRIVATE`` writes ``PACK.sig`` (the signature of the zip's
bytes, base64); the private key never enters the repository. A pack with a ``.sig`` that does
not match is refused; a pack without one is imported as "unsigned, from FILE".
"""

from __future__ import annotations

import base64
import binascii
from importlib import resources
from pathlib import Path

SIGNATURE_SUFFIX = ".sig"
MAX_SIGNATURE_BYTES = 1024
"""A base64 ed25519 signature is 88 characters; anything much longer is not one."""


class BadSignature(ValueError):
    """The pack has a signature, and it is not the shipped key's signature of these bytes."""


def shipped_key() -> bytes:
    """The public half of the key the maintainers sign packs with (PEM)."""
    return (
        resources.files("hkpath_desktop.resources").joinpath("rules/signing-key.pub").read_bytes()
    )


def signature_path(pack: Path) -> Path:
    return pack.with_name(pack.name + SIGNATURE_SUFFIX)


def verify(data: bytes, signature: bytes, public_key: bytes) -> None:
    """Refuse (``BadSignature``) unless ``signature`` is ``public_key``'s signature of ``data``.

    ``cryptography`` is imported here, when a pack has a signature to check: it takes a fifth
    of a second, which every command and every start of the window would otherwise pay.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(public_key)
    if not isinstance(key, Ed25519PublicKey):
        raise BadSignature("the signing key is not an ed25519 key")
    try:
        key.verify(base64.b64decode(signature.strip(), validate=True), data)
    except (InvalidSignature, binascii.Error, ValueError):
        raise BadSignature("not this key's signature of these bytes") from None
