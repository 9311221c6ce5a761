"""Filters and shards: -k, --format, --shard K/N."""

from __future__ import annotations

import pytest

from conformance.harness.cases import load_all
from conformance.harness.select import choose, parse_shard


def test_shards_partition_the_cases() -> None:
    cases = load_all()
    shards = [choose(cases, shard=(k, 3)) for k in (1, 2, 3)]
    keys = [c.key for shard in shards for c in shard]
    assert sorted(keys) == sorted(c.key for c in cases)
    assert len(set(keys)) == len(keys)
    assert max(map(len, shards)) - min(map(len, shards)) <= 1


def test_format_and_pattern_filters() -> None:
    cases = load_all()
    tinybird = choose(cases, formats=["tinybird-jwt"])
    assert tinybird and {c.format for c in tinybird} == {"tinybird-jwt"}
    examples = choose(cases, patterns=["*/sign/example"])
    assert {c.id for c in examples} == {"sign/example"}
    assert choose(cases, patterns=["depth-64"]) == [c for c in cases if "depth-64" in c.key]


@pytest.mark.parametrize("text", ["0/3", "4/3", "x", "1"])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_shard(text)
