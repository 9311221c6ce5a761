"""Cases from vector files (conformance/vectors/<format>.json and any ``--vectors`` file)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.harness.descriptor import ROOT

VECTORS = ROOT / "conformance" / "vectors"
# The operations adapters answer (protocol v1). The exchange family's "exchange" groups hold
# exchange and revoke cases (each test names its operation); the local backend runs them against
# a recording vendor on loopback (conformance/harness/exchange.py).
SIGNING_OPERATIONS = frozenset({"sign", "verify"})
EXCHANGE_OPERATIONS = frozenset({"exchange", "revoke"})
OPERATIONS = SIGNING_OPERATIONS | EXCHANGE_OPERATIONS
# Why the docker backend does not send exchange cases: the recording vendor would have to sit on
# a private Docker network only the adapter container reaches, and that variant is not built yet.
SKIP_REASON = "skip: exchange cases need the private vendor network, not built for docker yet"


@dataclass(frozen=True)
class Case:
    """One sign or verify test of a vector file. ``expected`` is never sent to an adapter."""

    format: str
    id: str  # the vector's own id, e.g. "sign/example"
    op: str  # "sign", "verify", "exchange" or "revoke"
    secret: str
    now: int
    inputs: dict[str, Any] = field(hash=False)  # {"fields", "random"}, {"token"} or {"fields"}
    expected: dict[str, Any] = field(hash=False)
    source: str = ""  # the vector file
    # exchange and revoke cases: the vendor's canned answer (the recorder plays it)
    response: dict[str, Any] | None = field(default=None, hash=False)

    @property
    def exchange(self) -> bool:
        """An exchange or revoke case (sent with a recording vendor)."""
        return self.op in EXCHANGE_OPERATIONS

    @property
    def key(self) -> str:
        """The harness-wide id: ``<format>/<vector id>``."""
        return f"{self.format}/{self.id}"

    def request(self, request_id: str) -> dict[str, Any]:
        """The protocol request for this case (no expected result in it)."""
        head = {"id": request_id, "op": self.op, "format": self.format}
        return {**head, "secret": self.secret, "now": self.now, **self.inputs}

    def exchange_request(self, request_id: str, base_url: str, timeout_ms: int) -> dict[str, Any]:
        """The protocol request of an exchange or revoke case, aimed at the recording vendor."""
        return {**self.request(request_id), "base_url": base_url, "timeout_ms": timeout_ms}


def _inputs(op: str, test: dict[str, Any]) -> dict[str, Any]:
    if op == "sign":
        return {"fields": test["fields"], "random": test.get("random", "")}
    if op in ("verify", "revoke"):
        return {"token": test["token"]}
    if op == "exchange":
        return {"fields": test["fields"]}
    return {}


def _group_cases(fmt: str, group: dict[str, Any], source: str) -> list[Case]:
    cases = []
    for t in group["tests"]:
        op = t.get("operation", group["type"]) if group["type"] == "exchange" else group["type"]
        inputs, response = _inputs(op, t), t.get("response")
        cases.append(
            Case(
                fmt, t["id"], op, group["secret"], t["now"], inputs, t["expected"], source, response
            )
        )
    return cases


def load_file(path: Path, runnable: bool = True) -> list[Case]:
    """The cases of one vector file (a file without ``testGroups`` has none).

    ``runnable``: the cases of the operations adapters answer (:data:`OPERATIONS`); else those
    of unknown group types.
    """
    return cases_of(json.loads(path.read_text(encoding="utf-8")), path.name, runnable)


def cases_of(document: Any, source: str, runnable: bool = True) -> list[Case]:
    """The cases of one parsed vector file (see :func:`load_file`)."""
    if not isinstance(document, dict) or "testGroups" not in document:
        return []
    cases: list[Case] = []
    for group in document["testGroups"]:
        if (group["type"] in OPERATIONS) == runnable:  # "exchange" groups: exchange + revoke
            cases.extend(_group_cases(document["format"], group, source))
    return cases


def load_all(extra: list[Path] | None = None, vectors: Path = VECTORS) -> list[Case]:
    """Every case of the shared vectors plus the extra files, in file order."""
    cases: list[Case] = []
    for path in [*sorted(vectors.glob("*.json")), *(extra or [])]:
        cases.extend(load_file(path))
    return cases


def load_skipped(extra: list[Path] | None = None, vectors: Path = VECTORS) -> list[Case]:
    """The cases of group types no adapter operation covers, in file order."""
    cases: list[Case] = []
    for path in [*sorted(vectors.glob("*.json")), *(extra or [])]:
        cases.extend(load_file(path, runnable=False))
    return cases
