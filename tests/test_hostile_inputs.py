"""The hostile-input corpus: bad input to every command gets one clear line, exit != 0,
nothing written and no traceback.

Each case feeds one of the project's four commands (the conformance harness, the generator,
the vector builder, the reference CLI) something broken: a vector file that is missing, a
folder, not JSON, nested 100,000 deep, of the wrong shape, for an unknown format or reusing
shipped ids; a spec with a NUL byte, 20,000-deep nesting, an alias bomb, a cut-off line; a
``--sdks`` that points at ``sdks/``; an input file nested 100,000 deep; an operation the
format's family lacks. The command runs in-process (``main(argv)``), so an uncaught exception
fails the case with its traceback; its stderr must be exactly one line, and neither its
``--out`` folder nor the checkout (``git status``) may change.

Add a case here for every bad input a user reports; `CORPUS` lists them all.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conformance.harness import cli as harness_cli
from conformance.reference import cli as reference_cli
from conformance.vectors import cli as vectors_cli
from generator import cli as generator_cli

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "spec" / "formats"
BAD_SPECS = ROOT / "tests" / "bad_specs"
MAINS: dict[str, Callable[[list[str]], int]] = {
    "harness": harness_cli.main,
    "generator": generator_cli.main,
    "vectors": vectors_cli.main,
    "reference": reference_cli.main,
}
Args = Callable[[Path], list[str]]


@dataclass(frozen=True)
class Case:
    """One hostile input: which command, and its arguments (files made in ``tmp``)."""

    id: str
    command: str
    args: Args
    env: tuple[tuple[str, str], ...] = ()


def _write(tmp: Path, name: str, text: str | bytes) -> Path:
    path = tmp / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _shipped(name: str = "papermap-iframe") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (ROOT / "conformance" / "vectors" / f"{name}.json").read_text()
    )
    return data


def _vendor_file(**changes: Any) -> dict[str, Any]:
    """A small hand-made vector file for papermap-iframe with ids of its own."""
    document = _shipped()
    group = dict(document["testGroups"][0])
    test = dict(group["tests"][0], id="sign/vendor-own")
    group["tests"] = [test]
    document = {**document, "testGroups": [group], "numberOfTests": 1}
    document.update(changes)
    return {key: value for key, value in document.items() if value is not None}


# ------------------------------------------------------------------ the harness's --vectors
def _vectors(text: str | bytes | dict[str, Any] | list[Any]) -> Args:
    def args(tmp: Path) -> list[str]:
        body = text if isinstance(text, str | bytes) else json.dumps(text)
        return ["--vectors", str(_write(tmp, "vendor.json", body)), *_harness_tail(tmp)]

    return args


def _harness_tail(tmp: Path) -> list[str]:
    return ["--backend", "local", "--out", str(tmp / "out"), "-q"]


def _group_change(**changes: Any) -> dict[str, Any]:
    document = _vendor_file()
    document["testGroups"] = [{**document["testGroups"][0], **changes}]
    return {key: value for key, value in document.items() if value is not None}


def _test_change(**changes: Any) -> dict[str, Any]:
    document = _vendor_file()
    group = document["testGroups"][0]
    group["tests"] = [{**group["tests"][0], **changes}]
    return document


HARNESS_VECTORS = [
    Case("vectors-missing-file", "harness", lambda t: ["--vectors", str(t / "no.json")]),
    Case("vectors-a-folder", "harness", lambda t: ["--vectors", str(t), *_harness_tail(t)]),
    Case("vectors-not-json", "harness", _vectors("{this is not json")),
    Case("vectors-truncated-json", "harness", _vectors(json.dumps(_vendor_file())[:300])),
    Case("vectors-not-utf8", "harness", _vectors(b'{"schema": "\xff\xfe"}')),
    Case("vectors-deep-nesting", "harness", _vectors("[" * 100_000 + "]" * 100_000)),
    Case("vectors-empty-list", "harness", _vectors([])),
    Case("vectors-empty-object", "harness", _vectors({})),
    Case("vectors-a-string", "harness", _vectors('"vectors"')),
    Case("vectors-null", "harness", _vectors("null")),
    Case("vectors-groups-not-a-list", "harness", _vectors(_vendor_file(testGroups={"a": 1}))),
    Case("vectors-no-groups", "harness", _vectors(_vendor_file(testGroups=[]))),
    Case("vectors-group-without-secret", "harness", _vectors(_group_change(secret=None))),
    Case("vectors-unknown-group-type", "harness", _vectors(_group_change(type="decrypt"))),
    Case("vectors-test-without-expected", "harness", _vectors(_test_change(expected=None))),
    Case("vectors-fields-not-an-object", "harness", _vectors(_test_change(fields=[1]))),
    Case("vectors-unknown-format", "harness", _vectors(_vendor_file(format="acme-widget"))),
    Case("vectors-format-path", "harness", _vectors(_vendor_file(format="../../../etc/passwd"))),
    Case("vectors-wrong-schema", "harness", _vectors(_vendor_file(schema="embedseal-vectors/2"))),
    Case("vectors-wrong-count", "harness", _vectors(_vendor_file(numberOfTests=5))),
    Case("vectors-shipped-ids", "harness", _vectors(_shipped())),
    Case(
        "vectors-own-duplicate-ids",
        "harness",
        _vectors(_group_change(tests=[_vendor_file()["testGroups"][0]["tests"][0]] * 2)),
    ),
    Case(
        "vectors-two-files-same-ids",
        "harness",
        lambda t: [
            "--vectors",
            str(_write(t, "a.json", json.dumps(_vendor_file()))),
            "--vectors",
            str(_write(t, "b.json", json.dumps(_vendor_file()))),
            *_harness_tail(t),
        ],
    ),
]


def _sdks(make: Callable[[Path], Path]) -> Args:
    return lambda t: ["--sdks", str(make(t)), *_harness_tail(t)]


def _folder(t: Path, name: str) -> Path:
    (t / name).mkdir()
    return t / name


def _vector_folder(t: Path) -> Path:
    """A vector folder holding one shipped file (a wrong --formats-dir must not delete it)."""
    folder = _folder(t, "vectors")
    _write(folder, "papermap-iframe.json", json.dumps(_shipped()))
    return folder


HARNESS_OTHER = [
    Case("sdks-points-at-sdks", "harness", _sdks(lambda t: ROOT / "sdks")),
    Case("sdks-missing", "harness", _sdks(lambda t: t / "nowhere")),
    Case("sdks-a-file", "harness", _sdks(lambda t: _write(t, "tree", "x"))),
    Case("sdks-empty-folder", "harness", _sdks(lambda t: _folder(t, "empty"))),
    Case("out-a-file", "harness", lambda t: ["--out", str(_write(t, "out", "x"))]),
    Case("shard-zero", "harness", lambda t: ["--shard", "0/3", *_harness_tail(t)]),
    Case("shard-text", "harness", lambda t: ["--shard", "one/three", *_harness_tail(t)]),
    Case("require-unknown", "harness", lambda t: ["--require", "cobol", *_harness_tail(t)]),
    Case("lang-unknown", "harness", lambda t: ["--lang", "pyhton", *_harness_tail(t)]),
    Case("timeout-text", "harness", lambda t: ["--timeout", "soon", *_harness_tail(t)]),
    Case(
        "docker-without-engine",
        "harness",
        lambda t: ["--backend", "docker", "--out", str(t / "out")],
        env=(("DOCKER_HOST", "unix:///nonexistent/docker.sock"),),
    ),
]


# ------------------------------------------------------------------ specs, through each command
def _spec_folder(t: Path, name: str, text: str | bytes) -> Path:
    folder = t / "formats"
    folder.mkdir(exist_ok=True)
    _write(folder, f"{name}.yaml", text)
    return folder


def _bad_spec(stem: str) -> bytes:
    return (BAD_SPECS / f"{stem}.yaml").read_bytes()


def _generate(stem: str) -> Args:
    return lambda t: [
        "--formats-dir",
        str(_spec_folder(t, stem, _bad_spec(stem))),
        "--out",
        str(t / "out"),
    ]


def _build_vectors(stem: str) -> Args:
    return lambda t: [
        "--formats-dir",
        str(_spec_folder(t, stem, _bad_spec(stem))),
        "--out",
        str(t / "out"),
    ]


SPEC_FILES = [
    "nul-byte",
    "deep-nesting",
    "alias-bomb",
    "truncated",
    "mapping-value-indented",
    "tab-indentation",
    "misspelt-required-key",
    "jws-sha1",
    "not-utf8",
    "empty-file",
    "scalar-document",
    "two-documents",
    "duplicate-key",
    "list-not-mapping",
    "recursive-alias",
]
SPECS = [Case(f"generate-{stem}", "generator", _generate(stem)) for stem in SPEC_FILES] + [
    Case(f"vectors-cli-{stem}", "vectors", _build_vectors(stem))
    for stem in ("nul-byte", "deep-nesting", "alias-bomb", "truncated", "jws-sha1")
]
GENERATOR = [
    Case("formats-dir-missing", "generator", lambda t: ["--formats-dir", str(t / "no")]),
    Case("formats-dir-a-file", "generator", lambda t: ["--formats-dir", str(_write(t, "f", ""))]),
    Case("formats-dir-empty", "generator", lambda t: ["--formats-dir", str(_folder(t, "f"))]),
    Case("generator-lang-unknown", "generator", lambda t: ["--lang", "rust", "--out", str(t)]),
    Case("generator-out-a-file", "generator", lambda t: ["--out", str(_write(t, "out", "x"))]),
    Case("generator-unknown-option", "generator", lambda t: ["--chek"]),
    # Before the fix, this run deleted every vector file of its --out folder as "extra".
    Case(
        "vectors-formats-dir-missing",
        "vectors",
        lambda t: ["--formats-dir", str(t / "no"), "--out", str(_vector_folder(t))],
    ),
]


# ------------------------------------------------------------------ the reference CLI
def _example(name: str) -> dict[str, Any]:
    example: dict[str, Any] = _shipped(name)["testGroups"][0]
    test = example["tests"][0]
    return {"secret": example["secret"], "now": test["now"], "fields": test.get("fields", {})}


def _reference(operation: str, fmt: str, document: Any) -> Args:
    def args(tmp: Path) -> list[str]:
        body = document if isinstance(document, str | bytes) else json.dumps(document)
        return [operation, "--format", fmt, "--input", str(_write(tmp, "input.json", body))]

    return args


def _reference_spec(stem: str) -> Args:
    def args(tmp: Path) -> list[str]:
        spec = _spec_folder(tmp, stem, _bad_spec(stem)) / f"{stem}.yaml"
        body = json.dumps(_example("embedseal-v1"))
        return ["sign", "--format", str(spec), "--input", str(_write(tmp, "in.json", body))]

    return args


SIGN = _example("tinybird-jwt")
REFERENCE = [
    Case("input-deep-nesting", "reference", _reference("sign", "tinybird-jwt", "[" * 100_000)),
    Case("exchange-on-signing-format", "reference", _reference("exchange", "tinybird-jwt", SIGN)),
    Case("sign-on-exchange-format", "reference", _reference("sign", "semaphor-token", SIGN)),
    Case("reference-unknown-format", "reference", _reference("sign", "tinybird", SIGN)),
    Case("format-a-folder", "reference", _reference("sign", str(FORMATS), SIGN)),
    Case("format-missing-yaml", "reference", _reference("sign", "nowhere/x.yaml", SIGN)),
    Case(
        "input-missing",
        "reference",
        lambda t: ["sign", "--format", "tinybird-jwt", "--input", str(t / "no.json")],
    ),
    Case(
        "input-a-folder",
        "reference",
        lambda t: ["sign", "--format", "tinybird-jwt", "--input", str(t)],
    ),
    Case("input-not-json", "reference", _reference("sign", "tinybird-jwt", "{secret")),
    Case("input-not-utf8", "reference", _reference("sign", "tinybird-jwt", b"\xff\xfe{}")),
    Case("input-a-list", "reference", _reference("sign", "tinybird-jwt", [SIGN])),
    Case("input-no-secret", "reference", _reference("sign", "tinybird-jwt", {"now": 1})),
    Case("now-a-string", "reference", _reference("sign", "tinybird-jwt", {**SIGN, "now": "1"})),
    Case(
        "random-not-hex", "reference", _reference("sign", "tinybird-jwt", {**SIGN, "random": "zz"})
    ),
    Case("fields-a-list", "reference", _reference("sign", "tinybird-jwt", {**SIGN, "fields": []})),
    Case("operation-unknown", "reference", lambda t: ["decode", "--format", "x", "--input", "-"]),
    *(Case(f"reference-{s}", "reference", _reference_spec(s)) for s in ("nul-byte", "alias-bomb")),
]

CORPUS = HARNESS_VECTORS + HARNESS_OTHER + SPECS + GENERATOR + REFERENCE
# What the line must say, where the issue asked for a particular message.
SAYS = {
    "vectors-shipped-ids": "is already in papermap-iframe.json",
    "vectors-format-path": "$.format: '../../../etc/passwd' does not match",
    "vectors-unknown-format": "format 'acme-widget' has no spec",
    "sdks-points-at-sdks": "--sdks takes the tree root",
    "lang-unknown": "did you mean 'python'?",
    "generate-misspelt-required-key": "titel: unknown key (did you mean 'title'?)",
    "generate-mapping-value-indented": "indented more than its neighbours",
    "generate-jws-sha1": "JWS allows HS256, HS384 and HS512",
    "generate-alias-bomb": "YAML aliases (*name) are not allowed",
    "generate-truncated": "truncated?",
    "formats-dir-missing": "formats folder",
    "exchange-on-signing-format": "exchange does not apply to tinybird-jwt, a jws format",
    "reference-unknown-format": "unknown format 'tinybird' (did you mean 'tinybird-jwt'?)",
}


def _git_status() -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``folder`` with its size and modification time."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def _run(command: str, argv: list[str]) -> int:
    try:
        code = MAINS[command](argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    return code


def test_the_corpus_is_large_and_unique() -> None:
    ids = [case.id for case in CORPUS]
    assert len(ids) == len(set(ids)) and set(SAYS) <= set(ids)
    assert len(ids) >= 75


@pytest.mark.parametrize("case", CORPUS, ids=[case.id for case in CORPUS])
def test_bad_input_gets_one_line_and_writes_nothing(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in case.env:
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("CI", raising=False)
    argv = case.args(tmp_path)  # writes the case's input files
    before, files = _git_status(), _tree(tmp_path)
    code = _run(case.command, argv)
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert code != 0, f"{argv}: exit 0"
    assert len(lines) == 1, f"{argv}: stderr is {len(lines)} lines:\n{captured.err[:2000]}"
    assert "Traceback" not in captured.err
    assert SAYS.get(case.id, "") in lines[0]
    assert captured.out == "", f"stdout: {captured.out[:500]}"
    assert _tree(tmp_path) == files, "files were written"
    assert _git_status() == before, "the checkout changed"


def test_a_spec_description_with_a_comment_terminator_loads(tmp_path: Path) -> None:
    """`*/` in a description is the generated code's problem to escape (per language), never a
    reason to refuse the spec; compiling the output is the language templates' test."""
    from specmodel import load_format

    text = (FORMATS / "papermap-iframe.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "description: The Papermap workspace that holds the dashboard.",
        'description: "Ends */ a C comment, --> an HTML one, and \\"\\"\\" a docstring."',
    )
    path = _write(tmp_path, "papermap-iframe.yaml", text)
    fmt = load_format(path)
    assert "*/" in next(f.description for f in fmt.fields if f.name == "workspace_id")
