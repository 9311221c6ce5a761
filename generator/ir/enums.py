"""The closed vocabularies of the intermediate model, as enums (templates compare members, not
free strings; a ``StrEnum`` member still prints and compares as its spec spelling)."""

from __future__ import annotations

from enum import StrEnum

from specmodel.model import Family, Placement, Source


class Kind(StrEnum):
    """A value's JSON type as the spec names it."""

    STRING = "string"
    INTEGER = "integer"
    UNIX_TIME = "unix-time"
    BOOLEAN = "boolean"
    OBJECT = "object"
    ARRAY = "array"
    MAP = "map"  # the caller's keys to text values; only a signed URL's prefixed parameters
    UNION = "union"  # one of scalar variants, told apart by JSON type


class ByteEncoding(StrEnum):
    """How bytes become text (MACs, envelopes, JWS segments, random values)."""

    HEX = "hex"
    BASE64 = "base64"
    BASE64URL = "base64url"
    BASE64URL_NOPAD = "base64url-nopad"


class SecretEncoding(StrEnum):
    """How the secret text becomes key bytes."""

    UTF8 = "utf8"
    HEX = "hex"
    BASE64 = "base64"
    BASE64URL = "base64url"


class Hash(StrEnum):
    """The HMAC's hash function."""

    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA384 = "sha384"
    SHA512 = "sha512"

    @property
    def bits(self) -> int:
        """160, 256, 384 or 512."""
        return {"sha1": 160, "sha256": 256, "sha384": 384, "sha512": 512}[self.value]


class TextForm(StrEnum):
    """How a value is written into a signed string or a query parameter."""

    TEXT = "text"  # strings as they are, integers in decimal, booleans true/false
    JSON = "json"  # its JSON text in the format's profile
    PERCENT = "percent"  # its text, percent-encoded with the format's rule


class RandomText(StrEnum):
    """How a random field's bytes become its text."""

    HEX = "hex"
    BASE64URL_NOPAD = "base64url-nopad"
    UUID = "uuid"  # RFC 9562 version 4


class QueryValue(StrEnum):
    """A query parameter that carries the token or the signature instead of a field."""

    TOKEN = "token"
    SIGNATURE = "signature"


class TimeRole(StrEnum):
    """What a time claim means to a verifier."""

    EXPIRES = "expires"  # expired once it has passed (minus leeway)
    NOT_BEFORE = "not_before"  # not yet valid before it (plus leeway)
    ISSUED_AT = "issued_at"  # not yet valid when it lies in the future (plus leeway)


class ResponseSource(StrEnum):
    """What a member of the sign response holds."""

    TOKEN = "token"
    URL = "url"
    SIGNATURE = "signature"
    FIELD = "field"


__all__ = [
    "ByteEncoding",
    "Family",
    "Hash",
    "Kind",
    "Placement",
    "QueryValue",
    "RandomText",
    "ResponseSource",
    "SecretEncoding",
    "Source",
    "TextForm",
    "TimeRole",
]
