"""Corpus cases of the signed-url family (looker-signed-url, boldbi-embed-url, and
sigma-signed-url for a map's prefixed parameters)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from urllib.parse import quote

from conformance.reference.encodings import encode_bytes, mac, percent_decode
from conformance.reference.urlparse import parse_received_url
from doctor.causes import Cause

from .corpus import Case
from .forge import (
    fmt,
    key_of,
    now_of,
    query_items,
    resign_url,
    secret_of,
    set_param,
    signature_text,
    signed,
    swap_params,
    with_signature,
)

L, B, S = "looker-signed-url", "boldbi-embed-url", "sigma-signed-url"
_EXAMPLE = "(the example's secret)"


def _case(
    id: str,
    name: str,
    text: str,
    cause: Cause | None,
    verdict: str,
    *,
    secret: str | None = _EXAMPLE,
    now: int | None = None,
    as_format: str | None = None,
) -> Case:
    """A case of format ``name``, one minute after the example's signing time by default."""
    return Case(
        f"signed-url/{id}",
        as_format or name,
        "signed-url",
        text,
        secret_of(name) if secret == _EXAMPLE else secret,
        now if now is not None else now_of(name) + 60,
        cause,
        verdict,
    )


def _raw_query_mac(url: str, key: bytes) -> str:
    """Bold BI's sample signer: the MAC over the query with its values not percent-encoded."""
    _, items = query_items(url)
    plain = "&".join(
        f"{item.split('=', 1)[0]}={percent_decode(item.split('=', 1)[1], False)}"
        for item in items
        if not item.startswith("embed_signature=")
    )
    return encode_bytes(mac("sha256", key, plain.encode("utf-8")), "base64")


def _signature_with(name: str, chars: str) -> str:
    """The first example URL (signed at now + i) whose signature holds one of ``chars``."""
    for i in range(300):
        url = signed(name, now=now_of(name) + i)
        if any(c in signature_text(name, url) for c in chars):
            return url
    raise AssertionError(f"no signature with {chars}")


def url_cases() -> list[Case]:
    return [*_structure(), *_signature(), *_claims_and_times()]


def _structure() -> Iterator[Case]:
    looker, boldbi = signed(L), signed(B)
    yield _case("valid-looker", L, looker, None, "ok")
    yield _case("valid-boldbi", B, boldbi, None, "ok")
    yield _case("valid-no-secret", B, boldbi, None, "unverified", secret=None)
    yield _case("whitespace", L, looker[:80] + "\n" + looker[80:], Cause.WHITESPACE, "malformed")
    yield _case(
        "url-mismatch", L, looker.replace("https://", "http://", 1), Cause.URL_MISMATCH, "malformed"
    )
    # Looker's server reads the parameters by name: any order verifies.
    yield _case("query-any-order", L, swap_params(looker, "nonce", "time"), None, "ok")
    # Bold BI MACs the query text itself: reordered after signing, the MAC no longer matches.
    swapped = swap_params(boldbi, "embed_dashboard_id", "embed_user_email")
    yield _case("query-order-signed-query", B, swapped, Cause.QUERY_ORDER, "bad_signature")
    yield _case("query-unknown", L, looker + "&utm_source=mail", Cause.QUERY_UNKNOWN, "malformed")
    yield _case(
        "url-syntax", L, set_param(looker, "time", "1700000000%"), Cause.URL_SYNTAX, "malformed"
    )
    yield _case(
        "signature-missing",
        B,
        set_param(boldbi, "embed_signature", None),
        Cause.SIGNATURE_MISSING,
        "malformed",
    )
    yield _case("other-format", B, boldbi, Cause.OTHER_FORMAT, "malformed", as_format=L)
    yield from _maps()


def _maps() -> Iterator[Case]:
    """Sigma's user attributes, one :ua_<name> parameter each, in a URL that signs itself."""
    sigma = signed(S)
    yield _case("valid-map", S, sigma, None, "ok")
    reordered = swap_params(sigma, ":ua_Region", ":ua_Tier")
    yield _case("query-order-map", S, reordered, Cause.QUERY_ORDER, "bad_signature")
    bare = sigma.replace("&:signature=", "&:ua_=x&:signature=")
    yield _case("query-unknown-map-prefix", S, bare, Cause.QUERY_UNKNOWN, "malformed")


