"""The page of a format: the typed facts its template lays out, one record per kind of page.

A signing format's page: install, the regions of the published files, the whole files, the
token endpoint, the front-end embed, lint findings, the spec. An exchange format's page: the
same install and code sections, the token manager, the request, the answer, the errors, the
revocation call, lint findings, the spec.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.docs.exchange import ExchangeFacts, exchange_facts
from generator.docs.findings import FindingRow, finding_rows
from generator.docs.frontend import REFRESH_BEFORE_EXPIRY
from generator.docs.inspector import Inspector, inspector
from generator.docs.install import InstallTab, install_tabs
from generator.docs.mdx import MdxBlock, mdx_blocks
from generator.docs.paths import frontend_path, relative
from generator.docs.sections import Section
from generator.docs.snippets import Snippets
from generator.docs.tabs import Tab, TabSet, region_set
from generator.docs.token_manager import TokenManager, token_manager
from generator.languages.base import Language
from specmodel import ExchangeFormat, Spec
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
class CodeSections:
    """What the published files give a page: install tabs, region sections, the whole files,
    MDX blocks."""

    install: tuple[InstallTab, ...]
    regions: tuple[TabSet, ...]
    files: tuple[FileLink, ...]
    blocks: tuple[MdxBlock, ...]  # the same regions, for the Docusaurus partial


@dataclass(frozen=True)
class SigningPage:
    """A signing format's page."""

    head: Head
    code: CodeSections
    tenant: str | None  # the field the endpoint checks access to
    endpoints: tuple[Tab, ...]
    embeds: tuple[Tab, ...]
    refresh_minutes: int
    findings: tuple[FindingRow, ...]
    not_yet: tuple[str, ...]  # labels of the languages without code
    inspector: Inspector | None  # None when the format has no TypeScript file to run


@dataclass(frozen=True)
class ExchangePage:
    """An exchange format's page."""

    head: Head
    code: CodeSections
    facts: ExchangeFacts
    manager: TokenManager | None  # the TypeScript SDK's, when TypeScript has the code
    findings: tuple[FindingRow, ...]
    not_yet: tuple[str, ...]


def head(fmt: Spec) -> Head:
    """The head of ``fmt``'s page."""
    hmac = fmt.signature.algorithm.upper() if isinstance(fmt, Format) else None
    return Head(fmt.title, fmt.path, fmt.vendor, fmt.family, hmac, fmt.references)


def page_code(snippets: Snippets, pkg: Package) -> CodeSections:
    """The install tabs, region sections, whole files and MDX blocks of a format's page."""
    # What a customer's code calls: sign and verify, or exchange (and revoke); not the URL.
    entry_points = [s.section.value for s in snippets.shown if s.section is not Section.URL]
    return CodeSections(
        install=install_tabs(snippets.files, pkg, entry_points),
        regions=tuple(region_set(shown) for shown in snippets.shown),
        files=tuple(
            FileLink(c.lang.label, PurePosixPath(c.docs_path).name, relative(c.docs_path))
            for c in snippets.files
        ),
        blocks=mdx_blocks(snippets),
    )


def signing_page(
    fmt: Format,
    sections: CodeSections,
    endpoints: tuple[Tab, ...],
    tenant: str | None,
    languages: Sequence[Language],
) -> SigningPage:
    """A signing format's page; ``languages`` without the format's family get the note."""
    missing = labels(lang for lang in languages if fmt.family not in lang.families)
    # The iframe embed loads a URL; a format without one hands its token to the vendor's own
    # component, which the vendor documents (its page links it under References).
    embeds = (
        (
            Tab("React", "tsx", frontend_path(fmt.name, "tsx")),
            Tab("HTML + JavaScript", "html", frontend_path(fmt.name, "html")),
        )
        if fmt.embeds
        else ()
    )
    minutes = REFRESH_BEFORE_EXPIRY // 60
    findings = finding_rows(fmt)
    # The inspector runs the TypeScript file: none without it.
    typescript = any(
        lang.name == "typescript" and fmt.family in lang.families for lang in languages
    )
    checker = inspector(fmt) if typescript else None
    return SigningPage(
        head(fmt), sections, tenant, endpoints, embeds, minutes, findings, missing, checker
    )


def exchange_page(
    fmt: ExchangeFormat, snippets: Snippets, pkg: Package, languages: Sequence[Language]
) -> ExchangePage:
    """An exchange format's page; ``languages`` without its exchange region get the note."""
    # A language that declares the family but whose file has no exchange region yet
    # generates nothing usable for the page either.
    having = snippets.languages(Section.EXCHANGE)
    typescript = any(lang.name == "typescript" for lang in having)
    manager = token_manager(fmt, pkg) if typescript else None
    missing = labels(lang for lang in languages if lang not in having)
    sections = page_code(snippets, pkg)
    facts = exchange_facts(fmt)
    return ExchangePage(head(fmt), sections, facts, manager, finding_rows(fmt), missing)


def labels(languages: Iterable[Language]) -> tuple[str, ...]:
    """The tab labels of ``languages``."""
    return tuple(lang.label for lang in languages)
