"""The front-end embed a format page shows (React, plain HTML): it asks the token endpoint for a
URL and fetches a fresh one a few minutes before the current one expires."""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator.docs import names
from generator.docs.endpoint import Wire, request_fields, route
from generator.ir import build_ir
from generator.languages.registry import language
from specmodel.model import Format

REFRESH_BEFORE_EXPIRY = 300  # seconds: the front end fetches a new URL this long before expiry


@dataclass(frozen=True)
class Embed:
    """What the embed posts, where, and what it calls itself."""

    route: str
    component: str  # the React component's name
    title_literal: str  # the iframe's title, as a JavaScript string
    request: tuple[Wire, ...]  # the members the endpoint reads
    refresh_before_expiry: int  # seconds

    @property
    def refresh_minutes(self) -> int:
        """The same, in minutes (for the comments)."""
        return self.refresh_before_expiry // 60


def embed(fmt: Format) -> Embed:
    """The embed of ``fmt`` (the request members are the Python endpoint's)."""
    return Embed(
        route=route(fmt.name),
        component=component_name(fmt.name),
        title_literal=json.dumps(fmt.title),
        request=request_fields(build_ir(fmt, language("python"))),
        refresh_before_expiry=REFRESH_BEFORE_EXPIRY,
    )


def component_name(format_name: str) -> str:
    """``papermap-iframe`` → ``PapermapIframeEmbed``."""
    namespace = names.typescript_namespace(format_name)
    return namespace[:1].upper() + namespace[1:] + "Embed"
