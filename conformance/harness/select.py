"""Which cases run: ``--format``, ``-k PATTERN`` and ``--shard K/N``."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence

from conformance.harness.cases import Case


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` as (K, N) with 1 <= K <= N; ``ValueError`` otherwise."""
    k_text, _, n_text = text.partition("/")
    k, n = int(k_text), int(n_text)
    if not 1 <= k <= n:
        raise ValueError(f"shard {text!r}: need 1 <= K <= N")
    return k, n


def matches(case: Case, pattern: str) -> bool:
    """``-k``: a glob when it has glob characters, else a substring of the case's key."""
    if any(char in pattern for char in "*?["):
        return fnmatch.fnmatchcase(case.key, pattern)
    return pattern in case.key


def choose(
    cases: Sequence[Case],
    formats: Sequence[str] = (),
    patterns: Sequence[str] = (),
    shard: tuple[int, int] = (1, 1),
) -> list[Case]:
    """The cases kept by every filter; shards split the sorted keys round-robin."""
    kept = [c for c in cases if not formats or c.format in formats]
    kept = [c for c in kept if not patterns or any(matches(c, p) for p in patterns)]
    k, n = shard
    ordered = sorted(kept, key=lambda c: c.key)
    chosen = {c.key for i, c in enumerate(ordered) if i % n == k - 1}
    return [c for c in kept if c.key in chosen]
