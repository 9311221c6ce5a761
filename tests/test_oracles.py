"""Independent confirmations: published answers and third-party code agree with the reference.

- the HMAC layer against RFC 4231 (SHA-256/384/512) and RFC 2202 (SHA-1), typed from the RFCs;
- PyJWT decodes every accepted token of the JWS vector files, rejects the refused ones, and
  (where the JSON profile is PyJWT's) encodes the very same bytes;
- Papermap's own Python function (re-typed from the vendor's docs) makes the same tokens;
- RFC 7515 A.1 and RFC 7520 §4.4: tokens written by others verify, and why verification must
  MAC the received bytes.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import json
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
import pytest
import yaml

from conformance.reference import EmbedsealError, ErrorCode, sign, verify
from conformance.reference.encodings import decode_secret, encode_bytes, mac
from specmodel import FORMATS_DIR, load_all, load_format, resolve_format
from specmodel.model import Family, Format, Placement

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "conformance" / "vectors"
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
JWS_FORMATS = sorted(fmt.name for fmt in load_all() if fmt.family is Family.JWS)

pytestmark = pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")


def _h(text: str) -> bytes:
    return bytes.fromhex(text)


# ------------------------------------------------------------------------- HMAC layer

_LONG_KEY_DATA = b"Test Using Larger Than Block-Size Key - Hash Key First"
_LONG_DATA = (
    b"This is a test using a larger than block-size key and a larger than block-size data."
    b" The key needs to be hashed before being used by the HMAC algorithm."
)
_RFC4231_KEY4 = bytes(range(1, 26))

# RFC 4231 section 4: (test case, algorithm, key, data, HMAC). TC5 is truncated: left out.
RFC4231 = [
    ("1", "sha256", b"\x0b" * 20, b"Hi There",
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    ("1", "sha384", b"\x0b" * 20, b"Hi There",
     "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c"
     "faea9ea9076ede7f4af152e8b2fa9cb6"),
    ("1", "sha512", b"\x0b" * 20, b"Hi There",
     "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
     "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"),
    ("2", "sha256", b"Jefe", b"what do ya want for nothing?",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    ("2", "sha384", b"Jefe", b"what do ya want for nothing?",
     "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e"
     "8e2240ca5e69e2c78b3239ecfab21649"),
    ("2", "sha512", b"Jefe", b"what do ya want for nothing?",
     "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
     "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"),
    ("3", "sha256", b"\xaa" * 20, b"\xdd" * 50,
     "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    ("4", "sha256", _RFC4231_KEY4, b"\xcd" * 50,
     "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    ("6", "sha256", b"\xaa" * 131, _LONG_KEY_DATA,
     "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ("7", "sha256", b"\xaa" * 131, _LONG_DATA,
     "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
]  # fmt: skip

# RFC 2202 section 3 (HMAC-SHA-1): (test case, key, data, HMAC); TC5 with its full output.
RFC2202 = [
    ("1", b"\x0b" * 20, b"Hi There", "b617318655057264e28bc0b6fb378c8ef146be00"),
    ("2", b"Jefe", b"what do ya want for nothing?", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
    ("3", b"\xaa" * 20, b"\xdd" * 50, "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
    ("4", _RFC4231_KEY4, b"\xcd" * 50, "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
    ("5", b"\x0c" * 20, b"Test With Truncation", "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"),
    ("6", b"\xaa" * 80, _LONG_KEY_DATA, "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
    ("7", b"\xaa" * 80,
     b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data",
     "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("algorithm", "key", "data", "expected"),
    [pytest.param(a, k, d, e, id=f"rfc4231-tc{tc}-{a}") for tc, a, k, d, e in RFC4231],
)
def test_hmac_rfc4231(algorithm: str, key: bytes, data: bytes, expected: str) -> None:
    assert mac(algorithm, key, data) == _h(expected)


def test_hmac_rfc4231_tc5_truncated() -> None:
    tag = mac("sha256", b"\x0c" * 20, b"Test With Truncation")
    assert tag[:16] == _h("a3b6167473100ee06e0c796c2955552b")


@pytest.mark.parametrize(
    ("key", "data", "expected"),
    [pytest.param(k, d, e, id=f"rfc2202-tc{tc}") for tc, k, d, e in RFC2202],
)
def test_hmac_rfc2202_sha1(key: bytes, data: bytes, expected: str) -> None:
    assert mac("sha1", key, data) == _h(expected)


# ------------------------------------------------------------------ vector files


@dataclass(frozen=True)
class Case:
    """One vector: a sign or verify input and what the reference answered."""

    id: str
    kind: str  # sign | verify
    input: dict[str, Any]
    expected: dict[str, Any]

    @property
    def ok(self) -> bool:
        if isinstance(self.expected.get("ok"), bool):
            return bool(self.expected["ok"])
        return "error" not in self.expected and "code" not in self.expected

    @property
    def error(self) -> str | None:
        code = self.expected.get("error", self.expected.get("code"))
        return code if isinstance(code, str) else None

    @property
    def token(self) -> str | None:
        """The token this case is about: the signed one, or the one given to verify."""
        source = self.expected if self.kind == "sign" else self.input
        token = source.get("token")
        return token if isinstance(token, str) else None


_EXPECTED_KEYS = ("expected", "expect", "output", "result")


def _cases_in(document: dict[str, Any]) -> Iterator[Case]:
    """Every case of a vector file (schema embedseal-vectors/1): groups share a secret."""
    for group in document["testGroups"]:
        for test in group["tests"]:
            given = {"secret": group["secret"], **test}
            yield Case(test["id"], group["type"], given, test["expected"])


def _vector_cases(name: str) -> list[Case]:
    path = VECTORS / f"{name}.json"
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet (made by `nox -s vectors`)")
    cases = list(_cases_in(json.loads(path.read_text(encoding="utf-8"))))
    assert cases, (
        f"no vector recognised in {path.relative_to(ROOT)}: a case is a mapping with"
        " input {secret, now, fields|token} and expected {ok, token|claims|error};"
        " update _cases_in() in tests/test_oracles.py if the layout changed"
    )
    return cases


# ------------------------------------------------------------------ independent helpers


def _secret_key(secret: str, encoding: str) -> bytes:
    """Key bytes, decoded here with the stdlib (not with the reference)."""
    if encoding == "utf8":
        return secret.encode("utf-8")
    if encoding == "hex":
        return bytes.fromhex(secret)
    if encoding == "base64":
        return base64.b64decode(secret, validate=True)
    if encoding == "base64url":
        return base64.urlsafe_b64decode(secret + "=" * (-len(secret) % 4))
    raise AssertionError(f"unknown secret encoding {encoding}")


def _b64url(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _is_canonical_b64url(segment: str) -> bool:
    try:
        return base64.urlsafe_b64encode(_b64url(segment)).rstrip(b"=").decode() == segment
    except (binascii.Error, ValueError):
        return False


def _is_strict_json(data: bytes) -> bool:
    """UTF-8, no duplicate keys, integers within ±(2^53-1), no -0, floats or constants."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        if len({key for key, _ in items}) != len(items):
            raise ValueError("duplicate key")
        return dict(items)

    def integer(text: str) -> int:
        if text == "-0" or abs(int(text)) > 2**53 - 1:
            raise ValueError(text)
        return int(text)

    def refuse(text: str) -> Any:
        raise ValueError(text)

    try:
        text = data.decode("utf-8")
        json.loads(
            text,
            object_pairs_hook=pairs,
            parse_int=integer,
            parse_float=refuse,
            parse_constant=refuse,
        )
        text.encode("utf-8")  # lone surrogates (json accepts "\ud800")
        json.dumps(json.loads(text), ensure_ascii=False).encode("utf-8")
        if _depth(json.loads(text)) > 64:
            return False
    except (UnicodeError, ValueError, RecursionError):
        return False
    return True


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(item) for item in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(item) for item in value), default=0)
    return 0


