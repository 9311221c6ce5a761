"""Per-case results and their classification."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """What happened to one case in one language."""

    PASS = "pass"
    FAIL = "fail"  # an answer that differs from the expected result
    ERROR = "error"  # the adapter reported adapter_error, broke the protocol or could not build
    CRASH = "crash"  # the adapter process ended
    TIMEOUT = "timeout"
    SKIP = "skip"  # not run, with a reason


BAD = frozenset({Outcome.FAIL, Outcome.ERROR, Outcome.CRASH, Outcome.TIMEOUT})


@dataclass
class Result:
    """One case in one language (``kind`` "vector") or one cross-language check ("cross")."""

    language: str
    format: str
    case: str  # harness-wide key, e.g. "tinybird-jwt/sign/example"
    op: str
    outcome: Outcome
    seconds: float = 0.0  # the whole case on the harness side
    rtt: float = 0.0  # request written to answer read
    detail: str = ""
    diff: str = ""
    expected: Any = None
    actual: Any = None
    kind: str = "vector"
    signer: str = ""  # cross checks: the language that signed the token
    expected_failure: bool = False  # listed in conformance/expected-failures/<lang>.json
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def unexpected(self) -> bool:
        """A bad outcome not listed, or a listed case that passed."""
        if self.expected_failure:
            return self.outcome is Outcome.PASS
        return self.outcome in BAD

    def as_json(self) -> dict[str, Any]:
        """One line of results.jsonl."""
        data = asdict(self)
        data["outcome"] = self.outcome.value
        data["unexpected"] = self.unexpected
        return {key: value for key, value in data.items() if value not in ("", None, {})}
