"""The back-end token endpoint a format page shows (FastAPI, Express): what it reads, checks,
takes from the deployment's configuration and answers.

The endpoint checks that the signed-in user may see the tenant before signing, passes only the
members the browser may choose, fills deployment-wide constants from environment variables and
answers with the URL and when it expires.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum

from generator.ir import FieldIR, FormatIR, Placement, Source
from specmodel.model import Format

# Fields that name whose data is shown, most specific first: the endpoint checks this one.
_TENANT_HINTS = ("tenant", "org", "customer", "account", "user", "workspace", "resource")


@dataclass(frozen=True)
class Wire:
    """A wire name and its JSON string literal (the same text in Python and TypeScript)."""

    name: str
    literal: str

    @classmethod
    def of(cls, name: str) -> Wire:
        """The wire name ``name``."""
        return cls(name, json.dumps(name))


@dataclass(frozen=True)
class Constant:
    """A deployment-wide input: the environment variable the endpoint reads it from."""

    wire: Wire
    env: str


class ExpiresFrom(Enum):
    """How the endpoint learns when the URL expires."""

    RESPONSE = "response"  # a member of the sign response
    MAX_AGE = "max_age"  # the issue time is now: now + the verifier's max age
    NEVER_SAID = "never_said"  # single use: the front end asks again on every load


@dataclass(frozen=True)
class Expiry:
    """The expiry the endpoint answers with."""

    source: ExpiresFrom
    member: Wire | None = None  # the response member (RESPONSE)
    member_ident: str | None = None  # its identifier in the language (RESPONSE)
    max_age: int | None = None  # seconds (MAX_AGE)
    issued_at: str | None = None  # the field that holds the issue time (MAX_AGE)

    @property
    def from_response(self) -> bool:
        """The sign response carries the expiry."""
        return self.source is ExpiresFrom.RESPONSE

    @property
    def from_max_age(self) -> bool:
        """The expiry is now plus the verifier's max age."""
        return self.source is ExpiresFrom.MAX_AGE


@dataclass(frozen=True)
class Endpoint:
    """One format's token endpoint in one language."""

    route: str
    secret_env: str
    tenant: Wire | None
    request: tuple[Wire, ...]  # what the browser may choose
    constants: tuple[Constant, ...]
    expiry: Expiry
    # What the browser gets: the embed URL, or the token where the format builds no URL (the
    # page hands it to the vendor's component, e.g. <tableau-viz token="…">).
    answer: str = "url"


def route(format_name: str) -> str:
    """The endpoint's path, the same for the back end and the front end."""
    return f"/api/embed/{format_name}"


def endpoint(fmt: Format, ir: FormatIR) -> Endpoint:
    """The endpoint of ``fmt`` as ``ir``'s language writes it."""
    tenant = tenant_field(ir)
    return Endpoint(
        route=route(fmt.name),
        secret_env=env_name(fmt.name, "secret"),
        tenant=Wire.of(tenant.wire) if tenant else None,
        request=request_fields(ir),
        constants=tuple(
            Constant(Wire.of(f.wire), env_name(fmt.name, f.wire)) for f in _constants(ir)
        ),
        expiry=_expiry(fmt, ir),
        answer="url" if fmt.embeds else "token",
    )


def tenant_field(ir: FormatIR) -> FieldIR | None:
    """The request field that names whose data is shown: the endpoint checks access to it."""
    candidates = [
        f for f in ir.inputs if f.source is Source.CALLER and f.placement is not Placement.URL
    ]
    for hint in _TENANT_HINTS:
        for f in candidates:
            if hint in f.wire.lower() and f.required:
                return f
    required = [f for f in candidates if not f.optional_input]
    pool = required or candidates
    return pool[0] if pool else None


def request_fields(ir: FormatIR) -> tuple[Wire, ...]:
    """The members the endpoint takes from the request body (never the expiry or constants)."""
    return tuple(Wire.of(f.wire) for f in _body_inputs(ir) if f.source is not Source.CONSTANT)


def env_name(format_name: str, wire: str) -> str:
    """The environment variable of a format's secret or constant."""
    return re.sub(r"[^A-Z0-9]+", "_", f"{format_name}_{wire}".upper()).strip("_")


def _body_inputs(ir: FormatIR) -> list[FieldIR]:
    """The inputs the endpoint passes: required ones without a default (defaults apply)."""
    return [f for f in ir.inputs if not f.optional_input]


def _constants(ir: FormatIR) -> list[FieldIR]:
    return [f for f in _body_inputs(ir) if f.source is Source.CONSTANT]


def _expiry(fmt: Format, ir: FormatIR) -> Expiry:
    policy = fmt.verify
    for entry in ir.response:
        if entry.field is not None and entry.field.wire == policy.expires:
            return Expiry(ExpiresFrom.RESPONSE, Wire.of(entry.name), entry.ident)
    if policy.issued_at and policy.max_age:
        return Expiry(ExpiresFrom.MAX_AGE, max_age=policy.max_age, issued_at=policy.issued_at)
    return Expiry(ExpiresFrom.NEVER_SAID)
