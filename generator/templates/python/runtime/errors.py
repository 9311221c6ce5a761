"""Errors raised by embedseal.

Every error carries a machine-readable :attr:`EmbedsealError.code` that is the
same in all embedseal SDKs, and a message that says what is wrong and where.
Messages never contain a secret.

Catch :class:`InvalidToken` to handle every reason a token is refused, or one
of its subclasses to tell the reasons apart::

    try:
        claims = verify(token, secret)
    except TokenExpired:
        ...  # ask the embedding page to fetch a fresh token
    except InvalidToken:
        ...  # answer 401
"""

# ruff: noqa: N818 - the names are public API, the same in every embedseal SDK

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "AlgorithmNotAllowed",
    "BadSignature",
    "EmbedsealError",
    "InvalidClaim",
    "InvalidInput",
    "InvalidKey",
    "InvalidToken",
    "LifetimeTooLong",
    "MalformedToken",
    "MissingClaim",
    "TokenExpired",
    "TokenNotYetValid",
    "WeakKey",
]


class EmbedsealError(Exception):
    """Base class of every error raised by embedseal."""

    code: ClassVar[str]
    """The reason as a stable wire name, such as ``"expired"``."""


class InvalidToken(EmbedsealError):
    """A token was refused during verification."""


class MalformedToken(InvalidToken):
    """The token (or one of its parts) cannot be decoded or parsed."""

    code = "malformed"


class BadSignature(InvalidToken):
    """The token's signature does not match its content."""

    code = "bad_signature"


class AlgorithmNotAllowed(InvalidToken):
    """The token names an algorithm this format does not accept."""

    code = "alg_not_allowed"


class TokenExpired(InvalidToken):
    """The token's expiry time has passed."""

    code = "expired"


class TokenNotYetValid(InvalidToken):
    """The token is used before the time it becomes valid."""

    code = "not_yet_valid"


class LifetimeTooLong(InvalidToken):
    """The token is valid for longer than this format allows."""

    code = "lifetime_too_long"


class MissingClaim(InvalidToken):
    """A required claim is absent."""

    code = "missing_claim"


class InvalidClaim(InvalidToken):
    """A claim is present but has the wrong type or value."""

    code = "invalid_claim"


class InvalidInput(EmbedsealError):
    """The values given for signing cannot be encoded."""

    code = "invalid_input"


class InvalidKey(EmbedsealError):
    """The secret is empty or not valid in its configured encoding."""

    code = "invalid_key"


class WeakKey(EmbedsealError):
    """The secret is shorter than this format requires."""

    code = "weak_key"
