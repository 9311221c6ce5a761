"""Docs regions: ``--8<-- [start:NAME]`` / ``--8<-- [end:NAME]`` markers in generated code.

The markers are pymdown-extensions' snippet sections, so the docs site includes a region of
the published file directly (``--8<-- "file.py:sign"``); :func:`extract_regions` cuts the same
regions for outputs that cannot include files (the Docusaurus partials).
"""

from __future__ import annotations

import re
import textwrap

REGIONS = ("sign", "verify", "url", "exchange", "revoke")
_MARKER = re.compile(r"^\s*(?://|#)\s*--8<--\s*\[(start|end):(\w+)\]\s*$")


def is_marker(line: str) -> bool:
    """Whether ``line`` is a region marker (the docs site hides these)."""
    return _MARKER.match(line) is not None


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