_PYJWT_OPTIONS: Any = {
    "verify_signature": True,
    "verify_exp": False,  # checked at the vector's `now` below
    "verify_nbf": False,
    "verify_iat": False,
    "verify_aud": False,
    "verify_iss": False,
    "verify_sub": False,
    "verify_jti": False,
}


def _pyjwt_decode(fmt: Format, token: str, key: bytes) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(
        token, key, algorithms=list(fmt.verify.algorithms), options=_PYJWT_OPTIONS
    )
    return claims


def _pyjwt_expiry_agrees(
    fmt: Format, claims: dict[str, Any], token: str, key: bytes, now: int
) -> str | None:
    """PyJWT's own exp rule at the vector's ``now`` (time frozen by shifting the leeway)."""
    exp = claims.get("exp")
    if fmt.verify.expires != "exp" or not isinstance(exp, int):
        return None
    if exp <= now - fmt.verify.leeway:
        return f"exp {exp} has passed at now {now} (leeway {fmt.verify.leeway})"
    if abs(exp - (now - fmt.verify.leeway)) < 60:
        return None  # too close to the boundary for a wall-clock shift; checked above
    shift = time.time() - now
    options: Any = {**_PYJWT_OPTIONS, "verify_exp": True}
    try:
        jwt.decode(
            token,
            key,
            algorithms=list(fmt.verify.algorithms),
            options=options,
            leeway=fmt.verify.leeway + shift,
        )
    except jwt.ExpiredSignatureError as error:
        return f"PyJWT says expired: {error}"
    return None


