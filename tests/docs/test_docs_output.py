"""What generator/docs/ writes, checked without a browser (runs in the default test session).

- every ``--8<--`` include of a generated page names a file the generator writes;
- the lint findings of each format are on its page, with the acknowledged reasons;
- exchange formats get a page with the generated exchange (and revoke) code of the languages
  that generate it in linked tabs, the TypeScript token manager, the request, the answer, the
  error mapping, and a "Not yet generated for" note naming only the languages without code;
- the Python token endpoint of every signing format runs against the generated SDK (FastAPI and the
  app's auth module stubbed): it refuses a caller who may not see the tenant, and signs for
  one who may;
- the tutorial's format YAML loads cleanly, and the URL the tutorial prints is the reference's.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from docs_site import REPO

from conformance.reference.sign import sign as reference_sign
from generator.languages.registry import LANGUAGES
from generator.render import render
from specmodel import ExchangeFormat, Spec, load_all
from specmodel.model import Format

TUTORIAL = REPO / "docs" / "tutorial"
_INCLUDE = re.compile(r'--8<-- "([^"]+)"')


@pytest.fixture(scope="module")
def specs() -> list[Spec]:
    return load_all()


@pytest.fixture(scope="module")
def formats(specs: list[Spec]) -> list[Format]:
    """The signing formats: the ones with generated code, endpoints and embeds."""
    return [fmt for fmt in specs if isinstance(fmt, Format)]


@pytest.fixture(scope="module")
def exchanges(specs: list[Spec]) -> list[ExchangeFormat]:
    return [fmt for fmt in specs if isinstance(fmt, ExchangeFormat)]


@pytest.fixture(scope="module")
def files(specs: list[Spec]) -> dict[str, str]:
    return render(specs)


def test_every_include_of_a_generated_page_exists(
    specs: list[Spec], formats: list[Format], files: dict[str, str]
) -> None:
    for fmt in specs:
        page = files[f"docs/generated/{fmt.name}.md"]
        includes = _INCLUDE.findall(page)
        if isinstance(fmt, Format):
            # regions (sign, verify, and the embed URL where there is one), endpoints, the
            # iframe embeds (none without a URL: the token goes to the vendor's component), spec
            embeds = 2 if fmt.embeds else 0
            assert len(includes) >= (2 + fmt.embeds) * 6 + 2 + embeds + 1, fmt.name
        else:  # the exchange (and revoke) tabs of the languages that generate them, the spec
            assert includes[-1] == fmt.path, fmt.name
            regions = {include.partition(":")[2] for include in includes[:-1]}
            assert regions <= {"exchange", "revoke"}, fmt.name
        for include in includes:
            path, _, region = include.partition(":")
            assert path in files or (REPO / path).is_file(), f"{fmt.name}: {path}"
            if region:  # a region of a published file: its markers are in the file
                assert f"--8<-- [start:{region}]" in files[path], f"{fmt.name}: {include}"


def _exchange_languages(files: dict[str, str], fmt: ExchangeFormat) -> list[str]:
    """The labels of the languages whose exchange snippet the generator wrote for ``fmt``."""
    folder = f"docs/generated/snippets/{fmt.name}"
    return [
        lang.label
        for lang in LANGUAGES
        if any(
            path.startswith(f"{folder}/{lang.name}/") and "--8<-- [start:exchange]" in text
            for path, text in files.items()
        )
    ]


def test_exchange_pages_show_the_code_and_say_which_languages_lack_it(
    exchanges: list[ExchangeFormat], files: dict[str, str]
) -> None:
    assert {fmt.name for fmt in exchanges} >= {
        "semaphor-token",
        "boldbi-embed-authorize",
        "tooljet-pat",
    }
    for fmt in exchanges:
        page = files[f"docs/generated/{fmt.name}.md"]
        mdx = files[f"docs/generated/{fmt.name}.mdx"]
        having = _exchange_languages(files, fmt)
        assert {"Python", "TypeScript"} <= set(having), fmt.name
        lacking = [lang.label for lang in LANGUAGES if lang.label not in having]
        if lacking:
            assert f"Not yet generated for {', '.join(lacking)}." in page, fmt.name
            assert f"Not yet generated for {', '.join(lacking)}." in mdx, fmt.name
        else:
            assert "Not yet generated" not in page + mdx, fmt.name
        assert "## Exchange" in page and "### Exchange" in mdx
        for lang in LANGUAGES:
            tab = f'=== "{lang.label}"'
            assert (tab in page) is (lang.label in having), (fmt.name, lang.label)
        revocable = fmt.exchange.revoke is not None
        assert ("## Revoke" in page) is revocable, fmt.name
        assert ("## Revocation" in page) is revocable, fmt.name
        assert "## In the browser (TypeScript)" in page and "src/token-manager.ts" in page
        assert f'format: "{fmt.name}"' in page
        assert ("tokens.logout()" in page) is revocable, fmt.name
        assert f"**Vendor:** {fmt.vendor}" in page
        assert f"`{fmt.exchange.request.method} " in page
        for section in ("## The request", "## The answer", "## Errors", "## Lint findings"):
            assert section in page, (fmt.name, section)
        for section in ("## Sign", "## Verify", "## Back end: the token endpoint"):
            assert section not in page, (fmt.name, section)
        for field in fmt.fields:
            assert f"| `{field.name}` |" in page, (fmt.name, field.name)
        published = [
            text
            for path, text in files.items()
            if path.startswith(f"docs/generated/snippets/{fmt.name}/")
        ]
        assert len(published) == len(having), fmt.name  # one whole file per language
        for text in published:
            assert ("--8<-- [start:revoke]" in text) is revocable, fmt.name
    tooljet = files["docs/generated/tooljet-pat.md"]
    assert "| 429 | `rate_limited` | more than 10 token requests a minute |" in tooljet
    assert "HTTP Basic carrying the secret" in tooljet
    assert "## Revocation" in files["docs/generated/semaphor-token.md"]


def test_signing_pages_have_no_not_yet_note(formats: list[Format], files: dict[str, str]) -> None:
    for fmt in formats:
        assert "Not yet generated" not in files[f"docs/generated/{fmt.name}.md"], fmt.name


def test_pages_list_the_lint_findings_with_reasons(
    specs: list[Spec], files: dict[str, str]
) -> None:
    for fmt in specs:
        page = files[f"docs/generated/{fmt.name}.md"]
        assert "## Lint findings" in page
        for finding in fmt.findings:
            row = next(line for line in page.splitlines() if f"| `{finding.risk}` |" in line)
            assert f"| {finding.severity} |" in row
            reason = next(a.reason for a in fmt.acknowledged if a.risk == finding.risk)
            assert reason.replace("|", "\\|") in row
    papermap = files["docs/generated/papermap-iframe.md"]
    assert "`unsigned-fields` | high" in papermap
    assert "None: the lint found no weakness" in files["docs/generated/embedseal-v1.md"]


def test_the_formats_index_links_every_page(specs: list[Spec], files: dict[str, str]) -> None:
    index = files["docs/generated/index.md"]
    for fmt in specs:
        assert f"]({fmt.name}.md)" in index


def test_front_end_refreshes_five_minutes_before_expiry(
    formats: list[Format], files: dict[str, str]
) -> None:
    for fmt in (f for f in formats if f.embeds):  # no URL, no iframe: nothing to refresh
        for ext in ("tsx", "html"):
            text = files[f"docs/generated/snippets/{fmt.name}/frontend/embed.{ext}"]
            assert "REFRESH_BEFORE_EXPIRY = 300" in text
            assert f'fetch("/api/embed/{fmt.name}"' in text
            assert 'method: "POST"' in text


_STUBS = {
    "fastapi/__init__.py": """
        class HTTPException(Exception):
            def __init__(self, status_code, detail=None):
                super().__init__(status_code, detail)
                self.status_code = status_code

        def Depends(dependency):
            return None

        class FastAPI:
            def post(self, path):
                return lambda handler: handler
    """,
    "myapp/__init__.py": "",
    "myapp/auth.py": """
        class User:
            def __init__(self, tenants):
                self.tenants = tenants

            def can_see_tenant(self, tenant):
                return tenant in self.tenants

        def current_user():
            raise NotImplementedError
    """,
}
_RUN = """
import json, sys, runpy
from fastapi import HTTPException
from myapp.auth import User
case = json.loads(sys.argv[1])
handler = runpy.run_path(case["endpoint"])[case["handler"]]
try:
    handler(case["body"], User(tenants=[]))
    refused = False
