"""Time-policy cases: the example token checked at each second around every boundary.

``time_outcome`` restates the documented rules (conformance/reference/timepolicy.py's
docstring) independently, so a boundary the reference gets wrong shows up as a dispute.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from conformance.vectors.cases import OK, Context, VerifyCase
from conformance.vectors.codecs import Codec, JwsCodec
from conformance.vectors.ids import case_id
from specmodel.model import Family, Format, VerifyPolicy

# RFC 7519 §4.1.4-6: a JWS verifier checks these whenever the token carries them.
_REGISTERED = (("expires", "exp"), ("not_before", "nbf"), ("issued_at", "iat"))


def time_outcome(
    policy: VerifyPolicy, claims: dict[str, Any], now: int, registered: bool = False
) -> str:
    """What a correct verifier answers at ``now`` for these (otherwise valid) claims;
    ``registered``: also exp, nbf and iat the token carries though the policy names others."""
    issued, not_before = (claims.get(n) if n else None for n in _names(policy)[1:])
    expires = _expiry(policy, claims)
    extra = {role: claims.get(name) for role, name in _REGISTERED if registered}
    late = [v for v in (extra.get("expires"),) if v is not None]
    early = [v for v in (not_before, issued, extra.get("not_before"), extra.get("issued_at"))]
    checks = (
        (
            "expired",
            _expired(policy, expires, issued, now) or any(v <= now - policy.leeway for v in late),
        ),
        ("not_yet_valid", any(_after(v, now + policy.leeway) for v in early)),
        ("lifetime_too_long", _too_long(policy, expires, issued, now)),
    )
    return next((outcome for outcome, failed in checks if failed), OK)


def checks_registered(fmt: Format) -> bool:
    """Whether ``fmt``'s verifier holds a JWS's registered time claims to the time rules."""
    return fmt.family is Family.JWS and fmt.verify.registered_claims


def _after(value: int | None, limit: int) -> bool:
    return value is not None and value > limit


def _expired(policy: VerifyPolicy, expires: int | None, issued: int | None, now: int) -> bool:
    oldest = now - policy.leeway
    too_old = (
        issued is not None and policy.max_age is not None and issued + policy.max_age <= oldest
    )
    return too_old or (expires is not None and expires <= oldest)


def _too_long(policy: VerifyPolicy, expires: int | None, issued: int | None, now: int) -> bool:
    if policy.max_lifetime is None or expires is None:
        return False
    return expires - (issued if issued is not None else now) > policy.max_lifetime


def _names(policy: VerifyPolicy) -> tuple[str | None, str | None, str | None]:
    return policy.expires, policy.issued_at, policy.not_before


def _expiry(policy: VerifyPolicy, claims: dict[str, Any]) -> int | None:
    """The expiry instant: the claim, or the sum ``expires: {sum: [a, b]}`` names."""
    value = claims.get(policy.expires) if policy.expires else None
    if not isinstance(value, int) or policy.expires_plus is None:
        return value if isinstance(value, int) else None
    plus = claims.get(policy.expires_plus)
    return value + plus if isinstance(plus, int) else None


def time_cases(ctx: Context, codec: Codec, token: str) -> list[VerifyCase]:
    """Boundary seconds for expiry, not-before / issued-at, max age; then lifetimes."""
    policy = ctx.fmt.verify
    cases = [
        case
        for role, at in _instants(policy, codec.claims)
        for case in _around(ctx, codec, token, role, at)
    ]
    return cases + list(_lifetimes(ctx, codec)) + list(_registered(ctx, codec))


def _instants(policy: VerifyPolicy, claims: dict[str, Any]) -> Iterator[tuple[str, int]]:
    expires = _expiry(policy, claims)
    if expires is not None:
        yield "expires", expires
    for role, name in zip(("issued_at", "not_before"), _names(policy)[1:], strict=True):
        if name is not None and isinstance(claims.get(name), int):
            yield role, claims[name]
    if policy.issued_at is not None and policy.max_age is not None and policy.issued_at in claims:
        yield "max_age", claims[policy.issued_at] + policy.max_age


_OFFSETS = (  # label, leeways, seconds: now = at + leeways * leeway + seconds
    ("at-1", 0, -1), ("at", 0, 0), ("at+1", 0, 1),
    ("at-leeway-1", -1, -1), ("at-leeway", -1, 0), ("at-leeway+1", -1, 1),
    ("at+leeway-1", 1, -1), ("at+leeway", 1, 0), ("at+leeway+1", 1, 1),
)  # fmt: skip


def _around(ctx: Context, codec: Codec, token: str, role: str, at: int) -> Iterator[VerifyCase]:
    nows = {
        label: at + leeways * ctx.fmt.verify.leeway + delta for label, leeways, delta in _OFFSETS
    }
    seen: set[int] = set()
    for label, now in nows.items():  # with no leeway, "at-leeway" is "at": keep the first name
        if now not in seen:
            seen.add(now)
            yield _at(ctx, codec, token, f"{role}/{label}", now)


def _at(ctx: Context, codec: Codec, token: str, name: str, now: int) -> VerifyCase:
    expect = time_outcome(ctx.fmt.verify, codec.claims, now, checks_registered(ctx.fmt))
    comment = f"The example token at now = {now} (leeway {ctx.fmt.verify.leeway}s): {expect}."
    cid = case_id("verify", "time", name)
    return ctx.verify_case(cid, comment, token, now=now, flags=("time", "boundary"), expect=expect)


def _lifetimes(ctx: Context, codec: Codec) -> Iterator[VerifyCase]:
    policy, now = ctx.fmt.verify, ctx.example.now
    if policy.max_lifetime is None or policy.expires is None:
        return
    issued = codec.claims.get(policy.issued_at) if policy.issued_at else None
    start = issued if isinstance(issued, int) else now
    expiry = " + ".join(name for name in (policy.expires, policy.expires_plus) if name)
    for label, extra in (("max", 0), ("max+1", 1), ("max-1", -1)):
        claims = _lasting(policy, codec.claims, start + policy.max_lifetime + extra)
        expect = time_outcome(policy, claims, now, checks_registered(ctx.fmt))
        why = ""
        if (moved := _beyond_bounds(ctx.fmt, claims)) is not None:
            expect, why = "invalid_claim", f" ({moved} is past its own bound)"
        comment = f"{expiry} - start = max_lifetime {extra:+d}s; correctly signed: {expect}{why}."
        cid = case_id("verify", "time", "lifetime", label)
        yield ctx.verify_case(
            cid, comment, codec.forge(claims), flags=("time", "boundary"), expect=expect
        )


def _beyond_bounds(fmt: Format, claims: dict[str, Any]) -> str | None:
    """The integer field a lifetime case moved past its own bounds (Sigma's :session_length
    is at most the 30 days max_lifetime allows), if any: claims are checked before times, so
    the verifier answers invalid_claim."""
    for field in fmt.fields:
        value, low, high = claims.get(field.name), field.shape.minimum, field.shape.maximum
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        if (low is not None and value < low) or (high is not None and value > high):
            return field.name
    return None


def _lasting(policy: VerifyPolicy, claims: dict[str, Any], until: int) -> dict[str, Any]:
    """``claims`` expiring at ``until``: the expiry claim moved, or the summand that is not
    the start (Sigma: :session_length) when expiry is a sum."""
    assert policy.expires is not None
    if policy.expires_plus is None:
        return {**claims, policy.expires: until}
    return {**claims, policy.expires_plus: until - claims[policy.expires]}


def _registered(ctx: Context, codec: Codec) -> Iterator[VerifyCase]:
    """A JWS carrying exp, nbf or iat its format does not declare: still held to the rules."""
    if not isinstance(codec, JwsCodec) or not checks_registered(ctx.fmt):
        return
    policy, now, leeway = ctx.fmt.verify, ctx.example.now, ctx.fmt.verify.leeway
    declared = {field.name for field in ctx.fmt.fields}
    for role, name in _REGISTERED:
        if getattr(policy, role) == name:
            continue  # the declared policy already checks it
        instants = (("past", now - leeway - 1), ("now", now), ("future", now + leeway + 1))
        for label, at in instants:
            claims = {**codec.claims, name: at}
            expect = time_outcome(policy, claims, now, registered=True)
            comment = f"A correctly signed token carrying {name} = now {at - now:+d}s: {expect}."
            cid = case_id("verify", "registered", name, label)
            yield ctx.verify_case(
                cid, comment, codec.forge(claims), flags=("time", "registered"), expect=expect
            )
        if name not in declared:
            claims = {**codec.claims, name: str(now)}
            comment = f"{name} carried as a string: a NumericDate is an integer."
            cid = case_id("verify", "registered", name, "not-an-integer")
            yield ctx.verify_case(
                cid, comment, codec.forge(claims), flags=("registered",), expect="invalid_claim"
            )