def _payload_only(fmt: Format, claims: dict[str, Any]) -> dict[str, Any]:
    header = {f.name for f in fmt.placed(Placement.HEADER)}
    return {name: value for name, value in claims.items() if name not in header}


# ------------------------------------------------------------------ PyJWT


@pytest.mark.parametrize("name", JWS_FORMATS)
def test_pyjwt_accepts_every_accepted_token(name: str) -> None:
    fmt = resolve_format(name)
    problems: list[str] = []
    checked = 0
    for case in _vector_cases(name):
        token = case.token
        if not case.ok or token is None:
            continue
        key = _secret_key(case.input["secret"], fmt.secret_encoding)
        now = case.input["now"]
        try:
            claims = _pyjwt_decode(fmt, token, key)
        except jwt.PyJWTError as error:
            problems.append(f"{case.id}: PyJWT refuses it: {error!r}")
            continue
        checked += 1
        if case.kind == "sign":
            # A sign case may pin any exp (0 included): PyJWT must accept the signature and
            # read back exactly the payload that was signed.
            expected = json.loads(_b64url(token.split(".")[1]))
        else:
            if (expiry := _pyjwt_expiry_agrees(fmt, claims, token, key, now)) is not None:
                problems.append(f"{case.id}: {expiry}")
            expected = _payload_only(fmt, case.expected["claims"])
        if claims != expected:
            problems.append(f"{case.id}: PyJWT claims {claims} != {expected}")
    assert not problems, "\n".join(problems)
    assert checked, f"{name}: no accepted token in the vectors"


_SIGNATURE_LEVEL = {"bad_signature", "alg_not_allowed", "malformed"}


def _pyjwt_refuses(fmt: Format, token: str, key: bytes) -> bool:
    try:
        _pyjwt_decode(fmt, token, key)
    except Exception:  # any refusal counts: PyJWTError, ValueError, ...
        return True
    return False


@pytest.mark.parametrize("name", JWS_FORMATS)
def test_pyjwt_refuses_what_the_reference_refuses(name: str) -> None:
    fmt = resolve_format(name)
    problems: list[str] = []
    for case in _vector_cases(name):
        if case.kind != "verify" or case.ok or case.error not in _SIGNATURE_LEVEL:
            continue
        token = case.token
        assert token is not None
        try:
            key = _secret_key(case.input["secret"], fmt.secret_encoding)
        except (ValueError, binascii.Error):
            continue  # an invalid key is not what this case is about
        if _pyjwt_refuses(fmt, token, key):
            continue
        segments = token.split(".")
        if case.error == "malformed" and (
            not all(_is_canonical_b64url(s) for s in segments)
            or not all(_is_strict_json(_b64url(s)) for s in segments[:2])
        ):
            continue  # PyJWT is lenient there (non-canonical base64url, loose JSON)
        problems.append(f"{case.id}: the reference says {case.error}, PyJWT accepts it")
    assert not problems, "\n".join(problems)


def _pyjwt_profile(fmt: Format) -> bool:
    """Whether PyJWT's jwt.encode writes this format's bytes: header {"alg","typ":"JWT"}
    (PyJWT sorts header keys), compact separators, payload keys unsorted."""
    return (
        fmt.header == (("alg", fmt.jws_algorithm), ("typ", "JWT"))
        and (fmt.json.item_separator, fmt.json.key_separator) == (",", ":")
        and not fmt.json.sort_keys
        and not fmt.placed(Placement.HEADER)
    )


def test_tinybird_has_pyjwt_profile() -> None:
    fmt = resolve_format("tinybird-jwt")
    assert _pyjwt_profile(fmt) and fmt.json.ascii_only  # json.dumps' default escaping


@pytest.mark.parametrize("name", [n for n in JWS_FORMATS if _pyjwt_profile(resolve_format(n))])
def test_sign_vectors_are_pyjwt_bytes(name: str) -> None:
    fmt = resolve_format(name)
    problems: list[str] = []
    checked = 0
    for case in _vector_cases(name):
        token = case.token
        if case.kind != "sign" or not case.ok or token is None:
            continue
        payload_bytes = _b64url(token.split(".")[1])
        if not fmt.json.ascii_only and any(byte >= 0x7F for byte in payload_bytes):
            continue  # PyJWT escapes DEL and non-ASCII; this profile writes them raw
        payload = json.loads(payload_bytes)  # keeps the key order
        key = _secret_key(case.input["secret"], fmt.secret_encoding)
        expected = jwt.encode(payload, key, algorithm=fmt.jws_algorithm)
        checked += 1
        if expected != token:
            problems.append(f"{case.id}:\n  reference {token}\n  PyJWT     {expected}")
    assert not problems, "\n".join(problems)
    assert checked, f"{name}: no sign vector to compare"


