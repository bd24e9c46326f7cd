"""Sign a rule pack: ``python tools/sign_rulepack.py PACK.zip --key PRIVATE.pem``.

Writes ``PACK.zip.sig``, the base64 ed25519 signature of the zip's bytes, which the program
checks against ``resources/rules/signing-key.pub`` on import. The private key is a PEM file
kept outside the repository (make one with ``openssl genpkey -algorithm ed25519 -out key.pem``
and its public half with ``openssl pkey -in key.pem -pubout``).
"""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", type=Path, help="the rule pack .zip")
    parser.add_argument("--key", type=Path, required=True, help="the ed25519 private key (PEM)")
    args = parser.parse_args(argv)
    key = load_pem_private_key(args.key.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        print(f"{args.key}: not an ed25519 private key", file=sys.stderr)
        return 2
    signature = base64.b64encode(key.sign(args.pack.read_bytes()))
    target = args.pack.with_name(args.pack.name + ".sig")
    target.write_bytes(signature + b"\n")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
