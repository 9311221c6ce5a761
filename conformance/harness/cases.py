"""Cases from vector files (conformance/vectors/<format>.json and any ``--vectors`` file)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.harness.descriptor import ROOT

VECTORS = ROOT / "conformance" / "vectors"
# The operations adapters answer (protocol v1). Groups of other types (the exchange family's
# "exchange" groups) are not sent to adapters: the harness reports them as skipped.
OPERATIONS = frozenset({"sign", "verify"})
SKIP_REASON = "skip: exchange family has no adapter operation yet"


@dataclass(frozen=True)
class Case:
    """One sign or verify test of a vector file. ``expected`` is never sent to an adapter."""

    format: str
    id: str  # the vector's own id, e.g. "sign/example"
    op: str  # "sign" or "verify" ("exchange" for the skipped cases of load_skipped)
    secret: str
    now: int
    inputs: dict[str, Any] = field(hash=False)  # {"fields", "random"}, {"token"} or {}
    expected: dict[str, Any] = field(hash=False)
    source: str = ""  # the vector file

    @property
    def key(self) -> str:
        """The harness-wide id: ``<format>/<vector id>``."""
        return f"{self.format}/{self.id}"

    def request(self, request_id: str) -> dict[str, Any]:
        """The protocol request for this case (no expected result in it)."""
        head = {"id": request_id, "op": self.op, "format": self.format}
        return {**head, "secret": self.secret, "now": self.now, **self.inputs}


def _inputs(op: str, test: dict[str, Any]) -> dict[str, Any]:
    if op == "sign":
        return {"fields": test["fields"], "random": test.get("random", "")}
    if op == "verify":
        return {"token": test["token"]}
    return {}  # never sent: no adapter operation yet


def _group_cases(fmt: str, group: dict[str, Any], source: str) -> list[Case]:
    op = group["type"]
    return [
        Case(fmt, t["id"], op, group["secret"], t["now"], _inputs(op, t), t["expected"], source)
        for t in group["tests"]
    ]


def load_file(path: Path, runnable: bool = True) -> list[Case]:
    """The cases of one vector file (a file without ``testGroups`` has none).

    ``runnable``: the sign and verify cases; else the cases of the other group types, which the
    harness skips (:data:`SKIP_REASON`).
    """
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or "testGroups" not in document:
        return []
    cases: list[Case] = []
    for group in document["testGroups"]:
        if (group["type"] in OPERATIONS) == runnable:
            cases.extend(_group_cases(document["format"], group, path.name))
    return cases


def load_all(extra: list[Path] | None = None, vectors: Path = VECTORS) -> list[Case]:
    """Every sign and verify case of the shared vectors plus the extra files, in file order."""
    cases: list[Case] = []
    for path in [*sorted(vectors.glob("*.json")), *(extra or [])]:
        cases.extend(load_file(path))
    return cases


def load_skipped(extra: list[Path] | None = None, vectors: Path = VECTORS) -> list[Case]:
    """The cases no adapter operation covers yet (exchange groups), in file order."""
    cases: list[Case] = []
    for path in [*sorted(vectors.glob("*.json")), *(extra or [])]:
        cases.extend(load_file(path, runnable=False))
    return cases