def _example(name: str, directory: Path = FORMATS_DIR) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((directory / f"{name}.yaml").read_text("utf-8"))
    example: dict[str, Any] = data["example"]
    return example


def test_tinybird_example_is_the_vendor_pyjwt_call() -> None:
    """Tinybird's sample (seeds/003): payload built in its order, exp as a datetime."""
    example = _example("tinybird-jwt")
    fields, now = example["fields"], example["now"]
    payload = {
        "workspace_id": fields["workspace_id"],
        "name": fields["name"],
        "exp": datetime.datetime.fromtimestamp(now + 3600, tz=datetime.UTC),
        "scopes": fields["scopes"],
    }
    vendor = jwt.encode(payload, example["secret"], algorithm="HS256")
    signed = sign(resolve_format("tinybird-jwt"), example["secret"], fields, now)
    assert signed.token == vendor
    decoded = jwt.decode(vendor, example["secret"], algorithms=["HS256"], options=_PYJWT_OPTIONS)
    assert decoded["exp"] == now + 3600


@pytest.mark.parametrize("name", JWS_FORMATS)
def test_pyjwt_verifies_the_reference_example(name: str) -> None:
    fmt = resolve_format(name)
    example = _example(name)
    signed = sign(fmt, example["secret"], example["fields"], example["now"], bytes(range(64)))
    assert signed.token is not None
    key = _secret_key(example["secret"], fmt.secret_encoding)
    claims = _pyjwt_decode(fmt, signed.token, key)
    verified = verify(fmt, example["secret"], signed.token, example["now"])
    assert claims == _payload_only(fmt, verified)
    tampered = signed.token[:-2] + ("AA" if not signed.token.endswith("AA") else "BA")
    with pytest.raises(jwt.InvalidSignatureError):
        _pyjwt_decode(fmt, tampered, key)


# ------------------------------------------------------------------ Papermap's own code


def papermap_seed_token(
    secret_key: str,
    api_key_id: str,
    tenant_id: str,
    workspace_id: str,
    dashboard_id: str,
    valid_until: int | None,
    now: int,
) -> str:
    """generate_iframe_token from Papermap's docs (seeds/000), re-typed; `now` replaces
    int(time.time()) and the tenant lookup is left out."""
    if valid_until is None:
        valid_until = now + 3600
    payload = f"{workspace_id}{valid_until}"
    signature = hmac.new(secret_key.encode(), payload.encode(), hashlib.sha256).hexdigest()
    token_data = {
        "api_key_id": api_key_id,
        "workspace_id": workspace_id,
        "tenant_id": tenant_id,
        "dashboard_id": dashboard_id,
        "valid_until": valid_until,
        "signature": signature,
    }
    token_json = json.dumps(token_data)
    return base64.urlsafe_b64encode(token_json.encode()).decode()


def _seed_for(secret: str, fields: dict[str, Any], now: int) -> str:
    return papermap_seed_token(
        secret,
        fields["api_key_id"],
        fields["tenant_id"],
        fields["workspace_id"],
        fields["dashboard_id"],
        fields.get("valid_until"),
        now,
    )


def test_papermap_example_is_the_vendor_function() -> None:
    example = _example("papermap-iframe")
    fmt = resolve_format("papermap-iframe")
    signed = sign(fmt, example["secret"], example["fields"], example["now"])
    assert signed.token == _seed_for(example["secret"], example["fields"], example["now"])


def test_papermap_with_non_ascii_and_explicit_expiry_is_the_vendor_function() -> None:
    fields = {
        "api_key_id": "ak_1",
        "workspace_id": "wörkspace/1+2=3",
        "tenant_id": "Zoë 😀",
        "dashboard_id": 'd"1\\',
        "valid_until": 1700000123,
    }
    signed = sign(resolve_format("papermap-iframe"), "sëcret", fields, 1700000000)
    assert signed.token == _seed_for("sëcret", fields, 1700000000)
    message = b"w\xc3\xb6rkspace/1+2=31700000123"  # workspace_id + valid_until, no delimiter
    assert signed.signature == hmac.new(b"s\xc3\xabcret", message, hashlib.sha256).hexdigest()


def test_papermap_sign_vectors_are_the_vendor_function() -> None:
    problems: list[str] = []
    checked = 0
    for case in _vector_cases("papermap-iframe"):
        if case.kind != "sign" or not case.ok or case.token is None:
            continue
        fields, secret, now = case.input["fields"], case.input["secret"], case.input["now"]
        checked += 1
        if (expected := _seed_for(secret, fields, now)) != case.token:
            problems.append(f"{case.id}:\n  vector {case.token}\n  vendor {expected}")
    assert not problems, "\n".join(problems)
    assert checked, "no papermap sign vector"


# ------------------------------------------------------------------ RFC 7515 A.1


