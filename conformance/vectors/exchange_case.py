"""An exchange case before the reference judges it, and the example it starts from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from conformance.vectors.cases import Fields
from specmodel.exchange_model import ExchangeFormat

Answer = dict[str, Any]
JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class ExchangeCase:
    """One exchange (or revocation) call; ``expect`` is the intended outcome ("ok" or a code)."""

    id: str
    comment: str
    fields: Fields
    response: Answer
    expect: str
    secret: str
    now: int
    operation: str = "exchange"
    token: str | None = None
    flags: tuple[str, ...] = ()


@dataclass
class ExchangeExample:
    """The YAML example: secret, clock, inputs and the vendor's successful answer."""

    secret: str
    now: int
    fields: Fields
    response: Answer = field(default_factory=dict)


@dataclass(frozen=True)
class ExchangeSource:
    """One exchange YAML file, loaded: the model, its hash and the example call and answer."""

    fmt: ExchangeFormat
    sha256: str
    example: ExchangeExample


Maker = Callable[..., ExchangeCase]  # (id, comment, **overrides) → a case from the example


def error_answer(status: int, headers: dict[str, str] | None = None) -> Answer:
    """A vendor error: the status, JSON headers (plus ``headers``), a small JSON body."""
    body = {"error": f"HTTP {status}", "message": "canned vendor error"}
    return {"status": status, "headers": {**JSON_HEADERS, **(headers or {})}, "body": body}
