"""Raw signing helpers: JSON text, signed strings and MACs, written from the model alone.

They build tokens the reference's signer never would (correctly signed but bad), so they
reuse only its primitive encodings (``mac``, ``encode_bytes``, ``percent_encode``).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from conformance.reference.encodings import encode_bytes, mac, percent_encode
from specmodel.model import Format

HASHES = {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}


def json_text(value: Any, fmt: Format) -> str:
    """``value`` written with the format's JSON profile."""
    profile = fmt.json
    return json.dumps(
        value,
        separators=(profile.item_separator, profile.key_separator),
        ensure_ascii=profile.ascii_only,
        sort_keys=profile.sort_keys,
    )


def parse_json(data: bytes | str) -> Any:
    """Lenient parse of a canonical token part (member order kept)."""
    return json.loads(data)


def decode_any(text: str, encoding: str) -> bytes:
    """Bytes of a canonical ``encoding`` text (padding restored when absent)."""
    if encoding == "hex":
        return bytes.fromhex(text)
    padded = text + "=" * (-len(text) % 4)
    altchars = None if encoding == "base64" else b"-_"
    return base64.b64decode(padded, altchars=altchars)


def b64url(data: bytes) -> str:
    """base64url without padding (JWS segments)."""
    return encode_bytes(data, "base64url-nopad")


def plain(value: Any) -> str:
    """A value as plain text: booleans as true/false, everything else as ``str``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def percent(text: str, fmt: Format) -> str:
    """Percent-encoded with the format's URL rule."""
    return percent_encode(text, fmt.url.percent.safe, fmt.url.percent.space)


def value_text(value: Any, encode: str, fmt: Format) -> str:
    """A value as a message part or query value writes it: text, JSON or %-encoded."""
    if encode == "json":
        return json_text(value, fmt)
    return percent(plain(value), fmt) if encode == "percent" else plain(value)


def parts_message(fmt: Format, values: dict[str, Any]) -> str:
    """The signed string of a ``parts`` message: present parts, prefixed, joined."""
    message = fmt.signature.message
    assert message is not None and not message.query
    pieces = [
        part.prefix + value_text(values[part.field], part.encode, fmt)
        for part in message.parts
        if part.field in values
    ]
    return message.join.join(pieces)


def mac_text(fmt: Format, key: bytes, message: str) -> str:
    """The format's MAC of ``message`` in its signature encoding."""
    digest = mac(fmt.signature.algorithm, key, message.encode("utf-8"))
    return encode_bytes(digest, fmt.signature.encoding)


def jws_token(header: bytes, payload: bytes, key: bytes, alg: str) -> str:
    """A JWS over the given header and payload bytes, MACed with ``alg`` (HS256/384/512)."""
    signing_input = f"{b64url(header)}.{b64url(payload)}"
    return f"{signing_input}.{jws_mac(signing_input, key, alg)}"


def jws_mac(signing_input: str, key: bytes, alg: str) -> str:
    """The signature segment for ``signing_input`` (the text as it travels)."""
    return b64url(mac(HASHES.get(alg, "sha256"), key, signing_input.encode("utf-8")))