RFC7515_KEY = (
    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"
)
RFC7515_TOKEN = (
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
)
RFC7515_CLAIMS = {"iss": "joe", "exp": 1300819380, "http://example.com/is_root": True}


@pytest.fixture(scope="module")
def rfc7515() -> Format:
    return load_format(FIXTURES / "rfc7515-a1.yaml")


def test_rfc7515_fixture_loads_with_its_acknowledgement(rfc7515: Format) -> None:
    assert rfc7515.name == "rfc7515-a1"
    assert [(f.risk, f.acknowledged) for f in rfc7515.findings] == [("unbounded-lifetime", True)]
    assert _example("rfc7515-a1", FIXTURES)["secret"] == RFC7515_KEY


def test_rfc7515_published_bytes_have_crlf() -> None:
    header, payload, _ = RFC7515_TOKEN.split(".")
    assert _b64url(header) == b'{"typ":"JWT",\r\n "alg":"HS256"}'
    assert _b64url(payload) == (
        b'{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}'
    )


def test_rfc7515_key_decodes_to_64_bytes() -> None:
    key = decode_secret(RFC7515_KEY, "base64url")
    assert len(key) == 64
    assert key == _secret_key(RFC7515_KEY, "base64url")


def test_rfc7515_published_token_verifies(rfc7515: Format) -> None:
    assert verify(rfc7515, RFC7515_KEY, RFC7515_TOKEN, 1300819379) == RFC7515_CLAIMS


def test_rfc7515_published_token_expires_at_exp(rfc7515: Format) -> None:
    with pytest.raises(EmbedsealError) as refused:
        verify(rfc7515, RFC7515_KEY, RFC7515_TOKEN, 1300819380)
    assert refused.value.code is ErrorCode.EXPIRED


def test_rfc7515_pyjwt_agrees(rfc7515: Format) -> None:
    key = _secret_key(RFC7515_KEY, "base64url")
    assert _pyjwt_decode(rfc7515, RFC7515_TOKEN, key) == RFC7515_CLAIMS


def test_rfc7515_resigning_does_not_reproduce_the_token(rfc7515: Format) -> None:
    """The published JSON has CRLF and a space: a signer that serializes the claims itself
    writes other bytes, so verification must MAC the received segments, never re-serialize."""
    signed = sign(rfc7515, RFC7515_KEY, dict(RFC7515_CLAIMS), 1300819379)
    assert signed.token is not None
    assert signed.token != RFC7515_TOKEN
    assert signed.signature != RFC7515_TOKEN.rsplit(".", 1)[1]
    assert verify(rfc7515, RFC7515_KEY, signed.token, 1300819379) == RFC7515_CLAIMS
    # Same claims, different bytes, both valid: only the received bytes decide the MAC.
    received = RFC7515_TOKEN.rsplit(".", 1)[0].encode("ascii")
    key = decode_secret(RFC7515_KEY, "base64url")
    assert encode_bytes(mac("sha256", key, received), "base64url-nopad") == (
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    )


def test_rfc7515_tampered_token_is_refused(rfc7515: Format) -> None:
    header, payload, signature = RFC7515_TOKEN.split(".")
    changed = _b64url(payload).replace(b'"joe"', b'"eve"')
    resigned_payload = base64.urlsafe_b64encode(changed).rstrip(b"=").decode()
    with pytest.raises(EmbedsealError) as refused:
        verify(rfc7515, RFC7515_KEY, f"{header}.{resigned_payload}.{signature}", 1300819379)
    assert refused.value.code is ErrorCode.BAD_SIGNATURE


# ------------------------------------------------------------------ RFC 7520 §4.4


RFC7520_KEY = "hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"
RFC7520_PROTECTED = (
    "eyJhbGciOiJIUzI1NiIsImtpZCI6IjAxOGMwYWU1LTRkOWItNDcxYi1iZmQ2LWVlZjMxNGJjNzAzNyJ9"
)
RFC7520_PAYLOAD = (
    "SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAg"
    "b250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dp"
    "bmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4"
)
RFC7520_SIGNATURE = "s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0"
RFC7520_TEXT = (
    "It\u2019s a dangerous business, Frodo, going out your door. You step onto the road, and if"
    " you don't keep your feet, there\u2019s no knowing where you might be swept off to."
)


def test_rfc7520_payload_is_the_published_text() -> None:
    assert _b64url(RFC7520_PAYLOAD).decode("utf-8") == RFC7520_TEXT
    assert _b64url(RFC7520_PROTECTED) == (
        b'{"alg":"HS256","kid":"018c0ae5-4d9b-471b-bfd6-eef314bc7037"}'
    )


def test_rfc7520_hmac_of_the_signing_input() -> None:
    key = decode_secret(RFC7520_KEY, "base64url")
    signing_input = f"{RFC7520_PROTECTED}.{RFC7520_PAYLOAD}".encode("ascii")
    tag = mac("sha256", key, signing_input)
    assert encode_bytes(tag, "base64url-nopad") == RFC7520_SIGNATURE


