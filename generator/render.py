"""``render(formats) -> {path: text}``: a pure function of the specs and the templates."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import jinja2

from generator.docs import render_docs
from generator.environment import make_environment
from generator.exchange_ir import ExchangeIR, build_exchange_ir
from generator.headers import with_header
from generator.ir import FormatIR, build_ir
from generator.languages.base import Language, OutputFile
from generator.languages.registry import LANGUAGES
from generator.published import Published
from specmodel import Spec
from specmodel.exchange_model import ExchangeFormat
from specmodel.model import Family, Format
from specmodel.package import Package
from specmodel.package_load import load_package

Files = dict[str, str]

RUNTIME_SOURCE = "the embedseal runtime"


def render(
    formats: Sequence[Spec],
    languages: Sequence[Language] = LANGUAGES,
    env: jinja2.Environment | None = None,
    package: Package | None = None,
) -> Files:
    """Every generated file, keyed by path relative to the repository root; the names the
    packages publish under come from ``package`` (default: the repository's embedseal.yaml)."""
    env = env or make_environment()
    pkg = package or default_package()
    files: Files = {"LICENSE": license_text(pkg, env)}
    code: dict[str, dict[str, Published]] = {}  # format → language → its published file
    for lang in languages:
        irs = [build_ir(fmt, lang) for fmt in supported(formats, lang)]
        exchanges = [build_exchange_ir(fmt, lang) for fmt in supported_exchanges(formats, lang)]
        files.update(_runtime(lang, env))
        files.update(_package_files(lang, irs, env, pkg, exchanges))
        files[f"{lang.sdk_root}/LICENSE"] = files["LICENSE"]
        for xir in exchanges:
            files.update(_outputs(lang, lang.exchange_outputs, xir, env, pkg))
            code.setdefault(xir.name, {})[lang.name] = _published(
                lang.exchange_outputs, xir, files, pkg
            )
        for ir in irs:
            files.update(_outputs(lang, _per_format(lang.outputs), ir, env, pkg))
            code.setdefault(ir.name, {})[lang.name] = _published(lang.outputs, ir, files, pkg)
    files.update(render_docs(formats, languages, code, pkg))
    return dict(sorted(files.items()))


@cache
def default_package() -> Package:
    """The repository's own package description (embedseal.yaml)."""
    return load_package()


def license_text(pkg: Package, env: jinja2.Environment) -> str:
    """The text of the package's licence (its SPDX identifier names the template)."""
    return env.get_template(f"licenses/{pkg.license}.j2").render(pkg=pkg)


def _published(
    outputs: tuple[OutputFile, ...], ir: FormatIR | ExchangeIR, files: Files, pkg: Package
) -> Published:
    """The format's own file (the one the docs publish), as (SDK-relative path, text)."""
    output = next(o for o in outputs if o.published)
    relative = _expand(output, ir, pkg)
    lang_root = next(path for path in files if path.endswith("/" + relative))
    return Published(relative, files[lang_root])


def supported(formats: Sequence[Spec], lang: Language) -> list[Format]:
    """The formats ``lang`` generates: those of its families (exchange comes later)."""
    return [f for f in formats if isinstance(f, Format) and f.family in lang.families]


def supported_exchanges(formats: Sequence[Spec], lang: Language) -> list[ExchangeFormat]:
    """The exchange formats ``lang`` generates (when it declares the exchange family)."""
    if Family.EXCHANGE not in lang.families:
        return []
    return [f for f in formats if isinstance(f, ExchangeFormat)]


def _runtime(lang: Language, env: jinja2.Environment) -> Files:
    assert env.loader is not None
    names = sorted(n for n in env.loader.list_templates() if n.startswith(f"{lang.name}/runtime/"))
    files: Files = {}
    for name in names:
        path = f"{lang.sdk_root}/{lang.runtime_dir}/{name.removeprefix(f'{lang.name}/runtime/')}"
        source = env.loader.get_source(env, name)[0]
        files[path] = with_header(path, source, RUNTIME_SOURCE, lang.line_comment)
    return files


def _package_files(
    lang: Language,
    irs: list[FormatIR],
    env: jinja2.Environment,
    pkg: Package,
    exchanges: list[ExchangeIR] | None = None,
) -> Files:
    files: Files = {}
    for output in (o for o in lang.outputs if not o.per_format):
        path = f"{lang.sdk_root}/{output.path.format(pkg=pkg)}"
        text = env.get_template(f"{lang.name}/{output.template}").render(
            formats=irs, exchanges=exchanges or [], lang=lang, pkg=pkg
        )
        files[path] = with_header(path, text, "spec/formats/", lang.line_comment)
    return files


def _per_format(outputs: tuple[OutputFile, ...]) -> tuple[OutputFile, ...]:
    return tuple(o for o in outputs if o.per_format)


def _outputs(
    lang: Language,
    outputs: tuple[OutputFile, ...],
    ir: FormatIR | ExchangeIR,
    env: jinja2.Environment,
    pkg: Package,
) -> Files:
    """Each output once per format, or once per declared nested type when its path says so."""
    files: Files = {}
    for output in outputs:
        template = env.get_template(f"{lang.name}/{output.template}")
        shapes = ir.classes if "{class_name}" in output.path else (None,)
        for shape in shapes:
            path = (
                f"{lang.sdk_root}/{_expand(output, ir, pkg, shape.class_name if shape else None)}"
            )
            extra = {"c": shape} if shape is not None else {}
            text = template.render(f=ir, lang=lang, pkg=pkg, **extra)
            files[path] = with_header(path, text, ir.spec_path, lang.line_comment)
    return files


def _expand(
    output: OutputFile, ir: FormatIR | ExchangeIR, pkg: Package, class_name: str | None = None
) -> str:
    return output.path.format(
        module=ir.module, type_prefix=ir.type_prefix, class_name=class_name, pkg=pkg
    )
