"""Docs regions: ``[start:NAME]`` / ``[end:NAME]`` markers in generated code → fragments."""

from __future__ import annotations

import re
import textwrap

REGIONS = ("sign", "verify", "url", "exchange", "revoke")
_MARKER = re.compile(r"^\s*(?://|#)\s*\[(start|end):(\w+)\]\s*$")


def extract_regions(text: str) -> dict[str, str]:
    """Every region's lines (markers excluded), dedented; nested markers are dropped."""
    regions: dict[str, list[str]] = {}
    open_names: list[str] = []
    for line in text.splitlines():
        marker = _MARKER.match(line)
        if marker is None:
            for name in open_names:
                regions[name].append(line)
        elif marker.group(1) == "start":
            open_names.append(marker.group(2))
            regions[marker.group(2)] = []
        elif marker.group(2) in open_names:
            open_names.remove(marker.group(2))
    return {
        name: textwrap.dedent("\n".join(lines)).strip("\n") + "\n"
        for name, lines in regions.items()
    }