# ------------------------------------------------------------------ Sisense's own samples


def test_sisense_example_is_the_vendor_pyjwt_call() -> None:
    """Sisense's Python SSO handler: jwt.encode({iat, sub, jti}, shared_secret) with PyJWT
    (HS256 by default), jti a fresh uuid4; the same jti given as a caller value reproduces
    the vendor's token byte for byte, and the redirect carries it and return_to."""
    example = _example("sisense-jwt")
    fields, now, secret = example["fields"], example["now"], example["secret"]
    jti = "0f8fad5b-d9cb-469f-a165-70867728950e"
    vendor = jwt.encode({"iat": now, "sub": fields["sub"], "jti": jti}, secret)
    signed = sign(resolve_format("sisense-jwt"), secret, {**fields, "jti": jti}, now)
    assert signed.token == vendor
    assert signed.url == (
        f"{fields['sisense_url']}/jwt?jwt={vendor}"
        "&return_to=%2Fapp%2Fmain%2Fdashboards%2F64f1c2d3e4b5a6978a1b2c3d"
    )


def _node_hs256(header: dict[str, Any], claims: dict[str, Any], secret: str) -> str:
    """An HS256 JWT as Node's JWT libraries write one: JSON.stringify bytes of ``header`` and
    ``claims`` in their order (compact, raw UTF-8), base64url without padding, the secret's
    UTF-8 bytes as the key."""
    parts = [
        base64.urlsafe_b64encode(
            json.dumps(part, separators=(",", ":"), ensure_ascii=False).encode()
        ).rstrip(b"=")
        for part in (header, claims)
    ]
    signing_input = b".".join(parts)
    mac_bytes = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    return (signing_input + b"." + base64.urlsafe_b64encode(mac_bytes).rstrip(b"=")).decode()


def _jwt_simple(payload: dict[str, Any], secret: str) -> str:
    """jwt-simple's encode (Sisense's Node sample): header {"typ":"JWT","alg":"HS256"}."""
    return _node_hs256({"typ": "JWT", "alg": "HS256"}, payload, secret)


def test_sisense_verifies_the_node_sample_token_and_its_time_window() -> None:
    """A token in jwt-simple's header order verifies (the received bytes are MACed); Sisense's
    5-minute window on iat holds (an iat ahead of the clock is refused); a given exp holds."""
    fmt, example = resolve_format("sisense-jwt"), _example("sisense-jwt")
    secret, now = example["secret"], example["now"]
    payload = {"iat": now, "sub": "jane.doe@example.com", "jti": "a1b2"}
    claims = verify(fmt, secret, _jwt_simple(payload, secret), now + 299)
    assert claims == payload
    for when, code in ((now + 300, ErrorCode.EXPIRED), (now - 1, ErrorCode.NOT_YET_VALID)):
        with pytest.raises(EmbedsealError) as refused:
            verify(fmt, secret, _jwt_simple(payload, secret), when)
        assert refused.value.code is code
    expiring = _jwt_simple({**payload, "exp": now + 60}, secret)
    with pytest.raises(EmbedsealError) as refused:
        verify(fmt, secret, expiring, now + 60)
    assert refused.value.code is ErrorCode.EXPIRED


# ------------------------------------------------------------------ Sigma's own sample


def _jsonwebtoken_sign(claims: dict[str, Any], secret: str, keyid: str) -> str:
    """jsonwebtoken's jwt.sign(claims, secret, {algorithm: "HS256", keyid}) re-typed: header
    {alg, typ, kid} in that order, claims as given (an iat in them is kept)."""
    return _node_hs256({"alg": "HS256", "typ": "JWT", "kid": keyid}, claims, secret)


def test_sigma_jwt_example_is_the_vendor_sample() -> None:
    """Sigma's server-side sample: claims {sub, iss, jti, iat, exp, account_type, teams}
    signed with the client ID as kid; URL `${BASE_URL}?:jwt=${token}&:embed=true`."""
    example = _example("sigma-jwt")
    fields, now, secret = example["fields"], example["now"], example["secret"]
    jti = "9b2f4c3e-1d7a-4e8b-9c0f-2a3b4c5d6e7f"
    claims = {
        "sub": fields["sub"],
        "iss": fields["kid"],
        "jti": jti,
        "iat": now,
        "exp": now + min(3600, 2592000),
        "account_type": fields["account_type"],
        "teams": fields["teams"],
    }
    vendor = _jsonwebtoken_sign(claims, secret, fields["kid"])
    signed = sign(resolve_format("sigma-jwt"), secret, {**fields, "jti": jti}, now)
    assert signed.token == vendor
    assert signed.url == f"{fields['workbook_url']}?:jwt={vendor}&:embed=true"
    assert verify(resolve_format("sigma-jwt"), secret, vendor, now) == {
        "kid": fields["kid"],
        **claims,
    }


