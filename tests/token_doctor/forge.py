"""Tools that make the diagnosis corpus from the reference: sign, then change one thing.

Everything here computes with :mod:`conformance.reference` (signing, MACs, encodings, JSON
profiles), never with the doctor it tests.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml

from conformance.reference import jsontext, sign
from conformance.reference.encodings import (
    decode_bytes,
    decode_secret,
    encode_bytes,
    mac,
    percent_encode,
)
from conformance.reference.message import signed_string
from conformance.reference.urlparse import parse_received_url
from specmodel import ExchangeFormat, load_all
from specmodel.model import Format

ROOT = Path(__file__).resolve().parents[2]
RANDOM = bytes(range(64))


@functools.cache
def formats() -> dict[str, Format]:
    """Every signing format of spec/formats/."""
    return {f.name: f for f in load_all() if not isinstance(f, ExchangeFormat)}


def fmt(name: str) -> Format:
    return formats()[name]


@functools.cache
def _example(name: str) -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "spec" / "formats" / f"{name}.yaml").read_text())
    example: dict[str, Any] = data["example"]
    return example


def secret_of(name: str) -> str:
    """The YAML example's secret."""
    return str(_example(name)["secret"])


def now_of(name: str) -> int:
    """The YAML example's signing time."""
    return int(_example(name)["now"])


def fields_of(name: str, **changes: Any) -> dict[str, Any]:
    """The YAML example's fields, with ``changes`` applied (None removes a field)."""
    fields = json.loads(json.dumps(_example(name)["fields"]))
    for key, value in changes.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def signed(name: str, secret: str | None = None, now: int | None = None, **changes: Any) -> str:
    """The reference's token (jws, envelope) or URL (signed-url) for the example."""
    result = sign(
        fmt(name),
        secret if secret is not None else secret_of(name),
        fields_of(name, **changes),
        now if now is not None else now_of(name),
        RANDOM,
    )
    return result.token if result.token is not None else result.url


def signed_url(name: str, **changes: Any) -> str:
    """The reference's embed URL for the example."""
    return sign(fmt(name), secret_of(name), fields_of(name, **changes), now_of(name), RANDOM).url


def key_of(name: str, secret: str | None = None) -> bytes:
    """The key bytes as the format reads the secret."""
    return decode_secret(secret or secret_of(name), fmt(name).secret_encoding)


def b64(data: bytes) -> str:
    return encode_bytes(data, "base64url-nopad")


def unb64(text: str) -> bytes:
    return decode_bytes(text, "base64url-nopad")


def profile_bytes(name: str, value: Any) -> bytes:
    """``value`` written with the format's JSON profile."""
    p = fmt(name).json
    profile = jsontext.JsonProfile(p.item_separator, p.key_separator, p.ascii_only, p.sort_keys)
    return jsontext.encode(value, profile).encode("utf-8")


def jws(header: bytes, payload: bytes, key: bytes, algorithm: str = "sha256") -> str:
    """A JWS over exactly these header and payload bytes."""
    signing_input = f"{b64(header)}.{b64(payload)}"
    return f"{signing_input}.{b64(mac(algorithm, key, signing_input.encode('ascii')))}"


def jws_parts(token: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    header, payload, signature = token.split(".")
    return json.loads(unb64(header)), json.loads(unb64(payload)), signature


def envelope(name: str, obj: dict[str, Any], key: bytes | None = None, **kw: Any) -> str:
    """An envelope token for ``obj``; its signature member is computed unless given."""
    f = fmt(name)
    assert f.signature.message is not None
    if "signature" not in obj:
        message = signed_string(f, f.signature.message, obj).encode("utf-8")
        digest = mac(kw.get("algorithm", f.signature.algorithm), key or key_of(name), message)
        obj = {**obj, "signature": encode_bytes(digest, kw.get("encoding", "hex"))}
    assert f.envelope_encoding is not None
    return encode_bytes(profile_bytes(name, obj), f.envelope_encoding)


def envelope_object(token: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(decode_bytes(token, "base64url"))
    return value


def resign_url(
    name: str, url: str, key: bytes, algorithm: str | None = None, encoding: str | None = None
) -> str:
    """``url`` with its signature recomputed over what the verifier MACs."""
    f = fmt(name)
    received = parse_received_url(f, url)
    digest = mac(algorithm or f.signature.algorithm, key, received.signed_text.encode("utf-8"))
    text = encode_bytes(digest, encoding or f.signature.encoding)
    return with_signature(name, url, text)


def with_signature(name: str, url: str, text: str) -> str:
    """``url`` with the signature parameter's value replaced by ``text`` (percent-encoded)."""
    f = fmt(name)
    param = next(p.name for p in f.url.query if p.value == "signature")
    head, _, _ = url.rpartition(f"&{param}=")
    return f"{head}&{param}={percent_encode(text, f.url.percent.safe, f.url.percent.space)}"


def signature_text(name: str, url: str) -> str:
    return parse_received_url(fmt(name), url).signature


def query_items(url: str) -> tuple[str, list[str]]:
    base, _, query = url.partition("?")
    return base, query.split("&")


def set_param(url: str, param: str, raw: str | None) -> str:
    """``url`` with ``param``'s raw value replaced (None removes it)."""
    base, items = query_items(url)
    out = []
    for item in items:
        if item.split("=", 1)[0] == param:
            if raw is not None:
                out.append(f"{param}={raw}")
        else:
            out.append(item)
    return f"{base}?{'&'.join(out)}"


def swap_params(url: str, first: str, second: str) -> str:
    base, items = query_items(url)
    names = [item.split("=", 1)[0] for item in items]
    i, j = names.index(first), names.index(second)
    items[i], items[j] = items[j], items[i]
    return f"{base}?{'&'.join(items)}"


def mac_text(name: str, key: bytes, message: bytes, algorithm: str | None = None) -> str:
    f = fmt(name)
    return encode_bytes(mac(algorithm or f.signature.algorithm, key, message), f.signature.encoding)
