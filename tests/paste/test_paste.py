"""The published file, pasted alone into an empty project, compiles strictly and works.

For every format and language with a paste recipe: copy the file the docs publish
(``docs/generated/snippets/<format>/<lang>/``) alone into an empty temporary project, add a
consumer program that signs the YAML example and verifies the result, run the language's
strict checks (mypy --strict; tsc --strict; php -l + PSR-12; javac -Xlint:all -Werror;
mcs -warnaserror; gofmt + go vet), run the program, and compare its token and URL with the
vectors' ``sign/example`` case. An exchange format's consumer exchanges the YAML example with
a canned vendor on loopback (conformance/harness/recorder.py); the request it sent and the
result it printed are compared with the ``exchange/example`` case. Anything else the file
needs makes the test fail.

A missing toolchain skips locally and fails under CI=true.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conformance.harness.recorder import CannedAnswer, Recorder, request_differences
from conformance.reference.message import embed_url
from conformance.reference.values import RandomBytes, resolve_inputs
from generator.consumer import CACHED_TOKEN, Example, render_consumer
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES
from generator.render import default_package
from specmodel import ExchangeFormat, load_all
from specmodel.model import Family, Format

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "docs" / "generated" / "snippets"
VECTORS = ROOT / "conformance" / "vectors"
SPECS = load_all()
FORMATS = [spec for spec in SPECS if isinstance(spec, Format)]
EXCHANGES = [spec for spec in SPECS if isinstance(spec, ExchangeFormat)]
PASTED = [lang for lang in LANGUAGES if lang.paste is not None]
PASTED_EXCHANGES = [lang for lang in PASTED if lang.paste and lang.paste.exchange_consumer_template]


def _example_case(fmt: Format | ExchangeFormat) -> tuple[str, dict[str, Any]]:
    """The vectors' secret and ``sign/example`` (or ``exchange/example``) case for ``fmt``."""
    wanted = "exchange/example" if isinstance(fmt, ExchangeFormat) else "sign/example"
    document = json.loads((VECTORS / f"{fmt.name}.json").read_text(encoding="utf-8"))
    for group in document["testGroups"]:
        for case in group["tests"]:
            if case["id"] == wanted:
                return group["secret"], case
    raise AssertionError(f"{fmt.name}: no {wanted} vector")


def _published(fmt: Format | ExchangeFormat, lang: Language) -> Path:
    folder = SNIPPETS / fmt.name / lang.name
    found = [p for p in folder.glob(f"*.{lang.extension}") if p.stem != "endpoint"]
    assert len(found) == 1, f"{folder}: expected one published file, found {found}"
    return found[0]


def _toolchain_or_skip(lang: Language) -> None:
    assert lang.paste is not None
    missing = [tool for tool in lang.paste.tools() if shutil.which(tool) is None]
    if missing:
        message = f"{lang.name}: {', '.join(missing)} not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def _run(command: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    output = (done.stdout + done.stderr).strip()
    assert done.returncode == 0, f"`{command}` failed:\n{output[-4000:]}"
    return done.stdout


def _lines(output: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in output.splitlines() if "=" in line)


def _project(fmt: Format | ExchangeFormat, lang: Language, tmp_path: Path) -> dict[str, Any]:
    """The empty project: the published file, the consumer, the toolchain's own files; the
    strict checks run. Returns the vector case the consumer reproduces."""
    recipe = lang.paste
    assert recipe is not None
    _toolchain_or_skip(lang)
    published = _published(fmt, lang)
    module = lang.module_name(fmt.name)
    names = {"name": published.name, "module": module, "pkg": default_package()}
    target = tmp_path / recipe.format_path.format(**names)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(published, target)
    secret, case = _example_case(fmt)
    example = Example(secret, case["now"], case["fields"], case.get("random", ""))
    consumer = tmp_path / recipe.consumer_path.format(**names)
    consumer.parent.mkdir(parents=True, exist_ok=True)
    text = render_consumer(fmt, lang, example, package=default_package(), packaged=False)
    consumer.write_text(text, encoding="utf-8")
    for path, text in recipe.project:
        (tmp_path / path).write_text(text, encoding="utf-8")
    for command in recipe.checks:
        output = _run(command, tmp_path)
        if command.startswith("gofmt -l"):
            assert not output.strip(), f"gofmt would reformat:\n{output}"
    return case


@pytest.mark.parametrize("lang", PASTED, ids=lambda lang: lang.name)
@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_published_file_runs_alone(fmt: Format, lang: Language, tmp_path: Path) -> None:
    case = _project(fmt, lang, tmp_path)
    assert lang.paste is not None
    printed = _lines(_run(lang.paste.run, tmp_path))
    expected = case["expected"]
    assert printed.get("url") == expected["url"]
    assert printed.get("token") == expected.get("token")
    assert printed.get("verified") == "ok"
    assert printed.get("cached_url") == _cached_url(fmt, case)


def _cached_url(fmt: Format, case: dict[str, Any]) -> str | None:
    """The reference's embed URL for a token kept from earlier (``CACHED_TOKEN``), with the
    example's URL values: what the file's public embed-URL function must return."""
    if fmt.family is Family.SIGNED_URL or not expected_url(case):
        return None
    random = RandomBytes(bytes.fromhex(case.get("random", "")))
    values = resolve_inputs(fmt.fields, case["fields"], case["now"], random)
    return embed_url(fmt, values, CACHED_TOKEN, None)


def expected_url(case: dict[str, Any]) -> bool:
    return bool(case["expected"].get("url"))


@pytest.mark.parametrize("lang", PASTED_EXCHANGES, ids=lambda lang: lang.name)
@pytest.mark.parametrize("fmt", EXCHANGES, ids=lambda fmt: fmt.name)
def test_published_exchange_file_runs_alone(
    fmt: ExchangeFormat, lang: Language, tmp_path: Path
) -> None:
    case = _project(fmt, lang, tmp_path)
    assert lang.paste is not None
    with Recorder(CannedAnswer.from_vector(case["response"])) as vendor:
        env = {**os.environ, "EMBEDSEAL_BASE_URL": vendor.base_url}
        printed = _lines(_run(lang.paste.run, tmp_path, env))
    assert not request_differences(case["expected"]["request"], vendor.requests)
    result = case["expected"]["result"]
    assert printed.get("token") == result["token"]
    assert printed.get("url") == (result["url"] or "")
    assert printed.get("expires_at") == (
        "" if result["expires_at"] is None else str(result["expires_at"])
    )


def test_every_language_is_pasted() -> None:
    """Every language publishes self-contained files, so every one has a paste recipe."""
    assert [lang.name for lang in LANGUAGES if lang.paste is None] == []
