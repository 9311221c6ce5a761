# Code generated from spec/formats/ — do not edit.

"""Conformance adapter: JSON requests on stdin, one JSON answer per line on stdout.

Run from the SDK root with ``PYTHONPATH=src python3 conformance_adapter.py``. Not part of the
package: it only proves the modules against the shared vectors.
"""

from __future__ import annotations

import io
import json
import platform
import sys
from collections.abc import Callable
from typing import Any

from embedseal import (
    boldbi_embed_authorize,
    boldbi_embed_url,
    embedseal_v1,
    lightdash_embed,
    looker_signed_url,
    metabase_embed,
    papermap_iframe,
    semaphor_token,
    sigma_jwt,
    sigma_signed_url,
    sisense_jwt,
    tableau_connected_app,
    tinybird_jwt,
    tooljet_pat,
)

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class _OutOfRandomnessError(Exception):
    """The request's test randomness ran out: an input error, never silent reuse."""

    code = "invalid_input"


def _random_source(hex_text: str) -> Callable[[int], bytes]:
    data = bytes.fromhex(hex_text)
    offset = 0

    def take(count: int) -> bytes:
        nonlocal offset
        chunk = data[offset : offset + count]
        if len(chunk) < count:
            raise _OutOfRandomnessError(f"the test randomness needs {count} more bytes")
        offset += count
        return chunk

    return take


# Each format's file has its own error class (it stands alone); all carry ``code``.
_ERRORS: tuple[type[Exception], ...] = (
    _OutOfRandomnessError,
    boldbi_embed_url.BoldbiEmbedUrlError,
    embedseal_v1.EmbedsealV1Error,
    lightdash_embed.LightdashEmbedError,
    looker_signed_url.LookerSignedUrlError,
    metabase_embed.MetabaseEmbedError,
    papermap_iframe.PapermapIframeError,
    sigma_jwt.SigmaJwtError,
    sigma_signed_url.SigmaSignedUrlError,
    sisense_jwt.SisenseJwtError,
    tableau_connected_app.TableauConnectedAppError,
    tinybird_jwt.TinybirdJwtError,
    boldbi_embed_authorize.BoldbiEmbedAuthorizeError,
    semaphor_token.SemaphorTokenError,
    tooljet_pat.TooljetPatError,
)


def _sign_boldbi_embed_url(request: dict[str, Any]) -> dict[str, Any]:
    signed = boldbi_embed_url.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_boldbi_embed_url(request: dict[str, Any]) -> dict[str, Any]:
    claims = boldbi_embed_url.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_embedseal_v1(request: dict[str, Any]) -> dict[str, Any]:
    signed = embedseal_v1.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_embedseal_v1(request: dict[str, Any]) -> dict[str, Any]:
    claims = embedseal_v1.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_lightdash_embed(request: dict[str, Any]) -> dict[str, Any]:
    signed = lightdash_embed.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_lightdash_embed(request: dict[str, Any]) -> dict[str, Any]:
    claims = lightdash_embed.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_looker_signed_url(request: dict[str, Any]) -> dict[str, Any]:
    signed = looker_signed_url.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_looker_signed_url(request: dict[str, Any]) -> dict[str, Any]:
    claims = looker_signed_url.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_metabase_embed(request: dict[str, Any]) -> dict[str, Any]:
    signed = metabase_embed.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_metabase_embed(request: dict[str, Any]) -> dict[str, Any]:
    claims = metabase_embed.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_papermap_iframe(request: dict[str, Any]) -> dict[str, Any]:
    signed = papermap_iframe.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_papermap_iframe(request: dict[str, Any]) -> dict[str, Any]:
    claims = papermap_iframe.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_sigma_jwt(request: dict[str, Any]) -> dict[str, Any]:
    signed = sigma_jwt.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_sigma_jwt(request: dict[str, Any]) -> dict[str, Any]:
    claims = sigma_jwt.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_sigma_signed_url(request: dict[str, Any]) -> dict[str, Any]:
    signed = sigma_signed_url.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_sigma_signed_url(request: dict[str, Any]) -> dict[str, Any]:
    claims = sigma_signed_url.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_sisense_jwt(request: dict[str, Any]) -> dict[str, Any]:
    signed = sisense_jwt.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_sisense_jwt(request: dict[str, Any]) -> dict[str, Any]:
    claims = sisense_jwt.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_tableau_connected_app(request: dict[str, Any]) -> dict[str, Any]:
    signed = tableau_connected_app.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=None, signature=signed.signature, response=signed.response)
    return answer


def _verify_tableau_connected_app(request: dict[str, Any]) -> dict[str, Any]:
    claims = tableau_connected_app.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_tinybird_jwt(request: dict[str, Any]) -> dict[str, Any]:
    signed = tinybird_jwt.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_tinybird_jwt(request: dict[str, Any]) -> dict[str, Any]:
    claims = tinybird_jwt.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _exchange_boldbi_embed_authorize(request: dict[str, Any]) -> dict[str, Any]:
    issued = boldbi_embed_authorize.exchange(
        request["fields"],
        request["secret"],
        now=request["now"],
        base_url=request["base_url"],
        timeout_ms=request.get("timeout_ms", boldbi_embed_authorize.TIMEOUT_MS),
    )
    result = {
        "token": issued.token,
        "expires_at": issued.expires_at,
        "url": issued.url,
        "response": issued.response,
    }
    return {"ok": True, "result": result}


