"""Minimal hand-written stdlib versions of the three benchmarked formats, as a competent
engineer writes them without embedseal: the vendor's recipe, no generic checks.

Each ``*_message`` returns the bytes the HMAC covers (the driver times the raw HMAC over them).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import quote, unquote

TINYBIRD_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}
PAPERMAP_BASE = "https://papermap.ai/embedded/dashboard?embedded-token="
LOOKER_SAFE = "-_.!~*'()"  # encodeURIComponent's unreserved set
LOOKER_SIGNED = (
    "nonce", "time", "session_length", "external_user_id", "permissions", "models",
    "group_ids", "external_group_id", "user_attributes", "access_filters",
)  # fmt: skip
LOOKER_UNSIGNED = ("first_name", "last_name", "user_timezone", "force_logout_login")


class RefusedError(Exception):
    """A token or URL that does not verify."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# ---------------------------------------------------------------- tinybird-jwt (PyJWT's bytes)


def tinybird_message(fields: dict[str, Any], now: int) -> bytes:
    payload = {
        "workspace_id": fields["workspace_id"],
        "name": fields["name"],
        "exp": fields.get("exp", now + 3600),
        "scopes": fields["scopes"],
    }
    if "limits" in fields:
        payload["limits"] = fields["limits"]
    body = json.dumps(payload, separators=(",", ":")).encode()
    return (TINYBIRD_HEADER + "." + b64url(body)).encode()


def tinybird_sign(fields: dict[str, Any], secret: str, now: int) -> tuple[str, str]:
    """The token and the embed URL."""
    signing_input = tinybird_message(fields, now)
    mac = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    token = signing_input.decode() + "." + b64url(mac)
    return token, fields["chart_url"] + "?token=" + quote(token, safe="")


def tinybird_verify(token: str, secret: str, now: int) -> dict[str, Any]:
    header, payload, signature = token.split(".")
    if json.loads(_unb64url(header)).get("alg") != "HS256":
        raise RefusedError("alg")
    mac = hmac.new(secret.encode(), (header + "." + payload).encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(mac, _unb64url(signature)):
        raise RefusedError("signature")
    claims: dict[str, Any] = json.loads(_unb64url(payload))
    if claims["exp"] <= now:
        raise RefusedError("expired")
    return claims


# ---------------------------------------------------------------- papermap-iframe (the seed)


def papermap_message(fields: dict[str, Any], now: int) -> bytes:
    workspace_id: str = fields["workspace_id"]
    return (workspace_id + str(fields.get("valid_until", now + 3600))).encode()


def papermap_sign(fields: dict[str, Any], secret: str, now: int) -> tuple[str, str]:
    valid_until = fields.get("valid_until", now + 3600)
    message = papermap_message(fields, now)
    envelope = {
        "api_key_id": fields["api_key_id"],
        "workspace_id": fields["workspace_id"],
        "tenant_id": fields["tenant_id"],
        "dashboard_id": fields["dashboard_id"],
        "valid_until": valid_until,
        "signature": hmac.new(secret.encode(), message, hashlib.sha256).hexdigest(),
    }
    token = base64.urlsafe_b64encode(json.dumps(envelope).encode()).decode()
    return token, PAPERMAP_BASE + token


def papermap_verify(token: str, secret: str, now: int) -> dict[str, Any]:
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(token))
    received = claims.pop("signature")
    message = (claims["workspace_id"] + str(claims["valid_until"])).encode()
    expected = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        raise RefusedError("signature")
    if claims["valid_until"] <= now:
        raise RefusedError("expired")
    return claims


# ---------------------------------------------------------------- looker-signed-url (embed SDK)


def _looker_params(fields: dict[str, Any], now: int, nonce: bytes) -> dict[str, str]:
    def dumps(value: Any) -> str:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    params = {
        "nonce": dumps(nonce.hex()),
        "time": dumps(now),
        "session_length": dumps(fields.get("session_length", 3600)),
        "external_user_id": dumps(fields["external_user_id"]),
        "permissions": dumps(fields["permissions"]),
        "models": dumps(fields["models"]),
    }
    for name in ("group_ids", "external_group_id", "user_attributes"):
        if name in fields:
            params[name] = dumps(fields[name])
    params["access_filters"] = dumps(fields.get("access_filters", {}))
    for name in LOOKER_UNSIGNED:
        if name in fields:
            params[name] = dumps(fields[name])
    return params


def _looker_string(host: str, path: str, params: dict[str, str]) -> bytes:
    signed = [params[name] for name in LOOKER_SIGNED if name in params]
    return "\n".join([host, path, *signed]).encode()


def looker_message(fields: dict[str, Any], now: int, nonce: bytes) -> bytes:
    path = "/login/embed/" + quote(fields["embed_url"], safe=LOOKER_SAFE)
    return _looker_string(fields["host"], path, _looker_params(fields, now, nonce))


def looker_sign(fields: dict[str, Any], secret: str, now: int, nonce: bytes) -> str:
    """The signed URL."""
    path = "/login/embed/" + quote(fields["embed_url"], safe=LOOKER_SAFE)
    params = _looker_params(fields, now, nonce)
    message = _looker_string(fields["host"], path, params)
    mac = hmac.new(secret.encode(), message, hashlib.sha1).digest()
    params["signature"] = base64.b64encode(mac).decode()
    query = "&".join(name + "=" + quote(value, safe=LOOKER_SAFE) for name, value in params.items())
    host: str = fields["host"]
    return "https://" + host + path + "?" + query


def looker_verify(url: str, secret: str, now: int) -> dict[str, Any]:
    base, _, query = url.partition("?")
    if not base.startswith("https://"):
        raise RefusedError("malformed")
    host, slash, rest = base[len("https://") :].partition("/")
    path = slash + rest
    params = dict(pair.split("=", 1) for pair in query.split("&"))
    texts = {name: unquote(value) for name, value in params.items()}
    signature = base64.b64decode(texts.pop("signature"))
    mac = hmac.new(secret.encode(), _looker_string(host, path, texts), hashlib.sha1).digest()
    if not hmac.compare_digest(mac, signature):
        raise RefusedError("signature")
    claims = {name: json.loads(text) for name, text in texts.items()}
    if abs(claims["time"] - now) > 300:
        raise RefusedError("time")
    claims["host"] = host
    claims["embed_url"] = unquote(path[len("/login/embed/") :])
    return claims