def test_sigma_jwt_refuses_a_session_over_30_days() -> None:
    fmt, example = resolve_format("sigma-jwt"), _example("sigma-jwt")
    now, secret = example["now"], example["secret"]
    claims = {"sub": "a@example.com", "jti": "x", "iat": now, "exp": now + 2592001}
    with pytest.raises(EmbedsealError) as refused:
        verify(fmt, secret, _jsonwebtoken_sign(claims, secret, "client"), now)
    assert refused.value.code is ErrorCode.LIFETIME_TOO_LONG


# ------------------------------------------------------------------ Tableau's own samples

_TABLEAU_JTI = "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8"


def test_tableau_example_is_the_vendor_pyjwt_call() -> None:
    """Tableau's Python sample: jwt.encode({iss, exp, jti, aud, sub, scp, Region}, secret, "HS256",
    headers={"kid": secret_id, "iss": client_id}) — PyJWT sorts the header's keys. The same
    jti given as a caller value reproduces the vendor's token byte for byte."""
    example = _example("tableau-connected-app")
    fields, now, secret = example["fields"], example["now"], example["secret"]
    claims = {
        "iss": fields["iss"],
        "exp": datetime.datetime.fromtimestamp(now + 300, tz=datetime.UTC),
        "jti": _TABLEAU_JTI,
        "aud": "tableau",
        "sub": fields["sub"],
        "scp": fields["scp"],
        "Region": "East",  # the sample's user attribute, a claim of its own
    }
    headers = {"kid": fields["kid"], "iss": fields["iss"]}
    vendor = jwt.encode(claims, secret, algorithm="HS256", headers=headers)
    fmt = resolve_format("tableau-connected-app")
    signed = sign(fmt, secret, {**fields, "jti": _TABLEAU_JTI}, now)
    assert signed.token == vendor
    assert signed.url is None  # the token goes to <tableau-viz token="…">, not into a URL
    decoded = jwt.decode(
        vendor, secret, algorithms=["HS256"], audience="tableau", options=_PYJWT_OPTIONS
    )
    assert decoded["iss"] == jwt.get_unverified_header(vendor)["iss"] == fields["iss"]


def _tableau_token(header: dict[str, Any], claims: dict[str, Any]) -> str:
    secret = _example("tableau-connected-app")["secret"]
    return _node_hs256(header, claims, secret)


def test_tableau_verifies_a_header_without_typ_and_refuses_mismatched_issuers() -> None:
    """Tableau's Java sample (nimbus-jose-jwt) writes no typ; any header order verifies, but the
    header's iss must be the payload's, and a token longer than 10 minutes is refused."""
    fmt, example = resolve_format("tableau-connected-app"), _example("tableau-connected-app")
    now, fields = example["now"], example["fields"]
    claims = {
        "iss": fields["iss"],
        "exp": now + 600,
        "jti": _TABLEAU_JTI,
        "aud": "tableau",
        "sub": fields["sub"],
        "scp": fields["scp"],
    }
    header = {"kid": fields["kid"], "iss": fields["iss"], "alg": "HS256"}
    verified = verify(fmt, example["secret"], _tableau_token(header, claims), now)
    assert verified == {**claims, "kid": fields["kid"]}
    refusals = (
        ({**header, "iss": "another-app"}, claims, ErrorCode.INVALID_CLAIM),
        ({"kid": fields["kid"], "alg": "HS256"}, claims, ErrorCode.MISSING_CLAIM),
        (header, {**claims, "exp": now + 601}, ErrorCode.LIFETIME_TOO_LONG),
        (header, {**claims, "aud": "tableau-server"}, ErrorCode.INVALID_CLAIM),
    )
    for bad_header, bad_claims, code in refusals:
        with pytest.raises(EmbedsealError) as refused:
            verify(fmt, example["secret"], _tableau_token(bad_header, bad_claims), now)
        assert refused.value.code is code


# ------------------------------------------------------------------ Sigma's signed-URL samples

_SIGMA_NONCE = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _sigma_params(example: dict[str, Any]) -> dict[str, Any]:
    """The parameters of Sigma's signing samples, in their order."""
    fields = example["fields"]
    return {
        ":nonce": _SIGMA_NONCE,
        ":email": fields[":email"],
        ":external_user_id": fields[":external_user_id"],
        ":client_id": fields[":client_id"],
        ":time": example["now"],
        ":session_length": 3600,
        ":mode": "userbacked",
        ":external_user_team": fields[":external_user_team"],
        ":account_type": fields[":account_type"],
        # Sigma's user-attribute recipe appends "&:ua_{name}={value}" for each attribute.
        **{f":ua_{name}": value for name, value in sorted(fields["user_attributes"].items())},
    }