except HTTPException as error:
    refused = error.status_code == 403
answer = handler(case["body"], User(tenants=[case["tenant"]]))
print(json.dumps({"refused": refused, "answer": answer}))
"""


def test_python_endpoints_run_against_the_generated_sdk(
    formats: list[Format], files: dict[str, str], tmp_path: Path
) -> None:
    for relative, text in files.items():
        if relative.startswith(("sdks/python/", "docs/generated/snippets/")):
            target = tmp_path / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for relative, text in _STUBS.items():
        target = tmp_path / "stubs" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")
    for fmt in formats:
        example = yaml.safe_load(Path(REPO / fmt.path).read_text(encoding="utf-8"))["example"]
        endpoint = tmp_path / f"docs/generated/snippets/{fmt.name}/python/endpoint.py"
        source = endpoint.read_text(encoding="utf-8")
        handler = re.search(r"^def (\w+)\(", source, re.M)
        tenant = re.search(r'can_see_tenant\(body.get\("([^"]+)"\)\)', source)
        assert handler and tenant, fmt.name
        env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'stubs'}:{tmp_path / 'sdks/python/src'}"}
        env[re.sub(r"[^A-Z0-9]+", "_", f"{fmt.name}_SECRET".upper())] = example["secret"]
        for field in fmt.fields:
            if field.source.value == "constant":
                name = re.sub(r"[^A-Z0-9]+", "_", f"{fmt.name}_{field.name}".upper())
                env[name] = example["fields"][field.name]
        case = {
            "endpoint": str(endpoint),
            "handler": handler.group(1),
            "body": example["fields"],
            "tenant": example["fields"][tenant.group(1)],
        }
        done = subprocess.run(
            [sys.executable, "-c", _RUN, json.dumps(case)], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, f"{fmt.name}: {done.stderr}"
        result = json.loads(done.stdout)
        assert result["refused"], f"{fmt.name}: signed for a caller who may not see the tenant"
        answer = result["answer"]
        if fmt.embeds:
            assert answer["url"].startswith("http"), fmt.name
        else:  # the browser gets the token for the vendor's own component
            assert answer["token"].count(".") == 2 and "url" not in answer, fmt.name
        expires = result["answer"]["expires_at"]
        assert expires is None or isinstance(expires, int), fmt.name


def test_the_tutorial_format_is_clean_and_its_output_is_the_reference(tmp_path: Path) -> None:
    (tmp_path / "acme-widget.yaml").write_text(
        (TUTORIAL / "acme-widget.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (fmt,) = load_all(tmp_path)
    assert fmt.findings == ()
    raw = yaml.safe_load((TUTORIAL / "acme-widget.yaml").read_text(encoding="utf-8"))
    example = raw["example"]
    result = reference_sign(fmt, example["secret"], example["fields"], example["now"])
    page = (TUTORIAL / "index.md").read_text(encoding="utf-8")
    printed = next(line for line in page.splitlines() if line.startswith("https://widgets."))
    assert printed == result.url
