"""Docs output: fragments per region, a mkdocs-material page and a Docusaurus partial per format.

Per format, under ``docs/generated/``:

- ``snippets/<format>/<lang>/<region>.<ext>``: the sign / verify / url regions of the generated
  code (exchange / revoke for exchange formats), dedented (the docs include these files;
  nothing is copied by hand);
- ``snippets/<format>/<lang>/endpoint.<ext>``: a back-end token endpoint (Python, TypeScript)
  that checks the caller may see the tenant before signing;
- ``snippets/<format>/frontend/embed.tsx`` and ``embed.html``: the front-end embed, which
  fetches a fresh URL five minutes before the current one expires;
- ``<format>.md``: the page (content tabs, lint findings, the spec file) and ``<format>.mdx``;
- ``index.md``: the list of formats.

A format whose family a language does not declare (``Language.families``) has no code for that
language; its page says so. Exchange formats (the back end trades its secret for the vendor's
token) have exchange / revoke regions instead of sign / verify, no signing lint and no token
endpoint: their page shows the generated exchange (and revoke) code, the TypeScript browser token
manager (``src/token-manager.ts``), the request they make, the answer they read and the errors
they map.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from generator.ir import FieldIR, FormatIR, build_ir
from generator.languages import ts as ts_helpers
from generator.languages.base import Language
from generator.languages.registry import language
from generator.published import Published
from generator.regions import REGIONS, extract_regions
from specmodel import ExchangeFormat, Spec
from specmodel.exchange_model import DEFAULT_STATUS_ERRORS, Auth
from specmodel.model import Field, Format, Placement, Source, TemplatePart
from specmodel.templates import placeholders

DOCS_ROOT = "docs/generated"
_TITLES = {
    "sign": "Sign",
    "verify": "Verify",
    "url": "Embed URL",
    "exchange": "Exchange",
    "revoke": "Revoke",
}
_INTROS = {
    "sign": "Sign a token on your back end, with the secret that never leaves it.",
    "verify": "Verify a token (your own services, tests, or a vendor-side check).",
    "url": "Build the embed URL from the signed values.",
    "exchange": "Trade the secret for the vendor's token on your back end (one HTTP call, "
    "with a timeout; the secret never appears in an error).",
    "revoke": "Invalidate a token the vendor issued (on logout).",
}
_EXCHANGE_REGIONS = ("exchange", "revoke")
_SIGNING_REGIONS = tuple(region for region in REGIONS if region not in _EXCHANGE_REGIONS)
REFRESH_BEFORE_EXPIRY = 300  # seconds: the front end fetches a new URL this long before expiry
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
# Fields that name whose data is shown, most specific first: the endpoint checks this one.
_TENANT_HINTS = ("tenant", "org", "customer", "account", "user", "workspace", "resource")


def render_docs(
    formats: Sequence[Spec],
    languages: Sequence[Language],
    code: Mapping[str, Mapping[str, Published]],
) -> dict[str, str]:
    """Fragments, one Markdown page and one MDX partial per format, and the formats index."""
    files: dict[str, str] = {}
    for fmt in formats:
        missing = [lang for lang in languages if fmt.family not in lang.families]
        supporting = [lang for lang in languages if fmt.family in lang.families]
        exchange = isinstance(fmt, ExchangeFormat)
        wanted = _EXCHANGE_REGIONS if exchange else _SIGNING_REGIONS
        present = _fragments(fmt, supporting, code, files, wanted)
        if isinstance(fmt, ExchangeFormat):
            # A language that declares the family but whose code has no exchange region yet
            # generates nothing usable for the page either.
            missing = [lang for lang in languages if lang not in present.regions["exchange"]]
            manager = any(lang.name == "typescript" for lang in present.regions["exchange"])
            files[f"{DOCS_ROOT}/{fmt.name}.md"] = _exchange_markdown(fmt, missing, present, manager)
            files[f"{DOCS_ROOT}/{fmt.name}.mdx"] = _exchange_mdx(fmt, missing, present, files)
            continue
        by_name = {lang.name: lang for lang in supporting}
        endpoints: list[Language] = []
        for name, writer in (("python", _python_endpoint), ("typescript", _typescript_endpoint)):
            if name in by_name:
                lang = by_name[name]
                files[_fragment(fmt.name, lang, "endpoint")] = writer(build_ir(fmt, lang), fmt)
                endpoints.append(lang)
        files[_frontend(fmt.name, "tsx")] = _react_embed(fmt)
        files[_frontend(fmt.name, "html")] = _html_embed(fmt)
        files[f"{DOCS_ROOT}/{fmt.name}.md"] = _markdown(fmt, present, endpoints) + _not_yet(missing)
        files[f"{DOCS_ROOT}/{fmt.name}.mdx"] = _mdx(fmt, present, files) + _not_yet(missing)
    files[f"{DOCS_ROOT}/index.md"] = _index(formats)
    return files


@dataclass
class Snippets:
    """A format's published files: per region, the languages whose file has it."""

    regions: dict[str, list[Language]]
    paths: dict[str, str] = field(default_factory=dict)  # language → docs path of its file
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # language → region → code

    def any(self) -> bool:
        """Whether some language has some region."""
        return any(self.regions.values())


