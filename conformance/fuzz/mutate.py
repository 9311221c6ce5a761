"""Token mutations: text edits anywhere, structural edits re-signed so the MAC still holds.

A JWS or envelope is taken apart, its JSON edited (unknown and nested members, registered time
claims, wrong types, duplicate keys, other spacing) and put back together, correctly MACed most
of the time so that the checks after the signature are exercised; a signed URL's parameters are
reordered, repeated, dropped or re-encoded.
"""

from __future__ import annotations

import base64
import contextlib
import json
import random
from typing import Any

from conformance.fuzz.values import INTEGERS, STRINGS, any_json
from conformance.reference.encodings import encode_bytes, mac
from conformance.reference.errors import EmbedsealError
from conformance.reference.message import signed_string
from conformance.reference.sign import load_key
from specmodel.model import Family, Format, Source

_HASH = {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}


def mutate_token(fmt: Format, token: str, secret: str, rng: random.Random) -> tuple[str, str]:
    """A mutated ``token`` and the name of the mutation."""
    if rng.random() < 0.3:
        return _text_edit(token, rng)
    if fmt.family is Family.JWS:
        return _jws_edit(fmt, token, load_key(fmt, secret), rng)
    if fmt.family is Family.ENVELOPE:
        return _envelope_edit(fmt, token, load_key(fmt, secret), rng)
    return _url_edit(token, rng)


def _text_edit(token: str, rng: random.Random) -> tuple[str, str]:
    at = rng.randrange(len(token) + 1)
    kind = rng.choice(("flip", "delete", "insert", "truncate"))
    if kind == "flip" and at < len(token):
        return token[:at] + rng.choice("A_-=.%+/0z") + token[at + 1 :], "text/flip"
    if kind == "delete" and at < len(token):
        return token[:at] + token[at + 1 :], "text/delete"
    if kind == "truncate":
        return token[:at], "text/truncate"
    return token[:at] + rng.choice(("=", ".", "%", "&", "é", " ", "\x00")) + token[
        at:
    ], "text/insert"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _jws_edit(fmt: Format, token: str, key: bytes, rng: random.Random) -> tuple[str, str]:
    header_text, payload_text, signature = token.split(".")
    header, payload = json.loads(_unb64(header_text)), json.loads(_unb64(payload_text))
    target = rng.choice(("payload", "payload", "payload", "header"))
    edited, kind = _json_edit(header if target == "header" else payload, rng, registered=True)
    if target == "header":
        header_text = _encode_json(edited, rng)
    else:
        payload_text = _encode_json(edited, rng)
    signing_input = f"{header_text}.{payload_text}"
    if rng.random() < 0.8:  # a correct MAC: the checks after it are what is tested
        alg = header.get("alg") if isinstance(header.get("alg"), str) else ""
        algorithm = _HASH.get(alg, "sha256")
        signature = _b64(mac(algorithm, key, signing_input.encode("ascii")))
    return f"{signing_input}.{signature}", f"jws/{target}/{kind}"


def _envelope_edit(fmt: Format, token: str, key: bytes, rng: random.Random) -> tuple[str, str]:
    envelope = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    edited, kind = _json_edit(envelope, rng, registered=False)
    carrier = next(f.name for f in fmt.fields if f.source is Source.SIGNATURE)
    message = fmt.signature.message
    if message is not None and isinstance(edited, dict) and rng.random() < 0.7:
        # Re-MAC the edited values (what a signer with the right key would have written); values
        # the message cannot be made of (a missing or mistyped part) keep the old signature.
        with contextlib.suppress(
            KeyError, TypeError, ValueError, EmbedsealError, UnicodeEncodeError
        ):
            text = signed_string(fmt, message, edited)
            digest = mac(fmt.signature.algorithm, key, text.encode("utf-8"))
            edited[carrier] = encode_bytes(digest, fmt.signature.encoding)
    text = _encode_json(edited, rng, padded=fmt.envelope_encoding == "base64url")
    return text, f"envelope/{kind}"


def _encode_json(value: Any, rng: random.Random, padded: bool = False) -> str:
    spacing = rng.choice(((",", ":"), (", ", ": ")))
    raw = json.dumps(value, separators=spacing, ensure_ascii=rng.random() < 0.5).encode(
        "utf-8", "surrogatepass"
    )
    encoded = base64.urlsafe_b64encode(raw).decode("ascii")
    return encoded if padded else encoded.rstrip("=")


def _json_edit(obj: Any, rng: random.Random, registered: bool) -> tuple[Any, str]:
    if not isinstance(obj, dict):
        return obj, "not-an-object"
    kind = rng.choice(("unknown", "nested-unknown", "retype", "drop", "time", "duplicate-free"))
    names = list(obj)
    if kind == "unknown":
        obj[rng.choice(("zz", "é", "\ud800", "\x00a", ""))] = any_json(rng)
    elif kind == "nested-unknown":
        inner = [v for v in obj.values() if isinstance(v, dict)] + [
            item
            for v in obj.values()
            if isinstance(v, list)
            for item in v
            if isinstance(item, dict)
        ]
        if inner:
            rng.choice(inner)["zz_extra"] = any_json(rng)
    elif kind == "retype" and names:
        obj[rng.choice(names)] = any_json(rng)
    elif kind == "drop" and names:
        obj.pop(rng.choice(names))
    elif kind == "time" and registered:
        obj[rng.choice(("exp", "nbf", "iat"))] = rng.choice((*INTEGERS, "1700000000", None, True))
    elif names:
        obj[rng.choice(names)] = rng.choice(STRINGS)
    return obj, kind


def _url_edit(url: str, rng: random.Random) -> tuple[str, str]:
    base, _, query = url.partition("?")
    pairs = query.split("&")
    kind = rng.choice(("shuffle", "repeat", "drop", "unknown", "plus", "lowercase", "reverse"))
    if kind == "shuffle":
        rng.shuffle(pairs)
    elif kind == "reverse":
        pairs.reverse()
    elif kind == "repeat":
        pairs.insert(rng.randrange(len(pairs) + 1), rng.choice(pairs))
    elif kind == "drop" and len(pairs) > 1:
        pairs.pop(rng.randrange(len(pairs)))
    elif kind == "unknown":
        pairs.insert(rng.randrange(len(pairs) + 1), "zz=1")
    elif kind == "plus":
        pairs = [p.replace("%20", "+") for p in pairs]
    elif kind == "lowercase":
        pairs = [p.replace("%2F", "%2f").replace("%22", "%22").replace("%3A", "%3a") for p in pairs]
    return f"{base}?{'&'.join(pairs)}", f"url/{kind}"