def _sigma_signed(url_with_params: str, secret: str) -> str:
    """``url + "&:signature=" + hex(HMAC-SHA256(secret, url))``, as every sample appends it."""
    mac_hex = hmac.new(secret.encode(), url_with_params.encode(), hashlib.sha256).hexdigest()
    return f"{url_with_params}&:signature={mac_hex}"


def test_sigma_signed_url_example_is_the_vendor_python_sample() -> None:
    """python/signing.py: quote(k)=quote(v) with safe=",:" joined by "&" after EMBED_PATH?, the
    HMAC over that whole URL. The same nonce given reproduces the vendor's URL byte for byte."""
    example = _example("sigma-signed-url")
    params = _sigma_params(example)
    query = "&".join(
        urllib.parse.quote(str(k), safe=",:") + "=" + urllib.parse.quote(str(v), safe=",:")
        for k, v in params.items()
    )
    vendor = _sigma_signed(f"{example['fields']['embed_path']}?{query}", example["secret"])
    fmt = resolve_format("sigma-signed-url")
    fields = {**example["fields"], ":nonce": _SIGMA_NONCE}
    assert sign(fmt, example["secret"], fields, example["now"]).url == vendor


def test_sigma_signed_url_verifies_the_node_sample_and_the_session_length() -> None:
    """node/signing.js builds the query with URLSearchParams (":" as %3A, "," as %2C, a space
    as "+"): the received text is MACed, and "+" reads as a space, as Sigma's server reads it.
    The session ends at :time + :session_length."""
    example = _example("sigma-signed-url")
    fmt, params = resolve_format("sigma-signed-url"), _sigma_params(example)
    url = example["fields"]["embed_path"] + "?" + urllib.parse.urlencode(params)
    assert "%3Anonce=" in url and "Embedded+Users%2CSales" in url
    now = example["now"]
    claims = verify(fmt, example["secret"], _sigma_signed(url, example["secret"]), now + 3599)
    assert claims[":external_user_team"] == "Embedded Users,Sales"
    assert claims[":session_length"] == 3600
    assert claims["user_attributes"] == example["fields"]["user_attributes"]
    for when, code in ((now + 3600, ErrorCode.EXPIRED), (now - 1, ErrorCode.NOT_YET_VALID)):
        with pytest.raises(EmbedsealError) as refused:
            verify(fmt, example["secret"], _sigma_signed(url, example["secret"]), when)
        assert refused.value.code is code


# ------------------------------------------------------------------ Lightdash's own snippet


def _lightdash_data(example: dict[str, Any]) -> dict[str, Any]:
    """The ``data`` of the Node snippet Lightdash's embed page shows, for the YAML example."""
    fields = example["fields"]
    return {
        "content": fields["content"],
        "user": fields["user"],
        "userAttributes": fields["userAttributes"],
    }


def test_lightdash_example_is_the_vendor_node_snippet() -> None:
    """jwt.sign(data, secret, {expiresIn: "1 hour"}) with jsonwebtoken: iat then exp appended
    to the data's members; the URL `${siteUrl}/embed/${projectUuid}#${token}`."""
    example = _example("lightdash-embed")
    now, secret = example["now"], example["secret"]
    claims = {**_lightdash_data(example), "iat": now, "exp": now + 3600}
    vendor = _node_hs256({"alg": "HS256", "typ": "JWT"}, claims, secret)
    signed = sign(resolve_format("lightdash-embed"), secret, example["fields"], now)
    assert signed.token == vendor
    project = example["fields"]["content"]["projectUuid"]
    assert signed.url == f"{example['fields']['site_url']}/embed/{project}#{vendor}"


def test_lightdash_accepts_both_filter_forms_and_refuses_others() -> None:
    """dashboardFiltersInteractivity.enabled is "all" | "some" | "none" or, in the older form,
    a boolean; anything else is an invalid claim, as Lightdash's schema says."""
    example = _example("lightdash-embed")
    fmt, now, secret = resolve_format("lightdash-embed"), example["now"], example["secret"]
    data = _lightdash_data(example)
    for enabled, code in ((True, None), ("some", None), ("partial", ErrorCode.INVALID_CLAIM)):
        content = {**data["content"], "dashboardFiltersInteractivity": {"enabled": enabled}}
        claims = {**data, "content": content, "iat": now, "exp": now + 60}
        token = _node_hs256({"alg": "HS256", "typ": "JWT"}, claims, secret)
        if code is None:
            assert verify(fmt, secret, token, now) == claims
            continue
        with pytest.raises(EmbedsealError) as refused:
            verify(fmt, secret, token, now)
        assert refused.value.code is code
