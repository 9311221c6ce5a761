"""The bad-spec corpus: every file in tests/bad_specs/ is refused with located errors.

Each file is a copy of a valid format broken in one way. Its full error text (every
SpecError, paths relative to the repository) is pinned in tests/snapshots/bad_specs/;
regenerate with `pytest tests/test_bad_specs.py --update-snapshots` and read the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot import Snapshots

from specmodel import SpecErrors, load_format

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "bad_specs"
SNAPSHOT_DIR = "bad_specs"
COMMAND = "pytest tests/test_bad_specs.py"

# Bad specs that specmodel does not refuse yet: each is a reported bug (none open).
KNOWN_GAPS: dict[str, str] = {}

# What the line of the *first* error must contain: the place a reader has to look at.
# (Empty string: line 1 of an empty or unreadable file.)
FIRST_ERROR_LINE = {
    "acknowledged-short-reason": "reason: vendor",
    "acknowledged-unknown-risk": "risk: no-min-key-lenght",
    "algorithms-on-envelope": "algorithms: [HS256]",
    "registered-claims-on-envelope": "registered_claims: false",
    "unacknowledged-registered-claims": "registered_claims: false",
    "bad-enum-algorithm": "algorithm: md5",
    "bad-enum-field-type": "type: float",
    "bad-format-name": "format: Bad-Format-Name",
    "clock-not-unix-time": "source: clock",
    "comment-only": "# A format file with nothing but comments.",
    "default-now-plus-typo": "default: {now_pluss: 600}",
    "default-wrong-type": "default: []",
    "default-not-empty": "default: {role: admin}",
    "duplicate-field-name": "- name: tenant",
    "duplicate-key": "title: embedseal token, again",
    "duplicate-nested-key": "tenant_id: org-456",
    "duplicate-property-name": "- name: dashboard",
    "empty-file": "",
    "exactly-one-of-unknown": "exactly_one_of: [dashboard, card]",
    "example-missing-now": "secret:",  # the example mapping (its first key)
    "expires-sum-not-seconds": 'expires: {sum: [":time", ":email"]}',
    "expires-sum-one-field": 'expires: {sum: [":time"]}',
    "expires-sum-optional": 'expires: {sum: [":time", ":session_length"]}',
    "header-field-in-envelope": "in: header",
    "header-order-incomplete": "header_order: [alg, iss, typ]",
    "header-order-unknown": "header_order: [alg, iss, kid, typ, cty]",
    "map-default": "default: {}",
    "map-in-jws": "type: map",
    "map-named-parameter": "- name: user_attributes",
    "map-placeholder": "base:",
    "map-prefix-first": '- {prefix: ":ua_", field: user_attributes}',
    "map-prefix-on-string": 'field: ":account_type"}',
    "map-prefix-shadows": '- {name: ":email", field: ":email"}',
    "map-required": "- name: user_attributes",
    "map-values-integer": "values: {type: integer}",
    "map-without-prefix": "- name: user_attributes",
    "map-without-values": "- name: user_attributes",
    "no-url-response-url": "url: url",
    "no-url-url-field": "in: url",
    "placeholder-optional-property": "base:",
    "placeholder-unknown-property": "base:",
    "spread-array": "spread: true",
    "spread-on-envelope": "spread: true",
    "spread-sorted-keys": "spread: true",
    "spread-twice": "spread: true",
    "two-places-array": "in: [payload, header]",
    "two-places-optional": "in: [payload, header]",
    "two-places-three": "in: [payload, header, url]",
    "union-enum-on-union": "enum: [all]",
    "union-object-variant": "- {type: object}",
    "union-same-json-type": "- {type: string}",
    "union-without-variants": "- name: enabled",
    "url-message-fragment": "url: true",
    "url-message-nothing-always-present": "url: true",
    "url-message-on-envelope": "url: true",
    "url-message-union-text": '- {name: ":account_type", field: ":account_type"}',
    "items-on-string": "- name: dashboard",
    "jws-alg-mismatch": "alg: HS512",
    "jws-section-in-envelope": "header: {alg: HS256}",  # the jws mapping (its first key)
    "jws-signature-padded": "encoding: base64url",
    "leeway-too-large": "leeway: 3600",
    "list-not-mapping": "- format: list-not-mapping",
    "max-length-on-integer": "max_length: 10",
    "message-object-as-text": "{field: user_attributes}",
    "message-on-jws": 'join: "."',  # the message mapping (its first key)
    "message-unknown-field": "field: workspace",
    "message-url-field": "field: host",
    "missing-envelope-section": "family: envelope",
    "missing-field-type": "- name: dashboard",
    "missing-required-key": "format: missing-required-key",
    "nested-default": "default: 7",
    "nested-value": "value: 12",
    "name-mismatch": "format: embedseal-v1",
    "not-utf8": "# Bad spec: the file is not UTF-8",
    "percent-safe-bad-char": 'safe: "-_.~@&"',
    "query-param-field-and-value": "{name: embedded-token, value: token, field: tenant_id}",
    "query-unknown-field": "field: given_name",
    "random-block-without-source": "- name: dashboard",
    "random-bytes-too-few": "bytes: 4",
    "random-without-block": "- name: jti",
    "reference-not-https": "http://docs.papermap.ai",
    "response-bad-source": "token: jwt",
    "response-unknown-field": "{field: expiry}",
    "scalar-document": "embedseal-v1",
    "signature-param-in-jws": "{name: sig, value: signature}",
    "signature-param-not-last": "{name: embed_nonce, field: embed_nonce}",  # url.query
    "signature-source-in-jws": "source: signature",
    "stale-acknowledgement": "- risk: sha1",
    "tab-indentation": "\tmin_bytes: 32",
    "token-in-signed-url": 'fragment: "{token}"',
    "two-documents": "---",
    "two-signature-fields": "- name: api_key_id",  # the fields list
    "unacknowledged-alg-not-pinned": "expires: exp",  # the verify mapping (its first key)
    "unacknowledged-min-key-length": "encoding: base64url",  # the secret mapping
    "unacknowledged-no-expiry": "algorithms: [HS256]",  # the verify mapping (its first key)
    "unacknowledged-sha1": "algorithm: sha1",
    "unacknowledged-unsigned-fields": "- name: api_key_id",
    "unknown-family": "family: cookie",
    "unknown-field-key": "descripton: The dashboard",
    "unknown-top-level-key": "expiry: 600",
    "url-unbalanced-brace": 'base: "{app_url/embed"',
    "url-unknown-filter": "{embed_url|upper}",
    "url-unknown-placeholder": "{dashbord}",
    "verify-expires-not-unix-time": "expires: workspace_id",
    "verify-expires-unknown": "expires: expiry",
    "wrong-type-min-bytes": 'min_bytes: "32"',
    "wrong-type-required": 'required: "no"',
    "default-above-maximum": "default: 9999999",
    "header-field-named-alg": "- name: alg",
    "recursive-alias": "params: &loop",  # the alias *loop on that line
    "token-param-in-signed-url": "{name: embed_token, value: token}",
    "uuid-random-bytes": "random: {bytes: 8, encoding: uuid}",
    "value-wrong-type": "value: 7",
    "verify-expires-url-field": "expires: exp",
    "yaml-syntax-error": "description: A unique id",  # where PyYAML noticed (reported)
    # exchange family
    "exchange-example-without-response": "secret: ds_",  # the example mapping (its first key)
    "exchange-expiry-field-without-unit": "expires_in: {field: tokenExpiry}",
    "exchange-header-scheme-without-name": "auth: {scheme: header, credential: secret}",
    "exchange-missing-section": "exchang:",  # the misspelt key (did you mean exchange?)
    "exchange-no-timeout": "request:",  # the exchange mapping (its first key)
    "exchange-plain-http": "- name: server_url",
    "exchange-secret-in-url": "in: url",
    "exchange-secret-sent-twice": "method: POST",  # the request mapping (its first key)
    "exchange-signature-section": "signature: {algorithm: sha256",
    "exchange-token-before-request": "method: POST",
    "exchange-unacknowledged-secret-sent": "method: POST",
    "exchange-unit-on-string": "unit: seconds",
    "exchange-unknown-error-code": "error: denied",
    "exchange-unknown-placeholder": 'url: "{server}/api/v1/token"',
    "unit-on-jws-field": "unit: seconds",
    # hostile or damaged files: one message each (ONE_MESSAGE)
    "alias-bomb": "- &l1 [*l0",  # the first alias
    "deep-nesting": "tenant: [[[[",
    "jws-sha1": "algorithm: sha1",
    "mapping-value-indented": "  vendor: embedseal",
    "misspelt-required-key": "titel: embedseal",
    "nul-byte": "title: embedseal",
    "truncated": "- name: dash",  # the cut
}

# Files whose one mistake must give exactly one message (not a cascade, not a crash).
ONE_MESSAGE = (
    "alias-bomb",
    "deep-nesting",
    "jws-sha1",
    "mapping-value-indented",
    "misspelt-required-key",
    "nul-byte",
    "truncated",
    "exchange-missing-section",
)

_ERROR_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")


def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.yaml"))


def _cases() -> list[object]:
    cases: list[object] = []
    for path in _corpus():
        marks = []
        if path.stem in KNOWN_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[path.stem]))
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def _error_text(path: Path) -> str:
    """Every error of ``path``, one per line, paths relative to the repository."""
    try:
        load_format(path)
    except SpecErrors as failure:
        text = "\n".join(str(error) for error in failure.errors) + "\n"
        return text.replace(f"{ROOT.as_posix()}/", "")
    pytest.fail(f"{path.name} loaded without errors")


def _lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


def test_corpus_is_large_enough() -> None:
    assert len(_corpus()) >= 30


def test_every_snapshot_has_its_bad_spec() -> None:
    stems = {path.stem for path in _corpus()}
    orphans = sorted(
        p.name
        for p in (ROOT / "tests" / "snapshots" / SNAPSHOT_DIR).glob("*.txt")
        if p.stem not in stems
    )
    assert orphans == [], f"snapshots without a bad spec (delete them): {orphans}"


def test_every_bad_spec_has_an_expected_place() -> None:
    missing = sorted({p.stem for p in _corpus()} - set(FIRST_ERROR_LINE) - set(KNOWN_GAPS))
    assert missing == [], f"add these to FIRST_ERROR_LINE: {missing}"


@pytest.mark.parametrize("path", _cases())
def test_bad_spec_is_refused(path: Path, snapshots: Snapshots) -> None:
    text = _error_text(path)
    relative = path.relative_to(ROOT).as_posix()
    lines = _lines(path)
    for line_text in text.splitlines():
        match = _ERROR_LINE.match(line_text)
        assert match, f"not `file:line:col: message`: {line_text!r}"
        assert match["file"] == relative, line_text
        line, column = int(match["line"]), int(match["col"])
        assert 1 <= line <= max(len(lines), 1), line_text
        assert 1 <= column <= max(len(lines[line - 1]) + 1 if lines else 1, 1), line_text
    first = _ERROR_LINE.match(text.splitlines()[0])
    assert first is not None
    pointed = lines[int(first["line"]) - 1] if lines else ""
    assert FIRST_ERROR_LINE[path.stem] in pointed, (
        f"the first error points at line {first['line']}: {pointed!r}"
    )
    snapshots.check(f"{SNAPSHOT_DIR}/{path.stem}", text, COMMAND)


@pytest.mark.parametrize("stem", ONE_MESSAGE)
def test_one_mistake_is_one_message(stem: str) -> None:
    lines = _error_text(CORPUS / f"{stem}.yaml").splitlines()
    assert len(lines) == 1, lines
