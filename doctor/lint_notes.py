"""The format's lint findings, said of one token: which unsigned fields it carries, whether
it can expire, how long it lives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conformance.reference.message import plain_text
from doctor.report import LintNote
from doctor.timefmt import duration
from specmodel.lint import unsigned_fields as lint_unsigned_fields
from specmodel.model import Finding, Format

Claims = dict[str, Any]
Note = Callable[[Format, Claims, int, bytes | None], str | None]


def unsigned_fields(fmt: Format) -> list[str]:
    """Fields that travel in the token or URL but that the signature does not cover."""
    return [field.name for field in lint_unsigned_fields(fmt)]


def lint_notes(fmt: Format, claims: Claims, now: int, key: bytes | None) -> list[LintNote]:
    """The findings that say something about this token, in the format's order."""
    notes = []
    reasons = {ack.risk: ack.reason for ack in fmt.acknowledged}
    for finding in fmt.findings:
        message = _NOTES.get(finding.risk, _as_found(finding))(fmt, claims, now, key)
        if message is not None:
            reason = reasons.get(finding.risk, "")
            notes.append(LintNote(finding.risk, finding.severity, message, reason))
    return notes


def _as_found(finding: Finding) -> Note:
    return lambda fmt, claims, now, key: finding.message


def _unsigned(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    present = [name for name in unsigned_fields(fmt) if name in claims]
    if not present:
        return None
    return (
        f"this token carries {', '.join(present)} unsigned: anyone can change them and the "
        "signature still holds, so the server must not trust them"
    )


def _no_expiry(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    policy = fmt.verify
    deciding = [n for n in (policy.expires, policy.issued_at) if n is not None]
    if any(name in claims for name in deciding):
        return None
    names = " or ".join(deciding) or "expiry claim"
    return f"this token carries no {names}: it never expires"


def _unbounded(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    expires = fmt.verify.expires
    if expires is None or not isinstance(claims.get(expires), int):
        return None
    start_name = fmt.verify.issued_at
    issued = claims.get(start_name) if start_name else None
    start = issued if isinstance(issued, int) and not isinstance(issued, bool) else now
    lives = claims[expires] - start
    return f"this token lives {lives} s ({duration(abs(lives))}); the format sets no maximum"


def _key_length(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    if key is None:
        return None
    return f"the key has {len(key)} bytes; the format sets no minimum"


def _sha1(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    return "this token's MAC is HMAC-SHA1, a legacy hash"


def _ambiguous(fmt: Format, claims: Claims, now: int, key: bytes | None) -> str | None:
    message = fmt.signature.message
    assert message is not None
    parts = [part for part in message.parts if part.field in claims]
    shown = " + ".join(repr(part.prefix + plain_text(claims[part.field])) for part in parts)
    return (
        f"this token's signed parts are joined with nothing ({shown}): other values with the "
        "same concatenation have the same MAC"
    )


_NOTES: dict[str, Note] = {
    "ambiguous-concatenation": _ambiguous,
    "unsigned-fields": _unsigned,
    "no-expiry": _no_expiry,
    "unbounded-lifetime": _unbounded,
    "no-min-key-length": _key_length,
    "sha1": _sha1,
}
