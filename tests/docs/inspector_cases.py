"""The inputs the browser test gives the token inspector, and what the CLI doctor says of each.

Every token is the reference's (conformance.reference sign) over the first sign vector of the
format (conformance/vectors/<format>.json): nothing is hard-coded. The four cases of issue 12:
a good token, a wrong secret, the JSON re-spaced after signing, an expired token.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, quote

from docs_site import REPO

from conformance.reference.sign import sign
from specmodel.loader import resolve_format
from specmodel.model import Family, Format

FORMATS = ("tinybird-jwt", "papermap-iframe", "looker-signed-url")  # one per signing family
KINDS = ("good", "wrong-secret", "respaced", "expired")
HEX_SECRET = "8f1c2a7d3e9b4f60a5c8d2e1f7b3a9c4"  # read as hex by the signer, as UTF-8 by the format
WRONG_SECRET = "not-the-secret-0123456789abcdef"
LATER = 100_000  # seconds after signing: past every example's lifetime (and Looker's leeway)


@dataclass(frozen=True)
class Case:
    """One input: the token or URL, the secret and the time to verify at."""

    format: str
    kind: str
    token: str
    secret: str
    now: int


def case(format_name: str, kind: str) -> Case:
    """The ``kind`` case of ``format_name``, from its first sign vector."""
    fmt = resolve_format(format_name)
    assert isinstance(fmt, Format)
    vectors = json.loads((REPO / f"conformance/vectors/{format_name}.json").read_bytes())
    group = next(g for g in vectors["testGroups"] if g["type"] == "sign")
    test = group["tests"][0]
    signed = sign(fmt, group["secret"], test["fields"], test["now"], bytes.fromhex(test["random"]))
    token = signed.token if signed.token is not None else signed.url
    secret, now = group["secret"], int(test["now"])
    if kind == "secret-hex":
        # The signer read the secret as hex: the reference signs with that reading.
        key_fmt = replace(fmt, secret_encoding="hex", min_key_bytes=None)
        signed = sign(
            key_fmt, HEX_SECRET, test["fields"], test["now"], bytes.fromhex(test["random"])
        )
        token = signed.token if signed.token is not None else signed.url
        secret = HEX_SECRET
    elif kind == "wrong-secret":
        secret = WRONG_SECRET
    elif kind == "respaced":
        token = respaced(fmt, token)
    elif kind == "expired":
        now += LATER
    return Case(format_name, kind, token, secret, now)


def respaced(fmt: Format, token: str) -> str:
    """``token`` with its JSON re-indented after signing (JWS payload, envelope, or the first
    JSON query parameter holding an array or object), everything else kept."""
    if fmt.family is Family.JWS:
        header, payload, signature = token.split(".")
        return f"{header}.{_b64(_indent(_unb64(payload)), pad=False)}.{signature}"
    if fmt.family is Family.ENVELOPE:
        return _b64(_indent(_unb64(token)), pad=True)
    base, query = token.split("?", 1)
    pairs, done = [], False
    for name, value in parse_qsl(query, keep_blank_values=True):
        if not done and value[:1] in "[{":
            value, done = _indent(value.encode()).decode(), True
        pairs.append(f"{name}={quote(value, safe='')}")
    assert done, "no JSON parameter to re-space"
    return f"{base}?{'&'.join(pairs)}"


def _indent(data: bytes) -> bytes:
    return json.dumps(json.loads(data), indent=1, ensure_ascii=False).encode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64(data: bytes, pad: bool) -> str:
    text = base64.urlsafe_b64encode(data).decode()
    return text if pad else text.rstrip("=")


def explain(c: Case) -> dict[str, Any]:
    """``python -m embedseal_cli explain --json`` on the same input (the secret in the env)."""
    command = [sys.executable, "-m", "embedseal_cli", "explain", "--format", c.format]
    command += ["--secret-env", "INSPECTOR_SECRET", "--now", str(c.now), "--json", c.token]
    env = {**os.environ, "INSPECTOR_SECRET": c.secret}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report
