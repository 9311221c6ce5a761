"""``render_docs``: every file under ``docs/generated/``, from the specs, the published files and
the package description. Pure; the modules beside this one compute the facts, the templates
under ``generator/templates/docs/`` lay them out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

from generator.docs import names
from generator.docs.endpoint import endpoint
from generator.docs.exchange import exchange_facts
from generator.docs.findings import finding_rows, index_rows
from generator.docs.frontend import REFRESH_BEFORE_EXPIRY, embed
from generator.docs.mdx import mdx_blocks
from generator.docs.pages import ExchangePage, SigningPage, head, labels, page_code
from generator.docs.paths import fragment_path, frontend_path, page_path
from generator.docs.sections import EXCHANGE_SECTIONS, SIGNING_SECTIONS, Section
from generator.docs.snippets import PublishedCode, Snippets, collect
from generator.docs.tabs import Tab, code_tab
from generator.docs.token_manager import token_manager
from generator.environment import make_environment
from generator.ir import build_ir
from generator.languages.base import Language
from generator.published import Published
from specmodel import ExchangeFormat, Spec
from specmodel.model import Format
from specmodel.package import Package

Files = dict[str, str]
Code = Mapping[str, Mapping[str, Published]]  # format → language → its published file
_ENDPOINT_LANGUAGES = ("python", "typescript")  # the back ends the pages show


def render_docs(
    formats: Sequence[Spec], languages: Sequence[Language], code: Code, package: Package
) -> Files:
    """Fragments, one Markdown page and one MDX partial per format, and the formats index."""
    files: Files = {}
    for fmt in formats:
        if isinstance(fmt, ExchangeFormat):
            files.update(_exchange_docs(fmt, languages, code, package))
        else:
            files.update(_signing_docs(fmt, languages, code, package))
    files[page_path("index", "md")] = _render("index.md.j2", rows=index_rows(formats))
    return files


@cache
def _environment() -> jinja2.Environment:
    return make_environment()


def _render(template: str, **context: Any) -> str:
    return _environment().get_template(f"docs/{template}").render(**context)


def _signing_docs(fmt: Format, languages: Sequence[Language], code: Code, pkg: Package) -> Files:
    snippets = collect(fmt, _supporting(fmt, languages), code, SIGNING_SECTIONS)
    backends = [_Backend.of(fmt, c, pkg) for n in _ENDPOINT_LANGUAGES if (c := snippets.file(n))]
    tenant = backends[0].tenant if backends else None
    page = SigningPage(
        head=head(fmt),
        code=page_code(snippets, pkg),
        tenant=tenant,
        endpoints=tuple(backend.tab for backend in backends),
        embeds=_embed_tabs(fmt.name),
        refresh_minutes=REFRESH_BEFORE_EXPIRY // 60,
        findings=finding_rows(fmt),
        not_yet=labels(lang for lang in languages if fmt.family not in lang.families),
    )
    return {
        **_published(snippets),
        **{backend.tab.include: backend.text for backend in backends},
        **_embeds(fmt),
        page_path(fmt.name, "md"): _render("format.md.j2", page=page),
        page_path(fmt.name, "mdx"): _render(
            "format.mdx.j2", page=page, blocks=mdx_blocks(snippets)
        ),
    }


def _exchange_docs(
    fmt: ExchangeFormat, languages: Sequence[Language], code: Code, pkg: Package
) -> Files:
    snippets = collect(fmt, _supporting(fmt, languages), code, EXCHANGE_SECTIONS)
    # A language that declares the family but whose file has no exchange region yet
    # generates nothing usable for the page either.
    having = snippets.languages(Section.EXCHANGE)
    typescript = names.package_for("typescript", pkg)
    page = ExchangePage(
        head=head(fmt),
        code=page_code(snippets, pkg),
        facts=exchange_facts(fmt),
        manager=token_manager(fmt, typescript) if _has(having, "typescript") else None,
        findings=finding_rows(fmt),
        not_yet=labels(lang for lang in languages if lang not in having),
    )
    return {
        **_published(snippets),
        page_path(fmt.name, "md"): _render("exchange.md.j2", page=page),
        page_path(fmt.name, "mdx"): _render(
            "exchange.mdx.j2", page=page, blocks=mdx_blocks(snippets)
        ),
    }


def _supporting(fmt: Spec, languages: Sequence[Language]) -> list[Language]:
    return [lang for lang in languages if fmt.family in lang.families]


def _has(languages: Sequence[Language], name: str) -> bool:
    return any(lang.name == name for lang in languages)


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


def _backend_context(fmt: Format, published: PublishedCode, pkg: Package) -> dict[str, str]:
    """What an endpoint imports the format's module by."""
    if published.lang.name == "python":
        return {"module": names.python_module(published.sdk_path)}
    npm_name = names.package_for("typescript", pkg).npm_name
    return {"namespace": names.typescript_namespace(fmt.name), "npm_name": npm_name}


def _embed_tabs(format_name: str) -> tuple[Tab, ...]:
    return (
        Tab("React", "tsx", frontend_path(format_name, "tsx")),
        Tab("HTML + JavaScript", "html", frontend_path(format_name, "html")),
    )


def _embeds(fmt: Format) -> Files:
    model = embed(fmt)
    return {
        tab.include: _render(f"embed.{tab.fence}.j2", embed=model) for tab in _embed_tabs(fmt.name)
    }