def _signature() -> Iterator[Case]:
    looker, boldbi = signed(L), signed(B)
    proxied = boldbi.replace("jane@example.com", "jane%40example.com")
    yield _case("query-encoding", B, proxied, Cause.QUERY_ENCODING, "bad_signature")
    plus = signed(B, embed_user_email="jane+test@example.com")
    raw_signed = with_signature(B, plus, _raw_query_mac(plus, key_of(B)))
    yield _case("query-encoding-raw-values", B, raw_signed, Cause.QUERY_ENCODING, "bad_signature")
    permissions = quote('["access_data", "see_user_dashboards"]', safe="-_.!~*'()")
    spaced = set_param(looker, "permissions", permissions)
    yield _case("json-respaced", L, spaced, Cause.JSON_RESPACED, "bad_signature")
    digest = encode_bytes(mac("sha1", key_of(L), _signed_text(looker)), "hex")
    yield _case(
        "signature-encoding",
        L,
        with_signature(L, looker, digest),
        Cause.SIGNATURE_ENCODING,
        "bad_signature",
    )
    plus_slash = _signature_with(B, "+/")
    url_safe = signature_text(B, plus_slash).replace("+", "-").replace("/", "_")
    yield _case(
        "signature-encoding-base64url",
        B,
        with_signature(B, plus_slash, url_safe),
        Cause.SIGNATURE_ENCODING,
        "malformed",
        now=now_of(B) + 400,
    )
    yield _case(
        "signature-truncated",
        B,
        with_signature(B, boldbi, signature_text(B, boldbi)[:20]),
        Cause.SIGNATURE_TRUNCATED,
        "bad_signature",
    )
    base64_secret = "Ym9sZGJpLWVtYmVkLXNlY3JldC0xYTJi"
    decoded = resign_url(B, signed(B, secret=base64_secret), base64.b64decode(base64_secret))
    yield _case(
        "secret-encoding", B, decoded, Cause.SECRET_ENCODING, "bad_signature", secret=base64_secret
    )
    newline = resign_url(L, looker, (secret_of(L) + "\n").encode("utf-8"))
    yield _case("secret-whitespace", L, newline, Cause.SECRET_WHITESPACE, "bad_signature")
    yield _case(
        "other-algorithm",
        L,
        resign_url(L, looker, key_of(L), "sha256"),
        Cause.OTHER_ALGORITHM,
        "bad_signature",
    )
    yield _case(
        "wrong-secret",
        L,
        looker,
        Cause.WRONG_SECRET_OR_ALTERED,
        "bad_signature",
        secret="another-looker-secret-0123",
    )
    altered = set_param(looker, "external_user_id", quote('"user-43"'))
    yield _case("altered-signed-field", L, altered, Cause.WRONG_SECRET_OR_ALTERED, "bad_signature")
    renamed = set_param(looker, "first_name", quote('"Mallory"'))
    yield _case("altered-unsigned-field", L, renamed, None, "ok")


def _signed_text(url: str) -> bytes:
    return parse_received_url(fmt(L), url).signed_text.encode("utf-8")


def _claims_and_times() -> Iterator[Case]:
    looker, boldbi = signed(L), signed(B)
    key_l, key_b = key_of(L), key_of(B)
    now = now_of(L)
    yield _case("too-old", L, looker, Cause.TOO_OLD, "expired", now=now + 301)
    yield _case(
        "not-yet-valid", L, signed(L, now=now + 400), Cause.NOT_YET_VALID, "not_yet_valid", now=now
    )
    dropped = resign_url(L, set_param(looker, "external_user_id", None), key_l)
    yield _case("missing-claim", L, dropped, Cause.MISSING_CLAIM, "missing_claim")
    text_time = resign_url(B, set_param(boldbi, "embed_timestamp", "soon"), key_b)
    yield _case("invalid-claim", B, text_time, Cause.INVALID_CLAIM, "invalid_claim")
    millis = resign_url(B, set_param(boldbi, "embed_timestamp", str(now_of(B) * 1000)), key_b)
    yield _case("time-in-milliseconds", B, millis, Cause.TIME_IN_MILLISECONDS, "not_yet_valid")
