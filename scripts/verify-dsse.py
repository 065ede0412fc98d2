#!/usr/bin/env python3
"""Checks the DSSE envelope of a Pedigree in-toto report with nothing of Pedigree's code.

    python3 scripts/verify-dsse.py report.intoto.json key.pem
    curl -s https://pedigree.example.org/api/v1/reports/public-key > key.json
    python3 scripts/verify-dsse.py report.intoto.json key.json

The key is a PEM public key (SPKI), a JWK (OKP, Ed25519), or the JSON document GET /api/v1/reports/public-key
answers (its publicKeyPem and keyId). The script rebuilds the DSSE pre-authentication encoding
    PAE = "DSSEv1" SP len(payloadType) SP payloadType SP len(payload) SP payload    (lengths in bytes)
and checks each signature whose keyid is the key's (every signature, when the key id is not known) with Ed25519,
through the `cryptography` package when it is installed, else the OpenSSL 3 command line (`openssl pkeyutl -rawin`).
Set VERIFY_DSSE_WITH=openssl or =cryptography to choose. Exit 0: a signature verifies; 1: none does; 2: bad input.
"""

import base64
import json
import os
import subprocess
import sys
import tempfile

# DER of an Ed25519 SubjectPublicKeyInfo, before the 32 key bytes (RFC 8410).
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def fail(message, code=2):
    print(f"verify-dsse: {message}", file=sys.stderr)
    sys.exit(code)


def b64decode(text):
    """Standard or URL-safe base64, padded or not, as DSSE asks verifiers to accept."""
    text = text.replace("-", "+").replace("_", "/")
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def pae(payload_type, payload):
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(kind), kind, len(payload), payload)


def pem_from_raw(raw):
    der = base64.encodebytes(ED25519_SPKI_PREFIX + raw).decode("ascii").replace("\n", "")
    lines = [der[i : i + 64] for i in range(0, len(der), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


def read_key(path):
    """(PEM text, key id or None) from a PEM file, a JWK, or the public-key document."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8").strip()
    if text.startswith("-----BEGIN PUBLIC KEY-----"):
        return text + "\n", None
    try:
        document = json.loads(text)
    except ValueError:
        fail(f"{path} is neither a PEM public key nor JSON")
    if isinstance(document, dict) and isinstance(document.get("publicKeyPem"), str):
        return document["publicKeyPem"], document.get("keyId")
    if isinstance(document, dict) and document.get("kty") == "OKP" and document.get("crv") == "Ed25519":
        raw = b64decode(document["x"])
        if len(raw) != 32:
            fail(f"{path}: an Ed25519 JWK's x is 32 bytes")
        return pem_from_raw(raw), document.get("kid")
    fail(f"{path}: no Ed25519 public key in it")


def verify_with_cryptography(pem, message, signature):
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(pem.encode("ascii"))
    if not isinstance(key, Ed25519PublicKey):
        fail("the public key is not Ed25519")
    try:
        key.verify(signature, message)
        return True
    except InvalidSignature:
        return False


def verify_with_openssl(pem, message, signature):
    with tempfile.TemporaryDirectory() as directory:
        files = {"key.pem": pem.encode("ascii"), "pae.bin": message, "sig.bin": signature}
        for name, content in files.items():
            with open(os.path.join(directory, name), "wb") as handle:
                handle.write(content)
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem", "-rawin", "-in", "pae.bin",
             "-sigfile", "sig.bin"],
            cwd=directory, capture_output=True, text=True,
        )
        return result.returncode == 0 and "Signature Verified Successfully" in result.stdout


def choose_verifier():
    wanted = os.environ.get("VERIFY_DSSE_WITH", "")
    if wanted == "openssl":
        return "openssl", verify_with_openssl
    try:
        import cryptography  # noqa: F401
        return "cryptography", verify_with_cryptography
    except ImportError:
        if wanted == "cryptography":
            fail("the cryptography package is not installed")
        return "openssl", verify_with_openssl


def main(argv):
    if len(argv) != 3:
        fail("usage: verify-dsse.py <envelope.json> <public key: PEM, JWK or /api/v1/reports/public-key JSON>")
    try:
        with open(argv[1], "rb") as handle:
            envelope = json.loads(handle.read().decode("utf-8"))
        payload_type = envelope["payloadType"]
        payload = b64decode(envelope["payload"])
        signatures = envelope["signatures"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        fail(f"{argv[1]} is not a DSSE envelope: {error}")
    pem, key_id = read_key(argv[2])
    name, verify = choose_verifier()
    message = pae(payload_type, payload)
    candidates = [s for s in signatures if key_id is None or s.get("keyid") == key_id]
    if not candidates:
        print(f"NOT VERIFIED: no signature with keyid {key_id}")
        return 1
    if not any(verify(pem, message, b64decode(s["sig"])) for s in candidates):
        print(f"NOT VERIFIED ({name}): no signature matches the payload and the key")
        return 1
    print(f"VERIFIED ({name}): Ed25519 over the DSSE PAE, payloadType {payload_type}")
    if payload_type == "application/vnd.in-toto+json":
        statement = json.loads(payload)
        print(f"_type {statement.get('_type')}\npredicateType {statement.get('predicateType')}")
        for subject in statement.get("subject", []):
            print(f"subject {subject.get('name')} sha256:{subject.get('digest', {}).get('sha256')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