def _fragments(
    fmt: Spec,
    supporting: Sequence[Language],
    code: Mapping[str, Mapping[str, Published]],
    files: dict[str, str],
    wanted: Sequence[str],
) -> Snippets:
    """Publish each language's file for ``fmt`` whole; which languages have each region."""
    snippets = Snippets({region: [] for region in wanted})
    for lang in supporting:
        published = code.get(fmt.name, {}).get(lang.name)
        if published is None:
            continue
        regions = extract_regions(published.text)
        if not set(regions) & set(wanted):
            continue  # the language's code for this family has no documented entry point yet
        path = published_path(fmt.name, lang, published.path)
        files[path] = published.text
        snippets.paths[lang.name] = path
        snippets.texts[lang.name] = regions
        for region in regions:
            if region in snippets.regions:
                snippets.regions[region].append(lang)
    return snippets


def published_path(format_name: str, lang: Language, sdk_path: str) -> str:
    """Where the docs publish a format's file in ``lang`` (the name it has in the SDK)."""
    return f"{DOCS_ROOT}/snippets/{format_name}/{lang.name}/{PurePosixPath(sdk_path).name}"


def _fragment(format_name: str, lang: Language, region: str) -> str:
    return f"{DOCS_ROOT}/snippets/{format_name}/{lang.name}/{region}.{lang.extension}"


def _frontend(format_name: str, extension: str) -> str:
    return f"{DOCS_ROOT}/snippets/{format_name}/frontend/embed.{extension}"


_NOT_YET = "Not yet generated for "


def _not_yet(missing: Sequence[Language]) -> str:
    """A note for the languages whose templates do not cover the format's family yet."""
    if not missing:
        return ""
    labels = ", ".join(lang.label for lang in missing)
    return f"\n{_NOT_YET}{labels}.\n"


# ---------------------------------------------------------------- the Markdown page


def _markdown(fmt: Format, present: Snippets, endpoints: Sequence[Language]) -> str:
    lines = [
        f"# {fmt.title}",
        "",
        f"<!-- generated from {fmt.path} — do not edit -->",
        "",
        f"**Vendor:** {fmt.vendor} · **family:** `{fmt.family.value}` · "
        f"**HMAC:** {fmt.signature.algorithm.upper()} · **spec:** `{fmt.path}`",
        "",
    ]
    if fmt.references:
        lines += ["Vendor documentation: " + ", ".join(f"<{ref}>" for ref in fmt.references), ""]
    lines += [
        "Every code block on this page is included from the generated SDKs "
        "(`nox -s generate`); the tabs are linked, so choosing a language once switches "
        "every block on the page.",
        "",
    ]
    lines += _region_sections(present)
    lines += _integration(fmt, endpoints)
    lines += _findings(fmt)
    lines += _spec_file(fmt)
    return "\n".join(lines)


def _spec_file(fmt: Spec) -> list[str]:
    return [
        "## The spec",
        "",
        f'??? note "{fmt.path}"',
        "",
        "    ```yaml",
        f'    --8<-- "{fmt.path}"',
        "    ```",
        "",
    ]


