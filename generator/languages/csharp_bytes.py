"""C# bytes: the codec helpers that write and read bytes as text, the HMAC classes, and bytes
encoded at generation time (a constant JWS header segment, a consumer's canned bytes)."""

from __future__ import annotations

import base64
from typing import Any

_CODECS = {"hex": "Hex", "base64": "Base64", "base64url": "Base64Url"}
_CODECS["base64url-nopad"] = "Base64UrlNoPad"


class CSharpBytes:
    """Which helper or class turns bytes into text, or computes a MAC over them."""

    def base64url(self, text: str) -> str:
        """The unpadded base64url of ``text``'s UTF-8 (a constant JWS header segment)."""
        return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")

    def hex_to_base64(self, hex_text: str) -> str:
        """Bytes given as hex, as base64 (a consumer's canned random bytes)."""
        return base64.b64encode(bytes.fromhex(hex_text)).decode("ascii")

    def encoder(self, encoding: str) -> str:
        """The helper that writes bytes as ``encoding`` (hex, base64, …)."""
        return _CODECS[encoding]

    def decoder(self, encoding: str) -> str:
        """The helper that reads ``encoding`` back, canonically."""
        return "From" + _CODECS[encoding]

    def hmac_class(self, hash_name: str) -> str:
        """The HMAC class of a hash (``sha256``) or of a JWS ``alg`` literal (``"HS256"``)."""
        bits = hash_name.strip('"').lower().removeprefix("sha").removeprefix("hs")
        return f"HMACSHA{bits}"

    def hmac_switch(self, algorithms: Any) -> str:
        """The HMAC for the token's ``alg`` (already one of ``algorithms``)."""
        *rest, last = algorithms
        arms = [f"alg == {a} ? (HMAC)new {self.hmac_class(a)}(key) : " for a in rest]
        return "".join(arms) + f"new {self.hmac_class(last)}(key)"
