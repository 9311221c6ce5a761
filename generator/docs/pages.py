"""The page of a format: the typed facts its template lays out, one record per kind of page.

A signing format's page: install, the regions of the published files, the whole files, the
token endpoint, the front-end embed, lint findings, the spec. An exchange format's page: the
same install and code sections, the token manager, the request, the answer, the errors, the
revocation call, lint findings, the spec.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.docs.exchange import ExchangeFacts
from generator.docs.findings import FindingRow
from generator.docs.paths import relative
from generator.docs.snippets import Snippets
from generator.docs.tabs import Tab, TabSet, region_set
from generator.docs.token_manager import TokenManager
from generator.languages.base import Language
from specmodel import Spec
from specmodel.model import Family, Format
from specmodel.package import Package


@dataclass(frozen=True)
class Head:
    """The top of a page: title, where it comes from, vendor, family, HMAC, vendor docs."""

    title: str
    path: str
    vendor: str
    family: Family
    hmac: str | None  # "SHA256" (signing formats only)
    references: tuple[str, ...]


@dataclass(frozen=True)
class FileLink:
    """A link to a language's whole published file."""

    label: str
    name: str
    link: str


@dataclass(frozen=True)
class Code:
    """What the published files give a page: region sections, the whole files."""

    regions: tuple[TabSet, ...]
    files: tuple[FileLink, ...]


@dataclass(frozen=True)
class SigningPage:
    """A signing format's page."""

    head: Head
    code: Code
    tenant: str | None  # the field the endpoint checks access to
    endpoints: tuple[Tab, ...]
    embeds: tuple[Tab, ...]
    refresh_minutes: int
    findings: tuple[FindingRow, ...]
    not_yet: tuple[str, ...]  # labels of the languages without code


@dataclass(frozen=True)
class ExchangePage:
    """An exchange format's page."""

    head: Head
    code: Code
    facts: ExchangeFacts
    manager: TokenManager | None  # the TypeScript SDK's, when TypeScript has the code
    findings: tuple[FindingRow, ...]
    not_yet: tuple[str, ...]


def head(fmt: Spec) -> Head:
    """The head of ``fmt``'s page."""
    hmac = fmt.signature.algorithm.upper() if isinstance(fmt, Format) else None
    return Head(fmt.title, fmt.path, fmt.vendor, fmt.family, hmac, fmt.references)


def page_code(snippets: Snippets, pkg: Package) -> Code:
    """The region sections and the whole files of a format's page."""
    return Code(
        regions=tuple(region_set(shown) for shown in snippets.shown),
        files=tuple(
            FileLink(c.lang.label, PurePosixPath(c.docs_path).name, relative(c.docs_path))
            for c in snippets.files
        ),
    )


def labels(languages: Iterable[Language]) -> tuple[str, ...]:
    """The tab labels of ``languages``."""
    return tuple(lang.label for lang in languages)