def _region_sections(present: Snippets) -> list[str]:
    """One section per region that some language has: a heading, its intro, the code tabs;
    each tab shows the region of the published file and links the whole file."""
    lines: list[str] = []
    for region, langs in present.regions.items():
        if not langs:
            continue
        lines += [f"## {_TITLES[region]}", "", _INTROS[region], ""]
        lines += _tabs(
            (lang.label, lang.code_fence, f"{present.paths[lang.name]}:{region}") for lang in langs
        )
    if present.any():
        lines += ["## The whole file", "", _DOWNLOAD_INTRO, ""]
        by_name = {lang.name: lang for group in present.regions.values() for lang in group}
        lines += [
            f"- {by_name[name].label}: [{PurePosixPath(path).name}]({_relative(path)})"
            for name, path in present.paths.items()
            if name in by_name
        ]
        lines.append("")
    return lines


_DOWNLOAD_INTRO = (
    "Each tab above is a region of one file per language, which holds everything the format "
    "needs and nothing else: copy it into your project as it is (standard library only)."
)


def _relative(docs_path: str) -> str:
    """A link from a page in docs/generated/ to a file under it."""
    return docs_path.removeprefix(f"{DOCS_ROOT}/")


def _tabs(entries: Iterable[tuple[str, str, str]]) -> list[str]:
    """Content tabs (label, fence language, included file)."""
    lines: list[str] = []
    for label, fence, path in entries:
        lines += [
            f'=== "{label}"',
            "",
            f"    ```{fence}",
            f'    --8<-- "{path}"',
            "    ```",
            "",
        ]
    return lines


def _integration(fmt: Format, endpoints: Sequence[Language]) -> list[str]:
    tenant = _tenant_field(build_ir(fmt, endpoints[0])) if endpoints else None
    lines = [
        "## Back end: the token endpoint",
        "",
        "The browser never sees the secret. It asks your back end for an embed URL with a "
        "`POST`; the endpoint first checks that the signed-in user may see the tenant"
        + (f" (here `{tenant.wire}`)" if tenant else "")
        + ", then signs, and answers with the URL and when it expires.",
        "",
    ]
    lines += _tabs(
        (lang.label, lang.code_fence, _fragment(fmt.name, lang, "endpoint")) for lang in endpoints
    )
    lines += [
        "## Front end: the embed",
        "",
        f"The iframe asks the endpoint for a URL and fetches a fresh one "
        f"{REFRESH_BEFORE_EXPIRY // 60} minutes before the current one expires.",
        "",
    ]
    lines += _tabs(
        [
            ("React", "tsx", _frontend(fmt.name, "tsx")),
            ("HTML + JavaScript", "html", _frontend(fmt.name, "html")),
        ]
    )
    return lines


def _findings(fmt: Spec) -> list[str]:
    lines = ["## Lint findings", ""]
    if not fmt.findings:
        return [*lines, "None: the lint found no weakness in this format.", ""]
    reasons = {ack.risk: ack.reason for ack in fmt.acknowledged}
    lines += [
        "The spec lint (see *Lint* in the spec reference) found these weaknesses; the format "
        "keeps each one on purpose, for the reason given in its YAML.",
        "",
        "| risk | severity | finding | acknowledged because |",
        "|------|----------|---------|----------------------|",
    ]
    for finding in sorted(fmt.findings, key=lambda f: (_SEVERITY_ORDER[f.severity], f.risk)):
        reason = reasons.get(finding.risk) if finding.acknowledged else None
        lines.append(
            f"| `{finding.risk}` | {finding.severity} | {_cell(finding.message)} | "
            f"{_cell(reason) if reason else '**not acknowledged**'} |"
        )
    return [*lines, ""]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _index(formats: Sequence[Spec]) -> str:
    lines = [
        "# Formats",
        "",
        "<!-- generated from spec/formats/ — do not edit -->",
        "",
        "One page per token format, each generated from its YAML file in `spec/formats/`.",
        "",
        "| format | vendor | family | lint findings |",
        "|--------|--------|--------|---------------|",
    ]
    for fmt in sorted(formats, key=lambda f: f.name):
        counts = [
            f"{sum(1 for f in fmt.findings if f.severity == level)} {level}"
            for level in ("high", "medium", "low")
            if any(f.severity == level for f in fmt.findings)
        ]
        lines.append(
            f"| [{fmt.title}]({fmt.name}.md) | {fmt.vendor} | `{fmt.family.value}` | "
            f"{', '.join(counts) or 'none'} |"
        )
    return "\n".join([*lines, ""])


# ---------------------------------------------------------------- the endpoint


