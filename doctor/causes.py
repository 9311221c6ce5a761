"""The cause codes: why a token is refused, as stable names a second implementation reproduces.

Each code is documented in docs/reference/doctor.md (a test keeps the two in step). The
order of :data:`PRIORITY` decides which cause a report names first: explanations proven by a
MAC or a repaired token come before the observations they explain.
"""

from __future__ import annotations

from enum import StrEnum


class Cause(StrEnum):
    """One reason a token is refused (or a fact that explains the reason)."""

    # The text given is not the token as issued.
    WHITESPACE = "whitespace"
    PERCENT_ENCODED = "percent-encoded"
    TOKEN_NOT_IN_URL = "token-not-in-url"
    # Proven by a MAC that matches under another assumption.
    OTHER_FORMAT = "other-format"
    SECRET_ENCODING = "secret-encoding"
    SECRET_WHITESPACE = "secret-whitespace"
    OTHER_ALGORITHM = "other-algorithm"
    SIGNATURE_ENCODING = "signature-encoding"
    SIGNATURE_TRUNCATED = "signature-truncated"
    JSON_RESPACED = "json-respaced"
    QUERY_ENCODING = "query-encoding"
    TIME_IN_MILLISECONDS = "time-in-milliseconds"
    # A part of the token is malformed.
    SEGMENT_COUNT = "segment-count"
    BAD_ALPHABET = "bad-alphabet"
    BAD_PADDING = "bad-padding"
    BAD_LENGTH = "bad-length"
    NOT_CANONICAL = "not-canonical"
    JSON_SYNTAX = "json-syntax"
    JSON_NOT_OBJECT = "json-not-object"
    JSON_REFUSED = "json-refused"
    URL_MISMATCH = "url-mismatch"
    QUERY_ORDER = "query-order"
    QUERY_UNKNOWN = "query-unknown"
    URL_SYNTAX = "url-syntax"
    SIGNATURE_MISSING = "signature-missing"
    # The key, the header, the claims, the clock.
    INVALID_KEY = "invalid-key"
    WEAK_KEY = "weak-key"
    ALG_NOT_ALLOWED = "alg-not-allowed"
    CRIT_HEADER = "crit-header"
    MISSING_CLAIM = "missing-claim"
    INVALID_CLAIM = "invalid-claim"
    EXPIRED = "expired"
    TOO_OLD = "too-old"
    NOT_YET_VALID = "not-yet-valid"
    LIFETIME_TOO_LONG = "lifetime-too-long"
    # Nothing could be proven.
    WRONG_SECRET_OR_ALTERED = "wrong-secret-or-altered"


PRIORITY: tuple[Cause, ...] = tuple(Cause)

# Causes that are only ever named with a proof (a MAC computed under the stated assumption,
# or the reference verifying a repaired token); the others are observations of the token.
PROVEN_BY_MAC = frozenset(
    {
        Cause.OTHER_FORMAT,
        Cause.SECRET_ENCODING,
        Cause.SECRET_WHITESPACE,
        Cause.OTHER_ALGORITHM,
        Cause.SIGNATURE_ENCODING,
        Cause.SIGNATURE_TRUNCATED,
        Cause.JSON_RESPACED,
        Cause.QUERY_ENCODING,
    }
)
