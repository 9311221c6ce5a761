"""``render_docs``: every file under ``docs/generated/``, from the specs, the published files and
the package description. Pure; the modules beside this one compute the facts, the templates
under ``generator/templates/docs/`` lay them out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

import jinja2

from generator.docs import names
from generator.docs.endpoint import endpoint
from generator.docs.findings import index_rows
from generator.docs.frontend import embed
from generator.docs.inspector import inspector, other_facts
from generator.docs.pages import ExchangePage, SigningPage, exchange_page, page_code, signing_page
from generator.docs.paths import fragment_path, page_path
from generator.docs.sections import EXCHANGE_SECTIONS, SIGNING_SECTIONS
from generator.docs.snippets import PublishedCode, Snippets, collect
from generator.docs.tabs import Tab, code_tab
from generator.environment import make_environment
from generator.ir import build_ir
from generator.languages import ts as ts_helpers
from generator.languages.base import Language
from generator.published import Published
from specmodel import ExchangeFormat, Spec
from specmodel.model import Format
from specmodel.package import Package

Files = dict[str, str]
PublishedFiles = Mapping[str, Mapping[str, Published]]  # format → language → its file
_ENDPOINT_LANGUAGES = ("python", "typescript")  # the back ends the pages show
_PAGES = ("md", "mdx")


def render_docs(
    formats: Sequence[Spec], languages: Sequence[Language], code: PublishedFiles, package: Package
) -> Files:
    """Fragments, one Markdown page and one MDX partial per format, and the formats index."""
    files: Files = {}
    signing = [fmt for fmt in formats if not isinstance(fmt, ExchangeFormat)]
    for fmt in formats:
        if isinstance(fmt, ExchangeFormat):
            files.update(_exchange_docs(fmt, languages, code, package))
        else:
            files.update(_signing_docs(fmt, languages, code, package, signing))
    files[page_path("index", "md")] = _render("index.md.j2", rows=index_rows(formats))
    return files


@cache
def _environment() -> jinja2.Environment:
    return make_environment()


def _render(template: str, **context: Any) -> str:
    return _environment().get_template(f"docs/{template}").render(**context)


def _signing_docs(
    fmt: Format,
    languages: Sequence[Language],
    code: PublishedFiles,
    pkg: Package,
    signing: Sequence[Format],
) -> Files:
    snippets = collect(fmt, _supporting(fmt, languages), code, SIGNING_SECTIONS)
    backends = [_Backend.of(fmt, c, pkg) for n in _ENDPOINT_LANGUAGES if (c := snippets.file(n))]
    tenant = backends[0].tenant if backends else None
    endpoints = tuple(backend.tab for backend in backends)
    page = signing_page(fmt, page_code(snippets, pkg), endpoints, tenant, languages)
    return {
        **_published(snippets),
        **_inspector(fmt, page, signing),
        **{backend.tab.include: backend.text for backend in backends},
        **{tab.include: _render(f"embed.{tab.fence}.j2", embed=embed(fmt)) for tab in page.embeds},
        **_pages(fmt.name, "format", page),
    }


def _inspector(fmt: Format, page: SigningPage, signing: Sequence[Format]) -> Files:
    """The page's token inspector: the shared template, specialized with the format's facts;
    it imports the other signing formats' published files to tell a token made for one."""
    checker = page.inspector
    if checker is None:
        return {}
    others = [other_facts(o) for o in signing if o.name != fmt.name and inspector(o) is not None]
    text = _render("inspector.ts.j2", i=checker, path=fmt.path, others=others)
    return {checker.source: text}


def _exchange_docs(
    fmt: ExchangeFormat, languages: Sequence[Language], code: PublishedFiles, pkg: Package
) -> Files:
    snippets = collect(fmt, _supporting(fmt, languages), code, EXCHANGE_SECTIONS)
    page = exchange_page(fmt, snippets, pkg, languages)
    return {**_published(snippets), **_pages(fmt.name, "exchange", page)}


def _pages(format_name: str, kind: str, page: SigningPage | ExchangePage) -> Files:
    """The page (``md``) and the Docusaurus partial (``mdx``) of ``kind``'s templates."""
    return {page_path(format_name, ext): _render(f"{kind}.{ext}.j2", page=page) for ext in _PAGES}


def _supporting(fmt: Spec, languages: Sequence[Language]) -> list[Language]:
    return [lang for lang in languages if fmt.family in lang.families]


def _published(snippets: Snippets) -> Files:
    """Each language's file, published whole."""
    return {c.docs_path: c.text for c in snippets.files}


@dataclass(frozen=True)
class _Backend:
    """A token endpoint: its tab, its text and the tenant field it checks."""

    tab: Tab
    text: str
    tenant: str | None

    @classmethod
    def of(cls, fmt: Format, published: PublishedCode, pkg: Package) -> _Backend:
        lang = published.lang
        ir = build_ir(fmt, lang)
        model = endpoint(fmt, ir)
        context = _backend_context(fmt, published, pkg)
        text = _render(f"endpoint.{lang.extension}.j2", e=model, f=ir, **context)
        tab = code_tab(lang, fragment_path(fmt.name, lang, "endpoint"))
        return cls(tab, text, model.tenant.name if model.tenant else None)


def _backend_context(fmt: Format, published: PublishedCode, pkg: Package) -> dict[str, Any]:
    """What an endpoint imports the format's module by (TypeScript: the page's file, copied
    beside the endpoint; ``ts`` spells property keys and accesses as the file does)."""
    if published.lang.name == "python":
        return {"module": names.python_module(published.sdk_path)}
    return {"module": PurePosixPath(published.sdk_path).stem, "ts": ts_helpers}