def _tenant_field(ir: FormatIR) -> FieldIR | None:
    """The request field that names whose data is shown: the endpoint checks access to it."""
    candidates = [f for f in ir.inputs if f.source == "caller" and f.placement != "url"]
    for hint in _TENANT_HINTS:
        for f in candidates:
            if hint in f.wire.lower() and f.required:
                return f
    required = [f for f in candidates if not f.optional_input]
    pool = required or candidates
    return pool[0] if pool else None


def _py_tenant(tenant: FieldIR | None) -> str:
    return f"body.get({json.dumps(tenant.wire)})" if tenant else "body"


def _ts_tenant(tenant: FieldIR | None) -> str:
    return f"body[{json.dumps(tenant.wire)}]" if tenant else "body"


def _expiry(fmt: Format, ir: FormatIR) -> tuple[str, str | None]:
    """How the endpoint learns the expiry: ("member", ident) of the response, or ("max_age", n)."""
    policy = fmt.verify
    for entry in ir.response:
        if entry.field is not None and entry.field.wire == policy.expires:
            return "member", entry.ident
    if policy.issued_at and policy.max_age:
        return "max_age", str(policy.max_age)
    return "none", None


def _env_name(format_name: str, wire: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", f"{format_name}_{wire}".upper()).strip("_")


def _body_inputs(ir: FormatIR) -> list[FieldIR]:
    """The inputs the endpoint passes: required ones without a default (defaults apply)."""
    return [f for f in ir.inputs if not f.optional_input]


def _request_names(ir: FormatIR) -> list[str]:
    """The members the endpoint takes from the request body (never the expiry or constants)."""
    return [f.wire for f in _body_inputs(ir) if f.source != "constant"]


def _constants(ir: FormatIR) -> list[FieldIR]:
    return [f for f in _body_inputs(ir) if f.source == "constant"]


def _python_endpoint(ir: FormatIR, fmt: Format) -> str:
    tenant = _tenant_field(ir)
    kind, expiry = _expiry(fmt, ir)
    names = ", ".join(json.dumps(name) for name in _request_names(ir))
    constants = [
        f'    values[{json.dumps(f.wire)}] = os.environ["{_env_name(fmt.name, f.wire)}"]'
        for f in _constants(ir)
    ]
    if kind == "member":
        expires, note = f"signed.{expiry}", ""
    elif kind == "max_age":
        expires, note = f"int(time.time()) + {expiry}", f"  # {fmt.verify.issued_at} is now"
    else:
        expires, note = "None", "  # single use: the front end asks again on every load"
    return "\n".join(
        [
            "import os",
            *(["import time"] if kind == "max_age" else []),
            "from typing import Any",
            "",
            "from fastapi import Depends, FastAPI, HTTPException",
            "",
            "from embedseal.errors import InvalidInput",
            f"from embedseal.{ir.module} import {ir.type_prefix}Input, sign",
            "from myapp.auth import User, current_user  # your app's session dependency",
            "",
            "app = FastAPI()",
            f'SECRET = os.environ["{_env_name(fmt.name, "secret")}"]  # never sent to a browser',
            f"REQUEST_FIELDS = ({names}{',' if names.count(',') == 0 else ''})",
            "",
            "",
            f'@app.post("/api/embed/{fmt.name}")',
            f"def {ir.module}_token(",
            "    body: dict[str, Any], user: User = Depends(current_user)",
            ") -> dict[str, Any]:",
            "    # 1. Never sign for a tenant the caller may not see.",
            f"    if not user.can_see_tenant({_py_tenant(tenant)}):",
            '        raise HTTPException(status_code=403, detail="access denied")',
            "    # 2. Only the members the browser may choose; deployment-wide values come",
            "    #    from config; the spec's defaults (such as the expiry) apply to the rest.",
            "    values = {name: body.get(name) for name in REQUEST_FIELDS}",
            *constants,
            "    try:",
            f"        signed = sign({ir.type_prefix}Input.from_json(values), SECRET)",
            "    except InvalidInput as error:  # a wrong type, a value the spec refuses",
            "        raise HTTPException(status_code=400, detail=str(error)) from None",
            "    # 3. The browser gets the URL and its expiry (Unix seconds), nothing else.",
            f'    return {{"url": signed.url, "expires_at": {expires}}}{note}',
            "",
        ]
    )


def _typescript_endpoint(ir: FormatIR, fmt: Format) -> str:
    """An Express route that signs with the format's published file (copied beside it)."""
    tenant = _tenant_field(ir)
    kind, expiry = _expiry(fmt, ir)
    names = ", ".join(json.dumps(name) for name in _request_names(ir))
    constants = [
        f'    {ts_helpers.prop(f.wire)}: requireEnv("{_env_name(fmt.name, f.wire)}"),'
        for f in _constants(ir)
    ]
    if kind == "member":
        member = next(r.name for r in ir.response if r.ident == expiry)
        expires = ts_helpers.access("signed.response", member)
    elif kind == "max_age":
        expires = f"Math.floor(Date.now() / 1000) + {expiry}"
    else:
        expires = "null"
    error, input_type = f"{ir.type_prefix}Error", f"{ir.type_prefix}Input"
    return "\n".join(
        [
            'import express from "express";',
            "",
            'import { currentUser } from "./auth.js"; // your app\'s session lookup',
            "// This page's file, copied beside this one:",
            f'import {{ {error}, type {input_type}, sign }} from "./{ir.module}.js";',
            "",
            "function requireEnv(name: string): string {",
            "  const value = process.env[name];",
            "  if (value === undefined) throw new Error(`${name} is not set`);",
            "  return value;",
            "}",
            "",
            "// Never sent to a browser:",
            f'const SECRET = requireEnv("{_env_name(fmt.name, "secret")}");',
            f"const REQUEST_FIELDS = [{names}];",
            "",
            "export const router = express.Router();",
            "",
            f'router.post("/api/embed/{fmt.name}", express.json(), async (req, res) => {{',
            "  const body: Record<string, unknown> = req.body;",
            "  // 1. Never sign for a tenant the caller may not see.",
            f"  if (!currentUser(req).canSeeTenant({_ts_tenant(tenant)})) {{",
            '    res.status(403).json({ error: "access denied" });',
            "    return;",
            "  }",
            "  // 2. Only the members the browser may choose; deployment-wide values come from",
            "  //    config; the spec's defaults (such as the expiry) apply to the rest. sign()",
            "  //    checks every value at run time: a wrong type is refused, never signed.",
            f"  const input: Partial<Record<keyof {input_type}, unknown>> = {{",
            "    ...Object.fromEntries(REQUEST_FIELDS.map((name) => [name, body[name]])),",
            *constants,
            "  };",
            "  try {",
            f"    const signed = await sign(input as {input_type}, SECRET);",
            "    // 3. The browser gets the URL and its expiry (Unix seconds), nothing else.",
            f"    res.json({{ url: signed.url, expires_at: {expires} }});",
            "  } catch (error) {",
            f"    if (!(error instanceof {error})) throw error;",
            "    res.status(400).json({ error: error.code }); // a wrong type, a refused value",
            "  }",
            "});",
            "",
        ]
    )


def _ts_namespace(format_name: str) -> str:
    """The name the TypeScript package exports the format's module under."""
    return language("typescript").member_name(format_name)


# ---------------------------------------------------------------- the front end


def _request_fields(fmt: Format) -> list[str]:
    """The wire names the endpoint reads from the request body."""
    return _request_names(build_ir(fmt, language("python")))


def _component(format_name: str) -> str:
    return _ts_namespace(format_name)[:1].upper() + _ts_namespace(format_name)[1:] + "Embed"


def _react_embed(fmt: Format) -> str:
    component = _component(fmt.name)
    request = "\n".join(f"  {json.dumps(w)}: unknown;" for w in _request_fields(fmt))
    return "\n".join(
        [
            'import { useEffect, useState } from "react";',
            "",
            f"/** What POST /api/embed/{fmt.name} reads (see the back end above). */",
            f"export interface {component}Request {{",
            request,
            "}",
            "",
            "interface Embed {",
            "  url: string;",
            "  expires_at: number | null; // Unix seconds; null: ask again on every load",
            "}",
            "",
            f"const REFRESH_BEFORE_EXPIRY = {REFRESH_BEFORE_EXPIRY}; // seconds: 5 minutes",
            "",
            f"export function {component}({{ request }}: {{ request: {component}Request }}) {{",
            "  const [embed, setEmbed] = useState<Embed | null>(null);",
            "  const [error, setError] = useState<string | null>(null);",
            "  const body = JSON.stringify(request);",
            "",
            "  useEffect(() => {",
            "    let timer: ReturnType<typeof setTimeout> | undefined;",
            "    let cancelled = false;",
            "    async function load(): Promise<void> {",
            "      try {",
            f'        const response = await fetch("/api/embed/{fmt.name}", {{',
            '          method: "POST",',
            '          headers: { "Content-Type": "application/json" },',
            '          credentials: "same-origin",',
            "          body,",
            "        });",
            "        if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);",
            "        const next = (await response.json()) as Embed;",
            "        if (cancelled) return;",
            "        setEmbed(next);",
            "        if (next.expires_at !== null) {",
            "          // Fetch a fresh URL 5 minutes before this one expires (at least 30 s on).",
            "          const seconds ="
            " next.expires_at - REFRESH_BEFORE_EXPIRY - Date.now() / 1000;",
            "          timer = setTimeout(() => void load(), Math.max(30, seconds) * 1000);",
            "        }",
            "      } catch (e) {",
            "        if (!cancelled) setError(String(e));",
            "      }",
            "    }",
            "    void load();",
            "    return () => {",
            "      cancelled = true;",
            "      clearTimeout(timer);",
            "    };",
            "  }, [body]);",
            "",
            "  if (error !== null)"
            ' return <p role="alert">Could not load the dashboard: {error}</p>;',
            "  if (embed === null) return <p>Loading dashboard…</p>;",
            "  return (",
            "    <iframe",
            "      src={embed.url}",
            f"      title={json.dumps(fmt.title)}",
            '      width="100%"',
            '      height="600"',
            "      style={{ border: 0 }}",
            "    />",
            "  );",
            "}",
            "",
        ]
    )


def _html_embed(fmt: Format) -> str:
    body = ", ".join(f"{json.dumps(w)}: /* … */ null" for w in _request_fields(fmt))
    return "\n".join(
        [
            f'<iframe id="dashboard" title={json.dumps(fmt.title)} width="100%" height="600"'
            ' style="border: 0"></iframe>',
            "<script>",
            f"  const REQUEST = {{ {body} }};",
            f"  const REFRESH_BEFORE_EXPIRY = {REFRESH_BEFORE_EXPIRY}; // seconds: 5 minutes",
            "",
            "  async function loadDashboard() {",
            f'    const response = await fetch("/api/embed/{fmt.name}", {{',
            '      method: "POST",',
            '      headers: { "Content-Type": "application/json" },',
            '      credentials: "same-origin",',
            "      body: JSON.stringify(REQUEST),",
            "    });",
            "    if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);",
            "    const { url, expires_at } = await response.json();",
            '    document.getElementById("dashboard").src = url;',
            "    if (expires_at !== null) {",
            "      // Fetch a fresh URL 5 minutes before this one expires (at least 30 s on).",
            "      const seconds = expires_at - REFRESH_BEFORE_EXPIRY - Date.now() / 1000;",
            "      setTimeout(loadDashboard, Math.max(30, seconds) * 1000);",
            "    }",
            "  }",
            "  loadDashboard();",
            "</script>",
            "",
        ]
    )


# ---------------------------------------------------------------- exchange formats

_AUTH = {
    "none": "no authentication header",
    "basic": "HTTP Basic",
    "bearer": "a Bearer token",
    "header": "a header",
}
_CREDENTIALS = {"secret": "the secret", "token": "the token from the exchange"}


def _exchange_markdown(
    fmt: ExchangeFormat,
    missing: Sequence[Language],
    present: Snippets,
    manager: bool,
) -> str:
    """The page of an exchange format: its code, the request it makes, its answer, errors, YAML."""
    exchange = fmt.exchange
    lines = [
        f"# {fmt.title}",
        "",
        f"<!-- generated from {fmt.path} — do not edit -->",
        "",
        f"**Vendor:** {fmt.vendor} · **family:** `{fmt.family.value}` · **spec:** `{fmt.path}`",
        "",
    ]
    if fmt.references:
        lines += ["Vendor documentation: " + ", ".join(f"<{ref}>" for ref in fmt.references), ""]
    lines += [
        f"Nothing is signed locally: your back end trades its secret for a token that "
        f"{fmt.vendor} issues, with one HTTP call, and hands the browser only that token "
        "(or the embed URL built from it).",
        "",
    ]
    if present.any():
        lines += [
            "Every code block on this page is included from the generated SDKs "
            "(`nox -s generate`); the tabs are linked, so choosing a language once switches "
            "every block on the page.",
            "",
        ]
    if missing:
        lines += [
            '!!! note "No generated code yet"',
            "",
            f"    {_NOT_YET}{', '.join(lang.label for lang in missing)}.",
            "    The reference implementation (`conformance/reference/exchange.py`) and the "
            "test vectors describe the behaviour the SDKs will follow.",
            "",
        ]
    lines += _region_sections(present)
    if manager:
        lines += _token_manager(fmt)
    lines += [
        "## The request",
        "",
        f"`{exchange.request.method} {_template(exchange.request.url)}`",
        "",
        f"- **Authentication:** {_auth(exchange.request.auth)}",
        f"- **Timeout:** {exchange.timeout} ms"
        + ("" if exchange.timeout_ms is not None else " (the default: the spec names none)"),
        f"- **Secret:** {_secret_travel(fmt)}",
        "",
    ]
    lines += _field_table(fmt.fields, placeholders(exchange.request.url))
    lines += ["## The answer", ""]
    lines += _answer(fmt)
    lines += ["## Errors", ""]
    lines += _error_table(fmt)
    if exchange.revoke is not None:
        revoke = exchange.revoke
        lines += [
            "## Revocation",
            "",
            f"`{revoke.method} {_template(revoke.url)}`, authenticated with {_auth(revoke.auth)}.",
            "",
        ]
    lines += _findings(fmt)
    lines += _spec_file(fmt)
    return "\n".join(lines)


def _template(parts: Sequence[TemplatePart]) -> str:
    return "".join(
        part.literal
        if part.placeholder is None
        else "{" + part.placeholder + ("|percent" if part.percent else "") + "}"
        for part in parts
    )


def _auth(auth: Auth) -> str:
    text = _AUTH.get(auth.scheme, auth.scheme)
    if auth.scheme == "header" and auth.header:
        text = f"the `{auth.header}` header"
    if auth.credential:
        text += f" carrying {_CREDENTIALS.get(auth.credential, auth.credential)}"
    return text


def _secret_travel(fmt: ExchangeFormat) -> str:
    carriers = [f"`{f.name}`" for f in fmt.fields if f.source is Source.SECRET]
    auth = fmt.exchange.request.auth
    if carriers:
        where = f"in the JSON body as {', '.join(carriers)}"
    elif auth.credential == "secret":
        where = f"in the {auth.header_name} header"
    else:
        where = "not sent"
    description = f" ({_cell(fmt.secret_description)})" if fmt.secret_description else ""
    return where + description


def _field_table(fields: Sequence[Field], in_url: Sequence[str]) -> list[str]:
    lines = [
        "| field | travels | type | source | required | default | description |",
        "|-------|---------|------|--------|----------|---------|-------------|",
    ]
    for f in fields:
        travels = "URL" if f.placement is Placement.URL else "body"
        if f.placement is not Placement.URL and f.name in in_url:
            travels = "URL, body"
        kind = f.shape.type + (f" ({f.unit})" if f.unit else "")
        default = "—"
        if f.default is not None:
            default = (
                f"now + {f.default.now_plus} s"
                if f.default.now_plus is not None
                else f"`{json.dumps(f.default.value)}`"
            )
        lines.append(
            f"| `{f.name}` | {travels} | {kind} | {f.source.value} | "
            f"{'yes' if f.required else 'no'} | {default} | {_cell(f.description) or '—'} |"
        )
    return [*lines, ""]


def _answer(fmt: ExchangeFormat) -> list[str]:
    exchange = fmt.exchange
    response = exchange.response
    success = ", ".join(str(status) for status in exchange.success)
    lines = [
        f"- **Success:** HTTP {success}, a JSON object",
        f"- **Token:** `{'.'.join(response.token)}`",
    ]
    if response.url is not None:
        lines.append(f"- **Embed URL:** `{'.'.join(response.url)}` of the answer")
    elif exchange.embed_url is not None:
        lines.append(f"- **Embed URL:** `{_template(exchange.embed_url)}`")
    expiry = response.expires_in
    if expiry is None:
        lines.append("- **Expires:** not stated by the answer")
    elif expiry.path is not None:
        lines.append(f"- **Expires in:** `{'.'.join(expiry.path)}` of the answer ({expiry.unit})")
    else:
        lines.append(f"- **Expires in:** the request field `{expiry.field}` ({expiry.unit})")
    for expectation in response.require:
        lines.append(
            f"- **Required:** `{'.'.join(expectation.path)}` is "
            f"`{json.dumps(expectation.equals)}`, else `bad_response`"
        )
    return [*lines, ""]


def _error_table(fmt: ExchangeFormat) -> list[str]:
    lines = [
        "A status outside the success list becomes an error code; the spec's own rules come "
        "first, then the defaults. Secrets never appear in an error.",
        "",
        "| status | error | when |",
        "|--------|-------|------|",
    ]
    own = {rule.status for rule in fmt.exchange.errors}
    for rule in fmt.exchange.errors:
        lines.append(f"| {rule.status} | `{rule.error}` | {_cell(rule.when) or '—'} |")
    for status, error in DEFAULT_STATUS_ERRORS.items():
        if status not in own:
            lines.append(f"| {status} | `{error}` | (default) |")
    return [*lines, ""]


def _token_manager(fmt: ExchangeFormat) -> list[str]:
    """The TypeScript browser helper: fetch from your back end, cache, refresh, log out."""
    revocable = fmt.exchange.revoke is not None
    options = [
        f'  format: "{fmt.name}",',
        '  endpoint: "/api/embed-token", // your back end: calls exchange() above',
    ]
    if revocable:
        options.append('  logoutEndpoint: "/api/embed-token/revoke", // your back end: revoke()')
    usage = [
        'import { EmbedTokenManager } from "embedseal/token-manager";',
        "",
        "const tokens = new EmbedTokenManager({",
        *options,
        "});",
        "const { token, url } = await tokens.get(); // cached; refreshed 5 minutes before expiry",
    ]
    if revocable:
        usage.append("await tokens.logout(); // on logout: your back end revokes the token")
    logout = (
        ", and on logout asks your back end to revoke the token"
        if revocable
        else f" ({fmt.vendor} has no revocation call, so logout only forgets the token)"
    )
    return [
        "## In the browser (TypeScript)",
        "",
        "The TypeScript SDK also ships a browser token manager, `src/token-manager.ts` "
        "(`embedseal/token-manager`): the page never holds the secret; it fetches tokens from "
        "your own back-end endpoint, caches them, fetches a fresh one "
        f"{REFRESH_BEFORE_EXPIRY // 60} minutes before expiry{logout}.",
        "",
        "```ts",
        *usage,
        "```",
        "",
    ]


def _exchange_mdx(
    fmt: ExchangeFormat,
    missing: Sequence[Language],
    present: Snippets,
    files: Mapping[str, str],
) -> str:
    exchange = fmt.exchange
    head = "\n".join(
        [
            f"{{/* generated from {fmt.path} — do not edit */}}",
            "",
            f"`{exchange.request.method} {_template(exchange.request.url)}` "
            f"— {fmt.vendor} issues the token; nothing is signed locally.",
            "",
        ]
    )
    if not present.any():
        return head + _not_yet(missing)
    imports = [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        "import CodeBlock from '@theme/CodeBlock';",
        "",
    ]
    blocks = "\n".join(_tab_blocks(fmt, present, files))
    return "\n".join(imports) + "\n" + head + "\n" + blocks + _not_yet(missing)


# ---------------------------------------------------------------- the Docusaurus partial


def _mdx(fmt: Format, present: Snippets, files: Mapping[str, str]) -> str:
    lines = [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        "import CodeBlock from '@theme/CodeBlock';",
        "",
        f"{{/* generated from {fmt.path} — do not edit */}}",
        "",
    ]
    return "\n".join(lines + _tab_blocks(fmt, present, files))


def _tab_blocks(fmt: Spec, present: Snippets, files: Mapping[str, str]) -> list[str]:
    """One Tabs block per region with code (the tabs share the language group)."""
    lines: list[str] = []
    for region, langs in present.regions.items():
        if not langs:
            continue
        lines += [f"### {_TITLES[region]}", "", '<Tabs groupId="language">']
        for lang in langs:
            body = present.texts[lang.name][region]
            lines += [
                f'  <TabItem value="{lang.name}" label="{lang.label}">',
                f'    <CodeBlock language="{lang.code_fence}">{{{_js_string(body)}}}</CodeBlock>',
                "  </TabItem>",
            ]
        lines += ["</Tabs>", ""]
    return lines


def _js_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
