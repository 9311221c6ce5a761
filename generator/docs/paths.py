"""Where the docs put what they publish: every path under ``docs/generated/``."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.languages.base import Language

DOCS_ROOT = "docs/generated"


def page_path(format_name: str, extension: str) -> str:
    """A format's page (``md``) or Docusaurus partial (``mdx``)."""
    return f"{DOCS_ROOT}/{format_name}.{extension}"


def published_path(format_name: str, lang: Language, sdk_path: str) -> str:
    """Where the docs publish a format's file in ``lang`` (the name it has in the SDK)."""
    return f"{DOCS_ROOT}/snippets/{format_name}/{lang.name}/{PurePosixPath(sdk_path).name}"


def fragment_path(format_name: str, lang: Language, name: str) -> str:
    """A snippet written for the docs only (the token endpoint), in ``lang``."""
    return f"{DOCS_ROOT}/snippets/{format_name}/{lang.name}/{name}.{lang.extension}"


def frontend_path(format_name: str, extension: str) -> str:
    """The front-end embed (``tsx``: React, ``html``: plain HTML and JavaScript)."""
    return f"{DOCS_ROOT}/snippets/{format_name}/frontend/embed.{extension}"


def relative(docs_path: str) -> str:
    """A link from a page in docs/generated/ to a file under it."""
    return docs_path.removeprefix(f"{DOCS_ROOT}/")
