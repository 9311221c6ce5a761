"""Lint findings of exchange formats: where the secret goes, plain HTTP, no timeout."""

from __future__ import annotations

from collections.abc import Iterator

from specmodel.errors import Location
from specmodel.exchange_model import ExchangeFormat
from specmodel.source import Source as YamlSource

SEVERITY = {"secret-sent-to-vendor": "medium", "plain-http": "high", "no-timeout": "medium"}


def exchange_findings(
    fmt: ExchangeFormat, source: YamlSource
) -> Iterator[tuple[str, str, Location]]:
    """Raw findings (risk, message, where) of one exchange format."""
    yield (
        "secret-sent-to-vendor",
        "the secret itself leaves the backend (sent to the vendor on every exchange)",
        source.where(("exchange", "request")),
    )
    yield from _plain_http(fmt, source)
    if fmt.exchange.timeout_ms is None:
        yield (
            "no-timeout",
            "no exchange.timeout_ms: a hung vendor hangs the caller",
            source.where(("exchange",)),
        )


def _plain_http(fmt: ExchangeFormat, source: YamlSource) -> Iterator[tuple[str, str, Location]]:
    first = fmt.exchange.request.url[0]
    if first.literal.startswith("http://"):
        yield (
            "plain-http",
            "the request URL is http://",
            source.where(("exchange", "request", "url")),
        )
        return
    if first.placeholder is None:
        return
    server = fmt.field(first.placeholder)
    default = server.default.value if server.default is not None else None
    if isinstance(default, str) and default.startswith("http://"):
        yield "plain-http", f"{server.name} defaults to an http:// URL", server.location
