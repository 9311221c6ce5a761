"""The typed model of an exchange format: the backend trades its secret for a vendor's token.

Built by :mod:`specmodel.exchange_build`; immutable. Fields reuse :class:`~specmodel.model.Field`:
``in: url`` fields fill URL templates, ``in: payload`` fields make the JSON request body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specmodel.errors import Location
from specmodel.model import (
    Acknowledgement,
    Family,
    Field,
    Finding,
    Format,
    JsonProfile,
    Placement,
    TemplatePart,
)

# Where a status that a format does not list goes; 5xx and other 4xx by class.
DEFAULT_STATUS_ERRORS = {
    "400": "invalid_request",
    "401": "unauthorized",
    "403": "forbidden",
    "404": "not_found",
    "429": "rate_limited",
    "4xx": "invalid_request",
    "5xx": "upstream_error",
}
SECONDS_PER_UNIT = {"seconds": 1, "minutes": 60, "milliseconds": 0.001}
DEFAULT_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Auth:
    """How a call authenticates: no header, Basic, Bearer or a named header, and with what."""

    scheme: str = "none"  # none | basic | bearer | header
    credential: str | None = None  # secret | token
    header: str | None = None  # the header name for scheme: header

    @property
    def header_name(self) -> str | None:
        """The header that carries the credential, if any."""
        if self.scheme == "none":
            return None
        return self.header if self.scheme == "header" else "Authorization"


@dataclass(frozen=True)
class Call:
    """One HTTP call: method, URL template and authentication."""

    method: str
    url: tuple[TemplatePart, ...]
    auth: Auth = Auth()


@dataclass(frozen=True)
class Expiry:
    """How long the token lives: a response member, or a request field, in some unit."""

    path: tuple[str, ...] | None = None
    field: str | None = None
    unit: str = "seconds"


@dataclass(frozen=True)
class Expectation:
    """A response member that must hold a value (Bold BI's ``ApiStatus: true``)."""

    path: tuple[str, ...]
    equals: Any


@dataclass(frozen=True)
class ResponseMap:
    """Where the token, its lifetime and the embed URL sit in the vendor's JSON answer."""

    token: tuple[str, ...]
    url: tuple[str, ...] | None = None
    expires_in: Expiry | None = None
    require: tuple[Expectation, ...] = ()


@dataclass(frozen=True)
class StatusRule:
    """A status (``429``, or a class ``5xx``) and the error code it becomes."""

    status: str
    error: str
    when: str = ""


@dataclass(frozen=True)
class Exchange:
    """The call, its answer, its failures and the optional revocation call."""

    request: Call
    response: ResponseMap
    timeout_ms: int | None = None
    success: tuple[int, ...] = (200,)
    errors: tuple[StatusRule, ...] = ()
    embed_url: tuple[TemplatePart, ...] | None = None
    revoke: Call | None = None

    @property
    def timeout(self) -> int:
        """The timeout in milliseconds (the default when the format names none)."""
        return self.timeout_ms if self.timeout_ms is not None else DEFAULT_TIMEOUT_MS

    def error_for(self, status: int) -> str:
        """The error code of a non-success status: the format's rule, else the default."""
        rules = {rule.status: rule.error for rule in self.errors}
        table = {**DEFAULT_STATUS_ERRORS, **rules}
        for key in (str(status), f"{status // 100}xx"):
            if key in table:
                return table[key]
        return "bad_response"


@dataclass(frozen=True)
class ExchangeFormat:
    """One exchange format, fully resolved."""

    name: str
    title: str
    vendor: str
    path: str
    fields: tuple[Field, ...]
    exchange: Exchange
    json: JsonProfile
    secret_description: str = ""
    references: tuple[str, ...] = ()
    acknowledged: tuple[Acknowledgement, ...] = ()
    location: Location | None = None
    findings: tuple[Finding, ...] = ()
    family: Family = Family.EXCHANGE

    def field(self, name: str) -> Field:
        """The top-level field called ``name``."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def placed(self, placement: Placement) -> tuple[Field, ...]:
        """Fields that travel in ``placement`` (payload: the request body), in order."""
        return tuple(f for f in self.fields if f.placement is placement)


Spec = Format | ExchangeFormat
