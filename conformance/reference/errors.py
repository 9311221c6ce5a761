"""The shared error vocabulary, and the exception the reference raises with it.

Every language reports the same codes; the vectors compare codes, never messages.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """A machine-readable reason, identical in all six languages."""

    MALFORMED = "malformed"
    BAD_SIGNATURE = "bad_signature"
    ALG_NOT_ALLOWED = "alg_not_allowed"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    LIFETIME_TOO_LONG = "lifetime_too_long"
    MISSING_CLAIM = "missing_claim"
    INVALID_CLAIM = "invalid_claim"
    INVALID_INPUT = "invalid_input"
    INVALID_KEY = "invalid_key"
    WEAK_KEY = "weak_key"
    # exchange formats: what the vendor's answer (or its absence) means
    INVALID_REQUEST = "invalid_request"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    RATE_LIMITED = "rate_limited"
    UPSTREAM_ERROR = "upstream_error"
    TIMEOUT = "timeout"
    BAD_RESPONSE = "bad_response"


VERIFY_CODES = (
    ErrorCode.MALFORMED,
    ErrorCode.BAD_SIGNATURE,
    ErrorCode.ALG_NOT_ALLOWED,
    ErrorCode.EXPIRED,
    ErrorCode.NOT_YET_VALID,
    ErrorCode.LIFETIME_TOO_LONG,
    ErrorCode.MISSING_CLAIM,
    ErrorCode.INVALID_CLAIM,
)


EXCHANGE_CODES = (
    ErrorCode.INVALID_REQUEST,
    ErrorCode.UNAUTHORIZED,
    ErrorCode.FORBIDDEN,
    ErrorCode.NOT_FOUND,
    ErrorCode.RATE_LIMITED,
    ErrorCode.UPSTREAM_ERROR,
    ErrorCode.TIMEOUT,
    ErrorCode.BAD_RESPONSE,
)


class EmbedsealError(Exception):
    """Raised by the reference with a code from the shared vocabulary and a human detail."""

    def __init__(self, code: ErrorCode, detail: str) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail
