"""Shared by the install tests: the example case of a format and the lines a consumer printed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.consumer import Example

VECTORS = Path(__file__).resolve().parents[2] / "conformance" / "vectors"


def example_case(format_name: str) -> tuple[Example, dict[str, Any]]:
    """The consumer's inputs and the vectors' expected result for ``sign/example``."""
    document = json.loads((VECTORS / f"{format_name}.json").read_text(encoding="utf-8"))
    for group in document["testGroups"]:
        for case in group["tests"]:
            if case["id"] == "sign/example":
                example = Example(
                    group["secret"], case["now"], case["fields"], case.get("random", "")
                )
                return example, case["expected"]
    raise AssertionError(f"{format_name}: no sign/example vector")


def check_printed(output: str, expected: dict[str, Any]) -> None:
    """The consumer's ``key=value`` lines say what the vectors expect."""
    printed = dict(line.split("=", 1) for line in output.splitlines() if "=" in line)
    assert printed.get("url") == expected["url"]
    assert printed.get("token") == expected.get("token")
    assert printed.get("verified") == "ok"