def _exchange_semaphor_token(request: dict[str, Any]) -> dict[str, Any]:
    issued = semaphor_token.exchange(
        request["fields"],
        request["secret"],
        now=request["now"],
        base_url=request["base_url"],
        timeout_ms=request.get("timeout_ms", semaphor_token.TIMEOUT_MS),
    )
    result = {
        "token": issued.token,
        "expires_at": issued.expires_at,
        "url": issued.url,
        "response": issued.response,
    }
    return {"ok": True, "result": result}


def _revoke_semaphor_token(request: dict[str, Any]) -> dict[str, Any]:
    semaphor_token.revoke(
        request["token"],
        now=request.get("now"),
        base_url=request["base_url"],
        timeout_ms=request.get("timeout_ms", semaphor_token.TIMEOUT_MS),
    )
    return {"ok": True}


def _exchange_tooljet_pat(request: dict[str, Any]) -> dict[str, Any]:
    issued = tooljet_pat.exchange(
        request["fields"],
        request["secret"],
        now=request["now"],
        base_url=request["base_url"],
        timeout_ms=request.get("timeout_ms", tooljet_pat.TIMEOUT_MS),
    )
    result = {
        "token": issued.token,
        "expires_at": issued.expires_at,
        "url": issued.url,
        "response": issued.response,
    }
    return {"ok": True, "result": result}


_HANDLERS: dict[tuple[str, str], Handler] = {
    ("sign", "boldbi-embed-url"): _sign_boldbi_embed_url,
    ("verify", "boldbi-embed-url"): _verify_boldbi_embed_url,
    ("sign", "embedseal-v1"): _sign_embedseal_v1,
    ("verify", "embedseal-v1"): _verify_embedseal_v1,
    ("sign", "lightdash-embed"): _sign_lightdash_embed,
    ("verify", "lightdash-embed"): _verify_lightdash_embed,
    ("sign", "looker-signed-url"): _sign_looker_signed_url,
    ("verify", "looker-signed-url"): _verify_looker_signed_url,
    ("sign", "metabase-embed"): _sign_metabase_embed,
    ("verify", "metabase-embed"): _verify_metabase_embed,
    ("sign", "papermap-iframe"): _sign_papermap_iframe,
    ("verify", "papermap-iframe"): _verify_papermap_iframe,
    ("sign", "sigma-jwt"): _sign_sigma_jwt,
    ("verify", "sigma-jwt"): _verify_sigma_jwt,
    ("sign", "sigma-signed-url"): _sign_sigma_signed_url,
    ("verify", "sigma-signed-url"): _verify_sigma_signed_url,
    ("sign", "sisense-jwt"): _sign_sisense_jwt,
    ("verify", "sisense-jwt"): _verify_sisense_jwt,
    ("sign", "tableau-connected-app"): _sign_tableau_connected_app,
    ("verify", "tableau-connected-app"): _verify_tableau_connected_app,
    ("sign", "tinybird-jwt"): _sign_tinybird_jwt,
    ("verify", "tinybird-jwt"): _verify_tinybird_jwt,
    ("exchange", "boldbi-embed-authorize"): _exchange_boldbi_embed_authorize,
    ("exchange", "semaphor-token"): _exchange_semaphor_token,
    ("revoke", "semaphor-token"): _revoke_semaphor_token,
    ("exchange", "tooljet-pat"): _exchange_tooljet_pat,
}


PROTOCOL = 1
FORMATS = [
    "boldbi-embed-url",
    "embedseal-v1",
    "lightdash-embed",
    "looker-signed-url",
    "metabase-embed",
    "papermap-iframe",
    "sigma-jwt",
    "sigma-signed-url",
    "sisense-jwt",
    "tableau-connected-app",
    "tinybird-jwt",
    "boldbi-embed-authorize",
    "semaphor-token",
    "tooljet-pat",
]


def _hello(request: dict[str, Any]) -> dict[str, Any]:
    """The answer to the protocol handshake ``{"op": "start", "protocol": 1}``."""
    if request.get("protocol") != PROTOCOL:
        return {"ok": False, "error": "unsupported_protocol", "detail": f"speaks {PROTOCOL}"}
    runtime = f"{platform.python_implementation()} {platform.python_version()}"
    return {
        "ok": True,
        "protocol": PROTOCOL,
        "language": "python",
        "runtime": runtime,
        "formats": FORMATS,
        "operations": ["sign", "verify", "exchange", "revoke"],
    }


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    if request.get("op") == "start":
        return _hello(request)
    try:
        handler = _HANDLERS[(request["op"], request["format"])]
        return handler(request)
    except _ERRORS as error:
        answer: dict[str, Any] = {"ok": False, "error": getattr(error, "code", "adapter_error")}
        if getattr(error, "retry_after", None) is not None:
            answer["retry_after"] = getattr(error, "retry_after", None)
        return answer
    except Exception as error:  # every other failure is reported, not fatal
        return {"ok": False, "error": "adapter_error", "detail": f"{type(error).__name__}: {error}"}


def main() -> int:
    """Answer ``start`` and case requests until ``{"op": "stop"}`` or the end of input."""
    for line in io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"):
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("op") == "stop":
            return 0
        answer = {"id": request.get("id"), **_answer(request)}
        sys.stdout.write(json.dumps(answer) + "\n")  # ASCII: no U+2028 etc. to split lines
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
