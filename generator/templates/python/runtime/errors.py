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

Exchanges (the vendor issues the token) raise :class:`ExchangeError` subclasses::

    try:
        issued = exchange(inputs, secret)
    except RateLimited as error:
        ...  # wait error.retry_after seconds (None when the vendor did not say)
    except ExchangeError:
        ...  # answer 502
"""

# ruff: noqa: N818 - the names are public API, the same in every embedseal SDK

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "AlgorithmNotAllowed",
    "BadResponse",
    "BadSignature",
    "EmbedsealError",
    "ExchangeError",
    "ExchangeTimeout",
    "Forbidden",
    "InvalidClaim",
    "InvalidInput",
    "InvalidKey",
    "InvalidRequest",
    "InvalidToken",
    "LifetimeTooLong",
    "MalformedToken",
    "MissingClaim",
    "NotFound",
    "RateLimited",
    "TokenExpired",
    "TokenNotYetValid",
    "Unauthorized",
    "UpstreamError",
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


class ExchangeError(EmbedsealError):
    """An exchange (or revocation) call failed; the subclass tells why.

    :attr:`status` is the vendor's HTTP status, when it answered.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class InvalidRequest(ExchangeError):
    """The vendor refused the request as invalid (HTTP 400, or another unlisted 4xx)."""

    code = "invalid_request"


class Unauthorized(ExchangeError):
    """The vendor did not accept the credential (HTTP 401)."""

    code = "unauthorized"


class Forbidden(ExchangeError):
    """The credential is valid but may not do this (HTTP 403)."""

    code = "forbidden"


class NotFound(ExchangeError):
    """The vendor does not know what the request names (HTTP 404)."""

    code = "not_found"


class RateLimited(ExchangeError):
    """Too many requests (HTTP 429); :attr:`retry_after` seconds when the vendor said."""

    code = "rate_limited"

    def __init__(
        self, message: str, status: int | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(message, status)
        self.retry_after = retry_after


class UpstreamError(ExchangeError):
    """The vendor failed (HTTP 5xx) or could not be reached at all."""

    code = "upstream_error"


class ExchangeTimeout(ExchangeError):
    """No complete answer within the timeout."""

    code = "timeout"


class BadResponse(ExchangeError):
    """The answer is not as the format describes it (status, JSON, token, lifetime)."""

    code = "bad_response"
