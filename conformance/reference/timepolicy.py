"""Expiry, not-before and lifetime checks, with PyJWT's boundary semantics and explicit leeway.

expired: exp <= now - leeway (PyJWT), or issued_at + max_age <= now - leeway;
not yet valid: nbf > now + leeway or issued_at > now + leeway;
lifetime too long: exp - (iat, or now when the format has no iat) > max_lifetime.

A JWS token's registered claims (RFC 7519 §4.1.4-6: ``exp``, ``nbf``, ``iat``) are held to the
same rules whenever the token carries them, declared by the format or not (unless the format
sets ``verify.registered_claims: false``); an undeclared one that is not an integer is an
invalid claim. Lifetime and max age apply to the declared claims only.
"""

from __future__ import annotations

from typing import Any, NoReturn

from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.jsontext import MAX_SAFE_INTEGER
from specmodel.model import Family, Format, VerifyPolicy

REGISTERED = {"expires": "exp", "not_before": "nbf", "issued_at": "iat"}  # role → claim name


def check_times(fmt: Format, claims: dict[str, Any], now: int) -> None:
    """Apply the policy's time rules in the fixed order: expired, not yet valid, lifetime."""
    policy = fmt.verify
    registered = registered_names(fmt)
    _check_registered_types(fmt, claims, registered)
    expires = expiry(policy, claims)
    issued = _claim(claims, policy.issued_at)
    leeway = policy.leeway
    for name in _names(policy.expires, registered.get("expires")):
        value = expires if name == policy.expires else _claim(claims, name)
        if value is not None and value <= now - leeway:
            label = expiry_label(policy) if name == policy.expires else name
            _fail(ErrorCode.EXPIRED, f"{label} {value} has passed: now {now}, leeway {leeway}s")
    if (
        issued is not None
        and policy.max_age is not None
        and issued + policy.max_age <= now - leeway
    ):
        _fail(ErrorCode.EXPIRED, f"issued at {issued}, older than {policy.max_age}s")
    for role in ("not_before", "issued_at"):
        for name in _names(getattr(policy, role), registered.get(role)):
            value = _claim(claims, name)
            if value is not None and value > now + leeway:
                _fail(ErrorCode.NOT_YET_VALID, f"{name} {value} is after now {now} + {leeway}s")
    _check_lifetime(policy, expires, issued, now)


def expiry(policy: VerifyPolicy, claims: dict[str, Any]) -> int | None:
    """The expiry instant: the named claim, or the sum of two (``expires: {sum: [a, b]}``)."""
    value = _claim(claims, policy.expires)
    if value is None:
        return None
    plus = _claim(claims, policy.expires_plus) if policy.expires_plus else 0
    return None if plus is None else int(value) + int(plus)


def expiry_label(policy: VerifyPolicy) -> str:
    """How messages name the expiry: ``exp``, or ``:time + :session_length``."""
    assert policy.expires is not None
    return policy.expires + (f" + {policy.expires_plus}" if policy.expires_plus else "")


def registered_names(fmt: Format) -> dict[str, str]:
    """Role → registered claim name the format checks beyond its declared policy (JWS only)."""
    if fmt.family is not Family.JWS or not fmt.verify.registered_claims:
        return {}
    policy = fmt.verify
    return {role: name for role, name in REGISTERED.items() if getattr(policy, role) != name}


def _check_registered_types(
    fmt: Format, claims: dict[str, Any], registered: dict[str, str]
) -> None:
    declared = {field.name for field in fmt.fields}
    for name in registered.values():
        if name in claims and name not in declared:
            value = claims[name]
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or abs(value) > MAX_SAFE_INTEGER
            ):
                _fail(ErrorCode.INVALID_CLAIM, f"{name}: expected a NumericDate (integer seconds)")


def _check_lifetime(
    policy: VerifyPolicy, expires: int | None, issued: int | None, now: int
) -> None:
    if expires is not None and policy.max_lifetime is not None:
        start = issued if issued is not None else now
        if expires - start > policy.max_lifetime:
            _fail(
                ErrorCode.LIFETIME_TOO_LONG,
                f"lives {expires - start}s, at most {policy.max_lifetime}s",
            )


def _names(declared: str | None, registered: str | None) -> list[str]:
    return [name for name in (declared, registered) if name is not None]


def _claim(claims: dict[str, Any], name: str | None) -> Any:
    return None if name is None else claims.get(name)


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
