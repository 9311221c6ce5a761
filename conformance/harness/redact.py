"""Secrets never reach a report: every result is scrubbed before the reports read it.

What counts as a secret of a run: each case's ``secret`` (the vector group's key), the values
of the credential headers its expected request carries (``Authorization: Basic …``, ``Bearer
<token>``, API-key headers) and the token a revoke case revokes. Each is also looked for in the
spellings a report may show it in (JSON- and repr-escaped, percent-encoded). Every string of a
result (detail, diff, expected, actual, stderr) has each of them replaced by :data:`MARK`:
the secrets of the result's own format, and for the adapter's stderr those of every format.
Secrets shorter than :data:`MIN_LENGTH` are left alone: they would match by chance, and no
real key is that short (the vectors' empty-key cases have none to hide).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus

from conformance.harness.cases import Case

if TYPE_CHECKING:
    from conformance.harness.runner import RunData

MARK = "[redacted]"
MIN_LENGTH = 6
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-auth-token"}
)


def secrets_of(case: Case) -> set[str]:
    """The secrets one case carries (see the module docstring)."""
    found = {case.secret}
    if case.op == "revoke":
        found.add(str(case.inputs.get("token", "")))
    request = case.expected.get("request") if isinstance(case.expected, dict) else None
    headers = request.get("headers", {}) if isinstance(request, dict) else {}
    for name, value in dict(headers).items():
        if name.lower() in CREDENTIAL_HEADERS or case.secret in str(value):
            found.add(str(value))
    return {value for value in found if value}


def spellings(secret: str) -> set[str]:
    """``secret`` as reports may spell it."""
    forms = {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        quote(secret, safe=""),
        quote_plus(secret),
    }
    return {form for form in forms if form}


class Redactor:
    """Replaces a fixed set of secrets in any JSON-like value."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms = {form for s in secrets if len(s) >= MIN_LENGTH for form in spellings(s)}
        self._forms = sorted((f for f in forms if len(f) >= MIN_LENGTH), key=len, reverse=True)

    def text(self, value: str) -> str:
        """``value`` with every secret replaced."""
        for secret in self._forms:
            if secret in value:
                value = value.replace(secret, MARK)
        return value

    def value(self, value: Any) -> Any:
        """A copy of a JSON-like value with every string redacted (keys included)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(item) for item in value]
        return value


def run_data(data: RunData) -> None:
    """Redact every result of a run in place (cases keep their secrets: they are not shown)."""
    by_format: dict[str, set[str]] = defaultdict(set)
    for case in data.cases:
        by_format[case.format] |= secrets_of(case)
    everything = Redactor(s for secrets in by_format.values() for s in secrets)
    redactors = {name: Redactor(secrets) for name, secrets in by_format.items()}
    for result in data.results():
        own = redactors.get(result.format, everything)
        result.detail, result.diff = own.text(result.detail), own.text(result.diff)
        result.expected, result.actual = own.value(result.expected), own.value(result.actual)
        result.extra = everything.value(result.extra)
    for run in data.runs:
        run.problem, run.build_log = everything.text(run.problem), everything.text(run.build_log)
