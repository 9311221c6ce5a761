"""A consumer program for one format in one language: signs the YAML example, verifies it.

The paste test (and, for packages, the install test) puts the published file in an empty
project next to this program. The program prints one ``key=value`` line each: ``token``
(token families), ``url`` and ``verified`` (``ok``, or the error code); an exchange consumer
prints ``token``, ``url`` and ``expires_at`` of the exchange with the vendor found at the
``EMBEDSEAL_BASE_URL`` environment variable. A token format's consumer also prints
``cached_url``: the public embed-URL function called with ``CACHED_TOKEN`` (a token kept from
earlier, here one with characters the URL must escape) and the example's URL values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2

from generator.environment import make_environment
from generator.exchange_ir import ExchangeIR, build_exchange_ir
from generator.ir import FormatIR, build_ir
from generator.languages.base import Language
from specmodel.exchange_model import ExchangeFormat
from specmodel.model import Format
from specmodel.package import Package

# Characters each percent-encoding set treats differently, UTF-8 text and a pair of UTF-16
# surrogates; no "?" or "#", which a token placed raw in a URL's path may not hold.
CACHED_TOKEN = "tok+/=& %~._-\u00e9\U0001f600"


@dataclass(frozen=True)
class Example:
    """The sign call a consumer makes: the YAML example, with the randomness it should draw."""

    secret: str
    now: int
    fields: dict[str, Any]  # wire name → JSON value
    random_hex: str  # the bytes the format's random source hands out, in order


def render_consumer(
    fmt: Format | ExchangeFormat,
    lang: Language,
    example: Example,
    env: jinja2.Environment | None = None,
    package: Package | None = None,
    packaged: bool | None = None,
) -> str:
    """The consumer program's source (signing formats, or exchange formats where the
    language's recipe has an exchange consumer). ``package`` names the vendor's packages; the
    program imports the format from that installed package (``packaged``, the default when a
    package is given) or from the published file next to it."""
    recipe = lang.paste
    if recipe is None:
        raise ValueError(f"{lang.name} has no paste recipe")
    env = env or make_environment()
    ir: FormatIR | ExchangeIR
    if isinstance(fmt, ExchangeFormat):
        if recipe.exchange_consumer_template is None:
            raise ValueError(f"{lang.name} has no exchange consumer")
        ir, name = build_exchange_ir(fmt, lang), recipe.exchange_consumer_template
    else:
        ir, name = build_ir(fmt, lang), recipe.consumer_template
    template = env.get_template(f"{lang.name}/{name}")
    installed = bool(package) if packaged is None else packaged
    return template.render(
        f=ir, lang=lang, example=example, pkg=package, packaged=installed, cached=CACHED_TOKEN
    )
